"""Batch throughput: generate articles, check them with --jobs 1 and --jobs 2, print articles/s.

    python bench/batch.py [--articles 2000] [--jobs 1 2] [--keep DIR]

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
FILLER = (
    "Campaigners spent the final week knocking on doors across the constituency, and "
    "local issues dominated the count. "
)


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


def write_articles(folder: Path, count: int, seed: int = 7) -> None:
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
        sentences = [t.format(**facts) for t in rng.sample(TEMPLATES, k=4)]
        body = "\n\n".join(s + " " + FILLER * rng.randint(1, 3) for s in sentences)
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


def time_run(folder: Path, jobs: int) -> tuple[float, dict]:
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_FORMAT"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "--format", "json", "--quiet", "--jobs", str(jobs)]
        + [str(folder)],
        capture_output=True,
        env=env,
    )
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"factcheck exited {result.returncode}: {result.stderr.decode()[:500]}")
    return elapsed, json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="write the articles here and keep them")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        write_articles(folder, args.articles)
        # Warm the reference cache so that no run pays for parsing the YAML.
        subprocess.run(
            [sys.executable, "-m", "factcheck", "--quiet", "--format", "json", "-"],
            input=b"",
            capture_output=True,
        )
        print(f"{args.articles} articles, {os.cpu_count()} cores")
        reports = []
        for jobs in args.jobs:
            elapsed, report = time_run(folder, jobs)
            reports.append(report)
            summary = report["summary"]
            print(
                f"--jobs {jobs}: {elapsed:6.2f} s  {args.articles / elapsed:7.1f} articles/s  "
                f"({summary['claims']} claims, {summary['false']} false, "
                f"{summary['unverifiable']} unverifiable)"
            )
        if len({json.dumps(r["reference"]) for r in reports}) > 1:
            print("note: the reference data changed between runs; reports not compared")
        elif any(r != reports[0] for r in reports[1:]):
            print("WARNING: the reports differ between job counts")


if __name__ == "__main__":
    main()
