"""Score HTML extraction against saved pages whose article text is known, beside plain trafilatura.

Reads one or more folders of saved pages, in either of two public layouts (nothing from them is
kept in the project; they are read at run time):

- a page per folder, ``NAME/source.html`` with ``NAME/expected.html`` (the article as HTML) and
  optionally ``NAME/expected-metadata.json`` (its ``title``): Readability.js's test pages;
- ``html/NAME.html.gz`` with ``ground-truth.json`` (``{NAME: {"articleBody": ..., "url": ...}}``):
  the article-extraction-benchmark of scrapinghub (no headlines).

Both are public: ``test/test-pages`` of github.com/mozilla/readability, and ``html/`` with
``ground-truth.json`` of github.com/scrapinghub/article-extraction-benchmark (its ``.html.gz``
files as they are). A folder holding ``test/test-pages`` (the Readability.js checkout) is read too.

Each page goes through :func:`versiontrack.extract.html.extract_html` ("ours": trafilatura plus
our tidying) and through ``trafilatura.extract`` with the options ours passes (comments off,
tables on, no deduplication; "trafilatura"), so the table shows what the tidying adds or costs.
Per page and averaged over pages:

- body precision / recall / F1 of words: bags of folded, lower-cased words (``match_tokens``),
  headline excluded on both sides; a page that raises scores 0;
- headline: share of pages whose headline equals the expected title, folded (pages with one);
  "head~" also accepts a title that is the headline plus a part after (or before) a title
  separator (" | eHow", "Blog name: ..."): Readability.js keeps such site names in its titles,
  where ours strips them by design;
- first / last: share of pages whose first (last) expected paragraph of at least five words
  appears whole in the extracted text (compared without whitespace, folded);
- raised: pages that raise, counted by error message.

Pages whose expected article has fewer words than ``MIN_ARTICLE_WORDS`` (Readability.js's unit
pages: "Lorem", "Test") are listed and left out: refusing them is extract_html's rule.

Pages are split by name: the half sorting first is the tuning half, the rest are held out; each
is reported, and the whole. ``--show N`` lists the tuning half's N worst pages (by our F1), so
the held-out pages stay unread while tuning.

Usage: ``python bench/eval_extract.py [PATH ...] [--json] [--show N] [--jobs N]``; the paths
default to ``$VERSIONTRACK_EXTRACT_PAGES`` (several separated by ``:``). Exits 0, or 1 when a
path is missing or holds neither layout.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from versiontrack.errors import VersionTrackError
from versiontrack.extract.html import MIN_ARTICLE_WORDS, text_words
from versiontrack.normalize import fold, match_tokens

HALVES = ("tune", "held", "whole")
EXTRACTORS = ("ours", "trafilatura")
#: Expected paragraphs shorter than this are not used as the first or last one (a dateline,
#: a one-word heading).
MIN_EDGE_WORDS = 5
_BLOCKS = frozenset(("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                     "tr", "td", "th", "dt", "dd", "figcaption", "figure", "section", "article",
                     "ul", "ol", "table", "br", "hr", "header", "footer", "aside", "main"))


@dataclass(frozen=True)
class Page:
    """One saved page and what is known of its article."""

    corpus: str
    name: str
    raw: bytes
    url: str
    expected: tuple[str, ...]  # the article's paragraphs
    title: str | None  # the expected headline, when the corpus gives one


@dataclass
class Result:
    """What one extractor made of one page."""

    headline: str = ""
    paragraphs: tuple[str, ...] = ()
    error: str | None = None
    seconds: float = 0.0


@dataclass
class Scored:
    """One page's scores for one extractor."""

    name: str
    half: str
    precision: float
    recall: float
    f1: float
    headline_ok: bool | None
    headline_near: bool | None  # equal up to a site-name part at a title separator
    first_ok: bool | None
    last_ok: bool | None
    error: str | None
    seconds: float
    got_headline: str = ""
    missing: list[str] = field(default_factory=list)  # expected paragraphs absent, for --show
    extra: list[str] = field(default_factory=list)  # extracted paragraphs not expected


# --- reading the corpora -------------------------------------------------------------------------

def _html_paragraphs(markup: str) -> tuple[str, ...]:
    """The paragraphs of an article given as HTML: text broken at block elements."""
    import lxml.html

    root = lxml.html.fromstring(markup or "<div></div>")
    parts: list[str] = []

    def walk(node: object) -> None:
        tag = getattr(node, "tag", None)
        if not isinstance(tag, str) or tag in ("script", "style", "noscript"):
            parts.append(getattr(node, "tail", None) or "")
            return
        brk = tag in _BLOCKS
        if brk:
            parts.append("\n")
        parts.append(node.text or "")  # type: ignore[attr-defined]
        for child in node:  # type: ignore[attr-defined]
            walk(child)
        if brk:
            parts.append("\n")
        if node is not root:
            parts.append(node.tail or "")  # type: ignore[attr-defined]

    walk(root)
    lines = (" ".join(x.split()) for x in "".join(parts).split("\n"))
    return tuple(line for line in lines if line)


def read_corpus(path: Path) -> list[Page]:
    """The pages of one folder in either layout; ValueError when it holds neither."""
    truth = path / "ground-truth.json"
    if truth.is_file() and (path / "html").is_dir():
        data = json.loads(truth.read_text(encoding="utf-8"))
        pages = []
        for name, rec in sorted(data.items()):
            file = path / "html" / f"{name}.html.gz"
            if not file.is_file():
                continue
            body = rec["articleBody"]
            expected = tuple(p for p in (" ".join(x.split()) for x in body.split("\n")) if p)
            pages.append(Page(path.name, name, gzip.decompress(file.read_bytes()),
                              rec.get("url") or "", expected, None))
        return pages
    for sub in (path, path / "test" / "test-pages"):
        dirs = sorted(d for d in sub.iterdir() if (d / "source.html").is_file()
                      and (d / "expected.html").is_file()) if sub.is_dir() else []
        if dirs:
            pages = []
            for d in dirs:
                meta = d / "expected-metadata.json"
                title = None
                if meta.is_file():
                    title = json.loads(meta.read_text(encoding="utf-8")).get("title") or None
                expected = _html_paragraphs((d / "expected.html").read_text(encoding="utf-8"))
                pages.append(Page(path.name, d.name, (d / "source.html").read_bytes(), "",
                                  expected, title))
            return pages
    raise ValueError("holds neither NAME/source.html + expected.html nor html/ + ground-truth.json")


# --- running the extractors ----------------------------------------------------------------------

def _error_key(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:120]


def run_ours(page: Page) -> Result:
    from versiontrack.extract.html import extract_html

    t0 = time.perf_counter()
    try:
        art = extract_html(page.raw, page.url)
    except VersionTrackError as exc:
        return Result(error=_error_key(exc), seconds=time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 - a crash is a finding to count, not to stop the run
        return Result(error="CRASH " + _error_key(exc), seconds=time.perf_counter() - t0)
    return Result(art.headline, art.paragraphs, None, time.perf_counter() - t0)


def run_trafilatura(page: Page) -> Result:
    import trafilatura

    t0 = time.perf_counter()
    try:
        doc = trafilatura.bare_extraction(
            page.raw, url=page.url or None, with_metadata=True, include_comments=False,
            include_tables=True, include_images=False, include_links=False, deduplicate=False)
    except Exception as exc:  # noqa: BLE001 - counted like ours
        return Result(error="CRASH " + _error_key(exc), seconds=time.perf_counter() - t0)
    seconds = time.perf_counter() - t0
    if doc is None or not (doc.text or "").strip():
        return Result(error="no text", seconds=seconds)
    paras = tuple(p for p in (" ".join(x.split()) for x in doc.text.split("\n")) if p)
    return Result(doc.title or "", paras, None, seconds)


def run_both(page: Page) -> tuple[Result, Result]:
    return run_ours(page), run_trafilatura(page)


# --- scoring -------------------------------------------------------------------------------------

def _squeeze(text: str) -> str:
    return "".join(fold(text).casefold().split())


def _folded(text: str) -> str:
    return " ".join(fold(text).casefold().split())


_SEPARATOR = re.compile(r"\s+(?:[|:\u2013\u2014\u2022\u00b7/_-]|::|\u00bb)\s+|\s+\[")


def _near(title: str, got: str) -> bool:
    """Equal, or one is the other plus a part beyond a title separator ("Head | Site")."""
    a, b = _folded(title), _folded(got)
    if not a or not b:
        return a == b
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and _SEPARATOR.match(long[len(short):]):
        return True
    return long.endswith(short) and any(
        m.end() == len(long) - len(short) for m in _SEPARATOR.finditer(long))


def _edges(expected: tuple[str, ...]) -> tuple[str | None, str | None]:
    long = [p for p in expected if len(p.split()) >= MIN_EDGE_WORDS]
    return (long[0], long[-1]) if long else (None, None)


def score(page: Page, half: str, res: Result) -> Scored:
    want = Counter(match_tokens(" ".join(page.expected)))
    got = Counter(match_tokens(" ".join(res.paragraphs)))
    common = sum((want & got).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if not want and not got and res.error is None:
        precision = recall = f1 = 1.0
    text = _squeeze(" ".join(res.paragraphs))
    first, last = _edges(page.expected)
    headline_ok = None if page.title is None else _folded(page.title) == _folded(res.headline)
    headline_near = None if page.title is None else _near(page.title, res.headline)
    missing = [p for p in page.expected if _squeeze(p) not in text]
    want_text = _squeeze(" ".join(page.expected))
    extra = [p for p in res.paragraphs if _squeeze(p) not in want_text]
    return Scored(
        page.name, half, precision, recall, f1, headline_ok, headline_near,
        None if first is None else _squeeze(first) in text,
        None if last is None else _squeeze(last) in text,
        res.error, res.seconds, res.headline, missing, extra)


def summary(rows: list[Scored]) -> dict[str, object]:
    def share(values: list[bool | None]) -> dict[str, object]:
        known = [v for v in values if v is not None]
        return {"ok": sum(known), "n": len(known),
                "rate": round(sum(known) / len(known), 4) if known else None}

    errors = Counter(r.error for r in rows if r.error)
    return {
        "pages": len(rows),
        "precision": round(statistics.fmean(r.precision for r in rows), 4) if rows else None,
        "recall": round(statistics.fmean(r.recall for r in rows), 4) if rows else None,
        "f1": round(statistics.fmean(r.f1 for r in rows), 4) if rows else None,
        "f1_median": round(statistics.median(r.f1 for r in rows), 4) if rows else None,
        "headline": share([r.headline_ok for r in rows]),
        "headline_near": share([r.headline_near for r in rows]),
        "first": share([r.first_ok for r in rows]),
        "last": share([r.last_ok for r in rows]),
        "raised": sum(errors.values()),
        "errors": dict(errors.most_common()),
        "seconds": round(sum(r.seconds for r in rows), 2),
    }


def evaluate(pages: list[Page], jobs: int) -> dict[str, list[Scored]]:
    cut = (len(pages) + 1) // 2
    halves = ["tune" if i < cut else "held" for i in range(len(pages))]
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(run_both, pages, chunksize=4))
    else:
        results = [run_both(p) for p in pages]
    return {
        "ours": [score(p, h, r[0]) for p, h, r in zip(pages, halves, results, strict=True)],
        "trafilatura": [score(p, h, r[1]) for p, h, r in zip(pages, halves, results, strict=True)],
    }


def short_pages(pages: list[Page]) -> tuple[list[Page], list[str]]:
    """The pages to score, and the names of those whose expected article is too short."""
    keep = [p for p in pages if text_words(" ".join(p.expected)) >= MIN_ARTICLE_WORDS]
    return keep, [p.name for p in pages if p not in keep]


def figures(scored: dict[str, list[Scored]]) -> dict[str, dict[str, dict[str, object]]]:
    return {ex: {h: summary([r for r in rows if h == "whole" or r.half == h]) for h in HALVES}
            for ex, rows in scored.items()}


def _rate(m: dict[str, object], key: str) -> str:
    v = m[key]
    assert isinstance(v, dict)
    return "-" if v["rate"] is None else f"{v['rate']:.3f}"


def table(name: str, figs: dict[str, dict[str, dict[str, object]]]) -> str:
    head = ("extractor", "half", "pages", "P", "R", "F1", "F1 med", "headline", "head~", "first",
            "last", "raised", "secs")
    rows = []
    for ex in EXTRACTORS:
        for h in HALVES:
            m = figs[ex][h]
            rows.append((ex, h, str(m["pages"]), f"{m['precision']:.3f}", f"{m['recall']:.3f}",
                         f"{m['f1']:.3f}", f"{m['f1_median']:.3f}", _rate(m, "headline"), _rate(m, "headline_near"),
                         _rate(m, "first"), _rate(m, "last"), str(m["raised"]),
                         f"{m['seconds']:.1f}"))
    widths = [max(len(head[i]), *(len(r[i]) for r in rows)) for i in range(len(head))]
    out = [f"== {name}"]
    out.append("  ".join(h.ljust(w) if i < 2 else h.rjust(w)
                         for i, (h, w) in enumerate(zip(head, widths, strict=True))))
    for r in rows:
        out.append("  ".join(c.ljust(w) if i < 2 else c.rjust(w)
                             for i, (c, w) in enumerate(zip(r, widths, strict=True))))
    for ex in EXTRACTORS:
        errors = figs[ex]["whole"]["errors"]
        assert isinstance(errors, dict)
        for msg, n in errors.items():
            out.append(f"  {ex} raised {n}x: {msg}")
    return "\n".join(out)


def show(scored: dict[str, list[Scored]], n: int) -> str:
    base = {r.name: r for r in scored["trafilatura"]}
    tune = sorted((r for r in scored["ours"] if r.half == "tune"), key=lambda r: (r.f1, r.name))
    out = []
    for r in tune[:n]:
        b = base[r.name]
        out.append(f"{r.name}: F1 {r.f1:.3f} (P {r.precision:.3f} R {r.recall:.3f}); "
                   f"trafilatura F1 {b.f1:.3f}; headline ok={r.headline_ok} "
                   f"first={r.first_ok} last={r.last_ok}"
                   + (f"; raised {r.error}" if r.error else ""))
        out.append(f"    headline: {r.got_headline[:120]!r}")
        for p in r.missing[:4]:
            out.append(f"    missing: {p[:160]!r}")
        for p in r.extra[:4]:
            out.append(f"    extra:   {p[:160]!r}")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    env = os.environ.get("VERSIONTRACK_EXTRACT_PAGES", "")
    ap.add_argument("paths", nargs="*", type=Path,
                    default=[Path(p) for p in env.split(":") if p])
    ap.add_argument("--json", action="store_true", help="print the figures (and pages) as JSON")
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="list the tuning half's N worst pages")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    args = ap.parse_args()
    if not args.paths:
        print("eval_extract: no page folder given (pass a path or set "
              "VERSIONTRACK_EXTRACT_PAGES)", file=sys.stderr)
        return 1
    corpora = []
    for path in args.paths:
        if not path.is_dir():
            print(f"eval_extract: {path} is not a folder", file=sys.stderr)
            return 1
        try:
            corpora.append((path, read_corpus(path)))
        except (ValueError, KeyError, TypeError, OSError) as exc:
            print(f"eval_extract: {path}: {exc}", file=sys.stderr)
            return 1
    report: dict[str, object] = {}
    texts = []
    for path, all_pages in corpora:
        pages, short = short_pages(all_pages)
        scored = evaluate(pages, args.jobs)
        figs = figures(scored)
        name = f"{path.name} ({len(pages)} pages)"
        if short:
            name += f"; left out, under {MIN_ARTICLE_WORDS} expected words: {', '.join(short)}"
        if args.json:
            report[str(path)] = {
                "figures": figs,
                "short": short,
                "pages": {ex: [{k: v for k, v in asdict(r).items()
                                if k not in ("missing", "extra")} for r in rows]
                          for ex, rows in scored.items()},
            }
        else:
            texts.append(table(name, figs))
        if args.show:
            texts.append(f"-- {name}: worst {args.show} of the tuning half\n"
                         + show(scored, args.show))
    if args.json:
        print(json.dumps(report, indent=1))
        if texts:
            print("\n\n".join(texts), file=sys.stderr)
    else:
        print("\n\n".join(texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
