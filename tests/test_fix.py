"""Suggested fixes: the official figure written the way the claim was written."""

from __future__ import annotations

import pytest

from factcheck.claims import Claim, Finding, Qualifier, Quantity, Verdict
from factcheck.fix import fix_for

EXACT, MORE, NEARLY, ABOUT = Qualifier.EXACT, Qualifier.MORE_THAN, Qualifier.NEARLY, Qualifier.ABOUT


def finding(
    text: str,
    span: str,
    as_written: str,
    unit: str,
    actual: float | int | str | None,
    *,
    qualifier: Qualifier = EXACT,
    step: float = 1,
    verdict: Verdict = Verdict.FALSE,
    cues: dict[str, str] | None = None,
) -> Finding:
    """A finding for the claim `span` in `text`, as a kind would make it."""
    start = text.index(span)
    digits = "".join(ch for ch in as_written.split()[0] if ch.isdigit() or ch == ".")
    value = float(digits) if digits else 0  # the fix reads the figure as written, not this
    quantity = Quantity(value, as_written, unit, qualifier, step)
    claim = Claim("votes", quantity, start, start + len(span), span, cues=cues or {})
    return Finding(claim, verdict, "official figure differs", actual=actual)


def fixed(text: str, *args, **kwargs) -> tuple[str, bool] | None:
    """The sentence with the fix applied, and whether the fix is safe."""
    fix = fix_for(finding(text, *args, **kwargs), text)
    if fix is None:
        return None
    return text[: fix.start] + fix.replacement + text[fix.end :], fix.safe


@pytest.mark.parametrize(
    ("text", "span", "as_written", "unit", "actual", "expected"),
    [
        ("She took 2,654 votes.", "2,654 votes", "2,654", "votes", 2564, "She took 2,564 votes."),
        ("She took 2654 votes.", "2654 votes", "2654", "votes", 2564, "She took 2564 votes."),
        ("A lead of 980.", "980", "980", "votes", 1020, "A lead of 1,020."),
        ("He won 13 748 votes.", "13 748", "13 748", "votes", 13478, "He won 13 478 votes."),
        (
            "He won 13\u00a0748.",
            "13\u00a0748",
            "13\u00a0748",
            "votes",
            13478,
            "He won 13\u00a0478.",
        ),
        ("Her share was 47.1%.", "47.1%", "47.1", "percent", 47.23, "Her share was 47.2%."),
        ("Her share was 47%.", "47%", "47", "percent", 45.5, "Her share was 46%."),
        ("It won 44 per cent.", "44 per cent", "44", "percent", 41.63, "It won 42 per cent."),
        ("Turnout: 51.30%.", "51.30%", "51.30", "percent", 50.1, "Turnout: 50.10%."),
        ("Held since 1935.", "1935", "1935", "year", 1922, "Held since 1922."),
        ("The first gain since 1982.", "1982", "1982", "year", 1978, "The first gain since 1978."),
    ],
)
def test_exact_figures_are_replaced_in_the_same_style_and_safely(
    text, span, as_written, unit, actual, expected
):
    assert fixed(text, span, as_written, unit, actual) == (expected, True)


def test_a_round_figure_is_rounded_at_its_own_precision_and_not_safe():
    text = "a majority of 2,500"
    got = fixed(text, "2,500", "2,500", "votes", 2564, step=100, verdict=Verdict.APPROXIMATELY_TRUE)
    assert got == ("a majority of 2,600", False)


def test_a_hedge_is_kept_when_the_rounded_figure_makes_it_true():
    text = "Labour took nearly 3,000 votes."
    got = fixed(text, "3,000 votes", "3,000", "votes", 1987, qualifier=NEARLY, step=1000)
    assert got == ("Labour took nearly 2,000 votes.", False)


def test_a_hedge_that_cannot_be_made_true_goes_with_the_figure():
    text = "Labour took more than 2,000 votes."
    got = fixed(text, "2,000 votes", "2,000", "votes", 1987, qualifier=MORE, step=1000)
    assert got == ("Labour took 1,987 votes.", False)


def test_a_dropped_hedge_on_a_share_keeps_one_decimal():
    text = "Its share fell by almost 5 points."
    got = fixed(text, "5 points", "5", "percent", -9.24, qualifier=NEARLY, cues={"dir": "fell"})
    assert got == ("Its share fell by 9.2 points.", False)


def test_about_stays_about():
    text = "Turnout was about 40%."
    got = fixed(text, "40%", "40", "percent", 47.4, qualifier=ABOUT)
    assert got == ("Turnout was about 47%.", False)


def test_a_fall_written_as_a_magnitude_is_fixed_as_one():
    text = "Labour's share fell by 5.1 points."
    got = fixed(text, "5.1 points", "5.1", "percent", -4.92, cues={"dir": "fell"})
    assert got == ("Labour's share fell by 4.9 points.", True)


@pytest.mark.parametrize(
    ("direction", "actual"), [("rose", -4.2), ("fell", 4.2), ("", -4.2)], ids=str
)
def test_no_fix_when_the_words_point_the_wrong_way(direction, actual):
    text = "The share changed by 5 points."
    assert fixed(text, "5 points", "5", "percent", actual, cues={"dir": direction}) is None


def test_a_decade_for_a_decade_and_a_duration_in_completed_years():
    assert fixed("held since the 1930s", "1930s", "1930", "decade", 1922, step=10) == (
        "held since the 1920s",
        False,
    )
    assert fixed("for 23 years", "23 years", "23", "years", 27.8) == ("for 27 years", False)


@pytest.mark.parametrize(
    ("text", "span", "actual", "expected"),
    [
        ("won it twice", "twice", 3, "won it three times"),
        ("won it three times", "three times", 2, "won it twice"),
        ("won it 4 times", "4 times", 5, "won it 5 times"),
        ("won it once", "once", 1, None),
    ],
)
def test_counts_of_wins_keep_their_wording(text, span, actual, expected):
    got = fixed(text, span, span, "count", actual)
    assert (got[0] if got else None) == expected


def test_number_words_stay_words_with_their_capital():
    assert fixed("Seven of them", "Seven", "Seven", "count", 9) == ("Nine of them", True)


def test_odd_keeps_its_suffix():
    got = fixed(
        "for 23-odd years", "23-odd years", "23-odd", "years", 27.4, qualifier=Qualifier.ODD
    )
    assert got == ("for 27-odd years", False)


@pytest.mark.parametrize(
    ("verdict", "actual"),
    [
        (Verdict.TRUE, 2564),
        (Verdict.UNVERIFIABLE, None),
        (Verdict.FALSE, None),
        (Verdict.FALSE, "Labour"),
    ],
)
def test_no_fix_without_a_wrong_numeric_figure(verdict, actual):
    assert (
        fixed("She took 2,654 votes.", "2,654 votes", "2,654", "votes", actual, verdict=verdict)
        is None
    )


def test_a_hedge_that_must_go_needs_the_text():
    f = finding(
        "more than 2,000 votes", "2,000 votes", "2,000", "votes", 1987, qualifier=MORE, step=1000
    )
    assert fix_for(f) is None
    assert fix_for(f, "more than 2,000 votes") is not None


def test_a_figure_written_with_hundreds_of_decimals_still_gets_a_fix():
    # Found by tests/fuzz: quantizing to 320 places raised decimal.InvalidOperation.
    written = "0." + "9" * 320
    text = f"Turnout was {written}%."
    result = fixed(text, f"{written}%", written, "percent", 51.27, step=10.0**-320)
    assert result is not None and result[0].startswith("Turnout was 51.27")


def test_a_share_is_rounded_once_from_the_unrounded_official_figure():
    # The report shows 7.25 (two places), but the share is 7.2497: "7.2%", which the checker
    # then calls true, not "7.3%" (rounded twice), which it would call approximately true.
    text = "The Liberal Democrats took 8.2% of the vote."
    f = finding(text, "8.2%", "8.2", "percent", 7.25)
    f.precise = 7.2497
    fix = fix_for(f, text)
    assert fix is not None and fix.replacement == "7.2%"
