"""The user's cache directory, trusted only while it is theirs alone.

The directory is created owner-only (0700) and files in it are written owner-only (0600).
A file is read only if it is a regular file (not a symlink) owned by the user and not
writable by anyone else, checked on the open file itself; the directory is used only if
it is the user's. Files are opened relative to the directory's descriptor where the
platform allows, so nothing can be swapped in between the check and the read.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
# openat() and renameat(): POSIX has them; elsewhere paths are joined instead.
_AT = os.open in os.supports_dir_fd and os.rename in os.supports_dir_fd
# Group or others may write it: someone else could have put anything there.
_SHARED_WRITE = stat.S_IWGRP | stat.S_IWOTH


def _my_uid() -> int | None:
    """The effective user id, or None where files have no owning uid (Windows)."""
    geteuid = getattr(os, "geteuid", None)
    return geteuid() if geteuid is not None else None


class PrivateDir:
    """An open cache directory: read, write and prune files by name."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    @classmethod
    def open(cls, path: Path) -> PrivateDir | None:
        """The directory, created if absent; None when it is someone else's or unusable."""
        fd = None
        try:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            if _AT:
                fd = os.open(path, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
            st = os.fstat(fd) if fd is not None else os.stat(path)
            uid = _my_uid()
            if not stat.S_ISDIR(st.st_mode) or (uid is not None and st.st_uid != uid):
                raise PermissionError("not the user's directory")
            if uid is not None and st.st_mode & 0o077:  # ours, so make it private again
                if fd is not None:
                    os.fchmod(fd, 0o700)
                else:
                    os.chmod(path, 0o700)
        except (OSError, NotImplementedError):
            if fd is not None:
                os.close(fd)
            return None
        return cls(path, fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> PrivateDir:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _where(self, name: str) -> str:
        return name if self._fd is not None else str(self.path / name)

    def open_file(self, name: str) -> BinaryIO | None:
        """A file of ours for reading, or None (absent, foreign, shared, not a plain file)."""
        try:
            fd = os.open(self._where(name), os.O_RDONLY | _NOFOLLOW | _CLOEXEC, dir_fd=self._fd)
        except OSError:
            return None
        try:
            st = os.fstat(fd)
            uid = _my_uid()
            if not stat.S_ISREG(st.st_mode) or (
                uid is not None and (st.st_uid != uid or st.st_mode & _SHARED_WRITE)
            ):
                os.close(fd)
                return None
            return os.fdopen(fd, "rb")
        except OSError:
            os.close(fd)
            return None

    def write(self, name: str, data: bytes) -> bool:
        """Write a file whole (a temporary name, then a rename), owner-only; False on failure."""
        tmp = f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC
        try:
            fd = os.open(self._where(tmp), flags, 0o600, dir_fd=self._fd)
        except OSError:
            return False
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(
                self._where(tmp), self._where(name), src_dir_fd=self._fd, dst_dir_fd=self._fd
            )
            return True
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(self._where(tmp), dir_fd=self._fd)
            return False

    def prune(self, prefix: str, suffixes: tuple[str, ...], keep: str, count: int) -> None:
        """Delete all but the newest `count` files of a kind (`keep` among them)."""
        try:
            found = []
            with os.scandir(self._fd if self._fd is not None else self.path) as entries:
                for entry in entries:
                    name = entry.name
                    if name.startswith(prefix) and name.endswith(suffixes) and name != keep:
                        found.append((entry.stat(follow_symlinks=False).st_mtime, name))
            found.sort(reverse=True)
            for _, name in found[count - 1 :]:
                os.unlink(self._where(name), dir_fd=self._fd)
        except OSError:
            pass
