"""contest_count: "15 candidates were standing", "the first by-election of this parliament".

- The number of candidates at a contest is counted from its official result (a result
  that lists only some candidates, or lumps "others" together, cannot settle it).
- A by-election's place in its parliament is counted over the by-elections since the
  general election before it, which the record holds in full from 2011; by-elections held
  on the same day share the places they span.
- A person's own count of elections ("my fifth general election") is not settled: the
  record names candidates only from 2010.
"""

from __future__ import annotations

import re

from factcheck.claims import Claim, Finding, Qualifier, Quantity, Verdict
from factcheck.kinds import base, ordinal
from factcheck.kinds.records import _current_by_election, by_election_source
from factcheck.language.sentences import Sentence, lazy_compile
from factcheck.reference import derive
from factcheck.resolve import subjects as subj
from factcheck.resolve.context import BY_ELECTIONS_COMPLETE_FROM, ArticleContext

NAME = "contest_count"
CODE = "FC131"
SUMMARY = "how many candidates stood, or which by-election of a parliament it was"
PRECEDENCE = 88
# Words one of which must be in the text for this kind to match.
TRIGGERS = ("candidates", "election")
_BY = r"by[- ]?elections?"
_STANDING = (
    r"(?:were\s+|are\s+|had\s+)?(?:standing|stood|stand|ran|running|contested|contesting|"
    r"fought|took\s+part|on\s+the\s+ballot(?:\s+paper)?|in\s+the\s+(?:race|running|field))\b"
)
_PATTERN = lazy_compile(
    rf"{ordinal.CARDINAL}\s+candidates\s+{_STANDING}"
    rf"|\bfield\s+of\s+{ordinal.CARDINAL.replace('(?P<n>', '(?P<n2>')}\s+candidates\b"
    rf"|\b(?:the|its)\s+{ordinal.ORDINAL.replace('(?P<n>', '(?P<n3>')}\s+(?P<by>{_BY})\s+"
    rf"(?:of|in|since)\s+(?:this|the\s+(?:current|new|present|last|latest)|the\s+general\s+election)"
    rf"(?:\s+parliament)?"
    rf"|\b(?P<own>my|his|her)\s+{ordinal.ORDINAL.replace('(?P<n>', '(?P<n4>')}\s+"
    rf"(?:general\s+)?elections?\b",
    re.I,
)


def extract(text: str, sentences: list[Sentence]) -> list[Claim]:
    claims = []
    for s in sentences:
        for m in _PATTERN.finditer(text, s.start, s.end):
            group = next(g for g in ("n", "n2", "n3", "n4") if m.group(g))
            value = ordinal.ordinal_value(m.group(group))
            if value is None:
                continue
            start, end = m.start(group), m.end(group)
            q = Quantity(value=value, as_written=m.group(group), unit="count",
                         qualifier=Qualifier.EXACT)  # fmt: skip
            what = "own" if m.group("own") else "by" if m.group("by") else "candidates"
            claims.append(Claim(NAME, q, start, end, text[start:end], s.start, s.end,
                                {"what": what}))  # fmt: skip
    return claims


def verify(claim: Claim, context: ArticleContext) -> Finding:
    what = claim.cues.get("what")
    if what == "own":
        return base.unverifiable(
            claim, "a person's own count of elections: the record names candidates only from 2010"
        )
    if what == "by":
        return _by_election_place(claim, context)
    return _candidates(claim, context)


def _candidates(claim: Claim, context: ArticleContext) -> Finding:
    resolved = subj.resolve_result(claim, context)
    if isinstance(resolved, str):
        return base.unverifiable(claim, resolved)
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


def _by_election_place(claim: Claim, context: ArticleContext) -> Finding:
    current = _current_by_election(claim, context)
    if current is None or current.kind != "by-election":
        return base.unverifiable(claim, "which by-election the claim is about is unclear")
    generals = [e for e in context.reference.general_elections() if e.date < current.date]
    if not generals:
        return base.unverifiable(claim, "no general election before it in the record")
    since = generals[-1]
    if since.date.year < BY_ELECTIONS_COMPLETE_FROM:
        return base.unverifiable(
            claim,
            f"the record of by-elections before {BY_ELECTIONS_COMPLETE_FROM} is partial",
        )
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
