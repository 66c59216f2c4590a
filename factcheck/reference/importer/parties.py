"""Party records: curated parties first, then every party a result names (by MNIS id)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from factcheck.reference.importer import sources as src
from factcheck.reference.importer.curated import CuratedParty
from factcheck.reference.importer.names import fold, slug
from factcheck.reference.importer.psephology import Registration
from factcheck.reference.importer.report import ImportReport
from factcheck.reference.model import PartialDate

# Curated `party` column -> (id, name, short). Ids are slugs of the short name.
CURATED_STYLE = {
    "Conservative": ("conservative", "Conservative and Unionist Party", "Conservative"),
    "Labour": ("labour", "Labour Party", "Labour"),
    "UKIP": ("ukip", "UK Independence Party", "UKIP"),
    "Reform UK": ("reform-uk", "Reform UK", "Reform UK"),
    "SDP": ("sdp", "Social Democratic Party", "SDP"),
    "Liberal Democrats": ("liberal-democrats", "Liberal Democrats", "Liberal Democrats"),
    "Liberal": ("liberal", "Liberal Party", "Liberal"),
    "Plaid Cymru": ("plaid-cymru", "Plaid Cymru", "Plaid Cymru"),
    "SNP": ("snp", "Scottish National Party", "SNP"),
    "Green Party of England and Wales": ("green", "Green Party of England and Wales", "Green"),
    "Scottish Greens": ("scottish-greens", "Scottish Green Party", "Scottish Greens"),
    "DUP": ("dup", "Democratic Unionist Party", "DUP"),
    "SDLP": ("sdlp", "Social Democratic and Labour Party", "SDLP"),
    "UUP": ("uup", "Ulster Unionist Party", "UUP"),
    "Alliance Party of Northern Ireland": (
        "alliance",
        "Alliance Party of Northern Ireland",
        "Alliance",
    ),
    "Sinn Féin": ("sinn-fein", "Sinn Féin", "Sinn Féin"),
    "Respect": ("respect", "Respect Party", "Respect"),
    "Workers Party of Britain": ("workers-party", "Workers Party of Britain", "Workers Party"),
    "TUV": ("tuv", "Traditional Unionist Voice", "TUV"),
    "UK Unionist Party": ("ukup", "UK Unionist Party", "UKUP"),
    "Kidderminster Hospital and Health Concern": (
        "health-concern",
        "Kidderminster Hospital and Health Concern",
        "Health Concern",
    ),
    "Communist Party of Great Britain": (
        "communist",
        "Communist Party of Great Britain",
        "Communist",
    ),
    "Independent Labour Party": ("ilp", "Independent Labour Party", "ILP"),
    "National Liberal": ("national-liberal", "National Liberal Party", "National Liberal"),
    "Vanguard Unionist Progressive Party": (
        "vanguard",
        "Vanguard Unionist Progressive Party",
        "Vanguard",
    ),
    "Ulster Popular Unionist Party": ("upup", "Ulster Popular Unionist Party", "UPUP"),
    "Democratic Labour (Lincoln)": (
        "democratic-labour",
        "Lincoln Democratic Labour Association",
        "Democratic Labour",
    ),
    "Protestant Unionist Party": (
        "protestant-unionist",
        "Protestant Unionist Party",
        "Protestant Unionist",
    ),
}

# psephology MNIS party id -> party id, where the party is a curated one (or one of ours).
MNIS_PARTIES = {
    "4": "conservative",
    "15": "labour",
    "17": "liberal-democrats",
    "35": "ukip",
    "1006": "reform-uk",  # The Brexit Party, renamed Reform UK in 2021
    "1036": "reform-uk",
    "29": "snp",
    "22": "plaid-cymru",
    "44": "green",
    "1057": "scottish-greens",
    "7": "dup",
    "31": "sdlp",
    "38": "uup",
    "1": "alliance",
    "30": "sinn-fein",
    "26": "respect",
    "1042": "workers-party",
    "158": "tuv",
    "99": "health-concern",
    "8": "independent",
    "47": "speaker",
}
# (MNIS id, Electoral Commission id) pairs that are a different party from the MNIS id's.
MNIS_EC_PARTIES = {("44", "PP305"): "1113"}  # Green Party NI filed under the GB Greens' id
# psephology parties whose name would take a curated party's id: a later party of that name.
MNIS_STYLE = {
    "16": ("liberal-1989", "Liberal Party (1989)", "Liberal"),
    "32": ("sdp-1990", "Social Democratic Party (1990)", "SDP"),
}

# Party names in the curated tables that are not a curated party's name or alias.
CURATED_NAME_MAP = {
    "Brexit Party/Reform UK": "reform-uk",
    "SDP (continuing, 1988-1990)": "sdp-continuing",
    "Workers' Party": "the-workers-party",  # the Workers' Party (Ireland), NI 1986
    "UK Unionist": "ukup",
    "SLD": "liberal-democrats",
    "Alliance": "alliance",
    "Liberal National": "national-liberal",
    "Independent": "independent",
    "Green Party of England and Wales": "green",
}

# Short forms results tables use that the curated aliases lack ("LDem 4,210" in a PA-style
# table), by party id: added to the party's aliases after the curated ones.
TABLE_ALIASES = {
    "liberal-democrats": ["LDem", "LDems"],
}

# Parties no input file defines, with where the dataset takes them from.
BUILT_IN = [
    {
        "id": "others",
        "name": "Other parties",
        "short": "Others",
        "aliases": ["Other", "All other parties"],
        "aggregate": True,
        "source": src.CBP8647,
    },
    {
        "id": "sdp-liberal-alliance",
        "name": "SDP-Liberal Alliance",
        "short": "SDP-Liberal Alliance",
        "aliases": [
            "the Alliance",
            "Liberal-SDP Alliance",
            "Liberal/SDP Alliance",
            "SDP/Liberal Alliance",
            "Alliance",
        ],
        "source": src.CBP8647,
    },
    {
        "id": "ucunf",
        "name": "Ulster Conservatives and Unionists - New Force",
        "short": "UCUNF",
        "aliases": [
            "Ulster Conservatives and Unionists",
            "Conservatives and Unionists",
            "UCU-NF",
            "UCU",
        ],
        "source": src.ge_constituencies(55),
    },
    {
        "id": "independent",
        "name": "Independent",
        "short": "Independent",
        "aliases": ["Ind", "Independents"],
        "source": src.ge(55),
    },
    {
        "id": "speaker",
        "name": "Speaker",
        "short": "Speaker",
        "aliases": ["Spk", "The Speaker", "Commons Speaker", "Speaker seeking re-election"],
        "source": src.ge(55),
    },
]


@dataclass
class PartyDraft:
    id: str
    name: str
    short: str
    aliases: list[str] = field(default_factory=list)
    founded: PartialDate | None = None
    dissolved: PartialDate | None = None
    aggregate: bool = False
    source: object = ""
    mnis_ids: set[str] = field(default_factory=set)
    ec_ids: set[str] = field(default_factory=set)

    def add_alias(self, alias: str) -> None:
        alias = " ".join(alias.split())
        if alias and alias not in self.aliases:
            self.aliases.append(alias)


class PartyBook:
    def __init__(self, report: ImportReport) -> None:
        self.report = report
        self.parties: dict[str, PartyDraft] = {}
        self._curated_names: dict[str, str] = {}  # folded name/alias -> id (curated parties)
        self._mnis_names: dict[str, Counter[str]] = defaultdict(Counter)
        self._mnis_abbrevs: dict[str, Counter[str]] = defaultdict(Counter)
        self._mnis_ec: dict[str, set[str]] = defaultdict(set)
        self._mnis_source: dict[str, str] = {}
        self._final: dict[str, str] = {}  # MNIS id -> party id, once finished
        for record in BUILT_IN:
            draft = PartyDraft(
                id=str(record["id"]),
                name=str(record["name"]),
                short=str(record["short"]),
                aggregate=bool(record.get("aggregate", False)),
                source=record["source"],
            )
            for alias in record.get("aliases", ()):  # type: ignore[union-attr]
                draft.add_alias(str(alias))
            self.parties[draft.id] = draft

    # --- curated -----------------------------------------------------------
    def add_curated(self, rows: list[CuratedParty]) -> None:
        for row in rows:
            pid, name, short = CURATED_STYLE.get(row.party, (slug(row.party), row.party, row.party))
            draft = PartyDraft(pid, name, short, founded=row.founded, dissolved=row.dissolved)
            draft.source = {"id": src.CURATED_PARTIES, "url": row.url}
            for alias in (row.party, *row.aliases, *TABLE_ALIASES.get(pid, ())):
                draft.add_alias(alias)
            if pid in self.parties:
                raise row.row.fail(f"party id {pid!r} defined twice")
            self.parties[pid] = draft
            for text in (name, short, *draft.aliases):
                self._curated_names.setdefault(fold(text), pid)

    # --- psephology --------------------------------------------------------------
    def note_mnis_party(
        self, mnis_id: str, ec_id: str, name: str, abbrev: str, source_id: str
    ) -> None:
        """Note a psephology party as a result names it (before `finish_psephology`)."""
        mnis_id = MNIS_EC_PARTIES.get((mnis_id, ec_id), mnis_id)
        self._mnis_names[mnis_id][name] += 0  # the id is noted even without a usable name
        if name and name != "NA":
            self._mnis_names[mnis_id][name] += 1
        if abbrev and abbrev != "NA":
            self._mnis_abbrevs[mnis_id][abbrev] += 1
        if ec_id:
            self._mnis_ec[mnis_id].add(ec_id)
        self._mnis_source.setdefault(mnis_id, source_id)

    def noted_mnis_ids(self) -> set[str]:
        return set(self._mnis_names)

    def mnis_party(self, mnis_id: str, ec_id: str = "") -> str:
        """The party id of a psephology party (after `finish_psephology`)."""
        return self._final[MNIS_EC_PARTIES.get((mnis_id, ec_id), mnis_id)]

    def finish_psephology(self, registrations: list[Registration]) -> None:
        """Create the parties the psephology results name, with registration names and dates.

        A party not in parties.csv takes its `founded`/`dissolved` dates from its Electoral
        Commission registrations (first registered, last deregistered if all have ended).
        """
        regs_by_mnis: dict[str, list[Registration]] = defaultdict(list)
        regs_by_ec: dict[str, list[Registration]] = defaultdict(list)
        for reg in registrations:
            if reg.mnis_id:
                regs_by_mnis[reg.mnis_id].append(reg)
            regs_by_ec[reg.ec_id].append(reg)
        for mnis_id in sorted(self._mnis_names, key=_numeric):
            names = Counter({n: k for n, k in self._mnis_names[mnis_id].items() if k > 0 and n})
            common = min(names, key=lambda n: (-names[n], n)) if names else f"Party {mnis_id}"
            known = MNIS_PARTIES.get(mnis_id, "")
            regs = regs_by_mnis.get(mnis_id, []) + [
                r
                for ec in sorted(self._mnis_ec[mnis_id])
                for r in regs_by_ec.get(ec, [])
                if r.mnis_id in ("", mnis_id)
            ]
            if known in self.parties:
                draft = self.parties[known]
                self._compare_registrations(draft, regs)
            else:
                if mnis_id in MNIS_STYLE:
                    pid, name, short = MNIS_STYLE[mnis_id]
                elif known:
                    pid, name, short = known, common, common
                else:
                    pid, name, short = slug(common), common, common
                if pid in self.parties:
                    self.report.add(
                        "party-id-clash",
                        pid,
                        f"MNIS party {mnis_id} ({common}) would take the id of "
                        f"{self.parties[pid].name}",
                        f"{pid}-{mnis_id}",
                        "party ids must be unique",
                        (self._mnis_source[mnis_id],),
                    )
                    pid = f"{pid}-{mnis_id}"
                draft = PartyDraft(pid, name, short)
                draft.source = src.REGISTRATIONS if regs else self._mnis_source[mnis_id]
                registered = [r.registered for r in regs if r.registered]
                if registered:
                    draft.founded = _day(min(registered))
                    ended = [r.deregistered for r in regs]
                    if all(ended):
                        draft.dissolved = _day(max(d for d in ended if d))
                self.parties[pid] = draft
            self._final[mnis_id] = draft.id
            draft.mnis_ids.add(mnis_id)
            for name in sorted(names):
                draft.add_alias(name)
            for abbrev in sorted(self._mnis_abbrevs[mnis_id]):
                if len(abbrev) > 1:
                    draft.add_alias(abbrev)
            for reg in regs:
                if reg.mnis_name and reg.mnis_name != "NA":
                    draft.add_alias(reg.mnis_name)

    def _compare_registrations(self, draft: PartyDraft, regs: list[Registration]) -> None:
        """A curated party's dates against its Electoral Commission registrations."""
        if not isinstance(draft.source, dict) or draft.source.get("id") != src.CURATED_PARTIES:
            return
        registered = [r.registered for r in regs if r.registered]
        if registered and draft.founded and min(registered) < draft.founded.earliest():
            self.report.add(
                "party-date",
                f"{draft.short} founded",
                f"parties.csv {draft.founded}, first Electoral Commission registration "
                f"{min(registered)}",
                str(draft.founded),
                "parties.csv gives the founding date; registration is a separate act",
                (src.CURATED_PARTIES, src.REGISTRATIONS),
            )
        ended = [r.deregistered for r in regs]
        if regs and all(ended) and not draft.dissolved:
            last = max(d for d in ended if d)
            self.report.add(
                "party-date",
                f"{draft.short} dissolved",
                f"parties.csv gives no dissolution; every registration ended, last {last}",
                "not dissolved",
                "parties.csv is read first",
                (src.CURATED_PARTIES, src.REGISTRATIONS),
            )

    def lookup(self, name: str) -> str:
        """The id of a party named in a curated table, or "" (nothing is created)."""
        if name in CURATED_NAME_MAP:
            return CURATED_NAME_MAP[name] if CURATED_NAME_MAP[name] in self.parties else ""
        return self._curated_names.get(fold(name), "")

    # --- names in curated tables -----------------------------------------------
    def curated_party(self, name: str, source: dict[str, str], what: str) -> str:
        """The id of a party named in a curated table; creates the party if none matches."""
        if name in CURATED_NAME_MAP:
            pid = CURATED_NAME_MAP[name]
            if pid not in self.parties:
                self._create(pid, name, source, what)
            return pid
        pid = self._curated_names.get(fold(name))
        if pid:
            return pid
        pid = slug(name)
        if pid not in self.parties:
            self._create(pid, name, source, what)
        return pid

    def _create(self, pid: str, name: str, source: dict[str, str], what: str) -> None:
        label = {
            "sdp-continuing": ("Social Democratic Party (1988-1990)", "SDP"),
            "national-labour": ("National Labour Organisation", "National Labour"),
        }.get(pid, (name, name))
        draft = PartyDraft(pid, label[0], label[1], source=dict(source))
        draft.add_alias(name)
        self.parties[pid] = draft
        self.report.add(
            "party-added",
            name,
            f"{what} names a party that parties.csv and the results files do not define",
            f"party {pid!r}",
            "every party a record names must exist",
            (source["id"],),
        )

    # --- output -------------------------------------------------------------------
    def records(self) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for pid in sorted(self.parties):
            p = self.parties[pid]
            # Exact spellings are kept ("Ukip" as well as "UKIP"): they are few.
            seen = {p.name, p.short}
            aliases: list[str] = []
            for alias in p.aliases:
                if alias not in seen:
                    seen.add(alias)
                    aliases.append(alias)
            record: dict[str, object] = {"id": pid, "name": p.name, "short": p.short}
            if aliases:
                record["aliases"] = aliases
            if p.founded:
                record["founded"] = str(p.founded)
            if p.dissolved:
                record["dissolved"] = str(p.dissolved)
            if p.aggregate:
                record["aggregate"] = True
            record["source"] = p.source
            out.append(record)
        return out


def _numeric(text: str) -> tuple[int, str]:
    return (int(text), text) if text.isdigit() else (1 << 30, text)


def _day(date: dt.date) -> PartialDate:
    return PartialDate(date.year, date.month, date.day)
