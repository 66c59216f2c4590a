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

# An invisible character or another script's digit: a character past ASCII (the scan
# looks for those alone), then looked back at. (`\d` is `str.isdecimal`.)
_NEEDS_FOLDING = re.compile(r"[^\x00-\x7f](?<=[" + "".join(sorted(lx.INVISIBLE)) + r"\d])")
assert all(ord(c) > 0x7F for c in lx.INVISIBLE)
_SEPARATORS = "".join(sorted(lx.THOUSANDS_SEPARATORS))
# A run of digits joined by separators or decimal points: the candidates for one figure
# written with more than digits. (The first digit is matched before the look back that
# says it begins the run, so that the scan looks for digits alone.)
_RUN = re.compile(rf"[0-9](?<![0-9][0-9])[0-9]*(?:[{re.escape(_SEPARATORS)}.][0-9]+)+")
_SPACES = "".join(sorted(lx.SPACE_SEPARATORS))
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
# Two space-separated chunks that could be one grouped figure: "13" + "748", "1,234" + "567".
_ENDS_IN_GROUP = re.compile(r"\d{1,3}(?:\D\d{3})*")
_STARTS_WITH_GROUP = re.compile(r"\d{3}(?:\D\d{3})*(?:\.\d+)?")


# A figure between emphasis marks ("a majority of **5,508**", "*57.9%*"): the pair, where
# it neither opens nor closes a line (a bold lead "**2015: ...**", a heading "**Table 2:
# ..., 2021**", a label "**21,113**: votes" keep theirs).
_EMPHASIS_AT_FIGURE = re.compile(
    r"(?<=[^\w*\n])(?P<mark>[*_]{1,3})(?P<figure>[£$€]?\d[\d,.]*(?:[ \t]?%|[ \t]*per[ \t]?cent)?)"
    r"(?P=mark)(?![\w*])(?![ \t]*(?:[:–—-]|\n|$))"
)
_RAISED_POINT = re.compile(r"(?<=\d)\u00b7(?=\d)")


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
    if "*" in folded or "_" in folded:
        # Emphasis marks hugging a figure ("a majority of **5,508**", "*57.9%*"): spaces,
        # so the words around it read as they would unmarked (one character for another,
        # so every offset still holds). A label's closing marks stay: "**21,113**: votes".
        folded = _EMPHASIS_AT_FIGURE.sub(_unmarked, folded)
    if "\u00b7" in folded:
        # A raised decimal point, as British print writes shares ("51·48%"): one character
        # for another, so every offset still holds.
        folded = _RAISED_POINT.sub(".", folded)
    if "\n" in folded:
        # A figure or a word broken at a line's end, as scanned print and text wrapped by
        # hand break them ("22,-⏎846", "71.-⏎2 per cent", "major-⏎ity"): joined, the
        # characters between dropped (so a quote still spans them in the file).
        folded, offsets = _joined_line_breaks(folded, offsets)
        # A page's furniture inside a sentence, as text copied from a PDF carries it ("held
        # on by⏎23⏎145 votes", a running head "... | General Election 2019 | 23"): dropped.
        folded, offsets = _edited(
            folded, offsets, [(m.start(), m.end(), "", 0) for m in _FURNITURE_LINE.finditer(folded)]
        )
    if "," in folded:
        # A decimal comma before a unit, as copy edited abroad writes it ("45,6 %", "a
        # 3,2-point swing", "9,7 million"): one or two digits after the comma are no
        # thousands group, so the comma is a point (one character for another).
        folded = _DECIMAL_COMMA.sub(r"\g<whole>.", folded)
    if "pc" in folded:
        # "33.1 pct", "43.6pc": the percent sign as agencies abbreviate it, read as "%"
        # (the sign stands where the word ended, so a quote still ends on the word).
        folded, offsets = _percent_words(folded, offsets)
    chars: list[str] | None = None
    ambiguous: list[tuple[int, int]] = []
    for m in _RUN.finditer(folded):
        run = m.group()
        if not any(c in lx.THOUSANDS_SEPARATORS for c in run) and run.count(".") <= 1:
            continue  # a plain figure: nothing to fold
        grouped, unclear = _grouping(run)
        if grouped == run:
            continue
        if chars is None:
            chars = list(folded)
        chars[m.start() : m.end()] = list(grouped)
        ambiguous += [(m.start() + a, m.start() + b) for a, b in unclear]
    if chars is not None:
        folded = "".join(chars)
    return Normalised(folded, offsets, ambiguous)


_DECIMAL_COMMA = re.compile(
    r"(?<![\d,.])(?P<whole>\d{1,3}),(?=\d{1,2}(?:\s?%|\s*per\s?cent\b|\s*pc\b|\s*pct\b|-points?\b"
    r"|\s+(?:percentage\s+)?points?\b|\s*(?:m|bn|million|billion)\b))"
)
# (lower case only: "PC" is Plaid Cymru's abbreviation, as in "PC 12.3%")
_PERCENT_WORD = re.compile(r"(?<=\d)(?P<space>[ \t]?)(?:pct|pc)\b(?!\.\w)")


def _percent_words(text: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """`text` with each "pct" or "pc" after a figure as "%", and the offsets to match."""
    # (the sign stands for the word's last character, so a span ending on it ends there)
    edits = [
        (m.start() + len(m.group("space")), m.end(), "%", m.end() - 1)
        for m in _PERCENT_WORD.finditer(text)
    ]
    return _edited(text, offsets, edits)


# A line break inside a figure or a word: after a thousands comma ("22,-⏎846", "22,⏎846":
# three digits must follow), a decimal point and a hyphen ("71.-⏎2"; not "16,223.⏎2", a
# sentence's end and a numbered line), a hyphen inside a digit group
# ("22,8-⏎46": the group completed), or a hyphen between lower-case letters ("major-⏎ity").
_BROKEN_AT_LINE_END = re.compile(
    r"(?<=\d,)-?[ \t]*\n[ \t]*(?=\d{3}(?!\d))"
    r"|(?<=\d\.)-[ \t]*\n[ \t]*(?=\d)"
    r"|(?<=\d,\d)-[ \t]*\n[ \t]*(?=\d\d(?!\d))"
    r"|(?<=\d,\d\d)-[ \t]*\n[ \t]*(?=\d(?!\d))"
    r"|(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])"
)
_WORD_BEFORE = re.compile(r"[a-z]+$")
# A line holding only a page number, or a running head of cells ending in one, between a
# long line of prose that runs on (it ends on a lower-case word) and a line going on with
# a figure or a lower-case word.
_FURNITURE_LINE = re.compile(
    r"(?<=[^\n]{40}[a-z])[ \t]*\n"
    r"[ \t]*(?:(?:[Pp]age|p\.)[ \t]*)?(?:[^\n|]+(?:\|[^\n|]+)+\|[ \t]*)?\d{1,3}[ \t]*"
    r"(?=\n[ \t]*[a-z0-9])"
)


def _joined_line_breaks(text: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """`text` with figures and words broken across a line end joined (see above)."""
    edits = []
    for m in _BROKEN_AT_LINE_END.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if word is not None and word.group() in lx.CARDINALS:
            # ("twenty-⏎five": a compound number keeps its hyphen)
            edits.append((m.start() + 1, m.end(), "", 0))
        else:
            edits.append((m.start(), m.end(), "", 0))
    return _edited(text, offsets, edits)


def _edited(
    text: str, offsets: list[int] | None, edits: list[tuple[int, int, str, int]]
) -> tuple[str, list[int] | None]:
    """`text` with each (start, end, new, source) edit made, in order and not overlapping,
    and the offsets map to match: a new character maps to `source` of the text before."""
    if not edits:
        return text, offsets
    source = offsets if offsets is not None else list(range(len(text)))
    parts: list[str] = []
    mapped: list[int] = []
    done = 0
    for start, end, new, at in edits:
        parts.append(text[done:start] + new)
        mapped += source[done:start] + [source[at]] * len(new)
        done = end
    parts.append(text[done:])
    mapped += source[done:]
    return "".join(parts), mapped


def _unmarked(m: re.Match[str]) -> str:
    """An emphasised figure with its marks as spaces (the same length)."""
    mark = " " * len(m.group("mark"))
    return mark + m.group("figure") + mark


def _fold_characters(text: str) -> tuple[str, list[int] | None]:
    """Drop invisible characters, fold every script's decimal digits to ASCII, and read a
    space written as an HTML entity inside a figure as that space ("15&nbsp;529")."""
    kept: list[range] = []  # the source ranges left after dropping, in order
    digits: dict[int, str] = {}
    done = 0
    drops = [(m.start(), m.end()) for m in _NEEDS_FOLDING.finditer(text)]
    entities = list(_SPACE_ENTITY.finditer(text)) if "&" in text else []
    # (an entity keeps its "&", read as a no-break space below, and drops the rest)
    drops += [(m.start() + 1, m.end()) for m in entities]
    for at, end in sorted(drops):
        c = text[at]
        if end - at > 1 or c in lx.INVISIBLE:
            kept.append(range(done, at))
            done = end
        elif c.isdecimal():
            digits[ord(c)] = str(unicodedata.decimal(c))
    if not kept and not digits:
        return text, None
    if kept:
        kept.append(range(done, len(text)))
        text = "".join(text[r.start : r.stop] for r in kept)
    # Folding a digit keeps the length, so only dropped characters need the offset map.
    offsets = [i for r in kept for i in r] if kept else None
    if entities and offsets is not None:
        starts = {m.start() for m in entities}
        chars = list(text)
        for i, source in enumerate(offsets):
            if source in starts:
                chars[i] = "\u00a0"
        text = "".join(chars)
    return text.translate(digits), offsets


# A space written as an HTML entity between two digits: "15&nbsp;529", "20&#160;570",
# "21&#8239;252" (a thin space), which a page's source may carry into copied text.
_SPACE_ENTITY = re.compile(
    r"(?<=\d)&(?:nbsp|thinsp|narrownbsp|#160|#xa0|#x00a0|#8201|#x2009|#8239|#x202f);(?=\d)",
    re.I,
)


def _grouping(run: str) -> tuple[str, list[tuple[int, int]]]:
    """The run with thousands separators as "," and unclear figures masked (same length).

    Also returns the spans of the run that were masked. A run of figures separated by
    spaces ("2017 748") keeps its figures; only those that could group together
    ("2017 13 748": the "13 748") or are malformed ("1,2345") are masked.
    """
    whole = _as_one_figure(run)
    if whole is not None:
        return whole, []
    chunks = [(m.start(), m.end()) for m in re.finditer(r"[^" + _SPACES + "]+", run)]
    unclear = [_as_one_figure(run[a:b]) is None for a, b in chunks]
    for i in range(len(chunks) - 1):
        # "13 748" could be one figure or two: do not guess.
        left, right = run[slice(*chunks[i])], run[slice(*chunks[i + 1])]
        if _ENDS_IN_GROUP.fullmatch(left) and _STARTS_WITH_GROUP.fullmatch(right):
            unclear[i] = unclear[i + 1] = True
    out = list(run)
    spans: list[tuple[int, int]] = []
    for (a, b), masked in zip(chunks, unclear, strict=True):
        if not masked:
            out[a:b] = list(_as_one_figure(run[a:b]) or run[a:b])
            continue
        out[a:b] = [MASK] * (b - a)
        if spans and run[spans[-1][1] : a].isspace():
            spans[-1] = (spans[-1][0], b)  # neighbours unclear together are one mention
        else:
            spans.append((a, b))
    return "".join(out), spans


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
