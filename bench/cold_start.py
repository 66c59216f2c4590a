"""Cold-start time and memory of `factcheck --format json ARTICLE`, first run and warm.

Prints the median wall time of fresh processes (the reference cache already built),
next to `python -c "import typer, rich, yaml, rapidfuzz"` measured in the same run, their
ratio (target <= 3), and peak memory (target < 250 MB). Runs alternate between the two
commands so drift hits both alike.

First runs: each with `XDG_CACHE_HOME` pointed at a new empty folder (what a fresh install
sees: the bundled dataset's index ships with the package), target < 2 s to the verdict;
and once with the shipped index hidden, which is what the first run after an edit to the
reference data pays (the index is then built into the user's cache, with progress).

    python bench/cold_start.py [--runs 7] [--article bench/article.txt]
        [--synthetic | --dataset DIR]

With no imported dataset in reference/ (or with --synthetic), a synthetic dataset of
the full size is written to a temporary folder and used in place of the bundled one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BASELINE = [sys.executable, "-c", "import typer, rich, yaml, rapidfuzz"]
# Runs the real entry point with the bundled dataset swapped for another folder.
SWAPPED = (
    "import sys; from pathlib import Path; import factcheck.reference.load as load; "
    "load.bundled_reference_dir = lambda: Path(sys.argv.pop(1)); "
    "from factcheck.cli import main; main()"
)
# The real entry point as if the package shipped no index (the first run after an edit).
NO_SHIPPED_INDEX = (
    "import sys; from pathlib import Path; import factcheck.reference.cache as cache; "
    "cache.SHIPPED_INDEX = Path('/nonexistent/bundled.index'); "
    "from factcheck.cli import main; main()"
)
# The reference alone (imports, cache lookup, tables, name index): the loader's share.
REFERENCE_ONLY = (
    "import sys; from pathlib import Path; from factcheck.reference.load import load_reference; "
    "load_reference(bundled_dir=Path(sys.argv[1]) if len(sys.argv) > 1 else None)"
)


def timed(command: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in MB and exit status of one fresh process."""
    seconds, rss, status, _ = timed_with_cpu(command, env)
    return seconds, rss, status


def timed_with_cpu(command: list[str], env: dict[str, str]) -> tuple[float, int, int, float]:
    """As `timed`, plus the CPU seconds (user + system) the process used."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO
    )
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} exited {proc.returncode}:\n{stderr}")
    return elapsed, usage.ru_maxrss // 1024, proc.returncode, usage.ru_utime + usage.ru_stime


def fresh_first_runs(command: list[str], work: Path, runs: int) -> list[tuple[float, float, int]]:
    """(wall, cpu, peak MB) of first runs, each with XDG_CACHE_HOME an empty new folder."""
    figures = []
    for n in range(runs):
        home = work / f"fresh-{n}"
        home.mkdir()
        env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_CACHE_DIR"}
        env["XDG_CACHE_HOME"] = str(home)
        seconds, rss, _, cpu = timed_with_cpu(command, env)
        figures.append((seconds, cpu, rss))
    return figures


def factcheck_command(article: Path, dataset: Path | None) -> list[str]:
    if dataset is not None:
        return [sys.executable, "-c", SWAPPED, str(dataset), "--format", "json", str(article)]
    script = Path(sys.executable).with_name("factcheck")
    entry = [str(script)] if script.exists() else [sys.executable, "-m", "factcheck"]
    return [*entry, "--format", "json", str(article)]


def bundled_has_data() -> bool:
    return any((REPO / "reference").rglob("*.yaml"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--article", type=Path, default=HERE / "article.txt")
    parser.add_argument("--synthetic", action="store_true", help="use a synthetic dataset")
    parser.add_argument("--dataset", type=Path, help="use this folder as the bundled dataset")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        dataset = args.dataset.resolve() if args.dataset else None
        if dataset is not None:
            size = sum(p.stat().st_size for p in dataset.rglob("*.yaml"))
            print(f"dataset: {dataset}, {size / 1e6:.1f} MB of YAML")
        elif args.synthetic or not bundled_has_data():
            sys.path.insert(0, str(HERE))
            from synthetic_reference import write

            dataset = work / "reference"
            candidates = write(dataset, seats=650, elections=29)
            print(f"dataset: synthetic, {candidates:,} candidates (no import in reference/)")
        else:
            size = sum(p.stat().st_size for p in (REPO / "reference").rglob("*.yaml"))
            print(f"dataset: bundled reference/, {size / 1e6:.1f} MB of YAML")
        env = {**os.environ, "FACTCHECK_CACHE_DIR": str(work / "cache")}
        # The baseline's libraries were byte-compiled when pip installed them; an editable
        # install of factcheck is compiled on first import, unless PYTHONDONTWRITEBYTECODE
        # is set (as on some CI machines). Compile it the same way, so both sides match.
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(REPO / "factcheck")],
            check=False,
            stdout=subprocess.DEVNULL,
        )
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            print("note: PYTHONDONTWRITEBYTECODE is set; factcheck/ was byte-compiled first")
        command = factcheck_command(args.article.resolve(), dataset)
        reference_only = [
            sys.executable,
            "-c",
            REFERENCE_ONLY,
            *([str(dataset)] if dataset else []),
        ]

        fresh = fresh_first_runs(command, work, 3)
        first, first_rss, _ = timed(command, env)
        rebuild = None
        if dataset is None:
            no_index = [sys.executable, "-c", NO_SHIPPED_INDEX, *command[-3:]]
            rebuild_env = {**env, "FACTCHECK_CACHE_DIR": str(work / "rebuild-cache")}
            seconds, rss, _, cpu = timed_with_cpu(no_index, rebuild_env)
            rebuild = (seconds, cpu, rss)
        warm, warm_rss, base, base_rss, loader = [], [], [], [], []
        timed(BASELINE, env)  # one unmeasured run of each to settle the disk cache
        timed(command, env)
        for _ in range(args.runs):
            seconds, rss, _ = timed(BASELINE, env)
            base.append(seconds)
            base_rss.append(rss)
            seconds, rss, _ = timed(command, env)
            warm.append(seconds)
            warm_rss.append(rss)
            loader.append(timed(reference_only, env)[0])
        ratio = statistics.median(warm) / statistics.median(base)
        print(f"article: {args.article} ({len(args.article.read_text().splitlines())} lines)")
        print(f"runs: {args.runs} each, alternating")
        print(
            f"baseline  python -c 'import typer, rich, yaml, rapidfuzz': "
            f"median {statistics.median(base):.3f} s, peak {max(base_rss)} MB"
        )
        print(
            f"factcheck --format json (warm cache):  median {statistics.median(warm):.3f} s "
            f"(min {min(warm):.3f}, max {max(warm):.3f}), peak {max(warm_rss)} MB"
        )
        print(f"ratio: {ratio:.2f} (target <= 3)")
        print(
            f"of which the reference alone (python -c load_reference()): "
            f"median {statistics.median(loader):.3f} s"
        )
        walls = [w for w, _, _ in fresh]
        print(
            f"first run after install (empty XDG_CACHE_HOME, {len(fresh)} runs): "
            f"median {statistics.median(walls):.2f} s (min {min(walls):.2f}, "
            f"max {max(walls):.2f}), cpu {statistics.median([c for _, c, _ in fresh]):.2f} s, "
            f"peak {max(r for _, _, r in fresh)} MB; target < 2 s: "
            f"{'met' if statistics.median(walls) < 2 else 'NOT met'}"
        )
        print(f"first run with FACTCHECK_CACHE_DIR empty: {first:.2f} s, peak {first_rss} MB")
        if rebuild is not None:
            print(
                f"first run after an edit to reference/ (no shipped index; builds the "
                f"user's index): {rebuild[0]:.2f} s, cpu {rebuild[1]:.2f} s, peak {rebuild[2]} MB"
            )
        print(
            f"memory target < 250 MB: {'met' if max(warm_rss + [first_rss]) < 250 else 'NOT met'}"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
