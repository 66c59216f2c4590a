"""Time per byte stays bounded as a generated article grows.

Not a timing target (those live in bench/): the cost per byte of an article sixteen
times longer is compared with that of the short one, in CPU time of this process with
the garbage collector off, and may be at most five times as high. Linear work measures
about 1x here, so only work that grows with the square of the text (each claim
rescanning everything before it) can fail it, whatever the machine's load.
"""

from __future__ import annotations

import datetime as dt
import gc
import time

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from factcheck.pipeline import check_document
from factcheck.read.document import document_from_text

from .conftest import PROFILE, SCALE
from .strategies import PARTIES, PEOPLE, SEATS

GROWTH = 16  # the long article is this many times the short one
BOUND = 5.0  # at most this many times the short one's cost per byte
SHORT = 300  # characters, at least, in the short article

figures = st.integers(100, 60_000).map(lambda n: f"{n:,}")
shares = st.floats(0.5, 80).map(lambda x: f"{x:.1f}%")
seats, parties, people = st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One sentence of an election report, with a figure or two."""
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return f"{draw(people)} won {draw(figures)} votes in the {draw(seats)} by-election."
    if shape == 1:
        return f"{draw(parties)} held {draw(seats)} with a majority of {draw(figures)}."
    if shape == 2:
        return f"Turnout was {draw(shares)}, down from {draw(shares)} in 2015."
    if shape == 3:
        return f"{draw(parties)} took {draw(shares)} of the vote, a rise of 3.1 points."
    return (
        f"{draw(people)} has been the MP for {draw(seats)} since {draw(st.integers(1945, 2024))}."
    )


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=3))) + "\n\n"


@st.composite
def run_on(draw: st.DrawFn) -> str:
    """Clauses of claims that never end the sentence: "Labour 12,345 votes, ..."."""
    clauses = draw(st.lists(st.tuples(parties, figures), min_size=1, max_size=2))
    return "".join(f"{party} won {n} votes in {draw(seats)}, " for party, n in clauses)


@st.composite
def table_rows(draw: st.DrawFn) -> str:
    """Rows of a Markdown results table (a results page lists every seat)."""
    rows = draw(st.lists(st.tuples(seats, parties, figures, shares), min_size=1, max_size=3))
    return "".join(f"| {s} | {p} | {n} | {x} |\n" for s, p, n, x in rows)


SHAPES = {
    "text": (paragraphs(), "text", ""),
    "html": (paragraphs().map(lambda p: f"<p>{p.strip()}</p>\n"), "html", ""),
    "table": (table_rows(), "markdown", "| Seat | Party | Votes | Share |\n|---|---|--:|--:|\n"),
    "run-on": (run_on(), "text", ""),
}


def cpu_seconds(text: str, format_name: str, reference, *, tries: int = 1) -> float:
    """The least CPU time of `tries` checks of `text`, fewer when they are slow."""
    document = document_from_text(text, format=format_name, date=dt.date(2017, 2, 24))
    best = float("inf")
    spent = 0.0
    for _ in range(tries):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            check_document(document, reference)
            elapsed = time.process_time() - start
        finally:
            gc.enable()
        best, spent = min(best, elapsed), spent + elapsed
        if spent > 0.5:
            break
    return max(best, 1e-6)


def per_byte_growth(unit: str, shape: str, reference) -> float:
    """How many times the short article's cost per byte the long one's is."""
    _, format_name, head = SHAPES[shape]
    repeats = -(-SHORT // len(unit))
    short = head + unit * repeats
    long = head + unit * (repeats * GROWTH)
    cpu_seconds(short, format_name, reference)  # warm: caches and lazy imports count for neither
    short_cost = cpu_seconds(short, format_name, reference, tries=5) / len(short)
    long_cost = cpu_seconds(long, format_name, reference) / len(long)
    return long_cost / short_cost


def examples(n: int) -> settings:
    # No shrinking: each example checks a long article, and the first failure says enough.
    return settings(max_examples=n * SCALE.get(PROFILE, 1), phases=[Phase.generate])


@pytest.mark.parametrize("shape", ["text", "html", "table"])
def test_time_per_byte_is_bounded(reference, shape):
    @examples(3)
    @given(unit=SHAPES[shape][0])
    def check(unit):
        growth = per_byte_growth(unit, shape, reference)
        assert growth <= BOUND, f"{shape}: {GROWTH}x the text cost {growth:.1f}x per byte"

    check()


def test_time_per_byte_is_bounded_in_a_run_on_sentence(reference):
    @examples(1)
    @given(unit=SHAPES["run-on"][0])
    def check(unit):
        growth = per_byte_growth(unit, "run-on", reference)
        assert growth <= BOUND, f"run-on: {GROWTH}x the text cost {growth:.1f}x per byte"

    check()
