"""The party and name tokens read from the word tokens are the ones their own patterns give."""

from __future__ import annotations

import random

from factcheck.resolve.context import (
    _NAME_WORD,
    _PARTY_WORD,
    _name_tokens,
    _party_tokens,
    _tokens,
)
from tests.conftest import REPO

_PIECES = ["Labour", "-held", "pro-", "Tory", "W.", " ", "  ", "&", "A.B. ", "O'Brien", "x-2b"]
_PIECES += ["Sinn-Féin", "×y", "’s", "--", "-’x", "ł-ab", "_-a", "J.\n", "Z.", "9", "-", "é"]


def _texts():
    for path in sorted((REPO / "tests" / "data" / "articles").glob("*.md"))[::4]:
        yield path.read_text(encoding="utf-8")
    rng = random.Random(11)
    for _ in range(2000):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))


def test_party_and_name_tokens_match_their_patterns():
    for text in _texts():
        words = _tokens(text)
        assert _party_tokens(text, words) == _tokens(text, _PARTY_WORD), text
        assert _name_tokens(text, words) == _tokens(text, _NAME_WORD), text
