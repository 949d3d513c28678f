"""Link quality of the paraphrase alignment on the real seed story (shared/seeds: the AP's and
two other outlets' versions), against the links in bench/seed_links.json (indices only).

Reads the seeds at run time (they stay out of the project), prints precision, recall and F1 of
the links per copy and overall, the copies' verdicts, and the fact differences found.

Usage: python bench/bench_cross_outlet_seeds.py [SEEDS_DIR]   (default: ../shared/seeds)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from versiontrack.audit.notes import strip_notes
from versiontrack.crossoutlet.copies import compare_texts
from versiontrack.extract.reader import read_page
from versiontrack.render.crossoutlet import fact_line


def load(path: Path) -> tuple[str, ...]:
    return strip_notes(read_page(path.read_bytes(), path.name, "text"))[0].paragraphs


def main() -> None:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent.parent / "shared" / "seeds"
    if not seeds.is_dir():
        seeds = Path("/work/shared/seeds")
    gold = json.loads((ROOT / "bench" / "seed_links.json").read_text(encoding="utf-8"))
    if not (seeds / gold["source"]).is_file():
        print(f"no seed {gold['source']} in {seeds}: pass the shared seed folder as the first "
              "argument (the real captures are read at run time, never copied into the project)")
        return
    source = load(seeds / gold["source"])
    all_tp = all_fp = all_fn = 0
    for name, links in gold["copies"].items():
        copy = load(seeds / name)
        if len(copy) != len(links):
            print(f"{name}: {len(copy)} paragraphs extracted, {len(links)} labelled: relabel")
            continue
        alignment, facts = compare_texts(source, copy)
        tp = fp = fn = 0
        for g, x in zip(links, alignment.links, strict=True):
            gs, ps = set(g), set(x.sources)
            tp, fp, fn = tp + len(gs & ps), fp + len(ps - gs), fn + len(gs - ps)
            if gs != ps:
                print(f"  {name} P{x.copy + 1}: labelled {sorted(gs)}, linked {sorted(ps)} "
                      f"(score {x.score})")
        all_tp, all_fp, all_fn = all_tp + tp, all_fp + fp, all_fn + fn
        print(f"{name}: {'copy' if alignment.is_copy else 'not a copy'}; " + _prf(tp, fp, fn))
        for f in facts:
            if f.kind == "differs":
                print(f"    {fact_line(f)}")
    print("overall: " + _prf(all_tp, all_fp, all_fn))


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"links precision {p:.3f} recall {r:.3f} F1 {f1:.3f} ({tp} right, {fp} wrong, {fn} missed)"


if __name__ == "__main__":
    main()
