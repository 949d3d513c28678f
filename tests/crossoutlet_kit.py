"""The labelled cross-outlet set (tests/data/cross-outlet) ingested into an archive through the
real CLI, and the scores the gate pins."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import run_cli

DATA = Path(__file__).parent / "data" / "cross-outlet"
LABELS = json.loads((DATA / "labels.json").read_text(encoding="utf-8"))


def build_archive(path: Path) -> Path:
    """Ingest every capture of the labelled set, in the labels' order, into ``path``."""
    for cap in LABELS["captures"]:
        r = run_cli("ingest", DATA / "pages" / cap["file"], "--url", cap["url"], "--story",
                    cap["story"], "--fetched-at", cap["fetched_at"], "--archive", path)
        assert r.exit_code == 0, r.output
    return path


def scores(compared: dict[str, Any], related: list[str]) -> dict[str, float]:
    """Link precision/recall/F1, fact-difference recall, propagation accuracy and related
    precision/recall of one ``compare --json`` run (every copy and non-copy) and one
    ``related`` list of the source."""
    tp = fp = fn = 0
    found = total = 0
    prop_ok = prop_total = 0
    by_story = {c["story"]: c for c in compared["copies"]}
    for key, gold in LABELS["copies"].items():
        got = by_story[key]
        links = got["alignment"]["links"]
        assert len(links) == len(gold["links"]), f"{key}: paragraph count changed"
        for g, x in zip(gold["links"], links, strict=True):
            gs, ps = set(g), set(x["sources"])
            tp, fp, fn = tp + len(gs & ps), fp + len(ps - gs), fn + len(gs - ps)
        for f in gold["facts"]:
            total += 1
            found += any(
                d["copy_paragraph"] == f["copy_paragraph"]
                and set(f["source"].split()) <= set(d["source_value"].split())
                and set(f["copy"].split()) <= set(d["copy_value"].split())
                and f["label"] in d["labels"] for d in got["facts"])
        states = [s["state"] for s in got["propagation"][0]["states"]] if got["propagation"] \
            else []
        want = []
        for state, upto in gold["propagation"]:
            want += [state] * (upto - len(want))
        prop_total += 1
        prop_ok += states == want
    for key in LABELS["not_copies"]:
        prop_total += 1
        prop_ok += by_story[key]["verdict"] == "not a copy"
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    rel = set(related)
    gold_rel = set(LABELS["related"])
    return {
        "link_precision": p, "link_recall": r, "link_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "fact_recall": found / total, "verdicts_and_propagation": prop_ok / prop_total,
        "related_precision": len(rel & gold_rel) / len(rel) if rel else 0.0,
        "related_recall": len(rel & gold_rel) / len(gold_rel),
    }
