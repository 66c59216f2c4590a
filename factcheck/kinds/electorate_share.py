"""electorate_share: "backed by just 22.7% of the electorate", "the support of 15.1% of
those eligible", "only 12.5% of the electorate voted for her"."""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.language.sentences import lazy_compile
from factcheck.reference import derive
from factcheck.resolve import anaphora
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "electorate_share"
CODE = "FC125"
SUMMARY = "a winner's or party's votes as a share of the electorate"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("percent",)
RULE = (
    "The votes of the candidate or party the clause names over the registered electorate of "
    "the contest the text points to, from the official result (not their share of the votes "
    "cast, nor the turnout). A national share of the electorate is not checked, and a result "
    "with no electorate recorded is unverifiable."
)
EXAMPLES = (
    Example(
        "Trudy Harrison won the Copeland by-election with the backing of 22.7% of the electorate.",
        "22.7%",
        "true",
        official="22.69",
        date="2017-02-24",
    ),
    Example(
        "Trudy Harrison won the Copeland by-election with the backing of 51.3% of the electorate.",
        "51.3%",
        "false",
        official="22.69",
        date="2017-02-24",
    ),
)
# Before turnout, which would read "12.5% of the electorate voted" as the share voting.
PRECEDENCE = 108
RESULT = True
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("electorate", "eligible", "register", "registered")
_PCT = r"(?P<unit>\s?%|\s*per\s?cent\b)"
# What may follow a percentage figure's digits, up to "of".
_PCT_AFTER = r"(?:\s?%|\s*per\s?cent\b)?"
# Those who could vote: "the electorate", "those eligible (to vote)", "registered voters".
_ELIGIBLE = (
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|the\s+seat['’]s\s+|the\s+local\s+)?"
    r"(?:electorate|registered\s+(?:voters|electors)|eligible\s+(?:voters|electors)"
    r"|(?:those|people|voters|adults)\s+(?:eligible(?:\s+to\s+vote)?"
    r"|on\s+the\s+(?:electoral\s+)?(?:register|roll)))\b"
)
PATTERNS = [
    # "with the support of 15.1% of those eligible", "the backing of just 22.7% of the
    # electorate", "the votes of 12.1% of those on the register"
    base.pattern(
        rf"\b(?:support|backing|votes|endorsement)\s+of\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}"
        rf"\s+of\s+{_ELIGIBLE}",
        "percent",
    ),
    # "backed by 20.1% of the electorate", "cast by 29.4% of the electorate"
    base.pattern(
        rf"\b(?:backed|chosen|supported|cast|elected|returned)\s+by\s+{base.HEDGED}"
        rf"{base.NUM_DIGITS}{_PCT}\s+of\s+{_ELIGIBLE}",
        "percent",
    ),
    # "re-elected with 31.2% of the vote and just 13.7% of eligible voters", "won with
    # 15.1% of the electorate" (not "with 43.9% of eligible voters voting": a turnout)
    base.pattern(
        r"\b(?:won|elected|re-elected|returned|held\s+(?:on|the\s+seat|it))\b"
        rf"{base.CLAUSE}{{0,60}}?\b(?:with|and)\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}\s+of\s+{_ELIGIBLE}"
        r"(?!\s+(?:voting|turning|casting|went|who\s+voted))",
        "percent",
    ),
    # "Stephen Doughty's votes came from 12.1% of those on the register"
    base.pattern(
        rf"\bvotes\s+came\s+from\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}\s+of\s+{_ELIGIBLE}",
        "percent",
    ),
    # "only 12.5% of the electorate voted for her", "22.7% of registered voters backed him"
    base.pattern(
        rf"{base.NUM_DIGITS}{_PCT}\s+of\s+{_ELIGIBLE}\s+(?:voted\s+(?:for\b|(?-i:[A-Z]))|"
        r"backed|chose|supported|put\s+their\s+cross)",
        "percent",
    ),
]


# "... of the electorate voted for her": the backing of whom a pronoun stands for.
_BACKED_PRONOUN = lazy_compile(
    rf"{_PCT_AFTER}\s+of\s+{_ELIGIBLE}\s+(?:voted\s+for|backed|chose|supported)\s+"
    r"(?P<pronoun>him|her)\b",
    re.I,
)


def extract(text, sentences) -> list[Claim]:
    return base.claims_from_patterns(NAME, text, sentences, PATTERNS)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if subj.is_national(claim, context) or subj.nation_of(claim, context) is not None:
        return base.unverifiable(claim, "a national share of the electorate is not checked")
    owner = base.owner_of(claim, context, "the share of the electorate")
    if isinstance(owner, Finding):
        return owner
    if owner.place is not None:
        return base.unverifiable(claim, "a share of the electorate given by place is not checked")
    resolved, person = owner.resolved, owner.person
    backed = _BACKED_PRONOUN.match(context.text, claim.end, claim.sentence_end)
    if person is None and backed is not None:
        # "only 12.5% of the electorate voted for her": whom the pronoun stands for
        gender = anaphora.pronoun_gender(backed.group("pronoun"))
        person = anaphora.carried(context, backed.start("pronoun"), gender)
        if person is not None:
            again = subj.resolve_result(claim, context, person)
            if isinstance(again, str):
                return base.unverifiable(claim, again)
            resolved = again
    party = subj.party_near(claim, context, person)
    if party is None and person is None:
        return base.unverifiable(claim, "no party or candidate is named for this share")
    electorate = resolved.result.electorate
    candidate = subj.candidate_in(resolved.result, person.id) if person else None
    if candidate is not None and candidate.votes is not None:
        votes: int | None = candidate.votes
        label = f"{candidate.name} ({subj.party_label(context, candidate.party)})"
    else:
        party = subj.stood_as(resolved.result, party) or party
        label = subj.party_label(context, party)
        votes = derive.party_votes(resolved.result, party) if party else None
    subject = subj.describe(context, resolved, f"{label} share of the electorate")
    if not electorate:
        return base.unverifiable(claim, "the official result gives no electorate", subject=subject)
    if votes is None:
        return base.unverifiable(claim, f"no {label} candidate in this contest", subject=subject)
    actual = 100.0 * votes / electorate
    return base.judged(
        claim,
        actual,
        context,
        subject=subject,
        source=subj.cite(context, resolved),
        official=f"{label} {base.pct(actual)} of the electorate ({votes:,} of {electorate:,})",
    )
