"""party_strength: a party's seats in the Commons at a date, "the Lib Dems now have 12 MPs".

Also a list of party strengths, one party a line ("Conservatives - 364 seats",
"Labour - 198", ...) under a heading about seats or the Commons.

The total is computed from the data: the seats the party won at the last general
election before the article, plus its by-election gains and minus its by-election
losses since. Defections, suspensions, whip changes and deaths are not in the data, so
a figure that differs from the computed total may still be right: it is `unverifiable`
(naming the computed total), never `false`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factcheck.claims import Claim, Finding, Verdict
from factcheck.judge import judge
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import Sentence, lazy_compile
from factcheck.reference import coverage, derive
from factcheck.reference.index import normalise_name
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "party_strength"
CODE = "FC118"
SUMMARY = "a party's seats in the Commons at a date (general election plus by-elections)"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("count",)
RULE = (
    "A party's MPs at the article's date: the seats it won at the last general election before "
    "it, plus its by-election gains and minus its losses since. Defections, suspensions, whip "
    "changes and deaths are not in the data, so a figure that differs from the computed total "
    "may still be right: it is unverifiable (naming the computed total), never false."
)
VERDICTS = {
    "false": "never: a figure that differs from the computed total is unverifiable and names it",
}
EXAMPLES = (
    Example(
        (
            "Sarah Green won the Chesham and Amersham by-election for the Liberal Democrats. "
            "The Liberal Democrats now have 12 MPs."
        ),
        "12 MPs",
        "true",
        official="12",
        date="2021-06-19",
    ),
    Example(
        (
            "Sarah Green won the Chesham and Amersham by-election for the Liberal Democrats. "
            "The Liberal Democrats now have 14 MPs."
        ),
        "14 MPs",
        "unverifiable",
        official="12",
        date="2021-06-19",
    ),
)
PRECEDENCE = 95
RESULT = False
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("mps", "seats", "members of parliament")

_NOUN = (
    r"(?P<unit>\s+(?:MPs|seats(?:\s+in\s+(?:the\s+)?(?:Commons|Parliament))?|"
    r"members\s+of\s+parliament))\b"
)
_PRESENT = rf"(?:{alternation(lx.STRENGTH_VERBS)})"
PATTERNS = [
    # "the Lib Dems now have 12 MPs", "the party has 12 seats", "taking the party to 12 MPs"
    base.pattern(
        rf"\b{_PRESENT}\s+(?:(?:just|only|now)\s+)?{base.NUM}{_NOUN}(?!\s+(?:more|fewer|less|than))",
        "count",
    ),
    # "giving the Liberal Democrats 12 MPs", "gives them 13 seats"
    base.pattern(
        rf"\bgiv(?:e|es|ing)\s+(?:them|it|the\s+party|(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)\s+"
        rf"{base.NUM}{_NOUN}(?!\s+(?:more|fewer|less|than))",
        "count",
        needs=("giv",),
    ),
    # "the number of Lib Dem MPs rises to 12", "their tally of MPs stands at 13"
    base.pattern(
        rf"\b(?:number|total|tally|count)\s+of\s+(?:[\w'’]+\s+){{0,3}}?(?:MPs|seats)\b[^.;]{{0,30}}?"
        rf"\b(?:to|at|is|now)\s+{base.NUM}(?P<unit>)(?!\s*(?:%|per|more|fewer))",
        "count",
        needs=("number", "total", "tally", "count"),
    ),
]
# One row of a list of party strengths: "Conservatives – 364 seats", "Lib Dem: 12".
_ROW = lazy_compile(
    r"^[ \t]*(?:[-*•]\s+)?(?P<label>[A-Z][\w'’&.]*(?:[ \t]+[A-Z&][\w'’&.]*){0,4})[ \t]*"
    r"(?:[-–—:]|\.{2,})[ \t]*(?P<n>\d{1,3})(?P<unit>[ \t]+(?:seats|MPs))?[ \t]*$",
    re.M,
)
# A heading or first row that makes such a list a count of seats.
_LIST_CUE = lazy_compile(
    rf"\b(?:{alternation(lx.STRENGTH_LIST_CUES)})\b",
    re.I,
)
# How far before the figure the party that owns it may be named in its sentence, with
# no clause break between: the party is the subject of the count ("the Lib Dems now have").
PARTY_REACH = 30
_CLAUSE_BREAK = lazy_compile(r"[,;:–—()]|\b(?:and|but|while|who|which|that|where|when)\b", re.I)
# For this many days after a general election (with no by-election since), a party's
# MPs are taken to be the seats it won: a count that differs is false. Later,
# defections and suspensions the data does not hold may explain it.
SETTLED_DAYS = 7
# How far above a list its heading may be, and how few rows make a list.
LIST_LEAD = 250
MIN_ROWS = 3


# "would have 400 seats": a projection, not the party's strength.
_MODAL_BEFORE = lazy_compile(
    rf"\b(?:{alternation(lx.STRENGTH_MODALS)})\s+(?:\w+\s+)?{_PRESENT}\s+(?:(?:just|only|now)\s+)?$",
    re.I,
)
# "four seats in Wales": a region's MPs, not the party's whole strength.
_REGION = lazy_compile(rf"\b(?:{alternation(lx.STRENGTH_REGIONS)})\b", re.I)
# "the number of MPs would rise to 14": any modal verb just before the figure.
_MODAL_VERB = lazy_compile(r"\b(?:would|could|might|may|will|should|must)\b", re.I)
# "have 20 seats on the council": another body's seats.
_OTHER_BODY = lazy_compile(rf"\b(?:{alternation(lx.OTHER_CONTESTS)})\b", re.I)


def extract(text: str, sentences: list[Sentence]) -> list[Claim]:
    claims = [
        c
        for c in base.claims_from_patterns(NAME, text, sentences, PATTERNS)
        if not _MODAL_BEFORE.search(text[max(c.sentence_start, c.start - 60) : c.start])
        and not _MODAL_VERB.search(text[max(c.sentence_start, c.start - 40) : c.start])
        and not _OTHER_BODY.search(text[c.sentence_start : c.sentence_end])
        and not _REGION.search(text[c.sentence_start : c.sentence_end])
    ]
    claims += _list_rows(text, sentences)
    return claims


def _list_rows(text: str, sentences: list[Sentence]) -> list[Claim]:
    """Rows of a block of party-strength lines: every row "Party - N", the block about seats."""
    # (a row begins a line: the places tried are the lines' starts)
    rows = list(base.line_start_matches(_ROW, text))
    blocks: list[list[re.Match[str]]] = []
    for m in rows:
        gap = text[blocks[-1][-1].end() : m.start()] if blocks else None
        if gap is not None and gap.strip() == "":
            blocks[-1].append(m)
        else:
            blocks.append([m])
    claims = []
    for block in blocks:
        if len(block) < MIN_ROWS:
            continue
        lead = text[max(0, block[0].start() - LIST_LEAD) : block[0].start()]
        heading = _last_line(lead)
        if not (_LIST_CUE.search(heading) or any(m.group("unit") for m in block)):
            continue
        # The small rows of a list of votes ("Green - 652" under rows of thousands) are
        # not strengths: the lines either side of the block must hold no vote counts.
        after = text[block[-1].end() : block[-1].end() + 200].strip().split("\n", 1)[0]
        if _VOTE_COUNT.search(heading) or _VOTE_COUNT.search(after):
            continue
        if _REGION.search(lead[-120:]):
            continue  # "Scotland's MPs:" — a region's list
        for m in block:
            claim = _row_claim(text, sentences, m)
            if claim is not None:
                claims.append(claim)
    return claims


_VOTE_COUNT = lazy_compile(r"\d,\d{3}|\d{4}")


def _last_line(text: str) -> str:
    """The last non-blank line of a text: a list's heading."""
    lines = [line for line in text.split("\n") if line.strip()]
    return lines[-1] if lines else ""


_ROW_NUMBER = base.pattern(r"(?P<n>\d+)", "count")


def _row_claim(text: str, sentences: list[Sentence], m: re.Match[str]) -> Claim | None:
    s = next((s for s in sentences if s.start <= m.start("n") < s.end), None)
    if s is None:
        return None
    claim = base.claim_from_match(NAME, text, s, _Shifted(m, s.start), _ROW_NUMBER)
    if claim is not None:
        claim.cues["row_label"] = m.group("label")
    return claim


@dataclass
class _Shifted:
    """A row found in the whole text, seen from its sentence as `claim_from_match` reads it."""

    row: re.Match[str]
    offset: int

    def start(self, group: str = "n") -> int:
        return self.row.start(group) - self.offset

    def end(self, group: str = "n") -> int:
        return self.row.end(group) - self.offset

    def groupdict(self) -> dict[str, str | None]:
        return {"n": self.row.group("n"), "unit": self.row.group("unit")}


@dataclass(frozen=True)
class Strength:
    """A party's computed seats at a date, with the changes since the general election."""

    seats: int
    unknown: int  # seats at the general election whose winner's party is not recorded
    election: object
    gains: list[str]
    losses: list[str]
    gap: str | None  # why by-elections in the span may be missing from the data


def strength(context: ArticleContext, party: str, date: dt.date) -> Strength | None:
    """Seats won at the last general election on or before `date`, plus by-election changes."""
    reference = context.reference
    generals = [e for e in reference.general_elections() if e.date <= date]
    if not generals:
        return None
    election = generals[-1]
    totals = derive.election_totals(reference, election.id)
    if totals is None:
        return None
    seats = totals.seats.get(party, 0)
    gains, losses = [], []
    by_elections = sorted(
        (
            e
            for e in reference.elections.values()
            if e.kind == "by-election" and election.date < e.date <= date
        ),
        key=lambda e: e.date,
    )
    for e in by_elections:
        for result in reference.results.for_election(e.id):
            winner = derive.winning_party(reference, result)
            before = derive.holder_before(reference, result.constituency, e.date)
            if winner == before:
                continue
            where = f"{subj.seat_label(context, result.constituency)} {e.date.year}"
            if winner == party:
                seats += 1
                gains.append(where)
            elif before == party:
                seats -= 1
                losses.append(where)
    gap = coverage.gap_reason(reference, election.date, date + dt.timedelta(days=1))
    return Strength(seats, totals.seats.get("", 0), election, gains, losses, gap)


def _row_party(label: str, context: ArticleContext, date: dt.date) -> str | None:
    """The party a row's label names: of the parties the name may mean, the one with seats.

    "Alliance" is the SDP-Liberal Alliance or the Alliance Party of Northern Ireland; of
    such namesakes, the one that won seats at the general election before the date.
    """
    ids = context.reference.party_names.get(normalise_name(re.sub(r"['’]s?$", "", label)))
    if not ids:
        return None
    if len(ids) == 1:
        return next(iter(ids))
    generals = [e for e in context.reference.general_elections() if e.date <= date]
    totals = derive.election_totals(context.reference, generals[-1].id) if generals else None
    seated = [p for p in sorted(ids) if totals and totals.seats.get(p)]
    return seated[0] if len(seated) == 1 else None


_SENTENCE_STOP = lazy_compile(r"[.?!]\s|\n\s*\n")


def _party(claim: Claim, context: ArticleContext) -> str | None:
    """The party the count is about: named before the figure in its sentence, else in the
    sentence before ("How many seats do the Lib Dems have now? They now have 12 MPs")."""
    before = context.mentions_in(context.party_mentions, claim.sentence_start, claim.start)
    seats = context.mentions_in(context.seat_mentions, claim.sentence_start, claim.start)
    if before:
        last = before[-1]
        # "Bolsover had returned a Labour MP ... and has had only two MPs": a seat named
        # after the party is what the count is about; so is a party named far back.
        gap = context.text[last.end : claim.start]
        if (
            any(m.start > last.start for m in seats)
            or len(gap) > PARTY_REACH
            or _CLAUSE_BREAK.search(gap)
        ):
            return None
        return last.id
    if seats or context.people_in(claim.sentence_start, claim.start):
        return None  # the count is about the seat or person the sentence names
    if re.search(
        r"\b(?:the\s+)?government\b", context.text[claim.sentence_start : claim.start], re.I
    ):
        # "The government now has 322 MPs": the party in office, never a party named before.
        when = context.anchor_date
        governing = derive.governing_parties(context.reference, when) if when else ()
        return governing[0] if len(governing) == 1 else None
    origin = max(0, claim.sentence_start - 200)
    lead = context.text[origin : claim.sentence_start].rstrip()
    stops = list(_SENTENCE_STOP.finditer(lead))
    cut = stops[-1].end() if stops else 0
    earlier = context.mentions_in(context.party_mentions, origin + cut, claim.sentence_start)
    return earlier[-1].id if earlier else None


def verify(claim: Claim, context: ArticleContext) -> Finding:
    date = context.anchor_date
    if date is None:
        return base.unverifiable(claim, "the article gives no date for this count of MPs")
    label = claim.cues.get("row_label")
    party = _row_party(label, context, date) if label else _party(claim, context)
    if party is None:
        what = f"'{label}' is not one party the data records" if label else "no party is named"
        return base.unverifiable(claim, f"{what} for this number of MPs")
    finding = _judge(claim, context, party, date)
    if finding.subject:
        ids = {"seat": None, "contest": None, "party": party, "candidate": None}
        reading = base.reading_of(finding, ids, [])
        reading.chosen = True
        finding.readings = [reading]
    return finding


def _judge(claim: Claim, context: ArticleContext, party: str, date: dt.date) -> Finding:
    """The verdict on a count of the party's MPs at the date."""
    found = strength(context, party, date)
    label = subj.party_label(context, party)
    if found is None:
        return base.unverifiable(claim, f"no general election before {date:%-d %B %Y}")
    ge = subj.election_label(found.election)
    subject = f"{label} MPs on {date:%-d %B %Y}"
    source = subj.national_source(context, found.election)
    changes = "".join(
        [
            f", +1 at {', '.join(found.gains)}" if found.gains else "",
            f", -1 at {', '.join(found.losses)}" if found.losses else "",
        ]
    )
    how = f"{found.seats} ({ge}{changes} by-elections)" if changes else f"{found.seats} ({ge})"
    if found.unknown:
        return base.unverifiable(
            claim,
            f"computed {how}, but {found.unknown} seats' winners are not recorded by party",
            subject=subject,
        )
    j = judge(claim.quantity, found.seats, context.tolerances)
    if j.verdict in (Verdict.TRUE, Verdict.APPROXIMATELY_TRUE):
        return Finding(
            claim,
            j.verdict,
            f"official: {how}; seats won at the general election and changed hands at "
            f"by-elections since ({j.rule})",
            rule=j.rule,
            subject=subject,
            actual=found.seats,
            source=source,
        )
    days = (date - found.election.date).days
    # Only an article's own date settles it: a date inferred from the text may be wrong.
    dated = context.info.date is not None
    if dated and days <= SETTLED_DAYS and not (found.gains or found.losses):
        # Days after a general election, a party's MPs are the seats it won: the data
        # settles the count (allowing the Speaker to be counted with their old party).
        from factcheck.kinds.seats import speakers_party

        if speakers_party(context, found.election) == party:
            with_speaker = judge(claim.quantity, found.seats + 1, context.tolerances)
            if with_speaker.verdict != Verdict.FALSE:
                return base.unverifiable(
                    claim,
                    f"{found.seats} seats won at the {ge}, {found.seats + 1} counting the "
                    "Speaker with their old party: the text does not say which",
                    subject=subject,
                )
        tally = base.results_night_tally(claim, context, found.election.date, found.seats)
        if tally:
            return base.unverifiable(claim, f"{tally}; official: {how}", subject=subject)
        return Finding(
            claim,
            Verdict.FALSE,
            f"official: {how}; {days} day(s) after the general election a party's MPs are "
            f"the seats it won ({j.rule})",
            rule=j.rule,
            subject=subject,
            actual=found.seats,
            source=source,
        )
    missing = f"; {found.gap}" if found.gap else ""
    return Finding(
        claim,
        Verdict.UNVERIFIABLE,
        f"computed {how}; defections, suspensions and whip changes are not in the data, "
        f"so a different figure may be right{missing}",
        subject=subject,
        actual=found.seats,
        source=source,
    )
