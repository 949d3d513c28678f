"""Real captured version pairs through the audit: is a change a real note explains called
disclosed, is a silent edit flagged, and is a developing story left alone?

``bench/eval_verdicts.py`` builds its two versions from invented text around a real note. Here
both versions are real: pairs of stored versions of one published article (from public news-diff
archives and scrapers' histories), collected outside the project and read at run time, never
copied. A JSONL file, one pair a line::

    {"id": "c-0001", "group": "a", "outlet": "...", "lang": "en",
     "v1_headline": "...", "v1_paragraphs": [...], "v1_time": "...",
     "v2_headline": "...", "v2_paragraphs": [...], "v2_time": "...",
     "note": "the note the later version adds, or null", "what_changed": "..."}

Groups: ``a`` the later version adds a note about its change; ``b`` facts change with no note;
``c`` only material is added (a developing story). Each pair is audited with the default policy
(``corrections``). Printed per group:

- a: the note found in version 2, and no silent correction left in the step (every changed fact
  disclosed); a silent correction here is the mistake the tool must not make about a newsroom;
- b: at least one silent correction reported (a note found where there is none is counted too);
- c: no silent correction reported (added material is an update under the default policy).

``--show GROUP`` lists that group's pairs with their findings. ``--json`` for programs. Exits 0,
or 1 when the file is missing or a line is not a pair. Usage:
``python bench/eval_captures.py PATH [--json] [--show a|b|c]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jsonl import read_records

from versiontrack.audit.judge import StoryAudit, audit_versions
from versiontrack.models import Article, Version

DEFAULT = Path("/work/notes-extra/captures/pairs.jsonl")
T1, T2 = "2026-03-02T09:00:00+00:00", "2026-03-02T15:00:00+00:00"


def audit_pair(rec: dict[str, Any]) -> StoryAudit:
    """The default-policy audit of one pair (times as stored, else six hours apart)."""
    triples = []
    for n, side in ((1, "v1"), (2, "v2")):
        paras = tuple(" ".join(str(p).split()) for p in rec[f"{side}_paragraphs"] if str(p).strip())
        art = Article(headline=" ".join(str(rec.get(f"{side}_headline") or "").split()),
                      paragraphs=paras)
        when = rec.get(f"{side}_time") or (T1 if n == 1 else T2)
        triples.append((Version(rec["id"], n, f"c{n}", str(when), art.headline, art.words,
                                len(art.paragraphs)), art, b""))
    return audit_versions(triples, story=rec["id"])


def outcome(rec: dict[str, Any], audit: StoryAudit) -> dict[str, Any]:
    kinds = Counter(f.kind for f in audit.findings if f.to_version == 2)
    noted = bool(audit.notes)
    group = rec["group"]
    if group == "a":
        right = noted and kinds["silent-correction"] == 0
    elif group == "b":
        right = kinds["silent-correction"] > 0
    else:
        right = kinds["silent-correction"] == 0
    return {"id": rec["id"], "group": group, "outlet": rec.get("outlet", ""),
            "note_found": noted, "findings": dict(kinds), "right": right}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", choices=("a", "b", "c"))
    args = ap.parse_args()
    path = Path(args.path)
    if not path.is_file():
        print(f"error: {path}: no such file", file=sys.stderr)
        return 1
    results = []
    try:
        for n, rec in enumerate(read_records(path, "a version pair"), start=1):
            try:
                results.append(outcome(rec, audit_pair(rec)))
            except (KeyError, TypeError) as exc:
                raise ValueError(f"{path}: record {n}: not a version pair ({exc})") from None
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    labels = {"a": "note added: found, nothing left silent",
              "b": "silent edit: flagged",
              "c": "added material only: no silent correction"}
    for g in ("a", "b", "c"):
        rows = [r for r in results if r["group"] == g]
        if not rows:
            continue
        right = sum(r["right"] for r in rows)
        extra = ""
        if g == "a":
            extra = f"; note found {sum(r['note_found'] for r in rows)}/{len(rows)}"
        if g == "b":
            extra = f"; a note found anyway {sum(r['note_found'] for r in rows)}/{len(rows)}"
        print(f"{g}  {labels[g]:45} {right}/{len(rows)} {right / len(rows):.3f}{extra}")
        if args.show == g:
            for r in rows:
                print(f"   {r['id']} {'ok ' if r['right'] else 'BAD'} note={r['note_found']} "
                      f"{r['outlet'][:30]:30} {r['findings']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
