"""A report is the same whatever string-hash seed Python runs with (PYTHONHASHSEED)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cli_process import run_factcheck

REPO = Path(__file__).resolve().parent.parent

# Two shortenings of two seats' names, one inside the other ("South Basildon" holds
# "Basildon"): once read in a set's order, so seeds 2 and 3 gave another main seat.
NESTED_SHORT_NAMES = """---
date: 2024-07-05
---
Reform UK's James McMurdock won South Basildon and East Thurrock with 12,178 votes. It was
a long night at the count for South Basildon.

Electorate: 72,673. Turnout: 54.4%.

In Basildon and Billericay, Richard Holden held on by 20 votes.
"""


def test_reports_do_not_change_with_the_hash_seed(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for sample in sorted((REPO / "claims").glob("*.md")):
        shutil.copy(sample, drafts / sample.name)
    (drafts / "nested-short-names.md").write_text(NESTED_SHORT_NAMES, encoding="utf-8")
    outputs = [
        run_factcheck(
            "--format", "json", str(drafts), cwd=tmp_path, extra_env={"PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("2", "3")
    ]
    assert outputs[0] == outputs[1]
    report = json.loads(outputs[0])
    nested = [f for f in report["files"] if f["path"].endswith("nested-short-names.md")]
    verdicts = {c["text"]: c["verdict"] for c in nested[0]["claims"]}
    assert verdicts["72,673"] == "true"
    assert verdicts["54.4%"] == "true"
