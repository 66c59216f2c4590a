"""record_since: "turnout of 63.9%, the highest in the seat since 1992", "Labour's best
result here since 1966", "the smallest majority in the seat since 1974".

The year is the last contest in the seat's lineage at which the measure (turnout, a
party's share, the winner's majority) stood at least as high (or as low) as at the contest
the article reports. Only a record the clause ties to the seat is read: a party's best
result "since 1997" with no seat word may be national. A contest the record may lack (a
by-election where its coverage is incomplete, or the years before the record starts) keeps
a year the record cannot contradict from being called false.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.claims import Claim, Finding, Verdict
from factcheck.kinds import base, history
from factcheck.kinds.examples import Example
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import Sentence, lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "record_since"
CODE = "FC124"
SUMMARY = "the highest or lowest level of a measure in a seat since a year"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("year",)
RULE = (
    "The year of the last contest in the seat's lineage at which the measure (turnout, a "
    "party's share, the winner's majority) stood at least as high (or as low) as at the "
    "contest reported; the year must match. Only a record the clause ties to the seat is read. "
    "A contest the record may lack (a by-election where its coverage is incomplete, or years "
    "before the record starts) keeps a year it cannot contradict from being called false."
)
EXAMPLES = (
    Example(
        (
            "Labour gained Portsmouth South from the Conservatives. Turnout rose to 63.9%, the "
            "highest in the seat since 1992."
        ),
        "1992",
        "true",
        official="1992",
        date="2017-06-12",
    ),
    Example(
        (
            "Labour gained Portsmouth South from the Conservatives. Turnout rose to 63.9%, the "
            "highest in the seat since 1987."
        ),
        "1987",
        "false",
        official="1992",
        date="2017-06-12",
    ),
)
PRECEDENCE = 21
# Words one of which must be in the text for this kind to match.
TRIGGERS = tuple(w for w in lx.RECORD_SUPERLATIVES if w not in ("most", "fewest", "record"))
_UP = ("highest", "best", "biggest", "largest", "strongest", "greatest")
PATTERNS = [
    base.pattern(
        rf"\b(?P<sup>{alternation(TRIGGERS)})\b(?P<what>{base.CLAUSE}{{0,80}}?)\bsince\s+"
        rf"(?:the\s+)?{base.YEAR}\b(?!['’]?s)",
        "year",
        cues=lambda m: {"sup": m.group("sup").lower(), "what": m.group("what")},
        needs=TRIGGERS,
    )
]
_SEAT_WORDS = lazy_compile(r"\b(?:in\s+the\s+(?:seat|constituency)|here|locally)\b", re.I)
_WIDER = lazy_compile(
    r"\b(?:national(?:ly)?|across|country|UK|Britain|England|Scotland|Wales|any|"
    r"by-?elections|general\s+elections|in\s+a\s+by-?election|at\s+a\s+by-?election|ever)\b",
    re.I,
)
_TURNOUT = lazy_compile(r"\bturn-?\s?out\b", re.I)
_MAJORITY = lazy_compile(r"\bmajorit(?:y|ies)\b", re.I)
_SHARE = lazy_compile(r"\b(?:share|result|showing|performance|vote)\b", re.I)


def extract(text: str, sentences: list[Sentence]) -> list[Claim]:
    return base.claims_from_patterns(NAME, text, sentences, PATTERNS)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    text = context.text
    what = claim.cues.get("what", "")
    # The clause before the superlative, for a measure given in apposition ("Turnout rose to
    # 63.9%, the highest ...").
    head = text[claim.sentence_start : claim.start]
    around = head[-160:]
    if _WIDER.search(what) or (
        _WIDER.search(head)
        and not context.mentions_in(context.seat_mentions, claim.sentence_start, claim.start)
    ):
        # ("Turnout across the UK was 59.7%, the lowest since 2001": the frame before it)
        return base.unverifiable(claim, "a record across contests, not in one seat")
    seat_cue = _SEAT_WORDS.search(what) or context.mentions_in(
        context.seat_mentions, claim.start - len(what) - 12, claim.start
    )
    measure = _measure(what) or _measure(around)
    if measure is None:
        return base.unverifiable(claim, "what the record measures is not said")
    if not seat_cue and not (
        measure == "turnout"
        and _TURNOUT.search(around)
        # (a bare turnout record in a paragraph naming no seat may be the country's)
        and subj.paragraph_names_seat(claim, context)
    ):
        return base.unverifiable(
            claim, "the record is not tied to the seat: it may be the party's across the country"
        )
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return base.unverifiable(claim, where)
    seat, now, _ = where
    contests = [c for c in derive.contests(context.reference, seat) if c.election.date <= now]
    if not contests or contests[-1].election.date != now:
        return base.unverifiable(claim, "the record has no result for the contest reported")
    party = None
    if measure == "majority":
        # "the biggest Conservative majority in the seat": the party named in the record.
        named = {
            m.id
            for m in context.mentions_in(
                context.party_mentions, claim.start - len(what) - 12, claim.start
            )
        }
        party = named.pop() if len(named) == 1 else None
    if measure == "share":
        # Only a party named in the record's own clause ("Labour's best result", "the best
        # Conservative performance"): "the party's" may point at any party named before.
        breaks = [m.end() for m in re.finditer(r"[,;:–—]\s", head)]
        clause_start = claim.sentence_start + (breaks[-1] if breaks else 0)
        named = context.mentions_in(context.party_mentions, clause_start, claim.start)
        people = [
            m
            for m in context.mentions_in(context.person_mentions, clause_start, claim.start)
            if m.party
        ]
        parties = {m.id for m in named} | {m.party for m in people}
        if len(parties) != 1:
            return base.unverifiable(claim, "whose share is meant is not named in the clause")
        party = parties.pop()
    value = _values(context, measure, party)
    current = value(contests[-1])
    if not current:
        return base.unverifiable(claim, f"the record has no {measure} for the contest reported")
    up = claim.cues.get("sup", "") in _UP
    label = _label(context, measure, party, seat)
    year = int(claim.quantity.value)
    previous = None
    for c in reversed(contests[:-1]):
        earlier = value(c)
        if earlier is None:
            continue  # the party did not stand: no low to match, and no high
        if not earlier:
            return base.unverifiable(claim, f"the record has no {label} for {c.election.date.year}")
        beats = [(e >= x) if up else (e <= x) for e in earlier for x in current]
        if all(beats):
            previous = c
            break
        if any(beats):
            return base.unverifiable(
                claim, f"{label} in {c.election.date.year} is level by one definition, not another"
            )
    source = history.history_source(context, seat)
    subject = f"{label}: last {'as high' if up else 'as low'} before {now.year}"
    direction = "higher" if up else "lower"
    if previous is not None and previous.election.date.year == year:
        return Finding(claim, Verdict.TRUE, f"official: {label} was last {direction} or level "
                       f"in {history.contest_label(context, previous)}", rule="the year must match "
                       "exactly", subject=subject, actual=year, source=source)  # fmt: skip
    start = contests[0].election.date.year
    if previous is None and year < start:
        return base.unverifiable(
            claim, f"no contest in the record since {start} matched it; the record starts {start}"
        )
    if previous is not None and year < previous.election.date.year:
        if previous.constituency != seat:
            return base.unverifiable(
                claim, f"the record's {history.contest_label(context, previous)} was under "
                "other boundaries",
            )  # fmt: skip
        return Finding(claim, Verdict.FALSE, f"official: {label} was {direction} or level in "
                       f"{history.contest_label(context, previous)}, after {year}", rule="the "
                       "year must match exactly", subject=subject,
                       actual=previous.election.date.year, source=source)  # fmt: skip
    # The year is later than the record's previous occurrence (or there is none): only a
    # contest the record lacks could make it true.
    after = previous.election.date if previous is not None else contests[0].election.date
    gap = history.by_election_gap(context, seat, year, after, now)
    if gap:
        return base.unverifiable(
            claim,
            f"the record shows no contest in {year} with {label} as {'high' if up else 'low'}, "
            f"but {gap}",
        )
    shown = previous.election.date.year if previous is not None else None
    return Finding(claim, Verdict.FALSE, f"official: no contest in {year} had {label} as "
                   f"{'high' if up else 'low'}", rule="the year must match exactly",
                   subject=subject, actual=shown, source=source)  # fmt: skip


def _measure(words: str) -> str | None:
    """The measure the clause names: turnout, majority or a party's share."""
    found = [
        (m.start(), name)
        for name, pattern in (("turnout", _TURNOUT), ("majority", _MAJORITY), ("share", _SHARE))
        for m in pattern.finditer(words)
    ]
    return max(found)[1] if found else None


def _values(
    context: ArticleContext, measure: str, party: str | None
) -> Callable[[derive.Contest], list[float] | None]:
    """The measure's value(s) at a contest: more than one where definitions differ."""
    reference = context.reference

    def result(c: derive.Contest):
        for r in reference.results_in(c.constituency):
            e = reference.elections[r.election]
            if e.date == c.election.date and e.kind == c.election.kind:
                return r
        return None

    def value(c: derive.Contest) -> list[float] | None:
        """The values, [] when the record lacks them, None when the party did not stand."""
        r = result(c)
        if r is None:
            return []
        if measure == "turnout":
            return derive.turnouts(r)
        if measure == "majority":
            if party is not None and derive.winning_party(reference, r) != party:
                # "the biggest Conservative majority since 1931": a contest the party did
                # not win holds no majority of theirs to match.
                return [] if derive.winning_party(reference, r) is None else None
            m = derive.majority(reference, r)
            return [float(m)] if m is not None else []
        if party is None:
            return []
        if not any(c.party == party for c in r.candidates):
            # A party missing from a partial or party-less result may have stood.
            return [] if r.partial or not any(c.party for c in r.candidates) else None
        s = derive.share(reference, r, party)
        return [s] if s is not None else []

    return value


def _label(context: ArticleContext, measure: str, party: str | None, seat: str) -> str:
    where = subj.seat_label(context, seat)
    if measure == "share" and party:
        return f"{subj.party_label(context, party)} share in {where}"
    if measure == "majority" and party:
        return f"{subj.party_label(context, party)} majority in {where}"
    return f"{measure} in {where}"
