"""The reference loader: every schema rule, located to its line and column, and the cache."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from textwrap import dedent

import pytest

from factcheck.reference import load
from factcheck.reference.cache import SqliteResultStore
from factcheck.reference.index import ChainedResultStore, MemoryResultStore
from factcheck.reference.load import ReferenceDataError, load_records, load_reference
from factcheck.reference.model import PartialDate

BASIC = Path(__file__).resolve().parent.parent / "data" / "reference" / "basic"


def problem(tmp_path: Path, text: str, name: str = "extra.yaml") -> tuple[str, int, int, str]:
    """The first problem in `text` when loaded with the basic fixture."""
    extra = tmp_path / name
    extra.write_text(dedent(text).lstrip("\n"), encoding="utf-8")
    with pytest.raises(ReferenceDataError) as caught:
        load_records([BASIC, extra])
    err = caught.value
    assert str(err) == f"{err.path}:{err.line}:{err.column}: {err.message}"
    return Path(err.path).name, err.line, err.column, err.message


def result_with(candidate_lines: str) -> str:
    """A result for a bundled seat and election, with the given candidate lines."""
    return (
        "results:\n"
        "  - election: ge-2019\n"
        "    constituency: copeland\n"
        "    candidates:\n"
        f"{candidate_lines}"
        "    source: test-official\n"
    )


# --- the fixture itself ------------------------------------------------------


def test_basic_fixture_loads_every_kind_of_record():
    records = load_records([BASIC])
    assert len(records.sources) == 2
    assert records.parties["ukip"].source.url == "https://example.org/ukip"
    assert records.parties["liberal-democrats"].founded == PartialDate(1988, 3)
    assert records.constituencies["copeland"].predecessors == ("whitehaven",)
    assert records.elections["notional-2019-on-2024"].base == "ge-2019"
    assert {(r.election, r.constituency) for r in records.results} >= {
        ("by-2017-02-23-copeland", "copeland"),
        ("ge-1979", "whitehaven"),
    }
    assert records.governments[0].parties == ("conservative", "liberal-democrats")
    assert records.leaders[1].start == PartialDate(2016, 11)
    assert records.events["eu-referendum-2016"].aliases[0] == "EU referendum"


def test_yaml_date_objects_are_accepted(tmp_path):
    # elections.yaml in the fixture writes one date unquoted; YAML reads it as a date.
    records = load_records([BASIC])
    assert str(records.elections["by-1979-03-01-somewhere"].date) == "1979-03-01"


# --- keys ------------------------------------------------------------------------


def test_unknown_key_points_at_the_key(tmp_path):
    assert problem(
        tmp_path,
        """
        parties:
          - id: reform-uk
            name: Reform UK
            short: RUK
            colour: blue
            source: test-curated
        """,
    ) == (
        "extra.yaml",
        5,
        5,
        "unknown key 'colour' in a party "
        "(allowed: id, name, short, source, aliases, founded, dissolved, aggregate)",
    )


def test_unknown_top_level_key(tmp_path):
    name, line, column, message = problem(tmp_path, "seats: []\n")
    assert (line, column) == (1, 1)
    assert message.startswith("unknown key 'seats' at the top level (allowed: sources, parties")


def test_unknown_key_in_a_candidate(tmp_path):
    text = result_with("      - {party: labour, votes: 10, sex: F}\n")
    assert problem(tmp_path, text)[1:] == (
        5,
        36,
        "unknown key 'sex' in a candidate (allowed: name, party, votes, gender)",
    )


def test_a_candidate_gender_is_f_or_m(tmp_path):
    text = result_with("      - {party: labour, votes: 10, gender: F}\n")
    assert problem(tmp_path, text)[1:] == (5, 44, "gender must be 'f' or 'm', not 'F'")


def test_missing_key_points_at_the_record(tmp_path):
    assert problem(
        tmp_path,
        """
        parties:
          - id: reform-uk
            name: Reform UK
            source: test-curated
        """,
    )[1:] == (2, 5, "a party needs 'short'")


def test_by_election_needs_a_constituency(tmp_path):
    text = """
    elections:
      - {id: by-2020-01-01-x, kind: by-election, date: "2020-01-01", name: X, source: test-official}
    """
    assert problem(tmp_path, text)[1:] == (2, 5, "a by-election needs 'constituency'")


# --- duplicates -----------------------------------------------------------------


def test_duplicate_id_in_one_file(tmp_path):
    text = """
    parties:
      - {id: reform-uk, name: Reform UK, short: RUK, source: test-curated}
      - {id: reform-uk, name: Reform, short: Ref, source: test-curated}
    """
    assert problem(tmp_path, text)[1:] == (
        3,
        10,
        "duplicate party id 'reform-uk' (first defined at line 2, column 10)",
    )


def test_duplicate_id_across_files_names_the_first_file(tmp_path):
    text = """
    parties:
      - {id: labour, name: Labour, short: Lab, source: test-curated}
    """
    first = BASIC / "parties.yaml"
    assert problem(tmp_path, text)[1:] == (
        2,
        10,
        f"duplicate party id 'labour' (first defined at {first}:8:9)",
    )


def test_duplicate_key_in_a_block_mapping(tmp_path):
    text = """
    results:
      - election: ge-2019
        constituency: copeland
        candidates: []
        source: test-official
        constituency: whitehaven
    """
    assert problem(tmp_path, text)[1:] == (
        6,
        5,
        "duplicate key 'constituency' (first at line 3, column 5; YAML would keep only the last)",
    )


def test_duplicate_key_in_a_flow_mapping(tmp_path):
    text = result_with("      - {party: labour, votes: 10, votes: 12}\n")
    assert problem(tmp_path, text)[1:3] == (5, 36)


def test_duplicate_top_level_key(tmp_path):
    assert problem(tmp_path, "parties: []\nparties: []\n")[1:3] == (2, 1)


def test_duplicate_result(tmp_path):
    text = """
    results:
      - {election: ge-2019, constituency: copeland, candidates: [], source: test-official}
      - {election: ge-2019, constituency: copeland, candidates: [], source: test-official}
    """
    assert problem(tmp_path, text)[1:] == (
        3,
        5,
        "duplicate result for copeland at ge-2019 (first defined at line 2, column 5)",
    )


# --- numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("12,345", "votes must be a whole number, not '12,345' (write it without separators)"),
        ("-5", "votes must be at least 0, not -5"),
        ("12.5", "votes must be a whole number, not the number 12.5"),
        ('"12"', "votes must be a whole number, not '12' (write it without separators)"),
        (
            "yes",
            "votes must be a whole number, not true "
            "(YAML reads yes/no/on/off as true/false: quote text)",
        ),
        ("null", "votes must be a whole number, not nothing (null)"),
    ],
)
def test_votes_must_be_non_negative_integers(tmp_path, value, message):
    text = result_with(f"      - party: labour\n        votes: {value}\n")
    assert problem(tmp_path, text)[1:] == (6, 16, message)


def test_electorate_must_not_be_negative(tmp_path):
    text = """
    results:
      - election: ge-2019
        constituency: copeland
        electorate: -1
        candidates: []
        source: test-official
    """
    assert problem(tmp_path, text)[1:] == (4, 17, "electorate must be at least 0, not -1")


def test_turnout_is_a_percentage(tmp_path):
    text = """
    results:
      - {election: ge-2019, constituency: copeland, turnout: 0.715, candidates: [],
         source: test-official}
    """
    assert load_records_ok(tmp_path, text)  # a fraction is a small percentage, not an error
    text = text.replace("0.715", "171.5")
    assert problem(tmp_path, text)[1:] == (
        2,
        58,
        "turnout must be a percentage from 0 to 100, not the number 171.5",
    )


def load_records_ok(tmp_path: Path, text: str) -> bool:
    extra = tmp_path / "ok.yaml"
    extra.write_text(dedent(text).lstrip("\n"), encoding="utf-8")
    load_records([BASIC, extra])
    extra.unlink()
    return True


# --- dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            '"2019-02-30"',
            'created: not a date: \'2019-02-30\' (want "YYYY", "YYYY-MM" or "YYYY-MM-DD")',
        ),
        ('"2019-13"', 'created: not a date: \'2019-13\' (want "YYYY", "YYYY-MM" or "YYYY-MM-DD")'),
        (
            '"May 2019"',
            'created: not a date: \'May 2019\' (want "YYYY", "YYYY-MM" or "YYYY-MM-DD")',
        ),
        (
            "1983",
            'created must be a quoted date "YYYY", "YYYY-MM" or "YYYY-MM-DD", '
            'not the number 1983 (quote it: "1983")',
        ),
    ],
)
def test_bad_partial_dates(tmp_path, value, message):
    text = f"""
    constituencies:
      - id: new-seat
        name: New Seat
        created: {value}
        source: test-official
    """
    assert problem(tmp_path, text)[1:] == (4, 14, message)


def test_partial_dates_accept_year_month_and_day(tmp_path):
    text = """
    constituencies:
      - {id: a-seat, name: A, created: "1983", abolished: "2024-07", source: test-official}
      - {id: b-seat, name: B, created: 1983-06-09, source: test-official}
    """
    extra = tmp_path / "ok.yaml"
    extra.write_text(dedent(text), encoding="utf-8")
    records = load_records([BASIC, extra])
    assert records.constituencies["a-seat"].abolished == PartialDate(2024, 7)
    assert records.constituencies["b-seat"].created == PartialDate(1983, 6, 9)


def test_an_election_date_must_be_a_full_date(tmp_path):
    text = """
    elections:
      - {id: ge-2029, kind: general, date: "2029-05", name: X, source: test-official}
    """
    assert problem(tmp_path, text)[1:] == (
        2,
        40,
        "date must be a full date \"YYYY-MM-DD\", not '2029-05'",
    )


def test_government_ending_before_it_starts(tmp_path):
    text = """
    governments:
      - {from: "2019-07-24", to: "2016-07-13", prime_minister: X, parties: [conservative],
         source: test-curated}
    """
    assert problem(tmp_path, text)[1:] == (2, 30, "to (2016-07-13) is before from (2019-07-24)")


# --- references to ids -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        (
            result_with("      - {party: labuor, votes: 10}\n"),
            5,
            17,
            "unknown party 'labuor' (did you mean 'labour'?)",
        ),
        (
            "results:\n  - {election: ge-2024, constituency: copeland, candidates: [],"
            " source: test-official}\n",
            2,
            16,
            "unknown election 'ge-2024'",
        ),
        (
            "results:\n  - {election: ge-2019, constituency: copelnd, candidates: [],"
            " source: test-official}\n",
            2,
            39,
            "unknown constituency 'copelnd' (did you mean 'copeland'?)",
        ),
        (
            "constituencies:\n  - {id: x, name: X, predecessors: [copeland, nowhere],"
            " source: test-official}\n",
            2,
            47,
            "unknown constituency 'nowhere'",
        ),
        (
            "constituencies:\n  - {id: x, name: X, successors: [elsewhere],"
            " source: test-official}\n",
            2,
            35,
            "unknown constituency 'elsewhere'",
        ),
        (
            'elections:\n  - {id: by-2020-01-01-x, kind: by-election, date: "2020-01-01",'
            " name: X, constituency: nowhere, source: test-official}\n",
            2,
            89,
            "unknown constituency 'nowhere'",
        ),
        (
            'governments:\n  - {from: "2020-01-01", prime_minister: X,'
            " parties: [conservative, whigs], source: test-curated}\n",
            2,
            69,
            "unknown party 'whigs'",
        ),
        (
            "leaders:\n  - {party: whigs, name: X, source: test-curated}\n",
            2,
            13,
            "unknown party 'whigs'",
        ),
        (
            'elections:\n  - {id: notional-x, kind: notional, date: "2019-12-12", base: ge-2020,'
            " name: X, source: test-official}\n",
            2,
            64,
            "unknown election 'ge-2020'",
        ),
        (
            'events:\n  - {id: x, name: X, date: "2020-01-01", source: nobody}\n',
            2,
            50,
            "unknown source 'nobody'",
        ),
        (
            'events:\n  - {id: x, name: X, date: "2020-01-01", source: {id: test-officail}}\n',
            2,
            55,
            "unknown source 'test-officail' (did you mean 'test-official'?)",
        ),
        (
            "results:\n  - {election: ge-2019, constituency: copeland, candidates: [],"
            " winner_party: whigs, source: test-official}\n",
            2,
            79,
            "unknown party 'whigs'",
        ),
    ],
)
def test_references_to_missing_ids(tmp_path, text, line, column, message):
    assert problem(tmp_path, text)[1:] == (line, column, message)


def test_notional_base_must_be_a_general_election(tmp_path):
    text = """
    elections:
      - {id: notional-x, kind: notional, date: "2019-12-12", base: by-2017-02-23-copeland,
         name: X, source: test-official}
    """
    assert problem(tmp_path, text)[1:] == (
        2,
        64,
        "base 'by-2017-02-23-copeland' is not a general election",
    )


def test_a_by_election_result_must_be_in_its_seat(tmp_path):
    text = """
    results:
      - {election: by-2017-02-23-copeland, constituency: whitehaven, candidates: [],
         source: test-official}
    """
    assert problem(tmp_path, text)[1:] == (
        2,
        54,
        "by-2017-02-23-copeland was held in copeland, not whitehaven",
    )


# --- types ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line_text", "column", "message"),
    [
        ("aliases: Reform", 14, "aliases must be a list of text, not 'Reform'"),
        ("aliases: [Reform, 2019]", 23, "aliases[1] must be text, not the number 2019"),
        (
            "short: NO",
            12,
            "short must be text, not false (YAML reads yes/no/on/off as true/false: quote text)",
        ),
        ("aggregate: maybe", 16, "aggregate must be true or false, not 'maybe'"),
        ("source: [test-curated]", 13, "source must be a source id or a mapping, not a list"),
    ],
)
def test_wrong_types(tmp_path, line_text, column, message):
    text = "parties:\n  - id: reform-uk\n    name: Reform UK\n"
    if not line_text.startswith("short"):
        text += "    short: RUK\n"
    text += f"    {line_text}\n"
    if not line_text.startswith("source"):
        text += "    source: test-curated\n"
    name, line, col, msg = problem(tmp_path, text)
    assert (col, msg) == (column, message)


def test_ids_are_lower_case_slugs(tmp_path):
    text = "parties:\n  - {id: Reform_UK, name: Reform UK, short: RUK, source: test-curated}\n"
    assert problem(tmp_path, text)[1:] == (
        2,
        10,
        "id 'Reform_UK' is not a lower-case slug such as 'liberal-democrats'",
    )


def test_election_kind_is_checked(tmp_path):
    text = (
        'elections:\n  - {id: x, kind: local, date: "2020-01-01", name: X, source: test-official}\n'
    )
    assert problem(tmp_path, text)[1:] == (
        2,
        19,
        "kind must be one of general, by-election, notional, not 'local'",
    )


def test_boundaries_must_be_quoted(tmp_path):
    text = (
        'elections:\n  - {id: notional-x, kind: notional, date: "2019-12-12", base: ge-2019,'
        " boundaries: 2024, name: X, source: test-official}\n"
    )
    assert problem(tmp_path, text)[1:] == (
        2,
        85,
        'boundaries must be quoted text: "2024", not a number',
    )


def test_candidates_must_be_a_list(tmp_path):
    text = (
        "results:\n  - {election: ge-2019, constituency: copeland, candidates: none,"
        " source: test-official}\n"
    )
    assert problem(tmp_path, text)[1:] == (2, 61, "candidates must be a list, not 'none'")


def test_records_must_be_mappings(tmp_path):
    assert problem(tmp_path, "parties:\n  - reform-uk\n")[1:] == (
        2,
        5,
        "each entry of parties must be a mapping, not 'reform-uk'",
    )


def test_a_file_must_be_a_mapping(tmp_path):
    assert problem(tmp_path, "- a\n- b\n")[1:] == (
        1,
        1,
        "a reference file must be a mapping of record lists, not a list",
    )


# --- unreadable files -------------------------------------------------------------


def test_yaml_syntax_error_is_located(tmp_path):
    name, line, column, message = problem(tmp_path, 'parties:\n  - {id: x, name: "open\n')
    assert (name, line) == ("extra.yaml", 3)
    assert message.startswith("invalid YAML: ")


def test_bad_indentation_is_located(tmp_path):
    assert problem(tmp_path, "parties:\n  - id: x\n   name: X\n")[1:] == (
        3,
        4,
        "invalid YAML: did not find expected '-' indicator (while parsing a block collection)",
    )


def test_non_utf8_file(tmp_path):
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes(b"parties:\n  - {id: x, name: caf\xe9}\n")
    with pytest.raises(ReferenceDataError) as caught:
        load_records([bad])
    assert (caught.value.line, caught.value.column, caught.value.message) == (
        2,
        22,
        "not UTF-8 text",
    )


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(ReferenceDataError) as caught:
        load_records([tmp_path / "nothing.yaml"])
    assert str(caught.value) == f"{tmp_path / 'nothing.yaml'}: no such file or folder"
    assert caught.value.line == 0


def test_folder_without_yaml_is_an_error(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ReferenceDataError, match="no .yaml or .yml files"):
        load_records([tmp_path])


def test_errors_come_in_file_and_line_order(tmp_path):
    extra = tmp_path / "two.yaml"
    extra.write_text("parties:\n  - {id: a, name: A, short: A, source: nope}\n  - {id: B}\n")
    records, errors = load.check_files([BASIC, extra])
    assert [(e.line, e.column, e.message) for e in errors] == [
        (2, 40, "unknown source 'nope'"),
        (3, 5, "a party needs 'name'"),
        (3, 5, "a party needs 'short'"),
        (3, 5, "a party needs 'source'"),
    ]


# --- bundled data plus a user's files ----------------------------------------------


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


def test_user_files_may_refer_to_bundled_ids_and_add_results(tmp_path, cache_dir):
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        dedent(
            """
            elections:
              - {id: by-2030-01-01-copeland, kind: by-election, date: "2030-01-01",
                 constituency: copeland, name: Copeland by-election, source: test-official}
            results:
              - election: ge-2019
                constituency: copeland
                candidates: [{party: conservative, votes: 22000}, {party: labour, votes: 17000}]
                source: test-official
            """
        )
    )
    ref = load_reference([mine], bundled_dir=BASIC)
    assert isinstance(ref.results, ChainedResultStore)
    assert [r.election for r in ref.results_in("copeland")] == [
        "ge-2015",
        "by-2017-02-23-copeland",
        "ge-2017",
        "ge-2019",
    ]
    assert "by-2030-01-01-copeland" in ref.elections
    assert ref.results.count() == 8


def test_user_record_with_a_bundled_id_is_reported_in_the_users_file(tmp_path, cache_dir):
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "\nparties:\n  - {id: labour, name: Labour, short: Lab, source: test-curated}\n"
    )
    with pytest.raises(ReferenceDataError) as caught:
        load_reference([mine], bundled_dir=BASIC)
    assert str(caught.value) == (
        f"{mine}:3:10: duplicate party id 'labour': already defined in the bundled reference"
    )


def test_user_result_duplicating_a_bundled_one(tmp_path, cache_dir):
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "results:\n  - {election: ge-2015, constituency: copeland, candidates: [],"
        " source: test-official}\n"
    )
    with pytest.raises(ReferenceDataError) as caught:
        load_reference([mine], bundled_dir=BASIC)
    assert (caught.value.line, caught.value.column) == (2, 5)
    assert "already in the bundled reference" in caught.value.message


def test_user_files_change_the_digest(tmp_path, cache_dir):
    mine = tmp_path / "mine.yaml"
    mine.write_text("leaders:\n  - {party: labour, name: Someone, source: test-curated}\n")
    plain = load_reference(bundled_dir=BASIC)
    extended = load_reference([mine], bundled_dir=BASIC)
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", plain.digest)
    assert extended.digest != plain.digest
    assert load_reference(bundled_dir=BASIC).digest == plain.digest


def test_a_missing_user_path_is_an_error(tmp_path, cache_dir):
    with pytest.raises(ReferenceDataError, match="no such file or folder"):
        load_reference([tmp_path / "typo.yaml"], bundled_dir=BASIC)


# --- the cache ---------------------------------------------------------------------


def copy_of_basic(tmp_path: Path) -> Path:
    target = tmp_path / "bundled"
    shutil.copytree(BASIC, target)
    return target


def count_parses(monkeypatch) -> list[str]:
    parsed: list[str] = []
    real = load._parse

    def spy(index, file, issues):
        parsed.append(file.path.name)
        return real(index, file, issues)

    monkeypatch.setattr(load, "_parse", spy)
    return parsed


def test_second_load_comes_from_the_cache(tmp_path, cache_dir, monkeypatch):
    bundled = copy_of_basic(tmp_path)
    first = load_reference(bundled_dir=bundled)
    assert len(list(cache_dir.glob("reference-*.index"))) == 1
    parsed = count_parses(monkeypatch)
    second = load_reference(bundled_dir=bundled)
    assert parsed == []
    assert isinstance(second.results, SqliteResultStore)
    assert second.digest == first.digest
    assert second.constituencies == first.constituencies
    assert second.parties == first.parties
    assert second.elections == first.elections
    assert second.governments == first.governments
    assert second.leaders == first.leaders
    assert second.events == first.events
    assert second.sources == first.sources


def test_cached_results_equal_the_yaml(tmp_path, cache_dir):
    cached = load_reference(bundled_dir=BASIC)
    cached = load_reference(bundled_dir=BASIC)  # the second load reads the cache
    fresh = load_reference(bundled_dir=BASIC, use_cache=False)
    assert isinstance(fresh.results, MemoryResultStore)
    for seat in fresh.constituencies:
        assert cached.results_in(seat) == fresh.results_in(seat)
    for election in fresh.elections:
        assert cached.results.for_election(election) == fresh.results.for_election(election)
    assert cached.results.count() == fresh.results.count() == 7


def test_an_edit_invalidates_the_cache(tmp_path, cache_dir, monkeypatch):
    bundled = copy_of_basic(tmp_path)
    before = load_reference(bundled_dir=bundled)
    results = bundled / "results" / "general-2015.yaml"
    results.write_text(results.read_text().replace("16750", "16751"))
    parsed = count_parses(monkeypatch)
    after = load_reference(bundled_dir=bundled)
    assert "general-2015.yaml" in parsed
    assert after.digest != before.digest
    assert after.result("ge-2015", "copeland").candidates[0].votes == 16751


def test_a_broken_edit_is_reported_even_with_a_cache(tmp_path, cache_dir):
    bundled = copy_of_basic(tmp_path)
    load_reference(bundled_dir=bundled)
    (bundled / "leaders.yaml").write_text(
        "leaders:\n  - {party: whigs, name: X, source: test-curated}\n"
    )
    with pytest.raises(ReferenceDataError, match="unknown party 'whigs'"):
        load_reference(bundled_dir=bundled)


def test_unwritable_cache_dir_works_without_a_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    ref = load_reference(bundled_dir=BASIC)
    assert isinstance(ref.results, MemoryResultStore)
    assert ref.result("ge-2017", "copeland").candidates[0].name == "Trudy Harrison"


def test_a_damaged_cache_file_is_rebuilt(tmp_path, cache_dir):
    load_reference(bundled_dir=BASIC)
    (cached,) = cache_dir.glob("reference-*.index")
    cached.write_bytes(b"not a database")
    ref = load_reference(bundled_dir=BASIC)
    assert ref.results.count() == 7
    assert isinstance(ref.results, SqliteResultStore)


def test_no_cache_when_asked(tmp_path, cache_dir):
    load_reference(bundled_dir=BASIC, use_cache=False)
    assert not cache_dir.exists()


def test_cache_dir_follows_xdg(monkeypatch, tmp_path):
    from factcheck.reference.cache import cache_dir as find_cache_dir

    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert find_cache_dir() == tmp_path / "factcheck"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "mine"))
    assert find_cache_dir() == tmp_path / "mine"


def test_empty_bundled_dataset(tmp_path, cache_dir):
    ref = load_reference(bundled_dir=tmp_path / "nothing-here")
    assert ref.results.count() == 0
    assert ref.constituencies == {}


def count_hashes(monkeypatch) -> list[int]:
    hashed: list[int] = []
    real = load._digest

    def spy(files, root, seed=""):
        hashed.append(len(files))
        return real(files, root, seed)

    monkeypatch.setattr(load, "_digest", spy)
    return hashed


def test_unchanged_files_are_not_hashed_again(tmp_path, cache_dir, monkeypatch):
    bundled = copy_of_basic(tmp_path)
    first = load_reference(bundled_dir=bundled)
    hashed = count_hashes(monkeypatch)
    second = load_reference(bundled_dir=bundled)
    assert hashed == []
    assert second.digest == first.digest


def test_a_touched_file_is_hashed_and_still_hits_the_cache(tmp_path, cache_dir, monkeypatch):
    bundled = copy_of_basic(tmp_path)
    first = load_reference(bundled_dir=bundled)
    events = bundled / "events.yaml"
    events.write_bytes(events.read_bytes())  # same content, new ctime
    hashed = count_hashes(monkeypatch)
    parsed = count_parses(monkeypatch)
    second = load_reference(bundled_dir=bundled)
    assert hashed and not parsed
    assert second.digest == first.digest


def test_a_remembered_digest_without_its_cache_falls_back_to_hashing(tmp_path, cache_dir):
    bundled = copy_of_basic(tmp_path)
    first = load_reference(bundled_dir=bundled)
    for cached in cache_dir.glob("reference-*.index"):
        cached.unlink()
    again = load_reference(bundled_dir=bundled)
    assert again.digest == first.digest
    assert isinstance(again.results, SqliteResultStore)


def test_the_cache_keeps_every_field(tmp_path, cache_dir):
    # Every optional field is set somewhere in the fixture; the cache must give them all back.
    load_reference(bundled_dir=BASIC)
    cached = load_reference(bundled_dir=BASIC)
    assert cached.parties["liberal"].dissolved == PartialDate(1988, 3)
    assert cached.parties["ukip"].source.url == "https://example.org/ukip"
    assert cached.sources["test-curated"].official is False
    assert cached.sources["test-curated"].note == "hand-made"
    assert cached.elections["notional-2019-on-2024"].boundaries == "2024"
    assert cached.governments[0].end.isoformat() == "2015-05-08"
    copeland = cached.result("by-2017-02-23-copeland", "copeland")
    assert copeland.invalid_votes == 40
    assert copeland.source.url == "https://example.org/copeland-2017"
    assert cached.result("by-2017-02-23-stoke-on-trent-central", "stoke-on-trent-central").partial


def test_the_cache_keeps_every_result_field(tmp_path, cache_dir):
    load_reference(bundled_dir=BASIC)
    cached = load_reference(bundled_dir=BASIC)
    stated = cached.result("ge-1979", "mitcham-and-morden")
    assert (stated.majority, stated.turnout, stated.winner, stated.winner_party) == (
        3000,
        71.5,
        "A Member",
        "conservative",
    )
    assert stated.source.note == "majority and turnout as printed"
    two_seats = cached.result("ge-1979", "ynys-mon")
    assert (two_seats.seats, two_seats.uncontested, two_seats.electorate) == (2, True, 0)
    assert two_seats.candidates[1].votes is None


def test_the_importers_conflicts_report_is_not_reference_data(tmp_path, cache_dir):
    bundled = copy_of_basic(tmp_path)
    (bundled / "conflicts.yaml").write_text("conflicts:\n  - kind: name-mapped\n")
    ref = load_reference(bundled_dir=bundled)
    assert "copeland" in ref.constituencies


def test_a_forked_worker_opens_its_own_connection(tmp_path, cache_dir, monkeypatch):
    import os

    load_reference(bundled_dir=BASIC)
    ref = load_reference(bundled_dir=BASIC)
    parent_pid = os.getpid()
    monkeypatch.setattr(os, "getpid", lambda: parent_pid + 1)
    assert ref.results.for_election("ge-2017")[0].candidates[0].name == "Trudy Harrison"
    assert ref.results._pid == parent_pid + 1
