"""Claim kinds: each module holds one kind's extraction patterns and its verification rule.

A module has `NAME`, `TRIGGERS` (lower-case words one of which an article must
contain for the kind to apply), `extract(text, sentences) -> list[Claim]` and
`verify(claim, context) -> Finding`. Order matters: when two kinds match the same
number, the one listed first keeps it ("since its creation in 1983" is `created`,
not `held_since`). A new kind is one new module listed here, plus its tests.
"""

from __future__ import annotations

from types import ModuleType

from factcheck.kinds import (
    count,
    created,
    first_ever,
    first_since,
    held_since,
    majority,
    seats,
    share,
    share_change,
    swing,
    trend,
    turnout,
    votes,
    years_held,
    years_in_office,
    years_since,
)

ORDER: list[ModuleType] = [
    created,
    first_since,
    first_ever,
    trend,
    years_since,
    years_held,
    years_in_office,
    held_since,
    count,
    seats,
    turnout,
    swing,
    share_change,
    share,
    majority,
    votes,
]
KINDS: dict[str, ModuleType] = {m.NAME: m for m in ORDER}
