"""Draft correction logs from an audit: one entry per substantive change, in a house style.

For a single changed value the entry quotes the smallest clause of the earlier version that
carries the claim, in its own words: the sentence holding the change is cut at ", ", ";" and
" — " and the piece holding the changed word is kept; a relative clause ("..., which Veldra
leased to Marosk in 1996") is rebuilt around its antecedent ("Veldra leased Halvard Valley to
Marosk in 1996"); a piece too short to stand alone is joined to the one before it. The style's
wording then names the old claim and the new value, e.g. AP: "This story corrects an earlier
version that said Veldra leased Halvard Valley to Marosk in 1996. It was 1994." (Examples from
the invented story in the tests.)

Added material (a paragraph, or words added inside one) is drafted as an update, never as a
correction, naming a long addition by its speaker ("updated to add comments by ..."); a long
sentence changed all over is drafted as a rewrite of its paragraph, quoting nothing.

Logs are rendered with the jinja2 templates in ``versiontrack/render/templates/corrections/`` (one
per style and format); a user template replaces the packaged one.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2

from versiontrack.audit.judge import StoryAudit
from versiontrack.errors import InputError
from versiontrack.models import Change, Finding, Note
from versiontrack.normalize import sentences, wordset

__all__ = ["FORMATS", "STYLES", "CorrectionEntry", "draft_entries", "draft_log"]

STYLES = ("ap", "nyt", "wapo", "guardian", "reuters")
FORMATS = ("text", "markdown", "json")
_SUFFIX = {"text": "txt", "markdown": "md"}


@dataclass(frozen=True)
class CorrectionEntry:
    """One drafted correction: what the earlier version claimed and what replaced it."""

    from_version: int | None
    to_version: int | None
    status: str  # "disclosed" | "silent-correction" | "undisclosed-update" | "exempt" | "update"
    # "changed" | "respelt" (a name's spelling) | "added" | "removed" | "rewritten" | "headline"
    change_kind: str
    where: str  # "paragraph 10", "paragraphs 3-4", "the headline"
    paragraph: int | None  # 1-based, in the later version (earlier one for removals)
    claim: str  # the old claim in the earlier version's own words ("" for additions)
    new_claim: str  # the same clause in the later version ("" for removals)
    old_value: str | None  # the single changed value, when one value changed
    new_value: str | None
    subject: str  # what changed, as a noun: "year", "number", "name", "statement" ...
    labels: tuple[str, ...]
    wording: str  # the drafted note in the style's wording
    note: Note | None  # the newsroom's own note, when the change was disclosed
    fetched_at: str  # when the later version was seen
    style: str = "ap"

    @property
    def disclosed(self) -> bool:
        return self.status == "disclosed"

    @property
    def is_update(self) -> bool:
        """Added material or a rewrite: drafted as an update, never as a correction."""
        return self.change_kind in ("added", "rewritten")

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "note"}
        d["labels"] = list(self.labels)
        d["note"] = self.note.to_dict() if self.note else None
        d["disclosed"] = self.disclosed
        d["is_update"] = self.is_update
        return d


# ---------------------------------------------------------------------------------------------
# Clauses
# ---------------------------------------------------------------------------------------------

_SPLIT = re.compile(r",\s+|;\s+|\s+[\u2014\u2013]\s+|\s+--\s+")
_REL = re.compile(r"^(which|who|whom|that|where)\s+(.*)$", re.DOTALL)
_LOWER_FIRST = wordset(
    "The A An It He She They This That These Those Its His Her Their There Some Many Most "
    "Almost About Last Also In On At For After Before During When While Under Over Since "
    "Following According One Two Three Four Five Six Seven Eight Nine Ten Several Both "
    # Plural common nouns that open news sentences: never names, so safe to lower-case.
    "Officials Authorities Police Residents Analysts Experts Critics Lawmakers Legislators "
    "Troops Soldiers Investigators Prosecutors Witnesses Protesters Researchers Scientists "
    "Doctors Workers Voters Leaders Diplomats Negotiators Delegates Talks Negotiations "
    "Forces Rescuers Firefighters Regulators Shareholders Investors Prices Shares Sales")
_LEAD_FURNITURE = re.compile(r"^(?:and|but|or|while|as|although|though|after|before|since|"
                             r"because|so|however|meanwhile|also|then)(?:\s*,\s*|\s+)",
                             re.IGNORECASE)
_INTRO = re.compile(r"^(?:in|on|at|during|after|before|since|following|by|until|earlier|"
                    r"later)\b", re.IGNORECASE)
# "forcing ...", "leaving ...": not "during", "morning", "nothing", which are not verbs.
_PARTICIPLE = re.compile(r"^(?!(?:during|according|including|morning|evening|nothing|something|"
                         r"anything|everything|spring|king|thing|string|ceiling|wing)\s)"
                         r"[a-z]+ing\s")
_AUX = wordset("is was are were has had have will would could can may might did does do "
                 "remains became becomes")
_DETS = wordset("the a an its his her their this that these those")


def _antecedent(before: str) -> str:
    """The noun phrase a relative pronoun points back to: the end of the previous clause."""
    words = before.rstrip(" ,;").split()
    if not words:
        return ""
    if words[-1][:1].isupper():
        run: list[str] = []
        for w in reversed(words):
            if not (w[:1].isupper() or w[:1].isdigit()) or len(run) >= 5:
                break
            run.insert(0, w)
        return " ".join(run)
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if words[k].lower() in _DETS:
            return " ".join(words[k:])
    return words[-1]


def _rebuild_relative(clause: str, before: str) -> str:
    """ "which Veldra quietly leased in 1996" + "the lake and the Halvard Valley"
    -> "Veldra quietly leased Halvard Valley in 1996"."""
    m = _REL.match(clause)
    if not m:
        return clause
    rest = m.group(2).split()
    ante = _antecedent(before)
    if not ante or not rest:
        return clause
    first = rest[0]
    if first.lower() in _AUX or (first[:1].islower() and first.lower().endswith(("ed", "s"))):
        return f"{ante} {' '.join(rest)}"  # the pronoun is the subject: "which was annexed"
    # The pronoun is the object: put the antecedent after the verb.
    i = 0
    while i < len(rest) and (rest[i][:1].isupper() or rest[i].lower() in _DETS):
        i += 1  # the subject: "Veldra", "the League"
    while i < len(rest) and rest[i].lower().endswith("ly"):
        i += 1  # adverbs: "illegally"
    if i >= len(rest) or i == 0:
        return clause
    return " ".join(rest[:i + 1] + [ante] + rest[i + 1:])


def clause_at(text: str, start: int, end: int | None = None) -> str:
    """The smallest clause of ``text`` around the characters ``start``..``end``."""
    end = start if end is None else end
    sents = []
    pos = 0
    for s in sentences(text):
        i = text.find(s, pos)
        if i < 0:
            i = pos
        sents.append((i, i + len(s), s))
        pos = i + len(s)
    sent_start, sent = next(((a, s) for a, b, s in sents if a <= start <= b),
                            (0, text) if not sents else (sents[-1][0], sents[-1][2]))
    rel = start - sent_start
    pieces = []
    last = 0
    for m in _SPLIT.finditer(sent):
        pieces.append((last, m.start()))
        last = m.end()
    pieces.append((last, len(sent)))
    idx = next((k for k, (a, b) in enumerate(pieces) if a <= rel <= b), len(pieces) - 1)
    a, b = pieces[idx]
    rel_end = min(len(sent), max(rel, end - sent_start))
    while idx + 1 < len(pieces) and rel_end > b:  # the change runs into the next piece
        idx += 1
        b = pieces[idx][1]
    clause = sent[a:b].strip()
    before = sent[pieces[idx - 1][0]:pieces[idx - 1][1]] if idx > 0 else ""
    after = sent[pieces[idx + 1][0]:pieces[idx + 1][1]] if idx + 1 < len(pieces) else ""
    rel_after = _REL.match(after.strip())
    if _REL.match(clause) and before:
        clause = _rebuild_relative(clause, before)
    elif rel_after and len(clause.split()) <= 6 \
            and rel_after.group(2).split()[0].lower() in _AUX:
        # "Envoy Bertil Ohandirk, who is the chair ..." -> "... Ohandirk is the chair"
        clause = f"{clause} {rel_after.group(2)}"
    elif idx > 0 and _PARTICIPLE.match(clause):
        # A participle phrase ("..., the council said, forcing 12,000 onto ferries") has no
        # subject of its own: it belongs to the sentence's main clause, not to the word before.
        main = sent[pieces[0][0]:pieces[0][1]].strip()
        clause = f"{main}, {clause}"
    elif (idx > 0 and clause[:1].islower() and _antecedent(before)[:1].isupper()
          and not any(w in _AUX or w.endswith("ed") or w in ("said", "says")
                      for w in clause.lower().split())):
        # An appositive ("Joran Vellis, head of the council,"): say whom it describes.
        clause = f"{_antecedent(before)} is {clause}"
    elif len(clause.split()) < 4 and a > 0:
        # Too short to stand alone: join the subject before it, skipping parenthetical
        # relative clauses ("Gen. X, who is ..., was in Dubai" -> "Gen. X was in Dubai").
        k = idx - 1
        while k > 0 and _REL.match(sent[pieces[k][0]:pieces[k][1]].strip()):
            k -= 1
        if k < idx - 1:
            clause = f"{sent[pieces[k][0]:pieces[k][1]].strip()} {clause}"
        else:
            while k > 0 and len(sent[pieces[k][0]:b].split()) < 4:
                k -= 1
            clause = sent[pieces[k][0]:b].strip()
    elif _INTRO.match(clause) and after:
        # An introductory phrase ("In March 2023, the military said ..."): keep its sentence.
        clause = f"{clause}, {after.strip()}"
    clause = _LEAD_FURNITURE.sub("", clause).strip().rstrip(".,;:")
    return _lower_first(clause)


def _lower_first(clause: str) -> str:
    first = clause.split(" ", 1)[0] if clause else ""
    if first in _LOWER_FIRST:
        return first.lower() + clause[len(first):]
    return clause


# "X said (that)", "according to X, ": the attribution around a reported claim.
_REPORTED = re.compile(
    r"^(?:[^,;:\u201c\u201d\"]{1,80}?\s)?(?:said|says|told\s+\S+(?:\s+\S+)?|reported|"
    r"estimated|announced)(?:\s+(?:on\s+\w+|in\s+a\s+\w+(?:\s+\w+){0,3}|\w+day))?\s+"
    r"(?:that\s+)?(?=\S)")
_PRONOUN_START = re.compile(r"^(?:it|he|she|they|we|i|you|this|that|there)\b", re.IGNORECASE)


def _reported_claim(clause: str) -> str:
    """The claim inside a reported-speech clause: "officials said that 45 were hurt" -> "45
    were hurt". The attribution stays when what is left starts with a pronoun ("it had to")."""
    m = _REPORTED.match(clause)
    if not m:
        return clause
    rest = clause[m.end():]
    if len(rest.split()) < 4 or _PRONOUN_START.match(rest):
        return clause
    return _lower_first(rest)


def _balanced(claim: str) -> str:
    """Close a quotation the clause cut opened; drop a closing mark left without its opening."""
    opens, closes = claim.count("\u201c"), claim.count("\u201d")
    if opens > closes:
        return claim + "\u201d"
    if closes > opens and claim.endswith("\u201d"):
        return claim[:-1]
    if claim.count('"') % 2:
        return claim + '"' if claim.find('"') < len(claim) - 1 else claim[:-1]
    return claim


_SPEAKER_FIRST = re.compile(r"^([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,7})\s+"
                            r"(?:said|says|told|wrote|added)\b")
_QUOTE_FIRST = re.compile(r"^[\u201c\"].+?[\u201d\"]\s*,?\s*([A-Z][\w.'\u2019-]*"
                          r"(?:\s+[A-Z][\w.'\u2019-]*){0,5})\s+(?:said|says|told|wrote|added)\b")
#: An added sentence longer than this is named by its speaker or cut to its first clause.
_ADDED_MAX_WORDS = 20


def _added_claim(text: str) -> tuple[str, str]:
    """What an added paragraph adds: ("that", claim) to quote it, or ("comments", speaker)."""
    first = (sentences(text) or [text])[0].strip().rstrip(".")
    first = _LEAD_FURNITURE.sub("", first).strip()
    quoted = _QUOTE_FIRST.match(first)
    if quoted:
        return "comments", quoted.group(1)
    if len(first.split()) <= _ADDED_MAX_WORDS:
        return "that", _lower_first(first)
    speaker = _SPEAKER_FIRST.match(first)
    if speaker:
        return "comments", speaker.group(1)
    piece = _SPLIT.split(first, maxsplit=1)[0]
    return "that", _lower_first(_balanced(piece if len(piece.split()) >= 5 else first))


def _finish(wording: str) -> str:
    """No period after a sentence that already ended (``.\u201d.`` -> ``.\u201d``)."""
    return re.sub(r"([.!?][\u201d\u2019\")]*)\.(?=\s|\)|$)", r"\1", wording)


def _hunks(change: Change) -> list[tuple[str, str, int, int, int, int]]:
    """(deleted, inserted, old_start, old_end, new_start, new_end) of each run of edits."""
    out: list[list[Any]] = []
    prev_equal = True
    for op in change.ops:
        if op.op == "equal":
            prev_equal = True
            continue
        if prev_equal or not out:
            out.append(["", "", op.old_start, op.old_end, op.new_start, op.new_end])
        h = out[-1]
        if op.op == "delete":
            h[0] += op.text
        else:
            h[1] += op.text
        h[2], h[3] = min(h[2], op.old_start), max(h[3], op.old_end)
        h[4], h[5] = min(h[4], op.new_start), max(h[5], op.new_end)
        prev_equal = False
    return [(h[0].strip(), h[1].strip(), h[2], h[3], h[4], h[5]) for h in out]


_SUBJECTS = (("quote", "quotation"), ("name", "name"), ("number", "figure"),
             ("attribution", "attribution"), ("meaning", "statement"), ("spelling", "spelling"))

# How the Times says a subject was wrong ("misstated a year", never "misstated a wording").
_NYT_MISSTATED = {
    "year": "misstated the year", "date": "misstated a date", "figure": "misstated a figure",
    "name": "misstated a name", "quotation": "misquoted a statement",
    "attribution": "misattributed a statement", "spelling": "misspelled a word",
}


def _value(text: str, full: str, start: int) -> str:
    """A changed value as it would read mid-sentence ("Three" at a sentence start -> "three")."""
    value = text.strip(" .,;:")
    at_start = not full[:start].strip() or full[:start].rstrip().endswith((".", "!", "?"))
    return _lower_first(value) if at_start else value


_UNIT = re.compile(r"[ \u00a0](?:million|billion|trillion|thousand|percent|per cent)\b|%")


def _unit(text: str, end: int) -> str:
    """The unit word right after a changed number at ``end`` ("" when none follows)."""
    if end == 0 or not text[end - 1:end].isdigit():
        return ""
    m = _UNIT.match(text, end)
    return m.group(0).replace("\u00a0", " ") if m else ""


def _subject(change: Change, old_value: str | None) -> str:
    labels = set(change.labels)
    if change.field == "headline":
        return "headline"
    if "date" in labels:
        if old_value and re.fullmatch(r"(?:1[6-9]|20)\d\d", old_value):
            return "year"
        return "date"
    for label, noun in _SUBJECTS:
        if label in labels:
            return noun
    return "wording"


# ---------------------------------------------------------------------------------------------
# Wording per style
# ---------------------------------------------------------------------------------------------


def _spelled_date(iso: str, *, us: bool = False) -> str:
    """"2 March 2026", or with ``us`` "March 2, 2026"; the first ten characters if not a time."""
    try:
        d = datetime.fromisoformat(iso)
    except ValueError:
        return iso[:10]
    month = d.strftime("%B")
    return f"{month} {d.day}, {d.year}" if us else f"{d.day} {month} {d.year}"


def _q(text: str) -> str:
    return f"\u201c{text}\u201d"


def _wording(style: str, e: dict[str, Any]) -> str:
    return _finish(_raw_wording(style, e))


def _updated_to(style: str, fetched_at: str) -> str:
    """How a house opens an update note, up to "to" ("" for a style with no such sentence)."""
    if style == "ap":
        return "This story has been updated to "
    if style == "nyt":
        return "This article has been updated to "
    if style == "wapo":
        return "Editor's Note: This story has been updated to "
    if style == "guardian":
        return f"This article was amended on {_spelled_date(fetched_at)} to "
    return ""


def _added(style: str, e: dict[str, Any]) -> str:
    """The update note for added material (never a correction)."""
    how, what, where = e["added_how"], e["new_claim"], e["where"]
    phrase = f"that {what}" if how == "that" else f"comments by {what}"
    if opening := _updated_to(style, e["fetched_at"]):
        return f"{opening}{'include' if style == 'nyt' else 'add'} {phrase}."
    if how == "comments":
        return f"(Adds comments by {what} in {where})"
    return f"(Adds {where} that {what})"


def _rewritten(style: str, e: dict[str, Any]) -> str:
    """The update note for a paragraph rewritten in several places (no sentence quoted)."""
    where = e["where"]
    if opening := _updated_to(style, e["fetched_at"]):
        return f"{opening}{'rewrite' if style == 'ap' else 'revise'} {where}."
    return f"(Rewrites {where})"


_NOT_NAME = wordset("The A An In On At By For But And Or Yesterday Today")
_PARTICLES = wordset("de la le du da di del della van von der den dos das")


def _name_around(text: str, start: int, end: int) -> str:
    """The capitalised run of words around ``text[start:end]`` ("Tomas Ellery" around
    "Ellery", "John F. Kennedy" around "Kennedy"), without the punctuation after it; "" when
    the span is no capitalised word."""
    words = [w.group(0) for w in re.finditer(r"\S+", text)]
    spans = [w.span() for w in re.finditer(r"\S+", text)]
    at = [i for i, (a, b) in enumerate(spans) if a < max(end, start + 1) and b > start]
    if not at or not words[at[0]][:1].isupper():
        return ""

    def joins(w: str) -> bool:  # the name goes on past this word
        return not w.endswith((",", ";", ":", ".")) or bool(re.fullmatch(r"[A-Z]\.", w))

    lo, hi = at[0], at[-1]
    while lo > 0 and joins(words[lo - 1]) and words[lo - 1] not in _NOT_NAME:
        if words[lo - 1][:1].isupper():
            lo -= 1
            continue
        # a particle inside the name: "Ana de la Cruz Ortiz"
        k = lo - 1
        while k > 0 and words[k] in _PARTICLES:
            k -= 1
        if k == lo - 1 or not words[k][:1].isupper() or not joins(words[k]) or \
                words[k] in _NOT_NAME:
            break
        lo = k
    while hi + 1 < len(words) and joins(words[hi]) and words[hi + 1][:1].isupper():
        hi += 1
    return " ".join(words[lo:hi + 1]).strip(" .,;:\"'\u201d\u2019")


def _respelt(style: str, e: dict[str, Any]) -> str:
    """The note for a misspelt name put right: the whole name, spelt both ways."""
    name, wrong, where = e["name"], e["old_name"], e["where"]
    if style == "ap":
        return f"This story corrects the spelling of a name. It is {name}, not {wrong}."
    if style == "nyt":
        return (f"Correction: {_spelled_date(e['fetched_at'], us=True)}\nAn earlier version of "
                f"this article misspelled the name of {name} as {wrong}.")
    if style == "wapo":
        return f"Correction: An earlier version of this story misspelled the name of {name}."
    if style == "guardian":
        return (f"This article was amended on {_spelled_date(e['fetched_at'])} to correct the "
                f"spelling of {name}'s name.")
    if style == "reuters":
        return f"(Corrects spelling of name to {name} from {wrong} in {where})"
    raise InputError(f"unknown style {style!r} (choose from {', '.join(STYLES)})")


def _raw_wording(style: str, e: dict[str, Any]) -> str:
    kind, claim, new_claim = e["change_kind"], e["claim"], e["new_claim"]
    if style not in STYLES:
        raise InputError(f"unknown style {style!r} (choose from {', '.join(STYLES)})")
    if kind == "added":
        return _added(style, e)
    if kind == "rewritten":
        return _rewritten(style, e)
    if kind == "respelt":
        return _respelt(style, e)
    old, new, subject, where = e["old_value"], e["new_value"], e["subject"], e["where"]
    day, us_day = _spelled_date(e["fetched_at"]), _spelled_date(e["fetched_at"], us=True)
    single = bool(old and new and claim)
    if style == "ap":
        if kind == "removed":
            return f"This story has been updated to remove a statement that {claim}."
        if single:
            return f"This story corrects an earlier version that said {claim}. It was {new}."
        return (f"This story corrects an earlier version that said {claim}. It now says "
                f"{new_claim}.")
    if style == "nyt":
        head = f"Correction: {us_day}\n"
        if kind == "removed":
            return head + (f"An earlier version of this article included a statement that "
                           f"{claim}. It has been removed.")
        if single and subject in _NYT_MISSTATED:
            return head + (f"An earlier version of this article {_NYT_MISSTATED[subject]}. It "
                           f"said {claim}; it was {new}, not {old}.")
        return head + (f"An earlier version of this article said {claim}. It now says "
                       f"{new_claim}.")
    if style == "wapo":
        if kind == "removed":
            return (f"Correction: An earlier version of this story said {claim}. That "
                    f"statement has been removed.")
        if single:
            return (f"Correction: An earlier version of this story incorrectly said {claim}. "
                    f"It was {new}.")
        return (f"Correction: An earlier version of this story incorrectly said {claim}. It now "
                f"says {new_claim}.")
    if style == "guardian":
        if kind == "removed":
            return f"This article was amended on {day} to remove a statement that {claim}."
        if single and subject in _NYT_MISSTATED:
            return (f"This article was amended on {day} to correct the {subject}. An earlier "
                    f"version said {claim}; it was {new}, not {old}.")
        return (f"This article was amended on {day}. An earlier version said {claim}; it now "
                f"says {new_claim}.")
    if style == "reuters":
        if kind == "removed":
            return f"(Removes {where} that said {claim})"
        if single:
            return f"(Corrects {subject} in {where} to {new} from {old})"
        return f"(Corrects {where} to show {new_claim}, not {claim})"
    raise InputError(f"unknown style {style!r} (choose from {', '.join(STYLES)})")


# ---------------------------------------------------------------------------------------------
# Entries and logs
# ---------------------------------------------------------------------------------------------


def _where(change: Change) -> tuple[str, int | None]:
    if change.field == "headline":
        return "the headline", None
    idx = change.new or change.old
    if not idx:
        return "a paragraph", None
    if len(idx) == 1:
        return f"paragraph {idx[0] + 1}", idx[0] + 1
    return f"paragraphs {idx[0] + 1}-{idx[-1] + 1}", idx[0] + 1


def _entry(f: Finding, fetched: dict[int, str], style: str) -> CorrectionEntry:
    change = f.change
    assert change is not None
    where, para = _where(change)
    old_value = new_value = None
    claim = new_claim = ""
    added_how = "that"
    hunks = _hunks(change) if change.kind not in ("added", "removed") else []
    if change.field == "headline":
        kind = "headline"
        claim, new_claim = change.old_text, change.new_text
    elif change.kind == "added" or (hunks and not any(h[0] for h in hunks)):
        # Material added, to a paragraph of its own or inside one: an update, not a correction.
        kind = "added"
        added = " ".join(h[1] for h in hunks) if hunks else change.new_text
        if hunks and len(sentences(added)) == 0:
            added = change.new_text
        added_how, new_claim = _added_claim(
            added if hunks and added[:1].isupper() else
            (clause_at(change.new_text, hunks[0][4], hunks[-1][5]) if hunks else added))
    elif change.kind == "removed":
        kind = "removed"
        first = sentences(change.old_text)
        claim = _lower_first(_balanced((first[0] if first else change.old_text).rstrip(".")))
    elif hunks:
        kind = "changed"
        h, last = hunks[0], hunks[-1]
        clauses = {clause_at(change.old_text, x[2], x[3]) for x in hunks if x[0]}
        claim = clause_at(change.old_text, h[2], last[3])
        new_claim = clause_at(change.new_text, h[4], last[5])
        changed = sum(len(x[0]) for x in hunks)
        if len(claim.split()) > _ADDED_MAX_WORDS and (len(clauses) > 1
                                                      or changed * 2 > len(claim)):
            # Edits all over a long sentence: a rewrite, not one wrong claim to quote.
            kind = "rewritten"
        valued = {"number", "date", "name", "spelling"} & set(change.labels)
        if len(hunks) == 1 and h[0] and h[1] and len(h[0].split()) <= 3 \
                and len(h[1].split()) <= 3 and valued and "meaning" not in change.labels:
            # A number reads with its unit: "3 million", "32 percent", not "3", "32".
            old_value = _value(h[0], change.old_text, h[2]) + _unit(change.old_text, h[3])
            new_value = _value(h[1], change.new_text, h[4]) + _unit(change.new_text, h[5])
            # The reported claim without its attribution, when the value is in the claim.
            short = _reported_claim(claim)
            if h[0].strip(" .,;:") in short:
                claim = short
                if new_value in _reported_claim(new_claim):
                    new_claim = _reported_claim(new_claim)
        claim, new_claim = _balanced(claim), _balanced(new_claim)
    else:
        kind = "changed"
        claim, new_claim = change.old_text, change.new_text
    if kind == "headline":
        old_value, new_value = change.old_text, change.new_text
    name = old_name = ""
    if kind == "changed" and old_value and new_value and \
            {"spelling", "name"} <= set(change.labels):
        # A misspelt name: logged as the spelling of the whole name, as newsrooms do.
        h = hunks[0]
        name = _name_around(change.new_text, h[4], h[5])
        old_name = _name_around(change.old_text, h[2], h[3])
        if name and old_name:
            kind = "respelt"
    subject = _subject(change, old_value)
    to_v = f.to_version or 0
    fields: dict[str, Any] = {
        "from_version": f.from_version, "to_version": f.to_version, "status": f.kind,
        "change_kind": kind, "where": where, "paragraph": para, "claim": claim,
        "new_claim": new_claim, "old_value": old_value, "new_value": new_value,
        "subject": subject, "labels": tuple(change.labels), "note": f.note,
        "fetched_at": fetched.get(to_v, ""), "style": style,
    }
    if kind == "headline":
        wording = _headline_wording(style, change.old_text, change.new_text, fields["fetched_at"])
    else:
        wording = _wording(style, {**fields, "added_how": added_how, "name": name,
                                   "old_name": old_name})
    return CorrectionEntry(wording=wording, **fields)


def _headline_wording(style: str, old: str, new: str, fetched_at: str) -> str:
    if style == "ap":
        return f"This story corrects an earlier headline that said {_q(old)}."
    if style == "nyt":
        return (f"Correction: {_spelled_date(fetched_at, us=True)}\nAn earlier version of a "
                f"headline with this article misstated the facts. It said {_q(old)}.")
    if style == "wapo":
        return f"Correction: An earlier version of this story's headline said {_q(old)}."
    if style == "guardian":
        return (f"This article was amended on {_spelled_date(fetched_at)}: an earlier headline "
                f"said {_q(old)}.")
    if style == "reuters":
        return f"(Corrects headline to {_q(new)} from {_q(old)})"
    raise InputError(f"unknown style {style!r} (choose from {', '.join(STYLES)})")


def draft_entries(audit: StoryAudit, style: str = "ap") -> list[CorrectionEntry]:
    """One entry per substantive change the audit judged (disclosed, silent correction,
    undisclosed update, exempt, or an update that needs no note)."""
    if style not in STYLES:
        raise InputError(f"unknown style {style!r} (choose from {', '.join(STYLES)})")
    fetched = {v.number: v.fetched_at for v in audit.versions}
    return [_entry(f, fetched, style) for f in audit.findings
            if f.kind in _ENTRY_KINDS and f.change is not None]


_ENTRY_KINDS = ("disclosed", "silent-correction", "undisclosed-update", "exempt", "update")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def md_escape(text: Any) -> str:
    """Escape Markdown's structural characters and keep untrusted text on one line."""
    s = " ".join(str(text or "").split())
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return re.sub(r"^([-+=]|\d+\.)(\s)", r"\\\1\2", s)


def _env(template: Path | None) -> tuple[jinja2.Environment, str | None]:
    if template is None:
        # Built once: each overlay has its own template cache, and compiling the packaged
        # templates again for every story was a sixth of a full report's time.
        return _packaged_env(), None
    from versiontrack.render.env import get_env

    base = get_env()
    path = Path(template)
    if not path.is_file():
        raise InputError(f"template not found: {path}")
    # The user's folder first; the packaged templates stay reachable for includes.
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(path.parent))]
    if base.loader:
        loaders.append(base.loader)
    return _with_filters(base.overlay(loader=jinja2.ChoiceLoader(loaders))), path.name


@functools.lru_cache(maxsize=1)
def _packaged_env() -> jinja2.Environment:
    from versiontrack.render.env import get_env

    return _with_filters(get_env().overlay())


def _with_filters(env: jinja2.Environment) -> jinja2.Environment:
    env.filters["md"] = md_escape
    env.filters["indent_lines"] = lambda s, p="    ": "\n".join(p + x for x in str(s).split("\n"))
    return env


def draft_log(audit: StoryAudit, style: str = "ap", template: Path | None = None,
              fmt: str = "text") -> str:
    """The story's draft correction log, rendered in ``fmt`` (text, markdown or json)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    entries = draft_entries(audit, style)
    if fmt == "json":
        return json.dumps({
            "story": audit.story, "style": style, "policy": audit.policy,
            "entries": [e.to_dict() for e in entries],
            "notes": [n.to_dict() for n in audit.notes],
        }, indent=2, ensure_ascii=False) + "\n"
    env, user_name = _env(template)
    name = user_name or f"corrections/{style}.{_SUFFIX[fmt]}"
    try:
        tpl = env.get_template(name)
        headline = audit.articles[-1].headline if audit.articles else ""
        return tpl.render(
            audit=audit, story=audit.story, headline=headline, style=style, entries=entries,
            silent=[e for e in entries
                    if e.status in ("silent-correction", "undisclosed-update")],
            disclosed=[e for e in entries if e.status == "disclosed"],
            notes=audit.notes, policy=audit.policy, fmt=fmt)
    except jinja2.TemplateSyntaxError as exc:
        raise InputError(f"template {exc.filename or name}: line {exc.lineno}: {exc.message}"
                         ) from None
    except jinja2.TemplateError as exc:
        raise InputError(f"template {name}: {exc}") from None
