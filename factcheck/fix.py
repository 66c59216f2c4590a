"""Suggested fixes: the official figure written the way the claim was written.

A fix is offered for a `false` or `approximately_true` claim whose official figure is a
number. The replacement keeps the claim's style: its thousands separator (or none),
its decimals, "%" or "per cent", number words ("seven"), "twice", "-odd", a year for a
year and a decade for a decade. It covers the claim's own span, `Fix.start`-`Fix.end`.

Hedges ("more than 2,000", "nearly 30%") are kept when they can be: the replacement is
the official figure rounded to the nearest at the claim's precision ("nearly 2,000" for
1,987 when the claim said "nearly 3,000"), used only when the hedged claim is then true
by the project's own rules (verify.py). Otherwise the hedge goes and the replacement is
the exact official figure ("1,987" for "more than 2,000"), covering the hedge's words
too; that needs the checked text. Rounding the other way until the hedge holds ("more
than 1,000") would be true but would throw the figure away, so it is never offered.

`safe` is true when replacing cannot change the meaning beyond the figure: an exact
count of votes, a share or change in points, a count of wins, a year. A round or hedged
figure, a decade or a duration (which moves with the article's date) is never safe.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

from factcheck.claims import Finding, Fix, Qualifier, Quantity, Verdict
from factcheck.judge import judge
from factcheck.language.lexicon import ORDINALS
from factcheck.language.quantities import NUMBER_WORDS, hedge_before, words_value

_FIXABLE = (Verdict.FALSE, Verdict.APPROXIMATELY_TRUE)
_SAFE_UNITS = ("votes", "percent", "year", "count")
# A separator between digit groups as written: comma, space, no-break or thin space, "'".
_SEPARATOR = re.compile(r"\d([^\d.])\d{3}(?!\d)")
_MULTIPLES = {1: "once", 2: "twice"}  # "thrice" reads as archaic: "three times"
_WORDS_FOR = {v: k for k, v in NUMBER_WORDS.items() if not k.startswith("a ") and k != "dozen"}
# Words that carry a fall in the claim's own text, so the figure is a magnitude.
_DOWN = re.compile(
    r"down|decreas\w*|fell|fall\w*|dropp\w*|drop|slump\w*|plung\w*|lost|los(?:e|es|ing)|cut|"
    r"slipp\w*|slip|slid|declin\w*|went\s+down|tumbl\w*|crash\w*|shrank|shrunk|collaps\w*|sank"
    r"|loss",
    re.I,
)


def fix_for(finding: Finding, text: str | None = None) -> Fix | None:
    """The fix for a false or approximately true claim, or None when none can be written.

    `text` is the checked text; without it a hedge that has to go cannot be located.
    """
    if finding.verdict not in _FIXABLE:
        return None
    actual = finding.precise if finding.precise is not None else finding.actual
    if isinstance(actual, bool) or not isinstance(actual, int | float):
        return None
    claim, q = finding.claim, finding.claim.quantity
    core = q.as_written.removesuffix("-odd").lower()
    if (
        core[:1].isalpha()
        and words_value(core) is None
        and core not in ORDINALS
        and not re.fullmatch(r"once|twice|thrice|\w+\s+times", core)
    ):
        return None  # "largest", "first ever": a word that is not a figure has no fix
    magnitude = _magnitude(float(actual), claim.cues.get("dir", ""))
    if magnitude is None or q.as_written not in claim.text:
        return None
    decimals = _decimals(q.as_written)
    step = _step(q, decimals)
    if q.qualifier != Qualifier.EXACT:
        kept = _rounded(magnitude, step)
        if kept > 0 and _holds(q, kept, magnitude):
            return _fix(claim.text, q.as_written, _written(kept, q, decimals), claim, False)
        if text is None:
            return None
        # The hedge cannot be made true: the exact figure replaces hedge and number alike.
        _, hedge_start = hedge_before(text, claim.start)
        if q.unit == "percent":
            decimals = max(decimals, 1)
        written = _written(_exact(magnitude, q.unit, decimals), q, decimals).removesuffix("-odd")
        replacement = claim.text.replace(q.as_written, written, 1)
        return Fix(replacement, False, start=hedge_start, end=claim.end)
    figure = _exact(magnitude, q.unit, decimals) if step <= 1 else _rounded(magnitude, step)
    if q.unit == "decade":
        figure = math.floor(magnitude / 10) * 10
    safe = q.unit in _SAFE_UNITS and (step <= 1 or q.unit == "percent")
    return _fix(claim.text, q.as_written, _written(figure, q, decimals), claim, safe)


def _fix(text: str, as_written: str, written: str, claim, safe: bool) -> Fix | None:
    if written == as_written:
        return None  # nothing to change in the figure itself (a direction, say, is wrong)
    return Fix(text.replace(as_written, written, 1), safe, start=claim.start, end=claim.end)


def _magnitude(actual: float, direction: str) -> float | None:
    """The figure the claim's digits should show; None when the words point the wrong way."""
    falls = bool(direction) and _DOWN.fullmatch(direction.strip()) is not None
    if actual < 0:
        # "fell by 5 points" states a magnitude; a negative figure without a fall is a
        # change the other way, which no figure alone can fix.
        return -actual if falls else None
    if falls and actual > 0:
        return None
    return actual


def _decimals(as_written: str) -> int:
    """The figure's decimal places, at most 15: a float holds no more, and past that
    rounding would need more digits than Decimal's context carries (InvalidOperation)."""
    m = re.search(r"\.(\d+)", as_written)
    return min(len(m.group(1)), 15) if m else 0


def _step(q: Quantity, decimals: int) -> float:
    if decimals:
        return 10.0**-decimals
    if q.unit in ("years", "year", "count", "percent"):
        return 1  # durations are written in whole years whatever their zeros
    if q.unit == "decade":
        return 10
    return q.step or 1


def _nearest(x: float) -> int:
    return int(Decimal(repr(x)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _rounded(value: float, step: float) -> float:
    """`value` rounded to the nearest multiple of `step` (halves up, as people round)."""
    # Absorb float noise so 47.3 / 0.1 is 473, not 472.999...
    return _nearest(round(value / step, 6)) * step


def _exact(value: float, unit: str, decimals: int) -> float:
    if unit == "years":
        return math.floor(value + 1e-9)  # completed years: 34.7 years is "34 years"
    if decimals:
        places = Decimal(1).scaleb(-decimals)
        return float(Decimal(repr(value)).quantize(places, rounding=ROUND_HALF_UP))
    return _nearest(value)


def _holds(q: Quantity, figure: float, actual: float) -> bool:
    """Whether the hedged claim with `figure` in place of its own is true of `actual`."""
    candidate = Quantity(figure, q.as_written, q.unit, q.qualifier, q.step)
    return judge(candidate, actual).verdict == Verdict.TRUE


def _written(value: float, q: Quantity, decimals: int) -> str:
    """`value` in the style of `q.as_written`: separator, decimals, words, "twice", "-odd"."""
    written = q.as_written
    odd = "-odd" if written.endswith("-odd") else ""
    core = written.removesuffix("-odd")
    whole = round(value)
    if q.unit == "count" and re.fullmatch(r"once|twice|thrice|\w+\s+times", core, re.I):
        if whole in _MULTIPLES:
            return _cased(_MULTIPLES[whole], core)
        count = core.split()[0] if core.lower().endswith("times") else "x"
        number = _WORDS_FOR.get(whole) if not count.isdigit() else None
        return _cased(f"{number or whole} times", core)
    if q.unit == "count" and (core.lower() in ORDINALS or _ORDINAL_DIGITS.fullmatch(core)):
        # "came third": a place is written as a place ("sixth", "6th").
        if core[0].isdigit():
            return f"{whole}{_suffix(whole)}"
        word = next((w for w, v in ORDINALS.items() if v == whole), None)
        return _cased(word, core) if word else f"{whole}{_suffix(whole)}"
    if core and core[0].isalpha():
        word = _WORDS_FOR.get(whole) if abs(value - whole) < 1e-9 else None
        if word is not None:
            return _cased(word, core) + odd
        return f"{whole:,}" + odd  # no word for it: digits, in house style
    if q.unit in ("year", "decade"):
        return str(whole) + odd
    digits = f"{value:,.{decimals}f}" if decimals else f"{whole:,}"
    m = _SEPARATOR.search(core)
    integer_digits = len(re.sub(r"\D", "", core.split(".")[0]))
    if m:
        digits = digits.replace(",", m.group(1))
    elif integer_digits >= 4:
        digits = digits.replace(",", "")  # written without a separator: keep it so
    return digits + odd


_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)", re.I)


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _cased(word: str, like: str) -> str:
    return word[0].upper() + word[1:] if like[:1].isupper() else word
