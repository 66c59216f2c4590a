"""A pattern skipped for lacking its words never had a match to give."""

from __future__ import annotations

import re

from factcheck.kinds import base
from factcheck.kinds.registry import ORDER
from factcheck.language.prefilter import may_match, required
from factcheck.language.sentences import LazyPattern, split_sentences
from tests.conftest import REPO


def _claim_patterns() -> list[re.Pattern[str]]:
    found = []
    for kind in ORDER:
        for value in vars(kind).values():
            if isinstance(value, base.Pattern):
                found.append(value.regex)
            elif isinstance(value, list) and all(isinstance(p, base.Pattern) for p in value):
                found += [p.regex for p in value]
            elif isinstance(value, LazyPattern):
                found.append(re.compile(*value._args))
    return found


def test_every_match_in_the_test_articles_is_let_through():
    patterns = _claim_patterns()
    assert len(patterns) > 100
    skipped = 0
    for path in sorted((REPO / "tests" / "data" / "articles").glob("*.md"))[::3]:
        text = path.read_text(encoding="utf-8")
        for s in split_sentences(text):
            for pattern in patterns:
                if may_match(pattern, text, s.start, s.end):
                    continue
                skipped += 1
                assert pattern.search(text, s.start, s.end) is None, (pattern.pattern, s)
    assert skipped > 0  # the test has cases to check


def test_required_words_of_a_pattern():
    assert required(re.compile(r"\bmajority\s+of\s+\d+")) == {("majority", False)}
    assert required(re.compile(r"(?:turnout|swing) of", re.I)) == {
        ("turnout", True),
        ("swing", True),
    }
    assert required(re.compile(r"(?:won\s+)?\d+")) is None


def test_case_insensitive_words_are_found_in_any_form():
    pattern = re.compile(r"\bshare\s+of\b", re.I)
    for text in ("Her SHARE of", "her ſhare of", "her Share of"):
        assert pattern.search(text)
        assert may_match(pattern, text, 0, len(text))
    assert not may_match(pattern, "her shar of", 0, 11)
    assert not may_match(pattern, "share of", 1, 8)
