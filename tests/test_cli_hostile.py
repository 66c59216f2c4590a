"""The real command on hostile inputs and signals: one bad file costs only itself, and a
killed or interrupted run leaves no worker behind.

Structure only (paths, errors, exit statuses, processes), never verdicts.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "tests" / "data" / "articles"
LINUX = sys.platform.startswith("linux")
# "Billion laughs": 10**9 strings once expanded, in about 600 bytes.
BOMB = (
    "\n".join(
        ['a0: &a0 ["lol"]']
        + [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
        + ["election: *a9"]
    )
    + "\n"
)


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("reference-cache")


def environment(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    env.update(NO_COLOR="1", FACTCHECK_CACHE_DIR=str(cache), COLUMNS="100")
    return env


def factcheck(*args: str, cwd: Path, cache: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        env=environment(cache),
        capture_output=True,
        timeout=300,  # a FIFO opened for reading would hang here, not forever
    )


def small_drafts(folder: Path, count: int) -> list[str]:
    """`count` short Markdown drafts cut from the test articles (front matter kept)."""
    sources = sorted(ARTICLES.glob("*.md"))
    names = []
    for i in range(count):
        text = sources[i % len(sources)].read_text(encoding="utf-8")
        cut = text.rfind("\n\n", 0, 900)
        name = f"draft-{i:03d}.md"
        (folder / name).write_text(text[: cut if cut > 0 else 900] + "\n", encoding="utf-8")
        names.append(name)
    return names


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "drafts"
    folder.mkdir()
    small_drafts(folder, 200)
    (folder / "bad-date.md").write_text("---\ndate: 2017-02-30\n---\nLabour won 12 votes.\n")
    (folder / "bomb.md").write_text(f"---\n{BOMB}---\nLabour won 12 votes.\n")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.md")
    if os.path.exists("/dev/zero"):
        (folder / "zero.md").symlink_to("/dev/zero")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.md"), "wb") as fh:
        fh.write((ARTICLES / "heldout-basildon-1992.md").read_bytes())
    return root


BAD = {
    "drafts/bad-date.md": "line 2: front matter: '2017-02-30' is not a valid date",
    "drafts/bomb.md": "front matter: aliases (*name) are not allowed",
    "drafts/pipe.md": "is a named pipe (FIFO), not a regular file: skipped",
    "drafts/zero.md": "is a character device (through a symlink), not a regular file: skipped",
}


def test_a_hostile_folder_costs_only_its_bad_files_in_json(hostile, cache):
    result = factcheck(
        "--jobs", "2", "-f", "json", "-o", "r.json", "drafts", cwd=hostile, cache=cache
    )
    assert result.returncode == 2, result.stderr  # some inputs could not be read
    assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr
    report = json.loads((hostile / "r.json").read_text(encoding="utf-8"))
    files = {f["path"]: f for f in report["files"]}
    drafts = [p for p in files if p.startswith("drafts/draft-")]
    assert len(drafts) == 200
    assert all(files[p]["error"] is None for p in drafts)
    assert sum(len(files[p]["claims"]) for p in drafts) > 200
    # The name with a byte that is not UTF-8 is checked and shown escaped.
    assert files["drafts/caf\\xe9.md"]["error"] is None
    assert files["drafts/caf\\xe9.md"]["claims"]
    for path, says in BAD.items():
        if (hostile / path).exists() or os.path.islink(hostile / path):
            assert says in files[path]["error"], path
    assert report["summary"]["errors"] == len(files) - 201


def test_a_hostile_folder_gives_valid_sarif(hostile, cache):
    jsonschema = pytest.importorskip("jsonschema")
    result = factcheck(
        "--jobs", "2", "-f", "sarif", "-o", "r.sarif", "drafts", cwd=hostile, cache=cache
    )
    assert result.returncode == 2, result.stderr
    log = json.loads((hostile / "r.sarif").read_text(encoding="utf-8"))
    schema = json.loads((REPO / "tests/data/sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(log)
    (run,) = log["runs"]
    errors = {
        n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: n["message"]["text"]
        for n in run["invocations"][0]["toolExecutionNotifications"]
        if n["level"] == "error"
    }
    expected = {p: s for p, s in BAD.items() if os.path.lexists(hostile / p)}
    assert sorted(errors) == sorted(expected)
    for uri, says in expected.items():
        assert says in errors[uri]
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert "drafts/caf%5Cxe9.md" in uris
    assert len({u for u in uris if u.startswith("drafts/draft-")}) > 150


# --- signals: nothing left behind ---------------------------------------------------


def _stat(pid: int) -> list[str] | None:
    """/proc/PID/stat fields after the command name (state first), or None if gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].decode().split()
    except OSError:
        return None


def _processes() -> dict[int, list[str]]:
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (fields := _stat(int(entry))) is not None:
            found[int(entry)] = fields
    return found


def children_of(pid: int) -> list[int]:
    return [p for p, f in _processes().items() if int(f[1]) == pid]


def alive_in_group(group: int) -> list[int]:
    """Processes of a process group that are still running (zombies are dead)."""
    return [p for p, f in _processes().items() if int(f[2]) == group and f[0] != "Z"]


def wait_for(condition, what: str, seconds: float = 120):
    """Poll until `condition()` is truthy: a start-up we can only watch, not be told of."""
    deadline = time.monotonic() + seconds
    while not (value := condition()):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)
    return value


@pytest.fixture(scope="module")
def long_batch(tmp_path_factory) -> Path:
    """Enough drafts that two workers are still busy whenever the test signals."""
    folder = tmp_path_factory.mktemp("long") / "drafts"
    folder.mkdir()
    small_drafts(folder, 600)
    return folder


@contextlib.contextmanager
def started(folder: Path, cache: Path) -> Iterator[subprocess.Popen]:
    """A --jobs 2 run in its own process group, which is killed whatever the test found."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "--jobs", "2", "-f", "json", str(folder)],
        env=environment(cache),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: everything it starts is findable
        # As a terminal's Ctrl-C finds it: a shell starting the tests in the background
        # without job control has them ignore SIGINT, which the run would inherit.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # leftovers of a failing run only
        proc.communicate()


def workers_of(pid: int) -> list[int]:
    """The run's worker processes once both have started, else []."""
    children = children_of(pid)
    return children if len(children) >= 2 else []


def reap(pid: int, seconds: float = 60) -> int:
    """The wait status of an orphan this process inherited as subreaper."""
    deadline = time.monotonic() + seconds
    while not (ended := os.waitpid(pid, os.WNOHANG))[0]:
        assert time.monotonic() < deadline, f"worker {pid} outlived its parent"
        time.sleep(0.02)
    return ended[1]


@pytest.mark.skipif(not LINUX, reason="reads /proc")
@pytest.mark.parametrize(
    ("sig", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["TERM", "INT"]
)
def test_a_signalled_run_reports_what_it_finished_and_leaves_nothing(
    long_batch, cache, sig, status
):
    with started(long_batch, cache) as proc:
        workers = wait_for(lambda: workers_of(proc.pid), "workers")
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=120)
        left = alive_in_group(proc.pid)
    assert proc.returncode == status, err
    assert b"Traceback" not in err
    assert b"the report is incomplete" in err
    report = json.loads(out)
    assert len(report["files"]) == 600
    unchecked = [f for f in report["files"] if f["error"] == "not checked: the run was interrupted"]
    assert unchecked and report["summary"]["errors"] == len(unchecked)
    assert all(f["error"] is None for f in report["files"] if f not in unchecked)
    assert left == []
    assert all(_stat(w) is None or _stat(w)[0] == "Z" for w in workers)


@pytest.mark.skipif(not LINUX, reason="prctl and /proc are Linux's")
def test_workers_die_with_a_parent_killed_outright(long_batch, cache):
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_child_subreaper = 36
    # As subreaper, this test inherits the orphaned workers, so it can see how they ended.
    assert libc.prctl(pr_set_child_subreaper, 1, 0, 0, 0) == 0
    workers: list[int] = []
    ends: dict[int, int] = {}
    try:
        with started(long_batch, cache) as proc:
            workers = wait_for(lambda: workers_of(proc.pid), "workers")
            proc.kill()
            proc.wait(timeout=60)
            ends = {worker: reap(worker) for worker in workers}
    finally:
        libc.prctl(pr_set_child_subreaper, 0, 0, 0, 0)
        for worker in set(workers) - set(ends):  # a failed run's, killed with its group
            with contextlib.suppress(ChildProcessError):
                os.waitpid(worker, 0)
    # Killed at once by the kernel (PR_SET_PDEATHSIG), not left to finish its chunk.
    assert all(os.WIFSIGNALED(c) and os.WTERMSIG(c) == signal.SIGKILL for c in ends.values())
