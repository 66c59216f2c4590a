"""first_since: "the first gain for a governing party in a by-election since 1982"."""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding, Verdict
from factcheck.kinds import base, history
from factcheck.kinds.examples import Example
from factcheck.kinds.records import previous_occurrence
from factcheck.kinds.years_since import missing_by_election
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import lazy_compile
from factcheck.reference import coverage
from factcheck.resolve.context import ArticleContext

NAME = "first_since"
CODE = "FC107"
SUMMARY = "the first time something happened since a year"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("year",)
RULE = (
    "The year of the previous time the event the words name happened (a governing party's "
    "by-election gain, a party's win in the seat, a party's by-election gain), found in the "
    "reference data before the contest the article reports; the year must match. A later year "
    "that a by-election missing where the coverage is incomplete could explain is "
    "unverifiable, never false, and the reason names the gap."
)
EXAMPLES = (
    Example(
        (
            "The Conservatives won the Copeland by-election, the first by-election gain for a "
            "governing party since 1982."
        ),
        "1982",
        "true",
        official="1982",
        date="2017-02-24",
    ),
    Example(
        (
            "The Conservatives won the Copeland by-election, the first by-election gain for a "
            "governing party since 1978."
        ),
        "1978",
        "false",
        official="1982",
        date="2017-02-24",
    ),
)
PRECEDENCE = 20
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("first", "last time", "case", "example", "precedent")
# A past contest named by its seat before the year: "since Corby in 2012".
_NAMED = r"(?:(?P<named>[A-Z][\w'’-]+(?:\s+(?:and\s+|upon\s+|on\s+)?[A-Z][\w'’-]+){0,4})\s+in\s+)?"
PATTERNS = [
    base.pattern(
        rf"\bfirst\b(?P<what>{base.CLAUSE}{{0,140}}?)\bsince\s+(?:the\s+)?{_NAMED}{base.YEAR_OR_DECADE}",
        "year",
    ),
    base.pattern(
        rf"\bfirst\s+time\s+since\s+(?:the\s+)?{base.YEAR_OR_DECADE}(?P<what>{base.CLAUSE}{{0,140}})",
        "year",
    ),
    # A named past contest as the previous occurrence of the event the sentences before
    # describe: "The last time it happened was the 1982 Mitcham and Morden by-election".
    base.pattern(
        rf"\blast\s+time\s+(?:(?:it|this|that|such\s+a\s+thing)\s+(?:had\s+)?(?:happened|occurred)|"
        rf"(?:it|this|that)\s+(?:was\s+)?(?:done|achieved|managed))\s+was\s+(?:in\s+|at\s+)?"
        rf"(?:the\s+)?{_NAMED}{base.YEAR_OR_DECADE}",
        "year",
        cues=lambda m: {"previous": "1"},
        needs=("last time",),
    ),
    # "Before that, the closest comparable case was Sunderland South in 1953".
    base.pattern(
        rf"\b(?:closest|nearest|last)\s+(?:comparable\s+|similar\s+)?(?:case|example|precedent|"
        rf"parallel|instance|occasion)\s+(?:was|came)\s+(?:in\s+|at\s+)?(?:the\s+)?{_NAMED}"
        rf"{base.YEAR_OR_DECADE}",
        "year",
        cues=lambda m: {"previous": "1"},
        needs=("case", "example", "precedent", "parallel", "instance", "occasion"),
    ),
]


def extract(text, sentences) -> list[Claim]:
    return [
        c
        for c in base.claims_from_patterns(NAME, text, sentences, PATTERNS)
        if not _HOLD_BETWEEN.search(text[c.sentence_start : c.start])
        # ("who was first elected in 1983, held it ..., the smallest Conservative majority
        # in the seat since 1950": a record's superlative between is record_since's)
        and not _RECORD_BETWEEN.search(text[c.sentence_start : c.start])
    ]


_RECORD_BETWEEN = lazy_compile(
    rf"\bfirst\b[^.;]*\b(?:{alternation(lx.RECORD_SUPERLATIVES)})\b[^.;]*\bsince\s+(?:the\s+)?$",
    re.I,
)
# "the first Conservative to win the seat, which has been held by Labour since 1935": a
# relative clause about a hold carries the "since", which is the hold's (held_since).
_HOLD_BETWEEN = lazy_compile(
    r"\bfirst\b[^.;]*,\s+(?:which|who|that)\s+(?:has|had|have)\s+(?:been\s+)?"
    r"(?:held|represented|controlled)\b[^,;]*$",
    re.I,
)


_FIRST = lazy_compile(r"\bfirst\b", re.I)
_NEXT_FIRST = lazy_compile(r"[,;]\s+(?:and\s+)?(?:the|its|their|a)\s+first\b", re.I)
# "returning the Ulster Unionists to the Commons for the first time since 2017": a party's
# place in the House, not a win in the seat the sentence names.
_TO_THE_HOUSE = lazy_compile(
    r"\b(?:to|back\s+(?:in|into)|in)\s+(?:the\s+)?(?:Commons|House\s+of\s+Commons|Westminster)\b",
    re.I,
)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if _TO_THE_HOUSE.search(context.text, claim.sentence_start, claim.start):
        return base.unverifiable(
            claim, "a party's first MP in the House since then, not a win in one seat"
        )
    # The whole sentence says what the record is:
    # "the first time since 1982 the governing party had taken a seat ...".
    phrase = context.text[claim.sentence_start : claim.sentence_end]
    # ("the first time the Conservatives have held the town since 1959, ..., and the first
    # by-election gain by a governing party since Copeland": each record its own words)
    firsts = [m.start() for m in _FIRST.finditer(context.text, claim.sentence_start, claim.start)]
    after = _NEXT_FIRST.search(context.text, claim.end, claim.sentence_end)
    if firsts and after is not None:
        phrase = context.text[firsts[-1] : after.start()]
    skip = 0
    if claim.cues.get("previous"):
        # "The last time it happened was ...": the event is the sentences before; "Before
        # that, the closest case was ..." passes over the occurrence named before it.
        i = context.sentence_index(claim.start)
        lo = context.sentences[max(0, i - 3)].start
        phrase = context.text[lo : claim.sentence_end]
        head = context.text[claim.sentence_start : claim.start]
        skip = (
            1 if re.search(r"\b(?:before\s+that|prior\s+to\s+that|previously)\b", head, re.I) else 0
        )
    found = previous_occurrence(claim, context, phrase, skip)
    if isinstance(found, str):
        return base.unverifiable(claim, found)
    named = claim.cues.get("named")
    if named and not claim.cues.get("previous") and found.current.year == claim.quantity.value:
        # "since Corby in 2012" read from Corby's own by-election: the contest named is the
        # previous occurrence, so the one measured from is another, which is unclear.
        return base.unverifiable(
            claim,
            f"'{named}' names the previous occurrence, but the record measures from "
            f"{found.current_label}: which contest the claim counts from is unclear",
        )
    if found.before_record:
        return base.unverifiable(
            claim, f"no earlier {found.what} in the record, which starts {found.previous:%Y}"
        )
    finding = base.judged(
        claim,
        found.previous.year,
        context,
        subject=f"{found.what}: {found.current_label}",
        source=found.source,
        official=f"{'the one before the previous' if skip else 'previous'} {found.what}: "
        f"{found.previous_label}",
        shown=found.previous.year,
    )
    if named and finding.verdict != Verdict.FALSE:
        # "since Corby in 2012": the named contest must be the previous one too.
        lo = claim.sentence_start + context.text[claim.sentence_start : claim.start].rfind(named)
        mentions = context.mentions_in(context.seat_mentions, lo, lo + len(named))
        seat = mentions[0].id if mentions else context.fuzzy_seat(named)
        if seat is not None and found.previous_seat is not None and seat != found.previous_seat:
            # The year fits but the named contest is not the one the record gives.
            finding.verdict = Verdict.UNVERIFIABLE
            finding.reason = (
                f"{finding.reason}; but the record's previous one was "
                f"{found.previous_label}, not {named}"
            )
    span = coverage.year_span(int(claim.quantity.value), history.claim_years(claim))
    return missing_by_election(
        finding, claim.quantity.value > found.previous.year, found, context, span
    )
