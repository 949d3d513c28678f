"""Page -> Article: the headline, byline, dates and paragraphs of a saved news page.

HTML goes through trafilatura; the page's JSON-LD ``articleBody`` is used only as a fallback,
when trafilatura finds no text or far less than the JSON-LD body holds (on a 181-page benchmark
trafilatura alone scored better than preferring JSON-LD). Dates come from the page's own meta
tags and JSON-LD (``datePublished``/``dateModified``) as the page states them. Extraction is
deterministic: the same bytes always give the same Article.

trafilatura and lxml are imported inside the functions that use them, so importing this module
costs nothing at start-up.
"""

from __future__ import annotations

import codecs
import copy
import html as html_lib
import itertools
import json
import re
from dataclasses import dataclass
from typing import Any

from versiontrack.errors import ExtractionError, NoArticleText
from versiontrack.identity import canonical_from_html, normalize_url, outlet_from_url
from versiontrack.models import Article

#: Pages larger than this are refused before parsing, so a runaway page fails in milliseconds.
MAX_PAGE_BYTES = 10 * 1024 * 1024

#: Use JSON-LD ``articleBody`` when trafilatura's text has fewer words than this share of it.
JSONLD_FALLBACK_RATIO = 0.5

#: Fewer words than this (after furniture is dropped) is no article: a 404 page, a bare menu.
MIN_ARTICLE_WORDS = 10

# Structured dates only (meta tags, JSON-LD, URL): htmldate's extensive search guesses from
# copyright lines and free text, and its default upper bound is "today", which would make the
# same bytes extract differently on different days.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2099-12-31"}

_ARTICLE_TYPES = frozenset({
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "liveblogposting",
    "report", "scholarlyarticle", "techarticle", "socialmediaposting",
    "askpublicnewsarticle", "satiricalarticle", "posting",
})

_FURNITURE_MAX_WORDS = 12
# Whole-paragraph patterns of page furniture that trafilatura sometimes keeps. They are anchored
# and only tried on short paragraphs, so no sentence of an article can match one.
_FURNITURE = re.compile(
    r"""^(?:
        (?:(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s*)?
            (?:\d+\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)
               \s+ago|just\s+now|moments?\s+ago)
      | advertisement|ad|sponsored(?:\s+content)?|paid\s+content
      | (?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?advertisement)?
      | continue\s+reading(?:\s+(?:below|the\s+main\s+story))?
      | read\s+more|more\s+stories|more\s+from\s+\S+(?:\s+\S+)?
      | related(?:\s+(?:stories|coverage|articles|content|links))?
      | about\s+the\s+authors?|(?:last\s+)?(?:updated|published|posted|modified)
      | (?:\(?\s*)?opens?\s+(?:in\s+)?(?:an?\s+)?new\s+(?:tab|window)(?:\s*\))?
      | our\s+standards\s*:.*
      | (?:[^.!?]{0,40}\b(?:criteri\w*|kriterien|crit[e\u00e8]res|about|member|adher\w*|adhiere
           |part\s+of|learn)\b[^.!?]{0,20}\s)?the\s+trust\s+project
      | recommended(?:\s+stories)?|trending(?:\s+now)?|most\s+(?:read|popular)
      | you\s+(?:may|might)\s+also\s+(?:like|enjoy)(?:\s*\.\.\.|\u2026)?|don[\u2019']?t\s+miss
      | thanks?(?:\s+you)?\s+for\s+(?:signing\s+up|subscribing)
      | share(?:\s+(?:this|the)\s+(?:article|story|page))?|share\s+on\s+\w+
      | (?:share|facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|bluesky|threads)
        (?:\s*[,|\u00b7\u2022]?\s*(?:facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit
           |bluesky|threads|print|copy\s+link)){1,8}
      | listen(?:\s+to)?(?:\s+(?:this|the))?\s+(?:article|story)
        (?:\s*[(\u00b7\u2022|-]?\s*\d+\s*(?:min|mins|minutes?)\)?)?
      | copy\s+link(?:\s+copied)?
      | print(?:\s+this\s+(?:article|page))?|comments?|show\s+comments|leave\s+a\s+comment
      | skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|toggle\s+(?:menu|navigation)
      | sign\s+up(?:\s+for\s+(?:our|the)\s+\S+(?:\s+\S+){0,3})?\s+newsletters?|subscribe(?:\s+now)?
      | (?:image|photo|video)\s*(?:credit)?\s*:\s*\S+(?:\s+\S+){0,4}
      | (?:read\s+more|see\s+(?:also|more)|also\s+read|related|recommended|most\s+read
         |don[\u2019']?t\s+miss)\s*:.*
      | (?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*.*
      | (?:(?:first\s+)?(?:published|updated|posted|modified)(?:\s+(?:on|at))?\s*:?\s*)?
        (?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5}(?:[+-]\d{1,2})?)?\s*,?\s*)?
        (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?
        (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}
             (?:st|nd|rd|th)?,?\s+\d{4}
          | \d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)
             [a-z]*\.?,?\s+\d{4}
          | \d{4}-\d{2}-\d{2} | \d{1,2}[/.]\d{1,2}[/.]\d{2,4})
        (?:\s*(?:,|at|-|\u2013|\||t)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?
           (?:\s*(?:[a-z]{2,5}|[+-]\d{2}:?\d{2}|z))?)?
    )\s*[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
_ALNUM = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"""[.!?:;"'\u201d\u2019)\]]$""")
_HSPACE = re.compile(r"[ \t\r\n\f\v]+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


# ---------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
# Browsers read these labels as windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = frozenset({"iso-8859-1", "latin-1", "ascii", "us-ascii", "iso8859-1", "cp1252",
                        "windows-1252", "latin1", "l1", "cp819"})
_MAGIC = (
    (b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive"), (b"\x1f\x8b", "gzip-compressed"),
    (b"RIFF", "a media file"), (b"\x7fELF", "an executable"), (b"WARC/", "a WARC file"),
    (b"SQLite format 3", "an SQLite database"),
)
_CTRL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_STRIP_CTRL = str.maketrans({chr(b): None for b in _CTRL_BYTES if b != 0x1b} | {"\x00": None})
_CTRL_CHAR = re.compile("[" + "".join(re.escape(chr(c)) for c in _STRIP_CTRL) + "]")


def _strip_ctrl(text: str) -> str:
    """``text`` without NUL and control characters (a regex scan first: most pages hold none,
    and translate() with a table copies the whole text at Python speed)."""
    return text.translate(_STRIP_CTRL) if _CTRL_CHAR.search(text) else text


def _check_not_binary(raw: bytes, what: str) -> None:
    head = raw[:64 * 1024]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            raise ExtractionError(f"{what} is {name}, not text")
    if any(head.startswith(bom) for bom, _ in _BOMS) or _utf16_guess(head):
        return
    controls = sum(head.count(bytes([b])) for b in _CTRL_BYTES)
    if head.count(b"\x00") > len(head) // 1000 or controls > max(8, len(head) // 50):
        raise ExtractionError(f"{what} is binary data (NUL or control bytes), not text")


def _utf16_guess(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16 text, else None."""
    sample = head[:4096]
    if len(sample) < 8 or sample.count(b"\x00") < len(sample) // 4:
        return None
    even = sample[0::2].count(b"\x00")
    odd = sample[1::2].count(b"\x00")
    half = len(sample) // 2
    if odd > 0.9 * half and even < 0.1 * half:
        return "utf-16-le"
    if even > 0.9 * half and odd < 0.1 * half:
        return "utf-16-be"
    return None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _AS_CP1252:
        return "cp1252"
    if label in ("utf-16", "utf-16le", "utf-16be", "utf-32"):
        return None  # a BOM-less page declaring UTF-16 is read as UTF-8 by browsers too
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(raw: bytes, content_type: str | None = None) -> str:
    """Decode a page's bytes the way a browser would, as far as that can be done offline.

    Order: byte-order mark; the HTTP ``Content-Type`` charset when given; ``<meta charset>`` or
    the XML declaration; strict UTF-8; charset detection (charset_normalizer); windows-1252
    with replacement characters. Raises ExtractionError for data that is clearly not text
    (NUL or control bytes, images, PDFs, archives). NUL and control characters that survive
    decoding are removed.
    """
    _check_not_binary(raw, "page")
    text = _decode(raw, content_type)
    return _strip_ctrl(text)


def _decode(raw: bytes, content_type: str | None) -> str:
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc, errors="replace")
    guess16 = _utf16_guess(raw[:64 * 1024])
    if guess16:
        return raw.decode(guess16, errors="replace")
    declared: list[str] = []
    if content_type:
        hm = _HEADER_CHARSET.search(content_type)
        declared.append(hm.group(1) if hm else "")
    head = raw[:32 * 1024]
    bm = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if bm:
        declared.append(bm.group(1).decode("ascii", errors="replace"))
    for label in declared:
        found = _codec(label)
        if found is None:
            continue
        enc = found
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            # Pages often declare one charset and serve UTF-8; failing that, keep the
            # declared one with replacement characters rather than guessing further.
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                return raw.decode(enc, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes  # comes with trafilatura

        results = from_bytes(raw[:256 * 1024])
        best = results.best()
        if best is not None and best.encoding:
            # On a tie (short Western text fits cp1250, cp1252 and cp1257 equally), take
            # windows-1252: the browsers' default for undeclared legacy pages.
            tied = {m.encoding for m in results
                    if m.chaos <= best.chaos and m.coherence >= best.coherence}
            return raw.decode("cp1252" if "cp1252" in tied else best.encoding, errors="replace")
    except (ImportError, LookupError):  # pragma: no cover - detection is best effort
        pass
    return raw.decode("cp1252", errors="replace")


# ---------------------------------------------------------------------------------------------
# Page metadata: meta tags and JSON-LD, read from the parsed tree before trafilatura cleans it
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PageMeta:
    published: str | None = None
    updated: str | None = None
    language: str | None = None
    site_name: str = ""
    headline: str = ""
    byline: str = ""
    body: tuple[str, ...] = ()  # JSON-LD articleBody as paragraphs


def _page_meta(tree: Any) -> _PageMeta:
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop")
               or meta.get("http-equiv") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key and value and key not in metas:
            metas[key] = value
    times: dict[str, str] = {}
    for el in tree.iter("time"):
        prop = (el.get("itemprop") or "").strip().lower()
        if prop in ("datepublished", "datemodified") and el.get("datetime") and prop not in times:
            times[prop] = el.get("datetime").strip()

    article = _jsonld_article(tree)
    ld_pub = _date_or_none(article.get("datePublished")) if article else None
    ld_mod = _date_or_none(article.get("dateModified")) if article else None

    published = ld_pub or _first_date(
        metas.get("article:published_time"), metas.get("datepublished"),
        times.get("datepublished"), metas.get("og:published_time"),
        metas.get("parsely-pub-date"), metas.get("sailthru.date"), metas.get("dc.date.issued"),
    )
    updated = ld_mod or _first_date(
        metas.get("article:modified_time"), metas.get("og:updated_time"),
        metas.get("datemodified"), times.get("datemodified"), metas.get("last-modified"),
        metas.get("dc.date.modified"),
    )

    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    language = (root.get("lang") or root.get("xml:lang") or "").strip()
    if not language and article:
        lang = article.get("inLanguage")
        language = lang.strip() if isinstance(lang, str) else ""
    if not language:
        language = metas.get("og:locale") or metas.get("content-language") or ""
    language = language.replace("_", "-").split(",")[0].strip()
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", language):
        language = ""

    site = metas.get("og:site_name", "")
    if not site and article:
        pub = article.get("publisher")
        if isinstance(pub, list) and pub:
            pub = pub[0]
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            site = pub["name"].strip()

    headline = ""
    byline = ""
    body: tuple[str, ...] = ()
    if article:
        if isinstance(article.get("headline"), str):
            headline = _clean(html_lib.unescape(article["headline"]))
        byline = _jsonld_authors(article.get("author"))
        if isinstance(article.get("articleBody"), str):
            body = _split_body(article["articleBody"])
    if not headline:
        headline = _clean(metas.get("og:title", ""))
    return _PageMeta(published, updated, language or None, _clean(site), headline, byline, body)


def _visible_headline(tree: Any, site: str) -> tuple[str, bool]:
    """The headline a reader sees: the page's ``<h1>``, else its ``<title>``; "" if neither.
    The flag is True when it came from an ``<h1>``.

    ``og:title`` and JSON-LD ``headline`` are written for feeds and social cards and often
    differ from the page (a second headline for sharing); taking them for the headline would
    report a headline change no reader saw. Of several ``<h1>`` (a logo is sometimes one), the
    one the ``<title>`` starts with wins, then the first inside ``<article>``/``<main>``, then
    the first of three words or more. An ``<h2>``/``<h3>`` of three words or more that the
    ``<title>`` starts with (up to a separator) is the headline of a page whose ``<h1>`` is the
    site's name: before an ``<h1>`` outside ``<article>``/``<main>``, and instead of one that
    is only the title's "Site:" part. The flag is True for these headings too.
    """
    from versiontrack.normalize import fold

    title_el = next(iter(tree.iter("title")), None)
    title = _clean(title_el.text_content()) if title_el is not None else ""
    h1s: list[tuple[str, bool]] = []
    for el in tree.iter("h1"):
        text = _clean(el.text_content())
        if text and len(text.split()) <= 40:
            inside = any(a.tag in ("article", "main") for a in el.iterancestors())
            h1s.append((text, inside))
    folded_title = fold(title).casefold()

    def title_part(text: str) -> str | None:
        """What follows ``text`` at the title's start: "" at its end, the rest after a
        separator, None when the title does not start with ``text`` so."""
        head = fold(text).casefold()
        if not head or not folded_title.startswith(head):
            return None
        rest = folded_title[len(head):]
        sep = _TITLE_SEPARATOR.match(rest) or _TITLE_COLON.match(rest)
        return "" if not rest.strip() else (rest[sep.end():] if sep else None)

    subheads = [t for t in (_clean(el.text_content()) for el in tree.iter("h2", "h3"))
                if 3 <= len(t.split()) <= 40]
    for text, inside in h1s:
        if folded_title.startswith(fold(text).casefold()):
            rest = title_part(text)
            for sub in subheads:
                # "Site: Headline", the site's name a short <h1> outside the article
                if (rest and not inside and len(text.split()) < len(sub.split())
                        and fold(sub).casefold() == rest):
                    return sub, True
            return text, True
    for text, inside in h1s:
        if inside:
            return text, True
    for sub in subheads:
        if title_part(sub) is not None:
            return sub, True
    for text, _ in h1s:
        if len(text.split()) >= 3:
            return text, True
    if title and site:
        seps = list(_TITLE_SEPARATOR.finditer(title))
        if seps and fold(title[seps[-1].end():]).casefold() == fold(site).casefold():
            title = title[: seps[-1].start()].strip()
    return title, False


def _date_or_none(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        return value.strip()
    return None


def _first_date(*values: str | None) -> str | None:
    for v in values:
        d = _date_or_none(v)
        if d:
            return d
    return None


def _jsonld_objects(tree: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(root: Any) -> None:
        # Iterative and depth-capped: the objects we want sit within a few levels of the top.
        stack = [(root, 0)]
        while stack:
            node, depth = stack.pop()
            if depth > 6:
                continue
            if isinstance(node, list):
                stack.extend((item, depth + 1) for item in reversed(node))
            elif isinstance(node, dict):
                found.append(node)
                for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement")[::-1]:
                    if key in node:
                        stack.append((node[key], depth + 1))

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = (script.text or "").strip()
        text = re.sub(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$", "", text)
        if _json_too_deep(text):
            continue  # json.loads recurses once per level: a hostile nest would overflow it
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            continue
        walk(data)
    return found


#: JSON-LD nested deeper than this is skipped unparsed (real pages nest a dozen levels at most).
_JSONLD_MAX_DEPTH = 64
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_JSON_BRACKET = re.compile(r"[\[\]{}]")


def _json_too_deep(text: str) -> bool:
    """True when a JSON text nests ``[``/``{`` deeper than ``_JSONLD_MAX_DEPTH`` (strings are
    skipped; linear time, stops at the first level too deep)."""
    depth = 0
    for m in _JSON_BRACKET.finditer(_JSON_STRING.sub("", text)):
        depth += 1 if m.group() in "[{" else -1
        if depth > _JSONLD_MAX_DEPTH:
            return True
    return False


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {str(x).rsplit("/", 1)[-1].lower() for x in items if x}


def _jsonld_article(tree: Any) -> dict[str, Any] | None:
    articles = [o for o in _jsonld_objects(tree) if _types(o) & _ARTICLE_TYPES]
    if not articles:
        return None
    with_body = [o for o in articles if isinstance(o.get("articleBody"), str)]
    return (with_body or articles)[0]


def _jsonld_authors(value: Any) -> str:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = " ".join(str(n) for n in name)
        if isinstance(name, str) and _clean(name) and _clean(name) not in names:
            names.append(_clean(html_lib.unescape(name)))
    return "; ".join(names)


def _split_body(body: str) -> tuple[str, ...]:
    """JSON-LD articleBody as paragraphs: HTML paragraphs, blank lines, or lines."""
    body = body.strip()
    if not body:
        return ()
    if re.search(r"<(p|br|div|h[1-6])\b", body, re.IGNORECASE):
        import lxml.html

        try:
            frag = lxml.html.fragment_fromstring(body, create_parent="div")
        except (ValueError, lxml.etree.ParserError):
            frag = None
        if frag is not None:
            for br in frag.iter("br"):
                br.tail = "\n\n" + (br.tail or "")
            blocks = [el.text_content() for el in frag.iter("p", "h2", "h3", "h4", "li")]
            body = "\n\n".join(blocks) if blocks else frag.text_content()
    body = html_lib.unescape(body).replace("\r\n", "\n").replace("\r", "\n")
    chunks = re.split(r"\n\s*\n", body) if re.search(r"\n\s*\n", body) else body.split("\n")
    return tuple(p for p in (_clean(c) for c in chunks) if _ALNUM.search(p))


def _clean(text: str) -> str:
    return _HSPACE.sub(" ", text).strip()


# ---------------------------------------------------------------------------------------------
# Paragraphs from trafilatura's tree
# ---------------------------------------------------------------------------------------------


_BLOCK_TAGS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "cell", "div",
                         "section", "code"})


def _text_with_breaks(el: Any) -> str:
    """An element's text with ``<lb/>`` as newlines (trafilatura's tree uses lb for <br>)."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if node.tag == "lb":
            out.append("\n")
        elif node.tag != "graphic":
            if node.text:
                out.append(node.text)
            for child in node:
                walk(child)
                if child.tail:
                    out.append(child.tail)
            if node.tag in _BLOCK_TAGS:
                out.append("\n")

    walk(el)
    return "".join(out)


def _split_breaks(text: str) -> list[str]:
    """Split a block at line breaks that end a paragraph (double, or after a sentence end)."""
    paras: list[str] = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        current = ""
        for line in chunk.split("\n"):
            line = _clean(line)
            if not line:
                continue
            if current and _SENTENCE_END.search(current):
                paras.append(current)
                current = line
            else:
                current = f"{current} {line}".strip()
        if current:
            paras.append(current)
    return paras


def _word_count(el: Any) -> int:
    return text_words(_text_with_breaks(el))


#: A layout table's story cell holds more words than this, and most of the table's words.
_LAYOUT_CELL_WORDS = 60


def _is_layout_table(cells: list[Any]) -> bool:
    """A table used for page layout (old sites) rather than for data: one cell holds the story.

    Paragraphs and line breaks inside cells say nothing either way: data tables wrap their
    cells in ``<p>`` and break header cells with ``<br>`` as often as layouts do.
    """
    counts = [_word_count(c) for c in cells]
    biggest = max(counts, default=0)
    return biggest > _LAYOUT_CELL_WORDS and 2 * biggest >= sum(counts)


def _body_paragraphs(body: Any) -> list[str]:
    """Paragraphs of trafilatura's body tree, in reading order."""
    paras: list[str] = []

    def container(el: Any) -> None:
        # Inline runs between block children are paragraphs of their own (split at <br>s).
        buf: list[str] = [el.text or ""]
        for child in el:
            if child.tag in _BLOCK_TAGS:
                paras.extend(_split_breaks("".join(buf)))
                buf = []
                add_block(child)
            elif child.tag == "lb":
                buf.append("\n")
            elif child.tag != "graphic":
                buf.append(_text_with_breaks(child))
            buf.append(child.tail or "")
        paras.extend(_split_breaks("".join(buf)))

    def add_block(el: Any) -> None:
        if el.tag == "graphic":
            return
        if el.tag == "table":
            cells = list(el.iter("cell"))
            if cells and _is_layout_table(cells):
                # The story sits in the biggest cell; the others are navigation and rails.
                container(max(cells, key=_word_count))
                return
            for row in el.iter("row"):
                texts = [_clean(_text_with_breaks(c)) for c in row if c.tag == "cell"]
                line = " | ".join(t for t in texts if t)
                if line:
                    paras.append(line)
            return
        container(el)

    if body is not None:
        container(body)
    return paras


# Stamps that change on every load: relative and absolute "Updated ..." lines, reading times
# ("5 min read"), share and comment counts. Each must match a whole short paragraph.
_STAMP_MAX_CHARS = 80
_STAMP_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_STAMPS = [re.compile(p, re.IGNORECASE) for p in (
    # "Updated 1 hour ago", "Published 3 mins ago", "Last updated: 2 days ago", "Updated just now"
    (r"(?:last\s+)?(?:updated|published|posted|modified|edited)\s*:?\s*"
    r"(?:about\s+|over\s+)?(?:\d+|an?|one|a few)\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?"
    r"|h|hr|hrs|hours?|d|days?|w|weeks?)\s+ago\.?"),
    (r"(?:last\s+)?(?:updated|published|posted)\s*:?\s*(?:just\s+now|moments?\s+ago|today|"
    r"yesterday)\.?"),
    # "Updated 10:32 AM EST, February 5, 2026", "Updated Feb. 5, 2026 14:03 GMT"
    r"(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s*(?:on\s+)?[\w,.:/ +-]{0,40}?"
    r"(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|" + _STAMP_MONTHS + r"\s+\d{1,2}|\d{4}-\d{2}-\d{2})"
    r"[\w,.:/ +()-]{0,40}",
    # "5 min read", "Reading time: 4 minutes", "3-minute read"
    (r"(?:reading\s+time\s*:?\s*)?(?:about\s+)?\d+\s*(?:-|\s)?\s*(?:min|mins|minutes?)"
    r"(?:\s+read|\s+to\s+read)?"),
    # "1.2K shares", "Shares: 345", "12 comments", "Share 34"
    (r"(?:\d[\d,.]*\s*[km]?\s+(?:shares?|comments?|likes?|reactions?|views?)|"
    r"(?:shares?|comments?|likes?|views?)\s*:?\s*\d[\d,.]*\s*[km]?)"),
    # A bare relative stamp: "2 hours ago", "Just now"
    r"(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago|just\s+now",
)]


_FURNITURE_JOIN = re.compile(r"\s*[;|\u00b7\u2022]\s*")


def is_furniture(paragraph: str) -> bool:
    """True for a whole paragraph of page furniture: a rule, a time stamp, "Advertisement" ...

    Only paragraphs of at most a dozen words are tested against the anchored patterns, so no
    sentence of an article is taken for furniture.
    """
    if not _ALNUM.search(paragraph):
        return True  # rules ("___", "* * *") and stray symbols carry no words
    if len(paragraph.split()) > _FURNITURE_MAX_WORDS:
        return False
    if _FURNITURE.match(paragraph) is not None:
        return True
    text = " ".join(paragraph.split())
    if len(text) <= _STAMP_MAX_CHARS and any(p.fullmatch(text) for p in _STAMPS):
        return True
    # Several stamps on one line: "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM". Only the
    # stamps proper: a bare date range ("29 November 2018 | 20 January 2019") can be content.
    parts = [part for part in _FURNITURE_JOIN.split(text) if part]
    return len(parts) > 1 and all(any(p.fullmatch(part) for p in _STAMPS) for part in parts)


_TITLE_COLON = re.compile(r":\s+")  # "Site: Headline"
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|:\u2013\u2014\u2022\u00b7/-]|::|\u00bb|\\|)\s+")


# A slide of a picture gallery as extraction flattens it: "3/50 Title", then caption and credit.
_SLIDE = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})\s+\S")
#: Slides numbered in a row (1/N, 2/N, 3/N ...) at least this many times make a gallery.
_GALLERY_MIN_SLIDES = 3
#: Slides further apart than this many paragraphs are not one gallery.
_GALLERY_MAX_GAP = 5


def _drop_galleries(paras: list[str]) -> list[str]:
    """Drop embedded picture galleries: runs of slides counted "k/N" with their captions.

    A rotating gallery ("Business news in pictures", 50 slides) changes from load to load; kept,
    it would show as a change to the story. Each slide keeps the paragraphs up to the next one;
    the last keeps as many as the closest pair of slides holds, so text after it stays.
    """
    slides = [(i, int(m.group(1)), int(m.group(2))) for i, p in enumerate(paras)
              if (m := _SLIDE.match(p)) and 1 <= int(m.group(1)) <= int(m.group(2))]
    drop: set[int] = set()
    run: list[tuple[int, int, int]] = []
    for slide in [*slides, (len(paras) + _GALLERY_MAX_GAP + 1, 0, 0)]:
        i, k, n = slide
        if run and n == run[-1][2] and k == run[-1][1] + 1 and i - run[-1][0] <= _GALLERY_MAX_GAP:
            run.append(slide)
            continue
        if len(run) >= _GALLERY_MIN_SLIDES:
            gap = min(b[0] - a[0] for a, b in itertools.pairwise(run))
            drop.update(range(run[0][0], min(run[-1][0] + gap, len(paras))))
        run = [slide] if k == 1 else []
    return [p for i, p in enumerate(paras) if i not in drop] if drop else paras


def _tidy(paras: list[str], headline: str, site: str) -> tuple[list[str], str]:
    """Drop furniture paragraphs and picture galleries; take the on-page headline over a
    ``<title>`` with site name."""
    from versiontrack.normalize import fold

    out = _drop_galleries([p for p in paras if not is_furniture(p)])
    if headline and site:
        # "Headline | Site" -> "Headline" when the tail is the site's own name.
        seps = list(_TITLE_SEPARATOR.finditer(headline))
        if seps and fold(headline[seps[-1].end():]).casefold() == fold(site).casefold():
            headline = headline[: seps[-1].start()].strip()
    # trafilatura often repeats the page's <h1> as the first block.
    while out and headline:
        first = fold(out[0]).casefold()
        head = fold(headline).casefold()
        if first == head:
            out.pop(0)
        elif (len(out[0].split()) <= 25 and head.startswith(first)
              and _TITLE_SEPARATOR.match(head[len(first):])):
            headline = out.pop(0)  # the <h1>, without the <title>'s site-name suffix
        else:
            break
    return out, headline


_NAME_GLUE = frozenset(("and", "by", "&", "with", "und", "y", "et", "e"))


def _byline_echo(paragraph: str, byline: str) -> bool:
    """A short paragraph that only repeats the byline's names (an "About the Author" box)."""
    from versiontrack.normalize import name_words

    if not byline or len(paragraph.split()) > _FURNITURE_MAX_WORDS:
        return False
    names = set(name_words(byline))
    words = name_words(paragraph) + ["&"] * paragraph.count("&")  # "&" joins names too
    return len(names) >= 2 and bool(words) and all(w in names or w in _NAME_GLUE for w in words)


# Scripts written without spaces between words: a whitespace count sees a whole Japanese
# paragraph as one word. Their letters are counted instead, at a typical word length: two
# characters for Chinese and Japanese (Han, kana), five for Thai, Lao, Khmer and Myanmar.
# Korean puts spaces between words, so Hangul is counted by whitespace like Latin text.
_CJK = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                  r"\uff66-\uff9f\U00020000-\U0003134f]")
_SEA = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def text_words(text: str) -> int:
    """About how many words ``text`` holds, in any script (whitespace alone undercounts
    scripts written without spaces)."""
    if text.isascii():
        return len(text.split())
    cjk = len(_CJK.findall(text))
    sea = len(_SEA.findall(text))
    if cjk or sea:
        text = _SEA.sub(" ", _CJK.sub(" ", text))
    return len(text.split()) + (cjk + 1) // 2 + (sea + 4) // 5


def _words(paras: tuple[str, ...] | list[str]) -> int:
    return sum(text_words(p) for p in paras)


def _same_words(a: tuple[str, ...] | list[str], b: tuple[str, ...] | list[str]) -> bool:
    from versiontrack.normalize import fold

    return fold(" ".join(a)).split() == fold(" ".join(b)).split()


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# Correction notes: trafilatura drops <aside>s and <footer>s, where some sites put them
# ---------------------------------------------------------------------------------------------

_NOTE_CLASS = re.compile(
    r"correction|clarification|editor-?s?-?note|editors?note|ednote|article-?amend", re.IGNORECASE
)
_NOTE_TEXT = re.compile(
    r"""^(?:\W{0,3})(?:correction|clarification|editor[’']?s[\s-]+note|update[sd]?\b.{0,40}:(?!\d)
        |this\s+(?:story|article|report|post)\s+(?:corrects|has\s+been\s+(?:corrected|amended|
        updated)|was\s+(?:corrected|amended|updated))|an\s+earlier\s+version\s+of\s+this)""",
    re.IGNORECASE | re.VERBOSE,
)
_NOTE_MAX_WORDS = 150
# Reader comment threads: a comment that opens "Correction: ..." is not the newsroom's note.
_THREAD = re.compile(r"(?:^|[\s_-])(?:comments?|comment-(?:list|content|body|area|section)|"
                     r"respond|disqus\w*|discussion|replies|coral\w*)(?:$|[\s_-])", re.IGNORECASE)


# Blocks the note detector is asked about when no class or opening words mark them: a note in
# a box or footer the extractor dropped, in any language the detector reads. Updates are left
# to the class and opening-word test: a teaser saying "Update: ..." is not this page's note.
_NOTE_TAGS = frozenset(("p", "div", "aside", "section", "footer", "blockquote", "li", "header"))
_NOTE_MAX_BLOCKS = 4


_LINE_BREAKS = frozenset(("br", "hr", "p", "div", "li", "section", "aside", "blockquote",
                          "footer", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"))


def _lines(el: Any) -> list[str]:
    """The element's text as its reader sees the lines: broken at <br>, <hr> and inner blocks."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "noscript"):
            parts.append(node.tail or "")
            return
        brk = node.tag in _LINE_BREAKS
        if brk:
            parts.append("\n")
        parts.append(node.text or "")
        for child in node:
            walk(child)
        if brk:
            parts.append("\n")
        if node is not el:
            parts.append(node.tail or "")

    walk(el)
    return [line for line in (_clean(x) for x in "".join(parts).split("\n")) if line]


def _detected_note(text: str) -> bool:
    """Whether the audit's note detector reads ``text`` as a correction-type note."""
    from versiontrack.audit.notes import detect_paragraph

    hit = detect_paragraph(text)
    return hit is not None and hit.kind != "update"


def _in_thread(el: Any) -> bool:
    for node in (el, *el.iterancestors()):
        if _THREAD.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


#: A list of at least this many items that each hold a link is a list of teasers or headlines.
_LINK_LIST_ITEMS = 3


def _in_link_list(el: Any) -> bool:
    """Inside an item of a list of links ("More news", a rail of teasers): a blurb there that
    reads like a note is another story's, not this page's."""
    for node in (el, *el.iterancestors()):
        if node.tag == "li":
            parent = node.getparent()
            items = [c for c in parent if c.tag == "li"] if parent is not None else []
            linked = sum(1 for c in items if c.find(".//a") is not None)
            return linked >= _LINK_LIST_ITEMS
    return False


def _link_only(el: Any) -> bool:
    """A block that is nothing but a link ("How we handle corrections", "Read our policy")."""
    links = "".join(a.text_content() for a in el.iter("a"))
    return bool(links.strip()) and _clean(links) == _clean(el.text_content())


def _note_blocks(tree: Any) -> list[tuple[int, list[str]]]:
    """Correction/editor's notes in the page: (document position, paragraphs), outermost only."""
    body = tree.find(".//body")
    if body is None:
        return []
    found: list[tuple[int, list[str]]] = []
    taken: set[Any] = set()
    # Nested boxes often hold the same text (div > div > p): ask the detector once per text.
    seen: dict[str, bool] = {}

    def detected(text: str) -> bool:
        if text not in seen:
            seen[text] = _detected_note(text)
        return seen[text]

    for pos, el in enumerate(body.iter()):
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "nav", "a", "noscript"):
            continue
        if taken and any(anc in taken for anc in el.iterancestors()):
            continue
        class_marked = bool(_NOTE_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}"))
        if not class_marked and el.tag not in _NOTE_TAGS:
            continue  # neither test below can pass: skip reading its text
        raw = el.text_content()
        # At most _NOTE_MAX_WORDS + 1 pieces: a page-sized container is not split whole.
        words = raw.split(None, _NOTE_MAX_WORDS)
        if not words or len(words) > _NOTE_MAX_WORDS:
            continue
        text = _clean(raw)
        marked = class_marked or (
            el.tag in ("aside", "footer", "div", "section") and bool(_NOTE_TEXT.match(text)))
        if not marked and not detected(text):
            continue
        if _in_thread(el) or _link_only(el) or (not marked and _in_link_list(el)):
            continue
        if marked:
            blocks = [_clean(c.text_content()) for c in el.iter("p", "li") if not _link_only(c)]
            blocks = [b for b in blocks if _ALNUM.search(b)] or [text]
        else:
            # Found by the detector: only the lines it reads as notes, not a last paragraph or
            # a caption sharing the box (lines split at <br>, <hr> and inner blocks).
            lines = [ln for ln in _lines(el) if _ALNUM.search(ln)]
            if len(lines) > _NOTE_MAX_BLOCKS:
                continue
            blocks = [ln for ln in lines if detected(ln)]
            if not blocks:
                continue
        found.append((pos, blocks))
        taken.add(el)
    return found


def _squeeze(text: str) -> str:
    from versiontrack.normalize import fold

    return "".join(fold(text).casefold().split())


def _rescue_notes(paras: list[str], notes: list[tuple[int, list[str]]], page: Any) -> list[str]:
    """Put back notes extraction dropped: first if they stood before the text, else last.

    ``page`` is an untouched copy of the parsed page, where the article's first paragraph is
    looked up to tell a note above the text from one below it.
    """
    if not notes or not paras:
        return paras
    from versiontrack.normalize import fold

    # Compared without whitespace: a block's text_content() runs lines split at <br> or <hr>
    # together ("May.Correction: ..."), where the extracted paragraphs have them apart.
    have = _squeeze(" ".join(paras))
    pending = []
    for pos, blocks in notes:
        missing = [b for b in blocks if _squeeze(b) not in have and not is_furniture(b)]
        if missing:
            pending.append((pos, missing))
    if not pending:
        return paras
    lead = fold(paras[0]).casefold()[:40]
    first_pos = None
    body = page.find(".//body") if page is not None else None
    if body is not None:
        for pos, el in enumerate(body.iter()):
            if isinstance(el.tag, str) and fold(el.text_content()).casefold().startswith(lead):
                first_pos = pos
                break
    top = [b for pos, blocks in pending if first_pos is not None and pos < first_pos
           for b in blocks]
    bottom = [b for pos, blocks in pending if first_pos is None or pos >= first_pos
              for b in blocks]
    return top + paras + bottom


_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b",
                           re.IGNORECASE)


def _drop_hidden(tree: Any) -> None:
    """Remove what the page itself hides from readers: ``hidden`` elements and inline
    ``display: none`` / ``visibility: hidden`` (hover cards, collapsed duplicates)."""
    body = tree.find(".//body")
    if body is None:
        return
    gone = [el for el in body.iter() if isinstance(el.tag, str) and (
        el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""))]
    for el in gone:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the text that follows it


# A footnote's reference in the text ("<sup><a href="#fn3">3</a></sup>", Wikipedia's "[3]") and
# its way back from the note ("<a href="#fnref3">↩</a>"): page apparatus. Left in, the marker
# sticks to its word ("the spec3") and every footnote added later renumbers the ones after it,
# each a changed number.
_FOOTNOTE_MARK = re.compile(r"\[?\(?(?:\d{1,3}|[a-z]|[*\u2020\u2021\u00a7])\)?\]?")
_ARROW = r"[\u21a9\u21aa\u2191\u2934^]\ufe0e?"
_BACK_MARK = re.compile(rf"{_ARROW}(?:\s*{_ARROW})*")


def _drop_footnote_marks(tree: Any) -> None:
    """Remove footnote reference marks and footnotes' back links: a ``<sup>`` that holds only
    a mark (a number, a letter, an asterisk or dagger) and a link within the page, and a link
    within the page whose text is only a return arrow. A ``<sup>`` without such a link is
    kept: "10<sup>6</sup>", "m<sup>2</sup>" are values."""
    body = tree.find(".//body")
    if body is None:
        return
    gone = []
    for el in body.iter("sup", "a"):
        text = "".join(el.itertext()).strip()
        if el.tag == "sup":
            links = [a for a in el.iter("a") if (a.get("href") or "").startswith("#")]
            if links and _FOOTNOTE_MARK.fullmatch(text):
                gone.append(el)
        elif (el.get("href") or "").startswith("#") and text and _BACK_MARK.fullmatch(text):
            gone.append(el)
    for el in gone:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the text that follows it


def _check_size(raw: bytes | str, what: str) -> None:
    size = len(raw)
    if size > MAX_PAGE_BYTES:
        raise ExtractionError(
            f"{what} is larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB "
            f"({size / (1024 * 1024):.1f} MB); refusing to extract it"
        )


def trafilatura_version() -> str:
    """The name and version recorded as the extractor, e.g. ``"trafilatura 2.3.1"``."""
    import trafilatura

    return f"trafilatura {trafilatura.__version__}"


def extract_html(raw: bytes, url: str = "", *, content_type: str | None = None) -> Article:
    """Extract the article of a saved HTML page.

    ``url`` is where the page was fetched from (resolves a relative canonical link, and is the
    fallback identity); ``content_type`` is the HTTP header, if known, for its charset.
    Raises ExtractionError (one line) for an empty, oversized, binary or non-HTML page, and for
    a page with no article text.
    """
    if isinstance(raw, str):  # tolerated: callers holding text already
        raw = raw.encode("utf-8")
    _check_size(raw, "page")
    if not raw.strip():
        raise ExtractionError("page is empty")
    text = decode_html(raw, content_type)
    if not text.strip():
        raise ExtractionError("page is empty")
    if "<" not in text[:64 * 1024]:
        raise ExtractionError("page is not HTML (no tags found); for plain text use --format text")

    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(text)
    if tree is None:
        raise ExtractionError("page could not be parsed as HTML")
    meta = _page_meta(tree)
    visible, from_h1 = _visible_headline(tree, meta.site_name)
    canonical = canonical_from_html(text, url) or url
    notes = _note_blocks(tree)
    # trafilatura cleans the tree in place; keep an untouched copy to place rescued notes.
    page = copy.deepcopy(tree) if notes else None
    _drop_hidden(tree)
    _drop_footnote_marks(tree)

    doc: Any = trafilatura.bare_extraction(
        tree, url=url or None, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, deduplicate=False,
        date_extraction_params=_DATE_PARAMS,
    )
    paras: list[str] = []
    headline = meta.headline
    byline = meta.byline
    published = meta.published
    site = meta.site_name
    language = meta.language
    if doc is not None:
        headline = _clean(doc.title or "") or headline
        byline = _clean(doc.author or "") or byline
        published = published or _date_or_none(doc.date)
        site = site or _clean(doc.sitename or "")
        language = language or (doc.language or None)
        paras, headline = _tidy(_body_paragraphs(doc.body), headline, site)
        if not canonical and doc.url:
            canonical = doc.url

    extractor = trafilatura_version()
    body = meta.body
    if body and (_words(paras) < JSONLD_FALLBACK_RATIO * _words(body)
                 or (_same_words(paras, body) and len(body) > len(paras))):
        # Far less text than the JSON-LD body, or the same words with no paragraph breaks
        # (trafilatura's own last resort reads articleBody as one block).
        paras, headline = _tidy(list(body), headline, site)
        extractor = "json-ld"
    paras = [p for p in paras if not _byline_echo(p, byline)]
    # The headline is what the page shows; a different metadata title is kept beside it.
    from versiontrack.normalize import fold

    meta_title = meta.headline or headline
    if visible:
        shown = _tidy([], visible, site)[1]
        head, rest = fold(headline).casefold(), fold(shown).casefold()
        # A <title> is "Headline <sep> Site": when the extracted headline is its head, the rest
        # is the site's name.
        if from_h1 or not (headline and rest.startswith(head)
                           and _TITLE_SEPARATOR.match(rest[len(head):])):
            headline = shown
    if fold(meta_title).casefold() == fold(headline).casefold():
        meta_title = ""
    # The page's headline repeated as the first block, when the metadata title _tidy compared
    # it with was another ("Opinion | Headline", a social-card title).
    if paras and headline and fold(paras[0]).casefold() == fold(headline).casefold():
        paras = paras[1:]
    if _words(paras) < MIN_ARTICLE_WORDS:
        raise NoArticleText("no article text found in the page")
    paras = _rescue_notes(paras, notes, page)

    canonical_url = normalize_url(canonical) if canonical else ""
    return Article(
        headline=headline,
        paragraphs=tuple(paras),
        byline=byline,
        published=published,
        updated=meta.updated,
        url=url,
        canonical_url=canonical_url,
        outlet=site or outlet_from_url(canonical_url or url),
        language=language,
        extractor=extractor,
        meta_title=meta_title,
    )


_BYLINE = re.compile(r"^by\s+\S", re.IGNORECASE)
# A photo caption as a saved page shows it: a line ending in its credit, "(AP Photo/Name)",
# "(Photo: Name/Agency)", "Photograph: Name/Agency".
_CAPTION = re.compile(
    r"""(?:\((?:[\w.&'-]+\s+){0,3}(?:photo|photograph|foto|image|video|illustration)s?\b[^()]{0,80}\)
        |\b(?:photograph|photo|image)\s*:\s*[^.!?]{2,80})\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Words of the section labels pages print above a headline ("Nation & World News", "Politics").
_SECTION_WORDS = frozenset((
    "news", "world", "nation", "national", "local", "metro", "politics", "business", "markets",
    "economy", "money", "tech", "technology", "science", "health", "climate", "environment",
    "sport", "sports", "opinion", "culture", "arts", "entertainment", "lifestyle", "travel",
    "europe", "asia", "africa", "americas", "us", "u.s.", "uk", "international",
))
#: Wrapped lines are at most this long; longer lines are whole paragraphs.
_WRAP_MAX = 120


def is_caption(line: str) -> bool:
    """True for a photo caption line: it ends in a photo credit."""
    return _CAPTION.search(line) is not None


def _is_section_label(line: str, following: str) -> bool:
    """A short Title Case line of section words above a longer headline-like line."""
    words = line.split()
    if not 1 <= len(words) <= 5 or _SENTENCE_END.search(line):
        return False
    if not all(w[:1].isupper() or w in ("&", "and", "of", "the") for w in words):
        return False
    if not any(w.casefold() in _SECTION_WORDS for w in words) and "&" not in words:
        return False
    nxt = following.split()
    return len(nxt) >= max(len(words) + 2, 5) and not following.endswith((".", "!", "?"))


def _block_paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs of one blank-line block, decided for this block alone.

    Hard-wrapped prose (lines of 40 to 120 characters, each filled to near the longest and
    mostly not ending a sentence) is one paragraph; otherwise each line is a paragraph of its
    own, except that a line starting in lower case continues the one before.
    """
    if len(lines) == 1:
        return list(lines)
    width = max(len(line) for line in lines)
    body = lines[:-1]
    open_ends = sum(1 for line in body if not _SENTENCE_END.search(line))
    filled = sum(1 for i, line in enumerate(body)
                 if len(line) + 1 + len(lines[i + 1].split()[0]) > 0.85 * width)
    if 40 <= width <= _WRAP_MAX and open_ends * 2 > len(body) and filled * 2 >= len(body):
        return [" ".join(lines)]
    out = [lines[0]]
    for line in lines[1:]:
        if line[:1].islower():
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def extract_text(text: str | bytes, url: str = "") -> Article:
    """Read a plain-text capture: headline, optional ``By ...`` line, paragraphs.

    The first line that is not page furniture or a section label ("Nation & World News") is
    the headline. A short ``By ...`` line among the lines before the body is the byline. Each
    blank-line block is read on its own (:func:`_block_paragraphs`): hard-wrapped prose is one
    paragraph, other lines are paragraphs each. Then the furniture rules of HTML pages apply
    (:func:`is_furniture`: stamps, share lines, "Listen to this article" ...), and photo
    captions and a line repeating the one before it are dropped. Bytes are decoded (BOM, UTF-8,
    detection). Raises ExtractionError for empty or binary input and for text with no paragraph
    after the headline.
    """
    if isinstance(text, bytes):
        _check_size(text, "text")
        _check_not_binary(text, "text")
        text = _decode(text, None)
    else:
        _check_size(text, "text")
        if "\x00" in text:
            raise ExtractionError("text is binary data (NUL characters), not text")
    text = _strip_ctrl(text.lstrip("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ExtractionError("text is empty")

    blocks = [[_clean(line) for line in block.split("\n") if line.strip()]
              for block in re.split(r"\n[ \t\f\v\u00a0]*\n", text)]
    blocks = [b for b in blocks if b]
    lines = [(b, i) for b, block in enumerate(blocks) for i in range(len(block))]
    dropped: set[tuple[int, int]] = set()

    def line(pos: tuple[int, int]) -> str:
        return blocks[pos[0]][pos[1]]

    # The headline: the first line that is not furniture, nor a section label above it.
    candidates = [pos for pos in lines if not is_furniture(line(pos))]
    if not candidates:
        raise ExtractionError("text holds only page furniture")
    head_at = 0
    while (head_at + 1 < len(candidates)
           and _is_section_label(line(candidates[head_at]), line(candidates[head_at + 1]))):
        head_at += 1
    headline = line(candidates[head_at])
    dropped.update(candidates[: head_at + 1])
    # The byline: a short "By ..." line before the first line of body prose.
    byline = ""
    for pos in candidates[head_at + 1: head_at + 9]:
        value = line(pos)
        if (_BYLINE.match(value) and len(value.split()) <= _FURNITURE_MAX_WORDS
                and not value.endswith((".", "!", "?"))):
            byline = _clean(value[2:])
            dropped.add(pos)
            break
        if len(value.split()) > 25 and not is_caption(value):
            break  # the body has started
    paras: list[str] = []
    for b, block in enumerate(blocks):
        kept = [value for i, value in enumerate(block) if (b, i) not in dropped]
        if kept:
            paras.extend(_block_paragraphs(kept))
    out: list[str] = []
    for para in paras:
        if is_furniture(para) or is_caption(para) or _byline_echo(para, byline):
            continue
        if out and para == out[-1]:
            continue  # a caption or a heading printed twice
        out.append(para)
    paras = out
    if not paras:
        raise ExtractionError("text has a headline but no paragraphs")
    canonical_url = normalize_url(url) if url else ""
    return Article(
        headline=headline,
        paragraphs=tuple(paras),
        byline=byline,
        url=url,
        canonical_url=canonical_url,
        outlet=outlet_from_url(url) if url else "",
        extractor="text",
    )
