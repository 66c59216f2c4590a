"""How text from articles, the reference data and file names is made safe to show.

An article, a reference file or a file name may hold control characters: ESC starts
terminal sequences (clear the screen, move the cursor, set the window title), CR and
other line breaks let one line of a line-based report forge another, and bidirectional
overrides reorder what a reader sees. Every text format (full, concise, github, html,
stderr, `explain`, `reference`) passes such text through `visible` or `visible_line`,
which show these characters escaped as Python writes them: `\\x1b`, `\\r`, `\\u202e`.
Backslashes are left alone, so ordinary text and Windows paths read as before.

The JSON formats are lossless instead: `json_safe` writes the same characters as JSON
`\\u` escapes, so a parser reads back the original text and a terminal shows no raw code.

This module imports nothing of the project: the CLI uses it for errors before anything
else is loaded.
"""

from __future__ import annotations

import re

# C0 controls (tab and newline are kept by `visible`), DEL, C1 controls, the Arabic letter
# mark, left-to-right and right-to-left marks, line and paragraph separators, bidi
# embeddings, overrides and isolates; lone surrogates (a file name's undecodable bytes).
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff"
_ANY = re.compile(f"[{_CONTROLS}]")
_ANY_OR_LINE = re.compile(f"[{_CONTROLS}\n]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
# JSON escapes C0 itself; these are the rest, which it would otherwise write raw.
_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte kept by surrogateescape: show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control character escaped (`\\x1b`, `\\u202e`); tabs and newlines kept."""
    return _ANY.sub(_escaped, text)


def visible_line(text: str) -> str:
    """As `visible`, with newlines escaped too: for one line of a line-based report."""
    return _ANY_OR_LINE.sub(_escaped, text)


def json_safe(text: str) -> str:
    """JSON text with DEL, C1, bidi controls and line separators written as `\\uXXXX`."""
    # A report mostly holds none: an ASCII text (a flag of the string) none but DEL, and a
    # `str.find` for each of them costs a third of the regex's step through the text.
    if "\x7f" not in text and (text.isascii() or not any(map(text.__contains__, _JSON_CHARS))):
        return text
    return _JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# Each character `_JSON` matches.
_JSON_CHARS = tuple(c for c in map(chr, range(0x7F, 0x206A)) if _JSON.match(c))
