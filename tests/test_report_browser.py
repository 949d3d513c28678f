"""The HTML report in a real browser: Debian's Chromium driven by Playwright.

The report is served by a real ``http.server`` on 127.0.0.1 and one page is also opened from
``file://``. Screenshots go to ``test-artifacts/screenshots/`` at the repository root.
Skipped when Chromium is missing, except under CI (env CI set), where that is a failure.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import make_archive
from test_headlines import EVIL, FLOOD, MINISTER, XSS_NEW, XSS_OLD
from test_headlines import stories as headline_stories
from test_report import AP_KEY, PLAIN_KEY, XSS_HEADLINE, XSS_KEY, build_site_archive

from versiontrack.archive.store import Archive
from versiontrack.render.report.site import build_report

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("VERSIONTRACK_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"


def _need_browser() -> Any:
    reason = ""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "playwright for Python is not installed"
        sync_playwright = None
    if not reason and not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        reason = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests are required in CI: {reason}")
        pytest.skip(reason)
    return sync_playwright


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("browser")
    with build_site_archive(base / "archive") as archive:
        return build_report(archive, base / "out").out


@pytest.fixture(scope="module")
def server(report_dir: Path) -> Iterator[str]:
    yield from _serve(report_dir)


@pytest.fixture(scope="module")
def headline_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A report whose archive has a flip-flop, a disclosed, a silent and a markup headline."""
    base = tmp_path_factory.mktemp("browser-headlines")
    with Archive.open(make_archive(base, headline_stories())) as archive:
        out = build_report(archive, base / "out").out
    yield from _serve(out)


def _serve(report_dir: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(report_dir))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_playwright = _need_browser()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=30_000)
        try:
            yield b
        finally:
            b.close()


@dataclass
class Watched:
    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def shot(self, name: str, full_page: bool = True) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        assert path.stat().st_size > 1000
        return path


def _open(browser: Any, **context_options: Any) -> Iterator[Watched]:
    context = browser.new_context(**context_options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    w = Watched(page)
    page.on("console", lambda m: w.errors.append(f"console: {m.text}") if m.type == "error"
            else None)
    page.on("pageerror", lambda e: w.errors.append(f"pageerror: {e}"))

    def on_dialog(d: Any) -> None:
        w.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", on_dialog)
    page.on("request", lambda r: w.requests.append(r.url))
    try:
        yield w
    finally:
        context.close()
    # Checked for every page of every test: no script errors, no CSP violations, no dialogs,
    # and no request leaving the report (the report needs no network).
    assert w.errors == []
    assert w.dialogs == []
    assert all(u.startswith(("http://127.0.0.1:", "file://", "data:")) for u in w.requests), \
        w.requests


@pytest.fixture()
def tab(browser: Any) -> Iterator[Watched]:
    yield from _open(browser, viewport={"width": 1100, "height": 900})


def test_index_story_and_diff(tab: Watched, server: str) -> None:
    page = tab.page
    page.goto(server + "index.html")
    assert page.title().startswith("versiontrack")
    assert page.locator("#stories tbody tr").count() == 3
    tab.shot("index")
    page.locator(f'a[href="stories/{AP_KEY}/index.html"]').click()
    page.wait_for_url(f"**/stories/{AP_KEY}/index.html")
    assert page.locator("h1").inner_text().startswith("Veldra and Marosk agree")
    tab.shot("story")
    log_heading = page.locator("text=Drafted correction log").count()
    page.locator('a[href="diff-2-3.html"]').first.click()
    page.wait_for_url("**/diff-2-3.html")
    inline = page.locator("#inline")
    assert inline.locator("ins", has_text="175").count() == 1
    assert inline.locator("del", has_text="157").count() == 1
    assert inline.locator("ins", has_text="175").is_visible()
    silent = inline.locator(".change.silent")
    assert silent.count() >= 1 and "Silent correction" in silent.first.inner_text()
    tab.shot("diff-2-3")
    # The moved paragraph: from where it was to where it went, and back.
    away = inline.locator("a.moved-to").first
    target = away.get_attribute("href")
    away.click()
    page.wait_for_function("h => location.hash === h", arg=target)
    landed = page.locator(":target")
    assert landed.get_attribute("id") == target[1:]
    assert "moved" in landed.get_attribute("class")
    back = landed.locator("a.moved-from")
    back_target = back.get_attribute("href")
    back.click()
    page.wait_for_function("h => location.hash === h", arg=back_target)
    assert "moved from here" in page.locator(":target").inner_text()
    assert log_heading == 1


def test_diff_views_toggle_and_fold(tab: Watched, server: str) -> None:
    page = tab.page
    page.goto(server + f"stories/{AP_KEY}/diff-1-2.html")
    assert page.locator("#inline del", has_text="2016").is_visible()
    assert page.locator("#inline ins", has_text="2014").is_visible()
    assert page.locator("#side").is_hidden()  # the script shows one view at a time
    fold = page.locator("#inline details.fold").first
    hidden_para = fold.locator("p.para").first
    assert not hidden_para.is_visible()
    fold.locator("summary").click()
    assert hidden_para.is_visible()
    page.locator("button.view-toggle").click()
    assert page.locator("#side").is_visible() and page.locator("#inline").is_hidden()
    assert page.locator("#side td.new ins", has_text="2014").is_visible()
    tab.shot("diff-1-2-side-by-side")


def test_index_filter_and_sort(tab: Watched, server: str) -> None:
    page = tab.page
    page.goto(server + "index.html")
    rows = page.locator("#stories tbody tr")
    page.locator("#filter").fill("plain")
    assert [rows.nth(i).is_visible() for i in range(3)].count(True) == 1
    assert "1 of 3" in page.locator("#shown").inner_text()
    page.locator("#filter").fill("")
    page.locator("#only-silent").check()
    visible = [rows.nth(i) for i in range(3) if rows.nth(i).is_visible()]
    assert 1 <= len(visible) < 3 and any(AP_KEY in r.inner_text() for r in visible)
    assert all("has-silent" in r.get_attribute("class") for r in visible)
    page.locator("#only-silent").uncheck()
    page.locator("th button.sort", has_text="Versions").click()
    first = page.locator("#stories tbody tr").first.inner_text()
    assert PLAIN_KEY in first or XSS_KEY in first  # fewest versions first
    page.locator("th button.sort", has_text="Versions").click()
    assert AP_KEY in page.locator("#stories tbody tr").first.inner_text()


def test_xss_story_is_inert(tab: Watched, server: str) -> None:
    page = tab.page
    for rel in ("index.html", f"stories/{XSS_KEY}/index.html",
                f"stories/{XSS_KEY}/diff-1-2.html"):
        page.goto(server + rel)
        page.wait_for_load_state("load")
        assert page.locator("img[src=x], iframe, svg:not(.vt-chart), script:not([src])"
                        ).count() == 0
        assert page.locator('a[href^="javascript"]').count() == 0
    page.goto(server + f"stories/{XSS_KEY}/index.html")
    assert page.locator("h1").inner_text() == XSS_HEADLINE + " 2"  # shown literally
    assert page.locator("code.url").inner_text() == "javascript:alert(3)"
    page.wait_for_timeout(300)  # give any injected handler a chance to fire
    tab.shot("xss-story")
    assert tab.dialogs == []


def test_file_url_phone_width_and_dark(browser: Any, report_dir: Path) -> None:
    for w in _open(browser, viewport={"width": 390, "height": 844}, color_scheme="dark",
                   device_scale_factor=1):
        page = w.page
        page.goto((report_dir / "index.html").as_uri())
        # Stylesheet and script load from file:// under the CSP.
        font = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert "system-ui" in font
        assert page.locator("#controls").is_visible()
        bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert bg == "rgb(18, 18, 18)"
        w.shot("index-phone-dark")
        page.locator(f'a[href="stories/{AP_KEY}/index.html"]').click()
        page.wait_for_url(f"**/stories/{AP_KEY}/index.html")
        page.goto((report_dir / "stories" / AP_KEY / "diff-2-3.html").as_uri())
        # Nothing wider than the screen: the reading column fits a phone.
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390
        w.shot("diff-2-3-phone-dark")


def test_print_keeps_changes_marked(tab: Watched, server: str) -> None:
    page = tab.page
    page.goto(server + f"stories/{AP_KEY}/diff-2-3.html")
    page.emulate_media(media="print")
    ins = page.locator("#inline ins", has_text="175")
    decoration = ins.evaluate("e => getComputedStyle(e).textDecorationLine")
    before = ins.evaluate("e => getComputedStyle(e, '::before').content")
    assert "underline" in decoration and "+" in before
    assert page.locator("#side").is_visible()  # both views print
    pdf = page.pdf()
    assert pdf[:4] == b"%PDF"


def test_headlines_page(tab: Watched, headline_server: str) -> None:
    page = tab.page
    page.goto(headline_server + "index.html")
    page.locator("header.site a.nav-headlines").click()
    page.wait_for_url("**/headlines.html")
    assert page.locator("h1").inner_text() == "Headline changes"
    rows = page.locator("#headline-changes tbody tr")
    assert rows.count() == 8
    flood = rows.filter(has_text="Flood kills")
    assert flood.locator(".hl-old del").inner_text() == "5"
    assert flood.locator(".hl-new ins").inner_text() == "6"
    # Marked without colour: struck through and underlined.
    assert "line-through" in flood.locator("del").evaluate(
        "e => getComputedStyle(e).textDecorationLine")
    assert "underline" in flood.locator("ins").evaluate(
        "e => getComputedStyle(e).textDecorationLine")
    assert "Disclosed by a correction note" in flood.inner_text()
    back = rows.filter(has_text="Back to the headline of v1")
    assert back.count() == 1 and MINISTER in back.inner_text()
    # The markup headline is shown as text and runs nothing.
    evil = rows.filter(has_text=EVIL)
    assert XSS_OLD.split(">")[0] in evil.locator(".hl-old").inner_text()
    assert "onerror=alert(12)" in evil.locator(".hl-new").inner_text()
    assert page.locator("img[src=x], script:not([src]), b").count() == 0
    tab.shot("headlines")

    # Filters (the script's enhancement).
    page.locator("#hl-reverts").check()
    visible = [rows.nth(i) for i in range(8) if rows.nth(i).is_visible()]
    assert len(visible) == 1 and "Back to the headline" in visible[0].inner_text()
    assert page.locator("#hl-shown").inner_text() == "1 of 8 shown"
    page.locator("#hl-reverts").uncheck()
    page.locator("#hl-substantive").check()
    assert page.locator("#hl-shown").inner_text() == "7 of 8 shown"  # one capitals-only edit
    page.locator("#hl-substantive").uncheck()
    page.locator("#hl-filter").fill("flood kills")
    assert page.locator("#hl-shown").inner_text() == "1 of 8 shown"
    page.locator("#hl-filter").fill("")

    # The diff link lands on the headline block of that step's diff page.
    flood.locator('a[href$="#headline"]').click()
    page.wait_for_url(f"**/stories/{FLOOD}/diff-1-2.html#headline")
    target = page.locator(":target")
    assert target.get_attribute("id") == "headline" and target.is_visible()
    assert target.locator("ins").inner_text() == "6"
    # And the header leads back.
    page.locator("header.site a.nav-headlines").click()
    page.wait_for_url("**/headlines.html")
    page.locator(f'a[href="stories/{EVIL}/index.html"]').click()
    page.wait_for_url(f"**/stories/{EVIL}/index.html")
    assert page.locator("h1").inner_text() == XSS_NEW


def test_headlines_page_on_a_phone(browser: Any, headline_server: str) -> None:
    for w in _open(browser, viewport={"width": 390, "height": 844}, color_scheme="dark"):
        page = w.page
        page.goto(headline_server + "headlines.html")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        first = page.locator("#headline-changes tbody tr").first
        assert first.locator(".hl-new").is_visible()
        w.shot("headlines-phone-dark")


def _dark_share(browser: Any, png: bytes) -> float:
    """The share of dark pixels in a PNG, counted by Chromium itself on a blank page."""
    import base64
    page = browser.new_page()
    try:
        return float(page.evaluate(
            """async (src) => {
                const img = new Image(); img.src = src; await img.decode();
                const c = document.createElement('canvas');
                c.width = img.width; c.height = img.height;
                const g = c.getContext('2d'); g.drawImage(img, 0, 0);
                const d = g.getImageData(0, 0, c.width, c.height).data;
                let dark = 0;
                for (let i = 0; i < d.length; i += 4) if (d[i] + d[i+1] + d[i+2] < 300) dark++;
                return dark / (d.length / 4);
            }""", "data:image/png;base64," + base64.b64encode(png).decode()))
    finally:
        page.close()


def test_charts_render_under_the_csp(browser: Any, tab: Watched, server: str) -> None:
    pytest.importorskip("pygal")
    page = tab.page
    for url, count in ((f"{server}stories/{AP_KEY}/index.html", 1), (f"{server}index.html", 2)):
        page.goto(url)
        svgs = page.locator("figure.chart svg")
        assert svgs.count() == count
        for i in range(count):
            svg = svgs.nth(i)
            assert svg.is_visible()
            box = svg.bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 100
            title = svg.locator("title").first.text_content() or ""
            assert title in ("Changes over time", "Edits over time",
                             "Silent and disclosed changes by outlet")
            # The page's stylesheet reached the SVG: its text is drawn in the page's font.
            assert svg.locator("text.title").evaluate(
                "e => getComputedStyle(e).fontWeight") == "600"
            png = svg.screenshot()
            # Not blank: axes, labels and bars or dots draw dark pixels on the white chart.
            assert 0.005 < _dark_share(browser, png) < 0.9
        tab.shot("charts-story" if count == 1 else "charts-index")
    # (The tab fixture asserts no console errors, hence no CSP violations, on these pages.)
