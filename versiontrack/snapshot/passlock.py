"""The snapshot run lock: one pass at a time per archive (``.versiontrack/snapshot.lock``), also
taken by ``ingest --notify`` so its deliveries never interleave with a pass's.

Apart from the pass itself so that the notification step, which the pass runs, can take it too
without importing the pass back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from versiontrack.errors import LockBusy


def lock_path(archive_path: Path) -> Path:
    return Path(archive_path) / ".versiontrack" / "snapshot.lock"


@contextmanager
def pass_lock(archive_path: Path, wait: bool = False) -> Iterator[None]:
    """Hold the snapshot run lock; LockBusy at once when another pass holds it (unless ``wait``)."""
    from versiontrack.archive.lock import ArchiveLock

    lock = ArchiveLock(lock_path(archive_path), timeout=float("inf") if wait else 0.0)
    try:
        lock.acquire()
    except LockBusy as exc:
        raise LockBusy(f"another snapshot pass is running on {archive_path} ({exc.holder}); "
                       "this one stops (use --wait to queue behind it)",
                       holder=exc.holder) from None
    try:
        yield
    finally:
        lock.release()
