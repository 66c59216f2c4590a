"""share_change: "increased their vote share by more than 8%", "Labour's was down nearly 5%".

A "%" change in a vote share is read as percentage points (the Commons Library's
convention), and the finding says so.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator

from factcheck.claims import Claim, Finding, Reading, Verdict
from factcheck.judge import judge
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.language.sentences import lazy_compile
from factcheck.reference import derive
from factcheck.reference.index import normalise_name
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "share_change"
CODE = "FC104"
SUMMARY = "a rise or fall in a share of the vote"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("percent",)
RULE = (
    "The change in the party's share of the valid vote, in percentage points, between the "
    "contest the text points to and the one before it: a by-election against the previous "
    "general election in the seat; a general election against the previous one, or against the "
    "notional result on new boundaries where they changed. A change written with '%' is read "
    "as percentage points (the Commons Library's convention) and the reason says so. The "
    "direction ('rose', 'fell', 'down') must match. National changes are not checked yet "
    "(unverifiable)."
)
EXAMPLES = (
    Example(
        "In the Copeland by-election the Conservative share of the vote rose by 8.5 points.",
        "8.5 points",
        "true",
        official="8.46",
        date="2017-02-24",
    ),
    Example(
        "In the Copeland by-election Labour's share of the vote rose by 5 points.",
        "5 points",
        "false",
        official="-4.92",
        date="2017-02-24",
    ),
)
PRECEDENCE = 130
RESULT = True
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("%", "per cent", "percent", "point")
UP = (
    r"up|increas\w*|ris(?:e|es|ing|en)|rose|gain\w*|climb\w*|jump\w*|boost\w*|improv\w*|"
    r"surg\w*|went\s+up|grew|grow\w*|add(?:ed|ing|s)?|put\s+on|putting\s+on"
)
DOWN = (
    r"down|decreas\w*|fell|fall\w*|dropp\w*|drop|slump\w*|plung\w*|lost|los(?:e|es|ing)|cut|"
    r"slipp\w*|slip|slid|declin\w*|went\s+down|tumbl\w*|crash\w*|shrank|shrunk|collaps\w*|sank"
)
PATTERNS = [
    base.pattern(
        rf"\b(?P<dir>{UP}|{DOWN})(?:(?:\s+[\w'’]+){{0,5}}?\s+by|\s+by)?\s+{base.HEDGED}{base.NUM_DIGITS}{base.PERCENT}"
        rf"(?!\s+(?:of\s+the\s+vote|turnout))",
        "percent",
    ),
    base.pattern(
        rf"\b{base.HEDGED}{base.NUM_DIGITS}{base.PERCENT}\s+(?P<dir>rise|increase|fall|drop|decrease|gain|loss|jump|slump)\b",
        "percent",
    ),
    # "fell by nine points", "down almost seven points": house style spells small numbers.
    base.pattern(
        rf"\b(?P<dir>{UP}|{DOWN})(?:\s+by)?\s+{base.HEDGED}{base.NUM}"
        rf"(?P<unit>\s+(?:percentage\s+)?points?)\b",
        "percent",
        needs=("point",),
    ),
    base.pattern(
        rf"\ba\s+{base.NUM_DIGITS}(?P<unit>[- ](?:percentage[- ])?points?)\s+"
        rf"(?P<dir>rise|increase|fall|drop|decrease|gain|loss)\b",
        "percent",
    ),
    # "Turnout 78.0% (+1.9)", "Turnout: 61.4% (-2.1)": a results line's turnout, its change
    # in brackets after it
    base.pattern(
        r"\bturn-?out:?\s+\d{1,2}(?:\.\d+)?\s*(?:%|per\s?cent)\s*\(\s*(?P<dir>[+\-−–])\s*"
        rf"{base.NUM_DIGITS}(?P<unit>\s*(?:%|points?|pts?))?\s*\)",
        "percent",
        cues=lambda m: {"turnout_line": "1"},
        needs=("turnout", "turn-out"),
    ),
]
_SIGNS_DOWN = ("-", "−", "–")
_SHARE_WORDS = lazy_compile(r"\b(?:share|vote|votes|points?|support)\b", re.I)


# In a list after a first change: "the Tories down 20.1 points, Reform up 15.2 and the Lib
# Dems up 3.1" — later items drop the unit.
LIST_ITEM = base.pattern(
    rf"(?:,|\band\b|;)\s+(?:the\s+)?[A-Z][\w'’ -]{{1,30}}?\s+(?P<dir>up|down)\s+(?:by\s+)?"
    rf"{base.NUM_DIGITS}(?![\d%]|\s*(?:per|points?|seats?|votes?))",
    "percent",
    flags=0,
)


def extract(text, sentences) -> list[Claim]:
    claims = base.claims_from_patterns(NAME, text, sentences, PATTERNS)
    # The sentences holding a claim, and each sentence's first claim, by lookup.
    starts = sorted(c.start for c in claims)
    first: dict[int, int] = {}
    for c in claims:
        first[c.sentence_start] = min(c.start, first.get(c.sentence_start, c.start))

    def holds_claim(s) -> bool:
        i = bisect_left(starts, s.start)
        return i < len(starts) and starts[i] < s.end

    listing = [s for s in sentences if holds_claim(s)]
    claims += [
        c
        for c in base.claims_from_patterns(NAME, text, listing, [LIST_ITEM])
        if c.sentence_start in first and first[c.sentence_start] < c.start
    ]
    # Only changes in a share of the vote: the sentence must speak of shares or points.
    about_shares: dict[tuple[int, int], bool] = {}

    def speaks_of_shares(c: Claim) -> bool:
        span = (c.sentence_start, c.sentence_end)
        if span not in about_shares:
            about_shares[span] = bool(_SHARE_WORDS.search(text[span[0] : span[1]]))
        return about_shares[span]

    return [c for c in claims if c.cues.get("turnout_line") or speaks_of_shares(c)]


def direction(claim: Claim) -> int:
    word = claim.cues.get("dir", "").lower()
    return -1 if word in _SIGNS_DOWN or re.fullmatch(DOWN, word) else 1


# The measure a change's sentence last named before the figure: "Turnout was 74.3%, down
# 0.5 points on 2015" changes the turnout, not a party's share.
_MEASURE = lazy_compile(r"\b(?:(?P<turnout>turnout|turn-out)|share|vote|votes|support)\b", re.I)
# An election the change is measured against: "on 2015", "on the 1992 turnout", "since 2019".
_AGAINST_YEAR = lazy_compile(
    r"\s+(?:on|from|since|than\s+in|compared\s+(?:with|to))\s+(?:the\s+)?((?:19|20)\d\d)\b", re.I
)


# "... down 36 points on the 1992 turnout": the measure named after the figure.
_ON_TURNOUT = lazy_compile(
    r"(?:\s+points?)?\s+(?:on|from|than)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:turnout|turn-out)\b",
    re.I,
)


def _is_turnout_change(claim: Claim, context: ArticleContext) -> bool:
    if _ON_TURNOUT.match(context.text, claim.end, claim.sentence_end):
        return True
    lead = context.text[claim.sentence_start : claim.start]
    measures = list(_MEASURE.finditer(lead))
    if not measures or not measures[-1].group("turnout"):
        return False
    after = claim.sentence_start + measures[-1].end()
    return not context.mentions_in(context.party_mentions, after, claim.start)


def _turnout_change(claim: Claim, context: ArticleContext) -> Finding:
    """A rise or fall in turnout, in points, against the contest before this one.

    After a boundary change the contest before is the notional result on the new
    boundaries; the old seat of the same name's actual turnout is a reading too.
    """
    resolved = subj.resolve_result(claim, context)
    if isinstance(resolved, str):
        return base.unverifiable(claim, resolved)
    baseline = derive.baseline_result(context.reference, resolved.result)
    if baseline is None:
        return base.unverifiable(claim, "no earlier result to compare the turnout with")
    then = context.reference.elections[baseline.election]
    named = _AGAINST_YEAR.match(context.text, claim.end, claim.sentence_end)
    if named and int(named.group(1)) != then.date.year:
        return base.unverifiable(
            claim, f"the turnout is compared with {named.group(1)}, not the contest before"
        )
    olds = _old_seat_actuals(context, resolved, then, claim)
    named = {
        m.id for m in context.mentions_in(context.seat_mentions, claim.end, claim.sentence_end)
    }
    if olds and olds[0].constituency in named:
        # ("down twelve points on the 71.3% recorded in Aberconwy": the baseline the
        # sentence names first, the notional recast beside it)
        olds, baseline = [baseline], olds[0]
    primary = _against(claim, context, resolved, baseline)
    if isinstance(primary, Finding):
        return primary
    others = [_against(claim, context, resolved, r) for r in olds]
    return base.over_readings(claim, *primary, [o for o in others if not isinstance(o, Finding)])


def _old_seat_actuals(context: ArticleContext, resolved, then, claim: Claim) -> list:
    """The actual result, at the election a notional recast is of, of the old seat that
    bore this seat's name, or of a forerunner the figure's sentence names ("down twelve
    points on the 71.3% recorded in Aberconwy five years ago")."""
    if then.kind != "notional" or not then.base:
        return []
    reference = context.reference
    name = normalise_name(reference.constituencies[resolved.result.constituency].name)
    named = {
        m.id for m in context.mentions_in(context.seat_mentions, claim.end, claim.sentence_end)
    }
    found = []
    for sid in derive.lineage(reference, resolved.result.constituency):
        if normalise_name(reference.constituencies[sid].name) == name or sid in named:
            result = reference.result(then.base, sid)
            if result is not None:
                found.append(result)
    return found[:1]


def _against(claim: Claim, context: ArticleContext, resolved, baseline):
    """The verdict and reading for a turnout change measured from `baseline`, or a Finding
    when the figure cannot be judged or goes the wrong way."""
    then = context.reference.elections[baseline.election]
    now_t, then_t = derive.turnouts(resolved.result), derive.turnouts(baseline)
    if not now_t or not then_t:
        return base.unverifiable(claim, "the turnout of one of the two contests is not recorded")
    # The same definition both times: valid votes over the electorate, or with spoilt ones.
    changes = [a - b for a, b in zip(now_t, then_t, strict=False)]
    subject = subj.describe(context, resolved, "turnout change")
    source = subj.cite(context, resolved)
    claimed_dir = direction(claim)
    official = (
        f"turnout {now_t[0]:.1f}% against {then_t[0]:.1f}% at the "
        f"{subj.election_label(then)} ({base.signed_points(changes[0])})"
    )
    ids = {
        "seat": resolved.result.constituency,
        "contest": resolved.result.election,
        "party": None,
        "candidate": None,
        "baseline": baseline.election,
    }
    if all(c * claimed_dir < 0 and abs(c) >= 0.05 for c in changes):
        finding = Finding(
            claim,
            Verdict.FALSE,
            f"official: {official}; turnout went {'down' if changes[0] < 0 else 'up'}, not "
            f"{'up' if claimed_dir > 0 else 'down'}",
            rule="the direction of a change must match",
            subject=f"{subject} against the {subj.election_label(then)}",
            actual=round(changes[0], 2),
            source=source,
        )
        return finding, base.reading_of(finding, ids, [])
    findings = [
        base.judged(
            claim, abs(c), context, subject=f"{subject} against the {subj.election_label(then)}",
            source=source, official=official, shown=round(c, 2),
        )
        for c in changes
    ]  # fmt: skip
    finding = next((f for f in findings if f.verdict == Verdict.TRUE), findings[0])
    return finding, base.reading_of(finding, ids, [])


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if subj.is_national(claim, context):
        return base.unverifiable(claim, "national changes in vote share are not checked yet")
    if "seat_row" in claim.cues:
        # A table with one row per seat: the row's seat, and its winner's (or column's) party.
        row = base.seat_row_owner(claim, context)
        if isinstance(row, Finding):
            return row
        if row.party is None:
            return base.unverifiable(claim, "the row names no party for this change in vote share")
        party, who = row.party, row.person.id if row.person is not None else None
        return base.judged_over_readings(
            claim, context, row.resolved, lambda r: _judge_under(claim, context, r, party, who)
        )
    if _is_turnout_change(claim, context):
        return _turnout_change(claim, context)
    its_nation = subj.its_branded_nation(claim, context)
    if its_nation is not None:
        # "Scottish Labour was reduced to one MP, Ian Murray in Edinburgh South, and its
        # share slumped to 18.6%, down 8.5 points": the party's branch, in its nation.
        return _nation_change(claim, context, its_nation)
    nation = subj.nation_of(claim, context)
    if nation is not None and subj.person_near(claim, context) is None:
        # "its share of the vote in Scotland fell to 36.9%, down 13.1 points on 2015"
        return _nation_change(claim, context, nation)
    resolved = subj.resolve_result(claim, context)
    if isinstance(resolved, str):
        return base.unverifiable(claim, resolved)
    misfit = subj.block_misfit(claim, context, resolved.result)
    if misfit:
        return base.unverifiable(claim, misfit)
    row = subj.row_subject(claim, context, resolved.result)
    if isinstance(row, str):
        return base.unverifiable(claim, f"the row names {row}, who is not in the official result")
    # (the owner as a share's: "taking 41.7% of the vote, up 10 points" is the taker's)
    party = (
        row.party if row is not None else subj.party_near(claim, context, _owner(claim, context))
    )
    if party is None:
        return base.unverifiable(claim, "no party is named for this change in vote share")
    person = row.id if row is not None and row.kind == "person" else None
    switched = _switched_party(claim, context, resolved) if person is None else None
    if switched:
        return base.unverifiable(claim, switched)

    # A share's "up 20.5%" is read in points, as results services give it: reading it also
    # as a relative rise would let most wrong figures fit one reading or the other.
    # "Labour's share was 37.0%, down 2.3 points" in a paragraph naming no seat, after
    # national figures: the party's change across the country is a reading beside the seat
    # the piece names (see share.verify).
    def national() -> Iterator[Callable[[], tuple[Finding, Reading]]]:
        # (asked only when the seat's reading contradicts the figure: see `over_readings`)
        if (row is None and subj.follows_national(claim, context)) or subj.party_rows_apart(
            claim, context
        ):
            yield lambda: _national_reading(claim, context, party)
        elif (
            row is None
            and person is None
            and not subj.paragraph_names_seat(claim, context)
            and not isinstance(election := subj.general_election_for(claim, context), str)
            and (home := subj.party_home_nation(context, election, party)) is not None
        ):
            # "... in Belfast East. // The DUP share fell 5.4 points to 30.6 per cent": a
            # party of one nation, in a paragraph naming no seat, may be given its change
            # across that nation.
            yield lambda: _national_reading(claim, context, party, home)

    return base.judged_over_readings(
        claim,
        context,
        resolved,
        lambda r: _judge_under(claim, context, r, party, person),
        beyond=national(),
    )


def _national_reading(
    claim: Claim, context: ArticleContext, party: str, nation: str | None = None
) -> tuple[Finding, Reading]:
    """The verdict and reading if the change is the party's across the country (or one
    nation)."""
    finding = _nation_change(claim, context, nation)
    election = subj.general_election_for(claim, context)
    contest = None if isinstance(election, str) else election.id
    ids = {"seat": None, "contest": contest, "party": party, "candidate": None}
    return finding, base.reading_of(finding, ids, [])


def _owner(claim: Claim, context: ArticleContext):
    """The person a change hangs on through the share before it ("taking 41.7% of the vote,
    up 10 points"), else None: the party is then found as for any figure."""
    if subj.share_before_change(claim, context) is None:
        return None
    return subj.person_near(claim, context)


def _nation_change(claim: Claim, context: ArticleContext, nation: str | None) -> Finding:
    """The change in a party's share over a nation's seats (over every seat, with no
    nation), from the general election before to the one the figure is about."""
    election = subj.general_election_for(claim, context)
    if isinstance(election, str):
        return base.unverifiable(claim, election)
    party = subj.party_near(claim, context)
    before = subj.previous_general(context, election)
    if party is None or before is None:
        return base.unverifiable(claim, "no party is named for this change in vote share")
    now = derive.national_share(context.reference, election.id, party, nation)
    then = derive.national_share(context.reference, before.id, party, nation)
    if now is None or then is None:
        missing = election if now is None else before
        return base.unverifiable(claim, subj.area_totals_missing(context, missing, nation))
    change = now - then
    label = subj.party_label(context, party)
    where = f"in {subj.nation_label(nation)}" if nation else "nationally"
    official = f"{label} {base.signed_points(change)} {where} ({now:.1f}% against {then:.1f}%)"
    area = f"share change in {subj.nation_label(nation)}" if nation else "national share change"
    subject = f"{label} {area} — {subj.election_label(election)}"
    return _judged_change(
        claim, context, change, subject, subj.national_source(context, election), official
    )


def _judged_change(
    claim: Claim,
    context: ArticleContext,
    change: float,
    subject: str,
    source: str,
    official: str,
    note: str = "",
) -> Finding:
    """The verdict on a claimed change in share: its direction must match, then its size."""
    claimed_dir = direction(claim)
    if change * claimed_dir < 0 and abs(change) >= 0.05:
        return Finding(
            claim,
            Verdict.FALSE,
            f"official: {official}; the share went {'down' if change < 0 else 'up'}, not "
            f"{'up' if claimed_dir > 0 else 'down'}",
            rule="the direction of a change must match",
            subject=subject,
            actual=round(change, 2),
            source=source,
        )
    return base.judged(
        claim,
        abs(change),
        context,
        subject=subject,
        source=source,
        official=official,
        shown=round(change, 2),
        note=note,
    )


def _switched_party(claim: Claim, context: ArticleContext, resolved) -> str | None:
    """Why a change is unclear when the person it belongs to stood for another party at
    the contest before ("her share was down 38.4 points" for Anna Soubry, a Conservative in
    2017 and Change UK in 2019): her own change and her new party's differ. None else."""
    near = subj.person_near(claim, context)
    if near is None and re.search(
        r"\b(?:his|her)\s+(?:own\s+)?share\b",
        context.text[claim.sentence_start : claim.start],
        re.I,
    ):
        near = subj.pronoun_person(claim, context)
    if near is None or near.id not in context.people:
        return None
    baseline = derive.baseline_result(context.reference, resolved.result)
    now = subj.candidate_in(resolved.result, near.id)
    then = subj.candidate_in(baseline, near.id) if baseline else None
    if now is None or then is None or now.party == then.party:
        return None
    return (
        f"{near.id} stood for another party at the contest before: their own change and "
        "their party's differ"
    )


def _candidate_change(
    context: ArticleContext, result, party: str, person: str | None
) -> tuple[float | None, str]:
    """When a party fielded several candidates (Independents, most often) in this contest
    or the one before, a row's change is its candidate's own: their share now against
    their share then, if they stood both times. Otherwise no party change is theirs."""
    baseline = derive.baseline_result(context.reference, result)
    if baseline is None:
        return None, ""
    several = any(sum(c.party == party for c in r.candidates) > 1 for r in (result, baseline))
    if not several:
        return None, ""
    now = subj.candidate_in(result, person) if person else None
    then = subj.candidate_in(baseline, person) if person else None
    total_now = derive.total_votes(context.reference, result)
    total_then = derive.total_votes(context.reference, baseline)
    if now is None or then is None or not total_now or not total_then:
        return None, "several candidates of this party stood: a change is not one candidate's"
    if now.votes is None or then.votes is None:
        return None, "several candidates of this party stood: a change is not one candidate's"
    return 100.0 * now.votes / total_now - 100.0 * then.votes / total_then, now.name or ""


def _judge_under(
    claim: Claim,
    context: ArticleContext,
    resolved: subj.ResultSubject,
    party: str,
    person: str | None = None,
) -> tuple[Finding, Reading]:
    """The verdict if the figure is the party's change in points in this contest."""
    evidence = list(resolved.evidence)
    ids = resolved.ids(party)
    if person is None and _relative_in_votes(claim, context):
        finding = _relative_vote_change(claim, context, resolved, party)
        return finding, base.reading_of(finding, ids, evidence)
    change = derive.share_change(context.reference, resolved.result, party)
    label = subj.party_label(context, party)
    own, why = _candidate_change(context, resolved.result, party, person)
    if own is not None:
        change, label = own, why
        cand = subj.candidate_in(resolved.result, person or "")
        total = derive.total_votes(context.reference, resolved.result)
        own_share = 100.0 * (cand.votes or 0) / total if cand and total else 0.0
    elif why:
        finding = base.unverifiable(claim, why)
        return finding, base.reading_of(finding, ids, evidence)
    if change is None:
        finding = base.unverifiable(
            claim,
            f"no comparable earlier result for {label} "
            f"in {subj.seat_label(context, resolved.seat)}",
        )
        return finding, base.reading_of(finding, ids, evidence)
    if _rise_without_candidate(claim, resolved.result, party):
        finding = base.unverifiable(
            claim,
            f"{label} had no candidate in {subj.seat_label(context, resolved.seat)} at this "
            "election: a rise in share cannot be its, so the party is misread",
        )
        return finding, base.reading_of(finding, ids, evidence)
    baseline = derive.baseline_result(context.reference, resolved.result)
    base_name = (
        subj.election_label(context.reference.elections[baseline.election]) if baseline else "?"
    )
    now = derive.share(context.reference, resolved.result, party) or 0.0
    if own is not None:
        now = own_share
    official = f"{label} {base.signed_points(change)} ({now:.1f}% against {base_name})"
    subject = subj.describe(context, resolved, f"{label} share change")
    note = "'%' read as percentage points" if "%" in claim.text or "cent" in claim.text else ""
    finding = _judged_change(
        claim, context, change, subject, subj.cite(context, resolved), official, note
    )
    if finding.rule == "the direction of a change must match":
        return finding, base.reading_of(finding, ids, evidence)
    if finding.verdict != Verdict.TRUE and baseline is not None and own is None:
        _from_rounded_shares(claim, context, finding, now, baseline, party)
    if finding.verdict == Verdict.FALSE and baseline is not None and own is None:
        finding = _unless_declared_fits(claim, context, resolved, finding, now, baseline, party)
    finding.doubt = subj.does_not_add_up(resolved.result) or ""
    return finding, base.reading_of(finding, ids, evidence)


# "Labour's vote rose by 34 per cent", "The Labour vote was up 123 per cent on 2015": the
# party's votes as the measure, the figure in per cent (not points): a relative change.
# ("its share of the vote rose by 5%" measures the share.)
_VOTE_MEASURED = lazy_compile(
    r"\b(?<!share\sof\sthe\s)(?<!share\sof\s)(?:vote|votes|tally|total)\b"
    r"(?:\s+(?:[a-z]+\s+){0,3}?)?(?:rose|rise|went\s+up|was\s+up|is\s+up|grew|climbed|increased|"
    r"jumped|soared|fell|dropped|was\s+down|is\s+down|slumped|declined|shrank|went\s+down)\b"
    r"[^.;:\d]{0,20}$",
    re.I,
)


def _relative_in_votes(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure is a relative change in a party's votes ("Labour's vote rose by
    34 per cent"), not a change in its share in points."""
    if "point" in claim.text.lower() or not ("%" in claim.text or "cent" in claim.text.lower()):
        return False
    lead = context.text[max(claim.sentence_start, claim.start - 80) : claim.start]
    return bool(_VOTE_MEASURED.search(lead)) and "share" not in lead.lower()


def _relative_vote_change(
    claim: Claim, context: ArticleContext, resolved: subj.ResultSubject, party: str
) -> Finding:
    """The verdict if the figure is the relative change in the party's votes."""
    label = subj.party_label(context, party)
    baseline = derive.baseline_result(context.reference, resolved.result)
    now = derive.party_votes(resolved.result, party)
    before = derive.party_votes(baseline, party) if baseline is not None else None
    if not now or not before:
        return base.unverifiable(
            claim, f"no earlier vote for {label} to count a change in its votes from"
        )
    change = 100.0 * (now - before) / before
    base_name = subj.election_label(context.reference.elections[baseline.election])
    official = f"{label} votes {before:,} to {now:,} ({change:+.1f}% against {base_name})"
    return _judged_change(
        claim,
        context,
        change,
        subj.describe(context, resolved, f"{label} change in votes"),
        subj.cite(context, resolved),
        official,
        "'vote ... by N per cent' read as a relative change in votes",
    )


def _unless_declared_fits(
    claim: Claim, context: ArticleContext, resolved, finding: Finding, now: float, baseline, party
) -> Finding:
    """A change "on 2019" in a seat redrawn since, false against the notional result, may
    be counted from the old seat of the same name as declared ("her share rose by 9.1
    points on 2019": 28.8% then): both are readings, and one fitting makes it unverifiable."""
    then = context.reference.elections[baseline.election]
    for old in _old_seat_actuals(context, resolved, then, claim):
        before = derive.share(context.reference, old, party)
        if before is None:
            continue
        label = subj.party_label(context, party)
        declared = context.reference.elections[old.election]
        other = _judged_change(
            claim,
            context,
            now - before,
            f"{label} share change against the declared {subj.election_label(declared)}",
            subj.cite(context, resolved),
            f"{label} {base.signed_points(now - before)} ({now:.1f}% against {before:.1f}% "
            f"declared in the old seat)",
        )
        return base.unless_other_fits(claim, finding, other)
    return finding


def _rise_without_candidate(claim: Claim, result, party: str) -> bool:
    """A rise claimed for a party with no candidate in a complete result: the party read for
    the figure is not the one meant (a fall to nothing, by contrast, can be the party's)."""
    if result.partial or derive.party_votes(result, party) is not None:
        return False
    if not any(c.party for c in result.candidates):
        return False
    word = claim.cues.get("dir", "").lower()
    return claim.text.lstrip().startswith("+") or bool(word and re.fullmatch(UP, word))


def _from_rounded_shares(
    claim: Claim, context: ArticleContext, finding: Finding, now: float, baseline, party: str
) -> None:
    """A change given as the difference of the two shares each rounded as the claim is
    ("+1.9" from 9.6% and 7.7%, where the exact change is 1.95): true under that reading."""
    before = derive.share(context.reference, baseline, party)
    if before is None or claim.quantity.step <= 0:
        return
    digits = max(0, round(-math.log10(claim.quantity.step)))
    rounded = round(round(now, digits) - round(before, digits), digits)
    if rounded * direction(claim) < 0:
        return
    if judge(claim.quantity, abs(rounded), context.tolerances).verdict != Verdict.TRUE:
        return
    finding.verdict = Verdict.TRUE
    finding.reason += (
        f"; {claim.quantity.as_written} is the difference of the shares rounded as written "
        f"({round(now, digits)}% against {round(before, digits)}%)"
    )
