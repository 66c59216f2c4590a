"""Reading the input CSV files: encodings, byte-order marks, optional headers, missing markers."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from factcheck.reference.importer.report import ImportDataError

# Values that mean "not given" in the psephology files.
MISSING = {"", "[x]", "NA", "n/a"}


@dataclass(frozen=True)
class Row:
    """One data row: its values, and where it came from for error messages."""

    path: str
    line: int
    values: list[str]

    def get(self, index: int) -> str:
        return self.values[index].strip() if index < len(self.values) else ""

    def fail(self, message: str) -> ImportDataError:
        return ImportDataError(self.path, self.line, message)

    def int_at(self, index: int, what: str) -> int | None:
        """An integer column; None when missing. Raises ImportDataError on anything else."""
        text = self.get(index)
        if text in MISSING:
            return None
        try:
            return int(text.replace(",", ""))
        except ValueError:
            raise self.fail(f"{what}: not a whole number: {text!r}") from None

    def float_at(self, index: int, what: str) -> float | None:
        text = self.get(index)
        if text in MISSING:
            return None
        try:
            return float(text)
        except ValueError:
            raise self.fail(f"{what}: not a number: {text!r}") from None


def read_text(path: Path, encoding: str = "utf-8-sig") -> str:
    """A file's text. `utf-8-sig` drops a byte-order mark where there is one."""
    try:
        return path.read_bytes().decode(encoding)
    except FileNotFoundError:
        raise ImportDataError(str(path), 0, "file not found") from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise ImportDataError(str(path), line, f"not {encoding} text") from None


def read_csv(
    path: Path,
    *,
    encoding: str = "utf-8-sig",
    header: bool | str = True,
) -> tuple[list[str], list[Row]]:
    """Rows of a CSV file, blank lines skipped.

    `header` is True (first row is a header), False (no header) or a string: the first
    row is a header only if its first cell equals that string (files that gained a header
    in a later edition).
    """
    text = read_text(path, encoding)
    reader = csv.reader(io.StringIO(text, newline=""))
    names: list[str] = []
    rows: list[Row] = []
    try:
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if line == 1 and (
                header is True or (isinstance(header, str) and _first(values) == header)
            ):
                names = [normalise_header(v) for v in values]
                continue
            rows.append(Row(str(path), line, values))
    except csv.Error as exc:
        raise ImportDataError(str(path), reader.line_num, f"bad CSV: {exc}") from None
    return names, rows


def _first(values: list[str]) -> str:
    return values[0].strip() if values else ""


# Misspelt header names seen in the inputs, mapped to the intended name.
_HEADER_FIXES = {"ONS ID2": "ONS ID"}


def normalise_header(name: str) -> str:
    name = name.strip().lstrip("\ufeff").strip()
    return _HEADER_FIXES.get(name, name)


def column_index(names: list[str], path: Path, *wanted: str) -> dict[str, int]:
    """Positions of the wanted header names; one clear error if any is absent."""
    found: dict[str, int] = {}
    lower = {n.lower(): i for i, n in enumerate(names)}
    for name in wanted:
        i = lower.get(name.lower())
        if i is None:
            raise ImportDataError(
                str(path), 1, f"missing column {name!r} (have: {', '.join(names)})"
            )
        found[name] = i
    return found


def parse_dmy(text: str) -> dt.date | None:
    """`dd/mm/yyyy` (optionally followed by a time) as a date; None if blank.

    Raises ValueError on anything else.
    """
    text = text.strip()
    if text in MISSING:
        return None
    day, month, year = text.split(" ")[0].split("/")
    return dt.date(int(year), int(month), int(day))


def row_date(row: Row, index: int, what: str) -> dt.date | None:
    try:
        return parse_dmy(row.get(index))
    except ValueError:
        raise row.fail(f"{what}: not a dd/mm/yyyy date: {row.get(index)!r}") from None
