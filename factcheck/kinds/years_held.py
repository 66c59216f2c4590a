"""years_held: "Labour-held ... for more than 80 years", "that 92-year run", "held for decades"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from factcheck.claims import Claim, Finding, Qualifier, Quantity, Verdict
from factcheck.kinds import base, history
from factcheck.kinds.examples import Example
from factcheck.kinds.held_since import (
    MEMBER_TENURE,
    _held_by_a_person,
    _named_holder,
    current_hold,
    member_tenure,
)
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.quantities import words_value
from factcheck.language.sentences import lazy_compile
from factcheck.reference import coverage, derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "years_held"
CODE = "FC109"
SUMMARY = "how many years a party has held a seat"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("years",)
RULE = (
    "How long the party's hold of the seat has lasted: from the contest its unbroken run began "
    "(through renamings) to the article's date, or to the contest that ended it for a spell in "
    "the past tense ('held it for 18 years'). A span reaching back before the reference data "
    "starts for the seat, or a longer one that a gain at a by-election missing from the record "
    "could explain (where its coverage is incomplete), is unverifiable."
)
EXAMPLES = (
    Example(
        (
            "The Conservatives won the Copeland by-election. The seat had been Labour-held for "
            "more than 80 years."
        ),
        "80 years",
        "true",
        official="81.3",
        date="2017-02-24",
    ),
    Example(
        (
            "The Conservatives won the Copeland by-election. The seat had been Labour-held for "
            "more than 90 years."
        ),
        "90 years",
        "false",
        official="81.3",
        date="2017-02-24",
    ),
)
PRECEDENCE = 60
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("year", "decades", "century")
_RUN_NOUNS = alternation(lx.HOLD_RUN_NOUNS)
_TAKE = alternation(lx.TAKE_VERBS)
_SPAN_NOUNS = alternation(lx.HOLD_SPAN_NOUNS)
PATTERNS = [
    # "held ... for 80 years", "represented ... for the last 30 years".
    base.pattern(
        rf"\b(?:held|represented|kept|\w+-held|in\s+\w+\s+hands)\b{base.CLAUSE}{{0,100}}?\bfor\s+"
        rf"(?:the\s+(?:last|past)\s+)?{base.HEDGED}{base.NUM}{base.YEARS}",
        "years",
    ),
    # A duration noun: "that 92-year run", "a 50-year unbroken reign".
    base.pattern(
        rf"{base.NUM}{base.YEARS}\s+(?:(?:unbroken|uninterrupted|continuous|long)\s+)?"
        rf"(?:[A-Z][\w-]+\s+)?(?:{_RUN_NOUNS})\b",
        "years",
    ),
    # The hold a contest ended: "took the seat from the party after 14 years",
    # "after 14 years of Labour rule".
    base.pattern(
        rf"\b(?:{_TAKE})\b{base.CLAUSE}{{0,60}}?\bfrom\b{base.CLAUSE}{{0,40}}?\bafter\s+"
        rf"{base.HEDGED}{base.NUM}{base.YEARS}",
        "years",
    ),
    # "after 14 years of Labour rule", "ending 40 years of Conservative control".
    base.pattern(
        rf"\b(?:after|ending|ended|ends|end\s+to|ended\s+by)\s+(?:an?\s+|the\s+)?{base.HEDGED}{base.NUM}"
        rf"{base.YEARS}\s+of\s+(?:[\w-]+\s+){{0,2}}(?:{_SPAN_NOUNS})\b",
        "years",
    ),
]
# "held for decades", "decades of Labour control": no number, at least `decades_min_years`.
_DECADES = lazy_compile(
    rf"\b(?:held|represented|kept|controlled|\w+-held)\b{base.CLAUSE}{{0,60}}?\bfor\s+"
    rf"(?:many\s+|several\s+)?(?P<n>decades)\b"
    rf"|(?<!two\s)(?<!three\s)(?<!four\s)(?<!five\s)(?<![2-9]\s)\b(?P<n2>decades)\s+of\s+"
    rf"(?:[\w-]+\s+){{0,2}}(?:{_SPAN_NOUNS})\b",
    re.I,
)


# "held for more than a century", "half a century of Tory rule": 100 or 50 years.
_CENTURY = lazy_compile(
    rf"\b(?:held|represented|kept|controlled|\w+-held)\b{base.CLAUSE}{{0,60}}?\bfor\s+"
    rf"(?P<hedge>more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+|around\s+|well\s+over\s+)?"
    rf"(?P<n>(?:a|one|half\s+a)\s+century)\b"
    rf"|(?P<hedge2>more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?P<n2>(?:a|one|half\s+a)\s+century)"
    rf"\s+of\s+(?:[\w-]+\s+){{0,2}}(?:{_SPAN_NOUNS})\b",
    re.I,
)
_HEDGES = {
    "more than": Qualifier.MORE_THAN, "over": Qualifier.MORE_THAN,
    "well over": Qualifier.MORE_THAN, "almost": Qualifier.NEARLY, "nearly": Qualifier.NEARLY,
    "about": Qualifier.ABOUT, "around": Qualifier.ABOUT,
}  # fmt: skip


# "ending almost two decades of Conservative control": a count of decades, ten years each.
_COUNTED_DECADES = lazy_compile(
    rf"(?P<hedge>(?:more\s+than|over|almost|nearly|about|around|well\s+over)\s+)?"
    rf"(?P<n>two|three|four|five|six|seven|eight|nine|[2-9])\s+decades\s+of\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}(?:{_SPAN_NOUNS})\b",
    re.I,
)


def extract(text, sentences) -> list[Claim]:
    sentences = list(sentences)
    claims = base.claims_from_patterns(NAME, text, sentences, PATTERNS)
    # (only the sentences holding a word the pattern needs: "decades")
    for s in base.sentences_holding(_COUNTED_DECADES, text, sentences):
        for m in _COUNTED_DECADES.finditer(text, s.start, s.end):
            hedge = (m.group("hedge") or "").strip().lower()
            count = words_value(m.group("n").lower()) if not m.group("n").isdigit() else None
            value = 10 * (count if count is not None else int(m.group("n")))
            q = Quantity(value=value, as_written=m.group("n"), unit="years",
                         qualifier=_HEDGES.get(hedge, Qualifier.ABOUT), step=10)  # fmt: skip
            start, end = m.start("n"), m.end("n")
            claims.append(Claim(NAME, q, start, end, text[start:end], s.start, s.end))
    # (only the sentences holding a word the pattern needs)
    for s in base.sentences_holding(_CENTURY, text, sentences):
        for m in _CENTURY.finditer(text, s.start, s.end):
            group = "n" if m.group("n") else "n2"
            hedge = (m.group("hedge") or m.group("hedge2") or "").strip().lower()
            value = 50 if m.group(group).lower().startswith("half") else 100
            q = Quantity(value=value, as_written=m.group(group), unit="years",
                         qualifier=_HEDGES.get(hedge, Qualifier.ABOUT))  # fmt: skip
            start, end = m.start(group), m.end(group)
            claims.append(Claim(NAME, q, start, end, text[start:end], s.start, s.end))
    # (only the sentences holding a word the pattern needs)
    for s in base.sentences_holding(_DECADES, text, sentences):
        for m in _DECADES.finditer(text, s.start, s.end):
            group = "n" if m.group("n") else "n2"
            q = Quantity(
                value=20, as_written=m.group(group), unit="years", qualifier=Qualifier.AT_LEAST
            )
            start, end = m.start(group), m.end(group)
            claims.append(
                Claim(NAME, q, start, end, text[start:end], s.start, s.end, {"decades": "1"})
            )
    return claims


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if claim.cues.get("decades"):
        # "decades" is at least `decades_min_years` (tolerances.py): two decades or more.
        least = context.tolerances.decades_min_years
        claim = replace(claim, quantity=replace(claim.quantity, value=least))
    ended = _UNTIL_YEAR.match(context.text, claim.end, claim.sentence_end)
    if ended and not _held_by_a_person(claim, context):
        return _spell_until(claim, context, int(ended.group(1)))
    ending = _ENDED_SPAN.match(context.text, claim.end, claim.sentence_end)
    if ending and _ENDING_BEFORE.search(context.text, claim.sentence_start, claim.start):
        named = context.mentions_in(context.party_mentions, ending.start(), ending.end())
        if named:
            return _spell_ended(claim, context, named[0].id)
    ender = _ENDED_HOLD_BEFORE.search(context.text, claim.sentence_start, claim.start)
    if ender:
        # "he ended the party's 23-year hold", "broke Labour's 40-year grip": a spell that
        # ended, the named party's; "the party's" or "its" alone does not say whose.
        named = context.mentions_in(context.party_mentions, ender.start(), claim.start)
        if named:
            return _spell_ended(claim, context, named[-1].id)
        return base.unverifiable(claim, "a spell that ended, and the text does not name whose")
    found = current_hold(claim, context)
    if found == MEMBER_TENURE:
        return member_tenure(claim, context, as_years=True)
    if isinstance(found, str):
        return base.unverifiable(claim, found)
    seat, now, party, hold = found
    # "held Ipswich for 25 years from 1945": a closed span from a stated year.
    start_year = _FROM_YEAR.match(context.text[claim.end : claim.sentence_end])
    if start_year:
        spells = [
            h
            for h in derive.holds(context.reference, seat, party)
            if h.start.election.date.year == int(start_year.group(1))
        ]
        if not spells:
            return base.unverifiable(
                claim,
                f"{subj.party_label(context, party)} did not win the seat in {start_year.group(1)}",
            )
        hold = spells[0]
    primary = _judge_spell(claim, context, seat, party, hold, now)
    line = history.lineage_of(party)
    along = derive.hold_ending_before(context.reference, seat, party, now, family=line)
    lineage = (
        [_judge_spell(claim, context, seat, party, along, now)]
        if line and along is not None and along.start != hold.start and not start_year
        else []
    )
    if lineage and history.names_forerunner(claim, context, party):
        # "the Lib Dems, and the Liberals before them, held it for 42 years": over the line
        primary, lineage = lineage[0], [primary]
    # "an 84-year Labour run" (1935-2019) over years when the seat did not exist: a hold
    # counted across them is a reading too.
    wide = derive.hold_ending_before(context.reference, seat, party, now, across_gaps=True)
    across = (
        [_judge_spell(claim, context, seat, party, wide, now)]
        if wide is not None and wide.start != hold.start and not start_year
        else []
    )
    # "Before that the party held it for 18 years": in the past tense any ended spell of
    # the party's is a reading, and a figure no spell fits is still false.
    head = context.text[claim.sentence_start : claim.start]
    past = re.search(r"\bheld\b", head) and not re.search(r"\b(?:has|have)\s+held\b", head)
    others = []
    if past and not start_year:
        others = [
            _judge_spell(claim, context, seat, party, h, now)
            for h in derive.holds(context.reference, seat, party)
            if h is not hold and h.lost_at is not None and h.lost_at.election.date <= now
        ]
    return base.over_readings(claim, *primary, [*across, *lineage, *others])


# "held Ipswich for 25 years from 1945": the span's first year, stated.
_FROM_YEAR = lazy_compile(r",?\s+from\s+((?:19|20)\d\d)\b")


# "The Lib Dems held Southport for 20 years until 2017", "... for 23 years before their
# defeat in 2015": the spell that ended that year.
_UNTIL_YEAR = lazy_compile(
    r",?\s+(?:until|till|up\s+to|before\s+(?:their|its|his|her|the)\s+(?:\w+\s+)?"
    r"(?:defeat|loss|ousting)\s+in"
    # ("for decades before the SNP landslide of 2015", "until the 2015 election")
    r"|(?:until|till|before)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:landslide|election|defeat|wipe-?out|collapse|surge|rout)\s+(?:of|in)"
    r"|(?:until|till|before)\s+the)\s+((?:19|20)\d\d)\b"
)


# "ending decades of Conservative control", "after 14 years of Labour rule": the spell of
# the party named there that the contest ended, not the winner's.
_ENDED_SPAN = lazy_compile(
    rf"(?:\s+(?:decades|years))?\s+of\s+(?:[\w'’-]+\s+){{1,3}}?(?:{_SPAN_NOUNS})\b", re.I
)
_ENDING_BEFORE = lazy_compile(
    r"\b(?:after|ending|ended|ends|end\s+to|ended\s+by)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:more\s+than|over|almost|nearly|about|some|around|well\s+over)\s+)?\S*\s*$",
    re.I,
)
# "ended the party's 23-year hold", "breaking Labour's 40-year grip": the spell before the
# figure is one a contest ended.
_ENDED_HOLD_BEFORE = lazy_compile(
    rf"\b(?:{alternation(lx.HOLD_ENDING_VERBS)})"
    r"\s+(?:its|their|(?:the\s+|his\s+|her\s+)?[\w-]+(?:['’]s|s['’]))\s+$",
    re.I,
)
_IN_YEAR = lazy_compile(r"\b(?:in|at\s+the)\s+((?:19|20)\d\d)\b")


def _spell_ended(claim: Claim, context: ArticleContext, party: str) -> Finding:
    """The party's spell that ended at the contest the sentence names (or reports)."""
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return base.unverifiable(claim, where)
    years = [int(y) for y in _IN_YEAR.findall(context.text, claim.sentence_start, claim.start)]
    return _spell_lost_in(claim, context, party, years[-1] if years else where[1].year)


def _spell_until(claim: Claim, context: ArticleContext, year: int) -> Finding:
    """The length of the named party's spell that ended at a contest in `year`."""
    party = _named_holder(claim, context)
    if party is None:
        return base.unverifiable(claim, "no party is named as holding the seat")
    return _spell_lost_in(claim, context, party, year)


def _spell_lost_in(claim: Claim, context: ArticleContext, party: str, year: int) -> Finding:
    """The verdict on the length of the party's spell in the seat that it lost in `year`."""
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return base.unverifiable(claim, where)
    seat, now, _ = where
    spells = [
        h
        for h in derive.holds(context.reference, seat, party)
        if h.lost_at is not None and h.lost_at.election.date.year == year
    ] or [
        # "ending four decades of Liberal representation" in 2015: the Liberals and the
        # Liberal Democrats after them, one line
        h
        for h in derive.holds(context.reference, seat, party, family=history.lineage_of(party))
        if h.lost_at is not None and h.lost_at.election.date.year == year
    ]
    if len(spells) != 1:
        return base.unverifiable(
            claim,
            f"{subj.party_label(context, party)} lost no hold of "
            f"{subj.seat_label(context, seat)} in {year} in the record",
        )
    finding, _reading = _judge_spell(claim, context, seat, party, spells[0], now)
    return finding


def _judge_spell(claim: Claim, context: ArticleContext, seat: str, party: str, hold, now):
    """The verdict if the figure is the length of this spell of the party's."""
    end = hold.lost_at.election.date if hold.lost_at and hold.lost_at.election.date <= now else now
    years = derive.years_between(hold.start.election.date, end)
    first = derive.contests(context.reference, seat)[0]
    ids = {"seat": seat, "contest": None, "party": party, "candidate": None}
    if hold.start == first and claim.quantity.value > years:
        finding = base.unverifiable(
            claim, "the reference data for this seat starts within the claimed span"
        )
        return finding, base.reading_of(finding, ids, [])
    unnamed = history.unnamed_before(context, seat, party, hold)
    if unnamed is not None and claim.quantity.value > years:
        finding = base.unverifiable(
            claim,
            f"the record does not name the winner of {history.contest_label(context, unnamed)}, "
            f"so the hold may have begun before {hold.start.election.date.year}",
        )
        return finding, base.reading_of(finding, ids, [])
    label = subj.party_label(context, party)
    finding = base.judged(
        claim,
        years,
        context,
        subject=f"{label} hold of {subj.seat_label(context, seat)}",
        source=history.history_source(context, seat, hold.start.election.date, end),
        official=(
            f"{years:.1f} years, from {history.contest_label(context, hold.start)} "
            f"to {end:%-d %B %Y}"
        ),
        shown=round(years, 1),
    )
    stated = _FROM_YEAR.match(context.text[claim.end : claim.sentence_end])
    if finding.verdict == Verdict.FALSE and claim.quantity.value > years and not stated:
        gap = _earlier_start(context, seat, hold, end, claim.quantity.value)
        if gap:
            finding.verdict = Verdict.UNVERIFIABLE
            finding.reason = (
                f"{finding.reason}; the hold may have begun earlier, at a by-election the "
                f"record lacks: {gap}"
            )
    return finding, base.reading_of(finding, ids, [])


def _earlier_start(context: ArticleContext, seat: str, hold, end: dt.date, claimed: float):
    """Why the hold may have begun at a by-election the record lacks, between the contest
    before it and its first recorded win, about as long before `end` as claimed."""
    before = [
        c
        for c in derive.contests(context.reference, seat)
        if c.election.date < hold.start.election.date
    ]
    if not before or claimed > derive.years_between(before[-1].election.date, end):
        return None  # even a gain just after the contest before would not make it so long
    back = dt.timedelta(days=round((claimed + 2) * 365.2425))
    lo = max(before[-1].election.date, end - back)
    return coverage.gap_reason(context.reference, lo, hold.start.election.date, seat)
