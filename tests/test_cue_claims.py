"""Cue families for notes that set a claim of the outlet's own text against the fact (issue 11):
a fact after "..., not ..." in the next sentence, a short fact answering "we/our ... said",
a dated corrections-column item answered by a short fact or by a source's denial, an item named
by its quoted title and date, "make it clear", apologies in the outlet's voice, the writer of a
signed post admitting an error, a check the newsroom failed to make, "not X ... but rather Y"
beside the outlet's own text, broadcasters' corrections-page items, a note naming itself ("A
correction to a March 2 story ...") and a breach of the outlet's own standards after the item;
with the news paragraphs of the same shapes they must not take.

Every sentence here is written for this test, in the forms newsrooms use.
"""

from __future__ import annotations

import pytest

from versiontrack.audit.notes import detect_paragraph, find_notes
from versiontrack.models import Article

NOTES = [
    # "contrary to" what the outlet reported; "our report" in Portuguese
    ("correction", "Contrary to an earlier report, the ferry did not sink. It ran aground near "
                   "the harbour."),
    # "It is actually ..." after what the outlet said
    ("correction", "We said the tower was 90 metres tall. It is actually 120 metres."),
    # a wire desk's kill
    ("withdrawal", "Editors: Please disregard the earlier item on the ferry strike. It was sent "
                   "in error."),
    # "However, ..." after what a story stated
    ("correction", "A story on Sunday stated that the bridge was built in 1920. However, records "
                   "show it opened in 1924."),
    ("correction", "Diferentemente do que informou nossa reportagem, o secretário tem 52 anos, e "
                   "não 49."),
    # a claim, then the fact against another in the next sentence
    ("correction", 'In "Winter swims" (12 January, Local) the pool was placed in the old '
                   "harbour. The pool is in the marina, not the harbour."),
    ("correction", "In der Meldung über das Stadtfest vom 4. Mai wurde der Umzug auf Sonntag "
                   "gelegt. Er findet am Samstag statt, nicht am Sonntag."),
    # the outlet's claim in its own voice, then a short fact
    ("correction", "In last week's books page we referred to the novelist Ada Quill as Irish. "
                   "She is Welsh."),
    ("correction", "Our preview of the folk festival on Thursday put it in Hollins Park. It is "
                   "in Mere Park."),
    # a dated item of a corrections column, answered by a short fact or by a source's denial
    ("correction", "An item in the Sports section on Monday described the coach as a former "
                   "goalkeeper. He was a defender."),
    ("correction", "Two March 4 stories on the harbour dredging said the council had approved "
                   "the contract. The council says it did not vote on it."),
    # an item named by its quoted title and date, with the claim and the fact
    ("correction", "In 'Salt and stone' (May 2nd) we put the quarry's yearly output at 90,000 "
                   "tonnes. It is 9,000 tonnes."),
    # "make it clear"
    ("clarification", "In a report on the ferry strike it was stated that all sailings were "
                      "cancelled. We would like to make it clear that the island service ran as "
                      "normal."),
    # apologies in the outlet's voice, beside its own text named
    ("correction", "In Saturday's gardening column we gave the wrong month for planting garlic. "
                   "We are very sorry for the mistake."),
    # an item named by its quoted title, its error and a short apology
    ("correction", "In 'A map of quiet roads' (June 3rd) we placed the village of Elm Cross in "
                   "Dorset; it lies in Somerset. Apologies to its residents."),
    # a wire's parenthetical in the passive; "we said ...; it will ..."
    ("correction", "(The June 2 story was corrected to show the mine employs 400 people, not 4,000)"),
    ("update", "(The June 2 story was refiled to add a photograph of the mine)"),
    ("correction", "(The June 2 story was refiled to fix a typo in the second paragraph)"),
    ("correction", "We said the new terminal would cost $40 million; it will cost $400 million."),
    # the claim judged and the real value given beside it
    ("correction", "In our match report on Sunday we said the visitors \"routed\" the home side, "
                   "a misleading way of describing the actual result: 2-1."),
    # the writer of a signed post, in the first person
    ("correction", "Working from the scanner in a hurry, I mistakenly identified the driver as a "
                   "parolee. He has no criminal record."),
    # a check the newsroom did not make, admitted (en, it)
    ("correction", "In Monday's story on the mill closure we named a plant manager who does not "
                   "work there; we failed to verify the name with the company."),
    ("correction", "Ieri non abbiamo avuto la prudenza di verificare la notizia dell'incendio al "
                   "porto, che non è mai avvenuto."),
    # "not X ... but rather Y" beside the outlet's own text
    ("correction", "The ferry was never carrying the 300 passengers we cited in our Sunday report, "
                   "but rather about 120."),
    # an apology in the outlet's voice with the fact set against another
    ("correction", "Toutes nos excuses : la fête du port a lieu samedi, pas dimanche."),
    # a broadcaster's corrections page: the programme's name, the day first
    ("correction", "Evening Bulletin: On March 3 a story on the ferry strike incorrectly stated "
                   "that all crossings were cancelled. The island service ran as normal."),
    ("correction", "News Online: on 9 April in the headline of a story about the harbour works the "
                   "contractor was incorrectly named as Reed Marine. It is Reed Civil."),
    # an impersonal passive, with the broadcast named; a fact that "has not been" so
    ("correction", "It was wrongly reported in the 6 p.m. newscast on May 2 that the mayor had "
                   "resigned. In fact, the mayor has not resigned."),
    # a note naming itself and what it corrects
    ("correction", "A correction to a March 2 story about the lighthouse: it was built in 1871, "
                   "and the keeper's cottage came later."),
    ("clarification", "A clarification of Monday's report on the school merger: the board has "
                      "not yet set a date for the vote."),
    # an item, then the outlet's own standards said to be breached
    ("correction", "A photograph on the front of Sunday's Travel section was altered to remove a "
                   "crane from the skyline. Altering an image this way is not consistent with our "
                   "photo policy."),
    # the fact first, set against what was reported (de, pt, es, nl)
    ("correction", "Der Leuchtturm steht auf Amrum und nicht, wie gestern berichtet, auf Föhr."),
    ("correction", "Ao contrário do publicado, a feira do livro não foi adiada."),
    ("correction", "Contra lo que se afirmaba en la crónica de ayer, el mercado abrirá los "
                   "domingos."),
    ("correction", "Anders dan zaterdag vermeld, sluit de bibliotheek niet in juli."),
    # withdrawals said with a pronoun, by the page's address, or "offline genommen"
    ("withdrawal", "After publication it emerged that the main claims in this piece could not be "
                   "supported. We have withdrawn it."),
    ("withdrawal", "Notice: The story previously published at this address has been removed."),
    ("withdrawal", "Wir haben den Beitrag über die Hafenpläne offline genommen, weil er Fehler "
                   "enthielt."),
    # German labels: an error notice, a correction naming the report it corrects
    ("correction", "Fehlerhinweis: Die Fähre legt in Wyk ab, nicht in Dagebüll."),
    ("correction", 'Berichtigung zu unserem Bericht "Neue Fähre für Amrum": Das Schiff fasst 400 '
                   "Fahrgäste."),
    # a correction that also removes a reference is not a withdrawal
    ("correction", "An online story published on 4 June on the rail timetable said the night "
                   "train stops at Kelby, when in fact it does not. This has been corrected. An "
                   "incorrect reference to a bus link has also been removed."),
    # forms met in real notes outside the dev set (our sentences)
    ("withdrawal", "In light of new information, we are retracting our earlier story that the "
                   "quarry would close."),
    ("correction", "A chart in last Thursday's edition stated that there are 14 lifeboat "
                   "stations in the county. There are 11."),
    ("correction", "An article in last Monday's edition said that the ferry company faces a "
                   "strike by 40 of its crew. A spokeswoman for the company has pointed out that "
                   "its crew are not involved."),
    ("correction", "In some editions of yesterday's Arts section, the late painter Roy Dunne was "
                   "listed as a guest at the gala. His daughter, Nell Dunne, was the guest."),
    ("correction", "In Mar. 4 Field Notes, Ola Byrne misidentified the kestrel as a merlin."),
    # a wording of the outlet's own text that could mislead: a clarification
    ("clarification", "A story on Friday said the club had dropped its captain. This wording "
                      "may have given the impression that he was dismissed; he stood down."),
    ("clarification", "In het verslag over de raad (3 maart, pagina 2) staat dat de wethouder "
                      "het plan steunt. Deze zin kan de indruk wekken dat zij ervoor stemde."),
    ("clarification", "In dem Bericht über die Kita vom Dienstag hieß es, der Träger spare. Das "
                      "könnte den Eindruck erwecken, es würden Stellen gestrichen."),
    ("clarification", "Dans notre article de mardi sur la crèche, la formulation pouvait laisser "
                      "croire que des postes seraient supprimés."),
    # a news agency's corrective under its dateline, with a source's answer after it
    ("correction", "HARTLEY, Minn. (AP) — In a story published March 3 about a barn fire near "
                   "Hartley, The Associated Press, relying on information from a county "
                   "dispatcher, erroneously reported that two horses died. The county sheriff "
                   "says no animals were hurt, a deputy said."),
    ("correction", "In a Sept. 9, 2019, story about the county fair that featured the "
                   "winning pumpkin grower's harvest and the prizes given out that week, The "
                   "Associated Press erroneously reported that the fair lasted a week."),
    # a withdrawal told of the page, and a part of the text named as fixed, the whole line
    ("withdrawal", "The story that previously appeared here has been removed."),
    ("correction", "Photo caption corrected."),
    # a paper's formula under its own name
    ("correction", "Later tests confirmed that the bridge can carry lorries. The Courier "
                   "regrets the error."),
    # a name misspelled in the outlet's dated text, in the passive
    ("correction", "Ashby, Mass., which was misspelled in a story Monday, was also misspelled in "
                   "a correction Wednesday."),
    # the fact first, then the item
    ("correction", "February has 28 days this year. A front-page story Tuesday about the tax "
                   "deadline said that it falls on Feb. 29."),
    # a corrections column's item whose cited headline speaks in the first person
    ("correction", "An article about the port said that its \"dredging budget is up 20%\". In "
                   "fact, that figure covers the north basin only (We will dredge if we must, "
                   "says harbourmaster, 4 May, page 12)."),
    # a source that "has since" done something else is no third party's correction
    ("correction", "In the news article \"Harbour plans stall\" by Ann Lee (5 May, p. 30) the "
                   "description of the board's review was incorrect. In fact, the board "
                   "convened one panel and has since hired two engineers as advisers."),
    # a prison the claim was about is no other sense of "correction"
    ("correction", "A caption on 3 May mistakenly said that Mr Dan Hale had been 'in prison' for "
                   "a year instead of 'in hospital'."),
]

NOT_NOTES = [
    # "actually" inside a verb phrase sets no fact against a claim
    "The plan gave us room to actually fix the old problems in the depot. Our engineers could "
    "work in daylight again.",
    # "However, ..." after a sentence that tells of no claim ("we used" a measure)
    "We used the number of visits per hour as our measure. However, depending on the site, other "
    "measures may serve better.",
    # "contrary to" a saying, and "our" in other languages' ordinary prose, then a contrast
    "His coach first thought the knee was only bruised, but contrary to the old saying, time did "
    "not heal it. In fact, by March the player could barely walk.",
    "Cuidamos das nossas hortas todos os dias e colhemos pouco. Queremos plantar mais, e não "
    "menos, no próximo ano.",
    # news that sets a fact against another, or quotes a denial
    "The festival moved to the marina this year, not the harbour, the organisers said.",
    "A report on Monday by the housing agency said rents had risen. The minister says they have "
    "not.",
    "An article in a science journal on March 3 said the reef was recovering. Divers say it is "
    "not.",
    "The team said it would win the cup. It was the club's first final in a decade.",
    # "we said", "our" and a short fact in news
    "We said goodbye to the old stand on Saturday. It was packed.",
    "Our correspondent said the talks had ended. They have not, the ministry said.",
    # a quoted title and a date, of a book or a play
    'In "The Salt Road" (1998), the novelist follows a caravan across the desert.',
    # someone else clarifying, someone else's apology, a conditional promise
    "The senator said she wanted to make it clear that she opposed the plan.",
    "Apologies to everyone who queued in the rain, the promoter said.",
    "We make mistakes too, and when we do, we'll tell you here.",
    # a newsroom's habits in the present, a source's first person, a contrast in news
    "The agency is open about errors. We fix them quickly and we do not hide mistakes.",
    '"I mistakenly reported the wrong total to the board," the treasurer said.',
    "The dispute was never about money but rather about who controls the harbour.",
    "Non abbiamo ancora potuto verificare le cifre diffuse dal comune.",
    # officials and ministers, named with a capital, correcting or apologising themselves
    "Officials said the ferry would resume in May, not June.",
    "The minister apologised for the error in the tax tables, which overstated revenue.",
    # a reader's question quoted, ending inside the quotation marks
    'A reader, Tom H., wrote to our forum: "Why are some errors in your stories corrected and '
    'others not?"',
    # "the actual" in a forecast
    "Our correspondent said the actual cost of the stadium would be higher than the estimate.",
    # someone correcting their own words; a note's words given to a speaker
    'The skipper corrected himself: "We finished second, not third."',
    "This column has been corrected more often than I would like, the columnist joked.",
    # someone else's report set against the fact
    "Die Fähre fährt weiter und nicht, wie der Sender berichtet hatte, nur bis Mai.",
    "Contra lo que se publicó en algunos medios, el ministro no dimitirá.",
    # something else withdrawn
    "The maker said the heater could overheat. We have withdrawn it from sale, a spokesman said.",
    # a correction of something that is no text
    "A correction to the stock market is long overdue, analysts say.",
    "A clarification of the rules on parking permits is expected next month.",
    # a label-like name before news that is no note
    "Harbour Board: The dredging will start in May and is expected to take six weeks.",
    # a misleading impression of someone else's words
    "The minister's remarks could give the impression that the port will close, critics said.",
    # a caption fixed by someone else
    "The headline was corrected by the agency.",
    # an airline's regret, attributed
    "The airline regrets the error, a spokeswoman said.",
    "Delta regrets the error, a spokeswoman said.",
    # a retraction that is someone else's
    "The senator told the committee: we are withdrawing the bill.",
    # a report dated in the past, by someone else, answered by no one
    "A report last Tuesday said the plant would close. The union welcomed the news.",
]


@pytest.mark.parametrize(("kind", "text"), NOTES)
def test_claim_cue_families_find_the_note(kind: str, text: str) -> None:
    hit = detect_paragraph(text)
    assert hit is not None, text
    assert hit.kind == kind


@pytest.mark.parametrize("text", NOT_NOTES)
def test_claim_cue_families_refuse_news(text: str) -> None:
    assert detect_paragraph(text) is None, text


def test_claim_answered_inside_an_article() -> None:
    """The same note at the foot of an article is found there, and only there."""
    body = ("The ferry company said timetables would return to normal on Monday.",
            "Unions have called a second strike for next month.",
            "In Tuesday's report we said the strike would last a week. It will last three days.")
    notes = find_notes(Article(headline="Ferry strike ends", paragraphs=body))
    assert [n.kind for n in notes] == ["correction"]
    assert notes[0].text.startswith("In Tuesday's report")


def test_weighed_kind_withdraws_only_a_removed_story() -> None:
    """Something removed from a story is a correction; the story removed is a withdrawal."""
    from versiontrack.audit.signals import weighed_kind

    fixed = ("An online story published on 4 June on the rail timetable said the night train stops "
             "at Kelby, when in fact it does not. This has been corrected. An incorrect reference "
             "to a bus link has also been removed.")
    pulled = ("The story published on 4 June wrongly said the night train stops at Kelby. The story "
              "has been removed.")
    assert weighed_kind(fixed) == "correction"
    assert weighed_kind(pulled) == "withdrawal"
