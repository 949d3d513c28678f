"""Score the correction-note detector on the shared development set of real published notes.

Each record's text is fed to :func:`versiontrack.audit.notes.find_notes` as an article whose
paragraphs are the text's non-blank lines, the first line also offered as the headline. A record
counts as found when any note comes back.

Scored, for the even ids (the half rules are tuned on), the odd ids (held out) and the whole set:

- positives = correction + clarification + editors_note + withdrawal against negatives =
  negative + update-promise: precision, recall, F1; recall per label, per language and per
  position (precision too where negatives sit there);
- updates on their own (found or not), and update-promises reported as notes (should be 0);
- false positives per negative_type;
- kind accuracy: of the positives and updates found, how many get their label's kind;
- exact values: of the found-or-not notes whose record states values, how many come back with
  old and new exactly as stated (None only where the record has null), and how many come back
  with a wrong (not None) value;
- the same for the value reader alone ("values exact, text alone"): each stating record's lines
  joined into one note text and read by :func:`versiontrack.audit.values.parse_values` the way
  :mod:`versiontrack.audit.notes` reads a note in a house form, so the value reader is measured
  apart from detection.

The texts are newsrooms' sentences: this script reads them at run time and the project never
copies them. Usage: ``python bench/eval_notes.py [PATH] [--json] [--show WHAT]``; the path
defaults to ``$VERSIONTRACK_NOTES_DEV`` or ``/work/shared/notes-dev/notes.jsonl``. ``--show``
lists the failures of one kind (missed, false, kind, values, alone) on the even half only, so the
held-out half's texts stay unread while tuning. Exits 0, or 1 when the file is missing or bad.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonl import read_records

from versiontrack.audit.notes import find_notes
from versiontrack.audit.values import parse_values
from versiontrack.models import Article, Note
from versiontrack.normalize import fold

DEFAULT = Path("/work/shared/notes-dev/notes.jsonl")
POSITIVE = ("correction", "clarification", "editors_note", "withdrawal")
NEGATIVE = ("negative", "update-promise")
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl")
POSITIONS = ("top", "bottom", "inline", "headline")
HALVES = ("even", "odd", "whole")


@dataclass(frozen=True)
class Scored:
    """One record and what the detector made of it."""

    rec: dict[str, Any]
    found: bool
    kind: str | None  # the record's predicted kind, in the data set's spelling
    old: str | None
    new: str | None
    alone: tuple[str | None, str | None]  # the value reader on the whole text, as one note


def _kind(notes: tuple[Note, ...]) -> str | None:
    """A record's kind: its first note that is not an update, else "update" (CORRECTED-UPDATE 2-)."""
    if not notes:
        return None
    strong = [n.kind for n in notes if n.kind != "update"]
    return (strong[0] if strong else "update").replace("editors-note", "editors_note")


def score(rec: dict[str, Any]) -> Scored:
    lines = tuple(line.strip() for line in rec["text"].split("\n") if line.strip())
    notes = find_notes(Article(headline=lines[0], paragraphs=lines))
    valued = [n for n in notes if n.old_value is not None or n.new_value is not None]
    pick = valued[0] if valued else None
    alone = parse_values(" ".join(lines)) if rec["values"] else (None, None)
    return Scored(rec, bool(notes), _kind(notes), pick.old_value if pick else None,
                  pick.new_value if pick else None, alone)


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return fold(a).strip(" '\"") == fold(b).strip(" '\"")


def value_state(s: Scored, alone: bool = False) -> str:
    """"exact", "none" (a stated side came back None, nothing wrong) or "wrong"; ``alone``
    judges the value reader's own reading of the whole text instead of the detected note's."""
    gold = s.rec["values"] or {}
    g_old, g_new = gold.get("old"), gold.get("new")
    old, new = s.alone if alone else (s.old, s.new)
    if _same(old, g_old) and _same(new, g_new):
        return "exact"
    if (old is not None and not _same(old, g_old)) or (new is not None and not _same(new, g_new)):
        return "wrong"
    return "none"


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(f, 3)}


def metrics(scored: list[Scored]) -> dict[str, Any]:
    pos = [s for s in scored if s.rec["label"] in POSITIVE]
    neg = [s for s in scored if s.rec["label"] in NEGATIVE]
    upd = [s for s in scored if s.rec["label"] == "update"]
    tp = sum(s.found for s in pos)
    fp = sum(s.found for s in neg)
    out: dict[str, Any] = {"records": len(scored), "positives": _prf(tp, fp, len(pos) - tp)}
    out["per_label"] = {
        label: {"n": len(rows), "found": sum(s.found for s in rows),
                "kind_ok": sum(s.kind == label for s in rows)}
        for label in (*POSITIVE, "update")
        for rows in [[s for s in scored if s.rec["label"] == label]]
    }
    out["updates_found"] = {"n": len(upd), "found": sum(s.found for s in upd)}
    out["update_promises_reported"] = sum(s.found for s in scored
                                          if s.rec["label"] == "update-promise")
    for key, values in (("lang", LANGS), ("position", POSITIONS)):
        table = {}
        for v in values:
            p = [s for s in pos if s.rec[key] == v]
            n = [s for s in neg if s.rec[key] == v]
            t = sum(s.found for s in p)
            table[v] = _prf(t, sum(s.found for s in n), len(p) - t) | {"n": len(p)}
        out[f"per_{key}"] = table
    fps: Counter[str] = Counter()
    for s in neg:
        if s.found:
            fps[s.rec.get("negative_type") or s.rec["label"]] += 1
    out["false_positives"] = dict(fps.most_common())
    found = [s for s in pos + upd if s.found]
    out["kind_accuracy"] = {"found": len(found),
                            "ok": sum(s.kind == s.rec["label"] for s in found)}
    stated = [s for s in pos + upd if s.rec["values"]]
    states = Counter(value_state(s) for s in stated)
    out["values"] = {"stated": len(stated), "exact": states["exact"], "wrong": states["wrong"],
                     "none": states["none"]}
    alone = Counter(value_state(s, alone=True) for s in stated)
    out["values_alone"] = {"stated": len(stated), "exact": alone["exact"],
                           "wrong": alone["wrong"], "none": alone["none"]}
    return out


def _half(rec: dict[str, Any]) -> str:
    return "even" if int(rec["id"].rsplit("-", 1)[1]) % 2 == 0 else "odd"


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} {a / b:.3f}" if b else "-"


def table(results: dict[str, dict[str, Any]]) -> str:
    rows: list[tuple[str, list[str]]] = []

    def row(name: str, get: Any) -> None:
        rows.append((name, [get(results[h]) for h in HALVES]))

    row("records", lambda m: str(m["records"]))
    for k in ("precision", "recall", "f1"):
        row(f"positives {k}", lambda m, k=k: f"{m['positives'][k]:.3f}")
    row("positives tp/fp/fn",
        lambda m: "{tp}/{fp}/{fn}".format(**m["positives"]))
    for label in (*POSITIVE, "update"):
        row(f"  found {label}",
            lambda m, lb=label: _ratio(m["per_label"][lb]["found"], m["per_label"][lb]["n"]))
    row("update-promises reported", lambda m: str(m["update_promises_reported"]))
    for lang in LANGS:
        row(f"  {lang} P / R", lambda m, v=lang: "{precision:.3f} / {recall:.3f} (n={n})".format(
            **m["per_lang"][v]))
    for pos in POSITIONS:
        row(f"  {pos} P / R", lambda m, v=pos: "{precision:.3f} / {recall:.3f} (n={n})".format(
            **m["per_position"][v]))
    types = sorted({t for m in results.values() for t in m["false_positives"]})
    for t in types:
        row(f"  FP {t}", lambda m, t=t: str(m["false_positives"].get(t, 0)))
    if not types:
        row("  FP by negative_type", lambda m: "none")
    row("kind accuracy", lambda m: _ratio(m["kind_accuracy"]["ok"], m["kind_accuracy"]["found"]))
    row("values exact", lambda m: _ratio(m["values"]["exact"], m["values"]["stated"]))
    row("values wrong", lambda m: _ratio(m["values"]["wrong"], m["values"]["stated"]))
    row("values exact, text alone",
        lambda m: _ratio(m["values_alone"]["exact"], m["values_alone"]["stated"]))
    row("values wrong, text alone",
        lambda m: _ratio(m["values_alone"]["wrong"], m["values_alone"]["stated"]))
    width = max(len(name) for name, _ in rows)
    cols = [max(len(h), *(len(c[i]) for _, c in rows)) for i, h in enumerate(HALVES)]
    lines = ["  ".join([" " * width] + [h.rjust(w) for h, w in zip(HALVES, cols, strict=True)])]
    for name, cells in rows:
        lines.append("  ".join([name.ljust(width)]
                               + [c.rjust(w) for c, w in zip(cells, cols, strict=True)]))
    return "\n".join(lines)


def show(scored: list[Scored], what: str) -> list[str]:
    """Failures of one kind on the even half (the half rules may be tuned on)."""
    out = []
    for s in scored:
        r = s.rec
        if _half(r) != "even":
            continue
        bad = {
            "missed": r["label"] in (*POSITIVE, "update") and not s.found,
            "false": r["label"] in NEGATIVE and s.found,
            "kind": s.found and r["label"] in (*POSITIVE, "update") and s.kind != r["label"],
            "values": bool(r["values"]) and value_state(s) != "exact",
            "alone": bool(r["values"]) and value_state(s, alone=True) != "exact",
        }[what]
        if bad:
            old, new = s.alone if what == "alone" else (s.old, s.new)
            extra = f" got={s.kind} old={old!r} new={new!r} want={r['values']}"
            out.append(f"{r['id']} {r['label']} {r['lang']} {r['position']}{extra}\n"
                       f"    {r['text'][:600]!r}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path,
                    default=Path(os.environ.get("VERSIONTRACK_NOTES_DEV", DEFAULT)))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--show", choices=("missed", "false", "kind", "values", "alone"),
                    help="list the even half's failures of one kind")
    args = ap.parse_args()
    if not args.path.is_file():
        print(f"eval_notes: no development set at {args.path} (pass a path or set "
              "VERSIONTRACK_NOTES_DEV)", file=sys.stderr)
        return 1
    try:
        records = read_records(args.path, "a note record")
        scored = [score(r) for r in records]
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        print(f"eval_notes: {args.path} is not a notes development set: {exc}", file=sys.stderr)
        return 1
    if args.show:
        print("\n".join(show(scored, args.show)))
        return 0
    groups: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        groups[_half(s.rec)].append(s)
        groups["whole"].append(s)
    results = {h: metrics(groups[h]) for h in HALVES}
    print(json.dumps(results, indent=2) if args.json else table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
