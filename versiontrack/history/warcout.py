"""Raw captures out as a WARC file (ISO 28500), for replay tools and other archives.

Each version with a raw page becomes one ``response`` record: ``WARC-Target-URI`` its URL,
``WARC-Date`` its fetch time, the HTTP status and headers kept in its ``meta.json`` (a plain
``200`` with the page's type when none were kept: versions archived before headers were kept).
The body is the page as archived, already decoded, so ``Content-Encoding``,
``Transfer-Encoding`` and ``Content-Length`` are written for that body, not copied. Text-only
versions (no raw page) have nothing to replay and are counted, not written. A ``warcinfo``
record comes first.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from versiontrack._version import __version__

if TYPE_CHECKING:
    from versiontrack.archive.store import Archive

_DROP = frozenset({"content-encoding", "transfer-encoding", "content-length"})


def write_warc(archive: Archive, stories: Iterable[str], out: IO[bytes], *,
               gzip: bool = True, filename: str = "versiontrack.warc.gz") -> tuple[int, int]:
    """Write the raw captures of ``stories`` to ``out``; return (records written, versions
    skipped because they have no raw page)."""
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record(filename, {
        "software": f"versiontrack {__version__}",
        "format": "WARC File Format 1.1",
        "description": "raw captures exported from a versiontrack archive",
    }))
    written = skipped = 0
    for key in stories:
        for version, _article, raw in archive.history(key, raw=True):
            if not raw:
                skipped += 1
                continue
            meta = archive.meta(key, version.number)
            status = int(meta.get("http_status") or 200)
            pairs = [(k, v) for k, v in (meta.get("http_headers") or [])
                     if k.lower() not in _DROP]
            if not any(k.lower() == "content-type" for k, _ in pairs):
                kind = "text/html" if meta.get("raw_file") == "raw.html" else "text/plain"
                pairs.append(("Content-Type", f"{kind}; charset=utf-8"))
            pairs.append(("Content-Length", str(len(raw))))
            http = StatusAndHeaders(f"{status} {_REASONS.get(status, 'OK')}", pairs,
                                    protocol="HTTP/1.1")
            url = meta.get("url") or version.url or meta.get("canonical_url") or ""
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(raw), length=len(raw), http_headers=http,
                warc_headers_dict={"WARC-Date": _warc_date(version.fetched_at)})
            writer.write_record(record)
            written += 1
    return written, skipped


_REASONS = {200: "OK", 203: "Non-Authoritative Information", 206: "Partial Content"}


def _warc_date(iso_time: str) -> str:
    """``2026-02-05T14:03:00+00:00`` -> ``2026-02-05T14:03:00Z`` (WARC-Date is UTC with Z)."""
    return iso_time.replace("+00:00", "Z")
