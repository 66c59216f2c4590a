"""Why a number is not an election result: dates, times, money, ages, people, polls, ...

Each test reads a bounded window around the mention (never the whole text again), so
disposing of every number stays linear in the text's length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from factcheck.claims import Claim, NumberMention
from factcheck.language import lexicon as lx
from factcheck.language.numbers import Mention, alternation
from factcheck.language.sentences import split_sentences
from factcheck.language.tables import poll_spans

# How far either side of a number its frame words are looked for.
BEFORE = 80
AFTER = 40


_MONTH = rf"(?:{alternation(lx.MONTHS)})\b\.?"
_DAY_BEFORE_MONTH = re.compile(rf"\s*(?:of\s+)?{_MONTH}", re.I)
_MONTH_BEFORE_DAY = re.compile(rf"\b{_MONTH}\s*$", re.I)
_MONEY_AFTER = re.compile(rf"[\s-]*(?:{alternation(lx.MONEY_WORDS)})\b", re.I)
_TIME_AFTER = re.compile(rf"\s*(?:{alternation(lx.TIME_WORDS + lx.CLOCK_DURATIONS)})(?!\w)", re.I)
_READING_AFTER = re.compile(rf"\s*(?:{alternation(lx.READING_TIME)})\b", re.I)
_AGE_BEFORE = re.compile(rf"\b(?:{alternation(lx.AGE_BEFORE)})\s*$", re.I)
_AGE_AFTER = re.compile(rf"\s*(?:{alternation(lx.AGE_AFTER)})", re.I)
# "Jo Smith, 52, grew up ...": a number in commas straight after a name is an age.
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+,\s*$")
ADULT_AGES = (16, 110)
# "3,000 residents", "3,000 local residents", "thousands of people".
_PEOPLE_AFTER = re.compile(
    rf"\s*(?:of\s+)?(?:[a-z-]+\s+)?(?:{alternation(lx.PEOPLE_NOUNS)})\b", re.I
)
_POLL = re.compile(rf"\b(?:{alternation(lx.POLL_WORDS)})\b", re.I)
_VOTING = re.compile(rf"\b(?:{alternation(lx.VOTING_PHRASES)})\b", re.I)
_OTHER_CONTEST = re.compile(rf"\b(?:{alternation(lx.OTHER_CONTESTS)})\b", re.I)
# A denial within three words before the number ("not 13,748", "never more than 40%")...
_NEGATED = re.compile(
    rf"(?:\b(?:{alternation(lx.NEGATIONS)})|{lx.NEGATION_SUFFIX})\s+(?:[\w,-]+\s+){{0,2}}$", re.I
)
# ... unless the "no"/"not" is part of a hedge, which qualifies the number instead.
_HEDGE = re.compile(rf"\b(?:{alternation(lx.NEGATIVE_HEDGES)})\b", re.I)
_IDIOM = re.compile(rf"\b(?:{alternation(lx.IDIOMS)})\b", re.I)
_LIST_AFTER = re.compile(r"[.)]\s")
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def dispose(
    text: str,
    mentions: list[Mention],
    claims: list[Claim],
    ambiguous: Sequence[tuple[int, int]] = (),
) -> list[NumberMention]:
    """One disposition for every mention (and every ambiguous digit group), in text order."""
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    # Lists of polls, forecasts or dates (see tables.py): none of their figures is a result.
    polls = poll_spans(text)
    spans = sorted(claims, key=lambda c: c.start)
    out: list[NumberMention] = []
    counted: set[int] = set()  # indices in `spans` of claims some mention stands for
    c = 0
    for mention in mentions:
        # Claims and mentions are both in text order: one sweep finds each overlap.
        while c < len(spans) and spans[c].end <= mention.start:
            c += 1
        claim = spans[c] if c < len(spans) and spans[c].start < mention.end else None
        if claim is not None:
            counted.add(c)
            out.append(_record(mention, "claim", kind=claim.kind))
            continue
        i = bisect.bisect_right(starts, mention.start) - 1
        lo, hi = (sentences[i].start, sentences[i].end) if i >= 0 else (0, len(text))
        reason = exclusion(text, mention, lo, hi)
        if reason is None and any(a <= mention.start < b for a, b in polls):
            reason = "poll"
        if reason is None:
            out.append(_record(mention, "not_understood"))
        else:
            out.append(_record(mention, "not_a_result", reason=reason))
    for start, end in ambiguous:
        out.append(NumberMention(text[start:end], start, end, "not_understood"))
    # A claim read from words the grammar does not know still counts as a number checked.
    for k, claim in enumerate(spans):
        if k not in counted:
            out.append(NumberMention(claim.text, claim.start, claim.end, "claim", kind=claim.kind))
    return sorted(out, key=lambda n: (n.start, n.end))


def _record(
    m: Mention, disposition: str, *, kind: str | None = None, reason: str | None = None
) -> NumberMention:
    return NumberMention(m.text, m.start, m.end, disposition, kind=kind, reason=reason)


def exclusion(
    text: str,
    m: Mention,
    sentence_start: int = 0,
    sentence_end: int | None = None,
) -> str | None:
    """The reason a mention is not an election result, or None when none is known."""
    if sentence_end is None:
        sentence_end = len(text)
    before = text[max(sentence_start, m.start - BEFORE) : m.start]
    after = text[m.end : min(sentence_end, m.end + AFTER)]
    line_start = text.rfind("\n", max(0, m.start - BEFORE), m.start) + 1
    if m.form in ("url", "code"):
        return m.form
    if _READING_AFTER.match(after):
        return "reading_time"
    if m.form == "time" or (m.form in ("digits", "word") and _TIME_AFTER.match(after)):
        return "time"
    if m.form == "money" or before.endswith(lx.MONEY_SIGNS) or _MONEY_AFTER.match(after):
        return "money"
    if m.form in ("year", "decade"):
        # "held since 1935" is a history claim the extractors missed, not a date.
        return None if _SINCE.search(before) else "date"
    day = m.value is not None and m.form in ("digits", "ordinal") and 1 <= m.value <= 31
    if day and (_DAY_BEFORE_MONTH.match(after) or _MONTH_BEFORE_DAY.search(before)):
        return "date"
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after) or m.text.endswith("-old"):
        return "age"
    low, high = ADULT_AGES
    aged = m.form == "digits" and m.value is not None and low <= m.value <= high
    if aged and after.startswith(",") and _NAME_BEFORE.search(before):
        return "age"
    if m.form == "digits" and text[line_start : m.start].strip() == "" and _LIST_AFTER.match(after):
        return "list"
    if _in_idiom(text, m):
        return "idiom"
    if _NEGATED.search(before[-30:]) and not _HEDGE.search(before[-30:]):
        return "negated"
    if _PEOPLE_AFTER.match(after):
        return "people"
    window = before + " " + after
    if _POLL.search(_VOTING.sub(" ", window)):
        return "poll"
    if _OTHER_CONTEST.search(window):
        return "other_contest"
    return None


def _in_idiom(text: str, m: Mention) -> bool:
    """Whether the mention is part of a phrase such as "no one" or "one of"."""
    lo = max(0, m.start - 20)
    window = text[lo : m.end + 20]
    return any(lo + i.start() < m.end and m.start < lo + i.end() for i in _IDIOM.finditer(window))
