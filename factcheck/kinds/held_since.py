"""held_since: "held by Labour since 1935", "Labour have held this seat since the 1930s"."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.claims import Claim, Finding, Verdict
from factcheck.judge import judge
from factcheck.kinds import base, history
from factcheck.kinds.examples import Example
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "held_since"
CODE = "FC106"
SUMMARY = "the year since which a party has held a seat"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("year",)
RULE = (
    "The year the party's unbroken hold of the seat began, following the seat back through "
    "renamings (Copeland, Whitehaven before it), from the record of who won each contest. 'At "
    "every election since 1945' is true for any year inside the run; 'since the 1930s' must "
    "contain its start. A start that a by-election missing from the record could explain (where "
    "its coverage is incomplete, or a contest is held without a winner), or one before the "
    "record starts, is unverifiable, never false, and the reason names the gap. A member's own "
    "tenure ('had held the seat since 2005') is counted from the named winners, known from "
    "2010."
)
EXAMPLES = (
    Example(
        "The Conservatives won the Copeland by-election. Labour had held the seat since 1935.",
        "1935",
        "true",
        official="1935",
        date="2017-02-24",
    ),
    Example(
        "The Conservatives won the Copeland by-election. Labour had held the seat since 1945.",
        "1945",
        "false",
        official="1935",
        date="2017-02-24",
    ),
)
PRECEDENCE = 80
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("since", "last ", "first elected", "from")
_HELD = (
    r"\b(?:held|represented|won|kept|controlled|in\s+\w+\s+hands|(?:a\s+)?\w+\s+(?:seat|stronghold)|"
    r"\w+-held|been\s+(?:an\s+|the\s+|its\s+|their\s+)?MP|"
    # "had been Labour since 1950", "has returned a Labour MP at every election since 1918"
    r"been\s+(?:solidly\s+|safely\s+|firmly\s+|reliably\s+)?"
    r"(?-i:(?!(?:MPs?|MEPs?|MSPs?|MSs?|AMs?|MLAs?|Member)\b)[A-Z][\w-]+)|"
    r"(?:returned|elected|voted)\s+(?:for\s+)?(?:an?\s+)?(?-i:[A-Z][\w-]+)"
    r"(?:\s+(?:MPs?|members?|candidates?))?"
    r"\s+(?:at|in)\s+every\s+(?:general\s+)?election)\b"
)
PATTERNS = [
    base.pattern(
        rf"{_HELD}{base.CLAUSE}{{0,80}}?\bsince\s+(?:the\s+)?{base.YEAR_OR_DECADE}(?!\s+(?:general\s+)?election)",
        "year",
    ),
    # "The Lib Dems held this seat from 1997 until 2015": a spell, which may have ended.
    base.pattern(
        rf"\b(?:held|represented|controlled|kept)\b{base.CLAUSE}{{0,60}}?\bfrom\s+{base.YEAR}\s+"
        rf"(?:until|to|till|through\s+to)\b",
        "year",
        cues=lambda m: {"spell": "1"},
        needs=("until", "to", "till"),
    ),
    # "Labour last won it in 1959": the party's last win in the seat.
    base.pattern(
        rf"\blast\s+(?:won|took|captured|gained|held)\s+(?:it|the\s+seat|the\s+constituency|here|there|"
        rf"[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){{0,3}})\s+(?:in|at\s+the)\s+{base.YEAR}\b",
        "year",
        cues=lambda m: {"last_win": "1"},
        needs=("last",),
    ),
    # "He was first elected for Richmond in 2015": a member's own first win.
    base.pattern(
        rf"\bfirst\s+elected\s+(?:as\s+(?:its\s+|the\s+)?MP\s+)?(?:(?:for|in|to\s+represent)\s+"
        rf"(?:the\s+seat|the\s+constituency|it|[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){{0,3}})\s+)?"
        rf"(?:in|at\s+the)\s+{base.YEAR}\b(?!\s+by-?election)",
        "year",
        cues=lambda m: {"first_elected": "1"},
        needs=("first elected",),
    ),
]


_ANY_POINT_SINCE = lazy_compile(
    r"\bat\s+any\s+(?:point|time|stage|election|contest)\s+since\s+$", re.I
)


# "only the fifth time since 1992 that a seat has been settled by fewer than 40": a count
# of occasions since the year, not a hold.
_NTH_TIME_SINCE = lazy_compile(
    rf"\b(?:{alternation((*lx.ORDINALS, 'only', 'last'))})\s+time\s+since\s+$", re.I
)


def extract(text, sentences) -> list[Claim]:
    return [
        c
        for c in base.claims_from_patterns(NAME, text, sentences, PATTERNS)
        if "creation" not in text[c.sentence_start : c.start][-40:]
        # "safer than at any point since 2001": a record, not a hold
        and not _ANY_POINT_SINCE.search(text, max(c.sentence_start, c.start - 40), c.start)
        and not _NTH_TIME_SINCE.search(text, max(c.sentence_start, c.start - 40), c.start)
        and not _OTHER_VERB.search(_since_clause(text, c))
        and not _SUPERLATIVE.search(_clause_before(text, c))
        # "The seat has changed hands at every contest since 2015": no hold at all
        and not _CHANGED_HANDS.search(_clause_before(text, c))
    ]


_CHANGED_HANDS = lazy_compile(
    r"\b(?:chang\w*|swapp\w*|switch\w*)\s+(?:hands|sides|parties)\b|\bflipped\b", re.I
)


# "Turnout rose to 63.9%, the highest in the seat since 1992": a record since the year,
# not a hold, though "in the seat" reads like one.
_SUPERLATIVE = lazy_compile(rf"\b(?:{alternation(lx.RECORD_SUPERLATIVES)})\b", re.I)


def _clause_before(text: str, claim: Claim) -> str:
    """The words of the year's own clause before it."""
    return re.split(r"[,;:–—]\s", text[claim.sentence_start : claim.start])[-1]


# "... held the area since 1935, and no governing party had gained a seat ... since 1982":
# another finite verb between the hold and "since" makes the year that verb's, not a hold's.
_OTHER_VERB = lazy_compile(
    r"\b(?:had|has|have)\s+(?:not\s+|never\s+)?(?!been\b|held\b|represented\b|kept\b|"
    r"retained\b|won\b|returned\b|elected\b)\w+(?:ed|en|wn|on)\b",
    re.I,
)


def _since_clause(text: str, claim: Claim) -> str:
    """The words from the last clause break before the year back to its "since"."""
    head = text[claim.sentence_start : claim.start]
    held = list(_HELD_ANYWHERE.finditer(head))
    return re.split(r",\s+and\b|;|\bbut\b", head[held[-1].end() :])[-1] if held else ""


_HELD_ANYWHERE = lazy_compile(r"\b(?:held|represented|kept|retained|holds?)\b", re.I)


_PERSON_HOLDER = lazy_compile(
    r"\b(?:he|she)\s+(?:has|had)\s+(?:held|represented)\b|\b(?:has|had|have)\s+been\s+"
    r"(?:an\s+|the\s+|its\s+|their\s+)?MP\b",
    re.I,
)


def _named_holder(claim: Claim, context: ArticleContext) -> str | None:
    """A party named as the holder: "held by Labour", "Labour-held", "Labour have held"."""
    text = context.text
    parties = context.party_mentions
    lo, hi = context.span_range(parties, claim.sentence_start, claim.start)
    for m in reversed(parties[lo:hi]):
        before = text[max(claim.sentence_start, m.start - 20) : m.start]
        after = text[m.end : m.end + 25]
        if re.search(
            r"\b(?:held|represented|won|kept)\s+by\s+(?:the\s+)?$|\bbeen\s+(?:\w+ly\s+)?$", before
        ) or re.match(
            # ("returning the seat to the Liberal Democrats, who held it for 23 years")
            r"(?:['’]s)?(?:-held|(?:,\s+(?:who|which)|\s+(?:who|which|that))?"
            r"\s+(?:(?:has|have|had)\s+(?:been\s+)?)?(?:held|represented|kept))",
            after,
        ):
            return m.id
    # "returning the seat to the party that held it for 23 years under Nick Harvey": the
    # party of the member it held it under.
    under = _UNDER_MEMBER.match(text, claim.end, claim.sentence_end)
    if under is not None and _PARTY_THAT_HELD.search(text, claim.sentence_start, claim.start):
        people = context.people_in(under.end(), under.end() + 1)
        if people and people[0].party:
            return people[0].party
    return None


_UNDER_MEMBER = lazy_compile(r"\s+under\s+", re.I)
_PARTY_THAT_HELD = lazy_compile(
    r"\bthe\s+party\s+(?:that|which|who)\s+(?:had\s+)?(?:held|represented|kept)\b[^,;]*$", re.I
)


_HOLD_VERB = lazy_compile(r"\b(?:held|represented|kept)\b")
_BY_AFTER = lazy_compile(r"\s*by\b")
# A break between two coordinated clauses, each with its own subject.
_CLAUSE_BREAK = lazy_compile(r",\s+(?:and|but|while|whereas|which|who|when|where)\b|;", re.I)


_DESCRIBED_HOLDER = re.compile(
    r",\s+the\s+(?:[\w'’-]+\s+){1,3}?who\s+(?:had|has)\s+(?:held|represented)\b[^,;]*$"
)


def _held_by_a_person(claim: Claim, context: ArticleContext) -> bool:
    """Whether the subject of "held"/"represented" is a person ("Ms King, who had held ...")."""
    lead = context.text[claim.sentence_start : claim.start]
    # Only the claim's own clause: "She had held the seat since 2005, and the Conservatives
    # had held it since 1931" has a person holding in one clause and a party in the next.
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    clause_at = breaks[-1].end() if breaks else 0
    if _PERSON_HOLDER.search(lead, clause_at):
        return True
    # "The Liberal Democrat, who has represented Orkney and Shetland since 2001": "who has"
    # and "who had represented" speak of a person (a party "have held" a seat).
    if (
        breaks
        and "who" in breaks[-1].group().lower()
        # ("Jo Platt, who had sat for the seat since 2017")
        and re.match(
            r"\s*(?:has\s+(?:held|represented|sat\s+for)|had\s+(?:represented|sat\s+for))\b",
            lead[clause_at:],
        )
    ):
        return True
    # "Matt Warman, the Conservative who had held the seat since 2015": a person named and
    # then described by their party, with "who": the person's tenure.
    described = _DESCRIBED_HOLDER.search(lead)
    if described is not None and context.people_in(
        claim.sentence_start + max(0, described.start() - 40),
        claim.sentence_start + described.start(),
    ):
        return True
    # "Guy Opperman kept Hexham, Conservative since 1929": an apposition set off by a comma
    # that names a party right before "since" is the party's hold.
    apposed = re.search(r",\s+((?:a\s+|an\s+)?[\w'’ -]{1,40}?)\s+since\s+$", lead)
    if apposed:
        lo = claim.sentence_start + apposed.start(1)
        named = context.mentions_in(context.party_mentions, lo, claim.start)
        if named and not context.people_in(lo, claim.start):
            return False
    verbs = list(_HOLD_VERB.finditer(lead))
    if not verbs:
        return False
    at = claim.sentence_start + verbs[-1].start()
    # "held by Labour": the holder follows the verb (and "held by Dennis Skinner since
    # 1970" is a person's).
    if _BY_AFTER.match(context.text, at + len(verbs[-1].group())):
        after = at + len(verbs[-1].group())
        return bool(context.people_in(after, claim.start)) and not context.mentions_in(
            context.party_mentions, after, claim.start
        )
    # The last party or person named before the verb (a party first among equals).
    last = None
    for mentions in (context.party_mentions, context.person_mentions):
        lo, hi = context.span_range(mentions, claim.sentence_start, at)
        if hi > lo:
            first = context.span_range(mentions, mentions[hi - 1].start, at)[0]
            if last is None or mentions[first].start > last.start:
                last = mentions[first]
    # "Sir Alan, 67, had represented Mansfield since 1987": a titled name we do not hold.
    titled = list(subj.TITLED_NAME.finditer(context.text, claim.sentence_start, at))
    if titled and (last is None or last.start < titled[-1].start()):
        return True
    if last is None:
        return False
    # "Labour's Martin Caton, who ..., had held": the party is the person's own.
    return last.kind == "person"


# "had held", "had represented", "had been the MP": a tenure seen from a later time.
_PLUPERFECT = re.compile(r"\bhad\s+(?:held|represented|been)\b", re.I)

MEMBER_TENURE = "a member's own tenure, not a party's hold: not checked"


def member_tenure(claim: Claim, context: ArticleContext, *, as_years: bool) -> Finding:
    """ "Ms Goodman, who had held the seat since 2005", "who had represented it for 9 years".

    The member's unbroken run of wins in the seat, from the record's named winners: from
    2010 the record names them, so a run that reaches 2010 may be older (a claim of an
    earlier start, or a longer span, is unverifiable; a later start or a shorter span is
    contradicted by the named wins); a run that began after 2010 is known exactly.
    """
    where = history.seat_and_now(claim, context)
    person = history.holder_person(claim, context)
    if isinstance(where, str) or person is None:
        return base.unverifiable(claim, MEMBER_TENURE)
    seat, now, _ = where
    name = context.people[person.id].name if person.id in context.people else person.id
    start, floor = history.member_run(context, seat, now, name)
    if start is None:
        return base.unverifiable(
            claim, f"{name} is not named as a winner of the seat in the record"
        )
    since = start.election.date
    # The span runs to the contest the article reports, or to its date.
    years = derive.years_between(since, now)
    actual = years if as_years else since.year
    label = f"{name}'s tenure of {subj.seat_label(context, seat)}"
    source = history.history_source(context, seat, since, now)
    official = f"{name} won {history.contest_label(context, start)} and every contest after"
    if floor:
        official += f" (winners before {history.names_from(context)} are not named in the record)"
    finding = base.judged(
        claim, actual, context, subject=label, source=source, official=official,
        shown=round(actual, 1) if as_years else actual,
    )  # fmt: skip
    lead = context.text[claim.sentence_start : claim.start]
    if not as_years and finding.verdict == Verdict.FALSE and _PLUPERFECT.search(lead):
        # "Mr Lloyd had held Eastbourne since 2010" in a report of his 2015 defeat: the
        # pluperfect may speak of an earlier run of his, which ended.
        earlier = [
            c.election.date.year
            for c in history.member_spells(context, seat, now, name)
            if c != start and judge(claim.quantity, c.election.date.year).verdict == Verdict.TRUE
        ]
        if earlier:
            finding.verdict = Verdict.UNVERIFIABLE
            finding.reason = (
                f"{official}; an earlier run of {name}'s began in {earlier[-1]}, and "
                "'had held' may speak of it: which is meant is unclear"
            )
            return finding
    if floor:
        value = claim.quantity.value
        longer = value > years if as_years else value < since.year
        if longer or finding.verdict == Verdict.TRUE:
            finding.verdict = Verdict.UNVERIFIABLE
            finding.reason = (
                f"{official}: the record names winners only from {history.names_from(context)}, "
                "so a tenure that "
                "may have begun earlier cannot be checked"
            )
    return finding


def current_hold(claim: Claim, context: ArticleContext):
    """The hold a claim speaks of, or the reason it cannot be found.

    The holder is the party named with "held" when there is one; otherwise ("held by
    the party") the party mentioned nearby whose hold was current at the contest
    the article reports, not one whose hold only began with it.
    """
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return where
    seat, now, _ = where
    if _held_by_a_person(claim, context):
        # "the seat he had represented for 50 years" is one MP's tenure, not a party's hold.
        return MEMBER_TENURE
    party = _named_holder(claim, context)
    if party is None:
        i = context.sentence_index(claim.start)
        lo = context.sentences[max(0, i - 2)].start
        nearby = [m.id for m in context.mentions_in(context.party_mentions, lo, claim.sentence_end)]
        holds = {}
        for p in dict.fromkeys(reversed(nearby)):
            hold = derive.hold_ending_before(context.reference, seat, p, now)
            if hold is not None and hold.start.election.date < now:
                holds[p] = hold
        if not holds:
            return "no party named nearby held the seat"
        party = next(iter(holds))
        return seat, now, party, holds[party]
    hold = derive.hold_ending_before(context.reference, seat, party, now)
    line = history.lineage_of(party)
    if hold is None and line and history.names_forerunner(claim, context, party):
        # "The Lib Dems and the Liberals before them had held the seat since 1983"
        hold = derive.hold_ending_before(context.reference, seat, party, now, family=line)
    if hold is None:
        return (
            f"{subj.party_label(context, party)} did not hold "
            f"{subj.seat_label(context, seat)} going into {now:%B %Y}"
        )
    return seat, now, party, hold


def _last_win(claim: Claim, context: ArticleContext) -> Finding:
    """ "A Conservative has not won there since 1935": the party's last win in the seat."""
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return base.unverifiable(claim, where)
    seat, now, _ = where
    party = subj.party_near(claim, context)
    if party is None:
        return base.unverifiable(claim, "no party is named")
    wins = [
        c
        for c in derive.contests(context.reference, seat)
        if c.election.date < now and c.winner == party
    ]
    label = subj.party_label(context, party)
    first = derive.contests(context.reference, seat)[0]
    if not wins or wins[0] == first and claim.quantity.value < first.election.date.year:
        return base.unverifiable(claim, f"no {label} win in the reference data for this seat")
    last = wins[-1]
    finding = base.judged(
        claim,
        last.election.date.year,
        context,
        subject=f"{label}'s last win in {subj.seat_label(context, seat)}",
        source=history.history_source(context, seat, last.election.date, now),
        official=f"{label} last won {history.contest_label(context, last)}",
        shown=last.election.date.year,
    )
    year = int(claim.quantity.value)
    gap = (
        history.by_election_gap(
            context, seat, year, last.election.date, now, history.claim_years(claim)
        )
        if finding.verdict == Verdict.FALSE and last.election.date.year < year
        else None
    )
    if gap:
        # A later win at a by-election the record lacks.
        finding.verdict = Verdict.UNVERIFIABLE
        finding.reason = f"{finding.reason}; a by-election win in {year} may be missing: {gap}"
    return finding


def _every_general_election_since(claim, context, seat, now, party) -> Finding:
    """ "returned a Labour MP at every general election since 1918": the run counts
    general elections only, so a by-election lost between them (Workington, 1976) does
    not break it. True for any year in the run of general-election wins."""
    label = subj.party_label(context, party)
    generals = [
        c
        for c in derive.contests(context.reference, seat)
        if c.election.kind == "general"
        # "had returned ... at every general election since": a run this result ended.
        and (c.election.date < now or (c.election.date == now and c.winner == party))
    ]
    run: list = []
    for c in reversed(generals):
        if c.winner != party:
            break
        run.append(c)
    if not run:
        return base.unverifiable(claim, f"{label} did not win the last general election here")
    start = run[-1]
    year = int(claim.quantity.value)
    source = history.history_source(context, seat, start.election.date, now)
    subject = f"{label} run of general-election wins in {subj.seat_label(context, seat)}"
    broken = generals[len(generals) - len(run) - 1] if len(run) < len(generals) else None
    if year < start.election.date.year and (broken is None or broken.winner is None):
        return base.unverifiable(
            claim, f"the record of general elections here starts in {start.election.date.year}"
        )
    ok = start.election.date.year <= year <= now.year
    return Finding(
        claim,
        Verdict.TRUE if ok else Verdict.FALSE,
        f"official: {label} won every general election here from "
        f"{history.contest_label(context, start)} (by-elections aside)",
        rule="every general election since the year must be in the party's run of wins",
        subject=subject,
        actual=start.election.date.year,
        source=source,
    )


_EXCEPTION_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")


def _seat_now_and_party(
    claim: Claim, context: ArticleContext
) -> tuple[str, dt.date, str] | Finding:
    """The seat, the date spoken from and the party a record of holds names, or the
    unverifiable finding that says which is missing."""
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return base.unverifiable(claim, where)
    seat, now, _ = where
    party = _named_holder(claim, context) or subj.party_near(claim, context)
    if party is None:
        return base.unverifiable(claim, "no party is named")
    return seat, now, party


def _run_with_exceptions(claim: Claim, context: ArticleContext, listed_from: int) -> Finding:
    """ "a Conservative MP at every election since 1950 except the Labour landslides of 1997
    and 2001": every general election since the year won by the party but the years named,
    each of which it lost. Unverifiable unless the record names every winner in the run."""
    found = _seat_now_and_party(claim, context)
    if isinstance(found, Finding):
        return found
    seat, now, party = found
    listed = {
        int(m.group())
        for m in _EXCEPTION_YEAR.finditer(context.text, listed_from, claim.sentence_end)
    }
    label = subj.party_label(context, party)
    generals = [
        c
        for c in derive.contests(context.reference, seat)
        if c.election.kind == "general" and c.election.date < now
    ]
    # The run back from the latest general election: wins, and losses in the years named.
    run: list = []
    for c in reversed(generals):
        if c.winner is None:
            return base.unverifiable(claim, f"the record names no winner in {c.election.name}")
        if c.winner != party and c.election.date.year not in listed:
            break
        run.append(c)
    year = int(claim.quantity.value)
    if not run or (len(run) == len(generals) and year < run[-1].election.date.year):
        return base.unverifiable(claim, "the record of general elections here starts later")
    start = run[-1]
    lost = {c.election.date.year for c in run if c.winner != party}
    ok = start.election.date.year <= year and lost == {y for y in listed if y >= year}
    return Finding(
        claim,
        Verdict.TRUE if ok else Verdict.FALSE,
        f"official: {label} won every general election here from "
        f"{history.contest_label(context, start)}"
        + (f" but those of {', '.join(str(y) for y in sorted(lost))}" if lost else "")
        + f" (the text excepts {', '.join(str(y) for y in sorted(listed)) or 'no year'})",
        rule="every general election since the year won by the party, but the years named",
        subject=f"{label} run of general-election wins in {subj.seat_label(context, seat)}",
        actual=start.election.date.year,
        source=history.history_source(context, seat, start.election.date, now),
    )


def _missing_by_election_win(claim: Claim, context: ArticleContext, seat: str, hold, label: str):
    """Why a claimed start of a hold, after the other party's last recorded win and before
    this party's first, may be a by-election win the record lacks; None when the coverage
    says none is missing (or the year is not between the two)."""
    year, start = int(claim.quantity.value), hold.start.election.date
    before = [c for c in derive.contests(context.reference, seat) if c.election.date < start]
    if not before or not before[-1].election.date.year < year < start.year:
        return None
    gap = history.by_election_gap(
        context, seat, year, before[-1].election.date, start, history.claim_years(claim)
    )
    if not gap:
        return None
    return (
        f"{label} won {history.contest_label(context, hold.start)}; a by-election win "
        f"between {before[-1].election.date.year} and {start.year} may be missing: {gap}"
    )


def _unrecorded_winner(context, seat, party, year: int, hold) -> int | None:
    """The year of a contest between the claimed year and the start of the party's hold
    whose winner the record does not name ("Sheffield Hallam 1950": a Conservative and
    National Liberal, stored with no party), when every other contest in those years went
    to the party: the hold may reach back to the year, so the claim is not contradicted.
    Northern Ireland's results before 2010 are party-less, so "the DUP had held the seat
    since 2001" is not contradicted by a hold the record shows starting later."""
    between = [
        c
        for c in derive.contests(context.reference, seat)
        if year <= c.election.date.year and c.election.date < hold.start.election.date
    ]
    unknown = [c for c in between if c.winner is None]
    if unknown and all(c.winner in (None, party) for c in between):
        return unknown[-1].election.date.year
    return None


def _every_election_since(claim, context, seat, now, party, hold) -> Finding:
    """ "returned a Labour MP at every election since 1945": true for any year in the run of
    wins, not only its first (a run from 1935 makes it true); before the record starts,
    not settled."""
    label = subj.party_label(context, party)
    wide = derive.hold_ending_before(context.reference, seat, party, now, across_gaps=True)
    if wide is not None and wide.start.election.date < hold.start.election.date:
        hold = wide  # counted across years when the seat did not exist, as is said too
    start_year = hold.start.election.date.year
    year = int(claim.quantity.value)
    first = derive.contests(context.reference, seat)[0]
    if year < start_year and hold.start == first:
        return base.unverifiable(claim, f"the reference data for this seat starts in {start_year}")
    ok = start_year <= year <= now.year
    # (The year the other party last won is still contradicted.)
    missing = None if ok else _missing_by_election_win(claim, context, seat, hold, label)
    if missing:
        return base.unverifiable(claim, missing)
    gap = None if ok else _unrecorded_winner(context, seat, party, year, hold)
    if gap is not None:
        return base.unverifiable(
            claim,
            f"{label} won {history.contest_label(context, hold.start)} and every contest after; "
            f"the record does not name the winner in {gap}, so the run may reach back to {year}",
        )
    return Finding(
        claim,
        Verdict.TRUE if ok else Verdict.FALSE,
        f"official: {label} won {history.contest_label(context, hold.start)} and every contest "
        "after",
        rule="every election since the year must be in the party's run of wins",
        subject=f"{label} hold of {subj.seat_label(context, seat)}",
        actual=start_year,
        source=history.history_source(context, seat, hold.start.election.date, now),
    )


def _spell_from(claim: Claim, context: ArticleContext) -> Finding:
    """ "The Lib Dems held this seat from 1997 until 2015": a spell of the party's that
    began in that year (one that began earlier, or a by-election gain the record may lack,
    is not a contradiction)."""
    if _held_by_a_person(claim, context):
        return base.unverifiable(claim, MEMBER_TENURE)
    found = _seat_now_and_party(claim, context)
    if isinstance(found, Finding):
        return found
    seat, now, party = found
    year = int(claim.quantity.value)
    # "held by the Liberals and then the Liberal Democrats from 1983": any party named.
    named = [
        m.id for m in context.mentions_in(context.party_mentions, claim.sentence_start, claim.start)
    ]
    for other in dict.fromkeys([party, *named]):
        for h in derive.holds(context.reference, seat, other):
            if h.start.election.date <= now and h.start.election.date.year == year:
                party = other
    label = subj.party_label(context, party)
    spells = [
        h for h in derive.holds(context.reference, seat, party) if h.start.election.date <= now
    ]
    if not spells:
        return base.unverifiable(
            claim, f"the record has no {label} win in the seat (it may name the party otherwise)"
        )
    source = history.history_source(context, seat)
    subject = f"{label} hold of {subj.seat_label(context, seat)}"
    for h in spells:
        if h.start.election.date.year == year:
            end = f" to {h.lost_at.election.date.year}" if h.lost_at else ""
            return Finding(claim, Verdict.TRUE,
                           f"official: {label} won {history.contest_label(context, h.start)} "
                           f"and held the seat{end}", rule="the year must match exactly",
                           subject=subject, actual=year, source=source)  # fmt: skip
    held = [h for h in spells if h.start.election.date.year < year <= h.last_win.election.date.year]
    generals = {e.date.year for e in context.reference.general_elections()}
    if held:
        return base.unverifiable(
            claim, f"{label} held the seat in {year} or may have gained it at a by-election "
            "the record lacks"
        )  # fmt: skip
    gap = None if year in generals else history.by_election_gap(context, seat, year, before=now)
    if gap:
        return base.unverifiable(
            claim, f"{label} may have gained the seat at a by-election in {year}: {gap}"
        )
    first = derive.contests(context.reference, seat)[0]
    if year < first.election.date.year:
        return base.unverifiable(
            claim, f"the record for this seat starts in {first.election.date.year}"
        )
    starts = ", ".join(str(h.start.election.date.year) for h in spells) or "none"
    return Finding(claim, Verdict.FALSE,
                   f"official: {label} spells in the seat began in {starts}",
                   rule="the year must match exactly", subject=subject,
                   actual=spells[-1].start.election.date.year if spells else None,
                   source=source)  # fmt: skip


# "ending Labour's hold on the town since 1922", "broke the Tories' grip ... since 1910":
# the hold a contest ended, of the party named on it.
_ENDED_HOLD_OF = lazy_compile(
    rf"\b(?:{alternation(lx.HOLD_ENDING_VERBS)})"
    r"\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?:['’]s|s['’])\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{alternation(lx.HOLD_RUN_NOUNS)})\b[^.;]{{0,60}}$",
    re.I,
)


# "Before 2019, ...", "Until 2010, ...": an opening that ends a hold at that year's contest.
# ("Before that", "Until then": the year the sentence before ends on.)
_BEFORE_YEAR = lazy_compile(
    r"[\s\"'“‘]*(?:Before|Until|Till|Up\s+to)\s+(?:((?:19|20)\d\d)|(?P<that>that|then))\b\s*,?",
    re.I,
)


def _year_before(claim: Claim, context: ArticleContext) -> int | None:
    """The last year written in the sentence before the claim's, in its paragraph: the
    time "Before that" counts back from ("James Plaskitt had gained it for Labour in 1997.
    Before that the town had returned a Conservative at every election since 1918")."""
    i = context.sentence_index(claim.start)
    if i <= 0 or context.sentences[i - 1].paragraph != context.sentences[i].paragraph:
        return None
    years = context.sentence_years(context.sentences[i - 1])
    return years[-1] if years else None


def _ended_hold(
    claim: Claim, context: ArticleContext, party: str, by: dt.date | None = None
) -> Finding:
    """The start of the party's latest hold of the seat that a contest ended, by its date
    (or by `by`: "Before 2019, Labour had held Wakefield since 1935")."""
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return base.unverifiable(claim, where)
    seat, now, _ = where
    now = by or now
    spells = [
        h
        for h in derive.holds(context.reference, seat, party)
        if h.lost_at is not None and h.lost_at.election.date <= now
    ]
    label = subj.party_label(context, party)
    if not spells:
        return base.unverifiable(claim, f"no {label} hold of the seat ended by then")
    hold = spells[-1]
    starts = _data_starts_after(claim, context, seat, hold)
    if starts:
        return base.unverifiable(claim, starts)
    lead = context.text[claim.sentence_start : claim.start]
    if re.search(r"\bevery\s+(?:general\s+)?election\b", lead, re.I):
        # "Before that it had been Conservative at every election since 1955": any year of
        # the run that contest ended.
        last_day = hold.lost_at.election.date - dt.timedelta(days=1)
        return _every_election_since(claim, context, seat, last_day, party, hold)
    until = f"held it until {history.contest_label(context, hold.lost_at)}"
    finding = _judged_start(claim, context, seat, label, hold, hold.lost_at.election.date, until)
    return _unless_missing_win(finding, claim, context, seat, hold, label)


def _data_starts_after(claim: Claim, context: ArticleContext, seat: str, hold) -> str | None:
    """Why a claimed start before the record's first contest, where the hold begins, or
    before a contest whose winning party the record does not give (Northern Ireland before
    2010), cannot be judged; None otherwise."""
    start_year = hold.start.election.date.year
    contests = derive.contests(context.reference, seat)
    if hold.start == contests[0] and claim.quantity.value < start_year:
        return f"the reference data for this seat starts in {start_year}"
    at = contests.index(hold.start) if hold.start in contests else 0
    if at and contests[at - 1].winner is None and claim.quantity.value < start_year:
        before = contests[at - 1].election.date.year
        return f"the record does not give the winning party in {before}, so the hold may be older"
    return None


def _judged_start(claim, context, seat, label, hold, end, held: str) -> Finding:
    """The verdict on the claimed year as the start of this hold (`held` says how it went
    on: "held it after", "held it until ...")."""
    start_year = hold.start.election.date.year
    return base.judged(
        claim,
        start_year,
        context,
        subject=f"{label} hold of {subj.seat_label(context, seat)}",
        source=history.history_source(context, seat, hold.start.election.date, end),
        official=f"{label} won {history.contest_label(context, hold.start)} and {held}",
        shown=start_year,
    )


def _unless_missing_win(finding: Finding, claim, context, seat, hold, label) -> Finding:
    """ "held since 1933" where the record shows another party winning in 1931 and this one
    in 1935: a by-election in the years between may be missing from the record, as its
    coverage says (the year the other party won is still contradicted)."""
    if finding.verdict == Verdict.FALSE:
        missing = _missing_by_election_win(claim, context, seat, hold, label)
        if missing:
            finding.verdict, finding.reason = Verdict.UNVERIFIABLE, missing
    return finding


# "since 1950 except ...", "since 1950, apart from ...": breaks in the hold named after it.
_EXCEPT_AFTER = lazy_compile(r"[\s,]*(except(?:\s+for)?|apart\s+from|save\s+for|bar)\b", re.I)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if claim.cues.get("spell"):
        return _spell_from(claim, context)
    if claim.cues.get("last_win"):
        return _last_win(claim, context)
    if claim.cues.get("first_elected"):
        return member_tenure(claim, context, as_years=False)
    lead = context.text[claim.sentence_start : claim.start]
    until = _BEFORE_YEAR.match(lead)
    if until:
        # "Before 2019, Labour had held Wakefield at every election since 1935": the hold
        # that the contest of that year ended.
        named = context.mentions_in(
            context.party_mentions, claim.sentence_start + until.end(), claim.start
        )
        year = int(until.group(1)) if until.group(1) else _year_before(claim, context)
        if named and year:
            return _ended_hold(claim, context, named[0].id, dt.date(year, 12, 31))
    ender = _ENDED_HOLD_OF.search(lead)
    if ender:
        named = context.mentions_in(
            context.party_mentions, claim.sentence_start + ender.start(), claim.start
        )
        if named:
            return _ended_hold(claim, context, named[0].id)
    # A negation holds in its own clause: "had never elected X and had been held ... since".
    own_clause = re.split(r",|;|\band\b|\bbut\b", lead)[-1]
    if re.search(r"\b(?:not|never)\b|n['’]t\b", own_clause, re.I):
        return _last_win(claim, context)
    exception = _EXCEPT_AFTER.match(context.text, claim.end, claim.sentence_end)
    if exception:
        # "at every election since 1950 except the Labour landslides of 1997 and 2001": a
        # hold with breaks the text names, which the unbroken hold since the year is not.
        return _run_with_exceptions(claim, context, exception.end())
    found = current_hold(claim, context)
    if found == MEMBER_TENURE:
        return member_tenure(claim, context, as_years=False)
    if isinstance(found, str):
        return base.unverifiable(claim, found)
    seat, now, party, hold = found
    start_year = hold.start.election.date.year
    starts = _data_starts_after(claim, context, seat, hold)
    if starts:
        return base.unverifiable(claim, starts)
    label = subj.party_label(context, party)
    if re.search(r"\bevery\s+general\s+election\b", lead) and claim.quantity.unit != "decade":
        return _every_general_election_since(claim, context, seat, now, party)
    if re.search(r"\bevery\s+(?:general\s+)?election\b", lead) and claim.quantity.unit != "decade":
        return _every_election_since(claim, context, seat, now, party, hold)
    finding = _judged_start(claim, context, seat, label, hold, now, "held it after")
    wide = derive.hold_ending_before(context.reference, seat, party, now, across_gaps=True)
    if finding.verdict == Verdict.FALSE and wide is not None and wide.start != hold.start:
        # The seat was abolished for a while: a hold counted across that spell is said too.
        year = wide.start.election.date.year
        if judge(claim.quantity, year).verdict == Verdict.TRUE:
            finding.verdict = Verdict.TRUE
            finding.actual = year
            finding.reason = (
                f"official: {label} won {history.contest_label(context, wide.start)} and every "
                f"contest after, counting across years when the seat did not exist"
            )
    line = history.lineage_of(party)
    along = (
        derive.hold_ending_before(context.reference, seat, party, now, family=line)
        if line and finding.verdict == Verdict.FALSE
        else None
    )
    if along is not None and along.start != hold.start:
        # "The Lib Dems and the Liberals before them had held the seat since 1983": the
        # hold counted over the party's forerunners, the reading when the text names them
        # and a second one when it does not.
        year = along.start.election.date.year
        if judge(claim.quantity, year).verdict == Verdict.TRUE:
            counted = (
                f"{label} and its forerunners won "
                f"{history.contest_label(context, along.start)} and every contest after"
            )
            if history.names_forerunner(claim, context, party):
                finding.verdict, finding.actual = Verdict.TRUE, year
                finding.reason = f"official: {counted}"
            else:
                finding.verdict = Verdict.UNVERIFIABLE
                finding.reason = (
                    f"the text allows two readings that disagree: {label} alone "
                    f"({finding.reason}) or with its forerunners ({counted})"
                )
            hold = along
    year = int(claim.quantity.value)
    finding = _unless_missing_win(finding, claim, context, seat, hold, label)
    unnamed = history.unnamed_before(context, seat, party, hold)
    if finding.verdict != Verdict.FALSE and year >= start_year and unnamed is not None:
        # "the DUP, which had held it since 2010": the record names no winner before 2010
        # in Northern Ireland, so it cannot say the hold began then.
        finding.verdict = Verdict.UNVERIFIABLE
        finding.reason = (
            f"{label} won {history.contest_label(context, hold.start)} and held it after; the "
            f"record does not name the winner of {history.contest_label(context, unnamed)}, so "
            f"the hold may have begun earlier"
        )
    gap = _unrecorded_winner(context, seat, party, year, hold)
    if finding.verdict == Verdict.FALSE and year < start_year and gap is not None:
        finding.verdict = Verdict.UNVERIFIABLE
        finding.reason = (
            f"{label} won {history.contest_label(context, hold.start)} and held it after; the "
            f"record does not name the winner in {gap}, so the hold may reach back to {year}"
        )
    if finding.verdict == Verdict.FALSE and (now - hold.start.election.date).days <= 60:
        # The hold begins with the contest the article reports ("Blyth Valley had been
        # Labour since 1950" in a report of a new seat's first contest): the year belongs
        # to an earlier spell, or a seat the record does not link.
        finding.verdict = Verdict.UNVERIFIABLE
        finding.reason = (
            f"{label}'s hold of {subj.seat_label(context, seat)} begins with the contest the "
            "article reports; the year is about an earlier spell or another seat"
        )
        return finding
    named = {
        m.id for m in context.mentions_in(context.seat_mentions, claim.sentence_start, claim.start)
    }
    if finding.verdict == Verdict.FALSE and named and seat not in named:
        # "Blyth Valley had been Labour since 1950" read against another seat: the sentence
        # names its own, which the record may not link to the one the article is about.
        others = ", ".join(subj.seat_label(context, x) for x in sorted(named))
        finding.verdict = Verdict.UNVERIFIABLE
        finding.reason = (
            f"{finding.reason}; but the sentence names {others}: which seat is meant is unclear"
        )
        return finding
    tail = context.text[claim.end : claim.sentence_end]
    # "from Labour, which had held it since 1997": the party the relative stands for.
    antecedent = re.search(r"([A-Z][\w ]+?),?\s+(?:which|who)\s+had\s+held\b", lead)
    if antecedent:
        owners = context.mentions_in(
            context.party_mentions,
            claim.sentence_start + antecedent.start(1),
            claim.sentence_start + antecedent.end(1),
        )
        party = owners[-1].id if owners else party
        label = subj.party_label(context, party)
    if finding.verdict == Verdict.FALSE and (
        re.search(r"\b(?:before|until|till|lost|losing)\b", tail) or _PLUPERFECT.search(lead)
    ):
        # "Labour had held Govan since 1955 before ...": an earlier spell, not the current one.
        for earlier in derive.holds(context.reference, seat, party):
            if earlier.start == hold.start:
                continue
            if judge(claim.quantity, earlier.start.election.date.year).verdict == Verdict.TRUE:
                finding.verdict = Verdict.UNVERIFIABLE
                finding.reason = (
                    f"{label} held the seat from {earlier.start.election.date.year} to "
                    f"{earlier.lost_at.election.date.year if earlier.lost_at else 'now'}, a spell "
                    f"that ended; the current hold began in {start_year}: which is meant is unclear"
                )
    return finding
