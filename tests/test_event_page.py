"""The event page of the HTML report (issue 16, item 5): a source's paragraphs beside each
copy's, differing facts marked, the correction followed through each copy's versions; linked
from the index only when the archive has events. Built from the labelled cross-outlet set, and
opened in headless Chromium like tests/test_report_browser.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from crossoutlet_kit import build_archive
from test_report_browser import Watched, _open, _serve, browser  # noqa: F401 (a fixture)

from versiontrack.render.report.eventpage import marked

MEMBERS = ("source", "syndication", "rewrite", "digest", "german")


def _report(archive: Path, out: Path) -> None:
    r = run_cli("report", "--out", out, "--archive", archive)
    assert r.exit_code == 0, r.output


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("event-page")
    archive = build_archive(base / "archive")
    _report(archive, base / "before")
    r = run_cli("event", "add", "varna", *MEMBERS, "--archive", archive)
    assert r.exit_code == 0, r.output
    _report(archive, base / "out")
    return archive, base


def test_index_links_the_event_only_when_there_is_one(site):
    _, base = site
    assert "events/" not in (base / "before" / "index.html").read_text(encoding="utf-8")
    assert not (base / "before" / "events").exists()
    index = (base / "out" / "index.html").read_text(encoding="utf-8")
    assert 'href="events/varna.html"' in index
    assert "2 still carrying a corrected value" in index  # the rewrite and the digest


def test_event_page_marks_facts_and_follows_the_correction(site):
    _, base = site
    html = (base / "out" / "events" / "varna.html").read_text(encoding="utf-8")
    # The rewrite's changed satellite name, marked on both sides.
    assert '<mark class="fact differs"' in html
    assert ">RiverSat-3</mark>" in html and ">RiverSat-2</mark>" in html
    # The syndication carried the old year in v1 and the new one in v2.
    assert "carries the corrected (old) value" in html and "carries the new value" in html
    assert "not a copy: in another language" in html  # the German copy
    assert "<script>" not in html  # no inline script: the page lives under the report's CSP


def test_event_page_is_removed_with_its_event(site, tmp_path):
    archive, _ = site
    out = tmp_path / "out"
    _report(archive, out)
    assert (out / "events" / "varna.html").is_file()
    r = run_cli("event", "remove", "varna", *MEMBERS, "--archive", archive)
    assert r.exit_code == 0, r.output
    _report(archive, out)
    assert not (out / "events" / "varna.html").exists()
    assert "events/varna.html" not in (out / "index.html").read_text(encoding="utf-8")
    r = run_cli("event", "add", "varna", *MEMBERS, "--archive", archive)  # for the other tests
    assert r.exit_code == 0, r.output


def test_marks_are_cut_from_the_raw_text_and_never_overlap():
    segs = marked("He said \u201cgo now\u201d at 5, not 15.", [
        ('"go now"', "differs", "t"), ("5", "added", "t"), ("5", "dropped", "t"),
        ("missing", "dropped", "t")])
    assert [(s.text, s.mark) for s in segs] == [
        ("He said ", ""), ("\u201cgo now\u201d", "differs"), (" at ", ""), ("5", "added"),
        (", not 15.", "")]
    assert "".join(s.text for s in marked("plain", [])) == "plain"


@pytest.mark.browser
def test_event_page_in_a_browser(browser: Any, site) -> None:  # noqa: F811
    _, base = site
    server: Iterator[str] = _serve(base / "out")
    url = next(server)
    try:
        for w in _open(browser, viewport={"width": 1100, "height": 900}):
            _check_page(w, url)
    finally:
        server.close()


def _check_page(w: Watched, url: str) -> None:
    page = w.page
    page.goto(url + "index.html")
    page.locator('a[href="events/varna.html"]').click()
    page.wait_for_url("**/events/varna.html")
    assert page.locator("h1").inner_text().startswith("Norland and Estavia agree")
    rewrite = page.locator("section.copy", has_text="Flood alarms to sound again")
    assert rewrite.locator("td.copy-para mark.fact.differs", has_text="RiverSat-3").is_visible()
    assert rewrite.locator("td.source-para mark.fact.differs", has_text="RiverSat-2").is_visible()
    assert page.locator("mark.fact").count() >= 6
    # The rows pair a copy paragraph with its sources; the copy's own say so.
    assert rewrite.locator("tbody tr").count() == 9
    digest = page.locator("section.copy", has_text="Varna flood alarms return")
    assert digest.locator("tr.own").count() == 4
    assert "still carries the corrected value" in digest.locator(".propagation").inner_text()
    steps = page.locator("section.copy", has_text="Norland, Estavia agree").locator(
        ".propagation-steps li")
    assert [s.get_attribute("class") for s in steps.all()] == ["state-old", "state-new"]
    # Stylesheet loaded under the CSP: a differing fact is outlined.
    outline = rewrite.locator("mark.fact.differs").first.evaluate(
        "e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"
    w.shot("event-page")
