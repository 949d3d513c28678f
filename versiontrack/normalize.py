"""Text folding used for *comparison only*, and the package's word and sentence units.

Reported text always keeps the real characters.

Folded: Unicode NFC, curly quotes and primes to straight ones, dashes kept as they are,
non-breaking and other exotic spaces to a plain space, soft hyphens and zero-width characters
removed, runs of whitespace to one space. Never folded: digits, letters' case, punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
}
_DROP = {"\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
         "\ufeff": None}
_SPACES = {c: " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
           "\u2008\u2009\u200a\u202f\u205f\u3000"}
_TABLE = str.maketrans({**_QUOTES, **_DROP, **_SPACES})
# The same mapping as (character, replacement) pairs: every character folded is non-ASCII and
# every replacement ASCII, so replacing them one at a time equals one translate() call, and
# `in` tests (a fast C scan) skip the characters a text does not hold.
_PAIRS = tuple({**_QUOTES, **{c: "" for c in _DROP}, **_SPACES}.items())


def fold(text: str) -> str:
    """Fold ``text`` for equality tests: see the module docstring for what is folded."""
    if not text.isascii():  # ASCII text is NFC already and holds nothing _PAIRS maps
        text = unicodedata.normalize("NFC", text)
        for c, r in _PAIRS:
            if c in text:
                text = text.replace(c, r)
    # str.split() and the regex \s both use str.isspace(): the same as collapsing \s+ runs.
    # Every whitespace character but " " is unprintable, so a printable text without double,
    # leading or trailing spaces is its own result.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def fold_paragraphs(paragraphs: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Fold each paragraph and drop the ones that fold to nothing."""
    out = []
    for p in paragraphs:
        f = fold(p)
        if f:
            out.append(f)
    return tuple(out)


def wordset(words: str) -> frozenset[str]:
    """The set of a word list written as one space-separated string."""
    return frozenset(words.split())


# ---------------------------------------------------------------------------------------------
# Words and sentences
#
# Each unit below exists because one stage's scores, thresholds or gold labels were measured on
# it; their differences are deliberate and pinned by the gates. A new caller takes the unit it
# needs from here rather than writing a pattern of its own.
# ---------------------------------------------------------------------------------------------

#: Scripts written without spaces between words (kana, CJK ideographs, half-width katakana):
#: every tokenizer here treats each of their characters as a word of its own.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_HAS_CJK = re.compile(rf"[{CJK}]")

_DIFF_TOKEN_RE = re.compile(
    rf"[{CJK}]"                                    # one CJK character (no spaces between words)
    r"|\d+(?:[.,:]\d+)*"                           # 5, 1,000, 3.5, 10:30
    rf"|(?:(?![{CJK}])[^\W\d_])(?:(?![{CJK}])\w)*(?:['\u2019](?:(?![{CJK}])\w)+)*"  # words
    r"|\s+"                                        # whitespace runs
    r"|.",                                         # any other single character
    re.DOTALL,
)
# _DIFF_TOKEN_RE without its CJK tests: the same tokens for text holding no CJK character, and
# faster. Word and number tokens start with different characters (their order does not matter),
# and nothing after a token can fail, so the first, greedy match is the one taken: possessive
# quantifiers give the same tokens with less backtracking bookkeeping.
_PLAIN_TOKEN_RE = re.compile(r"[^\W\d_]\w*+(?:['\u2019]\w++)*+|\d++(?:[.,:]\d++)*+|\s++|.",
                             re.DOTALL)
# _PLAIN_TOKEN_RE for ASCII text: its letters are [A-Za-z], its apostrophe "'".
_ASCII_TOKEN_RE = re.compile(r"[A-Za-z]\w*+(?:'\w++)*+|\d++(?:[.,:]\d++)*+|\s++|.", re.DOTALL)
# The word tokens of _PLAIN_TOKEN_RE: its number and word alternatives, and "_" (a token of its
# own). Scanning for these alone finds the same tokens: every position where the scan could
# start a match is the start of the same number or word token, and whitespace runs and other
# single characters (none alphanumeric) never start one.
_PLAIN_WORDS_RE = re.compile(r"[^\W\d_]\w*+(?:['\u2019]\w++)*+|\d++(?:[.,:]\d++)*+|_")
_ASCII_WORDS_RE = re.compile(r"[A-Za-z]\w*+(?:'\w++)*+|\d++(?:[.,:]\d++)*+|_")


def diff_token_re(text: str) -> re.Pattern[str]:
    """The pattern whose ``findall`` is :func:`diff_tokens` of ``text`` (a faster equivalent
    when ``text`` holds no CJK character)."""
    if text.isascii():
        return _ASCII_TOKEN_RE
    return _PLAIN_TOKEN_RE if not _HAS_CJK.search(text) else _DIFF_TOKEN_RE


def diff_tokens(text: str) -> list[str]:
    """The word diff's units: words (with inner apostrophes), numbers ("1,000", "10:30"), single
    CJK characters, whitespace runs and single other characters. Lossless: the tokens joined
    are ``text``, so a changed comma or space shows in the diff."""
    return diff_token_re(text).findall(text)


def diff_word_re(text: str) -> re.Pattern[str]:
    """A pattern whose matches on ``text`` include every :func:`diff_words` token, at its
    place; on CJK text its other matches are diff tokens that start with no ``\\w``."""
    if text.isascii():
        return _ASCII_WORDS_RE
    return _PLAIN_WORDS_RE if not _HAS_CJK.search(text) else _DIFF_TOKEN_RE


def diff_words(text: str) -> list[str]:
    """The word and number tokens of :func:`diff_tokens` (those starting with ``\\w``): the
    units the classifier labels, so a label's words are the diff's words."""
    # re's \w is str.isalnum() or "_".
    if text.isascii():
        if text.isalpha():  # one run of ASCII letters: a single word
            return [text]
        return _ASCII_WORDS_RE.findall(text)
    if not _HAS_CJK.search(text):
        return _PLAIN_WORDS_RE.findall(text)
    return [t for t in _DIFF_TOKEN_RE.findall(text) if t[0].isalnum() or t[0] == "_"]


# Words for set overlap: runs of letters/digits/"_", each CJK character on its own.
_OVERLAP_WORD = re.compile(rf"[{CJK}]|[^\W{CJK}]+")
# On ASCII text, _OVERLAP_WORD finds the runs of [A-Za-z0-9_]: the same words as splitting after
# turning every other character into a space (an ASCII-to-ASCII translate is a fast table copy).
_ASCII_NON_WORD = str.maketrans({c: c if (c.isalnum() or c == "_") else " "
                                 for c in map(chr, range(128))})
# _ASCII_NON_WORD keeping newlines, which split the texts of a batch.
_ASCII_NON_WORD_LINES = {**_ASCII_NON_WORD, ord("\n"): "\n"}


def overlap_words(folded: str) -> frozenset[str]:
    """The lower-cased words of a folded paragraph as a set, for the aligner's overlap scores:
    maximal runs of letters, digits and "_", each CJK character alone. Coarser than
    :func:`diff_words` on purpose ("don't" gives "don" and "t", "1,000" gives "1" and "000"):
    the alignment thresholds were measured on these sets."""
    low = folded.lower()
    if low.isascii():
        return frozenset(low.translate(_ASCII_NON_WORD).split())
    return frozenset(_OVERLAP_WORD.findall(low))


def overlap_word_sets(folded: list[str]) -> list[frozenset[str]]:
    """``[overlap_words(f) for f in folded]``: the ASCII texts (the lower case of ASCII is ASCII)
    in one lower/translate pass. Folded texts hold no newline (fold turns whitespace to spaces)."""
    ascii_texts = [f for f in folded if f.isascii()]
    if not ascii_texts:
        return [overlap_words(f) for f in folded]
    lines = "\n".join(ascii_texts).lower().translate(_ASCII_NON_WORD_LINES).split("\n")
    if len(lines) != len(ascii_texts):  # not folded after all: one at a time
        return [overlap_words(f) for f in folded]
    if len(ascii_texts) == len(folded):
        return [frozenset(line.split()) for line in lines]
    ascii_sets = iter([frozenset(line.split()) for line in lines])
    return [next(ascii_sets) if f.isascii() else overlap_words(f) for f in folded]


_MATCH_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[^\W_]+(?:['\u2019][^\W_]+)?")


def match_tokens(text: str) -> list[str]:
    """Lower-cased words and numbers of the folded text, numbers without their thousands commas
    or a closing period ("55,000" -> "55000"): the units the audit matches a note's values, a
    change and a raw page on, so "55,000" in a note finds "55000" on a page. Unlike
    :func:`diff_words`, "_" separates words and CJK runs stay whole."""
    toks = _MATCH_TOKEN.findall(fold(text).lower())
    return [t.replace(",", "").rstrip(".") if t[0].isdigit() else t for t in toks]


_VALUE_WORD = re.compile(r"\d[\d,.]*\d|[\w'\u2019.-]+")
_INNER_DOT = re.compile(r"\.\w")


def value_words(text: str) -> list[str]:
    """Words of a correction note's values, keeping ".", "-" and apostrophes inside them ("U.S.",
    "al-Assad", "1,000.5") and dropping a sentence's closing period from a longer plain word: so
    "Jan." and "U.S." stay what the note wrote when a value is cut out of it."""
    return [w.rstrip(".") if not w.endswith("..") and len(w) > 2 and not _INNER_DOT.search(w)
            else w for w in _VALUE_WORD.findall(text)]


_NAME_WORD = re.compile(r"[^\W\d_][\w'.-]*")


def name_words(text: str) -> list[str]:
    """Case-folded words of the folded text that start with a letter and keep ".", "-" and "'"
    inside ("j.", "o'neil", "smith-jones"): the units a byline's names are compared in."""
    return _NAME_WORD.findall(fold(text).casefold())


_DIFF_SENTENCE = re.compile(
    r"[^\n.!?\u3002\uff01\uff1f]*(?:[.!?\u3002\uff01\uff1f]+[\"'\u201d\u2019)]*\s*|\n+|$)")


def diff_sentences(text: str) -> list[str]:
    """Lossless pieces of ``text`` cut after every run of sentence-ending marks (and closing
    quotes and spaces after it) or newlines: the joined pieces are ``text``. The word diff's
    coarse first pass on long texts; an abbreviation's period cuts too, which costs nothing
    there (the pieces are diffed as a sequence and the changed ones word by word)."""
    return [s for s in _DIFF_SENTENCE.findall(text) if s]


def _cut(text: str, breaks: re.Pattern[str],
         ends_no_sentence: Callable[[str, int, re.Match[str]], bool]) -> list[str]:
    """``text`` cut after each match of ``breaks`` for which ``ends_no_sentence(text, start of
    the sentence, match)`` is false; each piece stripped, empty pieces dropped."""
    out: list[str] = []
    start = 0
    for m in breaks.finditer(text):
        if ends_no_sentence(text, start, m):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019')]*\s+(?=[\"\u201c(]?[A-Z0-9])")
_ABBR = frozenset((
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "st", "gov", "lt", "col", "capt", "sgt", "maj",
    "adm", "jr", "sr", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd",
))
_TRAILING_WORD = re.compile(r"[\w.]+$")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def _abbreviation_before(text: str, start: int, m: re.Match[str]) -> bool:
    last = _TRAILING_WORD.findall(text[start:m.start() + 1])
    tail = last[0].rstrip(".").lower() if last else ""
    return tail in _ABBR or _INITIALS.fullmatch(tail) is not None


def sentences(text: str) -> list[str]:
    """Split English news prose into sentences, keeping "U.S.", "Mr." and "Feb. 5" inside theirs
    (a break needs a capital or digit next; a known abbreviation or an initial before the mark
    ends none). Stripped; what the audit reads claims from and a log quotes."""
    return _cut(text, _SENTENCE_BREAK, _abbreviation_before)


_NOTE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018\u201e(\[]?[A-Z0-9\u00c0-\u00de])")
# Words whose period ends no sentence: "Sept. 21", "Mr. Johnson", "vom 4. November", "p. 12".
_NO_END = re.compile(r"(?:\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|"
                     r"no|nr|gen|sen|rep|gov|inc|corp|co|ltd|jr|sr|vs|v|p|pp|pag|p\u00e1g|art|n|"
                     r"spec|lt|col|capt|sgt|prof|rev|ca|bzw|vgl|sra)|\b[^\W\d_])$", re.IGNORECASE)
_ORDINAL_DATE = re.compile(r"\b\d{1,2}$")
# A German ordinal after its article or preposition ("den 3. Platz", "zum 2. Mal", "im 20.
# Jahrhundert"): a number there ends no sentence, where "as 5. It was 6." ends one.
_ORDINAL_AFTER = re.compile(r"\b(?:der|die|das|dem|den|des|am|im|zum|zur|vom|beim|bis|ab|seit)"
                            r"\s+\d{1,3}$", re.IGNORECASE)
_MONTH_NEXT = re.compile(r"(?:januar|februar|m[a\u00e4]rz|april|mai|juni|juli|august|september|"
                         r"oktober|november|dezember|jan|feb|m[a\u00e4]r|apr|jun|jul|aug|sep|okt|"
                         r"nov|dez)", re.IGNORECASE)


def _no_note_end(text: str, start: int, m: re.Match[str]) -> bool:
    if text[m.start()] != ".":
        return False
    before = text[start:m.start()]
    return _NO_END.search(before) is not None or _ORDINAL_AFTER.search(before) is not None or (
        _ORDINAL_DATE.search(before) is not None and _MONTH_NEXT.match(text, m.end()) is not None)


def note_sentences(text: str) -> list[str]:
    """Split a correction note into sentences, in the languages notes are read in: like
    :func:`sentences`, but a capital may be accented or follow a low or single quote or "[", a
    German ordinal date ("vom 4. November") and more abbreviations ("p.", "vgl.", "bzw.") end
    none, and "?" or "!" always ends one. The note-cue rules were measured on these pieces."""
    return _cut(text, _NOTE_BREAK, _no_note_end)


_SENTENCE_END_BEFORE = re.compile(
    r"[.!?\u3002:;]\s*[\"'\u201c\u201d\u2018\u2019()]*\s*$|^[\s\"'\u201c\u2018(]*$")
_TITLE_ABBREVIATIONS = frozenset((
    "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Adm", "Cmdr", "Mr",
    "Mrs", "Ms", "Dr", "Prof", "Rev", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "Mt",
    "Ft", "Pres", "Atty", "Supt", "Insp", "Det", "Gens", "Sens", "Reps", "Govs",
))
_LAST_WORD = re.compile(r"[^\s(]*\Z")
_WORD_BREAK = re.compile(r"[\s(]")


def starts_sentence(text: str, start: int) -> bool:
    """True when a sentence may begin at ``start``: the text start, or a mark ending a sentence
    (".", "!", "?", "\u3002", ":" or ";", then closing quotes) before it and no abbreviation or
    initial before that period ("Gen. Smith", "U.S. Army", "J. Smith"). Looks back only, so the
    classifier can ask it of any capitalised word: a capital there says nothing of a name."""
    if not start:
        return True
    if not _SENTENCE_END_BEFORE.search(text[max(0, start - 6):start]):  # text[:start][-6:]
        return False
    # The last word of text[:start].rstrip().rstrip("\"'\u201d\u2019)").rstrip("."), split at
    # whitespace and "(", found without copying the text before it.
    e = start
    while e and text[e - 1].isspace():
        e -= 1
    while e and text[e - 1] in "\"'\u201d\u2019)":
        e -= 1
    while e and text[e - 1] == ".":
        e -= 1
    lo = max(0, e - 48)
    m = _LAST_WORD.search(text, lo, e)
    if m is not None and (m.start() > lo or not lo):
        word = text[m.start():e]
    else:  # a word of 48 characters or more: take it the long way
        last = text[:e]
        word = _WORD_BREAK.split(last)[-1] if last else ""
    return not (word in _TITLE_ABBREVIATIONS or (len(word) <= 2 and word[:1].isupper())
                or "." in word)


#: British and American spellings brought to one form ("defence" -> "defense").
_HOUSE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(toward|among|whilst|afterward|upward|downward|backward|forward)s$"), r"\1"),
    (re.compile(r"^whilst$"), "while"),
    (re.compile(r"^(def|off|lic|pret)ence(s?)$"), r"\1ense\2"),
    (re.compile(r"(?<=\w{2})our(s|ed|ing|ite|ites|able|er|ers|hood|ly)?$"), r"or\1"),
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w{2})ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w)ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"(?<=\w{3})ogue(s?)$"), r"og\1"),
    (re.compile(r"oe|ae(?=\w)"), "e"),
    (re.compile(r"(?<=\w{2}[^aeiou\W])re([sd]?)$"), r"er\1"),
    (re.compile(r"^grey"), "gray"),
    (re.compile(r"^programme"), "program"),
    (re.compile(r"^aluminium"), "aluminum"),
)


def house_form(word: str) -> str:
    """``word`` folded, lower-cased and brought to one house spelling: British and American
    forms of a word ("Defence"/"defense", "Organisation"/"organization") give the same."""
    w = fold(word).casefold()
    for pattern, repl in _HOUSE_RULES:
        w = pattern.sub(repl, w)
    return w
