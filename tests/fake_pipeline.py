"""A stand-in for extraction, resolution and verification, for tests of the plumbing.

In fake articles "<n> <verdict>" is a claim of kind `votes` ("12 false"), and
"<n> <verdict>:<kind>" one of another kind ("7 unverifiable:turnout"); the verdict is
taken as written. The reference is empty. Tests of the real pipeline live elsewhere.
"""

from __future__ import annotations

import re

import pytest

from factcheck.claims import Claim, Finding, Quantity, Verdict
from factcheck.reference.index import Reference
from factcheck.reference.model import ReferenceRecords

CLAIM = re.compile(
    r"\b(?P<n>\d+) (?P<verdict>true|false|unverifiable|approx)(?::(?P<kind>[a-z_]+))?\b"
)
VERDICTS = {
    "true": Verdict.TRUE,
    "false": Verdict.FALSE,
    "unverifiable": Verdict.UNVERIFIABLE,
    "approx": Verdict.APPROXIMATELY_TRUE,
}


def fake_extract(text: str, *, skipped=None, kinds=None) -> list[Claim]:
    claims = []
    for m in CLAIM.finditer(text):
        if any(a <= m.start() < b for a, b in skipped or ()):
            continue
        quantity = Quantity(float(m.group("n")), m.group("n"), "votes")
        claims.append(Claim(m.group("kind") or "votes", quantity, m.start(), m.end(), m.group()))
    return claims


def fake_verify(claim: Claim, context: FakeContext) -> Finding:
    verdict = VERDICTS[claim.text.split()[1].split(":")[0]]
    return Finding(claim, verdict, reason="as written")


class FakeContext:
    """Records every context made, so tests can see the tolerances and dates passed."""

    made: list[FakeContext] = []

    def __init__(self, text, reference, info=None, tolerances=None) -> None:
        self.text, self.reference, self.info, self.tolerances = text, reference, info, tolerances
        FakeContext.made.append(self)


def empty_reference() -> Reference:
    return Reference(ReferenceRecords(), digest="sha256:empty")


def load_empty_reference(paths=(), *args, **kwargs) -> Reference:
    return empty_reference()


def install_fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> type[FakeContext]:
    """Swap the fakes in for the real stages; returns FakeContext to inspect what was made."""
    import factcheck.batch
    import factcheck.kinds.extract
    import factcheck.kinds.verify
    import factcheck.reference.load
    import factcheck.resolve.context

    FakeContext.made = []
    monkeypatch.setattr(factcheck.kinds.extract, "extract_claims", fake_extract)
    monkeypatch.setattr(factcheck.kinds.verify, "verify_claim", fake_verify)
    monkeypatch.setattr(factcheck.resolve.context, "ArticleContext", FakeContext)
    monkeypatch.setattr(factcheck.reference.load, "load_reference", load_empty_reference)
    factcheck.batch.install_references(None, load_empty_reference)
    return FakeContext
