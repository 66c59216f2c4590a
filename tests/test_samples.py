"""The sample articles in claims/ are checked with the verdicts their sidecars expect.

Each `claims/NAME.md` has a `claims/NAME.expected.yaml` listing every claim the checker
should report, in text order, with its kind and verdict; the deliberate errors in the
samples are the `false` ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.pipeline import check_document
from factcheck.read.document import read_document

CLAIMS = Path(__file__).resolve().parent.parent / "claims"
SAMPLES = sorted(p for p in CLAIMS.glob("*.md"))


@pytest.mark.parametrize("article", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_sample_article_verdicts(article, reference):
    expected = yaml.safe_load(article.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    report = check_document(read_document(str(article)), reference)
    got = [
        {"text": f.claim.text, "kind": f.claim.kind, "verdict": str(f.verdict)}
        for f in report.findings
    ]
    want = [{k: str(c[k]) for k in ("text", "kind", "verdict")} for c in expected["claims"]]
    reasons = {f.claim.text: f.reason for f in report.findings}
    assert got == want, "\n".join(f"{g['text']}: {reasons.get(g['text'])}" for g in got)


def test_every_sample_has_deliberate_errors():
    for article in SAMPLES:
        expected = yaml.safe_load(article.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        assert any(str(c["verdict"]) == "false" for c in expected["claims"]), article.name
