"""WARC and WACZ files in: ``versiontrack ingest FILE.warc.gz`` and friends (issue 12.1)."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pytest
from warckit import page, paragraphs, write_warc

from versiontrack.archive.store import Archive
from versiontrack.extract.reader import archive_format

URL = "https://news.example/harbour/ferry-plan"
KEY = "news.example_harbour_ferry-plan"


def _records() -> list[dict]:
    first = {"url": URL, "date": "2021-05-01T08:00:00Z",
             "body": page("Ferry plan approved", paragraphs(1), URL)}
    return [
        first,
        {"url": "https://news.example/logo.png", "date": "2021-05-01T08:00:01Z",
         "body": b"\x89PNG\r\n", "ctype": "image/png"},
        {"url": "https://news.example/gone", "date": "2021-05-01T08:00:02Z",
         "body": b"<html><body>gone</body></html>", "status": 404},
        {"type": "revisit", "url": URL, "date": "2021-05-02T08:00:00Z", "refers_to": first},
        {"url": URL, "date": "2021-05-03T08:00:00Z",
         "body": page("Ferry plan approved after long debate", paragraphs(2), URL)},
    ]


def test_warc_detected_by_name_and_by_bytes(tmp_path):
    path = write_warc(tmp_path / "x.bin", _records())
    assert archive_format(path.read_bytes()[:512], "x.bin") == "warc"
    plain = write_warc(tmp_path / "y.bin", _records(), gz=False)
    assert archive_format(plain.read_bytes()[:512]) == "warc"
    assert archive_format(b"<html><body>x</body></html>", "page.html") is None
    assert archive_format(gzip.compress(b"hello"), "notes.gz") is None


def test_ingest_warc_archives_each_html_response(tmp_path, run_cli):
    warc = write_warc(tmp_path / "crawl.warc.gz", _records())
    arch = tmp_path / "archive"
    res = run_cli("ingest", warc, "--archive", arch)
    assert res.exit_code == 0, res.output
    assert "5 records: 2 new" in res.stdout
    assert "not HTML 1" in res.stdout and "HTTP 404 1" in res.stdout
    with Archive.open(arch) as a:
        versions = a.versions(KEY)
        assert [v.fetched_at for v in versions] == ["2021-05-01T08:00:00+00:00",
                                                    "2021-05-03T08:00:00+00:00"]
        # The revisit is the same page again: recorded as seen, not a version.
        assert a.seen(KEY) == [(1, "2021-05-02T08:00:00+00:00")]
        meta = a.meta(KEY, 1)
        assert meta["http_status"] == 200
        assert ["Content-Type", "text/html; charset=utf-8"] in meta["http_headers"]
        assert b"Ferry plan approved" in a.raw(KEY, 1)
        assert a.verify() == []


def test_ingest_warc_twice_changes_nothing(tmp_path, run_cli):
    warc = write_warc(tmp_path / "crawl.warc", _records(), gz=False)
    arch = tmp_path / "archive"
    assert run_cli("ingest", warc, "--archive", arch).exit_code == 0
    res = run_cli("ingest", warc, "--archive", arch, "--json")
    assert res.exit_code == 0
    [summary] = json.loads(res.stdout)
    assert summary["new"] == 0 and summary["unchanged"] == 3
    with Archive.open(arch) as a:
        assert len(a.versions(KEY)) == 2 and len(a.seen(KEY)) == 1


def test_ingest_wacz(tmp_path, run_cli):
    warc = write_warc(tmp_path / "data.warc.gz", _records())
    wacz = tmp_path / "crawl.wacz"
    with zipfile.ZipFile(wacz, "w") as z:
        z.write(warc, "archive/data.warc.gz")
        z.writestr("datapackage.json", "{}")
    arch = tmp_path / "archive"
    res = run_cli("ingest", wacz, "--archive", arch)
    assert res.exit_code == 0, res.output
    with Archive.open(arch) as a:
        assert len(a.versions(KEY)) == 2
        assert a.seen(KEY) == [(1, "2021-05-02T08:00:00+00:00")]


def test_wayback_capture_in_a_warc_folds_to_the_original(tmp_path, run_cli):
    wb = "https://web.archive.org/web/20190304050607/" + URL
    warc = write_warc(tmp_path / "wb.warc.gz", [
        {"url": wb, "date": "2024-01-01T00:00:00Z",
         "body": page("Ferry plan approved", paragraphs(1), wb)}])
    arch = tmp_path / "archive"
    assert run_cli("ingest", warc, "--archive", arch).exit_code == 0
    with Archive.open(arch) as a:
        [v] = a.versions(KEY)
        assert v.fetched_at == "2019-03-04T05:06:07+00:00"


def _valid_then(tmp_path: Path, tail: bytes, gz: bool = True) -> Path:
    warc = write_warc(tmp_path / "ok.warc", _records()[:1], gz=gz)
    bad = tmp_path / ("bad.warc.gz" if gz else "bad.warc")
    bad.write_bytes(warc.read_bytes() + tail)
    return bad


@pytest.mark.parametrize("case", ["truncated-gzip", "bad-gzip-member", "wrong-length",
                                  "missing-uri"])
def test_broken_warc_keeps_what_came_before_and_exits_1(tmp_path, run_cli, case):
    good = write_warc(tmp_path / "good.warc.gz", _records()[4:])
    if case == "truncated-gzip":
        whole = write_warc(tmp_path / "whole.warc.gz", _records()).read_bytes()
        bad = tmp_path / "bad.warc.gz"
        bad.write_bytes(whole[: len(whole) - 200])
    elif case == "bad-gzip-member":
        bad = _valid_then(tmp_path, b"\x1f\x8b\x08\x00garbage-that-is-not-deflate" * 3)
    elif case == "wrong-length":
        body = b"<html><body><p>" + b"short words here " * 30 + b"</p></body></html>"
        rec = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/x\r\n"
               b"WARC-Date: 2021-05-04T00:00:00Z\r\nContent-Type: application/http; "
               b"msgtype=response\r\nContent-Length: 120\r\n\r\nHTTP/1.1 200 OK\r\n"
               b"Content-Type: text/html\r\n\r\n" + body + b"\r\n\r\n")
        # Content-Length says 120 bytes: the reader lands inside the page, not on a record.
        bad = _valid_then(tmp_path, rec + rec, gz=False)
    else:
        rec = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2021-05-04T00:00:00Z\r\n"
               b"Content-Type: application/http; msgtype=response\r\nContent-Length: 45\r\n\r\n"
               b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n\r\n\r\n")
        bad = _valid_then(tmp_path, rec, gz=False)
    arch = tmp_path / "archive"
    assert run_cli("ingest", good, "--archive", arch).exit_code == 0
    res = run_cli("ingest", bad, "--archive", arch)
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.output
    expected = {"missing-uri": "WARC headers are incomplete",
                "truncated-gzip": "truncated record",
                "wrong-length": "wrong Content-Length"}.get(case, "broken WARC")
    assert expected in res.stderr
    with Archive.open(arch) as a:
        # The good record before the break is archived; what was there is untouched.
        assert len(a.versions(KEY)) == 2
        assert a.verify() == []


def test_warc_with_pages_on_the_same_command_line(tmp_path, run_cli):
    warc = write_warc(tmp_path / "crawl.warc.gz", _records())
    html = tmp_path / "other.html"
    html.write_bytes(page("Bridge reopens", paragraphs(7), "https://news.example/bridge"))
    arch = tmp_path / "archive"
    res = run_cli("ingest", html, warc, "--archive", arch, "--json",
                  "--fetched-at", "2021-06-01T00:00:00Z")
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert {o.get("story") for o in out} >= {"news.example_bridge"}
    assert any(o.get("source", "").endswith("crawl.warc.gz") and o["new"] == 2 for o in out)


def test_saved_wayback_page_takes_the_original_url_and_capture_time(tmp_path, run_cli):
    wb = "https://web.archive.org/web/20180911121314/" + URL
    saved = tmp_path / "saved.html"
    saved.write_bytes(page("Ferry plan approved", paragraphs(1), wb))
    arch = tmp_path / "archive"
    res = run_cli("ingest", saved, "--archive", arch)
    assert res.exit_code == 0, res.output
    assert KEY in res.stdout
    with Archive.open(arch) as a:
        assert a.versions(KEY)[0].fetched_at == "2018-09-11T12:13:14+00:00"


# ------------------------------------------------------------------------------ WARC out


def test_export_warc_roundtrip_is_valid(tmp_path, run_cli):
    import subprocess
    import sys

    warc = write_warc(tmp_path / "crawl.warc.gz", _records())
    arch = tmp_path / "archive"
    assert run_cli("ingest", warc, "--archive", arch).exit_code == 0
    out = tmp_path / "out.warc.gz"
    res = run_cli("export", KEY, "--format", "warc", "--out", out, "--archive", arch)
    assert res.exit_code == 0, res.output
    assert "exported 2 capture(s)" in res.stdout
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", "-v", str(out)],
                           check=False, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    # Importing the export into a fresh archive gives the same versions at the same times.
    arch2 = tmp_path / "again"
    assert run_cli("ingest", out, "--archive", arch2).exit_code == 0
    with Archive.open(arch) as a, Archive.open(arch2) as b:
        assert [(v.fetched_at, v.raw_sha256) for v in a.versions(KEY)] == \
            [(v.fetched_at, v.raw_sha256) for v in b.versions(KEY)]
        assert b.meta(KEY, 1)["http_headers"] == a.meta(KEY, 1)["http_headers"] + [
            ["Content-Length", str(len(a.raw(KEY, 1)))]]


def test_export_warc_of_older_archive_without_headers(tmp_path, run_cli, make_archive):
    import subprocess
    import sys

    arch = make_archive(tmp_path)
    out = tmp_path / "all.warc"
    res = run_cli("export", "--all", "--format", "warc", "--out", out, "--archive", arch)
    assert res.exit_code == 0, res.output
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", str(out)],
                           check=False, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert out.read_bytes().count(b"WARC-Type: response") == 4
    assert b"WARC-Type: warcinfo" in out.read_bytes()


def test_a_file_of_noise_is_named_once_and_its_bytes_not_dumped(tmp_path, run_cli):
    import random

    noise = random.Random(1).randbytes(500)  # warcio quotes its "first line" in the error
    warc = tmp_path / "noise.warc.gz"
    warc.write_bytes(noise)
    wacz = tmp_path / "noise.wacz"
    wacz.write_bytes(b"PK\x03\x04" + noise)
    res = run_cli("ingest", warc, wacz, "--archive", tmp_path / "archive")
    assert res.exit_code == 1 and "Traceback" not in res.output
    # One record read (the break), worded in the singular; the detail fits one screen line.
    assert f"{warc}: 1 record: 0 new" in res.stdout and "; 0 stories" in res.stdout
    (skipped,) = [ln for ln in res.stderr.splitlines() if ln.startswith("skipped: ")]
    assert len(skipped) < len(f"skipped: {warc}: after record 0: ") + 220, skipped
    assert skipped.endswith("\u2026")
    # The WACZ's error names the file once.
    (error,) = [ln for ln in res.stderr.splitlines() if ln.startswith("Error: ")]
    assert error.startswith(f"Error: {wacz}: not a WACZ file") and error.count(str(wacz)) == 1
