"""After a crash, on a full disk, read-only, and run twice: never stuck, never wrong (issue 18).

Real processes, real git, and (where this machine lets root mount them) a real full tmpfs and a
real read-only bind mount.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import article, at, make_archive

from versiontrack.archive.lock import ArchiveLock
from versiontrack.archive.store import Archive

KEY = "example.com_news_bridge"
PARAS = article().paragraphs
BUILT = 4  # versions make_archive's default stories hold


def vt(*args: str | Path, env: dict[str, str] | None = None,
       timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a new process."""
    return subprocess.run([sys.executable, "-m", "versiontrack", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, check=False,
                          env={**os.environ, **(env or {})})


def page(tmp_path: Path, name: str, first: str, mtime: float | None = None) -> Path:
    f = tmp_path / name
    f.write_text(f"Council approves new bridge\n\n{first}\n\n" + "\n\n".join(PARAS) + "\n")
    if mtime is not None:
        os.utime(f, (mtime, mtime))
    return f


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def git(path: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=path, capture_output=True, text=True,
                          check=True).stdout.strip()


def count_versions(path: Path) -> int:
    return int(git(path, "rev-list", "--count", "--grep=^Version: ", "main") or 0)


# ---- item 4: git's index.lock left by a kill ---------------------------------------------------


def test_stale_git_index_lock_is_removed_and_reported(tmp_path):
    archive = make_archive(tmp_path)
    (archive / ".git" / "index.lock").write_bytes(b"")  # what a kill inside read-tree leaves
    (archive / ".git" / "refs" / "heads" / "main.lock").write_bytes(b"")
    r = vt("verify", "--archive", archive)
    assert r.returncode == 0, r.stderr
    assert "recovered: removed git's stale lock .git/index.lock" in r.stderr
    assert not (archive / ".git" / "index.lock").exists()
    assert not (archive / ".git" / "refs" / "heads" / "main.lock").exists()
    (archive / ".git" / "index.lock").write_bytes(b"")
    r = vt("ingest", page(tmp_path, "a.txt", "The vote was 8-1."), "--story", KEY,
           "--fetched-at", at(40), "--archive", archive)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split()[:3] == ["new", KEY, "v4"]
    assert ".git/index.lock" in r.stderr and git(archive, "status", "--porcelain") == ""


def test_git_lock_message_names_the_file(tmp_path):
    from versiontrack.archive.gitrepo import GitRepo

    archive = make_archive(tmp_path)
    (archive / ".git" / "index.lock").write_bytes(b"")
    with pytest.raises(Exception, match=r"index\.lock exists"):
        GitRepo(archive).git("read-tree", "--reset", "-u", "HEAD")


# ---- item 5: re-running a batch is idempotent; acknowledgements as they are committed --------


def test_rerun_after_a_crash_never_makes_a_fake_version(tmp_path):
    base = 1_767_600_000  # 2026-01-05T08:00:00Z
    a1 = page(tmp_path, "a1.txt", "Text A.", base + 3600 * 2)
    a2 = page(tmp_path, "a2.txt", "Text A.", base + 3600 * 3)  # seen again, unchanged
    b = page(tmp_path, "b.txt", "Text B, changed.", base + 3600 * 4)
    archive = tmp_path / "archive"
    args = ("ingest", a1, a2, b, "--story", KEY, "--fetched-at", "mtime", "--archive", archive)
    first = vt(*args)
    assert first.returncode == 0, first.stderr
    assert [ln.split()[0] for ln in first.stdout.splitlines()] == ["new", "unchanged", "new"]
    again = vt(*args)
    assert again.returncode == 0, again.stderr
    assert [ln.split()[0] for ln in again.stdout.splitlines()] == ["unchanged"] * 3
    with Archive.open(archive) as arch:
        assert [v.number for v in arch.versions(KEY)] == [1, 2]
        assert len(arch.seen(KEY)) == 1
        assert arch.verify() == []


def test_acknowledgements_print_as_committed_and_survive_a_kill(tmp_path):
    archive = make_archive(tmp_path)
    files = [page(tmp_path, f"e{i}.txt", f"Edit number {i}.") for i in range(3)]
    args = ("ingest", *files, "--story", KEY, "--fetched-at", at(40), "--archive", archive)
    # Dies right after its first checkpoint: what it printed must be exactly what git holds.
    r = vt(*args, env={"VERSIONTRACK_TEST_CRASH_AT": "after-checkpoint"})
    assert r.returncode == 99
    assert r.stdout.splitlines() == [f"new        {KEY}  v4"]
    assert count_versions(archive) == BUILT + 1
    r = vt(*args)
    assert r.returncode == 0, r.stderr
    assert [ln.split()[0] for ln in r.stdout.splitlines()] == ["unchanged", "new", "new"]
    assert "marks." in r.stderr  # the killed run's marks file was cleaned and reported
    with Archive.open(archive) as arch:
        assert [v.number for v in arch.versions(KEY)] == [1, 2, 3, 4, 5, 6]
        assert arch.verify() == []


# ---- item 6: two ingests creating one archive ------------------------------------------------


def test_creation_is_under_the_lock(tmp_path):
    archive = tmp_path / "new"
    archive.mkdir()
    lock = ArchiveLock(archive / ".versiontrack" / "lock", timeout=0)
    lock.acquire()  # both start, find no archive, and wait for the lock to create it
    procs = [subprocess.Popen(
        [sys.executable, "-m", "versiontrack", "ingest",
         str(page(tmp_path, f"{w}.txt", f"Writer {w} text.")), "--story", KEY,
         "--fetched-at", at(i), "--archive", str(archive)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i, w in enumerate("AB")]
    time.sleep(0.5)
    lock.release()
    for p in procs:
        _, err = p.communicate(timeout=90)
        assert p.returncode == 0, err
    assert count_versions(archive) == 2


def test_ingests_racing_to_create_a_missing_archive_all_land(tmp_path):
    for trial in range(3):
        archive = tmp_path / f"race{trial}" / "archive"
        procs = [subprocess.Popen(
            [sys.executable, "-m", "versiontrack", "ingest",
             str(page(tmp_path, f"{trial}{w}.txt", f"Writer {w} text.")), "--story", KEY,
             "--fetched-at", at(i), "--archive", str(archive)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for i, w in enumerate("AB")]
        for p in procs:
            _, err = p.communicate(timeout=90)
            assert p.returncode == 0, err
        assert count_versions(archive) == 2


# ---- item 9: litter of killed processes ------------------------------------------------------


def test_litter_of_killed_writers_is_removed_and_live_files_kept(tmp_path):
    archive = make_archive(tmp_path)
    dead = dead_pid()
    litter = [archive / ".git" / "objects" / "pack" / "tmp_pack_Xy12ab",
              archive / ".git" / "objects" / "pack" / "tmp_idx_Xy12ab",
              archive / ".git" / f"fast_import_crash_{dead}",
              archive / ".versiontrack" / f"marks.{dead}"]
    for f in litter:
        f.write_bytes(b"left by a kill")
    alive = archive / ".versiontrack" / f"marks.{os.getpid()}"  # this test process: alive
    alive.write_bytes(b"")
    r = vt("ingest", page(tmp_path, "a.txt", "Another edit."), "--story", KEY,
           "--fetched-at", at(40), "--archive", archive)
    assert r.returncode == 0, r.stderr
    assert [f for f in litter if f.exists()] == []
    assert alive.exists()
    assert "temporary git object file(s)" in r.stderr and "crash report" in r.stderr


def test_report_removes_temp_pages_of_killed_runs(tmp_path):
    archive = make_archive(tmp_path)
    out = tmp_path / "site"
    r = vt("report", "--out", out, "--archive", archive)
    assert r.returncode == 0, r.stderr
    folder = out / "stories" / KEY
    stale = folder / f".tmp-{dead_pid()}-abc123.html"
    live = folder / f".tmp-{os.getpid()}-def456.html"  # a report still running (this pid)
    stale.write_text("half a page")
    live.write_text("half a page")
    r = vt("report", "--out", out, "--archive", archive)
    assert r.returncode == 0, r.stderr
    assert not stale.exists() and live.exists()
    assert not [f for f in out.rglob(".tmp-*") if f != live]


# ---- item 8: every output is deterministic ---------------------------------------------------


def test_audit_and_report_do_not_depend_on_the_hash_seed(tmp_path):
    keep = [f"Paragraph number {w} says something that stays put." for w in
            ("one", "two", "three", "four", "five", "six")]
    other = [f"A different paragraph {w} took its place for one version only." for w in
             ("one", "two", "three", "four", "five", "six")]
    v1 = article(paragraphs=keep)
    v2 = article(paragraphs=other)  # all six come back in v3: six findings, in some order
    archive = make_archive(tmp_path, {KEY: [v1, v2, v1]})
    outputs = []
    for seed in ("1", "2", "3"):
        env = {"PYTHONHASHSEED": seed}
        audit = vt("audit", KEY, "--json", "--archive", archive, env=env)
        assert audit.returncode == 0, audit.stderr
        out = tmp_path / f"site{seed}"
        report = vt("report", "--out", out, "--archive", archive, env=env)
        assert report.returncode == 0, report.stderr
        files = {str(f.relative_to(out)): f.read_bytes() for f in sorted(out.rglob("*"))
                 if f.is_file()}
        outputs.append((audit.stdout, files))
    assert outputs[0][0].count('"flip-flop"') >= 6
    assert outputs[0] == outputs[1] == outputs[2]


# ---- items 7 and 17: a real full disk and a real read-only mount --------------------------


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


@pytest.fixture
def tmpfs(tmp_path):
    where = tmp_path / "disk"
    where.mkdir()
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", "size=3m", "tmpfs", str(where)):
        pytest.skip("cannot mount a tmpfs here (needs root and mount permission)")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def test_full_disk_says_disk_full_and_what_was_committed(tmpfs, tmp_path):
    import random

    rng = random.Random(7)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
             for _ in range(4000)]
    files = []
    for i in range(12):  # ~150 kB of poorly compressible text each
        body = "\n\n".join(" ".join(rng.choice(words) for _ in range(200)) for _ in range(20))
        f = tmp_path / f"big{i}.txt"
        f.write_text(f"Big story edit {i}\n\n{body}\n")
        files.append(f)
    seen_outcomes = set()
    from versiontrack.archive.recover import free_bytes

    # kB left free: the disk fills at different points (fast-import, checkpoint, work tree,
    # index), each of which must be reported as a full disk with what was committed.
    trials = [(files, room) for room in (4, 60, 250, 600)]
    trials += [(files[:1], room) for room in (110, 140, 170, 200, 230, 260, 300)]
    for trial, (batch, room) in enumerate(trials):
        archive = tmpfs / "archive"
        filler = tmpfs / "filler"
        shutil.rmtree(archive, ignore_errors=True)
        make_archive(tmpfs)
        filler.write_bytes(b"\0" * max(0, free_bytes(tmpfs) - room * 1024))
        args = ("ingest", *batch, "--story", KEY, "--fetched-at", at(50 + trial), "--archive",
                archive)
        r = vt(*args)
        assert r.returncode in (0, 1), r.stderr
        if r.returncode == 1:
            lines = r.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("Error: disk full"), r.stderr
            assert "internal error" not in r.stderr
            acked = len(r.stdout.splitlines())
            seen_outcomes.add("nothing" in lines[0])
            # What it says was committed is what git holds (plus make_archive's).
            if "nothing" in lines[0]:
                assert acked == 0 and count_versions(archive) == BUILT
            else:
                said = int(re.search(r"(\d+) new version", lines[0]).group(1))
                assert count_versions(archive) == BUILT + said and acked <= said
        filler.unlink()
        r = vt(*args)  # room again: the same batch completes, with no duplicates
        assert r.returncode == 0, r.stderr
        assert count_versions(archive) == BUILT + len(batch)
        v = vt("verify", "--archive", archive)
        assert v.returncode == 0, v.stdout + v.stderr
    # Both kinds happened: the disk filled before anything and after part of the batch.
    assert seen_outcomes == {True, False}


@pytest.fixture
def read_only_copy(tmp_path):
    archive = make_archive(tmp_path)
    view = tmp_path / "ro"
    view.mkdir()
    if os.geteuid() != 0 or not _mount("--bind", str(archive), str(view)):
        pytest.skip("cannot bind-mount here (needs root and mount permission)")
    if not _mount("-o", "remount,bind,ro", str(view)):
        subprocess.run(["umount", str(view)], check=False)
        pytest.skip("cannot remount a bind mount read-only here")
    yield archive, view
    subprocess.run(["umount", "-l", str(view)], check=False)


@pytest.mark.parametrize("index", ["kept", "missing", "behind"])
def test_read_only_archive_reads_and_refuses_writes(read_only_copy, tmp_path, index):
    archive, view = read_only_copy
    if index == "missing":  # a copy with git alone: the index is rebuilt in memory
        for f in (archive / ".versiontrack").glob("index.sqlite*"):
            f.unlink()
    elif index == "behind":  # git moved on since the index was written
        with Archive.open(archive) as arch:
            arch.mark_seen(KEY, at(60))
        with Archive.open(archive) as arch:
            arch.db.execute("UPDATE index_meta SET value = 'x' WHERE key = 'notes'")
    with pytest.raises(OSError):
        (view / "probe").write_text("x")
    assert vt("stories", "--archive", view).stdout.count("example.") == 2
    r = vt("log", KEY, "--json", "--archive", view)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["versions"]) == 3
    for args in (("show", KEY), ("audit", KEY), ("diff", KEY), ("verify",),
                 ("report", "--out", tmp_path / "site")):
        r = vt(*args, "--archive", view)
        assert r.returncode == 0, (args, r.stdout, r.stderr)
    for args in (("ingest", page(tmp_path, "w.txt", "A write."), "--story", KEY),
                 ("reindex",)):
        r = vt(*args, "--archive", view)
        assert r.returncode == 1
        assert r.stderr.strip().splitlines() == [r.stderr.strip()]
        assert "is read-only" in r.stderr and "internal error" not in r.stderr
