"""Every kind carries its rule and examples as data, and each example holds (as proselint asks
of its checks): run through the checker, it gets the verdict and official figure it states."""

from __future__ import annotations

import pytest

from factcheck import check_text
from factcheck.claims import Verdict
from factcheck.judge.semantics import FIGURES
from factcheck.kinds import registry
from factcheck.kinds.examples import Example
from factcheck.kinds.rulebook import card
from factcheck.report.common import official_text

KIND_NAMES = sorted(registry.KINDS)
EXAMPLES = [
    pytest.param(name, example, id=f"{name}-{i}-{example.verdict}")
    for name in KIND_NAMES
    for i, example in enumerate(getattr(registry.KINDS[name], "EXAMPLES", ()))
]


@pytest.mark.parametrize("name", KIND_NAMES)
def test_every_kind_has_a_rule_and_examples_either_side(name):
    kind = registry.KINDS[name]
    assert " ".join(kind.RULE.split()) == kind.RULE and len(kind.RULE) > 80
    examples = kind.EXAMPLES
    assert all(isinstance(e, Example) for e in examples)
    verdicts = {e.verdict for e in examples}
    assert "true" in verdicts, f"{name} has no example it calls true"
    # One it does not: false, or unverifiable for a kind that says it is never false.
    never_false = getattr(kind, "VERDICTS", {}).get("false", "").startswith("never")
    assert ("unverifiable" if never_false else "false") in verdicts, name
    assert all(f in FIGURES for f in kind.FIGURES)


@pytest.mark.parametrize("name", KIND_NAMES)
def test_every_kind_says_what_each_verdict_means(name):
    rule_card = card(registry.KINDS[name])
    assert list(rule_card.verdicts) == [
        Verdict.TRUE,
        Verdict.APPROXIMATELY_TRUE,
        Verdict.FALSE,
        Verdict.UNVERIFIABLE,
    ]
    assert all(
        lines and all(line.strip() for line in lines) for lines in rule_card.verdicts.values()
    )
    assert rule_card.reads[:1].isupper() or rule_card.reads.startswith('"')


@pytest.mark.parametrize(("name", "example"), EXAMPLES)
def test_each_example_gets_the_verdict_it_states(name, example, reference):
    findings = check_text(example.text, reference, example.article_date)
    mine = [f for f in findings if f.claim.kind == name and f.claim.text == example.claim]
    assert len(mine) == 1, [(f.claim.kind, f.claim.text) for f in findings]
    (finding,) = mine
    assert finding.verdict.value == example.verdict, finding.reason
    if example.official:
        assert official_text(finding) == example.official
