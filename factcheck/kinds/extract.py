"""Finding the numeric claims in an article's text."""

from __future__ import annotations

from factcheck.claims import Claim
from factcheck.language.sentences import split_sentences
from factcheck.language.tables import Cover, poll_spans


def extract_claims(
    text: str, *, skipped: list[tuple[int, int]] | None = None, kinds: set[str] | None = None
) -> list[Claim]:
    """Every claim in the text, in text order; a number belongs to at most one claim."""
    from factcheck.kinds import rows
    from factcheck.kinds.registry import ORDER

    sentences = split_sentences(text)
    lowered = text.lower()
    # Lists of polls, forecasts or dates hold no results, whatever their figures' shape.
    skipped = sorted([*(skipped or []), *poll_spans(text)])
    cover = Cover(skipped)
    taken: set[int] = set()
    claims: list[Claim] = []
    # The cells of results blocks first: a figure in a table is read by its column.
    for claim in rows.claims(text):
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


def _elided(text, sentences, claims, taken, kinds) -> list[Claim]:
    """Figures that carry on a claim's measure in its own sentence, in a parallel form
    after a link ("by 298 votes in 1951 and by only 185 in 1955", "4,331 in 2019, and it
    was 733 in 2015", "a majority of 3,435, which he cut to 1,609"): claims of the same
    kind. Each new one may carry the measure on again ("7,967 in 2015, 14,969 in 2017")."""
    from factcheck.kinds import base
    from factcheck.language import lexicon as lx

    found: list[Claim] = []
    queue = sorted((c for c in claims if c.kind in lx.ELIDED_MEASURES), key=lambda c: c.start)
    while queue:
        claim = queue.pop(0)
        if kinds is not None and claim.kind not in kinds:
            continue
        unit = lx.ELIDED_MEASURES[claim.kind]
        pattern = _elision_pattern(unit)
        s_start, s_end = claim.sentence_start, claim.sentence_end
        if s_end <= claim.end:
            continue
        m = pattern.regex.match(text[s_start:s_end], claim.end - s_start)
        if m is None or s_start + m.start("n") in taken:
            continue
        sentence = next((s for s in sentences if s.start == s_start), None)
        if sentence is None:
            continue
        new = base.claim_from_match(claim.kind, text, sentence, m, pattern)
        if new is None or any(i in taken for i in range(new.start, new.end)):
            continue
        new.cues["elided"] = f"{claim.start}:{claim.end}"
        found.append(new)
        taken.update(range(new.start, new.end))
        queue.insert(0, new)
    return found


def _elision_pattern(unit: str):
    return _elision_patterns()[unit]


def _elision_patterns():
    from factcheck.kinds import base
    from factcheck.language import lexicon as lx
    from factcheck.language.numbers import alternation

    global _PATTERNS
    if _PATTERNS is None:
        year = r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:19|20)\d\d(?:\s+(?:general\s+)?election)?)?"
        verbs = alternation(lx.ELISION_VERBS)
        link = (
            r"\s*(?:,\s*(?:and\s+|but\s+|then\s+)?|\s+(?:and|but|then|before)\s+)"
            rf"(?:(?:it|this|that)\s+(?:was|had\s+been|(?:{verbs})\s+to)\s+"
            rf"|which\s+(?:[a-z]+\s+){{0,2}}?(?:{verbs})\s+(?:it\s+)?to\s+"
            rf"|(?:{verbs})\s+(?:it\s+)?(?:back\s+)?(?:up\s+|down\s+)?to\s+|by\s+|to\s+)?"
            r"(?:just\s+|only\s+|a\s+mere\s+|a\s+further\s+)?"
        )
        end = rf"(?={year}(?:\s*[.,;:)]|\s+(?:and|but|then|before)\b|\s*$))"
        _PATTERNS = {
            "votes": base.pattern(
                rf"(?:\s*votes?)?{year}{link}(?!(?:19|20)\d\d\b){base.NUM}(?P<unit>\s+votes?)?{end}",
                "votes",
            ),
            "percent": base.pattern(
                rf"(?:\s*(?:%|per\s?cent))?{year}{link}{base.NUM}(?P<unit>\s?(?:%|per\s?cent)){end}",
                "percent",
            ),
        }
    return _PATTERNS


_PATTERNS = None
