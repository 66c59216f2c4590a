"""Shared fixtures: the bundled reference, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def reference():
    from factcheck import load_reference

    return load_reference()
