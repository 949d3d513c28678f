"""The language tables' cue families (issue 11): first-person admissions and writers, reading
formulas ("il fallait lire", "onde se lê ... leia-se", "dit moest ... zijn"), fix stamps
("Tippfehler korrigiert"), the fact set against the claim ("X, nicht Y"), items citing a piece
by its quoted title and date, texts printed cut or garbled, notes declaring themselves the
correction, withdrawals in every tense, and the retellings, named papers, quotations and stamps
they must not take.

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
    # the fact set against the claim, after a sentence naming the piece
    ("de", "Im Bericht über das Hallenbad vom 3. März wird der Architekt erwähnt. Er heißt Jonas "
           "Berger, nicht Jonas Burger."),
    ("fr", "Dans notre article sur le festival, nous citions 40 groupes. Il y en a 14, et non 40."),
    ("es", "En la crónica del domingo publicamos el nombre del entrenador del equipo juvenil. Se "
           "llama Luis Prado, no Luis Pardo."),
    ("nl", "In het artikel over de kermis stond dat de optocht om 14 uur begint. Dat is volgens "
           "de organisatie niet juist: de optocht begint om 16 uur."),
    # an item citing a piece by its quoted title and date; the claim's subject contrasted
    ("de", "In „Neue Wege im Wald“ (4. Mai, Region) wird die Försterin als Leiterin des Amtes "
           "genannt. Sie ist aber dessen Stellvertreterin."),
    # the newsroom or the writer owning a mistake; a piece printed cut or garbled
    ("de", "Ich habe in meinem Text über die Kirmes einen Fehler gemacht: Sie beginnt am Freitag."),
    ("nl", "In de krant van dinsdag zijn in het overzicht van de uitslagen enkele fouten "
           "geslopen."),
    ("pt", "O quarto parágrafo da coluna \"Um verão diferente\" foi publicado truncado na "
           "edição de domingo."),
    ("it", "Nel titolo di ieri è comparsa un'imprecisione: il mercato chiude a marzo, non a "
           "maggio."),
    ("es", "Un gazapo en el titular de ayer cambió la fecha: el hospital abrirá en 2027."),
    # a note declaring itself the correction, even beside the press law it answers to
    ("it", "Nell'articolo di martedì il consigliere è stato indicato come indagato. Sia questa da "
           "considerarsi una rettifica ai sensi della legge n. 47 del 1948."),
    # by mistake, it said; the newsroom fixing a part of its text
    ("de", "Irrtümlich hieß es in der gestrigen Ausgabe, das Freibad öffne im Mai."),
    ("fr", "Par erreur, nous avons écrit que la médiathèque fermait le lundi."),
    ("es", "Por error, se publicó que el mercado cerraba los domingos."),
    ("it", "Per errore è stato scritto che la biblioteca chiude il lunedì."),
    ("pt", "Diferentemente do que informou a reportagem, a feira abre no sábado."),
    ("pt", "Corrigimos o erro na legenda."),
    ("nl", "Abusievelijk werd vermeld dat de bibliotheek op maandag dicht is."),
    ("nl", "We hebben de fout in de kop hersteld."),
    # this text contained an error; a part of this text changed
    ("de", "Der Artikel enthielt einen Fehler: Die Schule wird nicht geschlossen."),
    ("fr", "Cet article contenait une erreur sur la date du scrutin, qui aura lieu le 12 juin."),
    ("es", "Este artículo contenía un error: el concierto es el sábado, no el viernes."),
    ("it", "L'articolo conteneva un errore: il sindaco non ha partecipato alla riunione."),
    ("nl", "Dit stuk bevatte een fout: het station gaat in 2026 open, niet in 2025."),
    ("fr", "Le titre de cet article a été modifié, il laissait entendre que l'usine fermait."),
    ("es", "El titular de esta noticia ha sido modificado porque inducía a error."),
    ("it", "Una svista ci ha fatto scrivere 1.500 euro invece di 15.000."),
    ("pt", "Pedimos desculpas aos leitores pelo erro na manchete de ontem."),
]

WITHDRAWALS = [
    ("de", "Dieses Interview haben wir nach Rücksprache mit der Gesprächspartnerin "
           "zurückgezogen."),
    ("fr", "Cet entretien a été retiré de notre site à la demande de la personne interrogée."),
    ("fr", "Le Courrier a décidé de retirer cette tribune, dont plusieurs affirmations étaient "
           "fausses."),
    ("es", "Hemos decidido despublicar esta noticia porque no pudimos verificar sus fuentes."),
    ("it", "La redazione ha deciso di rimuovere questo articolo, che conteneva dati non "
           "verificati."),
    ("pt", "Decidimos despublicar este texto após constatar que a fonte não era confiável."),
    ("nl", "De redactie heeft besloten dit artikel offline te halen."),
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
    # someone's own words, quoted and attributed
    ("de", "„Ich habe einen Fehler gemacht“, sagte der Minister am Abend im Fernsehen."),
    ("fr", "« Nous avons commis une erreur », a reconnu le maire devant le conseil."),
    # another outlet's text, removed or corrected; our article changed and a mistake removed
    ("es", "El País ha retirado la entrevista después de las quejas del club."),
    ("fr", "Le Monde a retiré l'entretien de son site mardi soir."),
    # a market correction, a tax return and a law text corrected
    ("de", "Der Leitindex geriet am Nachmittag in eine Korrektur und schloss zwei Prozent tiefer."),
    ("it", "Il contribuente può presentare una dichiarazione integrativa per correggere l'errore."),
    ("fr", "Un rectificatif au Journal officiel a corrigé une erreur dans le décret."),
    # a company fixing its own error, reported
    ("es", "La empresa ha corregido el error en sus facturas, según informó ayer."),
    ("pt", "A prefeitura corrigiu o erro no edital, segundo a secretaria."),
    # body text: an interview or a report named, then a contrast or a denial that corrects
    # nothing of ours
    ("de", "In der Meldung des Ministeriums heißt es, die Straße werde im Mai fertig. Die "
           "Anwohner zweifeln allerdings daran."),
    ("es", "En la entrevista publicada ayer, el ministro defendió la reforma. Sin embargo, la "
           "oposición no lo ve así."),
    ("it", "Nell'intervista pubblicata ieri il sindaco ha difeso il progetto. Lui però non ha "
           "risposto alle domande."),
    ("pt", "Na reportagem de ontem, o ministro defendeu o plano. Ele, no entanto, não explicou os "
           "custos."),
    # another body's text withdrawn, in the same words a newsroom uses of its own
    ("it", "Il governo ha ritirato questo decreto dopo le proteste."),
    ("nl", "De minister heeft dit wetsvoorstel ingetrokken."),
    # by mistake, something done that is no text of ours
    ("de", "Irrtümlich wurde der Bescheid an die falsche Adresse geschickt."),
    ("fr", "Par erreur, il a été condamné à la place de son frère."),
    ("es", "Por error, se publicó en el Boletín Oficial una fecha equivocada."),
    ("nl", "Abusievelijk werd de boete naar het verkeerde adres gestuurd."),
    # the newsroom's other changes, and someone's own story attributed at its end
    ("fr", "La rédaction a modifié sa ligne éditoriale en 2019."),
    ("de", "Ich habe einen Fehler gemacht, als ich den Vertrag unterschrieb, erzählt der Rentner."),
]


@pytest.mark.parametrize(("lang", "text"), NOTES)
def test_language_cue_families_find_the_note(lang: str, text: str) -> None:
    notes = find_notes(Article(headline="", paragraphs=(text,)))
    assert notes, f"{lang}: no note in {text!r}"
    assert notes[0].kind in ("correction", "clarification")


@pytest.mark.parametrize(("lang", "text"), WITHDRAWALS)
def test_withdrawals_in_every_tense_are_withdrawals(lang: str, text: str) -> None:
    notes = find_notes(Article(headline="", paragraphs=(text,)))
    assert [n.kind for n in notes] == ["withdrawal"], f"{lang}: {text!r}"


def test_a_change_that_removes_an_error_is_no_withdrawal() -> None:
    notes = find_notes(Article(headline="", paragraphs=(
        "Wir haben den Artikel aktualisiert und einen Tippfehler entfernt.",)))
    assert "withdrawal" not in [n.kind for n in notes]


def test_readers_who_prompt_a_change_are_not_the_ones_who_made_it() -> None:
    notes = find_notes(Article(headline="", paragraphs=(
        "Die Redaktion hat diesen Beitrag nach Hinweisen von Lesern korrigiert: Der Umzug "
        "beginnt um 14 Uhr.",)))
    assert [n.kind for n in notes] == ["correction"]
    # a parliament changing a text is still someone else
    assert detect_paragraph("Dieser Text wurde vom Bundestag geändert: Die Frist endet im Mai.") \
        is None


@pytest.mark.parametrize(("lang", "text"), NOT_NOTES)
def test_language_cue_families_refuse_retellings(lang: str, text: str) -> None:
    assert detect_paragraph(text) is None, f"{lang}: {text!r} taken for a note"


def test_english_text_does_not_reach_the_tables() -> None:
    # the tables' words are tried only on paragraphs that may be in one of the six languages
    assert not langs.foreign("The council said the budget figure was wrong on Tuesday.")
    assert langs.foreign("(Tippfehler korrigiert am 18.5., 10.15 Uhr)")


# The newsroom owning an error in the first person, by its name or as "the newsroom", what it
# should have made clear, and a note's last line standing alone ("The error has been corrected.").
OWNED = [
    ("en", "We regret the error in the listing of polling stations.", "correction"),
    ("it", "Ci scusiamo con i lettori per l'errore nel titolo.", "correction"),
    ("it", "Il Corriere di Valle si scusa con i lettori per la svista.", "correction"),
    ("pt", "Pedimos desculpa aos leitores pelo erro na tabela de horários.", "correction"),
    ("de", "Die Redaktion bedauert diesen Fehler.", "correction"),
    ("fr", "La rédaction présente ses excuses aux lecteurs pour cette erreur.", "correction"),
    ("fr", "Le Petit Courrier a écrit par erreur que la piscine fermait en juillet.", "correction"),
    ("es", "La Voz del Valle publicó por error que la feria empezaba el jueves.", "correction"),
    ("pt", "A Gazeta da Serra errou ao informar a data da feira do livro.", "correction"),
    ("nl", "Het Dorpsblad meldde abusievelijk dat de markt op dinsdag is.", "correction"),
    ("de", "Wir hätten offenlegen müssen, dass die Autorin dem Vorstand des Vereins angehört.",
     "clarification"),
    ("fr", "Nous aurions dû préciser que l'auteur conseille la mairie.", "clarification"),
    ("es", "Debimos aclarar que la encuesta fue encargada por el propio partido.",
     "clarification"),
    ("it", "Avremmo dovuto specificare che lo studio è stato finanziato dall'azienda.",
     "clarification"),
    ("pt", "Deveríamos ter informado que o autor trabalha para a construtora.", "clarification"),
    ("nl", "Dat hadden we moeten vermelden: de auteur is adviseur van het museum.",
     "clarification"),
    ("en", "We should have disclosed that the columnist advises the campaign.", "correction"),
    ("en", "The error has been corrected.", "correction"),
    ("de", "Der Fehler wurde inzwischen korrigiert.", "correction"),
    ("fr", "L'erreur a été corrigée.", "correction"),
    ("es", "El error ya ha sido corregido.", "correction"),
    ("it", "L'errore è stato corretto.", "correction"),
    ("pt", "O erro foi corrigido.", "correction"),
    ("nl", "De fout is inmiddels hersteld.", "correction"),
    # the fact after the piece named: "Dat moet ... zijn", "não é de X, mas de Y", a day's caption
    ("nl", "In het stuk over de haven (12 april, pagina 7) staat dat de kade 300 meter lang is. "
           "Dat moet 250 meter zijn.", "correction"),
    ("pt", "A foto publicada na edição de domingo não é do vereador Paulo Reis, mas do seu "
           "assessor.", "correction"),
    ("de", "Die Bildunterschrift vom Dienstag war falsch: Abgebildet ist nicht die Landrätin, "
           "sondern ihre Stellvertreterin.", "correction"),
    ("pt", "Ao contrário do que foi noticiado, a piscina municipal não fecha em agosto.",
     "correction"),
]

NOT_OWNED = [
    ("it", "Ci scusiamo per il disagio causato dai lavori sulla linea."),
    ("de", "Die Polizei bedauert den Fehler."),
    ("de", "Die Polizei hat den Radfahrer irrtümlich angehalten."),
    ("es", "La Policía detuvo por error al hermano del sospechoso."),
    ("en", "The software error has been corrected."),
    ("en", "The error has been corrected by the county clerk."),
    ("fr", "L'erreur a été corrigée par la banque."),
    ("nl", "De fout in de software is inmiddels hersteld, meldt de gemeente."),
    ("pt", "Ao contrário do que foi noticiado pela imprensa local, o prefeito não renunciou."),
    ("de", "Wir hätten früher handeln müssen, sagte die Ministerin."),
]


@pytest.mark.parametrize(("lang", "text", "kind"), OWNED)
def test_the_newsroom_owning_an_error_is_a_note(lang: str, text: str, kind: str) -> None:
    notes = find_notes(Article(headline="", paragraphs=(text,)))
    assert [n.kind for n in notes] == [kind], f"{lang}: {text!r}"


@pytest.mark.parametrize(("lang", "text"), NOT_OWNED)
def test_others_owning_an_error_or_an_apology_for_a_delay_is_no_note(lang: str,
                                                                      text: str) -> None:
    assert detect_paragraph(text) is None, f"{lang}: {text!r} taken for a note"


# "A previous version of this article" as the subject, in each language, with an error word
PREVIOUS_VERSION = [
    ("es", "Una versión anterior de este artículo indicaba erróneamente que el puente abrió en 2019."),
    ("fr", "Une version précédente de cet article indiquait par erreur que le musée ferme le lundi."),
    ("it", "Una versione precedente di questo articolo riportava erroneamente la data del concerto."),
    ("pt", "Uma versão anterior deste texto informava incorretamente o horário da reunião."),
    ("nl", "Een eerdere versie van dit artikel vermeldde abusievelijk dat de brug in mei opengaat."),
    ("de", "Eine frühere Version dieses Artikels nannte fälschlicherweise den falschen Stadtteil."),
]


@pytest.mark.parametrize(("lang", "text"), PREVIOUS_VERSION)
def test_a_previous_version_of_this_article_is_the_outlets_own_text(lang: str,
                                                                    text: str) -> None:
    notes = find_notes(Article(headline="", paragraphs=(text,)))
    assert [n.kind for n in notes] == ["correction"], f"{lang}: {text!r}"


# The erratum's reading formula: where it reads X, read Y
READING = [
    ("pt", "A tabela da pág. 4 saiu com um erro: onde se lê 'três vagas', leia-se 'trenta vagas'."),
]


@pytest.mark.parametrize(("lang", "text"), READING)
def test_the_erratum_reading_formula_is_a_note(lang: str, text: str) -> None:
    notes = find_notes(Article(headline="", paragraphs=(text,)))
    assert [n.kind for n in notes] == ["correction"], f"{lang}: {text!r}"


# About a corrections column, a template of a note: no note
ABOUT_NOTES = [
    ("nl", "De fout werd hersteld in de rubriek 'Correcties', waar lezers hem vaak over het hoofd zien."),
    ("fr", "Le quotidien a corrigé l'erreur dans la rubrique rectificatifs, en bas de page."),
    ("fr", "**Correction [date] :** Une version précédente de cet article indiquait [claim "
           "incorrect]. En réalité, [information correcte]."),
    ("en", "Update the copy and append \"Correction: An earlier version of this story "
           "misstated the date.\""),
]


@pytest.mark.parametrize(("lang", "text"), ABOUT_NOTES)
def test_talk_about_the_corrections_column_or_a_template_is_no_note(lang: str,
                                                                    text: str) -> None:
    notes = find_notes(Article(headline="", paragraphs=(text,)))
    assert notes == (), f"{lang}: {text!r} taken for a note"
