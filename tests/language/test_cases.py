"""Golden cases for the number grammar: every `cases/*.txt` file is one passage.

A case file is the passage, then a line `==>`, then one line per number mention in
text order: `text | disposition | kind-or-reason` (the last field empty for
not_understood). `\\uXXXX` in a case stands for that character, so invisible and
unusual spaces stay visible in the file. Adding a case needs no Python.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from factcheck.pipeline import check_document
from factcheck.read.document import document_from_text

CASES = sorted((Path(__file__).parent / "cases").glob("*.txt"))
MARKER = "==>"


def _unescape(text: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def _read_case(path: Path) -> tuple[str, list[tuple[str, str, str]]]:
    passage, _, expected = path.read_text(encoding="utf-8").partition(f"\n{MARKER}\n")
    rows = []
    for line in expected.splitlines():
        if line.strip():
            text, disposition, detail = (part.strip() for part in line.split("|"))
            rows.append((_unescape(text), disposition, detail))
    return _unescape(passage), rows


def test_there_are_cases():
    assert len(CASES) >= 8


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path, reference) -> None:
    passage, expected = _read_case(path)
    assert expected, f"{path.name} has no expected mentions after {MARKER}"
    document = document_from_text(passage, date=dt.date(2017, 2, 24))
    report = check_document(document, reference)
    got = [(n.text, n.disposition, n.kind or n.reason or "") for n in report.numbers]
    assert got == expected
    for n in report.numbers:  # every span points into the text as typed
        assert passage[n.start : n.end] == n.text
