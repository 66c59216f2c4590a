"""The bundled YAML is exactly what the importer writes from the source files: nothing in
reference/ is typed by hand (run when the source files sit beside the repository)."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"


@pytest.mark.skipif(not (SHARED / "raw").is_dir(), reason="the source files are not here")
def test_reimport_writes_the_bundled_reference_byte_for_byte(tmp_path):
    from factcheck.reference.importer import run_import

    run_import(SHARED / "raw", SHARED / "curated", tmp_path)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.yaml"))
    bundled = sorted(
        p.relative_to(REPO / "reference") for p in (REPO / "reference").rglob("*.yaml")
    )
    assert written == bundled
    differ = [
        str(p)
        for p in written
        if not filecmp.cmp(tmp_path / p, REPO / "reference" / p, shallow=False)
    ]
    assert differ == [], "re-run `factcheck reference import`: these files differ from its output"
