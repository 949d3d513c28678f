"""Hostile input (issue 18: 10, 11, 13, 14, 16) and output people read (issue 17: 6, 7, 10).

Deep JSON-LD, links to devices, FIFOs, terminal escapes in a real capture, characters XML
forbids in feeds, CJK pages in legacy encodings, --json aliases, tables that fit the terminal
and shell completion of story keys.
"""

from __future__ import annotations

import json
import os
import pty
import resource
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import article, at, make_archive, run_cli

from versiontrack.archive.store import Archive
from versiontrack.errors import ExtractionError
from versiontrack.extract.html import extract_html

BODY = "".join(f"<p>Paragraph {i}: the harbour board met on Monday and chose a new ferry "
               f"timetable after a long and lively public meeting.</p>" for i in range(3))


def page(headline: str, extra_head: str = "", canonical: str = "") -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (f"<html><head>{link}{extra_head}</head><body><article><h1>{headline}</h1>{BODY}"
            "</article></body></html>").encode()


def deep_jsonld(levels: int) -> bytes:
    ld = '{"@type": "NewsArticle", "x": ' * levels + "1" + "}" * levels
    return page("Ferry timetable changes", f'<script type="application/ld+json">{ld}</script>')


def cli_process(*args: str, env: dict[str, str] | None = None, timeout: float = 60):
    """``python -m versiontrack ARGS`` as a real process, its memory capped at 1 GB so a
    runaway read fails fast instead of filling the machine."""
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run([sys.executable, "-m", "versiontrack", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, preexec_fn=cap,
                          env={**os.environ, **(env or {})}, check=False)


# --- 18.10: deep JSON-LD, and any failure of one file --------------------------------------


@pytest.mark.parametrize("shape", ["object", "array"])
def test_jsonld_nested_a_thousand_levels_extracts(shape):
    raw = deep_jsonld(1000) if shape == "object" else page(
        "Ferry timetable changes",
        '<script type="application/ld+json">' + "[" * 1000 + "]" * 1000 + "</script>")
    art = extract_html(raw, "https://example.com/news/ferry")
    assert art.headline == "Ferry timetable changes" and len(art.paragraphs) == 3


def test_jsonld_of_ordinary_depth_is_still_read():
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "x"},
        {"@type": "NewsArticle", "headline": "From JSON-LD", "datePublished": "2026-02-05",
         "author": {"@type": "Person", "name": "Ada Reporter"}}]})
    art = extract_html(page("Ferry", f'<script type="application/ld+json">{ld}</script>'))
    assert art.published == "2026-02-05" and art.byline == "Ada Reporter"


def test_ingest_batch_goes_on_past_a_deep_jsonld_page(tmp_path):
    good = tmp_path / "good.html"
    good.write_bytes(page("Ferry timetable changes", canonical="https://example.com/news/ferry"))
    deep = tmp_path / "deep.html"
    deep.write_bytes(deep_jsonld(1000))
    r = run_cli("ingest", good, deep, "--url", "https://example.com/news/deep",
                "--archive", tmp_path / "a", "--fetched-at", at(1))
    assert r.exit_code == 0, r.stderr
    with Archive.open(tmp_path / "a") as a:
        assert {s.key for s in a.stories()} == {"example.com_news_ferry"}
        assert len(a.versions("example.com_news_ferry")) == 1


def test_any_failure_of_one_file_is_that_files_problem(tmp_path, monkeypatch):
    """An extractor bug (here a RuntimeError on one page) is reported for that file only."""
    from versiontrack.extract import html

    real = html.extract_html

    def flaky(raw: bytes, url: str = "", **kw):
        if b"BOOM" in raw:
            raise RuntimeError("extractor bug")
        return real(raw, url, **kw)

    monkeypatch.setattr(html, "extract_html", flaky)
    files = []
    for name, head in (("a.html", "First ferry"), ("b.html", "BOOM"), ("c.html", "Third ferry")):
        f = tmp_path / name
        f.write_bytes(page(head, canonical=f"https://example.com/news/{name[0]}"))
        files.append(f)
    r = run_cli("ingest", *files, "--archive", tmp_path / "a", "--fetched-at", at(1))
    assert r.exit_code == 1
    (line,) = r.stderr.splitlines()
    assert line.startswith(f"Error: {files[1]}: ") and "RuntimeError: extractor bug" in line
    with Archive.open(tmp_path / "a") as a:
        assert {s.key for s in a.stories()} == {"example.com_news_a", "example.com_news_c"}


# --- 18.11: devices, FIFOs, the size cap -----------------------------------------------------


def test_links_to_devices_and_fifos_are_refused_and_the_batch_goes_on(tmp_path):
    zero = tmp_path / "zero.html"
    zero.symlink_to("/dev/zero")
    rand = tmp_path / "random.html"
    rand.symlink_to("/dev/urandom")
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    good = tmp_path / "good.html"
    good.write_bytes(page("Ferry timetable changes"))
    r = cli_process("ingest", zero, rand, fifo, good, "--url", "https://example.com/news/ferry",
                    "--archive", tmp_path / "a", "--fetched-at", at(1))
    assert r.returncode == 1, r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 3, r.stderr
    assert "character device" in lines[0] and "character device" in lines[1]
    assert "FIFO" in lines[2]
    assert r.stdout.split() == ["new", "example.com_news_ferry", "v1"]


def test_diff_refuses_a_fifo(tmp_path):
    fifo = tmp_path / "old.html"
    os.mkfifo(fifo)
    new = tmp_path / "new.html"
    new.write_bytes(page("Ferry timetable changes"))
    r = cli_process("diff", fifo, new, timeout=60)
    assert r.returncode == 1 and "FIFO" in r.stderr and len(r.stderr.splitlines()) == 1


def test_standard_input_is_still_read_and_capped(tmp_path):
    r = run_cli("ingest", "-", "--format", "text", "--url", "https://example.com/news/t",
                "--archive", tmp_path / "a", "--fetched-at", at(1),
                input=b"Ferry\n\nThe harbour board chose a new timetable on Monday.\n")
    assert r.exit_code == 0 and r.stdout.split()[0] == "new"
    r = run_cli("ingest", "-", "--format", "text", "--url", "https://example.com/news/t",
                "--archive", tmp_path / "a", input=b"x" * (11 * 2**20))
    assert r.exit_code == 1 and "over 10 MB" in r.stderr


# --- 18.13: terminal escapes in a real capture ----------------------------------------------

ESC_HEAD = "Ferry \x1b]52;c;aGVsbG8=\x1b\\ fares \x1b[2J rise"
KEY = "example.com_news_fares"


def esc_archive(tmp_path: Path) -> Path:
    """Two text captures whose headline and body carry real ESC bytes, ingested by the CLI."""
    body = ("\n\nThe harbour board said fares \x1b[31mwould rise\x1b[0m by {} percent from "
            "March, after a long public meeting on Monday.\n\nRiders may comment.\n")
    texts = [ESC_HEAD + body.format(5), ESC_HEAD + " again" + body.format(8)]
    archive = tmp_path / "a"
    for i, text in enumerate(texts):
        f = tmp_path / f"v{i}.txt"
        f.write_bytes(text.encode())
        r = run_cli("ingest", f, "--url", "https://example.com/news/fares", "--archive",
                    archive, "--fetched-at", at(i))
        assert r.exit_code == 0, r.stderr
    return archive


def test_no_escape_sequence_reaches_the_terminal(tmp_path):
    archive = esc_archive(tmp_path)
    views = [["stories"], ["log", KEY], ["show", KEY], ["show", KEY, "-v", "1"], ["audit", KEY],
             ["audit", "--all"], ["corrections", KEY], ["corrections", KEY, "--format",
             "markdown"], ["diff", KEY], ["diff", KEY, "--color", "always"],
             ["diff", KEY, "--format", "markdown"], ["diff", KEY, "--stat"], ["headlines"],
             ["headlines", KEY]]
    for args in views:
        r = run_cli(*args, "--archive", archive)
        assert r.exit_code in (0, 3), (args, r.stderr)
        shown = r.stdout + r.stderr
        # (diff --color has colour codes of its own; the page's are the ones around "would")
        assert "\x1b]" not in shown and "\x1b[2J" not in shown, args
        assert "\x1b[31mwould" not in shown and "\x1b[0m by" not in shown, args
    # The headline is still shown, its controls visible as escapes; colour of our own remains.
    assert "\\x1b]52;c;aGVsbG8=" in run_cli("show", KEY, "--archive", archive).stdout
    colored = run_cli("diff", KEY, "--color", "always", "--archive", archive).stdout
    assert "\x1b[32m" in colored and "\\x1b[31m" in colored


def test_json_keeps_the_archived_text_and_no_raw_control_character(tmp_path):
    archive = esc_archive(tmp_path)
    for args in (["stories", "--json"], ["show", KEY, "--json"], ["log", KEY, "--json"],
                 ["corrections", KEY, "--json"], ["diff", KEY, "--json"],
                 ["headlines", "--json"], ["audit", KEY, "--json"]):
        r = run_cli(*args, "--archive", archive)
        assert r.exit_code in (0, 3), (args, r.stderr)
        assert not any((ord(c) < 0x20 and c not in "\n") or 0x7F <= ord(c) < 0xA0
                       for c in r.stdout), args
        json.loads(r.stdout)
    (story,) = json.loads(run_cli("stories", "--json", "--archive", archive).stdout)
    assert story["headline"] == ESC_HEAD + " again"
    with Archive.open(archive) as a:  # the archive keeps the text as it was
        assert a.article(KEY, 1).headline == ESC_HEAD


def test_show_raw_on_a_terminal_escapes_and_piped_is_byte_exact(tmp_path):
    archive = esc_archive(tmp_path)
    piped = subprocess.run([sys.executable, "-m", "versiontrack", "show", KEY, "--raw", "-v",
                            "1", "--archive", str(archive)], capture_output=True, check=True)
    assert ESC_HEAD.encode() in piped.stdout
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "versiontrack", "show", KEY, "--raw",
                             "--archive", str(archive)], stdout=follower, stderr=follower)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        out += chunk
    assert proc.wait(timeout=60) == 0
    os.close(leader)
    assert b"\x1b" not in out and b"\\x1b]52" in out


def test_error_messages_do_not_carry_escapes(tmp_path):
    archive = esc_archive(tmp_path)
    r = run_cli("log", "nothing\x1b[2Jhere", "--archive", archive)
    assert r.exit_code == 1 and "\x1b" not in r.stderr and "\\x1b[2J" in r.stderr


# --- 18.14: feeds that parse -----------------------------------------------------------------


def test_every_feed_parses_with_forbidden_characters_in_headlines(tmp_path):
    key = "example.com_news_bad"
    heads = ["Plain start", "Bad \uffff headline \x1b[2J", "Worse \ufffe one \x07 here"]
    versions = [article(headline=h, url="https://example.com/news/bad",
                        paragraphs=(f"The council met on day {i} and voted on the plan.",
                                    "Opponents spoke."))
                for i, h in enumerate(heads)]
    archive = make_archive(tmp_path, {key: versions})
    out = tmp_path / "site"
    r = run_cli("report", "--out", out, "--archive", archive)
    assert r.exit_code == 0, r.stderr
    feeds = [out / "feed.atom", out / "headlines.atom", out / "stories" / key / "feed.atom"]
    titles = []
    for feed in feeds:
        root = ET.parse(feed).getroot()  # expat: raises on any character XML forbids
        titles += [t.text or "" for t in root.iter("{http://www.w3.org/2005/Atom}title")]
    assert any("Bad \ufffd headline \ufffd[2J" in t for t in titles)
    with Archive.open(archive) as a:
        assert a.article(key, 2).headline == heads[1]


# --- 18.16: CJK pages in legacy encodings ----------------------------------------------------

JA = ["港の小さな渡し船は、来月から朝六時に出ることになった。",
      "船長によると、早く仕事に行く人たちから始発を早めてほしいという声が多かったという。",
      "新しい時刻は平日だけで、土曜と日曜はこれまで通り七時に出る。",
      "市は夏までに、ほかの二つの航路でも同じ試みを始める予定だ。"]
ZH = ["这条渡轮航线从下个月起每天早上六点开出第一班船。",
      "船长说，许多早上上班的乘客一直希望首班船能提前。",
      "新的时刻表只在工作日实行，周末仍然七点开船。",
      "市政府计划在夏天之前把同样的做法推广到另外两条航线。"]


def cjk_page(enc: str, lang: str, title: str, paras: list[str], declare: bool) -> bytes:
    meta = f'<meta charset="{enc}">' if declare else ""
    html = (f'<html lang="{lang}"><head>{meta}<title>{title}</title></head><body><article>'
            f"<h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paras) +
            "</article></body></html>")
    return html.encode(enc)


@pytest.mark.parametrize("enc,lang,title,paras", [
    ("shift_jis", "ja", "渡し船が朝六時に", JA), ("euc-jp", "ja", "渡し船が朝六時に", JA),
    ("gb18030", "zh", "渡轮提前到六点", ZH), ("utf-8", "ja", "渡し船が朝六時に", JA)])
@pytest.mark.parametrize("declare", [True, False])
def test_cjk_pages_extract(enc, lang, title, paras, declare):
    art = extract_html(cjk_page(enc, lang, title, paras, declare), "https://example.jp/a/1")
    assert art.headline == title and art.paragraphs == tuple(paras)


def test_a_short_japanese_error_page_is_still_no_article():
    raw = cjk_page("utf-8", "ja", "エラー", ["ページが見つかりません。"], True)
    with pytest.raises(ExtractionError, match="no article text"):
        extract_html(raw, "https://example.jp/missing")


def test_ingest_a_shift_jis_page(tmp_path):
    f = tmp_path / "ja.html"
    f.write_bytes(cjk_page("shift_jis", "ja", "渡し船が朝六時に", JA, True))
    r = run_cli("ingest", f, "--url", "https://example.jp/news/ferry", "--archive",
                tmp_path / "a", "--fetched-at", at(1))
    assert r.exit_code == 0, r.stderr
    with Archive.open(tmp_path / "a") as a:
        assert a.article("example.jp_news_ferry", 1).paragraphs == tuple(JA)


# --- 17.6: --json wherever --format json exists ----------------------------------------------


def test_json_flag_on_diff_and_corrections(tmp_path):
    archive = make_archive(tmp_path)
    key = "example.com_news_bridge"
    for cmd in (["diff", key], ["corrections", key]):
        flag = run_cli(*cmd, "--json", "--archive", archive)
        fmt = run_cli(*cmd, "--format", "json", "--archive", archive)
        assert flag.exit_code == 0 and flag.stdout == fmt.stdout
        json.loads(flag.stdout)
        clash = run_cli(*cmd, "--json", "--format", "markdown", "--archive", archive)
        assert clash.exit_code == 2 and "--json" in clash.stderr
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("Ferry\n\nFares rise 5 percent.\n")
    new.write_text("Ferry\n\nFares rise 8 percent.\n")
    r = run_cli("diff", old.resolve(), new.resolve(), "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["summary"]


# --- 17.7: tables fit the terminal -----------------------------------------------------------

LONG_KEY = ("www.example-news-outlet.com_2026_02_05_politics_a-very-long-slug-about-the-harbour-"
            "board-vote-on-the-new-ferry-timetable")


def wide_archive(tmp_path: Path) -> Path:
    long = article(headline="渡し船 Harbour board approves the long-awaited ferry timetable after "
                            "months of heated debate among riders and officials",
                   url="https://example.com/x")
    return make_archive(tmp_path, {LONG_KEY: [long, article(headline=long.headline + " again",
                                                            url="https://example.com/x")],
                                   "example.org_short": [article()]})


@pytest.mark.parametrize("columns", [80, 50])
def test_tables_fit_columns_and_mark_cuts(tmp_path, columns):
    from versiontrack.cli.common import text_width

    archive = wide_archive(tmp_path)
    env = {"COLUMNS": str(columns)}
    for args in (["stories"], ["log", LONG_KEY], ["audit", "--all"]):
        r = run_cli(*args, "--archive", archive, env=env)
        assert r.exit_code == 0, r.stderr
        table = [ln for ln in r.stdout.splitlines() if ln and not ln.endswith(("version(s)",
                                                                                 "changes."))]
        assert table and all(text_width(ln) <= columns for ln in table), (args, r.stdout)
        assert "\u2026" in r.stdout, args
    listed = json.loads(run_cli("stories", "--json", "--archive", archive, env=env).stdout)
    assert LONG_KEY in {s["key"] for s in listed}  # whole in --json


def test_piped_tables_keep_whole_values(tmp_path):
    # Every table, `log`'s headlines and `audit --all`'s keys too: a script piping the table
    # into grep or awk gets keys it can pass back to versiontrack.
    archive = wide_archive(tmp_path)
    long_headline = ("渡し船 Harbour board approves the long-awaited ferry timetable after months of "
                     "heated debate among riders and officials again")
    for args, whole in ((["stories"], LONG_KEY), (["log", LONG_KEY], long_headline),
                        (["audit", "--all"], LONG_KEY)):
        r = run_cli(*args, "--archive", archive, env={"COLUMNS": ""})
        assert r.exit_code == 0, r.stderr
        assert whole in r.stdout and "\u2026" not in r.stdout, (args, r.stdout)


# --- 17.10: shell completion of story keys --------------------------------------------------


def complete(words: str, env: dict[str, str] | None = None) -> list[str]:
    """What bash completion offers for the last word of ``words`` (a real process)."""
    parts = words.split(" ")
    r = cli_process(env={"_VERSIONTRACK_COMPLETE": "bash_complete", "COMP_WORDS": words,
                         "COMP_CWORD": str(len(parts) - 1), **(env or {})})
    assert r.returncode == 0, r.stderr
    return [ln.split(",", 1)[1] for ln in r.stdout.splitlines() if ln.startswith("plain,")]


def test_story_keys_complete_from_the_index(tmp_path):
    archive = make_archive(tmp_path)
    env = {"VERSIONTRACK_ARCHIVE": str(archive)}
    assert complete("versiontrack log example.", env) == ["example.com_news_bridge",
                                                          "example.org_storm"]
    assert complete(f"versiontrack audit --archive {archive} example.o") == ["example.org_storm"]
    assert complete("versiontrack show storm", env) == ["example.org_storm"]  # a part of a key
    assert complete("versiontrack merge example.com_news_bridge example.org", env) == [
        "example.org_storm"]
    assert complete("versiontrack report --policy s", env) == ["strict", "same-day-grace"]
    assert "wapo" in complete("versiontrack corrections --style ", env)


def test_completion_on_a_missing_archive_offers_nothing_and_creates_nothing(tmp_path):
    missing = tmp_path / "none"
    assert complete(f"versiontrack log --archive {missing} ex") == []
    assert not missing.exists()


def test_completion_function_directly(tmp_path):
    import click

    from versiontrack.cli import main
    from versiontrack.cli.common import complete_story

    archive = make_archive(tmp_path)
    ctx = click.Context(main, info_name="versiontrack")
    ctx.params["archive_path"] = archive
    arg = click.Argument(["story"])
    assert [c.value for c in complete_story(ctx, arg, "example.com")] == [
        "example.com_news_bridge"]
    assert complete_story(ctx, arg, "zzz") == []
