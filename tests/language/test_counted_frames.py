"""Numbers disposed of by what they count or hang on (issue 8): never a result's figure."""

from __future__ import annotations

import pytest

from factcheck.language.exclusions import exclusion
from factcheck.language.numbers import find_numbers


def reason(text: str, number: str) -> str | None:
    (mention,) = [m for m in find_numbers(text) if m.text == number]
    return exclusion(text, mention)


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # The noun a number counts is not one a result is counted in.
        ("The new MP is married with three sons.", "three", "counts_other"),
        ("The scheme covers the 14 districts of the county.", "14", "counts_other"),
        ("It was a fight between the two main parties, as ever.", "two", "counts_other"),
        ("Activists knocked on 5,000 more doors.", "5,000", "people"),
        ("Volunteers logged 2,500 new postal registrations.", "2,500", "people"),
        # Amounts with no figure.
        ("The club has millions of fans.", "millions", "vague_amount"),
        # A span of time that is a punishment.
        ("He was given a 12-month suspended sentence.", "12-month", "sentence"),
        ("She was jailed for six months last year.", "six months", "sentence"),
        # A ranking of something other than a result.
        ("It is the third largest county in England.", "third", "ranking"),
        # A stage of the count, and a running gap during it.
        ("He was ahead by around 300 after the second recount.", "300", "running_gap"),
        ("The second count began at 4am.", "second", "count_stage"),
        # "one" standing for a noun said before.
        ("It was a bitter one, he said.", "one", "pronoun"),
        # Rhetoric and commentary.
        ("It was always a two-horse race here.", "two", "idiom"),
        ("The pollster says 120 MPs now sit on thinner margins.", "120", "poll"),
        # Names and addresses.
        ("She told BBC Radio 5 that it was close.", "5", "name"),
        ("He returned to 10 Downing Street at dawn.", "10", "address"),
        ("It was the worst result since the First World War.", "First", "name"),
        ("The Wessex First candidate polled well.", "First", "name"),
        # Ages by the words around them.
        ("The leader, who turned 58 in May, spoke.", "58", "age"),
        ("Support among voters under 30 was high.", "30", "age"),
        ("The former farmer, 61, won comfortably.", "61", "age"),
        # A number fused into a noun it qualifies.
        ("The party backs a two-child limit.", "two", "compound"),
    ],
)
def test_frame_reason(text, number, expected):
    assert reason(text, number) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # Result nouns keep the number a possible claim.
        ("She won 13,748 votes.", "13,748"),
        ("Fifteen candidates stood.", "Fifteen"),
        ("Labour won the seat 10 times.", "10 times"),
        ("He held the seat for 14 years.", "14 years"),
        ("It was her fifth general election.", "fifth"),
        ("The party gained two seats from the Tories.", "two"),
        # A verb after the figure is not a noun it counts.
        ("His majority of 2,564 was overturned.", "2,564"),
        ("The 12,032 means second place.", "12,032"),
        # Rankings of results are claims.
        ("It was the second largest swing since 1945.", "second"),
        ("It is the party's 49th safest seat.", "49th"),
        ("It was the third largest at a by-election since 1945.", "third"),
        # How many recounts there were is a claim about the count.
        ("She won after a third recount.", "third"),
        # A tenure is not a sentence.
        ("She served for six months as a minister.", "six months"),
        # "one" as a figure.
        ("He won by one vote.", "one"),
        # Fused into a result noun, or a count at the start of a sentence.
        ("It gave him an 80-seat majority.", "80"),
        ("Twelve candidates stood.", "Twelve"),
        # Title-case headlines are not names.
        ("Labour Wins By Two Votes In Recount Drama", "Two"),
        # A count before a capitalised party is not a name.
        ("Only two Conservative MPs held on.", "two"),
    ],
)
def test_frame_near_misses_keep_no_reason(text, number):
    assert reason(text, number) is None
