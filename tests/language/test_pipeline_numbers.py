"""End to end: a figure however typed is judged on its value, and every number is reported."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import factcheck.kinds.verify
from factcheck import check_text
from factcheck.claims import Evidence, Reading
from factcheck.pipeline import check_document
from factcheck.read.document import document_from_text
from factcheck.report import concise, full
from factcheck.report import json as json_report

DAY = dt.date(2017, 2, 24)
# Copeland by-election, 23 February 2017: Trudy Harrison (Conservative) polled 13,748.
INTRO = "The Conservatives won the Copeland by-election on Thursday. "
TYPINGS = {
    "comma": "13,748",
    "no-break space": "13\u00a0748",
    "thin space": "13\u2009748",
    "narrow no-break space": "13\u202f748",
    "figure space": "13\u2007748",
    "apostrophe": "13'748",
    "right single quote": "13\u2019748",
    "zero-width space": "13,\u200b748",
    "zero-width joiner": "1\u200d3,748",
    "word joiner": "13\u2060,748",
    "byte-order mark": "13,7\ufeff48",
    "soft hyphen": "13\u00ad748",
    "direction marks": "\u200e13,748\u200f",
    "embedding": "\u202a13,748\u202c",
    "isolate": "\u206613,748\u2069",
    "Arabic-Indic digits": "\u0661\u0663,\u0667\u0664\u0668",
    "Eastern Arabic-Indic digits": "\u06f1\u06f3,\u06f7\u06f4\u06f8",
    "fullwidth digits": "\uff11\uff13,\uff17\uff14\uff18",
}


@pytest.mark.parametrize("typed", TYPINGS.values(), ids=TYPINGS.keys())
def test_a_true_vote_count_is_true_however_it_is_typed(typed, reference):
    text = INTRO + f"Trudy Harrison polled {typed} votes."
    (finding,) = check_text(text, reference, DAY)
    assert (finding.claim.kind, str(finding.verdict)) == ("votes", "true")
    assert finding.claim.quantity.value == 13748
    # The span and quote are the user's own text, so an editor jumps to the right place.
    assert text[finding.claim.start : finding.claim.end] == finding.claim.text
    assert finding.claim.text.startswith(typed.lstrip("\u200e\u202a\u2066")[:1])


@pytest.mark.parametrize("typed", ["13\u00a0749", "13\u2009749", "\u0661\u0663,\u0667\u0664\u0669"])
def test_a_wrong_count_is_still_caught_however_it_is_typed(typed, reference):
    (finding,) = check_text(INTRO + f"Trudy Harrison polled {typed} votes.", reference, DAY)
    assert str(finding.verdict) == "false" and finding.actual == 13748


def test_a_plain_space_grouping_is_not_understood_never_judged(reference):
    text = INTRO + "Trudy Harrison polled 13 748 votes."
    report = check_document(document_from_text(text, date=DAY), reference)
    assert report.findings == []  # never "748 votes", never false
    (number,) = report.numbers
    assert (number.text, number.disposition) == ("13 748", "not_understood")


def test_json_spans_index_the_file_after_dropped_characters(reference):
    text = INTRO + "Trudy\u200b Harrison polled 13\u00a0748 votes, up from 2,000 in 2015."
    document = document_from_text(text, date=DAY)
    data = json.loads(json_report.render([check_document(document, reference)], None))
    (file,) = data["files"]
    for item in file["numbers"] + file["claims"]:
        assert text[item["start"] : item["end"]] == item["text"]
    # (and "up from 2,000 in 2015": the figure the change is counted from, a claim too)
    claim, earlier = file["claims"]
    assert claim["text"] == "13\u00a0748 votes" and claim["verdict"] == "true"
    assert earlier["text"] == "2,000"
    numbers = data["summary"]["numbers"]
    assert sum(numbers.values()) == len(file["numbers"]) and numbers["claim"] == 2


def test_html_offsets_compose_with_the_folding(reference):
    source = f"<p>{INTRO}Trudy Harrison polled 13&nbsp;748 votes.</p>"
    document = document_from_text(source, date=DAY, format="html")
    report = check_document(document, reference)
    data = json.loads(json_report.render([report], None, {document.path: document}))
    (number,) = data["files"][0]["numbers"]
    assert source[number["start"] : number["end"]] == "13&nbsp;748"
    assert number["disposition"] == "claim" and number["kind"] == "votes"


def test_every_number_has_exactly_one_disposition(reference):
    text = (
        INTRO + "Trudy Harrison polled 13,748 votes on 23 February 2017. A poll had given "
        "Labour 40%. Leaflets cost £1,200 and 3,000 residents signed a petition."
    )
    report = check_document(document_from_text(text, date=DAY), reference)
    got = [(n.text, n.disposition, n.kind or n.reason) for n in report.numbers]
    assert got == [
        ("13,748", "claim", "votes"),
        ("23", "not_a_result", "date"),
        ("2017", "not_a_result", "date"),
        ("40%", "not_a_result", "poll"),
        ("£1,200", "not_a_result", "money"),
        ("3,000", "not_a_result", "people"),
    ]


def test_summaries_print_the_number_counts(reference):
    text = INTRO + "Trudy Harrison polled 13,748 votes in 2017; the count of 1,2345 is garbled."
    report = check_document(document_from_text(text, "copeland.txt", date=DAY), reference)
    line = "numbers 3: checked 1, not results 1, not understood 1"
    assert concise.render([report]).splitlines()[-1] == (
        f"copeland.txt:1:1: info FC003 numbers: {line}"
    )
    assert line in full.render_text([report], None)


def test_evidence_spans_are_mapped_back_once(monkeypatch, reference):
    real = factcheck.kinds.verify.verify_claim

    def with_evidence(claim, context):
        finding = real(claim, context)
        cue = Evidence("votes", claim.end - len("votes"), claim.end)
        finding.readings = [Reading({}, [cue]), Reading({}, [cue])]  # one record, twice
        return finding

    monkeypatch.setattr(factcheck.kinds.verify, "verify_claim", with_evidence)
    text = INTRO + "Trudy\u200b Harrison\u200b polled 13,748 votes."
    (finding,) = check_text(text, reference, DAY)
    cue = finding.readings[0].evidence[0]
    assert text[cue.start : cue.end] == "votes"
