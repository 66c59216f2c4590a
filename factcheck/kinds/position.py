"""position: "came third", "finished in second place", "pushing Labour into third place".

The place of a candidate or party in a contest's result, counted from the official votes
(most votes first). Who finished there is the clause's subject before the verb ("the
Conservative Paul Bristow came third"), or the object pushed ("pushing the Tories into
third"); a figure after it ("came third with 1,480") is another kind's claim.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from factcheck.claims import Claim, Finding, Qualifier, Quantity, Verdict
from factcheck.kinds import base, ordinal
from factcheck.kinds.examples import Example
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.quantities import WORDS
from factcheck.language.sentences import Sentence, lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "position"
CODE = "FC122"
SUMMARY = "the place a candidate or party finished in"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("count",)
RULE = (
    "The place a candidate or party finished in at the contest, counted from the official "
    "votes (most votes first); candidates level on votes share the places they span. Who "
    "finished there is the clause's subject, or the party pushed into the place. A result that "
    "does not list every candidate, or a place in a poll or another contest, is unverifiable."
)
EXAMPLES = (
    Example(
        "Sarah Green won Chesham and Amersham. The Green Party came third with 1,480 votes.",
        "third",
        "true",
        official="3",
        date="2021-06-18",
    ),
    Example(
        "Sarah Green won Chesham and Amersham. The Green Party came second with 1,480 votes.",
        "second",
        "false",
        official="3",
        date="2021-06-18",
    ),
)
PRECEDENCE = 87
# Words one of which must be in the text for this kind to match.
TRIGGERS = (
    "came", "come", "finish", "ended", "placed", "place", "trail", "was ", "were ", "into", "to ",
    "second", "third", "fourth", "fifth", "sixth", "last",
)  # fmt: skip
_FINISH = alternation(lx.FINISH_VERBS)
_PUSH = alternation(lx.PUSH_VERBS)
_ADJ = (
    r"(?:(?:a|an)\s+)?(?:(?:distant|close|poor|respectable|disappointing|humiliating|strong)\s+)?"
)
# "slumped to third", "was pushed into third place": the subject before the verb moved there.
_FELL = (
    r"(?:slumped|fell|dropped|slipped|sank|crashed|(?:was|were|been)\s+(?:pushed|relegated|"
    r"beaten|knocked|forced))\s+(?:back\s+|down\s+)?(?:in)?to"
)
_PATTERN = lazy_compile(
    rf"\b(?P<verb>{_FINISH}|{_FELL})\s+(?:up\s+)?(?:in\s+)?{_ADJ}{ordinal.ORDINAL}(?:\s+place)?"
    rf"(?!\s+(?:time|round|count|term|victory|win|successive|consecutive|by-?election|general))"
    rf"|\b(?P<push>{_PUSH})\s+(?P<obj>[^,.;]{{2,60}}?)\s+(?:in)?to\s+(?:a\s+)?{_ADJ}"
    rf"{ordinal.ORDINAL.replace('(?P<n>', '(?P<n2>')}(?:\s+place)?\b"
    # "the third-placed Conservatives", "second-place Tory candidate X": the one named after it.
    rf"|{ordinal.ORDINAL.replace('(?P<n>', '(?P<n3>')}[- ]placed?\s+(?P<obj2>[^,.;]{{2,50}})",
    re.I,
)
# "with UKIP's Matthew Cooke a distant second on 8,194": the verb elided after a name. Read
# back from each "on"/"with" and a figure (see `_figures_after_on`; a pattern opening on an
# ordinal or on a run of capitalised words is tried at every word): the place, the name.
_ELIDED_PLACE = lazy_compile(rf"{ordinal.ORDINAL}[ \t]+(?:place[ \t]+)?$", re.I)
_PLACE_WORDS = frozenset(k for k, v in lx.ORDINALS.items() if 1 < v <= 20)
# The name and the judging words before an elided place: "UKIP's Matthew Cooke a distant ".
_ELIDED_NAME_BEFORE = lazy_compile(rf"(?P<obj>(?:[A-Z][\w'’.-]*[ \t]+){{1,4}})(?i:{_ADJ})$")


# "came first" is a place only with a result after it: "came first with 12,000 votes".
_FIRST_PLACE = lazy_compile(
    r"\s+(?:place\b|with\b|on\s+\d|in\s+the\s+(?:by-?election|election|count|contest|seat|"
    r"constituency)\b)",
    re.I,
)
# "second in the party's selection race", "third in the polls": another ranking.
_OTHER_RACE = lazy_compile(
    r"(?:\s+place)?\s+(?:in|among|of)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:selection|leadership|poll|polls|survey|hustings|primary|shortlist|league|table|"
    r"ranking|rankings|nationally|list|race\s+to\s+(?:be|become))\b",
    re.I,
)


# "came third once", "finished second three times": a count of places, not one contest's.
_HOW_OFTEN = lazy_compile(
    r"(?:\s+place)?\s+(?:once|twice|thrice|\w+\s+times|on\s+\w+\s+occasions)\b", re.I
)


# "the Greens came second in all four", "third in each of them": a place in several
# contests at once, not one contest's.
_IN_SEVERAL = lazy_compile(
    rf"(?:\s+place)?\s+in\s+(?:{alternation(lx.SEVERAL_CONTEST_WORDS)})\b", re.I
)


def _figures_after_on(text: str) -> list[int]:
    """Where " on " or " with " stands before a figure, in text order (found with
    `str.find`: a pattern scan of the whole text costs more than the rest of the kind)."""
    found = []
    for word in (" on", " with"):
        at = text.find(word)
        while at >= 0:
            # (one space or a line break before the figure: "fifth with⏎1,472")
            after = text[at + len(word) : at + len(word) + 2]
            if after[:1] in (" ", "\n") and after[1:].isdigit():
                found.append(at + 1)
            at = text.find(word, at + 1)
    return sorted(found)


def extract(text: str, sentences: list[Sentence]) -> list[Claim]:
    claims = []
    # (only the sentences holding a word the pattern needs, and an ordinal: every match has one)
    for s in ordinal.sentences_with(text, base.sentences_holding(_PATTERN, text, sentences)):
        for m in _PATTERN.finditer(text, s.start, s.end):
            group = next(g for g in ("n", "n2", "n3") if m.group(g))
            value = ordinal.ordinal_value(m.group(group))
            if value is None or value > 20:
                continue
            after = text[m.end(group) : m.end(group) + 60]
            if (
                m.group("verb")
                and m.group("verb").lower() in ("was", "were")
                and not re.match(r"\s+place", after)
                and not (value > 1 and _FIRST_PLACE.match(after))
            ):
                # "was second" alone may be a ranking of anything; "was third with 3,686"
                # has the result after it.
                continue
            if value == 1 and not _FIRST_PLACE.match(after):
                continue  # "her constituents always came first": an idiom without a result
            if _OTHER_RACE.match(after) or _HOW_OFTEN.match(after) or _IN_SEVERAL.match(after):
                continue  # "finished second in the selection race": not this contest's result
            start, end = m.start(group), m.end(group)
            q = Quantity(value=value, as_written=m.group(group), unit="count",
                         qualifier=Qualifier.EXACT)  # fmt: skip
            cues = {"at": str(m.start())}
            if m.group("push"):
                cues |= {"obj_start": str(m.start("obj")), "obj_end": str(m.end("obj"))}
            if m.group("obj2"):
                cues |= {"obj_start": str(m.start("obj2")), "obj_end": str(m.end("obj2")),
                         "first": "1"}  # fmt: skip
            claims.append(Claim(NAME, q, start, end, text[start:end], s.start, s.end, cues))
    taken = {c.start for c in claims}
    starts = [x.start for x in sentences]
    for on in _figures_after_on(text):
        i = bisect_right(starts, on) - 1
        if i < 0:
            continue
        s = sentences[i]
        # (the word before, past "place": most figures after "on"/"with" have none there)
        words = text[max(s.start, on - 30) : on].split()
        if words and words[-1].lower() == "place":
            words.pop()
        if not words or words[-1].lower() not in _PLACE_WORDS:
            continue
        m = _ELIDED_PLACE.search(text, max(s.start, on - 30), on)
        if m is None or m.start() in taken:
            continue
        value = ordinal.ordinal_value(m.group("n"))
        if value is None or not 1 < value <= 20:
            continue
        named = _ELIDED_NAME_BEFORE.search(text, max(s.start, m.start() - 80), m.start())
        if named is None:
            continue
        q = Quantity(value=value, as_written=m.group("n"), unit="count",
                     qualifier=Qualifier.EXACT)  # fmt: skip
        cues = {"at": str(named.end()), "obj_start": str(named.start("obj")),
                "obj_end": str(named.end("obj"))}  # fmt: skip
        a, b = m.span("n")
        claims.append(Claim(NAME, q, a, b, text[a:b], s.start, s.end, cues))
    return sorted(claims, key=lambda c: c.start)


_SEGMENT_BREAK = lazy_compile(
    r"(?<!\d),|,(?!\d)|[;:(]|\s[–—-]\s|\b(?:and|while|whereas|but|as)\b"
    # ("Labour's own leaflet says that the Lib Dems came third": a reported clause)
    r"|\bthat\b(?=\s+(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)
# A subject of its own, a common noun phrase that is no party or person named: "an
# independent came", "a local businessman finished" (not "the party came": it refers back).
_UNNAMED_SUBJECT = lazy_compile(
    # ("..., after an independent candidate campaigning on Gaza came second")
    r"\s*(?:(?:after|before|when|once|until)\s+)?(?:an?|another)\s+(?:[a-z][\w'’-]*\s+){1,3}?"
    r"(?:[a-z]+ing\s+(?:[\w'’-]+\s+){0,3}?)?"
    r"(?:(?:came|finished|was|ended\s+up|ended|trailed)\s+(?:a\s+|in\s+)?)?$"
)
_RELATIVE = lazy_compile(r"\s*(?:who|which|that|whose|whom)\b", re.I)
# An aside opened by a participle ("Molly Scott Cato, standing with Liberal Democrat
# support, finished third"): like a relative clause, it names no one who finished.
_PARTICIPLE_ASIDE = lazy_compile(r"\s*[a-z]+ing\b(?!\s+(?:to|into)\b)")
# "UKIP's Neil Hamilton, a former Conservative MP, came third": a noun phrase describing
# the person before it, whose party words are their past or their role, not the subject.
_ROLE_APPOSITION = lazy_compile(
    r"\s*(?:a|an)\s+(?:[\w'’-]+\s+){0,4}?"
    rf"(?:{alternation([*lx.PERSON_NOUNS, *lx.OFFICE_TITLES, *lx.BACK_REFERENCE_NOUNS])})s?[\s,]*$",
    re.I,
)


def _who(claim: Claim, context: ArticleContext):
    """The person mention or party id that finished in the place, or (None, None).

    The object pushed ("pushing the Tories into third"); "he"/"she"; for "who came second"
    the name the relative clause hangs on; else the subject of the verb's clause, found by
    walking back over its segments past appositives and relative clauses ("Maria
    Hutchings, who was runner-up to Mr Huhne in 2010, came third"): the first person
    named in the nearest segment that names anyone, else its first party.
    """
    text = context.text
    if "obj_start" in claim.cues:
        lo, hi = int(claim.cues["obj_start"]), int(claim.cues["obj_end"])
        return _named_in(context, lo, hi, first=True)
    hi = int(claim.cues["at"])
    breaks = list(_SEGMENT_BREAK.finditer(text, claim.sentence_start, hi))
    cuts = [claim.sentence_start] + [m.end() for m in breaks]
    segments = [(a, b) for a, b in zip(cuts, [*cuts[1:], hi], strict=True) if b > a]
    # A relative clause runs on past "and" up to its closing comma ("The Liberal Democrats,
    # who took Tiverton and Honiton from the Conservatives ..., finished seventh"): its
    # later pieces name no one who finished either.
    in_relative: set[tuple[int, int]] = set()
    opened = False
    for (a, b), m in zip(segments, [None, *breaks], strict=False):
        if m is not None and m.group(0).strip() in (",", ";", ":", "(", "–", "—", "-"):
            opened = False  # (a clause break closes it; "and" does not)
        if _RELATIVE.match(text[a:b]):
            opened = True
        if opened:
            in_relative.add((a, b))
    if not segments:
        return None, None
    own_lo, _ = segments[-1]
    if _UNNAMED_SUBJECT.match(text, own_lo, hi):
        # "..., and an independent came second": the clause has a subject of its own that
        # names no one the record knows; the place is not the earlier clause's subject's.
        return None, None
    if re.search(r"\b(?:he|she)\s+$", text[own_lo:hi], re.I):
        return subj.pronoun_person(claim, context), None
    if _RELATIVE.match(text[own_lo:hi]):
        # "lost to James Grundy, who came second": the name the clause hangs on.
        for a, b in reversed(segments[:-1]):
            found = _named_in(context, a, b, first=False)
            if found != (None, None):
                return found
        return None, None
    for a, b in reversed(segments):
        if (a, b) != segments[-1] and (
            (a, b) in in_relative
            or _PARTICIPLE_ASIDE.match(text[a:b])
            or _ROLE_APPOSITION.match(text[a:b])
            # ("Reform UK, not the Conservatives, finished second": the one denied)
            or _NOT_APPOSITION.match(text, a, b)
        ):
            continue
        found = _named_in(context, a, b, first=True)
        named_at = (
            found[0].start
            if found[0] is not None
            else next(
                (m.start for m in context.mentions_in(context.party_mentions, a, b)),
                None,
            )
        )
        if named_at is not None and _LOST_TO_BEFORE.search(text, a, named_at):
            # "..., and then lost to Labour's Catherine Atkinson last July, finishing
            # second": the winner the subject lost to did not finish second.
            continue
        if found != (None, None):
            return found
    return None, None


_NOT_APPOSITION = lazy_compile(r"\s*(?:and\s+|but\s+)?not\s+(?:the\s+)?[A-Z]")
_LOST_TO_BEFORE = lazy_compile(
    r"\b(?:lost|losing|loses)\s+(?:(?:the\s+seat|it|narrowly|heavily)\s+)?to\s+"
    r"(?:[\w'’-]+\s+){0,2}$"
    r"|\b(?:beaten|defeated|ousted|unseated)\s+by\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)


def _named_in(context: ArticleContext, lo: int, hi: int, *, first: bool):
    """The person (preferred) or party named in text[lo:hi]: the first, or the last."""
    parties = context.mentions_in(context.party_mentions, lo, hi)
    # "the Green candidate": a party's name read as a candidate's surname is the party.
    people = [
        p
        for p in context.people_in(lo, hi)
        if not any(q.start == p.start and q.end == p.end for q in parties)
    ]
    if people:
        return (people[0] if first else people[-1]), None
    if parties:
        return None, (parties[0] if first else parties[-1]).id
    return None, None


_BEAT_TO = lazy_compile(
    r"\b(?:narrowly\s+|just\s+)?(?:beat|beating|pipped|pipping|edged\s+out)\s+(?:the\s+)?"
    r"[\w'’ -]{1,40}?\s+to\s+(?:the\s+)?$",
    re.I,
)


# "second in a great many seats", "third in 98 constituencies", "second in most seats".
_IN_MANY_SEATS = lazy_compile(
    rf"\s*(?:place\s+)?in\s+(?:a\s+great\s+many|a\s+(?:large\s+)?number\s+of|many|most|"
    rf"several|dozens\s+of|scores\s+of|hundreds\s+of|more\s+than\s+\S+|over\s+\S+|\d+|{WORDS})"
    r"\s+(?:[\w-]+\s+)?(?:seats|constituencies)\b",
    re.I,
)


# After a seat's name, the verb that ranks it: "Rayleigh and Wickford comes second".
_SEAT_RANKED = lazy_compile(r"\s+(?:comes|came|is|was|ranks|ranked|sits|sat|stands)\s+", re.I)
_RANKED_MEASURE = lazy_compile(r"\b(?:majority|majorities|swing|turnout|margin)\b", re.I)


def verify(claim: Claim, context: ArticleContext) -> Finding:
    if (
        subj.is_poll_or_forecast(claim, context)
        or ordinal.in_other_contest(claim, context.text)
        # ("The Conservatives were fourth with 10.9%" after a sentence on the European count)
        or subj.other_contest_near(claim, context)
    ):
        return base.unverifiable(claim, "a place in a poll or another kind of contest")
    if subj.in_several_places(claim, context):
        # "Reform UK came second in over half of Greater Manchester's constituencies"
        return base.unverifiable(claim, "a place in several contests at once: not checked")
    tail = re.split(r"[,;:]|\s[–—-]\s", context.text[claim.end : claim.sentence_end])[0]
    if _IN_MANY_SEATS.match(tail):
        # "Reform came second in a great many seats": a count of places over seats.
        return base.unverifiable(claim, "a place in many seats at once, not one seat's")
    seat_first = context.mentions_in(
        context.seat_mentions, max(claim.sentence_start, claim.start - 60), claim.start
    )
    if (
        seat_first
        and _SEAT_RANKED.fullmatch(context.text, seat_first[-1].end, claim.start)
        and _RANKED_MEASURE.search(context.text, claim.end, claim.sentence_end)
    ):
        # "Mark Francois's Rayleigh and Wickford comes second, with a majority of 31,000":
        # a seat's rank in a table of majorities, not a candidate's place in its contest.
        return base.unverifiable(claim, "a seat's rank among seats by a measure: not checked")
    if re.search(r"\bnotional\b", tail):
        # "a close second on the notional figures for 2005": a place in an estimate.
        return base.unverifiable(claim, f"the place is given at another contest ('{tail.strip()}')")
    person, party = _who(claim, context)
    beat = _BEAT_TO.search(context.text, claim.sentence_start, claim.start)
    if beat is not None:
        # "Reform UK narrowly beat the Conservatives to third place": the one who beat
        # them took the place ("beat them into third" is left to `_who`).
        before = context.mentions_in(context.party_mentions, claim.sentence_start, beat.start())
        people = context.people_in(claim.sentence_start, beat.start())
        if people:
            person, party = people[-1], people[-1].party
        elif before:
            person, party = None, before[-1].id
    if person is None and party is None:
        return base.unverifiable(claim, "who finished in this place is not named")
    resolved = subj.resolve_result(claim, context, person=person)
    if isinstance(resolved, str):
        return base.unverifiable(claim, resolved)
    primary = _judge_at(claim, context, resolved, person, party)
    others = []
    focus = context.focus.get(resolved.seat)
    if resolved.explicit and focus is not None and focus.id != resolved.election.id:
        # "X, who was runner-up in 2010, came third": a year in another clause may not
        # be the contest the place is in; the contest the article reports is a reading too.
        result = context.result_for(resolved.seat, focus)
        if result is not None:
            at = subj.ResultSubject(resolved.seat, focus, result, "the contest the article reports")
            others.append(_judge_at(claim, context, at, person, party))
    return base.over_readings(claim, *primary, others)


def _judge_at(claim, context, resolved, person, party):
    """The verdict if the place is in this contest's result, with its reading."""
    ids = resolved.ids(party=party)

    def done(finding: Finding):
        return finding, base.reading_of(finding, ids, resolved.evidence)

    ranked = derive.ranked(context.reference, resolved.result)
    if resolved.result.partial or len(ranked) != len(resolved.result.candidates):
        return done(base.unverifiable(claim, "the official result does not list every candidate"))
    if person is not None:
        name = context.people[person.id].name if person.id in context.people else person.id
        found = subj.candidate_in(resolved.result, name)
        who = name
        if found is None and not any(c.name for c in resolved.result.candidates) and person.party:
            found = subj.party_candidate(resolved.result, person.party)
        if found is None:
            return done(base.unverifiable(claim, f"{name} is not in the official result"))
    else:
        found = subj.party_candidate(resolved.result, party)
        who = subj.party_label(context, party)
        if found is None:
            return done(base.unverifiable(claim, f"{who} had no single candidate in the result"))
    place = next(i for i, c in enumerate(ranked, 1) if c is found)
    tied = [c for c in ranked if c.votes == found.votes]
    value = int(claim.quantity.value)
    lo = next(i for i, c in enumerate(ranked, 1) if c.votes == found.votes)
    ok = lo <= value < lo + len(tied)
    return done(
        Finding(
            claim,
            Verdict.TRUE if ok else Verdict.FALSE,
            f"official: {who} finished {_ordinal(place)} with {found.votes:,} votes",
            rule="a place must match the official order",
            subject=subj.describe(context, resolved, f"{who}'s place"),
            actual=place,
            source=subj.cite(context, resolved),
        )
    )


def _ordinal(n: int) -> str:
    names = {v: k for k, v in lx.ORDINALS.items()}
    return names.get(n, f"{n}th")
