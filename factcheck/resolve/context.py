"""What each claim is about: seat, election, party and candidate, read from the text.

Resolution never looks at the claimed number. The election comes from cues in the
text and the article's date (given, or inferred from dated facts the article states,
such as who is party leader); when the subject stays unclear the claim is
unverifiable with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import accumulate, compress, count
from operator import itemgetter

from factcheck.claims import DocumentInfo
from factcheck.judge.tolerances import DEFAULT_TOLERANCES, Tolerances
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.prefilter import SpanIndex, all_required, may_match, span_starts
from factcheck.language.quantities import WORDS, words_value
from factcheck.language.scan import fold, last_tokens_start
from factcheck.language.sentences import (
    LIST_DASH,
    LIST_ITEM_START,
    LIST_MARKER,
    LIST_MARKER_LINE,
    LazyPattern,
    Sentence,
    lazy_compile,
    runs_on,
    split_sentences,
)
from factcheck.reference import coverage, derive
from factcheck.reference.index import Reference, normalise_name, without_accents
from factcheck.reference.model import Election, ElectionResult

TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Professor|Prof|Rev|Cllr)\.?"
_TITLE_WORD = lazy_compile(TITLES)
# The words `_TITLE_WORD` matches whole: each title, with or without its full stop.
_TITLE_NAMES = frozenset(
    t + stop for t in TITLES[3 : TITLES.index(")")].split("|") for stop in ("", ".")
)
# Names keep inner hyphens and apostrophes ("Ward-Jackson", "O'Brien") and initials ("W.").
_NAME_WORD = lazy_compile(r"[A-Z]\.(?=\s)|[A-Za-zÀ-ÿ][\w'’-]*")
_WORD_SOURCE = r"[A-Za-zÀ-ÿ][\w'’-]*|&"
_WORD = lazy_compile(_WORD_SOURCE)
# `_WORD` captured: splitting a text at it gives the gaps and the words in turn.
_WORD_PIECES = re.compile(f"({_WORD_SOURCE})")
_WORD_RUN = lazy_compile(r"\w+")
# A possessive ending a name ("Mr Davies' share": after a final s, an apostrophe alone).
_POSSESSIVE_END = lazy_compile(r"['’]s$|(?<=s)['’]$")
# The endings `_POSSESSIVE_END` takes off (a word without one is left as it is).
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
# Party names are read inside hyphenated words too: "Labour-held", "pro-Tory".
_PARTY_WORD = lazy_compile(r"[A-Za-zÀ-ÿ][\w'’]*|&")
_BY_ELECTION = lazy_compile(r"\bby[- ]?elections?\b", re.I)
# (the same word, for the modules that resolve and judge against this context)
BY_ELECTION_WORD = _BY_ELECTION
_GENERAL_YEAR = lazy_compile(
    r"\b(?:(?P<month>February|October|Feb|Oct)\s+)?(?P<y1>(?:19|20)\d\d)(?:'s)?\s+general\s+election"
    r"|\bgeneral\s+election\s+(?:of|in)\s+(?:(?P<month2>February|October)\s+)?(?P<y2>(?:19|20)\d\d)",
    re.I,
)
# "the 2015 general election", "the 1984 by-election", "In 1992,", "at the February 1974 election".
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# Every match of `_ELECTION_CUE` holds a year, with four words before it at most ("at the
# 2nd May 2019", "general election of May 2019"): see `_election_cue_matches`.
_CUE_YEAR = lazy_compile(r"(?:19|20)\d\d")
# The record's first general election: a year before it is past what the record can say.
_FIRST_GENERAL_YEAR = 1918
_WORDS_BEFORE_CUE_YEAR = 4
_ELECTION_CUE = lazy_compile(
    # ("turnout 74.3% (2010)", "Turnout: 64.1% (2010), 67.3% (2015)": a figure's own year
    # in brackets after it)
    r"(?:(?<=[\d%]\()|(?<=[\d%][ \t]\())(?P<year6>(?:19|20)\d\d)\)|"
    # A label heading a results line: "2019 notional: C maj 22,609 ...", "2017 result:"
    # (also as a list item, "- 1970: Con maj 560", "- 1974 (Feb): Lab maj 1,697", in bold,
    # "**1997:** Mr Davis won ...", or with a dash: "1983 — Labour, majority 11,301")
    r"(?:^|(?<=\n))[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?\(?"
    # ("- 2019 Conservative majority: 19,634": a party's word before the measure)
    r"(?P<year4>(?:19|20)\d\d)(?=(?:\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:notional|"
    # ("- 2010 (Conservative): majority 12,068", "(as Conservative)": a label in brackets,
    # not a month: "1974 (Feb):")
    r"general\s+election|results?|majority|turnout|share|electorate)"
    r"|\s*\((?:notional|as\s+[^)\n]{1,25}|(?!(?:Feb|February|Oct|October)\))[A-Z][^)\n]{1,25})\)"
    # ("2015 C maj: 7,938", "2010 Lab majority:")
    r"|\s+[a-z]{1,6}\.?\s+maj(?:ority|\.)?)?\s*"
    r"(?:\((?P<month3>Feb|February|Oct|October)\)\s*)?(?::|[ \t]+[—–][ \t])|"
    r"[^\n:]{0,60}:[ \t]*(?:\n|$)"
    # ("1997 Labour gain, majority 7,323", "**2010** - Liberal Democrat hold": a seat
    # history's line, its outcome named by party)
    r"|(?:\*\*|__)?(?:[ \t]*[-—–:])?(?:[ \t]+(?-i:[A-Z])[\w-]*){1,3}"
    r"[ \t]+(?-i:gain|hold|GAIN|HOLD)\b)"
    # "On the notional 2005 figures": the notional recast of that election
    r"|\bnotional\s+(?P<year5>(?:19|20)\d\d)\b"
    r"|"
    # ("took 33.3 per cent as recently as 2010")
    r"\b(?P<lead>(?:the|at|in|from|by|as\s+(?:recently|late|long\s+ago)\s+as)\s+(?:the\s+)?|on\s+(?=\d)"
    # ("survived 2015, holding Sheffield Hallam with a majority of 2,353")
    r"|surviv(?:ed|ing|es|e)\s+)?"
    # "on 2 May 1997": the day belongs to the date, not a figure before it.
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>" + _MONTH_NAMES + r")\s+"
    # ("in the spring of 1979": a season, which names the contest held in its months)
    r"|(?P<season>spring|summer|autumn|winter)\s+(?:of\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)(?:['’]s)?"
    r"(?:\s+(?P<kind>general\s+election|by-?\s?election|election|poll))?\b"
    # ("at the snap election of 2017", "At the election of 2015")
    # (not "the snap election in 2017", whose "in 2017" is the cue, opening phrase and all)
    r"|\b(?P<kind2>general\s+election|by-?\s?election|(?:snap\s+|early\s+)?election(?=\s+of\s)|"
    + alternation(lx.ELECTION_EVENT_NOUNS)
    + r")\s+(?:of|in)\s+"
    r"(?:(?P<month2>" + _MONTH_NAMES + r")\s+)?(?P<year2>(?:19|20)\d\d)\b"
    # "General election 2017", "Election results 2017:" (headlines, section labels)
    r"|\b(?P<kind3>(?:general\s+)?election)s?(?:\s+results?)?:?\s+(?P<year3>(?:19|20)\d\d)\b(?!\s*[-–])",
    re.I,
)
# "at its first contest", "the seat's first election": the first contest on record.
_FIRST_CONTEST = lazy_compile(
    r"\b(?:its|the\s+seat['’]s|the\s+constituency['’]s)\s+first\s+(?:general\s+)?"
    r"(?:contest|election|poll)\b",
    re.I,
)
# "He won his first contest by 3,475 votes": a member's first contest, which the record
# cannot name (candidates' names only from 2010): no contest of the article's.
_OWN_FIRST_CONTEST = lazy_compile(
    r"\b(?:his|her|their)\s+first\s+(?:general\s+)?(?:contest|election|campaign|race|outing)\b"
    # ("Sir Roger Gale, who first won North Thanet with a majority of 14,545")
    # (not "Caroline Lucas first won in 2010": the year names it)
    r"|\b(?:first|originally)\s+(?:won|took|captured|gained|elected|returned)\b"
    # (not "Ukip has its first elected MP": an adjective)
    r"(?!\s+(?:MPs?|members?|representatives?|councillors?)\b)"
    r"(?![^.;,\d]{0,40}\b(?:19|20)\d\d)",
    re.I,
)
# "the October election": a general election named by its month alone.
_MONTH_ELECTION = lazy_compile(
    r"\bthe\s+(?P<month>" + _MONTH_NAMES + r")\s+(?:general\s+)?election\b", re.I
)
# "in June he took more than half": a month alone, in a dated piece, names the contest
# held that month in the year before the piece.
_IN_MONTH = lazy_compile(
    r"\b(?:in|by)\s+(?P<month>" + _MONTH_NAMES + r")\b"
    r"(?!\s*,?\s*(?:\d|(?:19|20)\d\d))",
    re.I,
)
# "on 16 December", a day with no year, in a dated piece: the contest held that day in the
# year before the piece.
_ON_DAY = lazy_compile(
    r"\bon\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>" + _MONTH_NAMES + r")\b"
    r"(?!\s*,?\s*(?:19|20)\d\d)",
    re.I,
)
_DENIED_BEFORE = lazy_compile(r"\b(?:not|never)\s+$|n['’]t\s+$", re.I)
_WHEN_AFTER_CUE = lazy_compile(
    r"(?:\s+(?:results?|figures?|contest|election|vote)(?:\s+(?:for|in)\s+the\s+seat)?)?"
    # ("lower than in 2017 (40.0%), when it won 262 seats": the year's figure in brackets)
    r"(?:\s?\([^()\n]{1,20}\))?"
    r"(?:,|\s[-–—])?\s+when\b",
    re.I,
)
_AND_CLAUSE_OPENS = re.compile(r",\s+and\s+(?:then\s+)?(?:(?:at|in)\s+)?(?:the\s+)?\Z", re.I)
_NOTICE_HEADING_LEAD = re.compile(
    r"^[\s*#_]*(?:declaration\s+of\s+(?:the\s+)?results?(?:\s+of\s+(?:the\s+)?poll)?|"
    r"(?:full\s+)?results?)\s*(?:[,:–—-]|\bfor\b|\bin\b)?\s*(?:the\s+)?$",
    re.I,
)
# Unicode categories of symbols and marks that decorate a heading, not name it: emoji and
# dingbats (So), modifiers (Sk), variation selectors (Mn), joiners (Cf).
_MARK_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})
_TIME_LEAD = re.compile(r"^[\s*#_]*\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*[-–—:|]?\s*", re.I)
_FOLLOWING_YEAR = lazy_compile(r"\b(?:the\s+(?:following|next)\s+year|a\s+year\s+later)\b", re.I)
_MONTH_ABBREVIATIONS = frozenset(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
)
_MONTH_OPENING = lazy_compile(
    r"[\s\"'“‘]*(?:(?:then|and|but)\s+)?(?:in|by)\s+(?P<month>" + _MONTH_NAMES + r")\b"
    r"(?!\s*,?\s*(?:\d|(?:19|20)\d\d))",
    re.I,
)
_CONTEST_BASELINE_BEFORE = lazy_compile(
    r"\b(?:on|since|than|from|against|compared\s+(?:with|to))\s+(?:the|that|this|last)\s+"
    r"(?:general\s+)?(?:election|by-?election|poll|result|contest)\s+$",
    re.I,
)
# "fell by 31.7 points compared with the notional 2019 result": the baseline
_COMPARED_WITH_NOTIONAL = lazy_compile(
    # ("and its change on the notional 2019 result:", heading a table)
    r"\b(?:(?:compared\s+(?:with|to)|against|than|versus|vs)|(?:points?|changes?)\s+(?:on|from))\s+"
    r"(?:the\s+|a\s+)?$",
    re.I,
)
_CHANGE_IN_CLAUSE = lazy_compile(
    r"\s+(?:result|figures?|results)\b[^,;:.]{0,60}?\b(?:rose|fell|climbed|dropped|slipped|"
    r"increased|decreased|was\s+(?:up|down)|up|down)\b[^,;:.]{0,40}?\bpoints?\b",
    re.I,
)
# "two years later", "four years earlier": a time counted from another.
_YEARS_LATER = lazy_compile(
    r"\b(\d{1,2}|[A-Za-z]+(?:-[A-Za-z]+)?)(?P<half>\s+and\s+a\s+half)?\s+years?\s+"
    r"(later|on|earlier|before)\b",
    re.I,
)
# Words of a piece looking back at a contest long past (see `_look_back`), read in its
# headline and opening paragraph (its first two), for a contest ten years or more before.
_LOOK_BACK = lazy_compile(
    rf"\b(?:{alternation(lx.LOOK_BACK_WORDS)})\b|\b\d{{1,2}}\s+(?:{_MONTH_NAMES})\s+(?:19|20)\d\d\b",
    re.I,
)
_OPENING_PARAGRAPHS = 1
# A look back is at a contest ten years or more before the piece (an anniversary): "a
# seat Ukip barely contested four years ago" in a news report is history in passing.
_LONG_BEFORE = dt.timedelta(days=3652)
_ABOUT_A_MONTH = dt.timedelta(days=31)
# "Fifty years on", "half a century since", "twenty years ago": how long ago, in years.
_YEARS_BACK = lazy_compile(
    r"\b(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+years?\s+(?:on|since|ago)\b"
    r"|\b(?P<span>half\s+a\s+century|a\s+century|a\s+decade)\b",
    re.I,
)
_SPAN_YEARS = {"half a century": 50, "a century": 100, "a decade": 10}


def _years_back(m: re.Match[str]) -> int | None:
    if m.group("span"):
        return _SPAN_YEARS[" ".join(m.group("span").lower().split())]
    n = m.group("n")
    value = int(n) if n.isdigit() else words_value(n)
    return int(value) if value else None


def _years_before(date: dt.date, years: int) -> dt.date:
    try:
        return date.replace(year=date.year - years)
    except ValueError:  # 29 February
        return date.replace(year=date.year - years, day=28)


_YEARS_AGO = lazy_compile(
    # ("eighteen months ago": a time in months, as a fraction of a year)
    r"\b(\d{1,2}|[a-z]+(?:-[a-z]+)?)(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>years?|months?)\s+"
    # ("..., five years after Dominic Raab held her off by 2,743": the clause after it)
    r"(?:ago\b|(?P<after>after)\s+(?-i:(?=[A-Z])))",
    re.I,
)
_LAST_MONTH = lazy_compile(
    r"\b[Ll]ast\s+(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|spring|summer|autumn|winter)\b"
)
# "last summer": the months of a season (a season's contest is one held in any of them).
_SEASON_MONTHS = {
    "spr": ("mar", "apr", "may"),
    "sum": ("jun", "jul", "aug"),
    "aut": ("sep", "oct", "nov"),
    "win": ("dec", "jan", "feb"),
}


def _last_window(months: tuple[str, ...]) -> dt.timedelta:
    """How far back "last July" (a year) or "last summer" (a year and a season) reaches."""
    return dt.timedelta(days=366 if len(months) == 1 else 366 + 92)


def _months_named(word: str) -> tuple[str, ...]:
    """The months (as "jul") a month's or a season's name after "last" stands for."""
    key = word[:3].lower()
    return _SEASON_MONTHS.get(key, (key,))


_LAST_YEARS_ELECTION = lazy_compile(
    r"\blast\s+year['’]s\s+(?:general\s+)?election\b"
    # "compared with 67.9% last year": the time right after a figure is the figure's.
    r"|(?<=[\d%])\s*(?:per\s?cent\s+|votes?\s+)?\blast\s+year\b(?!['’])",
    re.I,
)
_FIGURES_AFTER = lazy_compile(r"\s+(?:figures|results?|numbers|basis|calculations)\b", re.I)
# "At that election", "that year", "Her majority that night": the time named just before.
_THAT_TIME = lazy_compile(rf"\b(?:{alternation(lx.ANAPHORIC_TIME_PHRASES)})\b", re.I)
# Of those, the phrases that name an election outright (the others name a year or a day).
_THAT_ELECTION_WORD = lazy_compile(r"election|contest|poll", re.I)
# "that night", "the same day": a day, counted from the last day written in full.
_DAY_WORD = lazy_compile(r"\b(?:night|day)\b", re.I)
_DAY_WRITTEN = lazy_compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>"
    + _MONTH_NAMES
    + r")\s+(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
# A section heading line: Markdown ("### Telford, general election 2015") or a line in bold
# alone ("**Telford, 2015**"). (A title, "# ...", is the piece's headline: its time is the
# article's, read with the rest of it.)
# A paragraph's run-in heading of a name and a year alone: "Winchester, 1997.", "Mid
# Ulster, 1955."
_NAME_YEAR_LEAD = lazy_compile(
    r"[ \t]*(?:[A-Z][\w'’-]*[ \t]+){0,4}[A-Z][\w'’-]*,?[ \t]+(?:19|20)\d\d\.?[ \t]*"
)
_RELATIVE_TIME = lazy_compile(
    r"\b(?:earlier|previously|previous|before|ago|later|afterwards|since|last\s+time|"
    r"(?:19|20)\d\d)\b",
    re.I,
)
_HEADING_MARKUP = lazy_compile(r"[#*_.,:;()\-–—•\s]+")
_HEADING_YEAR = lazy_compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,]|\.\d)")
_HEADING_LINE = lazy_compile(
    r"^[ \t]*(?:#{2,6}[ \t]+(?P<text>[^\n]+?)|\*\*(?P<bold>[^*\n]+)\*\*"
    # ("**2010** - Liberal Democrat hold": a year in bold over its results block, the
    # outcome after it)
    r"|(?P<year>\*\*(?:19|20)\d\d\*\*[ \t]*[-—–:][^\n\d*]{1,60}?))[ \t]*$",
    re.M,
)
_DAY_LOOK_BACK = 12  # sentences
# A paragraph's lead in bold, as a list item or not: "- **Peterborough, June 2019.**".
_BOLD_LEAD = lazy_compile(r"[ \t]*(?:[-*•][ \t]+)?\*\*(?P<inner>[^*\n]{1,80})\*\*[ \t]*")
_YEAR_IN_CELL = re.compile(r"\b(?:19|20)\d\d\b")
# A short label opening a line, ended by a colon: "Notional 2019: Con maj 4,952 (9.4%).
# Turnout 68.6%", "2015 C maj: 7,938" (a results footer's time, for the whole line).
_LINE_LABEL = lazy_compile(r"[ \t]*(?:[-*•][ \t]+)?\(?(?P<label>[^\n:()]{1,40}):[ \t]")
_TENURE_FROM = lazy_compile(
    r"\b(?:sat|sitting|represented|representing|served|serving)\b[^.,;\d]{0,30}\bfrom\s+$", re.I
)
# (also past the verb of the next clause: "with a majority of 4,459 and held it in 2001")
_AND_BEFORE = lazy_compile(
    r"[^,;:\d]*?\s(?:and|but|while|whereas)\s+(?:[a-z][\w'’-]*\s+){0,3}", re.I
)
_AND_WORD = lazy_compile(r"\sand\s")
# "the 1935 by-election", "the by-election of February 1935", "a by-election in 1935".
_BY_ELECTION_WITH_YEAR = lazy_compile(
    r"\b(?P<year>(?:19|20)\d\d)\s+(?:[A-Z][\w'’-]*\s+){0,4}by-?\s?election\b"
    r"|\bby-?\s?election\s+(?:of|in)\s+(?:[A-Z][a-z]+\s+)?(?P<year2>(?:19|20)\d\d)\b",
    re.I,
)
_YEAR_FOLLOWS = lazy_compile(r",?\s+(?:in|of)\s+(?:\w+\s+)?(?:19|20)\d\d\b", re.I)
# "within 100 votes of taking West Derbyshire": a near miss and the seat it was in.
_WITHIN_BEFORE = lazy_compile(r"\bwithin\s+(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
_WITHIN_VOTES_OF_TAKING = lazy_compile(
    r"(?:a\s+)?[\w,]+(?:\s+votes?)?\s+of\s+(?:taking|winning|capturing|gaining|holding)\s+", re.I
)
# "in October of that year": a month of the year named before.
# "in October of that year", "The October election that year": a month before "that year"
_MONTH_OF_BEFORE = lazy_compile(
    rf"\b({alternation(lx.MONTHS)})\s+(?:of|(?:general\s+)?election)\s+$", re.I
)
_YEAR_WRITTEN = lazy_compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|,\d)")
# "Ms Olney won it by 1,872 votes": "it" after a verb of winning (see lexicon.CONTEST_ANAPHORS).
_WON_IT = lazy_compile(
    rf"\b(?:{alternation(lx.ANAPHOR_WIN_VERBS)})\s+(?:{alternation(lx.CONTEST_ANAPHORS)})\b"
    r"(?!\s*(?:back|over|for|from)\b)",
    re.I,
)
_NOW_OR_THIS_TIME = lazy_compile(
    rf"\b(?:{alternation((*lx.NOW_WORDS, 'this time', 'this year'))})\b", re.I
)
_CONTEST_NOUN = lazy_compile(rf"\b(?:{alternation(lx.CONTEST_NOUNS)})s?\b", re.I)
# What makes "it" the seat rather than the contest: a seat named or called so.
_SEAT_NOUN = lazy_compile(r"\b(?:seat|constituency|division|stronghold|marginal)s?\b", re.I)
# "On notional figures, ...": every general election the sentence names is its recast.
# "... at the last election on the notional figures": the same phrase after the cue.
_NOTIONAL_AFTER = lazy_compile(
    r"[\s,]*(?:on|under|by)\s+(?:the\s+)?notional\s+(?:figures|results?|basis|boundaries)\b",
    re.I,
)
_NOTIONAL_OPENING = lazy_compile(
    r"[\s\"'“‘]*(?:On|Under|By)\s+(?:the\s+)?notional\s+(?:figures|results?|basis|boundaries)\b",
    re.I,
)
# "notionally", "on the new boundaries": a phrase framing the figures it reaches as a
# notional recast (lexicon.NOTIONAL_FRAME_WORDS); "on paper" only beside a conditional.
_NOTIONAL_FRAME = lazy_compile(
    rf"\b(?:{alternation(lx.NOTIONAL_FRAME_WORDS)})\b"
    rf"|\b(?:on|under)\s+(?:the\s+)?(?:{alternation(lx.NEW_BOUNDARY_ADJECTIVES)})\s+"
    rf"(?:{alternation(lx.BOUNDARY_NOUNS)})\b",
    re.I,
)
_NOTIONAL_WORD = lazy_compile(r"\bnotional", re.I)
# The frame's new-boundaries phrase alone ("On the new boundaries", "under the redrawn map").
_NEW_BOUNDARIES = lazy_compile(
    rf"(?:on|under)\s+(?:the\s+)?(?:{alternation(lx.NEW_BOUNDARY_ADJECTIVES)})\s+"
    rf"(?:{alternation(lx.BOUNDARY_NOUNS)})",
    re.I,
)
_NOTIONAL_BASIS = lazy_compile(rf"\b(?:{alternation(lx.NOTIONAL_BASIS_PHRASES)})\b", re.I)
_SEAT_EXISTED = lazy_compile(
    r"\b(?:had|if)\s+(?:the\s+)?(?:new|redrawn|present|current)\s+[\w' -]{0,40}?"
    r"(?:seat|constituency)\s+(?:had\s+)?existed\b"
    # "Had the 2019 election been fought on these boundaries, the Conservatives would have
    # won by 13,577": the election recast onto the seat as drawn now.
    r"|\b(?:had|if)\s+the\s+(?:(?:19|20)\d\d\s+)?(?:general\s+)?election\s+(?:had\s+)?"
    r"been\s+(?:fought|held|contested|run)\s+on\s+(?:these|the\s+(?:new|redrawn|present|"
    r"current))\s+boundaries\b",
    re.I,
)
_COUNTERFACTUAL = lazy_compile(
    r"\b(?:"
    + "|".join(
        r"\s+(?:[a-z]+\s+)?".join(map(re.escape, w.split())) for w in lx.COUNTERFACTUAL_WORDS
    )
    + r")\b",
    re.I,
)
# A line of a results list: a name, then a dash and a count.
# A paragraph led by a year alone, in bold or plain: "**1997.**", "1974 (Feb).", "2005:".
_YEAR_LEAD = lazy_compile(
    # (a numbered or bulleted list item's marker before it: "1. **1992.**")
    r"[ \t#*_]*(?:(?:\d{1,2}[.)]|[-•])[ \t]+[ \t*_]*)?(?P<year>(?:19|20)\d\d)"
    r"(?:\s*\((?P<month>Feb|February|Oct|October)\))?"
    r"[ \t]*[.:]?[ \t*_]*\s*"
)
_LIST_MARKER_ONLY = lazy_compile(r"\s*(?:\d{1,2}[.)]|[-•*])\s*")
# A year a list's introduction names as its time ("The class of 2010 included", "in
# 2010"), not a bound or a baseline ("held since 1997", "change on 2015 in brackets").
_CUE_YEAR_WORD = re.compile(
    r"(?:(?<=\bof\s)|(?<=\bin\s)|(?<=\bat\s)|(?<=\bthe\s))(?:19|20)\d\d(?![\d,])"
)
_YEAR_WHEN = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?=,?\s+when\b)")
_LIST_LINE = lazy_compile(rf"{LIST_ITEM_START}[A-Z][^\n]{{0,80}}?{LIST_DASH}\d[\d,]*")
# Marks a cue that dates the seat's history ("created in 1997"): a reading, never the choice.
HISTORY_NOTE = " (a date in the seat's history)"
# "his first contest", "who first won North Thanet": a contest of the member's own that the
# record cannot name (candidates' names only from 2010).
UNKNOWN_CONTEST_NOTE = ": which contest, the record cannot say"
# "the tightest since 2010, when ...": a year that governs only the when-clause after it.
WHEN_NOTE = " (the time of the clause after it)"


def _when_clause_cue(cue: tuple) -> bool:
    """Whether a cue is the time of the when-clause after it (a notional recast's note
    may follow: "on the notional 2019 result, when the Greens came second")."""
    return WHEN_NOTE in cue[3]


# "Mr Cable's 2010 majority of 12,410 was overturned as the share fell to 38%": a year
# before a result's measure is that noun's time, reaching no clause beyond its own.
NOUN_TIME_NOTE = " (the time of the measure it qualifies)"
# Marks a year in brackets after a figure ("74.3% (2010)"): that figure's alone.
BRACKETED_YEAR_NOTE = " (the year of the figure before it)"
# Words that make a year a date in a seat's lineage ("created in 1918"), not a contest.
_LINEAGE_BEFORE = lazy_compile(
    r"\b(?:creat\w*|formed|formation|founded|abolish\w*|established|drawn\s+up|redrawn)\s*$",
    re.I,
)
# Openings that turn a sentence aside to another seat than the article's.
_ASIDE = lazy_compile(rf"[\s\"'“‘]*(?:{alternation(lx.ASIDE_OPENINGS)})\b", re.I)
# "the old X seat", "the former X constituency": a seat named as one that no longer exists.
# ("the then seat of ...", not "And then North Shropshire": "then" only after a determiner)
_WAS_MP_FOR_BEFORE = lazy_compile(
    r"\b(?:was|had\s+been|served\s+as)\s+(?:the\s+)?(?:MP|member)\s+for\s+(?:the\s+)?$", re.I
)
_UNTIL_YEAR_AFTER = lazy_compile(r"\s+(?:until|till|to|between)\s+(?:19|20)\d\d\b", re.I)
_SURNAME_ALIASES = frozenset(lx.SURNAME_LIKE_PARTY_ALIASES)
_FACTION_WORDS = frozenset(lx.PARTY_FACTION_WORDS)
_QUOTE_CLOSED_EXCLAIMED = lazy_compile(r"[!?][\"”’']\s*$")
_LABEL_COLON = re.compile(r"[ \t]*:")
_FIGURE_THEN_BRACKETED_YEAR = re.compile(r"[\d,.]+(?:%|\s*per\s?cent)?[ \t]?\((?:19|20)\d\d\)")
# A cue that is a year opening its line, after a list marker or bold at most.
_YEAR_OPENING_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?\(?(?:19|20)\d\d")
# The start of a list item's line, with at most a name before the cue on it.
_ITEM_LINE_START = re.compile(rf"(?:^|\n){LIST_MARKER}[^\n:]{{0,50}}$")
_GENERAL_AFTER_MONTH = lazy_compile(r"\s+general\s+election\b", re.I)
# A clause with a new person as its subject: ", and Mr Smith", ", while she".
_NEW_SUBJECT_CLAUSE = lazy_compile(
    rf",\s+(?:and|but|while|whereas)\s+(?:(?-i:{TITLES})\s+(?-i:[A-Z])|(?:he|she)\b)",
    re.I,
)
_THERE_BEFORE = lazy_compile(r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would)\b)", re.I)
_FORMER_BEFORE = lazy_compile(
    rf"\b(?:{alternation(w for w in lx.FORMER_SEAT_WORDS if w != 'then')}"
    r"|(?:the|his|her|their|its|a)\s+then)\s+$",
    re.I,
)
# Words that place a figure on the day of the contest the article reports.
_NOW = lazy_compile(rf"\b(?:{alternation(lx.NOW_WORDS)})\b", re.I)
# Words that move a clause away from the time its sentence opened with.
_OTHER_TIME = lazy_compile(rf"\b(?:{alternation(lx.OTHER_TIME_WORDS)})\b", re.I)
# Words that make a named election the point of comparison rather than the contest.
_BASELINE_BEFORE = lazy_compile(
    r"\b(?:"
    + "".join(f"(?<!\\b{verb}\\s)" for verb in dict.fromkeys(lx.ON_PARTICLE_VERBS))
    + r"on|since|than|from|compared\s+(?:with|to)|against|over|versus|vs)\s+"
    r"(?:(?:the|at|in)\s+(?:(?:last|previous)\s+)?"
    # "up 9.6 points on Labour's result at the 2024 general election"
    r"|(?:[\w'’-]+\s+){0,3}?(?:result|share|vote|figure|performance|"
    r"showing|tally|total)(?:\s+(?:at|in)\s+(?:the\s+)?)?\s*"
    # "up 7.3 pts on what Michael Meacher won in May": what someone won then
    r"|what\s+(?:[\w'’.-]+\s+){0,4}?(?:won|took|got|polled|managed|achieved|scored|had)\s+"
    r"(?:(?:at|in)\s+(?:the\s+)?)?)?$"
    # "Liberal since a by-election in 1973": the start of a hold, not the figure's contest.
    r"|\bsince\s+(?:an?|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)
# "up 4.4 points on two years ago": a change's figure, then the time it is counted from
# (not "who had held on two years ago by 2,353 votes", where "on" belongs to the verb).
_CHANGE_ON = lazy_compile(
    # ("down more than ten points on five years ago": a figure in words too)
    rf"(?:\d|\b{WORDS}\b)"
    r"(?:[ \t]?%|[ \t]*per[ \t]?cent|[ \t]*(?:percentage\s+)?points?|[ \t]*pts|[ \t]+votes?)?"
    r"\s+(?:on|compared\s+(?:with|to)|against|than)\s+"
    # ("up 37.2 points on the general election two years ago")
    # ("up 30.6 points on the notional 2019 result": "the" before the cue's own word)
    r"(?:the\s+(?:(?:last\s+|previous\s+)?(?:general\s+)?election\s+)?)?$",
    re.I,
)
# "the general election nine months earlier": the one before a contest just named.
_GENERAL_MONTHS_BEFORE = lazy_compile(
    r"\bthe\s+general\s+election\s+(?:(?:some|just|only|barely)\s+)?[\w-]+\s+"
    r"(?:months?|weeks?)\s+(?:before|earlier)\b",
    re.I,
)
_LAST_GENERAL = lazy_compile(
    r"\b(?:the\s+)?(?:last|previous)\s+(?:general\s+)?election\b|\blast\s+time\b"
    r"|\b(?:his|her|their|its)\s+(?:last|previous)\s+(?:contest|election|outing)\b",
    re.I,
)
_THE_GENERAL = lazy_compile(
    r"\bthe\s+general\s+election\b(?!\s+(?:of|in)\s+(?:\w+\s+)?(?:19|20)\d\d)", re.I
)
_ROLE = lazy_compile(r"\b(?:leader|Prime\s+Minister|PM|premier)\b", re.I)
_FORMER = lazy_compile(r"\b(?:former|ex-|late|then)\b", re.I)
# Short press forms: "Stoke Central" for "Stoke-on-Trent Central", "Hull East".
_SHORTENINGS = [
    (re.compile(r"-on-[A-Z][a-z]+|\s+upon\s+[A-Z][a-z]+|-upon-[A-Z][a-z]+", re.I), " "),
    (re.compile(r"^Kingston upon Hull\b"), "Hull"),
]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # "seat" | "party" | "person"
    id: str  # constituency or party id; for a person, their name
    text: str
    party: str | None = None  # a person's party
    is_leader: bool = False
    # A seat named as one that no longer exists ("the old X seat"): it governs its own
    # sentence only, never the sentences after it.
    former: bool = False
    # A seat named in an aside ("Elsewhere in Scotland, ..."): its own sentence only, too.
    aside: bool = False
    # A seat abolished before the article's date ("In 2019 Labour held Cardiff Central" in
    # a 2024 report): it governs only a figure after it in a sentence naming a year it was
    # contested in.
    gone: bool = False
    # A short name read as the older seat of its own sentence's time ("first won North East
    # Somerset in 2010" beside "North East Somerset and Hanham"): not the piece's seat.
    own_time: bool = False


@dataclass
class Person:
    name: str
    party: str | None
    # (election id, constituency id) pairs this person stood in, within the article's seats.
    candidacies: list[tuple[str, str]] = field(default_factory=list)
    leader_terms: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    # "f" or "m" from the official candidate lists (2010 on), when every candidacy agrees.
    gender: str | None = None


def _seats_stood(person: Person | None) -> set[str]:
    return {c for _, c in person.candidacies} if person is not None else set()


def _merged_namesakes(owners: list[Person], reference: Reference) -> list[Person]:
    """The people of one surname, as one when they are: "Rosie Duffield" and "Rosemary
    Duffield" in one seat for one party are one person, the one who stood last."""
    if len(owners) < 2:
        return owners
    seats = {frozenset(c for _, c in p.candidacies) for p in owners}
    if len({p.party for p in owners}) == 1 and len(seats) == 1:
        latest = max(
            owners,
            key=lambda p: max(
                (reference.elections[e].date for e, _ in p.candidacies),
                default=dt.date.min,
            ),
        )
        return [latest]
    return owners


class _LeaderPeople:
    """Every party leader and PM as a Person, in the order an article's `people` lists
    them after its candidates, and the name indexes `_find_people` reads them by: the same
    for every article, so made once per reference (an article's candidates are added to
    copies of the indexes)."""

    def __init__(
        self, leaders: list[tuple[str, str | None, dt.date, dt.date]], reference: Reference
    ) -> None:
        self.people: dict[str, Person] = {}
        # The parties a leader's entries give, in order: a candidate who was also a leader
        # takes the first of them when no candidacy gave a party.
        self.parties: dict[str, list[str | None]] = {}
        for name, party, start, end in leaders:
            p = self.people.get(name) or self.people.setdefault(name, Person(name, party))
            p.leader_terms.append((start, end))
            p.party = p.party or party
            self.parties.setdefault(name, []).append(party)
        for g in reference.governments:
            p = self.people.get(g.prime_minister) or self.people.setdefault(
                g.prime_minister, Person(g.prime_minister, g.parties[0])
            )
            p.leader_terms.append((g.start, g.end or dt.date.max))
            self.parties.setdefault(g.prime_minister, [])
        # Their full names by words, their names of three words or more shortened to the
        # first and last, and their surnames: as `_find_people` makes them, in this order.
        self.full: dict[tuple[str, ...], Person] = {}
        self.shortened: dict[tuple[str, ...], Person] = {}
        self.surnames: dict[str, list[Person]] = {}
        for person in self.people.values():
            self.full.setdefault(_name_parts(person.name), person)
        for person in self.people.values():
            parts = _name_parts(person.name)
            if len(parts) >= 3:
                self.shortened.setdefault((parts[0], parts[-1]), person)
            if len(parts) >= 2:
                self.surnames.setdefault(parts[-1], []).append(person)
        self.merged_surnames = {
            name: _merged_namesakes(owners, reference) for name, owners in self.surnames.items()
        }
        # (the longest name as a list: none when there are no leaders)
        self.longest = [max(len(k) for k in [*self.full, *self.shortened])] if self.full else []
        self.full_from: dict[str, int] = {}
        for k in [*self.full, *self.shortened]:
            self.full_from[k[0]] = max(len(k), self.full_from.get(k[0], 0))
        self.may_start = _TITLE_NAMES | self.full_from.keys() | self.surnames.keys()


# Where a seat's name must stand: "MP for X", "the X by-election", "the X constituency".
_SEAT_WORDS = r"[A-Z][\w'’-]*(?:\s+(?:and|upon|on|under|&|[A-Z][\w'’-]*)){0,5}"
_SEAT_SLOT = lazy_compile(
    rf"\b(?:MP\s+for|seat\s+of|constituency\s+of)\s+(?P<a>{_SEAT_WORDS})"
    rf"|\b(?P<b>{_SEAT_WORDS})\s+(?:by-?\s?election|constituency)\b"
)
# A match of `_SEAT_SLOT` holds only word characters, apostrophes, hyphens, "&" and white
# space, and one of these words: it lies inside one run of those characters holding one.
_SEAT_SLOT_KEYS = ("election", "constituency", "MP", "seat")
_RUN_ON = re.compile(r"[\w'’&\s-]*")
# A match begins within the seven words (split at white space) before the key word's own:
# "MP for", "seat of", "constituency of" open one at the key word, and a name of at most
# six words stands before "by-election", "by election" or "constituency". Read backwards
# from the key word (in the reversed text), this reaches eight words back, or the run's
# start if that is nearer.
_WORDS_BACK = re.compile(r"[\w'’&-]*(?:\s+[\w'’&-]+){0,8}")


def _seat_slots(text: str) -> list[re.Match[str]]:
    """`_SEAT_SLOT.finditer(text)`, tried only in the runs holding a key word (a scan of the
    whole text tries it at every capital). A run is cut by characters no match holds, so
    the matches in it are those of the whole scan: each run's edge is a non-word
    character, where the scan's word boundaries fall the same. A run is tried from the
    first place a match in it may begin (`_WORDS_BACK` from its first key word), as no
    match begins between the run's start and there."""
    n = len(text)
    # (reversed once, the text is read back from a key word by a forward match)
    reversed_text = text[::-1]
    first: dict[int, int] = {}  # each run's end -> where it is tried from
    for key in _SEAT_SLOT_KEYS:
        at = text.find(key)
        while at >= 0:
            end = _RUN_ON.match(text, at).end()
            start = n - _WORDS_BACK.match(reversed_text, n - at).end()
            if first.get(end, n) > start:
                first[end] = start
            at = text.find(key, end)
    return [
        m for end, start in sorted(first.items()) for m in _SEAT_SLOT.finditer(text, start, end)
    ]


# "the 1989 Richmond by-election", "the 2023 Somerton and Frome by-election": a year and a
# seat's name before the word by-election name one contest.
_NAMED_BY_ELECTION = lazy_compile(
    rf"\b(?P<year>(?:19|20)\d\d)\s+(?P<name>{_SEAT_WORDS}(?:\s+\([A-Z][\w\s'’-]*\))?)"
    r"\s+by-?\s?elections?\b"
)
# "the Uxbridge by-election last July", "the by-election last July": the word just before
# a time, with the seat's name written before it if one is.
_BY_ELECTION_BEFORE_TIME = lazy_compile(
    rf"(?:(?P<name>{_SEAT_WORDS})\s+)?(?P<by>by-?\s?elections?)\s+(?:(?:held|fought)\s+)?$"
)
# A seat's name right before a time: "Sutton and Cheam last December".
_SEAT_BEFORE_TIME = lazy_compile(rf"(?P<name>{_SEAT_WORDS})\s+$")
# "... by-election last July": the time after the word (see `_by_election_seats`).
_LAST_MONTH_AFTER = lazy_compile(
    r"\s+(?:(?:held|fought)\s+)?last\s+(January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)
# "the Somerton and Frome by-election": a seat's name and the word.
_SEAT_BY_ELECTION = lazy_compile(
    rf"\b(?P<name>{_SEAT_WORDS}(?:\s+\([A-Z][\w\s'’-]*\))?)\s+by-?\s?elections?\b"
)
# "... by-election last July", "... by-election in 2023", "... by-election of July 2023".
_TIME_AFTER_BY_ELECTION = lazy_compile(
    r"\s+(?:(?:held|fought)\s+)?(?:last\s+[A-Z][a-z]+|(?:in|of)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b"
)
# "the 2023 Uxbridge by-election": the year before the seat's name.
_YEAR_BEFORE = lazy_compile(r"\b((?:19|20)\d\d)\s+$")
# A seat's name just before the word by-election ("the Richmond by-election").
_BY_ELECTION_AFTER = lazy_compile(r"(?:\s+\([A-Z][\w\s'’-]*\))?\s+by-?\s?elections?\b", re.I)
_CLAUSE_BREAK = lazy_compile(
    r"(?<!\d),|,(?!\d)|[;:—–]|\b(?:where|which|whom|whose)\b|\s-\s|\b(?:while|whereas|but|although)\b"
)


# Capitalised words that may stand before a one-word seat name without making it a surname.
_PLACE_WORDS = frozenset(lx.WORDS_BEFORE_A_SEAT)
_FORMER_MEMBER_ASIDE = lazy_compile(
    r",\s+(?:a|the)\s+(?:former|ex-|one-time|onetime)\s*(?:Labour\s+|Conservative\s+|Tory\s+)?"
    r"(?:MP|member|candidate)\s+for\s+(?:the\s+)?$"
    # ("for George Galloway, a veteran campaigner who had fought West Bromwich East", "a GP
    # who had been MP for Stockton South until 2019": a person's past seat, in an aside)
    r"|,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:who|which)\s+had\s+(?:fought|contested|"
    r"stood\s+in|been\s+(?:the\s+)?(?:MP|member)\s+for|represented|held)\s+(?:the\s+)?$",
    re.I,
)
_PLACE_PART_BEFORE = lazy_compile(
    rf"\b(?:{alternation(lx.PLACE_PART_NOUNS)})\s+(?:of|around|outside|near)\s+(?:the\s+)?$",
    re.I,
)
# A place taken from a seat into a new one: "joins Farnham, from South West Surrey, with
# Bordon and Whitehill from East Hampshire" (the seat a part came from, not the subject).
_TERRITORY_FROM_BEFORE = lazy_compile(r"\b[A-Z][\w'’-]*,?\s+from\s+(?:the\s+old\s+)?$")
# A person described by where they come from: "a businessman from", "the teacher born in".
_PERSON_FROM_BEFORE = lazy_compile(
    rf"\b(?:{alternation(lx.PERSON_NOUNS)}|{alternation(lx.PLACE_ADJECTIVE_NOUNS)}|"
    r"[a-z]+(?:man|woman|er|or|ist|ian)|mother|father|grandmother|grandfather)\s+"
    r"(?:originally\s+)?(?:from|(?:born|raised|brought\s+up|who\s+lives|who\s+grew\s+up)"
    r"\s+in)\s+(?:the\s+)?$",
    re.I,
)
# (after a preposition: "told supporters at the count in Dewsbury", "in a speech in X";
# not "The count in Bury South ran to a recount", where the count is the contest's)
_WHERE_RESULT_AFTER = lazy_compile(
    r",?\s+where\s+[^.;]{0,60}?\b(?:held|won|took|kept|gained|lost|clung|retained|captured|"
    r"topped|beat)\b",
    re.I,
)
_VENUE_BEFORE = lazy_compile(
    r"\b(?:at|to|from|outside|inside|near|in|on|after|before|during|for)\s+"
    r"(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:count|counting\s+centre|declaration|rally|hall|centre|center|hustings|conference|"
    r"speech|visit|campaign\s+event|headquarters|HQ|office)\s+(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
_WITH_PHRASE = lazy_compile(r"\s*with\b", re.I)
_COMPARED_PLACE_BEFORE = lazy_compile(
    r"\b(?:what\s+it\s+(?:was|had\s+been)\s+(?:in|at)|than\s+(?:in|at)|compared\s+(?:with|to)"
    r"(?:\s+(?:in|at))?|as\s+(?:in|at)|unlike|like|against)\s+(?:the\s+)?$",
    re.I,
)
_PLACE_ADJECTIVE_NOUNS = frozenset(lx.PLACE_ADJECTIVE_NOUNS)
_CONNECTIVE_ONLY = lazy_compile(
    r"[\s\"'“‘]*(?:then|and|but|so|later|finally|next|yet)\s*,?\s*", re.I
)
_ATTACHED_CLAUSE = lazy_compile(
    r"\s*(?:who|which|when|by|with"
    # (not "on Thursday": a clause opening on its own day is in that day's time)
    rf"|on(?!\s+(?:{alternation(lx.WEEKDAYS)})\b)|taking|winning|polling|securing|gaining|overturning"
    # ("at the West Lothian by-election in June 1962, holding the seat for Labour with ...")
    r"|holding|keeping|retaining|capturing|seizing|beating|defeating|ousting|unseating"
    # ("lost to Labour's Catherine Atkinson last July, finishing second on 23.7 per cent")
    r"|finishing|coming|ending|trailing"
    # "from a 1989 by-election, won by 2,634 votes": a participle hung on the contest.
    r"|(?:won|lost|held|taken|gained|kept|retained)\s+by)\b",
    re.I,
)


def _one_entry_per_person(ids: list[str]) -> list[list[str]]:
    """People ids grouped by person: the same surname and the same forename, one a
    familiar or shortened form of the other ("Sue"/"Susan", "Jackie"/"Jacqueline")."""
    groups: list[list[str]] = []
    # Only groups whose first name shares the surname can take a person: indexed by it,
    # so thousands of candidates (a results page) are grouped in linear time.
    by_surname: dict[str, list[tuple[str, list[str]]]] = {}
    for pid in dict.fromkeys(ids):
        words = pid.lower().split()
        if len(words) >= 2:
            a = words[0]
            for b, group in by_surname.get(words[-1], ()):
                if (
                    a.startswith(b[:3])
                    or b.startswith(a[:3])
                    or b in lx.FAMILIAR_FORENAMES.get(a, ())
                    or a in lx.FAMILIAR_FORENAMES.get(b, ())
                ):
                    group.append(pid)
                    break
            else:
                groups.append([pid])
                by_surname.setdefault(words[-1], []).append((a, groups[-1]))
        else:
            groups.append([pid])
    return groups


def one_slip_apart(a: str, b: str) -> bool:
    """Two spellings of a name (5+ letters) one typing slip apart: a swap or a wrong letter."""
    if a == b or len(a) != len(b) or len(a) < 5 or a[0] != b[0]:
        return False
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diffs) == 1:
        return True
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and a[diffs[0]] == b[diffs[1]]
        and (a[diffs[1]] == b[diffs[0]])
    )


# Words that may open an apposition to a figure: "- a 45% share", ", or 5.3%".
_APPOSITION = lazy_compile(
    r"\s*(?:[-–—,(=]|\s-)\s*(?:(?:a|an|or|some|about|around|roughly|almost|nearly|just|"
    r"only|over|under|more\s+than|less\s+than)\s+)*$",
    re.I,
)
# "held it in 1955 with 51.5 per cent, a majority of 1,590": a measure in apposition to
# the figure before it shares its time (`cue_reaches`; not its owner: see subjects).
_MEASURE_APPOSITION = lazy_compile(
    r"\s*,\s*(?:a|an)\s+(?:majority|lead)\s+of\s+(?:(?:just|only|some|about|almost|nearly)\s+)?$",
    re.I,
)


# A figure just before an election cue ("21.0% in 2019"), and "to" just after it.
_COMPARISON_CLAUSE = lazy_compile(
    r"\s*(?:(?:up|down)\s+(?:[\w.,%]+\s+){0,3}?from|compared\s+(?:with|to)|against)\b", re.I
)
_MEASURE_OF_BEFORE = lazy_compile(rf"\b(?:{alternation(lx.MEASURE_NOUNS)})\s+(?:of|from)\s+$", re.I)
_HUNG_AFTER_CUE = lazy_compile(r"\s+(?:as|when|while)\s", re.I)
# Seats counted at an election, then the majority or share they came with: "won 397 seats
# in 1983 and a majority of 144", "418 seats in 1997 came on 43.2 per cent".
_SEATS_AT_CUE = lazy_compile(r"\d\s+(?:seats|MPs)\s+(?:(?:at|in)\s+(?:the\s+)?)?$", re.I)
_WITH_THE_SEATS = lazy_compile(
    r"\s+(?:and\s+(?:a|an|the|its|their)\s+(?:overall\s+|working\s+|Commons\s+)?majority\s+of"
    r"|(?:came|rested|were\s+won|was\s+won|won)?\s*on"
    r"|with\s+(?:a|an)\s+(?:overall\s+|working\s+|Commons\s+)?majority\s+of)"
    r"\s+(?:just\s+|only\s+|barely\s+)?",
    re.I,
)
_FIGURE_BEFORE_CUE = lazy_compile(
    r"\d(?:\s*(?:%|per\s?cent|votes?|points?|seats?|majority))?\s*$", re.I
)
# A change right before "from <election>": the election is what it is counted from.
_BOUND_BEFORE = lazy_compile(r"\b(?:until|till|since|before)\s+\Z", re.I)
_UP_OR_DOWN_ON = lazy_compile(r"\b(?:up|down|higher|lower)\s+(?:on\s+)?\Z", re.I)
_CHANGE_BEFORE_CUE = lazy_compile(
    rf"(?:\d|\b{WORDS})\s*(?:percentage\s+)?(?:points?|pts)\s*$"
    r"|\b(?:up|down|fell|rose|dropped|climbed|increased|decreased|slumped|jumped)\s+(?:by\s+)?"
    r"(?:almost\s+|nearly\s+|about\s+|around\s+|more\s+than\s+|over\s+)?[\d.]+\s*"
    r"(?:%|per\s?cent)\s*$",
    re.I,
)
# "then took it", "then won the seat": the contest after the one named before (not "the
# SNP, who then won just 18.1 per cent": "then" as "at that time").
_THEN_WON = lazy_compile(
    r"\bthen\s+(?:took|won|gained|captured|seized|regained|retook)\s+(?:it|the\s+seat)\b",
    re.I,
)
# "... in 2017 by 265 votes before Ms Ferrier took it back": a later clause, its own subject.
_LATER_SUBJECT_CLAUSE = lazy_compile(
    r"\b(?:before|until)\s+(?:(?:Ms|Mr|Mrs|Miss|Dr|Sir|Dame)\.?\s+|the\s+)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:\w+\s+)?"
    r"(?:took|won|held|regained|retook|gained|captured|seized|reclaimed)\b",
    re.I,
)
# The same with the preposition that hangs the election on the figure: "a majority of
# 20,137 at the last general election".
# (the same words as `_NOW_OR_THIS_TIME`, opening a clause after a semicolon)
_NOW_CLAUSE = lazy_compile(
    rf";\s*(?:but\s+|and\s+)?(?:{alternation((*lx.NOW_WORDS, 'this time', 'this year', 'now'))})\b",
    re.I,
)
_SEATS_BEFORE_CUE = lazy_compile(r"\d\s+seats\s*$", re.I)
_WITH_SHARE_AFTER_CUE = lazy_compile(r"\s+(?:with|on)\s+(?:just\s+|only\s+|some\s+)?", re.I)
_OF_ALL_SEATS = lazy_compile(
    r"[a-z-]*\s+of\s+(?:(?:the|its|all|[A-Z][\w'’]*['’]s?)\s+)?\d[\d,]*\s+"
    r"(?:seats|constituencies|MPs)\s*",
)
_FIGURE_LABEL_DASH = lazy_compile(r"[\d,.]+\s*%?\**\s*[–—-]\s")
_NEAR_YEAR_AFTER = lazy_compile(
    r"\s+(?:in|at)\s+(?:(?:the\s+)?(?:\w+\s+){0,2})?((?:19|20)\d\d)\b", re.I
)
_SHARE_OF_BEFORE = lazy_compile(r"\d\s*(?:%|per\s?cent)\s+of\s+$", re.I)
_FIGURE_AT_CUE = lazy_compile(
    r"\d(?:\s*(?:%|per\s?cent|votes?|points?|seats?|majority))?\s+(?:at|in)\s+$", re.I
)
_PAST_FIGURE_PREDICATE = lazy_compile(
    rf"\s+(?:{alternation(lx.PAST_FIGURE_PREDICATE_VERBS)})\b", re.I
)


def is_apposition(sentence: str, clause_break: int, at: int) -> bool:
    """Whether the figure at `at` follows a figure and a break with nothing but hedges."""
    if not _APPOSITION.fullmatch(sentence, clause_break, at):
        return False
    # The figure it stands beside: in the clause before, within a short phrase.
    window = sentence[max(0, clause_break - 60) : clause_break]
    window = _CLAUSE_BREAK.split(window)[-1]
    return bool(re.search(r"\d", window))


# What opens a noun-phrase aside after a comma or dash: "a seat he had held". (Not a
# relative clause: in ", who won the seat ... at the 2019 general election, taking 55 per
# cent" the participle goes on with the relative clause.)
# A relative clause on a seat, with no comma before it, running on to the cue: "took a seat
# the Tories had held by 14,654 votes in 1987, winning by 9,449".
_RELATIVE_ASIDE = lazy_compile(
    rf"\b(?:a|an|the)\s+(?:{alternation(lx.ASIDE_HEAD_NOUNS)})\s+(?:that\s+|which\s+)?"
    r"(?:(?:the|he|she|they|it)\s+|[A-Z][\w'’-]*\s+){1,3}(?:had\s+)?"
    r"(?:held|won|taken|kept|gained|carried|lost|fought|contested)\b(?:[^,;:]|(?<=\d),(?=\d))*$",
    re.I,
)
_ASIDE_OPENER = lazy_compile(
    # ("Sarah Olney, whose by-election majority was 1,872, took 28,543")
    rf"\s*(?:whose\b"
    rf"|(?:a|an)\s+(?:{alternation(lx.ASIDE_HEAD_NOUNS)})"
    rf"|(?:{alternation(lx.ASIDE_PARTICIPLES)})\s+(?:to|by|from|at|in|since)"
    # ("Matt Warman, the Conservative MP first elected here in 2015, who polled ...")
    rf"|(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}(?:first\s+)?"
    rf"(?:{alternation(lx.CAREER_ASIDE_PARTICIPLES)}))\b",
    re.I,
)


# "the 2015 result", "the 1997 contest": a year naming its election.
# (and "the 2010 turnout", "Labour's 2017 share": a year before a result's measure)
_RESULT_NOUN_AFTER = lazy_compile(
    # ("Labour's 2019 candidate had finished second": the candidate at that contest)
    r"\s+(?:result|contest|count|campaign|turnout|majority|share|margin|electorate|tally|"
    # ("The 1997 figure was his best: a majority of more than 27,000")
    r"figures?|vote|"
    rf"candidate|nominee|{alternation(lx.ELECTION_EVENT_NOUNS)})\b",
    re.I,
)
_POSSESSIVE_BEFORE = lazy_compile(r"(?:\w['’]s?|\b(?:its|their|his|her|our|whose))\s+$", re.I)
_MEASURE_NOUN_AFTER = lazy_compile(
    r"\s+(?:turnout|majority|share|margin|electorate|tally|candidate|nominee)\b", re.I
)
# A figure in digits or words ("up around ten points on the notional 2019 result").
_FIGURE = lazy_compile(rf"\d|\b{WORDS}\b", re.I)
# A word of change in a clause: "rose 14.0 points to 43.9% on the notional 2019 figures"
# counts from those figures.
_CHANGE_WORD = lazy_compile(
    rf"\b(?:points?|pts|up|down|to|rise|fall|{alternation(lx.ELISION_VERBS)})\b", re.I
)
# A measure and its figure after a cue: "notional 2005 majority of 10,344".
_MEASURE_OF_AFTER = lazy_compile(
    r"\s+(?:\w+\s+)?(?:majority|share|turnout|vote)\s+(?:of|was)\s+(?:just\s+|only\s+)?\d", re.I
)
# A share or count hung by "on" on what follows: "9.3% on ", "4,775 votes there on the ".
_FIGURE_ON_BASIS = lazy_compile(
    r"\d(?:%|\s*per\s?cent|\s+votes?)?(?:\s+(?:there|here|then))?\s+(?P<on>on)\s+(?:the\s+)?$",
    re.I,
)
# The digits of a figure as written at a claim's start ("13,474", "44.1"): a cue after
# the figure is as near as the words between them.
_FIGURE_AT = re.compile(r"[\d][\d,.]*\d|\d")
_FIGURE_AND_UNIT_AT = re.compile(rf"(?:{_FIGURE_AT.pattern})(?:\s?%|\s*per\s?cent\b)?", re.I)
# A figure's unit, then the contest it was taken at: "30.9 per cent at the by-election".
_UNIT_AT_THE = (
    r"(?:\s?%|\s*per\s?cent|\s+votes?|\s+points?)?\s+(?:at|in)\s+(?:the|that)\s+"
    r"(?:[A-Za-z]+\s+)?"
)
_UNIT_THEN_AT_THE = lazy_compile(_UNIT_AT_THE, re.I)
_FIGURE_UNIT_AT_THE = lazy_compile(rf"\d{_UNIT_AT_THE}$", re.I)
# The join to a change's next step: " to ", " to just ".
_STEP_TO_BEFORE = lazy_compile(r"\s+to\s+(?:just\s+|only\s+|almost\s+|nearly\s+)?", re.I)
# An aside still open at a seat's name: a relative clause ("Paul Williams, who lost
# Stockton South ..."), or with an apposition too ("Mr Holden, the member for ...").
_RELATIVE_OPENED = lazy_compile(rf",\s+(?:{alternation(lx.RELATIVE_OPENERS)})\b[^,;:–—]*$", re.I)
_ASIDE_OPENED = lazy_compile(
    rf",\s+(?:{alternation((*lx.RELATIVE_OPENERS, *lx.APPOSITION_OPENERS))})\b[^,;:–—]*$", re.I
)


def _in_closed_aside(sentence: str, cue_start: int) -> bool:
    """Whether the election cue at `cue_start` stands in an aside opened after the
    sentence's main clause began (", a seat he had held ... in 2010, polling ...")."""
    if _RELATIVE_ASIDE.search(sentence, 0, cue_start):
        return True  # "Heal took a seat the Tories had held by 14,654 votes in 1987, ..."
    opens = list(re.finditer(r",(?!\d)|\s[–—-]\s", sentence[:cue_start]))
    if not opens:
        return False
    last = opens[-1]
    return bool(sentence[: last.start()].strip()) and bool(
        _ASIDE_OPENER.match(sentence, last.end())
    )


def _in_relative_aside(sentence: str, cue_start: int) -> bool:
    """Whether the election cue at `cue_start` stands in a relative clause set off by a
    comma after the main clause began (", which it lost at the last general election")."""
    opens = list(re.finditer(r",(?!\d)|\s[–—-]\s", sentence[:cue_start]))
    return (
        bool(opens)
        and bool(sentence[: opens[-1].start()].strip())
        and bool(_WH_ASIDE_OPENER.match(sentence, opens[-1].end()))
    )


_WH_ASIDE_OPENER = lazy_compile(r"\s*which\b", re.I)


def _between_subject_and_verb(sentence: str, cue_start: int, after_close: int) -> bool:
    """Whether the cue stands in a relative clause set between a sentence's named subject
    and its verb ("In Bury North, James Frith, who won in 2017, lost ..."): the clause
    opens right after the name and the word after its closing comma is a finite verb."""
    opened = _SUBJECT_THEN_RELATIVE.fullmatch(sentence, 0, cue_start)
    return bool(
        opened
        and sentence[after_close - 1] == ","
        and _FINITE_VERB_NEXT.match(sentence, after_close)
        # ("Richmond, which Hague held from a 1989 by-election, won by 2,634 votes": a
        # participle hung on the contest, as a seat's clause may have no verb of its own)
        and not (
            opened.group("opener").lower() == "which"
            and _CONTEST_PARTICIPLE.match(sentence, after_close)
        )
    )


# (an opening phrase of a few words, then a name, then ", who ..." or ", which ...")
_SUBJECT_THEN_RELATIVE = lazy_compile(
    r"\s*(?:(?:[\w'’-]+\s+){0,4}[\w'’-]+,\s*)?(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}"
    r"[A-Z][\w'’.-]*,\s*(?P<opener>who|which)\b[^,;:–—]*"
)
# A lower-case word opening the clause that is no participle, preposition or relative
# word: "lost", "held", "saw", "was".
_FINITE_VERB_NEXT = lazy_compile(
    r"\s*(?!(?:with|by|on|in|at|to|from|when|who|which|whose|where|and|but|or|after|"
    r"before|as|while|a|an|the|up|down)\b)[a-z]+(?<!ing)\b"
)
# A participle hung on the contest a clause named: "from a 1989 by-election, won by 2,634".
_CONTEST_PARTICIPLE = lazy_compile(r"\s*(?:won|lost|held|taken|gained|kept|retained)\s+by\b", re.I)


# A seat count's own share between it and a time: " seats on 43.6% ".
# A clause whose verb is left out, up to its figure: "UKIP one on", "the Greens 4.2 per cent
# and".
_GAPPED_CLAUSE = lazy_compile(
    rf"\s*(?:and\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+"
    rf"(?:\d[\d,]*|{WORDS})(?:\s+(?:seats?|MPs?))?\s+(?:on|with)\s+(?:just\s+|only\s+)?"
)
_PLUPERFECT = lazy_compile(
    r"\b(?:had|'d)\s+(?:\w+ly\s+)?(?:held|won|taken|kept|been|lost|polled)\b", re.I
)
# ", and the swing ... was": a new subject (a noun phrase, no name) and a plain past verb.
_AND_NEW_SUBJECT_WAS = lazy_compile(
    r",\s+(?:and|but)\s+the\s+(?:[\w'’-]+\s+){0,6}?(?:was|were|is|are)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_SHARE_AND_MAJORITY = lazy_compile(
    r"\s?(?:%|per\s?cent)(?:\s+of\s+the\s+(?:vote|poll))?\s+and\s+(?:a|an|the|his|her|its)\s+"
    r"majority\s+of\s+[\d,]+(?:\s+votes?)?\s+(?:(?:in|at)\s+(?:[A-Z][\w'’-]*\s+){1,4})?",
    re.I,
)
# "second on 28.5% in 2010", "third with 6,713 votes at the by-election": a place and
# the figure it was won with share the time after them.
_PLACE_ON_FIGURE = lazy_compile(
    rf"(?:{alternation(lx.ORDINALS)})(?:\s+place)?\s+(?:on|with)\s+(?:just\s+|only\s+)?"
    r"\d[\d,.]*\s?(?:%|per\s?cent|votes?)?(?:\s+of\s+the\s+vote)?,?\s+",
    re.I,
)
# The phrase naming a time just after a figure's words: "in 2019", "at the 2017 election",
# "that year".
_A_BEFORE = lazy_compile(r"\ban?\s+$", re.I)
_SPACED_DASH = lazy_compile(r"\s[-–—]\s")
# How far an aside between dashes reaches either side of a time inside it.
_ASIDE_REACH = 150
_TIME_AFTER_FIGURE = lazy_compile(r"(?:at|in|that\s+year|the\s+same\s+year)\b", re.I)
_SEATS_ON_SHARE = lazy_compile(
    r"\s*(?:seats|MPs)\s+(?:on|with)\s+(?:just\s+|only\s+)?[\d.]+\s?(?:%|per\s?cent)"
    # ("56 seats on 4.7 per cent of the UK vote in 2015")
    r"(?:\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:vote|poll|total))?\s*,?\s*",
    re.I,
)
_WITH_MAJORITY = lazy_compile(r"\bwith\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?majority\b", re.I)
_OWN_CLAUSE_OPENS = lazy_compile(r",|\b(?:which|who|that|when|where)\b", re.I)
_OVERTURNED_BEFORE = lazy_compile(
    r"\b(?:overturn\w*|defend\w*|inherit\w*)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:majority|victory|win|gain)\b[^.;]*$",
    re.I,
)
# The first share of a pair before the second's place: "39.0% to ".
# ("with a majority of 2,034 over Labour's Emily Owen, by 46.1% to 39.7%")
_APPOSED_PAIR = lazy_compile(
    r"\s*(?:by\s+)?[\d.]+\s?(?:%|per\s?cent)\s+(?:to|against|v|vs\.?)\s+", re.I
)
_APPOSED_SHARE = re.compile(
    r"^(?:\s+votes?)?(?:,\s+(?:or\s+)?[\d.]+\s?(?:%|per\s?cent)|\s*\(\s*[\d.]+\s?%\s*\))"
)


# A figure a change is counted from, right before a time: "up from 777 last time".
_FROM_FIGURE_BEFORE = lazy_compile(
    r"\bfrom\s+(?:(?:just\s+|only\s+|a\s+mere\s+)?\d[\d,.]*(?:\s*%|\s*per\s?cent|\s+votes?)?"
    # "slipped from second place at last year's general election to fourth with 3,363"
    rf"|(?:{alternation(lx.ORDINALS)})(?:\s+place)?)(?:\s+(?:at|in|on)(?:\s+the)?)?"
    # ("up from 35 at the snap election two years ago": the election described)
    rf"(?:\s+(?:snap|last|previous|general|early|{alternation(lx.MONTHS)})(?:\s+(?:general|snap))?"
    r"\s+election)?\s+$",
    re.I,
)


_SINCE_END = lazy_compile(r"\bsince\s+$", re.I)


def _own_since_start(sentence: str, at: int) -> int:
    """Where a figure's own "since" starts ("since 1962"), else the figure's start."""
    since = _SINCE_END.search(sentence, max(0, at - 8), at)
    return since.start() if since else at


def _writing_time(last: re.Match[str]) -> bool:
    """Whether a `_LAST_GENERAL` match counts back from when the piece was written: "the
    last election" with no year of its own ("the previous election" counts back from the
    contest reported; "the last general election in 2019" names its year)."""
    return re.sub(r"^the\s+", "", last.group(0).lower()).startswith("last") and not (
        _YEAR_FOLLOWS.match(last.string, last.end())
    )


def cue_reaches(sentence: str, cue_start: int, cue_end: int, at: int) -> bool:
    """Whether an election named in a sentence governs the figure at `at`.

    It does within its own clause, and from a short opening phrase ("At the 2015
    general election, ...") over the whole sentence; not from one clause to another
    ("In a seat won by X at the 2015 general election, the party's share rose ...").
    """
    hung = _ELECTION_OF_BEFORE.search(sentence, max(0, cue_start - 40), cue_start)
    if hung is not None:
        cue_start = hung.start()  # ("the general election of 31 March 1966": one phrase)
    if (
        at >= cue_end
        and _LABEL_COLON.match(sentence, cue_end)
        and _ITEM_LINE_START.search(sentence, 0, cue_start)
        and "\n" not in sentence[cue_end:at]
    ):
        return True  # "- Peterborough, June 2019: Brexit Party second with 9,801": a label

    if (
        at >= cue_end
        and (cue_start == 0 or sentence[cue_start - 1] == "\n")
        and _YEAR_OPENING_LINE.fullmatch(sentence, cue_start, cue_end)
        and "\n" not in sentence[cue_end:at]
    ):
        return True  # "1997 Labour gain, majority 7,323": a year opening its line dates it
    lo, hi = sorted((cue_end, at)) if at >= cue_end else (at, cue_start)
    if (
        at >= cue_end
        and _SPACED_DASH.search(sentence, cue_end, min(at, cue_end + _ASIDE_REACH))
        # (an odd number of dashes just before the time: an aside open there; the look is
        # bounded, so a run-on sentence of many cues costs each no more than a short one)
        and len(_SPACED_DASH.findall(sentence, max(0, cue_start - _ASIDE_REACH), cue_start)) % 2
    ):
        # "The Tories won 365 seats - their biggest haul since the glory days in 1987 - on
        # 43.6 per cent": a time inside an aside between dashes is the aside's own.
        return False
    if at >= cue_end and _LATER_SUBJECT_CLAUSE.search(sentence, cue_end, at):
        # "Labour won the seat in 2017 by 265 votes before Ms Ferrier took it back with a
        # majority of 5,230": a clause of a later time, with a subject and verb of its own.
        return False
    if at >= cue_end and _NOW_CLAUSE.search(sentence, cue_end, at):
        # "In 1992 David Mellor had a majority of 7,526; now Tony Colman has ..., a majority
        # of 2,976": a clause opened by "now" after a semicolon is in its own time.
        return False
    if (
        at >= cue_end
        and _FROM_FIGURE_BEFORE.search(sentence, 0, cue_start)
        and not re.match(r",?\s+when\b", sentence[cue_end:])
    ):
        # "by 1,934 votes, up from 777 last time, with 48.9 per cent": the time of a
        # figure a change is counted from is that figure's, not the clauses' after it
        # (but "up from 60.9% in 2015, when she won by 5,315": the when-clause's own).
        return False
    if (
        at >= cue_end
        and _OVERTURNED_BEFORE.search(sentence, 0, cue_start)
        and (
            re.search(
                r"\b(?:and|then)\s+(?:winning|taking|securing|gaining)\b", sentence[cue_end:at]
            )
            # ("overturning the Liberal Democrats' by-election victory of March last year
            # with a comfortable majority of 6,542": the winner's own majority, when the
            # time is in the object overturned, not in a clause of its own)
            or (
                _WITH_MAJORITY.search(sentence, cue_end, at)
                and not _OWN_CLAUSE_OPENS.search(
                    _OVERTURNED_BEFORE.search(sentence, 0, cue_start).group()
                )
            )
            # ("overturning a majority of 7,938 from 2015, on a turnout of 71.0 per cent":
            # a time hung on the majority by "from" is the majority's alone)
            or (
                re.match(r"from\b", sentence[cue_start:cue_end], re.I)
                # (but "a majority of 3,733 from 2015, when he polled 44.8%": its when-clause)
                and not re.match(r",?\s+when\b", sentence[cue_end:])
            )
        )
    ):
        # "overturning the majority of twenty-two Labour's Ian Austin held in 2017 and
        # winning by 11,533 votes": the year dates the majority overturned, not the win.
        return False
    if at < cue_start and "(" in sentence[at:cue_start]:
        # "Turnout: 72.1% (notional 2019: 78.0%)": an aside in brackets has its own time.
        return False
    if at < cue_start:
        # "a majority of 26,000 - 1,180 more than this year - at the last general election in
        # 2019": an aside between dashes is skipped; the phrase after it qualifies the figure.
        aside = re.fullmatch(
            r"[\d,.]+(?:\s+votes?)?\s[–—-]\s[^–—]+?\s[–—-]\s+((?:at|in)\b[^,;:–—\d]*)",
            sentence[at:cue_start],
        )
        if aside:
            return True
        # "Her majority of 8,326 was close to the 8,336 she won in 2019": an election named
        # after another figure belongs to that figure, not to this one.
        between = re.sub(r"^[\d,.]+", "", sentence[at:cue_start])
        if _COMPARED_THING.search(between):
            # "Her majority of 6,940 is almost double the one Mike Hill defended seventeen
            # months ago": the time of the thing compared with, not of this figure.
            return False
        # "7,015 votes, or 17.8%, in 2015": a share apposed to the count shares its time.
        apposed_share = _APPOSED_SHARE.match(between)
        if (
            apposed_share
            and re.fullmatch(r",?\s*", between[apposed_share.end() :])
            and _TIME_AFTER_FIGURE.match(sentence, cue_start)
        ):
            return True
        if (
            _SEATS_ON_SHARE.fullmatch(between) or _OF_ALL_SEATS.fullmatch(between)
        ) and _TIME_AFTER_FIGURE.match(sentence, cue_start):
            # "365 seats on 43.6% in 2019": the seats and their share, one time; "41 of
            # Scotland's 59 seats in 2010": the count and the whole it is of
            return True
        if _SHARE_AND_MAJORITY.fullmatch(between) and _TIME_AFTER_FIGURE.match(sentence, cue_start):
            # "who took 46.1% of the vote and a majority of 2,034 in Aberconwy in 2019":
            # measures joined by "and" share the place and time after them.
            return True
        if _PLACE_ON_FIGURE.fullmatch(sentence, at, cue_start) and _TIME_AFTER_FIGURE.match(
            sentence, cue_start
        ):
            return True
        if re.search(r"\d", between):
            return False
    breaks = list(_CLAUSE_BREAK.finditer(sentence, lo, hi))
    if (
        at >= cue_end
        and len(breaks) == 1
        and breaks[0].group() == ","
        and _GAPPED_CLAUSE.fullmatch(sentence, breaks[0].end(), at)
        and _FIGURE.search(sentence, 0, cue_start)
    ):
        # "The SNP won 56 seats in 2015, UKIP one on 12.6 per cent": a clause with its verb
        # left out goes on in the time of the clause it copies.
        return True
    apposed = (
        bool(breaks)
        and at >= cue_end
        and (
            is_apposition(sentence, breaks[-1].start(), at)
            or (
                _MEASURE_APPOSITION.fullmatch(sentence, breaks[-1].start(), at) is not None
                and re.search(r"\d", sentence[max(0, breaks[-1].start() - 20) : breaks[-1].start()])
                is not None
            )
            # "led by 390 votes, 39.0% to 38.3%": the second share of a pair in apposition.
            or (
                _APPOSED_PAIR.fullmatch(sentence, breaks[-1].end(), at) is not None
                and is_apposition(sentence, breaks[-1].start(), breaks[-1].end())
            )
        )
    )
    # (a cue may begin after its preposition: "and in the October election it dropped")
    preposition = _PREPOSITION_END.search(sentence, max(0, cue_start - 4), cue_start)
    opens_at = preposition.start() if preposition else cue_start
    if (
        at >= cue_end
        and _CLAUSE_OPENING_CUE.search(sentence, 0, opens_at)
        and (preposition or re.match(r"(?:in|at)\b", sentence[cue_start:], re.I))
        and not (breaks and _OTHER_TIME.search(sentence, breaks[-1].end(), at))
    ):
        # "In 2015 he won by 14,021, and in 2017 he recorded 26,046 votes, 55.2% of the
        # total and a majority of 10,000": an election opening a clause sets the time of
        # the clauses after it, as one opening the sentence does (a later one opening its
        # own clause takes over: the cue nearest the figure governs, see `election_choice`).
        return True
    if (
        breaks
        and at >= cue_end
        and not apposed
        and sentence[:cue_start].strip(" \t\n\"'“‘(")
        and re.search(r"\b(?!(?:19|20)\d\d\b)\d", sentence[cue_end : breaks[0].start()])
        # (not its when-clause: "lower than in 2017 (40.0%), when it won 262 seats")
        and not _WHEN_AFTER_CUE.match(sentence, cue_end)
        # ("won the 2016 by-election by 1,872 votes, with Mr Goldsmith on 18,638": a
        # "with" phrase hung on the clause adds to its result; so does "Her majority that
        # night was 1,252, on 31.3% of the vote": a bare figure hung on the clause)
        and not (
            len(breaks) == 1
            and (
                _WITH_PHRASE.match(sentence, breaks[0].end())
                or _FIGURE_HUNG_ON.match(sentence, breaks[0].end())
            )
        )
    ):
        # "Labour's lead in 2005 had been 27.2 points, which Mr Rennie turned into a
        # margin of 1,800": a year inside a clause with its own figure stays there.
        return False
    if breaks and at >= cue_end:
        opened = [b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, cue_start)]
        if (
            opened
            and _COMPARISON_CLAUSE.match(sentence, opened[-1], cue_start)
            # (but its when-clause is in its time: "against 74 per cent at the 2019
            # general election, when Labour finished second with 14,028 votes")
            and not _WHEN_AFTER_CUE.match(sentence, cue_end)
        ):
            # "Labour won 37 of the 57 seats, up from one seat in 2019, with 35.3% of the
            # vote": the time of a comparison's clause is the comparison's alone.
            return False
    if (
        breaks
        and at >= cue_end
        and _MEASURE_OF_BEFORE.search(sentence, max(0, cue_start - 25), cue_start)
        and not _WHEN_AFTER_CUE.match(sentence, cue_end)
    ):
        # "wiped out the 169-vote Sinn Féin majority of two years ago in Foyle, winning by
        # 17,110": a time qualifying a measure's noun is that measure's, not the clause
        # hung on after it.
        return False
    attached = bool(breaks) and _ATTACHED_CLAUSE.match(sentence, breaks[0].end())
    # "rose to 20,368 in 2017 as the Conservatives took 26.9 per cent": a clause hung on
    # the cue's own with no break before it is in the cue's time too.
    attached = attached or (not breaks and _HUNG_AFTER_CUE.match(sentence, cue_end, at))
    attached = attached or bool(
        not breaks
        and _SEATS_AT_CUE.search(sentence, 0, cue_start)
        and _WITH_THE_SEATS.fullmatch(sentence, cue_end, at)
    )
    if breaks and at >= cue_end and not apposed and _in_closed_aside(sentence, cue_start):
        # "Jim Murphy lost East Renfrewshire, a seat he had held with a majority of 10,420
        # in 2010, polling 19,295 votes": an election inside an aside (a noun phrase or
        # relative clause set off by commas) stays inside it; what follows the aside goes
        # on with the clause before it.
        return False
    if (
        breaks
        and at >= cue_end
        and not apposed
        and _FIGURE_AT_CUE.search(sentence, 0, cue_start)
        and _PAST_FIGURE_PREDICATE.match(sentence[cue_end : breaks[0].start()])
    ):
        # "the Conservative majority of 20,137 at the last general election was wiped out,
        # with the Labour share up 21.4 points": the election qualifies the figure before
        # it inside a noun phrase, and the clause goes on past it with its own predicate;
        # a clause hung on after that predicate belongs to the sentence's own contest.
        return False
    if (
        at >= cue_end
        and (
            _FIGURE_BEFORE_CUE.search(sentence, 0, cue_start)
            # "fell from 6.9% at the last general election to 3.5%"
            or (
                _FIGURE_AT_CUE.search(sentence, 0, cue_start)
                and re.match(r"\s+to\s", sentence[cue_end : cue_end + 4])
            )
        )
        and not apposed
        and not attached
        # ("won six of the 59 seats in 2010 with 19.9 per cent": seats and their share)
        and not (
            _SEATS_BEFORE_CUE.search(sentence, 0, cue_start)
            and _WITH_SHARE_AFTER_CUE.fullmatch(sentence, cue_end, at)
        )
    ):
        # "rose from 21.0% in 2019 to 35.1%", "her majority of 5,828 at the 2017 election was
        # overturned on a swing of 11.4%": the election qualifies the figure just before it.
        # (It stays a reading of the later figure: see `other_election_cues`.)
        return False
    if apposed:
        # "a majority of 16,233 in the 2019 general election - some 55 per cent of the
        # vote": a figure in apposition to the one before shares its contest.
        breaks.pop()
    if not breaks:
        return True
    # "had held the seat by 378 votes, at the 2015 general election": a trailing phrase.
    if (
        at < cue_start
        and len(breaks) == 1
        and breaks[0].group() == ","  # (not "...; in June he took ...": a new clause)
        and re.fullmatch(r"\s*", sentence[breaks[0].end() : cue_start])
        and _TIME_AFTER_FIGURE.match(sentence, cue_start)
    ):
        return True
    if (
        at >= cue_end
        and _in_relative_aside(sentence, cue_start)
        and not _CONTEST_PARTICIPLE.match(sentence, breaks[0].end())
    ):
        # "Labour has won back Wakefield, which it lost to the Conservatives at the last
        # general election, with a majority of 4,925": the relative clause's time stays in it
        # (but "which Hague held from a 1989 by-election, won by 2,634 votes": the contest's).
        return False
    if at >= cue_end and _between_subject_and_verb(sentence, cue_start, breaks[0].end()):
        # "James Frith, who won in 2017, lost by 105 votes": the relative clause's time
        # stays in it; the verb after it is the subject's own.
        return False
    # "... in 2017 to Sandy Martin, who won by 831 votes", "in 2010, when she took 39.3%",
    # "won it in 1987, by just 874 votes": a clause hung on the one naming the election.
    if (
        at >= cue_end
        and len(breaks) <= 2
        and _ATTACHED_CLAUSE.match(sentence, breaks[0].end())
        and (len(breaks) == 1 or breaks[1].start() - breaks[0].end() <= 1)
    ):
        return True
    if (
        at >= cue_end
        and breaks
        and _PLUPERFECT.search(sentence, cue_end, breaks[0].start())
        and _AND_NEW_SUBJECT_WAS.match(sentence, breaks[-1].start(), at)
    ):
        # "Two years ago Helen Goodman had held the seat with 48.1 per cent ..., and the
        # swing from Labour to the Conservatives was 9.5 per cent": a clause with its own
        # subject back in the plain past has left the pluperfect's earlier time.
        return False
    # "In 2015 X kept the seat, and Y finished on 13,120 votes", "At the snap election in
    # 2017 she came second, ...": an election that opens the sentence sets its time, unless
    # the figure's own clause names another.
    if (
        at >= cue_end
        and (
            not sentence[:cue_start].strip(" \t\n\"'“‘(")
            or _OPENING_ELECTION_PHRASE.fullmatch(sentence, 0, cue_start)
        )
        # ("its first win there since 1962": the figure's own "since" is no other time)
        and not _OTHER_TIME.search(sentence, breaks[-1].end(), _own_since_start(sentence, at))
    ):
        return True
    opening = _CLAUSE_BREAK.search(sentence)
    if not opening or cue_end > opening.start():
        return False
    words = len(sentence[: opening.start()].split())
    # "When the counting finally stopped on 2 May 1997, ...": an opening time clause sets
    # the time of the sentence, at any reasonable length.
    return words <= 7 or (words <= 15 and bool(_OPENING_TIME_CLAUSE.match(sentence)))


# A figure of a progression and what joins it to the next: "from 41.8% in 2015 to 52.3%
# and then 57.2%".
_STEP_FIGURE = re.compile(r"(?<![\d,.])\d[\d,]*(?:\.\d+)?(?![\d,.]\d)(?:\s?%|\s*per\s?cent\b)?")
_STEP_BEFORE = re.compile(
    rf"\b(?:{alternation(lx.PROGRESSION_STEP_WORDS)})\s+(?:just\s+|only\s+)?$", re.I
)
_STEP_JOIN = re.compile(
    rf"(?:\s*(?:votes?|points?))?\s*,?\s*(?:{alternation(lx.PROGRESSION_STEP_WORDS)})\s+"
    r"(?:just\s+|only\s+)?",
    re.I,
)
# An opening phrase naming an election, up to the year that dates it: "At the snap
# election in 2017", "In the general election of".
_OPENING_ELECTION_PHRASE = re.compile(
    r"[\s\"'“‘(]*(?:At|In)\s+(?:the|that|this|his|her|their)\s+(?:(?:[\w-]+\s+){0,2}?"
    # ("At the general election of 2017": the cue holds the election's words itself)
    r"(?:general\s+)?(?:election|contest|poll)\s+(?:of\s+)?)?"
)
# The start of a clause, up to an election cue that opens it: ", and in 2017 ...".
_CLAUSE_OPENING_CUE = re.compile(
    r"\S\s*(?:[,;:]|\s[-–—]|[–—])\s*(?:(?:and|but|then|while|whereas)\s+)?(?:then\s+)?$", re.I
)
_PREPOSITION_END = re.compile(r"\b(?:in|at)\s+$", re.I)
# A bare figure hung on a clause: ", on 31.3% of the vote", ", with 14,986", or a measure
# and its figure: ", on a turnout of 81.2%", ", with a majority of 1,139".
_FIGURE_HUNG_ON = re.compile(
    rf"\s*(?:on|with)\s+(?:(?:a|an|the)\s+(?:{alternation(lx.MEASURE_NOUNS)})\s+of\s+)?"
    r"(?:just\s+|only\s+|some\s+)?\d",
    re.I,
)

_OPENING_TIME_CLAUSE = re.compile(
    r"[\s\"'“‘]*(?:When|After|Once|Before|By\s+the\s+time|On\s+the\s+night)\b"
)
# The words that hang a date on an election before it: "At the general election of 31
# March 1966 Labour won ...": the date and its election are one time phrase.
_ELECTION_OF_BEFORE = re.compile(
    r"\b(?:(?:at|in)\s+)?the\s+(?:general\s+)?election\s+(?:of|on|held\s+on)\s+$", re.I
)


# Words that make what follows them in a clause a comparison's baseline: "Against the
# notional result on the new boundaries, ...", "down from a notional majority of ...".
_COMPARED_BEFORE = lazy_compile(
    r"\b(?:against|compared\s+(?:with|to)|relative\s+to|than|versus|vs|from)\s+[^,;:–—]*$", re.I
)
# "up 14.5 points on the notional 2019 result on the new boundaries": "on" after a figure.
_CHANGE_ON_BEFORE = lazy_compile(r"\b(?!(?:19|20)\d\d\b)\d[^,;:–—]*?\bon\s+[^,;:–—]*$", re.I)


def notional_frames(sentence: str, year_bases: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the phrases that frame figures in a sentence as notional.

    "notionally", "on the new boundaries", "on notional figures" frame the figures they
    reach, unless they stand in a comparison's baseline ("up 9 points on the notional
    result on the new boundaries") or describe a seat ("gained the notionally Labour seat",
    "won Wokingham, notionally a Tory seat, by ..."). "on paper" and "on the 2019 figures"
    (`year_bases`) frame only beside a conditional ("on paper the Tories would have won by
    ..."); where the sentence has a frame, its conditional is one too ("The seat was
    notionally Labour: the party would have led by 390 votes").
    """
    strong = []
    for m in _NOTIONAL_FRAME.finditer(sentence):
        if re.search(
            r"\b(?:gain|gains|hold|holds)\s+(?:on\s+|from\s+)?(?:the\s+)?$",
            sentence[max(0, m.start() - 20) : m.start()],
            re.I,
        ):
            continue  # "Labour gain on notional figures, by 15 votes": what the gain is over
        clause = _CLAUSE_BREAK.split(sentence[: m.start()])[-1]
        if m.group(0).lower() == "notionally":
            if _SEAT_NOTIONALLY.search(sentence, 0, m.start()):
                continue
        elif _COMPARED_BEFORE.search(clause) or _CHANGE_ON_BEFORE.search(clause):
            continue
        strong.append((m.start(), m.end()))
    conditional = [(m.start(), m.end()) for m in _COUNTERFACTUAL.finditer(sentence)]
    weak = [(m.start(), m.end()) for m in _NOTIONAL_BASIS.finditer(sentence)] + year_bases
    # "Had the new Harlow seat existed in 2019, the Conservatives would have won it with
    # 64.6%": the seat as redrawn, at that election.
    weak += [(m.start(), m.end()) for m in _SEAT_EXISTED.finditer(sentence)]
    if conditional and (strong or weak):
        return sorted(strong + weak + conditional)
    return strong


# "the notionally Labour seat", "a notionally Tory marginal", ", notionally a Labour seat,":
# "notionally" describing a seat after a determiner or a comma, not a figure's clause.
_SEAT_NOTIONALLY = lazy_compile(
    r"(?:\b(?:the|a|an|this|that|its|their|his|her)|,|\s[-–—])\s*$", re.I
)


def notional_reaches(sentence: str, frame: tuple[int, int], at: int) -> bool:
    """Whether a notional frame reaches the place `at` (a figure or an election's cue).

    Its own clause, and a "with" phrase hung on it ("The seat was notionally Labour, with a
    majority of 390"); past a colon closing its clause ("The redrawn seat was notionally
    even safer: on the 2019 figures the Conservatives would have won ..."); from the start
    of the sentence as an opening time reaches. Not another clause ("Wokingham was
    notionally a Tory seat, but Clive Jones won by 8,345").
    """
    start, end = frame
    if at < start and ";" in sentence[at:start]:
        return False  # "won by 402 votes in 2019; notionally 935 on the new lines"
    if at < start or not sentence[:start].strip(" \t\n\"'“‘("):
        return cue_reaches(sentence, start, end, at)
    breaks = list(_CLAUSE_BREAK.finditer(sentence, end, at))
    if not breaks:
        return True
    if breaks[0].group(0) == ":":
        return True
    return (
        len(breaks) == 1
        and _WITH_PHRASE.match(sentence, breaks[0].end()) is not None
        and not re.search(r"\b(?!(?:19|20)\d\d\b)\d", sentence[end : breaks[0].start()])
    )


# Marks the cue of a notional frame: it reaches as `notional_reaches` says.
NOTIONAL_FRAME_NOTE = " (notional frame)"


def reaches(sentence: str, cue: tuple, at: int) -> bool:
    """Whether an election cue (start, end, election, why) governs the figure at `at`."""
    if cue[3].endswith(NOTIONAL_FRAME_NOTE):
        return notional_reaches(sentence, (cue[0], cue[1]), at)
    if cue[3].endswith(BRACKETED_YEAR_NOTE):
        return at < cue[0] and bool(_FIGURE_THEN_BRACKETED_YEAR.fullmatch(sentence, at, cue[1]))
    if cue[3].endswith(NOUN_TIME_NOTE):
        # Its noun's figure: the clause up to a break or a conjunction ("The 2010 turnout
        # was 67.1%", "Mr Cable's 2010 majority of 12,410 was overturned as ...").
        # (and the same measure's share in apposition to that figure: "His 2017 majority had
        # been 9,999, or 17.5 per cent of the vote")
        return at >= cue[1] and (
            not _NOUN_CLAUSE_ENDS.search(sentence, cue[1], at)
            or _NOUN_FIGURE_APPOSED.fullmatch(sentence, cue[1], at) is not None
        )
    return cue_reaches(sentence, cue[0], cue[1], at)


def _wrapped(sentence: str, start: int, end: int) -> bool:
    """Whether every line break in sentence[start:end] is within a line wrapped at a width
    (the next line opens in lower case and goes on with the sentence)."""
    at = sentence.find("\n", start, end)
    while at >= 0:
        if not runs_on(sentence, at, len(sentence)):
            return False
        at = sentence.find("\n", at + 1, end)
    return True


# A run of years ("2010, 2015, 2017 and 2019"), "the four elections from 2010", and a run of
# figures ("20,100, 12,754, 13,637 and 13,363 votes", "26.3%, 28.2% and 46.6%").
_YEAR_RUN = lazy_compile(r"\b(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s*,?\s+and\s+(?:19|20)\d\d\b")
_ELECTIONS_FROM = lazy_compile(
    r"\bthe\s+(?P<n>two|three|four|five|six|seven|eight)\s+(?:general\s+)?elections?\s+"
    r"(?:from|since|after)\s+(?P<y>(?:19|20)\d\d)\b",
    re.I,
)
_ONE_FIGURE = r"(?<![\d,.])\d[\d,]*(?:\.\d+)?(?![\d])(?:\s?%|\s*per\s?cent\b|\s+votes\b)?"
_FIGURE_RUN = lazy_compile(
    rf"{_ONE_FIGURE}(?:\s*,\s*{_ONE_FIGURE})*\s*,?\s+and\s+{_ONE_FIGURE}", re.I
)
_FIGURE_START = lazy_compile(r"(?<![\d,.])\d")
_IS_YEAR = lazy_compile(r"(?:19|20)\d\d")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def _year_and_figure_runs(
    context: ArticleContext, sentence: str
) -> tuple[list[tuple[int, tuple[int, int]]], list[int]] | None:
    """The years listed in a sentence (each with its span) and the starts of a run of as
    many figures, when the sentence holds exactly one of each; else None."""
    if "and" not in sentence:
        return None
    year_runs = list(_YEAR_RUN.finditer(sentence))
    years: list[tuple[int, tuple[int, int]]] = []
    if len(year_runs) == 1:
        run = year_runs[0]
        years = [
            (int(m.group()), (run.start() + m.start(), run.start() + m.end()))
            for m in _IS_YEAR.finditer(run.group())
        ]
    spans = [m.span() for m in _ELECTIONS_FROM.finditer(sentence)]
    if len(spans) == 1 and not year_runs:
        m = _ELECTIONS_FROM.search(sentence)
        first = int(m.group("y"))
        generals = sorted(
            {e.date.year for e in context.reference.general_elections() if e.date.year >= first}
        )[: _COUNT_WORDS[m.group("n").lower()]]
        years = [(y, m.span()) for y in generals]
    if len(years) < 2:
        return None
    runs = [
        r
        for r in _FIGURE_RUN.finditer(sentence)
        if not all(_IS_YEAR.fullmatch(t) for t in re.findall(r"\d+(?:[,.]\d+)*", r.group()))
    ]
    if len(runs) != 1:
        return None
    run = runs[0]
    figures = [run.start() + m.start() for m in _FIGURE_START.finditer(run.group())]
    if len(figures) != len(years):
        return None
    return years, figures


_COMPARED_THING = lazy_compile(
    r"\b(?:double|twice|treble|triple|half|(?:\w+\s+)?times)\s+(?:the\s+(?:one|size\s+of)|that\s+of|what)\b",
    re.I,
)
# A comparison just before a year: "lower than in 2017, when ..." (see `_election_cues`).
_THAN_BEFORE = lazy_compile(r"\bthan\s+$", re.I)
# A year with a bracket opened after it: "lower than in 2017 (" (see `bracketing_year`).
_YEAR_THEN_BRACKET = lazy_compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)(?:\s+general\s+election)?\s?\(\s*$", re.I
)
# The measure's figure and ", or " before its share: "9,999, or " (see `reaches`).
_NOUN_FIGURE_APPOSED = lazy_compile(r"[^.;:,–—]{0,40}?\d[\d,]*(?:\s+votes)?,\s+or\s+", re.I)
_NOUN_CLAUSE_ENDS = lazy_compile(
    r"[;:–—]|,(?!\d)|\s-\s|\b(?:as|while|whereas|but|and|when|after|before|with|though|"
    r"although|because|since|which|who)\b"
    # ("more than doubled his party's 2024 share to win with 49.5%": a verb of its own)
    r"|\bto\s+(?:win|take|hold|retain|gain|capture|finish|come|top)\b",
    re.I,
)


# A report follows its contest by days; a comment piece on it by a few weeks.
REPORTING_WINDOW = dt.timedelta(days=60)


def _reported_by(election: Election, anchor: dt.date | None) -> bool:
    """Whether an article dated `anchor` can be reporting `election` (held just before)."""
    return anchor is not None and dt.timedelta(0) <= anchor - election.date <= REPORTING_WINDOW


# How far up a box of lines its seat heading may stand ("Dunfermline East", then a line
# per election).
_MOST_LINES_UNDER_HEADING = 30
# A line at least this long that breaks inside a name is prose wrapped at a fixed width.
_WRAPPED_LINE = 50
_KIN_OF_BEFORE = lazy_compile(
    rf"\b(?:{alternation(lx.KINSHIP_WORDS)})\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}$", re.I
)
_COMPARED_SEAT_BEFORE = lazy_compile(
    r"\b(?:MPs?|seats?|gains?|wins?)\s+(?:after|like|besides|since)\s+$", re.I
)
# A record counted from a contest named after "since": "the first ... gain since X won".
# (the seat right after "since", or after "since <someone> won": "since Corby in 2012",
# "since Jim Sillars won Glasgow Govan"), or a record among contests ("the lowest turnout
# at a by-election since Southend West"): the contest it runs back to, not the figure's seat.
_RECORD_SINCE_BEFORE = lazy_compile(
    rf"\b(?:first|{alternation(lx.RECORD_SUPERLATIVES)})\b[^.;]{{0,80}}?\bsince\s+"
    r"(?:(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){1,4}(?:won|took|gained|captured|held)\s+)?(?:the\s+)?$"
)
# Another contest named to place this one in time: "won by 6,144 on the same night Labour
# regained Wakefield", "six months after the party took North Shropshire".
_COMPARISON_FIGURE_BEFORE = lazy_compile(
    r"\b(?:above|below|than|compared\s+(?:with|to)|against|versus|beside)\s+(?:the\s+|a\s+)?"
    r"\d[\d,.]*\s*(?:%|per\s?cent|votes?)?(?:[^.;:\d]{0,60}?)\s(?:in|at|for)\s+(?:the\s+)?$",
    re.I,
)
_IN_PASSING_BEFORE = lazy_compile(
    rf"\b(?:on\s+the\s+same\s+(?:night|day)|the\s+same\s+(?:night|day)\s+(?:that|as)|"
    rf"(?:(?:{WORDS}|\d+|a|an)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before))\s+"
    r"(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:won|took|gained|regained|captured|held|"
    r"retained|lost|kept)\s+(?:the\s+)?$"
)
_SEAT_NOUNS_AFTER = frozenset(("constituency", "by-election", "byelection"))
# A shortened seat name after "the" is an area ("on the Wirral" beside Wirral South),
# unless a seat's noun follows ("the Stoke seat").
_AREA_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
_SEAT_NOUN_AFTER = re.compile(r"\s+(?:seat|constituency|by-?election|contest|count|result)\b")
# "held on in 2001 and 2005, although by the second of those contests ...": one of the
# contests just named, by its place in the list.
_NTH_OF_THOSE = re.compile(
    r"\bthe\s+(?P<nth>first|second|third|former|latter|last|earlier|later)\s+of\s+"
    r"(?:those|these|the\s+two|them)\b(?:\s+(?:contests|elections|polls))?",
    re.I,
)
_NTH_PLACES = {"first": 0, "former": 0, "earlier": 0, "second": 1, "third": 2}


_LISTED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_PRONOUN_OPENING = re.compile(r"[\s\"'“‘]*(?:He|She|They)\s")
_ANY_DIGIT = re.compile(r"\d")
# How many sentences back a scene-setting sentence lends its contest (`told_before`).
_SCENE_LOOK_BACK = 3


def _signed_years(m: re.Match[str]) -> float:
    """The years a "two years later" / "four years earlier" match counts (0 if unread)."""
    n = words_value(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
    # ("Two and a half years later")
    n = (n + 0.5) if n and m.group("half") else n
    return (n or 0) * (-1 if m.group(3).lower() in ("earlier", "before") else 1)


def _start(mention: Mention) -> int:
    return mention.start


def _outside(mentions: list[Mention], spans: list[Mention]) -> list[Mention]:
    """The mentions not lying wholly inside one of `spans` (both sorted by start)."""
    starts = [m.start for m in spans]
    kept = []
    for m in mentions:
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and spans[i].start <= m.start and m.end <= spans[i].end:
            continue
        kept.append(m)
    return kept


def _most_words(token: str, longest_from: dict[str, int], longest: int) -> int:
    """The most words a name starting with this token can have: the longest of the names
    opening with its folded first word (`longest` when it folds to nothing)."""
    if token.isascii() and token.isalpha():
        return longest_from.get(token.lower(), 0)  # (plain letters fold to lower case alone)
    folded = normalise_name(token)
    return longest_from.get(folded.split(" ", 1)[0], 0) if folded else longest


def _ends_before(pattern: re.Pattern[str], text: str, end: int, reach: int) -> bool:
    """Whether `pattern` is found in the `reach` characters of `text` before `end` (a
    pattern ending "$": what comes just before a name). Most windows lack a word every
    match needs ("from", "since"), told by a few finds where the search tries the
    pattern at each character."""
    start = max(0, end - reach)
    return may_match(pattern, text, start, end) and pattern.search(text[start:end]) is not None


def _found_in(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether `pattern.search(text, start, end)` finds a match, told at once when the
    span lacks a word every match needs (most spans before a name lack "since")."""
    return may_match(pattern, text, start, end) and pattern.search(text, start, end) is not None


def _name_key(span: str) -> str:
    """`normalise_name(span)` for a span of the text: a span of plain ASCII letters and
    digits between single spaces (most names) is its own lower case, read without the
    folding regex."""
    low = span.lower()
    plain = low.isascii() and low.replace(" ", "").isalnum() and "  " not in low
    return low if plain and low[0] != " " and low[-1] != " " else normalise_name(span)


def _tokens(text: str, word: re.Pattern[str] = _WORD) -> list[tuple[int, int, str]]:
    """The text's tokens as (start, end, word). `_WORD`'s are read by splitting the text at
    its words in one pass and summing the offsets from the pieces' lengths, with no match
    object (and no Python step) per word."""
    if word is not _WORD:
        return [(m.start(), m.end(), m.group()) for m in word.finditer(text)]
    return list(zip(*_word_table(text), strict=True))


def _word_table(text: str) -> tuple[list[int], list[int], list[str]]:
    """`_tokens(text)` as three lists: the words' starts, their ends and the words, each
    read with no Python step per word (the starts and the words are what most passes
    over the words ask for)."""
    pieces = _WORD_PIECES.split(text)
    # (pieces alternate gap, word, gap, ... and end with a gap: the running lengths
    # alternate a word's start and its end)
    bounds = list(accumulate(map(len, pieces)))
    return bounds[0:-1:2], bounds[1::2], pieces[1::2]


def _indexes(flags: Iterable[object]) -> list[int]:
    """The indexes of the true flags, in one pass with no Python step per flag."""
    return list(compress(count(), flags))


def _tokens_holding(
    tokens: list[tuple[int, int, str]], text: str, mark: str, starts: list[int] | None = None
) -> list[int]:
    """The indexes of the tokens that hold `mark`, ascending: read from where `mark`
    stands in the text (a few places), not from a look at every token. (`starts`: the
    tokens' starts, when the caller has them.)"""
    found: list[int] = []
    at = text.find(mark)
    if at < 0:
        return found
    if starts is None:
        starts = list(map(itemgetter(0), tokens))
    while at >= 0:
        i = bisect_right(starts, at) - 1
        if i >= 0 and at < tokens[i][1]:
            found.append(i)
            at = text.find(mark, tokens[i][1])  # (the token's other marks are passed over)
        elif i + 1 < len(tokens):
            at = text.find(mark, starts[i + 1])  # (the gap's other marks are passed over)
        else:
            break
    return found


def _begins_upper(word: str) -> bool:
    return word[0].isupper()


def _spliced(
    tokens: list[tuple[int, int, str]], changes: dict[int, list[tuple[int, int, str]]]
) -> list[tuple[int, int, str]]:
    """`tokens` with the token at each index of `changes` (ascending) replaced by its list."""
    if not changes:
        return tokens
    found: list[tuple[int, int, str]] = []
    last = 0
    for i, replacement in changes.items():
        found += tokens[last:i]
        found += replacement
        last = i + 1
    found += tokens[last:]
    return found


_CAPITAL_STOP = re.compile(r"[A-Z]\.")
_TOKEN_START = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + "".join(map(chr, range(0xC0, 0x100)))
)


def _party_tokens(
    text: str, words: list[tuple[int, int, str]], starts: list[int] | None = None
) -> list[tuple[int, int, str]]:
    """`_PARTY_WORD`'s tokens from the `_WORD` tokens: a party token does not run over a
    hyphen, so a hyphenated word gives one token per piece between its hyphens, from the
    piece's first letter that can start one (the others are skipped as the scan would).
    Every other word is its own token. (`starts`: the words' starts, when the caller has
    them.)"""
    return _spliced(words, _hyphen_pieces(text, words, starts))


def _hyphen_pieces(
    text: str, words: list[tuple[int, int, str]], starts: list[int] | None = None
) -> dict[int, list[tuple[int, int, str]]]:
    """The party tokens of each hyphenated word, by the word's index (ascending)."""
    changes: dict[int, list[tuple[int, int, str]]] = {}
    for i in _tokens_holding(words, text, "-", starts):
        a, _, w = words[i]
        pieces = changes[i] = []
        at = 0
        for piece in w.split("-"):
            for k, ch in enumerate(piece):
                if ch in _TOKEN_START:
                    pieces.append((a + at + k, a + at + len(piece), piece[k:]))
                    break
            at += len(piece) + 1
    return changes


def _spliced_indexes(
    indexes: list[int],
    changes: dict[int, list[tuple[int, int, str]]],
    keep: Callable[[str], bool],
) -> list[int]:
    """`indexes` (ascending) of tokens, moved to where `_spliced(tokens, changes)` puts
    those tokens; a token replaced gives way to the indexes of its replacements whose
    words `keep` passes. (A few changes in a long text: no look at every token.)"""
    found: list[int] = []
    shift = 0  # how far the tokens after the changes so far have moved
    k = 0
    for i, replacement in changes.items():
        while k < len(indexes) and indexes[k] < i:
            found.append(indexes[k] + shift)
            k += 1
        if k < len(indexes) and indexes[k] == i:
            k += 1
        found += [i + shift + j for j, (_, _, w) in enumerate(replacement) if keep(w)]
        shift += len(replacement) - 1
    found += [i + shift for i in indexes[k:]]
    return found


def _name_tokens(
    text: str, words: list[tuple[int, int, str]], starts: list[int] | None = None
) -> list[tuple[int, int, str]]:
    """`_NAME_WORD`'s tokens from the `_WORD` tokens: no "&", and a capital followed by
    a full stop and a space is an initial ("W."). Only those one-character words differ:
    found where "&" and a capital before a full stop stand in the text (a few places),
    not from a look at every word. (`starts`: the words' starts, when the caller has them.)"""
    if starts is None:
        starts = list(map(itemgetter(0), words))
    changes: list[tuple[int, list[tuple[int, int, str]]]] = []
    at = text.find("&")
    while at >= 0:  # (an "&" is always a word of its own)
        changes.append((bisect_left(starts, at), []))
        at = text.find("&", at + 1)
    for m in _CAPITAL_STOP.finditer(text):
        a = m.start()
        i = bisect_left(starts, a)
        # (a word starting at the capital ends at the full stop: it is the capital alone)
        if i < len(starts) and starts[i] == a and text[a + 2 : a + 3].isspace():
            changes.append((i, [(a, a + 2, text[a : a + 2])]))
    return _spliced(words, dict(sorted(changes)))


def _matches_from(pattern: re.Pattern[str], text: str, lead: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match starts with `lead`: tried
    only where `lead` is (a pattern opening with \\b has no literal start the matcher can
    skip to, so a scan tries it at every character of the text)."""
    end = 0
    at = text.find(lead)
    while at >= 0:
        if at >= end:
            m = pattern.match(text, at)
            if m is not None:
                end = m.end()
                yield m
        at = text.find(lead, at + 1)


@lru_cache(maxsize=65536)
def _name_parts(name: str) -> tuple[str, ...]:
    """A name's words, without accents (the same candidates' and leaders' names come up
    article after article)."""
    return tuple(without_accents(name).split())


@lru_cache(maxsize=256)
def _descriptor_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(phrase)}\b", re.I)


def _holds_words_of(pattern: LazyPattern, sentence: str, folded: str) -> bool:
    """False when the sentence lacks a word of one of the pattern's requirements
    (`prefilter.all_required`: "general" and "election" and "the", where the best one alone
    passes every sentence with "election" in it; or those of its `_CUE_WORDS`), so the
    pattern cannot match in it. `folded` is the sentence's `fold`."""
    for need in all_required(_CUE_WORDS.get(pattern, pattern)):
        if not any((folded if folds else sentence).find(word) >= 0 for word, folds in need):
            return False
    return True


def _election_cue_matches(sentence: str) -> Iterator[re.Match[str]]:
    """`_ELECTION_CUE.finditer(sentence)`, tried only where a match may start: the pattern,
    case-insensitive and of many branches, is slow to find nothing. Every match holds a
    year with at most `_WORDS_BEFORE_CUE_YEAR` words before it, so it starts within the run
    of text that many words (and the run the year ends, when glued to one: "(2019") before
    one of the sentence's years; and every branch opens at a line's start or at a word's
    (`_CUE_START`). A match tried at such a place (which sees the text before it for
    lookbehinds and word boundaries) is what a search reaching it finds; the search itself
    would go on trying every place after the last year."""
    found: list[re.Match[str]] = []
    done = 0  # (matches do not overlap: the next starts where the last ended, or later)
    for year in _CUE_YEAR.finditer(sentence):
        at = year.start()
        if at < done:
            continue
        lo = max(done, last_tokens_start(sentence, 0, at, _WORDS_BEFORE_CUE_YEAR + 1))
        starts = [m.start() for m in _CUE_START.finditer(sentence, lo, at + 1)]
        if lo == 0 and (not starts or starts[0] != 0):
            starts.insert(0, 0)  # (the sentence's start, as a line's: "- 1970: ...")
        for start in starts:
            m = _ELECTION_CUE.match(sentence, start)
            if m is not None:
                found.append(m)
                done = m.end()
                break
    return iter(found)


# Where a match of `_ELECTION_CUE` may start: after a line break (a results line's label),
# or at a word's first character (every other branch opens with `\b` and a word).
_CUE_START = re.compile(r"(?<=\n)|\b(?=\w)")


# Every pattern `ArticleContext.election_cues` reads a cue with: a sentence matching none
# of them names no election.
_CUE_PATTERNS = (
    _ELECTION_CUE,
    _THE_GENERAL,
    _LAST_GENERAL,
    _YEARS_AGO,
    _LAST_MONTH,
    _NOW,
    _YEARS_LATER,
    _LAST_YEARS_ELECTION,
    _FIRST_CONTEST,
    _OWN_FIRST_CONTEST,
    _MONTH_ELECTION,
    _IN_MONTH,
    _ON_DAY,
)
# The other patterns `_election_cues` runs, each asked of a sentence only when the
# sentence holds the words it needs (see `ArticleContext._cue_candidates`): the by-election
# cues (a sentence holding one holds "election", so it is among `_CUE_PATTERNS`' anyway)
# and the words framing a sentence's figures as notional.
_OTHER_CUE_PATTERNS = (_NAMED_BY_ELECTION, _SEAT_BY_ELECTION, _NOTIONAL_FRAME, _COUNTERFACTUAL)
# The patterns whose words `_election_cues` asks of a sentence before running them (every
# one but `_ELECTION_CUE`, whose matches each hold a year).
_CUE_GATES = tuple(p for p in (*_CUE_PATTERNS, *_OTHER_CUE_PATTERNS) if p is not _ELECTION_CUE)
# The words every match of a cue pattern holds, written as a pattern of those words alone,
# where `prefilter.all_required` reads less from the pattern itself (one word of all its
# alternatives' words together: "election" lets most sentences through).
_CUE_WORDS = {
    # "the last election", "last time", "her previous contest"
    _LAST_GENERAL: lazy_compile(r"(?:last|previous)\s(?:election|time|contest|outing)", re.I),
    # "last year's election", "67.9% last year"
    _LAST_YEARS_ELECTION: lazy_compile(r"last\syear", re.I),
}


class ArticleContext:
    """Everything resolution knows about one article, computed once."""

    def __init__(
        self,
        text: str,
        reference: Reference,
        info: DocumentInfo | None = None,
        tolerances: Tolerances | None = None,
    ) -> None:
        self.text = text
        self.reference = reference
        self.info = info or DocumentInfo()
        self.tolerances = tolerances or DEFAULT_TOLERANCES
        self.sentences: list[Sentence] = split_sentences(text)
        # Mentions sorted by offset, so lookups by position are binary searches.
        self.seat_mentions = self._mark_asides(sorted(self._find_seats(), key=_start))
        # "Golders Green", "Washington and Sunderland West": a word of a seat's name is
        # neither a party nor a candidate's surname, whoever shares it.
        self.party_mentions = _outside(sorted(self._find_parties(), key=_start), self.seat_mentions)
        people = sorted(self._find_people(), key=_start)
        self.seat_mentions = self._surnames_over_gone_seats(self.seat_mentions, people)
        self.person_mentions = _outside(people, self.seat_mentions)
        # "Chris Green (Conservative)": a party word inside a candidate's full name is the
        # person's name (a name of two words or more: "Green" alone may be the party).
        self.party_mentions = _outside(
            self.party_mentions, [m for m in self.person_mentions if " " in m.text.strip()]
        )
        self.window = self._date_window()
        self.focus = self._focus_elections()
        if self.info.date is None and self.window is None:
            # (a guess from whom the text names: the record names candidates only at
            # by-elections before 2010, so it leans to them and bounds no contest named)
            before = dict(self.focus)
            self._focus_from_candidates(self.focus)
            self._focus_guessed = self.focus != before
        self.anchor_date = self._anchor_date()
        # A piece looking back at one contest ("Twenty years ago tonight ..."): the contest
        # its figures are about where they name none.
        self.look_back = self._look_back()
        # Election cues by (seat, sentence), once the focus and date they rest on are fixed.
        self._cue_memo: dict[tuple[str, str], list] = {}

    # --- text positions ----------------------------------------------------
    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence:
        i = self.sentence_index(offset, -1)
        return self.sentences[i] if i >= 0 else Sentence(0, len(self.text), 0)

    def paragraph_first(self, i: int) -> int:
        """The index of the first sentence of sentence i's paragraph."""
        first = i
        while first > 0 and self.sentences[first - 1].paragraph == self.sentences[i].paragraph:
            first -= 1
        return first

    def sentence_index(self, offset: int, missing: int = 0) -> int:
        """The index of the sentence holding `offset` (a binary search: sentences are sorted)."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return missing

    # --- seats ----------------------------------------------------------------
    @cached_property
    def _seat_phrases(self) -> dict[str, set[str]]:
        """Normalised seat names and press shortenings → constituency ids (once per reference)."""
        memo = self.reference.__dict__.setdefault("_derived", {})
        if "seat_phrases" in memo:
            return memo["seat_phrases"]
        phrases: dict[str, set[str]] = {
            k: set(v) for k, v in self.reference.constituency_names.items()
        }
        for c in self.reference.constituencies.values():
            for name in (c.name, *c.aliases):
                if "on" not in name and "Hull" not in name:
                    continue  # only "-on-Trent", "upon Tyne" and Hull names shorten
                short = name
                for pattern, repl in _SHORTENINGS:
                    short = pattern.sub(repl, short)
                key = normalise_name(short)
                if key and key != normalise_name(name):
                    phrases.setdefault(key, set()).add(c.id)
        # "South Belfast and Mid Down" for Belfast South and Mid Down: a city and its
        # compass point the other way round, in a name that goes on after them ("and ...").
        compass_points = set(lx.SEAT_COMPASS_WORDS[:6])
        for c in self.reference.constituencies.values():
            words = c.name.replace(",", " ").split()
            if len(words) >= 4 and words[1] in compass_points and words[2] == "and":
                key = normalise_name(" ".join([words[1], words[0], *words[2:]]))
                if key not in phrases:
                    phrases[key] = {c.id}
        # "Hodge Hill" for Birmingham Hodge Hill, "Wavertree" for Liverpool Wavertree: a
        # city's seat named without the city, when the city has several seats and the
        # rest is a name of its own (not "North" or "Central") held by no other seat.
        compass = {w.lower() for w in lx.SEAT_COMPASS_WORDS}
        ordinary = {w.lower() for w in lx.ORDINARY_SEAT_TAILS}
        short: set[str] = set()  # the one-word short names ("kemptown", "hallam")
        by_city: dict[str, list[tuple[str, str]]] = {}
        city_seats: dict[str, set[str]] = {}
        for c in self.reference.constituencies.values():
            words = c.name.replace(",", " ").split()
            if len(words) >= 2 and words[0].lower() not in compass:
                city_seats.setdefault(words[0], set()).add(c.id)
            if len(words) >= 3 and words[0].lower() not in compass:
                by_city.setdefault(words[0], []).append((c.id, " ".join(words[1:])))
        rests: dict[str, set[str]] = {}
        for seats in by_city.values():
            if len({i for i, _ in seats}) < 2:
                continue
            # The city is every word its seats share ("Milton Keynes", "Bethnal Green and").
            shared = [w.split() for _, w in seats]
            common = 0
            while all(len(w) > common + 1 and w[common] == shared[0][common] for w in shared):
                common += 1
            for cid, rest in seats:
                words = rest.split()[common:]
                # Two words or more ("Hodge Hill", "Hall Green"): a one-word rest ("Abbey",
                # "Chase") is too often an ordinary word.
                if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in compass:
                    continue
                rests.setdefault(normalise_name(" ".join(words)), set()).add(cid)
        # One word ("Kemptown", "Hallam", "Edgbaston") for a two-word name, in a city of
        # three seats or more, when it is not an ordinary word ("Park", "Test").
        for c in self.reference.constituencies.values():
            words = c.name.replace(",", " ").split()
            if (
                len(words) == 2
                and len(city_seats.get(words[0], ())) >= 3
                and words[1][:1].isupper()
                and words[1].lower() not in compass
                and words[1].lower() not in ordinary
                and not words[1].lower().endswith("ern")  # "Fife Eastern", "Dorset Western"
            ):
                rests.setdefault(normalise_name(words[1]), set()).add(c.id)
                short.add(normalise_name(words[1]))
        for key, ids in rests.items():
            words = key.split()
            if words[0] not in ("of", "upon", "and") and key not in phrases and len(ids) == 1:
                phrases[key] = set(ids)
        memo["seat_phrases"] = phrases
        memo["seat_phrases_short"] = {k for k in short if phrases.get(k) == rests.get(k)}
        return phrases

    @property
    def _seat_phrases_short(self) -> set[str]:
        """The one-word short names of city seats among `_seat_phrases` ("hallam")."""
        _ = self._seat_phrases  # (built with them, once per reference)
        return self.reference.__dict__["_derived"]["seat_phrases_short"]

    def _find_seats(self) -> list[Mention]:
        phrases = self._seat_phrases
        longest, longest_from = self._seat_phrase_index
        toks = self._words
        found: list[Mention] = []
        named_people: set[str] = set()  # one-word seat names read as a person's name
        resume = 0  # the token after the last seat found
        # A seat's name is read only from a capital: the other tokens are passed over.
        for i in self._capitalised:
            if i < resume:
                continue
            most = _most_words(toks[i][2], longest_from, longest)
            if not most:
                continue
            hit = None
            for n in range(min(most, len(toks) - i), 0, -1):
                if not toks[i + n - 1][2][0].isupper():
                    continue  # (a name ends on a capital too)
                start, end = toks[i][0], toks[i + n - 1][1]
                if "\n" in self.text[start:end] and not self._wrapped(start, end):
                    continue
                # "Canterbury's turnout": the seat as a possessive names the seat.
                if self.text[end - 2 : end] in ("'s", "’s"):
                    end -= 2
                key = _name_key(self.text[start:end])
                if key in phrases:
                    hit = (n, start, end, phrases[key])
                    break
            if hit is None:
                continue
            n, start, end, ids = hit
            following = toks[i + n][2] if i + n < len(toks) else ""
            gap = self.text[end : toks[i + n][0]] if i + n < len(toks) else ""
            # "Gordon Brown", "Thomas Gordon", "Ms Hamilton": a one-word seat name in a name.
            preceding = toks[i - 1][2] if i > 0 else ""
            if n == 1 and _TITLE_WORD.fullmatch(preceding):
                named_people.add(_name_key(self.text[start:end]))
                continue
            if n == 1 and following.lower() in _PLACE_ADJECTIVE_NOUNS and gap == " ":
                continue  # "a Durham county councillor": the place describes a person
            lead_gap = self.text[toks[i - 1][1] : start] if i > 0 else ""
            if (
                n == 1
                and (
                    (
                        following[:1].isupper()
                        and gap == " "
                        # ("in Lichfield Mr Fabricant went down": a title opens a name)
                        and not _TITLE_WORD.fullmatch(following)
                        and not self._seat_before_its_candidate(ids, preceding, toks[i + 1 : i + 3])
                        # ("In Wakefield Labour was down almost 10 points": the seat, then
                        # the party that is the clause's subject)
                        and not (
                            preceding.lower() in ("in", "at")
                            and normalise_name(_POSSESSIVE_END.sub("", following))
                            in self.reference.party_names
                        )
                        # ("KENSINGTON CONSTITUENCY", "Kensington By-election": the seat's noun)
                        and following.lower() not in _SEAT_NOUNS_AFTER
                    )
                    or (
                        preceding[:1].isupper()
                        and lead_gap == " "
                        and preceding not in _PLACE_WORDS
                        # ("Dennis Skinner's Bolsover majority": a possessive before the seat)
                        and not preceding.endswith(_POSSESSIVE_ENDINGS)
                    )
                )
            ):
                named_people.add(_name_key(self.text[start:end]))
                continue
            seat = self._choose_seat(ids, self.text[start:end])
            former = bool(_FORMER_BEFORE.search(self.text[max(0, start - 12) : start])) or bool(
                # "George Galloway, third, was MP for Bradford West until 2015": a seat a
                # person once held, named as their past, is not the text's seat
                _WAS_MP_FOR_BEFORE.search(self.text, max(0, start - 30), start)
                and _UNTIL_YEAR_AFTER.match(self.text, end)
            )
            if former:
                # "the old North East Somerset seat": the abolished one of that name.
                gone = [i for i in ids if self.reference.constituencies[i].abolished is not None]
                seat = gone[0] if len(gone) == 1 else seat
            abolished = seat is not None and self.gone_by_date(seat)
            if (
                seat
                and _VENUE_BEFORE.search(self.text[max(0, start - 40) : start])
                # (but "at the count in Darlington, where Jenny Chapman held on": the place
                # whose result the clause after it tells)
                and not _WHERE_RESULT_AFTER.match(self.text, end)
            ):
                seat = None  # "told supporters at the count in Dewsbury": a place, not the subject
            if seat and _ends_before(_PLACE_PART_BEFORE, self.text, start, 40):
                # "..., which takes in the southern townships of Peterborough, has returned
                # a Conservative": a place describing another seat's area
                seat = None
            if seat and _ends_before(_TERRITORY_FROM_BEFORE, self.text, start, 40):
                seat = None  # "with Bordon and Whitehill from East Hampshire": a part's source
            if seat and _ends_before(_PERSON_FROM_BEFORE, self.text, start, 40):
                # "Mr Wallis, a 35-year-old businessman from the Vale of Glamorgan, took
                # 18,193 votes": where a person comes from, not the seat they fought
                seat = None
            if seat and _ends_before(_RECORD_SINCE_BEFORE, self.text, start, 100):
                seat = None  # "the lowest since Southend West": a record's bound, not the subject
            if seat:
                found.append(
                    Mention(
                        start,
                        end,
                        "seat",
                        seat,
                        self.text[start:end],
                        former=former,
                        gone=abolished,
                    )
                )
            resume = i + n
        # "Tom Hallam ... Hallam, who spent two campaigns ...": a word the text uses as a
        # person's name is not a city seat's short name anywhere in it.
        short = self._seat_phrases_short
        if named_people & short:
            found = [
                m
                for m in found
                if not (" " not in m.text and _name_key(m.text) in named_people & short)
            ]
        found = self._by_election_seats(
            self._add_partial_seat_names(found + self._fuzzy_seats(found))
        )
        # "Ms Alexander, a former MP for Lewisham East, won 21,676 votes": the seat a person
        # once held, in an aside about them, is not a seat the text is about.
        return [
            m
            for m in found
            if not _FORMER_MEMBER_ASIDE.search(self.text, max(0, m.start - 40), m.start)
        ]

    def _by_election_seats(self, found: list[Mention]) -> list[Mention]:
        """A name before "by-election" with its time ("the Uxbridge by-election last July",
        "the 2023 Uxbridge by-election") is the seat of the one by-election it fits then:
        Uxbridge and South Ruislip, not the Uxbridge abolished in 2010."""
        remapped = []
        for m in found:
            after = _BY_ELECTION_AFTER.match(self.text, m.end)
            held: list[Election] = []
            if after is not None and not m.former:
                last = _LAST_MONTH_AFTER.match(self.text, after.end())
                year = _YEAR_BEFORE.search(self.text, max(0, m.start - 12), m.start)
                when = self.info.date
                if last is not None and when is not None:
                    month = last.group(1)[:3].lower()
                    held = [
                        e
                        for e in self.reference.by_elections()
                        if e.date.strftime("%b").lower() == month
                        and dt.timedelta(0) < when - e.date < dt.timedelta(days=366)
                    ]
                elif year is not None:
                    held = [
                        e
                        for e in self.reference.by_elections()
                        if e.date.year == int(year.group(1))
                    ]
            fitting = self._fitting_by_elections(held, m.text) if held else []
            if (
                len(fitting) == 1
                and fitting[0].constituency
                and not set(derive.lineage(self.reference, m.id)) & {e.constituency for e in held}
            ):
                seat = fitting[0].constituency
                m = replace(m, id=seat, gone=self.gone_by_date(seat))
            remapped.append(m)
        return remapped

    @cached_property
    def _words(self) -> list[tuple[int, int, str]]:
        """The text's words (`_WORD`): the party and name tokens are read from them."""
        return list(zip(*self._word_table, strict=True))

    @cached_property
    def _word_table(self) -> tuple[list[int], list[int], list[str]]:
        """`_words` as lists of their starts, their ends and the words."""
        return _word_table(self.text)

    def _wrapped(self, start: int, end: int) -> bool:
        """Whether the one line break in text[start:end] wraps a long line of prose
        ("held Godalming⏎and Ash"), not one that ends a heading or an item."""
        span = self.text[start:end]
        if span.count("\n") != 1:
            return False
        at = start + span.index("\n")
        line_start = self.text.rfind("\n", 0, at) + 1
        return at - line_start >= _WRAPPED_LINE

    @cached_property
    def _capitalised(self) -> list[int]:
        """The indexes of the words that begin with a capital."""
        return _indexes(map(str.isupper, map(itemgetter(0), self._word_texts)))

    @cached_property
    def _word_texts(self) -> list[str]:
        """The words of `_words` alone."""
        return self._word_table[2]

    @cached_property
    def _seat_phrase_index(self) -> tuple[int, dict[str, int]]:
        """The most words in a seat phrase, and the most in one by its first word (once per
        reference): a token no phrase starts with is passed over without a lookup, and
        "North" is not tried at the length of "Ynys Mon" or "Berwick-upon-Tweed"."""
        memo = self.reference.__dict__.setdefault("_derived", {})
        if "seat_phrase_index" not in memo:
            longest_from: dict[str, int] = {}
            for k in self._seat_phrases:
                words = k.split()
                longest_from[words[0]] = max(len(words), longest_from.get(words[0], 0))
            memo["seat_phrase_index"] = (max(longest_from.values(), default=1), longest_from)
        return memo["seat_phrase_index"]

    def _seat_before_its_candidate(self, ids: set[str], preceding: str, after) -> bool:
        """ "In Gordon Alex Salmond was beaten": a one-word seat after "in" and straight
        before the full name of a candidate who stood there is the seat, not a forename."""
        if preceding.lower() != "in" or len(after) < 2:
            return False
        # ("In Canterbury Rosie Duffield's majority is 187": the surname as a possessive)
        surname = _POSSESSIVE_END.sub("", after[1][2])
        name = normalise_name(f"{after[0][2]} {surname}")
        for seat in ids:
            for result in self.reference.results_in(seat):
                if any(c.name and normalise_name(c.name) == name for c in result.candidates):
                    return True
        return False

    def _fuzzy_seats(self, found: list[Mention]) -> list[Mention]:
        """Seats named where a seat must be ("the X by-election", "MP for X") but misspelt."""
        extra = []
        # The seats found, as sorted spans: an overlap is a bisect away when they do not
        # overlap each other.
        spans = sorted((f.start, f.end) for f in found)
        disjoint = all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
        for m in _seat_slots(self.text):
            group = "a" if m.group("a") else "b"
            start, end = m.start(group), m.end(group)
            if disjoint:
                i = bisect_left(spans, (end,)) - 1
                if i >= 0 and spans[i][1] > start:
                    continue
            elif any(f.start < end and start < f.end for f in found):
                continue
            seat = self.fuzzy_seat(m.group(group))
            if seat:
                extra.append(Mention(start, end, "seat", seat, m.group(group)))
        return extra

    def _choose_seat(self, ids: set[str], as_written: str) -> str | None:
        """The seat a name means: one that existed in the era of our data and of the article."""
        seats = [self.reference.constituencies[i] for i in ids]
        # "Glasgow", "Derby": seats abolished before 1918 are history, not the article's subject.
        live = [c for c in seats if c.abolished is None or c.abolished.latest().year >= 1918]
        when = self.info.date
        if when:
            current = [
                c
                for c in live
                if (c.created is None or c.created.earliest() <= when)
                and (c.abolished is None or when < c.abolished.latest())
            ]
            if not current:
                # "In 2019 Labour held Cardiff Central" in a 2024 report: a seat abolished
                # before the article's date, the latest of its namesakes. Its mention is
                # `gone`: it governs only its own sentence, and only one naming a year it was
                # contested in (see `seat_for`). So too a name that also begins a live seat's
                # ("Basildon", "Basildon and Billericay"): "held Basildon in 1987" is the old
                # seat, and the live one is read where the article names it in full.
                before = [c for c in live if c.created is None or c.created.earliest() <= when]
                last = max((c.abolished.latest() for c in before if c.abolished), default=None)
                current = [c for c in before if c.abolished and c.abolished.latest() == last]
            live = current
        return live[0].id if len(live) == 1 else None

    @cached_property
    def _retrospective(self) -> bool:
        """Whether the seat the article names most was abolished before its date (a look back
        at the Crosby by-election of 1981): its seats then govern as any seat does."""
        counts = Counter(m.id for m in self.seat_mentions).most_common()
        if not counts:
            return False
        top = [sid for sid, n in counts if n == counts[0][1]]
        return all(self.gone_by_date(sid) for sid in top)

    def _month_before(self, seat: str, month: str, when: dt.date) -> Election | None:
        """The one contest in `seat` (a general election, or a by-election there) held in
        `month` within the year up to `when`, else None."""
        year_before = when - dt.timedelta(days=365)
        found = [
            e
            for e in [
                *self.reference.general_elections(),
                *(self.reference.by_elections(seat) if seat else []),
            ]
            if year_before < e.date <= when and e.date.strftime("%b").lower() == month
        ]
        return found[0] if len(found) == 1 else None

    def _held_on_day(self, seat: str, day: str, month: str, when: dt.date) -> Election | None:
        """The one contest in `seat` (a general election, or a by-election there) held on
        the day of that month within the year up to `when`, else None."""
        year_before = when - dt.timedelta(days=366)
        found = [
            e
            for e in [
                *self.reference.general_elections(),
                *(self.reference.by_elections(seat) if seat else []),
            ]
            if year_before < e.date <= when
            and e.date.day == int(day)
            and e.date.strftime("%b").lower() == month[:3].lower()
        ]
        return found[0] if len(found) == 1 else None

    def _coexisted(self, a: str, b: str) -> bool:
        """Whether two seats fought one general election side by side (the record's dates
        are no guide: "Selby" stands for the seat of 1983-2010 and that of 2024)."""
        elections = {
            r.election
            for r in self.reference.results_in(a)
            if self.reference.elections[r.election].kind == "general"
        }
        return any(r.election in elections for r in self.reference.results_in(b))

    def gone_by_date(self, seat: str) -> bool:
        c = self.reference.constituencies[seat]
        when = self.info.date
        return bool(when and c.abolished is not None and c.abolished.latest() <= when)

    def sentence_years(self, s: Sentence) -> list[int]:
        """The years a sentence writes ("in 1987", "2019's"), in text order."""
        return [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", self.text[s.start : s.end])]

    def _looked_back_in_life(self, seat: str) -> bool:
        """Whether the contest the piece looks back at was held while the seat existed."""
        back = getattr(self, "look_back", None)
        if back is None:
            return False
        c = self.reference.constituencies[seat]
        first = c.created.earliest().year if c.created else 0
        last = c.abolished.latest().year if c.abolished else 9999
        return first <= back.date.year < last

    def _year_in_life_after(self, s: Sentence, m: Mention, offset: int) -> bool:
        """Whether a year of the seat's life is written after the figure at `offset` and
        within a few words after the seat's name, with no clause break between."""
        after = self.text[m.end : min(s.end, m.end + 30)]
        year = _NEAR_YEAR_AFTER.match(after)
        # (past a label's dash: "**20,137** – the majority ... overturned in Selby")
        label = _FIGURE_LABEL_DASH.match(self.text, offset, m.start)
        if year is None or _CLAUSE_BREAK.search(
            self.text, label.end() if label else offset, m.start
        ):
            return False
        first, last = self._life_years(m.id)
        return first <= int(year.group(1)) < last

    def _named_in_its_own_time(self, m: Mention, longer: str) -> bool:
        """Whether the mention's sentence names a year in the seat's life that is not in
        the life of the longer-named seat it might stand for."""
        s = self.sentence_at(m.start)
        return self.year_in_life(s, m.id) and not self.year_in_life(s, longer)

    def _year_in_life_just_before(self, s: Sentence, seat: str) -> bool:
        """Whether the sentence before, in the same paragraph, names the seat and a year of
        its life ("... overturned in Selby and Ainsty in July 2023. Mather won Selby and
        Ainsty by 4,161 on a turnout of 44.7%")."""
        i = self.sentence_index(s.start)
        if i <= 0 or self.sentences[i - 1].paragraph != s.paragraph:
            return False
        before = self.sentences[i - 1]
        return bool(
            any(
                m.id == seat for m in self.mentions_in(self.seat_mentions, before.start, before.end)
            )
            and self.year_in_life(before, seat)
        )

    def year_in_life(self, s: Sentence, seat: str) -> bool:
        """Whether the sentence names a year in which the seat existed."""
        first, last = self._life_years(seat)
        return any(first <= y < last for y in self.sentence_years(s))

    def _life_years(self, seat: str) -> tuple[int, int]:
        """The first year a seat was fought and the year it was abolished (9999: not yet)."""
        c = self.reference.constituencies[seat]
        return (
            c.created.earliest().year if c.created else 0,
            c.abolished.latest().year if c.abolished else 9999,
        )

    def _add_partial_seat_names(self, found: list[Mention]) -> list[Mention]:
        """'Stoke-on-Trent' or 'Runcorn' for a seat the article names in full elsewhere."""
        full = {m.id: self.reference.constituencies[m.id].name for m in found}
        # The named seats' folded names, sorted: the names a text extends are a range.
        folded = sorted((normalise_name(name), sid) for sid, name in full.items())
        keys = [k for k, _ in folded]
        remapped = []
        for m in found:
            # "Runcorn" (an old seat) in an article naming "Runcorn and Helsby" means the latter.
            stem = normalise_name(m.text) + " "
            lo = bisect_left(keys, stem)
            longer = []
            for key, sid in folded[lo:]:
                if not key.startswith(stem):
                    break
                if sid != m.id:
                    longer.append(sid)
                    if len(longer) > 1:
                        break
            if (
                len(longer) == 1
                and not m.former
                # (not "the new Selby seat", live at the article's date, for the Selby and
                # Ainsty it replaced)
                and not (self.gone_by_date(longer[0]) and not self.gone_by_date(m.id))
                # (not "Glasgow South" beside "Glasgow South West": seats of one time, each
                # its own)
                and not self._coexisted(m.id, longer[0])
            ):
                if self._named_in_its_own_time(m, longer[0]):
                    # "first won North East Somerset in 2010": a year of the named seat's
                    # life before the longer one's; that sentence's only (the piece goes on
                    # about the seat of its time).
                    remapped.append(replace(m, aside=True, own_time=True))
                    continue
                if self._area_after_the(m.start, m.end):
                    continue  # "turnout on the Wirral": the area, beside Wirral South
                m = Mention(m.start, m.end, "seat", longer[0], m.text)
            remapped.append(m)
        found = remapped
        named = {m.id for m in found}
        if not named:
            return found
        extra = []
        taken = {i for m in found for i in range(m.start, m.end)}
        # (seats in name order: a set's order changes with PYTHONHASHSEED)
        names = {sid: self.reference.constituencies[sid].name for sid in sorted(named)}
        ordered = sorted(names.values())
        # Every shortening of every seat's name first, then the longest at each place kept:
        # "South Basildon" is one mention, not also "Basildon" for Basildon and Billericay.
        shortened: list[tuple[int, int, str, str]] = []
        for sid, name in names.items():
            parts, prefixes = self._seat_name_prefixes(sid, name)
            # Another named seat whose name starts with this one's first word (the name
            # itself always does): counted in the sorted names, not by a pass over them.
            first = parts[0]
            at = bisect_left(ordered, first)
            rivals = at + 1 < len(ordered) and ordered[at + 1].startswith(first)
            for pattern in () if rivals else prefixes:
                # (a scan per name is cheaper than indexing the words of the text for a
                # few names; the index keeps a page of hundreds linear)
                found_here = (
                    self._matches_at_word(pattern, first)
                    if len(names) > 16
                    else _matches_from(pattern, self.text, first)
                )
                shortened += [(m.start(), -m.end(), sid, m.group()) for m in found_here]
        for start, minus_end, sid, written in sorted(shortened):
            end = -minus_end
            if any(i in taken for i in range(start, end)):
                continue
            if self._area_after_the(start, end):
                continue  # "turnout on the Wirral": the area, not Wirral South
            gone = self.gone_by_date(sid)
            extra.append(Mention(start, end, "seat", sid, written, gone=gone))
            taken.update(range(start, end))
        for sid, name in names.items():
            parts, _ = self._seat_name_prefixes(sid, name)
            district = parts[-1] if len(parts) == 2 and parts[0] in lx.CITY_SEAT_PREFIXES else ""
            if len(district) >= 5 and district.lower() not in lx.SEAT_NAME_COMMON_WORDS:
                # "Garscadden" after "Glasgow Garscadden": the district names the seat.
                whole = re.compile(rf"\b{re.escape(district)}\b")
                for m in _matches_from(whole, self.text, district):
                    if m.start() in taken:
                        continue
                    gone = self.gone_by_date(sid)
                    extra.append(Mention(m.start(), m.end(), "seat", sid, m.group(), gone=gone))
                    taken.update(range(m.start(), m.end()))
        return sorted(found + extra, key=lambda m: m.start)

    def _area_after_the(self, start: int, end: int) -> bool:
        """Whether a shortened seat name at text[start:end] stands after "the" as an area
        ("turnout on the Wirral" beside Wirral South), with no seat's noun after it."""
        return bool(
            _AREA_THE_BEFORE.search(self.text, max(0, start - 4), start)
            and not _SEAT_NOUN_AFTER.match(self.text, end)
        )

    def _seat_name_prefixes(self, sid: str, name: str) -> tuple[list[str], list[re.Pattern[str]]]:
        """A seat name's words, and a pattern for each of its shortenings of four letters
        or more ("Stoke-on", "Stoke"), longest first (once per seat and reference)."""
        memo = self.reference.__dict__.setdefault("_derived", {}).setdefault("name_prefixes", {})
        found = memo.get(sid)
        if found is None:
            parts = re.split(r"[\s-]+", name)
            found = memo[sid] = (
                parts,
                [
                    re.compile(r"\b" + r"[\s-]+".join(map(re.escape, parts[:k])) + r"\b")
                    for k in range(len(parts) - 1, 0, -1)
                    if len(" ".join(parts[:k])) >= 4
                ],
            )
        return found

    @cached_property
    def _word_starts(self) -> dict[str, list[int]]:
        """Where each run of word characters starts in the text, by the run."""
        found: dict[str, list[int]] = {}
        for m in _WORD_RUN.finditer(self.text):
            found.setdefault(m.group(), []).append(m.start())
        return found

    def _matches_at_word(self, pattern: re.Pattern[str], first: str):
        """`pattern.finditer(self.text)` for a pattern whose every match starts with \\b and
        then `first`: tried only where that word starts, so a text's cost does not grow
        with the number of names tried in it."""
        lead = _WORD_RUN.match(first)
        if lead is None:
            yield from pattern.finditer(self.text)
            return
        end = 0
        for at in self._word_starts.get(lead.group(), ()):
            if at < end:
                continue
            m = pattern.match(self.text, at)
            if m is not None:
                end = m.end()
                yield m

    def fuzzy_seat(self, name: str) -> str | None:
        """A seat for a name not matched exactly: above the cut-off and clear of the runner-up."""
        from rapidfuzz import fuzz, process, utils  # only when a name is not matched exactly

        def sorted_words(name: str) -> str:
            return " ".join(sorted(utils.default_process(name).split()))

        # The token sort ratio is the plain ratio of the names' processed words in sorted
        # order: every seat's are sorted once per reference, not at each lookup.
        memo = self.reference.__dict__.setdefault("_derived", {})
        if "seat_choices" not in memo:
            memo["seat_choices"] = {
                c.id: sorted_words(c.name) for c in self.reference.constituencies.values()
            }
        choices = memo["seat_choices"]
        cutoff, margin = self.tolerances.fuzzy_cutoff, self.tolerances.fuzzy_margin
        # A seat scoring under the cut-off less the margin (a point lower, clear of any
        # rounding) can be neither the answer nor the runner-up that blocks it: left out,
        # the scorer passes over most seats on their lengths alone.
        floor = max(0.0, min(cutoff, cutoff - margin) - 1)
        hits = process.extract(
            sorted_words(name),
            choices,
            scorer=fuzz.ratio,
            processor=None,
            limit=2,
            score_cutoff=floor,
        )
        if not hits or hits[0][1] < cutoff:
            return None
        if len(hits) > 1 and hits[0][1] - hits[1][1] < margin:
            return None
        return hits[0][2]

    # --- parties ----------------------------------------------------------------
    def _find_parties(self) -> list[Mention]:
        names = self.reference.party_names
        first_words = self._party_first_words
        found: list[Mention] = []
        hyphenated = _hyphen_pieces(self.text, self._words, self._word_table[0])
        toks = _spliced(self._words, hyphenated)
        # A name's party is the same wherever the article writes it ("Labour" in every
        # paragraph): chosen once per folded name.
        chosen: dict[str, str | None] = {}
        resume = 0  # the token after the last party found
        # A name is read only from a capital ("raw[:1].isupper()" below, for every
        # length), and its folded first word is the token's: others need no lookup.
        for i in _spliced_indexes(self._capitalised, hyphenated, _begins_upper):
            if i < resume:
                continue
            hit = None
            word = toks[i][2]
            most = _most_words(word, first_words, 4)
            if not most:
                continue
            for n in range(min(most, 4), 0, -1):
                if i + n > len(toks):
                    continue
                start, end = toks[i][0], toks[i + n - 1][1]
                raw = self.text[start:end]
                # ("Labour's", "the Greens'": the name without its possessive ending)
                if raw[-1] in "'’":
                    raw = raw[:-1]
                elif raw[-1] == "s" and raw[-2:-1] in ("'", "’"):
                    raw = raw[:-2]
                key = _name_key(raw)
                ids = names.get(key)
                if not ids:
                    continue
                # Short or common-word aliases count only as capitalised proper names.
                if not raw[:1].isupper() or (len(raw) <= 3 and not raw.isupper()):
                    continue
                if (
                    n == 1
                    and raw in _SURNAME_ALIASES
                    and i > 0
                    and toks[i - 1][2][:1].isupper()
                    and self.text[toks[i - 1][1] : start] == " "
                ):
                    continue  # "Keith Best remains the only member": a surname, not a party
                if (
                    i > 0
                    and toks[i - 1][2] in _FACTION_WORDS
                    and self.text[toks[i - 1][1] : start] == " "
                ):
                    # "the Coalition Liberals won 127 seats": a faction the record counts
                    # among others, not the party of the name
                    continue
                if key not in chosen:
                    chosen[key] = self._one_party(ids, key)
                pid = chosen[key]
                if pid is None and len(ids) > 1:
                    # "the Greens" in a piece naming an English and a Scottish seat: the one
                    # of them standing in the seat its own sentence names.
                    pid = self._party_in_sentence_seat(ids, start)
                if pid is None:
                    continue
                hit = (n, start, start + len(raw), pid)
                break
            if hit:
                n, start, end, pid = hit
                found.append(Mention(start, end, "party", pid, self.text[start:end]))
                resume = i + n
        found += self._party_descriptors(found)
        found.sort(key=lambda m: m.start)
        return [m for m in found if not self._is_seat_span(m.start)]

    @cached_property
    def _party_first_words(self) -> dict[str, int]:
        """The most words in a folded party name, by its first word (once per reference)."""
        memo = self.reference.__dict__.setdefault("_derived", {})
        if "party_first_words" not in memo:
            longest_from: dict[str, int] = {}
            for k in self.reference.party_names:
                words = k.split()
                longest_from[words[0]] = max(len(words), longest_from.get(words[0], 0))
            memo["party_first_words"] = longest_from
        return memo["party_first_words"]

    def _party_descriptors(self, found: list[Mention]) -> list[Mention]:
        """A party named by what it is, not its name: "the Welsh nationalist party"."""
        extra = []
        # The spans taken so far, sorted and not overlapping: an overlap is a bisect away.
        taken = sorted((f.start, f.end) for f in found)
        disjoint = all(a[1] <= b[0] for a, b in zip(taken, taken[1:], strict=False))
        for phrase, pid in lx.PARTY_DESCRIPTORS.items():
            if pid not in self.reference.parties:
                continue
            pattern = _descriptor_pattern(phrase)
            if not may_match(pattern, self.text, 0, len(self.text)):
                continue  # (the phrase is nowhere in the text)
            for m in pattern.finditer(self.text):
                a, b = m.span()
                if disjoint:
                    i = bisect_left(taken, (b,)) - 1
                    if i >= 0 and taken[i][1] > a:
                        continue
                    insort(taken, (a, b))
                elif any(f.start < b and a < f.end for f in found + extra):
                    continue
                extra.append(Mention(a, b, "party", pid, m.group(0)))
        return extra

    def _one_party(self, ids: set[str], key: str) -> str | None:
        """One party for a name several share ("Greens"): the one standing in the seats named."""
        if len(ids) == 1:
            only = next(iter(ids))
            namesake = self.reference.parties.get(only)
            stems = {key, normalise_name(namesake.name)} if namesake else {key}
            # A report of a contest means the party on its ballot: "PBP" in a 2011 Belfast
            # result is the People Before Profit Alliance that stood, not a later namesake.
            now = self._parties_standing_now
            if now and only not in now:
                alike_now = [p for p in now if self._extends_name(p, stems)]
                if len(alike_now) == 1:
                    return alike_now[0]
                # "The Alliance deputy leader" in a 2019 North Down report: "the Alliance" is
                # an alias of the 1980s SDP-Liberal Alliance, but "Alliance" (without the
                # article) names the party on this ballot.
                bare = re.sub(r"^the\s+", "", key)
                named_now = [p for p in now if p in self.reference.party_names.get(bare, ())]
                if bare != key and len(named_now) == 1:
                    return named_now[0]
            if only in self._parties_standing or not self._parties_standing:
                return only
            # "Workers Party" may be filed under a defunct namesake: prefer the one standing here.
            # An abbreviation of the namesake ("PBP") counts by the namesake's full name.
            alike = [p for p in self._parties_standing if self._extends_name(p, stems)]
            return alike[0] if len(alike) == 1 else only
        standing = ids & self._parties_standing
        if len(standing) == 1:
            return next(iter(standing))
        # "The Greens won 6.7%" with no Green on a ballot named: the family's main party
        # (its national share is also read with its sister parties').
        heads = [h for h, family in lx.PARTY_FAMILIES.items() if h in ids <= set(family)]
        if not standing and len(heads) == 1:
            return heads[0]
        return key if key in ids else None

    def _party_in_sentence_seat(self, ids: set[str], at: int) -> str | None:
        """The one party of `ids` standing in the seats named in the sentence at `at`."""
        s = self.sentence_at(at)
        seats = {m.id for m in self.mentions_in(self.seat_mentions, s.start, s.end)}
        standing = {
            c.party for sid in seats for r in self.reference.results_in(sid) for c in r.candidates
        }
        found = ids & standing
        return next(iter(found)) if len(found) == 1 else None

    def _extends_name(self, pid: str, stems: set[str]) -> bool:
        """The party's full name is one of `stems` and more ("People Before Profit Alliance")."""
        party = self.reference.parties.get(pid)
        name = normalise_name(party.name) if party else ""
        return any(name.startswith(stem + " ") for stem in stems)

    @cached_property
    def _parties_standing_now(self) -> set[str]:
        """Parties standing in the seats named at contests the article's date reports on."""
        when = self.info.date
        if when is None:
            return set()
        return {
            c.party
            for sid in {m.id for m in self.seat_mentions}
            for r in self.reference.results_in(sid)
            if when - REPORTING_WINDOW <= self.reference.elections[r.election].date <= when
            for c in r.candidates
        }

    @cached_property
    def _parties_standing(self) -> set[str]:
        return {
            c.party
            for sid in {m.id for m in self.seat_mentions}
            for r in self.reference.results_in(sid)
            for c in r.candidates
        }

    def _is_seat_span(self, offset: int) -> bool:
        """Whether a seat's mention (one of the last three starting by `offset`) spans it."""
        at = bisect_left(self._starts(self.seat_mentions), offset + 1)
        return any(m.start <= offset < m.end for m in self.seat_mentions[max(0, at - 3) : at])

    # --- people -----------------------------------------------------------------
    @cached_property
    def people(self) -> dict[str, Person]:
        """Candidates in the seats the article names, and every party leader and PM."""
        people: dict[str, Person] = {}
        # A candidate who changed party ("Mark Jenkinson", UKIP in 2015, Conservative in
        # 2019) is of the party they last stood for by the article's date.
        as_of: dict[str, dt.date] = {}
        date = self.info.date
        # Seats in order of first mention, not set order: a name two seats' candidates
        # share must come out the same on every run (PYTHONHASHSEED).
        for sid in dict.fromkeys(m.id for m in self.seat_mentions):
            for name, party, candidacy, when, gender in self._candidacy_rows(sid):
                p = people.get(name)
                if p is None:
                    p = people[name] = Person(name, party, gender=gender)
                elif p.gender != gender:
                    p.gender = None  # two people of one name, or the record disagrees
                p.candidacies.append(candidacy)
                if party and date is not None and as_of.get(name, dt.date.min) <= when <= date:
                    as_of[name] = when
                    p.party = party
        # The leaders and PMs (the same for every article) follow, each the reference's
        # own Person; one who also stood in a seat named gets their terms on that Person.
        leaders = self._leader_people
        for name, leader in leaders.people.items():
            p = people.get(name)
            if p is None:
                people[name] = leader
                continue
            p.leader_terms += leader.leader_terms
            for party in leaders.parties[name]:
                p.party = p.party or party
        return people

    def _candidacy_rows(
        self, sid: str
    ) -> list[tuple[str, str | None, tuple[str, str], dt.date, str | None]]:
        """Every named candidate in a seat and its forerunners, in record order, as (name,
        party, (election, constituency), polling day, gender) (once per seat and reference)."""
        memo = self.reference.__dict__.setdefault("_derived", {}).setdefault("candidacy_rows", {})
        rows = memo.get(sid)
        if rows is None:
            rows = memo[sid] = [
                (c.name, c.party, (r.election, r.constituency), when, c.gender)
                for seat in derive.lineage(self.reference, sid)
                for r in self.reference.results_in(seat)
                for when in (self.reference.elections[r.election].date,)
                for c in r.candidates
                if c.name
            ]
        return rows

    @property
    def _leader_people(self) -> _LeaderPeople:
        """Every party leader and PM as a Person, with the indexes `_find_people` reads
        them by (once per reference)."""
        memo = self.reference.__dict__.setdefault("_derived", {})
        if "leader_people" not in memo:
            memo["leader_people"] = _LeaderPeople(self._leaders, self.reference)
        return memo["leader_people"]

    @cached_property
    def _leaders(self) -> list[tuple[str, str | None, dt.date, dt.date]]:
        """Each leader's name (without its bracketed note), party and term: once per
        reference, leaders named jointly ("A and B") or undated left out."""
        memo = self.reference.__dict__.setdefault("_derived", {})
        if "leaders" not in memo:
            found = []
            for leader in self.reference.leaders:
                name = re.sub(r"\s*\(.*?\)", "", leader.name)
                if " and " in name or leader.start is None:
                    continue
                end = leader.end.latest() if leader.end else dt.date.max
                found.append((name, leader.party, leader.start.earliest(), end))
            memo["leaders"] = found
        return memo["leaders"]

    def party_at(self, name: str, when: dt.date) -> str | None:
        """The party a candidate last stood for on or before `when` (a candidate who
        changed party is of their party at the time a figure speaks of)."""
        person = self.people.get(name)
        if person is None:
            return None
        best: tuple[dt.date, str] | None = None
        for election_id, seat in person.candidacies:
            election = self.reference.elections[election_id]
            if election.date > when or (best and election.date <= best[0]):
                continue
            result = self.reference.result(election_id, seat)
            for c in result.candidates if result else ():
                if c.name == name and c.party:
                    best = (election.date, c.party)
        return best[1] if best else None

    def _find_people(self) -> list[Mention]:
        """People named in the text: full names, "Ms Harrison", and a candidate's bare surname.

        Names are looked up token by token (no regex per person), so the cost does not
        grow with the number of candidates in the article's seats.
        """
        # The leaders' indexes are made once per reference; the article's candidates (the
        # people first in `people`, each with a candidacy) are added to copies of them as
        # if every name were indexed in `people` order: a candidate's full name first, then
        # the leaders', then the candidates' shortened names, then the leaders'.
        leaders = self._leader_people
        candidates = [p for p in self.people.values() if p.candidacies]
        # (a leader who stood in a seat named is that candidate, not the leaders' Person)
        stood = {p.name for p in candidates if p.name in leaders.people}
        own_full: dict[tuple[str, ...], Person] = {}
        own_surnames: dict[str, list[Person]] = {}
        forenames: dict[str, list[Person]] = {}
        for person in candidates:
            own_full.setdefault(_name_parts(person.name), person)
        full = leaders.full | own_full
        own_keys = list(own_full)
        for person in candidates:
            parts = _name_parts(person.name)
            if len(parts) >= 3:
                # "Ruth Jones" for "Ruth Lorraine Jones", unless a Ruth Jones stood too:
                # a name as written beats a shortening of another's, whatever the order.
                full.setdefault((parts[0], parts[-1]), person)
                own_keys.append((parts[0], parts[-1]))
            if len(parts) >= 2:
                own_surnames.setdefault(parts[-1], []).append(person)
                forenames.setdefault(parts[0], []).append(person)
        for key, person in leaders.shortened.items():
            full.setdefault(key, person)
        # Every namesake, before the merge below: "Mr Attwood" after "Alex Attwood" is Alex,
        # though Tim Attwood later stood in the seat for the same party.
        every_namesake = dict(leaders.surnames)
        surnames = dict(leaders.merged_surnames)
        for name, owners in own_surnames.items():
            led = leaders.surnames.get(name, [])
            owners += [p for p in led if p.name not in stood] if stood else led
            every_namesake[name] = owners
            surnames[name] = _merged_namesakes(owners, self.reference)
        longest = max([len(k) for k in own_keys] + leaders.longest, default=1)
        # The most words of a full name by its first word: no other token starts one.
        full_from = dict(leaders.full_from)
        for k in own_keys:
            full_from[k[0]] = max(len(k), full_from.get(k[0], 0))
        # "Mr Davies' share": a possessive after a final s is an apostrophe alone.
        toks = _name_tokens(self.text, self._words, self._word_table[0])
        # (the words' starts and texts as they are, when no name token differs)
        same = toks is self._words
        starts = self._word_table[0] if same else list(map(itemgetter(0), toks))
        texts = self._word_texts if same else list(map(itemgetter(2), toks))
        # (a possessive ending holds an apostrophe, and few words do)
        possessives = [
            k
            for k in sorted(
                {
                    *_tokens_holding(toks, self.text, "'", starts),
                    *_tokens_holding(toks, self.text, "’", starts),
                }
            )
            if texts[k].endswith(_POSSESSIVE_ENDINGS)
        ]
        if possessives:
            toks, texts = toks.copy(), texts.copy()
            for k in possessives:
                a, b, w = toks[k]
                texts[k] = _POSSESSIVE_END.sub("", w)
                toks[k] = (a, b, texts[k])
        if not self.text.isascii():
            # "Öpik's share" for the record's "Lembit Opik" (and "Sian" for "Siân"): names
            # are looked up without their accents on both sides (see `_name_parts`).
            accented = [k for k, w in enumerate(texts) if not w.isascii()]
            if accented:
                toks, texts = toks.copy(), texts.copy()
                for k in accented:
                    a, b, w = toks[k]
                    texts[k] = without_accents(w)
                    toks[k] = (a, b, texts[k])
        found: list[Mention] = []
        introduced: set[str] = set()
        slip_index: dict[tuple[int, str], list[tuple[str, Person]]] = {}

        def slips_of() -> dict[tuple[int, str], list[tuple[str, Person]]]:
            """Surnames of one candidate each, by length and initial (made when first asked)."""
            if not slip_index:
                slip_index[(-1, "")] = []
                # (only a candidate's surname: the leaders alone have no candidacy)
                for name in own_surnames:
                    ps = surnames[name]
                    if len(ps) == 1 and ps[0].candidacies:
                        slip_index.setdefault((len(name), name[:1]), []).append((name, ps[0]))
            return slip_index

        def add(start: int, end: int, person: Person) -> None:
            found.append(
                Mention(
                    start,
                    end,
                    "person",
                    person.name,
                    self.text[start:end],
                    party=person.party,
                    is_leader=bool(person.leader_terms),
                )
            )

        # A token that is no title and starts no name, forename or surname cannot start
        # a mention: passed over at once.
        may_start = leaders.may_start | full_from.keys() | own_surnames.keys()
        resume = 0  # the token after the last name read
        for i in _indexes(map(may_start.__contains__, texts)):
            if i < resume:
                continue
            titled = toks[i][2] in _TITLE_NAMES and i + 1 < len(toks)
            first = i + 1 if titled else i
            hit = None
            most = min(longest, full_from.get(toks[first][2], 0)) if first < len(toks) else 0
            for n in range(min(most, len(toks) - first), 0, -1):
                words = tuple(t[2] for t in toks[first : first + n])
                if words in full and (n >= 2 or titled):
                    hit = (n, full[words])
                    break
            if hit is None and first + 1 < len(toks) and toks[first][2] in forenames:
                # "Giles Watling" where the source has "Giles Walting".
                near = [
                    p
                    for p in forenames[toks[first][2]]
                    if one_slip_apart(p.name.split()[-1], toks[first + 1][2])
                ]
                if len(near) == 1:
                    hit = (2, near[0])
            if hit is None and titled and toks[i][2] in ("Sir", "Dame"):
                # "Sir Keir", "Sir Julian": a knight's first name, never a surname (not Mark
                # Keir); of several who bear it, the one named in full, else the one leader.
                bearers = forenames.get(toks[first][2], [])
                named = [p for p in bearers if p.name in introduced]
                led = [p for p in bearers if p.leader_terms]
                for pick in (bearers, named, led):
                    if len(pick) == 1:
                        hit = (1, pick[0])
                        break
            elif hit is None and titled:
                owners = surnames.get(toks[first][2], [])
                # "Mr Davies" after "Glyn Davies": of several namesakes, the one named in full.
                named = [p for p in every_namesake.get(toks[first][2], []) if p.name in introduced]
                if len(named) == 1:
                    hit = (1, named[0])
                elif len(owners) == 1:
                    hit = (1, owners[0])
                else:
                    # "Mr Watling" where a source misspells him "Walting": one slip apart.
                    # (only surnames of the same length and initial can be one slip apart)
                    word = toks[first][2]
                    near = [
                        p
                        for name, p in slips_of().get((len(word), word[:1]), ())
                        if one_slip_apart(name, word)
                    ]
                    if len(near) == 1:
                        hit = (1, near[0])
            if hit is None and not titled and toks[i][2] in every_namesake:
                owners = surnames.get(toks[i][2], [])
                named = [p for p in every_namesake.get(toks[i][2], []) if p.name in introduced]
                if len(every_namesake.get(toks[i][2], [])) > 1 and len(named) == 1:
                    owners = named  # "Levy took 17,440" after "Ian Levy": the one named in full
                if len(owners) == 1 and owners[0].candidacies and len(toks[i][2]) >= 4:
                    before = self.text[max(0, toks[i][0] - 2) : toks[i][0]].strip()
                    # A bare surname: a candidate of the article's seats, unique, mid-sentence,
                    # or opening a sentence once the article has named them in full
                    # ("Flint's share fell ...").
                    # Not "the Green Sarah Butcher": a party word before a name.
                    follows_name = (
                        i + 1 < len(toks)
                        and toks[i + 1][2][:1].isupper()
                        and self.text[toks[i][1] : toks[i + 1][0]] == " "
                    )
                    after_the = re.search(
                        r"\bthe\s+$", self.text[max(0, toks[i][0] - 5) : toks[i][0]]
                    )
                    if (
                        not follows_name
                        and not after_the
                        and ((before and before[-1] not in '.“"') or owners[0].name in introduced)
                        and not self._names_a_by_election(toks[i][0], toks[i][1])
                        and not self._another_forename_before(toks, i, owners[0])
                    ):
                        hit = (1, owners[0])
            if hit is None:
                continue
            n, person = hit
            last = toks[first + n - 1]
            resume = first + n
            # (most names have no kinship noun before them: `_found_in` tells at once)
            if _found_in(_KIN_OF_BEFORE, self.text, max(0, toks[i][0] - 50), toks[i][0]):
                # "The sister of the murdered MP Jo Cox polled 13,296 votes": the person the
                # subject is described by, not the subject.
                continue
            add(toks[i][0], last[0] + len(last[2]), person)
            if n >= 2 or titled:
                introduced.add(person.name)
        return found

    def _another_forename_before(
        self, toks: list[tuple[int, int, str]], i: int, owner: Person
    ) -> bool:
        """Whether the bare surname at token `i` follows another forename a candidate in
        the record bears: "Danny Alexander" is not the Matt Alexander who stood later."""
        if i == 0 or self.text[toks[i - 1][1] : toks[i][0]] != " ":
            return False
        word = toks[i - 1][2]
        # (the same initial may be a short form of the candidate's own: "Sam" for Samuel)
        if not word[:1].isupper() or word[:1] == owner.name[:1] or word in owner.name.split():
            return False  # (nor a word of their own name: "Iain Duncan Smith", "Sir Archibald")
        return self.is_forename(word)

    def is_forename(self, word: str) -> bool:
        """Whether a candidate in the record bears `word` as a first name ("Drew", "Danny")."""
        memo = self.reference.__dict__.setdefault("_derived", {})
        if "forenames" not in memo:
            # (names are recorded from 2010: read once per reference, about 0.1 s)
            memo["forenames"] = frozenset(
                c.name.split()[0]
                for e in self.reference.elections.values()
                if e.date.year >= 2010
                for r in self.reference.results.for_election(e.id)
                for c in r.candidates
                if c.name and " " in c.name and c.name[1:].split()[0].islower()
            )
        return word in memo["forenames"]

    def _surnames_over_gone_seats(
        self, seats: list[Mention], people: list[Mention]
    ) -> list[Mention]:
        """The seat mentions less those that are the bare surname of someone the article
        named in full before, or of a candidate in a seat it names, where the seat was
        abolished by the article's date: "Galloway took 12,335 votes" after "George
        Galloway" (Galloway the seat went in 1983). (Not "Richmond" in a piece on Richmond
        (Yorks) that never names Brian Richmond.)"""
        if self.info.date is None:
            return seats
        first_full: dict[str, int] = {}
        for p in people:
            if " " in p.text.strip():
                first_full.setdefault(p.id, p.start)
        standing = self.people
        bare = {
            (p.start, p.end)
            for p in people
            if " " not in p.text.strip()
            and (
                first_full.get(p.id, p.end) < p.start
                # ("The younger Paisley's hold on the seat tightened" in a piece on North
                # Antrim: a candidate of a seat the article names, not the seat gone in 1983)
                or bool(
                    (person := standing.get(p.id))
                    and person.candidacies
                    # (not a surname its own seat is named by: Brian Richmond in Richmond)
                    and not any(
                        p.text.strip().lower() in self.reference.constituencies[c].name.lower()
                        for c in _seats_stood(person)
                        if c in self.reference.constituencies
                    )
                )
            )
        }
        if not bare:
            return seats
        return [m for m in seats if not ((m.start, m.end) in bare and self.gone_by_date(m.id))]

    def _names_a_by_election(self, start: int, end: int) -> bool:
        """Whether a word is part of a seat's name before "by-election": "the 1989 Richmond
        by-election" names the seat, not the candidate Brian Richmond."""
        return any(
            m.start <= start
            and end <= m.end
            and _BY_ELECTION_AFTER.match(self.text, m.end) is not None
            for m in self.mentions_in(self.seat_mentions, start - 200, end)
        )

    # --- dates and elections -------------------------------------------------------
    def _date_window(self) -> tuple[dt.date, dt.date] | None:
        """When the article can have been written, from the leaders it names as serving."""
        lo, hi = dt.date.min, dt.date.max
        constrained = False
        for m in self.person_mentions:
            person = self.people.get(m.id)
            if not person or not person.leader_terms:
                continue
            before = self.text[max(0, m.start - 30) : m.start]
            after = self.text[m.end : m.end + 25]
            if not (
                _ROLE.search(before) or re.match(r",?\s+(?:the\s+)?[\w ]{0,20}\bleader\b", after)
            ):
                continue
            if _FORMER.search(before[-20:]):
                continue
            # "Mr Clegg, leader of his party for seven and a half years": a tenure told as a
            # span may be over; it does not date the article.
            if re.match(
                r",?\s+(?:the\s+)?[\w ]{0,20}\bleader\b[\w ]{0,25}?\bfor\s+"
                r"(?:[\w-]+\s+){0,4}years?\b",
                self.text[m.end : m.end + 80],
            ):
                continue
            # The role word must be the leader's own: "Labour leader X", "Prime Minister X".
            starts = [t for t in person.leader_terms]
            term_lo = min(s for s, _ in starts)
            term_hi = max(e for _, e in starts)
            if term_lo > hi or term_hi < lo:
                return None  # contradictory cues: trust none of them
            lo, hi = max(lo, term_lo), min(hi, term_hi)
            constrained = True
        if self.info.date:
            return (self.info.date - REPORTING_WINDOW, self.info.date)
        return (lo, hi) if constrained else None

    @cached_property
    def mentions_by_election(self) -> bool:
        return bool(_BY_ELECTION.search(self.text))

    def _focus_elections(self) -> dict[str, Election]:
        """The election each named seat is reported for: its by-election, or the latest GE."""
        focus: dict[str, Election] = {}
        if not self.mentions_by_election:
            return focus
        for sid in dict.fromkeys(m.id for m in self.seat_mentions):
            options = [
                e
                for seat in derive.lineage(self.reference, sid)[:1]
                for e in self.reference.by_elections(seat)
            ]
            if self.window:
                lo, hi = self.window
                # A report can follow its polling day by a few days; but a dated article
                # reports no contest held after its date (a preview a few days before polling
                # day is about the contests before it).
                late = hi if hi == dt.date.max else hi + dt.timedelta(days=7)
                if self.info.date is not None:
                    late = min(late, self.info.date)
                in_window = [e for e in options if lo <= e.date <= late]
                if not in_window and self.info.date and self._names_by_election(sid):
                    # A comment piece months later: still that by-election, as long as no
                    # general election has been held in the seat since.
                    before = [e for e in options if e.date <= self.info.date][-1:]
                    if before and not any(
                        before[0].date < c.election.date <= self.info.date
                        for c in derive.contests(self.reference, sid)
                        if c.election.kind == "general"
                    ):
                        in_window = before
                options = in_window
            elif self.info.date:
                options = [e for e in options if e.date <= self.info.date]
            elif self.years_named:
                # Undated, in a seat with older by-elections in the record: an article that
                # writes "in 2019" does not report the seat's 1954 by-election. Nor, when a
                # general election was held in the latest year it writes, does it report a
                # by-election before that: "at the 2015 general election ... had come second
                # in the Cardiff South and Penarth by-election of November 2012".
                last = max(self.years_named)
                later = [e for e in options if e.date.year >= last]
                if later or len(options) > 1:
                    options = later or options
                elif options and any(
                    g.date.year == last and g.date > options[0].date
                    for g in self.reference.general_elections()
                ):
                    options = []
            if self.window or self.info.date:
                options = options[-1:]
            if len(options) == 1:
                focus[sid] = options[0]
        return focus

    def _names_by_election(self, seat: str) -> bool:
        """Whether the text speaks of this seat's by-election ("the Runcorn by-election")."""
        for m in self.seat_mentions:
            if m.id != seat:
                continue
            near = self.text[max(0, m.start - 20) : m.end + 20]
            if _BY_ELECTION.search(near):
                return True
        return False

    def _latest_general_named(self) -> Election | None:
        """The latest general election an article naming no by-election names (not as
        history): an undated article naming general elections is about the latest of them,
        the earlier ones its history. A by-election it names with an earlier year beside
        it is history too ("the Cardiff South and Penarth by-election of November 2012")."""
        named = [
            e
            for s in (self.sentences[i] for i in sorted(self._cued))
            for _, _, e, why in self.election_cues("", self.text[s.start : s.end])
            if e is not None and e.kind == "general" and not why.endswith(HISTORY_NOTE)
        ]
        if not named:
            return None
        latest = max(named, key=lambda e: e.date)
        for m in _BY_ELECTION.finditer(self.text):
            near = self.text[max(0, m.start() - 30) : m.end() + 30]
            years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", near)]
            if not years or max(years) >= latest.date.year:
                return None
        return latest

    def _headline_names(self, election: Election) -> bool:
        """Whether the article's first sentence (its headline) names `election`."""
        if not self.sentences:
            return False
        first = self.sentences[0]
        return any(
            e is not None and e.id == election.id
            for _, _, e, _ in self.election_cues("", self.text[first.start : first.end])
        )

    def _focus_from_candidates(self, focus: dict[str, Election]) -> None:
        """For an undated article: the contest its named candidates of a seat stood in.

        One person may be recorded under two spellings ("Sue Hayman" in 2017, "Susan
        Hayman" in 2019): their candidacies count as one person's. The contest all of them
        stood in when there is one; else the contest most of them stood in, when at least
        two did and it leads every other contest by two or more people (an article about
        2019 that names the 2015 runner-up still names more of 2019's field).
        """
        named = {m.id for m in self.person_mentions if m.id in self.people}
        if not named:
            return
        # Group every candidate of the article's seats, so a person named under one
        # spelling also brings the candidacies recorded under the other.
        people = [g for g in _one_entry_per_person(list(self.people)) if named & set(g)]
        # Each group's contests by seat, in group order: a seat's sets are looked up, not
        # gathered by a pass over every group for every seat.
        by_seat: dict[str, dict[int, set[str]]] = {}
        for i, group in enumerate(people):
            for pid in group:
                for e, c in self.people[pid].candidacies:
                    by_seat.setdefault(c, {}).setdefault(i, set()).add(e)
        latest = self._latest_general_named()
        if latest is not None and not self._headline_names(latest):
            latest = None
        for sid in dict.fromkeys(m.id for m in self.seat_mentions):
            sets = list(by_seat.get(sid, {}).values())
            if not sets:
                continue
            common = set.intersection(*sets)
            if (
                latest is not None
                and sid not in focus
                and common
                and any(latest.id in s for s in sets)
                and all(self.reference.elections[e].date < latest.date for e in common)
            ):
                # "Five things we learned from the 2024 general election ... Esher and Walton
                # fell to Monica Harding ... Dominic Raab had held on there in 2019": the
                # election the headline names, later than any all its people stood in, which
                # one of them stood in.
                focus[sid] = latest
                continue
            if len(common) == 1 and (sid not in focus or len(sets) >= 2):
                # Two or more people who all stood in one contest fix it, even over a
                # by-election the text mentions in passing ("six months after losing a
                # by-election here").
                focus[sid] = self.reference.elections[next(iter(common))]
                continue
            if sid in focus:
                continue
            counts = Counter(e for s in sets for e in s)
            ranked = counts.most_common()
            top, n = ranked[0]
            runner_up = ranked[1][1] if len(ranked) > 1 else 0
            if n >= 2 and n >= runner_up + 2:
                focus[sid] = self.reference.elections[top]

    def _look_back(self) -> Election | None:
        """The one contest a dated piece looks back at, long before its date: named in its
        headline or opening paragraph with a marker of looking back ("Twenty years ago
        tonight", "Fifty years since", "anniversary", a contest's own full date)."""
        if self.info.date is None or not self.sentences:
            return None
        if (
            self._recent_general(self.info.date) is not None
            or any(_reported_by(e, self.info.date) for e in self.focus.values())
            or any(
                _reported_by(c.election, self.info.date)
                for sid in dict.fromkeys(m.id for m in self.seat_mentions)
                for c in derive.contests(self.reference, sid)
            )
        ):
            return None  # a report of a contest just held: "the seat he won two years ago"
        first = self.sentences[0].paragraph
        opening = [s for s in self.sentences if s.paragraph <= first + _OPENING_PARAGRAPHS]
        if not any(_LOOK_BACK.search(self.text, s.start, s.end) for s in opening):
            return None
        seats = ["", *dict.fromkeys(m.id for m in self.seat_mentions)]
        back = [
            _years_back(m) for s in opening for m in _YEARS_BACK.finditer(self.text, s.start, s.end)
        ]
        if not any(
            self.election_cues(seat, self.text[s.start : s.end]) for s in opening for seat in seats
        ):
            # "It is half a century today since the SNP won Hamilton": the contest in a
            # named seat held that long before the article, to within a month.
            then = {
                c.election
                for n in back
                if n
                for sid in seats[1:]
                for c in derive.contests(self.reference, sid)
                if abs(_years_before(self.info.date, n) - c.election.date) <= _ABOUT_A_MONTH
            }
            return then.pop() if len(then) == 1 else None
        named = {
            e
            for s in opening
            for seat in seats
            for _, _, e, why in self.election_cues(seat, self.text[s.start : s.end])
            if e is not None
            and not why.endswith(HISTORY_NOTE)
            and e.date <= self.info.date - _LONG_BEFORE
        }
        return named.pop() if len(named) == 1 else None

    def looked_back(self, seat: str) -> Election | None:
        """The contest the piece looks back at, where it is this seat's: a general
        election is every seat's; a by-election, its own seat's."""
        back = getattr(self, "look_back", None)
        if back is None or back.kind == "general":
            return back
        return back if seat and back.constituency in derive.lineage(self.reference, seat) else None

    def _anchor_date(self) -> dt.date | None:
        if self.info.date:
            return self.info.date
        if self.focus:
            return max(e.date for e in self.focus.values())
        if self.window is None:
            latest = self._latest_general_named()
            if latest is not None:
                return latest.date
        if self.window and self.window[1] != dt.date.max:
            generals = [
                e
                for e in self.reference.general_elections()
                if self.window[0] <= e.date <= self.window[1]
            ]
            if len(generals) == 1 and re.search(r"\belection\b", self.text, re.I):
                return generals[0].date
        return None

    # --- per-claim resolution ---------------------------------------------------------
    def nearest(
        self, mentions: list[Mention], offset: int, *, same_sentence: bool = False
    ) -> Mention | None:
        """The closest mention before `offset` in its sentence, else after it, else earlier text."""
        s = self.sentence_at(offset)
        starts = [m.start for m in mentions] if len(mentions) < 64 else self._starts(mentions)
        lo, at, hi = (bisect_left(starts, x) for x in (s.start, offset, s.end))
        if at > lo:
            return mentions[at - 1]
        if hi > lo:
            return mentions[lo]
        if same_sentence:
            return None
        return mentions[lo - 1] if lo else None

    def _starts(self, mentions: list[Mention]) -> list[int]:
        """The start offsets of a sorted mention list, computed once per list."""
        memo = self.__dict__.setdefault("_starts_memo", {})
        key = id(mentions)
        if key not in memo:
            memo[key] = (mentions, [m.start for m in mentions])
        return memo[key][1]

    def span_range(self, mentions: list[Mention], start: int, end: int) -> tuple[int, int]:
        """The indexes [i, j) of the mentions (of a sorted list of this context's) starting
        in [start, end): `mentions_in` without building the list."""
        starts = self._starts(mentions)
        return bisect_left(starts, start), bisect_left(starts, end)

    def disjoint_ends(self, mentions: list[Mention]) -> list[int] | None:
        """The end offsets of a sorted mention list when no two mentions overlap (so the
        ends are sorted too), else None; computed once per list."""
        memo = self.__dict__.setdefault("_ends_memo", {})
        key = id(mentions)
        if key not in memo:
            ok = all(mentions[i].end <= mentions[i + 1].start for i in range(len(mentions) - 1))
            memo[key] = (mentions, [m.end for m in mentions] if ok else None)
        return memo[key][1]

    def main_seat(self) -> str | None:
        return self._main_seat

    @cached_property
    def _main_seat(self) -> str | None:
        counts = Counter(
            m.id
            for m in self.seat_mentions
            if (not m.gone or self._retrospective) and not m.own_time
        )
        if not counts:
            return None
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        return None

    @cached_property
    def _cue_sentences(self) -> dict[LazyPattern, list[int]] | None:
        """For each pattern `_election_cues` runs, the indexes of the sentences it may match
        in: those holding the words it needs, found from one index of the sentences' words
        (None for overlapping sentences, where each is read)."""
        starts = span_starts(self.sentences)
        if starts is None:
            return None
        index = SpanIndex(self.text, self.sentences, starts)
        return {
            p: index.spans_for(_CUE_WORDS.get(p, p)) for p in (*_CUE_PATTERNS, *_OTHER_CUE_PATTERNS)
        }

    @cached_property
    def _cued(self) -> set[int]:
        """The indexes of the sentences that may name an election: those holding a word some
        election cue needs."""
        by_pattern = self._cue_sentences
        if by_pattern is None:
            return set(range(len(self.sentences)))
        return set().union(*(by_pattern[p] for p in _CUE_PATTERNS))

    @cached_property
    def _cue_candidates(self) -> dict[str, frozenset[LazyPattern]]:
        """Each sentence's text, with the patterns of `_cue_sentences` that may match in it:
        `_election_cues` asks no sentence of the article about a pattern's words itself
        (a dozen patterns' words, sentence after sentence, cost more than the searches)."""
        by_pattern = self._cue_sentences
        if by_pattern is None:
            return {}
        found: list[list[LazyPattern]] = [[] for _ in self.sentences]
        for pattern, indexes in by_pattern.items():
            for i in indexes:
                found[i].append(pattern)
        text = self.text
        return {
            text[s.start : s.end]: frozenset(patterns)
            for s, patterns in zip(self.sentences, found, strict=True)
        }

    @cached_property
    def _in_force(self) -> list[tuple[Election, int, int] | None]:
        """Per sentence, the general election a narrative has moved to, with the cue's span.

        "In 2017 the seat looked safe. X won 55.9% ..." and "Two years later ...": a
        sentence opening with a time carries it to the sentences after it in the paragraph,
        and "N years later" counts from the last time named.
        """
        found: list[tuple[Election, int, int] | None] = []
        current: tuple[Election, int, int] | None = None
        self._flashbacks: set[int] = set()
        # "Two years later" counts from the last time named, even across paragraphs.
        last: tuple[Election, int, int] | None = None
        paragraph = -1
        cued = self._cued
        introduced = False  # a list's lines go on in the time of the line introducing them
        sentences = self.sentences
        for i, s in enumerate(sentences):
            if s.paragraph != paragraph:
                # A results list under a dated heading ("2019 result:") keeps its date
                # from line to line, blank lines or not.
                listed = _LIST_LINE.match(self.text, s.start, s.end) or (
                    introduced and LIST_MARKER_LINE.match(self.text, s.start, s.end)
                )
                current, paragraph = (current if listed else None), s.paragraph
                introduced = introduced and bool(listed)
            found.append(current)
            sentence = self.text[s.start : s.end]
            if (
                i + 1 < len(sentences)
                and sentences[i + 1].paragraph != s.paragraph
                and LIST_MARKER_LINE.match(self.text, sentences[i + 1].start, sentences[i + 1].end)
                and not LIST_MARKER_LINE.match(self.text, s.start, s.end)
            ):
                # "The class of 2010 included three Labour women who were firsts. // - Yasmin
                # Qureshi, Bolton South East: 18,782 votes": the one general election a list's
                # introduction names dates its lines.
                # ("The 2015 intake builds on 2010, when the Commons gained ...:": the year
                # its when-clause hangs on, before any other)
                years = {m.group(0): m for m in _YEAR_WHEN.finditer(sentence)} or {
                    m.group(0): m for m in _CUE_YEAR_WORD.finditer(sentence)
                }
                generals = [self._generals_in(int(y)) for y in years]
                if len(years) == 1 and len(generals[0]) == 1:
                    m = next(iter(years.values()))
                    current = (generals[0][0], s.start + m.start(), s.start + m.end())
                    found[-1] = current
                    introduced = True
                    continue
            if i not in cued:
                continue
            later = _YEARS_LATER.match(sentence, len(sentence) - len(sentence.lstrip()))
            if (
                later
                and last is not None
                and current is None
                and i > 0
                and sentences[i - 1].paragraph == s.paragraph
                and last[1] < self._paragraph_starts.get(s.paragraph, s.start)
                and self.recent_general() is not None
            ):
                # "The Conservatives won 330 seats two years ago. // Nick Clegg ... lost to
                # Jared O'Mara by 2,125. Two years earlier Clegg had taken 40.0 per cent": in
                # a paragraph whose narrative names no time, the article's own contest.
                last = None
            if later and last is None and self.recent_general() is not None:
                # "Emma Dent Coad won Kensington by 20 votes. Two years earlier, Victoria
                # Borwick had won with 18,199": counted from the general election the article
                # reports, when no time was named before.
                last = (self.recent_general(), s.start, s.start)
            if later and last is not None:
                years = _signed_years(later)
                near = self._general_years_from(last[0].date, years)
                if years < 0:
                    # "In 1997 Twigg overturned it ... Five years earlier Labour had trailed
                    # by almost 13,000": a flashback is its own sentence's time; the
                    # narrative goes on from where it was.
                    found[-1] = last = (near, s.start, s.start + later.end()) if near else None
                    self._flashbacks.add(i)
                    continue
                current = (near, s.start, s.start + later.end()) if near else None
                found[-1] = last = current
                continue
            general = self._general_cues(sentence)
            opening = [
                c
                for c in general
                if not c[3].endswith(HISTORY_NOTE)
                and (
                    not sentence[: c[0]].strip()
                    # "Then in 2019 the Conservatives ...": a connective before the time
                    or _CONNECTIVE_ONLY.fullmatch(sentence[: c[0]])
                    # "When the counting stopped on 2 May 1997, ...": an opening time clause
                    or (_OPENING_TIME_CLAUSE.match(sentence) and "," not in sentence[: c[0]])
                    # "At the general election of 31 March 1966 Labour won ..."
                    or _ELECTION_OF_BEFORE.fullmatch(sentence, 0, c[0])
                    # "The seat has returned Conservatives for decades, and at the last
                    # general election, in December 2019, X won it": a last clause that
                    # opens with its time moves the narrative there too
                    or (c is general[-1] and _AND_CLAUSE_OPENS.search(sentence, 0, c[0]))
                )
            ]
            month = None if opening or general or last is None else _MONTH_OPENING.match(sentence)
            if month is not None and last is not None:
                # "The breakthrough came in February 1974 ... In October they slipped to 13
                # seats": a month alone opening the sentence, after a year, is that year's.
                name = month.group("month")[:3].lower()
                later = [
                    e
                    for e in self._generals_in(last[0].date.year)
                    if e.date > last[0].date and e.date.strftime("%b").lower() == name
                ]
                if len(later) == 1:
                    opening = [(month.start("month"), month.end(), later[0], "")]
            if opening:
                current = (opening[0][2], s.start + opening[0][0], s.start + opening[0][1])
                found[-1] = last = current
                if general and general[-1][0] > opening[0][0]:
                    # "In 2010 he won by 7,270 and in 2015 by 14,021. Two years later ...":
                    # the last time named is what a later time counts from.
                    last = (general[-1][2], s.start + general[-1][0], s.start + general[-1][1])
            elif general:
                # "He won Aberdeen South in 1966. Four years later he lost it": any general
                # election named is what "N years later" counts from.
                last = (general[-1][2], s.start + general[-1][0], s.start + general[-1][1])
        return found

    def told_before(self, seat: str, offset: int) -> tuple[Election, int, int] | None:
        """The one contest in `seat` the sentence before named, for a sentence that names
        none and goes on about its subject by a pronoun ("He entered Parliament at the
        Enfield Southgate by-election in December 1984. He took 16,684 votes"), with the
        cue's span: a reading, beside the contest the figure falls back to. A sentence that
        only sets the scene ("Then came the famous by-election of February 1958.") lends
        its contest to the sentences after it in the paragraph that name none."""
        i = self.sentence_index(offset, -1)
        if i <= 0:
            return None
        s = self.sentences[i]
        if self.election_cues(seat, self.text[s.start : s.end]):
            return None
        pronoun = _PRONOUN_OPENING.match(self.text, s.start)
        for k in range(i - 1, max(-1, i - 1 - _SCENE_LOOK_BACK), -1):
            before = self.sentences[k]
            if before.paragraph != s.paragraph:
                return None
            told = self.text[before.start : before.end]
            cues = self.election_cues(seat, told)
            named = [c for c in cues if c[2] is not None and not c[3].endswith(HISTORY_NOTE)]
            if not cues:
                continue
            if len({c[2].id for c in named}) > 1:
                # ("Charles Kennedy, who lost Ross, Skye and Lochaber last month, first won
                # Ross, Cromarty and Skye in June 1983": an aside's time stays in it)
                named = [c for c in named if reaches(told, c, len(told.rstrip()) - 1)]
            if len({c[2].id for c in named}) != 1:
                return None
            a, b = named[-1][0], named[-1][1]
            # ("Then came the famous by-election of February 1958. The Socialists won the
            # seat back ...": a sentence that only sets the scene, with no figure but its time)
            if (not pronoun or k < i - 1) and _ANY_DIGIT.search(told[:a] + told[b:]):
                return None
            return named[-1][2], before.start + a, before.start + b
        return None

    def election_in_force_before(self, offset: int) -> tuple[Election, int, int] | None:
        """The general election the narrative had moved to by the end of the paragraph
        before, for a figure in a paragraph naming no time before its sentence ("In 1997
        Labour's Stephen Twigg took Enfield Southgate ... // ... Turnout was just under 71
        per cent"): a reading, beside the contest the figure falls back to."""
        if not self.sentences:
            return None
        i = self.sentence_index(offset)
        first = self.paragraph_first(i)
        if first == 0 or any(self._names_election(k) for k in range(first, i)):
            return None
        forces = self._in_force
        last = first - 1
        while last > 0 and last in self._flashbacks:
            last -= 1  # (a flashback ending the paragraph: the narrative's time before it)
        return forces[last]

    def _names_election(self, i: int) -> bool:
        """Whether sentence i names an election ("By the standards of the day it was a
        landslide" holds a cue word but names none)."""
        if i not in self._cued:
            return False
        s = self.sentences[i]
        return any(c[2] is not None for c in self.election_cues("", self.text[s.start : s.end]))

    def election_in_force(self, offset: int) -> tuple[Election, int, int] | None:
        """The general election the narrative has moved to at `offset`, if any (see above)."""
        if not self.sentences:
            return None
        return self._in_force[self.sentence_index(offset)]

    @cached_property
    def _twins(self) -> dict[str, list[Election]]:
        """Each election's other form: a general election's notional recasts, and back
        (found once per reference: every article asks the same of its elections)."""
        memo = self.reference.__dict__.setdefault("_derived", {})
        found: dict[str, list[Election]] | None = memo.get("twins")
        if found is None:
            found = memo["twins"] = {}
            for e in self.reference.elections.values():
                if e.kind == "notional" and e.base in self.reference.elections:
                    found.setdefault(e.base, []).append(e)
                    found.setdefault(e.id, []).append(self.reference.elections[e.base])
        return found

    def twins(self, election: Election) -> list[Election]:
        """The same election read another way: declared or notional (see `_twins`)."""
        return self._twins.get(election.id, [])

    def _general_years_from(self, when: dt.date, years: float) -> Election | None:
        """The one general election about `years` from `when` (within half a year)."""
        target = when + dt.timedelta(days=round(365.25 * years))
        # (none after the article's date: "Four and a half years later the Tory vote has
        # dropped" in a by-election report of November 2014 is not the May 2015 election)
        latest = self.info.date or dt.date.max
        near = [
            e
            for e in self.reference.general_elections()
            if abs((e.date - target).days) <= 200 and e.date <= latest
        ]
        return near[0] if len(near) == 1 else None

    def recent_general(self) -> Election | None:
        """The general election the article reports, if one was held just before its date."""
        return self._recent_general(self.anchor_date)

    def _recent_general(self, anchor: dt.date | None) -> Election | None:
        """The general election a dated article reports, if one was held just before it."""
        memo = self.__dict__.setdefault("_recent_general_memo", {})
        if anchor not in memo:
            recent = [e for e in self.reference.general_elections() if _reported_by(e, anchor)]
            memo[anchor] = recent[-1] if recent else None
        return memo[anchor]

    def _generals_in(self, year: int) -> list[Election]:
        """The general elections held in a year, oldest first (indexed once per reference)."""
        memo = self.reference.__dict__.setdefault("_derived", {})
        if "generals_by_year" not in memo:
            by_year: dict[int, list[Election]] = {}
            for e in self.reference.general_elections():
                by_year.setdefault(e.date.year, []).append(e)
            memo["generals_by_year"] = by_year
        return list(memo["generals_by_year"].get(year, ()))

    def _notionals_of(self, election_id: str) -> list[Election]:
        """The notional recasts of an election (indexed once per reference)."""
        memo = self.reference.__dict__.setdefault("_derived", {})
        if "notionals_by_base" not in memo:
            by_base: dict[str | None, list[Election]] = {}
            for e in self.reference.elections.values():
                if e.kind == "notional":
                    by_base.setdefault(e.base, []).append(e)
            memo["notionals_by_base"] = by_base
        return list(memo["notionals_by_base"].get(election_id, ()))

    def _implied_notional(self, seat: str, anchor: dt.date | None) -> tuple[Election | None, str]:
        """The notional recast a frame with no election named means, and why: the one onto
        the boundaries of the general election the article reports in the seat (the latest
        before its date), and none where the reference has no such recast."""
        reported = self.focus.get(seat) if seat else None
        if reported is None or reported.kind != "general":
            when = reported.date if reported is not None else anchor
            earlier = [e for e in self.reference.general_elections() if when and e.date <= when]
            reported = earlier[-1] if earlier else None
        if reported is None:
            return None, "frames a figure as notional, and the article gives no date"
        recast = [
            e
            for e in self.reference.elections.values()
            if e.kind == "notional" and e.boundaries == str(reported.date.year)
        ]
        if len(recast) != 1:
            return None, (
                f"frames a figure as notional, and the reference has no notional results "
                f"on the boundaries of the {reported.name}"
            )
        return recast[0], "(notional)"

    def _by_election_last_month(
        self,
        seat: str,
        sentence: str,
        by: re.Match[str],
        last: re.Match[str],
        anchor: dt.date | None,
    ) -> tuple[int, int, Election | None, str]:
        """The cue of "the Somerton and Frome by-election last July": the by-election held
        in that month in the year before the article, named by the seat written before the
        word (or in the seat's lineage when none is); none, or several, and no other."""
        months = _months_named(last.group(1))
        held = [
            e
            for e in self.reference.by_elections()
            if e.date.strftime("%b").lower() in months
            and anchor is not None
            and dt.timedelta(0) < anchor - e.date < _last_window(months)
        ]
        found, start = self._fitting_name(held, by, "name")
        if not found:
            start = by.start("by")
            lineage = set(derive.lineage(self.reference, seat)) if seat else set()
            found = [e for e in held if e.constituency in lineage]
        label = sentence[start : last.end()]
        if len(found) == 1:
            return (start, last.end(), found[0], f"'{label}'")
        return (start, last.end(), None, f"no single by-election in the record matches '{label}'")

    def _fitting_name(
        self, elections: list[Election], m: re.Match[str], group: str
    ) -> tuple[list[Election], int]:
        """Those of `elections` the seat's name in a match's group fits, and where the name
        starts: the longest run of its last words that fits ("Uxbridge" in "The Uxbridge")."""
        if not m.group(group):
            return [], m.start()
        words = m.group(group).split()
        at = m.start(group)
        for i in range(len(words)):
            named = self._fitting_by_elections(elections, " ".join(words[i:]))
            if named:
                return named, at + len(" ".join(words[:i])) + (i > 0)
        return [], at

    def _fitting_by_elections(self, elections: list[Election], name: str) -> list[Election]:
        """Those of `elections` in a seat a written name fits: the seat's name or one of its
        aliases as written, or their opening words ("Uxbridge" for "Uxbridge and South
        Ruislip", "Richmond" for "Richmond (Yorks)")."""
        key = normalise_name(name)

        def fits(e: Election) -> bool:
            c = self.reference.constituencies.get(e.constituency or "")
            names = (c.name, *c.aliases) if c else ()
            return any((n := normalise_name(x)) == key or n.startswith(key + " ") for x in names)

        return [e for e in elections if key and fits(e)]

    def _lineage_by_elections(self, seat: str, year: int) -> list[Election]:
        """The by-elections held in `year` in the seat or the seats it succeeds."""
        seats = derive.lineage(self.reference, seat) if seat else []
        return [e for s in seats for e in self.reference.by_elections(s) if e.date.year == year]

    def _named_by_elections(self, seat: str, year: int, name: str) -> list[Election]:
        """The by-elections of `year` a written seat name ("Richmond", "Uxbridge") fits: in
        the seat's lineage first, else anywhere (the text named another seat's)."""
        mine = self._fitting_by_elections(self._lineage_by_elections(seat, year), name)
        if mine:
            return mine
        held = [e for e in self.reference.by_elections() if e.date.year == year]
        return self._fitting_by_elections(held, name)

    def _recent_contest(self, seat: str, anchor: dt.date | None) -> Election | None:
        """The contest in `seat` a dated article reports, if one was held just before it."""
        if not seat:
            return None
        contests = derive.contests(self.reference, seat, follow_predecessors=False)
        recent = [c.election for c in contests if _reported_by(c.election, anchor)]
        return recent[-1] if recent else None

    def _mark_asides(self, mentions: list[Mention]) -> list[Mention]:
        """Seats named in a sentence that turns aside ("Elsewhere, ...", "Meanwhile in X")."""
        marked = []
        for m in mentions:
            s = self.sentence_at(m.start)
            aside = bool(_ASIDE.match(self.text, s.start, s.end)) or bool(
                # "He is the party's second elected MP after Clacton": a seat named to
                # compare with, not one the piece is about
                _found_in(_COMPARED_SEAT_BEFORE, self.text, max(0, m.start - 20), m.start)
                # ("well above the 31.3 per cent recorded the same night in Arbroath and
                # Broughty Ferry": a seat named for a figure set against the article's own)
                or _found_in(
                    _COMPARISON_FIGURE_BEFORE, self.text, max(s.start, m.start - 100), m.start
                )
            )
            if _found_in(
                _RECORD_SINCE_BEFORE, self.text, max(s.start, m.start - 120), m.start
            ) or _found_in(_IN_PASSING_BEFORE, self.text, max(s.start, m.start - 80), m.start):
                # "the SNP's first by-election gain since Jim Sillars won Glasgow Govan in
                # 1988": the seat a record is counted from, named in passing like a former
                # seat; the sentences after go on with the seat the piece is about.
                marked.append(replace(m, aside=True, former=True))
                continue
            marked.append(replace(m, aside=True) if aside else m)
        return marked

    def _is_recent(self, election_id: str) -> bool:
        """Whether an election is the one the dated article reports."""
        return _reported_by(self.reference.elections[election_id], self.anchor_date)

    def _attribution_after(self, s: Sentence) -> str | None:
        """The seat named in the attribution that goes on from a quotation closed by "!" or
        "?" (a sentence of its own opening in lower case), if one."""
        text = self.text
        if not _QUOTE_CLOSED_EXCLAIMED.search(text, s.start, s.end):
            return None
        i = self.sentence_index(s.start)
        if i + 1 >= len(self.sentences):
            return None
        after = self.sentences[i + 1]
        if after.paragraph != s.paragraph or not text[after.start : after.start + 1].islower():
            return None
        named = self.mentions_in(self.seat_mentions, after.start, after.end)
        return named[0].id if named else self._candidates_seat(after)

    def _candidates_seat(self, s: Sentence) -> str | None:
        """The seat of the first candidate the sentence names who stands for one, found once
        per sentence (a run-on sentence of thousands of names has as many claims)."""
        memo = self.__dict__.setdefault("_candidates_seat_memo", {})
        if s.start not in memo:
            memo[s.start] = next(
                (
                    seat
                    for person in self.people_in(s.start, s.end)
                    if (seat := self._person_seat(person)) is not None
                ),
                None,
            )
        return memo[s.start]

    def _person_seat(self, person: Mention) -> str | None:
        """The one seat a named candidate stands for here, if one."""
        # (A seat abolished before the article's date is not where anyone stands now.)
        candidacies = [
            (e, c) for e, c in self.people[person.id].candidacies if not self.gone_by_date(c)
        ]
        seats = (
            # ("In Strangford Jim Shannon held on. Claire Hanna held her seat with 21,345":
            # the seat she fought at the contest reported, not Strangford, which she fought
            # at another)
            {c for e, c in candidacies if (f := self.focus.get(c)) is not None and f.id == e}
            or {c for e, c in candidacies if self.focus.get(c, None) is not None}
            or {c for e, c in candidacies if self._is_recent(e)}
            or {c for _, c in candidacies}
        )
        return next(iter(seats)) if len(seats) == 1 else None

    def _sentence_before_row_cut(self, s: Sentence) -> int | None:
        """Where the sentence a results row was cut from begins, if it was cut from one."""
        i = self.sentence_index(s.start)
        if i <= 0:
            return None
        before = self.sentences[i - 1]
        if before.paragraph != s.paragraph or re.search(
            r"[.!?:]\s*$", self.text[before.start : before.end]
        ):
            return None
        return before.start

    def _seat_in_closed_aside(
        self, s: Sentence, m: Mention, offset: int, opened: re.Pattern[str]
    ) -> bool:
        """Whether seat mention `m` stands in an aside (`opened` before it in its sentence)
        that a comma closes before the figure at `offset`."""
        return bool(opened.search(self.text, s.start, m.start)) and bool(
            re.search(r",\s", self.text[m.end : offset])
        )

    def undated_last_elections(self, offset: int) -> tuple[list[Election], tuple[int, int]]:
        """The general elections "the last election" may be in an undated piece, where it
        reaches the figure at `offset`: from the one before the latest the piece names to
        the latest in the record (when it was written is not given)."""
        if self.info.date is not None or self.window is not None or self.anchor_date is None:
            return [], (0, 0)
        s = self.sentence_at(offset)
        sentence = self.text[s.start : s.end]
        last = next(
            (
                m
                for m in _LAST_GENERAL.finditer(sentence)
                if _writing_time(m) and cue_reaches(sentence, m.start(), m.end(), offset - s.start)
            ),
            None,
        )
        if last is None:
            return [], (0, 0)
        generals = self.reference.general_elections()
        before = [e for e in generals if e.date < self.anchor_date]
        since = before[-1].date if before else self.anchor_date
        span = (s.start + last.start(), s.start + last.end())
        return [e for e in generals if e.date >= since], span

    def _missing_by_election_before(self, seat: str, s: Sentence) -> str | None:
        """Why a figure naming no time, just after a sentence of its paragraph names a
        by-election the record may not hold ("Labour won the Liverpool Wavertree
        by-election of February 1935. Its majority was 1,840."), is not judged."""
        i = self.sentence_index(s.start)
        for before in reversed(self.sentences[max(0, i - 2) : i]):
            if before.paragraph != s.paragraph:
                return None
            for m in _BY_ELECTION_WITH_YEAR.finditer(self.text, before.start, before.end):
                year = int(m.group("year") or m.group("year2"))
                if any(e.date.year == year for e in self.reference.by_elections(seat)):
                    continue
                gap = coverage.gap_reason(self.reference, *coverage.year_span(year), seat)
                if gap:
                    return f"it may be of the {year} by-election named before it, and {gap}"
        return None

    def near_miss_seat(self, offset: int) -> str | None:
        """The seat a near miss names after its figure: "won Ryedale ... and came within 100
        votes of taking West Derbyshire" (West Derbyshire's majority)."""
        taking = _WITHIN_VOTES_OF_TAKING.match(self.text, offset)
        if taking is None or not _WITHIN_BEFORE.search(self.text, max(0, offset - 20), offset):
            return None
        named = self.mentions_in(self.seat_mentions, taking.end(), taking.end() + 1)
        return named[0].id if named else None

    def _on_own_line(self, m: Mention) -> bool:
        """Whether a mention is all of its line (emphasis and a heading's marks aside)."""
        start = self.text.rfind("\n", 0, m.start) + 1
        end = self.text.find("\n", m.end)
        end = len(self.text) if end < 0 else end
        # (a live blog's time before it: "**04:02 - Mid Norfolk**")
        lead = _TIME_LEAD.sub("", self.text[start : m.start])
        # (a notice's heading: "Declaration of result, Sheffield Hallam", "Declaration of
        # Result of Poll – Bristol East Constituency", "Result: Gower")
        lead = _NOTICE_HEADING_LEAD.sub("", lead)
        rest = lead + self.text[m.end : end]
        # (a post's pin or bullet: "📍 ISLINGTON NORTH", "● Ashfield")
        rest = "".join(ch for ch in rest if unicodedata.category(ch) not in _MARK_CATEGORIES)
        return rest.strip(" \t*#_:|").lower() in ("", "constituency")

    def seats_named(self, written: str) -> set[str]:
        """Every seat whose name (or short name) is `written`, whatever its time."""
        return set(self._seat_phrases.get(_name_key(written), ()))

    def _section_heading_seat(self, before: list[Mention]) -> Mention | None:
        """The last seat named on a line of its own among `before` (plain seats in text
        order), when every seat named after it is the same one: a section's heading."""
        for j in range(len(before) - 1, -1, -1):
            if before[j].id != before[-1].id:
                return None
            if self._on_own_line(before[j]):
                return before[j]
        return None

    def _seat_heading_above(self, offset: int) -> str | None:
        """The seat a line of its own names above the figure's line, with no blank line
        between ("Dunfermline East" over "1983 — Labour, majority 11,301"): a box of a
        seat's elections, one to a line, under its name."""
        text = self.text
        end = text.rfind("\n", 0, offset)
        for _ in range(_MOST_LINES_UNDER_HEADING):
            if end <= 0:
                return None
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if not line.strip():
                return None  # (a blank line ends the box)
            named = self.mentions_in(self.seat_mentions, start, end)
            if len(named) == 1:
                return named[0].id if self._on_own_line(named[0]) else None
            end = start - 1
        return None

    def seat_for(self, offset: int) -> str | None:
        """The seat a claim is about: named in its sentence, or a candidate's there, or earlier.

        Beyond the sentence, a seat named earlier in the same paragraph comes first,
        then the nearest earlier seat the article reports an election in.
        """
        s = self.sentence_at(offset)
        missed = self.near_miss_seat(offset)
        if missed is not None:
            return missed
        m = self.nearest(self.seat_mentions, offset, same_sentence=True)
        if m and m.own_time and ";" in self.text[min(m.end, offset) : max(m.start, offset)]:
            # ("won the 1997 Beckenham by-election by 1,227 votes; this time Labour took the
            # seat by 12,905": the older seat stays in its own clause)
            m = None
        if (
            m
            and m.gone
            and not m.former
            and not self._retrospective
            and (
                # ("the Conservative majority Keir Mather overturned in Selby and Ainsty in
                # July 2023": a seat named after the figure, with a year of its life)
                (m.start > offset and not self._year_in_life_after(s, m, offset))
                or not (
                    self.year_in_life(s, m.id)
                    or self._looked_back_in_life(m.id)
                    or self._year_in_life_just_before(s, m.id)
                )
                # "Mr Holden, who won North West Durham by 1,414 votes in 2019, finished on
                # 12,905": a seat inside an aside closed before the figure stays there.
                or self._seat_in_closed_aside(s, m, offset, _ASIDE_OPENED)
            )
        ):
            m = None
        if m and m.start < offset and self._seat_in_closed_aside(s, m, offset, _RELATIVE_OPENED):
            # "Paul Williams, who lost Stockton South at the last general election, saw
            # Labour's share fall by nine points": a seat in a relative clause closed before
            # the figure is about the person, not the figure.
            m = None
        if (
            m
            and m.start > offset
            and (
                _COMPARED_PLACE_BEFORE.search(self.text, max(offset, m.start - 40), m.start)
                # ("Turnout was 38.0 per cent, well above the 31.3 per cent recorded in
                # Arbroath": the place of another figure, set against this one)
                or _COMPARISON_FIGURE_BEFORE.search(
                    self.text, max(offset + 1, m.start - 100), m.start
                )
            )
        ):
            # "Turnout was 52.3 per cent, almost exactly what it was in Chesham": the place
            # compared with, after the figure, is not the figure's.
            m = None

        if (
            m
            and m.start > offset
            and (
                ";" in self.text[offset : m.start]
                or _THERE_BEFORE.search(self.text, s.start, offset) is not None
            )
        ):
            # "In fact the SNP's majority there in 2017 was 21 votes; 22 was Labour's majority
            # in Dudley North that year": a seat named after a semicolon is its own clause's,
            # and "there" points back to the seat before.
            m = None
        if (
            m
            and m.start > offset
            and _NEW_SUBJECT_CLAUSE.search(self.text, offset, m.start)
            and self.mentions_in(self.seat_mentions, 0, s.start)
        ):
            # "..., taking 52.8 per cent, and Mr Smith moved on to Beaconsfield": a seat named
            # in a later clause with a subject of its own is that clause's, where the piece
            # has named a seat before.
            m = None
        if m and not (m.former and m.start > offset):
            # ("..., and Ms Pow beat him in the old Taunton Deane seat": an abolished seat
            # named after the figure governs its own clause, not this one.)
            return m.id
        seat = self._candidates_seat(s)
        if seat is not None:
            return seat
        attributed = self._attribution_after(s)
        if attributed is not None:
            # '"You only won by 20!" a Conservative activist shouted at Emma Dent Coad in
            # Kensington.': a quotation's own attribution names its seat.
            return attributed
        seat = self._seat_heading_above(offset)
        if seat is not None:
            return seat
        i = self.sentence_index(offset, -1)
        if i > 0 and self.sentences[i - 1].paragraph == s.paragraph:
            # "He held Basildon in 1987 ... His survival in 1992, when he clung on by 1,480
            # votes": a seat gone by the article's date, named in the sentence before, goes on
            # in one naming another year of its life.
            before = self.sentences[i - 1]
            gone = [
                m
                for m in self.mentions_in(self.seat_mentions, before.start, before.end)
                if m.gone and not m.aside
            ]
            if gone and len({m.id for m in gone}) == 1 and self.year_in_life(s, gone[0].id):
                return gone[0].id
        # The seats named earlier (not as former seats nor in asides): a prefix of a list
        # made once, so a claim costs a binary search, not a pass over every mention.
        plain, first_named = self._plain_seats
        count = bisect_left(self._starts(plain), s.start)
        last = plain[count - 1] if count else None
        if last is not None and self.sentence_at(last.start).paragraph == s.paragraph:
            return last.id
        # "Next door in Chesterfield, Labour's majority was cut to 7,763. The party polled
        # 46.0 per cent": a seat an aside turns to goes on for the rest of its paragraph.
        turned = [
            m
            for m in self.mentions_in(
                self.seat_mentions, self._paragraph_starts.get(s.paragraph, s.start), s.start
            )
            if m.aside and not m.former
        ]
        if turned and len({m.id for m in turned}) == 1:
            return turned[-1].id
        # No seat named in the paragraph: a candidate named earlier in it places it ("In
        # Hodge Hill Liam Byrne held on ... Three years ago Labour's majority there was").
        lo = self._paragraph_starts.get(s.paragraph, s.start)
        # (Only among the seats the article names, so that it needs no dating.)
        named = self._named_seats
        for person in reversed(self.people_in(lo, s.start)):
            seats = {c for _, c in self.people[person.id].candidacies} & named
            if len(seats) == 1:
                return next(iter(seats))
        focused = self._plain_focused
        k = bisect_left(self._starts(focused), s.start)
        # A seat heading a section on a line of its own ("BATTERSEA" over its results and
        # "Lab maj 2,416" footer, "**04:02 - Mid Norfolk**" in a live blog) governs the
        # section's paragraphs, before a seat reported earlier in the piece.
        heading = self._section_heading_seat(plain[:count])
        if heading is not None and (not k or focused[k - 1].start <= heading.start):
            return heading.id
        if k:
            return focused[k - 1].id
        # Beyond its paragraph, a seat named in passing ("the tightest result since X won
        # Winchester in 1997") yields to the seat the article is about.
        main = self.main_seat()
        if main is not None and first_named.get(main, s.start) < s.start:
            return main
        if last is not None:
            return last.id
        # Nothing named before: only an article about a single seat lends it forward.
        return self.main_seat() if len(self._named_seats) == 1 else None

    def seats_named_exactly(self, mention: Mention) -> list[str]:
        """Other seats whose own name the mention's text is ("Blaydon", read as Blaydon and
        Consett, is also the old Blaydon's name)."""
        memo = self.reference.__dict__.setdefault("_derived", {})
        if "seats_by_own_name" not in memo:
            by_name: dict[str, list[str]] = {}
            for c in self.reference.constituencies.values():
                by_name.setdefault(normalise_name(c.name), []).append(c.id)
            memo["seats_by_own_name"] = by_name
        named = memo["seats_by_own_name"].get(normalise_name(mention.text), [])
        return [seat for seat in named if seat != mention.id]

    def seat_of_paragraph_before(self, offset: int) -> Mention | None:
        """The seat last named (plainly) in the paragraph just before, when the paragraph at
        `offset` names none before it ("Filton and Bradley Stoke has chosen ... // Turnout
        was 70.0%."): a reading beside the seat the article is about."""
        s = self.sentence_at(offset)
        plain, _ = self._plain_seats
        count = bisect_left(self._starts(plain), offset)
        last = plain[count - 1] if count else None
        if last is None or self.mentions_in(self.seat_mentions, s.start, s.end):
            return None
        paragraph = self.sentence_at(last.start).paragraph
        first = self.paragraph_first(self.sentence_index(s.start))
        if first == 0 or self.sentences[first - 1].paragraph != paragraph:
            return None
        return last

    @cached_property
    def _plain_seats(self) -> tuple[list[Mention], dict[str, int]]:
        """The seat mentions neither former nor in an aside, and where each seat is first
        named among them."""
        plain = [
            m
            for m in self.seat_mentions
            if not m.former and not m.aside and (not m.gone or self._retrospective)
        ]
        first: dict[str, int] = {}
        for m in plain:
            first.setdefault(m.id, m.start)
        return plain, first

    @cached_property
    def _plain_focused(self) -> list[Mention]:
        """Those of `_plain_seats` whose seat's reported contest is known."""
        return [m for m in self._plain_seats[0] if m.id in self.focus]

    @cached_property
    def _named_seats(self) -> set[str]:
        return {m.id for m in self.seat_mentions if not m.gone}

    @cached_property
    def _paragraph_starts(self) -> dict[int, int]:
        """Where each paragraph's first sentence starts."""
        found: dict[int, int] = {}
        for x in self.sentences:
            found[x.paragraph] = min(x.start, found.get(x.paragraph, x.start))
        return found

    def election_for(self, seat: str, offset: int) -> tuple[Election | None, str]:
        """The election a claim in `seat` at `offset` is about, and why (or why not)."""
        election, why, _ = self.election_choice(seat, offset)
        return election, why

    def other_election_cues(self, seat: str, offset: int) -> list[tuple[int, int, Election]]:
        """Elections named in the figure's sentence whose cue does not reach it: other readings."""
        s = self.sentence_at(offset)
        sentence = self.text[s.start : s.end]
        at = offset - s.start
        return [
            (s.start + c[0], s.start + c[1], c[2])
            for c in [*self.election_cues(seat, sentence), *self._anaphoric_cues(seat, s)]
            if c[2] is not None
            and (c[3].endswith(HISTORY_NOTE) or not reaches(sentence, c, at))
            and not c[3].endswith(NOUN_TIME_NOTE)
            # (a when-clause's time is no reading of a figure before it)
            and not (_when_clause_cue(c) and at < c[1])
        ]

    def election_choice(
        self, seat: str, offset: int
    ) -> tuple[Election | None, str, tuple[int, int] | None]:
        """The election a claim in `seat` at `offset` is about, why, and the cue's span.

        An election named in the claim's clause (or in a short opening phrase) wins;
        one named as a comparison ("up 9 points on 2005", "since the 2019 election")
        is a baseline, not the contest. Then the election the article reports in the
        seat, then the latest general election before the article's date.
        """
        s = self.sentence_at(offset)
        sentence = self.text[s.start : s.end]
        at = offset - s.start
        paired = self._paired_year(seat, s, offset) or self._bracketed_after_year(seat, s, offset)
        if paired is not None:
            return paired
        cues = [
            c
            for c in [*self.election_cues(seat, sentence), *self._anaphoric_cues(seat, s)]
            if not c[3].endswith(HISTORY_NOTE)
            and not (_when_clause_cue(c) and at < c[1])
            # ("2010 was not the last election": a time denied is no figure's time)
            and not _DENIED_BEFORE.search(sentence, max(0, c[0] - 12), c[0])
            and reaches(sentence, c, at)
        ]
        if any(c[3].endswith(UNKNOWN_CONTEST_NOTE) for c in cues):
            # ("up 19.1 points on the general election, when Mr Farage first won the seat
            # with a majority of 8,405": an election named beats a member's first contest)
            cues = [c for c in cues if c[2] is not None] or cues
        if cues:
            # "..., months after Labour had held it at a by-election by 2,412": a by-election
            # named in the figure's own clause, where no cue stands, is its contest.
            breaks = [b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, at)]
            lo = breaks[-1] if breaks else 0
            if (
                not any(c[0] >= lo for c in cues)
                and _BY_ELECTION.search(sentence, lo, at)
                # (not one overturned: "overturning the Liberal Democrats' by-election
                # victory of March last year with a comfortable majority of 6,542")
                and not (
                    _OVERTURNED_BEFORE.search(sentence, lo, at)
                    and _WITH_MAJORITY.search(sentence, lo, at)
                )
            ):
                options = self.reference.by_elections(seat)
                if len(options) > 1:
                    # (of several, the one in a year the sentence names: "in 1983 ...,
                    # months after ... at a by-election")
                    years = set(self.sentence_years(s))
                    options = [e for e in options if e.date.year in years] or options
                if len(options) == 1:
                    return options[0], "the by-election the clause names", None
                return None, "which by-election in the seat is unclear", None
        if cues:
            # (with its unit: "28.2% in 2015" is as near its year as "18,603 in 2015")
            figure = _FIGURE_AND_UNIT_AT.match(sentence, at)
            after = figure.end() if figure else at
            # ("1997 Labour gain, majority 7,323\n2005 Conservative gain, ...": a cue on a
            # later line of the sentence is that line's)
            # (not a line that runs on, wrapped at a width: "had 55.9% of the vote here⏎in
            # 2017")
            cues = [
                c
                for c in cues
                if not (
                    c[0] >= after
                    and "\n" in sentence[after : c[0]]
                    and not _wrapped(sentence, after, c[0])
                )
            ]
        if cues:
            # The cue nearest the claim's figure governs it: "by 15,198 votes in 1979, 13,474
            # in 1983": a cue after the figure counts from its end.

            def distance(c) -> int:
                return c[0] - after if c[0] >= after else min(abs(c[0] - at), abs(c[1] - at))

            # ("In 1935 the majority recovered to 4,842 and in 1945 Labour took 70.9 per
            # cent": a cue opening the next clause is that clause's, one before is this one's)
            own = [
                c
                for c in cues
                if not (c[0] >= after and _AND_BEFORE.fullmatch(sentence, after, c[0]))
            ]
            if any(c[0] >= after and not _CLAUSE_BREAK.search(sentence, after, c[0]) for c in own):
                # ("by just four votes in 2010 and by 57 after a recount in 2019": a cue of
                # the figure's own clause after it beats one of the clause before "and")
                own = [
                    c for c in own if not (c[1] <= at and _AND_WORD.search(sentence, c[1], at))
                ] or own
            start, end, election, why = min(own or cues, key=distance)
            return election, why, (s.start + start, s.start + end)
        whole = self._sentence_before_row_cut(s)
        if whole is not None:
            # "When the count ended on 2 May 1997, X had 26,100 votes and the Conservative Y
            # 26,098": a list item cut from its sentence keeps the sentence's opening time.
            text = self.text[whole : s.end]
            opening = [
                c
                for c in self.election_cues(seat, text)
                if c[2] is not None
                and not (c[3].endswith(HISTORY_NOTE) or _when_clause_cue(c))
                and reaches(text, c, offset - whole)
                and not text[: c[0]].count(",")
            ]
            if opening:
                start, end, election, why = opening[0]
                return election, why, (whole + start, whole + end)
        column = self._column_year(seat, offset)
        if column is not None:
            return column
        label = self._line_label(seat, s)
        if label is not None:
            return label
        lead = self._year_lead(seat, s)
        if lead is not None:
            return lead
        heading = self._heading_election(seat, s)
        if heading is not None:
            return heading
        missing = self._missing_by_election_before(seat, s)
        if missing is not None:
            return None, missing, None
        step = self._progression_step(seat, s, at)
        if step is not None:
            return step
        won_it = self._contest_anaphor(seat, s, at)
        if won_it is not None:
            return won_it
        anchor = self.focus.get(seat)
        if anchor is not None:
            return anchor, f"the {anchor.name} the article reports", None
        # (A by-election a cue names, "the 1997 Beckenham by-election", is that cue's.)
        spans = [c[:2] for c in self.election_cues(seat, sentence)]
        named_by_election = [
            b
            for b in _BY_ELECTION.finditer(sentence)
            # "Liberal since a by-election in 1973": when a hold began, not this figure's.
            if not _BASELINE_BEFORE.search(sentence[max(0, b.start() - 45) : b.start()])
            and not any(a <= b.start() and b.end() <= z for a, z in spans)
            # "won back the seat he lost at the December by-election, though X took 45.1%":
            # a by-election in a relative clause on the seat is that clause's
            and not (
                _in_closed_aside(sentence, b.start())
                and (
                    at < b.start()
                    or re.search(r"[,;:]|\s[–—-]\s", sentence[b.end() : max(b.end(), at)])
                )
            )
            # "went from 30.9 per cent at the by-election to 41.3 per cent": a by-election
            # hung on the figure a change started from is that figure's, not the next step's
            and not (
                at > b.end()
                and _FIGURE_UNIT_AT_THE.search(sentence, 0, b.start())
                and _STEP_TO_BEFORE.fullmatch(sentence, b.end(), at)
            )
            # "defeating Mark Reckless by 7,133 votes six months after he beat her in the
            # by-election": a contest named in a later time clause is that clause's
            and not (
                at < b.start()
                and re.search(r"\b(?:after|since|before|than)\b", sentence[at : b.start()], re.I)
            )
            # "Four months after the by-election, at the December general election, she
            # took 14,827 votes": the by-election a time is counted from is not the figure's
            and not re.search(
                r"\b(?:after|since|before|following)\s+(?:the|that|this|a)\s+$",
                sentence[max(0, b.start() - 20) : b.start()],
                re.I,
            )
            # "Trudy Harrison, who won Copeland at a by-election in February, held it at the
            # general election with 21,062 votes": a relative clause closed before the figure
            # (and "Rosie Barnes, the victor of February's by-election, held Greenwich by
            # 2,141", "Matthew Taylor, elected at a by-election in Truro only three months
            # ago, held on by 4,753": an apposition or participle closed before the figure)
            and not (
                at > b.end()
                and re.search(
                    r",\s+(?:who|which|the|a|an|elected|returned|chosen|first\s+elected)\b[^,;]*$",
                    sentence[: b.start()],
                    re.I,
                )
                and "," in sentence[b.end() : at]
            )
        ]
        if named_by_election:
            options = self.reference.by_elections(seat)
            if len(options) == 1:
                figure = _FIGURE_AT.match(sentence, at)
                follows = figure and next(
                    (
                        b
                        for b in named_by_election
                        if _UNIT_THEN_AT_THE.fullmatch(sentence, figure.end(), b.start())
                    ),
                    None,
                )
                if follows:
                    # "from 30.9 per cent at the by-election to ...": the figure's own time
                    span = (s.start + follows.start(), s.start + follows.end())
                    return options[0], f"'{follows.group(0)}' (the seat's only by-election)", span
                return options[0], "the seat's only by-election", None
            return None, "which by-election in the seat is unclear", None
        looked_back = self.looked_back(seat)
        if looked_back is not None and not self._compared_with(sentence, looked_back):
            return looked_back, f"the {looked_back.name} the piece looks back at", None
        election, why = self.latest_contest(seat)
        return election, why, None

    def _compared_with(self, sentence: str, election: Election) -> bool:
        """Whether the sentence sets its figures against the election's ("Turnout was 67.6
        per cent, almost twelve points lower than in February 1974"): then it is not theirs."""
        year = str(election.date.year)
        return any(
            m.group("year") == year
            and _BASELINE_BEFORE.search(sentence, max(0, m.start() - 45), m.start())
            for m in _ELECTION_CUE.finditer(sentence)
            if m.group("year")
        )

    def latest_contest(self, seat: str) -> tuple[Election | None, str]:
        """The seat's latest contest before the article, and why: a by-election if one came
        since the last general election, else that general election."""
        if self.anchor_date is not None:
            latest = [
                c.election
                for c in derive.contests(self.reference, seat, follow_predecessors=False)
                if c.election.date <= self.anchor_date
            ]
            if latest and latest[-1].kind == "by-election":
                return latest[-1], "the seat's latest contest before the article"
            earlier = [e for e in self.reference.general_elections() if e.date <= self.anchor_date]
            if earlier:
                return earlier[-1], "the latest general election before the article"
        return None, "the article gives no date or election for this claim"

    def _year_lead(self, seat: str, s: Sentence) -> tuple[Election, str, tuple[int, int]] | None:
        """The election a paragraph's lead names when the lead is a year alone ("**1997.**
        Labour took the seat ... Turnout was 69.6%"): the time of every sentence after it
        in the paragraph that names none of its own."""
        i = self.sentence_index(s.start)
        first = self.paragraph_first(i)
        if first == i:
            return None
        lead = self.sentences[first]
        if first + 1 < i and _LIST_MARKER_ONLY.fullmatch(self.text, lead.start, lead.end):
            # ("1. **1992.** The Conservatives held on ...": the item's marker is read as a
            # sentence of its own; the year after it leads the paragraph)
            first += 1
            lead = self.sentences[first]
        m = _YEAR_LEAD.fullmatch(self.text, lead.start, lead.end)
        if m is None:
            bold = self._bold_lead(seat, lead, s)
            if bold is None and _NAME_YEAR_LEAD.fullmatch(self.text, lead.start, lead.end):
                # "Winchester, 1997. Mark Oaten ...": a run-in heading of a seat and year
                return self._one_contest_in(
                    seat, lead.start, lead.end, "the paragraph's lead", under=s
                )
            return bold
        generals = self._generals_in(int(m.group("year")))
        month = (m.group("month") or "")[:3].lower()
        if month:
            generals = [e for e in generals if e.date.strftime("%b").lower() == month]
        if len(generals) != 1 or (seat and self.result_for(seat, generals[0]) is None):
            return None  # (1974 without its month; a seat not yet made; "": the nation's)
        span = (m.start("year"), m.end("month") if month else m.end("year"))
        return generals[0], f"'{self.text[span[0] : span[1]]}' (the paragraph's lead)", span

    def _line_label(self, seat: str, s: Sentence) -> tuple[Election, str, tuple[int, int]] | None:
        """The one contest a label opening the sentence's line names, when the sentence does
        not open the line ("Notional 2019: Con maj 4,952 (9.4%). Turnout 68.6%"): a results
        footer's label dates every figure after it on its line."""
        line = self.text.rfind("\n", 0, s.start) + 1
        if line == s.start or not seat:
            return None
        m = _LINE_LABEL.match(self.text, line, s.start)
        if m is None:
            return None
        found = self._one_contest_in(seat, *m.span("label"), "the line's label")
        # (a results label opens with its contest: "Notional 2019:", "2015 C maj:", not
        # "Debbonaire's record in 2017: a landslide. This year ...")
        if found is None or found[2][0] != m.start("label"):
            return None
        return found

    def _paired_year(
        self, seat: str, s: Sentence, offset: int
    ) -> tuple[Election, str, tuple[int, int]] | None:
        """The contest a figure is paired with by order, in a sentence giving a run of years
        and a run of as many figures ("in 2010, 2015, 2017 and 2019 the party polled A, B, C
        and D votes", "A, B, C and D votes at the four elections from 2010"): the k-th
        figure is the k-th year's."""
        runs = self.__dict__.setdefault("_paired_runs", {})
        if s.start not in runs:
            runs[s.start] = _year_and_figure_runs(self, self.text[s.start : s.end])
        found = runs[s.start]
        if found is None or not seat:
            return None
        years, figures = found
        at = offset - s.start
        if at not in figures:
            return None
        year, span = years[figures.index(at)]
        held = [e for e in self._generals_in(year) if self.result_for(seat, e) is not None]
        if len(held) != 1:
            return None
        why = f"'{year}' (the years listed, taken in the order of the figures)"
        return held[0], why, (s.start + span[0], s.start + span[1])

    def _bracketed_after_year(
        self, seat: str, s: Sentence, offset: int
    ) -> tuple[Election, str, tuple[int, int]] | None:
        """The year a figure is bracketed right after: "lower than in 2017 (40.0%)" gives
        2017's figure, though the year is the comparison's baseline."""
        found = self.bracketing_year(s.start, offset) if seat else None
        if found is None:
            return None
        year, span = found
        held = [e for e in self._generals_in(year) if self.result_for(seat, e) is not None]
        if len(held) != 1:
            return None
        return held[0], f"'{year}' (the figure is bracketed after it)", span

    def bracketing_year(self, lo: int, offset: int) -> tuple[int, tuple[int, int]] | None:
        """The year a figure at `offset` is bracketed right after ("lower than in 2017
        (40.0%)"), with its span; `lo` bounds the look back (the sentence's start)."""
        m = _YEAR_THEN_BRACKET.search(self.text, max(lo, offset - 40), offset)
        return (int(m.group("year")), m.span("year")) if m else None

    def _column_year(self, seat: str, offset: int) -> tuple[Election, str, tuple[int, int]] | None:
        """The contest a table column's header names, for a figure in a table whose header
        names two years or more ("Party | 2019 votes | 2019 % | 2024 votes | 2024 %"): each
        column its own year, not the article's contest."""
        text = self.text
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        line = text[start:end]
        sep = "\t" if "\t" in line else "|" if line.count("|") >= 2 else ""
        if not seat or not sep:
            return None
        column = line[: offset - start].count(sep)
        # The header: the nearest line above, in the same run of table lines, whose cells
        # name two different years.
        above = start
        for _ in range(_MOST_LINES_UNDER_HEADING):
            if above == 0:
                return None
            hi = above - 1
            above = text.rfind("\n", 0, hi) + 1
            header = text[above:hi]
            if sep not in header:
                return None
            cells = header.split(sep)
            years = {y for cell in cells for y in _YEAR_IN_CELL.findall(cell)}
            if len(years) < 2:
                continue
            if column >= len(cells) or len(set(_YEAR_IN_CELL.findall(cells[column]))) != 1:
                return None
            a = above + sum(len(c) + len(sep) for c in cells[:column])
            year = _YEAR_IN_CELL.search(text, a, a + len(cells[column]))
            held = [
                e
                for e in self._generals_in(int(year.group(0)))
                if self.result_for(seat, e) is not None
            ]
            if len(held) != 1:
                return None
            return held[0], f"'{year.group(0)}' (the column's header)", year.span()
        return None

    def _bold_lead(
        self, seat: str, lead: Sentence, under: Sentence | None = None
    ) -> tuple[Election, str, tuple[int, int]] | None:
        """The one contest a paragraph's bold lead names ("- **Peterborough, June 2019.**
        Labour's Lisa Forbes held the seat by 683 votes"): the time of the paragraph's
        sentences that name none."""
        bold = _BOLD_LEAD.fullmatch(self.text, lead.start, lead.end)
        if bold is None or not seat:
            return None
        return self._one_contest_in(seat, *bold.span("inner"), "the paragraph's lead", under=under)

    def _one_contest_in(
        self, seat: str, start: int, end: int, where: str, under: Sentence | None = None
    ) -> tuple[Election, str, tuple[int, int]] | None:
        """The one contest of the seat that text[start:end] (a heading, a lead) names, with
        its cue's span, when it names no other seat; else None."""
        named = self.mentions_in(self.seat_mentions, start, end)
        if named and not any(seat in derive.lineage(self.reference, m.id) for m in named):
            return None
        cues = [
            c
            for c in self.election_cues(seat, self.text[start:end])
            if c[2] is not None and not (c[3].endswith(HISTORY_NOTE) or _when_clause_cue(c))
        ]
        if not cues:
            if under is None or _RELATIVE_TIME.search(self.text, under.start, under.end):
                # ("**Eastbourne, 1990.** ... a majority of 16,923 three years earlier": a
                # time counted from the heading's is not the heading's)
                return None
            return self._bare_year_in(seat, start, end, where)
        if len({c[2].id for c in cues}) != 1 or self.result_for(seat, cues[0][2]) is None:
            return None
        c = cues[0]
        return c[2], f"{c[3]} ({where})", (start + c[0], start + c[1])

    def _bare_year_in(self, seat: str, start: int, end: int, where: str):
        """The contest of a heading or lead that names its seat's year alone ("**Winchester,
        1997.**", "## Skipton, 1944"): the one contest the record holds for the seat that
        year; none known when it holds several, or none and may lack one (a by-election
        before 1945): the figures under it are then no other year's."""
        years = {m.group(0) for m in _HEADING_YEAR.finditer(self.text, start, end)}
        if len(years) != 1:
            return None
        # (a name and the year alone: not "What happened to the 2017 marginals")
        rest = _HEADING_MARKUP.sub(" ", _HEADING_YEAR.sub(" ", self.text[start:end])).split()
        if len(rest) > 6 or not all(w[:1].isupper() or w == "and" for w in rest):
            return None
        m = _HEADING_YEAR.search(self.text, start, end)
        year = int(m.group(0))
        held = [e for e in self._generals_in(year) if self.result_for(seat, e) is not None]
        held += [e for e in self.reference.by_elections(seat) if e.date.year == year]
        span = m.span()
        if len(held) == 1:
            return held[0], f"'{year}' ({where})", span
        if len(held) > 1 and self.focus.get(seat) in held:
            # (of several that year, the one the article reports: "**2024: Galloway**" over
            # the Rochdale by-election's list)
            return None
        if held:
            return None, f"which of the seat's contests of {year} ({where}) is unclear", span
        # (a year the record holds no by-elections of, before 1945; a later year with none
        # may be a slip for the contest the text reports: "**Brent East, 2004.**")
        gap = year < 1945 and coverage.gap_reason(self.reference, *coverage.year_span(year), seat)
        if gap:
            return None, f"'{year}' ({where}) may be a by-election, and {gap}", span
        return None

    @cached_property
    def _headings(self) -> list[tuple[int, int]]:
        """The spans of the text's heading lines ("### Telford, general election 2015",
        "**Telford, 2015**"), in order: each heads the lines after it, to the next."""
        if "#" not in self.text and "**" not in self.text:
            return []  # (every heading line holds one: the pattern tries each line's start)
        return [
            m.span(next(g for g in ("text", "bold", "year") if m.group(g)))
            for m in _HEADING_LINE.finditer(self.text)
        ]

    def _heading_election(
        self, seat: str, s: Sentence
    ) -> tuple[Election, str, tuple[int, int]] | None:
        """The one election the heading above a sentence names ("### Telford, general election
        2015" over a results table and its "Majority: 730" line), when the heading names no
        other seat: the time of every sentence under it that names none of its own."""
        i = bisect_right(self._headings, (s.start, s.start)) - 1
        if i < 0:
            return None
        start, end = self._headings[i]
        if s.start < end:
            return None  # (the heading itself)
        return self._one_contest_in(seat, start, end, "the heading above", under=s)

    def _chain_at(self, seat: str, s: Sentence, at: int):
        """The progression a figure at `at` (sentence offset) is a step of: its figures, the
        indexes of its first step, the figure's and its last, a function giving a step's
        dating cue, and where "from" opens it (None when it does not). None when no figure
        starts at `at`."""
        sentence = self.text[s.start : s.end]
        memo = self.__dict__.setdefault("_step_memo", {})
        key = (seat, s.start, s.end)
        if key not in memo:
            cues = [
                c
                for c in self.election_cues(seat, sentence)
                if c[2] is not None and not (c[3].endswith(HISTORY_NOTE) or _when_clause_cue(c))
            ]
            spans = sorted((c[0], c[1]) for c in cues)
            figures = []
            for m in _STEP_FIGURE.finditer(sentence):
                j = bisect_right(spans, (m.start(), len(sentence))) - 1
                if j < 0 or not spans[j][0] <= m.start() < spans[j][1]:
                    figures.append(m)
            memo[key] = (cues, figures, [m.start() for m in figures])
        cues, figures, starts = memo[key]
        k = bisect_left(starts, at)
        if k == len(figures) or starts[k] != at:
            return None

        def dated(n: int) -> tuple[int, int, Election, str] | None:
            """The cue right after a step's figure ("41.8% in 2015"), if any."""
            end = figures[n].end()
            after = [c for c in cues if c[0] >= end and not sentence[end : c[0]].strip()]
            return after[0] if after else None

        def linked(n: int) -> bool:
            """Whether step n leads on to step n + 1."""
            cue = dated(n)
            start = cue[1] if cue else figures[n].end()
            return bool(_STEP_JOIN.fullmatch(sentence, start, figures[n + 1].start()))

        first = k
        while first > 0 and linked(first - 1):
            first -= 1
        last = k
        while last + 1 < len(figures) and linked(last):
            last += 1
        lead = max(0, figures[first].start() - 8)
        opened = re.search(r"\bfrom\s+$", sentence[lead : figures[first].start()])
        return figures, first, k, last, dated, lead, opened

    def undated_step(self, seat: str, offset: int) -> str | None:
        """Why a figure's contest is unclear when it is an early step of a progression of
        three figures or more opened by "from" with no step dated ("went from 51.2% to
        51.9%, and then to 35.9%"): which contests the steps are the text does not say, so
        neither "the previous contest" nor the sentence's own is the figure's. None else."""
        s = self.sentence_at(offset)
        sentence = self.text[s.start : s.end]
        at = offset - s.start
        if not re.search(
            r"\b(?:from|to|then)\s+(?:just\s+|only\s+)?$", sentence[max(0, at - 16) : at]
        ):
            return None
        chain = self._chain_at(seat, s, at)
        if chain is None:
            return None
        figures, first, k, last, dated, lead, opened = chain
        if not opened or last - first < 2 or k == last:
            return None
        if any(dated(n) for n in range(first, last + 1)):
            return None
        steps = sentence[lead + opened.start() : figures[last].end()]
        return (
            f"'{steps}': a step of a progression of {last - first + 1} figures whose "
            "contests the text does not date"
        )

    def _progression_step(
        self, seat: str, s: Sentence, at: int
    ) -> tuple[Election | None, str, tuple[int, int] | None] | None:
        """The contest of a figure between two steps of a progression, if it is one.

        "Her share climbed from 41.8% in 2015 to 52.3% and then 57.2%": a chain of
        figures opened by "from" and joined by "to", "then", "and then"; a step between
        two others is a contest between theirs (the last step's, if undated, is the one
        the sentence's figures default to). Exactly one contest of the seat between them
        is that step's; more, and which is unclear.
        """
        sentence = self.text[s.start : s.end]
        # (Only a figure with a step word just before it can be a later step: most are
        # passed over at once.)
        if not _STEP_BEFORE.search(sentence, max(0, at - 16), at):
            return None
        chain = self._chain_at(seat, s, at)
        if chain is None:
            return None
        figures, first, k, last, dated, lead, opened = chain
        if not first < k < last or not opened:
            return None
        before = next((dated(n) for n in range(k - 1, first - 1, -1) if dated(n)), None)
        after = next((dated(n) for n in range(k + 1, last + 1) if dated(n)), None)
        if before is None:
            undated = self.undated_step(seat, s.start + at)
            return (None, undated, None) if undated else None
        end_election = after[2] if after else None
        if end_election is None:
            end_election = self.election_choice(seat, s.start + figures[last].start())[0]
        span = (s.start + lead + opened.start(), s.start + figures[last].end())
        steps = self.text[span[0] : span[1]]
        if end_election is None or end_election.date <= before[2].date:
            return None
        between = [
            c.election
            for c in derive.contests(self.reference, seat, follow_predecessors=False)
            if before[2].date < c.election.date < end_election.date
        ]
        if len(between) != 1:
            return (
                None,
                f"'{steps}': a step between {before[2].date.year} and "
                f"{end_election.date.year}, when the seat had {len(between)} contests",
                None,
            )
        return between[0], f"'{steps}' (the one contest between its steps)", span

    def _anaphoric_cues(self, seat: str, s: Sentence) -> list[tuple[int, int, Election, str]]:
        """Cues in sentence `s` that point back to an election named before them, with
        offsets in the sentence: "that year", "that night", "at that election" (the
        election named before the phrase in its sentence, else in the sentences just
        before), and an opening "Five years later" counted from the last one named."""
        # (kept only once the focus and date the cues rest on are fixed, as `election_cues`)
        memo = self.__dict__.setdefault("_anaphoric_memo", {}) if hasattr(self, "_cue_memo") else {}
        key = (seat, s.start, s.end)
        if key in memo:
            return memo[key]
        sentence = self.text[s.start : s.end]
        i = self.sentence_index(s.start)
        found = []
        for m in _THAT_TIME.finditer(sentence):
            election_word = bool(_THAT_ELECTION_WORD.search(m[0]))
            on_day = (
                self._contest_on_day_before(seat, i, m.start()) if _DAY_WORD.search(m[0]) else None
            )
            if on_day is not None:
                found.append((m.start(), m.end(), on_day[0], f"'{m.group(0)}' ({on_day[1]})"))
                continue
            named = self._time_before(seat, i, m.start(), election_word)
            if named is None:
                if m[0].lower().endswith("year"):
                    found += self._months_of_year_before(sentence, i, m)
                continue
            election = named[2]
            if not election_word and election.kind == "notional" and election.base:
                # "On notional figures X would have won in 2019, and Y won the old seat by
                # 11,700 votes that year": the year's election, not its recast.
                election = self.reference.elections.get(election.base, election)
            start = m.start()
            said = m[0].split()[-1][:3].lower()
            if said in _MONTH_ABBREVIATIONS and election.date.strftime("%b").lower() != said:
                # "won Winchester by two votes [in May 1997]; ... he won the rerun by-election
                # that November": the contest in the seat held that month of the year named.
                held = [
                    e
                    for e in (
                        *self.reference.by_elections(seat),
                        *self._generals_in(election.date.year),
                    )
                    if e.date.year == election.date.year and e.date.strftime("%b").lower() == said
                ]
                if len(held) != 1:
                    continue
                election = held[0]
            month = _MONTH_OF_BEFORE.search(sentence, 0, m.start())
            if month and m[0].lower().endswith("year"):
                # "in February 1974 ..., and in October of that year": the general election
                # held that month of the year named, none if there was none.
                held = [
                    e
                    for e in self.reference.general_elections()
                    if e.date.year == election.date.year
                    and e.date.strftime("%B").lower().startswith(month[1].lower()[:3])
                ]
                if len(held) != 1:
                    continue
                election, start = held[0], month.start()
            found.append((start, m.end(), election, f"'{sentence[start : m.end()]}' ({named[3]})"))
        # "At the general election the following year McCann held on with 41.5 per cent"
        # after "February 1958": the one contest in the seat (or general election) held in
        # the year after the last year written before it.
        for m in _FOLLOWING_YEAR.finditer(sentence):
            year = self._year_written_before(i, m.start())
            if year is None:
                continue
            held = [
                e
                for e in (*self._generals_in(year + 1), *self.reference.by_elections(seat))
                if e.date.year == year + 1
            ]
            if seat and not _BY_ELECTION.search(sentence) and len(held) > 1:
                held = [e for e in held if e.kind == "general"]
            if len(dict.fromkeys(e.id for e in held)) == 1:
                found.append((m.start(), m.end(), held[0], f"'{m.group(0)}' ({year + 1})"))
        # "Roger Williams held the seat in 2010 by 3,747 votes. Mr Davies then took it with a
        # majority of 5,102": the seat's next contest after the one named last before it.
        for m in _THEN_WON.finditer(sentence) if seat else ():
            named = self._time_before(seat, i, m.start(), True)
            if named is None:
                continue
            after = [
                c.election
                for c in derive.contests(self.reference, seat)
                if c.election.date > named[2].date
            ]
            if after:
                found.append((m.start(), m.end(), after[0], f"'{m.group(0)}' ({named[3]})"))
        # "... won the by-election on 1 March 1984. Labour's majority at the general election
        # nine months earlier had been 7,763": the general election before the contest named
        # last before the phrase.
        for m in _GENERAL_MONTHS_BEFORE.finditer(sentence):
            named = self._time_before(seat, i, m.start(), True)
            if named is None:
                continue
            earlier = [e for e in self.reference.general_elections() if e.date < named[2].date]
            if earlier:
                found.append((m.start(), m.end(), earlier[-1], f"'{m.group(0)}' ({named[3]})"))
        # "Mr Goldsmith first won in 2010. ... Five years later he piled up 58.2%": a time
        # opening the sentence, counted from the last one named (see `_in_force`), when
        # the sentence names none before it.
        later = _YEARS_LATER.match(sentence, len(sentence) - len(sentence.lstrip()))
        in_force = self._in_force[i] if later and self.sentences else None
        if in_force is not None and s.start <= in_force[1] < s.end:
            election, start, end = in_force
            found.append((start - s.start, end - s.start, election, f"'{later.group(0)}'"))
        memo[key] = found
        return found

    def _year_written_before(self, i: int, at: int) -> int | None:
        """The last year written before offset `at` of sentence i, in it or the two before."""
        for j in range(i, max(-1, i - 3), -1):
            s = self.sentences[j]
            end = s.start + at if j == i else s.end
            written = list(_YEAR_WRITTEN.finditer(self.text, s.start, end))
            if written:
                return int(written[-1].group(0))
        return None

    def _months_of_year_before(self, sentence: str, i: int, that: re.Match[str]) -> list:
        """ "created in 1974. Labour won it at both elections that year, by 1,033 votes in
        February": months named after "that year", each the general election held then in
        the last year written before it (in its sentence or the two before)."""
        year = self._year_written_before(i, that.start())
        if year is None:
            return []
        cues = []
        # ("... that year, by 1,033 votes in February": a month with no year of its own)
        for m in _IN_MONTH.finditer(sentence, that.end()):
            held = [
                e
                for e in self._generals_in(year)
                if e.date.strftime("%B").lower().startswith(m["month"].lower()[:3])
            ]
            if len(held) == 1:
                cues.append((m.start(), m.end(), held[0], f"'{m[0]}' (of {year}, '{that[0]}')"))
        return cues

    def _contest_on_day_before(self, seat: str, i: int, at: int) -> tuple[Election, str] | None:
        """The seat's one contest on the day last written in full before "that night" /
        "the same day" ("On 28 March 1968 the Conservatives won the Dudley by-election. ...
        The same night the Tories also seized Meriden"): a night is a day, not its year."""
        # (the day may be paragraphs back: "On 28 March 1968, ... [two paragraphs on the
        # seat's past] ... The same night the Tories also seized Meriden")
        for j in range(i, max(-1, i - _DAY_LOOK_BACK), -1):
            s = self.sentences[j]
            days = list(
                _DAY_WRITTEN.finditer(self.text, s.start, s.start + at if j == i else s.end)
            )
            if not days:
                continue
            day = days[-1]
            try:
                when = dt.datetime.strptime(
                    f"{day['day']} {day['month'][:3]} {day['year']}", "%d %b %Y"
                ).date()
            except ValueError:
                return None
            held = [
                e
                for e in (*self.reference.by_elections(seat), *self._generals_in(when.year))
                if e.date == when
            ]
            return (held[0], f"'{day[0]}'") if len(held) == 1 else None
        return None

    def _time_before(self, seat: str, i: int, at: int, election_word: bool):
        """The election cue a phrase at `at` in sentence i points back to: the last named
        before it in its sentence, else in the two sentences before. A phrase of time
        ("that year", "that night") points to the last year written; when no election
        cue names it ("He resigned the whip in 2018. That year ..."), to none."""
        for j in range(i, max(-1, i - 3), -1):
            s = self.sentences[j]
            text = self.text[s.start : s.end]
            end = at if j == i else len(text)
            named = [
                c
                for c in self.election_cues(seat, text)
                if c[2] is not None and not c[3].endswith(HISTORY_NOTE) and c[1] <= end
            ]
            years = list(_YEAR_WRITTEN.finditer(text, 0, end))
            if not election_word and years:
                last = years[-1]
                cover = [c for c in named if c[0] <= last.start() and last.end() <= c[1]]
                if cover:
                    return cover[-1]
                # "But 2010 was not the last election, and Labour's Roma Mills won 17.6% that
                # year": a bare year written is that year's general election, if it had one.
                held = self._generals_in(int(last.group(0)))
                if len(held) == 1:
                    return (last.start(), last.end(), held[0], f"'{last.group(0)}'")
                return None
            if named:
                return named[-1]
        return None

    def notional_frame_at(self, offset: int) -> bool:
        """Whether a phrase framing figures as notional reaches the figure at `offset`
        ("On paper Labour would have won the seat by 390 votes"): a conditional there is
        the notional result, not a counterfactual one."""
        s = self.sentence_at(offset)
        sentence = self.text[s.start : s.end]
        return any(
            "(notional" in c[3] and reaches(sentence, c, offset - s.start)
            for c in self.election_cues("", sentence)
        )

    def _contest_anaphor(
        self, seat: str, s: Sentence, at: int
    ) -> tuple[Election | None, str, tuple[int, int] | None] | None:
        """ "He fought the by-election as an independent. Ms Olney won it by 1,872 votes":
        the contest an anaphoric object of won/lost reaching the figure points back to,
        named in its sentence or the one before (none found: no decision)."""
        sentence = self.text[s.start : s.end]
        it = next(
            (
                m
                for m in _WON_IT.finditer(sentence)
                if m.end() <= at and cue_reaches(sentence, m.start(), m.end(), at)
            ),
            None,
        )
        if it is None or _NOW_OR_THIS_TIME.search(sentence):
            return None  # "This time he won it by 500": the contest reported, not the one before
        i = self.sentence_index(s.start)
        lo = self.sentences[i - 1].start if i > 0 else s.start
        if self.sentence_at(lo).paragraph != s.paragraph:
            lo = s.start
        before = self.text[lo : s.start + it.start()]
        nouns = list(_CONTEST_NOUN.finditer(before))
        if not nouns:
            return None
        noun = nouns[-1]
        between_start, between_end = lo + noun.end(), s.start + it.start()
        if _SEAT_NOUN.search(self.text, between_start, between_end) or self.mentions_in(
            self.seat_mentions, between_start, between_end
        ):
            return None  # "... the election. Labour took the seat and won it": "it" is the seat
        # The contest the noun names: a cue in the noun's sentence, over the noun or else the
        # last of its kind before it; a bare "the by-election", the seat's only one.
        where = self.sentence_at(lo + noun.start())
        text = self.text[where.start : where.end]
        at_noun = lo + noun.start() - where.start
        by = noun.group(0).lower().startswith("by")
        cues = [c for c in self.election_cues(seat, text) if not c[3].endswith(HISTORY_NOTE)]
        over = [c for c in cues if c[0] <= at_noun < c[1]]
        kind = [
            c
            for c in cues
            if c[1] <= at_noun + len(noun.group(0))
            and c[2] is not None
            and (c[2].kind == "by-election") == by
        ]
        span = (s.start + it.start(), s.start + it.end())
        chosen = over[-1] if over else (kind[-1] if kind else None)
        if chosen is not None:
            return chosen[2], f"'{it.group(0)}' ({chosen[3]})", span
        if by and seat:
            lineage = derive.lineage(self.reference, seat)
            options = [
                e
                for x in lineage
                for e in self.reference.by_elections(x)
                if (self.info.date or self.anchor_date) is None
                or e.date <= (self.info.date or self.anchor_date)
            ]
            if len(options) == 1:
                return options[0], f"'{it.group(0)}' (the seat's only by-election)", span
            return None, f"'{it.group(0)}': which by-election is meant is unclear", span
        return None

    def election_cues(self, seat: str, sentence: str):
        """(start, end, election or None, why) for each election named in a sentence."""
        memo = getattr(self, "_cue_memo", None)
        if memo is None:
            return self._election_cues(seat, sentence)
        key = (seat, sentence)
        if key not in memo:
            memo[key] = self._election_cues(seat, sentence)
        return list(memo[key])

    def _general_cues(self, sentence: str) -> list:
        """The cues of `election_cues("", sentence)` naming a general election, in order:
        all `_in_force` reads (the by-election cues are not looked for, unless a later cue
        counts from them)."""
        memo = getattr(self, "_cue_memo", None)
        cues = memo.get(("", sentence)) if memo is not None else None
        if cues is None:
            cues = self._election_cues("", sentence, generals_only=True)
        return [c for c in cues if c[2] is not None and c[2].kind == "general"]

    def _election_cues(self, seat: str, sentence: str, generals_only: bool = False):
        cues = []
        # (each pattern runs only when the sentence holds a word it needs: for one of the
        # article's sentences, as its index of words tells; else as the sentence tells)
        candidates = self._cue_candidates.get(sentence)
        folded = fold(sentence) if candidates is None else ""

        def may_hold(pattern: LazyPattern) -> bool:
            if candidates is None:
                return _holds_words_of(pattern, sentence, folded)
            return pattern in candidates

        def matches(pattern: LazyPattern) -> Iterator[re.Match[str]]:
            return pattern.finditer(sentence) if may_hold(pattern) else iter(())

        if _CUE_YEAR.search(sentence) is None and not any(map(may_hold, _CUE_GATES)):
            # (every cue below is a year's or a gated pattern's match: a sentence with no
            # year and no word of those patterns names none, and nothing need be looked up)
            return cues

        # While the article date itself is being inferred, there is none yet.
        anchor = getattr(self, "anchor_date", None)
        # No contest after the article's own date is named with a result (a piece set on a
        # day long past still names the contests after it).
        latest = self.info.date or (anchor if not self.__dict__.get("_focus_guessed") else None)
        # A sentence that frames its figures as notional ("notionally", "would have won"),
        # where "on the 2019 figures" is the basis of the frame, not a comparison.
        notional = bool(
            (may_hold(_NOTIONAL_FRAME) and _NOTIONAL_FRAME.search(sentence))
            or (may_hold(_COUNTERFACTUAL) and _COUNTERFACTUAL.search(sentence))
        )
        year_bases: list[tuple[int, int]] = []
        for m in _election_cue_matches(sentence):
            # "well down on the notional 2005 majority of 10,344": the baseline's own figure,
            # named with its measure, is the notional result's
            # (so is any year's: "down from the 2017 majority of 15,466" names the time of
            # the figure it gives, not only the baseline of the change)
            measured = bool(_MEASURE_OF_AFTER.match(sentence, m.end()))
            if (
                m.group("year5")
                and not measured
                # ("up 30.6 points on the notional 2019 result for the seat, when the
                # Greens came second": the when-clause is in the baseline's time)
                and not _WHEN_AFTER_CUE.match(sentence, m.end())
                and (
                    _CHANGE_IN_CLAUSE.match(sentence, m.end())
                    or _COMPARED_WITH_NOTIONAL.search(sentence, max(0, m.start() - 30), m.start())
                )
            ):
                # "On the notional 2005 result the Conservative share rose by nearly six
                # points": the change's baseline, not the contest.
                continue
            # "On the notional 2005 figures Labour would have won": the basis, not a comparison.
            basis = (
                (m.group("year5") or notional)
                and _FIGURES_AFTER.match(sentence, m.end())
                and not _FIGURE.search(sentence[max(0, m.start() - 25) : m.start()])
            )
            # "the Greens polled 9.3% on notional 2019 figures": a share or count hung on
            # the notional figures is counted on them, where "up 9 points on the notional
            # 2019 figures" counts a change from them.
            hung = m.group("year5") and _FIGURES_AFTER.match(sentence, m.end())
            hung = hung and _FIGURE_ON_BASIS.search(sentence, max(0, m.start() - 40), m.start())
            if hung and not _CHANGE_WORD.search(
                _CLAUSE_BREAK.split(sentence[: hung.start("on")])[-1]
            ):
                basis = True
            if basis and not m.group("year5"):
                year_bases.append((m.start(), m.end()))
            # "the tightest since 2010, when she won by four votes": the year a when-clause
            # hangs on is that clause's contest, whatever word comes before it.
            when = (
                # ("on the notional 2019 result for the seat, when the Greens came second")
                _WHEN_AFTER_CUE.match(sentence, m.end()) is not None
                and (
                    re.search(r"\bsince\s+$", sentence[max(0, m.start() - 10) : m.start()])
                    is not None
                    # "fell 44 points from the 2019 general election, when X won by 9,668"
                    or bool(_CHANGE_BEFORE_CUE.search(sentence, 0, m.start()))
                    # "up 37.2 points on the 2019 general election, when she came third"
                    or bool(_CHANGE_ON.search(sentence[max(0, m.start() - 45) : m.start()]))
                    # "a sharp tightening from 2015, when his majority was 10,695"
                    or (m.group("lead") or "").lower().startswith("from")
                    # "Turnout was down on 2019, when 60.8 per cent voted"
                    or bool(_UP_OR_DOWN_ON.search(sentence, max(0, m.start() - 16), m.start()))
                    # "Its share was lower than in 2017 (40.0%), when it won 262 seats"
                    or bool(_THAN_BEFORE.search(sentence, max(0, m.start() - 8), m.start()))
                    # "None of those figures approached 1931, when the Conservatives took 87.8%":
                    # a bare year a when-clause hangs on
                    or (not m.group("lead") and m.group("year") is not None)
                )
            )
            if (
                not basis
                and not when
                and not measured
                and _BASELINE_BEFORE.search(sentence[max(0, m.start() - 45) : m.start()])
            ):
                continue  # "up 9 points on 2005": the comparison, not the contest
            # "since its creation in 2010": a date in the seat's history, only a reading.
            history = bool(_LINEAGE_BEFORE.search(sentence[max(0, m.start() - 25) : m.start()]))
            year = int(
                m.group("year")
                or m.group("year2")
                or m.group("year3")
                or m.group("year4")
                or m.group("year5")
                or m.group("year6")
            )
            month = (m.group("month") or m.group("month2") or m.group("month3") or "").lower()[:3]
            months = _months_named(m.group("season")) if m.group("season") else (month,)
            kind = (m.group("kind") or m.group("kind2") or m.group("kind3") or "").lower()
            lead = (m.group("lead") or "").lower()
            owned = lead.startswith("from") and _FIGURE_BEFORE_CUE.search(sentence, 0, m.start())
            # "Ernest Bevin sat for the seat from 1950, winning it by 12,370": a tenure's
            # first contest, named by "from" after a verb of sitting for a seat.
            owned = owned or (
                lead.startswith("from")
                and _TENURE_FROM.search(sentence, max(0, m.start() - 40), m.start() + len(lead))
            )
            if (
                lead.startswith("from")
                and not when
                and not measured
                and _CHANGE_BEFORE_CUE.search(sentence, 0, m.start())
            ):
                continue  # "fell by almost 44 points from the 2019 general election": a baseline
            if (
                not kind
                and not lead.startswith(("in", "at", "by ", "surviv", "as "))
                and not m.group("year4")
                and not m.group("year5")
                and not m.group("year6")
                and not measured
                and not owned
                and not when
                # "on 2 May 1997": a day of a month names the contest of that month
                and not month
                and not m.group("season")
                # "above the 59.4 per cent of 2001": a share's own year, after "of"
                and not _SHARE_OF_BEFORE.search(sentence, max(0, m.start() - 16), m.start())
                # "The 2015 result was the closest call"
                and not (
                    (
                        lead.startswith("the")
                        or _POSSESSIVE_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
                        # ("overturning a 2015 majority of 7,361")
                        or _A_BEFORE.search(sentence, max(0, m.start() - 4), m.start())
                    )
                    and _RESULT_NOUN_AFTER.match(sentence, m.end())
                )
                and not basis
            ):
                # A bare year is a cue only as "in 1992" / "at the 1992 ...", "by 2019" (the
                # state reached at that election), or right after
                # a figure ("her majority of 4,796 from 2015").
                continue
            if "by" in kind:
                # "the 1989 by-election" in a seat since redrawn: its forerunner's.
                found = self._lineage_by_elections(seat, year)
            else:
                found = self._generals_in(year)
                if month or m.group("season"):
                    found = [e for e in found if e.date.strftime("%b").lower() in months]
                if not found and not kind:
                    found = [e for e in self.reference.by_elections(seat) if e.date.year == year]
                    if m.group("season"):
                        found = [e for e in found if e.date.strftime("%b").lower() in months]
            if not kind and not found:
                if (
                    seat
                    # (a bare "in 2016": "in the 2021 census" names its own event)
                    and lead.strip() == "in"
                    and not month
                    and year >= _FIRST_GENERAL_YEAR
                    and (latest is None or year <= latest.year)
                    and not coverage.gap_reason(self.reference, *coverage.year_span(year), seat)
                ):
                    # "in 2016 she won by 1,325": no Westminster contest in the seat that
                    # year, so another body's election (or a time, not a contest); the
                    # figure is no other year's.
                    why = f"no Westminster contest in the seat in {year} ('{m.group(0).strip()}')"
                    cues.append((m.start(), m.end(), None, why))
                continue  # "in 1997" with no contest that year is not an election cue
            if (
                latest is not None
                and self.info.date is not None
                and found
                and all(e.date > latest for e in found)
            ):
                # "by the 2005 general election" in 2003: not yet held, no result (a date
                # only guessed for an undated piece bounds no contest named outright: "won
                # the by-election in February 1987. At the general election of June 1987")
                continue
            label = f"({year})" if m.group("year6") else m.group(0).strip()
            gap = (
                "by" not in kind
                and "general" not in kind  # "the 2010 general election" is that one
                and _BY_ELECTION.search(sentence[max(0, m.start() - 60) : m.start()])
                and not [e for e in self.reference.by_elections(seat) if e.date.year == year]
                and coverage.gap_reason(self.reference, *coverage.year_span(year), seat)
            )
            if gap:
                # "the biggest majority overturned in a by-election was ... in 1935": a
                # by-election the record may lack, not that year's general election.
                cues.append(
                    (m.start(), m.end(), None, f"'{label}' may be a by-election, and {gap}")
                )
                continue
            if len(found) == 1:
                why = f"'{label}'" + (HISTORY_NOTE if history else (WHEN_NOTE if when else ""))
                if (
                    not history
                    and not when
                    and not kind
                    and not m.group("year4")
                    and _MEASURE_NOUN_AFTER.match(sentence, m.end())
                ):
                    why += NOUN_TIME_NOTE
                if m.group("year6"):
                    why += BRACKETED_YEAR_NOTE
                cues.append((m.start(), m.end(), found[0], why))
            elif not history:
                cues.append((m.start(), m.end(), None, f"no single election matches '{label}'"))
        # "the 1989 Richmond by-election": that by-election, in the seat's lineage (its
        # forerunner "Richmond (Yorks)") or in the seat its name gives; none found, no other.
        # (the by-election cues stand among the general ones only for the times after them
        # counted from the last one named: "N years later", "the October election", "in May")
        by_elections = not generals_only or any(
            may_hold(p) for p in (_YEARS_LATER, _MONTH_ELECTION, _IN_MONTH)
        )
        for m in matches(_NAMED_BY_ELECTION) if by_elections else ():
            year = int(m.group("year"))
            found = self._named_by_elections(seat, year, m.group("name"))
            if len(found) == 1:
                cues.append((m.start(), m.end(), found[0], f"'{m.group(0)}'"))
                continue
            gap = None if found else coverage.gap_reason(self.reference, *coverage.year_span(year))
            why = f"no single by-election in the record matches '{m.group(0)}'"
            cues.append((m.start(), m.end(), None, why + (f", and {gap}" if gap else "")))
        # "Sarah Dyke, who won the Somerton and Frome by-election with a majority of ...": a
        # relative clause naming its own contest, the one by-election the name fits before
        # the article (several: which is unclear, and no other).
        for m in matches(_SEAT_BY_ELECTION) if by_elections else ():
            if (
                not _RELATIVE_OPENED.search(sentence, 0, m.start())
                or _YEAR_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
                or _TIME_AFTER_BY_ELECTION.match(sentence, m.end())
            ):
                continue  # (a year or a month names it: the cues above and below)
            held = [e for e in self.reference.by_elections() if latest is None or e.date <= latest]
            found, start = self._fitting_name(held, m, "name")
            reported = self.focus.get(seat)
            if reported in found:
                found = [reported]
            if not found:
                continue
            label = sentence[start : m.end()]
            if len(found) == 1:
                cues.append((start, m.end(), found[0], f"'{label}'"))
            else:
                cues.append((start, m.end(), None, f"which '{label}' is meant is unclear"))
        # "Last time" counts back from the contest the article reports (a general election
        # held just before its date included), not from the article's date.
        limit = self.focus[seat].date if self.focus.get(seat) else anchor
        reported = self._recent_general(anchor)
        if not self.focus.get(seat) and reported is not None:
            limit = reported.date
        # "compared with 64.2% at the general election" in a by-election report: the one
        # before (in a report of no by-election, "the general election" is no cue, and the
        # sentence is not searched for it).
        focus = self.focus.get(seat) or self._recent_contest(seat, anchor)
        if focus is not None and focus.kind == "by-election":
            earlier = [e for e in self.reference.general_elections() if e.date < focus.date]
            for m in matches(_THE_GENERAL) if earlier else ():
                # ("up 38.1 points on the general election, when the Lib Dems came third":
                # the change's baseline, and the comparison's contest, is the when-clause's
                # time)
                when = re.match(r",?\s+when\b", sentence[m.end() :]) is not None and bool(
                    re.search(r"\bpoints?\s+on\s+$", sentence[max(0, m.start() - 20) : m.start()])
                )
                if not when and _BASELINE_BEFORE.search(
                    sentence[max(0, m.start() - 45) : m.start()]
                ):
                    continue  # "up 7.3 points on the general election": the comparison
                why = "'the general election'" + (WHEN_NOTE if when else "")
                cues.append((m.start(), m.end(), earlier[-1], why))
        for m in matches(_LAST_GENERAL):
            if _BASELINE_BEFORE.search(sentence[max(0, m.start() - 45) : m.start()]):
                continue
            earlier = [e for e in self.reference.general_elections() if limit and e.date < limit]
            named = [c for c in cues if c[2] is not None and c[1] <= m.start()]
            if named and "previous" in m.group(0).lower():
                # "won the Chesterfield by-election in March 1984 ...; Labour's majority at
                # the previous general election had been 7,763": before the contest named.
                when = named[-1][2].date
                earlier = [e for e in self.reference.general_elections() if e.date < when]
            if earlier and self.info.date is None and self.window is None and _writing_time(m):
                # An undated piece's "last election" counts back from when it was written,
                # which the text does not give (the one before the latest it names, or that
                # one, or a later one): no cue, the figure is placed as an undated one is,
                # and each of those is a reading (`undated_last_elections`).
                continue
            if earlier:
                cues.append((m.start(), m.end(), earlier[-1], "'the last general election'"))
            else:
                cues.append(
                    (m.start(), m.end(), None, "'last election' with no date to count from")
                )
        if limit:
            # "down from 75.3% four years ago": the general election that long before.
            for m in matches(_YEARS_AGO):
                if _CHANGE_ON.search(sentence[max(0, m.start() - 45) : m.start()]):
                    continue  # "up 4.4 points on two years ago": the comparison
                n = words_value(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
                if n and m.group("half"):
                    n += 0.5  # "two and a half years ago"
                if n and m.group("unit").lower().startswith("month"):
                    n = n / 12
                base = limit
                if m.group("after"):
                    # "N years after" counts back from the sentence's own contest: one named
                    # before it, else the one the article reports (none: not placed).
                    named = [c for c in cues if c[2] is not None and c[1] <= m.start()]
                    contest = named[-1][2] if named else self.focus.get(seat) or reported
                    if contest is None:
                        continue
                    base = contest.date
                ago = self._general_years_from(base, -n) if n else None
                if ago is not None:
                    why = f"'{m.group(0).strip()}'" + (WHEN_NOTE if m.group("after") else "")
                    cues.append((m.start(), m.end(), ago, why))
            # "last July": the general election in that month within the past year.
            for m in matches(_LAST_MONTH):
                if _CHANGE_ON.search(sentence[max(0, m.start() - 45) : m.start()]):
                    continue  # "up 13.5 points on last May": the comparison
                if _BOUND_BEFORE.search(sentence, max(0, m.start() - 7), m.start()):
                    continue  # "the best of his career until last summer": a bound, not its time
                months = _months_named(m.group(1))
                by = _BY_ELECTION_BEFORE_TIME.search(sentence, 0, m.start())
                if by is not None:
                    # "the Uxbridge by-election last July": a by-election, counted from the
                    # article's date.
                    cues.append(self._by_election_last_month(seat, sentence, by, m, anchor))
                    continue
                # ("Last July ..." in a piece of July 2025: the July a year before)
                window = _last_window(months) + dt.timedelta(
                    days=31 if len(months) == 1 and limit.strftime("%b").lower() in months else 0
                )
                found = [
                    e
                    for e in self.reference.general_elections()
                    if e.date.strftime("%b").lower() in months
                    and dt.timedelta(0) < limit - e.date < window
                ]
                if len(found) == 1:
                    cues.append((m.start(), m.end(), found[0], f"'{m.group(0)}'"))
                    continue
                named = _SEAT_BEFORE_TIME.search(sentence, 0, m.start())
                if not found and named is not None:
                    # "a reminder of Sutton and Cheam last December": no general election
                    # that month, so the by-election of the seat named before the time.
                    held = [
                        e
                        for e in self.reference.by_elections()
                        if e.date.strftime("%b").lower() in months
                        and dt.timedelta(0) < limit - e.date < _last_window(months)
                    ]
                    fits, start = self._fitting_name(held, named, "name")
                    if len(fits) == 1:
                        label = sentence[start : m.end()]
                        cues.append((start, m.end(), fits[0], f"'{label}'"))
        # "the margin between them tonight": the contest being reported, on the article's day.
        if may_hold(_NOW):
            reported = self.focus.get(seat)
            if reported is None and anchor is not None:
                recent = [
                    c.election
                    for c in derive.contests(self.reference, seat, follow_predecessors=False)
                    if dt.timedelta(0) <= anchor - c.election.date <= dt.timedelta(days=2)
                ]
                reported = recent[-1] if recent else None
            for m in _NOW.finditer(sentence) if reported is not None else ():
                cues.append((m.start(), m.end(), reported, f"'{m.group(0)}'"))
        # "won it in 2017 by 75 votes and increased his majority to 5,566 two years later":
        # a time counted from an election the sentence named before it (none named, nor a
        # contest the piece looks back at: nothing to count from, and no search).
        look_back = self.looked_back(seat) if may_hold(_YEARS_LATER) else None
        counted_from = look_back is not None or any(c[2] is not None for c in cues)
        for m in matches(_YEARS_LATER) if counted_from else ():
            named = [c for c in cues if c[2] is not None and c[1] <= m.start()]
            years = _signed_years(m)
            if not years or not (named or look_back):
                continue
            # (counted from the time named before it in the sentence, else from the contest
            # a piece looks back at: "a seat they had won ten years earlier")
            start_from = max(named, key=lambda c: c[1])[2] if named else look_back
            near = self._general_years_from(start_from.date, years)
            if near is not None:
                cues.append((m.start(), m.end(), near, f"'{m.group(0)}'"))
        # "At its first contest Labour took 80.6%": the seat's first contest on record.
        for m in matches(_FIRST_CONTEST) if seat else ():
            first = derive.contests(self.reference, seat, follow_predecessors=False)
            if first:
                cues.append((m.start(), m.end(), first[0].election, f"'{m.group(0)}'"))
        for m in matches(_OWN_FIRST_CONTEST):
            cues.append((m.start(), m.end(), None, f"'{m.group(0)}'{UNKNOWN_CONTEST_NOTE}"))
        # "At the February 1974 election ..., and in the October election": the general
        # election of that month in the year named before it in the sentence.
        for m in matches(_MONTH_ELECTION):
            named = [c for c in cues if c[2] is not None and c[1] <= m.start()]
            month = m.group("month")[:3].lower()
            if not named:
                if latest is None or not _GENERAL_AFTER_MONTH.match(sentence, m.end("month")):
                    continue
                # "the Brexit Party's candidate at the December general election" in an
                # article of July 2024: the last general election held that month before it.
                held = [
                    e
                    for e in self.reference.general_elections()
                    if e.date <= latest and e.date.strftime("%b").lower() == month
                ]
                if held and held[-1].date.year >= latest.year - 5:
                    cues.append((m.start(), m.end(), held[-1], f"'{m.group(0)}' (the last)"))
                continue
            year = max(named, key=lambda c: c[1])[2].date.year
            found = [e for e in self._generals_in(year) if e.date.strftime("%b").lower() == month]
            if len(found) == 1:
                cues.append((m.start(), m.end(), found[0], f"'{m.group(0)}' (of {year})"))
        if self.info.date is not None:
            for m in matches(_IN_MONTH):
                if any(c[0] <= m.start() < c[1] for c in cues):
                    continue
                lead = sentence[max(0, m.start() - 45) : m.start()]
                if _BASELINE_BEFORE.search(lead) or _CONTEST_BASELINE_BEFORE.search(lead):
                    continue  # "up 7.3 points on the general election in May": a baseline
                month = m.group("month")[:3].lower()
                found = self._month_before(seat, month, self.info.date)
                back = self.looked_back(seat) if found is None else None
                if back is not None:
                    # "Fifty years ago today ... had won in February by nine votes": the
                    # months of the year the piece looks back at.
                    found = self._month_before(seat, month, back.date)
                if found is not None:
                    cues.append(
                        (m.start(), m.end(), found, f"'{m.group(0)}' (of {found.date.year})")
                    )
        if self.info.date is not None:
            for m in matches(_ON_DAY):
                if any(c[0] <= m.start() < c[1] for c in cues):
                    continue
                held = self._held_on_day(seat, m.group("day"), m.group("month"), self.info.date)
                if held is not None:
                    cues.append((m.start(), m.end(), held, f"'{m.group(0)}' (of {held.date.year})"))
        # "the notional majority in 2019", "notionally ... on the 2019 figures the party
        # would have led": the notional recast of that election (none: not the declared).
        frames = notional_frames(sentence, year_bases) if notional else []
        for i, (start, end, election, why) in enumerate(cues):
            if (
                election is not None
                and election.kind == "general"
                and (
                    # (the word whole: "in 2019; notionally 935" has no "notional" near)
                    any(
                        start - 40 <= w.start() and w.end() <= end + 10
                        for w in re.finditer(r"\bnotional\b", sentence, re.I)
                    )
                    or _NOTIONAL_OPENING.match(sentence)
                    or _NOTIONAL_AFTER.match(sentence, end)
                    or (start, end) in year_bases
                    or any(
                        notional_reaches(sentence, f, start) or notional_reaches(sentence, f, end)
                        for f in frames
                    )
                )
            ):
                recast = self._notionals_of(election.id)
                if len(recast) == 1:
                    cues[i] = (start, end, recast[0], why + " (notional)")
                elif frames:
                    cues[i] = (
                        start,
                        end,
                        None,
                        f"{why} is framed as notional, and the reference has no single "
                        f"notional recast of the {election.name}",
                    )
        # "The redrawn seat was notionally Labour", "On the new boundaries the Tories would
        # have won by ...": the recast of the election before onto the boundaries of the
        # one the article reports.
        for start, end in frames:
            recast, why = self._implied_notional(seat, anchor)
            fought_on = (
                [e for e in self._generals_in(int(recast.boundaries)) if _reported_by(e, anchor)]
                if recast is not None and recast.boundaries and recast.boundaries.isdigit()
                else []
            )
            if (
                fought_on
                and _NEW_BOUNDARIES.fullmatch(sentence, start, end)
                and not _COUNTERFACTUAL.search(sentence)
                # ("even on the new boundaries his notional majority was 14,704")
                and not _NOTIONAL_WORD.search(sentence)
            ):
                # "On the new boundaries the UUP's share rose by 9.0 points" in a report of
                # the contest fought on them: that contest's own figures (its changes are
                # counted from the recast anyway), not the recast.
                continue
            cues.append((start, end, recast, f"'{sentence[start:end]}' {why}{NOTIONAL_FRAME_NOTE}"))
        if (anchor or self.focus.get(seat)) and may_hold(_LAST_YEARS_ELECTION):
            ref = self.focus[seat].date if self.focus.get(seat) else anchor
            found = [e for e in self.reference.general_elections() if e.date.year == ref.year - 1]
            # (no one general election the year before: no cue, and no search)
            for m in _LAST_YEARS_ELECTION.finditer(sentence) if len(found) == 1 else ():
                if _BASELINE_BEFORE.search(sentence[max(0, m.start() - 45) : m.start()]):
                    continue
                cues.append((m.start(), m.end(), found[0], "'last year's general election'"))
        if " of th" in sentence:
            cues += self._nth_of_those(sentence, cues)
        return cues

    def _nth_of_those(self, sentence: str, cues: list) -> list:
        """Cues for "the second of those contests": the contest named in that place before
        it, among those the sentence's cues name and years listed with them ("in 2001 and
        2005")."""
        found = []
        for m in _NTH_OF_THOSE.finditer(sentence):
            named: list = []
            spans = sorted((c[0], c[2]) for c in cues if c[1] <= m.start() and c[2] is not None)
            for y in _LISTED_YEAR.finditer(
                sentence, spans[0][0] if spans else m.start(), m.start()
            ):
                generals = self._generals_in(int(y.group()))
                cued = [e for at, e in spans if at <= y.start() < at + 12]
                election = cued[0] if cued else (generals[0] if len(generals) == 1 else None)
                if election is not None and election not in named:
                    named.append(election)
            nth = m.group("nth").lower()
            place = _NTH_PLACES.get(nth, len(named) - 1)
            if len(named) >= 2 and 0 <= place < len(named):
                found.append((m.start(), m.end(), named[place], f"'{m.group(0)}'"))
        return found

    @cached_property
    def years_named(self) -> frozenset[int]:
        """Every year from 1918 on that the article writes."""
        return frozenset(
            int(y) for y in re.findall(r"(?<![\d,.])(19[1-9]\d|20[0-4]\d)(?![\d,])", self.text)
        )

    def names_contest(self, contest: str, seat: str | None, candidate: str | None) -> bool:
        """Whether the text fixes this contest (an id such as "ge-2005/bethnal-green-and-bow"):
        it names the election ("the 2005 general election", "the 2021 by-election"), or
        the candidate a reading rests on stood in the seat in this contest only."""
        election = self.reference.elections.get(contest.split("/")[0])
        if election is None:
            return False
        if candidate and seat and candidate in self.people:
            mine = {e for e, c in self.people[candidate].candidacies if c == seat}
            if mine == {election.id}:
                return True
        year = election.date.year
        if election.kind == "by-election":
            named = (
                rf"\b{year}\b[^.\n]{{0,40}}\bby-?election\b"
                rf"|\bby-?election\b[^.\n]{{0,20}}\b{year}\b"
            )
        else:
            named = (
                rf"\b{year}\s+general\s+election\b"
                rf"|\bgeneral\s+election\s+(?:of|in)\s+{year}\b"
            )
        return re.search(named, self.text, re.I) is not None

    def contests_named(self, seat: str) -> list[Election]:
        """The seat's own contests in the years the article writes ("in 2015", "the 2017
        result"), oldest first: in an undated article, each may be the one it reports."""
        return [
            c.election
            for c in derive.contests(self.reference, seat)
            if c.constituency == seat and c.election.date.year in self.years_named
        ]

    def result_for(self, seat: str, election: Election) -> ElectionResult | None:
        result = self.reference.result(election.id, seat)
        if result is None and election.kind == "by-election" and election.constituency:
            result = self.reference.result(election.id, election.constituency)
        return result

    def people_in(self, start: int, end: int) -> list[Mention]:
        return self.mentions_in(self.person_mentions, start, end)

    def mentions_in(self, mentions: list[Mention], start: int, end: int) -> list[Mention]:
        """The mentions (of a sorted list of this context's) starting in [start, end)."""
        starts = self._starts(mentions)
        return mentions[bisect_left(starts, start) : bisect_left(starts, end)]
