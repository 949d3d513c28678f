"""Correction-note detection: find the notes a newsroom published in a version of a story.

Detection is anchored on the *forms* newsrooms use, not on keywords: a paragraph counts as a
note only when it opens with one of the forms below (after an optional bullet, asterisk or
opening bracket), so "correctional facility", "a market correction", "Updated 1 hour ago"
stamps and reader comments do not count.

==========  ====================================================================================
style       forms recognised
==========  ====================================================================================
ap          "This story corrects an earlier version that said ...", "This story has been
            corrected to show that ..., not ...", "EDITOR'S NOTE — ..."
nyt         "Correction: June 16, 2014" / "Correction appended: ..." / NPR's "Correction Feb. 6,
            2026" (date lines, merged with the note that follows), "An earlier version of this
            article misstated ...", "A headline on an earlier version of this article ...", "A
            correction was made on Feb. 6, 2026: ..."
wapo        "Correction: An earlier version of this story incorrectly reported ...",
            "Editor's Note: ...", "Editor's Note, Feb. 7, 2026: ..."
guardian    "This article was amended on 29 December 2016 to correct ..."
reuters     headline tags "CORRECTED-", "REFILE-", "UPDATE 2-"; parenthetical notes
            "(Corrects paragraph 2 to show ...)", "(Removes words ... in paragraph 7)", "(Adds ...)"
generic     "Clarification: ...", "Update: ..." / "UPDATE: ..." (not bare time stamps), "This story
            has been updated to ...", "A previous version of this article ...", "Retraction: ...",
            a verb and a time ("Corrected on 6 February 2026 at 14:05 GMT: ...", "Updated Feb. 6,
            2026, to correct ..."), "This story was first published ... It was updated ..."
es/de/fr    labels "Fe de errores:", "Corrección:", "Aclaración:", "Nota de la redacción:",
            "Korrektur:", "Anmerkung der Redaktion:", "Rectificatif :", "Mise à jour :" ...;
            "Una versión anterior de este artículo ...", "In einer früheren Version dieses
            Artikels ...", "Une version précédente de cet article ..."; "Esta noticia ha sido
            corregida", "Dieser Artikel wurde ... aktualisiert", "Cet article a été modifié ..."
==========  ====================================================================================

A label standing alone as a heading ("Fe de errores", "Correction") is merged with the note
below it. A "Correction:" that speaks to "you" or ends in "!" is a reader's, unless it speaks of
the newsroom's own text ("an earlier version", "this article", "we misstated").

Labels may carry a date, a time or a parenthesis before their colon. An update whose stated
purpose is to correct ("updated to correct", "refiles to fix") is a correction.

Old and new values are read from the note when it states them: "..., not ..." ("It was 2014, not
2016."), "to X from Y", "from Y to X", "... instead of ...", "said <claim>. <fact>." (with or
without "that"; "; " also separates the two) where the differing numbers or words of the claim and
the fact give the values, "misidentified X as Y. It is Z." and, in Spanish, German and French,
"decía que / hieß es / indiquait que <claim>. <fact>.". When a side cannot be read with confidence
it is None: a wrong value can make a note seem to disclose the wrong change.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from datetime import date as _date
from functools import lru_cache

from versiontrack.audit.cues import cue_kind
from versiontrack.models import Article, Note
from versiontrack.normalize import fold, sentences
from versiontrack.normalize import value_words as _words  # its old name, for the value code

__all__ = ["detect_paragraph", "find_notes", "headline_tags", "is_rule", "strip_notes"]

# ---------------------------------------------------------------------------------------------
# Forms
# ---------------------------------------------------------------------------------------------

_I = re.IGNORECASE

# Optional leading furniture before a note: bullets, asterisks, dashes, an opening bracket.
_LEAD_CHARS = " \t\n*_\u2022\u00b7\u2014\u2013-[("
_LEAD = r"^[\s\*_\u2022\u00b7\u2014\u2013\-\[\(]*"
_DOC = (r"(?:story|article|report|post|piece|column|item|version|headline|caption|podcast|"
        r"episode|newsletter|interview|transcript|broadcast|programme|program|segment|"
        r"photo caption|graphic|video|blog post|essay|review|obituary)")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_MON_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)}
_MONTH_RE = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
             r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
             r"Dec(?:ember|\.)?)")
_DATE_RE = re.compile(
    rf"(?P<mdy>{_MONTH_RE}\s+\d{{1,2}},?\s+\d{{4}})"
    rf"|(?P<dmy>\d{{1,2}}\s+{_MONTH_RE}\s+\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
)
# Words a newsroom's note uses about its own earlier text.
_ERROR_WORDS = (r"(?:earlier|previous|prior|original|initial) version|this " + _DOC + r"|"
                r"incorrectly|erroneously|misstated|misidentified|misspelled|misquoted|"
                r"misattributed|mischaracteri[sz]ed|misreported|inaccurately|wrongly|incorrect|"
                r"\bwe (?:stated|said|reported|wrote|described|referred)|\bour (?:article|story|"
                r"report|headline)|apologi[sz]e|should have (?:said|read|stated|been)|\bwrong\b")

# A newsroom speaking of its own text: what lets a note say "you" or end in "!" and stay a note.
_SELF_REF = re.compile(r"(?:earlier|previous|prior|original|initial) version|\bthis " + _DOC
                       + r"\b|\bwe (?:stated|said|reported|wrote|described|referred|misstated|"
                       r"incorrectly|erroneously|regret|apologi[sz]e)|\bour (?:article|story|"
                       r"report|headline)", _I)
# When a note was made, as newsrooms write it next to a label or a verb: "6 February",
# "Feb. 6, 2026", "2026-02-06", "3:15 p.m. ET", "6 February 2026 at 14:05 GMT".
_DAY = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
        rf"(?:{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE}(?:,?\s+\d{{4}})?|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
        r"|\d{4}-\d{2}-\d{2})")
_CLOCK = (r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
          r"(?:\s*(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|BST|UTC|CET|AEST|AEDT)\b)?")
_WHEN = (rf"(?:(?:on|at)\s+)?(?:{_DAY}|{_CLOCK})"
         rf"(?:\s*[,\u2013\u2014-]?\s*(?:(?:on|at)\s+)?(?:{_DAY}|{_CLOCK}))*")
# What may stand between a label and its colon: "Correction 6 February:", "Update 2:",
# "Correction, Feb. 6, 2026, 3:15 p.m. ET:", "Editor's note (February 6, 2026):".
_LABEL_DATE = rf"(?:\s*,?\s*{_WHEN})?"
_LABEL_TAIL = _LABEL_DATE + r"\s*(?:\([^)]{0,60}\))?\s*"
# Parts of a story a note names before "an earlier version": "a picture caption with ...".
_PART = (r"(?:(?:picture|photo|photograph|image)\s+caption|caption|headline|subheadline|"
         r"photo|photograph|picture|graphic|chart|map|video|summary)")

_Form = tuple[re.Pattern[str], str, str]  # pattern, kind, style

_FORMS: tuple[_Form, ...] = (
    # Guardian footnotes
    (re.compile(_LEAD + rf"this (?:{_DAY}\s+)?{_DOC} (?:was|has been|is) "
                r"(?:amended|corrected|updated|changed|edited)"
                r" on\b", _I), "_amended", "guardian"),
    # AP
    (re.compile(_LEAD + rf"this (?:{_DAY}\s+)?{_DOC} "
                r"(?:corrects|has been corrected|was corrected|is corrected)\b",
                _I), "correction", "ap"),
    # "Editor's Note:", the plural "Editors' Note:" (New York Times), and dated ones
    # ("Editor's Note, Feb. 7, 2026:", "Editor's note (February 6, 2026):")
    (re.compile(_LEAD + r"editors?['\u2019]?s? note" + _LABEL_TAIL + r"[:\u2014\u2013\-]", _I),
     "editors-note", "_ed"),
    # Reuters parentheticals: "(Corrects ...)", "(Removes ...)", "(Refiles to ...)", "(Updates ...)"
    (re.compile(r"^\s*\((?:corrects|removes|deletes|adds|inserts|refiles|updates|recasts|"
                r"clarifies|changes|fixes|rewrites|withdraws|kills)\b[^)]*\)?\s*$", _I),
     "_reuters", "reuters"),
    # Wire notes without the brackets, or after a dash: "-- Corrects name of purchaser",
    # "Corrects March 11 item to ...", "(Correcting unit's output ...)", "NOTE: company corrects
    # ...", "-- inserting dropped words ...", "(CORRECTION) - ...".
    (re.compile(r"^\s*(?:\(|[-\u2013\u2014]{1,2}\s*|note:\s*)?(?:(?:the )?company )?"
                r"(?P<verb>corrects|correcting|correction\)|corrected to|inserting|adding|removing|"
                r"deleting|changing|fixing|clarifying|recasting|refiling|withdrawing|killing)\b"
                r"(?=[^.]{0,300}$|[^.]{0,300}\.\s*\)?\s*$)", _I), "_wire", "reuters"),
    # NYT / WaPo / NPR / generic "Correction: ...", "Correction appended: <date>",
    # "Correction Notice: ...", and NPR's colonless "Correction Feb. 6, 2026 <note>"
    (re.compile(_LEAD + r"corrections?(?:\s+(?:appended|notice|note)|\s*(?:&|and)\s*"
                r"clarifications?)?"
                r"(?:" + _LABEL_TAIL + r"[:\u2014\u2013]|\s*,?\s*" + _WHEN + r"(?=\s|$))", _I),
     "correction", "_corr"),
    (re.compile(_LEAD + r"clarifications?" + _LABEL_TAIL + r"[:\u2014\u2013]", _I),
     "clarification", "generic"),
    (re.compile(_LEAD + r"(?:retraction|retracted|withdrawn|withdrawal)" + _LABEL_TAIL
                + r"[:\u2014\u2013]", _I), "withdrawal", "generic"),
    (re.compile(_LEAD + r"(?:update|updated)\s*(?:\d{1,2}(?!\d)\s*)?" + _LABEL_DATE
                + r"(?:\s*\([^)]{0,60}\)|,[^:]{0,40})?\s*[:\u2014\u2013]", _I),
     "update", "generic"),
    # A verb and a time, then the note: "Corrected on 6 February 2026 at 14:05 GMT: ...",
    # "Updated Feb. 6, 2026, to correct ...", "Amended 7 February 2026 to ...",
    # "[Updated at 5:10 p.m. ET with a statement from ...]". Bare stamps are refused earlier.
    (re.compile(_LEAD + r"(?:corrected|amended|updated|clarified)\s*,?\s*" + _WHEN
                + r"(?:\s*[:\u2014\u2013]|\s*,?\s+(?=(?:to|with|after|because)\b))", _I),
     "_verb", "generic"),
    # NYT: "A correction was made on Feb. 6, 2026: ...", "A correction was appended to this
    # article ..."
    (re.compile(_LEAD + r"(?:an?|this|the) (?:correction|clarification) (?:was|has been) "
                r"(?:made|appended|added|issued)\s+(?:to this " + _DOC + r"\b|on\s+" + _DAY
                + r"\s*[:\u2014\u2013.,])", _I), "_made", "nyt"),
    # "An earlier version of this article misstated ...", "A headline on an earlier version of
    # this article ...", "An earlier version of a picture caption with this article ...",
    # "In an earlier version of this story, we ..." (NYT, NPR and generic). Without "this", the
    # note must go on with an error verb ("An earlier version of the photo caption misidentified
    # ..."), so "an earlier version of the bill" is not a note.
    (re.compile(_LEAD + r"(?:(?:because of|due to) an? [\w\s-]{0,30}error,\s*)?(?:in\s+)?"
                rf"(?:(?:an?|the) {_PART} (?:on|in|with|of|accompanying|for) )?"
                r"(?:an?|the) (?:earlier|previous|prior|original|initial) version"
                rf"(?P<of> of (?:(?:an?|the) {_PART} (?:on|in|with|accompanying|for) )?"
                rf"(?P<this>this|the|that) {_DOC}\b)?", _I), "correction", "_ev"),
    (re.compile(_LEAD + rf"this {_DOC} (?:has been|was|is being) (?:updated|revised)\b", _I),
     "update", "generic"),
    (re.compile(_LEAD + rf"this {_DOC} (?:has been|was) (?:withdrawn|retracted|removed|"
                r"unpublished|taken down)\b", _I), "withdrawal", "generic"),
    (re.compile(_LEAD + r"(?:we|the \w+) (?:have|has) (?P<verb>corrected|amended|updated|"
                r"clarified|removed|retracted|withdrawn|unpublished) this " + _DOC + r"\b", _I),
     "_we", "generic"),
    # A republished story's line: "This story was first published on Feb. 3. It was updated
    # on Feb. 5 to correct ..." (a note only when it goes on to say it was changed).
    (re.compile(_LEAD + rf"this {_DOC} was (?:first|originally) published\b", _I),
     "_published", "generic"),
)

# Spanish, German and French house forms: labels ("Fe de errores:", "Korrektur:",
# "Rectificatif :") and sentences about the earlier version ("Una versión anterior de este
# artículo ...", "In einer früheren Version dieses Artikels ...", "Cet article a été corrigé ...").
_INTL_DOC = (r"(?:art[ií]culo|noticia|informaci[oó]n|nota|cr[oó]nica|texto|reportaje|artikels?|"
             r"textes|texts?|beitrags?|berichts?|article|texte|papier)")
# "Este texto fue modificado" is as often a bill as this story: only words for a news item.
_INTL_NEWS = (r"(?:art[ií]culo|noticia|informaci[oó]n|nota|cr[oó]nica|reportaje|artikel|text|"
              r"beitrag|bericht|article)")
_INTL_LABELS = (
    ((r"fe de (?:errores|erratas)|correcci[oó]n|rectificaci[oó]n|korrektur(?:en|hinweis)?|"
     r"richtigstellung|berichtigung|rectificatif|correctif|erratum|errata corrige|rettifica|"
     r"erramos|corre(?:c)?[cç][aã]o|retifica[cç][aã]o|rectifica[cç][aã]o|correctie(?:s)?"
     r"(?: (?:en|&) aanvullingen?)?|rectificatie|rechtzetting|herstel"), "correction"),
    (r"aclaraci[oó]n|klarstellung|pr[eé]cision|precisazione|esclarecimento|verduidelijking",
     "clarification"),
    ((r"nota (?:de la redacci[oó]n|del (?:editor|director)|della redazione|da reda[cç][aã]o)|"
     r"(?:anmerkung|hinweis) der redaktion|note de la r[eé]daction|noot van de redactie"),
     "editors-note"),
    ((r"actualizaci[oó]n|aktualisierung|mise [aà] jour|aggiornamento|atualiza[cç][aã]o|"
      r"actualiza[cç][aã]o|actual\.|update"), "update"),
)
_INTL_FORMS: tuple[_Form, ...] = tuple(
    (re.compile(_LEAD + rf"(?:{label})" + _LABEL_TAIL + r"[:\u2014\u2013]", _I), kind, "_intl")
    for label, kind in _INTL_LABELS
) + (
    (re.compile(_LEAD + r"(?:(?:una|la) versi[oó]n (?:anterior|previa|original|inicial) de "
                r"(?:este|esta|la|el)|in einer (?:fr[uü]heren|vorherigen|[aä]lteren|ersten) "
                r"(?:version|fassung) (?:dieses|des|dieser)|(?:une|la) version (?:pr[eé]c[eé]dente|"
                r"ant[eé]rieure|initiale) de (?:cet|cette|l['\u2019]))\s*" + _INTL_DOC + r"\b", _I),
     "correction", "generic"),
    (re.compile(_LEAD + r"(?:(?:este|esta) " + _INTL_NEWS + r" (?:ha sido|fue|se ha)|(?:dieser|"
                r"diese|der|die) " + _INTL_NEWS + r" wurde|(?:cet|cette) " + _INTL_NEWS
                + r" a [eé]t[eé])\s+(?:(?:[^.]|(?<=\d)\.){0,40}\s)?(?P<verb>corregid[oa]|rectificad[oa]|"
                r"modificad[oa]|actualizad[oa]|korrigiert|berichtigt|aktualisiert|ge[aä]ndert|"
                r"erg[aä]nzt|corrig[eé]e?|rectifi[eé]e?|modifi[eé]e?|mis[e]? [aà] jour|"
                r"actualis[eé]e?)\b", _I), "_intl_verb", "generic"),
)
_FORMS = _FORMS + _INTL_FORMS
# A label standing alone as a heading ("Fe de errores", "Correction"), the note below it.
_LABEL_ONLY = re.compile(
    r"^[\s*_]*(?:corrections?|clarifications?|editors?['\u2019]?s? note|"
    + "|".join(label for label, _ in _INTL_LABELS) + r")\s*[:.]?[\s*_]*$", _I)

_DATE_ONLY = re.compile(r"^[\s\*_]*(?:corrections?(?:\s+appended)?|editors?['\u2019]?s? note)\s*[:\u2014\u2013]?\s*,?\s*(?:"
                        + _DATE_RE.pattern + r")\s*\.?[\s\*_]*$", _I)
# What a note says a change was for: an update made to correct is a correction.
_TO_CORRECT = re.compile(r"\bto (?:correct|fix|amend)\b|\bto remove an? (?:error|erroneous|"
                         r"incorrect|inaccurate|mistaken)|\bpara (?:corregir|rectificar)\b|"
                         r"\bzu (?:korrigieren|berichtigen)\b|\bpour (?:corriger|rectifier)\b", _I)
_TO_CLARIFY = re.compile(r"\bto (?:clarify|make clear)\b", _I)
_ERROR_VERB = re.compile(r"\s*,?\s*(?:(?:also|originally)\s+)?(?:mis[a-z]+ed|incorrectly|"
                         r"erroneously|wrongly|inaccurately|mistakenly|said|stated|reported|"
                         r"gave (?:the |an? )?(?:wrong|incorrect)|referred incorrectly|"
                         r"did not (?:make clear|specify|include|say|note|disclose))\b", _I)
_CHANGED = re.compile(r"\b(?:updated|amended|corrected|revised|changed|edited)\b|"
                      r"\bcontinue[sd]? to (?:update|revise)\b", _I)
_TIME_STAMP = re.compile(
    r"^\s*(?:updated?|published|posted|last updated)\b[\s:,]*(?:on\s+)?(?:"
    rf"\d+\s+\w+\s+ago|{_DATE_RE.pattern}|\d{{1,2}}[:.]\d{{2}}|{_MONTH_RE}|today|yesterday|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|just now)", _I)
_STAMP_WORDS = re.compile(
    r"\b(?:ago|hours?|hrs?|minutes?|mins?|seconds?|days?|a\.?m\.?|p\.?m\.?|[A-Z]{2,4}|GMT[+-]?\d*|"
    r"UTC[+-]?\d*|on|at|published|posted|updated?|last|today|yesterday|just|now|mon|tue|wed|thu|"
    r"fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d[\d:.,]*)\b|[|,:.+\-]",
    _I)


def _is_stamp(t: str) -> bool:
    """An "Updated 1 hour ago" / "Published 7:03 AM, Feb. 5, 2026" stamp, not a note."""
    if not _TIME_STAMP.match(t):
        return False
    rest = _STAMP_WORDS.sub(" ", _DATE_RE.sub(" ", re.sub(_MONTH_RE, " ", t)))
    return len(rest.split()) < 3


_READER = re.compile(r"\b(?:you|your|you're|lol|i think|imho|smh|reply|upvote)\b|[?!]{1,}\s*$",
                     _I)
_RULE = re.compile(r"^[\s_\-\u2014\u2013*=\u2022\u00b7~#]{3,}$")

_HEAD_TAGS = re.compile(
    r"^\s*(?P<tag>(?:CORRECTED|REFILE|RPT|REPEAT|CORRECTION|UPDATE\s*\d*|UPDATED|CLARIFICATION|"
    r"WITHDRAWN|KILL|EXCLUSIVE|INSIGHT|ANALYSIS)\s*(?:-|:|\u2014|\u2013)\s*)"
)
_TAG_KIND = {
    "CORRECTED": ("correction", "reuters"), "CORRECTION": ("correction", "generic"),
    "REFILE": ("update", "reuters"), "RPT": ("update", "reuters"), "REPEAT": ("update", "reuters"),
    "UPDATE": ("update", "generic"), "UPDATED": ("update", "generic"),
    "CLARIFICATION": ("clarification", "generic"), "WITHDRAWN": ("withdrawal", "generic"),
    "KILL": ("withdrawal", "reuters"),
}


_HEAD_LABEL = re.compile(
    r"^\s*(?P<label>corrections?(?:\s*(?:&|and)\s*clarifications?)?|clarifications?|"
    + "|".join(label for label, _ in _INTL_LABELS[:2]) + r"|korrekturen und klarstellungen)"
    r"(?:\s*$|\s*[:\u2014\u2013]\s+(?=\S))", _I)


def _label_kind(label: str) -> str:
    low = label.lower()
    if low.startswith("clarif") or re.fullmatch(_INTL_LABELS[1][0], low, _I):
        return "clarification"
    return "correction"


def is_rule(paragraph: str) -> bool:
    """True for a separator paragraph such as ``___`` or ``* * *``."""
    return bool(_RULE.match(paragraph))


# ---------------------------------------------------------------------------------------------
# One paragraph
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    kind: str
    style: str


# Every form has one of these near its start: a cheap test before the regular expressions.
_CUES = ("correct", "clarif", "editor", "updat", "amend", "version", "retract", "withdr",
         "versi\u00f3n", "errores", "erratas", "correcci", "aclaraci", "redacci", "actualiz",
         "korrektur", "richtigstell", "berichtig", "klarstell", "redaktion", "aktualis", "fassung",
         "rectifi", "correg", "erratum", "pr\u00e9cision", "precision", "mise \u00e0 jour", "corrig",
         "modifi", "ge\u00e4ndert", "erg\u00e4nzt",
         "refile", "remove", "delete", "adds", "insert", "recast", "fixes", "rewrite", "kill",
         "change")


_DATELINE = re.compile(r"^[A-Z][A-Z.'\u2019-]+(?:[ ,]+[A-Z][A-Za-z.'\u2019-]+){0,3}"
                       r"(?:\s*\((?:AP|Reuters|AFP|dpa|Bloomberg|[A-Z]{2,6})\))?\s*[-\u2013\u2014]+\s+")


@lru_cache(maxsize=8192)
def detect_paragraph(text: str) -> _Hit | None:
    """The note kind and style of one paragraph, or None when it is not a note."""
    if len(text) > 2000:
        return None
    t = fold(text)
    if not t or len(t) > 1500 or _is_stamp(t):
        return None
    head = text[:160].lower()
    hit = _form_hit(t) if any(c in head for c in _CUES) else None
    if hit is None:
        kind = cue_kind(t)
        hit = _Hit(kind, "generic") if kind else None
    if hit is None:
        dateline = _DATELINE.match(t)  # "BRUSSELS (AP) - In a story published ..."
        if dateline and len(t) > dateline.end():
            return detect_paragraph(t[dateline.end():])
    return hit


def _form_hit(t: str) -> _Hit | None:
    """A paragraph that opens with one of the house forms."""
    for pattern, kind, style in _FORMS:
        m = pattern.match(t)
        if not m:
            continue
        rest = t[m.end():]
        if style == "_corr":
            # "Correction:" must be followed by a date or the newsroom's own wording.
            if not (_DATE_ONLY.match(t) or _DATE_RE.match(rest.strip())
                    or re.search(_ERROR_WORDS, rest, _I)):
                return None
            if _READER.search(rest) and not _SELF_REF.search(rest):
                return None  # a reader's "Correction: ... you got this wrong!"
            style = "wapo" if re.match(r"\s*an? (?:earlier|previous)", rest, _I) else "nyt"
        elif kind in ("clarification", "update", "withdrawal") and style == "generic" and \
                pattern.pattern.endswith(r"[:\u2014\u2013]"):
            # "Update: ..." needs a sentence after it, not a time stamp; no reader chatter.
            if len(rest.split()) < 4 or _is_stamp("updated " + rest.strip()):
                return None
            if _READER.search(rest):
                return None
        elif style == "_ev":
            # Only "this article" anchors a note by itself; "an earlier version of the photo
            # caption" must go on to say what was wrong with it.
            if (m.group("this") or "").lower() != "this" and not _ERROR_VERB.match(rest):
                continue
            style = "nyt"
        elif kind == "_published":
            if not _CHANGED.search(rest):
                return None
            kind = "update"
        elif style == "_intl":
            # A label needs a sentence after it, not a time stamp or a reader's remark.
            if len(rest.split()) < 4 or _READER.search(rest) or _is_stamp("updated " + rest):
                return None
            style = "generic"
        elif kind == "_intl_verb":
            verb = m.group("verb").lower()
            kind = "update" if verb.startswith(("actualiz", "aktualis", "erg", "mis", "actualis")) \
                else "correction"
        if style == "_ed":
            if re.match(r"\s*this \w+ was (?:originally|first) published\b", rest, _I) \
                    and not _CHANGED.search(rest):
                return None  # a republication line under an editor's-note label
            style = "wapo" if "\u2014" not in t[:20] else "ap"
            if re.search(r"\b(?:withdrawn|retracted|has been removed|taken down)\b", rest, _I):
                kind = "withdrawal"
        elif kind == "_amended":
            kind = "clarification" if _TO_CLARIFY.search(rest) else (
                "update" if re.search(r"\bupdated\b", t[:40], _I)
                and not _TO_CORRECT.search(rest) else "correction")
        elif kind == "_reuters":
            verb = t.lstrip(" (").split()[0].lower()
            kind = {"corrects": "correction", "removes": "correction", "deletes": "correction",
                    "fixes": "correction", "clarifies": "clarification",
                    "withdraws": "withdrawal", "kills": "withdrawal"}.get(verb, "update")
        elif kind == "_wire":
            verb = m.group("verb").lower()
            if not (m.group(0).lstrip()[:1] in "(-\u2013\u2014n" or verb.startswith("correct")
                    or m.group(0).lower().lstrip().startswith("company")):
                return None  # "Adding to the pressure, ...": a sentence, not a wire note
            if len(t.split()) > 60:
                return None
            kind = ("clarification" if verb.startswith("clarif") else "withdrawal"
                    if verb in ("withdrawing", "killing") else "update"
                    if verb in ("adding", "recasting", "refiling") else "correction")
        elif kind == "_verb":
            verb = m.group(0).lstrip(_LEAD_CHARS).split()[0].lower()
            kind = {"corrected": "correction", "clarified": "clarification",
                    "amended": "correction"}.get(verb, "update")
        elif kind == "_made":
            kind = "clarification" if re.search(r"\bclarification\b", m.group(0), _I) \
                else "correction"
        elif kind == "_we":
            verb = m.group("verb").lower()
            kind = {"clarified": "clarification", "updated": "update", "removed": "withdrawal",
                    "retracted": "withdrawal", "withdrawn": "withdrawal",
                    "unpublished": "withdrawal"}.get(verb, "correction")
        elif kind == "correction" and style == "nyt" and re.search(r"\bclarif", t[:200], _I):
            kind = "clarification"
        if kind == "update" and style != "_ed":
            # An update made "to correct" or "to fix" something is a correction.
            purpose = t if style == "reuters" else rest
            if _TO_CORRECT.search(purpose):
                kind = "correction"
            elif _TO_CLARIFY.search(purpose):
                kind = "clarification"
        return _Hit(kind, style)
    return None


def headline_tags(headline: str) -> tuple[str, tuple[Note, ...]]:
    """Strip wire-style tags ("CORRECTED-", "REFILE-", "UPDATE 1-", "UPDATE:") from a headline.

    A headline that is a corrections label ("Erramos", "Korrekturen und Klarstellungen : ...")
    is a note too; a label alone stays the headline.
    """
    label = _HEAD_LABEL.match(fold(headline))
    if label and not _HEAD_TAGS.match(headline):
        rest = fold(headline)[label.end():].strip()
        note = Note(kind=_label_kind(label.group("label")), text=label.group(0).strip(" :"),
                    position="headline", paragraph=None, style="generic")
        return (rest or headline), (note,)
    notes: list[Note] = []
    h = headline
    while True:
        m = _HEAD_TAGS.match(h)
        if not m:
            break
        word = re.sub(r"[\s\d:\-\u2014\u2013]+$", "", m.group("tag")).strip().upper()
        if word not in _TAG_KIND:  # EXCLUSIVE-, ANALYSIS-: slugs, not notes; strip nothing
            break
        if not h[m.end():].strip():
            break
        kind, style = _TAG_KIND[word]
        if word in ("UPDATE", "UPDATED") and m.group("tag").rstrip().endswith("-"):
            style = "reuters"
        notes.append(Note(kind=kind, text=m.group("tag").strip(), position="headline",
                          paragraph=None, style=style))
        h = h[m.end():]
    return h.strip() if notes else headline, tuple(notes)


# ---------------------------------------------------------------------------------------------
# Values and dates
# ---------------------------------------------------------------------------------------------

_NUM = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,3}[-\u2013]\d{1,3}\b|\d[\d,.]*\d|\d")
_PAIR_PATTERNS = (
    # "X, not Y" / "X rather than Y" / "X instead of Y"
    re.compile(r"(?P<new>[^;:()]+?),?\s+(?:not|rather than|instead of)\s+(?P<old>[^;()]+?)"
               r"\s*(?:[.;)](?:\s|$)|[.;)]?$)", _I),
    # "to X from Y"
    # ("updated to include comment from the Kremlin" says what was added, not a value pair)
    re.compile(r"\bto (?!(?:include|add|reflect|clarify|note|provide|incorporate|feature|"
               r"expand|explain|describe|remove|delete|update)\b)"
               r"(?:read |say |show )?(?P<new>[^;()]{1,60}?) from (?P<old>[^;()]{1,60}?)"
               r"\s*(?:[.;)](?:\s|$)|[.;)]?$|\bin paragraph)", _I),
    # "from Y to X"
    re.compile(r"\bfrom (?P<old>[^;()]{1,60}?) to (?P<new>[^;()]{1,60}?)\s*(?:[.;)](?:\s|$)|"
               r"[.;)]?$|\bin paragraph)", _I),
)
_LEAD_WORDS = re.compile(
    r"^(?:(?:it|he|she|they|the \w+|this|that) (?:is|was|were|are|has been|had been)|"
    r"(?:the )?correct \w+ (?:is|was)|show(?:s|ing)? that|that)\s+", _I)
_DET = re.compile(r"^(?:the|a|an|its|his|her|their|our)\s+", _I)
_VERBS = (r"said|stated|reported|claimed|suggested|described|identified|referred to|gave|"
          r"misstated|misidentified|misspelled|misquoted|misattributed|misreported|"
          r"incorrectly (?:said|stated|reported|identified|described|gave)")
# "that said <claim>. <fact>." (AP) and "... stated that <claim>. <fact>." (WaPo, CNN ...)
_SAID = re.compile(rf"\b(?:(?:that|which) (?:{_VERBS})|(?:{_VERBS}) that)\s+(?P<claim>.+)", _I)
# "An earlier version said <claim>. <fact>.", "we incorrectly said <claim>. <fact>." (no "that")
_SAID_BARE = re.compile(
    r"\b(?:version|" + _DOC[3:-1] + r"|we)(?: of this " + _DOC + r")?,?\s+"
    r"(?:(?:incorrectly|erroneously|wrongly|mistakenly|inaccurately)\s+)?"
    r"(?:said|stated|reported|wrote|claimed|gave|referred to)\s+(?:that\s+)?(?P<claim>.+)", _I)
# "... decía que <claim>. <fact>.", "... hieß es, <claim>. <fact>.", "... indiquait que <claim>."
_SAID_INTL = re.compile(
    r"\b(?:(?:dec[ií]a|afirmaba|aseguraba|indicaba|se[ñn]alaba|informaba) que|"
    r"hie(?:ß|ss) es,?(?: dass)?|stand,? dass|(?:indiquait|affirmait|disait|mentionnait) que)"
    r"\s+(?P<claim>.+)", _I)
# "... misidentified the woman pictured as Jo Baines. She is Joanne Bates."
_AS = re.compile(
    r"\b(?:mis(?:identified|described|labell?ed|named|characterized|characterised)|"
    r"(?:incorrectly|wrongly|erroneously|mistakenly) (?:identified|described|referred to|named|"
    r"labell?ed))\s+(?P<obj>[^.;]{1,80}?)\s+as\s+(?P<old>[^.;]{1,60}?)\s*[.;]\s+"
    r"(?P<fact>[^.;]{1,120})", _I)
_FACT = re.compile(r"^(?:in fact,?\s+)?(?:it|he|she|they|this|that|(?:his|her|their|its) "
                   r"(?:\w+ )?(?:name|names|title)|the (?:\w+ )?(?:name|title|building|man|woman|"
                   r"person|photographer))\s+(?:is|was|are|were)\s+(?P<new>.+)$", _I)
_PRONOUNS = frozenset(("it", "he", "she", "they", "him", "her", "them", "this", "that", "its",
                       "his", "their", "the", "a", "an", "in", "fact"))
_AUX_END = re.compile(r"\b(?:did|does|do|was|were|is|are|has|have|had|could|would|should|will|"
                      r"can|may|might|must|need|cannot|or|and|but|if|whether|why|because)\s*$", _I)
# Where a value was, not what it was: ", in paragraph 3", "in the headline".
_WHERE = re.compile(r",?\s+(?:in|from) (?:the )?(?:(?:\w+|\d+(?:st|nd|rd|th)) paragraphs?|"
                    r"paragraphs? [\d\s,\-\u2013and]+|(?:photo |picture )?caption|headline|"
                    r"subheadline|summary|story|article|graphic)\b.*$", _I)
_BOUNDARY = frozenset(("to", "in", "at", "on", "of", "for", "from", "by", "with", "is", "was",
                       "are", "were", "be", "been", "refer", "refers", "referred", "said", "says",
                       "that", "than", "as", "about"))
_NUMBER_WORDS = frozenset(re.findall(r"[a-z]+", (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen first second third fourth fifth sixth "
    "seventh eighth ninth tenth half")))
# Abbreviations whose period is not a sentence end ("Nov. 5", "Gen. Cavoli"): hidden while values
# are read, restored in what is returned.
_ABBR_DOT = re.compile(r"\b(Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|Gov|Lt|Col|Capt|Sgt|Maj|Adm|Jr|Sr|No|Jan|"
                       r"Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd)\.(?=\s)")
_HIDDEN_DOT = "\ue000"
_QUOTED = re.compile(r"[\"\u201c\u2018']([^\"\u201d\u2019']{1,120})[\"\u201d\u2019']")
_STOP = frozenset(
    (
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "but",
        "is", "was", "were", "are", "be", "been", "has", "had", "have", "it", "its", "this", "that",
        "these", "those", "as", "from", "into", "than", "then", "not", "no", "which", "who", "whom",
        "what", "when", "where", "said", "says", "say", "his", "her", "their", "name", "he", "she",
        "they",
    ))


def _is_number(w: str) -> bool:
    return bool(w) and (w[:1].isdigit() or w.lower().strip(".,") in _NUMBER_WORDS)


def _shape(w: str) -> str:
    """A value's kind, coarsely: a number, a capitalised word, or a lower-case word."""
    return "number" if _is_number(w) else ("name" if w[:1].isupper() else "word")


def _trim_pair(new: str, old: str) -> tuple[str, str]:
    """Reduce the two sides of "X, not Y" to the values that differ."""
    old = _DET.sub("", _WHERE.sub("", old.strip())).strip(" .,")
    new = _WHERE.sub("", new.strip())
    if re.match(r"\d[\d,.:]*(?:[-\u2013]\d+)?(?:\s|%|$)", old):
        nums = _NUM.findall(new)
        if nums:
            return nums[-1].rstrip(".,"), (_NUM.findall(old)[0].rstrip(".,")
                                          if len(_words(old)) <= 2 else old)
    nw, ow = _words(_LEAD_WORDS.sub("", new)), _words(old)
    if not nw or not ow:
        return new, old
    if len(ow) == 1 and _is_number(ow[0]):
        # "after four years, not five": the new value is the new side's last number, not its
        # last word.
        nums = [w for w in nw if _is_number(w)]
        return (nums[-1] if nums else ""), ow[0]
    if ow[0][:1].isupper():  # a name: take the new side's closing run of capitalised words
        run: list[str] = []
        for w in reversed(nw):
            if not (w[:1].isupper() or w[:1].isdigit()) or len(run) >= 4:
                break
            run.insert(0, w)
        if run:
            ow2 = list(ow)
            while len(run) > 1 and len(ow2) > 1 and run[0].lower() == ow2[0].lower():
                run, ow2 = run[1:], ow2[1:]
            return " ".join(run), " ".join(ow2)
    # The new side often carries its sentence's subject and verb: keep what follows its last
    # preposition or verb ("the figures refer to | England only"), else a tail as long as the
    # old value.
    cut = max((i for i, w in enumerate(nw) if w.lower() in _BOUNDARY), default=-1)
    if 0 < len(nw) - cut - 1 < len(ow):
        nw = nw[cut + 1:]
    elif len(nw) > len(ow):
        nw = nw[-len(ow):]
    while len(nw) > 1 and len(ow) > 1 and nw[0].lower() == ow[0].lower():
        nw, ow = nw[1:], ow[1:]
    while len(nw) > 1 and len(ow) > 1 and nw[-1].lower() == ow[-1].lower():
        nw, ow = nw[:-1], ow[:-1]
    return " ".join(nw).strip(".,"), " ".join(ow).strip(".,")


def _clauses(claim: str) -> list[str]:
    """A claim's sentences, with "X; Y" split too: "6 people died; 5 people died."."""
    return [c.strip().rstrip(".").strip() for sent in sentences(claim)
            for c in sent.split(";") if c.strip(" .")]


def _as_pair(t: str) -> tuple[str, str] | None:
    """ "misidentified X as Y. It is Z." -> (Y, Z)."""
    m = _AS.search(t)
    if not m:
        return None
    fact = _FACT.match(m.group("fact").strip().rstrip(".)]").strip())
    if not fact:
        return None
    old = _DET.sub("", m.group("old").strip()).strip(" .,")
    new = _DET.sub("", _WHERE.sub("", fact.group("new").strip())).strip(" .,)")
    if not old or not new or len(new.split()) > 6 or old.lower() == new.lower():
        return None
    return old, new


def _restore(value: str | None) -> str | None:
    """The value as written, without quotation marks around it ("to say 'billion'")."""
    if value is None:
        return None
    return value.replace(_HIDDEN_DOT, ".").strip("'\"\u2018\u2019\u201c\u201d ") or None


def parse_values(text: str) -> tuple[str | None, str | None]:
    """(old, new) values a note states, or (None, None); better none than a wrong one."""
    old, new = _parse_values(_ABBR_DOT.sub(r"\1" + _HIDDEN_DOT, fold(text)))
    return _restore(old), _restore(new)


def _parse_values(t: str) -> tuple[str | None, str | None]:
    for said_re in (_SAID, _SAID_BARE, _SAID_INTL):
        said = said_re.search(t)
        if said:
            parts = _clauses(said.group("claim"))
            if len(parts) >= 2:
                pair = _differing(parts[0], parts[1])
                if pair:
                    return pair
    as_pair = _as_pair(t)
    if as_pair:
        return as_pair
    best: tuple[int, str, str] | None = None
    for pattern in _PAIR_PATTERNS:
        for sent in sentences(t):
            for m in pattern.finditer(sent):
                new, old = m.group("new"), m.group("old")
                if re.match(r"\s*(?:only|just|merely|yet|least|be|have|to)\b", old, _I):
                    continue  # "not only", "not yet": not a correction pair
                if pattern is _PAIR_PATTERNS[0] and _AUX_END.search(new):
                    continue  # "did not make clear": a negation, not "X, not Y"
                key = t.find(sent) + m.start()
                if best is None or key < best[0]:
                    best = (key, new, old)
    if best:
        new, old = _trim_pair(best[1], best[2])
        if old and (not new or fold(new).lower() == fold(old).lower()
                    or _shape(new.split()[0]) != _shape(old.split()[0])):
            # The new side gave nothing of the old value's kind ("its chairman" against "the
            # secretary of ... Council"): keep the stated old value alone.
            return old, None
        if new and old:
            return old, new
    quoted = _QUOTED.findall(t)
    if quoted and re.search(r"\b(?:removes|deletes|omits|drops)\b", t, _I):
        return quoted[0], None
    return None, None


def _differing(claim: str, fact: str) -> tuple[str, str] | None:
    """The number (or word) the claim has and the fact replaces."""
    cn, fn = _NUM.findall(claim), _NUM.findall(fact)
    old = [n for n in cn if n not in fn]
    new = [n for n in fn if n not in cn]
    if len(old) == 1 and len(new) == 1:
        return old[0], new[0]
    cw, fw = _words(claim), _words(fact)
    # An anchor word both share ("Steve Whitcomb" / "Steve Witkoff"): the words after it differ.
    lower_f = [w.lower() for w in fw]
    for i, w in enumerate(cw[:-1]):
        if w.lower() in _STOP or w.lower() not in lower_f:
            continue
        j = lower_f.index(w.lower())
        if j + 1 < len(fw) and fw[j + 1].lower() != cw[i + 1].lower() \
                and fw[j + 1][:1].isupper() == cw[i + 1][:1].isupper() \
                and fw[j + 1].lower() not in _PRONOUNS and cw[i + 1].lower() not in _PRONOUNS:
            return cw[i + 1], fw[j + 1]
    aligned = _aligned(cw, fw)
    if aligned:
        return aligned
    cw = [w for w in cw if w.lower() not in _STOP]
    fw = [w for w in fw if w.lower() not in _STOP]
    cl, fl = {w.lower() for w in cw}, {w.lower() for w in fw}
    old_w = [w for w in cw if w.lower() not in fl]
    new_w = [w for w in fw if w.lower() not in cl]
    if len(old_w) == 1 and len(new_w) == 1:
        return old_w[0], new_w[0]
    return None


def _aligned(cw: list[str], fw: list[str]) -> tuple[str, str] | None:
    """One run of words the fact replaces in an otherwise matching claim ("the talks were in
    their third day" / "They were in their second day"), pronouns standing for their nouns."""
    ops = difflib.SequenceMatcher(a=[w.lower() for w in cw], b=[w.lower() for w in fw],
                                  autojunk=False).get_opcodes()
    same = sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal")
    if same < 2:
        return None
    real = [(i1, i2, j1, j2) for op, i1, i2, j1, j2 in ops if op != "equal"
            and not (i2 - i1 <= 3 and all(w.lower() in _PRONOUNS for w in fw[j1:j2]))]
    if len(real) != 1:
        return None
    i1, i2, j1, j2 = real[0]
    if not (0 < i2 - i1 <= 4 and 0 < j2 - j1 <= 4):
        return None
    return " ".join(cw[i1:i2]), " ".join(fw[j1:j2])


def parse_date(text: str) -> str | None:
    """The first date a note states, as ISO 8601 when it can be read, else as written."""
    m = _DATE_RE.search(fold(text))
    if not m:
        short = re.search(rf"\b{_MONTH_RE}\s+\d{{1,2}}\b", fold(text))
        return short.group(0) if short else None
    if m.group("iso"):
        return m.group("iso")
    s = m.group(0).replace(",", " ").replace(".", " ")
    parts = s.split()
    try:
        if m.group("mdy"):
            mon, day, year = parts[0], int(parts[1]), int(parts[2])
        else:
            day, mon, year = int(parts[0]), parts[1], int(parts[2])
        return _date(year, _MON_ABBR[mon[:3].lower()], day).isoformat()
    except (KeyError, ValueError, IndexError):
        return m.group(0)


# ---------------------------------------------------------------------------------------------
# An article
# ---------------------------------------------------------------------------------------------


def _position(i: int, paragraphs: tuple[str, ...]) -> str:
    n = len(paragraphs)
    if any(is_rule(p) for p in paragraphs[max(0, i - 3):i]) and i >= n // 2:
        return "bottom"
    if i == n - 1 and n > 2:
        return "bottom"
    if i < 2:
        return "top"
    if i >= n - 3:
        return "bottom"
    return "inline"


def _scan(article: Article) -> tuple[list[Note], set[int]]:
    notes: list[Note] = []
    taken: set[int] = set()
    paras = article.paragraphs
    i = 0
    while i < len(paras):
        text = paras[i]
        hit = detect_paragraph(text)
        idx = [i]
        full = text.strip()
        if hit is None and _LABEL_ONLY.match(fold(text)) and i + 1 < len(paras):
            # "Fe de errores" / "Correction" as a heading: the note is the next paragraph.
            hit = detect_paragraph(paras[i + 1])
            if hit is not None:
                idx.append(i + 1)
                full = f"{full}: {paras[i + 1].strip()}" if not full.endswith(":") \
                    else f"{full} {paras[i + 1].strip()}"
        if hit is None:
            i += 1
            continue
        # NYT: "Correction: June 16, 2014" on its own line, the note in the next paragraph.
        if _DATE_ONLY.match(fold(text)) and i + 1 < len(paras):
            nxt = detect_paragraph(paras[i + 1])
            if nxt is not None or re.match(r"\s*(?:an?|the) (?:earlier|previous)", paras[i + 1],
                                           _I):
                idx.append(i + 1)
                full = f"{full} {paras[i + 1].strip()}"
        old, new = parse_values(full)
        notes.append(Note(kind=hit.kind, text=full, position=_position(i, paras), paragraph=i,
                          date=parse_date(full), old_value=old, new_value=new, style=hit.style))
        taken.update(idx)
        i = idx[-1] + 1
    return notes, taken


def find_notes(article: Article) -> tuple[Note, ...]:
    """Every note in ``article``: headline tags first, then body notes in reading order."""
    _, head_notes = headline_tags(article.headline)
    body, _ = _scan(article)
    return head_notes + tuple(body)


def strip_notes(article: Article) -> tuple[Article, tuple[Note, ...]]:
    """``article`` without its note paragraphs and headline tags, and the notes found.

    A separator rule left orphaned by a removed note (two rules in a row, or a rule at the very
    start or end) is removed too, so that adding a note under a ``___`` rule is not seen as an
    added paragraph.
    """
    headline, head_notes = headline_tags(article.headline)
    body, taken = _scan(article)
    if not head_notes and not taken:
        return article, ()
    kept: list[str] = []
    for i, p in enumerate(article.paragraphs):
        if i in taken:
            continue
        if is_rule(p) and (not kept or is_rule(kept[-1])):
            continue
        kept.append(p)
    if taken:
        while kept and is_rule(kept[-1]):
            kept.pop()
    return replace(article, headline=headline, paragraphs=tuple(kept)), head_notes + tuple(body)
