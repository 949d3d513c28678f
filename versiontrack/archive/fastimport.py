"""Writing to the archive's git repository: one ``git fast-import`` stream per batch.

:class:`FastImport` writes commits on :data:`~versiontrack.archive.gitrepo.BRANCH` and one commit of
"seen again" notes on :data:`~versiontrack.archive.gitrepo.NOTES`. The caller bases the stream on
the tips it read and nothing is forced, so fast-import refuses to move a ref someone else moved; a
stream closed without ``done`` (:meth:`FastImport.abort`) moves no ref at all.

Also here: :func:`crash_point`, the ``VERSIONTRACK_TEST_CRASH_AT`` test hook described in
:mod:`versiontrack.archive.store`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from versiontrack.archive.gitrepo import AUTHOR, BRANCH, NOTES, START_FILES
from versiontrack.archive.recover import is_disk_full
from versiontrack.errors import ArchiveError, DiskFull

#: A commit's files: (path, data); None data deletes the path.
Files = list[tuple[str, bytes | None]]


def crash_point(name: str) -> None:
    """Test hook (see :mod:`versiontrack.archive.store`): die abruptly here, as a SIGKILL would."""
    if os.environ.get("VERSIONTRACK_TEST_CRASH_AT") == name:
        os._exit(99)


class FastImport:
    """One running ``git fast-import``, fed commits, then notes, then ``done``.

    ``marks_file`` receives the commit id of each mark; :meth:`result` reads and removes it.
    """

    def __init__(self, repo: Path, marks_file: Path) -> None:
        crash_point("before-fast-import")
        self._repo = repo
        self._marks_file = marks_file
        self._crash_mid = os.environ.get("VERSIONTRACK_TEST_CRASH_AT") == "mid-stream"
        self._proc = subprocess.Popen(
            ["git", "fast-import", "--quiet", "--done", f"--export-marks={marks_file}"],
            cwd=repo, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._checkpoints = 0
        assert self._proc.stdin is not None  # started with stdin=PIPE
        self._out = self._proc.stdin

    def start_archive(self, mark: int, fetched_at: str) -> None:
        """The archive's first commit: its start files, as the user may have edited them."""
        files: Files = []
        for name, text in START_FILES:
            path = self._repo / name
            files.append((name, path.read_bytes() if path.is_file() else text.encode()))
        self._commit(mark, _epoch(fetched_at), b"Create the versiontrack archive\n", "", files)

    def commit(
        self, mark: int, fetched_at: str, message: bytes, parent: str, files: Files
    ) -> None:
        """A commit dated ``fetched_at``; ``parent`` "" continues from this stream's last one."""
        self._commit(mark, _epoch(fetched_at), message, parent, files)
        if self._crash_mid:
            self._out.flush()
            os._exit(99)

    def notes(
        self, parent: str, fetched: Sequence[str], entries: Iterable[tuple[str, list[str]]]
    ) -> None:
        """One notes commit on top of ``parent``: for each ``(commit, times)`` of ``entries``,
        that commit's note lists every time as ``Seen-Again: <time>``.

        ``fetched`` are the fetch times this batch adds; the latest dates the notes commit.
        """
        out = self._out
        when = max(_epoch(t) for t in fetched)
        msg = f"Seen again: {len(fetched)} unchanged fetch(es)\n".encode()
        out.write(b"commit %s\n" % NOTES.encode())
        out.write(f"committer {AUTHOR} {when} +0000\n".encode())
        out.write(b"data %d\n%s\n" % (len(msg), msg))
        if parent:
            out.write(f"from {parent}\n".encode())
        for target, times in entries:
            body = "".join(f"Seen-Again: {t}\n" for t in times).encode()
            out.write(f"N inline {target}\n".encode())
            out.write(b"data %d\n%s\n" % (len(body), body))

    def checkpoint(self) -> dict[int, str]:
        """Make everything streamed so far durable: fast-import writes its pack and moves the
        refs. Returns the commit id of each mark so far; raises like :meth:`result`."""
        self._checkpoints += 1
        tag = f"progress checkpoint {self._checkpoints}\n".encode()
        try:
            self._out.write(b"checkpoint\n" + tag)
            self._out.flush()
        except BrokenPipeError:
            pass
        stdout = self._proc.stdout
        assert stdout is not None  # started with stdout=PIPE
        while True:  # progress lines come back in order, after the checkpoint is done
            line = stdout.readline()
            if not line:
                self.result()  # fast-import died: raises with its reason
                raise ArchiveError("git fast-import stopped at a checkpoint")
            if line == tag:
                break
        return self._read_marks()

    def end(self) -> None:
        """End the stream with ``done``: fast-import may now move the refs."""
        self._out.write(b"done\n")
        self._out.close()

    def abort(self) -> None:
        """Stop without ``done``, so fast-import aborts without moving any ref."""
        proc = self._proc
        try:
            if proc.stdin:
                proc.stdin.close()
        except BrokenPipeError:
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def result(self) -> dict[int, str]:
        """Wait for fast-import; the commit id of each mark.

        Raises ArchiveError with git's reason when it failed (then no ref moved).
        """
        proc = self._proc
        if proc.stdout:
            proc.stdout.read()
        err = proc.stderr.read() if proc.stderr else b""
        code = proc.wait()
        if code != 0:
            text = err.decode("utf-8", "replace")
            lines = text.strip().splitlines()
            detail = next((ln for ln in lines if "fatal" in ln or "error" in ln),
                          lines[-1] if lines else f"exit {code}")
            self._marks_file.unlink(missing_ok=True)
            if is_disk_full(text, self._repo):
                raise DiskFull(f"disk full: git fast-import could not write ({detail})")
            raise ArchiveError(f"git fast-import failed, nothing was committed: {detail}")
        marks = self._read_marks()
        self._marks_file.unlink(missing_ok=True)
        return marks

    def _read_marks(self) -> dict[int, str]:
        marks = {}
        for line in self._marks_file.read_text().splitlines():
            mark_id, oid = line.split()
            marks[int(mark_id[1:])] = oid
        return marks

    def _commit(self, mark: int, when: int, message: bytes, parent: str, files: Files) -> None:
        out = self._out
        out.write(f"commit {BRANCH}\nmark :{mark}\n".encode())
        out.write(f"author {AUTHOR} {when} +0000\ncommitter {AUTHOR} {when} +0000\n".encode())
        out.write(b"data %d\n%s\n" % (len(message), message))
        if parent:
            out.write(f"from {parent}\n".encode())
        for path, data in files:
            quoted = _quote(path)
            if data is None:
                out.write(f"D {quoted}\n".encode())
            else:
                out.write(f"M 100644 inline {quoted}\n".encode())
                out.write(b"data %d\n" % len(data))
                out.write(data)
                out.write(b"\n")


def _epoch(iso: str) -> int:
    return int(datetime.fromisoformat(iso).timestamp())


def _quote(path: str) -> str:
    if re.search(r'[\s"\\]', path) or path.startswith('"'):
        return json.dumps(path, ensure_ascii=False)  # C-style quoting, as fast-import reads it
    return path
