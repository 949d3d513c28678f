"""Kill -9 drill: kill a batch ingest at random points, then check nothing is lost or stuck.

Each trial starts ``versiontrack ingest`` on a batch that changes every story, kills its whole
process group (git included) with SIGKILL after a random delay, then:

- lost: a version the killed run printed (acknowledged) that the archive does not hold as printed;
- stuck: the same batch run again does not exit 0;
- duplicates: a story with more versions than batches given (re-running made a fake version);
- litter: git locks, temporary packs, fast-import crash reports, marks or init folders still
  there after that next run;
- fsck: ``git fsck`` or ``versiontrack verify`` not clean.

Usage: python bench/drill_kill.py [--trials 30] [--stories 40] [--seed 1]
Prints the counts; exits 1 when any of lost, stuck, duplicates, litter or fsck is not 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CMD = [sys.executable, "-m", "versiontrack"]


def litter(archive: Path) -> list[str]:
    git = archive / ".git"
    found = [str(p) for p in git.glob("*.lock")]
    found += [str(p) for p in (git / "refs").rglob("*.lock")]
    found += [str(p) for p in git.glob("objects/pack/tmp_*")]
    found += [str(p) for p in git.glob("fast_import_crash_*")]
    state = archive / ".versiontrack"
    found += [str(p) for p in state.glob("marks.*")] + [str(p) for p in state.glob("init.*")]
    return found


def write_batch(folder: Path, stories: int, trial: int) -> list[Path]:
    """One HTML page per story (its canonical link names the story), edition ``trial``."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for s in range(stories):
        f = folder / f"s{s:03d}.html"
        paras = "".join(f"<p>Story {s} paragraph {p} in its edition {trial}, with enough words "
                        "to stand as a real paragraph of a news article.</p>" for p in range(8))
        f.write_text(
            f'<html><head><title>Headline of story {s}</title><link rel="canonical" '
            f'href="https://example.com/news/drill-story-{s:03d}"></head><body><article>'
            f"<h1>Headline of story {s}</h1><p>Edition {trial} of story {s} begins here, "
            f"told in a full sentence.</p>{paras}</article></body></html>")
        files.append(f)
    return files


def ingest(archive: Path, files: list[Path], trial: int) -> list[str]:
    when = f"2026-02-01T{trial // 60:02d}:{trial % 60:02d}:00Z"
    return [*CMD, "ingest", *map(str, files), "--fetched-at", when, "--archive", str(archive)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=30)
    ap.add_argument("--stories", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="vt-drill-"))
    archive = tmp / "archive"
    counts = dict.fromkeys(("trials", "killed", "finished_first", "acknowledged", "lost", "stuck", "duplicates", "litter_before", "litter", "fsck", "recovered_msgs"), 0)
    durations: list[float] = []
    for trial in range(args.trials + 1):
        files = write_batch(tmp / f"batch{trial}", args.stories, trial)
        cmd = ingest(archive, files, trial)
        if trial == 0:  # a clean run: the archive, and how long a batch takes
            started = time.monotonic()
            subprocess.run(cmd, check=True, capture_output=True)
            durations.append(time.monotonic() - started)
            continue
        counts["trials"] += 1
        out = tmp / f"out{trial}.txt"
        with out.open("w") as fh:
            proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
            # Most of a run is start-up and extraction: aim the kills at its second half, where
            # git and the index are written.
            started = time.monotonic()
            time.sleep(rng.uniform(0.3, 1.05) * min(durations))
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                counts["killed"] += 1
            else:  # faster than the estimate (a busy machine at the start): learn from it
                durations.append(time.monotonic() - started)
                counts["finished_first"] += 1
            proc.wait()
        acked = [line.split() for line in out.read_text().splitlines() if line.strip()]
        counts["acknowledged"] += len(acked)
        counts["litter_before"] += len(litter(archive))
        again = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if again.returncode != 0:
            counts["stuck"] += 1
            print(f"trial {trial}: re-run exited {again.returncode}: {again.stderr.strip()}")
        counts["recovered_msgs"] += again.stderr.count("recovered:")
        counts["litter"] += len(litter(archive))
        for status, story, number in acked:
            if status not in ("new", "suspect"):
                continue
            shown = subprocess.run([*CMD, "show", story, "--version", number[1:], "--archive",
                                    str(archive)], capture_output=True, text=True, check=False)
            if f"Edition {trial} of" not in shown.stdout:
                counts["lost"] += 1
                print(f"trial {trial}: lost {story} {number}: {shown.stdout[:80]!r} "
                      f"{shown.stderr.strip()}")
        stories = subprocess.run([*CMD, "stories", "--json", "--archive", str(archive)],
                                 capture_output=True, text=True, check=False)
        for info in json.loads(stories.stdout or "[]"):
            if info["versions"] > trial + 1:
                counts["duplicates"] += 1
        fsck = subprocess.run(["git", "fsck", "--no-dangling", "--no-progress"], cwd=archive,
                              capture_output=True, check=False)
        verify = subprocess.run([*CMD, "verify", "--archive", str(archive)],
                                capture_output=True, check=False)
        if fsck.returncode or verify.returncode:
            counts["fsck"] += 1
            print(f"trial {trial}: fsck {fsck.stderr[-300:]!r} verify {verify.stdout[-300:]!r}")
    print(f"kill -9 drill: {args.trials} trials of a {args.stories}-page batch "
          f"(a clean batch took {min(durations):.2f}s)")
    for k, v in counts.items():
        print(f"  {k:<16} {v}")
    shutil.rmtree(tmp, ignore_errors=True)
    bad = sum(counts[k] for k in ("lost", "stuck", "duplicates", "litter", "fsck"))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
