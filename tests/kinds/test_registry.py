"""The registry: every kind module found, each declaring itself fully, each with tests."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from factcheck.kinds import registry
from factcheck.kinds.extract import extract_claims
from factcheck.resolve import subjects as subject

TESTS = Path(__file__).resolve().parents[1]
KIND_NAMES = sorted(registry.KINDS)


def test_no_kind_module_is_missed_for_want_of_a_name():
    """A module with `extract` and `verify` but no `NAME` would be silently skipped."""
    package = Path(registry.__file__).parent
    for path in package.glob("*.py"):
        module = importlib.import_module(f"factcheck.kinds.{path.stem}")
        if hasattr(module, "extract") or hasattr(module, "verify"):
            assert getattr(module, "NAME", None) in registry.KINDS, path.name


def test_names_codes_and_precedences_are_unique():
    for field in ("NAME", "CODE", "PRECEDENCE"):
        values = [getattr(m, field) for m in registry.ORDER]
        assert len(values) == len(set(values)), f"two kinds share a {field}"


@pytest.mark.parametrize("name", KIND_NAMES)
def test_kind_declares_itself(name):
    kind = registry.KINDS[name]
    # The name is the module's, so a finding's kind says which file to read.
    assert kind.__name__ == f"factcheck.kinds.{name}"
    assert re.fullmatch(r"FC1\d\d", kind.CODE) and kind.CODE not in (registry.OTHER_KIND.code,)
    assert kind.SUMMARY.strip() and "\n" not in kind.SUMMARY
    assert isinstance(kind.PRECEDENCE, int)
    assert isinstance(getattr(kind, "RESULT", False), bool)
    assert kind.TRIGGERS and all(t == t.lower() for t in kind.TRIGGERS)
    assert callable(kind.extract) and callable(kind.verify)


@pytest.mark.parametrize("name", KIND_NAMES)
def test_kind_has_examples_in_the_tests(name):
    """As proselint asks of its checks: a kind no test mentions is a kind no one checks."""
    mentioned = re.compile(rf"[\"']{name}[\"']")
    files = [p for p in TESTS.rglob("test_*.py") if p.name != Path(__file__).name]
    assert any(mentioned.search(p.read_text(encoding="utf-8")) for p in files), (
        f"no test mentions the kind {name!r}; add examples in tests/kinds/"
    )


def test_order_is_by_precedence_and_the_lower_keeps_a_shared_number():
    precedences = [m.PRECEDENCE for m in registry.ORDER]
    assert precedences == sorted(precedences)
    # Both created and held_since match this year; created is tried first.
    assert registry.KINDS["created"].PRECEDENCE < registry.KINDS["held_since"].PRECEDENCE
    claims = extract_claims("Labour has held the seat since its creation in 1983.")
    assert [(c.kind, c.text) for c in claims] == [("created", "1983")]


def test_a_kind_not_in_the_registry_gets_the_catch_all_code():
    assert registry.code_for("no_such_kind") is registry.OTHER_KIND
    assert registry.code_for("votes").code == registry.KINDS["votes"].CODE


def test_subject_sees_the_kinds_marked_result():
    assert "votes" in registry.RESULT_KINDS and "held_since" not in registry.RESULT_KINDS
    assert "votes" in subject._RESULT_KINDS and "held_since" not in subject._RESULT_KINDS


def test_the_readme_lists_every_kind_with_its_code():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    # Each row carries the anchor SARIF's helpUri links to (`#fc101`).
    missing = [
        f"{m.CODE} {m.NAME}"
        for m in registry.KINDS.values()
        if f'| <a id="{m.CODE.lower()}"></a>{m.CODE} | `{m.NAME}` | {m.SUMMARY} |' not in readme
    ]
    assert not missing, f"README's claim kinds table lacks: {missing}"
