"""How the importer matches and writes names, and how it writes YAML."""

from __future__ import annotations

import pytest
import yaml

from factcheck.reference.importer.names import (
    display_name,
    repair_mojibake,
    seat_key,
    slug,
)
from factcheck.reference.importer.writer import document, scalar


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mitcham & Morden", "Mitcham and Morden"),
        ("Hartlepools, The", "The Hartlepools"),
        ("Cornwall North", "North Cornwall"),
        ("Dorset Mid and Poole North", "Mid Dorset and North Poole"),
        ("Durham, City of", "City of Durham"),
        ("Hull East", "Kingston upon Hull East"),
        ("Stirling And Falkirk District Of Burghs", "Stirling and Falkirk"),
        ("Birmingham King'S Norton", "Birmingham, King's Norton"),
        ("Stoke on Trent Central", "Stoke-on-Trent Central"),
        ("Mid-Bedfordshire", "Bedfordshire Mid"),
    ],
)
def test_variants_of_one_seat_name_share_a_key(a, b):
    assert seat_key(a) == seat_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Penrith and The Border", "Penrith and Border"),
        ("Cambridgeshire South West", "Cambridgeshire South East"),
        ("Richmond (Yorks)", "Richmond (Surrey)"),
    ],
)
def test_different_seats_keep_different_keys(a, b):
    assert seat_key(a) != seat_key(b)


def test_slugs_are_ids():
    assert slug("Stoke-on-Trent Central") == "stoke-on-trent-central"
    assert slug("Ynys Môn") == "ynys-mon"
    assert slug("Birmingham, King's Norton") == "birmingham-kings-norton"
    assert slug("Sinn Féin") == "sinn-fein"


def test_display_names_undo_mechanical_title_case():
    assert display_name("Birmingham King'S Norton") == "Birmingham King's Norton"
    assert display_name("Ashton Under Lyne") == "Ashton under Lyne"
    assert display_name("Mitcham & Morden") == "Mitcham and Morden"


def test_mojibake_is_repaired_and_good_text_left_alone():
    assert repair_mojibake("SÃ©amus Martin") == "Séamus Martin"
    assert repair_mojibake("Ã\x81ine Groogan") == "Áine Groogan"
    assert repair_mojibake("Ynys M√¥n") == "Ynys Môn"  # Mac Roman
    assert repair_mojibake("Sinn Féin") == "Sinn Féin"
    assert repair_mojibake("Ãtoile") == "Ãtoile"  # not valid UTF-8 underneath


def test_strings_are_quoted_so_yaml_reads_them_back():
    for text in ("yes", "no", "1983", "2019-12-12", "null", "a: b", '"q"', "tab\there", "\x81"):
        assert yaml.load(scalar(text), Loader=yaml.CSafeLoader) == text
    assert scalar(True) == "true" and scalar(7) == "7" and scalar(71.5) == "71.5"


def test_document_styles_read_back_as_the_same_records():
    records = [
        {
            "election": "ge-2015",
            "constituency": "copeland",
            "source": "x",
            "candidates": [
                {"name": "Jamie Reed", "party": "labour", "votes": 16750},
                {"name": "Stephen Haraldsen", "party": "conservative", "votes": 14186},
            ],
        },
        {"election": "ge-1918", "constituency": "armagh", "uncontested": True, "candidates": []},
    ]
    for flow_keys in (frozenset(), frozenset({"results"})):
        text = document({"results": records}, flow_keys)
        assert yaml.load(text, Loader=yaml.CSafeLoader) == {"results": records}
    flow_text = document({"results": records}, frozenset({"results"}))
    assert '      {name: "Jamie Reed", party: "labour", votes: 16750},\n' in flow_text
    assert document({"events": []}).endswith("events: []\n")
