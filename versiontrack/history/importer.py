"""Captures from elsewhere -> archive batches, and the summary of an import.

:func:`capture_item` reads one captured page (a :class:`~versiontrack.models.Snapshot` from a
WARC or a web archive) into an :class:`~versiontrack.archive.plan.IngestItem`, folding a
web-archive URL to the original URL and its capture time. :func:`run_import` feeds any stream
of items to :meth:`~versiontrack.archive.store.Archive.ingest_many` in batches (one lock and one
git stream per batch, never the whole input in memory), counts what became of each record and
tells the caller after every batch is committed, so a resumable importer can remember it.
A bad record is skipped with its reason; it never aborts the import.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from versiontrack.archive.plan import IngestItem
from versiontrack.errors import NoArticleText, VersionTrackError
from versiontrack.identity import archived_original
from versiontrack.models import Skipped, Snapshot

if TYPE_CHECKING:
    from versiontrack.archive.plan import IngestResult
    from versiontrack.archive.store import Archive

#: How many skipped records a summary lists one by one (the rest are only counted).
MAX_EXAMPLES = 20


@dataclass(frozen=True)
class ImportSummary:
    """What an import did: records read, new and suspect versions, duplicates (unchanged
    content, or a capture already archived), and records skipped, counted by reason."""

    read: int = 0
    new: int = 0
    suspect: int = 0
    unchanged: int = 0
    skipped: tuple[tuple[str, int], ...] = ()
    problems: int = 0  # skipped records that are failures (not merely "not a page")
    examples: tuple[Skipped, ...] = ()
    stories: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.problems == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "new": self.new, "suspect": self.suspect,
            "unchanged": self.unchanged, "skipped": dict(self.skipped),
            "problems": self.problems, "stories": self.stories,
            "seconds": round(self.seconds, 3),
            "examples": [{"reason": s.reason, "where": s.where, "detail": s.detail}
                         for s in self.examples],
        }


@dataclass
class _Tally:
    read: int = 0
    status: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    problems: int = 0
    examples: list[Skipped] = field(default_factory=list)
    stories: set[str] = field(default_factory=set)
    start: float = field(default_factory=time.monotonic)

    def skip(self, s: Skipped) -> None:
        self.skipped[s.reason] += 1
        if s.problem:
            self.problems += 1
            if len(self.examples) < MAX_EXAMPLES:
                self.examples.append(s)

    def summary(self) -> ImportSummary:
        return ImportSummary(
            read=self.read, new=self.status["new"], suspect=self.status["suspect"],
            unchanged=self.status["unchanged"],
            skipped=tuple(sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0]))),
            problems=self.problems, examples=tuple(self.examples), stories=len(self.stories),
            seconds=time.monotonic() - self.start,
        )


def capture_item(snap: Snapshot, story: str | None = None, where: str = "") -> IngestItem | Skipped:
    """One captured HTML page as an item to archive, or why it cannot be one.

    A ``web.archive.org/web/<ts>/<url>`` address (or a pywb-style one) becomes the original
    URL, and its timestamp the fetch time (a rewritten page's canonical link folds to the
    original in :func:`~versiontrack.identity.normalize_url`). A page with no text still
    becomes an item: the archive's rule decides (a suspect version of a known story, refused
    for a new one).
    """
    from versiontrack.extract.reader import empty_page, read_page

    url, when = snap.url, snap.fetched_at
    archived = archived_original(url)
    if archived is not None:
        url, when = archived
    ctype = next((v for k, v in snap.headers if k.lower() == "content-type"), None)
    try:
        article = read_page(snap.body, "", "html", url=url, content_type=ctype)
    except NoArticleText:
        article = empty_page(snap.body, url)
    except VersionTrackError as exc:
        return Skipped("no article extracted", where, f"{url}: {str(exc).splitlines()[0]}")
    return IngestItem(article, snap.body, when, story, url, "raw.html",
                      http_status=snap.status, http_headers=snap.headers)


Entry = tuple[str, IngestItem | Skipped]  # (the importer's reference for resuming, the record)


#: A batch is also cut when its raw pages reach this many bytes, so large batches (each one costs a
#: lock, a commit stream and a work-tree update, which grows with the archive) stay bounded in
#: memory whatever the pages weigh.
BATCH_BYTES = 64 * 1024 * 1024


def run_import(
    archive: Archive, entries: Iterable[Entry], *, batch_size: int = 500,
    progress: Callable[[ImportSummary], None] | None = None,
    committed: Callable[[list[str]], None] | None = None, progress_every: int = 200,
    ingested: Callable[[IngestItem, IngestResult], None] | None = None,
) -> ImportSummary:
    """Archive ``entries`` in batches of ``batch_size``; return the summary.

    ``committed`` gets the references of each batch once it is in git (skipped records
    included: they were dealt with); ``ingested`` gets each archived item with its result (for
    ``--notify``); ``progress`` gets the running summary every ``progress_every`` records and
    after each batch.
    """
    tally = _Tally()
    batch: list[IngestItem] = []
    refs: list[str] = []
    held = 0  # raw bytes in the batch

    def flush() -> None:
        nonlocal held
        if batch:
            for item, r in zip(batch, archive.ingest_many(batch, collect=True), strict=True):
                if ingested is not None and r.status != "rejected":
                    ingested(item, r)
                if r.status == "rejected":
                    tally.skip(Skipped("refused by the archive", r.story, r.reason))
                else:
                    tally.status[r.status] += 1
                    tally.stories.add(r.story)
        if committed is not None and refs:
            committed(list(refs))
        batch.clear()
        refs.clear()
        held = 0
        if progress is not None:
            progress(tally.summary())

    for ref, entry in entries:
        tally.read += 1
        refs.append(ref)
        if isinstance(entry, Skipped):
            tally.skip(entry)
        else:
            batch.append(entry)
            held += len(entry.raw or b"")
        if len(batch) >= batch_size or held >= BATCH_BYTES:
            flush()
        elif progress is not None and tally.read % progress_every == 0:
            progress(tally.summary())
    flush()
    return tally.summary()
