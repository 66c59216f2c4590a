"""The parts of a Markdown article that hold no claims, found by markdown-it-py.

The checked text stays the Markdown source, so a claim's offset is its place in the file
and tables reach `language/tables.py` as typed. What the parser finds is blanked:
- blocks: fenced and indented code, and link reference definitions
  (`[1]: https://...`), as whole lines (a sentence never runs across them);
- inline markup: code spans, a link's brackets and destination (its words stay),
  images, and autolinks, blanked in place so the sentence around them reads on;
- HTML comments outside code, which are never published (and where
  `<!-- factcheck: ... -->` directives are read from).

markdown-it gives block tokens their lines but inline tokens no position: the inline
rules that matter are wrapped to note where they matched in the inline source, and the
inline source is aligned with the file's lines.
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
# markdown-it's own line breaks: CRLF, a lone CR, or LF.
_NEWLINE = re.compile(r"\r\n?|\n")
_HIDDEN = "factcheck_hidden"  # token.meta key: the spans, in inline source, not read
_CODE = "factcheck_code"  # token.meta key: the span of a code span


@dataclass
class MarkdownParts:
    """Spans of the text (offsets into it) that hold no claims."""

    blocks: list[tuple[int, int]] = field(default_factory=list)  # code, reference definitions
    inline: list[tuple[int, int]] = field(default_factory=list)  # code spans, link targets
    code: list[tuple[int, int]] = field(default_factory=list)  # all code, block and inline


def _note(rule_name: str, rule: Any) -> Any:
    """An inline rule that records, on the token it pushes, the source span it matched."""

    def noted(state: Any, silent: bool) -> bool:
        start, first = state.pos, len(state.tokens)
        label_end = -1
        if rule_name == "link" and not silent and state.src[start] == "[":
            label_end = state.md.helpers.parseLinkLabel(state, start, True)
        if not rule(state, silent):
            return False
        # The text before the match may be pushed first, as a text token.
        pushed = [t for t in state.tokens[first:] if t.type != "text"] if not silent else []
        if not pushed:
            return True
        token, end = pushed[0], state.pos
        if token.type == "code_inline":
            token.meta[_CODE] = (start, end)
            token.meta[_HIDDEN] = [(start, end)]
        elif token.type == "link_open" and label_end > start:
            # "[words](https://...)": the words are read; the brackets and target are not.
            token.meta[_HIDDEN] = [(start, start + 1), (label_end, end)]
        elif token.type in ("image", "link_open"):  # an image, or an autolink <https://...>
            token.meta[_HIDDEN] = [(start, end)]
        return True

    return noted


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt, rules_inline

    md = MarkdownIt("commonmark").enable("table")
    rules = {
        "backticks": rules_inline.backtick,
        "link": rules_inline.link,
        "image": rules_inline.image,
        "autolink": rules_inline.autolink,
    }
    for name, rule in rules.items():
        md.inline.ruler.at(name, _note(name, rule))
    return md


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line as markdown-it counts them, line break excluded."""
    spans, at = [], 0
    for m in _NEWLINE.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    return spans


class _Aligner:
    """Maps offsets in an inline token's content to offsets in the file."""

    def __init__(self, text: str, lines: list[tuple[int, int]]) -> None:
        self.text, self.lines = text, lines
        self.cursor: dict[int, int] = {}  # per line: where the next table cell may start

    def starts(self, token: Token, *, cell: bool) -> list[tuple[int, int, int]] | None:
        """For each line of the content: (offset in content, offset in file, length).

        A paragraph's line is the end of its file line (a list marker or `>` before it);
        a table cell is found in its row after the cell before it.
        """
        if token.map is None:
            return None
        first = token.map[0]
        out, at = [], 0
        for number, part in enumerate(token.content.split("\n"), first):
            if number >= len(self.lines):
                return out
            start, end = self.lines[number]
            line = self.text[start:end].rstrip()
            core = part.strip()
            lead = len(part) - len(part.lstrip())
            if core and not cell and line.endswith(core):
                where = len(line) - len(core)
            else:
                where = line.find(core, self.cursor.get(number, 0)) if core else -1
            if where >= 0:
                self.cursor[number] = where + len(core)
                out.append((at + lead, start + where, len(core)))
            at += len(part) + 1
        return out

    @staticmethod
    def span(starts: list[tuple[int, int, int]], a: int, b: int) -> tuple[int, int] | None:
        """The file span of content[a:b], or None when an end falls outside the aligned lines."""
        start, last = _Aligner._at(starts, a), _Aligner._at(starts, b - 1)
        return None if start is None or last is None else (start, last + 1)

    @staticmethod
    def _at(starts: list[tuple[int, int, int]], index: int) -> int | None:
        # By bisection: a paragraph of many lines with a link on each stays linear.
        i = bisect.bisect_right(starts, (index, sys.maxsize, 0)) - 1
        if i < 0:
            return None
        content_at, file_at, length = starts[i]
        return file_at + index - content_at if index < content_at + length else None


def _inline_spans(
    text: str, tokens: list[Token], lines: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The hidden inline spans, and the code spans among them, in file offsets."""
    aligner = _Aligner(text, lines)
    hidden: list[tuple[int, int]] = []
    code: list[tuple[int, int]] = []
    in_table = False
    for token in tokens:
        if token.type in ("table_open", "table_close"):
            in_table = token.type == "table_open"
        if token.type != "inline" or not token.children:
            continue
        noted = [c for c in token.children if _HIDDEN in c.meta]
        if not noted:
            continue
        starts = aligner.starts(token, cell=in_table)
        if not starts:
            continue
        for child in noted:
            for a, b in child.meta[_HIDDEN]:
                span = aligner.span(starts, a, b)
                # Only a span the file really holds is blanked; else the text is left be.
                if span is not None and _same(text, span, token.content[a:b]):
                    hidden.append(span)
                    if _CODE in child.meta:
                        code.append(span)
    return hidden, code


def _same(text: str, span: tuple[int, int], content: str) -> bool:
    """Whether the file span holds the content's characters (line prefixes aside)."""
    if "\n" not in content:
        return text[span[0] : span[1]] == content
    return text[span[0]] == content[0] and text[span[1] - 1] == content[-1]


# Nothing the parser finds can be there without one of these: a backtick or tilde fence
# or code span, a bracket (links, images, reference definitions), an autolink's "<", or
# an indented line (code). Most articles have none, and are not parsed at all.
_MAY_HAVE_MARKUP = re.compile(r"[`\[<\t]|~~~|^ {4}", re.M)


def markdown_parts(text: str, start: int = 0) -> MarkdownParts:
    """What in text[start:] holds no claims; text[:start] (front matter) is read as blank."""
    if not _MAY_HAVE_MARKUP.search(text, start):
        return MarkdownParts()
    lines = _line_spans(text)
    # Blank lines for the front matter keep markdown-it's line numbers the file's.
    source = "\n" * len(_NEWLINE.findall(text, 0, start)) + text[start:]
    tokens = _parser().parse(source)
    parts = MarkdownParts()
    covered = [False] * len(lines)
    for token in tokens:
        if token.map is None:
            continue
        first, last = token.map[0], min(token.map[1], len(lines))
        for number in range(first, last):
            covered[number] = True
        if token.type in ("fence", "code_block") and first < last:
            # Whole lines, the break after the last included.
            parts.blocks.append((lines[first][0], _line_end(text, lines, last - 1)))
    parts.code = list(parts.blocks)
    for number, (a, b) in enumerate(lines):
        # A line no block holds, not blank and past the front matter, is a link
        # reference definition ("[1]: https://..."), which markdown-it keeps aside.
        if not covered[number] and a >= start and text[a:b].strip():
            parts.blocks.append((a, _line_end(text, lines, number)))
    parts.inline, code = _inline_spans(text, tokens, lines)
    parts.code = sorted(parts.code + code)
    parts.blocks.sort()
    return parts


def _line_end(text: str, lines: list[tuple[int, int]], number: int) -> int:
    """The offset just past line `number`'s line break (or the end of the text)."""
    return lines[number + 1][0] if number + 1 < len(lines) else len(text)


def comment_spans(
    text: str, start: int = 0, code: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Spans of HTML comments in text[start:] that do not begin inside `code`."""
    code = sorted(code or [])
    spans = []
    at = start
    while (m := _COMMENT.search(text, at)) is not None:
        # The code span starting last at or before the comment, if the comment is inside it.
        i = bisect.bisect_right(code, (m.start(), sys.maxsize)) - 1
        if i >= 0 and m.start() < code[i][1]:
            at = code[i][1]
            continue
        spans.append(m.span())
        at = m.end()
    return spans
