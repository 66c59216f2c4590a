"""`--format gitlab` and `--format rdjson` through the real command on a draft with errors:
valid against their schemas, stable across runs, and reviewdog's suggestions correct it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cli_process import run_factcheck

jsonschema = pytest.importorskip(
    "jsonschema", reason="install the test extras: pip install -e '.[test]'"
)

DATA = Path(__file__).resolve().parent / "data"
# Two exact figures wrong (a majority, a vote count), one right, one unverifiable;
# "Môn" and "—" put multi-byte characters before the figures.
DRAFT = """\
---
date: 2017-02-24
---
# Copeland — a by-election upset

Trudy Harrison won the Copeland by-election with 13,748 votes. Her majority was 2,417.

Labour's Gillian Troughton took 11,061 votes, and turnout was 51.3%.

Ynys Môn was not voting; a poll there gave Labour 40% of the vote.
"""


def factcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return run_factcheck(*args, cwd=cwd)


@pytest.fixture
def draft(tmp_path) -> Path:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "copeland.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def run(fmt: str, cwd: Path, *args: str):
    result = factcheck("--format", fmt, *args, "drafts", cwd=cwd)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout)


def test_gitlab_report_is_valid_lists_the_problems_and_keeps_its_fingerprints(draft):
    status, issues = run("gitlab", draft)
    assert status == 1  # false claims fail the job, as with every format
    schema = json.loads((DATA / "gitlab-codequality.schema.json").read_text())
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(issues))
    assert not errors, [e.message for e in errors]
    majors = [
        (i["check_name"], i["location"]["lines"]["begin"])
        for i in issues
        if i["severity"] == "major"
    ]
    assert majors == [("FC102", 6), ("FC101", 8)]
    assert all(i["severity"] != "info" for i in issues)  # true claims are not listed
    assert {i["location"]["path"] for i in issues} == {"drafts/copeland.md"}
    _, again = run("gitlab", draft)
    assert [i["fingerprint"] for i in again] == [i["fingerprint"] for i in issues]
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_rdjson_report_is_valid_and_its_suggestions_correct_the_draft(draft):
    status, result = run("rdjson", draft)
    assert status == 1
    schema = json.loads((DATA / "rdjson.schema.json").read_text())
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(result))
    assert not errors, [e.message for e in errors]
    errors_found = [d for d in result["diagnostics"] if d["severity"] == "ERROR"]
    assert [d["code"]["value"] for d in errors_found] == ["FC102", "FC101"]
    assert [d["suggestions"][0]["text"] for d in errors_found] == ["2,147", "11,601 votes"]
    # Apply every suggestion as reviewdog would (byte columns, end exclusive), last first.
    path = draft / "drafts" / "copeland.md"
    lines = path.read_bytes().split(b"\n")
    suggestions = [s for d in errors_found for s in d["suggestions"]]
    for s in sorted(
        suggestions,
        key=lambda s: (s["range"]["start"]["line"], s["range"]["start"]["column"]),
        reverse=True,
    ):
        start, end = s["range"]["start"], s["range"]["end"]
        assert start["line"] == end["line"]
        line = lines[start["line"] - 1]
        lines[start["line"] - 1] = (
            line[: start["column"] - 1] + s["text"].encode() + line[end["column"] - 1 :]
        )
    path.write_bytes(b"\n".join(lines))
    assert "Her majority was 2,147." in path.read_text(encoding="utf-8")
    status, result = run("rdjson", draft)
    assert status == 0
    assert [d for d in result["diagnostics"] if d["severity"] == "ERROR"] == []


def test_every_format_is_in_the_readme_table_and_the_help(tmp_path):
    from factcheck.report import FORMATS

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### Output formats") : readme.index("### Exit status")]
    assert [name for name in FORMATS if f"| `{name}` |" not in table] == []
    help_text = " ".join(factcheck("--help", cwd=tmp_path).stdout.split())
    assert [name for name in FORMATS if f"{name}" not in help_text] == []
    assert "gitlab (Code Quality)" in help_text and "rdjson (reviewdog)" in help_text


def test_claimreview_names_the_article_url_the_organisation_and_human_ratings(draft):
    (draft / "factcheck.toml").write_text(
        'claimreview-organisation = "Example News"\n'
        'claimreview-organisation-url = "https://news.example.org"\n'
    )
    url = "https://news.example.org/politics/{stem}"
    status, found = run("claimreview", draft, "--claimreview-url", url)
    assert status == 1
    assert {r["url"] for r in found} == {"https://news.example.org/politics/copeland"}
    assert {r["itemReviewed"]["appearance"]["url"] for r in found} == {
        "https://news.example.org/politics/copeland"
    }
    assert all(
        r["author"]
        == {"@type": "Organization", "name": "Example News", "url": "https://news.example.org"}
        for r in found
    )
    ratings = [r["reviewRating"]["alternateName"] for r in found]
    assert "False" in ratings and "True" in ratings
    assert set(ratings) <= {"True", "Mostly true", "False", "Unverified"}


def test_a_claimreview_url_that_is_not_a_web_address_is_a_usage_error(draft):
    result = factcheck(
        "--format", "claimreview", "--claimreview-url", "copeland", "drafts", cwd=draft
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == ("factcheck: --claimreview-url: not an http or https URL: 'copeland'\n")
