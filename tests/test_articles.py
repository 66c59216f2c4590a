"""A corpus of realistic articles (written for the project, with deliberate errors).

Each `tests/data/articles/NAME.md` has a sidecar listing its claims, in text order,
and their true verdicts. Two tests hold two lines. The first: a claim that is true is
never called false, and a deliberate error is never called true. The second: every
claim the sidecar expects `true`, `approximately_true` or `false` is found and judged
so (an error caught, a true figure confirmed), not missed or left `unverifiable`.
Claims the checker does not get right yet carry `gap: "reason"` in the sidecar: the
article then reports as xfail while its gaps still fail, and fails as soon as one
passes, so the gap is removed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from factcheck.pipeline import check_document
from factcheck.read.document import read_document

_FOLDER = Path(__file__).parent / "data" / "articles"
# Articles in Markdown or saved as web pages, each with its `.expected.yaml` beside it.
ARTICLES = sorted([*_FOLDER.glob("*.md"), *_FOLDER.glob("*.html")])
SUPPORTED = {"true", "approximately_true"}


def _expected(article: Path) -> list[dict]:
    data = yaml.safe_load(article.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    return data["claims"]


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_no_true_claim_is_called_false_and_no_error_true(article, reference):
    # Each expected claim is the figure at its place in the text (see `_judged`): two
    # claims written alike ("2.6%" a swing, "2.6%" a share in a results table) are not
    # confused.
    wrong = []
    for claim, got in _judged(article, reference):
        want = str(claim["verdict"])
        if want in SUPPORTED | {"unverifiable"} and "false" in got:
            wrong.append(f"true claim called false: {claim['text']!r}")
        if want == "false" and set(got) & SUPPORTED:
            wrong.append(f"error called true: {claim['text']!r}")
    assert not wrong, wrong


def _judged(article: Path, reference) -> list[tuple[dict, list[str]]]:
    """Each expected claim with the verdicts of the findings overlapping its text.

    The sidecar lists claims in text order, so each is looked for from just after the
    previous one; its text is never matched inside a longer number.
    """
    document = read_document(str(article))
    findings = check_document(document, reference).findings
    judged, cursor = [], 0
    for claim in _expected(article):
        text = str(claim["text"])
        pattern = re.compile(r"(?<![\w.,])" + re.escape(text) + r"(?![\w]|[.,]\d)")
        match = pattern.search(document.text, cursor) or pattern.search(document.text)
        assert match, f"{text!r} is not in {article.name}"
        cursor = match.start() + 1
        verdicts = sorted(
            {
                str(f.verdict)
                for f in findings
                if f.claim.start < match.end() and match.start() < f.claim.end
            }
        )
        judged.append((claim, verdicts))
    return judged


def _right(want: str, got: list[str]) -> bool:
    """A true claim confirmed (true or approximately true), or an error called false."""
    return bool(set(got) & SUPPORTED) if want in SUPPORTED else want in got


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_every_expected_claim_is_found_and_judged(article, reference):
    wrong, fixed, gaps = [], [], []
    for claim, got in _judged(article, reference):
        want = str(claim["verdict"])
        if want not in SUPPORTED | {"false"}:
            continue
        label = f"{claim['text']!r} expected {want}, checker says {'|'.join(got) or 'nothing'}"
        right = _right(want, got)
        if "gap" in claim:
            assert str(claim["gap"]).strip(), f"{claim['text']!r}: a gap needs a reason"
            (fixed if right else gaps).append(f"{label} (gap: {claim['gap']})")
        elif not right:
            wrong.append(label)
    assert not wrong, "\n".join(["expected claims missed or misjudged:", *wrong])
    assert not fixed, "\n".join(["known gap now passes: remove its gap field:", *fixed])
    if gaps:
        pytest.xfail(f"{len(gaps)} known gap(s): " + "; ".join(gaps))


def test_the_corpus_is_there():
    assert len(ARTICLES) >= 30
