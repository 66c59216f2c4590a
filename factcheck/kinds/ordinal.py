"""What the ordinal-count kinds share: an ordinal's pattern and value, and a claim for it.

"seventh", "twenty-first", "7th", "third-placed": the group every pattern names `n`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.claims import Claim, Qualifier, Quantity
from factcheck.kinds.base import sentences_holding
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.scan import ascii_fold
from factcheck.language.sentences import Sentence, lazy_compile

# "In the council elections, 40 candidates stood": a count or place in another contest.
_OTHER_CONTEST = lazy_compile(rf"\b(?:{alternation(lx.OTHER_CONTESTS)})\b", re.I)


def in_other_contest(claim: Claim, text: str) -> bool:
    """Whether the claim's sentence speaks of another kind of contest (council, mayor...)."""
    return _OTHER_CONTEST.search(text[claim.sentence_start : claim.sentence_end]) is not None


_TENS = alternation(k for k, v in lx.CARDINALS.items() if v >= 20)
ORDINAL = (
    rf"(?P<n>\b(?:(?:{_TENS})-)?(?:{alternation(lx.ORDINALS)})\b|"
    rf"\b\d{{1,3}}(?:{alternation(lx.ORDINAL_SUFFIXES)})\b)"
)
# A count in digits or words, for "15 candidates".
CARDINAL = rf"(?P<n>\b\d{{1,3}}\b|\b(?:(?:{_TENS})[\s-])?(?:{alternation(lx.CARDINALS)})\b)"

# The start of every ordinal (`ORDINAL`), or of every ordinal and count (`CARDINAL`): a
# digit or a number word, looked for case for case in the folded text, where a word in
# any case is lower-case. (Literal branches: the matcher scans for their first letters.)
_ORDINAL_START = re.compile(alternation([*"0123456789", *lx.ORDINALS]))
_COUNT_START = re.compile(alternation([*"0123456789", *lx.CARDINALS, *lx.ORDINALS]))


def sentences_with(
    text: str, sentences: Iterable[Sentence], counts: bool = False
) -> list[Sentence]:
    """The sentences that may hold an ordinal (or, with `counts`, an ordinal or a count):
    a pattern whose every match holds one need not be run over the others."""
    folded = ascii_fold(text)
    start = _COUNT_START if counts else _ORDINAL_START
    return [s for s in sentences if start.search(folded, s.start, s.end)]


def ordinal_value(text: str) -> int | None:
    """The value of "seventh", "twenty-first", "7th", "fifteen", "twenty one", "15"."""
    t = text.lower().strip()
    digits = re.match(r"\d+", t)
    if digits:
        return int(digits.group())
    total = 0
    for part in re.split(r"[\s-]+", t):
        value = lx.ORDINALS.get(part) or lx.CARDINALS.get(part)
        if value is None:
            return None
        total += value
    return total


def claims_from(
    kind: str, text: str, sentences: list[Sentence], regex: re.Pattern[str]
) -> list[Claim]:
    """One claim per match, its number the `n` group read as a count; other groups as cues."""
    claims: dict[tuple[int, int], Claim] = {}
    # (only the sentences holding a word the pattern needs)
    for s in sentences_holding(regex, text, sentences):
        for m in regex.finditer(text, s.start, s.end):
            value = ordinal_value(m.group("n"))
            if value is None:
                continue
            start, end = m.start("n"), m.end("n")
            q = Quantity(
                value=value, as_written=m.group("n"), unit="count", qualifier=Qualifier.EXACT
            )
            cues = {k: v for k, v in m.groupdict().items() if v and k != "n"}
            claims.setdefault(
                (start, end), Claim(kind, q, start, end, text[start:end], s.start, s.end, cues)
            )
    return list(claims.values())
