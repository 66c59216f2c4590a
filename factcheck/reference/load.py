"""Loading the YAML reference: validation with file:line:column, and the parsed cache.

(Skeleton: the full loader is being written; see reference/README.md for the schema.)
"""

from __future__ import annotations

from pathlib import Path


class ReferenceDataError(Exception):
    """Bad reference data, located in its file."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


def bundled_reference_dir() -> Path:
    """The bundled dataset: inside the wheel, or the repository's `reference/`."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_bundled_reference"
    if packaged.is_dir():
        return packaged
    return here.parent / "reference"
