"""Write a synthetic reference dataset the size of the full import, for benchmarks.

The figures are random: this is for timing the loader and the cache, never for checking.

    python bench/synthetic_reference.py OUT_DIR [--seats 650] [--elections 29]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

PARTIES = [
    ("conservative", "Conservative Party", "Con"),
    ("labour", "Labour Party", "Lab"),
    ("liberal-democrats", "Liberal Democrats", "LD"),
    ("snp", "Scottish National Party", "SNP"),
    ("green", "Green Party", "Green"),
    ("reform-uk", "Reform UK", "RUK"),
    ("others", "Other parties", "Oth"),
]


def write(out: Path, seats: int, elections: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    (out / "results").mkdir(parents=True, exist_ok=True)
    (out / "sources.yaml").write_text(
        "sources:\n"
        "  - {id: synthetic, publisher: Nobody, title: Synthetic benchmark data, official: false}\n"
    )
    lines = ["parties:"]
    for pid, name, short in PARTIES:
        aggregate = ", aggregate: true" if pid == "others" else ""
        lines.append(
            f"  - {{id: {pid}, name: {name}, short: {short}{aggregate}, source: synthetic}}"
        )
    (out / "parties.yaml").write_text("\n".join(lines) + "\n")
    # Boundary sets change every five elections, so seats come and go as in the real data.
    sets = (elections + 4) // 5
    lines = ["constituencies:"]
    for b in range(sets):
        for s in range(seats):
            lines.append(f"  - id: seat-{s}-set-{b}")
            lines.append(f"    name: Seat Number {s} Set {b}")
            lines.append(f'    created: "{1918 + b * 15}"')
            if b:
                lines.append(f"    predecessors: [seat-{s}-set-{b - 1}]")
            lines.append("    source: synthetic")
    (out / "constituencies.yaml").write_text("\n".join(lines) + "\n")
    years = [1918 + i * 4 for i in range(elections)]
    lines = ["elections:"]
    for y in years:
        lines.append(
            f'  - {{id: ge-{y}, kind: general, date: "{y}-05-01", name: "{y} general election",'
            " source: synthetic}"
        )
    (out / "elections.yaml").write_text("\n".join(lines) + "\n")
    candidates = 0
    for i, y in enumerate(years):
        lines = ["results:"]
        for s in range(seats):
            lines.append(f"  - election: ge-{y}")
            lines.append(f"    constituency: seat-{s}-set-{i // 5}")
            lines.append(f"    electorate: {rng.randint(40000, 90000)}")
            lines.append("    candidates:")
            for pid, _, _ in PARTIES[: rng.randint(3, 7)]:
                name = f"Candidate {rng.randint(1, 99999)}"
                lines.append(
                    f"      - {{name: {name}, party: {pid}, votes: {rng.randint(100, 30000)}}}"
                )
                candidates += 1
            lines.append("    source: synthetic")
        (out / "results" / f"general-{y}.yaml").write_text("\n".join(lines) + "\n")
    return candidates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seats", type=int, default=650)
    parser.add_argument("--elections", type=int, default=29)
    args = parser.parse_args()
    n = write(args.out, args.seats, args.elections)
    print(f"wrote {args.elections * args.seats} results, {n} candidates to {args.out}")


if __name__ == "__main__":
    main()
