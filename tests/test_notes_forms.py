"""Notes in the forms newsrooms use across outlets and languages, and text that is no note.

Every sentence here was written for these tests (none is quoted from a newsroom): each stands for
a form that carries over to unseen outlets (a dated item under a programme label, an item cited by
its title, the outlet owning an error by name, an apology to readers, a complaint relayed, a
withdrawal said mid-paragraph), and each negative for a trap such a form must not fire on (an
agency's error on a date, someone else's apology, hypothetical errors, another paper's fix).
"""

from __future__ import annotations

import pytest

from versiontrack.audit.notes import find_notes
from versiontrack.models import Article


def _found(text: str) -> bool:
    return bool(find_notes(Article(headline=text, paragraphs=(text,))))


NOTES = [
    ('de', 'Wir hatten zunächst berichtet, dass der Bürgermeister zurückgetreten sei. Das ist nicht korrekt.'),
    ('de', 'In der ursprünglichen Fassung war von 40 Verletzten die Rede. Tatsächlich waren es 14.'),
    ('de', 'Zunächst hieß es in diesem Text, die Brücke sei 1950 gebaut worden. Sie wurde 1905 gebaut.'),
    ('de', 'An dieser Stelle stand zuvor, der Verein habe 300 Mitglieder. Richtig sind 130.'),
    ('de', 'In dem Bericht über die Stadtratssitzung ist uns ein Fehler unterlaufen: Die Abstimmung endete 12 zu 9.'),
    ('de', 'Wir haben die Passage über die Kosten entsprechend geändert und bitten, den Fehler zu entschuldigen.'),
    ('de', 'In einer ersten Version dieses Artikels haben wir die Ministerin als Staatssekretärin bezeichnet.'),
    ('de', 'Hinweis der Redaktion: Wir haben einen Fehler in der Bildunterschrift korrigiert.'),
    ('de', 'Korrektur: Der Schauspieler heißt nicht Peter Brandt, sondern Paul Brandt.'),
    ('de', 'Dieser Artikel wurde nachträglich korrigiert. Der Stadtteil heißt Lindenau, nicht Lindental.'),
    ('de', 'In einer vorherigen Version des Textes stand, das Werk schließe 2025. Es schließt 2027.'),
    ('de', 'Wir haben in einer früheren Fassung dieses Beitrags das Datum falsch angegeben.'),
    ('fr', "Dans une première version de cet article, nous indiquions que le maire avait démissionné. C'est inexact."),
    ('fr', "Correction : le montant est de 3 millions d'euros et non de 30 millions comme indiqué initialement."),
    ('fr', "Une erreur s'est glissée dans notre article de mardi : la réunion aura lieu jeudi."),
    ('fr', "Cet article a été modifié pour corriger le nom de l'entreprise."),
    ('fr', "Erratum : contrairement à ce que nous avons écrit, le festival n'est pas annulé."),
    ('fr', "Précision : l'étude citée porte sur 2 000 patients, et non 20 000."),
    ('fr', 'Nous avons écrit par erreur que le pont avait été construit en 1950. Il date de 1905.'),
    ('fr', 'Une version précédente de cet article attribuait cette citation au ministre. Elle est de son porte-parole.'),
    ('fr', 'Mise à jour : cet article a été corrigé, la victime avait 34 ans et non 43.'),
    ('fr', 'NDLR : une précédente version de cet article comportait une erreur sur le nom du club.'),
    ('fr', "Rectificatif : dans notre édition du 3 mai, le prénom de l'adjointe était erroné. Elle s'appelle Claire."),
    ('it', 'In una prima versione di questo articolo avevamo scritto che il sindaco si era dimesso. Non è così.'),
    ('it', "Rettifica: il costo dell'opera è di 3 milioni di euro e non di 30 come scritto."),
    ('it', "Errata corrige: nell'articolo di ieri il cognome dell'assessora era sbagliato. Si chiama Rossi."),
    ('it', 'Per un errore, nella didascalia della foto è stato indicato il comune sbagliato.'),
    ('it', "L'articolo è stato aggiornato per correggere la data dell'incontro."),
    ('it', 'Abbiamo erroneamente attribuito la dichiarazione al presidente della regione.'),
    ('it', 'Nella versione precedente di questo articolo si parlava di 40 feriti: erano 14.'),
    ('it', 'Precisazione: lo studio non riguarda tutti i pazienti ma solo quelli sopra i 65 anni.'),
    ('it', 'Ci scusiamo con i lettori: la partita si giocherà sabato e non domenica.'),
    ('it', 'Questo articolo è stato corretto: il nome del ristorante è Da Mario, non Da Marco.'),
    ('pt', 'Uma versão anterior deste texto informava que o prefeito havia renunciado. A informação está errada.'),
    ('pt', 'Erramos: o valor correto é de R$ 3 milhões, e não R$ 30 milhões.'),
    ('pt', 'Diferentemente do que foi publicado, a reunião ocorrerá na quinta-feira.'),
    ('pt', 'Correção: o nome da secretária é Ana Souza, e não Ana Silva, como publicado anteriormente.'),
    ('pt', 'Este texto foi corrigido. A versão anterior atribuía a declaração ao ministro.'),
    ('pt', 'Por lapso, indicámos que o jogo seria no sábado. Será no domingo.'),
    ('pt', 'A reportagem de ontem errou ao informar que a obra custou R$ 5 milhões.'),
    ('pt', 'Nota da Redação: a primeira versão deste texto trazia o nome errado da empresa.'),
    ('pt', 'O PÚBLICO errou ao escrever que a ponte foi inaugurada em 1950. Foi em 1905.'),
    ('nl', 'In een eerdere versie van dit artikel stond dat de burgemeester was afgetreden. Dat is onjuist.'),
    ('nl', 'Correctie: het bedrag is 3 miljoen euro, niet 30 miljoen.'),
    ('nl', 'In het artikel van gisteren over de gemeenteraad stond abusievelijk dat de stemming 9-12 eindigde.'),
    ('nl', 'Dit artikel is aangepast: de naam van het bedrijf was verkeerd gespeld.'),
    ('nl', 'Rectificatie: de genoemde wethouder is van D66, niet van de VVD.'),
    ('nl', 'Wij schreven ten onrechte dat het festival is afgelast.'),
    ('nl', 'Naschrift redactie: in een eerdere versie werd de verkeerde datum genoemd.'),
    ('nl', 'In dit stuk werd de leeftijd van het slachtoffer verkeerd vermeld. Zij is 34 jaar.'),
    ('nl', 'Verbetering: de wedstrijd wordt zaterdag gespeeld, niet zondag.'),
    ('nl', 'Eerder stond in dit artikel dat de school sluit. Dat klopt niet.'),
    ('en', 'News Online: On 4 May a story about the council budget said rates would rise by 12 per cent. The correct figure is 2 per cent.'),
    ('en', 'Due to a production error, a photo caption on Page 6 misidentified the winner of the bake-off.'),
    ('en', 'Our report on the hospital merger overstated the number of beds. There are 240, not 420.'),
    ('en', "A graphic accompanying Saturday's article on rainfall transposed the totals for April and May."),
    ('en', "This story was changed to reflect that the mayor's husband, not her brother, owns the firm."),
    ('en', "A headline on Tuesday's front page should have said the vote was delayed, not cancelled."),
    ('en', 'The Herald wishes to apologise to Mr Jones for the distress caused by the article.'),
    ('en', 'In a report on the election count, we gave the wrong total for the Green candidate. He received 2,310 votes.'),
    ('en', 'Correction appended, May 4: The original version of this report stated the mill closed in 1989. It closed in 1998.'),
    ('en', "An item on Monday's Business page about pension funds referred incorrectly to the regulator."),
    ('en', "Editor's note: A previous version of this story included a quote that could not be verified. It has been removed."),
    ('en', "We have amended this article to remove a reference to the family's address."),
    ('de', 'Korrekturhinweis: In einer vorherigen Fassung hieß es, die Klinik habe 200 Betten. Es sind 120.'),
    ('de', 'Update, 14.30 Uhr: Die Polizei hat den Verdächtigen inzwischen freigelassen. Wir haben den Text entsprechend angepasst.'),
    ('de', 'Anm. d. Red.: Der Name der Schülerin wurde geändert.'),
    ('de', 'Der Artikel wurde um 16.20 Uhr korrigiert: Der Trainer heißt Müller, nicht Möller.'),
    ('de', 'Liebe Leserinnen und Leser, in unserer Samstagsausgabe ist uns ein ärgerlicher Fehler unterlaufen.'),
    ('de', 'Irrtümlich wurde in der Ausgabe vom Dienstag der Vorname des Bürgermeisters mit Klaus angegeben. Er heißt Karl.'),
    ('de', 'Fälschlicherweise haben wir berichtet, die Schule werde geschlossen.'),
    ('de', 'Im gestrigen Bericht über den Haushalt waren zwei Zahlen vertauscht.'),
    ('de', 'In unserem Artikel vom 3. Mai ist der Eindruck entstanden, der Verein habe Geld veruntreut. Das trifft nicht zu.'),
    ('de', 'Dieser Beitrag wurde am 4. Mai um eine Stellungnahme des Ministeriums ergänzt.'),
    ('fr', "Dans notre édition d'hier, une erreur de légende a attribué la photo au mauvais photographe."),
    ('fr', 'Contrairement à ce que nous avons indiqué, le concert aura lieu samedi.'),
    ('fr', 'Nous nous sommes trompés : le président du club est Jean Dupont, et non Jean Durand.'),
    ('fr', 'Article mis à jour le 4 mai à 15 h 20 avec la réaction du ministère.'),
    ('fr', 'Cet article a été corrigé le 5 mai : une précédente version mentionnait par erreur 300 salariés.'),
    ('fr', "Une erreur de chiffre s'est glissée dans l'infographie publiée mardi. Le taux est de 4 %."),
    ('fr', 'Nous présentons nos excuses à nos lecteurs et à M. Martin pour cette erreur.'),
    ('fr', "Précision : contrairement à ce qu'indiquait notre article, l'usine n'a pas fermé."),
    ('it', 'Aggiornamento delle 15.30: la polizia ha rilasciato il sospettato.'),
    ('it', "Nell'edizione di ieri abbiamo scritto per errore che il teatro chiude a giugno. Chiude a luglio."),
    ('it', "N.d.R.: in una prima versione dell'articolo era indicato un nome sbagliato."),
    ('it', 'Ieri abbiamo attribuito per errore la foto a un altro fotografo. Ce ne scusiamo.'),
    ('it', 'Contrariamente a quanto scritto ieri, la riunione non è stata rinviata.'),
    ('it', 'Il titolo di questo articolo è stato modificato per maggiore chiarezza.'),
    ('it', 'Nel servizio di domenica il nome del medico è stato riportato in modo errato: si chiama Luca Bianchi.'),
    ('pt', 'Texto atualizado às 15h30 para incluir a resposta da prefeitura.'),
    ('pt', 'A primeira versão desta reportagem informou incorretamente que o hospital fechou.'),
    ('pt', 'A legenda da foto publicada ontem trocou os nomes dos dois jogadores.'),
    ('pt', 'Correção: a taxa de desemprego é de 7,9%, e não de 9,7%, como publicado.'),
    ('pt', 'Na edição de ontem, o nome do presidente da câmara saiu errado. Ele se chama Paulo.'),
    ('pt', 'Esclarecimento: o estudo citado foi feito com 200 voluntários.'),
    ('pt', 'Pedimos desculpas aos leitores pelo erro na data do concerto, que será no dia 5.'),
    ('nl', 'Update 16.00 uur: de politie heeft de verdachte vrijgelaten.'),
    ('nl', 'In de krant van zaterdag stond een verkeerde foto bij het interview met de wethouder.'),
    ('nl', 'Door een fout in de eindredactie werd de naam van de trainer verkeerd gespeld.'),
    ('nl', "In een eerdere versie van dit stuk werd de burgemeester ten onrechte D66'er genoemd."),
    ('nl', 'De grafiek bij het artikel van maandag gaf verkeerde percentages.'),
    ('nl', 'Excuses aan onze lezers: de voorstelling is op vrijdag, niet op donderdag.'),
    ('nl', 'Dit bericht is bijgewerkt met een reactie van het ministerie.'),
    ('nl', 'Correctie: de vrouw is 43 jaar en niet 34, zoals eerder gemeld.'),
    ('en', 'In a story published March 3, The Associated Press erroneously reported that the bridge had collapsed.'),
    ('en', 'Earlier versions of this article misstated the year the bridge opened.'),
    ('en', 'An earlier edition of this story gave the wrong date for the hearing.'),
    ('en', "In an earlier draft of this article, the mayor's title was incorrect."),
    ('en', 'Previously, this article stated that the plant employs 400 people. It employs 140.'),
    ('en', 'This article previously stated that the vote took place on Tuesday.'),
    ('en', 'This story originally said the suspect was 19. He is 21.'),
    ('en', "This post has been edited to remove an inaccurate claim about the company's revenue."),
    ('en', "Note: This article has been edited to correct the spelling of the coach's name."),
    ('en', 'A reader pointed out that the map showed the wrong county. We have fixed the error.'),
    ('en', 'Thanks to reader Jane Doe for pointing out the error in the second paragraph.'),
    ('en', "Ed's note: The headline of this story was changed after publication."),
    ('en', 'UPDATE (3/4): The company has since responded; its statement is included above.'),
    ('en', 'This story has been updated throughout.'),
    ('en', '*Correction: The festival runs through Sunday, not Saturday.'),
    ('en', 'Correction, 10:45 a.m.: The total was $4 million, not $40 million.'),
    ('en', "CORRECTION (Sept. 5): A previous version of this story misstated the coach's age."),
    ('en', 'Clarification (May 3): This story has been updated to note that the fee applies only to new members.'),
    ('en', 'We got this wrong: the school board voted 4-3, not 3-4.'),
    ('en', 'Our apologies for the error.'),
    ('en', 'The original version of this story gave an incorrect figure for the budget.'),
    ('en', 'A previous headline on this article overstated the size of the fine.'),
    ('en', '[This story has been corrected. See note at bottom.]'),
    ('en', 'This article has been updated to clarify that the policy applies only to new hires.'),
    ('en', "An item in Saturday's Briefing column gave the wrong time for the parade. It starts at 10 a.m."),
    ('en', 'Due to a reporting error, the story misidentified the winner of the race.'),
    ('en', "In Sunday's paper, a photograph of the new library was incorrectly captioned."),
    ('en', "The story has been updated to remove a reference to the victim's employer."),
    ('en', "This version corrects the spelling of the district attorney's name."),
    ('en', 'Corrects 4th paragraph to say the meeting is on Friday, not Thursday.'),
    ('en', "A caption in Wednesday's edition reversed the names of the two players."),
    ('en', 'This report has been amended to reflect that the charges were dropped.'),
    ('en', 'An earlier version of this story was published in error and has been removed.'),
    ('en', 'A previous version of this article was published before it had been fully edited.'),
    ('en', "Due to incorrect information supplied to us, last week's obituary listed the wrong date of the funeral."),
    ('en', "In last week's issue, we misspelled the name of the new pastor. He is the Rev. John Moore."),
    ('en', 'We regret the mistake and have corrected the article.'),
    ('en', "Last Thursday's front-page story on the school levy contained several errors."),
    ('en', "Information in Friday's story about the fire was incorrect; the house is on Elm Street."),
    ('any', 'This story has been removed because it did not meet our editorial standards.'),
    ('any', 'The Herald has retracted this story.'),
    ('any', 'This article has been withdrawn for legal reasons.'),
    ('any', "Editor's note: This article was removed after we could not verify its central claims."),
    ('any', 'We have decided to unpublish this story after learning that a key source was not who he said he was.'),
    ('any', 'This article has been taken down pending a review.'),
    ('any', 'Retraction: The Gazette retracts its story of May 3 about the school board, which contained false claims.'),
    ('any', 'The story that previously appeared at this address has been removed.'),
    ('any', 'Dieser Artikel wurde nach einer Prüfung zurückgezogen.'),
    ('any', 'Wir haben den Beitrag vorerst offline genommen, weil sich Angaben nicht bestätigt haben.'),
    ('any', 'Cet article a été retiré à la demande de la rédaction.'),
    ('any', "L'articolo è stato rimosso su richiesta dell'interessato."),
    ('any', 'Este texto foi retirado do ar porque continha informações não verificadas.'),
    ('any', 'Dit artikel is offline gehaald omdat het onjuiste informatie bevatte.'),
    ('any', 'KILL: Eds: Please kill the story on the bridge plan, slugged BRIDGE. It contained an incorrect figure.'),
    ('any', '-- Corrects name of chief executive in paragraph 4'),
    ('any', '(Adds comment from ministry in paragraphs 5-6)'),
    ('any', '(Refiles to add dropped word in headline)'),
    ('any', '(Corrects to show company is based in Ohio, not Iowa)'),
    ('any', 'In item headlined "Bridge plan approved" please read in second paragraph ... 12 votes ... instead of ... 21 votes ...'),
]


NOT_NOTES = [
    'On Tuesday, the ministry incorrectly reported the number of new cases, officials later said.',
    'On 3 May, the agency published figures that turned out to be wrong.',
    'On Monday the council published a report that misstated the cost of the bridge, critics say.',
    'The newspaper has since been told by police that the suspect was released.',
    'Police have told us that the road will remain closed until Friday.',
    'The company apologised to customers for the inconvenience caused by the outage.',
    'The minister apologises to Mr Khan for the distress, a spokesman said.',
    'Because of a technical error, the flight was delayed by three hours.',
    'Due to a production error at the factory, 2,000 cars were recalled.',
    'The article has been shared more than 10,000 times since it was published.',
    'The report has been updated annually since 1998 by the statistics office.',
    'A report "Cities at risk" (May 2021) by the institute found that flooding is rising.',
    'In the edition of May 4 of the rival paper, the figure was given as 40.',
    'Die Zeitung hat ihren Fehler inzwischen korrigiert, teilte der Verlag mit.',
    'Le journal a publié un rectificatif après la plainte du maire.',
    'Il quotidiano ha pubblicato una rettifica dopo la protesta del sindaco.',
    'O jornal publicou uma correção depois da reclamação do prefeito.',
    'De krant plaatste een rectificatie na een klacht van de burgemeester.',
    'Wir bitten unsere Leser um Verständnis für die Bauarbeiten am Verlagshaus.',
    'Ci scusiamo con i lettori per il ritardo nella consegna del giornale di oggi.',
    'Possible errors in the data will be corrected in the next release.',
    'Eventuali errori verranno corretti nella prossima versione.',
    'The story of the film is set in 1950, not 1905 as the trailer suggests.',
    'The episode was broadcast on 4 May and drew two million viewers.',
    'On 12 March, a reporter for the Gazette was injured while covering the protest.',
    'The map was updated to show the new district boundaries.',
    'This is a developing story and will be updated.',
    'The market correction wiped 10 per cent off the index on Monday.',
    'Contrary to earlier reports, the suspect was not arrested, police said.',
    'The Times erred in its reporting, the press council found.',
    "Le Figaro s'est trompé en annonçant la démission du ministre, selon Libération.",
]


@pytest.mark.parametrize(("lang", "text"), NOTES)
def test_note_forms_are_found(lang: str, text: str) -> None:
    assert _found(text), f"{lang}: {text}"


@pytest.mark.parametrize("text", NOT_NOTES)
def test_traps_are_not_notes(text: str) -> None:
    assert not _found(text), text


# Headlines over a plain body: a tag or a label addressed to a text of the outlet's is a note;
# another sense of the word is not.
BODY = "The council approved the plan on Monday after a long debate."
HEADLINE_NOTES = [
    'CORRECTED: Council approves bridge plan',
    'Council approves bridge plan (corrected)',
    'Council approves bridge plan - CORRECTED',
    'CORRECTION: Council approves bridge plan',
    'Council approves bridge plan [UPDATED]',
    'RETRACTED: Council approves bridge plan',
    'Retraction: Our story on the bridge plan',
    'WITHDRAWN: Council approves bridge plan',
    'Correction to story on bridge plan',
    'KORREKTUR: Stadtrat beschließt Brückenplan',
    'Berichtigung zum Artikel über den Brückenplan',
    'Rectificatif : le conseil approuve le projet de pont',
    'Rettifica: il consiglio approva il ponte',
    'Correção: Câmara aprova projeto da ponte',
    'Correctie: gemeenteraad keurt brugplan goed',
    'Errata: Council approves bridge plan',
    'Clarification: Council approves bridge plan',
]
HEADLINE_TRAPS = [
    'Correction officers strike over pay',
    'Corrections department to close prison',
    'Correction to stock rally seen as healthy',
    'Clarification of the story behind the mural',
    'Correction on the report of the finance committee expected',
    'Berichtigung der Steuerbescheide dauert Monate',
]


@pytest.mark.parametrize("headline", HEADLINE_NOTES)
def test_headline_notes_are_found(headline: str) -> None:
    assert find_notes(Article(headline=headline, paragraphs=(BODY,))), headline


@pytest.mark.parametrize("headline", HEADLINE_TRAPS)
def test_headline_traps_are_not_notes(headline: str) -> None:
    assert not find_notes(Article(headline=headline, paragraphs=(BODY,))), headline


def test_a_hard_wrapped_note_is_found_across_its_lines() -> None:
    # a note quoted with its line breaks, each line a paragraph, one broken at a name
    paras = ("Because of an editing error, the obituary of Dr. Jane",
             "Holloway yesterday described her as a retired nurse. She",
             "was a retired surgeon.")
    notes = find_notes(Article(headline="Obituaries", paragraphs=paras))
    assert notes and notes[0].kind == "correction"


def test_a_source_answering_the_outlets_item_does_not_veto_it() -> None:
    text = ("A story in Tuesday's paper said the mill employed 300 people. It employs 130, "
            "the company said.")
    assert _found(text)


@pytest.mark.parametrize("text", [
    # a follow-up affirming the outlet's earlier report
    "As we reported on Monday, the council voted to close the pool. The decision angered "
    "residents, one of them said.",
    # someone's mea culpa, told in the third person
    "A Direcção do Jornal faz mea culpa da manchete errada de ontem sobre as contas da câmara.",
])
def test_retellings_and_follow_ups_are_not_notes(text: str) -> None:
    assert not _found(text), text


def test_the_outlets_story_removed_in_the_passive_is_a_withdrawal() -> None:
    text = "The story, published during a staff training exercise, has been removed."
    notes = find_notes(Article(headline="Notice", paragraphs=(text,)))
    assert notes and notes[0].kind == "withdrawal"


@pytest.mark.parametrize("text", [
    "The story has been removed from the website after complaints, the broadcaster said.",
    "The video, filmed by a bystander, was deleted by the platform on Tuesday.",
    "The video, filmed by a bystander, has been removed by the platform.",
])
def test_removals_by_others_are_not_withdrawals(text: str) -> None:
    assert not _found(text), text


def test_a_wire_items_note_that_the_company_corrected_a_figure() -> None:
    paras = ("Qtly div 12 cts vs 10 cts prior", "Pay April 1",
             "NOTE: company corrected record date from March 10")
    assert find_notes(Article(headline="ACME MILLS SETS PAYOUT", paragraphs=paras))


@pytest.mark.parametrize("text", [
    "The company corrected its forecast on Tuesday, citing weaker demand.",
    "Corrected figures show unemployment rose to 5.1 pct in March.",
])
def test_a_company_correcting_its_own_figures_is_news(text: str) -> None:
    assert not find_notes(Article(headline="ACME SETS PAYOUT", paragraphs=("Qtly div 12 cts", text)))
