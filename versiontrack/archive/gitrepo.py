"""The archive's git repository: its fixed names, creating it, running git in it, reading blobs.

Holds the refs the archive writes (:data:`BRANCH`, :data:`NOTES`), the files every archive
starts with, :func:`init_repo` / :func:`is_ours`, and :class:`GitRepo`, which runs git
commands, reads blobs through one persistent :class:`BlobReader` and moves the work tree. It
knows nothing of stories or the index; :mod:`versiontrack.archive.store` puts those on top.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from versiontrack.errors import ArchiveError, DiskFull

BRANCH = "refs/heads/main"
NOTES = "refs/notes/commits"
AUTHOR = "versiontrack <versiontrack@localhost>"
STATE_DIR = ".versiontrack"

README_TEXT = """\
# A versiontrack archive

This folder is a git repository written by versiontrack. Each story has a folder
`stories/<xx>/<key>/`, where `<xx>` is the first two hex digits of the sha1 of the story key
(this keeps git fast however many stories there are; `ls stories/*/` lists them all):

- `article.txt`: the extracted text: the headline, a blank line, then one paragraph per line,
  so `git log -p --word-diff -- 'stories/*/<key>/article.txt'` reads as the story's edit history;
- `meta.json`: URL, canonical URL, outlet, byline, dates, fetch time, extractor, the sha256 and
  file name of the raw page, the version number, and whether the version is suspect;
- `raw.html` (or `raw.txt`): the page exactly as it was fetched.

Every new version is one commit dated at the fetch time, with trailers `Story:`, `Version:`,
`Source-URL:` and `Fetched-At:` (`Suspect: yes` when extraction looked broken). When a page was
fetched again without changes, a git note on the version's commit records `Seen-Again: <time>`.
`.versiontrack/` (not tracked) holds a SQLite index, which is only a cache
(`versiontrack reindex` rebuilds it from git), and the writer lock.
"""

GITIGNORE_TEXT = f"/{STATE_DIR}/\n"
GITATTRIBUTES_TEXT = "stories/**/raw.html -diff\nstories/**/raw.txt -diff\n"

#: The files of the archive's first commit, with the text each gets when the user wrote none.
START_FILES = (
    ("README.md", README_TEXT), (".gitignore", GITIGNORE_TEXT),
    (".gitattributes", GITATTRIBUTES_TEXT),
)


def blob_id(data: bytes) -> str:
    """The id git gives ``data`` as a blob, computed without running git."""
    h = hashlib.sha1(b"blob %d\x00" % len(data))
    h.update(data)
    return h.hexdigest()


def is_ours(path: Path) -> bool:
    """Whether the git repository at ``path`` was created by :func:`init_repo`."""
    config = path / ".git" / "config"
    try:
        return "[versiontrack]" in config.read_text(errors="replace")
    except OSError:
        return False


def init_repo(path: Path) -> None:
    """Make ``path`` an (empty) archive repository: git config, start files, state folder.

    The repository is made in ``.versiontrack/init.<pid>`` and moved into place in one
    rename, so a kill part-way never leaves a ``.git`` that :func:`is_ours` refuses. Call it
    under the writer lock.
    """
    state = path / STATE_DIR
    tmp = state / f"init.{os.getpid()}"
    try:
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir(parents=True)
        import git  # GitPython: used to create the repository

        repo = git.Repo.init(tmp, initial_branch="main")
        with repo.config_writer() as cw:
            cw.set_value("versiontrack", "archive", "true")
            cw.set_value("core", "quotepath", "off")
            cw.set_value("gc", "autoDetach", "false")
            cw.set_value("user", "name", "versiontrack")
            cw.set_value("user", "email", "versiontrack@localhost")
        repo.close()
        if not (path / "README.md").exists():
            (path / "README.md").write_text(README_TEXT, encoding="utf-8")
        (path / ".gitignore").write_text(GITIGNORE_TEXT, encoding="utf-8")
        (path / ".gitattributes").write_text(GITATTRIBUTES_TEXT, encoding="utf-8")
        os.rename(tmp / ".git", path / ".git")
        tmp.rmdir()
    except Exception as exc:  # noqa: BLE001 - GitPython raises many kinds; one line for users
        shutil.rmtree(tmp, ignore_errors=True)
        from versiontrack.archive.recover import is_disk_full

        if is_disk_full(exc, path):
            raise DiskFull(f"disk full: cannot create an archive at {path}; nothing was "
                           "written") from None
        raise ArchiveError(f"cannot create a git repository at {path}: {exc}") from None


class BlobReader:
    """Reads blobs by id through one persistent ``git cat-file --batch`` process."""

    def __init__(self, repo: Path) -> None:
        self._proc = subprocess.Popen(
            ["git", "cat-file", "--batch"], cwd=repo, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )

    #: Requests written ahead of reading the answers. 64 ids are 2.6 kB, far below a pipe's
    #: buffer, so the write never blocks while git waits for its answers to be read.
    BATCH = 64

    def read(self, oid: str) -> bytes:
        return self.read_many([oid])[0]

    def read_many(self, oids: Sequence[str]) -> list[bytes]:
        """The blobs ``oids`` in order, requested in pipelined batches (one round trip each)."""
        stdin, stdout = self._proc.stdin, self._proc.stdout
        assert stdin is not None and stdout is not None
        out: list[bytes] = []
        missing: list[str] = []
        for start in range(0, len(oids), self.BATCH):
            batch = oids[start:start + self.BATCH]
            stdin.write(b"".join(oid.encode("ascii") + b"\n" for oid in batch))
            stdin.flush()
            for oid in batch:  # read every answer, even after a missing one, to stay in step
                header = stdout.readline().split()
                if len(header) != 3:
                    missing.append(oid)
                    out.append(b"")
                    continue
                out.append(stdout.read(int(header[2])))
                stdout.read(1)
        if missing:
            raise ArchiveError(f"git object {missing[0]} is missing from the archive")
        return out

    def close(self) -> None:
        if self._proc.poll() is None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
        if self._proc.stdout:
            self._proc.stdout.close()


class GitRepo:
    """Git commands, blob reads and work-tree updates in the repository at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._marker = path / STATE_DIR / "worktree"
        self._reader: BlobReader | None = None

    def git(self, *args: str, input: bytes | None = None, check: bool = True) -> str:
        """Run git and return its stdout; raise ArchiveError when it fails (with ``check``)."""
        proc = subprocess.run(
            ["git", "-c", "core.quotepath=off", *args], cwd=self.path, input=input,
            capture_output=True, check=False,
        )
        if check and proc.returncode != 0:
            raise self.failure(args[0], proc.stderr.decode("utf-8", "replace"), proc.returncode)
        return proc.stdout.decode("utf-8", "replace")

    def failure(self, command: str, stderr: str, code: int) -> ArchiveError:
        """The error for a failed git ``command``: disk full, a lock file named, or git's
        own last word."""
        from versiontrack.archive.recover import is_disk_full

        lines = stderr.strip().splitlines()
        if is_disk_full(stderr, self.path):
            return DiskFull(f"disk full: git {command} could not write")
        lock = re.search(r"'([^']+\.lock)'", stderr)
        if lock and "exists" in stderr:
            return ArchiveError(
                f"git {command} failed: {lock.group(1)} exists (another git process is "
                "running in the archive, or one was killed; versiontrack removes a stale one "
                "on its next write)")
        detail = next((ln for ln in lines if ln.startswith(("fatal:", "error:"))),
                      lines[-1] if lines else f"exit {code}")
        return ArchiveError(f"git {command} failed: {detail}")

    def tips(self) -> tuple[str, str]:
        """The commits :data:`BRANCH` and :data:`NOTES` point at ("" for a missing ref)."""
        out = self.git("for-each-ref", "--format=%(refname) %(objectname)", BRANCH, NOTES)
        tips = dict(line.split(" ", 1) for line in out.splitlines() if " " in line)
        return tips.get(BRANCH, ""), tips.get(NOTES, "")

    def is_ancestor(self, old: str, new: str) -> bool:
        return subprocess.run(
            ["git", "merge-base", "--is-ancestor", old, new], cwd=self.path,
            capture_output=True, check=False,
        ).returncode == 0

    def blob(self, oid: str) -> bytes:
        return self.blobs([oid])[0]

    def blobs(self, oids: Sequence[str]) -> list[bytes]:
        """Read many blobs in one pipelined batch (see :meth:`BlobReader.read_many`)."""
        if self._reader is None:
            self._reader = BlobReader(self.path)
        return self._reader.read_many(oids)

    def worktree_at(self) -> str | None:
        """The commit the work tree was last written at, None when that is not known."""
        return self._marker.read_text().strip() if self._marker.exists() else None

    def update_worktree(self, old: str, new: str) -> None:
        """Bring the work tree and git's staging index from commit ``old`` to ``new``."""
        # Only files that changed between the two tips are rewritten, when the work tree is
        # known to be at ``old`` (a crash between the ref move and here leaves it behind).
        done = False
        if old and self.worktree_at() == old:
            done = self._two_way(old, new)
            if not done:
                # An archive copied or restored (cp, rsync, a backup) has every file's inode
                # and ctime changed: git then takes each entry for modified and refuses the
                # merge. Re-reading the files' stat data (hashing them, a fraction of what
                # rewriting them all costs) lets the merge go through.
                subprocess.run(["git", "update-index", "-q", "--refresh"], cwd=self.path,
                               capture_output=True, check=False)
                done = self._two_way(old, new)
        if not done:
            self.git("read-tree", "--reset", "-u", new)
        tmp = self._marker.with_suffix(".tmp")
        tmp.write_text(new + "\n")
        os.replace(tmp, self._marker)

    def _two_way(self, old: str, new: str) -> bool:
        return subprocess.run(
            ["git", "read-tree", "-m", "-u", old, new], cwd=self.path, capture_output=True,
            check=False,
        ).returncode == 0

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
