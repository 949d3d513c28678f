"""The language tables' cue families (issue 11): first-person admissions and writers, reading
formulas ("il fallait lire", "onde se lê ... leia-se", "dit moest ... zijn"), fix stamps
("Tippfehler korrigiert"), and the retellings, named papers and stamps they must not take.

Every sentence here is written for this test, in the forms newsrooms use.
"""

from __future__ import annotations

import pytest

from versiontrack.audit import langs
from versiontrack.audit.notes import detect_paragraph, find_notes
from versiontrack.models import Article

NOTES = [
    # de: a fix stamp, the writer in the first person, a reading formula, an admission
    ("de", "(Rechtschreibfehler korrigiert am 4.3., 9.10 Uhr)"),
    ("de", "In meiner Kolumne vom Dienstag schrieb ich, die Brücke sei 200 Meter lang. "
           "Richtig muss es heißen: 120 Meter."),
    ("de", "Wir haben uns beim Datum geirrt: Das Konzert im Stadtpark ist am 14. Juni."),
    # fr
    ("fr", "Il fallait lire 45 000 visiteurs et non 4 500."),
    ("fr", "Dans l'article sur le marché de Noël, vous auriez dû lire que la patinoire ouvre "
           "le 3 décembre."),
    ("fr", "Je me suis trompé dans ma chronique de lundi : le stade compte 20 000 places."),
    ("fr", "Coquille corrigée le 3 mai à 10 h 15."),
    # es
    ("es", "Nos equivocamos: el alcalde de Vigo se llama Andrés Soto, no Andrés Soler."),
    ("es", "En la crónica publicada ayer se omitió el nombre de la entrenadora del equipo."),
    ("es", "Pero ayer cometió un error en este espacio: la plaza tiene tres fuentes."),
    # it
    ("it", "Sbagliammo: il sindaco non era presente alla cerimonia di domenica."),
    ("it", "Nella mia rubrica di ieri ho scritto che il ponte fu aperto nel 1932 anziché nel "
           "1936. Me ne scuso con i lettori."),
    ("it", "Refuso corretto alle 11.20."),
    # pt
    ("pt", "Errei. O estádio tem 40 mil lugares."),
    ("pt", "No texto de ontem, onde se lê 'Rua do Carmo', leia-se 'Rua da Prata'."),
    ("pt", "No último post escrevi que a feira abre na sexta; peço desculpa, abre no sábado."),
    # nl
    ("nl", "Dit moest Zwolle zijn, niet Deventer."),
    ("nl", "In het vraaggesprek met de burgemeester (gisteren, pagina 5) stond dat zij in 1970 "
           "is geboren. Zij is echter in 1972 geboren."),
    ("nl", "Typfout hersteld op 3 mei om 10.00 uur."),
]

NOT_NOTES = [
    # someone's statement in indirect speech, or a press council retelling a paper's fix
    ("de", "Die Sprecherin der Stadt teilte mit, dass die Angabe im Haushaltsplan falsch "
           "gewesen sei."),
    ("de", "Der Verlag erklärte, die Zeitung habe eine Berichtigung gedruckt."),
    # a text corrected by a named paper; the outlet talking of its errors in general
    ("fr", "Le texte a été corrigé par Le Figaro deux jours plus tard, par erreur en page 8."),
    ("fr", "Les lecteurs nous reprochent nos erreurs, et nous en publions la liste chaque mois."),
    # a reader's claim the outlet could not check
    ("es", "Una lectora asegura que nos equivocamos en el marcador, pero el error, si existió, "
           "no pudo comprobarse."),
    ("it", "Gli autori del Corriere hanno cambiato il titolo dell'articolo per errore."),
    ("it", "Anche quest'anno elenchiamo i nostri errori: ce ne scusiamo con i lettori."),
    # a named paper as the subject, or its fix retold
    ("pt", "O erro foi corrigido pelo Globo no dia seguinte, numa nota na página 4."),
    ("pt", "O jornal O Liberal errou e não publicou qualquer correção na edição de domingo."),
    # a newsroom on its errors in general
    ("nl", "Lezers wijzen ons vaak op onze fouten, en daar zijn we blij mee."),
]


@pytest.mark.parametrize(("lang", "text"), NOTES)
def test_language_cue_families_find_the_note(lang: str, text: str) -> None:
    notes = find_notes(Article(headline="", paragraphs=(text,)))
    assert notes, f"{lang}: no note in {text!r}"
    assert notes[0].kind in ("correction", "clarification")


@pytest.mark.parametrize(("lang", "text"), NOT_NOTES)
def test_language_cue_families_refuse_retellings(lang: str, text: str) -> None:
    assert detect_paragraph(text) is None, f"{lang}: {text!r} taken for a note"


def test_english_text_does_not_reach_the_tables() -> None:
    # the tables' words are tried only on paragraphs that may be in one of the six languages
    assert not langs.foreign("The council said the budget figure was wrong on Tuesday.")
    assert langs.foreign("(Tippfehler korrigiert am 18.5., 10.15 Uhr)")
