"""One comparison: ``diff --format json``, ``audit --json`` and the report's diff pages read the
same pairs the same way, paragraph by paragraph.

Each case is archived for real (the audit gold cases with raw pages, and every outlet case
through ``ingest``); then, for every step the audit judged, the three views must agree: the
same entries, an extraction artefact in one is an artefact in the others and never a silent,
disclosed or exempt change, and a silent change is marked silent on the page.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli

from versiontrack.archive.store import Archive
from versiontrack.audit.compare import RawIndex, _raw_text, contains
from versiontrack.models import Article
from versiontrack.normalize import match_tokens

DATA = Path(__file__).parent / "data"
AUDIT_CASES = [p for p in sorted((DATA / "audit").iterdir()) if (p / "v1.html").is_file()]
OUTLETS = sorted(p for p in (DATA / "outlets").iterdir() if (p / "expected.json").is_file())
_JUDGED = ("silent-correction", "undisclosed-update", "disclosed", "update", "exempt")
_BLOCK = re.compile(r'<div class="change ([^"]*)" id="([^"]*)">')


def _ok(*args: Any) -> str:
    r = run_cli(*args)
    assert r.exit_code == 0, r.output
    return r.stdout


def _audit_case(case: Path, root: Path) -> tuple[Path, str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    path = root / "archive"
    with Archive.open(path, create=True) as archive:
        for i, ts in enumerate(gold["fetched_at"], 1):
            article = Article.from_text((case / f"v{i}.txt").read_text(encoding="utf-8"),
                                        published=gold.get("published"))
            raw = case / f"v{i}.html"
            archive.ingest(article, raw=raw.read_bytes() if raw.exists() else None,
                           fetched_at=ts, story="case")
    return path, "case"


def _outlet_case(case: Path, root: Path) -> tuple[Path, str]:
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    path = root / "archive"
    for cap in exp["captures"]:
        _ok("ingest", case / cap["file"], "--fetched-at", cap["fetched_at"], "--archive", path)
    (story,) = json.loads(_ok("stories", "--json", "--archive", path))
    return path, story["key"]


def _key(change: dict[str, Any]) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    return change["field"], tuple(change["old"]), tuple(change["new"])


def _anchor(change: dict[str, Any]) -> str:
    if change["field"] != "body":
        return change["field"]
    return f"new-{change['new'][0] + 1}" if change["new"] else f"old-{change['old'][0] + 1}"


def _views_agree(archive: Path, story: str, out: Path) -> int:
    """Check every audited step; return how many extraction artefacts were seen."""
    audit = json.loads(_ok("audit", story, "--json", "--archive", archive))
    _ok("report", "--out", out, "--full", "--archive", archive)
    artefacts = 0
    for t in audit["transitions"]:
        a, b = t["from_version"], t["to_version"]
        diff = json.loads(_ok("diff", story, "--from", a, "--to", b, "--format", "json",
                              "--archive", archive))
        entries = {_key(c): c for c in [diff["headline"], diff["byline"], *diff["changes"]]
                   if c is not None}
        page = (out / "stories" / story / f"diff-{a}-{b}.html").read_text(encoding="utf-8")
        blocks = {anchor: set(cls.split()) for cls, anchor in _BLOCK.findall(page)}
        for f in t["findings"]:
            if f["change"] is None:
                continue
            entry = entries[_key(f["change"])]  # the same entry in both
            assert {k: v for k, v in entry.items() if not k.startswith("verdict")} \
                == f["change"]
            if f["kind"] == "extraction-artefact":
                assert entry["verdict"] == "extraction-artefact", (a, b, entry)
                assert entry["verdict_reason"] == f["reason"]
            elif f["kind"] in _JUDGED:
                assert entry["verdict"] == "substantive", (a, b, f["kind"], entry)
                if f["kind"] == "silent-correction" and f["change"]["field"] == "body":
                    assert "silent" in blocks[_anchor(entry)]
        judged = {_key(f["change"]) for f in t["findings"]
                  if f["change"] is not None and f["kind"] in _JUDGED}
        assert [n["text"] for n in diff["notes_added"]] == [n["text"] for n in t["notes_added"]]
        assert [n["text"] for n in diff["notes_removed"]] \
            == [n["text"] for n in t["notes_removed"]]
        for key, entry in entries.items():
            artefact = entry["verdict"] == "extraction-artefact"
            if artefact:
                artefacts += 1
                assert key not in judged, (a, b, entry)
            if entry["field"] == "body" and entry["verdict"] != "unchanged" \
                    and not (entry["kind"] == "kept" and not entry["labels"]):
                assert ("artefact" in blocks[_anchor(entry)]) == artefact, (a, b, entry)
    return artefacts


@pytest.mark.parametrize("case", AUDIT_CASES, ids=[c.name for c in AUDIT_CASES])
def test_diff_audit_and_report_agree_on_audit_cases(case: Path, tmp_path: Path) -> None:
    archive, story = _audit_case(case, tmp_path)
    artefacts = _views_agree(archive, story, tmp_path / "report")
    if case.name == "extraction-artefact-redesign":
        assert artefacts >= 2


@pytest.mark.parametrize("case", OUTLETS, ids=[c.name for c in OUTLETS])
def test_diff_audit_and_report_agree_on_outlets(case: Path, tmp_path: Path) -> None:
    archive, story = _outlet_case(case, tmp_path)
    _views_agree(archive, story, tmp_path / "report")


def test_artefacts_show_as_artefacts_in_diff_text_and_on_the_page(tmp_path: Path) -> None:
    archive, story = _audit_case(DATA / "audit" / "extraction-artefact-redesign", tmp_path)
    text = _ok("diff", story, "--color", "never", "--archive", archive)
    assert "    extraction artefact: removed text is still in the later raw page" in text
    md = _ok("diff", story, "--format", "markdown", "--archive", archive)
    assert "extraction artefact: removed text is still in the later raw page" in md
    _ok("report", "--out", tmp_path / "r", "--archive", archive)
    page = (tmp_path / "r" / "stories" / story / "diff-1-2.html").read_text(encoding="utf-8")
    assert 'class="artefact-flag">Extraction artefact: removed text is still' in page
    stat = _ok("diff", story, "--stat", "--archive", archive)
    assert "extraction artefact" in stat


# --- The raw-page index answers the same with and without its quick test --------------------

_PAGE = ("<html><head><title>Harbour board delays the ferry contract</title></head><body>"
         "<h1>Harbour board delays the ferry contract</h1><div class='ad'>Advertisement</div>"
         "<p>The harbour board voted 5-2 on Tuesday to delay the ferry contract by a month.</p>"
         "<p>Board chair Ilse Marrow said the bids came in \u201cwell above\u201d the 12,500 "
         "estimate.</p><p>Ferry users said the old boats broke down twice in March.</p>"
         "</body></html>").encode()

_TEXTS = (
    "The harbour board voted 5-2 on Tuesday to delay the ferry contract by a month.",
    "The harbour board voted 6-1 on Tuesday to delay the ferry contract by a month.",
    "The harbour board voted 5-2 on Friday to cancel the ferry contract outright.",
    "Board chair Ilse Marrow said the bids came in \u201cwell above\u201d the 12,500 estimate.",
    "Board chair Ilse Marrow said the bids came in well above the 12500 estimate.",
    "Ferry users said the old boats broke down twice in March.",
    "Ferry users said the old boats broke down three times in April.",
    "Advertisement",
    "Ilse Marrow",
    "Marrow resigned",
    "The mayor praised the vote.",
    "said the said the said the",
    "",
)


def _plain_holds(raw: bytes, text: str, share: float) -> bool:
    """The index's answer computed the long way: every 3-gram of the page, no quick test."""
    page = match_tokens(_raw_text(raw))
    toks = match_tokens(text)
    if not toks:
        return True
    if len(toks) < 4:
        return contains(page, toks)
    grams = {tuple(page[i:i + 3]) for i in range(len(page) - 2)}
    wanted = [tuple(toks[i:i + 3]) for i in range(len(toks) - 2)]
    return sum(g in grams for g in wanted) >= share * len(wanted)


@pytest.mark.parametrize("share", (0.9, 1.0))
@pytest.mark.parametrize("text", _TEXTS)
def test_raw_index_quick_test_never_changes_the_answer(text: str, share: float) -> None:
    fresh = RawIndex(_PAGE)  # the quick test runs while the page is not indexed yet
    assert fresh.holds(text, share) == _plain_holds(_PAGE, text, share)
    indexed = RawIndex(_PAGE)
    indexed.holds("The harbour board voted 5-2 on Tuesday", 0.9)  # builds the index
    assert indexed.holds(text, share) == _plain_holds(_PAGE, text, share)


def test_raw_index_answers_without_indexing_when_a_word_is_missing() -> None:
    index = RawIndex(_PAGE)
    assert index.holds("Ferry users said the old boats broke down three times in April.") is False
    assert index._grams is None  # ruled out by its missing words alone
    assert index.holds("Ferry users said the old boats broke down twice in March.") is True
    assert index._grams is not None
