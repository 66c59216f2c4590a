"""The records that flow through the checker: quantities, claims, subjects, findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Verdict(StrEnum):
    TRUE = "true"
    APPROXIMATELY_TRUE = "approximately_true"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"


class Qualifier(StrEnum):
    """The hedge on a number as written; names match `claimed.qualifier` in factcheck/1."""

    EXACT = "exact"
    ABOUT = "about"
    NEARLY = "nearly"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    ODD = "odd"


@dataclass(frozen=True)
class Quantity:
    """A number as written: its value, the hedge on it and the precision its digits imply.

    `step` is the unit of the last significant digit: "13,748" has step 1, "2,500"
    step 100, "8.5%" step 0.1, "the 1930s" step 10 (a decade).
    """

    value: float
    as_written: str
    unit: str  # "votes" | "percent" | "year" | "decade" | "years" | "count" | "number"
    qualifier: Qualifier = Qualifier.EXACT
    step: float = 1
    # "just over 20,000": a figure above X and close to it, not anywhere above (the hedge
    # stays `more_than` in the report).
    close: bool = False


@dataclass
class Claim:
    """A numeric claim found in the text, before it is tied to a subject."""

    kind: str
    quantity: Quantity
    start: int  # span of the claim's number (and its unit) in the text
    end: int
    text: str
    sentence_start: int = 0
    sentence_end: int = 0
    # Words the extractor read around the number: e.g. party, direction, event.
    cues: dict[str, str] = field(default_factory=dict)


@dataclass
class Evidence:
    """The text a reading rests on: a cue ("two years ago", "Labour's") and its span."""

    cue: str
    start: int
    end: int
    # What the cue decided: "contest", "seat", "party", "candidate" or "measure".
    role: str = ""


@dataclass
class Reading:
    """One way the text can be read (seat, contest, party, candidate) and its verdict under it.

    `ids` use the reference data's own ids; a claim is `false` only when every reading is.
    """

    ids: dict[str, str | None]
    evidence: list[Evidence] = field(default_factory=list)
    actual: float | int | str | None = None
    verdict: Verdict = Verdict.UNVERIFIABLE
    chosen: bool = False
    label: str = ""  # "Trudy Harrison (Conservative) — Copeland by-election, 23 February 2017"
    reason: str = ""


@dataclass
class Fix:
    """The official figure written the way the claim was written."""

    replacement: str
    safe: bool
    # The span of the checked text the replacement covers: the claim's own span, or from
    # its hedge when the hedge has to go ("more than 2,000" -> "1,987").
    start: int = 0
    end: int = 0


@dataclass
class NumberMention:
    """A number in the text and what the checker made of it.

    `disposition` is "claim" (then `kind` is set), "not_a_result" (then `reason` names
    why: date, time, money, age, people, poll, other_contest, negated, list, ...) or
    "not_understood".
    """

    text: str
    start: int
    end: int
    disposition: str
    kind: str | None = None
    reason: str | None = None


@dataclass
class Finding:
    """A claim with its verdict, the official figure and the reasoning behind it."""

    claim: Claim
    verdict: Verdict
    reason: str
    rule: str = ""
    subject: str = ""
    actual: float | int | str | None = None
    source: str = ""
    line: int = 0
    column: int = 0
    suppressed: bool = False
    # In the --baseline file: reported, but does not fail the run.
    baselined: bool = False
    # The readings considered (the chosen one first is not implied: see `Reading.chosen`).
    readings: list[Reading] = field(default_factory=list)
    fix: Fix | None = None
    # Corrected in the file by `--fix`: reported as found, but does not fail the run.
    fixed: bool = False
    # Why the record the verdict rests on is in doubt (it does not add up), if it is.
    doubt: str = ""
    # `actual` before it was rounded for the report: a fix is rounded from this, once
    # (7.2497 is "7.2%", though `actual` shows 7.25).
    precise: float | None = None

    @property
    def ids(self) -> dict[str, str | None]:
        """The ids of the reading the verdict rests on ({} when none)."""
        for reading in self.readings:
            if reading.chosen:
                return reading.ids
        return {}


@dataclass(frozen=True)
class UnusedSuppression:
    """A `factcheck: ignore` or `off` comment that suppressed no claim (or none of a name)."""

    line: int
    column: int
    directive: str  # as a reader would quote it: "factcheck: ignore FC104"
    # The codes or kinds it names that matched nothing; empty when it names none.
    names: tuple[str, ...]
    message: str
    offset: int = 0  # index in the file's source text of the comment's "<!--"


@dataclass
class DocumentInfo:
    """What the checker knows about an article apart from its words."""

    date: dt.date | None = None
    election_hint: str | None = None
