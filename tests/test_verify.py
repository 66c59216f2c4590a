import pytest

from factcheck.claims import Qualifier, Quantity, Verdict
from factcheck.judge import judge
from factcheck.judge.tolerances import Tolerances

T, A, F = Verdict.TRUE, Verdict.APPROXIMATELY_TRUE, Verdict.FALSE


def q(value, unit="votes", qualifier=Qualifier.EXACT, step=1):
    return Quantity(value=value, as_written=str(value), unit=unit, qualifier=qualifier, step=step)


@pytest.mark.parametrize(
    ("quantity", "actual", "expected"),
    [
        (q(13748), 13748, T),
        (q(13748), 13478, F),
        (q(2500, step=100), 2564, A),  # a round figure a step away
        (q(2500, step=100), 2530, T),  # rounds to it
        (q(2500, step=100), 3500, F),
        (q(3000, step=1000), 2564, T),
        (q(8, "percent", Qualifier.MORE_THAN), 8.46, T),
        (q(8, "percent", Qualifier.MORE_THAN), 8.0, F),
        (q(12, "percent", Qualifier.MORE_THAN), 8.46, F),
        (q(5, "percent", Qualifier.NEARLY), 4.92, T),
        (q(5, "percent", Qualifier.NEARLY), 5.3, A),
        (q(9, "percent", Qualifier.NEARLY), 4.92, F),
        (q(2, "percent", Qualifier.ABOUT), 2.2, T),
        (q(6, "percent", Qualifier.ABOUT), 2.2, F),
        (q(44, "percent"), 44.25, T),
        (q(44, "percent"), 44.9, A),
        (q(44, "percent"), 47, F),
        (q(37.3, "percent", step=0.1), 37.34, T),
        (q(37.3, "percent", step=0.1), 37.9, F),
        (q(1935, "year"), 1935, T),
        (q(1931, "year"), 1935, F),
        (q(1930, "decade"), 1935, T),
        (q(1920, "decade"), 1935, F),
        (q(2, "count"), 2, T),
        (q(3, "count"), 2, F),
    ],
)
def test_figures_are_judged_by_their_hedge_and_precision(quantity, actual, expected):
    assert judge(quantity, actual).verdict == expected


@pytest.mark.parametrize(
    ("quantity", "actual", "expected"),
    [
        (q(35, "years"), 34.7, T),  # rounds
        (q(34, "years"), 34.7, T),  # truncates
        (q(45, "years"), 34.7, F),
        (q(80, "years", Qualifier.MORE_THAN), 81.3, T),
        (q(90, "years", Qualifier.MORE_THAN), 81.3, F),
        (q(23, "years", Qualifier.ODD), 22.8, T),
        (q(33, "years", Qualifier.ODD), 22.8, F),
        (q(20, "years"), 19.8, T),
        (q(30, "years"), 19.8, F),
        (q(7, "years"), 6.8, T),
        (q(10, "years"), 6.8, F),
    ],
)
def test_durations_in_years(quantity, actual, expected):
    assert judge(quantity, actual).verdict == expected


def test_tolerances_can_be_changed():
    strict = Tolerances().updated({"round_approx_steps": 0.5})
    assert judge(q(2500, step=100), 2564, strict).verdict == F


def test_unknown_tolerance_is_an_error():
    with pytest.raises(KeyError):
        Tolerances().updated({"no_such_margin": 1})


def test_every_judgement_states_its_rule():
    assert "more than 8" in judge(q(8, "percent", Qualifier.MORE_THAN), 9).rule
