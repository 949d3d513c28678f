"""Labels and reasons for each change of an alignment, so an editor can tell a typo from a fact.

The word diff of a change is cut into *hunks* (a run of deletions/insertions between two equal
runs). Each hunk is judged on its own, then the labels of all hunks are united:

- ``cosmetic``: the hunk only changes whitespace, quote style (curly/straight), letter case, or
  punctuation outside quotation marks and away from digits (a serial comma, a hyphen, a dash).
  ``reason`` is ``cosmetic:whitespace``, ``cosmetic:quotes``, ``cosmetic:case`` or
  ``cosmetic:punctuation``. A paragraph kept after folding but with different characters, and a
  split or merge that changes no words, are cosmetic too. So are a copy editor's touches
  (``cosmetic:wording``): a word or two of "the a an in on at of for to by from with and or as
  that this there" put in or taken out ("in order to" made "to", "said that" made "said"), or
  one word swapped for one of the same sense ("like"/"as", "which"/"that", "toward"/"towards");
  and a word replaced by its abbreviation with a full stop, or back (``cosmetic:abbreviation``:
  "Philadelphia"/"Phila.", "September"/"Sept."). Seen on real captured versions, where such
  touches beside a disclosed correction were reported as silent corrections.
- ``spelling``: one lower-case word replaced by one close to it (edit distance at most 2 and at
  most a third of its length), e.g. ``spelling:recieve->receive``.
- - ``number``: a digit sequence or a number word (five, dozen, million...) changed, appeared or
  disappeared (``number:5->6``, ``number:+31``). Punctuation touching a digit (``1,000`` ->
  ``1.000``) is a number change, never cosmetic.
- ``date``: a year (1800-2199), weekday, month, clock time, or relative day (today, yesterday...)
  changed; a year also gets ``number`` (``date:2016->2014``).
- ``name``: a capitalised word that is not merely sentence-initial, or any capitalised word
  re-spelled, changed (``name:Smith->Jones``). A misspelled name fixed is ``name`` and ``spelling``
  (substantive: names are facts).
- ``quote``: the hunk lies inside quotation marks (straight or curly, in the old or new text) or
  adds/removes quotation marks; a moved comma inside a quote is a quote change (``quote:changed``).
- ``meaning``: a negation appeared or disappeared (not, no, never, n't, none, nobody, nothing,
  neither, nor, without, cannot, denied/deny, refused, rejected...: ``negation:+not``), or one of a
  short list of antonym swaps (rose/fell, won/lost, guilty/innocent, before/after, more/less...:
  ``antonym:rose->fell``). Other reversals of meaning (a different verb with the opposite sense,
  "dismissed" for "upheld", irony) cannot be caught by word lists: they fall under ``rewrite``.
- ``attribution``: a reporting verb (said, told, according to, claimed...) appeared, disappeared
  or changed, or a capitalised word next to one changed (who said it): ``attribution:changed``.
- ``added`` / ``removed``: whole paragraphs, or four or more words inserted (deleted) with nothing
  taken out (put in): ``added:12w``.
- ``rewrite``: any other change of words.
- ``moved``: the paragraph changed place relative to the others. A move alone is not substantive
  (see :data:`versiontrack.models.NON_SUBSTANTIVE_LABELS`) unless it moves a paragraph into or
  out of the lede (first paragraph): then ``lede`` is added (``moved:lede``).
- ``headline`` / ``byline``: added to a headline or byline change that is substantive.

Substantive = any label beyond cosmetic, spelling and a plain move.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable

from versiontrack.models import LABELS, Change, WordOp
from versiontrack.normalize import diff_word_re, diff_words, fold, starts_sentence, wordset

_NEGATIONS = wordset(
    "not no never none nobody nothing nowhere neither nor without cannot cant deny denies denied "
    "denying refuse refuses refused refusing reject rejects rejected rejecting false untrue "
    "unable nein non nicht kein keine jamais"
)
_ANTONYMS = {
    frozenset(p) for p in (
        ("rose", "fell"), ("rise", "fall"), ("rises", "falls"), ("increase", "decrease"),
        ("increased", "decreased"), ("up", "down"), ("won", "lost"), ("win", "lose"),
        ("wins", "loses"), ("guilty", "innocent"), ("before", "after"), ("more", "less"),
        ("more", "fewer"), ("higher", "lower"), ("above", "below"), ("accepted", "rejected"),
        ("approved", "rejected"), ("confirmed", "denied"), ("allowed", "banned"),
        ("legal", "illegal"), ("lawfully", "unlawfully"), ("legally", "illegally"),
        ("support", "oppose"), ("supports", "opposes"), ("supported", "opposed"),
        ("alive", "dead"), ("open", "closed"), ("opened", "closed"), ("true", "false"),
        ("first", "last"), ("maximum", "minimum"), ("majority", "minority"), ("east", "west"),
        ("north", "south"), ("acquitted", "convicted"), ("survived", "died"),
        ("agreed", "refused"), ("increasing", "decreasing"), ("gained", "lost"),
    )
}
_ANTONYM_OF: dict[str, frozenset[str]] = {
    w: frozenset(x for pair in _ANTONYMS if w in pair for x in pair if x != w)
    for pair in _ANTONYMS for w in pair
}
_REPORTING = wordset(
    "said says say told tells according stated states claimed claims reported reports announced "
    "announces wrote writes added adds insisted insists alleged alleges testified tweeted posted "
    "explained noted argued warned asked replied "
    # the same in the other languages the audit reads (German, French, Spanish, Italian,
    # Portuguese, Dutch), as their stories put them next to the speaker
    "sagte sagt sagten erklärte erklärt betonte betont schrieb schreibt "
    "dit déclare déclaré affirme affirmé explique expliqué "
    "dijo afirmó afirma explicó declaró "
    "disse detto afferma affermato spiegato "
    "disse diz afirmou afirma explicou declarou "
    "zei zegt verklaarde schreef schrijft"
)
_MONTHS = wordset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_DAYS = wordset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight "
    "morning afternoon evening overnight weekend midnight noon"
)
_NUMBER_WORDS = wordset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred hundreds thousand thousands million millions billion billions trillion dozen "
    "dozens pair couple half quarter twice thrice double triple first second third fourth fifth percent"
)
# Months and weekdays in the other languages the note detector reads (de, fr, es, it, pt, nl).
# Written lower case in most of them, so they count as dates in any case, except the words that
# are also common words elsewhere ("mai" is "never" in Italian, "mars" a planet, "sept" seven,
# "segunda" second): those only with a capital, like the English months.
_FOREIGN_MONTHS = wordset(
    "januar februar märz juni juli oktober dezember janvier février avril juin juillet août "
    "septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto "
    "septiembre setiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno "
    "luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro "
    "outubro dezembro januari februari maart mei augustus"
)
_CAPITAL_MONTHS = _MONTHS | wordset("mai mars")
_FOREIGN_DAYS = wordset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend lundi mardi mercredi "
    "jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo lunedì "
    "martedì mercoledì giovedì venerdì sabato domenica maandag dinsdag woensdag donderdag "
    "vrijdag zaterdag zondag"
)
# Countries and their peoples, one word each: two of them a letter or two apart ("Iran" /
# "Iraq", "Austria" / "Australia", "Slovakia" / "Slovenia") are two places, never a spelling fix.
_COUNTRIES = wordset(
    "afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan "
    "bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia "
    "botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia "
    "comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea "
    "estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece "
    "grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq "
    "ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait "
    "kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg "
    "madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia "
    "moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal "
    "netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay "
    "peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia "
    "seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland "
    "syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu "
    "uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe "
    "iranian iraqi austrian australian slovak slovakian slovene slovenian nigerian nigerien "
    "gambian zambian malian malawian guinean guyanese swedish swiss indian indonesian "
    "austrians australians iranians iraqis nigerians"
)
_DATE_WORDS = _CAPITAL_MONTHS | _FOREIGN_MONTHS | _DAYS | _FOREIGN_DAYS | {"am", "pm", "gmt", "utc"}
# Every word (lower-cased) the number, date, negation, antonym and attribution tests look for.
_LISTED = _NUMBER_WORDS | _DATE_WORDS | _NEGATIONS | frozenset(_ANTONYM_OF) | _REPORTING | {
    "according"}
_FUNCTION_WORDS = wordset(
    "the a an in on at of for to by from with and but or as after before while when this that "
    "these those it its his her their our we they he she i you there here then meanwhile also"
)
_QUOTE_CHARS = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb"


def _has_quote_char(text: str) -> bool:
    """``any(c in _QUOTE_CHARS for c in text)``, as a few C-level scans."""
    return '"' in text or "\u201c" in text or "\u201d" in text or "\u201e" in text or \
        "\u201f" in text or "\u00ab" in text or "\u00bb" in text
_YEAR = re.compile(r"^(1[89]\d\d|2[01]\d\d)$")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}$")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w", re.UNICODE)
_APOS = re.compile(r"['\u2019]")


def _hunks(ops: Iterable[WordOp]) -> list[tuple[str, str, int, int]]:
    """(deleted text, inserted text, old_start, new_start) of each run of non-equal ops."""
    hunks: list[tuple[str, str, int, int]] = []
    old = new = ""
    old_start = new_start = 0
    in_hunk = False
    for op in ops:
        kind = op.op
        if kind == "equal":
            if in_hunk:
                hunks.append((old, new, old_start, new_start))
                old = new = ""
                in_hunk = False
            continue
        if not in_hunk:
            old_start, new_start = op.old_start, op.new_start
            in_hunk = True
        if kind == "delete":
            old += op.text
        else:
            new += op.text
    if in_hunk:
        hunks.append((old, new, old_start, new_start))
    return hunks


def _reporting(words: list[str]) -> set[str]:
    # Lower-case only: "States" in "United States" is no reporting verb.
    return {_norm_word(w) for w in words if w[:1].islower()} & _REPORTING


def _norm_word(w: str) -> str:
    w = w.lower()
    return w.replace("\u2019", "'") if "\u2019" in w else w  # _APOS: ' and \u2019 to '


def _negations(words: list[str]) -> set[str]:
    out = set()
    for w in words:
        lw = _norm_word(w)
        if lw in _NEGATIONS:
            out.add(lw)
        elif lw.endswith("n't"):
            out.add("n't")
    return out


def _within_distance(a: str, b: str, k: int) -> bool:
    """``_edit_distance(a, b) <= k`` (k < 3)."""
    if abs(len(a) - len(b)) > k:
        return False
    # A common prefix or suffix never changes the distance: drop it first.
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    q = 0
    while q < n - p and a[-1 - q] == b[-1 - q]:
        q += 1
    if p or q:
        a, b = a[p:len(a) - q], b[p:len(b) - q]
    if not a or not b:
        return len(a) + len(b) <= k
    if not k:
        return False  # both left non-empty, first characters differ
    # First characters differ: d(a, b) = 1 + min(d(a[1:], b[1:]), d(a[1:], b), d(a, b[1:])).
    k -= 1
    a1, b1 = a[1:], b[1:]
    return _within_distance(a1, b1, k) or _within_distance(a1, b, k) or \
        _within_distance(a, b1, k)


def _close(a: str, b: str, k: int) -> bool:
    """``_within_distance(a, b, k)``, first ruling out words with more than k distinct letters
    the other lacks (each needs an edit of its own: a lower bound of the distance)."""
    sa, sb = set(a), set(b)
    if len(sa - sb) > k or len(sb - sa) > k:
        return False
    return _within_distance(a, b, k)


def _edit_distance(a: str, b: str, limit: int = 3) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")


# What closes each opening mark: English \u201c...\u201d, German \u201e...\u201c (or ...\u201d),
# French \u00ab...\u00bb, and German \u00bb...\u00ab the other way round.
_CLOSERS = {"\u201c": "\u201d", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", "\u00bb": "\u00ab"}


def _quote_marks(text: str) -> tuple[list[int], list[bool]]:
    """The positions of the quotation marks of ``text`` and, for each, whether the text right
    after it lies between an opening and a closing mark (for :func:`_inside_quotes`). A mark
    that closes the one open closes it (German \u201e...\u201c, \u00bb...\u00ab); a closing mark with
    none open is a stray one and opens nothing."""
    positions: list[int] = []
    inside: list[bool] = []
    opened: list[str] = []
    straight = False
    for m in _QUOTE_MARKS.finditer(text):
        ch = m.group()
        if ch == '"':
            straight = not straight
        elif opened and ch in _CLOSERS[opened[-1]]:
            opened.pop()
        elif ch in _CLOSERS:
            opened.append(ch)
        positions.append(m.start())
        inside.append(bool(opened) or straight)
    return positions, inside


def _inside_quotes(marks: tuple[list[int], list[bool]], pos: int) -> bool:
    """True when ``pos`` lies between an opening and a closing quotation mark of the text whose
    :func:`_quote_marks` are ``marks``: the state after the last mark before ``pos``."""
    k = bisect.bisect_left(marks[0], pos)
    return k > 0 and marks[1][k - 1]


def _is_capitalised(w: str) -> bool:
    return w[:1].isupper()


def _cap_words(text: str, hunk_text: str, start: int) -> list[str]:
    """Capitalised words of ``hunk_text`` (at ``start`` in ``text``) that look like names."""
    if hunk_text.isascii():
        if hunk_text.lower() == hunk_text:  # no A-Z: no token can start with a capital
            return []
    elif not any(map(str.isupper, hunk_text)):  # no token can start with a capital
        return []
    out = []
    # The word tokens of hunk_text, as in diff_words: the other tokens fail _WORD.match.
    for m in diff_word_re(hunk_text).finditer(hunk_text):
        tok = m.group()
        if not _is_capitalised(tok) or not _WORD.match(tok) or tok.isdigit():
            continue
        pos = m.start()
        initial = starts_sentence(text, start + pos) if pos == 0 else \
            starts_sentence(hunk_text, pos)
        if initial and not (any(c.isupper() for c in tok[1:]) or _appears_mid_sentence(text, tok)
                            or _next_is_capitalised(hunk_text, m.end())):
            continue
        out.append(tok)
    return out


def _next_is_capitalised(text: str, end: int) -> bool:
    """"Bertil Ohandrik", "Frontier Monitor": a capitalised word followed by another."""
    m = re.match(r"\s+(\w+)", text[end:])
    return bool(m and m.group(1)[:1].isupper()) and \
        text[:end].split()[-1].lower() not in _FUNCTION_WORDS


def _appears_mid_sentence(text: str, word: str) -> bool:
    for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text):
        if not starts_sentence(text, m.start()):
            return True
    return False


def _short(words: list[str], n: int = 3) -> str:
    s = " ".join(words[:n])
    return s + ("..." if len(words) > n else "")


def _judge_word(old: str, new: str, in_quotes: bool) -> tuple[set[str], list[str]]:
    """:func:`_judge` of one lower-case ASCII word replaced by another, neither in _LISTED: with
    no digit, capital, apostrophe, quotation mark or listed word, only spelling and quote apply."""
    labels: set[str] = set()
    reasons: list[str] = []
    k = 1 if len(old) < 6 else 2  # min(2, max(1, len(old) // 3))
    if abs(len(old) - len(new)) <= k and _close(old, new, k) and \
            not (old in _PRONOUNS and new in _PRONOUNS):
        labels.add("spelling")
        reasons.append(f"spelling:{old}->{new}")
    if in_quotes:
        labels.add("quote")
        reasons.append("quote:changed")
    if not labels:
        return {"rewrite"}, [f"rewrite:{old}->{new}"]
    return labels, reasons


def _judge(old: str, new: str, old_start: int, new_start: int, old_text: str, new_text: str,
           marks_old: tuple[list[int], list[bool]], marks_new: tuple[list[int], list[bool]]
           ) -> tuple[set[str], list[str]]:
    """Labels and reasons of one hunk (``old`` deleted at ``old_start`` of ``old_text``, ``new``
    inserted at ``new_start`` of ``new_text``); ``marks_*`` are the texts' :func:`_quote_marks`."""
    if old != new and old.isalpha() and new.isalpha() and old.islower() and new.islower() and \
            old.isascii() and new.isascii() and old not in _LISTED and new not in _LISTED:
        if frozenset((old, new)) in _STYLE_SWAPS:
            return {"cosmetic"}, ["cosmetic:wording"]
        return _judge_word(old, new, _inside_quotes(marks_old, old_start)
                           or _inside_quotes(marks_new, new_start))
    ow, nw = diff_words(old), diff_words(new)
    if ow != nw and old.isascii() and new.isascii():
        # ASCII text folds to itself with its whitespace runs made one space, which changes no
        # word token: hunks whose words differ do not fold alike (nor are both blank), and
        # their folded texts hold '"' when they do.
        quote_mark = '"' in old or '"' in new
    else:
        fold_old, fold_new = fold(old), fold(new)
        if fold_old == fold_new or (not old.strip() and not new.strip()):
            same_chars = re.sub(r"\s+", "", old) == re.sub(r"\s+", "", new)
            kind = "whitespace" if same_chars else "quotes"
            return {"cosmetic"}, [f"cosmetic:{kind}"]
        # Folding turns every other quotation mark into '"': _has_quote_char(fold_old + fold_new).
        quote_mark = '"' in fold_old or '"' in fold_new
        if not ow and not nw:  # punctuation only
            if quote_mark:
                return {"quote"}, ["quote:marks"]
            if _inside_quotes(marks_old, old_start) or _inside_quotes(marks_new, new_start):
                return {"quote"}, ["quote:punctuation"]
            # Context: the characters around the hunk, so a digit next to a changed comma is seen.
            if _DIGIT.search(old_text[max(0, old_start - 1):old_start]) and \
                    _DIGIT.search(old_text[old_start + len(old):old_start + len(old) + 1]):
                return {"number"}, [f"number:{old.strip() or '_'}->{new.strip() or '_'}"]
            return {"cosmetic"}, ["cosmetic:punctuation"]
    if "".join(ow).lower() == "".join(nw).lower():  # _strip_punct(old), _strip_punct(new)
        # The same letters: only case, or punctuation between the words, differs.
        if fold(old).lower() == fold(new).lower():
            return {"cosmetic"}, ["cosmetic:case"]
        if _inside_quotes(marks_old, old_start) or _inside_quotes(marks_new, new_start) or \
                quote_mark:
            return {"quote"}, ["quote:punctuation"]
        if any(_DIGIT.search(w) for w in ow):
            return {"number"}, ["number:punctuation"]
        return {"cosmetic"}, ["cosmetic:punctuation"]
    if len(ow) + len(nw) == 1:
        # One word taken out (or put in) right beside the same word: "the the" -> "the" is a
        # typo fixed. Listed words (negations, reporting verbs, number words...) and numbers
        # are left to the full checks below.
        word = (ow or nw)[0]
        low = word.lower()
        if low not in _LISTED and not _DIGIT.search(word):
            text, start, span = (old_text, old_start, old) if ow else (new_text, new_start, new)
            before = diff_words(text[max(0, start - 60):start])
            after = diff_words(text[start + len(span):start + len(span) + 60])
            if (before and before[-1].lower() == low) or (after and after[0].lower() == low):
                return {"spelling"}, [f"spelling:doubled:{word}"]
    style = _copy_edit(ow, nw, old + old_text[old_start + len(old):old_start + len(old) + 1],
                       new + new_text[new_start + len(new):new_start + len(new) + 1])
    if style:
        return {"cosmetic"}, [f"cosmetic:{style}"]

    labels: set[str] = set()
    reasons: list[str] = []
    od: list[str] = []
    nd: list[str] = []
    neg_changed = False
    o_digit, n_digit = _DIGIT.search(old) is not None, _DIGIT.search(new) is not None
    # Numbers, dates, negations, antonyms and reporting verbs each need a digit, a word of
    # _LISTED or (for n't) an apostrophe in the hunk: most hunks have none and skip them all.
    listed = o_digit or n_digit or "'" in old or "'" in new or "\u2019" in old or \
        "\u2019" in new or not (_LISTED.isdisjoint(map(str.lower, ow))
                                and _LISTED.isdisjoint(map(str.lower, nw)))
    if listed:
        owl = [w.lower() for w in ow]
        nwl = [w.lower() for w in nw]
        # Digits always count; number words count when one replaces another ("five" -> "six").
        if o_digit:
            od = [w for w in ow if _DIGIT.search(w)]
        if n_digit:
            nd = [w for w in nw if _DIGIT.search(w)]
        o_digits, n_digits = od, nd
        ow_num = [] if _NUMBER_WORDS.isdisjoint(owl) else \
            [w for w, lw in zip(ow, owl) if lw in _NUMBER_WORDS]
        nw_num = [] if _NUMBER_WORDS.isdisjoint(nwl) else \
            [w for w, lw in zip(nw, nwl) if lw in _NUMBER_WORDS]
        if ow_num and nw_num or (ow_num or nw_num) and (od or nd):
            od, nd = od + ow_num, nd + nw_num
        if od != nd:
            labels.add("number")
            if od and nd:
                reasons.append(f"number:{_short(od)}->{_short(nd)}")
            elif nd:
                reasons.append(f"number:+{_short(nd)}")
            else:
                reasons.append(f"number:-{_short(od)}")

        # A date word holds a digit (the year and time patterns) or is one of _DATE_WORDS.
        odt = [w for w in ow if _is_datey(w)] if o_digits or not _DATE_WORDS.isdisjoint(owl) \
            else []
        ndt = [w for w in nw if _is_datey(w)] if n_digits or not _DATE_WORDS.isdisjoint(nwl) \
            else []
        if [_full_date_word(w) for w in odt] != [_full_date_word(w) for w in ndt]:
            labels.add("date")
            reasons.append(f"date:{_short(odt) or '_'}->{_short(ndt) or '_'}")
            if any(_YEAR.match(w) for w in odt + ndt):
                labels.add("number")

        # _norm_word(w): w.lower() with \u2019 as "'" (only a hunk holding one needs the replace).
        olow = {_norm_word(w) for w in ow} if "\u2019" in old else set(owl)
        nlow = {_norm_word(w) for w in nw} if "\u2019" in new else set(nwl)
        # _negations(ow), _negations(nw) from the same folded words (no listed negation ends in n't).
        oneg = olow & _NEGATIONS
        if ("'" in old or "\u2019" in old) and any(w.endswith("n't") for w in olow):
            oneg.add("n't")
        nneg = nlow & _NEGATIONS
        if ("'" in new or "\u2019" in new) and any(w.endswith("n't") for w in nlow):
            nneg.add("n't")
        neg_changed = oneg != nneg
        for w in sorted(nneg - oneg):
            labels.add("meaning")
            reasons.append(f"negation:+{w}")
        for w in sorted(oneg - nneg):
            labels.add("meaning")
            reasons.append(f"negation:-{w}")
        for a in sorted(olow - nlow):
            partners = _ANTONYM_OF.get(a)
            if not partners:
                continue
            for b in sorted(nlow - olow):
                if b in partners:  # frozenset((a, b)) in _ANTONYMS
                    labels.add("meaning")
                    reasons.append(f"antonym:{a}->{b}")

    # An all-lower-case hunk has no character for which isupper() holds: no capitalised word.
    ocap = [] if old.islower() else _cap_words(old_text, old, old_start)
    ncap = [] if new.islower() else _cap_words(new_text, new, new_start)
    spelled = False
    if len(ow) == 1 and len(nw) == 1 and not od and not nd:
        a, b = ow[0], nw[0]
        al, bl = a.lower(), b.lower()
        k = 1 if len(a) < 6 else 2  # min(2, max(1, len(a) // 3))
        # Two dates a letter or two apart ("Monday" / "Sunday", "juni" / "juli") are a changed
        # date, and two countries ("Iran" / "Iraq") a changed place, not a spelling fix.
        if al != bl and not neg_changed and "meaning" not in labels and \
                not (al in _PRONOUNS and bl in _PRONOUNS) and \
                not (_is_datey(a) and _is_datey(b)) and \
                not (al in _COUNTRIES and bl in _COUNTRIES) and \
                abs(len(al) - len(bl)) <= k and _close(al, bl, k):
            spelled = True
            labels.add("spelling")
            reasons.append(f"spelling:{a}->{b}")
            if _is_capitalised(a) and _is_capitalised(b) and (ocap or ncap or _is_name_like(a)):
                labels.add("name")
                reasons.append(f"name:{a}->{b}")
    oc = [w for w in ocap if not _is_datey(w)] if ocap else ocap
    nc = [w for w in ncap if not _is_datey(w)] if ncap else ncap
    # A clause added or removed whole is "added"/"removed" material; names in it are not
    # labelled on their own (numbers, dates, quotes and negations in it still are).
    whole_clause = (not ow and len(nw) >= 4) or (not nw and len(ow) >= 4)
    if not spelled and oc != nc and not whole_clause:
        labels.add("name")
        reasons.append(f"name:{_short(oc) or '_'}->{_short(nc) or '_'}")

    # _reporting(words) is a subset of the words' folded set and _REPORTING.
    if listed and (
            (set() if _REPORTING.isdisjoint(olow) else _reporting(ow))
            ^ (set() if _REPORTING.isdisjoint(nlow) else _reporting(nw))
            or ("according" in olow) != ("according" in nlow)):
        labels.add("attribution")
        reasons.append("attribution:changed")
    elif not spelled and oc != nc and (
            _next_to_reporting(old_text, old_start, old_start + len(old))
            or _next_to_reporting(new_text, new_start, new_start + len(new))):
        labels.add("attribution")
        reasons.append("attribution:speaker")

    if _inside_quotes(marks_old, old_start) or _inside_quotes(marks_new, new_start) or quote_mark:
        labels.add("quote")
        reasons.append("quote:changed")

    if nw and not ow and len(nw) >= 4:
        labels.add("added")
        reasons.append(f"added:{len(nw)}w")
    elif ow and not nw and len(ow) >= 4:
        labels.add("removed")
        reasons.append(f"removed:{len(ow)}w")
    if not labels:
        labels.add("rewrite")
        reasons.append(f"rewrite:{_short(ow) or '_'}->{_short(nw) or '_'}")
    return labels, reasons


# The abbreviations of months newsrooms write (those in _MONTHS, the only ones a date word can
# be), as the full word: "Sept." for "September" changes no date.
_DATE_ABBREVIATIONS = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
    "nov": "november", "dec": "december",
}


def _full_date_word(w: str) -> str:
    lw = w.lower()
    return _DATE_ABBREVIATIONS.get(lw, lw)


# Pronouns a letter apart ("he" / "she", "him" / "his") change who, not a spelling.
_PRONOUNS = wordset("he she him her his hers they them their theirs it its we us our i me my "
                    "you your")
# Words a copy editor puts in or takes out without touching a fact: articles, prepositions,
# "that" after a verb of saying, "in order to" made "to". (Not pronouns, "but", "before" or
# "after", which can change who or when; not negations, numbers or dates, which are listed.)
_STYLE_WORDS = wordset("the a an in on at of for to by from with and or as that this there "
                       "order")  # ("order" only as "in order": "in order to" made "to")
# One word for another with the same sense, as house styles prefer them.
_STYLE_SWAPS = frozenset(frozenset(pair) for pair in (
    ("like", "as"), ("which", "that"), ("toward", "towards"), ("among", "amongst"),
    ("amid", "amidst"), ("while", "whilst"), ("upon", "on"), ("onto", "on"), ("into", "in"),
))


def _copy_edit(ow: list[str], nw: list[str], old_raw: str, new_raw: str) -> str:
    """"wording" when a hunk only puts in or takes out a word or two of :data:`_STYLE_WORDS`
    or swaps one for a word of the same sense, "abbreviation" when one word is replaced by its
    abbreviation with a full stop, or back ("Philadelphia" / "Phila.", "Governor" / "Gov.");
    else "". ``old_raw`` and ``new_raw`` are each hunk's text and the character after it."""
    owl, nwl = [w.lower() for w in ow], [w.lower() for w in nw]
    if (not ow or not nw) and 0 < len(ow) + len(nw) <= 2 and \
            all(w in _STYLE_WORDS for w in owl + nwl) and \
            ("order" not in owl + nwl or owl + nwl == ["in", "order"]):
        return "wording"
    if len(ow) != 1 or len(nw) != 1:
        return ""
    if frozenset((owl[0], nwl[0])) in _STYLE_SWAPS:
        return "wording"
    (short, short_raw), (long_, _) = sorted(((ow[0], old_raw), (nw[0], new_raw)),
                                            key=lambda side: len(side[0]))
    if short + "." in short_raw and short.isalpha() and short[:1].isupper() and \
            long_[:1].isupper() and 2 <= len(short) <= len(long_) - 2 and \
            long_.lower().startswith(short.lower()):
        return "abbreviation"
    return ""


def _is_datey(w: str) -> bool:
    # Both patterns start with a digit (isdigit() holds for every \d), no listed word does.
    if w[:1].isdigit():
        return bool(_YEAR.match(w) or _TIME.match(w))
    lw = w.lower()
    return (lw in _CAPITAL_MONTHS and w[:1].isupper()) or lw in _FOREIGN_MONTHS \
        or lw in _DAYS or lw in _FOREIGN_DAYS or lw in ("am", "pm", "gmt", "utc")


def _is_name_like(word: str) -> bool:
    return any(c.isupper() for c in word[1:])


def _strip_punct(text: str) -> str:
    return "".join(diff_words(text))


_REPORTING_OR_ACCORDING = _REPORTING | {"according"}
_ASCII_LETTERS_ONLY = str.maketrans({c: c if c.isalpha() else " " for c in map(chr, range(128))})


def _next_to_reporting(text: str, start: int, end: int) -> bool:
    """True when a reporting verb is among the two words right after the hunk ("Smith said"),
    or "according to"/a reporting verb is right before it ("said Smith", "according to Smith")."""
    window = text[max(0, start - 40):end + 40]
    if window.isascii() and _REPORTING_OR_ACCORDING.isdisjoint(
            window.lower().translate(_ASCII_LETTERS_ONLY).split()):
        # Every word token of the two windows made of letters only is one of these pieces, so
        # no reporting verb (nor "according") is among them.
        return False
    after = diff_words(text[end:end + 40])[:2]
    before = diff_words(text[max(0, start - 40):start])[-2:]
    if bool(_reporting(after)) or bool(_reporting(before)) or "according" in before:
        return True
    # the speaker's office, in lower-case words, between the verb and the name: "said the
    # mayor, John Smith", "a dit le maire Jean Martin" (not German, whose nouns are capitalised)
    words = diff_words(text[max(0, start - 60):start])[-4:]
    for k, w in enumerate(words):
        if _reporting([w]) and 1 <= len(words) - k - 1 <= 3 and all(
                x[:1].islower() and x.isalpha() for x in words[k + 1:]):
            return True
    return False


_LABEL_RANK = {label: k for k, label in enumerate(LABELS)}


def _ordered(labels: Iterable[str]) -> tuple[str, ...]:
    """The labels in the order of LABELS (a label not in it dropped), each once."""
    return tuple(sorted({label for label in labels if label in _LABEL_RANK},
                        key=_LABEL_RANK.__getitem__))


def _dedupe(items: Iterable[str], limit: int = 16) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))[:limit]


_NO_MARKS: tuple[list[int], list[bool]] = ([], [])


def classify_ops(old_text: str, new_text: str, ops: Iterable[WordOp]) -> tuple[set[str], list[str]]:
    """Labels and reasons for the word diff ``ops`` of ``old_text`` -> ``new_text``."""
    labels: set[str] = set()
    reasons: list[str] = []
    marks_old = _quote_marks(old_text) if _has_quote_char(old_text) else _NO_MARKS
    marks_new = _quote_marks(new_text) if _has_quote_char(new_text) else _NO_MARKS
    for old, new, old_start, new_start in _hunks(ops):
        lab, why = _judge(old, new, old_start, new_start, old_text, new_text, marks_old, marks_new)
        labels |= lab
        reasons += why
    # A date or number that only moved inside the paragraph (same ones before and after) is
    # not a date or number change: the words around it changed.
    for label, pick in (("date", _date_tokens), ("number", _digit_tokens)):
        if label == "number" and "date" in labels:
            continue  # a date change keeps its number label
        if label in labels and sorted(pick(old_text)) == sorted(pick(new_text)):
            labels.discard(label)
            reasons = [r for r in reasons if not r.startswith(label + ":")]
            if not labels:
                labels.add("rewrite")
                reasons.append("rewrite:reordered")
    return labels, reasons


def _digit_tokens(text: str) -> list[str]:
    words = diff_words(text)
    return [lw for w, lw in zip(words, map(str.lower, words))
            if lw in _NUMBER_WORDS or _DIGIT.search(w)]


def _date_tokens(text: str) -> list[str]:
    # [w.lower() for w in words if _is_datey(w)] without a call per word: no word of
    # _DATE_WORDS starts with a digit.
    words = diff_words(text)
    return [lw for w, lw in zip(words, map(str.lower, words))
            if (lw in _DATE_WORDS and (lw not in _CAPITAL_MONTHS or w[:1].isupper()))
            or (w[:1].isdigit() and (_YEAR.match(w) or _TIME.match(w)))]


def classify(change: Change) -> Change:
    """Return ``change`` with its labels and reasons filled in (see the module docstring)."""
    labels, reasons = change_labels(change.kind, change.old, change.new, change.old_text,
                                    change.new_text, change.ops, change.moved, change.field)
    return dataclasses.replace(change, labels=labels, reasons=reasons)


def change_labels(kind: str, old: tuple[int, ...], new: tuple[int, ...], old_text: str,
                  new_text: str, ops: Iterable[WordOp], moved: bool = False, field: str = "body"
                  ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The (labels, reasons) :func:`classify` gives a :class:`Change` with these fields (for a
    caller that builds the Change afterwards, in one go)."""
    labels: set[str] = set()
    reasons: list[str] = []
    if kind == "added":
        labels.add("added")
        reasons.append(f"added:{len(new)}p")
    elif kind == "removed":
        labels.add("removed")
        reasons.append(f"removed:{len(old)}p")
    elif old_text != new_text:
        labels, reasons = classify_ops(old_text, new_text, ops)
        if not labels:  # no ops given: the texts differ all the same
            labels, reasons = {"rewrite"}, ["rewrite:unknown"]
        if kind in ("split", "merged") and labels == {"cosmetic"}:
            reasons = [f"cosmetic:{kind}"]
        elif "cosmetic" in labels and labels - {"cosmetic"}:
            # Cosmetic hunks beside real ones: the real ones speak for the change.
            labels.discard("cosmetic")
            reasons = [r for r in reasons if not r.startswith("cosmetic:")]
    elif kind in ("split", "merged"):
        labels.add("cosmetic")
        reasons.append(f"cosmetic:{kind}")
    if moved:
        labels.add("moved")
        if 0 in new or (0 in old and kind != "added"):
            labels.add("lede")
            reasons.append("moved:lede")
        else:
            reasons.append("moved")
    if field in ("headline", "byline") and labels - {"cosmetic", "spelling"}:
        labels.add(field)
        reasons.insert(0, f"{field}:changed")
    if not labels:
        return (), ()
    return _ordered(labels), _dedupe(reasons)
