"""Benchmark one snapshot pass over N articles served from 127.0.0.1.

The site runs in a child process (so its CPU is not counted as ours) and serves a news sitemap
and N article pages built from the seed paragraphs. A first pass archives every article. Then a
quarter of the pages change, a quarter answer conditional requests with 304, and the rest come
back byte-identical with 200. The second pass is timed:

- concurrency 8 with 2 extraction worker processes (the default),
- the same pass with concurrency 1 (the baseline ratio the issue asks for),
- concurrency 8 with extraction in the main process (is the process pool worth it?),
- the notification step, with a quarter and with one in fifty of the pages changed: the same
  default pass with and without two ``[[notify]]`` targets (every event, one message per
  change, i.e. per story's new version; every event in one digest) on a webhook receiver in a child process, alternately,
  ``--repeat`` times each, every pass in a fresh process as cron runs it (so the notifying
  pass pays for importing Apprise and the audit), and again with each timed pass the second
  one of its process, as ``snapshot --every`` runs them (the loading paid by the pass
  before, on another copy of the archive). The step is everything that exists only
  because notifications are on: the warm-up (Apprise and its plugins, the audit modules, the
  templates, in a thread while git archives the new pages), the audits of the changed
  stories, the events, rendering, the outbox writes and the sends to the receiver, which
  answers each one (``--hook-latency`` makes it wait first, like a remote service). Its wall
  time is the step at the pass's end; its CPU is the step's plus the warm-up's, as a share of
  the CPU of the pass without notifications (this process and its threads, the extraction
  workers, git). The difference of the two passes is printed as a cross-check (noisy on a
  shared machine), and so is the wall time of each phase of both passes: what the warm-up
  costs the archiving it overlaps shows there (ingest+state), not in the step's figure.
  No ``[report]`` by
  default; ``--with-report`` measures again with one in both passes (the seed's report
  built first): the report's audits of the changed stories are then shared with the step and
  counted as the report's, and the sends overlap the report's build.

Each variant starts from a copy of the archive as the first pass left it. Prints pages per
second and CPU seconds per page split into fetch (main process: HTTP, hashing, scheduling),
extract (trafilatura in the workers) and ingest (main process + git). Never gates anything.

    python bench/bench_snapshot.py [--articles 1000] [--latency MS] [--hook-latency MS]
                                   [--repeat 3] [--notify-only] [--with-report]
                                   [--process fresh|living|both]

With ``--latency 0`` (the default) 127.0.0.1 answers at once and the pass is bound by CPU;
``--latency 30`` adds 30 ms per article response, closer to a real site.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from sitekit import AP_PARAGRAPHS, OTHER_PARAGRAPHS, Reply, Site, article_html

T0 = datetime(2026, 2, 5, 12, 0, tzinfo=UTC)


def page_path(root: Path, i: int) -> Path:
    return root / f"{i}.html"


def write_pages(root: Path, n: int, base: str, changed: set[int] = frozenset()) -> None:
    pool = AP_PARAGRAPHS + OTHER_PARAGRAPHS
    for i in range(n):
        paras = [pool[(i + k) % len(pool)] for k in range(7)]
        paras[0] = f"Story number {i}. " + paras[0]
        if i in changed:
            paras[2] = paras[2].replace("the", "THE", 1) + " An update was added."
        html = article_html(f"Story {i}: talks resume", paras, url=f"{base}/a/{i}",
                            stamp=None)
        page_path(root, i).write_text(html, encoding="utf-8")


def serve(root: str, n: int, validators_every: int, latency: float,  # type: ignore[no-untyped-def]
          conn) -> None:
    """Child process: serve the sitemap and the pages from ``root`` (re-read per request)."""
    folder = Path(root)
    with Site() as site:
        site.robots("", status=404)
        site.news_sitemap("/sitemap.xml", [(f"/a/{i}", f"Story {i}") for i in range(n)])

        def handler_for(i: int):  # type: ignore[no-untyped-def]
            path = page_path(folder, i)
            conditional = i % validators_every == 1

            def handler(req: dict[str, str]) -> Reply:
                body = path.read_bytes()
                headers = {"Content-Type": "text/html; charset=utf-8"}
                if conditional:
                    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                    headers["ETag"] = etag
                    if req.get("if-none-match") == etag:
                        return Reply(304, b"", headers, latency)
                return Reply(200, body, headers, latency)

            return handler

        for i in range(n):
            site.route(f"/a/{i}", handler_for(i))
        conn.send(site.base)
        conn.recv()  # wait for the parent to say stop


def receive(count, conn, latency: float = 0.0) -> None:  # type: ignore[no-untyped-def]
    """A webhook receiver on 127.0.0.1, in a child process like the site (its CPU is not the
    notification step's): counts the messages in ``count``; sends its port on ``conn``; waits
    ``latency`` seconds before each answer, to stand in for a remote service."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class H(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if latency:
                time.sleep(latency)
            with count.get_lock():
                count.value += 1
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *a) -> None:  # type: ignore[no-untyped-def]
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), H)
    conn.send(server.server_address[1])
    server.serve_forever()


def run(archive_dir: Path, wl, now: datetime, *, concurrency: int, workers: int):  # type: ignore[no-untyped-def]
    from versiontrack.archive.store import Archive
    from versiontrack.snapshot.run import PassOptions, build_policy, run_pass

    policy = replace(build_policy(wl.defaults), concurrency=concurrency, per_host=concurrency)
    with Archive.open(archive_dir) as archive:
        t0 = time.perf_counter()
        report = run_pass(archive, wl, PassOptions(now=now, policy=policy,
                                                   extract_workers=workers))
        wall = time.perf_counter() - t0
    return report, wall


def timed_pass(archive_dir: str, wl_path: str, now: datetime, notify: bool,  # type: ignore[no-untyped-def]
               conn, warm_dir: str = "") -> None:
    """Child process: one pass (default settings: concurrency 8, 2 extraction workers), timed
    as a cron run would be, imports included; sends (wall, CPU, timings, delivery) on
    ``conn``. CPU is this process's (every thread) plus the extraction workers' and git's.

    ``warm_dir``: first run the same pass on that copy of the archive, untimed, as the process
    of ``snapshot --every`` has run passes before (its imports, compiled patterns, Apprise's
    plugins and the extraction fork server are then in place); says ``"warm"`` on ``conn``
    and waits for an answer before the timed pass, so the parent can count the messages of
    the timed pass alone."""
    from versiontrack.archive.store import Archive
    from versiontrack.snapshot.run import PassOptions, build_policy, run_pass
    from versiontrack.snapshot.watchlist import load_watchlist

    def one(folder: str, wl_file: str):  # type: ignore[no-untyped-def]
        wl = load_watchlist(Path(wl_file))
        policy = replace(build_policy(wl.defaults), concurrency=8, per_host=8)
        with Archive.open(Path(folder)) as archive:
            return run_pass(archive, wl, PassOptions(now=now, policy=policy,
                                                     extract_workers=2, notify=notify))

    if warm_dir:
        one(warm_dir, str(Path(warm_dir) / "versiontrack.toml"))
        conn.send("warm")
        conn.recv()
    t0, c0 = time.perf_counter(), time.process_time()
    report = one(archive_dir, wl_path)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    t = report.timings
    d = report.delivery
    conn.send({"wall": wall, "cpu": cpu + t.get("extract_cpu", 0.0)
               + t.get("ingest_git_cpu", 0.0), "timings": dict(t),
               "new": report.counts()["new"],
               "delivery": {"queued": d.queued, "delivered": d.delivered,
                            "audits": getattr(d, "audits", 0),
                            "shared": getattr(d, "shared_audits", 0),
                            "audit_wall": d.audit_seconds, "send_wall": d.send_seconds}
               if d else {}})


def notify_share(root: Path, wl_text: str, label: str, every: int, repeat: int,  # type: ignore[no-untyped-def]
                 got, report: bool = False, living: bool = False) -> None:
    """The notification step's cost against the same pass without it, both run ``repeat``
    times (alternately, each from a copy of the seed archive, each in a fresh process).
    ``report``: both passes keep the seed's report current (``[report]``). ``living``: each
    timed pass is the second of its process (see :func:`timed_pass`), as in
    ``snapshot --every``."""
    ctx = multiprocessing.get_context("spawn")
    runs: dict[bool, list[dict]] = {False: [], True: []}  # type: ignore[type-arg]
    received = []
    for k in range(repeat):
        for notify in (False, True):
            copies = []
            for part in ("warm", "run") if living else ("run",):
                copy = root / f"{part}-notify-{every}-{k}-{int(notify)}"
                shutil.copytree(root / "seed", copy, symlinks=True)
                (copy / "versiontrack.toml").write_text(
                    wl_text + ('[report]\nfolder = "site"\n' if report else ""),
                    encoding="utf-8")
                copies.append(copy)
            copy = copies[-1]
            mine, theirs = ctx.Pipe()
            proc = ctx.Process(target=timed_pass,
                               args=(str(copy), str(copy / "versiontrack.toml"),
                                     T0 + timedelta(minutes=20), notify, theirs,
                                     str(copies[0]) if living else ""))
            proc.start()
            if living:
                assert mine.recv() == "warm"
                before = got.value
                mine.send("go")
            else:
                before = got.value
            runs[notify].append(mine.recv())
            proc.join()
            for c in copies:
                shutil.rmtree(c)
            if notify:
                received.append(got.value - before)

    def med(values) -> float:  # type: ignore[no-untyped-def]
        return statistics.median(values)

    base, on = runs[False], runs[True]
    base_wall, base_cpu = med(r["wall"] for r in base), med(r["cpu"] for r in base)
    step_wall = med(r["timings"].get("notify_wall", 0.0) for r in on)
    step_cpu = med(r["timings"].get("notify_cpu", 0.0) for r in on)
    warm_cpu = med(r["timings"].get("notify_warmup_cpu", 0.0) for r in on)
    total_cpu = med(r["timings"].get("notify_cpu", 0.0)
                    + r["timings"].get("notify_warmup_cpu", 0.0) for r in on)
    d = on[-1]["delivery"]
    audit_wall = med(r["delivery"].get("audit_wall", 0.0) for r in on)
    send_wall = med(r["delivery"].get("send_wall", 0.0) for r in on)
    msgs = max(received[-1], 1)
    print(f"{label} of the pages changed ({on[-1]['new']} new versions); 2 notify targets "
          f"(every event: one message per change; one digest); median of {repeat} runs each, "
          + ("each timed pass the second in its process, as with snapshot --every"
             if living else "every pass in a fresh process")
          + ("; both passes keep [report] current" if report else ""))
    print(f"  pass without notifications: {base_wall:.2f} s wall, {base_cpu:.2f} s CPU")
    print(f"  pass with them:             {med(r['wall'] for r in on):.2f} s wall, "
          f"{med(r['cpu'] for r in on):.2f} s CPU "
          f"({d.get('queued', 0)} queued, {d.get('delivered', 0)} delivered, "
          f"{received[-1]} messages received, {d.get('audits', 0)} stories audited for "
          f"the step, {d.get('shared', 0)} audits taken from the report's)")
    if report:
        print("  (with [report] the sends overlap the report's build, and their time there is "
              "not the step's: the difference of the passes below is the whole cost)")
    print(f"  notification step: {step_wall:.3f} s wall = {100 * step_wall / base_wall:.1f}% "
          f"of the pass; CPU {step_cpu:.3f} s + warm-up {warm_cpu:.3f} s = "
          f"{100 * total_cpu / base_cpu:.1f}% of the pass's CPU")
    per_story = (f"{1000 * audit_wall / d['audits']:.2f} ms a story" if d.get("audits")
                 else "events from the report's audits")
    print(f"    of which audits {audit_wall:.3f} s wall ({per_story}), delivery "
          f"{send_wall:.3f} s wall ({1000 * send_wall / msgs:.2f} ms a message)")
    print(f"  difference of the two passes: {100 * (med(r['wall'] for r in on) - base_wall) / base_wall:+.1f}% wall, "
          f"{100 * (med(r['cpu'] for r in on) - base_cpu) / base_cpu:+.1f}% CPU")

    def phases(rs) -> str:  # type: ignore[no-untyped-def]
        t = [r["timings"] for r in rs]
        return (f"fetch+extract {med(x.get('fetch_wall', 0) + x.get('extract_wall', 0) for x in t):.2f}, "
                f"ingest+state {med(x.get('ingest_wall', 0) for x in t):.2f}, "
                f"other {med(x.get('wall', 0) - x.get('fetch_wall', 0) - x.get('extract_wall', 0) - x.get('ingest_wall', 0) - x.get('notify_wall', 0) for x in t):.2f}")

    # Where a difference of the passes lands: a warm-up that slows the pass's own steps shows
    # here, not in the step's figure above.
    print(f"  wall s by phase, without: {phases(base)}")
    print(f"                   with:    {phases(on)}, step at the end {step_wall:.2f}")


def describe(label: str, report, wall: float) -> dict[str, float]:  # type: ignore[no-untyped-def]
    t = report.timings
    pages = max(len(report.outcomes), 1)
    c = report.counts()
    fetch = t.get("fetch_cpu", 0.0)
    extract = t.get("extract_cpu", 0.0)
    ingest = t.get("ingest_cpu", 0.0) + t.get("ingest_git_cpu", 0.0)
    print(f"{label}")
    print(f"  {pages} pages in {wall:.2f} s = {pages / wall:.0f} pages/s   "
          f"(new {c['new']}, unchanged {c['unchanged']}, not modified {c['not_modified']}, "
          f"failed {sum(c['failed'].values())}; extracted {t.get('extracted', 0):.0f})")
    print(f"  CPU ms/page: fetch {1000 * fetch / pages:.2f}, extract {1000 * extract / pages:.2f}"
          f" ({1000 * extract / max(t.get('extracted', 1), 1):.1f} per extracted page), "
          f"ingest {1000 * ingest / pages:.2f} "
          f"(git {1000 * t.get('ingest_git_cpu', 0) / pages:.2f})")
    print(f"  wall s: fetch+extract {t.get('fetch_wall', 0) + t.get('extract_wall', 0):.2f}, "
          f"ingest+state {t.get('ingest_wall', 0):.2f}")
    return {"wall": wall, "pages_per_s": pages / wall}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--latency", type=float, default=0.0, metavar="MS",
                    help="server think time per article response, to stand in for a network")
    ap.add_argument("--hook-latency", type=float, default=0.0, metavar="MS",
                    help="webhook receiver think time per message, to stand in for a remote "
                         "service")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each pass the notification figures take the median of")
    ap.add_argument("--with-report", action="store_true",
                    help="measure the notification step again with [report] in both passes")
    ap.add_argument("--notify-only", action="store_true",
                    help="skip the concurrency and extraction variants")
    ap.add_argument("--process", choices=("fresh", "living", "both"), default="both",
                    help="measure the notification step with each pass in a fresh process "
                         "(cron), as the second pass of a process (snapshot --every), or both")
    args = ap.parse_args()
    n = args.articles
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))

    from versiontrack.snapshot.watchlist import parse_watchlist

    with tempfile.TemporaryDirectory(prefix="vt-bench-") as tmp:
        root = Path(tmp)
        pages = root / "pages"
        pages.mkdir()
        parent, child = multiprocessing.Pipe()
        server = multiprocessing.get_context("spawn").Process(
            target=serve, args=(str(pages), n, 4, args.latency / 1000, child), daemon=True)
        write_pages(pages, n, "http://127.0.0.1")  # placeholder until the port is known
        server.start()
        base = parent.recv()
        write_pages(pages, n, base)
        wl_path = root / "versiontrack.toml"
        wl_path.write_text(f'[defaults]\ndelay = 0\ntimeout = 10\n[[feeds]]\n'
                           f'url = "{base}/sitemap.xml"\n', encoding="utf-8")
        wl = parse_watchlist(wl_path.read_bytes(), wl_path)
        try:
            from versiontrack.archive.store import Archive

            Archive.open(root / "seed", create=True).close()
            report, wall = run(root / "seed", wl, T0, concurrency=8, workers=2)
            describe(f"first pass: {n} new articles (concurrency 8, 2 extraction workers)",
                     report, wall)
            # A quarter change (i % 4 == 0); a quarter answer 304 (i % 4 == 1, served with
            # an ETag); the other half come back identical with 200.
            write_pages(pages, n, base, changed={i for i in range(n) if i % 4 == 0})
            results = {}
            variants = [("concurrency 8, 2 extraction workers", 8, 2),
                        ("concurrency 1, 2 extraction workers (baseline)", 1, 2),
                        ("concurrency 8, extraction in the main process", 8, 0)]
            if args.notify_only:
                variants = []
            for label, conc, workers in variants:
                copy = root / f"run-{conc}-{workers}"
                shutil.copytree(root / "seed", copy, symlinks=True)
                report, wall = run(copy, wl, T0 + timedelta(minutes=20), concurrency=conc,
                                   workers=workers)
                print()
                results[(conc, workers)] = describe(f"second pass: {label}", report, wall)
            ctx = multiprocessing.get_context("spawn")
            got = ctx.Value("i", 0)
            hook_end, hook_child = ctx.Pipe()
            hook_server = ctx.Process(target=receive,
                                      args=(got, hook_child, args.hook_latency / 1000),
                                      daemon=True)
            hook_server.start()
            hook = f"json://127.0.0.1:{hook_end.recv()}/hook"
            wl_text = (wl_path.read_text(encoding="utf-8")
                       + f'[[notify]]\nurl = "{hook}"\non = "all"\n'
                       + f'[[notify]]\nurl = "{hook}?digest=1"\non = "all"\ndigest = true\n')
            rates = (("a quarter", 4), ("one in fifty", 50))
            lives = {"fresh": (False,), "living": (True,), "both": (False, True)}[args.process]
            for share_changed, every in rates:
                write_pages(pages, n, base, changed={i for i in range(n) if i % every == 0})
                for living in lives:
                    print()
                    notify_share(root, wl_text, share_changed, every, args.repeat, got,
                                 living=living)
            if args.with_report:
                from versiontrack.render.report.site import build_report

                with Archive.open(root / "seed") as archive:
                    build_report(archive, root / "seed" / "site")
                for share_changed, every in rates:
                    write_pages(pages, n, base, changed={i for i in range(n) if i % every == 0})
                    for living in lives:
                        print()
                        notify_share(root, wl_text, share_changed, every, args.repeat, got,
                                     report=True, living=living)
            hook_server.terminate()
            print()
            print(f"server latency {args.latency:g} ms per article, webhook latency "
                  f"{args.hook_latency:g} ms per message")
            if results:
                base_rate = results[(1, 2)]["pages_per_s"]
                print("speed-up of concurrency 8 over 1: "
                      f"{results[(8, 2)]['pages_per_s'] / base_rate:.2f}x; "
                      f"2 workers over in-process extraction: "
                      f"{results[(8, 2)]['pages_per_s'] / results[(8, 0)]['pages_per_s']:.2f}x")
            print("load average at end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        finally:
            parent.send("stop")
            server.join(timeout=5)


if __name__ == "__main__":
    main()
