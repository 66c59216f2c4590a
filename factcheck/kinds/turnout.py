"""turnout: "turnout was 38.2%", "a 52% turnout"."""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding, Qualifier, Reading, Verdict
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "turnout"
CODE = "FC105"
SUMMARY = "turnout"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("percent", "votes")
RULE = (
    "Valid votes over the electorate at the contest the text points to; where the source also "
    "counts spoilt ballots, either reading is accepted. Turnout given as a number ('41,283 "
    "votes were cast') is the valid votes, or with rejected ballots; a figure a little above "
    "both may be a returning officer's ballot-paper total and is unverifiable. National "
    "turnout is counted over every seat at that general election; a nation's ('turnout "
    "across Scotland', 'Welsh turnout') over that nation's seats."
)
EXAMPLES = (
    Example(
        "Turnout in the Copeland by-election was 51.3%.",
        "51.3%",
        "true",
        official="51.27",
        date="2017-02-24",
    ),
    Example(
        "Turnout in the Copeland by-election was 61%.",
        "61%",
        "false",
        official="51.27",
        date="2017-02-24",
    ),
)
PRECEDENCE = 110
RESULT = True
# Words one of which must be in the text for this kind to match.
TRIGGERS = (
    "turnout", "turn-out", "turned out", "electorate", "total poll", "cast", "voted",
    "went to the polls", "eligible", "poll was", "poll of", "poll stood",
)  # fmt: skip
_PCT = r"(?P<unit>\s?%|\s*per\s?cent\b)"
# A share of the electorate backing someone, not voting at all: "with the support of 15.1%
# of those eligible", "cast by 29.4% of the electorate".
_NOT_BACKING = "".join(rf"(?<!\b{w}\s)" for w in ("of", "by"))
# The noun, as newsrooms spell it: "turnout", "turn-out".
_TURNOUT = r"turn-?out"
# A copula or verb that sets a turnout to a figure: "was", "came in at", "stood at".
_IS = (
    r"(?:was|of|at|stood\s+at|came\s+in\s+at|came\s+to|fell\s+to|rose\s+to|reached|is|"
    r"dropped\s+to|down\s+to|up\s+to|totalled|totaled|just|only)"
)
# A number of votes cast: a count, never a percentage.
_COUNT_AFTER = r"(?![\d,]*\s*(?:%|per\s?cent|percent|points?|pc\b))"
PATTERNS = [
    # "- 59.6%: turnout", "44.1% - turnout, the lowest since ..."
    base.pattern(
        base.FIGURE_FIRST.format(number=base.NUM_DIGITS + r"(?P<unit>\s?%|\s*per\s?cent\b)")
        + r"turn-?out\b",
        "percent",
    ),
    base.pattern(
        # (the words between do not turn to another measure: "Turnout dipped slightly, while
        # the Green share climbed to 24.9%" is the share's)
        rf"\bturnout\b(?:(?!\b(?:{alternation(lx.MEASURE_NOUNS)})\b)[^.;%]){{0,60}}?"
        rf"\b(?:was|of|at|stood\s+at|fell\s+to|rose\s+to|reached|is|dropped\s+to|falling\s+to|rising\s+to|"
        # ("turnout slumped to 49.9%", "edged up to 60.6%": any verb of change, then "to")
        rf"(?:{alternation(lx.ELISION_VERBS)})(?:\s+(?:back|up|down))?\s+to|"
        rf"down\s+to|up\s+to|just|only)\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
    ),
    base.pattern(rf"{base.NUM_DIGITS}{_PCT}\s+turnout\b", "percent"),
    # Older usage, the poll as the share of the electorate voting: "The poll was 80.3 per
    # cent", "on a poll of 71 per cent" (not "a poll put Labour on 40 per cent").
    base.pattern(
        rf"\b(?:[Tt]he|on\s+a|with\s+a)\s+poll\s+(?:was|of|stood\s+at)\s+{base.HEDGED}"
        rf"{base.NUM_DIGITS}{_PCT}(?!\s+(?:for|to)\b)",
        "percent",
        flags=0,
        needs=("poll",),
    ),
    base.pattern(rf"\bturnout\s*(?:of|:)?\s*{base.HEDGED}{base.NUM_DIGITS}{_PCT}", "percent"),
    # "Turnout was 35%, compared with 60.3% at the 2019 general election"
    base.pattern(
        rf"\bturnout\b{base.CLAUSE}{{0,60}}?\b(?:compared\s+(?:with|to)|against|from|than)\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
        needs=("compared", "against", "from", "than"),
    ),
    # "Only 33.5% of the electorate turned out"
    # (not "12.5% of the electorate voted for her": a winner's share of the electorate)
    base.pattern(
        rf"{_NOT_BACKING}{base.NUM_DIGITS}{_PCT}\s+of\s+(?:the\s+)?(?:electorate|voters|"
        rf"those\s+eligible)\s+(?:turned\s+out|voted(?!\s+(?:for|to)\b|\s+(?-i:[A-Z]))|cast|went\s+to)",
        "percent",
        needs=("electorate", "voters", "eligible"),
    ),
    # "only 48.3 per cent turned out", "when 48.3 per cent went to the polls": a bare share
    # doing the voting (not "52% voted Leave": a side's share)
    base.pattern(
        rf"{base.NUM_DIGITS}{_PCT}\s+(?:turned\s+out|went\s+to\s+the\s+polls|"
        r"bothered\s+to\s+vote|voted(?=\s*[,.;)]|\s+(?:in|at|on)\b))",
        "percent",
        needs=("turned out", "went to the polls", "bothered to vote", "voted"),
    ),
    # "68.5% of those eligible", "52% of eligible voters": the share of the electorate voting.
    # (not "won with the support of 15.1% of those eligible": the winner's backing)
    base.pattern(
        rf"{_NOT_BACKING}{base.NUM_DIGITS}{_PCT}\s+of\s+(?:(?:those|people|voters|adults)\s+eligible"
        rf"(?:\s+to\s+vote)?|(?:the\s+)?eligible\s+(?:voters|electorate))\b",
        "percent",
        needs=("eligible",),
    ),
    # "turnout 30,145 (37.98%)" in a results block; "down from 56.8%" after a turnout
    base.pattern(
        rf"\bturnout\s*:?\s+[\d,]+\s*\(\s*{base.NUM_DIGITS}{_PCT}\s*\)", "percent", needs=("(",)
    ),
    base.pattern(
        rf"\bturnout\b[^.;]{{0,40}}?\b(?:down|up)\s+from\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
    ),
    # "Turnout was 27%, less than half the 53.3% recorded at the general election": the
    # earlier turnout a comparison names (its contest comes from the clause's cue).
    base.pattern(
        rf"\b{_TURNOUT}\b{base.CLAUSE}{{0,60}}?\b(?:half|a\s+third|two-thirds|double|twice|"
        rf"below|above|under|over|(?:down|up)\s+on)\s+(?:of\s+)?the\s+{base.NUM_DIGITS}{_PCT}",
        "percent",
        needs=("half", "third", "double", "twice", "below", "above", "under", "over", " on "),
    ),
    # "Turnout dropped from 70.5% in 2017 to 67.4%", "turnout fell from 71.05% to 64.51%"
    base.pattern(
        rf"\b{_TURNOUT}\s+(?:fell|dropped|rose|slipped|climbed|went\s+(?:up|down)|was\s+down|"
        rf"was\s+up)\s+from\s+\d[\d.]*\s*(?:%|per\s?cent)(?:\s+(?:in|at)\s+[\w\s]{{1,30}}?)?\s+"
        rf"to\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
        needs=("from",),
    ),
    # "Turnout rose 1.3 points to 76.5%": the level a change reached.
    base.pattern(
        rf"\b{_TURNOUT}\s+(?:fell|dropped|rose|slipped|climbed|increased|decreased|went\s+(?:up|"
        rf"down))\s+(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|more\s+than\s+)?[\w.]+\s*"
        rf"(?:percentage\s+)?(?:points?|%|per\s?cent)\s+to\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
        needs=("to",),
    ),
    # ... and the first figure of such a change: the earlier turnout.
    base.pattern(
        rf"\b{_TURNOUT}\s+(?:fell|dropped|rose|slipped|climbed|went\s+(?:up|down)|was\s+down|"
        rf"was\s+up)\s+from\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
        needs=("from",),
    ),
    # "Turn-out was 51.2 per cent": the hyphenated spelling.
    base.pattern(
        rf"\bturn-out\b[^.;%]{{0,40}}?\b{_IS}\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
        needs=("turn-out",),
    ),
    # "turnout came in at 41,367, or a high 53.6 per cent": the share after the count.
    base.pattern(
        rf"\b{_TURNOUT}\b[^.;%]{{0,60}}?\b\d[\d,]*\d(?:\s+(?:votes|ballots|voters|people))?,?\s*"
        rf"(?:or|-|–|—|\()\s*(?:an?\s+[a-z-]+\s+)?{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
    ),
]
# A character of the words between "turnout" and its figure, short of another measure's
# noun: "on a 71.5% turnout, against a Tory majority of 8,183" is no turnout of 8,183.
_NO_OTHER_MEASURE = r"(?:(?!\b(?:majority|margin|share|lead)\b)[^.;%])"
# Turnout as a number of votes cast: "Canterbury's turnout was 56,800".
COUNT_PATTERNS = [
    base.pattern(
        rf"\b{_TURNOUT}\b{_NO_OTHER_MEASURE}{{0,40}}?\b{_IS}\s+{base.HEDGED}{base.NUM_DIGITS}{_COUNT_AFTER}"
        rf"(?P<unit>\s+(?:votes|ballots(?:\s+cast)?|voters|people))?",
        "votes",
    ),
    base.pattern(rf"\b{_TURNOUT}\s*:\s*{base.NUM_DIGITS}{_COUNT_AFTER}", "votes", needs=(":",)),
    # "Total poll 57,773", "votes cast: 41,283"
    base.pattern(
        rf"\b(?:total\s+poll|(?:total\s+)?(?:votes|ballots)\s+cast)\s*(?:was|of|:|stood\s+at)?\s*"
        rf"{base.HEDGED}{base.NUM_DIGITS}{_COUNT_AFTER}",
        "votes",
        needs=("poll", "cast"),
    ),
    # "Just 26,000 people voted", "41,361 voters turned out" (but "voted for X" is X's votes)
    base.pattern(
        rf"{base.NUM_DIGITS}(?P<unit>\s+(?:people|voters|electors|constituents))\s+(?:had\s+)?"
        rf"(?:voted|turned\s+out|went\s+to\s+the\s+polls|cast\s+(?:a|their)\s+(?:votes?|ballots?))"
        rf"(?!\s+for\b)",
        "votes",
        needs=("voted", "turned out", "went to the polls", "cast"),
        people=True,
    ),
    # "with nearly 55,000 people, 68.5% of those eligible, casting a ballot"
    base.pattern(
        rf"{base.NUM_DIGITS}(?P<unit>\s+(?:people|voters|electors))\b(?={base.CLAUSE}{{0,40}}?\b"
        rf"(?:casting|cast)\s+(?:a|their)\s+(?:votes?|ballots?)(?!\s+for\b))",
        "votes",
        needs=("cast",),
        people=True,
    ),
    # "a total of 41,283 votes were cast", "41,283 ballot papers were cast"
    base.pattern(
        rf"{base.NUM_DIGITS}(?P<unit>\s+(?:votes|ballots|ballot\s+papers))\s+(?:were\s+)?cast\b"
        rf"(?!\s+for\b)",
        "votes",
        needs=("cast",),
    ),
]
# No Westminster contest has had fewer votes cast: a smaller figure is not a count of them.
MIN_COUNT = 1000


def extract(text, sentences) -> list[Claim]:
    sentences = list(sentences)
    claims = base.claims_from_patterns(NAME, text, sentences, PATTERNS)
    taken = {(c.start, c.end) for c in claims}
    counts = [
        c
        for c in base.claims_from_patterns(NAME, text, sentences, COUNT_PATTERNS)
        if c.quantity.value >= MIN_COUNT and not any(s <= c.start < e for s, e in taken)
    ]
    return claims + counts


def _national(claim: Claim, context: ArticleContext, *nations: str | None) -> Finding:
    """Turnout over every seat of the general election meant (nation None) or over one
    nation's seats: each nation given is a reading, the first the best supported."""
    election = subj.general_election_for(claim, context)
    if isinstance(election, str):
        return base.unverifiable(claim, election)
    first, *others = (_area_under(claim, context, election, n) for n in nations)
    return base.over_readings(claim, *first, others)


def _area_under(
    claim: Claim, context: ArticleContext, election, nation: str | None
) -> tuple[Finding, Reading]:
    """The verdict if the figure is the turnout over all seats, or over a nation's."""
    ids = {"seat": None, "contest": election.id, "party": None, "candidate": None}
    figures = derive.area_turnouts(context.reference, election.id, nation)
    if not figures:
        finding = base.unverifiable(claim, subj.area_totals_missing(context, election, nation))
        return finding, base.reading_of(finding, ids, [])
    totals = derive.election_totals(context.reference, election.id, nation)
    seats = sum(totals.seats.values()) if totals else 0
    label = subj.nation_label(nation)
    where = f"across the {seats} seats in {label}" if nation else "across all seats"
    area = f"turnout in {label}" if nation else "national turnout"
    source = subj.national_source(context, election)
    # Counted with and without spoilt ballots, as a seat's is: either reading counts.
    findings = [
        base.judged(
            claim,
            t,
            context,
            subject=f"{area} — {subj.election_label(election)}",
            source=source,
            official=f"turnout {t:.1f}% {where}",
        )
        for t in figures
    ]
    order = [Verdict.TRUE, Verdict.APPROXIMATELY_TRUE, Verdict.FALSE]
    finding = min(findings, key=lambda f: order.index(f.verdict))
    return finding, base.reading_of(finding, ids, [])


# A band's bound, not a turnout: "30 had a turnout of 70% or more", "58 of the 650
# constituencies had a turnout below 50%" (seats, plural, whose turnouts lie in a range).
_OR_BEYOND_AFTER = lazy_compile(
    r"\s*(?:or|and)\s+(?:more|less|above|below|higher|lower|over|under)\b", re.I
)
_SEATS_WITH_TURNOUT = lazy_compile(
    r"\b(?:seats|constituencies)\s+(?:\w+\s+)?(?:had|have|saw|recorded|posted|with)\s+"
    r"(?:an?\s+)?turnouts?\b[^.;,\d]*$",
    re.I,
)


def _band_bound(claim: Claim, context: ArticleContext) -> bool:
    text = context.text
    if _OR_BEYOND_AFTER.match(text, claim.end, claim.sentence_end):
        return True
    start = subj.clause_start(text, claim.sentence_start, claim.start)
    return bool(_SEATS_WITH_TURNOUT.search(text, start, claim.start))


_PART_OF_ELECTORATE = lazy_compile(rf"\b(?:{alternation(lx.TURNOUT_PART_WORDS)})\b", re.I)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    part = _PART_OF_ELECTORATE.search(subj.clause_of(claim, context))
    if part is not None:
        return base.unverifiable(
            claim, f"the turnout of part of the electorate ('{part.group()}'), not the seat's"
        )
    if _band_bound(claim, context):
        return base.unverifiable(
            claim, "the bound of a band of seats' turnouts ('70% or more'), not one turnout"
        )
    if "seat_row" in claim.cues:
        # A table with one row per seat: the row's seat cell names the contest's seat.
        row = base.seat_row_owner(claim, context)
        if isinstance(row, Finding):
            return row
        return _judged_in_seat(claim, context, row.resolved)
    nation = subj.nation_of(claim, context)
    if nation is not None and subj.is_record_in_area(claim, context):
        return base.unverifiable(claim, "a record among a nation's seats is not checked")
    if nation is not None:
        return _national(claim, context, nation)
    carried = subj.carried_nation(claim, context)
    if carried is not None:
        # After a sentence about one nation, a bare "Turnout was 71.1%" is the nation's
        # or the UK's.
        return _national(claim, context, carried, None)
    if subj.is_national(claim, context):
        # ("The DUP won eight of the 18 seats. Turnout was 58 per cent.": after a sentence
        # about a party of one nation, that nation's turnout is a reading beside the UK's)
        home = subj.home_nation_before(claim, context)
        return _national(claim, context, None, home) if home else _national(claim, context, None)
    resolved = subj.resolve_result(claim, context)
    if isinstance(resolved, str):
        return base.unverifiable(claim, resolved)
    found = _judged_in_seat(claim, context, resolved)
    if found.verdict == Verdict.FALSE and (
        subj.national_paragraph(claim, context)
        or subj.seat_named_only_later(claim, context)
        or subj.under_seatless_heading(claim, context)
        or subj.seat_told_of_another_time(claim, context, resolved)
    ):
        # "Turnout was 76.0%" in a national summary's paragraph that names no seat: the
        # country's turnout is a reading beside the one seat the piece names.
        election = subj.general_election_for(claim, context)
        if not isinstance(election, str):
            national, _ = _area_under(claim, context, election, None)
            return base.unless_other_fits(claim, found, national)
    return found


def _judged_in_seat(claim: Claim, context: ArticleContext, resolved: subj.ResultSubject) -> Finding:
    """The verdict on a seat's turnout at the contest chosen, and at any other the text allows."""
    return base.judged_over_readings(
        claim,
        context,
        resolved,
        lambda r: _judge_under(claim, context, r),
        extra=undated_namesakes(context, resolved),
    )


def undated_namesakes(
    context: ArticleContext, resolved: subj.ResultSubject
) -> list[subj.ResultSubject]:
    """In an undated article, the seat's other contests of the same kind, when no cue chose one.

    "the Clacton by-election" with no date allows every by-election held in Clacton: each
    is a reading, so a figure is false only when it fits none of them.
    """
    if context.info.date is not None or resolved.explicit:
        return []
    kind = resolved.election.kind
    found = []
    for result in context.reference.results_in(resolved.seat):
        election = context.reference.elections[result.election]
        if election.kind == kind and election.id != resolved.election.id:
            found.append(subj.ResultSubject(resolved.seat, election, result, "undated namesake"))
    return found


def _judge_under(
    claim: Claim, context: ArticleContext, resolved: subj.ResultSubject
) -> tuple[Finding, Reading]:
    """The verdict if the figure is this contest's turnout."""
    ids = resolved.ids()
    if claim.quantity.unit == "votes":
        finding = _judge_count(claim, context, resolved)
        return finding, base.reading_of(finding, ids, resolved.evidence)
    figures = derive.turnouts(resolved.result)
    if not figures:
        finding = base.unverifiable(claim, "the official result gives no electorate or valid vote")
        return finding, base.reading_of(finding, ids, resolved.evidence)
    subject = subj.describe(context, resolved, "turnout")
    source = subj.cite(context, resolved)
    # Turnout is published both with and without spoilt ballots: either reading counts.
    findings = [
        base.judged(claim, t, context, subject=subject, source=source, official=f"turnout {t:.1f}%")
        for t in figures
    ]
    order = [Verdict.TRUE, Verdict.APPROXIMATELY_TRUE, Verdict.FALSE]
    finding = min(findings, key=lambda f: order.index(f.verdict))
    return finding, base.reading_of(finding, ids, resolved.evidence)


# Returning officers' ballot-paper totals can differ by a few from the Library's valid plus
# rejected votes: a figure this far above the valid votes may be such a total.
BALLOT_SLACK = 0.005


def _judge_count(claim: Claim, context: ArticleContext, resolved: subj.ResultSubject) -> Finding:
    """Turnout as a number of votes cast: the valid votes, or with rejected ballots."""
    result = resolved.result
    valid = derive.total_votes(context.reference, result)
    subject = subj.describe(context, resolved, "votes cast")
    source = subj.cite(context, resolved)
    if not valid:
        return base.unverifiable(claim, "the official result gives no total of votes cast")
    invalid = result.invalid_votes
    ballots = valid + invalid if invalid else None
    claimed = claim.quantity.value
    if claim.quantity.qualifier == Qualifier.EXACT and claimed in (valid, ballots):
        what = "valid votes" if claimed == valid else "ballot papers counted (valid and rejected)"
        return Finding(
            claim,
            Verdict.TRUE,
            f"official: {int(claimed):,} {what} (an exact figure must match exactly)",
            rule="an exact figure must match exactly",
            subject=subject,
            actual=int(claimed),
            source=source,
        )
    ceiling = (ballots or valid) * (1 + BALLOT_SLACK)
    if claim.quantity.qualifier == Qualifier.EXACT and valid < claimed <= ceiling:
        given = f"{valid:,} valid" + (f", {ballots:,} with rejected ballots" if ballots else "")
        return base.unverifiable(
            claim,
            f"official: {given}; a count of ballot papers issued or counted may differ "
            "from the record's valid and rejected votes",
            subject=subject,
        )
    findings = [
        base.judged(
            claim,
            total,
            context,
            subject=subject,
            source=source,
            official=f"{total:,} {what}",
        )
        for total, what in ((valid, "valid votes"), (ballots, "ballot papers with rejected"))
        if total
    ]
    order = [Verdict.TRUE, Verdict.APPROXIMATELY_TRUE, Verdict.FALSE, Verdict.UNVERIFIABLE]
    return min(findings, key=lambda f: order.index(f.verdict))
