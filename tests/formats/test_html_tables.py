"""An HTML results table and list, read through the HTML reader as tables."""

from __future__ import annotations

from factcheck.pipeline import check_document
from factcheck.read.document import read_document

PAGE = """<html><head><meta name="date" content="2023-10-20"></head><body>
<h1>Labour takes Tamworth</h1>
<h2>Tamworth by-election result</h2>
<table>
<thead><tr><th>Candidate</th><th>Party</th><th>Votes</th><th>%</th></tr></thead>
<tbody>
<tr><td>Sarah Edwards</td><td>Labour</td><td>11,719</td><td>45.8</td></tr>
<tr><td>Andy Cooper</td><td>Conservative</td><td>10,403</td><td>46.7</td></tr>
</tbody></table>
<ul><li>Ashlea Simon, Britain First – 580</li><li>Robert Bilcliff, UKIP – 463</li></ul>
</body></html>
"""


def test_html_table_cells_and_list_items_are_read_by_their_rows(tmp_path, reference):
    path = tmp_path / "tamworth.html"
    path.write_text(PAGE, encoding="utf-8")
    findings = check_document(read_document(str(path)), reference).findings
    got = {f.claim.text: (f.claim.kind, str(f.verdict)) for f in findings}
    assert got["11,719"] == ("votes", "true")
    assert got["45.8"] == ("share", "true")
    assert got["10,403"] == ("votes", "true")
    assert got["46.7"] == ("share", "false")  # 40.7% officially
    assert got["580"] == ("votes", "true")
    assert got["463"] == ("votes", "false")  # 436 officially


SEATS_PAGE = """<html><head><meta name="date" content="2017-06-09"></head><body>
<h1>The marginals that changed hands</h1>
<table>
<thead><tr><th>Seat</th><th>Result</th><th>Winner</th><th>Majority</th><th>Share %</th>
<th>Change</th><th>Turnout</th><th>Runner-up</th></tr></thead>
<tbody>
<tr><td>Gower</td><td>Lab gain from Con</td><td>Tonia Antoniazzi</td><td>3,269</td><td>49.9</td>
<td>+12.8</td><td>73.4%</td><td>Byron Davies (Con)</td></tr>
<tr><td>Derby North</td><td>Lab gain from Con</td><td>Chris Williamson</td><td>2,105</td>
<td>48.5</td><td>+12.0</td><td>69.8%</td><td>Amanda Solloway (Con)</td></tr>
<tr><td>Newtown Central</td><td>Lab gain from Con</td><td>A N Other</td><td>1,000</td>
<td>45.0</td><td>+5.0</td><td>70.0%</td><td>Someone Else (Con)</td></tr>
</tbody></table>
</body></html>
"""


def test_an_html_table_with_one_row_per_seat_is_read_by_its_rows(tmp_path, reference):
    path = tmp_path / "marginals.html"
    path.write_text(SEATS_PAGE, encoding="utf-8")
    findings = check_document(read_document(str(path)), reference).findings
    got = {f.claim.text: (f.claim.kind, str(f.verdict)) for f in findings}
    assert got["3,269"] == ("majority", "true")
    assert got["49.9"] == ("share", "true")
    assert got["+12.8"] == ("share_change", "true")
    assert got["73.4%"] == ("turnout", "true")
    assert got["2,105"] == ("majority", "false")  # 2,015 officially
    assert got["48.5"] == ("share", "true")
    # A row whose seat is no constituency is never judged against another seat's.
    assert got["1,000"] == ("majority", "unverifiable")
    assert got["45.0"] == ("share", "unverifiable")
