"""seats: a party's national total of seats at a general election, "Labour won 411 seats".

Counted from the winners of every seat's result. Where a seat's winner is unknown
(before 2010, "others" are one total), the count is a range and only a figure
outside it is false.
"""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding, Verdict
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.quantities import WORDS
from factcheck.language.sentences import lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "seats"
CODE = "FC116"
SUMMARY = "a party's national total of seats at a general election"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("count",)
RULE = (
    "A party's national total of seats at a general election, counted from the winner of every "
    "seat's result. Where some winners are not recorded by party (before 2010, Northern "
    "Ireland and the Speaker are counted as 'others'), the total is a range, and a figure "
    "inside it is unverifiable, never false."
)
EXAMPLES = (
    Example(
        "Labour won 411 seats at the 2024 general election.",
        "411 seats",
        "true",
        official="411",
        date="2024-07-05",
    ),
    Example(
        "The Conservatives won 131 seats at the 2024 general election.",
        "131 seats",
        "false",
        official="121",
        date="2024-07-05",
    ),
)
_NATION = f"(?:{alternation(lx.NATION_NAMES)})"
# The subject of a count of seats that is several parties: "the National Government
# returned 554 MPs", "the coalition had 363 seats".
_COALITION_SUBJECT = lazy_compile(
    r"\bthe\s+(?:National\s+Government|coalition|government|Alliance\s+parties)\b(?!['’])", re.I
)
_NATION_ADJECTIVE = f"(?:{alternation(lx.NATION_ADJECTIVES)})"
PRECEDENCE = 100
RESULT = True
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("seats", "mps")
PATTERNS = [
    base.pattern(
        rf"\b(?:won|winning|wins|took|taking|secured|securing|with|and|on|returned|total\s+of|"
        rf"(?:reduced|cut|fell|rose|increased|slumped|collapsed|surged|down|up|retreated|slipped|"
        rf"dropped|climbed|jumped|advanced)\s+to)\s+"
        rf"(?:just\s+|only\s+)?{base.NUM}(?P<unit>\s+(?:seats|MPs))\b(?!\s+(?:more|fewer|less))",
        "count",
    ),
    base.pattern(
        rf"['’]s?\s+{base.NUM}(?P<unit>\s+(?:seats|MPs))\b(?!\s+(?:more|fewer|less))", "count"
    ),
    # "Labour won 411 of the 650 seats": a count out of a total, which must be the whole
    # House's for the count to be national, or a nation's for the count to be that nation's
    # ("56 of Scotland's 59 seats", "14 of the 40 Welsh seats"; see `verify`).
    base.pattern(
        rf"\b(?:won|winning|wins|took|taking|secured|securing|holds|held|returned|with)\s+"
        rf"(?:just\s+|only\s+)?{base.NUM}(?P<unit>)\s+(?:of|out\s+of)\s+(?:the\s+|its\s+)?"
        rf"(?:{_NATION}['’]s?\s+)?(?P<total>\d{{2,3}})\s+(?:{_NATION_ADJECTIVE}\s+)?seats\b",
        "count",
        cues=lambda m: {"of_total": m.group("total")},
        needs=("of",),
    ),
    # A tally after a colon: "That completes the picture: Conservatives 317 seats, ..."
    base.pattern(
        rf":[ \t]+(?:the[ \t]+)?(?-i:[A-Z][\w'’-]+)(?:[ \t]+(?-i:[A-Z][\w'’-]+))?[ \t]+"
        rf"{base.NUM}(?P<unit>\s+(?:seats|MPs))\b(?!\s+(?:more|fewer|less))",
        "count",
        needs=(":",),
    ),
]

# A party's count listed after another's, "seats" elided: "the Conservatives won 317 seats,
# Labour 262, the SNP 35 and the Liberal Democrats 12".
_LISTED = base.pattern(
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?"
    r"(?-i:[A-Z][\w'’-]*)(?:[ \t]+(?-i:[A-Z][\w'’-]*)){0,2}[ \t]+"
    # (a count the House can hold: "Hartlepool 3,595" after it is no party's seats)
    r"(?P<n>\d{1,3})(?!\d|[,.]\d|%)(?=[ \t]*(?:[,.;)]|and\b|$))",
    "count",
)


def extract(text, sentences) -> list[Claim]:
    # "won 56 of Scotland's 59 seats": the second figure is a total to choose from.
    claims = [
        c
        for c in base.claims_from_patterns(NAME, text, sentences, PATTERNS)
        if not _OUT_OF.search(text[max(c.sentence_start, c.start - 30) : c.start])
        and not _OUT_OF_OPENING.fullmatch(text, c.sentence_start, c.start)
    ]
    by_start = {s.start: s for s in sentences}
    listed = []
    for claim in claims:
        s = by_start.get(claim.sentence_start)
        at = claim.end
        while s is not None:
            m = _LISTED.regex.match(text[s.start : s.end], at - s.start)
            new = base.claim_from_match(NAME, text, s, m, _LISTED) if m else None
            if new is None:
                break
            new.cues["listed"] = f"{claim.start}:{claim.end}"
            listed.append(new)
            at = new.end
    return sorted(claims + listed, key=lambda c: c.start)


# ("six of the region's eight seats", "Of Scotland's 59 seats, the Conservatives won six")
_OUT_OF = lazy_compile(
    # ("**48** of Scotland's 59 seats": the first figure in bold)
    rf"(?:\d|\b{WORDS})(?:\*\*|__)?\s+(?:of|out\s+of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’]*\s+|[\w-]+['’]s?\s+)?$",
    re.I,
)
_OUT_OF_OPENING = lazy_compile(r"[\s\"'“‘]*(?:Of|Out\s+of)\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?")


# "took six seats from Labour": seats gained from a party, not the party's total.
_FROM_PARTY = lazy_compile(r"\s+(?:off|from)\s+(?:the\s+)?")
# Seats counted as gains by the words after them.
_GAINS_AFTER = lazy_compile(
    r"(?:\s+(?:seats?|MPs?))?(?:"
    r"\s+(?:that\s+|which\s+)?(?:it|they|he|she)\s+(?:had|did)\s+not\s+(?:hold|held|win|won)\b"
    r"|\s+(?:previously|formerly)\s+(?:held|won)\s+by\b"
    r"|\s+(?:taken|won|gained|captured|seized)\s+(?:off|from)\b"
    r"|\s+from\s+(?:other|rival|the\s+other)\s+parties\b"
    r"|,\s+(?:[\w-]+|all|most)\s+of\s+(?:them|which)\s+(?:from|off)\b"
    r"|\s+of\s+(?:them|which)\s+(?:from|off)\b)",
    re.I,
)


# "..., leaving them with 14 of the 40 Welsh seats": a pronoun stands for the party.
_PRONOUN_BEFORE = lazy_compile(r"\b(?:them|they|their|it|its)\b[^,;]{0,20}$", re.I)


def _owners(claim: Claim, context: ArticleContext, party: str) -> list[str]:
    """The parties a count may belong to: where a pronoun stands for the party after a
    sentence naming several, the sentence's first (its subject), then each other named."""
    head = context.text[claim.sentence_start : claim.start]
    pronoun = _PRONOUN_BEFORE.search(head)
    named = context.mentions_in(context.party_mentions, claim.sentence_start, claim.start)
    if pronoun is None or not named or named[-1].start > claim.sentence_start + pronoun.start():
        return [party]
    return list(dict.fromkeys([named[0].id, party, *(m.id for m in named)]))


# "nine of Scotland's 57 seats", "27 of the 32": a whole that a count is taken from.
_OF_TOTAL_BEFORE = lazy_compile(
    r"\b(?:\d[\d,]*|[a-z]+)\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s?\s+)$"
)
# "Norfolk's nine seats", "the North East's 29 seats": an area's own seats.
_WHOLE_HOUSE = (
    "UK",
    "Britain",
    "Great Britain",
    "United Kingdom",
    "Commons",
    "House",
    "Westminster",
)
_AREA_BEFORE = lazy_compile(r"\b((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s?\s+$")


# A nation with its seats: "Scotland, fighting on new boundaries with 59 seats", "Wales,
# which has 40 seats".
_NATION_WITH_BEFORE = lazy_compile(
    rf"\b(?P<nation>{alternation(lx.NATION_NAMES)})\b(?:,|\s)[^.;]{{0,60}}?"
    r"\b(?:with|has|had|have|elects|elected|returns|returned|sends)\s+(?:just\s+|only\s+)?$"
)


_INTO_ELECTION_WITH = lazy_compile(
    r"\b(?:went|gone|going|go|goes)\s+into\s+(?:the|this|that)\s+(?:general\s+)?"
    r"(?:election|campaign|contest)\s+(?:with|holding|on)\s+(?:just\s+|only\s+)?\Z",
    re.I,
)


def _leader_subject(claim: Claim, context: ArticleContext, lead: str) -> str | None:
    """The party of a leader who is the subject of the figure's clause, with no party named
    after them ("..., yet Theresa May is left with 317 seats"): the leader's party."""
    start = claim.start - len(lead)
    leaders = [m for m in context.people_in(start, claim.start) if m.is_leader and m.party]
    if not leaders:
        # "Theresa May called the election ... She is left with 317 seats": the leader a
        # subject pronoun stands for
        pronoun = _PRONOUN_HAS.search(context.text, start, claim.start)
        referent = (
            subj.pronoun_person(claim, context, pronoun.start()) if pronoun is not None else None
        )
        if referent is not None and referent.is_leader and referent.party:
            return referent.party
        return None
    if context.mentions_in(context.party_mentions, leaders[-1].end, claim.start):
        return None
    if not _LEADER_HAS.match(context.text, leaders[-1].end, claim.start):
        return None
    return leaders[-1].party


# "Theresa May is left with", "Mr Johnson won", "Sir Keir has": the leader's own verb
# (after the name, or after "she"/"he" standing for them).
_HOLDS_SEATS = (
    r"\s+(?:is|was|has\s+been|had\s+been|has|had)?\s*(?:left\s+with|won|wins|took|takes|has|had|"
    r"secured|ended\s+(?:up\s+)?with|returned\s+with)\s+(?:just\s+|only\s+|some\s+)?\Z"
)
_LEADER_HAS = lazy_compile(_HOLDS_SEATS, re.I)
_PRONOUN_HAS = lazy_compile(rf"\b(?:she|he){_HOLDS_SEATS}", re.I)


_IN_PLACE_AFTER = lazy_compile(r"(?:\s+(?:seats?|MPs))?\s+in\s+(?:the\s+)?", re.I)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    lead = context.text[
        subj.clause_start(context.text, claim.sentence_start, claim.start) : claim.start
    ]
    if _COALITION_SUBJECT.search(lead):
        # "..., and the National Government returned 554 MPs": several parties' total.
        return base.unverifiable(claim, "a government's or coalition's seats, not one party's")
    if _INTO_ELECTION_WITH.search(lead):
        # "The Lib Dems, who had gone into the election with 57 MPs, came out with eight":
        # the seats held at dissolution, not a result of the election.
        return base.unverifiable(claim, "the seats a party held going into the election")
    taken = _FROM_PARTY.match(context.text, claim.end)
    if (
        taken and context.mentions_in(context.party_mentions, taken.end(), taken.end() + 1)
    ) or _GAINS_AFTER.match(context.text, claim.end):
        # ("took 75 seats previously held by Labour", "won 58 seats it had not held", "won
        # 36 seats, 28 of them from the Conservatives", "won 14 seats from other parties")
        return base.unverifiable(claim, "seats taken from another party are gains, not a total")
    within = _IN_PLACE_AFTER.match(context.text, claim.end, claim.sentence_end)
    if within and context.mentions_in(context.seat_mentions, within.end(), within.end() + 1):
        # "Labour won two seats in Bolton": the seats of a two-member borough (or of a
        # town's constituencies), not the party's national total.
        return base.unverifiable(claim, "seats within a constituency or town: not checked")
    party = _leader_subject(claim, context, lead) or subj.party_near(claim, context)
    if party is None:
        return base.unverifiable(claim, "no party is named for this number of seats")
    party, *other_parties = _owners(claim, context, party)
    election = subj.general_election_for(claim, context)
    if isinstance(election, str):
        return base.unverifiable(claim, election)
    nation_size = _NATION_WITH_BEFORE.search(
        context.text, max(claim.sentence_start, claim.start - 80), claim.start
    )
    if nation_size and not context.mentions_in(
        context.party_mentions, nation_size.end("nation"), claim.start
    ):
        # "Scotland, fighting on new boundaries with 59 seats, stayed loyal to Labour":
        # the nation's number of seats, not a party's.
        return base.unverifiable(claim, "a nation's number of seats, not a party's total")
    if _OF_TOTAL_BEFORE.search(
        context.text, max(claim.sentence_start, claim.start - 40), claim.start
    ):
        # "nine of Scotland's 57 seats": the whole the count is taken from, not a party's.
        return base.unverifiable(claim, "the seats a count is taken from, not a party's total")
    # "won 56 of Scotland's 59 seats", "six seats in Wales", "Welsh Labour won 22 seats":
    # the nation's seats.
    nation = subj.nation_of(claim, context) or subj.branded_nation(claim, context)
    area = _AREA_BEFORE.search(
        context.text, max(claim.sentence_start, claim.start - 40), claim.start
    )
    if (
        nation is None
        and area
        and area.group(1) not in lx.NATION_NAMES
        and re.sub(r"^the\s+", "", area.group(1)) not in _WHOLE_HOUSE
        and not context.mentions_in(context.party_mentions, area.start(1), area.end(1))
        and not context.people_in(area.start(1), area.end(1))
    ):
        # "held eight of Norfolk's nine seats": an area the record does not count by.
        return base.unverifiable(
            claim, f"a count of seats in {area.group(1)}, an area the record does not total"
        )
    if nation is None and "listed" in claim.cues:
        # "The SNP won 35 seats, Labour 7 and the Conservatives 13": a list headed by a
        # party that stands in one nation only counts that nation's seats.
        nation = _home_nation(claim, context, election.id)
    if nation is None:
        before = subj.nation_named_before(claim, context)
        there = derive.election_totals(context.reference, election.id, before) if before else None
        named = {
            m.id
            for m in context.mentions_in(
                context.party_mentions, claim.sentence_start, claim.sentence_end
            )
        }
        if there is not None and all(there.votes.get(p) for p in {party, *named}):
            # (not when the sentence names a party that stood nowhere in the nation: "The
            # Liberal Democrats inched up to 12 seats, and the DUP's 10 MPs ...")
            # "In Scotland Labour took 56 of the 72. ... the Liberal Democrats won 10 seats",
            # "Scotland stayed loyal to Labour. The Lib Dems took 11 seats there": the
            # nation's count, or the House's.
            primary = _judge(claim, context, party, other_parties, election, before)
            uk = _judge(claim, context, party, other_parties, election, None)
            ids = {"seat": None, "contest": election.id, "party": party, "candidate": None}
            return base.over_readings(
                claim,
                primary,
                base.reading_of(primary, ids, []),
                [(uk, base.reading_of(uk, ids, []))],
            )
    return _judge(claim, context, party, other_parties, election, nation)


def _home_nation(claim: Claim, context: ArticleContext, election: str) -> str | None:
    """The one nation the party heading a listed count stood in, if it stood in only one."""
    head = int(claim.cues["listed"].split(":")[0])
    named = context.mentions_in(context.party_mentions, claim.sentence_start, head)
    whole = derive.election_totals(context.reference, election)
    if not named or whole is None or not whole.votes.get(named[-1].id):
        return None
    party = named[-1].id
    for nation in lx.NATION_NAMES.values():
        there = derive.election_totals(context.reference, election, nation)
        if there is not None and there.votes.get(party) == whole.votes[party]:
            return nation
    return None


def _judge(
    claim: Claim, context: ArticleContext, party: str, other_parties: list[str], election, nation
) -> Finding:
    """The verdict if the figure is the party's seats in `nation` (None: the House)."""
    totals = derive.election_totals(context.reference, election.id, nation)
    if totals is None and nation is not None:
        return base.unverifiable(claim, subj.area_totals_missing(context, election, nation))
    if totals is None:
        return base.unverifiable(claim, f"no results for the {subj.election_label(election)}")
    house = sum(totals.seats.values())
    if claim.cues.get("of_total") and int(claim.cues["of_total"]) != house:
        # "27 of the 32 seats" with no nation named: a region's seats, not the House's.
        whose = f"the {house} of {subj.nation_label(nation)}" if nation else f"the House's {house}"
        return base.unverifiable(
            claim, f"a count out of {claim.cues['of_total']} seats, not {whose}"
        )
    won, unknown = totals.seats.get(party, 0), totals.seats.get("", 0)
    label = subj.party_label(context, party)
    where = f" in {subj.nation_label(nation)}" if nation else ""
    subject = f"{label} seats{where} at the {subj.election_label(election)}"
    source = subj.national_source(context, election)
    claimed = claim.quantity.value
    if unknown and won <= claimed <= won + unknown:
        return Finding(
            claim,
            Verdict.UNVERIFIABLE,
            f"{won} seats counted, and {unknown} seats' winners are not recorded by party",
            subject=subject,
            source=source,
        )
    if unknown:
        official = (
            f"{won} to {won + unknown} seats ({unknown} seats' winners not recorded by party)"
        )
        return Finding(
            claim,
            Verdict.FALSE,
            f"official: {official}",
            rule="the count must be in the range",
            subject=subject,
            source=source,
        )
    finding = base.judged(
        claim, won, context, subject=subject, source=source, official=f"{won} seats"
    )
    ids = {"seat": None, "contest": election.id, "party": party, "candidate": None}
    primary = (finding, base.reading_of(finding, ids, []))
    others = []
    if totals.seats.get("speaker") and speakers_party(context, election) == party:
        # Many published tallies count the Speaker with the party they were elected for.
        with_speaker = base.judged(
            claim,
            won + 1,
            context,
            subject=f"{subject}, counting the Speaker",
            source=source,
            official=f"{won + 1} seats with the Speaker",
        )
        others.append((with_speaker, base.reading_of(with_speaker, ids, [])))
    for other in other_parties:
        count = totals.seats.get(other, 0)
        finding = base.judged(
            claim,
            count,
            context,
            subject=f"{subj.party_label(context, other)} seats{where} at the "
            f"{subj.election_label(election)}",
            source=source,
            official=f"{count} seats",
        )
        other_ids = {**ids, "party": other}
        others.append((finding, base.reading_of(finding, other_ids, [])))
    then = subj.national_in_force(claim, context, election)
    then_totals = derive.election_totals(context.reference, then.id, nation) if then else None
    if then and then_totals and not then_totals.seats.get("", 0):
        # "In 2017 ... Labour took 262 seats": the time the narrative moved to.
        then_won = then_totals.seats.get(party, 0)
        earlier = base.judged(
            claim,
            then_won,
            context,
            subject=f"{label} seats{where} at the {subj.election_label(then)}",
            source=subj.national_source(context, then),
            official=f"{then_won} seats",
        )
        then_ids = {"seat": None, "contest": then.id, "party": party, "candidate": None}
        others.append((earlier, base.reading_of(earlier, then_ids, [])))
    finding = base.over_readings(claim, *primary, others)
    tally = base.results_night_tally(claim, context, election.date, won)
    if finding.verdict == Verdict.FALSE and tally:
        finding.verdict = Verdict.UNVERIFIABLE
        finding.reason = f"{tally}; {finding.reason}"
    return finding


def speakers_party(context: ArticleContext, election) -> str | None:
    """The party the sitting Speaker last stood for before taking the chair, if recorded."""
    reference = context.reference
    # The same for every claim: found once per reference and election (a pass over the
    # election's 650 results).
    memo = reference.__dict__.setdefault("_speakers_party", {})
    if election.id not in memo:
        memo[election.id] = _speakers_party(reference, election)
    return memo[election.id]


def _speakers_party(reference, election) -> str | None:
    for result in reference.results.for_election(election.id):
        if derive.winning_party(reference, result) != "speaker":
            continue
        earlier = [
            c
            for c in derive.contests(reference, result.constituency)
            if c.election.date < election.date and c.winner not in (None, "speaker")
        ]
        return earlier[-1].winner if earlier else None
    return None
