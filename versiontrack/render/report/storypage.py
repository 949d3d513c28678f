"""Everything one story's pages need, gathered once: its versions, the audit, the steps between
versions (with their findings and notes), the alignments of every pair that gets a diff page
(the auditor's comparisons are reused: each version's notes are stripped once and each pair
aligned once), the notes it published and its draft correction log.

Comparing "any two versions": a static site cannot diff on demand, so the story page links to
pre-rendered pages. Every pair is rendered when a story has at most ``ALL_PAIRS_MAX`` versions;
longer histories get each consecutive pair plus every version against the first and the latest
(bounded: at most 3n pages per story).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from versiontrack.audit.compare import Comparison, Side, compare, prepare
from versiontrack.audit.judge import StoryAudit, audit_story
from versiontrack.models import Alignment, Article, Change, Finding, Note, StoryInfo, Version
from versiontrack.render.corrections import draft_log
from versiontrack.render.report.diffpage import diff_name
from versiontrack.render.text import disclosure_text

if TYPE_CHECKING:  # pragma: no cover
    from versiontrack.archive.store import Archive

ALL_PAIRS_MAX = 8


@dataclass
class Transition:
    """Versions ``a`` < ``b`` of a story compared: their alignment (None without a differ), the
    comparison it comes from, and the findings and notes the audit gave the steps between
    them."""

    a: int
    b: int
    alignment: Alignment | None
    findings: tuple[Finding, ...] = ()
    notes_added: tuple[Note, ...] = ()
    notes_removed: tuple[Note, ...] = ()
    comparison: Comparison | None = None

    @property
    def href(self) -> str:
        return diff_name(self.a, self.b)

    def changes(self) -> tuple[Change, ...]:
        return self.alignment.all_changes() if self.alignment else ()

    def silent(self) -> list[Change]:
        """Changes that lack a note the policy asks for: silent corrections and undisclosed
        updates."""
        return [f.change for f in self.findings
                if f.kind in ("silent-correction", "undisclosed-update") and f.change is not None]

    def undisclosed(self) -> list[Change]:
        """Added material without the update note or stamp the policy asks for."""
        return [f.change for f in self.findings
                if f.kind == "undisclosed-update" and f.change is not None]

    def disclosed(self) -> list[Change]:
        return [f.change for f in self.findings
                if f.kind == "disclosed" and f.change is not None]

    def artefacts(self) -> list[tuple[Change, str]]:
        """Changes the comparison calls extraction artefacts, with the reason."""
        if self.comparison is None:
            return []
        return [(c, self.comparison.verdict(c).reason) for c in self.comparison.artefacts()]

    def summary(self) -> str:
        """A short human description: "headline changed; 2 paragraphs edited; labels: number"."""
        if self.alignment is None:
            return "not compared (the differ is not available)"
        parts = []
        if self.alignment.headline is not None:
            parts.append("headline changed")
        if self.alignment.byline is not None:
            parts.append("byline changed")
        counts: dict[str, int] = {}
        moved = 0
        for c in self.alignment.changes:
            if c.kind != "kept":
                counts[c.kind] = counts.get(c.kind, 0) + 1
            elif set(c.labels) - {"moved"}:
                counts["edited"] = counts.get("edited", 0) + 1
            moved += c.moved
        for kind in ("edited", "added", "removed", "split", "merged"):
            n = counts.get(kind, 0)
            if n:
                parts.append(f"{n} paragraph{'s' if n != 1 else ''} {kind}")
        if moved:
            parts.append(f"{moved} moved")
        labels = sorted({lab for c in self.changes() for lab in c.labels})
        if labels:
            parts.append("labels: " + ", ".join(labels))
        return "; ".join(parts) or "no visible change"


def _pairs(n: int) -> list[tuple[int, int]]:
    if n <= ALL_PAIRS_MAX:
        return [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1)]
    pairs = {(a, a + 1) for a in range(1, n)}
    pairs |= {(1, b) for b in range(2, n + 1)} | {(a, n) for a in range(1, n)}
    return sorted(pairs)


def _notes_of(audit: StoryAudit, first: tuple[int, Side] | None
              ) -> list[tuple[int | None, Note]]:
    """(version number, note) for every note the story published, in order of appearance:
    those of the first version, those added later, then any other of the latest version."""
    seen: list[tuple[int | None, Note]] = []
    keys: set[tuple[str, str]] = set()

    def add(n: int | None, note: Note) -> None:
        k = (note.kind, note.text)
        if k not in keys:
            keys.add(k)
            seen.append((n, note))

    if first is not None:
        for note in first[1].notes:
            add(first[0], note)
    for t in audit.transitions:
        for note in t.notes_added:
            add(t.to_version.number, note)
    for note in audit.notes:
        add(None, note)
    return seen


class StoryPage:
    """Everything one story's pages need, computed once."""

    def __init__(self, archive: Archive, info: StoryInfo, policy: str,
                 audit: StoryAudit | None = None) -> None:
        """``audit``: the story's whole audit under ``policy`` when made already."""
        self.info = info
        self.key = info.key
        self.versions: list[Version] = archive.versions(info.key)
        self.by_number = {v.number: v for v in self.versions}
        self._articles: dict[int, Article] = {}
        self._archive = archive
        self.transitions: list[Transition] = []
        self.audit: StoryAudit = (audit if audit is not None
                                  else audit_story(archive, info.key, policy=policy))
        for t in self.audit.transitions:
            self.transitions.append(Transition(
                a=t.from_version.number, b=t.to_version.number, alignment=t.alignment,
                findings=tuple(t.findings), notes_added=tuple(t.notes_added),
                notes_removed=tuple(t.notes_removed), comparison=t.comparison))
        self.findings: list[Finding] = list(self.audit.findings)
        # The auditor read the (non-suspect) versions already: reuse them for the other pairs.
        live = [t.from_version.number for t in self.audit.transitions[:1]] + [
            t.to_version.number for t in self.audit.transitions]
        self._sides: dict[int, Side] = {}
        if live and len(self.audit.articles) == len(live):
            self._articles.update(zip(live, self.audit.articles, strict=True))
        if live and len(self.audit.sides) == len(live):
            self._sides.update(zip(live, self.audit.sides, strict=True))
        self.log = draft_log(self.audit, style="ap", fmt="text")
        self._comparisons: dict[tuple[int, int], Comparison | None] = {
            (t.a, t.b): t.comparison for t in self.transitions}
        first = live[0] if live else (self.versions[0].number if self.versions else None)
        self.notes = _notes_of(self.audit, (first, self.side(first)) if first else None)

    def article(self, number: int) -> Article:
        if number not in self._articles:
            self._articles[number] = self._archive.article(self.key, number)
        return self._articles[number]

    def side(self, number: int) -> Side:
        """Version ``number`` as compared; the auditor's for the versions it read."""
        if number not in self._sides:
            self._sides[number] = prepare(self.article(number),
                                          self._archive.raw(self.key, number))
        return self._sides[number]

    def comparison(self, a: int, b: int) -> Comparison | None:
        if self._comparisons.get((a, b)) is None:
            self._comparisons[(a, b)] = compare(self.side(a), self.side(b))
        return self._comparisons[(a, b)]

    def alignment(self, a: int, b: int) -> Alignment | None:
        c = self.comparison(a, b)
        return c.alignment if c is not None else None

    def pairs(self) -> set[tuple[int, int]]:
        """The pairs with a diff page: the bounded set plus every audited transition."""
        return set(_pairs(len(self.versions))) | {(t.a, t.b) for t in self.transitions}

    def transition(self, a: int, b: int) -> Transition:
        for t in self.transitions:
            if (t.a, t.b) == (a, b):
                return t
        # A non-consecutive pair: findings belong to consecutive transitions, so collect the
        # silent/disclosed marks of every step in between for changes that survive unchanged.
        steps = [t for t in self.transitions if a <= t.a and t.b <= b]
        return Transition(a=a, b=b, alignment=self.alignment(a, b),
                          findings=tuple(f for t in steps for f in t.findings),
                          notes_added=tuple(n for t in steps for n in t.notes_added),
                          notes_removed=tuple(n for t in steps for n in t.notes_removed),
                          comparison=self.comparison(a, b))

    def disclosure(self, number: int | None, note: Note) -> str:
        """What a note added in version ``number`` discloses, in words ("" when not audited)."""
        for account in self.audit.note_accounts:
            if account.version == number and account.note == note:
                return disclosure_text(account)
        return ""

    def headline_history(self) -> list[tuple[str, Version]]:
        out: list[tuple[str, Version]] = []
        for v in self.versions:
            if not out or out[-1][0] != v.headline:
                out.append((v.headline, v))
        return out

    def counts(self) -> dict[str, int]:
        if self.audit is not None:  # the same figures as `versiontrack audit`
            return {"substantive": int(self.audit.substantive), "silent": int(self.audit.silent),
                    "undisclosed": self.audit.count("undisclosed-update"),
                    "updates": self.audit.count("update"), "notes": len(self.notes)}
        substantive = sum(1 for t in self.transitions for c in t.changes() if c.substantive)
        silent = sum(1 for f in self.findings if f.kind == "silent-correction")
        return {"substantive": substantive, "silent": silent, "undisclosed": 0, "updates": 0,
                "notes": len(self.notes)}


__all__ = ["ALL_PAIRS_MAX", "StoryPage", "Transition"]
