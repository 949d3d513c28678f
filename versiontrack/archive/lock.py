"""The archive's writer lock: one ``fcntl.flock`` on ``.versiontrack/lock`` with a bounded wait.

The kernel drops a flock when its holder dies, so a killed ingest never leaves a stale lock
behind. The holder writes its pid and start time into the file only so that a waiting process
can name it in the error message; the file's content is never trusted for locking.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from versiontrack.errors import InputError, LockBusy, ReadOnlyArchive

#: Default bounded wait, in seconds; ``VERSIONTRACK_LOCK_TIMEOUT`` or ``--lock-timeout`` change it.
DEFAULT_TIMEOUT = 30.0


def default_timeout() -> float:
    """The wait from ``VERSIONTRACK_LOCK_TIMEOUT`` if set, else :data:`DEFAULT_TIMEOUT`."""
    raw = os.environ.get("VERSIONTRACK_LOCK_TIMEOUT", "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        raise InputError(
            f"VERSIONTRACK_LOCK_TIMEOUT must be a number of seconds, not {raw!r}") from None
    if value < 0:
        raise InputError("VERSIONTRACK_LOCK_TIMEOUT must not be negative")
    return value


class ArchiveLock:
    """A re-entrant (within one object) exclusive lock on one file."""

    def __init__(self, path: Path, timeout: float | None = None) -> None:
        self.path = path
        self.timeout = default_timeout() if timeout is None else timeout
        self._fd: int | None = None
        self._depth = 0

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            self._depth += 1
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise ReadOnlyArchive(
                    f"the archive {self.path.parent.parent} is read-only: nothing was written"
                ) from None
            raise
        deadline = time.monotonic() + self.timeout
        delay = 0.01
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_holder(fd)
                    os.close(fd)
                    raise LockBusy(
                        f"archive {self.path.parent.parent} is locked by another versiontrack "
                        f"process ({holder}); gave up after {self.timeout:g}s "
                        "(see --lock-timeout / VERSIONTRACK_LOCK_TIMEOUT)", holder=holder
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.2)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        try:  # only informative (see the module's docstring): a full disk must not stop us
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()} since {stamp}\n".encode(), 0)
        except OSError:
            pass
        self._fd = fd
        self._depth = 1

    def release(self) -> None:
        if self._fd is None:
            return
        self._depth -= 1
        if self._depth > 0:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return text or "holder unknown"
