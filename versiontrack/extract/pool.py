"""Extraction for a snapshot pass: the worker-process pool, the job each worker runs, and the
page-furniture filter applied to what comes back.

Workers come from a multiprocessing fork server that has trafilatura imported already, so a
script that runs passes needs the usual ``if __name__ == "__main__":`` guard. The pool is
started only when the first page needs extracting (:class:`LazyPool`).

With a time ``budget`` the workers are a pebble ``ProcessPool``: a page still being extracted
when its budget runs out has its worker killed and replaced, and its future raises
``TimeoutError``; lxml's C code cannot be interrupted any other way. Without a budget (0) a pass
with few pages extracts in its own process (:class:`InlineExecutor`).
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import replace
from typing import Any

import pebble

from versiontrack.errors import ExtractionError
from versiontrack.extract.html import is_furniture
from versiontrack.models import Article

#: What a job hands back: the article (None when nothing could be extracted), the error text,
#: and the CPU seconds the worker spent.
JobResult = tuple[Article | None, str, float]


def extract_job(raw: bytes, url: str, content_type: str | None = None) -> JobResult:
    """Worker-side: read one page (:func:`~versiontrack.extract.reader.read_page`). Returns
    (article or None, error text, CPU seconds)."""
    from versiontrack.extract.reader import read_page

    t0 = time.process_time()
    try:
        article = read_page(raw, url=url, content_type=content_type)
    except ExtractionError as exc:
        error = str(exc).splitlines()[0] if str(exc) else "nothing extracted"
        return None, error, time.process_time() - t0
    except Exception as exc:  # noqa: BLE001 - an extractor bug on one page must not end the pass
        return None, f"extractor error: {type(exc).__name__}: {exc}", time.process_time() - t0
    return article, "", time.process_time() - t0


def _warm() -> int:
    """A no-op job that makes the pool start its worker processes."""
    return 0


class InlineExecutor(Executor):
    """Runs jobs at submit time in this process (extract_workers=0)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        fut: Future[Any] = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except Exception as exc:  # noqa: BLE001 - handed to the caller through the future
            fut.set_exception(exc)
        return fut


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        # The fork server imports trafilatura once; every worker forks from it already warm.
        ctx.set_forkserver_preload(["trafilatura", "versiontrack.extract.html",
                                    "versiontrack.extract.reader"])
    return ctx


def make_extract_pool(workers: int) -> Executor:
    """A pool of ``workers`` extraction processes (forkserver: safe next to fetch threads)."""
    if workers <= 0:
        return InlineExecutor()
    return ProcessPoolExecutor(max_workers=workers, mp_context=_context())


class LazyPool:
    """Starts the extraction pool on the first job, so a pass with nothing to extract
    (all 304s and identical pages) never pays for starting worker processes."""

    def __init__(self, workers: int, budget: float = 0.0) -> None:
        self.workers = workers
        self.budget = budget if workers > 0 else 0.0  # in this process nothing can stop it
        self.pool: Executor | pebble.ProcessPool | None = None
        self.start_seconds = 0.0

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        if self.pool is None:
            t0 = time.perf_counter()
            if self.budget > 0:
                self.pool = pebble.ProcessPool(max_workers=self.workers, context=_context())
            else:
                self.pool = make_extract_pool(self.workers)
            self.start_seconds = time.perf_counter() - t0
        if isinstance(self.pool, pebble.ProcessPool):
            return self.pool.schedule(fn, args=args, timeout=self.budget)
        return self.pool.submit(fn, *args)

    def extract(self, raw: bytes, url: str, content_type: str | None) -> Future[JobResult]:
        """Queue one page; the future holds :func:`extract_job`'s result."""
        return self.submit(extract_job, raw, url, content_type)

    def warm(self) -> None:
        """Start the workers now, while the first pages download."""
        for _ in range(max(self.workers, 1)):
            self.submit(_warm)

    def shutdown(self) -> None:
        if isinstance(self.pool, pebble.ProcessPool):
            # Every result was collected, or the pass is ending on an error. (pebble leaves
            # stop() unannotated.)
            self.pool.stop()  # type: ignore[no-untyped-call]
            self.pool.join()
        elif self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


#: Pages from this size up are read in a worker process under a time budget by
#: :class:`BudgetedReader`; smaller ones are read in the caller's process, which costs nothing to
#: start (a pathological page needs size: 100,000 attributes on one tag is 1.4 MB).
BUDGET_FROM_BYTES = 256 * 1024


def _read_job(data: bytes, name: str, format: str | None, url: str) -> Article:
    from versiontrack.extract.reader import read_page

    return read_page(data, name, format, url=url)


class BudgetedReader:
    """:func:`~versiontrack.extract.reader.read_page` for a batch of files (``ingest``), with a
    time budget per large page: the page is read in a worker process that is killed when the
    budget runs out, raising :class:`~versiontrack.errors.ExtractionError` for that page only.
    One worker is started on the first large page and reused; use as a context manager."""

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.pool: pebble.ProcessPool | None = None

    def read(self, data: bytes, name: str, format: str | None, *, url: str = "") -> Article:
        if self.budget <= 0 or len(data) < BUDGET_FROM_BYTES:
            return _read_job(data, name, format, url)
        if self.pool is None:
            self.pool = pebble.ProcessPool(max_workers=1, context=_context())
        future = self.pool.schedule(_read_job, args=(data, name, format, url),
                                    timeout=self.budget)
        try:
            article: Article = future.result()
        except TimeoutError:
            raise ExtractionError(
                f"extraction ran over its {self.budget:g} s budget (a pathological page?); "
                "not archived") from None
        return article

    def __enter__(self) -> BudgetedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.stop()  # type: ignore[no-untyped-call]
            self.pool.join()
            self.pool = None


# Furniture (time stamps, reading times, share counts) is recognised by one filter, the
# extractor's, so pages ingested by hand and by snapshot runs are cleaned alike.

def drop_furniture(article: Article) -> tuple[Article, tuple[str, ...]]:
    """``article`` without furniture paragraphs, and the paragraphs dropped (for reporting)."""
    kept = tuple(p for p in article.paragraphs if not is_furniture(p))
    if len(kept) == len(article.paragraphs):
        return article, ()
    dropped = tuple(p for p in article.paragraphs if is_furniture(p))
    return replace(article, paragraphs=kept), dropped
