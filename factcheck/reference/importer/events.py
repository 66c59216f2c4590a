"""Dated national events that articles measure from. No input file lists them, so they are
entered here, each with the official page that gives its date."""

from __future__ import annotations

from factcheck.reference.importer import sources as src

EVENTS: list[dict[str, object]] = [
    {
        "id": "eec-referendum-1975",
        "name": "European Communities membership referendum",
        "date": "1975-06-05",
        "aliases": [
            "1975 referendum",
            "1975 EEC referendum",
            "EEC referendum",
            "EEC membership referendum",
            "Common Market referendum",
            "European Community referendum",
            "referendum on the Common Market",
            "referendum on EEC membership",
        ],
        "source": {
            "id": src.HOC_REFERENDUMS,
            "url": "https://commonslibrary.parliament.uk/research-briefings/cbp-7253/",
        },
    },
    {
        "id": "av-referendum-2011",
        "name": "Alternative Vote referendum",
        "date": "2011-05-05",
        "aliases": [
            "AV referendum",
            "2011 AV referendum",
            "2011 referendum",
            "alternative vote referendum",
            "referendum on the alternative vote",
            "voting system referendum",
            "referendum on the voting system",
            "UK-wide referendum on the parliamentary voting system",
        ],
        "source": {
            "id": src.HOC_REFERENDUMS,
            "url": "https://commonslibrary.parliament.uk/research-briefings/rp11-44/",
        },
    },
    {
        "id": "scottish-independence-referendum-2014",
        "name": "Scottish independence referendum",
        "date": "2014-09-18",
        "aliases": [
            "independence referendum",
            "indyref",
            "2014 referendum",
            "2014 independence referendum",
            "Scottish referendum",
            "referendum on Scottish independence",
            "Scottish independence vote",
        ],
        "source": {
            "id": src.ELECTORAL_COMMISSION,
            "url": "http://www.electoralcommission.org.uk/find-information-by-subject/"
            "elections-and-referendums/past-elections-and-referendums/referendums/"
            "scottish-referendum",
        },
    },
    {
        "id": "eu-referendum-2016",
        "name": "EU membership referendum",
        "date": "2016-06-23",
        "aliases": [
            "EU referendum",
            "Brexit referendum",
            "Brexit vote",
            "2016 referendum",
            "2016 EU referendum",
            "referendum on EU membership",
            "referendum to leave the European Union",
            "referendum on leaving the European Union",
            "referendum on the UK's membership of the European Union",
            "European Union referendum",
            "Leave vote",
        ],
        "source": {
            "id": src.ELECTORAL_COMMISSION,
            "url": "https://www.electoralcommission.org.uk/who-we-are-and-what-we-do/"
            "elections-and-referendums/past-elections-and-referendums/eu-referendum",
        },
    },
]
