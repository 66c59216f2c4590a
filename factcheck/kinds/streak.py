"""streak: "his seventh successive victory", "a second consecutive win for Labour in the seat".

The run of consecutive wins in the seat ending at the contest meant (a year in the
clause, else the contest the article reports):
- a party's: its unbroken run of wins in the seat's lineage, counted with by-elections
  or without (either reading is true); where the coverage says by-elections may be
  missing from the record, one could break or extend the run, so a count that disagrees
  there is not settled;
- a person's ("his", "Owen Paterson's"): the winners are named only from 2010, so the
  named run since then is a floor: a smaller count is false, a larger one unsettled.
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.claims import Claim, Finding, Verdict
from factcheck.kinds import base, history, ordinal
from factcheck.kinds.examples import Example
from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.sentences import Sentence, lazy_compile
from factcheck.reference import coverage, derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import ArticleContext

NAME = "streak"
CODE = "FC121"
SUMMARY = "how many consecutive wins a party or member has had in a seat"
# What `factcheck rule` prints: the sorts of figure read (their verdict bands are in
# judge/semantics.py), the rule, and examples tests/kinds/test_examples.py checks.
FIGURES = ("count",)
RULE = (
    "The run of consecutive wins in the seat ending at the contest meant. A party's run is its "
    "unbroken wins in the seat's lineage, with by-elections or without (either reading is "
    "true); where the coverage is incomplete a missing by-election could break or extend it, so "
    "a count that disagrees there is unverifiable. A person's run is known only from 2010: a "
    "smaller count "
    "is false, a larger one unverifiable."
)
EXAMPLES = (
    Example(
        "Lisa Forbes held Peterborough, a second successive victory in the seat for Labour.",
        "second",
        "true",
        official="2",
        date="2019-06-07",
    ),
    Example(
        "Lisa Forbes held Peterborough, a third successive victory in the seat for Labour.",
        "third",
        "false",
        official="2",
        date="2019-06-07",
    ),
)
PRECEDENCE = 86
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("successive", "consecutive", "straight", "in a row", "back-to-back")
_SUCCESSIVE = alternation(w for w in lx.SUCCESSIVE_WORDS if w != "in a row")
_WIN = alternation(lx.WIN_NOUNS)
_OCCASION = alternation(lx.WIN_OCCASION_NOUNS)
_PATTERN = lazy_compile(
    rf"{ordinal.ORDINAL}\s+(?:(?:{_SUCCESSIVE})\s+(?:general[- ]election\s+)?(?P<noun>{_WIN})\b"
    rf"|(?:general[- ]election\s+)?(?P<noun2>{_WIN})\s+in\s+a\s+row\b"
    rf"|(?:{_SUCCESSIVE})\s+(?P<occasion>{_OCCASION})\b|(?P<occasion2>{_OCCASION})\s+in\s+a\s+row\b)",
    re.I,
)
_WIN_VERB = lazy_compile(rf"\b(?:{alternation(lx.WIN_VERBS)})\b", re.I)


def extract(text: str, sentences: list[Sentence]) -> list[Claim]:
    claims = []
    for c in ordinal.claims_from(NAME, text, sentences, _PATTERN):
        if c.cues.get("occasion") or c.cues.get("occasion2"):
            # "turnout fell for the third successive election" counts no wins: a verb of
            # winning must govern it ("held the seat for a third successive time").
            clause = re.split(r"[,;:]", text[c.sentence_start : c.start])[-1]
            if not _WIN_VERB.search(clause):
                continue
        claims.append(c)
    return claims


def verify(claim: Claim, context: ArticleContext) -> Finding:
    where = history.seat_and_now(claim, context)
    if isinstance(where, str):
        return base.unverifiable(claim, where)
    seat, now, _ = where
    # "back in 2019", "in 2017": the streak ends at that contest.
    tail = context.text[claim.end : min(claim.sentence_end, claim.end + 60)]
    tail = re.split(r"[,;:]|\b(?:after|when|since|following|as|but|and)\b", tail)[0]
    year = re.search(r"\b(?:in|back\s+in|at\s+the)\s+((?:19|20)\d\d)\b", tail)
    contests = [c for c in derive.contests(context.reference, seat) if c.election.date <= now]
    if year:
        contests = [c for c in contests if c.election.date.year <= int(year.group(1))]
    if not contests:
        return base.unverifiable(claim, "no contest in the record ends the streak")
    person = _owner_person(claim, context)
    sentence = context.text[claim.sentence_start : claim.sentence_end]
    names_seat = bool(
        context.mentions_in(context.seat_mentions, claim.sentence_start, claim.sentence_end)
    ) or re.search(r"\b(?:seat|constituency|here|there)\b", sentence, re.I)
    if re.search(r"\bby-?elections\b|\bacross\b|\bnational(?:ly)?\b", tail, re.I) or (
        person is None and not names_seat
    ):
        # "Labour's third successive general election victory": a run of wins across the
        # country (or across by-elections), not in this seat.
        return base.unverifiable(claim, "a run of wins across contests, not in one seat")
    if person is not None:
        return _person_streak(claim, context, seat, contests, person)
    party = _owner_party(claim, context, contests[-1].winner)
    if party is None:
        return base.unverifiable(claim, "whose wins are counted is unclear")
    label = subj.party_label(context, party)
    if contests[-1].winner != party:
        return base.unverifiable(
            claim, f"{label} did not win {history.contest_label(context, contests[-1])}"
        )
    run = []
    for c in reversed(contests):
        if c.winner is None:
            return base.unverifiable(claim, "some results in the streak do not say who won")
        if c.winner != party:
            break
        run.append(c)
    run.reverse()
    general = [c for c in run if c.election.kind == "general"]
    counts = {len(run), len(general)}
    value = int(claim.quantity.value)
    listed = ", ".join(str(c.election.date.year) for c in run)
    subject = f"{label} wins in a row in {subj.seat_label(context, seat)}"
    source = history.history_source(context, seat, run[0].election.date, run[-1].election.date)
    official = f"{len(run)} in a row ({listed})" + (
        f", {len(general)} of them general elections" if len(general) != len(run) else ""
    )
    if value in counts:
        return Finding(claim, Verdict.TRUE, f"official: {official}", rule="a count must match "
                       "exactly", subject=subject, actual=value, source=source)  # fmt: skip
    before = [c for c in contests if c.election.date < run[0].election.date]
    # A by-election missing from the record before the run (extending it) or in it
    # (breaking it).
    since = before[-1].election.date if before else dt.date.min
    gap = coverage.gap_reason(context.reference, since, run[-1].election.date, seat)
    if gap:
        return base.unverifiable(
            claim,
            f"the record gives {official}, but a by-election missing from it could break or "
            f"extend the run: {gap}",
        )
    return Finding(claim, Verdict.FALSE, f"official: {official}", rule="a count must match "
                   "exactly", subject=subject, actual=len(run), source=source)  # fmt: skip


def _owner_person(claim: Claim, context: ArticleContext):
    """The member whose wins are counted: "his", "Owen Paterson's", "X won a ... victory"."""
    head = context.text[claim.sentence_start : claim.start]
    if re.search(r"\b(?:his|her)\s+$", head, re.I):
        return subj.pronoun_person(claim, context)
    for m in context.people_in(claim.sentence_start, claim.start):
        if re.match(r"['’]s\s", context.text[m.end : m.end + 3]) and claim.start - m.end <= 6:
            return m
    return None


def _owner_party(claim: Claim, context: ArticleContext, winner: str | None) -> str | None:
    """The party named with the streak ("for Labour", "Labour's"), else the winner's."""
    named = subj.named_parties(claim, context)
    if winner in named or not named:
        return winner
    near = subj.party_near(claim, context)
    return near if near in named else None


def _person_streak(claim, context, seat, contests, person) -> Finding:
    name = context.people[person.id].name if person.id in context.people else person.id
    run = 0
    floor_only = False
    for c in reversed(contests):
        result = context.reference.result(c.election.id, c.constituency)
        winners = derive.winners(context.reference, result) if result else []
        names = [w.name for w in winners if w.name]
        if not names:
            floor_only = True  # the record does not name this contest's winner
            break
        if not any(n.lower() == name.lower() for n in names):
            break
        run += 1
    value = int(claim.quantity.value)
    subject = f"{name}'s wins in a row in {subj.seat_label(context, seat)}"
    source = history.history_source(context, seat)
    if run == 0:
        return base.unverifiable(claim, f"{name} is not named as the winner in the record")
    if floor_only and value > run:
        return base.unverifiable(
            claim,
            f"{name} won the {run} contests the record names winners for (from "
            f"{history.names_from(context)}); "
            "earlier winners are not named",
        )
    ok = value == run or (floor_only and value >= run)
    return Finding(
        claim,
        Verdict.TRUE if ok else Verdict.FALSE,
        f"official: {name} won {run} in a row"
        + (f" since {history.names_from(context)} at least" if floor_only else ""),
        rule="a count must match exactly",
        subject=subject,
        actual=run,
        source=source,
    )
