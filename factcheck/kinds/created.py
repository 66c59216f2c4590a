"""created: "since its creation in 1983", "the seat was created in 1974"."""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding, Verdict
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.language.sentences import lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "created"
CODE = "FC112"
SUMMARY = "the year a constituency was created"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("year",)
RULE = (
    "The year the constituency was created, from the reference data. A seat said to be "
    "'formed' in a redistribution year when it existed before, or a name two seats have "
    "shared, is unverifiable."
)
EXAMPLES = (
    Example(
        (
            "The Conservatives won the Copeland by-election. Copeland, held by Labour since "
            "its creation in 1983, fell."
        ),
        "1983",
        "true",
        official="1983",
        date="2017-02-24",
    ),
    Example(
        (
            "The Conservatives won the Copeland by-election. Copeland, held by Labour since "
            "its creation in 1974, fell."
        ),
        "1974",
        "false",
        official="1983",
        date="2017-02-24",
    ),
)
PRECEDENCE = 10
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("creat", "establish", "formed")
PATTERNS = [
    base.pattern(
        rf"\bsince\s+(?:its|the\s+seat['’]s|the\s+constituency['’]s)\s+creation\s+in\s+{base.YEAR}\b",
        "year",
    ),
    base.pattern(
        rf"\b(?:was|were|been)\s+(?:first\s+)?(?:created|established|formed)\s+in\s+{base.YEAR}\b",
        "year",
    ),
    base.pattern(
        rf"\bsince\s+it\s+was\s+(?:created|established|formed)\s+in\s+{base.YEAR}\b", "year"
    ),
]


def extract(text, sentences) -> list[Claim]:
    return base.claims_from_patterns(NAME, text, sentences, PATTERNS)


# Years in which general redistributions of seats took effect (Representation of the People
# and Boundary Commission reviews): a seat may be said to be "formed" again in any of them.
REDISTRIBUTIONS = frozenset({1885, 1918, 1945, 1950, 1955, 1974, 1983, 1997, 2005, 2010, 2024})


# What "it was formed" may stand for: a party ("the party's first gain since it was formed
# in 1988") or a seat ("the seat", "the constituency").
_PARTY_WORD = lazy_compile(r"\bpart(?:y|ies)['’]s?(?=\s)", re.I)
_FORMED_BEFORE = lazy_compile(r"\b(?:formed|founded)\s+in\s+$", re.I)
_SEAT_WORD = lazy_compile(r"\b(?:seat|constituency|division)(?:['’]s?)?\b", re.I)


def _a_party_formed(claim: Claim, context: ArticleContext) -> bool:
    """Whether what was "formed" or "founded" is a party: the owner nearest before the
    figure in its sentence is a party ("the party's", "the Liberal Democrats'"), not a seat."""
    text, lo, hi = context.text, claim.sentence_start, claim.start
    if not _FORMED_BEFORE.search(text, max(lo, hi - 30), hi):
        return False  # a seat is "created": "since its creation", "since it was created"
    # (a party named as the subject or owner, "the Liberal Democrats'", "the party's": not
    # one voted for, "Copeland has voted Labour since it was formed")
    parties = [
        m.end
        for m in context.mentions_in(context.party_mentions, lo, hi)
        if re.match(r"['’]s?\s", text[m.end : m.end + 3])
    ]
    parties += [m.end() for m in _PARTY_WORD.finditer(text, lo, hi)]
    seats = [m.end for m in context.mentions_in(context.seat_mentions, lo, hi)]
    seats += [m.end() for m in _SEAT_WORD.finditer(text, lo, hi)]
    return bool(parties) and max(parties) > max(seats, default=-1)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if _a_party_formed(claim, context):
        return base.unverifiable(claim, "the founding of a party, not a seat's creation")
    seat = context.seat_for(claim.start)
    if seat is None:
        return base.unverifiable(claim, "no constituency is named for this claim")
    c = context.reference.constituencies[seat]
    if c.created is None:
        return base.unverifiable(claim, f"the reference data has no creation date for {c.name}")
    year = int(claim.quantity.value)
    if c.created.year < year and year in REDISTRIBUTIONS:
        # "formed in 1918" of a seat that existed before: redrawn then, and whether that
        # counts as its formation is the writer's call, not a fact the record settles.
        return base.unverifiable(
            claim,
            f"{c.name} existed before {year} (created {c.created.year}) and was redrawn at the "
            f"{year} redistribution; the record does not say which formation is meant",
        )
    finding = base.judged(
        claim,
        c.created.year,
        context,
        subject=f"creation of {c.name}",
        source=context.reference.cite(c.source),
        official=f"{c.name} created {c.created}",
        shown=c.created.year,
        note=f"predecessor {', '.join(subj.seat_label(context, p) for p in c.predecessors)}"
        if c.predecessors
        else "",
    )
    if finding.verdict == Verdict.FALSE:
        # "... the party had held the docklands seat at every election since it was created
        # in 1950", of a seat since renamed: its forerunner's creation may be meant.
        for forerunner in derive.lineage(context.reference, seat):
            old = context.reference.constituencies.get(forerunner)
            if (
                forerunner != seat
                and old is not None
                and old.created is not None
                and old.created.year == year
            ):
                return base.unverifiable(
                    claim,
                    f"{c.name} was created {c.created}, but its forerunner {old.name} "
                    f"{old.created}: the text may count from either",
                )
    if finding.verdict == Verdict.FALSE:
        # "... took Carmarthen West and South Pembrokeshire. He was the first to win the seat
        # since its creation in 1997": "the seat" may be another seat named in the paragraph.
        here = context.sentence_at(claim.start)
        lo = min(s.start for s in context.sentences if s.paragraph == here.paragraph)
        for m in context.mentions_in(context.seat_mentions, lo, claim.start):
            # (and the seat its words name by themselves: "won Bermondsey" read as the
            # Bermondsey and Old Southwark named later, of the Bermondsey of 1950-1983)
            for other_id in {m.id, *context.seats_named(m.text)}:
                other = context.reference.constituencies[other_id]
                if other_id != seat and other.created is not None and other.created.year == year:
                    return base.unverifiable(
                        claim,
                        f"the seat may be {other.name} (created {other.created}) or {c.name} "
                        f"(created {c.created})",
                    )
    return finding
