"""Versions in capture-time order, however they arrive (issue 12.4)."""

from __future__ import annotations

import subprocess

from conftest import article

from versiontrack.archive.plan import IngestItem
from versiontrack.archive.store import Archive
from versiontrack.audit.judge import audit_story

A = ("The ferry will run twice a day from June, the council said.",
     "Tickets will cost four pounds for adults.")
B = ("The ferry will run three times a day from June, the council said.",
     "Tickets will cost four pounds for adults.")
URL = "https://news.example/ferry"


def _item(paras, when):
    art = article(headline="Ferry timetable set", paragraphs=paras, url=URL)
    return IngestItem(art, None, when, "ferry", URL)


def test_late_older_capture_makes_no_fake_flip_flop(tmp_path):
    """Watched from day 2 (A, then B on day 3); a web-archive capture from day 1 (A) arrives
    last. Before: it became v3 = A, so the audit saw A -> B -> A, a flip-flop, and a second
    silent change. Now it takes its place in time, as v1."""
    path = tmp_path / "archive"
    with Archive.open(path, create=True) as a:
        a.ingest_many([_item(A, "2026-03-02T09:00:00Z"), _item(B, "2026-03-03T09:00:00Z")])
        [late] = a.ingest_many([_item(A, "2026-03-01T09:00:00Z")])
        assert late.status == "new" and late.number == 1
        versions = a.versions("ferry")
        assert [v.fetched_at[:10] for v in versions] == ["2026-03-01", "2026-03-02",
                                                         "2026-03-03"]
        assert [v.number for v in versions] == [1, 2, 3]
        assert a.article("ferry", 3).paragraphs == B
        audit = audit_story(a, "ferry")
        kinds = [f.kind for f in audit.findings]
        assert "flip-flop" not in kinds
        # the one real change, A -> B
        assert sum(k.startswith("silent") for k in kinds) == 1
        assert a.verify() == []
        # Git history is not rewritten: the late capture is the newest commit.
        top = subprocess.run(["git", "-C", str(path), "log", "-1", "--format=%B"],
                             capture_output=True, text=True, check=True).stdout
        assert "Version: 3" in top and "2026-03-01" in top


def test_older_capture_equal_to_its_predecessor_is_a_sighting(tmp_path):
    with Archive.open(tmp_path / "archive", create=True) as a:
        a.ingest_many([_item(A, "2026-03-01T09:00:00Z"), _item(B, "2026-03-03T09:00:00Z")])
        [late] = a.ingest_many([_item(A, "2026-03-02T09:00:00Z")])
        assert late.status == "unchanged" and late.number == 1
        assert len(a.versions("ferry")) == 2
        assert a.seen("ferry") == [(1, "2026-03-02T09:00:00+00:00")]
        # A later fetch of B is compared with the latest in time (B): unchanged.
        [again] = a.ingest_many([_item(B, "2026-03-04T09:00:00Z")])
        assert again.status == "unchanged" and again.number == 2


def test_numbering_survives_reindex(tmp_path):
    with Archive.open(tmp_path / "archive", create=True) as a:
        a.ingest_many([_item(B, "2026-03-03T09:00:00Z")])
        a.ingest_many([_item(A, "2026-03-01T09:00:00Z")])
        before = [(v.number, v.fetched_at, v.commit) for v in a.versions("ferry")]
        a.reindex()
        assert [(v.number, v.fetched_at, v.commit) for v in a.versions("ferry")] == before
        assert before[0][1].startswith("2026-03-01")


def test_a_capture_ingested_again_names_the_version_it_already_is(tmp_path):
    """Re-running an ingest of old captures: each is the version it was archived as, not
    "unchanged" against the latest one (which it is not)."""
    first, second = _item(A, "2026-03-01T09:00:00Z"), _item(B, "2026-03-03T09:00:00Z")
    with Archive.open(tmp_path / "archive", create=True) as a:
        a.ingest_many([first, second])
        again = a.ingest_many([first, second, first])
        assert [(r.status, r.number) for r in again] == [("unchanged", 1), ("unchanged", 2),
                                                          ("unchanged", 1)]
        seen_again = a.ingest_many([_item(A, "2026-03-02T09:00:00Z")])  # a sighting of v1
        assert [(r.status, r.number) for r in seen_again] == [("unchanged", 1)]
        assert [(r.status, r.number) for r in a.ingest_many([_item(A, "2026-03-02T09:00:00Z")])
                ] == [("unchanged", 1)]
        assert len(a.versions("ferry")) == 2
