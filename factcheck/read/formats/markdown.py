"""The parts of a Markdown article that hold no claims: code blocks and HTML comments.

Code follows CommonMark closely enough for articles: a fence of three or more backticks
or tildes runs to a closing fence of the same character at least as long (or to the end);
an indented block is lines indented by four spaces or a tab after a blank line, unless
they continue a list item. Comments are skipped because they are never published.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})(.*)")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)


def _indented(line: str) -> bool:
    return line.startswith(("    ", "\t")) or bool(re.match(r" {1,3}\t", line))


def _lines(text: str, start: int) -> list[tuple[int, str]]:
    """(offset, line) for each line of text[start:], line endings included."""
    out = []
    at = start
    for line in text[start:].splitlines(keepends=True):
        out.append((at, line))
        at += len(line)
    return out


def code_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Spans of fenced and indented code blocks in text[start:]."""
    spans: list[tuple[int, int]] = []
    fence: tuple[str, int, int] | None = None  # (character, length, block start)
    code_start: int | None = None  # an indented block being read
    code_end = 0
    previous_blank = True
    in_list = False
    for at, line in _lines(text, start):
        body = line.rstrip("\r\n")
        blank = not body.strip()
        if fence is not None:
            char, length, block_start = fence
            stripped = body.strip()
            if stripped and set(stripped) == {char} and len(stripped) >= length:
                spans.append((block_start, at + len(line)))
                fence = None
            continue
        if code_start is not None:
            if blank:
                continue
            if _indented(body):
                code_end = at + len(line)
                continue
            spans.append((code_start, code_end))
            code_start = None
        m = _FENCE.match(body)
        if m and not (m.group(1)[0] == "`" and "`" in m.group(2)):
            fence = (m.group(1)[0], len(m.group(1)), at)
            previous_blank = False
            continue
        if not blank and _indented(body) and previous_blank and not in_list:
            code_start, code_end = at, at + len(line)
            continue
        if not blank:
            if _LIST_ITEM.match(body):
                in_list = True
            elif not _indented(body) and previous_blank:
                in_list = False
        previous_blank = blank
    if fence is not None:
        spans.append((fence[2], len(text)))
    if code_start is not None:
        spans.append((code_start, code_end))
    return spans


def comment_spans(
    text: str, start: int = 0, code: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Spans of HTML comments in text[start:] that do not begin inside `code`."""
    code = code or []
    spans = []
    at = start
    while (m := _COMMENT.search(text, at)) is not None:
        inside = next((end for s, end in code if s <= m.start() < end), None)
        if inside is not None:
            at = inside
            continue
        spans.append(m.span())
        at = m.end()
    return spans
