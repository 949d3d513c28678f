"""Story identity: which URL names a story, and the safe archive key derived from it.

One story is often reachable under many URLs: ``http``/``https``, ``www.``/``m.``/``amp.``
hosts, AMP paths, tracking parameters, fragments, trailing slashes, Google's AMP cache. They
are folded together by :func:`normalize_url`; :func:`story_key` turns the result into a single,
readable, safe path component. Everything here is pure: no network, no file access.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from urllib.parse import (
    SplitResult,
    parse_qsl,
    quote,
    unquote,
    urlencode,
    urljoin,
    urlsplit,
    urlunsplit,
)

from versiontrack.errors import StoryKeyError

#: Host prefixes that name the same site: desktop, mobile and AMP editions.
HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")

#: Query parameters that only track where a reader came from (compared case-insensitively).
TRACKING_PARAMS = frozenset({
    # ad-click identifiers
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
    "igshid", "li_fat_id", "epik",
    # mail and marketing tools (Mailchimp, HubSpot, Marketo, Google Analytics linker)
    "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "_ga", "_gl", "oly_anon_id", "oly_enc_id",
    "vero_id", "sc_cid",
    # newsroom campaign and referral tags (NYT, MSN, CNN, WaPo, BBC, Le Monde, Yahoo ...)
    "cmpid", "cmp", "ocid", "smid", "smtyp", "taid", "partner", "ref", "ref_src", "ref_url",
    "referrer", "referer", "src", "source", "share", "sharetype", "xtor", "intcmp", "icid",
    "itid", "wt.mc_id", "s_cid", "ito", "guccounter", "guce_referrer", "guce_referrer_sig",
    "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "sr_share",
    "fromrss", "rss", "feature", "spm", "cid_source", "traffic_source",
})

#: Prefixes of tracking-parameter families (Google Analytics, Piwik/Matomo, Nielsen, HubSpot ads).
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "ns_", "hsa_", "itm_")

#: AMP markers in a query string: ``?amp``, ``?amp=1``, ``?outputType=amp``, ``?output=amp``.
_AMP_FLAGS = frozenset({"amp", "_amp", "amp_js_v", "usqp"})
_AMP_VALUED = frozenset({"outputtype", "output", "format", "view"})

_DEFAULT_PORTS = {"http": "80", "https": "443"}

#: The longest key :func:`story_key` makes and :func:`validate_key` accepts.
MAX_KEY_LENGTH = 120
_HASH_CHARS = 12

_KEY_RE = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")
_PCT_RE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)
_AMP_CACHE_SUFFIX = ".cdn.ampproject.org"


def normalize_url(url: str) -> str:
    """Fold the variants of one article's URL to a single form.

    ``http``/``https`` -> ``https``; host lowercased (IDN hosts in punycode) without
    :data:`HOST_PREFIXES` or a default port; credentials and the fragment dropped; AMP variants
    (``/amp/`` segment, trailing ``/amp``, ``.amp.html``, ``?amp``, ``?outputType=amp``, Google's
    AMP cache and ``google.com/amp/s/`` wrappers) unwrapped; dot segments resolved, duplicate and
    trailing slashes removed; percent escapes of unreserved characters decoded; tracking
    parameters (:data:`TRACKING_PARAMS`, :data:`TRACKING_PREFIXES`) dropped and the rest sorted.
    A URL without a scheme is read as ``https``. Non-web schemes are returned stripped, without
    their fragment. Idempotent: ``normalize_url(normalize_url(u)) == normalize_url(u)``.
    """
    url = url.strip()
    if not url:
        return ""
    archived = archived_original(url)
    if archived is not None:
        return normalize_url(archived[0])
    if url.startswith("//"):
        url = "https:" + url
    elif not re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", url):
        if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", url) and not re.match(r"[^:/]+:\d", url):
            return url.split("#", 1)[0].strip()  # mailto:, urn:, data: ... nothing to fold
        url = "https://" + url
    parts = _split(url)
    if parts is None:
        return url.split("#", 1)[0].strip()  # not a parseable URL: nothing to fold
    port = parts.port
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return urlunsplit((scheme, parts.netloc, parts.path, parts.query, "")).strip()

    host = _fold_host(parts.hostname or "")
    path, query = parts.path, parts.query

    unwrapped = _unwrap_amp_cache(host, path, query)
    if unwrapped is not None:
        return normalize_url(unwrapped)

    netloc = host
    if port is not None and str(port) not in _DEFAULT_PORTS.values():
        netloc = f"{host}:{port}"
    return urlunsplit(("https", netloc, _fold_path(path), _fold_query(query), ""))


# web.archive.org/web/<timestamp>[<flag>_]/<original>, as the Wayback Machine (and any
# pywb-style replay: Arquivo.pt, a local pywb) names a capture.
_ARCHIVED_RE = re.compile(
    r"(?:https?:)?//(?:web\.archive\.org|arquivo\.pt/wayback)/(?:web/)?"
    r"(\d{4,14})(?:[a-z]{2}_)?/+((?:https?:/+)?[^/].*)\Z", re.IGNORECASE)


def is_web_url(url: str) -> bool:
    """True for an absolute ``http``/``https`` URL with a host: an address a page is fetched
    from. (:func:`normalize_url` reads a scheme-less URL as https, for links inside pages; a
    URL a person types is held to the stricter rule, as the watchlist is.)"""
    try:
        parts = urlsplit(url.strip())
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        return False


def archived_original(url: str) -> tuple[str, str] | None:
    """``(original URL, capture time ISO 8601 UTC)`` for a web-archive capture URL such as
    ``https://web.archive.org/web/20190102030405id_/https://example.com/a``; None otherwise.
    A short timestamp is the start of its period (``2019`` is 2019-01-01T00:00:00)."""
    m = _ARCHIVED_RE.match(url.strip())
    if m is None:
        return None
    stamp, original = m.group(1), m.group(2)
    # Replay servers collapse "//" in the path: "https:/example.com" -> "https://example.com".
    original = re.sub(r"\A(https?):/+", r"\1://", original, flags=re.IGNORECASE)
    if "://" not in original:
        original = "http://" + original
    padded = (stamp + "0101000000"[len(stamp) - 4:]) if len(stamp) < 14 else stamp
    try:
        from datetime import UTC, datetime

        when = datetime.strptime(padded, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return original, when.isoformat()


def _split(url: str) -> SplitResult | None:
    """urlsplit, or None for an unparseable URL (bad IPv6 brackets, bad port)."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a garbage port
    except ValueError:
        return None
    return parts


def _fold_host(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    if host and not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            pass
    changed = True
    while changed:
        changed = False
        for prefix in HOST_PREFIXES:
            # Keep at least "name.tld": "m.com" is a site of its own, not a mobile edition.
            if host.startswith(prefix) and "." in host[len(prefix):]:
                host = host[len(prefix):]
                changed = True
    return host


def _unwrap_amp_cache(host: str, path: str, query: str) -> str | None:
    """The publisher's URL inside an AMP cache URL, or None if this is not one."""
    inner = None
    if host.endswith(_AMP_CACHE_SUFFIX):
        m = re.match(r"/[cvi]/(s/)?(.+)", path)
        if m:
            inner = ("https://" if m.group(1) else "http://") + m.group(2)
    elif re.fullmatch(r"google\.[a-z.]+", host):
        m = re.match(r"/amp/(s/)?(.+)", path)
        if m:
            inner = ("https://" if m.group(1) else "http://") + m.group(2)
    if inner is None:
        return None
    return inner + ("?" + query if query else "")


def _decode_unreserved(segment: str) -> str:
    def repl(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        return ch if ch in _UNRESERVED else "%" + m.group(1).upper()

    return _PCT_RE.sub(repl, segment)


def _fold_path(path: str) -> str:
    path = _decode_unreserved(path)
    # Characters a browser would escape anyway (spaces, non-ASCII) get one spelling.
    path = quote(path, safe="/%:@!$&'()*+,;=-._~")
    path = re.sub(r"/{2,}", "/", path)
    if path:
        trailing = path.endswith("/")
        path = posixpath.normpath(path)
        if path.startswith("//"):
            path = "/" + path.lstrip("/")
        if trailing and path != "/":
            path += "/"
    segments = path.split("/")
    # AMP editions: an "/amp/" segment anywhere, a trailing "/amp", or "story.amp.html".
    segments = [s for s in segments if s.lower() != "amp"]
    if segments:
        last = segments[-1]
        low = last.lower()
        for suffix, repl in ((".amp.html", ".html"), (".amp.htm", ".htm"), (".amp", "")):
            if low.endswith(suffix) and len(last) > len(suffix):
                segments[-1] = last[: -len(suffix)] + repl
                break
    path = "/".join(segments)
    path = path.rstrip("/")
    return path or "/"


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


def _fold_query(query: str) -> str:
    if not query:
        return ""
    kept = []
    for name, value in parse_qsl(query, keep_blank_values=True):
        low = name.lower()
        if _is_tracking(name) or low in _AMP_FLAGS:
            continue
        if low in _AMP_VALUED and value.lower() == "amp":
            continue
        kept.append((name, value))
    kept.sort()
    return urlencode(kept, quote_via=quote)


def canonical_from_html(raw: bytes | str, base_url: str = "") -> str | None:
    """The page's own canonical URL: ``<link rel=canonical>``, else ``og:url``.

    Relative values are resolved against ``base_url``. Empty, non-web (``javascript:``,
    ``data:`` ...) and garbage values are ignored, as is a canonical that points at the site's
    home page while the page itself is not the home page (a common CMS template bug that would
    merge every story of a site into one). Returns None when the page names no usable URL.
    """
    head = _head_of(raw)
    if not head:
        return None
    import lxml.html  # lazy: keep ``import versiontrack.identity`` cheap

    try:
        root = lxml.html.document_fromstring(head)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None
    candidates: list[str] = []
    for link in root.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "canonical" in rels:
            candidates.append(link.get("href") or "")
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key == "og:url":
            candidates.append(meta.get("content") or "")
    for value in candidates:
        resolved = _usable_url(value, base_url)
        if resolved:
            return resolved
    return None


def _head_of(raw: bytes | str) -> str:
    """The text up to the end of ``<head>`` (or the first 256 KiB), decoded leniently."""
    if isinstance(raw, bytes):
        cut = raw[: 256 * 1024]
        end = cut.lower().find(b"</head>")
        if end >= 0:
            cut = cut[: end + 7]
        if cut.startswith((b"\xff\xfe", b"\xfe\xff")):
            return cut.decode("utf-16", errors="replace")
        return cut.replace(b"\x00", b"").decode("utf-8", errors="replace")
    cut_s = raw[: 256 * 1024]
    end = cut_s.lower().find("</head>")
    return cut_s[: end + 7] if end >= 0 else cut_s


def _usable_url(value: str, base_url: str) -> str | None:
    value = "".join(value.split())  # CMSes leave newlines and spaces inside attribute values
    if not value or value.lower() in ("null", "undefined", "none", "#", "/#"):
        return None
    if re.match(r"(javascript|data|about|mailto|tel|file|blob):", value, re.IGNORECASE):
        return None
    try:
        resolved = urljoin(base_url, value) if base_url else value
    except ValueError:
        return None
    if resolved.startswith("//"):
        resolved = "https:" + resolved
    parts = _split(resolved)
    if parts is None:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if "." not in parts.hostname and parts.hostname != "localhost":
        return None
    if parts.path.strip("/") == "" and not parts.query:
        base = _split(base_url) if base_url else None
        base_path = base.path.strip("/") if base else "x"
        if base_path:
            return None
    return resolved


def story_key(url: str) -> str:
    """A readable, safe, single path component naming the story at ``url``.

    Built from :func:`normalize_url` without the scheme, e.g.
    ``apnews.com_article_us-russia-military-dialogue-1a2b3c``. Only ``[a-z0-9._-]``; no leading
    dot, no ``..``; at most :data:`MAX_KEY_LENGTH` characters. When the readable form lost
    information (upper case, a query string, characters outside the alphabet) or had to be cut,
    a 12-hex-digit sha256 suffix of the full normalised URL keeps keys apart.
    Raises StoryKeyError for an empty or hostless URL.
    """
    norm = normalize_url(url)
    parts = _split(norm) if norm else None
    if parts is None or not parts.netloc or not parts.hostname:
        shown = url.strip()[:80] or "an empty URL"
        raise StoryKeyError(f"cannot derive a story key from {shown!r}; give a URL or --story KEY")
    body = parts.netloc + (parts.path if parts.path != "/" else "")
    if parts.query:
        body += "?" + parts.query
    # Lossless when "/" is the only character to replace: "_" then stands for "/" alone.
    lossless = re.fullmatch(r"[a-z0-9./-]*", body) is not None and ".." not in body
    readable = unquote(body).replace("/", "_").lower()
    readable = re.sub(r"[^a-z0-9._-]+", "-", readable)
    readable = re.sub(r"\.{2,}", ".", readable)
    readable = re.sub(r"-{2,}", "-", readable) if not lossless else readable
    readable = readable.lstrip(".-_") or "story"
    if lossless and len(readable) <= MAX_KEY_LENGTH and readable.split(".")[0] not in (
        _WINDOWS_RESERVED
    ):
        return readable
    digest = hashlib.sha256(norm.encode("utf-8")).hexdigest()[:_HASH_CHARS]
    room = MAX_KEY_LENGTH - _HASH_CHARS - 1
    readable = readable[:room].rstrip(".-_")
    return f"{readable}-{digest}" if readable else digest


def validate_key(key: str) -> str:
    """Check a user-given ``--story KEY`` and return it; raise StoryKeyError if it is unsafe.

    A key is one path component of lowercase letters, digits, ``.``, ``_`` and ``-``; it starts
    with a letter or digit, holds no ``..``, and is at most :data:`MAX_KEY_LENGTH` characters.
    Every key :func:`story_key` makes passes.
    """
    if not isinstance(key, str) or not key.strip():
        raise StoryKeyError("story key is empty")
    shown = repr(key[:60] + ("..." if len(key) > 60 else ""))
    if any(ord(c) < 32 or ord(c) == 127 for c in key):
        raise StoryKeyError(f"story key {shown} contains control characters")
    if "/" in key or "\\" in key:
        raise StoryKeyError(f"story key {shown} must be a single name, without '/' or '\\'")
    if ".." in key:
        raise StoryKeyError(f"story key {shown} must not contain '..'")
    if re.match(r"[A-Za-z]:", key):
        raise StoryKeyError(f"story key {shown} looks like an absolute path")
    if key[0] in ".-_":
        raise StoryKeyError(f"story key {shown} must start with a letter or a digit")
    if len(key) > MAX_KEY_LENGTH:
        raise StoryKeyError(
            f"story key is {len(key)} characters long; the limit is {MAX_KEY_LENGTH}"
        )
    if not _KEY_RE.match(key):
        raise StoryKeyError(
            f"story key {shown} may contain only lowercase letters, digits, '.', '_' and '-'"
        )
    if key.split(".")[0] in _WINDOWS_RESERVED:
        raise StoryKeyError(f"story key {shown} is a reserved device name on Windows")
    return key


# Second-level labels under which registries sell names (example.co.uk, example.com.au ...).
_SECOND_LEVEL = frozenset({
    "co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go", "gob", "gouv", "mil", "nic",
    "ltd", "plc", "sch", "nhs", "police", "info", "biz", "nom", "web", "press", "news", "tv",
})


def outlet_from_url(url: str) -> str:
    """The site a URL belongs to, roughly its registrable domain: ``apnews.com``, ``bbc.co.uk``.

    Uses the public-suffix list through ``tld`` when it is installed (it comes with
    trafilatura), else a heuristic for two-letter country domains. "" when there is no host.
    """
    norm = normalize_url(url)
    parts = _split(norm) if norm else None
    host = parts.hostname if parts else None
    if not host:
        return ""
    if re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host) or "." not in host:
        return host
    try:
        from tld import get_fld  # lazy: loading the suffix list costs ~30 ms

        fld = get_fld(host, fix_protocol=True, fail_silently=True)
        if isinstance(fld, str) and fld:
            return fld
    except ImportError:  # pragma: no cover - tld is a dependency of courlan/trafilatura
        pass
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


# Query parameters that carry an article's id on the sites that use one (?id=, ?p= ...).
_ID_PARAMS = frozenset({
    "id", "articleid", "article_id", "storyid", "story_id", "p", "aid", "sid", "nid",
    "newsid", "contentid", "content_id", "docid", "itemid",
})
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DIGITS_ID = re.compile(r"(?:id)?(\d{6,})")
_HEX_ID = re.compile(r"(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,}")
_PAGE_SUFFIX = re.compile(r"(?:_story)?\.(?:s?html?|php|aspx?|cms)$")


def _is_date(digits: str) -> bool:
    """``20260205`` and the like: a date in a path, not an article id."""
    if len(digits) != 8 or digits[:2] not in ("19", "20"):
        return False
    return 1 <= int(digits[4:6]) <= 12 and 1 <= int(digits[6:8]) <= 31


def article_id(url: str) -> str:
    """The article id an outlet's URL carries, as ``outlet#id``; "" when it carries none.

    Looked for in the query (``?id=12345``, ``?p=678901``), then in the last path segments:
    a UUID (``.../2b1c...-11e9-..._story.html``), six or more digits (``/news/12345678``,
    ``...-slug-id123456``, ``slug_6123456_3210.html``; not an eight-digit date), or sixteen or
    more hex digits mixing letters and digits (``...-slug-1a2b3c4d5e6f7a8b``). Ids are taken to
    be unique within one outlet, so the same id means the same article across slug changes.
    """
    norm = normalize_url(url)
    parts = _split(norm) if norm else None
    if parts is None or not parts.hostname:
        return ""
    outlet = outlet_from_url(norm)
    for name, value in parse_qsl(parts.query):
        value = value.strip().lower()
        if name.lower() in _ID_PARAMS and ((value.isdigit() and len(value) >= 3)
                                           or _UUID.fullmatch(value) or _HEX_ID.fullmatch(value)):
            return f"{outlet}#{value}"
    segments = [s for s in unquote(parts.path).lower().split("/") if s]
    for segment in reversed(segments[-2:]):
        segment = _PAGE_SUFFIX.sub("", segment)
        uuid = _UUID.search(segment)
        if uuid:
            return f"{outlet}#{uuid.group(0)}"
        for token in reversed(re.split(r"[-_.,]", segment)):
            m = _DIGITS_ID.fullmatch(token)
            if m and not _is_date(m.group(1)):
                return f"{outlet}#{m.group(1)}"
            if _HEX_ID.fullmatch(token):
                return f"{outlet}#{token}"
    return ""


def identity_marks(url: str) -> frozenset[str]:
    """Marks two URLs of one article share: its :func:`article_id`, and its normalised URL with
    the slug's ``-`` and ``_`` taken out (a slug re-hyphenated, ``remains-amystery`` ->
    ``remains-a-mystery``, names the same page). Empty for a URL without a host."""
    norm = normalize_url(url)
    parts = _split(norm) if norm else None
    if parts is None or not parts.hostname:
        return frozenset()
    folded = re.sub(r"[-_]+", "", unquote(parts.netloc + parts.path).lower())
    marks = {"path:" + folded + ("?" + parts.query if parts.query else "")}
    found = article_id(norm)
    if found:
        marks.add("id:" + found)
    return frozenset(marks)
