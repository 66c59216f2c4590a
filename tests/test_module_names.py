"""Each module-level name of the package is bound once.

A second `_PATTERN = ...` further down a module silently replaces the first for every
function that reads it, whatever the line it stands near: ruff does not flag a rebound
constant. Found twice in `resolve/` (a participle pattern and a record pattern).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound_twice(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        for name in names:
            if name in seen and name != "__all__":
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return twice


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_module_level_name_is_bound_twice(path):
    assert not _bound_twice(path)


def test_a_name_bound_twice_is_found(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("_P = 1\n\ndef f():\n    return _P\n\n_P = 2\n", encoding="utf-8")
    assert _bound_twice(module) == ["_P (lines 1 and 6)"]
