"""Reading a story's whole history in one pipelined batch."""

from __future__ import annotations

import pytest
from conftest import article, make_archive

from versiontrack.archive.gitrepo import BlobReader
from versiontrack.archive.store import Archive
from versiontrack.errors import ArchiveError, StoryNotFound


def test_history_matches_version_by_version_reads(tmp_path):
    path = make_archive(tmp_path)
    with Archive.open(path) as a:
        for story in ("example.com_news_bridge", "example.org_storm"):
            hist = a.history(story, raw=True)
            assert [v for v, _, _ in hist] == a.versions(story)
            for v, art, raw in hist:
                assert art == a.article(story, v.number)
                assert raw == a.raw(story, v.number) and raw.startswith(b"<html>")
            assert all(raw == b"" for _, _, raw in a.history(story))  # raw only when asked


def test_history_of_a_long_story_crosses_read_batches(tmp_path):
    # More blobs than one pipelined batch holds, so batching and ordering are exercised.
    n = BlobReader.BATCH + 7
    versions = [article(paragraphs=(f"Version {i}: the council voted 7-2 on the bridge.",
                                    "Work starts in 2027."))
                for i in range(n)]
    path = make_archive(tmp_path, {"long_story": versions})
    with Archive.open(path) as a:
        hist = a.history("long_story", raw=True)
    assert [v.number for v, _, _ in hist] == list(range(1, n + 1))
    assert [art.paragraphs[0] for _, art, _ in hist] == [p.paragraphs[0] for p in versions]


def test_history_of_unknown_story(tmp_path):
    with Archive.open(make_archive(tmp_path)) as a, pytest.raises(StoryNotFound):
        a.history("nope")


def test_missing_blob_is_an_error_and_the_reader_stays_in_step(tmp_path):
    path = make_archive(tmp_path)
    with Archive.open(path) as a:
        good = a.db.execute("SELECT article_blob FROM versions LIMIT 1").fetchone()[0]
        reader = BlobReader(path)
        try:
            with pytest.raises(ArchiveError, match="missing"):
                reader.read_many([good, "0" * 40, good])
            assert reader.read(good) == reader.read_many([good])[0] != b""
        finally:
            reader.close()


def test_mark_seen_many_records_every_sighting_in_one_git_run(tmp_path):
    from conftest import at

    path = make_archive(tmp_path)
    with Archive.open(path) as a:
        head = a.db.execute("SELECT value FROM index_meta WHERE key = 'head'").fetchone()
        numbers = a.mark_seen_many([("example.com_news_bridge", at(20)),
                                    ("example.org_storm", at(21)),
                                    ("example.com_news_bridge", at(22)),
                                    ("no_such_story", at(23))])
        assert numbers == {"example.com_news_bridge": 3, "example.org_storm": 1}
        assert a.seen("example.com_news_bridge") == [(3, at(20)), (3, at(22))]
        assert a.seen("example.org_storm") == [(1, at(21))]
        # Sightings are git notes: the branch did not move, and no version was added.
        assert a.db.execute("SELECT value FROM index_meta WHERE key = 'head'").fetchone() == head
        assert len(a.versions("example.com_news_bridge")) == 3
        with pytest.raises(StoryNotFound):
            a.mark_seen("no_such_story", at(24))
    with Archive.open(path) as a:  # and they survive a rebuild of the index from git
        a.reindex()
        assert a.seen("example.com_news_bridge") == [(3, at(20)), (3, at(22))]
