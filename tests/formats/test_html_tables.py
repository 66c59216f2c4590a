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
