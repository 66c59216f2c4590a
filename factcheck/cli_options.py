"""Options the check and explain commands share, stated once so they read the same."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

ReferenceOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--reference",
        "-r",
        metavar="PATH",
        help="Extra reference YAML file or folder, on top of the bundled data (repeatable).",
    ),
]
DateOption = Annotated[
    str | None,
    typer.Option(
        metavar="YYYY-MM-DD", help="Date every article as YYYY-MM-DD, whatever it says itself."
    ),
]
