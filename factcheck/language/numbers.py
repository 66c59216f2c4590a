"""The number grammar: every number mention in a text, however it is written.

It reads text that `normalise.py` has already folded (ASCII digits, "," between
thousands, no invisible characters); `normalise` maps its spans back to the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factcheck.language import lexicon as lx
from factcheck.language.prefilter import guarded
from factcheck.language.scan import ascii_fold


@dataclass(frozen=True)
class Mention:
    """One number as written; `form` says how (digits, word, ordinal, percent, year, ...)."""

    text: str
    start: int
    end: int
    value: float | None
    form: str

    def __init__(self, text: str, start: int, end: int, value: float | None, form: str) -> None:
        # (the dataclass's own sets each field through `object.__setattr__`, as a frozen
        # one must: twice the cost, for every number of every text read)
        fields = self.__dict__
        fields["text"], fields["start"], fields["end"] = text, start, end
        fields["value"], fields["form"] = value, form


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, the longer first so "per cent" beats "per",
    written as a trie ("ma(?:jority|rgin)"): the matcher tries a handful of first letters
    at each place, not every word (a case-insensitive word list is otherwise tried word by
    word at every character, the largest cost of the claim patterns). Two literal words
    match at one place only when one begins the other, and the trie tries the longer
    first, so it matches what the longest-first list matches."""
    return _trie_regex(sorted(set(words)))


def _trie_regex(words: list[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer words through this node first
        return body + "?" if body.startswith("(?:") and len(branches) > 1 else f"(?:{body})?"
    return body


# A figure in digits after normalising: "13,748", "13748", "8.5", "1,000,000".
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CARDINAL = alternation([*lx.CARDINALS, *lx.SCALES, "dozen"])
# A figure in words: "seven", "twenty-three", "a hundred", "three hundred and two".
_WORDS = (
    rf"(?:an?\s+(?:{alternation([*lx.SCALES, 'dozen'])})|(?:{_CARDINAL}))"
    rf"(?:(?:[\s-]+|\s+and\s+)(?:{_CARDINAL}))*"
)
_PLURAL_SCALE = r"(?:hundreds|thousands|millions|dozens)(?=\s+of\b)"
_TENS = alternation(k for k, v in lx.CARDINALS.items() if v >= 20)
_ORDINAL_WORD = rf"(?:(?:{_TENS})-)?(?:{alternation(lx.ORDINALS)})"
# "a third of", "two-thirds", "half": "a third" alone is an ordinal ("a third runway").
_FRACTION = (
    r"(?:(?:a|one)[\s-](?:third|quarter)(?=\s+of\b)|(?:two|three)[\s-](?:thirds|quarters)|half)"
)
_PERCENT = alternation(lx.PERCENT_WORDS)
_POINTS = alternation(lx.POINT_WORDS)
_DURATION = alternation(lx.DURATION_UNITS)
_SCALE_ABBR = alternation(lx.SCALE_ABBREVIATIONS)
_SCALE_WORD = alternation(lx.SCALES)
_MONEY_SIGN = "[" + "".join(re.escape(s) for s in lx.MONEY_SIGNS) + "]"
_CLOCK = r"(?:am|pm|a\.m\.|p\.m\.)"

# What may follow a number and belongs to its mention, in the order tried.
_SUFFIX = re.compile(
    rf"(?P<ordsuffix>(?:{alternation(lx.ORDINAL_SUFFIXES)})(?!\w))?"
    rf"(?P<pence>p(?!\w))?"
    # ("700-odd", "seven hundred odd", "seven hundred and something": the figure and a
    # little more)
    rf"(?P<odd>-odd|[ \t]odd(?=[ \t])|[ \t]and[ \t]something(?!\w))?"
    rf"(?:(?P<percent>\s?(?:{_PERCENT})(?!\w))"
    rf"|(?P<points>\s(?:{_POINTS})(?!\w))"
    rf"|(?P<times>\s{lx.TIMES}(?!\w))"
    rf"|(?P<figure>-{lx.FIGURE_WORD}(?!\w))"
    rf"|(?P<duration>[\s-](?:{_DURATION})(?:-old)?(?!\w))"
    rf"|(?P<scale>(?:\s?(?:{_SCALE_WORD})|(?:{_SCALE_ABBR}))(?!\w)))?",
    re.I,
)

# Every number word begins with one of these openings: its first three letters, or "a"
# and a space ("a hundred", "a decade"), or "an". A word starting otherwise is passed
# over without trying the word alternatives one by one (which cost more than the rest of
# the grammar together); three letters, as "th" opens "the", "that" and "this".
_WORD_OPENINGS = sorted(
    {
        "a " if w.startswith("a ") else w[:3].lower()
        for w in (
            *lx.CARDINALS,
            *lx.SCALES,
            *lx.ORDINALS,
            *lx.MULTIPLICATIVES,
            *lx.BARE_DURATIONS,
            "dozen",
            "dozens",
            "half",
            "a third",
            "an",
        )  # fmt: skip
    }
)
_WORD_GUARD = "(?=" + alternation(_WORD_OPENINGS).replace(r"\ ", r"\s") + ")"

# The alternatives are grouped under one cheap guard each (a digit or sign; the start of
# a word) so that most positions in a text are rejected at once.
_GRAMMAR_SOURCE = (
    rf"(?P<url>(?:https?://|www\.)[^\s<>\"]+)"
    rf"|(?=[0-9'’£$€])(?:"
    rf"(?P<money>{_MONEY_SIGN}\s?{DIGITS}(?:\s?(?:{_SCALE_WORD})|(?:{_SCALE_ABBR}))?(?!\w))"
    rf"|(?<![\w,.])(?P<decade>(?:\d\d)?\d0['’]?s|['’]\d0s)(?!\w)"
    rf"|(?<![\w,.])(?P<yearrange>\d{{4}}[-–/]\d{{2}})(?![\w,.]?\d)"
    rf"|(?<![\w,.])(?P<clock>\d{{1,2}}(?:[:.]\d{{2}}\s?{_CLOCK}|:\d{{2}}(?!\d)|\s?{_CLOCK}))(?!\w)"
    rf"|(?<![\d,.])(?P<code>(?<=[^\W\d_])\d+(?:\.\d+)?)"
    rf"|(?<![\d,.])(?P<digits>{DIGITS})(?![\d]|[.,]\d))"
    rf"|\b(?=[a-z]){_WORD_GUARD}(?:"
    rf"(?P<bare>{alternation(lx.BARE_DURATIONS)})\b"
    rf"|(?P<multiplicative>{alternation(lx.MULTIPLICATIVES)})\b"
    rf"|(?P<fraction>{_FRACTION})\b"
    rf"|(?P<ordinal>{_ORDINAL_WORD})\b"
    rf"|(?P<plural>{_PLURAL_SCALE})"
    rf"|(?P<words>{_WORDS})\b)"
)
_GRAMMAR = re.compile(guarded(_GRAMMAR_SOURCE, re.I), re.I)
_DIGIT_RUN = re.compile(r"\d+")
_FIRST_FIGURE = re.compile(DIGITS)


def word_value(words: str) -> int | None:
    """The value of a number in words ("twenty-three", "a hundred", "three hundred and two")."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("and", "a", "an"):
            current = current or (1 if word != "and" else current)
            continue
        if word in lx.CARDINALS:
            current += lx.CARDINALS[word]
        elif word == "dozen":
            current = (current or 1) * lx.DOZEN
        elif word in lx.SCALES:
            scale = lx.SCALES[word]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0
            else:
                current = (current or 1) * scale
        else:
            return None
    return total + current


_SPOKEN_YEAR = re.compile(
    r"(eighteen|nineteen|twenty)\s+((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)",
    re.I,
)


def _composed_length(words: str) -> int:
    """How much of a number in words composes as one number: up to a units, teens or tens
    word that follows another of them with no scale word between ("thirty-two two")."""
    small_before = False
    for m in re.finditer(r"[^\s-]+", words):
        word = m.group().lower()
        if word in lx.CARDINALS:
            n = lx.CARDINALS[word]
            # ("twenty two" composes: a unit after a tens word alone)
            if small_before and not (1 <= n <= 9 and small_before == "tens"):
                return m.start()
            small_before = "tens" if n % 10 == 0 and n >= 20 else "small"
        elif word in lx.SCALES or word == "dozen":
            small_before = False
    return len(words)


def _digits_value(text: str) -> float:
    return float(text.replace(",", ""))


def _with_suffix(
    text: str, at: int, base: float | None, form: str
) -> tuple[int, str, float | None]:
    """Extend a number at `at` by its suffix (%, points, times, years, "-figure", "m", "st").

    Returns the new end, form and value; a number glued to other letters ("5G") is a code.
    """
    s = _SUFFIX.match(text, at)
    end = s.end() if s else at
    if s is None or end == at:
        if at < len(text) and (text[at].isalnum() or text[at] == "_"):
            return at, "code", base
        return at, form, base
    if s.group("ordsuffix"):
        return s.end("ordsuffix"), "ordinal" if form != "word" else form, base
    if s.group("pence"):
        return s.end("pence"), "money", base
    for group, suffixed in (
        ("percent", "percent"),
        ("points", "points"),
        ("times", "multiplicative"),
        ("figure", "magnitude"),
        ("duration", "duration"),
    ):
        if s.group(group):
            return end, suffixed, base
    scale = s.group("scale")
    if scale and base is not None:
        key = scale.strip().lower()
        factor = lx.SCALES.get(key) or lx.SCALE_ABBREVIATIONS.get(key, 1)
        return end, form, base * factor
    return end, form, base


# The first word of every way the grammar's number words may begin ("twenty" of
# "twenty-first", "a" of "a hundred" or "a decade"), lower case.
_FIRST_WORDS = frozenset(
    re.split(r"[^a-z0-9_]", w.lower())[0].encode()
    for w in (
        *lx.BARE_DURATIONS,
        *lx.MULTIPLICATIVES,
        *lx.ORDINALS,
        *lx.CARDINALS,
        *lx.SCALES,
        "a",
        "an",
        "half",
        "dozen",
        "hundreds",
        "thousands",
        "millions",
        "dozens",
    )  # fmt: skip
)
# A word of a folded text's `_WORD_CLASS` bytes, with the space before it, that is one of
# those: its match starts where the word does in the text (which has no space before).
_FIRST_WORD_AT = re.compile(
    f" (?:{alternation(w.decode() for w in _FIRST_WORDS)})(?![^ ])".encode()
)
# A folded text's bytes by what they are to a word: letters, "_" and digits ("0") are
# word characters, any other is a space.
_WORD_CLASS = bytes(
    c if 97 <= c <= 122 or c == 95 else 48 if 48 <= c <= 57 else 32 for c in range(256)
)
# Below this length the grammar scans the text itself (the windows claims ask about).
_SHORT = 256


def _grammar_matches(text: str) -> Iterator[re.Match[str]]:
    """`_GRAMMAR.finditer(text)`, by matching only where a match may start: the scan itself
    tries the grammar at every character, which costs far more than the few dozen places
    a text's numbers start.

    Where a match may start, found in the text's `fold` (offsets kept, a character the
    grammar's letters match case-insensitively made that ASCII letter, a digit "0"): a
    digit; "'" or "’" before one ("'90s"); a money sign; "http" or "www."; or the start
    of a word (after a character that is no word character, in the fold too) that is the
    first word of a number in words, whole: the grammar reads a whole word there.
    """
    folded = ascii_fold(text).encode("ascii")
    words = folded.translate(_WORD_CLASS)
    # (found by a pattern whose every match begins with a space: the matcher skips from
    # space to space, where a loop over the words costs a step each)
    starts = [m.start() for m in _FIRST_WORD_AT.finditer(b" " + words)]
    _places(words, b"0", starts)
    for sign in (b"$", b"http", b"www."):
        _places(folded, sign, starts)
    before_digit: list[int] = []
    _places(folded, b"'", before_digit)
    for sign in ("’", "£", "€"):
        _places(text, sign, before_digit if sign == "’" else starts)
    starts += [i for i in before_digit if words[i + 1 : i + 2] == b"0"]
    end = 0
    for at in sorted(set(starts)):
        if at >= end:
            m = _GRAMMAR.match(text, at)
            if m is not None:
                end = m.end()  # (the grammar matches no empty text)
                yield m


def _places(text, sub, out: list[int]) -> None:
    """Add the offset of every `sub` in `text` (str or bytes) to `out`."""
    at = text.find(sub)
    while at >= 0:
        out.append(at)
        at = text.find(sub, at + 1)


# After a whole number: "and a half" and a scale word, which make one figure with it.
AND_A_HALF_SCALE = re.compile(
    rf"\s+and\s+a\s+half\s+(?P<scale>{alternation(lx.SCALES)})(?!\w)", re.I
)


def find_numbers(text: str) -> list[Mention]:
    """Every number mention in `text`, in text order, each with its value where it has one."""
    found: list[Mention] = []
    taken = 0  # end of the last mention: a suffix read past the match owns its words
    matches = _GRAMMAR.finditer(text) if len(text) < _SHORT else _grammar_matches(text)
    for m in matches:
        start, end = m.start(), m.end()
        if start < taken:
            continue
        if m.group("url"):
            # Digits in an address are part of a name, not a quantity: one mention per run.
            for d in _DIGIT_RUN.finditer(m.group()):
                found.append(Mention(d.group(), start + d.start(), start + d.end(), None, "url"))
            continue
        value: float | None
        if m.group("money"):
            value, form = _digits_value(_FIRST_FIGURE.findall(m.group())[0]), "money"
        elif m.group("decade"):
            digits = _DIGIT_RUN.findall(m.group())[0]
            value = float(digits) if len(digits) == 4 else None
            form = "decade"
        elif m.group("yearrange"):
            value, form = float(m.group()[:4]), "year"
        elif m.group("clock"):
            value, form = None, "time"
        elif m.group("code"):
            value, form = _digits_value(m.group("code")), "code"
        elif m.group("digits"):
            end, form, value = _with_suffix(text, end, _digits_value(m.group()), "digits")
            if form == "digits":
                form = _digit_form(m.group(), text, end)
        elif m.group("bare"):
            bare = lx.BARE_DURATIONS[" ".join(m.group().lower().split())]
            value, form = (None if bare is None else float(bare)), "duration"
        elif m.group("multiplicative"):
            value, form = float(lx.MULTIPLICATIVES[m.group().lower()]), "multiplicative"
        elif m.group("fraction"):
            value, form = _fraction_value(m.group()), "fraction"
        elif m.group("ordinal"):
            value, form = _ordinal_value(m.group()), "ordinal"
        elif m.group("plural"):
            value, form = None, "word"
        else:
            spoken_year = _SPOKEN_YEAR.fullmatch(m.group().rstrip())
            whole = _composed_length(m.group())
            if spoken_year is None and whole < len(m.group().rstrip()):
                # "eighteen hundred and thirty-two two years ago": a second number run on
                # after the first, which ends where its words stop composing
                end = start + len(m.group()[:whole].rstrip(" -"))
            words = word_value(text[start:end])
            if spoken_year is not None:
                # "nineteen ninety-seven": a year as it is spoken
                words = 100 * lx.CARDINALS[spoken_year.group(1).lower()] + (
                    word_value(spoken_year.group(2)) or 0
                )
            value = None if words is None else float(words)
            end, form, value = _with_suffix(text, end, value, "word")
        if form in ("digits", "word") and value is not None:
            # "three and a half thousand", "2 and a half million": one figure, 3,500
            half = AND_A_HALF_SCALE.match(text, end)
            if half is not None:
                value = (value + 0.5) * lx.SCALES[half.group("scale").lower()]
                end = half.end()
        found.append(Mention(text[start:end], start, end, value, form))
        taken = end
    return found


def _digit_form(digits: str, text: str, end: int) -> str:
    """ "year" for a bare four-digit number in the year range not followed by a count unit."""
    if not re.fullmatch(r"\d{4}", digits):
        return "digits"
    low, high = lx.YEAR_RANGE
    if not low <= int(digits) <= high:
        return "digits"
    after = re.match(r"\s+([a-z]+)", text[end : end + 20], re.I)
    if after and after.group(1).lower() in lx.COUNT_UNITS:
        return "digits"
    return "year"


def _fraction_value(text: str) -> float:
    words = re.split(r"[\s-]+", text.lower())
    if words == ["half"]:
        return 0.5
    count = 1 if words[0] in ("a", "one") else lx.CARDINALS[words[0]]
    return count * lx.FRACTIONS[words[1]]


def _ordinal_value(text: str) -> float:
    parts = text.lower().split("-")
    return float(sum(lx.CARDINALS.get(p, 0) or lx.ORDINALS.get(p, 0) for p in parts))
