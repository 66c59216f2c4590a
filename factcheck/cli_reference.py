"""`factcheck reference ...`: look at, count, validate and rebuild the reference dataset."""

from __future__ import annotations

import os
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from factcheck.cli_options import ReferenceOption
from factcheck.exitcodes import ExitStatus
from factcheck.report.escape import visible, visible_line

if TYPE_CHECKING:
    from rich.console import Console

    from factcheck.reference.index import Reference
    from factcheck.reference.model import Candidate, ElectionResult

reference_app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    help="""Look at, count, validate and rebuild the reference dataset.

\b
Examples:
  factcheck reference show Copeland
  factcheck reference stats
  factcheck reference validate my-results.yaml
  factcheck reference import --out reference/
""",
)


# A fuzzy match must score this much (token_sort_ratio, 0-100), and beat the next seat by
# the margin, to be taken without asking.
FUZZY_CUTOFF = 85.0
FUZZY_MARGIN = 5.0
SUGGESTIONS = 6


class CommandError(Exception):
    """Bad input: printed as one line, exit status 2."""


def _fail(message: str) -> None:
    print(visible(f"factcheck: {message}"), file=sys.stderr)
    raise typer.Exit(ExitStatus.ERROR)


def _one_line_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Bad data or input ends a command with one line on stderr and status 2."""

    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        from factcheck.reference.load import ReferenceDataError

        try:
            return command(*args, **kwargs)
        except (CommandError, ReferenceDataError) as exc:
            _fail(str(exc))
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            _fail(f"{where}{exc.strerror or exc}")

    return run


def _load(reference: list[Path] | None) -> Reference:
    from factcheck.reference.load import load_reference

    return load_reference(reference or ())


def _row(*cells: str) -> list[str]:
    """Table cells with control characters from the reference data shown escaped."""
    return [visible_line(cell) for cell in cells]


def _console() -> Console:
    from rich.console import Console

    console = Console(highlight=False, markup=False, emoji=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = 120  # a file or a pipe has no width; 80 would wrap the tables
    return console


# --- show --------------------------------------------------------------------


def find_constituencies(ref: Reference, name: str) -> tuple[list[str], str]:
    """Seat ids matching a name, and how: id, name, alias, fuzzy, ambiguous or none."""
    from factcheck.reference.index import normalise_name

    if name in ref.constituencies:
        return [name], "id"
    wanted = normalise_name(name)
    by_name = [c.id for c in ref.constituencies.values() if normalise_name(c.name) == wanted]
    if by_name:
        return sorted(by_name), "name"
    by_alias = sorted(ref.constituency_names.get(wanted, ()))
    if by_alias:
        return by_alias, "alias"

    from rapidfuzz import fuzz, process

    # "The Hartlepools" is asked for as "Hartlepools": compare names without "the".
    by_text: dict[str, set[str]] = defaultdict(set)
    for text, seats in ref.constituency_names.items():
        by_text[text.removeprefix("the ")] |= seats
    texts = list(by_text)
    wanted = wanted.removeprefix("the ")
    best_by_seat: dict[str, float] = {}
    for text, score, _ in process.extract(wanted, texts, scorer=fuzz.token_sort_ratio, limit=10):
        for seat in by_text[text]:
            best_by_seat[seat] = max(best_by_seat.get(seat, 0.0), score)
    ranked = sorted(best_by_seat.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= FUZZY_CUTOFF:
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_MARGIN:
            close = [seat for seat, score in ranked if score >= ranked[0][1] - FUZZY_MARGIN]
            return close, "ambiguous"
        return [ranked[0][0]], "fuzzy"
    # Nothing close enough to take: suggest seats whose names hold every word asked for
    # (or the other way round), most alike first.
    near = process.extract(wanted, texts, scorer=fuzz.token_set_ratio, score_cutoff=90, limit=None)
    near.sort(key=lambda m: (-m[1], -fuzz.token_sort_ratio(wanted, m[0]), m[0]))
    suggested = dict.fromkeys(seat for text, _, _ in near for seat in sorted(by_text[text]))
    return list(suggested)[:SUGGESTIONS], "none"


def _seat_label(ref: Reference, seat: str) -> str:
    c = ref.constituencies.get(seat)
    if c is None:
        return seat
    span = ""
    if c.created or c.abolished:
        span = f", {c.created or '?'}-{c.abolished or ''}"
    return f"{c.name} ({c.id}{span})"


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _party_short(ref: Reference, party: str | None) -> str:
    if party is None:
        return ""
    p = ref.parties.get(party)
    return p.short if p else party


class _Figures:
    """The derived figures `show` prints, by the rules in `factcheck.reference.derive`."""

    def __init__(self, ref: Reference) -> None:
        from factcheck.reference import derive

        self.ref = ref
        self.derive = derive

    def ranked(self, r: ElectionResult) -> list[Candidate]:
        return self.derive.ranked(self.ref, r)

    def winners(self, r: ElectionResult) -> list[Candidate]:
        return self.derive.winners(self.ref, r)

    def majority(self, r: ElectionResult) -> int | None:
        return self.derive.majority(self.ref, r)

    def total(self, r: ElectionResult) -> int | None:
        return self.derive.total_votes(self.ref, r)

    def share(self, r: ElectionResult, votes: int | None) -> float | None:
        """One candidate's share (a party may have several, so not derive.share)."""
        total = self.total(r)
        if votes is None or not total or r.partial:
            return None
        return 100.0 * votes / total

    def turnout(self, r: ElectionResult) -> float | None:
        found = self.derive.turnouts(r)
        return found[0] if found else None


@reference_app.command(
    help="""Show a seat's history: every election with its winner, majority, shares
and turnout, and the seats it came from and became.

NAME is a constituency's name, alias or id; a close misspelling is accepted when
only one seat is close. Shares, majorities and turnout are computed from the votes.

\b
Examples:
  factcheck reference show Copeland
  factcheck reference show "Mitcham & Morden"
  factcheck reference show stoke-on-trent-central --candidates
  factcheck reference show Copeland --reference my-results.yaml
"""
)
@_one_line_errors
def show(
    name: Annotated[str, typer.Argument(help="Constituency name, alias or id.", metavar="NAME")],
    candidates: Annotated[
        bool, typer.Option("--candidates", "-c", help="Also list every candidate's votes.")
    ] = False,
    reference: ReferenceOption = None,
) -> None:
    ref = _load(reference)
    found, how = find_constituencies(ref, name)
    if how == "none":
        hint = f"; close: {', '.join(_seat_label(ref, s) for s in found)}" if found else ""
        raise CommandError(f"no constituency matches {name!r}{hint}")
    if len(found) > 1:
        listed = "; ".join(_seat_label(ref, s) for s in found)
        raise CommandError(f"{name!r} matches several constituencies, give an id: {listed}")
    _print_seat(ref, found[0], candidates, _console())


def _print_seat(ref: Reference, seat_id: str, with_candidates: bool, console: Console) -> None:
    from rich.table import Table
    from rich.text import Text

    seat = ref.constituencies[seat_id]
    console.print(Text(visible_line(f"{seat.name} ({seat.id})"), style="bold"))
    facts = [
        ("Aliases", ", ".join(seat.aliases)),
        ("Created", str(seat.created or "")),
        ("Abolished", str(seat.abolished or "")),
        ("Predecessors", "; ".join(_seat_label(ref, s) for s in seat.predecessors)),
        ("Successors", "; ".join(_seat_label(ref, s) for s in seat.successors)),
        ("Codes", ", ".join(seat.codes)),
        ("Source", ref.cite(seat.source)),
    ]
    for label, value in facts:
        if value:
            console.print(Text(visible_line(f"  {label}: {value}")))
    results = ref.results_in(seat_id)
    if not results:
        console.print(Text("  No results in the reference."))
        return
    figures = _Figures(ref)
    table = Table(title=None, show_edge=False, pad_edge=False)
    for column, justify in (
        ("Date", "left"),
        ("Election", "left"),
        ("Winner", "left"),
        ("Party", "left"),
        ("Majority", "right"),
        ("Maj %", "right"),
        ("Turnout", "right"),
        ("Shares %", "left"),
    ):
        table.add_column(column, justify=justify, no_wrap=column in ("Date", "Election"))  # type: ignore[arg-type]
    for r in results:
        election = ref.elections[r.election]
        winners = figures.winners(r)
        winner_names = ", ".join(c.name or "" for c in winners if c.name) or (r.winner or "")
        winner_parties = ", ".join(dict.fromkeys(_party_short(ref, c.party) for c in winners))
        if not winner_parties and r.winner_party:
            winner_parties = _party_short(ref, r.winner_party)
        majority = figures.majority(r)
        total = figures.total(r)
        majority_pct = 100.0 * majority / total if majority is not None and total else None
        shares = ", ".join(
            f"{_party_short(ref, c.party)} {_pct(figures.share(r, c.votes))}"
            for c in figures.ranked(r)[:3]
            if figures.share(r, c.votes) is not None
        )
        label = election.kind
        if r.uncontested:
            label += " (uncontested)"
        table.add_row(
            *_row(
                election.date_text(),
                label,
                winner_names,
                winner_parties,
                "" if majority is None else f"{majority:,}",
                _pct(majority_pct),
                _pct(figures.turnout(r)),
                shares,
            )
        )
    console.print(table)
    if with_candidates:
        for r in results:
            _print_candidates(ref, r, figures, console)


def _print_candidates(
    ref: Reference, r: ElectionResult, figures: _Figures, console: Console
) -> None:
    from rich.table import Table
    from rich.text import Text

    election = ref.elections[r.election]
    console.print()
    console.print(Text(visible_line(f"{election.name} ({election.date_text()})"), style="bold"))
    if r.candidates:
        table = Table(show_edge=False, pad_edge=False)
        table.add_column("Candidate")
        table.add_column("Party")
        table.add_column("Votes", justify="right")
        table.add_column("Share %", justify="right")
        for c in sorted(r.candidates, key=lambda c: -(c.votes or 0)):
            party = ref.parties.get(c.party)
            table.add_row(
                *_row(
                    c.name or "",
                    party.name if party else c.party,
                    "" if c.votes is None else f"{c.votes:,}",
                    _pct(figures.share(r, c.votes)),
                )
            )
        console.print(table)
    else:
        console.print(Text("  The source lists no candidates."))
    facts = [
        ("Electorate", r.electorate),
        ("Valid votes", r.valid_votes),
        ("Invalid votes", r.invalid_votes),
    ]
    line = "; ".join(f"{label} {value:,}" for label, value in facts if value is not None)
    cite = ref.cite(r.source)
    if line or cite:
        shown = "  " + "; ".join(p for p in (line, f"Source: {cite}" if cite else "") if p)
        console.print(Text(visible_line(shown)))


# --- stats -------------------------------------------------------------------


def _results_per_election(ref: Reference) -> dict[str, int]:
    counts_by_election = getattr(ref.results, "counts_by_election", None)
    if counts_by_election is not None:
        return counts_by_election()
    return {e: len(ref.results.for_election(e)) for e in ref.elections}


@reference_app.command(
    help="""Count the dataset: records of each kind, the years covered, every general
election with its number of results, by-elections by period and source, and gaps
(elections with no results).

\b
Examples:
  factcheck reference stats
  factcheck reference stats --reference my-results.yaml
"""
)
@_one_line_errors
def stats(reference: ReferenceOption = None) -> None:
    from rich.table import Table
    from rich.text import Text

    ref = _load(reference)
    console = _console()
    per_election = _results_per_election(ref)
    kinds = Counter(e.kind for e in ref.elections.values())
    console.print(Text("Reference dataset", style="bold"))
    console.print(Text(f"  digest {ref.digest}"))
    counts = [
        ("sources", len(ref.sources)),
        ("parties", len(ref.parties)),
        ("constituencies", len(ref.constituencies)),
        ("elections", len(ref.elections)),
        ("  general", kinds["general"]),
        ("  by-election", kinds["by-election"]),
        ("  notional", kinds["notional"]),
        ("results", ref.results.count()),
        ("governments", len(ref.governments)),
        ("leaders", len(ref.leaders)),
        ("events", len(ref.events)),
    ]
    table = Table(show_edge=False, pad_edge=False, show_header=False)
    table.add_column("kind")
    table.add_column("count", justify="right")
    for label, n in counts:
        table.add_row(label, f"{n:,}")
    console.print(table)
    dated = [e.date for e in ref.elections.values() if per_election.get(e.id)]
    if dated:
        console.print(Text(f"Results cover {min(dated).year}-{max(dated).year}."))

    generals = ref.general_elections()
    console.print()
    console.print(Text(f"General elections ({len(generals)})", style="bold"))
    if generals:
        table = Table(show_edge=False, pad_edge=False)
        for column in ("Date", "Id", "Name", "Results"):
            table.add_column(column, justify="right" if column == "Results" else "left")
        for e in generals:
            table.add_row(*_row(e.date.isoformat(), e.id, e.name, f"{per_election.get(e.id, 0):,}"))
        console.print(table)

    by_elections = ref.by_elections()
    console.print()
    console.print(Text(f"By-elections ({len(by_elections)})", style="bold"))
    if by_elections:
        # One row per dataset: its publisher (several files of one publisher are one run).
        groups: dict[tuple[str, bool], list] = defaultdict(list)
        for e in by_elections:
            source = ref.sources.get(e.source.source) if e.source else None
            key = (source.publisher, source.official) if source else ("(no source)", False)
            groups[key].append(e)
        table = Table(show_edge=False, pad_edge=False)
        for column in ("Period", "Publisher", "Official", "By-elections", "With results"):
            table.add_column(column, justify="right" if column[0] in "BW" else "left")
        for (publisher, official), group in sorted(groups.items(), key=lambda kv: kv[1][0].date):
            period = f"{group[0].date_text()} to {group[-1].date_text()}"
            with_results = sum(1 for e in group if per_election.get(e.id))
            table.add_row(
                *_row(
                    period,
                    publisher,
                    "yes" if official else "no",
                    str(len(group)),
                    str(with_results),
                )
            )
        console.print(table)
        decades = Counter(e.date.year // 10 * 10 for e in by_elections)
        first, last = min(decades), max(decades)
        per_decade = ", ".join(f"{d}s {decades[d]}" for d in range(first, last + 10, 10))
        console.print(Text(f"  Per decade: {per_decade}"))

    _coverage(console, ref, per_election)

    console.print()
    console.print(Text("Gaps", style="bold"))
    missing = [
        e
        for e in sorted(ref.elections.values(), key=lambda e: e.date)
        if not per_election.get(e.id)
    ]
    if not missing:
        console.print(Text("  Every election has results."))
    labels = {
        "general": "General elections",
        "by-election": "By-elections",
        "notional": "Notional sets",
    }
    for kind, label in labels.items():
        of_kind = [e.id for e in missing if e.kind == kind]
        if of_kind:
            more = f", ... ({len(of_kind) - 12} more)" if len(of_kind) > 12 else ""
            console.print(
                Text(f"  {label} with no results ({len(of_kind)}): {', '.join(of_kind[:12])}{more}")
            )


def _coverage(console: Console, ref: Reference, per_election: dict[str, int]) -> None:
    """What each kind of record covers (coverage.yaml), and by-elections per parliament:
    how many the record holds (and how many of those without a winner) against how many
    were held."""
    from rich.table import Table
    from rich.text import Text

    console.print()
    console.print(Text("Coverage", style="bold"))
    if not ref.coverage:
        console.print(Text("  The reference does not state what it covers."))
        return
    table = Table(show_edge=False, pad_edge=False)
    for column in ("Record", "From", "To", "Complete", "Note"):
        table.add_column(column)
    for c in ref.coverage:
        if c.record == "by-elections":
            continue
        table.add_row(
            *_row(c.record, str(c.start), str(c.end or ""), "yes" if c.complete else "no", c.note)
        )
    console.print(table)
    parliaments = [c for c in ref.coverage if c.record == "by-elections" and c.parliament]
    spans = [c for c in ref.coverage if c.record == "by-elections" and not c.parliament]
    if not parliaments:
        return
    console.print()
    console.print(Text("By-elections per parliament (in the record / held)", style="bold"))
    table = Table(show_edge=False, pad_edge=False)
    for column in ("Parliament", "From", "To", "In record", "No winner", "Held", "Complete"):
        table.add_column(
            column, justify="left" if column in ("Parliament", "From", "To") else "right"
        )
    for c in parliaments:
        start, end = c.start.earliest(), c.end.earliest() if c.end else None
        held = [e for e in ref.by_elections() if start < e.date and (end is None or e.date < end)]
        no_winner = sum(1 for e in held if not per_election.get(e.id))
        if c.known is not None:
            total = f"{c.known:,}"
        elif c.at_least is not None:
            total = f"at least {c.at_least:,}"
        else:
            total = "not stated"
        imported = c.imported if c.imported is not None else len(held)
        unplaced = f" (+{c.unplaced} seat unknown)" if c.unplaced else ""
        table.add_row(
            *_row(
                str(c.parliament),
                str(c.start),
                str(c.end or ""),
                f"{imported:,}{unplaced}",
                f"{no_winner:,}",
                total,
                "yes" if c.complete else "no",
            )
        )
    console.print(table)
    for c in spans:
        counts = f"{c.imported} in the record" if c.imported is not None else ""
        if c.known is not None:
            counts += f" of {c.known:,} held"
        missing = f"; missing: {', '.join(c.missing)}" if c.missing else ""
        complete = "complete" if c.complete else "incomplete"
        console.print(
            Text(
                visible_line(
                    f"  {c.start} to {c.end or 'now'}: {counts}, {complete}{missing} ({c.note})"
                )
            )
        )


# --- validate ----------------------------------------------------------------


@reference_app.command(
    help="""Check reference YAML files against the schema (reference/README.md).

Each PATH (a file or folder) is checked together with the bundled dataset, so its
records may refer to bundled ids. Every problem is printed as
file:line:column: message, and the exit status is 2. With no PATH, the bundled
dataset itself is checked, without the cache.

\b
Examples:
  factcheck reference validate my-results.yaml
  factcheck reference validate extra-data/
  factcheck reference validate
"""
)
@_one_line_errors
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="YAML files or folders to check.", show_default=False, metavar="PATH..."
        ),
    ] = None,
) -> None:
    from factcheck.reference.load import bundled_reference_dir, check_files

    if paths:
        base = _load(None)
        records, errors = check_files(paths, base=base)
        checked = ", ".join(str(p) for p in paths)
    else:
        root = bundled_reference_dir()
        records, errors = check_files([root])
        checked = str(root)
    if errors:
        for error in errors:
            print(visible_line(str(error)))
        plural = "" if len(errors) == 1 else "s"
        print(visible(f"factcheck: {len(errors)} problem{plural} in {checked}"), file=sys.stderr)
        raise typer.Exit(ExitStatus.ERROR)
    parts = [
        f"{kind} {n}"
        for kind, n in (
            ("sources", len(records.sources)),
            ("parties", len(records.parties)),
            ("constituencies", len(records.constituencies)),
            ("elections", len(records.elections)),
            ("results", len(records.results)),
            ("governments", len(records.governments)),
            ("leaders", len(records.leaders)),
            ("events", len(records.events)),
        )
        if n
    ]
    print(visible(f"ok: {checked}: {', '.join(parts) or 'no records'}"))


# --- import ------------------------------------------------------------------


def _repo_dir() -> Path:
    return Path(__file__).resolve().parent.parent


@reference_app.command(
    "import",
    help="""Rebuild the bundled YAML from the official results files and the curated
tables, then check what was written.

\b
Defaults (relative to the repository):
  --raw      ../shared/data/raw
  --curated  ../shared/data/curated
  --out      reference/

\b
Examples:
  factcheck reference import
  factcheck reference import --raw data/raw --curated data/curated --out /tmp/reference
""",
)
@_one_line_errors
def import_(
    raw: Annotated[
        Path | None,
        typer.Option("--raw", metavar="DIR", help="Official results files.", show_default=False),
    ] = None,
    curated: Annotated[
        Path | None,
        typer.Option(
            "--curated", metavar="DIR", help="Hand-curated tables with sources.", show_default=False
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", metavar="DIR", help="Where to write the YAML.", show_default=False),
    ] = None,
) -> None:
    repo = _repo_dir()
    raw = raw or repo.parent / "shared" / "data" / "raw"
    curated = curated or repo.parent / "shared" / "data" / "curated"
    out = out or repo / "reference"
    for label, folder in (("--raw", raw), ("--curated", curated)):
        if not folder.is_dir():
            raise CommandError(f"{label} {folder}: no such folder")
    try:
        from factcheck.reference.importer import run_import
    except ImportError as exc:
        raise CommandError(f"the importer is not available: {exc}") from None
    summary = run_import(raw, curated, out)
    if summary:
        print(summary if isinstance(summary, str) else str(summary))

    from factcheck.reference.load import check_files

    _, errors = check_files([out])
    if errors:
        for error in errors:
            print(visible_line(str(error)))
        raise CommandError(f"the imported data in {out} has {len(errors)} problem(s)")
    print(f"ok: wrote and checked {out}")
