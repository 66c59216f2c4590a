"""Patterns tried only where a match may begin find what `finditer` finds."""

from __future__ import annotations

import re

import pytest

from factcheck.kinds import base

_TEXTS = [
    "- 1,425: the Lib Dem majority\n- 12,404: Carswell's majority over Labour",
    "Intro line\n  * **21,113**: votes for Carswell\n3. 59.6% - turnout\n",
    "no list here at all, 1,234 votes",
    "\n\n- 7: a majority\n- 8: a majority",
    "Conservative - 365\nLabour - 202\n\nLib Dem: 11 seats\n",
]


@pytest.mark.parametrize(
    ("source", "flags", "begins"),
    [
        (base.FIGURE_FIRST.format(number=base.NUM_DIGITS) + r"\w+", re.I, base.LINE_STARTS),
        (r"^\s*[-*]?\s*\d[\d,]*", re.I, base.TEXT_START),
        (r"\b\d[\d,]*", re.I, base.ANYWHERE),
    ],
)
def test_matches_begin_where_the_pattern_says(source: str, flags: int, begins: int) -> None:
    pattern = base.pattern(source, "votes", flags)
    assert pattern.begins == begins
    for text in _TEXTS:
        found = [m.span() for m in base._matches(pattern.regex, text, pattern.begins)]
        assert found == [m.span() for m in pattern.regex.finditer(text)]


def test_line_start_matches_under_multiline() -> None:
    row = re.compile(r"^(?P<label>[A-Z][\w ]*?)[ \t]*[-:][ \t]*(?P<n>\d{1,3})", re.M)
    for text in _TEXTS:
        found = [m.span() for m in base.line_start_matches(row, text)]
        assert found == [m.span() for m in row.finditer(text)]


def test_capital_is_a_word_start() -> None:
    capital, bounded = re.compile(base.CAPITAL + r"\w*"), re.compile(r"\b[A-Z]\w*")
    for text in ["Labour's Ann", "McDonald X", "aB Cd", "A", "_Z 9Q Q"]:
        assert [m.span() for m in capital.finditer(text)] == [
            m.span() for m in bounded.finditer(text)
        ]
