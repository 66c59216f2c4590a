"""Regex matches in a window of a long text, answered from one pass over the whole text.

A claim's clause is found by the breaks between its sentence's start and the claim;
scanning that span for every claim costs the sentence's length per claim, which a
sentence of thousands of claims makes quadratic. `Scan` finds the matches once and
answers "the last matches of `finditer(text, lo, end)`" and "`search(text, at, end)`"
by binary search, with the same result as the scan it replaces.

Why that is exact: a pattern whose matches start at p look only at characters before
p + `reach` (the match and any lookahead; lookbehinds see the whole text whatever the
window), so a window ending at `end` finds exactly the matches of the whole text that
start before end - reach; only the last few characters are scanned again. A scan from
`lo` finds the whole text's matches from `lo` on unless one of them straddles `lo`
(overlapping matches chain differently): then the window is scanned as before.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from functools import lru_cache


class Scan:
    """Every match of `pattern` in `text`, for questions about windows of it."""

    def __init__(self, pattern: re.Pattern[str], text: str, reach: int) -> None:
        # (prefilter reads patterns with this module's folds: imported here, not above)
        from factcheck.language.prefilter import every_match

        self.pattern, self.text, self.reach = pattern, text, reach
        self.matches = every_match(pattern, text)
        # A chain of matches never overlaps: starts and ends are both sorted.
        self.starts = [m.start() for m in self.matches]
        self.ends = [m.end() for m in self.matches]

    def _first_at(self, lo: int) -> int | None:
        """The index of the first match a scan from `lo` finds, or None when a match
        straddles `lo` (so the whole text's chain of matches is no guide)."""
        j = bisect_left(self.starts, lo)
        if j and self.matches[j - 1].end() > lo:
            return None
        return j

    def last(self, lo: int, end: int, count: int) -> list[re.Match[str]]:
        """The last `count` matches of `pattern.finditer(text, lo, end)`, in order."""
        j = self._first_at(lo)
        safe = end - self.reach
        if j is None or safe <= lo:
            return list(self.pattern.finditer(self.text, lo, end))[-count:]
        k = max(j, bisect_left(self.starts, safe))
        pos = self.matches[k - 1].end() if k > j else lo
        tail = list(self.pattern.finditer(self.text, max(pos, safe), end))[-count:]
        need = count - len(tail)
        return (self.matches[max(j, k - need) : k] if need > 0 else []) + tail

    def first(self, at: int, end: int) -> re.Match[str] | None:
        """`pattern.search(text, at, end)`."""
        j = self._first_at(at)
        safe = end - self.reach
        if j is None or safe <= at:
            return self.pattern.search(self.text, at, end)
        if j < len(self.matches) and self.starts[j] < safe:
            return self.matches[j]
        return self.pattern.search(self.text, max(at, safe), end)


@lru_cache(maxsize=16)
def scan(pattern: re.Pattern[str], text: str, reach: int) -> Scan:
    """The `Scan` of a pattern over a text, made once per text (the last few kept)."""
    return Scan(pattern, text, reach)


def tail_start(text: str, lo: int, hi: int, keep: str) -> int:
    """Where a match that must end at `hi` can start at the earliest: the smallest i >= lo
    with every character of text[i:hi] in `keep`, whitespace, or outside ASCII (a pattern's
    case-insensitive letters may match those), so a search from there finds the same match."""
    i = hi
    while i > lo:
        c = text[i - 1]
        if c in keep or c.isspace() or not c.isascii():
            i -= 1
        else:
            break
    return i


def last_tokens_start(text: str, lo: int, hi: int, count: int) -> int:
    """The start of the `count`-th last run of non-space characters in text[lo:hi] (lo when
    there are fewer): the earliest a match of at most that many words ending at `hi` starts."""
    i = hi
    for _ in range(count):
        while i > lo and text[i - 1].isspace():
            i -= 1
        while i > lo and not text[i - 1].isspace():
            i -= 1
        if i == lo:
            break
    return i


class _Fold(dict):
    """`str.translate` table: each non-ASCII character to the ASCII letter it matches in a
    case-insensitive pattern ("ſ" to "s", the Kelvin sign to "k"), a digit to "0", any
    other to a space. Filled in as characters are met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if code < 128:
            found = ch  # ASCII stays as it is
        elif ch.isdecimal() or ch.isdigit():
            found = "0"
        else:
            letters = [a for a in string.ascii_lowercase if re.fullmatch(a, ch, re.I)]
            found = letters[0] if letters else " "
        self[code] = found
        return found


_FOLD = _Fold()


def fold(text: str) -> str:
    """The text lower-cased in ASCII, character for character (offsets kept): a pattern of
    ASCII letters and digits that matches the text (in any case) matches here too, so a
    word absent here is absent from the text."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD).lower()


@lru_cache(maxsize=8)
def ascii_fold(text: str) -> str:
    """`fold`, kept for the last few texts (whole articles, asked about span by span)."""
    return fold(text)


# What a pattern compiled with re.ASCII may read otherwise than one compiled for Unicode:
# a character outside ASCII, or one of the ASCII separators "\x1c"-"\x1f" (Unicode
# whitespace, not ASCII).
_NOT_PLAIN = re.compile(r"[^\x00-\x1b\x20-\x7f]")
_NEUTRAL: dict[str, bool] = {}


def _neutral(ch: str) -> bool:
    """Whether no Unicode-aware test tells `ch` from ASCII's verdict on it: neither a
    letter, digit nor space (\\w, \\d, \\s, \\b), and without case (re.I)."""
    found = _NEUTRAL.get(ch)
    if found is None:
        found = _NEUTRAL[ch] = not (
            ch.isalnum()
            or ch.isspace()
            or ch == "_"
            or ch.lower() != ch
            or ch.upper() != ch
            or ch.casefold() != ch
        )
    return found


@lru_cache(maxsize=8)
def ascii_exact(text: str) -> bool:
    """Whether every pattern free of cased non-ASCII characters (`ascii_exact_pattern`)
    matches `text` just as its re.ASCII copy does: an ASCII copy's tests of \\w, \\d, \\s,
    word boundaries and case are table look-ups where Unicode ones call a function per
    character, and they differ only on letters, digits, spaces and cased characters outside
    ASCII (and "\\x1c"-"\\x1f"), which this text then lacks. ("’", "–", "“" are neither.)"""
    if text.isascii():
        return not any(ch in text for ch in "\x1c\x1d\x1e\x1f")
    return all(map(_neutral, set(_NOT_PLAIN.findall(text))))


def ascii_exact_pattern(source: str) -> bool:
    """Whether the pattern `source` may be compiled with re.ASCII for an `ascii_exact`
    text: it holds no cased character outside ASCII (under re.I, "ſ" matches "s" and "K",
    the Kelvin sign, "k", which a copy in ASCII would not)."""
    return source.isascii() or all(
        ch.isascii() or (ch.lower() == ch == ch.upper() and ch.casefold() == ch) for ch in source
    )
