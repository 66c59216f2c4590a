"""mySociety parlparse `constituencies.json`: seat names and their lifespans (unofficial)."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

from factcheck.reference.importer.csvio import read_text
from factcheck.reference.importer.report import ImportDataError
from factcheck.reference.model import PartialDate

PATH = "mysociety-parlparse/constituencies.json"


@dataclass(frozen=True)
class ParlparseSeat:
    names: tuple[str, ...]  # the first is the main name, the rest are spellings
    start: PartialDate | None
    end: PartialDate | None  # None: still existed when the file was last changed (2015)


def load(raw_dir: Path) -> list[ParlparseSeat]:
    path = raw_dir / PATH
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise ImportDataError(str(path), exc.lineno, f"bad JSON: {exc.msg}") from None
    if not isinstance(data, list):
        raise ImportDataError(str(path), 1, "expected a JSON array of constituencies")
    seats: list[ParlparseSeat] = []
    for n, entry in enumerate(data, 1):
        # Some names carry HTML entities ("Ynys M&ocirc;n"): decode them.
        names = tuple(
            dict.fromkeys(html.unescape(str(x)) for x in entry.get("names", ()) if str(x).strip())
        )
        if not names:
            raise ImportDataError(str(path), 0, f"entry {n} has no names")
        seats.append(
            ParlparseSeat(
                names, _date(entry.get("start_date"), path), _date(entry.get("end_date"), path)
            )
        )
    return seats


def _date(value: object, path: Path) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(str(value))
    except ValueError as exc:
        raise ImportDataError(str(path), 0, str(exc)) from None
