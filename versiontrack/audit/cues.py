"""Notes without a house form: a newsroom naming its own text and admitting an error in it.

Corrections columns and many outlets write notes that open with the item, not with a label:
"An article on Aug. 2 about ... misspelled ...", "We mistakenly reported ...", "Montpelier is the
capital, not Burlington as incorrectly stated ...", "In der Meldung vom 4. Mai hieß es ...".
Such a paragraph counts as a note only when one sentence both names the outlet's own text (an
article, story, column or caption of its own, "we", a page reference, "as stated") and admits an
error in it ("misstated", "incorrectly", "should have made clear", "irrtümlich", "par erreur",
"por error", "erroneamente", "Erramos", "abusievelijk" ...), or when a sentence naming its own
text is followed by one that gives the fact ("In fact, ...", "Tatsächlich ...", "Dit moet zijn
..."), one fact set against another ("The bach is the Schwabinger Bach, not the Eisbach."), or a
short fact that answers the outlet's claim ("we referred to her as an American poet." + "She is
Canadian."; a dated column item + "The White House says he does not recall ..."). A note that
names itself ("A correction to a Nov. 27 story ..."), the writer of a signed post admitting what
was published, and a breach of the outlet's own standards after the item count too.
Retellings of other outlets' corrections ("was forced to retract", "issued a correction"), a
source's words ("..., the spokesman said") and corrections policies are refused.
"""

from __future__ import annotations

import re

from versiontrack.audit import langs
from versiontrack.audit.lazyre import lazy_compile
from versiontrack.normalize import note_sentences

_NOT_OTHERS = langs.NOT_OTHERS

_I = re.IGNORECASE


def _any(*alternatives: str) -> re.Pattern[str]:
    return lazy_compile("|".join(alternatives), _I)


_DOCS = (r"(?:article|stor(?:y|ie)(?=s?\b)|report|column|editorial|obituary|review|headline|subheadline|"
         r"caption|photo|photograph|picture|graphic|map|chart|table|item|piece|essay|answer|"
         r"introduction|letter|feature|profile|listing|interview|brief|podcast|segment|"
         r"broadcast|programme|program|post|issue|edition|section|magazine|supplement|recipe|"
         r"list|blog|newsletter|dispatch|analysis|roundup|guide|preview|standfirst|byline|"
         r"transcript|version" + r"(?! of (?:the|a|an|its|their|his|her) (?!(?:\w+ )?(?:article|story|"
         r"report|column|piece|post|headline|caption|photo|graphic|video|item|podcast|episode|"
         r"newsletter|interview|transcript|obituary|review|editorial)\b)))")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
          r"aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)")
_DATEISH = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|{_WEEKDAY}|yesterday|last \w+)"

# A clause before the item in a corrections column: "Because of an editing error, ...".
_LEAD_CLAUSE = (r"(?:(?:because of|due to|owing to|through|after|in|based on) (?:an? )?(?:[\w'-]+ ){0,3}?"
                r"(?:error|mistake|oversight|information)s?[^,.]{0,60},\s*|in (?:some|early|late|"
                r"certain) editions(?: \w+day)?,\s*"
                # the day first, as broadcasters' corrections pages write it: "On May 14 a story"
                r"|on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:(?:jan|feb|mar|apr|may|jun|"
                r"jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|"
                r"sep|oct|nov|dec)[a-z]*)(?:,? \d{4})?,? )?")
# What a sentence may open with when it names the outlet's text ("The previous version of the
# app ..." is not one).
_OWN_DOCS = _DOCS[:_DOCS.index("|version")] + ")"
_GENRE = (r"(?!(?:[\w'-]+ ){0,2}?(?:new|latest|recent|tabloid|tabloid's|rival|fake|bogus|viral|"
          r"famous|detailed|fabricated|made-up|phony|outlet's|site's|magazine's|blog's)\b)"
          r"(?!(?:[\w'-]+ ){0,2}?(?:research|analyst|analysts'|police|court|government|annual|"
          r"quarterly|earnings|financial|medical|case|scientific|official|internal|audit|"
          r"investor|industry|company|hospital|autopsy|coroner's|inspection|status|progress)"
          r" (?:report|study|paper|note|review)s?\b)")

# A quoted title, then its date: in brackets, or after "vom" / "du" / "del" / "of".
_TITLED = (r"^[\s\u2022*\-]*(?:in|im|dans|en|nel|nell'|no|na|in het) (?:\w+ ){0,2}?[\"'][^\"]{2,120}?"
           r"[\"'],? (?:\((?:[^()]*?\d|[^()]*?" + _MONTH + r")[^()]*\)|(?:vom|du|del|of|on|from|van) "
           r"(?:\d|" + _MONTH + r"|" + _WEEKDAY + r"))")

# A note that names itself and what it corrects: "A correction to a Nov. 27 story about ...",
# "A correction to a correction of a correction."
_SELF_NAMED_NOTE = (r"^[\s\u2022*\-]*(?:an?|one|this) (?:further )?(?:correction|clarification) "
                    r"(?:to|of|about|regarding|on) (?:an?|our|the|this|that|yesterday's|last "
                    r"\w+'s|\w+day's) (?:[\w.,'-]+ ){0,8}?(?:story|article|report|column|item|"
                    r"correction|clarification|caption|headline|editorial|review|obituary|"
                    r"broadcast|segment|interview)\b")

# The newsroom in the first person, owning an error: an apology for it ("We regret the error",
# "Ci scusiamo con i lettori per l'errore", "Pedimos desculpa pelo erro"), or to its readers
# ("<Outlet> si scusa con i lettori", "apologizes to readers"); what it should have made clear
# ("Das hätten wir offenlegen müssen", "Nous aurions dû préciser", "Debimos aclarar que",
# "Avremmo dovuto specificare", "Deveríamos ter informado", "Dat hadden we moeten vermelden").
_WE_SHOULD_HAVE = (
    r"\b(?:h[aä]tten (?:wir|ich)|(?:wir|ich) h[aä]tten?) (?:\w+ ){0,5}?(?:offenlegen|erw[aä]hnen|klarstellen|deutlich(?:er)? "
    r"machen|kennzeichnen|transparent machen|hinweisen|angeben|nennen|erkl[aä]ren) (?:m[uü]ssen|"
    r"sollen)\b|\bnous aurions d[uû] (?:\w+ ){0,2}?(?:pr[eé]ciser|indiquer|mentionner|signaler|"
    r"souligner|faire (?:savoir|mention)|expliquer)\b|\b(?:debimos|deber[ií]amos haber|"
    r"tendr[ií]amos que haber) (?:\w+ ){0,2}?(?:aclara|precisa|indica|menciona|se[ñn]ala|"
    r"advert|explica)\w*|\bavremmo dovuto (?:\w+ ){0,2}?(?:precisare|specificare|indicare|"
    r"segnalare|chiarire|menzionare|spiegare)\b|\b(?:dever[ií]amos|dev[ií]amos) ter (?:\w+ ){0,2}?"
    r"(?:informado|esclarecido|mencionado|indicado|deixado claro|ressaltado|explicado)\b|"
    r"\bhadden (?:we|wij) (?:\w+ ){0,5}?moeten (?:vermelden|melden|verduidelijken|aangeven|noemen|"
    r"maken|vertellen|uitleggen)\b")
_NOT_INCONVENIENCE = (r"(?![^.]{0,60}\b(?:inconvenien|disagi|d[eé]sagr[eé]m|g[eê]ne occasionn|molestia|"
              r"transtorno|incomod|unannehmlich|ongemak|ongerief|st[oö]rung|delay|wait))")
_WE_SORRY = (
    # the error itself regretted, which an "inconvenience" after it does not make a service
    # notice: "We regret the error", "The Times regrets the error", "Jamaica Observer Limited
    # regrets the error and apologises ... for any inconvenience", "The Courier deeply regrets
    # the publication of the letter"
    r"(?:\bwe (?:\w+ )?(?:regret|apologi[sz]e for) (?:the|this|that|these|our|any) (?:\w+ )?(?:errors?|"
    r"mistakes?|omissions?|oversights?|inaccurac\w+|confusion)\b|"
    # (a paper's formal apology to a person: "The Bulletin unreservedly apologises to the woman
    # pictured")
    r"(?:^|[.!?]\s+)(?-i:(?:The )?[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3}) (?:unreservedly|"
    r"sincerely|unconditionally|wholeheartedly|fully) apologi[sz]es to\b|"
    r"(?:^|[.!?]\s+)(?-i:(?:The )?[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3}) (?:(?:deeply|sincerely|"
    r"greatly|very much|much) )?(?:regrets|apologi[sz]es for) (?:(?:the|this|these|its|any) "
    r"(?:\w+ )?(?:errors?|mistakes?|"
    r"omissions?|inaccurac\w+)\b|(?:the|its) (?:[\w'-]+ ){0,6}?(?:publication|publishing) of "
    r"(?:the|this|that|these|its|an?)\b))|"
    r"(?:\bour apologies (?:for|to)\b|"
    r"\bapologi[sz]e[sd]? to (?:our |its )?(?:\w+ )?(?:readers|subscribers|viewers|listeners)\b|\bsi scusa(?:no)? con i (?:nostri |suoi )?"
    r"lettori\b|\bci scusiamo\b|\bce ne scusiamo\b|\bpedimos desculpas?\b|\bpede desculpas? aos "
    r"(?:seus )?leitores\b|\bpedimos disculpas\b|\bpide disculpas a (?:sus|nuestros) lectores\b|"
    r"\blamentamos (?:el|este|o|esse) (?:error|erro)\b|\bnous (?:nous )?excusons\b|\bnous "
    r"pr[eé]sentons nos excuses\b|\bs['\u2019]excuse aupr[eè]s de (?:ses|nos) lecteurs\b|"
    r"\bwir entschuldigen uns\b|\bbittet (?:die|ihre|seine|unsere) leser\w* um (?:entschuldigung|"
    r"nachsicht|verzeihung)\b|\b(?:onze|wij bieden|we bieden) (?:\w+ )?excuses\b|\bexcuses aan "
    r"(?:de|onze) lezers\b"
    # the newsroom as the subject, perhaps by its paper's name: "Die Redaktion bedauert den
    # Fehler", "La rédaction présente ses excuses", "La redacción de El Norte pide disculpas"
    r"|\b(?:die redaktion|la r[eé]daction|la redacci[oó]n|la redazione|a reda[cç][aã]o|"
    r"a editoria|de redactie) (?:(?:d[eoa]|del|di|della|von|van|du|des|der) "
    r"(?:[\w'\u2019.-]+ ){1,4}?)?"
    r"(?:\w+ )?(?:bedauert|entschuldigt sich|bittet (?:\w+ ){0,3}um|pr[eé]sente ses "
    r"excuses|s['\u2019]excuse|regrette|lamenta|pide disculpas|se disculpa|si scusa|pede "
    r"desculpas?|biedt (?:\w+ )?excuses|betreurt|"
    # ... or puts it right: "la rédaction de <site> rectifie", "die Redaktion korrigiert"
    r"rectifie|corrige|korrigiert|berichtigt|rectifica|rettifica|corregge|retifica|"
    r"corrigeert))" + _NOT_INCONVENIENCE)
# ... and the forms this stop added, searched only when a word they need is there (each
# alternative of a long one costs every paragraph a scan).
_WE_SORRY_MORE = (
    r"(?:"
    r"\b(?:ofrezco|ofrecemos|presento|presentamos) (?:una |nuestras |mis )?disculpas? a (?:los|"
    r"nuestros|mis) lectores\b|"
    r"\b(?:porgere|porgiamo|rivolgiamo) le nostre scuse\b|\bci teniamo a (?:rettificare|"
    r"precisare)\b|\bnous regrettons (?:cette|l['\u2019]) ?erreur\b|\b(?:we|wij) betreuren "
    r"(?:deze|de) fout\b|^\W*excuses voor (?:deze|de) fout\b|"
    # an apology offered for an error in a text: "... would like to offer a sincere apology for
    # a typo in Wednesday's Town Talk"
    r"\b(?:would like to|wishes to|wants to) (?:offer|extend) (?:a|an|our|its) (?:\w+ ){0,2}?"
    r"apolog(?:y|ies) for (?:a|an|the|this|our|its) (?:\w+ )?(?:typo|error|mistake|misprint|"
    r"inaccuracy|omission)s? in (?:\w+'s|the|our|a|an|last|this)\b|"
    # ... and in the other languages, by a name in capitals or a paper's ("EL PAÍS lamenta el
    # error", "Le Courrier du Port regrette cette erreur"; not "La Policía lamenta el error")
    r"(?:^|[.!?]\s+)(?-i:(?:[A-Z\u00c0-\u00dd]{2,}(?: [A-Z\u00c0-\u00dd]{2,}){0,2}|(?:El|La|Le|Il|O|"
    r"A|De|Het|Lo|Los|Os) (?:[\w\u00c0-\u00ff'-]+ ){0,3}?(?:Diario|Peri[oó]dico|Heraldo|Correo|"
    r"Correio|Jornal|Folha|Gazzetta|Gazeta|Corriere|Giornale|Journal|Courrier|Dagblad|Krant|Stampa|"
    r"Tribuna|Tribune|Naci[oó]n|Mundo|Tiempo|Voz|Prensa|Observador|P[uú]blico|Globo|Messaggero|"
    r"Quotidiano|Parisien|Monde|Figaro|Telegraaf|Volkskrant|Standaard)\b(?: [\w\u00c0-\u00ff'-]+)"
    r"{0,3}?)) (?:lamenta (?:el|este|o|esse|l['\u2019]) ?(?:error|erro|errore)|regrette "
    r"(?:cette|l['\u2019]) ?erreur|si scusa per (?:l['\u2019]|questo) ?errore|betreurt (?:de|deze) "
    r"fout)\b"
    r")" + _NOT_INCONVENIENCE)
_SORRY_WORDS = ("regret", "apolog", "scus", "desculpa", "disculpa", "lamenta", "rettific",
                "precisare", "excus", "betreur", "entschuldig", "bittet", "bedauert", "rectifi",
                "corrig", "korrigiert", "berichtigt", "corregge", "retifica")
_SORRY_RX = lazy_compile(_WE_SORRY, _I)
_SORRY_MORE_RX = lazy_compile(_WE_SORRY_MORE, _I)


def _guarded(text: str, words: tuple[str, ...], *patterns: re.Pattern[str]) -> bool:
    """Whether one of ``patterns`` is in ``text``, searched only when one of ``words`` (lower
    case) is: an alternative of a long regex costs every paragraph a scan."""
    low = text.lower()
    return any(w in low for w in words) and any(p.search(text) for p in patterns)


def _sorry(text: str) -> bool:
    """An apology of the outlet's for the error (:data:`_WE_SORRY` and its later forms)."""
    return _guarded(text, _SORRY_WORDS, _SORRY_RX, _SORRY_MORE_RX)


# The outlet by name saying, by mistake, what it printed: "Le Monde a écrit par erreur ...",
# "El País publicó por error ...", "NRC meldde abusievelijk ...", "A Folha errou ao informar
# ..." (a verb of printing or reporting beside the error word, so "Die Polizei hat den Mann
# irrtümlich festgenommen" is not one; nor an authority or a firm as the subject).
_PRINT_VERB = (r"(?:berichtet\w*|geschrieben|schrieb|gemeldet|meldete|angegeben|bezeichnet\w*|"
               r"zitiert\w*|genannt|nannte|ver[oö]ffentlicht\w*|abgedruckt|[eé]crit|indiqu[eé]|"
               r"annonc[eé]|affirm[eé]|publi[eé]|attribu[eé]|pr[eé]sent[eé]|titr[eé]|[eé]crivait|"
               r"indiquait|public[oó]|escribi[oó]|inform[oó]|atribuy[oó]|titul[oó]|identific[oó]|"
               r"scritto|pubblicato|riportato|indicato|attribuito|titolato|definito|scriveva|"
               r"publicou|escreveu|informou|noticiou|atribuiu|identificou|meldde|schreef|berichtte|"
               r"publiceerde|noemde|vermeldde|gemeld|geschreven|vermeld|genoemd|gepubliceerd|"
               r"melding (?:gemaakt|gedaan|maakte|deed))")
_BY_NAME_ERR = (r"(?:fälschlich\w*|irrt[uü]mlich\w*|versehentlich|falsch|par erreur|[aà] tort|"
                r"por error|err[oó]neamente|equivocadamente|erroneamente|per errore|por engano|"
                r"erradamente|abusievelijk|ten onrechte|per abuis)")
_OUTLET_BY_NAME = (
    # (an article is never the name: "Le ministre a présenté à tort ..." is the minister's)
    r"^(?:(?:die|der|das|le|la|les|el|il|lo|a|o|de|het) )?"
    r"(?!(?:die|der|das|le|la|les|el|il|lo|a|o|de|het|un|une|uno|una|um|uma|ein|eine|een)\s)"
    r"(?!(?:polic|polizei|politie|pol[ií]c|"
    r"gobierno|governo|gouvernement|regierung|minist|tribunal|gericht|rechtbank|empresa|azienda|"
    r"firma|bedrijf|soci[eé]t|unternehmen|sprecher|portavo|porte-parole|woordvoerder|bundes|"
    r"stadt|ville|ciudad|citt|cidade|gemeente|prefeitura|comune|ayuntamiento|mairie)\w*\b)"
    r"(?-i:(?:[A-Z][\w.&'-]*|taz)(?: (?:[A-Z][\w.&'-]*|d[aeoi]s?|del|della|van|von|du)){0,3}) "
    r"(?:(?:hat|hatte|a|avait|ha|hab[ií]a|aveva|heeft|had) )?(?:[\w,]+ ){0,8}?"
    rf"(?:{_PRINT_VERB} (?:[\w,]+ ){{0,3}}?{_BY_NAME_ERR}|{_BY_NAME_ERR} (?:[\w,]+ ){{0,3}}?"
    rf"{_PRINT_VERB})\b"
    r"|^(?:(?:a|o) )?(?-i:[A-Z][\w.&'-]*(?: (?:[A-Z][\w.&'-]*|d[aeo]s?)){0,3}) errou ao (?:informar|"
    r"afirmar|"
    r"dizer|publicar|escrever|identificar|atribuir|noticiar|chamar|citar|relatar)\b")

# The outlet's own text, named.
# A verb of being or having: the words before it are a clause's subject, not one text's name.
_VERB_BETWEEN = r"(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should)"
_SELF = _any(
    _WE_SHOULD_HAVE, _WE_SORRY, _OUTLET_BY_NAME,
    # "An article on Aug. 2 about ...", "In a Sept. 21 Future Tense, ...", "• A story Wednesday"
    # (not another genre's: "In a research report early Tuesday, an analyst said", "For the
    # case report, the doctors told")
    # (the words between are the text's own description, not a clause with its verb: "This book
    # is a proper guide" names a book)
    # (or several of them: "Several stories on Harbour Radio's platforms reported ...")
    (rf"^[\s\u2022*\-]*{_LEAD_CLAUSE}(?:in |on |at )?(?:an?|the|this|that|our|today's|yesterday's|"
    rf"{_WEEKDAY}'s|last {_WEEKDAY}'s|several|two|three)\s+{_GENRE}(?:(?!{_VERB_BETWEEN}\s)[^\s.;:]+\s+){{0,8}}?"
    rf"{_OWN_DOCS}s?\b"),
    rf"^[\s\u2022*\-]*{_LEAD_CLAUSE}(?:in |on )?(?:an?|the) {_DATEISH}\b",
    # "We are happy to make clear ...", "We have been asked to point out ..." (UK house style)
    r"\bwe (?:are|were|have been|'re) (?:happy|pleased|glad|asked|keen)\b|\bwe'd like\b",
    # a broadcaster's own voice: "A presenter suggested ...", "our reporter said ..."
    (r"^[\s\u2022*\-]*(?:an?|the|our|one of our) (?:\w+ )?(?:presenter|reporter|correspondent|"
     r"newsreader|host|interviewer|commentator|contributor|caption|graphic|strapline|ticker)s?\b"),
    rf"\b(?:{_WEEKDAY}|yesterday|today)(?:'s)? (?:[^\s.;:]+\s+){{0,3}}?{_DOCS}s?\b",
    rf"\b(?:this|our|an earlier|a previous|the original) (?:[^\s.;:]+\s+){{0,2}}?{_DOCS}\b",
    # the item's text named again with its error: "..., the article erroneously stated that"
    # (at a sentence's start or after a cause: not "The Mail ran a story; the article ...")
    (r"(?:^|[.!?]\s+)(?:(?:due to|because of|owing to|through|as a result of) [^,.;]{3,120},\s+)?"
     r"the (?:article|story|report|item|column|piece|briefing) (?:erroneously|incorrectly|"
     r"wrongly|mistakenly|inaccurately) (?:stated|said|reported|claimed|suggested|described|"
     r"identified|attributed|gave)\b"),
    (r"\bwe (?:\w+ly\s+|also\s+|had\s+|have\s+)?(?:said|wrote|stated|reported|referred|described|"
    r"made (?:a )?reference|"
    r"called|published|printed|misstated|misspelled|misspelt|misidentified|misquoted|gave|"
    r"attributed|got|understated|overstated|used|included|omitted|quoted|identified|suggested|"
    r"implied|named|mixed|confused|erred)\b"
    # wishes and duties of the text: "we should have said", "we wish to clarify", "we want to
    # make clear" (not a speaker's "we should come home", "we want to get under way")
    r"|\bwe should (?:clarify|point out)\b"
    r"|\bwe (?:should have|wish to|would like to|want to|'d like to) (?:\w+ly )?(?:said|stated|"
    r"written|reported|made|make|noted|note|included|identified|credited|attributed|checked|"
    r"mentioned|specified|described|pointed|point|disclosed|explained|clarify|correct|apologi[sz]e|"
    r"set|acknowledge|add|update|contacted|asked|been|offer)\b"),
    r"\b(?:asks?|asked) us to\b",
    (r"\bas (?:was |we |it was |had been )?(?:incorrectly |erroneously |wrongly |mistakenly |"
    r"originally |previously )?(?:stated|reported|said|published|printed|written|suggested|"
    r"claimed|indicated)\b"),
    r"\b(?:appeared|published|ran) (?:in|on) (?:the |our |\w+'s )",
    r"\((?:[^()]{2,200},\s*)?(?:p|pp|page|pg)\.?\s?[A-Z]?\d+\)",
    r"\b(?:on|in) page [A-Z]?\d+\b|\bon [A-Z]\d{1,2}\b",
    (r"^the [A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4} (?:incorrectly |erroneously |mistakenly |"
    rf"wrongly )?(?:reported|stated|said)(?: incorrectly| erroneously)? (?:on )?{_DATEISH}"),
    # the outlet by name admitting it: "The Herald incorrectly reported that ...", "The AP has
    # since learned ..."
    (r"^(?-i:(?:The [A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}|AP|Reuters|AFP|Bloomberg|CNN|NPR|BBC|"
     r"ABC|CBS|NBC|CBC|Fox News)) (?:incorrectly|erroneously|mistakenly|wrongly|inaccurately) "
     r"(?:reported|stated|said|identified|wrote|described|listed|gave|called|referred|attributed)"),
    # "contrary to what we reported", "contrary to an earlier report" (not "contrary to the song")
    (r"\bcontrary to (?:what|(?:a|an|our|the) (?:[\w'-]+ ){0,3}?(?:" + _DOCS[3:-1] +
     r"|reports?|reporting|version|caption|headline)\b)"),
    # a corrections column's item naming the text by its quoted title and its date: "In 'The
    # value of a good editor' (January 7th), ...", "In \"Eisbaden\" (30. Januar, München)",
    # "Im Bericht \"...\" vom 14. Juli"
    _TITLED,
    _SELF_NAMED_NOTE,
    # "It was erroneously reported in the 2 p.m. newscast on Nov. 30 that ..."
    (r"^it was (?:\w+ly )?(?:erroneously|incorrectly|wrongly|mistakenly|inaccurately) (?:reported|"
     r"stated|said|suggested|broadcast)\b[^.;]{0,40}\b(?:in|on) (?:the|our|a|an|this|last) "
     r"[\w.' -]{0,40}?(?:newscast|bulletin|broadcast|programme|program|edition|story|report|"
     r"article|segment|show)\b"),
    # the writer of a signed post or column, of what was published: "I mistakenly reported",
    # "In publishing the information as I misunderstood it"
    (r"\bI (?:\w+ )?(?:mistakenly|wrongly|incorrectly|erroneously|inaccurately|unknowingly) "
     r"(?:reported|wrote|published|conflated|identified|attributed|quoted|named)\b|\bin "
     r"(?:publishing|reporting|writing) (?:the|this|that) (?:information|story|item|post|article)\b"),
    # de
    (r"\b(?:in|bei|im) (?:dem |der |den |unserem |unserer |unseren )?(?:artikel|text|beitrag|"
    r"bericht|meldung|hinweismeldung|kommentar|interview|bildunterschrift|fotounterzeile|"
    r"unterzeile|[üu]berschrift|grafik|kolumne|\w*ausgabe|ressort|kurzbiografie|"
    # a broadcaster's programme and its reports: "In der Sendung «...» vom 24. März", "In der
    # Berichterstattung vom 11.05.2012", "Im Dokumentarfilm «...»", "Im «10vor10»-Beitrag"
    r"sendung|berichterstattung|reportage|dokumentarfilm|dokumentation|nachrichtensendung)\b"
    r"|\bim \S{1,30}-(?:beitrag|bericht|artikel|interview)\b|\bauf der titelseite\b"
    # "..., wie wir berichtet haben": the claim of the outlet's own text, where an error goes with it
    r"|\bwie (?:wir|zun[aä]chst|zuvor) (?:\w+ )?(?:berichtet|geschrieben|gemeldet|angegeben)\b"),
    r"\bvom \d{1,2}\. \w+|\bin \u201e|\bwir (?:haben|hatten|bitten)\b|\bseite \d+",
    # fr
    (r"\bnous (?:avons|reconnaissons|nous sommes)\b|\bnos (?:deux )?(?:num[eé]ros|[eé]ditions)\b|"
    r"\b(?:dans|de) (?:notre|cet) (?:article|num[eé]ro|[eé]dition)\b"),
    # es
    r"\bnuestr[oa]s?\b|\bpublicamos\b|\bedici[oó]n\b|\bp[aá]gina \d+",
    # it
    (r"\babbiamo\b|\bil nostro\b|\bnostr[oa] (?:giornale|articolo)|\ba pagina \d+|"
    r"\bnel (?:titolo|sottotitolo|testo|articolo)\b"),
    # pt
    (r"\besta se[cç][aã]o\b|\breportagem\b|\bpublicad[oa]\b|\bedi[cç][aã]o\b|\bp[aá]g\.|"
    r"\blemos\b|\bnoss[oa]s? (?:\w+ )?(?:texto|reportagem|mat[eé]ria|not[ií]cia|edi[cç][aã]o|"
    r"artigo|coluna|leitor(?:es|as)?|jornal|p[aá]gina|site|erro|equipe|rep[oó]rter|colunista|"
    r"t[ií]tulo|legenda|vers[aã]o|publica[cç][aã]o)\b"),
    # nl
    (r"\b(?:in|bij) het (?:artikel|stuk|interview|verhaal)\b|\bin de krant van\b|\bpagina \d+|"
    r"\bop de kaart\b|\bfotobijschrift|\bin deze rubriek\b|\bin (?:de )?tekst\b|"
    r"\beigen rechtzetting\b"),
    # more of each language's ways of naming its own text
    (r"\bwir (?:bedauern)\b|\bschrieben wir\b|\bhaben wir\b|\bunsere[rmn]? (?:zeitung|ausgabe|"
     r"bericht|artikel)|\bin der (?:gestrigen |\w+tags)?ausgabe\b|\bbild(?:unter)?(?:zeile|text)"),
    (r"\bnotre (?:article|[eé]dition|journal|texte|chronique|enqu[eê]te|portrait|entretien)\b|"
     r"\bdans l['\u2019](?:article|[eé]dition)\b|\b(?:la|le) (?:l[eé]gende|titre|texte) (?:de"
     r"|du)\b"),
    (r"\b(?:la|una|las) (?:informaci[oó]n|noticias?|cr[oó]nicas?|entrevistas?|notas?) (?:publicadas?|de "
     r"ayer|del)\b|\ben el (?:texto|art[ií]culo|pie de foto|titular|reportaje)\b|"
     r"\bpublicad[oa] (?:ayer|el)\b"),
    (r"\bnel (?:pezzo)\b|\bnell['\u2019](?:articolo|edizione)|\b(?:la|nella) didascalia\b|"
     r"\bpubblicat[oa] (?:ieri|il|sul|nel)\b|\b[eè] stato scritto\b"),
    (r"\bescrevemos\b|\bpublic[aá]mos\b|\bnotici[aá]mos\b|\bna (?:not[ií]cia|coluna|entrevista|"
     r"legenda|mat[eé]ria)\b|\bno texto\b|\binformado\b"),
    (r"\b(?:in|bij) (?:het|de) (?:bericht|recensie|column|bijschrift|grafiek|kop|rubriek)\b|"
     r"\b(?:schreven|meldden|noemden) (?:we|wij)\b"),
    # an article, a caption, an earlier version of one's own, with the indefinite article
    (r"\b(?:in|bei) (?:einem|einer) (?:fr[uü]heren |vorherigen )?(?:artikel|text|beitrag|bericht|"
     r"meldung|interview|bildunterschrift"
     r"|version" + _NOT_OTHERS + r"|fassung" + _NOT_OTHERS + r")\b|\bschrieben wir\b|\bberichteten wir\b|"
     r"\bdans (?:un|une|notre|nos|cet|l['\u2019]) ?(?:article|papier|texte|portrait|entretien|"
     r"reportage|[eé]dition|l[eé]gende|version" + _NOT_OTHERS + r")\b|\bnous avons (?:[eé]crit|indiqu[eé]|affirm[eé]|"
     r"publi[eé]|annonc[eé])\b|"
     r"\ben (?:un|una|nuestra|nuestro|el|la) (?:art[ií]culo|noticia|informaci[oó]n|cr[oó]nica|"
     r"reportaje|entrevista|edici[oó]n|versi[oó]n" + _NOT_OTHERS + r"|pie de foto)\b|\b(?:publicamos|informamos|"
     r"escribimos|dijimos|se(?:ñ|n)alamos)\b|"
     r"\b(?:in|nell['\u2019]|nella|nel) ?(?:un|una|l['\u2019])? ?(?:articolo|pezzo|servizio|"
     r"intervista|edizione|versione" + _NOT_OTHERS + r"|didascalia|titolo)\b|\babbiamo (?:scritto|riportato|"
     r"indicato|pubblicato|attribuito)\b|"
     r"\b(?:em|numa|n[ao]) (?:uma )?(?:reportagem|not[ií]cia|mat[eé]ria|coluna|entrevista|"
     r"edi[cç][aã]o|vers[aã]o" + _NOT_OTHERS + r"|legenda|texto|artigo)\b|\b(?:informamos|afirmamos|dissemos|"
     r"atribu[ií]mos)\b|"
     r"\bin (?:een|het|de) (?:eerder(?:e)? |vorig(?:e)? )?(?:artikel|stuk|bericht|interview|"
     r"versie" + _NOT_OTHERS + r"|bijschrift|editie|krant)\b|\b(?:hebben|hadden) (?:we|wij)\b"),
)

# The outlet's own text named in the forms this stop added, each searched only when a word it
# needs is in the text (an alternative of _SELF costs every paragraph a scan): (words, pattern).
_SELF_MORE = tuple((words, lazy_compile(pattern, _I)) for words, pattern in (
    # a part of the text that "originally" got it wrong: "A quote originally misidentified the
    # location as ...", "The map initially mislabelled ..." (not "Police initially misidentified")
    (("originally", "initially", "previously", "first"),
     r"^[\s\u2022*\-]*(?:an?|the|this|that|one) (?:[\w'-]+ ){0,2}?(?:quote|quotation|sentence|"
     r"paragraph|passage|photo|photograph|picture|image|map|chart|table|figure|list|headline|"
     r"subheadline|subhead|sub-headline|summary|timeline|video|audio|clip) (?:originally|initially|"
     r"previously|first) (?:mis\w+|(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately) "
     r"\w+)\b"),
    # the outlet's first version by its name: "The AP's initial story should have ..."
    (("initial", "original", "earlier", "first"),
     r"\b(?-i:AP|Reuters|AFP|[A-Z][\w.&-]+)['\u2019]s (?:initial|original|earlier|first) (?:story|"
     r"article|report|version|headline)\b(?= (?:should|did not|didn't|was|were|incorrectly|"
     r"wrongly|mistakenly|misstated|misidentified))"),
    # an edit of its own text told by the newsroom: "We've tweaked the second paragraph to ..."
    (("we",),
     r"\bwe(?: have|'ve)? (?:since |now |also )?(?:tweaked|changed|amended|edited|revised|reworded|"
     r"rephrased|adjusted|altered|modified|rewritten|rewrote) (?:the|this|our|a|one) (?:[\w'-]+ ){0,3}?"
     r"(?:paragraph|sentence|headline|subheadline|wording|passage|caption|phrase|story|article|"
     r"post|piece|report|text|description|line|section)\b"),
    # a broadcaster's item by its reporter's piece: "In Jake Warga's piece about ..., he
    # incorrectly stated ..." (NPR's corrections page)
    (("'s ", "\u2019s "),
     r"^[\s\u2022*\-]*in (?:(?-i:[A-Z])[\w.'-]* ){1,3}?(?-i:[A-Z])[\w.'-]*['\u2019]s (?:piece|story|"
     r"report|segment|interview|commentary|essay|review)\b"),
    # "... appeared in Shelley Fralic's column on this page Saturday"
    (("appeared", "published", "ran ", "printed", "on this page"),
     r"\b(?:appeared|published|ran|printed) in (?:(?-i:[A-Z])[\w.'-]* ){1,3}?(?-i:[A-Z])[\w.'-]*'s "
     r"(?:column|blog|review|story|article|report|feature|piece)\b|\bon this page (?:on )?"
     rf"(?:{_WEEKDAY}|yesterday|last)\b"),
    # Portuguese: "<Nome>, <aside>, errou ao indicar" after the first sentence too; the outlet by
    # its kind owning its error: "O Blog errou feio", "A coluna cometeu um sério erro ontem"
    (("errou", "cometeu", "reconhece"),
     r"(?:^|[.!?]\s+)(?:(?:a|o) )?(?-i:[A-Z][\w.&'-]*(?: (?:[A-Z][\w.&'-]*|d[aeo]s?)){0,3})"
     r"(?:, [^,]{1,60},)? errou ao (?:informar|afirmar|indicar|"
     r"dizer|publicar|escrever|identificar|atribuir|noticiar|chamar|citar|relatar)\b"
     r"|\b(?:o blog|o site|a coluna|o portal|a reportagem|a mat[eé]ria|a ag[eê]ncia \w+) "
     r"(?:errou\b|cometeu (?:um|uma) (?:\w+ )?(?:erro|equ[ií]voco)|reconhece que errou)"),
    # the apologies this stop added: their pattern as _sorry() searches it (compiled once)
)) + ((_SORRY_WORDS, _SORRY_MORE_RX),)


# A breach of the outlet's own rules admitted: "not consistent with our photo policy".
_BREACH = (r"\b(?:not consistent with|inconsistent with|did not (?:meet|live up to|adhere to)|fell "
           r"short of|an? (?:\w+ )?(?:failure|breach|violation|lapse) of) (?:our|"
           r"(?-i:[A-Z][\w&'.-]*)(?:'s)?) (?:own )?(?:[\w-]+ ){0,2}?(?:policy|"
           r"policies|standards|guidelines|principles)\b")
# An error admitted, or a fact set against what was said.
# A broadcaster's admission: "It would have been more accurate to say that ..." (an error word
# here and in versiontrack.audit.signals).
WOULD_HAVE_BEEN = (r"\bit would have been (?:more accurate|better|clearer|fairer|more appropriate|"
                   r"preferable) to\b")
_ERR = _any(
    (r"\bmis(?:stat|identif|spel|quot|attribut|nam|describ|characteri[sz]|report|label|print|"
     r"constru|dat(?:ed|ing)\b|calculat|count|render|"
    r"sp[eo]k|read|translat|represent|interpret|understood|understanding|communicat|heard)\w*"),
    (r"\b(?:incorrectly|erroneously|wrongly|mistakenly|inaccurately|imprecisely|falsely|"
    r"in error|by mistake|garbled|understated|overstated|inadvertently|transposed|erred)\b"),
    r"\b(?:an?|the) (?:incorrect|wrong|erroneous|inaccurate)\b",
    WOULD_HAVE_BEEN,
    (r"\bshould have (?:said|read|been|made clear|stated|noted|included|identified|referred|"
    r"mentioned|specified|credited|attributed|disclosed|explained|pointed out)\b"),
    (r"\bregrets? (?:the|this|that|any) (?:error|mistake)|\bwe apologi[sz]e\b|\bset the record "
    r"straight\b|\bis not dead\b"),
    # "contrary to what we reported", "contrary to an earlier report" (not "contrary to what I
    # believe", "Contrary to what other outlets alleged")
    (r"\bcontrary to (?:what (?:we|was|had been|it|this \w+|the \w+) (?:\w+ ){0,2}?(?:reported|said|"
     r"stated|wrote|written|published|suggested|indicated|printed)\b|(?:an?|our|the) (?:earlier|"
     r"previous|original|initial|first) |our )"),
    # (not earlier coverage: "the flaw previously described in this newsletter")
    # (not "As previously reported, the unit has agreed to ...": a story recalling its own
    # earlier report, which it stands by)
    (r"\b(?:initially|originally|(?<!\bas )previously) (?:said|stated|reported|indicated|identified|"
    r"suggested|described|gave)\b(?! (?:in|by) (?:this|our|an? earlier|a previous|last) )"
    r"|\bwithout (?:attribution|credit)\b|\bplagiari"),
    # the writer in the first person, of what was published: "I mistakenly conflated ...",
    # "In publishing the information as I misunderstood it"
    (r"\bI (?:\w+ )?(?:mistakenly|wrongly|incorrectly|erroneously|inaccurately|unknowingly) "
     r"(?:reported|wrote|stated|said|identified|attributed|described|conflated|confused|quoted|"
     r"named|referred|published|included|gave|mixed)\b|\bI misunderstood\b|\bmy (?:error|"
     r"mistake)\b"),
    # the claim judged, or the real value given beside it: "a possibly partisan way of
    # interpreting the actual result: Wales 3, France 36"
    (r"\b(?:an?|the) (?:\w+ )?(?:partisan|misleading|inaccurate|loose|careless|unfair) (?:way|reading|"
     r"interpretation|description|characteri[sz]ation|summary)\b|\bthe actual (?:result|figure|"
     r"number|score|name|date|cost|total|amount|age|title)(?:\s*:|,? (?:was|is|were|are)\b)"),
    # a check the newsroom failed to make, admitted: "we failed to verify", "we did not check"
    (r"\bwe (?:failed|neglected) to (?:verify|check|confirm|contact)\b|\bwe (?:did not|didn't) "
     r"(?:verify|check|confirm|contact)\b|\bwithout (?:verifying|checking|confirming)\b"),
    # de
    (r"\birrt[uü]mlich|\bf[aä]lschlich|\bfalsch (?:zitiert|geschrieben|angegeben|bezeichnet|"
    r"dargestellt|berichtet|wiedergegeben)|\bverwechselt|\b(?:richtig|korrekt) (?:ist|hei(?:ß|ss)t|"
    r"lautet|w[aä]re)\b|\bhie(?:ß|ss) es\b|\bbehauptet\b|\bum (?:entschuldigung|verzeihung)\b|"
    r"\bfehler unterlaufen|\bversehentlich|\bnull zu viel|\bbedauer\w* (?:den|diesen|das|dieses) "
    r"(?:fehler|versehen|irrtum)"),
    # fr
    (r"\bpar erreur\b|\berron[eé]|\b[aà] tort\b|\bune coquille\b|\bcommis l['\u2019]erreur|"
    r"\bcontrairement [aà] ce que"),
    # es
    (r"\bpor error\b|\berr[oó]ne[oa]|\bequivocad|\bincorrecta|\bse desliz[oó] un error|"
    r"\bdisculpas\b"),
    # it
    (r"\berroneamente\b|\bper errore\b|\babbiamo sbagliato\b|\berrore di battitura\b|"
    r"\bcontrariamente a quanto\b|\babbiamo fatto un torto\b"),
    # pt
    (r"\berramos\b|\bdiferentemente do\b|\bincorretamente\b|\bequivocadamente\b|"
     r"\bonde se l[eê]\b[^.]{1,120}\bleia-se\b|\bleggasi\b|\bsi legga\b|"
    r"\bao contr[aá]rio do que\b|\blemos mal\b|\bcomo publicado\b|\binforma[cç][aã]o incorreta\b"),
    # nl
    (r"\babusievelijk|\bten onrechte\b|\bonjuist|\bmoet zijn\b|\bexcuses\b|\bvergissing\b|"
    r"\bweggevallen\b|\bverkeerd(?:e|elijk)?\b|\bfoutie[fv]"),
    # more of each language's ways of admitting an error
    # ("richtig heißt es", not "heißt es in einer Mitteilung", which any report says)
    (r"\b(?:richtig|korrekt) hei(?:ß|ss)t es\b|\bwar zu lesen\b|\banders als "
     r"(?:zun[aä]chst |fr[uü]her |irrt[uü]mlich )?(?:berichtet|gemeldet|geschrieben|angegeben|"
     r"dargestellt)|\bentgegen (?:unserer|der) (?:darstellung|meldung|berichterstattung)|"
     r"\bbedauern (?:den|diesen) fehler|\bein fehler\b"),
    (r"\bil fallait lire\b|\bet non (?:pas )?|\bs['\u2019]est gliss[eé]e|\binexact|\bconfondu|"
     r"\bnos excuses\b|\bune erreur\b"),
    (r"\bpor un error\b|\bdebe decir\b|\bdebi[oó] decir\b|\bdonde dice\b|"
     r"\bse (?:dijo|indic[oó]|afirm[oó]|public[oó]) (?:por error|err[oó]neamente|incorrectamente)|"
     r"\blamentamos el error\b|\binexact"),
    (r"\brefuso\b|\bci scusiamo\b|\bun errore\b|\banzich[eé]\b|\binvece che\b|"
     r"\binesatt|\bsbagliat"),
    (r"\bpor lapso\b|\bgralha\b|\bincorrect[ao]\b|\berrad[ao]\b|\berradamente\b|\berrou\b|"
     r"\b(?:o|a) (?:nome|n[uú]mero|valor|dado|grafia|data) corret[ao]\b|\bo correto (?:[eé]|era)\b|"
     r"\bincorrectamente\b|\bdiferentemente\b"),
    (r"\b(?:is|was) (?:niet juist|onjuist)\b|\bklopt niet\b|\bper abuis\b|\bverwisseld\b|"
     r"\b(?:het|de) juiste\b|\bjuist is\b"),
    # and in each language, the adverbs and frames of an admitted error
    (r"\birrt[uü]mlicherweise\b|\bunrichtig|\bunzutreffend|\bnicht korrekt\b|\bfehlerhaft|"
     r"\b(?:muss|m[uü]sste) es (?:richtig )?hei(?:ß|ss)en\b|\bkorrekt (?:w[aä]re|muss)\b|"
     r"\berron[eé]ment\b|\bde (?:fa[cç]on|mani[eè]re) erron[eé]e\b|\bmal orthographi|"
     r"\bune erreur s['\u2019]est gliss[eé]e\b|\bnous nous sommes tromp[eé]s\b|"
     r"\bincorrectamente\b|\bde forma (?:err[oó]nea|incorrecta)\b|\bnos equivocamos\b|"
     r"\b(?:in modo|in maniera) (?:errat|inesatt|sbagliat)|\bnon corrett[oa]\b|"
     r"\bce ne scusiamo\b|\bci siamo sbagliati\b|"
     r"\bde forma (?:errada|incorreta)\b|\bpor engano\b|\bequivocou-se\b|"
     r"\bfoutief\b|\bfoutieve?lijk\b|\bvergist\b|\bniet correct\b|\bdat is onjuist\b"),
)

# Admissions that span a clause ("not X, as stated", "nicht X, sondern Y"): dearer to search,
# so each runs only when its closing word is in the text.
_ERR_SPANS = tuple((word, lazy_compile(pattern, _I)) for word, pattern in (
    # the newsroom's own kinds of error, an error its text contained, a fact it got wrong
    ("error", r"\b(?:editing|reporting|production|editorial|editor's|typographical|transcription|"
              r"copy-?editing|layout|printing|translation|headline) errors?\b"),
    ("mistake", r"\b(?:editing|reporting|production|editorial|editor's|typographical|"
                r"transcription|layout|printing|translation) mistakes?\b"),
    ("contained", r"\b(?:this|earlier|previous|original|prior) (?:[\w'-]+ ){0,6}?contained (?:an? |"
                  r"two |several |some )?(?:factual )?(?:errors?|mistakes?|inaccurac\w+|incorrect)\b"),
    ("wrong", r"\bgot (?:this|it|that|the \w+|\w+'s \w+) wrong\b"),
    ("original", r"\bthe original was (?:inaccurate|incorrect|wrong|misleading)\b"),
    ("earlier", r"\bthe earlier \w+ was (?:inaccurate|incorrect|wrong|misleading)\b"),
    *((w, r"\b(?:incorrect|inaccurate|erroneous) (?:information|figures?|dates?|ages?|titles?|"
           r"names?|spellings?)\b") for w in ("incorrect", "inaccurate", "erroneous")),
    ("wrong", r"\bwrong (?:information|figures?|dates?|ages?|titles?|names?|spellings?)\b"),
    ("outdated", r"\boutdated (?:information|figures?|dates?|ages?|titles?|names?)\b"),
    ("reversed", r"\breversed the (?:identities|names|order|labels|captions|figures|positions)\b"),
    ("learned", r"\b(?:has|have|had) (?:since|later|subsequently) learned\b"),
    ("policy", _BREACH), ("policies", _BREACH), ("standards", _BREACH), ("guidelines", _BREACH),
    ("principles", _BREACH),
    ("as ", (r"\bnot\b[^.;]{1,80}\bas (?:was |we |had been |the \w+ )?(?:\w+ly )?(?:stated|states|"
            r"reported|said|published|printed|written|suggested|indicated)\b")),
    ("como", r"\bn[aã]o\b[^.]{1,200}\bcomo (?:afirmou|informou|noticiou|publicou|disse|escreveu)\b"),
    ("maar", r"\bniet\b[^.;]{1,80}, maar\b"),
    ("sondern", r"\bnicht\b[^.;]{1,80}, sondern\b"),
    ("rather", r"\b(?:not|never)\b[^.;]{1,200}\bbut rather\b"),
    ("sino", r"\bno\b[^.;]{1,80}, sino\b"),
    (", ma ", r"\bnon\b[^.;]{1,80}, ma\b"),
    # an apology for a typo or a misprint
    *((w, r"\bapolog(?:y|ies) for (?:a|an|the|this|that|our|its) (?:\w+ )?(?:typo|typographical "
          r"error|misprint)\b") for w in ("typo", "typographical", "misprint")),
    # the error located in a text: "The error was in the original copy", "L'errore era nel testo
    # originale", "El error estaba en la nota"
    *((w, r"\b(?:the|l['\u2019]|el|o|der|de) ?(?:error|mistake|errore|erro|erreur|fehler|fout) "
          r"(?:was|is|era|[eè]|estaba|est[aá]|estava|[eé]tait|est|war|lag|zat) (?:in|nel|nella|en|"
          r"no|na|dans|im|in de|in het)\b") for w in ("erro", "erreur", "fehler", "fout", "mistake")),
))


def _err(text: str) -> bool:
    """An error admitted in ``text``."""
    if _ERR.search(text) or (langs.foreign(text) and langs.ERRORS.search(text)):
        return True
    low = text.lower()
    return any(word in low and pattern.search(text) for word, pattern in _ERR_SPANS)


# An admission that needs no sentence of its own naming the text: with any naming anywhere.
_STRONG = lazy_compile(
    r"\b(?:regrets?|apologi[sz]es?(?: for)?) (?:the|this|that|these|those) (?:errors?|mistakes?)\b|"
    r"\b(?:the )?(?:errors?|mistakes?|omissions?) (?:is|are) (?:deeply )?regretted\b|"
    r"\bregrets? (?:the|this|that|any) (?:omission|oversight|inaccuracy|confusion)\b|"
    r"\b(?:are|'re|am) (?:very |deeply |truly )?sorry (?:for|about) (?:the|this|that|these|any|"
    r"our) (?:errors?|mistakes?)\b|\b(?:our )?apologies (?:to|for)\b" + _NOT_INCONVENIENCE + "|"
    # (the newsroom's own "we ... set the record straight", not a debunker's; French "nos
    # excuses", not "NO excuses for being late")
    r"\bwe\b[^.;]{0,40}\bset the record straight\b|\berramos\b|\bpedimos desculpas\b|"
    r"\b(?:nos|mes|toutes nos) (?:plus plates |sinc[eè]res )?excuses\b|"
    r"\bpedimos desculpa\b|\beigen rechtzetting\b|\banders dan (?:in de krant|gemeld|vermeld|eerder)|"
    r"\bwir bitten um (?:entschuldigung|verzeihung)|\bnous (?:nous )?excusons\b|"
    r"\bpedimos disculpas\b|\bci scusiamo\b|"
    # owning it in so many words: "we accept that it wasn't the mayor who ...", "the Courier
    # acknowledges that ..." (a masthead's word, not "the Minister acknowledges")
    r"\bwe (?:accept|acknowledge|concede|admit) (?:that )?(?:it (?:was|is)(?: no|n['\u2019])t\b|we "
    r"(?:were|got|had) (?:\w+ )?wrong\b)|\b(?:the|this) (?:(?-i:[A-Z][\w.&'-]*) ){0,3}?(?:(?-i:Herald|"
    r"Times|Post|Telegraph|Guardian|Mail|Sun|Star|Tribune|Journal|Gazette|Chronicle|Courier|"
    r"Observer|Independent|Express|Mirror|Standard|Age|Australian|News|Press|Record|Examiner|"
    r"Inquirer|Globe|Register|Bulletin|Advertiser|Echo)|newspaper|paper|publication|magazine|"
    r"website) (?:acknowledges|accepts|concedes) that\b", _I)
# An admission that needs no other cue, in the outlet's own voice (read before the guards, which
# would take "we issue a correction" for a retelling):
_OWNED_ALONE = lazy_compile(
    # a correction declared as it is made: "Today, we issue a correction regarding two errors of
    # fact" (not "we will issue a correction if ...": the present, or "hereby")
    r"\bwe (?:hereby |now |today |therefore )?(?:issue|are issuing|offer) (?:a|this|the following) "
    r"(?:correction|clarification)s? (?:regarding|about|concerning)\b|"
    # an allegation owned as baseless: "We had no basis for alleging that ..."
    r"\bwe had no (?:basis|grounds|evidence|justification) (?:for|to) (?:alleging|allege|saying|say|"
    r"reporting|report|suggesting|suggest|claiming|claim|stating|state|publishing|publish)\b|"
    # the masthead's apology in the present, for its publication: "The Courier apologises to the
    # harbour master for publishing ...", "<Outlet> wishes to render an unqualified apology to
    # ... for publishing ..." (news of another outlet's apology is in the past)
    r"^(?:the )?(?-i:[A-Z][\w.&'-]*)(?: (?-i:[A-Z][\w.&'-]*)){0,3} (?:\w+ly )?(?:apologi[sz]es|"
    r"wishes to (?:apologi[sz]e|render an? (?:\w+ )?apology|offer an? (?:\w+ )?apology)) to\b"
    r"[^.;]{0,160}?\bfor"
    # ... for its own error ("for our reporting error") or for what it printed
    r"(?: (?:our|its) (?:[\w-]+ ){0,2}?(?:errors?|mistakes?|inaccurac(?:y|ies))\b"
    r"|\b(?:[^.;]{0,60}?\b(?:resulting from|caused by|arising from|in))? "
    r"(?:publishing|printing|running|broadcasting|the publication of),? (?:the|this|that|those|these|"
    r"our|its|an?|on)\b)|"
    # this text's inaccuracies owned, with the will to put them right: "the article contained
    # several inaccuracies, which we would like to correct"
    r"\b(?:this|the|our) (?:article|story|report|piece|item) contained (?:\w+ ){0,3}?"
    r"(?:inaccuracies|errors|mistakes)\b[^.;]{0,40}\bwhich we (?:would like to|wish to|must|now|"
    r"hereby)? ?correct\b", _I)
_IF_WHEN = lazy_compile(r"\b(?:if|when|whenever|where)\b[^.;]*$", _I)
# Words taken back or an error removed, in the outlet's own voice: a correction by themselves.
_TAKEN_BACK = lazy_compile(
    # a suggestion taken back, in the UK house form: "The Sun unreservedly withdraws any
    # suggestion that ...", "We withdraw the allegation"
    # (a name needs the adverb: "Mr Hale withdraws the allegation" is news of him)
    r"(?:^|[.!?]\s+)(?:we (?:(?:unreservedly|fully|entirely) )?withdraw|(?-i:(?:The )?[A-Z][\w&'.-]*"
    r"(?: [A-Z][\w&'.-]*){0,3}) (?:unreservedly|fully|entirely) withdraws) (?:any|the|all|these|"
    r"this|our) (?:suggestions?|allegations?|imputations?|claims?|insinuations?)\b|"
    # an error made in a dated or named text of its own: "A serious error was made in the
    # February 28 article titled ..."
    r"(?:^|[.!?]\s+)(?:an?|one) (?:\w+ )?(?:error|mistake) (?:was made|appeared|occurred) in (?:the|our|"
    r"an?|this|yesterday's|\w+day's) (?:[\w.,'-]+ ){0,4}?(?:article|story|column|report|editorial|"
    r"edition|caption|headline|item|obituary)\b|"
    # a text of its own updated to put something right: "On 20 May we updated an edition of the
    # harbour letter to correct the cost of the new quay"
    r"\bwe (?:have |had )?(?:updated|amended|edited|revised|changed) (?:an?|the|this|that|our) "
    r"(?:[\w'\u2019-]+ ){0,6}?to (?:correct|fix|remove an? (?:error|inaccuracy))\b|"
    # a part of the text corrected from its misspelling: "The name of X was corrected from the
    # originally misspelled Y."
    r"\bcorrected from the (?:originally |previously )?(?:misspelled|misspelt|incorrect|wrong)\b|"
    # the outlet's own piece that failed to note something: "The item failed to note that ..."
    r"(?:^|[.!?]\s+)(?:the|this|our) (?:item|article|story|report|column|editorial|review|obituary) "
    r"(?:also )?(?:failed|neglected) to (?:note|mention|include|make clear|say|disclose|state|"
    r"credit|acknowledge|attribute|cite)\b|"
    # an apology for having run it: "The Press would like to apologize for running quotes ..."
    r"\b(?:would like to|wishes to|wants to) apologi[sz]e (?:to (?:our|its) readers )?for (?:running|"
    r"publishing|printing|airing|posting)\b|"
    # a reference taken out of the report: "Any reference to X was removed from the report in
    # subsequent broadcasts."
    r"\b(?:any|the|all) references? to [^.;]{1,80}? (?:was|were|has been|have been) removed from "
    r"(?:the|this|our) (?:report|story|article|broadcast|bulletin|programme|program|segment)\b|"
    # the newsroom's own edit to remove an error: "we edited X's letter to remove an error"
    r"\bwe(?: have|'ve)? (?:edited|amended|changed|updated|revised) (?:[\w'\u2019-]+ ){0,5}?"
    r"to (?:remove|correct|fix) (?:an?|the) (?:\w+ )?(?:error|mistake|inaccuracy)\b", _I)
# Page references of a corrections column's item: "(Headline, 10 June, p34)".
_CITATION = lazy_compile(r"\([^()]{2,200},\s*(?:[^(),]+,\s*)*(?:p|pp|page|pg)\.?\s?[A-Z]?\d+\)", _I)
_PAIR = lazy_compile(r"(?:,|\bis|\bwas|\bare|\bwere)\s+not\b|\brather than\b|\binstead of\b|"
                     r"\bsaid\b|\bstated\b", _I)

# A sentence that gives the fact after one that named the outlet's text.
_FACT_OPENER = lazy_compile(
    r"^(?:in fact|in reality|actually|the (?:correct|actual|right|accurate) |(?:the [\w.]+|we|ap|"
    r"reuters) (?:has |have )?(?:since|later|subsequently) (?:learned|confirmed|determined)|tats[aä]chlich|richtig ist|korrekt ist|en r[eé]alit[eé]|"
    r"en realidad|in realt[aà]|na verdade|in werkelijkheid|dit moet zijn|de juiste|"
    r"si trattava (?:invece|ovviamente)|but (?:the|in fact)|however, |in wahrheit|vielmehr|"
    r"en fait|de hecho|lo correcto (?:es|era)|in verit[aà]|in effetti|na realidade|o certo [eé]|"
    r"in feite|het juiste|"
    # German, the fact with its contrast inside: "Es sind aber deren zwölf.", "Das Bild stammt
    # allerdings aus ...", "Präziser müsste es heissen: ..."
    r"(?:es|das|er|sie|dies|der \w+|die \w+|das \w+) (?:ist|sind|war|waren|stammt|stammte|hat|"
    r"haben|lag|liegt) (?:aber|jedoch|allerdings|tats[aä]chlich)\b|pr[aä]ziser (?:m[uü]sste|"
    r"w[aä]re|hei[sß]t)|" + langs.FACTS + ")", _I)

# "But the ...", "However, ...": the fact against a claim only after a sentence that tells what
# was said or printed ("A story on Sunday stated that ... However, records show ...").
_BUT_OPENER = lazy_compile(r"but the|however", _I)
_TOLD = lazy_compile(
    r"\b(?<!-)(?:said|says|stated|states|reported|reports|wrote|described|called|gave|listed|"
    r"identified|referred|attributed|quoted|named|suggested|implied|claimed|indicated|printed|"
    r"published|mis\w+|incorrectly|wrongly|erroneously|mistakenly)\b", _I)

_PURPOSE = "".join(f"(?<!{w} )" for w in (
    "attempt", "attempts", "attempting", "try", "tries", "trying", "aim", "aims", "seek", "seeks",
    "hope", "hopes", "help", "helps", "meant", "intended", "designed", "serves"))
# To clarify, to make clear: a clarification.
_CLARIFY = lazy_compile(_WE_SHOULD_HAVE + r"|\bwe should clarify\b|\bshould have made (?:this|that|"
                        r"the|a) (?:distinction|clear)\b"
                        r"|\b(?:should (?:have )?(?:made|make) (?:it )?clear|(?:wish(?:es)?|want) to (?:clarify|"
                        r"make (?:it )?clear)|(?:would|'d) like to (?:clarify|make (?:it )?clear)|"
                        # (not what a text sets out to do: "In this article we attempt to
                        # clarify how ...", "This guide is meant to make clear ...")
                        # (nor someone clarifying their own words: "a post to clarify his
                        # position")
                        + _PURPOSE + r"(?:to make (?:it )?clear|to clarify)(?!\s+(?:his|her|their|"
                        r"its|my)\b)|"
                        # the British formula of a clarification: "The Sun has asked us to
                        # point out that ..."
                        r"(?:has|have) asked us to (?:point out|make (?:it )?clear|clarify|state)|"
                        r"klarstell|stellen klar|pr[aä]ziser (?:m[uü]sste|w[aä]re|hei[sß]t)|"
                        r"pr[eé]ciser|pr[eé]cisons|aclarar|aclaramos|"
                        # "queremos hacer las siguientes precisiones", "cabe precisar"
                        r"hacer (?:las siguientes|una|algunas) precisi(?:[oó]n|ones)|cabe precisar|"
                        r"precisare|precisiamo|esclarecer|esclarecemos|deixad[oa] clar[oa]|"
                        r"verduidelijk)", _I)
# A claim made on air or in print, in the passive: "During an interview ... it was stated that
# ...", which a following "To be clear, ..." answers.
_PASSIVE_CLAIM = lazy_compile(r"\bit was (?:stated|said|claimed|suggested|reported|implied) "
                              r"(?:(?:on|in) (?:the|this|our) (?:programme|program|report|"
                              r"broadcast|bulletin|interview|article|story) )?that\b", _I)
# The outlet telling that it clarified on air or in print: "A clarification was aired on ...".
_CLARIFICATION_MADE = lazy_compile(r"\b(?:an?|the|this) clarification (?:was|has been|will be) "
                                   r"(?:aired|broadcast|published|printed|issued|made|added|"
                                   r"appended|posted|run)\b", _I)
_CLARIFY_START = lazy_compile(r"^[\s\u2022*\-]*to (?:clarify|be clear)\s*[,:\u2014\u2013]", _I)
# A wording that could mislead, told of the outlet's own text (in the sentence that names it or
# the next): a clarification in every language ("This wording may have given the impression
# that ...", "Deze parafrase kan de suggestie wekken", "la formulation pouvait laisser penser").
_IMPRESSION = lazy_compile(
    r"\b(?:may|might|could|can) (?:have )?(?:given|give|created?|left) (?:(?:readers|some "
    r"readers|the reader) (?:with )?)?(?:the|a|an) (?:\w+ )?impression\b|\b(?:may|might|could) "
    r"have (?:implied|suggested)\b|"
    r"\b(?:may|might|could|can) (?:have )?(?:led|lead) (?:readers |some readers |the reader )?to "
    r"(?:the|a|an) (?:\w+ )?impression\b|"
    r"\b(?:left|gave|created|giving|leaving|creating) (?:(?:readers|some readers|the reader) "
    r"(?:with )?)?(?:the|a|an) (?:false|wrong|mistaken|incorrect|misleading|inaccurate) "
    r"impression\b|\b(?:left|gave|created) (?:readers (?:with )?)?the impression that\b|"
    r"\b(?:kan|kon|zou) (?:de|het|een) (?:\w+ )?(?:suggestie|indruk) (?:kunnen )?(?:wekken|geven)\b|"
    r"\b(?:k[oö]nnte|kann|konnte|k[oö]nnten) (?:bei \w+ )?(?:den|einen) (?:\w+ )?eindruck "
    r"(?:erwecken|entstehen)|"
    r"\b(?:pouvai(?:t|ent)|pourrai(?:t|ent)|a pu|peut) (?:laisser (?:penser|croire|entendre|"
    r"supposer)|donner (?:l'|une )impression|faire croire)\b|"
    r"\b(?:pod[ií]a(?:n)?|podr[ií]a(?:n)?|pudo) (?:dar a entender|hacer pensar|llevar a pensar|"
    r"dar la impresi[oó]n|inducir a error)\b|"
    r"\b(?:poteva(?:no)?|potrebbe(?:ro)?|avrebbe potuto) (?:far pensare|far credere|lasciare "
    r"intendere|dare l'impressione|indurre in errore)\b|"
    r"\b(?:podia(?:m)?|poderia(?:m)?|p[oô]de) (?:dar a entender|levar a crer|dar a impress[aã]o|"
    r"induzir a erro)\b", _I)
# Looser words for a clarification ("did not make clear", "may have given the impression",
# "happy to make clear"): only beside the outlet's own text named strongly, since news says
# them of other people's reports.
_CLARIFY_LOOSE = lazy_compile(
    r"\b(?:did not|didn't|failed to) make (?:it )?clear\b|\bmay have (?:given|created|left) "
    r"(?:(?:readers|some readers) with )?(?:the|a|an) (?:\w+ )?impression\b|\bmay have (?:implied|"
    r"suggested)\b|\bcould have been (?:read|understood|interpreted|misread)\b|"
    r"\bwe (?:are|were|have been|'re|would be) (?:happy|pleased|glad|asked|keen) to (?:clarify|"
    r"make (?:it )?clear|point out|confirm|explain|record|note|set out)\b", _I)
# The outlet's own text named strongly: we, our, this article, an earlier version, or a
# corrections column's item with its day ("An article on Monday", "Tuesday's story").
_OWN = lazy_compile(
    r"^(?:an?|the|our|one of our) (?:\w+ )?(?:presenter|reporter|correspondent|newsreader|host|"
    r"interviewer|commentator|strapline|ticker)s? (?:\w+ly )?(?:said|suggested|stated|reported|"
    r"claimed|described|referred|implied|called|gave|wrongly|incorrectly)\b|"
    rf"\b(?:we|our|us)\b|\bthis (?:[^\s.;:]+\s+){{0,2}}?{_DOCS}\b|"
    rf"\b(?:earlier|previous|original) {_DOCS}\b|"
    rf"^[\s\u2022*\-]*{_LEAD_CLAUSE}(?:in |on )?(?:an?|the) (?:[\w'-]+ ){{0,3}}?{_OWN_DOCS}s? "
    rf"(?:(?:on|in|from|published|dated|that ran|which ran|of) )?(?:the )?(?:{_DATEISH}|page|"
    r"\d|(?:\w+ )?(?:edition|issue|section|paper|magazine))|"
    rf"\b(?:{_WEEKDAY}|yesterday)(?:'s)? (?:[^\s.;:]+\s+){{0,3}}?{_OWN_DOCS}s?\b", _I)
# Within a sentence: not its end, but the period of "Feb. 2" may stand
_NO_END = (r"(?:[^.;]|\.(?= \d)|(?<=\b[A-Z])\.(?= )|(?<=\b(?:Jr|Sr|Mr|Ms|Dr|St))\.(?= )|"
           r"(?<=\bMrs)\.(?= )|(?<=\b(?:Gov|Sen|Rep|Gen|Col))\.(?= ))")  # (not "G." in "John G. Roberts")
# A corrections column's item: its text named with a day and what it was about ("An article
# on Monday about ...", "A Tuesday column about ..."), saying something of someone.
_ITEM = lazy_compile(
    rf"^[\s\u2022*\-]*{_LEAD_CLAUSE}(?:in |on )?(?:an?|the|our|{_WEEKDAY}'s|yesterday's) "
    rf"(?:[\w'.,-]+ ){{0,4}}?{_OWN_DOCS}s?\b{_NO_END}{{0,60}}?(?:\babout\b|\bin (?:{_WEEKDAY}'s|"
    r"yesterday's|today's|some|early|late|the \w+day) (?:\w+ )?(?:editions?|issue|paper|section)\b)"
    rf"{_NO_END}*?\b(?:said|stated|"
    r"reported|described|referred to|called|identified|listed|gave|quoted|attributed|put|"
    r"located|characteri[sz]ed|omitted|left out)\b", _I)
_OWN_ITEM = lazy_compile(
    rf"^[\s\u2022*\-]*{_LEAD_CLAUSE}(?:(?:[\w'-]+ ){{1,5}}?(?:in|on|with|from|of) )??(?:in |on )?"
    rf"(?:an?|the|{_WEEKDAY}'s|yesterday's|our) "
    rf"(?:[\w'.,-]+ ){{0,4}}?{_OWN_DOCS}s?\b{_NO_END}{{0,60}}?\b(?:about|on {_DATEISH}|published|"
    r"in (?:the |our )?\w+ (?:edition|issue|section))", _I)
# The fact after the item's claim, short as corrections state it: "She is 36.", "He was the
# deputy." (not "He was later cleared.": news goes on so)
_FACT_AFTER = lazy_compile(r"^(?:[Hh]e|[Ss]he|[Tt]hey|(?!(?:It|This|That|The|There|These|Those|An?)\b)"
                           r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}) (?:is|was|are|were) "
                           r"(?:\d|the |an? |[A-Z])")
# A fact set against another in one sentence: "The bach is the Schwabinger Bach, not the
# Eisbach.", "..., nicht der ...", "..., et non ...", "..., non ...", "..., e não ...".
# Not after a connective ("He, however, did not explain", "Ele, no entanto, não explicou"): that
# is a negation in the flow of a sentence, not a value set against another.
_CONTRA = lazy_compile(r"(?<!however)(?<!though)(?<!jedoch)(?<!cependant)(?<!embargo)(?<!tuttavia)"
                       r"(?<!entanto)(?<!porém)(?<!echter)"
                       r",\s+(?:and |und |et |e |y |en )?(?:not|nicht|non|pas|no|n[aã]o|niet)\b"
                       r"(?! only\b| least\b| just\b| nur\b| seulement\b| solo\b| entanto\b"
                       r"| obstante\b| embargo\b)", _I)
# The outlet's claim in its own voice, for a short fact to answer: "we referred to her as an
# American poet. She is Canadian."
_WE_CLAIM = lazy_compile(r"\bwe (?:\w+ly )?(?:said|wrote|stated|reported|referred to|described|called|"
                         r"claimed|made (?:a )?reference to|"
                         r"gave|put|listed|identified|had (?:it|him|her|them))\b", _I)
# A dated item of a corrections column, with what it said: "Two July 20 articles on ... said",
# "A story about ... on April 27 described ...". A source answering it in the next sentence
# ("The White House says ...") makes it a correction.
_CLAIM_VERB = (r"(?:said|stated|reported|wrote|described|called|gave|put|placed|listed|identified|"
               r"named|referred to|attributed|located|dated|credited|had (?:it|him|her|them))")
_DATED_ITEM = lazy_compile(
    rf"^[\s\u2022*\-]*(?:an?|the|two|three|several|our|{_WEEKDAY}'s|yesterday's) (?:{_DATEISH},? "
    # (a report only by its quoted title: "A report \"Assam goes to ...\" (April 23, 2009)", not
    # "A report on Monday by the housing agency said")
    rf"(?:\d{{4}} )?)?(?:[\w'-]+ ){{0,2}}?(?:article|stor(?:y|ie)|report(?= [\"\u201c])|column|"
    r"editorial|obituary|review|"
    r"headline|caption|item|graphic|map|photo caption|graph|chart|table|picture|photograph|"
    r"infographic|programme|program|bulletin|broadcast|segment|episode|podcast|newsletter)s?\b"
    rf"{_NO_END}{{0,120}}?\b{_DATEISH}\b{_NO_END}{{0,160}}?\b{_CLAIM_VERB}\b", _I)
_DATED_ITEM_LEAD = lazy_compile(
    rf"^[\s\u2022*\-]*(?:two|three|several|an?|the) {_DATEISH}\b[^.;]{{0,10}}? (?:article|stor(?:y|ie)|"
    rf"column|editorial|review|item)s? (?:on|about)\b[^;]{{0,200}}?\b{_CLAIM_VERB}\b", _I)
# A magazine's item by its quoted headline, with its section and date in brackets: '"Crash
# course" (News, March 4, print edition) misstated ...' (not '"Hamlet" (1948) said ...': the
# brackets must hold a day, a page or an edition)
_QUOTED_ITEM = lazy_compile(
    r"^[\s\u2022*\-]*[\"\u201c][^\"\u201c\u201d]{3,150}[\"\u201d]\s*\("
    rf"(?=[^)]{{0,100}}?(?:\b{_DATEISH}\b|\bp\.?\s?\d|\bpage\b|\bedition\b|\bissue\b))"
    r"[^)]{1,120}\)\s+(?:\w+ly\s+)?(?:also\s+)?"
    rf"(?:{_CLAIM_VERB}|mis(?:identified|stated|spelled|spelt|quoted|attributed|named|reported|"
    r"calculated|characterized|characterised|described|labell?ed|read))\b", _I)
# A magazine's dated item under its section's name, then the writer and the claim: 'In a Jan. 29
# "Food," Andrew Lawler referred to ...', "In a July 11 Brow Beat post, David Haglund referred
# to ..." (a section in capitals, not "In a Jan. 29 interview, the mayor said ...").
_DATED_IN_ITEM = lazy_compile(
    rf"^[\s\u2022*\-]*in (?:(?:an?|the) {_DATEISH},?|{_MONTH}\s+\d{{1,2}}(?![\d,]))\s+(?:[\"'\u201c\u2018]?(?-i:[A-Z])[\w&'\u2019.-]*,?"
    r"[\"'\u201d\u2019]?\s+){1,4}(?:(?:blog )?(?:post|piece|column|article|essay|video|podcast),?\s+)?"
    r"(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3}\s+(?:\w+ly\s+)?(?:also\s+)?"
    rf"(?:{_CLAIM_VERB}|mis(?:identified|stated|spelled|spelt|quoted|attributed|named|reported|"
    r"characterized|characterised|described|labell?ed))\b", _I)
# The same in a daily's own section, the claim often in the passive: "In some editions of
# yesterday's Style section, X was listed as a guest ..." (answered by the next sentence).
_IN_EDITION_ITEM = lazy_compile(
    rf"^[\s\u2022*\-]*in (?:(?:some|early|late|later) editions of )?(?:yesterday's|(?:last )?"
    rf"{_WEEKDAY}'s|the {_DATEISH}|an? {_DATEISH}) (?:[\w'&-]+ ){{0,3}}(?:section|edition|issue|"
    rf"paper|magazine|supplement|page)s?,\s+{_NO_END}{{1,160}}?\b(?:(?:was|were) (?:\w+ly )?(?:listed|"
    r"identified|described|named|given|reported|referred to|called|shown|credited|quoted|"
    rf"misidentified|misspelled|misquoted)|{_CLAIM_VERB})\b", _I)
# An error of the outlet's dated text, in the passive: "Joliet, which was misspelled in a story
# Saturday", "was misidentified in yesterday's editions".
_PASSIVE_ERR_IN = lazy_compile(
    r"\b(?:was|were) (?:also )?(?:mis(?:spelled|spelt|identified|stated|quoted|labell?ed|"
    r"attributed|named)|(?:incorrectly|wrongly|erroneously) \w+) in (?:(?:yesterday's|"
    rf"{_WEEKDAY}'s|last {_WEEKDAY}'s) (?:[\w'-]+ ){{0,3}}?(?:story|article|column|editorial|"
    r"caption|headline|report|item|obituary|review|correction|editions?|section)\b|(?:an?|the) "
    r"(?:[\w'-]+ ){0,2}?(?:story|article|column|editorial|caption|headline|report|item|obituary|"
    rf"review|correction) (?:on |published )?(?:{_WEEKDAY}|yesterday|{_DATEISH})\b)", _I)
# ... the same item after a sentence that states the fact first
# A sentence's end before the next one, a closing quotation mark kept: 'as a "charity." In fact'
_SENT_END = r"[.!?][\"')\]]?\s+"
_SENT_END_SEMI = r"[.;:!?][\"')\]]?\s+"
_DATED_ITEM_AFTER = lazy_compile(_SENT_END + _DATED_ITEM.pattern[1:], _I)
# A source answering the item, and denying it: "The White House says Roberts does not recall ..."
_SOURCE_ANSWERS = lazy_compile(r"^(?:the |a |an )?(?:[A-Z][\w.'-]*[ ,]+){1,5}(?:[\w' ,-]{0,60}? )?"
                               r"(?:says|said|has said|notes|noted|has noted|points out|pointed out|"
                               r"has pointed out|has confirmed|has clarified|has asked us to "
                               r"(?:point out|clarify|make clear))\b.{0,120}\b(?:not|never|no longer|"
                               r"denie[sd]|only)\b"
                               # or flatly: "Hale denies this and says ..."
                               r"|^(?:the |a |an )?(?:[A-Z][\w.'-]*[ ,]+){1,5}(?:\w+ly )?(?:denies|"
                               r"disputes|rejects) (?:this|that|it|the (?:claim|report|suggestion|"
                               r"account|allegation))\b", 0)
# ... or telling the newsroom itself: "The Council inform us that a property has now been found."
_TOLD_US = lazy_compile(r"^(?:the |a |an )?(?:[A-Z][\w.'-]*[ ,]+){1,5}(?:[\w' ,-]{0,40}? )?(?:inform|"
                        r"informs|has informed|have informed|tells|tell|has told|have told|advises|"
                        r"advise|has advised|have advised) us\b", 0)
# ... and with the source after it: "He has spoken to the group but does not recall having been
# a member, a White House spokeswoman said."
_SOURCE_ANSWERS_AFTER = lazy_compile(r"\b(?:not|never|no longer|denie[sd])\b.{0,160},\s+(?:the |a |an )?"
                                     r"(?:[\w.'-]+ ){0,5}(?:says|said)\.?\s*$", 0)
# The short fact that answers a claim: "She is Canadian.", "It is a credit union.", "Roberts
# was not a member." (not one a source is quoted for)
_SHORT_FACT = lazy_compile(r"^(?:it|he|she|they|(?-i:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2})|"
                           # "His widow, Ann Smith, was ...": a relation named, and its name
                           r"(?:his|her|their|its) \w+,(?: (?-i:[A-Z])[\w.'-]*){1,3},) "
                           r"(?:is|was|are|were|will be|has|had|needs|costs?)\b(?!.*\b(?:said|says)\b)",
                           _I)
_OWN_CLAIM = lazy_compile(rf"\b{_CLAIM_VERB}\b", _I)
# What a claim looks like after its verb: "said the line would open", "referred to her as",
# "put it in", "placed the output at" (not "said goodbye to the old stand")
_CLAIM_SHAPE = lazy_compile(
    r"\b(?:said|stated|reported|wrote)(?: that)? [^.;]{1,80}?\b(?:is|was|are|were|would|will|had|"
    r"has|could|can)\b|\b(?:referred to|described|listed|identified|gave|named|credited|called)\b"
    r"[^.;]{1,80}?\bas\b|\b(?:put|placed|located|dated)\b[^.;]{1,80}?\b(?:at|in|on|to)\b|"
    r"\bhad (?:it|him|her|them)\b|\battributed\b[^.;]{1,80}?\bto\b", _I)
_WE_OUR = lazy_compile(r"\b(?:we|our)\b", _I)
# News going on about the same thing, not a fact set right: "It was the fastest rise in a decade."
_GOES_ON = lazy_compile(r"^(?:it|this|that|he|she|they) (?:is|was|are|were) (?:the|its|his|her|their) "
                        r"(?:\w+est|most|first|last|only|biggest|largest|highest|lowest|latest)\b", _I)
# "We said the line would open in 2027; it is due in 2029.": the outlet's claim, then the fact
_WE_SAID_FACT = lazy_compile(
    r"\bwe (?:\w+ly )?(?:said|reported|wrote|stated|described|called|gave|put)\b[^;.]{3,200}; "
    r"(?:in fact,? )?(?:it|he|she|they|the [\w-]+|[A-Z][\w-]+) (?:is|was|are|were|costs?|will "
    r"(?:be|cost|open|close|last|start|end|take))\b", _I)
_BARE_ERR = lazy_compile(r"\b(?:was|were|is|are) (?:\w+ly |simply |also )?(?:incorrect|inaccurate|"
                         r"wrong|erroneous|"
                         r"outdated|incomplete|not (?:correct|accurate))\b|\bomitted\b|\bleft out\b",
                         _I)
# A sentence that judges the one before it, which named the outlet's text: "This was incorrect."
_VERDICT = lazy_compile(
    r"^(?:this|that|it|which|the (?:claim|statement|figure|report|description)) (?:was|is) "
    r"(?:incorrect|inaccurate|wrong|untrue|erroneous|mistaken|misleading|not (?:correct|accurate|"
    r"true|so|the case)|an error|a mistake)\b", _I)

# Withdrawals announced by the outlet: "We have since withdrawn the article", "Reuters is
# withdrawing a Nov. 15 story", "This has been retracted".
_WITHDRAW = lazy_compile(
    r"\bwe (?:have |had )?(?:since |now )?(?:withdrawn|removed|retracted|unpublished|taken down|"
    r"deleted|pulled)\b[^.]{0,60}\b(?:article|story|report|post|piece|item|programmes?|video)"
    # the particle after the text: "We have taken the story down", "we took the post offline"
    r"|\bwe(?: have| had|'ve|'d)? (?:since |now )?(?:taken|took) (?:the|this|our|that) (?:\w+ )?"
    r"(?:article|story|report|post|piece|item|video) (?:down|offline)\b"
    # ... as it happens, or as decided: "we are retracting our original story that ...",
    # "we have decided to withdraw the article"
    r"|\bwe(?: are|'re| have| had|'ve)? (?:now |therefore |since )?(?:withdrawing|retracting|"
    r"unpublishing|decided to (?:withdraw|retract|unpublish|remove|take down))\b[^.]{0,40}\b"
    r"(?:article|story|report|post|piece|item|programmes?|video)"
    # ... or taken off the outlet's own site, in the other languages: "Cette publication, qui a
    # été retirée de notre site, ...", "fue retirada de nuestro sitio"
    r"|\b(?:a|ont) [eé]t[eé] (?:retir[eé]|supprim[eé]|d[eé]publi[eé])e?s? de notre site\b"
    r"|\b(?:fue|ha sido|fueron|han sido) (?:retirad|eliminad|despublicad)[oa]s? de nuestr[oa] (?:"
    r"sitio|web|portal|p[aá]gina)\b"
    r"|\b(?:foi|foram) (?:retirad|removid|despublicad)[oa]s? do nosso (?:site|portal)\b"
    r"|\b(?:[eè]|sono) stat[oaie] (?:rimoss|ritirat|cancellat)[oaie] dal nostro sito\b"
    r"|\b(?:wurde|wurden|ist|sind) (?:von|aus) unserer? (?:webseite|website|seite|angebot|"
    r"internetseite) (?:entfernt|gel[oö]scht|genommen)\b"
    r"|\b(?:is|werd|zijn|werden) (?:van|uit) onze (?:site|website) (?:verwijderd|gehaald)\b"
    # ... or the text named before it: "the story lacked any basis and we hereby retract it"
    r"|\b(?:article|story|report|post|piece|item)\b.{0,500}?\bwe (?:hereby |therefore |now )?"
    r"(?:retract|withdraw) it\b"
    # ("Reuters is withdrawing a Nov. 3 story", not "Domtar Inc said it is withdrawing a share
    # issue": a name in capitals, and a text of its own withdrawn)
    # ... or has: "Reuters has withdrawn the story headlined ..." (the story named by its
    # headline, not "The Meridian has retracted a story about ..., its editor confirmed")
    r"|^[\s(]*(?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) (?:has|have) (?:withdrawn|retracted|"
    r"killed) (?:the|its|this) (?:[\w.,'-]+ ){0,2}?(?:story|item|report|article|dispatch) "
    r"(?:headlined|titled|slugged|entitled)\b"
    r"|^[\s(]*(?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) (?:(?:is|are) (?:withdrawing|retracting|"
    r"killing)|hereby (?:retracts?|withdraws?)) "
    r"(?:an?|the|its|this) (?:[\w.,'-]+ ){0,4}?(?:story|stories|item|report|article|"
    r"dispatch|photo|picture|image|video|version|alert|headline|interview|column|piece)s?\b"
    r"|^[\s(]*this (?:\w+ )?(?:has been|was|is being) (?:retracted|withdrawn)\b"
    # a formal notice in the present: "The Agency unhesitatingly apologises and retracts the
    # said news item", "The Gazette hereby withdraws ..." (news of it is told in the past)
    r"|\b(?:apologi[sz]es|regrets) and (?:hereby |unreservedly |unconditionally )?(?:retracts|"
    r"withdraws)\b|\b(?:hereby|unreservedly|unconditionally|unhesitatingly) (?:retracts|"
    r"withdraws)\b"
    # the text named, then taken off the site: "An article ... published on the Times website
    # on March 17 have been removed from the site because ...", "The 18 August article titled
    # '...' has been removed from our website"
    r"|^[\s(]*(?:an?|the|this|our) (?:[\w.,'-]+ ){0,4}?(?:article|story|report|post|piece|column|"
    r"video)\b[^.]{0,200}?\b(?:has|have) been (?:removed|taken down|deleted|unpublished|withdrawn) "
    r"from (?:the|our|this) (?:web ?site|site|platform|archives?|pages)\b"
    # "Axios has removed the article published here on Nov. 17, 2021, because ..."
    r"|^[\s(]*(?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) (?:has|have) (?:removed|withdrawn|"
    r"retracted|unpublished|taken down) (?:the|this|an?) (?:\w+ )?(?:article|story|report|post|piece|"
    r"item|video|column) (?:that )?(?:was )?(?:previously |originally )?(?:published|posted|that "
    r"appeared|appearing) (?:here|at this|on this)\b"
    # the same announced in German, French, Spanish, Italian, Portuguese and Dutch
    r"|\b(?:wir haben|haben wir) (?:den|diesen|unseren) (?:artikel|text|beitrag|bericht) "
    r"(?:[\w-]+ ){0,4}?(?:zur[uü]ckgezogen|entfernt|gel[oö]scht|depubliziert|offline genommen|vom "
    r"netz genommen)"
    # "The article previously published at this address has been removed"
    r"|\b(?:article|story|post|report|piece|page) (?:that )?(?:previously |originally )?"
    r"(?:(?:published|posted) (?:at|on|under) this (?:address|url|page|link)|appeared (?:here|"
    r"on this page|at this address))\b[^.]{0,40}\b(?:has been|was|is) "
    r"(?:removed|withdrawn|retracted|deleted|taken down)"
    r"|\bnous avons (?:retir[eé]|supprim[eé]|d[eé]publi[eé]) (?:cet|l['\u2019]"
    r"|notre) ?(?:article|texte)"
    r"|\bhemos (?:retirado|eliminado|despublicado) (?:este|esta|el|la|nuestr[oa]) "
    r"(?:art[ií]culo|texto|noticia|informaci[oó]n|reportaje)"
    r"|\babbiamo (?:rimosso|ritirato|cancellato) (?:questo|quest['\u2019]|l['\u2019]|il nostro) ?"
    r"(?:articolo|testo|pezzo)"
    r"|\b(?:retiramos|removemos|despublicamos) (?:este|esta|o|a|nossa|nosso) (?:artigo|texto|"
    r"reportagem|not[ií]cia|mat[eé]ria)"
    r"|\b(?:we )?hebben (?:dit|het|ons) (?:artikel|stuk|bericht) (?:ingetrokken|verwijderd|"
    r"offline gehaald)"
    # a text taken off the site, in the passive: "O texto ..., publicado pelo X no dia 16, foi
    # retirado do ar", "El artículo fue despublicado", "L'article a été dépublié", "Der Beitrag
    # wurde depubliziert", "Het artikel is offline gehaald" (words only media use of a text)
    r"|\b(?:texto|artigo|reportagem|not[ií]cia|mat[eé]ria|conte[uú]do|art[ií]culo|noticia|"
    r"reportaje|contenido|article|articolo|pezzo|contenuto|artikel|beitrag|text|stuk|bericht)\b"
    r"[^.]{0,200}?\b(?:(?:foi|foram|fue|"
    r"fueron) (?:retirad[oa]s? (?:do ar|del aire)|despublicad[oa]s?)|a été (?:d[eé]publi[eé]e?|"
    r"retir[eé]e? (?:du site|de notre site|en ligne))|(?:è|e) stat[oa] (?:depubblicat[oa]|"
    r"rimoss[oa] dal sito)|wurde (?:depubliziert|offline genommen|vom netz genommen)|is offline "
    r"gehaald)\b"
    # a wire desk's kill: "Please disregard the earlier story on ... It was sent in error."
    r"|^[\s(]*(?:(?:editors|eds)[:,.]?\s+)?(?:please )?(?:disregard|ignore) (?:the|this|our|that) "
    r"(?:(?:earlier|previous|above|preceding|last) )?(?:story|item|article|report|dispatch|alert|"
    r"advisory|version|headline|flash|bulletin)\b", _I)

# A text published in error ("An error led to the publication of ...", "publicou por engano")
# and, in a later sentence, taken down: a withdrawal.
_PUBLISHED_IN_ERROR = lazy_compile(
    r"\b(?:(?:published|posted) (?:at|on|under) this (?:url|address|page|link)|"
    r"an? (?:\w+ )?error led to the publication|(?:published|posted|sent|aired) (?:\w+ ){0,4}?"
    r"(?:in error|by mistake|prematurely)|(?:erroneously|mistakenly|accidentally|inadvertently) "
    r"(?:published|posted|sent)|publicou por (?:engano|erro)|publicad[oa] por (?:engano|erro|"
    r"error)|public[oó] por error|pubblicat[oa] per errore|publi[eé]e? par erreur|"
    r"(?:irrt[uü]mlich|versehentlich|f[aä]lschlicherweise) ver[oö]ffentlicht|per ongeluk "
    r"(?:gepubliceerd|geplaatst))\b", _I)
_TAKEN_DOWN = lazy_compile(
    r"\b(?:has been|have been|was|were|(?:needed|had|has) to be) (?:removed|withdrawn|deleted|taken down|unpublished|"
    r"retracted)\b|\b(?:foi|foram|fue|fueron) (?:retirad[oa]s?|removid[oa]s?|eliminad[oa]s?)\b|"
    r"\b(?:a|ont) [eé]t[eé] (?:retir[eé]e?s?|supprim[eé]e?s?)\b|\b(?:[eè]|sono) stat[oaie] "
    r"(?:rimoss[oaie]|ritirat[oaie])\b|\bwurden? (?:entfernt|gel[oö]scht|zur[uü]ckgezogen)\b|"
    r"\b(?:is|zijn) (?:verwijderd|offline gehaald)\b", _I)


_TAKEN_BACK_WORDS = ("withdraw", "error", "mistake", "inaccura", "corrected from", "failed to",
                     "neglected to", "apologi", "removed from", " to correct", " to fix")
_PUBLISHED_IN_ERROR_WORDS = ("this url", "this address", "this page", "this link", "error",
                             "mistake", "prematurely", "erroneously", "accidentally",
                             "inadvertently", "engano", "erro", "erreur", "irrt", "versehentlich",
                             "lschlicherweise", "ongeluk")


def _taken_back(text: str) -> bool:
    return _guarded(text, _TAKEN_BACK_WORDS, _TAKEN_BACK)


def _published_in_error(text: str) -> bool:
    return _guarded(text, _PUBLISHED_IN_ERROR_WORDS, _PUBLISHED_IN_ERROR)


def _withdrawn_after_error(sents: list[str]) -> bool:
    """The first sentence tells a text published in error; a later one that it was taken down."""
    return len(sents) > 1 and _published_in_error(sents[0]) and any(
        _TAKEN_DOWN.search(x) for x in sents[1:])


# A withdrawal said without a removal verb at the start: "We no longer stand by this
# report", "this story should not have been published", "... did not meet our standards",
# "Following a review, this article has been withdrawn"; only with the outlet's own text named
# strongly (_OWN) in the same sentence.
_WITHDRAW_OWN = lazy_compile(
    r"\bno longer stands? (?:by|behind)\b|\bshould (?:not|never) have been (?:published|run|"
    r"posted|aired|broadcast)\b|\bdid not (?:meet|live up to) (?:our|its) (?:\w+ )?standards\b|"
    rf"\bthis {_DOCS} (?:has|had) been (?:withdrawn|retracted|removed|unpublished|taken down|"
    r"pulled|deleted)\b", _I)

# "We have withdrawn it", after this piece was named: "... key claims in this piece were false.
# We have withdrawn it." (not "We have withdrawn it from sale")
_WITHDREW_IT = lazy_compile(r"\bwe(?: have|'ve) (?:since |now )?(?:withdrawn|retracted|removed|"
                            r"unpublished|taken down) (?:it|them)\b(?! from\b)", _I)
_THIS_DOC = lazy_compile(r"\b(?:this|our) (?:piece|article|story|report|post|column|item|video)\b", _I)

# Retellings, policies and other outlets' corrections.
#: Someone made to put a text right: "was forced to retract", "forced to apologise" (not "was
#: forced to resign", which a corrections column's item may claim).
FORCED_TO = (r"\bforced to (?:retract|correct|apologi[sz]e|withdraw|remove|delete|pull|take down|"
             r"publish|print|run|issue|admit|amend|change|rewrite|back down|climb down)\b")
_GUARD = lazy_compile(
    FORCED_TO + r"|\b(?:issued|published|ran|run|posted|appended|printed|issue|publish|print) "
    r"(?:a|an|its|their|the) (?:\w+ )?(?:correction|retraction|clarification|erratum|"
    r"rectification)\b|\bombudsman|\bpublic editor\b|\breaders'? editor\b|\bcorrections? "
    r"(?:column|policy|page)\b|\bpolicy\b|\bstrives?\b|\bwe will\b|\bwe'll\b|\bif (?:the|an?) "
    r"(?:error|mistake)\b|"
    # someone who has not (yet) corrected: not "Mr Greenberg has not been fired"
    r"\b(?:has|have) not (?:yet )?(?:\w+ly )?(?:corrected|amended|retracted|deleted|removed|changed|"
    r"updated|issued|published|apologi[sz]ed|acknowledged|responded|replied|fixed|run|printed)\b|" + langs.AGAINST.pattern
    + "|" + langs.TEMPLATE.pattern, _I)

# A note sentence after other text in the paragraph: "... contributed. This post has been updated."
_LATER_NOTE = lazy_compile(r"[.!?]\s+(?:this (?:post|story|article|report|piece) (?:has been|was) "
                           r"|we(?: have|'ve) (?:since |now )?(?=\w+ (?:this|the|our) (?:post|story|"
                           r"article|report|piece|headline)\b))(updated|corrected|amended)\b", _I)
_VERDICT_ANYWHERE = lazy_compile(_SENT_END_SEMI + _VERDICT.pattern[1:], _I)
_FACT_ANYWHERE = lazy_compile(_SENT_END + _FACT_OPENER.pattern[1:], _I)
_SELF_NAMED_RX = lazy_compile(_SELF_NAMED_NOTE, _I)
_CONTRA_ANYWHERE = lazy_compile(r"[.!?]\s+[^.!?]{3,200}" + _CONTRA.pattern, _I)
# "In a piece I recently wrote": an author's own piece, not the outlet's note; a source's words.
_NOT_OURS = lazy_compile(r"\b(?:piece|article|column|story|post|blog) I\b|"
                         r",\s*(?:(?:the|an?) (?:[\w-]+ ){0,3}[\w-]+|officials?|he|she|they|critics|"
                         r"(?-i:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2})) (?:said|says|admitted|added|"
                         r"conceded|told \w+|wrote|found|ruled|replied|insisted|argued|responded|"
                         r"countered)\b[^.]{0,40}\.?$", _I)
# Someone else's report: "the report by the council", "a study from the ministry".
# An erratum's reading formula ("onde se lê X, leia-se Y", "donde dice X, debe decir Y"): a
# publication's own correction of its own text, even where it names its supplement or edition
# ("Na edição do Agrofolha ...").
READING_FORMULA = lazy_compile(
    r"\bonde se l[eê]\b[^.]{1,120}\b(?:leia-se|l[eê]-se)\b|\bdonde dice\b[^.]{1,120}\b"
    r"(?:debe|deber[ií]a|debi[oó]) decir\b|\bdove (?:si legge|(?:c'[eè] )?scritto)\b[^.]{1,120}\b"
    r"(?:leggasi|si legga|va letto)\b|\bwhere it (?:says|said|reads)\b[^.]{1,120}\bshould "
    r"(?:say|read)\b", _I)


_OTHERS_DOC = lazy_compile(
    rf"\b{_OWN_DOCS}s? (?:by|from|issued by|released by|published by) (?:the |a |an )?"
    r"(?:council|government|ministry|agency|department|committee|police|company|court|commission|"
    r"board|authority|university|researchers|officials|regulator)", _I)


# A note's last line standing alone: "The error has been corrected.", "Der Fehler wurde
# korrigiert.", "L'erreur a été corrigée.", "El error ya ha sido corregido.", "L'errore è stato
# corretto.", "O erro foi corrigido.", "De fout is hersteld." (the whole paragraph, and no agent
# after it: "... corrected by the agency" is news).
_FIXED_ALONE = lazy_compile(
    r"^(?:(?:the|this|that) (?:error|mistake)s? (?:has|have) (?:now |since |also )?been "
    r"(?:corrected|fixed|amended)|(?:der|dieser) (?:fehler|irrtum) (?:wurde|ist) (?:\w+ )?"
    r"(?:korrigiert|berichtigt|behoben)(?: worden)?|(?:l'|cette )erreur a (?:depuis |"
    r"[eé]t[eé] )?(?:[eé]t[eé] )?(?:corrig[eé]e|rectifi[eé]e)|(?:el|este|dicho) error (?:ya )?(?:ha sido|"
    r"fue|se ha) (?:corregido|subsanado|rectificado)|(?:l'|quest')errore [eè] stato (?:\w+ )?"
    r"(?:corretto|rettificato)|(?:o|esse|este) erro (?:j[aá] )?(?:foi|est[aá]) (?:\w+ )?"
    r"(?:corrigido|retificado|rectificado)|(?:de|deze) fout is (?:\w+ )?(?:hersteld|gecorrigeerd|"
    r"verbeterd|aangepast)"
    # a part of the text named as fixed, the whole line: "Photo caption corrected."
    r"|(?:photo )?(?:caption|headline|byline|spelling|dateline|photo credit|title)s? (?:has been |"
    r"was |were )?(?:corrected|fixed|amended)(?= ?[.!]?$))"
    r"(?:(?! (?:by|par|por|pel[oa]|dal|dalla|door|von|vom|durch)\b)[^.,;:]){0,40}[.!]?$", _I)


def states_a_fix(text: str) -> bool:
    """An error admitted or a fact set right in ``text``: what lets a bare "Correction:" or
    "For the record:" label stand as a note ("..., not ...", "is spelled", "should have read")."""
    return _err(text) or bool(_FIX.search(text))


_FIX = lazy_compile(r",\s+not\b|\brather than\b|\binstead of\b|\b(?:is|are) spelled\b|"
                    r"\bshould (?:have )?read\b|\bthe correct\b|\b(?:was|were) (?:incorrect|inaccurate|"
                    r"wrong|untrue)\b|\bdid not (?:say|state|report)\b|"
                    # "we have removed references describing him as a veteran"
                    r"\bwe(?: have|'ve| had)? (?:removed|deleted|corrected|amended) (?:\w+ ){0,3}?"
                    r"(?:references?|mentions?|claims?|passages?|sentences?|quot(?:e|ation)s?|"
                    r"words?|descriptions?|statements?)\b", _I)


def _unquoted(text: str) -> str:
    """``text`` without its quotations: a quoted "our" is the speaker's, not the outlet's."""
    return _QUOTED.sub(" ", text) if "'" in text or '"' in text else text


_QUOTED = lazy_compile(r"\"[^\"]{1,200}\"|(?<!\w)'[^']{1,200}'(?!\w)")
# Another outlet's note retold: "In a correction, the Post said ...", "The paper's editor's
# note said ...". (Not "... said in its story": outlets write their own notes so too.)
_RETOLD = lazy_compile(
    r"^(?:in|with) (?:a|an|its|their) (?:[\w-]+ ){0,2}?(?:correction|clarification|editor'?s'? note|"
    r"retraction|note|statement|erratum)\b"
    r"(?![^.]{0,80}\b(?:this (?:article|story|report|post)|we|our)\b)|"
    # someone's note quoted ("The paper's editor's note said"), not a correction of a correction
    r"\b(?:\w+'s|its|their) (?:editor'?s'? note|correction|clarification|retraction) "
    r"(?:[\w-]+ ){0,3}?(?:said|says|read|reads|stated|explained|acknowledged)\b", _I)


def own_voice(text: str) -> str:
    """``text`` without the outlet's own "we published a correction" or "not consistent with our
    photo policy": the guards against retellings ("The Times published a correction") and
    policies must not refuse the outlet saying it."""
    low = text.lower()
    if "we " in low and ("correction" in low or "clarification" in low or "retraction" in low):
        text = _WE_ISSUED.sub("we", text)
    if "hadden" in low and "moeten" in low:
        text = _WE_SHOULD_NL.sub(r"\1 ", text)  # "hadden we moeten vermelden", not a court's "moeten"
    if "we failed" in low or "we neglected" in low:
        text = _WE_FAILED.sub("we erred", text)  # "we failed to verify", not "the paper failed to"
    if "failed to" in low or "neglected to" in low:
        # the outlet's piece that left something out: "The article ... failed to acknowledge X
        # as a source", not a newspaper that "failed to acknowledge" its error
        text = _PIECE_FAILED.sub(r"\1did not ", text)
    return _BREACH_RX.sub("breach", text) if "consistent" in low or "did not" in low or \
        "short of" in low or " of our " in low else text


_BREACH_RX = lazy_compile(_BREACH, _I)
_WE_SHOULD_NL = lazy_compile(r"(\bhadden (?:we|wij) (?:\w+ ){0,5}?)moeten ", _I)
_PIECE_FAILED = lazy_compile(
    r"((?:^|[.!?]\s+)(?:the|this|our|an?) (?:item|article|story|report|column|editorial|review|"
    r"obituary|piece|caption|headline|graphic|profile)\b[^.!?]{0,120}?)\b(?:failed|neglected) "
    r"to (?=(?:acknowledge|credit|attribute|cite|mention|note|include|disclose|say|state)\b)", _I)
_WE_FAILED = lazy_compile(r"\bwe (?:failed|neglected) to (?=verify|check|confirm|contact)", _I)
_WE_ISSUED = lazy_compile(r"\bwe (?:\w+ly |have |had |also |then |later |are |now |hereby )*"
                          r"(?:issued|published|ran|posted|appended|printed|issue|publish|run|post|"
                          r"append|print|issuing|publishing|running|posting|appending|printing) "
                          r"(?:a|an|the|this|our) (?:\w+ )?(?:correction|"
                          r"retraction|clarification)s?\b", _I)


def names_own_item(text: str) -> bool:
    """``text`` opens as a corrections column's item does, naming the outlet's text with its
    day or subject ("A story on Monday about ...", "In Tuesday's editions, ..."): what lets a
    "Correction:" label stand before a note that states no error word."""
    return bool(_OWN_ITEM.match(text.strip()))


def _item_admits(sentence: str, nxt: str) -> bool:
    """A corrections column's item that admits an error without an error word: "... omitted
    ...", "... gave her age as 35." followed by "She is 36."."""
    if not ("about" in sentence or "edition" in sentence or " on " in sentence
            or "published" in sentence or "issue" in sentence or "section" in sentence):
        return False
    if _OWN_ITEM.match(sentence) and _BARE_ERR.search(sentence):
        return True  # "Information in a story on Monday about the fire was incorrect."
    return bool(_ITEM.match(sentence) and nxt and len(nxt.split()) <= 8
                and _FACT_AFTER.match(nxt))


def _claim_answered(sentence: str, nxt: str, i: int) -> bool:
    """A claim of the outlet's own text answered by the next sentence: "we referred to her as an
    American poet." + "She is Canadian."; "Two July 20 articles on ... said ..." + "The White
    House says he does not recall ..."."""
    if not nxt or len(nxt.split()) > 35:
        return False
    # a source's answer may run longer than a fact the newsroom states itself
    answered = bool(_SOURCE_ANSWERS.match(nxt) or _SOURCE_ANSWERS_AFTER.search(nxt)
                    or _TOLD_US.match(nxt))
    if len(nxt.split()) > 12 and not answered:
        return False
    short = len(nxt.split()) <= 8 and _SHORT_FACT.match(nxt) and not _GOES_ON.match(nxt)
    if answered and i == 0 and _WE_CLAIM.match(sentence.lstrip(" \u2022*-")):
        return True  # "We said X (Business, last week). Hale denies this and says ..."
    if short and _WE_OUR.search(_unquoted(sentence)) and _CLAIM_SHAPE.search(sentence):
        return True
    return i == 0 and bool((_DATED_ITEM.match(sentence) or _DATED_ITEM_LEAD.match(sentence)
                            or _DATED_IN_ITEM.match(sentence) or _QUOTED_ITEM.match(sentence)
                            or _IN_EDITION_ITEM.match(sentence))
                           and not _OTHERS_DOC.search(sentence)
                           and (short or answered))


# A fact stated first by its aspect: "The name of the constituency in Assam is Nowgong."
_ASPECT_FACT = lazy_compile(r"^the (?:correct |right |actual )?(?:name|spelling|title|date|number|"
                            r"figure|age|total|score|location|address) of [^.;]{1,60}? (?:is|was|"
                            r"are|were)\b", _I)
_NAMED_AS = lazy_compile(r"\b(?:referred to|described|identified|called|listed|credited) "
                         r"[^.;]{1,80}? as\b", _I)


def _item_tells_error(sents: list[str], i: int) -> bool:
    """Whether sentence ``i`` is an item of the outlet's own that tells its error by its shape:
    a magazine's dated item whose verb admits it ("In Mar. 4 Field Notes, X misidentified
    ..."), the item after the fact stated first ("November has only 30 days. A front-page
    story Friday about ... said that the season ends Nov. 31."), or a name misspelled in the
    outlet's dated text ("..., which was misspelled in a story Saturday, ...")."""
    s = sents[i]
    # (a magazine item's naming needs no error word: 'In a Jan. 29 "Food," Andrew Lawler
    # referred to X as Y.' is the whole item)
    return (i == 0 and (_err(s) or _NAMED_AS.search(s) is not None)
            and (_DATED_IN_ITEM.match(s) or _QUOTED_ITEM.match(s)) is not None) or (
        i == 1 and len(sents[0].split()) <= 12
        and (_SHORT_FACT.match(sents[0]) or _ASPECT_FACT.match(sents[0])) is not None
        and bool(_DATED_ITEM.match(s) or _DATED_ITEM_LEAD.match(s))
        and not _OTHERS_DOC.search(s)) or _PASSIVE_ERR_IN.search(s) is not None


def item_answered(text: str) -> bool:
    """A corrections column's dated item answered by the sentence after it ("An article Tuesday
    about the harbour board said ... . Carver ... does not recall ..., a spokesman said."): its
    "board said" and "spokesman said" are the item's claim and its answer, not a third party
    correcting itself."""
    sents = note_sentences(text)
    return len(sents) > 1 and bool(_DATED_ITEM.match(sents[0]) or _DATED_ITEM_LEAD.match(sents[0])
                                   or _QUOTED_ITEM.match(sents[0])) \
        and _claim_answered(sents[0], sents[1], 0)


# (a paper's name before the item's noun is someone else's: "A Times article Thursday ...")
_NAMED_ITEM = lazy_compile(r"^[\s\u2022*\-]*(?:an?|the|two|three|several) (?!page\b)(?-i:[A-Z])", _I)


def item_errs(text: str) -> str:
    """The outlet's own dated item that tells its error, with what follows it, when a sentence
    of ``text`` is one ("A Page B3 article Thursday described the group's position
    incorrectly."), else "": a note, whatever a source's statement before it says ("The
    Roundtable has clarified that ..."), unless the text after it tells of someone's
    correction."""
    sents = note_sentences(text)
    for i, s in enumerate(sents):
        if (_DATED_ITEM.match(s) or _DATED_ITEM_LEAD.match(s) or _QUOTED_ITEM.match(s)) and _err(s) and \
                not _NAMED_ITEM.match(s) and not _OTHERS_DOC.search(s):
            return " ".join(sents[i:])
    return ""


# A page, an edition or a piece of the paper, in each language: what an item's opening names
# ("En la página 6A de la sección principal del lunes 24 de abril, ...").
_DOC_WORD = lazy_compile(
    r"\b(?:page|p[aá]gina|seite|editions?|edici[oó]n|edizione|edi[cç][aã]o|[eé]dition|ausgabe|"
    r"editie|article|art[ií]culo|articolo|artigo|artikel|story|column|columna|colonna|coluna|"
    r"kolumne|section|secci[oó]n|sezione|se[cç][aã]o|rubrik|caption|headline|titular|titolo|"
    r"t[ií]tulo|titel|reportaje|reportagem|reportage|servizio|bericht)\b", _I)


# A source's words in a sentence ("A rep told the website that ... are simply inaccurate"):
# their verdict, not the outlet's.
_SOURCE_SAYS = lazy_compile(r"\b(?:told|said|says|tells|according to|insisted|denied)\b", _I)


def _new_cues(text: str, low: str) -> bool:
    """The looser English cues, each searched only when a word it needs is in ``low``."""
    return bool(
        (("clear" in low or " have " in low or "we " in low) and _CLARIFY_LOOSE.search(text))
        or (("longer" in low or "should" in low or "not" in low or " been " in low)
            and _WITHDRAW_OWN.search(text))
        or ("about" in low and _ITEM.match(text))
        or (any(w in low for w in _BARE_WORDS) and _BARE_ERR.search(text))
        or ("we " in low and "; " in low and _WE_SAID_FACT.search(text)))


_BARE_WORDS = ("incorrect", "inaccurate", "wrong", "erroneous", "outdated", "incomplete", "not ",
               "omitted", "left out")


def _named(text: str) -> bool:
    """The outlet's own text named in ``text``, in English or in a language's table."""
    if _SELF.search(text) or (langs.foreign(text) and langs.own_text(text)):
        return True
    return any(_guarded(text, words, pattern) for words, pattern in _SELF_MORE)


# The story citing its own earlier reporting as still good: "as we've previously reported", "as
# previously reported", "which we reported on July 26", "we reported earlier how ..." (not "as we
# incorrectly reported", which takes it back, nor "contrary to what we reported")
BACKREF = lazy_compile(
    r"\b(?:as|which|(?<!contrary to )(?<!unlike )what|like) (?:(?:we|it|was|had been|has been)(?: have|'ve| had|'d)? )?"
    r"(?:also |just |exclusively )?"
    r"(?:previously |earlier |recently |first |already |exclusively )?(?:reported|said|wrote|noted|"
    r"mentioned|revealed|told you)\b(?: (?:earlier|previously|before|recently))?"
    r"|\bwe(?: have|'ve| had|'d)? (?:previously |earlier |recently |already |first )(?:reported|"
    r"said|wrote|noted|mentioned|revealed)\b|\bwe(?: have|'ve)? (?:reported|wrote|noted) "
    r"(?:earlier|previously|before|recently)\b", _I)



# The fact set against what the story said before, in its running text: "on Tuesday, not Monday
# as previously reported", "e non in piazzale X come precedentemente scritto", "et non à Y comme
# indiqué par erreur" (not "has not agreed, as previously reported": a comma before "as" cites
# the earlier report as still good; not "as previously reported by Reuters": someone else's).
_NOT_AS_BEFORE = lazy_compile(
    r"\b(?:not|rather than|instead of)\s[^,.;:!?]{1,60}?\sas (?:was |had been |it was |we )?"
    r"(?:previously|initially|originally|first|earlier|erroneously|incorrectly|mistakenly|wrongly) "
    r"(?:reported|stated|written|published|said|indicated)\b(?! (?:by|in|on) (?!this|our|an? "
    r"earlier|a previous)\w)"
    # it
    r"|\bnon\s[^,.;:!?]{1,60}?\scome (?:(?:precedentemente|erroneamente|inizialmente|"
    r"in un primo momento|in precedenza|per errore|originariamente) (?:scritto|riportato|"
    r"indicato|pubblicato|affermato)|(?:scritto|riportato|indicato|pubblicato|affermato) "
    r"(?:in precedenza|precedentemente|erroneamente|per errore|inizialmente|in un primo "
    r"momento))\b"
    # fr
    r"|\bnon (?:pas )?[^,.;:!?]{1,60}?\scomme (?:(?:nous l['\u2019]avions|on l['\u2019]a|il (?:a|"
    r"avait) [eé]t[eé]) )?(?:(?:[eé]crit|indiqu[eé]|annonc[eé]|publi[eé]|rapport[eé]|mentionn[eé])e?s? "
    r"(?:pr[eé]c[eé]demment|par erreur|initialement|[aà] tort|dans un premier temps|auparavant)|"
    r"(?:pr[eé]c[eé]demment|initialement|erron[eé]ment) (?:[eé]crit|indiqu[eé]|annonc[eé]|"
    r"publi[eé]|rapport[eé]|mentionn[eé]))"
    # es
    r"|\bno\s[^,.;:!?]{1,60}?\scomo (?:se )?(?:(?:inform[oó]|public[oó]|indic[oó]|escribi[oó]|"
    r"dijo|se[ñn]al[oó]|report[oó]) (?:err[oó]neamente|anteriormente|inicialmente|previamente|"
    r"por error|en un principio)|(?:err[oó]neamente|anteriormente|inicialmente|previamente|"
    r"por error) (?:se )?(?:inform[oó]|public[oó]|indic[oó]|escribi[oó]|dijo|se[ñn]al[oó]|"
    r"report[oó]))\b"
    # pt
    r"|\bn[aã]o\s[^,.;:!?]{1,60}?\scomo (?:foi |tinha sido |havia sido )?(?:(?:erradamente|"
    r"inicialmente|anteriormente|erroneamente|incorretamente|por engano) (?:noticiad|publicad|"
    r"escrit|informad|referid|indicad|divulgad)[oa]s?|(?:noticiad|publicad|escrit|informad|"
    r"referid|indicad|divulgad)[oa]s? (?:erradamente|inicialmente|anteriormente|erroneamente|"
    r"incorretamente|por engano))\b"
    # de
    r"|\bnicht\s[^,.;:!?]{1,60}?,?\swie (?:zun[aä]chst|zuvor|urspr[uü]nglich|anfangs|zuerst|"
    r"f[aä]lschlich(?:erweise)?|irrt[uü]mlich(?:erweise)?|versehentlich) (?:\w+ )?(?:berichtet|"
    r"geschrieben|gemeldet|angegeben|vermeldet)\b"
    # nl
    r"|\bniet\s[^,.;:!?]{1,60}?,?\szoals (?:eerder|eerst|aanvankelijk|abusievelijk|ten onrechte|"
    r"foutief|oorspronkelijk) (?:werd |is |stond )?(?:gemeld|geschreven|vermeld|bericht)\b", _I)


# What the qualifier of "as previously reported" begins with, in each language: the pattern is
# searched only where one is (its "not ... as" scans every negation of a paragraph).
_NOT_AS_WORDS = ("previous", "initial", "original", "first", "earlier", "erron", "incorrect",
                 "mistaken", "wrong", "precedent", "in un primo", "per errore", "par erreur",
                 "tort", "premier temps", "auparavant", "pr\u00e9c\u00e9dem", "anterior", "inicial",
                 "previamente", "por error", "principio", "errad", "engano", "zun\u00e4chst",
                 "zunachst", "zuvor", "urspr", "anfangs", "zuerst", "f\u00e4lschlich",
                 "falschlich", "irrt", "versehentlich", "eerder", "eerst", "aanvankelijk",
                 "abusievelijk", "onrechte", "foutief", "oorspronkelijk")


# A word of the text replaced, told in the change's own words: "the word 'organized' has been
# replaced with 'put on' in one sentence" (not a bill's or a law's wording).
_WORDING_CHANGED = lazy_compile(
    r"\bthe (?:word|term|phrase|wording|expression) [\"'\u2018\u201c][^\"'\u2019\u201d]{1,60}"
    r"[\"'\u2019\u201d] (?:has|have|had) been (?:replaced|changed|amended|corrected|removed|deleted)"
    r"\b", _I)
_LEGAL = lazy_compile(r"\b(?:bill|law|act|statute|constitution|treaty|draft|legislation|regulation|"
                      r"clause|motion|resolution|dictionary|manual|guidelines?)\b", _I)


# What happened after the text ran, told in it: "The Dispatch reported Wednesday, a day after
# this editorial was published, that ...": an update, unless an error is owned.
_SINCE_PUBLISHED = lazy_compile(
    r"\b(?:after|since) this (?:editorial|article|story|column|piece|post|report|item) was "
    r"(?:first |originally )?(?:published|posted)\b"
    # "a seguito della pubblicazione di questo articolo", "tras la publicación de esta nota",
    # "após a publicação desta reportagem", "après la publication de cet article", "nach
    # Veröffentlichung dieses Artikels", "na publicatie van dit artikel"
    r"|\b(?:dopo|a seguito della|in seguito alla) (?:la )?pubblicazione (?:di questo|del presente) "
    r"(?:articolo|pezzo|servizio)\b"
    r"|\b(?:tras|despu[eé]s de) (?:la )?publicaci[oó]n de (?:este|esta) (?:art[ií]culo|nota|noticia|"
    r"informaci[oó]n)\b"
    r"|\b(?:ap[oó]s|depois d)a publica[cç][aã]o (?:desta|deste) (?:reportagem|mat[eé]ria|texto|"
    r"not[ií]cia|artigo|nota)\b"
    r"|\b(?:apr[eè]s|depuis) la (?:publication|parution) de (?:cet article|cette (?:information|"
    r"note|d[eé]p[eê]che))\b"
    r"|\bnach (?:der )?ver[oö]ffentlichung (?:dieses|des) (?:artikels|textes|beitrags|berichts)\b"
    r"|\bna (?:de )?publicatie van dit (?:artikel|bericht|stuk)\b", _I)
# The fix told by what the part of the text now reads: "The headline now reads: '...'".
_NOW_READS = lazy_compile(r"\b(?:the|this|our) (?:headline|subheadline|caption|title|sentence|"
                          r"paragraph|passage) (?:now|has been changed to|was changed to|has been "
                          r"amended to) (?:reads?|says?)\b", _I)
# The text taken back in a sentence of its own, beside the newsroom's apology: "We ... would like
# to apologize to Mr. A for sharing false information about him. The article has been
# retracted."
_RETRACTED_HERE = lazy_compile(r"(?:^|[.!?]\s+)(?:the|this|our) (?:article|story|report|post|piece|"
                               r"item) (?:has been|is hereby) (?:retracted|withdrawn)\.", _I)
_WE_APOLOGISE = lazy_compile(r"\bwe\b[^.;]{0,80}?\bapologi[sz]e\b", _I)


# A speaker's own voice: "I think", "I believe", "I've said", "my plan", "my opponent" (a speech,
# a debate or an interview, not a newsroom's note).
SPEAKER_I = lazy_compile(r"\bI (?:think|believe|guess|mean|know|want|hope|feel|agree|saw|"
                         r"'ve said|have said|'m|am)\b|\b(?i:my) (?:plan|opponent|administration|"
                         r"campaign|approach|view|friends|colleagues)\b")
# An error of reporting a speaker would not make: what lets such a paragraph still be a note.
_REPORTING_ERR = lazy_compile(r"\bmis(?:stat|quot|identif|spel|attribut|report)\w*|\b(?:incorrectly|"
                              r"erroneously|inaccurately|wrongly) (?:reported|stated|said|wrote|"
                              r"described|identified|quoted|attributed|referred)\b", _I)


def cue_kind(text: str) -> str | None:
    """The kind of a note written without a house form, or None when ``text`` is not one.

    ``text`` is folded already (straight quotes, single spaces).
    """
    if len(text) < 120 and _FIXED_ALONE.match(text):
        return "correction"
    if ("I " in text or "my " in text.lower()) and SPEAKER_I.search(text) and \
            not _REPORTING_ERR.search(text):
        return None  # "And I think we should put people's minds at ease. That is not ..."
    owned = _OWNED_ALONE.search(text)
    if owned and not _IF_WHEN.search(text, max(0, owned.start() - 120), owned.start()):
        return "correction"  # (not a policy's "When we err, we issue a correction about ...")
    low0 = text.lower()
    before = (any(w in low0 for w in _NOT_AS_WORDS) and _NOT_AS_BEFORE.search(text) is not None) or (
        "been" in text and _WORDING_CHANGED.search(text) is not None
        and not _LEGAL.search(text))
    if "as " in text or "As " in text or "which " in text or "what " in text or "we " in text:
        # "As we previously reported, ...": the story's earlier report cited, not taken back
        text = BACKREF.sub(" ", text)
    later = _LATER_NOTE.search(text)
    if later:
        return "update" if later.group(1).lower() == "updated" else "correction"
    if ("now" in text or "changed to" in text or "amended to" in text) and \
            _NOW_READS.search(text):
        return "correction"
    if ("retracted" in text or "withdrawn" in text) and _RETRACTED_HERE.search(text) and \
            _WE_APOLOGISE.search(text):
        return "withdrawal"
    since = ("publi" in low0 or "pubbl" in low0 or "ffentlich" in low0 or "parution" in low0) \
        and _SINCE_PUBLISHED.search(text) is not None
    low = text.lower()
    if not (before or since or _err(text) or _CLARIFY.search(text) or _WITHDRAW.search(text)
            or _STRONG.search(text) or _CITATION.search(text) or _FACT_ANYWHERE.search(text)
            or _VERDICT_ANYWHERE.search(text) or _new_cues(text, low)
            or (("," in text) and _CONTRA_ANYWHERE.search(text))
            or (("we " in low or "our " in low) and _OWN_CLAIM.search(text))
            or _DATED_ITEM.match(text) or _DATED_ITEM_LEAD.match(text) or _DATED_IN_ITEM.match(text)
            or (text[:3].lstrip(" \u2022*-")[:1] in "\"\u201c" and _QUOTED_ITEM.match(text))
            or _IN_EDITION_ITEM.match(text) or _IMPRESSION.search(text)
            or _PASSIVE_ERR_IN.search(text)
            or (("story" in low or "article" in low or "column" in low or "report" in low)
                and _DATED_ITEM_AFTER.search(text))
            or (("clear" in low or "clarif" in low) and _PASSIVE_CLAIM.search(text))
            or _SELF_NAMED_RX.match(text) or (" it" in low and _WITHDREW_IT.search(text))
            or _published_in_error(text)
            or (langs.foreign(text) and langs.NEGATED.search(text))
            or _sorry(text) or _taken_back(text)):
        return None
    sents = note_sentences(text)
    if _WITHDRAW.search(sents[0]):
        return "withdrawal"
    # (a cited headline is no one's voice: "(We will act if needed, says minister, 28 April,
    # page 24)" after a Guardian column's item)
    voice = own_voice(_CITATION.sub(" ", text) if "(" in text else text)
    guarded = _GUARD.search(voice) is not None
    if guarded and len(sents) > 2 and not _GUARD.search(own_voice(sents[0])) and \
            len(sents[0]) > 60 and (opening := cue_kind(sents[0])):
        # a notice whose first sentence owns the error ("The article published at this address
        # on 3 May was inaccurate because of mistakes in our reporting.") and cites its policy
        # later
        return "withdrawal" if _WITHDRAW.search(text) or _withdrawn_after_error(sents) else opening
    if guarded or (_NOT_OURS.search(text) and not item_answered(text)) or (
            ("correction" in low or "clarification" in low or "retraction" in low
             or "note" in low or "statement" in low or "erratum" in low)
            and _RETOLD.search(text)) or (
            (" by " in text or " from " in text) and _OTHERS_DOC.search(text)) or (
            langs.foreign(text) and langs.THEIRS.search(text)
            and not READING_FORMULA.search(text)):
        return None
    if _WITHDRAW.search(text) or _withdrawn_after_error(sents) or (
            ("longer" in low or "should" in low or "not" in low or " been " in low)
            and any(_WITHDRAW_OWN.search(x) and (_OWN.search(_unquoted(x)) or (
                k > 0 and _OWN.search(_unquoted(" ".join(sents[:k]))))) for k, x in enumerate(sents))) or (
            " it" in low and _WITHDREW_IT.search(text) and _THIS_DOC.search(text)):
        return "withdrawal"
    kind = None
    if _SELF_NAMED_RX.match(text):
        return "clarification" if text.lstrip(" \u2022*-").lower().split()[1:2] == [
            "clarification"] else "correction"
    cited = _CITATION.search(text) and (_err(text) or _PAIR.search(text) or (
        langs.foreign(text) and langs.NEGATED.search(_CITATION.sub(".", text))))
    if cited or (_STRONG.search(text) and (any(_named(x) for x in sents)
                                           or ("," in text and _CONTRA.search(text)))) \
            or _WE_SAID_FACT.search(text) or _taken_back(text) or before:
        kind = "correction"
    for i, s in enumerate(sents):
        named = _named(s)
        nxt = sents[i + 1] if i + 1 < len(sents) else ""
        opener = _FACT_OPENER.match(nxt)
        if opener and _BUT_OPENER.match(opener.group(0)) and not _TOLD.search(s):
            opener = None  # "We used X as an indicator. However, ...": no claim to answer
        fact_next = opener or (
            "," in nxt and len(nxt.split()) <= 30 and _CONTRA.search(nxt))
        if i > 0 and _PASSIVE_CLAIM.search(sents[i - 1]) and _VERDICT.match(s):
            # "On February 4, it was stated that X. This is inaccurate and the programme wishes
            # to clarify that ...": a claim made on air or in print, judged by the next sentence
            kind = "clarification" if _CLARIFY.search(s) else kind or "correction"
        elif (_CLARIFY_START.match(s) and (i == 0 or _PASSIVE_CLAIM.search(sents[i - 1]))) or \
                (named and (_IMPRESSION.search(s) or _IMPRESSION.search(nxt))) or \
                (named and _CLARIFY.search(s)) or (
                i == 0 and named and _CLARIFY.search(nxt) and _WE_CLAIM.search(s)) or (
                named and _CLARIFY_LOOSE.search(s) and _OWN.search(s)):
            kind = "clarification"
        elif (named and (_err(s) or fact_next or _sorry(s)
                         or (langs.foreign(s) and langs.NEGATED.search(s)))) or (
                named and _VERDICT.match(nxt) and _OWN.search(s)) \
                or (named and ("consistent" in nxt.lower() or "short of" in nxt.lower()
                               or "did not" in nxt.lower()) and _BREACH_RX.search(nxt)) \
                or (i == 0 and _item_admits(s, nxt)) or _claim_answered(s, nxt, i) \
                or (i == 0 and named and nxt and len(nxt.split()) <= 25
                    and (_err(nxt) or (_BARE_ERR.search(nxt) and not _SOURCE_SAYS.search(nxt)))
                    and _DOC_WORD.search(s) is not None and not _named(nxt)) \
                or _item_tells_error(sents, i):
            kind = kind or "correction"
    if kind == "correction" and (_CLARIFY.search(text) or (
            "clarification" in low and _CLARIFICATION_MADE.search(text))):
        kind = "clarification"
    if kind is None and since:
        kind = "update"
    return kind
