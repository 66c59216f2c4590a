"""The real command in a subprocess on a folder of generated files: it never prints a
traceback or an internal error, reports every file (a refused one with its reason), and
writes output its readers parse."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from .conftest import budget
from .strategies import CONTROLS, articles, html, markdown
from .test_library import CONCISE_LINE, GITHUB_LINE, RAW, strict_json

SUFFIXES = {"txt": articles(), "md": markdown(), "html": html()}
NAMES = st.one_of(
    st.sampled_from(["draft", "Copeland 2017", "a-b_c", "Ynys Môn", "[bold]x[bold]"]),
    # Control characters a file name may hold (all but NUL, which no name can).
    st.lists(st.sampled_from(CONTROLS[1:14]), min_size=1, max_size=3).map("".join),
)


@st.composite
def folders(draw: st.DrawFn) -> dict[str, str]:
    """One to three files: name (with its suffix) -> text."""
    files = {}
    for _ in range(draw(st.integers(1, 3))):
        suffix = draw(st.sampled_from(sorted(SUFFIXES)))
        name = f"{draw(NAMES)}-{len(files)}.{suffix}"
        files[name] = draw(SUFFIXES[suffix])
    return files


def factcheck(folder: Path, format_name: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "--jobs", "1", "-f", format_name, str(folder)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="strict",  # output that is not UTF-8 fails here
        env=env,
        timeout=120,
    )


@budget(6)
@given(files=folders(), other=st.sampled_from(["full", "concise", "github", "sarif"]))
def test_the_command_reports_every_file_and_writes_parseable_output(files, other):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8", errors="surrogatepass")
        result = factcheck(folder, "json")
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr
        report = strict_json(result.stdout)
        assert isinstance(report, dict)
        assert len(report["files"]) == len(files)
        # A file may be refused (a NUL byte reads as binary): then it says why, and the
        # run exits 2; otherwise 0 or 1 by the verdicts.
        errors = [f["error"] for f in report["files"] if f["error"] is not None]
        assert all(error.strip() for error in errors)
        assert result.returncode == 2 if errors else result.returncode in (0, 1), result.stderr

        shown = factcheck(folder, other)
        assert shown.returncode == result.returncode, shown.stderr
        assert "Traceback" not in shown.stderr and not RAW.search(shown.stderr)
        if other == "sarif":
            strict_json(shown.stdout)
            return
        assert not RAW.search(shown.stdout)
        lines = shown.stdout.split("\n")[:-1]
        if other == "github":
            assert all(GITHUB_LINE.fullmatch(line) for line in lines), lines
        if other == "concise":
            assert all(CONCISE_LINE.fullmatch(line) for line in lines), lines
