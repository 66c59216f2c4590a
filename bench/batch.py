"""Batch throughput and memory: generated articles checked with --jobs 1 and --jobs 2.

    python bench/batch.py [--articles 2000 10000] [--jobs 1 2] [--size 3600]
                          [--format json] [--keep DIR]

For each batch size and job count it prints the wall time, files per second, the CPU
time of the main process and its workers, files per CPU-second (the figure that holds on
a shared, busy machine), and peak resident memory: of the main process, of the largest
worker, and of the whole process tree (sampled). Articles are "seed-sized" by default
(about 3.6 KB, the mean of the project's seed reports).

Articles name seats, candidates and parties from the bundled reference when it has
results (figures are perturbed, so verdicts vary); with an empty reference they use
made-up names and every claim is unverifiable, which still times the whole pipeline.
Each run is the real command in a subprocess, start-up and reference load included.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEMPLATES = [
    "{candidate} won {votes:,} votes in {seat}, a majority of {majority:,} over {rival}.",
    "Turnout in {seat} was {turnout}%, and {party} took {share}% of the vote.",
    "{party}'s share rose by {change} points, the first such gain in {seat} since {year}.",
    "The seat had been held by {party} since {year}, more than {years} years.",
    "{rival} polled about {rival_votes:,} votes.",
]
FILLER = [
    "Campaigners spent the final week knocking on doors across the constituency.",
    "Local issues dominated the count, from bus routes to the future of the hospital.",
    "Activists from both sides said the mood on the doorstep had been hard to read.",
    "The declaration came shortly after dawn at the leisure centre.",
    "Supporters in the hall cheered as the returning officer read out the figures.",
    "Party strategists will study the result closely before the next national contest.",
    "Several candidates thanked the volunteers who had staffed polling stations all day.",
    "The weather was dry, which organisers said helped people get out to vote.",
]
# The mean size of the project's seed reports: "seed-sized" articles are about this long.
SEED_SIZE = 3600


def facts_from_reference() -> list[dict[str, object]]:
    """Real seats and candidates, when the bundled reference has results."""
    try:
        from factcheck import load_reference

        reference = load_reference()
    except Exception:  # an empty or broken checkout: fall back to made-up names
        return []
    facts: list[dict[str, object]] = []
    for election in reference.elections.values():
        for result in reference.results.for_election(election.id)[:50]:
            ranked = sorted(
                (c for c in result.candidates if c.votes is not None and c.name),
                key=lambda c: -(c.votes or 0),
            )
            if len(ranked) < 2:
                continue
            seat = reference.constituencies.get(result.constituency)
            facts.append(
                {
                    "seat": seat.name if seat else result.constituency,
                    "candidate": ranked[0].name,
                    "rival": ranked[1].name,
                    "party": reference.parties[ranked[0].party].short
                    if ranked[0].party in reference.parties
                    else ranked[0].party,
                    "votes": ranked[0].votes,
                    "rival_votes": ranked[1].votes,
                    "majority": (ranked[0].votes or 0) - (ranked[1].votes or 0),
                    "date": election.date.isoformat(),
                }
            )
            if len(facts) >= 2000:
                return facts
    return facts


def made_up_facts(rng: random.Random) -> dict[str, object]:
    votes = rng.randint(8000, 30000)
    rival = votes - rng.randint(50, 8000)
    return {
        "seat": f"{rng.choice(['North', 'South', 'East', 'West'])} Borough {rng.randint(1, 400)}",
        "candidate": f"Candidate {rng.randint(1, 999)}",
        "rival": f"Rival {rng.randint(1, 999)}",
        "party": rng.choice(["Labour", "Conservative", "Liberal Democrat", "Green"]),
        "votes": votes,
        "rival_votes": rival,
        "majority": votes - rival,
        "date": f"{rng.randint(1997, 2024)}-05-0{rng.randint(1, 7)}",
    }


def write_articles(folder: Path, count: int, seed: int = 7, size: int = SEED_SIZE) -> None:
    """`count` articles of about `size` bytes each: claims from the templates, then filler."""
    rng = random.Random(seed)
    real = facts_from_reference()
    for i in range(count):
        facts = dict(rng.choice(real)) if real else made_up_facts(rng)
        # Nudge some figures so that not every claim is true.
        if rng.random() < 0.3:
            facts["votes"] = int(facts["votes"]) + rng.randint(-500, 500)
        facts.update(
            turnout=round(rng.uniform(35, 75), 1),
            share=round(rng.uniform(20, 60), 1),
            change=round(rng.uniform(1, 15), 1),
            year=rng.randint(1935, 2015),
            years=rng.randint(5, 80),
        )
        paragraphs = []
        while sum(len(p) + 2 for p in paragraphs) < size - 120:
            claims = [t.format(**facts) for t in rng.sample(TEMPLATES, k=2)]
            paragraphs.append(" ".join(claims + rng.sample(FILLER, k=rng.randint(2, 4))))
        body = "\n\n".join(paragraphs)
        kind = i % 3
        if kind == 0:
            text = f"---\ndate: {facts['date']}\n---\n# {facts['seat']}\n\n{body}\n"
            (folder / f"article-{i:05d}.md").write_text(text, encoding="utf-8")
        elif kind == 1:
            paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
            page = (
                f'<html><head><meta name="date" content="{facts["date"]}"></head>'
                f"<body><h1>{facts['seat']}</h1>\n{paragraphs}</body></html>\n"
            )
            (folder / f"article-{i:05d}.html").write_text(page, encoding="utf-8")
        else:
            (folder / f"article-{i:05d}.txt").write_text(body + "\n", encoding="utf-8")


# Runs the command in this interpreter and reports, on its last stderr line, its own peak
# memory and CPU and those of its workers (which it waits for, so they count).
MEASURED = """
import json, resource, sys, time
from factcheck.cli import run
start = time.perf_counter()
status = run(sys.argv[1:])
wall = time.perf_counter() - start
me = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
with open("/proc/self/status") as status_file:
    hwm = next(int(line.split()[1]) for line in status_file if line.startswith("VmHWM"))
print("BENCH " + json.dumps({
    "status": status, "wall": wall,
    "cpu": me.ru_utime + me.ru_stime, "worker_cpu": workers.ru_utime + workers.ru_stime,
    "peak_kb": hwm, "worker_peak_kb": workers.ru_maxrss,
}), file=sys.stderr)
"""


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants now, from /proc (Linux)."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                total += next(
                    (int(line.split()[1]) for line in status if line.startswith("VmRSS")), 0
                )
            with open(f"/proc/{current}/task/{current}/children") as children:
                stack.extend(int(c) for c in children.read().split())
        except (OSError, ValueError):
            continue
    return total


def time_run(folder: Path, jobs: int, report: Path, format: str = "json") -> dict:
    """One run of the command over `folder`: its figures, and the report written to `report`."""
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_FORMAT"}
    args = ["--format", format, "--quiet", "--jobs", str(jobs), "--output", str(report)]
    process = subprocess.Popen(
        # -P: import factcheck as installed for this interpreter, never from the working folder.
        [sys.executable, "-P", "-c", MEASURED, *args, str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    # Sampled every 50 ms: the whole tree's peak, which the per-process peaks only bound.
    tree_peak = 0
    while process.poll() is None:
        tree_peak = max(tree_peak, tree_rss_kb(process.pid))
        time.sleep(0.05)
    stderr = process.stderr.read() if process.stderr else ""
    lines = [line for line in stderr.splitlines() if line.startswith("BENCH ")]
    if not lines:
        sys.exit(f"factcheck failed ({process.returncode}): {stderr[-500:]}")
    figures = json.loads(lines[-1][len("BENCH ") :])
    if figures["status"] not in (0, 1):
        sys.exit(f"factcheck exited {figures['status']}: {stderr[-500:]}")
    figures["tree_peak_kb"] = tree_peak
    return figures


def summary_of(report: Path) -> dict:
    """The `summary` of a factcheck/1 report, read from its end (the report may be huge)."""
    with report.open("rb") as fh:
        fh.seek(max(0, report.stat().st_size - 4096))
        tail = fh.read().decode("utf-8", errors="replace")
    return json.loads(tail[tail.rindex('"summary": ') + len('"summary": ') :].rstrip()[:-1])


def digest(path: Path) -> str:
    import hashlib

    sha = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--size", type=int, default=SEED_SIZE, help="bytes per article")
    parser.add_argument("--format", default="json", help="report format (default json)")
    parser.add_argument("--keep", type=Path, help="write the articles here and keep them")
    args = parser.parse_args()

    # Warm the reference cache so that no run pays for parsing the YAML.
    subprocess.run(
        [sys.executable, "-P", "-m", "factcheck", "--quiet", "--format", "json", "-"],
        input=b"",
        capture_output=True,
    )
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{cores} cores, load average {load:.1f}; --format {args.format}, --output to a file")
    print(
        f"{'files':>6} {'jobs':>4} {'wall s':>7} {'files/s':>7} {'CPU s':>7} {'main CPU':>8} "
        f"{'files/CPU-s':>11} {'main MB':>7} {'worker MB':>9} {'tree MB':>7}"
    )
    for count in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            folder = (args.keep / str(count)) if args.keep else Path(tmp) / "articles"
            folder.mkdir(parents=True, exist_ok=True)
            if not any(folder.iterdir()):
                write_articles(folder, count, size=args.size)
            rates: dict[int, float] = {}
            digests = set()
            for jobs in args.jobs:
                report = Path(tmp) / f"report-{jobs}.out"
                f = time_run(folder, jobs, report, args.format)
                cpu = f["cpu"] + f["worker_cpu"]
                rates[jobs] = count / f["wall"]
                print(
                    f"{count:>6} {jobs:>4} {f['wall']:>7.1f} {count / f['wall']:>7.1f} "
                    f"{cpu:>7.1f} {f['cpu']:>8.1f} {count / cpu:>11.1f} "
                    f"{f['peak_kb'] / 1024:>7.0f} {f['worker_peak_kb'] / 1024:>9.0f} "
                    f"{f['tree_peak_kb'] / 1024:>7.0f}",
                    flush=True,
                )
                digests.add(digest(report))
                if args.format == "json":
                    s = summary_of(report)
                    print(
                        f"{'':>12}({s['claims']} claims, {s['false']} false, "
                        f"{s['unverifiable']} unverifiable)"
                    )
                report.unlink()
            if len(digests) > 1:
                print("WARNING: the reports differ between job counts")
            if 1 in rates:
                for jobs, rate in rates.items():
                    if jobs > 1:
                        print(f"{'':>12}--jobs {jobs}: {rate / rates[1]:.2f}x --jobs 1 (wall)")
    print(
        "main MB: peak RSS of the command; worker MB: the largest worker's peak; tree MB:"
        " the whole process tree, sampled every 50 ms. CPU s: main process and workers;"
        " main CPU: the main process alone."
    )


if __name__ == "__main__":
    main()
