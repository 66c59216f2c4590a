"""first_ever: "taking the constituency for the first time in its history"."""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding, Quantity, Verdict
from factcheck.kinds import history
from factcheck.kinds.base import sentences_holding, unverifiable
from factcheck.kinds.examples import Example
from factcheck.language.sentences import Sentence, lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "first_ever"
CODE = "FC108"
SUMMARY = "something happening for the first time ever"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ()
RULE = (
    "Whether the party had won the seat (through its renamings) at any contest in the record "
    "before the one the article reports. A seat whose record starts after its creation, or "
    "whose results do not all say who won, is unverifiable; so is a person's first win "
    "anywhere (the record of every seat is not searched)."
)
VERDICTS = {
    "true": "the party won none of the seat's earlier contests in the record",
    "approximately_true": "never: it is the first time or it is not",
    "false": "the party had won the seat before; the reason names the earlier win",
}
EXAMPLES = (
    Example(
        (
            "The Conservatives won the Hartlepool by-election, taking the seat for the first "
            "time in its history."
        ),
        "first time in its history",
        "true",
        date="2021-05-07",
    ),
    Example(
        (
            "Sarah Olney won the Richmond Park by-election, taking the seat for the Liberal "
            "Democrats for the first time in its history."
        ),
        "first time in its history",
        "false",
        date="2016-12-02",
    ),
)
PRECEDENCE = 30
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("first time", "first ever", "first-ever")
_PATTERN = lazy_compile(
    r"\b(?:for\s+the\s+)?(?P<span>first\s+time\s+(?:in\s+(?:its|the\s+seat['’]s|the\s+constituency['’]s)\s+"
    r"(?:history|existence)|ever))\b"
    # "took the seat for the first time": a seat won, with no "since" or "in N years" after.
    r"|\b(?:won|took|gained|captured|taken|taking|winning)\b(?:\s+[\w-]+){0,4}?\s+for\s+the\s+"
    r"(?P<bare>first\s+time)\b(?!\s+(?:since|in\b|ever\b))"
    # "its first ever Conservative MP", "the first ever Labour candidate to win the seat".
    r"|\b(?P<member>first[- ]ever)\s+(?:[A-Z][\w-]*\s+){0,2}(?:MP|member\b|"
    r"(?:candidate\s+|woman\s+|person\s+)?to\s+(?:win|take|hold|represent))",
    re.I,
)


def extract(text: str, sentences: list[Sentence]) -> list[Claim]:
    claims = []
    # (only the sentences holding a word the pattern needs)
    for s in sentences_holding(_PATTERN, text, sentences):
        for m in _PATTERN.finditer(text, s.start, s.end):
            group = next(g for g in ("span", "bare", "member") if m.group(g))
            start, end = m.start(group), m.end(group)
            q = Quantity(value=1, as_written=text[start:end], unit="count")
            claims.append(Claim(NAME, q, start, end, text[start:end], s.start, s.end))
    return claims


def verify(claim: Claim, context: ArticleContext) -> Finding:
    owner = [
        m
        for m in context.mentions_in(context.party_mentions, claim.sentence_start, claim.start)
        if re.fullmatch(r"['’]s?\s+", context.text[m.end : claim.start])
    ]
    if owner:
        # "UKIP's first ever elected MP": the party's first anywhere, not a first in the seat.
        return unverifiable(
            claim, f"{owner[0].text}'s first anywhere: the record of every seat is not checked"
        )
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return unverifiable(claim, where)
    seat, now, _ = where
    # "In 1997 Labour took Hove for the first time": a time in the claim's own clause is
    # when the first came, in a piece speaking from later.
    when, _, cue = context.election_choice(seat, claim.start)
    if when is not None and cue is not None and when.date < now:
        now = when.date
    c = context.reference.constituencies[seat]
    contests = [
        x
        for x in derive.contests(context.reference, seat, follow_predecessors=False)
        if x.election.date <= now
    ]
    # The party doing something "for the first time" is the one that won: a party named
    # in the sentence ("overturning a Conservative majority") may be the loser.
    named = subj.named_parties(claim, context)
    party = contests[-1].winner if contests and contests[-1].winner in named else None
    if party is None:
        near = subj.party_near(claim, context)
        return unverifiable(
            claim,
            f"{subj.party_label(context, near)} did not win the contest the article reports"
            if near
            else "no party is named",
        )
    label = subj.party_label(context, party)
    earlier = [x for x in contests[:-1] if x.winner == party]
    source = history.history_source(context, seat)
    subject = f"{label} in {c.name} since its creation" + (f" in {c.created}" if c.created else "")
    # An earlier win in the record contradicts a first however much of the record is missing.
    if not earlier and c.created and contests[0].election.date.year > c.created.year + 1:
        return unverifiable(claim, f"the reference data for {c.name} starts after its creation")
    if not earlier and any(x.winner is None for x in contests[:-1]):
        return unverifiable(claim, f"some results in {c.name} do not say who won")
    if earlier:
        return Finding(
            claim,
            Verdict.FALSE,
            f"official: {label} won {history.contest_label(context, earlier[0])} "
            f"(and {len(earlier)} contest(s) in all before)",
            rule="a first must have no earlier win",
            subject=subject,
            actual=len(earlier),
            source=source,
        )
    winners = sorted({subj.party_label(context, x.winner) for x in contests[:-1]})
    return Finding(
        claim,
        Verdict.TRUE,
        f"official: {label} won none of the {len(contests) - 1} earlier contests "
        f"({', '.join(winners)} won them) before {history.contest_label(context, contests[-1])}",
        rule="a first must have no earlier win",
        subject=subject,
        actual=0,
        source=source,
    )
