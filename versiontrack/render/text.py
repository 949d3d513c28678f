"""Plain text for people from the analysis' records: the audit timeline and its summary line,
the one-line change summary of an alignment, and the status marks findings are shown with.
Defined once here; the CLI, the demo and the report print what these return."""

from __future__ import annotations

from typing import TYPE_CHECKING

from versiontrack.audit.compare import Comparison
from versiontrack.audit.judge import POLICIES, NoteAccount, StoryAudit, audit_story
from versiontrack.models import Alignment, Finding, Note
from versiontrack.render.corrections import draft_log
from versiontrack.render.env import plural

if TYPE_CHECKING:
    from versiontrack.archive.store import Archive

__all__ = ["MARKS", "VERDICT_WORDS", "change_summary", "demo_audit_text", "disclosure_text",
           "mark", "summary_line", "timeline_text", "verdict_words"]

#: How a finding's kind (or a headline change's audit status) is marked in plain text.
MARKS = {"silent-correction": "SILENT CORRECTION", "undisclosed-update": "UNDISCLOSED UPDATE",
         "disclosed": "disclosed", "update": "update", "exempt": "exempt",
         "note-without-change": "NOTE WITHOUT CHANGE",
         "note-explains-nothing": "NOTE EXPLAINS NOTHING", "note-removed": "NOTE REMOVED",
         "headline-change": "headline", "flip-flop": "FLIP-FLOP",
         "large-removal": "LARGE REMOVAL", "extraction-artefact": "extraction"}

#: A verdict in words, for sentences and the report: (singular, plural).
VERDICT_WORDS = {
    "silent-correction": ("silent correction", "silent corrections"),
    "undisclosed-update": ("undisclosed update", "undisclosed updates"),
    "disclosed": ("disclosed", "disclosed"), "update": ("update", "updates"),
    "exempt": ("exempt", "exempt"), "extraction-artefact": ("extraction artefact",
                                                            "extraction artefacts"),
}


def mark(kind: str) -> str:
    """The plain-text mark of a finding kind or verdict."""
    return MARKS.get(kind, kind)


def verdict_words(kind: str, n: int | None = None) -> str:
    """A verdict in words ("silent correction"); with ``n``, counted ("2 silent corrections")."""
    one, many = VERDICT_WORDS.get(kind, (kind, kind))
    return one if n is None else f"{n} {one if n == 1 else many}"


def disclosure_text(account: NoteAccount) -> str:
    """What one note discloses, in a few words: "paragraph 3 (v1\u2192v2), the headline"."""
    if not account.explains and account.discloses:
        head = "explains nothing; tied by position only to "
    elif not account.discloses:
        return "discloses no visible change"
    else:
        head = "discloses "
    parts = []
    for f in account.discloses:
        c = f.change
        if c is None:
            continue
        idx = c.new or c.old
        where = "the headline" if c.field == "headline" else (
            f"paragraph {idx[0] + 1}" if len(idx) == 1 else
            f"paragraphs {idx[0] + 1}-{idx[-1] + 1}" if idx else "a paragraph")
        parts.append(f"{where} (v{f.from_version}\u2192v{f.to_version})")
    return head + ", ".join(parts)


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
    first = (f"{plural(subst, 'substantive change')}: {audit.disclosed} "
             f"disclosed, {verdict_words('silent-correction', audit.silent)}, "
             f"{audit.count('exempt')} exempt")
    for kind in ("undisclosed-update", "update"):
        if audit.count(kind):
            first += f", {verdict_words(kind, audit.count(kind))}"
    parts = [first]
    others = [f"{audit.count(k)} {k}" for k in ("note-without-change", "note-explains-nothing",
                                                  "note-removed",
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
    accounts: dict[tuple[int, Note], NoteAccount] = {(a.version, a.note): a
                                                     for a in audit.note_accounts}
    # The marks' column is as wide as the widest mark shown, so the messages line up.
    width = max([10, *(len(mark(f.kind)) for f in audit.findings)])
    for v in audit.versions:
        head = f"v{v.number}  {v.fetched_at}  {v.paragraphs} \u00b6  {_short(v.headline, 70)}"
        lines.append(head + ("  [suspect extraction: skipped]" if v.suspect else ""))
        t = trans.get(v.number)
        if t is not None:
            for n in t.notes_added:
                lines.append(f"    + {n.kind} note ({n.style}, {n.position}): "
                             f"\u201c{_short(n.text, 80)}\u201d")
                _account_line(lines, accounts.get((v.number, n)))
            for _, n in t.notes_changed:
                lines.append(f"    ~ {n.kind} note changed: \u201c{_short(n.text, 80)}\u201d")
                _account_line(lines, accounts.get((v.number, n)))
        for f in by_to.pop(v.number, []):
            lines.append(f"    {mark(f.kind):<{width}} {f.message}")
    for f in by_to.pop(None, []):
        lines.append(f"    {mark(f.kind):<{width}} {f.message}")
    lines.append(summary_line(audit))
    return "\n".join(lines) + "\n"


def _account_line(lines: list[str], account: NoteAccount | None) -> None:
    if account is not None and (account.discloses or account.note.position != "headline"):
        lines.append(f"      {disclosure_text(account)}")


def demo_audit_text(archive: Archive, story: str) -> str:
    """The demo story's audit timeline followed by its AP-style draft correction log."""
    audit = audit_story(archive, story)
    return timeline_text(audit) + "\n" + draft_log(audit, "ap")
