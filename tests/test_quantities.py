from factcheck.claims import Qualifier
from factcheck.language.quantities import (
    find_numbers,
    hedge_before,
    make_quantity,
    precision_step,
    words_value,
)


def numbers(text):
    return [(t.as_written, t.value) for t in find_numbers(text)]


def test_digits_with_separators_and_decimals_are_read():
    assert numbers("won 12,345 votes and 8.5% of 1,000,000") == [
        ("12,345", 12345),
        ("8.5", 8.5),
        ("1,000,000", 1000000),
    ]


def test_number_words_and_odd_are_read():
    assert numbers("seven years, twenty-three days, 23-odd years") == [
        ("seven", 7),
        ("twenty-three", 23),
        ("23-odd", 23),
    ]
    assert find_numbers("23-odd years")[0].odd


def test_words_inside_other_words_are_not_numbers():
    assert numbers("someone often tentatively") == []


def test_round_figures_take_their_precision_from_their_digits():
    two_and_a_half = find_numbers("2,500")[0]
    exact = find_numbers("13,748")[0]
    assert precision_step(two_and_a_half, "votes") == 100
    assert precision_step(exact, "votes") == 1
    assert precision_step(find_numbers("2,620")[0], "votes") == 1
    assert precision_step(find_numbers("8.5")[0], "percent") == 0.1


def test_hedges_are_read_before_a_number():
    cases = {
        "more than 8": Qualifier.MORE_THAN,
        "just under 5": Qualifier.NEARLY,
        "nearly 5": Qualifier.NEARLY,
        "about 2": Qualifier.ABOUT,
        "at least 3": Qualifier.AT_LEAST,
        "fewer than 40": Qualifier.LESS_THAN,
        "over 80": Qualifier.MORE_THAN,
        "some 35": Qualifier.ABOUT,
        "won 35": Qualifier.EXACT,
    }
    for text, expected in cases.items():
        at = text.rindex(" ") + 1
        assert hedge_before(text, at)[0] == expected, text


def test_odd_numbers_carry_the_odd_qualifier():
    text = "took 23-odd years"
    token = find_numbers(text)[0]
    quantity, _ = make_quantity(text, token, "years")
    assert quantity.qualifier == Qualifier.ODD


def test_compound_number_words():
    assert words_value("forty-two") == 42
    assert words_value("ninety") == 90
    assert words_value("banana") is None


def test_a_figure_too_long_for_a_float_is_not_read_as_a_number():
    # Found by tests/fuzz: 309 digits made an infinite value, and int() of it overflowed.
    huge = "9" * 309
    assert numbers(f"won {huge} votes, then 12 more") == [("12", 12)]
    assert numbers(f"won {'9' * 308} votes") == [("9" * 308, float("9" * 308))]


def test_an_article_with_a_309_digit_vote_count_is_checked_without_error(reference):
    import datetime as dt

    from factcheck import check_text

    text = f"Trudy Harrison won {'9' * 309} votes in the Copeland by-election."
    assert check_text(text, reference, date=dt.date(2017, 2, 24)) == []
