"""The verification rules shared by every claim kind.

How a claimed figure is compared with the official one depends only on how it is
written: its unit, its hedge and the precision of its digits.

- An exact figure ("13,748") must match exactly.
- A round figure ("2,500") is read to its own precision: true when the official
  figure rounds to it at that precision (2,460-2,549 for "2,500"), approximately
  true within one step of it (2,400-2,600), false beyond. A figure of several thousand
  and a half ("9,500") may be rounded to the half-thousand, so it is approximately true
  within 500 of it (9,000-10,000; scaled like the step), never true beyond its precision.
- Percentages are read to their decimals: "8%" covers 7.5-8.5, "8.5%" 8.45-8.55;
  approximately true within one step more. A "%" change in a vote share is read as
  percentage points.
- "more than X" / "over X": strictly above X. "at least X": X or above.
  "less than X" / "under X": strictly below. "at most X": X or below.
- "just over X" / "a little more than X": above X and within 10% of it (true), within
  20% (approximately true).
- "nearly X" / "almost X" / "just under X": below X and within 10% of it (true),
  within 20% (approximately true); a figure that is not below X but rounds to X at
  its precision is approximately true. A percentage that is no multiple of five
  ("almost 62 per cent") is read closer: within a point below (true), two (approximately
  true).
- "about X" / "around X" / "some X": within 5% of X or half a step, whichever is
  larger (true); within twice that (approximately true).
- "N-odd": N or a little more: from N-0.5 up to the next step (23-odd: 22.5-24;
  twenty-odd: 19.5-30) is true, within a year more either side approximately true.
- Years ("since 1935") must be the year; a decade ("since the 1930s") must contain it.
- Durations in years are true when the official duration rounds or truncates to
  the figure (34.7 years is "34 years" or "35 years"), approximately true within a
  year (or a quarter of a decade for a round "80 years"), false beyond.
- Counts ("twice") must match exactly.

Every tolerance lives in `factcheck.judge.tolerances.Tolerances`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from factcheck.claims import Qualifier, Quantity, Verdict
from factcheck.judge.tolerances import DEFAULT_TOLERANCES, Tolerances

_EPS = 1e-9


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    rule: str


def _fmt(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def judge(quantity: Quantity, actual: float, tol: Tolerances = DEFAULT_TOLERANCES) -> Judgement:
    """Compare a claimed quantity with the official figure by the rules above."""
    v, a, q = quantity.value, actual, quantity.qualifier
    unit = quantity.unit
    if unit in ("year", "count"):
        return _judge_exact_integer(quantity, a)
    if unit == "decade":
        ok = v <= a < v + 10
        return Judgement(
            Verdict.TRUE if ok else Verdict.FALSE, f"the {int(v)}s must contain the year"
        )
    if unit == "years":
        return _judge_duration(quantity, a, tol)
    step = quantity.step
    half = step / 2 if unit != "percent" or step != 1 else tol.percent_half_step
    if q == Qualifier.MORE_THAN and quantity.close:
        return _judge_just_over(v, a, tol.nearly_fraction)
    if q == Qualifier.MORE_THAN:
        return _bool(a > v + _EPS, f"'more than {_fmt(v)}' needs a figure above {_fmt(v)}")
    if q == Qualifier.AT_LEAST:
        return _bool(a >= v - _EPS, f"'at least {_fmt(v)}' needs {_fmt(v)} or more")
    if q == Qualifier.LESS_THAN:
        return _bool(a < v - _EPS, f"'less than {_fmt(v)}' needs a figure below {_fmt(v)}")
    if q == Qualifier.AT_MOST:
        return _bool(a <= v + _EPS, f"'at most {_fmt(v)}' needs {_fmt(v)} or less")
    if q == Qualifier.NEARLY:
        fraction = tol.nearly_fraction
        if unit == "percent" and v > 0 and v % 5 and v == int(v) and _has_digit(quantity):
            # "almost 62 per cent" is a figure just short of 62, not anything above 55.8
            fraction = min(fraction, tol.nearly_points / v)
        return _judge_nearly(v, a, half, fraction)
    if q == Qualifier.ABOUT:
        margin = max(half, tol.about_fraction * v)
        return _banded(abs(a - v), margin, 2 * margin, f"'about {_fmt(v)}': within {_fmt(margin)}")
    if q == Qualifier.ODD:
        return _judge_odd(v, a, step)
    if step == 1 and unit != "percent":
        return _bool(abs(a - v) < 0.5, "an exact figure must match exactly")
    rule = f"a figure given to the nearest {_fmt(step)}"
    # A step away is close for "2,500" (2,564) but not for "100" (20): cap it relatively too.
    approx = max(half, min(tol.round_approx_steps * step, tol.round_approx_fraction * v))
    if step == 100 and v >= 5000 and v % 500 == 0:
        # "9,500" may be 9,668 rounded to the half-thousand.
        approx = max(approx, tol.round_approx_steps * 500.0)
    return _banded(abs(a - v), half + _EPS, approx + _EPS, rule)


def _has_digit(quantity: Quantity) -> bool:
    """Whether the figure is written in digits ("62 per cent", not "two thirds")."""
    return any(ch.isdigit() for ch in quantity.as_written)


def _bool(ok: bool, rule: str) -> Judgement:
    return Judgement(Verdict.TRUE if ok else Verdict.FALSE, rule)


def _banded(diff: float, true_within: float, approx_within: float, rule: str) -> Judgement:
    if diff <= true_within + _EPS:
        return Judgement(Verdict.TRUE, rule)
    if diff <= approx_within + _EPS:
        return Judgement(Verdict.APPROXIMATELY_TRUE, rule)
    return Judgement(Verdict.FALSE, rule)


def _judge_nearly(v: float, a: float, half: float, fraction: float) -> Judgement:
    rule = f"'nearly {_fmt(v)}' needs a figure just below {_fmt(v)}"
    if a < v:
        if a >= v * (1 - fraction) - _EPS:
            return Judgement(Verdict.TRUE, rule)
        if a >= v * (1 - 2 * fraction) - _EPS:
            return Judgement(Verdict.APPROXIMATELY_TRUE, rule)
        return Judgement(Verdict.FALSE, rule)
    if a - v <= half + _EPS:
        return Judgement(Verdict.APPROXIMATELY_TRUE, rule + " (it is not below, but rounds to it)")
    return Judgement(Verdict.FALSE, rule)


def _judge_just_over(v: float, a: float, fraction: float) -> Judgement:
    """ "just over X": above X and within `fraction` of it; twice that is close."""
    rule = f"'just over {_fmt(v)}' needs a figure just above {_fmt(v)}"
    if a <= v + _EPS:
        return Judgement(Verdict.FALSE, rule)
    if a <= v * (1 + fraction) + _EPS:
        return Judgement(Verdict.TRUE, rule)
    if a <= v * (1 + 2 * fraction) + _EPS:
        return Judgement(Verdict.APPROXIMATELY_TRUE, rule)
    return Judgement(Verdict.FALSE, rule)


def _judge_odd(v: float, a: float, step: float) -> Judgement:
    # The place of the last figure written: "23-odd" runs to 23.99, "20-odd" to 29, "700-odd"
    # to 799, "12,000-odd" to 12,999.
    span = 1
    while v and v % (span * 10) == 0:
        span *= 10
    rule = f"'{_fmt(v)}-odd' means {_fmt(v)} or a little more"
    if v - 0.5 <= a < v + span:
        return Judgement(Verdict.TRUE, rule)
    if v - 1.5 <= a < v + span + 1:
        return Judgement(Verdict.APPROXIMATELY_TRUE, rule)
    return Judgement(Verdict.FALSE, rule)


def _judge_exact_integer(quantity: Quantity, a: float) -> Judgement:
    v = quantity.value
    if quantity.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        ok = a > v if quantity.qualifier == Qualifier.MORE_THAN else a >= v
        return _bool(ok, f"needs more than {_fmt(v)}")
    what = "the year" if quantity.unit == "year" else "the count"
    return _bool(round(a) == round(v), f"{what} must match exactly")


def _judge_duration(quantity: Quantity, a: float, tol: Tolerances) -> Judgement:
    v, q = quantity.value, quantity.qualifier
    if q == Qualifier.MORE_THAN and quantity.close:
        return _judge_just_over(v, a, tol.nearly_fraction)
    if q == Qualifier.MORE_THAN:
        return _bool(a > v, f"'more than {_fmt(v)} years' needs over {_fmt(v)} years")
    if q == Qualifier.AT_LEAST:
        return _bool(a >= v, f"'at least {_fmt(v)} years' needs {_fmt(v)} years or more")
    if q in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        return _bool(a < v or (q == Qualifier.AT_MOST and a <= v), f"needs under {_fmt(v)} years")
    if q == Qualifier.NEARLY:
        return _judge_nearly(v, a, 0.5, tol.nearly_fraction)
    if q == Qualifier.ODD:
        return _judge_odd(v, a, 1)
    if q == Qualifier.ABOUT:
        margin = max(tol.years_approx, tol.about_fraction * v)
        return _banded(abs(a - v), margin, 2 * margin, f"'about {_fmt(v)} years'")
    rule = "a duration in whole years must round or truncate to the figure"
    if v in (math.floor(a), round(a)):
        return Judgement(Verdict.TRUE, rule)
    approx = tol.years_approx
    if v >= 20 and v % 10 == 0:
        approx = max(approx, 2.5)  # a round "80 years" is read to a quarter of a decade
    if abs(a - v) <= approx + 0.5:
        return Judgement(Verdict.APPROXIMATELY_TRUE, rule)
    return Judgement(Verdict.FALSE, rule)
