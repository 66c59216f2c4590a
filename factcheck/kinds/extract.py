"""Finding the numeric claims in an article's text."""

from __future__ import annotations

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
    return sorted(claims, key=lambda c: c.start)
