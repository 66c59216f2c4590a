"""Golden cases: short passages and the verdict expected for each number in them.

The case files live in `tests/cases/*.case`; `tests/cases/README.md` describes the
format. Every case is one test. A case's `gap:` lines are known gaps: the case is
reported as xfail while they still fail, and fails (strictly) as soon as one of
them passes, so the gap line is turned into an expectation. A gap that calls a true
figure false, or a wrong one true, must say so in its note ("false alarm: ..." or
"error called true: ..."): otherwise a new false alarm would hide behind an old gap.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from factcheck.pipeline import check_document
from factcheck.read.document import document_from_text

CASES_DIR = Path(__file__).parent / "cases"
VERDICTS = {"true", "approximately_true", "false", "unverifiable", "none"}
HEADERS = {"date"}


@dataclass
class Expectation:
    number: str  # as written in the passage
    occurrence: int  # 1 for the first occurrence, 2 for `<number>#2`, ...
    verdicts: frozenset[str]  # any of these is right ("none": no claim judged)
    note: str
    gap: bool
    line: int


@dataclass
class Case:
    name: str
    path: Path
    line: int
    passage: str = ""
    date: dt.date | None = None
    expectations: list[Expectation] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.path.stem}:{self.name}"


_NOTE = re.compile(r"\s+#\s*")  # "# note" after whitespace; "13,844#2" is an occurrence
_EXPECTATION = re.compile(r"^(?P<number>.+?)(?:#(?P<occurrence>\d+))?\s*=>\s*(?P<verdicts>\S+)$")


def parse_cases(path: Path) -> list[Case]:
    """Read one case file; a malformed line raises ValueError naming the file and line."""
    cases: list[Case] = []
    case: Case | None = None
    section = "header"
    passage: list[str] = []

    def fail(lineno: int, message: str) -> ValueError:
        return ValueError(f"{path.name}:{lineno}: {message}")

    def finish() -> None:
        if case is None:
            return
        if section != "expectations":
            raise fail(case.line, f"case {case.name!r} has no '---' line")
        if not case.expectations:
            raise fail(case.line, f"case {case.name!r} expects nothing")
        case.passage = "\n".join(passage).strip("\n") + "\n"
        cases.append(case)

    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if line.startswith("=== "):
            finish()
            case, section, passage = Case(line[4:].strip(), path, lineno), "header", []
            continue
        if case is None:
            if line.strip() and not line.startswith("#"):
                raise fail(lineno, "text before the first '=== name' line")
            continue
        if section == "header":
            key, sep, value = line.partition(":")
            if sep and key.strip() in HEADERS:
                try:
                    case.date = dt.date.fromisoformat(value.strip())
                except ValueError:
                    raise fail(lineno, f"bad date {value.strip()!r}") from None
                continue
            section = "passage"
        if section == "passage":
            if line == "---":
                section = "expectations"
            else:
                passage.append(line)
            continue
        body, note = (_NOTE.split(line, maxsplit=1) + [""])[:2]
        body = body.strip()
        if not body:
            continue
        gap = body.startswith("gap:")
        if gap:
            body = body[4:].strip()
        match = _EXPECTATION.match(body)
        if not match:
            raise fail(lineno, f"expected '<number> => <verdict>', got {line!r}")
        verdicts = frozenset(match["verdicts"].split("|"))
        if not verdicts <= VERDICTS:
            raise fail(lineno, f"unknown verdict in {match['verdicts']!r}")
        if gap and not note.strip():
            raise fail(lineno, "a gap line needs a '# note' saying what the checker does wrong")
        case.expectations.append(
            Expectation(
                number=match["number"].strip(),
                occurrence=int(match["occurrence"] or 1),
                verdicts=verdicts,
                note=note.strip(),
                gap=gap,
                line=lineno,
            )
        )
    finish()
    return cases


def _all_cases() -> list[Case]:
    cases = [case for path in sorted(CASES_DIR.glob("*.case")) for case in parse_cases(path)]
    seen: set[str] = set()
    for case in cases:
        assert case.id not in seen, f"duplicate case name {case.id}"
        seen.add(case.id)
    return cases


CASES = _all_cases()


def occurrence_span(passage: str, number: str, occurrence: int) -> tuple[int, int]:
    """The span of the nth occurrence of `number` not inside a longer number."""
    pattern = re.compile(r"(?<![\w.,])" + re.escape(number) + r"(?![\w]|[.,]\d)")
    spans = [m.span() for m in pattern.finditer(passage)]
    if len(spans) < occurrence:
        raise AssertionError(f"{number!r} occurs {len(spans)} time(s), not {occurrence}")
    return spans[occurrence - 1]


def judged(case: Case, reference) -> dict[tuple[str, int], str]:
    """What the checker says of each expected number: a verdict, or 'none'."""
    document = document_from_text(case.passage, path=f"{case.id}.txt", date=case.date)
    findings = check_document(document, reference).findings
    got: dict[tuple[str, int], str] = {}
    for exp in case.expectations:
        start, end = occurrence_span(case.passage, exp.number, exp.occurrence)
        verdicts = sorted(
            {str(f.verdict) for f in findings if f.claim.start < end and start < f.claim.end}
        )
        got[(exp.number, exp.occurrence)] = "|".join(verdicts) or "none"
    return got


def _label(exp: Expectation) -> str:
    number = exp.number if exp.occurrence == 1 else f"{exp.number}#{exp.occurrence}"
    note = f"  ({exp.note})" if exp.note else ""
    return f"line {exp.line}: {number} => {'|'.join(sorted(exp.verdicts))}{note}"


def compare(case: Case, got: dict[tuple[str, int], str]) -> tuple[list[str], list[str], list[str]]:
    """(wrong verdicts, gaps that now pass, gaps still open) for what the checker said."""
    wrong, fixed, gaps = [], [], []
    for exp in case.expectations:
        verdict = got[(exp.number, exp.occurrence)]
        ok = verdict in exp.verdicts
        if exp.gap:
            (fixed if ok else gaps).append(f"{_label(exp)}; checker says {verdict}")
        elif not ok:
            wrong.append(f"{_label(exp)}; checker says {verdict}")
    return wrong, fixed, gaps


SUPPORTED = {"true", "approximately_true"}
# The words a gap's note opens with when the checker's wrong verdict is the costly kind.
DECLARED = {
    "false alarm:": "a true figure called false",
    "error called true:": "an error called true",
}


def undeclared(case: Case, got: dict[tuple[str, int], str]) -> list[str]:
    """Gaps whose verdict is a false alarm or an error called true, not said in the note."""
    found = []
    for exp in case.expectations:
        verdict = got[(exp.number, exp.occurrence)]
        if not exp.gap or verdict in exp.verdicts:
            continue
        said = set(verdict.split("|"))
        if "false" in said and "false" not in exp.verdicts:
            kind = "false alarm:"
        elif exp.verdicts == {"false"} and said & SUPPORTED:
            kind = "error called true:"
        else:
            continue
        if not exp.note.startswith(kind):
            found.append(f"{_label(exp)}; checker says {verdict}: {DECLARED[kind]}")
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case, reference):
    got = judged(case, reference)
    wrong, fixed, gaps = compare(case, got)
    assert not wrong, "\n".join(["wrong verdicts:", *wrong])
    hidden = undeclared(case, got)
    assert not hidden, "\n".join(
        [f"a gap line hides a costly verdict: open its note with {' or '.join(DECLARED)}", *hidden]
    )
    assert not fixed, "\n".join(
        ["known gap now passes: turn the gap line into an expectation:", *fixed]
    )
    if gaps:
        pytest.xfail("known gaps: " + "; ".join(gaps))


def test_there_are_enough_cases():
    assert len(CASES) >= 40
    files = {case.path.stem for case in CASES}
    assert {"readings", "frames", "dating", "attribution", "exclusions"} <= files


def test_a_malformed_case_file_is_an_error(tmp_path):
    bad = tmp_path / "bad.case"
    bad.write_text("=== one\nJane won 5 votes.\n---\n5 => maybe\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.case:4: unknown verdict"):
        parse_cases(bad)
    bad.write_text("=== one\nJane won 5 votes.\n---\ngap: 5 => false\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs a '# note'"):
        parse_cases(bad)


def test_an_occurrence_is_never_read_inside_a_longer_number():
    passage = "She won 12,645 votes, 12 more than in 2017, and 12 wards.\n"
    assert occurrence_span(passage, "12", 1) == (22, 24)
    assert occurrence_span(passage, "12", 2) == (48, 50)
    with pytest.raises(AssertionError, match="occurs 2 time"):
        occurrence_span(passage, "12", 3)


def test_a_gap_that_passes_is_reported_and_a_wrong_verdict_fails(tmp_path):
    path = tmp_path / "mini.case"
    path.write_text(
        "=== one\ndate: 2017-02-24\nHarrison won Copeland with 13,748 votes, a majority of 2,147.\n"
        "---\n13,748 => true\ngap: 2,147 => true  # not read\n",
        encoding="utf-8",
    )
    (case,) = parse_cases(path)
    assert case.date == dt.date(2017, 2, 24)
    assert compare(case, {("13,748", 1): "true", ("2,147", 1): "none"})[1:] == (
        [],
        ["line 6: 2,147 => true  (not read); checker says none"],
    )
    wrong, fixed, _ = compare(case, {("13,748", 1): "false", ("2,147", 1): "true"})
    assert wrong == ["line 5: 13,748 => true; checker says false"]
    assert fixed == ["line 6: 2,147 => true  (not read); checker says true"]


def test_a_gap_calling_a_true_figure_false_must_say_so(tmp_path):
    path = tmp_path / "mini.case"
    text = (
        "=== one\ndate: 2017-02-24\nHarrison won Copeland with 13,748 votes, a majority of 2,147.\n"
        "---\n13,748 => true\ngap: 2,147 => true  # {note}\ngap: 13,748 => false  # {twin}\n"
    )
    path.write_text(text.format(note="read as a vote", twin="not read"), encoding="utf-8")
    (case,) = parse_cases(path)
    hidden = undeclared(case, {("13,748", 1): "true", ("2,147", 1): "false"})
    assert hidden == [
        "line 6: 2,147 => true  (read as a vote); checker says false: a true figure called false",
        "line 7: 13,748 => false  (not read); checker says true: an error called true",
    ]
    assert undeclared(case, {("13,748", 1): "none", ("2,147", 1): "unverifiable"}) == []
    path.write_text(
        text.format(note="false alarm: read as a vote", twin="error called true: not read"),
        encoding="utf-8",
    )
    (case,) = parse_cases(path)
    assert undeclared(case, {("13,748", 1): "true", ("2,147", 1): "false"}) == []
