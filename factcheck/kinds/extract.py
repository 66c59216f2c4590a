"""Finding the numeric claims in an article's text."""

from __future__ import annotations

import re
from functools import cache, partial

from factcheck.claims import Claim
from factcheck.language.prefilter import in_lowered
from factcheck.language.scan import ascii_exact
from factcheck.language.sentences import split_sentences
from factcheck.language.tables import Cover, poll_spans, seat_header_spans


def extract_claims(
    text: str, *, skipped: list[tuple[int, int]] | None = None, kinds: set[str] | None = None
) -> list[Claim]:
    """Every claim in the text, in text order; a number belongs to at most one claim."""
    from factcheck.kinds import rows
    from factcheck.kinds.registry import ORDER

    sentences = split_sentences(text)
    # (each kind's cue words are found in the one pass that finds every pattern's words)
    has_word = partial(in_lowered, text) if text.isascii() else text.lower().__contains__
    # Lists of polls, forecasts or dates hold no results, whatever their figures' shape.
    # A seat table's header names its columns: a year in it is no claim ("Maj 2015").
    skipped = sorted([*(skipped or []), *poll_spans(text), *seat_header_spans(text)])
    cover = Cover(skipped)
    taken: set[int] = set()
    claims: list[Claim] = []
    # The cells of results blocks first: a figure in a table is read by its column.
    for claim in [*rows.claims(text), *rows.seat_claims(text)]:
        if kinds is not None and claim.kind not in kinds:
            continue
        if cover.holds(claim.start):
            continue
        taken.update(range(claim.start, claim.end))
        claims.append(claim)
    for kind in ORDER:
        if kinds is not None and kind.NAME not in kinds:
            continue
        # A kind whose cue words are absent cannot match: skip it (and compiling it).
        if not any(map(has_word, kind.TRIGGERS)):
            continue
        for claim in sorted(kind.extract(text, sentences), key=lambda c: c.start):
            # Claims are short: the characters they cover make an overlap test linear.
            if any(i in taken for i in range(claim.start, claim.end)):
                continue
            if cover.holds(claim.start):
                continue
            taken.update(range(claim.start, claim.end))
            claims.append(claim)
    for claim in _elided(text, sentences, claims, taken, kinds):
        if not cover.holds(claim.start):
            taken.update(range(claim.start, claim.end))
            claims.append(claim)
    return sorted(claims, key=lambda c: c.start)


def _regex(pattern, text: str) -> re.Pattern[str]:
    """The pattern's regex to run over (a part of) `text`: its ASCII copy when the text
    allows (see `Pattern.ascii_regex`)."""
    return pattern.ascii_regex if ascii_exact(text) else pattern.regex


# A relative clause opened after a comma and still open: ", who took the seat in 2019 with".
_OPEN_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,;:]*$")


def _elided(text, sentences, claims, taken, kinds) -> list[Claim]:
    """Figures that carry on a claim's measure in its own sentence, in a parallel form
    after a link ("by 298 votes in 1951 and by only 185 in 1955", "4,331 in 2019, and it
    was 733 in 2015", "a majority of 3,435, which he cut to 1,609"): claims of the same
    kind. Each new one may carry the measure on again ("7,967 in 2015, 14,969 in 2017")."""
    from factcheck.kinds import base
    from factcheck.language import lexicon as lx

    by_start = {s.start: s for s in sentences}
    found: list[Claim] = []
    for claim in sorted(claims, key=lambda c: c.start):
        # Follow the chain from each claim of a measure that can be carried on.
        while claim.kind in lx.ELIDED_MEASURES and (kinds is None or claim.kind in kinds):
            sentence = by_start.get(claim.sentence_start)
            if sentence is None or sentence.end <= claim.end:
                break
            unit = lx.ELIDED_MEASURES[claim.kind]
            if (
                claim.kind == "majority"
                and _OPEN_RELATIVE.search(text, sentence.start, claim.start)
                and re.match(r"\s*,", text[claim.end : claim.end + 3])
            ):
                # "Andy Carter, who took the seat with a majority of 2,010, fell to 11,861":
                # the comma closes the relative clause, and the subject's own figure follows
                # (a vote count, or a majority: which, the text does not say).
                break
            new = None
            patterns = (
                _elision_pattern(unit),
                _earlier_pattern(unit),
                _taken_up_pattern(claim.kind, False),
                _taken_up_pattern(claim.kind, False, time_first=True),
            )
            for pattern in patterns:
                m = _regex(pattern, text).match(
                    text[sentence.start : sentence.end], claim.end - sentence.start
                )
                new = base.claim_from_match(claim.kind, text, sentence, m, pattern) if m else None
                if new is not None:
                    break
            if new is None:
                new = _taken_up_next(text, sentences, sentence, claim)
            if new is None or any(i in taken for i in range(new.start, new.end)):
                break
            new.cues["elided"] = f"{claim.start}:{claim.end}"
            if new.sentence_start != claim.sentence_start:
                new.cues["elided_sentence"] = f"{claim.sentence_start}:{claim.sentence_end}"
            found.append(new)
            taken.update(range(new.start, new.end))
            claim = new
    return found


def _carried_figure(unit: str) -> tuple[str, str]:
    """The unit a carried-on claim may end with, and the figure that carries it on, in
    `unit` ("votes", "percent"): "4,331 [votes] ... 733 [votes]", "45% ... 38%"."""
    from factcheck.kinds import base

    if unit == "percent":
        return r"(?:\s*(?:%|per\s?cent))?", rf"{base.NUM}(?P<unit>\s?(?:%|per\s?cent))"
    # (a year is never a count of votes carried on)
    return r"(?:\s*votes?)?", rf"(?!(?:19|20)\d\d\b){base.NUM}(?P<unit>\s+votes?)?"


def _own_time() -> str:
    """A time a carried-on figure gives itself: "in 2017", "at the May 2015 general
    election", "four years later", "last time"."""
    from factcheck.kinds import base
    from factcheck.language import lexicon as lx
    from factcheck.language.numbers import alternation

    return (
        rf"\s+(?:(?:in|at)\s+(?:the\s+)?(?:(?:{alternation(lx.MONTHS)})\s+)?(?:19|20)\d\d"
        rf"(?:\s+(?:general\s+)?election)?|(?:{base.WORDS}|\d{{1,2}})\s+years\s+(?:later|earlier|on)"
        r"|last\s+time|at\s+the\s+last\s+(?:general\s+)?election)"
    )


@cache
def _elision_pattern(unit: str):
    """The link and figure that carry a measure in `unit` ("votes", "percent") on."""
    from factcheck.kinds import base
    from factcheck.language import lexicon as lx
    from factcheck.language.numbers import alternation

    year = r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:19|20)\d\d(?:\s+(?:general\s+)?election)?)?"
    verbs = alternation(lx.ELISION_VERBS)
    # ("recovered only slightly to", "rose sharply to": a manner between verb and "to")
    manner = r"(?:(?:only|just|slightly|a\s+little|[a-z]+ly)\s+){0,2}"
    link = (
        r"\s*(?:,\s*(?:and\s+|but\s+|then\s+|before\s+)?|\s+(?:and|but|then|before)\s+)"
        r"(?:then\s+)?"
        rf"(?:(?:it|this|that)\s+(?:was|had\s+been|(?:{verbs})\s+to)\s+"
        rf"|which\s+(?:[a-z]+\s+){{0,2}}?(?:{verbs})\s+(?:it\s+)?to\s+"
        rf"|(?:{verbs})\s+(?:it\s+)?(?:back\s+)?(?:up\s+|down\s+)?{manner}to\s+"
        # "..., before soaring to 20,643 in 2017": a participle after "before"
        rf"|(?<=before\s)[a-z]+ing\s+(?:back\s+)?(?:up\s+|down\s+)?{manner}to\s+"
        r"|by\s+|to\s+)?"
        r"(?:just\s+|only\s+|a\s+mere\s+|a\s+further\s+)?"
    )
    # (its own time after it: "in 2017", "four years later")
    end = rf"(?=(?:{_own_time()})?(?:\s*[.,;:)]|\s+(?:and|but|then|before|respectively)\b|\s*$))"
    own, figure = _carried_figure(unit)
    return base.pattern(f"{own}{year}{link}{figure}{end}", unit)


@cache
def _earlier_pattern(unit: str):
    """ "by 1,934 votes, up from 777 in 2017", "by 609 votes, compared with 4,427 in 2015":
    the figure the change is counted from, with its own time (without one, which contest
    it is from is not said)."""
    from factcheck.kinds import base

    own, figure = _carried_figure(unit)
    link = (
        r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:19|20)\d\d)?,\s*(?:(?:up|down)\s+from|compared\s+(?:with|to))"
        r"\s+(?:just\s+|only\s+)?"
    )
    return base.pattern(rf"{own}{link}{figure}(?={_own_time()}(?:\s*[.,;:)]|\s*$))", unit)


# A figure other than a year: the measure a sentence ends on is the last one in it.
_FIGURE = re.compile(r"(?<![\d,.])(?!(?:1[89]|20)\d\d\b)\d")


def _taken_up_next(text, sentences, sentence, claim) -> Claim | None:
    """A figure in the next sentence of the paragraph that takes up the measure this
    sentence ended on: "He pushed that to 10,837 in 2005", "It had been 8,843 in 2015"."""
    from factcheck.kinds import base

    if _FIGURE.search(text, claim.end, sentence.end):
        return None  # another figure came after it: "that" may be that one
    at = next((i for i, s in enumerate(sentences) if s.start >= sentence.end), None)
    if at is None or sentences[at].paragraph != sentence.paragraph:
        return None
    following = sentences[at]
    for pattern in (_taken_up_pattern(claim.kind, True), _taken_up_pattern(claim.kind, True, True)):
        m = _regex(pattern, text).match(text[following.start : following.end])
        new = base.claim_from_match(claim.kind, text, following, m, pattern) if m else None
        if new is not None:
            return new
    return None


@cache
def _taken_up_pattern(kind: str, opens_sentence: bool, time_first: bool = False):
    """A measure taken up again by a pronoun or its own noun, with a verb of change and a
    time of its own: ", and his lead shrank to 8,215 in 2010", "He pushed that to 10,837
    in 2005", "It had been 8,843 in 2015". (Without a time, which contest the new figure
    is from is not said.) `opens_sentence`: at the start of the next sentence, else after
    a link in the claim's own."""
    from factcheck.kinds import base
    from factcheck.language import lexicon as lx
    from factcheck.language.numbers import alternation

    verbs = alternation(lx.ELISION_VERBS)
    nouns = alternation(lx.MEASURE_ANAPHOR_NOUNS.get(kind, ("(?!)",)))
    name = r"(?-i:[A-Z])[\w'’-]+"
    then = r"(?:then\s+|later\s+|subsequently\s+)?"
    to = r"(?:back\s+)?(?:up\s+|down\s+)?to\s+"
    took_up = (
        rf"(?:(?:he|she|they|the\s+party|{name}(?:\s+{name})?)\s+{then}"
        rf"(?:{verbs})\s+(?:that|it|this)\s+{to}"
        rf"|(?:his|her|its|their|the)\s+(?:{name}\s+)?(?:{nouns})\s+{then}"
        rf"(?:(?:was|had|has)\s+(?:been\s+)?)?(?:{verbs})\s+{to}"
        rf"|(?:it|that)\s+{then}(?:had\s+been|was)\s+"
        rf"|(?:it|that)\s+{then}(?:(?:was|had|has)\s+(?:been\s+)?)?(?:{verbs})\s+{to})"
    )
    if opens_sentence:
        opening = r"[\"'“‘]?"
    else:  # the claim's unit and own words, then a link: "9,748 in 2001, and ..."
        opening = (
            r"(?:\s*votes?)?(?:[^.;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?"
            r"(?:,\s*(?:and\s+|but\s+|then\s+|while\s+)?|\s+(?:and|but|while)\s+)"
        )
    months = alternation(lx.MONTHS)
    when = _own_time()
    unit = lx.ELIDED_MEASURES.get(kind, "votes")
    _own, figure = _carried_figure(unit)
    end = r"(?=\s*[.,;:)]|\s+(?:and|but|then|before)\b|\s*$)"
    emphasis = r"(?:just\s+|only\s+|a\s+mere\s+)?"
    # The time may come first, opening the clause: "and in the October election it
    # dropped to 3,911", "Four years later he pushed it to 10,837".
    # (a month or year in it: "in the election" alone does not say which)
    time_before = (
        rf"(?:(?:in|at)\s+(?:the\s+)?(?:(?:{months})\s+(?:(?:19|20)\d\d\s+)?"
        rf"(?:general\s+)?election|(?:(?:{months})\s+)?(?:19|20)\d\d(?:\s+(?:general\s+)?"
        rf"election)?)|(?:{base.WORDS}|\d{{1,2}})\s+years\s+(?:later|earlier|on)"
        rf"|last\s+time),?\s+"
    )
    if time_first:
        return base.pattern(rf"{opening}{time_before}{took_up}{emphasis}{figure}(?={end})", unit)
    return base.pattern(rf"{opening}{took_up}{emphasis}{figure}(?={when}{end})", unit)
