"""What each verdict means for each sort of figure, in words, for `factcheck rule`.

The words follow the rules in `factcheck.judge` and quote the tolerances in force, so a
change of tolerance changes what `factcheck rule` says.
"""

from __future__ import annotations

from factcheck.claims import Verdict
from factcheck.judge.tolerances import DEFAULT_TOLERANCES, Tolerances

# The sorts of figure a kind can read: a claim's `Quantity.unit`, grouped as the judge
# treats them.
FIGURES = {
    "votes": "number",
    "number": "number",
    "percent": "percent",
    "year": "year",
    "decade": "year",
    "years": "years",
    "count": "count",
}
FIGURE_LABELS = {
    "number": "a number (votes, electors)",
    "percent": "a percentage or points",
    "year": "a year",
    "years": "a span of years",
    "count": "a count or a place",
}

UNVERIFIABLE = (
    "the text does not settle which seat, contest, party or candidate the figure is about; "
    "the figure is from a poll, projection, target, interim tally or another kind of "
    "contest; the reference data holds nothing to compare it with; or the readings the text "
    "allows disagree (the best-supported contradicts the figure, another supports it). The "
    "reason always says which."
)


def _pct(fraction: float) -> str:
    return f"{fraction * 100:g}%"


def _num(value: float) -> str:
    return f"{value:g}"


def meanings(figure: str, tol: Tolerances = DEFAULT_TOLERANCES) -> dict[Verdict, str]:
    """When a figure of this sort ("number", "percent", "year", "years", "count") is true,
    approximately true or false (unverifiable is the same for every sort: UNVERIFIABLE)."""
    hedges = (
        f"'more than X' needs a figure above X, 'at least X' X or above, 'less than' and "
        f"'at most' likewise below; 'about X' within {_pct(tol.about_fraction)} of X or half a "
        f"step, whichever is larger; 'nearly X' below X and within "
        f"{_pct(tol.nearly_fraction)} of it"
    )
    hedges_approx = (
        f"'about X' within twice its margin; 'nearly X' within "
        f"{_pct(2 * tol.nearly_fraction)} below X, or not below but rounding to X"
    )
    beyond = "outside those bands under every reading the text allows"
    if figure == "number":
        return {
            Verdict.TRUE: (
                "an exact figure ('13,748') matches exactly; a round one ('2,500') rounds to "
                "the official figure at its own precision (2,450-2,549); a hedged one fits "
                f"its hedge: {hedges}"
            ),
            Verdict.APPROXIMATELY_TRUE: (
                f"a round figure within {_num(tol.round_approx_steps)} step of its precision "
                f"and within {_pct(tol.round_approx_fraction)} of the figure (2,400-2,600 for "
                "'2,500'; a figure like '9,500' may be a rounding to the half-thousand, so "
                f"within 500); {hedges_approx}"
            ),
            Verdict.FALSE: f"{beyond}, or an exact figure that differs at all",
        }
    if figure == "percent":
        return {
            Verdict.TRUE: (
                "the official figure lies within the claim's own decimals: '8%' covers "
                f"{8 - tol.percent_half_step:g}-{8 + tol.percent_half_step:g}, '8.5%' "
                f"8.45-8.55; a hedged figure fits its hedge: {hedges}, but 'nearly X%' with X "
                f"no multiple of five ('almost 62%') within {_num(tol.nearly_points)} point "
                "below X"
            ),
            Verdict.APPROXIMATELY_TRUE: (
                f"within {_num(tol.round_approx_steps)} step of the claim's last digit and "
                f"{_pct(tol.round_approx_fraction)} of the figure ('8%': 7-9; '8.5%': "
                f"8.4-8.6); {hedges_approx}; 'nearly X%' with X no multiple of five within "
                f"{_num(2 * tol.nearly_points)} points below X"
            ),
            Verdict.FALSE: beyond,
        }
    if figure == "year":
        return {
            Verdict.TRUE: "the official year itself; a decade ('the 1930s') must contain it",
            Verdict.APPROXIMATELY_TRUE: "never: a year is right or wrong",
            Verdict.FALSE: "another year (outside the decade written)",
        }
    if figure == "years":
        return {
            Verdict.TRUE: (
                "the official span rounds or truncates to the figure (34.7 years is '34 "
                "years' or '35 years'); 'more than 80 years' needs over 80; 'about N years' "
                f"within {_num(tol.years_approx)} year or {_pct(tol.about_fraction)}, whichever is "
                "larger; 'N-odd "
                "years' from N-0.5 to under N+1 (N+10 for 'twenty-odd'); 'decades' at least "
                f"{_num(tol.decades_min_years)} years"
            ),
            Verdict.APPROXIMATELY_TRUE: (
                f"within {_num(tol.years_approx)} year more (a quarter of a decade for a round "
                "'80 years')"
            ),
            Verdict.FALSE: beyond,
        }
    if figure == "count":
        return {
            Verdict.TRUE: (
                "the count or place matches exactly ('twice', '15 candidates', 'third'); "
                "'more than N' and 'at least N' as written"
            ),
            Verdict.APPROXIMATELY_TRUE: "never: a count is right or wrong",
            Verdict.FALSE: "any other count or place",
        }
    raise KeyError(figure)
