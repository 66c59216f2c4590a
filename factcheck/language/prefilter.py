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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import ahocorasick

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
    if starts is None:
        starts = span_starts(spans)
    if starts is None:
        return list(range(len(spans)))
    return SpanIndex(text, spans, starts).spans_for(pattern)


class SpanIndex:
    """Spans of one text in text order, not overlapping, asked again and again which of
    them may hold a match of a pattern: what `sentences_for` answers, with the spans'
    bounds gathered once for every pattern asked about."""

    __slots__ = ("_holding", "_places", "_present", "spans", "text")

    def __init__(self, text: str, spans: Sequence, starts: Sequence[int]) -> None:
        self.text = text
        self.spans = spans
        self._holding = _spans_holding(text, tuple(starts), tuple(s.end for s in spans))
        self._places: dict[Requirement, list[int]] = {}
        # (each requirement's words the text holds, asked of pattern after pattern)
        self._present: dict[Requirement, Iterable[tuple[str, bool]]] = {}

    def places(self, need: Requirement) -> list[int]:
        """Every offset in the text where one of the requirement's words begins, in order
        (a superset of where a match that begins with one of them may begin)."""
        found = self._places.get(need)
        if found is None:
            found = self._places[need] = word_places(self.text, need)
        return found

    def spans_for(self, pattern: re.Pattern[str]) -> list[int]:
        """The indexes of the spans within which `pattern` may match (see `sentences_for`)."""
        needs = all_required(pattern)
        if not needs:
            return list(range(len(self.spans)))
        # The spans holding the most selective requirement's words, found from where those
        # words are; each other requirement is then asked of those few spans alone.
        kept = self._holding(needs[0])
        text, spans = self.text, self.spans
        folded = ascii_fold(text) if len(needs) > 1 else None
        known = self._present
        for need in needs[1:]:
            if not kept:
                break
            # (only the words the text holds are looked for in each span)
            present = known.get(need)
            if present is None:
                present = known[need] = _present(need, _places_in(folded))
            kept = {i for i in kept if _holds(text, present, spans[i].start, spans[i].end, folded)}
        return sorted(kept)


def word_places(text: str, need: Requirement) -> list[int]:
    """Every offset in `text` where one of the requirement's words begins, in order."""
    folded = ascii_fold(text)
    index = _places_in(folded)
    at: set[int] = set()
    for word, folds in _present(need, index):
        at.update(
            _indexed_places(folded, index, word)
            if folds
            else _places_as_is(text, word, folded, index)
        )
    return sorted(at)


def every_match(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))`. For a pattern whose every match begins with one of a
    few words (`leading`), tried only where one of them begins, each place at or after the
    end of the match before, as finditer would find them: a scan of a whole text tries a
    pattern at every character, most of them no word's start."""
    lead = _scan_leading(pattern)
    if lead is None:
        return list(pattern.finditer(text))
    found = []
    free = 0
    match = pattern.match
    for at in word_places(text, lead):
        if at >= free:
            m = match(text, at)
            if m is not None:
                found.append(m)
                free = m.end()
    return found


def _holds(
    text: str, need: Iterable[tuple[str, bool]], start: int, end: int, folded: str | None = None
) -> bool:
    """Whether text[start:end] holds one of the requirement's words (`folded`, when
    given, is the text's `fold`)."""
    for word, folds in need:
        if folds:
            folded = folded if folded is not None else ascii_fold(text)
            if folded.find(word, start, end) >= 0:
                return True
        elif text.find(word, start, end) >= 0:
            return True
    return False


@lru_cache(maxsize=16)
def _spans_holding(text: str, starts: tuple[int, ...], ends: tuple[int, ...]):
    """A test giving the indexes of the spans holding one word of a requirement (kept for
    the last few sets of spans: every kind asks about the same sentences, need by need)."""
    known: dict[Requirement, set[int]] = {}
    # (each word's spans, found once: requirements share their words, "vote", "cent", "won")
    by_word: dict[tuple[str, bool], set[int]] = {}
    # (the folded text and its words' places, looked up once for every word asked about)
    folded = ascii_fold(text)
    index = _places_in(folded)

    def spans_of(word: str, folds: bool) -> set[int]:
        hits = set()
        places = (
            _indexed_places(folded, index, word)
            if folds
            else _places_as_is(text, word, folded, index)
        )
        size = len(word)
        if len(places) <= len(starts):
            for at in places:
                i = bisect_right(starts, at) - 1
                if i >= 0 and at + size <= ends[i]:
                    hits.add(i)
            return hits
        # (a word found more often than there are spans: each span asks for the first
        # place at or after its start, which ends within it if any does)
        count = len(places)
        for i, start in enumerate(starts):
            k = bisect_left(places, start)
            if k < count and places[k] + size <= ends[i]:
                hits.add(i)
        return hits

    def holding(need: Requirement) -> set[int]:
        hits = known.get(need)
        if hits is None:
            hits = set()
            for pair in _present(need, index):
                spans = by_word.get(pair)
                if spans is None:
                    spans = by_word[pair] = spans_of(*pair)
                hits |= spans
            known[need] = hits
        return hits

    return holding


# Each requirement's words by the key a text's index holds them under (an as-is word by its
# lower case), or None when one is found otherwise (a word outside ASCII, as it is).
_KEYS: dict[Requirement, dict[str, list[tuple[str, bool]]] | None] = {}


def _present(
    need: Requirement, index: tuple[dict[str, list[int]], frozenset[str]]
) -> Iterable[tuple[str, bool]]:
    """The requirement's words that may stand in the text whose `_places_in` is `index`:
    those it holds, by one set intersection rather than a look-up per word (a requirement
    may list scores of words, and a text holds few of them). Every word of it when some
    are not yet in the index or not found through it."""
    keys = _KEYS.get(need, ())
    if keys == ():
        keys = None
        if all(folds or word.isascii() for word, folds in need):
            keys = {}
            for word, folds in need:
                keys.setdefault(word if folds else word.lower(), []).append((word, folds))
        _KEYS[need] = keys
    found, looked_for = index
    if keys is None or not keys.keys() <= looked_for:
        return need
    held = keys.keys() & found.keys()
    if not held:
        return ()
    return [pair for key in held for pair in keys[key]]


def span_starts(spans: list) -> list[int] | None:
    """The starts of spans in text order, or None when two of them overlap."""
    if any(a.end > b.start for a, b in zip(spans, spans[1:], strict=False)):
        return None
    return [s.start for s in spans]


class _WordFinder:
    """Every place of every word asked about so far, found in one pass over a text.

    An Aho-Corasick automaton (pyahocorasick) finds all the words at once, overlapping
    ones included, where a `str.find` per word read the whole text once for each of
    hundreds of words, most of them absent. A word new to it is found by `str.find` and
    joins the automaton when the next text comes.
    """

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.automaton: ahocorasick.Automaton | None = None
        self.built: frozenset[str] = frozenset()

    def places_in(self, text: str) -> tuple[dict[str, list[int]], frozenset[str]]:
        """Each word's offsets in `text` (the words absent left out), and the words looked for."""
        if self.words - self.built:
            self.automaton = ahocorasick.Automaton()
            for word in self.words:
                self.automaton.add_word(word, word)
            self.automaton.make_automaton()
            self.built = frozenset(self.words)
        found: dict[str, list[int]] = {}
        if self.automaton is not None:
            for end, word in self.automaton.iter(text):
                found.setdefault(word, []).append(end - len(word) + 1)
        return found, self.built


_FINDER = _WordFinder()


def _places(text: str, word: str) -> list[int]:
    """Every offset where `word` starts in `text`, in order (kept for the last few texts)."""
    return _indexed_places(text, _places_in(text), word)


def _indexed_places(
    text: str, index: tuple[dict[str, list[int]], frozenset[str]], word: str
) -> list[int]:
    """`_places` with the text's `_places_in` at hand."""
    found, looked_for = index
    places = found.get(word)
    if places is not None:
        return places
    if word in looked_for:
        return []
    _FINDER.words.add(word)
    places = []
    at = text.find(word)
    while at >= 0:
        places.append(at)
        at = text.find(word, at + 1)
    found[word] = places
    return places


def in_lowered(text: str, word: str) -> bool:
    """`word in text.lower()` for an ASCII `text`, answered from the one pass over the
    folded text that finds every word asked about (an ASCII text's fold is its lower case;
    the caller asks only of ASCII text)."""
    return not word or bool(_places(ascii_fold(text), word))


def _places_as_is(
    text: str,
    word: str,
    folded: str | None = None,
    index: tuple[dict[str, list[int]], frozenset[str]] | None = None,
) -> list[int]:
    """Every offset where `word` starts in `text`, matched case for case. An ASCII word is
    found among the places of its lower case in the folded text (where it stands, lower-
    cased, wherever it stands in the text), so the text itself is not scanned again.
    (`folded` and `index`, when given, are the text's `ascii_fold` and its `_places_in`.)"""
    if not word.isascii():
        places = []
        at = text.find(word)
        while at >= 0:
            places.append(at)
            at = text.find(word, at + 1)
        return places
    if folded is None or index is None:
        folded = ascii_fold(text)
        index = _places_in(folded)
    places = _indexed_places(folded, index, word.lower())
    return [at for at in places if text.startswith(word, at)]


@lru_cache(maxsize=8)
def _places_in(text: str) -> tuple[dict[str, list[int]], frozenset[str]]:
    return _FINDER.places_in(text)


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


def leading(pattern: re.Pattern[str]) -> Requirement | None:
    """Words one of which every match of the pattern begins with (at its start: only
    lookarounds and anchors may come before), or None when that cannot be told. A
    match then begins only where one of them does, and need be tried nowhere else."""
    known = _LEADING_BY_OBJECT.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        strings = _lead(list(tree), bool(tree.state.flags & re.IGNORECASE))
    except Exception:  # a pattern this reader does not follow: nothing told
        strings = None
    # (a word of one or two characters begins too often to spare the matcher much)
    if strings is not None and not all(len(w) >= 2 for w, _ in strings):
        strings = None
    need = frozenset(strings) if strings else None
    _LEADING_BY_OBJECT[id(pattern)] = (pattern, need)
    return need


_LEADING_BY_OBJECT: dict[int, tuple[object, Requirement | None]] = {}


def _scan_leading(pattern: re.Pattern[str]) -> Requirement | None:
    """`leading`, or for a whole text's scan also words of one mark that is neither letter
    nor digit (";" seldom stands in a text, where a short word stands everywhere); None
    for a pattern the matcher itself skips through the text for (its literal prefix or
    first class: `_has_own_test`), or whose first words cannot be told."""
    known = _SCAN_LEADING_BY_OBJECT.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        own_test = _has_own_test(tree, pattern.flags)
        strings = _lead(list(tree), bool(tree.state.flags & re.IGNORECASE))
    except Exception:  # a pattern this reader does not follow: nothing told
        own_test, strings = False, None
    need = None
    if not own_test:
        need = leading(pattern)
        if need is None and strings and all(len(w) >= 2 or not w.isalnum() for w, _ in strings):
            need = frozenset(strings)
    _SCAN_LEADING_BY_OBJECT[id(pattern)] = (pattern, need)
    return need


_SCAN_LEADING_BY_OBJECT: dict[int, tuple[object, Requirement | None]] = {}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _lead(items: list, fold: bool) -> set[tuple[str, bool]] | None:
    """The text (one of a set of strings, none empty) every match of a sequence begins
    with: its literal run from the start, the lookarounds and anchors before it passed
    over (they take no character), up to the first part that is not literal."""
    run = [""]
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        strings = _strings(op, av)
        if strings is not None and len(run) * len(strings) <= _MOST_STRINGS:
            run = [a + b for a in run for b in strings]
            continue
        if run == [""]:  # the first part taking a character: what it begins with
            first = _lead_of(op, av, fold)
            if first is None or len(first) > _MOST_STRINGS:
                return None
            return first
        break
    if not all(run):
        return None  # (a way through that begins with none of them)
    return {(w.lower() if fold else w, fold) for w in run}


def _opened(op, av, fold: bool) -> tuple[list, bool] | None:
    """A group's items and whether they fold case; None for a node that is no group."""
    if op is sre.SUBPATTERN:
        _group, add, remove, body = av
        return list(body), (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
    if op is sre.ATOMIC_GROUP:
        return list(av), fold
    return None


def _lead_of(op, av, fold: bool) -> set[tuple[str, bool]] | None:
    group = _opened(op, av, fold)
    if group is not None:
        return _lead(*group)
    if op is sre.BRANCH:
        found: set[tuple[str, bool]] = set()
        for branch in av[1]:
            first = _lead(list(branch), fold)
            if first is None:
                return None
            found |= first
        return found
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _lead(list(av[2]), fold)
    return None


_ALL_BY_OBJECT: dict[int, tuple[object, tuple[Requirement, ...]]] = {}


def _selectivity(need: Requirement) -> tuple[int, int]:
    return (min(len(w) for w, _ in need), -len(need))


def _every(items: list, fold: bool) -> list[Requirement]:
    """The requirements of each part of a sequence: each part must match, so each
    part's requirement holds (groups and repeats of at least one are opened)."""
    found: list[Requirement] = []
    run: list[str] = [""]

    def close() -> None:
        if run != [""] and all(run):
            found.append(frozenset((w.lower() if fold else w, fold) for w in run))
        run[:] = [""]

    for op, av in items:
        strings = _strings(op, av)
        if strings is not None:
            if len(run) * len(strings) > _MOST_STRINGS:
                close()
            if len(strings) <= _MOST_STRINGS:
                run[:] = [a + b for a in run for b in strings]
                continue
        close()
        group = _opened(op, av, fold)
        if group is not None:
            found += _every(*group)
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
    if len(need) < _MANY_WORDS or not 0 <= start <= end <= len(text):
        return _holds(text, need, start, end, folded)
    # (a requirement of many words: one pass over the span finds any of them)
    automaton, as_is = _finder_of(need)
    if as_is and _holds(text, as_is, start, end, folded):
        return True
    if automaton is None:
        return False
    folded = folded if folded is not None else ascii_fold(text)
    return next(automaton.iter(folded, start, end), None) is not None


# Past this many words, a span is searched for a requirement's words by one automaton
# rather than by a `str.find` for each word (a Python step each, and most spans lack all).
_MANY_WORDS = 4
_FINDERS: dict[Requirement, tuple[ahocorasick.Automaton | None, tuple[tuple[str, bool], ...]]] = {}


def _finder_of(
    need: Requirement,
) -> tuple[ahocorasick.Automaton | None, tuple[tuple[str, bool], ...]]:
    """An automaton finding the requirement's folded words (lower case, in folded text),
    and its words matched as they are (looked for one by one)."""
    found = _FINDERS.get(need)
    if found is None:
        folded = sorted(word for word, folds in need if folds)
        automaton = None
        if folded:
            automaton = ahocorasick.Automaton()
            for word in folded:
                automaton.add_word(word, word)
            automaton.make_automaton()
        as_is = tuple(sorted((word, folds) for word, folds in need if not folds))
        found = _FINDERS[need] = (automaton, as_is)
    return found


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
    run: list[str] = [""]

    def close() -> None:
        nonlocal best, run
        if run != [""] and all(run):
            best = _better(best, frozenset((w.lower() if fold else w, fold) for w in run))
        run = [""]

    for op, av in items:
        strings = _strings(op, av)
        if strings is not None:
            if len(run) * len(strings) > _MOST_STRINGS:
                close()
            if len(strings) <= _MOST_STRINGS:
                run = [a + b for a in run for b in strings]
                continue
        close()
        best = _better(best, _node(op, av, fold))
    close()
    return best


# A run of literal text with alternatives in it ("ma(?:jority|rgin)", as `alternation`
# writes a word list) is read as the words it spells, up to this many of them.
_MOST_STRINGS = 64


def _strings(op, av) -> list[str] | None:
    """Every string a part of a pattern matches when it is literal ASCII text, groups and
    alternatives of such text without a change of flags (else None)."""
    if op is sre.LITERAL:
        return [chr(av)] if av < 128 else None
    if op is sre.SUBPATTERN:
        _group, add, remove, body = av
        return None if add or remove else _sequence_strings(list(body))
    if op is sre.BRANCH:
        found: list[str] = []
        for branch in av[1]:
            strings = _sequence_strings(list(branch))
            if strings is None:
                return None
            found += strings
        return found if len(found) <= _MOST_STRINGS else None
    if op is sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:  # "(?:s)?": with or without
        strings = _sequence_strings(list(av[2]))
        return None if strings is None else ["", *strings]
    return None


def _sequence_strings(items: list) -> list[str] | None:
    run = [""]
    for op, av in items:
        strings = _strings(op, av)
        if strings is None or len(run) * len(strings) > _MOST_STRINGS:
            return None
        run = [a + b for a in run for b in strings]
    return run


def _node(op, av, fold: bool) -> Requirement | None:
    group = _opened(op, av, fold)
    if group is not None:
        return _sequence(*group)
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


# A pattern's first character, when it can only be one of a few: a lookahead test for it
# before the pattern costs one step at each place the pattern cannot start, where a
# case-insensitive word list at the start is otherwise tried word by word (the matcher's
# own first-character test leaves out case-insensitive patterns).
_FLAGS_AT_START = re.compile(r"\(\?[aiLmsux]+\)")


def guarded(source: str, flags: int = 0) -> str:
    """`source` with a lookahead for the characters a match may begin with, when they are
    known and no match is empty; else `source` unchanged. It matches what `source`
    matches, at the same places. A character every way to which passes a word boundary
    ("\\b" then a letter) is looked for only at the start of a word."""
    try:
        tree = _parser.parse(source, flags)
        folds = bool(tree.state.flags & re.IGNORECASE)
        pieces, empty = _first(list(tree), folds, False)
    except Exception:  # a pattern this reader does not follow: no guard
        return source
    if pieces is None or empty or not pieces or _has_own_test(tree, flags):
        return source
    anywhere = sorted({p for p, bounded in pieces if not bounded})
    at_word = sorted({p for p, bounded in pieces if bounded} - set(anywhere))
    tests = [f"[{''.join(anywhere)}]"] if anywhere else []
    tests += [f"\\b[{''.join(at_word)}]"] if at_word else []
    guard = "(?=" + "|".join(tests) + ")"
    if not folds and "(?i" in source:  # (a part folds case: the test then folds too)
        guard = f"(?i:{guard})"
    lead = _FLAGS_AT_START.match(source)
    at = lead.end() if lead else 0
    close = "\n)" if tree.state.flags & re.VERBOSE else ")"  # (past a trailing comment)
    return source[:at] + guard + "(?:" + source[at:] + close


def _has_own_test(tree, flags: int) -> bool:
    """Whether the matcher already skips to where a match may begin (the literal text or
    the class of characters it begins with, which it finds for case-sensitive text)."""
    try:
        from re import _compiler  # type: ignore[attr-defined]

        flags |= tree.state.flags
        return bool(
            _compiler._get_literal_prefix(tree, flags)[0]
            or _compiler._get_charset_prefix(tree, flags)
        )
    except Exception:  # another Python's private API: the guard is still exact
        return False


_CATEGORY_CLASS = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_WORD: r"\w",
}


# A class piece a match may begin with, and whether a word boundary comes before it.
_Start = tuple[str, bool]


def _first(items: list, fold: bool, bounded: bool) -> tuple[set[_Start] | None, bool]:
    """The class pieces a match of a sequence may begin with (None: any character), and
    whether it may match the empty string. `bounded`: a word boundary was asserted."""
    found: set[_Start] = set()
    for op, av in items:
        if op is sre.AT and av is sre.AT_BOUNDARY:
            bounded = True  # every way on from here passes it
            continue
        pieces, empty = _first_of(op, av, fold, bounded)
        if pieces is None:
            return None, False
        found |= pieces
        if not empty:
            return found, False
    return found, True


def _char(code: int, fold: bool) -> set[str]:
    ch = chr(code)
    chars = {ch, ch.lower(), ch.upper()} if fold else {ch}
    return {re.escape(c) if c.isalnum() else "\\" + c if c in "\\]^-[" else c for c in chars}


def _first_of(op, av, fold: bool, bounded: bool) -> tuple[set[_Start] | None, bool]:
    if op is sre.LITERAL:
        return {(c, bounded) for c in _char(av, fold)}, False
    if op is sre.IN:
        pieces: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                pieces |= _char(value, fold)
            elif kind is sre.RANGE and value[1] - value[0] < 64 and not fold:
                pieces |= {c for code in range(value[0], value[1] + 1) for c in _char(code, False)}
            elif kind is sre.RANGE and value[1] - value[0] < 64:
                pieces |= {c for code in range(value[0], value[1] + 1) for c in _char(code, True)}
            elif kind is sre.CATEGORY and value in _CATEGORY_CLASS:
                pieces.add(_CATEGORY_CLASS[value])
            else:  # a negated class, a wide range or another category: anything
                return None, False
        return {(p, bounded) for p in pieces}, False
    if op is sre.BRANCH:
        starts: set[_Start] = set()
        empty = False
        for branch in av[1]:
            first, may_be_empty = _first(list(branch), fold, bounded)
            if first is None:
                return None, False
            starts |= first
            empty = empty or may_be_empty
        return starts, empty
    group = _opened(op, av, fold)
    if group is not None:
        return _first(*group, bounded)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        first, empty = _first(list(body), fold, bounded)
        return first, empty or low == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # takes no character
    return None, False  # any character, a back-reference: no guard
