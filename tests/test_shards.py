"""Archive sets: a TOML manifest of shards, read as one collection by stories and audit."""

from __future__ import annotations

import json

import pytest
from conftest import article, make_archive

from versiontrack.archive.shards import ArchiveSet, read_manifest
from versiontrack.archive.store import Archive
from versiontrack.errors import ArchiveError, InputError


def ferry_stories():
    a = article(headline="Ferry service resumes", url="https://example.net/ferry",
                outlet="example.net", paragraphs=("The island ferry sails again from Friday.",
                                                  "A return ticket costs $12."))
    b = article(headline="Ferry service resumes", url="https://example.net/ferry",
                outlet="example.net", paragraphs=("The island ferry sails again from Saturday.",
                                                  "A return ticket costs $12."))
    return {"example.net_ferry": [a, b]}


@pytest.fixture(name="archive_set")
def _archive_set(tmp_path):
    make_archive(tmp_path, name="one")
    make_archive(tmp_path, ferry_stories(), name="two")
    manifest = tmp_path / "set.toml"
    manifest.write_text('[[shard]]\npath = "one"\n\n[[shard]]\nname = "net"\npath = "two"\n',
                        encoding="utf-8")
    return manifest


def test_manifest_names_shards_relative_to_itself(archive_set):
    shards = read_manifest(archive_set)
    assert [s.name for s in shards] == ["one", "net"]
    assert shards[1].path == (archive_set.parent / "two").resolve()


def test_stories_of_a_set_are_every_shards_stories(archive_set, run_cli):
    r = run_cli("stories", "--archive", archive_set, "--json")
    assert r.exit_code == 0, r.output
    keys = [s["key"] for s in json.loads(r.stdout)]
    assert keys == ["example.com_news_bridge", "example.net_ferry", "example.org_storm"]


def test_audit_all_over_a_set_equals_each_shard_audited_alone(archive_set, run_cli, tmp_path):
    whole = run_cli("audit", "--all", "--json", "--archive", archive_set)
    assert whole.exit_code == 0, whole.output
    parts = []
    for name in ("one", "two"):
        r = run_cli("audit", "--all", "--json", "--archive", tmp_path / name)
        parts += json.loads(r.stdout)["stories"]
    assert json.loads(whole.stdout)["stories"] == sorted(parts, key=lambda s: s["story"])
    one = run_cli("audit", "ferry", "--json", "--archive", archive_set)
    assert one.exit_code == 0, one.output
    assert json.loads(one.stdout)["counts"]["silent-correction"] == 1


@pytest.mark.parametrize(("text", "said"), [
    ('[[shard]]\npath = "nowhere"\n', "shard 'nowhere': no archive folder"),
    ('[[shard]]\npath = "plain"\n', "shard 'plain'"),
    ("[[shard]\n", "not valid TOML"),
    ("", "at least one [[shard]]"),
    ("title = 1\n", "unknown key 'title'"),
    ('[[shards]]\npath = "one"\n', "unknown key 'shards' (a manifest holds [[shard]] tables)"),
    ('[[feeds]]\nurl = "https://example.com/rss.xml"\n', "set.toml is a watchlist, not an archive"),
    ('[[urls]]\nurl = "https://example.com/a"\n', "a watchlist goes to --watchlist"),
    ('[[shard]]\npath = "one"\n[[shard]]\npath = "one"\n', "shard 2: the folder "),
    ('[[shard]]\npath = "one"\n[[shard]]\npath = "sub/one"\n',
     "the name 'one' is used twice (two folders of that name: give each shard its own name"),
    ('[[shard]]\nname = "a"\npath = "one"\n[[shard]]\nname = "a"\npath = "plain"\n',
     "shard 2: the name 'a' is used twice"),
    ('[[shard]]\npath = "one"\nweight = 2\n', "unknown key 'weight'"),
])
def test_bad_manifest_is_one_line_exit_1(tmp_path, run_cli, text, said):
    make_archive(tmp_path, name="one")
    make_archive(tmp_path / "sub", name="one")
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "notes.txt").write_text("not an archive", encoding="utf-8")
    manifest = tmp_path / "set.toml"
    manifest.write_text(text, encoding="utf-8")
    r = run_cli("stories", "--archive", manifest)
    assert r.exit_code == 1
    assert said in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.output


def test_a_story_in_two_shards_is_refused(tmp_path, run_cli):
    make_archive(tmp_path, name="one")
    make_archive(tmp_path, name="again")
    manifest = tmp_path / "set.toml"
    manifest.write_text('[[shard]]\npath = "one"\n[[shard]]\npath = "again"\n', encoding="utf-8")
    r = run_cli("audit", "--all", "--archive", manifest)
    assert r.exit_code == 1
    assert "is in two shards (one and again): a story must be in one shard only" in r.stderr


def test_missing_manifest_and_writing_to_a_set(tmp_path, run_cli, archive_set):
    with pytest.raises(InputError, match="no archive-set manifest"):
        ArchiveSet.open(tmp_path / "absent.toml")
    r = run_cli("ingest", "--archive", archive_set, "--url", "https://example.com/x",
                "-", input="Headline\n\nA paragraph of text here.\n")
    assert r.exit_code == 1
    assert "Traceback" not in r.output


def test_set_reads_a_shard_whose_writer_holds_the_lock(archive_set, run_cli, tmp_path):
    with Archive.open(tmp_path / "two", lock_timeout=0) as writer, writer.lock:
        r = run_cli("stories", "--archive", archive_set, "--json")
        assert r.exit_code == 0, r.output
        assert "example.net_ferry" in {s["key"] for s in json.loads(r.stdout)}


def test_read_only_open_writes_nothing(tmp_path):
    path = make_archive(tmp_path)
    index = path / ".versiontrack" / "index.sqlite"
    index.unlink()  # a writer would rebuild it here; a reader rebuilds it in memory
    with Archive.open(path, read_only=True) as archive:
        assert archive.read_only
        assert len(archive.stories()) == 2
    assert not index.exists()
    with pytest.raises(ArchiveError):
        Archive.open(tmp_path / "absent", read_only=True)


@pytest.mark.parametrize("command", [
    ("show", "example.net_ferry"), ("log", "example.net_ferry"), ("headlines",), ("verify",),
    ("report", "--out", "site"), ("export", "--all", "--out", "files"),
    ("ingest", "--url", "https://example.com/x", "-"),
])
def test_a_command_of_one_archive_given_a_manifest_names_the_set_readers(
        archive_set, run_cli, tmp_path, monkeypatch, command):
    """--archive's help says which commands read a set; the others say so when given one,
    rather than that the archive path "is a file, not a directory"."""
    monkeypatch.chdir(tmp_path)
    r = run_cli(*command, "--archive", archive_set, input="Headline\n\nA paragraph.\n")
    assert r.exit_code == 1, r.output
    line = r.stderr.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in r.output
    name = command[0] + (" --format files" if command[0] == "export" else "")
    assert line == (f"Error: {archive_set} is a file, and `versiontrack {name}` works on one "
                    "archive folder: give a shard's folder as --archive (an archive-set "
                    "manifest is read by stories, audit, export --format sqlite|csv|parquet "
                    "and stats)")
    assert not (tmp_path / "site").exists() and not (tmp_path / "files").exists()
