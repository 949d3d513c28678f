"""End to end on real notes: is a change that a real published note discloses called disclosed,
and is a change next to real text that is not a note called silent?

The note detector is scored alone by ``bench/eval_notes.py``. What a reader of an audit meets is
the verdict, which also needs the note tied to the change. For each record of the shared
development set of real notes (``../shared/notes-dev/notes.jsonl``, read at run time, never
copied), this builds a two-version story of our own invented text: version 1 states a fact,
version 2 states it differently and carries the record's text where the record says the outlet
put it (top, bottom, inline in the body, or the headline). When the record states a wrong and a
right value, the fact changes from the one to the other inside a sentence of ours, so the note's
values can be matched; otherwise a figure of ours changes (the note is then tied by position or
not at all). The pair is audited with the default policy, and the changed paragraph's finding is
read:

- positives (correction, clarification, editor's note, withdrawal): **disclosed** is right;
  silent-correction is the mistake the tool must not make about a newsroom;
- updates: reported apart (a note that only says a story was updated may or may not own up to a
  changed fact; the policy decides);
- negatives and update-promises: **silent-correction** is right; disclosed means a text that is
  not a note excused a change.

Printed for the even ids (the half the detector was tuned on), the odd ids (held out) and the
whole set, by label, language, position and whether values are stated. ``--show silent`` lists
even-half positives called silent (odd texts stay unread). ``--json`` for programs. Exits 0, or 1
when the file is missing. Usage: ``python bench/eval_verdicts.py [PATH] [--json] [--show WHAT]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jsonl import read_records

from versiontrack.audit.judge import audit_versions
from versiontrack.models import Article, Version

DEFAULT = Path("/work/shared/notes-dev/notes.jsonl")
POSITIVE = ("correction", "clarification", "editors_note", "withdrawal")
NEGATIVE = ("negative", "update-promise")

HEADLINE = "Regional council backs a new tram line through the harbour district"
BODY = (
    "The regional council voted on Thursday to build a tram line from the railway station to "
    "the harbour district, ending two years of argument over the route.",
    "Supporters said the line would take cars off the coast road and bring shoppers back to "
    "the old market streets, which have lost trade since the bypass opened.",
    "Opponents argued that the money would be better spent on buses, which can change their "
    "routes when the town grows in another direction.",
    "{fact}",
    "Work on the first section is due to start next spring, once the council has bought the "
    "land it needs near the goods yard.",
    "Residents of the terraces along the route will be offered help with noise insulation, "
    "the transport committee said.",
    "The line will have nine stops, and trams will run every eight minutes at busy times.",
    "A public meeting on the design of the stops will be held at the library next month.",
)
FACT_VALUES = "Council papers put one figure in the plan at {value}, according to the minutes."
FACT_OLD = "The first phase is budgeted at 42 million euros, the finance office said."
FACT_NEW = "The first phase is budgeted at 48 million euros, the finance office said."


def _half(rec: dict[str, Any]) -> str:
    return "even" if int(rec["id"].rsplit("-", 1)[1]) % 2 == 0 else "odd"


def _facts(rec: dict[str, Any]) -> tuple[str, str, bool]:
    values = rec.get("values") or {}
    old, new = values.get("old"), values.get("new")
    if old and new and " ".join(old.split()) != " ".join(new.split()):
        return (FACT_VALUES.format(value=" ".join(old.split())),
                FACT_VALUES.format(value=" ".join(new.split())), True)
    return FACT_OLD, FACT_NEW, False


def build(rec: dict[str, Any]) -> tuple[Article, Article, int]:
    """The two versions for one record, and the changed paragraph's index in version 2."""
    old_fact, new_fact, _ = _facts(rec)
    lines = [" ".join(line.split()) for line in rec["text"].split("\n") if line.strip()]
    before = [p.format(fact=old_fact) for p in BODY]
    after = [p.format(fact=new_fact) for p in BODY]
    fact_at = BODY.index("{fact}")
    headline = HEADLINE
    position = rec.get("position") or "bottom"
    if position == "top":
        after = lines + after
        fact_at += len(lines)
    elif position == "inline":
        after = after[:6] + lines + after[6:]
    elif position == "headline":
        headline = lines[0]
        after = lines[1:] + after
        fact_at += len(lines) - 1
    else:
        after = after + lines
    v1 = Article.from_text("\n\n".join([HEADLINE, *before]))
    v2 = Article.from_text("\n\n".join([headline, *after]))
    return v1, v2, fact_at


def verdict_of(rec: dict[str, Any], v1: Article, v2: Article) -> str:
    """The finding kind for the record's changed fact when ``v1`` becomes ``v2``
    ("disclosed", "silent-correction", ...), or "none"."""
    versions = []
    for number, (art, when) in enumerate(((v1, "2026-03-02T09:00:00+00:00"),
                                          (v2, "2026-03-04T09:00:00+00:00")), start=1):
        versions.append((Version("bench", number, f"c{number}", when, art.headline,
                                 art.words, len(art.paragraphs)), art, b""))
    audit = audit_versions(versions, story="bench")
    _, new_fact, _ = _facts(rec)
    for f in audit.findings:
        if f.change is None or f.to_version != 2:
            continue
        texts = " ".join(str(t) for t in (f.change.new_text, f.change.old_text) if t)
        if (new_fact[:40] in texts or FACT_OLD[:40] in texts) and f.kind in (
                "disclosed", "silent-correction", "exempt", "update", "undisclosed-update"):
            return f.kind
    return "none"


def verdict(rec: dict[str, Any]) -> str:
    """The finding kind for the changed fact ("disclosed", "silent-correction", ...)."""
    v1, v2, _ = build(rec)
    return verdict_of(rec, v1, v2)


def group(rec: dict[str, Any]) -> str:
    """"positive", "negative" or the record's own label (update)."""
    return ("positive" if rec["label"] in POSITIVE else
            "negative" if rec["label"] in NEGATIVE else rec["label"])


def evaluate(records: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for half in ("even", "odd", "whole"):
        recs = [r for r in records if half == "whole" or _half(r) == half]
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for r in recs:
            v = verdict(r)
            g = group(r)
            keys = [g, f"{g} {r['label']}", f"{g} lang {r['lang']}",
                    f"{g} at {r.get('position') or '?'}",
                    f"{g} values {'stated' if _facts(r)[2] else 'not stated'}"]
            for k in keys:
                counts[k][v] += 1
        out[half] = {k: dict(c) for k, c in counts.items()}
    return out


def _rate(c: dict[str, int], kind: str) -> str:
    n = sum(c.values())
    return f"{c.get(kind, 0)}/{n} {c.get(kind, 0) / n:.3f}" if n else "-"


def print_table(res: dict[str, Any]) -> None:
    keys = sorted({k for h in res.values() for k in h},
                  key=lambda k: (k.split()[0] != "positive", k.split()[0], len(k.split()) > 1, k))
    print(f"{'':34} {'even':>18} {'odd (held out)':>18} {'whole':>18}")
    for k in keys:
        group = k.split()[0]
        want = "silent-correction" if group == "negative" else "disclosed"
        label = f"{k}: {'silent' if group == 'negative' else 'disclosed'}"
        cells = [_rate(res[h].get(k, {}), want) for h in ("even", "odd", "whole")]
        print(f"{label:34} {cells[0]:>18} {cells[1]:>18} {cells[2]:>18}")
    for h in ("even", "odd", "whole"):
        pos = res[h].get("positive", {})
        print(f"{h}: positives called silent: {pos.get('silent-correction', 0)}; "
              f"other verdicts: { {k: v for k, v in pos.items() if k not in ('disclosed', 'silent-correction')} }")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path,
                    default=Path(os.environ.get("VERSIONTRACK_NOTES_DEV", DEFAULT)))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--show", choices=("silent", "disclosed"),
                    help="even half only: positives called silent, or negatives called disclosed")
    args = ap.parse_args()
    if not args.path.is_file():
        print(f"error: no notes file at {args.path}", file=sys.stderr)
        return 1
    try:
        records = read_records(args.path, "a note record")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.show:
        want = "positive" if args.show == "silent" else "negative"
        for r in records:
            if _half(r) != "even":
                continue
            if group(r) != want:
                continue
            v = verdict(r)
            if (want == "positive" and v != "disclosed") or (want == "negative" and v == "disclosed"):
                print(f"{r['id']} {r['lang']} {r.get('position')} {v}: {r['text'][:160]!r}")
        return 0
    res = evaluate(records)
    if args.json:
        print(json.dumps(res, indent=1, sort_keys=True))
    else:
        print_table(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
