"""The flat rows a researcher queries, made from one story's audit.

:func:`story_rows` is pure: a story's versions (with articles and raw pages), its outlet and a
policy in, a :class:`StoryRows` of frozen records out, all picklable, so a worker process (or a
Dask task) can make them for one story; writers (:mod:`versiontrack.research.sqlite`,
:mod:`versiontrack.research.tabular`) sit on top. Verdict, policy and label strings are copied
from the audit's records, never named here, so a new verdict is a new value, not a new column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any, ClassVar, cast

from versiontrack.audit.headlines import headline_edits
from versiontrack.audit.judge import (
    DEFAULT_POLICY,
    JUDGED_KINDS,
    Policy,
    StoryAudit,
    audit_versions,
    change_class,
)
from versiontrack.models import Article, Change, Note, Version

__all__ = [
    "TABLES", "ChangeRow", "FindingRow", "HeadlineRow", "NoteRow", "StoryRow", "StoryRows",
    "TransitionRow", "VersionRow", "columns", "rows_from_audit", "story_rows",
]


class _Row:
    """Shared by the row records: the table they go to and their values as a dict."""

    table: ClassVar[str]

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(cast(Any, self))}


@dataclass(frozen=True)
class StoryRow(_Row):
    table: ClassVar[str] = "stories"
    story: str
    outlet: str
    url: str
    headline: str  # of the latest version
    versions: int
    first_seen: str
    last_fetched: str  # latest version's fetch time
    head_commit: str  # latest version's commit: what an incremental export compares
    policy: str
    suspect_versions: int
    transitions: int  # audited steps between non-suspect versions
    substantive: int  # judged substantive changes
    first_substantive_at: str  # when the first judged change was seen ("" when none)
    hours_to_first_substantive: float | None
    headline_changes: int
    notes: int  # notes found in any version (each note once)


@dataclass(frozen=True)
class VersionRow(_Row):
    table: ClassVar[str] = "versions"
    story: str
    number: int
    commit: str
    fetched_at: str
    headline: str
    byline: str
    words: int
    paragraphs: int
    suspect: bool
    extractor: str
    text: str  # paragraphs, one per line


@dataclass(frozen=True)
class TransitionRow(_Row):
    table: ClassVar[str] = "transitions"
    story: str
    from_version: int
    to_version: int
    from_fetched_at: str
    to_fetched_at: str
    changes: int  # alignment entries that changed something (headline and byline included)
    substantive_changes: int
    words_changed: int  # words inserted plus words deleted: the size of the step
    notes_added: int
    notes_removed: int
    findings: int


@dataclass(frozen=True)
class ChangeRow(_Row):
    table: ClassVar[str] = "changes"
    story: str
    from_version: int
    to_version: int
    seq: int  # order within the step: headline, byline, then body in reading order
    field: str
    kind: str
    labels: str  # space-separated, as the differ gave them
    reasons: str  # space-separated
    old_paragraphs: str  # 0-based indexes, space-separated
    new_paragraphs: str
    old_text: str
    new_text: str
    moved: bool
    similarity: float
    substantive: bool
    change_class: str  # "correction" or "addition" (the audit's classes)


@dataclass(frozen=True)
class NoteRow(_Row):
    table: ClassVar[str] = "notes"
    story: str
    version: int  # the version the note was first seen in
    seq: int
    kind: str
    position: str
    paragraph: int | None
    date: str | None
    old_value: str | None
    new_value: str | None
    style: str
    text: str
    explains: bool | None  # False: names no value, paragraph or subject (None for v1's notes)
    discloses: int  # findings it was matched to
    removed_in: int | None  # first version it was gone from


@dataclass(frozen=True)
class FindingRow(_Row):
    table: ClassVar[str] = "findings"
    story: str
    seq: int
    verdict: str  # the audit's finding kind, as the judge named it
    policy: str
    judged: bool  # a verdict on one substantive change (not a story-wide finding)
    from_version: int | None
    to_version: int | None
    change_seq: int | None  # the change it judges, in ``changes`` of the same step
    field: str
    labels: str
    change_class: str
    note_kind: str  # the note that disclosed it (or the note it is about)
    note_text: str
    note_version: int | None
    reason: str
    message: str
    seen_at: str  # fetch time of the version the finding is about


@dataclass(frozen=True)
class HeadlineRow(_Row):
    table: ClassVar[str] = "headline_changes"
    story: str
    from_version: int
    to_version: int
    from_fetched_at: str
    fetched_at: str
    old: str
    new: str
    labels: str
    substantive: bool
    verdict: str  # the audit's verdict on the edit, "" when it judged none
    note_kind: str
    note_text: str
    reverts_to: int | None


#: Row record per table, in writing order (parents first).
TABLES: tuple[type[_Row], ...] = (StoryRow, VersionRow, TransitionRow, ChangeRow, NoteRow,
                                  FindingRow, HeadlineRow)


def columns(row_type: type[_Row]) -> list[str]:
    """The column names of a table, in order: the same in SQLite, CSV and Parquet."""
    return [f.name for f in fields(row_type)]  # type: ignore[arg-type]


@dataclass(frozen=True)
class StoryRows:
    """Every row of one story, one tuple per table."""

    story: StoryRow
    versions: tuple[VersionRow, ...]
    transitions: tuple[TransitionRow, ...]
    changes: tuple[ChangeRow, ...]
    notes: tuple[NoteRow, ...]
    findings: tuple[FindingRow, ...]
    headline_changes: tuple[HeadlineRow, ...]

    def of(self, table: str) -> tuple[_Row, ...]:
        """The rows for ``table`` (a :data:`TABLES` name)."""
        if table == "stories":
            return (self.story,)
        rows: tuple[_Row, ...] = getattr(self, table)
        return rows


def _hours(a: str, b: str) -> float | None:
    from versiontrack.times import parse_utc

    start, end = parse_utc(a), parse_utc(b)
    if start is None or end is None:
        return None
    return round((end - start).total_seconds() / 3600, 3)


def _changed_words(change: Change) -> int:
    if change.ops:
        return sum(len(o.text.split()) for o in change.ops if o.op != "equal")
    return len(change.old_text.split()) + len(change.new_text.split())


def _note_key(n: Note) -> tuple[str, str, str]:
    return (n.kind, n.position, n.text)


def story_rows(history: Sequence[tuple[Version, Article, bytes]], outlet: str = "",
               policy: str | Policy = DEFAULT_POLICY, grace_hours: float | None = None,
               story: str = "") -> StoryRows:
    """The rows of one story, from its versions in order (as ``Archive.history(raw=True)``
    gives them) under ``policy``. Pure: it reads nothing else."""
    audit = audit_versions(history, policy, grace_hours=grace_hours,
                           story=story or history[0][0].story)
    return rows_from_audit(audit, history, outlet)


def rows_from_audit(audit: StoryAudit, history: Sequence[tuple[Version, Article, bytes]],
                    outlet: str = "") -> StoryRows:
    """The rows of one audited story (``history`` as the audit read it)."""
    key = audit.story
    versions = tuple(VersionRow(
        key, v.number, v.commit, v.fetched_at, a.headline, a.byline, v.words, v.paragraphs,
        v.suspect, a.extractor, "\n".join(a.paragraphs)) for v, a, _ in history)
    fetched = {v.number: v.fetched_at for v, _, _ in history}

    transitions: list[TransitionRow] = []
    changes: list[ChangeRow] = []
    change_seq: dict[tuple[int, int, int], int] = {}  # (from, to, id(change)) -> seq
    for t in audit.transitions:
        a, b = t.from_version.number, t.to_version.number
        entries = t.alignment.all_changes()
        for seq, c in enumerate(entries):
            change_seq[(a, b, id(c))] = seq
            changes.append(ChangeRow(
                key, a, b, seq, c.field, c.kind, " ".join(c.labels), " ".join(c.reasons),
                " ".join(map(str, c.old)), " ".join(map(str, c.new)), c.old_text, c.new_text,
                c.moved, round(c.similarity, 4), c.substantive, change_class(c)))
        transitions.append(TransitionRow(
            key, a, b, t.from_version.fetched_at, t.to_version.fetched_at, len(entries),
            sum(c.substantive for c in entries), sum(_changed_words(c) for c in entries),
            len(t.notes_added), len(t.notes_removed), len(t.findings)))

    # Notes: those of the first audited version, then each one added later (with its account).
    notes: list[NoteRow] = []
    accounts = {(acc.version, _note_key(acc.note)): acc for acc in audit.note_accounts}
    first = audit.transitions[0].from_version.number if audit.transitions else (
        next((v.number for v, _, _ in history if not v.suspect), 1))
    seen_notes: list[tuple[int, Note]] = []
    if audit.sides:
        seen_notes += [(first, n) for n in audit.sides[0].notes]
    for t in audit.transitions:
        seen_notes += [(t.to_version.number, n) for n in t.notes_added]
    removed_at: dict[tuple[str, str, str], int] = {}
    for t in audit.transitions:
        for n in t.notes_removed:
            removed_at.setdefault(_note_key(n), t.to_version.number)
    for seq, (number, n) in enumerate(seen_notes):
        acc = accounts.get((number, _note_key(n)))
        notes.append(NoteRow(
            key, number, seq, n.kind, n.position, n.paragraph, n.date, n.old_value, n.new_value,
            n.style, n.text, acc.explains if acc else None, len(acc.discloses) if acc else 0,
            removed_at.get(_note_key(n))))

    findings: list[FindingRow] = []
    judged = set(JUDGED_KINDS)
    for seq, f in enumerate(audit.findings):
        fc = f.change
        cseq = None
        if fc is not None and f.from_version is not None and f.to_version is not None:
            cseq = change_seq.get((f.from_version, f.to_version, id(fc)))
        note_version = None
        if f.note is not None:
            note_version = next((n.version for n in notes if n.kind == f.note.kind
                                 and n.text == f.note.text), None)
        findings.append(FindingRow(
            key, seq, f.kind, audit.policy, f.kind in judged and fc is not None,
            f.from_version, f.to_version, cseq, fc.field if fc else "",
            " ".join(fc.labels) if fc else "", change_class(fc) if fc else "",
            f.note.kind if f.note else "", f.note.text if f.note else "", note_version,
            f.reason, f.message, fetched.get(f.to_version or 0, "")))

    heads = tuple(HeadlineRow(
        key, e.from_version, e.to_version, e.from_fetched_at, e.fetched_at, e.change.old_text,
        e.change.new_text, " ".join(e.change.labels), e.change.substantive,
        e.verdict.kind if e.verdict else "",
        e.verdict.note.kind if e.verdict and e.verdict.note else "",
        e.verdict.note.text if e.verdict and e.verdict.note else "", e.reverts_to)
        for e in headline_edits(audit))

    first_v, last_v, last_a = history[0][0], history[-1][0], history[-1][1]
    judged_at = [r.seen_at for r in findings if r.judged and r.seen_at]
    first_sub = min(judged_at) if judged_at else ""
    story_row = StoryRow(
        key, outlet or last_a.outlet, last_v.url or last_a.url, last_a.headline, len(history),
        first_v.fetched_at, last_v.fetched_at, last_v.commit, audit.policy,
        sum(v.suspect for v, _, _ in history), len(transitions),
        sum(r.judged for r in findings), first_sub,
        _hours(first_v.fetched_at, first_sub) if first_sub else None, len(heads), len(notes))
    return StoryRows(story_row, versions, tuple(transitions), tuple(changes), tuple(notes),
                     tuple(findings), heads)

