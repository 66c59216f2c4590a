"""Finding the numeric claims in an article's text."""

from __future__ import annotations

import re
from functools import cache

from factcheck.claims import Claim
from factcheck.language.sentences import split_sentences
from factcheck.language.tables import Cover, poll_spans, seat_header_spans


def extract_claims(
    text: str, *, skipped: list[tuple[int, int]] | None = None, kinds: set[str] | None = None
) -> list[Claim]:
    """Every claim in the text, in text order; a number belongs to at most one claim."""
    from factcheck.kinds import rows
    from factcheck.kinds.registry import ORDER

    sentences = split_sentences(text)
    lowered = text.lower()
    # Lists of polls, forecasts or dates hold no results, whatever their figures' shape.
    # A seat table's header names its columns: a year in it is no claim ("Maj 2015").
    skipped = sorted([*(skipped or []), *poll_spans(text), *seat_header_spans(text)])
    cover = Cover(skipped)
    taken: set[int] = set()
    claims: list[Claim] = []
    # The cells of results blocks first: a figure in a table is read by its column.
    for claim in [*rows.claims(text), *rows.seat_claims(text)]:
        if kinds is not None and claim.kind not in kinds:
            continue
        if cover.holds(claim.start):
            continue
        taken.update(range(claim.start, claim.end))
        claims.append(claim)
    for kind in ORDER:
        if kinds is not None and kind.NAME not in kinds:
            continue
        # A kind whose cue words are absent cannot match: skip it (and compiling it).
        if not any(word in lowered for word in kind.TRIGGERS):
            continue
        for claim in sorted(kind.extract(text, sentences), key=lambda c: c.start):
            # Claims are short: the characters they cover make an overlap test linear.
            if any(i in taken for i in range(claim.start, claim.end)):
                continue
            if cover.holds(claim.start):
                continue
            taken.update(range(claim.start, claim.end))
            claims.append(claim)
    for claim in _elided(text, sentences, claims, taken, kinds):
        if not cover.holds(claim.start):
            taken.update(range(claim.start, claim.end))
            claims.append(claim)
    return sorted(claims, key=lambda c: c.start)


# A relative clause opened after a comma and still open: ", who took the seat in 2019 with".
_OPEN_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,;:]*$")


def _elided(text, sentences, claims, taken, kinds) -> list[Claim]:
    """Figures that carry on a claim's measure in its own sentence, in a parallel form
    after a link ("by 298 votes in 1951 and by only 185 in 1955", "4,331 in 2019, and it
    was 733 in 2015", "a majority of 3,435, which he cut to 1,609"): claims of the same
    kind. Each new one may carry the measure on again ("7,967 in 2015, 14,969 in 2017")."""
    from factcheck.kinds import base
    from factcheck.language import lexicon as lx

    by_start = {s.start: s for s in sentences}
    found: list[Claim] = []
    for claim in sorted(claims, key=lambda c: c.start):
        # Follow the chain from each claim of a measure that can be carried on.
        while claim.kind in lx.ELIDED_MEASURES and (kinds is None or claim.kind in kinds):
            sentence = by_start.get(claim.sentence_start)
            if sentence is None or sentence.end <= claim.end:
                break
            unit = lx.ELIDED_MEASURES[claim.kind]
            if (
                claim.kind == "majority"
                and _OPEN_RELATIVE.search(text, sentence.start, claim.start)
                and re.match(r"\s*,", text[claim.end : claim.end + 3])
            ):
                # "Andy Carter, who took the seat with a majority of 2,010, fell to 11,861":
                # the comma closes the relative clause, and the subject's own figure follows
                # (a vote count, or a majority: which, the text does not say).
                break
            new = None
            for pattern in (_elision_pattern(unit), _earlier_pattern(unit)):
                m = pattern.regex.match(
                    text[sentence.start : sentence.end], claim.end - sentence.start
                )
                new = base.claim_from_match(claim.kind, text, sentence, m, pattern) if m else None
                if new is not None:
                    break
            if new is None or any(i in taken for i in range(new.start, new.end)):
                break
            new.cues["elided"] = f"{claim.start}:{claim.end}"
            found.append(new)
            taken.update(range(new.start, new.end))
            claim = new
    return found


@cache
def _elision_pattern(unit: str):
    """The link and figure that carry a measure in `unit` ("votes", "percent") on."""
    from factcheck.kinds import base
    from factcheck.language import lexicon as lx
    from factcheck.language.numbers import alternation

    year = r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:19|20)\d\d(?:\s+(?:general\s+)?election)?)?"
    verbs = alternation(lx.ELISION_VERBS)
    link = (
        r"\s*(?:,\s*(?:and\s+|but\s+|then\s+)?|\s+(?:and|but|then|before)\s+)"
        rf"(?:(?:it|this|that)\s+(?:was|had\s+been|(?:{verbs})\s+to)\s+"
        rf"|which\s+(?:[a-z]+\s+){{0,2}}?(?:{verbs})\s+(?:it\s+)?to\s+"
        rf"|(?:{verbs})\s+(?:it\s+)?(?:back\s+)?(?:up\s+|down\s+)?to\s+|by\s+|to\s+)?"
        r"(?:just\s+|only\s+|a\s+mere\s+|a\s+further\s+)?"
    )
    end = rf"(?={year}(?:\s*[.,;:)]|\s+(?:and|but|then|before|respectively)\b|\s*$))"
    if unit == "percent":
        own, figure = r"(?:\s*(?:%|per\s?cent))?", rf"{base.NUM}(?P<unit>\s?(?:%|per\s?cent))"
    else:  # a year is never a count of votes carried on
        own, figure = r"(?:\s*votes?)?", rf"(?!(?:19|20)\d\d\b){base.NUM}(?P<unit>\s+votes?)?"
    return base.pattern(f"{own}{year}{link}{figure}{end}", unit)


@cache
def _earlier_pattern(unit: str):
    """ "by 1,934 votes, up from 777 in 2017": the figure the change is counted from, with
    its own time (without one, which contest it is from is not said)."""
    from factcheck.kinds import base

    when = (
        r"\s+(?:(?:in|at)\s+(?:the\s+)?(?:(?:January|February|March|April|May|June|July|"
        r"August|September|October|November|December)\s+)?(?:19|20)\d\d(?:\s+(?:general\s+)?"
        r"election)?|last\s+time|at\s+the\s+last\s+(?:general\s+)?election)"
    )
    if unit == "percent":
        own, figure = r"(?:\s*(?:%|per\s?cent))?", rf"{base.NUM}(?P<unit>\s?(?:%|per\s?cent))"
    else:
        own, figure = r"(?:\s*votes?)?", rf"(?!(?:19|20)\d\d\b){base.NUM}(?P<unit>\s+votes?)?"
    link = r",\s*(?:up|down)\s+from\s+(?:just\s+|only\s+)?"
    return base.pattern(rf"{own}{link}{figure}(?={when}(?:\s*[.,;:)]|\s*$))", unit)
