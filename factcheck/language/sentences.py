"""Sentences and paragraphs of an article, with their spans."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from factcheck.language.prefilter import guarded

# Titles and abbreviations whose full stop does not end a sentence.
_NO_BREAK = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sir|St|Rt|Hon|Prof|Rev|No|Nos|vs|v|c|cf|etc|e\.g|i\.e|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$"
)
_BOUNDARY = re.compile(
    # (bold or italic marks may close it: "**1997.** Labour took the seat")
    r"[.!?]+[\"'”’)]*(?:\*\*?|__?)?\s+|\n\s*\n|\n(?=\s*[-*•:])"
    # A "key facts" line on its own ("Majority: 1,771"), before or after a line break.
    # (the second alternative takes a whole label line, ending the sentence after it)
    # ("(2019 notional: Con maj 4,952 ...)": a label in brackets too)
    r"|\n(?=[ \t]*\(?[A-Z0-9][\w '’()&/-]{0,40}:[ \t])"
    # (not a line whose text after the colon runs on into further sentences: "Mr Farron
    # clung on by a whisker: his share fell to 45.8%. Mr Nuttall came third ...")
    r"|(?m:^[ \t]*\(?[A-Z0-9][\w '’()&/-]{0,40}:[ \t](?:(?![.!?]+[\"'”’)]*[ \t]+[A-Z])[^\n])*\n)"
)
# What may follow a stop that begins a `_BOUNDARY` match (a space too): not a decimal
# point's digit, nor the letter after the stop of "e.g".
_AFTER_STOP = frozenset(".!?\"'”’)*_")


# A line of a results list starts with an optional bullet; its count follows a dash.
LIST_ITEM_START = r"(?m)^[ \t]*(?:[•*·][ \t]*)?"
# A list item's marker opening a line: a bullet or a number ("- ", "• ", "3. ", "2) ").
LIST_MARKER = r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+"
LIST_MARKER_LINE = re.compile(LIST_MARKER)
LIST_DASH = r"[ \t]+[-–—][ \t]+"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int

    def __init__(self, start: int, end: int, paragraph: int) -> None:
        # (the dataclass's own sets each field through `object.__setattr__`, as a frozen
        # one must: twice the cost, and sentences are made by the hundred an article)
        fields = self.__dict__
        fields["start"], fields["end"], fields["paragraph"] = start, end, paragraph

    def text(self, full: str) -> str:
        return full[self.start : self.end]


# A text whose lines never run longer than this is taken as hard-wrapped: its single
# line breaks fall mid-sentence. Otherwise each line is a paragraph (a caption, a
# headline, a results line) and a line break ends a sentence even without a full stop.
HARD_WRAP_WIDTH = 100


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences, tracking which paragraph each is in."""
    # Extraction, resolution and the number report each ask for the same text's: split
    # once, and each caller gets its own list.
    return list(_split_sentences(text))


@lru_cache(maxsize=4)
def _split_sentences(text: str) -> tuple[Sentence, ...]:
    sentences = _split_at_punctuation(text)
    if max((len(line) for line in text.split("\n")), default=0) > HARD_WRAP_WIDTH:
        sentences = _split_at_line_breaks(text, sentences)
    return tuple(_split_at_rows(text, sentences))


def _split_at_rows(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences cut again so that each row of a results block is a sentence of its own."""
    from factcheck.language.tables import row_spans

    rows = row_spans(text)
    if not rows:
        return sentences
    cuts = sorted({a for a, _ in rows} | {b for _, b in rows})
    out: list[Sentence] = []
    for s in sentences:
        start = s.start
        # Only the cuts inside the sentence: a range of the sorted cuts.
        for cut in cuts[bisect_right(cuts, s.start) : bisect_left(cuts, s.end)]:
            if text[start:cut].strip():
                out.append(Sentence(start, cut, s.paragraph))
            start = cut
        if text[start : s.end].strip():
            out.append(s if start == s.start else Sentence(start, s.end, s.paragraph))
    return out


def _split_at_line_breaks(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences cut again where a line ends without a full stop."""
    out: list[Sentence] = []
    shift = 0
    for s in sentences:
        start = s.start
        body_end = len(text[s.start : s.end].rstrip()) + s.start
        cut = text.find("\n", start, body_end)
        while cut != -1:
            if runs_on(text, cut, body_end):
                # ("... and took 1,180⏎votes in Chester-le-Street North": a line going on in
                # lower case is one sentence wrapped, whatever the other lines' width)
                cut = text.find("\n", cut + 1, body_end)
                continue
            if text[start:cut].strip():
                out.append(Sentence(start, cut + 1, s.paragraph + shift))
                shift += 1
            start = cut + 1
            cut = text.find("\n", start, body_end)
        out.append(
            s if start == s.start and not shift else Sentence(start, s.end, s.paragraph + shift)
        )
    return out


def runs_on(text: str, newline: int, end: int) -> bool:
    """Whether the line after `newline` goes on with the sentence: it opens in lower case
    and the line before ends on a word, a figure (a share's "%" too) or a comma (not a
    label's colon)."""
    at = newline + 1
    while at < end and text[at] in " \t":
        at += 1
    if at >= end or not ("a" <= text[at] <= "z"):
        return False
    before = text[:newline].rstrip(" \t")
    return bool(before) and (before[-1].isalnum() or before[-1] in ",%")


def _split_at_punctuation(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    for m in _boundaries(text):
        breaks_line = "\n" in m.group()
        if not breaks_line and _NO_BREAK.search(text[max(start, m.start() - 6) : m.start() + 1]):
            continue
        end = m.end()
        if text[start:end].strip():
            sentences.append(Sentence(start, end, paragraph))
        if breaks_line:
            paragraph += 1
        start = end
    if text[start:].strip():
        sentences.append(Sentence(start, len(text), paragraph))
    return sentences


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """`_BOUNDARY.finditer(text)`, trying the pattern only where a match may begin.

    The scan itself tries each of its alternatives at every character; but a match
    begins at a stop or a line break, or at the start of a line with a colon (a label
    line), which are few. Tried there in order, each from the end of the last match, the
    matches are the scan's."""
    taken = 0  # the end of the last match: the next begins no earlier
    tried = -1  # the last place tried (a line's start may also be a stop)
    for place in _may_begin(text):
        if place < taken or place == tried:
            continue
        tried = place
        m = _BOUNDARY.match(text, place)
        if m is not None:
            taken = m.end()  # (no alternative matches empty text)
            yield m


def _may_begin(text: str) -> list[int]:
    """The places in `text` where a `_BOUNDARY` match may begin, in order (and some where
    none does). Found by `str.find`, which costs far less than a scan by a pattern."""
    places: list[int] = []
    for mark in ".!?":
        at = text.find(mark)
        while at >= 0:
            after = text[at + 1 : at + 2]
            if after in _AFTER_STOP or after.isspace():
                places.append(at)
            at = text.find(mark, at + 1)
    at = text.find("\n")
    while at >= 0:
        places.append(at)
        at = text.find("\n", at + 1)
    # A label line has a colon: the start of each line with one.
    at = text.find(":")
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        places.append(line_start)
        line_end = text.find("\n", at)
        at = text.find(":", line_end) if line_end >= 0 else -1
    places.sort()
    return places


class LazyPattern:
    """A regular expression compiled on first use.

    Module-level patterns cost start-up time whether or not an article needs them;
    this defers the cost to the first search.
    """

    # The methods most asked for are kept on the instance once compiled: a search then
    # costs no `__getattr__` call (hundreds per article).
    _KEPT = ("search", "match", "finditer", "fullmatch", "sub", "findall")
    __slots__ = ("_args", "_compiled", *_KEPT)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = re.compile(guarded(*self._args), self._args[1])
            for kept in self._KEPT:
                setattr(self, kept, getattr(self._compiled, kept))
        return getattr(self._compiled, name)


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
