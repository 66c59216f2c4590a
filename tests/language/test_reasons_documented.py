"""Every reason a number is disposed as not a result is documented in the JSON contract."""

from __future__ import annotations

import re
from pathlib import Path

import factcheck.language.exclusions as exclusions

ROOT = Path(__file__).resolve().parents[2]


def test_every_not_a_result_reason_is_in_the_json_contract():
    source = Path(exclusions.__file__).read_text(encoding="utf-8")
    reasons = set(re.findall(r'(?:return|reason =) "([a-z_]+)"', source))
    assert {"date", "part_of_claim", "ranking"} <= reasons
    contract = (ROOT / "docs" / "json-report.md").read_text(encoding="utf-8")
    line = next(x for x in contract.splitlines() if x.startswith("| `reason` |"))
    missing = sorted(r for r in reasons if f"`{r}`" not in line)
    assert not missing, f"reasons missing from docs/json-report.md: {missing}"
