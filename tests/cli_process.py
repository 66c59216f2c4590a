"""Running the real `factcheck` command in a subprocess, as a user's shell would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_factcheck(
    *args: str,
    cwd: Path,
    cache: Path | None = None,
    columns: int | None = None,
    text: bool = True,
    stdin: bytes | str | None = None,
    timeout: int = 300,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """`python -m factcheck ARGS` in `cwd`, away from the caller's FACTCHECK_ settings, with
    no colour, its cache in `cache` (default `cwd/.cache`) and `columns` wide if given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    env.update(NO_COLOR="1", FACTCHECK_CACHE_DIR=str(cache or cwd / ".cache"))
    if columns is not None:
        env["COLUMNS"] = str(columns)
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=text,
        timeout=timeout,
    )
