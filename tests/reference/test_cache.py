"""A cache that cannot lie: whatever happens to the files, the verdicts are the YAML's.

Each test damages or plants a file where the loader looks (the user's cache directory or
the shipped index), then loads again: the claim must keep its true verdict, the values
must be the YAML's and nothing may raise. A changed row is the dangerous case: it would
flip "16,750 votes" to false if it were read.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from factcheck.claims import Verdict
from factcheck.pipeline import check_text
from factcheck.reference import cache, derive, load, private_dir
from factcheck.reference.cache import SqliteResultStore
from factcheck.reference.index import MemoryResultStore
from factcheck.reference.load import load_reference

BASIC = Path(__file__).resolve().parent.parent / "data" / "reference" / "basic"
CLAIM = "Jamie Reed won 16,750 votes in Copeland at the 2015 general election."
ANOTHER_USER = 65534  # nobody


@pytest.fixture
def bundled(tmp_path) -> Path:
    target = tmp_path / "bundled"
    shutil.copytree(BASIC, target)
    return target


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


def verdict(reference) -> Verdict:
    (finding,) = check_text(CLAIM, reference, date=dt.date(2016, 1, 1))
    return finding.verdict


def votes(reference) -> int:
    return reference.result("ge-2015", "copeland").candidates[0].votes


def assert_tells_the_truth(bundled: Path) -> None:
    reference = load_reference(bundled_dir=bundled)
    assert votes(reference) == 16750
    assert verdict(reference) is Verdict.TRUE


def the_index(cache_dir: Path) -> Path:
    (found,) = cache_dir.glob("reference-*.index")
    return found


def with_a_changed_row(sealed: bytes) -> tuple[bytes, bytes]:
    """(header, image) of an index whose Copeland 2015 row says 16,751 votes."""
    header, image = sealed.split(b"\n", 1)
    db = sqlite3.connect(":memory:")
    db.deserialize(image)
    db.execute("UPDATE results SET data = replace(data, '16750', '16751')")
    db.commit()
    changed = db.serialize()
    assert changed != image
    return header + b"\n", changed


def owned_by_someone_else(path: Path, monkeypatch) -> None:
    """Give the file another owner: for real as root, else as the loader's fstat sees it."""
    if os.geteuid() == 0:
        os.chown(path, ANOTHER_USER, ANOTHER_USER)
        return
    inode = path.stat().st_ino
    real = os.fstat

    def fstat(fd):
        st = real(fd)
        if st.st_ino != inode:
            return st
        fields = list(st[:10])
        fields[stat.ST_UID] = ANOTHER_USER
        return os.stat_result(fields)

    monkeypatch.setattr(private_dir.os, "fstat", fstat)


# --- the index in the user's cache ----------------------------------------------------


def test_a_fresh_index_is_private(bundled, cache_dir):
    assert_tells_the_truth(bundled)
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    for file in cache_dir.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name


def test_a_changed_row_is_not_read(bundled, cache_dir):
    load_reference(bundled_dir=bundled)
    index = the_index(cache_dir)
    header, changed = with_a_changed_row(index.read_bytes())
    index.write_bytes(header + changed)  # the header's digest is the original content's
    assert_tells_the_truth(bundled)
    # ... and the damage is repaired, so the next run is fast again.
    assert cache.read_index(
        io.BytesIO(index.read_bytes()), load.content_digest(load.bundled_files(bundled), bundled)
    )


def test_a_consistent_forgery_planted_by_another_user_is_not_read(bundled, cache_dir, monkeypatch):
    reference = load_reference(bundled_dir=bundled)
    digest = reference.digest.removeprefix("sha256:")
    index = the_index(cache_dir)
    _, changed = with_a_changed_row(index.read_bytes())
    index.write_bytes(cache.seal("reference-index", digest, changed))  # digests all match
    owned_by_someone_else(index, monkeypatch)
    fresh = load_reference(bundled_dir=bundled)
    assert votes(fresh) == 16750
    assert verdict(fresh) is Verdict.TRUE


def test_a_symlink_in_the_cache_is_not_followed(bundled, cache_dir, tmp_path):
    reference = load_reference(bundled_dir=bundled)
    digest = reference.digest.removeprefix("sha256:")
    index = the_index(cache_dir)
    _, changed = with_a_changed_row(index.read_bytes())
    elsewhere = tmp_path / "elsewhere.index"
    elsewhere.write_bytes(cache.seal("reference-index", digest, changed))
    index.unlink()
    index.symlink_to(elsewhere)
    assert_tells_the_truth(bundled)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: os.urandom(len(data)), id="random bytes"),
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: data + b"\0" * 100, id="extended"),
        pytest.param(lambda data: b"not a database", id="text"),
        pytest.param(lambda data: data.split(b"\n", 1)[0][:-3] + b"999999999999\n", id="huge size"),
    ],
)
def test_damage_means_a_silent_rebuild(bundled, cache_dir, capsys, damage):
    load_reference(bundled_dir=bundled)
    index = the_index(cache_dir)
    index.write_bytes(damage(index.read_bytes()))
    assert_tells_the_truth(bundled)
    assert capsys.readouterr().err == ""


def test_a_sealed_index_of_the_wrong_shape_is_rebuilt(bundled, cache_dir):
    reference = load_reference(bundled_dir=bundled)
    digest = reference.digest.removeprefix("sha256:")
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    db.execute("CREATE TABLE results (election TEXT, data TEXT)")
    db.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("format", str(cache.CACHE_FORMAT)), ("digest", digest), ("tables", "{}")],
    )
    db.commit()
    the_index(cache_dir).write_bytes(cache.seal("reference-index", digest, db.serialize()))
    assert_tells_the_truth(bundled)


def test_a_cache_directory_of_another_user_is_not_used(bundled, cache_dir, monkeypatch):
    cache_dir.mkdir(mode=0o700)
    if os.geteuid() == 0:
        os.chown(cache_dir, ANOTHER_USER, ANOTHER_USER)
    else:
        monkeypatch.setattr(private_dir, "_my_uid", lambda: os.getuid() + 1)
    reference = load_reference(bundled_dir=bundled)
    assert isinstance(reference.results, MemoryResultStore)  # built in memory instead
    assert verdict(reference) is Verdict.TRUE
    assert list(cache_dir.iterdir()) == []


def test_a_shared_cache_directory_of_ours_is_made_private(bundled, cache_dir):
    cache_dir.mkdir()
    cache_dir.chmod(0o777)
    assert_tells_the_truth(bundled)
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700


def test_a_group_writable_index_is_not_read(bundled, cache_dir):
    reference = load_reference(bundled_dir=bundled)
    digest = reference.digest.removeprefix("sha256:")
    index = the_index(cache_dir)
    _, changed = with_a_changed_row(index.read_bytes())
    index.write_bytes(cache.seal("reference-index", digest, changed))
    index.chmod(0o664)  # someone in the group could have written it
    assert_tells_the_truth(bundled)


# --- the remembered digest and the derived tables -------------------------------------


@pytest.mark.parametrize("content", [b"", b"\xff" * 300, b"0" * 64 + b"\n"])
def test_a_damaged_remembered_digest_is_ignored(bundled, cache_dir, content):
    load_reference(bundled_dir=bundled)
    for remembered in cache_dir.glob("stat-*.digest"):
        remembered.write_bytes(content)
    assert_tells_the_truth(bundled)


def test_a_changed_derived_table_is_recomputed(bundled, cache_dir):
    reference = load_reference(bundled_dir=bundled)
    expected = derive.election_totals(reference, "ge-2015")
    (table,) = cache_dir.glob("derived-*-totals-ge-2015-*.json")
    table.write_bytes(table.read_bytes().replace(b"16750", b"99999"))
    again = derive.election_totals(load_reference(bundled_dir=bundled, use_cache=True), "ge-2015")
    assert again == expected


@pytest.mark.parametrize(
    "rows",
    [{"seats": "x"}, [1, 2, 3], {"seats": {}, "votes": {}, "valid": "no"}, None, "text"],
)
def test_a_sealed_derived_table_of_the_wrong_shape_is_recomputed(bundled, cache_dir, rows):
    import json

    reference = load_reference(bundled_dir=bundled)
    expected_totals = derive.election_totals(reference, "ge-2015")
    expected_changes = derive.by_election_changes(reference)
    key = reference.digest.removeprefix("sha256:")
    for name in ("totals-ge-2015", "by-election-changes"):
        (table,) = cache_dir.glob(f"derived-*-{name}-*.json")
        table.write_bytes(cache.seal(f"derived-{name}", key, json.dumps(rows).encode()))
    fresh = load_reference(bundled_dir=bundled)
    assert derive.election_totals(fresh, "ge-2015") == expected_totals
    assert [c.election.id for c in derive.by_election_changes(fresh)] == [
        c.election.id for c in expected_changes
    ]


# --- the shipped index ----------------------------------------------------------------


@pytest.fixture
def shipped(bundled, tmp_path, monkeypatch) -> Path:
    """A shipped index for the copied fixture, in place of the package's own."""
    files = load.bundled_files(bundled)
    digest = load.content_digest(files, bundled)
    path = tmp_path / "bundled.index"
    path.write_bytes(cache.build_index(digest, load.parse_bundled(files)))
    monkeypatch.setattr(cache, "SHIPPED_INDEX", path)
    return path


def test_the_shipped_index_is_used_without_building(bundled, cache_dir, shipped, monkeypatch):
    parsed = []
    monkeypatch.setattr(load, "_parse", lambda *a: parsed.append(a) or None)
    reference = load_reference(bundled_dir=bundled)
    assert parsed == []
    assert isinstance(reference.results, SqliteResultStore)
    assert list(cache_dir.glob("reference-*.index")) == []  # nothing copied to the cache


def test_a_changed_row_in_the_shipped_index_is_not_read(bundled, cache_dir, shipped):
    header, changed = with_a_changed_row(shipped.read_bytes())
    shipped.write_bytes(header + changed)
    assert_tells_the_truth(bundled)
    assert len(list(cache_dir.glob("reference-*.index"))) == 1  # built into the cache


def test_a_shipped_index_of_other_data_is_not_used(bundled, cache_dir, shipped):
    results = bundled / "results" / "general-2015.yaml"
    results.write_text(results.read_text().replace("16750", "16752"))
    reference = load_reference(bundled_dir=bundled)
    assert votes(reference) == 16752


def test_a_slow_build_says_so_on_stderr(bundled, cache_dir, capsys, monkeypatch):
    clock = iter(range(0, 1000, 2))  # every reading two seconds after the last
    monkeypatch.setattr("time.monotonic", lambda: next(clock))
    load_reference(bundled_dir=bundled)
    err = capsys.readouterr().err
    assert "factcheck: indexing the reference data" in err
    assert "factcheck: reference data indexed in" in err


def test_a_quick_build_is_silent(bundled, cache_dir, capsys):
    load_reference(bundled_dir=bundled)
    assert capsys.readouterr().err == ""


# --- the default reference, once per process ------------------------------------------


def test_the_default_reference_is_loaded_once_per_process(monkeypatch):
    first = load_reference()
    calls = []
    real = load._load_bundled
    monkeypatch.setattr(load, "_load_bundled", lambda *a: calls.append(a) or real(*a))
    check_text("Labour won Copeland.")
    check_text("Labour won Copeland.")
    assert load_reference() is first
    assert calls == []


# --- through the command ----------------------------------------------------------------


def test_the_command_gives_the_same_report_whatever_is_in_its_cache(tmp_path, monkeypatch):
    import json

    from factcheck.cli import run

    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("FACTCHECK_FORMAT", raising=False)
    monkeypatch.setattr(load, "_default", {})  # this process's memo would hide the cache
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Trudy Harrison won 13,748 votes in the Copeland by-election, a majority of 2,147. "
        "Labour won 411 seats at the 2024 general election.\n"
    )

    def report() -> dict:
        out = tmp_path / "report.json"
        status = run(["--jobs", "1", "-f", "json", "-o", str(out), str(draft)])
        assert status in (0, 1)
        data = json.loads(out.read_text())
        data.pop("elapsed_seconds", None)
        return data

    first = report()
    files = [p for p in folder.iterdir() if p.is_file()]
    assert {p.name.split("-")[0] for p in files} == {"stat", "derived"}
    for file in files:
        file.write_bytes(os.urandom(file.stat().st_size))
    monkeypatch.setattr(load, "_default", {})
    assert report() == first


def test_a_candidate_gender_survives_the_index():
    # The shipped index holds what the YAML says: Trudy Harrison (Copeland, 2017) is "f".
    reference = load_reference()
    (result,) = [r for r in reference.results_in("copeland") if r.election.startswith("by-2017")]
    winner = max(result.candidates, key=lambda c: c.votes or 0)
    assert (winner.name, winner.gender) == ("Trudy Harrison", "f")
    decoded = cache.decode_result(result.election, "copeland", cache.encode_result(result))
    assert decoded == result
