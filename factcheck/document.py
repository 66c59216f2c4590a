"""Reading an article: decoding, front matter, and offsets to line:column."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from factcheck.claims import DocumentInfo

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)


class DocumentError(Exception):
    """A file that cannot be read as an article."""


@dataclass
class Document:
    """An article ready to check.

    `text` is what claims are read from. For HTML it is the extracted text and
    `offsets[i]` is the index in `source_text` of `text[i]`; otherwise both are
    the same string and `offsets` is None.
    """

    path: str
    text: str
    source_text: str
    info: DocumentInfo = field(default_factory=DocumentInfo)
    offsets: list[int] | None = None
    # Spans of `text` that hold no claims (front matter, code blocks).
    skipped: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _line_starts: list[int] | None = None

    def source_offset(self, index: int) -> int:
        if self.offsets is None:
            return index
        if index >= len(self.offsets):
            return len(self.source_text)
        return self.offsets[index]

    def line_column(self, index: int) -> tuple[int, int]:
        """1-based line and column in the source file of `text[index]`."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.source_text)]
        at = self.source_offset(index)
        line = bisect.bisect_right(self._line_starts, at) - 1
        return line + 1, at - self._line_starts[line] + 1


def parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def document_from_text(text: str, path: str = "<text>", date: dt.date | None = None) -> Document:
    """Wrap article text; YAML front matter, if any, gives `date:` and `election:`."""
    if text.startswith("\ufeff"):
        text = text[1:]
    info = DocumentInfo(date=date)
    skipped: list[tuple[int, int]] = []
    m = _FRONT_MATTER.match(text)
    if m:
        import yaml

        try:
            meta = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError:
            meta = {}
        if isinstance(meta, dict):
            info.date = info.date or parse_date(meta.get("date"))
            hint = meta.get("election")
            info.election_hint = str(hint) if hint else None
        skipped.append((0, m.end()))
    return Document(path=path, text=text, source_text=text, info=info, skipped=skipped)


def read_document(path: str, date: dt.date | None = None) -> Document:
    """Read a file (or '-' for stdin) as an article."""
    import sys

    try:
        if path == "-":
            raw = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                raw = fh.read()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if b"\x00" in raw[:8192]:
        raise DocumentError(f"{path}: looks like a binary file, not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DocumentError(f"{path}: not UTF-8 text") from None
    return document_from_text(text, path=path, date=date)
