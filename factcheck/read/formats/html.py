"""Reading an HTML article: its visible text, each character mapped back to the source.

The text is what a reader sees of the article: script, style, template, title and head
are left out, and so is the page's furniture (navigation, asides, figure captions and
credits, footers: `_FURNITURE`). Block elements become paragraph breaks (so a headline
is never run into the sentence below it), table cells are separated by tabs, runs of
white space collapse to one space, and entities are decoded. `Document.offsets[i]` is
the index in the source of `text[i]` (the `&` of an entity; the tag for a break), so
line:column point into the HTML file.
`<pre>` blocks are kept but skipped, like Markdown code blocks.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from html.parser import HTMLParser

from factcheck.claims import DocumentInfo
from factcheck.language.lexicon import SPACE_SEPARATORS

# The spaces that may sit inside a figure; a plain space is collapsed as ever.
GROUPING_SPACES = SPACE_SEPARATORS - {" "}

_LEFT_OUT = frozenset({"script", "style", "template", "title"})
# Page furniture around the article, not part of it: its figures (a related story's
# turnout, a photo credit's year, a footer's copyright) are no claims of the article.
_FURNITURE = frozenset({"nav", "aside", "figcaption", "footer"})
# Elements that never hold content, so are never on the stack of open elements.
_VOID = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    }
)  # fmt: skip
# Elements allowed in <head>; any other start tag means the head was closed implicitly.
_HEAD_CONTENT = frozenset(
    {"title", "meta", "link", "style", "script", "base", "noscript", "template"}
)
# Headings below the title: each heads a section (h1 is the page's title).
_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
        "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_DATE_META = frozenset(
    {
        "date", "dc.date", "dcterms.date", "dc.date.issued", "dcterms.created",
        "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "og:published_time", "sailthru.date", "parsely-pub-date",
    }
)  # fmt: skip


class _TextExtractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
        self.chars: list[str] = []
        self.offsets: list[int] = []
        # (index in chars, " ") of a collapsed no-break/thin space just after a digit.
        self.grouping: tuple[int, str] = (-1, "")
        self.grouping_space = ""
        self.left_out_depth = 0
        # Open elements, to close an unclosed <aside> when its parent closes, as browsers do.
        self.open: list[str] = []
        self.open_count: Counter[str] = Counter()
        self.furniture_depth = 0
        self.in_head = False
        self.pre_depth = 0
        # Whether the last tag closed a <dt> (its <dd> then goes on the same line).
        self.term_closed = False
        self.pre_start = 0
        self.skipped: list[tuple[int, int]] = []
        # (priority, date): <meta> 0, <time pubdate> 1, any other <time> 2.
        self.dates: list[tuple[int, dt.date]] = []
        self.election_hint: str | None = None
        self.comments: list[tuple[int, str]] = []

    # --- positions and output ---------------------------------------------
    def _at(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    @property
    def _hidden(self) -> bool:
        return self.in_head or self.left_out_depth > 0 or self.furniture_depth > 0

    def _open(self, tag: str) -> None:
        if tag in _VOID:
            return
        self.open.append(tag)
        self.open_count[tag] += 1
        self.furniture_depth += tag in _FURNITURE

    def _close(self, tag: str) -> None:
        """Close `tag` and any element left open inside it; a stray end tag closes nothing."""
        # Counting first keeps a run of stray end tags from rescanning the stack.
        if not self.open_count[tag]:
            return
        while self.open:
            top = self.open.pop()
            self.open_count[top] -= 1
            self.furniture_depth -= top in _FURNITURE
            if top == tag:
                return

    def _emit(self, text: str, at: int, *, from_source: bool) -> None:
        """Append `text`; `from_source` means text[i] is at source[at + i], else all at `at`."""
        chars, offsets = self.chars, self.offsets
        for i, ch in enumerate(text):
            where = at + i if from_source else at
            # A no-break or thin space between digits groups thousands ("13&nbsp;748"):
            # it is restored, so the reader does not see two numbers where one was typed.
            if ch.isdigit() and chars and self.grouping == (len(chars) - 1, chars[-1]):
                chars[-1] = self.grouping_space
            self.grouping = (-1, "")
            if ch in GROUPING_SPACES and chars and chars[-1].isdigit():
                self.grouping, self.grouping_space = (len(chars), " "), ch
            if self.pre_depth == 0 and ch.isspace():
                if not chars or chars[-1] in " \t\n":
                    continue
                ch = " "
            chars.append(ch)
            offsets.append(where)

    def _break(self, newlines: int, at: int) -> None:
        """End the current line; `newlines=2` leaves a blank line (a paragraph break)."""
        while self.chars and self.chars[-1] in " \t":
            self.chars.pop()
            self.offsets.pop()
        if not self.chars:
            return
        have = 0
        while have < len(self.chars) and self.chars[-1 - have] == "\n":
            have += 1
        for _ in range(newlines - have):
            self.chars.append("\n")
            self.offsets.append(at)

    # --- parser callbacks --------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(values)
        if tag == "head":
            self.in_head = True
            return
        if tag == "body" or (self.in_head and tag not in _HEAD_CONTENT):
            self.in_head = False
        if tag in _LEFT_OUT:
            self.left_out_depth += 1
            return
        if self.in_head or self.left_out_depth:
            return
        if tag == "time" and values.get("datetime"):
            date = _parse_date(values["datetime"])
            published = "pubdate" in values or values.get("itemprop") == "datePublished"
            # In furniture only the page's own publication time counts, not a related story's.
            if date and (published or not self.furniture_depth):
                self.dates.append((1 if published else 2, date))
        at = self._at()
        if tag in _FURNITURE and not self.furniture_depth:
            self._break(2, at)
        self._open(tag)
        if self.furniture_depth:
            return
        if tag == "br":
            self._break(1, at)
        elif tag in _CELLS:
            if self.chars and self.chars[-1] not in "\n\t":
                while self.chars and self.chars[-1] == " ":
                    self.chars.pop()
                    self.offsets.pop()
                self.chars.append("\t")
                self.offsets.append(at)
        elif tag == "pre":
            self._break(2, at)
            if self.pre_depth == 0:
                self.pre_start = len(self.chars)
            self.pre_depth += 1
        elif tag == "dd" and self.term_closed:
            # "<dt>Majority</dt><dd>6,807</dd>": a term and its description on one line,
            # as "Majority: 6,807" is written.
            while self.chars and self.chars[-1] in " \n":
                self.chars.pop()
                self.offsets.pop()
            self._emit(": ", at, from_source=False)
        elif tag in _BLOCKS:
            self._break(2, at)
            if tag in _SECTION_HEADINGS:
                # "<h2>1983 general election</h2>": written as a Markdown heading, which
                # frames the section under it as one does in a Markdown file.
                self._emit("## ", at, from_source=False)
        self.term_closed = False

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False
            return
        if tag in _LEFT_OUT:
            self.left_out_depth = max(0, self.left_out_depth - 1)
            return
        if self.in_head or self.left_out_depth:
            return
        was_furniture = self.furniture_depth > 0
        self._close(tag)
        if self.furniture_depth:
            return
        if was_furniture:
            self._break(2, self._at())
            return
        if tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
            if self.pre_depth == 0:
                self.skipped.append((self.pre_start, len(self.chars)))
                self._break(2, self._at())
        elif tag in _BLOCKS:
            self._break(2, self._at())
        self.term_closed = tag == "dt"

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._emit(data, self._at(), from_source=True)

    def handle_comment(self, data: str) -> None:
        self.comments.append((self._at(), data))

    def _reference(self, prefix: str, name: str) -> None:
        if self._hidden:
            return
        at = self._at()
        raw = prefix + name
        if self.source.startswith(";", at + len(raw)):
            raw += ";"
        self._emit(html.unescape(raw), at, from_source=False)

    def handle_entityref(self, name: str) -> None:
        self._reference("&", name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#", name)

    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("name") or values.get("property") or values.get("itemprop") or "").lower()
        content = values.get("content", "").strip()
        if not content:
            return
        if key in _DATE_META:
            date = _parse_date(content)
            if date:
                self.dates.append((0, date))
        elif key == "election":
            self.election_hint = content


def _parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def extract_html(
    source: str,
    path: str = "<html>",
    date: dt.date | None = None,
    default_date: dt.date | None = None,
):
    """An HTML article as a Document; `date` overrides the page's own, `default_date` backs it."""
    from factcheck.read.document import Document

    parser = _TextExtractor(source)
    parser.feed(source)
    parser.close()
    if parser.pre_depth:
        parser.skipped.append((parser.pre_start, len(parser.chars)))
    while parser.chars and parser.chars[-1].isspace():
        parser.chars.pop()
        parser.offsets.pop()
    page_date = min(parser.dates, key=lambda d: d[0])[1] if parser.dates else None
    info = DocumentInfo(date=date or page_date or default_date, election_hint=parser.election_hint)
    return Document(
        path=path,
        text="".join(parser.chars),
        source_text=source,
        info=info,
        offsets=parser.offsets,
        skipped=[s for s in parser.skipped if s[0] < s[1]],
        format="html",
        comments=parser.comments,
    )
