"""`check_texts`: many articles' text in, one report each out, lazily and in order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fake_pipeline import empty_reference, install_fake_pipeline

from factcheck import check_texts

COPELAND_DAY = dt.date(2017, 2, 24)
TRUE_CLAIM = "Trudy Harrison won 13,748 votes in the Copeland by-election."
FALSE_CLAIM = "Trudy Harrison won 13,478 votes in the Copeland by-election."


def test_reports_come_one_per_text_in_order_and_as_each_is_done(monkeypatch):
    install_fake_pipeline(monkeypatch)
    taken: list[str] = []

    def texts():
        for text in ("1 true", "2 false and 3 true", "no claims"):
            taken.append(text)
            yield text

    reports = check_texts(texts(), reference=empty_reference())
    first = next(reports)
    assert taken == ["1 true"]  # the second text is not even read before the first report
    assert [f.verdict.value for f in first.findings] == ["true"]
    rest = list(reports)
    assert [r.path for r in [first, *rest]] == ["<text 1>", "<text 2>", "<text 3>"]
    assert [len(r.findings) for r in rest] == [2, 0]


def test_named_texts_keep_their_names_and_formats(monkeypatch):
    install_fake_pipeline(monkeypatch)
    page = "<html><body><p>1 false</p><!-- <p>2 true</p> --></body></html>"
    markdown = "---\ndate: 2017-02-24\n---\n1 true\n\n```\n2 false\n```\n"
    html, md = check_texts([("a/page.html", page), ("b.md", markdown)], empty_reference())
    assert html.path == "a/page.html" and len(html.findings) == 1  # the comment is not text
    assert md.path == "b.md" and [f.claim.text for f in md.findings] == ["1 true"]  # code skipped


def test_one_failing_text_is_an_error_report_and_the_rest_go_on(monkeypatch):
    import factcheck.pipeline

    install_fake_pipeline(monkeypatch)
    real = factcheck.pipeline.check_document

    def flaky(document, *args, **kwargs):
        if "boom" in document.text:
            raise ValueError("extractor fell over")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(factcheck.pipeline, "check_document", flaky)
    reports = list(check_texts(["1 true", "boom", "2 false"], empty_reference()))
    assert [r.error for r in reports] == [
        None,
        "internal error while checking: ValueError: extractor fell over",
        None,
    ]
    assert [len(r.findings) for r in reports] == [1, 0, 1]


def test_real_check_with_dates(reference):
    undated = [TRUE_CLAIM, FALSE_CLAIM]
    verdicts = [
        [f.verdict.value for f in r.findings]
        for r in check_texts(undated, reference, default_date=COPELAND_DAY)
    ]
    assert verdicts == [["true"], ["false"]]


# --- the README's Dask recipe, on dask's synchronous scheduler ----------------------
def check_partition(paths):
    """The README's partition function: read each file, check it, keep plain results."""
    from factcheck.report.json import finding_to_dict

    texts = ((p, Path(p).read_text(encoding="utf-8", errors="replace")) for p in paths)
    return [
        {"path": r.path, "error": r.error, "claims": [finding_to_dict(f) for f in r.findings]}
        for r in check_texts(texts)
    ]


def test_dask_bag_recipe_checks_every_file_once(tmp_path):
    db = pytest.importorskip("dask.bag")
    front = "---\ndate: 2017-02-24\n---\n"
    paths = []
    for i in range(7):
        path = tmp_path / f"{i}.md"
        path.write_text(front + (FALSE_CLAIM if i == 3 else TRUE_CLAIM) + "\n")
        paths.append(str(path))
    bag = db.from_sequence(paths, npartitions=3).map_partitions(check_partition)
    results = bag.compute(scheduler="synchronous")
    assert [r["path"] for r in results] == paths
    verdicts = [[c["verdict"] for c in r["claims"]] for r in results]
    assert verdicts == [["false"] if i == 3 else ["true"] for i in range(7)]
