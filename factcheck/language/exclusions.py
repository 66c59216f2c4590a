"""Why a number is not an election result: dates, times, money, ages, people, polls, ...

Each test reads a bounded window around the mention (never the whole text again), so
disposing of every number stays linear in the text's length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from factcheck.claims import Claim, NumberMention
from factcheck.language import lexicon as lx
from factcheck.language.numbers import Mention, alternation
from factcheck.language.quantities import HEDGE
from factcheck.language.sentences import split_sentences
from factcheck.language.tables import Cover, poll_spans, unread_cell_spans

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
# "3,000 residents", "8,000 new voter registrations", "thousands of people".
_PEOPLE_AFTER = re.compile(
    rf"\s*(?:of\s+)?(?:[a-z-]+\s+){{0,2}}(?:{alternation(lx.PEOPLE_NOUNS)})\b", re.I
)
# The lower-case words after a number, up to a stop: the noun phrase it counts.
_NOUN_PHRASE = re.compile(r"(?:[ \t]+[a-z][a-z'’-]*){1,3}")
_RESULT_NOUNS = frozenset(lx.RESULT_NOUNS)
_PHRASE_STOPS = frozenset(lx.PHRASE_STOPS)
_PUNISHMENT = re.compile(rf"\b(?:{alternation(lx.PUNISHMENT_WORDS)})\b", re.I)
_SPAN_UNIT = re.compile(rf"[\s-](?:{alternation(lx.SPAN_UNITS)})$", re.I)
# "the fifth richest economy", "the second most marginal seat": a ranking and its noun.
_RANKING_AFTER = re.compile(
    rf"[ \t]+(?:(?:{alternation(lx.SUPERLATIVE_HEADS)})[ \t]+[a-z-]+|[a-z-]+est)[ \t]+([a-z-]+)"
)
_COUNT_STAGE_AFTER = re.compile(rf"[ \t]+(?:{alternation(lx.COUNT_STAGES)})\b", re.I)
# "behind by about 260 votes": a running gap during the count, not a result.
_RUNNING_GAP_BEFORE = re.compile(
    rf"\b(?:{alternation(lx.RUNNING_GAP_WORDS)})\s+by\s+(?:(?:{HEDGE})\s+)?$", re.I
)
# "Radio 4", "10 Downing Street", "the Second World War", "Yorkshire First": names.
_NAME_PREFIX_BEFORE = re.compile(rf"\b(?:{alternation(lx.NAME_PREFIXES)})\s*$", re.I)
_ADDRESS_AFTER = re.compile(
    rf"\s+(?:[A-Z][\w'’-]+\s+){{1,2}}(?:{alternation([w.title() for w in lx.STREET_NOUNS])})\b"
)
_CAPITAL_NEXT = re.compile(r"^[ \t]+[A-Z][\w'’-]*")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
# Ages by the words around them: "who turned 62", "voters under 25", "the former miner, 57,".
_AGE_VERB_BEFORE = re.compile(rf"\b(?:{alternation(lx.AGE_VERBS)})\s+$", re.I)
_AGE_GROUP_BEFORE = re.compile(
    rf"\b(?:{alternation(lx.AGE_GROUP_NOUNS)})\s+(?:{alternation(lx.AGE_GROUP_WORDS)})\s+$", re.I
)
_PERSON_BEFORE = re.compile(
    rf"\b(?:{alternation(lx.PERSON_NOUNS)}|[a-z]+(?:er|or|ist|ian))\s*,\s*$", re.I
)
# "the two-child limit", "a three-way contest": a number fused into a noun it qualifies.
_COMPOUND_AFTER = re.compile(r"-([a-z]+)\s+([a-z]+)")
# "a positive one": "one" standing for a noun said before.
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:a|an|the|this|that)\s+[a-z-]+\s+$", re.I)
_PRONOUN_ONE_AFTER = re.compile(r"\s*(?:[,.;:!?\"”’)]|and\b|but\b|$)")
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
_AGO_AFTER = re.compile(rf"(?:[\s-]+(?:{alternation(lx.AGO_UNITS)}))?\s+ago\b", re.I)
_AGO_UNIT = re.compile(rf"\s(?:{alternation(lx.AGO_UNITS)})$", re.I)
_PETITION = re.compile(rf"\b(?:{alternation(lx.PETITION_WORDS)})\b", re.I)
_SHARE_OF_PEOPLE_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:voters|electors|constituents|residents)\b"
)
# "a third runway at Heathrow": an ordinal, one lower-case noun, then a stop.
_ORDINAL_NOUN_AFTER = re.compile(
    r"[ \t]+([a-z]+)(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:at|in|on|for|of|to|from|with|and)\b)"
)
_ORDINAL_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|our|my)\s+$", re.I)


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
    polls = Cover(poll_spans(text))
    # Cells of a table with one row per seat in a column whose header names no measure.
    other_columns = Cover(unread_cell_spans(text))
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
        if reason is None and polls.holds(mention.start):
            reason = "poll"
        if reason is None and other_columns.holds(mention.start):
            reason = "other_column"
        if reason is None and _anchors(text, mention, spans[c] if c < len(spans) else None, hi):
            reason = "part_of_claim"
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


def _anchors(text: str, mention: Mention, following: Claim | None, sentence_end: int) -> bool:
    """Whether the mention is the "first" of a history claim whose figure follows it in its
    clause: "the first time in almost 90 years", "its first gain since Corby in 2012"."""
    if following is None or following.start >= sentence_end:
        return False
    if mention.text.lower() not in lx.CLAIM_HEAD_WORDS or following.kind not in lx.HISTORY_KINDS:
        return False
    between = text[mention.end : following.start]
    return len(between) <= 80 and not re.search(r"[.;:!?]", between)


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
    if (_AGO_UNIT.search(m.text) or m.form in ("digits", "word")) and _AGO_AFTER.match(after):
        return "date"  # "two years ago": a time reference
    if m.form in ("year", "decade"):
        if _SINCE.search(before) and _OTHER_CONTEST.search(before + " " + after):
            return "other_contest"  # "a councillor for the ward since 1983"
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
    if aged and (
        _AGE_VERB_BEFORE.search(before)
        or _AGE_GROUP_BEFORE.search(before)
        or (after.startswith(",") and _PERSON_BEFORE.search(before))
    ):
        return "age"
    if m.form == "digits" and _blank(text, line_start, m.start) and _LIST_AFTER.match(after):
        return "list"
    if _in_idiom(text, m):
        return "idiom"
    if _NEGATED.search(before[-30:]) and not _HEDGE.search(before[-30:]):
        return "negated"
    if m.form == "percent" and _SHARE_OF_PEOPLE_AFTER.match(after):
        rest = text[m.end : min(sentence_end, m.end + 100)]
        if _PETITION.search(rest):
            return "petition"  # "nearly 20% of voters signed a recall petition"
    if _PEOPLE_AFTER.match(after):
        return "people"
    named = _name(text, m, before, after)
    if named is not None:
        return named
    frame = _frame(text, m, before, after)
    if frame is not None:
        return frame
    window = before + " " + after
    if _POLL.search(_VOTING.sub(" ", window)):
        return "poll"
    if _OTHER_CONTEST.search(window):
        return "other_contest"
    return None


def _blank(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all whitespace, read back from `end` only as far as it
    is (the span may run back to the start of a long text)."""
    at = end
    while at > start and text[at - 1].isspace():
        at -= 1
    return at <= start


def _in_idiom(text: str, m: Mention) -> bool:
    """Whether the mention is part of a phrase such as "no one" or "one of"."""
    lo = max(0, m.start - 20)
    window = text[lo : m.end + 20]
    return any(lo + i.start() < m.end and m.start < lo + i.end() for i in _IDIOM.finditer(window))


def _frame(text: str, m: Mention, before: str, after: str) -> str | None:
    """A reason read from what the number counts or hangs on, if it is not a result."""
    if m.form == "word" and m.value is None:
        return "vague_amount"  # "millions of voters"
    if _SPAN_UNIT.search(m.text) or re.match(r"-(?:day|week|month|year)\b", after):
        # "an 18-month jail sentence", "jailed for three months"
        return "sentence" if _PUNISHMENT.search(before[-40:] + " " + after[:30]) else None
    if m.form == "ordinal":
        if _COUNT_STAGE_AFTER.match(after):
            return "count_stage"  # "after the first count"
        ranked = _RANKING_AFTER.match(after)
        noun = ranked.group(1).lower() if ranked else ""
        if noun and noun not in _RESULT_NOUNS and noun not in _PHRASE_STOPS:
            return "ranking"  # "the fifth richest economy"
        single = _ORDINAL_NOUN_AFTER.match(after)
        if single and _ORDINAL_ARTICLE_BEFORE.search(before) and _other_thing(single.group(1)):
            return "ranking"  # "a third runway at Heathrow"
        return None
    if _RUNNING_GAP_BEFORE.search(before):
        return "running_gap"
    if m.text.lower() == "one" and _PRONOUN_ONE_BEFORE.search(before):
        return "pronoun" if _PRONOUN_ONE_AFTER.match(after) else None
    compound = _COMPOUND_AFTER.match(after)
    if (
        compound
        and m.form in ("digits", "word")
        and not ({compound.group(1), compound.group(2)} & _RESULT_NOUNS)
    ):
        return "compound"  # "the two-child limit", "a three-way contest"
    if m.form in ("digits", "word") and m.value is not None:
        counted = _counted_noun(after)
        if counted is not None:
            return "counts_other"  # "four daughters", "the 32 boroughs"
    return None


def _other_thing(noun: str) -> bool:
    """Whether an ordinal's one noun ranks something other than an election record."""
    return not (
        noun.endswith("est")  # "the third largest at a by-election": a record, elided noun
        or noun in _RESULT_NOUNS
        or noun in _PHRASE_STOPS
        or noun in lx.ORDINAL_RECORD_NOUNS
        or noun.lower() in {p.lower() for p in lx.PERSON_NOUNS}
    )


def _counted_noun(after: str) -> str | None:
    """The plural noun a number counts, when it is not one a result is counted in.

    Reads the lower-case words straight after the number up to a stop word: "four
    daughters", "8,000 new voter registrations", "two major parties". A phrase holding
    any result noun ("votes", "seats", "years") is left alone.
    """
    phrase = _NOUN_PHRASE.match(after)
    if phrase is None:
        return None
    words = []
    for w in phrase.group().split():
        if w in _PHRASE_STOPS:
            break
        words.append(w)
    if not words or any(w in _RESULT_NOUNS for w in words):
        return None
    head = words[-1]
    if not head.endswith("s") or head.endswith(("ss", "us", "is")):
        return None
    return head


@lru_cache(maxsize=4)
def _lines(text: str) -> tuple[list[int], dict[tuple[int, int], bool]]:
    """The text's line breaks, and a memo of the lines already read (per text)."""
    return [m.start() for m in re.finditer("\n", text)], {}


def _title_case_line(text: str, m: Mention) -> bool:
    """Whether most words of the line(s) holding the mention are capitalised (a headline's
    title case); each line read once, its ends found by binary search over the breaks."""
    breaks, memo = _lines(text)
    i = bisect.bisect_left(breaks, m.start)
    line_start = breaks[i - 1] + 1 if i else 0
    j = bisect.bisect_left(breaks, m.end)
    line_end = breaks[j] if j < len(breaks) else len(text)
    key = (line_start, line_end)
    if key not in memo:
        words = re.findall(r"[A-Za-z][\w'’-]*", text[line_start:line_end])
        memo[key] = bool(words) and sum(w[:1].isupper() for w in words) > len(words) / 2
    return memo[key]


def _name(text: str, m: Mention, before: str, after: str) -> str | None:
    """Whether the number is part of a name or an address, not a quantity."""
    if _NAME_PREFIX_BEFORE.search(before) and m.form == "digits":
        return "name"  # "Radio 4", "Article 50"
    if m.form == "digits" and _ADDRESS_AFTER.match(after):
        return "address"  # "10 Downing Street"
    # A capitalised number word inside a run of capitalised words, mid-sentence: "the
    # Second World War", "Yorkshire First", "One Leicester" (not a headline's title case).
    if m.form in ("word", "ordinal") and m.text[:1].isupper() and not m.text.isupper():
        title_case = _title_case_line(text, m)
        at_start = re.search(r"(?:^|[.!?:\"“‘'(]\s*|\n)$", text[max(0, m.start - 3) : m.start])
        if (
            not title_case
            and not at_start
            and (_CAPITAL_NEXT.match(after) or _CAPITAL_BEFORE.search(before))
        ):
            return "name"
    return None
