"""Small WARC files for tests and the bench, written with warcio: responses, revisits, junk."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page(headline: str, paragraphs: Iterable[str], url: str = "") -> bytes:
    """A small article page in my own words' shape: h1 and paragraphs in an <article>."""
    link = f'<link rel="canonical" href="{url}">' if url else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{headline}</title>{link}</head><body>"
            f"<article><h1>{headline}</h1>{body}</article></body></html>").encode()


def paragraphs(n: int, k: int = 4) -> list[str]:
    """k distinct paragraphs for story variant n (own words)."""
    return [f"The harbour committee met for the {n}th time on item {i} and agreed to keep "
            f"the ferry timetable under review while the pier repairs continue." for i in range(k)]


def write_warc(path: Path, records: list[dict], gz: bool = True) -> Path:
    """Write ``records`` to ``path``. Each record is a dict: ``url``, ``date`` (WARC-Date),
    ``body`` (bytes), optional ``ctype``, ``status``, ``type`` ("response" | "revisit" |
    "resource"), ``refers_to`` (for a revisit: the response dict it repeats)."""
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        for rec in records:
            w.write_record(make_record(w, rec))
    return path


def make_record(w: WARCWriter, rec: dict):
    kind = rec.get("type", "response")
    http = StatusAndHeaders(f"{rec.get('status', 200)} OK",
                            [("Content-Type", rec.get("ctype", "text/html; charset=utf-8"))],
                            protocol="HTTP/1.1")
    headers = {"WARC-Date": rec["date"]}
    if kind == "revisit":
        orig = rec["refers_to"]
        record = w.create_revisit_record(rec["url"], digest=orig["digest"],
                                         refers_to_uri=orig["url"], refers_to_date=orig["date"],
                                         http_headers=http)
        record.rec_headers.replace_header("WARC-Date", rec["date"])
        return record
    record = w.create_warc_record(rec["url"], kind, payload=io.BytesIO(rec["body"]),
                                  http_headers=http if kind == "response" else None,
                                  warc_headers_dict=headers)
    rec["digest"] = record.rec_headers.get_header("WARC-Payload-Digest")
    return record
