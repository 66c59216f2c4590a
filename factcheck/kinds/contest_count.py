"""contest_count: "15 candidates were standing", "the first by-election of this parliament".

- The number of candidates at a contest is counted from its official result (a result
  that lists only some candidates, or lumps "others" together, cannot settle it).
- A by-election's place in its parliament is counted over the by-elections since the
  general election before it, where the coverage says the record holds every one (the
  official files, from 2010; the 2005 and February 1974 parliaments); by-elections held on
  the same day share the places they span.
- A person's own count of elections ("my fifth general election") is not settled: the
  record names candidates only from 2010.
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.claims import Claim, Finding, Qualifier, Quantity, Verdict
from factcheck.kinds import base, history, ordinal
from factcheck.kinds.examples import Example
from factcheck.kinds.records import _current_by_election, by_election_source
from factcheck.language.sentences import Sentence, lazy_compile
from factcheck.reference import coverage, derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "contest_count"
CODE = "FC120"
SUMMARY = "how many candidates stood, or which by-election of a parliament it was"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("count",)
RULE = (
    "The number of candidates at a contest, counted from its official result (one that lists "
    "only some candidates cannot settle it); or a by-election's place in its parliament, "
    "counted over the by-elections since the general election before it, where the coverage "
    "says the record holds every one (from 2005; by-elections on the same day share the places "
    "they span). A person's "
    "own count of elections is unverifiable."
)
EXAMPLES = (
    Example(
        "Lisa Forbes held Peterborough for Labour. In all, 15 candidates stood.",
        "15",
        "true",
        official="15",
        date="2019-06-07",
    ),
    Example(
        "Lisa Forbes held Peterborough for Labour. In all, 16 candidates stood.",
        "16",
        "false",
        official="15",
        date="2019-06-07",
    ),
)
PRECEDENCE = 88
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("candidates", "election")
# The window a count of by-election defeats runs over: the parliament, or a vague "recent
# months", which is read as the parliament and never makes a count false.
_PARLIAMENT = lazy_compile(r"\b(?:this|the\s+current|the\s+present)\s+parliament\b|"
                           r"\bsince\s+the\s+(?:last\s+)?general\s+election\b", re.I)  # fmt: skip
_RECENT = lazy_compile(
    r"\b(?:last|past|recent)\s+(?:few\s+|several\s+|\d+\s+|\w+\s+)?(?:months|weeks|year)\b"
    r"|\bthis\s+year\b|\brecent(?:ly)?\b",
    re.I,
)
_BY = r"by[- ]?elections?"
_STANDING = (
    r"(?:were\s+|are\s+|had\s+)?(?:standing|stood|stand|ran|running|contested|contesting|"
    r"fought|took\s+part|on\s+the\s+ballot(?:\s+paper)?|in\s+the\s+(?:race|running|field))\b"
    r"(?!\s+(?:down|aside|against\s+each|for\s+(?:the\s+)?(?:council|mayor|leadership)))"
)
_BEAT = (
    r"defeated|beaten|beat|ousted|unseated|taken\s+(?:a\s+)?seats?\s+from|gained\s+(?:a\s+)?seats?\s+from|"
    r"won\s+(?:a\s+)?seats?\s+from|seized\s+(?:a\s+)?seats?\s+from"
)
_PATTERN = lazy_compile(
    rf"{ordinal.CARDINAL}\s+candidates\s+{_STANDING}"
    rf"|\bfield\s+of\s+{ordinal.CARDINAL.replace('(?P<n>', '(?P<n2>')}\s+candidates\b"
    rf"|\b(?:the|its)\s+{ordinal.ORDINAL.replace('(?P<n>', '(?P<n3>')}\s+(?P<by>{_BY})\s+"
    rf"(?:of|in|since)\s+(?:this|the\s+(?:current|new|present|last|latest)|the\s+general\s+election)"
    rf"(?:\s+parliament)?"
    rf"|\b(?P<own>my|his|her)\s+{ordinal.ORDINAL.replace('(?P<n>', '(?P<n4>')}\s+"
    rf"(?:general\s+)?elections?\b"
    # "the third time the party has defeated the Tories in by-elections in the last few months"
    rf"|\bthe\s+{ordinal.ORDINAL.replace('(?P<n>', '(?P<n5>')}\s+time\s+(?:that\s+)?"
    rf"(?P<who>[^,.;]{{1,40}}?)\s+(?:has|have|had)\s+(?:now\s+)?(?:{_BEAT})\s+"
    rf"(?P<loser>[^,.;]{{1,40}}?)\s+(?:in|at)\s+(?:a\s+)?{_BY}(?P<window>[^.;]{{0,60}})",
    re.I,
)


def extract(text: str, sentences: list[Sentence]) -> list[Claim]:
    claims = []
    # (only the sentences holding a word the pattern needs, and a count or an ordinal:
    # every match has one)
    holding = base.sentences_holding(_PATTERN, text, sentences)
    for s in ordinal.sentences_with(text, holding, counts=True):
        for m in _PATTERN.finditer(text, s.start, s.end):
            group = next(g for g in ("n", "n2", "n3", "n4", "n5") if m.group(g))
            value = ordinal.ordinal_value(m.group(group))
            if value is None:
                continue
            start, end = m.start(group), m.end(group)
            q = Quantity(value=value, as_written=m.group(group), unit="count",
                         qualifier=Qualifier.EXACT)  # fmt: skip
            what = "own" if m.group("own") else "by" if m.group("by") else "candidates"
            cues = {"what": what}
            if m.group("n5"):
                cues = {
                    "what": "defeats",
                    "window": m.group("window") or "",
                    "who": f"{m.start('who')}:{m.end('who')}",
                    "loser": f"{m.start('loser')}:{m.end('loser')}",
                }
            claims.append(Claim(NAME, q, start, end, text[start:end], s.start, s.end, cues))
    return claims


def verify(claim: Claim, context: ArticleContext) -> Finding:
    what = claim.cues.get("what")
    if what == "own":
        return base.unverifiable(
            claim,
            "a person's own count of elections: the record names candidates only from "
            f"{history.names_from(context)}",
        )
    if what == "by":
        return _by_election_place(claim, context)
    if what == "defeats":
        return _defeats(claim, context)
    return _candidates(claim, context)


# "are standing", "will contest", "on the ballot paper": candidates of a contest to come.
_UPCOMING = lazy_compile(
    r"\b(?:are|is)\s+(?:now\s+)?(?:standing|contesting|running|on\s+the\s+ballot)"
    r"|\bwill\s+(?:be\s+)?(?:stand|contest|run|on\s+the\s+ballot)"
    r"|\b(?:are|have\s+been)\s+nominated\b|\bhave\s+put\s+(?:their|themselves)",
    re.I,
)
# How long before polling day the candidates standing are known.
_NOMINATIONS_BEFORE = dt.timedelta(days=42)


def _candidates(claim: Claim, context: ArticleContext) -> Finding:
    if subj.is_poll_or_forecast(claim, context) or ordinal.in_other_contest(claim, context.text):
        return base.unverifiable(claim, "candidates in a poll or another kind of contest")
    resolved = subj.resolve_result(claim, context)
    if isinstance(resolved, str):
        return base.unverifiable(claim, resolved)
    when = context.info.date
    lead = context.text[claim.sentence_start : claim.sentence_end]
    if when is not None and _UPCOMING.search(lead) and not resolved.explicit:
        # "Fourteen candidates are standing" in a preview: the seat's next contest after the
        # article's date (nominations close weeks before polling day), not the last one.
        upcoming = [
            c
            for c in derive.contests(context.reference, resolved.seat)
            # (on polling day itself too: "Polls have closed. Thirteen candidates are on the
            # ballot paper")
            if when <= c.election.date <= when + _NOMINATIONS_BEFORE
        ]
        if not upcoming:
            return base.unverifiable(
                claim, "the candidates standing at a contest after the article's date"
            )
        contest = upcoming[0]
        result = context.reference.result(contest.election.id, contest.constituency)
        if result is None:
            return base.unverifiable(claim, "no result for the contest after the article's date")
        resolved = subj.ResultSubject(
            contest.constituency, contest.election, result, "the contest the article previews"
        )
    result = resolved.result
    if result.partial or len(derive.ranked(context.reference, result)) != len(result.candidates):
        return base.unverifiable(claim, "the official result does not list every candidate")
    n = len(result.candidates)
    return base.judged(
        claim,
        n,
        context,
        subject=subj.describe(context, resolved, "number of candidates"),
        source=subj.cite(context, resolved),
        official=f"{n} candidates",
        shown=n,
    )


def _upcoming_by_election(claim: Claim, context: ArticleContext):
    """In a preview, the one by-election the article names that is held within weeks after
    its date, when the claim's sentence names no seat before the figure ("The contest is the
    third by-election of this parliament, after Hartlepool and ..."). Its place in the
    parliament is known before polling day, whoever wins."""
    when = context.info.date
    if when is None or context.mentions_in(
        context.seat_mentions, claim.sentence_start, claim.start
    ):
        return None
    upcoming = {
        e.id: e
        for m in context.seat_mentions
        for e in context.reference.by_elections(m.id)
        if when < e.date <= when + _NOMINATIONS_BEFORE and context._names_by_election(m.id)
    }
    return next(iter(upcoming.values())) if len(upcoming) == 1 else None


def _by_election_place(claim: Claim, context: ArticleContext) -> Finding:
    current = _upcoming_by_election(claim, context) or _current_by_election(claim, context)
    if current is None or current.kind != "by-election":
        return base.unverifiable(claim, "which by-election the claim is about is unclear")
    generals = [e for e in context.reference.general_elections() if e.date < current.date]
    if not generals:
        return base.unverifiable(claim, "no general election before it in the record")
    since = generals[-1]
    gap = coverage.gap_reason(context.reference, since.date, current.date)
    if gap:
        return base.unverifiable(claim, gap)
    held = [e for e in context.reference.by_elections() if since.date < e.date <= current.date]
    before = sum(1 for e in held if e.date < current.date)
    same_day = sum(1 for e in held if e.date == current.date)
    lo, hi = before + 1, before + same_day
    value = int(claim.quantity.value)
    ok = lo <= value <= hi
    places = f"{lo}" if lo == hi else f"{lo} to {hi} (by-elections on the same day)"
    listed = ", ".join(subj.election_label(e) for e in held[:-1][-3:]) or "none"
    return Finding(
        claim,
        Verdict.TRUE if ok else Verdict.FALSE,
        f"official: place {places} among the by-elections since the {since.date.year} "
        f"general election (the ones before it: {listed})",
        rule="a count must match exactly",
        subject=f"{subj.election_label(current)}: its place in the parliament",
        actual=lo,
        source=by_election_source(context),
    )


def _defeats(claim: Claim, context: ArticleContext) -> Finding:
    """ "the third time the party has defeated the Tories in by-elections this parliament".

    The count runs to the by-election the article reports (its main seat's), not to one
    the sentence lists among the earlier defeats.
    """
    main = context.main_seat()
    current = context.focus.get(main) if main else None
    current = current or _current_by_election(claim, context)
    if current is None or current.kind != "by-election":
        return base.unverifiable(claim, "which by-election the count runs to is unclear")

    def party_in(span: str) -> str | None:
        lo, hi = (int(x) for x in span.split(":"))
        found = context.mentions_in(context.party_mentions, lo, hi)
        return found[-1].id if found else None

    changes = derive.by_election_changes(context.reference)
    now = [c for c in changes if c.election.id == current.id]
    if not now:
        return base.unverifiable(claim, f"the {subj.election_label(current)} was not a gain")
    winner = party_in(claim.cues["who"]) or now[0].winner
    loser = party_in(claim.cues["loser"]) or now[0].previous
    window = claim.cues.get("window", "")
    explicit = _PARLIAMENT.search(window)
    if not explicit and not _RECENT.search(window):
        gap = coverage.gap_reason(context.reference, dt.date.min, current.date)
        return base.unverifiable(claim, f"a count over all by-elections: {gap or 'unbounded'}")
    generals = [e for e in context.reference.general_elections() if e.date < current.date]
    if not generals:
        return base.unverifiable(claim, "no general election before it in the record")
    since = generals[-1]
    gap = coverage.gap_reason(context.reference, since.date, current.date)
    if gap:
        return base.unverifiable(claim, gap)
    wins = [
        c
        for c in changes
        if since.date < c.election.date <= current.date
        and c.winner == winner
        and c.previous == loser
    ]
    n = len(wins)
    listed = ", ".join(
        f"{subj.seat_label(context, c.election.constituency)} ({c.election.date:%B %Y})"
        for c in wins
    )
    w, l_ = subj.party_label(context, winner), subj.party_label(context, loser)
    official = f"{n} {w} by-election gains from {l_} since the {since.date.year} general election"
    official += f": {listed}" if listed else ""
    if n != int(claim.quantity.value) and not explicit:
        return base.unverifiable(
            claim, f"{official}; the window ('{window.strip()}') is vague, read as the parliament"
        )
    return Finding(
        claim,
        Verdict.TRUE if n == int(claim.quantity.value) else Verdict.FALSE,
        f"official: {official}",
        rule="a count must match exactly",
        subject=f"{w} by-election gains from {l_} this parliament",
        actual=n,
        source=by_election_source(context),
    )
