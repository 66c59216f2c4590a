"""What the formats share: figures with their units, and a correction placed in the file."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims import Claim, Finding, Fix, Qualifier, Quantity, Verdict
from factcheck.read.document import document_from_text
from factcheck.report.common import (
    claimed_figure,
    nested_json,
    not_shown_line,
    official_figure,
    short_source,
    source_edit,
)


def finding(kind, unit, as_written, actual, *, text=None, qualifier=Qualifier.EXACT) -> Finding:
    digits = as_written.rstrip("%").replace(",", "")
    value = float(digits) if digits[:1].isdigit() else 3  # "decades", "three times"
    quantity = Quantity(value, as_written, unit, qualifier)
    claim = Claim(kind, quantity, 0, 1, text or as_written)
    return Finding(claim, Verdict.FALSE, "", actual=actual)


@pytest.mark.parametrize(
    "case, claimed, official",
    [
        (finding("votes", "votes", "2,552", 2252), "2,552 votes", "2,252 votes"),
        (finding("majority", "votes", "1", 1), "1 vote", "1 vote"),
        (finding("share", "percent", "6.5", 6.52), "6.5%", "6.52%"),
        (finding("share", "percent", "51%", 51.27), "51%", "51.27%"),
        (
            finding("share_change", "percent", "12", -15, qualifier=Qualifier.MORE_THAN),
            "more than 12 points",
            "-15 points",
        ),
        (finding("share", "percent", "4.5", 4.48, text="4.5 points"), "4.5 points", "4.48 points"),
        (finding("years_held", "years", "50", 9.6), "50 years", "9.6 years"),
        (finding("years_held", "years", "decades", 81.3), "decades", "81.3 years"),
        (finding("held_since", "year", "1935", 1935), "1935", "1935"),
        (finding("count", "count", "three times", 2), "three times", "2"),
        (finding("share", "percent", "6.5", None), "6.5%", "—"),
    ],
)
def test_figures_carry_their_unit(case, claimed, official):
    assert (claimed_figure(case), official_figure(case)) == (claimed, official)


def test_short_source_names_the_first_and_counts_the_rest():
    assert short_source("") == ""
    assert short_source("House of Commons Library, CBP-7417") == (
        "House of Commons Library, CBP-7417"
    )
    assert short_source("A; B; C") == "A (+2 more)"
    long = "House of Commons Library, " + "a very long title " * 10
    assert len(short_source(long)) <= 100 and short_source(long).endswith("…")


def test_the_not_shown_line_counts_each_verdict():
    counts = {Verdict.TRUE: 11, Verdict.UNVERIFIABLE: 2}
    assert not_shown_line(counts) == (
        "2 unverifiable and 11 true claims not shown; --show all to list them"
    )
    assert not_shown_line({Verdict.TRUE: 1}) == "1 true claim not shown; --show all to list them"
    assert not_shown_line({Verdict.TRUE: 0}) == ""


def fixed(document, claim_text: str, replacement: str, *, span: str | None = None) -> Finding:
    start = document.text.index(claim_text)
    quantity = Quantity(0, claim_text.split()[0], "votes")
    claim = Claim("votes", quantity, start, start + len(claim_text), claim_text)
    fix_start = document.text.index(span) if span else start
    return Finding(
        claim, Verdict.FALSE, "", fix=Fix(replacement, True, start=fix_start, end=claim.end)
    )


def test_an_edit_changes_only_the_words_that_change():
    document = document_from_text("Intro.\nHanson took 2,552 votes in all.\n", path="a.md")
    edit = source_edit(fixed(document, "2,552 votes", "2,252 votes"), document)
    assert (edit.start, edit.end, edit.deleted, edit.inserted) == (
        (2, 13),
        (2, 18),
        "2,552",
        "2,252",
    )


def test_an_edit_that_drops_a_hedge_deletes_the_hedge_too():
    document = document_from_text("Its share fell by more than 12 points.\n", path="a.md")
    finding = fixed(document, "12 points", "9 points", span="more than 12 points")
    edit = source_edit(finding, document)
    assert (edit.deleted, edit.inserted, edit.start, edit.end) == (
        "more than 12",
        "9",
        (1, 19),
        (1, 31),
    )


def test_an_edit_of_html_touches_text_never_tags():
    page = "<p>Hanson took <b>2,552</b> votes.</p>\n"
    document = document_from_text(page, path="a.html", format="html")
    edit = source_edit(fixed(document, "2,552 votes", "2,252 votes"), document)
    line, column = edit.start
    assert page[column - 1 : edit.end[1] - 1] == "2,552" and edit.inserted == "2,252"


def test_an_edit_the_source_spells_otherwise_is_not_offered():
    page = "<p>Hanson took 2&#44;552 votes.</p>\n"
    document = document_from_text(page, path="a.html", format="html")
    assert "2,552 votes" in document.text
    assert source_edit(fixed(document, "2,552 votes", "2,252 votes"), document) is None


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from('\x00\x1f\u2028"\\')),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=5) | st.integers() | st.booleans(), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_JSON_VALUES, st.integers(min_value=0, max_value=3))
def test_nested_json_is_what_json_dumps_writes(value, depth):
    want = json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + "  " * depth)
    assert nested_json(value, depth) == want
