"""The claim kinds, found among this package's modules: no list outside a kind's file names it.

A module is a kind when it has a `NAME`; the others (base, subject, history, records)
are helpers. Kinds are tried in `PRECEDENCE` order, lowest first.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType

import factcheck.kinds as _package


@dataclass(frozen=True)
class Code:
    """A stable code for a kind of claim, as the concise, github and sarif reports show it."""

    code: str
    kind: str
    about: str


# For a claim whose kind has no code of its own (a kind from outside this package).
OTHER_KIND = Code("FC100", "(any other kind)", "a kind of claim without a code of its own yet")


def discover() -> list[ModuleType]:
    """Every kind module in the package, lowest `PRECEDENCE` first."""
    found = []
    # Listing the package's folder is cheap; the helper modules imported here to be told
    # apart by their missing NAME are imported by the kinds anyway.
    for info in pkgutil.iter_modules(_package.__path__, f"{_package.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "NAME"):
            found.append(module)
    return sorted(found, key=lambda m: m.PRECEDENCE)


ORDER: list[ModuleType] = discover()
KINDS: dict[str, ModuleType] = {m.NAME: m for m in ORDER}
# By kind, in code order: the SARIF rules are listed in this order.
CODES: dict[str, Code] = {
    m.NAME: Code(m.CODE, m.NAME, m.SUMMARY) for m in sorted(ORDER, key=lambda m: m.CODE)
}
# Kinds about one contest's result, whose figures may belong to a poll or another contest.
RESULT_KINDS: frozenset[str] = frozenset(m.NAME for m in ORDER if getattr(m, "RESULT", False))


def code_for(kind: str) -> Code:
    """The code of a kind by its name; `OTHER_KIND` for one not found here."""
    return CODES.get(kind, OTHER_KIND)
