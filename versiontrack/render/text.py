"""Plain text for people from the analysis' records: the audit timeline and its summary line,
the one-line change summary of an alignment, and the status marks findings are shown with.
Defined once here; the CLI, the demo and the report print what these return."""

from __future__ import annotations

from typing import TYPE_CHECKING

from versiontrack.audit.compare import Comparison
from versiontrack.audit.judge import POLICIES, StoryAudit, audit_story
from versiontrack.models import Alignment, Finding
from versiontrack.render.corrections import draft_log

if TYPE_CHECKING:
    from versiontrack.archive.store import Archive

__all__ = ["MARKS", "change_summary", "demo_audit_text", "mark", "summary_line",
           "timeline_text"]

#: How a finding's kind (or a headline change's audit status) is marked in plain text.
MARKS = {"silent": "SILENT", "disclosed": "disclosed", "exempt": "exempt",
         "note-without-change": "NOTE WITHOUT CHANGE", "note-removed": "NOTE REMOVED",
         "headline-change": "headline", "flip-flop": "FLIP-FLOP",
         "large-removal": "LARGE REMOVAL", "extraction-artefact": "extraction"}


def mark(kind: str) -> str:
    """The plain-text mark of a finding kind or verdict."""
    return MARKS.get(kind, kind)


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"


_SUMMARY_SKIP = {"added", "removed", "moved", "cosmetic", "spelling"}


def change_summary(compared: Comparison | Alignment) -> str:
    """One line such as "+2 ¶ −1 ¶ ~3 ¶ ↕1, number, quote"; of a comparison, followed by its
    extraction artefacts and the notes added, removed or changed ("1 extraction artefact, +1
    note")."""
    if isinstance(compared, Comparison):
        extra = []
        artefacts = len(compared.artefacts())
        if artefacts:
            extra.append(f"{artefacts} extraction artefact{'s' if artefacts != 1 else ''}")
        for sign, notes in (("+", compared.notes_added), ("\u2212", compared.notes_removed),
                            ("~", compared.notes_changed)):
            if notes:
                extra.append(f"{sign}{len(notes)} note{'s' if len(notes) != 1 else ''}")
        line = change_summary(compared.alignment)
        if extra and line == "no change":
            return ", ".join(extra)
        return ", ".join([line, *extra])
    alignment = compared
    added = sum(len(c.new) for c in alignment.changes if c.kind == "added")
    removed = sum(len(c.old) for c in alignment.changes if c.kind == "removed")
    edited = sum(1 for c in alignment.changes
                 if c.kind in ("edited", "split", "merged")
                 or (c.kind == "kept" and set(c.labels) - {"moved", "lede"}))
    moved = sum(1 for c in alignment.changes if c.moved)
    parts = []
    if added:
        parts.append(f"+{added} ¶")
    if removed:
        parts.append(f"\u2212{removed} ¶")
    if edited:
        parts.append(f"~{edited} ¶")
    if moved:
        parts.append(f"\u2195{moved}")
    labels: dict[str, None] = {}
    for c in alignment.all_changes():
        for label in c.labels:
            if label not in _SUMMARY_SKIP or (label in ("cosmetic", "spelling")):
                labels.setdefault(label, None)
    substantive = [x for x in labels if x not in ("cosmetic", "spelling")]
    if alignment.headline is not None:
        substantive = ["headline"] + [x for x in substantive if x != "headline"] \
            if alignment.headline.substantive else substantive
    shown = substantive or [x for x in labels if x in ("cosmetic", "spelling")]
    head = " ".join(parts)
    if not head and not shown:
        return "no change"
    return ", ".join(x for x in [head, *shown] if x)


def summary_line(audit: StoryAudit) -> str:
    """One sentence of counts."""
    subst = audit.substantive
    first = (f"{subst} substantive change{'s' if subst != 1 else ''}: {audit.disclosed} "
             f"disclosed, {audit.silent} silent, {audit.count('exempt')} exempt")
    parts = [first]
    others = [f"{audit.count(k)} {k}" for k in ("note-without-change", "note-removed",
                                                  "flip-flop", "large-removal",
                                                  "extraction-artefact", "headline-change")
              if audit.count(k)]
    if others:
        parts.append(", ".join(others))
    parts.append(f"{len(audit.notes)} note{'s' if len(audit.notes) != 1 else ''} in the "
                 "latest version")
    return "; ".join(parts) + "."


def timeline_text(audit: StoryAudit) -> str:
    """The story's versions in order, each with the notes and findings it brought."""
    pol = POLICIES.get(audit.policy)
    lines = [f"Audit of {audit.story} (policy {audit.policy}"
             + (f", {audit.grace_hours:g}h grace" if audit.grace_hours else "") + ")"]
    if pol is not None:
        lines.append(f"  {pol.description}")
    by_to: dict[int | None, list[Finding]] = {}
    for f in audit.findings:
        key = f.to_version if f.from_version is not None or f.kind == "note-without-change" \
            else None
        by_to.setdefault(key, []).append(f)
    trans = {t.to_version.number: t for t in audit.transitions}
    for v in audit.versions:
        head = f"v{v.number}  {v.fetched_at}  {v.paragraphs} \u00b6  {_short(v.headline, 70)}"
        lines.append(head + ("  [suspect extraction: skipped]" if v.suspect else ""))
        t = trans.get(v.number)
        if t is not None:
            for n in t.notes_added:
                lines.append(f"    + {n.kind} note ({n.style}, {n.position}): "
                             f"\u201c{_short(n.text, 80)}\u201d")
            for _, n in t.notes_changed:
                lines.append(f"    ~ {n.kind} note changed: \u201c{_short(n.text, 80)}\u201d")
        for f in by_to.pop(v.number, []):
            lines.append(f"    {mark(f.kind):<10} {f.message}")
    for f in by_to.pop(None, []):
        lines.append(f"    {mark(f.kind):<10} {f.message}")
    lines.append(summary_line(audit))
    return "\n".join(lines) + "\n"


def demo_audit_text(archive: Archive, story: str) -> str:
    """The demo story's audit timeline followed by its AP-style draft correction log."""
    audit = audit_story(archive, story)
    return timeline_text(audit) + "\n" + draft_log(audit, "ap")
