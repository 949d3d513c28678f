"""Plain renderings of an alignment for the ``diff`` command: terminal (with or without ANSI
colour) and Markdown. Both show every changed paragraph with its marker, its inline word changes
and its labels; runs of unchanged paragraphs are folded into one line.

The terminal text without colour marks deletions ``[-like this-]`` and insertions
``{+like this+}`` (the wdiff convention), so a changed comma or digit stays visible in a log file.
Given a :class:`~versiontrack.audit.compare.Comparison`, both also list the notes added, removed
or changed, and mark the changes only extraction made (text still on the raw page).
"""

from __future__ import annotations

from collections.abc import Iterable

from versiontrack.audit.compare import Comparison
from versiontrack.models import Alignment, Change, Note, WordOp
from versiontrack.render.controls import for_terminal
from versiontrack.render.text import change_summary

_RED, _GREEN, _DIM, _BOLD, _YELLOW, _CYAN, _RESET = (
    "\x1b[31m", "\x1b[32m", "\x1b[2m", "\x1b[1m", "\x1b[33m", "\x1b[36m", "\x1b[0m")
_STRIKE = "\x1b[9m"


def _para_ref(idx: tuple[int, ...]) -> str:
    if not idx:
        return "-"
    if len(idx) == 1:
        return f"¶{idx[0] + 1}"
    return f"¶{idx[0] + 1}-{idx[-1] + 1}"


def marker(c: Change) -> str:
    """A short marker for the entry: + - ~ and split/merge/move arrows."""
    sign = {"kept": " ", "edited": "~", "split": "<", "merged": ">", "added": "+",
            "removed": "-"}[c.kind]
    if c.kind == "kept" and c.labels and not c.moved:
        sign = "~"
    return sign + ("\u2195" if c.moved else " ")


def describe(c: Change) -> str:
    """"edited ¶3 -> ¶4, moved" and the like (1-based paragraph numbers)."""
    if c.field != "body":
        return c.field
    if c.kind == "added":
        what = f"added {_para_ref(c.new)}"
    elif c.kind == "removed":
        what = f"removed {_para_ref(c.old)}"
    else:
        what = f"{c.kind} {_para_ref(c.old)} -> {_para_ref(c.new)}"
    return what + (", moved" if c.moved else "")


def _inline(ops: Iterable[WordOp], color: bool) -> str:
    """Word changes inline: git's word-diff markers, or colour (struck red, bold green)."""
    marks = {"delete": (f"{_RED}{_STRIKE}", _RESET), "insert": (f"{_GREEN}{_BOLD}", _RESET)} \
        if color else {"delete": ("[-", "-]"), "insert": ("{+", "+}")}
    out = []
    for op in ops:
        text = for_terminal(op.text)  # scraped text: no escape sequence reaches the terminal
        if op.op == "equal":
            out.append(text)
        else:
            start, end = marks[op.op]
            out.append(f"{start}{text}{end}")
    return "".join(out)


def _body_text(c: Change, color: bool) -> str:
    if c.ops:
        return _inline(c.ops, color)
    new, old = for_terminal(c.new_text), for_terminal(c.old_text)
    if c.kind == "added":
        return f"{_GREEN}{new}{_RESET}" if color else "{+" + new + "+}"
    if c.kind == "removed":
        return f"{_RED}{old}{_RESET}" if color else "[-" + old + "-]"
    return new


def _labels(c: Change) -> str:
    if not c.labels:
        return ""
    reasons = for_terminal("; ".join(c.reasons))
    return f"{', '.join(c.labels)}" + (f"  [{reasons}]" if reasons else "")


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.split("\n"))


def _artefact(compared: Comparison | Alignment, c: Change) -> str:
    """"extraction artefact: why" when the comparison calls ``c`` one, else ""."""
    if not isinstance(compared, Comparison):
        return ""
    v = compared.verdict(c)
    return f"extraction artefact: {v.reason}" if v.kind == "extraction-artefact" else ""


def _note_lines(compared: Comparison | Alignment) -> list[str]:
    if not isinstance(compared, Comparison):
        return []

    def said(n: Note) -> str:
        return f"{n.kind} note ({n.position}): \u201c{' '.join(n.text.split())}\u201d"

    return ([f"Note added: {said(n)}" for n in compared.notes_added]
            + [f"Note removed: {said(n)}" for n in compared.notes_removed]
            + [f"Note changed: {said(n)}" for _, n in compared.notes_changed])


def render_terminal(compared: Comparison | Alignment, color: bool = False) -> str:
    """The comparison (or bare alignment) as terminal text: a summary line, notes, headline and
    byline changes, then each changed paragraph; runs of unchanged paragraphs are folded into
    one line."""
    alignment = compared.alignment if isinstance(compared, Comparison) else compared
    lines = [change_summary(compared), *map(for_terminal, _note_lines(compared))]
    for c in (alignment.headline, alignment.byline):
        if c is not None:
            head = f"{c.field.capitalize()}: "
            lines.append(head + _body_text(c, color))
            lines.append(_meta(c, color))
    quiet = 0

    def flush() -> None:
        nonlocal quiet
        if quiet:
            note = f"   \u22ef {quiet} unchanged paragraph{'s' if quiet != 1 else ''}"
            lines.append(f"{_DIM}{note}{_RESET}" if color else note)
        quiet = 0

    for c in alignment.changes:
        if not c.changed:
            quiet += 1
            continue
        flush()
        mark = marker(c)
        if color:
            tint = {"+": _GREEN, "-": _RED}.get(mark[0], _YELLOW)
            mark = f"{tint}{mark}{_RESET}"
        lines.append(f"{mark} {describe(c)}")
        lines.append(_indent(_body_text(c, color), "    "))
        lines.append(_meta(c, color))
        why = for_terminal(_artefact(compared, c))
        if why:
            lines.append(f"{_YELLOW}    {why}{_RESET}" if color else f"    {why}")
    flush()
    return "\n".join(line for line in lines if line is not None) + "\n"


def _meta(c: Change, color: bool) -> str:
    text = "    " + (_labels(c) or "no labels")
    return f"{_CYAN}{text}{_RESET}" if color else text


def _md_escape(text: str) -> str:
    for ch in "\\`*_~[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def _md_inline(c: Change) -> str:
    if not c.ops:
        if c.kind == "added":
            return "**" + _md_escape(c.new_text) + "**"
        if c.kind == "removed":
            return "~~" + _md_escape(c.old_text) + "~~"
        return _md_escape(c.new_text)
    out = []
    for op in c.ops:
        text = _md_escape(op.text)
        if op.op == "equal" or not op.text.strip():
            out.append(text)
        else:
            # Markdown emphasis must hug the words: keep surrounding spaces outside it.
            core = text.strip()
            lead = text[:len(text) - len(text.lstrip())]
            tail = text[len(text.rstrip()):]
            mark = "~~" if op.op == "delete" else "**"
            out.append(f"{lead}{mark}{core}{mark}{tail}")
    return "".join(out)


def render_markdown(compared: Comparison | Alignment, title: str = "") -> str:
    """The changes as Markdown: ~~deleted~~ and **inserted** words, labels in code spans."""
    alignment = compared.alignment if isinstance(compared, Comparison) else compared
    lines = [f"## {_md_escape(title)}" if title else "## Changes", "",
             f"Summary: {_md_escape(change_summary(compared))}", ""]
    notes = _note_lines(compared)
    if notes:
        lines.extend([*(f"- {_md_escape(n)}" for n in notes), ""])
    for c in alignment.all_changes():
        labels = " ".join(f"`{label}`" for label in c.labels)
        reasons = ", ".join(f"`{r}`" for r in c.reasons)
        lines.append(f"- **{_md_escape(describe(c))}** {labels}")
        body = _md_inline(c).replace("\n", "<br>")
        lines.append(f"  > {body}")
        if reasons:
            lines.append(f"  reasons: {reasons}")
        why = for_terminal(_artefact(compared, c))
        if why:
            lines.append(f"  {_md_escape(why)}")
    if not alignment.all_changes():
        lines.append("No change.")
    return "\n".join(lines) + "\n"
