"""Claims read from the cells of results blocks (see `language/tables.py`).

Every figure cell of a candidate row is a claim of its kind: a votes cell `votes`, a
share cell `share`, a signed change cell `share_change`. Its sentence is its row, so the
row's name and party are its subject; its cues carry the row, the block's heading (its
contest) and, for a share, the block's own total and the row's votes (a second reading:
lists often round shares of their own totals).

A table with one row per seat ("| Seat | Result | Winner | Majority | Share % | ... |") gives
a claim for every figure cell too, of the kind its column's header names (`majority`,
`share`, `share_change`, `turnout`, `votes`, `swing`, `electorate`). Its cues carry the
spans of the row's seat, winner, party, result and runner-up cells and of its column's
header, so that `resolve.subjects.seat_row_owner` reads its seat and subject from the row,
not from the words around it.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.claims import Claim, Qualifier
from factcheck.language.quantities import find_numbers, make_quantity
from factcheck.language.tables import (
    Block,
    Cell,
    Row,
    SeatFigure,
    SeatRow,
    SeatTable,
    dating_heading,
    read_blocks,
    read_seat_tables,
)

_KIND = {
    "votes": ("votes", "votes"),
    "share": ("share", "percent"),
    "change": ("share_change", "percent"),
}


def claims(text: str) -> list[Claim]:
    """A claim for every figure cell of every candidate row of every results block."""
    found = []
    for block in read_blocks(text):
        for row in block.candidates:
            for cell in row.cells:
                claim = _claim(text, block, row, cell)
                if claim is not None:
                    found.append(claim)
        for row in block.rows:
            # A turnout row's share is the turnout ("| Turnout | | 25,630 | 36.0 |").
            if row.summary in ("turnout", "turn-out"):
                found += [
                    _summary(text, block, row, c, "turnout") for c in row.figures("share")[:1]
                ]
            # A majority row's count and share ("| Majority | | 4,914 | 12.2 |"): the seat's
            # (not a row whose cells run on into the next label, as lines without a table's
            # rules can: "Majority / 15 / Turnout / 55.1%").
            if row.summary in ("majority", "maj") and len(row.labels) == 1:
                found += [
                    _summary(text, block, row, c, "majority")
                    for role in ("votes", "share")
                    for c in row.figures(role)[:1]
                ]
    return found


def _summary(text: str, block: Block, row: Row, cell: Cell, kind: str) -> Claim:
    """The claim of a summary row's figure (a turnout's share, a majority's count or share)."""
    claim = _claim(text, block, row, cell)
    assert claim is not None
    claim.kind = kind
    claim.cues = {k: v for k, v in claim.cues.items() if k in ("row", "block", "heading")}
    return claim


def _exact_peers(text: str, block: Block, cell: Cell) -> bool:
    """Whether the block's other counts are mostly exact (not ending in "00"): then a round
    one among them is exact too."""
    others = [
        text[c.start : c.end].replace(",", "").strip()
        for r in block.candidates
        for c in r.figures("votes")
        if c is not cell
    ]
    exact = [o for o in others if o.isdigit() and not o.endswith("00")]
    return len(others) >= 3 and len(exact) * 2 > len(others)


def _claim(text: str, block: Block, row: Row, cell: Cell) -> Claim | None:
    if cell.role not in _KIND:
        return None
    kind, unit = _KIND[cell.role]
    tokens = find_numbers(text[cell.start : cell.end])
    if not tokens:
        return None
    token = replace(tokens[0], start=cell.start + tokens[0].start, end=cell.start + tokens[0].end)
    quantity, _ = make_quantity(text, token, unit, qualifier=Qualifier.EXACT)
    if (
        unit == "votes"
        and not token.is_words
        and (_own_line(text, row.start, row.end) or _exact_peers(text, block, cell))
    ):
        # A results row on a line of its own gives each count in full: "Tom Rogers (CPA)
        # 200" is 200, not "about 200" (a list run on in a sentence may round, unless its
        # other counts are exact: "Gullis (Con) 20,974; ... Borgars (Green) 500; ...").
        quantity = replace(quantity, step=1)
    cues = {"row": f"{row.start}:{row.end}", "block": f"{block.start}:{block.end}"}
    heading = dating_heading(text, block.heading)
    if heading:
        cues["heading"] = f"{heading[0]}:{heading[1]}"
    if block.lead:
        cues["lead"] = f"{block.lead[0]}:{block.lead[1]}"
    if cell.role == "change":
        cues["dir"] = "down" if cell.sign < 0 else "up"
    if cell.role == "share":
        votes = row.figures("votes")
        total = block.own_total
        if votes and total:
            cues["row_votes"] = str(int(votes[0].value))
            cues["list_total"] = str(total)
            cues["list_rows"] = str(len(block.candidates))
    start = cell.start if cell.role == "change" else token.start
    return Claim(
        kind=kind,
        quantity=quantity,
        start=start,
        end=cell.end,
        text=text[start : cell.end].strip(),
        sentence_start=row.start,
        sentence_end=row.end,
        cues=cues,
    )


def span(cue: str) -> tuple[int, int]:
    a, b = cue.split(":")
    return int(a), int(b)


def seat_claims(text: str) -> list[Claim]:
    """A claim for every figure cell of every row of every table with one row per seat."""
    return [
        _seat_claim(text, table, row, figure)
        for table in read_seat_tables(text)
        for row in table.rows
        for figure in row.figures
    ]


def _seat_claim(text: str, table: SeatTable, row: SeatRow, figure: SeatFigure) -> Claim:
    cell = text[figure.start : figure.end]
    token = find_numbers(cell)[0]
    token = replace(token, start=figure.start + token.start, end=figure.start + token.end)
    quantity, _ = make_quantity(text, token, figure.unit, qualifier=Qualifier.EXACT)
    cues = {"seat_row": f"{row.start}:{row.end}", "column": _cue(figure.header)}
    spans = {
        "seat_cell": row.seat,
        "winner_cell": row.winner,
        "party_cell": row.party,
        "result_party": row.result,
        "beaten_party": row.beaten,
        "runner_cell": row.runner_up,
        "column_party": figure.party,
        "table_heading": table.heading,
    }
    cues.update({k: _cue(v) for k, v in spans.items() if v is not None})
    cues["owner"] = figure.owner
    if figure.year:
        cues["column_year"] = str(figure.year)
        if figure.since:
            cues["column_since"] = "1"
    if row.year:
        cues["row_year"] = str(row.year)
    if row.date:
        cues["row_date"] = row.date
    if table.years:
        cues["heading_years"] = ",".join(map(str, table.years))
    if row.held:
        cues["held"] = "1"
    if figure.kind == "share_change":
        cues["dir"] = "down" if figure.sign < 0 else "up"
    start = figure.start if figure.kind == "share_change" else token.start
    return Claim(
        kind=figure.kind,
        quantity=quantity,
        start=start,
        end=figure.end,
        text=text[start : figure.end].strip(),
        sentence_start=row.start,
        sentence_end=row.end,
        cues=cues,
    )


def _cue(span: tuple[int, int]) -> str:
    return f"{span[0]}:{span[1]}"


def _own_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole line (blank space aside)."""
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    return not text[before + 1 : start].strip(" \t*-•|") and not text[
        end : len(text) if after < 0 else after
    ].strip(" \t|")
