"""One story, one history: slug changes, canonical links that disagree with --url, merge,
split and likely duplicates (issue 17.3), and headlines that only metadata shows (17.4)."""

from __future__ import annotations

import json
import subprocess

from conftest import article, at, make_archive, run_cli

from versiontrack.archive import index as ix
from versiontrack.archive.store import Archive
from versiontrack.identity import article_id, identity_marks

BODY = (
    "A lake monster sighting on Tuesday drew crowds of hikers to the northern shore.",
    "Park rangers said the shape in the water was most likely a floating log.",
    "The local museum plans an exhibit about the legend next spring.",
)


def page(canonical: str, headline: str, paragraphs=BODY, og_title: str = "") -> bytes:
    og = f'<meta property="og:title" content="{og_title or headline}">'
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><title>{headline} - The Lakeside Post</title>'
            f'<link rel="canonical" href="{canonical}">{og}</head><body><article>'
            f"<h1>{headline}</h1>{paras}</article></body></html>").encode()


def ingest(tmp_path, archive, name, data, when, *extra):
    f = tmp_path / name
    f.write_bytes(data)
    r = run_cli("ingest", f, "--fetched-at", when, "--archive", archive, "--json", *extra)
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)[0], r.stderr


OLD = "https://www.lakesidepost.example/local/2026/02/05/lake-shape-remains-amystery/"
NEW = "https://www.lakesidepost.example/local/2026/02/05/lake-shape-remains-a-mystery/"


def test_marks_see_one_article_across_slug_changes_and_ids():
    assert identity_marks(OLD) & identity_marks(NEW)
    assert article_id("https://news.example/world/first-slug-4817263") == "news.example#4817263"
    assert article_id("https://news.example/world/a-new-slug-4817263") == "news.example#4817263"
    assert article_id("https://news.example/read?id=99120&utm_source=x") == "news.example#99120"
    assert article_id("https://news.example/2026/02/05/a-slug/") == ""
    assert article_id("https://news.example/news/20260205/a-slug") == ""  # a date, not an id
    assert not identity_marks("https://news.example/a/one-slug") & identity_marks(
        "https://news.example/a/another-slug")


def test_a_changed_slug_keeps_one_story_and_the_ingest_says_why(tmp_path):
    archive = tmp_path / "archive"
    first, err = ingest(tmp_path, archive, "a.html", page(OLD, "Shape in the lake"),
                        "2026-02-05T10:00:00Z", "--url", OLD)
    assert err == "" and first["warning"] is None
    second, err = ingest(tmp_path, archive, "b.html",
                         page(NEW, "Shape in the lake", (*BODY, "Divers will look on Friday.")),
                         "2026-02-05T12:00:00Z", "--url", OLD)
    assert second["story"] == first["story"] and second["number"] == 2
    assert "archived there" in second["warning"] and "warning:" in err
    stories = json.loads(run_cli("stories", "--archive", archive, "--json").stdout)
    assert len(stories) == 1


def test_the_same_article_id_under_a_new_slug_joins_its_story(tmp_path):
    archive = tmp_path / "archive"
    a = "https://news.example/world/drone-found-off-coast-4817263"
    b = "https://news.example/world/navy-identifies-drone-found-off-coast-4817263"
    first, _ = ingest(tmp_path, archive, "a.html", page(a, "Drone found"), at(0))
    second, _ = ingest(tmp_path, archive, "b.html",
                       page(b, "Navy names drone", (*BODY, "More to follow.")), at(1))
    assert second["story"] == first["story"] and second["number"] == 2
    assert "same article id" in second["warning"]


def test_url_and_canonical_link_that_disagree_are_reported(tmp_path):
    archive = tmp_path / "archive"
    given = "https://www.lakesidepost.example/local/picnic-day"
    result, err = ingest(tmp_path, archive, "a.html", page(OLD, "Shape in the lake"),
                         at(0), "--url", given)
    assert "canonical link" in result["warning"] and "name different pages" in result["warning"]
    assert result["story"].endswith("lake-shape-remains-amystery")
    assert err.startswith("warning: ")


def _two_stories(tmp_path):
    one = [article(headline="Ferry delayed", url="https://x.example/a", paragraphs=BODY),
           article(headline="Ferry delayed again", url="https://x.example/a",
                   paragraphs=(*BODY[:2], "The ferry sails at noon."))]
    two = [article(headline="Ferry delayed again", url="https://x.example/b",
                   paragraphs=(*BODY[:2], "The ferry sails at one.")),
           article(headline="Ferry sails", url="https://x.example/b",
                   paragraphs=(*BODY[:2], "The ferry sailed at one."))]
    # make_archive fetches one's versions at at(0), at(1); two's at at(2), at(3). Interleave:
    path = make_archive(tmp_path, {"x.example_a": one, "x.example_b": two})
    return path


def test_merge_joins_histories_in_git_and_split_undoes_it(tmp_path):
    path = _two_stories(tmp_path)
    with Archive.open(path) as arch:
        before = ix.dump(arch.db)
        texts = {k: [a.to_text() for _, a, _ in arch.history(k)] for k in
                 ("x.example_a", "x.example_b")}
    r = run_cli("merge", "x.example_a", "x.example_b", "--archive", path, "--json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["versions"] == 4
    log = subprocess.run(["git", "log", "-1", "--format=%B"], cwd=path, capture_output=True,
                         text=True, check=True).stdout
    assert "Merge-Story: x.example_b" in log and "Into-Story: x.example_a" in log
    with Archive.open(path) as arch:
        versions = arch.versions("x.example_a")
        assert [v.fetched_at for v in versions] == sorted(v.fetched_at for v in versions)
        assert [v.number for v in versions] == [1, 2, 3, 4]
        assert arch.find_story("x.example_b") == "x.example_a"  # the old key still finds it
        assert [s.key for s in arch.stories()] == ["x.example_a"]
        merged = ix.dump(arch.db)
        arch.reindex()  # the merge is in git: a rebuild reproduces it
        assert ix.dump(arch.db) == merged
        assert arch.verify(fix=False) == []
    # A later capture of the merged-away URL goes to the merged story.
    f = tmp_path / "late.txt"
    f.write_text("Ferry sails\n\nThe ferry finally sailed at two in the afternoon.\n")
    r = run_cli("ingest", f, "--url", "https://x.example/b", "--fetched-at", at(9),
                "--archive", path, "--json")
    (late,) = json.loads(r.stdout)
    assert late["story"] == "x.example_a" and late["number"] == 5
    assert "merged into x.example_a" in late["warning"]

    r = run_cli("split", "x.example_a", "x.example_b", "--archive", path)
    assert r.exit_code == 0, r.stderr
    with Archive.open(path) as arch:
        assert [a.to_text() for _, a, _ in arch.history("x.example_b")] == texts["x.example_b"]
        assert [a.to_text() for _, a, _ in arch.history("x.example_a")][:2] == texts[
            "x.example_a"]
        after = ix.dump(arch.db)
        assert [r for r in after["versions"] if r[0] == "x.example_b"] == [
            r for r in before["versions"] if r[0] == "x.example_b"]
        arch.reindex()
        assert ix.dump(arch.db) == after
        assert arch.verify(fix=False) == []
        # Every raw page is still there, each with the sha256 its meta.json recorded.
        assert len(arch.versions("x.example_a")) == 3 and len(arch.versions("x.example_b")) == 2
        for key in ("x.example_a", "x.example_b"):
            for v in arch.versions(key):
                assert arch.raw(key, v.number)


def test_merge_and_split_refuse_bad_requests(tmp_path):
    path = _two_stories(tmp_path)
    r = run_cli("merge", "x.example_a", "x.example_a", "--archive", path)
    assert r.exit_code == 1 and "already one story" in r.stderr
    r = run_cli("merge", "x.example_a", "nope", "--archive", path)
    assert r.exit_code != 0 and "no story" in r.stderr
    r = run_cli("split", "x.example_a", "--archive", path)
    assert r.exit_code == 1 and "nothing was merged" in r.stderr


def test_stories_duplicates_lists_likely_pairs(tmp_path):
    base = article(headline="Shape in the lake", url=OLD, paragraphs=BODY)
    same = article(headline="Shape in the lake", url=NEW, paragraphs=BODY)
    near = article(headline="A shape in the lake", url="https://lakesidepost.example/other",
                   paragraphs=BODY)
    far = article(headline="Ferry delayed", url="https://lakesidepost.example/ferry",
                  paragraphs=("The ferry sailed two hours late on Monday after a fault.",))
    path = make_archive(tmp_path, {"a": [base], "b": [same], "c": [near], "d": [far]})
    r = run_cli("stories", "--duplicates", "--archive", path, "--json")
    pairs = {(p["story"], p["other"]): p["reason"] for p in json.loads(r.stdout)}
    assert pairs[("a", "b")] == "same URL but for the slug's hyphens"
    assert pairs[("a", "c")] == "headline and lede"
    assert not any("d" in k for k in pairs)
    r = run_cli("stories", "--duplicates", "--archive", path)
    assert "WHY" in r.stdout.splitlines()[0]


def test_a_metadata_title_is_no_headline_change(tmp_path):
    """17.4: og:title differs from the <h1> a reader sees; only the <h1> is the headline."""
    archive = tmp_path / "archive"
    url = "https://www.lakesidepost.example/local/lake-shape"
    first, _ = ingest(tmp_path, archive, "a.html",
                      page(url, "Shape in the lake", og_title="Boom, then bust, at the lake"),
                      at(0))
    ingest(tmp_path, archive, "b.html",
                       page(url, "Shape in the lake", (*BODY, "Divers go in on Friday."),
                            og_title="Everyone wants to see the lake"), at(1))
    with Archive.open(archive) as arch:
        assert [v.headline for v in arch.versions(first["story"])] == ["Shape in the lake"] * 2
        assert arch.meta(first["story"], 1)["meta_title"] == "Boom, then bust, at the lake"
        assert arch.article(first["story"], 2).meta_title == "Everyone wants to see the lake"
    r = run_cli("audit", first["story"], "--archive", archive, "--json")
    findings = [f["kind"] for f in json.loads(r.stdout)["findings"]]
    assert "headline-change" not in findings


def test_chained_merges_split_back_and_keep_seen_again_records(tmp_path):
    stories = {key: [article(headline=f"Story {key}", url=f"https://x.example/{key}",
                             paragraphs=(f"Paragraph one of story {key} with enough words.",))]
               for key in ("a", "b", "c")}
    path = make_archive(tmp_path, stories)  # a at at(0), b at at(1), c at at(2)
    with Archive.open(path) as arch:
        arch.mark_seen("b", at(5))  # b's version seen again, unchanged
        before = ix.dump(arch.db)
    assert run_cli("merge", "a", "b", "--archive", path).exit_code == 0
    assert run_cli("merge", "c", "a", "--archive", path).exit_code == 0  # a (with b) into c
    with Archive.open(path) as arch:
        assert [v.fetched_at for v in arch.versions("c")] == [at(0), at(1), at(2)]
        assert arch.seen("c") == [(2, at(5))]
        assert arch.find_story("b") == "c"
        merged = ix.dump(arch.db)
        arch.reindex()
        assert ix.dump(arch.db) == merged
    r = run_cli("split", "c", "--archive", path, "--json")
    assert [x["other"] for x in json.loads(r.stdout)] == ["a"]
    assert run_cli("split", "a", "b", "--archive", path).exit_code == 0
    with Archive.open(path) as arch:
        assert ix.dump(arch.db) == {**before, "merges": []}
        arch.reindex()
        assert ix.dump(arch.db) == {**before, "merges": []}
        assert arch.verify(fix=False) == []
