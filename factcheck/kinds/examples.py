"""The examples every kind carries as data, for `factcheck rule` and the examples test.

Each kind's `EXAMPLES` holds at least one sentence it calls true and one it does not
(false, or unverifiable for a kind that is never false); tests/kinds/test_examples.py
checks each against the bundled reference, so the examples cannot drift from the rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    """A short article, the claim in it, and what the checker says of that claim."""

    text: str
    claim: str  # the claim's text as the checker quotes it ("2,417", "13,748 votes")
    verdict: str  # "true", "approximately_true", "false" or "unverifiable"
    official: str = ""  # the official figure as reports show it, when there is one
    date: str | None = None  # the article's date, YYYY-MM-DD, when the claim needs one

    @property
    def article_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.date) if self.date else None
