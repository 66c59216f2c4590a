"""Words a regular expression cannot match without: a cheap test before running it.

Most claim patterns need a word such as "majority" or "turnout" somewhere in every match.
`required` reads a pattern's parse tree for such literal text (one of a set of strings,
for an alternation), and `may_match` asks whether a span of text holds one; when it
does not, the pattern cannot match there and need not run. The test only ever says
"no" when the pattern cannot match: lookarounds, classes and optional parts require
nothing, and case-insensitive literals are looked for in `ascii_fold`ed text, where
every character a case-insensitive letter may match is that letter.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from factcheck.language.scan import ascii_fold, fold

# One of these (text, folded) must occur in a match: folded text is looked for, lower
# case, in the ASCII-folded text; other text as it is.
Requirement = frozenset[tuple[str, bool]]

_MEMO: dict[tuple[str, int], Requirement | None] = {}


def matches(pattern: re.Pattern[str], text: str, folded: str | None = None):
    """`pattern.finditer(text)`, or nothing at once when the text lacks the pattern's words."""
    if may_match(pattern, text, 0, len(text), fold(text) if folded is None else folded):
        return pattern.finditer(text)
    return iter(())


def sentences_for(
    pattern: re.Pattern[str], text: str, spans: list, starts: list[int] | None = None
) -> list[int]:
    """The indexes of the spans (in text order, each with `start` and `end`) within which
    `pattern` may match: those holding one word of each of its requirements, found from
    the words' places in the text rather than by asking each span. (`starts`: the spans'
    starts when the caller has them, the spans then known not to overlap.)"""
    needs = all_required(pattern)
    if starts is None:
        starts = span_starts(spans)
    if not needs or starts is None:
        return list(range(len(spans)))
    kept: set[int] | None = None
    for need in needs:
        hits: set[int] = set()
        for word, folds in need:
            for at in _places(ascii_fold(text) if folds else text, word):
                i = bisect_right(starts, at) - 1
                if i >= 0 and at + len(word) <= spans[i].end:
                    hits.add(i)
        kept = hits if kept is None else kept & hits
        if not kept:
            return []
    return sorted(kept or ())


def span_starts(spans: list) -> list[int] | None:
    """The starts of spans in text order, or None when two of them overlap."""
    if any(a.end > b.start for a, b in zip(spans, spans[1:], strict=False)):
        return None
    return [s.start for s in spans]


def _places(text: str, word: str) -> list[int]:
    """Every offset where `word` starts in `text` (kept for the last few texts)."""
    memo = _places_in(text)
    if word not in memo:
        found = []
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
        memo[word] = found
    return memo[word]


@lru_cache(maxsize=8)
def _places_in(text: str) -> dict[str, list[int]]:
    return {}


_BY_OBJECT: dict[int, tuple[object, Requirement | None]] = {}


def required(pattern: re.Pattern[str]) -> Requirement | None:
    """What every match of the pattern contains, or None when nothing can be told."""
    known = _BY_OBJECT.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    need = _required(pattern)
    _BY_OBJECT[id(pattern)] = (pattern, need)
    return need


def _required(pattern: re.Pattern[str]) -> Requirement | None:
    key = (pattern.pattern, pattern.flags)
    if key not in _MEMO:
        try:
            tree = _parser.parse(pattern.pattern, pattern.flags)
            _MEMO[key] = _sequence(list(tree), bool(tree.state.flags & re.IGNORECASE))
        except Exception:  # a pattern this reader does not follow: require nothing
            _MEMO[key] = None
    return _MEMO[key]


def all_required(pattern: re.Pattern[str]) -> tuple[Requirement, ...]:
    """Every requirement a match must meet (each one of a set of words), the most
    selective first and at most `_MOST_NEEDS` of them: "came|finished" and
    "second|third" both, where `required` gives only the better of the two."""
    known = _ALL_BY_OBJECT.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        found = _every(list(tree), bool(tree.state.flags & re.IGNORECASE))
    except Exception:  # a pattern this reader does not follow: require nothing
        found = []
    unique = sorted(set(found), key=_selectivity, reverse=True)[:_MOST_NEEDS]
    _ALL_BY_OBJECT[id(pattern)] = (pattern, tuple(unique))
    return tuple(unique)


_MOST_NEEDS = 3
_ALL_BY_OBJECT: dict[int, tuple[object, tuple[Requirement, ...]]] = {}


def _selectivity(need: Requirement) -> tuple[int, int]:
    return (min(len(w) for w, _ in need), -len(need))


def _every(items: list, fold: bool) -> list[Requirement]:
    """The requirements of each part of a sequence: each part must match, so each
    part's requirement holds (groups and repeats of at least one are opened)."""
    found: list[Requirement] = []
    run: list[str] = []

    def close() -> None:
        if run:
            word = "".join(run)
            found.append(frozenset({(word.lower() if fold else word, fold)}))
        run.clear()

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av))
            continue
        close()
        if op is sre.SUBPATTERN:
            _group, add, remove, body = av
            inner = (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            found += _every(list(body), inner)
        elif op is sre.ATOMIC_GROUP:
            found += _every(list(av), fold)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found += _every(list(av[2]), fold)
        else:
            need = _node(op, av, fold)
            if need:
                found.append(need)
    close()
    return [n for n in found if all(w for w, _ in n)]


def may_match(
    pattern: re.Pattern[str], text: str, start: int, end: int, folded: str | None = None
) -> bool:
    """False only when `pattern` cannot match within text[start:end] (`folded`, when
    given, is the text's `fold`)."""
    need = required(pattern)
    if not need:
        return True
    for word, folds in need:
        if folds:
            folded = folded if folded is not None else ascii_fold(text)
            if folded.find(word, start, end) >= 0:
                return True
        elif text.find(word, start, end) >= 0:
            return True
    return False


def _better(a: Requirement | None, b: Requirement | None) -> Requirement | None:
    """The more selective of two requirements: the one whose shortest word is longer."""
    if not a:
        return b or None
    if not b:
        return a
    score_a = (min(len(w) for w, _ in a), -len(a))
    score_b = (min(len(w) for w, _ in b), -len(b))
    return a if score_a >= score_b else b


def _sequence(items: list, fold: bool) -> Requirement | None:
    """The best requirement of a sequence: its longest run of literal characters, or a
    requirement of one of its parts."""
    best: Requirement | None = None
    run: list[str] = []

    def close() -> None:
        nonlocal best, run
        if run:
            word = "".join(run)
            best = _better(best, frozenset({(word.lower() if fold else word, fold)}))
        run = []

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av))
            continue
        close()
        best = _better(best, _node(op, av, fold))
    close()
    return best


def _node(op, av, fold: bool) -> Requirement | None:
    if op is sre.SUBPATTERN:
        _group, add, remove, body = av
        inner = (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _sequence(list(body), inner)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), fold)
    if op is sre.BRANCH:
        found: set[tuple[str, bool]] = set()
        for branch in av[1]:
            need = _sequence(list(branch), fold)
            if not need:
                return None  # one way through requires nothing
            found |= need
        return frozenset(found)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(list(body), fold) if low >= 1 else None
    return None  # classes, anchors, lookarounds, back-references: nothing required
