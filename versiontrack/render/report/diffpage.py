"""The diff page's view model: a change's text as segments tagged equal, insert or delete,
grouped into paragraphs, and the blocks a diff page lists (changes, folded runs of unchanged
paragraphs, placeholders where moved paragraphs used to be), with the names and anchors links
use to reach them.

Templates escape every segment; no markup is assembled from strings here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from versiontrack.models import Alignment, Change, Finding


def diff_name(a: int, b: int) -> str:
    """File name of the diff page between versions ``a`` and ``b`` of a story."""
    return f"diff-{a}-{b}.html"


@dataclass(frozen=True)
class Segment:
    op: str  # "equal" | "insert" | "delete"
    text: str


Para = list[Segment]


@dataclass
class Block:
    """One entry of the diff view: a change, a run of folded unchanged paragraphs, or the
    placeholder left where a moved paragraph used to be."""

    kind: str  # a Change kind, "fold" or "moved-away"
    change: Change | None = None
    inline: list[Para] = field(default_factory=list)
    old: list[Para] = field(default_factory=list)
    new: list[Para] = field(default_factory=list)
    labels: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    moved: bool = False
    silent: bool = False  # a note the policy asks for is missing
    undisclosed: bool = False  # ... and the change is added material (an undisclosed update)
    disclosed: bool = False
    artefact: str = ""  # why the comparison calls it an extraction artefact ("" when it is not)
    anchor: str = ""  # id of this block (new position for a moved paragraph)
    link: str = ""  # moved: where the paragraph was; moved-away: where it went
    old_numbers: tuple[int, ...] = ()  # 1-based paragraph numbers, for people
    new_numbers: tuple[int, ...] = ()
    folded: list[Block] = field(default_factory=list)

    @property
    def substantive(self) -> bool:
        return self.change is not None and self.change.substantive


def _paras(ops: Iterable[tuple[str, str]], side: str) -> list[Para]:
    """Split (op, text) runs into paragraphs at newlines.

    ``side`` is "old" (breaks on equal/delete newlines), "new" (equal/insert) or "inline" (new
    paragraphing; a removed break is shown as a deleted pilcrow, an added one as an inserted one).
    """
    paras: list[Para] = [[]]
    for op, text in ops:
        if (side == "old" and op == "insert") or (side == "new" and op == "delete"):
            continue
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                if side == "inline" and op == "delete":
                    paras[-1].append(Segment("delete", " ¶ "))
                    continue
                if side == "inline" and op == "insert":
                    paras[-1].append(Segment("insert", " ¶"))
                paras.append([])
            if piece:
                paras[-1].append(Segment(op, piece))
    return [p for p in paras if p] or [[]]


def change_ops(change: Change) -> list[tuple[str, str]]:
    """A change's text as (op, text) runs: its word diff, or the old text deleted and the new
    inserted when it has none."""
    if change.ops:
        return [(o.op, o.text) for o in change.ops]
    if change.kind in ("kept",) or change.old_text == change.new_text:
        return [("equal", change.new_text or change.old_text)]
    out = []
    if change.old_text:
        out.append(("delete", change.old_text))
    if change.new_text:
        out.append(("insert", change.new_text))
    return out


def _shown_reasons(reasons: Sequence[str]) -> tuple[str, ...]:
    # Only reasons that say what became what ("number:157->175") tell a reader something the
    # labels and the marked words do not.
    out = []
    for r in reasons:
        if "->" in r:
            label, _, values = r.partition(":")
            out.append(f"{label}: {values.replace('->', ' → ')}" if values else r)
    return tuple(out)


def change_anchor(change: Change | None, prefix: str = "") -> str:
    """The id of a change's block in a diff page ("" when it has none)."""
    if change is None:
        return ""
    if change.field != "body":
        return f"{prefix}{change.field}"
    if change.new:
        return f"{prefix}new-{change.new[0] + 1}"
    if change.old:
        return f"{prefix}old-{change.old[0] + 1}"
    return ""


def finding_href(f: Finding) -> str:
    """Link from a story page to the place in a diff page a finding is about."""
    if not (f.from_version and f.to_version):
        return ""
    anchor = change_anchor(f.change)
    return diff_name(f.from_version, f.to_version) + (f"#{anchor}" if anchor else "")


def block_for(change: Change, silent: bool, disclosed: bool, prefix: str,
              artefact: str = "", undisclosed: bool = False) -> Block:
    """The view block of one change; ``prefix`` starts its ids (one page shows two views);
    ``artefact`` is why the comparison calls it an extraction artefact, if it does."""
    ops = change_ops(change)
    b = Block(
        kind=change.kind, change=change, inline=_paras(ops, "inline"), old=_paras(ops, "old"),
        new=_paras(ops, "new"), labels=change.labels, reasons=_shown_reasons(change.reasons),
        moved=change.moved, silent=silent, undisclosed=undisclosed, disclosed=disclosed,
        artefact=artefact,
        old_numbers=tuple(i + 1 for i in change.old), new_numbers=tuple(i + 1 for i in change.new),
    )
    b.anchor = change_anchor(change, prefix)
    if change.moved and change.old:
        b.link = f"#{prefix}was-{change.old[0] + 1}"
    return b


def _is_plain_kept(b: Block) -> bool:
    return (b.kind == "kept" and not b.moved and not b.labels and not b.silent)


def diff_blocks(alignment: Alignment, silent: Sequence[Change] = (),
                disclosed: Sequence[Change] = (), prefix: str = "",
                fold_min: int = 2, artefacts: Sequence[tuple[Change, str]] = (),
                undisclosed: Sequence[Change] = ()) -> list[Block]:
    """The body of an alignment as view blocks, in the new version's reading order;
    ``artefacts`` are (change, reason) pairs the comparison calls extraction artefacts.

    Moved paragraphs get a placeholder where they were, linking to where they went (and back);
    runs of at least ``fold_min`` unchanged paragraphs are folded into one "fold" block.
    """
    def marked(c: Change, pool: Sequence[Change]) -> bool:
        return any(c is s or c == s for s in pool)

    def why(c: Change) -> str:
        return next((r for a, r in artefacts if c is a or c == a), "")

    blocks = [block_for(c, marked(c, silent), marked(c, disclosed), prefix, why(c),
                        marked(c, undisclosed)) for c in alignment.changes]
    # Where a moved paragraph used to be: after the last non-moved entry that came before it in
    # the old version.
    placed: list[tuple[int, int, Block]] = []  # (insert-after position, old index, placeholder)
    for change, b in zip(alignment.changes, blocks, strict=False):
        if not (change.moved and change.old):
            continue
        j = change.old[0]
        after = -1
        best = -1
        for pos, other in enumerate(alignment.changes):
            if other.moved or not other.old:
                continue
            top = max(other.old)
            if top < j and top > best:
                best, after = top, pos
        ph = Block(kind="moved-away", change=change, anchor=f"{prefix}was-{j + 1}",
                   link=f"#{b.anchor}", old_numbers=b.old_numbers, new_numbers=b.new_numbers,
                   old=b.old)
        placed.append((after, j, ph))
    if placed:
        by_pos: dict[int, list[Block]] = {}
        for after, _j, ph in sorted(placed, key=lambda t: (t[0], t[1])):
            by_pos.setdefault(after, []).append(ph)
        merged: list[Block] = list(by_pos.get(-1, []))
        for pos, b in enumerate(blocks):
            merged.append(b)
            merged.extend(by_pos.get(pos, []))
        blocks = merged
    # Fold runs of unchanged paragraphs.
    out: list[Block] = []
    run: list[Block] = []

    def flush() -> None:
        if len(run) >= fold_min:
            out.append(Block(kind="fold", folded=list(run)))
        else:
            out.extend(run)
        run.clear()

    for b in blocks:
        if _is_plain_kept(b):
            run.append(b)
        else:
            flush()
            out.append(b)
    flush()
    return out


__all__ = [
    "Block",
    "Para",
    "Segment",
    "block_for",
    "change_anchor",
    "change_ops",
    "diff_blocks",
    "diff_name",
    "finding_href",
]
