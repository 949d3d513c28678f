"""One writer at a time, and a killed ingest leaves a valid archive (real processes)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import article, at, make_archive, run_cli

from versiontrack.archive import index as ix
from versiontrack.archive.lock import ArchiveLock
from versiontrack.archive.store import Archive

KEY = "example.com_news_bridge"


def text_file(tmp_path: Path, name: str, body: str) -> Path:
    f = tmp_path / name
    rest = "\n\n".join(article().paragraphs)  # long enough not to look like a broken page
    f.write_text(f"Council approves new bridge\n\n{body}\n\n{rest}\n")
    return f


def ingest_proc(archive: Path, *files: Path, story: str = KEY, fetched: str = at(40),
                env: dict[str, str] | None = None, timeout: str = "20") -> subprocess.Popen:
    cmd = [sys.executable, "-m", "versiontrack", "ingest", *map(str, files), "--story", story,
           "--fetched-at", fetched, "--archive", str(archive), "--lock-timeout", timeout]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})


def git(path: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=path, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_busy_lock_names_the_holder_and_exits_4(tmp_path):
    archive = make_archive(tmp_path)
    f = text_file(tmp_path, "a.txt", "The vote was 8-1.")
    lock = ArchiveLock(archive / ".versiontrack" / "lock", timeout=0)
    lock.acquire()
    try:
        started = time.monotonic()
        p = ingest_proc(archive, f, timeout="0.5")
        out, err = p.communicate(timeout=60)
        assert p.returncode == 4, err
        assert f"pid {os.getpid()}" in err and len(err.strip().splitlines()) == 1
        assert time.monotonic() - started < 30
    finally:
        lock.release()
    p = ingest_proc(archive, f, timeout="5")
    out, err = p.communicate(timeout=60)
    assert p.returncode == 0 and out.split()[:3] == ["new", KEY, "v4"]


def test_two_ingests_started_together_both_land(tmp_path):
    archive = make_archive(tmp_path)
    a = [text_file(tmp_path, f"a{i}.txt", f"Process A edit {i}.") for i in range(3)]
    b = [text_file(tmp_path, f"b{i}.txt", f"Process B edit {i}.") for i in range(3)]
    lock = ArchiveLock(archive / ".versiontrack" / "lock", timeout=0)
    lock.acquire()  # both start and wait on the lock, then race for it
    procs = [ingest_proc(archive, *a, fetched=at(40)), ingest_proc(archive, *b, fetched=at(41))]
    time.sleep(0.5)
    lock.release()
    for p in procs:
        out, err = p.communicate(timeout=90)
        assert p.returncode == 0, err
        assert [line.split()[0] for line in out.splitlines()] == ["new"] * 3
    with Archive.open(archive) as arch:
        versions = arch.versions(KEY)
        assert [v.number for v in versions] == list(range(1, 10))
        texts = {arch.article(KEY, n).paragraphs[0] for n in range(4, 10)}
        assert texts == {f"Process {w} edit {i}." for w in "AB" for i in range(3)}
        assert arch.verify() == []
    assert git(archive, "status", "--porcelain") == ""


@pytest.mark.parametrize("point", ["before-fast-import", "mid-stream", "after-ref",
                                   "after-worktree"])
def test_killed_ingest_leaves_a_valid_archive(tmp_path, point):
    archive = make_archive(tmp_path)
    head_before = git(archive, "rev-parse", "HEAD")
    f = text_file(tmp_path, "a.txt", "The vote was 8-1. " * 200)
    p = ingest_proc(archive, f, env={"VERSIONTRACK_TEST_CRASH_AT": point})
    p.communicate(timeout=60)
    assert p.returncode == 99
    moved = git(archive, "rev-parse", "HEAD") != head_before
    assert moved == (point in ("after-ref", "after-worktree"))
    # the lock died with the process; verify says OK (catching the index up if it was behind)
    r = run_cli("verify", "--archive", archive)
    assert (r.exit_code, r.stdout.strip()) == (0, "archive OK"), r.stdout + r.stderr
    with Archive.open(archive) as arch:
        assert len(arch.versions(KEY)) == (4 if moved else 3)
    assert git(archive, "status", "--porcelain") == ""
    # the next ingest works
    g = text_file(tmp_path, "b.txt", "The vote was 9-0.")
    p = ingest_proc(archive, g, fetched=at(41), timeout="5")
    out, err = p.communicate(timeout=60)
    assert p.returncode == 0, err
    assert out.split()[2] == ("v5" if moved else "v4")
    with Archive.open(archive) as arch:
        assert arch.verify() == []
        before = ix.dump(arch.db)
        arch.reindex()
        assert ix.dump(arch.db) == before


def test_index_behind_after_crash_is_reported_without_fix(tmp_path):
    archive = make_archive(tmp_path)
    f = text_file(tmp_path, "a.txt", "The vote was 8-1.")
    p = ingest_proc(archive, f, env={"VERSIONTRACK_TEST_CRASH_AT": "after-ref"})
    p.communicate(timeout=60)
    arch = Archive(archive)  # no open(): open() would catch up silently
    try:
        problems = arch.verify(fix=False)
    finally:
        arch.close()
    assert any("index is behind git" in p for p in problems)
    assert any("work tree is behind" in p for p in problems)
