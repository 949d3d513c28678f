"""The HTML pages inside a WARC (ISO 28500) or WACZ file, read as a stream.

:func:`iter_warc_pages` yields one :class:`~versiontrack.models.Snapshot` per HTTP response
record of an HTML page (``WARC-Target-URI`` as its URL, ``WARC-Date`` as its fetch time, the
HTTP status and headers kept) and one :class:`~versiontrack.models.Skipped` per record it
cannot use, with the reason. Records are read one at a time with warcio's ``ArchiveIterator``,
so memory stays bounded by one page however large the file is. A revisit record is resolved to
the response it points to (by payload digest) by reading that record again from its offset:
only the digest -> offset map is kept, never the pages. A file that breaks part way (a bad gzip
member, a wrong Content-Length) ends with one Skipped that says where, after every page
before the break.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from versiontrack.errors import InputError
from versiontrack.extract.html import MAX_PAGE_BYTES
from versiontrack.models import Skipped, Snapshot
from versiontrack.times import iso, parse_utc

HTML_TYPES = ("text/html", "application/xhtml+xml")

Opener = Callable[[], IO[bytes]]


def iter_warc_pages(stream: IO[bytes], reopen: Opener | None = None, *, name: str = "",
                    max_bytes: int = MAX_PAGE_BYTES) -> Iterator[Snapshot | Skipped]:
    """Each HTML response in the WARC ``stream`` (plain or gzipped), or why a record was skipped.

    ``reopen`` opens the same file again (seekable) to resolve revisit records; without it a
    revisit is skipped. Records that are not responses or revisits (warcinfo, request,
    metadata ...) are passed over silently.
    """
    digests: dict[str, int] = {}  # payload digest -> offset of an HTML response with it
    prefix = f"{name}: " if name else ""
    n = 0
    # check_digests=True collects digest problems on each record (warcio's "log" policy)
    # instead of raising: one corrupt record is skipped with its reason, the rest still read.
    it = _QuietIterator(stream, check_digests=True)
    # A record whose Content-Length is wrong is only found out when the next one is looked
    # for (warcio counts it in err_count), so each result waits one record before it is given.
    held: Snapshot | Skipped | None = None
    held_where = ""
    errors = 0
    try:
        for record in it:
            if held is not None:
                yield _checked(held, held_where, it.err_count > errors)
                held, errors = None, it.err_count
            n += 1
            if record.rec_type not in ("response", "revisit"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            when = parse_utc(record.rec_headers.get_header("WARC-Date") or "")
            if not url:
                page: Snapshot | Skipped = Skipped("missing WARC-Target-URI")
            elif when is None:
                page = Skipped("missing or bad WARC-Date", detail=url)
            elif record.rec_type == "revisit":
                page = _revisit(record, url, iso(when), digests, reopen, max_bytes)
            else:
                page = _response(record, url, iso(when), max_bytes)
            # warcio knows a record's offset only once its content has been read.
            offset = it.get_record_offset()
            held_where = f"{prefix}record {n} at offset {offset}"
            if isinstance(page, Skipped):
                page = replace(page, where=held_where)
            elif record.rec_type == "response":
                digest = record.rec_headers.get_header("WARC-Payload-Digest")
                if digest:
                    digests.setdefault(digest, offset)
            held = page
    except Exception as exc:  # noqa: BLE001 - warcio and zlib raise many kinds on broken files
        if held is not None:  # it ended cleanly: the break is in what follows it
            yield _checked(held, held_where, it.err_count > errors)
            held = None
        detail = f"{type(exc).__name__}: {str(exc).strip()[:200]}"
        if isinstance(exc, (AttributeError, TypeError, KeyError)):
            # warcio trips over a record whose required headers are missing.
            detail = f"a record's WARC headers are incomplete ({detail})"
        yield Skipped("broken WARC: rest of the file not read", f"{prefix}after record {n}",
                      detail)
    if held is not None:
        yield _checked(held, held_where, it.err_count > errors)


def _checked(page: Snapshot | Skipped, where: str, broken: bool) -> Snapshot | Skipped:
    if broken and isinstance(page, Snapshot):
        return Skipped("wrong Content-Length (record not followed by a record boundary)",
                       where, page.url)
    return page


class _QuietIterator(ArchiveIterator):  # type: ignore[misc]
    # warcio writes its "record not followed by newline" warning to stderr itself; we
    # report that record as skipped instead, through the caller's summary.
    INC_RECORD = ""


def _response(record: Any, url: str, when: str, max_bytes: int) -> Snapshot | Skipped:
    http = record.http_headers
    if http is None:
        return Skipped("no HTTP headers", detail=url, problem=False)
    try:
        status = int(http.get_statuscode() or 0)
    except ValueError:
        status = 0
    if not 200 <= status < 300:
        return Skipped(f"HTTP {status}" if status else "no HTTP status", detail=url,
                       problem=not status)
    ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype not in HTML_TYPES:
        return Skipped("not HTML", detail=f"{url} ({ctype or 'no Content-Type'})",
                       problem=False)
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return Skipped(f"page over {max_bytes // 2**20} MB", detail=url)
    if getattr(record.raw_stream, "limit", 0) > 0:
        # Fewer bytes than Content-Length said: the file ends (or its gzip breaks) inside it.
        return Skipped("truncated record", detail=url)
    checker = getattr(record, "digest_checker", None)
    if checker is not None and checker.passed is False:
        return Skipped("digest mismatch (corrupt record)", detail=url)
    if not body.strip():
        return Skipped("empty page", detail=url)
    return Snapshot(url=url, body=body, fetched_at=when, status=status,
                    headers=tuple(http.headers))


def _revisit(record: Any, url: str, when: str, digests: dict[str, int], reopen: Opener | None,
             max_bytes: int) -> Snapshot | Skipped:
    digest = record.rec_headers.get_header("WARC-Payload-Digest") or ""
    offset = digests.get(digest)
    if offset is None:
        return Skipped("revisit of a page not in this file", detail=url, problem=False)
    if reopen is None:
        return Skipped("revisit cannot be resolved in a stream", detail=url)
    with reopen() as again:
        again.seek(offset)
        original = next(iter(ArchiveIterator(again)))
        page = _response(original, url, when, max_bytes)
    if isinstance(page, Snapshot) and record.http_headers is not None:
        # A revisit carries its own response headers (date, cache ...): keep those.
        page = Snapshot(url=page.url, body=page.body, fetched_at=page.fetched_at,
                        status=page.status, headers=tuple(record.http_headers.headers))
    return page


@contextmanager
def _file(path: Path) -> Iterator[IO[bytes]]:
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is done
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    with f:
        yield f


def read_archive_file(path: Path, kind: str) -> Iterator[Snapshot | Skipped]:
    """The pages of the WARC or WACZ (``kind``) file at ``path``, as :func:`iter_warc_pages`.

    A WACZ is a zip: every ``archive/*.warc[.gz]`` inside it is read in name order. Raises
    InputError when the file cannot be opened or a WACZ is not a zip.
    """
    name = str(path)
    if kind == "warc":
        with _file(path) as f:
            # The revisit reader closes what it opens (``with reopen() as again``).
            yield from iter_warc_pages(f, lambda: open(path, "rb"), name=name)  # noqa: SIM115
        return
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"{path}: not a WACZ file (not a readable zip: {exc})") from None
    with zf:
        parts = sorted(n for n in zf.namelist()
                       if n.startswith("archive/") and n.endswith((".warc", ".warc.gz")))
        if not parts:
            raise InputError(f"{path}: WACZ file has no archive/*.warc[.gz] inside")
        for part in parts:
            with zf.open(part) as f:
                yield from iter_warc_pages(f, lambda p=part: zf.open(p),  # type: ignore[misc]
                                           name=f"{name}!{part}")
