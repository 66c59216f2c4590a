"""How long the importer takes, and how long the YAML it writes takes to parse.

    .venv/bin/python bench/import_reference.py [--raw DIR] [--curated DIR]

Imports into a temporary folder (reference/ is not touched) and prints the figures.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import yaml

from factcheck.reference.importer import run_import
from factcheck.reference.importer.__main__ import DEFAULT_CURATED, DEFAULT_RAW


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW)
    parser.add_argument("--curated", type=Path, default=DEFAULT_CURATED)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        start = time.perf_counter()
        report = run_import(args.raw, args.curated, out)
        imported = time.perf_counter() - start
        files = [p for p in sorted(out.rglob("*.yaml")) if p.name != "conflicts.yaml"]
        size = sum(p.stat().st_size for p in files)
        start = time.perf_counter()
        for path in files:
            yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)
        parsed = time.perf_counter() - start
        start = time.perf_counter()
        for path in files:
            yaml.compose(path.read_text("utf-8"), Loader=yaml.CSafeLoader)
        composed = time.perf_counter() - start
    print(f"import:           {imported:6.2f} s")
    print(f"reference data:   {size / 1e6:6.2f} MB in {len(files)} files")
    print(f"CSafeLoader load: {parsed:6.2f} s")
    print(f"compose only:     {composed:6.2f} s")
    print(f"results:          {report.counts['results']}")
    print(f"candidates:       {report.counts['candidate entries']}")
    print(f"conflicts:        {len(report.conflicts)}")


if __name__ == "__main__":
    main()
