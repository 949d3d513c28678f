"""How often the note detector fires on ordinary news prose, where there is no note at all.

The note sets (``bench/eval_notes.py``) measure precision on hard negatives: texts written about
corrections. An article is mostly ordinary paragraphs, and there a false note does quiet harm:
the paragraph is taken out of the comparison, so an edit inside it is never seen, and a note
can disclose a change it has nothing to do with. This reads real articles with no notes in them
(collected outside the project, read at run time, never copied), one JSON object a line::

    {"id": "o-0001", "lang": "en", "outlet": "...", "headline": "...", "paragraphs": [...]}

or a folder of one of the public extraction test sets ``bench/eval_extract.py`` reads (a
checkout of github.com/scrapinghub/article-extraction-benchmark, whose ``ground-truth.json``
bodies are the articles; or of github.com/mozilla/readability, whose ``expected.html`` pages
are), and prints the paragraphs read, the notes found (each one a false note, unless the page
carries a real one: ``--show`` them), per language (``-`` for a folder).
``--show`` lists them. Exits 0, or 1 when the file is missing or a line is not an article.
Usage: ``python bench/eval_ordinary.py PATH|FOLDER [--show]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jsonl import read_records

from versiontrack.audit.notes import find_notes
from versiontrack.models import Article

DEFAULT = Path("/work/notes-extra/ordinary/articles.jsonl")


def _folder(path: Path) -> list[dict[str, object]]:
    """The articles of a public extraction test set's checkout (ValueError when it is none)."""
    from eval_extract import read_corpus

    return [{"id": page.name, "lang": "-", "headline": page.title or "",
             "paragraphs": list(page.expected)} for page in read_corpus(path)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    path = Path(args.path)
    if not (path.is_file() or path.is_dir()):
        print(f"error: {path}: no such file or folder", file=sys.stderr)
        return 1
    paras: Counter[str] = Counter()
    found: Counter[str] = Counter()
    shown = []
    try:
        records = _folder(path) if path.is_dir() else read_records(path, "an article")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for n, rec in enumerate(records, start=1):
        try:
            body = tuple(" ".join(str(p).split()) for p in rec["paragraphs"] if str(p).strip())
            lang = str(rec.get("lang") or "?")
        except (KeyError, TypeError) as exc:
            print(f"error: {path}: record {n}: not an article ({exc})", file=sys.stderr)
            return 1
        paras[lang] += len(body)
        for note in find_notes(Article(headline=str(rec.get("headline") or ""), paragraphs=body)):
            found[lang] += 1
            shown.append(f"   {rec.get('id', n)} {lang} {note.kind}: {note.text[:100]}")
    for lang in sorted(paras):
        print(f"{lang}: {paras[lang]} paragraphs, {found[lang]} false notes")
    total = sum(paras.values())
    print(f"all: {total} paragraphs, {sum(found.values())} false notes "
          f"({100 * sum(found.values()) / max(total, 1):.2f}% of paragraphs)")
    if args.show:
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
