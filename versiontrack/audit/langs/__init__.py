"""How newsrooms write their notes in German, French, Spanish, Italian, Portuguese and Dutch.

One table per language (a module each: ``de``, ``fr``, ``es``, ``it``, ``pt``, ``nl``), read by
the house forms (:mod:`versiontrack.audit.notes`), the cue rule (:mod:`versiontrack.audit.cues`)
and the weighed layer (:mod:`versiontrack.audit.signals`), so that a language's words live in
one place and the rules that use them stay the same in every language:

- ``labels``: what a note opens with, by kind ("Korrekturhinweis", "Rectificatif", "Fe de
  errores", "N.d.R.", "Erramos", "Naschrift redactie" ...). A label counts only at the start of
  a paragraph and before a colon or a dash, so "eine Korrektur an der Börse" is not one.
  ``soft_labels`` ("Hinweis:", "Note :", "Nota:") count only when the note goes on to name the
  outlet's own text or admit an error.
- ``earlier``: an opening that names an earlier state of the outlet's own text and says what it
  said ("Hier stand zunächst", "Dans une première version de cet article, nous ...", "Eerder
  stond in dit artikel"): a note by itself, since nothing else opens so.
- ``changed``: the text itself as the subject of a change ("Der Artikel wurde korrigiert",
  "L'articolo è stato corretto alle 12.10", "Texto atualizado às 15h30 para ..."), or the
  newsroom as the subject ("Wir haben den Artikel korrigiert"). Participles alone ("Aktualisiert
  am 3. Mai", "Mis à jour le 03/05/2024") are time stamps and need a purpose or a sentence after.
- ``own``: the outlet naming its own text inside a sentence ("in der gestrigen Ausgabe", "nous
  avons écrit", "publicámos", "schreven we") and ``errors``: an error admitted ("irrtümlich",
  "par erreur", "por lapso", "abusievelijk"). The cue rule wants both in one sentence, or a
  sentence naming the text followed by one of ``facts``: a sentence giving the fact or refuting
  the claim ("Richtig ist ...", "Dat klopt niet", "Il fallait lire ..."), or setting the fact
  against the claim, whose negation and what may follow it are ``negated`` ("Er heißt X, nicht
  Y", "..., et non ...", "..., niet ..."), searched in one scan for all the languages.
- ``against``: a third party's correction, a press law or a policy ("veröffentlichte eine
  Gegendarstellung", "a publié un rectificatif", "serán corregidos").

Across the languages: ``WITHDRAWS`` (this text withdrawn, in any tense, or removed by the newsroom
itself), ``THEIRS`` (someone else's text, error or words, a quotation attributed to a speaker),
``BY_OTHERS`` (a change made by a parliament or a court; readers, who prompt a change, are no such
party).

Texts are matched folded (straight quotes) and case-insensitively; accents are written both
ways where newsrooms drop them.
"""

from __future__ import annotations

import re

from versiontrack.audit.langs.de import DE
from versiontrack.audit.langs.es import ES
from versiontrack.audit.langs.fr import FR
from versiontrack.audit.langs.it import IT
from versiontrack.audit.langs.nl import NL
from versiontrack.audit.langs.pt import PT
from versiontrack.audit.lazyre import lazy_compile, word_first
from versiontrack.normalize import wordset

__all__ = ["AGAINST", "BY_OTHERS", "CHANGED", "CUES", "DEF_CHANGED", "DEF_FOLLOW", "EARLIER",
           "ERRORS", "FACTS", "GATE_WORDS", "IN_MEDIA", "LABELS", "NOT_MADE_CLEAR", "NOT_OTHERS",
           "OWN",
           "PARTICIPLES", "REPORTED", "RUBRIC", "RUNON_UPDATE", "SOFT_LABEL", "STAMP", "TEMPLATE",
           "THEIRS",
           "THIS_VERSION", "WITHDRAWS", "changed_kind", "foreign", "own_text"]

_I = re.IGNORECASE

# After "version" in the cue rule and the weighed layer: an earlier version of a law or a plan
# ("in einer früheren Version des Gesetzentwurfs") is not the outlet's own text.
NOT_OTHERS = (r"(?! (?:des|der|eines|einer|de la|del|de l['\u2019]|du|della|dello|dell['\u2019]|do|"
              r"da|van de|van het) (?!artikel|text|beitrag|bericht|noticia|nota\b|informaci|"
              r"art[ií]culo|article|texte|articolo|testo|pezzo|artigo|texto|reportagem|not[ií]cia|"
              r"mat[eé]ria|stuk))")

LANGS = {"de": DE, "fr": FR, "es": ES, "it": IT, "pt": PT, "nl": NL}


def _union(field: str) -> str:
    return "|".join(f"(?:{getattr(lang, field)})" for lang in LANGS.values())


# Every language's labels, by kind, in one alternation per kind.
LABELS: tuple[tuple[str, str], ...] = tuple(
    (alternatives, kind)
    for kind in ("correction", "clarification", "editors-note", "update", "withdrawal")
    for alternatives in ["|".join(a for lang in LANGS.values()
                                  for a, k in lang.labels if k == kind)]
)
SOFT_LABEL = _union("soft_labels")
EARLIER = _union("earlier")
CHANGED = _union("changed")
# "A previous version of this article" as a sentence's subject, in each language: the English
# "An earlier version of this story ..." ("Una versión anterior de este artículo indicaba ...",
# "Une version précédente de cet article ...", "Een eerdere versie van dit artikel ...").
THIS_VERSION = (
    r"\b(?:eine|die|einer|der) (?:fr[uü]here|vorherige|[aä]ltere|erste|urspr[uü]ngliche)n? "
    r"(?:version|fassung) (?:dieses|des) (?:artikels|textes|beitrags|berichts)\b"
    r"|\b(?:une|la) version (?:pr[eé]c[eé]dente|ant[eé]rieure|initiale|originale|pr[eé]liminaire) "
    r"de (?:cet|cette|l['\u2019]) ?(?:article|texte|papier|d[eé]p[eê]che|entretien|enqu[eê]te)\b"
    r"|\b(?:una|la) versi[oó]n (?:anterior|previa|original|inicial) de (?:este|esta) "
    r"(?:art[ií]culo|nota|noticia|texto|informaci[oó]n|reportaje|cr[oó]nica|entrevista)\b"
    r"|\b(?:una|la) versione (?:precedente|originale|iniziale|prima) (?:di|del) "
    r"(?:questo|quest['\u2019]) ?(?:articolo|pezzo|testo|servizio|intervista)\b"
    r"|\b(?:uma|a) vers[aã]o (?:anterior|original|inicial) (?:deste|desta) (?:texto|reportagem|"
    r"artigo|not[ií]cia|mat[eé]ria|coluna|entrevista)\b"
    r"|\b(?:een|de) (?:eerdere|vorige|oorspronkelijke|eerste) versie van (?:dit|deze) "
    r"(?:artikel|stuk|bericht|verhaal|interview)\b")
OWN = lazy_compile(_union("own") + "|" + THIS_VERSION, _I, prepare=word_first)
# Someone else's document just before "published on Thursday" or "one reads": "Dans un rapport
# publié jeudi, l'ONG ...", "In uno studio pubblicato nel maggio 2020", "si legge su SkyTg24",
# "si legge nei dati" (the outlet's own article is "l'article publié lundi").
_OTHERS_DOC = lazy_compile(
    r"\b(?:rapports?|[eé]tudes?|communiqu[eé]s?|documents?|sondages?|livres?|d[eé]crets?|avis|"
    r"rapport[oi]|studi[oi]|comunicat[oi]|document[oi]|sondagg?i?o?|libr[oi]|decret[oi]|"
    r"informes?|estudios?|comunicados?|encuestas?|libros?|relat[oó]rios?|estudos?|pesquisas?|"
    r"onderzoek|rapporten|boek|studie|bericht des|studie der|paper|papers|preprint|"
    r"revue|rivista|revista|tijdschrift)\b(?:\s+[\w'\u2019-]+){0,3}\s+$", _I)
_READ_ELSEWHERE = lazy_compile(r"\s+(?:su|sul|sulla|sui|nei|nel|nella|nelle|negli|in)\s+"
                               r"(?!(?:questo|quest['\u2019]|nostr|dett[oa] )\w*)\w", _I)


def own_text(low: str) -> bool:
    """Whether ``low`` names the outlet's own text in one of the language tables' forms
    (:data:`OWN`), not counting "published on ..." after someone else's document, or "one
    reads" followed by where someone else wrote it."""
    for m in OWN.finditer(low):
        word = m.group(0).lower()
        if word.startswith(("publi", "paru", "pubblicat", "uscit", "aparecid")) and \
                _OTHERS_DOC.search(low, max(0, m.start() - 60), m.start()):
            continue
        if word in ("si legge", "si leggeva") and _READ_ELSEWHERE.match(low, m.end()):
            continue
        return True
    return False


ERRORS = lazy_compile(_union("errors"), _I, prepare=word_first)
# "X, not Y" in any of the languages: one scan of the sentence, then each language's negation
FACTS = _union("facts") + r"|[^.;:]{1,120}(?:" + _union("negated") + ")"
# ... and the negation alone, in the sentence that names the outlet's text: "la superficie è di
# quattromila chilometri quadrati, non metri." (or a short negated tail at a sentence's end)
# (not in German or Dutch, whose verb comes last: "haben wir, ..., nicht in die Reportage
# aufgenommen")
NEGATED = lazy_compile("|".join(f"(?:{lang.negated})" for lang in (FR, ES, IT, PT))
                       # "non è ambientato in Toscana ma nella Tuscia" (not "non solo ... ma
                       # anche")
                       + r"|\b(?:non|no|n[aã]o)\b(?! (?:solo|s[oó]lo|s[oó]|soltanto|apenas|"
                       r"seulement)\b)[^.;]{1,80}?,? (?:ma|bens[iì]|sino|mas|mais)\b(?! (?:anche|"
                       r"tamb[ié]m|aussi|tambi[eé]n)\b)"
                       + r"|, (?:e |y )?(?:non|no|n[aã]o) [^\W\d][\w'-]*(?: [\w'-]+)?[.!]?\s*$", _I)
PARTICIPLES = _union("participles")
# The corrections rubric itself named: "werd rechtgezet in de rubriek 'Correcties en
# aanvullingen'", "in der Korrekturspalte", "dans la rubrique Rectificatifs": a text about the
# column, not an item of it.
RUBRIC = (r"\b(?:rubriek|rubrique|rubrica|rubrik|secci[oó]n|se[cç][aã]o|spalte)\b[^.]{0,6}"
          r"(?:correcties|rectificatifs?|errata|fe de errores|erramos|korrekturen|berichtigungen)"
          r"|\bcorrectierubriek|\bkorrekturspalte")
AGAINST = lazy_compile(_union("against") + "|" + RUBRIC, _I, prepare=word_first)
# A template or an instruction, not a note: placeholders in brackets ("[date]", "[claim
# incorrect]", "[información correcta]") or a note quoted after a verb of adding ("append
# \"Correction: ...\"").
TEMPLATE = lazy_compile(
    # a placeholder in brackets (a real label's bracket gives a time: "[Correction at 1:36 p.m.]")
    r"\[(?![^\]]*\d)(?:[^\]]{0,30}\b)?(?:date|datum|fecha|data|claim|nom|nombre|nome|naam|"
    r"correct\w*|incorrect\w*|corrett\w*|information|informaci[oó]n|informa[cç][aã]o|"
    r"explanation|reason|details?|summary|name of)\b[^\]]{0,30}\]"
    # ... or a choice left to the writer: "The original story [stated / reported] ..."
    r"|\[[a-z]+ / [a-z]+\]"
    r"|\b(?:append|add|attach|insert|include|write|use|put)\b[^.\"\u201c]{0,30}[\"\u201c]\s*"
    r"(?:correction|clarification|editor'?s'? note|update|korrektur|rectificatif|fe de errores|"
    r"rettifica|erramos|correctie)\b", _I)
REPORTED = _union("reported")

# A paragraph in one of these languages, cheaply: a Latin-1 letter or a common function word. The
# cue rule and the weighed layer search the tables' own-text and error words only in such
# paragraphs, so English body text pays nothing for them.
_LATIN1_LETTER = lazy_compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]")
_FUNCTION_TEXT = (
    "der das und nicht wurde ist es im vom ein eine wir uns auf dass auch sich wird gestern "
    "zum zur den des sind hat haben wurden aus uhr alle uur "
    # admissions that open a note as a sentence of their own ("Errei.", "Sbagliammo.")
    "errei erramos enganei sbagliammo geirrt vergist "
    "le la les une est dans nous avec cet cette qui pas du hier de "
    "el los las una del por fue que sobre como ayer en esta este se su sus lo al "
    "il che della sono nel non questo anche ieri "
    "uma foi pelo pela ontem na em ao aos dos das um foram "
    "het een niet werd voor zijn van ook dat deze dit naar bij maar wordt gisteren")
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
_PUNCT_SPACE = str.maketrans(dict.fromkeys(",.;:!?()[]\"'\u201e\u201c\u201d\u00ab\u00bb", " "))


def foreign(text: str) -> bool:
    """True when ``text`` may be German, French, Spanish, Italian, Portuguese or Dutch: it has
    a Latin-1 letter or one of their common function words (a set lookup, cheaper than a search
    over English text)."""
    if not text.isascii() and _LATIN1_LETTER.search(text):
        return True
    return not _FUNCTION_WORDS.isdisjoint(text.lower().translate(_PUNCT_SPACE).split())


_ENGLISH_WORDS = frozenset((
    "the", "and", "of", "to", "is", "was", "that", "with", "for", "it", "he", "she", "they", "has",
    "have", "had", "been", "were", "from", "by", "this", "which", "would", "will", "are", "an",
    "be", "not", "his", "her", "their", "its"))


def foreign_text(text: str) -> bool:
    """True when ``text`` reads as German, French, Spanish, Italian, Portuguese or Dutch rather
    than as English that names "Los Angeles" or "Serie A": :func:`foreign`, unless English
    function words outnumber the other languages' two to one (at least three of them)."""
    if not foreign(text):
        return False
    words = text.lower().translate(_PUNCT_SPACE).split()
    english = sum(w in _ENGLISH_WORDS for w in words)
    other = sum(w in _FUNCTION_WORDS for w in words)
    return not (english >= 3 and english > 2 * other)


_GERMAN_WORDS = wordset(
    "der die das den dem des und ist nicht mit für auf ein eine einen einem einer sich von zu zum "
    "zur im am vom wird wurde werden sind hat haben war auch nach bei aus über dass oder aber "
    "noch nur wie sie er wir")


def german_text(text: str) -> bool:
    """True when ``text`` reads as German rather than English (where every noun has a capital,
    so a capital is no sign of a name): two or more German function words, and more of them
    than English ones (:data:`_ENGLISH_WORDS`)."""
    words = text.lower().split()
    german = sum(w in _GERMAN_WORDS for w in words)
    return german >= 2 and german > sum(w in _ENGLISH_WORDS for w in words)


# Someone else's text, error or words, in any of the languages: a text "of" a named paper ("im
# Text der FAZ", "dans l'article du Figaro", "in het artikel van de Volkskrant"), published by
# someone ("publicada pelo jornal"), its own error ("hat ihren Fehler korrigiert"), or what a
# spokesperson or an official said. Matched case-sensitively where a capital marks the name.
_TEXTS = (r"(?:[Tt]ext|[Aa]rtikel|[Bb]eitrag|[Bb]ericht|[Aa]usgabe|[Aa]rticle|[Tt]exte|"
          r"[Aa]rt[ií]culo|[Nn]oticia|[Aa]rticolo|[Pp]ezzo|[Rr]eportagem|[Nn]ot[ií]cia|[Aa]rtigo|"
          r"[Mm]at[eé]ria|[Ss]tuk|[Ee]dition|[Ee]dici[oó]n|[Ee]dizione|[Ee]di[cç][aã]o)")
_OUTLETS = (r"(?:zeitung|tageszeitung|magazin|sender|journal|quotidien|hebdomadaire|diario|"
            r"peri[oó]dico|revista|giornale|quotidiano|settimanale|jornal|emissora|krant|dagblad|"
            r"omroep|agentur|agence|agencia|agenzia|ag[eê]ncia|persbureau)")
THEIRS = lazy_compile(
    rf"\b{_TEXTS} (?:du|de la|de|del|di|della|dello|do|da|van de|van het|van) "
    rf"(?:[\u201e\"\u00ab\u201c']\s*)?(?:[A-Z]|(?i:{_OUTLETS}))"
    # German capitalises every noun: there only a quoted name, an abbreviation or a paper
    rf"|\b{_TEXTS} (?:der|des|von|vom) (?:[\u201e\"\u00ab\u201c']|[A-Z]{{2,}}\b|(?i:{_OUTLETS}))"
    # a paper named by its title, a text corrected by a named paper, or a named paper's
    # writers: "o jornal O Popular", "corrigido pela Folha", "gli autori de Il Sole 24 Ore"
    r"|\b(?:[Oo] jornal|[Oo] di[aá]rio|[Aa] revista|[Ll]e journal|[Ll]e quotidien|[Ee]l diario"
    r"|[Ee]l peri[oó]dico|[Ii]l quotidiano|[Ii]l giornale|[Dd]e krant|[Hh]et dagblad) "
    r"(?:[A-Z]|[\u201e\"\u00ab\u201c])"
    r"|\b(?:[Cc]orrigid|[Cc]orregid|[Rr]e(?:c)?tificad|[Rr]ettificat|[Cc]orrett|[Cc]orrig[eé])"
    r"[oae]?s? (?:pel[oa]|por|par|dal|dalla) (?:[A-Z]|(?:o|a|la|el|le|il|lo) [A-Z])"
    r"|\b(?:autori|redattori|giornalisti|auteurs|r[eé]dacteurs|journalistes|autores"
    r"|redactores|periodistas|jornalistas|redacteuren|journalisten) (?:de|del|della|di|des|du"
    r"|do|da|van) [A-Z]"
    # (not a passive of our own by mistake: "des textes ... ont été publiés par erreur"; "a
    # reconnu avoir publié par erreur" is someone else's admission)
    r"|(?i:\bpublicad[oa]s? (?:pel[oa]|por)\b"
    r"|\bpubli[eé]e?s? par\b(?! (?:erreur|m[eé]garde|inadvertance)\b)"
    r"|(?<![eé]t[eé] )\bpubli[eé]e?s? par (?:erreur|m[eé]garde|inadvertance)\b|\bpubblicat[oa] da\b"
    r"|\bver[oö]ffentlicht von\b|\bgepubliceerd door\b"
    # another paper's text and its own correction: "In ihrem Beitrag schrieb die Welt ...",
    # "Diesen Lapsus korrigierte das Blatt später"
    r"|\bin (?:ihrem|seinem) (?:beitrag|artikel|bericht|text|kommentar)\b"
    r"|\bkorrigierte (?:das blatt|die zeitung|der sender|das magazin)\b"
    r"|\b(?:das blatt|die zeitung|der sender|das magazin) korrigierte\b"
    r"|\b(?:ihren|seinen|ihre|seine|deren|leur|son|ses|sua|seu|zijn|hun) (?:fehler|irrtum|erreur|"
    r"errore|erro|fout)\b"
    r"|\b(?:porte-parole|portavoce|portavoz|porta-voz|woordvoerder|sprecher(?:in)?)\b"
    r"|\b(?:minister\w*|ministr[oa]s?|ministre|polizei|police|polizia|polic[ií]a|pol[ií]cia"
    r"|politie|"
    r"b[uü]rgermeister\w*|maire|sindaco|alcalde|prefeito|burgemeester|trainer|entra[iî]neur) "
    r"(?:\w+ )?(?:sagte|sagt|erkl[aä]rte|betonte|a (?:pr[eé]cis[eé]|d[eé]clar[eé]|affirm[eé])|"
    r"ha (?:detto|dichiarato|precisato)|dijo|asegur[oó]|afirm[oó]|declar[oó]|aclar[oó]|disse|"
    r"afirmou|declarou|esclareceu|zei|zegt|verklaarde)\b"
    # a paper as the subject, or its own edition: "o jornal explica", "admitiu a direcção",
    # "en su edición del domingo", "in seiner Ausgabe"
    r"|\b(?:o jornal|o di[aá]rio|a revista|a emissora|o site|le journal|le quotidien|el diario|"
    r"el peri[oó]dico|il quotidiano|il giornale|die zeitung|das blatt|de krant) (?:\w+ ){0,2}?"
    r"(?:explic[oó]|escribi[oó]|precis[oó]|schreef|schrijft|schreibt|schrieb|"
    r"pr[eé]cise|[eé]crit|scrive|gaf toe|"
    r"explica|explicou|diz|disse|admite|admitiu|reconhece|reconheceu|corrigiu|explique|"
    r"reconna[iî]t|admet|a corrig[eé]|reconoce|reconoci[oó]|admiti[oó]|corrigi[oó]|rectific[oó]|"
    r"spiega|ammette|riconosce|ha corretto|erkl[aä]rt|r[aä]umt|korrigierte|erkent|erkende|"
    r"corrigeerde)\b"
    r"|\b(?:reconhece|reconheceu|admite|admitiu|explica|explicou) (?:o|a) (?:jornal|folha|"
    r"p[uú]blico|di[aá]rio|revista|direc?[cç][aã]o|diretor|director|provedor)\b"
    # its own note: "en su fe de errores", "nella sua rettifica", "in zijn rectificatie"
    r"|\b(?:su|sua|seu|son|sa|ses|leur|seine[mnr]?|ihre[mnr]?|zijn|haar|hun) (?:\w+ )?"
    r"(?:fe de (?:errores|erratas)|rectificaci[oó]n|correcci[oó]n|errata|rettifica|correzione|"
    r"rectificatif|korrektur\w*|berichtigung|richtigstellung|rectificatie|correctie|rechtzetting|"
    r"corre[cç][aã]o|retifica[cç][aã]o)\b"
    r"|\b(?:su|sua|seu|son|sa|ses|leur|seine[mnr]?|ihre[mnr]?|zijn|haar|hun|la sua|il suo) "
    r"(?:edici[oó]n|edi[cç][aã]o|[eé]dition|edizione|ausgabe|editie|art[ií]culo|artigo|article|"
    r"articolo|artikel|reportagem|reportaje|portada|capa|manchete|titular|titre|titolo|"
    r"schlagzeile)\b"
    # a quotation and the speaker it is attributed to: „Ich habe einen Fehler gemacht“, sagte
    # der Minister; « Nous nous sommes trompés », a reconnu le maire
    # ("so" as the attribution, "...", so der Minister; not the adverb: "... so nah wie")
    r"|[\u201c\u201d\u00bb\u00ab\"]\s*,?\s*(?:sagte|sagt|erkl[aä]rte|betonte|r[aä]umte|"
    r"so(?= (?:der|die|das|ein|eine|(?-i:[A-ZÄÖÜ])))|a "
    r"(?:dit|d[eé]clar[eé]|reconnu|affirm[eé]|admis)|dijo|declar[oó]|afirm[oó]|reconoci[oó]|"
    r"admiti[oó]|ha (?:detto|dichiarato|ammesso|spiegato)|disse|declarou|afirmou|admitiu|"
    r"reconheceu|zei|zegt|verklaarde|gaf)\b"
    # or attributed at its end: "..., explicó la compañía", "..., sagte der Bahnsprecher"
    r"|,\s*(?:sagte|sagt|erkl[aä]rte|betonte|so(?! dass\b)|a (?:dit|d[eé]clar[eé]|expliqu[eé]|"
    r"indiqu[eé]|"
    r"pr[eé]cis[eé])|explique|dijo|explic[oó]|declar[oó]|afirm[oó]|seg[uú]n|ha (?:detto|spiegato|"
    r"dichiarato|precisato)|spiega|disse|explicou|afirmou|segundo|zei|zegt|verklaarde|aldus|"
    r"denunciano|denuncian|denunciam|erz[aä]hlt|raconte|cuenta|racconta|conta|vertelt) (?:[\w.'-]+ "
    r"){0,4}[\w.'-]+\.?\s*$)")

# A time after a label or a participle, as these languages print it: "vom 3. Mai", "14.30 Uhr",
# "le 4 mars à 15 h 20", "(15.30)", "ore 15.30", "às 15h30", "om 14.30 uur", "03/05/2024".
_MONTHS = (r"(?:j[aä]n(?:ner|uar)?|feb(?:ruar)?|m[aä]rz|april|mai|juni|juli|aug(?:ust)?|"
           r"sept?(?:ember)?|"
           r"okt(?:ober)?|nov(?:ember)?|dez(?:ember)?|janvier|f[eé]vrier|mars|avril|juin|juillet|"
           r"ao[uû]t|septembre|octobre|novembre|d[eé]cembre|enero|febrero|marzo|abril|mayo|junio|"
           r"julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|"
           r"maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar[cç]o|maio|junho|"
           r"julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus|oktober)")
_PREP = (r"(?:vom|von|am|um|ab|gegen|du|le|[aà]|del|de|el|a las|de las|il|alle|delle|dalle|ore|em|"
         r"[aà]s|das|do|da|dia|op|om|en|on|at)")
# (and the day's name: "Mise à jour, mercredi 13 mai à 21h :")
_WEEKDAYS = (r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
             r"jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|"
             r"domingo|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|"
             r"segunda-feira|ter[cç]a-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|"
             r"woensdag|donderdag|vrijdag|zaterdag|zondag),?")
WHEN = (rf"(?:\s*[,(\u2013-]?\s*(?:{_PREP}\s+){{0,2}}"
        rf"(?:{_WEEKDAYS}|\d{{1,2}}(?:\s?[.:h]\s?\d{{2}})?\.?"
        rf"(?:\s?(?:uhr|h|uur|hrs?))?|{_MONTHS}\.?|\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?)"
        r"\)?)*")

# An update's label and its date run into the note where a page's markup was stripped:
# "Aggiornamento del 4 febbraio alle ore 15.40 La giustizia ...", "Aktualisierung vom 3. Mai,
# 14.30 Uhr Die Polizei ..." (a day and a month, then a sentence's capital).
RUNON_UPDATE = (
    r"(?:aggiornamento|aktualisierung|nachtrag|mise [aà] jour|actualizaci[oó]n|atualiza[cç][aã]o|"
    r"actualiza[cç][aã]o|update)\s*,?\s+(?:(?:del|dell['\u2019]|vom|am|du|le|de|do|da|op)\s*)?"
    rf"\d{{1,2}}\.?\s+{_MONTHS}\.?(?:\s+\d{{4}})?"
    r"(?:,?\s+(?:(?:alle )?ore|um|[aà]|a las|[aà]s|om)?\s*"
    r"\d{1,2}[.:h]\d{2}(?:\s*(?:uhr|uur|h))?)?\s+(?=(?-i:[A-Z\u00c0-\u00dd])[a-z\u00e0-\u00ff])")

# A change made by someone else: "Este texto fue modificado por el Congreso", "Dieser Text
# wurde vom Bundestag geändert" (the newsroom itself is no other, nor are readers, who prompt a
# change and never make one: "nach Hinweisen von Lesern überarbeitet").
BY_OTHERS = lazy_compile(
    r"\b(?:por|pel[oa]|par|von|vom|durch|door|dal|dalla|dai|by) (?!(?:de[rmn] |la |el |les? |de |"
    r"het |a |o |d?e?i |os |as |los |las |unse?re[mnr]? |nos |nossos |nuestros |nostri |onze )?"
    r"(?:\w+ )?(?:redaktion|r[eé]daction|redacci[oó]n|redazione|reda[cç][aã]o|redactie|uns\b|"
    r"nous\b|nosotros\b|noi\b|n[oó]s\b|ons\b|leser|lecteur|lectrice|lector|lettor|lettric|"
    r"leitor|lezer))\w", _I)
# Where a claim answered "contrary to what was published" ran, when it is not this outlet's text:
# other media ("nas maiores mídias do país", "dans la presse", "in some media", "en redes
# sociales"). (Not "in our edition", "na edição de ontem".)
MEDIA_WORDS = (r"(?:m[i\u00ed]dias?|imprensa|jornais|ve[i\u00ed]culos|redes sociais|meios de "
               r"comunica[c\u00e7][a\u00e3]o|medios|prensa|diarios|peri[o\u00f3]dicos|redes "
               r"sociales|stampa|giornali|testate|social(?: network| media)?|presse|journaux|"
               r"m[e\u00e9]dias|r[e\u00e9]seaux sociaux|medien|zeitungen|boulevardbl[a\u00e4]tter|"
               r"kranten|pers|media|newspapers|outlets|press|tabloids|news sites)")
IN_MEDIA = lazy_compile(
    r"\s*,?\s*(?:in|on|by|en|em|n[ao]s?|dans|par|nei|negli|sui|sugli|su|nella|nelle|da|dai|"
    r"dagli|dalla|dalle|por|pel[oa]s?|in de|door|von|in den|auf|im)\s+"
    r"(?!(?:our|nuestr|notre|nos |noss|unser|onze|nostr)\w*)(?:[\w-]+\s+){0,3}?"
    + MEDIA_WORDS + r"\b", _I)
# What may follow a participle and its time to make a note of it: a purpose or what was added.
_PURPOSE = (r"(?:mit|um|und|nach|durch|pour|avec|afin|apr[eè]s|et|con|para|por|tras|y|per|dopo|"
            r"com|ap[oó]s|e|met|om|na|en)")
STAMP = r"(?=\s*[:\u2014\u2013]\s*\S+(?:\s+\S+){3}|\s*,?\s+" + _PURPOSE + r"\s+(?!\d)\w)"
# "The article was corrected" with a definite article is as often someone else's article, retold:
# a note only when a colon, a dash or a purpose follows ("Der Artikel wurde korrigiert: ..."), or
# when it is the paragraph's one sentence.
DEF_CHANGED = (r"(?:(?:der|die|das) (?:artikel|text|beitrag|bericht|meldung|kolumne|interview) "
               r"(?:wurde|ist)"
               r"|(?:l['\u2019]|le|la) ?(?:article|texte|chronique|entretien) (?:a [eé]t[eé]|est)"
               r"|(?:la|el) (?:noticia|art[ií]culo|informaci[oó]n|columna|entrevista) (?:ha sido|"
               r"fue|se ha)"
               r"|(?:l['\u2019]|il|la) ?(?:articolo|testo|pezzo|intervista|rubrica) [eè] stat[oa]"
               r"|(?:o|a) (?:texto|artigo|reportagem|not[ií]cia|mat[eé]ria|coluna|entrevista) foi"
               r"|(?:het|de) (?:artikel|bericht|stuk|column|interview) (?:is|werd))"
               r"(?: (?:[\w.,]+ ){0,8}?)?")
DEF_FOLLOW = (r"(?=\s*[:\u2014\u2013]|\s*,?\s+(?:um|pour|afin|para|per|om)\b"
              r"|[^.!?]{0,120}[.!]?\s*$)")

# The newsroom withdrawing this text: "<Outlet> retire cet article", "<Outlet> zieht diesen
# Artikel zurück", "<Outlet> trekt dit artikel in"; in the past or as a decision ("Le Courrier a
# décidé de retirer cette tribune", "Abbiamo ritirato l'intervista", "Dieses Interview haben wir
# zurückgezogen"), or in the passive with this text as the subject ("Cet entretien a été
# retiré", "Este texto foi despublicado"). Someone else's text ("l'entretien", "la
# entrevista") only with the newsroom itself as the subject: "we", "this paper", "the newsroom".
_THIS_DOC = (r"(?:artikel|texto|testo|tekst|text|beitrag|bericht|interview|kommentar|"
             r"gastbeitrag|article|texte|entretien|tribune|enqu[eê]te|reportage|papier|chronique|noticia|art[ií]culo|"
             r"entrevista|informaci[oó]n|reportaje|columna|tribuna|articolo|pezzo|intervista|"
             r"servizio|artigo|reportagem|not[ií]cia|mat[eé]ria|coluna|stuk|column)")
_OUR_DESK = (r"(?:die redaktion|la r[eé]daction|la redacci[oó]n|este (?:diario|peri[oó]dico|medio)"
             r"|la redazione|questo (?:giornale|quotidiano|sito)|a reda[cç][aã]o|este (?:jornal|"
             r"site)|de redactie|deze krant)")
_REMOVE_VERB = (r"(?:zur[uü]ckgezogen|entfernt|gel[oö]scht|depubliziert|offline genommen|"
                r"retir[eé]e?|supprim[eé]e?|d[eé]publi[eé]e?|retirad[oa]|despublicad[oa]|eliminad[oa]|"
                r"rimoss[oa]|ritirat[oa]|cancellat[oa]|removid[oa]|verwijderd|ingetrokken|"
                r"offline gehaald)")
_REMOVE_INF = (r"(?:zur[uü]ckzuziehen|zu l[oö]schen|zu depublizieren|retirer|supprimer|"
               r"d[eé]publier|retirar|despublicar|eliminar|rimuovere|ritirare|cancellare|remover|"
               r"offline te halen|te verwijderen|in te trekken)")
# "We", or the newsroom by name; "decided to"; the article or pronoun before the text's noun.
_US = (r"wir haben|haben wir|nous avons|hemos|abbiamo|decidimos|(?:we|wij) hebben|"
       + _OUR_DESK + r" (?:hat|a|ha|heeft|decidiu)")
_DECIDE = r"(?:besloten |beschlossen,? |d[eé]cid[eé] de |decidido |deciso di )?"
_ART = (r"(?:den|das|die|diesen|dieses|diese|unseren|unser|l['\u2019]|le|la|cet|cette|notre|el|"
        r"este|esta|nuestr[oa]|il|lo|questo|questa|quest['\u2019]|nostr[oa]|o|a|nosso|nossa|"
        r"het|de|dit|deze|ons)")
WITHDRAWS = (r"[^.;]{0,160}?\bse retratar (?:publicamente )?(?:por|de|sobre) (?:uma|a|esta|essa) "
             r"(?:mat[eé]ria|reportagem|not[ií]cia|publica[cç][aã]o)\b|"
             r"(?:[\w.&'-]+ ){1,4}(?:retire (?:cet|cette|notre) (?:article|texte|enqu[eê]te)"
             r"|zieht (?:diesen|den|unseren) (?:artikel|text|beitrag|bericht) zur[uü]ck"
             r"|retira (?:esta|este) (?:noticia|art[ií]culo|informaci[oó]n|texto|reportagem|"
             r"not[ií]cia|artigo)|ritira (?:questo|quest['\u2019]|l['\u2019]) ?(?:articolo|pezzo)"
             r"|trekt (?:dit|het) (?:artikel|bericht|stuk) in)\b"
             # ... or by the newsroom in the first person, as it does it: "Wir ziehen den Bericht
             # über ... zurück", "Nous retirons l'article sur ...", "Ritiriamo l'articolo ..."
             r"|(?:wir ziehen (?:diesen|den|unseren) (?:artikel|text|beitrag|bericht)\b"
             r"[^.;]{0,120}?\bzur[uü]ck"
             r"|nous retirons (?:cet|cette|l['\u2019]|notre) ?(?:article|texte|enqu[eê]te)"
             r"|retiramos (?:la|el|esta|este|nuestr[oa]) (?:nota|art[ií]culo|noticia|"
             r"informaci[oó]n|reportaje)"
             r"|ritiriamo (?:questo|quest['\u2019]|l['\u2019]|il nostro) ?(?:articolo|testo|pezzo)"
             r"|(?:we|wij) trekken (?:het|dit|ons) (?:artikel|stuk|bericht)\b[^.;]{0,120}?\bin)\b"
             # this text, withdrawn by anyone who names it so
             r"|(?:[\w.&'-]+ ){0,4}?(?:(?:hat|haben|a|ont|avons|ha|han|hemos|hanno|abbiamo|heeft"
             r"|hebben) (?:\w+ ){0,2}?(?:besloten |beschlossen,? |d[eé]cid[eé] de |decidido |"
             r"deciso di )?(?:" + _REMOVE_VERB + r"|" + _REMOVE_INF + r")"
             r"|(?:retirou|removeu|despublicou|decidiu (?:retirar|remover|despublicar))) "
             r"(?:\w+ )?(?:diesen|dieses|diese|cet|cette|ce|esta|este|questo|questa|quest['\u2019]|"
             r"dit|deze) ?" + _THIS_DOC + r"\b"
             # this text as the subject, or as the object put first
             r"|(?:dieser|dieses|diese|diesen|cet|cette|ce|esta|este|questo|questa|quest['\u2019]|"
             r"dit|deze) ?" + _THIS_DOC + r" (?:(?:wurde|ist|a [eé]t[eé]|ha sido|fue|[eè] stat[oa]|"
             r"foi|is|werd)|haben wir|avons-nous) (?:\w+ ){0,8}?" + _REMOVE_VERB + r"\b"
             # the newsroom itself removing its text, whichever article it names it with
             r"|(?:" + _US + r") (?:\w+ ){0,2}?" + _DECIDE + r"(?:" + _REMOVE_VERB + r"|"
             + _REMOVE_INF + r") (?:\w+ )?" + _ART + r" ?" + _THIS_DOC + r"\b"
             r"|(?:" + _US + r") (?:\w+ ){0,2}?" + _DECIDE + _ART + r" ?" + _THIS_DOC
             # within the clause: "den Artikel korrigiert und Fehler entfernt" is no withdrawal
             + r"\b(?:(?!\b(?:und|et|y|e|en)\b)[^.,;]){0,80}?\b(?:" + _REMOVE_VERB + r"|"
             + _REMOVE_INF + r")\b"
             r"|(?:retiramos|removemos|despublicamos|" + _OUR_DESK + r" (?:retirou|removeu|"
             r"despublicou)) " + _ART + r" ?" + _THIS_DOC + r"\b")

# What a news text is called when it heads a participle: "Article mis à jour ...", "Texto
# atualizado às 15h30 para ...".
NOUNS = (r"(?:artikel|text|beitrag|meldung|article|texte|papier|art[ií]culo|noticia|nota|"
         r"informaci[oó]n|articolo|testo|pezzo|artigo|texto|not[ií]cia|mat[eé]ria|reportagem|"
         r"bericht|stuk)")

_CORRECTING = lazy_compile(
    r"\b(?:um [^.]{0,60} zu (?:korrigieren|berichtigen)|zur (?:korrektur|berichtigung)"
    r"|pour (?:corriger|"
    r"rectifier)|afin de (?:corriger|rectifier)|para (?:corregir|rectificar|corrigir|retificar|"
    r"rectificar)|per (?:correggere|rettificare)|om [^.]{0,60} te (?:corrigeren|verbeteren"
    r"|herstellen))\b",
    _I)
#: An earlier version that did not make something clear, as English "did not make clear":
#: "machte nicht deutlich", "ne précisait pas", "no dejaba claro", "non chiariva", "não deixava
#: claro", "maakte niet duidelijk".
NOT_MADE_CLEAR = (r"nicht (?:hinreichend |ausreichend )?(?:deutlich|klar)\b|ne pr[eé]cisait pas|"
                  r"no dejaba claro|no aclaraba|no precisaba|non chiariva|non precisava|"
                  r"n[aã]o deixava claro|n[aã]o esclarecia|niet duidelijk")
_CLARIFYING = lazy_compile(
    r"\b(?:pr[aä]zisier|klarzustellen|klarstell|pr[eé]ciser|aclarar|precisar|precisare|chiarire|"
    r"esclarecer|clarificar|deixar claro|verduidelijk"
    # the participles: "ha sido aclarado", "è stato precisato", "a été précisé", "foi esclarecido"
    r"|aclarad[oa]|precisad[oa]|precisat[oa]|chiarit[oa]|esclarecid[oa]|pr[eé]cis[eé]e?\b|"
    r"clarifi[eé]e?\b"
    # an earlier version that did not make something clear
    r"|" + NOT_MADE_CLEAR +
    # changed "to reflect it better", as English "to better reflect"
    r"|(?:mieux|besser|mejor|meglio|melhor|beter) (?:\w+ )?(?:refl[eé]t|wiederg|wiederzug|reflej|"
    r"rispecchi|riflett|reflet|weer te geven|weergeven)|(?:refl[eé]ter|wiederzugeben|reflejar|"
    r"rispecchiar\w*|riflettere|refletir|weer te geven) (?:\w+ )?(?:mieux|besser|mejor|meglio|"
    r"melhor|beter))", _I)
_UPDATE_VERBS = ("aktualis", "erg\u00e4nz", "erganz", "\u00fcberarb", "uberarb", "jour", "actualis",
                 "compl\u00e9t", "complet", "actualiz", "ampliad", "aggiornat", "integrat",
                 "atualiz",
                 "bijgewerkt", "geactualiseerd", "aangevuld")


_CORRECT_VERBS = ("korrig", "berichtig", "corrig", "rectifi", "correg", "corrett", "rettific",
                  "retific", "verbeterd", "hersteld")


def changed_kind(form: str, rest: str) -> str:
    """The kind of a "this text was changed" note (``form`` is the matched opening): a
    correction or an update by its verb, unless the note says what the change was for."""
    if _CORRECTING.search(rest):
        return "correction"
    if _CLARIFYING.search(form + " " + rest):
        return "clarification"
    low = form.lower()
    if any(stem in low for stem in _CORRECT_VERBS):
        return "correction"
    return "update" if any(stem in low for stem in _UPDATE_VERBS) else "correction"


# Words that open the forms above within a paragraph's first 160 characters: the notes module's
# cheap test before the language tables' forms. Few are part of a common English word ("ndr" is
# in "hundred", "retire" in "retirement" and neither is here), so most English paragraphs skip
# those forms.
CUES = (
    # de
    "transparenz", "hinweis", "nachtrag", "nachtr\u00e4glich", "erg\u00e4nz", "korrig",
    "berichtigt", "hier stand", "ziehen",
    "hier hie", "dieser stelle", "zun\u00e4chst", "zuvor", "urspr\u00fcnglich", "anders als",
    "fr\u00fcher", "klarstell", "pr\u00e4zis", "berarbeit", "angepasst", "wichtig", "zieht",
    # fr
    "ndlr", "n.d.l.r", "mouture", "contrairement", "erreur", "mis \u00e0 jour",
    "mise \u00e0 jour", "actualis", "ajout", "note :", "note:", "note des", "\u00e0 noter",
    "mea culpa", "retrait", "r\u00e9tract", "pr\u00e9cis", "compl\u00e9t", "avertissement",
    "retire cet", "retire notre", "maj ", "maj:",
    # es
    "n. de", "n. del", "contrariamente", "diferencia", "por error", "por un error",
    "err\u00f3nea", "equivocad", "incorrect", "\u00faltima hora", "precisi\u00f3n", "nota a",
    "nota e", "nota:", "nota :", "edici\u00f3n", "aviso", "advertencia", "retira ", "contra lo",
    "contrario a lo", "contrario de lo", "hemos cambiado", "enmend",
    # it
    "n.d.r", "ndr:", "ndr ", "ndr)", "ultim'", "ultim\u2019", "chiariment", "stesura", "errore",
    "erroneamente", "aggiorna", "ritratt", "avviso", "avvertenza", "ritira ",
    # pt
    "diferentemente", "diferente do", "ao contr\u00e1rio", "lapso", "engano", "erradamente",
    "por erro", "por um erro", "atual", "actual.", "precis\u00e3o", "correc\u00e7", "n. da",
    "n. do", "edi\u00e7", "retrata\u00e7", "retra\u00e7", "se retratar", "alteramos",
    "alter\u00e1mos", "mudamos", "mud\u00e1mos",
    # nl
    "eerder", "aanvankelijk", "oorspronkelijk", "eerst ", "anders dan", "red.", "redacti",
    "toelichting", "aanvulling", "bijgewerkt", "verbeterd", "gewijzigd", "hersteld", "let op",
    "opmerking", "trekt ",
    # the labels' and participles' stems in every language
    "korrektur", "richtigstell", "berichtig", "redaktion", "aktualis", "ge\u00e4ndert", "fassung",
    "anmerkung", "anm.", "notiz", "eigener sache", "zur\u00fcckgezogen", "correct", "corrig",
    "rectifi", "modifi", "errat", "mise au point", "clarif", "note de", "versi", "updat", "errores",
    "correcci", "aclaraci", "redacci", "correg", "actualiz",
    "modificamos", "cambiamos", "retirad", "nota d", "rettific",
    "correzion", "precisazion", "corrett", "modificat", "aggiornat", "integrat", "ritirat",
    "corre\u00e7", "retifica", "esclarec", "erramos", "corrigid", "alterad", "atualiza",
    "correcti", "rechtzetting", "verbetering", "verduidelijk", "noot", "naschrift", "aangevuld",
    "gecorrigeerd", "aangepast", "ingetrokken", "intrekking", "retract",
    # a text withdrawn, in the past or as a decision
    "aclarad", "precisat", "chiarit",
    "retirer", "retirar", "ritirare", "retirons", "ritiriamo", "trekken",
    "zur\u00fcckzuziehen", "intrekken", "retir\u00e9",
    "retirou", "retiramos", "retirad", "depubli", "d\u00e9publi",
    "despublic", "supprim", "gel\u00f6scht", "entfernt", "rimuover", "rimoss", "verwijder",
    "offline",
    # by mistake, it said
    "irrt\u00fcmlich", "versehentlich", "f\u00e4lschlich", "abusievelijk", "ten onrechte",
    "per abuis", "inadvertance", "vers\u00e3o",
)

# Words for :func:`versiontrack.audit.signals.may_weigh`, the word gate before the cue rule:
# the stems (first four letters decide) of the own-text and error words above, none an English
# word's (the gate runs on every paragraph of every version).
GATE_WORDS = (
    "schrieben berichteten wir uns ausgabe zeitung leider stimmt trifft m\u00fcsste entgegen "
    "entschuldigen bedauern vertauscht erreur \u00e9crit indiqu\u00e9 nous notre nos "
    "excusons excuses fallait contrairement coquille gliss\u00e9e paru publi\u00e9 mal fautive "
    "error err\u00f3ne equivocado incorrecto lamentamos pedimos disculpas debe donde publicamos "
    "informamos dijimos escribimos edici\u00f3n public\u00f3 errata erroneamente errore sbagliato "
    "inesatto scusiamo scambiato anzich\u00e9 invece abbiamo pubblicato scritto giornale erramos "
    "erradamente incorretamente equivocadamente lapso engano erro errado trocado desculpa "
    "publicamos public\u00e1mos escrevemos informamos noticiamos edi\u00e7\u00e3o "
    "abusievelijk onrechte onjuist verkeerd fout vergissing abuis verwisseld moet klopt excuses "
    "schreven meldden noemden stond plek krant juist nannte zeigte zitiert zugeschrieben "
    "bufala irrtum falschmeldung canular bulo boato bleek lezer lezers "
    "attribu\u00e9 indiquait mentionnait atribuy\u00f3 identificaba attribuito indicato "
    "riportato atribu\u00edmos informou noticiou referia dizia vermeld genoemd klopte "
    # first-person admissions and reading formulas
    "tromp\u00e9 geirrt fallait auriez equivocamos equivoqu\u00e9 omiti\u00f3 omitimos descuido "
    "sbagliammo dammo svista scuso leia errei enganei enganamos escrevi vergist moest verminkt "
    "weggevallen "
    "verzuimd "
    # what was reported, set against the fact: "nicht ..., wie gestern berichtet"
    "berichtet gemeldet "
    # a corrections column's item: what the piece said of someone, a text printed cut or
    # garbled, and a note declaring itself the correction
    "genannt bezeichnet erw\u00e4hnt verst\u00fcmmelt tronqu\u00e9 truncado mutilado troncato "
    "mutilato onvolledig rectifions rectificamos rettifica rectifica\u00e7\u00e3o "
    "retifica\u00e7\u00e3o "
    "hiermit hierbij versehen ungenau impr\u00e9cision gazapo equivocaci\u00f3n imprecisi\u00f3n "
    "imprecisione imprecisioni equ\u00edvoco imprecis\u00e3o onnauwkeurig slordigheid "
    # the newsroom's wish to clarify: "Wij willen verduidelijken dat ..."
    "verduidelijken verhelderen klarstellen aclarar esclarecer precisare chiarire pr\u00e9ciser "
    # what a picture of the text showed: "La foto de este artículo mostraba X, no Y"
    "mostraba mostrava montrait"
)
