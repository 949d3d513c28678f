"""The one comparison of two versions: what ``diff``, ``log``, the audit, ``headlines`` and the
report all read, so two views of the same pair cannot disagree.

:func:`compare` takes notes out of both versions (a correction note added is a note, not a
paragraph added), aligns the note-free articles with the differ, and gives every entry of the
alignment a :class:`Verdict`: unchanged, moved, cosmetic, substantive, or extraction-artefact
when the raw pages say the text did not really change (a paragraph "removed" while still on the
later raw page, or "added" while already on the earlier one).

It lives at the audit's door, not in the differ: stripping notes needs the audit's notes module,
and the differ must know nothing of the audit. It is plain Python (not in the mypyc group); the
heavy work, alignment, is the compiled differ's.

:func:`prepare` reads one version once (notes stripped, raw page indexed on first use); a caller
that compares one version with several others passes the prepared :class:`Side` each time.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from versiontrack.audit.notes import strip_notes
from versiontrack.differ.align import align
from versiontrack.models import Alignment, Article, Change, Note
from versiontrack.normalize import fold, match_tokens

__all__ = ["VERDICTS", "Comparison", "RawIndex", "Side", "Verdict", "compare", "contains",
           "notes_diff", "prepare"]

#: A comparison's verdicts on one entry, from no change to a real edit.
VERDICTS = ("unchanged", "moved", "cosmetic", "substantive", "extraction-artefact")

_I, _S = re.IGNORECASE, re.DOTALL


def contains(haystack: list[str], needle: list[str]) -> bool:
    """True when ``needle`` occurs as a contiguous run in ``haystack``."""
    if not needle:
        return False
    n = len(needle)
    first = needle[0]
    return any(t == first and haystack[i:i + n] == needle for i, t in enumerate(haystack))


# ---------------------------------------------------------------------------------------------
# Raw pages: is "added"/"removed" text really new?
# ---------------------------------------------------------------------------------------------

_DROP_BLOCKS = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", _I | _S)
_TAG = re.compile(r"<[^>]+>")
_CHARSET = re.compile(rb"charset=[\"']?([\w-]+)", _I)


def _raw_text(raw: bytes) -> str:
    if not raw:
        return ""
    m = _CHARSET.search(raw[:4096])
    encoding = m.group(1).decode("ascii", "replace") if m else "utf-8"
    try:
        text = raw.decode(encoding, errors="replace")
    except LookupError:
        text = raw.decode("utf-8", errors="replace")
    if "<" in text:
        text = _DROP_BLOCKS.sub(" ", text)
        # JSON-LD and similar blocks are dropped above; tags become spaces.
        text = _TAG.sub(" ", text)
    return html.unescape(text)


# A visible "Updated ..." stamp with a time or a year: "Updated 4:45 p.m. Feb. 6, 2026",
# "Last updated: 2026-02-06", "Aktualisiert am 6.2.2026, 14:03", "Atualizado em 06/02/2026".
_STAMP = re.compile(
    r"\b(?:last\s+updated|updated|aktualisiert|actualizado|atualizado|mis\s+\u00e0\s+jour|"
    r"aggiornato|bijgewerkt)\b[^<\n]{0,40}?(?:\d{1,2}[:.h]\d{2}|\b\d{4}\b)", _I)


class RawIndex:
    """Word 3-grams of a raw page (decoded, tags stripped, folded), built on first use."""

    def __init__(self, raw: bytes) -> None:
        self._raw = raw
        self._plain: str | None = None
        self._lowered: str | None = None
        self._grams: set[tuple[str, ...]] | None = None
        self._text: list[str] | None = None
        self._stamps: frozenset[str] | None = None

    def _plain_text(self) -> str:
        if self._plain is None:
            self._plain = _raw_text(self._raw)
        return self._plain

    def stamps(self) -> frozenset[str]:
        """The visible "Updated ..." stamps of the page (furniture the extractor drops)."""
        if self._stamps is None:
            self._stamps = frozenset(" ".join(m.group(0).split())
                                     for m in _STAMP.finditer(self._plain_text()))
        return self._stamps

    @property
    def empty(self) -> bool:
        return not self._raw

    def _build(self) -> None:
        toks = match_tokens(self._plain_text())
        self._text = toks
        self._grams = set(zip(toks, toks[1:], toks[2:], strict=False))

    def _ruled_out(self, toks: list[str], share: float) -> bool:
        """True when words of ``toks`` that are nowhere in the page already leave fewer than
        ``share`` of its 3-grams (or, for a short text, not all its words) to be found: the
        answer :meth:`holds` would give, without indexing the page. A word token is a
        substring of the folded, lower-cased page text whenever it is one of the page's
        tokens, so a word missing from that text is missing from the page's tokens (number
        tokens lose commas and a closing period, so they are not tested)."""
        if self._lowered is None:
            self._lowered = fold(self._plain_text()).lower()
        page = self._lowered
        n = len(toks) - 2
        dead = [False] * max(n, 1)
        missing = 0
        seen: set[str] = set()
        # Longer words first: they are the likelier to be missing, so the answer comes sooner.
        for i in sorted(range(len(toks)), key=lambda k: -len(toks[k])):
            tok = toks[i]
            if tok[0].isdigit() or tok in seen:
                continue
            seen.add(tok)
            if tok in page:
                continue
            if n < 2:  # a short text needs every word
                return True
            for j in range(len(toks)):
                if toks[j] != tok:
                    continue
                for g in range(max(j - 2, 0), min(j, n - 1) + 1):
                    if not dead[g]:
                        dead[g] = True
                        missing += 1
            if n - missing < share * n:  # holds() could no longer reach its share
                return True
        return False

    def holds(self, text: str, share: float = 0.9) -> bool:
        """True when (most of) ``text`` is in the page: ``share`` of its word 3-grams, or all
        of a short text's words in a row."""
        if self.empty:
            return False
        toks = match_tokens(text)
        if not toks:
            return True
        if self._grams is None:
            if self._ruled_out(toks, share):
                return False
            self._build()
        assert self._grams is not None and self._text is not None
        if len(toks) < 4:
            return contains(self._text, toks)
        grams = list(zip(toks, toks[1:], toks[2:], strict=False))
        hits = sum(g in self._grams for g in grams)
        return hits >= share * len(grams)


def _artefact(change: Change, old_raw: RawIndex, new_raw: RawIndex) -> str:
    """Why the change is an extraction difference, or "" when it is a real edit."""
    if change.field != "body":
        return ""
    if change.kind == "added" and old_raw.holds(change.new_text):
        return "added text was already in the earlier raw page"
    if change.kind == "removed" and new_raw.holds(change.old_text):
        return "removed text is still in the later raw page"
    if change.kind not in ("added", "removed") and change.old_text and change.new_text \
            and old_raw.holds(change.new_text, 1.0) and new_raw.holds(change.old_text, 1.0):
        return "both texts are in both raw pages"
    # Extraction joined or cut a paragraph differently; the words did not change.
    if change.kind in ("split", "merged", "edited") and \
            match_tokens(change.old_text) == match_tokens(change.new_text):
        return "same words, different paragraph breaks"
    return ""


# ---------------------------------------------------------------------------------------------
# Notes between two versions
# ---------------------------------------------------------------------------------------------


def _tag_word(text: str) -> str:
    return re.sub(r"[\W\d_]+", "", text).upper()


def notes_diff(before: Sequence[Note], after: Sequence[Note]
               ) -> tuple[list[Note], list[Note], list[tuple[Note, Note]]]:
    """Notes added, removed and changed (before, after) between two versions."""
    def key(n: Note) -> tuple[bool, str]:
        return n.position == "headline", fold(n.text).lower()

    left = list(before)
    added: list[Note] = []
    changed: list[tuple[Note, Note]] = []
    for n in after:
        same = next((b for b in left if key(b) == key(n)), None)
        if same is not None:
            left.remove(same)
            continue
        if n.position == "headline":
            # "UPDATE 1-" -> "UPDATE 2-": the wire bumped its update count; nothing was removed.
            same = next((b for b in left if b.position == "headline" and b.kind == n.kind
                         and _tag_word(b.text) == _tag_word(n.text)), None)
            if same is not None:
                left.remove(same)
                changed.append((same, n))
                continue
        best, score = None, 0.0
        for b in left:
            if b.kind != n.kind or (b.position == "headline") != (n.position == "headline"):
                continue
            wa, wb = set(match_tokens(b.text)), set(match_tokens(n.text))
            s = len(wa & wb) / max(1, len(wa | wb))
            if s > score:
                best, score = b, s
        if best is not None and score >= 0.5:
            left.remove(best)
            changed.append((best, n))
        else:
            added.append(n)
    return added, left, changed


# ---------------------------------------------------------------------------------------------
# The comparison
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """One version as compared: the article as extracted, the note-free article that is
    aligned, the notes taken out, and its raw page (empty when unknown: no artefact check)."""

    article: Article
    text: Article
    notes: tuple[Note, ...]
    raw: RawIndex


def prepare(article: Article, raw: bytes | None = b"") -> Side:
    """Read one version for comparing: notes stripped once, raw page indexed on first use."""
    text, notes = strip_notes(article)
    return Side(article, text, notes, RawIndex(raw or b""))


@dataclass(frozen=True)
class Verdict:
    """What the comparison says of one alignment entry (one of :data:`VERDICTS`), and why when
    it is an extraction artefact."""

    kind: str
    reason: str = ""


def _verdict(change: Change, old: Side, new: Side) -> Verdict:
    if not change.changed:
        return Verdict("unchanged")
    if set(change.labels) <= {"moved"}:
        return Verdict("moved")
    if not change.substantive:
        return Verdict("cosmetic")
    why = _artefact(change, old.raw, new.raw)
    if why:
        return Verdict("extraction-artefact", why)
    return Verdict("substantive")


@dataclass(frozen=True)
class Comparison:
    """Two versions compared: the alignment of their note-free texts, a verdict per entry
    (``body`` follows ``alignment.changes``), and the notes added, removed and changed."""

    old: Side
    new: Side
    alignment: Alignment
    headline: Verdict | None
    byline: Verdict | None
    body: tuple[Verdict, ...]
    notes_added: tuple[Note, ...]
    notes_removed: tuple[Note, ...]
    notes_changed: tuple[tuple[Note, Note], ...]  # (before, after)

    def verdict(self, change: Change) -> Verdict:
        """The verdict on one entry of this comparison's alignment."""
        aln = self.alignment
        if change is aln.headline and self.headline is not None:
            return self.headline
        if change is aln.byline and self.byline is not None:
            return self.byline
        for c, v in zip(aln.changes, self.body, strict=True):
            if c is change:
                return v
        raise ValueError("the change is not an entry of this comparison")

    def artefacts(self) -> tuple[Change, ...]:
        """Entries that only extraction changed."""
        return tuple(c for c in self.alignment.all_changes()
                     if self.verdict(c).kind == "extraction-artefact")

    def to_dict(self) -> dict[str, Any]:
        """The alignment's dict with each entry's ``verdict`` (and ``verdict_reason``), and the
        notes added, removed and changed."""
        def entry(c: Change, v: Verdict) -> dict[str, Any]:
            d = c.to_dict()
            d["verdict"] = v.kind
            if v.reason:
                d["verdict_reason"] = v.reason
            return d

        aln = self.alignment
        out = aln.to_dict()
        if aln.headline is not None and self.headline is not None:
            out["headline"] = entry(aln.headline, self.headline)
        if aln.byline is not None and self.byline is not None:
            out["byline"] = entry(aln.byline, self.byline)
        out["changes"] = [entry(c, v) for c, v in zip(aln.changes, self.body, strict=True)]
        out["notes_added"] = [n.to_dict() for n in self.notes_added]
        out["notes_removed"] = [n.to_dict() for n in self.notes_removed]
        out["notes_changed"] = [{"before": a.to_dict(), "after": b.to_dict()}
                                for a, b in self.notes_changed]
        return out


def compare(old: Article | Side, new: Article | Side, *, old_raw: bytes | None = b"",
            new_raw: bytes | None = b"") -> Comparison:
    """Compare two versions: notes stripped, note-free texts aligned, every entry judged.

    Articles are prepared here (``old_raw``/``new_raw`` are their raw pages, for the artefact
    check); prepared :class:`Side` records are used as they are.
    """
    a = old if isinstance(old, Side) else prepare(old, old_raw)
    b = new if isinstance(new, Side) else prepare(new, new_raw)
    aln = align(a.text, b.text)
    added, removed, changed = notes_diff(a.notes, b.notes)
    return Comparison(
        old=a, new=b, alignment=aln,
        headline=_verdict(aln.headline, a, b) if aln.headline is not None else None,
        byline=_verdict(aln.byline, a, b) if aln.byline is not None else None,
        body=tuple(_verdict(c, a, b) for c in aln.changes),
        notes_added=tuple(added), notes_removed=tuple(removed), notes_changed=tuple(changed))
