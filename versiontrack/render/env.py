"""The one jinja2 Environment versiontrack renders with, and the filters its templates share.

Autoescaping is on for every template except plain-text and Markdown ones (``.txt``, ``.text``,
``.md``), where HTML entities would corrupt the output; those templates must never be served as
HTML. ``|safe`` is not used on untrusted text anywhere: markup is built in templates from escaped
parts, and URLs only become links when they are http(s).
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup, escape

from versiontrack.times import parse_utc

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"

_PLAIN_SUFFIXES = (".txt", ".text", ".md")


def _autoescape(name: str | None) -> bool:
    # Templates loaded from strings (name None) are escaped too: safe by default.
    return not (name or "").endswith(_PLAIN_SUFFIXES)


def safe_url(url: object) -> str | None:
    """``url`` when it is an absolute http(s) URL without control characters, else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(ord(c) < 0x20 or ord(c) == 0x7F for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return parse_utc(value) if isinstance(value, str) else None


def when(value: Any) -> str:
    """An ISO 8601 time shown as ``2026-02-05 14:03 UTC``; other text is shown as it is."""
    dt = _parse_time(value)
    if dt is None:
        return str(value or "")
    return dt.strftime("%Y-%m-%d %H:%M UTC")


def atom_time(value: Any) -> str:
    """RFC 3339 time for Atom (UTC, ``Z``); the epoch when ``value`` is not a time."""
    dt = _parse_time(value) or datetime(1970, 1, 1, tzinfo=UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 version``, ``2 versions`` (``words`` for irregular plurals)."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(text: Any) -> str:
    """A lowercase ASCII token for ids and CSS classes (``note-removed`` -> ``note-removed``)."""
    return _SLUG_RE.sub("-", str(text).lower()).strip("-") or "x"


_OP_TAGS = {"insert": ("<ins>", "</ins>"), "delete": ("<del>", "</del>")}


def diff_html(segments: Any) -> Markup:
    """Word-diff runs (objects with ``.op`` and ``.text``) as markup: every text escaped, then
    wrapped in ``<ins>``/``<del>``; equal runs are escaped text only. The one place a diff
    becomes HTML, so templates do not need ``|safe``."""
    parts = []
    for s in segments:
        text = str(escape(s.text))
        tags = _OP_TAGS.get(s.op)
        parts.append(f"{tags[0]}{text}{tags[1]}" if tags else text)
    # Markup() here is safe: the string holds only escaped text and the two fixed tag pairs.
    return Markup("".join(parts))


FILTERS = {"diff_html": diff_html, "safe_url": safe_url, "when": when, "atom_time": atom_time,
           "plural": plural, "slug": slug}


@lru_cache(maxsize=1)
def get_env() -> jinja2.Environment:
    """The shared Environment (built once: templates are compiled once and cached)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(FILTERS)
    return env


def render(template_name: str, **ctx: Any) -> str:
    """Render ``template_name`` (a path under ``versiontrack/templates``) with ``ctx``."""
    return get_env().get_template(template_name).render(**ctx)


def templates_digest(*subdirs: str) -> str:
    """A hash of the template and static files under ``subdirs`` (for rebuild decisions)."""
    h = hashlib.sha256()
    roots = [TEMPLATES_DIR / s for s in subdirs] + [STATIC_DIR]
    for root in roots:
        if not root.exists():
            continue
        for p in sorted(root.rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts:
                h.update(str(p.relative_to(root.parent)).encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:16]


__all__ = [
    "atom_time",
    "diff_html",
    "get_env",
    "plural",
    "render",
    "safe_url",
    "slug",
    "templates_digest",
    "when",
]
