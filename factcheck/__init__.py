"""factcheck: check the numbers in UK election news against official results."""

__version__ = "0.1.0"

from factcheck.claims import Claim, Finding, Quantity, Verdict  # noqa: E402
from factcheck.pipeline import FileReport, check_document, check_text, check_texts  # noqa: E402
from factcheck.run import RunResult, check_paths  # noqa: E402


def load_reference(extra_paths=(), *, use_cache: bool = True):
    """Load the bundled reference dataset plus any extra YAML files or folders."""
    from factcheck.reference.load import load_reference as _load

    return _load(extra_paths, use_cache=use_cache)


__all__ = [
    "Claim",
    "FileReport",
    "Finding",
    "Quantity",
    "RunResult",
    "Verdict",
    "__version__",
    "check_document",
    "check_paths",
    "check_text",
    "check_texts",
    "load_reference",
]
