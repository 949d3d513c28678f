"""``versiontrack related``, ``event`` and ``compare`` through the real CLI on an archive of the
labelled cross-outlet set, bad input included."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import article, run_cli
from crossoutlet_kit import build_archive

from versiontrack.archive.gitrepo import STATE_DIR
from versiontrack.crossoutlet.copies import compare_texts
from versiontrack.crossoutlet.propagation import corrections, propagate
from versiontrack.models import Version


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("xo") / "archive")


def _ok(*args):
    r = run_cli(*args)
    assert r.exit_code == 0, r.output
    return r.stdout


def test_compare_text_flags_the_copy_still_carrying_the_corrected_year(archive):
    out = _ok("compare", "source", "rewrite", "syndication", "--archive", archive)
    assert "corrected in v2 (2026-03-03T13:00:00+00:00): 2016 -> 2017 (correction note)" in out
    assert "attribution: source 'Marta Ilves', copy 'Drossel'" in out
    assert "name: source 'RiverSat-2', copy 'RiverSat-3'" in out
    assert "STILL CARRIES THE CORRECTED VALUE" in out
    assert "[v1 old, v2 new]" in out  # the syndicated copy followed at its second version
    assert out.rstrip().endswith("1 copy still carrying a corrected value: rewrite")


def test_compare_json_and_markdown(archive):
    data = json.loads(_ok("compare", "source", "summary", "--json", "--archive", archive))
    (copy,) = data["copies"]
    assert [x["sources"] for x in copy["alignment"]["links"]] == [[0, 3], [5, 6], [9, 11]]
    assert copy["propagation"][0]["current"] == "new" and not copy["stale"]
    md = _ok("compare", "source", "summary", "--format", "markdown", "--archive", archive)
    assert md.startswith("# Norland and Estavia agree to restore Varna River flood warnings\n")
    assert "| P1 | P1+P4 |" in md and "| where | fact | source | copy | labels |" in md
    r = run_cli("compare", "source", "summary", "--json", "--format", "markdown",
                "--archive", archive)
    assert r.exit_code == 2


@pytest.mark.parametrize(("copy", "said"), [
    ("german", "not a copy: in another language"),
    ("headline-only", "not a copy: no paragraph shares enough words with the source"),
    ("source", "the source itself: nothing to compare"),
])
def test_bad_copies_get_a_clear_verdict(archive, copy, said):
    out = _ok("compare", "source", copy, "--archive", archive)
    assert said in out
    assert "0 copies still carrying a corrected value" in out


def test_pure_furniture_is_not_a_copy():
    source = article().paragraphs
    alignment, facts = compare_texts(source, ["Subscribe to our newsletter", "Advertisement",
                                              "Share this article: Facebook | X | Email"])
    assert not alignment.is_copy and facts == ()
    assert all(not x.sources for x in alignment.links)
    assert compare_texts((), ())[0].links == ()


def test_unknown_story_is_a_one_line_error(archive):
    r = run_cli("compare", "source", "no-such-story", "--archive", archive)
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert len(r.stderr.strip().splitlines()) == 1


def test_related_finds_the_copies_not_itself(archive):
    data = json.loads(_ok("related", "source", "--json", "--archive", archive))
    found = [x["story"] for x in data["related"]]
    assert set(found) == {"syndication", "rewrite", "housestyle", "contentfarm", "summary",
                          "digest"}
    assert "source" not in found and found[0] == "syndication"
    # A follow-up two months later shares the terms but falls outside the window.
    wide = json.loads(_ok("related", "source", "--window", "90", "--json", "--archive", archive))
    assert "late-followup" in [x["story"] for x in wide["related"]]
    out = _ok("related", "headline-only", "--archive", archive)
    assert out.strip() == "no related stories for headline-only"


def test_events_are_kept_in_git(archive):
    out = _ok("event", "add", "varna", "source", "rewrite", "summary", "--archive", archive)
    assert out.splitlines()[0] == "varna: 3 story(ies), source source"
    _ok("event", "remove", "varna", "summary", "--archive", archive)
    (archive / STATE_DIR / "index.sqlite").unlink()  # the index is a cache: git keeps events
    data = json.loads(_ok("event", "show", "varna", "--json", "--archive", archive))
    assert data == [{"name": "varna", "source": "source", "members": ["source", "rewrite"],
                     "changed_at": data[0]["changed_at"]}]
    log = subprocess.run(["git", "log", "--format=%s", "-2"], cwd=archive, capture_output=True,
                         text=True, check=True).stdout.split("\n")
    assert log[:2] == ["Event varna", "Event varna"]
    r = run_cli("event", "add", "Bad Name!", "source", "--archive", archive)
    assert r.exit_code == 1 and "event name" in r.stderr
    r = run_cli("event", "show", "nothing-here", "--archive", archive)
    assert r.exit_code == 1 and "no event 'nothing-here'" in r.stderr
    # Removing from an event that does not exist names the event, as show does.
    r = run_cli("event", "remove", "varan", "source", "--archive", archive)
    assert r.exit_code == 1 and r.stderr == "Error: no event 'varan' (events: varna)\n"


def test_a_value_changed_without_a_note_is_followed_too():
    v = [Version("s", n, f"c{n}", f"2026-01-0{n}T00:00:00+00:00", "h", 10, 2) for n in (1, 2)]
    old = article(paragraphs=("The bridge will cost $40 million.", "Work starts in 2027."))
    new = article(paragraphs=("The bridge will cost $45 million.", "Work starts in 2027."))
    (fix,) = corrections([(v[0], old), (v[1], new)])
    assert (fix.old_value, fix.new_value, fix.version, fix.note) == ("40", "45", 2, "")
    copy = [(v[0], article(paragraphs=("Officials said the bridge will cost $40 million.",)))]
    p = propagate(fix, new.paragraphs, copy)
    assert p.stale and p.current == "old" and p.since_version == 1


_HARBOUR = (
    "Port Caldon reopened its northern harbour on Monday after a storm surge tore away two "
    "piers in January, the harbour authority said in a statement.",
    "Crews rebuilt the piers with steel pilings driven 18 meters into the seabed, and the "
    "authority said the new decking can carry trucks of up to 40 tonnes.",
    "Fishing boats had moored at the southern quay since the storm.",
    "Mayor Ines Harrow said the repairs cost 9 million crowns, most of it paid by the port's "
    "insurers, and that a sea wall study would be published in May. The council will ask the "
    "national government to help rebuild the ferry terminal, which lost its roof, and the "
    "coastal road, still closed at two points after landslides.",
)


def test_a_merged_paragraph_links_both_sources_and_a_crosshead_links_none():
    from versiontrack.crossoutlet.paraphrase import align_copy

    copy = (
        "Pilings and piers",  # the copy's own crosshead: two words of the source, no sentence
        "Crews drove steel pilings 18 meters into the seabed to rebuild the piers, whose new "
        "decks take trucks as heavy as 40 tonnes. Insurers will pay most of the 9 million "
        "crowns it cost, said Mayor Ines Harrow.",  # the second sentence: a long paragraph's
        "The storm surge in January tore away two piers; the harbour reopened on Monday.",
    )
    links = [x.sources for x in align_copy(_HARBOUR, copy).links]
    assert links == [(), (1, 3), (0,)]


def test_possessives_house_spellings_and_numbers_in_words_are_not_fact_differences():
    source = (
        "The Harbour Defense Board met in Caldon after the storm, and the Swiss insurer paid.",
        "Crews will check the piers every 15 minutes until the wall holds, the board said.",
        "\"We will not move toward a ban on fishing,\" said Ines Harrow.",
    )
    copy = (
        "Caldon's Harbour Defence Board met after the storm, and Switzerland's insurer paid.",
        "Until the wall holds, crews will check the piers every quarter of an hour.",
        "\"We will not move towards a ban on fishing,\" said Ines Harrow.",
    )
    alignment, facts = compare_texts(source, copy)
    assert [x.sources for x in alignment.links] == [(0,), (1,), (2,)]
    assert [f.kind for f in facts if f.kind != "spelling"] == []  # nothing added or dropped
    spelt = sorted((f.fact, f.source_value, f.copy_value) for f in facts)
    assert spelt == [("name", "Defense", "Defence"),
                     ("quote", "We will not move toward a ban on fishing",
                      "We will not move towards a ban on fishing")]
    assert all(f.labels == ("spelling",) for f in facts)
    # A re-spelled name that is no house spelling is still a difference; so is a changed number.
    _, facts = compare_texts(source, (copy[0].replace("Defence", "Defensa"),
                                      copy[1].replace("quarter of an hour", "20 minutes"),
                                      copy[2]))
    kinds = {(f.kind, f.source_value, f.copy_value) for f in facts}
    assert ("differs", "Defense", "Defensa") in kinds
    assert ("differs", "15", "20") in kinds


def test_related_queries_batch_ids_with_matching_placeholders():
    from versiontrack.crossoutlet.relate import _batches

    ids = [f"t{i}" for i in range(1001)]
    got = list(_batches(ids))
    assert [len(chunk) for chunk, _ in got] == [500, 500, 1]
    assert all(marks.count("?") == len(chunk) for chunk, marks in got)
    assert [x for chunk, _ in got for x in chunk] == ids
    assert list(_batches([])) == []
