"""Time per MB at growing sizes, for four shapes of text: every stage should be linear.

Shapes: `realistic` (the project's test articles, repeated), `runon` (one sentence of
claims with no full stop: "X polled 12,345 votes, Y polled 11,234 votes, ..."),
`results` (a full results page: the latest general election's 650 seats, each a short
results list, from the bundled reference) and `html` (the realistic text in <p> and
<table> elements, read as HTML). Each text is checked in-process; the figure is CPU
seconds (time.process_time, steadier than wall time on a shared machine) per MB, and
the last column its ratio to the smallest size's figure. A linear checker keeps that
ratio near 1 (the target is 1.5 or less at 10 MB). Sizes smaller than a shape's text
check it cut into consecutive pieces of that size, so every size reads the same mix.

    python bench/scaling.py [--sizes 10,100,1000,10000] [--shapes realistic,runon,results,html]

Sizes are in KB; 10 MB runs take minutes per shape.
"""

from __future__ import annotations

import argparse
import html
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHAPES = ("realistic", "runon", "results", "html")


def realistic_text() -> str:
    """The bodies of the project's test articles (front matter dropped), one after another."""
    articles = sorted((REPO / "tests" / "data" / "articles").glob("*.md"))
    return "\n\n".join(p.read_text(encoding="utf-8").split("---", 2)[-1] for p in articles)


def _latest_results(reference):
    election = reference.general_elections()[-1]
    return election, sorted(
        reference.results.for_election(election.id), key=lambda r: r.constituency
    )


def _party_short(reference, pid: str) -> str:
    party = reference.parties.get(pid)
    return (party.short or party.name) if party else pid


def runon_text(reference) -> str:
    """Every candidate of the latest general election, "X polled N votes", commas only."""
    _, results = _latest_results(reference)
    items = [
        f"{c.name} polled {c.votes:,} votes"
        for r in results
        for c in r.candidates
        if c.name and c.votes is not None
    ]
    return "In the count, " + ", ".join(items)


def results_text(reference) -> str:
    """A results page: each seat's name, then one line per candidate, then the majority."""
    election, results = _latest_results(reference)
    blocks = [f"{election.name.capitalize()}: full results"]
    for r in results:
        seat = reference.constituencies[r.constituency].name
        ranked = sorted(
            (c for c in r.candidates if c.name and c.votes is not None), key=lambda c: -c.votes
        )
        lines = [f"{seat} - full result"]
        lines += [f"{c.name} ({_party_short(reference, c.party)}) {c.votes:,}" for c in ranked]
        if len(ranked) >= 2:
            lead = _party_short(reference, ranked[0].party)
            lines.append(f"{lead} maj {ranked[0].votes - ranked[1].votes:,}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def html_text(reference) -> str:
    """The realistic text as paragraphs, with a results table after every tenth one."""
    _, results = _latest_results(reference)
    out = ["<html><body><article>"]
    for i, para in enumerate(p for p in realistic_text().split("\n\n") if p.strip()):
        out.append(f"<p>{html.escape(para.strip())}</p>")
        if i % 10 == 9:
            r = results[(i // 10) % len(results)]
            rows = "".join(
                f"<tr><td>{html.escape(c.name or '')}</td>"
                f"<td>{html.escape(_party_short(reference, c.party))}</td>"
                f"<td>{c.votes:,}</td></tr>"
                for c in r.candidates
                if c.votes is not None
            )
            out.append(
                f"<table><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>{rows}</table>"
            )
    out.append("</article></body></html>")
    return "\n".join(out)


def sized(blob: str, size: int, separator: str) -> str:
    """`blob` repeated (joined by `separator`) and cut to `size` characters."""
    copies = size // (len(blob) + len(separator)) + 1
    return separator.join([blob] * copies)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000,10000", help="sizes in KB, comma-separated")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="shapes, comma-separated")
    args = parser.parse_args()

    from factcheck.pipeline import check_document
    from factcheck.read.document import document_from_text
    from factcheck.reference.load import load_reference

    reference = load_reference()
    sizes = [int(x) for x in args.sizes.split(",")]
    print(
        f"{'shape':<10} {'size':>8} {'texts':>5} {'claims':>7} {'cpu s':>8} {'s/MB':>8} "
        f"{'ratio':>6}"
    )
    for shape in args.shapes.split(","):
        blob, fmt, sep = {
            "realistic": lambda: (realistic_text(), "text", "\n\n"),
            "runon": lambda: (runon_text(reference), "text", ", "),
            "results": lambda: (results_text(reference), "text", "\n\n"),
            "html": lambda: (html_text(reference), "html", "\n"),
        }[shape]()
        # Warm the process (patterns compiled, reference indexes built).
        check_document(document_from_text(sized(blob, sizes[0] * 1000, sep), format=fmt), reference)
        first = None
        for kb in sizes:
            texts = pieces(blob, kb * 1000, sep)
            start = time.process_time()
            claims = 0
            for text in texts:
                claims += len(
                    check_document(document_from_text(text, format=fmt), reference).findings
                )
            took = time.process_time() - start
            per_mb = took / (sum(map(len, texts)) / 1e6)
            first = first or per_mb
            print(
                f"{shape:<10} {kb:>6}KB {len(texts):>5} {claims:>7} {took:>8.2f} "
                f"{per_mb:>8.2f} {per_mb / first:>6.2f}",
                flush=True,
            )


def pieces(blob: str, size: int, separator: str) -> list[str]:
    """Texts of `size` characters: the blob cut into consecutive pieces when it is longer
    (so every size reads the same mix of text), else the blob repeated to that size."""
    if size >= len(blob):
        return [sized(blob, size, separator)]
    return [blob[i : i + size] for i in range(0, len(blob) - size + 1, size)]


if __name__ == "__main__":
    main()
