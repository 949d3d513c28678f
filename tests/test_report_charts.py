"""Charts in the HTML report: inline SVG fit for the report's CSP, with a text alternative, and
the tables alone when pygal (the plots extra) is missing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_report import AP_KEY, build_site_archive

from versiontrack.render.report import charts
from versiontrack.render.report.site import build_report

SVG_RE = re.compile(r"<svg\b.*?</svg>", re.S)


def _build(base: Path) -> Path:
    with build_site_archive(base / "archive") as archive:
        return build_report(archive, base / "out").out


def _svgs(page: Path) -> list[str]:
    return SVG_RE.findall(page.read_text(encoding="utf-8"))


def test_svg_is_csp_clean_and_titled(tmp_path: Path) -> None:
    pytest.importorskip("pygal")
    out = _build(tmp_path)
    story = _svgs(out / "stories" / AP_KEY / "index.html")
    index = _svgs(out / "index.html")
    assert len(story) == 1
    assert len(index) == 2
    for svg in story + index:
        assert "style=" not in svg
        assert "<style" not in svg
        assert "<script" not in svg
        assert "<!--" not in svg
        assert re.search(r"<title [^>]*>[^<]+</title>", svg)
        assert "<desc " in svg and 'role="img"' in svg
        # Silent changes are told apart by a pattern, not by colour alone.
        assert "<pattern " in svg
    assert "Changes over time" in story[0]
    assert "Silent (needed note missing)" in story[0]
    titles = [re.search(r"<title [^>]*>([^<]+)</title>", s).group(1)  # type: ignore[union-attr]
              for s in index]
    assert titles == ["Edits over time", "Silent and disclosed changes by outlet"]
    # Ids stay unique on the page.
    ids = re.findall(r'\bid="([^"]+)"', (out / "index.html").read_text(encoding="utf-8"))
    assert len(ids) == len(set(ids))


def test_charts_have_tables_with_the_figures(tmp_path: Path) -> None:
    out = _build(tmp_path)
    page = (out / "stories" / AP_KEY / "index.html").read_text(encoding="utf-8")
    table = re.search(r'<table class="chart-table">.*?</table>', page, re.S)
    assert table is not None
    # The AP story has two steps after its first version: two rows.
    assert table.group(0).count('<th scope="row">') == 2
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count('<table class="chart-table">') == 2
    assert "apnews.com" in index.split("Silent and disclosed changes by outlet", 1)[1]
    # An outlet name with markup is text, in the table and in the SVG.
    assert "&lt;i&gt;evil&lt;/i&gt;" in index
    assert "<i>evil</i>" not in index


def test_without_pygal_the_tables_alone_show(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charts, "pygal", None)
    assert not charts.available()
    out = _build(tmp_path)
    for page in (out / "index.html", out / "stories" / AP_KEY / "index.html"):
        text = page.read_text(encoding="utf-8")
        assert "<svg" not in text
        assert '<table class="chart-table">' in text
        assert '<details class="chart-data" open>' in text


def test_edit_records_round_trip() -> None:
    e = charts.Edit("2026-02-05T10:00:00Z", "apnews.com", 3, 1, 2)
    assert charts.Edit.from_list(e.to_list()) == e
    assert charts.index_charts([]) == []
