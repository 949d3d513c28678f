"""The one reader of page files: it decides what a file is (HTML or plain text, or a WARC or
WACZ web archive holding many pages) and reads it.

``ingest``, ``diff OLD NEW`` and snapshot passes all come through :func:`read_page`, and the
archive names a raw page (``raw.html`` or ``raw.txt``) with :func:`page_format`, so a file is
never HTML to one command and text to another.
"""

from __future__ import annotations

import re
import zlib
from pathlib import PurePath

from versiontrack.errors import InputError
from versiontrack.models import Article

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
FORMATS = ("html", "text")

# Markup near the top of a file: any one of them makes it a page.
_HTML_MARKS = (b"<html", b"<body", b"<!doctype")
WARC_SUFFIXES = (".warc", ".warc.gz")
WACZ_SUFFIX = ".wacz"


def archive_format(head: bytes, name: str = "") -> str | None:
    """``"warc"`` or ``"wacz"`` when a file is a web archive (many pages, read with
    :func:`versiontrack.extract.warc.iter_warc_pages`), else None: by the name's suffix, then by
    the first bytes ``head`` (``WARC/``, a gzip member holding ``WARC/``, a zip whose first
    entry is a WACZ part)."""
    lower = name.lower() if name and name != "-" else ""
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    if lower.endswith(WACZ_SUFFIX):
        return "wacz"
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(31).decompress(head, 8)
        except zlib.error:
            return None
        return "warc" if inner.startswith(b"WARC/") else None
    if head.startswith(b"PK\x03\x04") and len(head) > 30:
        size = int.from_bytes(head[26:28], "little")
        first = head[30:30 + size]
        if first.startswith((b"archive/", b"indexes/", b"pages/", b"datapackage")):
            return "wacz"
    return None


def page_format(data: bytes, name: str = "", declared: str | None = None) -> str:
    """``"html"`` or ``"text"``: ``declared`` when it names one, else the file name's suffix,
    else the bytes (a page starts with ``<`` or has ``<html``, ``<body`` or ``<!doctype`` in its
    first 4 kB)."""
    if declared in FORMATS:
        return declared
    suffix = PurePath(name).suffix.lower() if name and name != "-" else ""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") or any(mark in head for mark in _HTML_MARKS):
        return "html"
    return "text"


def read_page(data: bytes, name: str = "", format: str | None = None, *, url: str = "",
              content_type: str | None = None, stored_form: bool = False) -> Article:
    """The article in ``data``, read as :func:`page_format` decides.

    ``url`` is where the page came from (identity and relative links); ``content_type`` the
    HTTP header, for the charset. With ``stored_form``, text may also be in the archive's own
    form (headline, blank line, one paragraph per line) and must be UTF-8. Raises
    :class:`~versiontrack.errors.ExtractionError` (``NoArticleText`` for a page with nothing to
    read) or :class:`~versiontrack.errors.InputError`.
    """
    from versiontrack.extract.html import extract_html, extract_text

    if page_format(data, name, format) == "html":
        return extract_html(data, url, content_type=content_type)
    if not stored_form:
        return extract_text(data, url)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text (use --input-format html for web pages)") from None
    norm = text.replace("\r\n", "\n").strip("\ufeff\n ")
    _, _, body = norm.partition("\n")
    body = body.strip("\n")
    if body and "\n" in body and not re.search(r"\n[ \t]*\n", body):
        return Article.from_text(norm)
    return extract_text(text, url)


def empty_page(data: bytes, url: str, extractor: str = "none") -> Article:
    """A page with no usable text as an Article: no headline, no paragraphs, its canonical link
    kept. The archive decides what becomes of it (:func:`versiontrack.archive.plan.plan`)."""
    from versiontrack.identity import canonical_from_html, normalize_url

    try:
        found = canonical_from_html(data, url)
        canonical = normalize_url(found) if found else ""
    except ValueError:
        canonical = ""
    return Article(headline="", paragraphs=(), url=url, canonical_url=canonical,
                   extractor=extractor)
