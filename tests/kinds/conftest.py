"""Helpers for the kind tests: check a short text against the bundled reference."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import check_text


@pytest.fixture
def verdicts(reference):
    """Map each claim's text to (kind, verdict) for an article text and date."""

    def run(text: str, date: dt.date | None = None) -> dict[str, tuple[str, str]]:
        return {
            f.claim.text: (f.claim.kind, str(f.verdict)) for f in check_text(text, reference, date)
        }

    return run


COPELAND_DAY = dt.date(2017, 2, 24)
