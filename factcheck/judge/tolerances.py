"""Every tolerance the verification rules use, in one place.

Change them with `[tool.factcheck.tolerances]` in pyproject.toml or factcheck.toml;
the README's "Verification rules" section states what each one means.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class Tolerances:
    # A round figure ("2,500") is true when the official figure rounds to it at the
    # figure's own precision, approximately true when within this many steps of it.
    round_approx_steps: float = 1.0
    # ... and within this fraction of the figure (so "by 100 votes" is not close to 20).
    round_approx_fraction: float = 0.2
    # "about X": true within this fraction of X (or half a step, if larger);
    # approximately true within twice that.
    about_fraction: float = 0.05
    # "nearly X": true when the figure is below X by no more than this fraction of X;
    # approximately true up to twice that.
    nearly_fraction: float = 0.10
    # ... but "nearly X%" with X no multiple of five ("almost 62 per cent") is read as
    # close to X: below it by no more than this many points (twice, approximately true).
    nearly_points: float = 1.0
    # Percentages with no decimals are read to this many points either side.
    percent_half_step: float = 0.5
    # A duration in whole years is true when the official figure rounds or truncates
    # to it; approximately true within this many years.
    years_approx: float = 1.0
    # "for decades", "decades of Labour control": a duration of at least this many years.
    decades_min_years: float = 20.0
    # Fuzzy name matching: minimum token_sort_ratio and required lead over the runner-up.
    fuzzy_cutoff: float = 90.0
    fuzzy_margin: float = 5.0

    def __post_init__(self) -> None:
        # NaN compares false with everything and a negative width inverts a range: either
        # would silently change verdicts, so neither is a tolerance.
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"tolerance {f.name} must be a number, not {value!r}")
            if not math.isfinite(value) or value < 0:
                raise ValueError(
                    f"tolerance {f.name} must be a finite number, 0 or more, not {value!r}"
                )

    def updated(self, values: dict[str, Any]) -> Tolerances:
        """A copy with some values replaced; unknown names raise KeyError, bad values ValueError."""
        known = {f.name for f in fields(self)}
        for key in values:
            if key not in known:
                raise KeyError(key)
        return replace(self, **{k: float(v) for k, v in values.items()})


DEFAULT_TOLERANCES = Tolerances()
