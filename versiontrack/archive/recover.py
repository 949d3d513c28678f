"""What a killed writer leaves in an archive, and removing it once that is provably stale.

Only versiontrack writes an archive's repository, and only while it holds the writer lock
(:mod:`versiontrack.archive.lock`). So while *we* hold that lock, no other writer runs, and git's
lock files and temporary packs in ``.git`` are left over from a process that was killed. Files
that carry a process id (``fast_import_crash_<pid>``, ``marks.<pid>``, ``init.<pid>``) are only
removed when that process is gone as well. :func:`clean` must only be called under the lock.

Also here: :func:`is_disk_full`, which tells a full disk from other failures, whatever layer
(the OS, SQLite, git's messages) reported it.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from pathlib import Path

from versiontrack.errors import DiskFull

#: git's own lock files, which a killed git leaves behind (and which then block every git write).
GIT_LOCKS = ("index.lock", "HEAD.lock", "packed-refs.lock", "config.lock")

_PID_NAME = re.compile(r"^(?:marks|init)\.(\d+)$")
_CRASH_NAME = re.compile(r"^fast_import_crash_(\d+)$")


def pid_alive(pid: int) -> bool:
    """Whether a process with id ``pid`` exists (our own pid counts as gone: we are not using
    a file of ours we have not made yet)."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean(path: Path, state_dir: Path) -> list[str]:
    """Remove a killed writer's leftovers from the archive at ``path``; one line per kind
    removed, saying what it was. Call only while holding the archive's writer lock."""
    git = path / ".git"
    done: list[str] = []
    locks = [git / name for name in GIT_LOCKS if (git / name).exists()]
    refs = git / "refs"
    if refs.is_dir():
        locks += sorted(refs.rglob("*.lock"))
    for f in locks:
        if _remove(f):
            done.append(f"removed git's stale lock {f.relative_to(path)} (left by a killed git)")
    temps = []
    objects = git / "objects"
    if objects.is_dir():
        temps = sorted(objects.glob("pack/tmp_*")) + sorted(objects.glob("*/tmp_obj_*"))
        temps += sorted(objects.glob("tmp_obj_*"))
    removed = sum(_remove(f) for f in temps)
    if removed:
        done.append(f"removed {removed} temporary git object file(s) left by a killed git")
    crashes = [f for f in sorted(git.glob("fast_import_crash_*")) if _stale(_CRASH_NAME, f)]
    removed = sum(_remove(f) for f in crashes)
    if removed:
        done.append(f"removed {removed} crash report(s) of a killed git fast-import")
    if state_dir.is_dir():
        mine = [f for f in sorted(state_dir.iterdir()) if _stale(_PID_NAME, f)]
        removed = sum(_remove(f) for f in mine)
        if removed:
            names = ", ".join(f.name for f in mine[:3]) + (", ..." if len(mine) > 3 else "")
            done.append(f"removed {removed} file(s) of killed versiontrack writers ({names})")
    return done


def _stale(pattern: re.Pattern[str], f: Path) -> bool:
    m = pattern.match(f.name)
    return m is not None and not pid_alive(int(m.group(1)))


def _remove(f: Path) -> bool:
    try:
        if f.is_dir() and not f.is_symlink():
            shutil.rmtree(f)
        else:
            f.unlink()
    except FileNotFoundError:
        return False
    return True


_DISK_FULL_TEXT = ("no space left on device", "disk quota exceeded", "disk is full",
                   "database or disk is full")
_WRITE_FAILED_TEXT = ("unable to write", "write error", "short write", "failed to write",
                      "disk i/o error")


def is_disk_full(exc: BaseException | str, path: Path | None = None) -> bool:
    """Whether ``exc`` (an exception, or the text of a failed tool) means the disk is full.

    git often says only "unable to write ..."; that counts when the file system at ``path``
    has (next to) no room left.
    """
    if isinstance(exc, DiskFull):
        return True
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) == 13:
        return True  # SQLITE_FULL
    text = str(exc).lower()
    if any(t in text for t in _DISK_FULL_TEXT):
        return True
    if path is not None and any(t in text for t in _WRITE_FAILED_TEXT):
        return free_bytes(path) < 1 << 20
    return False


def free_bytes(path: Path) -> int:
    """Bytes free to an unprivileged writer on the file system holding ``path``."""
    try:
        st = os.statvfs(path)
    except OSError:
        return 1 << 62
    return st.f_bavail * st.f_frsize
