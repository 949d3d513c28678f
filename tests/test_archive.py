"""The Archive API on real git repositories: layout, commits, dedupe, suspect, index, reindex."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import article, at, make_archive

from versiontrack.archive import index as ix
from versiontrack.archive.plan import IngestItem
from versiontrack.archive.store import Archive
from versiontrack.errors import (
    ArchiveError,
    InputError,
    StoryKeyError,
    StoryNotFound,
    VersionNotFound,
)
from versiontrack.models import Article

KEY = "example.com_news_bridge"


def git(path: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=path, capture_output=True, text=True,
                          check=True).stdout


def test_layout_commits_and_trailers(tmp_path):
    path = make_archive(tmp_path)
    folder = path / ix.story_dir(KEY)
    assert sorted(p.name for p in folder.iterdir()) == ["article.txt", "meta.json", "raw.html"]
    text = (folder / "article.txt").read_text()
    assert text.splitlines()[0] == "Council approves new bridge"
    assert text.splitlines()[1] == ""
    assert "cost $45 million." in text and text.count("\n") == 6
    meta = json.loads((folder / "meta.json").read_text())
    assert meta["version"] == 3 and meta["fetched_at"] == at(2)
    assert meta["raw_file"] == "raw.html" and meta["suspect"] is False
    assert list(meta)[:3] == ["story", "version", "url"]  # stable, readable order
    assert (path / "README.md").exists() and ".versiontrack" in (path / ".gitignore").read_text()

    log = git(path, "log", "--format=%H|%aI|%cI|%s", "--", ix.story_dir(KEY)).splitlines()
    assert [line.split("|")[3] for line in log] == [f"{KEY}: version {n}" for n in (3, 2, 1)]
    assert log[-1].split("|")[1] == "2026-01-05T09:00:00+00:00" == log[-1].split("|")[2]
    body = git(path, "log", "-1", "--format=%B", log[0].split("|")[0])
    trailers = ix.parse_trailers(body)
    assert trailers == {"Story": KEY, "Version": "3", "Source-URL": "https://example.com/news/bridge",
                        "Fetched-At": at(2)}
    # the work tree is kept at HEAD, and the index/lock are not tracked
    assert git(path, "status", "--porcelain") == ""
    assert ".versiontrack" not in git(path, "ls-files")


def test_fixed_dates_give_reproducible_commits(tmp_path):
    a = make_archive(tmp_path, name="a")
    b = make_archive(tmp_path, name="b")
    assert git(a, "rev-parse", "HEAD") == git(b, "rev-parse", "HEAD")


def test_read_back_versions_article_raw(tmp_path):
    path = make_archive(tmp_path)
    with Archive.open(path) as archive:
        versions = archive.versions(KEY)
        assert [v.number for v in versions] == [1, 2, 3]
        assert [v.fetched_at for v in versions] == [at(0), at(1), at(2)]
        assert versions[0].commit == git(path, "rev-list", "--max-count=1", "HEAD~3").strip()
        first = archive.article(KEY, 1)
        assert first.paragraphs[1].endswith("$40 million.") and first.byline == "By A. Reporter"
        assert archive.article(KEY, -1) == archive.article(KEY, 3)
        assert archive.raw(KEY, 1).startswith(b"<html><body><h1>Council")
        assert [s.key for s in archive.stories()] == ["example.com_news_bridge",
                                                      "example.org_storm"]
        info = archive.stories()[0]
        assert (info.versions, info.first_seen, info.last_seen) == (3, at(0), at(2))
        with pytest.raises(StoryNotFound):
            archive.versions("nope")
        with pytest.raises(VersionNotFound):
            archive.article(KEY, 4)
        with pytest.raises(VersionNotFound):
            archive.raw(KEY, -4)


def test_dedupe_folds_typography_but_not_digits(tmp_path):
    path = make_archive(tmp_path)
    with Archive.open(path) as archive:
        latest = archive.article(KEY, -1)
        curly = article(
            headline=latest.headline.replace(" ", "\u00a0", 1),
            paragraphs=[p.replace("'", "\u2019").replace("  ", " ") + "\u00ad"
                        for p in latest.paragraphs],
        )
        head = git(path, "rev-parse", "HEAD")
        r = archive.ingest(curly, raw=b"<html>x</html>", fetched_at=at(10), story=KEY)
        assert (r.status, r.number) == ("unchanged", 3)
        assert git(path, "rev-parse", "HEAD") == head  # nothing committed
        assert archive.seen(KEY) == [(3, at(10))]
        assert archive.stories()[0].last_seen == at(10)
        # the seen record is in git (a note), so it survives a rebuild
        assert "Seen-Again: " + at(10) in git(path, "log", "-1", "--format=%N", "--", ix.story_dir(KEY))

        digits = article(paragraphs=[p.replace("7-2", "7-1") for p in latest.paragraphs])
        r = archive.ingest(digits, raw=b"<html>y</html>", fetched_at=at(11), story=KEY)
        assert (r.status, r.number) == ("new", 4)
        byline = article(paragraphs=digits.paragraphs, byline="By B. Reporter")
        r = archive.ingest(byline, raw=b"<html>z</html>", fetched_at=at(12), story=KEY)
        assert (r.status, r.number) == ("new", 5)
        # dates only: not a new version
        dated = article(paragraphs=digits.paragraphs, byline="By B. Reporter",
                        updated="2026-01-06")
        r = archive.ingest(dated, raw=b"<html>w</html>", fetched_at=at(13), story=KEY)
        assert r.status == "unchanged"


def test_same_capture_twice_is_a_no_op(tmp_path):
    path = make_archive(tmp_path)
    with Archive.open(path) as archive:
        head = git(path, "rev-parse", "HEAD")
        first = archive.article(KEY, 1)
        r = archive.ingest(first, raw=b"<html>a</html>", fetched_at=at(0), story=KEY)
        assert r.status == "unchanged" and git(path, "rev-parse", "HEAD") == head
        assert archive.seen(KEY) == []
        # ... but the same old text fetched later is a real revert: a new version
        r = archive.ingest(first, raw=b"<html>a</html>", fetched_at=at(20), story=KEY)
        assert (r.status, r.number) == ("new", 4)


def test_suspect_versions(tmp_path):
    path = make_archive(tmp_path)
    with Archive.open(path) as archive:
        short = article(paragraphs=["Only a teaser."])
        r = archive.ingest(short, raw=b"<html>teaser</html>", fetched_at=at(10), story=KEY)
        assert r.status == "suspect" and r.version is not None and r.version.suspect
        meta = archive.meta(KEY, 4)
        assert meta["suspect"] is True and "under half" in meta["suspect_reason"]
        assert "Suspect: yes" in git(path, "log", "-1", "--format=%B")
        assert archive.raw(KEY, 4) == b"<html>teaser</html>"

        empty = article(headline="", paragraphs=[])
        r = archive.ingest(empty, raw=b"<html>blank</html>", fetched_at=at(11), story=KEY)
        assert (r.status, r.number) == ("suspect", 5)
        # recovered: compared with the last good version's words, so not suspect
        full = article(paragraphs=[*archive.article(KEY, 3).paragraphs, "A new paragraph."])
        r = archive.ingest(full, raw=b"<html>ok</html>", fetched_at=at(12), story=KEY)
        assert (r.status, r.number) == ("new", 6)
        assert archive.stories()[0].headline == "Council approves new bridge"

        head = git(path, "rev-parse", "HEAD")
        with pytest.raises(InputError, match="no article text"):
            archive.ingest(empty, raw=b"<html></html>", fetched_at=at(13), story="new-story")
        assert git(path, "rev-parse", "HEAD") == head


@pytest.mark.parametrize("words, status", [
    (0, "suspect"), (29, "suspect"), (30, "new"), (31, "new"), (45, "new"), (59, "new"),
])
def test_suspect_threshold_is_under_half_of_the_last_good_version(tmp_path, words, status):
    """The README's rule: a page with under half the words of the story's last good version is
    suspect. With 60 words known, 29 is suspect and 30 is not, so "under a third" (29 new) or
    "under two thirds" (30 and 45 suspect) fails here."""
    def page(n: int) -> Article:
        return article(paragraphs=[" ".join(f"w{i}" for i in range(n))] if n else [])

    assert page(60).words == 60 and page(29).words == 29
    path = make_archive(tmp_path, {KEY: [page(60)]})
    with Archive.open(path) as archive:
        r = archive.ingest(page(words), raw=b"<html>p</html>", fetched_at=at(10), story=KEY)
        assert (r.status, r.number) == (status, 2)
        if words:  # the yardstick stays 60 after a suspect version, and is `words` after a new one
            r = archive.ingest(page(words - 1), raw=b"<html>q</html>", fetched_at=at(11), story=KEY)
            assert r.status == status


def test_batch_is_one_stream_and_keeps_order(tmp_path):
    path = tmp_path / "archive"
    base = article()
    items = [
        IngestItem(base, b"<html>1</html>", at(0), "s1"),
        IngestItem(base, b"<html>1</html>", at(1), "s1"),  # unchanged within the batch
        IngestItem(article(headline="Changed"), None, at(2), "s1"),
        IngestItem(base, b"plain text", at(3), "s2", raw_name="raw.txt"),
    ]
    with Archive.open(path, create=True) as archive:
        results = archive.ingest_many(items)
        assert [(r.story, r.status, r.number) for r in results] == [
            ("s1", "new", 1), ("s1", "unchanged", 1), ("s1", "new", 2), ("s2", "new", 1)]
        assert archive.seen("s1") == [(1, at(1))]
        assert archive.raw("s1", 2) == b""  # no raw page given: none kept
        assert archive.raw("s2", 1) == b"plain text"
    assert not (path / ix.story_dir("s1") / "raw.html").exists()
    assert (path / ix.story_dir("s2") / "raw.txt").exists()
    # one "create" commit, then three version commits
    assert git(path, "rev-list", "--count", "HEAD").strip() == "4"


def test_bad_key_or_time_commits_nothing(tmp_path):
    path = make_archive(tmp_path)
    head = git(path, "rev-parse", "HEAD")
    with Archive.open(path) as archive:
        for key in ("../x", "/abs", "a/b", "..", ".hidden"):
            items = [IngestItem(article(), b"x", at(9), "ok-story"),
                     IngestItem(article(), b"x", at(9), key)]
            with pytest.raises((StoryKeyError, InputError)):
                archive.ingest_many(items)
        with pytest.raises(InputError, match="ISO 8601"):
            archive.ingest(article(), raw=None, fetched_at="yesterday", story="ok-story")
    assert git(path, "rev-parse", "HEAD") == head


def test_reindex_reproduces_index_and_keeps_other_tables(tmp_path):
    path = make_archive(tmp_path)
    with Archive.open(path) as archive:
        archive.ingest(archive.article(KEY, -1), raw=b"x", fetched_at=at(30), story=KEY)
        archive.ingest(article(paragraphs=["Short."]), raw=b"x", fetched_at=at(31), story=KEY)
        conn = archive.connect_index()
        conn.execute("CREATE TABLE snapshot_runs (id INTEGER, note TEXT)")
        conn.execute("INSERT INTO snapshot_runs VALUES (1, 'kept')")
        conn.close()
        before = ix.dump(archive.db)
        assert len(before["versions"]) == 5 and len(before["seen"]) == 1
        stats = archive.reindex()
        assert stats == {"stories": 2, "versions": 5, "seen": 1}
        assert ix.dump(archive.db) == before
        assert archive.db.execute("SELECT note FROM snapshot_runs").fetchall() == [("kept",)]
    # a deleted index is rebuilt silently on open, identical
    for f in (path / ".versiontrack").glob("index.sqlite*"):
        f.unlink()
    with Archive.open(path) as archive:
        assert ix.dump(archive.db) == before


def test_index_behind_git_catches_up_on_open(tmp_path):
    path = make_archive(tmp_path)
    with Archive.open(path) as archive:
        full = ix.dump(archive.db)
        # pretend the last batch never reached the index
        archive.db.execute("DELETE FROM versions WHERE story = 'example.org_storm'")
        archive.db.execute("DELETE FROM stories WHERE key = 'example.org_storm'")
        ix.set_meta(archive.db, "head", git(path, "rev-parse", "HEAD~1").strip())
    with Archive.open(path) as archive:
        assert ix.dump(archive.db) == full
        assert archive.verify() == []


def test_verify_reports_a_tampered_index(tmp_path):
    path = make_archive(tmp_path)
    with Archive.open(path) as archive:
        assert archive.verify() == []
        archive.db.execute("UPDATE versions SET words = 1 WHERE number = 2")
        problems = archive.verify()
        assert problems and "versions" in problems[0]


def test_concurrent_ref_move_is_refused_not_overwritten(tmp_path):
    path = make_archive(tmp_path)
    stale = git(path, "rev-parse", "HEAD~1").strip()
    head = git(path, "rev-parse", "HEAD").strip()
    with Archive.open(path) as archive:
        real_tips = archive._tips
        archive._tips = lambda: (stale, real_tips()[1])  # another writer moved the branch
        with pytest.raises(ArchiveError, match="fast-import failed"):
            archive.ingest(article(headline="Other"), raw=None, fetched_at=at(40), story=KEY)
    assert git(path, "rev-parse", "HEAD").strip() == head


def test_open_refuses_non_archives(tmp_path):
    with pytest.raises(ArchiveError, match="no archive"):
        Archive.open(tmp_path / "missing")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ArchiveError, match="is a file"):
        Archive.open(tmp_path / "file", create=True)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(ArchiveError, match="not empty"):
        Archive.open(busy, create=True)
    plain = tmp_path / "plain"
    plain.mkdir()
    git(plain, "init", "-q")
    with pytest.raises(ArchiveError, match="did not create"):
        Archive.open(plain, create=True)
    only_readme = tmp_path / "readme-only"
    only_readme.mkdir()
    (only_readme / "README.md").write_text("# my archive\n")
    with Archive.open(only_readme, create=True) as archive:
        archive.ingest(article(), raw=None, fetched_at=at(0), story="s")
    assert (only_readme / "README.md").read_text() == "# my archive\n"
    assert "README.md" in git(only_readme, "ls-files")


def test_a_copied_archive_updates_only_the_changed_files(tmp_path):
    # cp -r (or a restore from backup) gives every file a new inode and ctime: git's index then
    # takes them all for modified and refuses the two-way merge. The next ingest still writes
    # the new version and leaves the other stories' files as they are.
    other = "example.com_news_ferry"
    src = make_archive(tmp_path, {KEY: [article()],
                                  other: [article(headline="Ferry terminal approved",
                                                  url="https://example.com/news/ferry")]})
    copy = tmp_path / "copy"
    subprocess.run(["cp", "-r", str(src), str(copy)], check=True)
    untouched = copy / ix.story_dir(other) / "article.txt"
    inode = untouched.stat().st_ino
    changed = article(paragraphs=("The city council voted 6-3 on Tuesday to build a new bridge.",
                                  "Construction is expected to start in 2028."))
    with Archive.open(copy) as archive:
        archive.ingest_many([IngestItem(changed, b"<html><p>v2</p></html>", at(5), KEY,
                                        changed.url, "raw.html")])
    assert "voted 6-3" in (copy / ix.story_dir(KEY) / "article.txt").read_text()
    assert untouched.stat().st_ino == inode
    assert git(copy, "status", "--porcelain", "--untracked-files=no") == ""
