"""Check time against text size: every stage should be linear in the length of the text.

Builds articles of 100 KB, 400 KB and 1 MB by repeating the project's own test articles
(tests/data/articles), checks each in-process with the bundled reference, and prints the
seconds and the seconds per 100 KB. A linear checker keeps the last column flat.

    python bench/scale.py [--sizes 100,400,1000]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def corpus_text() -> str:
    articles = sorted((REPO / "tests" / "data" / "articles").glob("*.md"))
    return "\n\n".join(p.read_text(encoding="utf-8").split("---", 2)[-1] for p in articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,400,1000", help="sizes in KB, comma-separated")
    args = parser.parse_args()

    from factcheck.pipeline import check_document
    from factcheck.read.document import document_from_text
    from factcheck.reference.load import load_reference

    reference = load_reference()
    blob = corpus_text()
    print(f"{'size':>8} {'claims':>7} {'seconds':>8} {'s/100KB':>8}")
    for kb in (int(x) for x in args.sizes.split(",")):
        text = (blob * (kb * 1000 // len(blob) + 1))[: kb * 1000]
        start = time.perf_counter()
        report = check_document(document_from_text(text), reference)
        took = time.perf_counter() - start
        print(f"{kb:>6}KB {len(report.findings):>7} {took:>8.2f} {took / kb * 100:>8.2f}")


if __name__ == "__main__":
    main()
