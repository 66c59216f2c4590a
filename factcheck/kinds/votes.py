"""votes: "taking 13,748 votes", "polled 7,853", "to Mr Nuttall's 5,233"."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from factcheck.claims import Claim, Evidence, Finding, Qualifier, Reading, Verdict
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import LIST_MARKER_LINE, lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext, Mention

NAME = "votes"
CODE = "FC101"
SUMMARY = "votes won by a candidate or party"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("votes",)
RULE = (
    "The votes won by the candidate or party the clause names, at the contest the text points "
    "to (the seat and election named in the sentence or paragraph, the by-election the article "
    "reports, the article's date), from the official result. An exact count that is another "
    "candidate's vote in the same contest, or one for a candidate or party that did not stand, "
    "is unverifiable. A party's votes across the country or a nation ('Nationally the Brexit "
    "Party won 644,257 votes') are judged against the sum over every seat; an exact figure "
    "within 0.1% of that sum is unverifiable, as totals differ by source by a few hundred votes."
)
EXAMPLES = (
    Example(
        "Trudy Harrison won the Copeland by-election with 13,748 votes.",
        "13,748 votes",
        "true",
        official="13,748",
        date="2017-02-24",
    ),
    Example(
        "Trudy Harrison won the Copeland by-election with 13,478 votes.",
        "13,478 votes",
        "false",
        official="13,748",
        date="2017-02-24",
    ),
)
PRECEDENCE = 160
RESULT = True
# Words one of which must be in the text for this kind to match.
TRIGGERS = (
    "vote",
    " on ",
    "poll",
    "won",
    "took",
    "taking",
    "secur",
    "receiv",
    "got",
    "gain",
    "garner",
    "attract",
    "with",
    ")",
    "scor",
    "had",
    "tally",
    "haul",
    "'s ",
    "’s ",
    "s' ",
    "s’ ",
)
_VERB = (
    r"(?:polled|polling|polls|received|receiving|won|wins|winning|took|takes|taking|secured|"
    r"securing|got|gets|getting|"
    # ("compared with 4,427 in 2015" sets a figure against another: not a count's "with")
    r"gained|garnered|attracted|scored|scoring|(?<!compared )(?<!level )with)"
)
# "won 25 general elections in a row": a count of wins after the figure, not votes.
_WIN_COUNT = (
    rf"\s+(?:(?:{alternation(lx.WIN_COUNT_QUALIFIERS)})\s+)*"
    rf"(?:{alternation(lx.WIN_COUNT_NOUNS)})\b"
)
# "with a humiliating 483": a word judging the figure between the verb and it.
_JUDGED = rf"(?:an?\s+(?:{alternation(lx.FIGURE_ADJECTIVES)})\s+)?"
# The owner of the count after "votes to", if named: "Mr Nuttall's ", "the Conservatives' ".
_TO_OWNER = r"(?:[A-Z][\w.’' -]{0,40}?(?:['’]s|(?<=s)['’])\s+)?"
# "by 27 votes after a recount, 15,862 to 15,835": the recounts between a margin and its tallies.
_RECOUNTS = (
    r"(?:[ \t]+(?:after|following)[ \t]+(?:a|an|two|three|four|five|several)[ \t]+"
    r"(?:[a-z]+[ \t]+)?recounts?)?"
)
# The owner of a score line's second count: "Thangam Debbonaire's ", "the Conservatives' ".
_SCORE_OWNER = r"(?:the[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w.-]*(?:['’]s|(?<=s)['’])[ \t]+"
PATTERNS = [
    # "- 13,286: votes for Jane Dodds", "- **21,113**: votes cast for Carswell"
    base.pattern(
        r"(?:^|(?<=\n))[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*\**"
        rf"{base.NUM_DIGITS}(?=\**[ \t]*[:–—-][ \t]+votes?(?:[ \t]+cast)?[ \t]+for\b)",
        "votes",
    ),
    # "13,748 votes" (not "a 2,000-vote majority", which is majority's; "by 187 votes" is a margin)
    base.pattern(
        # ("We were 4,452 votes away from making history": a distance from a win)
        rf"(?<!\bby\s){base.NUM}(?P<unit>\s+votes?\b)(?!\s+(?:majority|behind|short|ahead|clear|adrift|away|"
        rf"{alternation(lx.COUNT_GAP_VERBS)})\b)"
        # ("54 votes is closer than anyone expected": a margin compared, not a count)
        r"(?!\s+(?:is|was)\s+(?:\w+\s+)?(?:closer|narrower|tighter|smaller|bigger|larger|wider)\b)",
        "votes",
        needs=("vote",),
    ),
    # "her 18,846 falling short of ...": a figure owned by a pronoun
    base.pattern(
        # (not "his 100 games in charge": a count of another noun)
        rf"\b(?:his|her)\s+{base.NUM_DIGITS}(?![\w%-]|\s*(?:per|points?|majority|seats?)"
        r"|\s+(?!votes?\b|and\b|to\b|in\b|at\b|on\b|was\b|were\b|fell\b|rose\b|"
        r"falling\b|rising\b|dropped\b)[a-z])",
        "votes",
        needs=("his ", "her "),
    ),
    # A key-facts line: "Votes: 13,342"
    base.pattern(
        rf"^\s*votes?\s*:\s*{base.NUM_DIGITS}(?![\w%])", "votes", needs=("votes:", "vote:")
    ),
    # A results block: "Gen Kitchen (Lab) 13,844; Helen Harrison (C) 7,408"
    base.pattern(
        rf"[A-Za-z.]\s+\([A-Z][\w .&'-]{{0,30}}\)\s+{base.NUM_DIGITS}(?![\w%])",
        "votes",
        flags=0,
        needs=("(",),
    ),
    # A count in brackets after a name or a finishing place: "Ms Forbes (10,484)",
    # "came in third (7,243)".
    base.pattern(
        rf"(?:\b[A-Z][\w'’.-]+|\b(?:{alternation(lx.ORDINALS)}|last|place))"
        rf"[ \t]+\({base.NUM_DIGITS}\)",
        "votes",
        flags=0,
        needs=("(",),
    ),
    # "..., against 19,317 for Michael Portillo"
    base.pattern(
        rf"\b(?:against|compared\s+(?:to|with))\s+{base.HEDGED}{base.NUM_DIGITS}"
        rf"(?=\s+(?:votes?\s+)?for\b)",
        "votes",
        needs=("against", "compared"),
    ),
    # "polled 13,748", "won with 7,853"
    base.pattern(
        rf"\b{_VERB}\s+(?:just\s+|only\s+)?{_JUDGED}{base.HEDGED}{base.NUM_DIGITS}(?!\s*(?:%|per\s?cent|points?|seats?|years?|majority|-vote))\b"
        rf"(?!{_WIN_COUNT})",
        "votes",
    ),
    # "Mr Levy's tally of 17,440", "a haul of 21,113"
    base.pattern(
        rf"\b(?:tally|haul)\s+of\s+{base.HEDGED}{base.NUM_DIGITS}"
        rf"(?!\s*(?:%|per\s?cent|points?|seats?|MPs|councillors))(?![\w])",
        "votes",
        needs=("tally", "haul"),
    ),
    # "the Conservative total of 12,002", "Labour's vote total of 24,762": a party's or
    # person's total (not "a total of 15 candidates": the owner is named before it)
    base.pattern(
        rf"(?:['’]s?|(?-i:\b[A-Z][\w-]+))\s+(?:vote\s+)?total\s+of\s+{base.HEDGED}{base.NUM_DIGITS}"
        rf"(?!\s*(?:%|per\s?cent|points?|seats?|MPs|councillors|candidates|constituencies))(?![\w])",
        "votes",
        needs=("total",),
    ),
    # "Labour's Nick Grant had 7,219.": "had" only with nothing counted after the figure
    base.pattern(
        rf"\bhad\s+(?:just\s+|only\s+)?{base.NUM_DIGITS}(?=\s+votes?\b|\s*[,.;)]|\s*$|\s+and\b)",
        "votes",
        needs=("had",),
    ),
    # A score line: "Carla Denyer 24,539 to Thangam Debbonaire's 14,132" (each count its
    # owner's: the name before the first, the possessive before the second).
    base.pattern(
        rf"{base.CAPITAL}[\w'’.-]+[ \t]+{base.NUM_DIGITS}(?=[ \t]+to[ \t]+{_SCORE_OWNER}\d)",
        "votes",
        flags=0,
        needs=(" to ",),
    ),
    base.pattern(
        rf"{base.CAPITAL}[\w'’.-]+[ \t]+\d[\d,]*\d[ \t]+to[ \t]+{_SCORE_OWNER}{base.NUM_DIGITS}"
        r"(?![\w%]|\s*(?:per|points?|seats?))",
        "votes",
        flags=0,
        needs=(" to ",),
    ),
    # "won by 17,845 votes to 8,399", "beat her by 21,660 votes to Ms Frith's 21,555": the
    # winner's tally (the majority kind leaves it: two tallies, not a margin).
    base.pattern(
        rf"\bby\s+{base.NUM_DIGITS}(?=\s+votes?\s+to\s+{_TO_OWNER}\d)",
        "votes",
        needs=("by ",),
    ),
    # A margin's two tallies after it: "won by 20 votes, 16,333 to 16,313".
    base.pattern(
        rf"\bvotes?{_RECOUNTS},[ \t]+{base.NUM_DIGITS}"
        r"(?=[ \t]+to[ \t]+\d[\d,]{2,}(?![\w%]|[.,]\d))",
        "votes",
        needs=("vote",),
    ),
    base.pattern(
        rf"\bvotes?{_RECOUNTS},[ \t]+\d[\d,]{{2,}}[ \t]+to[ \t]+{base.NUM_DIGITS}(?![\w%]|\.\d)",
        "votes",
        needs=("vote",),
    ),
    # "polling 22,472 to 21,806": the second tally, the other side's (the verb's own is
    # read above; "won 2,000 to 1,500 seats" counts something else)
    base.pattern(
        rf"\b{_VERB}\s+(?:just\s+|only\s+)?\d[\d,]{{2,}}[ \t]+to[ \t]+(?:{_SCORE_OWNER})?"
        rf"{base.NUM_DIGITS}(?![\w%]|\s*(?:per|points?|seats?|MPs|councillors))",
        "votes",
        needs=(" to ",),
    ),
    # "... votes to Mr Nuttall's 5,233", "... votes to 11,601 for X"
    base.pattern(
        rf"\bvotes?\s+to\s+{_TO_OWNER}{base.NUM_DIGITS}"
        rf"(?!\s*(?:%|per\s?cent|points?))\b",
        "votes",
        flags=0,
    ),
]


# In a sentence that speaks of votes: "X on 5,233", and a gapped "and Labour's Karen Shore 12,639".
ON_PATTERN = base.pattern(
    rf"\bon\s+(?!(?:19|20)\d\d\b){base.NUM_DIGITS}(?!\s*(?:%|per\s?cent|points?|seats?|years?|days?|per\b))(?!\w|,\d)",
    "votes",
)
# "compared to Azhar Ali's 2,402", "to Mr Balls' 18,354": a count a name owns outright,
# not one hanging on a noun after it ("Labour's 2,000 members").
POSSESSIVE_PATTERN = base.pattern(
    rf"{base.CAPITAL}[\w.-]*(?:['’]s|(?<=s)['’])\s+{base.NUM_DIGITS}"
    rf"(?![\w%-]|\s*(?:per\b|points?\b|pts\b|seats?\b|majority\b))"
    rf"(?!\s+(?!votes?\b|(?:{alternation(lx.AFTER_OWNED_FIGURE)})\b)[a-z])",
    "votes",
    flags=0,
)
GAPPED_PATTERN = base.pattern(
    # ("and" first, then the word boundary before it: the matcher scans for "and")
    rf"and(?<!\wand)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,4}}\s+{base.NUM_DIGITS}(?![\w%,]|\s*(?:per|points?))",
    "votes",
    flags=0,
)


# A sentence that speaks of votes: the word, or a result frame ("ahead of Plaid Cymru on
# 3,051", "came third on 1,672", "polled 10,088 and Labour's X 4,026").
_VOTING = lazy_compile(rf"\bvotes?\b|\b(?:{alternation(lx.RESULT_FRAME_WORDS)})\b", re.I)


_SHIFT_OF_BEFORE = lazy_compile(
    r"\b(?:turnaround|turn-round|turnround|reversal|shift|swing|swings)\s+of\s+"
    r"(?:(?:some|about|around|nearly|almost|more\s+than|over)\s+)?$",
    re.I,
)


def extract(text, sentences) -> list[Claim]:
    claims = base.claims_from_patterns(NAME, text, sentences, PATTERNS)
    # "317 seats ..., and Labour won 262": in a sentence counting seats, a bare small number
    # takes the sentence's unit, not "votes".
    # So does one in the sentence after: "... won 317 seats. Labour won 262."
    starts = [s.start for s in sentences]
    # (once per pair of sentences, not per claim: a sentence may hold thousands)
    counting: dict[tuple[int, int], bool] = {}

    def counts_seats(c: Claim) -> bool:
        span = (_previous_start(starts, c), c.sentence_end)
        if span not in counting:
            counting[span] = bool(_SEATS_WORD.search(text[span[0] : span[1]]))
        return counting[span]

    voting = [
        s
        for s in base.sentences_holding(_VOTING, text, sentences)
        if _VOTING.search(text, s.start, s.end)
    ]
    claims += base.claims_from_patterns(
        NAME, text, voting, [ON_PATTERN, GAPPED_PATTERN, POSSESSIVE_PATTERN]
    )
    # ("won 301 seats to the Conservatives' 297": the possessive's figure too)
    claims = [
        c
        for c in claims
        if not (c.quantity.value < 700 and "vote" not in c.text.lower() and counts_seats(c))
    ]
    # A vote count is a whole number of at least a few dozen: "won with 2" is not one; and
    # a bare year is a year ("up 29 points on his 2015 showing").
    return [
        c
        for c in claims
        if c.quantity.value >= 20
        and float(c.quantity.value).is_integer()
        # ("taking 29.2 per cent to his 29.0": a figure with a decimal point is no count)
        and not _DECIMAL.search(c.text)
        # ("admitted that 41 votes would be hard to win back": a count as the subject of
        # a modal is a thought about it, not a candidate's tally)
        and not subj.MODAL_PREDICATE_AFTER.match(text, c.end)
        # ("roughly 198,000 votes per Liberal Democrat MP": a rate, not a count)
        and not _PER_UNIT_AFTER.match(text, c.end)
        # ("a turnaround of 26,825 votes": a difference between two results, not a count)
        and not _SHIFT_OF_BEFORE.search(text, max(c.sentence_start, c.start - 30), c.start)
        and not re.fullmatch(r"(?:19|20)\d\d", c.text)
        # "more than doubled his 2010 vote", "Labour's 2019 vote held up": the year's vote
        and not (
            _YEAR_VOTE.fullmatch(c.text)
            and _DETERMINER_BEFORE.search(text, max(c.sentence_start, c.start - 12), c.start)
        )
        # "held by 60 and 75 votes respectively": a margin's parallel, not a count
        and not _MARGIN_PARALLEL_BEFORE.search(text, max(c.sentence_start, c.start - 30), c.start)
        # "a Labour lead of just 65 votes": a margin (kinds/majority)
        and not _LEAD_OF_BEFORE.search(text, max(c.sentence_start, c.start - 30), c.start)
        # "by one thousand four hundred and thirty-three votes": a margin in words (not a
        # pair of tallies: "beat James Frith by 21,660 votes to 21,555")
        and not (
            _BY_MARGIN_BEFORE.search(text, max(c.sentence_start, c.start - 20), c.start)
            and not _PAIR_AFTER.match(text, c.end)
        )
        # "the loss of more than 11,000 votes from its 1983 total": a change, not a count
        and not _CHANGE_OF_BEFORE.search(text, max(c.sentence_start, c.start - 40), c.start)
        # '"Ninety-eight votes. Every single one counted."': a count alone, with no verb,
        # says nothing of whose votes (often the winner's majority)
        and not (
            _QUOTE_OPENS_BEFORE.search(text, max(c.sentence_start, c.start - 3), c.start)
            and _COUNT_ENDS.match(text, c.end)
        )
    ]


_DECIMAL = re.compile(r"\d\.\d")


def _lead_start(claim: Claim) -> int:
    """Where the figure's sentence starts, for an item of a list run on in it its lead's."""
    lead = claim.cues.get("lead")
    return int(lead.split(":")[0]) if lead else claim.sentence_start


_GENERAL_NAMED = lazy_compile(r"\b(?:general\s+)?election\b", re.I)
_ELIDED_AFTER_HELD = lazy_compile(
    r"\bhad\s+\d[\d,]*\s*(?:,|and)\s+(?:the\s+)?[A-Z][\w'’ -]{1,40}?\s+$"
)
_HELD_COUNT_BEFORE = lazy_compile(
    r"\b(?:had|has|have|held|holds|won|took|(?:ended|finished)\s+(?:up\s+)?(?:with|on)|"
    r"(?:was|were)\s+left\s+with|fell\s+to|rose\s+to|(?:down|up)\s+to)\s+"
    r"(?:just\s+|only\s+|a\s+mere\s+)?$",
    re.I,
)
_PER_UNIT_AFTER = lazy_compile(
    r"(?:\s+votes?)?\s+(?:per|for\s+(?:each|every))\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:MPs?|seats?|members?|candidates?|constituenc(?:y|ies)|winners?)\b",
    re.I,
)
_YEAR_VOTE = lazy_compile(r"(?:19|20)\d\d\s+votes?", re.I)
_DETERMINER_BEFORE = lazy_compile(
    r"(?:\b(?:his|her|their|its|our|my|the|this|that)|['’]s?|(?<=s)['’])\s+$", re.I
)
_QUOTE_OPENS_BEFORE = lazy_compile(r"[\"“‘]\s*$")
_COUNT_ENDS = lazy_compile(r"(?:\s+votes?)?\s*[.!]", re.I)
_CHANGE_OF_BEFORE = lazy_compile(
    rf"\b(?:(?:{alternation(lx.VOTE_CHANGE_NOUNS)})\s+of|(?:{alternation(lx.VOTE_CHANGE_VERBS)})"
    rf"(?:\s+(?:another|a\s+further|some))?)\s+{base.HEDGED}$",
    re.I,
)
# ("a majority of fifteen thousand five hundred and sixty-three votes": the margin too)
_LEAD_OF_BEFORE = lazy_compile(
    r"\b(?:lead|majority)\s+of\s+(?:just\s+|only\s+|a\s+mere\s+|some\s+)?$", re.I
)
_PAIR_AFTER = lazy_compile(r"(?:\s+votes?)?\s+to\s+(?:just\s+|only\s+)?\d")
_BY_MARGIN_BEFORE = lazy_compile(r"\bby\s+(?:just\s+|only\s+|exactly\s+|some\s+)?$", re.I)
_MARGIN_PARALLEL_BEFORE = lazy_compile(
    r"\bby\s+(?:just\s+|only\s+)?\d[\d,]*\s*,?\s+(?:and|or)\s+(?:by\s+)?$", re.I
)


_SEATS_WORD = lazy_compile(r"\b(?:seats|MPs)\b")


def _previous_start(starts: list[int], claim: Claim) -> int:
    """Where the sentence before the claim's starts (its own, when it is the first)."""
    i = bisect_right(starts, claim.sentence_start) - 1
    return starts[i - 1] if i > 0 else claim.sentence_start


# A numbered or bulleted list item, and the lines above it that introduce the list.

# A figure other than a list item's number or a year.
_FIGURE = lazy_compile(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?(?![.)]\s)")
_MARGIN_HEADING = lazy_compile(
    r"\b(?:majorit(?:y|ies)|margins?|closest|narrowest|tightest|smallest\s+wins?)\b", re.I
)


def _in_margin_list(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure is a list item's under an introduction that says the list gives
    majorities ("the ten seats with the smallest majorities ... 1. Kensington (Labour gain
    from Conservative) – 20 votes"): then "N votes" is the margin, not a candidate's vote."""
    text = context.text
    line_start = text.rfind("\n", 0, claim.start) + 1
    line_end = text.find("\n", claim.end)
    line_end = len(text) if line_end < 0 else line_end
    if not LIST_MARKER_LINE.match(text, line_start):
        return False
    if claim.sentence_start > line_start + 3:
        return False  # the item's own first sentence only, not "Meg Hillier won 24,724 votes."
    lo, hi = max(line_start, claim.sentence_start), min(line_end, claim.sentence_end)
    if len(_FIGURE.findall(text, lo, hi)) != 1:
        return False  # one figure per item: "Dudley North – 22 votes", not a line of counts
    # Up through the list's own items to the line that introduces it (a few lines at most).
    at = line_start
    for _ in range(12):
        if at == 0:
            return False
        prev = text.rfind("\n", 0, at - 1) + 1
        line = text[prev : at - 1]
        if line.strip() and not LIST_MARKER_LINE.match(line):
            return bool(_MARGIN_HEADING.search(line))
        at = prev
    return False


# A count in brackets after an item: "(57 votes)", "(559)".
_BRACKETED_COUNT = lazy_compile(r"\(\s*$")
_BRACKET_CLOSES = lazy_compile(r"(?:\s+votes?)?\s*\)", re.I)


def _in_margin_sentence(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure is a bracketed count after an item of a sentence that says its
    items are margins ("The closest by-elections were Beith's at Berwick in 1973 (57
    votes) and Livsey's in 1985 (559)"): the margin, as in a list under such a heading."""
    text = context.text
    if not (
        _BRACKETED_COUNT.search(text, max(claim.sentence_start, claim.start - 3), claim.start)
        and _BRACKET_CLOSES.match(text, claim.end)
    ):
        return False
    head_end = text.find("(", claim.sentence_start, claim.start)
    # ("a majority of 19,143 over the Conservative Michael Naughton (9,050)": a count in
    # brackets right after a candidate's name is theirs)
    bracket = text.rfind("(", claim.sentence_start, claim.start)
    if any(
        not text[m.end : bracket].strip()
        for m in context.mentions_in(context.person_mentions, claim.sentence_start, bracket)
    ):
        return False
    if _MARGIN_HEADING.search(text, claim.sentence_start, head_end):
        return True
    # "The biggest Conservative majority is in Sleaford ... Mark Francois's Rayleigh and
    # Wickford (31,000) is the party's second-biggest": a ranking of majorities going on.
    i = context.sentence_index(claim.start)
    before = context.sentences[i - 1] if i > 0 else None
    return bool(
        before is not None
        and before.paragraph == context.sentences[i].paragraph
        and _MARGIN_HEADING.search(text, before.start, before.end)
        and _RANKING_AFTER.search(text, claim.end, claim.sentence_end)
    )


_RANKING_AFTER = lazy_compile(
    r"\b(?:\w+-)?(?:biggest|largest|safest|smallest|closest|narrowest|tightest)\b", re.I
)


def _elided_majority(claim: Claim, context: ArticleContext) -> bool:
    """Whether a bare figure in a later clause goes on with a majority the sentence's first
    clause measures ("X's majority in A fell from 4,652 to 293, and Mark Tami, in Alyn and
    Deeside, is left with only 213"): the same measure, left out."""
    text = context.text
    lo = text.rfind(", and ", claim.sentence_start, claim.start)
    if lo < 0 or not _LEFT_WITH.search(text, lo, claim.start):
        return False
    if _MEASURE_WORD.search(text, lo, claim.sentence_end):
        return False
    return bool(_MAJORITY_SUBJECT.search(text, claim.sentence_start, lo))


_LEFT_WITH = lazy_compile(
    r"\b(?:is|was|are|were)\s+(?:now\s+)?left\s+with\s+(?:just\s+|only\s+|a\s+mere\s+)?$", re.I
)
_MEASURE_WORD = lazy_compile(r"\b(?:votes?|per\s?cent|share|seats?|MPs)\b|%", re.I)
_MAJORITY_SUBJECT = lazy_compile(
    r"['’]s?\s+majorit(?:y|ies)\b[^,;]*?\b(?:fell|dropped|shrank|was\s+cut|"
    r"slumped|rose|grew|went)\b",
    re.I,
)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if _OVER_CONTESTS.search(subj.clause_of(claim, context)):
        # "Across his contests since 2015 he has now collected 67 votes in total"
        return base.unverifiable(claim, "a total over several contests is not checked")
    if (
        _in_margin_list(claim, context)
        or _in_margin_sentence(claim, context)
        or _elided_majority(claim, context)
    ):
        from factcheck.kinds import majority

        return majority.verify(replace(claim, kind="majority"), context)
    if (
        # (a total of votes: "Labour took 56 of Scotland's 72 constituencies" is a count of
        # seats misread, not the party's votes there)
        ("vote" in claim.text.lower() or claim.quantity.value >= 100_000)
        and (
            (nation := subj.nation_of(claim, context)) is not None
            or subj.is_national(claim, context)
        )
        and ((person := subj.person_near(claim, context)) is None or person.is_leader)
    ):
        # "Nationally the Brexit Party won 644,257 votes": the party's total over the seats.
        return _national_votes(claim, context, nation)
    if (
        "vote" not in claim.text.lower()
        and claim.quantity.value < 650
        # (after a general election, or in a sentence naming one, where a party's bare
        # count may be its seats; after a verb of holding, or elided after one: not "the
        # BNP 328" in a list, nor "polled 637")
        and (
            context.recent_general() is not None
            or _GENERAL_NAMED.search(context.text, _lead_start(claim), claim.sentence_end)
        )
        and (
            _HELD_COUNT_BEFORE.search(
                context.text, max(claim.sentence_start, claim.start - 30), claim.start
            )
            # ("Labour had 319 and the Conservatives 277")
            or _ELIDED_AFTER_HELD.search(context.text, _lead_start(claim), claim.start)
        )
        and not re.search(
            r"\d\s+votes?\b|\bvotes?\s+(?:for|to)\b",
            context.text[claim.sentence_start : claim.sentence_end],
        )
        and "seat_row" not in claim.cues
        # (a table's row is a vote count; an item run on in a sentence may be either)
        and ("row" not in claim.cues or "lead" in claim.cues)
        and not subj.paragraph_names_seat(claim, context)
        and subj.person_near(claim, context) is None
    ):
        # "The Conservatives had 121, which is roughly ...": a bare count for a party, in
        # a paragraph naming no seat, may be its seats as well as its votes somewhere.
        return base.unverifiable(claim, "a bare count for a party: its seats or its votes")
    if subj.over_any_seat(claim):
        return base.unverifiable(
            claim, "a count beyond any one seat's electorate: a total over many seats, not checked"
        )
    # (A row of a table with one row per seat names its own candidate: see `owner_of`.)
    stranger = None if "seat_row" in claim.cues else subj.unknown_owner(claim, context)
    if stranger:
        return base.unverifiable(
            claim, f"the figure is given for {stranger}, who is not in the reference data"
        )
    owner = base.owner_of(claim, context, "the figure")
    if isinstance(owner, Finding):
        return owner
    resolved, person, place = owner.resolved, owner.person, owner.place
    electorate = resolved.result.electorate
    if electorate and claim.quantity.value > electorate * resolved.result.seats:
        # "The Greens' 835,597 votes returned only one MP, Caroline Lucas in Brighton
        # Pavilion": more votes than the seat has voters are a total over many seats.
        if subj.party_near(claim, context) is not None:
            return _national_votes(claim, context, subj.nation_of(claim, context))
        return base.unverifiable(
            claim, "more votes than the seat's electorate: a total over many seats"
        )
    return base.judged_over_readings(
        claim, context, resolved, lambda r: _judge_under(claim, context, r, person, place)
    )


def _judge_under(
    claim: Claim,
    context: ArticleContext,
    resolved: subj.ResultSubject,
    person,
    place: int | None = None,
) -> tuple[Finding, Reading]:
    """The verdict if the figure is the named candidate's (or party's) vote in this contest."""
    evidence = list(resolved.evidence)
    if person is not None:
        evidence.append(Evidence(person.text, person.start, person.end, "candidate"))

    def unjudged(reason: str) -> tuple[Finding, Reading]:
        finding = base.unverifiable(claim, reason)
        return finding, base.reading_of(finding, resolved.ids(), evidence)

    result = resolved.result
    candidate = None
    if person is not None:
        candidate = subj.candidate_in(result, person.id)
        if candidate is None and any(c.name for c in result.candidates):
            return unjudged(
                f"{person.id} did not stand at the {subj.election_label(resolved.election)}"
            )
    if candidate is None and place is not None:
        # "The winner took 17,440 votes": the candidate in that place in this result.
        top = derive.ranked(context.reference, result)
        if len(top) <= place:
            return unjudged("the result has too few candidates")
        candidate = top[place]
    if candidate is None:
        # Party-level results name nobody: a known candidate stands for their party's total.
        party = (
            person.party if person is not None and person.party else subj.party_near(claim, context)
        )
        if party is None:
            return unjudged("no candidate or party is named for this figure")
        candidate = subj.party_candidate(result, party)
        if candidate is None:
            return unjudged(
                f"no single {subj.party_label(context, party)} candidate in this result"
            )
    if candidate.votes is None:
        return unjudged("the official result gives no votes for this candidate")
    who = f"{candidate.name or subj.party_label(context, candidate.party)}"
    if candidate.name:
        who += f" ({subj.party_label(context, candidate.party)})"
    finding = base.judged(
        claim,
        candidate.votes,
        context,
        subject=subj.describe(context, resolved, who),
        source=subj.cite(context, resolved),
        official=f"{candidate.votes:,} votes",
    )
    finding.doubt = subj.does_not_add_up(result) or ""
    if finding.verdict == Verdict.FALSE and claim.quantity.step == 1:
        # The exact figure of another candidate in the same contest: the sentence more likely
        # gives it to someone we did not pick than misreports it. Do not accuse; say so.
        other = [
            c for c in result.candidates if c is not candidate and c.votes == claim.quantity.value
        ]
        if other:
            name = other[0].name or subj.party_label(context, other[0].party)
            finding.verdict = Verdict.UNVERIFIABLE
            finding.reason = (
                f"{claim.quantity.as_written} is {name}'s vote, not {who}'s: "
                "which candidate the sentence means is unclear"
            )
    ids = resolved.ids(candidate.party or None, candidate.name or None)
    return finding, base.reading_of(finding, ids, evidence)


# A count summed over several contests: "across his contests since 2015", "over the four
# elections", "in his five campaigns".
_OVER_CONTESTS = lazy_compile(
    r"\b(?:across|over|in|from)\s+(?:all\s+)?(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:contests|elections|campaigns|attempts|outings|candidacies)\b",
    re.I,
)


# Totals over every seat differ between sources by a few hundred votes (how candidates of
# joint or local labels and the Speaker's seat are counted): a figure this close to the
# record's sum is not called false.
NATIONAL_SOURCE_SPREAD = 0.001


def verify_joint(claim: Claim, context: ArticleContext, joint: list[Mention]) -> Finding:
    """Votes of two parties or people or more together ("Labour and the Lib Dems won
    25,930 votes in Kensington"): the sum of their counts in one seat, or of the parties'
    national totals."""
    parties = [m.id for m in joint if m.kind == "party"]
    people = [m for m in joint if m.kind == "person"]
    names = " and ".join(m.text for m in joint)
    if parties and (
        claim.quantity.value >= 100_000
        or subj.nation_of(claim, context) is not None
        or subj.is_national(claim, context)
    ):
        nation = subj.nation_of(claim, context)
        election = subj.general_election_for(claim, context)
        if isinstance(election, str):
            return base.unverifiable(claim, election)
        totals = derive.election_totals(context.reference, election.id, nation)
        counts = [totals.votes.get(p) if totals is not None else None for p in parties]
        if not all(counts) or (
            derive.unattributed_votes(context.reference, election.id, nation) > 0
        ):
            return base.unverifiable(claim, f"the record does not total {names} together")
        actual = sum(c or 0 for c in counts)
        where = f" in {nation.replace('-', ' ').title()}" if nation else ""
        finding = base.judged(
            claim,
            actual,
            context,
            subject=f"{names} together{where} — {subj.election_label(election)}",
            source=subj.national_source(context, election),
            official=f"{names} {actual:,} votes over every seat{where}",
        )
        return _within_source_spread(claim, finding, actual)
    owner = base.owner_of(claim, context, "the figure")
    if isinstance(owner, Finding):
        return base.unverifiable(claim, f"a figure for {names} together: {owner.reason}")
    result = owner.resolved.result
    if people:
        found = [subj.candidate_in(result, m.id) for m in people]
    else:
        found = [next((c for c in result.candidates if c.party == p), None) for p in parties]
        if any(sum(c.party == p for c in result.candidates) > 1 for p in parties):
            found = [None]
    if not found or any(c is None or c.votes is None for c in found):
        return base.unverifiable(
            claim, f"a figure for {names} together: not all of them stood in that contest"
        )
    actual = sum(c.votes or 0 for c in found)
    seat = subj.seat_label(context, owner.resolved.seat)
    return base.judged(
        claim,
        actual,
        context,
        subject=f"{names} together — {seat} — {subj.election_label(owner.resolved.election)}",
        source=subj.cite(context, owner.resolved),
        official=" + ".join(f"{c.votes:,}" for c in found) + f" = {actual:,} votes",
    )


def _national_votes(claim: Claim, context: ArticleContext, nation: str | None) -> Finding:
    """A party's votes over every seat of a general election (or one nation's)."""
    party = subj.party_near(claim, context)
    if party is None:
        return base.unverifiable(claim, "no party is named for this total of votes")
    election = subj.general_election_for(claim, context)
    if isinstance(election, str):
        return base.unverifiable(claim, election)
    totals = derive.election_totals(context.reference, election.id, nation)
    actual = totals.votes.get(party) if totals is not None else None
    label = subj.party_label(context, party)
    where = f" in {nation.replace('-', ' ').title()}" if nation else ""
    if not actual:
        return base.unverifiable(
            claim, f"the record counts no votes for {label}{where} at the {election.name}"
        )
    finding = base.judged(
        claim,
        actual,
        context,
        subject=f"{label} votes{where} — {subj.election_label(election)}",
        source=subj.national_source(context, election),
        official=f"{label} {actual:,} votes over every seat{where}",
    )
    value = claim.quantity.value
    others = (
        derive.unattributed_votes(context.reference, election.id, nation)
        if finding.verdict == Verdict.FALSE and value > actual
        else 0
    )
    if actual < value <= actual + others:
        # "Labour polled 13,948,883 votes" in 1951: the record files some Labour winners
        # among its 1,513,677 votes for others, so its sum is a floor, not the total.
        return base.unverifiable(
            claim,
            f"the record counts {actual:,} votes for {label}{where}, and {others:,} for others "
            "in seats whose winner it does not record by party: the total may be higher",
        )
    return _within_source_spread(claim, finding, actual)


def _within_source_spread(claim: Claim, finding: Finding, actual: int) -> Finding:
    """A national total judged false but within the spread between sources' sums (a few
    hundred votes) is not judged."""
    if (
        finding.verdict != Verdict.TRUE
        and claim.quantity.qualifier == Qualifier.EXACT
        and abs(claim.quantity.value - actual) <= NATIONAL_SOURCE_SPREAD * actual
    ):
        return base.unverifiable(
            claim,
            f"the record's sum is {actual:,}; totals over every seat differ by source by a "
            "few hundred votes, so a figure this close is not judged",
        )
    return finding
