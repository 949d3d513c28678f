"""Getting the audit ready before it is needed: :func:`warm_up` audits a short invented story.

The audit's patterns are compiled when first used (:mod:`versiontrack.audit.lazyre`), and the
first audit of a process pays for the hundred or so a story meets: about 0.1 s of CPU, ten times
what a story costs once they are compiled. Where a process knows it will audit soon and has a
moment to spare, as a snapshot pass does while git archives its new pages, it can pay that in a
background thread with one audit of this story (two versions: a number, a name and a date
changed, a paragraph added, a correction note that names its values). Whatever a real story
needs that this one does not touch is still compiled when first used.
"""

from __future__ import annotations

from versiontrack.models import Article, Version

_HEADLINE = "Harbour board backs ferry terminal after a long debate"
_BEFORE = (
    "PORTVALE (Wire) — The harbour board voted 7-2 on Tuesday to approve a $14 million ferry "
    "terminal, ending a debate that began in March 2024.",
    "\"We have waited long enough,\" said board chair Mira Okafor, who first proposed the plan.",
    "Opponents, led by the Quayside Fishers' Association, said the terminal would take space "
    "from the 40 boats that moor there.",
    "The first ferries are due to sail in the spring of 2027, officials said.",
)
_AFTER = (
    "PORTVALE (Wire) — The harbour board voted 6-3 on Tuesday to approve a $16 million ferry "
    "terminal, ending a debate that began in March 2023.",
    "\"We have waited long enough,\" said board chair Mira Okafor-Lind, who first proposed the "
    "plan.",
    "Opponents, led by the Quayside Fishers' Association, said the terminal would take space "
    "from the 40 boats that moor there.",
    "The first ferries are due to sail in the summer of 2027, officials said. A second terminal "
    "is planned.",
    "Correction: An earlier version of this story misstated the cost of the terminal. It is "
    "$16 million, not $14 million.",
)


def _version(number: int, paragraphs: tuple[str, ...]) -> Version:
    return Version(story="warm-up", number=number, commit=f"{number:040x}",
                   fetched_at=f"2026-01-01T0{number}:00:00Z", headline=_HEADLINE,
                   words=sum(len(p.split()) for p in paragraphs), paragraphs=len(paragraphs))


def _raw(paragraphs: tuple[str, ...]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><h1>{_HEADLINE}</h1>{body}</body></html>".encode()


def warm_up() -> None:
    """Audit the invented story once (its result is thrown away)."""
    from versiontrack.audit.judge import audit_versions

    audit_versions([(_version(n, paras), Article(headline=_HEADLINE, paragraphs=paras),
                     _raw(paras)) for n, paras in ((1, _BEFORE), (2, _AFTER))])
