"""The value reader on the forms notes state values in: sentences written for these tests, one
construction each, read loosely (a note in a house form) and strictly (a paragraph found by its
cues). None is the answer wherever the construction does not mark both edges."""

from __future__ import annotations

import pytest

from versiontrack.audit.values import parse_values

# (text, old, new), the same whether read loosely or strictly.
FORMS = [
    # The aspect with its error adjective, then the fact, in six more languages.
    ("Eine frühere Version dieses Artikels nannte falsche Kosten für die Brücke. Die richtige "
     "Zahl ist 40 Millionen.", None, "40 Millionen"),
    ("Une version précédente de cet article donnait un coût erroné pour le pont. Le bon chiffre "
     "est de 40 millions.", None, "40 millions"),
    ("Una versión anterior de este artículo daba un coste equivocado del puente. La cifra "
     "correcta es 40 millones.", None, "40 millones"),
    ("Una versione precedente di questo articolo riportava un costo sbagliato del ponte. La "
     "cifra corretta è 40 milioni.", None, "40 milioni"),
    ("Uma versão anterior deste artigo indicava um custo errado para a ponte. O valor correto é "
     "40 milhões.", None, "40 milhões"),
    ("Een eerdere versie van dit artikel noemde verkeerde kosten voor de brug. Het juiste bedrag "
     "is 40 miljoen.", None, "40 miljoen"),
    # "described X as Y" with its error word, in five more languages: the wrong name is Y.
    ("Une version précédente de cet article présentait à tort le capitaine du port comme le "
     "maire.", "le maire", None),
    ("Una versión anterior de este artículo describía erróneamente al capitán del puerto como el "
     "alcalde.", "el alcalde", None),
    ("Una versione precedente di questo articolo descriveva erroneamente il capitano del porto "
     "come il sindaco.", "il sindaco", None),
    ("Uma versão anterior deste artigo descrevia erradamente o capitão do porto como o prefeito.",
     "o prefeito", None),
    ("Een eerdere versie van dit artikel beschreef de havenmeester ten onrechte als de "
     "burgemeester.", "de burgemeester", None),
    # French and Italian elided copulas, and an aside before the contrast belonging to neither.
    ("C'était Hale et non Hall.", "Hall", "Hale"),
    ("C'era Rossi e non Bianchi.", "Bianchi", "Rossi"),
    ("Nous nous sommes trompés sur le prénom de la capitaine. C'était Anne (Roe) et non Annie.",
     "Annie", "Anne"),
    ("The harbour master is Ann Roe (Labour), not Ann Rowe.", "Ann Rowe", "Ann Roe"),
    # The Spanish errata formula with the right words first.
    ('En la nota de ayer, donde debía decir "doce" se publicó "veinte".', "veinte", "doce"),
    # "X, not Y" where Y opens with an article: the phrase in front opening with the same one.
    ("The mayor called the plan a windfall, not a giveaway, in her speech on Monday.",
     "a giveaway", "a windfall"),
    ("The statue stands outside the Harbour Museum, not the Customs House.",
     "the Customs House", "the Harbour Museum"),
    ("The painter first exhibited in the 1960s rather than the 1970s as an article said.",
     "the 1970s", "the 1960s"),
    # A preposition before an article goes when the other side has none.
    ("The inquiry was on a tax case, not a fraud case.", "a fraud case", "a tax case"),
    # A name opening "not X in the photo but Y" is the wrong side.
    ("It was not Tom Varga in the photo but Sir Tomas Varga.", "Tom Varga", "Sir Tomas Varga"),
    # Two numbers on a side: the pair counted in one unit.
    ("A column said the bridge was 80 years old. It was built in 1911, 114 years ago.",
     "80 years", "114 years"),
    # A fact whose subject is a name the note gave (the whole phrase, as "referred to X as the
    # county's sheriff. He is the deputy sheriff." gives).
    ("An article misidentified Lena Ostrow as the editor of the Courier. Ostrow is the "
     "publisher of the Courier.", "the editor of the Courier", "the publisher of the Courier"),
    ("A report misstated that the engineer Pia Holm is a man. Holm is a woman.",
     "a man", "a woman"),
    # "misidentified X as Y": X is the right value, its closing name as long as the wrong one.
    ("A caption misidentified the cellist Anna Brel as Anna Berl. It ran on page 4.",
     "Anna Berl", "Anna Brel"),
    # A verdict before the fact is not the fact.
    ("A story wrongly identified the driver as female. That is incorrect, the driver is male.",
     "female", "male"),
    # "..., when in fact ..." sets the claim and the fact apart in one sentence.
    ("A post said the ferry runs daily, when in fact it runs weekly.", "daily", "weekly"),
    # "misquoted X as saying": what was said is the fact.
    ("A profile misquoted Rosa Imhof as saying the gallery would be a warehouse. She said it "
     "would be a workhouse.", "a warehouse", "a workhouse"),
    # A denied claim and the fact in the next sentence.
    ("Jon Aske is not the director of the Fjord Trust, as we had it on Monday. He is the "
     "director of the Coast Fund.", "the director of the Fjord Trust",
     "the director of the Coast Fund"),
    # "misstated that X" against one short clause that says it again.
    ("A headline misstated that the council won a grant for the pier. It won a loan.",
     "a grant", "a loan"),
    # A fact stated first, about the one the misnaming sentence then names.
    ("Ilse Marr is a member of the Green Party. An article on Monday mistakenly referred to "
     "Marr as a Labour councillor.", "a Labour councillor", "a member of the Green Party"),
    # A quotation, an aside, then a fact whose subject the quoting sentence named.
    ("Last week I called the harbourmaster 'Piet Vos'. Three readers wrote in. The "
     "harbourmaster was Kees.", "Piet Vos", "Kees"),
    # A misspelling against the spelling the note gives, not another wrong one it gives.
    ("A profile misspelled the baker's surname as Hollis. And the caption misspelled it as "
     "Hollys. She is Mara Hollins.", "Hollis", "Hollins"),
    # German changes that give both sides: "von X auf Y korrigiert", "das Wort X ... in Y
    # geändert", the misnamed as X with the verb at the end, "sein richtiger Name lautet Y".
    ("Die Zahl der Sitze wurde von 420 auf 240 korrigiert.", "420", "240"),
    ("In einer früheren Fassung stand das Wort Hafenamt. Wir haben es in Hafenmeisterei geändert.",
     "Hafenamt", "Hafenmeisterei"),
    ("In einer früheren Version wurde der Kapitän fälschlich als Ole Brandt zitiert. Sein "
     "richtiger Name lautet Ole Brand.", "Ole Brandt", "Ole Brand"),
    # A German separable verb's particle closes the claim, not the value.
    ("Der Kassenwart gehört nicht dem Vorstand an, sondern dem Beirat.", "dem Vorstand",
     "dem Beirat"),
    # A figure in the earlier version's sentence against the one after "In fact" / "Tatsächlich".
    ("Hinweis: Dieses Bild war in einer früheren Version des Artikels mit 1962 datiert. "
     "Tatsächlich entstand die Aufnahme vermutlich 1966.", "1962", "1966"),
    ("An earlier version of this article gave the lighthouse a height of 40 metres. In fact, it "
     "is 46 metres tall.", "40 metres", "46 metres"),
    # ... or an error word in the claim's sentence and a short answer after it, in any language.
    ("Une version précédente indiquait par erreur 120 passagers. Il y en avait 210.", "120",
     "210"),
    ("Das Museum wurde fälschlicherweise auf 1904 datiert. Es wurde 1894 eröffnet.", "1904",
     "1894"),
    # A quoted "should have read" against the one quotation just before it.
    ("A review called the ferry a \"grey tub\". It should have read \"grey tug\".",
     "grey tub", "grey tug"),
    ("We wrote \"sold\" where we should have written \"leased\": the town still owns the mill.",
     "sold", "leased"),
    # A phrase saying where or when of both sides stays out of the wrong side; a bare noun
    # answers one with its article.
    ("(Corrects to show profit rather than a loss for the second quarter.)", "a loss", "profit"),
    ("(Corrects year-ago figure to profit, instead of loss in the item that ran on Monday.)",
     "loss", "profit"),
    # An error adverb between the reporting verb and what it said, in each language.
    ("Una versión anterior indicaba erróneamente que la feria abrió en junio. Abrió en julio.",
     "junio", "julio"),
    ("Na versão anterior, informamos erroneamente que a feira abriu em junho. Abriu em julho.",
     "junho", "julho"),
    ("Dans une version précédente, nous indiquions par erreur que la foire a ouvert en juin. "
     "Elle a ouvert en juillet.", "juin", "juillet"),
    ("Nella versione precedente abbiamo scritto erroneamente che la fiera ha aperto a giugno. "
     "Ha aperto a luglio.", "giugno", "luglio"),
    # An intensifier after the negation and a clause of how it was said are no part of X.
    ("L'autore non era affatto Marco Bellini, come indicato erroneamente, bensì Marco Bellani.",
     "Marco Bellini", "Marco Bellani"),
    # Two long quotations set against each other are taken whole.
    ("Il fallait lire : \"Le conseil municipal a voté le budget de la piscine après une longue "
     "séance qui s'est prolongée tard dans la nuit, malgré les protestations de l'opposition "
     "municipale\", et non pas \"le conseil municipal a rejeté le budget de la piscine\".",
     "le conseil municipal a rejeté le budget de la piscine",
     "Le conseil municipal a voté le budget de la piscine après une longue séance qui s'est "
     "prolongée tard dans la nuit, malgré les protestations de l'opposition municipale"),
    # "should have been described as X" stops at the sentence's end.
    ("An earlier version described the oak wrongly. It should have been described as young. "
     "This version has been corrected.", None, "young"),
    # "Instead of X, Y should have stood there", the wrong side first, in each language.
    ("In de kop is een fout geslopen. In plaats van Texel had Vlieland vermeld moeten worden.",
     "Texel", "Vlieland"),
    ("Im Titel stand Texel. Statt Texel h\u00e4tte es Vlieland hei\u00dfen m\u00fcssen.", "Texel",
     "Vlieland"),
    ("Au lieu de Texel, il fallait lire Vlieland.", "Texel", "Vlieland"),
    ("Instead of Texel, the headline should have said Vlieland.", "Texel", "Vlieland"),
    ("En lugar de Texel deb\u00eda decir Vlieland.", "Texel", "Vlieland"),
    ("Invece di Texel si doveva scrivere Vlieland.", "Texel", "Vlieland"),
    ("Em vez de Texel, deveria ter sido escrito Vlieland.", "Texel", "Vlieland"),
    # Words given to the wrong person: who they were given to, and who said them.
    ("In a story on Friday, a remark about the fares was misattributed to harbour master Ann "
     "Roe due to an editing error. In fact, ferry captain Ben Poe made the remark.",
     "harbour master Ann Roe", "ferry captain Ben Poe"),
    ("A comment made by councillor Ida Moss was wrongly attributed to Mayor Ben Poe in "
     "Tuesday's story.", "Mayor Ben Poe", "councillor Ida Moss"),
    ("An earlier version of this story incorrectly attributed a quote about the pier to Ann "
     "Roe. The speaker was Ben Poe, the ferry's captain.", "Ann Roe", "Ben Poe"),
    ("The review misattributed a line praising the crew. It was said by Ida Moss.", None,
     "Ida Moss"),
]


# A fact that says the claim again in other words around the value.
RESTATED = [
    # The claim's subject named again, and "actually" between the verb and the fact.
    ("An earlier version of this story said the parcel came from the council depot. The parcel "
     "was actually from a private courier.", "the council depot", "a private courier"),
    # "This has been corrected to X: ...": the count with the unit both sides share.
    ("An earlier version said the lighthouse keeper would retire in three years. This has been "
     "corrected to seven years: he is 58.", "three years", "seven years"),
    # A cleft fact, its focus where the claim's words stood (not "it was Ben Poe who").
    ("An earlier version of this story said Ann Roe opened the ferry museum. In fact, it was "
     "Ben Poe who opened it.", "Ann Roe", "Ben Poe"),
]


@pytest.mark.parametrize(("text", "old", "new"), RESTATED)
def test_a_fact_restating_the_claim(text, old, new):
    assert parse_values(text) == (old, new)


@pytest.mark.parametrize(("text", "old", "new"), FORMS)
def test_form_read_loosely(text, old, new):
    assert parse_values(text) == (old, new)


@pytest.mark.parametrize(("text", "old", "new"), [f for f in FORMS if f[1] and f[2]])
def test_form_read_strictly(text, old, new):
    assert parse_values(text, strict=True) == (old, new)


@pytest.mark.parametrize("text", [
    # An article opening a clause is no noun phrase's: "that the rules apply ...".
    "This article was amended to make clear that the rules cover farms only, not the whole "
    "region.",
    # A changed run that ends on a verb is not one slot.
    "An article said the dam was built by Norcon. The state engineers built it.",
    # "misstated that X" against a long fact with a comma: no answer.
    "A profile misstated that the pilot is a volunteer. According to the operator, she has been "
    "a salaried contractor since the service began.",
    # A name against a phrase in no shared place.
    "A report said the mural was painted by Ilka Sand. The school's pupils painted it over "
    "three summers.",
    # Words given to the wrong person with no one named who said them: what the note goes on
    # to correct may be the words, not the speaker.
    "The second sentence was wrongly attributed to the harbour master. She spoke of sailings.",
    # "instead of" doing something, not a value written instead of another
    "Statt zu warten, h\u00e4tte die Stadt handeln m\u00fcssen.",
    # a cause, not a person
    "The story wrongly attributed the delay to a strike. It was caused by fog.",
])
def test_unmarked_sides_are_none_when_strict(text):
    assert parse_values(text, strict=True) == (None, None)


def test_von_and_auf_that_name_who_and_why_are_no_values():
    # "von" for the one who changed it, "auf" for what prompted it: no two values
    assert parse_values("Der Fahrplan wurde von der Stadt auf Anfrage geändert.") == (None, None)


def test_should_have_read_takes_no_quotation_when_two_stand_before_it():
    # The title and the words it got wrong are both quoted: which one was wrong is not said.
    text = ('The review "Slow boats" called the ferry a "grey tub". It should have read '
            '"grey tug".')
    assert parse_values(text)[0] is None


@pytest.mark.parametrize(("text", "old", "new"), [
    # A quoted count keeps its noun; an unquoted one is the number alone.
    ("A report said the plant employs 'some 900 fitters'. It employs 90 fitters.",
     "900 fitters", "90 fitters"),
    ("A report said the plant employs 900 fitters. It employs 90 fitters.", "900", "90"),
])
def test_counted_nouns(text, old, new):
    assert parse_values(text) == (old, new)


# A claim and a fact the note marks as the fact ("In fact, ...", "This was false.", "the actual
# result:"), when no single value answers: the claim's clause against the fact's clause. The
# marker sets both sides apart, so a paragraph found by its cues (strict) gives them too.
CLAUSES = [
    ("An earlier version of this article said the ferry company had gone bankrupt. In fact, "
     "a rival operator bought the ferry company in May.",
     "the ferry company had gone bankrupt", "a rival operator bought the ferry company in May"),
    # a concession before the fact, and who says so after it, are not the fact
    ("A report incorrectly stated that the choir was disbanded in 2001. In fact, while it lost "
     "its funding that year, the choir kept singing in a church hall, its archive shows.",
     "the choir was disbanded in 2001", "the choir kept singing in a church hall"),
    # a quotation that closes the claim is the claim
    ("A column said the museum's new wing was \"a complete flop\". In fact visitor numbers "
     "doubled in the wing's first year.",
     "a complete flop", "visitor numbers doubled in the wing's first year"),
    # a verdict sentence between claim and fact
    ("An earlier version stated that the mayor had banned cars from the old town. This was "
     "false. The mayor proposed limits on cars in the old town.",
     "the mayor had banned cars from the old town",
     "The mayor proposed limits on cars in the old town"),
    # the fact in the claim's own sentence, after "the actual <noun>"
    ("We said \"the home side cruised to victory\" -- a generous reading of the actual score: "
     "hosts 2, visitors 1.", "the home side cruised to victory", "hosts 2, visitors 1"),
    # "we should make clear that ..." opens the fact
    ("We said the plan had \"no money for parks\". We should make clear that the plan sets "
     "aside money for parks in its second year.",
     "no money for parks", "the plan sets aside money for parks in its second year"),
    ("Wir schrieben, dass die Fähre eingestellt wird. Tatsächlich fährt die Fähre weiter, "
     "nur seltener.", "die Fähre eingestellt wird", "fährt die Fähre weiter, nur seltener"),
]


# "called X a Y. In fact, it is a Z.": the claim's indefinite phrase against the fact's, and a
# claim too long to be the wrong value by itself gives none.
CALLED = [
    ("A previous version of this story called the council's aid for the mill a grant. In fact, "
     "it is a loan.", "a grant", "a loan"),
    ("An earlier version called the ferry operator's new vessel a catamaran. In fact, it is a "
     "monohull.", "a catamaran", "a monohull"),
]


@pytest.mark.parametrize(("text", "old", "new"), CALLED)
def test_called_it_one_thing_in_fact_another(text, old, new):
    assert parse_values(text) == (old, new)


# A unit written onto the figure is part of the value; a note in Markdown emphasis keeps its
# marks out of it.
ATTACHED_UNITS = [
    ("We incorrectly stated that the recommended dose of the syrup is 200mg. In fact the "
     "correct dose is 20mg.", "200mg", "20mg"),
    ("_(Editor's note: an earlier version of this post incorrectly stated that the bridge was "
     "40m long. It is 60m long.)_", "40m", "60m"),
    ("The council said the limit is 30mph, not 20mph.", "20mph", "30mph"),
]


@pytest.mark.parametrize(("text", "old", "new"), ATTACHED_UNITS)
def test_a_unit_written_onto_the_figure_is_kept(text, old, new):
    assert parse_values(text) == (old, new)


def test_a_long_claim_is_not_read_whole_as_the_wrong_value():
    text = ("A story incorrectly reported that the festival in the park would be held on the "
            "first weekend of the month with free entry. In fact, tickets for the festival are needed "
            "this year.")
    assert parse_values(text) == (None, None)


@pytest.mark.parametrize(("text", "old", "new"), CLAUSES)
def test_claim_and_fact_clauses(text, old, new):
    assert parse_values(text) == (old, new)
    assert parse_values(text, strict=True) == (old, new)


@pytest.mark.parametrize("text", [
    # a fact that replaces nothing in the claim: no clause is the new value
    "An article said the pool would reopen in May. In fact no date has been set.",
    # "This was incorrect." and no fact: where the wrong part of the claim ends is not said
    "This report originally alleged that the coach was fined for the brawl at the stadium. "
    "This was incorrect.",
    # a clause after "sondern" answers the claim's verb, not the phrase after "nicht"
    "Die F\u00e4hre \"h\u00e4lt\" also nicht am Kai, wie zuerst beschrieben, sondern sie "
    "\"ankert\" drau\u00dfen.",
])
def test_claims_without_an_answering_fact(text):
    assert parse_values(text) == (None, None)


# "not X but Y" where one preposition heads both, in each language; "X, not Y" where the wrong
# side is a phrase after another preposition, a possessive name, or a time span.
PAIRS = [
    ("The blaze was not caused by a candle but by a faulty heater.", "a candle",
     "a faulty heater"),
    ("The library will not close in June but in September.", "June", "September"),
    ("Die Messe beginnt nicht am 3. Mai, sondern am 5. Mai.", "3. Mai", "5. Mai"),
    ("Le festival n'a pas lieu à Nantes mais à Rennes.", "Nantes", "Rennes"),
    ("Il faro non è stato restaurato nel 1950 ma nel 1960.", "1950", "1960"),
    ("A feira não decorre em Braga, mas em Guimarães.", "Braga", "Guimarães"),
    ("Il curatore non è Marco Ferri, bensì Mario Ferri.", "Marco Ferri", "Mario Ferri"),
    ("O autor não é João Lobo, mas sim José Lobo.", "João Lobo", "José Lobo"),
    ("It was the Green party, not the Liberals, that proposed the levy.", "the Liberals",
     "the Green party"),
    ("An earlier version said the clinic had 40 beds. It should have said 60 beds.",
     "40 beds", "60 beds"),
    ("A story on Monday wrongly said the hearing would start in March. It will start in May.",
     "March", "May"),
    ("Abbiamo scritto che la fiera apre a maggio. Invece apre a giugno.", "maggio", "giugno"),
]


@pytest.mark.parametrize(("text", "old", "new"), PAIRS)
def test_contrast_pairs(text, old, new):
    assert parse_values(text) == (old, new)


# More forms of "X, not Y" and of a claim and its fact, in sentences of our own.
MORE = [
    # another preposition before the same noun: the prepositions are the change
    ("The guide waited among trees near the gate, not in the trees, as we reported.",
     "in the trees", "among trees"),
    # a time span against the figure that closes the fact
    ("The pool must be heated 12 hours a day, not from 8 a.m. to noon.", "from 8 a.m. to noon",
     "12 hours a day"),
    # a possessive name against the last possessive name, a title's colon and all
    ("Harbor Press published Ann Lee's novel Rain: A Life in Pieces, not Bo Park's memoir "
     "Tides as we said.", "Bo Park's memoir Tides", "Ann Lee's novel Rain: A Life in Pieces"),
    # "misstated where ...": the next sentence, when it speaks of the same things
    ("A story misstated where the two rowing clubs were founded. The Elm club was founded in "
     "Oxford; the Ash club was founded in Reading.", None,
     "The Elm club was founded in Oxford; the Ash club was founded in Reading"),
    # "..., but it ..." in the claim's sentence
    ("The story said the roof cost $40 million, but it cost $14 million.", "$40 million",
     "$14 million"),
    # an aspect noun for a figure: the one figure the next sentence gives
    ("The article misstated the population of the island. It is about 52,000.", None, "52,000"),
    # passive "it was said" forms
    ("In dem Artikel wurde behauptet, die Halle habe 40 Sitze. Tatsächlich hat sie 14 Sitze.",
     "40", "14"),
    ("In het artikel stond abusievelijk dat de sluis in 1990 werd gebouwd. Dat was in 1994.",
     "1990", "1994"),
    ("Foi publicado que a ponte tem 200 metros. Na verdade, tem 250 metros.", "200 metros",
     "250 metros"),
    ("Il était écrit que le quai mesurait 200 mètres. Il mesure en réalité 250 mètres.",
     "200 mètres", "250 mètres"),
    # "pct" is a share: "15 pct, not 1.5 pct"
    ("Please read in third paragraph 15 pct, not 1.5 pct.", "1.5 pct", "15 pct"),
    # an ordinal against an ordinal, not the words after it
    ("An earlier version said that Ms. Ode was the first woman to chair the board. She was "
     "the second.", "first", "second"),
    # a year aspect and a fact with no copula: the one year it gives
    ("The story misstated the year the foundry closed. It closed in 1968.", None, "1968"),
    # the aspect as the subject of a passive, and the fact after it
    ("The surname of the winning rower was misspelled in Monday's edition. She is Ida Vance.",
     None, "Ida Vance"),
    ("The date of the recital was wrong in an earlier version. It is June 5.", None, "June 5"),
    ("The age of the diver was given incorrectly. He is 61.", None, "61"),
    ("Der Name der Dirigentin wurde falsch geschrieben. Richtig ist: Jana Wolf.", None,
     "Jana Wolf"),
    ("Im Bericht war das Datum falsch angegeben. Richtig ist der 7. Juni.", None, "7. Juni"),
    # "incorrectly stated/reported X as Y" reads like "misidentified X as Y"
    ("An earlier version incorrectly stated the length of the pier as 900 feet. It is 90 feet.",
     "900 feet", "90 feet"),
]


@pytest.mark.parametrize(("text", "old", "new"), MORE)
def test_more_forms(text, old, new):
    assert parse_values(text) == (old, new)


# Boundaries and orientation that hold across forms and languages (sentences of our own).
BOUNDS = [
    # "wie wir berichteten", "como informamos" ... close the wrong side
    ("Die Kapellmeisterin heißt Ina Kroll, nicht Ina Knoll, wie wir berichteten.", "Ina Knoll",
     "Ina Kroll"),
    ("La directora se llama Ana Mora, y no Ana Moro, como informamos.", "Ana Moro", "Ana Mora"),
    # a date or a year after one preposition: the date, not the verb after it
    ("De sluis werd in 1921 gebouwd, niet in 1912.", "1912", "1921"),
    ("La torre se terminó en 1921, no en 1912.", "1912", "1921"),
    ("Das Fest findet nicht am 4. Juni, sondern am 6. Juni statt.", "4. Juni", "6. Juni"),
    ("La fête a lieu non pas le 4 juin mais le 6 juin.", "4 juin", "6 juin"),
    ("La mostra non apre il 4 giugno ma il 6 giugno.", "4 giugno", "6 giugno"),
    ("A feira não abre no dia 4 de junho, mas no dia 6 de junho.", "4 de junho", "6 de junho"),
    # a quotation keeps its edges against an amount
    ('Die Anlage spart nicht "9000 Liter Wasser", sondern 900 Liter.', "9000 Liter Wasser",
     "900 Liter"),
    # the naming verbs state the fact: "Er heißt Y", "Se llama Y"
    ("Der Trainer wurde irrtümlich als Jonas Brandl bezeichnet. Er heißt Jonas Brandt.",
     "Jonas Brandl", "Jonas Brandt"),
    # two corrections: the misspelling stated first, not the contrast after it
    ("A review misspelled Corinna Vale's first name as Corina, and it called the show a "
     "\"romp for kids\" rather than a \"romp for all\".", "Corina", "Corinna"),
    # "should have been to <name>": the names after the same preposition
    ("A column likened the tenor to Ugo Rana. The likeness should have been to the baritone "
     "Ugo Rota.", "Ugo Rana", "Ugo Rota"),
    # ... and where the value after the preposition starts is not marked: None
    ("A column likened the tenor to Ugo Rana. The likeness should have been to the baritone "
     "of the town choir.", None, None),
    # the fact first, about a name; an "In fact" after the error speaks of someone else
    ("Ada Brook is the candidate for the Harbour Party in the east ward. A story on Friday "
     "mistakenly said she is standing for the Orchard Party. In fact, the Orchard Party's "
     "candidate is Len Dray.", None, None),
    ("Ada Brook is the candidate for the Harbour Party. A story on Friday mistakenly said Ada "
     "Brook is the candidate for the Orchard Party.", "the Orchard Party", "the Harbour Party"),
    # a naming verb alone in a sentence about an earlier version, the fact after a comma
    ("Anmerkung der Redaktion: In einer früheren Version wurde die Malerin Ida Roos als dänisch "
     "bezeichnet, sie war Schwedin.", "dänisch", "Schwedin"),
    # an aside inside the fact is no part of it
    ("Correction: An earlier version of this story reported that the post was from the agency. "
     "It was, in fact, by a satirical news site.", "the agency", "a satirical news site"),
    # one quotation inside each side: the quotations
    ("Correction: A story misquoted Ann Roe. She said the coach was prone to giving players "
     "'easy minutes,' not that he had 'lazy drills.'", "lazy drills", "easy minutes"),
]


@pytest.mark.parametrize(("text", "old", "new"), BOUNDS)
def test_bounds_across_forms(text, old, new):
    assert parse_values(text) == (old, new)


def test_a_figure_wrongly_given_at_is_read_even_strictly():
    # the one side a cue-found paragraph states by itself: "incorrectly put at <figure>"
    text = "In an earlier version of this post the crowd was incorrectly put at 12,000."
    assert parse_values(text, strict=True) == ("12,000", None)


# Forms met in real notes outside the dev set (sentences written for these tests).
OURS = [
    # a name against a name, then what describes the right one after a comma
    ("Correção: A fábrica não fica em Lagoa Seca, mas em Bananeiras, no brejo paraibano.",
     "Lagoa Seca", "Bananeiras"),
    ("Correction: The prize went not to Ida Marsh but to Cora Penn, a teacher in Hull.",
     "Ida Marsh", "Cora Penn"),
    # a German separable verb's particle closes the clause after "sondern"
    ("Berichtigung: Das Konzert fand nicht in Bamberg, sondern in Erlangen statt.",
     "Bamberg", "Erlangen"),
    # "not X but Y" after an earlier negation: the one nearest "but"
    ("Errata: non avevamo notato che la firma non era di Lia Conti, come scritto, bensì di "
     "Lia Conte.", "Lia Conti", "Lia Conte"),
    # "X instead of Y" after the newsroom's own act: X is what it wrote
    ("Correction: We wrote Thursday instead of Friday.", "Thursday", "Friday"),
    ("Per una svista abbiamo attribuito la statua a Verona anziché a Vicenza.",
     "Verona", "Vicenza"),
    ("Korrektur: Wir haben Freiburg statt Friedberg geschrieben.", "Freiburg", "Friedberg"),
    # ... and not where the sentence says what should have been written
    ("Correction: We should have written Thursday instead of Friday.", "Friday", "Thursday"),
    # the wrong side alone, marked by the verb and its sentence's end
    ("In a May 3 post, Ida Marsh incorrectly referred to the rusty fungus as a mould.",
     "a mould", None),
    ("In a May 3 post, Ida Marsh misidentified the kestrel as a falcon. Kestrels nest in "
     "towers.", "a falcon", None),
    # a bare word answers the word that describes the noun
    ("In a May 3 post, Ida Marsh mistakenly described the fair as a weekly market. It is "
     "monthly.",
     "weekly", "monthly"),
    # an aside between the negation and the wrong side
    ("Berichtigung: Der Ort hat nicht, wie gestern gemeldet, 4000, sondern 40 000 Einwohner.",
     "4000", "40 000"),
    # two titles opening with one word, each up to its name's end
    ("Correção: Ana Reis não era Secretária da Fazenda na época, mas Secretária da Cultura do "
     "governo estadual.", "Secretária da Fazenda", "Secretária da Cultura"),
    # an error word before "X instead of Y" marks X as the claim
    ("Correction: The date was wrongly given as 'May 3, 2019' instead of 'May 3, 2018'.",
     "May 3, 2019", "May 3, 2018"),
    # "should have written" in other languages, before a quotation
    ("Une erreur s'est glissée. Nous aurions dû écrire : « La piscine rouvrira l'an "
     "prochain. » Nos excuses.", None, "La piscine rouvrira l'an prochain"),
    ("Wir hätten schreiben müssen: „Das Freibad öffnet im Juni.“", None,
     "Das Freibad öffnet im Juni"),
    # a phrase that calls itself wrong is the note's talk, not a value
    ("Ce qui compte est la sécurité des nageurs et non l'information erronée sur la piscine.",
     None, None),
    # two different people doing different things: the names
    ("Ada Lovell composed the hymn. A story on Friday incorrectly stated that Mary Grant "
     "wrote the hymn.", "Mary Grant", "Ada Lovell"),
    # a one-word misspelling against the whole name, read strictly too
    ("Correction: A column misspelled the middle name of a professor. She is Lena Marikova "
     "Holt, not Marikava.", "Marikava", "Lena Marikova Holt"),
    # a day of a date is no count
    ("February has 28 days this year. A story Tuesday mistakenly said the deadline falls on "
     "Feb. 29.", None, None),
    # number words in other languages, and "Es sind aber ..." as the fact
    ("Korrektur: In einer früheren Version stand, dass der Chor neun Mitglieder hat. Es sind "
     "aber zehn.", "neun", "zehn"),
    # a count of four digits is no year; "Es waren ..." after the verdict
    ("Korrektur: In einer früheren Version stand, dass 1312 Anträge eingingen. Das ist falsch. "
     "Es waren 1231.", "1312", "1231"),
    # the fact framed like the claim: the run between the same first and last words
    ("Korrektur: In einer früheren Version hieß es, die Mauer sei im Jahr 122 vor Christus "
     "gebaut worden. Richtig ist 122 nach Christus.", "122 vor Christus", "122 nach Christus"),
    # a naming verb alone in a sentence about an earlier version, and a particle after "ist"
    ("Editor's note: An earlier version of this article described the painter Ida Roos as "
     "Danish. She was Swedish.", "Danish", "Swedish"),
    ("In einer früheren Version haben wir Herrn Ott fälschlicherweise als Arzt bezeichnet. Er "
     "ist aber Apotheker.", "Arzt", "Apotheker"),
    # a pro-form and a plain negation are no sides; a closing line is no fact
    ("Korrektur: In einer ersten Version hieß es, der Verein sei aufgelöst, dem ist nach Angaben "
     "des Vorstands nicht so. Der Fehler wurde behoben.", None, None),
    # "Richtig ist aber das Jahr ...": the year; a number word before "(en niet N"
    ("Korrektur: In einer früheren Version hieß es, die Brücke sei bis 1962 nicht befahrbar "
     "gewesen. Richtig ist aber das Jahr 1967.", "1962", "1967"),
    ("Het gaat om vier cafés (en niet 40, zoals gisteren abusievelijk in deze krant werd "
     "gemeld) in de binnenstad.", "40", "vier"),
    # the same value on both sides states no change
    ("Correction: It is marine biology -- not oceanography, a broader field that includes "
     "marine biology.", None, None),
    # the subject named again in other words before the same verb
    ("A review misstated that the Harbour Quartet is from Leith. The ensemble is from Perth.",
     "Leith", "Perth"),
    # the outlet's text as the naming verb's subject, a noun subject after "In fact", and the
    # second thing said of it left out
    ("A story published May 4 about the ferry identified the Kilbeg Trust as an operator of "
     "ferries. In fact, it is a heritage society.", "an operator of ferries",
     "a heritage society"),
    ("Our story described the trust as a charity. In fact, the trust is a community company "
     "and does not hold charity status.", "a charity", "a community company"),
]


# What was wrong named as the verb's object ("stated the distance from X to Y"): no claim
# to read; the fact sentence gives the value when read loosely.
@pytest.mark.parametrize(("text", "new"), [
    ("A previous version of this story incorrectly stated the distance from Leith to Perth. The "
     "distance is about 40 miles.", "40"),
    ("An earlier version of this post inaccurately cited the percent of harbour workers who "
     "cycle. It is 21%.", "21%"),
])
def test_an_aspect_named_as_the_object_is_no_claim(text, new):
    assert parse_values(text) == (None, new)
    assert parse_values(text, strict=True) == (None, None)


@pytest.mark.parametrize(("text", "old", "new"), [
    ("CORRECTION: This article first said the final is to be held in Tempe, Ariz. It will be "
     "held in Mesa, Ariz.", "Tempe, Ariz.", "Mesa, Ariz."),
    ("The depot is in Camden, N.J., not Trenton, N.J.", "Trenton, N.J.", "Camden, N.J."),
])
def test_a_place_keeps_the_state_the_text_gives_after_it(text, old, new):
    assert parse_values(text) == (old, new)


def test_the_fact_first_then_what_an_earlier_version_called_her():
    text = ("Ada Lind is a professor of marine biology at the Harbour Institute. An earlier "
            "version of this article referred to her as an associate professor.")
    assert parse_values(text) == ("an associate professor", "a professor of marine biology")
    # a wrong name is answered by the name the note gives, not by what is said of them
    named = ("Ada Lind is the harbour master. An earlier version of this article misidentified "
             "her as Ada Lund.")
    assert parse_values(named)[0] == "Ada Lund"
    assert parse_values(named)[1] != "the harbour master"


def test_the_first_correction_told_is_read_before_a_later_contrast():
    text = ("CORRECTION: An earlier version of this article said that the port has 3,990 berths. "
            "It has 3,979. So the total without the marina would be 3,938, not 3,949.")
    assert parse_values(text) == ("3,990", "3,979")


@pytest.mark.parametrize(("text", "old", "new"), OURS)
def test_forms_met_in_real_notes(text, old, new):
    assert parse_values(text) == (old, new)
    assert parse_values(text, strict=True) == (old, new)


def test_a_circumstance_the_fact_does_not_repeat_is_cut_when_read_strictly():
    text = ("A story published Monday incorrectly reported that the harbour school was evacuated "
            "at the time of the storm. In fact, the school was locked down.")
    assert parse_values(text, strict=True) == ("evacuated", "locked down")


@pytest.mark.parametrize(("text", "old", "new"), [
    # German "nicht in X, sondern in Y" with the participle last (but "von Y selbst" whole)
    ("Die Glocke wurde nicht in Kappeln, sondern in Arnis gegossen.", "Kappeln", "Arnis"),
    # amounts told with a word of magnitude, against the year beside them
    ("Il fallait lire que le port devrait recevoir 12 milliards de dollars en 2030, et non 12 "
     "millions comme indiqué.", "12 millions", "12 milliards de dollars"),
    ("Il valore del porto è mille miliardi di euro, non un miliardo (p. 12).", "un miliardo",
     "mille miliardi di euro"),
    # a change from one figure to another, told with the verb first, in four languages
    ("Cambiamos el titular de 12 a 14 y añadimos el perfil del capitán.", "12", "14"),
    ("Corrigimos o número de barcos de 12 para 14.", "12", "14"),
    ("Nous avons corrigé le nombre de ferries de 12 à 14.", "12", "14"),
    ("Het aantal veerboten is van 12 naar 14 aangepast.", "12", "14"),
    # "X, e non Y come erroneamente comunicato": the aside is no part of Y
    ("Il comandante era Luca, e non Marco come erroneamente comunicato in precedenza.",
     "Marco", "Luca"),
    # "donde escribí X debí haber escrito Y"
    ("Fe de errores: donde arriba escribí puerto debí haber escrito muelle.", "puerto",
     "muelle"),
    # an amount inside the quoted claim, against the amount the fact gives
    ('Korrektur: In einer früheren Version war von "Schäden in Höhe von drei Millionen Euro" '
     'die Rede. Richtig ist "drei Milliarden".', "drei Millionen Euro", "drei Milliarden"),
    # a quotation changed into another
    ('In einer früheren Version stand, die Fähre sei "zu 15 Prozent" ausgelastet. Dies wurde '
     'in "zu 50 Prozent" korrigiert.', "zu 15 Prozent", "zu 50 Prozent"),
    # "durch ... "Y" ersetzt"; "Es handelt sich aber um eine Y Z" against "als X Z bezeichnet"
    ('Korrektur: In einer früheren Version stand, dass Ines Vogt "Hafenmeisterin" sei. Das ist '
     'falsch und wurde durch die richtige Bezeichnung "Lotsin" ersetzt.', "Hafenmeisterin",
     "Lotsin"),
    ("Korrektur: In einer früheren Version war die Reederei als dänische Firma bezeichnet "
     "worden. Es handelt sich aber um eine norwegische Firma.", "dänische", "norwegische"),
    # an amount in reais with its scale: "R$ 47 bilhões" / "R$ 49,7 bilhões"
    ("O texto informava que o porto recebeu R$ 47 bilhões. Na verdade, recebeu R$ 49,7 "
     "bilhões.", "R$ 47 bilhões", "R$ 49,7 bilhões"),
    ("Ao contrário do publicado, o porto recebeu R$ 49,7 bilhões, e não R$ 47 bilhões.",
     "R$ 47 bilhões", "R$ 49,7 bilhões"),
    # a long name "referred to as" one spelt alike
    ("This article was amended to reflect that the body is the North Sea Harbour Council. An "
     "earlier version referred to it as North Sea Harbor Commission.",
     "North Sea Harbor Commission", "North Sea Harbour Council"),
    # a figure, then what both figures count: "l'épisode 9 et non 8 de la série"
    ("Erratum : il s'agit de l'épisode 9 et non 8 de la série sur le port.", "8", "9"),
    ("Correction: it is part 9, not 8 of the harbour series.", "8", "9"),
    # a name given another name, in the Dutch and German passive
    ("Er stond een fout in het stuk over de veerdienst: Anna de Wit wordt Anne de Wit genoemd.",
     "Anne de Wit", "Anna de Wit"),
    # a quotation for a quotation: "mit dem Satz zitiert: ... Richtig muss es heißen: ..."
    ("In der Ausgabe vom Montag wird der Hafenmeister mit dem Satz zitiert: »Die Fähre fährt "
     "nicht mehr«. Richtig muss es heißen: »Die Fähre fährt im Winter nicht.«",
     "Die Fähre fährt nicht mehr", "Die Fähre fährt im Winter nicht"),
])
def test_forms_met_in_the_other_languages(text, old, new):
    assert parse_values(text, strict=True) == (old, new)



@pytest.mark.parametrize(("text", "old", "new"), [
    # Spanish ", no X" answers a name or a day as it answers a figure (Portuguese ", no X" is
    # "in the X" and stays a figure's or a date's only)
    ("La capitana del puerto se llama Rosa Vidal, no Rosa Vidas.", "Rosa Vidas", "Rosa Vidal"),
    ("La asamblea del puerto es el viernes, no el jueves.", "el jueves", "el viernes"),
    # a time after the articulated preposition: "alle dieci, non alle nove", "om tien uur"
    ("Il traghetto per l'isola parte alle dieci, non alle nove.", "nove", "dieci"),
    ("De veerboot naar het eiland vertrekt om tien uur, niet om negen uur.", "negen uur",
     "tien uur"),
    ("A balsa para a ilha sai às dez, e não às nove.", "nove", "dez"),
])
def test_a_name_a_day_or_an_hour_set_against_another_in_four_languages(text, old, new):
    assert parse_values(text) == (old, new)


def test_a_portuguese_in_the_after_a_comma_is_no_value() -> None:
    assert parse_values("O jogo foi disputado em Lisboa, no Estádio da Luz.") == (None, None)


@pytest.mark.parametrize("text", [
    "Es hätte heißen müssen: 40 Liegeplätze.",
    "Il fallait lire 40 anneaux.",
    "Debió decir 40 amarres.",
    "Leggasi 40 ormeggi.",
    "Er had moeten staan: 40 ligplaatsen.",
])
def test_the_reading_formula_gives_what_should_have_stood(text: str) -> None:
    old, new = parse_values(text)
    assert old is None and new is not None and new.startswith("40")


def test_the_notes_own_opening_is_no_fact_before_the_claim() -> None:
    # "This article was amended on <date>." opens the note; the claim after it has no answer
    assert parse_values("This article was amended on 3 May 2024. An earlier version said the "
                        "pier is 200 metres long.") == (None, None)
    assert parse_values("The fair opens on 12 July. An earlier version said 21 July.") == (
        "21 July", "12 July")


@pytest.mark.parametrize(("text", "old", "new"), [
    ("Ann Roe was a lecturer at Hull University, not York University as we wrongly said.",
     "York University", "Hull University"),
    ("The harbour master was a trustee of Fenwick College, not Barrow College, as stated.",
     "Barrow College", "Fenwick College"),
    # the subject still answers a name the complement does not end with
    ("Montpelier is the capital of Vermont, not Burlington.", "Burlington", "Montpelier"),
])
def test_the_name_closing_the_complement_answers_a_name_with_its_last_word(text, old, new):
    assert parse_values(text) == (old, new)


# Facts told after how the newsroom learnt them, as a weekday, as a count with its noun, and a
# claim and fact whose verbs differ only in their ending.
LATER_FORMS = [
    ("A story on Monday said the ferry carried 1,316 passengers a day. We now understand that "
     "the correct figure is 1,094.", "1,316", "1,094"),
    ("A story on Monday said the harbour master was 45. We have since learned that she is 54.",
     "45", "54"),
    ("An item in the briefing in Sunday's paper said a seal swam into the marina on Friday. It "
     "was Thursday.", "Friday", "Thursday"),
    ("An article said 31 ferries were withdrawn. The correct number is 28 ferries withdrawn over "
     "the winter.", "31", "28"),
    ("Our profile incorrectly described him as favouring grey jumpers. He favoured navy jumpers.",
     "grey", "navy"),
]


@pytest.mark.parametrize(("text", "old", "new"), LATER_FORMS)
def test_facts_after_a_lead_in_a_weekday_a_count_and_an_inflected_verb(text, old, new):
    assert parse_values(text) == (old, new)


def test_two_weekdays_in_the_claim_answer_nothing():
    # which of the two the fact replaces is not said
    assert parse_values("A story said the seal arrived on Friday and left on Sunday. It was "
                        "Thursday.") == (None, None)
