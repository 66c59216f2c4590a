"""Hypothesis profiles for the fuzz suite: a fixed, fast budget by default, more by hand.

    pytest tests/fuzz                                # "ci": derandomized, about 40 s
    HYPOTHESIS_PROFILE=nightly pytest tests/fuzz     # 20x the examples, new ones each run

Nothing is written into the repository: no example database, and Hypothesis's own cache
lives in the temporary directory.
"""

from __future__ import annotations

import getpass
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

set_hypothesis_home_dir(Path(tempfile.gettempdir()) / f"factcheck-hypothesis-{getpass.getuser()}")

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
# How many times the "ci" budget each profile runs.
SCALE = {"ci": 1, "nightly": 20}

_common = {
    "database": None,
    "deadline": None,  # a shared machine makes per-example deadlines flaky
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "print_blob": True,
}
# "ci" draws the same examples every run, so a red build is a real regression, never a
# new random find; "nightly" explores fresh ones each time it is run.
settings.register_profile("ci", derandomize=True, max_examples=50, **_common)
settings.register_profile("nightly", derandomize=False, max_examples=1000, **_common)
settings.load_profile(PROFILE if PROFILE in SCALE else "ci")


def budget(examples: int) -> settings:
    """A test's example count under the "ci" profile, scaled for the profile in use."""
    return settings(max_examples=examples * SCALE.get(PROFILE, 1))
