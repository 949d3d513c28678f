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
            2026, to correct ..."), "This story was first published ... It was updated ...";
            headline tags at the end ("(Corrected version)", "— correction appended", "|
            Updated"); a broadcaster's programme before its item ("News Online: ...")
es/de/fr    labels "Fe de errores:", "Corrección:", "Aclaración:", "Nota de la redacción:",
            "Korrektur:", "Anmerkung der Redaktion:", "Rectificatif :", "Mise à jour :" ...;
            "Una versión anterior de este artículo ...", "In einer früheren Version dieses
            Artikels ...", "Une version précédente de cet article ..."; "Esta noticia ha sido
            corregida", "Dieser Artikel wurde ... aktualisiert", "Cet article a été modifié ..."
de fr es    and, from each language's table in :mod:`versiontrack.audit.langs`: labels
it pt nl    ("Transparenzhinweis:", "NDLR :", "N. de la R.:", "N.d.R.:", "Nota da Redacção:",
            "Naschrift redactie:"), soft labels ("Hinweis:", "Nota:") over a note, openings about
            an earlier state ("Hier stand zunächst", "Eerder stond in dit artikel", "Diferentemente
            do publicado"), "this text was changed" sentences and stamped participles with a
            purpose ("Texto atualizado às 15h30 para ...", not a bare "Aktualisiert am 3. Mai")
==========  ====================================================================================

A paragraph in no form is weighed (:mod:`versiontrack.audit.signals`): the outlet naming its
own text, error words, a fact set against a claim and an apology, against a third party's
correction, a policy, a quote or another sense of the word; a word gate lets most body
paragraphs skip both that and the cue rule.

A label standing alone as a heading ("Fe de errores", "Correction") is merged with the note
below it, and a corrections column's item with a short verdict line under it that is no note by
itself ("In our edition of 3 May we stated that ..." over "This was untrue."). A "Correction:"
that speaks to "you" or ends in "!" is a reader's, unless it speaks of the newsroom's own text ("an earlier version", "this article", "we misstated").

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

import re
from dataclasses import dataclass, replace
from datetime import date as _date
from functools import lru_cache

from versiontrack.audit import langs
from versiontrack.audit.cues import (
    cue_kind,
    item_answered,
    item_errs,
    names_own_item,
    own_voice,
    states_a_fix,
)
from versiontrack.audit.lazyre import lazy_compile
from versiontrack.audit.signals import SERVICE_APOLOGY, VETO, against, may_weigh, weighed_kind
from versiontrack.audit.values import parse_values
from versiontrack.models import Article, Note
from versiontrack.normalize import fold, note_sentences

__all__ = ["detect_paragraph", "find_notes", "headline_tags", "is_rule", "parse_date", "strip_notes"]

# ---------------------------------------------------------------------------------------------
# Forms
# ---------------------------------------------------------------------------------------------

_I = re.IGNORECASE

# Optional leading furniture before a note: bullets, asterisks, dashes, an opening bracket.
_LEAD_CHARS = " \t\n*_#\u2022\u00b7\u2014\u2013-[("
# (Markdown marks: "#" a heading, ">" a quoted block; "@update:"; a pictograph before a label:
# "⚠️ Update:", "📝 Correction:")
_LEAD = (r"^[\s\*_#>@\u2022\u00b7\u2014\u2013\-\[\(\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff"
         r"\ufe0f\U0001f000-\U0001faff]*")
_DOC = (r"(?:story|article|report|post|piece|column|item|version|headline|caption|podcast|"
        r"episode|newsletter|interview|transcript|broadcast|programme|program|segment|"
        r"photo caption|graphic|video|blog post|blog entry|blog|essay|review|obituary|sentence|"
        r"paragraph|passage)")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_MON_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)}
_MONTH_RE = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
             r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
             r"Dec(?:ember|\.)?)")
_DATE_RE = lazy_compile(
    rf"(?P<mdy>{_MONTH_RE}\s+\d{{1,2}},?\s+\d{{4}})"
    rf"|(?P<dmy>\d{{1,2}}\s+{_MONTH_RE}\s+\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
)
# Words a newsroom's note uses about its own earlier text.
_ERROR_WORDS = (r"(?:earlier|previous|prior|original|initial) version|this " + _DOC + r"|"
                r"incorrectly|erroneously|misstated|misidentified|misspelled|misquoted|"
                r"misattributed|mischaracteri[sz]ed|misreported|inaccurately|wrongly|incorrect|"
                # (a blogger's own "I": "Correction: I claimed that ...")
                r"\b(?:we|I) (?:\w+ly )?(?:stated|said|reported|wrote|described|referred|claimed|"
                r"called|named|identified|listed)\b|\bour (?:article|story|"
                r"report|headline)|apologi[sz]e|should have (?:said|read|stated|been)|\bwrong\b|"
                # "... was updated after publication; we thank a reader for reporting our error"
                r"\bour (?:error|mistake)s?\b|\bfalse (?:statements?|information|claims?)\b|"
                r"\b(?:corrected|updated|changed|amended) after "
                r"publication\b")

# A newsroom speaking of its own text: what lets a note say "you" or end in "!" and stay a note.
_SELF_REF = lazy_compile(r"(?:earlier|previous|prior|original|initial) version|\bthis " + _DOC
                         + r"\b|\bwe (?:stated|said|reported|wrote|described|referred|misstated|"
                         r"incorrectly|erroneously|regret|apologi[sz]e)|\bour (?:article|story|"
                         r"report|headline)", _I)
# When a note was made, as newsrooms write it next to a label or a verb: "6 February",
# "Feb. 6, 2026", "2026-02-06", "3:15 p.m. ET", "6 February 2026 at 14:05 GMT".
_DAY = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
        rf"(?:{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE}(?:,?\s+\d{{4}})?|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
        r"|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?!\d)"  # "11.02.23", "22.09.2020"
        # a month and its year only: "Update June 2020:", "Update (Jun/2020):", "Update 06/2020:"
        rf"|{_MONTH_RE}\.?(?:,?\s+|/)\d{{4}}(?!\d)|\d{{1,2}}/\d{{4}}(?!\d)"
        r"|\d{4}-\d{2}-\d{2}"
        # a weekday alone: "Updated at 8:02 a.m. Friday to clarify ..."
        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")
_CLOCK = (r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
          r"(?:\s*(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|BST|UTC|CET|AEST|AEDT)\b)?")
_WHEN = (rf"(?:(?:on|at|from|of)\s+|@\s*)?(?:{_DAY}|{_CLOCK})"
         rf"(?:\s*[,\u2013\u2014-]?\s*(?:(?:on|at)\s+)?(?:{_DAY}|{_CLOCK}))*")
# What may stand between a label and its colon: "Correction 6 February:", "Update 2:",
# "Correction, Feb. 6, 2026, 3:15 p.m. ET:", "Editor's note (February 6, 2026):".
_LABEL_DATE = rf"(?:\s*#\d{{1,3}})?(?:\s*,?\s*{_WHEN})?"  # ("UPDATE #5:")
# A live page's label in brackets, before the entry it corrects: "[Correction at 1:36 p.m. ET]"
# (what follows tells what the entry "said": the page's own words, not a speaker's).
_BRACKET_LABEL = lazy_compile(r"\s*\[(?:corrections?|clarifications?|updated?|editor['\u2019]?s "
                              r"note)\b[^\]\[]{0,40}\]\s", re.IGNORECASE)
_LABEL_CLOCK = lazy_compile(r"\d[:.]\d{2}\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\s*(?:ET|EST|EDT|CT|CST|CDT|PT|"
                            r"PST|PDT|GMT|BST|UTC|CET)\b", re.IGNORECASE)
_LABEL_TAIL = _LABEL_DATE + r"\s*(?:\([^)]{0,60}\))?\s*"
# Parts of a story a note names before "an earlier version": "a picture caption with ...".
_PART = (r"(?:(?:picture|photo|photograph|image)\s+caption|caption|headline|subheadline|"
         r"photo|photograph|picture|graphic|chart|map|video|summary)")

_Form = tuple[re.Pattern[str], str, str]  # pattern, kind, style
# What ends an English label: a colon or a dash ("Correction - An earlier version ...").
# ("]": "[Updated at 3:15 p.m.] The mayor ...", "[Update]: ...")
_SEP = r"(?:\]?\s*[:\u2014\u2013]|\s-\s|\](?=\s))"
# "this story and its headline", "this article and the photo caption": the text with a part of it
_AND_PART = rf"(?: and (?:its |the |this )?(?:{_PART}|{_DOC})s?)?"
_REUTERS_VERBS = frozenset(("corrects", "removes", "deletes", "adds", "inserts", "refiles",
                            "updates", "recasts", "clarifies", "changes", "fixes", "rewrites",
                            "withdraws", "kills", "refiled", "corrected", "updated", "clarified",
                            "withdrawn"))

_LABEL_WORDS = (r"(?:(?:an?|one|one more|another)\s+)?(?:(?:quick|small|brief|minor|short|further|"
                r"late|important|slight|big|major|additional)\s+)?")

# A news agency's corrective under its dateline: "In a story published Nov. 19 about ...,
# The Associated Press, citing information from the police, erroneously reported that ..."
# (an agency names itself; the dateline is taken off before the forms are tried). Its answer
# may quote a source ("..., the FAA spokesman says"), which does not make it someone's words.
_NO_STOP = (r"(?:[^.;]|\.(?=\s?\d)|(?<=\b[A-Z])\.|"  # an abbreviation's dot ends nothing
            r"(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.|(?<=\bSept)\.)")
_AGENCY_ITEM = lazy_compile(
    _LEAD + rf"in (?:an?|the|two|several) {_NO_STOP}{{0,300}}?"
    r"\b(?:story|stories|article|report|obituary|photo caption|caption|review|profile|"
    rf"analysis)\b{_NO_STOP}{{0,400}}?,\s+"
    r"(?:the )?(?:Associated Press|AP|Reuters|Agence France-Presse|AFP|Canadian "
    r"Press|Press Association|PA Media|UPI|Bloomberg News)(?:,[^,;]{1,160},)?\s+"
    r"(?:(?:erroneously|incorrectly|mistakenly|wrongly|inaccurately) \w+|"
    r"(?:reported|said|stated|described|identified|quoted|attributed) (?:erroneously|"
    r"incorrectly|mistakenly|wrongly|inaccurately)|mis(?:identified|stated|spelled|"
    r"quoted|attributed|reported|characterized))\b", _I)
_FORMS: tuple[_Form, ...] = (
    # Guardian footnotes
    (lazy_compile(_LEAD + rf"this (?:{_DAY}\s+)?{_DOC} (?:was|has been|is) "
                  r"(?:amended|corrected|updated|changed|edited)"
                  r" on\b", _I), "_amended", "guardian"),
    # AP
    (lazy_compile(_LEAD + rf"(?:this (?:{_DAY}\s+)?{_DOC}{_AND_PART}|the (?:online|web|digital|"
                  r"iplayer|podcast|audio|video|app|on-demand|catch-up) version) "
                  # (a fault told on the way: "was edited inappropriately and has been corrected")
                  r"(?:(?:was|has been) (?:\w+ ){1,3}?and )?"
                  r"(?:corrects|(?:has|have) been corrected|was corrected|were corrected"
                  r"|is corrected)\b", _I), "correction", "ap"),
    # a news agency's corrective under its dateline (above)
    (_AGENCY_ITEM, "correction", "ap"),
    # "Editor's Note:", the plural "Editors' Note:" (New York Times), and dated ones
    # ("Editor's Note, Feb. 7, 2026:", "Editor's note (February 6, 2026):")
    (lazy_compile(_LEAD + r"editors?['\u2019]?s? note(?:\s+(?:on|about|regarding) [\w' -]{1,40}?)?"
                  + _LABEL_TAIL + r"[:\u2014\u2013\-]", _I), "editors-note", "_ed"),
    # The same note under other names: "Note to readers:", "A note to our readers:", "A note
    # from the editor:", "Ed. note:", "Publisher's note:", and "Editor's note." with a period.
    (lazy_compile(_LEAD + r"(?:(?:an? )?note (?:to|for) (?:our )?readers|(?:an? )?note from (?:the |our )?"
                  r"(?:[\w'-]+ ){0,2}?(?:editors?|publisher|newsroom)|ed\.? note|(?:publisher|managing editor)['\u2019]?s note|"
                  r"editorial note|editors?['\u2019]?s? note(?=\.\s+[A-Z])"
                  # a note with the date it was added: "Note added January 2022:", "[Note, June
                  # 2022: ...]" (a bare "Note:" is any aside)
                  rf"|note(?: added)?(?=\s*,?\s*\(?(?:(?:on|in)\s+)?{_DAY}))" + _LABEL_TAIL
                  + r"[:.\u2014\u2013\-]", _I), "editors-note", "_ed"),
    # Reuters parentheticals: "(Corrects ...)", "(Removes ...)", "(Refiles to ...)", "(Updates ...)",
    # "( Updates ... )"
    # (and "(This version of the Nov. 2nd story corrects ...)", "(In Dec. 25 story, in second
    # paragraph, corrects ...)")
    (lazy_compile(r"^\s*\(\s*(?:(?:in )?(?:this |the )?(?:version of (?:the |this )?)?"
                  r"(?:[\w.]+ \d{1,2}(?:st|nd|rd|th)?,? (?:\d{4} )?)?(?:story|"
                  r"article|report|item|version),? (?:in (?:the )?[\w-]+ (?:and [\w-]+ )?paragraphs?,? )?"
                  r"(?:(?:was|has been|is being) (?=(?:refiled|corrected|"
                  r"updated|clarified|withdrawn)\b))?)?(?:corrects|removes|deletes|adds|inserts|refiles|"
                  r"updates|recasts|clarifies|changes|fixes|rewrites|withdraws|kills|refiled|corrected|"
                  r"updated|clarified|withdrawn)\b[^)]*\)?\s*$", _I),
     "_reuters", "reuters"),
    # Wire notes without the brackets, or after a dash: "-- Corrects name of purchaser",
    # "Corrects March 11 item to ...", "(Correcting unit's output ...)", "NOTE: company corrects
    # ...", "-- inserting dropped words ...", "(CORRECTION) - ...".
    (lazy_compile(r"^\s*(?:\(|[-\u2013\u2014]{1,2}\s*|note:\s*)?(?:(?:the )?company )?"
                  r"(?P<verb>corrects|correcting|correction\)|corrected to|inserting|adding|removing|"
                  r"deleting|changing|fixing|clarifying|recasting|refiling|withdrawing|killing)\b"
                  r"(?=[^.]{0,300}$|[^.]{0,300}\.\s*\)?\s*$)", _I), "_wire", "reuters"),
    # NYT / WaPo / NPR / generic "Correction: ...", "Correction appended: <date>", "Correction
    # added Nov. 18, 2019: ...",
    # "Correction Notice: ...", and NPR's colonless "Correction Feb. 6, 2026 <note>"
    # (with a word before the label, as a blogger writes it: "A quick correction: ...", "One
    # more correction: ...", "Small clarification: ...")
    (lazy_compile(_LEAD + _LABEL_WORDS + r"(?:corrections?|correctives?|corrigend(?:um|a)|for the record|setting the record "
                  r"straight|clarifications? (?:and|&) corrections?)(?:\s+(?:appended|added|made|issued|"
                  r"notice|note)|"
                  r"\s*(?:&|and)\s*(?:clarifications?|amplifications?))?"
                  r"(?:" + _LABEL_TAIL + _SEP + r"|\s*,?\s*" + _WHEN + r"(?=\s|$))", _I),
     "correction", "_corr"),
    (lazy_compile(_LEAD + _LABEL_WORDS + r"(?:clarifications?|amplifications?)" + _LABEL_TAIL + _SEP,
                  _I),
     "clarification", "generic"),
    (lazy_compile(_LEAD + r"(?:retraction(?: notice)?|notice of retraction|retracted|withdrawn|"
                  r"withdrawal)" + _LABEL_TAIL
                  + _SEP, _I), "withdrawal", "generic"),
    # (a live page's time may come first: "9 PM UPDATE: ...")
    (lazy_compile(_LEAD + r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?\s+)?" + _LABEL_WORDS
                  + r"(?:update|updated)\s*(?:\d{1,2}(?!\d)\s*)?(?:as of\s+)?"
                  + _LABEL_DATE
                  + r"(?:\s*\([^)]{0,60}\)|,[^:]{0,40})?\s*" + _SEP, _I),
     "update", "generic"),
    # The label and its dated heading run into the note when a page's markup is stripped:
    # "Update, May 20 2019 Due to concerns ... we have decided to ..." (a full date, then a
    # sentence's capital)
    (lazy_compile(_LEAD + r"update\s*,?\s*(?:" + _MONTH_RE + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
                  r"\d{4}|\d{1,2}\s+" + _MONTH_RE + r"\.?,?\s+\d{4})\s+(?=(?-i:[A-Z])[a-z])", _I),
     "update", "_runon"),
    # A verb and a time, then the note: "Corrected on 6 February 2026 at 14:05 GMT: ...",
    # "Updated Feb. 6, 2026, to correct ...", "Amended 7 February 2026 to ...",
    # "[Updated at 5:10 p.m. ET with a statement from ...]". Bare stamps are refused earlier.
    (lazy_compile(_LEAD + r"(?:corrected|amended|updated|clarified)\s*,?\s*" + _WHEN
                  + r"(?:\s*[:\u2014\u2013]|\s*,?\s+(?=(?:to|with|after|because)\b))", _I),
     "_verb", "generic"),
    # NYT: "A correction was made on Feb. 6, 2026: ...", "A correction was appended to this
    # article ..."
    (lazy_compile(_LEAD + r"(?:an?|this|the) (?:correction|clarification) (?:was|has been) "
                  r"(?:made|appended|added|issued)\s+(?:to this " + _DOC + r"\b|on\s+" + _DAY
                  + r"\s*[:\u2014\u2013.,])", _I), "_made", "nyt"),
    # "The following correction was printed in the ... column", "A correction has been appended
    # to this article"
    (lazy_compile(_LEAD + r"(?:the following (?:correction|clarification) (?:was|has been) "
                  r"(?:made|appended|added|issued|printed|published)\b(?! by\b)|an? (?:correction|"
                  r"clarification) has been (?:appended|added) (?:to this|below|at the (?:end|foot|"
                  r"bottom)))", _I), "_made", "generic"),
    # A correction stamp with its time: "Corrected 6 February 2026", "Corrected at 3:15 p.m. ET"
    # (unlike "Updated ..." stamps, it says a correction was made).
    (lazy_compile(_LEAD + r"corrected\s*[:,]?\s*" + _WHEN + r"\s*\.?\s*$", _I), "correction",
     "generic"),
    # Wire advisories: "Eds: Please kill this story", "MANDATORY KILL", "Please withdraw the
    # photo ..."
    (lazy_compile(_LEAD + r"(?:(?:mandatory|urgent)\s+kill\b|kill\s*[-:\u2014\u2013]|please "
                  r"(?:kill|withdraw|eliminate|discard|delete|do not use) (?:this|the|our|a) "
                  r"(?:[\w.,'-]+ ){0,3}?(?:story|item|photo|image|report|dispatch|version|video|"
                  r"graphic)s?\b)", _I), "withdrawal", "generic"),
    # "An earlier version of this article misstated ...", "A headline on an earlier version of
    # this article ...", "An earlier version of a picture caption with this article ...",
    # "In an earlier version of this story, we ..." (NYT, NPR and generic). Without "this", the
    # note must go on with an error verb ("An earlier version of the photo caption misidentified
    # ..."), so "an earlier version of the bill" is not a note.
    (lazy_compile(_LEAD + r"(?:(?:because of|due to) an? [\w\s-]{0,30}error,\s*)?(?:in\s+)?"
                  rf"(?:(?:an?|the) {_PART} (?:on|in|with|of|accompanying|for) )?"
                  r"(?:an?|the) (?:earlier|previous|prior|original|initial) version"
                  rf"(?P<of> of (?:(?:an?|the) {_PART} (?:on|in|with|accompanying|for) )?"
                  rf"(?P<this>this|the|that) {_DOC}\b)?", _I), "correction", "_ev"),
    (lazy_compile(_LEAD + rf"this (?:{_DAY}\s+)?{_DOC}{_AND_PART} (?:has been|have been|was|were"
                  r"|is being) (?:updated|revised|refiled)\b", _I),
     "update", "generic"),
    # the same of a guide, a page or a list, which must say what the update did: "These
    # instructions have been updated to include the new vulnerabilities:"
    (lazy_compile(_LEAD + r"(?:this|these) (?:page|guide|list|explainer|advisory|announcement|"
                  r"instructions|timeline|tracker|faq|live blog|document|summary|analysis|"
                  r"recommendations?)s? (?:has been|have been|was|were) (?:updated|revised) "
                  r"(?=(?:to|with)\b)", _I),
     "update", "generic"),
    # "This article has been amended to correct ...", "This story was clarified to reflect
    # ...", "The headline of this article has been changed ..." (an edit "for length and
    # clarity" is a republication line, not a note).
    (lazy_compile(_LEAD + rf"(?:the {_PART} (?:of|on) )?this (?:{_DAY}\s+)?{_DOC}{_AND_PART} "
                  r"(?:has been|have been|was|were|"
                  r"is being|had been) (?:(?:since|subsequently|later|recently)\s+)?(?P<verb>amended|changed|"
                  r"modified|clarified|edited|altered)\b", _I), "_changed", "generic"),
    (lazy_compile(_LEAD + rf"the {_PART} (?:of|on) this (?:{_DAY}\s+)?{_DOC} (?:has been|was|"
                  r"had been) (?:(?:since|subsequently|later)\s+)?(?P<verb>updated|revised|corrected)\b",
                  _I), "_changed", "generic"),
    # A verb without a time, its purpose after it: "Corrected to show ...", "Updated to include
    # ...", "[Updated with a statement from ...]" (bracketed).
    (lazy_compile(_LEAD + r"(?P<verb>corrected|updated|clarified|revised)\s+(?=to (?:show|reflect|"
                  r"include|add|correct|clarify|note|remove|fix|say|make|indicate|state)\b)", _I),
     "_changed", "generic"),
    (lazy_compile(r"^\s*[\[(]\s*(?P<verb>corrected|updated|clarified|revised)\s+(?=with\b)", _I),
     "_changed", "generic"),
    # The same line unbracketed, as a paragraph of its own that says what came in: "Updated
    # with comment from the council.", "Updated with details throughout." (a short line: "Updated
    # with the latest chips, the laptop ..." in a review is a sentence of the body)
    (lazy_compile(r"^[\s*_\u2022-]*(?P<verb>updated|revised)\s+with\s+(?:(?:a|an|the|new|more|"
                  r"further|additional|fresh|latest|later)\s+)?(?:comments?|statements?|details?|"
                  r"information|reaction|responses?|quotes?|background|context|figures?|"
                  r"photos?|video|byline|developments?)\b[^.!?]{0,160}[.!?]?[\s*_)\]]*$",
                  _I), "_changed", "generic"),
    # A wire service's slug line in capitals, without its brackets: "UPDATES WITH DEATH TOLL;
    # CHANGES HEADLINE", "ADDS COMMENT FROM MINISTER IN PARAGRAPH 5" (the line has no lower-case
    # letter, and says what it did to the story, not what changes in the world)
    (lazy_compile(r"^\s*(?-i:(?:UPDATES|ADDS|CHANGES|RECASTS|REFILES|CORRECTS|INSERTS|REMOVES|"
                  r"EDITS|REWRITES|FIXES|CLARIFIES)\b)(?=[^a-z]{0,300}$)"
                  r"(?=.*(?:;|\b(?-i:WITH|THROUGHOUT|HEADLINE|BYLINE|DATELINE|PARAGRAPHS?|PARA|"
                  r"GRAPHS?|DECK|LEDE|LEAD|SPELLING|TYPO|QUOTES?|COMMENTS?|DETAILS|BACKGROUND)\b))"),
     "_reuters", "reuters"),
    (lazy_compile(_LEAD + rf"(?:this(?: {_DAY})?|the (?:following|original) {_DOC}|the {_DOC} "
                  r"(?:below|above))"
                  rf"(?: {_DOC})? (?:has been|was|is being) (?:withdrawn|retracted|removed|"
                  r"unpublished|taken down|deleted|pulled|published (?:in error|prematurely|by "
                  r"mistake))\b(?! by (?:the |its |a )?(?:post |tweet |video |account )?(?:author|user|"
                  r"owner|account|uploader))|" + _LEAD + rf"this {_DOC} is no longer "
                  r"(?:available|online)\b", _I), "withdrawal", "generic"),
    # A withdrawal standing as a label: "Story withdrawn", "ARTICLE REMOVED: ..."
    (lazy_compile(_LEAD + r"(?:this )?(?:story|article|item|report|post) (?:withdrawn|removed|retracted|"
                  r"killed|unpublished)\s*(?:$|[:.\u2014\u2013\])]|\s-\s)", _I), "withdrawal", "generic"),
    # A newsroom naming itself as it withdraws a story: "<Outlet> is withdrawing a Nov. 15 story
    # ...", "We have retracted our report of ..." (the subject is one to four capitalised words
    # or "we"; the object a story of its own, not a paper or a bill).
    (lazy_compile(r"^[\s*\[(]*(?:we|We)(?:\s+have\s+|\s+are\s+|\s+had\s+|'ve\s+|'re\s+|"
                  r"\s+(?:have )?decided to\s+|\s+)"
                  r"(?:hereby\s+)?"
                  r"(?:withdrawn|withdrew|retracted|unpublished|taken down|removed|withdrawing|"
                  r"retracting|removing|unpublishing|withdraw|retract|remove|unpublish)\s+"
                  rf"(?:(?:a|an|the|its|our|this|that)\s+(?:[\w.,'-]+\s+){{0,4}}?{_DOC}\b|"
                  # (a story named before: "We have since learned that the story lacked any
                  # basis, and we hereby retract it")
                  r"(?<=retract )it\b|(?<=retracted )it\b)"
                # an outlet by name: its own story ("this", "our") or a dated one ("Reuters is
                # withdrawing a Nov. 15 story"); "CNN has retracted a story about ..." is news
                r"|^[\s*\[(]*(?:the )?(?:[A-Z][\w.&'-]*\s+){0,3}[A-Z][\w.&'-]*\s+"
                r"(?:(?:is|are) (?:withdrawing|retracting)|(?:has|have) (?:withdrawn|retracted)"
                r"|withdraws|retracts|withdrew|retracted)\s+"
                rf"(?:(?:this|our)\s+(?:[\w.,'-]+\s+){{0,4}}?|(?:a|an|the|its)\s+(?:{_DAY}|"
                r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?)\s+(?:[\w.,'-]+\s+){0,2}?)"
                rf"{_DOC}\b"), "withdrawal", "generic"),
    (lazy_compile(_LEAD + r"(?:we|the \w+|(?-i:(?:[A-Z][\w.&'-]*\s+){1,3}[A-Z][\w.&'-]*))"
                  r"(?:\s+(?:have|has)\s+|'ve\s+|\s+)"
                  r"(?:(?:since|now|also)\s+)?(?P<verb>corrected|amended|updated|"
                  r"clarified|removed|retracted|withdrawn|unpublished) "
                  # "... clarified a passage in this article", "... corrected two figures in ..."
                  r"(?:(?:an?|one|two|three|some|several|the) (?:[\w'-]+ ){0,2}?(?:passages?|"
                  r"paragraphs?|sentences?|references?|quotes?|quotations?|lines?|sections?|"
                  r"figures?|names?|dates?|words?) (?:in|of) )?this " + _DOC + r"\b", _I),
     "_we", "generic"),
    # "We have amended the article to ...", "We've updated our story with ..." (we only: "The
    # Post has amended the article" is news about the Post)
    (lazy_compile(_LEAD + r"we(?:\s+have\s+|'ve\s+|\s+)(?:(?:since|now|also)\s+)?(?P<verb>corrected|"
                  r"amended|updated|clarified|removed|retracted|withdrawn|unpublished) (?:the|our) "
                  + _DOC + r"\b", _I), "_we", "generic"),
    # "The original headline of this article was ...", "This story's earlier caption read ..."
    (lazy_compile(_LEAD + r"(?:the (?:original|earlier|previous|first) (?:headline|title|caption|"
                  r"subheadline|photo caption) (?:of|on|for) this " + _DOC + r"|this (?:story|"
                  r"article|post|report)['\u2019]s (?:original|earlier|previous|first) (?:headline|"
                  r"title|caption|subheadline)) (?:was|read|said|stated|called|described|"
                  r"referred)\b", _I), "correction", "generic"),
    # "We have changed the headline", "We reworded the caption" (a verb as often of a plan or a
    # programme: only with a part of the text, and not "the story of our lives")
    (lazy_compile(_LEAD + r"we(?:\s+have\s+|'ve\s+|\s+)(?:(?:since|now|also)\s+)?(?P<verb>changed|"
                  r"revised|reworded|altered|modified|fixed) (?:the|our|this) (?:headline|"
                  r"subheadline|caption|photo caption|title|wording|standfirst|(?:article|story|"
                  r"post|piece|report)(?! of\b))\b", _I), "_we", "generic"),
    # "We have corrected the spelling of the harbour master's name", "We corrected two figures"
    # (a fact of the text put right, named by its kind)
    (lazy_compile(_LEAD + r"we(?:\s+have\s+|'ve\s+|\s+)(?:(?:since|now|also)\s+)?(?P<verb>corrected|"
                  r"fixed|amended) (?:the|a|an|two|three|several|some) (?:[\w'-]+ )?(?:spelling|"
                  r"name|date|figure|number|caption|quote|quotation|attribution|age|title|location|"
                  r"typo|error|mistake)s?\b", _I), "_we", "generic"),
    # A part of this story changed: "A quote in this story has been corrected", "Two paragraphs
    # have been removed from this article", "The third paragraph of this story was amended".
    (lazy_compile(_LEAD + r"(?:an?|the|one|two|three|some|several|\w+) (?:[\w'-]+ ){0,3}?(?:"
                  rf"(?:in|of|on|from|within) this {_DOC} (?:has been|have been|was|were|had been) "
                  r"(?:\w+ly )?(?P<verb>corrected|amended|changed|updated|removed|deleted|clarified|"
                  r"revised|fixed|added)|(?:has been|have been|was|were) (?:\w+ly )?(?P<verb2>corrected|"
                  rf"amended|changed|updated|removed|deleted|clarified|revised|added) (?:in|from|to) this "
                  rf"{_DOC})\b", _I), "_part", "generic"),
    # "Correction appended" / "Clarification appended" standing alone (the note is below)
    (lazy_compile(_LEAD + r"(?P<verb>correction|clarification)s? appended\s*[.:]?\s*[\])]?\s*$", _I),
     "_part", "nyt"),
    # Complaint findings a broadcaster publishes: "Finding: Upheld", "Outcome: partly upheld"
    (lazy_compile(_LEAD + r"(?:finding|outcome|decision|ruling|verdict)\s*[:\u2014\u2013-]\s*"
                  r"(?:(?:partly|partially) )?(?P<verb>upheld|resolved)\b", _I), "_part", "generic"),
    # "This is an updated version of a story first published on ...", "This is a corrected
    # version of ..."
    (lazy_compile(_LEAD + r"this (?:is|was) an? (?P<verb>updated|corrected|revised|amended|"
                  rf"clarified) version of (?:this|an?|the|our) (?:[\w.,'-]+ ){{0,3}}?{_DOC}\b", _I),
     "_version", "generic"),
    # A republished story's line: "This story was first published on Feb. 3. It was updated
    # on Feb. 5 to correct ..." (a note only when it goes on to say it was changed).
    (lazy_compile(_LEAD + rf"this {_DOC} was (?:first|originally) published\b", _I),
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
# Each language's labels, singular and plural, with the inflections newsrooms print.
_INTL_LABELS = (
    ((r"fe de (?:errores|erratas)|correcci[oó]n(?:es)?|rectificaci[oó]n(?:es)?|"
     r"korrektur(?:en|hinweis|hinweise)?|richtigstellung(?:en)?|berichtigung(?:en)?|"
     r"rectificatifs?|rectification|correctifs?|errat(?:um|a)|errata corrige|rettific(?:a|he)|"
     r"correzion[ei]|erramos|corre(?:c)?[cç](?:[aã]o|[oõ]es)|retifica[cç](?:[aã]o|[oõ]es)|"
     r"rectifica[cç](?:[aã]o|[oõ]es)|correctie(?:s)?(?: (?:en|&) aanvullingen?)?|"
     r"rectificaties?|rechtzetting(?:en)?|herstel(?:ling)?|verbetering(?:en)?"), "correction"),
    ((r"aclaraci[oó]n(?:es)?|nota aclaratoria|klarstellung(?:en)?|pr[eé]cisions?|mise au point|"
      r"precisazion[ei]|esclarecimentos?|verduidelijking(?:en)?"), "clarification"),
    ((r"nota (?:de la redacci[oó]n|del (?:editor|director)|della (?:redazione|direzione)|"
     r"dell['\u2019]editore|da reda[cç][aã]o|do editor|editorial)|in eigener sache|"
     r"(?:anmerkung|hinweis|notiz) (?:der|d\.) ?red(?:aktion|\.)|anm\. d\. red\.?|"
     r"note de la r[eé]daction|note de l['\u2019][eé]diteur|noot (?:van de )?redactie|"
     r"naschrift (?:van de )?redactie"), "editors-note"),
    ((r"actualizaci[oó]n|aktualisierung|mise [aà] jour|aggiornamento|atualiza[cç][aã]o|"
      r"actualiza[cç][aã]o|actual\.|update|bijwerking"), "update"),
    ((r"retractaci[oó]n|retirada|r[eé]tractation|ritrattazione|retrata[cç][aã]o|intrekking"),
     "withdrawal"),
)
_INTL_FORMS: tuple[_Form, ...] = tuple(
    (lazy_compile(_LEAD + rf"(?:{label})" + _LABEL_TAIL + r"(?:[:\u2014\u2013]|\](?=\s))", _I), kind,
     "_intl")
    for label, kind in _INTL_LABELS
) + (
    (lazy_compile(_LEAD + langs.RUNON_UPDATE, _I), "update", "_runon"),
) + (
    (lazy_compile(_LEAD + r"(?:(?:una|la) versi[oó]n (?:anterior|previa|original|inicial) de "
                  r"(?:este|esta|la|el)|in einer (?:fr[uü]heren|vorherigen|[aä]lteren|ersten) "
                  r"(?:version|fassung) (?:dieses|des|dieser)|(?:une|la) version (?:pr[eé]c[eé]dente|"
                  r"ant[eé]rieure|initiale) de (?:cet|cette|l['\u2019]))\s*" + _INTL_DOC + r"\b", _I),
     "correction", "_ev_intl"),
    # The earlier version in Italian, Portuguese and Dutch, and the other Spanish, German and
    # French ways of saying it ("In una versione precedente di questo articolo", "Numa versão
    # anterior deste texto", "In een eerdere versie van dit artikel", "Dans une précédente
    # version de cet article", "In der ursprünglichen Fassung dieses Textes").
    (lazy_compile(_LEAD + r"(?:(?:in |nella )?(?:una |la )?(?:precedente |prima )?versione "
                  r"(?:precedente |originale |iniziale |precedentemente pubblicata )?(?:di|del|dell['\u2019]|"
                  r"della)\s*(?:questo|questa|quest['\u2019])?|(?:em |n)?(?:uma|a) vers[aã]o (?:anterior|"
                  r"original|inicial|pr[eé]via) d(?:este|esta|o|a)|(?:in )?(?:een|de) (?:eerdere|vorige|"
                  r"oorspronkelijke|oudere) versie van (?:dit|het|deze)|(?:en )?(?:una|la) versi[oó]n "
                  r"(?:anterior|previa|original|inicial|precedente) de (?:este|esta|la|el)|(?:in |bei )?"
                  r"(?:einer|der|eine) (?:fr[uü]her(?:e|en)|vorherig(?:e|en)|[aä]lter(?:e|en)|erst(?:e|en)|"
                  r"urspr[uü]nglich(?:e|en)) (?:version|fassung) (?:dieses|des|dieser|der)|(?:dans )?"
                  r"(?:une|la) (?:pr[eé]c[eé]dente|premi[eè]re) (?:version|mouture) de (?:cet|cette|"
                  r"l['\u2019]))\s*(?:" + _INTL_DOC[3:-1] + r"|articolo|pezzo|testo|servizio|artigo|"
                  r"reportagem|not[ií]cia|mat[eé]ria|coluna|artikel|stuk|bericht|verhaal)\b", _I),
     "correction", "_ev_intl"),
    # This article was corrected / updated / withdrawn, in Italian, Portuguese and Dutch.
    (lazy_compile(_LEAD + r"(?:(?:questo|quest['\u2019]) ?(?:articolo|pezzo|testo) [eè] stato|"
                  r"(?:este|esta) (?:texto|artigo|reportagem|not[ií]cia|mat[eé]ria) foi|"
                  r"(?:dit|het|deze) (?:artikel|stuk|bericht|verhaal) is)\s+(?:(?:[^.]|(?<=\d)\.){0,40}\s)?"
                  r"(?P<verb>corrett[oa]|modificat[oa]|rettificat[oa]|aggiornat[oa]|integrat[oa]|"
                  r"corrigid[oa]|retificad[oa]|alterad[oa]|atualizad[oa]|gecorrigeerd|verbeterd|"
                  r"aangepast|gewijzigd|bijgewerkt|geactualiseerd|aangevuld)\b", _I),
     "_intl_verb", "generic"),
    (lazy_compile(_LEAD + r"(?:(?:dieser|der|die|diese) (?:artikel|text|beitrag|bericht|meldung) "
                  r"(?:wurde|ist) (?:[\w\s]{0,30}\s)?(?:zur[uü]ckgezogen|entfernt|depubliziert|"
                  r"gel[oö]scht)|(?:cet|l['\u2019]) ?(?:article|texte) a [eé]t[eé] (?:retir[eé]|"
                  r"supprim[eé]|d[eé]publi[eé])|(?:este|el|esta|la) (?:art[ií]culo|texto|reportaje|"
                  r"noticia|informaci[oó]n) (?:ha sido|fue) (?:retirad|eliminad|despublicad)[oa]|"
                  # ("Este artículo se publicó por error y ha sido retirado": this one only, not
                  # a law's "el artículo")
                  r"(?:este|esta) (?:art[ií]culo|texto|reportaje|noticia|informaci[oó]n) "
                  r"[^.;]{0,60}? (?:y|e) (?:ha sido|fue) (?:retirad|eliminad|despublicad)[oa]|"
                  r"(?:questo|quest['\u2019]|l['\u2019]) ?(?:articolo|testo) [eè] stato (?:rimosso|"
                  r"ritirato)|(?:este|o|esta|a) (?:artigo|texto|reportagem|not[ií]cia|mat[eé]ria) foi "
                  r"(?:retirad|removid|despublicad)[oa]|(?:dit|het) (?:artikel|stuk|bericht) is "
                  r"(?:ingetrokken|verwijderd|teruggetrokken|offline gehaald))\b"
                # "Wir haben diesen Artikel zurückgezogen", "Nous avons retiré cet article",
                # "Hemos retirado este artículo", "Abbiamo ritirato l'articolo", "Retiramos o
                # texto", "We hebben dit artikel ingetrokken".
                r"|(?:wir haben (?:diesen|den|unseren) (?:artikel|text|beitrag|bericht) "
                r"(?:zur[uü]ckgezogen|entfernt|gel[oö]scht|depubliziert)|nous avons (?:retir[eé]|"
                r"supprim[eé]|d[eé]publi[eé]) (?:cet|l['\u2019]|notre) ?(?:article|texte)|"
                r"(?:hemos|han) (?:retirado|eliminado|despublicado) (?:este|esta|el|la|nuestr[oa]) "
                r"(?:art[ií]culo|texto|reportaje|noticia|informaci[oó]n)|abbiamo (?:rimosso|ritirato) "
                r"(?:questo|quest['\u2019]|l['\u2019]|il nostro) ?(?:articolo|testo|pezzo)|"
                r"(?:retiramos|removemos|despublicamos) (?:este|esta|o|a) (?:artigo|texto|"
                r"reportagem|not[ií]cia|mat[eé]ria)|we hebben (?:dit|het|ons) (?:artikel|stuk|bericht) "
                r"(?:ingetrokken|verwijderd|offline gehaald))\b", _I),
     "withdrawal", "generic"),
    (lazy_compile(_LEAD + r"(?:(?:este|esta) " + _INTL_NEWS + r" (?:ha sido|fue|se ha)|(?:dieser|"
                  r"diese|der|die) " + _INTL_NEWS + r" wurde|(?:cet|cette) " + _INTL_NEWS
                  + r" a [eé]t[eé])\s+(?:(?:[^.]|(?<=\d)\.){0,40}\s)?(?P<verb>corregid[oa]|rectificad[oa]|"
                  r"modificad[oa]|actualizad[oa]|korrigiert|berichtigt|aktualisiert|ge[aä]ndert|"
                  r"erg[aä]nzt|corrig[eé]e?|rectifi[eé]e?|modifi[eé]e?|mis[e]? [aà] jour|"
                  r"actualis[eé]e?)\b", _I), "_intl_verb", "generic"),
)
# Each language's labels, earlier-version openings and "this text was changed" sentences, from
# the tables in :mod:`versiontrack.audit.langs` (tried after the forms above).
_LANG_TAIL = langs.WHEN + r"\s*(?:\([^)]{0,60}\))?\s*(?:[:\u2014\u2013]|\](?=\s))"
_LANG_FORMS: tuple[_Form, ...] = tuple(
    (lazy_compile(_LEAD + rf"(?:{label})" + _LANG_TAIL, _I), kind, "_intl")
    for label, kind in langs.LABELS
) + (
    (lazy_compile(_LEAD + rf"(?:{langs.SOFT_LABEL})" + _LANG_TAIL, _I), "_soft", "_lang"),
    (lazy_compile(_LEAD + rf"(?:{langs.EARLIER})\b", _I), "_earlier", "_lang"),
    (lazy_compile(_LEAD + langs.WITHDRAWS, _I), "withdrawal", "generic"),
    (lazy_compile(_LEAD + rf"(?:{langs.CHANGED})\b", _I), "_changed", "_lang"),
    (lazy_compile(_LEAD + langs.DEF_CHANGED + rf"(?:{langs.PARTICIPLES})\b" + langs.WHEN
                  + langs.DEF_FOLLOW, _I), "_changed", "_lang"),
    (lazy_compile(_LEAD + rf"(?:{langs.NOUNS}\s+)?(?:{langs.PARTICIPLES})\b" + langs.WHEN
                  + langs.STAMP, _I), "_changed", "_lang"),
    # a fix told in brackets: "[Texto corregido. No había encontrado la rectificación ...]"
    (lazy_compile(r"^\s*\[\s*(?:" + langs.NOUNS + r"\s+)?(?:" + langs.PARTICIPLES
                  + r")\b[^\]]{0,300}\]\s*$", _I), "_changed", "_lang"),
)
_FORMS = _FORMS + _INTL_FORMS
# The language tables' forms are tried only when a paragraph's head holds one of their cues.
_ALL_FORMS = _FORMS + _LANG_FORMS
# A label standing alone as a heading ("Fe de errores", "Correction"), the note below it.
# (with the outlet's name in capitals and a date after it: "RECHTZETTING VTM NIEUWS 11/12/2018",
# "Verduidelijking VTM NIEUWS 16 januari 2015")
_HEAD_TAIL = (r"(?:\s+(?-i:[A-Z][A-Z0-9&.'-]+)){0,4}(?:\s*,?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|"
              r"\d{1,2}\.? [^\W\d]+ \d{4}|\d{4}-\d{2}-\d{2}))?")
_HEAD_TAIL_END = lazy_compile(_HEAD_TAIL + r"$")
_LABEL_ONLY = lazy_compile(
    r"^[\s*_#]*(?:corrections?|clarifications?|editors?['\u2019]?s? note|"
    + "|".join(label for label, _ in _INTL_LABELS) + r")" + _HEAD_TAIL + r"\s*[:.]?[\s*_]*$", _I)
_LANG_LABEL_ONLY = lazy_compile(
    r"^[\s*_]*(?:" + "|".join(label for label, _ in langs.LABELS) + r")" + _HEAD_TAIL
    + r"\s*[:.]?[\s*_]*$", _I)

# An update's dated heading on its own line, the update in the paragraph under it: "Update
# (March 2025)", "UPDATE, 6:45 p.m.", "Status update 2014-06-16 9:00 +0000". (A bare "Update"
# heading may head a section; a participle with a date is a stamp: "Updated May 3, 2025".)
_UPDATE_HEADING = lazy_compile(
    r"^[\s*_#]*(?:(?:important|note|please note)\s*[:\u2013\u2014-]\s*)?(?:status\s+)?update\s*"
    r"[,:\u2013\u2014-]?\s*\(?\s*(?:" + _WHEN + r"|"
    + _MONTH_RE + r"\.?\s+\d{4})(?:\s*[+-]\d{4})?\s*\)?\s*[:.]?[\s*_]*$"
    # its date or time in brackets, in any language's way of writing it: "UPDATE (Mittwoch, 08.
    # Mai / 16:16 Uhr):", "Update (3/5, 9 a.m.):"
    r"|^[\s*_#]*update\s*\((?=[^)]{0,60}\d)[^)\n]{1,60}\)\s*:[\s*_]*$"
    # set off by rows of stars: "*** UPDATED ***"
    r"|^\s*\*{2,}\s*updated?\s*\*{2,}\s*$"
    # the label in another language (capitals often drop the accent) over a day and month in
    # figures, with a time or not: "MISE A JOUR 12/10 - 13h", "Actualización 3/5, 14:20",
    # "Aktualisierung 12.10., 13.05 Uhr"
    r"|^[\s*_#]*(?:mise [a\u00e0] jour|actualizaci[o\u00f3]n|aggiornamento|atualiza[c\u00e7]"
    r"[a\u00e3]o|actualiza[c\u00e7][a\u00e3]o|aktualisierung|update)\s*[,:\u2013\u2014-]?\s*\(?\s*"
    r"\d{1,2}[./]\d{1,2}(?:[./](?:\d{2}|\d{4}))?\.?(?:\s*[,\u2013\u2014-]?\s*(?:[a\u00e0]\s+|ore\s+)?"
    r"\d{1,2}(?:\s*(?:h|:|\.)\s*(?:\d{2})?|(?=\s*$))(?:\s*uhr)?)?\s*\)?\s*[:.]?[\s*_]*$"
    # in square brackets with when it was posted: "[Breaking news update, posted at 3:35 p.m. ET]"
    r"|^\s*\[\s*(?:[\w-]+\s+){0,2}update\b(?=[^\]]{0,60}\d)[^\]\n]{0,60}\]\s*$", _I)
_DATE_ONLY = lazy_compile(r"^[\s\*_]*(?:corrections?(?:\s+appended)?|editors?['\u2019]?s? note)\s*[:\u2014\u2013]?\s*,?\s*(?:"
                          + _DATE_RE.pattern + r")\s*\.?[\s\*_]*$", _I)
# What a note says a change was for: an update made to correct is a correction.
_TO_CORRECT = lazy_compile(r"\bto (?:correct|fix|amend)\b|\b(?:reflect|include|add|note|append) "
                           r"(?:a|the|this|the following) corrections?\b|\bto remove an? (?:error|erroneous|"
                           r"incorrect|inaccurate|mistaken)|\bpara (?:corregir|rectificar)\b|"
                           r"\bzu (?:korrigieren|berichtigen)\b|\bpour (?:corriger|rectifier)\b", _I)
_TO_CLARIFY = lazy_compile(r"\bto (?:clarify|make clear)\b|\bto (?:more (?:accurately|fully|clearly|"
                           r"precisely)|better) (?:reflect|describe|characteri[sz]e|explain|state|"
                           r"represent|convey)\b|\bto (?:provide|add|include) (?:more |additional |further )?"
                           r"context\b", _I)
# What an edit made for house style says: not a correction.
_FOR_LENGTH = lazy_compile(r"\bfor (?:length|clarity|brevity|style|space)\b|\bcondensed\b", _I)
# An edit made to fit a text to this page (republication, length), in each language: "modified
# to be included on this site", "pour être inclus sur ce site", "für diese Seite gekürzt".
_FOR_THIS_PAGE = lazy_compile(
    r"\b(?:to be (?:included|published|republished)|for (?:inclusion|republication|publication) "
    r"(?:on|in)|(?:on|for) this (?:site|website|page|platform)|pour (?:être (?:inclus|publi[eé]|"
    r"repris)|ce site|la republication)|sur ce site|f[uü]r (?:diese (?:seite|website|plattform)|"
    r"die (?:ver[oö]ffentlichung|zweitver[oö]ffentlichung))|gek[uü]rzt|para (?:su publicaci[oó]n|"
    r"ser (?:inclu[ií]d|publicad)|este sitio)|per (?:essere (?:incluso|pubblicato)|questo sito)|"
    r"voor (?:deze site|publicatie)|ingekort)\b"
    # adapted from another work, not changed: "Dit artikel is aangepast van een sessie"
    r"|^\s*(?:van|from|von|aus|d['\u2019]apr[eè]s|desde|a partir de)\s+(?:een|a|an|the|einem|"
    r"einer|un|une|uno|una|um|uma)\b", _I)


def _fixes(text: str) -> bool:
    """Whether ``text`` says a fault was put right (an error word, "to correct", a fix)."""
    return bool(_TO_CORRECT.search(text) or re.search(_ERROR_WORDS, text, _I)
                or states_a_fix(text))


_ANON_NAMES = lazy_compile(
    r"\b(?:names?|namen?|vornamen?|(?:pr[eé])?noms?|nombres?|nomi|nomes?|naam|namen)\b[^.]{0,80}?"
    r"\b(?:changed|altered|ge[aä]ndert|ver[aä]ndert|modifi[eé]s?|chang[eé]s?|cambiad[oa]s?|"
    r"modificat[io]|cambiat[io]|alterad[oa]s?|trocad[oa]s?|gewijzigd|veranderd)\b", _I)
_ANON_WHY = lazy_compile(
    r"anonym|\bprotect|sch[uü]tz|\bidentit|privacy|privatsph|prot[eé]g|\bproteg|tutel|"
    r"\bprivacidad|\bprivacidade|\bbeschermen|\bsafety|sicherheit|s[eé]curit|seguridad|"
    r"sicurezza|seguran[cç]a|veiligheid", _I)


def _fitted_to_page(rest: str) -> bool:
    """An edit that fitted the text to this page and put nothing right (see _FOR_THIS_PAGE)."""
    return _FOR_THIS_PAGE.search(rest) is not None and not _fixes(rest)


def _promises_only(text: str) -> bool:
    """Every sentence of ``text`` promises updates to come (False when it has none)."""
    sents = note_sentences(text)
    return bool(sents) and all(_PROMISE.search(x) for x in sents)


def _standing(rest: str) -> bool:
    """What follows a label that makes it no note: names changed to protect people, only a
    promise of updates, or an invitation to report errors ("Corrections: If you are aware of
    an inaccuracy, ...")."""
    return (_anonymised(rest) and not _fixes(rest)) or _promises_only(rest) or \
        _INVITATION.match(rest) is not None


_INVITATION = lazy_compile(r"^\W*(?:if you (?:are aware of|see|spot|find|notice|believe|think|have "
                           r"(?:found|seen|spotted))|to (?:report|request|submit) (?:an? )?"
                           r"(?:error|correction|mistake|inaccuracy)|(?:please )?(?:contact|e-?mail|"
                           r"write to|tell) us\b)", _I)


def _transparency_only(label: str, rest: str) -> bool:
    """A "Transparenzhinweis" that discloses circumstances or interests ("Das Gespräch wurde
    vor der Krise geführt"), not a change to the text ("Wir haben den Artikel an einer Stelle
    präzisiert")."""
    return "transparenz" in label.lower() and not (_A_CHANGE.search(rest) or
                                                   _ED_CHANGE.search(rest) or
                                                   _DE_CHANGED.search(rest))


# The German verbs of a text changed that _A_CHANGE does not hold
_DE_CHANGED = lazy_compile(r"\b(?:pr[aä]zisiert|erg[aä]nzt|[uü]berarbeitet|angepasst|entfernt|"
                           r"gel[oö]scht|umformuliert|nachgetragen)\b", _I)


def _anonymised(text: str) -> bool:
    """Names changed to protect the people in a story, in each language: a standing disclosure
    of how the story was written, not a change to it."""
    return any(_ANON_NAMES.search(x) and _ANON_WHY.search(x) for x in note_sentences(text))


# A promise of updates to come, not a note of one made.
_PROMISE = lazy_compile(r"\bwill be updat|\bwill (?:continue to |keep )?updat\w*\b"
                        # (not a publisher's new schedule: "will update data on this page
                        # weekly on Thursdays")
                        r"(?! (?:the |its |their |these )?(?:data|figures|numbers|counts|tables|"
                        r"files|dashboards?)\b)|\bcheck back\b|\bdeveloping (?:story|news)\b|"
                        r"\bstay tuned\b|\bupdates? to follow\b|\bmore (?:to come|details to follow)\b|"
                        r"\bis being updated\b|\bas (?:more )?(?:information|details) (?:becomes? "
                        r"available|emerges?)|"
                        # the same promise in the other languages: "wird laufend aktualisiert",
                        # "sera mis à jour", "se irá actualizando", "in aggiornamento", ...
                        r"\bwird (?:\w+ ){0,6}?(?:aktualisiert|erg[aä]nzt)|\b(?:fort)?laufend "
                        r"aktualisiert|\bsera (?:\w+ )?(?:mis à jour|actualis[eé])|"
                        r"\ben cours (?:d'actualisation|de mise à jour)|\bser[aá] actualizad|"
                        r"\bse (?:ir[aá] )?actualizar[aá]|\bse (?:ir[aá] |va )?actualizando|"
                        r"\b(?:sar[aà]|verr[aà]) aggiornat|\bin aggiornamento\b|"
                        r"\bser[aá] atualizad|\bem atualiza[cç][aã]o\b|"
                        r"\b(?:wordt|zal worden) (?:\w+ ){0,3}?(?:bijgewerkt|aangevuld)", _I)
_WITHDRAWN_INTL = lazy_compile(r"\b(?:zur[uü]ckgezogen|depubliziert|retir[eé]e?|d[eé]publi[eé]e?|"
                               r"retirad[oa]|despublicad[oa]|ritirat[oa]|rimoss[oa]|removid[oa]|"
                               r"ingetrokken|offline gehaald)\b", _I)
# Something taken out of this text, not the text withdrawn: "retiré de cet article", "rimosso
# dall'articolo", "retirado deste texto", "aus diesem Artikel entfernt"
_FROM_THIS_TEXT = lazy_compile(
    r"\b(?:de (?:cet|cette|ce|l['\u2019])|dall['\u2019]|dal|dalla|da questo|da questa|deste|desta|"
    r"do|da|de este|de esta|del|aus (?:diesem|dem)|uit (?:dit|het|deze)) ?(?:article|articolo|"
    r"testo|texte|texto|artigo|art[ií]culo|artikel|text|beitrag|bericht|pezzo|mat[eé]ria|"
    r"reportagem|noticia|not[ií]cia|stuk)\b", _I)
# What else makes an editor's note in the other languages one about the story: regret or
# confusion owned ("Lamentamos la confusión"), a counter-statement printed under the press law
# ("obige Gegendarstellung", "droit de réponse").
_ED_INTL_OWNS = lazy_compile(
    r"\b(?:lamenta\w*|bedauer\w*|regrett\w*|rammaric\w*|betreur\w*|confusi[oó]n|confusion|"
    r"verwirrung|confusione|confus[aã]o|verwarring|gegendarstellung\w*|droit de r[eé]ponse|"
    r"derecho (?:de|a) (?:r[eé]plica|rectificaci[oó]n)|diritto di (?:replica|rettifica)|"
    r"direito de resposta|weerwoord)\b", _I)
# A change told in any language's words: "wurde ergänzt", "a été modifié", "corregido".
_LANG_CHANGE_WORD = lazy_compile(r"\b(?:" + langs.PARTICIPLES + r")\b|" + langs.CHANGED, _I)
_TO_CLARIFY_INTL = lazy_compile(r"\b(?:klarzustellen|pr[eé]ciser|aclarar|precisare|chiarire|"
                                r"esclarecer|deixar claro|verduidelijk|"
                                + langs.NOT_MADE_CLEAR + r")", _I)
_ERROR_VERB = lazy_compile(r"\s*,?\s*(?:(?:also|originally)\s+)?(?:mis[a-z]+ed|incorrectly|"
                           r"erroneously|wrongly|inaccurately|mistakenly|said|stated|reported|"
                           r"gave (?:the |an? )?(?:wrong|incorrect)|referred incorrectly|"
                           r"did not (?:make clear|specify|include|say|note|disclose))\b", _I)
_CHANGED = lazy_compile(r"\b(?:updated|amended|corrected|revised|changed|edited)\b|"
                        r"\bcontinue[sd]? to (?:update|revise)\b", _I)
# Where a piece first ran, or what it is taken from: a republication line, not a change ("This
# essay first appeared in ...", "This story was originally published ...", "This article is
# adapted from ...", "A version of this column ran in ...").
_PROVENANCE = lazy_compile(
    r"\s*(?:this|the following|an? (?:earlier |shorter |longer |different )?version of this) "
    r"(?:[\w-]+ ){0,2}?(?:(?:was|is|has been) )?(?:(?:originally|first|previously) (?:published|"
    r"appeared|ran|aired|posted|printed|broadcast)|(?:published|appeared|ran|aired|posted|printed) "
    r"(?:originally|first)|(?:adapted|excerpted|reprinted|republished|taken|drawn) from"
    # where it is in print: "This piece appears in the June 6 issue of the Review."
    r"|(?:appears|appeared|is published|runs|ran) in (?:the |a |an |our )?[^.;]{0,60}?\b(?:issue|"
    r"edition|print edition)\b)\b", _I)
# ... or all that follows "An earlier version of this article": "was published on Dec. 11,
# 2015.", "appeared in the Sunday magazine."
_FIRST_RAN = lazy_compile(
    r"\s*(?:was|were|has been|had been|first|originally)?\s*(?:first |originally )?(?:published|"
    r"appeared|ran|aired|posted|printed|broadcast)\s+(?:on|in|at|by)\s+(?:[^.;:]|\.(?= \d)|"
    r"\.(?=[a-z]))"  # (a site's name: "on TheHill.com")
    r"{1,60}?[.]?\s*$", _I)
# ... and in the other languages, after "Eine frühere Version dieses Textes": "erschien 2019 in
# der Zeit", "a été publiée dans Le Monde", "fue publicada en", "è stata pubblicata su", "foi
# publicada na", "verscheen in" (a republication line too, unless it names an error or a change)
_FIRST_RAN_INTL = lazy_compile(
    r"\s*,?\s*(?:(?:de|du|di|del|della|do|da|van|dieses|des)\s+(?:\S+\s+){1,2}?)?"
    r"(?:erschien\b|ist (?:[^.;:]{1,40} )?erschienen\b|wurde (?:[^.;:]{1,40} )?"
    r"ver[oö]ffentlicht\b|a (?:d['\u2019]abord |initialement |(?:[eé]t[eé] )?)(?:publi[eé]e?|paru|"
    r"diffus[eé]e?)\b|est (?:d['\u2019]abord |initialement )?parue?\b|(?:fue|ha sido) "
    r"(?:\w+ )?publicad[oa]\b|se public[oó]\b|apareci[oó]\b|[eè] stat[oa] (?:\w+ )?pubblicat[oa]\b|"
    r"[eè] (?:appars|uscit)[oa]\b|foi (?:\w+ )?publicad[oa]\b|saiu\b|apareceu\b|verscheen\b|"
    r"is (?:\w+ )?verschenen\b|(?:werd|is) (?:\w+ )?gepubliceerd\b)", _I)
_ERR_INTL = lazy_compile(r"[aà] tort|irrt[uü]mlich|f[aä]lschlich|falsch|err[oó]ne|ten onrechte|"
                         r"abusievelijk|por engano|equivocad|per errore|par erreur|por error|"
                         r"\bfout|sbagliat|errad[oa]|incorrect|inexact|inesatt|onjuist", _I)
# Where a piece first ran, said inside an editor's note in any language: a republication line,
# not a change ("paru initialement dans", "se publicó originalmente", "verscheen eerder in"). (A
# content warning, a series or a views disclaimer stays a note: the labelled set counts them.)
_PAGE_NOTE = lazy_compile(
    r"\b(?:originally|first|initially|previously) (?:published|appeared|ran|aired|printed)|"
    r"\b(?:published|appeared|ran|aired|printed) (?:originally|first|initially)\b|"
    # de fr es it pt nl
    r"\b(?:erschien|ist) (?:\w+ )?(?:zuerst|erstmals|urspr[uü]nglich)\b|\b(?:zuerst|erstmals) "
    r"(?:erschienen|ver[oö]ffentlicht)\b|"
    r"\b(?:paru|publi[eé]e?) (?:initialement|d['\u2019]abord|pour la premi[eè]re fois)\b|"
    r"\b(?:se )?public[oó] originalmente\b|\bpublicad[oa] originalmente\b|"
    r"\boriginalmente publicad[oa]\b|"
    r"\bpubblicat[oa] (?:originariamente|originalmente|per la prima volta)\b|"
    r"\bverscheen (?:eerder|eerst|oorspronkelijk)\b|"
    # an excerpt or an advance of a book, in each language
    r"\b(?:an? )?(?:excerpt|extract) (?:from|of)\b|\bauszug aus\b|\bvorabdruck|\bextrait d[eu']|"
    r"\b(?:adelanto|extracto|fragmento|anticipo) de(?:l)?\b|\b(?:estratto|anticipazione) d[ai]\b|"
    r"\b(?:excerto|trecho) d[eoa]\b|\bvoorpublicatie\b|\bfragment uit\b", _I)
# A change or an error named in a note: what keeps it a note whatever else it says.
_A_CHANGE = lazy_compile(
    r"\b(?:updated|amended|corrected|revised|changed|edited|removed|added|error|mistake|incorrect|"
    r"misstat\w*|clarif\w*)\b|korrig|berichtig|aktualisi|ge[aä]ndert|fehler|corrig|rectifi|"
    r"modifi|mis [aà] jour|actualiz|correg|corrett|rettific|aggiornat|atualiz|alterad|erreur|errore|"
    r"\berro\b|errad|gecorrigeerd|aangepast|gewijzigd|bijgewerkt|\bfout", _I)
# ... and what else an editor's note about a change or an error of the story says: an earlier
# version, a fault of the text, a review, a withdrawal, an apology, in each language.
_ED_CHANGE = lazy_compile(
    r"\b(?:earlier|previous|prior|original|initial|first) (?:\w+ )?version|\bversion\b|\bwrong|"
    r"inaccura|\bfalse|fabricat|plagiar|disclos|apolog|regret|withdr|retract|unpublish|"
    r"taken down|(?-i:review)|investigat|verif|fact-?check|did not meet|standards|misidentif|misquot|"
    r"misattribut|misrepresent|misspel|misnam|mislabel|misreport|misprint|misdat|mistitl|"
    r"garbled|\bomit|failed to|\bnot (?:include|mention|note)|pr[uü]f|"
    r"v[eé]rif|verific|onderzo|entfernt|gel[oö]scht|supprim|retir(?!e[ds]?\b|ement|ing)|rimoss|"
    r"ritirat|verwijder|"
    r"entschuldig|excuse|disculpa|scus|desculpa|spijt|falsch|\bfaux|\bfals[oa]\b|onjuist|"
    r"sbagli|equivoc|irrt[uü]m|versehen|erron", _I)
# The other languages' correction labels with no colon before the text's first capital: the
# heading and the note run together in a scraped page ("Correctie Boven de lezersbrief ...").
_BARE_LABEL = lazy_compile(
    _LEAD + r"(?P<label>correctie|rectificatie|korrektur|berichtigung|richtigstellung|rectificatif|"
    r"erratum|correcci[oó]n|fe de errores|fe de erratas|rettifica|errata corrige|corre(?:c)?[cç][aã]o|"
    r"errata)\s+(?=(?-i:[A-ZÄÖÜÉÈÀ]))", _I)
_ERR_IN_LABELLED = lazy_compile(
    r"\b(?:verkeerd\w*|onjuist\w*|fout\w*|abusievelijk|falsch\w*|fehler\w*|irrt[uü]mlich\w*|"
    r"f[aä]lschlich\w*|erreur|erron[eé]\w*|inexact\w*|error\w*|err[oó]ne\w*|equivoc\w*|"
    r"incorrect\w*|errore|erroneamente|sbagli\w*|inesatt\w*|erro|errad\w*|incorret\w*|"
    r"errou|erramos|errámos)\b", _I)


# What a content advisory under an editor's-note label is about, in each language.
_ADVISORY = lazy_compile(
    r"\bsuizid|\bselbstt[oö]tung|\bselbstmord|telefonseelsorge|\bsuicid|\bsu[ií]c[ií]di|"
    r"\bzelfdoding|\bself-?harm|\bgraphic (?:content|descriptions?|images?)|\bdisturbing\b|"
    r"\bcontent warning|\btrigger ?warn|\binhaltswarnung|\bverst[oö]rend|\bsensibl\w* thema|"
    r"\bhelpline|\bhotline|\bhilfsangebot|\bcrisis line|\bcontenu sensible|\bimages? choquant|"
    r"\bim[aá]genes? (?:sensibles|fuertes)|\bimmagini (?:forti|crude)|\bimagens? (?:fortes|"
    r"sens[ií]veis)|\bschokkende beelden|113 ?zelfmoordpreventie", _I)
# A standing disclaimer: for information only, no substitute for advice, in each language.
_DISCLAIMER = lazy_compile(
    r"\bfor (?:general )?information(?:al)? purposes\b|\b(?:is|are) not (?:a substitute for|"
    r"intended as) (?:\w+ )?advice\b|\bdoes not (?:replace|constitute) (?:\w+ )?advice\b|"
    r"\binformationszwecke|\bersetzt? keine (?:\w+ )?beratung|\bstell(?:t|en) keine (?:\w+ )?"
    r"(?:beratung|empfehlung)|\bne (?:remplace|constitue) pas (?:un |une )?(?:\w+ )?(?:avis|"
    r"conseil|consultation)|\bno (?:sustituye|reemplaza|constituye) (?:\w+ )?(?:asesoramiento|"
    r"consejo|consulta)|\bnon (?:sostituisce|costituisce) (?:\w+ )?(?:consulenza|parere|"
    r"consiglio)|\bn[aã]o (?:substitui|constitui) (?:\w+ )?(?:aconselhamento|consulta|"
    r"recomenda)|\bvervangt geen (?:\w+ )?advies|\bfins informativos|\bfines informativos|"
    r"\bscopo informativo|\bbut informatif"
    # affiliate links: "Dieser Artikel enthält Affiliate-Links", "link di affiliazione"
    r"|\baffiliate[- ]?links?\b|\blink di affiliazione\b|\bliens? (?:d['\u2019])?affili|"
    r"\benlaces? de afiliad|\blinks? de afiliad|\bpartnerlinks?\b", _I)
_TIME_STAMP = lazy_compile(
    r"^\s*(?:updated?|published|posted|last updated)\b[\s:,]*(?:on\s+)?(?:"
    rf"\d+\s+\w+\s+ago|{_DATE_RE.pattern}|\d{{1,2}}[:.]\d{{2}}|{_MONTH_RE}|today|yesterday|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|just now)", _I)
_STAMP_WORDS = lazy_compile(
    r"\b(?:ago|hours?|hrs?|minutes?|mins?|seconds?|days?|a\.?m\.?|p\.?m\.?|(?-i:[A-Z]{2,4})|GMT[+-]?\d*|"
    r"UTC[+-]?\d*|on|at|published|posted|updated?|last|today|yesterday|just|now|mon|tue|wed|thu|"
    r"fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d[\d:.,]*)\b|[|,:.+\-]",
    _I)


# A site's message for a page it cannot find ("The earlier version of this article you
# requested was not found. Please check the URL"), in each language.
_NOT_FOUND = lazy_compile(
    r"\b(?:(?:was|could) not (?:be )?found|non [eè] stat[oa] trovat[oa]|nicht gefunden|"
    r"introuvable|n['\u2019]a pas [eé]t[eé] trouv[eé]e?|no (?:se )?(?:ha )?(?:podido )?(?:sido )?"
    r"encontrad[oa]|n[aã]o foi encontrad[oa]|niet gevonden)\b[^.]{0,40}[.!]?\s*(?:\|\s*)?"
    r"(?:please )?(?:check|controlla|verifica|v[eé]rifiez|pr[uü]fen|revise|comprueba|controleer)"
    r"\w*\b[^.]{0,40}\b(?:url|address|link|indirizzo|adresse|direcci[oó]n|endere[cç]o|adres)\b"
    # the page's own words for the page asked for: "The earlier version of this article you
    # requested was not found." (the check-the-address line may be a paragraph of its own)
    r"|\b(?:you (?:have )?requested|che hai richiest[oa]|que vous avez demand[eé]e?|que (?:has|ha) "
    r"solicitado|die sie angefordert haben|die u hebt opgevraagd|que voc[eê] solicitou),?\s*"
    r"(?:(?:was|could) not (?:be )?found|non [eè] stat[oa] trovat[oa]|n['\u2019]a pas [eé]t[eé] "
    r"trouv[eé]e?|no (?:se )?(?:ha )?(?:sido )?encontrad[oa]|wurde nicht gefunden|is niet gevonden|"
    r"n[aã]o foi encontrad[oa])",
    _I)

# A scholarly publisher's retraction notice, which points to the publisher's policy on
# withdrawing articles: not a newsroom's.
_SCHOLARLY = lazy_compile(r"\bpolicy on article withdrawal\b|\b(?:Elsevier|Springer(?: Nature)?|"
                          r"Wiley|Taylor (?:&|and) Francis)(?:'s)? (?:\w+ )?polic(?:y|ies)\b"
                          # the journals' retraction template: the authors' stance on it
                          r"|\b(?:do|does|did) not agree (?:to|with) (?:this|the) retraction\b"
                          r"|\bdid not respond to (?:any )?correspondence (?:from the (?:editors?|"
                          r"publisher) )?(?:about|relating to|regarding) (?:this|the) retraction\b"
                          r"|\b(?:the )?(?:editors?|publisher) (?:has|have) retracted this "
                          r"(?-i:Article)\b", _I)

# A Chinese or Japanese note label at a paragraph's start, with its date or time if any, then a
# colon or a closing bracket and the note: "更新 (3/2 10:00 JST): ...", "【訂正】...", a full-width colon too
# ("更新日" is a page's date stamp, not a label; a label alone with a date is left as a stamp).
_CJK_KINDS = (("更新|追記|追加情報|補足", "update"), ("訂正|订正|更正|勘誤|勘误|正誤|正误", "correction"),
              ("編集部注|編集部より|編者按|编者按|編按|编按|編註|编注", "editors-note"))
# (the label at a paragraph's start, and the time or date after it)
_CJK_HEAD = r"^[\s\[【（(#*]*(?P<label>" + "|".join(w for w, _ in _CJK_KINDS) + r")(?!日)"
_CJK_DATE = r"[（(][^）)\n]{1,30}[）)]|\d{2,4}[-/年.]\d{1,2}(?:[-/月.]\d{1,2}日?)?"
_CJK_LABEL = lazy_compile(
    _CJK_HEAD + rf"(?:\s*(?:{_CJK_DATE})|\s*\d{{1,2}}月\d{{1,2}}日)?\s*(?:[:：]|[】\]])\s*(?=\S)")


# The label alone with its date ("更新 2020-06-23"), which is also how a page dates itself: a
# note only over a paragraph that speaks of an earlier version, a fix or an error.
_CJK_LABEL_ONLY = lazy_compile(_CJK_HEAD + rf"\s*(?:{_CJK_DATE})?\s*[:：】\]]?\s*$")
_CJK_CHANGE = lazy_compile(r"以前|前の|旧版|バージョン|版では|修正|訂正|误|誤|更正|错|錯|变更|變更|改正")


def _cjk_hit(t: str) -> _Hit | None:
    """A paragraph opening with a Chinese or Japanese note label (see :data:`_CJK_LABEL`)."""
    m = _CJK_LABEL.match(t)
    if m is None or len(t) - m.end() < 6:
        return None
    label = m.group("label")
    kind = next(k for words, k in _CJK_KINDS if re.fullmatch(words, label))
    return _Hit(kind, "generic")


# The AP's breaking-news top over the story it replaces: "This is a breaking news update" and
# a pointer to the earlier story below it (an update; with no earlier story under it, the top of a
# first version says only that more is coming)
_BREAKING_UPDATE = lazy_compile(r"^this is a breaking news update\b[^.]{0,40}[.!]\s*"
                                r"(?:[\w'\u2019]+ ){0,2}earlier (?:story|version|report)\b", _I)
# An embedded post, by the signature a social network's embed code leaves under it ("— NBC News
# (@NBCNews) October 14, 2018"), or a note shown as an example of one ("Example: 'Correction
# ...'"): someone's post or a specimen, not a note on the text around it.
_EMBEDDED_POST = lazy_compile(
    r"[\u2014\u2013-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+\w+\.? \d{1,2},? \d{4}\s*$", _I)
_SPECIMEN = lazy_compile(
    r"[\s*_]*(?:for )?(?:example|sample|e\.\s?g\.)\s*[:,]?\s*[\"'\u201c\u2018]", _I)
# A letter to the editor, by its salutation: what follows is the writer's, not the newsroom's.
_TO_THE_EDITOR = lazy_compile(
    r"^[\s*_]*(?:dear (?:editor|sir|madam)|sr\.? director|se[nñ]or director|sra\.? directora|"
    r"se[nñ]ora directora|(?:caro|gentile|egregio) direttore|(?:senhor|sr\.?) diretor|"
    r"(?:sehr )?geehrte (?:redaktion|damen und herren)|monsieur le (?:directeur|r[eé]dacteur)|"
    r"geachte (?:redactie|hoofdredacteur))\b", _I)


def _is_stamp(t: str) -> bool:
    """An "Updated 1 hour ago" / "Published 7:03 AM, Feb. 5, 2026" stamp, not a note."""
    if not _TIME_STAMP.match(t):
        return False
    rest = _STAMP_WORDS.sub(" ", _DATE_RE.sub(" ", re.sub(_MONTH_RE, " ", t)))
    return len(rest.split()) < 3


_READER = lazy_compile(r"\b(?:you|your|you're|lol|i think|imho|smh|reply|upvote|tu as raison|"
                       r"vous avez raison|du hast recht|sie haben recht|tienes raz[oó]n|hai ragione|"
                       r"je hebt gelijk|voc[eê] tem raz[aã]o)\b|[?!]{1,}\s*$", _I)
_RULE = lazy_compile(r"^[\s_\-\u2014\u2013*=\u2022\u00b7~#]{3,}$")

_HEAD_TAGS = lazy_compile(
    r"^\s*(?P<tag>(?:CORRECTED|REFILE|RPT|REPEAT|CORRECTION|UPDATE\s*\d*|UPDATED|CLARIFICATION|"
    r"WITHDRAWN|RETRACTED|RETRACTION|KILL|EXCLUSIVE|INSIGHT|ANALYSIS|"
    # the update tag in capitals in the other languages ("AGGIORNAMENTO: ...", "ATUALIZAÇÃO -")
    r"AKTUALISIERUNG|AKTUALISIERT|MISE À JOUR|MIS À JOUR|ACTUALIZACIÓN|ACTUALIZADO|"
    r"AGGIORNAMENTO|AGGIORNATO|ATUALIZAÇÃO|ATUALIZADO|BIJGEWERKT)"
    # a qualifier in brackets: "CORRECTED (OFFICIAL)-", "UPDATE 1 (CORRECTED)-"
    r"(?:\s*\([A-Z][A-Z ]{1,20}\))?\s*(?:-|:|\u2014|\u2013)\s*)"
)
_TAG_KIND = {
    "CORRECTED": ("correction", "reuters"), "CORRECTION": ("correction", "generic"),
    "REFILE": ("update", "reuters"), "RPT": ("update", "reuters"), "REPEAT": ("update", "reuters"),
    "UPDATE": ("update", "generic"), "UPDATED": ("update", "generic"),
    "CLARIFICATION": ("clarification", "generic"), "WITHDRAWN": ("withdrawal", "generic"),
    "KILL": ("withdrawal", "reuters"), "RETRACTED": ("withdrawal", "generic"),
    "RETRACTION": ("withdrawal", "generic"),
    **dict.fromkeys((
        "AKTUALISIERUNG", "AKTUALISIERT", "MISE À JOUR", "MIS À JOUR", "ACTUALIZACIÓN",
        "ACTUALIZADO", "AGGIORNAMENTO", "AGGIORNATO", "ATUALIZAÇÃO", "ATUALIZADO", "BIJGEWERKT"),
        ("update", "generic")),
}


_HEAD_LABEL = lazy_compile(
    r"^\s*(?P<label>corrections?(?:\s*(?:&|and)\s*clarifications?)?|clarifications?|corrigendum|"
    r"retraction|retracted|corrected|clarified|corrections? appended|"
    + "|".join(label for label, _ in _INTL_LABELS[:2]) + r"|korrekturen und klarstellungen)"
    r"(?:\s*$|\s*[:\u2014\u2013]\s+(?=\S))", _I)


# A headline that is a corrections label in one of the language tables, with an article or a
# date ("Die Berichtigung", "Rectificatif du 3 mai", "Fe de errores: ...").
_LANG_HEAD_LABEL = lazy_compile(
    r"^\s*(?:(?:die|der|la|le|el|il|a|o|de|het)\s+)?(?P<label>"
    + "|".join(label for label, kind in langs.LABELS if kind in ("correction", "clarification"))
    + r")" + langs.WHEN + r"(?:\s*$|\s*[:\u2014\u2013]\s+(?=\S)|\s+-\s+(?=\S))", _I)


def _label_kind(label: str) -> str:
    low = label.lower()
    if low.startswith("clarif") or re.fullmatch(_INTL_LABELS[1][0], low, _I) or re.fullmatch(
            "|".join(a for a, kind in langs.LABELS if kind == "clarification"), low, _I):
        return "clarification"
    if low.startswith("retract"):
        return "withdrawal"
    if low == "clarified":
        return "clarification"
    return "correction"


def is_rule(paragraph: str) -> bool:
    """True for a separator paragraph such as ``___`` or ``* * *``."""
    return bool(_RULE.match(paragraph))


def is_stamp(paragraph: str) -> bool:
    """True for a time stamp paragraph: "Last updated on 19 Jan 2021", "Published 7:03 AM"."""
    return _is_stamp(fold(paragraph))


# ---------------------------------------------------------------------------------------------
# One paragraph
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    kind: str
    style: str
    cue: bool = False  # found by cues alone, without a house form or label
    glued: bool = False  # a note after body text in the same paragraph: never stripped


# Every form has one of these near its start: a cheap test before the regular expressions.
_CUES = ("correct", "clarif", "editor", "updat", "amend", "version", "retract", "withdr",
         "taken down", "unpublish", "no longer", "deleted", "offline", "retiramos", "removemos",
         "depubli", "removed",
         "versi\u00f3n", "errores", "erratas", "correcci", "aclaraci", "redacci", "actualiz",
         "korrektur", "richtigstell", "berichtig", "klarstell", "redaktion", "aktualis", "fassung",
         "rectifi", "correg", "erratum", "pr\u00e9cision", "precision", "mise \u00e0 jour", "corrig",
         "modifi", "ge\u00e4ndert", "erg\u00e4nzt",
         "refile", "remove", "delete", "adds", "insert", "recast", "fixes", "rewrite", "kill",
         "change", "versione", "vers\u00e3o", "versie", "rettific", "correzion", "precisazion",
         "corre\u00e7", "retifica", "esclarec", "erramos", "correcti", "rectificati", "herstel",
         "rechtzetting", "verbetering", "verduidelijk", "zur\u00fcckgezogen", "entfernt",
         "gel\u00f6scht", "retir\u00e9", "retirad", "supprim", "rimoss", "ritirat",
         "ingetrokken", "verwijderd", "removid", "corrett", "modificat", "corrigid", "verbeterd",
         "aggiornat", "atualiza", "bijgewerkt", "aangepast", "gewijzigd", "gecorrigeerd",
         "aangevuld", "integrat", "alterad", "nota d", "noot", "naschrift", "anmerkung", "anm.",
         "hinweis", "notiz", "eigener sache", "errat", "mise au point", "retract", "intrekking",
         "note de", "mouture",
         # English labels and verbs beyond the forms' first words
         "note to", "note from", "note added", "note,", "ed. note", "ed note", "publisher",
         "editorial note", "record",
         "corrigend", "amplif", "pulled", "altered", "please", "kill", "upheld", "appended",
         "edited",
         "in this", "from this", "of this", "to this", "we've", "we have", "we amended",
         "we corrected", "we updated", "we clarified", "we removed", "we retracted", "we withdr",
         # an agency's corrective, whose error word may come late: "In a Sept. 15, 2012, story
         # about ..., The Associated Press erroneously reported"
         "associated press", "agence france", "canadian press"
         )


# A broadcaster's corrections item opens with the programme and its date: "Breakfast, BBC One, 3
# February 2026: ...", "Six O'Clock News, 3 Feb: ..."
_PROGRAMME = lazy_compile(rf"^[A-Z][^:,.]{{1,40}}(?:,\s*[^:,.]{{1,30}})?,\s*{_DAY}\s*:\s+(?=\S)"
                        # a programme's or platform's name alone, as a corrections page gives
                        # it: "News Online: ...", "ABC Regional NSW: ...", "The Drum: ..."
                        r"|^(?:The )?[A-Z0-9][\w.&'-]*(?: (?:&|[A-Z0-9][\w.&'-]*)){0,3}:\s+(?=\S)")
_EMPHASIS = lazy_compile(r"[*_]{1,3}")
_EARLIER_DRAFT = lazy_compile(r"\b((?:earlier|previous|prior|original|initial|first)) draft"
                              rf"(?= (?:of|in) (?:this|our) {_DOC}\b)", re.IGNORECASE)
_DOUBLED = lazy_compile(r"\b([a-z]{2,})\s+\1\b", re.IGNORECASE)
_MD_LINK = lazy_compile(r"\[([^\]\n]{1,300})\]\([^)\s]{1,500}\)")
# A paragraph that ends by giving its words to someone: a source's speech, not the outlet's note.
_SPOKEN = lazy_compile(r",[\"']?\s+(?:the (?:[\w-]+ ){0,2}[\w-]+|he|she|they|(?-i:[A-Z][\w.'-]+(?: "
                       r"[A-Z][\w.'-]+){0,2})) (?:said|joked|quipped|told (?:\w+ ){0,3}?\w+)"
                       # (and when or where: "on Monday", "in a statement", "to reporters")
                       r"(?: (?:on|in|at|to|during|via) [^.,;:\"']{1,40})?\.?[\"']?\s*$", _I)
# The same with the verb first, as most of the languages read write it: "..., explicó la
# compañía.", "..., a expliqué la société.", "..., sagte ein Sprecher.", "..., said the company."
_SPOKEN_AFTER = lazy_compile(
    r",[\"']?\s+(?:said|says|added|explained|dijo|explic[oó]|afirm[oó]|señal[oó]|indic[oó]|"
    r"añadi[oó]|asegur[oó]|declar[oó]|precis[oó]|disse|explicou|afirmou|declarou|acrescentou|"
    r"informou|ressaltou|(?:ha|hanno) (?:spiegato|detto|dichiarato|affermato|aggiunto|precisato)|"
    r"spiega|dichiara|afferma|aggiunge|(?:a|ont) (?:expliqu[eé]|d[eé]clar[eé]|indiqu[eé]|"
    r"affirm[eé]|ajout[eé]|pr[eé]cis[eé]|dit)|explique|d[eé]clare|affirme|ajoute|sagte|sagt|"
    r"erkl[aä]rte|betonte|schrieb|zei|zegt|verklaarde|schreef|aldus)"
    r"\s+(?:[\w.'-]+\s+){0,5}[\w.'-]+\.?[\"']?\s*$", _I)
_WE_SAID = lazy_compile(r"\bwe (?:\w+ly )?(?:said|reported|wrote|stated|described|called|gave|"
                        r"referred to|listed|identified|put|placed|named|had (?:it|him|her|them))\b|"
                        r"\bour (?:\w+ ){0,8}?(?:said|stated|reported|described|called|gave|put|"
                        r"placed|listed|identified|named|referred to)\b|"
                        r"\bwe(?:'d| would| are| were|'re| have been| wish)\b")
# A note glued to the end of a body paragraph, after a sentence.
# A transcript's speaker in capitals before a colon: "OBAMA:", "MR. GIBBS:", "SEN. DIANNE
# FEINSTEIN, D-CALIF.:", "REP. RON PAUL (R), TEXAS:" (not a label of a note: "CORRECTION:",
# "EDITOR'S NOTE:", "UPDATE 2:", "NOTA DELLA REDAZIONE:").
_SPEAKER = lazy_compile(r"^(?-i:[A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,3}(?: \([A-Z-]{1,8}\))?"
                        r"(?:, [A-Z][A-Z.-]+(?: [A-Z][A-Z.-]+)?)?):\s+(?=\S)")


def _speaker(t: str) -> int:
    """The length of the transcript's speaker label ``t`` opens with (not a note's label), or
    0."""
    m = _SPEAKER.match(t)
    if not m:
        return 0
    label = m.group(0).lower()
    if any(c in label for c in _CUES) or any(c in label for c in langs.CUES) or "apolog" in label \
            or _EDIT_LABEL.match(label):
        return 0  # a note's own label ("APOLOGY: In Friday's article ...", "EDIT: ...")
    return m.end()


# A change log's entry is dated: "24 February 2022:", "11/02/2021 -", "2021:" (not a product's
# version: "For Android 14: Update to app version 3.2.1" is an instruction).
_LOG_DATE = lazy_compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d\d\b|\b" + _MONTH_RE + r"(?!\w)",
                         _I)
# A dated update label in brackets over its heading: "(Update 03-Mar-2027) Release postponed",
# the update's text in the paragraph under it.
_PAREN_UPDATE = lazy_compile(r"^\(\s*updated?\s*,?\s*(?:\d{1,2}[-/ ][a-z]{3,9}\.?[-/ ]\d{2,4}|"
                             r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|" + _WHEN + r")\s*\)\s+(?=\S)", _I)
# An update placed further down, announced at the top: "03/14 update added below."
_UPDATE_BELOW = lazy_compile(r"^[\s*_\[(]*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+|(?:an?|the)\s+)?"
                             r"(?:update|correction|clarification|note)s?\s+(?:(?:has|have) been\s+)?"
                             r"(?:added|appended|posted|included)\s+(?:below|at the (?:end|bottom))\b",
                             _I)
# An error and its fix in a dated change log's entry, in any of the seven languages.
_LOG_ERROR = lazy_compile(r"\b(?:errors?|mistakes?|errore|errori|erreurs?|fehler\w*|erro|erros|"
                          r"errores|fouten?)\b", _I)
_LOG_FIXED = lazy_compile(r"\b(?:corrected|fixed|corrett[oiae]|corrig[eé]e?s?|korrigiert|"
                          r"berichtigt|corregid[oa]s?|corrigid[oa]s?|gecorrigeerd|hersteld|"
                          r"rettificat[oiae])\b", _I)
# A writer's label and a short title over an added section: "Edit: Timings against X",
# "Update: Now with maps!".
_TITLED_EDIT = lazy_compile(r"^[\s*_#]*(?:edit(?:ed)?|update[ds]?|addendum|postscript)\s*[:\u2014\u2013]"
                            r"\s*(?P<title>[^.!?:\s][^.!?:]{2,60})[!\s*_]*$", _I)
# A single correction's heading over a pointer to the fix.
_SINGLE_LABEL = lazy_compile(r"^[\s*_#]*(?:correction|clarification)\s*:?[\s*_]*$", _I)
_SEE_POINTER = lazy_compile(r"^\s*(?:please\s+)?see\b(?![^.]{0,80}\bpolic(?:y|ies)\b)[^.]{0,120}?"
                            r"(?:https?://\S+|\bcommit\b|\bbelow\b|\babove\b)", _I)
# A page's history line: "Update Known issues at 2027-05-02 09:30:00 (UTC)", "Updated the FAQ
# on 4 May 2021", "Corrected the timeline on March 3, 2024".
_HISTORY_LINE = lazy_compile(
    r"^[\s*\-\u2022]*(?:(?P<upd>updated?|revised|expanded|added)|corrected|amended)\s+"
    r"(?!to\b)(?:the |a |an )?(?:[\w'&/-]+ ){0,5}?(?:at|on)\s+(?:" + _DATE_RE.pattern
    + r")(?:\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\(?[A-Z]{2,4}\)?)?\s*\.?\s*$", _I)
# What a dated change-log line tells (after its date): a correction, or an update.
_CHANGE_LOGGED = lazy_compile(
    r"\s*(?:(?P<upd>(?:updated?|updating|added|adding|figures? updated|(?:new |more )?(?:information|"
    r"details|links?|guidance|section) (?:added|updated))\b)|(?:corrected|correction|error "
    r"correction|correct (?:date|figure|name|title)s? added|edited|amended|changed|removed|deleted|"
    r"replaced|(?:text|quote|figures?|date|title|headline|paragraph|page|statement|wording) "
    r"(?:\w+ )?(?:amended|corrected|changed|edited|removed)|it was previously (?:incorrectly )?"
    r"stated|we have (?:corrected|amended|removed|changed))\b)", _I)
# ... or a short line that ends with what was done to a part of the page: "Paul Caldwell quote
# amended.", "Figures in table 2 corrected." (not a timeline's "The council changed to ...")
_CHANGE_LOGGED_END = lazy_compile(
    r"[^.]{0,60}?\b(?:quote|quotation|figures?|text|date|title|name|headline|paragraph|wording|"
    r"statement|link|table|chart|data|caption|section)s? (?:\w+ )?(?:(?P<upd>updated|added)|"
    r"amended|corrected|changed|edited)\.?\s*$", _I)
# A corrections column's item opening with the piece it corrects and a dated or placed mention.
_ITEM_OPENING = lazy_compile(r"^[\s*_\u2022-]*(?:in |on )?(?:an?|the|our) (?:[\w'.,-]+ ){0,3}?"
                             r"(?:article|story|editorial|column|obituary|review|headline|caption|"
                             r"item|report|graphic|chart|map|listing|brief|profile)s? (?:(?:on|in|of"
                             r"|published|that ran) )?(?:\w+day|yesterday|jan|feb|mar|apr|may|jun|"
                             r"jul|aug|sep|oct|nov|dec|\d|page|section|the \w+ (?:section|edition)"
                             r"|(?:\w+day|yesterday)'s)", _I)
_PRONOUN_SAID = lazy_compile(r"^(?:it|he|she|they) (?:also |later |then |earlier )?(?:said|says|"
                             r"told|added|explained|stated|announced)\b", _I)
# The earlier version of this text inside a note's first sentence, after the writer owning it
# ("I wrote in an earlier version of this column that ...", "Ich habe in einer früheren Version
# dieses Textes ... dargestellt", "Dans une version précédente de cet article, j'ai écrit") or
# after "contrary to" ("Contrairement à la version précédente de cet article, ..."): the forms
# above take it only as the paragraph's opening.
_EV_ANY = lazy_compile(
    r"\b(?:an?|the) (?:earlier|previous|prior|original|initial|first) version of this "
    rf"{_DOC}\b|"
    r"(?:\b(?:in|dans|en|em|na|numa|nella|bei) )?\b(?:(?:una|la) versi[oó]n (?:anterior|previa|"
    r"original|inicial|precedente) de (?:este|esta)|(?:einer|der|eine) (?:fr[uü]her(?:e|en)|"
    r"vorherig(?:e|en)|[aä]lter(?:e|en)|erst(?:e|en)|urspr[uü]nglich(?:e|en)) (?:version|fassung) "
    r"(?:dieses|dieser)|(?:une|la) (?:version (?:pr[eé]c[eé]dente|ant[eé]rieure|initiale|premi[eè]re)"
    r"|(?:pr[eé]c[eé]dente|premi[eè]re) (?:version|mouture)) de (?:cet|cette|ce)|(?:una|la) "
    r"(?:versione (?:precedente|originale|iniziale)|(?:precedente|prima) versione) di "
    r"(?:questo|questa|quest['\u2019])|(?:numa|uma|a) vers[aã]o (?:anterior|original|inicial|pr[eé]via) "
    r"d(?:este|esta)|(?:een|de) (?:eerdere|vorige|oorspronkelijke|oudere) versie van (?:dit|deze))"
    r"\s*(?:" + _INTL_DOC[3:-1] + r"|articolo|pezzo|testo|servizio|artigo|reportagem|"
    r"not[ií]cia|mat[eé]ria|coluna|artikel|stuk|bericht|verhaal)\b", _I)
# the first person in the languages that drop the pronoun: "Escribí en ...", "Ho scritto in ...",
# "Escrevi numa ..."
_FIRST_PERSON_VERB = (r"escrib[ií]|escribimos|dij(?:e|imos)|publiqu[eé]|publicamos|informamos|"
                      r"afirm[eé]|afirmamos|indiqu[eé]|indicamos|ho|abbiamo|avevo|avevamo|scrissi|"
                      r"scrivemmo|escrevi|escrevemos|afirmei|inform[aá]mos|public[aá]mos")
_EV_OWNER = lazy_compile(
    r"^\W*(?:(?:i|we|ich|wir|je|j['\u2019]\w+|nous|yo|io|eu|ik|wij|" + _FIRST_PERSON_VERB
    + r")\b[^.;:!?\"\u201c\u201d"
    r"\u00ab\u00bb]{0,80})$", _I)
# ... and what the writer says that version said: "wrote", "dargestellt", "j'ai écrit" (not
# "We discussed this in an earlier version of this newsletter")
_EV_CLAIM = lazy_compile(
    r"\b(?:wr[io]te|written|said|stated|reported|described|called|referred|named|identified|"
    r"gave|suggested|claimed|implied|listed|quoted|attributed|misstat\w*|presented|"
    r"geschrieben|schrieb\w*|berichtet\w*|dargestellt|genannt|bezeichnet|behauptet|angegeben|"
    r"zitiert|hie(?:ß|ss)|stand|[eé]crit\w*|indiqu\w*|affirm\w*|pr[eé]sent[eé]\w*|annonc\w*|"
    r"attribu\w*|cit[eéoaá]\w*|qualifi\w*|mentionn\w*|publi\w*|escrib\w*|dij\w*|se[ñn]al\w*|"
    r"inform\w*|scritt\w*|scriss\w*|dett[oa]|riportat\w*|escrev\w*|disse\w*|schre(?:ef|ven)|"
    r"geschreven|meldde\w*|noemde\w*|stond|vermeld\w*)\b", _I)
_EV_CONTRARY = lazy_compile(
    r"^\W*(?:contrary to|unlike(?: in)?|contrairement [aà]|im gegensatz zu|anders als in|"
    r"a diferencia de|al contrario (?:de|di)|contrariamente a|ao contr[aá]rio d[ea]|"
    r"diferentemente d[ea]|in tegenstelling tot)\s*$", _I)
# ... the writer speaking right after the earlier version named at the opening: "Dans une version
# précédente de cet article, j'ai écrit ..."
_WRITER_NEXT = lazy_compile(
    r"\s*,?\s*(?:(?:i|we|ich|wir|je|j['\u2019]\w+|nous|yo|io|eu|ik|wij|hemos|"
    r"hab[ií]amos|abbiamo|avevamo|ho|avevo|escrevemos|escrevi|dissemos)\b|"
    + _FIRST_PERSON_VERB + r")", _I)
_EV_IN = lazy_compile(r"(?:\b(?:in|dans|en|em|na|numa|nella|nel|bei)\s*$)|^(?:in|dans|en|em|na|"
                      r"numa|nella|bei)\b", _I)


# A part of this text taken out or replaced, told in one sentence in any of the languages:
# "The photo that accompanied this article has been replaced because ...", "Wir haben einen
# Absatz aus diesem Artikel entfernt", "La foto che accompagnava questo articolo è stata
# sostituita". All three must be there: this text, the part, and what was done to it.
_THIS_TEXT = lazy_compile(
    r"\bthis (?:article|story|post|piece|report|column)\b|\b(?:diesem|dieses|dieser) (?:artikels?|"
    r"textes?|beitrags?|berichts?)\b|\b(?:cet|cette) (?:article|chronique)\b|\b(?:este|esta) "
    r"(?:art[ií]culo|reportaje|cr[oó]nica|nota|noticia)\b|\b(?:questo|quest['\u2019]) ?(?:articolo|"
    r"pezzo|servizio)\b|\b(?:deste|desta|neste|nesta|este|esta) (?:texto|artigo|reportagem|"
    r"mat[eé]ria|not[ií]cia)\b|\b(?:dit|deze) (?:artikel|stuk|bericht)\b", _I)
_TEXT_PART = lazy_compile(
    r"\b(?:photo(?:graph)?s?|pictures?|images?|videos?|graphics?|paragraphs?|passages?|sentences?|"
    r"quotes?|quotations?|fotos?|bild(?:er)?|absatz|abs[aä]tze|passagen?|zitate?|grafik|"
    r"paragraphes?|phrases?|citations?|illustrations?|im[aá]gen(?:es)?|p[aá]rrafos?|pasajes?|"
    r"frases?|citas?|immagin[ei]|paragraf[oi]|passagg(?:io|i)|citazion[ei]|imagens?|"
    r"par[aá]grafos?|trechos?|cita[cç](?:[aã]o|[oõ]es)|afbeeldingen?|alinea'?s?|citaten?|zinnen?)\b",
    _I)
_PART_DONE = lazy_compile(
    r"\b(?:removed|deleted|replaced|cut|taken out|entfernt|gel[oö]scht|ausgetauscht|ersetzt|"
    r"gestrichen|supprim[eé]e?s?|remplac[eé]e?s?|retir[eé]e?s?|eliminad[oa]s?|sustituid[oa]s?|"
    r"suprimid[oa]s?|eliminat[oa]|eliminati|eliminate|sostituit[oa]|sostituiti|rimoss[oa]|"
    r"removid[oa]s?|substitu[ií]d[oa]s?|retirad[oa]s?|retiramos|removemos|substitu[ií]mos|"
    r"eliminamos|sustituimos|verwijderd|vervangen|geschrapt)\b", _I)


# what links a part to this text: "with", "from", "that accompanied", "aus", "zu", "de", "da"
_OF_THIS = lazy_compile(
    r"(?:^|\s)(?:of|from|in|with|on|for|accompanying|(?:that|which) (?:accompanied|illustrated|ran "
    r"with|appeared (?:with|in))|aus|zu|in|von|bei|de|du|dans|qui (?:illustrait|accompagnait)|"
    r"illustrant|accompagnant|en|que (?:acompa[ñn]aba|ilustraba)|da|di|in|su|che (?:accompagnava|"
    r"illustrava)|do|que (?:ilustrava|acompanhava)|uit|bij|van)\s*$", _I)


# This text "should have made clear", in the languages whose form the cue rules lack (German,
# Italian, Dutch; English, French, Spanish and Portuguese have theirs): a clarification.
_SHOULD_CLEAR_INTL = lazy_compile(
    r"^\W*(?:in )?(?:diesem|dem|unserem) (?:artikel|text|beitrag|bericht) h[aä]tte (?:\w+ ){0,3}?"
    r"(?:deutlich|klar)(?:er)? (?:werden|gemacht werden|hervorgehen|stehen) m[uü]ssen"
    r"|^\W*(?:l['\u2019]articolo|questo articolo|il pezzo|il servizio) avrebbe dovuto (?:\w+ )?"
    r"(?:chiarire|precisare|specificare|spiegare)\b"
    r"|^\W*(?:in )?(?:dit|het) (?:artikel|stuk|bericht) had (?:\w+ ){0,2}?(?:duidelijk(?:er)?|"
    r"vermeld) moeten (?:staan|worden|zijn)\b", _I)

# The newsroom owning, at the paragraph's opening, that it should not have written or published
# what it did, in any of the languages: "We should not have written that ...", "Nous n'aurions
# pas dû écrire que ...", "Wir hätten nicht schreiben dürfen, dass ...", "No debimos publicar
# ...", "Non avremmo dovuto scrivere ...", "Não deveríamos ter escrito ...", "We hadden niet
# mogen schrijven ..." (not what it should not have done otherwise, nor "written off")
_OPENING_QUOTES = "\"'\u00ab\u201c\u201e\u2018\u201a\u2039"
_SHOULD_NOT_HAVE = lazy_compile(
    r"^\W*(?:(?:de plus|en outre|also|moreover|adem[aá]s|inoltre|al[eé]m disso|"
    r"au(?:ss|\u00df)erdem|bovendien),?\s+)?"
    r"(?:we (?:should|ought to) not have|we shouldn['\u2019]t have)\s+(?:written|published|printed|"
    r"run|said|reported|called|described|stated|used|quoted|posted)\b(?! off\b)"
    r"|^\W*(?:(?:de plus|en outre),?\s+)?nous n['\u2019]aurions (?:jamais |pas )d[u\u00fb] "
    r"(?:[eé]crire|publier|titrer|affirmer|dire|pr[eé]senter|qualifier|utiliser|citer)\b"
    r"|^\W*(?:(?:au(?:ss|\u00df)erdem|zudem),?\s+)?(?:wir )?h[aä]tten (?:wir )?(?:\w+ )?nicht "
    r"(?:schreiben|ver[oö]ffentlichen|behaupten|berichten|titeln|zitieren|drucken) "
    r"(?:d[uü]rfen|sollen)\b"
    r"|^\W*(?:(?:adem[aá]s|tampoco),?\s+)?(?:no (?:debimos|deber[ií]amos haber|tendr[ií]amos que "
    r"haber)|nunca debimos) (?:escribir|publicar|titular|afirmar|decir|escrito|publicado|"
    r"titulado|afirmado|dicho)\b"
    r"|^\W*(?:(?:inoltre),?\s+)?non avremmo (?:mai )?dovuto (?:scrivere|pubblicare|titolare|"
    r"affermare|dire|riportare)\b"
    r"|^\W*(?:(?:al[eé]m disso),?\s+)?n[aã]o (?:dev[ií]amos|dever[ií]amos) ter (?:escrito|"
    r"publicado|afirmado|dito|noticiado)\b"
    r"|^\W*(?:(?:bovendien),?\s+)?(?:we|wij) hadden (?:\w+ )?niet (?:mogen|moeten) (?:schrijven|"
    r"publiceren|melden|beweren|koppen)\b", _I)


def _part_taken_out(t: str) -> bool:
    """Whether the first sentence of ``t`` (folded) tells that a photo, a passage or a quote of
    this text was removed or replaced (see :data:`_THIS_TEXT`)."""
    if _THIS_TEXT.search(t) is None or len(t.split()) > 80 or _READER.search(t):
        return False  # (most paragraphs name no text of their own: no sentence split for them)
    first = (note_sentences(t) or [""])[0]
    if first.count('"') >= 2:
        return False  # a quotation's words
    for m in _THIS_TEXT.finditer(first):
        # the part of this text: "the photo that accompanied this article", "einen Absatz aus
        # diesem Artikel" (not "This article explains why the site removed photos")
        before = first[max(0, m.start() - 70):m.start()]
        parts = list(_TEXT_PART.finditer(before))
        gap = before[parts[-1].end():] if parts else ""
        if parts and len(gap.split()) <= 3 and _OF_THIS.search(gap):
            # what was done to it, right after ("... this article has been replaced", "... zu
            # diesem Artikel wurde ausgetauscht", "... aus diesem Artikel entfernt") or before
            # the part ("We have removed a paragraph from this article")
            after = _PART_DONE.search(first, m.end(), m.end() + 50)
            if (after and len(first[m.end():after.start()].split()) <= 3) or \
                    _PART_DONE.search(before[:parts[-1].start()]):
                return True
            continue
        # the other order: "Hemos eliminado de este artículo un párrafo", "Retiramos deste texto
        # um parágrafo"
        if (_OF_THIS.search(before) or m.group(0)[:2].lower() in ("de", "ne")) and \
                _PART_DONE.search(before) and _TEXT_PART.search(first, m.end(), m.end() + 40):
            return True
    return False


def _owned_earlier_version(t: str) -> bool:
    """Whether ``t`` (folded) opens with the writer owning what an earlier version of this text
    said, or with "contrary to" that version (see :data:`_EV_ANY`)."""
    if len(t.split()) > 120:
        return False
    m = _EV_ANY.search(t, 0, 240)
    if m is None:
        return False
    before, rest = t[:m.start()], t[m.end():]
    if not before.strip(" *_>#"):
        # at the opening, the forms above had it unless the writer speaks next: "Dans une
        # version précédente de cet article, j'ai écrit que ..."
        return _EV_IN.match(m.group(0)) is not None and _EV_CLAIM.search(rest, 0, 200) is not None \
            and _WRITER_NEXT.match(rest) is not None and not _FIRST_RAN_INTL.match(rest)
    if _EV_CONTRARY.match(before):
        contrary = True
    elif _EV_OWNER.match(before) and not before.count('"') % 2:
        contrary = False
    else:
        return False
    if _FIRST_RAN.match(rest) or (_FIRST_RAN_INTL.match(rest) and not _ERR_INTL.search(rest)):
        return False  # "We published an earlier version of this essay in 2019"
    # the writer's own: "I wrote in an earlier version", not "I wrote an earlier version of this
    # essay for ..." (what it is, not what it said)
    if contrary:
        return True
    return (_EV_IN.search(before) is not None or _EV_IN.match(m.group(0)) is not None) and (
        _EV_CLAIM.search(before) is not None or _EV_CLAIM.search(rest, 0, 200) is not None)


_GLUED_WORDS = ("version of this", "correction:", "clarification:", "note:", "update:",
                " has been ", "corrects", "edit:", " was corrected",
                # the same labels in the other languages ("... (Correção: o jornal errou ...)")
                "correção", "correcção", "atualização", "actualização", "korrektur",
                "berichtigung", "correction :", "rectificatif", "corrección", "correzione",
                "rettifica", "correctie", "rectificatie")
# (in Markdown or brackets: "... routing success rates. *[Edit: this item was corrected after
# publication ...]*", "... fee deficit. _This item was corrected after publication._")
_GLUED = lazy_compile(r"[.!?\"\u201d)]\s+[*_(\[]{0,3}(?:edit(?:ed)?\s*:\s*)?"
                      r"(?=(?:an? (?:earlier|previous|prior|original) version of "
                      r"this|this (?:story|article|post|report|item) (?:has been|was) (?:corrected|updated|"
                      r"amended|changed|clarified)|(?:correction|clarification|editor'?s'? note|update)"
                      r"\s*:|corrects\b|"
                      # the other languages' correction and update labels, with their colon
                      # (not their editors' notes, as often about the page as about a change)
                      r"(?:corre(?:c)?[cç][aã]o|a(?:c)?tualiza[cç][aã]o|korrektur|berichtigung|"
                      r"rectificatif|correcci[oó]n|correzione|rettifica|correctie|rectificatie)"
                      r"\s*:))", _I)
_NOTE_PREFIX = lazy_compile(r"^[\s*_\[(]*(?:please note|note|notice|eds?\.?|editors)\s*[:\u2014\u2013]\s*"
                          # a blogger's "EDIT:", "[EDIT]", "Edit 1:"
                          r"|^[\s*_\[(]*edit(?:ed)?(?:\s*\d{1,2})?\s*(?:\]\s*:?|[:\u2014\u2013])\s*"
                          # ... with its date: "[EDIT 2018-03-13]", "[Edited, March 2018]"
                          # (not "(Edited for length, 2019)", "[Edited by ...]")
                          r"|^[\s*_]*[\[(]\s*edit(?:ed)?\b(?![\s,]+(?:for|by|and|from)\b)[,\s]+"
                          r"(?=[^\])\n]{0,30}\d)[^\])\n]{1,30}"
                          r"[\])]\s*:?\s*(?=\S)"
                          # "Please note that we've updated this article ..."
                          r"|^[\s*_\[(]*please note(?:\s+that)?,?\s+(?=\S)"
                          # a date before the note: "March 3, 2026: An earlier version ..."
                          rf"|^[\s*_\[(]*{_DAY}(?:,?\s+(?:at\s+)?{_CLOCK})?\s*(?:[:\u2014\u2013]|\s-)\s*"
                          r"(?=\S)"
                          # ... or a time alone: "2:58 p.m.: This article was updated ..."
                          rf"|^[\s*_\[(]*{_CLOCK}\s*(?:[:\u2014\u2013]|\s-)\s*(?=\S)", _I)
# What a note tells of events after publication: "has since been confirmed".
_AS_OF = lazy_compile(rf"\s*(?:as of|since|from|on)\s+{_DAY}", re.IGNORECASE)
_EDIT_LABEL = lazy_compile(r"[\s*_\[(]*edit(?:ed)?\b", re.IGNORECASE)
_SINCE = lazy_compile(r"\b(?:has|have|had) since (?:been )?\w+", re.IGNORECASE)
# A writer's or editor's note by its label (not a date, a programme or a caption's heading).
_NOTE_WORD = lazy_compile(r"[\s*_\[(]*(?:please note|note|eds?\.?|editors)\s*[:\u2014\u2013]",
                          re.IGNORECASE)
# A short adverbial lead before a note's form: "Following a review, ", "After publication, ",
# "On March 3, ", "At the request of ..., ", "In response to a complaint, ".
_ADVERBIAL = lazy_compile(r"^[\s*_\[(]*(?:following|after|since|on|at|in response to|upon|as a "
                          r"result of|for (?:editorial|legal) reasons|pour des raisons|por (?:razones|"
                          r"motivos|raz[oõ]es)|per (?:motivi|ragioni)|aus (?:redaktionellen|"
                          r"rechtlichen) gr[uü]nden|om (?:redactionele|juridische) redenen)\b"
                          r"[^,.;:]{0,70},\s+(?=\S)", _I)
_DATELINE = lazy_compile(r"^[A-Z][A-Z.'\u2019-]+(?:[ ,]+[A-Z][A-Za-z.'\u2019-]+){0,3}"
                         rf"(?:,?\s+{_MONTH_RE}\s+\d{{1,2}})?"
                         r"(?:\s*\((?:AP|Reuters|AFP|dpa|Bloomberg|[A-Z]{2,6})\))?\s*[-_\u2013\u2014]+\s+")


# Someone's words quoted: a quotation, and outside it a verb or a frame that gives it to a speaker
# ("the airline said:", "a déclaré :", "afirmó en un comunicado:", "liet weten:").
# (a quotation's text starts and ends at its marks: 'said "claimed" where we should have said
# "said"' holds two short quotations, not one from the first's end to the second's start)
_QUOTATION = lazy_compile(r"(?:^|(?<=[\s(\[:\u2014\u2013]))\"\s?(?=\S)[^\"]{12,}(?<=\S)\s?\"|"
                          r"(?<!\w)'(?=\S)[^']{12,}(?<=\S)'(?!\w)")
_ATTRIBUTED = lazy_compile(
    # (not a passive that gives no one words: "which was declared a terrorist entity")
    r"\b(?<!was )(?<!were )(?<!been )(?:said|says|told|tells|stated|states|added|wrote|writes|announced|declared|tweeted|"
    r"posted|replied|responded|admitted|conceded|insisted|in a statement|statement|"
    r"sagte|sagt|erkl[aä]rte|erkl[aä]rt|teilte|schrieb|betonte|r[aä]umte|mitteilung|"
    r"a (?:d[eé]clar[eé]|dit|affirm[eé]|[eé]crit|indiqu[eé]|ajout[eé]|reconnu|r[eé]pondu)|"
    r"d[eé]clare|affirme|communiqu[eé]|dijo|dice|afirm[oó]|declar[oó]|escribi[oó]|a[ñn]adi[oó]|"
    r"reconoci[oó]|admiti[oó]|comunicado|ha (?:dichiarato|detto|scritto|affermato|ammesso|"
    r"aggiunto)|dichiara|afferma|comunicato|nota|disse|afirmou|declarou|escreveu|admitiu|"
    r"acrescentou|zei|zegt|liet weten|laat weten|verklaarde|schreef|meldde|verklaring|"
    r"persbericht)\b", _I)


_HOLDER = "quoted words"  # (shorter than a quotation _QUOTATION takes)


def _quoted_evidence(t: str) -> bool:
    """A paragraph found by its cues whose evidence of a note lies only inside quotation marks:
    a quotation given to a speaker (a company's, an official's or a source's words: without
    them and with a verb that gives them to someone, no note is left), or one said to no one in
    particular (with each quotation held in its place, in its own marks, as a piece cited by its
    title is, no note is left). A newsroom's own admission stands outside any quotation, though
    it may quote the words it got wrong; a paragraph that is one quotation whole is a note
    quoted whole and read as it is."""
    if not _QUOTATION.search(t):
        return False
    # (a quotation that ended its sentence leaves the sentence's end: '... he wrote, "It is not
    # feasible." The News-Press apologizes for the error.')
    gone = _QUOTATION.sub(lambda m: ". " if len(m.group(0)) > 2 and m.group(0)[-2] in ".!?"
                          else " ", t)
    if _ATTRIBUTED.search(gone) and not (cue_kind(gone) or weighed_kind(gone)):
        return True
    # (a sentence's end inside the closing mark stays: 'as an "improv show." It is ...')
    held = _QUOTATION.sub(lambda m: f"{m.group(0)[0]}{_HOLDER}"
                          f"{m.group(0)[-2] if m.group(0)[-2] in '.!?' else ''}{m.group(0)[-1]}",
                          t)
    if not held.replace(_HOLDER, " ").strip(" .,;:\"'"):
        return False
    return not (cue_kind(held) or weighed_kind(held))


@lru_cache(maxsize=8192)
def detect_paragraph(text: str) -> _Hit | None:
    """The note kind and style of one paragraph, or None when it is not a note."""
    hit = _detect_paragraph(text)
    if hit is not None and hit.kind == "withdrawal" and len(text) <= 1500 and \
            _part_taken_out(fold(text)):
        # "We have removed a paragraph from this article ...": a part of the text, not the text
        return _Hit("correction", hit.style, cue=hit.cue, glued=hit.glued)
    return hit


def _detect_paragraph(text: str) -> _Hit | None:
    if len(text) > 1500:
        # A long paragraph is a note only by a house form at its start ("Editor's note: ..."
        # over a long account of a withdrawn story), never by cues
        head = fold(text[:600])
        low_head = head[:160].lower()
        intl = langs.foreign(low_head) and any(c in low_head for c in langs.CUES)
        if not (intl or any(c in low_head for c in _CUES)):
            return None
        hit = _form_hit(head, intl)
        return hit if hit is not None and hit.style != "reuters" else None
    t = fold(text)
    if "](" in t:  # Markdown kept in the text: "we updated [an edition of **X**](https://...)"
        t = _MD_LINK.sub(r"\1", t).replace("**", "")
    if "draft" in t and _EARLIER_DRAFT.search(t):
        # "In an earlier draft of this article, ...": its earlier version by another name
        t = _EARLIER_DRAFT.sub(r"\1 version", t)
    if _DOUBLED.search(t, 0, 160):  # a doubled word in a note's opening: "this post was was edited"
        t = _DOUBLED.sub(r"\1", t[:160]) + t[160:]
    if not t or len(t) > 1500 or _is_stamp(t):
        return None
    if _NOT_FOUND.search(t) or _TO_THE_EDITOR.match(t) or _SPECIMEN.match(t) or (
            "(@" in t and _EMBEDDED_POST.search(t)) or _SCHOLARLY.search(t):
        # a page's "not found" message; a letter to the editor; an embedded post; a journal's
        # retraction notice
        return None
    if t[:4].lower() == "this" and _BREAKING_UPDATE.match(t):
        return _Hit("update", "generic", cue=True)
    if t[:1] == "(" and (paren := _PAREN_UPDATE.match(t)) and len(t[paren.end():].split()) >= 2:
        return _Hit("update", "generic")
    if len(t) < 300 and "below" in t[:60].lower() and _UPDATE_BELOW.match(t):
        return _Hit("update", "generic", cue=True)
    if len(t) < 160 and (history := _HISTORY_LINE.match(t)):
        return _Hit("update" if history.group("upd") else "correction", "generic", cue=True)
    if not t[:3].isascii() and (hit := _cjk_hit(t)) is not None:
        return hit
    if ("said" in t or "joked" in t or "quipped" in t or "told" in t) and _SPOKEN.search(t) \
            and not _ITEM_OPENING.match(t) and not _AGENCY_ITEM.match(t) \
            and not _BRACKET_LABEL.match(t):
        # "This column has been corrected more times than ..., the columnist joked." (not a
        # corrections column's item whose fact a source gives: "An article in Wednesday's
        # Section A ... said he was a member. He ..., a White House spokeswoman said.")
        return None
    if "," in t[-90:] and _SPOKEN_AFTER.search(t, max(0, len(t) - 90)):
        return None  # "Hemos corregido el error en la factura, explicó la compañía."
    head = text[:240].lower()
    if t[:1] in "*_" and _EMPHASIS.search(t, 0, 80):
        t = _EMPHASIS.sub("", t[:80]).lstrip() + t[80:]  # "**Correction:** ...", "*Update*: ..."
    intl = langs.foreign(head) and any(c in head for c in langs.CUES)
    hit = _form_hit(t, intl) if intl or any(c in head for c in _CUES) else None
    if hit is None:
        kind = None
        low = t.lower()
        # most body paragraphs stop here, before the cue rules ("we said" opens them too); a
        # paragraph that opens by giving its words to someone already named ("It said the
        # offering was a new issue and not a reopening as stated yesterday") is a source's
        # account of its own statement, unless it names the outlet's text in it
        if _PRONOUN_SAID.match(t) and not _SELF_REF.search(t) and not _WE_SAID.search(low):
            pass
        elif t[:1].isupper() and (label := _speaker(t)):
            # "CLINTON: So we have a special obligation to make clear ...": a transcript's line,
            # read for a house form after the label only ("NEWSDESK: An earlier version ...")
            return _form_hit(t[label:])
        elif may_weigh(low) or (("we" in low or "our " in low) and _WE_SAID.search(low)):
            kind = cue_kind(t)
            if kind in ("correction", "clarification") and against(own_voice(t)) >= VETO \
                    and not item_answered(t) and not (
                        (item := item_errs(t)) and against(own_voice(item)) < VETO):
                kind = None  # "The Gazette corrected its story ...": someone else's correction
            kind = kind or weighed_kind(t)
            if kind and ('"' in t or "'" in t) and _quoted_evidence(t):
                # 'The airline said: "We apologise for the error ..."': its words; and, said
                # to no one in particular, '... »that we take their false claims unchecked«'
                kind = None
            if kind == "correction" and _SHOULD_CLEAR_INTL.match(t):
                kind = "clarification"  # "In dit artikel had duidelijker moeten staan ..."
        hit = _Hit(kind, "generic", cue=True) if kind else None
    if hit is not None and ("[" in t or '"' in t) and langs.TEMPLATE.search(t):
        return None  # "Correction [date]: ... [claim incorrect]", 'append "Correction: ..."'
    if hit is None:
        bare = _BARE_LABEL.match(t)
        if bare and ":" not in t[bare.end():bare.end() + 40] and \
                _ERR_IN_LABELLED.search(t, bare.end()):
            # "Correctie Boven de lezersbrief ... stond een verkeerde kop": a label whose colon
            # was lost where its heading met the text, over a text that names an error
            led = _form_hit(bare.group("label") + ": " + t[bare.end():])
            if led is not None:
                return led
        opening = t[:80]
        prefix = (_NOTE_PREFIX.match(t) or _PROGRAMME.match(t)) if (
            ":" in opening or "\u2014" in opening or "\u2013" in opening or " - " in opening
            or "lease note" in opening[:16] or "]" in opening[:40] or ")" in opening[:40]) \
            else None
        if prefix and len(t) > prefix.end():  # "Note: An earlier version ...", "Eds: Corrects"
            led = detect_paragraph(t[prefix.end():])
            if led is None and _EDIT_LABEL.match(t) and len(t[prefix.end():].split()) >= 4 and \
                    not _READER.search((note_sentences(t[prefix.end():]) or [""])[0]):
                # "EDIT: I have removed the link ...": what the writer changed or adds since
                return _Hit("update", "generic")
            if led is None and _SINCE.search(t, prefix.end()) and len(t.split()) <= 60 and \
                    _NOTE_WORD.match(t):
                # "Note: The mayor's statement has since been confirmed by her office.": what
                # happened after publication, told under the writer's note
                return _Hit("update", "generic", cue=True)
            if led is None and any(c.isdigit() for c in t[:prefix.end()]) and \
                    _LOG_DATE.search(t, 0, prefix.end()):
                # a page's dated change log: "24 February 2022: Corrected 'X' to 'Y'", "11
                # November 2021: Figures updated: ...", "7 December 2021: Quote amended."
                logged = _CHANGE_LOGGED.match(t, prefix.end()) or (
                    _CHANGE_LOGGED_END.match(t, prefix.end()) if len(t.split()) <= 20 else None)
                if logged is not None and len(t.split()) <= 80:
                    kind = "update" if logged.group("upd") else "correction"
                    return _Hit(kind, "generic", cue=True)
                if len(t.split()) <= 80 and _LOG_ERROR.search(t, prefix.end()) and \
                        _LOG_FIXED.search(t, prefix.end()):
                    # the entry names an error and its fix, in any of the languages: "05/03/2027:
                    # i dati del 04/03 (errore nel numero di traghetti) sono stati corretti"
                    return _Hit("correction", "generic", cue=True)
            return led
        lead = _ADVERBIAL.match(t) if opening[:1] in "FfAaSsOoIiUuPp[(*_ " else None
        if lead and len(t) > lead.end() and any(
                c in t[lead.end():lead.end() + 160].lower() for c in _CUES):
            # "Following a complaint, this article has been amended ...": a house form after a
            # short lead (forms only: the cue rules weighed the whole paragraph already)
            led = _form_hit(t[lead.end():])
            if led is not None:
                return led
        dateline = _DATELINE.match(t)  # "BRUSSELS (AP) - In a story published ..."
        if dateline and len(t) > dateline.end():
            return detect_paragraph(t[dateline.end():])
        low = t.lower()
        if ("vers" in low or "fassung" in low or "mouture" in low) and _EV_ANY.search(t):
            # (the sentences are split only when an earlier version is named at all)
            for k, sent in enumerate(note_sentences(t)[:4]):
                if _owned_earlier_version(sent):
                    # after a sentence of the text's own ("Which is better? I described ... in
                    # an earlier version of this text"): found, the paragraph stays compared
                    return _Hit("correction", "generic", cue=True, glued=k > 0)
        if _part_taken_out(t):
            return _Hit("correction", "generic", cue=True)
        if _SHOULD_CLEAR_INTL.match(t) and not _READER.search(t):
            return _Hit("clarification", "generic", cue=True)
        if _SHOULD_NOT_HAVE.match(t) and len(t.split()) <= 120 and not _READER.search(t) and \
                t.lstrip(" *_")[:1] not in _OPENING_QUOTES:
            # (not a speaker's quoted words: '"We should not have published it," she said')
            return _Hit("correction", "generic", cue=True)
        if any(w in low for w in _GLUED_WORDS):
            glued = _GLUED.search(t)
            led = _form_hit(t[glued.end():]) if glued else None
            if led is not None:
                # "... the mayor said. (An earlier version of this story misstated ...)": a note
                # after body text in one paragraph; found, but the paragraph stays compared
                return _Hit(led.kind, led.style, cue=True, glued=True)
    return hit


def _by_others(form: str, rest: str) -> bool:
    """A text changed by a parliament or a court ("fue modificado por el Congreso"), not a note."""
    return bool(langs.BY_OTHERS.search(form) or langs.BY_OTHERS.match(rest.lstrip(" ,")))


# A rule under a label, not a note: "Clarifications: When our reporting was accurate but
# misleading, the story will be re-edited and a clarification added", "Corrections: If we get
# something wrong, we correct it" (not "Correction: When this story was first published, it
# said ...", which tells of one time).
_STANDING_RULE = lazy_compile(
    r"[\s:.\-\u2014\u2013]*(?:when|whenever|if)\b[^.]{0,200}?\b(?:will be (?:\w+ )?(?:re-?edited|"
    r"corrected|clarified|added|updated|appended|noted|published|issued|amended|marked|flagged|"
    r"changed|removed)|we (?:will )?(?:add|publish|issue|correct|append|note|flag|mark|fix|"
    r"amend|update)s?\b)", _I)


# A gerund as a sentence's subject, not a wire note's verb: "Correcting the mistake changed the
# outcome of several races", "Fixing the error took three days".
_GERUND_SUBJECT = lazy_compile(
    r"\s*\w+ing (?:the|a|an|this|that|these|those) (?:\w+ )?(?:mistakes?|errors?|problems?|"
    r"issues?|records?|omissions?|flaws?|bugs?) (?:\w+ed|took|made|meant|will|would|has|had|is|"
    r"was|are|were|may|might|could|can|cost|led|gave|brought|required)\b", _I)


def _form_hit(t: str, intl: bool = True) -> _Hit | None:
    """A paragraph that opens with one of the house forms (the language tables' too when
    ``intl``)."""
    for pattern, kind, style in (_ALL_FORMS if intl else _FORMS):
        m = pattern.match(t)
        if not m:
            continue
        rest = t[m.end():]
        if _anonymised(t) and not _fixes(rest):
            return None  # "Names have been changed to protect ...": a standing disclosure
        if rest[:12].lstrip(" :.-\u2014\u2013").lower().startswith(("when", "if ", "whenever")) \
                and _STANDING_RULE.match(rest):
            return None  # "Clarifications: When a story ..., it will be re-edited": a policy
        if style == "_corr":
            # "Correction:" must be followed by a date or the newsroom's own wording.
            if not (_DATE_ONLY.match(t) or _DATE_RE.match(rest.strip())
                    or _DATE_RE.search(m.group(0))  # a dated label: "Correction, Nov. 15:"
                    or _LABEL_CLOCK.search(m.group(0))  # or timed: "[Correction at 1:36 p.m.]"
                    or re.search(_ERROR_WORDS, rest, _I) or states_a_fix(rest)
                    or names_own_item(rest)
                    # or a note in another language under the English label: "Correction (3
                    # mai 2024) : une version précédente de cet article indiquait ..."
                    or (intl and _form_hit(rest.lstrip(" :.-\u2014\u2013"), True) is not None)):
                return None
            if _READER.search(rest) and not _SELF_REF.search(rest):
                return None  # a reader's "Correction: ... you got this wrong!"
            style = "wapo" if re.match(r"\s*an? (?:earlier|previous)", rest, _I) else "nyt"
        elif kind in ("clarification", "update", "withdrawal") and (style == "_runon" or (
                style == "generic" and pattern.pattern.endswith(_SEP))):
            style = "generic"
            # "Update: ..." needs a sentence after it, not a time stamp; no reader chatter.
            if len(rest.split()) < 4 or _is_stamp("updated " + rest.strip()):
                return None
            first = (note_sentences(rest) or [rest])[0]
            # (a label with a date or a number is the publisher's: "Update (2016-08-10): The
            # video is now available!")
            # (nor is an exclamation a reader's in an update's first sentence: "Update: The
            # survey is now open!")
            reader = _READER.search(first if kind == "update" else rest)
            if reader and kind == "update" and reader.group(0).strip()[:1] == "!" and \
                    _READER.search(first.rstrip(" !")) is None:
                reader = None
            if reader and kind == "update" and reader.group(0).lower() in ("you", "your") and \
                    reader.start() > 0 and first.rstrip()[-1:] not in "?!" and \
                    _AS_OF.match(first):
                # "Update: As of March 22, version 1.1.1 is out, so you see the warning less
                # often.": the publisher telling its readers what changed since, by its date
                reader = None
            if reader and not (kind == "update" and re.search(r"\d", m.group(0))):
                return None  # (an update may go on to tell readers what to do: "check your email")
            if kind == "update" and _promises_only(rest):
                return None  # "Update: this story will be updated": a promise, not a note
        elif style == "_ev":
            # Only "this article" anchors a note by itself; "an earlier version of the photo
            # caption" must go on to say what was wrong with it.
            if (m.group("this") or "").lower() != "this" and not _ERROR_VERB.match(
                    re.sub(r"^\s*,[^,]{1,40},", "", rest)):
                continue
            if _FIRST_RAN.match(rest):
                return None  # "An earlier version of this article was published on Dec. 11":
                # where and when it first ran, no change told
            style = "nyt"
        elif style == "_ev_intl":
            if _FIRST_RAN_INTL.match(rest) and not (_A_CHANGE.search(rest) or _ERR_INTL.search(rest)):
                return None  # "Eine frühere Fassung dieses Beitrags erschien 2019 im Spiegel."
            style = "generic"
            if _TO_CLARIFY_INTL.search(rest):
                kind = "clarification"  # "... ne précisait pas que ...": made clear, not fixed
        elif kind == "_published":
            if not _CHANGED.search(rest):
                return None
            kind = "update"
        elif style == "_intl":
            # A label needs a sentence after it, not a time stamp or a reader's remark.
            if len(rest.split()) < 4 or _READER.search(rest) or _is_stamp("updated " + rest):
                return None
            style = "generic"
            if _promises_only(rest):
                return None  # "Anmerkung der Redaktion: Dieser Text wird laufend aktualisiert."
            if kind == "editors-note":
                a_change = _A_CHANGE.search(rest) is not None
                if _PAGE_NOTE.search(rest) and not a_change:
                    return None  # "Nota de la redacción: publicado originalmente en ..."
                told = a_change or _ED_CHANGE.search(rest) is not None
                if not told and (
                        _ADVISORY.search(rest) or _DISCLAIMER.search(rest)
                        or (t.lstrip()[:1] == "(" and t.rstrip(" .")[-1:] == ")")):
                    # a content advisory under the label (suicide, graphic content), a
                    # disclaimer ("Dieser Artikel dient Informationszwecken ... und ersetzt keine
                    # fachmedizinische Beratung") or a gloss in brackets ("(Ndlr : l'association
                    # est pour ...)"): it tells of no change
                    return None
                withdrawn = _WITHDRAWN_INTL.search(rest) is not None
                if not (told or withdrawn or langs.ERRORS.search(rest)
                        or _LANG_CHANGE_WORD.search(rest) or _ED_INTL_OWNS.search(rest)):
                    # what a series part, an author's line or a context note says under the
                    # label ("Anmerkung der Redaktion: Dies ist der zweite Teil einer Serie"): it
                    # tells of no change to the story, as in English
                    return None
                if withdrawn and not _FROM_THIS_TEXT.search(rest):
                    kind = "withdrawal"  # (not a name "retiré de cet article": taken out of it)
            if _transparency_only(m.group(0), rest):
                return None
        elif style == "_lang":
            if kind == "_soft":  # "Hinweis:", "Nota:": a note when what follows is one
                return detect_paragraph(rest) if len(rest.split()) >= 4 else None
            if _READER.search(rest) or (kind == "_changed" and _by_others(m.group(0), rest)):
                return None  # a reader's remark, or a text changed by a parliament or a court
            if kind == "_changed" and _fitted_to_page(rest):
                return None  # "Cet article a été modifié pour être inclus sur ce site."
            if kind == "_earlier" and langs.IN_MEDIA.match(rest):
                return None  # "Ao contrário do que foi publicado nas maiores mídias do país"
            if kind == "_earlier" and _FIRST_RAN_INTL.match(rest) and not (
                    _A_CHANGE.search(rest) or _ERR_INTL.search(rest)):
                return None  # "Une première version de ce texte est parue dans ..."
            style = "generic"
            kind = "clarification" if kind == "_earlier" and _TO_CLARIFY_INTL.search(t) else \
                "correction" if kind == "_earlier" else langs.changed_kind(m.group(0), rest)
            if _WITHDRAWN_INTL.search(m.group(0)):
                kind = "withdrawal"  # "A matéria em questão foi retirada do ar ..."
            if kind == "update" and _promises_only(t):
                return None  # "Dit artikel wordt bijgewerkt zodra ...": a promise
        elif kind == "_intl_verb":
            if _by_others(m.group(0), rest) or _fitted_to_page(rest):
                return None  # changed by a court; or fitted to this page, not put right
            verb = m.group("verb").lower()
            kind = "update" if verb.startswith((
                "actualiz", "aktualis", "erg", "mis", "actualis", "aggiornat", "integrat",
                "atualizad", "bijgewerkt", "geactualiseerd", "aangevuld")) else "correction"
            if kind == "update" and _promises_only(t):
                return None  # "Dieser Artikel wird laufend aktualisiert.": a promise
        if style == "_ed":
            if _promises_only(rest):
                return None  # "Editor's note: this story will be updated": a promise
            # ("Note added January 2022:" says itself that the page changed)
            changed = _A_CHANGE.search(rest) is not None or \
                re.match(r"\W*note added\b", t, _I) is not None
            if "inconvenien" in rest and not changed:
                # "Note from the Publisher: ... could not print Tuesday. We apologize for any
                # inconvenience.": an apology for the service, not for the text
                rest = SERVICE_APOLOGY.sub(" ", rest)
            if (_PROVENANCE.match(rest) or _PAGE_NOTE.search(rest)) and not changed:
                return None  # a republication line under an editor's-note label
            if rest.strip(" .,:;") and not _DATE_ONLY.match(t) and not (
                    changed or _ED_CHANGE.search(rest)):
                if re.match(r"[\W_]*note\b", t, _I) and re.search(r"\d", m.group(0)) and \
                        len(rest.split()) >= 4:
                    # a dated note added to a page ("Note (2024-12-09): The handbook has been
                    # retired. Its content ..."): what happened since, as an update says it
                    return _Hit("update", "generic")
                # a content advisory, a disclosure of interest or an author's line under the
                # label ("Editor's note: This story contains graphic descriptions ..."): it
                # tells of no change to the story, and discloses none
                return None
            style = "wapo" if "\u2014" not in t[:20] else "ap"
            if re.search(r"\b(?:withdrawn|retracted|has been removed|taken down)\b", rest, _I):
                kind = "withdrawal"
        elif kind == "_amended":
            kind = "clarification" if _TO_CLARIFY.search(rest) else (
                "update" if re.search(r"\bupdated\b", t[:40], _I)
                and not _TO_CORRECT.search(rest) else "correction")
        elif kind == "_reuters":
            verb = next((w for w in t.lstrip(" (").lower().split()[:8]
                         if w in _REUTERS_VERBS), "updates")
            kind = {"corrects": "correction", "removes": "correction", "deletes": "correction",
                    "fixes": "correction", "clarifies": "clarification",
                    "withdraws": "withdrawal", "kills": "withdrawal", "corrected": "correction",
                    "clarified": "clarification", "withdrawn": "withdrawal"}.get(verb, "update")
        elif kind == "_wire":
            verb = m.group("verb").lower()
            if not (m.group(0).lstrip()[:1] in "(-\u2013\u2014n" or verb.startswith("correct")
                    or m.group(0).lower().lstrip().startswith("company")):
                return None  # "Adding to the pressure, ...": a sentence, not a wire note
            if m.group(0).lstrip()[:1] not in "(-\u2013\u2014" and _GERUND_SUBJECT.match(t):
                return None  # "Correcting the mistake changed the outcome ...": a sentence
            if len(t.split()) > 60:
                return None
            kind = ("clarification" if verb.startswith("clarif") else "withdrawal"
                    if verb in ("withdrawing", "killing") else "update"
                    if verb in ("adding", "recasting", "refiling") else "correction")
        elif kind == "_part":
            verb = (m.group("verb") or m.group("verb2") or "").lower()
            if re.search(r"\bnames?\b|\bidentit|\bto protect\b|\bfor (?:privacy|safety|security|"
                         r"legal) reasons\b", t, _I) and verb == "changed":
                return None  # "Some names in this story have been changed to protect ..."
            kind = {"updated": "update", "added": "update", "clarified": "clarification",
                    "clarification": "clarification"}.get(verb, "correction")
        elif kind == "_version":
            verb = m.group("verb").lower()
            kind = {"corrected": "correction", "amended": "correction",
                    "clarified": "clarification"}.get(verb, "update")
        elif kind == "_changed":
            verb = m.group("verb").lower()
            if verb == "edited" and (_FOR_LENGTH.search(rest) or not (
                    _TO_CORRECT.search(rest) or _TO_CLARIFY.search(rest) or states_a_fix(rest))):
                return None  # "This interview has been edited for length and clarity."
            if _fitted_to_page(rest):
                return None  # "This article was modified to be included on this site."
            kind = "clarification" if verb == "clarified" or _TO_CLARIFY.search(rest) \
                else "update" if verb in ("updated", "revised") else "correction"
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
        elif kind == "correction" and style == "nyt" and re.search(
                r"\bclarif|\b(?:should have made|did not make) (?:it )?clear", t[:200], _I):
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


# A bracketed word before or after a headline: "[Corrected]", "(Retracted)", "[Korrigiert]",
# "(Rectificado)", "[Mis à jour]". Only these words, so "(Video)" or "[Opinion]" stay headline.
_BRACKET_WORDS = (
    ("correction", r"corrected version|korrigierte (?:fassung|version)|version corrig[eé]e|"
                   r"versione corretta|versi[oó]n corregida|vers[aã]o corrigida|gecorrigeerde versie|"
                   r"corrected|correction|korrigiert|korrektur|berichtigt|corrig[eé]e?|"
                   r"rectifi[eé]e?|corregid[oa]|rectificad[oa]|correcci[oó]n|corrigid[oa]|"
                   r"retificad[oa]|corre[cç][aã]o|corrett[oa]|rettificat[oa]|rettifica|"
                   r"gecorrigeerd|correctie|rectificatie|erramos"),
    ("clarification", r"clarified|clarification|klarstellung|pr[eé]cision|aclaraci[oó]n|"
                      r"precisazione|esclarecimento|verduidelijking"),
    ("withdrawal", r"retracted|retraction|withdrawn|zur[uü]ckgezogen|retir[eé]e?|retirad[oa]|"
                   r"ritirat[oa]|ingetrokken"),
    ("update", r"updated version|aktualisierte (?:fassung|version)|updated?|aktualisiert|"
               r"mis[e]? à jour|actualizad[oa]|aggiornat[oa]|atualizad[oa]|"
               r"bijgewerkt|aktualisierung|actualizaci[oó]n|aggiornamento|atualiza[cç][aã]o"),
)
_BRACKET_TAG = lazy_compile(
    r"^\s*[\[(](?P<a>" + "|".join(w for _, w in _BRACKET_WORDS) + r")[\])]\s*[:\-\u2013\u2014]?\s*"
    # after the headline, the tag may say more: "(Updated with vote count)", "[Corrected 3pm]"
    r"|\s*[\[(](?P<b>" + "|".join(w for _, w in _BRACKET_WORDS) + r")"
    r"(?:\s*:?\s+[^\[\]()]{1,60})?[\])]\s*$", _I)


_TRAILING_TAG = lazy_compile(r"\s+[-|\u2013\u2014]\s+(?P<t>corrected|correction(?: appended)?|clarified|"
                             r"clarification(?: appended)?|retracted|retraction|updated)\s*$", _I)


# ... or in capitals after a headline in mixed case, with no mark between: "Storm closes the
# coast road UPDATE", "Streep door het programma UP-DATE" (not a noun of the headline's own:
# "Phones get a big UPDATE")
_TRAILING_CAPS = lazy_compile(r"[a-z\u00e0-\u00ff][^A-Z]*(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bbig)"
                              r"(?<!\bnew)(?<!\bmajor)(?<!\blatest)(?<!\bsoftware)(?<!\bsecurity)"
                              r"\s+(?P<t>UP-?DATED?|CORRECTED|CORRECTION|"
                              r"CLARIFIED|CLARIFICATION|RETRACTED|AKTUALISIERT|BIJGEWERKT|"
                              r"AGGIORNATO|ACTUALIZADO|ATUALIZADO)\s*$")


def _bracket_tag(headline: str) -> tuple[str, Note] | None:
    if "[" not in headline and "(" not in headline:  # most headlines: skip the search
        m = _TRAILING_TAG.search(headline) if "-" in headline or "|" in headline or \
            "\u2013" in headline or "\u2014" in headline else None
        if m is None and headline.rstrip()[-1:].isupper():
            m = _TRAILING_CAPS.search(headline)
        if m is None or not headline[:m.start("t")].strip():
            return None
        word = m.group("t").lower().replace("-", "")
        kind = "withdrawal" if word.startswith("retract") else "clarification" \
            if word.startswith("clarif") else "update" if word.startswith("update") or \
            _TAG_KIND.get(word.upper(), ("",))[0] == "update" else "correction"
        return headline[:m.start("t")].strip(" -|\u2013\u2014"), Note(kind=kind, text=m.group("t"),
                                                  position="headline", paragraph=None,
                                                  style="generic")
    m = _BRACKET_TAG.search(headline)
    rest = (headline[:m.start()] + headline[m.end():]).strip() if m else ""
    if not m or not rest:
        return None
    word = m.group("a") or m.group("b")
    kind = next(k for k, w in _BRACKET_WORDS if re.fullmatch(w, word, _I))
    return rest, Note(kind=kind, text=m.group(0).strip(" :-\u2013\u2014"), position="headline",
                      paragraph=None, style="generic")


def headline_tags(headline: str) -> tuple[str, tuple[Note, ...]]:
    """Strip wire-style tags ("CORRECTED-", "REFILE-", "UPDATE 1-", "UPDATE:") from a headline.

    A headline that is a corrections label ("Erramos", "Korrekturen und Klarstellungen : ...")
    is a note too; a label alone stays the headline.
    """
    bracket = _bracket_tag(headline)
    if bracket is not None:
        return bracket[0], (bracket[1],)
    label = _HEAD_LABEL.match(fold(headline)) or _LANG_HEAD_LABEL.match(fold(headline))
    if label and not _HEAD_TAGS.match(headline) and not _standing(headline[label.end():]) and \
            not _transparency_only(label.group(0), headline[label.end():]):
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
        word = re.sub(r"[\s\d:\-\u2014\u2013]+$", "", re.sub(r"\s*\([^)]*\)", "", m.group("tag"))
                      ).strip().upper()
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


# A note found by cues alone may be a body paragraph that talks like one: it is taken out of
# the compared text only where notes sit (the first two or last two paragraphs, or under a
# rule) and when it is short; elsewhere it is reported but stays in the text, so an edit inside
# it is still seen.
_CUE_STRIP_WORDS = 90


def _strippable(first: int, last: int, text: str, paras: tuple[str, ...]) -> bool:
    if len(text.split()) > _CUE_STRIP_WORDS:
        return False
    return first <= 1 or last >= len(paras) - 2 or (first > 0 and is_rule(paras[first - 1]))


# A wire correction item as the top of a body: "CORRECTION - <SLUG>" (the tag in capitals, the
# slug a title, not a sentence) over the item's few lines ("In item headlined ... please read
# ..."), which hard wrapping may have split into several paragraphs.
_WIRE_ITEM = lazy_compile(
    r"^\s*\(?(?P<tag>CORRECTED|CORRECTION|CLARIFICATION|WITHDRAWN|RETRACTED|RETRACTION)\)?"
    r"\s*(?:-|:|\u2014|\u2013)\s*(?P<slug>[^.!?]{2,100})$")
_ITEM_LINE = lazy_compile(r"\b(?:please|pls) read\b|\bshould read\b|\bcorrect(?:s|ing)\b|"
                          r"\b(?:item|story|report) (?:headlined|on|of|about)\b", _I)


def _wire_item(paras: tuple[str, ...]) -> tuple[Note, list[int]] | None:
    """The note and its paragraphs when the body opens with a wire correction item."""
    if len(paras) < 2:
        return None
    m = _WIRE_ITEM.match(paras[0])
    if not m or len(m.group("slug").split()) > 14:
        return None
    idx, text = [0, 1], f"{paras[0].strip()} {paras[1].strip()}"
    k = 2
    while k < len(paras) and k <= 5 and len(paras[k].split()) <= 60 and (
            _BROKEN_OFF.search(text) or _ITEM_LINE.search(paras[k])):
        idx.append(k)
        text, k = f"{text} {paras[k].strip()}", k + 1
    if not _ITEM_LINE.search(text, len(paras[0])):
        return None
    tag = m.group("tag")
    kind = ("clarification" if tag.startswith("CLARIF") else
            "withdrawal" if tag in ("WITHDRAWN", "RETRACTED", "RETRACTION") else "correction")
    old, new = parse_values(text, strict=True)
    note = Note(kind=kind, text=text, position="top", paragraph=0, date=parse_date(text),
                old_value=old, new_value=new, style="reuters")
    return note, idx


# A short paragraph that judges the one before it: an admission or an apology.
_VERDICT_WORDS = lazy_compile(
    r"\b(?:regrets?|apologi[sz]e|apologies|error|mistake|untrue|incorrect|inaccurate|wrong|"
    r"without foundation|entschuldig|bedauern|fehler|falsch|excuses|erreur|disculpas|"
    r"errore|scusiamo|desculpas|erro|spijt|fout|onjuist)\b", _I)


def _verdict_after(text: str, nxt: str) -> bool:
    """Whether ``nxt`` may be the verdict on ``text``, read with it as one note: a sentence or
    two (at most 25 words) of admission or apology, or the fact set against the claim in a
    paragraph of its own ("In fact, Mr Hughes has not resigned; ...", at most 60 words), after a
    paragraph of at most 120."""
    # (by characters first: this runs for every paragraph of every version)
    if len(nxt) > 500 or len(text) > 1200 or " " not in nxt.strip():
        return False
    if len(nxt) <= 220 and _judges(nxt) and len(text.split()) <= 120:
        return True
    if len(nxt.split()) > 60 or len(text.split()) > 120:
        return False
    if _FACT_PARAGRAPH.match(nxt) is not None and _OWN_CLAIM_PARA.search(text) is not None:
        return True
    # ... or, in the other languages, the fact set against the claim ("Il s'agit non pas de sept
    # scrutins mais de onze") after a paragraph that names the outlet's own text ("nous avons
    # écrit", "in unserer Ausgabe vom ...")
    # (cheapest first: this runs for every pair of paragraphs of every version, and the search
    # for the outlet's own text is the dearest)
    return _foreign_paragraph(nxt) and _foreign_paragraph(text) and \
        langs.NEGATED.search(nxt) is not None and langs.own_text(text)


#: langs.foreign for a paragraph, remembered: the same paragraphs come back in every version.
_foreign_paragraph = lru_cache(maxsize=4096)(langs.foreign)


# The outlet's own text named in the paragraph before such a fact: "our report on 15 September
# suggested", "in yesterday's paper", "in Tuesday's edition", "this newspaper reported".
_OWN_CLAIM_PARA = lazy_compile(
    r"\bour (?:[\w'-]+ ){0,3}?(?:report|article|story|item|column|editorial|obituary|review|"
    r"headline|caption|coverage|leader)s?\b|\b(?:yesterday|today|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)['\u2019]s (?:paper|edition|issue|newspaper)\b|\bthis (?:newspaper|paper) "
    r"(?:\w+ )?(?:said|reported|stated|suggested|wrote|claimed)\b|\bwe (?:\w+ly )?(?:said|"
    r"reported|stated|suggested|wrote|claimed)\b", _I)
# A paragraph that opens with the fact a correction sets against its claim.
_FACT_PARAGRAPH = lazy_compile(r"^[\s*_]*(?:in fact|in reality|actually|tats[aä]chlich|"
                               r"en r[eé]alit[eé]|en realidad|in realt[aà]|na verdade|"
                               r"in werkelijkheid)\b", _I)


@lru_cache(maxsize=4096)
def _judges(nxt: str) -> bool:
    """Whether a short paragraph admits an error or apologises (cached: the paragraphs of a
    story's versions are mostly the same)."""
    return len(nxt.split()) <= 25 and _VERDICT_WORDS.search(nxt) is not None


# A paragraph that introduces an example of a note: what follows it shows the form, it is not
# this story's note ("... may include a note such as:", "for example:", "zum Beispiel:").
_SHOWS_EXAMPLE = lazy_compile(
    r"\b(?:such as|for example|for instance|e\.g\.|like this|as follows|the following|"
    r"zum beispiel|beispielsweise|etwa so|par exemple|comme suit|tel que|por ejemplo|como este|"
    r"per esempio|ad esempio|come questa|por exemplo|como esta|bijvoorbeeld|zoals deze)\s*:\s*$",
    _I)


# A label heading that names what it corrects, the note in the paragraph under it: "Rettifica
# alla notizia dei «due presunti ladri»", "Retratação de O DIA para Eduardo ...", "Berichtigung
# zum Artikel vom 3. Mai", "Correction to the story on the ferry fares" (a newsroom noun in the
# heading, or a retraction's, which names the person it is owed to).
_NEWSROOM_NOUN = lazy_compile(
    r"\b(?:notizia|articolo|servizio|pezzo|not[ií]cia|artigo|mat[eé]ria|reportagem|nota|"
    r"art[ií]culo|informaci[oó]n|article|story|report|artikel|bericht|meldung|beitrag|stuk|"
    r"edizione|edi[cç][aã]o|edici[oó]n|[eé]dition|ausgabe|editie)\b", _I)
_LABEL_TO_PIECE = lazy_compile(
    r"^[\s*_]*(?P<label>(?P<taken>ritrattazione|retrata[cç][aã]o|retractaci[oó]n|r[eé]tractation|"
    r"retraction)|" + "|".join(label for label, kind in langs.LABELS
                               if kind in ("correction", "clarification"))
    + r"|corrections?|clarifications?)\s+(?:a|alla|al|all['\u2019]|allo|sulla|sul|alle|ai|agli|"
    r"à|au|aux|a la|ao|à|zu|zum|zur|bij|van|op|over|to|of|on|de|da|do|para|sobre|per|for|del|"
    r"della|dell['\u2019]|des|du)\s(?P<tail>[^.!?;]{2,140})$", _I)


def _label_to_piece(folded: str) -> str | None:
    """The label of such a heading ("Rettifica"), or None; ``folded`` is the paragraph folded."""
    m = _LABEL_TO_PIECE.match(folded)
    if m is None or (m.group("taken") is None and
                     _NEWSROOM_NOUN.search(m.group("tail")) is None):
        return None
    return m.group("label")


def _titled_label(text: str) -> bool:
    """Whether ``text`` is a corrections label over a short title and says nothing more
    ("Correction: the mayor's budget", "Errata corrige: <title>"), or a label alone."""
    folded = fold(text)
    m = _HEAD_LABEL.match(folded) or _LANG_HEAD_LABEL.match(folded)
    if m is None:
        return bool(_LABEL_ONLY.match(folded) or _LANG_LABEL_ONLY.match(folded))
    rest = folded[m.end():].strip()
    return len(rest.split()) <= 12 and not re.search(r"[.!?;]\s+\S", rest)


def _scan(article: Article) -> tuple[list[Note], set[int]]:
    notes: list[Note] = []
    taken: set[int] = set()
    paras = article.paragraphs
    i = 0
    item = _wire_item(paras) if paras and paras[0][:1] in "C(" else None
    if item is not None:
        notes.append(item[0])
        taken.update(item[1])
        i = item[1][-1] + 1
    while i < len(paras):
        text = paras[i]
        if i and paras[i - 1].rstrip().endswith(":") and _SHOWS_EXAMPLE.search(paras[i - 1]):
            i += 1  # 'Where a correction is made, we add a note such as:' then the example
            continue
        hit = detect_paragraph(text)
        idx = [i]
        full = text.strip()
        piece = None
        folded = fold(text) if hit is None and i + 1 < len(paras) else ""
        if folded and (_LABEL_ONLY.match(folded) or (
                len(text) < 60 and _LANG_LABEL_ONLY.match(folded)) or (
                len(text) <= 160 and (piece := _label_to_piece(folded)) is not None)):
            # "Fe de errores" / "Correction" as a heading: the note is the next paragraph.
            hit = detect_paragraph(paras[i + 1])
            if hit is None and len(paras[i + 1].split()) <= 120:
                # the label read with its paragraph: "Editor's note" over "The author is ..."
                # (without the outlet's name and date a heading may carry after it)
                label = _HEAD_TAIL_END.sub("", full.rstrip(":. ")) or full.rstrip(":. ")
                if piece:
                    label = piece  # "Rettifica alla notizia ...": the label, without its piece
                hit = detect_paragraph(f"{label}: {paras[i + 1].strip()}")
            if hit is None and _SINGLE_LABEL.match(folded) and \
                    _SEE_POINTER.match(paras[i + 1]) and len(paras[i + 1].split()) <= 25:
                # "Correction" over "Please see this commit: https://...": a note that
                # points at its fix and explains nothing more (not "Corrections" over a policy)
                hit = _Hit("correction" if "corr" in text.lower() else "clarification", "generic")
            if hit is not None:
                idx.append(i + 1)
                full = f"{full}: {paras[i + 1].strip()}" if not full.endswith(":") \
                    else f"{full} {paras[i + 1].strip()}"
        if hit is not None and hit.kind == "update" and i + 1 < len(paras) and \
                len(text.split()) <= 12 and text.lstrip()[:1] == "(" and \
                _PAREN_UPDATE.match(fold(text)) and detect_paragraph(paras[i + 1]) is None:
            # "(Update 03-Mar-2027) Release postponed" is the heading of the update below it
            idx.append(i + 1)
            full = f"{full}: {paras[i + 1].strip()}"
        if hit is None and i + 1 < len(paras) and not text[:3].isascii() and \
                _CJK_LABEL_ONLY.match(text) and _CJK_CHANGE.search(paras[i + 1][:200]):
            # "更新 2020-06-23" over a paragraph that tells what changed ("以前のバージョンでは")
            hit = _cjk_hit(f"{text.strip()}: {paras[i + 1].strip()}")
            if hit is not None:
                idx.append(i + 1)
                full = f"{full}: {paras[i + 1].strip()}"
        if (hit is None or (hit.kind == "update" and len(idx) == 1)) and i + 1 < len(paras) and \
                len(text) <= 80 and (titled := _TITLED_EDIT.match(fold(text))) and \
                len(titled.group("title").split()) <= 6 and len(paras[i + 1].split()) >= 6 and \
                detect_paragraph(paras[i + 1]) is None:
            # "Edit: Timings against the new library" over the paragraph that gives them: a
            # writer's added section, headed by its label and a title
            hit = _Hit("update", "generic")
            idx.append(i + 1)
            full = f"{full} {paras[i + 1].strip()}"
        if hit is None and i + 1 < len(paras) and _UPDATE_HEADING.match(folded) and \
                not _UPDATE_HEADING.match(fold(paras[i + 1])):
            # (with its date, which makes the label the publisher's: "Update 2021-10-11:" over
            # "If you use ..., you will need to ...")
            dated = full.strip(" *_#[]").rstrip(" :.")
            hit = detect_paragraph(f"{dated}: {paras[i + 1].strip()}") if dated[:6].lower() \
                == "update" else None
            if hit is None or hit.kind != "update":
                hit = detect_paragraph(f"Update: {paras[i + 1].strip()}")
            if hit is not None and hit.kind == "update":
                idx.append(i + 1)
                full = f"{full} {paras[i + 1].strip()}"
            else:
                hit = None
        if hit is None and i + 1 < len(paras) and _verdict_after(text, paras[i + 1]) and \
                detect_paragraph(paras[i + 1]) is None:
            # A corrections column's item over its verdict: "In our edition of 3 May we stated
            # that ..." then "This was untrue." / "The Courier regrets the error." (a verdict
            # that is a note by itself is read as one, not with the paragraph before it)
            hit = detect_paragraph(f"{full} {paras[i + 1].strip()}")
            if hit is not None:
                idx.append(i + 1)
                full = f"{full} {paras[i + 1].strip()}"
        if hit is None and (run := _wrapped_run(paras, i)):
            # a note hard-wrapped at a fixed width (wire copy, a plain-text capture): its lines
            # read as the one paragraph they are
            joined = " ".join(paras[k].strip() for k in run)
            hit = detect_paragraph(joined)
            if hit is not None:
                idx, full = run, joined
        if hit is None:
            i += 1
            continue
        # NYT: "Correction: June 16, 2014" on its own line, the note in the next paragraph.
        # A date line says nothing by itself: the paragraph under it is its body, whatever it
        # opens with ("Because of an editing error, ...").
        if _DATE_ONLY.match(fold(text)) and i + 1 < len(paras) and \
                not _DATE_ONLY.match(fold(paras[i + 1])) and not is_rule(paras[i + 1]) and \
                len(paras[i + 1].split()) <= _CUE_STRIP_WORDS:
            idx.append(i + 1)
            full = f"{full} {paras[i + 1].strip()}"
        old, new = parse_values(_with_body(full, paras, idx[-1]), strict=hit.cue)
        if old is None and new is None and idx[-1] + 1 < len(paras) and _titled_label(full):
            # "Errata corrige: <a title>" over the paragraph that tells the error: the values
            # are there, read as cues find them (only forms that mark their own edges)
            old, new = parse_values(_with_body(paras[idx[-1] + 1].strip(), paras, idx[-1] + 1),
                                    strict=True)
        notes.append(Note(kind=hit.kind, text=full, position=_position(i, paras), paragraph=i,
                          date=parse_date(full), old_value=old, new_value=new, style=hit.style))
        if not hit.cue or (not hit.glued and _strippable(i, idx[-1], full, paras)):
            taken.update(idx)
        i = idx[-1] + 1
    return notes, taken


# A note that announces what follows ("... an error, which we correct below:") or whose line
# breaks off mid-sentence (a hard-wrapped wire item) states its values in the next lines.
_ANNOUNCES = lazy_compile(r"(?::|\b(?:below|as follows|a continuaci[oó]n|ci-dessous|"
                          r"comme suit|wie folgt|im folgenden|a seguir|di seguito|hieronder|"
                          r"als volgt))\s*\.?\s*$", _I)
_BROKEN_OFF = lazy_compile(r"[^.!?)\]\"'\u201d\u2019:]\s*$")


# A hard-wrapped line: long enough to be cut at a fixed width, and cut mid-sentence.
_WRAP_MIN, _WRAP_MAX, _WRAP_LINES = 45, 100, 8


def _wrapped_run(paras: tuple[str, ...], i: int) -> list[int]:
    """The paragraphs from ``i`` that are one paragraph's lines cut at a fixed width: each but
    the last broken off mid-sentence (no closing punctuation) and 45 to 100 characters long,
    the next one carrying on; [] when ``paras[i]`` is no such line."""
    run = [i]
    while run[-1] + 1 < len(paras) and len(run) < _WRAP_LINES:
        line = paras[run[-1]].strip()
        if not (_WRAP_MIN <= len(line) <= _WRAP_MAX and _BROKEN_OFF.search(line)):
            break
        nxt = paras[run[-1] + 1].strip()
        if not nxt or is_rule(nxt) or len(nxt) > _WRAP_MAX:
            break
        run.append(run[-1] + 1)
    return run if len(run) > 1 else []


def _with_body(full: str, paras: tuple[str, ...], last: int) -> str:
    """The text a note's values are read from: the note, and up to three lines that carry on
    its sentence or answer its announcement (the note's own text and extent are unchanged)."""
    text, k = full, last + 1
    while k < len(paras) and k <= last + 3:
        nxt = paras[k].strip()
        carries_on = bool(_BROKEN_OFF.search(text)) and nxt[:1].islower()
        if not (carries_on or (k == last + 1 and _ANNOUNCES.search(text))) or is_rule(nxt):
            break
        text, k = f"{text} {nxt}", k + 1
    return text


def _item_values(head_notes: tuple[Note, ...], body: list[Note],
                 article: Article) -> tuple[Note, ...]:
    """A wire correction item ("CORRECTION - <slug>" over a few hard-wrapped lines) is one
    note: its headline tag takes the values its short body states."""
    if not head_notes or head_notes[0].kind != "correction" or \
            any(n.old_value or n.new_value for n in body):
        return head_notes
    paras = article.paragraphs
    if not paras or len(paras) > 6 or sum(map(len, paras)) > 1200:
        return head_notes
    # The item's lines are read as a paragraph found by cues: only values that mark their edges.
    old, new = parse_values(" ".join(paras), strict=True)
    if old is None and new is None:
        return head_notes
    return (replace(head_notes[0], old_value=old, new_value=new),) + head_notes[1:]


def find_notes(article: Article) -> tuple[Note, ...]:
    """Every note in ``article``: headline tags first, then body notes in reading order."""
    _, head_notes = headline_tags(article.headline)
    body, _ = _scan(article)
    return _item_values(head_notes, body, article) + tuple(body)


def strip_notes(article: Article) -> tuple[Article, tuple[Note, ...]]:
    """``article`` without its note paragraphs and headline tags, and the notes found.

    A note found by cues alone (no house form or label) is taken out only when it is short and
    sits where notes sit (first or last two paragraphs, or under a rule); elsewhere it is
    returned as a note but left in the text, so that an edit inside it is still compared.

    A separator rule left orphaned by a removed note (two rules in a row, or a rule at the very
    start or end) is removed too, so that adding a note under a ``___`` rule is not seen as an
    added paragraph.
    """
    headline, head_notes = headline_tags(article.headline)
    body, taken = _scan(article)
    head_notes = _item_values(head_notes, body, article)
    if not head_notes and not taken:
        return article, tuple(body)
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
