"""The audit: every substantive change disclosed by a note, or flagged; every note accounted for.

Each transition between consecutive non-suspect versions of a story is the one comparison
(:func:`versiontrack.audit.compare.compare`: notes taken out of both versions, the note-free
articles aligned, every entry given a verdict), and each substantive change is judged:

* **extraction-artefact** when the comparison calls it so: the raw pages say the text did not
  really change (a paragraph "added" whose text was already in the earlier raw page, or
  "removed" while still in the later raw page);
* **disclosed** when a note added in this version or a later one names the change's old or new
  value, its paragraph ("paragraph 2", "first paragraph", "headline"), or, for a note that
  matches nothing by value or paragraph, its subject (content words shared with the changed
  sentence); a note of the same version that names nothing at all ("This story has been
  corrected.") discloses it by position only and is reported as ``note-explains-nothing``; a
  note of the same version that names something but matched no change at all discloses, by
  position, the changes no other note matched (:func:`_tie_unmatched`);
* otherwise by what the policy asks of its class (:func:`change_class`): a change to what was
  already published (a fact, quote, name, number, date or meaning changed or removed) is a
  **silent-correction**; added material is an **update** (policy ``corrections``: no note
  needed), an **undisclosed-update** (``transparency``: no update note and no "Updated" stamp;
  a stamp makes it disclosed), or a silent-correction like any change (``strict``); a grace
  period makes what needed a note **exempt**.

Changes the differ calls cosmetic or spelling never need a note (under every policy), except a
name spelt right at last (a name is a fact: :func:`_typo`), nor does
taking out a doubled word ("the the"), and a paragraph that only moved is not audited. Headline
edits are reported as ``headline-change``; when the differ labels them number/date/meaning they are
also judged like body changes (meaning only when at least half the old headline's words remain: a
negation in a headline written afresh reverses nothing). A wire tag's update count going up ("UPDATE
1-" -> "UPDATE 2-") is a changed note, and a correction taken down from headline tag and body at
once is one ``note-removed``.

Each note added after the first version gets a :class:`NoteAccount`: the changes it discloses.
Story-wide findings: ``note-without-change`` for a correction, clarification or withdrawal that
matches no change in its version or before it (the earlier version may be missing from the
archive), ``note-removed``, ``flip-flop`` (a headline or paragraph text that returns after
being replaced: A -> B -> A) and ``large-removal`` (a quarter or more of the words removed).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from versiontrack.audit.compare import Comparison, RawIndex, Side, compare, prepare
from versiontrack.audit.compare import contains as _contains
from versiontrack.audit.langs import german_text
from versiontrack.audit.lazyre import lazy_compile
from versiontrack.audit.notes import is_rule, is_stamp
from versiontrack.errors import InputError
from versiontrack.models import COSMETIC_LABELS, Alignment, Article, Change, Finding, Note, Version
from versiontrack.normalize import fold, house_form, sentences, wordset
from versiontrack.normalize import match_tokens as _tokens
from versiontrack.times import parse_utc

if TYPE_CHECKING:
    from versiontrack.archive.store import Archive

__all__ = [
    "ADDITION_RULES", "DEFAULT_POLICY", "JUDGED_KINDS", "POLICIES", "PROBLEM_KINDS",
    "VERDICT_ALIASES", "VERDICT_KINDS", "NoteAccount", "Policy", "StoryAudit", "Transition",
    "audit_story", "audit_versions", "change_class", "get_policy",
]

# ---------------------------------------------------------------------------------------------
# Policies
# ---------------------------------------------------------------------------------------------


#: What a policy asks of added material: nothing ("none"), a note like any change ("note"),
#: or an update note or an "Updated" stamp ("note-or-stamp").
ADDITION_RULES = ("none", "note", "note-or-stamp")


@dataclass(frozen=True)
class Policy:
    """What needs a note. Cosmetic and spelling changes never do, under any policy (a name spelt
    right at last is no mere spelling: see :func:`_typo`); a change to
    what was already published (a fact, quote, name, number, date or meaning changed or removed)
    always does. ``additions`` says what added material needs (one of :data:`ADDITION_RULES`)."""

    name: str
    description: str
    grace_hours: float = 0.0  # changes needing a note seen within this long of publication: exempt
    additions: str = "note"

    def exempt(self, first_published: datetime | None, seen_at: datetime | None) -> str:
        """A reason the change needs no note, or "" when it needs one."""
        if self.grace_hours <= 0 or first_published is None or seen_at is None:
            return ""
        if seen_at - first_published <= timedelta(hours=self.grace_hours):
            return f"within {self.grace_hours:g}h of first publication"
        return ""


POLICIES: dict[str, Policy] = {
    "corrections": Policy(
        "corrections",
        "A changed or removed fact needs a correction note; added material needs none and is "
        "listed as an update; typos never need one.", additions="none"),
    "strict": Policy(
        "strict", "Every substantive change needs a published note; typos never do."),
    "transparency": Policy(
        "transparency",
        "A changed or removed fact needs a correction note; added material needs an update "
        "note or an \u201cUpdated\u201d stamp; typos never need one.", additions="note-or-stamp"),
    "same-day-grace": Policy(
        "same-day-grace",
        "Substantive changes first seen within N hours (default 24) of first publication are "
        "exempt, as some newsrooms' rules allow for a developing story; later ones need a note.",
        grace_hours=24.0),
}

#: The policy used when none is named.
DEFAULT_POLICY = "corrections"


def get_policy(name: str | Policy, grace_hours: float | None = None) -> Policy:
    """The named policy, with ``grace_hours`` overriding its grace period when given."""
    if isinstance(name, Policy):
        policy = name
    else:
        try:
            policy = POLICIES[name]
        except KeyError:
            raise InputError(
                f"unknown policy {name!r} (choose from {', '.join(sorted(POLICIES))})") from None
    if grace_hours is not None:
        if grace_hours < 0:
            raise InputError(f"grace hours must not be negative: {grace_hours}")
        policy = replace(policy, grace_hours=float(grace_hours))
    return policy


# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Transition:
    """One step between consecutive non-suspect versions."""

    from_version: Version
    to_version: Version
    alignment: Alignment  # of the note-stripped articles
    notes_added: tuple[Note, ...]
    notes_removed: tuple[Note, ...]
    notes_changed: tuple[tuple[Note, Note], ...]  # (before, after)
    findings: tuple[Finding, ...]
    comparison: Comparison | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "from_version": self.from_version.number, "to_version": self.to_version.number,
            "from_fetched_at": self.from_version.fetched_at,
            "to_fetched_at": self.to_version.fetched_at,
            "notes_added": [n.to_dict() for n in self.notes_added],
            "notes_removed": [n.to_dict() for n in self.notes_removed],
            "notes_changed": [{"before": a.to_dict(), "after": b.to_dict()}
                              for a, b in self.notes_changed],
            "findings": [f.to_dict() for f in self.findings],
        }


#: Verdicts on one substantive change: the finding kinds a judged change gets.
VERDICT_KINDS = ("silent-correction", "undisclosed-update", "disclosed", "update", "exempt",
                 "extraction-artefact")
#: Verdicts on a change that was judged (not an extraction artefact).
JUDGED_KINDS = ("silent-correction", "undisclosed-update", "disclosed", "update", "exempt")
#: Old names accepted where a user names a verdict (``--fail-on silent``).
VERDICT_ALIASES = {"silent": "silent-correction"}


@dataclass(frozen=True)
class NoteAccount:
    """One note added in a version, and what it was matched to: the findings it discloses (in
    version order). ``explains`` is False for a note that names no value, paragraph, headline
    or subject (e.g. "This story has been corrected."): it can only be tied to the changes of
    its own version by position."""

    note: Note
    version: int
    discloses: tuple[Finding, ...]
    explains: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version, "note": self.note.to_dict(), "explains": self.explains,
            "discloses": [{
                "from_version": f.from_version, "to_version": f.to_version,
                "field": f.change.field if f.change else None,
                "kind": f.change.kind if f.change else None,
                "old": list(f.change.old) if f.change else [],
                "new": list(f.change.new) if f.change else [],
                "old_text": f.change.old_text if f.change else "",
                "new_text": f.change.new_text if f.change else "",
                "how": f.reason} for f in self.discloses],
        }


@dataclass(frozen=True)
class StoryAudit:
    """The audit of one story under one policy."""

    story: str
    policy: str
    versions: tuple[Version, ...]
    transitions: tuple[Transition, ...]
    findings: tuple[Finding, ...]  # all, story-wide ones included, in version order
    notes: tuple[Note, ...]  # notes in the latest version
    grace_hours: float = 0.0
    articles: tuple[Article, ...] = field(default=(), compare=False, repr=False)
    sides: tuple[Side, ...] = field(default=(), compare=False, repr=False)  # of ``articles``
    note_accounts: tuple[NoteAccount, ...] = ()  # every note added after the first version

    def count(self, kind: str) -> int:
        kind = VERDICT_ALIASES.get(kind, kind)
        return sum(f.kind == kind for f in self.findings)

    @property
    def silent(self) -> int:
        """Silent corrections: changed or removed facts no note discloses."""
        return self.count("silent-correction")

    @property
    def disclosed(self) -> int:
        return self.count("disclosed")

    @property
    def substantive(self) -> int:
        """Substantive changes judged (every verdict but extraction-artefact)."""
        return sum(self.count(k) for k in JUDGED_KINDS)

    @property
    def notes_count(self) -> int:
        return len(self.notes)

    def to_dict(self) -> dict[str, Any]:
        counts = {k: self.count(k) for k in (*JUDGED_KINDS, "note-without-change",
                                             "note-explains-nothing", "note-removed",
                                             "headline-change", "flip-flop", "large-removal",
                                             "extraction-artefact")}
        # "silent" was its name before the policies; programs read it.
        counts["silent"] = counts["silent-correction"]
        counts["substantive"] = self.substantive
        counts["notes"] = len(self.notes)
        return {
            "story": self.story, "policy": self.policy, "grace_hours": self.grace_hours,
            "versions": [v.to_dict() for v in self.versions],
            "counts": counts,
            "notes": [n.to_dict() for n in self.notes],
            "note_accounts": [a.to_dict() for a in self.note_accounts],
            "transitions": [t.to_dict() for t in self.transitions],
            "findings": [f.to_dict() for f in self.findings],
        }


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

_I, _S = re.IGNORECASE, re.DOTALL


_STOP = wordset(
    "a an the of in on at to for by with and or but is was were are be been has had have it its "
    "this that these those as from into than then not no which who whom what when where said "
    "says say his her their he she they them we our you your there also after before about over "
    "more most some any all one two would could should will can may might did does do")
# Words every note uses about itself: useless for telling which change it describes.
_NOTE_WORDS = wordset(
    "correction corrections corrects corrected correct clarification clarifies clarified clarify "
    "update updated updates editor editors note earlier version previous prior original story "
    "article report post amended amend incorrectly misstated misidentified misspelled misquoted "
    "erroneously wrongly show shows stated reported refiles removes adds paragraph paragraphs "
    "headline first second third fourth fifth sixth seventh eighth ninth tenth words word "
    "because error editing reporting misattributed include includes included")
_ORDINALS = {"first": 1, "lead": 1, "top": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
             "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_PARA_REF = lazy_compile(r"\bparagraphs?\s+(\d{1,3})(?:\s*(?:-|\u2013|to|and|,)\s*(\d{1,3}))*", _I)
_PARA_ORD = lazy_compile(r"\b(" + "|".join(_ORDINALS) + r")\s+(?:and\s+\w+\s+)?paragraph", _I)
# Words a note uses to say only that something was wrong ("to fix a factual error").
_VAGUE = wordset(
    "error errors mistake mistakes inaccuracy inaccuracies inaccurate incorrect incorrectly wrong "
    "factual fact facts fix fixed contained contains detail details information misstatement "
    "regret apologize apologise apologizes apologises misleading")
_SEVERE_HEADLINE = frozenset({"meaning", "number", "date"})
_CORRECTIVE = frozenset({"correction", "clarification", "withdrawal"})


def _content(text: str) -> set[str]:
    # "Commission's" names the Commission: possessives are cut so the two meet.
    toks = (t[:-2] if t.endswith(("'s", "\u2019s")) else t for t in _tokens(text))
    return {t for t in toks
            if (len(t) > 2 or t[:1].isdigit()) and t not in _STOP and t not in _NOTE_WORDS}


def _deleted_inserted(change: Change) -> tuple[list[str], list[str]]:
    """Tokens the change took out and put in."""
    if change.ops:
        deleted = [t for o in change.ops if o.op == "delete" for t in _tokens(o.text)]
        inserted = [t for o in change.ops if o.op == "insert" for t in _tokens(o.text)]
        if deleted or inserted:
            return deleted, inserted
    old, new = _tokens(change.old_text), _tokens(change.new_text)
    so, sn = set(old), set(new)
    return [t for t in old if t not in sn], [t for t in new if t not in so]


def _changed_clause(change: Change) -> str:
    """The sentences of the change that hold its changed words (both sides)."""
    deleted, inserted = _deleted_inserted(change)
    marks = set(deleted) | set(inserted)
    out = []
    for text in (change.old_text, change.new_text):
        for s in sentences(fold(text)):
            if marks & set(_tokens(s)):
                out.append(s)
    return " ".join(out) or f"{change.old_text} {change.new_text}"


# A running count in developing news: "at least 10 people were killed" becoming "at least 23".
# The figure before it hedges ("at least", "more than", "mindestens", "au moins", ...) or the word
# after it is what is being counted (dead, injured, people, homes, Tote, morts, muertos, ...).
_TALLY_BEFORE = lazy_compile(
    r"(?:at least|more than|over|nearly|almost|some|about|around|up to|rose to|risen to|"
    r"climbed to|reached|rises to|climbs to|jumps to|hits|kills|killed|mindestens|mehr als|"
    r"über|fast|knapp|au moins|plus de|près de|"
    r"al menos|más de|casi|almeno|più di|quasi|pelo menos|mais de|quase|minstens|meer dan|"
    r"bijna|ten minste|toll (?:of|is|was|stood at|stands at)?)\s*$", re.IGNORECASE)
_TALLY_NOUNS = wordset(
    "people persons dead deaths killed died injured wounded hurt missing victims casualties "
    "fatalities bodies cases infections patients arrests arrested "
    "detained evacuated displaced rescued survivors migrants refugees soldiers civilians "
    "children protesters residents passengers tote menschen verletzte vermisste opfer morts "
    "blessés disparus personnes victimes muertos heridos desaparecidos personas víctimas "
    "morti feriti dispersi persone vittime mortos feridos desaparecidos pessoas vítimas doden "
    "gewonden vermisten mensen slachtoffers")
# What a figure measures when it is no running count, however it is hedged: "nearly 20 years",
# "about 40 percent", "some 3 miles".
_MEASURES = wordset(
    "years year decades decade centuries century percent per miles mile kilometres kilometers km "
    "feet foot metres meters acres hectares yards inches dollars euros pounds tons tonnes "
    "months weeks days hours minutes seconds watts watt kilowatts megawatts volts amps mph kph "
    "degrees kilograms kg grams litres liters gallons barrels bytes kb mb gb tb gigabytes "
    "megabytes terabytes pixels")
# Numbers in words, as digits: read for running counts and for house style (below).
_NUMBER_NAMES = {w: str(i) for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"))}
# Counts in words, for a running count: the numbers above, and rough ones in order of size.
_COUNT_WORDS = {w: int(n) for w, n in _NUMBER_NAMES.items() if n != "0"} | {
    "dozens": 30, "scores": 40, "hundreds": 300, "thousands": 3000}


def _count(token: str) -> float | None:
    t = token.lower().strip(".,;:")
    if t in _COUNT_WORDS:
        return float(_COUNT_WORDS[t])
    if re.fullmatch(r"\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+|\d+", t):
        return float(re.sub(r"\D", "", t))
    return None


def rising_tally(change: Change) -> bool:
    """Whether every word the change takes out is a running count that the change raises
    ("at least 10 dead" -> "at least 23 dead"): news developing, not a fact corrected."""
    if change.field not in ("body", "headline") or change.kind != "edited" or not change.ops:
        return False
    ops = list(change.ops)
    raised = 0
    for k, o in enumerate(ops):
        if o.op != "delete" or not _tokens(o.text):
            continue
        nxt = ops[k + 1] if k + 1 < len(ops) else None
        old_n = _count(o.text.strip())
        new_n = _count(nxt.text.strip()) if nxt is not None and nxt.op == "insert" else None
        if old_n is None or new_n is None or new_n <= old_n:
            return False
        before = change.old_text[max(0, o.old_start - 40):o.old_start]
        after = _tokens(change.old_text[o.old_end:o.old_end + 40])[:2]
        if not (_TALLY_BEFORE.search(before.rstrip()) or any(w in _TALLY_NOUNS for w in after)):
            return False
        if any(w.lower() in _MEASURES for w in after):
            # "nearly 20 years" -> "nearly 25 years", "up to 64,000 certificates per hour": a
            # length or a rate, not a count
            return False
        if new_n > 20 * old_n and not any(w in _TALLY_NOUNS for w in after):
            # "more than 500,000 devices" -> "more than 500,000,000": a figure's scale put
            # right, not a count that grew (a toll of dead or missing may still leap)
            return False
        raised += 1
    return raised > 0


# A provisional statement that events overtake: what will happen, is expected or due, or is not
# yet known ("will meet" -> "met", "is expected to resign" -> "resigned", "police have not named
# the victim" -> "police named the victim as ..."). Only when the change takes the marker out and
# the new text no longer says it; a figure, date or name replaced in the same edit keeps it a
# correction ("will open in May" -> "opened in April").
_PROVISIONAL = lazy_compile(
    r"\b(?:will|won't|(?:is|are|was|were) (?:expected|due|set|scheduled|likely|poised|"
    r"planning|preparing) to|(?:is|are) due\b|later (?:on |this |today|tonight)\w*|"
    r"plans? to|intends? to|not yet|not immediately|"
    r"(?:has|have|had) not (?:yet )?(?:been )?(?:named|identified|confirmed|released|charged|"
    r"found|located|disclosed|commented|announced|made public|said)|"
    r"did not (?:immediately )?(?:respond|reply|return|comment)|"
    r"could not (?:immediately )?be reached|declined to comment|no one has (?:yet )?claimed|"
    r"(?:is|was|remains|remained|it's) (?:still )?(?:unclear|not (?:immediately )?(?:clear|known)|"
    r"unknown)|unconfirmed)\b", re.IGNORECASE)


# Capitalised only because they open a sentence: not names.
_LEADS = wordset("the a an it its he she they we i you this that these those there here in on "
                 "at but and or as after before when while if so then however")


# Words that make a statement less sure, where one that overtakes it would say what happened.
_HEDGES = wordset("may might could would should can possibly probably perhaps likely unlikely")


def superseded(change: Change) -> bool:
    """Whether the change replaces a provisional statement with what happened (see above)."""
    if change.field != "body" or change.kind != "edited" or not change.ops or \
            not _PROVISIONAL.search(change.old_text):
        return False
    new_toks = set(_tokens(change.new_text))
    for o in change.ops:
        if o.op != "delete":
            continue
        for w in o.text.split():
            t = _tokens(w)
            if t and (t[0][:1].isdigit() or (w[:1].isupper() and t[0] not in _LEADS)) \
                    and t[0] not in new_toks:
                return False  # a figure, name or date replaced, not just overtaken
    if any(w in _HEDGES for o in change.ops if o.op == "insert" for w in _tokens(o.text)):
        return False  # "will open" made "may open": less sure, not overtaken by events
    new = fold(change.new_text).lower()
    deletes = [(o.old_start, o.old_end) for o in change.ops if o.op == "delete"]
    for m in _PROVISIONAL.finditer(change.old_text):
        if any(a < m.end() and m.start() < b for a, b in deletes) and \
                fold(m.group(0)).lower() not in new:
            return True
    return False


def _developing(change: Change) -> str:
    """What makes an edit news developing rather than a fact corrected, in the words the update
    finding gives ("" when nothing does): a running count raised, or a provisional statement
    overtaken by events. Never words inside a quotation: a quote said again in other words is
    a changed quote, whatever it says ("We will keep ..." made "We might keep ...")."""
    if "quote" in change.labels:
        return ""
    if rising_tally(change):
        return "a running count raised as the news developed"
    if superseded(change):
        return "a provisional statement overtaken by events"
    return ""


def _overtaken(changes: Sequence[Change]) -> set[int]:
    """``id()`` of the removed paragraphs that a paragraph added in the same step rewrites with
    what happened: the removed one says something provisional, the added one shares two or
    more of its content words and all its figures and names, and no longer says it."""
    added = [c for c in changes if c.kind == "added" and c.field == "body"]
    out: set[int] = set()
    if not added:
        return out
    for c in changes:
        if c.kind != "removed" or c.field != "body":
            continue
        m = _PROVISIONAL.search(c.old_text)
        if not m:
            continue
        content = _content(c.old_text)
        words = c.old_text.split()
        kept = {t for t in _tokens(c.old_text) if t[:1].isdigit()} | {
            _tokens(w)[0] for w in words if w[:1].isupper() and _tokens(w)} - _LEADS
        for a in added:
            toks = set(_tokens(a.new_text))
            if len(content & _content(a.new_text)) >= 2 and kept <= toks and \
                    fold(m.group(0)).lower() not in fold(a.new_text).lower():
                out.add(id(c))
                break
    return out


def change_class(change: Change) -> str:
    """"correction" for a change to what was already published (words taken out or replaced,
    a paragraph removed, a negation or antonym, a headline), "addition" for added material: a
    paragraph added, four or more words put in with nothing but punctuation taken out, or a
    running count raised as news develops (:func:`rising_tally`)."""
    if change.field != "body":
        # a headline's toll that rises ("Quake kills at least 23") is the news developing
        return "addition" if rising_tally(change) else "correction"
    if change.kind == "added":
        return "addition"
    if change.kind == "removed" or not change.ops:
        return "correction"
    if _developing(change):
        return "addition"
    if "meaning" in change.labels:
        return "correction"
    if any(o.op == "delete" and _tokens(o.text) for o in change.ops):
        return "correction"
    # A short insertion ("former", "at least") qualifies what was said: a correction; one that
    # only says when ("said on Tuesday") adds a detail, as news develops.
    inserted = sum(len(_tokens(o.text)) for o in change.ops if o.op == "insert")
    if inserted and "date" in change.labels and set(change.labels) <= {"date", "number"}:
        # (a year put in is a number too: "from The Trace" -> "from The Trace in 2015" adds
        # when, as "said on Tuesday" does, when every number put in is the date's own)
        dates = [r for r in change.reasons if r.startswith("date:")]
        numbers = [r for r in change.reasons if r.startswith("number:")]
        # (a day of the month put in with its month is the date's too: "from April 1")
        days = {m.group(1) or m.group(2) for o in change.ops if o.op == "insert"
                for m in _DAY_OF_MONTH.finditer(o.text)}
        if all(r.startswith("date:_->") for r in dates) and all(
                r.startswith("number:+") and all(
                    n in days or any(n in d for d in dates)
                    for n in r[len("number:+"):].split())
                for r in numbers):
            return "addition"
    if inserted and (_how_said(change) or _source_added(change)):
        return "addition"
    return "addition" if inserted >= 4 else "correction"


# Who says so, put after a statement: ", a spokeswoman confirmed", ", police said", ", according
# to the operator".
_SOURCE_CLAUSE = lazy_compile(
    r"^\s*,\s+(?:(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w'\u2019.-]+\s+){0,3}?(?:said|says|"
    r"confirmed|confirms|told\s+(?:reporters|\w+)|added|adds|stated|wrote)|according\s+to\s+"
    r"(?:[\w'\u2019.-]+\s*){1,4}?)\s*$", re.IGNORECASE)


def _source_added(change: Change) -> bool:
    """Whether the edit only put who says so after a statement, at its sentence's end: a
    source added (an update), not a fact changed; not "... said falsely", nor a source put in
    the place of another."""
    inserts = [o for o in change.ops if o.op == "insert" and o.text.strip()]
    return bool(inserts) and all(
        _SOURCE_CLAUSE.match(o.text) and change.new_text[o.new_end:o.new_end + 1] in (".", ";", "")
        for o in inserts)


# A day of the month beside its month: "April 1", "1 April", "April 1st".
_DAY_OF_MONTH = lazy_compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
    r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE)


# A phrase put in right after a reporting verb that tells how or where something was said
# ("said in a statement", "told reporters by phone", "wrote on social media"): a detail added.
_REPORTED = lazy_compile(r"\b(?:said|says|added|adds|wrote|writes|stated|states|announced|"
                         r"announces|explained|noted|posted|(?:told|tells)(?:\s+[\w.'-]+){0,3})"
                         r"\s*$", re.IGNORECASE)
_HOW_SAID = lazy_compile(r"^\s*(?:in|on|to|by|at|via|during|through|over)\s", re.IGNORECASE)


def _how_said(change: Change) -> bool:
    """Whether every word the edit put in is such a phrase after a reporting verb (and it took
    nothing out): "said" made "said in a statement", but not "said falsely"."""
    if not set(change.labels) <= {"rewrite", "attribution"}:
        return False
    inserts = [o for o in change.ops if o.op == "insert" and o.text.strip()]
    return bool(inserts) and all(
        _REPORTED.search(change.new_text[:o.new_start]) and _HOW_SAID.match(o.text)
        for o in inserts)


# ---------------------------------------------------------------------------------------------
# Matching changes and notes
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _NoteRef:
    note: Note
    version: int  # the version the note appeared in
    index: int  # position in that transition's notes_added
    refs: frozenset[int]  # 1-based paragraph numbers it names
    headline: bool  # it names the headline
    content: frozenset[str]
    vague: bool = False  # it names no value, paragraph, headline, number or subject
    # each subject word's stem (see _stem), with the note's own word for it
    stems: Mapping[str, str] = field(default_factory=dict)
    # a note that lists several fixes ("Corrected X's job title and replaced 'A' with 'B'"):
    # each item's stems, matched on their own (empty for a note of one item)
    items: tuple[Mapping[str, str], ...] = ()


_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A date or a time as a label carries it: "2024-03-25", "Feb. 6, 2026", "6 February 2026",
# "June 2020", "11.02.23", "5/3", "3:15 p.m.".
_LABEL_WHEN = lazy_compile(
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\b{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\b\d{{1,2}}\s+{_MONTH_WORD}\s+\d{{4}}|\b{_MONTH_WORD}\s+\d{{4}}"
    r"|\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b|\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?", _I)


_LABEL_COLON = lazy_compile(r"(?<!\d):|:(?!\d)")
# What a dated label opens with, in the languages the notes are read in.
_LABEL_WORD = lazy_compile(
    r"[\s\[(*_#]*(?:updated?|corrections?|corrected|clarifications?|editors?['\u2019]?s? note|note|"
    r"amended|addendum|postscript|korrektur\w*|aktualisierung|nachtrag|berichtigung|mise [aà] jour|"
    r"rectificatif|actualizaci[oó]n|correcci[oó]n|atualiza[cç][aã]o|corre[cç][aã]o|aggiornamento|"
    r"rettifica|correctie|naschrift|errata)\b", _I)


# A note's thanks and apologies: "Thanks to Ann Roe for pointing out this error.", "We regret
# the error." (their words name a reader or a feeling, not what changed).
_ASIDE_CUES = lazy_compile(r"\b(?:thanks|thank you|hat tip|h/t|apologi[sz]e|apologies|regrets?)\b",
                           _I)
_ASIDES = lazy_compile(
    r"(?:(?<=^)|(?<=[.;!?(])\s*)\s*(?:(?:(?:many |with |our )?thanks|thank you|hat tip|h/t)\b"
    r"[^.;!?)]{0,120}?\bfor (?:pointing|spotting|noticing|flagging|catching|alerting|bringing|"
    r"letting|the (?:correction|tip|catch))|(?:we (?:\w+ )?(?:apologi[sz]e|regret)|our apologies|"
    r"(?:the )?(?-i:[A-Z][\w.&'-]*) (?:\w+ )?(?:regrets|apologi[sz]es))\b[^.;!?)]{0,40}?\b(?:error|"
    r"errors|mistake|mistakes|confusion|inconvenience|oversight|omission)\b)[^.;!?)]*[.;!?]?", _I)


def _said(text: str) -> str:
    """A note without the date or time of its label: "Update (2024-03-25): ..." names nothing
    that changed by its date (dates later in the note are kept)."""
    colon = _LABEL_COLON.search(text, 0, 61)  # (not a time's: "11:52 EST:")
    if colon is None or not any(c.isdigit() for c in text[:colon.start()]) or not (
            _LABEL_WORD.match(text) or _LABEL_WHEN.fullmatch(text[:colon.start()].strip(" [(*_"))):
        return text  # (a label, or a change log's bare date: "24 February 2022: Corrected ...")
    return _LABEL_WHEN.sub(" ", text[:colon.start()]) + text[colon.start():]


def _note_ref(note: Note, version: int, index: int) -> _NoteRef:
    text = fold(note.text)
    refs: set[int] = set()
    for m in _PARA_REF.finditer(text):
        nums = [int(x) for x in re.findall(r"\d{1,3}", m.group(0))]
        if len(nums) == 2 and re.search(r"-|\u2013|to", m.group(0)) and nums[1] - nums[0] < 30:
            refs.update(range(nums[0], nums[1] + 1))
        else:
            refs.update(nums)
    for m in _PARA_ORD.finditer(text):
        refs.add(_ORDINALS[m.group(1).lower()])
    headline = bool(re.search(r"\bheadlines?\b", text, _I)) or note.position == "headline"
    said = _said(text)
    if _ASIDE_CUES.search(said):
        said = _ASIDES.sub(" ", said)  # whom it thanks or what it regrets names no change
    content = frozenset(_content(said))
    vague = (not refs and not headline and not note.old_value and not note.new_value
             and not any(t[:1].isdigit() for t in _tokens(text)) and len(content - _VAGUE) < 2)
    parts = [frozenset(_content(p)) for p in _ITEM_SPLIT.split(said)]
    items = tuple({_stem(t): t for t in sorted(p)} for p in parts if len(p) >= 2) \
        if sum(len(p) >= 2 for p in parts) >= 2 else ()
    return _NoteRef(note, version, index, frozenset(refs), headline, content, vague,
                    {_stem(t): t for t in sorted(content)}, items)


# Where a note's list of fixes turns to its next item: a semicolon, or "and" before the verb of
# the next fix ("... job title and replaced ...").
_ITEM_SPLIT = lazy_compile(
    # (a list's bullets kept in a note's text: "The changes: * Sailings are no longer ...
    # * The weekly tables were rebuilt ...")
    r";|\s[*\u2022]\s|"
    r"\band (?:also )?(?=(?:corrected|replaced|changed|amended|updated|removed|added|deleted|"
    r"fixed|clarified|restored|reworded|rewritten|moved)\b)", re.IGNORECASE)


def _value_match(ref: _NoteRef, change: Change) -> str:
    deleted, inserted = _deleted_inserted(change)
    note = ref.note
    sides = (("old", note.old_value, deleted, change.old_text),
             ("new", note.new_value, inserted, change.new_text))
    for label, value, side, full in sides:
        if value:
            toks = _tokens(value)
            if not toks or len(toks) > 12:
                continue
            # The value was taken out (or put in) whole, or it overlaps what was, in place, or
            # its words without the article were ("a socialist" for "a local socialist").
            core = [t for t in toks if t not in _STOP]
            if _contains(side, toks) or (set(toks) & set(side) and _contains(_tokens(full), toks)) \
                    or (core and core != toks and _contains(side, core)):
                return f"{label} value {value!r}"
    # Numbers the note states (when it gave no parsable pair) against the changed numbers.
    nums = {t for t in _tokens(_said(_STAMP_DATE.sub(" ", note.text))) if t[:1].isdigit()
            and len(t) > 1}
    changed_nums = {t for t in deleted + inserted if t[:1].isdigit()}
    both = nums & changed_nums
    if both and not (ref.refs and both <= {str(r) for r in ref.refs}):
        return f"number {min(both)}"
    return ""


# The note's own date, when the change was made ("This post was modified on 8 May 2027",
# "Correction, Feb. 6, 2026:"): no value of the story's.
_DATE_WORDS = (rf"(?:{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
               rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})")
_STAMP_DATE = lazy_compile(
    r"\b(?:modified|updated|amended|corrected|changed|edited|revised|clarified)\s+(?:on\s+|at\s+)?"
    + _DATE_WORDS + r"|^\W*(?:corrections?|clarifications?|updated?|editor['\u2019]?s note)\b"
    r"[\s,:(]*" + _DATE_WORDS, re.IGNORECASE)


def _paragraph_match(ref: _NoteRef, change: Change) -> str:
    if change.field == "headline":
        return "names the headline" if ref.headline and ref.note.position != "headline" else ""
    for i in change.new or change.old:
        if i + 1 in ref.refs:
            return f"names paragraph {i + 1}"
    return ""


def _heading(paragraph: str) -> bool:
    """A section heading: two to six words, no sentence's end, not a list's line with a number."""
    words = paragraph.split()
    return 2 <= len(words) <= 6 and paragraph.rstrip()[-1:] not in ".:;,!?\"\u201d)" and \
        not any(c.isdigit() for c in paragraph)


_SECTION_WORD = lazy_compile(r"\b(?:section|heading|part|list|table|chapter|timeline|faq)s?\b")


def _section_of(article: Article, index: int) -> str:
    """The heading of the section paragraph ``index`` is in, "" when none is near above it."""
    for k in range(index - 1, max(-1, index - 15), -1):
        para = article.paragraphs[k]
        if _heading(para):
            return para.strip()
        if len(para.split()) <= 1:
            return ""  # a one-word heading ("Details") starts a section no note names
    return ""


def _section_match(ref: _NoteRef, change: Change, old: Article, new: Article) -> str:
    """A note that names the section heading the change sits under: "Update Known issues at
    2027-05-02" beside a changed line under the heading "Known issues"."""
    if change.field == "headline" or (not change.new and not change.old) or \
            ref.note.old_value or ref.note.new_value:
        return ""
    low = fold(ref.note.text).lower()
    # an update's line naming the part it changed, or a note calling it a section: not a
    # correction that names a person whose caption line happens to sit above the change
    if ref.note.kind != "update" and not _SECTION_WORD.search(low):
        return ""
    for article, idx in ((new, change.new), (old, change.old)):
        if idx and idx[0] < len(article.paragraphs):
            head = _section_of(article, idx[0])
            if head and re.search(rf"(?<!\w){re.escape(fold(head).lower())}(?!\w)", low):
                return f"names its section \u201c{head}\u201d"
    return ""


_SUFFIXES = ("ations", "ation", "ings", "ing", "als", "al", "ed", "es", "s", "e")


def _stem(token: str) -> str:
    """A word cut to what its forms share, for matching a note's subject to a change:
    "removing" / "removal" / "remove", "configs" / "configurations" (a number stays whole)."""
    if token[:1].isdigit():
        return token
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            token = token[:-len(suffix)]
            break
    return token[:6]


def _subject_match(ref: _NoteRef, change: Change, addition: bool = False,
                   items_only: bool = False) -> str:
    """How ``change`` shares the subject of ``ref``'s note ("" when it does not); with
    ``items_only``, by one item of a note that lists several fixes only."""
    if not ref.content:
        return ""
    changed = {_stem(t) for t in _content(_changed_clause(change))}
    # An update note lists several additions in one sentence; each added paragraph shares a
    # few of its words, never most of them.
    listed = addition and ref.note.kind == "update"
    for stems in (ref.items if items_only else (ref.stems, *ref.items)):
        shared = {stems[s] for s in stems.keys() & changed}
        if len(shared) >= 2 and (listed or len(shared) >= 4 or len(shared) >= 0.3 * len(stems)):
            return "subject: " + ", ".join(sorted(shared)[:4])
    if not items_only and change.kind == "edited" and _THROUGHOUT.search(ref.note.text):
        # "updated to clarify the difference between Harbourline and Harbourline Cargo in
        # several places": an edit that changes the very name the note is about, wherever
        # it is, belongs to it
        names = {_stem(t.lower()) for t in _NAME_WORD.findall(ref.note.text)
                 if len(t) > 3 and t.lower() not in _STOP}
        deleted, inserted = _deleted_inserted(change)
        touched = {_stem(t) for t in deleted + inserted}
        hit = sorted(names & touched & changed)
        if hit:
            return "subject, in the places the note says: " + ", ".join(hit[:3])
    return ""


_THROUGHOUT = lazy_compile(r"\b(?:throughout|in (?:several|some|many|certain|a few|various) "
                           r"(?:places|contexts|passages|instances|paragraphs)|in places|where "
                           r"(?:appropriate|relevant|needed|necessary))\b", re.IGNORECASE)
_NAME_WORD = lazy_compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+[A-Z]?\w*\b")


def _restates_new(ref: _NoteRef, change: Change) -> str:
    """A note of the change's own step that states what the change put in: at least two of
    the words the new text brought (one with a digit), e.g. an update "The organisers have
    announced the dates: May 3rd & 4th" beside a schedule line changed to "May 3rd-4th"."""
    if change.field == "headline" or change.kind in ("added", "removed"):
        return ""
    _, inserted = _deleted_inserted(change)
    brought = {t for t in inserted if (len(t) > 1 or t.isdigit()) and t not in _STOP} - set(
        _tokens(change.old_text))
    said = brought & set(_tokens(ref.note.text))
    if len(said) >= 2 and any(c.isdigit() for t in said for c in t):
        return "states the new words: " + ", ".join(sorted(said)[:4])
    return ""


# A note naming the kind of fact its revision changed: "we have moved the ticket sale
# dates", "the figures have been updated", "corrected the spelling of her name".
_KIND_NOUNS = (
    ("date", r"dates?|days?|times?|schedule|timeline|timetable|deadlines?|year"),
    ("number", r"figures?|numbers?|totals?|counts?|tally|toll|prices?|costs?|amounts?|"
               r"percentages?|statistics|data"),
    ("name", r"names?|spelling|titles?"),
)
_MONTH_NAME = lazy_compile(rf"\b{_MONTH_WORD}\s+\d", re.IGNORECASE)
_FIX_VERB = (r"(?:adjust|chang|correct|updat|fix|amend|revis|mov|push|shift|replac|postpon|"
             r"reschedul)\w*")
_NAMES_KIND = tuple(
    (label, lazy_compile(rf"\b{_FIX_VERB}\b(?:\s+[\w'-]+){{0,4}}?\s+(?:{nouns})\b|"
                         rf"\b(?:{nouns})\b(?:\s+[\w'-]+){{0,3}}?\s+(?:(?:has|have) been|was|were"
                         rf"|is|are)\s+{_FIX_VERB}\b", re.IGNORECASE))
    for label, nouns in _KIND_NOUNS)


def _names_kind(ref: _NoteRef, change: Change) -> str:
    """A note of the change's own step that says it changed this kind of fact (a date, a
    number, a name) in so many words: :data:`_NAMES_KIND`."""
    labels = set(change.labels)
    if "number" in labels and _MONTH_NAME.search(f"{change.old_text} {change.new_text}"):
        labels.add("date")  # "March 1 - 14" made "March 4 - 18": the days of a date
    for label, rx in _NAMES_KIND:
        if label in labels and (m := rx.search(ref.note.text)):
            return f"names the kind of change: \u201c{m.group(0)}\u201d"
    return ""


# ---------------------------------------------------------------------------------------------
# The audit
# ---------------------------------------------------------------------------------------------


def _parse_time(value: str | None) -> datetime | None:
    # A page's date may carry more than ISO 8601 allows: its day is still worth having.
    return parse_utc(value) or parse_utc((value or "").strip()[:10])


def _kept_share(change: Change) -> float:
    """The share of the old text's words that the new text still has."""
    old, new = _tokens(change.old_text), set(_tokens(change.new_text))
    return sum(t in new for t in old) / len(old) if old else 1.0


def _once(notes: Sequence[Note]) -> list[Note]:
    """Notes worth a finding each: a wire headline tag ("CORRECTED-") beside a body note of the
    same kind is one correction, reported once (by the body note, which says what it was)."""
    body_kinds = {n.kind for n in notes if n.position != "headline"}
    return [n for n in notes if n.position != "headline" or n.kind not in body_kinds]


def _describe(change: Change) -> str:
    if change.field == "headline":
        return "The headline"
    idx = change.new or change.old
    where = (f"Paragraph {idx[0] + 1}" if len(idx) == 1 else
             f"Paragraphs {idx[0] + 1}-{idx[-1] + 1}") if idx else "A paragraph"
    if change.kind == "added":
        return f"{where} was added"
    if change.kind == "removed":
        return f"{where} (of the earlier version) was removed"
    return f"{where} changed"


def _what(change: Change) -> str:
    """``": labels (reasons)"`` for a finding's sentence, without what _describe already says."""
    said = {"added", "removed"} if change.kind in ("added", "removed") else set()
    # "added:1p" / "removed:42w" only count what the label says; values like "5->6" stay.
    reasons = [r for r in change.reasons
               if ":" in r and r.split(":", 1)[0] not in ("added", "removed")][:2]
    labels = ", ".join(label for label in change.labels if label not in said)
    if not labels:
        return ""
    return f": {labels}" + (f" ({'; '.join(reasons)})" if reasons else "")


def audit_versions(versions: Sequence[tuple[Version, Article, bytes]],
                   policy: str | Policy = DEFAULT_POLICY, *, grace_hours: float | None = None,
                   story: str | None = None) -> StoryAudit:
    """Audit a story given as (version, article, raw page) triples in version order."""
    pol = get_policy(policy, grace_hours)
    all_versions = tuple(v for v, _, _ in versions)
    story_key = story or (all_versions[0].story if all_versions else "")
    live = [(v, a, r) for v, a, r in versions if not v.suspect]
    sides = [prepare(article, raw) for _, article, raw in live]
    stripped = [s.text for s in sides]
    notes_of = [s.notes for s in sides]
    raws = [s.raw for s in sides]

    first_pub = None
    if live:
        first_pub = _parse_time(live[0][1].published) or _parse_time(live[0][0].fetched_at)
        seen_first = _parse_time(live[0][0].fetched_at)
        if first_pub and seen_first and seen_first < first_pub:
            first_pub = seen_first

    # Notes present in the first version describe changes before the archive began.
    story_findings: list[Finding] = []
    if live:
        v0 = live[0][0].number
        for n in _once(notes_of[0]):
            if n.kind in _CORRECTIVE:
                story_findings.append(Finding(
                    "note-without-change",
                    f"The {n.kind} note in v{v0} describes a change made before the first "
                    "archived version; the earlier version may be missing from the archive.",
                    None, v0, note=n, reason="note present in first archived version"))

    # Pass 1: align every step and collect the notes each step adds.
    comparisons = [compare(sides[i - 1], sides[i]) for i in range(1, len(live))]
    steps = [(c.alignment, c.notes_added, c.notes_removed, c.notes_changed)
             for c in comparisons]

    refs_by_step: list[list[_NoteRef]] = []
    for i, (_, added, _, changed) in enumerate(steps):
        v = live[i + 1][0].number
        new_notes = list(added) + [after for _, after in changed]
        refs_by_step.append([_note_ref(n, v, k) for k, n in enumerate(new_notes)])

    # Pass 2: judge every change against the notes added in its step or a later one.
    strong_notes: set[tuple[int, int]] = set()  # (step, index) of notes with a value/para match
    candidates: list[list[tuple[Change, list[tuple[int, _NoteRef, str, str]]]]] = []
    note_itself: set[int] = set()  # id() of added paragraphs that are a note added with them
    for i, (alignment, _, _, _) in enumerate(steps):
        per: list[tuple[Change, list[tuple[int, _NoteRef, str, str]]]] = []
        for change in alignment.all_changes():
            matches: list[tuple[int, _NoteRef, str, str]] = []
            if _is_note_itself(change, refs_by_step[i]):
                # A note left in the body (found by its cues in mid-article) arrives as an
                # added paragraph: it is the disclosure, not a change it could disclose.
                note_itself.add(id(change))
                per.append((change, matches))
                continue
            for j in range(i, len(steps)):
                for ref in refs_by_step[j]:
                    how = _value_match(ref, change)
                    kind = "value"
                    if not how:
                        how, kind = _paragraph_match(ref, change), "paragraph"
                    if not how:
                        how, kind = _section_match(ref, change, stripped[i], stripped[i + 1]), \
                            "paragraph"
                    if how:
                        strong_notes.add((j, ref.index))
                        matches.append((j, ref, how, kind))
            per.append((change, matches))
        candidates.append(per)

    used: dict[tuple[int, int], list[Finding]] = {}  # (step, index) of a note -> what it discloses
    explains_nothing: set[tuple[int, int]] = set()
    transitions: list[Transition] = []
    for i, (alignment, added, removed, changed) in enumerate(steps):
        old_v, new_v = live[i][0], live[i + 1][0]
        seen_at = _parse_time(new_v.fetched_at)
        old_at = _parse_time(old_v.fetched_at)  # (a relative day or year is read against both)
        findings: list[Finding] = []
        removed_words = 0
        stamp: str | None = None  # read once, and only when an added paragraph asks for it
        overtaken = _overtaken([c for c, _ in candidates[i]])
        for change, matches in candidates[i]:
            if change.field == "byline" or id(change) in note_itself:
                continue
            if change.field == "headline":
                if set(change.labels) <= {"cosmetic"}:
                    # letter case, spaces or quotation marks only ("Ferry Fares To Rise"): a
                    # restyled headline is no headline change to report
                    continue
                findings.append(Finding(
                    "headline-change",
                    f"Headline changed from \u201c{change.old_text}\u201d to "
                    f"\u201c{change.new_text}\u201d.", old_v.number, new_v.number, change=change,
                    reason=",".join(change.labels)))
                labels = set(change.labels)
                # A negation inside a headline written afresh ("... talks end without
                # breakthrough") reverses nothing; a flip reads as the old headline, edited.
                severe = ("meaning" in labels and _kept_share(change) >= 0.5) or (
                    bool(_SEVERE_HEADLINE & labels - {"meaning"}) and "rewrite" not in labels)
                if not severe:
                    continue
            # A spelling fix or a one-letter edit is a copy-edit, unless a note states its very
            # words ("misspelled Horvath as Hovrath", "juli, not juni"): the newsroom calls it a
            # correction, and its note must not be left saying it matches no change.
            owned = any(m[3] == "value" for m in matches)
            if set(change.labels) <= {"moved"} or _only_rules(change) or _promo(change) or \
                    _stamp_moved(change) or \
                    _pointer(change) or (
                    not owned and (not change.substantive or _typo(change) or _stutter(change)
                                   or _restyled(change) or _copy_edit(change)
                                   or _day_said_again(change, old_at, seen_at)
                                   or _reference_style(change)
                                   or _year_said_again(change, old_at, seen_at)
                                   or _sentences_reordered(change)
                                   or _footnote_marks(change)
                                   or _acronym(change) or _dateline_or_pointer(change)
                                   or _tense_of_saying(change)
                                   or _possessive_turned(change))):
                continue
            verdict = comparisons[i].verdict(change)
            why = verdict.reason if verdict.kind == "extraction-artefact" else ""
            if why:
                findings.append(Finding(
                    "extraction-artefact",
                    f"{_describe(change)} only in the extracted text: {why}.",
                    old_v.number, new_v.number, change=change, reason=why))
                continue
            if change.kind == "removed":
                removed_words += len(change.old_text.split())
            elif change.kind != "added":
                removed_words += sum(len(o.text.split()) for o in change.ops if o.op == "delete")
            klass = change_class(change)
            developing = _developing(change) or (
                "a provisional statement overtaken by events" if id(change) in overtaken else "")
            addition = (klass == "addition" or bool(developing)) and pol.additions != "note"
            match = min(matches, key=lambda m: (m[0], m[3] != "value")) if matches else None
            if match is None:
                # Subject match, only by notes that match nothing by value or paragraph.
                for j in range(i, len(steps)):
                    for ref in refs_by_step[j]:
                        if ref.vague:
                            continue
                        # A note that matched a change by value or paragraph matches no more
                        # by its whole subject, only by one of the other fixes it lists.
                        how = _subject_match(ref, change, klass == "addition",
                                             items_only=(j, ref.index) in strong_notes)
                        if how:
                            match = (j, ref, how, "subject")
                            break
                    if match:
                        break
            if match is None and change.field != "headline":
                # A note of this very revision that restates the new words, or names the kind
                # of fact it changed ("we have moved the ticket sale dates"); only a note
                # that states no values and matched no change by its values, paragraph or
                # subject ("to correct the number of guards, which was 64, not 46" is about
                # the 64, not about every number the revision changed).
                for ref in refs_by_step[i]:
                    # (a match by value or paragraph put the note in strong_notes already)
                    if (i, ref.index) in strong_notes or ((i, ref.index) in used and not any(
                            "restated" in f.reason for f in used[(i, ref.index)])) or \
                            ref.note.old_value or ref.note.new_value:
                        continue
                    how = _restates_new(ref, change) or _names_kind(ref, change)
                    if how:
                        match = (i, ref, f"restated: {how}", "restated")
                        break
            if match is None:
                # A note of its own version that names nothing can be tied to it by position only.
                want = ("update",) if addition else (*_CORRECTIVE, "editors-note") \
                    if pol.additions != "note" or klass == "correction" \
                    else (*_CORRECTIVE, "editors-note", "update")
                vague = next((r for r in refs_by_step[i] if r.vague and r.note.kind in want
                              and r.note.position != "headline"), None)
                if vague is not None:
                    match = (i, vague, "position only (the note explains nothing)", "position")
                    explains_nothing.add((i, vague.index))
            if match is not None:
                j, ref, how, _ = match
                late = "" if j == i else f" (the note arrived later, in v{ref.version})"
                nothing = " (it explains nothing)" if how.startswith("position") else ""
                f = Finding(
                    "disclosed",
                    f"{_describe(change)}{_what(change)}; disclosed by the {ref.note.kind} "
                    f"note in v{ref.version}{late}{nothing}.", old_v.number, new_v.number,
                    change=change, note=ref.note, reason=f"matched note: {how}")
                used.setdefault((j, ref.index), []).append(f)
                findings.append(f)
                continue
            if addition and pol.additions == "none":
                what = developing or "added material"
                findings.append(Finding(
                    "update", f"{_describe(change)}{_what(change)}; {what}, which "
                    f"needs no note under policy {pol.name}.", old_v.number, new_v.number,
                    change=change, reason=f"{what}: no note needed"))
                continue
            if addition:
                if stamp is None:
                    stamp = _updated_stamp(sides[i], sides[i + 1])
                if stamp:
                    findings.append(Finding(
                        "disclosed", f"{_describe(change)}{_what(change)}; disclosed as an "
                        f"update by the page's \u201cUpdated\u201d stamp ({stamp}).",
                        old_v.number, new_v.number, change=change,
                        reason=f"updated stamp: {stamp}"))
                    continue
            exempt = pol.exempt(first_pub, seen_at)
            if exempt:
                findings.append(Finding(
                    "exempt", f"{_describe(change)}{_what(change)}; no note, but policy "
                    f"{pol.name} exempts it ({exempt}).", old_v.number, new_v.number,
                    change=change, reason=exempt))
            elif addition:
                findings.append(Finding(
                    "undisclosed-update", f"{_describe(change)}{_what(change)}; no update note "
                    "or \u201cUpdated\u201d stamp discloses it.", old_v.number, new_v.number,
                    change=change, reason=f"policy {pol.name}: added material without an update "
                    "note or stamp"))
            else:
                findings.append(Finding(
                    "silent-correction",
                    f"{_describe(change)}{_what(change)}; no note discloses it.",
                    old_v.number, new_v.number, change=change,
                    reason=f"policy {pol.name}: substantive change without a note"))
        findings = _tie_unmatched(findings, refs_by_step[i], i, used)
        findings = _reworded_in_revision(findings, refs_by_step[i], i, used)
        findings = _removed_with_passage(findings, used)
        findings = _replaced_by_update(findings, refs_by_step[i], i, alignment,
                                       live[i + 1][1], used)
        old_words = max(1, sum(len(p.split()) for p in alignment.old_paragraphs))
        if removed_words >= 40 and removed_words >= 0.25 * old_words:
            findings.append(Finding(
                "large-removal",
                f"{removed_words} of {old_words} words ({removed_words / old_words:.0%}) were "
                f"removed between v{old_v.number} and v{new_v.number}.",
                old_v.number, new_v.number, reason=f"removed:{removed_words}/{old_words}"))
        for n in _once(removed):
            findings.append(Finding(
                "note-removed", f"The {n.kind} note present in v{old_v.number} is gone in "
                f"v{new_v.number}: \u201c{_short(n.text)}\u201d", old_v.number, new_v.number,
                note=n, reason="note removed"))
        transitions.append(Transition(old_v, new_v, alignment, tuple(added), tuple(removed),
                                      tuple(changed), tuple(findings), comparisons[i]))

    # A note that names something but matched nothing, in a version with nothing of its own
    # left to disclose, owns up to the nearest earlier step (up to three back) with silent
    # corrections: newsrooms often fix first and add the note a capture or two later.
    for j, refs in enumerate(refs_by_step):
        if not any((j, r.index) not in used and not r.vague for r in refs):
            continue
        for k in range(j - 1, max(-1, j - 4), -1):
            t = transitions[k]
            if any(f.kind == "silent-correction" for f in t.findings):
                tied = _tie_unmatched(list(t.findings), refs, j, used, late=True)
                transitions[k] = replace(t, findings=tuple(tied))
                break

    # Notes that disclosed nothing, and notes that explain nothing.
    for i, refs in enumerate(refs_by_step):
        for ref in refs:
            old_v, new_v = live[i][0], live[i + 1][0]
            if (i, ref.index) in explains_nothing:
                f = Finding(
                    "note-explains-nothing",
                    f"The {ref.note.kind} note added in v{new_v.number} names no value, "
                    "paragraph or subject, so it explains nothing: "
                    f"\u201c{_short(ref.note.text)}\u201d", old_v.number, new_v.number,
                    note=ref.note, reason="note names nothing; matched by position only")
            elif (i, ref.index) in used or ref.note.kind not in _CORRECTIVE:
                continue
            elif ref.note.position == "headline" and any(
                    f.kind in JUDGED_KINDS for f in transitions[i].findings):
                continue  # a "CORRECTED-" tag marks the step; the note in the body describes it
            else:
                f = Finding(
                    "note-without-change",
                    f"The {ref.note.kind} note added in v{new_v.number} matches no visible "
                    "change; the corrected text may have changed before the archived versions, "
                    "or the earlier version may be missing from the archive.",
                    old_v.number, new_v.number, note=ref.note, reason="no matching change")
            t = transitions[i]
            transitions[i] = replace(t, findings=t.findings + (f,))
    accounts = tuple(
        NoteAccount(ref.note, ref.version, tuple(used.get((i, ref.index), ())), not ref.vague)
        for i, refs in enumerate(refs_by_step) for ref in refs)

    story_findings.extend(_flip_flops(live, stripped, raws))
    findings_all = tuple(f for f in story_findings if f.kind == "note-without-change")
    for t in transitions:
        findings_all += t.findings
    findings_all += tuple(f for f in story_findings if f.kind != "note-without-change")
    return StoryAudit(
        story=story_key, policy=pol.name, versions=all_versions, transitions=tuple(transitions),
        findings=findings_all, notes=notes_of[-1] if notes_of else (),
        grace_hours=pol.grace_hours, articles=tuple(a for _, a, _ in live), sides=tuple(sides),
        note_accounts=accounts)


def _is_note_itself(change: Change, refs: Sequence[_NoteRef]) -> bool:
    """Whether ``change`` only adds paragraphs that are the text of notes added in its step."""
    if change.kind != "added" or change.field != "body" or not refs:
        return False
    notes = " ".join(fold(r.note.text) for r in refs)
    paragraphs = [fold(p) for p in change.new_text.split("\n") if p.strip()]
    return bool(paragraphs) and all(p in notes for p in paragraphs)


def _tie_unmatched(findings: list[Finding], refs: list[_NoteRef], step: int,
                   used: dict[tuple[int, int], list[Finding]], *,
                   late: bool = False) -> list[Finding]:
    """A note added in this step that names something no change matched still discloses it.

    The note's words (a paraphrase, a value the reader could not parse, a part of the page the
    extraction does not hold) did not lead to any change, yet the newsroom owned up to an edit in
    this very version: calling its changes silent would be the worst mistake. Each change left
    without a note in the step is tied to the first such note of a fitting kind, by position;
    a note that matched a change by value, paragraph or subject ties nothing more. ``late``:
    the notes were added in a later step (``step``) than the findings', and tie only silent
    corrections.
    """
    free = [r for r in refs if (step, r.index) not in used and not r.vague]
    if not free:
        return findings
    out: list[Finding] = []
    for f in findings:
        want = (*_CORRECTIVE, "editors-note") if f.kind == "silent-correction" else \
            ("update", "editors-note") if f.kind == "undisclosed-update" and not late else ()
        ref = next((r for r in free if r.note.kind in want), None)
        if ref is None or f.change is None:
            out.append(f)
            continue
        tied = replace(f, kind="disclosed", note=ref.note,
                       message=f"{_describe(f.change)}{_what(f.change)}; disclosed by the "
                       f"{ref.note.kind} note in v{ref.version}"
                       f"{' (the note arrived later)' if late else ''}, by position (the note "
                       "names nothing this change matched).",
                       reason="matched note: position (the note's words match no change)")
        used.setdefault((step, ref.index), []).append(tied)
        out.append(tied)
    return out


#: Labels of a change that rewords a passage without touching a fact the classifier can name
#: (a number, date, name, quote, negation, speaker, or words added or removed outright).
_REWORDING = frozenset({"rewrite", "spelling", "cosmetic", "moved"})


#: The most paragraphs a removed passage may run to on either side of the one a note names
#: (a block of removed steps after the step a note names: four in captures9's c9-057).
_PASSAGE_REACH = 4


def _subject_words(text: str) -> set[str]:
    """The stems of ``text``'s content words, plurals made singular ("apps" meets "app")."""
    return {_stem(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
            for w in _content(text)}


def _replaced_by_update(findings: list[Finding], refs: list[_NoteRef], step: int,
                        alignment: Alignment, full: Article,
                        used: dict[tuple[int, int], list[Finding]]) -> list[Finding]:
    """A paragraph taken out where an update note of the same revision now stands: the note
    put in its place says what overtook it ("Sign up to hear when the app launches" gives way
    to "Update: Our apps are now available!"). Only whole single paragraphs, only update notes
    in the body, only where nothing kept stands between the two, and only when the two share a
    word of their subject."""
    slots: dict[int, _NoteRef] = {}
    kept = alignment.new_paragraphs
    for ref in refs:
        n = ref.note.paragraph
        if ref.note.kind != "update" or n is None or n >= len(full.paragraphs):
            continue
        # the note's place in the note-free text: after the paragraph before it
        before = full.paragraphs[n - 1] if n > 0 else None
        slot = -1 if before is None else next(
            (k for k, text in enumerate(kept) if text == before), None)
        if slot is not None:
            slots.setdefault(slot, ref)
    if not slots:
        return findings
    after: dict[int, int] = {}  # id() of a removal -> the new paragraph it follows (-1: none)
    last = -1
    for change in alignment.changes:
        if change.kind == "removed" and len(change.old) == 1:
            after[id(change)] = last
        if change.new:
            last = change.new[-1]
    out: list[Finding] = []
    for f in findings:
        removal = f.change
        there = slots.get(after.get(id(removal), -2)) if removal is not None else None
        if f.kind != "silent-correction" or removal is None or there is None or not (
                _subject_words(removal.old_text) & _subject_words(there.note.text)):
            # (and of one subject: the note and the passage share a word; an unrelated last
            # paragraph taken out where an update is appended stays unexplained)
            out.append(f)
            continue
        tied = replace(f, kind="disclosed", note=there.note,
                       message=f"{_describe(removal)}{_what(removal)}; the update note in "
                       f"v{there.version} stands in its place.",
                       reason="matched note: replaced by the update note")
        used.setdefault((step, there.index), []).append(tied)
        out.append(tied)
    return out


def _removed_with_passage(findings: list[Finding],
                          used: dict[tuple[int, int], list[Finding]]) -> list[Finding]:
    """A paragraph taken out together with the one a note names (next to it, nothing kept in
    between, at most :data:`_PASSAGE_REACH` away) went with the passage the note discloses: a
    sentence introducing a withdrawn command's output, the output itself, the steps of a
    method withdrawn after the step the note names and rewrites. Only removals of whole
    paragraphs, and only beside one (removed or edited) the note matched by its words (value,
    paragraph or subject), not by position.
    """
    named: dict[int, Finding] = {}
    for f in findings:
        if f.kind == "disclosed" and f.change is not None and \
                f.change.kind in ("removed", "edited") and \
                len(f.change.old) == 1 and not f.reason.startswith(
                    ("matched note: position", "matched note: rewording")):
            named[f.change.old[0]] = f
    if not named:
        return findings
    removed = {f.change.old[0] for f in findings
               if f.change is not None and f.change.kind == "removed" and len(f.change.old) == 1}
    out: list[Finding] = []
    for f in findings:
        if f.kind != "silent-correction" or f.change is None or f.change.kind != "removed" or \
                len(f.change.old) != 1:
            out.append(f)
            continue
        k = f.change.old[0]
        anchor = None
        for step_dir in (1, -1):
            for d in range(1, _PASSAGE_REACH + 1):
                j = k + step_dir * d
                if j in named:
                    anchor = named[j]
                    break
                if j not in removed:
                    break
            if anchor is not None:
                break
        if anchor is None or anchor.note is None:
            out.append(f)
            continue
        tied = replace(f, kind="disclosed", note=anchor.note,
                       message=f"{_describe(f.change)}{_what(f.change)}; removed with the passage "
                       f"the {anchor.note.kind} note in v{f.to_version} names.",
                       reason="matched note: removed with the passage it names")
        for fs in used.values():
            if anchor in fs:
                fs.append(tied)
                break
        out.append(tied)
    return out


def _reworded_in_revision(findings: list[Finding], refs: list[_NoteRef], step: int,
                          used: dict[tuple[int, int], list[Finding]]) -> list[Finding]:
    """A rewording in a version whose note owns up to a change is part of the revision the note
    announces, not a silent correction beside it.

    Newsrooms revise a passage and note the fact they fixed; the sentences they smoothed on the
    way (seen on real captured versions: "has been scheduled" made "is scheduled", a clause
    recast) change no fact the note should have named. A change that does touch one (a number,
    date, name, quote, negation, speaker, or words taken out) stays a silent correction when
    the note does not name it: that is the stealth edit beside a disclosed one.
    """
    if not refs:
        return findings
    out: list[Finding] = []
    for f in findings:
        if f.kind != "silent-correction" or f.change is None or \
                not set(f.change.labels) <= _REWORDING:
            out.append(f)
            continue
        ref = min(refs, key=lambda r: (r.note.kind not in _CORRECTIVE,
                                       r.note.kind != "editors-note", r.index))
        tied = replace(f, kind="disclosed", note=ref.note,
                       message=f"{_describe(f.change)}{_what(f.change)}; reworded in the revision "
                       f"the {ref.note.kind} note in v{ref.version} announces (it changes no "
                       "number, date, name or quote the note should have named).",
                       reason="matched note: rewording in the noted revision")
        used.setdefault((step, ref.index), []).append(tied)
        out.append(tied)
    return out


def _updated_stamp(old: Side, new: Side) -> str:
    """What says the page was updated between two versions, or "": a modified time that moved
    on, or an "Updated ..." stamp the later raw page shows and the earlier one did not."""
    new_u, old_u = new.article.updated, old.article.updated
    if new_u and new_u != old_u:
        after, before = _parse_time(new_u), _parse_time(old_u) or _parse_time(
            old.article.published)
        if after is not None and (before is None or after > before):
            return f"modified {new_u}"
    shown = new.raw.stamps() - old.raw.stamps()
    return f"\u201c{min(shown)}\u201d" if shown else ""


def _pairs(change: Change, labels: set[str]) -> set[str]:
    return {r.split(":", 1)[1] for r in change.reasons
            if ":" in r and r.split(":", 1)[0] in labels}


# House style applied to a value that stays the same: "5 percent" / "5%", "$5m" / "$5 million",
# "three" / "3", "2nd" / "second", "\u20ac5" / "5 euros", "March 3" / "3 March", "1,000" / "1000".
_ORDINAL_NAMES = {w: f"{i}th" for i, w in enumerate((
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth"))}
_NUMBER_NAME = lazy_compile(r"\b(?:" + "|".join(sorted([*_NUMBER_NAMES, *_ORDINAL_NAMES],
                                                       key=len, reverse=True)) + r")\b")
# What a re-styling touches: a digit, a sign, a number or date word, a contraction, a title, "said".
_STYLE_HINT = lazy_compile(r"[\d%$\u20ac\u00a3'\u2019.]|\b(?:" + "|".join(
    [*_NUMBER_NAMES, *_ORDINAL_NAMES]) + r"|percent|per|pct|million|billion|thousand|bn|mn|mln|"
    r"bln|m|k|said|says|added|adds|according|euros?|pounds?|dollars?|on|last|this|next|late|early|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b", re.IGNORECASE)
_STYLE_RULES = (
    # "3 p.m." / "3pm" / "15:00", "12:30 a.m." / "00:30": one clock
    (lazy_compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\b\.?"),
     lambda m: f"{int(m.group(1)) % 12 + (12 if m.group(3) == 'p' else 0):02d}:"
               f"{m.group(2) or '00'}"),
    (lazy_compile(r"\b(\d):(\d{2})\b"), r"0\1:\2"),
    (lazy_compile(r"(\d)(?:st|nd|rd|th)\b"), r"\1th"),
    (lazy_compile(r"(\d),(?=\d{3}\b)"), r"\1"),
    (lazy_compile(r"\s*(?:percent|per cent|pct|prozent|pour cent|por ciento|per cento|por cento|"
                  r"procent)\b"), "%"),
    (lazy_compile(r"(\d)\s+%"), r"\1%"),  # "17 %", as French and German typesetting space it
    # "14 Euro" / "14 €" / "14 EUR" / "14 euros", "14,00" / "14": one amount in the languages
    # that write the unit after the figure and a decimal comma
    (lazy_compile(r"(\d)\s*(?:\u20ac|\beur\b|\beuros?\b)"), r"\1 euros"),
    (lazy_compile(r"(\d),0+(?![\d,])"), r"\1"),
    (lazy_compile(r"\s*(?:million|mln|mn|m)\b"), " e6"),
    (lazy_compile(r"\s*(?:billion|bln|bn)\b"), " e9"),
    (lazy_compile(r"\s*(?:thousand|k)\b"), " e3"),
    (lazy_compile(r"[$]\s?(\d+(?:\.\d+)?(?: e\d)?)"), r"\1 dollars"),
    (lazy_compile(r"\u20ac\s?(\d+(?:\.\d+)?(?: e\d)?)"), r"\1 euros"),
    (lazy_compile(r"\u00a3\s?(\d+(?:\.\d+)?(?: e\d)?)"), r"\1 pounds"),
    # "1.5 million" / "1,500,000": one figure, written out
    (lazy_compile(r"\b(\d+(?:\.\d+)?) e(\d)\b"),
     lambda m: str(round(float(m.group(1)) * 10 ** int(m.group(2))))),
    (lazy_compile(r"\b(mr|mrs|ms|dr|st|gen|sen|rep|gov|prof)\."), r"\1"),
    (lazy_compile(r"\b([a-z])\.([a-z])\.(?:([a-z])\.)?"), r"\1\2\3"),
    (lazy_compile(r"(\d)\.0+(?![\d.])"), r"\1"),  # "5.0%" / "5%", "$10.00" / "$10"
    (lazy_compile(r"\bsept?\b\.?"), "sep"),
    (lazy_compile(r"\b(?:1[89]|20)(\d)0s\b"), r"'\g<1>0s"),  # "the 1990s" / "the '90s"
)
_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december")
_MONTH_WORDS = "|".join(_ENGLISH_MONTHS)
_MONTH_DAY = lazy_compile(rf"\b({_MONTH_WORDS}) (\d{{1,2}})(?:th)?\b")
_DAY_MONTH = lazy_compile(rf"\b(\d{{1,2}})(?:th)? (?:of )?({_MONTH_WORDS})\b")


_CONTRACTIONS = {"n't": " not", "won't": "will not", "can't": "cannot", "it's": "it is",
                 "that's": "that is", "there's": "there is", "what's": "what is",
                 "they're": "they are", "we're": "we are", "you're": "you are", "i'm": "i am",
                 "let's": "let us"}
_CONTRACTION = lazy_compile(r"\b(?:won't|can't|it's|that's|there's|what's|they're|we're|you're|i'm|"
                            r"let's)|n't\b")
# "..., said the mayor." / "..., the mayor said.": one attribution, written either way round.
# The speaker may carry an apposition: "..., said John Smith, the mayor of Port Ellen." /
# "..., John Smith, the mayor of Port Ellen, said."
_SAID_FIRST = lazy_compile(r",[\"']?\s*(said|says|added|adds) ((?:the |a |an )?[a-z][\w'-]*"
                           r"(?: [\w'-]+){0,5}?(?:, [\w'-]+(?: [\w'-]+){0,7}?)?)"
                           r"(?=\s*(?:[.;]|$))")
# "..., according to police." / "..., police said.": one attribution in two house styles.
_ACCORDING_TO = lazy_compile(r",\s*according to ((?:the )?[a-z][\w'-]*(?: [\w'-]+){0,5}?)"
                             r"(?=\s*(?:[.;]|$))")


# The months in the other languages, and a date written with dots ("03.03.2026", day first, as
# German and Dutch write it): one date in the words of the English rules below.
_MONTHS_INTL = {
    "januar": "january", "jänner": "january", "februar": "february", "märz": "march",
    "maerz": "march", "mai": "may", "juni": "june", "juli": "july", "oktober": "october",
    "dezember": "december", "janvier": "january", "février": "february", "fevrier": "february",
    "mars": "march", "avril": "april", "juin": "june", "juillet": "july", "août": "august",
    "aout": "august", "septembre": "september", "octobre": "october", "novembre": "november",
    "décembre": "december", "enero": "january", "febrero": "february", "marzo": "march",
    "abril": "april", "mayo": "may", "junio": "june", "julio": "july", "agosto": "august",
    "septiembre": "september", "setiembre": "september", "octubre": "october",
    "noviembre": "november", "diciembre": "december", "gennaio": "january",
    "febbraio": "february", "aprile": "april", "maggio": "may", "giugno": "june",
    "luglio": "july", "settembre": "september", "ottobre": "october", "dicembre": "december",
    "janeiro": "january", "fevereiro": "february", "março": "march", "maio": "may",
    "junho": "june", "julho": "july", "setembro": "september", "outubro": "october",
    "novembro": "november", "dezembro": "december", "januari": "january",
    "februari": "february", "maart": "march", "mei": "may", "augustus": "august"}
_MONTH_INTL = lazy_compile(r"\b(?:" + "|".join(sorted(_MONTHS_INTL, key=len, reverse=True))
                           + r")\b")
_DOTTED_DATE = lazy_compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_DAY_DOT = lazy_compile(rf"\b(\d{{1,2}})\.\s+(?=(?:{_MONTH_WORDS})\b)")


def _dotted(m: re.Match[str]) -> str:
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    return f"{day} {_ENGLISH_MONTHS[month - 1]} {m.group(3)}"


def _house_style(text: str) -> str:
    t = fold(text).lower()
    if any(c.isdigit() for c in t):
        t = _DOTTED_DATE.sub(_dotted, t)
        t = _MONTH_INTL.sub(lambda m: _MONTHS_INTL[m.group(0)], t)
        t = _DAY_DOT.sub(r"\1 ", t)  # "3. märz" / "3 march"
    t = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(0)], t)
    t = _SAID_FIRST.sub(r", \2 \1", t)  # the quotation mark goes with the punctuation below
    t = _ACCORDING_TO.sub(r", \1 said", t)
    t = _NUMBER_NAME.sub(lambda m: _NUMBER_NAMES.get(m.group(0)) or _ORDINAL_NAMES[m.group(0)], t)
    for pattern, repl in _STYLE_RULES:
        t = pattern.sub(repl, t)
    t = _MONTH_DAY.sub(r"\2 \1", t)
    t = _DAY_MONTH.sub(r"\1 \2", t)
    return " ".join(re.findall(r"[\w%.]+", t)).replace(" .", "").strip(". ")


# When something happened, moved within its sentence ("The council voted on Thursday to ..." /
# "On Thursday the council voted to ..."): the same day, said in another place.
_WHEN = lazy_compile(r"\b(?:(?:late |early )?on |last |this |next )?(?:monday|tuesday|wednesday|"
                     r"thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?\b"
                     r"|\b(?:yesterday|today|tomorrow|tonight)\b")


# Words a copy editor adds or cuts without touching what is said: "said (on) Monday", "said
# (that) the plan", "the plan, (which was) approved in May". Only cut or only added, never one
# swapped for another ("from" -> "to" is a change).
_COPY_WORDS = wordset("the a an that which who was were is are been being on of also just then "
                      "there has have had")


def _copy_edit(change: Change) -> bool:
    if change.kind != "edited" or not set(change.labels) <= {"rewrite", "cosmetic"}:
        return False
    cut = [t for o in change.ops if o.op == "delete" for t in _tokens(o.text)]
    put = [t for o in change.ops if o.op == "insert" for t in _tokens(o.text)]
    if (cut and put) or not (cut or put):
        return False
    return all(t in _COPY_WORDS for t in cut + put)


def _restyled(change: Change) -> bool:
    """Whether an edit only re-styles values that stay the same (see above), or only moves
    when something happened within its sentence."""
    if change.kind != "edited":
        return False  # a negation stays a negation: "didn't" and "did not" read the same
    # A re-styling touches a few words; an edit that takes out or puts in more is not one.
    edits = [o for o in change.ops if o.op != "equal"]
    if not edits or sum(len(o.text.split()) for o in edits) > 12 or \
            not any(_STYLE_HINT.search(o.text) for o in edits):
        return False
    # Only the stretch that changed, with a margin (what comes before and after it is the same
    # text on both sides): the whole paragraph need not be brought to one style.
    a = max(0, edits[0].old_start - 40)
    old = _house_style(change.old_text[a:edits[-1].old_end + 40])
    new = _house_style(change.new_text[a:edits[-1].new_end + 40])
    if old == new:
        return True
    when_old = sorted(m.group(0) for m in _WHEN.finditer(old))
    if not when_old or when_old != sorted(m.group(0) for m in _WHEN.finditer(new)):
        return False
    return " ".join(_WHEN.sub(" ", old).split()) == " ".join(_WHEN.sub(" ", new).split())


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day_said_again(change: Change, old_at: datetime | None, new_at: datetime | None) -> bool:
    """An edit that only says a day another way as the story ages: "said today" in a version
    fetched on a Tuesday made "said Tuesday" (or "said on Tuesday"), "on Monday" made
    "yesterday" in a version fetched on the Tuesday. The day a relative word names is counted
    from the fetch time of the version that uses it, or from the day before (a site's own day
    may be behind UTC, and a version is fetched some time after it was written)."""
    if change.kind != "edited" or not set(change.labels) <= {"date", "cosmetic", "rewrite"}:
        return False
    pairs = [r[len("date:"):] for r in change.reasons if r.startswith("date:")]
    if not pairs:
        return False
    for pair in pairs:
        a, _, b = pair.lower().partition("->")
        if a in _RELATIVE_DAYS and b in _WEEKDAY_NAMES:
            word, day, at = a, b, old_at
        elif b in _RELATIVE_DAYS and a in _WEEKDAY_NAMES:
            word, day, at = b, a, new_at
        else:
            return False
        if at is None:
            return False
        meant = at.date() + timedelta(days=_RELATIVE_DAYS[word])
        if day not in (_WEEKDAY_NAMES[meant.weekday()],
                       _WEEKDAY_NAMES[(meant - timedelta(days=1)).weekday()]):
            return False
    allowed = {*_RELATIVE_DAYS, *_WEEKDAY_NAMES, "on"}
    deleted, inserted = _deleted_inserted(change)
    return all(t in allowed for t in deleted + inserted)


_HONORIFICS = wordset("mr mrs ms miss mx")
# Words of rank or office: put in, taken out or swapped, they change what a person is.
_RANKS = wordset("vice deputy acting interim former president minister prime chief general gen "
                 "governor gov senator sen representative rep mayor judge justice secretary "
                 "chancellor king queen prince princess lord lady sir dame dr doctor professor "
                 "prof rev reverend father bishop captain capt colonel col sergeant sgt "
                 "lieutenant lt commander officer detective inspector chairman chairwoman chair "
                 "director speaker ambassador councillor councilor commissioner")


def _reference_style(change: Change) -> bool:
    """A speaker named again in another reference style, the surname kept: a first name put
    in or taken out ("said John Smith" / "said Smith", as a story that gains an earlier
    paragraph names him there first) or swapped for a courtesy title ("Mr. Smith"). Only next
    to a reporting verb (the differ's attribution label), where the name is a person's. Not one
    first name for another, one courtesy title for another ("Mr." / "Ms."), nor a rank or
    office ("Dr.", "Vice"), which says what the person is."""
    if change.kind != "edited" or not change.ops or "attribution" not in change.labels or \
            not set(change.labels) <= {"name", "attribution", "cosmetic", "rewrite"}:
        return False  # (only a speaker: "in New York" made "in York" is another place)
    ops = change.ops
    k = 0
    while k < len(ops):
        if ops[k].op == "equal":
            k += 1
            continue
        j = k
        while j < len(ops) and ops[j].op != "equal":
            j += 1
        cut = " ".join(o.text for o in ops[k:j] if o.op == "delete").split()
        put = " ".join(o.text for o in ops[k:j] if o.op == "insert").split()
        after = ops[j].text.split()[:1] if j < len(ops) else []
        if not after or not after[0][:1].isupper() or after[0].strip(".,").lower() in _RANKS:
            return False  # the surname must follow, kept
        kinds = []
        for side in (cut, put):
            if len(side) > 1:
                return False
            if side:
                w = side[0].rstrip(".")
                if not (w[:1].isupper() and w.isalpha()) or w.lower() in _RANKS:
                    return False
                kinds.append(w.lower() in _HONORIFICS)
        if len(kinds) == 2 and kinds[0] == kinds[1]:
            return False  # "John" made "Jane", "Mr." made "Ms."
        k = j
    return True


# "the mayor of Port Ellen" said as "Port Ellen's mayor": the same office of the same place.
_OF_NAME = lazy_compile(r"\bthe\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+of\s+"
                        r"((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*)")


def _possessive_turned(change: Change) -> bool:
    """An edit that only says "the mayor of Port Ellen" as "Port Ellen's mayor" (or back):
    one reference in two house styles. Not another office or another place."""
    if change.kind != "edited" or not ("'" in change.new_text + change.old_text
                                       or "\u2019" in change.new_text + change.old_text):
        return False
    old, new = (" ".join(_OF_NAME.sub(r"\2's \1", x.replace("\u2019", "'")).split())
                for x in (change.old_text, change.new_text))
    return old == new and change.old_text != change.new_text


# A reporting verb and its other tense: house style of the story's voice, not what was said.
_TENSES = frozenset(
    pair for x, y in (("said", "says"), ("said", "say"), ("told", "tells"), ("told", "tell"),
                      ("added", "adds"), ("added", "add"), ("wrote", "writes"),
                      ("wrote", "write"), ("noted", "notes"), ("explained", "explains"),
                      ("argued", "argues"), ("warned", "warns"), ("stated", "states"))
    for pair in ((x, y), (y, x)))


def _tense_of_saying(change: Change) -> bool:
    """An edit that only puts reporting verbs in their other tense ("police said" / "police
    say", "she told" / "she tells"): the story's voice, as a feature or an update has it."""
    if change.kind != "edited" or not change.ops or \
            not set(change.labels) <= {"attribution", "rewrite", "cosmetic"}:
        return False
    ops = [o for o in change.ops if o.op != "equal"]
    return bool(ops) and len(ops) % 2 == 0 and all(
        cut.op == "delete" and put.op == "insert"
        and (cut.text.strip().lower(), put.text.strip().lower()) in _TENSES
        for cut, put in zip(ops[::2], ops[1::2], strict=True))


def _sentences_reordered(change: Change) -> bool:
    """An edit that only puts a paragraph's sentences in another order ("The rise is the first
    in six years." moved before the sentence it followed): the same sentences, each word for
    word (folded), so no fact changed, as with a paragraph that only moved."""
    if change.kind != "edited":
        return False
    old, new = sentences(change.old_text), sentences(change.new_text)
    if len(old) < 2 or len(old) != len(new):
        return False
    return sorted(fold(x).lower() for x in old) == sorted(fold(x).lower() for x in new)


def _year_said_again(change: Change, old_at: datetime | None, new_at: datetime | None) -> bool:
    """An edit that only takes out or puts in the year of a date in the year the story runs
    ("March 5, 2026" / "March 5" in a version fetched in 2026): house style (the AP leaves the
    current year out), no other date."""
    if change.kind != "edited" or not set(change.labels) <= {"date", "number", "cosmetic"}:
        return False
    years = {str(t.year) for t in (old_at, new_at) if t is not None}
    reasons = [r.partition(":")[2] for r in change.reasons if r.startswith(("date:", "number:"))]
    if not reasons or not years:
        return False
    for r in reasons:
        y = r[1:] if r[:1] in "+-" else r.replace("->_", "").replace("_->", "")
        if y not in years:
            return False
    deleted, inserted = _deleted_inserted(change)
    # (with the word that links it to the month: "3 de marzo de 2026" / "3 de marzo")
    return any(t in years for t in deleted + inserted) and \
        all(t in years or t in _YEAR_LINKS for t in deleted + inserted)


_YEAR_LINKS = wordset("de del of")


# A footnote's mark glued to its word by an extractor that kept it ("by patching the spec3",
# "the token for ewdurbin2"): what another tool's capture holds, not what the article says.
_GLUED_MARK = lazy_compile(r"\b([a-z\u00df-\u00ff]{4,})(\d{1,2})(?=[\s.,;:!?)\]]|$)")


def _footnote_marks(change: Change) -> bool:
    """An edit that only adds or takes out footnote marks glued to words: the two texts are
    the same once a lower-case word's one or two trailing digits are taken off ("spec3" /
    "spec"). Only words of four lower-case letters or more ("AFME2" / "AFME1", "G7", "mp3" are
    names), and never a mark that changed ("python3" / "python2")."""
    if change.kind != "edited" or "number" not in change.labels:
        return False
    old, new = (_GLUED_MARK.sub(r"\1", t) for t in (change.old_text, change.new_text))
    if old != new:
        return False
    marks = [{m.group(1): m.group(2) for m in _GLUED_MARK.finditer(t)}
             for t in (change.old_text, change.new_text)]
    return all(marks[1][w] == d for w, d in marks[0].items() if w in marks[1])


# A wire dateline opening a story: the place in capitals, its region or country, the agency,
# then a dash or a colon ("PORT ELLEN, Scotland —", "LONDON (Reuters) -", "NEW DELHI:").
_DATELINE = lazy_compile(
    r"^\s*(?:[A-Z][A-Z.'\u2019-]+(?:[ -][A-Z][A-Z.'\u2019-]+)*(?:,\s+[A-Z][\w.'\u2019-]*"
    r"(?:\s+[A-Z][\w.'\u2019-]*)*)?\s*(?:\((?:AP|Reuters|AFP|dpa|UPI|Bloomberg|CNN|PA|ANI|PTI|"
    r"IANS|Xinhua)\)\s*)?|\((?:AP|Reuters|AFP|dpa|UPI|Bloomberg|CNN|PA|ANI|PTI|IANS|Xinhua)\)\s*)"
    r"(?:[\u2014\u2013]|--?|:)\s+(?=\S)")
# Where a photograph stands, said beside a name: "Ann Roe (pictured)", "(left)", "(centre)".
_PHOTO_POINTER = lazy_compile(r"\s*\((?:pictured|above|below|left|right|centre|center|inset|"
                              r"(?:far|second|third) (?:left|right)|top|bottom)\)", re.IGNORECASE)


def _dateline_or_pointer(change: Change) -> bool:
    """An edit that only puts a wire dateline before the story's first words or takes it out,
    or a photograph's place beside a name ("(pictured)"): page furniture, no fact. A dateline
    that names another place is a correction ("LONDON" made "PARIS")."""
    if change.kind != "edited" or change.field != "body":
        return False
    old, new = change.old_text, change.new_text
    if _PHOTO_POINTER.search(old) or _PHOTO_POINTER.search(new):
        old, new = _PHOTO_POINTER.sub("", old), _PHOTO_POINTER.sub("", new)
    if old != new and change.old == (0,):
        d_old, d_new = _DATELINE.match(old), _DATELINE.match(new)
        if bool(d_old) != bool(d_new):  # put in or taken out, not changed
            old, new = old[d_old.end():] if d_old else old, new[d_new.end():] if d_new else new
    return old == new and (old, new) != (change.old_text, change.new_text)


_CONNECTORS = wordset("of for and the on in de del des la le du")


def _acronym(change: Change) -> bool:
    """An edit that only writes a name as its initials or spells the initials out: "the United
    Nations" / "the U.N.", "the European Union" / "the EU", "the Federal Bureau of
    Investigation" / "the FBI" (the initials of the name's capitalised words, in order)."""
    if change.kind != "edited" or not set(change.labels) <= {"name", "attribution", "cosmetic",
                                                              "rewrite"}:
        return False
    edits = [o for o in change.ops if o.op != "equal"]
    cut = " ".join(o.text for o in edits if o.op == "delete").split()
    put = " ".join(o.text for o in edits if o.op == "insert").split()
    if not cut or not put:
        return False
    for short, long_ in ((cut, put), (put, cut)):
        if len(short) != 1:
            continue
        letters = short[0].strip(".,;:").replace(".", "")
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            continue
        words = [w.strip(".,;:") for w in long_]
        if any(not w[:1].isupper() and w.lower() not in _CONNECTORS for w in words):
            continue
        if "".join(w[0] for w in words if w[:1].isupper()) == letters:
            return True
    return False


def _typo(change: Change) -> bool:
    """A spelling fix the differ also labelled otherwise: when every other label's reasons name
    the same word pairs as the spelling ones. Not a person's or a place's name spelt right at
    last (:func:`_respelt_name`): newsrooms correct a misspelt name like any other fact, even
    one misspelt once among right spellings ("misspelled the surname of ... in one instance")."""
    labels = set(change.labels)
    if "spelling" not in labels:
        return False
    others = labels - COSMETIC_LABELS
    spelled = _pairs(change, {"spelling"})
    if not spelled:
        return False
    if "name" in others and _respelt_name(change, spelled & _pairs(change, {"name"})):
        return False
    if "quote" in others and _pairs(change, {"quote"}) == {"changed"}:
        # a word misspelt inside quotation marks ('Der Datensatz "COVID-19-Todesfealle in
        # Deutschland"'): the quote changed by the spelling fix alone, every edit one of its words
        olds = {pair.split("->", 1)[0] for pair in spelled}
        news = {pair.split("->", 1)[1] for pair in spelled}
        if all(o.text.strip() in (olds if o.op == "delete" else news)
               for o in change.ops if o.op in ("delete", "insert")):
            others = others - {"quote"}
    return all(_pairs(change, {label}) and _pairs(change, {label}) <= spelled for label in others)


def _respelt_name(change: Change, pairs: set[str]) -> bool:
    """Whether one of the spelling ``pairs`` ("Ohandirk->Ohandrik") respells a name, in text
    that is not German. ``pairs`` are the ones the differ labelled ``name`` too, which it does
    not for a word that only opens a sentence ("Harbuor officials"); acronyms and a British or
    American house spelling ("Ministry of Defence" / "Defense") are left out.
    "Bertil Ohandirk" made "Bertil Ohandrik" is the misspelt name of most corrections columns,
    where "Fährverbindnugen" made "Fährverbindungen" in German, which writes every noun with a
    capital, is a typo."""
    if german_text(change.old_text):
        return False  # German writes every noun with a capital: no sign of a name
    for pair in pairs:
        old, _, new = pair.partition("->")
        if old[:1].isupper() and not old.isupper() and house_form(old) != house_form(new):
            return True  # (not "Defence" made "Defense": a house spelling, no fact)
    return False


_PLAIN_EDIT = frozenset({"rewrite", "cosmetic", "spelling", "moved"})


def _stutter(change: Change) -> bool:
    """A doubled word taken out ("the the", "were taking also taking place"): a copy-edit.

    Only deletions, at most two words in all, each a word that still stands within three words
    of where it was cut.
    """
    if change.field != "body" or not change.ops or not set(change.labels) <= _PLAIN_EDIT:
        return False  # a negation, number, name or quote dropped is never a stutter
    edits = [o for o in change.ops if o.op != "equal"]
    if not edits or any(o.op != "delete" for o in edits):
        return False
    deleted = [w for o in edits for w in _tokens(o.text)]
    if not deleted or len(deleted) > 2:
        return False
    for o in edits:
        before = _tokens(change.new_text[:o.new_start])[-3:]
        after = _tokens(change.new_text[o.new_start:])[:3]
        if not all(w in before or w in after for w in _tokens(o.text)):
            return False
    return True


def _stamp_moved(change: Change) -> bool:
    """A time stamp of the page that moved on ("Last updated on 19 Jan 2021" made "... 22 Jan
    2021"): the page's furniture saying it changed, not a fact of the story."""
    if change.field != "body" or not change.old_text.strip() or not change.new_text.strip():
        return False
    lines = [x for x in (change.old_text + "\n" + change.new_text).split("\n") if x.strip()]
    return all(is_stamp(x) for x in lines)


def _only_rules(change: Change) -> bool:
    """A change made of separator rules only ("___"): layout, never content."""
    if change.field != "body":
        return False
    lines = [x for x in (change.old_text + "\n" + change.new_text).split("\n") if x.strip()]
    return bool(lines) and all(is_rule(x) for x in lines)


# Words of a pointer to a note put into the text: "(update: see below)", "[see correction]".
_POINTER_WORDS = frozenset((
    "see", "below", "above", "update", "updated", "updates", "correction", "corrected",
    "clarification", "note", "editor", "editors", "editor's", "editors'", "here", "the", "our"))


def _pointer(change: Change) -> bool:
    """An edit that only puts a pointer to a note into a paragraph ("... on this issue (update:
    see below)"): part of the disclosure, not a change of its own."""
    if change.kind != "edited" or not change.ops:
        return False
    inserted = [o.text for o in change.ops if o.op == "insert"]
    if not inserted or any(o.op == "delete" and o.text.strip() for o in change.ops):
        return False
    # (Markdown's "~~" strikes the wrong words through: marks, not words)
    words = [w.lower().strip("()[]:;,.*_~") for t in inserted for w in t.split()]
    words = [w for w in words if w]
    return bool(words) and any(w in ("see", "update", "updated", "correction", "note")
                               for w in words) and all(w in _POINTER_WORDS for w in words)


# A newsroom's call to its readers, which pages carry in one version and not the next as the
# site's templates change: "Sign up for our free newsletters.", "SUPPORT THIS JOURNALISM and
# help us ... at example.org/donate", "Become a member to support our reporting."
_PROMO = lazy_compile(
    r"(?:^|[.!?]\s+)(?:please\s+)?(?:sign up|subscribe|donate|support|join|become a (?:member|"
    r"subscriber|supporter)|get (?:our|the) [\w' ]{0,30}newsletter)\b[^.!?]{0,120}\b"
    r"(?:newsletters?|journalism|reporting|newsroom|membership|our work|inbox)\b", _I)


def _promo(change: Change) -> bool:
    """A paragraph added or removed whole that is a call to readers to sign up, subscribe or
    donate (and at most a sentence or two about the newsroom): page furniture, not the story."""
    if change.field != "body" or change.kind not in ("added", "removed"):
        return False
    paragraphs = [x for x in (change.old_text or change.new_text).split("\n") if x.strip()]
    return bool(paragraphs) and all(len(x.split()) <= 60 and _PROMO.search(x) for x in paragraphs)


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"


def _flip_flops(live: Sequence[tuple[Version, Article, bytes]], stripped: Sequence[Article],
                raws: Sequence[RawIndex]) -> list[Finding]:
    """Headlines and paragraphs that come back after being replaced (A -> B -> A)."""
    out: list[Finding] = []
    if len(stripped) < 3:
        return out
    heads = [fold(a.headline) for a in stripped]
    seen: dict[str, int] = {}
    reported: set[str] = set()
    for i, h in enumerate(heads):
        if h in seen and seen[h] < i - 1 and heads[i - 1] != h and h not in reported:
            first = live[seen[h]][0].number
            reported.add(h)
            flips = sum(1 for k in range(1, len(heads)) if heads[k] != heads[k - 1])
            out.append(Finding(
                "flip-flop",
                f"The headline went back to \u201c{_short(stripped[i].headline)}\u201d in "
                f"v{live[i][0].number} after being changed (first seen in v{first}); "
                f"{flips} headline changes in all.",
                live[i - 1][0].number, live[i][0].number, reason="headline A->B->A"))
        seen[h] = i
    present: dict[str, int] = {}  # paragraph text -> last version index it was in
    gone: dict[str, int] = {}  # paragraph text -> version index it disappeared at
    folded: dict[str, str] = {}  # most paragraphs repeat from version to version: fold once
    for i, article in enumerate(stripped):
        here: dict[str, None] = {}  # in page order, not hash order: findings must not vary
        for p in article.paragraphs:
            f = folded.get(p)
            if f is None:
                f = folded[p] = fold(p) if len(p.split()) >= 4 and not is_rule(p) else ""
            if f:
                here[f] = None
        for p in here:
            if p in gone and p not in reported:
                reported.add(p)
                out.append(Finding(
                    "flip-flop",
                    f"A paragraph removed or changed in v{live[gone[p]][0].number} came back "
                    f"word for word in v{live[i][0].number}: \u201c{_short(p)}\u201d",
                    live[i - 1][0].number, live[i][0].number, reason="paragraph A->B->A"))
            present[p] = i
            gone.pop(p, None)
        for p, last in list(present.items()):
            # Gone means the exact text left the page too (every 3-gram): a 90% match would
            # still count a paragraph whose one number was changed as present.
            if last == i - 1 and p not in here and not raws[i].holds(p, share=1.0):
                gone[p] = i
    return out


def audit_story(archive: Archive, story: str, policy: str | Policy = DEFAULT_POLICY,
                **opts: Any) -> StoryAudit:
    """Audit one archived story (raises StoryNotFound); ``opts``: ``grace_hours``."""
    triples = archive.history(story, raw=True)
    return audit_versions(triples, policy, grace_hours=opts.get("grace_hours"), story=story)


#: Findings that are problems (what ``--fail-on any`` fails on).
PROBLEM_KINDS = frozenset({"silent-correction", "undisclosed-update", "note-without-change",
                           "note-explains-nothing", "note-removed", "flip-flop", "large-removal"})
