"""The wrong and the right value a correction note states, as the phrases it states them in.

A value is the whole phrase the note gives ("$900 billion", "New Jersey", "September 14, 2016",
"a socialite"), cut from the note's own text. The forms read:

- contrast: "It was X, not Y", "X rather than / instead of Y", "not X but Y" (and "nicht X,
  sondern Y", "no X, sino Y", "non X, ma Y", "niet X, maar Y", "não X, mas Y", "pas X, mais Y",
  "X, e não Y", "X statt Y" ...), each side cut to the phrase that answers the other: a number
  against a number, a date against a date, a quotation against a quotation, a name against a
  name, a phrase after the same preposition ("charged with X, not with Y"), a noun phrase after
  the same article ("a crypto-Nazi, not a crypto-fascist", "outside the Federal Trade
  Commission, not the Department of Labor");
- "misspelled / misidentified / referred to ... as Y" and "incorrectly called <name> Y", with
  the fact in the next sentence ("She is Z", "His name is Z", "In fact, Z", or a subject that is
  a name or noun the note gave: "Bickmore is Z"), in the sentence before ("Stephen Thiele is Z.
  A column ... referred to him as Y"), or for "misidentified X as Y" X itself; for a misspelling
  the look-alike spelling elsewhere in the note;
- a denied claim and the fact after it: "X is not Y, as we had it. He is Z";
- "said <claim>. <fact>." (also "stating that", "misquoted X as saying", "hieß es", "indiquait
  que", "decía que" ...; the fact may follow ", when in fact" in the same sentence): the one run
  of words the fact replaces in the claim, or the number counted in the same unit;
- "to X from Y", "from Y to X", "corrects ... to X", "as Y, when we should have said X";
- a claim and a sentence giving only the right reading ("Richtig ist Y", "Il fallait lire Y",
  "Dat moet zijn: Y", "It should have said Y"), answered by kind: a date by the date, a number
  by the number, a name by the claim's closing name;
- "donde dice X, debe decir Y"; wire items' "please read X instead of Y", "read <thing> as Y",
  "X (not Y)"; a sentence naming the error ("misspelled the name of ...") then the fact;
  "..., ao contrário do publicado"; "to add the word 'Y'".

A changed word inside a name or a date widens to the whole name or date ("New Jersey", "Sept. 4,
2016"), and a unit both sides measure in stays with the number ("14 miles", "1000 GMT").

A side the note does not state clearly is None: a wrong value would make a note seem to
disclose the wrong change, while None only makes the matcher fall back to paragraphs and
subjects. A note found by its cues alone (``strict``) gives values only when its two sides are
of one kind and about one length, two "a" noun phrases, or stand after the same words in the
claim and the fact that restates it.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from versiontrack.audit.lazyre import lazy_compile
from versiontrack.normalize import fold, note_sentences

__all__ = ["parse_values"]

_I = re.IGNORECASE
_Q = "\"'"  # quotation marks, once folded

# ---------------------------------------------------------------------------------------------
# Folding with a way back: values are found in folded text and returned as written.
# ---------------------------------------------------------------------------------------------


def _fold_map(text: str) -> tuple[str, str, list[int]]:
    """(original NFC text, its folding, folded index -> original index)."""
    text = unicodedata.normalize("NFC", text)
    if fold(text) == text:  # the common case: nothing to fold, positions are the same
        return text, text, list(range(len(text)))
    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        f = fold(c) if not c.isspace() else " "
        if not f:
            continue
        if f == " " and (not out or out[-1] == " "):
            continue
        out.append(f)
        where.append(i)
    while out and out[-1] == " ":
        out.pop()
        where.pop()
    return text, "".join(out), where


# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------

_D = r"[.\ue000]"  # an abbreviation's dot, or its hidden stand-in (see parse_values)
_MONTHS = (rf"(?:jan(?:uary|{_D})?|feb(?:ruary|{_D})?|mar(?:ch|{_D})?|apr(?:il|{_D})?|may|june?|"
           rf"july?|aug(?:ust|{_D})?|sept?(?:ember|{_D})?|oct(?:ober|{_D})?|nov(?:ember|{_D})?|"
           rf"dec(?:ember|{_D})?|"
           r"januar|februar|m[aä]rz|mai|juni|juli|oktober|dezember|janvier|f[eé]vrier|mars|avril|"
           r"juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre|enero|febrero|marzo|"
           r"abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|"
           r"febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|"
           r"mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|"
           r"mei|augustus)")
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DATE = lazy_compile(
    rf"\b(?:{_WEEKDAYS},?\s+)?(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?{_MONTHS}(?:\s+(?:de\s+)?\d{{4}})?"
    rf"|{_MONTHS}\s+\d{{4}})(?!\w)|\b{_WEEKDAYS}(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.m[.\ue000]|[ap]m\b|uhr\b|h\b)", _I)
# Number words answer number words: "five candidates, not six".
_NUM_WORD = lazy_compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"twenty|thirty|forty|fifty|hundred|thousand|dozen|half|first|second|"
                         r"third|fourth|fifth|"
                         # two to twelve in the other languages (not the words that are also
                         # something else: "sei", "due", "once", "onze", "sept")
                         r"zwei|drei|vier|f[uü]nf|sechs|sieben|acht|neun|zehn|zw[oö]lf|"
                         r"deux|trois|quatre|cinq|huit|neuf|dix|douze|"
                         r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|"
                         r"tre|quattro|cinque|sette|otto|nove|dieci|undici|dodici|"
                         r"dois|duas|tr[eê]s|sete|oito|dez|doze|"
                         r"twee|drie|vijf|zes|zeven|negen|tien|twaalf)\b", _I)
_SCALE = (r"(?:%|per ?cent|percent|pct|procent|prozent|por ?ciento|per ?cento|por ?cento|"
          r"thousand|million|billion|trillion|m|bn|mn|mln|bln|k|millions?|milliards?|"
          r"millionen|milliarden|mio\.?|mrd\.?|millones|milliones|milioni|miliardi|milh[õo]es|"
          r"bilh[õo]es|mil|miljoen|miljard|dlrs|dollars|euros?|pounds|cts|cents)")
_NUMBER = lazy_compile(
    rf"(?:[$€£¥]\s?|(?:us|a|c|r)\$\s?)?(?:\d{{1,3}}(?: \d{{3}})+(?![\d,.])|\d[\d,.:]*\d?)"
    rf"(?:-\d+/\d+|[-\u2013]\d+(?![\d/]))?"
    rf"(?:\s?{_SCALE}(?![\w]))?(?:\s?(?:{_SCALE})(?![\w]))?", _I)

# Words that end the phrase before a value: a value is what follows the last of them.
_COPULA = (r"(?:is|was|are|were|'s|be|been|ist|war|sind|waren|hei(?:ß|ss)t|hie(?:ß|ss)|"
           r"hei(?:ß|ss)e|sei|seien|w[aä]re|est|"
           r"[eé]tait|sont|es|era|fue|son|[eè]|fu|sono|[eé]|foi|s[aã]o|eram|is|was|zijn|waren|"
           r"heet|heette)")
_COPULA_WORD = lazy_compile(_COPULA, _I)
_PREPS = frozenset(re.findall(
    r"\S+", "to in at on of for from by with as into onto about over under than between among "
    "von vom zu zur zum im in an am auf aus bei mit nach über für um unter "
    "de du des à au aux en dans sur par pour avec entre "
    "a al del en con por para sobre entre "
    "di da del della dei degli nel nella nei su sul sulla per con tra fra "
    # (the articulated ones that head a time or a place: "alle dieci", "all'alba")
    "al alla alle allo agli ai dal dalla dalle nelle sulle "
    "do da dos das no na nos nas em com por para sobre às ao aos "
    "van in op aan met voor bij over uit tot naar om"))
_DETS = lazy_compile(r"^(?:the|a|an|der|die|das|den|dem|ein|eine|einen|einem|le|la|les|l'|un|une|"
                     r"el|los|las|uno|una|il|lo|gli|i|o|os|as|um|uma|het|een)\s+", _I)
_PRONOUN_START = lazy_compile(r"^(?:it|he|she|they|this|that|its|his|her|their|er|sie|es|il|elle|"
                              r"ils|elles|ce|c'|él|ella|ellos|lui|lei|loro|ele|ela|eles|elas|hij|"
                              r"zij|ze|het)\b", _I)
_PARTICIPLE = lazy_compile(r"^(?:\w+ed|shown|known|born|held|seen|given|taken|written|spelt|"
                           r"spelled|called|named|titled|pictured|listed|quoted)\b", _I)
# What closes the wrong side of "X, not Y": "as stated", "wie behauptet", "comme indiqué" ...
_AS_STATED = lazy_compile(
    r",?\s+(?:as|wie|comme|como|come|zoals)\s+(?:(?:was|we|it|had|has|been|in|the|our|an?|\w+ly|"
    r"es|zun[aä]chst|fr[uü]her|irrt[uü]mlich|zuvor|\w+'s|\w+[\u00b4']\w+|\w+)\s+){0,7}?"
    r"(?:had it|stated|states|said|says|reported|published|printed|written|wrote|suggested|"
    r"indicated|"
    r"claimed|appeared|given|behauptet|berichtet|gemeldet|geschrieben|angegeben|indiqu[eé]e?|"
    r"[eé]crit|publi[eé]e?|publicado|publicou|informou|afirmou|noticiou|dicho|publicamos|"
    r"indicado|public[oó]|scritto|pubblicato|indicato|riportato|vermeld|gemeld|geschreven|"
    # past tenses and first persons: "wie wir berichteten", "comme nous l'avions écrit",
    # "como informamos", "come abbiamo scritto", "zoals we schreven"
    r"berichteten|schrieben|meldeten|hie(?:ß|ss)|stand|[eé]crivions|avions [eé]crit|"
    r"informamos|publicamos|dijimos|escribimos|informado|dito|escrito|abbiamo scritto|"
    r"scrivevamo|schreven|meldden|stond|reportamos|noticiamos|"
    # "come erroneamente comunicato in precedenza", "wie mitgeteilt"
    r"comunicato|comunicado|communiqu[eé]e?|mitgeteilt)\b.*$",
    _I)
_CLAUSE_END = lazy_compile(r"\s*(?:\(|\s[-\u2013\u2014]\s|[-\u2013\u2014]{2}|\.\.|;|:\s).*$")


_CORE = lazy_compile(r"\d{1,3}(?: \d{3})+(?![\d,.])|\d[\d,.:]*\d(?:[-\u2013]\d+)?|"
                     r"\d(?:[-\u2013]\d+)?")
_ABBR_DOT = lazy_compile(r"\b(Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|Gov|Lt|Col|Capt|Sgt|Maj|Adm|Jr|Sr|No|Jan|"
                         r"Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|U\.S|"
                         r"[ap]\.m)\.(?=\s|,|$)")
_HIDDEN = "\ue000"


def _strip(v: str) -> str:
    abbr = re.search(r"\b[a-zA-Z]\.[a-zA-Z]\.$", v.strip())  # "7 p.m.", "the U.S."
    v = v.strip().strip(" ,.;:*_").strip().strip(_Q + " ").strip(" ,.;:*_")
    if abbr and not v.endswith("."):
        v += "."
    if v.endswith(")") and "(" not in v:
        v = _strip(v[:-1])
    if v.startswith("(") and ")" not in v:
        v = _strip(v[1:])
    # "an SD-7 Kestrel", "a Democrat", "a $5 million": the name or the figure is the value, the
    # article is grammar (not so in a phrase: "a Labour councillor", "a 1970s cop thrown into
    # the modern world").
    art = re.match(r"(?:a|an|un|une|ein|eine|een)\s+(?=[A-Z0-9])", v)
    rest = v[art.end():] if art else ""
    if art and (len(_words(rest)) == 1 or _NAME_RUN.fullmatch(rest) or
                (not rest[:1].isalpha() and len(_words(rest)) <= 3)):
        return v[art.end():]
    return v



def _words(s: str) -> list[str]:
    return s.split()


def _is_cap(s: str) -> bool:
    w = _DETS.sub("", s.strip(_Q + " ")).lstrip(_Q)
    return bool(w) and w[:1].isupper()


def _last_quote(s: str) -> re.Match[str] | None:
    last = None
    for m in re.finditer(r"\"([^\"]{1,400})\"|(?<!\w)'([^']{1,160})'(?!\w)", s):
        last = m
    return last


def _ends_with_quote(s: str) -> bool:
    return bool(re.search(r"[\"'][\s,]*$", s)) and _last_quote(s) is not None and \
        _last_quote(s).end() >= len(s.rstrip(" ,")) - 1  # type: ignore[union-attr]


# ---------------------------------------------------------------------------------------------
# "X, not Y": which phrase before "not" answers Y
# ---------------------------------------------------------------------------------------------


_DATE_LEAD = lazy_compile(r"^(?:(?:on|in|at|the|le|la|el|il|lo|l'|am|an|em|no|na|op|den|dem|au|al|"
                          r"del|du|de|vom|zum|dia|giorno)\s+)+", _I)


def _bare_date(v: str) -> str | None:
    """``v`` as a date without the article or preposition before it ("am 5. Mai", "le 3 mai",
    "on March 4" -> the date), or None when ``v`` is not a date."""
    v = _strip(v)
    lead = _DATE_LEAD.match(v)
    core = v[lead.end():] if lead else v
    return core if core and _DATE.fullmatch(core) else None


def _leading_date(v: str) -> re.Match[str] | None:
    """The date ``v`` opens with, after any article or preposition ("am 5. Mai statt ..." ->
    "5. Mai"), or None."""
    lead = _DATE_LEAD.match(v)
    return _DATE.match(v, lead.end() if lead else 0)


def _shape(v: str) -> str | None:
    """A one-token value that mixes digits with letters or signs ("3-for-1", "9B", "A380") as
    its shape ("#-for-#", "#b"), or None for a plain number or word."""
    if " " in v or not re.search(r"\d", v) or not re.search(r"[^\d.,]", v) or \
            _NUMBER.fullmatch(v) or _DATE.fullmatch(v):
        return None
    return re.sub(r"\d+", "#", v.lower())


# A phrase that says where or when of both sides, after a short common noun: "a loss for the
# current year", "loss in the item that ran on March 23".
_SHARED_TAIL = lazy_compile(r"^((?:(?:a|an|the)\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+"
                            r"(?:for|in|on|at|during|from|since|after|before|by)\s+\S")


# A figure, then a phrase that belongs to what both figures count: "16 of the series".
_NUM_OF = lazy_compile(r"(\d[\d.,]*)\s+(?:of|de|di|del|della|do|da|du|des|van|von)\s")


def _answer(pre: str, old: str) -> tuple[str, str] | None:
    """(new, old) where new is the phrase at the end of ``pre`` that ``old`` is set against."""
    pre = pre.rstrip(" ,\u2013\u2014")
    old = _strip_old(old)
    if not pre or not old:
        return None
    lead = _NUM_OF.match(old)
    if lead and pre[-1:].isdigit():
        old = lead.group(1)  # "l'épisode 17 et non 16 de la série": what follows is the whole's
    tail = _SHARED_TAIL.match(old)
    if tail and not re.search(r"\s(?:for|in|on|at|during|from|since|after|before|by)\s",
                              " " + " ".join(_words(pre)[-4:]) + " "):
        old = tail.group(1)  # "to show profit rather than a loss for the year": "a loss"
    pair = _answer_of(pre, old)
    art = re.match(r"(?:a|an)\s+(?=[a-z])", old)
    if pair is None and art and not re.search(r"\b(?:a|an|the)\s+\S+$", pre):
        # "to show profit rather than a loss": a bare noun against one with its article
        bare = _answer_of(pre, old[art.end():])
        if bare:
            return bare[0], old
    return pair


def _answer_of(pre: str, old: str) -> tuple[str, str] | None:
    # A quotation against a quotation.
    if old[:1] in _Q or old[-1:] in _Q:
        q = _last_quote(pre)
        if q and len(_words(pre[q.end():])) <= 5:
            return _strip(q.group(1) or q.group(2)), old
        if old[:1] == '"' and old[-1:] == '"' and pre.rstrip(" ,")[-1:] == '"':
            return None  # a whole quotation against one not found whole: no piece of it
    # A date against a date ("le 3 mai et non le 5 mai", "am 3. Mai statt, nicht am 5. Mai"),
    # a number against a number.
    date = _bare_date(old)
    if date:
        dates = list(_DATE.finditer(pre))
        if dates and len(_words(pre[dates[-1].end():])) <= 1:
            return dates[-1].group(0), date
        return None
    shape = _shape(_strip(old))
    if shape:  # "2-FOR-1 STOCK SPLIT (NOT 3-FOR-1)", "Route 9A, not 9B": the token of one shape
        same = [w for w in _words(pre)[-6:] if _shape(_strip(w)) == shape]
        if same:
            return _strip(same[-1]), _strip(old)
    num = _NUMBER.match(_strip(old))
    core = _CORE.match(_strip(old))
    unit = _UNIT.fullmatch(_strip(old), core.end()) if core else None
    if unit and not _SCALED.fullmatch(_strip(old)):
        # "200 metri e non 20 metri": the last number in the same unit.
        for m in reversed(list(_NUMBER.finditer(pre))):
            u = _UNIT.match(pre, m.end()) if _CORE.match(m.group(0)) else None
            if u and u.group(1).lower() == unit.group(1).lower():
                return pre[m.start():u.end()], _strip(old)
        return None
    if _NUM_WORD.fullmatch(_strip(old)):
        words = list(_NUM_WORD.finditer(pre))
        if words and len(_words(pre[words[-1].end():])) <= 2:
            return words[-1].group(0), old
        return None
    if num and _MAGNITUDE.search(_strip(old)):
        # "40 milliards de dollars en 2019, et non 40 millions": the amount, not the year
        amounts = list(_AMOUNT.finditer(pre))
        if amounts:
            return _strip(amounts[-1].group(0)), _strip(old)
    if num and num.end() >= len(_strip(old)) - 0:
        nums = [m for m in _NUMBER.finditer(pre) if re.search(r"\d", m.group(0))]
        if not nums:
            words = list(_NUM_WORD.finditer(pre))  # "zeven zaken (en niet 83": the number word
            if words and len(_words(pre[words[-1].end():])) <= 2:
                return words[-1].group(0), _strip(old)
            return None
        new = nums[-1].group(0).rstrip(".,")
        if not re.search(_SCALE + r"$", _strip(old), _I):
            # "64 detainees, not 46": only the number answers a bare number.
            new = _CORE.search(new).group(0)  # type: ignore[union-attr]
        return new, old
    ow = _words(_strip(old))
    if not ow:
        return None
    first = ow[0].lower()

    # "charged with X, not with Y", "di Minsk non di Kiev": the same preposition heads both.
    if first in _PREPS and len(ow) > 1 and not _DETS.match(first + " "):
        heads = list(re.finditer(rf"(?:^|\s){re.escape(first)}\s+", pre, _I))
        if heads:
            new = pre[heads[-1].end():]
            if 0 < len(_words(new)) <= max(8, 2 * len(ow)) and not re.search(r"[,;]", new):
                return _same_kind(_strip(new), _strip(" ".join(ow[1:])))
            return None
        return _other_preposition(pre, _strip(old))
    # "published Ann Lee's novel X, not Bo Park's memoir Y": the phrase opening with the last
    # possessive name answers one that opens with a possessive name.
    if _POSSESSIVE.match(_strip(old)):
        owners = list(_POSSESSIVE.finditer(pre))
        new = pre[owners[-1].start():] if owners else ""
        if new and len(_words(new)) <= 10 and not re.search(
                rf"[,;]|\s(?:{_COPULA}|that|which|who)\s", new, _I):
            return _strip(new), _strip(old)
        return None
    # "a crypto-Nazi, not a crypto-fascist", "outside the Federal Trade Commission, not the
    # Department of Labor": a noun phrase answers the noun phrase that opens with its article.
    if len(ow) > 1 and _DETS.match(first + " "):
        heads = list(re.finditer(rf"(?:^|\s){re.escape(first)}\s+", pre, _I))
        twin = [h for h in heads if re.match(rf"{re.escape(ow[1])}\b", pre[h.end():], _I)]
        heads = twin or heads  # "the number of active cases of the virus" / "the number of ..."
        new = pre[heads[-1].start():].strip() if heads else ""
        lead = _words(pre[:heads[-1].start()])[-1:] if heads else []
        # (not a clause's subject: "clarify that the figures refer to ..., not the whole of")
        if lead and not re.fullmatch(r"(?i:that|which|who|whether|if|and|or|but|because|when|"
                                     r"while|where|as|than|so)", lead[0]) and \
                len(_words(new)) <= len(ow) + 2 and not re.search(r"[,;:]", new) and \
                not re.search(rf"\s(?:{_COPULA}|that|which|who|and|or)\s", new, _I) and \
                _is_cap(new) == _is_cap(old):
            return _strip(new), old
    # After the last copula: "It was TransUnion LLC v. Ramirez", "He is the secretary of ...".
    # (and the elided French and Italian ones: "C'était Chahinez et non Shahinez", "c'è")
    cops = list(re.finditer(rf"(?:(?:^|\s){_COPULA}|(?:(?<=\bit)|(?<=\bthat)|(?<=\bhe)|"
                            rf"(?<=\bshe)|(?<=\bthere)|(?<=\bwhat))'s|(?<=\bc)'(?:est|[eé]tait|"
                            r"[eè]|era))\s+", pre, _I))
    cop = cops[-1] if cops else None
    pair = _after_copula(pre, old, cop) if cop is not None else None
    if pair:
        return pair
    # A name against the closing run of capitalised words, after a preposition or verb.
    return _name_or_word(pre, old)


_POSSESSIVE = lazy_compile(r"(?<![\w'])(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}'s\s")


def _same_kind(new: str, old: str) -> tuple[str, str] | None:
    """(new, old) with ``new`` cut to a date or a number when ``old`` is one: "in 1932 geopend,
    niet in 1923" -> "1932" (a verb after the value is the sentence's); None when ``new`` does
    not open with one."""
    if _bare_date(old):
        d = _leading_date(new)
        return (d.group(0), _bare_date(old) or old) if d else None
    core = _CORE.match(old)
    if core and _NUMBER.fullmatch(old) and not _SCALED.fullmatch(old):
        n = _NUMBER.match(new)
        return (n.group(0).strip().rstrip(".,"), old) if n and _CORE.match(n.group(0)) else None
    return new, old


def _other_preposition(pre: str, old: str) -> tuple[str, str] | None:
    """A phrase after one preposition against the phrase after another at the end of ``pre``:
    "huddled among bushes near the gate, not in the bushes" (the same noun closes both: "among
    bushes"), "open 24 hours a day, not from 6 a.m. to midnight" (a time or a figure against
    the figure and the few words after it that close ``pre``)."""
    ow = _words(old)
    noun = ow[-1].lower().strip(_Q + ".,")
    if len(ow) >= 2 and len(noun) >= 3 and noun not in _PREPS and not _DETS.match(noun + " "):
        words = list(re.finditer(r"[\w'-]+", pre))
        for k in range(len(words) - 1, max(-1, len(words) - 13), -1):
            if words[k].group(0).lower() != noun:
                continue
            for j in range(k - 1, max(-1, k - 3), -1):
                w = words[j].group(0).lower()
                if w in _PREPS and not _DETS.match(w + " ") and w != ow[0].lower():
                    return pre[words[j].start():words[k].end()], old
            break
    if re.search(r"\d", old):
        nums = [n for n in _NUMBER.finditer(pre) if re.search(r"\d", n.group(0))]
        tail = pre[nums[-1].start():].strip() if nums else ""
        if tail and len(_words(tail)) <= 5 and not re.search(r"[,;:]", tail):
            return _strip(tail), old
    return None


_CAP_TAIL = lazy_compile(r"\b((?:[A-Z][\w.'-]*\s+){1,3}[A-Z][\w.'-]*)$")


def _after_copula(pre: str, old: str, cop: re.Match[str]) -> tuple[str, str] | None:
    """X after the last copula: "It was TransUnion LLC v. Ramirez", "He is the secretary"."""
    ow = _words(old)
    new = pre[cop.end():]
    part = _PARTICIPLE.match(new)
    if part:  # "is pictured with X", "was distributed by X"
        after = re.match(r"\w+\s+(\w+)\s+", new)
        if not after or after.group(1).lower() not in _PREPS:
            return None
        # "been denied a full professorship": after the participle an English "a" is an article
        keep = after.group(1).lower() == "a" and new[after.end():][:1].islower()
        new = new[after.start(1):] if keep else new[after.end():]
    nw = _words(new)
    if len(nw) > 1 and nw[0].lower() in _PREPS and ow[0].lower() not in _PREPS and \
            _is_cap(old) and _is_cap(" ".join(nw[1:])):
        new, nw = " ".join(nw[1:]), nw[1:]  # "It is in New Mexico, not Arizona": the place
    elif len(nw) > 2 and nw[0].lower() in _PREPS and ow[0].lower() not in _PREPS and \
            _DETS.match(nw[1] + " ") and _DETS.match(ow[0] + " "):
        new, nw = " ".join(nw[1:]), nw[1:]  # "was on a sexual assault case, not a homicide case"
    if 0 < len(nw) <= max(10, 2 * len(ow) + 2) and _is_cap(new) == _is_cap(old) \
            and not re.search(rf"\s(?:{_COPULA}|that|which|who)\s", new, _I):
        return _strip(new), old
    # "She was a lecturer at Hull University, not York University": the name that closes the
    # complement and ends in the same word answers the name, not the subject
    tail = _CAP_TAIL.search(new.rstrip(" ,"))
    if tail and _is_cap(old) and len(ow) >= 2 and tail.group(1).split()[-1].lower() == \
            ow[-1].lower() and tail.group(1).lower() != old.lower():
        return tail.group(1), old
    # "Montpelier is the capital of Vermont, not Burlington": the subject answers a name.
    subj = re.match(r"^([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+" + _COPULA + r"\s", pre)
    if subj and _is_cap(old) and len(ow) <= 4 and not _is_cap(new) and \
            not _PRONOUN_START.fullmatch(subj.group(1)):
        return subj.group(1), old
    return None


def _name_or_word(pre: str, old: str) -> tuple[str, str] | None:
    """A name against the closing name of ``pre``; one word against its last word."""
    ow = _words(old)
    if _is_cap(old):
        m = re.search(r"(?:^|\s)([\w']+)\s+((?:[A-Z][\w.'&-]*)(?:\s+(?:[A-Z][\w.'&-]*|of|de|"
                      r"van|von|der|den|da|di|del|la|le|du|v\.|and|&)){0,5})$", pre)
        # After a preposition or a verb ("She represents New Hampshire, not ..."), not after
        # a determiner or a capitalised word, which would make the name only part of a phrase.
        # ("a Sparta anziché a Roma": one word heading both names is a preposition there)
        same_head = m is not None and old.lower().startswith(m.group(1).lower() + " ")
        if m and m.group(1)[:1].islower() and (same_head or not _DETS.match(m.group(1) + " ")) \
                and not re.search(r"[\"'\u201c\u2018]", m.group(2)):
            return _strip(m.group(2)), old
        return None
    # One word against one word: "shaken, not stirred", "troops killed, not wounded". A longer
    # lower-case phrase gives no sign of where the new side starts: None rather than a guess.
    if len(ow) == 1:
        last = re.search(r"([\w'-]+)$", pre)
        if last and last.group(1).lower() not in _PREPS and not last.group(1)[:1].isupper() and \
                not re.search(rf"\d[\d,.]*\s+(?:\S+\s+)?{re.escape(last.group(1))}$", pre):
            # (not a unit after a number: "a loss of 12.5 mln dlrs, not profit")
            return last.group(1), old
    return None


def _strip_old(old: str) -> str:
    old = _AS_STATED.sub("", old)
    old = re.sub(r",?\s+(?:in|from) (?:the )?(?:(?:\w+|\d+(?:st|nd|rd|th)) paragraphs?|"
                 r"paragraphs? [\d\s,\-\u2013and]+|(?:photo |picture )?caption|headline)\b.*$", "",
                 old, flags=_I)
    old = _CLAUSE_END.sub("", old)
    old = re.sub(r",\s+(?:which|who|whom|whose|that|but|and|because|while|although|since|when|"
                 r"according|so|then|in|on|at|during|after|before|for|from|with|by|"
                 # the same clauses in the other languages: "X, come indicato erroneamente,",
                 # "X, wie es hieß", "X, comme nous l'écrivions", "X, como se publicó"
                 r"come|comme|como|wie|zoals|che|cui|qui|que|welche[rsmn]?|dat|"
                 # and a new clause after a comma: "Y, und die Operation fand ... statt"
                 r"und|aber|et|mais|y|pero|e|ma|mas|en|maar)\b.*$", "",
                 old, flags=_I)
    return old.strip(" ,.;")


# ---------------------------------------------------------------------------------------------
# The forms
# ---------------------------------------------------------------------------------------------

_NOT_QUALIFIER = lazy_compile(r"\s*(?:only|just|merely|yet|least|even|always|necessarily|because|"
                              r"to(?!\s+(?-i:[A-Z0-9]))|be|have|been|nur|seulement|solo|solamente|"
                              r"apenas|alleen|pas que)\b", _I)
_AUX_END = lazy_compile(r"\b(?:did|does|do|was|were|is|are|has|have|had|could|would|should|will|"
                        r"can|may|might|must|need|cannot|or|and|but|if|whether|why|because|"
                        r"ist|war|sind|wird|hat|est|es|[eè]|era|é|foi|is|was|werd)\s*$", _I)
# "X, not Y" and the same in six more languages; "X e não Y", "X et non Y".
_CONTRAST = lazy_compile(
    r"(?:\s*[,\u2013\u2014(]\s*|\s+)(?:(?:and|und|et|e|y|en) )?"
    r"(?P<neg>not|nicht|non(?: pas)?|n[aã]o|niet|(?<=\by )no|(?<=,\s)no|rather than|instead of|"
    r"statt|anstatt|anzich[eéè]|invece (?:di|che)|en (?:lugar|vez) de|em vez de|ao inv[eé]s de|"
    r"in plaats van|au lieu de|plut[oô]t que)\s+(?=(?P<old>[^;]{1,200}))", _I)
_NOT_BUT = lazy_compile(
    r"\b(?:non pas|not|nicht|no|non|n[aã]o|niet|pas)"
    # an aside before the wrong side: "nicht, wie gestern berichtet, 3000, sondern 30 000"
    r"(?:,\s*(?:wie|as|comme|como|come|zoals)\s[^,;.]{1,80},)?\s+"
    r"(?P<old>(?:[^.;]|(?<=\d)\.(?=\s)){1,160}?),?\s+"
    r"(?:but|sondern|sino|ma|bens[iì]|maar|mas|mais)\s+(?:(?:rather|vielmehr|invece|wel|sim)\s+)?"
    r"(?P<new>[^;]{1,200})", _I)
_NAMING_INTL = (r"d[eé]cri(?:t|vait|vaient)|pr[eé]sent(?:[eé]e?s?|ait|aient)|"
                r"identifi(?:[eé]e?s?|ait)|d[eé]sign(?:[eé]e?s?|ait)|qualifi(?:[eé]e?s?|ait)|"
                r"describ\w*|descrit[oa]|present\w*|"
                r"identific\w*|calific\w*|descriv\w*|definit[oa]|defin[ií]a|descrev\w*|beschre\w*|"
                r"omschre\w*|noemde|noemden|aangeduid|genoemd")
_WRONGLY_INTL = (r"[aà] tort|erron[eé]ment|err[oó]neamente|erroneamente|erradamente|"
                 r"equivocadamente|incorrectamente|incorretamente|ten onrechte|abusievelijk|"
                 r"per errore|por error|por engano|fout")
_MIS_AS = lazy_compile(
    r"\b(?:mis(?:spell\w*|spelt|identif\w*|named|labell?ed|labeled|described|characteri[sz]ed|"
    r"quoted)|(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately)\s+(?:identified|"
    r"described|referred to|named|labell?ed|listed|spelled|spelt|gave|called|characteri[sz]ed|"
    r"stated|reported|given|put|"
    r"credited)|referred to)\s+(?:(?P<obj>[^;]{0,120}?)\s+)?as\s+(?!saying\b)(?P<old>[^;]{1,100})"
    r"|\b(?:irrt[uü]mlich|f[aä]lschlich(?:erweise)?|versehentlich|f[aä]lschlich)\s+als\s+"
    r"(?P<old2>[^;]{1,100})"
    # the same in French, Spanish, Italian, Portuguese and Dutch: a naming verb and an error word
    # in either order, then "comme / como / come / als" and the wrong name ("présentait à tort
    # le capitaine comme le maire", "describía erróneamente a X como Y", "beschreef X ten
    # onrechte als Y")
    r"|\b(?:" + _NAMING_INTL + r")\b(?=[^.;]{0,100}?\b(?:" + _WRONGLY_INTL + r")\b)[^.;]{0,100}?"
    r"\b(?:comme|como|come|als)\s+(?P<old3>[^;,.]{1,80})"
    r"|\b(?:" + _WRONGLY_INTL + r")\s+(?:\w+\s+)?(?:" + _NAMING_INTL + r")\b[^.;]{0,100}?"
    r"\b(?:comme|como|come|als)\s+(?P<old4>[^;,.]{1,80})", _I)
# The rest of a naming sentence up to a fact said after a comma: " angegeben, er war ..."
_THEN_FACT = lazy_compile(r"(?:\s*[^\W\d]+(?: worden)?)?\s*,\s+(?=(?:er|sie|es|he|she|it|they|il|"
                          r"elle|hij|zij)\s)", _I)
# A note's closing line, that the error was put right: no fact to set against the claim.
_ERROR_FIXED = lazy_compile(
    r"^\s*(?:the|this|der|die|dieser|l['\u2019]|el|este|o|este|de|deze|het)?\s*(?:error|mistake|"
    r"fehler|irrtum|erreur|errore|erro|fout|vergissing)s?\s+(?:has been|have been|was|were|wurde|"
    r"wurden|ist|a [eé]t[eé]|fue|ha sido|[eè] stato|foi|is|werd)\s+(?:\w+\s+)?(?:corrected|fixed|"
    r"amended|removed|korrigiert|behoben|berichtigt|beseitigt|corrig[eé]e?|corregido|corretto|"
    r"corrigido|hersteld|gecorrigeerd|verbeterd)\b", _I)
# A sentence about the outlet's earlier version, in each language.
_EARLIER_VERSION = lazy_compile(
    r"\b(?:earlier|previous|prior|original|initial) version\b|\b(?:fr[uü]heren|ersten|vorigen|"
    r"vorherigen) (?:version|fassung)\b|\bversion (?:pr[eé]c[eé]dente|ant[eé]rieure)\b|"
    r"\bpremi[eè]re version\b|\bversi[oó]n anterior\b|\bversione precedente\b|\bvers[aã]o "
    r"anterior\b|\beerdere versie\b", _I)
# ... or the outlet's text as the naming verb's subject: "The story described X as Y".
_DOC_NAMES = lazy_compile(r"\b(?:the|our|this|that|an?) (?:\w+ )?(?:story|article|report|column|"
                          r"item|piece|post|broadcast|segment|programme|program|headline|caption|"
                          r"editorial|obituary)\b(?:[^.;]|(?<=\d)\.|\.(?=\s\d))"
                          r"{0,120}?\s(?:\w+ly\s+)?(?:described|identified|listed|"
                          r"named|labell?ed|characteri[sz]ed|gave|credited)\s", _I)
# ... where a naming verb alone tells the claim: "described X as Y", "X als Y angegeben".
_EARLIER_AS = lazy_compile(
    r"\b(?:described|identified|listed|named|labell?ed|characteri[sz]ed|gave|credited)\s+"
    r"(?:(?P<obj>[^;]{0,120}?)\s+)?as\s+(?!saying\b|well\b|part\b)(?P<old>[^;,]{1,80})"
    r"|\bals\s+(?P<old2>[^;,]{1,60}?)\s+(?:bezeichnet|angegeben|genannt|beschrieben|vorgestellt|"
    r"identifiziert|aufgef[uü]hrt)\b", _I)
_CALLED = lazy_compile(
    r"\b(?:(?:incorrectly|wrongly|mistakenly|erroneously) )?called\s+(?:(?-i:[A-Z])[\w.'-]*\s+"
    r"){0,4}(?:(?:it|him|her|them|this|(?:the|his|her|its|their) [\w-]+)\s+)?"
    r"(?P<old>(?:an?|the)\s+[^.;,()]{1,60})", _I)
_SPELL = lazy_compile(r"\bmisspel|\bspelling\b|\bspelled\b|\bfalsch geschrieben|\bortograf|"
                      r"\bgrafia\b|\bgespeld", _I)
# A sentence that states the fact after the one that named the error.
_FACT = lazy_compile(
    r"^(?:(?:in fact|actually|in reality|but|however|tats[aä]chlich|richtig|en r[eé]alit[eé]|"
    r"en realidad|in realt[aà]|na verdade|in werkelijkheid)\s*,?\s+)?"
    r"(?:(?:it|he|she|they|this|that|(?:his|her|their|its|the) (?:[\w'-]+ ){0,2}"
    r"(?:name|names|title|spelling|figure|number|date|amount|age|total)|the correct [\w ]{1,30}?|"
    r"er|sie|es|il|elle|c'|hij|zij|het)\s+(?:is|was|are|were|'s|ist|war|sind|est|[eé]tait|"
    r"is|was|hei(?:ß|ss)t|hie(?:ß|ss)|heet|heette|s'appelle|s'appelait)\s+"
    r"(?:(?:spelled|spelt|titled|called|named|in fact|actually|tats[aä]chlich)\s+)?|"
    r"(?:se llama(?:ba)?|si chiama(?:va)?|se chama(?:va)?|chama-se)\s+|"
    # "Es handelt sich aber um eine gesamteuropäische Organisation" (it is Y)
    r"es handelte? sich (?:(?:aber|jedoch|dabei|vielmehr|hier)\s+)*um\s+|"
    r"(?:richtig|korrekt) (?:ist|sind|w[aä]re|lautet)\s*:?\s+|dit moet zijn\s+|"
    r"(?:the correct|la bonne|la correcta|o correto|il corretto) [\w ]{1,30}? (?:is|est|es|[eé]|"
    r"era)\s+|(?:die|der|das|sein|seine|ihr|ihre) (?:richtige|korrekte)[rsn]? \w+ "
    r"(?:ist|lautet|war|hei(?:ß|ss)t)(?: jedoch| aber)?\s+|"
    r"(?:de|het) (?:juiste|correcte) [\w ]{1,30}? (?:is|was)(?: echter| evenwel)?\s+|"
    # the verb before its subject: "Tatsächlich hießen die jungen Frauen Y"
    r"(?:tats[aä]chlich|richtig|in wahrheit),?\s+(?:hei(?:ß|ss)(?:t|en)|hie(?:ß|ss)(?:en)?)\s+"
    r"(?:der|die|das|den|dem)\s+(?:(?-i:[a-zäöüß])\w*\s+){0,2}(?-i:[A-ZÄÖÜ])\w*\s+)"
    r"(?P<new>.+)$", _I)
# An error adverb between a reporting verb and what it said: "indicaba erróneamente que",
# "abbiamo scritto erroneamente che", "hieß es fälschlich, ...", "nous indiquions par erreur que".
_ADV_ERR = (r"(?:\s+(?:err[oó]neamente|erroneamente|equivocadamente|incorre(?:c)?tamente|"
            r"incorrectamente|por (?:un )?error|por engano|por (?:um )?erro|"
            r"f[aä]lschlich(?:erweise)?|irrt[uü]mlich(?:erweise)?|versehentlich|par erreur|"
            r"[aà] tort|per errore|abusievelijk|ten onrechte))?")
_SAID_SRC = (
    r"\b(?:(?:incorrectly |erroneously |wrongly |mistakenly |inaccurately )?(?:said|stated|states|"
    r"reported|wrote|claimed|suggested|indicated|gave|asserted|alleged)"
    r"(?: incorrectly| erroneously| wrongly)?(?: that)?|(?:misstated|misreported|implied) that|"
    r"(?:stating|saying|asserting) that|"
    r"misquoted [^.;]{1,80}? as saying(?: that)?|hie(?:ß|ss) es,?(?: dass)?|"
    # a quotation given as said: "wird X mit dem Satz zitiert: »...«"
    r"mit (?:dem|den|der) (?:satz|s[aä]tzen|worten|aussage) zitiert(?: worden)?:|"
    r"(?:hatte|hat) es (?:\w+ )?gehei(?:ß|ss)en,?(?: dass)?|"
    r"stand,?(?: dass)?|(?:nous )?(?:indiquions|[eé]crivions|affirmions|annoncions|disions) que|"
    r"(?:indic[aá]bamos|inform[aá]bamos|dec[ií]amos|afirm[aá]bamos) que|"
    r"(?:inform[aá]vamos|diz[ií]amos|afirm[aá]vamos|escrev[ií]amos) que|"
    r"(?:avevamo (?:scritto|indicato|riportato)|scrivevamo|indicavamo|riportavamo) che|"
    r"(?:indiquait|affirmait|disait|"
    r"mentionnait|[eé]crivait) que|(?:dec[ií]a|afirmaba|aseguraba|indicaba|se[ñn]alaba|"
    r"informaba|inform[oó]|afirm[oó]|public[oó]|dijo|indic[oó]) que|"
    r"(?:dizia|afirmava|informava|indicava|informou|afirmou|publicou|noticiou|disse) que|"
    r"(?:a [eé]crit|a indiqu[eé]|a affirm[eé]) que|(?:diceva|affermava|indicava|ha scritto|"
    r"riportava) che|(?:stond|stelde|meldde|schreef) (?:dat|we|wij)|(?:nous )?avons (?:[eé]crit|"
    r"indiqu[eé]|affirm[eé]|annonc[eé]) que|(?:escribimos|publicamos|dijimos|informamos|"
    r"se (?:dijo|public[oó]|inform[oó])) que|(?:abbiamo (?:scritto|detto|riportato)|scrivendo) "
    r"che|(?:escrevemos|publicamos|informamos|afirmamos|dissemos) que|schreven (?:we|wij) dat|"
    r"(?:we|wij) (?:schreven|meldden|stelden) dat|(?:schrieben|berichteten|meldeten) wir,? dass|"
    r"wir (?:schrieben|berichteten|meldeten),? dass|wurde (?:[\w\u00e4\u00f6\u00fc]+ ){0,2}"
    r"(?:behauptet|berichtet|geschrieben|gemeldet),?(?: dass)?|"
    r"stond (?:[^.;,]{1,40}? )?dat|werd (?:\w+ ){0,2}(?:gemeld|vermeld|geschreven|gesteld) dat|"
    r"(?:il )?(?:[eé]tait|a [eé]t[eé]) (?:[eé]crit|indiqu[eé]|affirm[eé]|annonc[eé]) que|"
    r"on pouvait lire que|se (?:afirmaba|dec[ií]a|indicaba|informaba|aseguraba) que|"
    r"si (?:affermava|diceva|leggeva|scriveva) che|(?:era|[eè] stato) scritto che|"
    r"foi (?:publicado|informado|dito|noticiado|escrito) que|se (?:dizia|afirmava) que)"
    r"\s+(?P<claim>.+)")
_SAID = lazy_compile(_SAID_SRC.replace(") que", ")" + _ADV_ERR + " que").replace(
    ") che", ")" + _ADV_ERR + " che").replace("es,?(?: dass)?", "es" + _ADV_ERR + ",?(?: dass)?"),
    _I)
_TO_FROM = lazy_compile(
    r"\b(?:correct(?:s|ed|ing)|chang(?:es|ed|ing)|amend(?:s|ed|ing)|revis(?:es|ed|ing)|"
    r"fix(?:es|ed|ing))\b[^.;()]{0,80}?\bto (?!(?:be|been|have|show|say|reflect|read|include|"
    r"add|clarify|note|provide|incorporate|feature|expand|explain|describe|remove|delete|update|make|correct|fix|indicate|state|give|"
    r"identify|properly|accurately|better|more)\b)(?P<new>[^;()]{1,60}?)\s+from\s+"
    r"(?P<old>[^;()]{1,60}?)\s*(?:[.;)](?:\s|$)|\bin (?:the )?\w+ (?:paragraph|line)|$)", _I)
_FROM_TO = lazy_compile(
    r"\b(?:correct(?:s|ed|ing)|chang(?:es|ed|ing)|amend(?:s|ed|ing))\b[^.;()]{0,80}?"
    r"\bfrom (?P<old>[^;()]{1,60}?) to "
    r"(?P<new>[^;()]{1,60}?)\s*(?:[.;)](?:\s|$)|$)", _I)
# "(Corrects size of stake to 15 pct)" closing a wire item, or the whole note.
# A change log's "Corrected 'X' to 'Y'", both sides in quotation marks, which mark their edges.
_QUOTED_TO = lazy_compile(
    r"\b(?:corrected|changed|amended|edited|replaced)\s+[\"'\u2018\u201c](?P<old>[^\"'\u2019\u201d]"
    r"{1,80})[\"'\u2019\u201d]\s+(?:to|with)\s+[\"'\u2018\u201c](?P<new>[^\"'\u2019\u201d]{1,80})"
    r"[\"'\u2019\u201d]", _I)
_CORRECTS_TO = lazy_compile(
    r"(?:^|\(|--|\n)\s*\(?\s*(?:corrects|correcting|corrected)\s+[^.;()]{1,80}?\bto (?!(?:show|say|"
    r"reflect|"
    r"read|include|add|clarify|note|make|indicate|state|give|identify)\b)(?P<new>[^.;()]{1,40}?)"
    r"\s*\)?\s*\.?$", _I)
_SHOULD = lazy_compile(
    r"(?:\bas (?P<old>[^;()]{1,50}?),?\s+(?:when|where|whereas) (?:we|it|that|this) )?"
    r"\bshould have (?:said|read|written|used|printed|been (?:described|identified|listed|called|"
    r"named|spelled|spelt)"
    r"(?: as)?|been|stated|referred to|called \w+)\s+(?P<new>[^;()]{1,80}?)"
    r"(?=[.!?](?:\s|$)|[;(]|$)"
    # the same in six more languages, before a quotation or a short phrase
    r"|\b(?:(?:nous )?aurions d[uû] (?:[ée]crire|dire|indiquer|lire)|il (?:aurait )?fallu "
    r"(?:[ée]crire|lire)|il fallait (?:lire|[ée]crire)|"
    r"avremmo dovuto (?:scrivere|dire)|leggasi|si legga|deb[ií]amos haber (?:escrito|dicho)|"
    r"deber[ií]amos haber (?:escrito|dicho)|deb(?:i[oó]|[ií]a) decir|dever[ií]amos ter "
    r"(?:escrito|dito)|deveria (?:ter )?(?:dito|escrito)|"
    r"h[aä]tten (?:\w+ )?(?:schreiben|hei(?:ß|ss)en) m[uü]ssen|(?:es )?h[aä]tte (?:es )?"
    r"hei(?:ß|ss)en m[uü]ssen|hadden (?:\w+ )?moeten "
    r"(?:schrijven|staan)|(?:er )?had (?:er )?moeten staan)\s*:?\s*"
    r"(?P<new2>\"[^\"]{1,300}\"|[^;()\"']{1,80}?)"
    r"(?=[.!?]?(?:\s|$)|[;(])", _I)


# "That is incorrect, he is male.", "It is the other way round: he is ..." before the fact: the
# verdict, not the fact.
_VERDICT = lazy_compile(
    # the same verdict in the other languages: "Das stimmt aber nicht, sie dauert ...", "C'est
    # inexact :", "Eso no es cierto.", "Non è vero:", "Isso não é verdade.", "Dat klopt niet:"
    r"^(?:(?:das|dies) (?:stimmt|ist) (?:aber |jedoch |so )*(?:nicht|falsch)(?: so)?|"
    r"c['\u2019]est (?:inexact|faux|erron[eé])|(?:eso|esto) (?:no es (?:cierto|correcto|as[ií])|es "
    r"(?:incorrecto|falso))|non [eè] (?:vero|corretto|cos[iì])|(?:isso|isto) (?:n[aã]o [eé] "
    r"verdade|est[aá] errado)|dat (?:klopt|is) niet)\s*[,;:.]\s*|"
    r"^(?:that|this|it)(?: is|'s| was) (?:incorrect|wrong|not (?:true|correct|"
                        r"right|accurate|the case)|the other way a?round)\s*[,;:.]?\s*", _I)
# A fact whose subject is a name the note gave before it: "Bickmore is the publishing director",
# "Patrick is the governor of Massachusetts", "Su is a woman".
_NAMED_SUBJECT = lazy_compile(r"^(?P<subj>(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3})\s+"
                              r"(?:is|was|are|were|ist|war|est|[eé]tait|es|era|[eè]|é|foi|is|was)"
                              r"\s+(?P<new>.+)$", _I)


# ... or a noun the note gave: "De rector heette Guus." after "... de rector van de Universiteit".
_NOUN_SUBJECT = lazy_compile(rf"^(?:the|der|die|das|de|het|le|la|il|el|o|a)\s+(?P<subj>\w+)\s+"
                             rf"{_COPULA}\s+(?P<new>.+)$", _I)


# ... or any noun, after a marker that calls the sentence the fact: "In fact, the group is ...".
# The markers that call a sentence the fact, in each language.
_FACT_MARKERS = (r"(?:in fact|in reality|actually|tats[aä]chlich|en r[eé]alit[eé]|en realidad|"
                 r"in realt[aà]|na verdade|in werkelijkheid)")
_MARKED_FACT = lazy_compile(rf"^{_FACT_MARKERS},?\s+(?P<new>.+)$", _I)
_MARKED_NOUN_FACT = lazy_compile(rf"^{_FACT_MARKERS}\s*,?\s+"
                                 r"(?:the|der|die|das|de|het|le|la|il|el|o|a)\s+(?P<subj>\w+)\s+"
                                 rf"{_COPULA}\s+(?P<new>.+)$", _I)


# How the newsroom came to know the fact, before it: "We now understand that the correct figure
# is 1094", "We have since established that ...".
_LEARNED = lazy_compile(r"^(?:we|i)\s+(?:now\s+|have\s+since\s+|have\s+now\s+|since\s+|have\s+)?"
                        r"(?:understand|know|learnt|learned|established|accept|been told|"
                        r"confirmed|found|discovered|realised|realized)\s+that\s+", _I)


def _fact_of(sent: str, before: str = "") -> str | None:
    """The value a fact sentence gives after its subject and verb; ``before`` (the note's text
    before it) lets a subject that is a name the note gave stand for "he", "she" or "it"."""
    sent = _LEARNED.sub("", _VERDICT.sub("", sent.strip()))
    m = _FACT.match(sent)
    if not m and before and (marked := _MARKED_NOUN_FACT.match(sent)):
        m = marked  # "In fact, the group is a non-profit": the marker makes it the fact
    if not m and before:
        m = _NAMED_SUBJECT.match(sent) or _NOUN_SUBJECT.match(sent)
        words = _words(m.group("subj")) if m else []
        if not m or _PRONOUN_START.match(m.group("subj")) or len(words[-1]) < 3 or \
                not re.search(rf"\b{re.escape(words[-1])}\b", before, _I):
            return None
    if not m:
        return None
    new = _strip_old(m.group("new"))
    # a particle after the verb is no part of the fact: "Er ist aber Wirtschaftswissenschaftler",
    # "It was, in fact, by a satirical site"
    new = re.sub(r"^(?:in fact|in reality|indeed|actually)\s*,\s*", "", new, flags=_I)
    new = re.sub(r"^(?:aber|jedoch|doch|allerdings|vielmehr|eigentlich|however|actually|en fait|"
                 r"pourtant|sin embargo|en realidad|per[oò]|invece|por[eé]m|contudo|echter|wel)\s+",
                 "", new, flags=_I)
    new = re.sub(r",\s+not\b.*$", "", new, flags=_I)
    # a second thing said of the subject is no part of the fact: "a non-profit and does not
    # have charity status"
    new = re.sub(r",?\s+and\s+(?:does|did|do|has|had|have|is|was|are|were|never|not)\b.*$", "",
                 new, flags=_I)
    if not new or len(_words(new)) > 12:
        return None
    return _strip(new)


def _look_alike(t: str, old: str) -> str | None:
    """The spelling a note sets against a misspelling: the look-alike run of words in it."""
    ow = _words(old)
    toks = list(re.finditer(r"[\w'-]+", t))
    # Not the misspelling itself nor a run across it, nor another wrong spelling the note gives
    # ("misspelled his surname as Northrop. And the headline misspelled it as Northrup.").
    taken = [(m.start(), m.end()) for m in re.finditer(re.escape(old), t)]
    taken += [(m.start(1), m.end(1)) for m in
              re.finditer(r"\b(?:mis\w+|spelled|spelt)\b[^.;]{0,60}?\bas\s+([\w'-]+)", t, _I)]
    best: tuple[float, str] | None = None
    for i in range(len(toks) - len(ow) + 1):
        run = t[toks[i].start():toks[i + len(ow) - 1].end()]
        if re.sub(r"'s$", "", run.lower()) == old.lower() or any(
                a < toks[i + len(ow) - 1].end() and toks[i].start() < b for a, b in taken):
            continue
        r = difflib.SequenceMatcher(a=run.lower(), b=old.lower()).ratio()
        if r >= 0.6 and run[:1].isupper() == old[:1].isupper() and (best is None or r > best[0]):
            best = (r, re.sub(r"'s$", "", run))
    return best[1] if best else None


def _word_before(t: str, m: re.Match[str]) -> str:
    before = re.search(r"([\w']+)\W*$", t[:m.start()])
    return before.group(1).lower() if before else ""


def _same_place(claim: str, cm: re.Match[str], fact: str, fm: re.Match[str]) -> bool:
    """Whether two numbers stand in the same place: the same word before or after them."""
    def around(t: str, m: re.Match[str]) -> tuple[str, str]:
        before = re.search(r"([\w']+)\W*$", t[:m.start()])
        after = re.match(r"\W{0,2}([\w']+)", t[m.end():])
        return (before.group(1).lower() if before else "", after.group(1).lower() if after else "")

    (b1, a1), (b2, a2) = around(claim, cm), around(fact, fm)
    return (bool(b1) and b1 == b2) or (bool(a1) and a1 == a2)


def _num_kind(text: str, m: re.Match[str]) -> str:
    """What a number in ``text`` counts: a year, an ordinal, a share, or an amount (a sum of
    money is an amount: "40 Millionen Euro" answers "45 Millionen")."""
    v = m.group(0).strip()
    if re.search(r"%|per ?cent|pct|prozent|procent|por ?cento|por ?ciento|per ?cento", v, _I) or \
            re.match(r"\s?(?:%|per ?cent|percent)", text[m.end():], _I):
        return "share"
    if _ORDINAL.match(text, m.end()):
        return "ordinal"
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", v) and not _COUNTED_AFTER.match(text, m.end()):
        return "year"  # (not "1894 infections", "1894 Neuinfektionen": a count)
    return "amount"


# A plural noun right after a number: what it counts ("1894 infections", "1894 Neuinfektionen").
_COUNTED_AFTER = lazy_compile(r"\s(?:[a-z]{3,}s|(?-i:[A-ZÄÖÜ])[a-zäöüß]{3,}(?:en|er|e|n|s))\b"
                              r"(?!\s+(?:of|de|des|del|di|van|von)\b)")


_CURRENCY = lazy_compile(r"[$€£¥]|(?:us|a|c|r)\$", _I)


def _numbers(claim: str, fact: str, placed: bool = False) -> tuple[str, str] | None:
    """The one number the claim has and the fact replaces, with its unit or scale when the
    two share it ("$42 billion" / "$4.2 billion"); ``placed``: only a number in the same place
    (the same word before or after it) answers, however short the fact."""
    def value(m: re.Match[str]) -> str:
        return _CORE.search(m.group(0)).group(0)  # type: ignore[union-attr]

    cn = [m for m in _NUMBER.finditer(claim) if _CORE.search(m.group(0))]
    fn = [m for m in _NUMBER.finditer(fact) if _CORE.search(m.group(0))]
    cv, fv = {value(m) for m in cn}, {value(m) for m in fn}
    old = [m for m in cn if value(m) not in fv]
    new = [m for m in fn if value(m) not in cv]
    if (len(old) > 1 or len(new) > 1) and old and new:
        # "the chain's 34th location" / "..., scheduled to open Nov. 13, is the chain's 40th
        # global location": the one pair in the same place and of one kind.
        pairs = [(o, n) for o in old for n in new if _word_before(claim, o) and
                 _word_before(claim, o) == _word_before(fact, n) and
                 _num_kind(claim, o) == _num_kind(fact, n)]
        if len(pairs) != 1:
            # "said it was 247 years since his birth" / "born in 1756 - 257 years ago", "knapp
            # 100 Jahre" / "Dazwischen lagen 120 Jahre": the one pair counted in one unit.
            pairs = [(o, n) for o in old for n in new if _unit_of(claim, o) and
                     _unit_of(claim, o) == _unit_of(fact, n)]
        if len(pairs) == 1:
            old, new = [pairs[0][0]], [pairs[0][1]]
    if len(old) != 1 or len(new) != 1:
        return None
    if (placed or len(_words(fact)) > 8) and not _same_place(claim, old[0], fact, new[0]):
        return None  # two numbers in different places of two long sentences: unrelated
    if _num_kind(claim, old[0]) != _num_kind(fact, new[0]):
        return None  # "opened in 1998" / "has 12 galleries": a year answers a year, not a count
    dates = _date_at(claim, old[0].start()), _date_at(fact, new[0].start())
    if dates[0] and dates[1]:
        return dates[0], dates[1]  # the whole date, not its day or year
    if bool(dates[0]) != bool(dates[1]):
        return None  # "ends Nov. 31" / "has only 30 days": a day of a date is no count
    o, n = old[0].group(0).rstrip(".,"), new[0].group(0).rstrip(".,")
    unit = (_UNIT.match(claim, old[0].end()), _UNIT.match(fact, new[0].end()))
    counted = _COUNTED.match(claim, old[0].end())
    if not (unit[0] and unit[1]) and counted and claim[counted.end():][:1] in tuple(_Q):
        # a quoted count keeps its noun: "auch „7000 Leiharbeiter“" / "es sind 700 Leiharbeiter"
        unit = (counted, _COUNTED.match(fact, new[0].end()))
    if unit[0] and unit[1] and unit[0].group(1).lower() == unit[1].group(1).lower() and \
            not _SCALED.fullmatch(o):
        # The unit both sides measure in belongs to the value: "14 miles" / "9 miles".
        return claim[old[0].start():unit[0].end()], fact[new[0].start():unit[1].end()]
    so, sn = _SCALED.match(o), _SCALED.match(n)
    scale = [re.search(rf"{_SCALE}$", v.group(0), _I) if v else None for v in (so, sn)]
    if so and sn and scale[0] and scale[1] and \
            scale[0].group(0).lower() == scale[1].group(0).lower():
        return so.group(0), sn.group(0)  # "40 Millionen" / "4 Millionen", "40%" / "14%"
    if _CURRENCY.match(o) and _CURRENCY.match(n):
        return o, n
    o_ord, n_ord = _ORDINAL.match(claim, old[0].end()), _ORDINAL.match(fact, new[0].end())
    if o_ord and n_ord and old[0].group(0) == value(old[0]) and new[0].group(0) == value(new[0]):
        return value(old[0]) + o_ord.group(0), value(new[0]) + n_ord.group(0)
    return value(old[0]), value(new[0])


# The ending an ordinal's digits carry ("16th", "3e", "21st", "2nd").
_ORDINAL = lazy_compile(r"(?:st|nd|rd|th|e|er|re|[eè]me|º|ª)(?!\w)", _I)



# Units of measure (and all-capital abbreviations: "GMT", "MLN") that go with a number.
_UNIT = lazy_compile(
    r"\s?((?:(?-i:[A-Z]{2,5})|miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|feet|foot|inch(?:es)?|yards?|"
    r"acres?|hectares?|tons?|tonnes?|tonnen|kilo(?:gram)?s?|kg|hours?|minutes?|days?|weeks?|months?|"
    r"years?|degrees?|votes?|seats?|Meter|Kilometer|Stunden|Minuten|Tage|Wochen|Monate|Jahre|"
    r"Prozent|Stimmen|m[eè]tres|heures|jours|mois|ans|voix|si[eè]ges|metros|kil[oó]metros|"
    r"horas|d[ií]as|meses|a[ñn]os|votos|esca[ñn]os|metri|chilometri|ore|giorni|mesi|anni|"
    r"dias|anos|meter|kilometer|uur|dagen|maanden|jaar|stemmen|zetels|"
    # the short units written onto the figure: "200mg", "3.5m", "40mph", "12kWh"
    r"mg|mcg|g|ml|cl|l|cm|mm|m|ft|lbs?|oz|mph|kph|km/h|kw|kwh|mw|gw|ha))(?![\w-])", _I)


def _unit_of(text: str, m: re.Match[str]) -> str:
    """The unit of measure right after the number ``m`` in ``text``, lower-cased, or ""."""
    u = _UNIT.match(text, m.end()) or _COUNTED.match(text, m.end())
    return u.group(1).lower() if u else ""


# The noun a number counts, when both sides repeat it: "7000 Leiharbeiter" / "700 Leiharbeiter".
_COUNTED = lazy_compile(r"\s?[\"'\u201c\u201d]?\s?([^\W\d_]{4,})(?![\w-])")


def _date_at(text: str, at: int) -> str | None:
    """The date in ``text`` that the number at ``at`` belongs to, if any."""
    for m in _DATE.finditer(text):
        if m.start() <= at < m.end() and re.search(r"\d", m.group(0)):
            return m.group(0)
    return None


_SCALED = lazy_compile(rf"(?:[$€£¥]\s?|(?:us|a|c|r)\$\s?)?(?:{_CORE.pattern})\s?{_SCALE}(?!\w)", _I)


def _diff(claim: str, fact: str) -> tuple[str, str] | None:
    """The one run of words ``fact`` replaces in ``claim``, as phrases."""
    # The fact may go on after a comma ("..., about a year before ..."): that is not the value.
    fact = re.sub(r",\s+(?:about|some|nearly|almost|shortly|long|which|who|when|while|after|"
                  r"before|according|as|since|because)\b.*$", "", fact, flags=_I)
    cw, fw = claim.split(), fact.split()
    key = [w.lower().strip(".,;:" + _Q) for w in cw], [w.lower().strip(".,;:" + _Q) for w in fw]
    # Matched as lemmas of a sort: "was" answers "were", "researcher" answers "researchers".
    lemma = [[_lemma(w) for w in k] for k in key]
    ops = difflib.SequenceMatcher(a=lemma[0], b=lemma[1], autojunk=False).get_opcodes()
    if not any(op == "equal" for op, *_ in ops):
        return None
    real = []
    restated = 0
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            continue
        fwords = key[1][j1:j2]
        if op != "delete" and all(_PRONOUN_START.match(w) or w in ("in", "fact", "it") or
                                  _DETS.match(w + " ") or _COPULA_WORD.fullmatch(w) or
                                  w in _AUXILIARIES for w in fwords) and \
                (i1 == 0 or all(_PRONOUN_START.match(w) for w in fwords)):
            restated += j2 - j1
            continue  # "the talks were ..." / "They were ...", "the bill" / "it": restated
        if op == "replace" and i1 == 0 and j1 == 0 and j2 < len(fw) and \
                set(fwords) <= set(key[0][i1:i2]):
            restated += j2 - j1
            continue  # "Hua Su is a man" / "Su is a woman": the subject said again, shorter
        if op == "replace" and i1 == j1 <= 1 and j2 < len(fw) and i2 < len(cw) and \
                key[1][0] in ("the", "this", "that", "these", "those") and j2 - j1 <= 5 and \
                i2 - i1 <= 5 and lemma[0][i2] == lemma[1][j2] and \
                (_COPULA_WORD.fullmatch(key[1][j2]) or key[1][j2] in _AUXILIARIES):
            restated += j2 - j1
            continue  # "the Justice League is from X" / "The team is from Y": the subject named
            # again in other words, before the same verb

        if op == "delete":
            continue  # the fact restates less: "the deficit was estimated at about" / "It was"
        if op == "insert" and j1 == 0:
            continue
        if op == "insert" and j2 == len(fw) and fw[j1 - 1].endswith(","):
            continue  # the fact goes on: ", about a year before ..."
        real.append((op, i1, i2, j1, j2))
    if len(real) != 1 or real[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = real[0]
    # The fact must restate the claim around the change: most of its other words are the
    # claim's, or it is an unrelated sentence that happens to share a word or two.
    same = sum(b - a for op, a, b, *_ in ops if op == "equal") + restated
    if same < max(1, (len(fw) - (j2 - j1) + 1) // 2):
        return None
    cops = ([i for i in range(i1, i2 - 1) if _COPULA_WORD.fullmatch(key[0][i])],
            [j for j in range(j1, j2 - 1) if _COPULA_WORD.fullmatch(key[1][j])])
    if cops[0] and cops[1] and i2 - cops[0][-1] <= 5 and j2 - cops[1][-1] <= 5 and \
            all(_PRONOUN_START.fullmatch(w) for w in key[1][j1:cops[1][-1]]):
        # "der Bürgermeister heiße Peter Wendt" / "Er heißt Paul Wendt": the subject is said
        # again in other words; what follows the verb is the value.
        i1, j1 = cops[0][-1] + 1, cops[1][-1] + 1
    if j2 - j1 == 1 and i2 - i1 > 1 and j2 == len(fw) and _NUM_WORD.fullmatch(key[1][j1]) and \
            _NUM_WORD.fullmatch(key[0][i1]):
        i2 = i1 + 1  # "was the first woman to lead it" / "was the second": the ordinal
    if j2 == len(fw) and i2 - i1 > j2 - j1 and key[0][i1 + j2 - j1] in _PREPS:
        i2 = i1 + j2 - j1  # "$900 million in 2019" / "$900 billion": the fact stops sooner
    if i1 == 0 and j1 == 0 and i2 - i1 > j2 - j1 and j2 < len(fw):
        # The fact gives the value alone before the words it shares ("nine years" against
        # "Biden would be five years older"): the claim's value is its word of the same kind
        # just before them, not the claim's whole lead.
        numeric = [k for k in range(i1, i2) if _is_count(key[0][k])]
        if _is_count(key[1][j1]) and j2 - j1 == 1 and numeric and numeric[-1] == i2 - 1:
            i1 = i2 - 1
    if i2 - i1 > 8 or j2 - j1 > 8:
        return None
    if j2 - j1 > 1 and _PRONOUN_START.fullmatch(key[1][j2 - 1]) and i2 - i1 >= j2 - j1:
        j2 -= 1  # "against the bill" / "for it": the pronoun stands for the unchanged words
        i2 = i1 + (j2 - j1)
    i1, i2, j1, j2 = _whole_name(cw, fw, i1, i2, j1, j2)
    if i1 > 0 and j1 > 0 and key[0][i1 - 1] in ("a", "an") and key[1][j1 - 1] in ("a", "an") and \
            i2 - i1 <= 3 and j2 - j1 <= 3 and cw[i1][:1].islower() and fw[j1][:1].islower() and \
            not (_MONTH_WORD.fullmatch(key[0][i1]) or _MONTH_WORD.fullmatch(key[1][j1])):
        i1, j1 = i1 - 1, j1 - 1  # "is a man" / "is a woman", "a community college": the phrase
    if any(_COPULA_WORD.fullmatch(k[e].strip(",.;:")) or (k[e] in _AUXILIARIES and
                                                           w[e][:1].islower())
           for k, w, e in ((key[0], cw, i2 - 1), (key[1], fw, j2 - 1))):
        return None  # "the bridge was built" / "the army engineers built it": not one slot
    old, new = " ".join(cw[i1:i2]), " ".join(fw[j1:j2])
    # A changed day or year is the whole date: "September 4, 2016" / "September 14, 2016".
    d_old, d_new = _date_around(cw, i1, i2), _date_around(fw, j1, j2)
    if d_old and d_new:
        old, new = d_old, d_new

    # A count in a unit both sides share: the value is the amount ("five years" / "nine years";
    # an ordinal stays alone: "third day" / "second day" differ by the ordinal).
    if i2 - i1 == 1 and j2 - j1 == 1 and i2 < len(cw) and j2 < len(fw) and \
            _is_count(key[0][i1]) and _is_count(key[1][j1]) and key[0][i2] == key[1][j2] and \
            _UNIT.fullmatch(" " + key[0][i2]) and not any(
                re.search(r"(?:first|second|third|th)$", w) for w in (key[0][i1], key[1][j1])):
        old, new = f"{cw[i1]} {cw[i2]}", f"{fw[j1]} {fw[j2]}"
    # A number's unit or scale changed: the value is the whole amount ("$900 million").
    if re.fullmatch(_SCALE, _strip(old), _I) and i1 > 0 and j1 > 0 and \
            re.search(r"\d", cw[i1 - 1]) and cw[i1 - 1] == fw[j1 - 1]:
        old, new = f"{cw[i1 - 1]} {old}", f"{fw[j1 - 1]} {new}"
    # A bare number against "late 2021": the number.
    if re.fullmatch(r"\d[\d,.]*", _strip(old)) and not re.fullmatch(r"\d[\d,.]*", _strip(new)):
        n = re.findall(r"\d[\d,.]*\d|\d", new)
        if len(n) != 1:
            return None
        new = n[0]
    if _strip(old).lower() == _strip(new).lower() or not _strip(old) or not _strip(new):
        return None
    return _strip(old), _strip(new)


def _is_count(word: str) -> bool:
    """Whether ``word`` (folded, bare) is a count: digits, or a number word."""
    return bool(re.fullmatch(r"\d[\d,.]*", word) or _NUM_WORD.fullmatch(word))


def _lemma(w: str) -> str:
    """A word folded for matching a claim to its fact: a copula to "be", a plural to its
    singular (English "-s" only, and only on words longer than four letters)."""
    if _COPULA_WORD.fullmatch(w):
        return "be"
    if w.isalpha() and len(w) > 5 and w.endswith(("ing", "ed")):
        return w[:-3] if w.endswith("ing") else w[:-2]  # "favoring" answers "favored"
    return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w


_MONTH_WORD = lazy_compile(_MONTHS, _I)  # "a maggio" / "a giugno": "a" is a preposition there
_AUXILIARIES = frozenset(("will", "would", "can", "could", "shall", "may", "might", "must",
                          "has", "have", "had", "does", "did", "wird", "werde", "hat", "va",
                          "sera", "ha", "han", "tem", "heeft", "zal"))
_PARTICLES = frozenset(("de", "van", "von", "der", "den", "da", "di", "del", "della", "dos",
                        "do", "du", "la", "le", "ter", "ten", "zu", "y", "al", "el", "bin", "ibn"))


def _cap_word(w: str) -> bool:
    w = w.lstrip(_Q + "(")
    return w[:1].isupper()


def _whole_name(cw: list[str], fw: list[str], i1: int, i2: int, j1: int,
                j2: int) -> tuple[int, int, int, int]:
    """Widen a changed name to the whole name: the words both sides share around it that
    belong to it ("New Jersey" / "New Mexico", "Jan de Vries" / "Jan de Wit")."""
    if not (_cap_word(cw[i1]) and _cap_word(fw[j1])):
        return i1, i2, j1, j2
    k, m = i1 - 1, j1 - 1
    while k >= 0 and m >= 0 and cw[k] == fw[m] and not re.search(r"[,.;:]$", cw[k]):
        if _cap_word(cw[k]) and (k > 0 or m > 0):
            i1, j1 = k, m
        elif not (cw[k].lower() in _PARTICLES and k > 0 and m > 0 and
                  cw[k - 1] == fw[m - 1] and _cap_word(cw[k - 1])):
            break
        k, m = k - 1, m - 1
    if _cap_word(cw[i2 - 1]) and _cap_word(fw[j2 - 1]) and not re.search(r"[,.;:]$",
                                                                          cw[i2 - 1]):
        while i2 < len(cw) and j2 < len(fw) and cw[i2] == fw[j2] and _cap_word(cw[i2]):
            i2, j2 = i2 + 1, j2 + 1
            if re.search(r"[,.;:]$", cw[i2 - 1]):
                break
    if i1 > 0 and j1 > 0 and cw[i1 - 1].lower() == fw[j1 - 1].lower() == "the":
        i1, j1 = i1 - 1, j1 - 1  # "the FA" / "the Premier League": the name's article stays
    return i1, i2, j1, j2


def _date_around(words: list[str], i: int, j: int) -> str | None:
    """The date that words[i:j] are part of, if they are part of one."""
    start = len(" ".join(words[:i])) + (1 if i else 0)
    end = start + len(" ".join(words[i:j]))
    text = " ".join(words)
    for m in _DATE.finditer(text):
        if m.start() <= start and end <= m.end() + 1 and re.search(r"\d", m.group(0)):
            return m.group(0)
    return None


_NAME_RUN = lazy_compile(r"[A-Z][\w.'&-]*(?:\s+(?:(?:de|van|von|der|den|da|do|dos|das|di|del|la|le|"
                         r"du)\s+)?"
                         r"[A-Z][\w.'&-]*)*")


# A German participle or infinitive closing a sentence (German puts the verb last).
_VERB_LAST = lazy_compile(r"\s+(?-i:ge[\w-]+|[a-zäöüß][\w-]*(?:[^\Ws]t|en))"
                          r"(?:\s+(?:worden|werden|sein|haben))?[.!]?\s*")


def _bounded(new: str, old: str) -> str | None:
    """The new side of "not X but Y" cut to what answers X: a number to the number (and the
    unit X has); None when X is a name and Y runs on past a name."""
    o = _strip(old)
    if _bare_date(o):  # "nicht am 3. Mai, sondern am 5. Mai statt": the date
        d = _leading_date(new)
        return new[:d.end()] if d else None
    num = _NUMBER.match(o)
    if num and (_CORE.fullmatch(num.group(0).strip()) or _SCALED.fullmatch(o)) and \
            num.end() >= len(o) - 1:
        n = _NUMBER.match(new)
        if n:
            return n.group(0).strip().rstrip(".,")
    core = _CORE.match(o)
    unit = _UNIT.fullmatch(o, core.end()) if core else None
    if unit and not _SCALED.fullmatch(o):
        n = _NUMBER.match(new)
        u = _UNIT.match(new, n.end()) if n else None
        if n and u and u.group(1).lower() == unit.group(1).lower():
            return new[:u.end()]
    ow, nw = _words(o), _words(new)
    if nw and nw[0].lower() in _PREPS and len(ow) > 1 and nw[0].lower() != ow[0].lower():
        at = [k for k, w in enumerate(ow) if w.lower() == nw[0].lower()]
        if at:  # "não fica em X, mas em Y": from the preposition both sides open with
            ow = ow[at[-1]:]
            o = " ".join(ow)
    head = nw[0].lower() if nw and ow and nw[0].lower() == ow[0].lower() and \
        nw[0].lower() in _PREPS else ""
    rest_o = " ".join(ow[1:]) if head else o
    rest_n = new[len(nw[0]):].lstrip() if head else new
    if rest_o and _NAME_RUN.fullmatch(rest_o) and not _NAME_RUN.fullmatch(rest_n):
        run = _NAME_RUN.match(rest_n)
        if run and re.match(r"\s*(?:,|;|\(|\s[-\u2013\u2014]\s)\s*(?-i:[a-z])", rest_n[run.end():]):
            # "não é em X, mas em Y, litoral sul de ...": the name, before what describes it
            return new[:len(new) - len(rest_n) + run.end()]
        if run and _VERB_LAST.fullmatch(rest_n[run.end():]):
            # "nicht in Pfronten, sondern in Pforzen gefunden": a participle or an infinitive
            # closing the sentence is the verb's (German puts it last), no part of the name (but
            # "von Tichy selbst" is the value whole)
            return new[:len(new) - len(rest_n) + run.end()]
        return None  # "nicht in Wien, sondern in Graz Umgebung": where Y ends is a guess
    return new


def _measured(old: str, new: str) -> tuple[str, str] | None:
    """Two amounts in one unit at the head of ``old`` and ``new`` ("700 000 Tonnen" / "700
    Tonnen"), or None."""
    o, n = _NUMBER.match(old), _NUMBER.match(new)
    if not (o and n and _CORE.fullmatch(o.group(0).strip()) and
            _CORE.fullmatch(n.group(0).strip())):
        return None
    ou, nu = _UNIT.match(old, o.end()), _UNIT.match(new, n.end())
    if ou and nu and ou.group(1).lower() == nu.group(1).lower():
        return old[:ou.end()], new[:nu.end()]
    return None


def _parallel(old: str, new: str, whole: str) -> bool:
    """"sondern", "sino" always set two values apart; "but", "ma", "mais" only two alike."""
    if re.search(r"\b(?:sondern|sino|bens[iì])\b", whole, _I):
        return True
    o, n = old.lstrip(_Q), new.lstrip(_Q)
    if not o or not n:
        return False
    if o[:1].isdigit() and n[:1].isdigit():
        return True
    if old[:1] in _Q and new[:1] in _Q:
        return True
    if _NAME_RUN.fullmatch(o) and _NAME_RUN.fullmatch(n):
        return True  # a name against a name: "non è Marco Villa ma Mario Villa"
    return o.split()[0].lower() == n.split()[0].lower() and len(o.split()) > 1


# The parts of German separable verbs that close a clause ("gehört ... an", "gibt ... aus").
_DE_PARTICLES = frozenset(("an", "auf", "aus", "ab", "bei", "ein", "mit", "vor", "zu",
                           "zur\u00fcck", "fest", "hin", "her", "weg", "statt", "teil"))


# An intensifier after a negation, no part of the value: "non era affatto X", "not at all X".
_INTENSIFIER = lazy_compile(r"^(?:affatto|mica|at all|[uü]berhaupt|gar|du tout|en absoluto|"
                            r"helemaal)\s+", _I)


_INNER_NEGATION = lazy_compile(r"\b(?:non pas|not|nicht|no|non|n[aã]o|niet|pas)\s+", _I)


def _not_but(sent: str) -> Iterator[re.Match[str]]:
    """The "not X but Y" of ``sent``, each from the negation nearest its "but": "non mi ero
    accorto che l'autore non era X, bensì Y" contrasts X and Y, not all that follows the first
    "non"."""
    for m in _NOT_BUT.finditer(sent):
        inner = list(_INNER_NEGATION.finditer(m.group("old")))
        if inner:
            again = _NOT_BUT.match(sent, m.start("old") + inner[-1].start())
            if again is not None and again.start("new") == m.start("new"):
                m = again
        yield m


# Who made the error, not what it was: "Den Fehler machte nicht der Autor, sondern die
# Redaktion", "The error was made not by the reporter but by an editor".
_BLAME = lazy_compile(
    r"\b(?:fehler|errors?|mistakes?|erreurs?|errores?|errori|erros?|fout(?:en)?)\s+(?:\w+\s+){0,2}?"
    r"(?:machte|gemacht|made|committed|commis|cometi[oó]|commesso|cometeu|maakte|gemaakt)\b"
    r"|\b(?:machte|made|committed|commis|cometi[oó]|commesso|cometeu|maakte)\s+(?:\w+\s+){0,2}?"
    r"(?:fehler|errors?|mistakes?|erreurs?|errores?|errori|erros?|fout(?:en)?)\b", _I)
_CLAUSE_AFTER_BUT = lazy_compile(r"\s*(?:es|er|sie|elle|ils|elles|it|he|she|they)\s+(?!was\b|"
                                 r"war\b|is\b|ist\b|est\b|[eé]tait\b)", _I)


# Portuguese, whose "no" is "in the" (", no Brasil"); in Spanish ", no X" sets X against what
# came before ("se llama Ana Ruiz, no Ana Ruíz")
_PORTUGUESE = lazy_compile(r"[ãõç]|\b(?:é|do|dos|das|um|uma|não|em|foi|são)\b", _I)


def _contrast(t: str) -> tuple[int, str | None, str | None] | None:
    best: tuple[int, str | None, str | None] | None = None
    for sent in note_sentences(t):
        base = t.find(sent)
        for m in _not_but(sent):
            if _NOT_QUALIFIER.match(sent, m.start("old")):
                continue
            if _BLAME.search(sent, 0, m.start("old")):
                continue  # "Den Fehler machte nicht der Autor, sondern die Redaktion": who erred
            old, new = _strip_old(m.group("old")), _strip_old(m.group("new"))
            if _CLAUSE_AFTER_BUT.match(new):
                continue  # "..., sondern es knittelreimt": a clause answers the claim's verb,
                # not the phrase after the negation
            # "non era affatto X bensì Y", "not at all X but Y": the intensifier is no part of X
            old = _INTENSIFIER.sub("", old)
            ow = old.split()
            if m.group(0)[:6].lower() == "nicht " and len(ow) > 1 and ow[-1].lower() in \
                    _DE_PARTICLES and not new.lower().endswith(" " + ow[-1].lower()):
                old = " ".join(ow[:-1])  # "gehört nicht der SPD an, sondern ...": the verb's part
            nw = new.rstrip(" .").split()
            if m.group(0)[:6].lower() == "nicht " and len(nw) > 1 and nw[-1].lower() in \
                    _DE_PARTICLES:
                new = " ".join(nw[:-1])  # "fand nicht in X, sondern in Y statt": the verb's part
            # "not in June but in September", "nicht am 3. Mai, sondern am 5. Mai": one
            # preposition heads the fact and a phrase in the claim, which sets both apart.
            lead_prep = _words(new)[:1]
            same_prep = bool(lead_prep) and lead_prep[0].lower() in _PREPS and \
                not _DETS.match(lead_prep[0] + " ") and len(_words(new)) > 1 and \
                bool(re.search(rf"(?:^|\s){re.escape(lead_prep[0])}\s", old, _I))
            if m.start() > 0 and not same_prep and re.search(
                    r"\b(?:did|does|do|could|would|should|will|can|may|might|must|need)\s*$",
                    sent[:m.start()], _I):
                continue
            old = re.sub(rf"^{_COPULA}\s+", "", old, flags=_I)  # "no es X sino Y"
            old = _INTENSIFIER.sub("", old)  # "non era affatto X"
            lead_name = _NAME_RUN.match(old)
            if lead_name and _NAME_RUN.fullmatch(_strip(new)) and \
                    re.match(r"\s+(?:in|on|at)\s+(?:the|this|that|our)\b", old[lead_name.end():]):
                old = lead_name.group(0)  # "not James Tomlinson in the picture but Sir John ..."
            new_name = _NAME_RUN.match(new.strip())
            if lead_name and new_name and lead_name.group(0).split()[0] == \
                    new_name.group(0).split()[0] and len(lead_name.group(0).split()) > 1 and \
                    len(new_name.group(0).split()) > 1 and \
                    lead_name.group(0) != new_name.group(0):
                # "não era Ministro do Planejamento à época ..., mas Ministro da Saúde do
                # governo ...": two titles opening with one word, each up to its name's end
                old, new = lead_name.group(0), new_name.group(0)
            # A quotation marks its own edges: 'nicht "700 000 Tonnen CO2", sondern 700 Tonnen'.
            quoted = bool(re.fullmatch(rf"[{_Q}][^{_Q}]+[{_Q}]", old.strip()))
            lead = re.search(r"(?:[$€£¥]\s?)?\d", old)
            if lead and lead.start() > 0 and not quoted and re.match(r"(?:[$€£¥]\s?)?\d", new):
                old = old[lead.start():]  # "no costó 3 millones, sino 5 millones": the amounts
            dates = list(_DATE.finditer(old))
            if dates and dates[-1].start() > 0 and re.search(r"\d", dates[-1].group(0)) and \
                    dates[-1].end() >= len(old.rstrip(" ,.")) and _leading_date(new):
                old = old[dates[-1].start():]  # "non apre il 4 giugno ma il 6 giugno": the dates
            bounded = _bounded(new, old)
            if bounded is None:
                continue
            new = bounded
            if _bare_date(old) and _bare_date(new):  # "il 4 giugno" / "il 6 giugno": the dates
                old, new = _bare_date(old) or old, _bare_date(new) or new
            measured = None if quoted else _measured(_strip(old), _strip(new))
            if measured:  # "nicht "700 000 Tonnen CO2", sondern 700 Tonnen": the amounts
                old, new = measured
            head = _words(new)[:1]
            if not same_prep and not _parallel(old, new, m.group(0)):
                continue
            if head and (head[0].lower() in _PREPS or _DETS.match(head[0] + " ")):
                at = re.search(rf"(?:^|\s){re.escape(head[0])}\s", old, _I)
                if at:
                    old = old[at.start():].strip()
            ow = _words(old)
            if ow and ow[0].lower() in _PREPS and _words(new)[:1] and \
                    _words(new)[0].lower() == ow[0].lower():
                old, new = " ".join(ow[1:]), " ".join(_words(new)[1:])
            if old and new and _checked(old, new, True, sent) != (None, None):
                cand = (base + m.start(), _strip(old), _strip(new))
                if best is None or cand[0] < best[0]:
                    best = cand
        for m in _CONTRAST.finditer(sent):
            pre = re.split(r"[;:]", sent[:m.start()])[-1]
            neg = m.group("neg").lower()
            if _OTHERS_CLAIM.search(m.group("old")):
                continue  # "on Sept. 22, not Sept. 23 as the flier stated": someone else's claim
            bare = re.sub(r"^(?:en|em|a|al|el|la|del|de)\s+(?=\d)", "", m.group("old"), flags=_I)
            if neg == "no" and sent[m.start("neg") - 2:m.start("neg")] == ", " and not (
                    _bare_date(m.group("old").split(",")[0]) or _NUMBER.match(bare)) and \
                    _PORTUGUESE.search(sent):
                continue  # ", no Brasil" (in the): only a date or a figure answers ", no"
            if re.fullmatch(r"(?:so|that|this|it|es|das|cela|ça|eso|esto|ci[oò]|isso|isto|dat|"
                            r"dit)\W*", m.group("old").strip(), _I):
                continue  # "dem ist ... nicht so": a pro-form, no value
            if neg in ("not", "nicht", "non", "nao", "não", "niet", "non pas", "no"):
                if _NOT_QUALIFIER.match(sent, m.start("old")) or _AUX_END.search(pre):
                    continue
                gap = sent[m.start():m.start("neg")]
                end = pre.rstrip()
                set_apart = bool(re.search(r"(?:[\"')]|\b[A-Z][\w.-]*)$", end)) or (
                    end[-1:].isdigit() and (neg == "not" or m.group("old")[:1].isdigit()))
                if not re.search(r"[,\u2013\u2014]|\b(?:and|und|et|e|y|en)\s*$", gap) and \
                        not set_apart:
                    # "Davis was not in an accident", "sei bis 1992 nicht strafbar gewesen": a
                    # negation, not a contrast ("di Minsk non di Kiev", "1912 not 1913" are)
                    continue
            if _NOT_BUT.search(sent[m.start("neg"):]):
                continue
            # "mistakenly said X instead of Y", "wrongly mentioned as X instead of Y": the error
            # word marks the first side as the claim (unlike "wrongly said X, not Y")
            missaid = _MISSAID.search(pre) is not None
            restated = _RESTATED.search(sent[:m.start()]) is not None
            mis_first = neg not in _NEGATIONS and missaid and not restated
            if missaid and not _RESTATED.search(pre) and not mis_first:
                continue  # "wrongly said X, not Y": which side is the claim is not said
            # "we wrote Tuesday instead of Monday", "ho attribuito X a Sparta anziché a Roma":
            # what the newsroom did comes first, so the first side is the wrong one
            ours = mis_first or (neg not in _NEGATIONS and not restated and
                                 _WE_WROTE.search(pre) is not None)
            if neg not in _NEGATIONS and not ours and not restated and \
                    _ERROR_TOLD.search(sent[:m.start()]):
                continue  # "an error: 8 000 instead of 80 000" tells the error, either way round
            old_raw = m.group("old")
            if "(" in sent[m.start():m.start("neg")]:
                old_raw = old_raw.split(")")[0]  # "to 1000 GMT (not 1200 GMT)"
            pair = _answer(pre, old_raw)
            if pair and re.match(r"(?:an?|the)\s", pair[0] or "", _I) and \
                    _PARTICIPLE.match(old_raw.strip()):
                pair = None  # "a separate entity and not governed by ...": no two of a kind
            if pair is None and _POSSESSIVE.match(_strip(_strip_old(old_raw))):
                # a title's colon is no clause break: "Ann Lee's novel Rain: A Life, not ..."
                pair = _answer(re.split(r";", sent[:m.start()])[-1], old_raw)
            if pair and pair[0] and pair[1]:
                cand = (base + m.start("neg"), *((pair[0], pair[1]) if ours else
                                                 (pair[1], pair[0])))
                if best is None or cand[0] < best[0]:
                    best = cand
    return best


# The wrong side told as someone else's: "not Sept. 23 as the flier stated", "not 12, as the
# company said" (not "as we reported", "as previously stated", "as this story said").
_OTHERS_CLAIM = lazy_compile(
    r"^[^.;]{1,60}?,?\s+as (?!we\b|our\b|this\b|it\b|previously\b|earlier\b|originally\b|"
    r"initially\b|first\b|was\b|had\b|has\b|stated\b|said\b|reported\b|published\b|printed\b|"
    r"written\b|in\b|\w+ly\b|(?:the|an?) (?:\w+ )?(?:story|article|report|headline|caption|column|"
    r"item|post|piece|version|graphic|map|chart|editorial|review|obituary|broadcast|segment)\b)"
    r"(?:the |a |an |his |her |their |its )?[\w.'-]+(?: [\w.'-]+){0,3}? (?:stated|"
    r"said|says|claimed|claims|wrote|listed|showed|suggested|announced)\b", _I)


# The newsroom's own act of writing, first person, before "X instead of Y": X is what it wrote.
_WE_WROTE = lazy_compile(
    r"\b(?:we|I)\s+(?:\w+ly\s+)?(?:wrote|said|printed|published|gave|used|attributed|reported|"
    r"put|called|listed|named|described|referred|identified|stated|typed|ran|credited|placed|"
    r"misspell?t|misspelled|mixed up|confused)\b|"
    r"\b(?:ho|abbiamo)\s+(?:\w+mente\s+)?(?:scritto|attribuito|indicato|riportato|detto|"
    r"pubblicato|chiamato|messo|usato|confuso)\b|\b(?:scrivemmo|attribuimmo)\b|"
    r"\bwir\s+(?:haben|hatten|schrieben|nannten)\b|"
    r"\b(?:nous avons|j'ai|on a)\s+(?:\w+ment\s+)?(?:[ée]crit|attribu[ée]|indiqu[ée]|publi[ée]|"
    r"mis|utilis[ée]|confondu)\b|"
    r"\b(?:hemos|he)\s+(?:\w+mente\s+)?(?:escrito|atribuido|publicado|puesto|usado|confundido)\b|"
    r"\b(?:escribimos|publicamos|atribuimos|pusimos|escrevemos|atribu[ií]mos|colocamos)\b|"
    r"\bwe\s+(?:hebben|schreven|noemden)\b", _I)


# An error word before "X, not Y" leaves its orientation open ("incorrectly gave the total as
# 52, not 48" is read both ways); a "should have" or "to show" after it settles it.
_MISSAID = lazy_compile(r"\b(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately|falsely|"
                        r"mis(?:stated|reported|quoted|identified|named|spelled|spelt|labell?ed)|"
                        r"f[aä]lschlich\w*|irrt[uü]mlich\w*)\b", _I)
_NEGATIONS = frozenset(("not", "nicht", "non", "nao", "não", "niet", "non pas", "no"))
# A sentence that tells of an error: what it sets "instead of" what may be either way round.
_ERROR_TOLD = lazy_compile(r"\b(?:errors?|mistakes?|typos?|misprints?|erreurs?|coquilles?|"
                           r"fehler|errores?|errori|erros?|fouten?|vergissing)\b", _I)
_RESTATED = lazy_compile(r"\b(?:should have|to (?:show|say|reflect|read|make clear|clarify|"
                         r"correct)|in fact|actually|(?:is|was|are|were) (?:in fact|actually))\b",
                         _I)


def _mis_as(t: str) -> tuple[str | None, str | None] | None:
    sents = note_sentences(t)
    for k, sent in enumerate(sents):
        m = _MIS_AS.search(sent)
        if m is None and (_EARLIER_VERSION.search(sent) or _DOC_NAMES.search(sent)):
            # in a sentence about an earlier version the naming needs no error word: "An
            # earlier version described the sculptor as French", "... als französisch angegeben"
            m = _EARLIER_AS.search(sent)
        called = m is None
        m = m or _CALLED.search(sent)
        if not m:
            continue
        groups = m.groupdict()
        old = _strip_old(groups.get("old") or groups.get("old2") or groups.get("old3")
                         or groups.get("old4") or "")
        old = re.sub(r"\s+(?:in|on) (?:the |a |an )?(?:\w+ )?(?:paragraph|headline|caption|"
                     r"story|article)\b.*$", "", old, flags=_I)
        # "misnamed as Timmy Whittle in our obituary of ...": where the error was is no part of it.
        old = re.sub(r"\s+in (?:our|an earlier|a previous|the print|the online|last|yesterday's|"
                     r"(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\b.*$", "", old, flags=_I)
        old = re.sub(r"\s+(?:bezeichnet|genannt|angegeben|zitiert|vorgestellt|beschrieben|"
                     r"identifiziert|dargestellt|aufgef[uü]hrt|erw[aä]hnt|betitelt|ausgewiesen)"
                     r"(?: worden)?\b.*$", "", old, flags=_I)
        old = re.sub(r"^(?:her|his|its|their|the|an?)\s+(?=[\"'])", "", old, flags=_I)
        quoted = re.match(r"^([\"'])(.{1,80}?)\1", old)
        closing = _last_quote(old)
        if quoted:  # "as 'Love Everyone,' and has been edited ...": the quotation is the value
            old = quoted.group(2)
        elif closing and closing.end() == len(old.rstrip(" .")) and closing.start() > 0:
            old = closing.group(1) or closing.group(2)  # "called the harbourmaster 'Piet Vos'"
        old = _strip(old)
        if re.match(r"(?:having|being)\b", old, _I):
            continue  # "listed two men as having obtained a licence": what they did, no value
        if not old or len(_words(old)) > 8 or re.search(r"\s(?:not|nicht|non|n[aã]o|niet|rather "
                                                        r"than|instead of)\s", old, _I):
            return None  # "gave it as 61, not 58": which side was printed is not said
        at = sent.find(old, m.start())
        rest = sent[at + len(old):] if at >= 0 else sent[m.end():]
        new = None
        fact = re.search(r"\b(?:tats[aä]chlich|in fact|actually)\s*(?:aber\s+)?(?:war|ist|is|was)?"
                         r"\s*(?:aber\s+)?(?P<new>[^.;,]{1,60})", rest, _I)
        reflect = re.search(r"\bto (?:reflect|show|give|use) (?:its|his|her|their|the) "
                            r"(?:correct |actual |real )?\w+,? "
                            r"(?P<new>\"[^\"]{1,80}\"|'[^']{1,80}')",

                            rest, _I)
        after = _THEN_FACT.match(rest)
        if reflect:
            new = _strip(reflect.group("new"))
        elif rest.lstrip().startswith(";") or after:
            # "referred to it as X; it is Y", "als französisch angegeben, er war Deutscher"
            new = _fact_of(rest[after.end():] if after else rest.lstrip(" ;"))
        elif fact:
            new = _strip(fact.group("new"))
        elif k + 1 < len(sents):
            new = _fact_of(sents[k + 1], sent)
        if new is None and k + 1 < len(sents) and _NAME_RUN.fullmatch(_DETS.sub("", old)):
            named = _NAMED_FACT.match(sents[k + 1])  # "The winner was Aage Niels Bohr, ..."
            new = _strip(named.group("new")) if named else None
        if new is None and k > 0:
            new = _fact_before(sents[k - 1], sent, old)
        if new is None and _is_cap(old) and (_SPELL.search(sent) or _NAMING.search(m.group(0)) or (
                "referred" in m.group(0) and len(_words(old)) >= 3)):
            # the right name elsewhere in the note, spelt alike (a name of three words or more
            # "referred to as": "North Atlantic Free Trade Agreement" / "North American ...")
            new = _look_alike(t, old)
        if new is None and k + 2 < len(sents):
            # "... 'Piet Vos'. Three readers wrote in. The harbourmaster was Kees.": a fact one
            # sentence on whose subject the misnaming sentence named, short and of one kind.
            later = _fact_of(sents[k + 2], sent)
            new = later if later and len(_words(later)) <= 4 and \
                _sort(later) == _sort(_strip(old)) else None
        obj = _strip(m.groupdict().get("obj") or "")
        runs = list(_NAME_RUN.finditer(obj))
        if runs and runs[-1].end() == len(obj) and _NAME_RUN.fullmatch(_DETS.sub("", old)):
            obj = runs[-1].group(0)  # "academic and Dylanologist Steven Rings": the name
            ow_, nw_ = _words(_DETS.sub("", old)), _words(obj)
            if len(nw_) > len(ow_) and nw_[-1] == ow_[-1] and not _TITLE.fullmatch(
                    nw_[-len(ow_) - 1]):
                obj = " ".join(nw_[-len(ow_):])  # as long as the wrong name: "Steven Rings"
        if new is None and obj and _NAMING.search(m.group(0)) and _alike(obj, old) and \
                (k + 1 >= len(sents) or _is_cap(obj)):
            new = obj  # "misidentified Danny Amendola as Rob Gronkowski": the one named first
        if new is None and obj and _NAMING.search(m.group(0)) and \
                _NAME_RUN.fullmatch(_DETS.sub("", obj)) and re.match(r"the (?-i:[a-z])", old, _I):
            # "misidentified NPR as the source of those excerpts": the role is what was said
            # right; the name given for it is the error
            return obj, None
        if new and called and _INDEFINITE.match(new):
            # "called the aid for the mill a subsidy. In fact, it is a loan.": the claim's
            # indefinite phrase is what the fact's replaces
            old = _typed_answer(old, new) or old
        if new:
            old, new = _common_tail(*_common_lead(old, new))
        if new is None and k + 1 < len(sents):
            # "referred to Mr Dutton as opposition leader in 2019. He became opposition leader
            # in 2022.": what the next sentence changes in the wrong value.
            pair = _numbers(old, sents[k + 1]) or _diff(old, sents[k + 1].rstrip(". "))
            if pair:
                return pair
        if new is not None and new.lower() == old.lower():
            new = None
        return old, new
    return None


def _fact_before(prev: str, sent: str, old: str) -> str | None:
    """The fact a note states first, about the one it then names: "Stephen Thiele is a member
    of the Liberal Party of Canada and a director of .... A column ... mistakenly referred to
    him as a card-carrying Conservative." -> "a member of the Liberal Party of Canada" (a noun
    phrase against a noun phrase: up to the next "and a", "who", comma)."""
    m = _NAMED_SUBJECT.match(prev.strip().rstrip("."))
    if not m or _PRONOUN_START.match(m.group("subj")):
        return None
    if not re.search(rf"\b{re.escape(_words(m.group('subj'))[-1])}\b", sent) and \
            not (re.search(r"\b(?:him|her|them)\s+(?:as|to be)\b", sent, _I)
                 and _sort(_strip(old)) != "name"):
        # the one named, by name or, for what was said of them, as "him" or "her": "referred
        # to her as an associate professor" (a wrong name is answered by the name, elsewhere)
        return None
    new = re.split(r",\s|\s(?:who|which|that|whose|where|and (?:a|an|the|is|was))\s",
                   _strip_old(m.group("new")))[0]
    if _DETS.match(old + " ") is None and _DETS.match(new):
        return None
    if _DETS.match(new) and not any(w.lower() in _PREPS for w in _words(old)[1:]):
        head = re.split(r"\s(?:at|in|with|from|on)\s", new)[0]
        new = head if len(_words(head)) >= 2 else new
    new = _strip(new)
    kinds = {_sort(new), _sort(old)}
    return new if new and len(_words(new)) <= 8 and (len(kinds) == 1 or
                                                     kinds == {"name", "phrase"}) else None


_TITLE = lazy_compile(r"(?:Sir|Dame|Lord|Lady|Dr|Prof|Professor|Mr|Mrs|Ms|Rev|Gen|Col|Capt|"
                      r"Sen|Rep|Gov|Judge|Justice|St)[.\ue000]?")
_NAMED_FACT = lazy_compile(r"^(?:the|his|her|its|their) [\w' -]{1,30}? (?:is|was|are|were) "
                           r"(?P<new>(?-i:[A-Z])[\w.'&-]*(?:\s+(?:(?:de|van|von|der|den|da|di|del|la|"
                           r"le|du)\s+)?(?-i:[A-Z])[\w.'&-]*)*)(?:[,.;]|$)", _I)
_NAMING = lazy_compile(r"\b(?:mis(?:named|identified|labell?ed)|identified|named)\b", _I)


def _common_lead(old: str, new: str) -> tuple[str, str]:
    """Without the owner both sides open with: "Carol's about-to-be-husband" / "Carol's
    about-to-be-ex-husband" (an article stays: "the Tames" / "the Thames")."""
    ow, nw = _words(old), _words(new)
    if len(ow) > 1 and len(nw) > 1 and ow[0].lower() == nw[0].lower() and \
            re.fullmatch(r"[\w-]+'s", ow[0]):
        return _strip(" ".join(ow[1:])), _strip(" ".join(nw[1:]))
    return old, new


def _common_tail(old: str, new: str) -> tuple[str, str]:
    """Without the noun both sides close with, when what sets them apart is one word each:
    "französische Organisation" / "eine gesamteuropäische Organisation" -> "französische" /
    "gesamteuropäische" (an article the wrong side lacks goes too)."""
    ow, nw = _words(old), _words(new)
    if not ow:
        return old, new
    if len(nw) > 1 and _DETS.match(nw[0] + " ") and not _DETS.match(ow[0] + " "):
        nw = nw[1:]
    if len(ow) == len(nw) == 2 and ow[-1].lower() == nw[-1].lower() and \
            ow[0].lower() != nw[0].lower() and ow[0][:1].islower() and nw[0][:1].islower():
        return ow[0], nw[0]
    return old, new


def _alike(a: str, b: str, loose: bool = True) -> bool:
    """Whether ``a`` and ``b`` are two values of one sort that can stand for each other: names
    or phrases of about one length that share a word or a spelling, or (``loose``) two full
    names."""
    if _PRONOUN_START.fullmatch(a) or a.lower() == b.lower():
        return False
    aw, bw = _words(a), _words(b)
    if _sort(a) != _sort(b):
        # "the virtual NYC Half" / "the Virtual Brooklyn Half": a name and a phrase are alike
        # only when they share most of their words, whatever their capitals.
        la, lb = ({w.lower() for w in v if not _DETS.match(w + " ")} for v in (aw, bw))
        return {_sort(a), _sort(b)} == {"name", "phrase"} and \
            len(la & lb) * 2 >= max(len(la), len(lb))
    if max(len(aw), len(bw)) > 6 or abs(len(aw) - len(bw)) > 2:
        return False
    content = {w.lower() for w in aw if len(w) > 2 and not _DETS.match(w + " ")}
    if content & {w.lower() for w in bw}:
        return True
    if difflib.SequenceMatcher(a=a.lower(), b=b.lower()).ratio() >= 0.6:
        return True
    return loose and all(2 <= len(w) <= 3 and _NAME_RUN.fullmatch(v) for w, v in ((aw, a), (bw, b)))


# "Ann Roe is not the head of the Alpine Club, as we had it ...": the claim denied,
# with the words that say it was ours.
_NEGATED = lazy_compile(
    r"\b(?:is|was|are|were)\s+not\s+(?P<old>[^;,()]{1,100}?),?\s+as\s+(?:we|it|the|our|an?|was)\b"
    r"[^.;]{0,40}?\b(?:had it|said|stated|suggested|reported|described|wrote|called|put it|"
    r"printed|claimed)\b", _I)


def _negated(t: str) -> tuple[str | None, str | None] | None:
    """A denied claim and the fact in the next sentence: "X is not the head of the Alpine Club,
    as we had it (...). He is the head of the Rowing Club" -> the two predicates, whole, as the
    note states them ("the head of the Alpine Club" / "the head of the Rowing Club")."""
    sents = note_sentences(t)
    for k, sent in enumerate(sents[:-1]):
        m = _NEGATED.search(sent)
        if not m:
            continue
        old, new = _strip(m.group("old")), _fact_of(sents[k + 1], sent)
        if not old or not new:
            return None
        return old, new
    return None


def _quoted_fact(t: str) -> tuple[str | None, str | None] | None:
    """A sentence quoting the wrong words, then one stating the fact: "... referenced a
    "den of destruction." In fact, the reference was to a "den of dysfunction."."""
    sents = note_sentences(t)
    for k in range(len(sents) - 1):
        q = _last_quote(sents[k])
        if not q or len(_words(sents[k][q.end():])) > 3:
            continue
        nxt = sents[k + 1]
        fact = _FACT.match(nxt) or _MARKED_FACT.match(nxt)
        old = _strip(q.group(1) or q.group(2))
        if not fact:
            # "... noemde ik de rector 'Joost Belinfante'. <aside>. De rector heette Guus.": a
            # fact whose subject the quoting sentence named, one or two sentences on.
            for later in sents[k + 1:k + 3]:
                new = _fact_of(later, sents[k][:q.start()])
                if new and len(_words(new)) <= 4 and _sort(new) == _sort(old):
                    return old, new
            continue
        qn = _last_quote(fact.group("new"))
        new = _strip(qn.group(1) or qn.group(2)) if qn else _fact_of(nxt)
        if not qn and new and (len(_words(new)) > 4 or _sort(new) != _sort(old)):
            # an unquoted fact answers the quotation only when it is as short and of one
            # kind (on fresh notes, longer ones were wrong each time)
            new = None
        if new is None and re.search(r"\d", old):
            # 'von "plus 2018" die Rede. Tatsächlich waren es 218 Neuinfektionen': the figure
            # the fact gives in the quotation's place
            pair = _numbers(old, nxt)
            if pair:
                return pair
        amounts = list(_AMOUNT.finditer(old)) if new and _AMOUNT.fullmatch(new) else []
        if len(amounts) == 1:
            # '"Bilanzfälschung in Höhe von zwei Millionen Euro". Richtig ist "zwei Milliarden"':
            # the amount the fact answers
            old = _strip(amounts[0].group(0))
        if old and new and old.lower() != new.lower():
            return old, new
    return None


# A sentence that gives only the right reading: "Richtig ist: Y", "Il fallait lire Y", "Dat moet
# zijn: Y", "It should have said Y", "Debe decir Y", "Leia-se Y", "Leggi Y".
_READ_AS = lazy_compile(
    r"^(?:(?:it|this|that|the \w+) should have (?:said|read|been)|(?:it|this) should read|"
    r"(?:richtig|korrekt) (?:ist|sind|w[aä]re|lautet|hei(?:ß|ss)t es|muss es hei(?:ß|ss)en)|"
    r"es muss (?:richtig )?hei(?:ß|ss)en|il fallait lire|(?:il )?faut lire|lire|"
    r"(?:debe|deber[ií]a) decir|debi[oó] decir|"
    r"leia-se|l[eê]-se|deveria (?:dizer|ser)|leggi|leggasi|si legga|va letto|"
    r"(?:dat|dit|het) moet zijn|moet zijn|lees|"
    # what was meant: "gemeint war selbstverständlich die Teststrategie"
    r"gemeint (?:war|ist|waren|sind)|what was meant was|we meant)\s*:?\s+"
    r"(?:(?:aber|jedoch|doch|allerdings|nat[uü]rlich|selbstverst[aä]ndlich|of course|"
    r"obviously|however)\s+)*(?P<new>[^;]{1,80})$", _I)


# "das Jahr 1997", "the year 1997", "l'année 1997": the year is the value.
_THE_YEAR = lazy_compile(r"(?:das|im|the|in the|l['\u2019]|en el|el|nel|l['\u2019]|o|no|het|in "
                         r"het)\s*(?:jahr|year|ann[ée]e|a[ñn]o|anno|ano|jaar)\s+(\d{4})", _I)


def _framed(claim: str, new: str) -> str | None:
    """The one run of ``claim`` that opens and closes with the first and last words of ``new``
    (two to six words) and differs from it: "habe sich im Jahr 64 vor Christus ereignet" /
    "64 nach Christus" -> "64 vor Christus"."""
    nw = _words(new)
    if not 2 <= len(nw) <= 6:
        return None
    first, last = (re.escape(w.strip(".,;:")) for w in (nw[0], nw[-1]))
    runs = [m.group(0) for m in re.finditer(
        rf"(?<![\w-]){first}(?:\s+\S+){{{max(0, len(nw) - 3)},{len(nw)}}}?\s+{last}(?![\w-])",
        claim, _I) if m.group(0).lower() != new.lower()]
    return runs[0] if len(runs) == 1 else None


_WEEKDAY = lazy_compile(rf"\b{_WEEKDAYS}\b", _I)


def _typed_answer(claim: str, new: str) -> str | None:
    """The phrase in ``claim`` that ``new`` replaces, found by its kind: the one date, the one
    number (in the same unit), or the last name ("das Museum sei in Bremen" / "Hamburg")."""
    kind = _sort(new)
    if kind == "date" and _WEEKDAY.fullmatch(new.strip(" .")):
        # "said the fox came in on Friday. It was Thursday.": the one other weekday
        days = [m.group(0) for m in _WEEKDAY.finditer(claim)
                if m.group(0).lower() != new.strip(" .").lower()]
        return days[0] if len(days) == 1 else None
    if kind == "date":
        dates = [m.group(0) for m in _DATE.finditer(claim) if re.search(r"\d", m.group(0))]
        return dates[-1] if len(dates) == 1 else None
    if kind == "number":
        if _NUM_WORD.fullmatch(new.strip()):
            # "sieben Ministerinnen" / "Es sind aber sechs": the one other number word
            words = [m.group(0) for m in _NUM_WORD.finditer(claim)
                     if m.group(0).lower() != new.strip().lower()]
            return words[0] if len(words) == 1 else None
        pair = _numbers(claim, new)
        return pair[0] if pair else None
    counted = re.fullmatch(r"((?:[$€£¥]\s?)?\d[\d,.]*)\s+([^\W\d_]+(?: [^\W\d_]+)?)", new)
    if counted:
        # "250 beds": the one other number in the claim that counts the same thing
        same = list(re.finditer(rf"(?:[$€£¥]\s?)?\d[\d,.]*\s+{re.escape(counted.group(2))}(?!\w)",
                                claim, _I))
        return same[0].group(0) if len(same) == 1 and same[0].group(0) != new else None
    if kind == "name" and _NAME_RUN.fullmatch(new) and len(_words(new)) <= 5:
        runs = [m for m in _NAME_RUN.finditer(claim) if m.start() > 0]
        # A name that looks like the right one ("Sean Connery" / "Sean Penn") wherever it is.
        alike = [m for m in _NAME_RUN.finditer(claim) if _alike(m.group(0), new)]
        if len(alike) > 1:  # two-word names are all alike; one sharing a word is the one
            alike = [m for m in alike if _alike(m.group(0), new, loose=False)]
        if len(alike) == 1:
            return _strip(alike[0].group(0))
        if runs and runs[-1].end() >= len(claim.rstrip(" .")) - 12:
            return _strip(runs[-1].group(0))
        return None
    if _INDEFINITE.match(new) and len(_words(new)) <= 4:
        # "called the aid a subsidy. In fact, it is a loan.": what the claim called it, the
        # indefinite phrase it ends with
        tail = _INDEFINITE_TAIL.search(claim.rstrip(" ."))
        if tail and tail.group(0).lower() != new.lower():
            return _strip(tail.group(0))
    pair = _diff(claim, new)
    return pair[0] if pair else None


# (the indefinite ones: "_ARTICLE" below is every article)
_INDEFINITE_ARTICLES = r"(?:an?|ein|eine|einen|einem|un|une|uno|una|um|uma|een)"
_INDEFINITE = lazy_compile(rf"{_INDEFINITE_ARTICLES}\s", _I)
_INDEFINITE_TAIL = lazy_compile(rf"(?<![\w'])(?-i:{_INDEFINITE_ARTICLES}) [^\W\d][\w'-]*"
                                r"(?: [^\W\d][\w'-]*){0,2}$", _I)


_ERR_WORD = lazy_compile(r"\b(?:mistakenly|incorrectly|wrongly|erroneously|inaccurately|"
                        r"falsely)\b", _I)
_MISSTATED = lazy_compile(r"(?:misstated|misreported|implied) that", _I)
# A fact that gives a count: "The correct number is ...", "The actual total was ...".
_COUNT_FACT = lazy_compile(r"^the (?:correct|right|actual|real) (?:number|figure|total|count|"
                           r"tally|toll)s? (?:is|was|are|were)\s", _I)
# A fact sentence that is one value: "It was Sean Penn", "The correct date is July 14".
_WHOLE_FACT = lazy_compile(r"^(?:(?:it|he|she|they|this|that|there)(?:'s|\s+(?:is|was|are|were))|"
                           r"the (?:correct|right|actual|real) \w+(?: \w+)? (?:is|was|are|were)|"
                           # the same in the other languages: "Es waren 1164", "Es sind aber
                           # sechs", "C'était 1997", "Eran 12", "Erano 12", "Eram 12"
                           r"(?:es|er|sie|das) (?:ist|war|sind|waren)|c['\u2019](?:est|[ée]tait)|"
                           r"il y (?:a|avait)|(?:ce|ils|elles) (?:sont|[ée]taient)|"
                           r"(?:eran|era|son|fue|fueron|hay|hab[ií]a)|(?:erano|era|sono|[eè])|"
                           r"(?:eram|era|s[aã]o|foi|foram|havia)|(?:het|er|hij|zij|ze|dat) "
                           r"(?:is|was|zijn|waren))"
                           r"(?:\s+(?:aber|jedoch|doch|allerdings|tats[aä]chlich|en fait|en "
                           r"r[ée]alit[ée]|en realidad|in realt[aà]|na verdade|echter|wel))?"
                           r"\s+(?P<new>[^,;]+?)\.?$", _I)


def _one_value(v: str) -> bool:
    """Whether ``v`` is one value by itself: a date, a figure, or a short name."""
    v = _strip(v)
    return bool(_bare_date(v)) or _sort(v) == "number" or \
        (bool(_NAME_RUN.fullmatch(v)) and len(_words(v)) <= 5)


_WHEN_IN_FACT = lazy_compile(r",?\s+(?:when|whereas|while|but)\s+in (?:fact|reality)\s*,?\s+|"
                             r";\s+in fact,?\s+|,\s+but\s+(?=(?:it|he|she|they)\s)", _I)


# What opens a sentence that states the fact against a claim before it: "In fact, ...",
# "Tatsächlich ...", "En réalité, ...", "Na verdade, ...", "We should make clear that ...".
_FACT_MARK = lazy_compile(
    r"^(?:in (?:fact|reality|truth)|actually|the (?:fact|truth) is(?: that)?|"
    r"tats[aä]chlich|in wahrheit|in wirklichkeit|vielmehr|en r[eé]alit[eé]|en fait|en v[eé]rit[eé]|"
    r"en realidad|de hecho|en verdad|in realt[aà]|in verit[aà]|na verdade|na realidade|"
    r"em realidade|de fa(?:c)?to|in werkelijkheid|in feite|in realiteit)\b\s*[,:]?\s*", _I)
# "... we should make clear that ...", "we wish to clarify that ...": what follows is the fact.
_MAKE_CLEAR = lazy_compile(
    r"^(?:(?:we|i) (?:should|would like to|wish to|want to|must|need to) )?(?:make (?:it )?clear|"
    r"clarify|point out|note|stress|emphasi[sz]e) that\s+", _I)
# "while X, ...", "although X, ...": a concession before the fact is not the fact.
_CONCESSION = lazy_compile(
    r"^(?:while|although|though|whereas|even though|obwohl|zwar|bien que|quoique|aunque|si bien|"
    r"anche se|sebbene|bench[eé]|embora|ainda que|hoewel|ofschoon)\b[^,;]{3,160},\s+", _I)
# A sentence that only says the claim was wrong: "This was false.", "Das stimmt nicht."
_WRONG_ONLY = lazy_compile(
    r"^(?:that|this|it|which)(?: is|'s| was)(?: (?:also|simply|completely|entirely|totally))? "
    r"(?:false|incorrect|wrong|untrue|inaccurate|erroneous|not (?:true|correct|right|accurate|"
    r"the case))|^(?:das|dies)(?: ist| war) (?:falsch|nicht richtig|unzutreffend|nicht korrekt)|"
    r"^(?:das|dies) stimmt(?:e)? nicht|^(?:c'est|c'[eé]tait|ceci est) (?:faux|inexact|erron[eé])|"
    r"^(?:eso|esto|ello)? ?(?:es|era|fue) (?:falso|incorrecto|err[oó]neo|inexacto)|"
    r"^(?:ci[oò] )?(?:[eè]|era) (?:falso|sbagliato|inesatto|errato)|^non [eè] (?:vero|cos[iì])|"
    r"^(?:isso|isto)? ?(?:[eé]|era|foi) (?:falso|incorreto|errado)|^n[aã]o [eé] verdade|"
    r"^dat (?:is|was) (?:onjuist|niet juist|fout|niet waar)|^dat klopt(?:e)? niet", _I)
# The time words that may stand between "reported" and "that": "reported Tuesday that ...".
_WHEN_THAT = lazy_compile(
    rf"^(?:(?:on|last|earlier|initially|originally|previously|incorrectly|wrongly|erroneously|"
    rf"mistakenly|{_WEEKDAYS}|yesterday|this week|last week)\s+){{1,3}}that\s+", _I)
# "... --a possibly partisan reading of the actual result: Wales 3, France 36": the fact
# given in the claim's own sentence after "the actual/real/correct <noun>".
_ACTUAL = lazy_compile(
    r"(?:[,;\u2013\u2014]|--|\s-\s)[^;]{0,80}?\bthe (?:actual|real|correct|true|right) "
    r"(?:[\w-]+ ){0,1}[\w-]+\s*(?::|\s(?:is|was|are|were))\s+(?P<new>[^;]{1,80}?)\.?$", _I)
_CLAUSE_WORDS = 25
_CLAIM_WORDS = 10  # the longest claim read whole as the wrong value (the fact may be longer)
# Who says so, after the fact: ", according to its records", ", as the report shows", ", police
# said" (the source of the fact is not part of it).
_SOURCED = lazy_compile(
    r",\s+(?:according to|as (?:[\w'-]+\s+){0,5}(?:shows?|showed|said|says|stated|states|"
    r"reported|confirmed|notes?|noted)\b|(?:[\w'-]+\s+){0,3}(?:said|says|confirmed|shows?|"
    r"showed)$|"
    r"(?:said|says) [\w'-]+(?: [\w'-]+)?$|selon|laut|seg[uú]n|secondo|segundo|volgens)\b.*$", _I)


class _Clauses(tuple[str, str]):
    """A claim's clause and the fact's clause that the note marks as the fact ("In fact, ..."):
    the marker sets both sides apart, so even a paragraph found by its cues gives them."""


def _shares_word(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` share a content word (four letters or more, matched on its
    first five: "impeached" / "impeachment")."""
    def stems(s: str) -> set[str]:
        return {w.lower()[:5] for w in re.findall(r"[^\W\d_]{4,}", s)} - _FUNCTION_STEMS
    return bool(stems(a) & stems(b))


_FUNCTION_STEMS = frozenset(("that", "this", "with", "from", "have", "were", "been", "will",
                             "would", "their", "there", "they", "which", "about", "also",
                             "dass", "sind", "wird", "nicht", "eine", "einen", "avec", "dans",
                             "pour", "sont", "como", "para", "está", "sono", "della", "niet",
                             "voor", "zijn", "does", "could", "shoul", "after", "befor"))


def _claim_clause(claim: str) -> str | None:
    """The claim a note says was wrong, as a clause: a quotation that closes it is the claim's
    value; otherwise the clause after "that", up to a comma that opens another clause, a
    bracket or a dash. None when it is longer than a value can sensibly be."""
    claim = claim.strip().rstrip(". ")
    q = _last_quote(claim)
    if q and q.end() >= len(claim.rstrip(" .,")) - 1:
        return _strip(q.group(1) or q.group(2))
    claim = _strip(_strip_old(_WHEN_THAT.sub("", claim)))
    return claim if claim and len(_words(claim)) <= _CLAUSE_WORDS else None


def _fact_clause(fact: str) -> str | None:
    """The fact sentence as a clause: without its marker ("In fact,"), the verdict or
    concession before it, and what a dash or bracket adds after it."""
    f = _VERDICT.sub("", fact.strip())
    for _ in range(2):
        f = _MAKE_CLEAR.sub("", _CONCESSION.sub("", _FACT_MARK.sub("", f)))
    f = re.split(r"\s[-\u2013\u2014]\s|--|\s\(|\u2014", f)[0]
    f = _strip(_SOURCED.sub("", f.rstrip(". ")))
    return f if f and len(_words(f)) <= _CLAUSE_WORDS else None


# What was wrong, named as the object of a verb of saying: "the distance from X to Y".
_ASPECT_NAMED = lazy_compile(
    r"the (?:number|figure|amount|total|distance|percent|percentage|share|rate|population|size|"
    r"height|length|date|age|price|cost|location|spelling) (?:of|from|for|between|at|in)\b", _I)


# A sentence telling that the text changed, in any of the languages: the note's own opening,
# never the fact ("This article was amended on 3 May 2024.", "Dieser Artikel wurde geändert.")
_TOLD_CHANGED = lazy_compile(
    r"\b(?:amended|corrected|updated|changed|edited|revised|clarified|ge[aä]ndert|korrigiert|"
    r"berichtigt|aktualisiert|modifi[eé]e?|corrig[eé]e?|rectifi[eé]e?|mis[e]? [aà] jour|"
    r"modificad[oa]|corregid[oa]|actualizad[oa]|modificat[oa]|corrett[oa]|aggiornat[oa]|"
    r"alterad[oa]|corrigid[oa]|atualizad[oa]|aangepast|gecorrigeerd|gewijzigd|bijgewerkt)\b", _I)


def _said(t: str) -> tuple[str | None, str | None] | None:
    sents = note_sentences(t)
    for k, sent in enumerate(sents):
        m = _SAID.search(sent)
        if not m:
            continue
        claim = m.group("claim")
        if re.match(r"(?:the |an? )?(?:wrong|incorrect|inaccurate|erroneous)\b", claim, _I):
            continue  # "gave the wrong date for ...": names the error, states no claim
        if _ASPECT_NAMED.match(claim):
            continue  # "stated the distance from X to Y": names what was wrong, not what was said
        rest = sents[k + 1:]
        if k > 0 and _ERR_WORD.search(sent[:m.end()]):
            lead = _NAMED_SUBJECT.match(sents[0].strip().rstrip("."))
            if lead and not _PRONOUN_START.match(lead.group("subj")):
                # The fact first, about a name, then the error ("Ann Roe is the candidate
                # for X. An article mistakenly said she runs for Y. In fact, ..."): the first
                # sentence answers the claim, or nothing in the note is sure to.
                fact0 = sents[0].strip().rstrip(".")
                claim0 = claim.strip().rstrip(". ")
                return _numbers(claim0, fact0, placed=True) or _diff(claim0, fact0)
        # A fact the note marks as the fact ("In fact, ...", "This was false. <fact>") may be
        # read as a clause against the claim's clause when no single value answers.
        marked = False
        if rest and _WRONG_ONLY.match(rest[0].strip()):
            rest, marked = rest[1:], True
            if not rest:
                # "alleged that X. This was incorrect.": where the wrong part of the claim
                # ends is not marked by any fact against it
                return None
        within = _WHEN_IN_FACT.search(claim)
        actual = _ACTUAL.search(claim) if not within else None
        if within:  # "said X is widely used, when in fact it is no longer used"
            claim, rest = claim[:within.start()], [claim[within.end():]]
            marked = True
        elif actual:  # 'said "X" -- a reading of the actual result: Y'
            claim, rest, marked = claim[:actual.start()], [actual.group("new")], True
        if not rest:
            # the fact after a dash in the same sentence: "..., die Impfstrategie zu ändern -
            # gemeint war selbstverständlich die Teststrategie"
            dash = re.search(r"\s[\u2013\u2014-]\s+", claim)
            if dash and _READ_AS.match(claim[dash.end():].rstrip(". ")):
                claim, rest = claim[:dash.start()], [claim[dash.end():]]
        if not rest and _MISSTATED.match(m.group(0)):
            continue  # "misstated that X" ends the note: what stands before it is no answer
        if not rest:
            parts = [p for p in re.split(r";\s+", claim) if p.strip()]
            if len(parts) >= 2:
                claim, fact = parts[0], parts[1]
            elif k > 0 and len(_words(claim)) <= 8 and not _TOLD_CHANGED.search(sents[k - 1]):
                # The fact first, the wrong version after it: "The fair opens on 12 July. An
                # earlier version said 21 July." (a label before the fact is not part of it;
                # "This article was amended on 3 May." before it is the note, no fact)
                fact = re.sub(r"^[^:]{1,30}:\s+", "", sents[k - 1])
            else:
                continue
        else:
            fact = rest[0]
        if _ERROR_FIXED.search(fact):
            return None  # "Der Fehler wurde behoben.": the note's close, no fact
        claim = re.sub(r"\s*\([^)]*\)\s*$", "", claim.rstrip(". "))
        read = _READ_AS.match(fact.rstrip(". "))
        if read and (_FACT.match(read.group("new")) or len(_words(read.group("new"))) > 6):
            fact, read = read.group("new"), None  # "Richtig ist: Sie ist 230 Meter lang."
        whole_quote = re.fullmatch(rf"\s*[{_Q}]([^{_Q}]{{1,300}})[{_Q}]\s*", claim)
        if read and whole_quote and read.group("new").lstrip()[:1] in _Q:
            # 'zitiert: "X". Richtig muss es heißen: "Y."': a quotation for a quotation, whole
            return _strip(whole_quote.group(1)), _strip(read.group("new"))
        if read:  # "Richtig ist Hamburg.", "Il fallait lire Angers.", "It should have said Y."
            new = _strip(read.group("new"))
            year = _THE_YEAR.fullmatch(new)
            new = year.group(1) if year else new  # "das Jahr 1997": the year
            new = _bare_date(new) or new  # "Richtig ist: am 19. März"
            old = _typed_answer(claim, new) or _framed(claim, new)
            return (old, new) if old else (None, new)
        fact_txt = re.sub(r"^(?:in fact|actually|in reality|but|however|tats[aä]chlich|"
                          r"richtig (?:ist|sind)|korrekt (?:ist|sind)|en r[eé]alit[eé]|"
                          r"en realidad|in realt[aà]|na verdade|in werkelijkheid)\s*[,:]?\s*", "",
                          fact.rstrip(". "), flags=_I)
        # ("Invece" leads to the fact too, but it also opens facts that go on about other
        # things: it marks no clause.)
        fact_txt = re.sub(r"^invece\s*,?\s*", "", _FACT_MARK.sub("", fact_txt), flags=_I)
        # an aside inside the fact: "It was, in fact, by a satirical site"
        fact_txt = re.sub(r",\s*(?:in fact|in reality|actually|indeed|of course|however),\s*", " ",
                          fact_txt, flags=_I)
        # "It was actually from ...": the adverb marks the fact and is no part of it
        fact_txt = re.sub(r"\b(is|was|are|were|has been|had been|came|comes|went)\s+(?:actually|"
                          r"in fact|really)\s+", r"\1 ", fact_txt, flags=_I)
        # "It was Ben Poe who founded it", "it was Iran that tried to buy": the cleft said
        # straight, so that its focus stands where the claim's words stood ("Ben Poe founded it")
        fact_txt = _CLEFT.sub(r"\g<focus> ", fact_txt)
        # "This has been corrected to nine years": what it was put right to is the fact.
        fact_txt = re.sub(r"^(?:this|it|that)\s+(?:has been|was|is now|have been)\s+(?:corrected|"
                          r"changed|amended)\s+to\s+(?:say|read|show|state)?\s*(?:that\s+)?",
                          "", fact_txt, flags=_I).split(": ")[0]
        # "He said it could be a MAGA-land.": what was said is the fact.
        fact_txt = re.sub(r"^(?:he|she|they|it|we)\s+(?:said|says|wrote|told \w+)(?:\s+that)?\s+",
                          "", _LEARNED.sub("", _VERDICT.sub("", fact_txt)), flags=_I)
        whole = _WHOLE_FACT.match(fact_txt)
        if whole and not _one_value(whole.group("new")) and _COUNT_FACT.match(fact_txt):
            # "The correct number is 28 children who died ...": the count is the value
            counted = _NUMBER.match(whole.group("new"))
            if counted and _one_value(counted.group(0)):
                new = _strip(counted.group(0))
                return _typed_answer(claim, new), new
        if whole and _one_value(whole.group("new")):
            new = _bare_date(whole.group("new")) or _strip(whole.group("new"))
            old = _typed_answer(claim, new)  # "It was Sean Penn.", "The correct date is July 14."
            if old:
                return old, new
        # "misstated that" opens a claim in free prose, often long: only a typed answer (a
        # one-value fact above, or a number where the claim's stood) is read from it, not a
        # changed run of words, whose edges such prose does not mark.
        if _MISSTATED.match(m.group(0)):
            # ... unless the fact is one short clause that says the claim again around the
            # change ("misstated that Apple was granted a patent for its stores. It was granted
            # a trademark."), which marks both edges.
            short = len(_words(fact_txt)) <= 8 and not re.search(r"[,;:]", fact_txt)
            return _numbers(claim, fact_txt, placed=True) or \
                (_diff(claim, fact_txt) if short else None)
        # "... said the post came from X. The post was from Y.": the claim's subject said again
        # stands for "it", as a pronoun would
        pair = _numbers(claim, fact_txt) or _diff(claim, fact_txt) or \
            _diff(claim, _restated_subject(claim, fact_txt))
        if pair is None and (marked or _FACT_MARK.match(fact.strip()) or
                             _MAKE_CLEAR.match(_CONCESSION.sub("", fact.strip()))):
            c_old, c_new = _claim_clause(claim), _fact_clause(fact)
            # The fact must answer the claim: restate some of its words ("... Nixon was
            # impeached. In fact, ... Nixon resigned"), or the claim be a quotation, whose
            # marks are its edges; "In fact no decision has been taken" replaces nothing. A
            # long claim holds more than its wrong part (fresh notes, read as a whole clause
            # past ten words, were wrong every time): no value then.
            if c_old and c_new and len(_words(c_old)) <= _CLAIM_WORDS and (
                    _shares_word(claim, c_new) or
                    re.search(rf"[{_Q}]\s*{re.escape(c_old)}", claim)):
                return _Clauses((c_old, c_new))
            return None
        return pair
    return None


_SUBJECT_OPENING = lazy_compile(r"(?:the|this|that|his|her|its|their)\s", _I)
# A cleft fact: "it was <focus> that/who ...".
_CLEFT = lazy_compile(r"^(?:it|this)\s+(?:was|is|were)\s+(?P<focus>(?:(?!\b(?:that|who|which)\b)"
                      r"[^,;]){1,60}?)\s+(?:that|who|which)\s+(?=\S)", _I)


def _restated_subject(claim: str, fact: str) -> str:
    """``fact`` with the claim's opening subject ("the post", "the first ferry") made "It" when
    the fact opens with the same words: "The post was from Y" against "the post came from X"."""
    cw, fw = claim.split(), fact.split()
    if not _SUBJECT_OPENING.match(claim):
        return fact
    for n in (4, 3, 2):
        if len(cw) > n and len(fw) > n and [w.lower() for w in cw[:n]] == \
                [w.lower() for w in fw[:n]] and not fw[n - 1].endswith((",", ";", ":")):
            return " ".join(["It", *fw[n:]])
    return fact


# Wire style: "please read in second paragraph ... X ... instead of ... Y ...", "should read X
# instead of Y", "please read +X+, correcting from +Y+", "please read the amount as X".
_READ_FOR = lazy_compile(
    r"\b(?:please|pls|should) read\b(?P<new>[^()]{1,160}?)(?:\binstead of\b|,?\s*correcting "
    r"from\b|(?<=\.\.)\s*not\b)(?P<old>[^()]{1,160}?)"
    r"(?=(?<!\.)\.(?!\.)\s|\.?$|\(|\bcorrect(?:s|ing|ed)?\b)", _I)
_READ_AS_AMOUNT = lazy_compile(
    r"\b(?:please|pls) read (?:the )?[\w -]{1,40}? as (?P<new>[^()]{1,60}?)\s*(?:\.\s|\.?$|\()",
    _I)
_WHERE = lazy_compile(
    r"^(?:\s*(?:in|on) (?:the )?(?:\w+ )?(?:para(?:graph)?|line|lead|headline|take)s?"
    r"(?: and throughout)?\b)?[\s.,:\"'+]*", _I)


def _passage(raw: str) -> str:
    """A quoted passage without its place, quotation marks, plus signs and ellipses."""
    v = _WHERE.sub("", raw)
    return re.sub(rf"[\s.\"'+,{_HIDDEN}]+$", "", re.sub(r"^[\s.\"'+,]+", "", v))


_READ_ONLY = lazy_compile(r"\b(?:please|pls) read\b(?P<new>[^()]{1,160}?)(?=(?<!\.)\.(?!\.)\s|"
                          r"\.?$|\(|\bcorrect(?:s|ing|ed)?\b)", _I)


def _read_only(t: str) -> str | None:
    """The one passage a wire correction asks to read (not its headline), when it is short: a
    figure from its first number ("Qtly div 17-1/2 cts vs 17-1/4 cts" -> from "17-1/2")."""
    reads = [m for m in _READ_ONLY.finditer(t)
             if not re.match(r"\s*(?:the |in (?:the )?)?headline", m.group("new"), _I)]
    if len(reads) != 1:
        return None
    passage = _passage(reads[0].group("new"))
    if not passage or len(_words(passage)) > 8:
        return None
    num = re.search(r"(?:[$€£¥]\s?)?\d", passage)
    if num and num.start() > 0 and len(_words(passage[:num.start()])) <= 3 and \
            not re.search(r"\d", passage[:num.start()]):
        return passage[num.start():]
    return passage


def _read_for(t: str) -> tuple[str | None, str | None] | None:
    m = _READ_FOR.search(t)
    if m:
        new, old = _passage(m.group("new")), _passage(m.group("old"))
        named = re.match(r"^(?:the )?[\w' -]{1,40}? as ", new, _I)
        if named:  # "please read dividend as 22 cts a share instead of 20 cts"
            new = _bounded(new[named.end():], old) or ""
        nw, ow = _words(new), _words(old)
        if not new or not old or len(nw) > 10 or len(ow) > 10:
            return None
        if len(nw) == len(ow) >= 6:
            # A long passage with one word changed: that word is the value.
            changed = [k for k, (a, b) in enumerate(zip(ow, nw, strict=True)) if a != b]
            if len(changed) == 1:
                k = end = changed[0]
                if re.search(r"\d", ow[k]) and re.search(r"\d", nw[k]):
                    # "12 mln dlrs" / "1.2 mln dlrs": the scale and unit both share go with it
                    while end + 1 < len(ow) and ow[end + 1] == nw[end + 1] and \
                            re.fullmatch(rf"{_SCALE}|{_UNIT.pattern.strip()}", ow[end + 1], _I):
                        end += 1
                return _strip(" ".join(ow[k:end + 1])), _strip(" ".join(nw[k:end + 1]))
        return old, new
    return None


# "Donde dice X, debe decir Y", "onde se lê X, leia-se Y", "where it says X, it should say Y".
_WHERE_SAYS = lazy_compile(
    r"\b(?:donde dice|donde (?:arriba |antes )?escrib[ií](?:mos)?|onde se l[eê]|onde (?:se )?diz|"
    r"where it (?:says|said|reads)|dove (?:si legge|"
    r"(?:c'[eè] )?scritto)|o[uù] (?:l'on lit|il est [eé]crit))\s*:?\s*(?P<old>[^;]{1,80}?),?\s+"
    r"(?:(?:it )?should (?:say|read|have said)|(?:debe|deber[ií]a) decir|deb[ií](?:mos)? haber "
    r"escrito|leia-se|l[eê]-se|"
    r"deveria (?:dizer|ler-se)|(?:si )?legga|leggi|va letto|il (?:fallait|faut) lire|lire)"
    r"\s*:?\s*(?P<new>[^;]{1,80}?)\s*(?:[.;](?:\s|$)|$)", _I)
# The same formula with the right words first: 'donde debía decir "X" se publicó "Y"'.
_WHERE_SHOULD = lazy_compile(
    r"\bdonde (?:se )?(?:deb[ií]a|deber[ií]a|tendr[ií]a que) (?:haber(?:se)? )?"
    r"(?:decir|publicad[oa]|dicho)"
    r"\s*:?\s*(?P<new>[^;]{1,80}?),?\s+"
    r"(?:se public[oó]|se (?:dijo|escribi[oó])|apareci[oó]|dec[ií]a)"
    r"\s*:?\s*(?P<old>[^;]{1,80}?)\s*(?:[.;](?:\s|$)|$)", _I)
_ASIDE_AFTER = lazy_compile(r"\s+\([^()]{1,40}\)$")
# German's "it must read X instead of Y": "Natürlich muss es Milliarden statt Millionen heißen".
_MUST_READ_INSTEAD = lazy_compile(
    r"\b(?:muss|m[uü]sste) es (?:(?:nat[uü]rlich|richtig|korrekt|stattdessen)\s+)?"
    r"(?P<new>[^.;:,]{1,60}?) (?:an)?statt (?P<old>[^.;:,]{1,60}?) hei(?:ß|ss)en\b", _I)
# A sentence that says the error ("misspelled the name of X", "gave the wrong date for X") and
# the next that states the fact: the fact is the new value, the wrong one is not stated.
_ASPECT = lazy_compile(
    r"\b(?:mis(?:spell(?:ed)?|spelt|stated|reported|identified|named|gave)|gave (?:the |an? )?"
    r"(?:wrong|incorrect|inaccurate)|got (?:the )?\w+ wrong|had the wrong|"
    # "inaccurately cited the percent of ...", "incorrectly stated the distance from ..."
    r"(?:incorrectly|inaccurately|wrongly|erroneously|mistakenly) (?:stated|cited|gave|reported|"
    r"listed|said|put|described|calculated)(?= the\b))\b[^.;]{0,80}"
    r"\b(?P<aspect>(?:sur|first |last |family |middle )?name|date|day|year|age|title|number|"
    r"figure|amount|total|spelling|location|place|time|price|cost|population|size|height|length|"
    r"width|depth|distance|area|weight|score|salary|budget|capacity|attendance|percentage|speed|"
    r"temperature|margin|tally|fine|sum|debt|percent|share|rate)\b"
    r"|\b(?:error|erreur|fehler|erro|errore|fout)\b[^.;]{0,60}?\b(?:en|in|sur|dans|bei|em|na|no|nel|"
    r"nella)\s+(?:la|el|le|l'|der|dem|o|a|il|de|het)?\s*(?P<aspect2>cuant[ií]a|cifra|fecha|edad|"
    r"importe|montant|chiffre|[aâ]ge|Zahl|Datum|Alter|Betrag|valor|data|idade|et[aà]|importo|"
    r"bedrag|datum|leeftijd)\b"
    # the aspect with its error adjective, in the other languages: "nannte falsche Kosten",
    # "donnait un coût erroné", "daba un coste equivocado", "riportava un costo sbagliato",
    # "indicava um custo errado", "noemde verkeerde kosten"
    r"|\b(?:falsche[nrs]?|fehlerhafte[nrs]?|unrichtige[nrs]?|verkeerde|onjuiste|foute)\s+"
    r"(?P<aspect3>kosten|zahlen?|datum|namen?|alter|betrag|preis|summe|cijfers?|naam|"
    r"leeftijd|bedrag|prijs|aantal|totaal)\b"
    r"|\b(?P<aspect4>co[uû]ts?|chiffres?|montants?|prix|nombres?|[aâ]ges?|costes?|costos?|cifras?|"
    r"fechas?|edad(?:es)?|importes?|precios?|n[uú]meros?|cost[oi]|data|et[aà]|importi|importo|"
    r"prezz[oi]|numer[oi]|custos?|valor(?:es)?|datas?|idades?|pre[cç]os?)\s+(?:erron[eé]e?s?|"
    r"inexacte?s?|faux|fausses?|equivocad[oa]s?|err[oó]ne[oa]s?|incorrect[oa]s?|sbagliat[oaie]|"
    r"errat[oaie]|inesatt[oaie]|errad[oa]s?|incorret[oa]s?)\b"
    r"|\bmisidentif(?:y|ie[sd]|ying)\b"
    r"|\breferred (?:incorrectly|wrongly|mistakenly|erroneously) to\b"
    r"|\b(?:incorrectly|wrongly|mistakenly|erroneously) referred to\b(?![^.;]*\bas\b)", _I)
# The aspect words of other languages, by their first four letters, as the English aspect.
_ASPECT_WORDS = {"name": "name", "vorn": "name", "nach": "name", "jahr": "year",
                 "cuan": "amount", "cifr": "figure", "fech": "date", "edad": "age",
                 "impo": "amount", "mont": "amount", "chif": "figure", "age": "age", "âge": "age",
                 "zahl": "number", "datu": "date", "alte": "age", "betr": "amount",
                 "valo": "amount", "data": "date", "idad": "age", "età": "age", "eta": "age",
                 "bedr": "amount", "leef": "age", "kost": "cost", "coût": "cost",
                 "cout": "cost", "cost": "cost", "cust": "cost", "prei": "price", "prix": "price",
                 "prec": "price", "prez": "price", "preç": "price", "summ": "amount",
                 "cijf": "figure", "naam": "name", "nome": "name",
                 "prij": "price", "aant": "number", "tota": "total", "nomb": "number",
                 "núme": "number", "nume": "number", "numé": "number", "ages": "age",
                 "âges": "age", "dato": "date"}
_DATE_ASPECTS = frozenset(("date", "day", "year"))
_NUMBER_ASPECTS = frozenset(("age", "number", "figure", "amount", "total", "price", "cost",
                             "population", "size", "height", "length", "width", "depth",
                             "distance", "area", "weight", "score", "salary", "budget",
                             "capacity", "attendance", "percentage", "speed", "temperature",
                             "margin", "tally", "fine", "sum", "debt"))
# "..., ao contrário do publicado": the sentence states the fact.
_UNLIKE_PUBLISHED = lazy_compile(
    r"\s*,?\s*(?:ao contr[aá]rio do (?:que foi )?publicado|diferentemente do que (?:foi "
    r"publicado|publicamos|informamos)|contrairement [aà] ce qui a [eé]t[eé] (?:publi|[eé]crit)"
    r"[eé]+|contrariamente a (?:quanto|ci[oò] che) (?:pubblicato|scritto)|al contrario de lo "
    r"publicado|contrary to what (?:was|we) (?:reported|published|said)|anders dan (?:eerder )?"
    r"(?:vermeld|gemeld|geschreven))\s*,?\s*", _I)


def _quoted_or(v: str) -> str:
    """A passage that opens with a quotation mark is the quotation ("'o grego Menandro', em
    referência a ..." -> "o grego Menandro"), without an ellipsis at its end."""
    q = re.match(r"\s*([\"'])(.{1,120}?)\1", v)
    return _strip(re.sub(r"(?:\.\.\.|\u2026)$", "", q.group(2))) if q else _strip(v)


def _typed_fact(fact: str, aspect: str | None) -> str | None:
    """The value the fact sentence gives for the aspect the note named: the one date for a
    wrong date, the one number for a wrong age or figure, a name for a misidentification;
    the whole fact when the aspect says nothing of its kind; None when the sentence holds
    none or more than one of the kind."""
    if aspect in _DATE_ASPECTS:
        dates = [d.group(0) for d in _DATE.finditer(fact) if re.search(r"\d", d.group(0))]
        dates = dates or re.findall(r"(?<![\d,.])(?:1[0-9]{3}|20[0-9]{2})(?![\d,.]\d)", fact)
        dates = dates or re.findall(rf"\b{_WEEKDAYS}\b", fact, _I)
        return _strip(dates[0]) if len(dates) == 1 else None
    if aspect in _NUMBER_ASPECTS:
        nums = [n for n in _NUMBER.finditer(fact) if _CORE.search(n.group(0))]
        return _strip(nums[0].group(0)) if len(nums) == 1 else None
    if aspect is None:  # misidentified: the fact must be a name ("He is Tom Reyes.")
        return fact if _NAME_RUN.fullmatch(fact) and len(_words(fact)) <= 6 else None
    return fact


# The aspect named as the subject of a passive: "The date of the concert was wrong", "The
# surname of X was misspelled", "Der Name der Trainerin wurde falsch geschrieben".
_ASPECT_PASSIVE = lazy_compile(
    r"^(?:(?:the|his|her|its|their|[\w'-]+'s)\s+)(?P<aspect>(?:sur|first |last |family |middle )?"
    r"name|date|day|year|age|title|number|figure|amount|total|spelling|price|cost|population|"
    r"size|height|length|distance|score|budget|capacity|attendance)\b(?:\s+of\s+[^.;]{1,60}?)?"
    r"\s+(?:was|were|is|has been|had been)\s+(?:(?:also|again)\s+)?(?:misspell(?:ed)?|misspelt|"
    r"misstated|misreported|wrong|incorrect|inaccurate|(?:given|stated|reported|spelled|spelt|"
    r"printed|listed) (?:incorrectly|wrongly)|(?:incorrectly|wrongly) (?:given|stated|reported|"
    r"spelled|spelt|printed|listed))\b"
    r"|^(?:im \w+ )?(?:war |wurde )?(?:der|die|das) (?P<aspect_de>name|vorname|nachname|datum|"
    r"alter|zahl|betrag|jahr)\b[^.;]{0,60}?\b(?:wurde|war|ist|waren|wurden)?\s*(?:\w+\s+)?"
    r"falsch\b", _I)
# "misstated where / when / how many ...": what the next sentence states is the fact.
_MISSTATED_WH = lazy_compile(r"\b(?:mis(?:stated|reported|represented|described)|"
                             r"(?:incorrectly|wrongly|inaccurately) (?:stated|reported|described))"
                             r"\s+(?:where|when|who|how|why|which|whether)\b", _I)


def _typed_in(sent: str, aspect: str) -> str | None:
    """The one date or figure of ``sent`` as the value of ``aspect``, for a fact stated with no
    copula ("misstated the year the mill closed. It closed in 1968."); a year answers no
    figure (an age is no year)."""
    fact = _typed_fact(sent, aspect)
    year = fact and re.fullmatch(r"(?:1[5-9]|20)\d\d", fact)
    return None if year and aspect not in _DATE_ASPECTS else fact


def _aspect_fact(t: str) -> str | None:
    sents = note_sentences(t)
    for k in range(len(sents) - 1):
        passive = _ASPECT_PASSIVE.search(sents[k])
        if passive:
            # "The surname of X was misspelled. She is Ada Kline.", "Das Datum war falsch
            # angegeben. Richtig ist der 5. Mai."
            word = (passive.group("aspect") or passive.group("aspect_de")).lower()
            aspect = _ASPECT_WORDS.get(word[:4], word.split(" ")[-1].replace("surname", "name"))
            aspect = "name" if aspect.endswith("name") else aspect
            fact = _fact_of(sents[k + 1])
            if not fact and aspect in _DATE_ASPECTS | _NUMBER_ASPECTS:
                return _typed_in(sents[k + 1], aspect)
            if fact:
                fact = _bare_date(fact) or fact
            return _typed_fact(fact, aspect) if fact else None
        wh = _MISSTATED_WH.search(sents[k])
        if wh:
            # "misstated where the first cases were reported. <fact>.": the sentence is the
            # fact, when it speaks of what the first one named
            fact = _fact_clause(sents[k + 1])
            return fact if fact and _shares_word(sents[k][wh.end():], fact) else None
        m = _ASPECT.search(sents[k])
        if m and not re.search(r"\bas\b", sents[k][m.end():]):
            fact = _fact_of(sents[k + 1])
            aspect = (m.group("aspect") or "").lower().split(" ")[-1].replace("surname", "name")
            other = m.group("aspect2") or m.group("aspect3") or m.group("aspect4")
            if other:  # "un error en la cuantía. Son 358 euros.", "un coût erroné. ..."
                aspect = _ASPECT_WORDS.get(other.lower()[:4], "")
                fact = fact or sents[k + 1]
            if not fact and aspect in _DATE_ASPECTS | _NUMBER_ASPECTS:
                return _typed_in(sents[k + 1], aspect)
            return _typed_fact(fact, aspect or None) if fact else None
    for sent in sents:
        m = _UNLIKE_PUBLISHED.search(sent)
        if m:
            rest = (sent[:m.start()] + " " + sent[m.end():]).strip(" .")
            cop = list(re.finditer(rf"\s{_COPULA}\s+", rest, _I))
            if cop and len(_words(rest[cop[-1].end():])) <= 5:
                return _strip(rest[cop[-1].end():])
            nums = list(_NUMBER.finditer(rest))
            nums = [n for n in nums if _CORE.search(n.group(0))]
            if len(nums) == 1:
                return _strip(nums[0].group(0))
    return None


def _corrects_from(t: str) -> tuple[str, str] | None:
    """A headline's "(CORRECTS FROM 21 CTS)" against the one amount before it in that unit."""
    m = re.search(r"\((?:corrects|correcting|corrected) from (?P<old>[^()]{1,30}?)\)", t, _I)
    o = _CORE.match(m.group("old").strip()) if m else None
    if not m or not o:
        return None
    old = _strip(m.group("old"))
    unit = old[o.end():].strip()  # "CTS", "mln dlrs", or nothing
    head = t[:m.start()].split("\n")[-1]
    same = [n for n in _CORE.finditer(head)
            if head[n.end():].lstrip().lower().startswith(unit.lower())]
    if not unit or len(same) != 1:
        return None
    n = same[0]
    gap = len(head[n.end():]) - len(head[n.end():].lstrip())
    return old, head[n.start():n.end() + gap + len(unit)]


# "Statt in den Trümmern von Dresden, wie behauptet, standen die Kinder in den Trümmern von
# Meißen": the wrong side first, marked by "as stated", the fact after it in the same words.
_INSTEAD_AS_STATED = lazy_compile(
    r"\b(?:statt|anstatt|instead of|rather than|in plaats van|au lieu de|en lugar de|em vez de|"
    r"invece di)\s+(?P<old>[^,;]{1,60}),\s+(?:wie|as|zoals|comme|como|come)\s+(?:[\w']+\s+){0,3}?"
    r"(?:behauptet|berichtet|gemeldet|geschrieben|angegeben|stated|reported|said|published|"
    r"gemeld|vermeld|indiqu[eé]|publicado|informado|indicato)\w*,\s+(?P<rest>[^.;]+)", _I)


def _instead_as_stated(t: str) -> tuple[str, str] | None:
    """The words that end the wrong side and, after the same two or more words that lead up
    to them, the capitalised words that replace them in the rest of the sentence."""
    m = _INSTEAD_AS_STATED.search(t)
    if not m:
        return None
    ow, rw = _words(m.group("old")), _words(m.group("rest"))
    for k in range(len(rw)):
        p = 0
        while p < len(ow) - 1 and k + p < len(rw) and rw[k + p].lower() == ow[p].lower():
            p += 1
        new = []
        for w in rw[k + p:]:
            if not w[:1].isupper():
                break
            new.append(w)
        if p >= 2 and new and ow[p][:1].isupper() and len(ow) - p <= 4 and len(new) <= 4:
            q = p  # a shared capitalised word before them is part of the name: "Grand Hotel"
            while q > 1 and ow[q - 1][:1].isupper():
                q -= 1
            return _strip(" ".join(ow[q:])), _strip(" ".join(ow[q:p] + new))
    return None


def _prep_names(before: str, new: str) -> tuple[str | None, str | None]:
    """The name closing ``new`` ("to the poet Ann Ross") against the last name after the same
    preposition in ``before`` ("... compared him to Ann Moss"), when the two are alike."""
    prep, rest = _words(new)[0], new[len(_words(new)[0]):].strip()
    name = re.search(rf"(?:^|\s)({_NAME_RUN.pattern})$", rest)
    if not name or len(_words(rest[:name.start(1)])) > 3:
        return None, None
    before_names = list(re.finditer(rf"\b{re.escape(prep)}\s+(?:[a-z]+\s+){{0,3}}?"
                                    rf"({_NAME_RUN.pattern})", before))
    if not before_names:
        return None, None
    old = _strip(re.split(r"[.!?;:]\s", before_names[-1].group(1))[0])
    return (old, name.group(1)) if _alike(old, name.group(1), loose=False) else (None, None)


# "In an earlier version ..." in each language: the sentence that holds what was published.
_EARLIER_SENT = lazy_compile(
    r"\b(?:an? (?:earlier|previous|prior) version|in einer (?:fr[uü]heren|vorherigen|[aä]lteren|"
    r"urspr[uü]nglichen) (?:version|fassung)|(?:une|la) (?:version )?(?:pr[eé]c[eé]dente|"
    r"ant[eé]rieure)(?: version)?|(?:una|la) versi[oó]n (?:anterior|previa)|(?:una|la) "
    r"(?:versione precedente|precedente versione)|(?:uma|a|numa) vers[aã]o anterior|"
    r"(?:een|de) (?:eerdere|vorige) versie)\b", _I)


def _earlier_figures(t: str) -> tuple[str, str] | None:
    """A figure or a date in the sentence that tells of an earlier version against the one in
    the sentence after it, when that sentence is marked as the fact ("In fact", "Tatsächlich",
    "En réalité" ...) and each holds one of a kind: "... was dated 1941 in an earlier version
    of the article. In fact the picture was probably taken in 1945."."""
    sents = note_sentences(t)
    for k, sent in enumerate(sents[:-1]):
        told = _EARLIER_SENT.search(sent) or _ERRED.search(sent)
        if not told:
            continue
        nxt = sents[k + 1].strip()
        mark = _FACT_MARK.match(nxt)
        if mark:
            fact = nxt[mark.end():]
        elif _ANSWER_SENT.match(nxt) and len(_words(nxt)) <= 12:
            fact = nxt  # "... wrongly gave the year as 2019. It was 2018."
        else:
            return None
        return _numbers(sent.strip().rstrip("."), fact.rstrip("."), placed=False)
    return None


# A sentence that says the outlet erred, in each language ("we erred in reporting", "par
# erreur", "fälschlicherweise", "per errore", "por error", "por engano", "abusievelijk").
_ERRED = lazy_compile(
    r"\b(?:we erred|(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately) (?:said|stated|"
    r"reported|gave|put|listed|wrote)|f[aä]lschlich(?:erweise)?|irrt[uü]mlich(?:erweise)?|"
    r"versehentlich|par erreur|[àa] tort|erron[eé]ment|por error|err[oó]neamente|"
    r"equivocadamente|per errore|erroneamente|por engano|incorretamente|equivocadamente|"
    r"abusievelijk|ten onrechte|foutief)\b", _I)
# A short sentence that answers with the fact: it opens with a pronoun, a demonstrative or
# "the right/correct ..." in each language.
_ANSWER_SENT = lazy_compile(
    r"^(?:it|he|she|they|this|that|the (?:correct|right|actual) \w+|er|sie|es|das|richtig|"
    r"il|elle|ils|elles|c'est|ce|la bonne|le bon|[eé]l|ella|ellos|es|era|fue|son|la cifra "
    r"correcta|la fecha correcta|lui|lei|loro|[eè]|era|sono|ele|ela|eles|[eé]|foi|s[aã]o|"
    r"hij|zij|ze|het|dat|dit|de juiste)\b", _I)


# German changes told with their two sides: "von 1,5 auf 1,4 Millionen korrigiert", "das Wort
# asozial ... in antisozial geändert", "den Begriff "X" durch "Y" ersetzt".
_VON_AUF = lazy_compile(
    r"\bvon (?P<old>[^,;.()]{1,40}?) (?:auf|in|zu) (?P<new>[^,;.()]{1,40}?) (?:korrigiert|"
    r"berichtigt|ge[aä]ndert|angepasst|aktualisiert|verbessert)\b", _I)
_WORD_INTO = lazy_compile(
    r"\b(?:das wort|den begriff|die bezeichnung|die formulierung|die schreibweise)\s+"
    r"(?P<old>[\"'][^\"']{1,60}[\"']|[^\s,;.]+)[^.;]{0,120}?[.;]?\s*[^.;]{0,60}?\b"
    r"(?:in|zu|durch)\s+(?P<new>[\"'][^\"']{1,60}[\"']|[^\s,;.]+)\s+(?:ge[aä]ndert|"
    r"korrigiert|ersetzt|umbenannt)\b", _I)


# The same in the Romance languages and Dutch, the verb first: "cambiamos el titular de 15 a
# 16", "abbiamo corretto la cifra da 3 a 4", "corrigimos o número de 15 para 16", "nous avons
# corrigé le chiffre de 15 à 16", "het aantal is van 15 naar 16 aangepast" (two figures, which
# say themselves where they end).
_FIG = r"[^\s,;()]*\d[^\s,;()]*(?:\s+(?:%|euros?|dollars?|pesos|reais|millones|millions|milioni|" \
       r"milh[oõ]es|miljoen))?"
_ROMANCE_FROM_TO = tuple(lazy_compile(
    verbs + r"\b[^.;()]{0,60}?\b" + frm + rf" (?P<old>{_FIG}) " + to + rf" (?P<new>{_FIG})"
    r"(?=\s*(?:[.;,)]|\s(?:y|e|et|en|und)\s|$))", _I) for verbs, frm, to in (
    (r"\b(?:corregimos|cambiamos|modificamos|corrigi[oó]|cambi[oó]|modific[oó]|corregid[oa]|"
     r"cambiad[oa]|modificad[oa])", "de", "a"),
    (r"\b(?:corrett[oaie]|cambiat[oaie]|modificat[oaie]|correggiamo|cambiamo)", "da", "a"),
    (r"\b(?:corrigimos|mudamos|alteramos|corrigid[oa]|alterad[oa]|mudad[oa])", "de", "para"),
    (r"\b(?:corrig[eé]e?s?|modifi[eé]e?s?|chang[eé]e?s?|rectifi[eé]e?s?|corrigeons|modifions)",
     "de", "[àa]"),
))
_DUTCH_FROM_TO = lazy_compile(rf"\bvan (?P<old>{_FIG}) (?:naar|in|tot) (?P<new>{_FIG}) "
                              r"(?:aangepast|gecorrigeerd|veranderd|gewijzigd|verbeterd)\b", _I)


# A quotation changed into another: '... mit der Aussage zitiert, die Tests würden "zehn bis 15
# Prozent" übersehen. Dies ... wurde in "zehn bis 50 Prozent" korrigiert.'
_INTO_QUOTED = lazy_compile(r"\b(?:wurde|wurden|ist|sind|haben wir)(?: \w+)? (?:(?:in|zu|auf) |"
                            r"durch (?:[\w-]+ ){0,3}?)(?P<new>[\"'][^\"']{1,60}[\"']) "
                            r"(?:korrigiert|ge[aä]ndert|berichtigt|ersetzt)\b", _I)


def _changed_from_to(t: str) -> tuple[str, str] | None:
    m = _INTO_QUOTED.search(t)
    if m:
        before = re.findall(r"(?<!\w)[\"']([^\"']{1,60})[\"'](?!\w)", t[:m.start()])
        if len(before) == 1 and _strip(before[0]) != _strip(m.group("new")[1:-1]):
            return _strip(before[0]), _strip(m.group("new")[1:-1])
    for pattern in (_VON_AUF, _WORD_INTO, *_ROMANCE_FROM_TO, _DUTCH_FROM_TO):
        m = pattern.search(t)
        if not m:
            continue
        old, new = _strip(m.group("old")), _strip(m.group("new"))
        if not old or not new or old.lower() == new.lower():
            continue
        if pattern is _VON_AUF and not (re.search(r"\d", old) and re.search(r"\d", new)):
            continue  # "von der Stadt auf Anfrage geändert": by whom and why, not two values
        return old, new
    return None


# A name given another name in the passive, in Dutch and German: "Jan Smit wordt Piet Smit
# genoemd", "Anna Roth wurde als Anne Roth bezeichnet": the name said is the wrong one.
_A_NAME = r"(?-i:[A-Z][\w.'&-]*(?:\s+(?:(?:de|van|von|der|den|ter|ten|zu)\s+)?[A-Z][\w.'&-]*){0,3})"
_PASSIVE_NAMED = lazy_compile(
    rf"(?P<new>{_A_NAME})\s+(?:wordt|werd|wird|wurde)\s+"
    r"(?:(?:ten onrechte|abusievelijk|per abuis|f[aä]lschlich(?:erweise)?|irrt[uü]mlich)\s+)?"
    rf"(?:als\s+)?(?P<old>{_A_NAME})\s+(?:genoemd|genannt|bezeichnet)\b", _I)


def _passive_named(t: str) -> tuple[str, str] | None:
    m = _PASSIVE_NAMED.search(t)
    if m is None or not _alike(m.group("old"), m.group("new"), loose=False):
        return None
    return m.group("old"), m.group("new")


# Words given to the wrong person: "a quotation ... was misattributed to Ann Roe due to an
# editing error", "incorrectly attributed the remark to the mayor". The wrong side is who it was
# given to; the sentence's end, a comma, or a cause after it ends the name.
_MISATTRIBUTED = lazy_compile(
    r"\b(?:mis-?attributed|(?:incorrectly|wrongly|erroneously|erronously|mistakenly|falsely|"
    r"inaccurately)\s+attributed)\b[^.;]{0,160}?\bto\s+(?P<old>[^.;,]{2,80}?)"
    r"(?=\s+(?:due to|because|owing to|as a result of|in|on|at|during|after|and (?:was|has|"
    r"is))\b|[.;,]|$)", _I)
# Who said it, as the note puts it right: "In fact, Ben Poe made the statement", "The speaker
# was Ben Poe, a friend ...", "The quote should have been attributed to Ben Poe", "a remark made
# by Ben Poe was wrongly attributed to ...", "It was said by Ben Poe".
_RIGHT_SPEAKER = lazy_compile(
    r"\bin fact,\s+(?P<a>[^.;,]{2,80}?)\s+(?:made|said|wrote|gave|delivered|offered)\s+(?:the|"
    r"this|that|those)\s+(?:statement|remark|quote|quotation|comments?|words)\b"
    r"|\b(?:the|that) (?:speaker|quote|quotation|remark|comment|statement) (?:was|came|is)\s+"
    r"(?:(?:actually|in fact|made by|from|by)\s+)*(?P<b>[^.;,]{2,80}?)(?=[.;,]|$| who\b)"
    r"|\b(?:should have been|is|was) (?:correctly |properly )?attributed to\s+"
    r"(?P<c>[^.;,]{2,80}?)(?=[.;,]|$| who\b)"
    r"|\b(?:remark|quote|quotation|comment|statement|words)s? (?:made|said|written|given) by\s+"
    r"(?P<d>[^.;,]{2,80}?)\s+(?:was|were|had been)\s+(?:\w+\s+)?(?:mis-?)?attributed\b"
    r"|\bit was (?:actually |in fact )?(?:said|made|written) by\s+(?P<e>[^.;,]{2,80}?)(?=[.;,]|$)",
    _I)


def _attributed(t: str) -> tuple[str | None, str | None] | None:
    """(the person the words were wrongly given to or None, the one who said them); None when
    the note tells no misattribution or does not say who said the words."""
    m = _MISATTRIBUTED.search(t)
    if m is None and not re.search(r"\b(?:mis-?attributed|(?:incorrectly|wrongly|erroneously|"
                                   r"erronously|mistakenly|falsely|inaccurately) attributed)\b",
                                   t, _I):
        return None
    old = _strip(m.group("old")) if m else None
    if old and (not _is_cap(old.split()[-1]) or len(_words(old)) > 8):
        old = None  # "attributed the remark to a misunderstanding": no one named
    r = _RIGHT_SPEAKER.search(t)
    new = _strip(next(g for g in r.groups() if g)) if r else None
    if new and (not _is_cap(new.split()[-1]) or len(_words(new)) > 10):
        new = None
    if not new or (old and old.lower() == new.lower()):
        # Without the one who said it, what the note goes on to correct may be the words, not
        # the speaker: "... was wrongly attributed to the minister. He spoke of votes, not seats"
        return None
    return old, new


# "Instead of X, Y should have stood there", in each language, the wrong side first: "In plaats
# van Unigro had het concern Unilever vermeld moeten worden", "Statt Texel hätte es Vlieland
# heißen müssen", "Au lieu de Texel, il fallait lire Vlieland", "Instead of Texel, it should
# have said Vlieland".
_V = r"(?P<{}>[^,;.:()]{{1,60}}?)"
_INSTEAD_SHOULD = tuple(lazy_compile(p.format(old=_V.format("old"), new=_V.format("new")), _I)
                        for p in (
    r"\bin plaats van {old},? had (?:er |(?:het|de) [a-z]\w* )?{new} (?:vermeld |genoemd |"
    r"geschreven |gezet )?moeten (?:worden|staan)\b",
    r"\b(?:an)?statt {old},? (?:h[aä]tte|m[uü]sste) (?:es |(?:der|die|das) [a-z]\w* )?{new} "
    r"(?:stehen|hei(?:ß|ss)en|lauten|genannt werden) (?:m[uü]ssen|sollen)\b",
    r"\binstead of {old},? (?:it|we|the \w+) should have (?:said|read|named|written|been) {new}"
    r"(?=[.;,]|$)",
    r"\bau lieu de {old},? il (?:fallait|aurait fallu) (?:lire|[eé]crire|dire) {new}(?=[.;,]|$)",
    r"\ben (?:lugar|vez) de {old},? (?:se )?(?:deb[ií]a|debi[oó]|deber[ií]a) (?:decir|leerse|"
    r"haber dicho|haberse publicado|publicarse) {new}(?=[.;,]|$)",
    r"\binvece (?:di|che) {old},? (?:si )?(?:doveva|sarebbe dovuto|bisognava) (?:scrivere|"
    r"leggere|essere scritto) {new}(?=[.;,]|$)",
    r"\bem vez de {old},? (?:deveria|devia) (?:ter sido escrito|estar escrito|constar|ler-se|"
    r"dizer) {new}(?=[.;,]|$)"))


def _instead_should(t: str) -> tuple[str, str] | None:
    for pattern in _INSTEAD_SHOULD:
        m = pattern.search(t)
        if m and _strip(m.group("old")).lower() != _strip(m.group("new")).lower():
            return _strip(_quoted_or(m.group("old"))), _strip(_quoted_or(m.group("new")))
    return None


def _forms(t: str, strict: bool) -> tuple[str | None, str | None]:
    pair = _read_for(t) or _corrects_from(t) or _instead_as_stated(t) or _changed_from_to(t) \
        or _passive_named(t)
    if pair:
        return pair
    if any(w in t.lower() for w in ("statt", "instead", "lieu", "lugar", "vez de", "plaats",
                                    "invece")):
        pair = _instead_should(t)
        if pair:
            return pair
    m = _WHERE_SAYS.search(t) or _WHERE_SHOULD.search(t) or (
        _MUST_READ_INSTEAD.search(t) if "statt" in t else None)
    if m:
        return _quoted_or(m.group("old")), _quoted_or(m.group("new"))
    c = _contrast(t)
    if not c:
        m = _READ_AS_AMOUNT.search(t)
        if m:
            return None, _passage(m.group("new"))
    if c:
        # Two corrections in one note: the one it states first ("misspelled X as Y, ... and
        # called it Z rather than W" -> X / Y), when that one is a misspelling, whose two
        # sides are spelt alike.
        first = _MIS_AS.search(t)
        if first and first.start() < c[0] and _SPELL.search(first.group(0)):
            pair = _mis_as(t)
            if pair and pair[0] and pair[1] and not isinstance(pair, _Clauses):
                return _checked(*pair, strict, t)
        said = _said(t)
        if said and said[0] and said[1] and not isinstance(said, _Clauses) and \
                -1 < t.find(said[0]) < t.find(said[1]) < c[0]:
            # "said X. It was Y. Also, ... Tuesday, not Thursday": the first correction told
            got = _checked(*said, strict, t)
            if got[0] and got[1]:
                return got
        old, new = c[1], c[2]
        if new and old and new.endswith(")") and "(" not in old and _ASIDE_AFTER.search(new):
            # "C'était Chahinez (Mohamadi) et non Shahinez": the aside set off before the
            # contrast belongs to neither side
            new = _ASIDE_AFTER.sub("", new)
        return _checked(old, new, strict, t)
    # (after "X, not Y": "wrongly attributed to the minister. He spoke of votes, not seats")
    pair = _attributed(t) if "ttribut" in t else None
    if pair:
        return pair
    m = _SHOULD.search(t)
    if m and m.group("new2"):
        # "Nous aurions dû écrire : « ... »": a quotation marks the fact's edges by itself; a
        # bare phrase is read only in a house form
        new2 = m.group("new2")
        if new2.strip()[:1] in _Q:
            return None, _strip(new2.strip())
        if not strict and len(_words(new2)) <= 8:
            said = _said(t)  # "nous avons écrit ... à Nantes. Il fallait lire Angers.": both
            if said and said[0] and said[1]:
                return said
            return None, _strip(_strip_old(new2))
        m = None
    if m:
        new = _strip(_strip_old(m.group("new")))
        old = _strip(m.group("old")) if m.group("old") else None
        if old is None and _words(new)[:1] and _words(new)[0].lower() in _PREPS and \
                not _DETS.match(_words(new)[0] + " "):
            # "compared him to Ann Moss. The comparison should have been to the poet Ann
            # Ross.": the names after the same preposition; else where the value starts is
            # not marked
            return _prep_names(t[:m.start()], new)
        said = _said(t) if old is None else None
        if said and said[0] and said[1] == new:
            return _checked(*said, strict, t)  # "said X. It should have said Y."
        if old is None and re.match(rf"[{_Q}]", m.group("new").lstrip()):
            # 'referred to a "black cat". It should have read "black hat".', 'we wrote "sold"
            # where we should have written "leased"': the one quotation before it, in its own
            # sentence and the one before
            near = note_sentences(t[:m.start()])[-2:]
            before = re.findall(rf"(?<!\w)[{_Q}]([^{_Q}]{{1,80}})[{_Q}](?!\w)", " ".join(near))
            if len(before) == 1 and 0 < len(_words(before[0])) <= 8 and \
                    _strip(before[0]).lower() != new.lower():
                return _strip(before[0]), new
        if new and len(_words(new)) <= 8 and (old or not strict):
            # Where "should have said" stops is a guess without the wrong side beside it.
            return old, new
    # Read from a claim and the sentence after it: a note in a house form says what it is about,
    # while a paragraph found by its cues may be telling something else, so there the two sides
    # must be alike (:func:`_checked`).
    pair = _mis_as(t) or _said(t) or _negated(t) or _quoted_fact(t)
    if isinstance(pair, _Clauses):
        return pair
    if pair:
        got = _checked(*pair, strict, t)
        if strict and got == (None, None) and pair[0]:
            # "incorrectly referred to X as a virus.", "misidentified X as an American toy.
            # They are made by ...": the wrong side, marked by the verb and the sentence's
            # end, though what follows does not answer it in kind
            m = _WRONG_AS.search(t)
            if m and _strip(m.group("old")) == _strip(pair[0]):
                return _strip(pair[0]), None
        return got
    pair = _earlier_figures(t)
    if pair:
        return pair
    m = _QUOTED_TO.search(t)
    if m:  # "Corrected 'Philippine Satellite Agency' to 'Philippine Space Agency'": both quoted
        return _strip(m.group("old")), _strip(m.group("new"))
    for pattern in (_TO_FROM, _FROM_TO):
        m = pattern.search(t)
        if m:
            old, new = _strip(_strip_old(m.group("old"))), _strip(_strip_old(m.group("new")))
            if old and new and old.lower() != new.lower() and len(_words(old)) <= 6 \
                    and len(_words(new)) <= 6:
                return old, new
    if strict:
        m = _WRONG_AT.search(t)
        if m:  # "was incorrectly tabulated at 200,000-plus": the one side, marked by the verb
            return _strip(_strip_old(m.group("old"))), None
        return None, None
    fact = _aspect_fact(t) or _read_only(t)
    if fact:
        return None, fact
    m = _CORRECTS_TO.search(t)
    if m:  # "(Corrects name of chairman to John Reed in third paragraph)": the name
        return None, _strip(_strip_old(m.group("new")))
    m = re.search(r"\b(?:removes|deletes|omits|drops)\b[^.]{0,40}?[\"']([^\"']{1,80})[\"']", t,
                  _I)
    if m:
        return _strip(m.group(1)), None
    m = _ADDED_WORDS.search(t)
    if m:
        return None, _strip(m.group(1))
    m = _WRONG_AT.search(t)
    if m:
        return _strip(_strip_old(m.group("old"))), None
    return None, None


# "to add the word 'reportedly'", "inserts the words 'at least'": the added words are the value.
_ADDED_WORDS = lazy_compile(r"\b(?:add|insert)\w*\s+(?:the\s+)?(?:word|words|phrase)\s+"
                            r"[\"']([^\"']{1,60})[\"']", _I)
# "incorrectly referred to X as a virus.": the short wrong side, up to its sentence's end.
_WRONG_AS = lazy_compile(
    r"\b(?:(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately)\s+(?:referred to|"
    r"described|identified|labell?ed|listed|characteri[sz]ed)|mis(?:identified|described|"
    r"labell?ed|characteri[sz]ed))\s+[^.;]{1,80}?\s+as\s+"
    r"(?P<old>[^\s.;,:()]+(?:\s+[^\s.;,:()]+){0,4})[.;](?:\s|$)", _I)
# "was incorrectly tabulated at 200,000-plus": the figure the note calls wrong.
_WRONG_AT = lazy_compile(r"\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+\w+\s+(?:at|as)\s+"
                         r"(?P<old>(?:[$€£¥]\s?)?\d[\d,.]*(?:-\w+)?(?:\s?%|\s(?:million|billion|"
                         r"percent|per cent))?)(?=[\s.,;]|$)", _I)



def _sort(v: str) -> str:
    """What kind of value ``v`` is: a date, a number, a name or a phrase."""
    v = v.strip(_Q + " ")
    if _DATE.fullmatch(v):
        return "date"
    if _NUMBER.fullmatch(v) or _NUM_WORD.fullmatch(v):
        return "number"
    return "name" if _is_cap(v) else "phrase"


# A value that calls itself an error is the note's talk, not a value: "the wrong date",
# "l'attribuzione errata di un libro", "die falsche Zahl".
_ERROR_IN_VALUE = lazy_compile(
    r"\b(?:wrong|incorrect|erroneous|mistaken|inaccurate|errat[oaie]|sbagliat[oaie]|"
    r"falsche[nmrs]?|fehlerhafte[nmrs]?|erron[ée]e?s?|inexacte?s?|equivocad[oa]s?|"
    r"incorrect[oa]s?|errad[oa]s?|onjuiste?|verkeerde?)\b", _I)


# A word of magnitude, which makes a phrase an amount: "un miliardo", "mille miliardi di euro".
_MAGNITUDE = lazy_compile(r"\b(?:(?:m|b|tr)illions?|milliard(?:s|en?)?|millionen|mill[oó]n(?:es)?|"
                          r"miliard[oi]|milion[ei]|milh(?:[aã]o|[oõ]es)|bilh(?:[aã]o|[oõ]es)|"
                          r"miljoen|miljard)\b", _I)


# ... and an amount told with one: "40 milliards de dollars", "$3 billion".
_AMOUNT = lazy_compile(r"(?:(?:[$€£¥]\s?|(?:us|a|c|r)\$\s?)?\d[\d.,]*|" + _NUM_WORD.pattern
                       + r")\s+" +
                       _MAGNITUDE.pattern + r"(?:\s+(?:(?:de|di|of|d['\u2019])\s*)?(?:dollars?|"
                       r"euros?|dollari|pesos|reais|francs?|pounds|sterling|yuan|yen))?", _I)


def _checked(old: str | None, new: str | None, strict: bool,
             t: str) -> tuple[str | None, str | None]:
    """The pair, or (None, None) when ``strict`` and its two sides are not values of one kind
    and of about one length ("Hannah Horvath" / "Hannah Hovrath", "1990" / "1992"); two
    quotations mark their own edges, whatever their length."""
    if any(v and _ERROR_IN_VALUE.search(v) for v in (old, new)):
        return None, None  # "la vita delle persone e non l'attribuzione errata di un libro"
    if not strict:
        return old, new
    old, new = _strip(old or ""), _strip(new or "")
    if not old or not new:
        return None, None
    if _spelt_alike(old, new) or _spelt_alike(new, old):
        return old, new  # "Lena Marikova Holt, not Marikava": a spelling against the whole name
    if _sort(old) == "phrase" and _sort(new) == "phrase":
        old = _circumstance_cut(old, new) or old
    a, b = (len(_words(re.sub(r"^(?:a|an)\s+", "", v, flags=_I))) for v in (old, new))
    # Two noun phrases each opening with "a"/"an" mark where they start and what they are
    # ("a card-carrying Conservative" / "a member of the Liberal Party of Canada").
    nps = max(a, b) <= 8 and all(re.match(r"(?:a|an)\s", v, _I) and not re.search(
        rf"\s(?:{_COPULA}|who|which|that)\s", v, _I) for v in (old, new))
    if (nps or _same_slot(old, new, t)) and {_sort(old), _sort(new)} <= {"name", "phrase"}:
        return old, new
    if max(a, b) <= 6 and all(re.match(r"(?:[$€£¥]\s?)?\d", v) or _MAGNITUDE.search(v)
                              for v in (old, new)):
        # two amounts: "700 000 Tonnen CO2" / "700 Tonnen", "un miliardo" / "mille miliardi"
        return old, new
    if _sort(old) != _sort(new):
        return None, None
    if all(re.search(rf"[{_Q}]{re.escape(v)}[,.;:!?]?[{_Q}]", t) for v in (old, new)):
        return old, new
    if abs(a - b) > 1 or max(a, b) > 6:
        return None, None
    return old, new


# Where a claim's circumstance starts: "evacuated at the time of the incident".
_CIRCUMSTANCE = lazy_compile(r"\s(?:at|during|on|in|when|after|before|while)\s", _I)


def _circumstance_cut(old: str, new: str) -> str | None:
    """A claim told with a circumstance the fact does not repeat, cut to the words that the
    fact replaces: "evacuated at the time of the incident" / "locked down" -> "evacuated"."""
    m = _CIRCUMSTANCE.search(old)
    if not m or _CIRCUMSTANCE.search(new) or len(_words(new)) > 3:
        return None
    head = old[:m.start()].strip()
    if not head or abs(len(_words(head)) - len(_words(new))) > 1 or not head[:1].islower():
        return None
    return head


def _same_slot(old: str, new: str, t: str) -> bool:
    """Whether ``old`` and ``new`` stand in two sentences of ``t`` after the same two words
    ("first performed together in a concert version of ..." / "... first performed together in
    Bellini's ..."): the fact restates the claim up to the value, which marks where each side
    starts, and the sentence's end (or the restated words after it) where it stops."""
    def lead(v: str) -> tuple[int, tuple[str, ...]] | None:
        i = t.find(v)
        if i < 0 or t.find(v, i + 1) >= 0:
            return None
        words = [w.lower().strip(",;:" + _Q) for w in _words(t[:i])[-3:]]
        if words and not _DETS.match(words[-1] + " "):
            words = words[1:]  # two words, or three when the last is an article ("could be a")
        return i, tuple(words)

    a, b = lead(old), lead(new)
    if not a or not b or len(a[1]) < 2 or a[1] != b[1]:
        return False
    between = t[min(a[0], b[0]):max(a[0], b[0])]
    return bool(re.search(r"[.;!?]\s", between))


@lru_cache(maxsize=4096)  # a note is read again in every later version of its story
def parse_values(text: str, strict: bool = False) -> tuple[str | None, str | None]:
    """(old, new) as the note states them, cut from its text; a side it does not state
    clearly is None. ``strict`` (for a paragraph found by its cues, in no house form) reads only
    the constructions that set the two values apart by themselves: "X, not Y" between values of
    one kind, "should have said", "to X from Y"."""
    original, t, where = _fold_map(text)
    # Abbreviations' dots ("Nov. 5", "Gen. Cavoli", "p.m.") end no sentence and no value: hidden
    # (one character for one, so positions hold) and given back by _as_written.
    t = _ABBR_DOT.sub(lambda m: m.group(1) + _HIDDEN, t)
    old, new = _forms(t, strict)
    old, new = (_strip(v) if v else None for v in (old, new))
    if old and new:
        old, new = _paired(old, new)
        if old.lower() == new.lower():
            old = new = None  # one value on both sides states no change
    old, new = (_with_state(t, v) if v else v for v in (old, new))
    return _as_written(original, t, where, old), _as_written(original, t, where, new)


# A US state as the AP abbreviates it after a place: "Tempe, Ariz.", "Camden, N.J."
_STATES = (r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|"
           r"Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|"
           r"Vt|Va|Wash|W\.Va|Wis|Wyo)")
_US_STATE = lazy_compile(rf",\s{_STATES}\.")
_ENDS_IN_STATE = lazy_compile(rf"^{_NAME_RUN.pattern},\s{_STATES}$")


def _with_state(t: str, v: str) -> str:
    """A place's value with the state the text gives after it, abbreviation's dot and all:
    "Tempe, Ariz.", not "Tempe" or "Camden, N.J"."""
    i = t.find(v)
    if i < 0:
        return v
    if _ENDS_IN_STATE.match(v):
        return v + "." if t[i + len(v):i + len(v) + 1] == "." else v
    state = _US_STATE.match(t, i + len(v)) if _NAME_RUN.fullmatch(v) else None
    return v + state.group(0) if state else v


_ARTICLE = r"(?:a|an|the|der|die|das|den|dem|le|la|les|el|il|lo|o|de|het)\s+"
_ARTICLE_QUOTE = lazy_compile(rf"^{_ARTICLE}[{_Q}]", _I)
_ARTICLE_WORD = lazy_compile(_ARTICLE.replace(r"\s+", "") + "$", _I)  # "a" is also a preposition


def _spelt_alike(one: str, many: str) -> str | None:
    """The one word of the name ``many`` spelt like the one-word name ``one`` (and not the
    same), or None: a misspelling set against the whole name, which is the value as stated."""
    mw = _words(many)
    if len(_words(one)) != 1 or len(mw) < 2 or not one[:1].isupper():
        return None
    bare = [w.strip(".,;:!?" + _Q) for w in mw]
    if one.lower() in (w.lower() for w in bare):
        return None  # the word itself in the other side: no spelling told
    alike = [w for w in bare if w[:1].isupper() and
             difflib.SequenceMatcher(a=w.lower(), b=one.lower()).ratio() >= 0.75]
    return alike[0] if len(alike) == 1 else None


def _two_names(old: str, new: str) -> tuple[str, str] | None:
    """The names two sides open with when each is a different person doing something
    ("Leonardo da Vinci sculpted" / "Michelangelo created the sculpture"), else None: not a
    possessive, a time ("Tuesday night"), a sentence's first function word ("In southern
    ..."), nor one person named twice ("Richard Nixon was impeached" / "Nixon resigned")."""
    if not (_is_cap(old) and _is_cap(new)):
        return None
    names: list[str] = []
    for v in (old, new):
        r = _NAME_RUN.match(v)
        if r is None or r.end() >= len(v) or not v[r.end():].strip()[:1].islower():
            return None
        name = r.group(0)
        first = name.split()[0]
        rest = v[r.end():].split()
        if len(rest) <= 3 and _is_cap(rest[-1]):
            return None  # "SMG senior Pia Roe": a title over a name, all one value
        if name.endswith("'s") or _DETS.match(first + " ") or _PRONOUN_START.match(name) or \
                _DATE.match(name) or re.match(_WEEKDAYS, name, _I) or first.lower() in _PREPS:
            return None
        names.append(name)
    if {w.lower() for w in _words(names[0])} & {w.lower() for w in _words(names[1])}:
        return None
    return names[0], names[1]


def _paired(old: str, new: str) -> tuple[str, str]:
    """The two sides cut to what answers what:

    - an article before a quotation belongs to the sentence: 'a "dowry' -> "dowry";
    - a preposition (or a contracted one) opening both sides is grammar, not the value: "zur
      Oberpfalz" / "zu Niederbayern";
    - a long side that holds a span opening and closing with the short side's first and last
      words is cut to it: "the defensive line" / "acting as the offensive line as ..." -> "the
      offensive line".
    """
    names = _two_names(old, new)
    if names:
        old, new = names
    quoted = [bool(_ARTICLE_QUOTE.match(v)) for v in (old, new)]
    old, new = (_strip(_ARTICLE_QUOTE.sub("", v)) if q else v
                for v, q in zip((old, new), quoted, strict=True))
    if quoted[0] != quoted[1]:
        # the other side's article goes too: 'der Schwabinger Bach' / 'der "Eisbach"'
        old, new = (v if q else re.sub("^" + _ARTICLE, "", v, flags=_I)
                    for v, q in zip((old, new), quoted, strict=True))
    # One quotation inside each side: the quotations ("prone to giving students 'easy A's'" /
    # "that he had 'lazy aides'" -> "easy A's" / "lazy aides").
    # (its closing mark may be cut off with the sentence's end: "that he had 'lazy aides")
    inner = [re.findall(r"(?<!\w)'((?:[^']|(?<=\w)'(?=\w)){2,80}?)(?:'(?!\w)|$)|"
                        r"\"([^\"]{2,80})(?:\"|$)", v) for v in (old, new)]
    if all(len(q) <= 1 for q in inner) and any(inner):
        # (a side whose marks were taken off already is its quotation: "easy minutes")
        old, new = (_strip(q[0][0] or q[0][1]) if q else v
                    for q, v in zip(inner, (old, new), strict=True))
    ow, nw = _words(old), _words(new)
    for one, two, flip in ((nw, ow, False), (ow, nw, True)):
        bare = [w for w in two if not re.fullmatch(r"(?i:a|an)", w)]
        if len(one) == 1 and one[0][:1].isupper() and len(bare) == 2 and \
                bare[0][:1].isupper() and bare[1].islower():
            # "referred to her as an American poet. She is Canadian.": the word that answers
            return (old, bare[0]) if flip else (bare[0], new)
    if len(nw) == 1 and nw[0].isalpha() and nw[0].islower() and len(ow) == 3 and \
            ow[0].lower() in ("a", "an") and ow[1].isalpha() and ow[1].islower() and \
            ow[2].islower():
        # "described the barometer as an annual report. It is biennial.": a bare word (no
        # article: no noun) answers the word that describes, not the noun
        return ow[1], new
    if len(ow) > 1 and len(nw) > 1 and ow[0].lower() in _PREPS and nw[0].lower() in _PREPS \
            and ow[0].lower() != nw[0].lower() and not _ARTICLE_WORD.match(ow[0]) and \
            not _ARTICLE_WORD.match(nw[0]) and ow[-1].lower() != nw[-1].lower():
        # (not when the rest is the same noun: "in the bushes" / "among bushes")
        old, new = " ".join(ow[1:]), " ".join(nw[1:])
        ow, nw = ow[1:], nw[1:]
    for short, long_, flip in ((ow, nw, False), (nw, ow, True)):
        if 2 <= len(short) <= 5 and len(long_) > len(short) + 3:
            first, last = short[0].lower(), short[-1].lower().strip(".,;")
            for i, w in enumerate(long_):
                if w.lower() != first:
                    continue
                for j in range(i + 1, min(len(long_), i + len(short) + 2)):
                    if long_[j].lower().strip(".,;") == last:
                        span = " ".join(long_[i:j + 1]).strip(".,;")
                        return (span, new) if flip else (old, span)
    return old, new


def _as_written(original: str, t: str, where: list[int], value: str | None) -> str | None:
    """``value`` (found in the folded text) as the original text writes it."""
    if not value:
        return None
    i = t.find(value)
    if i < 0:
        return value
    return original[where[i]:where[i + len(value) - 1] + 1]
