"""Control characters in scraped text, made harmless for the medium that shows it.

Archived text keeps every character the page had; these helpers act only on output. A
terminal obeys escape sequences (``ESC ] 52`` writes the clipboard, ``ESC [ 2 J`` clears the
screen), so text for a terminal shows C0 and C1 controls and DEL as visible ``\\xNN`` escapes,
keeping only newline and tab. XML 1.0 forbids most C0 controls, U+FFFE and U+FFFF, and one of
them makes a whole feed unreadable, so text for XML has them replaced by U+FFFD.
"""

from __future__ import annotations

import re

_TERMINAL = str.maketrans({
    chr(c): f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in "\n\t"})
_JSON_C1 = str.maketrans({chr(c): f"\\u{c:04x}" for c in range(0x7F, 0xA0)})
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def for_terminal(text: str) -> str:
    """``text`` with every control character but newline and tab shown as ``\\xNN``."""
    return text.translate(_TERMINAL)


def json_for_terminal(dumped: str) -> str:
    """JSON text (from ``json.dumps``, which escapes C0 already) with DEL and C1 controls
    escaped as ``\\u00NN`` too: the same JSON value, and nothing a terminal acts on."""
    return dumped.translate(_JSON_C1)


def for_xml(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


__all__ = ["for_terminal", "for_xml", "json_for_terminal"]
