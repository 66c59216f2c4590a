"""share: "took 44% of the vote", "a vote share of 37.3%", "share rose to 44%"."""

from __future__ import annotations

import re

from factcheck.claims import Claim, Evidence, Finding, Qualifier, Quantity, Reading, Verdict
from factcheck.judge import judge
from factcheck.kinds import base
from factcheck.kinds.examples import Example
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "share"
CODE = "FC103"
SUMMARY = "a share of the vote"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("percent",)
RULE = (
    "The share of the valid vote won by the candidate or party the clause names, at the "
    "contest the text points to, computed from the official votes; a national share ('33.7% of "
    "the vote nationally') is the party's votes over all votes at that general election, and "
    "a nation's ('36.9% of the vote in Scotland') over that nation's seats. A "
    "share in a results list may also be read against the list's own total (lists often round "
    "their own figures): either reading is true. A party with no candidate in the contest is "
    "unverifiable."
)
EXAMPLES = (
    Example(
        "Trudy Harrison took 44.3% of the vote in the Copeland by-election.",
        "44.3%",
        "true",
        official="44.25",
        date="2017-02-24",
    ),
    Example(
        "Trudy Harrison took 48.3% of the vote in the Copeland by-election.",
        "48.3%",
        "false",
        official="44.25",
        date="2017-02-24",
    ),
)
PRECEDENCE = 140
RESULT = True
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("%", "per cent", "percent", "of the vote", "votes cast", "the votes")
_PCT = r"(?P<unit>\s?%|\s*per\s?cent\b)"
PATTERNS = [
    # "- 43.5%: the Lib Dem share of the vote", "- 11.5%: the Brexit Party's share"
    base.pattern(
        base.FIGURE_FIRST.format(number=base.NUM_DIGITS + _PCT)
        + r"(?:[\w'’-]+[ \t]+){0,3}?share\b",
        "percent",
        needs=("share",),
    ),
    # A share in brackets after a vote count: "taking 13,844 votes (45.9%)", "Mr
    # Alexander's 18,029 (31.3%)". It belongs to the count's owner (see `person_near`).
    base.pattern(
        rf"\d(?:[ \t]+votes?)?[ \t]*\([ \t]*{base.NUM_DIGITS}{_PCT}[ \t]*[),]",
        "percent",
        needs=("(",),
    ),
    # A share in apposition after a vote count: "won 15,529 votes, or 51.9%, and ...",
    # "on 4,648 votes or 21.7%", "polling 28,809 votes for 55.0%".
    # Same owner as the count; the word "votes" must be written (a bare "6,940, or 23.2%"
    # may be a majority's share).
    base.pattern(
        rf"\d[ \t]+votes?(?:,[ \t]+(?:or[ \t]+)?|[ \t]+(?:or|for)[ \t]+){base.NUM_DIGITS}{_PCT}"
        # ("by 2,017 votes, 41.3% to 38.0%": the first of the pair after a margin)
        r"(?=[ \t]*[,.;)]|[ \t]+and\b|[ \t]+to[ \t]+\d)",
        "percent",
        needs=("votes",),
    ),
    base.pattern(
        rf"{base.NUM_DIGITS}{_PCT}\s+of\s+(?:the\s+)?(?:valid\s+|total\s+)?"
        r"(?:votes?|poll|ballots|total|votes\s+cast|(?:those|ballots)\s+cast)\b",
        "percent",
    ),
    base.pattern(
        rf"\bshare\s+(?:of\s+the\s+(?:[A-Z]+\s+|national\s+|popular\s+)?vote\s+)?"
        rf"(?:(?:had|has)\s+(?=reached|risen|fallen|climbed|dropped))?"
        rf"(?:of|was|is|at|stood\s+at|reached|rose\s+to|fell\s+to|risen\s+to|fallen\s+to|"
        rf"climbed\s+to|dropped\s+to)\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
    ),
    base.pattern(
        rf"\bshare\b{base.CLAUSE}{{0,60}}?\bto\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}", "percent"
    ),
    # "Labour's share, at 62.3%, ..."
    base.pattern(
        rf"\bshare,?\s+(?:at|on)\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
        needs=("share",),
    ),
    # "up from 36.8% in 2015", "fell to 1.8% from 12.6%": the earlier share
    base.pattern(
        rf"\bfrom\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}(?!\s+(?:of\s+the\s+electorate|turnout))",
        "percent",
        needs=("from",),
    ),
    # "..., against 43.6 per cent for Labour's X": the name after "for"
    base.pattern(
        rf"\b(?:against|compared\s+(?:to|with))\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}"
        r"(?=\s+for\b)",
        "percent",
        needs=("against", "compared"),
    ),
    # "the Liberal Democrat vote collapsed to 1.3%": the share a party's vote moved to.
    base.pattern(
        rf"\b(?:vote|share|support)\s+(?:{alternation(lx.SHARE_MOVE_VERBS)})\s+to\s+"
        rf"{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
        needs=(" to ",),
    ),
    # "while the Lib Dems climbed to 26.9%": a party's share moved to, the party (a name
    # in capitals, not turnout nor a pronoun: "It rose to 52.6% in 2017" takes up the
    # measure before it) as the verb's subject.
    base.pattern(
        rf"(?-i:\b(?!Turn-?out\b|(?:{alternation(lx.SUBJECT_PRONOUNS)})\b)"
        rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})\s+"
        rf"(?:{alternation(lx.SHARE_MOVE_VERBS)})\s+to\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
        needs=(" to ",),
    ),
    # "Mr Burnham's 54.8% share", "a 37% vote share"
    base.pattern(rf"{base.NUM_DIGITS}{_PCT}\s+(?:vote\s+)?share\b", "percent", needs=("share",)),
    # "... fell by 12 points to 35.9%": the share a change arrived at
    base.pattern(
        rf"(?:points?|%|per\s?cent)\s+to\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}",
        "percent",
        needs=(" to ",),
    ),
    base.pattern(
        rf"\b(?:won|winning|took|taking|polled|polling|secured|securing|got|getting|received|"
        rf"receiving|with|on)\s+{base.HEDGED}{base.NUM_DIGITS}{_PCT}(?!\s+(?:turnout|swing|of\s+the\s+electorate))",
        "percent",
    ),
]


# "compared to Beales' 43.56 per cent": a share a name owns outright, in a sentence about
# shares of the vote (not "Labour's 40% target").
POSSESSIVE_PATTERN = base.pattern(
    rf"{base.CAPITAL}[\w.-]*(?:['’]s|(?<=s)['’])\s+{base.NUM_DIGITS}{_PCT}"
    rf"(?!\s+(?!(?:{alternation(lx.AFTER_OWNED_FIGURE)})\b)[a-z])",
    "percent",
    flags=0,
)


_VOTE_SHARE = lazy_compile(r"\b(?:of\s+the\s+vote|vote\s+share|share)\b", re.I)


# "more than a quarter of the vote", "almost half the votes cast": a share as a fraction.
_FRACTION = lazy_compile(
    # ("less than half of the votes", "at least a quarter of the vote": the hedge is kept)
    r"\b(?P<hedge>(?:more\s+than|over|almost|nearly|just\s+under|just\s+over|about|around|"
    r"roughly|less\s+than|fewer\s+than|under|below|at\s+least|at\s+most)\s+)?"
    rf"(?P<n>{alternation(lx.VOTE_FRACTIONS)})\s+(?:of\s+)?(?:the|all)\s+"
    r"(?:vote|votes(?:\s+cast)?|ballots(?:\s+cast)?)\b",
    re.I,
)
_FRACTION_HEDGES = {
    "more than": Qualifier.MORE_THAN, "over": Qualifier.MORE_THAN, "almost": Qualifier.NEARLY,
    "nearly": Qualifier.NEARLY, "just under": Qualifier.NEARLY, "about": Qualifier.ABOUT,
    "around": Qualifier.ABOUT, "roughly": Qualifier.ABOUT, "just over": Qualifier.MORE_THAN,
    "less than": Qualifier.LESS_THAN, "fewer than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN, "below": Qualifier.LESS_THAN,
    "at least": Qualifier.AT_LEAST, "at most": Qualifier.AT_MOST,
}  # fmt: skip


_MAJORITY_WAS_BEFORE = lazy_compile(
    # (not "a majority of 52% of the vote", a share above half)
    r"\bmajority\s+(?:was|is|stood\s+at|came\s+to|amounted\s+to)\s+"
    r"(?:(?:almost|nearly|just|about|around|roughly|more\s+than|over|under|less\s+than)\s+)*$",
    re.I,
)


def _fraction_claims(text: str, sentences) -> list[Claim]:
    claims = []
    if "of the" not in text and " the vote" not in text:
        return claims
    # (only the sentences holding a word every match needs: "vote" or "ballots", and a fraction)
    for s in base.sentences_holding(_FRACTION, text, sentences):
        for m in _FRACTION.finditer(text, s.start, s.end):
            hedge = " ".join((m.group("hedge") or "").lower().split())
            value = lx.VOTE_FRACTIONS[" ".join(m.group("n").lower().split())]
            qualifier = _FRACTION_HEDGES.get(hedge, Qualifier.ABOUT)
            q = Quantity(value, m.group("n"), "percent", qualifier, step=5)
            start, end = m.start("n"), m.end("n")
            claims.append(Claim(NAME, q, start, end, text[start:end], s.start, s.end))
    return claims


def extract(text, sentences) -> list[Claim]:
    claims = base.claims_from_patterns(NAME, text, sentences, PATTERNS)
    claims += _fraction_claims(text, sentences)
    voting = [
        s
        for s in base.sentences_holding(_VOTE_SHARE, text, sentences)
        if _VOTE_SHARE.search(text[s.start : s.end])
    ]
    claims += base.claims_from_patterns(NAME, text, voting, [POSSESSIVE_PATTERN])
    # "from N%" is a share only in a sentence about shares of the vote; and a clause that
    # names another measure ("while turnout fell from 71.05% to 64.51%") is not about shares.
    return [
        c
        for c in claims
        # ("Her majority was almost a quarter of the votes cast", "His majority was 18.3 per
        # cent of the vote": the majority in share terms, not a candidate's share)
        if not _MAJORITY_WAS_BEFORE.search(text, max(c.sentence_start, c.start - 40), c.start)
        # ("a majority of 0.34 per cent of the vote", "won X by 0.09 per cent of the vote")
        and not base.majority_percent_lead(text, c)
        and (
            not text[max(c.sentence_start, c.start - 8) : c.start].rstrip().lower().endswith("from")
            or re.search(r"\b(?:share|vote)\b", text[c.sentence_start : c.sentence_end], re.I)
        )
        and not _OTHER_MEASURE.search(_clause_before(text, c))
        # ("by 2,017 votes, 41.3% to 38.0%": a pair of shares after the margin, not its own)
        and not (
            _MAJORITY_COUNT_BEFORE.search(text, c.sentence_start, c.start)
            and not _PAIR_TO_AFTER.match(text, c.end)
        )
        and not _elliptical_swing(text, c)
        and not _OF_THE_SEATS.match(text, c.end)
    ]


# "the party won 10 per cent of the seats": a share of seats, not of the vote.
_OF_THE_SEATS = lazy_compile(
    r"\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:seats|MPs|constituencies)\b", re.I
)


def _elliptical_swing(text: str, claim: Claim) -> bool:
    """ "needed a swing of about 3.2% to take the seat, and got 3.3%": the figure after
    "got" carries on the swing named before it, in a sentence that speaks of no share."""
    return bool(
        _GOT_BEFORE.search(text, max(claim.sentence_start, claim.start - 20), claim.start)
        and _SWING_WORD.search(text, claim.sentence_start, claim.start)
        and not _SHARE_WORDS.search(text, claim.sentence_start, claim.sentence_end)
    )


_GOT_BEFORE = lazy_compile(r"\b(?:got|getting|achieved|managed|delivered)\s+(?:[a-z]+\s+)?$")
_SWING_WORD = lazy_compile(r"\bswing\b", re.I)
_SHARE_WORDS = lazy_compile(r"\b(?:share|of\s+the\s+(?:vote|poll|votes))\b", re.I)


# "LD maj 1,771 (4.26%)", "won by 6,940 votes, or 23.2%": a share in brackets or in
# apposition after a majority is the majority's.
_MAJORITY_COUNT_BEFORE = lazy_compile(
    r"\b(?:maj(?:ority)?\.?:?\s+(?:of\s+)?|by\s+(?:just\s+|only\s+|some\s+)?"
    # ("the Conservative majority in Bristol West was 22,001, or 50.5% of the votes cast")
    rf"|{base.MAJORITY_TO_COUNT}(?:{base.MAJORITY_CHAIN})?)\d[\d,]*(?:\s+votes?)?\s*(?:\(|,\s+(?:or\s+)?)\s*$",
    re.I,
)
_PAIR_TO_AFTER = lazy_compile(r"\s+to\s+\d[\d.]*\s?(?:%|per\s?cent)", re.I)
_OTHER_MEASURE = lazy_compile(r"\b(?:turnout|turn-out|electorate)\b", re.I)


def _clause_before(text: str, claim: Claim) -> str:
    """The words from the start of the figure's clause to the figure."""
    head = text[claim.sentence_start : claim.start]
    return re.split(r",\s|;|\s[-–—]\s|\bwhile\b|\bwhereas\b|\bbut\b", head)[-1]


# "took 644,257 votes (2.0 per cent)": a share in brackets right after a count.
_COUNT_THEN_BRACKET = lazy_compile(r"(\d{1,3}(?:,\d{3})+)\s+votes?\s*\(\s*$", re.I)
# More votes than any one seat has electors: a total over many seats.
_NATIONAL_COUNT = 200_000


def _after_national_count(claim: Claim, context: ArticleContext) -> bool:
    """Whether the share is bracketed after a vote count too big for any one seat."""
    m = _COUNT_THEN_BRACKET.search(
        context.text, max(claim.sentence_start, claim.start - 30), claim.start
    )
    return m is not None and int(m.group(1).replace(",", "")) >= _NATIONAL_COUNT


def _national(
    claim: Claim, context: ArticleContext, nation: str | None = None, also_uk: bool = False
) -> Finding:
    """The party's share over every seat of the general election meant, or one nation's
    (and, `also_uk`, the UK's as another reading)."""
    party = subj.party_near(claim, context)
    if party is None:
        return base.unverifiable(claim, f"no party is named for this {_area(nation)[0]}")
    election = subj.general_election_for(claim, context)
    if isinstance(election, str):
        return base.unverifiable(claim, election)
    home = None
    if nation is None and not _UK_WIDE.search(subj.clause_of(claim, context)):
        # "Sinn Féin won seven, on 29.4 per cent": a party standing in one nation only may
        # be given its share there; in an article naming that nation, it is.
        home = subj.party_home_nation(context, election, party)
        if home is not None and _names_nation(context, home):
            nation, home = home, None
    primary = _national_under(claim, context, party, election, nation)
    then = subj.national_in_force(claim, context, election)
    others = [_national_under(claim, context, party, then, nation)] if then else []
    if home is not None:
        others.append(_national_under(claim, context, party, election, home))
    if also_uk:
        others.append(_national_under(claim, context, party, election))
    family = lx.PARTY_FAMILIES.get(party)
    if family:
        others.append(_national_family(claim, context, party, family, election, nation))
    return base.over_readings(claim, *primary, others)


_UK_WIDE = lazy_compile(
    r"\b(?:UK|United\s+Kingdom|Britain|British|GB|UK-wide|across\s+the\s+country)\b", re.I
)


def _names_nation(context: ArticleContext, nation: str) -> bool:
    """Whether the article names the nation ("Northern Ireland", "Scottish")."""
    names = [n for n, i in {**lx.NATION_NAMES, **lx.NATION_ADJECTIVES}.items() if i == nation]
    return any(name in context.text for name in names)


def _area(nation: str | None) -> tuple[str, str]:
    """How a share's area is written: ("national share", "") or ("share in Wales", " in Wales")."""
    if nation is None:
        return "national share", ""
    return f"share in {subj.nation_label(nation)}", f" in {subj.nation_label(nation)}"


def _national_family(
    claim: Claim,
    context: ArticleContext,
    party: str,
    family: tuple[str, ...],
    election,
    nation: str | None = None,
) -> tuple[Finding, Reading]:
    """The verdict if the figure counts the party's sister parties too ("the Greens")."""
    ids = {"seat": None, "contest": election.id, "party": party, "candidate": None}
    shares = [derive.national_share(context.reference, election.id, p, nation) for p in family]
    if any(s is None for s in shares):
        reason = subj.area_totals_missing(context, election, nation)
        finding = base.unverifiable(claim, reason)
        return finding, base.reading_of(finding, ids, [])
    actual = sum(s or 0.0 for s in shares)
    names = " and ".join(subj.party_label(context, p) for p in family)
    area, where = _area(nation)
    finding = base.judged(
        claim,
        actual,
        context,
        subject=f"{names} together, {area} — {subj.election_label(election)}",
        source=subj.national_source(context, election),
        official=f"{names} {base.pct(actual)} of all valid votes{where}",
    )
    return finding, base.reading_of(finding, ids, [])


def _aggregated(context: ArticleContext, election, nation: str | None) -> bool:
    """Whether some votes of the election (or the nation) are counted only as an aggregate."""
    totals = derive.election_totals(context.reference, election.id, nation)
    parties = context.reference.parties
    return bool(
        totals and any(n and p in parties and parties[p].aggregate for p, n in totals.votes.items())
    )


def _national_under(
    claim: Claim, context: ArticleContext, party: str, election, nation: str | None = None
) -> tuple[Finding, Reading]:
    """The verdict if the figure is the party's national share (or its share in a nation)
    at this general election."""
    ids = {"seat": None, "contest": election.id, "party": party, "candidate": None}
    actual = derive.national_share(context.reference, election.id, party, nation)
    if actual is None:
        finding = base.unverifiable(claim, subj.area_totals_missing(context, election, nation))
        return finding, base.reading_of(finding, ids, [])
    label = subj.party_label(context, party)
    if not actual and _aggregated(context, election, nation):
        # Party-level results (before 2010) count every Northern Ireland party as "others".
        finding = base.unverifiable(
            claim, f"the results count {label}'s votes, if any, among others"
        )
        return finding, base.reading_of(finding, ids, [])
    source = subj.national_source(context, election)
    area, where = _area(nation)
    finding = base.judged(
        claim,
        actual,
        context,
        subject=f"{label} {area} — {subj.election_label(election)}",
        source=source,
        official=f"{label} {base.pct(actual)} of all valid votes{where}",
    )
    others = (
        derive.unattributed_votes(context.reference, election.id, nation)
        if finding.verdict == Verdict.FALSE and claim.quantity.value > actual
        else 0
    )
    totals = derive.election_totals(context.reference, election.id, nation)
    upper = actual + (100.0 * others / totals.valid if others and totals and totals.valid else 0)
    if actual < claim.quantity.value <= upper:
        # "48.8 per cent" for Labour in 1951: the record files some Labour winners among
        # others, so its share is a floor.
        finding = base.unverifiable(
            claim,
            f"the record counts {label} at {base.pct(actual)}{where}, and "
            f"{base.pct(upper - actual)} for others in seats whose winner it does not record "
            "by party: the share may be higher",
        )
    elif (
        finding.verdict == Verdict.FALSE
        and abs(claim.quantity.value - actual) <= NATIONAL_SHARE_SPREAD
        and claim.quantity.qualifier == Qualifier.EXACT
        # (party-level results before 2010 count the Speaker among others)
        and election.date.year < 2010
    ):
        # "the Conservatives won 37.9% of the vote" in February 1974: published totals
        # count the Speaker's seat with his old party, the record counts it with others.
        finding = base.unverifiable(
            claim,
            f"official: {label} {base.pct(actual)}{where}; published totals differ by a "
            "tenth of a point with how the Speaker's seat and joint candidates are counted",
        )
    return finding, base.reading_of(finding, ids, [])


# How far a national share may stand from the record's sum for the difference to be one of
# counting (the Speaker's seat, joint labels) rather than an error.
NATIONAL_SHARE_SPREAD = 0.15


def verify(claim: Claim, context: ArticleContext) -> Finding:
    nation = subj.nation_of(claim, context)
    if nation is not None and subj.is_record_in_area(claim, context):
        return base.unverifiable(claim, "a record among a nation's seats is not checked")
    if nation is not None:
        # "Labour won 24.3% of the vote in Scotland"; a candidate's share is their seat's
        # ("In Scotland, Mhairi Black took 50.9%"), a leader's their party's.
        person = subj.person_near(claim, context)
        if person is None or person.is_leader:
            return _national(claim, context, nation)
    its_nation = subj.its_branded_nation(claim, context)
    if its_nation is not None:
        # "Scottish Labour was reduced to one MP, Ian Murray in Edinburgh South, and its
        # share slumped to 18.6%": the party's branch, past the seat in another clause.
        return _national(claim, context, its_nation)
    branded = subj.branded_nation(claim, context)
    if branded is not None and not context.focus and subj.person_near(claim, context) is None:
        # "The Scottish Conservatives won six seats. Their share fell to 25.1%": the
        # party's branch, in its nation (in a piece reporting no one seat's contest).
        return _national(claim, context, branded)
    carried = subj.carried_nation(claim, context)
    if carried is not None and subj.person_near(claim, context) is None:
        # After a sentence about one nation, "Labour took 24.3%": the nation's or the UK's.
        return _national(claim, context, carried, also_uk=True)
    if (
        subj.is_national(claim, context)
        or _after_national_count(claim, context)
        or _SEATS_IT_BOUGHT.match(context.text, claim.end, claim.sentence_end)
    ):
        return _national(claim, context)
    owner = base.owner_of(claim, context, "the share")
    if isinstance(owner, Finding):
        return owner
    resolved, person, place = owner.resolved, owner.person, owner.place
    if place is not None:
        # "with the runner-up on 40.9%": the candidate in that place in each reading.
        return base.judged_over_readings(
            claim, context, resolved, lambda r: _judge_ranked(claim, context, r, place)
        )
    party = subj.party_near(claim, context, person)
    if party is None:
        return base.unverifiable(claim, "no party or candidate is named for this share")
    if (
        person is not None
        and person.is_leader
        and (
            re.match(r"[\s,]*(?:whose|his|her)\s+party\b", context.text[person.end : claim.start])
            # ("**Keir Starmer (Lab)** — 411 seats and a majority of 174, on just 33.7 per
            # cent": a leader's line counting the House's seats is the party's)
            or _HOUSE_SEATS_BEFORE.search(context.text, person.end, claim.start)
        )
        and not context.mentions_in(context.seat_mentions, person.end, claim.start)
    ):
        # "Nick Clegg, whose party won 23% of the vote": a leader who did not stand here
        # speaks for the party's national share.
        return _national(claim, context)
    primary = _judge_under(claim, context, resolved, person, party)
    own = _own_total(claim, context, resolved, primary[0])
    if own is not None:
        primary[1].chosen, primary[1].verdict = True, own.verdict
        own.readings = [primary[1]]
        return own
    others = [
        _judge_under(claim, context, o, person, party)
        for o in subj.other_readings(claim, context, resolved)
    ]
    if (
        person is not None
        and person.is_leader
        and not subj.paragraph_names_seat(claim, context)
        and subj.candidate_in(resolved.result, person.id) is None
    ):
        # "Labour's 40 per cent was its best share since 2001, when Tony Blair won 40.7 per
        # cent": a leader in a paragraph naming no seat, who did not stand in the seat
        # carried to it, may speak for the party's national share.
        election = subj.general_election_for(claim, context)
        if not isinstance(election, str) and party is not None:
            others.append(_national_under(claim, context, party, election))
    if person is None and (
        subj.follows_national(claim, context)
        or subj.party_majority_opening(claim, context) is not None
        or subj.seat_named_only_later(claim, context)
        or _national_record(claim, context)
        or subj.names_general_election_only(claim, context)
        or subj.party_rows_apart(claim, context)
    ):
        # "Labour won 411 seats with 33.7%. // The Conservatives, who took 43.6% in 2019, fell
        # to 23.7%.": after a national sentence, a party's share in a sentence naming no seat
        # or candidate may be its share across the country.
        election = subj.general_election_for(claim, context)
        if not isinstance(election, str):
            others.append(_national_under(claim, context, party, election))
    elif person is None and not context.mentions_in(
        context.seat_mentions,
        subj.clause_start(context.text, claim.sentence_start, claim.start),
        claim.end,
    ):
        # "... took Glasgow Cathcart by 1,600 votes. The SNP's 11 MPs were cut to two, its
        # share falling to 17.3 per cent", "Plaid Cymru gained a third seat, Carmarthen, and
        # its share was 10.8%": a party of one nation, in a clause naming no seat, may be
        # given its share across that nation.
        election = subj.general_election_for(claim, context)
        home = (
            None if isinstance(election, str) else subj.party_home_nation(context, election, party)
        )
        if home is not None and not isinstance(election, str):
            others.append(_national_under(claim, context, party, election, home))
    return base.over_readings(claim, *primary, others)


_HOUSE_SEATS_BEFORE = lazy_compile(r"\b\d{2,3}\s+seats\b", re.I)
# "**6.4%** – the Greens' share, good for four seats, ...": a share and the seats it won
# the party are the party's across the country.
_SEATS_IT_BOUGHT = lazy_compile(
    r"[^.;\d]{0,50}?\b(?:good|enough|sufficient)\s+for\s+(?:\d+|[a-z]+)\s+(?:seats|MPs)\b",
    re.I,
)


# "Labour's 40.0% was its best share of the vote since 2001": a party's record share.
_RECORD_SHARE = lazy_compile(
    r"\b(?:best|highest|worst|lowest|biggest|largest|smallest)\s+(?:share|result|vote)\b"
    r"[^.;]{0,40}?\bsince\b",
    re.I,
)


def _national_record(claim: Claim, context: ArticleContext) -> bool:
    """Whether the share's sentence names no seat and calls it a record since a year, as
    a party's national share is ("its best share of the vote since 2001")."""
    lo, hi = claim.sentence_start, claim.sentence_end
    return bool(
        _RECORD_SHARE.search(context.text, lo, hi)
        and not context.mentions_in(context.seat_mentions, lo, hi)
    )


def _judge_ranked(
    claim: Claim, context: ArticleContext, resolved: subj.ResultSubject, place: int
) -> tuple[Finding, Reading]:
    """The verdict if the figure is the share of the candidate in `place` in this contest."""
    evidence = list(resolved.evidence)
    top = derive.ranked(context.reference, resolved.result)
    total = derive.total_votes(context.reference, resolved.result)
    if len(top) <= place or not total or top[place].votes is None:
        finding = base.unverifiable(claim, "the official result gives no share for that place")
        return finding, base.reading_of(finding, resolved.ids(), evidence)
    c = top[place]
    actual = 100.0 * (c.votes or 0) / total
    label = subj.party_label(context, c.party)
    label = f"{c.name} ({label})" if c.name else label
    finding = base.judged(
        claim,
        actual,
        context,
        subject=subj.describe(context, resolved, f"{label} share"),
        source=subj.cite(context, resolved),
        official=f"{label} {base.pct(actual)}",
    )
    finding.doubt = subj.does_not_add_up(resolved.result) or ""
    ids = resolved.ids(c.party or None, c.name or None)
    return finding, base.reading_of(finding, ids, evidence)


def _own_total(
    claim: Claim, context: ArticleContext, resolved: subj.ResultSubject, official: Finding
) -> Finding | None:
    """A results list's share read as the share of the list's own total, when the official
    reading contradicts it.

    Lists often give shares rounded from their own figures. When the list looks complete
    (a row for every candidate) and the row's own count is the official one, a share that
    fits the list's total is not called false: it is approximately true, and says why.
    """
    cues = claim.cues
    if official.verdict != Verdict.FALSE or "list_total" not in cues:
        return None
    if int(cues["list_rows"]) < len(resolved.result.candidates):
        return None
    votes, total = int(cues["row_votes"]), int(cues["list_total"])
    if official.actual is None or not any(c.votes == votes for c in resolved.result.candidates):
        return None
    own = 100.0 * votes / total
    if judge(claim.quantity, own, context.tolerances).verdict == Verdict.FALSE:
        return None
    official.verdict = Verdict.APPROXIMATELY_TRUE
    official.reason = (
        f"{official.reason}; {claim.quantity.as_written}% is the share of the list's own "
        f"total ({votes:,} of {total:,} votes: {own:.2f}%), a total that differs from the "
        "official count"
    )
    official.rule = "a results list's share may be rounded from its own total"
    return official


def _judge_under(
    claim: Claim, context: ArticleContext, resolved: subj.ResultSubject, person, party: str
) -> tuple[Finding, Reading]:
    """The verdict if the figure is the named party's (or candidate's) share in this contest."""
    evidence = list(resolved.evidence)
    if person is not None:
        evidence.append(Evidence(person.text, person.start, person.end, "candidate"))
        stood = subj.candidate_in(resolved.result, person.id)
        if stood is not None and stood.party and party == person.party:
            # A candidate's party at that contest, from the data: Frank Field stood for
            # Labour in 2017, whatever party he stood for last.
            party = stood.party
    party = subj.stood_as(resolved.result, party) or party
    label = subj.party_label(context, party)
    if derive.party_votes(resolved.result, party) is None:
        # A share of 0% for a party with no candidate is more likely a party we misnamed.
        finding = base.unverifiable(
            claim,
            f"no {label} candidate in this contest",
            subject=subj.describe(context, resolved, f"{label} share"),
        )
        if (
            person is not None
            and party == person.party
            and not any(c.name for c in resolved.result.candidates)
            and resolved.told_before
        ):
            # "He polled 38.5 per cent" of a contest before the record names candidates,
            # under a party the person joined later (Kennedy, SDP in 1983): the record
            # cannot say which row is theirs.
            finding.doubt = (
                f"the record names no candidates at this contest, and {person.text} may "
                f"have stood for a party other than the {label}"
            )
        return finding, base.reading_of(finding, resolved.ids(party), evidence)
    actual = derive.share(context.reference, resolved.result, party)
    candidate = subj.candidate_in(resolved.result, person.id) if person else None
    if candidate is not None and candidate.votes is not None:
        # A named candidate's own share: several independents must not be summed.
        total = derive.total_votes(context.reference, resolved.result)
        actual = 100.0 * candidate.votes / total if total else None
        label = f"{candidate.name} ({label})"
    ids = resolved.ids(party, candidate.name if candidate else None)
    if actual is None:
        finding = base.unverifiable(claim, f"the official result gives no share for {label}")
        return finding, base.reading_of(finding, ids, evidence)
    finding = base.judged(
        claim,
        actual,
        context,
        subject=subj.describe(context, resolved, f"{label} share"),
        source=subj.cite(context, resolved),
        official=f"{label} {base.pct(actual)}",
    )
    finding.doubt = subj.does_not_add_up(resolved.result) or ""
    several = [c for c in resolved.result.candidates if c.party == party and c.votes is not None]
    total = derive.total_votes(context.reference, resolved.result)
    if finding.verdict != Verdict.TRUE and candidate is None and len(several) > 1 and total:
        # "Ind 4.9%" beside two independents: a label's row is one candidate's, so the
        # share of one of them is a reading beside the sum; a figure that fits one is not
        # false.
        alone = {
            c.name or "": judge(claim.quantity, 100.0 * (c.votes or 0) / total) for c in several
        }
        exact = [n for n, j in alone.items() if j.verdict == Verdict.TRUE]
        close = [n for n, j in alone.items() if j.verdict == Verdict.APPROXIMATELY_TRUE]
        if exact or close:
            name = (exact or close)[0] or "one candidate"
            votes = next(c.votes or 0 for c in several if (c.name or "") == (exact or close)[0])
            finding.verdict = Verdict.TRUE if exact else Verdict.APPROXIMATELY_TRUE
            finding.actual = round(100.0 * votes / total, 2)
            finding.reason = (
                f"official: {name} ({label}) {base.pct(100.0 * votes / total)}, one of "
                f"{len(several)} {label} candidates ({finding.reason} for them together)"
            )
    return finding, base.reading_of(finding, ids, evidence)
