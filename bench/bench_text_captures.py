"""How the plain-text reader reads the seed captures in /work/shared/seeds (or SEEDS_DIR).

For each seed prints the headline, the byline, the number of lines and of paragraphs kept, and
two checks: whether a later "Updated N hours ago" stamp leaves the text unchanged, and whether
one stray blank line changes the paragraph count. Figures only; the seeds are read at run time
and never copied into the project.

Usage: python bench/bench_text_captures.py [SEEDS_DIR]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from versiontrack.extract.html import extract_text


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds")
    seeds = sorted(folder.glob("*.txt"))
    if not seeds:
        print(f"no .txt seeds in {folder}")
        return
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        art = extract_text(text)
        lines = [line for line in text.splitlines() if line.strip()]
        restamped = re.sub(r"Updated \d+ hours? ago", "Updated 3 hours ago", text)
        split = text.splitlines()
        split.insert(min(3, len(split)), "")
        stray = extract_text("\n".join(split))
        print(f"{path.name}")
        print(f"  headline: {art.headline[:90]!r}")
        print(f"  byline:   {art.byline!r}")
        print(f"  {len(lines)} non-empty lines -> {len(art.paragraphs)} paragraphs "
              f"({art.words} words)")
        print(f"  new stamp leaves the text unchanged: {extract_text(restamped).same_text(art)}")
        print(f"  a stray blank line after line 3: {len(stray.paragraphs)} paragraphs")


if __name__ == "__main__":
    main()
