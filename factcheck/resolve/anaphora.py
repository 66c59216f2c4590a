"""Who a personal pronoun ("he", "her") stands for, read from the structure of the text.

A sentence's *subject* is its first reference to a person: a name, or a pronoun (itself
resolved). A pronoun stands for

1. a reference earlier in its own sentence: the sentence's subject when its gender allows,
   else the first earlier reference of the pronoun's gender, else the first earlier one
   whose gender is unknown;
2. else the subject of the nearest sentence before whose subject its gender allows ("she
   came second. ... Her share ..." goes back past a sentence about Mr Lloyd); a sentence
   whose subject is of the other gender lends an object of the pronoun's gender (a titled
   name, or a pronoun), never an untitled one;
3. else the person the article is about (a profile: named most, the headline and first
   sentence counting once more).

Gender comes from a title the article gives the person anywhere ("Mr", "Sir", "Lord"
against "Mrs", "Ms", "Dame": `lx.TITLE_GENDERS`), else from the official candidate lists
(2010 on: `Person.gender`). A name with neither fits either pronoun. When the referent
chosen has no title in the article and the person the article is about is of the
pronoun's gender, that person is another reading (`Referent.others`): a figure false for
one and true for the other is unverifiable, never false. (A gender from the record rules a
name out; it does not make the nearer name the certain referent.)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from factcheck.language import lexicon as lx
from factcheck.language.numbers import alternation
from factcheck.language.scan import scan
from factcheck.language.sentences import lazy_compile
from factcheck.resolve.context import ArticleContext, Mention

_PRONOUN = lazy_compile(rf"\b(?:{alternation(lx.PRONOUN_GENDERS)})\b", re.I)
_TITLE = lazy_compile(rf"(?:{alternation(lx.TITLE_GENDERS)})\b\.?", re.I)
# "Gordon Brown's government": a name owning a noun that is no result's measure is not
# the subject of its clause (but "Harrison's majority" is).
_OWNS_NOUN = lazy_compile(r"['’]s\s+[a-z]")
_OWNS_MEASURE = lazy_compile(rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}(?:{alternation(lx.MEASURE_NOUNS)})\b")
# What may stand before a name opening its sentence: "The younger Paisley's ...".
_OPENING_BEFORE_NAME = lazy_compile(r"[\s\"'“‘]*(?:The\s+(?:[a-z-]+\s+){0,2})?")
# An aside opened by a relative word after a comma and not yet closed; its closing comma.
_RELATIVE_ASIDE_OPEN = lazy_compile(
    rf",\s+(?:{alternation(lx.RELATIVE_ASIDE_OPENERS)})\b[^,;:–—()]*$"
)
_ASIDE_CLOSES = lazy_compile(r"[^,;:–—()]*,")
# A name the record does not hold, opening a clause as the subject of a verb of winning or
# standing ("In Winchester, Mark Oaten won the rerun ..."): a person the text moves to.
# So is an office named for its holder, opening the sentence ("The Health Secretary won
# 15,647 votes in Ilford North to 15,119 for Leanne Mohamad. His share ...": not Mohamad).
# Verbs besides winning and taking after which a name opening a clause is its subject:
# "Keith Best remains the only member returned under both names. He won ...".
_STRANGER_VERBS = ("polled", "lost", "beat", "stood", "remains", "remained", "became",
                   "served", "represented", "sat")  # fmt: skip
_STRANGER_SUBJECT = lazy_compile(
    r"(?:^|[,:]\s+|\b(?:[Tt]hen|[Tt]here)\s+)[\"'“‘]?"
    r"(?P<name>(?:[A-Z][a-z]+\s+){1,2}[A-Z][\w'’-]+"
    rf"|(?-i:The)\s+(?:[\w'’-]+\s+){{0,2}}(?i:{alternation(lx.OFFICE_TITLES)}))\s+"
    rf"(?:{alternation([*lx.TAKE_VERBS, *lx.WIN_VERBS, *_STRANGER_VERBS])})\b"
)
# The same name opening the sentence itself ("Keith Best remains the only member ...").
_STRANGER_NAME_OPENING = lazy_compile(
    r"[\"'“‘]?(?P<name>(?:[A-Z][a-z]+\s+){1,2}[A-Z][\w'’-]+)\s+"
    rf"(?:{alternation([*lx.TAKE_VERBS, *lx.WIN_VERBS, *_STRANGER_VERBS])})\b"
)
# What a pronoun stands for after such a sentence: someone, but no one the record names.
_STRANGER = object()
# A description opening a sentence as its subject ("The Rochester and Strood MP, who had
# joined Mr Carswell in UKIP, was beaten ... to his 16,009", "The former councillor won
# ..."): like "He"/"She", it stands for the subject carried to the sentence, and a pronoun
# after it in the sentence goes back to it, not to a name in an aside.
_COPULA_AFTER = lazy_compile(r"\s+(?:is|was|were|has\s+been|had\s+been|will\s+be)\b", re.I)
_DESCRIPTION_OPENING = lazy_compile(
    r"[\s\"'“‘]*(?-i:The)\s+(?:(?:"
    + alternation(lx.PERSON_QUALIFIERS)
    + r")\s+)*(?:[\w'’-]+\s+){0,4}?(?:"
    + alternation([*lx.PERSON_NOUNS, *lx.BACK_REFERENCE_NOUNS, *lx.OFFICE_TITLES])
    + r")\b(?!['’])",
    re.I,
)
# The sentences at the head of an article (its headline and first sentence): a person
# named there is what the article is about.
_OPENING_SENTENCES = 2


@dataclass(frozen=True)
class _Ref:
    start: int
    gender: str | None  # a pronoun's gender, or a name's from its titles
    mention: Mention | None = None  # the name; None for a pronoun
    weak: bool = False  # a name owning another noun: a reference, but not a subject
    aside: bool = False  # a name inside a relative aside closed before the clause goes on
    description: bool = False  # a description opening the sentence ("The former MP")


@dataclass
class Referent:
    """Whom a pronoun stands for, and the other person it may stand for (see above)."""

    person: Mention | None
    others: list[Mention] = field(default_factory=list)


def pronoun_gender(word: str) -> str | None:
    return lx.PRONOUN_GENDERS.get(word.lower())


def resolve(context: ArticleContext, at: int, gender: str | None) -> Referent:
    """Whom a pronoun of `gender` (None: "the solicitor", any person) at `at` stands for."""
    return _anaphora(context).referent(at, gender)


def carried(context: ArticleContext, at: int, gender: str | None) -> Mention | None:
    """Whom a pronoun of `gender` at `at` stands for from the sentences before its own (an
    object pronoun is never its own clause's subject: "X won, pushing her into second")."""
    i = context.sentence_index(at, -1)
    return _anaphora(context).topic[gender][i] if i >= 0 else None


def fits(context: ArticleContext, person: Mention, gender: str | None) -> bool:
    """Whether a pronoun of `gender` may stand for `person` (no title rules it out)."""
    return gender is None or _anaphora(context).genders.get(person.id) in (None, gender)


def last_pronoun(context: ArticleContext, lo: int, hi: int) -> re.Match[str] | None:
    """The last gendered pronoun in text[lo:hi]."""
    found = scan(_PRONOUN, context.text, 0)
    j = bisect_left(found.starts, hi) - 1
    while j >= 0 and found.ends[j] > hi:
        j -= 1
    return found.matches[j] if j >= 0 and found.starts[j] >= lo else None


def _pronouns(context: ArticleContext) -> list[re.Match[str]]:
    return scan(_PRONOUN, context.text, 0).matches


def _anaphora(context: ArticleContext) -> _Anaphora:
    memo = context.__dict__
    if "_anaphora" not in memo:
        memo["_anaphora"] = _Anaphora(context)
    return memo["_anaphora"]


class _Anaphora:
    """The references of each sentence and, per gender, the subject carried to it."""

    def __init__(self, context: ArticleContext) -> None:
        self.context = context
        text = context.text
        self.titled = _titled(context)
        self.genders = _genders(context, self.titled)
        refs: list[list[_Ref]] = [[] for _ in context.sentences]
        for m in context.person_mentions:
            i = context.sentence_index(m.start, -1)
            if i >= 0:
                after = text[m.end : m.end + 40]
                s = context.sentences[i]
                weak = (
                    bool(_OWNS_NOUN.match(after))
                    and not _OWNS_MEASURE.match(after)
                    # ("The younger Paisley's hold on the seat tightened: in 2017 he took
                    # 58.9 per cent": a possessive opening the sentence is its subject)
                    and not _OPENING_BEFORE_NAME.fullmatch(text, s.start, m.start)
                )
                # "Esher and Walton, where Dominic Raab held on in 2019, fell to Monica
                # Harding. She took 52.6%": a name inside a relative aside closed before the
                # main clause goes on is not the sentence's subject.
                aside = bool(
                    _RELATIVE_ASIDE_OPEN.search(text, s.start, m.start)
                    and _ASIDE_CLOSES.match(text, m.end, s.end)
                )
                refs[i].append(_Ref(m.start, self.genders.get(m.id), m, weak or aside, aside))
        for i, s in enumerate(context.sentences):
            opening = _DESCRIPTION_OPENING.match(text, s.start, s.end)
            if (
                opening is not None
                and not context.people_in(s.start, opening.end() + 3)
                and not _COPULA_AFTER.match(text, opening.end(), s.end)
            ):
                # (not one a name follows in apposition, "The Labour leader, Keir Starmer",
                # or that a copula names: "The Liberal candidate was ..., Cyril Smith")
                refs[i].append(_Ref(s.start, None, description=True))
        for p in _pronouns(context):
            i = context.sentence_index(p.start(), -1)
            if i >= 0:
                refs[i].append(_Ref(p.start(), pronoun_gender(p.group(0))))
        for r in refs:
            r.sort(key=lambda x: x.start)
        self.refs = refs
        self.starts = [[r.start for r in rs] for rs in refs]
        self.profile = _profile(context, self.genders)
        # topic[g][i]: whom a pronoun of gender g with nothing before it in sentence i
        # stands for (the nearest earlier subject its gender allows, else the profile).
        self.topic: dict[str | None, list[Mention | None]] = {"m": [], "f": [], None: []}
        carried: dict[str | None, Mention | None] = {"m": None, "f": None, None: None}
        for i, s in enumerate(context.sentences):
            for g in ("m", "f", None):
                taken = carried[g]
                self.topic[g].append(
                    None if taken is _STRANGER else (taken or self._profile_for(g))
                )
            named = [r.start for r in refs[i] if not r.description]
            if self._stranger_in(s.start, named[0] if named else s.end):
                # "Ed Davey ... saw his majority climb. In Winchester, Mark Oaten won the
                # rerun ... On Thursday he won by 9,634": "he" is the stranger, not Davey.
                carried = dict.fromkeys(carried, _STRANGER)
                continue
            for g in ("m", "f", None):
                subject = self._subject(i, g, len(text), sentence_wide=True)
                if subject is not None:
                    carried[g] = subject

    def _stranger_in(self, start: int, end: int) -> bool:
        """Whether text[start:end] opens a clause on a name no mention covers."""
        context = self.context
        opening = _STRANGER_NAME_OPENING.match(context.text, start, end)
        for m in [
            *([opening] if opening else []),
            *_STRANGER_SUBJECT.finditer(context.text, start, end),
        ]:
            a, b = m.span("name")
            if not (
                context.mentions_in(context.party_mentions, a, b)
                or context.mentions_in(context.seat_mentions, a, b)
                or context.people_in(a, b)
            ):
                return True
        return False

    def _fits(self, ref: _Ref, gender: str | None) -> bool:
        return gender is None or ref.gender in (None, gender)

    def _profile_for(self, gender: str | None) -> Mention | None:
        p = self.profile
        if p is None or (gender is not None and self.genders.get(p.id) not in (None, gender)):
            return None
        return p

    def _value(self, i: int, ref: _Ref) -> Mention | None:
        if ref.mention is not None:
            return ref.mention
        return self._subject(i, ref.gender, ref.start, sentence_wide=False)

    def _subject(self, i: int, gender: str | None, before: int, sentence_wide: bool):
        """The reference in sentence i before `before` that a pronoun of `gender` takes.

        Within the pronoun's own sentence (not `sentence_wide`), an earlier untitled name
        may be it, and with none the topic carried to the sentence is; a sentence before
        lends only its subject, or an object of the pronoun's known gender.
        """
        refs = self.refs[i][: bisect_left(self.starts[i], before)]
        if sentence_wide:
            # (a description subject carries nothing on: its gender is unknown)
            refs = [r for r in refs if not r.description]
        strong = [r for r in refs if not r.weak]
        if sentence_wide and not strong:
            strong = refs  # "Theresa May's gamble failed.": the only reference
        if strong:
            first = strong[0]
            if first.description:
                # (the subject carried to the sentence, of the pronoun's gender)
                return self.topic[gender][i]
            if self._fits(first, gender):
                return self._value(i, first)
            for r in strong:
                if gender is not None and r.gender == gender:
                    return self._value(i, r)
            if not sentence_wide:
                for r in strong:
                    if self._fits(r, gender):
                        return self._value(i, r)
        if sentence_wide:
            return None
        topic = self.topic[gender][i]
        if topic is None:
            # "as Gordon Brown's government fell, he won": a name owning another noun is
            # taken only when nothing before the sentence is.
            # (not a name inside a closed relative aside: "The Rochester and Strood MP, who
            # had joined Mr Carswell in UKIP, was beaten by Kelly Tolhurst, who polled
            # 23,142 to his 16,009": "his" is the MP the sentence is about)
            topic = next((r.mention for r in refs if self._fits(r, gender) and not r.aside), None)
        return topic

    def referent(self, at: int, gender: str | None) -> Referent:
        i = self.context.sentence_index(at, -1)
        if i < 0:
            return Referent(None)
        person = self._subject(i, gender, at, sentence_wide=False)
        others: list[Mention] = []
        profile = self._profile_for(gender)
        if (
            person is not None
            and gender is not None
            and person.id not in self.titled
            and profile is not None
            and self.genders.get(profile.id) == gender
            and profile.id != person.id
        ):
            # "Stephen Lloyd held the seat. She ...": the untitled name is the nearer
            # subject, but the woman the article is about may be meant. (A gender from the
            # record only rules a name out: it does not make the nearer name certain.)
            others.append(profile)
        return Referent(person, others)


def _titled(context: ArticleContext) -> dict[str, set[str]]:
    """The genders of the titles the article gives each person ("Mr", "Ms")."""
    seen: dict[str, set[str]] = {}
    for m in context.person_mentions:
        t = _TITLE.match(m.text)
        if t is not None and len(t.group(0)) < len(m.text):
            seen.setdefault(m.id, set()).add(lx.TITLE_GENDERS[t.group(0).rstrip(".").lower()])
    return seen


def _genders(context: ArticleContext, titled: dict[str, set[str]]) -> dict[str, str]:
    """Each person's gender, from the titles the article gives them (one gender only), else
    from the official candidate lists (2010 on)."""
    genders = {pid: next(iter(g)) for pid, g in titled.items() if len(g) == 1}
    people = context.people
    for m in context.person_mentions:
        if m.id not in titled:
            person = people.get(m.id)
            if person is not None and person.gender is not None:
                genders[m.id] = person.gender
    return genders


def _profile(context: ArticleContext, genders: dict[str, str]) -> Mention | None:
    """The person the article is about: named most, the headline and first sentence
    counting once more; None when two tie."""
    mentions = context.person_mentions
    if not mentions:
        return None
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        counts[m.id] = counts.get(m.id, 0) + 1
        first.setdefault(m.id, m)
    opening = context.sentences[:_OPENING_SENTENCES]
    if opening:
        end = opening[-1].end
        starts = [m.start for m in mentions]
        for m in dict.fromkeys(x.id for x in mentions[: bisect_left(starts, end)]):
            counts[m] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return first[ranked[0][0]]
