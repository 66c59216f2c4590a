"""Reading an article: decoding, formats (text, Markdown, HTML), and offsets to line:column."""

from __future__ import annotations

import bisect
import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.claims import DocumentInfo

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FORMATS = ("text", "markdown", "html")

_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
# Git's test for a binary file: a NUL byte near the start.
_BINARY_PROBE = 8192


class DocumentError(Exception):
    """A file that cannot be read as an article; `message` says why, without the path."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path, self.message = path, message


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
    # Spans of `text` that hold no claims (front matter, code blocks), sorted, not overlapping.
    skipped: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    format: str = "text"
    # HTML comments outside code, as (index in source_text of "<!--", text inside): where
    # `factcheck: ignore` and friends are read from.
    comments: list[tuple[int, str]] = field(default_factory=list)
    _line_starts: list[int] | None = field(default=None, repr=False)

    def source_offset(self, index: int) -> int:
        """The index in `source_text` of `text[index]`."""
        if self.offsets is None:
            return index
        if index >= len(self.offsets):
            return len(self.source_text)
        return self.offsets[index]

    def source_line_column(self, at: int) -> tuple[int, int]:
        """1-based line and column of `source_text[at]`."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.source_text)]
        line = bisect.bisect_right(self._line_starts, at) - 1
        return line + 1, at - self._line_starts[line] + 1

    def line_column(self, index: int) -> tuple[int, int]:
        """1-based line and column in the source file of `text[index]`."""
        return self.source_line_column(self.source_offset(index))

    def is_skipped(self, index: int) -> bool:
        i = bisect.bisect_right(self.skipped, (index, sys.maxsize)) - 1
        return i >= 0 and self.skipped[i][0] <= index < self.skipped[i][1]


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


def format_for_path(path: str) -> str:
    """The format a file name implies: 'markdown', 'html' or (anything else) 'text'."""
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"


def decode(raw: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252 with a warning."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), []
        except UnicodeDecodeError:
            raise DocumentError(path, "not valid UTF-16 text despite its byte-order mark") from None
    if b"\x00" in raw[:_BINARY_PROBE]:
        raise DocumentError(path, "looks like a binary file, not an article")
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), ["decoded as cp1252 (guessed)"]
    except UnicodeDecodeError:
        raise DocumentError(path, "neither UTF-8 nor cp1252 text (binary?)") from None


def _front_matter(text: str, info: DocumentInfo, date: dt.date | None) -> tuple[int, int] | None:
    """Read YAML front matter into `info`; return its span, or None when there is none."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return None
    import yaml

    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        meta = {}
    if isinstance(meta, dict):
        info.date = date or parse_date(meta.get("date")) or info.date
        hint = meta.get("election")
        if hint:
            info.election_hint = str(hint)
    return (0, m.end())


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def document_from_text(
    text: str,
    path: str = "<text>",
    date: dt.date | None = None,
    *,
    format: str = "text",
    default_date: dt.date | None = None,
) -> Document:
    """Wrap article text of a given format.

    `date` overrides any date the article gives; `default_date` is used when it gives none.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if format == "html":
        from factcheck.read.formats.html import extract_html

        return extract_html(text, path=path, date=date, default_date=default_date)
    info = DocumentInfo(date=date or default_date)
    skipped: list[tuple[int, int]] = []
    front = _front_matter(text, info, date)
    if front:
        skipped.append(front)
    if format == "markdown":
        from factcheck.read.formats.markdown import code_spans, comment_spans

        body = front[1] if front else 0
        code = code_spans(text, body)
        comments = comment_spans(text, body, code)
        skipped += code + comments
        found = [(s, text[s + 4 : e - 3 if text.endswith("-->", s, e) else e]) for s, e in comments]
    else:
        found = [(m.start(), m.group(1)) for m in _COMMENT.finditer(text)]
    return Document(
        path=path,
        text=text,
        source_text=text,
        info=info,
        skipped=_merge_spans(skipped),
        format=format,
        comments=found,
    )


def read_document(
    path: str,
    date: dt.date | None = None,
    *,
    data: bytes | None = None,
    display_path: str | None = None,
    format: str | None = None,
    default_date: dt.date | None = None,
) -> Document:
    """Read a file (or '-' for stdin, or `data` already read) as an article.

    The format comes from `format`, else from the name (`display_path` or `path`).
    Raises DocumentError for a file that cannot be read or decoded.
    """
    shown = display_path or path
    if data is None:
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
            else:
                with open(path, "rb") as fh:
                    data = fh.read()
        except IsADirectoryError:
            raise DocumentError(shown, "is a directory") from None
        except OSError as exc:
            raise DocumentError(shown, f"cannot read: {exc.strerror or exc}") from None
    text, warnings = decode(data, shown)
    document = document_from_text(
        text,
        path=shown,
        date=date,
        format=format or format_for_path(shown),
        default_date=default_date,
    )
    document.warnings[:0] = warnings
    return document
