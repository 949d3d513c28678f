"""Text folding used for *comparison only*; reported text always keeps the real characters.

Folded: Unicode NFC, curly quotes and primes to straight ones, dashes kept as they are,
non-breaking and other exotic spaces to a plain space, soft hyphens and zero-width characters
removed, runs of whitespace to one space. Never folded: digits, letters' case, punctuation.
"""

from __future__ import annotations

import unicodedata

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
