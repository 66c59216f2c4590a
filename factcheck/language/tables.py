"""Results blocks: runs of lines (or table rows) that list candidates and their figures.

A results block is read as a table whatever its typing: a plain-text list ("Name, Party
- 17,957 (47.1%)", "Party: Name – 7,854 votes = 37.1%", "Party: 12,345 (40.1%, +3.2)",
"- Name - Party 12,345 - Elected"), a Markdown table ("| Candidate | Party | Votes | % |")
or an HTML table or list (which `read/formats/html.py` turns into lines, a table's cells
separated by tabs). Each line is cut into cells; a line is a row when every cell has a
known shape: a label (a name or a party: capitalised words), a figure (votes, a share, a
signed change) or a marker ("Elected"). The block's layout is found once: from a header
row when it has one ("Votes", "%", "+/-"), else from its cells' shapes. Every figure
cell becomes a `Cell` with its role; the row's span is the subject of its figures, the
line above the block (a heading such as "2019 result:") its contest.

Two more shapes are read as blocks: a list run on in a sentence ("The rest of the
field: A 2,252, B 2,025 and C 811"; "X took N votes, the Y M and Z K"), each item a row
and the words before the items its heading; and a table pasted one cell to a line (a
header of role words, then as many lines for each row).

Lists of something else are not read: a block under a heading about polls or dates, and
party-only rows with bare counts under a heading about seats or MPs ("Labour – 198").
This module only reads text: who a label names is for `resolve/` to decide.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation


@dataclass(frozen=True)
class Cell:
    """One cell of a row: a figure ("votes", "share", "change") or a "label"/"marker"."""

    role: str
    start: int
    end: int
    # For a figure, the span of its number (and unit) alone; `value` its magnitude.
    value: float = 0.0
    sign: int = 0  # a change's sign: +1, -1, or 0 when unsigned

    def __init__(self, role: str, start: int, end: int, value: float = 0.0, sign: int = 0) -> None:
        # (the dataclass's own sets each field through `object.__setattr__`, as a frozen
        # one must: twice the cost, for every word and figure of every line read)
        fields = self.__dict__
        fields["role"], fields["start"], fields["end"] = role, start, end
        fields["value"], fields["sign"] = value, sign


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    cells: tuple[Cell, ...]
    # "candidate" for a row naming a candidate or party; otherwise the summary it gives
    # ("turnout", "majority", "total", ...): its figures are other kinds' to read.
    summary: str = ""

    def figures(self, role: str) -> list[Cell]:
        return [c for c in self.cells if c.role == role]

    @property
    def labels(self) -> list[Cell]:
        return [c for c in self.cells if c.role == "label"]


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    rows: tuple[Row, ...]
    # The line just above the block ("2019 result:", "## Gower, general election 2015"),
    # if it is not itself a row: where the block's contest is named.
    heading: tuple[int, int] | None = None
    # For a list run on in a sentence, the words before its items ("A poll put Labour on
    # 45%, ..."): whatever they say of the items (a poll, a target) holds for them too.
    lead: tuple[int, int] | None = None

    @property
    def candidates(self) -> list[Row]:
        return [r for r in self.rows if not r.summary]

    @property
    def own_total(self) -> int | None:
        """The sum of the rows' votes, when every candidate row gives one."""
        votes = [r.figures("votes") for r in self.candidates]
        if not votes or any(len(v) != 1 for v in votes):
            return None
        return int(sum(v[0].value for v in votes))

    @property
    def shares_sum(self) -> float | None:
        shares = [r.figures("share") for r in self.candidates]
        if not shares or any(len(s) != 1 for s in shares):
            return None
        return sum(s[0].value for s in shares)


# --- Cells of a plain-text line ------------------------------------------------------------

# A bullet, a list number ("1.", "2)") or a Markdown heading mark before a row.
_BULLET = re.compile(r"[ \t]*(?:(?:[-*•·+▪◦‣–—]|\d{1,2}[.)])[ \t]+)?")
_PERCENT = r"(?:[ \t]?%|[ \t]*per[ \t]?cent\b)"
_SIGN = r"[+±−–-]"  # a minus may be typed as a hyphen or an en dash ("–4.4")
_WORD = r"(?:[^\W\d_]|[‘'\"“])[\w'’‘\".&/-]*"
_TOKEN = re.compile(
    rf"(?P<share>(?<![\w.,])\d{{1,3}}(?:\.\d+)?{_PERCENT})"
    rf"|(?P<change>(?<![\w.,])(?:(?P<sign>{_SIGN})|(?P<dir>(?i:up|down))[ \t]+)\d{{1,3}}(?:\.\d+)?"
    rf"(?:{_PERCENT}|[ \t]*(?:pts?|points?|pp)\b)?(?!\d|,\d))"
    rf"|(?P<decimal>(?<![\w.,])\d{{1,2}}\.\d+(?!\d|,\d))"
    rf"|(?P<votes>(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,7}})(?!\d|,\d|\.\d)"
    rf"(?:[ \t]+votes?\b)?)"
    rf"|(?P<text>{_WORD}(?:[ \t]+{_WORD})*)"
    # Separators, and the marks a row may carry: an incumbent's star, a winner's tick.
    # A dash glued to a small figure after a space is its sign ("35.8 -2.0"), not a
    # separator ("Labour – 17,252", "Labour –17,252").
    # A run of leader dots joins a name to its figures ("Clark, Colin (Con) ..... 21,861").
    r"|(?P<sep>[ \t]*(?:[-–—](?!\d{1,3}(?:\.\d+)?(?![\d,]))|\.{2,}|…+"
    r"|[=:;,|()\[\]/\t*✓✔✅★†‡])[ \t]*)"
    r"|(?P<space>[ \t]+)"
)
# What an empty change cell may hold ("n/a", a dash): a cell of the row, not the next row's.
_NO_CHANGE = frozenset({"-", "–", "—", "n/a", "N/A", "new", "New", "*"})
# Every figure a row may hold has a digit.
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=8)
def _digit_places(text: str) -> list[int]:
    """Where the text's digits (`\\d`) are, in order (kept for the last few texts: every
    line, sentence and list item of a text asks whether it holds one). An ASCII text's
    are found by `str.find`, digit by digit, where a regex steps through every character."""
    if not text.isascii():
        return [m.start() for m in _DIGIT.finditer(text)]
    places: list[int] = []
    for digit in "0123456789":
        at = text.find(digit)
        while at >= 0:
            places.append(at)
            at = text.find(digit, at + 1)
    places.sort()
    return places


def _has_digit(text: str, start: int, end: int) -> bool:
    """`_DIGIT.search(text, start, end)`: whether text[start:end] holds a digit."""
    places = _digit_places(text)
    i = bisect.bisect_left(places, max(start, 0))
    return i < len(places) and places[i] < end


_CONNECTORS = frozenset(lx.ROW_NAME_CONNECTORS)
_DESCRIPTORS = frozenset(lx.ROW_LABEL_DESCRIPTORS)
_MARKERS = re.compile(rf"(?:{alternation(lx.ROW_MARKERS)})\W*", re.I)
_SUMMARY = {w.lower() for w in lx.ROW_SUMMARY_LABELS}
_SUMMARY_WORDS = frozenset(lx.ROW_SUMMARY_WORDS)
_SEAT_HEADING = re.compile(rf"\b(?:{alternation(lx.SEAT_HEADING_WORDS)})\b", re.I)
_NATIONAL_HEADING = re.compile(rf"\b(?:{alternation(lx.NATIONAL_HEADING_WORDS)})\b", re.I)
_POLL_WORD = re.compile(rf"\b(?:{alternation(lx.POLL_HEADING_WORDS)})\b", re.I)
# "DECLARATION OF RESULT OF POLL", "The poll closed at 10pm": the vote itself.
_VOTING_PHRASE = re.compile(rf"\b(?:{alternation(lx.VOTING_PHRASES)})\b", re.I)


def _about_polls(heading: str) -> bool:
    """Whether a heading speaks of opinion polls, forecasts or dates (not of the vote)."""
    return bool(_POLL_WORD.search(_VOTING_PHRASE.sub(" ", heading)))


# A label is at most this many words: a longer run of capitals is a headline.
_MAX_LABEL_WORDS = 8
_YEAR = re.compile(r"(?:18|19|20)\d\d")


def _is_label(text: str) -> bool:
    """Capitalised words (a name or a party), allowing connectors inside: not prose."""
    words = text.split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return False
    for i, w in enumerate(words):
        core = w.strip("‘'\"“”’()")
        if not core:
            continue
        if core[0].isupper() or core[0].isdigit():
            continue
        if i > 0 and core.lower() in _CONNECTORS:
            continue
        if core.lower() in _DESCRIPTORS:
            continue
        return False
    return True


def _cells_of_line(text: str, start: int, end: int, row: bool = False) -> list[Cell] | None:
    """A plain line's cells, or None when some part of it is not a cell (it is prose).
    `row`: the cells are read as one row (`_row_of_cells`), so None too as soon as a word
    that is no marker follows a figure, which no row has (prose is not read to its end)."""
    at = _BULLET.match(text, start, end).end()
    cells: list[Cell] = []
    depth = 0
    figured = False  # (a figure is among the cells)
    while at < end:
        m = _TOKEN.match(text, at, end)
        if m is None or m.end() == at:
            return None
        kind = m.lastgroup if m.lastgroup != "sign" else "change"
        if kind == "sep":
            depth += sum(m.group().count(c) for c in "([") - sum(m.group().count(c) for c in ")]")
        if (
            kind == "text"
            and depth > 0
            and m.group()[0].islower()
            and figured
            and not _MARKERS.fullmatch(m.group())
        ):
            # A note in brackets after the figures: "(3%, no candidate in 2019)".
            close = min(
                (i for i in (text.find(")", at, end), text.find("]", at, end)) if i >= 0),
                default=end,
            )
            at, depth = close + 1 if close < end else end, depth - 1
            continue
        if kind == "share":
            cells.append(Cell("share", m.start(), m.end(), _value(m.group())))
        elif kind == "change":
            # "+3.1", "–4.4", or in words: "up 25.9", "down 18.6"
            mark = m.group("sign") or {"up": "+", "down": "-"}[m.group("dir").lower()]
            sign = -1 if mark in "-−–" else (1 if mark == "+" else 0)
            cells.append(Cell("change", m.start(), m.end(), _value(m.group()), sign))
        elif kind == "decimal":
            cells.append(Cell("decimal", m.start(), m.end(), _value(m.group())))
        elif kind == "votes":
            cells.append(Cell("votes", m.start(), m.end(), _value(m.group())))
        elif kind == "text":
            if row and figured and not _MARKERS.fullmatch(m.group()):
                return None
            if (
                row
                and not figured
                and not _is_label(m.group())
                and not _MARKERS.fullmatch(m.group())
            ):
                # Words before the figures that name no one and mark nothing: prose, which
                # `_row_of_cells` turns down (so it is not read to its end either).
                return None
            cells.append(Cell("label", m.start(), m.end()))
        figured = figured or kind in ("share", "change", "decimal", "votes")
        at = m.end()
    return cells


def _value(text: str) -> float:
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return float(digits.group().replace(",", "")) if digits else 0.0


def _row_of_cells(text: str, start: int, end: int, cells: list[Cell]) -> Row | None:
    """A row when its cells are laid out as one: labels, then figures, then markers."""
    cells = _settle_figures(cells)
    if cells is None:
        return None
    labels = [c for c in cells if c.role == "label"]
    figures = [c for c in cells if c.role != "label"]
    if not labels or not figures:
        return None
    first_figure = figures[0].start
    marked = []
    for c in labels:
        if c.start < first_figure:
            continue
        # After the figures only a marker ("Elected", "(gain)") may stand.
        if not _MARKERS.fullmatch(text[c.start : c.end]):
            return None
        marked.append(c)
    head = [c for c in labels if c.start < first_figure]
    # A marker before the figures ("Winner: A Smith (Lab) 11,719") names no one either.
    marked += [c for c in head if _MARKERS.fullmatch(text[c.start : c.end])]
    head = [c for c in head if c not in marked]
    if not head or len(head) > 3 or not all(_is_label(text[c.start : c.end]) for c in head):
        return None
    roles = Counter(c.role for c in figures)
    if roles["votes"] > 1 or roles["change"] > 1:
        return None
    label = " ".join(text[c.start : c.end] for c in head).lower()
    summary = next((w for w in sorted(_SUMMARY, key=len, reverse=True) if label == w), "")
    if not summary and label.split()[0] in _SUMMARY and len(head) == 1:
        summary = label.split()[0]
    if not summary:
        # "Labour Majority: 10,974", "LD maj 1,771": a summary word anywhere in the label.
        summary = next((w for w in label.split() if w in _SUMMARY_WORDS), "")
    kept = tuple(
        Cell("marker", c.start, c.end) if c in marked else c for c in cells if c.role != "sep"
    )
    return Row(start, end, kept, summary)


def _settle_figures(cells: list[Cell]) -> list[Cell] | None:
    """Figures whose role their place decides: a bare decimal after the count is its
    share ("Con 1187 (37.5; -1.5)"); a second share is not read (an unsigned change, or
    an earlier year's share). None when a bare decimal has no count before it."""
    settled: list[Cell] = []
    for c in cells:
        if c.role == "decimal":
            if not any(x.role == "votes" for x in settled) or any(
                x.role == "share" for x in settled
            ):
                return None
            c = Cell("share", c.start, c.end, c.value)
        elif c.role == "share" and any(x.role == "share" for x in settled):
            c = Cell("other", c.start, c.end, c.value)
        settled.append(c)
    return settled


# --- Cells of a table row (Markdown pipes, or tab-separated HTML cells) --------------------

_DIVIDER = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_BARE_SHARE = re.compile(r"\d{1,3}(?:\.\d+)?%?|\d{1,3}(?:\.\d+)?[ \t]*per[ \t]?cent")
_BARE_CHANGE = re.compile(rf"(?P<sign>{_SIGN})?\d{{1,3}}(?:\.\d+)?(?:[ \t]?%|[ \t]*(?:pts?|pp))?")
_BARE_VOTES = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:[ \t]+votes?)?")


def _split_cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of a table line's cells (trimmed), or None for a line that is not one."""
    line = text[start:end]
    sep = "|" if line.strip().startswith("|") or line.count("|") >= 2 else "\t"
    if sep not in line:
        return None
    spans, at = [], start
    for part in line.split(sep):
        a = at + len(part) - len(part.lstrip())
        b = at + len(part.rstrip())
        spans.append((a, max(a, b)))
        at += len(part) + 1
    if sep == "|":
        # "| a | b |": the empty ends outside the first and last pipe are no cells.
        if spans and spans[0][0] == spans[0][1]:
            spans = spans[1:]
        if spans and spans[-1][0] == spans[-1][1]:
            spans = spans[:-1]
    return spans


_HEADER_ROLES = {re.sub(r"\s+", "", k): v for k, v in lx.ROW_HEADER_ROLES.items()}
_NOT_RESULTS_HEADERS = frozenset(lx.NOT_RESULTS_HEADERS)


def _header_roles(text: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """A header row's column roles ("name", "party", "votes", "share", "change", "" for
    another); ["not-results"] for the header of a table of seats; None for no header."""
    roles, words = [], set()
    for a, b in spans:
        cell = re.sub(r"[*_]", "", text[a:b]).strip().lower()
        words.update(re.findall(r"[a-z]+", cell))
        key = re.sub(r"\s+", "", cell)
        # "Share (%)", "Change (pts)", "Votes cast": the role by the head word.
        bare = re.sub(r"\(.*?\)", "", key)
        roles.append(_HEADER_ROLES.get(key) or _HEADER_ROLES.get(bare) or ("" if cell else "empty"))
    named = [r for r in roles if r and r != "empty"]
    if words & _NOT_RESULTS_HEADERS and (named or len(words) >= 2):
        return ["not-results"]
    if len(named) < 2 or not any(r in ("votes", "share") for r in named):
        return None
    return roles


def _table_cells(
    text: str, spans: list[tuple[int, int]], roles: list[str] | None
) -> list[Cell] | None:
    """The cells of one table line, each read by its column's role (or its own shape)."""
    if roles == ["not-results"]:
        return None
    cells: list[Cell] = []
    # A row with more cells than its header (a colour cell first, as in many results
    # tables) is aligned on the right.
    shift = len(spans) - len(roles) if roles and len(spans) > len(roles) else 0
    for i, (a, b) in enumerate(spans):
        cell = re.sub(r"[*_]+$", "", text[a:b])
        b = a + len(cell)
        a += len(cell) - len(cell.lstrip("*_"))
        cell = text[a:b]
        if not cell.strip():
            continue
        role = roles[i - shift] if roles and 0 <= i - shift < len(roles) else ""
        if role in ("votes", "share", "change"):
            figure = _figure_in_column(cell, a, b, role)
            if figure is not None:
                cells.append(figure)
            continue  # "n/a", "new", a footnote: nothing to read in a figure column
        if role in ("name", "party"):
            if _is_label(cell):
                cells.append(Cell("label", a, b))
            elif not _MARKERS.fullmatch(cell):
                return None
        else:
            inner = _cells_of_line(text, a, b)
            if inner is None:
                if _MARKERS.fullmatch(cell):
                    continue
                return None
            cells += [c for c in inner if c.role != "label" or _is_label(text[c.start : c.end])]
    return cells


def _figure_in_column(cell: str, a: int, b: int, role: str) -> Cell | None:
    """A figure cell read by its column's role, or None when its shape is not that role's."""
    if role == "votes" and _BARE_VOTES.fullmatch(cell):
        return Cell("votes", a, b, _value(cell))
    if role == "share" and _BARE_SHARE.fullmatch(cell):
        return Cell("share", a, b, _value(cell))
    m = _BARE_CHANGE.fullmatch(cell) if role == "change" else None
    if m is None:
        return None
    sign = {"+": 1, "-": -1, "−": -1, "–": -1}.get(m.group("sign") or "", 0)
    if sign == 0 and _value(cell) != 0:
        return None  # an unsigned change says no direction: not read
    return Cell("change", a, b, _value(cell), sign)


# --- Blocks ------------------------------------------------------------------------------


def _lines(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line.rstrip("\r"))))
        at += len(line) + 1
    return spans


@lru_cache(maxsize=8)
def read_blocks(text: str) -> tuple[Block, ...]:
    """Every results block in the text, in order."""
    return tuple(b for b, kind in _blocks(text) if kind == "results")


def poll_spans(text: str) -> list[tuple[int, int]]:
    """The spans of blocks of rows under a heading about polls, forecasts or dates: no
    figure in them is a result, whatever its shape."""
    found = [(b.start, b.end) for b, kind in _blocks(text) if kind == "polls"]
    found += [(t.start, t.end) for t, kind, _, _ in _seat_tables(text) if kind == "polls"]
    return sorted(found)


@lru_cache(maxsize=8)
def _blocks(text: str) -> tuple[tuple[Block, str], ...]:
    """Every block of rows in the text with what it lists: "results", "polls" or "other"."""
    lines = _lines(text)
    # A Row, "" for a blank line, "seat" for a line of a seat table, None for other text.
    rows: list[Row | None | str] = []
    roles: list[str] | None = None
    # The lines of tables with one row per seat are theirs (see `read_seat_tables`).
    seat_lines = {k for _, _, a, b in _seat_tables(text) for k in range(a, b + 1)}
    for k, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            rows.append("")
            continue
        if k in seat_lines:
            rows.append("seat")
            roles = None
            continue
        if _DIVIDER.fullmatch(line):
            rows.append("")  # a Markdown divider keeps the table's header in force
            continue
        spans = _split_cells(text, start, end)
        if spans is not None and len(spans) >= 2:
            header = _header_roles(text, spans)
            if header is not None:
                roles = header
                rows.append(None)
                continue
            cells = _table_cells(text, spans, roles)
        else:
            roles = None
            # (a row needs a figure: a line without a digit is prose, not read cell by cell)
            cells = (
                _cells_of_line(text, start, end, row=True) if _has_digit(text, start, end) else None
            )
        row = _row_of_cells(text, start, end, cells) if cells else None
        rows.append(row)
        if row is None and spans is None:
            roles = None
    blocks = _group(text, lines, rows)
    for (start, end), row in zip(lines, rows, strict=True):
        if row is None:
            blocks += _inline_blocks(text, start, end)
    for found in _vertical_blocks(text, lines):
        if not any(b.start < found[0].end and found[0].start < b.end for b, _ in blocks):
            blocks.append(found)
    return tuple(sorted(blocks, key=lambda b: b[0].start))


# --- Tables copied one cell to a line ------------------------------------------------------


def _vertical_blocks(text: str, lines) -> list[tuple[Block, str]]:
    """Tables whose cells stand one to a line, as a web page's table often pastes:
    "Candidate / Party / Votes / %" on four lines, then four lines for each row."""
    cells = [(a, b) for a, b in lines if text[a:b].strip()]
    found = []
    i = 0
    while i < len(cells):
        roles = []
        while i + len(roles) < len(cells):
            a, b = cells[i + len(roles)]
            role = _header_role(text[a:b])
            if not role:
                break  # a "Seats" column, or the end of the header
            roles.append(role)
        width = len(roles)
        if width < 3 or not {"votes", "share"} & set(roles) or len(set(roles)) < width:
            i += max(1, width)
            continue
        rows: list[Row] = []
        at = i + width
        while at < len(cells):
            row, taken = _vertical_row(text, cells, at, roles)
            if row is None:
                break
            rows.append(row)
            at += taken
        if len(rows) >= 2:
            above = cells[i - 1] if i > 0 else None
            heading = (above[0], cells[i + width - 1][1]) if above else None
            block = Block(rows[0].start, rows[-1].end, tuple(rows), heading)
            kind = _what_it_lists(text, block)
            if kind != "other":
                found.append((block, kind))
        i = max(at, i + width)
    return found


# The most characters besides whitespace a header cell has: the longest header's.
_HEADER_WIDTH = max(map(len, _HEADER_ROLES))


def _header_sized(cell: str) -> bool:
    """Whether the cell has some characters besides whitespace, and no more than the
    longest header cell. (Counted by str methods: a pattern stepping through a prose line's
    first characters, group by group, cost far more, and every line is asked.)"""
    if len(cell) <= _HEADER_WIDTH:
        return not cell.isspace() and cell != ""
    return 0 < len("".join(cell.split())) <= _HEADER_WIDTH


def _header_role(cell: str) -> str | None:
    """The role a cell standing on its own line names as a header, if any."""
    if "(" not in cell and not _header_sized(cell):
        return None  # (a line of prose: too long for a header, and most lines are)
    word = "".join(cell.lower().split())  # (no whitespace at all)
    return _HEADER_ROLES.get(word) or (
        _HEADER_ROLES.get(re.sub(r"\(.*?\)", "", word)) if "(" in word else None
    )


def _vertical_row(text: str, cells, at: int, roles: list[str]) -> tuple[Row | None, int]:
    """The row whose cells start at cells[at], and how many cells it takes: all the
    columns, or all but a last change column left empty ("Faiza Shaheen / Independent /
    12,454 / 25.7" where the others have a change, as a candidate new to the seat does)."""
    for width in (len(roles), len(roles) - 1):
        if width < 2 or at + width > len(cells) or (width < len(roles) and roles[-1] != "change"):
            continue
        group = cells[at : at + width]
        if width == len(roles) and roles[-1] == "change":
            a, b = group[-1]
            if not _has_digit(text, a, b) and text[a:b].strip() not in _NO_CHANGE:
                continue  # (the next row's first cell: this row has no change)
        row_cells = _table_cells(text, group, roles[:width])
        row = _row_of_cells(text, group[0][0], group[-1][1], row_cells) if row_cells else None
        if row is not None:
            return row, width
    return None, 0


# --- Lists run on in a sentence ------------------------------------------------------------

# Where the items of a list run on in a sentence part: a comma, "and", a semicolon.
# (Each alternative begins with its own character, so that the matcher looks for those
# four characters alone rather than trying every alternative at every place.)
_ITEM_BREAK = re.compile(r",[ \t]+(?:and[ \t]+)?|;[ \t]+| [ \t]*and[ \t]+|\t[ \t]*and[ \t]+")
# The spaces between two sentences are its group 1 (the stop is matched, not looked
# behind for, so that the matcher looks for stops alone rather than trying every place).
_SENTENCE_END = re.compile(r"[.!?]([ \t]+)(?=[A-Z*\"“‘'])")
# A clause ending on a count (not a year): "Labour's James Walsh polled 2,748".
_COUNT_AT_END = re.compile(r"(?<![\d,])(?!(?:19|20)\d\d\b)\d[\d,]*(?:[ \t]+votes?)?[ \t]*$")


def _inline_blocks(text: str, start: int, end: int) -> list[tuple[Block, str]]:
    """Results listed in a sentence: "The rest of the field: Lib Dem Rebecca Hanson 2,252,
    Ukip's Fiona Mills 2,025 and ...", or items after a first clause that gave its figure
    with a verb: "The Greens managed 1,838 votes, the Yorkshire Party 1,530, Reform UK
    1,332 and ...". Each item is a row; the words before the items are the heading."""
    found: list[tuple[Block, str]] = []
    if not _has_digit(text, start, end):
        return found  # (every item has a figure)
    at = start
    for m in [*_SENTENCE_END.finditer(text, start, end), None]:
        stop = m.start(1) if m else end
        # (every item has a figure: a sentence without a digit lists none)
        block = _inline_block(text, at, stop) if _has_digit(text, at, stop) else None
        if block is not None:
            found.append(block)
        at = m.end() if m else end
    return found


def _inline_block(text: str, start: int, end: int) -> tuple[Block, str] | None:
    while end > start and text[end - 1] in ".!? \t":
        end -= 1
    segments, at, depth = [], start, 0
    for m in _ITEM_BREAK.finditer(text, start, end):
        depth = text.count("(", at, m.start()) - text.count(")", at, m.start())
        if depth > 0:
            continue  # inside brackets: "(6%, no candidate)"
        segments.append((at, m.start()))
        at = m.end()
    segments.append((at, end))
    if len(segments) < 2:
        return None
    colon = text.rfind(":", *segments[0])
    if colon >= 0 and not re.search(r"\d", text[segments[0][0] : colon]):
        # "Result: Labour 1,961 (73%), ...": the words before the colon head the list.
        lead = _item_row(text, colon + 1, segments[0][1])
        rest = [_item_row(text, a, b) for a, b in segments[1:]]
        if lead is None or any(r is None for r in rest):
            return None
        items = [lead, *rest]
        head = (start, colon + 1)
        block = Block(lead.start, items[-1].end, tuple(items), head, lead=head)
        kind = _what_it_lists(text, block, inline=True)
        return (block, kind) if kind != "other" else None
    items: list[Row] = []
    for a, b in reversed(segments):
        row = _item_row(text, a, b)
        if row is None:
            break
        items.insert(0, row)
    if not items:
        return None
    first = segments[len(segments) - len(items) - 1] if len(items) < len(segments) else None
    heading_end = items[0].start
    if first is not None:
        colon = text.rfind(":", first[0], first[1])
        lead = _item_row(text, colon + 1, first[1]) if colon >= 0 else None
        if lead is not None:
            items.insert(0, lead)
            heading_end = colon + 1
        elif len(items) < 2 and not _COUNT_AT_END.search(text, first[0], first[1]):
            # One item after a clause is a list only when that clause ends on its own
            # figure: "Labour's James Walsh polled 2,748 and the Green Ruby Tucker 1,243".
            return None
    elif len(items) < 2:
        return None
    heading = (start, heading_end) if heading_end > start else None
    block = Block(items[0].start, items[-1].end, tuple(items), heading)
    kind = _what_it_lists(text, block, inline=True)
    if heading is not None and not text[heading[0] : heading[1]].rstrip().endswith(":"):
        # The clause before the items may speak of polls (so the items are not results),
        # but a year in it dates its own figure, not the items': no heading for them.
        block = Block(block.start, block.end, block.rows, None, lead=heading)
    elif heading is not None:
        block = Block(block.start, block.end, block.rows, heading, lead=heading)
    return (block, kind) if kind != "other" else None


def _item_row(text: str, start: int, end: int) -> Row | None:
    if not _has_digit(text, start, end):
        return None  # (a row needs a figure)
    while start < end and text[start] in " \t":
        start += 1
    cells = _cells_of_line(text, start, end, row=True)
    if not cells:
        return None
    row = _row_of_cells(text, start, end, cells)
    if row is None or row.summary or any(c.role == "marker" for c in row.cells):
        return None
    return row


def _group(text: str, lines, rows) -> list[tuple[Block, str]]:
    blocks: list[tuple[Block, str]] = []
    i = 0
    while i < len(rows):
        if not isinstance(rows[i], Row):
            i += 1
            continue
        j, members = i, []
        while j < len(rows) and (isinstance(rows[j], Row) or rows[j] == ""):
            if isinstance(rows[j], Row):
                members.append(rows[j])
            j += 1
        heading = _heading(text, lines, rows, i)
        block = Block(members[0].start, members[-1].end, tuple(members), heading)
        blocks.append((block, _what_it_lists(text, block)))
        i = j
    return blocks


def _heading(text: str, lines, rows, first: int) -> tuple[int, int] | None:
    """The nearest line of text above row `first`, within three lines; above a table's
    header row, the line over the header too ("2019 result" over "| Party | Votes |")."""
    found = None
    for k in range(first - 1, max(-1, first - 4), -1):
        start, end = lines[k]
        if not text[start:end].strip() or isinstance(rows[k], Row):
            continue
        if found is None:
            # A long line above is prose: only its last sentence leads into the block.
            last = list(_SENTENCE_END.finditer(text, start, end))
            found = (last[-1].end() if last else start, end)
            if _split_cells(text, start, end) is None:
                return found
        else:
            return start, found[1]
    return found


def _what_it_lists(text: str, block: Block, inline: bool = False) -> str:
    """ "results" for a block of results at one contest; "polls" for one under a heading
    about polls, forecasts or dates; "other" for seats, years, or too little to tell."""
    heading = text[block.heading[0] : block.heading[1]] if block.heading else ""
    if _about_polls(heading) and block.candidates:
        return "polls"
    if _NATIONAL_HEADING.search(heading):
        return "other"  # a national tally: no one contest's result
    if inline and len(block.candidates) == 1:
        return "results"  # one item after a clause that gave its own figure
    return "results" if _is_results(text, block, heading) else "other"


def _is_results(text: str, block: Block, heading: str) -> bool:
    """Whether a block lists results at one contest (not seats or years)."""
    candidates = block.candidates
    if not candidates:
        return False
    if len(candidates) == 1 and not (
        # One row alone is read when it names both candidate and party and a heading
        # introduces it ("At the 2019 general election:").
        len(candidates[0].labels) >= 2 and heading.rstrip().endswith(":")
    ):
        return False
    votes = [c for r in candidates for c in r.figures("votes")]
    has_share = any(r.figures("share") for r in candidates)
    has_unit = any("vote" in text[c.start : c.end].lower() for c in votes)
    if votes and all(_YEAR.fullmatch(text[c.start : c.end]) for c in votes) and not has_share:
        return False  # a list of years
    party_only = all(len(r.labels) == 1 for r in candidates)
    if not has_share and not has_unit and party_only and _SEAT_HEADING.search(heading):
        return False  # "Labour – 198": a tally of seats
    # Bare small counts against parties: seats more likely than votes.
    return has_share or has_unit or not party_only or any(c.value >= 700 for c in votes)


def row_at(text: str, offset: int) -> tuple[Block, Row] | None:
    """The block and row holding `offset`, if it is in a results block."""
    blocks, spans, rows = _block_spans(text)
    for i in spans.holding(offset):
        block = blocks[i]
        if rows[i] is None:
            rows[i] = SpanIndex([(r.start, r.end) for r in block.rows])
        for j in rows[i].holding(offset):
            return block, block.rows[j]
    return None


def block_from(text: str, start: int, end: int) -> Block | None:
    """The first results block starting in text[start:end], if any."""
    blocks, spans, _ = _block_spans(text)
    i = bisect.bisect_left(spans.starts, start)
    return blocks[i] if i < len(blocks) and blocks[i].start < end else None


class Cover:
    """Spans (start, end), overlapping or not, asked whether any holds an offset: the spans
    sorted by start with the furthest end so far, so each question is a binary search."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def holds(self, offset: int) -> bool:
        """`any(a <= offset < b for a, b in spans)`."""
        i = bisect.bisect_right(self.starts, offset)
        return i > 0 and self.reach[i - 1] > offset


class SpanIndex:
    """Spans (start, end) in a fixed order, for finding those that hold an offset.

    Sorted spans that do not overlap (the usual case) are found by a binary search;
    any others by a pass over all of them, in their order.
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [a for a, _ in spans]
        self.disjoint = all(spans[k][1] <= spans[k + 1][0] for k in range(len(spans) - 1))

    def holding(self, offset: int) -> list[int]:
        """The indexes of the spans with start <= offset < end, in order."""
        if not self.disjoint:
            return [k for k, (a, b) in enumerate(self.spans) if a <= offset < b]
        k = bisect.bisect_right(self.starts, offset) - 1
        return [k] if k >= 0 and offset < self.spans[k][1] else []


@lru_cache(maxsize=8)
def _block_spans(
    text: str,
) -> tuple[tuple[Block, ...], SpanIndex, list[SpanIndex | None]]:
    """The results blocks, their spans, and (filled in when first asked) each one's rows."""
    blocks = read_blocks(text)
    return blocks, SpanIndex([(b.start, b.end) for b in blocks]), [None] * len(blocks)


def row_spans(text: str) -> list[tuple[int, int]]:
    """The spans of every row of every results block: each one is a sentence of its own."""
    spans = [(r.start, r.end) for b in read_blocks(text) for r in b.rows]
    seat_rows = [(r.start, r.end) for t in read_seat_tables(text) for r in t.rows]
    return sorted(spans + seat_rows) if seat_rows else spans


# --- Tables with one row per seat ----------------------------------------------------------
#
# "| Seat | Result | Winner | Majority | Share % | Change | Turnout | Runner-up |": a round-up
# of many contests, one row each. Its header is read once: a seat column, the columns that
# name the row's winner (a name, a party, a result such as "Lab gain from Con"), its
# runner-up, and figure columns whose header names a measure (lexicon.SEAT_MEASURE_HEADERS),
# perhaps one party's ("Lab %", "Con votes", "Lab"). Each figure cell is then read by its
# column: a `SeatFigure` of that claim kind. Who the seat, the winner and the party words
# are is for `resolve/` to decide.


@dataclass(frozen=True)
class SeatFigure:
    """A figure cell of a seat row, read as the claim kind its column's header names."""

    kind: str  # "majority", "share", "share_change", "turnout", "votes", "swing", "electorate"
    unit: str  # "votes" or "percent"
    start: int  # the figure: its sign, number and unit
    end: int
    sign: int = 0  # a change's sign: +1, -1, or 0 when unsigned
    # The column's header cell.
    header: tuple[int, int] = (0, 0)
    # Whose figure it is: "row" (the row's winner; the seat's own for a majority, turnout
    # or electorate), "party" (the party a header word names, at `party`) or "runner-up".
    owner: str = "row"
    party: tuple[int, int] | None = None
    # A year the header names ("Majority 2015"): the figure's contest; for a change, the
    # contest it was at or is measured from; `since` when a word before the year says it is
    # the latter ("Change since 2015"). 0 when none.
    year: int = 0
    since: bool = False


@dataclass(frozen=True)
class SeatRow:
    start: int
    end: int
    seat: tuple[int, int] | None  # the seat cell (None when empty)
    winner: tuple[int, int] | None  # the row's candidate: a winner or MP cell
    party: tuple[int, int] | None  # the winner's party cell
    result: tuple[int, int] | None  # the party a result cell says won ("Lab" of "Lab gain ...")
    beaten: tuple[int, int] | None  # ... and the one it took the seat from ("... from Con")
    held: bool  # the result cell says the seat was held ("Con hold")
    runner_up: tuple[int, int] | None
    figures: tuple[SeatFigure, ...]
    # The row's year, from a year or date cell ("2021", "1 July 2021"); 0 when none, -1
    # when the cell names no one year; and its day ("2021-07-01") when the cell gives one.
    year: int = 0
    date: str = ""


@dataclass(frozen=True)
class SeatTable:
    start: int
    end: int
    header: tuple[int, int]
    rows: tuple[SeatRow, ...]
    # The line above the header when it is a heading ("## Results 2017", "Key marginals:"),
    # and the years it names: each a contest the table's figures may be of.
    heading: tuple[int, int] | None = None
    years: tuple[int, ...] = ()
    # The spans of numbers in columns whose header names no measure (a rank, a region code).
    unread: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class _Column:
    # "seat", "when", "winner", "result", "party", "runner-up", "figure", "" (names nothing
    # known: its numbers are not results) or "skip" (a measure not read here: not claims)
    role: str
    kind: str = ""  # a figure column's claim kind; "" to read each cell by its shape
    owner: str = "row"
    party: tuple[int, int] | None = None
    span: tuple[int, int] = (0, 0)
    year: int = 0
    since: bool = False


_SEAT_ROLES = (
    ("seat", frozenset(lx.SEAT_COLUMN_HEADERS)),
    ("when", frozenset(lx.WHEN_COLUMN_HEADERS)),
    ("winner", frozenset(lx.WINNER_COLUMN_HEADERS)),
    ("result", frozenset(lx.RESULT_COLUMN_HEADERS)),
    ("party", frozenset(lx.PARTY_COLUMN_HEADERS)),
    ("runner-up", frozenset(lx.RUNNER_UP_COLUMN_HEADERS)),
)
_SEAT_MEASURES = lx.SEAT_MEASURE_HEADERS
_PARTY_WORDS = frozenset(lx.SEAT_HEADER_PARTY_WORDS)
_WINNER_WORDS = frozenset(lx.SEAT_HEADER_WINNER_WORDS)
_RUNNER_UP_WORDS = frozenset(lx.SEAT_HEADER_RUNNER_UP_WORDS)
_SUMMARY_SEATS = frozenset(lx.SEAT_TABLE_SUMMARY_ROWS)
_RESULT_CELL = re.compile(
    r"(?P<party>[^\W\d_][\w'’&.\- ]*?)[ \t]+(?P<word>"
    rf"{alternation(lx.RESULT_CELL_WORDS)})\b(?:[ \t]+from[ \t]+(?:the[ \t]+)?"
    r"(?P<beaten>[^\W\d_][\w'’&.\- ]*?))?[ \t.!*]*",
    re.I,
)
# "Con to Lab", "Con → Lab": the seat passed from the first party to the second.
_RESULT_PASSED = re.compile(
    r"(?P<beaten>[^\W\d_][\w'’&.\- ]*?)[ \t]*(?:[ \t]to[ \t]|→|->|>)[ \t]*"
    r"(?P<party>[^\W\d_][\w'’&.\- ]*?)[ \t.!*]*(?:\((?:gain|gn)\))?[ \t]*",
    re.I,
)
_HELD_WORDS = frozenset(lx.RESULT_CELL_HELD_WORDS)
_COUNT_CELL = re.compile(
    r"(?P<n>(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:[ \t]+votes?)?)"
    rf"(?:[ \t]*\([ \t]*(?P<p>\d{{1,3}}(?:\.\d+)?{_PERCENT}?)[ \t]*\))?"
)
_PERCENT_CELL = re.compile(rf"(?P<n>\d{{1,3}}(?:\.\d+)?)(?P<unit>{_PERCENT})?")
_SIGNED_CELL = re.compile(
    rf"(?P<sign>{_SIGN})[ \t]?\d{{1,3}}(?:\.\d+)?(?:{_PERCENT}|[ \t]*(?:pts?|points?|pp)\b)?"
)


def _header_key(cell: str) -> str:
    return " ".join(re.sub(r"[*_]", " ", cell).lower().split()).rstrip(":")


_HEADER_YEAR = re.compile(r"(?<![\w])(?:ge[ \t]?)?((?:18|19|20)\d\d)\b", re.I)


def _seat_column(text: str, a: int, b: int) -> _Column:
    """What a header cell of a seat table names (see lexicon.SEAT_COLUMN_HEADERS)."""
    column = _seat_column_words(text, a, b)
    found = list(_HEADER_YEAR.finditer(text, a, b))
    years = {int(m.group(1)) for m in found}
    if column.role == "figure" and len(years) == 1:
        since = bool(_BASELINE_BEFORE.search(text, a, found[0].start()))
        return _Column(column.role, column.kind, column.owner, column.party, column.span,
                       years.pop(), since)  # fmt: skip
    if years and column.role == "figure":
        return _Column("", span=(a, b))  # "Maj 2015-2017": no one contest
    return column


_BASELINE_BEFORE = re.compile(rf"\b(?:{alternation(lx.CHANGE_BASELINE_WORDS)})[ \t(]*$", re.I)
_YEAR_WORD_AFTER = re.compile(rf"\b(?:in|at|{alternation(lx.CHANGE_BASELINE_WORDS)})$")


def _seat_column_words(text: str, a: int, b: int) -> _Column:
    key = re.sub(r"\(\s*\)", " ", _header_key(_HEADER_YEAR.sub(" ", text[a:b]))).strip()
    if _HEADER_YEAR.search(text, a, b):
        # ("Lab share since 2015": the word that led to the year goes with it; not
        # "Labour since", a column of the years a run began)
        key = _YEAR_WORD_AFTER.sub(" ", key)
    key = " ".join(key.split())
    bare = " ".join(re.sub(r"\(.*?\)", " ", key).split())
    for k in dict.fromkeys((key, bare)):
        for role, words in _SEAT_ROLES:
            if k in words:
                return _Column(role, span=(a, b))
        if k in _SEAT_MEASURES:
            return _Column("figure", _SEAT_MEASURES[k], span=(a, b))
        if k in _PARTY_WORDS:
            return _Column("figure", "", "party", _word_span(text, a, b, k), (a, b))
        # "<whose> <measure>": "Lab %", "Lab%", "Con votes", "Winner's share".
        cuts = [i for i, ch in enumerate(k) if ch == " "]
        if k.endswith("%") and len(k) > 1 and k[-2] != " ":
            cuts.append(len(k) - 1)
        for i in cuts:
            prefix, suffix = k[:i].strip(), k[i:].strip()
            kind = _SEAT_MEASURES.get(suffix)
            if not kind or not prefix:
                continue
            if prefix in _PARTY_WORDS:
                return _Column("figure", kind, "party", _word_span(text, a, b, prefix), (a, b))
            if prefix in _WINNER_WORDS:
                return _Column("figure", kind, span=(a, b))
            if prefix in _RUNNER_UP_WORDS:
                return _Column("figure", kind, "runner-up", span=(a, b))
    return _Column("", span=(a, b))


def _word_span(text: str, a: int, b: int, words: str) -> tuple[int, int] | None:
    m = re.search(r"[ \t]+".join(re.escape(w) for w in words.split()), text[a:b], re.I)
    return (a + m.start(), a + m.end()) if m else None


def _seat_header(text: str, spans: list[tuple[int, int]]) -> list[_Column] | None:
    """A seat table's columns: one seat column and at least one figure column; else None."""
    columns = [_seat_column(text, a, b) for a, b in spans]
    roles = [c.role for c in columns]
    if roles.count("seat") != 1 or "figure" not in roles:
        return None
    if not any(c.kind == "share" for c in columns):
        # "| Seat | Winner | Majority | Turnout | Change |": a bare change beside the
        # turnout, in a table with no share, may be the turnout's: not read as a share's.
        columns = [
            _Column("", span=c.span)
            if c.kind == "share_change"
            and c.owner == "row"
            and k > 0
            and columns[k - 1].kind == "turnout"
            and _header_key(text[c.span[0] : c.span[1]]) in _BARE_CHANGE_HEADERS
            else c
            for k, c in enumerate(columns)
        ]
    party_shares = [c for c in columns if c.kind == "share" and c.owner == "party"]
    if len(party_shares) == 1 and not any(
        c.kind == "share" and c.owner != "party" for c in columns
    ):
        # "| Seat | Winner | Reform % | Gap | Change |": a bare change in a table whose one
        # share is a party's is that party's change, not the row winner's.
        owner = party_shares[0]
        columns = [
            _Column(c.role, c.kind, "party", owner.party, c.span, c.year, c.since)
            if c.kind == "share_change"
            and c.owner == "row"
            and _header_key(text[c.span[0] : c.span[1]]) in _BARE_CHANGE_HEADERS
            else c
            for c in columns
        ]
    return columns


# The change headers that name no measure ("share change" does).
_BARE_CHANGE_HEADERS = frozenset(
    k for k, v in lx.SEAT_MEASURE_HEADERS.items() if v == "share_change" and "share" not in k
)


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """A cell's span without Markdown emphasis and footnote marks around it."""
    while a < b and text[a] in "*_ \t":
        a += 1
    while b > a and text[b - 1] in "*_ \t†‡":
        b -= 1
    return a, b


def _seat_figures(text: str, a: int, b: int, column: _Column) -> list[SeatFigure] | None:
    """The figures of one cell, read as its column's measure; None when its shape is not
    that measure's (a note, "n/a", an unsigned change): nothing in it is read."""
    cell = text[a:b]
    kind = column.kind

    def figure(kind: str, unit: str, start: int, end: int, sign: int = 0) -> SeatFigure:
        return SeatFigure(kind, unit, a + start, a + end, sign, column.span, column.owner,
                          column.party, column.year, column.since)  # fmt: skip

    signed = _SIGNED_CELL.fullmatch(cell)
    if signed and kind in ("share_change", "swing", ""):
        sign = -1 if signed.group("sign") in "-−–" else (1 if signed.group("sign") == "+" else 0)
        if kind == "swing":
            # A swing is read towards the row's winner: one given against it is not read.
            return [figure("swing", "percent", 0, len(cell))] if sign > 0 else None
        return [figure("share_change", "percent", 0, len(cell), sign)] if sign else None
    count = _COUNT_CELL.fullmatch(cell)
    percent = _PERCENT_CELL.fullmatch(cell)
    if kind == "" and count and ("," in cell or _value(cell) >= 1000):
        kind = "votes"
    elif kind == "" and percent and (percent.group("unit") or "." in cell):
        kind = "share"
    if kind in ("majority", "votes", "electorate") and count:
        found = [figure(kind, "votes", *count.span("n"))]
        if count.group("p") and kind != "electorate":
            # "5,694 (11.5%)": a majority's share of the vote, or the votes' share.
            found.append(
                figure("majority" if kind == "majority" else "share", "percent", *count.span("p"))
            )
        return found
    if kind == "majority" and percent and percent.group("unit"):
        return [figure("majority", "percent", 0, len(cell))]
    if kind == "majority_share" and percent and _value(cell) <= 100:
        return [figure("majority", "percent", 0, len(cell))]  # "Maj %": the majority's share
    if kind == "turnout" and count and "," in cell and _value(cell) >= 1000:
        return [figure("turnout", "votes", *count.span("n"))]
    if kind in ("share", "turnout", "swing") and percent and _value(cell) <= 100:
        return [figure(kind, "percent", 0, len(cell))]
    return None


def _seat_row(
    text: str, start: int, end: int, spans: list[tuple[int, int]], columns: list[_Column]
) -> tuple[SeatRow | None, list[tuple[int, int]]]:
    """A row of a seat table, and the spans of numbers in columns that name no measure."""
    shift = len(spans) - len(columns)  # a colour cell first: the row is aligned on the right
    cells: dict[str, tuple[int, int]] = {}
    figures: list[SeatFigure] = []
    unread: list[tuple[int, int]] = []
    held, result, beaten, year, date = False, None, None, 0, ""
    for column, span in zip(columns, spans[shift:], strict=True):
        a, b = _trimmed(text, *span)
        if a >= b:
            continue
        read = _seat_figures(text, a, b, column) if column.role == "figure" else None
        if read:
            figures += read
        elif column.role == "when":
            years = {int(y) for y in _YEAR.findall(text, a, b)}
            year = years.pop() if len(years) == 1 else -1  # -1: no one year
            date = _cell_date(text[a:b])
        elif column.role == "result" or (column.kind == "share_change" and result is None):
            # (A "Change" column of words says how the seat changed hands: "Lab to Con".)
            m = _RESULT_CELL.fullmatch(text, a, b)
            passed = _RESULT_PASSED.fullmatch(text, a, b) if m is None else None
            if m:
                result = m.span("party")
                beaten = m.span("beaten") if m.group("beaten") else None
                held = m.group("word").lower() in _HELD_WORDS
            elif passed:
                result, beaten = passed.span("party"), passed.span("beaten")
            elif column.role == "result" and _is_label(text[a:b]) and len(text[a:b].split()) <= 3:
                result = (a, b)  # "Lab", "SNP": the party that won
        elif column.role in ("seat", "winner", "party", "runner-up"):
            if re.search(r"[^\W\d_]", text[a:b]):
                cells.setdefault(column.role, (a, b))  # (a name: "2010" in "Elected" is none)
        elif not column.role and re.search(r"\d", text[a:b]):
            unread.append((a, b))
    seat = cells.get("seat")
    if seat is not None and _header_key(text[seat[0] : seat[1]]) in _SUMMARY_SEATS:
        # "| Total | ... |": a sum over the rows, no one seat's.
        return None, unread
    if seat is None and not figures:
        return None, unread
    row = SeatRow(
        start, end, seat, cells.get("winner"), cells.get("party"), result, beaten, held,
        cells.get("runner-up"), tuple(figures), year, date,
    )  # fmt: skip
    return row, unread


_MONTH_NUMBERS = {m[:3]: i for i, m in enumerate(lx.MONTHS[:12], 1)}
_CELL_DATE = re.compile(
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<month>{alternation(lx.MONTHS)})\.?,?"
    r"|(?P<month2>[a-z]+)\.?[ \t]+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?)[ \t]+(?P<year>\d{4})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})",
    re.I,
)


def _cell_date(cell: str) -> str:
    """The day a date cell names ("23 February 2017", "Feb 23, 2017", "2017-02-23") as an
    ISO date, or "" (a year alone, or no date)."""
    m = _CELL_DATE.fullmatch(cell.strip())
    if m is None:
        return ""
    if m.group("iso"):
        return m.group("iso")
    month = _MONTH_NUMBERS.get((m.group("month") or m.group("month2") or "")[:3].lower())
    day = int(m.group("day") or m.group("day2"))
    if not month or not 1 <= day <= 31:
        return ""
    return f"{m.group('year')}-{month:02d}-{day:02d}"


_HEADING_MARK = re.compile(r"[ \t]*(?:#{1,6}[ \t]|[*_]{2})")


def _seat_table_heading(text: str, lines, first: int) -> tuple[int, int] | None:
    """The line just above a seat table's header (blank lines apart) when it is a heading:
    a Markdown heading, a line ending with a colon, or a short line that is no sentence."""
    for k in range(first - 1, max(-1, first - 3), -1):
        start, end = lines[k]
        line = text[start:end].strip()
        if not line:
            continue
        if (
            _HEADING_MARK.match(text, start)
            or line.endswith(":")
            or (len(line) <= 80 and not re.search(r"[.!?][\"”’)]*$|\.[ \t]", line))
        ):
            return start, end
        return None
    return None


_TARGET_HEADING = re.compile(rf"\b(?:{alternation(lx.SEAT_TABLE_TARGET_WORDS)})\b", re.I)


@lru_cache(maxsize=8)
def _seat_tables(text: str) -> tuple[tuple[SeatTable, str, int, int], ...]:
    """Every seat table with what it lists ("results" or "polls") and its first and last
    line's index."""
    if "|" not in text and "\t" not in text:
        return ()
    lines = _lines(text)
    found = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        spans = (
            _split_cells(text, start, end)
            if text.find("|", start, end) >= 0 or (text.find("\t", start, end) >= 0)
            else None
        )
        columns = _seat_header(text, spans) if spans and len(spans) >= 2 else None
        if columns is None:
            i += 1
            continue
        heading = _seat_table_heading(text, lines, i)
        words = text[heading[0] : heading[1]] if heading else ""
        roles = {c.role for c in columns} | {c.kind for c in columns}
        if _TARGET_HEADING.search(words) or not roles & {"result", "winner", "share_change"}:
            # A swing in a list of targets, or in a table that reports no outcome, may be
            # the swing needed to take the seat: not read.
            columns = [_Column("skip") if c.kind == "swing" else c for c in columns]
        columns = _majority_share_column(text, lines, i, columns)
        rows: list[SeatRow] = []
        unread: list[tuple[int, int]] = []
        last = j = i
        for j in range(i + 1, len(lines)):
            a, b = lines[j]
            line = text[a:b]
            if not line.strip() or _DIVIDER.fullmatch(line):
                continue
            cells = _split_cells(text, a, b)
            if cells is None or len(cells) < len(columns) or _seat_header(text, cells):
                break
            row, left = _seat_row(text, a, b, cells, columns)
            unread += left
            if row is not None:
                rows.append(row)
            last = j
        if rows:
            kind = "polls" if _about_polls(words) else "results"
            years = tuple(sorted({int(y) for y in re.findall(r"\b(?:18|19|20)\d\d\b", words)}))
            table = SeatTable(
                rows[0].start, rows[-1].end, (start, end), tuple(rows), heading, years,
                tuple(unread),
            )  # fmt: skip
            found.append((table, kind, i, last))
        i = last + 1
    return tuple(found)


# No winner of a seat takes so small a share: a "% of vote" column of such figures right
# after the Majority column is the majority's share of the vote.
_LEAST_WINNING_SHARE = 20.0


def _majority_share_column(text: str, lines, header: int, columns: list[_Column]) -> list[_Column]:
    """The columns, with a share column that follows the Majority column and holds only
    figures no winner's share could be ("| Majority | % of vote |", "| 27 | 0.1 |") read
    as the majority's share."""
    after = [
        k
        for k in range(1, len(columns))
        if columns[k].kind == "share" and columns[k - 1].kind == "majority"
    ]
    if not after:
        return columns
    values: dict[int, list[float]] = {k: [] for k in after}
    for j in range(header + 1, len(lines)):
        a, b = lines[j]
        if not text[a:b].strip() or _DIVIDER.fullmatch(text[a:b]):
            continue
        cells = _split_cells(text, a, b)
        if cells is None or len(cells) < len(columns):
            break
        shift = len(cells) - len(columns)
        for k in after:
            cell = text[cells[k + shift][0] : cells[k + shift][1]].strip()
            if _PERCENT_CELL.fullmatch(cell):
                values[k].append(_value(cell))
    small = {k for k, v in values.items() if v and max(v) < _LEAST_WINNING_SHARE}
    if not small:
        return columns
    return [replace(c, kind="majority_share") if k in small else c for k, c in enumerate(columns)]


def read_seat_tables(text: str) -> tuple[SeatTable, ...]:
    """Every table of results with one row per seat, in order."""
    return tuple(t for t, kind, _, _ in _seat_tables(text) if kind == "results")


def seat_header_spans(text: str) -> list[tuple[int, int]]:
    """The header lines of seat tables: a year in one ("Majority 2015") dates its column."""
    return [t.header for t in read_seat_tables(text)]


def unread_cell_spans(text: str) -> list[tuple[int, int]]:
    """The spans of cells of seat tables in columns whose header names no result measure."""
    return [span for t in read_seat_tables(text) for span in t.unread]


# The most words a sentence of prose above a block has to give the block its time.
_HEADING_WORDS = 12


def dating_heading(text: str, heading: tuple[int, int] | None) -> tuple[int, int] | None:
    """The heading that dates a block: one that introduces it (a colon) or is short, as a
    heading is; the last sentence of a paragraph of prose above ("James Frith, who fell 378
    votes short two years ago, took 53.6%.") is the story's, not the block's time."""
    if heading is None:
        return None
    lead = text[heading[0] : heading[1]].strip()
    if lead.endswith(":") or len(lead.split()) <= _HEADING_WORDS:
        return heading
    return None
