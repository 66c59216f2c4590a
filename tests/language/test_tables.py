"""Results blocks read as tables: layouts, headers, and lists that are not results."""

from __future__ import annotations

from factcheck.language.tables import poll_spans, read_blocks


def _rows(text: str) -> list[list[tuple[str, str]]]:
    return [
        [(c.role, text[c.start : c.end]) for c in r.cells]
        for b in read_blocks(text)
        for r in b.rows
    ]


def test_name_party_count_share_lines_with_blank_lines_between():
    text = "Full result\n\nA Smith, Labour - 12,345 (45.1%)\n\nB Jones, Green Party - 678 (2.5%)\n"
    assert _rows(text) == [
        [("label", "A Smith"), ("label", "Labour"), ("votes", "12,345"), ("share", "45.1%")],
        [("label", "B Jones"), ("label", "Green Party"), ("votes", "678"), ("share", "2.5%")],
    ]


def test_party_first_count_with_votes_unit_and_equals_share():
    text = "Result:\nLabour: A Smith – 7,854 votes = 37.1%\nUKIP: B Jones – 5,233 votes = 24.7%\n"
    (block,) = read_blocks(text)
    assert [r.figures("votes")[0].value for r in block.rows] == [7854, 5233]
    assert text[block.heading[0] : block.heading[1]] == "Result:"


def test_share_and_signed_change_in_square_brackets():
    text = "Labour 2,266 [49.6%; +14.6%]\nGreen 316 [6.9%; -1.2%]\n"
    roles = [[role for role, _ in row] for row in _rows(text)]
    assert roles == [["label", "votes", "share", "change"]] * 2


def test_a_bare_decimal_after_the_count_is_its_share():
    text = "Con 1187 (37.5; -1.5)\nLab 1011 (31.9; +11.2)\n"
    assert [row[2] for row in _rows(text)] == [("share", "37.5"), ("share", "31.9")]


def test_markdown_header_gives_the_columns_and_a_colour_cell_is_aligned_right():
    text = (
        "| Party | Candidate | Votes | % | ±% |\n|---|---|---|---|---|\n"
        "| | Labour | A Smith | 11,719 | 45.8 | +22.1 |\n"
        "| | Conservative | B Jones | 10,403 | 40.7 | N/A |\n"
    )
    rows = _rows(text)
    assert rows[0][2:] == [("votes", "11,719"), ("share", "45.8"), ("change", "+22.1")]
    assert rows[1][2:] == [("votes", "10,403"), ("share", "40.7")]


def test_summary_rows_belong_to_the_block_but_name_no_candidate():
    text = "A Smith (Lab) 17,309\nB Jones (Con) 6,335\nMajority 10,974\nTurnout 41.2%\n"
    (block,) = read_blocks(text)
    assert [r.summary for r in block.rows] == ["", "", "majority", "turnout"]
    assert block.own_total == 17309 + 6335


def test_prose_is_not_a_row():
    assert read_blocks("Labour won 12,345 votes.\nThe Tories polled 11,000 on the night.\n") == ()


def test_a_seat_tally_under_a_seats_heading_is_not_results():
    assert read_blocks("Seats in the new Commons:\nLabour – 411\nConservative – 121\n") == ()


def test_bare_small_counts_against_parties_are_not_results():
    assert read_blocks("Labour – 198\nConservative – 165\n") == ()


def test_a_list_under_a_poll_heading_is_skipped_whole():
    text = "Latest poll:\nLabour – 11,000 (45%)\nConservative – 10,000 (41%)\n"
    assert read_blocks(text) == ()
    assert poll_spans(text) == [(text.index("Labour"), len(text) - 1)]


def test_a_table_of_seats_is_not_results():
    text = "| Party | Seats | Votes % |\n|---|---|---|\n"
    text += "| Labour | 411 | 33.7 |\n| Con | 121 | 23.7 |\n"
    assert read_blocks(text) == ()


def test_a_list_run_on_in_a_sentence():
    text = "The rest of the field: Lib Dem A Smith 2,252, Ukip's B Jones 2,025 and C Brown 811."
    (block,) = read_blocks(text)
    assert [r.figures("votes")[0].value for r in block.rows] == [2252, 2025, 811]
    assert text[block.heading[0] : block.heading[1]] == "The rest of the field:"


def test_one_item_after_a_clause_ending_on_its_own_figure():
    text = "A Smith polled 2,748 and the Green B Jones 1,243."
    (block,) = read_blocks(text)
    assert [r.figures("votes")[0].value for r in block.rows] == [1243]
    assert read_blocks("A Smith won the seat and the Greens 1,243.") == ()


def test_cover_and_span_index_agree_with_a_pass_over_the_spans():
    import random

    from factcheck.language.tables import Cover, SpanIndex

    rng = random.Random(7)
    for _ in range(200):
        spans = sorted((a, a + rng.randint(1, 9)) for a in rng.sample(range(60), 8))
        cover, index = Cover(spans), SpanIndex(spans)
        for x in range(-1, 72):
            holding = [k for k, (a, b) in enumerate(spans) if a <= x < b]
            assert cover.holds(x) == bool(holding)
            assert index.holding(x) == holding


def test_a_table_with_one_row_per_seat_is_read_by_its_header():
    from factcheck.language.tables import read_seat_tables

    text = (
        "| Seat | Rank | Result | Winner | Majority | Lab % | Change since 2015 | Runner-up |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| Gower | 1 | Lab gain from Con | Tonia Antoniazzi | 3,269 (7.1%) | 49.9 | +12.8 "
        "| Byron Davies (Con) |\n"
        "| Total | 2 | | | 5,000 | | | |\n"
    )
    (table,) = read_seat_tables(text)
    (row,) = table.rows  # the total row sums the others: no one seat's
    assert text[slice(*row.seat)] == "Gower"
    assert text[slice(*row.winner)] == "Tonia Antoniazzi"
    assert text[slice(*row.result)] == "Lab" and text[slice(*row.beaten)] == "Con"
    assert text[slice(*row.runner_up)] == "Byron Davies (Con)"
    got = [(f.kind, f.unit, text[f.start : f.end], f.owner, f.year, f.since) for f in row.figures]
    assert got == [
        ("majority", "votes", "3,269", "row", 0, False),
        ("majority", "percent", "7.1%", "row", 0, False),
        ("share", "percent", "49.9", "party", 0, False),
        ("share_change", "percent", "+12.8", "row", 2015, True),
    ]
    assert text[slice(*row.figures[2].party)] == "Lab"
    # A column whose header names no measure ("Rank") holds no claims.
    assert [text[a:b] for a, b in table.unread] == ["1", "2"]
    # The rows are no candidate-row results block.
    assert read_blocks(text) == ()


def test_a_table_of_seat_counts_is_no_seat_table():
    from factcheck.language.tables import read_seat_tables

    text = "| Party | Seats | Votes % |\n|---|---|---|\n| Labour | 411 | 33.7 |\n"
    assert read_seat_tables(text) == ()
