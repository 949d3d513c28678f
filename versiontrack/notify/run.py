"""The notification step: audit the stories that changed, queue their events in the outbox,
deliver what is due to each ``[[notify]]`` target (:func:`notify_changes`); :class:`Warmup`
prepares it while the pass archives, :class:`Sending` delivers while the report is built.

Runs at the end of a snapshot pass (inside its lock) and after ``ingest``/``import`` with
``--notify`` (which take the same lock). See :mod:`versiontrack.notify.outbox` for the
exactly-once rules.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from versiontrack.errors import ConfigError, VersionTrackError
from versiontrack.notify import outbox
from versiontrack.notify.events import (
    Event,
    audit_kinds,
    story_events,
    version_events,
    wanted,
)
from versiontrack.notify.send import Sender, check_target
from versiontrack.snapshot.outcomes import Delivery

if TYPE_CHECKING:
    from versiontrack.archive.store import Archive
    from versiontrack.audit.judge import StoryAudit
    from versiontrack.snapshot.watchlist import NotifyTarget, Watchlist


@dataclass(frozen=True)
class Changed:
    """A story a pass (or an ingest) saw, as the notification step needs it."""

    story: str
    version: int  # its latest version number now
    outlet: str = ""
    url: str = ""
    source: str = ""  # the watchlist entry it came from
    new: bool = True  # a version was added just now (else: only seen again)


def audit_window(archive: Archive, story: str, after: int) -> set[int] | None:
    """The version numbers an audit of ``story``'s versions above ``after`` needs (None: all).

    Every step from the last live (not suspect) version at or below ``after`` on, so each new
    transition is judged against the notes of its own and every later step, as in the full
    audit; and the first live version, from which the audit dates the story's publication
    (policy grace periods). A long story then costs a few versions per pass, not all of them.
    The one approximation: a note in a new step that discloses a change made before the
    window is taken as disclosing an older change (the whole span from the first version to
    the window is one step here) rather than that change exactly.
    """
    versions = archive.versions(story)
    live = [v.number for v in versions if not v.suspect]
    if not live:
        return None
    start = max((n for n in live if n <= after), default=live[0])
    return {live[0]} | {v.number for v in versions if v.number >= start}


def _reaches(target: NotifyTarget, c: Changed) -> bool:
    """Whether ``target``'s outlet and feed filters let the events of ``c`` through."""
    return ((not target.outlets or c.outlet in target.outlets)
            and (not target.feeds or c.source in target.feeds))


def collect_events(archive: Archive, targets: Sequence[NotifyTarget],
                   changed: Sequence[Changed], seen: Mapping[str, int],
                   audits: Mapping[tuple[str, str], StoryAudit] | None = None,
                   counts: dict[str, int] | None = None) -> list[Event]:
    """The events of the changed stories' versions above what was queued before (a story new
    to the outbox: its newest version only, so turning notifications on does not replay the
    archive's history).

    A story is audited once per policy, and only for the targets its events can reach (their
    outlet and feed filters) that want an event only an audit finds: a story no target can
    hear about costs nothing, and one whose targets want only ``new-version`` costs a read of
    the index. ``audits`` holds audits already made this pass, by (story, policy) (the
    ``[report]`` step's, which audits whole stories anyway); the others read the story's
    history only as far back as :func:`audit_window` says. ``counts`` (when given) gets the
    number of audits run here (``"audits"``) and of audits taken from ``audits``
    (``"shared"``).
    """
    from versiontrack.audit.judge import audit_versions

    tally = counts if counts is not None else {}
    tally.setdefault("audits", 0)
    tally.setdefault("shared", 0)
    out: list[Event] = []
    for c in changed:
        after = seen.get(c.story, c.version - 1)
        if c.version <= after:
            continue
        reach = [t for t in targets if _reaches(t, c)]
        audited = sorted({t.policy for t in reach if audit_kinds(t.on, t.min_severity)})
        plain = sorted({t.policy for t in reach if "new-version" in t.on
                        and t.min_severity == "info"} - set(audited))
        triples = None
        try:
            for policy in audited:
                audit = (audits or {}).get((c.story, policy))
                if audit is not None:
                    tally["shared"] += 1
                else:
                    if triples is None:
                        triples = archive.history(c.story, raw=True,
                                                  only=audit_window(archive, c.story, after))
                    audit = audit_versions(triples, policy, story=c.story)
                    tally["audits"] += 1
                out += story_events(audit, after, outlet=c.outlet, url=c.url, source=c.source)
            if plain:
                versions = archive.versions(c.story)
                for policy in plain:
                    out += version_events(c.story, versions, after, policy=policy,
                                          outlet=c.outlet, url=c.url, source=c.source)
        except VersionTrackError:
            continue  # gone from the archive since: nothing to tell
    return out


@dataclass(frozen=True)
class Queued:
    """What queueing a pass's events did: rows added to the outbox, the audits it ran and
    took from the report's, and its wall time."""

    queued: int = 0
    audits: int = 0
    shared_audits: int = 0
    audit_seconds: float = 0.0

    def into(self, delivery: Delivery, send_seconds: float) -> Delivery:
        return replace(delivery, queued=self.queued, audit_seconds=self.audit_seconds,
                       send_seconds=send_seconds, audits=self.audits,
                       shared_audits=self.shared_audits)


def queue_changes(archive: Archive, wl: Watchlist, conn: sqlite3.Connection,
                  changed: Sequence[Changed], now: datetime, *,
                  audits: Mapping[tuple[str, str], StoryAudit] | None = None) -> Queued:
    """Queue the events of ``changed`` in the outbox for the targets that want them (one
    transaction, with the stories' seen versions). ``audits``: see :func:`collect_events`."""
    outbox.ensure_outbox(conn)
    targets = wl.notify
    by_story: dict[str, Changed] = {}
    for c in changed:  # a story fetched from two URLs: the one that added a version wins;
        # several versions of it in one import: its latest, which the events start from
        old = by_story.get(c.story)
        if old is None or (c.new, c.version) > (old.new, old.version):
            by_story[c.story] = c
    candidates = list(by_story.values())
    seen = outbox.seen_versions(conn, [c.story for c in candidates])
    # A story seen again but never queued (its ingest ran without this step) is left alone;
    # one whose queued version is behind the archive (a pass died after ingesting) catches up.
    candidates = [c for c in candidates if c.new or (c.story in seen and c.version > seen[c.story])]
    t0 = time.perf_counter()
    counts: dict[str, int] = {}
    events = collect_events(archive, targets, candidates, seen, audits, counts)
    audit_s = time.perf_counter() - t0
    rows = []
    for e in events:
        ids = [t.id for t in targets
               if e.policy == t.policy and wanted([e], t.on, t.min_severity, t.outlets, t.feeds)]
        if ids:
            rows.append((e, ids))
    queued = outbox.queue(conn, rows, {c.story: c.version for c in candidates}, now)
    return Queued(queued=queued, audits=counts["audits"], shared_audits=counts["shared"],
                  audit_seconds=audit_s)


def notify_changes(archive: Archive, wl: Watchlist, conn: sqlite3.Connection,
                   changed: Sequence[Changed], now: datetime, *,
                   audits: Mapping[tuple[str, str], StoryAudit] | None = None,
                   senders: Mapping[str, Sender] | None = None) -> Delivery:
    """Queue the events of ``changed`` for the targets that want them, then deliver.

    ``audits``: audits made already, by (story, policy) (see :func:`collect_events`);
    ``senders``: each target's :class:`Sender`, by target id, when :class:`Warmup` built
    them already."""
    q = queue_changes(archive, wl, conn, changed, now, audits=audits)
    t0 = time.perf_counter()
    delivery = deliver(conn, wl.notify, now, wl.report.base_url if wl.report else "", senders)
    return q.into(delivery, time.perf_counter() - t0)


class Sending:
    """:func:`deliver` in a background thread, with its own connection to the state file,
    while the pass goes on with its report: the sends' network waits overlap the report's
    work. The outbox's rules are the same (one thread delivers, under the pass lock);
    :meth:`result` waits for it and raises what it raised."""

    def __init__(self, archive_path: Path, targets: Sequence[NotifyTarget], now: datetime,
                 base_url: str = "", senders: Mapping[str, Sender] | None = None) -> None:
        self._args = (archive_path, tuple(targets), now, base_url, senders)
        self._result: Delivery | None = None
        self._error: BaseException | None = None
        self.seconds = 0.0
        self._thread = threading.Thread(target=self._run, name="versiontrack-deliver",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from versiontrack.snapshot.state import open_state

        path, targets, now, base_url, senders = self._args
        t0 = time.perf_counter()
        try:
            conn = open_state(path)
            try:
                self._result = deliver(conn, targets, now, base_url, senders)
            finally:
                conn.close()
        except BaseException as exc:  # noqa: BLE001  (raised again in the pass's thread)
            self._error = exc
        finally:
            self.seconds = time.perf_counter() - t0

    def result(self) -> Delivery:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


#: Messages in flight at once to one target.
SEND_THREADS = 4


def deliver(conn: sqlite3.Connection, targets: Sequence[NotifyTarget], now: datetime,
            base_url: str = "", senders: Mapping[str, Sender] | None = None) -> Delivery:
    """Send each target its due events (one message each, or one digest); record each.

    The targets are served side by side, :data:`SEND_THREADS` messages in flight to each, so
    a slow one (a mail server that takes a second a message) does not hold back the others.
    Only this thread touches ``conn``: the pool only sends."""
    outbox.ensure_outbox(conn)
    in_doubt = outbox.settle_interrupted(conn)
    failed: list[tuple[str, str]] = []
    unavailable = ""
    runs: list[_TargetRun] = []
    for target in targets:
        due = outbox.due(conn, target.id, now)
        if not due:
            continue
        try:
            sender = (senders or {}).get(target.id) or Sender(target.url)
        except ConfigError as exc:
            # Apprise missing: nothing is marked, the events wait in the outbox, and the pass
            # still reports what it archived before the command says why (exit 1)
            failed.append((target.label, "Apprise is not installed"))
            unavailable = str(exc)
            continue
        runs.append(_TargetRun(conn, target, sender, due, now, base_url))
    if runs:
        _send_all(runs)
    failed.extend((r.target.label, r.error) for r in runs if r.error)
    pending = outbox.count(conn, "pending", [t.id for t in targets])
    return Delivery(delivered=sum(r.delivered for r in runs), failed=tuple(failed),
                    pending=pending, in_doubt=in_doubt, unavailable=unavailable)


#: Events with their attempts so far, sent as one message.
_Batch = list[tuple[Event, int]]


class _TargetRun:
    """One target's due events on their way out: its messages, what it accepted, its first
    failure.

    The outbox's rules hold per message: it is marked ``sending`` (committed) just before it
    leaves and ``delivered`` or failed once the target answered. A delivery is recorded in the
    commit that marks the target's next message ``sending`` (one commit per message), a
    failure at once. After a failure no further message leaves for this target (it is down:
    the rest wait for the next pass); those already in flight are recorded as they finish."""

    def __init__(self, conn: sqlite3.Connection, target: NotifyTarget, sender: Sender,
                 due: _Batch, now: datetime, base_url: str) -> None:
        self.conn, self.target, self.sender, self.now = conn, target, sender, now
        self.base_url = base_url
        self.batches = iter([due] if target.digest else by_change(due))
        self.accepted: list[Event] = []  # delivered, not yet recorded
        self.delivered = 0
        self.error = ""
        self.flying = 0

    def launch(self, pool: ThreadPoolExecutor) -> tuple[Future[str], _Batch] | None:
        """Send the next message (None: none is left, the target failed or has enough in
        flight)."""
        from versiontrack.render.notify import digest, message

        if self.error or self.flying >= SEND_THREADS:
            return None
        batch = next(self.batches, None)
        if batch is None:
            return None
        events = [e for e, _ in batch]
        title, body = digest(events, self.base_url) if self.target.digest else message(
            events, self.base_url)
        outbox.record(self.conn, self.target.id, self.now, delivered=self.accepted,
                      sending=events)
        self.accepted.clear()
        self.flying += 1
        return pool.submit(self.sender.send, title, body), batch

    def answered(self, batch: _Batch, why: str) -> None:
        self.flying -= 1
        if why:
            outbox.mark_failed(self.conn, self.target.id, batch, self.now, why)
            self.error = self.error or why
        else:
            self.accepted.extend(e for e, _ in batch)
            self.delivered += len(batch)

    def close(self) -> None:
        outbox.record(self.conn, self.target.id, self.now, delivered=self.accepted)
        self.accepted.clear()


def _send_all(runs: Sequence[_TargetRun]) -> None:
    """Keep each target's messages flowing until every target is done or failed."""
    flying: dict[Future[str], tuple[_TargetRun, _Batch]] = {}

    def fill(run: _TargetRun) -> None:
        while (sent := run.launch(pool)) is not None:
            flying[sent[0]] = (run, sent[1])

    with ThreadPoolExecutor(SEND_THREADS * len(runs),
                            thread_name_prefix="versiontrack-send") as pool:
        try:
            for run in runs:
                fill(run)
            while flying:
                finished, _ = wait(flying, return_when=FIRST_COMPLETED)
                for future in finished:
                    run, batch = flying.pop(future)
                    run.answered(batch, future.result())
                    fill(run)
        finally:
            for run in runs:
                run.close()


def by_change(due: Sequence[tuple[Event, int]]) -> list[list[tuple[Event, int]]]:
    """``due`` in one batch per change: the events of one story's one version (a silent
    correction, its headline change and the new version itself are one message, not three),
    in the order the first of each was queued."""
    groups: dict[tuple[str, int], list[tuple[Event, int]]] = {}
    for item in due:
        groups.setdefault((item[0].story, item[0].version), []).append(item)
    return list(groups.values())


#: Whether this process has run the warm-up audit (its patterns stay compiled).
_AUDITED = False


class Warmup:
    """What the notification step needs before it can start, prepared in a background thread
    while the pass archives its new pages: Apprise with its plugins (it imports all of them,
    about two hundred, on the first URL it reads), each target's :class:`Sender`, the audit
    with the patterns a story meets (:func:`versiontrack.audit.warm.warm_up`) and the message
    templates. In a fresh process that is about half a second of CPU, which then runs while
    the pass's own thread waits for git instead of adding to the pass's end; a process that
    has audited before (``snapshot --every``) skips the audit. Anything that fails here
    (Apprise missing) is left for the step itself to raise, where it always did.
    """

    def __init__(self, targets: Sequence[NotifyTarget]) -> None:
        self._targets = tuple(targets)
        self._senders: dict[str, Sender] = {}
        self.cpu_seconds = 0.0  # CPU time the thread took
        self._thread = threading.Thread(target=self._run, name="versiontrack-notify-warmup",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        t0 = time.thread_time()
        try:
            from versiontrack.audit.warm import warm_up
            from versiontrack.render.notify import warm_templates

            global _AUDITED
            if not _AUDITED:
                warm_up()
                _AUDITED = True
            warm_templates()
            for t in self._targets:
                self._senders[t.id] = Sender(t.url)
        except Exception:  # noqa: BLE001  (the step itself raises it, if it recurs)
            pass
        finally:
            self.cpu_seconds = time.thread_time() - t0

    def senders(self) -> dict[str, Sender]:
        """Each target's Sender, by target id (waits for the thread)."""
        self._thread.join()
        return dict(self._senders)


def notify_test(targets: Sequence[NotifyTarget]) -> list[tuple[str, str]]:
    """Send the test message to each target: (label, "" or why it failed)."""
    from versiontrack.render.notify import test_message

    title, body = test_message()
    out = []
    for t in targets:
        check_target(t.url, t.label)
        out.append((t.label, Sender(t.url).send(title, body)))
    return out


def notify_ingested(archive: Archive, wl: Watchlist, changed: Sequence[Changed],
                    now: datetime) -> Delivery:
    """The notification step for versions archived outside a pass (``ingest --notify``): under
    the snapshot pass lock (waiting for a running pass), against the same outbox."""
    from versiontrack.snapshot.passlock import pass_lock
    from versiontrack.snapshot.state import open_state

    with pass_lock(archive.path, wait=True):
        conn = open_state(archive.path)
        try:
            return notify_changes(archive, wl, conn, changed, now)
        finally:
            conn.close()
