"""majority: "a 2,500 majority", "a majority of 2,620", "won by 1,234 votes"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from factcheck.claims import Claim, Evidence, Finding, Reading, Verdict
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import BY_ELECTION_WORD, ArticleContext, Mention, is_apposition

NAME = "majority"
CODE = "FC102"
SUMMARY = "a winning majority"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("votes", "percent")
RULE = (
    "The winner's votes minus the runner-up's at the contest the text points to; 'won by 1,234 "
    "votes' and a margin of defeat ('lost by 422', whoever it names) are the same majority. A "
    "majority given in brackets as a share ('Majority: 5,694 (11.5%)') is in points of the "
    "valid vote. A Commons majority ('a majority of 80') is the seats a party won minus all "
    "the others at that general election. A working majority, a government's majority, or one "
    "that 'would have been' is unverifiable."
)
EXAMPLES = (
    Example(
        "Trudy Harrison won the Copeland by-election with a majority of 2,147.",
        "2,147",
        "true",
        official="2,147",
        date="2017-02-24",
    ),
    Example(
        "Trudy Harrison won the Copeland by-election with a majority of 2,200.",
        "2,200",
        "approximately_true",
        official="2,147",
        date="2017-02-24",
    ),
    Example(
        "Trudy Harrison won the Copeland by-election with a majority of 2,417.",
        "2,417",
        "false",
        official="2,147",
        date="2017-02-24",
    ),
)
PRECEDENCE = 150
RESULT = True
# Words one of which must be in the text for this kind to match.
TRIGGERS = (
    "majority", " by ", "maj", "within", "lead", "to spare", *lx.GAP_NOUNS, *lx.MARGIN_SEAT_NOUNS,
)  # fmt: skip
# A time or place word between "majority" and its verb: "the Tory majority five years ago
# was 4,307", "the majority then was", "the majority in 1992 was", "its majority there was".
_TIME_BETWEEN = (
    rf"(?:(?:\w+|\d+)[\s-]+(?:{alternation(lx.AGO_UNITS)})\s+(?:{alternation(lx.AGO_WORDS)})|"
    r"then|there|here|last\s+time|(?:in|at)\s+(?:19|20)\d\d)\s+"
)
# A verb of change before "to" and the new figure: "fell to", "was cut to", "had slipped
# back to" (the words, lexicon.ELISION_VERBS, are those a figure carried on takes).
_CHANGED = (
    rf"(?:(?:(?:was|had|has)\s+(?:been\s+)?)?(?:{alternation(lx.ELISION_VERBS)})(?:\s+back)?"
    # ("saw his majority grow to 19,736": the plain form right after the noun)
    rf"|(?<=majority\s)(?:{alternation(lx.ELISION_VERBS_PLAIN)})(?:\s+back)?)"
)
PATTERNS = [
    # "a Labour lead of just 65 votes": a lead counted in votes is a margin (a poll's lead
    # is in points)
    base.pattern(
        rf"\b(?:a|an|the|its|their|his|her)\s+(?:[A-Z][\w'’-]*\s+){{0,2}}lead\s+of\s+"
        rf"(?:just\s+|only\s+|a\s+mere\s+)?{base.HEDGED}{base.NUM}(?P<unit>\s+votes?)\b",
        "votes",
        flags=0,
        needs=("lead",),
    ),
    # "the 20 votes by which Ms Dent Coad won two years ago": the margin of a win
    base.pattern(
        rf"{base.NUM}(?P<unit>\s+votes?)\s+by\s+which\s+(?:[\w'’.-]+\s+){{1,4}}?"
        r"(?:won|held|took|kept|gained|captured|carried)\b",
        "votes",
        needs=("by which",),
    ),
    # "which he held with 9,698 votes to spare": the votes a winner had to spare are the
    # margin over the runner-up
    base.pattern(
        rf"{base.NUM}(?P<unit>\s+votes?)?\s+to\s+spare\b",
        "votes",
        needs=("to spare",),
    ),
    # "- 1,425: the Lib Dem majority", "- **12,404**: Carswell's majority over ..."
    base.pattern(
        base.FIGURE_FIRST.format(number=base.NUM_DIGITS)
        + r"(?:[\w'’-]+[ \t]+){0,3}?(?:majority|margin)\b",
        "votes",
        needs=("majority", "margin"),
    ),
    # (not a label: "2019 majority: 18,540", "| 2017 majority | 8,308 |", "a 2019 majority of",
    # "The 2017 majority, 5,965, vanished")
    base.pattern(
        rf"{base.NUM}(?P<unit>(?:-|\s)votes?)?\s+majority(?![\s:|),]*(?:of\s+|was\s+|is\s+)?\d)",
        "votes",
        needs=("majority",),
    ),
    # "overturning a 20,137 Conservative majority", "overturns 9,500 Labour majority": a party
    # written between the figure and the noun (a capitalised name or adjective).
    base.pattern(
        rf"{base.NUM}(?P<unit>(?:-|\s)votes?)?\s+(?:[A-Z][\w'’-]+\s+){{1,3}}[Mm]ajority\b",
        "votes",
        flags=0,
        needs=("majority",),
    ),
    # "a majority you could fit in a minibus: 20 votes": the figure the colon gives it.
    base.pattern(
        # ("The biggest majority anywhere in 2019 belonged to ... Knowsley: 39,942 votes")
        rf"\bmajority\b(?:[^.;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)){{1,80}}:[ \t]*{base.NUM}"
        r"(?P<unit>\s+votes?)",
        "votes",
        needs=("majority",),
    ),
    # "Starmer wins 172-seat majority", "an 80-seat majority": a Commons majority in seats.
    base.pattern(
        rf"{base.NUM}(?P<unit>[-\s]seats?)\s+(?:[\w'’-]+\s+)?majority\b", "seats", needs=("seat",)
    ),
    # "the 1,192-vote marginal", "a 24,664-vote Conservative stronghold": a seat named by
    # the margin it was held by.
    base.pattern(
        rf"{base.NUM_DIGITS}(?P<unit>-votes?)\s+(?:[A-Z][\w'’-]+\s+){{0,2}}"
        rf"(?:{alternation(lx.MARGIN_SEAT_NOUNS)})\b",
        "votes",
        flags=0,
    ),
    # "increased his majority in Camborne and Redruth to 8,700": the change verb before
    # the noun, the seat between it and the figure.
    base.pattern(
        rf"\b(?:{alternation(lx.MAJORITY_CHANGE_VERBS)})\s+(?:his|her|its|their|the(?:\s+[\w-]+)?)\s+"
        rf"majority\s+(?:in|at|for|over)\s+{base.CLAUSE}{{0,60}}?\bto\s+"
        rf"(?:just\s+|only\s+|a\s+mere\s+)?{base.HEDGED}{base.NUM}(?!\s*(?:%|per\s?cent|points?))\b",
        "votes",
        needs=("majority",),
    ),
    # "His majority over the Conservative Giles Watling was 8,405", "majority in Hartlepool was"
    base.pattern(
        # "Mr Johnson's majority there in 2019 had been 7,210": "there", and "had been".
        rf"\bmajority\s+(?:there\s+|here\s+)?(?:over|in|at|for)\s+{base.CLAUSE}{{0,60}}?\b"
        rf"(?:was|is|had\s+been|has\s+been|of|stood\s+at|"
        rf"came\s+(?:out|in)\s+at|was\s+put\s+at|"
        rf"{_CHANGED}\s+to)\s+"
        rf"(?:just\s+|only\s+|a\s+mere\s+)?{base.HEDGED}{base.NUM}"
        rf"(?!\s*(?:%|per\s?cent|points?))\b",
        "votes",
        needs=("majority",),
    ),
    # "his majority two years ago was 5,259", "her majority last time was 875", "Her
    # majority that night was 1,252": a time reference between the noun and its verb
    # dates the figure; it is not the figure.
    base.pattern(
        rf"\bmajority\s+(?:(?:{base.WORDS}|\d{{1,2}})\s+(?:{alternation(lx.AGO_UNITS)})\s+ago|"
        rf"(?:{alternation(lx.LAST_TIME_PHRASES)})|"
        rf"(?:(?:at|in|on)\s+)?(?:{alternation(lx.ANAPHORIC_TIME_PHRASES)}))"
        rf"\s+(?:was|had\s+been|stood\s+at)\s+"
        rf"(?:just\s+|only\s+|a\s+mere\s+)?{base.HEDGED}{base.NUM}(?!\s*(?:%|per\s?cent|points?))\b",
        "votes",
        needs=("majority",),
    ),
    base.pattern(
        rf"\bmajority\s+(?:{_TIME_BETWEEN})?(?:(?:was|is|had\s+been|has\s+been|now|came\s+(?:out|in)|was\s+put|"
        rf"ended\s+up|finished)\s+)?(?:(?:of|to|at|down\s+to|up\s+to|"
        rf"{_CHANGED}\s+to)\s+)?"
        rf"(?:just\s+|only\s+|a\s+mere\s+)?{base.HEDGED}{base.NUM}(?!\s*(?:%|per\s?cent|points?))\b",
        "votes",
    ),
    # "won by 875 votes", "regained it by 530 votes": a margin after any verb, but not a
    # change ("increased her vote by 2,000 votes").
    base.pattern(
        rf"\bby\s+(?:just\s+|only\s+|a\s+mere\s+|a\s+handful\s+of\s+|some\s+)?{base.HEDGED}{base.NUM}"
        rf"(?P<unit>\s+votes?)\b",
        "votes",
        needs=(" by ",),
    ),
    # "beat the former first minister by 2,607", "he lost by just 105", "took it by just
    # 148", "X wins by 422": a margin after a verb of winning or losing, with no unit.
    base.pattern(
        # (a year may stand between: "won Eastbourne in 2019 by 4,331")
        rf"\b(?:{alternation(lx.MARGIN_VERBS)})\b(?:[^.;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,60}}?"
        rf"\bby\s+"
        rf"(?:just\s+|only\s+|a\s+mere\s+|some\s+)?{base.HEDGED}(?!(?:19|20)\d\d\b){base.NUM}"
        rf"(?![\w%-])(?!\s*(?:per\s?cent|points?|percentage|seats?|years?|to\s+\d|-|votes?))",
        "votes",
        needs=(" by ",),
    ),
    # "overturning a Labour lead of over 13,000", "defending a notional lead of 22,000": a
    # lead overturned or defended is a majority (not a poll lead: see `extract`).
    base.pattern(
        rf"\b(?:{alternation(lx.LEAD_FRAME_WORDS)})\s+(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?"
        rf"(?:[A-Za-z-]+\s+){{0,2}}?lead\s+of\s+{base.HEDGED}{base.NUM}"
        rf"(?!\s*(?:%|per\s?cent|points?|percentage|seats?))\b",
        "votes",
        needs=("lead",),
    ),
    # "increased his majority from 3,810 to 11,530": the later majority
    base.pattern(
        rf"\bmajority\b{base.CLAUSE}{{0,40}}?\bfrom\s+{base.HEDGED}[\d,]+\d"
        rf"(?:\s+votes)?(?:\s+(?:at|in)\b[^.;\d]{{0,40}}?)?\s+to\s+(?:just\s+|only\s+)?"
        rf"{base.HEDGED}{base.NUM}(?!\s*(?:%|per\s?cent|points?))\b",
        "votes",
        needs=("from",),
    ),
    # "his majority was cut to 4,874 from the 18,952 ...": the earlier majority
    base.pattern(
        rf"\bmajority\b{base.CLAUSE}{{0,40}}?\bfrom\s+(?:the\s+|a\s+)?{base.HEDGED}"
        rf"(?!(?:19|20)\d\d\b){base.NUM}"
        rf"(?!\s*(?:%|per\s?cent|points?))\b",
        "votes",
        needs=("from",),
    ),
    # "came within 1,262 votes of unseating him"; "UKIP surge to within 617 votes" (a
    # headline or clause that stops there, or goes on only to its time: "came within 628
    # votes that year", "... in 2019")
    base.pattern(
        rf"\bwithin\s+(?:just\s+|only\s+)?{base.NUM}(?P<unit>\s+votes?)"
        rf"(?:\s+of\b|(?=\s*(?:[.,;:!?\n]|\Z))"
        rf"|(?=\s+(?:that|this|last)\s+(?:year|time)\b|\s+in\s+(?:19|20)\d\d\b))",
        "votes",
        needs=("within",),
    ),
    # "the margin was 4,513"
    base.pattern(
        rf"\bmargin\s+(?:of|was|is|stood\s+at)\s+(?:just\s+|only\s+)?{base.HEDGED}{base.NUM}(?![\w%])"
        r"(?!\s*(?:per\s?cent|points?|percentage|pts))",
        "votes",
        needs=("margin",),
    ),
    # The number hangs on a gap noun: "a difference of 187 votes", "the margin of victory
    # between the two parties tonight of 1,425 votes", "narrowing the margin to just 495 votes".
    base.pattern(
        rf"\b(?:{alternation(lx.GAP_NOUNS)})\b(?:\s+of\s+victory)?{base.CLAUSE}{{0,50}}?\b"
        rf"(?:of|to|was|is|stood\s+at|at|just)\s+"
        rf"(?:just\s+|only\s+|a\s+mere\s+)?{base.HEDGED}{base.NUM}(?P<unit>\s+votes?)?"
        rf"(?!\s*(?:%|per\s?cent|points?|percentage))\b",
        "votes",
        needs=("margin", "difference", "gap"),
    ),
    # The majority as a share of the valid vote, in brackets after the count:
    # "Majority: 5,694 (11.5%)", "Lab maj 801 (1.65%)", "a majority of 5,694 (11.5%)".
    base.pattern(
        rf"\bmaj(?:ority)?\.?:?\s+(?:of\s+)?(?:just\s+|only\s+)?[\d,]*\d(?:\s+votes)?\s*\(\s*"
        rf"{base.NUM_DIGITS}{base.PERCENT}\s*\)",
        "percent",
        needs=("maj",),
    ),
    # "majority fell from 5,622 (10.9%) to 628 (1.2%)": the second count's share
    base.pattern(
        rf"\b{base.MAJORITY_TO_COUNT}{base.MAJORITY_CHAIN}[\d,]*\d(?:\s+votes)?\s*\(\s*"
        rf"{base.NUM_DIGITS}{base.PERCENT}\s*\)",
        "percent",
        needs=("majority",),
    ),
    # "His 2017 majority had been 9,999 (17.5%)": the same, after a verb
    base.pattern(
        rf"\b{base.MAJORITY_TO_COUNT}[\d,]*\d(?:\s+votes)?\s*\(\s*{base.NUM_DIGITS}{base.PERCENT}\s*\)",
        "percent",
        needs=("majority",),
    ),
    # "the Conservative majority in Bristol West was 22,001, or 50.5% of the votes cast"
    base.pattern(
        # ("His 2017 majority had been 9,999, or 17.5 per cent of the vote", "increased his
        # majority to 1,934, or 3.7 per cent of the vote")
        rf"\b{base.MAJORITY_TO_COUNT}[\d,]*\d(?:\s+votes)?,\s+or\s+"
        rf"{base.NUM_DIGITS}{base.PERCENT}\s+of\s+(?:the\s+)?(?:valid\s+)?(?:votes?|poll|total)\b",
        "percent",
        needs=("majority",),
    ),
    # "a majority of 0.34 per cent of the vote", "won North West Cambridgeshire by 0.09 per
    # cent of the vote": a majority as a share, with no count (kept below half: see extract)
    base.pattern(
        rf"{base.MAJORITY_PERCENT_LEAD}{base.NUM_DIGITS}(?P<unit>\s?%|\s*per\s?cent\b)"
        r"(?!\s*(?:points?|swing))",
        "percent",
        needs=("majority", "by"),
    ),
    # PA style: "Lab maj 6,436"
    base.pattern(rf"\bmaj(?:ority)?\.?:?\s+{base.NUM}(?![\w%])", "votes", needs=("maj",)),
]


_CHANGE_BEFORE_BY = lazy_compile(
    r"\b(?:increas|reduc|cut|fell|rose|boost|grew|swell|slash|trimm|halv|doubl)\w*\b"
    # ("Gower fell to the Conservatives by 27 votes": a seat falling to a party, its margin)
    r"(?!\s+short|(?<=fell)\s+to\s+(?:the\s+)?[A-Z])[^.;]{0,25}$",
    re.I,
)


# A bare figure in brackets after a name ("Wellingborough (606)"), in a list whose first
# item names its measure: "Rugby (Conservative majority 470) and Wellingborough (606)",
# "Guildford, lost by 538 votes, ..., as are Weston-super-Mare (338) and North Norfolk (483)".
_SIBLING_BRACKET = base.pattern(
    rf"(?<=[a-z])[ \t]\({base.NUM_DIGITS}\)(?=[\s,.;:]|$)", "votes", flags=0, needs=("(",)
)
_NAME_BEFORE_BRACKET = lazy_compile(r"\b[A-Z][\w'’-]*[ \t]*\($")
_BARE_BRACKET = lazy_compile(r"\(\d[\d,]*\)")
_MEASURE_NAMED = lazy_compile(
    r"\((?:[A-Za-z][\w'’-]*\s+){0,3}(?:majority|maj\.?)\s+(?:of\s+)?\d[\d,]*\)"
    r"|\bby\s+\d[\d,]*\s+votes\b",
    re.I,
)


def _sibling_brackets(text: str, sentences) -> list[Claim]:
    """The bare bracketed figures after the first, measure-named item of a list of seats."""
    found = []
    for s in base.sentences_holding(_MEASURE_NAMED, text, sentences):
        named = _MEASURE_NAMED.search(text, s.start, s.end)
        if named is None:
            continue
        found += [
            c
            for c in base.claims_from_patterns(NAME, text, [s], [_SIBLING_BRACKET])
            # (the list goes on from the named item with no other figure between: not
            # "... by 687 votes, won 24,918 votes and a majority over X (13,131)")
            if c.start > named.end()
            and not re.search(r"\d", _BARE_BRACKET.sub("", text[named.end() : c.start]))
            # (after a name: "Wellingborough (606)", not "Bristow third (7,243)")
            and _NAME_BEFORE_BRACKET.search(text, max(s.start, c.start - 40), c.start)
        ]
    return found


def extract(text, sentences) -> list[Claim]:
    claims = base.claims_from_patterns(NAME, text, sentences, PATTERNS)
    claims += _sibling_brackets(text, sentences)
    # "increased her vote by 2,000 votes" is a change, not a margin.
    return [
        c
        for c in claims
        if not (
            text[max(c.sentence_start, c.start - 40) : c.start].rstrip().lower().endswith("by")
            and _CHANGE_BEFORE_BY.search(text[max(c.sentence_start, c.start - 40) : c.start - 3])
        )
        # "cut her majority to one of the smallest in the country": "one of", no figure
        and not (c.text.lower() == "one" and _OF_AFTER.match(text, c.end))
        # "the Conservatives' 2019 majority on the new boundaries was 10,387": a year
        and not (_YEAR.fullmatch(c.text) and _MAJORITY_AFTER.match(text, c.end))
        # "C maj 2015: 7,938", "Con maj 2019 (notional): 4,952": the year labels the figure
        and not (_YEAR.fullmatch(c.text) and _LABEL_AFTER.match(text, c.end))
        # "beat the SNP by more than three to one", "by roughly three votes to two",
        # "almost eight votes in every five": a ratio, not a margin of three votes
        and not _RATIO_AFTER.match(text, c.end)
        # (a share of more than half after "a majority of" may be an absolute majority)
        and not (c.quantity.unit == "percent" and base.majority_percent_lead(text, c) is False)
        # "won by 17,845 votes to 8,399": the two tallies, not a margin
        and not (
            _TALLY_AFTER.match(text, c.end)
            and _BY_BEFORE.search(text, max(c.sentence_start, c.start - 16), c.start)
        )
    ]


_OF_AFTER = lazy_compile(r"\s+of\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# ("2019 Conservative majority: 19,634", "Notional 2019 Tory majority on the new boundaries")
_MAJORITY_AFTER = lazy_compile(r"\s+(?:notional\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,2}majority\b", re.I)
_RATIO_AFTER = lazy_compile(
    r"(?:\s*votes?)?(?:\s*-\s*|\s+)(?:to|in\s+every)(?:\s*-\s*|\s+)"
    rf"(?:{alternation(k for k, v in lx.CARDINALS.items() if v <= 10)}|\d{{1,2}}(?![\d,.]))\b",
    re.I,
)
_TALLY_AFTER = lazy_compile(r"(?:\s*votes?)?\s+to\s+(?:just\s+|only\s+)?\d{1,3}(?:,\d{3})+\b", re.I)
_BY_BEFORE = lazy_compile(r"\bby\s+(?:just\s+|only\s+)?$", re.I)
_LABEL_AFTER = lazy_compile(r"\s*(?:\(\s*notional\s*\)|\s+notional)?\s*:", re.I)


# "overturning a majority of 24,239", "defending a majority of ...": the previous result's.
# "The seat had been held by 41 votes": a pluperfect hold or win looks back too (weakly,
# as "had a" does: see `_PREVIOUS_STRONG`). ("notional", not "notionally": "won Wokingham,
# notionally a Tory seat, by 8,345" is this contest's; a clause "notionally" frames is
# read as notional by the election cues.)
# "Labour, majority 11,301 (": a party, a comma, then the majority and a bracket.
_PARTY_THEN_MAJORITY = lazy_compile(r",\s*majority\s+[\d,]+\s*\(\s*$", re.I)
# "27,000 majority melted away": the figure, its noun, then a predicate of wearing away.
_WORN_AWAY = lazy_compile(
    r"(?:\s*(?:votes?|-vote))?(?:\s+(?:Tory|Labour|Conservative|Lib\s+Dem|SNP|party|seat))?"
    r"(?:\s+majority)?\s+(?:(?:had|has)\s+)?(?:slowly\s+|gradually\s+|steadily\s+)?"
    rf"({alternation((*lx.MAJORITY_WORN_AWAY_PREDICATES, *lx.MAJORITY_OVERTURNED_PREDICATES))})\b",
    re.I,
)
_TURNED = lazy_compile(
    r"\bturn(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){0,3}?(?:majority\s+of\s+|(?:(?:a|an|the|his|her)\s+)?$)",
    re.I,
)
# ("Tories turn 22-vote marginal into 11.5k majority")
_BRACKET_MAJORITY_BEFORE = lazy_compile(r"\w\s*\(\s*(?:maj(?:ority)?\.?:?)\s*(?:of\s+)?$", re.I)
_TURN_INTO_AFTER = lazy_compile(
    r"(?:\s+votes?)?\s+(?:turn|turned|turning|turns|become|became|becoming)\s+into\b", re.I
)
_INTO_AFTER = lazy_compile(r"(?:\s+votes?|-vote)?(?:\s+(?:majority|marginal|lead))?\s+into\b", re.I)
_OVERTURNED_PAST = lazy_compile(
    r"\b(?:overturned|overturning|overcame|overcoming|wiped\s+out|wiping\s+out|erased|"
    r"erasing|turned\s+over|overhauled|overhauling|lost|losing)\s+(?:[\w'’-]+\s+){0,4}?majority\s+"
    r"(?:of\s+)?(?:just\s+|only\s+|some\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+)?$",
    re.I,
)


def _overturned_majority(claim: Claim, context: ArticleContext) -> re.Match[str] | None:
    """The past verb whose object is the figure's majority ("overturned Zac Goldsmith's
    majority of 23,015"; not "overturned it by some 1,400 votes", this contest's margin)."""
    return _OVERTURNED_PAST.search(
        context.text, max(claim.sentence_start, claim.start - 80), claim.start
    )


_PREVIOUS = lazy_compile(
    # ("Labour gain on notional figures, by 15 votes": what the gain is over, not the majority)
    r"\b(?:overturn\w*|overc(?:a|o)m\w*|wip\w+\s+out|defend\w*|inherit\w*|previous|"
    r"(?<!gain\son\s)(?<!gains\son\s)notional|"
    r"erased?|erasing|turned\s+over|overhaul\w*|had\s+(?:had\s+)?a|had\s+(?:been\s+)?(?:held|won)|"
    # ("Liz Truss lost a majority of 26,195 to Labour's Terry Jermy by 630 votes")
    r"(?:lost|losing)\s+(?:a|an|her|his|their|its)\s+(?:[\w'’-]+\s+){0,2}?majority)\b",
    re.I,
)


# "I came in by 56 votes", "he first came in with a majority of 3,000": entering the House.
_CAME_IN_BY = lazy_compile(
    r"\b(?:first\s+)?came\s+in\s+(?:by|with\s+(?:a\s+)?(?:majority\s+of\s+)?)\s*"
    r"(?:just\s+|only\s+|a\s+mere\s+)?$",
    re.I,
)


# The cues of `_PREVIOUS` that look back for certain ("had a" alone may not).
_PREVIOUS_STRONG = lazy_compile(
    r"\b(?:overturn\w*|overc(?:a|o)m\w*|wip\w+\s+out|defend\w*|inherit\w*|previous|notional|"
    r"erased?|erasing|turned\s+over|overhaul\w*|had\s+had\s+a|"
    r"(?:lost|losing)\s+(?:a|an|her|his|their|its)\s+(?:[\w'’-]+\s+){0,2}?majority)\b",
    re.I,
)


# "from A ... to (just) B": B is the later figure of a change.
_LATER_OF_TWO = lazy_compile(
    r"\bfrom\s+[^.;]*?\d[\d,]*[^.;\d]*?\bto\s+(?:just\s+|only\s+)?(?:\w+\s+){0,2}$", re.I
)
_COUNTERFACTUAL = lazy_compile(r"\b(?:would|could|might)\s+(?:\w+\s+)?have\b", re.I)


# A government's majority in the Commons, not a seat's: "a Commons majority of 80".
_COMMONS = lazy_compile(
    r"\b(?:overall|working|commons|parliamentary|landslide|governing|house\s+of\s+commons)\s+majority"
    r"|\bmajority\s+(?:in\s+(?:the\s+)?(?:House\s+of\s+)?Commons|in\s+parliament)"
    r"|\bmajority\s+over\s+all\s+(?:the\s+)?other\s+parties",
    re.I,
)
# ... or named after the figure: "a majority of 80 in the Commons".
_COMMONS_AFTER = lazy_compile(
    r"\s*(?:seats\s+)?(?:in\s+(?:the\s+)?(?:House\s+of\s+)?Commons|in\s+parliament|"
    r"over\s+all\s+(?:the\s+)?other\s+parties)\b",
    re.I,
)
# "the majority of 21 Mr Major won in April 1992, when the Conservatives took 336 seats": a
# sentence counting a party's seats, naming no constituency, is about the House.
_SEATS_COUNT = lazy_compile(r"\b\d{2,3}\s+(?:seats|MPs)\b")


def _commons_majority(claim: Claim, context: ArticleContext) -> Finding:
    """Seats won minus all other seats, at the general election meant."""
    election = subj.general_election_for(claim, context)
    if isinstance(election, str):
        return base.unverifiable(claim, election)
    party = _majority_party(claim, context, election)
    if party is None:
        return base.unverifiable(claim, "no party is named for this Commons majority")
    totals = derive.election_totals(context.reference, election.id)
    if totals is None:
        return base.unverifiable(claim, f"no results for the {subj.election_label(election)}")
    won, unknown = totals.seats.get(party, 0), totals.seats.get("", 0)
    seats = sum(totals.seats.values())
    label = subj.party_label(context, party)
    subject = f"{label} Commons majority — {subj.election_label(election)}"
    source = subj.national_source(context, election)
    if unknown:
        return base.unverifiable(
            claim, f"{unknown} seats' winners are not recorded by party", subject
        )
    actual = 2 * won - seats
    finding = base.judged(
        claim,
        actual,
        context,
        subject=subject,
        source=source,
        official=f"majority {actual} ({won} of {seats} seats)",
    )
    if finding.verdict == Verdict.FALSE and abs(claim.quantity.value - actual) <= 3:
        # Counts differ on the Speaker and deputies; a figure within 3 is the same majority.
        finding.verdict = Verdict.APPROXIMATELY_TRUE
        finding.reason += "; conventions on the Speaker and deputies move it by up to 3"
    return finding


def _majority_party(claim: Claim, context: ArticleContext, election) -> str | None:
    """Whose Commons majority: a party named before it in its sentence ("The Conservatives
    have 365 seats, giving ... a majority of 80"); "the prime minister" or "the government"
    is the party that governed after the election; else the one the figure's owner stands for."""
    lo = subj.clause_start(context.text, claim.sentence_start, claim.start)
    governing = _governing_after(context, election)
    if governing and _GOVERNMENT_WORDS.search(context.text, lo, claim.start):
        return governing  # "The Prime Minister has a majority of four"
    part = context.text.rfind(";", claim.sentence_start, claim.start) + 1 or claim.sentence_start
    people = context.people_in(part, claim.start)
    if (
        people
        and people[0].is_leader
        and people[0].party
        and not context.text[part : people[0].start].strip(" \t\n\"'“‘*_")
    ):
        # "Boris Johnson thrashed Jeremy Corbyn's Labour and romped home with a Commons
        # majority of 80": the leader whose sentence it is, not the party beaten
        return people[0].party
    named = context.mentions_in(context.party_mentions, lo, claim.start)
    if named:
        return named[-1].id
    leaders = [p for p in context.people_in(lo, claim.start) if p.is_leader and p.party]
    if leaders:
        return leaders[-1].party  # "while David Cameron secured ... a majority of 12"
    if governing and _GOVERNMENT_WORDS.search(context.text, claim.sentence_start, claim.start):
        return governing
    leader = _leader_named(claim, context)
    if leader is not None:
        return leader.party
    named = context.mentions_in(context.party_mentions, claim.sentence_start, lo)
    if named:
        return named[0].id  # "The Conservatives have 365 seats, a majority of 80"
    return subj.party_near(claim, context, subj.person_near(claim, context))


def _governing_after(context: ArticleContext, election) -> str | None:
    """The one party that governed a month after the election, if one did."""
    parties = derive.governing_parties(context.reference, election.date + dt.timedelta(days=30))
    return parties[0] if len(parties) == 1 else None


def _leader_named(claim: Claim, context: ArticleContext):
    """A party leader named before the figure by surname alone ("Johnson wins ...")."""
    leaders = {}
    for p in context.people.values():
        if p.leader_terms:
            leaders.setdefault(p.name.split()[-1], []).append(p)
    words = re.findall(r"[A-Z][\w'’-]+", context.text[claim.sentence_start : claim.start])
    found = [ps for w in words if (ps := leaders.get(w))]
    return found[0][0] if len(found) == 1 and len(found[0]) == 1 else None


# "The Prime Minister has a majority of", "the Government had "a majority of": the House's.
_GOVERNMENT_HAS = lazy_compile(
    r"\b(?:the\s+)?(?:prime\s+minister|government|PM)\s+(?:has|had|have|holds?|held|"
    r"enjoys?|enjoyed|commands?|commanded|won|had\s+won)\s+[\"'“‘]?(?:a|an|its|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,2}?majority\s+of\s+(?:just\s+|only\s+|some\s+)?$",
    re.I,
)
# A vote in the House: "Ayes 328, Noes 269", "a majority of 59 for the Bill".
_DIVISION = lazy_compile(r"\b(?:Ayes|Noes|the\s+House\s+divided)\b")
_DIVISION_AFTER = lazy_compile(
    r"\s+(?:votes?\s+)?(?:for|against)\s+the\s+(?:Bill|motion|amendment|clause|"
    r"(?:second|third)\s+reading)\b",
    re.I,
)
_GOVERNMENT_WORDS = lazy_compile(r"\b(?:the\s+prime\s+minister|the\s+government|the\s+PM)\b", re.I)


def _seat_row(claim: Claim, context: ArticleContext) -> Finding:
    """A majority in a table with one row per seat: the majority of the row's seat at its
    contest, won by the party the row names (a row whose winner did not win there is of
    another contest: unverifiable)."""
    row = base.seat_row_owner(claim, context)
    if isinstance(row, Finding):
        return row
    return base.judged_over_readings(
        claim,
        context,
        row.resolved,
        lambda r: _judge_under(claim, context, r, row.party, False, row.party is not None, []),
    )


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if _unit_from_before(claim, context):
        return base.unverifiable(
            claim, "no unit is given and the sentence before measures in points: votes or points"
        )
    if _GAP_NOUN_BEFORE.search(
        context.text, max(claim.sentence_start, claim.start - 40), claim.start
    ) and subj.nation_of(claim, context):
        # "25.5 per cent to the DUP's 25.0 per cent, a gap of fewer than 4,000 votes across
        # Northern Ireland": a gap between a nation's totals, not a seat's majority.
        return base.unverifiable(
            claim, "a gap between parties' totals across a nation: not checked"
        )
    lower = _LOWER_PLACE_BEFORE.search(
        context.text, max(claim.sentence_start, claim.start - 80), claim.start
    )
    if lower is not None and not _ANOTHER_CLAUSE.search(context.text, lower.end(), claim.start):
        # "The Conservative was pushed into fourth place by a margin of three votes over the
        # Peace Party": a margin between two of the beaten, not the winner's majority.
        return _lower_place_margin(claim, context, lower)
    found = _verify(claim, context)
    came_in = _CAME_IN_BY.search(
        context.text, max(claim.sentence_start, claim.start - 40), claim.start
    )
    if (
        found.verdict == Verdict.FALSE
        and came_in
        and not _YEAR.search(context.text, claim.sentence_start, claim.sentence_end)
    ):
        # "I came in by 56 votes": a member's first election, which the sentence does not
        # date (Ed Davey's was in 1997), not the contest the article reports.
        return base.unverifiable(
            claim,
            f"'{came_in.group(0).strip()}' speaks of the member's first election, which the "
            f"text does not date; {found.reason}",
        )
    if found.verdict in (Verdict.FALSE, Verdict.UNVERIFIABLE) and _party_majority_is(
        claim, context
    ):
        # "Labour's majority is 172, though on only 33.7 per cent of the vote": a party's
        # majority, in a sentence naming no seat or person, may be the Commons majority it
        # won: when that reading fits, the two readings disagree.
        commons = _commons_majority(claim, context)
        if found.verdict == Verdict.FALSE:
            return base.unless_other_fits(claim, found, commons, "a seat majority")
        return commons if commons.verdict in (Verdict.TRUE, Verdict.APPROXIMATELY_TRUE) else found
    if found.verdict == Verdict.FALSE and _leader_wins_a_majority(claim, context):
        # "Johnson wins a majority of 80": a party leader's "a majority", in a sentence
        # naming no seat, may be the Commons majority his party won: when that reading
        # fits, the two readings disagree.
        return base.unless_other_fits(
            claim, found, _commons_majority(claim, context), "a seat majority"
        )
    return found


def _lower_place_margin(claim: Claim, context: ArticleContext, lower: re.Match[str]) -> Finding:
    """The margin of the candidate in a place below second over the one after them ("pushed
    into fourth place by three votes"), judged against the official order."""
    place = lx.ORDINALS[lower.group("place").lower()]
    why = f"a margin of the candidate placed '{lower.group(0).strip()}', not a majority"
    resolved = subj.resolve_result(claim, context)
    if isinstance(resolved, str):
        return base.unverifiable(claim, f"{why}; {resolved}")
    ranked = derive.ranked(context.reference, resolved.result)
    if (
        resolved.result.partial
        or len(ranked) != len(resolved.result.candidates)
        or len(ranked) <= place
    ):
        return base.unverifiable(claim, f"{why}; the official result does not settle it")
    this, after = ranked[place - 1], ranked[place]
    return base.judged(
        claim,
        this.votes - after.votes,
        context,
        subject=subj.describe(context, resolved, f"the margin of the candidate placed {place}"),
        source=subj.cite(context, resolved),
        official=f"a margin of {this.votes - after.votes:,} ({this.votes:,} to {after.votes:,}) "
        f"between places {place} and {place + 1}",
    )


# A subject placed below second ("was pushed into fourth place", "finished a distant third").
_LOWER_PLACE_BEFORE = lazy_compile(
    r"\b(?:came|finished|pushed\s+into|relegated\s+to|slipped\s+to|dropped\s+to|fell\s+to)\s+"
    r"(?:an?\s+(?:close|distant|poor|respectable|creditable)\s+)?"
    # (not "second": "came second, losing to Mr Lloyd by 1,609" is the winner's majority)
    r"(?P<place>third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
    re.I,
)
# ("came second in 2019 but won the by-election by 4,103": the place is another clause's)
_ANOTHER_CLAUSE = lazy_compile(
    r"[;:.]|\b(?:but|and|while|whereas|won|wins|win|took|held|holds|gained|majority|beat|"
    r"beating|defeated|ousted|unseated)\b",
    re.I,
)
_GAP_NOUN_BEFORE = lazy_compile(
    rf"\b(?:{alternation(lx.GAP_NOUNS)})\s+of\s+(?:[\w-]+\s+){{0,3}}$", re.I
)
_PARTY_WINS_A_MAJORITY = lazy_compile(r"\b(?:win|wins|won|secure|secures|secured)\s+an?\s+", re.I)
_POINTS_UNIT = lazy_compile(r"\d\s*(?:%|per\s?cent\b|(?:percentage\s+)?points?\b)", re.I)


def _unit_from_before(claim: Claim, context: ArticleContext) -> bool:
    """ "... would win by more than 10 points. They won by four.": a bare small figure whose
    sentence names no unit, after a sentence measuring the same thing in points."""
    text = context.text
    if (
        claim.quantity.unit != "votes"
        or not re.fullmatch(r"[\w-]+", claim.text)  # a bare figure: "four", "12"
        or not re.search(r"\bby\s+(?:just\s+|only\s+)?$", text[claim.sentence_start : claim.start])
        or re.search(r"vote", text[claim.start : claim.sentence_end], re.I)
        or claim.quantity.value >= 100
    ):
        return False
    i = context.sentence_index(claim.start)
    if i <= 0:
        return False
    before = context.sentences[i - 1]
    return bool(_POINTS_UNIT.search(text, before.start, before.end))


_A_MAJORITY = lazy_compile(r"\ba\s+(?:[a-z-]+\s+)?majority\s+of\s+$", re.I)


def _party_majority_is(claim: Claim, context: ArticleContext) -> bool:
    """ "Labour's majority is 172": the figure right after a party's majority opening its
    sentence (see `subjects.party_majority_opening`)."""
    opening = subj.party_majority_opening(claim, context)
    return bool(opening and _HEDGES_ONLY.fullmatch(context.text, opening.end(), claim.start))


_HEDGES_ONLY = lazy_compile(r"\s+(?:(?:now|just|only|some|about|around)\s+)*", re.I)


def _leader_wins_a_majority(claim: Claim, context: ArticleContext) -> bool:
    """A party leader "wins a majority of N", in a sentence naming no seat."""
    if context.mentions_in(context.seat_mentions, claim.sentence_start, claim.sentence_end):
        return False
    if not _A_MAJORITY.search(
        context.text, max(claim.sentence_start, claim.start - 40), claim.start
    ):
        return False
    people = context.people_in(claim.sentence_start, claim.start)
    if people:
        return all(p.is_leader for p in people)
    # A headline names a leader by surname alone: "Johnson wins a majority of 80"; or a
    # party wins one: "Conservatives win a majority of 80".
    return _leader_named(claim, context) is not None or bool(
        _PARTY_WINS_A_MAJORITY.search(
            context.text, max(claim.sentence_start, claim.start - 60), claim.start
        )
        and context.mentions_in(context.party_mentions, claim.sentence_start, claim.start)
    )


def _verify(claim: Claim, context: ArticleContext) -> Finding:
    if "seat_row" in claim.cues:
        return _seat_row(claim, context)
    near = context.text[max(claim.sentence_start, claim.start - 70) : claim.start]
    if re.search(r"\bworking\s+majority\b", near, re.I):
        return base.unverifiable(
            claim, "a working majority depends on the Speaker and abstaining MPs"
        )
    # "cutting Johnson's majority to one", "the government's majority": the Commons, not a seat.
    owner = re.search(r"(\b[\w'’]+)['’]s\s+(?:overall\s+|commons\s+)?majority\b", near, re.I)
    if owner and (
        owner.group(1).lower() in ("government", "governments")
        or (
            any(m.text.endswith(owner.group(1)) for m in _uncandidated_leaders(context))
            # ("John Major's majority in Huntingdon was 36,230", "In Sedgefield Tony
            # Blair's majority was 25,143": a leader's own seat's)
            and not context.mentions_in(
                context.seat_mentions,
                subj.clause_start(context.text, claim.sentence_start, claim.start),
                claim.start,
            )
        )
    ):
        return base.unverifiable(claim, "a government's majority in the Commons, not a seat's")
    if _GOVERNMENT_HAS.search(near):
        # "The Prime Minister has a majority of four", "the Government had a majority of 21":
        # the governing party's in the Commons
        return _commons_majority(claim, context)
    if _DIVISION_AFTER.match(context.text, claim.end, claim.sentence_end) or _DIVISION.search(
        context.text, claim.sentence_start, claim.sentence_end
    ):
        # "Ayes 328, Noes 269. A majority of 59 for the Bill": a vote in the House
        return base.unverifiable(claim, "a majority in a vote of the House, not an election's")
    sentence = context.text[claim.sentence_start : claim.sentence_end]
    if (
        _COMMONS.search(near)
        or _COMMONS_AFTER.match(context.text, claim.end, claim.sentence_end)
        # ("Starmer wins 172-seat majority": a majority counted in seats is the House's)
        or claim.quantity.unit == "seats"
        or (subj.is_national(claim, context) and "majority" in near.lower())
        or (
            _SEATS_COUNT.search(sentence)
            # ("Labour won 411 seats and Liz Truss lost by 630 votes": a margin of votes is
            # a seat's; the House's is counted in seats)
            and not re.search(r"\bvotes?\b", claim.text, re.I)
            # ("**Ed Davey (majority 17,235)**": a member's own, in brackets after the name)
            and not _BRACKET_MAJORITY_BEFORE.search(near)
            and not context.mentions_in(
                context.seat_mentions, claim.sentence_start, claim.sentence_end
            )
            and all(
                m.is_leader for m in context.people_in(claim.sentence_start, claim.sentence_end)
            )
        )
    ):
        return _commons_majority(claim, context)
    clause_lead = context.text[
        subj.clause_start(context.text, claim.sentence_start, claim.start) : claim.start
    ]
    if (
        _COUNTERFACTUAL.search(clause_lead)
        and not re.search(r"\bnotional", clause_lead, re.I)
        and not context.notional_frame_at(claim.start)
    ):
        # "Labour would have won by 2,000 on these figures": not a result.
        return base.unverifiable(claim, "a majority that would have been, not one that was")
    person = _owner_person(claim, context)
    stranger = subj.possessive_stranger(claim, context) if person is None else None
    if stranger:
        return base.unverifiable(
            claim, f"the majority is given for {stranger}, who is not in the reference data"
        )
    resolved = subj.resolve_result(claim, context, person)
    if isinstance(resolved, str):
        return base.unverifiable(claim, resolved)
    worn = _WORN_AWAY.match(context.text, claim.end, claim.sentence_end)
    if worn and not resolved.explicit:
        return base.unverifiable(
            claim,
            f"a majority that '{worn.group(1)}' was won at an earlier contest the text "
            "does not name",
        )
    later = _LATER_OF_TWO.search(context.text, claim.sentence_start, claim.start)
    if later and resolved.explicit and resolved.evidence:
        cue = resolved.evidence[0]
        if later.start() <= cue.start and cue.end <= claim.start:
            # "cut from more than 25,000 at the general election to just 5,702": the
            # election named belongs to the first figure; the second is the one reported.
            reported = context.focus.get(resolved.seat)
            result = context.result_for(resolved.seat, reported) if reported else None
            if result is None or reported is None or reported.id == resolved.election.id:
                return base.unverifiable(
                    claim, "the election named belongs to the earlier figure; the later is unclear"
                )
            resolved = subj.ResultSubject(
                resolved.seat, reported, result, f"the {reported.name} the article reports"
            )
    lead = context.text[max(claim.sentence_start, claim.start - 60) : claim.start]
    # Only words since the previous figure: "overturns a majority of 20,137 to win by 4,161".
    lead = re.split(r"\d[\d,]*\d", lead)[-1]
    # "will be defending a majority of 1,118": the one held now, not the one before it.
    overturned = bool(_PREVIOUS.search(lead)) and not re.search(r"\bwill\s+(?:be\s+)?defend", lead)
    looked_back = _PREVIOUS.search(lead)
    if (
        looked_back is not None
        and looked_back.group(0).lower().startswith("had")
        and resolved.election.kind == "by-election"
        and BY_ELECTION_WORD.search(lead, looked_back.end())
    ):
        # "he had won the Uxbridge and South Ruislip by-election by 495 votes": reported
        # speech naming the by-election, not a look back past it.
        overturned = False
    # "turned a majority of 2,637 into one of 15,154": the first is the one before.
    overturned = overturned or bool(
        (_TURNED.search(lead) and _INTO_AFTER.match(context.text, claim.end, claim.sentence_end))
        # "saw a majority of 16,614 turn into a defeat by 5,684": the first is the one before
        or _TURN_INTO_AFTER.match(context.text, claim.end, claim.sentence_end)
    )
    if (
        overturned
        and not resolved.explicit
        and _previewing(context, resolved)
        # ("Rosie Duffield overturned Julian Brazier's majority of 9,798 to take
        # Canterbury": a majority overturned in the past is the one before, in a preview too)
        and _overturned_majority(claim, context) is None
    ):
        # "Julie Hilling is defending a majority of 92" days before polling: the majority
        # to defend is the last contest's own, the one the preview falls back to.
        overturned = False
    if overturned and resolved.explicit:
        verb = _overturned_majority(claim, context)
        contest_cues = [e for e in resolved.evidence if e.role == "contest"]
        if verb is not None and contest_cues and all(e.end <= verb.start() for e in contest_cues):
            # "In the Richmond Park by-election in December, Sarah Olney overturned Zac
            # Goldsmith's majority of 23,015": the contest named is the one the majority
            # was overturned at; the majority is the one won before it.
            resolved = replace(resolved, why=f"the contest it was overturned at ({resolved.why})")
    if (
        person is not None
        and not overturned
        and not resolved.explicit
        # (a year in the sentence dates it: "the majority Neil Parish had in 2017")
        and not _YEAR.search(context.text, claim.sentence_start, claim.sentence_end)
        and (
            _owner_named_after(claim, context) == person
            or _POSSESSIVE_OWNER_BEFORE.fullmatch(context.text, person.end, claim.start)
        )
    ):
        # "the majority Christopher Pincher left behind in Tamworth", "Mr Pincher's majority
        # of 19,634": a named member's own majority, at the last of his contests in the
        # seat before the one the text falls back to.
        resolved = _members_last_contest(context, resolved, person) or resolved
    # "Jill Mortimer had a majority of 6,940": "had a" alone may narrate this result in the
    # past tense as well as name the one before it; both are readings.
    only_had = overturned and not _PREVIOUS_STRONG.search(lead)
    owner_mention = _owner_party(claim, context)
    owner = owner_mention.id if owner_mention else None
    party = owner or (person.party if person else None)
    if party is None and not overturned:
        # The sentence's party owns the majority unless it is the one overturning it.
        party = _sentence_party(claim, context)
    frame = _loser_frame(claim, context) if owner is None and not overturned else None
    cues = [Evidence(m.text, m.start, m.end, "party") for m in [owner_mention] if m]
    cues += [Evidence(m.text, m.start, m.end, "candidate") for m in [person] if m]
    owned = owner is not None
    # "David Rendel's majority of 22,055": a majority the sentence gives a named person.
    person_owned = person is not None and bool(
        _POSSESSIVE_OWNER_BEFORE.fullmatch(context.text, person.end, claim.start)
    )

    def under(o: subj.ResultSubject) -> tuple[Finding, Reading]:
        who = party
        if person is not None and not owned:
            # A candidate's party at that contest, from the data: an MP who stood as an
            # independent is not his old party.
            target = o.result
            if overturned and not o.explicit:
                # The majority overturned is the contest before: the person's party then.
                target = derive.baseline_result(context.reference, o.result) or o.result
            stood = subj.candidate_in(target, person.id)
            if stood is not None and stood.party:
                who = stood.party
            else:
                when = context.reference.elections[target.election].date
                who = context.party_at(person.id, when) or who
        return _judge_under(claim, context, o, who, overturned, owned, cues, frame, person_owned)

    primary = under(resolved)
    readings = subj.other_readings(claim, context, resolved)
    if overturned and not resolved.explicit:
        # The majority overturned may be the previous result as declared or its notional
        # recast on new boundaries: both are readings.
        baseline = derive.baseline_result(context.reference, resolved.result)
        if baseline is not None:
            election = context.reference.elections[baseline.election]
            earlier = subj.ResultSubject(resolved.seat, election, baseline, "'the previous result'")
            readings += subj.twin_readings(claim, context, earlier)
    others = [under(o) for o in readings]
    if only_had:
        # This contest's own majority, read as if "had a" did not look back.
        now_party = owner or (person.party if person else None) or _sentence_party(claim, context)
        now_frame = _loser_frame(claim, context) if owner is None else None
        others.append(
            _judge_under(claim, context, resolved, now_party, False, owned, cues, now_frame)
        )
    return base.over_readings(claim, *primary, iter(others))


# How long before a contest in the seat an article is taken as its preview.
_PREVIEW_BEFORE = dt.timedelta(days=60)


def _previewing(context: ArticleContext, resolved: subj.ResultSubject) -> bool:
    """Whether the article is dated before a coming contest in the seat (a preview) and the
    figure fell back to the last contest before that date."""
    when = context.info.date
    if when is None or resolved.election.date > when:
        return False
    return any(
        when < c.election.date <= when + _PREVIEW_BEFORE
        for c in derive.contests(context.reference, resolved.seat)
    )


_DEFEAT = lazy_compile(rf"\b(?:{alternation(lx.DEFEAT_WORDS)})\b", re.I)
_GAP_NOUN = lazy_compile(rf"\b(?:{alternation(lx.GAP_NOUNS)})\b", re.I)
_ACTIVE = lazy_compile(r"\b(?:had|has|have)\s+$", re.I)
_WITHIN_BEFORE = lazy_compile(r"\bwithin\s+(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
_SHORT_AFTER = lazy_compile(r"(?:\s+votes?)?\s+(?:short|behind|adrift)\b", re.I)


def _loser_frame(claim: Claim, context: ArticleContext) -> str | None:
    """How the figure's clause frames a majority seen from the losing side, if it does.

    "Labour lost by 422", "losing to X by 422 votes", "falling 495 votes short": a margin
    of defeat ("defeat"), which belongs to the contest and names the loser; "narrowing the
    margin to 495 votes": a gap noun ("gap"), which belongs to the contest whoever the
    sentence names. Either way the majority is the winner's over the runner-up.
    """
    text = context.text
    start = subj.clause_start(text, claim.sentence_start, claim.start)
    lead = re.split(r"\d[\d,]*\d", text[start : claim.start])[-1]
    if _GAP_NOUN.search(lead):
        return "gap"
    # "whom Mr Woolas had beaten by only 103 votes": an active perfect of a participle is
    # the winner's side ("has lost his seat by 422" stays a defeat).
    passive = [
        m
        for m in _DEFEAT.finditer(lead)
        if not (m.group(0).lower().endswith(" by") and _ACTIVE.search(lead, 0, m.start()))
    ]
    if passive or _SHORT_AFTER.match(text, claim.end) or _WITHIN_BEFORE.search(lead):
        # ("The Lib Dems came within 628 votes": the runner-up's distance from winning)
        return "defeat"
    if context.near_miss_seat(claim.start) is not None:
        # ("came within 100 votes of taking West Derbyshire"; not "... of victory", whose
        # contest is only as sure as the sentence's time)
        return "defeat"
    return None


def _loser(claim: Claim, context: ArticleContext) -> str | None:
    """The party a margin of defeat names as losing: one named before the defeat word
    ("Ed Balls has lost his seat by 422"), not the winner after it ("losing to X by 422")."""
    text = context.text
    lead = text[claim.sentence_start : claim.start]
    words = list(_DEFEAT.finditer(lead))
    end = claim.sentence_start + words[-1].start() if words else claim.start
    people = [m for m in context.people_in(claim.sentence_start, end) if m.party]
    parties = context.mentions_in(context.party_mentions, claim.sentence_start, end)
    named = [(m.start, m.party) for m in people] + [(m.start, m.id) for m in parties]
    return max(named)[1] if named else None


def _sentence_party(claim: Claim, context: ArticleContext) -> str | None:
    """The party of the majority's sentence, but not one named only after a verb that
    follows the figure ("The majority of 2,000 will be a humiliation for Labour")."""
    party = subj.party_near(claim, context)
    if party is None:
        return None
    text = context.text
    before = context.mentions_in(context.party_mentions, claim.sentence_start, claim.start)
    # "won the seat from Labour with a majority of 7,617": the party beaten is not the owner.
    beaten = [
        m
        for m in before
        if _BEATEN_BEFORE.search(text[max(claim.sentence_start, m.start - 60) : m.start])
    ]
    if beaten and party in {m.id for m in beaten}:
        kept = [m for m in before if m not in beaten and m.id != party]
        return kept[0].id if kept else None
    before += context.people_in(claim.sentence_start, claim.start)
    if before:
        return party
    after = context.mentions_in(context.party_mentions, claim.end, claim.sentence_end)
    if after and after[0].id == party:
        between = context.text[claim.end : after[0].start]
        if not re.fullmatch(r"(?:\s+votes?)?\s+(?:for|to)\s+(?:the\s+)?", between, re.I):
            return None
    return party


_BEATEN_BEFORE = lazy_compile(
    rf"\b(?:{alternation(lx.OPPONENT_WORDS)})\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}$"
)
# "In 2019 he beat Nigel Dodds by 1,943 votes": the one beaten is the object of a pronoun
# subject, whose majority it is (the person the sentence before names).
_PRONOUN_DEFEATED = lazy_compile(
    rf"\b(?:he|she)\s+(?:[a-z]+ly\s+)?(?:{alternation(lx.DEFEAT_VERBS)})\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# ("the majority Christopher Pincher left behind in Tamworth": his own, at his last contest)
_OWNER_VERB = lazy_compile(r"\s+(?:had|won|enjoyed|held|secured|left|defended|built\s+up)\b")
_HIS_MAJORITY = lazy_compile(r"\b(?:his|her)\s+(?:[a-z-]+\s+)?majority\b", re.I)


def _uncandidated_leaders(context: ArticleContext) -> list[Mention]:
    """Mentions of leaders who stood in none of the article's seats (once per article)."""
    memo = context.__dict__
    if "_uncandidated_leaders" not in memo:
        memo["_uncandidated_leaders"] = [
            m
            for m in context.person_mentions
            if m.id in context.people and m.is_leader and not context.people[m.id].candidacies
        ]
    return memo["_uncandidated_leaders"]


def _owner_named_after(claim: Claim, context: ArticleContext) -> Mention | None:
    """ "far below the 22,428 majority Mr Vaz had in 2017": the person the majority is
    said to belong to, right after it."""
    text = context.text
    after = _MAJORITY_THEN_OWNER.match(text, claim.end, claim.sentence_end)
    if after:
        named = context.people_in(after.end(), after.end() + 1)
        if named and _OWNER_VERB.match(text, named[0].end):
            return named[0]
    return None


def _members_last_contest(
    context: ArticleContext, resolved: subj.ResultSubject, person: Mention
) -> subj.ResultSubject | None:
    """The named member's last contest in the seat before the one chosen, when the record
    names that one's candidates and the member is not among them."""
    stood = context.people.get(person.id)
    if stood is None or not subj.stood_elsewhere(context, resolved.seat, resolved.election, person):
        return None
    before = [
        context.reference.elections[e]
        for e, seat in stood.candidacies
        if seat == resolved.seat
        and e in context.reference.elections
        and context.reference.elections[e].date < resolved.election.date
    ]
    if not before:
        return None
    election = max(before, key=lambda e: e.date)
    result = context.result_for(resolved.seat, election)
    if result is None:
        return None
    return subj.ResultSubject(
        resolved.seat, election, result, "the member's last contest in the seat", resolved.evidence
    )


def _owner_person(claim: Claim, context: ArticleContext) -> Mention | None:
    """Whose majority: the clause's person, but not one it was won over ("His majority over
    the Conservative Giles Watling was 8,405" is not Watling's; "his" is the earlier subject)."""
    text = context.text
    named_after = _owner_named_after(claim, context)
    if named_after is not None:
        return named_after
    bracket = _BRACKET_MAJORITY_BEFORE.search(
        text, max(claim.sentence_start, claim.start - 30), claim.start
    )
    if bracket is not None:
        # "**Tim Farron (majority 21,472)**": the name the bracket hangs on
        named = context.people_in(claim.sentence_start, bracket.start() + 1)
        if named and not text[named[-1].end : bracket.start() + 1].strip():
            return named[-1]
    person = subj.person_near(claim, context)
    if person is None:
        return None
    owned = [
        m
        for m in context.people_in(claim.sentence_start, claim.start)
        if _POSSESSIVE_OWNER_BEFORE.fullmatch(text, m.end, claim.start)
    ]
    if owned:
        # "Sarah Olney overturned Zac Goldsmith's majority of 23,015": the possessive's.
        return owned[-1]
    if _two_counts_before(claim, context):
        # "Mr Davies won 13,976 votes to Mr Opik's 12,792, a majority of 1,184": a majority
        # in apposition to two counts is the sentence subject's, not the last count's owner.
        first = context.people_in(claim.sentence_start, claim.start)
        return first[0] if first else person
    before = text[max(claim.sentence_start, person.start - 60) : person.start]
    if not (
        _BEATEN_BEFORE.search(before)
        or _PRONOUN_DEFEATED.search(text, claim.sentence_start, person.start)
    ):
        return person
    owners = [
        m
        for m in context.people_in(claim.sentence_start, person.start)
        if not _BEATEN_BEFORE.search(text[max(claim.sentence_start, m.start - 60) : m.start])
    ]
    if owners:
        # "Jeremy Corbyn ..., beating Labour's X by 7,247 votes": the one who beat X.
        return owners[0]
    if not (
        _HIS_MAJORITY.search(text[claim.sentence_start : claim.start])
        or _PRONOUN_DEFEATED.search(text, claim.sentence_start, person.start)
    ):
        return None
    earlier = context.mentions_in(context.person_mentions, 0, claim.sentence_start)
    if not earlier:
        return None
    last = context.sentence_at(earlier[-1].start)
    # (not the one beaten: "Nigel Dodds had held Belfast North, and John Finucane came close
    # in 2017. In 2019 he beat Nigel Dodds by 1,943 votes")
    return next((m for m in earlier if m.start >= last.start and m.id != person.id), None)


_MAJORITY_THEN_OWNER = lazy_compile(
    # ("**19,634** – the majority Christopher Pincher left behind": a line's label dash)
    r"(?:\s+votes?)?(?:(?:\*\*|__)?\s*[–—-]\s+the)?\s+majority\s+(?:that\s+|which\s+)?"
)
_TWO_COUNTS = lazy_compile(r"\d[\d,]*\s+(?:votes?\s+)?to\s+[^,;]*?\d[\d,]*\s*(?:\([^)]*\)\s*)?$")


def _two_counts_before(claim: Claim, context: ArticleContext) -> bool:
    """Whether the majority stands in apposition to "A votes to Y's B"."""
    text = context.text
    breaks = subj.clause_breaks(text, claim.sentence_start, claim.start)
    if not breaks or not is_apposition(text, breaks[-1].start(), claim.start):
        return False
    lo = breaks[-2].end() if len(breaks) > 1 else claim.sentence_start
    return bool(_TWO_COUNTS.search(text[lo : breaks[-1].start()]))


def _over_whom(claim: Claim, context: ArticleContext) -> Mention | None:
    """The side a majority is said to be over: "a majority of N over the Lib Dems"."""
    text = context.text
    m = re.match(r"(?:\s+votes?)?\s+over\s+(?:the\s+)?", text[claim.end : claim.sentence_end])
    if m is None:
        return None
    at = claim.end + m.end()
    # (within its clause: "over the Conservatives; UKIP's Bryan Foster was third" is over
    # the Conservatives, not Foster)
    stop = _CLAUSE_STOP.search(text, at, min(claim.sentence_end, at + 40))
    end = stop.start() if stop else at + 40
    people = [p for p in context.people_in(at, end) if p.start <= at + 25]
    parties = [p for p in context.mentions_in(context.party_mentions, at, min(end, at + 30))]
    parties = [p for p in parties if p.start <= at + 15]
    named = sorted([*people[:1], *parties[:1]], key=lambda p: p.start)
    if people and named[0] is not people[0] and people[0].start < parties[0].end + 3:
        return people[0]  # ("over the Conservative Mark Bowen": the party names the person)
    return named[0] if named else None


_CLAUSE_STOP = lazy_compile(r"[;.]|,\s+(?!the\b)")


def _owner_party(claim: Claim, context: ArticleContext) -> Mention | None:
    """A party written on the majority: "a Labour majority of 3,500", "a 7,210 Tory majority"."""
    text = context.text
    for m in context.mentions_in(context.party_mentions, claim.start - 60, claim.end + 10):
        if _BEATEN_BEFORE.search(text[max(claim.sentence_start, m.start - 60) : m.start]):
            continue  # "took the seat from Labour with a majority of N": not Labour's
        before = text[m.end : claim.start] if 0 <= claim.start - m.end <= 40 else None
        if before is not None and _OWNER_BEFORE.fullmatch(before):
            return m
        after = text[claim.end : m.start] if 0 <= m.start - claim.end <= 8 else None
        if (
            after is not None
            and re.fullmatch(r"(?:-vote|\s+votes?)?\s+", after)
            and _OWNED_NOUN_AFTER.match(text, m.end)
        ):
            return m
    return None


# The noun a party written after the figure owns it by: "a 7,210 Tory majority", "the
# 24,664-vote Conservative stronghold".
_OWNED_NOUN_AFTER = lazy_compile(rf"\s+(?:majority|{alternation(lx.MARGIN_SEAT_NOUNS)})\b")


# An owner's measure before its figure ("Labour's majority of", "the Tory lead of over");
# a person owns it only by the possessive ("David Rendel's majority of").
_OWNED_MEASURE_TO_FIGURE = (
    r"\s+(?:[a-z-]+\s+){0,2}?(?:majority|lead)\s+(?:of\s+)?(?:just\s+|only\s+|"
    r"over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+)?"
)
_OWNER_BEFORE = lazy_compile(r"(?:['’]s)?" + _OWNED_MEASURE_TO_FIGURE)
_POSSESSIVE_OWNER_BEFORE = lazy_compile(r"['’]s?" + _OWNED_MEASURE_TO_FIGURE)


def _judge_under(
    claim: Claim,
    context: ArticleContext,
    resolved: subj.ResultSubject,
    party: str | None,
    overturned: bool,
    owned: bool,
    cues: list[Evidence],
    frame: str | None = None,
    person_owned: bool = False,
) -> tuple[Finding, Reading]:
    """The verdict if the figure is the majority in this contest (or the one before it)."""
    evidence = list(resolved.evidence) + cues
    result = resolved.result
    when = subj.election_label(resolved.election)

    def unjudged(reason: str) -> tuple[Finding, Reading]:
        finding = base.unverifiable(claim, reason)
        return finding, base.reading_of(finding, resolved.ids(party), evidence)

    if overturned and not resolved.explicit:
        # The majority someone overturned or defended is the one won last time.
        baseline = derive.baseline_result(context.reference, result)
        if baseline is None:
            return unjudged("no earlier result for the majority being overturned")
        result = baseline
        when = subj.election_label(context.reference.elections[baseline.election])
    winner = derive.winning_party(context.reference, result)
    party = subj.stood_as(result, party)
    if owned and party and winner and party != winner and not resolved.explicit and not overturned:
        # "flipping a Labour majority of 3,500": a majority the named party held, so the
        # contest before the one it lost.
        baseline = derive.baseline_result(context.reference, result)
        if baseline is not None and derive.winning_party(context.reference, baseline) == party:
            result = baseline
            when = subj.election_label(context.reference.elections[baseline.election])
            winner = party
    actual = derive.majority(context.reference, result)
    if actual is None:
        return unjudged("the official result does not give a majority for this seat")
    loser = _loser(claim, context) if frame == "defeat" else None
    if loser and loser == winner:
        # "Labour lost by 422" where Labour won: the sentence means another contest.
        return unjudged(
            f"{subj.party_label(context, loser)} won the {when} "
            f"in {subj.seat_label(context, resolved.seat)}; the sentence has them losing"
        )
    if (
        frame is None
        and party
        and winner
        and party != winner
        and (owned or person_owned or winner not in subj.named_parties(claim, context))
    ):
        # Naming a loser as the majority's owner means we may have the wrong contest.
        return unjudged(
            f"{subj.party_label(context, party)} did not win the {when} "
            f"in {subj.seat_label(context, resolved.seat)}"
        )
    top = derive.ranked(context.reference, result)
    beaten = _over_whom(claim, context)
    if beaten is not None and len(top) > 2 and not overturned:
        # "a majority of 15,289 over the Liberal Democrats", who came fourth: the lead
        # over the side named, not over the runner-up.
        if beaten.kind == "person":
            over = subj.candidate_in(result, beaten.id)
        else:
            over = subj.party_candidate(result, beaten.id)
        if over is not None and over is not top[1] and over is not top[0]:
            if over.votes is None or top[0].votes is None:
                return unjudged("the official result does not give both candidates' votes")
            actual = top[0].votes - over.votes
    if claim.quantity.unit == "percent":
        # "Majority: 5,694 (11.5%)": the majority over the valid vote.
        total = derive.total_votes(context.reference, result)
        if not total:
            return unjudged("the official result does not give the total vote")
        actual = 100.0 * actual / total
    who = subj.party_label(context, winner)
    note = ""
    if top and top[0].name:
        who = f"{top[0].name} ({who})"
        note = f"{top[0].votes:,} to {top[1].votes:,}" if len(top) > 1 else ""
    measure = "majority"
    if beaten is not None and actual != derive.majority(context.reference, result):
        measure = f"lead over {beaten.text} (not the runner-up)"
        note = ""
    finding = base.judged(
        claim,
        actual,
        context,
        subject=f"{measure} of {who} — {subj.seat_label(context, resolved.seat)}, {when}",
        source=context.reference.cite(result.source),
        official=(
            f"{measure} {actual:.2f}% of the valid vote"
            if claim.quantity.unit == "percent"
            else f"{measure} {actual:,}"
        ),
        note=note,
    )
    finding.doubt = subj.does_not_add_up(result) or ""
    if (
        claim.quantity.unit == "percent"
        and finding.verdict == Verdict.FALSE
        and _PARTY_THEN_MAJORITY.search(context.text, claim.sentence_start, claim.start)
    ):
        # "1983 — Labour, majority 11,301 (51.5%)": a box giving the party, its majority and
        # a share in brackets may mean the majority's share or the party's own.
        own = derive.share(context.reference, result, winner) if winner else None
        if own is not None:
            theirs = base.judged(claim, own, context, subject="", source="", official="")
            if theirs.verdict != Verdict.FALSE:
                finding = base.unverifiable(
                    claim,
                    f"two readings disagree: the majority as a share of the vote "
                    f"({actual:.2f}%, false) or the winner's share ({own:.2f}%, true)",
                )
    ids = {
        "seat": resolved.seat,
        "contest": subj.contest_id(context.reference.elections[result.election], resolved.seat),
        "party": winner,
        "candidate": top[0].name if top and top[0].name else None,
    }
    return finding, base.reading_of(finding, ids, evidence)
