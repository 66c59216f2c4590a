"""electorate: "an electorate of 78,000", "its 71,234 registered voters", "Electorate: 71,234"."""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import Sentence, lazy_compile
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "electorate"
CODE = "FC117"
SUMMARY = "the number of registered electors in a contest"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("votes",)
RULE = (
    "The number of registered electors at the contest the text points to, from the official "
    "result. A national electorate is not checked, and a result with no electorate recorded is "
    "unverifiable."
)
EXAMPLES = (
    Example(
        "Trudy Harrison won the Copeland by-election from an electorate of 60,602.",
        "60,602",
        "true",
        official="60,602",
        date="2017-02-24",
    ),
    Example(
        "Trudy Harrison won the Copeland by-election from an electorate of 60,700.",
        "60,700",
        "approximately_true",
        official="60,602",
        date="2017-02-24",
    ),
    Example(
        "Trudy Harrison won the Copeland by-election from an electorate of 60,612.",
        "60,612",
        "false",
        official="60,602",
        date="2017-02-24",
    ),
)
# Before turnout and votes, which would otherwise read an electorate as a count of votes.
PRECEDENCE = 105
RESULT = True
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("electorate", "registered", "electors", "register", "roll")
# The unit is "votes" so that a round figure is judged at its precision, as vote counts are.
PATTERNS = [
    # "an electorate of 78,000", "out of an electorate of just over 71,000", "the electorate was"
    base.pattern(
        rf"\belectorate\s+(?:was|is|stood\s+at|numbered|totalled|totals|had\s+grown\s+to|of|at)"
        rf"\s+(?:some\s+|just\s+|only\s+)?{base.HEDGED}{base.NUM}"
        # ("the smallest seat by electorate was 69.6 per cent": a percentage is no count;
        # "its electorate is about 10,000 lower": a difference)
        rf"(?![\d.,]*\s*(?:%|per\s?cent|(?:{alternation(lx.DIFFERENCE_COMPARATIVES)})\b))",
        "votes",
    ),
    # "Electorate: 71,234" in a results block
    base.pattern(rf"\belectorate\s*:\s*{base.NUM_DIGITS}", "votes", needs=(":",)),
    # A results block's own line: "ELECTORATE 77,559", "Electorate 66,778".
    base.pattern(rf"^[ \t]*electorate[ \t]+{base.NUM_DIGITS}[ \t]*$", "votes", flags=re.I | re.M),
    # "Electorate 71,764; Turnout 53,440 (74.5%)": a key-facts line run on; or set out in
    # columns, a wide gap after the figure ("Electorate 75,668      Turnout 67.6%").
    # ("Lab majority 239. Electorate 71,429. Rejected ballot papers 91.": run on with stops)
    base.pattern(
        rf"(?:^|[;|•·]\s*|(?<=\d)\.[ \t]+)[ \t]*electorate[ \t]+{base.NUM_DIGITS}"
        rf"(?=\s*(?:[;|•·,]|\.(?:\s|$)|$)|[ \t]{{2,}}\S|\t)",
        "votes",
        flags=re.I | re.M,
    ),
    # "There were 71,284 people on the electoral register", "66,616 names on the register"
    base.pattern(
        rf"(?<![+\-−–]){base.NUM_DIGITS}(?P<unit>[ \t]+(?:people|names|voters|electors)"
        r"[ \t]+on[ \t]+the[ \t]+(?:electoral[ \t]+)?(?:register|roll))\b",
        "votes",
        needs=("register", "roll"),
        people=True,
    ),
    # "the seat's 71,234 registered voters", "its 71,234 electors"
    base.pattern(
        # (on one line: "+1.6⏎Registered electors 61,820" in a pasted table is two rows; and
        # a signed change is no count; "six in ten electors" is a fraction)
        rf"(?<![+\-−–])(?<!\bin\s){base.NUM}"
        r"(?P<unit>[ \t]+(?:registered\s+(?:voters|electors)|electors))\b",
        "votes",
        needs=("registered", "electors"),
    ),
]
# A number followed by "voters" is taken by the shared checks for a count of people, not a
# result; after "an electorate of" the voters are the electorate.
_VOTERS_AFTER = lazy_compile(r"(?<=\d)\s+voters\b", re.I)


def extract(text: str, sentences: list[Sentence]) -> list[Claim]:
    # Blanked, not removed, so every offset into the text stays the same.
    masked = _VOTERS_AFTER.sub(lambda m: " " * len(m.group()), text)
    return [
        c
        for c in base.claims_from_patterns(NAME, masked, sentences, PATTERNS)
        # ("the signatures of ten electors": no seat's electorate is that small)
        if c.quantity.value >= _SMALLEST_ELECTORATE
    ]


# Fewer electors than any Westminster seat has had since 1918 (the smallest, the
# University of Wales, had 1,066 in 1918): a count of people, not an electorate.
_SMALLEST_ELECTORATE = 1_000


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if subj.is_national(claim, context):
        return base.unverifiable(claim, "a national electorate is not checked")
    if "seat_row" in claim.cues:
        # A table with one row per seat: the row's seat cell names the seat.
        row = base.seat_row_owner(claim, context)
        if isinstance(row, Finding):
            return row
        resolved: subj.ResultSubject | str = row.resolved
    else:
        resolved = subj.resolve_result(claim, context)
    if isinstance(resolved, str):
        return base.unverifiable(claim, resolved)
    subject = subj.describe(context, resolved, "electorate")
    electorate = resolved.result.electorate
    if not electorate:
        return base.unverifiable(claim, "the official result gives no electorate", subject=subject)
    return base.judged(
        claim,
        electorate,
        context,
        subject=subject,
        source=subj.cite(context, resolved),
        official=f"electorate {electorate:,}",
    )
