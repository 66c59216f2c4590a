"""Typing normalisation: one text the extractors can read, and a map back to the file.

Thousands separators (no-break and thin spaces, apostrophes, ...) become ",", other
scripts' digits become ASCII and invisible characters are dropped. A digit group whose
grouping is ambiguous is masked, so no reader can take a number from its middle.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from factcheck.language import lexicon as lx

# Masks an ambiguous digit group: not a digit, not a word character, not a space.
MASK = "#"

_NEEDS_FOLDING = re.compile(
    "[" + "".join(sorted(lx.INVISIBLE)) + r"]|[^\x00-\x7f]"  # cheap test: ASCII needs none
)
_SEPARATORS = "".join(sorted(lx.THOUSANDS_SEPARATORS))
# A run of digits joined by separators or a decimal point: the candidates for one figure.
_RUN = re.compile(rf"(?<![0-9])[0-9]+(?:[{re.escape(_SEPARATORS)}.][0-9]+)*")
_SPACE_SPLIT = re.compile("[" + "".join(sorted(lx.SPACE_SEPARATORS)) + "]")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
# Two space-separated chunks that could be one grouped figure: "13" + "748", "1,234" + "567".
_ENDS_IN_GROUP = re.compile(r"\d{1,3}(?:\D\d{3})*")
_STARTS_WITH_GROUP = re.compile(r"\d{3}(?:\D\d{3})*(?:\.\d+)?")


@dataclass
class Normalised:
    """The folded text; `offsets[i]` is the index in the original of `text[i]` (None: same)."""

    text: str
    offsets: list[int] | None = None
    # Spans of `text` holding a digit group that could be read more than one way.
    ambiguous: list[tuple[int, int]] = field(default_factory=list)

    def to_source(self, index: int) -> int:
        """The original index of `text[index]` (an end index maps past the last character)."""
        if self.offsets is None:
            return index
        if index >= len(self.offsets):
            return self.offsets[-1] + 1 if self.offsets else 0
        return self.offsets[index]

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """A span of `text` as a span of the original, end exclusive."""
        if self.offsets is None or end <= start:
            return self.to_source(start), self.to_source(end)
        return self.to_source(start), self.to_source(end - 1) + 1


def normalise(text: str) -> Normalised:
    """Fold `text` for reading; linear in its length."""
    folded, offsets = _fold_characters(text)
    chars: list[str] | None = None
    ambiguous: list[tuple[int, int]] = []
    for m in _RUN.finditer(folded):
        run = m.group()
        if not any(c in lx.THOUSANDS_SEPARATORS for c in run) and run.count(".") <= 1:
            continue  # a plain figure: nothing to fold
        grouped = _grouping(run)
        if grouped == run:
            continue
        if chars is None:
            chars = list(folded)
        if grouped is None:
            ambiguous.append((m.start(), m.end()))
            chars[m.start() : m.end()] = [c if c.isspace() else MASK for c in run]
        else:
            chars[m.start() : m.end()] = list(grouped)
    if chars is not None:
        folded = "".join(chars)
    return Normalised(folded, offsets, ambiguous)


def _fold_characters(text: str) -> tuple[str, list[int] | None]:
    """Drop invisible characters and fold every script's decimal digits to ASCII."""
    kept: list[range] = []  # the source ranges left after dropping, in order
    digits: dict[int, str] = {}
    done = 0
    for m in _NEEDS_FOLDING.finditer(text):
        c, at = m.group(), m.start()
        if c in lx.INVISIBLE:
            kept.append(range(done, at))
            done = at + 1
        elif c.isdecimal():
            digits[ord(c)] = str(unicodedata.decimal(c))
    if not kept and not digits:
        return text, None
    if kept:
        kept.append(range(done, len(text)))
        text = "".join(text[r.start : r.stop] for r in kept)
    # Folding a digit keeps the length, so only dropped characters need the offset map.
    offsets = [i for r in kept for i in r] if kept else None
    return text.translate(digits), offsets


def _grouping(run: str) -> str | None:
    """The run with its thousands separators as ",", the same length; None when ambiguous.

    A run that is several figures separated by spaces ("2017 748") is returned unchanged.
    """
    whole = _as_one_figure(run)
    if whole is not None:
        return whole
    chunks = _SPACE_SPLIT.split(run)
    if len(chunks) == 1:
        return None  # "1,2345", "45,5", "1.2.3": no reading is safe
    for left, right in zip(chunks, chunks[1:], strict=False):
        # "13 748" inside a longer run could be one figure or two: do not guess.
        if _ENDS_IN_GROUP.fullmatch(left) and _STARTS_WITH_GROUP.fullmatch(right):
            return None
    pieces = [_as_one_figure(c) for c in chunks]
    if any(p is None for p in pieces):
        return None
    separators = _SPACE_SPLIT.findall(run)
    out = pieces[0] or ""
    for sep, piece in zip(separators, pieces[1:], strict=True):
        out += sep + (piece or "")
    return out


def _as_one_figure(run: str) -> str | None:
    """`run` as one figure with "," between thousands, or None if it is not one."""
    if _PLAIN.fullmatch(run):
        return run
    m = re.fullmatch(r"(\d{1,3})((?:\D\d{3})+)(\.\d+)?", run)
    if m is None:
        return None
    separators = set(m.group(2)[::4])
    if len(separators) != 1 or not separators <= lx.THOUSANDS_SEPARATORS:
        return None
    (sep,) = separators
    if sep == " " and len(m.group(2)) == 4:
        # One plain space between two groups: "13 748" may be "13" and "748".
        return None
    return run.replace(sep, ",") if sep != "," else run
