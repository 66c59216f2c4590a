"""Numbers as written: value, hedge and the precision the digits imply.

The grammar is built from small named fragments (after statcheck's regex.R) so
each piece can be read, tested and reused by the claim kinds.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from factcheck.claims import Qualifier, Quantity
from factcheck.language import lexicon as lx
from factcheck.language.numbers import AND_A_HALF_SCALE, alternation

# The number words are the lexicon's (stated once there); "a hundred" and "a dozen" are
# how the claim kinds write the two that take an article.
NUMBER_WORDS = {
    **lx.CARDINALS,
    **{w: v for w, v in lx.SCALES.items() if v == 100},
    "a hundred": 100,
    "dozen": lx.DOZEN,
    "a dozen": lx.DOZEN,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"

# A figure in digits: 13,748 / 13748 / 8.5 / 1,000,000.
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A figure in words: "seven", "twenty-three", "a hundred".
WORDS = (
    rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    rf"|seventeen|eighteen|nineteen|ten|{_UNITS}|a hundred|a dozen)"
)
# "23-odd", "twenty-odd": a figure and a bit more.
ODD = r"-odd"

# Hedges before a number, by what they say of it. (Written as one alternation, the
# longer phrase first where one begins another.)
HEDGES: dict[Qualifier, tuple[str, ...]] = {
    Qualifier.MORE_THAN: (
        "just over", "just more than", "just above", "a little over", "a little more than",
        "slightly over", "slightly more than", "a shade over", "a shade more than",
        "a shade above", "a whisker over", "a whisker above", "a whisker more than",
        "a tad over", "a tad more than", "a touch over",
        "more than", "over", "above", "in excess of", "upwards of", "greater than", "north of",
    ),
    Qualifier.NEARLY: (
        "just under", "just below", "just short of", "just less than", "just fewer than",
        "a little under", "a little less than", "a shade under", "a shade below",
        "a shade less than", "the best part of", "a whisker under", "a whisker below",
        "a whisker short of", "a tad under", "a touch under", "just shy of", "shy of",
        "nearly", "almost", "close to", "not quite", "approaching", "getting on for",
    ),
    Qualifier.AT_LEAST: ("at least", "no fewer than", "no less than", "a minimum of"),
    Qualifier.LESS_THAN: ("fewer than", "less than", "under", "below", "short of", "south of"),
    Qualifier.AT_MOST: ("at most", "no more than", "up to", "a maximum of"),
    Qualifier.ABOUT: (
        "about", "around", "roughly", "some", "approximately", "circa", "c.", "an estimated",
        "estimated", "in the region of", "of the order of", "or so",
    ),
}  # fmt: skip
_QUALIFIER_OF = {phrase: q for q, phrases in HEDGES.items() for phrase in phrases}
HEDGE = alternation(_QUALIFIER_OF)
# The letters a hedge may begin with: a cheap test before the alternation is tried.
HEDGE_FIRST_LETTERS = "".join(sorted({phrase[0] for phrase in _QUALIFIER_OF}))
_HEDGE_BEFORE = re.compile(rf"(?:\b(?P<hedge>{HEDGE})\s+(?:a\s+|an\s+)?)$", re.I)


def qualifier_for(hedge: str) -> Qualifier:
    """The qualifier for a hedge phrase such as 'just under' or 'more than'."""
    return _QUALIFIER_OF.get(" ".join(hedge.lower().split()), Qualifier.EXACT)


def hedge_before(text: str, at: int, window: int = 40) -> tuple[Qualifier, int]:
    """The hedge ending just before `at` (and where it starts), or EXACT."""
    start = max(0, at - window)
    m = _HEDGE_BEFORE.search(text[start:at])
    if not m:
        return Qualifier.EXACT, at
    qualifier = qualifier_for(m.group("hedge"))
    if qualifier == Qualifier.AT_MOST and _CHANGE_VERB_BEFORE.search(
        text[start : start + m.start()]
    ):
        # "pushed his majority up to 9,714": "up to" after a change is "to", not "at most".
        return Qualifier.EXACT, at
    return qualifier, start + m.start("hedge")


_CHANGE_VERB_BEFORE = re.compile(
    rf"\b(?:{'|'.join(lx.CHANGE_VERBS)})\b(?:\s+[\w'’]+){{0,3}}\s*$", re.I
)


@dataclass(frozen=True)
class NumberToken:
    """A number found in text, before any claim kind is decided."""

    value: float
    start: int
    end: int
    as_written: str
    is_words: bool
    decimals: int
    odd: bool = False


_NUMBER = re.compile(
    rf"(?<![\w.,£$])(?P<num>{DIGITS}|(?i:{WORDS}))(?P<odd>{ODD})?(?![\w]|,\d|\.\d)", re.I
)


def words_value(text: str) -> float | None:
    t = " ".join(text.lower().replace("-", " ").split())
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    parts = t.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def find_numbers(text: str) -> list[NumberToken]:
    """Every number in the text, in digits or words, with its span."""
    found = []
    for m in _NUMBER.finditer(text):
        raw = m.group("num")
        if raw[0].isdigit():
            value = float(raw.replace(",", ""))
            if not math.isfinite(value):
                continue  # 309 digits or more: past any float, and past any real figure
            decimals = len(raw.split(".")[1]) if "." in raw else 0
            words = False
        else:
            v = words_value(raw)
            if v is None:
                continue
            value, decimals, words = v, 0, True
        found.append(
            NumberToken(
                value=value,
                start=m.start(),
                end=m.end(),
                as_written=m.group(0),
                is_words=words,
                decimals=decimals,
                odd=bool(m.group("odd")),
            )
        )
    return found


def precision_step(token: NumberToken, unit: str) -> float:
    """The unit of the last significant digit, which sets how exact a figure claims to be.

    "13,748" → 1; "2,500" → 100; "8.5" → 0.1; "8" (a percentage) → 1. Years and
    counts are exact. Durations in years ending in 0 ("for 20 years") → 10, read
    as a round figure only when hedged or odd, see verify.py.
    """
    if token.decimals:
        return 10.0**-token.decimals
    # A percentage is read to its written decimals: "70%" is 69.5-70.5, not "to the ten".
    if unit in ("year", "count", "percent"):
        return 1
    half = AND_A_HALF_SCALE.search(token.as_written)
    if half is not None:
        # "two and a half thousand": said to the half of its scale (500)
        return lx.SCALES[half.group("scale").lower()] / 2
    # (a count in words is as round as in digits: "seven hundred" is to the hundred, as
    # "700" is; "twelve thousand three hundred and forty-one" is exact)
    n = int(token.value)
    if n == 0:
        return 1
    step = 1
    # Two or more trailing zeros mark a rounded figure ("2,500" is to the hundred,
    # "3,000" to the thousand); one may be exact ("2,620"), so it is read as exact.
    while n % 10 == 0 and n >= 10:
        n //= 10
        step *= 10
    if step == 10 and unit == "votes":
        return 1
    return step


def make_quantity(
    text: str, token: NumberToken, unit: str, *, qualifier: Qualifier | None = None
) -> tuple[Quantity, int]:
    """A Quantity for a number token, reading the hedge before it; returns (quantity, start)."""
    q, hedge_start = hedge_before(text, token.start)
    # "just over 20,000", "a little more than 40%": above the figure and close to it.
    close = q == Qualifier.MORE_THAN and _CLOSE_HEDGE.match(text, hedge_start) is not None
    if qualifier is not None:
        q = qualifier
    if token.odd:
        q = Qualifier.ODD
    return (
        Quantity(
            value=token.value,
            as_written=token.as_written,
            unit=unit,
            qualifier=q,
            # ("by exactly 6,500 votes": a round figure said to be exact)
            step=1
            if _EXACTLY_BEFORE.search(text, max(0, token.start - 12), token.start)
            else precision_step(token, unit),
            close=close and q == Qualifier.MORE_THAN,
        ),
        hedge_start,
    )


_EXACTLY_BEFORE = re.compile(r"\b(?:exactly|precisely)\s+$", re.I)
_CLOSE_HEDGE = re.compile(r"(?:just|a\s+little|slightly|a\s+shade)\s", re.I)
