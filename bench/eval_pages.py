"""Real notes through the whole pipeline: from saved HTML pages to the verdict.

``bench/eval_verdicts.py`` hands the auditor text. What the tool meets in a snapshot run is a
page, and a note the extractor drops turns a disclosed correction into a "silent" one before the
note detector ever sees it. For each record of the shared development set of real notes
(``../shared/notes-dev/notes.jsonl``, read at run time, never copied), this builds the same
two-version story of our own invented text as ``eval_verdicts.py`` and writes each version as an
HTML page of a common news-site shape (navigation, headline, byline, body, related links, site
footer). Version 2 carries the record's text where the record says the outlet put it, in each of
the markups sites use there:

- top: a note box with a neutral class above the body, an ``<aside>``, an italic first paragraph;
- bottom: an italic last paragraph, a ``<footer>`` of the article, a box with a neutral class
  after the body, a paragraph after a ``<hr>``;
- inline: a plain paragraph of the body; headline: the ``<h1>``.

Both pages go through :func:`versiontrack.extract.html.extract_html` and the versions through the
auditor with the default policy. Printed per half (even ids, odd ids held out, whole) and per
markup: the share of notes the extraction kept (every line of the note in the extracted text),
positives called disclosed, and negatives called silent. ``--show LAYOUT`` lists even-half
positives whose note the extraction lost in that markup. ``--json`` for programs.
Usage: ``python bench/eval_pages.py [PATH] [--json] [--show LAYOUT] [--limit N]``. Exits 0, or 1
when the file is missing.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_verdicts import BODY, DEFAULT, HEADLINE, _facts, _half, group, verdict_of
from jsonl import read_records

from versiontrack.errors import VersionTrackError
from versiontrack.extract.html import extract_html
from versiontrack.models import Article
from versiontrack.normalize import fold

LAYOUTS = {
    "top": ("box", "aside", "italic"),
    "bottom": ("italic", "footer", "box", "rule"),
    "inline": ("plain",),
    "headline": ("h1",),
}

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | The Harbour Courier</title>
<meta property="og:site_name" content="The Harbour Courier">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2026-03-02T09:00:00+00:00">
</head><body>
<header class="site-header"><a href="/">The Harbour Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/about">About us</a></li></ul></nav></header>
<main><article class="story">
<h1 class="story-title">{h1}</h1>
<p class="byline">By Lena Marsh, transport reporter</p>
<time datetime="2026-03-02T09:00:00+00:00">2 March 2026</time>
{above}<div class="story-body">
{body}
</div>
{below}</article>
<section class="related"><h2>More from the Courier</h2><ul>
<li><a href="/a">Ferry timetable changes from May</a></li>
<li><a href="/b">Library opens on Sundays</a></li></ul></section>
</main>
<footer class="site-footer"><p>Copyright 2026 The Harbour Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body></html>
"""


def _p(text: str, wrap: str = "") -> str:
    inner = html.escape(text, quote=False)
    return f"<p><{wrap}>{inner}</{wrap}></p>" if wrap else f"<p>{inner}</p>"


def pages(rec: dict[str, Any], layout: str) -> tuple[str, str]:
    """Version 1 and version 2 of the record's story as HTML, the note in ``layout``."""
    old_fact, new_fact, _ = _facts(rec)
    lines = [" ".join(line.split()) for line in rec["text"].split("\n") if line.strip()]
    before = [p.format(fact=old_fact) for p in BODY]
    after = [p.format(fact=new_fact) for p in BODY]
    lang = rec.get("lang") or "en"
    note = "\n".join(_p(x) for x in lines)
    above = below = ""
    h1 = HEADLINE
    if layout == "box" and rec.get("position") == "top":
        above = f'<div class="story-notice">{note}</div>\n'
    elif layout == "aside":
        above = f"<aside>{note}</aside>\n"
    elif layout == "italic" and rec.get("position") == "top":
        after = [*(f"\x00i{x}" for x in lines), *after]
    elif layout == "italic":
        after = [*after, *(f"\x00i{x}" for x in lines)]
    elif layout == "footer":
        below = f'<footer class="story-footer">{note}</footer>\n'
    elif layout == "box":
        below = f'<div class="story-extra">{note}</div>\n'
    elif layout == "rule":
        after = [*after, "\x00hr", *lines]
    elif layout == "plain":
        after = after[:6] + lines + after[6:]
    elif layout == "h1":
        h1 = lines[0]
        after = lines[1:] + after

    def body(paras: list[str]) -> str:
        out = []
        for x in paras:
            if x == "\x00hr":
                out.append("<hr>")
            elif x.startswith("\x00i"):
                out.append(_p(x[2:], "em"))
            else:
                out.append(_p(x))
        return "\n".join(out)

    v1 = PAGE.format(lang=lang, title=html.escape(HEADLINE), h1=html.escape(HEADLINE),
                     above="", below="", body=body(before))
    v2 = PAGE.format(lang=lang, title=html.escape(h1), h1=html.escape(h1), above=above,
                     below=below, body=body(after))
    return v1, v2


def _squeeze(text: str) -> str:
    return "".join(fold(text).casefold().split())


def run(rec: dict[str, Any], layout: str) -> tuple[bool, str]:
    """(every line of the note survived extraction, the changed fact's verdict)."""
    v1, v2 = pages(rec, layout)
    arts: list[Article] = []
    for page in (v1, v2):
        try:
            arts.append(extract_html(page.encode("utf-8"), "https://courier.example/tram"))
        except VersionTrackError:
            return False, "extraction-failed"
    lines = [" ".join(line.split()) for line in rec["text"].split("\n") if line.strip()]
    got = _squeeze(" ".join((arts[1].headline, *arts[1].paragraphs)))
    kept = all(_squeeze(x) in got for x in lines)
    return kept, verdict_of(rec, arts[0], arts[1])


def evaluate(records: list[dict[str, Any]]) -> dict[str, Any]:
    rows = []
    for r in records:
        for layout in LAYOUTS.get(r.get("position") or "bottom", ("italic",)):
            kept, verdict = run(r, layout)
            rows.append((r, f"{r.get('position') or 'bottom'}/{layout}", kept, verdict))
    out: dict[str, Any] = {}
    for half in ("even", "odd", "whole"):
        table: dict[str, Counter[str]] = defaultdict(Counter)
        for r, where, kept, verdict in rows:
            if half != "whole" and _half(r) != half:
                continue
            g = group(r)
            for key in (f"{g} all", f"{g} {where}"):
                table[key]["n"] += 1
                table[key]["kept"] += kept
                table[key][verdict] += 1
        out[half] = {k: dict(c) for k, c in table.items()}
    return out


def print_table(res: dict[str, Any]) -> None:
    keys = sorted({k for h in res.values() for k in h},
                  key=lambda k: (k.split()[0] != "positive", k.split()[0], k.split()[1] != "all",
                                 k))
    print(f"{'':30} {'even':>24} {'odd (held out)':>24} {'whole':>24}")
    for k in keys:
        group = k.split()[0]
        want = "silent-correction" if group == "negative" else "disclosed"
        word = "silent" if group == "negative" else "disclosed"
        cells = []
        for h in ("even", "odd", "whole"):
            c = res[h].get(k)
            if not c:
                cells.append("-")
                continue
            n = c["n"]
            cells.append(f"kept {c['kept'] / n:.2f} {word} {c.get(want, 0) / n:.3f} n={n}")
        print(f"{k:30} {cells[0]:>24} {cells[1]:>24} {cells[2]:>24}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path,
                    default=Path(os.environ.get("VERSIONTRACK_NOTES_DEV", DEFAULT)))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--show", metavar="LAYOUT",
                    help="even half only: positives whose note this markup lost (e.g. top/aside)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N records (a quick run)")
    args = ap.parse_args()
    if not args.path.is_file():
        print(f"error: no notes file at {args.path}", file=sys.stderr)
        return 1
    try:
        records = read_records(args.path, "a note record")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.limit:
        records = records[:args.limit]
    if args.show:
        position, _, layout = args.show.partition("/")
        for r in records:
            if _half(r) != "even" or group(r) != "positive" or r.get("position") != position:
                continue
            kept, verdict = run(r, layout)
            if not kept or verdict != "disclosed":
                print(f"{r['id']} {r['lang']} kept={kept} {verdict}: {r['text'][:150]!r}")
        return 0
    res = evaluate(records)
    if args.json:
        print(json.dumps(res, indent=1, sort_keys=True))
    else:
        print_table(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
