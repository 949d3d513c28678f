"""Benchmark the findings database: full export, incremental re-exports, stats.

    python bench/bench_export.py [--stories 1000 10000] [--versions 5] [--changed 10]

For each size, builds a throwaway archive (as bench_report.py does), then prints: the time of
one ``audit --all``-like pass (audit_story on every story) for comparison, the full export with
rows per second, a re-export with nothing changed, a re-export after ``--changed`` stories got
a new version (and its share of the full time), the database size per version, and the time of
``stats`` (overall and by outlet) on the kept database. Never gates anything on absolute time.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_report import build_archive

from versiontrack.archive.plan import IngestItem
from versiontrack.audit.judge import audit_story
from versiontrack.models import Article
from versiontrack.research.sqlite import export_sqlite
from versiontrack.research.stats import archive_stats


def _one(stories: int, versions: int, changed: int, base: Path) -> None:
    t0 = time.perf_counter()
    archive = build_archive(base / "archive", stories, versions)
    print(f"\n== {stories} stories x {versions} versions (archive built in "
          f"{time.perf_counter() - t0:.1f} s)", flush=True)
    with archive:
        keys = [i.key for i in archive.stories()]
        t0 = time.perf_counter()
        for key in keys:
            audit_story(archive, key)
        t_audit = time.perf_counter() - t0
        print(f"audit pass over every story: {t_audit:.2f} s", flush=True)

        out = base / "findings.db"
        t0 = time.perf_counter()
        full = export_sqlite(archive, out)
        t_full = time.perf_counter() - t0
        print(f"full export: {t_full:.2f} s, {full.rows} rows ({full.rows / t_full:,.0f} rows/s, "
              f"{full.written / t_full:,.0f} stories/s)", flush=True)
        size = out.stat().st_size
        print(f"database: {size / 1e6:.1f} MB, {size / (stories * versions) / 1024:.1f} KiB "
              "per version")

        t0 = time.perf_counter()
        same = export_sqlite(archive, out)
        t_same = time.perf_counter() - t0
        print(f"re-export, nothing changed: {t_same:.2f} s ({same.written} written, "
              f"{t_same / t_full:.1%} of full)")

        rng = random.Random(2)
        later = datetime(2026, 3, 1, tzinfo=UTC).isoformat()
        items = []
        for key in rng.sample(keys, min(changed, len(keys))):
            art = archive.article(key, -1)
            items.append(IngestItem(Article(
                headline=art.headline, paragraphs=(*art.paragraphs, "A paragraph added later."),
                url=art.url, canonical_url=art.canonical_url, outlet=art.outlet,
                extractor="text"), None, later, story=key))
        archive.ingest_many(items)
        t0 = time.perf_counter()
        inc = export_sqlite(archive, out)
        t_inc = time.perf_counter() - t0
        print(f"re-export after {changed} stories changed: {t_inc:.2f} s ({inc.written} "
              f"written, {t_inc / t_full:.1%} of full; target under 5%)")

    t0 = time.perf_counter()
    archive_stats(out)
    archive_stats(out, "outlet")
    t_stats = time.perf_counter() - t0
    print(f"stats on the kept database (overall + by outlet): {t_stats:.3f} s "
          f"({t_stats / t_audit:.2%} of the audit pass)")
    print(f"stats from scratch (full export + stats): {t_full + t_stats:.2f} s "
          f"({(t_full + t_stats) / t_audit:.2f}x the audit pass)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--versions", type=int, default=5)
    ap.add_argument("--changed", type=int, default=10)
    args = ap.parse_args(argv)
    for n in args.stories:
        with tempfile.TemporaryDirectory(prefix="vt-bench-export-") as tmp:
            _one(n, args.versions, args.changed, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
