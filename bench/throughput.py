"""Reports per second for seed-sized articles: in-process (per CPU-second) and by the CLI.

In-process: each article is read from disk, checked and rendered as a JSON report, over
and over; the figure is reports per CPU-second (time.process_time). Beside it, the
floor for the same loop with no checking at all: read a 2 KB file, one compiled regex
pass over it, json.dumps of the matches. The CLI figures run `factcheck --format json
--jobs N` over a folder of copies (start-up and reference load included, wall time).

    python bench/throughput.py [--articles 'GLOB'] [--seconds 10] [--copies 200] [--jobs 1,2]

Articles default to the seed articles in /work/shared/seeds when present, else the
project's test articles of 2-6 KB (seed-sized).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = "/work/shared/seeds/*.txt"


def article_paths(pattern: str | None) -> list[Path]:
    if pattern:
        return [Path(p) for p in sorted(glob.glob(pattern))]
    seeds = [Path(p) for p in sorted(glob.glob(SEEDS))]
    if seeds:
        return seeds
    tests = sorted((REPO / "tests" / "data" / "articles").glob("*.md"))
    return [p for p in tests if 2000 <= p.stat().st_size <= 6000][:20]


# Distinct texts per round: more than any per-text memo keeps (the most is 16), so no
# article is checked with another's work to hand, as in an archive of different reports.
VARIANTS = 100


def in_process(paths: list[Path], seconds: float) -> tuple[float, int]:
    """Reports per CPU-second over `paths`, round after round for about `seconds`.

    Each article is checked as VARIANTS distinct texts (its own, then trailing blank
    space of a different width): the same claims, but never a text seen moments before.
    """
    from factcheck.pipeline import check_document
    from factcheck.read.document import read_document
    from factcheck.reference.load import load_reference
    from factcheck.report import render

    reference = load_reference()

    def one(path: Path) -> None:
        document = read_document(str(path))
        report = check_document(document, reference)
        render("json", [report], reference, documents={document.path: document})

    with tempfile.TemporaryDirectory() as tmp:
        variants = []
        for k in range(max(1, VARIANTS // len(paths))):
            for p in paths:
                copy = Path(tmp) / f"{k:03d}-{p.name}"
                copy.write_text(p.read_text(encoding="utf-8") + "\n" + " " * k, encoding="utf-8")
                variants.append(copy)
        for p in paths:  # warm: patterns compiled, per-reference indexes built
            one(p)
        done, start = 0, time.process_time()
        while time.process_time() - start < seconds:
            for p in variants:
                one(p)
            done += len(variants)
        return done / (time.process_time() - start), done


def floor(seconds: float) -> float:
    """The same loop doing almost nothing: read 2 KB, one regex pass, a JSON dump."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "floor.txt"
        path.write_text(("Labour won 12,345 votes, a 45.6% share of the vote. " * 40)[:2000])
        number = re.compile(r"\d[\d,.]*%?")
        done, start = 0, time.process_time()
        while time.process_time() - start < seconds:
            for _ in range(100):
                text = path.read_text(encoding="utf-8")
                json.dumps({"path": str(path), "numbers": number.findall(text)})
            done += 100
        return done / (time.process_time() - start)


def cli(paths: list[Path], copies: int, jobs: int) -> float:
    """Reports per wall-second from the CLI over a folder of `copies` articles."""
    exe = Path(sys.executable).parent / "factcheck"
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(copies):
            src = paths[i % len(paths)]
            shutil.copyfile(src, Path(tmp) / f"{i:05d}{src.suffix}")
        start = time.perf_counter()
        subprocess.run(
            [str(exe), "--format", "json", "--jobs", str(jobs), tmp],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "NO_COLOR": "1"},
            check=False,
        )
        return copies / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", help="a glob of article files (default: seeds)")
    parser.add_argument("--seconds", type=float, default=10.0, help="CPU seconds per figure")
    parser.add_argument("--copies", type=int, default=200, help="files in the CLI folder")
    parser.add_argument("--jobs", default="1,2", help="--jobs values for the CLI, or ''")
    args = parser.parse_args()

    paths = article_paths(args.articles)
    size = sum(p.stat().st_size for p in paths) / len(paths)
    print(f"{len(paths)} articles, {size / 1000:.1f} KB on average")
    rate, done = in_process(paths, args.seconds)
    base = floor(min(args.seconds, 3.0))
    print(f"in-process      {rate:>9.1f} reports/CPU-s  ({done} reports)")
    slower = base / rate
    print(f"floor           {base:>9.1f} reports/CPU-s  (the checker takes {slower:.0f}x as long)")
    for jobs in (int(j) for j in args.jobs.split(",") if j):
        print(f"cli --jobs {jobs}    {cli(paths, args.copies, jobs):>9.1f} reports/s (wall)")


if __name__ == "__main__":
    main()
