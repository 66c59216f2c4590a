"""Exit statuses, one place for all of them."""

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0  # no claim at or above the fail-on level
    FINDINGS = 1  # at least one false claim (or one at the --fail-on level)
    ERROR = 2  # usage, input or reference-data error
    INTERRUPTED = 130  # Ctrl-C (SIGINT): 128 + 2, as shells report it
    TERMINATED = 143  # SIGTERM: 128 + 15


class Terminated(BaseException):
    """SIGTERM, raised in the main thread as KeyboardInterrupt is for SIGINT (see cli)."""
