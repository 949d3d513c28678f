"""Benchmark importing history: a WARC file and a NewsEdits-schema file, against batch ingest.

Builds, in a temporary directory, a WARC of ``--warc`` HTML responses and a NewsEdits-schema
SQLite file of ``--newsedits`` versions (the same texts: generated words, stories of
``--versions`` versions each), then measures, each in a fresh process so its peak memory (max
RSS) is its own:

- ``warc import``: ``versiontrack ingest FILE.warc.gz``'s path (stream, extract, batches);
- ``warc baseline``: the same pages as files read and extracted, then one ``ingest_many``
  batch (what ``versiontrack ingest *.html`` does);
- ``newsedits import``: ``versiontrack import newsedits``'s path;
- ``newsedits baseline``: the same texts as ready Articles, ``ingest_many`` in batches of the
  same size;

into an empty archive and into one already holding ``--base`` versions. Memory flatness: the
NewsEdits import is also run on a quarter of the file, and the two peaks are compared.
Targets (issue 12): >= 1,000 versions/s for NewsEdits text; import close to ingest; memory flat
in the input size. Prints figures; never fails on time (exits 0).

Usage: ``python bench/bench_import.py [--warc 10000] [--newsedits 100000] [--base 50000]``.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

WORDS = ["harbour", "ferry", "council", "pier", "budget", "vote", "residents", "mayor", "repair", "timetable", "island", "engineers", "weather", "crossing", "tender", "report", "week", "officials", "plan", "said", "boats"]
T0 = datetime(2019, 1, 1, tzinfo=UTC)


def texts(n: int, per_story: int, seed: int = 7) -> list[tuple[int, int, str, list[str], str]]:
    """(story, version, headline, paragraphs, created) for n versions; each version changes
    one paragraph of the one before."""
    rng = random.Random(seed)
    out = []
    paras: list[str] = []
    for i in range(n):
        story, version = divmod(i, per_story)
        if version == 0:
            paras = [" ".join(rng.choice(WORDS) for _ in range(45)).capitalize() + "."
                     for _ in range(8)]
        else:
            paras = list(paras)
            paras[rng.randrange(len(paras))] = (
                " ".join(rng.choice(WORDS) for _ in range(45)).capitalize() + ".")
        created = (T0 + timedelta(hours=version, seconds=story)).isoformat()
        out.append((story, version, f"Harbour story {story}", paras, created))
    return out


def page(story: int, headline: str, paras: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    url = f"https://bench.example/news/{story}"
    return (f'<!doctype html><html><head><title>{headline}</title><link rel="canonical" '
            f'href="{url}"></head><body><article><h1>{headline}</h1>{body}</article>'
            f"</body></html>").encode()


def write_warc(path: Path, rows: list) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for story, _v, head, paras, created in rows:
            body = page(story, head, paras)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(
                f"https://bench.example/news/{story}", "response", payload=io.BytesIO(body),
                length=len(body), http_headers=http,
                warc_headers_dict={"WARC-Date": created.replace("+00:00", "Z")}))


def write_newsedits(path: Path, rows: list) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE entryversion (id INTEGER PRIMARY KEY, entry_id INTEGER, version "
                 "INTEGER, created TEXT, title TEXT, url TEXT, num_versions INTEGER, "
                 "summary TEXT)")
    conn.executemany("INSERT INTO entryversion VALUES (?,?,?,?,?,?,?,?)", [
        (i, story, v, created.replace("T", " ")[:19], head,
         f"https://bench.example/news/{story}", 0, "<p>" + "</p><p>".join(paras) + "</p>")
        for i, (story, v, head, paras, created) in enumerate(rows)])
    conn.commit()
    conn.close()


# ---------------------------------------------------------------------------------- phases


def phase(name: str, work: Path, arch: Path, count: int, per_story: int) -> dict:
    from versiontrack.archive.plan import IngestItem
    from versiontrack.archive.store import Archive
    from versiontrack.extract.reader import read_page
    from versiontrack.extract.warc import read_archive_file
    from versiontrack.history.importer import capture_item, run_import
    from versiontrack.history.newsedits import NewsEdits
    from versiontrack.models import Article, Skipped

    t = time.perf_counter()
    with Archive.open(arch, create=True) as archive:
        if name == "warc-import":
            entries = (("", r if isinstance(r, Skipped) else capture_item(r, None, r.url))
                       for r in read_archive_file(work / "bench.warc.gz", "warc"))
            s = run_import(archive, entries, batch_size=200)
            new = s.new + s.suspect
        elif name == "warc-baseline":
            items = []
            for story, _v, head, paras, created in texts(count, per_story):
                raw = page(story, head, paras)
                url = f"https://bench.example/news/{story}"
                items.append(IngestItem(read_page(raw, "x.html", "html", url=url), raw,
                                        created, None, url, "raw.html"))
            new = sum(r.status in ("new", "suspect") for r in archive.ingest_many(items))
        elif name.startswith("ne-import"):
            with NewsEdits(work / ("bench-quarter.db" if "quarter" in name else "bench.db")) \
                    as corpus:
                s = run_import(archive, corpus.records(), batch_size=5000)
            new = s.new + s.suspect
        elif name == "ne-baseline":
            new = 0
            batch: list = []
            for story, _v, head, paras, created in texts(count, per_story):
                url = f"https://bench.example/news/{story}"
                batch.append(IngestItem(Article(head, tuple(paras), url=url, canonical_url=url,
                                                extractor="bench"), None, created, None, url))
                if len(batch) == 5000:
                    new += sum(r.status == "new" for r in archive.ingest_many(batch))
                    batch = []
            new += sum(r.status == "new" for r in archive.ingest_many(batch))
        else:
            raise SystemExit(f"unknown phase {name}")
    secs = time.perf_counter() - t
    rss = peak_mb()
    return {"phase": name, "versions": new, "seconds": secs, "rate": new / secs,
            "peak_mb": rss}


def peak_mb() -> float:
    """This process's peak resident memory in MB. VmHWM, not ru_maxrss: Linux carries
    ru_maxrss over exec, so a child would report its parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_phase(name: str, work: Path, base: Path | None, count: int, per_story: int) -> dict:
    arch = work / f"arch-{name}-{'base' if base else 'empty'}"
    shutil.rmtree(arch, ignore_errors=True)
    if base is not None:
        shutil.copytree(base, arch, symlinks=True)
    out = subprocess.run([sys.executable, __file__, "--phase", name, "--work", str(work),
                          "--arch", str(arch), "--count", str(count), "--versions",
                          str(per_story)], check=True, capture_output=True, text=True)
    shutil.rmtree(arch, ignore_errors=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def build_base(work: Path, n: int, per_story: int) -> Path:
    """An archive of n versions of other stories (so the imports add to a big archive)."""
    from versiontrack.archive.plan import IngestItem
    from versiontrack.archive.store import Archive
    from versiontrack.models import Article

    path = work / "base"
    items = []
    for story, _v, head, paras, created in texts(n, per_story, seed=99):
        url = f"https://base.example/news/{story}"
        items.append(IngestItem(Article(head, tuple(paras), url=url, canonical_url=url,
                                        extractor="bench"), None, created, None, url))
    with Archive.open(path, create=True) as a:
        for i in range(0, len(items), 10000):
            a.ingest_many(items[i:i + 10000])
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warc", type=int, default=10_000, help="records in the WARC")
    ap.add_argument("--newsedits", type=int, default=100_000, help="versions in the file")
    ap.add_argument("--base", type=int, default=50_000, help="versions already archived")
    ap.add_argument("--versions", type=int, default=10, help="versions per story")
    ap.add_argument("--phase")
    ap.add_argument("--work")
    ap.add_argument("--arch")
    ap.add_argument("--count", type=int, default=0)
    args = ap.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, Path(args.work), Path(args.arch), args.count,
                               args.versions)))
        return 0

    with tempfile.TemporaryDirectory(prefix="vt-bench-import-") as tmp:
        work = Path(tmp)
        t = time.perf_counter()
        write_warc(work / "bench.warc.gz", texts(args.warc, args.versions))
        rows = texts(args.newsedits, args.versions)
        write_newsedits(work / "bench.db", rows)
        write_newsedits(work / "bench-quarter.db", rows[: args.newsedits // 4])
        del rows
        print(f"inputs: WARC of {args.warc:,} responses "
              f"({(work / 'bench.warc.gz').stat().st_size / 2**20:.1f} MB), NewsEdits file of "
              f"{args.newsedits:,} versions ({(work / 'bench.db').stat().st_size / 2**20:.1f} "
              f"MB), built in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        base = build_base(work, args.base, args.versions) if args.base else None
        if base:
            print(f"base archive of {args.base:,} versions built in "
                  f"{time.perf_counter() - t:.1f} s")
        print(f"{'phase':<22}{'archive':<10}{'versions':>9}{'seconds':>9}{'ver/s':>9}"
              f"{'peak MB':>9}")
        results: dict[tuple[str, str], dict] = {}
        plan = [("warc-import", args.warc), ("warc-baseline", args.warc),
                ("ne-import", args.newsedits), ("ne-baseline", args.newsedits),
                ("ne-import-quarter", args.newsedits // 4)]
        for where, b in (("empty", None), ("base", base)):
            if where == "base" and b is None:
                continue
            for name, count in plan:
                if where == "base" and name == "ne-import-quarter":
                    continue
                r = run_phase(name, work, b, count, args.versions)
                results[(name, where)] = r
                print(f"{name:<22}{where:<10}{r['versions']:>9,}{r['seconds']:>9.1f}"
                      f"{r['rate']:>9.0f}{r['peak_mb']:>9.0f}", flush=True)
        print()
        for where in ("empty", "base"):
            if ("warc-import", where) not in results:
                continue
            w = results[("warc-import", where)]["rate"] / results[("warc-baseline", where)]["rate"]
            n = results[("ne-import", where)]["rate"] / results[("ne-baseline", where)]["rate"]
            print(f"{where}: WARC import at {w:.2f}x the ingest rate of the same pages; "
                  f"NewsEdits import at {n:.2f}x the ingest rate of the same texts")
        q, f = results[("ne-import-quarter", "empty")], results[("ne-import", "empty")]
        print(f"memory: NewsEdits import peak {q['peak_mb']:.0f} MB for a quarter of the file, "
              f"{f['peak_mb']:.0f} MB for all of it (flat when these are close)")
        ne = results[("ne-import", "empty")]["rate"]
        print(f"target >= 1,000 NewsEdits versions/s: {ne:,.0f}/s "
              f"({'met' if ne >= 1000 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
