"""Resolving a claim's seat, election, result, party and candidate (shared by the kinds)."""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from factcheck.claims import Claim, Evidence, Qualifier
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.prefilter import SpanIndex, every_match, may_match, span_starts
from factcheck.language.quantities import HEDGE, WORDS
from factcheck.language.scan import fold, last_tokens_start, scan, tail_start
from factcheck.language.sentences import LIST_MARKER_LINE, Sentence, lazy_compile
from factcheck.reference import derive
from factcheck.reference.index import normalise_name
from factcheck.reference.model import Candidate, Election, ElectionResult, SourceRef
from factcheck.resolve import anaphora
from factcheck.resolve.context import (
    BY_ELECTION_WORD,
    HISTORY_NOTE,
    NOTIONAL_FRAME_NOTE,
    TITLES,
    UNKNOWN_CONTEST_NOTE,
    ArticleContext,
    Mention,
    cue_reaches,
    is_apposition,
    notional_frames,
    one_slip_apart,
)

# "its", "their", "the party": a party named earlier in the text.
_PARTY_PRONOUN = lazy_compile(
    r"\b(?:its|their|they|them|we|us|our|the party['’]s|the party)\b", re.I
)


@dataclass
class ResultSubject:
    seat: str
    election: Election
    result: ElectionResult
    why: str
    # The text the choice of seat and contest rests on.
    evidence: list[Evidence] = field(default_factory=list)
    # A reading from the contest the sentence before named ("He took Ross, Cromarty and
    # Skye in June 1983. He polled 38.5 per cent"), not from the figure's own sentence.
    told_before: bool = False

    @property
    def explicit(self) -> bool:
        """Whether the contest was named by a cue that governs the figure."""
        return self.why.startswith("'")

    def ids(self, party: str | None = None, candidate: str | None = None) -> dict[str, str | None]:
        return {
            "seat": self.seat,
            "contest": contest_id(self.election, self.seat),
            "party": party,
            "candidate": candidate,
        }


def does_not_add_up(result: ElectionResult) -> str | None:
    """Why a result's own figures disagree (candidates' votes against its valid votes), if so.

    A figure judged against such a record may be right where the record has a slip, so it
    is never called false on that record alone.
    """
    votes = [c.votes for c in result.candidates]
    if not result.valid_votes or not votes or any(v is None for v in votes):
        return None
    total = sum(v for v in votes if v is not None)
    if total == result.valid_votes:
        return None
    return (
        f"the official record does not add up (candidates' votes sum to {total:,}, "
        f"valid votes {result.valid_votes:,})"
    )


def contest_id(election: Election, seat: str) -> str:
    """A contest's id: a by-election's own id, or a general election's id and the seat's."""
    if election.kind == "by-election":
        return election.id
    return f"{election.id}/{seat}"


def other_readings(
    claim: Claim, context: ArticleContext, resolved: ResultSubject
) -> list[ResultSubject]:
    """Other contests the text allows for a figure whose contest no cue names.

    An election named elsewhere in the sentence ("took the seat with a majority of N in
    the 2019 general election - some 55 per cent of the vote"), and in a by-election
    report, the general election before it. Never a search for a contest that fits.
    """
    found = twin_readings(claim, context, resolved)
    if resolved.explicit or resolved.why == "earlier":
        # (a time the sentence names fixes the contest, not the seat: "Now to Mid Norfolk,
        # where George Freeman has survived. // Five years ago you had a majority of more
        # than 22,000": the seat of the paragraph before is a reading too)
        if resolved.why != "earlier":
            found += _paragraph_before_reading(claim, context, resolved, resolved.why)
        return found
    if "seat_row" in claim.cues:
        found += seat_row_readings(claim, context, resolved)
    seen = {resolved.election.id} | {r.election.id for r in found}
    for start, end, election in context.other_election_cues(resolved.seat, claim.start):
        result = context.result_for(resolved.seat, election)
        if result is not None and election.id not in seen:
            seen.add(election.id)
            cue = Evidence(context.text[start:end], start, end, "contest")
            found.append(ResultSubject(resolved.seat, election, result, f"'{cue.cue}'", [cue]))
    # (past a paragraph break, the narrative's time is a reading too: "In 1997 Twigg took
    # Enfield Southgate ... // ... Turnout was just under 71 per cent")
    in_force = context.election_in_force(claim.start) or context.election_in_force_before(
        claim.start
    )
    if in_force is not None and in_force[0].id not in seen:
        # "In 2017 the seat looked safe. X won 55.9% ...": the time the narrative moved to.
        election, start, end = in_force
        cue = Evidence(context.text[start:end], start, end, "contest")
        stood = [
            seat
            for person in context.people_in(claim.sentence_start, claim.sentence_end)
            if person.id in context.people
            for e, seat in context.people[person.id].candidacies
            if e == election.id
        ]
        for seat in dict.fromkeys([*stood, resolved.seat, context.seat_for(claim.start)]):
            result = context.result_for(seat, election) if seat else None
            if result is not None:
                seen.add(election.id)
                found.append(ResultSubject(seat, election, result, f"'{cue.cue}'", [cue]))
                break
    for person in context.people_in(claim.sentence_start, claim.sentence_end):
        # "Diana Maddock overturned a Tory majority of 23,015 in Christchurch": the
        # by-election the record has the person named in the sentence standing in, here.
        stood = context.people.get(person.id)
        for e, seat in stood.candidacies if stood else ():
            election = context.reference.elections.get(e)
            if (
                seat != resolved.seat
                or e in seen
                or election is None
                or election.kind != "by-election"
                or (context.anchor_date is not None and election.date > context.anchor_date)
            ):
                continue
            result = context.result_for(seat, election)
            if result is not None:
                seen.add(e)
                cue = Evidence(person.text, person.start, person.end, "candidate")
                # (not a cue naming the contest: a majority "overturned" is the one before)
                why = f"the by-election {person.text} stood in"
                found.append(ResultSubject(seat, election, result, why, [cue]))
    if resolved.election.kind != "by-election":
        # "X has chosen ... as its first MP. // Turnout was 70.0%." in a piece about another
        # seat: the seat of the paragraph before may go on.
        found += _paragraph_before_reading(claim, context, resolved, "the paragraph before")
    lasts, (start, end) = context.undated_last_elections(claim.start)
    for election in lasts:
        # "At the last election she won by 9,824", undated: each election it may be.
        result = context.result_for(resolved.seat, election)
        if result is not None and election.id not in seen:
            seen.add(election.id)
            cue = Evidence(context.text[start:end], start, end, "contest")
            found.append(ResultSubject(resolved.seat, election, result, f"'{cue.cue}'", [cue]))
    told = context.told_before(resolved.seat, claim.start)
    if told is None and not _search_in_sentence(
        context, _OWN_TIME, claim.sentence_start, claim.sentence_end
    ):
        # "... held Westmorland and Lonsdale by 777 votes in 2017. Labour took 4,783.": the
        # one contest the sentence before names, a year closing it included, is a reading.
        told = _contest_named_just_before(claim, context, resolved.seat)
    if told is not None and told[0].id not in seen:
        # "X lost the seat in 2015. She had 19,926 votes.": the contest the sentence
        # before named, which the pronoun's sentence may go on about.
        election, start, end = told
        # ("He made his name in Basildon at the 1992 election ... His majority was 1,480":
        # the one seat that sentence names, where the contest told was held)
        # (of several, the one that had the contest: "who lost Ross, Skye and Lochaber
        # last month, first won Ross, Cromarty and Skye in June 1983. He polled 38.5%")
        where = context.sentence_at(start)
        held = {
            r.constituency: r
            for m in context.mentions_in(context.seat_mentions, where.start, where.end)
            if (r := context.result_for(m.id, election)) is not None
        }
        result = (
            next(iter(held.values()))
            if len(held) == 1
            else context.result_for(resolved.seat, election)
        )
        if result is not None:
            seen.add(election.id)
            cue = Evidence(context.text[start:end], start, end, "contest")
            found.append(
                ResultSubject(
                    result.constituency, election, result, f"'{cue.cue}'", [cue], told_before=True
                )
            )
    sentence = context.text[claim.sentence_start : claim.sentence_end]
    # ("he had won the Uxbridge and South Ruislip by-election by 7,210 votes": a figure
    # whose own clause names the by-election is that by-election's alone)
    names_it = BY_ELECTION_WORD.search(
        context.text, _clause_start(context.text, claim.sentence_start, claim.start), claim.start
    )
    if (resolved.election.kind == "by-election" and not names_it) or _THIS_TIME.search(sentence):
        # In a by-election report, the general election before it; and "my 10,000
        # majority meant nothing this time": the one before the contest reported.
        base = derive.baseline_result(context.reference, resolved.result)
        if base is not None and base.election not in seen:
            election = context.reference.elections[base.election]
            found.append(
                ResultSubject(resolved.seat, election, base, "the general election before it")
            )
            seen.add(election.id)
    if context.info.date is None and context.focus.get(resolved.seat) is None:
        # An undated article whose named candidates do not fix its contest: each of the
        # seat's contests in a year the article writes may be the one it reports.
        for election in context.contests_named(resolved.seat):
            result = context.result_for(resolved.seat, election)
            if result is not None and election.id not in seen:
                seen.add(election.id)
                found.append(
                    ResultSubject(
                        resolved.seat, election, result, "a year the undated article names"
                    )
                )
    return found


_OLD_BOUNDARIES = lazy_compile(
    r"\b(?:on|under)\s+the\s+(?:old|previous|former|pre-2024|actual)\s+(?:boundaries|boundary|map|lines)\b",
    re.I,
)


def twin_readings(
    claim: Claim, context: ArticleContext, resolved: ResultSubject
) -> list[ResultSubject]:
    """The same election read another way the text allows, even when a cue named it.

    After a boundary change "in 2019" may be the seat's actual result or its notional
    recast on the new boundaries; and a seat named in the figure's sentence ("in the old
    North East Somerset seat") may be the one meant rather than the article's.
    """
    found: list[ResultSubject] = []
    election = resolved.election
    reference = context.reference
    twins = context.twins(election)
    if election.kind == "notional" and resolved.why.endswith(("(notional)", NOTIONAL_FRAME_NOTE)):
        # The text called it notional ("on the notional figures"): not the declared result.
        twins = []
    if _search_in(_OLD_BOUNDARIES, context.text, claim.sentence_start, claim.start):
        # "On the old boundaries ...": the declared result, not a recast.
        twins = [t for t in twins if t.kind != "notional"]
    for twin in twins:
        result = context.result_for(resolved.seat, twin)
        if result is not None:
            found.append(
                ResultSubject(resolved.seat, twin, result, resolved.why, resolved.evidence)
            )
    named = context.mentions_in(context.seat_mentions, claim.sentence_start, claim.sentence_end)
    for mention in named:
        # ("At that election Ms Twist held Blaydon by 5,531 votes", after a notional 2019
        # result of Blaydon and Consett: the old seat the name is exactly may be meant)
        seats = [mention.id, *context.seats_named_exactly(mention)]
        cue = Evidence(mention.text, mention.start, mention.end, "seat")
        for seat in dict.fromkeys(seats):
            if seat == resolved.seat:
                continue
            for e in [election, *twins]:
                base = reference.elections.get(e.base) if e.kind == "notional" and e.base else e
                if base is not None and base.kind == "by-election":
                    continue  # (another seat's by-election is no reading of this one)
                result = context.result_for(seat, base) if base else None
                if result is not None:
                    found.append(ResultSubject(seat, base, result, f"'{mention.text}'", [cue]))
                    break
    return found


def election_label(election: Election) -> str:
    when = election.when()
    if election.kind == "general":
        return f"general election, {when}"
    return f"{election.name}, {when}"


def seat_label(context: ArticleContext, seat: str) -> str:
    c = context.reference.constituencies.get(seat)
    return c.name if c else seat


def party_label(context: ArticleContext, party: str | None) -> str:
    if party is None:
        return "?"
    p = context.reference.parties.get(party)
    return p.short if p else party


_NATIONAL = lazy_compile(
    rf"\b(?:national(?!\s+(?:{alternation(lx.NATIONAL_NON_AREA_NOUNS)})\b)|nationally|nationwide|"
    r"across\s+(?:the\s+)?(?:UK|United\s+Kingdom|country|Britain|"
    r"nation|England|Scotland|Wales)|UK-wide|country-?wide|in\s+the\s+country\s+as\s+a\s+whole|"
    r"(?:UK|British|GB|popular)\s+vote|UK\s+results?|state\s+of\s+the\s+parties|"
    # ("MORNING TALLY (650 of 650):", "with all 650 seats declared": every seat's count)
    r"(?P<seats>6[2-5]\d)\s+of\s+(?P=seats)|all\s+6[2-5]\d\s+seats"
    # ("UK turnout: 67.3% (2017: 68.8%)": a label naming the country's measure)
    r"|(?-i:UK|GB)\s+(?:turnout|turn-out|share|shares|seats|total|totals))\b",
    re.I,
)


def national_cues(context: ArticleContext, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans in text[lo:hi] of words framing a figure as the whole country's
    ("nationally", "across the UK"), leaving out those inside a party's name: "the
    Scottish National Party", "the National Front", "a National Liberal" name no area."""
    memo = context.__dict__
    if "_national_cues" not in memo:
        starts = context._starts(context.party_mentions)
        found = []
        for m in every_match(_NATIONAL, context.text):
            i = bisect_right(starts, m.start()) - 1
            party = context.party_mentions[i] if i >= 0 else None
            if _BACKDROP_BEFORE.search(context.text, max(0, m.start() - 40), m.start()):
                continue  # "held on to almost 39 per cent despite a difficult national picture"
            if party is None or party.end < m.end():
                found.append((m.start(), m.end()))
        memo["_national_cues"] = found
    cues = memo["_national_cues"]
    within = cues[bisect_left(cues, (lo, -1)) : bisect_left(cues, (hi, -1))]
    return [c for c in within if c[1] <= hi]


# A national word set against the figure as its backdrop ("despite a difficult national
# picture", "given his party's national poll ratings"): the figure is not the country's.
_BACKDROP_BEFORE = lazy_compile(
    r"\b(?:despite|in\s+spite\s+of|amid|given|notwithstanding)\s+"
    r"(?:(?:a|an|the|its|his|her|their|this|that)\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


def _uk_wide_in(context: ArticleContext, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] frames figures as the whole country's ("nationally", "across
    the UK"), not as one nation's ("across Wales")."""
    return any(
        not _NATION_WORD.search(context.text, a, b) for a, b in national_cues(context, lo, hi)
    )


def _national_in(context: ArticleContext, lo: int, hi: int) -> bool:
    return bool(national_cues(context, lo, hi))


_POLL = lazy_compile(
    # ("a poll of 85.5 per cent": the turnout, as older reports write it)
    r"\b(?:opinion\s+polls?|polls?\s+(?:of(?!\s+(?:just\s+|only\s+|some\s+|about\s+)?"
    r"[\d.]+\s*(?:%|per\s?cent))|by|for|suggests?|shows?|puts?|gives?|had|has)|"
    r"polling\s+(?:of|by|for|suggests?|shows?|puts?|company|firm|average|lead)|in\s+the\s+polls|"
    r"survey|YouGov|Ipsos|Survation|Opinium|Savanta|Redfield|More\s+in\s+Common|Techne|BMG|"
    r"ComRes|Deltapoll|Find\s+Out\s+Now|JL\s+Partners|MRP|projection|projected|forecast|"
    r"exit\s+poll|predict\w*|target|quota|needs?\s+to|would\s+need|next\s+time|"
    # ("had to be within 5 per cent of 73,393 electors": a boundary rule's band)
    r"within\s+(?:\d+|five|ten)\s+per\s?cent\s+of|"
    # "Reform's private canvass data had the party on 41%": a campaign's own count
    r"canvass\w*|private\s+poll|internal\s+poll|"
    # "which would give Boris Johnson a majority of 86": what a projection would mean
    r"would\s+(?:give|hand|leave|mean)\b|"
    # "That would be a Tory majority of 86", "the Tories would have a majority of 86"
    r"would\s+(?:be|have)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?majority\b|"
    # "This time Labour has a lead of 20 points or more": a lead held now is a poll's
    r"(?:has|have|holds?|enjoys?)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?lead\s+of\b|"
    # "Our base case had assumed a majority of about 60": an investor's expectation
    r"base\s+case|(?:had\s+)?assumed\s+(?:a|an)\b|priced\s+in\b|"
    # "on 8% in some polls", "several had the SNP on 35%": a poll's figure
    r"in\s+(?:some|several|many|most|recent|the\s+latest)\s+polls|"
    # "If the Tories simply repeat their 43.6% share, ...": a condition, not a result
    r"if\s+(?:the\s+)?[\w'’ -]{1,30}?\s+(?:simply\s+|just\s+|only\s+)?(?:repeats?|matche?s?|"
    r"holds?|keeps?|gets?|wins?|takes?)\s+(?=(?:[\w'’]+\s+){0,3}\d)|"
    r"(?:had|has|have|showed|shows)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:on|at)\s+(?=\d))\b",
    re.I,
)


# (a phrase may wrap at a line break: "Between⏎them the two women took ...")
_SEVERAL_WORDS = alternation(lx.SEVERAL_OWNER_WORDS).replace(r"\ ", r"\s+")
_SEVERAL = lazy_compile(rf"\b(?:{_SEVERAL_WORDS})\b", re.I)


def several_owners(claim: Claim, context: ArticleContext) -> bool:
    """Whether a result figure belongs to several parties at once ("between them won 13,380")."""
    if claim.kind not in _RESULT_KINDS:
        return False
    text = clause_of(claim, context)
    breaks = _last_breaks(context.text, claim.sentence_start, claim.start, 2)
    if breaks and is_apposition(context.text, breaks[-1].start(), claim.start):
        # ", 32.8% of the total": an apposition shares the owners of the clause before it.
        before = breaks[-2].end() if len(breaks) > 1 else claim.sentence_start
        text = context.text[before : breaks[-1].start()] + text
    if (
        _joint_parties(claim, context)
        or _SEVERAL_OPENING.match(context.text, claim.sentence_start)
        # ("67 MPs, most of them Conservatives, were returned unopposed": a mixed set)
        or _MOST_OF_THEM_AFTER.match(context.text, claim.end)
    ):
        # ("Between them UKIP, the Greens and the Liberal Democrats polled almost a quarter
        # of the vote but won just ten seats": an opening that covers the sentence)
        return True
    # (each pattern runs only when the clause holds a word it needs)
    folded = fold(text)
    return any(
        may_match(pattern, text, 0, len(text), folded) and pattern.search(text)
        for pattern in (_SEVERAL, _IN_SEVERAL_PLACES, _NOWHERE, _BLOC)
    )


_MOST_OF_THEM_AFTER = lazy_compile(
    r"(?:\s+(?:MPs|seats|members|candidates))?,\s+(?:most|many|some|all|half|nearly\s+all|"
    r"almost\s+all)\s+of\s+them\b",
    re.I,
)
_SEVERAL_OPENING = lazy_compile(r"[\s\"'“‘*_]*(?:between\s+them|together|combined)\b", re.I)


def _joint_parties(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure's owner is two parties or more joined as one ("the DUP, UUP and
    TUV won 40.5 per cent", "38.2 per cent for Sinn Féin and the SDLP"): a bloc's sum."""
    return bool(joint_owners(claim, context))


def joint_owners(claim: Claim, context: ArticleContext) -> list[Mention]:
    """The parties, or the people, joined as the one subject of the figure's verb ("Labour
    and the Lib Dems won 25,930 votes", "Emma Dent Coad and Sam Gyimah polled 25,930"), or
    after it ("38.2 per cent for Sinn Féin and the SDLP"); none when the figures are each
    one's ("40 and 30 per cent respectively")."""
    text = context.text
    if _RESPECTIVE_LIST.search(text, claim.sentence_start, claim.sentence_end):
        return []  # "Labour and the Tories won 40 and 30 per cent respectively"
    start = clause_start(text, claim.sentence_start, claim.start)
    for before, join in (
        (context.mentions_in(context.party_mentions, start, claim.start), _PARTY_JOIN),
        (context.people_in(start, claim.start), _PERSON_JOIN),
    ):
        verb = (
            _JOINT_VERB_TO_FIGURE.fullmatch(text, before[-1].end, claim.start) if before else None
        )
        if verb is not None and (run := _joined(context, before, join)):
            return run
    after = _FOR_PARTY_AFTER.match(text, claim.end, claim.sentence_end)
    # (not a named person's figure: "David Pinto-Duschinsky took 15,855 votes for Labour and
    # the Conservative, Ameet Jogia, took 15,840")
    if after is None or context.people_in(start, claim.start):
        return []
    named = context.mentions_in(context.party_mentions, after.end(), claim.sentence_end)
    if len(named) < 2 or named[0].start != after.end():
        return []
    # (the run from the first named after the figure, up to a party that opens a clause of
    # its own: "took 26.2% for the Conservatives, and the Greens were third")
    run = [named[0]]
    for a, b in zip(named, named[1:], strict=False):
        if not _PARTY_JOIN.fullmatch(text, a.end, b.start) or _VERB_AFTER.match(text, b.end):
            break
        run.append(b)
    return run if len(run) >= 2 else []


_VERB_AFTER = lazy_compile(
    r"\s+(?:were|was|are|is|had|have|has|took|won|came|finished|polled|got|held|gained)\b",
    re.I,
)


def _joined(context: ArticleContext, mentions: list[Mention], join=None) -> list[Mention]:
    """The run of two or more of `mentions` joined by commas or "and" that the last of them
    ends (from the first of the run, with nothing else between them); else none."""
    join = join or _PARTY_JOIN
    run = [mentions[-1]]
    for a, b in zip(mentions[-2::-1], mentions[:0:-1], strict=False):
        if not join.fullmatch(context.text, a.end, b.start):
            break
        run.insert(0, a)
    return run if len(run) >= 2 else []


_RESPECTIVE_LIST = lazy_compile(
    # (a comma between figures, not inside one: "40, 30", not "25,930")
    r"\brespectively\b|\d\s*(?:%|per\s?cent)?\s*(?:,\s+|\s*\band\b)\s*\d",
    re.I,
)
# "the DUP, UUP and TUV", "Sinn Féin and the SDLP": names joined into one subject.
_JOIN = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
_PARTY_JOIN = lazy_compile(rf"{_JOIN}(?:the\s+)?", re.I)
# ... and people: "Emma Dent Coad and Sam Gyimah" (a forename the mention may not cover).
_PERSON_JOIN = lazy_compile(rf"{_JOIN}(?:(?-i:[A-Z])[\w'’-]*\s+)?", re.I)
# The verb of a joint subject, up to its figure: "won", "took a combined".
_JOINT_VERB_TO_FIGURE = lazy_compile(
    r"\s+(?:won|took|polled|got|had|secured|shared|totalled|managed|gained)\s+"
    r"(?:(?:just|only|some|about|around|almost|nearly|over|under)\s+)?",
    re.I,
)
# A bloc of parties named by what they share: "unionists won 40.5 per cent".
_BLOC = lazy_compile(
    rf"(?:\b(?:{alternation(lx.PARTY_BLOC_WORDS)})"
    r"|(?<!the\s)\b(?-i:unionists|nationalists))"
    # (as the subject of the figure's verb: not "as unionists lined up behind ...")
    r"\s+(?:between\s+them\s+|together\s+)?(?:won|took|polled|got|had|secured|managed|"
    r"mustered|shared|totalled|gained|attracted)\b",
    re.I,
)


def in_several_places(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure's clause sets it in several contests at once ("came second in
    over half of the seats")."""
    return _IN_SEVERAL_PLACES.search(clause_of(claim, context)) is not None


# "nowhere got within 5,000 votes of winning": in no one seat (not "came from nowhere").
_NOWHERE = lazy_compile(r"(?<!from\s)\bnowhere\b(?!\s+else)", re.I)


# "more than half the vote in two Tory shires", "in both seats", "decided by 170 votes
# across two elections": several contests at once.
_IN_SEVERAL_PLACES = lazy_compile(
    r"\b(?:in|across|over)\s+(?:the\s+(?:last|past)\s+)?"
    # ("came second in more than half of the seats")
    r"(?:(?:more|fewer|less)\s+than\s+|over\s+|under\s+|nearly\s+|almost\s+|about\s+)?"
    rf"(?:{alternation(lx.SEVERAL_CONTEST_WORDS)})\s+"
    # ("of the seats", "of Greater Manchester's constituencies")
    r"(?:of\s+(?:the|these|those|(?:[A-Z][\w-]*\s+){1,3}?[A-Z][\w-]*['’]s?)\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:seats|constituencies|shires|by-?elections|elections|contests|"
    r"places)\b|of\s+them\b)",
    re.I,
)


def writers_own(claim: Claim, context: ArticleContext) -> bool:
    """Whether a result figure is given for the writer's own side outside any quotation
    ("Five years ago our candidate there won 23.5% of the vote", in a party's release):
    "our" or "we" in its clause, with no party or person named after it."""
    if claim.kind not in _RESULT_KINDS or claim.kind == "turnout":
        return False
    text = context.text
    lo = _clause_start(text, claim.sentence_start, claim.start)
    found = list(_OUR_OWN.finditer(text, lo, claim.start))
    if not found or _quotation_open_at(claim, context) is not None:
        return False
    after = found[-1].end()
    return not (
        context.mentions_in(context.party_mentions, after, claim.start)
        or context.people_in(after, claim.start)
    )


# "our candidate", "our share", "we won": the writer's side owning a result ("our
# reporter says" is no owner).
_OUR_OWN = lazy_compile(
    r"\bour\s+(?:[\w-]+\s+)?(?:candidates?|party|share|vote|votes|majority|MPs?|result)\b"
    r"|\bwe\s+(?:[\w-]+\s+)?(?:won|took|polled|got|gained|secured|held|came|finished)\b",
    re.I,
)


def clause_of(claim: Claim, context: ArticleContext) -> str:
    """The text of the clause a claim stands in."""
    start, end = _clause_span(claim, context)
    return context.text[start:end]


def _clause_span(claim: Claim, context: ArticleContext) -> tuple[int, int]:
    """Where the clause a claim stands in starts and ends."""
    start = _clause_start(context.text, claim.sentence_start, claim.start)
    after = scan(_CLAUSE_BREAKS, context.text, _CLAUSE_REACH).first(claim.end, claim.sentence_end)
    return start, after.start() if after else claim.sentence_end


def _found_in(pattern, text: str, start: int, end: int, span: str) -> bool:
    """Whether `pattern` matches in `span`, which is text[start:end]. The search runs only
    when the span holds a word every match needs (`prefilter.may_match`): worth it for a
    pattern of few such words that most sentences lack."""
    return may_match(pattern, text, start, end) and pattern.search(span) is not None


def _search_in(pattern, text: str, start: int, end: int) -> re.Match[str] | None:
    """`pattern.search(text, start, end)`, run only when the span holds a word every match
    needs (`prefilter.may_match`): for a pattern most spans asked about lack the words of."""
    return pattern.search(text, start, end) if may_match(pattern, text, start, end) else None


def _may_match_in(context: ArticleContext, pattern, start: int, end: int) -> bool:
    """False only when `pattern` cannot match within text[start:end] (`prefilter.may_match`).
    For a span within one of the text's sentences, the sentence's answer: the sentences
    holding the pattern's words are found once per text (`prefilter.SpanIndex`, from the
    text's one index of words), where `may_match` looks for each word in each span asked."""
    memo = context.__dict__.get("_sentences_holding")
    if memo is None:
        starts = span_starts(context.sentences)
        index = None if starts is None else SpanIndex(context.text, context.sentences, starts)
        memo = context.__dict__["_sentences_holding"] = {None: index}
    index = memo[None]
    i = context.sentence_index(start, -1)
    if index is None or i < 0 or end > context.sentences[i].end:
        return may_match(pattern, context.text, start, end)
    holding = memo.get(pattern)
    if holding is None:
        holding = memo[pattern] = frozenset(index.spans_for(pattern))
    return i in holding


def _search_in_sentence(context: ArticleContext, pattern, start: int, end: int):
    """`pattern.search(context.text, start, end)`, run only when `_may_match_in` allows it."""
    if _may_match_in(context, pattern, start, end):
        return pattern.search(context.text, start, end)
    return None


# Words that mark a whole sentence as about an opinion poll ("A YouGov poll put Reform on
# 29%, Labour on 22% ..."); "topped the poll" and "exit poll" are results talk, not these.
_POLL_SENTENCE = lazy_compile(
    r"\b(?:YouGov|Ipsos|Survation|Opinium|Savanta|Redfield|Techne|Deltapoll|BMG|ComRes|"
    r"opinion\s+polls?|(?:a|the\s+latest|new|one|another)\s+poll\b(?!\s+(?:of\s+)?(?:station|card|tax))"
    # ("a poll of 85.5 per cent": the turnout, as older reports write it)
    r"(?!\s+of\s+(?:just\s+|only\s+|some\s+|about\s+)?[\d.]+\s*(?:%|per\s?cent))|"
    r"polls?\s+(?:this|last|next)\s+(?:week|month)|in\s+the\s+polls|polling\s+average|"
    # "Our final poll here had him 20 points clear", "a pollster who surveyed the town"
    r"(?:our|their|final)\s+poll\b|surveyed|surveys?\s+(?:of|for|by)\b"
    # "A survey paid for by one of the party's backers, putting X on 35%", "The survey
    # found ...", "Reform's private canvass ... put the party on 41%"
    r"|(?:a|the|one|another|this)\s+(?:private\s+|new\s+|local\s+)?survey\b"
    r"|canvass(?:ing)?\b|private\s+poll|internal\s+poll"
    # ("a constituency poll putting her on 41%", "seat polling by Survation")
    r"|(?:constituency|seat)[\s-]+poll(?:s|ing)?\b(?!\s+(?:station|card|day|place)s?\b)"
    # ("Pollsters put the average by-election turnout in the 2000s at roughly 45 per cent")
    r"|pollsters?\s+(?:put|puts|reckon\w*|estimat\w*|say|said|found|find)\b"
    # ("The poll, for a breakfast show, put Jill Mortimer on 50%": the poll, by its verb)
    r"|\bthe\s+poll\b(?:\s*,[^,.;]{1,60},)?\s+(?:put|puts|gave|gives|showed|shows|suggested|"
    r"suggests|found|finds)\b)",
    re.I,
)


# Other contests and counts that are not Westminster results.
_OTHER_CONTEST = lazy_compile(
    r"\b(?:leadership\s+(?:election|contest|race|ballot)|elected\s+(?:as\s+)?(?:\w+\s+)?leader|"
    r"referendum|Holyrood|Senedd|Stormont|"
    r"Scottish\s+Parliament|Welsh\s+Assembly|assembly\s+election|mayoral|mayoralty|local\s+elections?|"
    r"council\s+elections?|councillors|by\s+post|postal\s+votes?|members(?:hip)?\s+ballot)\b",
    re.I,
)
# "has not fallen below 40%", "never polled less than": a negated figure is a record, not a result.
# (and a subject denied outright: "no MP since the war has ever won by fewer than two",
# "nobody has polled more than 40,000")
_NEGATED = lazy_compile(
    r"\b(?:not|never|no\s+longer|nobody|no\s+one|no\s+(?:MP|member|candidate|party|"
    r"winner|government|one\s+else)s?)\b|n['’]t\b",
    re.I,
)
_BRACKETED = lazy_compile(r"\([^()]*\)")


class _ResultKinds:
    """The kinds marked `RESULT`, looked up when first asked: the registry imports this module."""

    kinds: frozenset[str] | None = None

    def __contains__(self, kind: object) -> bool:
        # (the set is kept once found: an import statement on every figure's every check
        # costs more than the lookup)
        if self.kinds is None:
            from factcheck.kinds.registry import RESULT_KINDS

            self.kinds = RESULT_KINDS
        return kind in self.kinds


_RESULT_KINDS = _ResultKinds()


_PARTIAL_TALLY = lazy_compile(
    rf"\b(?:{alternation(lx.PARTIAL_TALLY_WORDS)})\b"
    r"|\b\d[\d,]*\s+(?:of|out\s+of)\s+(?:the\s+)?\d[\d,]*\s+(?:seats?\s+|constituencies\s+|"
    r"results?\s+|wards?\s+|boxes\s+|ballot\s+boxes\s+)?(?:had\s+been\s+|have\s+been\s+|now\s+)?"
    r"(?:declared|counted|verified|in)\b"
    # ("27 of the 32 seats in Wales" is a nation's count, not seats in so far; "411 of the
    # 650 seats in the House of Commons" the House's)
    rf"(?!\s+(?:{alternation(lx.NATION_NAMES)}|(?:the\s+)?(?:House|Commons|Parliament))\b)"
    # "turnout is around 40%, according to one party agent": word from the count, not the
    # declaration
    r"|\baccording\s+to\s+(?:one|a|an|some)\s+(?:party\s+)?(?:agent|activist|source|insider|"
    r"official|counter)s?\b|\bearly\s+word\b",
    re.I,
)


def is_interim_tally(claim: Claim, context: ArticleContext) -> bool:
    """A figure from a tally taken while counting went on ("with 600 of 650 seats
    declared", "so far"): not the declared result, which may differ either way."""
    if claim.kind not in _RESULT_KINDS:
        return False
    if claim.cues.get("lead"):
        # An item of a list run on in a sentence: "With 600 of 650 seats declared, the
        # Conservatives have 296 and Labour 248": the words before the items govern it.
        a, b = (int(x) for x in claim.cues["lead"].split(":"))
        if _PARTIAL_TALLY.search(context.text, a, b):
            return True
    # ("after a first recount had put the gap at 31": the stage named in the figure's clause)
    start, end = _clause_span(claim, context)
    if _INTERIM_STAGE.search(context.text, start, end):
        return True
    if _LATER_RECOUNT.search(context.text, claim.end, claim.sentence_end):
        # "a recount, which put the gap at 251; a second recount ... settled it at 239":
        # a figure before a later recount is that of a stage the count went past.
        return True
    return _of_sentence(context, claim, "interim", lambda s: bool(_PARTIAL_TALLY.search(s)))


# (with the later stage's own figure: not "clings on by two votes after a third recount")
_LATER_RECOUNT = lazy_compile(rf"\b(?:{alternation(lx.LATER_RECOUNT_WORDS)})\b[^.;:]*?\d", re.I)
_INTERIM_STAGE = lazy_compile(rf"\b(?:{alternation(lx.INTERIM_STAGE_WORDS)})\b", re.I)


def _of_sentence(context: ArticleContext, claim: Claim, question: str, read):
    """`read(text of the claim's sentence)`, worked out once per sentence and question:
    a sentence of many claims is not read again for each of them."""
    memo = context.__dict__.setdefault("_sentence_memo", {})
    key = (question, claim.sentence_start, claim.sentence_end)
    if key not in memo:
        memo[key] = read(context.text[claim.sentence_start : claim.sentence_end])
    return memo[key]


def _opening_end(text: str, start: int, end: int, whole: bool = False) -> int | None:
    """Where a short opening phrase of text[start:end] ends (four words at most, up to the
    first clause break: "At Holyrood, ...", "Nationally, ..."), or None without one.
    (`whole`: `text` is the article's, whose clause breaks are found once by `scan`; a
    search of each sentence runs on past the opening when no break comes.)"""
    if whole:
        opening = scan(_CLAUSE_BREAKS, text, _CLAUSE_REACH).first(start, end)
    else:
        opening = _CLAUSE.search(text, start, end)
    if opening is None or len(text[start : opening.start()].split()) > 4:
        return None
    return opening.start()


def _opening_names(pattern, sentence: str) -> bool:
    """Whether a short opening phrase of the sentence matches `pattern`."""
    end = _opening_end(sentence, 0, len(sentence))
    return end is not None and pattern.search(sentence, 0, end) is not None


# A correction's account of what was wrongly said: "An earlier version of this column said
# Labour won 261 seats", "We wrongly reported that ...".
# (and a live blog's: "Correction, 06:20: an earlier version of the 03:40 entry said ...",
# "an earlier entry gave his majority as ...")
_CORRECTION = lazy_compile(
    r"\b(?:an?\s+(?:earlier|previous|original)\s+version\s+of\s+(?:this|the|our|that)\s+"
    r"(?:[\d:.]+(?:am|pm)?\s+)?(?:article|story|column|piece|report|blog|newsletter|post|"
    r"entry|update|item)|an?\s+(?:earlier|previous)\s+(?:entry|post|update|version)\s+(?:said|stated|"
    r"reported|gave|had)|we\s+(?:wrongly|incorrectly|mistakenly)\s+"
    r"(?:said|stated|reported|gave|wrote)|(?:this\s+(?:article|story|column|piece)\s+)?"
    r"(?:was|has\s+been)\s+(?:amended|corrected)\s+to|Correction(?:,\s*[\d:.]+(?:am|pm)?)?:"
    # (a wire service's note: "Corrects majority in first paragraph to 6,940 from 6,490")
    r"|\bcorrects?\s+[^.;]{0,80}?\bto\s+[\d,.]+\s*(?:%|per\s?cent|votes?)?\s+from\s+[\d,.]+"
    # ("[UPDATE: This article originally said turnout was 57.1%]")
    r"|\b(?:article|story|piece|report|post|entry|version)\s+originally\s+(?:said|stated|gave|reported))",
    re.I,
)
# "a majority of 57 (corrected from 62)", "[corrected from 51.5%]": the figure put right.
_CORRECTED_FROM_BEFORE = lazy_compile(
    r"\b(?:corrected|amended|changed|revised|updated)\s+from\s+$", re.I
)


# "the lowest turnout at a by-election since Manchester Central in 2012, where only 18.2%
# took part": a clause hung on the contest a record is counted from.
_RECORD_BOUND_CLAUSE = lazy_compile(
    rf"\b(?:{alternation(lx.RECORD_SUPERLATIVES)})\b[^.;]{{0,80}}\bsince\s+[^.;]{{1,60}}?"
    r",\s+where\b[^.;]*$",
    re.I,
)
# "the narrowest majority since the Liberal Democrats won Cheadle by 33 votes": a "since"
# clause naming the contest counted from by its seat or winner (with a year, it is dated).
_RECORD_SINCE_CLAUSE = lazy_compile(
    rf"\b(?:{alternation(lx.RECORD_SUPERLATIVES + lx.MARGIN_SUPERLATIVES)})\b[^.;]{{0,80}}"
    r"\bsince\s+(?!(?:19|20)\d\d\b)[^.;,\d]{1,80}$",
    re.I,
)
_YEAR_TO_CLAUSE_END = lazy_compile(r"[^.;,]*?\b(?:19|20)\d\d\b")


def is_record_bound(claim: Claim, context: ArticleContext) -> bool:
    """Whether a figure stands in a clause hung on the contest a record is counted from."""
    text = context.text
    if _search_in(_RECORD_BOUND_CLAUSE, text, claim.sentence_start, claim.start):
        return True
    return bool(
        claim.kind in _RESULT_KINDS
        and _search_in(_RECORD_SINCE_CLAUSE, text, claim.sentence_start, claim.start)
        and not _YEAR_TO_CLAUSE_END.match(text, claim.end, claim.sentence_end)
    )


# "The last time the party's majority there was below 10,000 was 2001", "the first time
# since 1997 that turnout has topped 70%": a bound a record is measured against.
_RECORD_THRESHOLD = lazy_compile(
    # (one clause from "the last time" on: not "Labour, second last time, was squeezed to
    # less than a tenth")
    r"\bthe\s+(?:last|first|only)\s+time\b[^.;,]{0,80}?\b(?:below|under|above|over|beneath|"
    r"more\s+than|less\s+than|fewer\s+than|exceeded|topped|passed|broke|reached)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def is_record_threshold(claim: Claim, context: ArticleContext) -> bool:
    """Whether a figure is the bound of a record ("the last time it was below 10,000 was
    2001"), not a result."""
    lo = max(claim.sentence_start, claim.start - 120)
    return bool(_search_in(_RECORD_THRESHOLD, context.text, lo, claim.start))


def is_correction(claim: Claim, context: ArticleContext) -> bool:
    """Whether a figure stands in a correction's account of what was wrongly said (asked
    only of a sentence holding one of a correction's words)."""
    text, start, end = context.text, claim.sentence_start, claim.sentence_end
    if may_match(_CORRECTION, text, start, end) and _CORRECTION.search(text, start, end):
        return True
    if _WITHDRAWN_AT_ONCE.match(text, claim.end, end):
        return True  # "Her majority is 12,314, sorry, 12,341": taken back as it is said
    if _CORRECTED_FROM_BEFORE.search(text, max(start, claim.start - 30), claim.start):
        return True  # "a majority of 57 (corrected from 62)": the figure put right
    return _withdrawn_by_next(claim, context) or _put_right_in_sentence(claim, context)


def is_denied_question(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure stands in a question the next sentence answers "No" ("Was her
    majority 40,000, as her agent had claimed? No. It was 26,457.")."""
    text = context.text
    if not text[claim.sentence_start : claim.sentence_end].rstrip(" \"'”’*_").endswith("?"):
        return False
    i = context.sentence_index(claim.start)
    if i + 1 >= len(context.sentences):
        return False
    after = context.sentences[i + 1]
    return bool(_ANSWERED_NO.match(text, after.start, after.end))


_ANSWERED_NO = lazy_compile(r"[\s\"'“‘*_]*(?:No|Nope|Not\s+(?:quite|even\s+close|so))\b", re.I)


def _next_in_paragraph(claim: Claim, context: ArticleContext) -> Sentence | None:
    """The sentence after the figure's, when it is in the same paragraph."""
    i = context.sentence_index(claim.start)
    if i < 0 or i + 1 >= len(context.sentences):
        return None
    after = context.sentences[i + 1]
    return after if after.paragraph == context.sentences[i].paragraph else None


def _withdrawn_by_next(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure's sentence reports what a piece said ("An article on 9 May said
    ...", "Your report on Saturday said that ...", "Our first edition reported that ...")
    and the next sentence of its paragraph puts it right ("Her majority was 41.", "In fact
    ...", "The correct figure is 165."): the figure withdrawn, not a claim of the text."""
    text = context.text
    said = _search_in_sentence(context, _PIECE_SAID, claim.sentence_start, claim.start)
    if said is None:
        return False
    after = _next_in_paragraph(claim, context)
    if after is None:
        return False
    return bool(
        (
            _PUT_RIGHT.match(text, after.start, after.end)
            # ("The seats are right; the share is not.")
            or _SAID_WRONG.search(text, after.start, after.end)
        )
        and _same_sort(claim, text[after.start : after.end])
    )


_FIGURE_PUT_RIGHT = lazy_compile(r"(?<![\w,.])\d[\d,.]*(?P<pct>\s*(?:%|per\s?cent))?")


def _same_sort(claim: Claim, put_right: str) -> bool:
    """Whether the figure putting a report right is of the claim's sort (a percentage, or
    a count): "... where Hunt held on by 891 votes, was 27.1%. That should have read 72.1%"
    puts the turnout right, and the majority beside it stands."""
    figure = _FIGURE_PUT_RIGHT.search(put_right)
    if figure is None:
        return True
    claim_pct = "%" in claim.text or "cent" in claim.text.lower()
    return claim_pct == bool(figure.group("pct"))


def _put_right_in_sentence(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure's sentence reports what a piece said and puts it right after a
    semicolon ("we said Labour's majority in Hendon was 51; it was 15")."""
    text = context.text
    semicolon = text.find(";", claim.end, claim.sentence_end)
    if semicolon < 0 or not _search_in_sentence(
        context, _PIECE_SAID, claim.sentence_start, claim.start
    ):
        return False
    return bool(_PUT_RIGHT.match(text, semicolon + 1, claim.sentence_end)) and _same_sort(
        claim, text[semicolon + 1 : claim.sentence_end]
    )


# A figure a speaker takes back at once: ", sorry, 12,341", " - no, sorry, 4 points", ", I
# beg your pardon, ...", ", I mean ...".
_WITHDRAWN_AT_ONCE = lazy_compile(
    r"(?:\s*(?:%|per\s?cent|points?|votes?))?\s*(?:,|[-–—])\s*(?:no,?\s+)?"
    r"(?:sorry|I\s+beg\s+your\s+pardon|I\s+mean|correction)\b",
    re.I,
)
# "An article on 9 May said", "A results graphic on 8 May gave", "Your report on Saturday
# said that", "Our first edition on 5 July reported that", "A profile of X said".
_PIECE_SAID = lazy_compile(
    r"\b(?:an?|our|your)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{alternation(lx.PUBLISHED_PIECE_NOUNS)})\b[^.;:]{{0,120}}?"
    r"\b(?:said|says|stated|reported|gave|claimed|put|described|listed|had|writes|wrote)\b"
    # ("We said on 5 July that ...": the paper's own words, put right after them)
    r"|\bwe\s+(?:said|reported|stated|gave|wrote|printed|described)\b"
    # ("Sir, You reported that George Galloway won 25 per cent")
    r"|\byou\s+(?:reported|said|wrote|stated|claimed|gave|printed)\b",
    re.I,
)
# The sentence that puts it right: "In fact ...", "The correct figure is ...", "Her
# majority was 41.", "He won by 27.", "It was 187."
_SAID_WRONG = lazy_compile(
    r"\b(?:is|was|are|were)\s+(?:not(?:\s+right|\s+correct)?[.;,]|wrong|incorrect|mistaken)", re.I
)
_PUT_RIGHT = lazy_compile(
    r"\s*(?:in\s+fact|actually|the\s+(?:correct|true|right|actual)\b|it\s+(?:was|is)\s+"
    r"(?:in\s+fact\s+|actually\s+)?\d|(?:his|her|their|its)\s+(?:majority|margin|share|vote)"
    r"\s+was\b|(?:he|she|they)\s+(?:won|took|polled|got|had)\b"
    # ("We should have said 8,960.", "That should have read 13.")
    r"|(?:we|it|that|this)\s+should\s+have\s+(?:said|read|been|given)\b"
    # ("The returning officer's figure was 20", "The declared majority was 20", "My count
    # makes it 105")
    r"|the\s+(?:declared|official|returning\s+officer['’]s)\b|(?:my|our)\s+(?:own\s+)?"
    r"(?:count|figures?|sums?|arithmetic|tally)\b)",
    re.I,
)


def _poll_in_clause(context: ArticleContext, start: int, end: int) -> bool:
    """Whether the clause text[start:end] matches `_POLL`, worked out once per clause: the
    figures of one clause ("took 12,000 votes (45%)") share the answer."""
    memo = context.__dict__.setdefault("_poll_clause_memo", {})
    key = (start, end)
    if key not in memo:
        memo[key] = _POLL.search(context.text[start:end]) is not None
    return memo[key]


# "are on 19%", "stands at 12%": a party's standing now, as polls give it.
_PRESENT_STANDING = lazy_compile(
    r"\b(?:are|is|stands?|sits?|remains?)\s+(?:(?:now|still)\s+)?(?:on|at)\s+"
    r"(?:(?:about|around|roughly|some|just|only)\s+)?$",
    re.I,
)


def _poll_before(claim: Claim, context: ArticleContext) -> bool:
    """Whether the sentence before the claim's, in its paragraph, speaks of a poll."""
    i = context.sentence_index(claim.start)
    if i == 0:
        return False
    before, here = context.sentences[i - 1], context.sentences[i]
    return before.paragraph == here.paragraph and bool(
        _search_in(_POLL, context.text, before.start, before.end)
        or _search_in(_POLL_SENTENCE, context.text, before.start, before.end)
    )


# (not "the Red Wall seat of Bolsover": a seat named by the area)
_VOTER_GROUP = lazy_compile(
    # (the group in lower case: "Party of Women" is a party)
    rf"\b(?:of|among|amongst)\s+(?:the\s+)?(?-i:{alternation(lx.VOTER_GROUPS)})\b"
    r"|\b(?:over|under)-?\d{2}s\b|\b\d{2}-(?:to-)?\d{2}s\b|\b(?:18|16)-\d{2}-year-olds\b"
    r"|\bthose\s+(?:aged\s+)?(?:under|over)\s+\d{2}\b",
    re.I,
)
_REGION = (
    rf"(?:{alternation(lx.REGION_NAMES)})\b"
    r"(?![\'’-]s?\s+(?:[a-z]+\s+)?(?:seat|constituency)\b)"
)
# "in the capital", "across the South West", "London's 75 seats", "The South West was ...".
_REGION_FRAME = lazy_compile(
    rf"\b(?:in|across|throughout)\s+{_REGION}|\b{_REGION}['’]s?\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:seats|MPs|vote|voters|turnout)\b",
    re.I,
)
# "in the coastal wards", "on the older estates": part of a seat.
_SEAT_PART = lazy_compile(
    r"\b(?:in|on|across)\s+(?:the|its|some|several|many)\s+(?:[\w'’-]+,?\s+){0,3}?"
    rf"(?:{alternation(lx.SEAT_PART_NOUNS)})\b",
    re.I,
)
_REGION_SUBJECT = lazy_compile(
    rf"[\s\"'“‘]*{_REGION}\s+(?:was|is|were|has|had)\b|[\s\"'“‘]*(?:In|Across)\s+{_REGION}", re.I
)
_THERE = lazy_compile(r"\bthere\b")


def region_of(claim: Claim, context: ArticleContext) -> str | None:
    """The English region (or other area the record does not total) that frames a figure:
    in its clause, or before it in a sentence naming no seat or person ("In the capital
    Labour won 59 of the 75 seats, on about 43% of the vote"), or "there" after a sentence
    about it. None when the clause names a seat or a person, whose figure it is."""
    text = context.text
    lo, hi = _clause_span(claim, context)
    if context.mentions_in(context.seat_mentions, lo, hi) or context.people_in(lo, hi):
        return None
    found = _REGION_FRAME.search(text, lo, hi) or _SEAT_PART.search(text, lo, hi)
    s_lo = claim.sentence_start
    if (
        found is None
        and not context.mentions_in(context.seat_mentions, s_lo, claim.start)
        and not context.people_in(s_lo, claim.start)
    ):
        found = _REGION_FRAME.search(text, s_lo, claim.start) or _SEAT_PART.search(
            text, s_lo, claim.start
        )
    if found is None and _THERE.search(text, lo, hi):
        i = context.sentence_index(claim.start)
        if i > 0 and context.sentences[i - 1].paragraph == context.sentences[i].paragraph:
            before = context.sentences[i - 1]
            found = _REGION_SUBJECT.match(text, before.start, before.end)
    if found is None:
        return None
    # (the area alone: "In the capital" -> "the capital", "London's 75 seats" -> "London")
    return _REGION_WORDS_AROUND.sub("", found.group(0).strip())


_REGION_WORDS_AROUND = lazy_compile(
    r"^[\"'“‘]*(?:in|on|across|throughout)\s+|\s+(?:was|is|were|has|had)$|['’]s?\s.*$", re.I
)


# A figure with its unit, as a question's option: "20 votes", "(b) 35%", "12,520".
_OPTION = r"(?:\(?[a-d]\)\s*)?\d[\d,.]*(?:%|\s*per\s?cent)?(?:\s+(?!or\b)[a-z]+)?"
# Options offered in a question: "by 20 votes, 35 votes or 102 votes?"
_OPTION_RUN = lazy_compile(rf"{_OPTION}(?:(?:,\s+or\s+|,\s+|\s+or\s+){_OPTION})+")
_QUESTION_END = lazy_compile(r"\?[\s\"'”’)]*$")


def _question_option(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure is one of the options a question offers ("Did she win by 20 votes,
    35 votes or 102 votes?"): a choice put to the reader, not a result."""
    text = context.text
    if "?" not in text[claim.end : claim.sentence_end]:
        return False
    if not _QUESTION_END.search(text, claim.end, claim.sentence_end):
        return False
    lo = max(claim.sentence_start, claim.start - 60)
    for run in _OPTION_RUN.finditer(text, lo, min(claim.sentence_end, claim.end + 60)):
        if run.start() <= claim.start < run.end() and re.search(r"\bor\b", run.group(0)):
            return True
    return False


def _unreal_conditional(claim: Claim, context: ArticleContext, clause_start: int) -> bool:
    """Whether the figure is in the consequent of an unreal conditional ("Had Labour won 2
    per cent more, it would have polled 35.7 per cent"): a figure that was not, unless a
    notional frame makes it the recast of a result ("On the new boundaries the Tories
    would have won by 2,000")."""
    text = context.text
    if _AS_IF.search(text, max(clause_start, claim.start - 60), claim.start):
        return True  # "as though the majority was fifty": a supposition, not a result
    if not _WOULD_HAVE.search(text, clause_start, claim.start):
        return False
    if not _CONDITION.search(text, claim.sentence_start, claim.sentence_end):
        return False
    return not notional_frames(text[claim.sentence_start : claim.sentence_end], [])


def _figure_across_seats_or_none(claim: Claim, context: ArticleContext, clause_start: int) -> bool:
    """Whether the figure is the bound of a count of seats, a statistic across seats, a
    market's move or a threshold: no one contest's figure. (Each pattern runs only in a
    sentence holding its words, found once per sentence.)"""
    text = context.text
    lo = claim.sentence_start
    if _of_sentence(context, claim, "seat_count", lambda s: bool(_SEAT_WORDS.search(s))) and (
        _SEATS_WON_BY_BOUND.search(text, max(lo, claim.start - 80), claim.start)
        or _BOUND_IN_SEATS.match(text, claim.end, claim.sentence_end)
        and _BOUND_BEFORE.search(text, max(lo, claim.start - 20), claim.start)
    ):
        # "Five Scottish seats were won by fewer than 1,000 votes", "turnout was below 50%
        # in dozens of seats": the bound of a count of seats, not one contest's figure
        return True
    if _of_sentence(
        context, claim, "statistic", lambda s: bool(_STATISTIC.search(s))
    ) and _STATISTIC.search(text, max(clause_start, claim.start - 60), claim.start):
        # "The median majority was 6,286": a statistic across seats, not a result
        return True
    if _area_total(claim, context):
        # "Across the county the Conservatives took 163,036 votes": a sum over an area's
        # seats, which the record does not total
        return True
    if _STATISTIC_VERB_BEFORE.search(text, max(clause_start, claim.start - 30), claim.start):
        # "In the 100 most Leave seats, Reform averaged 23% of the vote": the same
        return True
    if claim.quantity.qualifier in _BOUNDS and _EVERY_ONE_OF.search(
        text, clause_start, claim.start
    ):
        # "every one of those five gains was held with a majority of more than 10,000": a
        # bound over several contests, not one contest's figure
        return True
    market = (
        _last_match(_MARKET, text, max(clause_start, claim.start - 60), claim.start)
        if _of_sentence(context, claim, "market", lambda s: bool(_MARKET.search(s)))
        else None
    )
    if market is not None and not (
        context.mentions_in(context.party_mentions, market.end(), claim.start)
        or context.mentions_in(context.seat_mentions, market.end(), claim.start)
    ):
        # "..., while the FTSE 250 gained 5 per cent": a market's move, not a result (not
        # "The gilt market barely moved as Labour swept to power with a majority of 172")
        return True
    # "he needed 2,299 votes to save it and got 1,922": a threshold or a target
    return bool(_NEEDED_BEFORE.search(text, max(lo, claim.start - 30), claim.start))


_SEAT_WORDS = lazy_compile(r"\b(?:seats|constituencies)\b", re.I)


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text, lo, hi):  # noqa: B007 (the last one is wanted)
        pass
    return found


_SEAT_COUNT = (
    r"(?:\d+|[a-z]+|dozens\s+of|scores\s+of|hundreds\s+of|a\s+number\s+of|half\s+of\s+all"
    r"|(?:a\s+)?(?:third|quarter)\s+of\s+(?:all\s+)?(?:the\s+)?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:seats|constituencies)"
)
_BOUND = r"(?:fewer|less|more|under|over|below|above)(?:\s+than)?"
_SEATS_WON_BY_BOUND = lazy_compile(
    rf"\b{_SEAT_COUNT}\s+(?:were|was|had\s+been)\s+(?:won|held|decided|taken)\s+"
    rf"(?:by|on|with)\s+{_BOUND}\s+$",
    re.I,
)
_BOUND_BEFORE = lazy_compile(rf"\b{_BOUND}\s+$", re.I)
_BOUND_IN_SEATS = lazy_compile(rf"(?:\s*(?:%|per\s?cent))?\s+in\s+{_SEAT_COUNT}\b", re.I)
_STATISTIC = lazy_compile(
    rf"(?<![\w-])(?:{alternation(lx.STATISTIC_WORDS)})\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{alternation(lx.MEASURE_NOUNS)})\b",
    re.I,
)
# A sum over an area below a nation: "Across the county", "across the city's five seats",
# "county-wide", "in the city as a whole".
_AREA_FRAME = lazy_compile(
    r"\b(?:across|throughout)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:county|city|region|borough|"
    r"district|area)\b|\b(?:across|in)\s+(?:the\s+)?(?:county|city)['’]s\s+(?:\w+\s+)?"
    r"(?:seats|constituencies)\b|\b(?:county|city)-?wide\b|"
    r"\bin\s+the\s+(?:county|city|region)\s+as\s+a\s+whole\b",
    re.I,
)
# "Across the three seats Labour polled 43,130", "in Hull's three seats", "in both seats": a
# sum over a few seats the text has named (unless the sentence goes on to name one).
_FEW_SEATS_FRAME = lazy_compile(
    r"\b(?:across|in|over|throughout)\s+(?:(?:the|its|their|these|those|all|[A-Z][\w'’-]+['’]s)"
    r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)|both)\s+(?:[a-z]+\s+)?"
    r"(?:seats|constituencies)\b",
    re.I,
)


def _area_total(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure is a sum over an area's seats: its sentence opens such a frame, or
    the sentence before it in its paragraph does and this one names no seat or person."""
    text = context.text
    if _AREA_FRAME.search(text, claim.sentence_start, claim.start):
        return True
    few = _FEW_SEATS_FRAME.search(text, claim.sentence_start, claim.start)
    if few is not None and not context.mentions_in(
        context.seat_mentions, few.end(), claim.sentence_end
    ):
        return True
    i = context.sentence_index(claim.start)
    if i <= 0 or context.sentences[i - 1].paragraph != context.sentences[i].paragraph:
        return False
    before = context.sentences[i - 1]
    return bool(
        (
            _AREA_FRAME.search(text, before.start, before.end)
            or _FEW_SEATS_FRAME.search(text, before.start, before.end)
        )
        and not context.mentions_in(context.seat_mentions, claim.sentence_start, claim.sentence_end)
        and not context.people_in(claim.sentence_start, claim.sentence_end)
    )


_BOUNDS = (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST)
_EVERY_ONE_OF = lazy_compile(
    r"\b(?:every\s+one|each|all|both)\s+of\s+(?:the|those|these|its|their|them)\b"
    # ("the fourth Conservative majority of more than 18,000 that Labour has overturned":
    # one of a class of contests over the bound)
    rf"|\b(?:{alternation(k for k, v in lx.ORDINALS.items() if v > 1)})\s+(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:majority|seat|win|gain|victory|defeat)\s+(?:of|by)\s+(?:more\s+than|over|at\s+least)\s+\Z",
    re.I,
)
_STATISTIC_VERB_BEFORE = lazy_compile(
    rf"\b(?:{alternation(lx.STATISTIC_VERBS)})\s+(?:just\s+|only\s+|about\s+|around\s+)?\Z",
    re.I,
)
# (as written: "Sarah Stock (Ind) 462" is a candidate, "stock" a market)
_MARKET = lazy_compile(rf"(?<![\w-])(?:{alternation(lx.MARKET_WORDS)})(?![\w-])")
# What makes the figure right after it a threshold or a goal: "needed 2,299 votes to save
# his deposit", "aimed for 14,000 votes".
_NEEDED_BEFORE = lazy_compile(
    r"\b(?:needed|needing|required|aimed\s+for|aiming\s+for|hoped\s+for|targeted)\s+"
    r"(?:(?:another|just|only|a\s+further|some|about|around|roughly|at\s+least)\s+)?$",
    re.I,
)
# A figure as the subject of a modal ("41 votes would be hard to win back", "A majority of
# 165 would have been unthinkable"): a thought about it, not a result.
MODAL_PREDICATE_AFTER = lazy_compile(
    r"(?:\s+votes?)?\s+(?:would|could|might)\s+(?:have\s+)?"
    r"(?:been|be|seemed|seem|looked|look|sounded|felt|not|never)\b"
    # ("A seat-by-seat swing of 20 points can mean a Labour gain": any such figure)
    r"|(?:\s+(?:points?|votes?|per\s?cent))?\s+can\s+(?:mean|be|turn|make|hide|decide)\b",
    re.I,
)
# "would have polled", "would've won", "could have taken": a consequent's verb.
_WOULD_HAVE = lazy_compile(
    rf"\b(?:{alternation(lx.COUNTERFACTUAL_WORDS)}|could\s+have|might\s+have)\b", re.I
)
_AS_IF = lazy_compile(r"\bas\s+(?:though|if)\b", re.I)
# "Had Labour won ...", "If the Greens had stood down ...", "Were Reform to ...".
_CONDITION = lazy_compile(r"(?:^|[\s\"'“‘,;(])(?:[Hh]ad|[Ii]f|[Ww]ere)\s+(?!\d)", re.M)


# A country after "in" or owning a noun ("In France", "Canada's election"), a people's
# adjective before a noun of politics ("French voters"): not "Ben France (Liberal
# Democrats) 368", "Louie French held the seat" or "a former French teacher".
_FOREIGN = lazy_compile(
    rf"\b(?i:in|across)\s+(?:the\s+)?(?:{alternation(lx.FOREIGN_COUNTRIES)})\b"
    rf"|(?<![\w.])(?:{alternation(lx.FOREIGN_COUNTRIES)})['’]s\b"
    rf"|(?<![\w.])(?:{alternation(lx.FOREIGN_ADJECTIVES)})\s+(?:[a-z-]+\s+)?"
    rf"(?:{alternation(lx.FOREIGN_ADJECTIVE_NOUNS)})\b"
    rf"|\b(?:{alternation(lx.FOREIGN_PARLIAMENTS)})\b"
)
_UK_AREA = lazy_compile(
    rf"\b(?:UK|U\.K\.|Britain|British|{alternation(lx.NATION_NAMES)}|"
    rf"{alternation(lx.NATION_ADJECTIVES)})\b"
)


# A party's own ballot: a selection, a primary, a motion at a meeting of its members.
_PARTY_BALLOT = lazy_compile(rf"\b(?:{alternation(lx.PARTY_BALLOT_WORDS)})\b", re.I)


def _party_ballot(context: ArticleContext, claim: Claim) -> bool:
    """Whether the figure's sentence is about a party's own ballot and names no Westminster
    contest (a ballot named as a time, "elected in 2010, after an open primary", aside)."""
    # (once per sentence: a run-on sentence of many claims reads it once)
    memo = context.__dict__.setdefault("_party_ballot_memo", {})
    if claim.sentence_start not in memo:
        memo[claim.sentence_start] = _names_party_ballot(context, claim)
    return memo[claim.sentence_start]


def _names_party_ballot(context: ArticleContext, claim: Claim) -> bool:
    text = context.text
    lo, hi = claim.sentence_start, claim.sentence_end
    if _WESTMINSTER_CONTEST.search(text, lo, hi):
        return False
    # (and the sentence after one naming it, in its paragraph: "Conservatives in Totnes
    # chose their candidate by an open primary. About 16,500 ballots were returned, a
    # turnout of just under 25 per cent")
    i = context.sentence_index(claim.start)
    if i > 0 and context.sentences[i - 1].paragraph == context.sentences[i].paragraph:
        lo = context.sentences[i - 1].start
    return any(
        not _BALLOT_AS_TIME.search(text, max(lo, m.start() - 20), m.start())
        for m in _PARTY_BALLOT.finditer(text, lo, hi)
    )


_BALLOT_AS_TIME = lazy_compile(
    r"\b(?:after|before|following|since|through|via)\s+(?:a|an|the|its|his|her|their)?\s*$",
    re.I,
)


def is_poll_or_forecast(claim: Claim, context: ArticleContext) -> bool:
    """A figure from a poll, projection, target or another kind of contest, not a result."""
    text = context.text
    clause_start, clause_end = _clause_span(claim, context)
    clause = text[clause_start:clause_end]
    opening = _opening_end(text, claim.sentence_start, claim.sentence_end, whole=True)
    if (
        _VOTER_GROUP.search(text, clause_start, clause_end)
        or (opening is not None and _VOTER_GROUP.search(text, claim.sentence_start, opening))
        # ("62% of those questioned chose immigration, compared with 22% nationally")
        or (
            _COMPARISON_OPENING.fullmatch(text, clause_start, claim.start)
            and _VOTER_GROUP.search(text, claim.sentence_start, clause_start)
        )
    ):
        # "Labour won 41% of women", "Among women, Labour won 34%", "Turnout among 18-24s
        # was 47%": a survey's breakdown
        return True
    if _figure_across_seats_or_none(claim, context, clause_start):
        return True
    # (of any kind: "Had a few hundred voters switched, the party would have been left with
    # 116 MPs"; "Did she win by 20, 35 or 102 votes?")
    if _unreal_conditional(claim, context, clause_start) or _question_option(claim, context):
        return True
    if claim.kind in _RESULT_KINDS:
        lead = text[clause_start : claim.start]
        # ("Labour's John Smith (not the party leader) overturned ...": an aside in
        # brackets denies nothing of the figure)
        if _NEGATED.search(_BRACKETED.sub(" ", lead)):
            return True
        if MODAL_PREDICATE_AFTER.match(text, claim.end, clause_end):
            # "A majority of 165 would have been unthinkable that night": a figure as the
            # subject of a modal is a thought about it, not a result.
            return True
    # (a sentence lacking every country's word is not searched: see `_may_match_in`)
    if _of_sentence(
        context,
        claim,
        "foreign",
        lambda s: (
            _may_match_in(context, _FOREIGN, claim.sentence_start, claim.sentence_end)
            and _FOREIGN.search(s) is not None
        ),
    ) and not (
        context.mentions_in(context.seat_mentions, claim.sentence_start, claim.sentence_end)
        or _UK_AREA.search(text, clause_start, clause_end)
    ):
        # "In France, the far-right National Rally won 33.2 percent", "Canada's Liberals
        # were cut to 157 seats": another country's result.
        return True
    if _party_ballot(context, claim):
        # "The motion ... was carried by 34 votes to 19 at a meeting of the general
        # committee", "with 58 per cent of members' votes": a party's own ballot
        return True
    if _poll_in_clause(context, clause_start, clause_end) or _of_sentence(
        context,
        claim,
        "poll",
        lambda s: _found_in(_POLL_SENTENCE, text, claim.sentence_start, claim.sentence_end, s),
    ):
        return True
    if _parallel_opening(text, clause_start, claim.start) and _search_in(
        _POLL, text, claim.sentence_start, clause_start
    ):
        # "Recent polls put the Conservatives on about 37%, a few points ahead of Labour,
        # with the Liberal Democrats on 19%": a figure set beside a poll's is the poll's.
        return True
    if _PRESENT_STANDING.search(text, clause_start, claim.start) and _poll_before(claim, context):
        # "Recent polls put the Conservatives on about 37%. The Liberal Democrats are on
        # 19%.": the present tense goes on with the poll of the sentence before.
        return True
    if claim.cues.get("lead"):
        # An item of a list run on in a sentence: the words before the items govern it.
        a, b = (int(x) for x in claim.cues["lead"].split(":"))
        lead = context.text[a:b]
        if _POLL.search(lead) or _POLL_SENTENCE.search(lead) or _OTHER_CONTEST.search(lead):
            return True
    # "It took us 23 years to win a referendum" is a record about the party; only a result's
    # own figures can belong to another contest.
    if claim.kind not in _RESULT_KINDS:
        # ("Labour also won Westminster City Council for the first time": a record of a
        # contest the reference does not hold, named in the record's own clause)
        return _may_name_other_contest(context, clause_start, claim.end) and bool(
            _OTHER_CONTEST_PHRASE.search(text, clause_start, claim.end)
        )
    if _found_in(_OTHER_CONTEST, text, clause_start, clause_end, clause):
        return True
    # (an apposition shares the clause before it: "10,005 of the 53,032 people entitled to
    # sign had done so, 19% of the eligible electorate")
    petition_span = (
        (claim.sentence_start, clause_end)
        if not text[clause_start : claim.start].strip(" ,")
        else (clause_start, clause_end)
    )
    if _petition_figure(claim, text, *petition_span):
        # "A total of 11,896 electors signed the recall petition": the petition's figure.
        return True
    if _won_unknown_place(claim, context, clause_start):
        return True
    # "..., Holyrood, where the SNP won 58 seats": a relative clause about the place before it.
    relative = _RELATIVE_OPENING.match(text, clause_start)
    before = text[max(claim.sentence_start, clause_start - 40) : clause_start]
    if relative and _OTHER_CONTEST.search(before):
        return True
    if _WHICH_PUTS.match(text, clause_start) and _POLL.search(before):
        # "The latest MRP projection, which puts Labour on 385 seats": the projection's
        return True
    # "At Holyrood, the SNP has 58 seats": an opening phrase covers the sentence.
    if _of_sentence(
        context, claim, "other_contest_opening", lambda s: _opening_names(_OTHER_CONTEST, s)
    ):
        return True
    source = _FIGURE_FROM_AFTER.search(text, claim.end, claim.sentence_end)
    if source is not None and _OTHER_CONTEST.search(text, source.end(), claim.sentence_end):
        # "Labour won just 12% in St Albans, but that figure comes from this month's county
        # council elections": the sentence itself says whose contest the figure is.
        return True
    return other_contest_near(claim, context) or under_other_contest_list(claim, context)


def _petition_figure(claim: Claim, text: str, start: int, end: int) -> bool:
    """Whether a petition word in text[start:end] is nearer the figure than any election
    word there ("The by-election was forced by a recall petition signed by 19,261
    electors"; not "by 683 votes in the first by-election caused by a recall petition")."""
    if not may_match(_PETITION, text, start, end):
        return False

    def distance(m: re.Match[str]) -> int:
        return claim.start - m.end() if m.end() <= claim.start else m.start() - claim.end

    petitions = [distance(m) for m in _PETITION.finditer(text, start, end)]
    elections = [distance(m) for m in _ELECTION_NAMED.finditer(text, start, end)]
    return bool(petitions) and (not elections or min(petitions) < min(elections))


_ELECTION_NAMED = lazy_compile(
    r"\b(?:by-?\s?elections?|general\s+elections?|election\s+petitions?)\b", re.I
)
_PETITION = lazy_compile(rf"\b(?:{alternation(lx.PETITION_WORDS)})\b", re.I)
_FIGURE_FROM_AFTER = lazy_compile(
    r"\b(?:that|this|the)\s+(?:figure|number|share|result|percentage|total)\s+"
    r"(?:comes?|came|is|was|were)\s+(?:taken\s+)?from\b",
    re.I,
)


# "won Chester-le-Street North with 1,180 votes": a place won that names no seat, party or
# person the record holds (a council division or ward): its figures are that contest's.
_WON_PLACE = lazy_compile(
    rf"\b(?:{alternation([*lx.TAKE_VERBS, *lx.WIN_VERBS])})\s+"
    r"(?P<place>(?-i:[A-Z])[\w'’]+(?:(?:\s+|-)(?:(?-i:[A-Z])[\w'’]+|le|on|upon|under|in|the|and|by)){0,5})"
    r"\s+(?:with|by|on)\s+$",
    re.I,
)


def _won_unknown_place(claim: Claim, context: ArticleContext, clause_start: int) -> bool:
    """Whether the figure's clause has its subject win a place no seat, party or person
    mention covers ("won Chester-le-Street North with 1,180 votes")."""
    text = context.text
    m = _WON_PLACE.search(text, max(clause_start, claim.start - 90), claim.start)
    if m is None:
        return False
    a, b = m.span("place")
    place = m.group("place")
    # (a seat named from the place's first word: "won Hartlepool", "won North Durham"; not a
    # short form inside it, "North" of "Chester-le-Street North")
    return not (
        any(m.start == a for m in context.mentions_in(context.seat_mentions, a, b))
        or context.mentions_in(context.party_mentions, a, b)
        or context.people_in(a, b)
        or place.split()[0] in lx.NATION_NAMES
        or place.split()[0].lower() in lx.MONTHS
        or context.near_miss_seat(claim.start) is not None
    )


_OTHER_BODY = rf"(?:{alternation(lx.OTHER_CONTEST_BODIES)})"
# The ways a sentence names such a contest, without a body's name ...
_OTHER_CONTEST_BY_WORDS = (
    rf"\b(?:{alternation(lx.OTHER_CONTEST_PHRASES)})\b"
    # (the council's and ward's names by their capitals, whatever the case of the rest)
    rf"|\b(?:{alternation(lx.COUNCIL_CONTEST_WORDS)})\s+(?:the\s+)?"
    rf"(?-i:[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)*(?:{alternation(lx.COUNCIL_TYPES)})\s+Council)\b"
    rf"|(?-i:\bthe\s+[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)?(?:{alternation(lx.COUNCIL_SEAT_UNITS)}))\b"
    rf"|\belected\s+(?:as\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(lx.MAYOR_TITLES)})\b"
    # (a council by its noun: "35 seats on Wandsworth council", "a majority of 30 on the
    # 58-member council", "Labour has won Wandsworth council")
    rf"|\b(?:{alternation(lx.COUNCIL_CONTEST_WORDS)})\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?council\b"
    r"|\bon\s+the\s+(?:[\w'’-]+\s+)?council\b"
    rf"|\b(?:{alternation([*lx.TAKE_VERBS, *lx.WIN_VERBS, 'lost'])})\s+"
    r"(?-i:[A-Z][\w'’-]+\s+)(?:(?-i:[A-Z])[\w'’-]+\s+)?council\b"
    # ("the Tories had kept control with 33 seats": a body's control, which the Commons'
    # is not called)
    r"|\b(?:kept|keep|keeps|retained|retain|won|took|lost|gained|seized|regained)\s+"
    r"(?:overall\s+)?control\b(?!\s+of\s+(?:the\s+)?(?:commons|house|parliament|government))"
)
# ... and with one: the body and its contest's noun, or a seat in the body.
_OTHER_CONTEST_PHRASE = lazy_compile(
    # ("the Senedd's 60 seats": the body's own)
    rf"\b{_OTHER_BODY}(?:['’]s)?\s+(?:[\w'’-]+\s+)?(?:{alternation(lx.OTHER_CONTEST_NOUNS)})\b"
    rf"|{_OTHER_CONTEST_BY_WORDS}"
    # ("took the Rhondda seat in the Welsh Assembly": the body where the seat is)
    rf"|\bseat\s+(?:in|at|on)\s+(?:the\s+)?{_OTHER_BODY}\b",
    re.I,
)
# What a span must hold for `_OTHER_CONTEST_PHRASE` to match in it: a body's name, or the
# words of another way (`prefilter.may_match` asks each). The election nouns the pattern's
# own required words would be are in nearly every sentence of a report; these are not.
_OTHER_CONTEST_CLUES = (
    lazy_compile(_OTHER_BODY, re.I),
    lazy_compile(_OTHER_CONTEST_BY_WORDS, re.I),
)


def _may_name_other_contest(context: ArticleContext, start: int, end: int) -> bool:
    """False only when `_OTHER_CONTEST_PHRASE` cannot match within text[start:end]."""
    return any(_may_match_in(context, clue, start, end) for clue in _OTHER_CONTEST_CLUES)


# ("Its former MP Andrea Jenkyns was elected mayor": a past role describes a person)
_WESTMINSTER_CONTEST = lazy_compile(
    rf"(?<!former\s)(?<!ex-)\b(?:{alternation(lx.WESTMINSTER_CONTEST_WORDS)})\b", re.I
)


_OTHER_FIGURE = lazy_compile(r"(?<![\w,.])\d")
# The figures' source named after them: ", figures taken from last year's council
# elections", ", according to the council election results"; and a sentence after them
# in the paragraph: "Those figures are from the council elections in May 2018".
_SOURCE_AFTER = lazy_compile(
    r",\s+(?:(?:both\s+|all\s+)?(?:figures?|numbers?|shares?|results?)\s+(?:(?:taken|drawn|"
    r"lifted)\s+)?from|according\s+to|based\s+on|using)\s",
    re.I,
)
_SOURCE_SENTENCE = lazy_compile(
    r"\s*(?:those|these|the|that|this|both|all)\s+(?:figures?|numbers?|shares?|results?)\s+"
    r"(?:are|were|is|was|come|came|comes)\s+(?:(?:taken|drawn)\s+)?from\s",
    re.I,
)


def _sourced_from_other_contest(claim: Claim, context: ArticleContext) -> bool:
    """Whether the text says the figure comes from a contest the reference does not hold,
    after it in its sentence or in the next sentence of its paragraph."""
    text = context.text
    source = _SOURCE_AFTER.search(text, claim.end, claim.sentence_end)
    if source is not None:
        return _names_other_first(text, source.end(), claim.sentence_end)
    after = _next_in_paragraph(claim, context)
    if after is None:
        return False
    opening = _SOURCE_SENTENCE.match(text, after.start, after.end)
    return opening is not None and _names_other_first(text, opening.end(), after.end)


def _names_other_first(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a contest the reference does not hold before (or
    without) a Westminster one, within a short reach."""
    end = min(end, start + 80)
    other = _OTHER_CONTEST_PHRASE.search(text, start, end)
    if other is None:
        return False
    westminster = _WESTMINSTER_CONTEST.search(text, start, end)
    return westminster is None or westminster.start() > other.start()


_SAME_CLAUSE = lazy_compile(r"[^,;:–—]*")
# A sentence's own time: a year, a month, "two years ago", "last time".
_OWN_TIME = lazy_compile(
    # ("May" the month is left out with "may" the verb; "mayor since 2009" is a tenure)
    rf"\b(?:(?<!since\s)(?:19|20)\d\d"
    rf"|{alternation(m for m in lx.MONTHS if m not in ('may', 'mar'))}"
    r"|ago|last\s+(?:time|year))\b",
    re.I,
)
_RELATIVE_BEFORE = lazy_compile(r"\b(?:where|which|who|whom|when)\b[^,;:–—]*$", re.I)
_RECORD_OF_CONTEST = lazy_compile(
    r"(?:\s?%|\s*per\s?cent)?,\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:highest|lowest|best|worst|biggest|largest|smallest|record)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:for|in|at|of)\s+(?:an?|the|any)\s+(?:[\w-]+\s+){0,2}?",
    re.I,
)
_TRAILING_CONTEST = lazy_compile(r"[^,;:–—]*,\s*(?:in|at)\s+(?:the\s+)?(?:\d{4}\s+)?", re.I)


def other_contest_near(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure's sentence, or the one before it in its paragraph, names a contest
    the reference does not hold ("Mr Farage's party took 38.3% in the European elections",
    "Turnout in that contest was 35.1%"), and the figure's sentence names no Westminster
    one: the figure is that contest's, not to be judged against a Westminster result."""
    text = context.text
    lo, hi = claim.sentence_start, claim.sentence_end
    if _sourced_from_other_contest(claim, context):
        return True
    # The contest named nearest the figure with no other figure between them: "Turnout
    # was 34.3%, far below the 63% who voted in the Scottish Parliament election" leaves
    # 34.3% to the by-election.
    named = (
        [(m, True) for m in _OTHER_CONTEST_PHRASE.finditer(text, lo, hi)]
        if _may_name_other_contest(context, lo, hi)
        else []
    )
    named += [
        (m, True)
        for m in _BODY_AS_PLACE.finditer(text, max(lo, claim.end), hi)
        if _closes_sentence(text, claim.end, m, hi)
    ]
    if _may_match_in(context, _WESTMINSTER_CONTEST, lo, hi):
        named += [
            (m, False)
            for m in _WESTMINSTER_CONTEST.finditer(text, lo, hi)
            if not _council_by_election(context, m, lo) and not _former_title(text, m, lo)
        ]
    reaching = [
        (min(abs(m.start() - claim.end), abs(claim.start - m.end())), other)
        for m, other in named
        # (one before the figure reaches on over other figures of its contest, to a time
        # of another or a semicolon: "Leave took 69.6% on a turnout of 65.5%", "took
        # control of Durham County Council with 65 seats, winning 34.4% of the vote")
        if (m.start() < claim.start and _reaches_on(text, lo, m, claim.start))
        or not _OTHER_FIGURE.search(text, min(m.end(), claim.end), max(m.start(), claim.start))
        # (one after the figure reaches back within its clause, or as a trailing phrase:
        # "a majority of 8,911, in the Scottish Parliament election"; not from a clause of
        # its own: "won Hartlepool with 15,529 votes, in a town where Leave won 69.6%")
        and (
            # (or one the figure's unit opens: "35 seats on Wandsworth council")
            m.start() < claim.end
            or _SAME_CLAUSE.fullmatch(text, claim.end, m.start())
            or _TRAILING_CONTEST.fullmatch(text, claim.end, m.start())
            # ("Turnout was 46.6 per cent, the highest for a devolved election in Wales")
            or _RECORD_OF_CONTEST.fullmatch(text, claim.end, m.start())
        )
        # (one closing the sentence after a comma covers every figure before it: "took
        # Airdrie and Shotts with 16,410 votes, a majority of 8,911 over Labour, in the
        # Scottish Parliament election.")
        or (m.start() > claim.end and _closes_sentence(text, claim.end, m, hi))
    ]
    # (a Westminster contest anywhere in reach wins over another kind further out: "The
    # by-election was held on the day of the city council elections, but turnout was 33.0%")
    if reaching:
        return all(other for _, other in reaching)
    if named:
        return False
    i = context.sentence_index(claim.start, -1)
    if i <= 0 or _search_in_sentence(context, _OWN_TIME, lo, hi):
        return False  # ("Last July he came second in North Durham with 10,689 votes")
    # The nearest sentence before it in the paragraph that names a contest, a few back at
    # most ("... at last month's European elections. At that count it took 38.3% ... The
    # Conservatives were fourth with 10.9%. Turnout in that contest was 35.1%.").
    paragraph = context.sentences[i].paragraph
    for before in reversed(context.sentences[max(0, i - _CONTEST_LOOK_BACK) : i]):
        if before.paragraph != paragraph:
            break
        if _may_match_in(context, _WESTMINSTER_CONTEST, before.start, before.end) and any(
            not _council_by_election(context, m, before.start)
            and not _former_title(text, m, before.start)
            for m in _WESTMINSTER_CONTEST.finditer(text, before.start, before.end)
        ):
            return False
        if _may_name_other_contest(context, before.start, before.end) and (
            _OTHER_CONTEST_PHRASE.search(text, before.start, before.end)
        ):
            return True
        if any(
            # ("Labour's Daniel Johnson has held Edinburgh Southern in the Scottish
            # Parliament. The SNP's Catriona MacDonald took 16,738 votes")
            _CLOSING_PHRASE_END.fullmatch(text, m.end(), before.end)
            and re.search(r"\b(?:in|at)\s+$", text[max(before.start, m.start() - 4) : m.start()])
            for m in _BODY_AS_PLACE.finditer(text, before.start, before.end)
        ):
            return True
        if _search_in_sentence(context, _OWN_TIME, before.start, before.end):
            return False
    if _CONTEST_POINTED_AT.search(text, lo, hi):
        # "... had both done badly in that count; ... pushed the Tories down to fourth
        # there. Only 35.1% had voted at the European elections.": "that count" points to
        # a contest the paragraph names after it, when none before it in the paragraph.
        for after in context.sentences[i + 1 : i + 1 + _CONTEST_LOOK_BACK]:
            if after.paragraph != paragraph or _search_in_sentence(
                context, _WESTMINSTER_CONTEST, after.start, after.end
            ):
                break
            if _may_name_other_contest(context, after.start, after.end) and (
                _OTHER_CONTEST_PHRASE.search(text, after.start, after.end)
            ):
                return True
    return i < _lead_contest_reach(context)


def _council_by_election(context: ArticleContext, m: re.Match[str], lo: int) -> bool:
    """Whether a Westminster word is a by-election of a council or ward named in its own
    clause: "kept the Middlehaven ward seat on Middlesbrough Council in a by-election"."""
    if not m.group(0).lower().startswith("by"):
        return False
    start = max(lo, m.start() - 100)
    clause = _CLAUSE_BREAKS_BEFORE.split(context.text[start : m.start()])[-1]
    at = m.start() - len(clause)
    return bool(
        _may_name_other_contest(context, at, m.end())
        and _OTHER_CONTEST_PHRASE.search(context.text, at, m.end())
    )


# "The former Labour MP took Cardiff North in the Assembly election": a title of what
# someone was, not a Westminster contest named ("former MP" is kept out by the pattern).
_FORMER_TITLE_BEFORE = lazy_compile(r"\b(?:former|ex-)\s*(?:(?-i:[A-Z])[\w'’-]*\s+){1,2}$", re.I)


def _former_title(text: str, m: re.Match[str], lo: int) -> bool:
    """Whether a Westminster word is the title of a former member ("former Labour MP")."""
    return m.group(0).lower() in ("mp", "mps") and bool(
        _FORMER_TITLE_BEFORE.search(text, max(lo, m.start() - 40), m.start())
    )


_CLAUSE_BREAKS_BEFORE = re.compile(r"[.;:!?]|\bbut\b|\bwhile\b")


# "in that count", "at that contest": a contest pointed at, not named.
_CONTEST_POINTED_AT = lazy_compile(
    r"\b(?:that|the\s+same)\s+(?:count|contest|poll|vote|election)s?\b", re.I
)


_CONTEST_LOOK_BACK = 3
# The sentences that may be an article's lead: its headline and first sentence or two.
_LEAD_SENTENCES = 2


def _lead_contest_reach(context: ArticleContext) -> int:
    """How far (a sentence index) an article whose lead reports a contest the reference does
    not hold ("The SNP's Paul McLennan has won the East Lothian seat in the Scottish
    Parliament.") goes on about it: up to the first sentence naming a Westminster contest or
    a time (0 when the lead reports no such contest, or names a Westminster one too).
    Figures before then that name no contest or time of their own are that contest's."""
    memo = context.__dict__
    if "_lead_contest_reach" not in memo:
        text, sentences = context.text, context.sentences
        lead = sentences[:_LEAD_SENTENCES]
        reach = 0
        if any(
            _may_name_other_contest(context, s.start, s.end)
            and _OTHER_CONTEST_PHRASE.search(text, s.start, s.end)
            for s in lead
        ) and not any(
            _search_in_sentence(context, _WESTMINSTER_CONTEST, s.start, s.end) for s in lead
        ):
            reach = len(sentences)
            for k in range(len(lead), len(sentences)):
                s = sentences[k]
                if _search_in_sentence(
                    context, _WESTMINSTER_CONTEST, s.start, s.end
                ) or _search_in_sentence(context, _OWN_TIME, s.start, s.end):
                    reach = k
                    break
        memo["_lead_contest_reach"] = reach
    return memo["_lead_contest_reach"]


# (", in the ...", or a noun phrase set beside the figures: ", a record for a ...")
_CLOSING_PHRASE_LEAD = lazy_compile(
    r",\s*(?:[A-Za-z'’-]+\s+){0,6}?(?:for|in|at|of|to)\s+(?:an?\s+|the\s+)?(?:\d{4}\s+)?$",
    re.I,
)
# A body as the place a closing phrase names: "..., one short of a majority at Holyrood."
_PLACE_WORDS = alternation(lx.OTHER_CONTEST_PLACES).replace(r"\ ", r"\s+")
_BODY_AS_PLACE = lazy_compile(
    rf"(?<=\s)(?:{_PLACE_WORDS})\b",
    re.I,
)
_CLOSING_PHRASE_END = lazy_compile(r"[\s.!)\"”’']*")


def _closes_sentence(text: str, figure_end: int, named: re.Match[str], end: int) -> bool:
    """Whether a contest named after a figure is the sentence's closing phrase, set off by a
    comma ("..., in the Scottish Parliament election."), with no semicolon or time of its
    own between: it says where every figure before it was won."""
    lead = _CLOSING_PHRASE_LEAD.search(text, max(figure_end, named.start() - 40), named.start())
    if not lead or not _CLOSING_PHRASE_END.fullmatch(text, named.end(), end):
        return False
    between = text[figure_end : lead.start()]
    return ";" not in between and not _OWN_TIME.search(between)


def _reaches_on(text: str, lo: int, named: re.Match[str], to: int) -> bool:
    """Whether a contest named before a figure reaches it over other figures of that
    contest ("Leave took 69.6% on a turnout of 65.5%", "took control of Durham County
    Council with 65 seats, winning 34.4% of the vote"): not past a semicolon, a time set
    after a figure ("..., and in 2019 Labour held it with ..."; "won it in 2016 with 13,954
    votes, ... and a majority of 6,192" keeps its year), nor out of a relative clause ("in
    Ashfield, where Leave won 69.8%, Lee Anderson gained the seat with 39.3%")."""
    between = text[named.end() : to]
    if ";" in between:
        return False
    times = [(t.start(), t.end()) for t in _OWN_TIME.finditer(between)]
    figures = [
        f.start()
        for f in _OTHER_FIGURE.finditer(between)
        if not any(a <= f.start() < b for a, b in times)
    ]
    if figures and any(a > figures[0] for a, _ in times):
        return False
    relative = _RELATIVE_BEFORE.search(text, max(lo, named.start() - 80), named.start())
    return not ("," in between and relative)


_RELATIVE_OPENING = lazy_compile(r"\s*(?:where|in\s+which|at\s+which)\b", re.I)
# A relative clause on a poll or projection giving its figures.
_WHICH_PUTS = lazy_compile(
    r"\s*(?:which|that)\s+(?:also\s+)?(?:puts?|put|gives?|gave|has|had|shows?|showed|"
    r"suggests?|suggested|projects?|projected|forecasts?|predicts?|predicted)\b",
    re.I,
)


# A national total of seats or MPs in the same clause makes a share national too.
_SEAT_TOTAL = lazy_compile(
    r"\b(?:\d{2,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:seats|MPs)\b", re.I
)


# A count of votes in the millions ("polled 3,881,099 votes", "4.1 million votes"): no
# seat's, which has a hundred thousand electors at most; and a figure set right after one
# ("3,881,099 votes, 12.6% of the total") is the same count's.
_MILLION_COUNT = r"(?:\d{1,3}(?:,\d{3}){2,}|\d+(?:\.\d+)?\s*(?:million|m)(?=\s+(?:votes|ballots)))"
_MILLIONS = lazy_compile(rf"\b{_MILLION_COUNT}\b", re.I)
_MILLIONS_APPOSED = lazy_compile(
    rf"(?:\s?%|\s*per\s?cent)?(?:\s+of\s+the\s+(?:vote|poll|total))?\s*[,(]\s*"
    rf"(?:or\s+)?(?:{HEDGE}\s+)?{_MILLION_COUNT}",
    re.I,
)
_MILLIONS_BEFORE = lazy_compile(rf"{_MILLION_COUNT}(?:\s+votes)?\s*[,(]\s*(?:or\s+)?$", re.I)


def over_any_seat(claim: Claim) -> bool:
    """Whether a count of votes is beyond any one seat's electorate (a million or more)."""
    return claim.quantity.value >= 1_000_000


def follows_national(claim: Claim, context: ArticleContext) -> bool:
    """Whether a sentence naming no seat comes soon after one about the whole country (one of
    the two before, none between naming a seat): its figures may go on with the national
    story, or be the seat's."""
    if "seat_row" in claim.cues:
        return False
    i = context.sentence_index(claim.start)
    for before in reversed(context.sentences[max(0, i - 2) : i + 1]):
        if context.mentions_in(context.seat_mentions, before.start, before.end):
            return False
        previous = context.text[before.start : before.end]
        if before.start < claim.sentence_start and (
            _national_in(context, before.start, before.end)
            or _found_in(_SEAT_TOTAL, context.text, before.start, before.end, previous)
        ):
            return True
    return national_paragraph(claim, context)


def party_majority_opening(claim: Claim, context: ArticleContext) -> re.Match[str] | None:
    """The opening of the figure's sentence on a party's majority ("Labour's majority is
    172, though on only 33.7 per cent of the vote"), in a sentence naming no seat or
    person: the majority may be the Commons', and the sentence's shares the country's."""
    lo, hi = claim.sentence_start, claim.sentence_end
    if context.mentions_in(context.seat_mentions, lo, hi) or context.people_in(lo, hi):
        return None
    opening = _PARTY_MAJORITY_OPENING.match(context.text, lo, hi)
    if (
        opening
        and opening.end() <= claim.start
        and context.mentions_in(context.party_mentions, opening.start(1), opening.start(1) + 1)
    ):
        return opening
    return None


_PARTY_MAJORITY_OPENING = lazy_compile(
    r"[\s\"'“‘*]*(?:the\s+)?([\w’' -]+?)['’]s?\s+(?:overall\s+)?majority\s+"
    r"(?:is|was|stands\s+at|will\s+be)\b",
    re.I,
)


def names_general_election_only(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure's sentence names a general election that governs it and no seat
    ("At the 1964 general election the party's share rose to 11.2 per cent" after a
    sentence about the Orpington by-election): the national figure is a reading beside
    the seat carried from before."""
    if "seat_row" in claim.cues:
        return False
    lo, hi = claim.sentence_start, claim.sentence_end
    if context.mentions_in(context.seat_mentions, lo, hi):
        return False
    sentence = context.text[lo:hi]
    at = claim.start - lo
    return any(
        c[2] is not None
        and c[2].kind == "general"
        and not c[3].endswith(HISTORY_NOTE)
        and cue_reaches(sentence, c[0], c[1], at)
        for c in context.election_cues("", sentence)
    )


def national_paragraph(claim: Claim, context: ArticleContext) -> bool:
    """Whether a figure stands in a paragraph naming no seat, in a piece that spoke of the
    whole country before it ("Turnout was 76.0%" in a national summary that names one seat
    in a later section): the national figure is a reading beside the seat the piece names."""
    if "seat_row" in claim.cues:
        return False
    seated, national_by = _paragraph_index(context)
    i = context.sentence_index(claim.start)
    return context.sentences[i].paragraph not in seated and national_by[i]


def under_seatless_heading(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure's paragraph names no seat and opens right under a heading line
    naming none ("**TURNOUT**" over "Turnout: 68.8% (2015: 66.2%)" in a results box):
    the country's figure is a reading beside the seat carried from before."""
    if "seat_row" in claim.cues or paragraph_names_seat(claim, context):
        return False
    i = context.paragraph_first(context.sentence_index(claim.start))
    # (up through the list the figure's line belongs to: "**At a glance** // - Conservatives
    # heading for a majority // - Turnout 67.3%, down on 2017")
    while (
        i > 0
        and LIST_MARKER_LINE.match(context.text, context.sentences[i].start)
        and LIST_MARKER_LINE.match(context.text, context.sentences[i - 1].start)
        and not context.mentions_in(
            context.seat_mentions, context.sentences[i - 1].start, context.sentences[i - 1].end
        )
    ):
        i -= 1
    if i == 0:
        return False
    heading = context.sentences[i - 1]
    line = context.text[heading.start : heading.end]
    return bool(
        _HEADING_LINE.fullmatch(line)
        and not context.mentions_in(context.seat_mentions, heading.start, heading.end)
    )


_HEADING_LINE = lazy_compile(r"\s*(?:#{1,6}\s*|\*\*)?[A-Z][A-Za-z &'’-]{1,40}(?:\*\*)?:?\s*")


def party_rows_apart(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure is a row of a list naming parties only ("Share of the vote: / Con
    42.3% | +5.5"), in a paragraph naming no seat: its seat is only carried from before,
    and the country's figures are a reading beside it."""
    if "row" not in claim.cues or paragraph_names_seat(claim, context):
        return False
    a, b = (int(x) for x in claim.cues["block"].split(":"))
    if context.people_in(a, b):
        return False
    from factcheck.language.tables import row_at

    # (a list with a seat's vote counts, "| UKIP | 929 | 1.9% |", is that seat's result)
    found = row_at(context.text, claim.start)
    return found is not None and not any(row.figures("votes") for row in found[0].candidates)


def seat_told_of_another_time(
    claim: Claim, context: ArticleContext, resolved: ResultSubject
) -> bool:
    """Whether the figure's paragraph names no seat nor time and the seat carried to it was
    last named in a sentence about another contest ("In 2015 UKIP's only MP was Carswell in
    Clacton. // Turnout, at 59.7%, was ..."): an aside, so the country's figure is a reading."""
    if resolved.explicit or paragraph_names_seat(claim, context):
        return False
    i = context.paragraph_first(context.sentence_index(claim.start))
    mention = context.nearest(context.seat_mentions, context.sentences[i].start)
    if mention is None or mention.start >= context.sentences[i].start:
        return False
    told = context.sentence_at(mention.start)
    cues = context.election_cues(resolved.seat, context.text[told.start : told.end])
    named = {c[2].id for c in cues if c[2] is not None}
    return bool(named) and resolved.election.id not in named


def paragraph_names_seat(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure's paragraph names a seat (else its seat is carried from before)."""
    seated, _ = _paragraph_index(context)
    return context.sentences[context.sentence_index(claim.start)].paragraph in seated


def _paragraph_index(context: ArticleContext) -> tuple[set[int], list[bool]]:
    """The paragraphs naming a seat, and per sentence whether one before it spoke of the
    whole country (once per article: asked for figure after figure)."""
    memo = context.__dict__
    if "_paragraph_index" not in memo:
        seated = {
            s.paragraph
            for s in context.sentences
            if context.mentions_in(context.seat_mentions, s.start, s.end)
        }
        national_by, seen = [], False
        for s in context.sentences:
            national_by.append(seen)
            seen = seen or bool(
                _national_in(context, s.start, s.end)
                or _search_in(_SEAT_TOTAL, context.text, s.start, s.end)
            )
        memo["_paragraph_index"] = (seated, national_by)
    return memo["_paragraph_index"]


def is_national(claim: Claim, context: ArticleContext) -> bool:
    """Whether a figure is about the whole country ("turnout across the UK was 59.7%").

    Only the figure's own clause counts: "55% in Clacton, below the national 59.7%" (and
    the clause a comparison goes on from: "across the UK was 67.3%, down from 68.8%"). A
    figure in a table with one row per seat is its row's seat's.
    """
    if "seat_row" in claim.cues:
        return False
    lo, hi = _frame_span(claim, context)
    clause = context.text[lo:hi]
    if (
        _national_in(context, lo, hi)
        or _found_in(_SEAT_TOTAL, context.text, lo, hi, clause)
        or _MILLIONS.search(clause)
        # ("took 6.4% of the vote, their best national result, and four seats: ...")
        or _NATIONAL_APPOSITION.match(context.text, hi, claim.sentence_end)
    ):
        return True
    first = _CLAUSE.search(context.text, claim.sentence_start, claim.start)
    if (
        first is not None
        and _search_in(_SEAT_TOTAL, context.text, claim.sentence_start, first.start())
        and not context.mentions_in(context.seat_mentions, claim.sentence_start, claim.sentence_end)
        and not context.people_in(claim.sentence_start, claim.sentence_end)
        and not _NATION_WORD.search(context.text, claim.sentence_start, claim.sentence_end)
    ):
        # "Labour won 301 seats to the Conservatives' 297, even though the Tories took
        # more of the vote: 37.8 per cent against Labour's 37.2 per cent": a sentence that
        # opens on the House's seats, naming no seat or candidate, goes on nationally.
        return True
    semicolon = context.text.rfind(";", claim.sentence_start, claim.start)
    # (a clause after a semicolon: see below)
    if (
        semicolon >= 0
        and _search_in(_SEAT_TOTAL, context.text, claim.sentence_start, semicolon)
        and not context.mentions_in(context.seat_mentions, claim.sentence_start, claim.sentence_end)
    ):
        # "The Conservatives won 365 seats on 43.6% in 2019; last week they won 121 on
        # 23.7%": a clause set beside one counting the House's seats goes on nationally.
        return True
    if _MILLIONS_BEFORE.search(
        context.text, max(claim.sentence_start, claim.start - 40), claim.start
    ) or _MILLIONS_APPOSED.match(context.text, claim.end, claim.sentence_end):
        # "polled 3,881,099 votes, 12.6% of the total": the count's share; "took 12.6% of
        # the vote, almost 3.9 million ballots": the share's count
        return True
    # "Labour won 411 seats on 33.7%. Turnout was 59.7%.": a sentence naming no seat goes on
    # with the national figures of the sentence before it in the paragraph.
    i = context.sentence_index(claim.start)
    here = context.sentences[i]
    if (
        i > 0
        and not context.mentions_in(context.seat_mentions, here.start, here.end)
        # ("... back to 45 MPs. Mr Gray first won the Westminster seat from Labour in 2015
        # with 23,887 votes": a sentence about one seat goes on with no national story)
        and not _search_in(_ONE_SEAT, context.text, here.start, here.end)
    ):
        before = context.sentences[i - 1]
        previous = context.text[before.start : before.end]
        if (
            before.paragraph == here.paragraph
            and (
                _national_in(context, before.start, before.end)
                or _found_in(_SEAT_TOTAL, context.text, before.start, before.end, previous)
            )
            # ("Watford ... a test of their national fortunes. Dean Russell is defending a
            # majority of 2,092": a sentence about a seat sets no national figures going)
            and not context.mentions_in(context.seat_mentions, before.start, before.end)
        ):
            return True
    # "Nationally, Reform won five seats with 14.3%": an opening phrase covers the sentence
    # (not a clause naming its own seat: "Across the country, ... his party won Selby and
    # Ainsty with a majority of 4,161").
    if context.mentions_in(context.seat_mentions, lo, hi):
        return False
    return _of_sentence(
        context,
        claim,
        "national_opening",
        lambda s: bool(_NATIONAL_OPENING.match(s)) or _opens_nationally(context, claim),
    )


# A noun phrase set after a figure's clause that calls it the whole country's: ", their
# best national result", ", a national record".
_NATIONAL_APPOSITION = lazy_compile(
    r",\s+(?:their|its|his|her|the|a|an)\s+(?:[\w'’-]+\s+){0,3}?national\s+"
    r"(?:result|share|record|high|low|best|worst|showing|total|tally)\b",
    re.I,
)


# "the seat", "the Westminster seat", "this constituency": one seat spoken of.
_ONE_SEAT = lazy_compile(
    rf"\b(?:the|this|that)\s+(?:[\w'’-]+\s+)?(?:{alternation(lx.SEAT_NOUNS)})\b"
    r"(?!\s*(?:total|count|tally|share)s?\b)",
    re.I,
)


def _opens_nationally(context: ArticleContext, claim: Claim) -> bool:
    """Whether a short opening phrase of the claim's sentence (four words at most, up to
    the first clause break) frames it as the whole country's: "Across Britain, ..."."""
    end = _opening_end(context.text, claim.sentence_start, claim.sentence_end, whole=True)
    return end is not None and _national_in(context, claim.sentence_start, end)


_NATIONAL_OPENING = lazy_compile(
    r"\s*(?:Nationally|Across\s+(?:the\s+)?(?:UK|country|nation|Britain)|UK-wide"
    # "On the popular vote the Conservatives took 42.4%, with Labour on 40.0%"
    r"|(?:On|In)\s+(?:the\s+)?(?:popular|national|UK-wide|UK|overall)\s+vote)\b"
)


_NATION_NAME = rf"(?:{alternation(lx.NATION_NAMES)})"
_NATION_NOUN = rf"(?i:{alternation(lx.NATION_MEASURE_NOUNS)})\b"
# A nation framing a figure as its own: "across Scotland", "in Wales" (not "Wales's
# largest city"), "Scotland-wide", "Scotland's 59 seats", "the 40 Welsh seats", "Scottish
# turnout". Names are matched as written, capitalised; the region words before a name are
# checked where it is found (`_nation_frames`).
_NATION_FRAME = lazy_compile(
    rf"\b(?i:{alternation(lx.NATION_PREPOSITIONS)})\s+(?:(?i:the\s+whole\s+of|all\s+of)\s+)?"
    rf"(?P<name>{_NATION_NAME})\b(?![\'’-])"
    rf"|\b(?P<wide>{_NATION_NAME})-wide\b"
    rf"|\b(?P<owner>{_NATION_NAME})['’]s?\s+(?:[\w,.-]+\s+){{0,2}}?{_NATION_NOUN}"
    rf"|\b(?P<adjective>{alternation(lx.NATION_ADJECTIVES)})\s+{_NATION_NOUN}"
    rf"|\b(?P<phrase>(?i:{alternation(lx.NATION_PHRASES)}))\b"
    # ("Wales sends 40 MPs to Westminster. In 2017 Labour won 28 of them ...")
    rf"|\b(?P<subject>{_NATION_NAME})\s+(?:sends|sent|elects|elected|returns|returned|has|had)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:MPs|seats|members)\b"
)
_NATION_IDS = {
    **{normalise_name(k): v for k, v in lx.NATION_NAMES.items()},
    **{normalise_name(k): v for k, v in lx.NATION_ADJECTIVES.items()},
}
_REGION_BEFORE = lazy_compile(rf"\b(?i:{alternation(lx.NATION_REGION_WORDS)})\s+$")
_COMPARISON_OPENING = lazy_compile(
    r"\s*(?:(?:well|just|a\s+little|slightly|far)\s+)?"
    rf"(?:{alternation(lx.COMPARISON_OPENERS)})\s+(?:the\s+)?"
    r"(?:(?:just|only|about|around|nearly|almost)\s+)?$",
    re.I,
)


def _nation_frames(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, nation) of each phrase in text[lo:hi] that frames a figure by a nation."""
    found = []
    for m in _NATION_FRAME.finditer(text, lo, hi):
        group = next(
            g for g in ("name", "wide", "owner", "adjective", "phrase", "subject") if m.group(g)
        )
        if group == "phrase":
            found.append((m.start(), m.end(), lx.NATION_PHRASES[m.group(group).lower()]))
            continue
        if _REGION_BEFORE.search(text, max(0, m.start(group) - 12), m.start(group)):
            continue  # "North Wales", "South West England": a region
        found.append((m.start(), m.end(), _NATION_IDS[normalise_name(m.group(group))]))
    return found


def _frame_span(claim: Claim, context: ArticleContext) -> tuple[int, int]:
    """The text whose area words frame a figure: its own clause and, when that clause opens
    with a comparison and names no seat ("..., down from 68.6% two years ago"), the clause
    it goes on from."""
    text = context.text
    start = _clause_start(text, claim.sentence_start, claim.start)
    # ("**12.2%** – the Liberal Democrat share across Britain, ...": a figure leading a line,
    # what follows its dash says what it measures)
    label = _LABEL_DASH_AFTER.match(text, claim.end, claim.sentence_end)
    lo = label.end() if label else claim.end
    after = scan(_CLAUSE_BREAKS, text, _CLAUSE_REACH).first(lo, claim.sentence_end)
    end = after.start() if after else claim.sentence_end
    # "Turnout of 60.6% compares with a national figure of 67.3%", "Mr Higginbotham's 40.3%
    # was below his party's national share": what it is set against is another's frame.
    against = _SET_AGAINST_AFTER.search(text, claim.end, end)
    if against is not None:
        end = against.start()
    if (
        start > claim.sentence_start
        and (
            _COMPARISON_OPENING.fullmatch(text, start, claim.start)
            or _parallel_opening(text, start, claim.start)
            or _PARTICIPLE_OPENING.fullmatch(text, start, claim.start)
            # "... fell to 36.9%, down 13.1 points on 2015": a change set after a share
            or share_before_change(claim, context) is not None
        )
        and not context.mentions_in(context.seat_mentions, start, end)
    ):
        before = _clause_start(text, claim.sentence_start, start - 1)
        if before > claim.sentence_start and (
            _BARE_CONJUNCTION.fullmatch(text, before, start)
            # (", low by any standard but above the 59.4 per cent of 2001": past a short
            # predicate in apposition, to the clause it describes)
            or _BARE_PREDICATE_BUT.fullmatch(text, before, start)
        ):
            # (", while the Conservatives fell to 18.2%": past the comma before "while")
            before = _clause_start(text, claim.sentence_start, before - 1)
        if before > claim.sentence_start and _BARE_FIGURE.fullmatch(text, before, start):
            # ("... in Northern Ireland, 25.5 per cent, just ahead of ...": past a figure
            # in apposition, to the clause it stands in)
            before = _clause_start(text, claim.sentence_start, before - 1)
        start = before
    return start, end


_SET_AGAINST_AFTER = lazy_compile(rf"\b(?:{alternation(lx.SET_AGAINST_WORDS)})\b", re.I)
_LABEL_DASH_AFTER = lazy_compile(r"(?:\*\*|__)\s*[–—-]\s")
_BARE_CONJUNCTION = lazy_compile(r"\s*(?:while|whereas)\s*", re.I)
_BARE_PREDICATE_BUT = lazy_compile(r"\s*[a-z'-]+(?:\s+[a-z'-]+){0,5}\s+(?:but|yet)\s*")
_BARE_FIGURE = lazy_compile(r"\s*[\d.,]+\s*(?:%|per\s?cent)?\s*[,;]?\s*", re.I)


# "..., 25.5 per cent, just ahead of the DUP on 25.0 per cent", "..., with the DUP on 25.7
# per cent": another's figure set beside the clause before, in that clause's area.
_PARALLEL_OPENING = lazy_compile(
    r"\s*(?:(?:just|narrowly|well|far|only)\s+)?(?:ahead\s+of|behind|with|against)\s+"
    r"(?:the\s+)?[\w'’ -]{1,40}?\s+(?:on|with|at)\s+$"
    # ("Labour's share in Wales was 37.0%, while the Conservatives fell to 18.2%")
    rf"|\s*(?:(?:while|whereas)\s+)?(?:the\s+)?[\w'’ -]{{1,40}}?\s+"
    rf"(?:{alternation(lx.SHARE_MOVE_VERBS)})\s+to\s+$",
    re.I,
)

# The last word of every `_PARALLEL_OPENING` match, with the space before it.
_PARALLEL_LAST_WORD = lazy_compile(r"\s(?:on|with|at|to)$", re.I)


def _parallel_opening(text: str, start: int, end: int) -> bool:
    """`_PARALLEL_OPENING.fullmatch(text, start, end)`, tried only when the span ends as
    every match does (a word of `_PARALLEL_LAST_WORD`, then spaces): the pattern's lazy
    runs of words are slow to fail, and most clauses end otherwise."""
    last = end
    while last > start and text[last - 1].isspace():
        last -= 1
    if last == end or _PARALLEL_LAST_WORD.search(text, max(start, last - 5), last) is None:
        return False
    return _PARALLEL_OPENING.fullmatch(text, start, end) is not None


# "... in Northern Ireland for the first time, taking 27.0 per cent": a participle clause
# goes on with its subject's clause, in that clause's area.
_PARTICIPLE_OPENING = lazy_compile(
    r"\s*(?:taking|winning|polling|securing|gaining|getting|with)\s+"
    r"(?:just\s+|only\s+|almost\s+|nearly\s+|about\s+|more\s+than\s+)?$",
    re.I,
)


def nation_of(claim: Claim, context: ArticleContext) -> str | None:
    """The nation a figure is about, when a nation frames it ("Turnout across Scotland was
    71.1%", "Labour won 24.3% of the vote in Scotland", "Scottish turnout", "In Wales,
    turnout was 66.6%"): that nation's id, to be judged over its seats. None for a seat's
    figure, the UK's, or one no area frames.

    The frame is the figure's clause (and the clause a comparison in it goes on from, see
    `_frame_span`), or an opening phrase of its sentence; a clause that names a seat is the
    seat's ("in the Scottish seat of Gordon, turnout was 71.6%"), and where a nation and
    the UK both frame it the nearer wins ("71.1% in Scotland against 66.1% across the UK").
    A figure in a table with one row per seat is its row's seat's.
    """
    if "seat_row" in claim.cues:
        return None
    frame = _area_frame(claim, context)
    return frame if frame not in (None, "uk") else None


_RECORD_WORD = lazy_compile(rf"\b(?:{alternation(lx.RECORD_SUPERLATIVES)})\b", re.I)


def is_record_in_area(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure's frame is a record among an area's seats ("the highest turnout
    in Scotland was 81.2%"): one seat's figure, not the area's."""
    # ("the largest party north of the border, ... on 36.3% of the vote": the party's
    # standing, not a record among seats)
    return any(
        not _PARTY_AFTER_RECORD.match(context.text, m.end())
        for m in _RECORD_WORD.finditer(context.text, *_frame_span(claim, context))
    )


_PARTY_AFTER_RECORD = lazy_compile(r"\s+(?:single\s+)?part(?:y|ies)\b", re.I)


# A nation's adjective right before a party's name: "Scottish Labour", "the Welsh
# Conservatives", "the Scottish Lib Dems" (the nation's branch of the party).
_BRANDING_BEFORE = lazy_compile(rf"\b(?P<adjective>{alternation(lx.NATION_ADJECTIVES)})\s+$")


# A party's own possessive, which no person takes: "its share", "their vote".
_ITS_BEFORE = lazy_compile(r"\b(?:its|their)\s", re.I)


def branded_nation(claim: Claim, context: ArticleContext) -> str | None:
    """The nation of a party named by its branch there ("Welsh Labour won 22 seats", "The
    Scottish Conservatives won six seats. Their share fell to 25.1%"), in the figure's
    sentence before it or as the subject of the sentence before in its paragraph; None
    when a seat is named in either, for a table's row, or when the adjective is part of
    the party's own name ("the Scottish National Party")."""
    if "seat_row" in claim.cues:
        return None
    i = context.sentence_index(claim.start)
    here = context.sentences[i]
    spans = [(here.start, claim.start)]
    if i > 0 and context.sentences[i - 1].paragraph == here.paragraph:
        before = context.sentences[i - 1]
        spans.insert(0, (before.start, before.end))
    if context.mentions_in(context.seat_mentions, spans[0][0], here.end) or context.people_in(
        spans[0][0], here.end
    ):
        return None  # (a seat's or a candidate's figure: "Scottish Tory Douglas Ross")
    # The party nearest before the figure in its sentence, else the sentence before's
    # subject (its first party: "Their share" goes on with it).
    own = context.mentions_in(context.party_mentions, here.start, claim.start)
    earlier = context.mentions_in(context.party_mentions, *spans[0]) if len(spans) == 2 else []
    party = own[-1] if own else (earlier[0] if earlier else None)
    if party is None:
        return None
    lo = here.start if own else spans[0][0]
    branding = _BRANDING_BEFORE.search(context.text, max(lo, party.start - 20), party.start)
    return lx.NATION_ADJECTIVES[branding.group("adjective")] if branding else None


def its_branded_nation(claim: Claim, context: ArticleContext) -> str | None:
    """The nation of a branded party a clause's "its" or "their" goes back to, past a seat
    or a candidate named in another clause of the sentence: "Scottish Labour was reduced to
    a single MP, Ian Murray in Edinburgh South, and its share slumped to 18.6%"."""
    here = context.sentence_at(claim.start)
    # (a change set right after a share is the share's: "its share slumped to 18.6%, down
    # 8.5 points")
    share = share_before_change(claim, context)
    at = share.start() if share is not None else claim.start
    lo = _clause_start(context.text, here.start, at)
    if (
        "seat_row" in claim.cues
        or not _ITS_BEFORE.search(context.text, lo, at)
        or context.mentions_in(context.seat_mentions, lo, here.end)
        or context.people_in(lo, here.end)
    ):
        return None
    # (the sentence's subject: the branded party opening it, after an article at most)
    parties = context.mentions_in(context.party_mentions, here.start, lo)
    branding = parties and _BRANDING_BEFORE.search(context.text, here.start, parties[0].start)
    if not branding or context.text[here.start : branding.start()].strip().lower() not in _ARTICLES:
        return None
    return lx.NATION_ADJECTIVES[branding.group("adjective")]


_ARTICLES = ("", "the")


_NATION_NAMED = lazy_compile(rf"\b(?P<name>{_NATION_NAME})\b(?![\'’-])")
_NATION_PHRASE = lazy_compile(rf"\b(?:{alternation(lx.NATION_PHRASES)})\b", re.I)


def nation_named_before(claim: Claim, context: ArticleContext) -> str | None:
    """The one nation the sentence before in the paragraph names (as its subject, a frame
    or a place: "Scotland stayed loyal to Labour.", "In Scotland Labour took 56 ..."), for
    a figure in a sentence naming no seat, candidate or nation of its own."""
    i = context.sentence_index(claim.start)
    here = context.sentences[i]
    if i == 0 or "seat_row" in claim.cues:
        return None
    before = context.sentences[i - 1]
    if before.paragraph != here.paragraph:
        return _paragraph_nation(claim, context) or paragraph_before_nation(claim, context)
    lo, hi = before.start, here.end
    if (
        context.mentions_in(context.seat_mentions, lo, hi)
        or context.people_in(here.start, here.end)
        or _national_in(context, lo, hi)
        or _NATION_NAMED.search(context.text, here.start, here.end)
    ):
        return None
    named = {
        _NATION_IDS[normalise_name(m.group("name"))]
        for m in _NATION_NAMED.finditer(context.text, before.start, before.end)
        if not _REGION_BEFORE.search(context.text, max(0, m.start() - 12), m.start())
    }
    # ("Labour won 37 of Scotland's 57 seats ... The Liberal Democrats won six seats"; not
    # a quotation after it: '"We won 330 seats fair and square," a minister told me')
    if _quotation_open_at(claim, context) is None:
        named |= _nations_counted_in(context.text, before.start, before.end)
    # ("The SNP won 48 of the 59 seats north of the border. The Liberal Democrats won four")
    named |= _nation_phrases_in(context.text, before.start, before.end)
    if not named:
        # ("The picture in Scotland was very different. Labour won 50 of the 72 Scottish
        # seats. The Conservatives ... were left with 10 seats": the paragraph's lead)
        return _paragraph_nation(claim, context) or paragraph_before_nation(claim, context)
    return named.pop() if len(named) == 1 else None


_OF_NATIONS_SEATS = lazy_compile(
    r"\bof\s+(?P<name>England|Scotland|Wales|Northern\s+Ireland)['’]s\s+\d+\s+"
    r"(?:seats|constituencies|MPs)\b"
)
_SENTENCE_ENDS = lazy_compile(r"[.!?][\"'”’)*_]*\s*$")


def whole_sentence_before(context: ArticleContext, i: int) -> Sentence | None:
    """The sentence before sentence i in its paragraph, its pieces joined where a list was
    cut from it ("Across Northern Ireland, Alliance took 15.0%, the Ulster Unionists 12.2%
    and the SDLP 11.1%." is read as five pieces); None at a paragraph's start."""
    sentences, text = context.sentences, context.text
    j = i - 1
    if j < 0 or sentences[j].paragraph != sentences[i].paragraph:
        return None
    end = sentences[j].end
    while (
        j > 0
        and sentences[j - 1].paragraph == sentences[i].paragraph
        and not _SENTENCE_ENDS.search(text, sentences[j - 1].start, sentences[j - 1].end)
    ):
        j -= 1
    return Sentence(sentences[j].start, end, sentences[i].paragraph)


def carried_nation(claim: Claim, context: ArticleContext) -> str | None:
    """The nation of the sentence before, for a figure no area frames in a sentence naming
    no seat ("The SNP won 56 of Scotland's 59 seats. Turnout was 71.1%."): one reading,
    beside the UK's, as a national sentence's figures go on (`is_national`). Never for a
    figure in a table with one row per seat."""
    text = context.text
    if "seat_row" in claim.cues or _area_frame(claim, context) is not None:
        return None
    i = context.sentence_index(claim.start)
    here = context.sentences[i]
    if i == 0 or context.mentions_in(context.seat_mentions, here.start, here.end):
        return None
    before = whole_sentence_before(context, i)
    if before is None:
        return paragraph_before_nation(claim, context)
    # A nation's own figures only ("across Scotland", "Scotland's 59 seats", "Welsh
    # turnout"): "in Scotland" also places a person or a seat ("who led the party in
    # Scotland"), and a sentence naming a seat is about it.
    # (but "In Wales, Labour won 25 seats ...": an "in" opening the sentence frames it)
    opening = (
        before.start
        + len(text[before.start : before.end])
        - len(text[before.start : before.end].lstrip(" \t\n\"'“‘#*"))
    )
    frames = _nation_frames(text, before.start, before.end)
    nations = {
        n for a, _, n in frames if not re.match(r"in\b", text[a : a + 3], re.I) or a == opening
    }
    if (
        before.paragraph == here.paragraph
        and len(nations) == 1
        # (a frame of the whole country, not "Across Wales": that is the nation's own)
        and not _uk_wide_in(context, before.start, before.end)
        # (a seat named inside a sentence a nation's frame opens is one of its parts:
        # "Across Northern Ireland the DUP won eight seats, with North Down going to ...")
        and (
            any(a == opening for a, _, _ in frames)
            or not context.mentions_in(context.seat_mentions, before.start, before.end)
        )
    ):
        return nations.pop()
    if not nations:
        return paragraph_before_nation(claim, context)
    return None


def _area_frame(claim: Claim, context: ArticleContext) -> str | None:
    """A nation's id, "uk", or None: the area the figure's own frame names (`nation_of`)."""
    memo = context.__dict__.setdefault("_area_memo", {})
    key = (claim.start, claim.end)
    if key not in memo:
        memo[key] = _find_area_frame(claim, context)
    return memo[key]


# A figure and up to three words just before a nation's frame: "35 seats in Scotland".
_FIGURE_BEFORE_FRAME = lazy_compile(rf"(?:\d|\b{WORDS}\b)\S*(?:\s+[\w'’-]+){{0,3}}\s+$", re.I)


def _find_area_frame(claim: Claim, context: ArticleContext) -> str | None:
    text = context.text
    lo, hi = _frame_span(claim, context)
    if context.mentions_in(context.seat_mentions, lo, hi):
        return None
    # "The SNP were reduced to 35 seats in Scotland and the Liberal Democrats ended with
    # 12 MPs": a frame after another figure is that figure's, when a party comes between.
    areas = [
        (a, b, n)
        for a, b, n in _nation_frames(text, lo, hi)
        if a > claim.start
        or not _FIGURE_BEFORE_FRAME.search(text, max(lo, a - 40), a)
        or not context.mentions_in(context.party_mentions, b, claim.start)
    ]
    areas += [(a, b, "uk") for a, b in national_cues(context, lo, hi)]
    if areas:
        return min(areas, key=lambda a: max(a[0] - claim.end, claim.start - a[1], 0))[2]
    here = context.sentences[context.sentence_index(claim.start)]
    if context.mentions_in(context.seat_mentions, here.start, here.end):
        return None
    # "In Wales, turnout was 66.6%": an opening phrase covers its sentence.
    opening = _CLAUSE.search(text, claim.sentence_start, lo)
    if opening and len(text[claim.sentence_start : opening.start()].split()) <= 4:
        frames = _nation_frames(text, claim.sentence_start, opening.start())
        # ("Across Wales," is a nation's frame, though "across" a nation also reads national)
        national = [
            (c, d)
            for c, d in national_cues(context, claim.sentence_start, opening.start())
            if not any(a <= c and d <= b for a, b, _ in frames)
        ]
        if frames and not national:
            return frames[0][2]
    # "In Scotland Labour won 37 seats, while the SNP fell to 30.0%": a sentence opening
    # on a nation, comma or not, is about that nation throughout.
    head = text[claim.sentence_start : lo]
    at = claim.sentence_start + len(head) - len(head.lstrip(" \t\n\"'“‘#*"))
    first = _NATION_FRAME.match(text, at, lo)
    frames = (
        _nation_frames(text, first.start(), first.end()) if first and first.group("name") else []
    )
    if frames and not _national_in(context, first.end(), claim.end):
        return frames[0][2]
    return None


# A line that is a nation's name alone: a section's heading ("Scotland", "## Wales").
_NATION_HEADING = lazy_compile(rf"[ \t#*]*(?P<name>{_NATION_NAME})[ \t*:]*")


def _paragraph_nation(claim: Claim, context: ArticleContext) -> str | None:
    """The nation a paragraph is about, by a lead sentence naming it ("The picture in
    Scotland was very different. ... The Conservatives ... were left with 10 seats") or a
    heading line of its name alone above it, where nothing from the lead to the figure
    names a seat, another nation or the whole country (a reading beside the House's:
    a summary's paragraph may turn to the whole country without saying so)."""
    text = context.text
    i = context.sentence_index(claim.start)
    first = context.paragraph_first(i)
    lead = context.sentences[first]
    # The heading line: the paragraph's first line, or the line just above the paragraph.
    line_start = text.rfind("\n", 0, lead.start - 1) + 1 if lead.start else 0
    line_end = text.find("\n", lead.start)
    candidates = [(lead.start, line_end if line_end >= 0 else lead.end)]
    if line_start < lead.start:
        candidates.append((line_start, lead.start - 1))
    nations = set()
    for a, b in candidates:
        heading = _NATION_HEADING.fullmatch(text, a, b)
        if heading:
            nations.add(_NATION_IDS[normalise_name(heading.group("name"))])
    lo = lead.start
    if not nations and first < i:
        opening = _NATION_FRAME.search(text, lead.start, lead.end)
        if opening is None or not opening.group("name"):
            return None
        nations = {n for _, _, n in _nation_frames(text, lead.start, lead.end)}
    if len(nations) != 1:
        return None
    if (
        context.mentions_in(context.seat_mentions, lo, claim.sentence_end)
        or _national_in(context, lo, claim.sentence_end)
        or {n for _, _, n in _nation_frames(text, lo, claim.sentence_end)} - nations
    ):
        return None
    return nations.pop()


def paragraph_before_nation(claim: Claim, context: ArticleContext) -> str | None:
    """The one nation the paragraph before names, for a figure in a paragraph naming no
    seat, nation or the whole country up to its sentence's end ("Labour won 37 of
    Scotland's 57 seats on 35.3% of the vote. // The Liberal Democrats won six seats on
    9.7%"): a reading beside the UK's, never alone (the next paragraph may turn away)."""
    if "seat_row" in claim.cues:
        return None
    text = context.text
    first = context.paragraph_first(context.sentence_index(claim.start))
    if first == 0:
        return None
    lead = context.sentences[context.paragraph_first(first - 1)]
    lo, hi = lead.start, context.sentences[first - 1].end
    here = context.sentences[first].start
    if (
        context.mentions_in(context.seat_mentions, lo, claim.sentence_end)
        or context.people_in(lo, claim.sentence_end)
        or _national_in(context, lo, claim.sentence_end)
        or _NATION_NAMED.search(text, here, claim.sentence_end)
        or _NATION_PHRASE.search(text, here, claim.sentence_end)
    ):
        return None
    named = {n for _, _, n in _nation_frames(text, lo, hi)}
    named |= _nations_counted_in(text, lo, hi) | _nation_phrases_in(text, lo, hi)
    return named.pop() if len(named) == 1 else None


def _nations_counted_in(text: str, lo: int, hi: int) -> set[str]:
    """Nations whose seats text[lo:hi] counts: "37 of Scotland's 57 seats"."""
    return {
        _NATION_IDS[normalise_name(m.group("name"))]
        for m in _OF_NATIONS_SEATS.finditer(text, lo, hi)
    }


def _nation_phrases_in(text: str, lo: int, hi: int) -> set[str]:
    """Nations text[lo:hi] names by a phrase: "north of the border"."""
    return {
        lx.NATION_PHRASES[" ".join(m.group(0).lower().split())]
        for m in _NATION_PHRASE.finditer(text, lo, hi)
    }


def nation_label(nation: str | None) -> str:
    """A nation's name as printed: "Scotland", "Northern Ireland"."""
    names = {v: k for k, v in lx.NATION_NAMES.items()}
    return names.get(nation or "", (nation or "").replace("-", " ").title())


def area_totals_missing(context: ArticleContext, election: Election, nation: str | None) -> str:
    """Why the totals over a general election's seats (or a nation's) cannot be given."""
    if nation is not None:
        unplaced = derive.unplaced_seats(context.reference, election.id)
        if unplaced:
            shown = ", ".join(seat_label(context, s) for s in unplaced[:3])
            more = f" and {len(unplaced) - 3} more" if len(unplaced) > 3 else ""
            return (
                f"the reference gives no nation for {len(unplaced)} seats of the "
                f"{election_label(election)} ({shown}{more}), so {nation_label(nation)}'s "
                "total is not known"
            )
        if derive.election_totals(context.reference, election.id, nation) is None:
            return f"no seats of {nation_label(nation)} at the {election_label(election)}"
    return "some seats' electorates or totals are missing for that election"


# "Since winning the seat in 2010 he has ...": a time a change runs from.
_SINCE_CUE_BEFORE = lazy_compile(r"\bsince\b[^,;.\d]{0,40}$", re.I)
# "from 13,786 to more than ": the later figure of a change from one figure to another.
_FROM_FIGURE_TO = lazy_compile(
    r"\bfrom\s+\d[\d,.]*\s*(?:%|per\s?cent|votes?|points?)?\s+to\s+(?:[a-z]+\s+){0,2}$", re.I
)


def _now_contest(context: ArticleContext, seat: str) -> Election | None:
    """The contest the article reports in the seat, else the latest before its date."""
    return context.focus.get(seat) or context.latest_contest(seat)[0]


def is_earlier_figure(claim: Claim, context: ArticleContext) -> bool:
    """A figure given as the starting point of a change: "up from 30.4%", "cut to X from Y"."""
    before = context.text[max(claim.sentence_start, claim.start - 24) : claim.start]
    if not _FROM_BEFORE.search(before):
        # "the Scottish National Party's 11 MPs were cut to two": the count before the cut
        return _CHANGED_TO_AFTER.match(context.text, claim.end, claim.sentence_end) is not None
    # (not a range across places: "Turnout ranged from 55.6% in Great Yarmouth to ...")
    wider = context.text[max(claim.sentence_start, claim.start - 40) : claim.start]
    # (nor a source: "Plaid Cymru's four MPs came from 194,811 votes")
    return not _RANGE_FROM.search(wider) and not _SOURCE_FROM.search(wider)


_FROM_BEFORE = lazy_compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:just|only|more\s+than|over|almost|nearly|about|around|some|"
    r"under|less\s+than|fewer\s+than)\s+)?"
    # (a share bracketed after the earlier count: "fell from 5,622 (10.9%) to 628 (1.2%)")
    r"(?:\d[\d,]*(?:\s+votes?)?\s*\(\s*)?$",
    re.I,
)
_CHANGED_TO_AFTER = lazy_compile(
    r"(?:\s+[a-zA-Z'’-]+){0,2}?\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:cut|reduced|slashed|trimmed|halved|whittled\s+down|pared\s+back)"
    r"|fell|dropped|shrank|slumped|collapsed)\s+to\s+(?:just\s+|only\s+)?(?:\d|[a-z]+\b)"
    # ("a majority of 194 votes grew to 2,137": the count before a rise, its own verb
    # straight after it; not "took 41.4% and turnout rose to 65.8%")
    r"|(?:\s+votes?)?\s+(?:grew|rose|climbed|jumped|swelled|was\s+(?:increased|raised|boosted))"
    r"\s+to\s+(?:\d|[a-z]+\b)",
    re.I,
)
_SOURCE_FROM = lazy_compile(
    r"\b(?:came|come|comes|coming|drawn|built|won|earned)\s+from\s+(?:just\s+|only\s+)?$",
    re.I,
)
_RANGE_FROM = lazy_compile(
    r"\b(?:rang(?:ed|es|ing)|var(?:ied|ies|ying))\s+(?:[\w-]+\s+){0,3}?from\s+"
    r"(?:the\s+)?(?:just\s+|only\s+)?$",
    re.I,
)


def previous_general(context: ArticleContext, election: Election) -> Election | None:
    earlier = [e for e in context.reference.general_elections() if e.date < election.date]
    return earlier[-1] if earlier else None


def national_source(context: ArticleContext, election: Election) -> str:
    """The citation for a figure summed over every seat of a general election."""
    totals = derive.election_totals(context.reference, election.id)
    return context.reference.cite(SourceRef(totals.source)) if totals and totals.source else ""


def national_in_force(claim: Claim, context: ArticleContext, chosen: Election) -> Election | None:
    """The general election a narrative has moved to, when it is not `chosen`: a reading."""
    in_force = context.election_in_force(claim.start)
    if in_force is None or in_force[0].id == chosen.id:
        return None
    return in_force[0]


# A figure, then a time word or two before the cue: "a majority of 30 only four years".
_FIGURE_THEN_TIME = lazy_compile(r"\d(?:\s+votes?)?\s+(?:only\s+|just\s+|some\s+)?$", re.I)
_FIGURE_RIGHT_BEFORE = lazy_compile(r"\d(?:\s?%|\s*per\s?cent|\s+votes?|\s+seats?)?\s*$", re.I)


def seat_named_only_later(claim: Claim, context: ArticleContext) -> bool:
    """Whether no seat is named before the figure, nor in its paragraph: the seat it falls
    to is lent back from later in the piece ("They polled 37.8 per cent to Labour's 37.2
    per cent", paragraphs before North Devon is named), so the country's figure is a
    reading beside it."""
    if "seat_row" in claim.cues or paragraph_names_seat(claim, context):
        return False
    mentions = context.seat_mentions
    return not mentions or mentions[0].start > claim.start


def _contest_named_just_before(
    claim: Claim, context: ArticleContext, seat: str
) -> tuple[Election, int, int] | None:
    """The one contest in `seat` the sentence before (in the paragraph) names, with its cue."""
    i = context.sentence_index(claim.start)
    if i == 0:
        return None
    before = context.sentences[i - 1]
    if before.paragraph != context.sentences[i].paragraph:
        return None
    cues = [
        c
        for c in context.election_cues(seat, context.text[before.start : before.end])
        if c[2] is not None and not c[3].endswith(HISTORY_NOTE)
    ]
    if len({c[2].id for c in cues}) != 1:
        return None
    return cues[-1][2], before.start + cues[-1][0], before.start + cues[-1][1]


def _general_named_before(claim: Claim, context: ArticleContext) -> Election | None:
    """In a piece reporting no recent general election, the one general election named in
    the nearest sentence before the figure's that names any, within the paragraph or the
    one before ("... back at the 1935 general election by only 1,054 votes. Nationally that
    election returned ...", "Labour's next chance came in May 1929, ... // Labour won 287
    seats"): a history piece goes on with the election it has just named."""
    if context.recent_general() is not None or is_earlier_figure(claim, context):
        return None
    if _quotation_open_at(claim, context) is not None:
        return None
    sentence = context.text[claim.sentence_start : claim.sentence_end]
    own = {
        c[2].id: c[2]
        for c in context.election_cues("", sentence)
        if c[2] is not None
        and c[2].kind == "general"
        and not c[3].endswith(HISTORY_NOTE)
        # (named before the figure, and not as another figure's: "down from 78.7 per cent
        # in 1959", "against 67.3% in 2019")
        and c[1] <= claim.start - claim.sentence_start
        and not _FIGURE_RIGHT_BEFORE.search(sentence, max(0, c[0] - 20), c[0])
    }
    if len(own) == 1 and not _THIS_TIME_NOW.search(
        context.text, claim.sentence_start, claim.sentence_end
    ):
        # "Labour's George Galloway took Hillhead in 1987 ..., and the Alliance's national
        # share fell to 22.6 per cent": the one general election its own sentence names.
        return next(iter(own.values()))
    if _OWN_TIME.search(context.text, claim.sentence_start, claim.sentence_end) or (
        _THIS_TIME_NOW.search(context.text, claim.sentence_start, claim.sentence_end)
    ):
        return None  # ("Turnout last year was 59.7%, against 67.3% in 2019": a time of its own)
    i = context.sentence_index(claim.start)
    paragraph = context.sentences[i].paragraph
    for k in range(i - 1, max(-1, i - 4), -1):
        before = context.sentences[k]
        if before.paragraph < paragraph - 1:
            break
        told = context.text[before.start : before.end]
        cues = context.election_cues("", told)
        generals = {
            c[2].id: c[2]
            for c in cues
            if c[2] is not None
            and c[2].kind == "general"
            and not c[3].endswith(HISTORY_NOTE)
            # (not another figure's time: "Heath, who had a majority of 30 only four years
            # before, was out")
            and not _FIGURE_RIGHT_BEFORE.search(told, max(0, c[0] - 30), c[0])
            and not _FIGURE_THEN_TIME.search(told, max(0, c[0] - 30), c[0])
        }
        if generals:
            return next(iter(generals.values())) if len(generals) == 1 else None
    return None


def general_election_for(claim: Claim, context: ArticleContext) -> Election | str:
    """The general election a national figure is about: named near it, else the article's."""
    sentence = context.text[claim.sentence_start : claim.sentence_end]
    at = claim.start - claim.sentence_start
    here = context.sentence_at(claim.start)
    cues = [
        c
        # ("in 2019 ..., while the Conservatives won 365 seats with 43.6% that year")
        for c in [*context.election_cues("", sentence), *context._anaphoric_cues("", here)]
        if c[2] is not None
        and c[2].kind == "general"
        and not c[3].endswith(HISTORY_NOTE)
        and cue_reaches(sentence, c[0], c[1], at)
    ]
    if cues:
        return min(cues, key=lambda c: min(abs(c[0] - at), abs(c[1] - at)))[2]
    bracketing = context.bracketing_year(claim.sentence_start, claim.start)
    if bracketing is not None and len(held := context._generals_in(bracketing[0])) == 1:
        # "Its share was lower than in 2017 (40.0%)": the year's own figure
        return held[0]
    lead = context._year_lead("", context.sentence_at(claim.start))
    if lead is not None:
        # "**1945.** Ten years later the tide ran the other way. Labour won 47.8 per cent
        # nationally": the year leading the paragraph.
        return lead[0]
    looked_back = context.look_back
    if context.anchor_date is None:
        return "the article gives no date or election for this claim"
    named_before = _general_named_before(claim, context)
    if named_before is not None:
        return named_before
    era = _leader_era(claim, context)
    if era is not None:
        return era
    in_force = context.election_in_force(claim.start)
    if (
        in_force is not None
        and in_force[0].kind == "general"
        and not is_earlier_figure(claim, context)
        # (not in a quotation, whose speaker talks of now)
        and _quotation_open_at(claim, context) is None
        # ("In 2017 Labour took 40 per cent; this time it took 33.7 per cent": the clause
        # moves to the contest reported)
        and not _THIS_TIME_NOW.search(
            context.text,
            _clause_start(context.text, claim.sentence_start, claim.start),
            claim.start,
        )
    ):
        # "In February 1974 Labour won 301 seats ... Turnout was 78.8 per cent": the time
        # the paragraph's narrative has moved to, before the article's own.
        return in_force[0]
    before = context.election_in_force_before(claim.start)
    if (
        before is not None
        and before[0].kind == "general"
        and context.recent_general() is None
        and not is_earlier_figure(claim, context)
        and _quotation_open_at(claim, context) is None
        and not _NOW.search(context.text, claim.sentence_start, claim.sentence_end)
    ):
        # An anniversary piece: "At the general election of 31 March 1966 Labour won 363
        # seats ... // By the standards of the day it was a landslide. Labour polled 47.9
        # per cent": an article reporting no recent election goes on with the one its last
        # paragraph moved to, not the latest before its date.
        return before[0]
    if looked_back is not None and looked_back.kind == "general":
        # "Seventy-five years ago this weekend the results of the 1945 general election
        # were declared. Labour won 393 seats": the contest the piece looks back at.
        earlier = [e for e in context.reference.general_elections() if e.date <= looked_back.date]
    else:
        earlier = [
            e for e in context.reference.general_elections() if e.date <= context.anchor_date
        ]
    if not earlier:
        return "no general election before the article"
    if is_earlier_figure(claim, context):
        # "took 40.0% of the vote, up from 30.4%": the election before.
        before = previous_general(context, earlier[-1])
        return before or "no earlier general election"
    return earlier[-1]


_NOW = lazy_compile(rf"\b(?:{alternation(lx.OTHER_TIME_WORDS)})\b", re.I)
_THIS_TIME_NOW = lazy_compile(
    rf"\b(?:{alternation((*lx.NOW_WORDS, 'this time', 'this year', 'now'))})\b"
    # ("On Thursday Reform polled 14.3 per cent": the day of the contest reported)
    r"|\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\b)",
    re.I,
)
_LEADER_POSSESSIVE = lazy_compile(r"\b([A-Z][\w-]+)['’]s\s+$")


def _leader_era(claim: Claim, context: ArticleContext) -> Election | str | None:
    """ "In raw numbers Blair's Labour collected 13,518,167 votes": a party named by its
    leader's possessive is the party of the general elections that leader fought. None when
    no leader is named so or the article's own election is one of them; else the one such
    election, or why which is unclear."""
    lo = clause_start(context.text, claim.sentence_start, claim.start)
    for party in reversed(context.mentions_in(context.party_mentions, lo, claim.start)):
        owner = _LEADER_POSSESSIVE.search(context.text, max(0, party.start - 30), party.start)
        if owner is None:
            continue
        terms = [
            (start, end)
            for name, led, start, end in context._leaders
            if led == party.id and name.split()[-1] == owner.group(1)
        ]
        if not terms:
            return None
        fought = [
            e
            for e in context.reference.general_elections()
            if e.date <= context.anchor_date and any(a <= e.date <= b for a, b in terms)
        ]
        latest = [e for e in context.reference.general_elections() if e.date <= context.anchor_date]
        if not fought or (latest and latest[-1] in fought):
            return None
        if len(fought) == 1:
            return fought[0]
        years = ", ".join(str(e.date.year) for e in fought)
        return (
            f"{owner.group(0).strip()} {party.text} fought several general elections "
            f"({years}): which is meant is unclear"
        )
    return None


def _before_candidacies(context: ArticleContext, sentence, candidacies) -> bool:
    """Whether every year the sentence names is before the person's first recorded
    candidacy ("his survival in 1992" for an MP the record names from 2010): where they
    stood then is not in the record, so it does not place the figure."""
    years = context.sentence_years(sentence)
    first = min(context.reference.elections[e].date.year for e, _ in candidacies)
    return bool(years) and max(years) < first


def resolve_result(
    claim: Claim, context: ArticleContext, person: Mention | None = None
) -> ResultSubject | str:
    """The seat, election and result a claim is about, or the reason none can be chosen."""
    seat = None
    candidacies: list[tuple[str, str]] = []
    sentence = context.sentence_at(claim.start)
    if person is not None and person.id in context.people:
        # (A seat abolished before the article's date only where the sentence names it.)
        named_here = {
            m.id for m in context.mentions_in(context.seat_mentions, sentence.start, sentence.end)
        }
        candidacies = [
            (e, c)
            for e, c in context.people[person.id].candidacies
            if c in named_here or not context.gone_by_date(c)
        ]
    # A seat named in the figure's own clause beats the seat of a person named elsewhere
    # in the sentence: "X won Clacton, while Labour clung on in Heywood by 617".
    clause_start = _clause_start(context.text, claim.sentence_start, claim.start)
    in_clause = [
        m
        for m in context.mentions_in(context.seat_mentions, clause_start, claim.start)
        if not m.gone or m.former or context.year_in_life(sentence, m.id)
    ]
    if in_clause:
        seat = in_clause[-1].id
        shorter = _seat_named_short(context, in_clause[-1], {c for _, c in candidacies})
        if shorter is not None:
            # "Zac Goldsmith won Richmond with a majority of 23,015": a short name the
            # person's own seat begins with (Richmond Park), not the seat named so in full.
            seat = shorter
    seat = context.near_miss_seat(claim.start) or respective_seat(claim, context) or seat
    heading = _heading_span(claim)
    named = context.mentions_in(context.seat_mentions, *heading) if heading else []
    if seat is None and candidacies and not _before_candidacies(context, sentence, candidacies):
        seats = {c for _, c in candidacies}
        if len(seats) == 1:
            seat = next(iter(seats))
    if seat is None and named:
        # A results block's heading names its seat: "Gower, general election 2015".
        seat = named[-1].id
    if seat is None and "row" in claim.cues:
        # Else the seat the article is about: "Result in full" lists the article's contest,
        # not that of a seat named in passing in the paragraph above.
        seat = context.main_seat()
    if seat is None:
        seat = context.seat_for(claim.start)
        gone = _gone_seat_between(context, seat, sentence.start, claim.start)
        if gone is not None:
            # "... lost East Renfrewshire; Danny Alexander was swept away in Inverness by
            # ..., who won by 10,809": the place named last is a seat the record ended
            # before the article's date, and its namesake may be meant; not the seat before.
            return (
                f"the sentence names {gone.text!r} after {seat_label(context, seat)}; "
                "no seat of that name existed at the article's date"
            )
    if seat is None:
        return "no constituency is named for this claim"
    choice = _heading_contest(context, seat, heading) if heading else None
    election, why, span = choice or context.election_choice(seat, claim.start)
    if election is None and why.endswith(UNKNOWN_CONTEST_NOTE) and person is not None:
        # "Tracey Crouch ... was first elected with a majority of 6,069": her first win,
        # where the record can tell it.
        first = _first_win(context, seat, person)
        if first is not None:
            election, why = first, f"{person.text}'s first win in the seat"
    evidence = (
        [Evidence(context.text[span[0] : span[1]], span[0], span[1], "contest")] if span else []
    )
    mine = [e for e, s in candidacies if s == seat]
    explicit = why.startswith("'")
    away = (
        _seat_fought_at(context, person.id, election)
        if person is not None
        and election is not None
        and not explicit
        # (an undated piece's contest is a guess: "At the last election Bobby Dean won it")
        and context.info.date is not None
        and len(mine) == 1
        and mine[0] != election.id
        and stood_elsewhere(context, seat, election, person)
        # (not where the paragraph has named that contest: "At the 2021 by-election ...
        # Labour's Paul Williams was second with 8,589" is that contest's)
        and not _named_in_paragraph(context, claim, seat, mine[0])
        else None
    )
    if away is not None and away != seat:
        # "In Strangford Jim Shannon held on. // Claire Hanna held her seat with 21,345":
        # the seat she fought at the contest reported (she fought Strangford at another).
        seat = away
        why = f"the seat {person.id} fought at this election" if person else why
    elif (
        len(mine) == 1
        # (not a contest held after a dated article: "Nick Timothy ... will be defending a
        # majority of 23,194" in May 2024 is no figure of his July 2024 contest)
        # (but a notional figure before it is its boundaries': "inherits a notional majority
        # of just over 11,000" under the new boundaries, in May 2024)
        and (
            context.info.date is None
            or context.reference.elections[mine[0]].date <= context.info.date
            or context.notional_frame_at(claim.start)
        )
        and not why.endswith(UNKNOWN_CONTEST_NOTE)
        and (
            election is None or (not explicit and stood_elsewhere(context, seat, election, person))
        )
    ):
        # "when Josh Simons won a majority of 5,399": the one contest the named candidate fought.
        election, why = context.reference.elections[mine[0]], "the candidate's only contest"
    if election is None:
        return f"{seat_label(context, seat)}: {why}"
    result = context.result_for(seat, election)
    # (the narrative's time is asked only where it may be taken below: without a cue's span,
    # and for no result, or a sentence going straight on from the one before)
    in_force = (
        context.election_in_force(claim.start)
        if not span and (result is None or _may_go_on_from_time(context, claim))
        else None
    )
    if (
        in_force is not None
        and not explicit
        and not span
        and why != "the candidate's only contest"
        and in_force[0] != election
        and context.result_for(seat, in_force[0]) is not None
        and _goes_on_from_time(context, claim, in_force)
    ):
        # "Five years later Mr Bingham edged his majority up to 4,894. He took 45.4%": the
        # time the paragraph's narrative moved to, before the article's own contest (which
        # stays a reading: see `other_readings`).
        result = None
    if result is None and not span and in_force is not None:
        # No result at the article's election, but the narrative has moved to another time.
        election, start, end = in_force
        result = context.result_for(seat, election)
        why = f"'{context.text[start:end]}'"
        evidence = [Evidence(context.text[start:end], start, end, "contest")]
    if result is None and span:
        # "held on in 2017 by 2,655" in a report on Great Grimsby and Cleethorpes: the seat
        # it grew from, whose name it carries on, when that seat fought the election named.
        # (The record lists a main forerunner only: Caerfyrddin took in much of another
        # seat than Carmarthen East and Dinefwr, so a forerunner of another name is not it.)
        grew_from = _named_forerunner(context, seat)
        if grew_from is not None and context.result_for(grew_from, election) is not None:
            seat, result = grew_from, context.result_for(grew_from, election)
    if result is None:
        return f"no result for {seat_label(context, seat)} at the {election_label(election)}"
    old = _search_in(_OLD_BOUNDARIES, context.text, claim.sentence_start, claim.start)
    if old and election.kind == "notional" and election.base in context.reference.elections:
        # "On the old boundaries Mr Halfon's majority at that election was 14,063": the
        # result as declared, not its recast.
        declared = context.reference.elections[election.base]
        actual = context.result_for(seat, declared)
        if actual is not None:
            election, result, why = declared, actual, f"'{old.group(0)}'"
    if election.kind == "by-election" and result.constituency != seat:
        # "the 1989 Richmond by-election" in a report on its successor: the forerunner's.
        seat = result.constituency
    if (
        person is not None
        and not candidacies
        and not context.mentions_in(context.seat_mentions, claim.sentence_start, claim.sentence_end)
        and _plainly_absent(context, seat, election, person)
        and not re.match(
            r"[\s,]*(?:whose|his|her|their)\s+party\b", context.text[person.end : claim.start]
        )
    ):
        # (but "Nick Clegg, whose party won 23%" is the party's figure, not his own)
        # "Mr Farron clung on: his share fell to 45.8%", with only another seat named near
        # it: the named person did not stand there, so that seat's result is not theirs.
        return (
            f"{person.id} is not a candidate at {seat_label(context, seat)} at the "
            f"{election_label(election)}, and the text names no seat of theirs"
        )
    since = (
        _SINCE_CUE_BEFORE.search(context.text, claim.sentence_start, evidence[0].start)
        if len(evidence) == 1 and evidence[0].end <= claim.start
        else None
    )
    if since is not None and is_earlier_figure(claim, context):
        # "Since winning the seat in 2010 he has built up his majority from 13,786 to ...":
        # the change runs from the time "since" names, so its first figure is that time's.
        return ResultSubject(seat, election, result, why, evidence)
    if since is not None and _FROM_FIGURE_TO.search(
        context.text, max(claim.sentence_start, claim.start - 60), claim.start
    ):
        # "... from 13,786 to more than 23,000": and runs to the article's own contest.
        now = _now_contest(context, seat)
        latest = context.result_for(seat, now) if now is not None else None
        if latest is not None and now != election:
            return ResultSubject(
                seat,
                now,
                latest,
                f"the {now.name}, where a change since '{evidence[0].cue}' ends",
                [],
            )
    # (a time named before the change is the change's, not the starting figure's: "in 2010,
    # when Denham's majority fell from more than 9,000 to under 200"; one after the figure
    # is its own: "up from 777 in 2017")
    dated_after = why.startswith("'") and any(e.start >= claim.end for e in evidence)
    # ("Truss's 2019 majority of 26,195 fell to a deficit": a year on the figure's own noun)
    on_noun = why.startswith("'") and any(
        e.role == "contest" and _YEAR_ON_NOUN.fullmatch(context.text, e.end, claim.start)
        for e in evidence
    )
    own_time = why.startswith("'") and (dated_after or not evidence or on_noun)
    if is_earlier_figure(claim, context) and not own_time:
        undated = context.undated_step(seat, claim.start)
        if undated:
            return undated  # ("from 51.2% to 51.9%, and then to 35.9%": not the last contest)
        # "cut to 4,874 from 18,952": the earlier figure is the previous election's.
        base = derive.baseline_result(context.reference, result)
        if base is None:
            return "no earlier result for the figure the change started from"
        between = _by_election_named_between(context, claim, seat, base, election, evidence)
        if between is not None:
            return between
        return ResultSubject(
            seat, context.reference.elections[base.election], base, "earlier", evidence
        )
    return ResultSubject(seat, election, result, why, evidence)


def _by_election_named_between(
    context: ArticleContext,
    claim: Claim,
    seat: str,
    base: ElectionResult,
    election: Election,
    evidence: list[Evidence],
) -> ResultSubject | None:
    """The seat's one by-election between a change's ends, when the figure's sentence names
    a by-election before it: "Beki Sellick, who also fought the June by-election, saw her
    share fall from 12.3 per cent": the change runs from that contest, not the general
    election before it."""
    named = BY_ELECTION_WORD.search(context.text, claim.sentence_start, claim.start)
    if named is None:
        return None
    start = context.reference.elections[base.election].date
    held = [e for e in context.reference.by_elections(seat) if start < e.date < election.date]
    if len(held) != 1:
        return None
    result = context.result_for(seat, held[0])
    if result is None:
        return None
    cue = context.text[named.start() : named.end()]
    return ResultSubject(
        seat,
        held[0],
        result,
        f"'{cue}' (the seat's by-election between the change's ends)",
        [*evidence, Evidence(cue, named.start(), named.end(), "contest")],
    )


_YEAR_ON_NOUN = lazy_compile(
    rf"\s+(?:{alternation(lx.MEASURE_NOUNS)})\s+(?:of\s+)?(?:just\s+|only\s+|some\s+)?", re.I
)
_PRONOUN_SUBJECT_OPENING = lazy_compile(r"[\s\"'“‘]*(?:He|She)\s")


def _goes_on_from_time(context: ArticleContext, claim: Claim, in_force) -> bool:
    """Whether the figure's sentence goes on, by a pronoun subject, straight from the one
    that moved the narrative to a time: "Five years later Mr Bingham edged his majority up
    to 4,894. He took 45.4% of the vote"."""
    if not _may_go_on_from_time(context, claim):
        return False
    before = context.sentences[context.sentence_index(claim.start) - 1]
    return before.start <= in_force[1] < before.end


def _may_go_on_from_time(context: ArticleContext, claim: Claim) -> bool:
    """Whether the figure's sentence goes on, by a pronoun subject, straight from the one
    before it in its paragraph (what `_goes_on_from_time` asks, less the time's place)."""
    i = context.sentence_index(claim.start)
    if i <= 0:
        return False
    here, before = context.sentences[i], context.sentences[i - 1]
    return (
        before.paragraph == here.paragraph
        and _PRONOUN_SUBJECT_OPENING.match(context.text, here.start) is not None
    )


def _named_forerunner(context: ArticleContext, seat: str) -> str | None:
    """The one seat `seat` replaced, when the new name holds the old one whole ("Great
    Grimsby" in "Great Grimsby and Cleethorpes") or the article names it, else None."""
    here = context.reference.constituencies.get(seat)
    before = list(here.predecessors or []) if here is not None else []
    if len(before) != 1 or before[0] not in context.reference.constituencies:
        return None
    # ("Richmond (Yorks)" lives on in "Richmond and Northallerton")
    old = re.sub(r"\s*\(.*?\)", "", context.reference.constituencies[before[0]].name)
    if re.search(rf"(?:^|\s){re.escape(old)}(?:\s|$)", here.name) is None and not any(
        # (or the article names the forerunner: "Enfield Southgate was abolished in 2024,
        # and most of it passed to the new Southgate and Wood Green seat")
        m.id == before[0]
        for m in context.seat_mentions
    ):
        return None
    return before[0]


def _heading_span(claim: Claim) -> tuple[int, int] | None:
    """The heading of the results block a claim was read from ("2019 result:"), if any."""
    cue = claim.cues.get("heading")
    if not cue:
        return None
    a, b = cue.split(":")
    return int(a), int(b)


def _heading_contest(
    context: ArticleContext, seat: str, heading: tuple[int, int]
) -> tuple[Election, str, tuple[int, int]] | None:
    """The one election a results block's heading names: the contest of all its rows."""
    text = context.text[heading[0] : heading[1]]
    named = [
        c
        for c in context.election_cues(seat, text)
        if c[2] is not None and not c[3].endswith(HISTORY_NOTE)
    ]
    if len({c[2].id for c in named}) != 1:
        return None
    start, end, election, why = named[0]
    return election, why, (heading[0] + start, heading[0] + end)


def row_subject(
    claim: Claim, context: ArticleContext, result: ElectionResult
) -> Mention | str | None:
    """Who a figure read from a results row belongs to, by the block's layout.

    The block's party column is the label column whose cells name parties in most rows;
    its other label columns are names. A name cell is matched against the result's
    candidates (allowing a slip of spelling, a title, a nickname around the name): the
    candidate, as a mention. A name matching nobody in a result that names its
    candidates is a stranger: their name, as a string. None when the row names no one
    but a party (the party speaks) or was not read from a row.
    """
    from factcheck.language.tables import row_at

    found = row_at(context.text, claim.start) if "row" in claim.cues else None
    if found is None:
        return None
    block, row = found
    party_column = _party_column(context, block)
    if len(row.labels) == 1 and _label_party(context, row.labels[0]):
        party_column = 0
    party = _row_party(context, row, party_column)
    if party:
        # The row's party cell speaks for the row, whatever its clauses: see `party_near`.
        claim.cues["row_party"] = party
    named = any(c.name for c in result.candidates)
    for i, cell in enumerate(row.labels):
        label = context.text[cell.start : cell.end]
        if i == party_column:
            # "CISTA Jamie Barnes 244": a party and a name in one cell.
            for person in context.people_in(cell.start, cell.end):
                stood = candidate_in(result, person.id)
                if stood is not None:
                    _yield_row_party(claim, result, stood)
                    return replace(person, party=stood.party or person.party)
            continue
        for person in context.people_in(cell.start, cell.end):
            stood = candidate_in(result, person.id)
            if stood is not None:
                # The row is of this result: the person's party is theirs in it.
                _yield_row_party(claim, result, stood)
                return replace(person, party=stood.party or person.party)
        matches = [c for c in result.candidates if c.name and _same_name(label, c.name)]
        if len(matches) > 1:
            party = _row_party(context, row, party_column)
            matches = [c for c in matches if c.party == party] or matches[:0]
        if len(matches) == 1:
            c = matches[0]
            _yield_row_party(claim, result, c)
            return Mention(cell.start, cell.end, "person", c.name or "", label, party=c.party)
        short_party = _names_result_party(context, label, result)
        if short_party:
            # "Breakthrough – 197": a party in this result named without its "Party".
            claim.cues["row_party"] = short_party
            return None
        if named:
            return label
    return None


def _yield_row_party(claim: Claim, result: ElectionResult, stood: Candidate) -> None:
    """A row's party label read as a party that fielded no one here ("CISTA", "APP": short
    forms another party also answers to) yields to the named candidate's own party."""
    party = claim.cues.get("row_party")
    if party and stood.party and not any(c.party == party for c in result.candidates):
        claim.cues["row_party"] = stood.party


def _names_result_party(context: ArticleContext, label: str, result: ElectionResult) -> str:
    """The party of this result a row's label names in a short form of its full name:
    "Breakthrough" for the Breakthrough Party, "Reclaim" for The Reclaim Party."""
    key = _party_core(label)
    for c in result.candidates:
        party = context.reference.parties.get(c.party or "")
        if key and party is not None and _party_core(party.name) == key:
            return party.id
    return ""


def _party_core(name: str) -> str:
    words = normalise_name(name).split()
    while words and words[0] == "the":
        words = words[1:]
    while words and words[-1] == "party":
        words = words[:-1]
    return " ".join(words)


def _label_party(context: ArticleContext, cell) -> str | None:
    """The party a row's label cell names: a party mention in it, or the whole cell as a
    party's name or short form ("Lab", "Con", "LDem": too short to trust in prose)."""
    mentions = context.mentions_in(context.party_mentions, cell.start, cell.end)
    if mentions:
        return mentions[0].id
    key = normalise_name(context.text[cell.start : cell.end])
    ids = context.reference.party_names.get(key)
    if not ids and key in lx.ROW_PARTY_ABBREVIATIONS:
        ids = {lx.ROW_PARTY_ABBREVIATIONS[key]} & set(context.reference.parties)
    return context._one_party(ids, key) if ids else None


def _names_party(context: ArticleContext, cell) -> bool:
    return _label_party(context, cell) is not None


def _party_column(context: ArticleContext, block) -> int | None:
    """The label column of a block whose cells name parties in most rows."""
    counts: dict[int, int] = {}
    for row in block.candidates:
        if len(row.labels) < 2:
            continue
        for i, cell in enumerate(row.labels):
            if _names_party(context, cell):
                counts[i] = counts.get(i, 0) + 1
    return max(counts, key=lambda i: counts[i]) if counts else None


def _row_party(context: ArticleContext, row, column: int | None) -> str | None:
    if column is None or column >= len(row.labels):
        return None
    return _label_party(context, row.labels[column])


def under_other_contest_list(claim: Claim, context: ArticleContext) -> bool:
    """Whether a figure stands in the lines right after a results list headed by a contest
    the reference does not hold ("Seaton ward by-election, Hartlepool", its list, then
    "Conservative hold. Turnout 31.2%."), with no figure or seat between: that contest's."""
    from factcheck.language.tables import read_blocks

    if "row" in claim.cues or "seat_row" in claim.cues:
        return False
    blocks = read_blocks(context.text)
    memo = context.__dict__
    if "_block_ends" not in memo:
        memo["_block_ends"] = [b.end for b in blocks]
    i = bisect_right(memo["_block_ends"], claim.start) - 1
    if i < 0 or blocks[i].heading is None:
        return False
    block = blocks[i]
    between = context.text[block.end : claim.start]
    if (
        between.count("\n\n") > 1
        or _ANY_DIGIT.search(between)
        or context.mentions_in(context.seat_mentions, block.end, claim.start)
    ):
        return False
    heading = context.text[block.heading[0] : block.heading[1]]
    return bool(_OTHER_CONTEST_PHRASE.search(heading) or _OTHER_CONTEST.search(heading))


_ANY_DIGIT = lazy_compile(r"\d")


def block_misfit(claim: Claim, context: ArticleContext, result: ElectionResult) -> str | None:
    """Why a results block is not of this result: none of its counts is in it, or (for a
    list of shares, which match by chance more easily) most of its shares are not.

    Such a list is more likely another contest's (another seat's, another year's, a
    national tally) than wrong on every row: its rows are not judged against this one.
    A list with a slip or two still fits, and its slips are caught.
    """
    from factcheck.language.tables import block_from, row_at

    found = row_at(context.text, claim.start) if "row" in claim.cues else None
    lead = []
    if found is None and claim.kind == "share":
        # "Alliance took 15.0% of the vote, the Ulster Unionists 12.2% and the SDLP 11.1%":
        # the share leading a list run on in its sentence is one of the list (whose rows
        # are sentences of their own: the block starts where the claim's sentence ends).
        after = _LIST_GOES_ON.match(context.text, claim.end)
        block = block_from(context.text, after.end(), after.end() + 1) if after else None
        if block is None:
            return None
        lead = [claim.quantity.value]
    elif found is None:
        return None
    else:
        block = found[0]
    lead_figures = [(v, context.text[claim.start : claim.end]) for v in lead]
    return _list_misfit(context, block, result, lead_figures)


def _list_misfit(
    context: ArticleContext, block, result: ElectionResult, lead: list[tuple[float, str]]
) -> str | None:
    """Why a block's figures (and a share `lead`ing it) are not this result's, if they are not."""
    votes = [c.votes for c in result.candidates if c.votes is not None]
    counts = [c.value for r in block.candidates for c in r.figures("votes")]
    if len(counts) >= 2:
        # An exact count in the result is strong evidence: one is enough.
        if any(int(v) in votes for v in counts):
            return None
        return "none of the list's counts is in this result: it may be another contest's"
    total = derive.total_votes(context.reference, result)
    shares = [c for r in block.candidates for c in r.figures("share")]
    if len(shares) < 2 or not total:
        return None
    official = [100.0 * v / total for v in votes]
    figures = list(lead)
    figures += [(c.value, context.text[c.start : c.end]) for c in shares]
    # Within a step: lists round shares of their own totals.
    fits = sum(any(abs(o - v) <= _share_step(w) for o in official) for v, w in figures)
    if 2 * fits >= len(figures):
        return None
    return "most of the list's shares are not in this result: it may be another contest's"


# What runs a list on after its first item: "15.0% of the vote, the Ulster Unionists ...".
_LIST_GOES_ON = lazy_compile(r"(?:\s+of\s+the\s+(?:vote|poll))?,\s*")


def _share_step(written: str) -> float:
    """The rounding step of a share as written ("15.0%": 0.1)."""
    digits = re.search(r"\d+(?:\.(\d+))?", written)
    return 10.0 ** -len(digits.group(1)) if digits and digits.group(1) else 1.0


@dataclass
class SeatRowOwner:
    """Whose a figure read from a table with one row per seat is, and at which contest."""

    resolved: ResultSubject
    person: Mention | None  # the row's candidate (a winner or MP cell), as a mention
    party: str | None  # the party whose figure it is: the candidate's, or the column's
    # The party the row's result cell says lost the seat ("Lab gain from Con"), if any.
    beaten: str | None = None
    held: bool = False  # the result cell says the seat was held ("Con hold")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _cue_span(claim: Claim, key: str) -> _Span | None:
    cue = claim.cues.get(key)
    if not cue:
        return None
    a, b = cue.split(":")
    return _Span(int(a), int(b))


def seat_row_owner(claim: Claim, context: ArticleContext) -> SeatRowOwner | str:
    """The seat, contest and subject of a figure read from a table with one row per seat
    (see `language/tables.py`), or the reason they cannot be settled.

    The seat is the row's seat cell and nothing else: a cell that is not wholly the name
    of one seat leaves the figure unverifiable. The contest is the row's own (a year or
    date cell), else one its column's header or the table's heading names ("Majority
    2015", "Results of the 2017 general election"), else the one the article's date and
    cues give for that seat, as for prose (see `_seat_row_contest`). The subject is the
    row's candidate (a winner cell, who must be in that result), else the party of its
    result or party cell ("Lab gain from Con": Labour), which must agree; for a column
    headed by a party ("Lab %") that party, for one headed "Runner-up votes" the runner-up
    cell's candidate. The words around the table are never read for any of these.
    """
    text = context.text
    cell = _cue_span(claim, "seat_cell")
    if cell is None:
        return "the row names no seat"
    written = text[cell.start : cell.end]
    mentions = context.mentions_in(context.seat_mentions, cell.start, cell.end)
    rest = list(written)
    for m in mentions:
        rest[m.start - cell.start : m.end - cell.start] = " " * (m.end - m.start)
    left = re.sub(r"\(.*?\)|\[.*?\]", " ", "".join(rest))
    if len({m.id for m in mentions}) != 1 or re.search(r"[^\W\d_]", left):
        return f"the row's seat '{written}' is not the name of one constituency in the reference"
    seat = mentions[0].id
    evidence = [Evidence(written, cell.start, cell.end, "seat")]
    header = _cue_span(claim, "column")
    if header is not None:
        # The column's header names what the figure measures.
        evidence.append(
            Evidence(text[header.start : header.end], header.start, header.end, "measure")
        )
    choice = _seat_row_contest(claim, context, seat)
    if isinstance(choice, str):
        return choice
    election, why, span = choice
    if election is None:
        return f"{seat_label(context, seat)}: {why}"
    if span:
        evidence.append(Evidence(text[span[0] : span[1]], span[0], span[1], "contest"))
    result = context.result_for(seat, election)
    if result is None:
        return f"no result for {seat_label(context, seat)} at the {election_label(election)}"
    resolved = ResultSubject(seat, election, result, why, evidence)
    owner = claim.cues.get("owner", "row")
    if owner == "party":
        column = _cue_span(claim, "column_party")
        party = _label_party(context, column) if column else None
        if party is None or column is None:
            return "the column's header names no party the reference knows"
        evidence.append(
            Evidence(text[column.start : column.end], column.start, column.end, "party")
        )
        claim.cues["row_party"] = party
        return SeatRowOwner(resolved, None, party)
    key = "runner_cell" if owner == "runner-up" else "winner_cell"
    person = None
    named: dict[str, str] = {}
    cell = _cue_span(claim, key)
    if cell is not None:
        found = _row_candidate(context, cell, result)
        # ("| Hendon | Labour | 15 |": a winner column may hold the winning party)
        cell_party = _label_party(context, cell) if isinstance(found, str) else None
        if isinstance(found, str) and (cell_party is None or owner != "row"):
            return (
                f"the row names {found}, who is not a candidate in {seat_label(context, seat)} "
                f"at the {election_label(election)}"
            )
        if cell_party is not None:
            named[text[cell.start : cell.end]] = cell_party
        elif not isinstance(found, str):
            # (The kinds that judge a candidate's own figure cite them as evidence.)
            person = found
    for key in ("party_cell", "result_party") if owner == "row" else ():
        # (A cell naming no party the reference knows names no one: a figure that needs
        # the row's subject is then unverifiable for want of one.)
        cell = _cue_span(claim, key)
        party = _label_party(context, cell) if cell is not None else None
        if cell is not None and party is not None:
            named[text[cell.start : cell.end]] = party
    parties = {p for p in named.values()} | ({person.party} if person and person.party else set())
    if len(parties) > 1:
        return "the row's cells name different parties for its winner: " + ", ".join(
            [*named, *([person.text] if person else [])]
        )
    party = next(iter(parties), None)
    if owner == "runner-up" and person is None:
        return "the row's runner-up is not named"
    if party is not None:
        claim.cues["row_party"] = party
    beaten_cell = _cue_span(claim, "beaten_party")
    beaten = _label_party(context, beaten_cell) if beaten_cell and owner == "row" else None
    return SeatRowOwner(resolved, person, party, beaten, claim.cues.get("held") == "1")


# The kinds whose header year is the contest they are measured from, not their own.
_CHANGES = ("share_change", "swing")


def _seat_row_contest(
    claim: Claim, context: ArticleContext, seat: str
) -> tuple[Election | None, str, tuple[int, int] | None] | str:
    """The contest of a seat row's figure: the row's own year (a year or date column), the
    year its column's header names (not a change's: that is the contest it is measured
    from), an election the table's heading names in words ("the 2017 general election"),
    else the one the article's date and cues give for the seat, as for prose."""
    row_year = int(claim.cues.get("row_year", 0))
    if row_year < 0:
        return "the row's year or date names no one contest"
    column = _cue_span(claim, "column")
    column_year = int(claim.cues.get("column_year", 0))
    year = row_year or (0 if claim.kind in _CHANGES else column_year)
    if year:
        found = _contest_in_year(
            context, seat, year, claim.cues.get("row_date", "") if row_year else ""
        )
        if isinstance(found, str):
            return found
        span = (column.start, column.end) if column and not row_year else None
        return found, f"'{year}' (the {'row' if row_year else 'column'}'s year)", span
    heading = _cue_span(claim, "table_heading")
    choice = _heading_contest(context, seat, (heading.start, heading.end)) if heading else None
    choice = choice or context.election_choice(seat, claim.start)
    if column_year and not row_year:
        # A change's year ("Change 2015", "+/- since 2015") is the contest it was at or the
        # one it is measured from: each a reading (see `seat_row_readings`).
        since = claim.cues.get("column_since") == "1"
        options = _change_contests(context, seat, column_year, choice[0], since)
        if not options:
            return (
                f"the column's year {column_year} is neither a contest in "
                f"{seat_label(context, seat)} nor the one before it"
            )
        return options[0], f"the column's year {column_year}", None
    return choice


def _change_contests(
    context: ArticleContext, seat: str, year: int, default: Election | None, since: bool
) -> list[Election]:
    """The contests a change headed by a year may be at, the likelier first: one measured
    from that year (the contest the text otherwise gives, if it is; else, after "since" or
    "on", the seat's one such contest), and unless the header says "since", the seat's own
    contest that year ("Change 2015")."""
    reference = context.reference

    def measured_from(election: Election) -> bool:
        result = context.result_for(seat, election)
        before = derive.baseline_result(reference, result) if result else None
        return before is not None and reference.elections[before.election].date.year == year

    found = []
    if default is not None and measured_from(default):
        found.append(default)
    elif since:
        later = [
            c.election
            for c in derive.contests(reference, seat, follow_predecessors=False)
            if c.election.date.year > year and measured_from(c.election)
        ]
        found += later if len(later) == 1 else []
    at = _contest_in_year(context, seat, year)
    if not since and not isinstance(at, str) and at not in found:
        found.append(at)
    return found


def _contest_in_year(
    context: ArticleContext, seat: str, year: int, day: str = ""
) -> Election | str:
    """The seat's one contest in a year (on a day, "2017-02-23", when one is given), or why
    there is none to choose."""
    found = [
        c.election
        for c in derive.contests(context.reference, seat, follow_predecessors=False)
        if c.election.date.year == year
    ]
    if day:
        found = [e for e in found if e.date.isoformat() == day]
        if len(found) != 1:
            return f"{seat_label(context, seat)} had no contest on {day}"
    if len(found) != 1:
        many = "no contest" if not found else f"{len(found)} contests"
        return f"{seat_label(context, seat)} had {many} in {year}"
    return found[0]


def seat_row_readings(
    claim: Claim, context: ArticleContext, resolved: ResultSubject
) -> list[ResultSubject]:
    """For a figure of a seat table whose contest no cue named, the contest of each year
    the table's heading names ("Seats that changed hands, 2015 and 2017"): readings."""
    found = []
    column_year = int(claim.cues.get("column_year", 0))
    if claim.kind in _CHANGES and column_year and not claim.cues.get("row_year"):
        # A change headed by a year: the other contest that year may mean.
        heading = _cue_span(claim, "table_heading")
        choice = (
            _heading_contest(context, resolved.seat, (heading.start, heading.end))
            if heading
            else None
        )
        default = (choice or context.election_choice(resolved.seat, claim.start))[0]
        since = claim.cues.get("column_since") == "1"
        for election in _change_contests(context, resolved.seat, column_year, default, since)[1:]:
            result = context.result_for(resolved.seat, election)
            if result is not None and election.id != resolved.election.id:
                found.append(ResultSubject(resolved.seat, election, result, "the column's year"))
        return found
    for year in filter(None, claim.cues.get("heading_years", "").split(",")):
        election = _contest_in_year(context, resolved.seat, int(year))
        if isinstance(election, str) or election.id == resolved.election.id:
            continue
        result = context.result_for(resolved.seat, election)
        if result is not None:
            found.append(ResultSubject(resolved.seat, election, result, f"'{year}' (the heading)"))
    return found


def _row_candidate(
    context: ArticleContext, cell: _Span, result: ElectionResult
) -> Mention | str | None:
    """The candidate of this result a row's name cell names ("Tonia Antoniazzi", "Byron
    Davies (Con)"), as a mention; the name as written when it is nobody in a result that
    names its candidates; None when the result names none."""
    for person in context.people_in(cell.start, cell.end):
        stood = candidate_in(result, person.id)
        if stood is not None:
            return replace(person, party=stood.party or person.party)
    label = re.sub(r"\(.*?\)", " ", context.text[cell.start : cell.end]).strip()
    if not re.search(r"[^\W\d_]{2}", label):
        return None  # "2010", "-": no name
    matches = [c for c in result.candidates if c.name and _same_name(label, c.name)]
    if len(matches) == 1:
        c = matches[0]
        return Mention(cell.start, cell.end, "person", c.name or "", label, party=c.party)
    if any(c.name for c in result.candidates):
        return label
    return None


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", name.lower()) if w not in _TITLE_WORDS]


_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "the"})


def _same_name(written: str, official: str) -> bool:
    """Whether a name as a list writes it is the official one: the same words, or one
    within the other ("Nick 'The Incredible Flying Brick'"), the same surname and initial
    (a short form of the first name), or a slip in one of them."""
    a, b = _name_words(written), _name_words(official)
    if not a or not b:
        return False
    if set(b) <= set(a) or (len(a) >= 2 and set(a) <= set(b)):
        return True
    if len(a) == 1:
        return a[0] == b[-1]  # "Mr Duncan": a surname after a title
    if a[-1] == b[-1] and (a[0][0] == b[0][0] or _one_edit(a[0], b[0])):
        # "Toby McKenzie" for Tobias, "Andy" for Andrew: one surname, one initial.
        return True
    return a[0] == b[0] and one_slip_apart(a[-1], b[-1])


def _one_edit(a: str, b: str) -> bool:
    """Two spellings of a name (5+ letters) one slip apart, a letter added or dropped too
    ("Zulfiqar", "Zulifiqar")."""
    if one_slip_apart(a, b):
        return True
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 5 or a[0] != b[0]:
        return False
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_NATIONS = ("england", "scotland", "wales", "northern-ireland")


def party_home_nation(context: ArticleContext, election: Election, party: str) -> str | None:
    """The one nation a party stood in at a general election, if only one."""
    stood = []
    for nation in _NATIONS:
        totals = derive.election_totals(context.reference, election.id, nation)
        if totals is not None and totals.votes.get(party):
            stood.append(nation)
    return stood[0] if len(stood) == 1 else None


def home_nation_before(claim: Claim, context: ArticleContext) -> str | None:
    """The one nation the parties of the sentence before (in the paragraph) all stood in
    alone, for a figure whose own sentence names no party nor seat."""
    i = context.sentence_index(claim.start)
    here = context.sentences[i]
    if i == 0 or context.mentions_in(context.party_mentions, here.start, here.end):
        return None
    before = context.sentences[i - 1]
    if before.paragraph != here.paragraph:
        return None
    parties = {m.id for m in context.mentions_in(context.party_mentions, before.start, before.end)}
    election = general_election_for(claim, context)
    if not parties or isinstance(election, str):
        return None
    homes = {party_home_nation(context, election, p) for p in parties}
    return homes.pop() if len(homes) == 1 else None


def _named_in_paragraph(context: ArticleContext, claim: Claim, seat: str, election: str) -> bool:
    """Whether a cue in the figure's paragraph, up to its sentence, names this contest."""
    i = context.sentence_index(claim.start)
    paragraph = context.sentences[i].paragraph
    for k in range(i, -1, -1):
        s = context.sentences[k]
        if s.paragraph != paragraph:
            break
        cues = context.election_cues(seat, context.text[s.start : s.end])
        if any(c[2] is not None and c[2].id == election for c in cues):
            return True
    return False


def _seat_fought_at(context: ArticleContext, name: str, election: Election) -> str | None:
    """The one seat a candidate of this name fought at an election, from the whole record
    (each election's names indexed once per reference, on first asking)."""
    memo = context.reference.__dict__.setdefault("_derived", {}).setdefault("fought_at", {})
    if election.id not in memo:
        seats: dict[str, set[str]] = {}
        for result in context.reference.results.for_election(election.id):
            for c in result.candidates:
                if c.name:
                    seats.setdefault(c.name, set()).add(result.constituency)
        memo[election.id] = seats
    found = memo[election.id].get(name, set())
    return next(iter(found)) if len(found) == 1 else None


def stood_elsewhere(
    context: ArticleContext, seat: str, election: Election, person: Mention | None
) -> bool:
    """Whether a named candidate is plainly absent from a result that names its candidates."""
    result = context.result_for(seat, election)
    if result is None or person is None or not any(c.name for c in result.candidates):
        return False
    surname = person.id.split()[-1].lower()
    return not any(c.name and c.name.split()[-1].lower() == surname for c in result.candidates)


def _plainly_absent(
    context: ArticleContext, seat: str, election: Election, person: Mention
) -> bool:
    """Whether a named person stood nowhere in a result that names its candidates, with
    no surname there even one slip away ("Paul Nuttal" in the official record)."""
    if not stood_elsewhere(context, seat, election, person):
        return False
    result = context.result_for(seat, election)
    surname = person.id.split()[-1].lower()
    return result is not None and not any(
        c.name and _one_edit(c.name.split()[-1].lower(), surname) for c in result.candidates
    )


def describe(context: ArticleContext, subject: ResultSubject, who: str = "") -> str:
    place = f"{seat_label(context, subject.seat)} — {election_label(subject.election)}"
    if subject.election.kind == "by-election":
        place = election_label(subject.election)
    return f"{who} — {place}" if who else place


def cite(context: ArticleContext, subject: ResultSubject) -> str:
    return context.reference.cite(subject.result.source or subject.election.source)


_FROM_TO = lazy_compile(r"\bfrom\s+(\d[\d,.]*)\s*(?:%|per\s?cent|votes?|points?)?\s+to\s+$", re.I)
_COUNT_BEFORE = lazy_compile(r"(\d[\d,]*\d)(?:[ \t]+votes?)?[ \t]*\([ \t]*$", re.I)
# "taking 41.7% of the vote, up 10 points": a change set right after a share is the
# share's, owned as it is.
_SHARE_BEFORE_CHANGE = lazy_compile(
    r"(\d[\d.]*)\s*(?:%|per\s?cent)(?:\s+of\s+the\s+(?:vote|poll))?\s*,?\s+"
    r"(?:up|down|a\s+rise\s+of|a\s+fall\s+of)\s+(?:by\s+)?(?:just\s+|only\s+|almost\s+|nearly\s+)?$",
    re.I,
)
_THIS_TIME = lazy_compile(rf"\b(?:{alternation(lx.LAST_TIME_WORDS)})\b", re.I)
_OPPONENT = lazy_compile(rf"\b(?:{alternation(lx.OPPONENT_WORDS)})\b", re.I)
# "He", "She", or what the report calls the person it has just named ("The solicitor",
# "The 26-year-old", "The former councillor") opening a sentence.
_SUBJECT_PRONOUN = lazy_compile(
    r"[\s\"'“‘]*(?:He|She|The\s+(?:(?:"
    + alternation(lx.PERSON_QUALIFIERS)
    + r")\s+)*(?:[A-Z][\w-]*\s+){0,3}?(?:\d{2}-year-old(?:\s+(?:"
    + alternation(lx.BACK_REFERENCE_NOUNS)
    + r"))?|(?:"
    + alternation(lx.BACK_REFERENCE_NOUNS)
    + r")))\b"
)
# The nouns a result figure can hang on: a name owning one of them owns the figure.
_MEASURE_NOUN = rf"(?:{alternation(lx.MEASURE_NOUNS)})\b"


def owned_as(claim: Claim) -> Claim:
    """The claim whose owner a figure shares: for a figure elided after another of the
    same measure ("by 9,634 votes in 2001 and by 7,476 in 2005"), that one's place."""
    source = claim.cues.get("elided")
    if not source:
        return claim
    start, end = (int(x) for x in source.split(":"))
    sentence = claim.cues.get("elided_sentence")
    if sentence:  # taken up in the next sentence ("He pushed that to ..."): the first's
        sentence_start, sentence_end = (int(x) for x in sentence.split(":"))
        return replace(
            claim, start=start, end=end, sentence_start=sentence_start, sentence_end=sentence_end
        )
    return replace(claim, start=start, end=end)


def _paragraph_before_reading(
    claim: Claim, context: ArticleContext, resolved: ResultSubject, why: str
) -> list[ResultSubject]:
    """The figure's contest in the seat the paragraph before names, when that is another."""
    before = context.seat_of_paragraph_before(claim.start)
    if before is None or before.id == resolved.seat:
        return []
    result = context.result_for(before.id, resolved.election)
    if result is None:
        return []
    cue = Evidence(before.text, before.start, before.end, "seat")
    return [ResultSubject(before.id, resolved.election, result, why, [cue])]


def share_before_change(claim: Claim, context: ArticleContext) -> re.Match[str] | None:
    """The share a change is set right after ("41.7% of the vote, up 10 points"), if any."""
    if claim.kind != "share_change":
        return None
    lo = max(claim.sentence_start, claim.start - 60)
    return _SHARE_BEFORE_CHANGE.search(context.text, lo, claim.start)


_IN_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+\Z")


def _seat_named_short(context: ArticleContext, mention: Mention, stood: set[str]) -> str | None:
    """The one seat of `stood` (a person's) whose name begins with a mention's text that
    names another seat in full ("Richmond" for Richmond Park, not Richmond (Yorks))."""
    if mention.id in stood:
        return None
    said = normalise_name(mention.text)
    longer = [
        c
        for c in stood
        if c != mention.id and normalise_name(seat_label(context, c)).startswith(said + " ")
    ]
    return longer[0] if len(longer) == 1 else None


def _first_win(context: ArticleContext, seat: str, person: Mention) -> Election | None:
    """The person's first win in the seat, when the record can tell it: candidates are
    named only from 2010, so a first named win in 2010 counts only where the seat changed
    hands then, and none counts after a named defeat there (an earlier win may be unnamed)."""
    record = context.people.get(person.id)
    if record is None:
        return None
    latest = context.info.date or context.anchor_date
    stood = sorted(
        (
            context.reference.elections[e]
            for e, c in record.candidacies
            if c == seat and (latest is None or context.reference.elections[e].date <= latest)
        ),
        key=lambda e: e.date,
    )
    for election in stood:
        result = context.result_for(seat, election)
        if result is None:
            return None
        mine = candidate_in(result, person.id)
        top = max(result.candidates, key=lambda c: c.votes or 0, default=None)
        if mine is None or top is None:
            return None
        if mine is not top:
            return None  # (a defeat before any win: an earlier win may be unrecorded)
        before = [
            c for c in derive.contests(context.reference, seat) if c.election.date < election.date
        ]
        if not before:
            return None
        last = context.result_for(before[-1].constituency, before[-1].election)
        held = max(last.candidates, key=lambda c: c.votes or 0, default=None) if last else None
        if held is None or not held.name:
            # (before the record names candidates: a first win only if the seat changed hands)
            if before[-1].winner == derive.winning_party(context.reference, result):
                return None
        elif _surname(held.name) == _surname(person.id):
            # (the member before may be the same one, under another form of the name)
            return None
        return election
    return None


def _surname(name: str) -> str:
    return normalise_name(name).split()[-1] if name.strip() else ""


def _gone_seat_between(
    context: ArticleContext, seat: str | None, start: int, end: int
) -> Mention | None:
    """A seat mention of the record's past (`gone`, governing nothing) in the sentence
    after the last mention of `seat` and before the figure."""
    if seat is None:
        return None
    named = context.mentions_in(context.seat_mentions, start, end)
    # (only where the sentence names the seat too: a seat from an earlier sentence is the
    # article's, and a past seat named in passing is read by `seat_for`'s own rules)
    after = [m for m in named if m.id == seat]
    if not after:
        return None
    # (a place, as "in Inverness" is: not "the Paisley family's hold")
    gone = [
        m
        for m in named
        if m.start >= after[-1].end
        and m.gone
        and not m.former
        and m.id != seat
        and _IN_PLACE_BEFORE.search(context.text, max(0, m.start - 4), m.start)
    ]
    return gone[-1] if gone else None


_FOR_NAME_AFTER = lazy_compile(
    r"(?:\s*(?:%|per\s?cent|votes?))?\s*\)?\s+for\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['’]s\s+)?",
    re.I,
)
_PARTY_TOOK = lazy_compile(
    r"\s+(?:took|won|polled|got|received|secured|managed|had)\s+"
    r"(?:just\s+|only\s+|almost\s+|nearly\s+|about\s+|around\s+|over\s+)?\Z",
    re.I,
)


def _party_subject_of_figure(claim: Claim, context: ArticleContext, person: Mention) -> bool:
    """Whether the figure's clause, after `person`, opens with a party that took the figure
    ("..., when the Conservatives took 33.8%")."""
    clause_start = _clause_start(context.text, claim.sentence_start, claim.start)
    if person.end > clause_start:
        return False
    parties = context.mentions_in(context.party_mentions, clause_start, claim.start)
    return bool(parties) and bool(_PARTY_TOOK.match(context.text, parties[-1].end, claim.start))


# A name right before a relative clause: "the SNP's Drew Hendry, who".
_NAME_BEFORE_RELATIVE = re.compile(r"\b([A-Z][a-z]+)\s+[A-Z][\w'’-]+,?\s*\Z")


def _unknown_antecedent(
    context: ArticleContext, s_start: int, clause_start: int, people: list[Mention]
) -> bool:
    """Whether a relative clause hangs on a person's name that no mention reads (a
    forename the record knows, then a capitalised word)."""
    before = context.text[max(s_start, clause_start - 60) : clause_start]
    name = _NAME_BEFORE_RELATIVE.search(before)
    if name is None or not context.is_forename(name.group(1)):
        return False
    start = clause_start - len(before) + name.start()
    return not any(
        m.end > start
        for m in (
            *people,
            *context.mentions_in(context.party_mentions, start, clause_start),
            *context.mentions_in(context.seat_mentions, start, clause_start),
        )
    )


def person_near(claim: Claim, context: ArticleContext) -> Mention | None:
    """The person a figure belongs to: 'X's 5,233', '5,233 for X', else the clause's subject.

    A gendered pronoun in the figure's clause that is its subject or owns its measure,
    before the person found (or with that person outside the clause), whose gender rules
    them out ("she beat Mr Howlett by 5,694", "..., raising her share to 47.3%" after Mr
    Howlett) makes the figure that of whom the pronoun stands for (see `pronoun_person`).
    (Not an object: "Mr Howlett held on, beating her by 5,000 votes".)
    """
    respective = _respective(claim, context, context.person_mentions)
    if respective is not None:
        return respective  # "Claudia Webbe and Keith Vaz polled 5,532 and 3,861 respectively"
    to_party = _TO_POSSESSIVE.search(
        context.text, max(claim.sentence_start, claim.start - 40), claim.start
    )
    if to_party and context.mentions_in(
        context.party_mentions, to_party.start(1), to_party.start(1) + 1
    ):
        # "taking 30.8% of the vote to Labour's 30.5%": the party's, not the subject's
        return None
    claim = owned_as(claim)
    if _party_hung_before(claim, context):
        # "..., and the Brexit Party, with more than 4,500 votes, took ...": the party's,
        # not the person named earlier in the sentence.
        return None
    if _reported_party_subject(claim, context):
        # "Robert Jenrick told local radio that Reform UK only got 15% in Newark": the
        # party the reported clause is about, not the speaker.
        return None
    if _for_party_after(claim, context) is not None:
        # "Denyer 24,539 to Debbonaire's 14,132, a 56.6% share for the Greens' co-leader":
        # the party it hangs on by "for" owns it, not the name before.
        return None
    named_after = _FOR_NAME_AFTER.match(context.text, claim.end, claim.sentence_end)
    if named_after is not None:
        # "polled 21,709 (42.4%) to 19,572 (38.3%) for Labour's Mari Williams": the figure
        # hung on the name after "for" is that candidate's.
        after = context.people_in(named_after.end(), claim.sentence_end)
        if after and after[0].start == named_after.end():
            return after[0]
    found = _person_near(claim, context)
    if (
        found is not None
        and found.end <= claim.start
        and _party_subject_of_figure(claim, context, found)
    ):
        # "He had held on in 2015 with a majority of 1,937, when the Conservatives took
        # 33.8%": the party the figure's own clause opens with took it, not the person before.
        return None
    if (
        found is not None
        and found.start < claim.start
        and any(
            _PARTY_OWNS_MEASURE.match(context.text, m.end)
            for m in context.mentions_in(
                context.party_mentions, max(found.end, claim.sentence_start), claim.start
            )
        )
    ):
        # "the Greens' Hannah Spencer took 40.7 per cent and Labour's share fell by more
        # than 25 points, to 25.4 per cent": a party owning the measure after the person
        # owns the figure, not the person.
        return None
    if (
        found is not None
        and found.start < claim.start
        and _DEPARTED_BEFORE.search(context.text, max(0, found.start - 40), found.start)
        # ("on the death of Tam Galbraith, who had held Hillhead since 1948, when his
        # majority was 8,641": a clause about the member is his)
        and not _ABOUT_THEM.match(context.text, found.end, claim.start)
    ):
        # "held Inverclyde in the by-election caused by the death of David Cairns, with a
        # majority of 5,838": the member whose going made the contest stood in none of it.
        return None
    if found is None or not found.id or found.start >= claim.start:
        return found  # ("11,601 for Labour's Gillian Troughton": named as the owner)
    text = context.text
    if re.fullmatch(r"['’]s?\s*", text[found.end : claim.start]):
        return found  # "She took 18,776 votes to Mr Balls' 18,354": owned outright
    if _OWN_COUNT_VERB.fullmatch(text, found.end, claim.start):
        # "his majority fell to 2,960 as the Conservative Anne-Marie Trevelyan polled
        # 14,116": the subject of the figure's own verb, whatever pronoun stands before.
        return found
    if (
        _HUNG_AFTER_BEATEN.fullmatch(text, found.end, claim.start)
        and _BEATEN_OBJECT.search(text, max(claim.sentence_start, found.start - 80), found.start)
    ) or _SUBJECTLESS_VERB_AFTER_OWN_FIGURE.fullmatch(text, found.end, claim.start):
        # "She took Paisley and Renfrewshire South from Labour's election co-ordinator,
        # Douglas Alexander, with 50.9 per cent", "won with a majority of 7,766 over Zac
        # Goldsmith and 53.1 per cent": the one beaten is the object; the figure hung on
        # after them is the subject's.
        subject = re.search(r"\b(?:he|she)\b", text[claim.sentence_start : found.start], re.I)
        if subject is not None:
            referent = pronoun_person(claim, context, claim.sentence_start + subject.start())
            if referent is not None and referent.id != found.id:
                return referent
        earlier = [
            m for m in context.people_in(claim.sentence_start, found.start) if m.id != found.id
        ]
        if earlier:
            return earlier[0]
    start = _clause_start(text, claim.sentence_start, claim.start)
    hi = found.start if start <= found.start < claim.start else claim.start
    pronoun = anaphora.last_pronoun(context, start, hi)
    if pronoun is None:
        return found
    word = pronoun.group(0).lower()
    if (
        word not in ("he", "she")
        and not _OWNS_MEASURE.match(text, pronoun.end())
        # ("Tania Mathias takes 25,580 votes to his 23,563": the figure the pronoun owns)
        and not text[pronoun.end() : claim.start].isspace()
    ):
        return found
    gender = anaphora.pronoun_gender(pronoun.group(0))
    if anaphora.fits(context, found, gender) and start <= found.start:
        return found
    if start <= found.start and re.search(r"\d", text[pronoun.end() : found.start]):
        # "his majority slipped to 11,798 as the Conservatives' Lindsey Cawrey added 14.1
        # points to finish on 31.5%": the pronoun's measure has its own figure; the name
        # after it owns this one.
        return found
    # A pronoun in the figure's clause, the name found outside it: the pronoun stands for
    # whom the sentence is about ("Mr Offord took the seat from Labour's Andrew Dismore,
    # before pushing his majority up to 3,724": Mr Offord's, not the nearer name's).
    return pronoun_person(claim, context, pronoun.start()) or found


_PARTY_ANAPHOR_SUBJECT = lazy_compile(
    r"[\s\"'“‘]*(?:(?:at|in|on|by|after|before|then|also|nationally|overall|across|throughout)"
    r"\b[^,;:.]{0,60}?(?:,\s*|\s+))?(?:the\s+party|it|they)\b",
    re.I,
)
_SUBJECTLESS_VERB = lazy_compile(
    r"(?:took|won|polled|got|secured|gained|captured|claimed|increased|raised)\b", re.I
)
# A name owning a figure of its own, then a verb with no subject of its own: "against
# Andrew Cooper's 10,568, and took 37.6 per cent" (the sentence's subject took it).
_SUBJECTLESS_VERB_AFTER_OWN_FIGURE = lazy_compile(
    r"['’]s?\s+[\d,.]+(?:\s?%|\s*per\s?cent|\s+votes?)?,?\s+and\s+"
    r"(?:took|won|polled|got|secured|gained|captured|claimed|had|increased|raised)\s+"
    r"(?:(?:just|only|some|about|around|nearly|almost|over|her|his|their)\s+)?",
    re.I,
)
# What joins a beaten name to a figure hung on the clause: ", with", " and", ", taking".
_HUNG_AFTER_BEATEN = lazy_compile(
    # (not ", on": "beating Labour's Danny Beales, on 13,470" is the beaten one's tally)
    r"(?:\s*,)?\s+(?:and|with|taking|winning|polling|securing)\s+"
    r"(?:(?:just|only|some|about|around|nearly|almost|over)\s+)?",
    re.I,
)
_PARTY_OWNS_MEASURE = lazy_compile(
    rf"['’]s?\s+(?:[a-z-]+\s+){{0,2}}(?:{alternation(lx.MEASURE_NOUNS)})\b"
)
_ABOUT_THEM = lazy_compile(r"['’]s\b|\s*,\s*(?:who|whose)\b", re.I)
_DEPARTED_BEFORE = lazy_compile(
    rf"(?:\b(?:{alternation(lx.DEPARTURE_NOUNS)})\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+)?|\bthe\s+late\s+)$",
    re.I,
)


_OWNS_MAJORITY = lazy_compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}(?:majority|lead)\b")


def _reported_party_subject(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure stands in a reported clause ("X said that ...", "X told local radio
    that ...") whose subject is a party, with no person named in it before the figure."""
    text = context.text
    found = list(_REPORTED_THAT.finditer(text, claim.sentence_start, claim.start))
    if not found:
        return False
    said = found[-1]
    party = context.mentions_in(context.party_mentions, said.end(), claim.start)
    return bool(
        party
        and re.fullmatch(r"(?:the\s+)?", text[said.end() : party[0].start], re.I)
        and not context.people_in(said.end(), claim.start)
    )


_REPORTED_THAT = lazy_compile(
    rf"\b(?:{alternation(lx.REPORTING_VERBS)})\b[^,;:.\d]{{0,40}}?\bthat\s+", re.I
)


# "her share", "his best result": a possessive owning a result's measure.
_OWNS_MEASURE = lazy_compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?{_MEASURE_NOUN}")


# A relative clause of finishing behind someone, up to the figure after "with": "who
# finished 15,284 votes behind Mr Clegg with".
_WHO_FINISHED_BEHIND = lazy_compile(
    r"\bwho\s+(?:had\s+)?(?:finished|came|ended\s+up|trailed)\b"
    r"(?:[^,;.]|(?<=\d)[,.](?=\d))*?\b(?:behind|ahead\s+of)\s+"
    r"(?:the\s+)?[^,;.]{1,50}?\s+with\s+(?:just\s+|only\s+|about\s+)?$",
    re.I,
)
_FINISHING_BEHIND = lazy_compile(
    r"\s*(?:finishing|coming|ending\s+up|trailing)\b(?:[^,;.]|(?<=\d)[,.](?=\d))*?"
    r"\b(?:behind|ahead\s+of)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# "... to Labour's 30.5%", "to the Conservatives' 41.7 per cent": a possessive after "to".
# ("with 47.5 per cent of the vote against Labour's 43.4 per cent")
_TO_POSSESSIVE = lazy_compile(
    r"\b(?:to|against|versus|vs\.?)\s+(?:the\s+)?([A-Z][\w -]*?)(?:['’]s|(?<=s)['’])\s+$"
)
# A verb of defeat right before its object ("ousted the Lib Dem Dan Rogerson"), or the
# "over" of a majority ("a majority of 6,203 over Conservative Mark Bowen").
_BEATEN_OBJECT = lazy_compile(
    rf"\b(?:{alternation(lx.DEFEAT_VERBS)}|over"
    # ("took the seat from Labour's Gareth Snell")
    rf"|(?:{alternation(lx.TAKE_FROM_VERBS)})\s+(?:[\w'’-]+\s+){{0,4}}?from"
    # ("she lost Wirral West to Labour's Margaret Greenwood": the other side, the winner)
    r"|lost\s+(?:[\w'’-]+\s+){0,4}?to)"
    # ("ousted Labour's shadow paymaster general Jonathan Ashworth": a role before the name;
    # "from Labour's election co-ordinator, Douglas Alexander": set off by a comma)
    r"\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,5}$",
    re.I,
)
# A clause opened by a participle ("taking 45 per cent"), or by one after a preposition
# ("despite polling 18,481 votes"): it goes on with the sentence's subject.
_PARTICIPLE_CLAUSE = lazy_compile(
    r"\s*(?:(?:despite|while|after|before|though|although|by)\s+)?[a-z]+ing\b"
)


# A participle whose object is a person's pronoun: "pushing her into second place".
# (a preposition after it: "her" before a noun is a possessive, "pushing her share up")
_PARTICIPLE_OBJECT = lazy_compile(
    r"\s*[a-z]+ing\s+(?P<pronoun>him|her)\s+(?:into|to|in|back|down|out|behind)\b"
)


def _person_near(claim: Claim, context: ArticleContext) -> Mention | None:
    # Every look at the sentence is bounded by the claim's clause, its neighbours or an
    # index: a sentence of thousands of claims costs each of them no more than a short one.
    text = context.text
    s_start, s_end = claim.sentence_start, claim.sentence_end
    mentions = context.person_mentions
    p_lo, p_hi = context.span_range(mentions, s_start, s_end)  # the sentence's people
    ends = context.disjoint_ends(mentions)
    # "her 18,846": the person the pronoun stands for.
    lead = max(s_start, tail_start(text, s_start, claim.start, "hisHISerER") - 1)
    his_her = _HIS_HER_END.search(text[lead : claim.start])
    if his_her:
        return pronoun_person(claim, context, lead + his_her.start())
    # Possessive right before the number: "Mr Nuttall's 5,233".
    if ends is None:
        near = range(p_lo, p_hi)
    else:
        near = range(
            max(p_lo, bisect_left(ends, claim.start - 4)),
            min(p_hi, bisect_right(ends, claim.start)),
        )
    for i in near:
        m = mentions[i]
        if 0 <= claim.start - m.end <= 4 and re.match(r"['’]s?\s", text[m.end : claim.start]):
            return m
    # "11,601 for Labour's Gillian Troughton": the name after "for".
    fm = _FOR_AFTER.match(text, claim.end, s_end)
    if fm:
        at = fm.end()
        i = bisect_left(context._starts(mentions), at, p_lo, p_hi)
        if i < p_hi and mentions[i].start <= at + 30:
            return mentions[i]
    # "Mr Alexander's 18,029 (31.3%)": a share in brackets after a count is the count's owner's.
    count = _COUNT_BEFORE.search(
        text, tail_start(text, s_start, claim.start, "0123456789,(votesVOTES"), claim.start
    )
    if count:
        earlier = Claim(claim.kind, claim.quantity, count.start(1), count.end(1), "")
        earlier.sentence_start, earlier.sentence_end = s_start, s_end
        return person_near(earlier, context)
    share = share_before_change(claim, context)
    if share:
        earlier = Claim("share", claim.quantity, share.start(1), share.end(1), "")
        earlier.sentence_start, earlier.sentence_end = s_start, s_end
        return person_near(earlier, context)
    # "Mr Salmond's share fell from 47.7% to 35.9%": both ends of a change have one owner.
    pair = _FROM_TO.search(
        text,
        tail_start(text, s_start, claim.start, "0123456789,.%fromFROMpercntPERCNTvsiVSI"),
        claim.start,
    )
    if pair:
        at = pair.start(1)
        earlier = Claim(claim.kind, claim.quantity, at, pair.end(1), "")
        earlier.sentence_start, earlier.sentence_end = s_start, s_end
        return person_near(earlier, context)
    # "Hugh Lanning, who had 13,120 votes - a 24.5% share": a figure in apposition to
    # another belongs to that figure's owner.
    breaks = _last_breaks(text, s_start, claim.start, 2)
    if (
        breaks
        and is_apposition(text, breaks[-1].start(), claim.start)
        and _respective_party(claim, context) is None  # (a list's item, not an apposition)
    ):
        # (A figure and at most 12 other characters end the text before the break.)
        cut = breaks[-1].start()
        base = tail_start(text, s_start, max(s_start, cut - 12), "0123456789,.")
        figure = _FIGURE_BEFORE.search(text[base:cut])
        if figure:
            at = base + figure.start(1)
            earlier = Claim(claim.kind, claim.quantity, at, base + figure.end(1), "")
            earlier.sentence_start, earlier.sentence_end = s_start, s_end
            return person_near(earlier, context)
    # "She took 17,570 votes, 53.5% of the total, ...": a sentence whose subject is a
    # pronoun, with no name before the figure, is about the person it stands for.
    opening = _SUBJECT_PRONOUN.match(text, s_start)
    if opening and context.span_range(mentions, s_start, claim.start)[1] == p_lo:
        word = re.search(r"\w", text[opening.start() : opening.end()])
        referent = pronoun_person(claim, context, opening.start() + (word.start() if word else 0))
        # "The Tory councillor" after a Labour name is someone else.
        named = context.mentions_in(context.party_mentions, opening.start(), opening.end())
        if referent is None or all(m.id == referent.party for m in named):
            return referent
    if fm:
        role = _role_person_at(context, fm.end(), s_end, 5)
        if role is not None:
            return role  # "19,254 for the former SNP leader"
    # "His majority ... slipped as Labour's X closed the gap, and reached 7,745 in 2019, when
    # he took 52.7%", "On Thursday she polled 26,951 votes": a "he" in the figure's clause
    # is whom the pronoun stands for (see `pronoun_person`), not a name in a clause between.
    clause_start = _clause_start(text, s_start, claim.start)
    pronouns = list(re.finditer(r"\b(?:he|she)\b", text[clause_start : claim.start], re.I))
    if pronouns and not context.people_in(clause_start + pronouns[-1].end(), claim.start):
        referent = pronoun_person(claim, context, clause_start + pronouns[-1].start())
        if referent is not None:
            return referent
    # The people before the figure (ending by its start), read lazily by index.
    b_hi = p_hi if ends is None else max(p_lo, min(p_hi, bisect_right(ends, claim.start)))
    if not any(mentions[i].end <= claim.start for i in range(p_lo, b_hi)):
        # "The prime minister's share of the vote was 47.5%": a leader named by role.
        role = role_person(context, _clause_start(text, s_start, claim.start), claim.start)
        if role is not None:
            return role
    clause_start = _clause_start(text, s_start, claim.start)
    closed = _ClosedRelatives(context, s_start, clause_start + 1)  # (one closing at the clause)

    def kept(i: int) -> bool:
        m = mentions[i]
        if m.end > claim.start:
            return False
        # "Sir Keir Starmer's party had hoped to ...": a name owning another noun is not the
        # clause's subject (but "Harrison's majority of 2,147" owns the figure's own measure).
        if re.match(r"['’]s\s+[a-z]", text[m.end : m.end + 4]) and not re.match(
            rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}{_MEASURE_NOUN}", text[m.end : m.end + 40]
        ):
            return False
        # Skip names already owning another figure: "X's 5,233 to ... N" belongs to the subject.
        if re.match(r"['’]s?\s+[\d,]+", text[m.end : m.end + 12]):
            return False
        # "Plaid, who last won the seat in 1997 under Ieuan Wyn Jones, saw their share rise to
        # 28.5%": a name inside a relative clause closed before the figure's clause describes
        # the subject's past; it is not who the figure belongs to.
        return not closed.holds(m.start)

    def first(lo: int, test=lambda i: True) -> Mention | None:
        """The first person kept before the figure at index lo or after that passes `test`."""
        for i in range(lo, b_hi):
            if kept(i) and test(i):
                return mentions[i]
        return None

    def last(hi: int) -> Mention | None:
        for i in range(min(hi, b_hi) - 1, p_lo - 1, -1):
            if kept(i):
                return mentions[i]
        return None

    def index_from(offset: int) -> int:
        return max(p_lo, bisect_left(context._starts(mentions), offset, p_lo, b_hi))

    head = first(p_lo)
    if head is None:
        return None
    behind = _WHO_FINISHED_BEHIND.search(text, max(s_start, claim.start - 160), claim.start)
    if behind is not None:
        # "Nicola Bates, the Conservative who finished 15,284 votes behind Mr Clegg with
        # 23.6%": the one who finished behind, named before "who", not the one ahead.
        before = [m for m in mentions[p_lo:b_hi] if m.end <= behind.start()]
        if before:
            return before[-1]
    # "but Ukip, which took 7.4% there": a relative clause hung on a party is the party's.
    if _party_before_relative(claim, context) is not None:
        return None
    # "..., beating X, who took 11,601": a relative clause belongs to the name before it.
    # So does a participle: "..., with Sam Gyimah, standing for the Lib Dems, taking 21.3%".
    if re.match(r"\s*(?:who|whose)\b", text[clause_start : claim.start]) or (
        _PARTICIPLE_CLAUSE.match(text, clause_start, claim.start)
    ):
        if re.match(r"\s*who\b", text[clause_start : claim.start]) and _unknown_antecedent(
            context, s_start, clause_start, mentions[p_lo:b_hi]
        ):
            # "..., by the SNP's Drew Hendry, who won by 10,809": a name the record does
            # not hold for the seats named; not the person named before it.
            return None
        # "the collapse of UKIP, whose candidate had taken 7,015": the party's candidate.
        if re.match(r"\s*whose\s+(?:candidate|nominee|standard-bearer)\b", text[clause_start:]):
            parties = context.mentions_in(context.party_mentions, s_start, clause_start)
            if parties and re.fullmatch(r"[\s,]*", text[parties[-1].end : clause_start]):
                return None
        pushed = _PARTICIPLE_OBJECT.match(text, clause_start, claim.start)
        if pushed is not None:
            # "Adnan Hussain took it with a majority of 132, pushing her into second place
            # on 26.7 per cent": the figure is the one pushed's, whom the pronoun stands for.
            at = pushed.start("pronoun")
            referent = pronoun_person(claim, context, at)
            if referent is not None and referent.id == head.id:
                word = pushed.group("pronoun")
                referent = anaphora.carried(context, at, anaphora.pronoun_gender(word))
            if referent is not None and referent.id != head.id:
                return referent
        beaten = last(b_hi)
        # "Scott Mann ousted Dan Rogerson by 6,621 votes, taking 45 per cent": the one
        # beaten is the object; the participle goes on with the subject who won.
        if (
            beaten is not None
            and beaten is not head
            and head.end <= beaten.start
            and beaten.end <= clause_start  # (the one beaten is in the clause before)
            and _PARTICIPLE_CLAUSE.match(text, clause_start, claim.start)
            and _BEATEN_OBJECT.search(text, head.end, beaten.start)
        ):
            return head
        # "he held the seat with a majority of 4,568 over Mr Bowen, taking 43.6 per cent":
        # the one beaten is the only name; the subject is a pronoun before it.
        if (
            beaten is not None
            and beaten is head
            and beaten.end <= clause_start
            and _PARTICIPLE_CLAUSE.match(text, clause_start, claim.start)
            and _BEATEN_OBJECT.search(text, s_start, beaten.start)
        ):
            subject = re.search(r"\b(?:he|she)\b", text[s_start : beaten.start], re.I)
            if subject is not None:
                referent = pronoun_person(claim, context, s_start + subject.start())
                if referent is not None and referent.id != beaten.id:
                    return referent
        # "finishing 2,812 votes behind the Conservative Craig MacKinlay with 32.4%": the
        # one finishing, not the one ahead.
        if (
            beaten is not None
            and beaten is not head
            and _FINISHING_BEHIND.match(text, clause_start, beaten.start)
            and re.fullmatch(
                r"\s+with\s+(?:just\s+|only\s+|about\s+)?", text[beaten.end : claim.start]
            )
        ):
            return head
        # "Naomi Long cut Gavin Robinson's majority from 8,474 to 1,819, taking 44.9% of the
        # vote": a rival named only as the owner of the measure cut is no participle's
        # subject; the participle goes on with the sentence's subject.
        if (
            beaten is not None
            and beaten is not head
            and head.end <= beaten.start
            and beaten.end <= clause_start
            and _PARTICIPLE_CLAUSE.match(text, clause_start, claim.start)
            and _OWNS_MAJORITY.match(text, beaten.end)
        ):
            return head
        return beaten
    # "... was second and Reform UK's Stephen Conlay, with 27%, a close third": a figure in
    # a bracketing "with" right after a name is that name's.
    closest = last(b_hi)
    if (
        closest is not None
        and re.fullmatch(
            r",\s+with\s+(?:just\s+|only\s+|almost\s+|nearly\s+|about\s+)?",
            text[closest.end : claim.start],
        )
        and re.match(r"(?:\s+(?:of\s+the\s+vote|votes))?,\s", text[claim.end : claim.end + 20])
    ):
        return closest
    # "..., beating Labour's Gillian Troughton into second place, on 11,601": a clause of
    # a bare "on N" is in apposition to the last name of the clause before it.
    if re.fullmatch(r"\s*on\s+(?:just\s+|only\s+)?", text[clause_start : claim.start]):
        breaks = _last_breaks(text, s_start, claim.start, 2)
        previous_clause = breaks[-2].end() if len(breaks) > 1 else s_start
        named = last(b_hi)
        if named is not None and named.start >= previous_clause:
            return named
    # Within the clause, the first name after the previous figure: "A polled N and B M"
    # gives M to B, while "X beat Y with N" gives N to X.
    previous = [m.end() for m in re.finditer(r"\d[\d,.]*\d|\d", text[clause_start : claim.start])]
    window_start = clause_start + previous[-1] if previous else clause_start
    in_window = first(index_from(window_start))
    if (
        in_window is not None
        and in_window is not head
        and head.start < clause_start
        and _BEATEN_OBJECT.search(text, clause_start, in_window.start)
        and _BY_OR_WITH_BETWEEN.fullmatch(text, in_window.end, claim.start)
    ):
        # "Byron Davies, who came second five years ago, beat Labour's Liz Evans by 15,862
        # votes": the one beaten is the object; the figure is the subject's.
        return head
    if in_window is not None:
        return in_window
    # "Labour's Hugh Lanning, who came second, finished on 13,120": a clause with no
    # subject of its own after a relative clause belongs to the name the relative hangs on.
    breaks = _last_breaks(text, s_start, claim.start, 2)
    if len(breaks) >= 2 and re.match(
        r"\s*(?:who|whose)\b", text[breaks[-2].end() : breaks[-1].start()]
    ):
        cut = breaks[-2].start()
        hi = b_hi if ends is None else max(p_lo, min(b_hi, bisect_right(ends, cut)))
        owner = next(
            (
                mentions[i]
                for i in range(hi - 1, p_lo - 1, -1)
                if mentions[i].end <= cut and kept(i)
            ),
            None,
        )
        if owner and re.fullmatch(r"\s*", text[owner.end : breaks[-2].start()]):
            return owner
    # "X took 7.1%, and the Conservative, Sean Houlston, took 7.2%": a name after the
    # previous figure, across clause breaks, is the subject of the figure's conjunct
    # (not one beaten: "..., beating Labour's X, and took 45%"; nor the agent of a passive:
    # "defending the majority won by Patrick Mercer in 2010 and came home 7,403 ahead").
    since = _last_figure_end(text, s_start, clause_start)
    if since is not None:

        def fresh(i: int) -> bool:
            m = mentions[i]
            return not _BEATEN_NAME.search(
                text[max(s_start, m.start - 40) : m.start]
            ) and not _BY_BEFORE.search(
                text[max(s_start, last_tokens_start(text, s_start, m.start, 4) - 1) : m.start]
            )

        found = first(index_from(since), fresh)
        if found and not context.mentions_in(context.party_mentions, clause_start, claim.start):
            return found
    # "..., while Jane Hunt came third on 5,196, her party down 6.2 points to 15.1%": a
    # possessive pronoun in a clause naming nobody stands for the nearest name before it.
    if re.search(r"\b(?:his|her|their)\b", text[clause_start : claim.start], re.I):
        return last(b_hi)
    # "..., while the Brexit Party took 13.8%": a clause whose subject is a party is not
    # about a person named in another clause. (Not a party naming a person after it: "Tice
    # beat the Conservative Matt Warman by 2,010 votes and took 38.4 per cent".)
    if any(
        not context.people_in(m.end, m.end + 2)
        for m in context.mentions_in(context.party_mentions, clause_start, claim.start)
    ):
        return None
    # Otherwise the figure belongs to the sentence's subject: the first name in it, or
    # after a semicolon the first name of the clause group it opens ("No candidate but
    # Ms Firth kept a deposit; Jayda Fransen, standing as an independent, won 299 votes").
    # So after "while"/"whereas"/"but": "X came second, while Lib Dem George Selmer, his
    # party's share down 10 points, came third on 1,672".
    joints = scan(_CONJUNCT, text, _CLAUSE_REACH).last(s_start, claim.start, 1)
    if joints:
        at = joints[-1].end()
        after_joint = first(
            index_from(at),
            lambda i: (
                not _BEATEN_NAME.search(
                    text[max(s_start, mentions[i].start - 40) : mentions[i].start]
                )
            ),
        )
        if after_joint:
            return after_joint
    return head


# Between the one beaten and the figure: " by ", " with just ".
_BY_OR_WITH_BETWEEN = lazy_compile(r"\s+(?:by|with)\s+(?:just\s+|only\s+)?")
_HIS_HER_END = lazy_compile(r"\b(?:his|her)\s+$", re.I)
# (also a fact-box item's: "- 13,286: votes for Jane Dodds")
_FOR_AFTER = lazy_compile(
    r"(?:\**[ \t]*[:–—-][ \t]+)?\s*(?:votes?\s+(?:cast\s+)?)?"
    r"(?:for|by|went\s+to|were\s+cast\s+for)\s+"
)
_FIGURE_BEFORE = lazy_compile(r"(\d[\d,.]*)\D{0,12}$")
_BY_BEFORE = lazy_compile(r"\bby\s+(?:[A-Z][\w'’-]*\s+){0,3}$")
# A figure as the clause reading counts them: "13,748", "8.5", "7".
_FIGURE = lazy_compile(r"\d[\d,.]*\d|\d")


def _last_figure_end(text: str, lo: int, hi: int) -> int | None:
    """Where the last figure (not a year) of text[lo:hi] ends, as `_FIGURE` finds them in
    that slice; from the figures of the whole text, found once.

    Each run of digits, commas and points holds one figure, from its first digit to its
    last; cut by the slice, a run's figure is read again inside it.
    """
    found = scan(_FIGURE, text, 0)
    j = bisect_left(found.starts, hi) - 1
    while j >= 0 and found.ends[j] > lo:
        a, b = found.starts[j], found.ends[j]
        j -= 1
        if a < lo or b > hi:
            m = _FIGURE.search(text, max(a, lo), min(b, hi))
            if m is None:
                continue
            a, b = m.span()
        if not re.fullmatch(r"(?:19|20)\d\d", text[a:b]):
            return b
    return None


class _ClosedRelatives:
    """The relative clauses set off by commas that `_CLOSED_RELATIVE.finditer(text, lo, end)`
    finds, asked whether one holds an offset; from the whole text's, found once.

    A window's matches are the whole text's that end before `end` (a scan from `lo` finds
    them unless one straddles `lo`), and perhaps one ending at `end`, whose closing comma
    the window's end lets through: it starts at the comma before.
    """

    def __init__(self, context: ArticleContext, lo: int, end: int) -> None:
        text = context.text
        self.found = found = scan(_CLOSED_RELATIVE, text, 0)
        j = found._first_at(lo)
        self.fallback: list[tuple[int, int]] | None = None
        if j is None:
            self.fallback = [(r.start(), r.end()) for r in _CLOSED_RELATIVE.finditer(text, lo, end)]
            return
        k = max(j, bisect_left(found.ends, end))
        self.j, self.k = j, k
        pos = found.ends[k - 1] if k > j else lo
        self.extra: tuple[int, int] | None = None
        if end - 1 >= pos and text[end - 1] == ",":
            comma = text.rfind(",", pos, end - 1)
            m = _CLOSED_RELATIVE.match(text, comma, end) if comma >= 0 else None
            if m is not None:
                self.extra = m.span()

    def holds(self, offset: int) -> bool:
        """Whether a clause holds `offset` strictly inside it."""
        if self.fallback is not None:
            return any(a < offset < b for a, b in self.fallback)
        i = bisect_left(self.found.starts, offset, self.j, self.k) - 1
        if i >= self.j and offset < self.found.ends[i]:
            return True
        return self.extra is not None and self.extra[0] < offset < self.extra[1]


# ", who last won the seat in 1997 under X,": a relative clause set off by commas.
# (A figure's own comma or point, "10,603", does not close it.)
_CLOSED_RELATIVE = lazy_compile(r",\s*(?:who|whose|which)\b(?:[^,;.]|(?<=\d)[,.](?=\d))*,(?!\d)")


# A comma ends a clause unless a digit follows it ("13,748" is one number; "in 2010, came" is
# two clauses).
_CLAUSE = lazy_compile(r",(?!\d)|;|\s[-–—]\s|\bwhile\b|\bwhereas\b|\bbut\b")
# The characters a break looks at from its start: "whereas" and the one after it.
_CLAUSE_REACH = 8
# `_CLAUSE` in two parts, each starting with characters the matcher skips ahead to: the
# punctuation and words ("\b" written as a lookbehind after the first letter), and the
# dash of a spaced dash, whose break starts at the space before it.
_CLAUSE_WORD_BREAK = lazy_compile(r",(?!\d)|;|w(?<!\ww)h(?:ile|ereas)\b|b(?<!\wb)ut\b")
_CLAUSE_DASH = lazy_compile(r"[-–—](?<=\s[-–—])(?=\s)")
_SPACED_DASH = lazy_compile(r"\s[-–—]\s")


class _ClauseBreaks:
    """`_CLAUSE` as `Scan` uses it, with the scan of a whole text made faster.

    `_CLAUSE` itself stops at every space to try for a spaced dash. Its two parts never
    overlap (a space or dash starts no word or punctuation break, and those hold neither),
    so the breaks of the whole text are those of each part, found separately and merged.
    A window of the text is searched with `_CLAUSE`.
    """

    def finditer(self, text: str, *window: int) -> Iterator[re.Match[str]]:
        if window:
            return _CLAUSE.finditer(text, *window)
        breaks = list(_CLAUSE_WORD_BREAK.finditer(text))
        end = 0
        for dash in _CLAUSE_DASH.finditer(text):
            if dash.start() - 1 >= end:  # (not the closing space of the break before)
                spaced = _SPACED_DASH.match(text, dash.start() - 1)
                breaks.append(spaced)
                end = spaced.end()
        breaks.sort(key=re.Match.start)
        return iter(breaks)

    def search(self, text: str, *window: int) -> re.Match[str] | None:
        return _CLAUSE.search(text, *window)


_CLAUSE_BREAKS = _ClauseBreaks()


def _last_breaks(text: str, sentence_start: int, at: int, count: int) -> list[re.Match[str]]:
    """The last `count` (one or two) clause breaks between a sentence's start and `at`
    (see `Scan`). Several helpers ask about the same claim's clause: the answer is kept
    with the text's scan, which lasts as long as the text is being read."""
    found = scan(_CLAUSE_BREAKS, text, _CLAUSE_REACH)
    asked = found.__dict__.setdefault("last_two", {})
    key = (sentence_start, at)
    last_two = asked.get(key)
    if last_two is None:
        last_two = asked[key] = found.last(sentence_start, at, 2)
    return last_two[-count:]


def clause_breaks(text: str, sentence_start: int, at: int) -> list[re.Match[str]]:
    """The clause breaks between a sentence's start and `at`."""
    return list(_CLAUSE.finditer(text, sentence_start, at))


def clause_start(text: str, sentence_start: int, at: int) -> int:
    """Where the clause holding `at` starts."""
    return _clause_start(text, sentence_start, at)


def _clause_start(text: str, sentence_start: int, at: int) -> int:
    last = _last_breaks(text, sentence_start, at, 1)
    return last[-1].end() if last else sentence_start


# Joints between coordinate clauses, each with a subject of its own.
_CONJUNCT = lazy_compile(r";|\bwhile\b|\bwhereas\b|\bbut\b", re.I)
_BEATEN_NAME = lazy_compile(
    rf"\b(?:{alternation(lx.OPPONENT_WORDS)})\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}$"
)


# The words between a figure and a party that owns it by "for": "38.6 per cent for the ".
_FOR_PARTY_AFTER = lazy_compile(
    r"\s*(?:%|per\s?cent)?(?:\s+(?:vote\s+)?share|\s+of\s+the\s+(?:vote|poll))?\s+for\s+(?:the\s+)?"
)


# A figure hung on the party right before it: "the Brexit Party, with 4,151 votes", "UKIP
# on 9.2%", "the Greens, polling 3,000".
_HUNG_ON_PARTY = lazy_compile(
    r",?\s+(?:with|on|polling|taking|winning)\s+(?:just\s+|only\s+|about\s+|around\s+|"
    r"some\s+|nearly\s+|almost\s+|(?:just\s+)?(?:more|fewer|less)\s+than\s+|over\s+|under\s+)?$",
    re.I,
)


def _party_hung_before(claim: Claim, context: ArticleContext) -> bool:
    """Whether the figure hangs on a party named right before it, no person between."""
    lo = max(claim.sentence_start, claim.start - 60)
    parties = context.mentions_in(context.party_mentions, lo, claim.start)
    if not parties:
        return False
    party = parties[-1]
    if context.people_in(party.start - 2, claim.start):
        return False  # "Labour's Gillian Troughton, with 11,601": hers
    if not _CLAUSE_SUBJECT_BEFORE.search(
        context.text, max(claim.sentence_start, party.start - 30), party.start
    ) and not re.fullmatch(r"[\s\"'“‘*#]*", context.text[claim.sentence_start : party.start]):
        return False  # "a majority of 895 over Labour, taking 35.3%": the object, not its own
    clause = _clause_start(context.text, claim.sentence_start, party.start)
    if _COMPARED_IN_CLAUSE.search(context.text, clause, party.start):
        return False  # "finished third behind Labour and Reform UK with 13.2%"
    return _HUNG_ON_PARTY.fullmatch(context.text, party.end, claim.start) is not None


_COMPARED_IN_CLAUSE = lazy_compile(
    rf"\b(?:{alternation(lx.COMPARED_SIDE_WORDS)}|over|from|against|beat\w*|defeat\w*)\b", re.I
)
# A party opening its own clause: "..., and the Brexit Party", "; UKIP".
_CLAUSE_SUBJECT_BEFORE = lazy_compile(r"(?:[,;:]|\b(?:and|but|while|whereas))\s+(?:the\s+)?$", re.I)


def _for_party_after(claim: Claim, context: ArticleContext) -> Mention | None:
    """The party a figure hangs on by "for" ("38.6 per cent for the Conservatives", "a 56.6%
    share for the Greens' co-leader"), when no person's name follows it."""
    owner = _FOR_PARTY_AFTER.match(context.text, claim.end, claim.sentence_end)
    if owner is None:
        return None
    named = context.mentions_in(context.party_mentions, owner.end(), owner.end() + 1)
    if not named or named[0].start != owner.end():
        return None
    if re.match(r"(?:['’]s?)?\s+[A-Z][a-z]", context.text[named[0].end : named[0].end + 6]):
        return None  # "11,601 for Labour's Gillian Troughton", "for the Conservative James Airey"
    return named[0]


def party_near(claim: Claim, context: ArticleContext, person: Mention | None = None) -> str | None:
    """The party a figure is about: a possessive or subject in its clause, else 'its'/'their'."""
    respective = _respective_party(claim, context)
    if respective is not None:
        return respective
    claim = owned_as(claim)
    if person is not None and person.party:
        return person.party
    quoted = _speakers_we(claim, context)
    if quoted is not None:
        # '"We got 30% and nine seats," said John Swinney': the speaker's party, or none
        # when the speaker is not known.
        return quoted or None
    if claim.cues.get("row_party"):
        return claim.cues["row_party"]
    # "48.6 per cent of the vote, against 38.6 per cent for the Conservatives": a party
    # that the figure hangs on by "for" owns it, whoever is the clause's subject.
    owner = _FOR_PARTY_AFTER.match(context.text, claim.end, claim.sentence_end)
    if owner is not None:
        named = context.mentions_in(context.party_mentions, owner.end(), owner.end() + 1)
        if named and named[0].start == owner.end():
            return named[0].id
    s_start = claim.sentence_start
    pair = _PAIR_TO_POSSESSIVE_AFTER.match(context.text, claim.end, claim.sentence_end)
    if pair is not None:
        # "but won 12 seats to the SNP's 35": the first of a pair is not the possessive's;
        # it is the sentence's subject's.
        other = context.mentions_in(context.party_mentions, pair.start(1), pair.end(1))
        first = context.mentions_in(context.party_mentions, s_start, claim.start)
        if (
            first
            and other
            and first[0].id != other[0].id
            and re.fullmatch(r"\W*(?:the\s+)?", context.text[s_start : first[0].start], re.I)
        ):
            return first[0].id
    relative = _party_before_relative(claim, context)
    if relative is not None:
        return relative.id
    clause_start = s_start
    head = context.text[s_start : claim.start]
    # Look in the clause before the number first: after the last ", while" / "; " / " as ".
    for m in re.finditer(r",\s+(?:while|whereas|but|and|as)\s+|;\s+|\s+while\s+|\s+as\s+", head):
        clause_start = s_start + m.end()
    in_clause = _outside_apposed_aside(
        context,
        clause_start,
        _not_compared(
            context,
            context.mentions_in(context.party_mentions, clause_start, claim.start),
            claim.start,
        ),
    )
    if (
        len(in_clause) >= 2
        and _HUNG_AFTER_BEATEN.fullmatch(context.text, in_clause[-1].end, claim.start)
        and _BEATEN_OBJECT.search(
            context.text, max(clause_start, in_clause[-1].start - 60), in_clause[-1].start
        )
    ):
        # "a seat the Liberals had held by only 160 votes over Labour, with 34.0 per cent":
        # the party beaten is the object; the figure hung on after it is the subject's.
        return in_clause[-2].id
    if in_clause:
        return in_clause[-1].id
    # "Mr Morris's share ... rose by 14.5 points": a named candidate in the clause.
    people = [m for m in context.people_in(clause_start, claim.start) if m.party]
    if people:
        return people[-1].party
    if clause_start > s_start and _SUBJECTLESS_VERB.match(context.text, clause_start):
        # "She won far more votes than her Green opponent, ..., and took 37.6 per cent":
        # a verb with no subject of its own goes on with the sentence's subject.
        opening = re.match(r"\W*(he|she)\b", context.text[s_start:clause_start], re.I)
        if opening is not None:
            referent = pronoun_person(claim, context, s_start + opening.start(1))
            if referent is not None and referent.party:
                return _party_then(claim, context, referent)
        first = context.people_in(s_start, clause_start)
        if (
            first
            and first[0].party
            and not context.mentions_in(context.party_mentions, s_start, first[0].start)
        ):
            return first[0].party
        if _PARTY_ANAPHOR_SUBJECT.match(context.text, s_start, clause_start):
            # "Across the country the party put up 275 candidates, having withdrawn from the
            # seats the Conservatives held, and won 2.0 per cent": the party named before.
            earlier = context.mentions_in(context.party_mentions, 0, s_start)
            if earlier:
                return earlier[-1].id
        parties = context.mentions_in(context.party_mentions, s_start, clause_start)
        if parties and _SUBJECT_OPENING.fullmatch(context.text, s_start, parties[0].start):
            # "the Brexit Party fielded 275 candidates, having stood aside in the seats the
            # Conservatives had won, and took just 2.0 per cent": the opening party's.
            return parties[0].id
    # "His share of the vote": the party of the person the pronoun stands for.
    his_her = re.search(r"\b(?:his|her)\b", context.text[clause_start : claim.start], re.I)
    if his_her and _KIN_AFTER.match(context.text, clause_start + his_her.end()):
        # "and his son kept the seat with 46.4 per cent": the son's, not his
        return None
    if his_her:
        referent = pronoun_person(claim, context, clause_start + his_her.start())
        if referent is not None and referent.party:
            return _party_then(claim, context, referent)
    in_sentence = _not_compared(
        context, context.mentions_in(context.party_mentions, s_start, claim.start), claim.start
    )
    pronoun = _PARTY_PRONOUN.search(context.text[clause_start : claim.start])
    if pronoun and pronoun.group(0).lower().startswith("the party") and not in_sentence:
        # "Ben Wood won 3,686 votes, and the party's share fell by 12.4 points": the party
        # of the candidate the sentence names before, not one of an earlier paragraph.
        named = [m for m in context.people_in(s_start, clause_start) if m.party]
        if named:
            return named[-1].party
    if pronoun or not in_sentence:
        earlier = _not_compared(
            context, context.mentions_in(context.party_mentions, 0, clause_start), claim.start
        )
        if pronoun and earlier:
            if pronoun.group(0).lower() == "they" or (
                pronoun.group(0).lower().startswith("the party")
                # ("Back in 2010 the party won 41 seats": after a time opening the clause)
                and _TIME_OPENING.fullmatch(
                    context.text, clause_start, clause_start + pronoun.start()
                )
            ):
                # "The Liberal Democrats ... came fourth, behind UKIP on 9.2%. In 2010 they had
                # been runners-up": a subject pronoun stands for the subject before it (and
                # "The party" opening its clause: "Sinn Féin ... while the Democratic
                # Unionists dropped to five. The party won 27.0 per cent").
                subject = _subject_party(context, s_start, clause_start)
                if subject is not None:
                    return subject
            if pronoun.group(0).lower() in ("its", "their") and _THE_PARTY_OPENS.match(
                context.text, s_start
            ):
                # "The party's share across Wales climbed to 14.8 per cent, ..., and its
                # 194,811 votes left it fourth": the sentence's own subject, carried on
                subject = _subject_party(context, s_start, s_start)
                if subject is not None:
                    return subject
            return earlier[-1].id
    if in_sentence:
        # "the Liberal Democrats cut into it: in 2010 he was returned by 6,703, on 50.1% of
        # the vote": a subject pronoun after the party, in a later clause, is the owner.
        later = list(
            re.finditer(r"\b(?:he|she)\b", context.text[in_sentence[-1].end : clause_start])
        )
        if later:
            at = in_sentence[-1].end + later[-1].start()
            referent = pronoun_person(claim, context, at)
            if referent is not None and referent.party:
                return _party_then(claim, context, referent)
        return in_sentence[-1].id
    # "..., with Ukip's Victoria Ayling second on 4,426": a party after the figure that
    # owns a figure of its own is not this figure's.
    after = context.mentions_in(context.party_mentions, claim.end, claim.sentence_end)
    if after:
        own_clause = _CLAUSE.split(context.text[after[0].end : claim.sentence_end])[0]
        # "a majority of 3,266 over the Conservative": the party beaten, not the owner.
        beaten = _OPPONENT.search(context.text[claim.end : after[0].start])
        if not re.search(r"\d", own_clause) and not beaten:
            return after[0].id
    return None


_PAIR_TO_POSSESSIVE_AFTER = lazy_compile(
    r"(?:\s*(?:%|per\s?cent)|\s+(?:seats?|MPs|votes?))?\s+to\s+(?:the\s+)?"
    r"([A-Z][\w -]*?)(?:['’]s|(?<=s)['’])\s+\d"
)
_KIN_AFTER = lazy_compile(rf"\s+(?:{alternation(lx.KINSHIP_WORDS)})\b", re.I)


# An aside in apposition to a clause's opening party, closed by a comma and followed by the
# clause's verb: "The Conservatives, coalition partners of the Lib Dems, saw their share
# fall". (Not a list: "Labour, the Lib Dems, and the Greens".)
_APPOSED_ASIDE = lazy_compile(
    r",\s+(?:[^,;:()\d]{3,80}?"
    # (a relative clause may hold figures of its own: "The Liberal Democrats, who took
    # Tiverton and Honiton from the Conservatives by 6,144 votes, finished seventh")
    r"|(?:who|which)\b(?:[^,;:()]|(?<=\d),(?=\d)){3,120}?)"
    r",\s+(?!(?:and|or|nor|the|a|an|with|while|but|as|then)\b)[a-z]"
)


# What may stand before a clause's opening party: nothing, "the", or an opening phrase of
# time or place ("At the 1931 general election the Liberal Nationals, who ..., won").
_SUBJECT_OPENING = lazy_compile(
    r"[\s\"'“‘]*(?:(?:at|in|on|by|after|before|then|also|nationally|overall|across|throughout)\b[^,;:.]{0,60}?"
    r"(?:,\s*|\s+))?(?:the\s+)?",
    re.I,
)


def _outside_apposed_aside(context: ArticleContext, lo: int, mentions: list) -> list:
    """The mentions of a clause, less those inside an aside set off after its opening
    party: the party in the aside describes the subject and owns none of its figures."""
    if len(mentions) < 2:
        return mentions
    first = mentions[0]
    if not _SUBJECT_OPENING.fullmatch(context.text, lo, first.start):
        return mentions
    aside = _APPOSED_ASIDE.match(context.text, first.end)
    if aside is None:
        return mentions
    return [m for m in mentions if not first.end <= m.start < aside.end()]


# "Labour, the Lib Dems and the Conservatives took 42.1%, 31.9% and 12.8% respectively":
# a run of figures joined by commas and "and", closed by "respectively".
_RUN_FIGURE = lazy_compile(r"\d[\d,]*(?:\.\d+)?(?:\s?%|\s*per\s?cent\b|\s+votes?\b)?")
_RUN_JOIN = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_RESPECTIVELY = lazy_compile(r"\s*,?\s*respectively\b", re.I)


# A relative clause hung on a party, open up to the figure: "but Ukip, which took 7.4%",
# "ahead of the BNP, whose share fell from 5.7% to 4.5%", "the Liberal Democrats, who won
# 9.6% of the notional vote".
_PARTY_RELATIVE = lazy_compile(
    r",\s*(?:which\b|whose\s+(?:share|vote)\b|who\s+(?:had\s+)?(?:won|took|polled|got|"
    r"secured|received|gained)\b)(?:[^,;:]|(?<=\d)[,.](?=\d))*$",
    re.I,
)


def _party_before_relative(claim: Claim, context: ArticleContext) -> Mention | None:
    """The party a relative clause holding the figure hangs on, if one: its figures are
    the party's, whoever else the sentence names."""
    relative = _PARTY_RELATIVE.search(context.text, claim.sentence_start, claim.start)
    if relative is None:
        return None
    named = context.mentions_in(context.party_mentions, claim.sentence_start, relative.start() + 1)
    if named and re.fullmatch(r"[\s,]*", context.text[named[-1].end : relative.start() + 1]):
        return named[-1]
    return None


def _respective_party(claim: Claim, context: ArticleContext) -> str | None:
    """The party a figure of a "respectively" run belongs to: the party named in the
    same place of the list before the run, when the list and the run are as long."""
    found = _respective(claim, context, context.party_mentions)
    return found.id if found else None


def respective_seat(claim: Claim, context: ArticleContext) -> str | None:
    """The seat a figure of a "respectively" run belongs to ("Glasgow South West and
    Glasgow East were held by 60 and 75 votes respectively"), as for parties."""
    found = _respective(claim, context, context.seat_mentions)
    return found.id if found else None


def _respective(claim: Claim, context: ArticleContext, mentions: list) -> Mention | None:
    """The mention in the place of a list that the figure holds in its run of figures: with
    "respectively", or where the list is one coordinated phrase ("Laura Smith and Edward
    Timpson took 47.1% and 47.0%") and only a short verb stands between it and the run."""
    text = context.text
    respectively = "respectively" in text[claim.end : claim.sentence_end].lower()
    if (
        not respectively
        and not _RUN_JOIN.match(text, claim.end, claim.sentence_end)
        and not _RUN_JOIN_BEFORE.search(
            text, max(claim.sentence_start, claim.start - 8), claim.start
        )
    ):
        return None  # (no figure joined to this one: no run)
    figures = [(claim.start, claim.end)]
    at = claim.end
    while at - claim.end < _RUN_REACH:  # on to "respectively"
        join = _RUN_JOIN.match(text, at, claim.sentence_end)
        nxt = _RUN_FIGURE.match(text, join.end(), claim.sentence_end) if join else None
        if nxt is None:
            break
        figures.append(nxt.span())
        at = nxt.end()
    if respectively and not _RESPECTIVELY.match(text, at, claim.sentence_end):
        return None
    # (a bounded look back: a run-on sentence of figures costs each no more than a short one)
    lo = max(claim.sentence_start, claim.start - _RUN_REACH)
    earlier = [m.end() for m in _RUN_FIGURE.finditer(text, lo, claim.start)]
    index = 0
    for end in reversed(earlier):  # back to the run's first figure
        start = _RUN_FIGURE_START.search(text, lo, end)
        if start is None or not _RUN_JOIN.fullmatch(text, end, figures[0][0]):
            break
        figures.insert(0, (start.start(), end))
        index += 1
    named = context.mentions_in(mentions, lo, figures[0][0])
    if respectively:
        return named[index] if len(named) == len(figures) else None
    # A parallel run without "respectively": the list is the last names before the run,
    # joined as one phrase, each named once, with a short verb phrase and no other figure
    # between ("Hartlepool and Airdrie and Shotts were won by 6,940 and 1,757 votes").
    listed = named[-len(figures) :] if len(figures) >= 2 else []
    if len(listed) != len(figures) or len({m.id for m in listed}) != len(listed):
        return None
    if not all(
        _RUN_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(listed, listed[1:], strict=False)
    ):
        return None
    if not _PARALLEL_VERB.fullmatch(text, listed[-1].end, figures[0][0]):
        return None
    return listed[index]


_RUN_REACH = 400
_RUN_JOIN_BEFORE = lazy_compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
# What stands between a coordinated list and its run of figures: "took", "were won by",
# "finished on", "polled" (no figure, no clause break).
_PARALLEL_VERB = lazy_compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:took|won|polled|got|received|had|finished\s+on|were\s+on|"
    r"scored|secured|were\s+won\s+by|were\s+held\s+by|held\s+on\s+by)\s+(?:by\s+)?"
    r"(?:(?:just|only|about|around)\s+)?"
)


_RUN_FIGURE_START = lazy_compile(r"\d[\d,.]*(?:\s?%|\s*per\s?cent|\s+votes?)?$")


_QUOTE_MARKS = '"“”'
_QUOTE_MARK = lazy_compile(f"[{_QUOTE_MARKS}]")
_FIRST_PERSON_PLURAL = lazy_compile(r"\b(?:we|our|us)\b", re.I)


def _quotation_open_at(claim: Claim, context: ArticleContext) -> int | None:
    """Where the quotation a figure stands in opens (the quote marks before it in its
    paragraph are odd in number), else None. The marks are found once per article."""
    marks = context.__dict__.get("_quote_marks")
    if marks is None:
        text = context.text
        marks = context.__dict__["_quote_marks"] = [m.start() for m in _QUOTE_MARK.finditer(text)]
    s = context.sentence_at(claim.start)
    lo = bisect_left(marks, context._paragraph_starts.get(s.paragraph, s.start))
    hi = bisect_left(marks, claim.start)
    return marks[hi - 1] if (hi - lo) % 2 else None


def _speakers_we(claim: Claim, context: ArticleContext) -> str | None:
    """The party of the speaker when a figure stands in a quotation after "we" or "our"
    ("" when the speaker is not known); None for a figure outside such a quotation."""
    text = context.text
    opened = _quotation_open_at(claim, context)
    if opened is None:
        return None
    if not _FIRST_PERSON_PLURAL.search(text, opened, claim.start):
        return None
    # The speaker: named just before the quotation, or after it ("..., said X").
    before = [m for m in context.people_in(max(0, opened - 200), opened) if m.party]
    close = text.find("”", claim.end)
    if close < 0:
        close = text.find('"', claim.end)
    after = [m for m in context.people_in(close, close + 60) if m.party] if close >= 0 else []
    speaker = after[0] if after else (before[-1] if before else None)
    return speaker.party if speaker is not None else ""


# "just 2.2 points behind Labour, yet won only 23 seats": the party compared with.
# So is the party a seat was gained from: "a Liberal Democrat gain from the Conservatives".
_NATION_WORD = lazy_compile(rf"\b(?:{alternation([*lx.NATION_NAMES, *lx.NATION_ADJECTIVES])})\b")
_COMPARED_WITH_BEFORE = lazy_compile(
    rf"\b(?:{alternation(lx.COMPARED_SIDE_WORDS)}|"
    r"gain(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,2}?from|"
    # ("won the Westminster seat from Labour in 2015 with 23,887 votes": the one beaten)
    rf"(?:{alternation(lx.TAKE_FROM_VERBS)})\s+(?:[\w'’-]+\s+){{0,4}}?from)\s+(?:the\s+)?"
    # (a list after it is compared with too: "behind UKIP, the Tories, the BNP and ...")
    # (names only, and no ", and", which opens a clause: "trailed behind both, and the
    # Alliance candidate finished with under 1%")
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:\s*,(?!\s*and\b)|\s+and|\s+or)"
    r"\s+(?:the\s+|an?\s+)?){0,6}$",
    re.I,
)


def _not_compared(context: ArticleContext, mentions: list, at: int) -> list:
    """The mentions less those a comparison names ("behind Labour", "more than the
    Liberal Democrats' 12.2%"): the party compared with owns none of the subject's
    figures, unless the figure hangs on it ("behind UKIP on 9.2%"); and less a party naming
    a national event ("In the Labour landslide of 1997, ... his share"): whose landslide,
    not whose figure."""
    return [
        m
        for m in mentions
        if (
            not _search_in(_COMPARED_WITH_BEFORE, context.text, max(0, m.start - 120), m.start)
            or _HUNG_ON_IT.fullmatch(context.text, m.end, at)
        )
        and not (
            _NATIONAL_EVENT_AFTER.match(context.text, m.end)
            and _ARTICLE_BEFORE.search(context.text, max(0, m.start - 6), m.start)
        )
        # ("Labour won 255 seats to the Conservatives' 253, on 40.1% of the vote": the side
        # a figure is set against)
        and not (
            _TO_BEFORE.search(context.text, max(0, m.start - 14), m.start)
            and _POSSESSIVE_FIGURE_AFTER.match(context.text, m.end)
            and not _HUNG_ON_IT.fullmatch(context.text, m.end, at)
        )
        # ("Dr Richard Taylor unseated a Labour minister with 58.1% of the vote": the one
        # beaten owns none of the subject's figures)
        and not (
            _DEFEATED_BEFORE.search(context.text, max(0, m.start - 40), m.start)
            and not _HUNG_ON_IT.fullmatch(context.text, m.end, at)
        )
        # ("was challenged by Labour in Hexham in 1945 and held on with 58.2 per cent": the
        # challenger of a passive verb owns none of the subject's figures)
        and not (
            _CHALLENGED_BY_BEFORE.search(context.text, max(0, m.start - 40), m.start)
            and not _HUNG_ON_IT.fullmatch(context.text, m.end, at)
        )
    ]


_CHALLENGED_BY_BEFORE = lazy_compile(
    r"\b(?:challenged|opposed|fought|contested|pressed|chased|run\s+close)\s+by\s+(?:the\s+)?$",
    re.I,
)


_TO_BEFORE = lazy_compile(r"\b(?:to|against|with)\s+(?:the\s+)?$", re.I)
_POSSESSIVE_FIGURE_AFTER = lazy_compile(r"(?:['’]s?|(?<=s)['’])\s+\d")
# (Narrower than `_BEATEN_OBJECT`, which also takes "over" and up to three words of any
# kind: used here it moved shares and changes off the subject in eight test articles.)
_DEFEATED_BEFORE = lazy_compile(
    rf"\b(?:{alternation(lx.DEFEAT_VERBS)})\s+(?:the|an?)\s+(?:[\w'’-]+\s+)?$", re.I
)


# ("the Labour landslide", "a Tory rout": the party as the event's adjective; "Labour's
# landslide was felt in Scotland too" keeps Labour the subject)
_NATIONAL_EVENT_AFTER = lazy_compile(rf"\s+(?:{alternation(lx.NATIONAL_EVENT_NOUNS)})\b", re.I)
_ARTICLE_BEFORE = lazy_compile(r"\b(?:the|a)\s+$", re.I)


# (the figure right after the party: "UKIP on 9.2%", "the Liberal Democrats' 12.2%")
_HUNG_ON_IT = lazy_compile(r"(?:['’]s?\s+|\s+(?:on|with|at)\s+)(?:just\s+|only\s+|about\s+)?")


def _subject_party(context: ArticleContext, s_start: int, clause_start: int) -> str | None:
    """The party that opens the sentence of a clause (before the clause), else the one that
    opens the sentence before: the subject a "they" carries on."""
    i = context.sentence_index(s_start, -1)
    spans = [(s_start, clause_start)]
    if i > 0:
        spans.append((context.sentences[i - 1].start, context.sentences[i - 1].end))
        # ("Plaid Cymru finished with four MPs. It gained Ynys Môn, and the Conservatives
        # lost every Welsh seat. The party's share ...": a sentence opening with "It" or
        # "They" goes on with the subject of the one before it)
        if i > 1 and _IT_OPENS.match(context.text, context.sentences[i - 1].start):
            spans.append((context.sentences[i - 2].start, context.sentences[i - 2].end))
    for lo, hi in spans:
        named = context.mentions_in(context.party_mentions, lo, hi)
        if named and re.fullmatch(r"\W*(?:the\s+)?", context.text[lo : named[0].start], re.I):
            return named[0].id
        # ("Ian Murray survived in Edinburgh South, Labour's last Scottish seat, ... Back in
        # 2010 the party won 41 seats": a member opening the sentence, for their party)
        people = context.people_in(lo, hi)
        if (
            lo != s_start
            and people
            and people[0].party
            and re.fullmatch(r"\W*", context.text[lo : people[0].start])
        ):
            return people[0].party
        if lo != s_start and not _IT_OPENS.match(context.text, lo):
            break  # (a sentence before with a subject of its own names no party: none)
    return None


# What may open a clause before its subject "the party": nothing, or a time ("Back in 2010",
# "In 2015,", "Then").
_TIME_OPENING = lazy_compile(
    r"\W*(?:(?:(?:back|even|as\s+recently\s+as|as\s+late\s+as)\s+)?(?:in|at|by)\s+"
    r"(?:the\s+)?(?:19|20)\d\d|then|later|earlier|previously|before\s+that|back\s+then)?"
    r",?\s*",
    re.I,
)
_THE_PARTY_OPENS = lazy_compile(r"\W*(?:the\s+party|it|they)\b", re.I)
_IT_OPENS = lazy_compile(r"\W*(?:it|they)\b", re.I)


def _party_then(claim: Claim, context: ArticleContext, person: Mention) -> str | None:
    """A person's party at the contest a figure is about ("his share" in 2017 is Labour's
    for a member who stood for another party at the end): the party they last stood for
    by then, else the party they are known by."""
    seat = context.seat_for(claim.start)
    election = context.election_for(seat, claim.start)[0] if seat else None
    if election is not None:
        return context.party_at(person.id, election.date) or person.party
    return person.party


def pronoun_person(claim: Claim, context: ArticleContext, at: int | None = None) -> Mention | None:
    """Who the pronoun at `at` stands for (by default the last "he"/"her" before the
    figure in its sentence; with none, a back-reference such as "The solicitor", of
    either gender): see `resolve.anaphora`.

    Another reading the text allows (an untitled nearer name against the titled person
    the article is about) is noted on the context for `kinds.verify`, which judges the
    figure under it too; while it does, `context.pronoun_forced` is the person taken.
    """
    forced = context.__dict__.get("pronoun_forced")
    if forced is not None:
        return forced
    if at is None:
        found = anaphora.last_pronoun(context, claim.sentence_start, claim.start)
        at = found.start() if found else claim.start
    word = re.match(r"\w+", context.text[at : at + 8])
    gender = anaphora.pronoun_gender(word.group(0)) if word else None
    referent = anaphora.resolve(context, at, gender)
    if referent.others:
        noted = context.__dict__.setdefault("pronoun_others", [])
        noted.extend(m for m in referent.others if m not in noted)
    return referent.person


def named_parties(claim: Claim, context: ArticleContext) -> set[str]:
    """Parties named in the claim's sentence, directly or through a named candidate."""
    lo, hi = claim.sentence_start, claim.sentence_end
    named = {m.id for m in context.mentions_in(context.party_mentions, lo, hi)}
    named |= {m.party for m in context.people_in(lo, hi) if m.party}
    return named


def unknown_owner(claim: Claim, context: ArticleContext) -> str | None:
    """A name the figure belongs to that we cannot resolve: "19,317 for Michael Portillo"."""
    text = context.text
    after = _OWNER_AFTER.match(text, claim.end, claim.sentence_end)
    # (The name and its "'s" end the text before the figure: only word characters,
    # apostrophes, hyphens and spaces can stand in it.)
    base = tail_start(text, claim.sentence_start, claim.start, _NAME_CHARS)
    before = _OWNER_BEFORE.search(text[base : claim.start])
    # "Stephen Gethins polled 13,743": a full name opening the sentence, the figure's verb's
    # subject (a seat or party name is no stranger; see the mention checks below).
    opening = _NAME_SUBJECT_BEFORE.match(text, claim.sentence_start, claim.start)
    for m, at in ((after, 0), (before, base), (opening, 0)):
        if m is None:
            continue
        lo, hi = at + m.start(1), at + m.end(1)
        lead = context.mentions_in(context.party_mentions, lo, lo + 1)
        if (
            m is after
            and lead
            and lead[0].start == lo
            and _NAME_AFTER_PARTY.match(text, lead[0].end, hi)
        ):
            # "13,741 for the Liberal Democrat Elizabeth Riches": the name after the party.
            lo = lead[0].end + 1
        parties = context.span_range(context.party_mentions, lo, hi)
        people = context.span_range(context.person_mentions, lo, hi)
        seats = context.span_range(context.seat_mentions, lo, hi)
        if parties[0] == parties[1] and people[0] == people[1] and seats[0] == seats[1]:
            return text[lo:hi]
    return None


_NAME_AFTER_PARTY = lazy_compile(r"[ \t][A-Z][\w'’-]+[ \t]+[A-Z]")
_NAME_SUBJECT_BEFORE = lazy_compile(
    r"[\s\"'“‘*]*([A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]+"
    rf"(?:{alternation(lx.OWN_COUNT_VERBS)})[ \t]+$"
)
# The name's own verb and nothing else before the figure: "Trevelyan polled 14,116".
_OWN_COUNT_VERB = lazy_compile(rf"[ \t]+(?:{alternation(lx.OWN_COUNT_VERBS)})[ \t]+")


_OWNER_AFTER = lazy_compile(
    r"\s*(?:votes?\s+)?(?:for|from)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
_OWNER_BEFORE = lazy_compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)['’]s\s+$")
_NAME_CHARS = string.ascii_letters + string.digits + "_'-"


TITLED_NAME = lazy_compile(rf"\b{TITLES}\s+[A-Z][\w'’-]+")


def unknown_subject(claim: Claim, context: ArticleContext) -> str | None:
    """A titled name before the figure that we cannot resolve ("Mr Galloway ... took 35.9%"),
    or a label no party, person or seat answers heading the figure's elided clause ("and the
    Socialist a poor third on 15.8 per cent")."""
    label = _LABEL_SUBJECT_BEFORE.search(
        context.text, max(claim.sentence_start, claim.start - 60), claim.start
    )
    if label is not None and not (
        context.mentions_in(context.party_mentions, label.start(1), label.end(1) + 1)
        or context.people_in(label.start(1), label.end(1) + 1)
        or context.mentions_in(context.seat_mentions, label.start(1), label.end(1) + 1)
    ):
        return f"'the {label.group(1)}'"
    stranger = possessive_stranger(claim, context)
    if stranger:
        return stranger
    lo, end = claim.sentence_start, claim.start
    mentions = context.person_mentions
    ends = context.disjoint_ends(mentions)
    found = scan(TITLED_NAME, context.text, 0)
    j = found._first_at(lo)
    # A person named across the sentence's start is not among the known ones of its window.
    after = bisect_right(ends, lo) if ends is not None else 0
    straddled = ends is not None and after < len(ends) and mentions[after].start < lo
    if ends is None or j is None or straddled:
        known = [(m.start, m.end) for m in context.mentions_in(mentions, lo, end)]
        for m in TITLED_NAME.finditer(context.text, lo, end):
            if not any(a <= m.start() < b for a, b in known):
                return m.group(0)
        return None
    # The window's names are the whole text's that start in it (the last one read again
    # if the window cuts it); a name is known when it starts inside a person named.
    k = bisect_left(found.starts, end)
    whole = k if k == j or found.ends[k - 1] <= end else k - 1
    unknown = _unknown_titles(context)
    u = bisect_left(unknown, j)
    if u < len(unknown) and unknown[u] < whole:
        return found.matches[unknown[u]].group(0)
    if whole < k:
        for m in TITLED_NAME.finditer(context.text, found.starts[whole], end):
            if not _inside(context, m.start()):
                return m.group(0)
    return None


def possessive_stranger(claim: Claim, context: ArticleContext) -> str | None:
    """ "Cleary's majority was 1,840", in a sentence naming no seat: a capitalised name no
    person, party, seat or nation answers, owning the figure's measure (quoted), or None."""
    lo, end = claim.sentence_start, claim.start
    owner = _POSSESSIVE_MEASURE_BEFORE.search(context.text, max(lo, end - 60), end)
    if (
        owner is None
        or context.mentions_in(context.seat_mentions, lo, claim.sentence_end)
        or context.mentions_in(context.party_mentions, owner.start(1), owner.end(1))
        or context.people_in(owner.start(1), owner.end(1))
        or _NATION_NAMED.match(context.text, owner.start(1))
    ):
        return None
    return f"'{owner.group(1)}'"


# "Cleary's majority was 1,840": a capitalised name owning a result's measure.
_POSSESSIVE_MEASURE_BEFORE = lazy_compile(
    rf"(?<![\w.])([A-Z][a-z][\w-]*)(?:['’]s|(?<=s)['’])\s+(?:[a-z-]+\s+)?{_MEASURE_NOUN}\b"
    r"[^.;:,\d]*$"
)
# "..., and the Socialist a poor third on 15.8 per cent": an elided clause headed by "the"
# and a capitalised label, its figure hung on by "on" or "with".
_LABEL_SUBJECT_BEFORE = lazy_compile(
    r"(?:,|\band)\s+the\s+([A-Z][\w'’-]+)\s+(?:[a-z]+\s+){0,3}(?:on|with)\s+$"
)


def _inside(context: ArticleContext, offset: int) -> bool:
    """Whether a person named in the text (their mentions not overlapping) holds `offset`."""
    mentions = context.person_mentions
    i = bisect_right(context._starts(mentions), offset) - 1
    return i >= 0 and offset < mentions[i].end


def _unknown_titles(context: ArticleContext) -> list[int]:
    """The indexes of the titled names in the text that no person mention holds."""
    memo = context.__dict__
    if "_unknown_titles" not in memo:
        found = scan(TITLED_NAME, context.text, 0)
        memo["_unknown_titles"] = [
            i for i, m in enumerate(found.matches) if not _inside(context, m.start())
        ]
    return memo["_unknown_titles"]


def candidate_in(result: ElectionResult, name: str) -> Candidate | None:
    """The named candidate in a result, allowing one typing slip in a source's surname."""
    for c in result.candidates:
        if c.name and c.name.lower() == name.lower():
            return c
    first, last = name.split()[0], name.split()[-1]
    near = [
        c
        for c in result.candidates
        if c.name
        and (
            (c.name.split()[0] == first and one_slip_apart(c.name.split()[-1], last))
            or (c.name.split()[-1] == last and _one_edit(c.name.split()[0], first))
        )
    ]
    if len(near) == 1:
        return near[0]
    return _near_spelling(result, name)


def _near_spelling(result: ElectionResult, name: str) -> Candidate | None:
    """A name spelt another way in the source ("Zulfiqar Ali" for "Zulifiqar Ali"), or a
    short form of the forename with the same surname ("Liz" for "Elizabeth").

    Only among this contest's own candidates, and only when exactly one of them is near
    (rapidfuzz similarity at least `lx.NEAR_NAME_SCORE`, same initial letters): a near
    name picks between the contest's candidates, it never brings in anyone else.
    """
    from rapidfuzz import fuzz

    words = name.lower().split()
    near = []
    for c in result.candidates:
        if not c.name:
            continue
        theirs = c.name.lower().split()
        short = (
            (len(words[0]) >= 3 and words[0] in theirs[0])
            or (len(words[0]) >= 2 and theirs[0].startswith(words[0]))
            or theirs[0] in lx.FAMILIAR_FORENAMES.get(words[0], ())
            or words[0] in lx.FAMILIAR_FORENAMES.get(theirs[0], ())
        )
        if theirs[-1] == words[-1] and short:
            near.append(c)  # "Liz Leffman" for "Elizabeth Leffman", "Ed" for "Edward"
            continue
        if theirs[0][:1] != words[0][:1] or theirs[-1][:1] != words[-1][:1]:
            continue
        if fuzz.ratio(c.name.lower(), name.lower()) >= lx.NEAR_NAME_SCORE:
            near.append(c)
    return near[0] if len(near) == 1 else None


def stood_as(result: ElectionResult, party: str | None) -> str | None:
    """The party a figure of `party` is in `result`: its own, or the joint label it stood
    under there (`lexicon.JOINT_LABELS`), when it has no candidate of its own."""
    if party is None or any(c.party == party for c in result.candidates):
        return party
    for label, members in lx.JOINT_LABELS.items():
        if party in members and any(c.party == label for c in result.candidates):
            return label
    return party


def party_candidate(result: ElectionResult, party: str) -> Candidate | None:
    party = stood_as(result, party) or party
    found = [c for c in result.candidates if c.party == party]
    return found[0] if len(found) == 1 else None


# Who a sentence is about when it is a person, not a party: a name, "he"/"she", or a
# descriptor such as "the former Labour leader", "the veteran MP".
_PERSON_SUBJECT = lazy_compile(
    rf"\b(?:[Hh]e|[Ss]he)\b|\b(?:[Tt]he|[Aa])\s+(?:(?:{alternation(lx.PERSON_QUALIFIERS)})\s+)*"
    rf"(?:[A-Z][\w-]*\s+)?(?:{alternation(lx.PERSON_NOUNS)})\b"
)


def person_subject(claim: Claim, context: ArticleContext) -> Evidence | None:
    """The person a sentence is about, when one comes before any party that is not theirs."""
    start = claim.sentence_start
    # 'She added: "Labour won the seat twice"': a speaker is not the subject of the words.
    quoted = list(re.finditer(r"[:\"“]", context.text[start : claim.start]))
    if quoted:
        start += quoted[-1].end()
    text = context.text[start : claim.start]
    cues = [(m.start(), m.end()) for m in _PERSON_SUBJECT.finditer(text)]
    cues += [(m.start - start, m.end - start) for m in context.people_in(start, claim.start)]
    if not cues:
        return None
    first, end = min(cues)
    parties = [
        m
        for m in context.mentions_in(context.party_mentions, start, claim.start)
        if not first <= m.start - start < end
    ]
    if parties and parties[0].start - start < first:
        return None
    return Evidence(text[first:end], start + first, start + end, "candidate")


_RANKED = lazy_compile(
    # ("She added that the new MP took ...": a reported clause's own subject)
    rf"\s*(?:(?:[\w'’-]+\s+){{1,3}}(?:{alternation(lx.REPORTING_VERBS)})\s+that\s+)?"
    rf"(?:and\s+|with\s+|while\s+)?the\s+(?P<rank>{alternation(lx.RANK_SUBJECTS)})\b"
    r"(?:\s+[\w-]+){0,3}?\s+(?:on|with|took|polled|won|got|had|received|secured|scored)\s+"
    # ('the new MP took "almost 40% of the vote"': quoted, hedged)
    r"[\"“‘']?(?:just\s+|only\s+|almost\s+|nearly\s+|about\s+|around\s+|over\s+)?$",
    re.I,
)


def ranked_owner(claim: Claim, context: ArticleContext) -> int | None:
    """The place in the result of a candidate the figure's clause names by rank ("The
    winner took 17,440 votes", "with the runner-up on 16,728"): 0 for the winner."""
    start = _clause_start(context.text, claim.sentence_start, claim.start)
    m = _RANKED.fullmatch(context.text, start, claim.start)
    if m is None:
        text = context.text
        pair = _SECOND_OF_PAIR.search(
            text, max(claim.sentence_start, claim.start - 20), claim.start
        )
        if (
            pair is not None
            # (not a change: "Labour there dropped from 9.1 per cent to 5.2 per cent")
            and not _FROM_FIGURE.search(
                text, max(claim.sentence_start, pair.start() - 20), pair.start() + 1
            )
            and _PAIR_ENDS.match(text, claim.end, claim.sentence_end)
            and _last_verb_wins(text, claim.sentence_start, claim.start)
        ):
            # "won Bridgend by 1,157 votes, 43.1% to 40.3%", "defeated the Socialist,
            # polling 22,472 to 21,806": the runner-up's
            return 1
        if _MARGIN_THEN_SHARE.search(
            text, max(claim.sentence_start, claim.start - 40), claim.start
        ) and _last_verb_wins(text, claim.sentence_start, claim.start):
            # "beating the Conservative Luke Graham by 4,127 votes on 37.8 per cent": the
            # winner's share, set after the margin
            return 0
        return _pair_after_margin_rank(claim, context)
    return {k.lower(): v for k, v in lx.RANK_SUBJECTS.items()}[m.group("rank").lower()]


def _pair_after_margin_rank(claim: Claim, context: ArticleContext) -> int | None:
    """The place of a figure in the pair after a margin: "by 2,017 votes, 41.3% to 38.0%",
    "by 1,425 votes: 13,826 (43.5%) to 12,401 (39.0%)", "defeated X 13,826 (43.5%) to ...".

    Which side comes first follows the verb: after a win, or "lost it to X by N votes",
    the winner's figure first; after "lost by N votes", the loser's own. None when the
    figure is in no such pair or no verb says which.
    """
    text, lo = context.text, claim.sentence_start
    pair = _PAIR_AFTER_MARGIN.search(text, max(lo, claim.start - 90), claim.start)
    if pair is None:
        return None
    second = bool(pair.group("second") or pair.group("second_tally"))
    if not (second or pair.group("first_tally") or _FIRST_OF_PAIR.match(text, claim.end)):
        return None
    if _last_verb_wins(text, lo, claim.start) or _LOST_TO_BY.search(text, lo, claim.start):
        return 1 if second else 0
    if _LOST.search(text, lo, claim.start):
        return 0 if second else 1
    return None


# A margin, or the one beaten, then the pair of figures: the figure's side of it.
_PAIR_AFTER_MARGIN = lazy_compile(
    r"(?:\bby\s+[\d,]+\s+votes?[,:;]|\b(?:beat|beating|defeated|defeating)\s+[^\d,;:.()]{1,60}?)\s+"
    r"(?:(?P<first_tally>[\d,]+\s*\(\s*)"
    r"|(?P<second_tally>[\d,]+\s*\([\d.]+\s*(?:%|per\s?cent)\s*\)\s+to\s+[\d,]+\s*\(\s*)"
    r"|(?P<second>[\d.,]+(?:\s?%|\s*per\s?cent|\s+votes?)?\s+to\s+(?:just\s+|only\s+)?))?\Z",
    re.I,
)
_FIRST_OF_PAIR = lazy_compile(r"(?:\s?%|\s*per\s?cent)?\s+to\s+\d", re.I)
# "He lost it to Tania Mathias by 2,017 votes": the winner named, and then first.
_LOST_TO_BY = lazy_compile(
    r"\b(?:lost|losing)\s+(?:[\w'’-]+\s+){0,4}?to\s+[^,;.]{1,60}?\s+by\s+[\d,]+\s+votes?", re.I
)
_LOST = lazy_compile(r"\b(?:lost|loses|losing)\b", re.I)


# The second figure of a winner's pair, with no name of its own: "43.1% to 40.3%",
# "22,472 votes to 21,806".
_SECOND_OF_PAIR = lazy_compile(
    r"(?:\d(?:\s?%|\s*per\s?cent)\s+(?:to|against|over)"
    # (a count, not a year: "fell from 9.1 per cent in 2017 to 5.2 per cent" is no pair)
    r"|(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,]{2,}(?:\s+votes?)?\s+to)"
    r"\s+(?:just\s+|only\s+)?$",
    re.I,
)
_MARGIN_THEN_SHARE = lazy_compile(
    r"\bby\s+[\d,]+\s+votes?,?\s+(?:on|with)\s+(?:just\s+|only\s+|almost\s+|nearly\s+)?$", re.I
)
_FROM_FIGURE = lazy_compile(r"\bfrom\s+[\d.,]+$", re.I)
_PAIR_ENDS = lazy_compile(
    r"(?:\s?%|\s*per\s?cent)?\s*(?:[.;)]|,\s+(?!(?:for|by)\b)|$|\s+after\s+(?:a|the|two|three)\b)",
    re.I,
)
_WIN_VERB = lazy_compile(
    # ("overturned a majority of 9,798 to take Canterbury by 187 votes, 45.0 per cent to
    # 44.7 per cent": the infinitive's win)
    r"\b(?:(?:won|wins|win|held|holds|hold|gained|gains|gain|took|takes|take|beat|beats|"
    r"defeated|defeats|defeat|(?<=have\s)beaten|(?<=has\s)beaten|(?<=had\s)beaten)\b|"
    # ("Gower fell to the Conservatives by 27 votes, 15,862 to 15,835": the winner named)
    r"fell\s+to\s+(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)


def _last_verb_wins(text: str, start: int, end: int) -> bool:
    """Whether the last verb of winning or losing in text[start:end] is one of winning
    ("Frith, who won in 2017, lost by 21,555 votes to 21,660": the pair's second is the
    winner's; "Daly, who had lost before, beat Frith by ...": the runner-up's)."""
    wins = [m.start() for m in _WIN_VERB.finditer(text, start, end)]
    losses = [m.start() for m in _LOSS_VERB.finditer(text, start, end)]
    return bool(wins) and (not losses or wins[-1] > losses[-1])


_LOSS_VERB = lazy_compile(
    # ("would have beaten the Liberal Democrats": a win, not a loss)
    rf"\b(?:{alternation(lx.LOSS_VERBS)}|loses|losing|(?<!have\s)(?<!has\s)(?<!had\s)beaten|"
    r"defeated\s+by)\b",
    re.I,
)


_ROLE = lazy_compile(
    rf"\b[Tt]he\s+(?P<past>(?:former|outgoing|ex-|then)\s*)?(?P<party>[A-Z][\w-]*\s+)?"
    rf"(?P<role>{alternation(lx.LEADER_ROLES)})\b"
)


def role_person(context: ArticleContext, start: int, end: int) -> Mention | None:
    """A leader named by role in text[start:end] ("the former SNP leader", "the prime
    minister's share"): the one leader who stood in the seats the article names (and is
    of the party the phrase names, if any)."""
    m = _ROLE.search(context.text, start, end)
    if m is None:
        return None
    return _role_of(context, m)


def _role_person_at(context: ArticleContext, start: int, end: int, within: int) -> Mention | None:
    """`role_person(context, start, end)` when its phrase starts at most `within` characters
    after `start`, else None: only those places are tried."""
    for at in range(start, start + within + 1):
        m = _ROLE.match(context.text, at, end)
        if m is not None:
            return _role_of(context, m)
    return None


def _role_of(context: ArticleContext, m: re.Match[str]) -> Mention | None:
    party = None
    if m.group("party"):
        named = context.mentions_in(context.party_mentions, m.start("party"), m.end("party"))
        if not named:
            return None
        party = named[0].id
    # The leaders who stood in the seats named, by party: the same for every claim.
    memo = context.__dict__.setdefault("_role_leaders", {})
    if party not in memo:
        seats = {x.id for x in context.seat_mentions}
        memo[party] = [
            p
            for p in context.people.values()
            if p.leader_terms
            and any(seat in seats for _, seat in p.candidacies)
            and (party is None or p.party == party)
        ]
    found = memo[party]
    when = context.info.date
    if len(found) > 1 and when is not None and not m.group("past"):
        # "the prime minister" in a 2024 report where a past leader also stood in a seat
        # named (Hague in the old Richmond seat): the one in office on the article's date.
        found = [p for p in found if any(a <= when <= b for a, b in p.leader_terms)]
    if len(found) != 1:
        return None
    p = found[0]
    return Mention(m.start(), m.end(), "person", p.name, m.group(0), party=p.party, is_leader=True)
