"""What every claim kind shares: pattern fragments, claim building, finding helpers."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from operator import is_
from re import _parser  # type: ignore[attr-defined]

from factcheck.claims import Claim, Evidence, Finding, Reading, Verdict
from factcheck.judge import judge
from factcheck.language import lexicon as lx
from factcheck.language.numbers import AND_A_HALF_SCALE, alternation
from factcheck.language.numbers import find_numbers as find_mentions
from factcheck.language.prefilter import SpanIndex, guarded, in_lowered, leading, span_starts
from factcheck.language.quantities import (
    DIGITS,
    HEDGE,
    HEDGE_FIRST_LETTERS,
    WORDS,
    NumberToken,
    find_numbers,
    make_quantity,
)
from factcheck.language.scan import ascii_exact, ascii_exact_pattern, ascii_fold
from factcheck.language.sentences import Sentence, lazy_compile
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext, Mention

# A number in digits or a word, with "-odd" allowed: the group every pattern names `n`.
# A number never starts or ends inside another: "875" is not read as "75", nor "21.3" as "21".
NUM = rf"(?<![\d,.])(?P<n>(?:{DIGITS}|\b{WORDS}\b)(?:-odd)?)(?![\d]|[.,]\d)"
# Digits only, for percentages and vote counts, which are not written in words: a much
# smaller pattern to compile.
NUM_DIGITS = rf"(?<![\d,.])(?P<n>{DIGITS})(?![\d]|[.,]\d)"
# Any character within a clause: no sentence or clause stop, but decimal points are fine.
CLAUSE = r"(?:[^.;]|(?<=\d)\.(?=\d))"
YEAR = r"(?P<n>(?:1[89]|20)\d\d)"
# A year, or a decade written "the 1930s" (the `decade` group is then set).
YEAR_OR_DECADE = r"(?P<n>(?:1[89]|20)\d\d)(?:(?<=0)(?P<decade>['’]?s))?\b"
# `\b[A-Z]`, a capital beginning a word, written capital first: a case-sensitive pattern
# starting so is scanned for capitals, where one starting "\b" is tried at every place.
# (The same matches: a word begins at a capital when no word character comes before it.)
CAPITAL = r"[A-Z](?<!\w[A-Z])"
# A hedge may sit between a cue and the number: "by more than 8%". (A hedge before a
# pattern's number needs no place in it: `make_quantity` reads the words before the number.)
# "by just 0.5 points", "by only 617", "by exactly 6,500", "by a slender 1,052 votes":
# emphasis that leaves the figure exact.
_EMPHASIS_WORDS = (
    "just", "only", "merely", "a mere", "exactly", "precisely", "a slender", "a narrow",
    "a slim", "a wafer-thin", "a razor-thin", "a tiny", "a paltry", "a meagre", "a measly",
    "a whopping", "a thumping", "a stonking", "a handsome", "a healthy", "a comfortable",
    "a crushing", "a massive", "a huge",
)  # fmt: skip
EMPHASIS = "(?:" + alternation(_EMPHASIS_WORDS).replace(r"\ ", r"\s+") + ")"
_EMPHASIS_FIRST_LETTERS = "".join(sorted({w[0] for w in _EMPHASIS_WORDS}))
# (A hedge begins a word, with one of a few letters: tested first, as most places fail it.)
HEDGED = (
    rf"(?:\b(?=[{HEDGE_FIRST_LETTERS}{_EMPHASIS_FIRST_LETTERS}])"
    rf"(?:(?:{HEDGE})\s+(?:a\s+)?|{EMPHASIS}\s+))?"
)
PERCENT = r"(?P<unit>\s?%|\s*per\s?cent\b|\s*percentage[- ]points?\b|\s*points?\b|\s*pts?\b)"
YEARS = r"(?P<unit>[\s-]+years?\b)"
# A fact-box item opening on its figure, what it measures after a colon or dash: "- 1,425:
# the Lib Dem majority", "- **21,113**: votes for Carswell", "59.6% - turnout". `FIGURE_FIRST
# .format(number=...)` is the pattern's start; a kind adds the noun the item names.
FIGURE_FIRST = (
    r"(?:^|(?<=\n))[ \t]*(?:[-*•]|\d{{1,2}}[.)])?[ \t]*\**{number}\**[ \t]*[:–—-][ \t]+"
    r"(?:the[ \t]+)?"
)


@dataclass(frozen=True)
class Pattern:
    """A regex with a named group `n` for the number, and the unit it is read in.

    Compiled on first use: start-up pays only for the kinds an article needs.
    """

    source: str
    unit: str
    flags: int = re.I
    cues: Callable[[re.Match[str]], dict[str, str]] | None = None
    # Lower-case words one of which a text must contain for the pattern to match at all.
    needs: tuple[str, ...] = ()
    # The figure is itself a gap between two results ("7,247 more votes than X"): the
    # comparative words that make other kinds pass a number by are this pattern's frame.
    comparative: bool = False
    # Whether the figure may count people ("21,733 people voted" is the votes cast).
    people: bool = False

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(guarded(self.source, self.flags), self.flags)

    @cached_property
    def ascii_regex(self) -> re.Pattern[str]:
        """`regex` compiled with re.ASCII, for a text `scan.ascii_exact` passes: the same
        matches, found with ASCII tests of \\w, \\d, \\s and case (table look-ups where the
        Unicode ones call a function for each character tried). `regex` itself when the
        source may not be so compiled."""
        if not ascii_exact_pattern(self.source):
            return self.regex
        try:
            return re.compile(guarded(self.source, self.flags), self.flags | re.ASCII)
        except re.error:  # (a Unicode flag of its own)
            return self.regex

    @cached_property
    def begins(self) -> int:
        """Where a match may begin (`ANYWHERE`, `TEXT_START`, `LINE_STARTS`)."""
        return _where_matches_begin(self.source, self.flags)


# Where a pattern's matches may begin, read from its start: anywhere; only where the text
# begins ("^"); or where the text or a line begins (`FIGURE_FIRST`'s "(?:^|(?<=\n))").
ANYWHERE, TEXT_START, LINE_STARTS = 0, 1, 2
_BEGINS = {
    "(AT, AT_BEGINNING)": TEXT_START,
    "(BRANCH, (None, [[(AT, AT_BEGINNING)], [(ASSERT, (-1, [(LITERAL, 10)]))]]))": LINE_STARTS,
}


def _where_matches_begin(source: str, flags: int) -> int:
    try:
        tree = _parser.parse(source, flags)
    except Exception:  # a pattern this reader does not follow: anywhere
        return ANYWHERE
    # ("^" begins only the text without MULTILINE; an empty match would need finditer's
    # own rules for the place after it)
    if not tree.data or tree.state.flags & re.MULTILINE or tree.getwidth()[0] == 0:
        return ANYWHERE
    return _BEGINS.get(repr(tree.data[0]), ANYWHERE)


def line_start_matches(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)` for a pattern whose every match begins a line ("^" under
    MULTILINE) and holds a character: tried at each line's start alone."""
    return _matches_at_starts(regex, text, LINE_STARTS)


def _matches(regex: re.Pattern[str], text: str, begins: int) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)`, for a pattern whose matches begin where `begins` says: one
    that begins only where the text or a line does is tried there alone, not at every
    character (the matcher has no quick way to find those places)."""
    if begins == ANYWHERE:
        return regex.finditer(text)
    return _matches_at_starts(regex, text, begins)


def _matches_at_starts(regex: re.Pattern[str], text: str, begins: int) -> Iterator[re.Match[str]]:
    """The matches found by trying `regex` where the text begins (and, for `LINE_STARTS`,
    after each line break), each at or after the end of the one before: what finditer
    finds when no match can begin elsewhere nor be empty."""
    at, free = 0, 0  # (a match begins at or after the end of the one before)
    while True:
        if at >= free:
            m = regex.match(text, at)
            if m is not None:
                yield m
                free = m.end()
        if begins != LINE_STARTS:
            return
        at = text.find("\n", at) + 1
        if at == 0:
            return


def pattern(
    regex: str,
    unit: str,
    flags: int = re.I,
    cues=None,
    needs: tuple[str, ...] = (),
    comparative: bool = False,
    people: bool = False,
) -> Pattern:
    return Pattern(regex, unit, flags, cues, needs, comparative, people)


def claims_from_patterns(
    kind: str, text: str, sentences: Iterable[Sentence], patterns: list[Pattern]
) -> list[Claim]:
    """Claims for every match of the kind's patterns, one per number span."""
    read = _sentences_read(text, sentences)
    if not read.live:
        return []
    all_sentences, live = read.sentences, read.live
    found: list[tuple[int, int, int, Claim]] = []
    for k, p in enumerate(patterns):
        # A pattern whose cue words are absent is not compiled, let alone run.
        if p.needs and not any(map(read.holds_word, p.needs)):
            continue
        regex = p.regex
        # Where a match may begin, when every match begins with one of a few words: the
        # matcher is tried there alone rather than at every character of the sentence.
        places = read.places(regex) if p.begins == ANYWHERE else None
        # (what the words are read from is `regex`; the matching, the same in ASCII)
        run = p.ascii_regex if read.ascii else regex
        # (a sentence lacking a word every match needs is not read)
        for j in read.spans_for(regex):
            i = live[j]
            s = all_sentences[i]
            sentence = text[s.start : s.end]
            if places is None:
                matches = _matches(run, sentence, p.begins)
            else:
                lo, hi = bisect_left(places, s.start), bisect_left(places, s.end)
                matches = _matches_at(run, sentence, places[lo:hi], s.start)
            for seq, m in enumerate(matches):
                claim = claim_from_match(kind, text, s, m, p)
                if claim is not None:
                    found.append((i, k, seq, claim))
    # In the order of a pass sentence by sentence, pattern by pattern: the first claim
    # for a span is kept.
    found.sort(key=lambda f: f[:3])
    claims: dict[tuple[int, int], Claim] = {}
    for _, _, _, claim in found:
        claims.setdefault((claim.start, claim.end), claim)
    return list(claims.values())


def _matches_at(
    regex: re.Pattern[str], text: str, starts: list[int], offset: int
) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)` for a pattern whose every match begins at one of `starts`
    (offsets in the whole text, `offset` being where `text` begins there) and holds a
    character: tried at those places alone, each at or after the end of the match
    before, as finditer would find them."""
    free = 0
    for at in starts:
        at -= offset
        if at >= free:
            m = regex.match(text, at)
            if m is not None:
                yield m
                free = m.end()


class _SentencesRead:
    """What the patterns of every kind ask of one text's sentences, gathered once: the
    sentences holding the start of a number (a claim's figure starts with one, so only
    those are read at all), their text lower-cased, and which of them hold a pattern's
    words."""

    __slots__ = (
        "_held",
        "_in_text",
        "_live_sentences",
        "ascii",
        "live",
        "lowered",
        "numbered_only",
        "places",
        "sentences",
        "spans_for",
        "text",
    )

    def __init__(self, text: str, sentences: tuple[Sentence, ...], numbered_only: bool) -> None:
        self.text = text
        self.sentences = sentences
        self.numbered_only = numbered_only
        # Whether the patterns may run as their ASCII copies (`Pattern.ascii_regex`).
        self.ascii = ascii_exact(text)
        if numbered_only:
            numbered = _numbers_in(text)
            self.live = [i for i, s in enumerate(sentences) if numbered(s.start, s.end)]
        else:  # (every sentence)
            self.live = list(range(len(sentences)))
        spans = self._live_sentences = [sentences[i] for i in self.live]
        # (what the patterns' `needs` are looked for in, made when first asked: only
        # claims_from_patterns asks)
        self.lowered: str | None = None if numbered_only else ""
        # Whether the sentences hold a word, asked of many patterns: a word absent from
        # the whole text (known from the one pass that finds every pattern's words) is
        # absent from them, and the answer for each word is kept.
        self._in_text = partial(in_lowered, text) if text.isascii() else None
        self._held: dict[str, bool] = {}
        starts = span_starts(spans)
        if starts is None:  # (overlapping sentences: each is read, at every character)
            every = list(range(len(spans)))
            self.spans_for = lambda _regex: every
            self.places = lambda _regex: None
        else:
            index = SpanIndex(text, spans, starts)
            self.spans_for = index.spans_for

            def places(regex: re.Pattern[str]) -> list[int] | None:
                """Where in the text a match of `regex` may begin, or None: anywhere."""
                lead = leading(regex)
                return None if lead is None else index.places(lead)

            self.places = places

    def holds_word(self, word: str) -> bool:
        """Whether the lower-cased sentences read hold `word` (lower-case)."""
        held = self._held.get(word)
        if held is None:
            held = self._in_text is None or self._in_text(word)
            if held:
                if self.lowered is None:
                    text = self.text
                    self.lowered = "".join(text[s.start : s.end] for s in self._live_sentences)
                    self.lowered = self.lowered.lower()
                held = word in self.lowered
            self._held[word] = held
        return held


def sentences_holding(pattern: re.Pattern[str], text: str, sentences: list[Sentence]):
    """The sentences within which `pattern` may match (`prefilter.sentences_for`), from
    an index of the sentences made once per text and list of sentences, not per call."""
    read = _sentences_read(text, sentences, numbered_only=False)
    return [read.sentences[i] for i in read.spans_for(pattern)]


# The last few, newest first: every kind asks about the same sentences of a text (and a
# few about a subset, or about the text with some spans masked).
_READ: list[_SentencesRead] = []


def _sentences_read(
    text: str, sentences: Iterable[Sentence], numbered_only: bool = True
) -> _SentencesRead:
    """The `_SentencesRead` of these sentences of `text`, kept for the last few (the same
    text object and the same sentence objects, in the same order, are the same set)."""
    listed = tuple(sentences)
    for read in _READ:
        if (
            read.text is text
            and read.numbered_only == numbered_only
            and len(read.sentences) == len(listed)
            and all(map(is_, read.sentences, listed))
        ):
            return read
    read = _SentencesRead(text, listed, numbered_only)
    _READ.insert(0, read)
    del _READ[8:]
    return read


# What every number word `find_numbers` reads starts with (it reads them in any case).
_NUMBER_WORD_STARTS = (
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "ten",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "a hundred",
    "a dozen",
)


@lru_cache(maxsize=8)
def _numbers_in(text: str):
    """A test of whether text[start:end] may hold the start of a number `find_numbers`
    reads: the digits and number words of the whole (folded) text are found once, and
    each span asks by binary search."""
    lowered = ascii_fold(text)
    found: list[tuple[int, int]] = []
    # (each digit by `str.find`: the folded text's digits are ASCII, and a scan for each of
    # ten characters costs a small part of a regex's step through every character)
    for word in (*"0123456789", *_NUMBER_WORD_STARTS):
        at = lowered.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = lowered.find(word, at + 1)
    found.sort()
    starts = [a for a, _ in found]

    def holds(start: int, end: int) -> bool:
        for i in range(bisect_left(starts, start), len(found)):
            a, b = found[i]
            if a >= end:
                return False
            if b <= end:
                return True
        return False

    return holds


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# A date ("23 February", "February 23"), an amount ("4 million", "£2bn"), a time ("10pm").
_DATE_AFTER = lazy_compile(rf"\s*(?:st|nd|rd|th)?\s+{_MONTHS}\b")
_DATE_BEFORE = lazy_compile(rf"\b{_MONTHS}\s+$")
_SCALE_AFTER = lazy_compile(r"\s*(?:million|m\b|bn\b|billion|thousand|k\b|am\b|pm\b)", re.I)
_MONEY_BEFORE = lazy_compile(r"[£$€]\s*$")
# Betting odds and fractions: "priced at 1/50", "11/4", "5-1 on".
_ODDS_AFTER = lazy_compile(r"/\d|-\d+\s+(?:on|against)\b|\s+on\b(?=\s+(?:favourites?|shot)\b)")
_ODDS_BEFORE = lazy_compile(r"\d/$")
# "1,591 more than the Tories", "9,974 votes behind": a gap between two others, not a result.
_COMPARATIVE_AFTER = lazy_compile(
    r"\s+(?:more\s+|extra\s+|fewer\s+)?(?:votes?\s+)?(?:(?:more|fewer|less|smaller|larger|bigger|"
    r"higher|lower|greater)\s+than|than|ahead\s+of|behind|short\s+of|further\s+back|back\b|clear\b|"
    r"adrift)\b",
    re.I,
)
# "13,296 people", "5,000 homes": counts of something other than votes.
_OTHER_NOUN_AFTER = lazy_compile(
    r"\s+(?:more\s+|new\s+|extra\s+)?(?:people|voters|residents|members|supporters|jobs|homes|houses|"
    r"pounds|miles|days|hours|weeks|months|councillors|signatures|volunteers|leaflets|doors|"
    r"households|children|patients|beds|staff|workers|families|calls|letters|emails|"
    r"(?:voter\s+)?registrations|applications)\b"
    # (the count's own mechanics, on the figure's line: "148 ballot papers rejected",
    # "27,000 postal votes issued"; not "Electorate: 72,788⏎Ballot papers issued: ...")
    rf"|[ \t]+(?:{alternation(lx.COUNT_MECHANICS_NOUNS)})\b",
    re.I,
)
# "a bundle of 100 votes for Ms Riches": part of a count sorted, not a result.
_PART_OF_COUNT_BEFORE = lazy_compile(rf"\b(?:{alternation(lx.COUNT_PART_NOUNS)})\s+of\s+$", re.I)


# "five years ago", "two months earlier": a time reference, not a figure ("the Tory
# majority five years ago was 4,307").
_AGO_AFTER = lazy_compile(
    rf"[\s-]+(?:{alternation(lx.AGO_UNITS)})\s+(?:{alternation(lx.AGO_WORDS)})\b", re.I
)
_YEARS_AFTER = lazy_compile(r"\s+(?:years?|decades?)\b", re.I)


# "behind by about 260 votes", "ahead by 1,000": a running gap, not a result.
_GAP_BEFORE = lazy_compile(
    rf"\b(?:{alternation(lx.RUNNING_GAP_WORDS)})\s+by\s+(?:(?:about|around|some|just|only|"
    r"roughly|nearly|almost)\s+)?$",
    re.I,
)


def not_a_result_figure(
    text: str,
    start: int,
    end: int,
    unit: str = "votes",
    comparative: bool = False,
    people: bool = False,
) -> bool:
    """Whether the number at text[start:end] is a date, a time or an amount, not a result."""
    after, before = text[end : end + 14], text[max(0, start - 12) : start]
    # A pattern that counts people ("21,733 people voted") reads that frame itself.
    other_noun = not people and _OTHER_NOUN_AFTER.match(after + text[end + 14 : end + 40])
    return bool(
        _DATE_AFTER.match(after)
        or _SCALE_AFTER.match(after)
        or _DATE_BEFORE.search(before)
        or _MONEY_BEFORE.search(before)
        or _ODDS_AFTER.match(after)
        or _ODDS_BEFORE.search(before)
        or _in_rising_range(text, start, end)
        or _PRICE_AT_BEFORE.search(text, max(0, start - 70), start)
        or other_noun
        or _PART_OF_COUNT_BEFORE.search(before)
        or _AGO_AFTER.match(text[end : end + 30])
        or is_ratio(text, start, end)
        # "his majority two years ago": a count of years is a time, not a vote count.
        or (unit == "votes" and _YEARS_AFTER.match(after) is not None)
        or (not comparative and _COMPARATIVE_AFTER.match(text[end : end + 30]))
        or (not comparative and _GAP_BEFORE.search(text[max(0, start - 30) : start]))
        or (
            unit in ("votes", "percent")  # a year claim ("since 1935") is the year itself
            and re.fullmatch(r"(?:19|20)\d\d", text[start:end]) is not None
            and re.search(r"\b(?:from|in|at|since|until|before|after|of)\s+$", before, re.I)
            is not None
        )
    )


# After "N times": what makes it a ratio of two figures ("won by four times that", "a
# majority more than five times as large"), not a count of times or a figure itself.
# A majority's noun and the verb or preposition that leads to its count: "majority in
# Bristol West was ", "majority had been ", "increased his majority to " (kinds majority
# and share read a share set after that count as the majority's).
MAJORITY_TO_COUNT = r"majority\b[^.;\d]{0,40}?\b(?:of|was|is|had\s+been|has\s+been|to|at|from)\s+"
# The first count and its share before the second: "majority fell from 5,622 (10.9%) to ".
MAJORITY_CHAIN = r"\d[\d,]*(?:\s+votes)?\s*\(\s*\d[\d.]*\s?%\s*\)\s+to\s+"
# A majority given as a share of the vote with no count: "a majority of 0.34 per cent of
# the vote", "won North West Cambridgeshire by 0.09 per cent of the vote". Below half
# (MAJORITY_SHARE_BELOW) "a majority of P%" cannot be a share of more than half the vote.
MAJORITY_PERCENT_LEAD = (
    r"(?:\bmajority\s+of\s+"
    r"|\b(?:won|held|took|kept|retained|carried|gained|captured|win|hold|take|keep|retain)\b"
    r"[^.;,\d]{0,60}?\bby\s+)"
    r"(?:just\s+|only\s+|a\s+mere\s+|barely\s+)?"
)
MAJORITY_SHARE_BELOW = 50.0
_MAJORITY_PERCENT_BEFORE = lazy_compile(MAJORITY_PERCENT_LEAD + "$", re.I)
_NOT_A_MARGIN_BETWEEN = lazy_compile(
    r"\b(?:share|vote|votes|swing|turnout|increas\w*|rais\w*|cut|fell|rose|up|down)\b", re.I
)


def majority_percent_lead(text: str, claim: Claim) -> bool | None:
    """Whether a percentage led by a majority's words ("a majority of", "won X by") is that
    majority as a share of the vote: True; led so but not one (a change's words between,
    or more than half: "a majority of 53.6 per cent" of the vote): False; not led so: None."""
    lead = _MAJORITY_PERCENT_BEFORE.search(
        text, max(claim.sentence_start, claim.start - 90), claim.start
    )
    if lead is None:
        return None
    return (
        not _NOT_A_MARGIN_BETWEEN.search(lead.group())
        and claim.quantity.value < MAJORITY_SHARE_BELOW
    )


_RATIO_AFTER = lazy_compile(
    r"\s+(?:that|this|those|his|hers?|theirs|its|as\s+(?:large|big|many|much|high|great)"
    r"|the\s+(?:size|number|votes?|majority|margin|lead|share)"
    r"|bigger|larger|greater|higher|more\s+than|over)\b",
    re.I,
)
_TIMES_AFTER = lazy_compile(r"\s*times\b", re.I)


def is_ratio(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a multiple of another figure."""
    if text[start:end].lower().endswith(("times", "twice")):
        at = end
    else:
        times = _TIMES_AFTER.match(text, end)
        if times is None:
            return False
        at = times.end()
    return _RATIO_AFTER.match(text, at) is not None


# A price set on a figure: "bought her majority at 6,000", "quoted Labour's seats at 410".
_PRICE_AT_BEFORE = lazy_compile(
    r"\b(?:bought|buy|buying|sold|sell|selling|quoted|priced|opened|made\s+up)\b"
    r"[^.;:\d]{0,50}?\bat\s+(?:just\s+|only\s+)?$",
    re.I,
)
_RANGE_NEXT = lazy_compile(r"[ \t]?[-–][ \t]?(\d[\d,]*(?:\.\d+)?)")
_RANGE_PREVIOUS = lazy_compile(r"(?<![\d,.])(\d[\d,]*(?:\.\d+)?)[ \t]?[-–][ \t]?$")


def _in_rising_range(text: str, start: int, end: int) -> bool:
    """Whether the number is an end of a range ("opened the majority at 5,000-6,000",
    "Labour seats 395-405"): an estimate or a price, not a result. A falling pair is a
    score ("won 25,572-25,385"), which may be one."""
    try:
        value = float(text[start:end].replace(",", ""))
    except ValueError:
        return False
    following = _RANGE_NEXT.match(text, end)
    if following and float(following.group(1).replace(",", "")) > value:
        return True
    previous = _RANGE_PREVIOUS.search(text, max(0, start - 16), start)
    return bool(previous and float(previous.group(1).replace(",", "")) < value)


def claim_from_match(
    kind: str, text: str, s: Sentence, m: re.Match[str], p: Pattern
) -> Claim | None:
    start, end = s.start + m.start("n"), s.start + m.end("n")
    if not_a_result_figure(text, start, end, p.unit, p.comparative, p.people):
        return None
    tokens = [t for t in find_numbers(text[start:end]) if t.start == 0]
    unit = p.unit
    groups = m.groupdict()
    if groups.get("decade"):
        unit = "decade"
    if not tokens:
        return None
    token = tokens[0]
    # (built field by field: `dataclasses.replace` reads the fields' list at each call)
    token = NumberToken(
        value=token.value,
        start=start,
        end=start + token.end,
        as_written=token.as_written,
        is_words=token.is_words,
        decimals=token.decimals,
        odd=token.odd,
    )
    if token.is_words or _WORD_NUMBER_BEFORE.search(text, max(s.start, start - 20), start):
        # "by just two hundred and fourteen votes", "three hundred and sixty votes": a
        # number in words runs on past the word the pattern matched, or began before it.
        whole = _whole_number_at(text, s, start)
        if whole is not None:
            token = whole
            start = whole.start
    half = AND_A_HALF_SCALE.match(text, token.end)
    if half is not None:
        # "by 2 and a half thousand": one figure, 2,500, said to the nearest 500
        scale = lx.SCALES[half.group("scale").lower()]
        token = NumberToken(
            (token.value + 0.5) * scale,
            token.start,
            half.end(),
            text[token.start : half.end()],
            token.is_words,
            0,
        )
    if (
        unit == "votes"
        and _DOTTED_THOUSANDS.fullmatch(token.as_written)
        and not _SCALE_AFTER.match(text, token.end)
    ):
        # "a majority of 9.668 votes", as copy edited abroad writes 9,668: a count of votes
        # is whole, so a point before three digits separates thousands.
        token = NumberToken(
            float(token.as_written.replace(".", "")),
            token.start,
            token.end,
            token.as_written,
            token.is_words,
            0,
        )
    quantity, _ = make_quantity(text, token, unit)
    claim_end = token.end
    if groups.get("unit") is not None and m.end("unit") > 0:
        claim_end = max(claim_end, s.start + m.end("unit"))
    if groups.get("decade"):
        claim_end = s.start + m.end("decade")
    cues = {k: v for k, v in groups.items() if v and k not in ("n", "unit", "decade")}
    if p.cues:
        cues.update(p.cues(m))
    return Claim(
        kind=kind,
        quantity=quantity,
        start=start,
        end=claim_end,
        text=text[start:claim_end].strip(),
        sentence_start=s.start,
        sentence_end=s.end,
        cues=cues,
    )


_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_WORD_NUMBER_BEFORE = re.compile(r"\b(?:hundred|thousand)\s+(?:and\s+)?$", re.I)


def _whole_number_at(text: str, s: Sentence, at: int):
    """The number in words that covers `at` in its sentence ("two hundred and fourteen"
    for the "two" or the "fourteen" of it), when it runs beyond one word; else None."""
    lo = max(s.start, at - 40)
    for m in find_mentions(text[lo : min(s.end, at + 60)]):
        if lo + m.start <= at < lo + m.end and m.form == "word" and " " in m.text.strip():
            if m.value is None:
                return None
            return NumberToken(m.value, lo + m.start, lo + m.end, m.text, True, 0)
    return None


def unverifiable(claim: Claim, reason: str, subject: str = "") -> Finding:
    return Finding(claim, Verdict.UNVERIFIABLE, reason, rule="", subject=subject)


def judged(
    claim: Claim,
    actual: float,
    context,
    *,
    subject: str,
    source: str,
    official: str,
    shown: float | int | None = None,
    note: str = "",
) -> Finding:
    """A finding for a resolved claim, judged by the shared rules of verify.py."""
    j = judge(claim.quantity, actual, context.tolerances)
    reason = f"official: {official}"
    if note:
        reason += f"; {note}"
    reason += f" ({j.rule})"
    value = shown if shown is not None else actual
    precise = value if isinstance(value, float) and shown is None else None
    if isinstance(value, float):
        value = round(value, 2)
    return Finding(
        claim,
        j.verdict,
        reason,
        rule=j.rule,
        subject=subject,
        actual=value,
        source=source,
        precise=precise,
    )


def pct(x: float) -> str:
    return f"{x:.1f}%"


def signed_points(x: float) -> str:
    return f"{x:+.1f} points"


def reading_of(finding: Finding, ids: dict[str, str | None], evidence: list[Evidence]) -> Reading:
    return Reading(
        ids=ids,
        evidence=list(evidence),
        actual=finding.actual,
        verdict=finding.verdict,
        label=finding.subject,
        reason=finding.reason,
    )


def over_readings(
    claim: Claim,
    primary: Finding,
    primary_reading: Reading,
    others: Iterable[tuple[Finding, Reading]],
) -> Finding:
    """The verdict over every reading the text allows.

    The best-supported reading (the first) gives the verdict when it holds or cannot be
    judged. When it contradicts the figure, the others are judged too: `false` only
    when every one contradicts it; when one supports it, `unverifiable`, naming both.
    """
    primary_reading.chosen = True
    primary.readings = [primary_reading]
    if primary.verdict == Verdict.FALSE and primary.doubt:
        # The record itself does not add up: a contradiction may be the record's slip.
        primary.verdict = Verdict.UNVERIFIABLE
        primary.reason = f"{primary.doubt}; {primary.reason}"
        primary_reading.verdict = Verdict.UNVERIFIABLE
        return primary
    if primary.verdict != Verdict.FALSE:
        return primary
    others = list(others)
    judged_others = [(f, r) for f, r in others if f.verdict != Verdict.UNVERIFIABLE]
    primary.readings += [r for _, r in judged_others]
    fits = [(f, r) for f, r in judged_others if f.verdict != Verdict.FALSE]
    # A reading the record cannot settle because it lacks what the figure would rest on
    # (a candidate unnamed before 2010, whose party of the day is not the one named)
    # leaves the figure possibly true: not false.
    gaps = [(f, r) for f, r in others if f.verdict == Verdict.UNVERIFIABLE and f.doubt]
    if fits:
        other, _ = fits[0]
        why = "two readings that disagree"
        settled = f"official {_shown(other.actual)}, {other.verdict}"
    elif gaps:
        other, reading = gaps[0]
        primary.readings.append(reading)
        why = "another reading the record cannot settle"
        settled = other.doubt
    else:
        return primary
    primary_reading.chosen = False
    return Finding(
        claim,
        Verdict.UNVERIFIABLE,
        f"the text allows {why}: {primary.subject} "
        f"(official {_shown(primary.actual)}, {primary.verdict}) or {other.subject} ({settled})",
        subject=primary.subject,
        readings=primary.readings,
    )


def unless_other_fits(claim: Claim, found: Finding, other: Finding, label: str = "") -> Finding:
    """`found` (false under its reading), or `unverifiable` naming both readings when
    `other`, a reading the text also allows, supports the figure."""
    if found.verdict != Verdict.FALSE or other.verdict not in SUPPORTED:
        return found
    return unverifiable(
        claim,
        f"the text allows two readings that disagree: {found.subject or label} "
        f"({found.reason}, false) or {other.subject} ({other.reason}, true)",
        other.subject,
    )


SUPPORTED = (Verdict.TRUE, Verdict.APPROXIMATELY_TRUE)


def judged_over_readings(
    claim: Claim,
    context: ArticleContext,
    resolved: subj.ResultSubject,
    judge_under: Callable[[subj.ResultSubject], tuple[Finding, Reading]],
    extra: Iterable[subj.ResultSubject] = (),
    beyond: Iterable[Callable[[], tuple[Finding, Reading]]] = (),
) -> Finding:
    """Judge a figure under its chosen contest, then (only when that contradicts it) under
    every other the text allows, and the readings `beyond` a contest (a national figure)."""
    primary = judge_under(resolved)

    def alternatives() -> Iterator[subj.ResultSubject]:
        # (the other readings are looked for only when `over_readings` asks for them: a
        # figure its chosen contest supports, as most are, needs none)
        yield from subj.other_readings(claim, context, resolved)
        yield from extra

    others = itertools.chain((judge_under(o) for o in alternatives()), (b() for b in beyond))
    return over_readings(claim, *primary, others)


def _shown(value: float | int | str | None) -> str:
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return f"{int(value):,}"
    return str(value)


@dataclass
class Owner:
    """Who a candidate-level figure belongs to and the contest it is read in."""

    resolved: subj.ResultSubject
    person: Mention | None
    place: int | None  # "the runner-up": a place in the result instead of a name


def seat_row_owner(claim: Claim, context: ArticleContext) -> subj.SeatRowOwner | Finding:
    """The seat, contest and subject a row of a table with one row per seat gives its
    figure, or the unverifiable finding that says why the row does not settle them."""
    found = subj.seat_row_owner(claim, context)
    return unverifiable(claim, found) if isinstance(found, str) else found


def owner_of(claim: Claim, context: ArticleContext, what: str) -> Owner | Finding:
    """The owner of a vote count or share (a name, a rank, or a results row) and its
    contest, or the unverifiable finding that says why none can be given."""
    if "seat_row" in claim.cues:
        # A table with one row per seat: the row's own seat and candidate or party.
        row = seat_row_owner(claim, context)
        if isinstance(row, Finding):
            return row
        if row.person is None and row.party is None:
            return unverifiable(claim, f"the row names no candidate or party {what} is given for")
        return Owner(row.resolved, row.person, None)
    # "..., and the runner-up took 16,728": a clause naming its subject by rank.
    place = subj.ranked_owner(claim, context)
    person = subj.person_near(claim, context) if place is None else None
    stranger = None if person or place is not None else subj.unknown_subject(claim, context)
    if stranger:
        return unverifiable(
            claim, f"{what} is given for {stranger}, who is not in the reference data"
        )
    resolved = subj.resolve_result(claim, context, person)
    if isinstance(resolved, str):
        return unverifiable(claim, resolved)
    misfit = subj.block_misfit(claim, context, resolved.result)
    if misfit:
        return unverifiable(claim, misfit)
    row = subj.row_subject(claim, context, resolved.result)
    if isinstance(row, str):
        return unverifiable(claim, f"the row names {row}, who is not in the official result")
    if row:
        # A results row names its owner outright, whatever its clause says.
        return Owner(resolved, row, None)
    return Owner(resolved, person, place)


_FINAL_TALLY = lazy_compile(rf"\b(?:{alternation(lx.FINAL_TALLY_WORDS)})\b", re.I)


def results_night_tally(claim: Claim, context: ArticleContext, election_date, final: int) -> str:
    """Why a party's seat total below its final one may be a results-night tally, or "".

    A party's total only grows as seats declare, so on polling day or the day after a
    figure below the final may be a count before every seat was in ("with 648 of 650
    declared"); one above it cannot be, and a sentence that calls its figure final
    ("in all", "in total") is judged as it stands.
    """
    date = context.info.date
    value = claim.quantity.value
    if date is None or value is None or not 0 <= (date - election_date).days <= 1:
        return ""
    # The figure's sentence, and for a list row the heading lines just above it.
    lead = max(0, claim.sentence_start - 150)
    if value >= final or _FINAL_TALLY.search(context.text[lead : claim.sentence_end]):
        return ""
    return (
        f"the final count was {final}; an article dated the day of the count may give a "
        "tally taken before every seat declared"
    )
