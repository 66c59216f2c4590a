"""A true figure stays true however it is typed: any thousands separator the reader folds,
any script's digits, invisible characters anywhere inside it (see tests/language/cases)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factcheck.claims import Verdict
from factcheck.language import lexicon as lx
from factcheck.pipeline import check_text

from .conftest import budget
from .strategies import DIGIT_ZEROS, SEPARATORS, digits_in

COPELAND = dt.date(2017, 2, 24)
# Sentences with one true figure each, as the checker reads them with ASCII digits.
TRUE_CLAIMS = [
    ("Trudy Harrison won {} votes in the Copeland by-election.", "13,748", COPELAND),
    ("The Conservatives won the Copeland by-election with a majority of {}.", "2,147", COPELAND),
    ("Turnout in the Copeland by-election was {}%.", "51.3", COPELAND),
    (
        "The Conservatives won the Copeland by-election. Trudy Harrison polled 13,748 votes "
        "to Gillian Troughton's {}.",
        "11,601",
        COPELAND,
    ),
    ("George Galloway won the Rochdale by-election with {} votes.", "12,335", dt.date(2024, 3, 1)),
]
INVISIBLE = sorted(lx.INVISIBLE)


@st.composite
def typed(draw: st.DrawFn, figure: str) -> str:
    """`figure` as someone might type it: its separator, digits and stray invisibles."""
    if "," in figure:
        figure = figure.replace(",", draw(st.sampled_from(SEPARATORS)))
    if "." in figure:
        figure = figure.replace(".", draw(st.sampled_from([".", "\u00b7"])))  # raised point
    figure = digits_in(draw(st.sampled_from(DIGIT_ZEROS)), figure)
    chars = list(figure)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(chars)))
        chars.insert(at, draw(st.sampled_from(INVISIBLE)))
    return "".join(chars)


def verdicts(text: str, reference, date: dt.date) -> list[Verdict]:
    return [f.verdict for f in check_text(text, reference, date=date)]


def test_each_template_is_true_as_plainly_typed(reference):
    for template, figure, date in TRUE_CLAIMS:
        assert Verdict.TRUE in verdicts(template.format(figure), reference, date), template


@budget(100)
@given(data=st.data(), which=st.integers(0, len(TRUE_CLAIMS) - 1))
def test_a_true_figure_stays_true_however_it_is_typed(reference, data, which):
    template, figure, date = TRUE_CLAIMS[which]
    text = template.format(data.draw(typed(figure), label="figure"))
    plain = verdicts(template.format(figure), reference, date)
    assert verdicts(text, reference, date) == plain
