"""The importer: official results files and curated tables -> the bundled YAML dataset.

`run_import(raw_dir, curated_dir, out_dir)` reads `shared/data/raw` and `shared/data/curated`
and writes `reference/` (see reference/README.md). The output is byte-identical on every run
with the same inputs. Every disagreement between sources, and every name the importer had to
map, is in the returned report and in `reference/conflicts.yaml`.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.reference.importer import writer
from factcheck.reference.importer.build import Builder, Dataset, load_inputs
from factcheck.reference.importer.report import Conflict, ImportDataError, ImportReport

__all__ = ["Conflict", "ImportDataError", "ImportReport", "build_dataset", "run_import"]

# Files written with one record per line; the rest are written one key per line.
FLOW_KEYS = frozenset(
    {"results", "elections", "constituencies", "governments", "leaders", "events"}
)
CONFLICTS_FILE = "conflicts.yaml"
CONFLICTS_HEADER = (
    "# Written by `factcheck reference import`. Not reference data: the loader skips this file.\n"
    "# Every disagreement between the input files (or within one), and every seat name the\n"
    "# importer had to map, with the value the dataset uses and why.\n"
)


def build_dataset(raw_dir: Path, curated_dir: Path) -> tuple[Dataset, ImportReport]:
    """Read the inputs and build every record, without writing anything."""
    report = ImportReport()
    inputs = load_inputs(Path(raw_dir), Path(curated_dir))
    data = Builder(inputs, report).run()
    _count(data, report)
    return data, report


def run_import(raw_dir: Path, curated_dir: Path, out_dir: Path) -> ImportReport:
    """Import the inputs and write the dataset to `out_dir`; returns counts and conflicts.

    Raises ImportDataError (one line: file, line, problem) when an input cannot be read.
    """
    out_dir = Path(out_dir)
    data, report = build_dataset(raw_dir, curated_dir)
    texts = {file: writer.document(lists, FLOW_KEYS) for file, lists in sorted(data.files.items())}
    conflicts = sorted(report.conflicts)
    texts[CONFLICTS_FILE] = writer.document(
        {"conflicts": [c.as_record() for c in conflicts]}, header=CONFLICTS_HEADER
    )
    for file, text in texts.items():
        writer.write(out_dir / file, text)
    _remove_stale_results(out_dir, set(texts))
    report.files = sorted(texts)
    _rebuild_shipped_index(out_dir)
    return report


def _rebuild_shipped_index(out_dir: Path) -> None:
    """After an import into the bundled folder, rebuild the index that ships beside it.

    Otherwise every run would index the new data into each user's cache first (and the
    test of the shipped index would fail until `python -m factcheck.reference.cache`).
    """
    from factcheck.reference.cache import write_shipped
    from factcheck.reference.load import bundled_reference_dir

    if out_dir.resolve() == bundled_reference_dir().resolve():
        write_shipped(out_dir)


def _remove_stale_results(out_dir: Path, written: set[str]) -> None:
    """Result files from an earlier import that this one no longer writes."""
    results = out_dir / "results"
    if results.is_dir():
        for path in sorted(results.glob("*.yaml")):
            if f"results/{path.name}" not in written:
                path.unlink()


def _count(data: Dataset, report: ImportReport) -> None:
    totals: dict[str, int] = {}
    candidates = 0
    for lists in data.files.values():
        for key, records in lists.items():
            totals[key] = totals.get(key, 0) + len(records)
            if key == "results":
                candidates += sum(len(r.get("candidates", ())) for r in records)  # type: ignore[arg-type]
    by_kind: dict[str, int] = {}
    for record in data.files.get("elections.yaml", {}).get("elections", []):
        by_kind[str(record["kind"])] = by_kind.get(str(record["kind"]), 0) + 1
    counts = {
        "sources": totals.get("sources", 0),
        "parties": totals.get("parties", 0),
        "constituencies": totals.get("constituencies", 0),
        "elections": totals.get("elections", 0),
        **{f"elections ({kind})": n for kind, n in sorted(by_kind.items())},
        "results": totals.get("results", 0),
        "candidate entries": candidates,
        "governments": totals.get("governments", 0),
        "leaders": totals.get("leaders", 0),
        "events": totals.get("events", 0),
    }
    counts.update(report.counts)
    report.counts = counts
