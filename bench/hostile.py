"""A batch with hostile files: wall time and peak memory of the real command, --jobs 2.

    python bench/hostile.py [--drafts 200] [--keep DIR]

The folder holds small drafts cut from tests/data/articles plus a front-matter date
2017-02-30, a YAML alias bomb (10**9 strings expanded, about 500 bytes), a FIFO, a
symlink to /dev/zero and a file name with a byte that is not UTF-8 (issue 9's
acceptance). Each format is one run of the command in its own process group; peak RSS
is the group's summed resident memory, sampled every 50 ms from /proc (Linux).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "tests" / "data" / "articles"
BOMB = "\n".join(
    ['a0: &a0 ["lol"]']
    + [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    + ["election: *a9"]
)


def build(folder: Path, drafts: int) -> None:
    sources = sorted(ARTICLES.glob("*.md"))
    for i in range(drafts):
        text = sources[i % len(sources)].read_text(encoding="utf-8")
        cut = text.rfind("\n\n", 0, 900)
        (folder / f"draft-{i:03d}.md").write_text(text[: cut if cut > 0 else 900] + "\n")
    (folder / "bad-date.md").write_text("---\ndate: 2017-02-30\n---\nLabour won 12 votes.\n")
    (folder / "bomb.md").write_text(f"---\n{BOMB}\n---\nLabour won 12 votes.\n")
    os.mkfifo(folder / "pipe.md")
    (folder / "zero.md").symlink_to("/dev/zero")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.md"), "wb") as fh:
        fh.write(sources[0].read_bytes())


def group_rss_kb(group: int) -> int:
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                if int(fh.read().rsplit(b")", 1)[1].split()[2]) != group:
                    continue
            with open(f"/proc/{entry}/status") as fh:
                total += next((int(ln.split()[1]) for ln in fh if ln.startswith("VmRSS:")), 0)
        except OSError:
            continue
    return total


def measure(args: list[str], cwd: Path) -> tuple[int, float, int]:
    """Exit status, wall seconds and peak summed RSS (KB) of one run."""
    start = time.monotonic()
    proc = subprocess.Popen(args, cwd=cwd, start_new_session=True, stdout=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, group_rss_kb(proc.pid))
        time.sleep(0.05)
    return proc.returncode, time.monotonic() - start, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="build the folder here and keep it")
    options = parser.parse_args()
    if options.keep:
        run(options.keep, options.drafts)
    else:
        with tempfile.TemporaryDirectory(prefix="factcheck-hostile-") as root:
            run(Path(root), options.drafts)


def run(root: Path, drafts: int) -> None:
    (root / "drafts").mkdir(parents=True)
    build(root / "drafts", drafts)
    command = [sys.executable, "-m", "factcheck", "--jobs", "2", "-q"]
    print(f"{drafts} drafts + 5 hostile files, --jobs 2")
    for name, out in (("json", "r.json"), ("sarif", "r.sarif")):
        status, wall, peak = measure([*command, "-f", name, "-o", out, "drafts"], root)
        report = json.loads((root / out).read_text(encoding="utf-8"))
        files = len(report["files"]) if name == "json" else len(report["runs"][0]["results"])
        what = "files" if name == "json" else "results"
        print(
            f"{name:6} exit {status}  {wall:5.1f} s  peak RSS {peak / 1024:5.0f} MB  {files} {what}"
        )


if __name__ == "__main__":
    main()
