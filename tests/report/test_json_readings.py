"""factcheck/1 additions: each claim's `ids`, `readings` with their evidence, and `fix`."""

from __future__ import annotations

import json

from factcheck.claims import Evidence, Fix, Reading, Verdict
from factcheck.pipeline import FileReport
from factcheck.read.document import document_from_text
from factcheck.report import json as json_report

from .conftest import finding_at

NO_IDS = {"seat": None, "contest": None, "party": None, "candidate": None}
COPELAND = {"seat": "copeland", "contest": "2017-02-23-copeland", "party": "con"}


def claims_of(reports, documents=None) -> list[dict]:
    return json.loads(json_report.render(reports, None, documents))["files"][0]["claims"]


def test_claims_without_readings_say_so_with_null_ids(reports):
    for claim in claims_of(reports):
        assert claim["ids"] == NO_IDS
        assert claim["readings"] == []
        assert claim["fix"] is None


def test_readings_carry_ids_evidence_figures_and_which_was_chosen(reports, document):
    majority = reports[0].findings[1]
    cue = document.text.index("Copeland by-election")
    majority.readings = [
        Reading(
            ids=COPELAND,
            evidence=[Evidence("Copeland by-election", cue, cue + 20, role="contest")],
            actual=2147,
            verdict=Verdict.FALSE,
            chosen=True,
            label="Copeland by-election, 23 February 2017",
        ),
        Reading(
            ids={"seat": "copeland", "contest": "2015-05-07"}, actual=2564, verdict=Verdict.FALSE
        ),
    ]
    claim = claims_of(reports)[1]
    assert claim["ids"] == {**COPELAND, "candidate": None}
    first, second = claim["readings"]
    assert first["evidence"] == [{"cue": "Copeland by-election", "start": cue, "end": cue + 20}]
    assert (first["actual"], first["verdict"], first["chosen"]) == (2147, "false", True)
    assert first["label"] == "Copeland by-election, 23 February 2017"
    assert second["ids"] == {**NO_IDS, "seat": "copeland", "contest": "2015-05-07"}
    assert (second["chosen"], second["label"], second["evidence"]) == (False, None, [])


def test_fix_gives_the_replacement_its_safety_and_the_span_it_replaces(reports, document):
    majority = reports[0].findings[1]
    majority.fix = Fix("2,147", True, start=majority.claim.start, end=majority.claim.end)
    fix = claims_of(reports)[1]["fix"]
    assert document.text[fix["start"] : fix["end"]] == "2,417"
    assert (fix["replacement"], fix["safe"]) == ("2,147", True)


def test_html_offsets_of_evidence_and_fix_point_into_the_source():
    html = "<html><body><p>In <b>Copeland</b> she won <i>2,654</i> votes.</p></body></html>"
    document = document_from_text(html, path="a.html", format="html")
    finding = finding_at_html(document)
    cue = document.text.index("Copeland")
    finding.readings = [
        Reading(ids=COPELAND, evidence=[Evidence("Copeland", cue, cue + 8)], chosen=True)
    ]
    finding.fix = Fix("2,564", True, start=finding.claim.start, end=finding.claim.end)
    report = FileReport(path=document.path, findings=[finding])
    (claim,) = claims_of([report], {document.path: document})
    (evidence,) = claim["readings"][0]["evidence"]
    assert html[evidence["start"] : evidence["end"]] == "Copeland"
    assert html[claim["fix"]["start"] : claim["fix"]["end"]] == "2,654"


def finding_at_html(document):
    # The shared helper wants a line end after the claim; HTML text may not have one.
    document.text += "\n"
    document.offsets = [*document.offsets, len(document.source_text)]
    return finding_at(
        document, "2,654", "votes", Verdict.FALSE, value=2654, as_written="2,654", actual=2564
    )
