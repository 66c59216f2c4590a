"""gap: the difference between two candidates, in votes or in points of share.

"7,247 more votes than Labour's X", "finished 2,620 votes clear of X", "117 ahead of
Reform", "9,974 votes behind", "a 4.5% majority over the Tories", "trailing Labour by
4,925 votes and 18 percentage points". Each figure is one side's result minus the other's
in one contest: the side the figure's clause is about, and the side its comparative word
names ("than X", "ahead of X", "over X"). A side the text leaves unnamed is the winner
("behind", "a majority") or the runner-up (the winner "clear" of no one named).
"""

from __future__ import annotations

import re

from factcheck.claims import Claim, Evidence, Finding, Reading, Verdict
from factcheck.kinds import base, ordinal
from factcheck.kinds.examples import Example
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import lazy_compile
from factcheck.reference import derive
from factcheck.reference.model import Candidate, ElectionResult
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext, Mention

NAME = "gap"
CODE = "FC119"
SUMMARY = "the gap between two candidates, in votes or in points of share"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
READS = (
    '"7,247 more votes than Labour\'s X", "finished 2,620 votes clear of X", "117 ahead of '
    'Reform", "9,974 votes behind", "a 4.5% majority over the Tories", "trailing Labour by '
    '4,925 votes and 18 percentage points".'
)
FIGURES = ("votes", "percent")
RULE = (
    "One side's votes or share minus the other's in one contest: the side the figure's clause "
    "is about and the side its comparative names ('than X', 'ahead of X', 'over X'), else the "
    "winner ('behind', 'a majority') and the runner-up. A gap the result has the other way "
    "round is unverifiable and names both, as is a gap during the count."
)
EXAMPLES = (
    Example(
        (
            "Gareth Snell held Stoke-on-Trent Central for Labour. He won 2,620 more votes than "
            "Paul Nuttall."
        ),
        "2,620",
        "true",
        official="2,620",
        date="2017-02-24",
    ),
    Example(
        (
            "Gareth Snell held Stoke-on-Trent Central for Labour. He won 2,602 more votes than "
            "Paul Nuttall."
        ),
        "2,602",
        "false",
        official="2,620",
        date="2017-02-24",
    ),
)
# Before share_change (130), majority (150) and votes (160), which read these figures as
# changes, majorities or counts, or pass them by as comparisons.
PRECEDENCE = 125
RESULT = True
TRIGGERS = (
    "than",
    "ahead",
    "in front",
    "behind",
    "clear",
    "adrift",
    "short",
    "majority",
    "point",
    "pts",
    "lead",
    "margin",
    "separat",
    "split",
    "divide",
    "between",
)

_POINTS = r"(?P<unit>\s?%|\s*per\s?cent\b|(?:\s|-)(?:percentage[- ])?points?\b)"
_MORE = alternation(lx.GAP_MORE_WORDS)
_PLACE = alternation(lx.GAP_PLACE_WORDS)
_WIN_LOSE = alternation(lx.GAP_RESULT_VERBS)
_NOUN = alternation(lx.LEAD_NOUNS)
PATTERNS = [
    # "7,247 more votes than X", "1,591 more than the Tories", "N fewer votes than X"
    base.pattern(
        rf"{base.HEDGED}{base.NUM}(?P<unit>\s+votes?)?\s+(?:{_MORE})\s+(?:votes?\s+)?than\b",
        "votes",
        needs=("than",),
        comparative=True,
    ),
    # "finished 2,620 votes clear of X", "just 117 ahead of Reform", "9,974 votes behind"
    base.pattern(
        rf"{base.HEDGED}{base.NUM_DIGITS}(?P<unit>\s+votes?)\s+(?:{_PLACE})\b",
        "votes",
        comparative=True,
    ),
    base.pattern(
        rf"{base.HEDGED}{base.NUM_DIGITS}\s+(?:ahead\s+of|behind|clear\s+of|adrift\s+of)\s+"
        r"(?=[A-Z]|the\s+(?:winner|runner|[A-Z]))",
        "votes",
        flags=0,
        comparative=True,
    ),
    # "some 23.2 points behind the Conservatives", "18 points ahead of Labour"
    base.pattern(
        rf"{base.HEDGED}{base.NUM_DIGITS}(?P<unit>\s*(?:percentage[- ])?points?\b|\s*pts\b)"
        rf"\s+(?:{_PLACE})\b",
        "percent",
        needs=("point", "pts"),
        comparative=True,
    ),
    # "a 4.5% majority over the Tories", "a 12-point majority"
    base.pattern(rf"{base.NUM_DIGITS}{_POINTS}\s+majority\b", "percent", needs=("majority",)),
    # "a majority of 12.3 points", "a slim majority of 2.8%" (not "a majority of 52% of the
    # vote", a share above half: see `extract`)
    base.pattern(
        rf"\bmajority\s+of\s+{base.HEDGED}{base.NUM_DIGITS}"
        r"(?P<unit>\s*(?:percentage[- ])?points?\b|\s?%|\s*per\s?cent\b)(?!\s+of\b)",
        "percent",
        needs=("majority",),
    ),
    # "Mr Levy's lead over Labour was 712 votes", "her margin over the Greens of 3,000":
    # a lead over a named side (not the majority when that side came third).
    base.pattern(
        rf"\b(?:{_NOUN})\s+over\s+{base.CLAUSE}{{0,50}}?\b(?:was|is|of|stood\s+at|at|to)\s+"
        rf"(?:just\s+|only\s+)?{base.HEDGED}{base.NUM}(?P<unit>\s+votes?)?"
        rf"(?!\s*(?:%|per\s?cent|points?|percentage|pts|seats?))\b",
        "votes",
        needs=("over",),
    ),
    # "the winning margin was 1.7 percentage points", "a lead over Labour of 18 points"
    base.pattern(
        rf"\b(?:{_NOUN})\b{base.CLAUSE}{{0,50}}?\b(?:was|is|of|stood\s+at|at|to)\s+"
        rf"(?:just\s+|only\s+)?{base.HEDGED}{base.NUM_DIGITS}"
        r"(?P<unit>\s*(?:percentage[- ])?points?\b|\s*pts\b)",
        "percent",
    ),
    # "trailing Labour by 4,925 votes and 18 percentage points", "won by 18 points"
    base.pattern(
        rf"\b(?:{_WIN_LOSE})\b[^.;\d]{{0,40}}?\bby\s+(?:[\d,]+\s+votes?\s+(?:and|or)\s+)?"
        rf"{base.HEDGED}{base.NUM_DIGITS}(?P<unit>\s*(?:percentage[- ])?points?\b)",
        "percent",
        needs=("point",),
    ),
]

# "Just 974 votes separate first and third", "only 92 votes split the top two": the gap
# between two places in the result.
_ORD_A = ordinal.ORDINAL.replace("(?P<n>", "(?P<a>")
_ORD_B = ordinal.ORDINAL.replace("(?P<n>", "(?P<b>")
PATTERNS.append(
    base.pattern(
        rf"{base.HEDGED}{base.NUM}(?P<unit>\s+votes?)\s+(?:{alternation(lx.COUNT_GAP_VERBS)})\s+"
        rf"(?:the\s+)?(?:(?P<top>top\s+two)|{_ORD_A}(?:\s+place)?\s+(?:and|from)\s+(?:the\s+)?{_ORD_B})",
        "votes",
        cues=lambda m: {
            "places": "1:2"
            if m.group("top")
            else f"{ordinal.ordinal_value(m.group('a'))}:{ordinal.ordinal_value(m.group('b'))}"
        },
    )
)

# "Labour and the Liberal Democrats were separated by 3,275 votes": the gap between the two
# sides the clause names, either way round.
PATTERNS.append(
    base.pattern(
        rf"\b(?:were|was|are|is)\s+(?:separated|split|divided)\s+by\s+(?:just\s+|only\s+)?"
        rf"{base.HEDGED}{base.NUM}(?P<unit>\s+votes?)",
        "votes",
        needs=("separat", "split", "divide"),
        cues=lambda m: {"pair": "either way"},
    )
)

# What follows a figure: its comparative word, and whether the clause's side has more.
_AFTER = lazy_compile(
    rf"(?:\s+votes?)?\s*(?:%|per\s?cent|(?:\s|-)(?:percentage[- ])?points?)?\s+"
    rf"(?P<word>{_MORE}|{_PLACE}|majority)\b(?:\s+(?:votes?\s+)?(?:than|of|over))?",
    re.I,
)
_NOUN_WORD = lazy_compile(rf"\b(?:{_NOUN})\b", re.I)


def _noun_frame(claim: Claim, context: ArticleContext) -> re.Match[str] | None:
    """The lead noun the figure hangs on: the last one before it with no figure between."""
    nouns = list(_NOUN_WORD.finditer(context.text, claim.sentence_start, claim.start))
    if not nouns or re.search(r"\d", context.text[nouns[-1].end() : claim.start]):
        return None
    return nouns[-1]


_FEWER = lazy_compile(rf"^(?:{alternation(lx.GAP_FEWER_WORDS)})$", re.I)
_INTERIM = lazy_compile(rf"\b(?:{alternation(lx.INTERIM_COUNT_WORDS)})\b", re.I)
_WINNER = lazy_compile(
    r"\s*(?:the\s+)?(?:winner|victor|winning\s+candidate|victory|winning|taking\s+the\s+seat)\b",
    re.I,
)
_RUNNER_UP = lazy_compile(r"\s*(?:the\s+)?(?:runner-up|runners-up|second[- ]placed?)\b", re.I)
_BY_FRAME = lazy_compile(
    rf"\b(?:{_WIN_LOSE})\b(?P<between>[^.;\d]{{0,40}}?)\bby\s+"
    r"(?:[\d,]+\s+votes?\s+(?:and|or)\s+)?(?:[a-z]+\s+){0,2}$",
    re.I,
)
_CHANGE = lazy_compile(
    r"\b(?:increas|reduc|cut|fell|rose|boost|grew|slash|trimm|halv|doubl|up|down|share)\w*\b",
    re.I,
)


def extract(text, sentences) -> list[Claim]:
    claims = base.claims_from_patterns(NAME, text, sentences, PATTERNS)
    kept = []
    for c in claims:
        lead = text[max(c.sentence_start, c.start - 60) : c.start]
        frame = _BY_FRAME.search(lead)
        # "increased her share by 5 points": a change, not a gap between two sides.
        if frame and _CHANGE.search(frame.group("between")):
            continue
        # "a majority of 52%" is a share above half, not a gap in points.
        if c.quantity.unit == "percent" and c.quantity.value >= 50 and "point" not in c.text:
            continue
        kept.append(c)
    return kept


# --- the two sides -------------------------------------------------------------------


class _Side:
    """One side of a gap: a named person or party, or a place in the result."""

    def __init__(
        self, mention: Mention | None = None, place: int | None = None, winner_only: bool = False
    ):
        self.mention = mention
        self.place = place  # 0: the winner, 1: the runner-up
        # The runner-up only as the side a winner is ahead of ("came home N votes ahead").
        self.winner_only = winner_only

    def candidate(self, context: ArticleContext, result: ElectionResult) -> Candidate | str:
        if self.place is not None:
            top = derive.ranked(context.reference, result)
            if len(top) <= self.place:
                return "the result has too few candidates"
            return top[self.place]
        m = self.mention
        assert m is not None
        if m.kind == "person":
            found = subj.candidate_in(result, m.id)
            if found is not None:
                return found
            if any(c.name for c in result.candidates):
                return f"{m.id} did not stand at this contest"
            party = m.party
        else:
            party = m.id
        if party is None:
            return f"no party is known for {m.text}"
        found = subj.party_candidate(result, party)
        return found or f"no single {subj.party_label(context, party)} candidate in this result"

    def evidence(self) -> list[Evidence]:
        m = self.mention
        return [Evidence(m.text, m.start, m.end, "candidate")] if m else []


def _named_at(context: ArticleContext, start: int, end: int) -> Mention | None:
    """The first person, else party, named in text[start:end]."""
    people = context.people_in(start, end)
    if people:
        return people[0]
    parties = context.mentions_in(context.party_mentions, start, end)
    return parties[0] if parties else None


def _clause_subject(claim: Claim, context: ArticleContext, upto: int) -> Mention | None:
    """The side the figure's clause is about: its person, else its last party."""
    person = subj.person_near(claim, context)
    if person is not None and person.end <= upto:
        return person
    start = subj.clause_start(context.text, claim.sentence_start, claim.start)
    parties = context.mentions_in(context.party_mentions, start, upto)
    if parties:
        return parties[-1]
    # "The Tories ..., trailing Labour by N": the sentence's subject before its clauses.
    parties = context.mentions_in(context.party_mentions, claim.sentence_start, upto)
    return parties[0] if parties else None


def _sides(claim: Claim, context: ArticleContext) -> tuple[_Side, _Side, int] | str:
    """(this side, the other side, +1 when this side has more, 0 either way) for the figure."""
    text = context.text
    places = claim.cues.get("places", "")
    if places and "None" not in places:
        a, b = sorted(int(p) - 1 for p in places.split(":"))
        if a == b:
            return "both sides of the gap are the same place"
        return _Side(place=a), _Side(place=b), 1
    if claim.cues.get("pair"):
        # "Labour and the Liberal Democrats were separated by N": the two sides named last.
        start = subj.clause_start(text, claim.sentence_start, claim.start)
        named = sorted(
            context.people_in(start, claim.start)
            + context.mentions_in(context.party_mentions, start, claim.start),
            key=lambda m: m.start,
        )
        if len(named) < 2:
            return "the two sides of this gap are not named"
        return _Side(named[-2]), _Side(named[-1]), 0
    after = _AFTER.match(text, claim.end, claim.sentence_end)
    lead = text[claim.sentence_start : claim.start]
    # "won by 18 points": only a gap in points hangs on "by" here (a count is a majority's).
    frame = _BY_FRAME.search(lead) if claim.quantity.unit == "percent" else None
    if after is not None and after.group("word").lower() == "majority":
        # "a 4.5% majority over the Tories": the winner's, over the one named or the runner-up.
        rest = after.end()
        over = re.match(r"\s+(?:over|against)\s+", text[rest : claim.sentence_end])
        other = _named_at(context, rest, rest + 40) if over else None
        return _Side(place=0), _Side(other) if other else _Side(place=1), 1
    noun = _noun_frame(claim, context)
    if after is None and frame is None and noun is not None:
        # "Mr Levy's lead over Labour was 712 votes", "the winning margin was 1.7 points":
        # the noun's owner (else the winner) over the side after "over" (else the runner-up).
        owner = _named_at(context, max(claim.sentence_start, noun.start() - 40), noun.start())
        owner_before = text[max(claim.sentence_start, noun.start() - 40) : noun.start()]
        if owner is not None and not re.search(r"['’]s?\s+(?:\w+\s+)?$", owner_before):
            owner = None  # only a possessive owns the noun
        over = re.match(r"\s*over\s+", text[noun.end() : claim.start])
        other = _named_at(context, noun.end(), claim.start) if over else None
        this_side = _Side(owner) if owner else _Side(place=0)
        return this_side, _Side(other) if other else _Side(place=1), 1
    if after is None and frame is None:
        # "a majority of 12.3 points": the winner's over the runner-up.
        if re.search(r"\bmajority\s+of\s+(?:\w+\s+)?$", lead, re.I):
            return _Side(place=0), _Side(place=1), 1
        return "the two sides of this gap are not clear"
    if frame is not None:
        # "trailing Labour by ...": the side named between the verb and "by" is the other.
        verb = frame.group(0).split()[0].lower()
        lo = claim.sentence_start + frame.start("between")
        other = _named_at(context, lo, claim.sentence_start + frame.end("between"))
        sign = -1 if verb in lx.GAP_FEWER_WORDS or verb in lx.DEFEAT_WORDS else 1
        this = _clause_subject(claim, context, claim.sentence_start + frame.start())
        if other is None and this is None:
            return _Side(place=0), _Side(place=1), 1
        if other is None:
            other_side = _Side(place=0) if sign < 0 else _Side(place=1)
            return _Side(this), other_side, sign
        if this is None:
            this_side = _Side(place=1) if sign < 0 else _Side(place=0)
            return this_side, _Side(other), sign
        return _Side(this), _Side(other), sign
    assert after is not None
    sign = -1 if _FEWER.match(after.group("word")) else 1
    rest = after.end()
    other = _named_at(context, rest, min(claim.sentence_end, rest + 45))
    other_side = _Side(other) if other else None
    if other_side is None and after.group("word").lower().startswith("further"):
        # "X finished 2,620 clear of Mr Nuttall, with Y just 79 votes further back": behind
        # the side named before this one.
        this = _clause_subject(claim, context, claim.start)
        if this is None:
            return "no candidate or party is named for this gap"
        named = [
            m
            for m in context.people_in(claim.sentence_start, this.start)
            + context.mentions_in(context.party_mentions, claim.sentence_start, this.start)
            if m.end <= this.start and m.id != this.id and m.id != this.party
        ]
        if not named:
            return "the side this figure is measured against is not named"
        return _Side(this), _Side(max(named, key=lambda m: m.start)), sign
    if other_side is None:
        tail = text[rest : claim.sentence_end]
        bare = re.match(r"\s*(?:[,.;:)–—-]|$|(?:on|with|and|at)\s)", tail)
        if _WINNER.match(tail) or (sign < 0 and bare):
            other_side = _Side(place=0)  # "9,974 votes behind": behind the winner
        elif _RUNNER_UP.match(tail):
            other_side = _Side(place=1)
        elif sign > 0 and bare:
            # "came home 7,403 votes ahead": the winner's lead over the runner-up.
            other_side = _Side(place=1, winner_only=True)
        else:
            return "the side this figure is measured against is not named"
    this = _clause_subject(claim, context, claim.start)
    if this is None:
        return "no candidate or party is named for this gap"
    return _Side(this), other_side, sign


_THAN_TIME = lazy_compile(rf"\s*(?:{alternation(lx.GAP_TIME_PHRASES)}|in\s+(?:19|20)\d\d)\b", re.I)
_MAJORITY_BEFORE = lazy_compile(
    r"\bmajority\s+(?:of\s+)?(?:just\s+|only\s+)?(?P<n>\d[\d,]*)\s*(?:votes?\s*)?"
    r"(?:[-–—,(]\s*)$",
    re.I,
)


def _between_majorities(claim: Claim, context: ArticleContext) -> Finding | None:
    """ "a majority of 26,000 - 1,180 more than this year -": one majority against another.

    The figure stands in apposition to a majority and is measured against a time ("this
    year", "last time"): the gap is that majority minus the majority of the contest the
    time names, each in the contest its own words give.
    """
    text = context.text
    after = _AFTER.match(text, claim.end, claim.sentence_end)
    if after is None or not _THAN_TIME.match(text, after.end(), claim.sentence_end):
        return None
    before = _MAJORITY_BEFORE.search(text, claim.sentence_start, claim.start)
    if before is None:
        return None
    earlier = Claim("majority", claim.quantity, before.start("n"), before.end("n"), "")
    earlier.sentence_start, earlier.sentence_end = claim.sentence_start, claim.sentence_end
    person = subj.person_near(earlier, context)
    then = subj.resolve_result(earlier, context, person)
    if isinstance(then, str):
        return base.unverifiable(claim, then)
    when = _THAN_TIME.match(text, after.end(), claim.sentence_end).group(0).strip().lower()
    reported = context.focus.get(then.seat)
    if reported is None and context.anchor_date is not None:
        # The seat's latest contest before the article.
        latest = [
            c.election
            for c in derive.contests(context.reference, then.seat, follow_predecessors=False)
            if c.election.date <= context.anchor_date and c.election.kind != "notional"
        ]
        reported = latest[-1] if latest else None
    now_result = None
    if when in ("this year", "this time"):
        # The contest the article reports; the majority it is set against is another one
        # the sentence names ("at the 2019 general election").
        if reported is None:
            return base.unverifiable(claim, "which contest 'this year' is, is unclear")
        now_result = context.result_for(then.seat, reported)
        if then.election.id == reported.id:
            s = context.sentence_at(claim.start)
            named = {
                c[2].id: c[2]
                for c in context.election_cues(then.seat, text[s.start : s.end])
                if c[2] is not None and c[2].id != reported.id
            }
            if len(named) != 1:
                return base.unverifiable(claim, "which contest the first majority is, is unclear")
            election = next(iter(named.values()))
            result = context.result_for(then.seat, election)
            if result is None:
                label = subj.election_label(election)
                return base.unverifiable(claim, f"no result for the {label}")
            then = subj.ResultSubject(then.seat, election, result, "the other election named")
    else:
        # "last time", "at the previous election": the contest before the first majority's.
        now_result = derive.baseline_result(context.reference, then.result)
    if now_result is None:
        return base.unverifiable(claim, "no result for the contest the gap is measured against")
    now = subj.ResultSubject(
        then.seat,
        context.reference.elections[now_result.election],
        now_result,
        f"'{when}'",
    )
    if then.election.id == now.election.id:
        return base.unverifiable(claim, "both majorities resolve to the same contest")
    a = derive.majority(context.reference, then.result)
    b = derive.majority(context.reference, now.result)
    if a is None or b is None:
        return base.unverifiable(claim, "the official results do not give both majorities")
    sign = -1 if _FEWER.match(after.group("word")) else 1
    if sign * (a - b) <= 0:
        return base.unverifiable(
            claim, f"the official majorities are the other way round ({a:,} and {b:,})"
        )
    finding = base.judged(
        claim,
        abs(a - b),
        context,
        subject=(f"majority {subj.describe(context, then)} against {subj.describe(context, now)}"),
        source=subj.cite(context, now),
        official=f"gap {abs(a - b):,}",
        note=f"majorities {a:,} and {b:,}",
    )
    evidence = list(then.evidence) + list(now.evidence)
    base.over_readings(claim, finding, base.reading_of(finding, now.ids(), evidence), [])
    return finding


def verify(claim: Claim, context: ArticleContext) -> Finding:
    clause = subj.clause_of(claim, context)
    if _INTERIM.search(clause):
        return base.unverifiable(claim, "a gap during the count, not the declared result")
    two = _between_majorities(claim, context)
    if two is not None:
        return two
    sides = _sides(claim, context)
    if isinstance(sides, str):
        return base.unverifiable(claim, sides)
    this, other, sign = sides
    person = this.mention if this.mention and this.mention.kind == "person" else None
    resolved = subj.resolve_result(claim, context, person)
    if isinstance(resolved, str):
        return base.unverifiable(claim, resolved)
    return base.judged_over_readings(
        claim, context, resolved, lambda r: _judge_under(claim, context, r, this, other, sign)
    )


def _judge_under(
    claim: Claim,
    context: ArticleContext,
    resolved: subj.ResultSubject,
    this: _Side,
    other: _Side,
    sign: int,
) -> tuple[Finding, Reading]:
    evidence = list(resolved.evidence) + this.evidence() + other.evidence()

    def unjudged(reason: str) -> tuple[Finding, Reading]:
        finding = base.unverifiable(claim, reason)
        return finding, base.reading_of(finding, resolved.ids(), evidence)

    result = resolved.result
    a, b = this.candidate(context, result), other.candidate(context, result)
    if isinstance(a, str):
        return unjudged(a)
    if isinstance(b, str):
        return unjudged(b)
    if a is b:
        return unjudged("both sides of the gap are the same candidate")
    if other.winner_only and derive.ranked(context.reference, result)[0] is not a:
        return unjudged("ahead of whom is not said, and this side did not win")
    if a.votes is None or b.votes is None:
        return unjudged("the official result does not give both candidates' votes")
    diff: float = a.votes - b.votes
    official = f"{a.votes:,} to {b.votes:,}"
    if claim.quantity.unit == "percent":
        total = derive.total_votes(context.reference, result)
        if not total:
            return unjudged("the official result gives no total to take shares of")
        diff = 100.0 * diff / total
        official = f"{100.0 * a.votes / total:.2f}% to {100.0 * b.votes / total:.2f}%"
    if sign * diff < 0 or (sign and not diff):
        return unjudged(
            f"the official result has them the other way round ({official}): "
            "which side the sentence means is unclear"
        )

    def name(c: Candidate) -> str:
        party = subj.party_label(context, c.party)
        return f"{c.name} ({party})" if c.name else party

    shown = abs(diff) if claim.quantity.unit != "percent" else round(abs(diff), 2)
    finding = base.judged(
        claim,
        abs(diff),
        context,
        subject=subj.describe(context, resolved, f"{name(a)} against {name(b)}"),
        source=subj.cite(context, resolved),
        official=f"gap {shown:,}" + ("" if claim.quantity.unit != "percent" else " points"),
        note=official,
    )
    finding.doubt = subj.does_not_add_up(result) or ""
    if finding.verdict == Verdict.FALSE and claim.quantity.step == 1:
        # A figure equal to another pair's gap: the sentence more likely means that pair.
        votes = sorted((c.votes for c in result.candidates if c.votes is not None), reverse=True)
        gaps = {x - y for i, x in enumerate(votes) for y in votes[i + 1 :]}
        if claim.quantity.unit != "percent" and claim.quantity.value in gaps:
            finding.verdict = Verdict.UNVERIFIABLE
            finding.reason = (
                f"{claim.quantity.as_written} is the gap between two other candidates: "
                "which pair the sentence means is unclear"
            )
    ids = resolved.ids(a.party or None, a.name or None)
    return finding, base.reading_of(finding, ids, evidence)
