"""Bad input: each case is a one-line error with a documented exit code, archive unchanged."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import at, demo_pages, make_archive, run_cli

from versiontrack.archive import index as ix
from versiontrack.archive.store import Archive

KEY = "example.com_news_bridge"
URL = "https://example.com/news/bridge"
NO_TEXT_PAGE = (b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
                b"</nav></body></html>")


def state(path: Path) -> tuple[str, dict]:
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=path, capture_output=True,
                          text=True, check=True).stdout
    with Archive.open(path) as archive:
        return head, ix.dump(archive.db)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    f = tmp_path / name
    f.write_bytes(data)
    return f


def big_page(tmp_path: Path) -> Path:
    f = tmp_path / "big.html"
    with f.open("wb") as out:
        out.write(b"<html><body>")
        out.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: cheap to make
    return f


CASES = {
    "empty": lambda t: ([write(t, "empty.html", b"")], "empty"),
    "whitespace": lambda t: ([write(t, "blank.txt", b"  \n\n \t")], "empty"),
    "binary": lambda t: ([write(t, "img.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)],
                         "PNG"),
    "undecodable-text": lambda t: (
        [write(t, "bad.txt", b"\xc3\x28\xa0\xa1\xe2\x28\xa1\x80\x81\xfe\xff" * 500)], ""),
    "undecodable-html": lambda t: (
        [write(t, "bad.html", b"\xc3\x28\xa0\xa1\xe2\x28\xa1\x80\x81\xfe\xff" * 500)], ""),
    "no-article-text-new-story": lambda t: ([write(t, "nav.html", NO_TEXT_PAGE), "--story",
                                             "brand-new"], "no article text"),
    "50MB": lambda t: ([big_page(t)], "MB"),
    "missing-file": lambda t: ([t / "nope.html"], "no such file"),
    "directory": lambda t: ([t], "directory"),
    "story-dotdot": lambda t: ([demo_pages()[0].path, "--story", "../x"], "story key"),
    "story-absolute": lambda t: ([demo_pages()[0].path, "--story", "/etc"], "story key"),
    "text-without-url": lambda t: ([write(t, "t.txt", b"Head\n\nBody text here.\n")], "--url"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_ingest_input_changes_nothing(tmp_path, case):
    archive = make_archive(tmp_path)
    before = state(archive)
    args, needle = CASES[case](tmp_path)
    if "--url" not in args and case != "text-without-url":
        args = [*args, "--url", URL]
    r = run_cli("ingest", *args, "--archive", archive, "--fetched-at", at(50)) \
        if "--fetched-at" not in args else run_cli("ingest", *args, "--archive", archive)
    assert r.exit_code == 1, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), r.stderr
    assert needle in lines[0]
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert state(archive) == before


def test_no_text_page_of_a_known_story_is_kept_as_suspect(tmp_path):
    archive = make_archive(tmp_path)
    page = write(tmp_path, "nav.html", NO_TEXT_PAGE)
    r = run_cli("ingest", page, "--url", URL, "--archive", archive, "--fetched-at", at(50))
    assert r.exit_code == 0, r.stderr
    assert r.stdout.split() == ["suspect", KEY, "v4"]
    with Archive.open(archive) as a:
        assert a.raw(KEY, 4) == NO_TEXT_PAGE
        assert a.versions(KEY)[-1].suspect
        assert a.stories()[0].headline == "Council approves new bridge"
    r = run_cli("log", KEY, "--archive", archive)
    assert "SUSPECT" in r.stdout.splitlines()[-1]


def test_archive_path_problems(tmp_path):
    page = demo_pages()[0].path
    a_file = write(tmp_path, "archive.txt", b"not a dir")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "thesis.tex").write_text("mine")
    plain_git = tmp_path / "repo"
    plain_git.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=plain_git, check=True)
    for path, needle in ((a_file, "is a file"), (busy, "not empty"),
                         (plain_git, "did not create")):
        r = run_cli("ingest", page, "--url", URL, "--archive", path)
        assert r.exit_code == 1 and needle in r.stderr and len(r.stderr.splitlines()) == 1
        for cmd in (["stories"], ["verify"], ["log", "x"]):
            r = run_cli(*cmd, "--archive", path)
            assert r.exit_code == 1 and len(r.stderr.splitlines()) == 1
    assert a_file.read_bytes() == b"not a dir"
    assert sorted(p.name for p in busy.iterdir()) == ["thesis.tex"]
    assert not (plain_git / "stories").exists()


def test_usage_errors_exit_2(tmp_path):
    r = run_cli("ingest", "--archive", tmp_path / "a")
    assert r.exit_code == 2
    r = run_cli("ingest", "x.html", "--format", "pdf", "--archive", tmp_path / "a")
    assert r.exit_code == 2
    assert not (tmp_path / "a").exists()


# One rule for a malformed time in an option, whatever the command: it is a usage error (exit 2,
# click's "Invalid value for '--opt'"), checked before anything is fetched or archived.
BAD_TIMES = {
    "ingest --fetched-at": lambda a: ["ingest", demo_pages()[0].path, "--url", URL,
                                      "--fetched-at", "last tuesday", "--archive", a],
    "ingest --fetched-at 1969": lambda a: ["ingest", demo_pages()[0].path, "--url", URL,
                                           "--fetched-at", "1969-07-20", "--archive", a],
    "import wayback --from word": lambda a: ["import", "wayback", URL, "--from", "yesterday",
                                             "--archive-url", "http://127.0.0.1:9",
                                             "--archive", a],
    "import wayback --from month 13": lambda a: ["import", "wayback", URL, "--from", "2019-13-45",
                                                 "--archive-url", "http://127.0.0.1:9",
                                                 "--archive", a],
    "import wayback --to digits": lambda a: ["import", "wayback", URL, "--to", "20190230",
                                             "--archive-url", "http://127.0.0.1:9",
                                             "--archive", a],
    "snapshot --now": lambda a: ["snapshot", "--now", "yesterday", "--archive", a],
    "headlines --since": lambda a: ["headlines", "--since", "yesterday", "--archive", a],
}


@pytest.mark.parametrize("case", sorted(BAD_TIMES))
def test_a_malformed_time_option_is_a_usage_error(tmp_path, case):
    archive = make_archive(tmp_path)
    before = state(archive)
    r = run_cli(*BAD_TIMES[case](archive))
    assert r.exit_code == 2, (case, r.stdout, r.stderr)
    option = next(word for word in case.split() if word.startswith("--"))
    assert f"Invalid value for '{option}'" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert state(archive) == before


@pytest.mark.parametrize("given", ["notaurl", "example.com/news/bridge", "ftp://example.com/a",
                                   "mailto:desk@example.com", "https://", "file:///tmp/x.html"])
def test_ingest_url_must_be_http(tmp_path, given):
    archive = make_archive(tmp_path)
    before = state(archive)
    r = run_cli("ingest", demo_pages()[0].path, "--url", given, "--archive", archive,
                "--fetched-at", at(50))
    assert r.exit_code == 2, (r.stdout, r.stderr)
    errors = [line for line in r.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: Invalid value for '--url': not an http(s) URL: {given!r}"]
    assert r.stdout == "" and state(archive) == before


# The same rule for an option that names a web address: an http(s) URL with a host, else a usage
# error before anything is fetched, built or archived.
BAD_URLS = {
    "ingest --url": lambda a, o: ["ingest", demo_pages()[0].path, "--url", "notaurl",
                                  "--archive", a],
    "report --base-url": lambda a, o: ["report", "--base-url", "example.org/vt", "--out", o,
                                       "--archive", a],
    "import wayback --archive-url": lambda a, o: ["import", "wayback", URL, "--archive-url",
                                                  "notaurl", "--archive", a],
    "import wayback --cdx-url": lambda a, o: ["import", "wayback", URL, "--cdx-url",
                                              "ftp://127.0.0.1/cdx", "--archive", a],
    "import wayback --replay-url": lambda a, o: ["import", "wayback", URL, "--replay-url",
                                                 "https://", "--archive", a],
}


@pytest.mark.parametrize("case", sorted(BAD_URLS))
def test_a_malformed_url_option_is_a_usage_error(tmp_path, case):
    archive = make_archive(tmp_path)
    before = state(archive)
    out = tmp_path / "reports"
    r = run_cli(*BAD_URLS[case](archive, out))
    assert r.exit_code == 2, (case, r.stdout, r.stderr)
    option = case.split()[-1]
    assert f"Error: Invalid value for '{option}': not an http(s) URL: " in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert state(archive) == before and not out.exists()


def test_a_fetch_time_in_the_future_is_kept_with_a_warning(tmp_path):
    # A mistyped year (2062 for 2026) would renumber every later capture: say so, keep it.
    archive = tmp_path / "archive"
    page = demo_pages()[0]
    r = run_cli("ingest", page.path, "--url", page.url, "--fetched-at", "2062-02-05T14:02Z",
                "--archive", archive)
    assert r.exit_code == 0, r.stderr
    assert "warning: --fetched-at 2062-02-05T14:02:00+00:00 is in the future" in r.stderr
    r = run_cli("ingest", page.path, "--url", page.url, "--fetched-at", at(1),
                "--archive", archive)
    assert "in the future" not in r.stderr
