"""Claim kinds: each module holds one kind's extraction patterns and its verification rule.

A kind module declares what it is: `NAME`; `CODE` (a stable report code, "FC104");
`SUMMARY` (what its claims are about, one line); `PRECEDENCE` (when two kinds match
the same number, the lower keeps it: "since its creation in 1983" is `created`, not
`held_since`); `RESULT = True` if its figures are one contest's result; `TRIGGERS`
(lower-case words one of which an article must contain for the kind to apply);
`extract(text, sentences) -> list[Claim]` and `verify(claim, context) -> Finding`.
`registry` finds the kinds, so a new kind is one new module plus its tests.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    """`factcheck.kinds.ORDER` and `KINDS` still work, loading the kinds only when asked."""
    if name in ("ORDER", "KINDS"):
        from factcheck.kinds import registry

        return getattr(registry, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
