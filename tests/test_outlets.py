"""End to end on realistic captures of seven kinds of publisher (tests/data/outlets/).

Each story's captures go through the real CLI in a fresh archive: ``ingest`` (one call per
capture, with its fetch time), ``show``, ``diff``, ``audit --json`` and ``corrections``. The
results are compared with the story's hand-written expected.json: which captures become new
versions (furniture-only captures must not), what the text holds and must not hold, the notes
each version adds, the findings (kind, step, old and new text, the disclosing note), exact counts
per finding kind, and phrases of the AP-style draft.

``python tests/test_outlets.py`` prints every mismatch and the scores (silent flags' precision
and recall, notes found, disclosed matches) without failing.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli

OUTLETS = Path(__file__).parent / "data" / "outlets"
STORIES = sorted(p.name for p in OUTLETS.iterdir() if (p / "expected.json").is_file())


def _cli(*args: Any) -> Any:
    r = run_cli(*[str(a) for a in args])
    if r.exit_code != 0:
        raise AssertionError(f"versiontrack {' '.join(map(str, args))}: exit {r.exit_code}\n"
                             f"{r.output}")
    return r


def run_story(name: str, root: Path) -> dict[str, Any]:
    """Ingest one story's captures into a new archive under ``root``; collect every output."""
    exp = json.loads((OUTLETS / name / "expected.json").read_text(encoding="utf-8"))
    archive = root / name / "archive"
    ingested = []
    for cap in exp["captures"]:
        r = _cli("ingest", OUTLETS / name / cap["file"], "--fetched-at", cap["fetched_at"],
                 "--json", "--archive", archive)
        ingested.append(json.loads(r.stdout))
    stories = json.loads(_cli("stories", "--json", "--archive", archive).stdout)
    key, count = stories[0]["key"], len(stories)
    audit = json.loads(_cli("audit", key, "--json", "--archive", archive).stdout)
    nversions = len(audit["versions"])
    texts = [json.loads(_cli("show", key, "--version", n, "--json", "--archive", archive).stdout)
             for n in range(1, nversions + 1)]
    diffs = [json.loads(_cli("diff", key, "--from", n, "--to", n + 1, "--format", "json",
                             "--archive", archive).stdout) for n in range(1, nversions)]
    ap_log = _cli("corrections", key, "--style", "ap", "--archive", archive).stdout
    drafts = {style: json.loads(_cli("corrections", key, "--style", style, "--format", "json",
                                     "--archive", archive).stdout)["entries"]
              for style in ("ap", "nyt", "wapo", "guardian", "reuters")}
    return {"expected": exp, "ingested": ingested, "stories": count, "audit": audit,
            "texts": texts, "diffs": diffs, "ap_log": ap_log, "drafts": drafts}


def _version_of(result: Any) -> int | None:
    """The version number an ``ingest --json`` result reports for its one file."""
    (item,) = result
    return item["number"]


def _article(shown: dict[str, Any]) -> dict[str, Any]:
    return shown.get("article", shown)


def _finding_matches(want: dict[str, Any], got: dict[str, Any]) -> bool:
    if got["kind"] != want["kind"]:
        return False
    if got.get("from_version") != want.get("from") or got.get("to_version") != want.get("to"):
        return False
    change = got.get("change") or {}
    if "old" in want and want["old"] not in change.get("old_text", ""):
        return False
    if "new" in want and want["new"] not in change.get("new_text", ""):
        return False
    note = got.get("note") or {}
    return "note" not in want or want["note"] in note.get("text", "")


def compare(run: dict[str, Any]) -> tuple[list[str], dict[str, tuple[int, int]]]:
    """(mismatches, scores); scores map a measure to (matched, expected-or-reported)."""
    exp, audit = run["expected"], run["audit"]
    bad: list[str] = []
    if run["stories"] != 1:
        bad.append(f"captures split into {run['stories']} stories")
    for cap, res in zip(exp["captures"], run["ingested"], strict=True):
        got = _version_of(res)
        if got != cap["version"]:
            bad.append(f"{cap['file']} archived as version {got}, expected {cap['version']}")
    last = _article(run["texts"][-1])
    if last["headline"] != exp["headline"]:
        bad.append(f"headline {last['headline']!r}")
    if exp.get("extractor") and last.get("extractor") != exp["extractor"]:
        bad.append(f"extractor {last.get('extractor')!r}")
    body = "\n".join(last["paragraphs"])
    for s in exp["text_includes"]:
        if s not in body:
            bad.append(f"text lacks {s!r}")
    for shown in run["texts"]:
        art = _article(shown)
        text = "\n".join([art["headline"], *art["paragraphs"]])
        for s in exp["text_excludes"]:
            if s in text:
                bad.append(f"furniture {s!r} in the text")

    added = [(t["to_version"], n) for t in audit["transitions"]
             for n in t["notes_added"] + [c["after"] for c in t["notes_changed"]]]
    notes_ok = 0
    for want in exp["notes"]:
        hit = [n for v, n in added if v == want["version"] and want["contains"] in n["text"]
               and n["kind"] == want["kind"] and want.get("style", n["style"]) == n["style"]
               and all(n.get(k) == want[k] for k in ("old_value", "new_value", "date")
                       if k in want)]
        if hit:
            notes_ok += 1
        else:
            near = [(n["kind"], n["style"], n["text"][:60], n.get("old_value"),
                     n.get("new_value")) for v, n in added if v == want["version"]]
            bad.append(f"note not found: {want} (v{want['version']} added {near})")

    findings = audit["findings"]
    matched_ids: set[int] = set()
    for want in exp["findings"]:
        hit = [i for i, f in enumerate(findings) if _finding_matches(want, f)]
        if hit:
            matched_ids.add(hit[0])
        else:
            bad.append(f"finding not reported: {want}")
    counts = {k: sum(f["kind"] == k for f in findings) for k in exp["exact"]}
    for k, n in exp["exact"].items():
        if counts[k] != n:
            extra = [f["message"] for f in findings if f["kind"] == k]
            bad.append(f"{counts[k]} {k} findings, expected {n}: {extra}")

    for phrase in exp["corrections_ap"]:
        if phrase not in run["ap_log"]:
            bad.append(f"AP draft lacks {phrase!r}")
    for style, phrases in exp.get("corrections", {}).items():
        words = "\n".join(e["wording"] for e in run["drafts"][style])
        bad += [f"{style} draft lacks {p!r}" for p in phrases if p not in words]
    for diff in run["diffs"]:
        for change in diff.get("changes", []):
            text = f"{change.get('old_text', '')}\n{change.get('new_text', '')}"
            for s in exp["text_excludes"]:
                if s in text:
                    bad.append(f"furniture {s!r} in a diff")

    def score(kind: str) -> tuple[int, int, int]:
        wanted = [w for w in exp["findings"] if w["kind"] == kind]
        found = sum(any(_finding_matches(w, f) for f in findings) for w in wanted)
        reported = sum(f["kind"] == kind for f in findings)
        return found, len(wanted), reported

    found_all = sum(any(_finding_matches(w, f) for f in findings) for w in exp["findings"])
    sf, sw, sr = score("silent-correction")
    df, dw, _ = score("disclosed")
    scores = {"silent_recall": (sf, sw), "silent_precision": (sf, sr),
              "notes": (notes_ok, len(exp["notes"])), "disclosed": (df, dw),
              "findings": (found_all, len(exp["findings"])),
              "counts": (sum(counts[k] == n for k, n in exp["exact"].items()), len(exp["exact"]))}
    return bad, scores


_SENTENCE_ENDS_TWICE = re.compile(r"[.!?][\u201d\u2019\"')]*\.")


@pytest.mark.parametrize("name", STORIES)
def test_drafts_read_as_a_newsroom_would(runs, name):
    """Every style's drafts for the story: additions and rewrites are updates, never
    corrections; no sentence ends twice; no "misstated a wording"; no whole sentence quoted."""
    for style, entries in runs[name]["drafts"].items():
        for e in entries:
            where = f"{name} {style}: {e['wording']!r}"
            assert not _SENTENCE_ENDS_TWICE.search(e["wording"]), where
            assert "misstated a wording" not in e["wording"], where
            if e["change_kind"] in ("added", "rewritten"):
                assert e["is_update"] and "Correction" not in e["wording"], where
                assert "Corrects" not in e["wording"] and "corrects" not in e["wording"], where
            if e["change_kind"] in ("changed", "removed"):  # the kinds that quote a claim
                for claim in (e["claim"], e["new_claim"]):
                    assert len(claim.split()) <= 25, where


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("outlets")
    return {name: run_story(name, root) for name in STORIES}


def test_there_are_seven_kinds_of_publisher():
    assert len(STORIES) >= 7
    for name in STORIES:
        exp = json.loads((OUTLETS / name / "expected.json").read_text(encoding="utf-8"))
        assert len({c["version"] for c in exp["captures"]}) >= 2, name


@pytest.mark.parametrize("name", STORIES)
def test_story_matches_its_expected_audit(runs, name):
    bad, _ = compare(runs[name])
    assert not bad, "\n".join(bad)


def test_scores_over_all_stories(runs):
    totals: dict[str, list[int]] = {}
    for name in STORIES:
        _, scores = compare(runs[name])
        for k, (a, b) in scores.items():
            t = totals.setdefault(k, [0, 0])
            t[0] += a
            t[1] += b
    for k, (a, b) in totals.items():
        assert a == b, f"{k}: {a}/{b}"


def test_furniture_only_captures_are_seen_again_not_new_versions(runs):
    seen_again = 0
    for name in STORIES:
        caps = runs[name]["expected"]["captures"]
        seen_again += sum(a["version"] == b["version"] for a, b in itertools.pairwise(caps))
    assert seen_again >= 3  # AP, NYT and the WordPress page each have one


# ---------------------------------------------------------------------------------------------
# The general fixes the captures led to, each on text of its own
# ---------------------------------------------------------------------------------------------

_LEDE = ("The city council voted on Tuesday to close the old library on Main Street after "
         "a decade of budget cuts, officials said.")
_PARAS = [
    _LEDE,
    ("The building will be sold to a developer who plans to turn it into apartments, the mayor "
    "said at a meeting that ran past midnight."),
    ("Residents who spoke against the plan said the library was the only quiet place in the "
    "neighbourhood for children to study after school."),
]


def _page(body: str, after: str = "", byline: str = "Jane Doe and John Roe") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in _PARAS)
    return (f"<html><head><title>Council closes library</title></head><body><article>"
            f"<h1>Council closes library</h1><p class='byline'>By {byline}</p>{paras}{body}"
            f"</article>{after}</body></html>").encode()


def test_a_readers_comment_that_opens_with_correction_is_not_rescued_as_a_note():
    from versiontrack.extract.html import extract_html

    comments = ('<div id="comments" class="comments-area"><ol class="comment-list"><li>'
                '<div class="comment-content"><p>Correction: the library closed in 2019, not '
                '2018, you people never check anything!</p></div></li></ol></div>')
    a = extract_html(_page("", comments))
    assert not any("never check" in p for p in a.paragraphs)


def test_a_link_in_a_correction_box_is_not_part_of_the_note():
    from versiontrack.extract.html import extract_html

    box = ('<div class="correction"><p>Correction: An earlier version of this article misstated '
           'the year the library opened. It was 1962.</p><p><a href="/policy">Read our '
           'corrections policy</a></p></div>')
    a = extract_html(_page("", box))
    assert a.paragraphs[-1].startswith("Correction: An earlier version")
    assert not any("corrections policy" in p for p in a.paragraphs)


def test_an_about_the_author_box_repeating_the_byline_is_dropped():
    from versiontrack.extract.html import extract_html

    box = "<h3>About the Author</h3><p>JANE DOE and JOHN ROE</p>"
    a = extract_html(_page(box, byline="<a>Jane Doe</a> and <a>John Roe</a>"))
    assert [p for p in a.paragraphs if "DOE" in p or "About the" in p] == []
    assert a.paragraphs[-1] == _PARAS[-1]


@pytest.mark.parametrize(("text", "furniture"), [
    ("Updated", True), ("Last updated", True), ("opens new tab", True),
    ("(opens in a new window)", True), ("Our Standards: The Thomson Reuters Trust Principles.", True),
    ("Se adhiere a los criterios de The Trust Project", True),
    ("Learn more about The Trust Project", True),
    ("Updated figures were released on Monday.", False),
    ("The Trust Project was founded in 2014.", False),
    ("Critics attacked the Trust Project.", False),
])
def test_badges_and_labels_are_furniture_but_sentences_are_not(text, furniture):
    from versiontrack.extract.html import is_furniture

    assert is_furniture(text) is furniture


@pytest.mark.parametrize(("text", "kind", "values"), [
    (("Una versión anterior de este artículo decía que el puente costó 40 millones. Costó 45 "
     "millones."), "correction", ("40 millones", "45 millones")),
    ("Fe de errores: una versión anterior de esta noticia atribuía la frase al alcalde.",
     "correction", (None, None)),
    ("Esta información ha sido corregida: la votación fue el martes.", "correction", None),
    ("Esta noticia ha sido actualizada con la reacción del Gobierno.", "update", None),
    (("In einer früheren Version dieses Artikels hieß es, die Brücke koste 40 Millionen Euro. "
     "Richtig sind 45 Millionen."), "correction", ("40 Millionen", "45 Millionen")),
    ("Korrektur: Der Bürgermeister heißt Müller, nicht Maier, wie zuvor angegeben.",
     "correction", None),
    ("Dieser Artikel wurde am 6. Februar aktualisiert.", "update", None),
    (("Rectificatif : une version précédente de cet article indiquait que le pont avait coûté "
     "40 millions. Il a coûté 45 millions."), "correction", ("40 millions", "45 millions")),
    ("Cet article a été modifié pour corriger le nom du maire.", "correction", None),
])
def test_spanish_german_and_french_notes(text, kind, values):
    from versiontrack.audit.notes import detect_paragraph, parse_values

    hit = detect_paragraph(text)
    assert hit is not None and hit.kind == kind
    if values is not None:
        assert parse_values(text) == values


@pytest.mark.parametrize("text", [
    "La corrección del mercado continúa esta semana con fuertes caídas.",
    "Este texto fue modificado por el Congreso en 2019 tras un largo debate.",
    "Actualización: 17:12 CET",
    "Die Korrektur der Prognose fiel deutlich aus, sagte der Minister.",
    "Une version précédente du projet de loi prévoyait des amendes plus lourdes.",
    "Correction: the article should say 1994, not 1996, you guys keep getting this wrong!",
])
def test_look_alikes_of_notes_are_not_notes(text):
    from versiontrack.audit.notes import detect_paragraph

    assert detect_paragraph(text) is None


def test_a_label_heading_is_merged_with_the_note_below_it():
    from conftest import article

    from versiontrack.audit.notes import strip_notes

    a = article(paragraphs=[*_PARAS, "Fe de errores",
                            ("Una versión anterior de este artículo decía que la biblioteca abrió en "
                            "1962. Abrió en 1965.")])
    stripped, notes = strip_notes(a)
    assert stripped.paragraphs == tuple(_PARAS)
    assert len(notes) == 1 and notes[0].text.startswith("Fe de errores: Una versión")
    assert (notes[0].old_value, notes[0].new_value) == ("1962", "1965")


def _audit(*articles):
    from versiontrack.audit.judge import audit_versions
    from versiontrack.models import Version

    triples = [(Version("s", n, f"c{n}", f"2026-02-0{n}T12:00:00+00:00", a.headline, 50,
                        len(a.paragraphs)), a, b"") for n, a in enumerate(articles, 1)]
    return audit_versions(triples)


def test_a_wire_update_count_going_up_is_not_a_note_removed():
    from conftest import article

    a = _audit(article(headline="UPDATE 1-Council closes library", paragraphs=_PARAS),
               article(headline="UPDATE 2-Council closes library", paragraphs=_PARAS))
    assert a.count("note-removed") == 0


def test_a_correction_taken_down_from_headline_and_body_is_reported_once():
    from conftest import article

    fixed = [_PARAS[0].replace("Tuesday", "Monday"), *_PARAS[1:]]
    a = _audit(article(headline="Council closes library", paragraphs=_PARAS),
               article(headline="CORRECTED-Council closes library",
                       paragraphs=["(Corrects day of vote in paragraph 1)", *fixed]),
               article(headline="Council closes library", paragraphs=fixed))
    assert a.count("disclosed") == 1
    removed = [f for f in a.findings if f.kind == "note-removed"]
    assert len(removed) == 1 and removed[0].note.position != "headline"


def test_a_correction_already_in_the_first_version_is_one_note_without_change():
    from conftest import article

    a = _audit(article(headline="CORRECTED-Council closes library",
                       paragraphs=["(Corrects day of vote in paragraph 1)", *_PARAS]),
               article(headline="Council closes library", paragraphs=_PARAS))
    found = [f for f in a.findings if f.kind == "note-without-change"]
    assert len(found) == 1 and found[0].note.position != "headline"


@pytest.mark.parametrize(("old", "new", "silent"), [
    ("Council agrees to keep library open for another year",
     "Library to close as council vote ends without a rescue plan", 0),
    ("Council votes to keep library open", "Council votes not to keep library open", 1),
])
def test_a_negation_is_a_reversal_only_when_the_headline_is_otherwise_the_same(old, new, silent):
    from conftest import article

    a = _audit(article(headline=old, paragraphs=_PARAS), article(headline=new, paragraphs=_PARAS))
    assert a.count("headline-change") == 1 and a.silent == silent


@pytest.mark.parametrize(("old", "new", "silent"), [
    ("The building will be be sold to a developer.", "The building will be sold to a developer.",
     0),
    ("The the building will be sold to a developer.", "The building will be sold to a developer.",
     0),
    ("The building will soon be sold to a developer.", "The building will be sold to a developer.",
     1),
    ("The building will not not be sold to a developer.",
     "The building will not be sold to a developer.", 1),
])
def test_a_doubled_word_taken_out_is_a_copy_edit(old, new, silent):
    from conftest import article

    a = _audit(article(paragraphs=[_PARAS[0], old, _PARAS[2]]),
               article(paragraphs=[_PARAS[0], new, _PARAS[2]]))
    assert a.silent == silent


def test_a_drafted_addition_drops_a_leading_also_with_its_comma():
    from conftest import article

    from versiontrack.render.corrections import draft_entries

    added = "Also, the mayor said the proceeds would pay for two new reading rooms."
    a = _audit(article(paragraphs=_PARAS), article(paragraphs=[*_PARAS, added]))
    (entry,) = draft_entries(a, "ap")
    assert entry.wording == ("This story has been updated to add that the mayor said the "
                             "proceeds would pay for two new reading rooms.")


def main() -> int:  # pragma: no cover - a report for people, not a test
    import tempfile

    totals: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in STORIES:
            bad, scores = compare(run_story(name, Path(tmp)))
            print(f"== {name}: {len(bad)} mismatches")
            for b in bad:
                print("   ", b)
            for k, (a, b2) in scores.items():
                t = totals.setdefault(k, [0, 0])
                t[0] += a
                t[1] += b2
    for k, (a, b) in totals.items():
        print(f"{k}: {a}/{b}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())


@pytest.mark.parametrize(("text", "kind"), [
    ("In una versione precedente di questo articolo si diceva che il ponte era chiuso.",
     "correction"),
    ("Numa versão anterior deste texto, a ponte aparecia como encerrada.", "correction"),
    ("In een eerdere versie van dit artikel stond dat de brug dicht was.", "correction"),
    ("Dans une précédente version de cet article, le pont était donné pour fermé.", "correction"),
    ("In der ursprünglichen Fassung dieses Textes hieß es, die Brücke sei gesperrt.",
     "correction"),
    ("Questo articolo è stato corretto: il ponte non è chiuso.", "correction"),
    ("Esta reportagem foi atualizada com a resposta da prefeitura.", "update"),
    ("Dit artikel is aangepast: de brug is niet dicht.", "correction"),
    ("Dit artikel is ingetrokken omdat de bron niet betrouwbaar bleek.", "withdrawal"),
    ("Cet article a été retiré à la demande de la rédaction en chef.", "withdrawal"),
    ("Wir haben den Artikel inzwischen zurückgezogen, weil die Quelle nicht hielt.",
     "withdrawal"),
    ("Rettifiche: il sindaco si chiama Rossi, non Russo.", "correction"),
    ("Correções: o prefeito se chama Souza, e não Sousa.", "correction"),
    ("Richtigstellungen: Der Bürgermeister heißt Maier, nicht Meier.", "correction"),
    ("Precisazione: la delibera è stata approvata in giunta, non in consiglio.", "clarification"),
    (("In einem Artikel vom 3. Mai haben wir fälschlicherweise berichtet, die Brücke sei "
      "gesperrt."), "correction"),
    ("Dans un article publié mardi, nous avons écrit à tort que le pont était fermé.",
     "correction"),
])
def test_notes_in_six_more_languages_frames_and_labels(text, kind):
    """Each language's frames for the earlier version, its labels in the plural, and its
    withdrawals (our own sentences, written from the languages, not from any outlet)."""
    from versiontrack.audit.notes import detect_paragraph

    hit = detect_paragraph(text)
    assert hit is not None and hit.kind == kind, hit


def test_an_authors_disclosure_under_an_editors_note_label_is_no_note():
    """A standing disclosure of interest tells of no change, in German as in English ("Ed. note:
    The author sits on the board of the museum.")."""
    from versiontrack.audit.notes import detect_paragraph

    assert detect_paragraph("Anm. d. Red.: Der Autor ist Mitglied des Vereins, über den er "
                            "schreibt.") is None


@pytest.mark.parametrize("text", [
    "La correzione del mercato azionario è proseguita anche oggi.",
    "Die Berichtigung der Wachstumsprognose fiel kleiner aus als erwartet, sagte die Ministerin.",
    "Het ministerie heeft het wetsvoorstel aangepast na kritiek van de Raad van State.",
    "Una versione precedente del disegno di legge prevedeva multe più alte.",
    "A ministra esclareceu que a proposta ainda será discutida.",
    "Le gouvernement a retiré son projet de loi mardi.",
])
def test_look_alikes_in_six_more_languages_are_not_notes(text):
    from versiontrack.audit.notes import detect_paragraph

    assert detect_paragraph(text) is None


# A note of the revision itself that says what it did without a value pair: it restates the
# new words ("has announced its dates: May 3rd & 4th") or names the kind of fact changed ("we
# have moved the launch date"). Written after real blog posts whose schedules moved under such
# notes; a note that states its own values keeps to them.
_SCHEDULE = [
    "The harbour festival returns this year with a new stage on the east quay.",
    "Festival weekend: second quarter, 2027",
    "Ticket sales open: March 1 - 14",
    "Volunteers can sign up at the visitor centre on Dock Street.",
]


def test_an_update_restating_the_new_dates_discloses_the_change():
    from conftest import article

    new = [_SCHEDULE[0], "Festival weekend: May 3rd-4th, 2027", *_SCHEDULE[2:],
           "Update: The organisers have announced the dates: May 3rd & 4th, on both quays."]
    a = _audit(article(paragraphs=_SCHEDULE), article(paragraphs=new))
    assert a.count("silent-correction") == 0 and a.count("disclosed") == 1
    assert "restated" in next(f.reason for f in a.findings if f.kind == "disclosed")


def test_a_note_naming_the_kind_of_fact_discloses_that_kind_only():
    from conftest import article

    moved = [*_SCHEDULE[:2], "Ticket sales open: March 4 - 18", _SCHEDULE[3]]
    note = "Edit: we have moved the ticket sale dates because the website launch slipped."
    a = _audit(article(paragraphs=_SCHEDULE), article(paragraphs=[*moved, note]))
    assert a.count("silent-correction") == 0 and a.count("disclosed") == 1
    # the same note beside a changed count discloses nothing of it
    before = [*_SCHEDULE, "The new stage is 40 metres wide and seats 900 people."]
    counted = [*_SCHEDULE, "The new stage is 25 metres wide and seats 900 people."]
    b = _audit(article(paragraphs=before), article(paragraphs=[*counted, note]))
    assert b.count("disclosed") == 0 and b.count("silent-correction") == 1


def test_a_history_line_naming_a_section_discloses_the_changes_under_its_heading():
    from conftest import article

    page = ["The ferry app has a new release with a fix for the ticket screen.",
            "Known issues",
            "Tickets bought offline show the wrong quay on Android 13.",
            "Recommended action",
            "Install release 4.1 from the store and restart the phone.",
            "History",
            "Originally published at 2027-05-02 08:00:00 (UTC)"]
    fixed = [*page[:2], "Tickets bought offline show the wrong quay on Android 12 and 13.",
             page[3], "Install release 4.2 from the store and restart the phone.", *page[5:],
             "Update Known issues at 2027-05-02 09:30:00 (UTC)"]
    a = _audit(article(paragraphs=page), article(paragraphs=fixed))
    disclosed = [f for f in a.findings if f.kind == "disclosed"]
    assert len(disclosed) == 1 and "Known issues" in disclosed[0].reason
    # the change under the other heading is no part of it
    assert a.count("silent-correction") == 1


def test_a_paragraph_removed_with_the_passage_a_note_names_goes_with_it():
    from conftest import article

    page = ["The ferry app has a new release with a fix for the ticket screen.",
            "Then the installer shows the following message, which you can accept.",
            "Installing ferry-app-4.1.apk ... replace the existing app? [y/N]",
            "Restart the phone once the installer is done.",
            "The old quay closes on 12 May for repairs that will take six weeks."]
    fixed = [page[0], page[3],
             "Update: An earlier version of this post named ferry-app-4.1.apk, which still had "
             "the fault. Install ferry-app-4.2.apk or later."]
    a = _audit(article(paragraphs=page), article(paragraphs=fixed))
    assert a.count("disclosed") == 2 and a.count("silent-correction") == 1
    assert any("removed with the passage" in f.reason for f in a.findings)
    # the quay's closing date, taken out after a kept paragraph, stays silent
    silent = next(f for f in a.findings if f.kind == "silent-correction")
    assert silent.change is not None and silent.change.old == (4,)


def test_paragraphs_removed_in_a_block_after_the_edited_one_a_note_names_go_with_it():
    from conftest import article

    page = ["The harbour board publishes its sailing counts each month.",
            "Download the monthly sailing counts from the harbour board's archive page.",
            "Download the weekly counts (they cover the busiest quays).",
            "Download the daily counts (they cover about half of the quays).",
            "Download the hourly counts (they cover a quarter of the quays).",
            "Merge the tables, putting the hourly counts over the daily and weekly ones.",
            "Plot the merged table by quay.",
            "The old quay closes on 12 May for repairs that will take six weeks."]
    fixed = ["Correction: We first said the script should merge the harbour board's monthly, "
             "weekly and daily sailing counts. That method is not sound, and this post has "
             "been changed.",
             page[0],
             "Download the monthly sailing counts (all quays) from the harbour board's archive "
             "page.",
             page[6]]
    a = _audit(article(paragraphs=page), article(paragraphs=fixed))
    removed = [f for f in a.findings if f.change is not None and f.change.kind == "removed"]
    # the four steps taken out right after the step the note names go with it; the quay's
    # closing date, taken out after a kept paragraph, stays silent
    assert [f.kind for f in removed] == ["disclosed"] * 4 + ["silent-correction"]
    assert removed[-1].change is not None and removed[-1].change.old == (7,)


def test_a_withdrawal_whose_text_is_named_in_the_sentence_before():
    from conftest import article

    from versiontrack.audit.notes import find_notes

    note = ("Earlier today we posted a letter signed with the name of the harbour master. The "
            "letter was a fake. It should not have been published.")
    found = find_notes(article(paragraphs=[*_PARAS, note]))
    assert [n.kind for n in found] == ["withdrawal"]


def test_a_bracketed_dated_update_heading_takes_the_paragraph_under_it():
    from conftest import article

    page = ["Thursday, 4 March 2027: the ferry app release",
            "The new release of the ferry app comes out on Thursday, 4 March 2027.",
            "It fixes the ticket screen."]
    moved = ["Tuesday, 9 March 2027: the ferry app release",
             "The new release of the ferry app comes out on Tuesday, 9 March 2027.",
             "It fixes the ticket screen.",
             "(Update 03-Mar-2027) Release postponed",
             "We are delaying the release until Tuesday, 9 March 2027 to finish testing."]
    a = _audit(article(paragraphs=page), article(paragraphs=moved))
    notes = [n for t in a.transitions for n in t.notes_added]
    assert len(notes) == 1 and "delaying the release" in notes[0].text
    assert a.count("silent-correction") == 0 and a.count("disclosed") >= 2


def test_a_notes_own_date_is_no_value_and_a_doubled_word_does_not_hide_it():
    from conftest import article

    page = ["The new quay opened to ferries in 2026 after two years of works.",
            "The harbour board says the quay will pay for itself within a decade.",
            "Local fishers were moved to the north basin during the works."]
    fixed = ["The new quay opened to ferries in 2027 after two years of works.", page[2],
             "_This post was was modified on 8 May 2027. The original text is kept in our "
             "archive._"]
    a = _audit(article(paragraphs=page), article(paragraphs=fixed))
    assert [n.kind for t in a.transitions for n in t.notes_added] == ["correction"]
    # the note's date (2027) matches the changed year by accident only: the note names
    # nothing, so every change of its version is tied to it, the removal too
    assert a.count("silent-correction") == 0 and a.count("disclosed") == 2



def test_an_important_update_heading_and_a_bulleted_note_matched_item_by_item():
    from conftest import article

    page = ["The ferry data page lists sailings, delays and cancellations for every route.",
            "A sailing is classified as late when it leaves more than ten minutes after its slot.",
            "A sailing is classified as cancelled when it does not leave within two hours.",
            "Files are refreshed every morning at six."]
    fixed = [page[0], "A sailing counts as disrupted when it leaves more than ten minutes late or not "
             "at all.", page[3], "Important: Update on 4 May 2027",
             "The harbour office made several changes to this page on 4 May 2027. These include: "
             "* Sailings are no longer classified as late or cancelled; every sailing that leaves "
             "more than ten minutes late or not at all counts as disrupted. * Files now carry the "
             "route's number in their names. * The weekly tables were rebuilt to use the date of "
             "sailing rather than the date of booking."]
    a = _audit(article(paragraphs=page), article(paragraphs=fixed))
    notes = [n for t in a.transitions for n in t.notes_added]
    assert [n.kind for n in notes] == ["update"] and notes[0].text.startswith("Important")
    assert a.count("silent-correction") == 0


def test_a_note_about_a_name_in_several_places_takes_each_edit_of_that_name():
    from conftest import article

    page = ["Harbourline runs the night ferry to the islands.",
            "Last year Harbourline carried 40,000 tonnes of freight on its own ships.",
            "The council pays 2 million a year towards the night service."]
    fixed = [page[0],
             "Last year Harbourline Cargo carried 40,000 tonnes of freight on its own ships.",
             "The council pays 3 million a year towards the night service.",
             "Editor's note: This article was updated to clarify the difference between "
             "Harbourline (the ferry company) and Harbourline Cargo in several places."]
    a = _audit(article(paragraphs=page), article(paragraphs=fixed))
    disclosed = [f for f in a.findings if f.kind == "disclosed"]
    assert len(disclosed) == 1 and "in the places the note says" in disclosed[0].reason
    assert a.count("silent-correction") == 1  # the council's payment, which it does not name
