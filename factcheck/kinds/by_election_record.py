"""by_election_record: "the largest majority ever overturned at a by-election".

Computed from the record, never typed in: for every by-election the holder lost, the
majority it had at the general election before; the reported by-election's is compared
with every earlier one's, filtered as the words say ("a Tory majority": the loser was
Conservative; "by Labour", "by the opposition party": the winner was the reported
winner).

Rule for a record over all history: the record holds the by-elections its coverage
states (every one from 2005, some back to 1918: votes are not held for all, but the general
election before each gives the majority overturned), so a claim the record tops is `true`
by that record and the reason names the previous holder; a larger majority overturned
earlier in the record makes it `false`; a claim about an earlier record holder stays
unverifiable, as the coverage says the record before it is incomplete.
"""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding, Qualifier, Quantity, Verdict
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.kinds.records import _current_by_election, by_election_source
from factcheck.language.sentences import Sentence, lazy_compile
from factcheck.reference import coverage, derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "by_election_record"
CODE = "FC123"
SUMMARY = "a record over by-elections, such as the largest majority overturned"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ()
RULE = (
    "Computed from the record: for every by-election the holder lost, the majority it had at "
    "the general election before; the reported by-election's is compared with every earlier "
    "one's, filtered as the words say ('a Tory majority', 'by Labour'). The record holds every "
    "by-election from 2005 and some back to 1918 (reference/coverage.yaml), the known "
    "record-setters among them. A record held before the reported by-election is unverifiable: "
    "the coverage says the record before it is incomplete."
)
VERDICTS = {
    "true": "no earlier by-election in the record tops it; the reason names the previous holder",
    "approximately_true": "never: a record is held or it is not",
    "false": "an earlier by-election in the record tops it; the reason names it",
}
EXAMPLES = (
    Example(
        (
            "Alistair Strathern's win in Mid Bedfordshire is the largest majority ever "
            "overturned at a by-election."
        ),
        "largest",
        "true",
        date="2023-10-20",
    ),
    Example(
        (
            "Sarah Green's win in Chesham and Amersham is the largest majority ever overturned "
            "at a by-election."
        ),
        "largest",
        "false",
        date="2021-06-18",
    ),
)
PRECEDENCE = 15
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("largest", "biggest", "greatest", "highest")
_PATTERN = lazy_compile(
    r"\b(?P<n>largest|biggest|greatest|highest)(?:[- ]ever)?\b"
    r"(?P<what>[^.;]{0,60}?\bmajorit(?:y|ies)\b[^.;]{0,80}?)\bby-?elections?\b",
    re.I,
)
_OVERTURN = lazy_compile(
    r"\b(?:overturn\w*|overc[oa]m\w*|wip\w*\s+out|revers\w*|turned\s+over|overhaul\w*)", re.I
)


def extract(text: str, sentences: list[Sentence]) -> list[Claim]:
    claims = []
    # (only the sentences holding a word the overturning needs)
    for s in base.sentences_holding(_OVERTURN, text, sentences):
        if not _OVERTURN.search(text[s.start : s.end]):
            continue
        for m in _PATTERN.finditer(text, s.start, s.end):
            if re.search(r"\bpercent|\bper\s+cent|\bshare|\bswing", m.group("what"), re.I):
                continue  # a majority in share terms is another record
            start, end = m.start("n"), m.end("n")
            q = Quantity(value=1, as_written=m.group("n"), unit="count",
                         qualifier=Qualifier.EXACT)  # fmt: skip
            claims.append(Claim(NAME, q, start, end, text[start:end], s.start, s.end,
                                {"what": m.group("what")}))  # fmt: skip
    return claims


def overturned(context: ArticleContext) -> list[tuple[derive.ByElectionGain, int]]:
    """Every by-election gain in the record with the majority the loser had before."""
    rows = []
    for change in derive.by_election_changes(context.reference):
        e = change.election
        result = context.reference.result(e.id, e.constituency)
        before = derive.baseline_result(context.reference, result) if result else None
        if before is None or derive.winning_party(context.reference, before) != change.previous:
            continue
        majority = derive.majority(context.reference, before)
        if majority is not None:
            rows.append((change, majority))
    return rows


def verify(claim: Claim, context: ArticleContext) -> Finding:
    current = _current_by_election(claim, context)
    if current is None or current.kind != "by-election":
        return base.unverifiable(claim, "which by-election the record is claimed for is unclear")
    rows = overturned(context)
    mine = [(c, m) for c, m in rows if c.election.id == current.id]
    if not mine:
        return base.unverifiable(
            claim, f"the {subj.election_label(current)} overturned no majority in the record"
        )
    change, majority = mine[0]
    what = claim.cues.get("what", "")
    head = context.text[claim.sentence_start : claim.start]
    tail = re.split(r"[,;:(]|\s[–—-]\s", context.text[claim.end : claim.sentence_end])[0]
    if re.search(r"\b(?:before|previous(?:ly)?|until|used\s+to)\b", head, re.I) or any(
        int(y) != current.date.year for y in re.findall(r"\b(?:19|20)\d\d\b", tail)
    ):
        # "Before X, the biggest majority overturned was in Liverpool Wavertree in 1935":
        # an earlier record holder, which the record may not hold (it starts in 1945).
        gap = coverage.incomplete_before(context.reference, current.date)
        return base.unverifiable(
            claim, "a record held before the reported by-election: "
            + (gap or "the record may not hold it")
        )  # fmt: skip
    # "Labour has overturned its biggest-ever majority": the winner's own record.
    own = re.search(r"\b(?:its|their)\s+$|['’]s\s+$", head, re.I)
    parties = {m.id for m in context.mentions_in(context.party_mentions,
               claim.start, claim.start + len(claim.text) + len(what) + 1)}  # fmt: skip
    loser = change.previous if change.previous in parties else None
    # ("the largest Tory majority Labour has ever overturned": the party overturning it)
    winner_named = (
        own
        or re.search(r"\bby\s+(?:the\s+)?(?:opposition|party|[A-Z])", what + " by-")
        # (any verb of overturning: "the biggest Tory majority Labour has ever overcome")
        or re.search(
            r"\b[A-Z][\w-]*\s+(?:has|had)\s+(?:ever\s+)?(?:overturned|overcome|toppled|"
            r"wiped\s+out|beaten|reversed|overhauled|turned\s+(?:around|over)|erased)\b",
            what,
        )
    )
    earlier = [
        (c, m)
        for c, m in rows
        if c.election.date < current.date
        and (loser is None or c.previous == loser)
        and (not winner_named or c.winner == change.winner)
    ]
    scope = "majority overturned at a by-election"
    if loser:
        scope = f"{subj.party_label(context, loser)} {scope}"
    if winner_named:
        scope += f" by {subj.party_label(context, change.winner)}"
    bigger = [(c, m) for c, m in earlier if m >= majority]
    source = by_election_source(context)
    subject = f"largest {scope}: {subj.election_label(current)}"
    if bigger:
        top, top_m = max(bigger, key=lambda x: x[1])
        return Finding(
            claim,
            Verdict.FALSE,
            f"official: {majority:,} overturned, but the {_label(context, top.election)} "
            f"overturned {top_m:,}",
            rule="a record must top every earlier case in the record",
            subject=subject,
            actual=majority,
            source=source,
        )
    if not earlier:
        return base.unverifiable(claim, f"no earlier {scope} in the record")
    prev, prev_m = max(earlier, key=lambda x: x[1])
    return Finding(
        claim,
        Verdict.TRUE,
        f"official: {majority:,} overturned, more than any earlier {scope} in the record "
        f"(by-elections: {coverage.by_elections_summary(context.reference)}); the previous "
        "largest was the "
        f"{_label(context, prev.election)} ({prev_m:,})",
        rule="a record must top every earlier case in the record",
        subject=subject,
        actual=majority,
        source=source,
    )


def _label(context: ArticleContext, election) -> str:
    seat = subj.seat_label(context, election.constituency) if election.constituency else ""
    return f"{seat} by-election of {election.date:%B %Y}"
