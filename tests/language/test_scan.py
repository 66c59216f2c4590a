"""Window questions answered from one pass over the text give what a scan of the window gives."""

from __future__ import annotations

import random
import re

from factcheck.language.scan import (
    Scan,
    ascii_exact,
    ascii_exact_pattern,
    ascii_fold,
    last_tokens_start,
    tail_start,
)

_CLAUSE = re.compile(r",(?!\d)|;|\s[-–—]\s|\bwhile\b|\bwhereas\b|\bbut\b")
_PIECES = ["X", "polled", "1,234", ",", ", ", ";", " - ", " - - ", "while", "whereas", "but"]
_PIECES += ["butter", "awhile", " ", " ", "7", "\n", "votes", "–", " — "]


def _texts(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60)))


def test_last_breaks_before_any_offset_match_a_scan_of_the_window():
    for text in _texts(1, 300):
        found = Scan(_CLAUSE, text, reach=8)
        for lo in range(0, len(text) + 1, 3):
            for end in range(lo, len(text) + 1, 2):
                want = [m.span() for m in _CLAUSE.finditer(text, lo, end)][-2:]
                assert [m.span() for m in found.last(lo, end, 2)] == want, (text, lo, end)


def test_first_break_from_any_offset_matches_a_search_of_the_window():
    for text in _texts(2, 300):
        found = Scan(_CLAUSE, text, reach=8)
        for at in range(len(text) + 1):
            for end in (at, len(text), max(at, len(text) - 4)):
                want = _CLAUSE.search(text, at, end)
                got = found.first(at, end)
                assert (got and got.span()) == (want and want.span()), (text, at, end)


def test_a_search_anchored_at_the_end_finds_the_same_match_from_the_tail():
    pattern = re.compile(r"\bfrom\s+(\d[\d,.]*)\s*(?:%|per\s?cent|votes?)?\s+to\s+$", re.I)
    rng = random.Random(3)
    words = ["from", "FROM", "12.5", "%", " ", "to", "votes", "up", ",", "per cent", "x"]
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(12))
        start = tail_start(text, 0, len(text), "0123456789,.%fromFROMpercntPERCNTvsiVSI")
        want = pattern.search(text)
        got = pattern.search(text, start)
        assert (got and got.span()) == (want and want.span()), text


def test_last_tokens_start_covers_the_last_words():
    text = "beaten   by  Sir  Keir Starmer  "
    assert text[last_tokens_start(text, 0, len(text), 3) :] == "Sir  Keir Starmer  "
    assert last_tokens_start(text, 0, len(text), 9) == 0


def test_folding_keeps_offsets_and_every_case_insensitive_match():
    text = "Turnout ROSE to 61%; the ſhare of the “Kelvin” vote, İnverness, ٣ seats"
    folded = ascii_fold(text)
    assert len(folded) == len(text) and folded.isascii()
    for word in ("turnout", "rose", "share", "kelvin", "inverness", "vote"):
        assert re.search(word, text, re.I)
        assert word in folded
    assert re.search(r"\d seats", folded)


def test_an_ascii_copy_of_a_pattern_matches_as_the_pattern_does_where_the_text_allows():
    patterns = [
        r"\bvotes?\b",
        r"(?<![\w.,])\d[\d,]*",
        r"[^\W\d_][\w'’-]*\s+\d+",
        r"\s+",
        r"(?i:majority|k\w+|s\w*)\S",
        r"[“\"]\w+[”\"]",
    ]
    pieces = [*_PIECES, "’", "“", "”", "…", "é", "É", "\xa0", "\x1c", "K", "ſ", "٣", "Majority"]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        if not ascii_exact(text):
            continue
        for source in patterns:
            assert ascii_exact_pattern(source)
            plain, copy = re.compile(source), re.compile(source, re.ASCII)
            want = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in copy.finditer(text)] == want, (source, text)
    assert ascii_exact("Labour’s “win” – 1,234…")
    assert not ascii_exact("Café 1,234")
    assert not ascii_exact("1,234\xa0votes")
    assert not ascii_exact("a\x1cb")
    assert not ascii_exact_pattern("(?i)ſ")
