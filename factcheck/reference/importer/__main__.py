"""`python -m factcheck.reference.importer [--raw DIR] [--curated DIR] [--out DIR]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck.reference.importer import ImportDataError, run_import

REPO = Path(__file__).resolve().parents[3]
DEFAULT_RAW = REPO.parent / "shared" / "data" / "raw"
DEFAULT_CURATED = REPO.parent / "shared" / "data" / "curated"
DEFAULT_OUT = REPO / "reference"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.reference.importer",
        description="Import the official results files and curated tables into reference/.",
    )
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW, help=f"default: {DEFAULT_RAW}")
    parser.add_argument(
        "--curated", type=Path, default=DEFAULT_CURATED, help=f"default: {DEFAULT_CURATED}"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    args = parser.parse_args(argv)
    for label, path in (("--raw", args.raw), ("--curated", args.curated)):
        if not path.is_dir():
            print(f"import: {label}: not a directory: {path}", file=sys.stderr)
            return 2
    try:
        report = run_import(args.raw, args.curated, args.out)
    except ImportDataError as exc:
        print(f"import: {exc}", file=sys.stderr)
        return 2
    print(report.summary())
    print(f"wrote {len(report.files)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
