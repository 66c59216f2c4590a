"""swing: "a swing of 12% from Labour to the Conservatives", "a 7.5-point swing to Reform".

Swing is the Commons Library's two-party ("Butler") swing: the average of one
party's rise in share and the other's fall, in percentage points, measured
against the same baseline as share changes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from factcheck.claims import Claim, Finding, Reading
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.kinds.turnout import undated_namesakes
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "swing"
CODE = "FC115"
SUMMARY = "the two-party swing between two parties"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("percent",)
RULE = (
    "The two-party ('Butler') swing: half the difference of the two parties' changes in share, "
    "in points, against the same baseline as share changes. With no destination named, the "
    "swing went to the contest's winner; with no origin, it came from the seat's previous "
    "holder (a seat that did not change hands names neither, and is unverifiable). Swing is "
    "also used loosely for the gaining party's rise alone: a figure is false only when it fits "
    "neither. National swings are not checked yet."
)
EXAMPLES = (
    Example(
        (
            "The Conservatives won the Copeland by-election. There was a swing of 6.7% from "
            "Labour to the Conservatives."
        ),
        "6.7%",
        "true",
        official="6.69",
        date="2017-02-24",
    ),
    Example(
        (
            "The Conservatives won the Copeland by-election. There was a swing of 12% from "
            "Labour to the Conservatives."
        ),
        "12%",
        "false",
        official="6.69",
        date="2017-02-24",
    ),
)
PRECEDENCE = 120
RESULT = True
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("swing", "swung")
_PCT = r"(?P<unit>\s?%|\s*per\s?cent\b|[\s-]*(?:percentage[\s-])?points?\b)"
PATTERNS = [
    base.pattern(
        rf"\bswing\s*[:,]?\s+(?:of\s+)?{base.HEDGED}{base.NUM_DIGITS}{_PCT}(?P<rest>{base.CLAUSE}{{0,80}})",
        "percent",
    ),
    base.pattern(rf"{base.NUM_DIGITS}{_PCT}\s+swing(?P<rest>{base.CLAUSE}{{0,80}})", "percent"),
    # "voters swung to the Liberal Democrats by 25 points": swing as a verb.
    base.pattern(
        rf"\bsw(?:ing|ung|inging)\s+(?:back\s+)?(?:to|towards|from)\b(?P<mid>{base.CLAUSE}{{1,50}}?)"
        rf"\bby\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}(?P<rest>{base.CLAUSE}{{0,40}})",
        "percent",
        needs=("swung", "swing"),
    ),
    # "The swing from the Conservatives to Labour was 12.7%": the parties before the figure.
    base.pattern(
        rf"\bswing\b(?P<mid>{base.CLAUSE}{{1,60}}?)(?:\b(?:was|is|of|stood\s+at|reached|came\s+to|"
        rf"amounted\s+to)|:)\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}(?P<rest>{base.CLAUSE}{{0,40}})",
        "percent",
    ),
]


# "it would take a swing of 3.2% for ...", "the 7% swing that would mean ...": a swing
# needed or imagined, not one that happened.
_HYPOTHETICAL_BEFORE = lazy_compile(rf"\b(?:{alternation(lx.HYPOTHETICAL_SWING_BEFORE)})\b", re.I)
_HYPOTHETICAL_AFTER = lazy_compile(rf"\b(?:{alternation(lx.HYPOTHETICAL_SWING_AFTER)})\b", re.I)


def extract(text, sentences) -> list[Claim]:
    return [
        c
        for c in base.claims_from_patterns(NAME, text, sentences, PATTERNS)
        if not _hypothetical(text, c)
    ]


# "a swing of just 0.6%", "a 3% swing": the swing brought in by an indefinite article.
_INDEFINITE_SWING = lazy_compile(
    # (a hedge may stand before the figure: "a swing of just over 2% would be enough")
    r"\ban?\s+(?:(?:[\w-]+\s+){0,2}swing\s+of\s+(?:[a-z]+\s+){0,3}?"
    r"|(?:mere\s+|small\s+)?)$",
    re.I,
)
_MODAL_AFTER = lazy_compile(
    rf"^\W*(?:swing\b)?\W*(?:[\w-]+\s+){{0,7}}?(?:{alternation(lx.HYPOTHETICAL_SWING_MODALS)})\b",
    re.I,
)


def _hypothetical(text: str, claim: Claim) -> bool:
    """Whether the swing's own clause makes it needed or imagined, not one that happened."""
    start, end = _own_clause(text, claim)
    return bool(
        _HYPOTHETICAL_BEFORE.search(text[start : claim.start])
        or _HYPOTHETICAL_AFTER.search(text[claim.end : end])
        or (
            _INDEFINITE_SWING.search(text[start : claim.start])
            and _MODAL_AFTER.search(text[claim.end : end])
        )
    )


def _own_clause(text: str, claim: Claim) -> tuple[int, int]:
    """The swing's own clause: from the last clause break before it to the next after it."""
    head = text[claim.sentence_start : claim.start]
    breaks = [m.end() for m in re.finditer(r"[,;:–—]\s", head)]
    start = claim.sentence_start + (breaks[-1] if breaks else 0)
    tail = re.search(r"[,;:–—]\s", text[claim.end : claim.sentence_end])
    end = claim.end + tail.start() if tail else claim.sentence_end
    return start, end


_SWING_WORD = lazy_compile(r"\bsw(?:ing|ung|inging)\b", re.I)


def _parties(claim: Claim, context: ArticleContext) -> tuple[str | None, str | None]:
    """The parties swung from and to, named in the swing's own phrase.

    "a swing of 12% from Labour to the Tories" names them after the figure; "the swing
    from the Conservatives to Labour was 12.7%" between the word "swing" and the figure.
    """
    text = context.text
    head = text[claim.sentence_start : claim.start]
    words = list(_SWING_WORD.finditer(head))
    phrase_start = claim.sentence_start + words[-1].end() if words else claim.end
    rest_end = min(claim.sentence_end, claim.end + len(claim.cues.get("rest", "")) + 8)
    # "a Conservative to Labour swing of 12.7%": the parties just before the word, in its
    # clause.
    if words:
        lead_start = max(claim.sentence_start, claim.sentence_start + words[-1].start() - 40)
        lead = text[lead_start : claim.sentence_start + words[-1].start()]
        cut = max(lead.rfind(","), lead.rfind(";"))
        phrase_start = lead_start + cut + 1
    mentions = context.mentions_in(context.party_mentions, phrase_start, rest_end)
    source = target = None
    for m in mentions:
        if claim.start <= m.start < claim.end:
            continue
        lead = text[max(phrase_start, m.start - 12) : m.start]
        if re.search(r"\bfrom\s+(?:the\s+)?$", lead) and source is None:
            source = m.id
        elif re.match(r"\s+to\s", text[m.end : m.end + 5]) and source is None:
            source = m.id  # "Con to LD"
        elif re.search(r"\bto(?:wards)?\s+(?:the\s+)?$", lead) and target is None:
            target = m.id
    if source is None and target is None:
        # "Swing: 16.0% Lab to C": results-service abbreviations right after the figure.
        short = _ABBREVIATED_PAIR.match(text, claim.end, claim.sentence_end)
        if short:
            source, target = (_abbreviated(context, short.group(g)) for g in (1, 2))
            if source is None or target is None:
                source = target = None
    return source, target


_ABBREVIATED_PAIR = lazy_compile(
    r"\s*(?:%|per\s?cent|points?)?\s+([A-Z][A-Za-z]{0,4})\s+to\s+([A-Z][A-Za-z]{0,4})\b"
)


def _abbreviated(context: ArticleContext, word: str) -> str | None:
    """The party a results-service abbreviation stands for ("C", "Lab", "LD", "Grn")."""
    key = word.lower()
    ids = context.reference.party_names.get(key) or (
        {lx.ROW_PARTY_ABBREVIATIONS[key]} if key in lx.ROW_PARTY_ABBREVIATIONS else set()
    )
    ids &= set(context.reference.parties)
    return next(iter(ids)) if len(ids) == 1 else None


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if subj.is_national(claim, context):
        return base.unverifiable(claim, "national swings are not checked yet")
    if subj.nation_of(claim, context) is not None:
        # "North of the border the swing to the Conservatives was less than 1 per cent":
        # a nation's swing, never the seat named in the sentence before.
        return base.unverifiable(claim, "a nation's swing: not checked yet")
    if "seat_row" in claim.cues:
        return _seat_row(claim, context)
    resolved = subj.resolve_result(claim, context)
    if isinstance(resolved, str):
        return base.unverifiable(claim, resolved)
    source, target = _parties(claim, context)
    readings = _judge_under(claim, context, resolved, source, target)
    if isinstance(readings, Finding):
        return readings
    primary, *rest = readings
    if subj.follows_national(claim, context):
        # "The swing from Labour to the Conservatives was 5.2%" after national figures, in a
        # paragraph naming no seat: the swing across the country is a reading too.
        rest += _national_reading(claim, context, source, target)
    # Judged only when the first reading is false (`over_readings` asks for them then): an
    # article reporting hundreds of contests has as many other readings of each swing.
    others = (
        r
        for o in itertools.chain(
            _other_seats(claim, context, resolved), undated_namesakes(context, resolved)
        )
        for r in _as_list(_judge_under(claim, context, o, source, target))
    )
    return base.over_readings(claim, *primary, itertools.chain(rest, others))


def _national_reading(
    claim: Claim, context: ArticleContext, source: str | None, target: str | None
) -> list[tuple[Finding, Reading]]:
    """The Butler swing between the two named parties across the country, as a reading (none
    when a party is not named or the national totals are not recorded)."""
    election = subj.general_election_for(claim, context)
    if source is None or target is None or isinstance(election, str):
        return []
    before = subj.previous_general(context, election)
    if before is None:
        return []
    shares = [
        derive.national_share(context.reference, e.id, p)
        for e in (election, before)
        for p in (target, source)
    ]
    if None in shares:
        return []
    gain, loss = shares[0] - shares[2], shares[1] - shares[3]
    a, b = subj.party_label(context, source), subj.party_label(context, target)
    finding = _butler(
        claim,
        context,
        f"national swing from {a} to {b} — {subj.election_label(election)}",
        subj.national_source(context, election),
        a,
        b,
        gain,
        loss,
        where=" across the country",
    )
    ids = {"seat": None, "contest": election.id, "party": target, "candidate": None}
    return [(finding, base.reading_of(finding, ids, []))]


def _seat_row(claim: Claim, context: ArticleContext) -> Finding:
    """A swing in a table with one row per seat: towards the row's winner, from the party
    its result cell says lost the seat ("Lab gain from Con"); a hold, or a row that names
    no loser, names neither party (both ways are readings, see `_judge_under`)."""
    row = base.seat_row_owner(claim, context)
    if isinstance(row, Finding):
        return row
    resolved = row.resolved
    winner = derive.winning_party(context.reference, resolved.result)
    if row.party is not None and row.party != winner:
        return base.unverifiable(
            claim,
            f"the row's winner ({subj.party_label(context, row.party)}) did not win "
            f"{subj.seat_label(context, resolved.seat)} at the "
            f"{subj.election_label(resolved.election)}",
        )
    source, target = (row.beaten, row.party) if row.beaten and not row.held else (None, None)
    readings = _judge_under(claim, context, resolved, source, target)
    if isinstance(readings, Finding):
        return readings
    primary, *rest = readings
    others = (
        r
        for o in subj.other_readings(claim, context, resolved)
        for r in _as_list(_judge_under(claim, context, o, source, target))
    )
    return base.over_readings(claim, *primary, itertools.chain(rest, others))


def _as_list(found: list | Finding) -> list:
    return [] if isinstance(found, Finding) else found


def _other_seats(
    claim: Claim, context: ArticleContext, resolved: subj.ResultSubject
) -> Iterator[subj.ResultSubject]:
    """Where no seat is named in the swing's sentence and the article reports several
    contests, each other reported contest is a reading too ("...as Tories lose Tiverton
    too. ... The swing from Conservative to Labour was 12.7%")."""
    if context.nearest(context.seat_mentions, claim.start, same_sentence=True) is not None:
        return
    for seat, election in context.focus.items():
        result = context.result_for(seat, election) if seat != resolved.seat else None
        if result is not None:
            yield subj.ResultSubject(seat, election, result, "another reported contest")


def _judge_under(
    claim: Claim,
    context: ArticleContext,
    resolved: subj.ResultSubject,
    source: str | None,
    target: str | None,
) -> list[tuple[Finding, Reading]] | Finding:
    """The readings of the figure as a swing in this contest: Butler's, and the gainer's rise
    (or the reason the contest cannot say)."""
    reference = context.reference
    baseline = derive.baseline_result(reference, resolved.result)
    if baseline is None:
        return base.unverifiable(claim, "no earlier result to measure a swing from")
    implied = []
    winner = derive.winning_party(reference, resolved.result)
    before = derive.winning_party(reference, baseline)
    top = derive.ranked(reference, resolved.result)
    second = top[1].party if len(top) > 1 and top[1].party != winner else None
    if target is None and source is None and winner is not None and winner == before:
        # "held the seat despite a swing of 9%": a hold names neither party; the swing
        # may be either way between the holder and the runner-up, each a reading.
        if second is None:
            return base.unverifiable(claim, "the parties the swing is between are not named")
        found = []
        for a, b in ((winner, second), (second, winner)):
            got = _judge_under(claim, context, resolved, a, b)
            if not isinstance(got, Finding):
                found += got
        return found or base.unverifiable(claim, "the parties the swing is between are not named")
    if target is None:
        # "a 25% swing from the Tories": the swing went to the contest's winner; away from
        # a winner that held the seat ("a swing of 8.9% from the SNP"), to the runner-up.
        if winner is not None and winner == source and second is not None:
            target = second
            implied.append("to the runner-up")
        elif winner is None or winner == source or source is None and winner == before:
            return base.unverifiable(claim, "the party the swing went to is not named")
        else:
            target = winner
            implied.append("to the winner")
    if source is None:
        # "a swing of almost 30 per cent" to the winner: from the seat's previous holder.
        if before is None or before == target:
            return base.unverifiable(claim, "the party the swing came from is not named")
        source = before
        implied.append("from the previous holder")
    gain = derive.share_change(reference, resolved.result, target)
    loss = derive.share_change(reference, resolved.result, source)
    if gain is None or loss is None:
        return base.unverifiable(
            claim, "shares for both parties are not available at both elections"
        )
    a, b = subj.party_label(context, source), subj.party_label(context, target)
    note = f"parties not named: read {' and '.join(implied)}" if implied else ""
    ids = resolved.ids(target)
    butler = _butler(
        claim,
        context,
        subj.describe(context, resolved, f"swing from {a} to {b}"),
        subj.cite(context, resolved),
        a,
        b,
        gain,
        loss,
        note,
    )
    # Swing is also used loosely for the gaining party's rise in share alone: a figure that
    # fits either definition is not false.
    rise = base.judged(
        claim,
        gain if gain > 0 else -1.0,
        context,
        subject=subj.describe(context, resolved, f"{b} rise in share"),
        source=subj.cite(context, resolved),
        official=f"{b} {base.signed_points(gain)}",
        shown=round(gain, 2),
        note=note,
    )
    # (a record that does not add up may have the slip: never false on it alone)
    baseline = derive.baseline_result(context.reference, resolved.result)
    doubt = subj.does_not_add_up(resolved.result) or (
        subj.does_not_add_up(baseline) if baseline is not None else None
    )
    butler.doubt = rise.doubt = doubt or ""
    return [
        (butler, base.reading_of(butler, ids, resolved.evidence)),
        (rise, base.reading_of(rise, ids, resolved.evidence)),
    ]


def _butler(claim, context, subject, source, a, b, gain, loss, note="", where="") -> Finding:
    """The two-party (Butler) swing: half the gainer's rise plus the loser's fall."""
    swing = (gain - loss) / 2
    if swing < 0:
        return base.judged(
            claim,
            -1.0,  # a swing the other way can never match a positive claimed figure
            context,
            subject=subject,
            source=source,
            official=f"the swing was {abs(swing):.1f} points the other way{where}, from {b} to {a}",
            shown=round(swing, 2),
            note=note,
        )
    return base.judged(
        claim,
        swing,
        context,
        subject=subject,
        source=source,
        official=f"{swing:.1f} points{where} ({b} {gain:+.1f}, {a} {loss:+.1f}, halved difference)",
        shown=round(swing, 2),
        note=note,
    )
