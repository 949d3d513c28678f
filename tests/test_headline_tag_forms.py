"""Headline tags newsrooms put at the end of a headline or in another language's label form
(issue 11): "(Corrected version)", "— correction appended", "| Updated", "(korrigierte
Fassung)", "Rettifica - ...". Headlines written for this test.
"""

from __future__ import annotations

import pytest

from versiontrack.audit.notes import headline_tags


@pytest.mark.parametrize(("headline", "kind", "rest"), [
    ("Ferry fares to rise in May (Corrected version)", "correction", "Ferry fares to rise in May"),
    ("Ferry fares to rise in May — correction appended", "correction",
     "Ferry fares to rise in May"),
    ("Ferry fares to rise in May | Updated", "update", "Ferry fares to rise in May"),
    ("Fährpreise steigen im Mai (korrigierte Fassung)", "correction", "Fährpreise steigen im Mai"),
    ("Rettifica - Le tariffe del traghetto aumentano a maggio", "correction",
     "Le tariffe del traghetto aumentano a maggio"),
])
def test_headline_tag_forms(headline: str, kind: str, rest: str) -> None:
    stripped, notes = headline_tags(headline)
    assert [n.kind for n in notes] == [kind]
    assert stripped == rest


@pytest.mark.parametrize("headline", [
    "Stocks slide into a correction as rates rise",
    "Correction looms for overheated housing market",
    "The film everyone is talking about (Video)",
])
def test_headlines_without_tags_stay_whole(headline: str) -> None:
    assert headline_tags(headline) == (headline, ())
