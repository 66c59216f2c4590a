"""Reading an article: decoding, formats (text, Markdown, HTML), and offsets to line:column."""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.claims import DocumentInfo
from factcheck.read.dates import parse_written_date

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FORMATS = ("text", "markdown", "html")

_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_TOML_FRONT_MATTER = re.compile(
    r"\A\+\+\+[ \t]*\r?\n(.*?)(?:\r?\n)?^\+\+\+[ \t]*(?:\r?\n|\Z)", re.S | re.M
)
# Git's test for a binary file: a NUL byte near the start.
_BINARY_PROBE = 8192
# Articles larger than this are refused unless the user raises it (--max-file-size): it
# keeps a stray dump or log from costing the batch its memory, and allows a 10 MB page.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Front matter is a few lines; this bounds what the YAML parser is ever given.
FRONT_MATTER_MAX_BYTES = 64 * 1024
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|(b))?\s*", re.I)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


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
    # Markup inside a sentence that holds no claims (Markdown code spans, link targets):
    # blanked in place, so the sentence reads on across it. Sorted, not overlapping.
    inline_skipped: list[tuple[int, int]] = field(default_factory=list)
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
        """Whether `text[index]` is in a span that holds no claims (block or inline)."""
        return _within(self.skipped, index) or _within(self.inline_skipped, index)


_STRUCK = re.compile(r"~~(?=\S)[^~\n]{1,200}?(?<=\S)~~")


def _within(spans: list[tuple[int, int]], index: int) -> bool:
    i = bisect.bisect_right(spans, (index, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= index < spans[i][1]


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


# Standard input named without an extension is HTML when it starts like a page or has
# block tags early on: pasted from a CMS, it should not be read as text full of tags.
_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|div|section"
    r"|p|h[1-6]|table|ul|ol)[\s>/]",
    re.I | re.S,
)
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:html|head|body|article|main|div|section|p|h[1-6]|table|tr|td|ul|ol|li"
    r"|blockquote|header|footer|nav|aside|figure|br)[\s>/]",
    re.I,
)
_SNIFF_CHARS = 1024


def sniff_format(text: str) -> str:
    """'html' for text that is plainly HTML (a doctype, or block tags early), else 'text'."""
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head) or len(_HTML_BLOCK_TAG.findall(head)) >= 2:
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


def parse_size(text: str | int) -> int:
    """A size in bytes from 20971520, "20MB", "20 MiB" or "512K" (K, M, G are powers of 1024)."""
    if isinstance(text, int) and not isinstance(text, bool):
        size = text
    else:
        m = _SIZE.fullmatch(str(text))
        if not m:
            raise ValueError(f"not a size (want bytes, or a number with K, M or G): {text!r}")
        size = int(float(m.group(1)) * _UNITS[(m.group(2) or "").lower()])
    if size <= 0:
        raise ValueError(f"a size must be more than 0 bytes: {text!r}")
    return size


def format_size(size: int) -> str:
    """A byte count for people: 512 bytes, 3.5 KB, 20 MB (powers of 1024)."""
    if size < 1024:
        return "1 byte" if size == 1 else f"{size} bytes"
    for power, unit in ((3, "GB"), (2, "MB"), (1, "KB")):
        if size >= 1024**power or power == 1:
            return f"{size / 1024**power:.1f}".removesuffix(".0") + f" {unit}"
    raise AssertionError("unreachable")


def _front_matter_loader():  # type: ignore[no-untyped-def]
    """A safe YAML loader that refuses aliases and locates a bad value's line."""
    import yaml
    from yaml.constructor import ConstructorError
    from yaml.events import AliasEvent

    class FrontMatterLoader(yaml.SafeLoader):
        def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
            # An alias can expand exponentially ("billion laughs"); front matter never needs one.
            if self.check_event(AliasEvent):
                event = self.get_event()
                refused = "aliases (*name) are not allowed"
                raise ConstructorError(None, None, refused, event.start_mark)
            return super().compose_node(parent, index)

        def construct_object(self, node, deep=False):  # type: ignore[no-untyped-def]
            # `date: 2017-02-30`, `!!int x`, month 13: the constructor's ValueError, located.
            try:
                return super().construct_object(node, deep=deep)
            except (ValueError, TypeError, OverflowError) as exc:
                what = node.tag.rpartition(":")[2].replace("timestamp", "date")
                value = str(node.value)[:40] if isinstance(node, yaml.ScalarNode) else what
                problem = f"{value!r} is not a valid {what} ({exc})"
                raise ConstructorError(None, None, problem, node.start_mark) from None

    return FrontMatterLoader


def _located(mark: object, message: str) -> str:
    """A front-matter message with its line in the file (the block starts on line 2)."""
    line = getattr(mark, "line", None)
    return f"line {line + 2}: {message}" if isinstance(line, int) else message


def _capped(block: str, path: str, fence: str) -> None:
    """Front matter over the cap is an error: the parsers are never given a stray dump."""
    if len(block.encode("utf-8", "surrogatepass")) > FRONT_MATTER_MAX_BYTES:
        limit = format_size(FRONT_MATTER_MAX_BYTES)
        raise DocumentError(path, f"front matter is over {limit}; is its closing {fence} missing?")


def _read_front_matter(block: str, path: str) -> tuple[object, dict[str, int]]:
    """The YAML front matter's value and, for a mapping, each top-level key's file line."""
    import yaml

    _capped(block, path, "---")
    loader = _front_matter_loader()(block)
    try:
        node = loader.get_single_node()
        lines: dict[str, int] = {}
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    lines.setdefault(key.value, value.start_mark.line + 2)
        return (loader.construct_document(node) if node is not None else None), lines
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise DocumentError(path, _located(mark, f"front matter: {problem}")) from None
    except yaml.YAMLError as exc:
        raise DocumentError(path, f"front matter: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise DocumentError(path, "front matter: nested too deeply") from None
    finally:
        loader.dispose()


_TOML_ERROR_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)|\s*\(at end of document\)")
_TOML_KEY = re.compile(r"""^[ \t]*["']?([A-Za-z0-9_-]+)["']?[ \t]*=""", re.M)


def _read_toml_front_matter(block: str, path: str) -> tuple[object, dict[str, int]]:
    """The TOML front matter (Hugo's `+++`) as a table, and each top-level key's file line."""
    import tomllib  # only for an article that has TOML front matter

    _capped(block, path, "+++")
    try:
        table = tomllib.loads(block)
    except tomllib.TOMLDecodeError as exc:
        message = " ".join(str(exc).split())
        m = _TOML_ERROR_AT.search(message)
        problem = f"front matter: {_TOML_ERROR_AT.sub('', message) or 'invalid TOML'}"
        if m and m.group(1):
            problem = f"line {int(m.group(1)) + 1}: {problem} (column {m.group(2)})"
        raise DocumentError(path, problem) from None
    except RecursionError:
        raise DocumentError(path, "front matter: nested too deeply") from None
    lines: dict[str, int] = {}
    for m in _TOML_KEY.finditer(block.split("\n[", 1)[0]):
        lines.setdefault(m.group(1), block.count("\n", 0, m.start()) + 2)
    return table, lines


# Front-matter keys that give the publication date ("date" first, then as written),
# compared in lower case without "-" or "_": Hugo, Jekyll, Eleventy, RSS and schema.org.
_DATE_KEYS = ("date", "published", "pubdate", "datepublished", "publishdate", "publishedat",
              "publishedon", "publicationdate")  # fmt: skip
_DATE_SPELLINGS = "2019-12-13, 13 December 2019, December 13, 2019 or 13/12/2019"


def _date_key(key: object) -> str | None:
    folded = re.sub(r"[-_ ]", "", key.lower()) if isinstance(key, str) else ""
    return folded if folded in _DATE_KEYS else None


def _shown(value: object) -> str:
    """A front-matter value as a message quotes it: short, and never a whole structure."""
    if isinstance(value, str | int | float):
        return repr(str(value)[:40] if isinstance(value, str) else value)
    return repr(type(value).__name__)


def _front_matter_date(
    meta: dict, lines: dict[str, int], path: str
) -> tuple[dt.date | None, list[str]]:
    """The publication date front matter gives, and a warning for each date not understood.

    An unreadable `date:` is an error for the file (checked with a wrong date, verdicts
    would be about the wrong election); another key's (`published:`) is a warning.
    """
    found: dt.date | None = None
    warnings: list[str] = []
    keys = sorted((k for k in meta if _date_key(k)), key=lambda k: _date_key(k) != "date")
    for key in keys:
        raw = meta[key]
        if raw is None or raw == "" or (isinstance(raw, bool) and _date_key(key) != "date"):
            continue  # empty, or Jekyll's `published: false` (a draft), not a date
        parsed = parse_written_date(raw)
        if parsed is not None:
            found = found or parsed
            continue
        at = f"line {lines[key]}: " if key in lines else ""
        if _date_key(key) == "date":
            message = f"front matter: {key} is not a date (want {_DATE_SPELLINGS}): {_shown(raw)}"
            raise DocumentError(path, at + message)
        warnings.append(
            f"{at}front matter: {key} is not a date (want {_DATE_SPELLINGS}): {_shown(raw)}; "
            "ignored"
        )
    return found, warnings


def _front_matter(
    text: str, info: DocumentInfo, date: dt.date | None, path: str, warnings: list[str]
) -> tuple[int, int] | None:
    """Read YAML or TOML front matter into `info`; return its span, or None when there is none.

    A date or election that is there but unusable is an error for the file (DocumentError):
    checked with a wrong date, an article's verdicts would be about the wrong election.
    Another date key not understood adds a warning to `warnings`.
    """
    m = _FRONT_MATTER.match(text)
    if m:
        meta, lines = _read_front_matter(m.group(1), path)
    elif m := _TOML_FRONT_MATTER.match(text):
        meta, lines = _read_toml_front_matter(m.group(1), path)
    else:
        return None
    if isinstance(meta, dict):
        if date is None:
            found, notes = _front_matter_date(meta, lines, path)
            info.date = found or info.date
            warnings += notes
        hint = meta.get("election")
        if isinstance(hint, dict | list):
            message = "front matter: election must be text, not a list or mapping"
            at = f"line {lines['election']}: " if "election" in lines else ""
            raise DocumentError(path, at + message)
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
    inline: list[tuple[int, int]] = []
    warnings: list[str] = []
    front = _front_matter(text, info, date, path, warnings)
    if front:
        skipped.append(front)
    if format == "markdown":
        from factcheck.read.formats.markdown import comment_spans, markdown_parts

        body = front[1] if front else 0
        parts = markdown_parts(text, body)
        comments = comment_spans(text, body, parts.code)
        skipped += parts.blocks + comments
        blocks = _merge_spans(skipped)
        inline = [s for s in parts.inline if not _within(blocks, s[0])]
        found = [(s, text[s + 4 : e - 3 if text.endswith("-->", s, e) else e]) for s, e in comments]
    else:
        found = [(m.start(), m.group(1)) for m in _COMMENT.finditer(text)]
    if "~~" in text:
        # Struck-through text ("a majority of ~~12,341~~ 12,314", as a draft pasted from a
        # shared editor keeps it) is withdrawn: blanked like a code span, outside code.
        blocks = _merge_spans(skipped)
        inline += [m.span() for m in _STRUCK.finditer(text) if not _within(blocks, m.start())]
    return Document(
        path=path,
        text=text,
        source_text=text,
        info=info,
        skipped=_merge_spans(skipped),
        inline_skipped=_merge_spans(inline),
        format=format,
        comments=found,
        warnings=warnings,
    )


_NOT_REGULAR = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind_of(mode: int) -> str:
    for test, kind in _NOT_REGULAR:
        if test(mode):
            return kind
    return "not a regular file"


def _too_big(size: int, max_bytes: int) -> str:
    return (
        f"is {format_size(size)}, over the {format_size(max_bytes)} limit "
        "(raise it with --max-file-size or max-file-size in the configuration)"
    )


def read_file(path: str, shown: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most `max_bytes`; DocumentError for anything else.

    FIFOs, devices and sockets are refused before they are opened (opening a FIFO
    blocks, and opening some devices has side effects); symlinks count as what they
    point at, so a link to /dev/zero is refused rather than read forever.
    """
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError(shown, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            link = " (through a symlink)" if os.path.islink(path) else ""
            kind = _kind_of(info.st_mode)
            raise DocumentError(shown, f"is {kind}{link}, not a regular file: skipped")
        if info.st_size > max_bytes:
            raise DocumentError(shown, _too_big(info.st_size, max_bytes))
        # O_NONBLOCK: should the path be swapped for a FIFO after the stat, open cannot hang.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise DocumentError(shown, "is not a regular file: skipped")
            data = fh.read(max_bytes + 1)
    except (IsADirectoryError, NotADirectoryError) as exc:
        raise DocumentError(shown, f"cannot read: {exc.strerror}") from None
    except OSError as exc:
        raise DocumentError(shown, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # it grew after the stat
        raise DocumentError(shown, _too_big(len(data), max_bytes))
    return data


def read_document(
    path: str,
    date: dt.date | None = None,
    *,
    data: bytes | None = None,
    display_path: str | None = None,
    format: str | None = None,
    default_date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read a file (or '-' for stdin, or `data` already read) as an article.

    The format comes from `format`, else from the name (`display_path` or `path`); for
    standard input named without an extension, from its first lines (HTML or text).
    Raises DocumentError for a file that cannot be read or decoded, is not a regular
    file, is over `max_bytes`, or has front matter that is invalid.
    """
    shown = display_path or path
    if data is None:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            data = read_file(path, shown, max_bytes)
    if len(data) > max_bytes:
        raise DocumentError(shown, _too_big(len(data), max_bytes))
    text, warnings = decode(data, shown)
    if format is None and path == "-" and not Path(shown).suffix:
        format = sniff_format(text.removeprefix("\ufeff"))
    document = document_from_text(
        text,
        path=shown,
        date=date,
        format=format or format_for_path(shown),
        default_date=default_date,
    )
    document.warnings[:0] = warnings
    return document
