"""The number grammar and typing normalisation: what is found, its value and its span."""

from __future__ import annotations

import pytest

from factcheck.language.normalise import normalise
from factcheck.language.numbers import find_numbers, word_value


def read(text: str) -> list[tuple[str, float | None, str]]:
    return [(m.text, m.value, m.form) for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("won 13,748 votes", [("13,748", 13748, "digits")]),
        ("a share of 44.2%", [("44.2%", 44.2, "percent")]),
        ("up 3.1 per cent", [("3.1 per cent", 3.1, "percent")]),
        ("a swing of 4.5 percentage points", [("4.5 percentage points", 4.5, "points")]),
        ("in 2017", [("2017", 2017, "year")]),
        ("1950 votes", [("1950", 1950, "digits")]),
        ("since the 1930s", [("1930s", 1930, "decade")]),
        ("the 2017-18 session", [("2017-18", 2017, "year")]),
        ("her 21st contest", [("21st", 21, "ordinal")]),
        ("the seventh time", [("seventh", 7, "ordinal")]),
        ("the twenty-first", [("twenty-first", 21, "ordinal")]),
        ("twenty-three seats", [("twenty-three", 23, "word")]),
        ("a hundred agents", [("a hundred", 100, "word")]),
        ("three hundred and two", [("three hundred and two", 302, "word")]),
        # a second number run on after the first ends it where the words stop composing
        (
            "by eighteen hundred and thirty-two two years ago",
            [("eighteen hundred and thirty-two", 1832, "word")],
        ),
        ("twenty two votes", [("twenty two", 22, "word")]),
        # a year as it is spoken
        ("in nineteen ninety-seven", [("nineteen ninety-seven", 1997, "word")]),
        # "and a half" before a scale makes one figure with the number before it
        ("by three and a half thousand", [("three and a half thousand", 3500, "word")]),
        ("2 and a half million votes", [("2 and a half million", 2500000, "digits")]),
        ("four and a half years", [("four", 4, "word"), ("half", 0.5, "fraction")]),
        ("she stood twice", [("twice", 2, "multiplicative")]),
        ("three times as many", [("three times", 3, "multiplicative")]),
        ("a 92-year history", [("92-year", 92, "duration")]),
        ("23-odd years", [("23-odd years", 23, "duration")]),
        ("for decades", [("decades", None, "duration")]),
        ("a five-figure majority", [("five-figure", 5, "magnitude")]),
        ("a third of the vote", [("a third", pytest.approx(1 / 3), "fraction")]),
        ("a third runway", [("third", 3, "ordinal")]),
        ("two-thirds of voters", [("two-thirds", pytest.approx(2 / 3), "fraction")]),
        ("a £1.2 million grant", [("£1.2 million", 1.2, "money")]),
        ("1.2 million voters", [("1.2 million", 1_200_000, "digits")]),
        ("at 10pm", [("10pm", None, "time")]),
        ("at 10:30", [("10:30", None, "time")]),
        ("the M6 toll", [("6", 6, "code")]),
    ],
)
def test_each_shape_is_one_mention_with_its_value(text, expected):
    assert read(text) == expected


def test_mentions_come_in_text_order_with_spans_into_the_text():
    text = "Harrison won 13,748 votes (44.2%) in 2017, her first win."
    found = find_numbers(text)
    assert [m.text for m in found] == ["13,748", "44.2%", "2017", "first"]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_a_number_is_never_read_from_inside_a_longer_digit_group():
    # "1,2345" is not a thousands grouping: no "234" or "2345" may be read from it.
    assert read("a count of 1,2345") == []
    assert read("code 12345") == [("12345", 12345, "digits")]


def test_word_values():
    assert word_value("ninety-nine") == 99
    assert word_value("a thousand") == 1000
    assert word_value("two thousand and five") == 2005


@pytest.mark.parametrize(
    "typed",
    [
        "13,748",
        "13\u00a0748",
        "13\u2009748",
        "13\u202f748",
        "13\u2007748",
        "13'748",
        "13\u2019748",
        "13,\u200b748",
        "1\u00ad3,748",
        "\u200e13,748\u200f",
        "\u0661\u0663,\u0667\u0664\u0668",
        "\u06f1\u06f3,\u06f7\u06f4\u06f8",
        "\uff11\uff13,\uff17\uff14\uff18",
    ],
)
def test_every_typing_of_a_figure_folds_to_the_same_digits(typed):
    text = f"won {typed} votes"
    folded = normalise(text)
    assert folded.text == "won 13,748 votes"
    (mention,) = find_numbers(folded.text)
    start, end = folded.span_to_source(mention.start, mention.end)
    assert text[start:end].strip("\u200e\u200f") == typed.strip("\u200e\u200f")


def test_a_plain_space_between_two_groups_is_not_understood_not_misread():
    folded = normalise("won 13 748 votes")
    assert folded.ambiguous == [(4, 10)]
    assert find_numbers(folded.text) == []  # neither 13 nor 748 is read


def test_plain_spaces_read_when_the_groups_cannot_be_two_numbers():
    assert normalise("1 234 567 votes").text == "1,234,567 votes"
    # A four-digit year and a count are two numbers whatever separates them.
    assert normalise("in 2017 748 votes").text == "in 2017 748 votes"


def test_only_the_unclear_figures_of_a_run_are_masked():
    folded = normalise("in 2017 13 748 votes")
    assert folded.text == "in 2017 ## ### votes"
    assert folded.ambiguous == [(8, 14)]
    assert [m.text for m in find_numbers(folded.text)] == ["2017"]


def test_mixed_separators_are_not_understood():
    folded = normalise("won 1,234\u00a0567 votes")
    assert folded.ambiguous and "234" not in folded.text


def test_unchanged_text_is_the_same_object_with_no_offset_map():
    text = "Trudy Harrison polled 13,748 votes."
    folded = normalise(text)
    assert folded.text is text and folded.offsets is None
