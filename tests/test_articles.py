"""A corpus of realistic articles (written for the project, with deliberate errors).

Each `tests/data/articles/NAME.md` has a sidecar listing its claims and their true
verdicts. Not every claim is found yet, so the test holds the line that matters
most: a claim that is true is never called false, and a deliberate error is never
called true.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.document import read_document
from factcheck.pipeline import check_document

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.md"))
SUPPORTED = {"true", "approximately_true"}


def _expected(article: Path) -> list[dict]:
    data = yaml.safe_load(article.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    return data["claims"]


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_no_true_claim_is_called_false_and_no_error_true(article, reference):
    found: dict[str, list[str]] = {}
    for f in check_document(read_document(str(article)), reference).findings:
        found.setdefault(f.claim.text, []).append(str(f.verdict))
    wrong = []
    for claim in _expected(article):
        want, got = str(claim["verdict"]), found.get(str(claim["text"]), [])
        if want in SUPPORTED | {"unverifiable"} and "false" in got:
            wrong.append(f"true claim called false: {claim['text']!r}")
        if want == "false" and set(got) & SUPPORTED:
            wrong.append(f"error called true: {claim['text']!r}")
    assert not wrong, wrong


def test_the_corpus_is_there():
    assert len(ARTICLES) >= 30
