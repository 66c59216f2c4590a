"""A pattern skipped for lacking its words never had a match to give."""

from __future__ import annotations

import re

from factcheck.kinds import base
from factcheck.kinds.registry import ORDER
from factcheck.language.numbers import alternation
from factcheck.language.prefilter import guarded, may_match, required
from factcheck.language.sentences import LazyPattern, split_sentences
from tests.conftest import REPO


def _claim_patterns() -> list[re.Pattern[str]]:
    found = []
    for kind in ORDER:
        for value in vars(kind).values():
            if isinstance(value, base.Pattern):
                found.append(re.compile(value.source, value.flags))
            elif isinstance(value, list) and all(isinstance(p, base.Pattern) for p in value):
                found += [re.compile(p.source, p.flags) for p in value]
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


def test_a_requirement_of_many_words_is_told_as_word_by_word():
    from factcheck.language import prefilter

    patterns = [p for p in _claim_patterns() if len(required(p) or ()) >= 4]
    assert patterns  # (the automaton's path is taken)
    for path in sorted((REPO / "tests" / "data" / "articles").glob("*.md"))[1::5]:
        text = path.read_text(encoding="utf-8")
        for s in split_sentences(text):
            for lo, hi in ((s.start, s.end), (s.start + 3, s.end - 2), (s.start, s.start + 40)):
                for pattern in patterns:
                    want = prefilter._holds(text, required(pattern), lo, hi)
                    assert may_match(pattern, text, lo, hi) == want, (pattern.pattern, lo, hi)


def test_required_words_of_a_pattern():
    assert required(re.compile(r"\bmajority\s+of\s+\d+")) == {("majority", False)}
    # Literal text with alternatives in it is read as the phrases it spells.
    assert required(re.compile(r"(?:turnout|swing) of", re.I)) == {
        ("turnout of", True),
        ("swing of", True),
    }
    # A word list written as a trie ("ma(?:jority|rgin)") needs its whole words.
    assert required(re.compile(rf"\b(?:{alternation(['majority', 'margin'])})\b")) == {
        ("majority", False),
        ("margin", False),
    }
    assert required(re.compile(r"(?:won\s+)?\d+")) is None


def test_case_insensitive_words_are_found_in_any_form():
    pattern = re.compile(r"\bshare\s+of\b", re.I)
    for text in ("Her SHARE of", "her ſhare of", "her Share of"):
        assert pattern.search(text)
        assert may_match(pattern, text, 0, len(text))
    assert not may_match(pattern, "her shar of", 0, 11)
    assert not may_match(pattern, "share of", 1, 8)


def test_a_guarded_pattern_finds_the_same_matches():
    patterns = _claim_patterns()
    guards = [re.compile(guarded(p.pattern, p.flags), p.flags) for p in patterns]
    assert sum(g.pattern != p.pattern for g, p in zip(guards, patterns, strict=True)) > 50
    for path in sorted((REPO / "tests" / "data" / "articles").glob("*.md"))[::4]:
        text = path.read_text(encoding="utf-8")
        for pattern, guard in zip(patterns, guards, strict=True):
            want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in guard.finditer(text)] == want, pattern


def test_the_number_grammar_guarded_finds_the_same_numbers():
    from factcheck.language import numbers

    plain = re.compile(numbers._GRAMMAR_SOURCE, re.I)
    assert numbers._GRAMMAR.pattern != plain.pattern
    for path in sorted((REPO / "tests" / "data" / "articles").glob("*.md"))[::2]:
        text = path.read_text(encoding="utf-8")
        want = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in numbers._GRAMMAR.finditer(text)] == want


def test_a_guard_reads_case_classes_and_flags():
    assert guarded(r"(?:about|over) \d", re.I) == r"(?=[AOao])(?:(?:about|over) \d)"
    assert guarded(r"\d+%") == r"(?=[\d])(?:\d+%)"
    # A part that folds case folds its letters in the test too.
    assert guarded(r"(?i:x)y|z") == r"(?i:(?=[Xxz]))(?:(?i:x)y|z)"
    # The matcher finds case-sensitive text and classes at the start by itself.
    assert guarded(r"majority (?:of|by)") == r"majority (?:of|by)"
    assert guarded(r"[Mm]ajority") == r"[Mm]ajority"
    # "\b" before a letter: that letter is looked for only where a word starts.
    assert guarded(r"(?i)\bvote|poll") == r"(?i)(?=[Pp]|\b[Vv])(?:\bvote|poll)"
    # A match that may be empty, or begin with any character, gets no guard.
    for source in (r"a?", r"[^x]y", r".b", r"(a)\1"):
        assert guarded(source) == source
    # "ſ" is an "s" to a case-insensitive pattern: the guard says so too.
    assert re.compile(guarded(r"(?i:share)")).match("ſhare")
