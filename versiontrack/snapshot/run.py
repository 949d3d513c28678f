"""One scheduled snapshot pass: watchlist -> feeds -> due stories -> fetch -> extract -> archive.

A pass (:func:`run_pass`)

1. holds ``<archive>/.versiontrack/snapshot.lock`` for its whole length, so two passes never
   overlap (the second raises :class:`~versiontrack.errors.LockBusy` unless told to wait);
2. reads every feed of the watchlist (conditional GET) and registers the articles it lists that
   pass the source's include/exclude patterns; ``[[urls]]`` entries are registered as they are;
3. picks the URLs that are due (``next_due <= now``) and fetches them politely
   (:mod:`versiontrack.snapshot.fetch`);
4. skips extraction when the server answered 304 or the raw bytes are identical to the latest
   version's (``mark_seen`` only); otherwise extracts in a pool of worker processes, drops page
   furniture paragraphs (:func:`drop_furniture`) and ingests everything in one
   :meth:`Archive.ingest_many` batch;
5. schedules each URL's next check by the story's age (:func:`recheck_interval`) and keeps
   per-source health, so a source whose extraction keeps coming back suspect is reported as
   degraded.

This module holds the pass itself: its options, its lock and the steps above. The parts it
drives live beside it: :mod:`~versiontrack.snapshot.discovery` (reading feeds, step 2),
:mod:`~versiontrack.snapshot.schedule` (times and the recheck arithmetic),
:mod:`~versiontrack.snapshot.state` (what passes remember, in the archive's state file, and source
health), :mod:`~versiontrack.extract.pool` (extraction worker processes, furniture) and
:mod:`~versiontrack.snapshot.outcomes` (the report records and the outcome vocabulary).
"""

from __future__ import annotations

import hashlib
import os
import resource
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Future
from contextlib import ExitStack
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pebble import ProcessExpired

from versiontrack.archive.index import content_hash
from versiontrack.errors import VersionTrackError
from versiontrack.extract.pool import JobResult, LazyPool, drop_furniture
from versiontrack.models import Article, Version
from versiontrack.snapshot.discovery import host_delays, read_feeds
from versiontrack.snapshot.fetch import Fetcher, FetchPolicy, FetchRequest, FetchResult, user_agent
from versiontrack.snapshot.outcomes import PassReport, UrlOutcome
from versiontrack.snapshot.passlock import pass_lock
from versiontrack.snapshot.state import (
    UrlRow,
    WatchState,
    open_state,
    rolled_back,
)
from versiontrack.snapshot.watchlist import Defaults, Watchlist
from versiontrack.times import iso, utcnow

if TYPE_CHECKING:

    from versiontrack.archive.store import Archive
    from versiontrack.audit.judge import StoryAudit
    from versiontrack.notify.run import Warmup

# The pass's public names, with those that moved to the modules beside this one when the pass
# was split up: callers keep importing them from here.
__all__ = [
    "PassOptions", "Progress", "build_policy", "run_pass",
]

# ------------------------------------------------------------------------------------ options

@dataclass(frozen=True)
class PassOptions:
    now: datetime | None = None  # the pass's clock (tests and replays); default: real UTC now
    # Check now whatever the schedule says, at the real time: () every URL still followed, or
    # the URLs named (a feed's URL names the articles it listed).
    recheck: tuple[str, ...] | None = None
    dry_run: bool = False
    wait: bool = False  # wait for a running pass to finish instead of raising LockBusy
    concurrency: int | None = None  # overrides the watchlist's [defaults] concurrency
    # Worker processes for extraction; 0 = extract in this process. The workers come from a
    # multiprocessing fork server, so a script that runs passes needs the usual
    # ``if __name__ == "__main__":`` guard (the ``versiontrack`` command has it).
    extract_workers: int = 2
    # Fewer due pages than this: one worker process (with an extraction budget) or extraction
    # in this process (without one, or with extract_workers=0, where no budget can hold).
    pool_min_pages: int = 40
    extract_budget: float | None = None  # overrides the watchlist's [defaults] extract_budget
    policy: FetchPolicy | None = None  # full override of the fetch policy (tests, bench)
    transport: Any = None  # an httpx transport, for tests that need one
    notify: bool = True  # deliver the watchlist's [[notify]] events after the pass
    report: bool = True  # update the watchlist's [report] after the pass


Progress = Callable[[int, int], None]  # (done, total)


# ------------------------------------------------------------------------------------ the pass

def build_policy(defaults: Defaults, concurrency: int | None = None) -> FetchPolicy:
    return FetchPolicy(
        user_agent=user_agent(defaults.contact, defaults.user_agent),
        timeout=defaults.timeout, max_bytes=defaults.max_bytes, retries=defaults.retries,
        deadline=defaults.deadline, private_redirects=defaults.private_redirects,
        per_host=defaults.per_host, delay=defaults.delay,
        concurrency=concurrency or defaults.concurrency,
    )


def run_pass(archive: Archive, watchlist: Watchlist, options: PassOptions | None = None,
             progress: Progress | None = None) -> PassReport:
    """Run one snapshot pass over ``watchlist`` into ``archive``; see the module docstring."""
    opts = options or PassOptions()
    with pass_lock(archive.path, wait=opts.wait):
        return _Pass(archive, watchlist, opts, progress).run()


class _Pass:
    def __init__(self, archive: Archive, watchlist: Watchlist, opts: PassOptions,
                 progress: Progress | None) -> None:
        self.archive = archive
        self.wl = watchlist
        self.opts = opts
        self.progress = progress
        self.now_dt = opts.now.astimezone(UTC).replace(microsecond=0) if opts.now else utcnow()
        self.now = iso(self.now_dt)
        self.policy = opts.policy or build_policy(watchlist.defaults, opts.concurrency)
        if opts.concurrency and opts.policy:
            self.policy = replace(self.policy, concurrency=opts.concurrency)
        self.sources = {s.url: s for s in watchlist.sources}
        self.timings: dict[str, float] = {}
        self._latest_cache: dict[str, Version | None] = {}
        # URLs whose extraction looks broken this pass (suspect, failed, or unchanged from a
        # suspect latest version): they lengthen their source's streak.
        self._bad: set[str] = set()
        self._timed_out: set[str] = set()  # URLs whose extraction ran past the budget
        self._warmup: Warmup | None = None

    def _hold(self, raw: bytes) -> Path:
        """Keep a page that could not be archived under ``.versiontrack/held/``, named by its
        SHA-256 (so the same page is kept once); returns the path."""
        folder = Path(self.archive.path) / ".versiontrack" / "held"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{hashlib.sha256(raw).hexdigest()}.html"
        if not path.exists():
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(raw)
            os.replace(tmp, path)
        return path

    def run(self) -> PassReport:
        wall0 = time.perf_counter()
        conn = open_state(self.archive.path)
        state = WatchState(conn, self.now_dt, self.sources)
        try:
            with ExitStack() as undo:
                if self.opts.dry_run:
                    undo.enter_context(rolled_back(conn))
                for src in self.wl.urls:
                    state.register(src.url, src, pinned=True)
                fetcher = Fetcher(self.policy, transport=self.opts.transport)
                with fetcher:
                    feeds = read_feeds(self.wl.feeds, state, fetcher)
                    due = state.due(self.opts.recheck)
                    if self.opts.dry_run:
                        outcomes = tuple(UrlOutcome(url=r.fetch_url, source=r.source,
                                                    outlet=r.outlet, outcome="due",
                                                    story=r.story) for r in due)
                        return PassReport(self.now, True, outcomes, feeds, state.degraded(),
                                          {"wall": time.perf_counter() - wall0},
                                          next_due=state.next_due())
                    outcomes = self._check(state, due, fetcher)
                state.save_run(outcomes, feeds)
                report = PassReport(self.now, False, outcomes, feeds, state.degraded(),
                                    next_due=state.next_due())
                report = self._after(conn, report)
                self.timings["wall"] = time.perf_counter() - wall0
                self.timings["pages"] = float(len(outcomes))
                return replace(report, timings=dict(self.timings))
        finally:
            conn.close()

    def _after(self, conn: Any, report: PassReport) -> PassReport:
        """The steps after the pass's own work: notifications for what changed (through the
        outbox in the state file), then the report, when the watchlist asks for them.

        Each story that got a new version is audited once for both: when the report is kept
        and a target judges under the report's policy, the whole-story audits the report needs
        are made first and the notification step takes its events from them."""
        notify = self.opts.notify and bool(self.wl.notify)
        build = self.opts.report and self.wl.report is not None
        shared: dict[str, StoryAudit] = {}
        if notify and build:
            assert self.wl.report is not None
            shared = self._shared_audits(report, self.wl.report.policy)
        sending = None
        if notify:
            from versiontrack.notify.run import Changed, Sending, deliver, queue_changes

            t, cpu = time.perf_counter(), time.process_time()
            changed = [Changed(o.story, o.version, outlet=o.outlet, url=o.url, source=o.source,
                               new=o.outcome in ("new", "suspect"))
                       for o in report.outcomes if o.story and o.version]
            policy = self.wl.report.policy if self.wl.report is not None else ""
            queued = queue_changes(self.archive, self.wl, conn, changed, self.now_dt,
                                   audits={(k, policy): a for k, a in shared.items()})
            base_url = self.wl.report.base_url if self.wl.report is not None else ""
            senders = self._warmup.senders() if self._warmup else None
            if build:  # delivery goes on in a thread while the report is built
                sending = Sending(self.archive.path, self.wl.notify, self.now_dt, base_url,
                                  senders)
            else:  # nothing to overlap: here, on the pass's connection, no thread to start
                t_send = time.perf_counter()
                delivery = deliver(conn, self.wl.notify, self.now_dt, base_url, senders)
                report = replace(report, delivery=queued.into(
                    delivery, time.perf_counter() - t_send))
            self.timings["notify_wall"] = time.perf_counter() - t
            self.timings["notify_cpu"] = time.process_time() - cpu
            if self._warmup:
                self.timings["notify_warmup_cpu"] = self._warmup.cpu_seconds
        if build:
            assert self.wl.report is not None
            from versiontrack.render.report.site import build_report

            t = time.perf_counter()
            try:
                res = build_report(self.archive, self.wl.report.folder,
                                   policy=self.wl.report.policy,
                                   base_url=self.wl.report.base_url, audits=shared)
                report = replace(report, report_built=len(res.built),
                                 report_index=str(res.index))
            except VersionTrackError as exc:
                report = replace(report, report_error=str(exc).splitlines()[0])
            self.timings["report_wall"] = time.perf_counter() - t
        if sending is not None:
            # What the delivery adds after the report.
            t, cpu = time.perf_counter(), time.process_time()
            delivery = queued.into(sending.result(), sending.seconds)
            self.timings["notify_wall"] += time.perf_counter() - t
            self.timings["notify_cpu"] += time.process_time() - cpu
            report = replace(report, delivery=delivery)
        return report

    def _warm_notify(self) -> None:
        """When the pass has new pages to archive and notifications are on: get the
        notification step ready in a background thread (see ``Warmup``), from the first
        changed text found (:meth:`_warm_early`): while pages are still fetched, else while
        git writes them (the pass's own thread mostly waits for git then)."""
        if self._warmup is None and self.opts.notify and self.wl.notify:
            from versiontrack.notify.run import Warmup

            self._warmup = Warmup(self.wl.notify)

    def _warm_early(self, jobs: deque[tuple[UrlRow, Future[JobResult]]]) -> None:
        """Start the notification warm-up as soon as one finished extraction in ``jobs`` holds
        a new story or a text the archive would take as a new version (what dedupe compares
        differs from the story's latest version). Called while pages are still fetched, so
        the warm-up's CPU fills the pass's network waits instead of slowing the archiving,
        and once more before ingest for the jobs that finished later. Looks only at finished
        jobs and stops at the first change: a pass whose pages changed only in their markup
        never loads Apprise."""
        while jobs and jobs[0][1].done():
            row, job = jobs.popleft()
            try:
                article, _, _ = job.result()
                if article is None:
                    continue
                latest = self._latest(row.story)
                if row.story and latest is not None and not latest.suspect:
                    old = self.archive.article(row.story, latest.number)
                    if content_hash(old) == content_hash(drop_furniture(article)[0]):
                        continue
            except Exception:  # noqa: BLE001  (a failed job is reported where it is collected)
                continue
            self._warm_notify()
            jobs.clear()
            return

    def _shared_audits(self, report: PassReport, policy: str) -> dict[str, StoryAudit]:
        """Whole-story audits, under the report's ``policy``, of the stories that got a new
        version, when a notify target judges under that policy too (else: none; the report
        audits what it rebuilds itself)."""
        if not any(t.policy == policy for t in self.wl.notify):
            return {}
        from versiontrack.audit.judge import audit_story

        t = time.perf_counter()
        out: dict[str, StoryAudit] = {}
        for o in report.outcomes:
            if o.story and o.version and o.outcome in ("new", "suspect") and o.story not in out:
                try:
                    out[o.story] = audit_story(self.archive, o.story, policy=policy)
                except VersionTrackError:
                    continue  # gone from the archive since
        self.timings["shared_audit_wall"] = time.perf_counter() - t
        return out

    # -------------------------------------------------------------------------- fetch+extract

    def _check(self, state: WatchState, due: list[UrlRow],
               fetcher: Fetcher) -> tuple[UrlOutcome, ...]:
        total = len(due)
        done = 0
        if self.progress:
            self.progress(0, total)
        if not due:
            return ()
        reqs = []
        for due_row in due:
            src = self.sources[due_row.source]
            reqs.append(FetchRequest(due_row.fetch_url, etag=due_row.etag,
                                     last_modified=due_row.last_modified, timeout=src.timeout,
                                     max_bytes=src.max_bytes, tag=due_row))
        results: dict[str, UrlOutcome] = {}
        fetched: dict[str, FetchResult] = {}
        seen_again: list[UrlRow] = []
        jobs: list[tuple[UrlRow, FetchResult, Future[JobResult]]] = []
        open_jobs: deque[Future[Any]] = deque()  # submitted, not yet counted by the progress
        # Extractions not yet looked at for a changed text (notifications on, not yet warmed)
        watch_jobs: deque[tuple[UrlRow, Future[JobResult]]] = deque()

        def tick(n: int = 1) -> None:
            nonlocal done
            done += n
            if self.progress:
                self.progress(done, total)

        cpu0 = time.process_time()
        t0 = time.perf_counter()
        # Worker processes pay off on big passes only: starting them costs about as much as
        # extracting a few dozen pages here (see bench/bench_snapshot.py).
        big = self.opts.extract_workers > 0 and len(due) >= self.opts.pool_min_pages
        budget = self.opts.extract_budget
        if budget is None:
            budget = self.wl.defaults.extract_budget
        if budget > 0 and self.opts.extract_workers > 0:
            # Only a worker process can be stopped mid-page: small passes get one.
            pool = LazyPool(self.opts.extract_workers if big else 1, budget)
        else:
            pool = LazyPool(self.opts.extract_workers if big else 0)
        if big:
            pool.warm()
        extract_cpu = 0.0
        try:
            fetcher.host_delay.update(
                host_delays((r.fetch_url, self.sources[r.source]) for r in due))
            for res in fetcher.fetch_all(reqs):
                row: UrlRow = res.request.tag
                fetched[row.url] = res
                base = UrlOutcome(url=row.fetch_url, source=row.source, outlet=row.outlet,
                                  story=row.story)
                if res.outcome == "failed":
                    results[row.url] = replace(base, outcome="failed", reason=res.reason,
                                               detail=res.detail)
                    tick()
                elif res.outcome == "not-modified":
                    results[row.url] = replace(base, outcome="not-modified")
                    seen_again.append(row)
                    tick()
                else:
                    assert res.snapshot is not None
                    sha = hashlib.sha256(res.snapshot.body).hexdigest()
                    latest = self._latest(row.story)
                    if latest is not None and latest.raw_sha256 == sha:
                        if latest.suspect:
                            self._bad.add(row.url)
                        results[row.url] = replace(base, outcome="unchanged",
                                                   version=latest.number,
                                                   detail="identical raw bytes")
                        seen_again.append(row)
                        tick()
                    else:
                        ctype = {k.lower(): v for k, v in res.snapshot.headers}.get(
                            "content-type")
                        job = pool.extract(res.snapshot.body, res.final_url or row.fetch_url,
                                           ctype)
                        jobs.append((row, res, job))
                        open_jobs.append(job)
                        if self._warmup is None and self.opts.notify and self.wl.notify:
                            watch_jobs.append((row, job))
                # Count extractions that finished meanwhile, so the progress bar moves.
                while open_jobs and open_jobs[0].done():
                    open_jobs.popleft()
                    tick()
                if self._warmup is None and watch_jobs:
                    self._warm_early(watch_jobs)
            self.timings["fetch_wall"] = time.perf_counter() - t0
            self.timings["fetch_cpu"] = time.process_time() - cpu0
            items: list[Any] = []
            item_rows: list[tuple[UrlRow, tuple[str, ...], str]] = []
            from versiontrack.archive.plan import IngestItem

            for row, res, fut in jobs:
                reason = "extraction"
                try:
                    article, error, cpu = fut.result()
                except TimeoutError:
                    article, error, cpu = None, (f"extraction ran past its {pool.budget:g} s "
                                                 "budget and was stopped"), pool.budget
                    reason = "extract-timeout"
                except (BrokenExecutor, ProcessExpired) as exc:  # out of memory, a crash
                    article, error, cpu = None, f"extraction worker died: {exc}", 0.0
                if open_jobs and open_jobs[0] is fut:
                    open_jobs.popleft()
                    tick()
                extract_cpu += cpu
                assert res.snapshot is not None
                if article is None:
                    # Handed to the archive all the same, whose rule decides: a suspect version
                    # of a known story (raw page kept), refused for a new one.
                    article = Article(headline="", paragraphs=(), url=row.fetch_url,
                                      outlet=row.outlet, extractor=f"failed: {error}")
                if row.outlet:  # the name the user gave in the watchlist wins
                    article = replace(article, outlet=row.outlet)
                article, dropped = drop_furniture(article)
                if reason == "extract-timeout":
                    self._timed_out.add(row.url)
                fetched_at = self.now if self.opts.now else res.snapshot.fetched_at
                items.append(IngestItem(article=article, raw=res.snapshot.body,
                                        fetched_at=fetched_at, story=row.story,
                                        source_url=row.fetch_url,
                                        http_status=res.snapshot.status,
                                        http_headers=res.snapshot.headers))
                item_rows.append((row, dropped, error))
        finally:
            pool.shutdown()
        self.timings["pool_start"] = pool.start_seconds
        self.timings["extract_cpu"] = extract_cpu
        self.timings["extracted"] = float(len(jobs))
        self.timings["extract_wall"] = time.perf_counter() - t0 - self.timings["fetch_wall"]

        # Ingest: one batch, one lock, one git batch.
        cpu1 = time.process_time()
        kids1 = _children_cpu()
        t1 = time.perf_counter()
        if items:
            self._warm_early(watch_jobs)  # every job is done now: the rest are looked at
            self._ingest(items, item_rows, results)
        # After the new content, so a story fetched from two URLs records the sighting
        # against its newest version.
        self._mark_seen(seen_again, fetched, results)
        state.save_checks(due, results, fetched, self.wl.defaults, self._bad)
        self.timings["ingest_cpu"] = time.process_time() - cpu1
        self.timings["ingest_git_cpu"] = _children_cpu() - kids1  # git runs as a child process
        self.timings["ingest_wall"] = time.perf_counter() - t1
        order = {r.url: i for i, r in enumerate(due)}
        return tuple(results[k] for k in sorted(results, key=lambda k: order[k]))

    def _fetched_at(self, res: FetchResult) -> str:
        if self.opts.now or res.snapshot is None:
            return self.now
        return res.snapshot.fetched_at

    def _ingest(self, items: list[Any], item_rows: list[tuple[UrlRow, tuple[str, ...], str]],
                results: dict[str, UrlOutcome]) -> None:
        """One ingest_many batch of new content; an item the archive refuses is reported as
        failed and the rest of the batch is archived. When the archive refuses the whole batch
        (its lock is busy, git fails), every item is failed with that reason."""
        try:
            ingested = self.archive.ingest_many(items, collect=True)
        except VersionTrackError as exc:
            for row, _, _ in item_rows:
                results[row.url] = UrlOutcome(
                    url=row.fetch_url, source=row.source, outlet=row.outlet, story=row.story,
                    outcome="failed", reason="ingest", detail=str(exc).splitlines()[0])
            return
        for item, (row, dropped, error), ir in zip(items, item_rows, ingested, strict=True):
            if ir.status == "rejected":
                if item.article.words == 0:
                    # A page never captured before with nothing to extract: nothing to keep,
                    # except a page stopped by the budget, kept aside for a look by hand.
                    self._bad.add(row.url)
                    reason, detail = "extraction", error or "no article text left"
                    if row.url in self._timed_out:
                        reason = "extract-timeout"
                        detail += f"; raw page kept at {self._hold(item.raw)}"
                    outcome = UrlOutcome(url=row.fetch_url, source=row.source,
                                         outlet=row.outlet, story=row.story, outcome="failed",
                                         reason=reason, detail=detail)
                else:
                    outcome = UrlOutcome(url=row.fetch_url, source=row.source,
                                         outlet=row.outlet, story=row.story, outcome="failed",
                                         reason="ingest", detail=ir.reason)
                results[row.url] = outcome
                continue
            if ir.status == "suspect" or (ir.version is not None and ir.version.suspect):
                self._bad.add(row.url)
            results[row.url] = UrlOutcome(url=row.fetch_url, source=row.source,
                                          outlet=row.outlet, outcome=ir.status, story=ir.story,
                                          version=ir.number, furniture=dropped,
                                          detail=(error + "; raw page kept in this suspect "
                                                  "version") if row.url in self._timed_out
                                          else "")

    def _mark_seen(self, rows: list[UrlRow], fetched: dict[str, FetchResult],
                   results: dict[str, UrlOutcome]) -> None:
        """Record the unchanged fetches in one archive call (one lock, one git run). A story
        that vanished from the archive is skipped: the next fetch re-adds it."""
        rows = [r for r in rows if r.story]
        if not rows:
            return
        numbers = self.archive.mark_seen_many(
            [(r.story, self._fetched_at(fetched[r.url])) for r in rows if r.story])
        for r in rows:
            if r.story in numbers and r.url in results:
                results[r.url] = replace(results[r.url], version=numbers[r.story])

    def _latest(self, story: str | None) -> Version | None:
        """The story's latest version (cached for the pass), None when unknown."""
        if not story:
            return None
        if story not in self._latest_cache:
            try:
                self._latest_cache[story] = self.archive.versions(story)[-1]
            except (VersionTrackError, IndexError):
                self._latest_cache[story] = None
        return self._latest_cache[story]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
