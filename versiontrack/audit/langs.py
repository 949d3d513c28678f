"""How newsrooms write their notes in German, French, Spanish, Italian, Portuguese and Dutch.

One table per language, read by the house forms (:mod:`versiontrack.audit.notes`) and the cue
rule (:mod:`versiontrack.audit.cues`), so that a language's words live in one place and the
rules that use them stay the same in every language:

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
  the claim ("Richtig ist ...", "Dat klopt niet", "Il fallait lire ...").
- ``against``: a third party's correction, a press law or a policy ("veröffentlichte eine
  Gegendarstellung", "a publié un rectificatif", "serán corregidos").

Texts are matched folded (straight quotes) and case-insensitively; accents are written both
ways where newsrooms drop them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AGAINST", "BY_OTHERS", "CHANGED", "CUES", "DEF_CHANGED", "DEF_FOLLOW", "EARLIER",
           "ERRORS", "FACTS", "GATE_WORDS", "LABELS", "NOT_OTHERS", "OWN", "PARTICIPLES",
           "REPORTED", "SOFT_LABEL", "STAMP", "THEIRS", "WITHDRAWS", "changed_kind"]

_I = re.IGNORECASE


@dataclass(frozen=True)
class Lang:
    """One language's words for notes (regular-expression alternatives, lower case)."""

    labels: tuple[tuple[str, str], ...]  # (alternatives, kind)
    soft_labels: str
    earlier: str
    changed: str
    participles: str
    own: str
    errors: str
    facts: str
    reported: str
    against: str


DE = Lang(
    labels=(
        (r"korrektur(?:hinweis|meldung)?(?:en)?|korrigiert(?:e fassung)?|berichtigt(?:e fassung)?|"
         r"transparenzhinweis|richtigstellung|berichtigung", "correction"),
        (r"klarstellung|pr[aä]zisierung", "clarification"),
        (r"(?:anmerkung|hinweis|notiz) (?:der|d\.) ?red(?:aktion|\.)|anm\. ?d\. ?red\.?|"
         r"redaktione(?:ller|lle) (?:hinweis|anmerkung|notiz)|hinweis der redaktion|"
         r"in eigener sache", "editors-note"),
        (r"aktualisierung|aktualisiert|update|nachtrag|erg[aä]nzung|erg[aä]nzt", "update"),
        (r"zur[uü]ckgezogen", "withdrawal"),
    ),
    soft_labels=r"hinweis|anmerkung|notiz|wichtig",
    earlier=(
        r"(?:(?:gestern|vorgestern|zun[aä]chst|zuvor|urspr[uü]nglich) )?(?:hier|an dieser stelle"
        r"|in "
        r"diesem (?:artikel|text|beitrag|bericht)) (?:stand|hie(?:ß|ss) es|"
        r"war (?:zu lesen|die rede|zun[aä]chst)|wurde)(?: (?:zun[aä]chst|zuvor|urspr[uü]nglich"
        r"|vorher|"
        r"fr[uü]her|f[aä]lschlich(?:erweise)?|irrt[uü]mlich(?:erweise)?))?"
        r"|(?:zun[aä]chst|zuvor|urspr[uü]nglich|anfangs|vorher) (?:stand|hie(?:ß|ss) es"
        r"|war (?:zu lesen|"
        r"die rede)|hatten wir|haben wir) (?:hier|an dieser stelle|in diesem (?:artikel|text"
        r"|beitrag|"
        r"bericht)|geschrieben|berichtet|gemeldet|[^.]{0,60}\b(?:f[aä]lschlich|irrt[uü]mlich"
        r"|falsch))"
        r"|(?:in|bei) (?:einer|der) (?:fr[uü]heren|vorherigen|[aä]lteren|ersten|urspr[uü]nglichen) "
        r"(?:version|fassung)(?: (?:dieses|des|dieser|der) (?:artikels|textes|beitrags|berichts|"
        r"meldung|interviews|kommentars))?,? (?:hie(?:ß|ss)|stand|war|wurde|wurden|haben|hatten|"
        r"hatte|lautete|fehlte|ist|sind|fand|nannten|schrieben|berichteten)"
        r"|anders als (?:in einer fr[uü]heren (?:version|fassung)|hier|in diesem (?:artikel|text"
        r"|beitrag)|"
        r"von uns)(?: \w+)? (?:berichtet|gemeldet|geschrieben|"
        r"angegeben|dargestellt|behauptet|vermeldet|hie(?:ß|ss))"
    ),
    changed=(
        r"(?:(?:dieser|diese|dieses|unser|unsere?) (?:artikel|text|beitrag|bericht|"
        r"meldung|interview|st[uü]ck) (?:wurde|ist|wird)|(?:wir haben|haben wir) (?:den|diesen|"
        r"die|diese|das|dieses|unseren|unsere) (?:artikel|text|beitrag|bericht|meldung|interview|"
        r"st[uü]ck))(?: (?:[\w.,]+ ){0,6}?)?(?:korrigiert|berichtigt|aktualisiert|ge[aä]ndert|"
        r"erg[aä]nzt|[uü]berarbeitet|angepasst|pr[aä]zisiert)"
    ),
    participles=r"korrigiert|berichtigt|aktualisiert|erg[aä]nzt|ge[aä]ndert|[uü]berarbeitet",
    own=(
        r"\b(?:in|im|bei|auf|unter|zu[mr]?|unser(?:e[mnrs]?)?) (?:der |dem |den |unserer "
        r"|unserem )?"
        r"(?:(?!(?:ein|ihr|sein|dein|eur|jen|welch|deren|dessen)\w*)[a-zäöü]+(?:en|er|em"
        r"|es) )?(?:ausgabe|zeitung|taz|seite \d+|artikel|text|beitrag|bericht|"
        r"meldung|kommentar|interview|portr[aä]t|reportage|kolumne|glosse|rezension|kritik|nachruf|"
        r"leitartikel|bildzeile|bildunterschrift|bildtext|tabelle|grafik|infografik|karte|"
        r"[uü]berschrift|unterzeile|dachzeile|vorspann|teaser|schlagzeile|zitat|serie|beilage|"
        r"lokalteil|sportteil|wirtschaftsteil|feuilleton)\b"
        r"|\b(?:die|der|das|unsere?) (?:grafik|bildunterschrift|bildzeile|[uü]berschrift|tabelle"
        r"|karte|"
        r"infografik|foto|bild|schlagzeile|unterzeile) (?:zu[mr]?|auf seite|im|in|[uü]ber)\b"
        r"|\b(?:auf|unter) (?:dem|einem) (?:foto|bild)\b"
        r"|\bstand (?:es|hier|da|gestern|vorgestern|zun[aä]chst|irrt[uü]mlich|f[aä]lschlich"
        r"|an dieser "
        r"stelle)\b"
        r"|\bwar (?:hier |gestern |vorgestern |zun[aä]chst )?zu lesen\b"
        r"|\b(?:schrieben|berichteten|meldeten|nannten|zitierten|behaupteten|hatten) wir\b"
        r"|\bwir (?:schrieben|berichteten|meldeten|nannten|zitierten|behaupteten|haben|hatten)\b"
        r"|\b(?:ist|sind) uns (?:ein|eine|zwei|dabei|leider|hier|da|mehrere)\b"
        r"|\buns (?:ist|sind|unterlief|unterliefen)\b"
        r"|\bin (?:diesem|dem) (?:artikel|text|beitrag|bericht|interview)\b"
        r"|\b(?:leser(?:innen)?|ein leser|eine leserin) (?:\w+ ){0,2}(?:uns|wiesen"
        r"|haben) (?:\w+ ){0,3}"
        r"(?:hingewiesen|aufmerksam gemacht|hin)\b"
    ),
    errors=(
        r"\birrt[uü]mlich|\bf[aä]lschlich|\bversehentlich|\bverwechsel|\bvertausch|\bunrichtig"
        r"|\bunzutreffend|\bfehlerhaft|\bfalsch\w*|\b(?:ein|der|dieser|einen|den) fehler\b"
        r"|\b(?:ein|der|dieser|einen|den|zwei|mehrere)(?: \w+)? fehler\b|\bfehler (?:unterlaufen"
        r"|passiert|eingeschlichen)|\bstimmt (?:so )?nicht\b|\btrifft (?:so )?nicht zu\b"
        r"|\bnicht (?:korrekt|richtig|zutreffend)\b|\b(?:richtig|korrekt) (?:ist|hei(?:ß|ss)t"
        r"|lautet|"
        r"w[aä]re|sind|war)\b|\bmuss(?:te)? es (?:richtig |korrekt )?hei(?:ß|ss)en\b"
        r"|\b(?:vertan|geirrt|verschrieben|verz[aä]hlt|verrechnet|verh[oö]rt|verlesen)\b|\bpardon\b"
        r"|\bmea culpa\b|\bsorry\b|\basche auf unser|\bpeinlich|\bverrutscht|\bverdreht"
        r"|\bzahlendreher"
        r"|\bfehlerteufel|\bdruckfehler|\btippfehler|\beingeschlichen|\blagen wir (?:\w+ )?daneben"
        r"|\bdaneben(?:gelegen|gegriffen)|\bum (?:entschuldigung|verzeihung)\b|\bentschuldigen\b"
        r"|\bbedauern\b|\bleider\b[^.]{0,80}"
        r"\b(?:falsch|fehler|verwechselt|vertauscht|nicht)\b|\bnicht\b[^.;]{1,80}, sondern\b"
        r"|\bfehlten?\b|\bgeh[oö]rt nicht\b"
        r"|\birrtum\b|\bstellte sich (?:\w+ )?als (?:falsch|unzutreffend|unwahr) heraus"
        r"|\bfalschmeldung"
    ),
    facts=(
        r"richtig (?:ist|w[aä]re|hei(?:ß|ss)t|lautet|sind)|korrekt (?:ist|w[aä]re|sind)"
        r"|tats[aä]chlich"
        r"|in wahrheit|vielmehr|(?:das|dies|dieses|diese angabe) (?:ist|war|stimmt"
        r"|trifft) (?:falsch|"
        r"nicht|so nicht|unzutreffend|unrichtig)|es muss(?:te)? (?:richtig )?hei(?:ß|ss)en"
        r"|(?:das|dies) (?:war|ist) (?:ein|unser) (?:irrtum|fehler)"
    ),
    reported=(r"\bnannte\b|\bnannten\b|\bzeigte\b|\bdie rede\b|\bhie(?:ß|ss)\b|\bstand\b|"
              r"\bzitiert\b|\bzugeschrieben\b|\bschrieben\b|\bberichteten\b|\bwiedergegeben\b"),
    against=(
        r"\b(?:ver[oö]ffentlicht\w*|druck\w*|abdruck\w*|bringen|brachte|musste|m[uü]ssen) "
        r"(?:\S+ ){0,4}?(?:eine |die |ihre |seine )?(?:richtigstellung|gegendarstellung"
        r"|berichtigung|korrektur)"
        r"|\bgegendarstellung\b|\bwerden\b[^.]{0,60}\b(?:korrigiert|berichtigt)\b|\bwer\b"
        r"|\b(?:zeitung|blatt|magazin|sender|redaktion|agentur|portal|verlag)\w* (?:musste"
        r"|r[aä]umte|"
        r"schrieb|berichtete)\b"
        r"|\br[aä]umte\b[^.]{0,60}\bein\b|\bkorrekturspalte\b"
    ),
)

FR = Lang(
    labels=(
        (r"rectificatifs?|rectification|correctifs?|errat(?:um|a)|correction"
         r"|corrig[eé]|mea culpa", "correction"),
        (r"pr[eé]cisions?|mise au point|clarification", "clarification"),
        (r"note de la r[eé]daction|note de l['\u2019][eé]dit(?:eur|rice)|n\.? ?d\.? ?l\.? ?r\.?|"
         r"note des [eé]diteurs", "editors-note"),
        (r"mise [aà] jour|mis [aà] jour|actualisation|actualis[eé]|ajout", "update"),
        (r"retrait|r[eé]tractation|article retir[eé]", "withdrawal"),
    ),
    soft_labels=r"note|avertissement|[aà] noter",
    earlier=(
        r"(?:dans |selon )?(?:une|la|sa) (?:version|mouture) (?:pr[eé]c[eé]dente|ant[eé]rieure"
        r"|initiale|"
        r"originale|premi[eè]re)(?: de (?:cet|cette|notre|l['\u2019]) ?(?:article|texte|papier|"
        r"d[eé]p[eê]che|enqu[eê]te|entretien|portrait))?,? (?:nous|il|elle|on|cet|cette|l['\u2019]|"
        r"le|la|les|[eé]tait|indiquait|mentionnait|affirmait|[eé]crivait|pr[eé]sentait|attribuait|"
        r"qualifiait|annon[cç]ait|comportait|contenait|faisait|situait|donnait|citait)"
        r"|(?:dans |selon )?(?:une|la|sa) (?:premi[eè]re|pr[eé]c[eé]dente) (?:version|mouture)"
        r"(?: de (?:cet|cette|notre|l['\u2019]) ?(?:article|texte|papier|d[eé]p[eê]che))?"
        r"|contrairement [aà] ce qu(?:i|['\u2019]il) (?:a|avait) [eé]t[eé] (?:[eé]crit|indiqu[eé]|"
        r"publi[eé]|annonc[eé]|affirm[eé]|mentionn[eé])"
        r"|contrairement [aà] ce que (?:nous (?:avons|avions)|(?:nous )?indiquait|(?:cet|notre) "
        r"article|(?:nous )?(?:[eé]crivions|annoncions|affirmions))"
        r"|une erreur s['\u2019]est gliss[eé]e dans (?:cet|notre|nos|l['\u2019]|la|le)"
    ),
    changed=(
        r"(?:(?:cet|notre|ce) (?:article|texte|papier|entretien|d[eé]p[eê]che) "
        r"(?:a [eé]t[eé]|est)|nous avons (?:[\w\u2019']+ ){0,3}?)"
        r"(?: ?(?:[\w.,\u2019']+ ){0,6}?)?(?:corrig[eé]e?|rectifi[eé]e?|modifi[eé]e?|mis [aà] jour|"
        r"actualis[eé]e?|compl[eé]t[eé]e?|amend[eé]e?|pr[eé]cis[eé]e?)"
    ),
    participles=(r"corrig[eé]e?|rectifi[eé]e?|modifi[eé]e?|mis(?:e)? [aà] jour|actualis[eé]e?|"
                 r"compl[eé]t[eé]e?"),
    own=(
        r"\bnous (?:avons|avions) (?:\w+ )?(?:[eé]crit|indiqu[eé]|annonc[eé]|affirm[eé]|publi[eé]|"
        r"attribu[eé]|mentionn[eé]|qualifi[eé]|pr[eé]sent[eé]|confondu|situ[eé]|cit[eé]|omis"
        r"|titr[eé])"
        r"|\bnous (?:[eé]crivions|indiquions|annoncions|affirmions|pr[eé]sentions)\b"
        r"|\b(?:notre|nos) (?:[eé]dition|article|num[eé]ro|colonnes|journal|papier|page|texte|"
        r"l[eé]gende|infographie|carte|chronique)s?\b|\b(?:en|de la|dans la|[aà] la) (?:page|une)\b"
        r"|\b(?:paru|publi[eé])e? (?:hier|le|dans|en|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        r"dimanche)\b|\bil (?:[eé]tait|a [eé]t[eé]) (?:[eé]crit|indiqu[eé]|mentionn[eé])\b"
        r"|\b(?:dans|sous) (?:la|une|cette) (?:l[eé]gende|photo|infographie)\b"
        r"|\b(?:l['\u2019]article|notre article|le papier|le reportage|l['\u2019]entretien"
        r"|la l[eé]gende) "
        r"(?:d['\u2019]hier|de (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b"
        r"|\b(?:lecteurs?|lectrices?) nous (?:ont|a) (?:signal[eé]|fait remarquer)"
        r"|\bnous l['\u2019]ont "
        r"signal[eé]"
    ),
    errors=(
        r"\bpar erreur\b|\bcontrairement [aà] ce qu(?:e|i|['\u2019])|\b[aà] tort\b|\berron[eé]"
        r"|\binexact|\bune (?:erreur|coquille)\b"
        r"|\bs['\u2019]est gliss[eé]e?s?\b|\bil fallait lire\b|\bcontrairement [aà] ce que\b"
        r"|\bconfondu|\bnous (?:nous )?(?:sommes tromp[eé]s?|excusons)\b|\bnos excuses\b"
        r"|\b(?:veuillez|prions) (?:nous|nos lecteurs|les lecteurs)\b|\bnous en excuser\b"
        r"|\bmal (?:orthographi|transcri|retranscri|cit)|\bfaute de frappe\b|\bfautiv"
        r"|\bne \w+ pas\b[^.;]{1,80}\bmais\b|\bne correspond pas\b|\bet non\b[^.;]{1,80}\bcomme "
        r"(?:nous l['\u2019]avons )?(?:annonc|indiqu|[eé]crit|publi|mentionn)"
        r"|\b(?:lecteurs?|lectrices?) nous (?:ont|a) (?:signal[eé]|fait remarquer)"
        r"|\bnous l['\u2019]ont "
        r"signal[eé]"
        r"|\bse sont r[eé]v[eé]l[eé]e?s? (?:fausses?|faux|inexacte?s?|erron[eé]e?s?)\b|\bcanular"
    ),
    facts=(
        r"en r[eé]alit[eé]|en fait|il fallait lire|il s['\u2019]agit en (?:fait|r[eé]alit[eé])"
        r"|c['\u2019]est (?:faux|inexact|une erreur)|(?:cette information|ceci) (?:est|[eé]tait) "
        r"(?:fausse|inexacte|erron[eé]e)|le (?:bon|vrai) (?:chiffre|nom|montant)"
    ),
    reported=(r"\b(?:nous )?(?:avons|avions) (?:[eé]crit|indiqu[eé]|annonc[eé]|attribu[eé]|"
              r"mentionn[eé])\b|\bindiquait\b|\bmentionnait\b|\battribuait\b|\bpr[eé]sentait\b"),
    against=(
        r"\b(?:publi[eé]|publie|publier|ins[eé]rer|faire para[iî]tre|exige"
        r"|demande) (?:\S+ ){0,4}?(?:un|une|le"
        r"|son|"
        r"leur) (?:rectificatif|erratum|d[eé]menti|droit de r[eé]ponse)|\bdroit de r[eé]ponse\b"
        r"|\bseront (?:corrig[eé]|rectifi[eé])|\ba reconnu\b|\b(?:le journal|le quotidien|"
        r"l['\u2019]hebdomadaire|la r[eé]daction|le site|la cha[iî]ne) (?:\w+ ){0,3}(?:a|avait) "
        r"(?:reconnu|publi[eé])"
    ),
)

ES = Lang(
    labels=(
        (r"fe de (?:errores|erratas)|correcci[oó]n|rectificaci[oó]n|errata"
         r"|corregido", "correction"),
        (r"aclaraci[oó]n|precisi[oó]n|nota aclaratoria", "clarification"),
        (r"nota (?:de la redacci[oó]n|del (?:editor|director|autor)|editorial)"
         r"|n\. ?de (?:la )?r\.?|"
         r"n\. ?del ?e\.?|nota de los editores", "editors-note"),
        (r"actualizaci[oó]n|actualizado|[uú]ltima hora", "update"),
        (r"retractaci[oó]n|retirad[oa]", "withdrawal"),
    ),
    soft_labels=r"nota|aviso|advertencia",
    earlier=(
        r"(?:en )?(?:una|la) (?:primera )?(?:versi[oó]n|edici[oó]n) (?:anterior|previa|original|"
        r"inicial|primera)?(?: de (?:esta|este|la|el) (?:noticia|nota|art[ií]culo|informaci[oó]n|"
        r"cr[oó]nica|texto|reportaje|entrevista))?,? (?:se|publicamos|dijimos|escribimos"
        r"|informamos|"
        r"indicamos|afirmamos|se[ñn]alamos|atribuimos|dec[ií]a|indicaba|afirmaba|se[ñn]alaba|"
        r"atribu[ií]a|mencionaba|aseguraba|inclu[ií]a|identificaba|aparec[ií]a|figuraba|consignaba)"
        r"|(?:contrariamente a|a diferencia de) lo (?:publicado|informado|se[ñn]alado)"
        r"(?!,? (?:por|en (?:algunos|varios|otros)))|(?:por (?:un )?error|err[oó]neamente|"
        r"equivocadamente|incorrectamente),? (?:en (?:la|nuestra) edici[oó]n|en (?:el|la|esta"
        r"|este) "
        r"(?:texto|art[ií]culo|noticia|informaci[oó]n|nota|cr[oó]nica|pie de foto|titular)"
        r"|publicamos|"
        r"dijimos|escribimos|informamos|indicamos|atribuimos)"
    ),
    changed=(
        r"(?:(?:esta|este) (?:noticia|art[ií]culo|informaci[oó]n|cr[oó]nica|"
        r"reportaje|entrevista) (?:ha sido|fue|se ha|se)"
        r"|hemos (?:\w+ )?(?=(?:corregido|rectificado|modificado|actualizado) (?:esta|este|la|el)))"
        r"(?: ?(?:[\w.,]+ ){0,6}?)?(?:corregid[oa]|rectificad[oa]|modificad[oa]|actualizad[oa]|"
        r"ampliad[oa]|corrigi[oó]|actualiz[oó]|modific[oó]|corregido|rectificado|modificado|"
        r"actualizado)"
    ),
    participles=r"corregid[oa]|rectificad[oa]|modificad[oa]|actualizad[oa]|ampliad[oa]",
    own=(
        r"\b(?:en|de) (?:la|nuestra) edici[oó]n (?:de|del|anterior|impresa)\b|\b(?:esta|nuestra) "
        r"(?:secci[oó]n|columna|p[aá]gina)\b|\b(?:este|nuestro) (?:diario|peri[oó]dico|medio)\b"
        r"|\b(?:publicad[oa]|aparecid[oa]) (?:ayer|el|en (?:nuestra|esta|la edici[oó]n))\b"
        r"|\b(?:publicamos|informamos|dijimos|escribimos|indicamos|afirmamos|se[ñn]alamos"
        r"|atribuimos|"
        r"titulamos|mencionamos|confundimos|nos equivocamos)\b|\ben (?:la|el) (?:foto"
        r"|fotograf[ií]a|"
        r"titular|subt[ií]tulo|sumario|gr[aá]fico|infograf[ií]a|pie de foto)\b"
        r"|\bse (?:public[oó]|dijo|indic[oó]|afirm[oó]|inform[oó]|atribuy[oó]|se[ñn]al[oó]|"
        r"mencion[oó])\b"
        r"|\bque ilustr(?:a|aba) (?:la|el|esta|este)\b|\b(?:la|el) (?:noticia|informaci[oó]n"
        r"|cr[oó]nica|"
        r"art[ií]culo|reportaje|entrevista|foto|titular) (?:de ayer|del (?:lunes|martes"
        r"|mi[eé]rcoles|"
        r"jueves|viernes|s[aá]bado|domingo))\b|\bnos (?:escribe|se[ñn]ala|advierte) un lector"
    ),
    errors=(
        r"\bpor (?:un )?error\b|\berr[oó]ne[oa]|\bequivocad|\bincorrect[oa]|\bse desliz[oó]"
        r"|\b(?:un|el|este) error\b|\bdebe decir\b|\bdebi[oó] decir\b|\bdonde dice\b"
        r"|\blamentamos (?:el|este|lo)\b|\b(?:pedimos|ofrecemos) (?:\w+ ){0,3}disculpas\b"
        r"|\berrata\b"
        r"|\bno\b[^.;]{1,80}, sino\b|\binexact|\bcomo (?:se |fue |hab[ií]a sido )?(?:public[oó]"
        r"|publicad[oa]|"
        r"dijo|dicho|inform[oó]|informad[oa]|indic[oó]|indicad[oa]|escribi[oó]|escrito)\b"
        r"|\b(?:la|el) (?:cifra|nombre|dato|fecha|n[uú]mero|apellido) correct[oa]\b"
        r"|\bconfund(?:imos|i[oó]|ieron)\b|\bno correspond(?:e|[ií]a)\b"
        r"|\bresult[oó] (?:ser )?(?:falsa?o?|incorrect[oa]|err[oó]ne[oa])\b|\bbulo\b"
    ),
    facts=(
        r"en realidad|de hecho|lo correcto (?:es|era)|el (?:dato|nombre|n[uú]mero) correcto"
        r"|(?:esto|eso|este dato) (?:es|era|no es) (?:falso|incorrecto|err[oó]neo|cierto)"
    ),
    reported=(r"\batribuy[oó]\b|\bse atribu|\bidentificaba\b|\bmencionaba\b|\binformaba\b|"
              r"\bdijimos\b|\bpublicamos\b|\bescribimos\b|\bafirmaba\b"),
    against=(
        r"\b(?:public[oó]|publica|publicar|public[oó]) (?:\S+ ){0,4}?(?:una|la|su) (?:fe de"
        r"|rectificaci[oó]n|"
        r"correcci[oó]n|aclaraci[oó]n)|\bderecho de rectificaci[oó]n\b|\bser[aá]n (?:corregid|"
        r"rectificad)|\bley (?:org[aá]nica )?(?:\d+/\d+ )?reguladora del derecho"
        r"|\b(?:el diario|el peri[oó]dico|la redacci[oó]n|el medio|la cadena) (?:\w+ ){0,3}"
        r"(?:reconoci[oó]|admiti[oó]|public[oó])"
    ),
)

IT = Lang(
    labels=(
        (r"rettific(?:a|he)|errata corrige|errat(?:a|um)|correzion[ei]|corretto", "correction"),
        (r"precisazion[ei]|chiarimento", "clarification"),
        (r"nota (?:della (?:redazione|direzione)|dell['\u2019]editore|del direttore)"
         r"|n\. ?d\. ?r\.?|"
         r"ndr", "editors-note"),
        (r"aggiornamento|aggiornato|ultim['\u2019]ora", "update"),
        (r"ritrattazione|articolo ritirato", "withdrawal"),
    ),
    soft_labels=r"nota|avviso|avvertenza",
    earlier=(
        r"(?:in |nella )?(?:una |la )?(?:precedente|prima) (?:versione|stesura)(?: (?:di questo|"
        r"dell['\u2019]|del|della) ?(?:articolo|pezzo|testo|servizio))?,? (?:si|era|abbiamo|[eè] "
        r"stato|[eè] stata|avevamo|veniva|il|la|l['\u2019]|compariva|riportava|indicava)"
        r"|contrariamente a quanto (?:scritto|riportato|indicato|pubblicato|affermato)"
        r"|(?:per (?:un )?errore|erroneamente),? (?:abbiamo|avevamo|nell['\u2019](?:articolo"
        r"|edizione)|"
        r"nel (?:titolo|pezzo|testo|servizio|sommario)|nella (?:didascalia|foto|pagina|edizione))"
    ),
    changed=(
        r"(?:(?:questo|quest['\u2019]) ?(?:articolo|pezzo|testo"
        r"|servizio) (?:[eè] stato|"
        r"viene|[eè])|abbiamo (?=(?:corretto|rettificato|modificato|"
        r"aggiornato) (?:l['\u2019]|questo|il)))"
        r"(?: ?(?:[\w.,]+ ){0,6}?)?(?:corrett[oa]|modificat[oa]|rettificat[oa]|aggiornat[oa]|"
        r"integrat[oa]|emendat[oa])"
    ),
    participles=r"corrett[oa]|rettificat[oa]|modificat[oa]|aggiornat[oa]|integrat[oa]",
    own=(
        r"\b(?:abbiamo|avevamo) (?:\w+ )?(?:scritto|indicato|riportato|pubblicato|attribuito"
        r"|definito|"
        r"chiamato|titolato|confuso|sbagliato|citato|erroneamente)\b"
        r"|\b(?:il nostro|del nostro|sul nostro|nel nostro) (?:giornale|quotidiano|articolo|"
        r"settimanale|sito)\b|\b(?:sul|nel) giornale di (?:ieri|oggi|domenica)\b"
        r"|\b(?:pubblicat[oa]|uscit[oa]) (?:ieri|il|sul|nel|nella|in|domenica|luned[iì]|marted[iì]|"
        r"mercoled[iì]|gioved[iì]|venerd[iì]|sabato)\b|\b[eè] stat[oa] (?:erroneamente |"
        r"per errore )?(?:scritt|indicat|riportat|attribuit|pubblicat)[oa]\b|\b(?:era"
        r"|si) (?:legge(?:va)?|"
        r"scritto)\b|\bnell['\u2019]edizione\b|\bnella (?:didascalia|foto|pagina|tabella|grafica)\b"
        r"|\bnel (?:titolo|sommario|catenaccio|testo|pezzo|servizio)\b|\ba pagina \d+"
        r"|\bandat[oa] in onda\b|\b(?:l['\u2019]articolo|il pezzo|il servizio"
        r"|l['\u2019]intervista|la "
        r"foto|il titolo) di (?:ieri|domenica|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]"
        r"|venerd[iì]|"
        r"sabato)\b|\bci (?:scrive|segnala|fa notare) (?:un|una) lett"
        r"|\banche (?:noi|il nostro (?:giornale|sito|quotidiano))\b"
    ),
    errors=(
        r"\berroneamente\b|\bper (?:un )?errore\b|\bun errore\b|\bsbagliat|\binesatt|\brefuso\b"
        r"|\bci scusiamo\b|\bce ne scusiamo\b|\bscambiat|\bcontrariamente a quanto\b"
        r"|\bnon\b[^.;]{1,80}, ma\b|\banzich[eé]\b|\binvece (?:che|di)\b|\berrore di battitura\b"
        r"|\babbiamo confuso\b|\bnon corrispond"
        r"|\b(?:si [eè] (?:poi )?rivelat[oa]|rivelatasi|sono risultat[ie]) (?:\w+ )?"
        r"(?:infondat|fals|errat|sbagliat)|\bbufal"
    ),
    facts=(
        r"in realt[aà]|in effetti|si trattava|(?:il|la) (?:nome|cifra|dato|data) (?:corrett[oa]|"
        r"giust[oa])|(?:non [eè] cos[iì]|non [eè] vero)|invece,? "
    ),
    reported=(r"\battribuit[oa]\b|\bindicat[oa]\b|\briportat[oa]\b|\bdefinit[oa]\b|"
              r"\babbiamo scritto\b|\bsi legge\b|\bscritto\b"),
    against=(
        r"\b(?:pubblicat[oa]|pubblica|pubblicare|pubblicher\w+|inserire) (?:\S+ ){0,4}?(?:una"
        r"|la) (?:rettifica|"
        r"smentita|precisazione)|\blegge (?:n\. )?47\b|\bsaranno (?:corretti|rettificat)"
        r"|\b(?:il quotidiano|il giornale|la redazione|il sito|la testata) (?:\w+ ){0,3}ha "
        r"(?:ammesso|riconosciuto|pubblicato)"
    ),
)

PT = Lang(
    labels=(
        (r"erramos|errata|corre(?:c)?[cç][aã]o|corre(?:c)?[cç][oõ]es|re(?:c)?tifica[cç][aã]o|"
         r"corrigido", "correction"),
        (r"esclarecimentos?|(?:nota de )?esclarecimento|precis[aã]o", "clarification"),
        (r"nota (?:da (?:reda(?:c)?[cç][aã]o|dire(?:c)?[cç][aã]o|editoria)|do (?:editor|autor)|"
         r"editorial)|n\. ?da ?r\.?|n\. ?do ?e\.?", "editors-note"),
        (r"a(?:c)?tualiza[cç][aã]o|a(?:c)?tualizado|a(?:c)?tualizada|actual\.", "update"),
        (r"retrata[cç][aã]o", "withdrawal"),
    ),
    soft_labels=r"nota|aviso",
    earlier=(
        r"(?:em |numa |na )?(?:uma |a )?(?:primeira |vers[aã]o )?(?:vers[aã]o|edi[cç][aã]o) "
        r"(?:anterior|original|inicial|anteriormente publicada)(?: d(?:este|esta|o|a) (?:texto|"
        r"artigo|reportagem|not[ií]cia|mat[eé]ria|coluna|entrevista))?,? (?:o|a|os|as|foi|foram|"
        r"informamos|dissemos|escrevemos|publicamos|public[aá]mos|afirmamos|atribu[ií]mos|"
        r"constava|dizia|informava|afirmava|indicava|atribu[ií]a)"
        r"|diferentemente do (?:publicado|informado|noticiado)|(?:diferentemente"
        r"|ao contr[aá]rio) do que "
        r"(?:publicamos|public[aá]mos|noticiamos|notici[aá]mos|escrevemos|informamos|afirmamos|foi "
        r"publicado (?:aqui|neste|nesta|na edi[cç][aã]o|no texto|ontem))"
        r"|(?:por lapso|por (?:um )?erro|por engano|erradamente|equivocadamente"
        r"|incorre(?:c)?tamente),? "
        r"(?:escrevemos|informamos|publicamos|public[aá]mos|dissemos|atribu[ií]mos|indic[aá]mos|"
        r"refer[ií]mos|identific[aá]mos|(?:na|no|numa|num) (?:edi[cç][aã]o|texto|not[ií]cia"
        r"|reportagem|"
        r"legenda|t[ií]tulo|artigo|mat[eé]ria))"
    ),
    changed=(
        r"(?:(?:este|esta) (?:texto|artigo|reportagem|not[ií]cia|mat[eé]ria|coluna|entrevista) "
        r"(?:foi|[eé]|est[aá])|"
        r"(?:corrigimos|atualizamos|actualiz[aá]mos|alteramos|alter[aá]mos) (?=(?:o|este|a|esta) ))"
        r"(?: ?(?:[\w.,]+ ){0,6}?)?(?:corrigid[oa]|retificad[oa]|rectificad[oa]|alterad[oa]|"
        r"a(?:c)?tualizad[oa]|modificad[oa]|ampliad[oa]|editad[oa])"
    ),
    participles=r"corrigid[oa]|re(?:c)?tificad[oa]|alterad[oa]|a(?:c)?tualizad[oa]|modificad[oa]",
    own=(
        r"\b(?:publicamos|public[aá]mos|informamos|noticiamos|notici[aá]mos|escrevemos|dissemos|"
        r"afirmamos|atribu[ií]mos|indic[aá]mos|refer[ií]mos|identific[aá]mos|troc[aá]mos)\b"
        r"|\besta (?:se[cç][aã]o|sec[cç][aã]o|coluna)\b|\b(?:na|da) edi[cç][aã]o (?:de|do|da"
        r"|impressa|"
        r"anterior)\b|\b(?:n[ao]|d[ao]) (?:reportagem|not[ií]cia|mat[eé]ria|legenda|t[ií]tulo|"
        r"texto|artigo|infogr[aá]fico|gr[aá]fico|foto)\b|\bp[aá]g(?:ina|\.) ?[a-z]?\d+"
        r"|\bcomo (?:foi |havia sido )?(?:publicad|informad|noticiad|escrit|afirmad)[oa]\b"
        r"|(?:^|[.;:] )(?:a|o) (?:reportagem|texto|coluna|legenda|nota|artigo|t[ií]tulo|gr[aá]fico|"
        r"infogr[aá]fico|mapa|foto|editorial|cr[ií]tica|entrevista|chamada|manchete|tabela)\b"
        r"|\bfoi (?:publicad|informad|noticiad|escrit|afirmad|atribu[ií]d)[oa]\b"
        r"|\b(?:a|o) (?:reportagem|texto|coluna|legenda|nota|artigo|t[ií]tulo|entrevista"
        r"|editorial) "
        r"(?:de|do|da) (?:ontem|domingo|segunda|ter[cç]a|quarta|quinta|sexta|s[aá]bado|\d)"
    ),
    errors=(
        r"\berramos\b|\berradamente\b|\bincorre(?:c)?tamente\b|\bequivocadamente\b"
        r"|\bpor (?:lapso|engano)\b"
        r"|\bpor (?:um )?erro\b|\bdiferentemente d|\bao contr[aá]rio do que\b"
        r"|\bincorre(?:c)?t[ao]\b"
        r"|\berrad[ao]s?\b|\b(?:um|o|este) erro\b|\bgralha\b|\btrocad[oa]s?\b|\b, e n[aã]o\b"
        r"|\berrou ao\b|\btroc(?:ou|aram)\b|\bconfundiu\b|\bgrafad[oa] (?:errad|incorre)"
        r"|\bequivocou-se\b"
        r"|\bpedimos desculpa|\blamentamos o (?:erro|lapso|sucedido)\b|\binexa(?:c)?t"
        r"|\bconfundimos\b|\bn[aã]o corresponde\b"
        r"|\brevel(?:ou|aram)-se (?:fals|incorret|errad)|\bboato\b"
    ),
    facts=(
        r"na (?:verdade|realidade)|o (?:correto|correcto|certo) (?:[eé]|era)|(?:o|a) (?:nome"
        r"|n[uú]mero|"
        r"valor|dado|data|grafia) corre(?:c)?t[oa]|(?:isso|esta informa[cç][aã]o) n[aã]o (?:[eé]"
        r"|est[aá])"
    ),
    reported=(r"\batribu[ií]mos\b|\binformou\b|\bnoticiou\b|\breferia\b|\bdizia\b|"
              r"\bescrevemos\b|\bpublic[aá]mos\b|\binformamos\b|\bidentificad[oa]\b"),
    against=(
        r"\b(?:publicou|publica|publicar|publicaram) (?:\S+ ){0,4}?(?:uma|a|sua) (?:errata"
        r"|corre(?:c)?[cç][aã]o|"
        r"re(?:c)?tifica[cç][aã]o)|\bdireito de resposta\b|\bser[aã]o (?:corrigid|publicad)"
        r"|\b(?:o jornal|a folha|o p[uú]blico|o di[aá]rio|a revista|a emissora|o site|a "
        r"reda[cç][aã]o|a dire(?:c)?[cç][aã]o) (?:\w+ ){0,3}(?:publicou|admitiu|reconheceu)\b"
    ),
)

NL = Lang(
    labels=(
        (r"correcties?|rectificaties?|rechtzetting|herstel|verbetering|gecorrigeerd", "correction"),
        (r"verduidelijking|toelichting", "clarification"),
        (r"noot (?:van de )?redactie|naschrift(?: van de)? redactie|red\.|redactionele noot|"
         r"opmerking (?:van de )?redactie", "editors-note"),
        (r"update|bijgewerkt|aanvulling|aangevuld", "update"),
        (r"ingetrokken", "withdrawal"),
    ),
    soft_labels=r"noot|let op|opmerking",
    earlier=(
        r"(?:eerder|aanvankelijk|oorspronkelijk|eerst) (?:stond|werd|schreven|meldden|noemden|was) "
        r"(?:er |hier |wij |we )?(?:in (?:dit|het|deze) (?:artikel|bericht|stuk|verhaal)|hier|"
        r"abusievelijk|ten onrechte|[^.]{0,60}\b(?:abusievelijk|ten onrechte|onjuist|verkeerd))"
        r"|(?:in )?(?:een|de) (?:eerdere|vorige|oorspronkelijke|eerste) versie(?: van (?:dit|het"
        r"|deze) "
        r"(?:artikel|bericht|stuk|verhaal|interview))?,? (?:stond|werd|was|schreven|meldden"
        r"|noemden|"
        r"hebben|hadden|is|zijn|kwam)"
        r"|anders dan (?:eerder|aanvankelijk|hier|in dit (?:artikel|bericht|stuk)) (?:\w+ )?"
        r"(?:gemeld|vermeld|geschreven|gesteld|bericht)"
    ),
    changed=(
        r"(?:(?:dit|deze) (?:artikel|bericht|stuk|verhaal|interview) (?:is|werd|wordt)|"
        r"(?:we|wij) hebben (?:dit|het) (?:artikel|bericht|stuk))(?: (?:[\w.,]+ ){0,6}?)?"
        r"(?:gecorrigeerd|verbeterd|aangepast|gewijzigd|bijgewerkt|geactualiseerd|aangevuld|"
        r"hersteld)"
    ),
    participles=r"gecorrigeerd|verbeterd|aangepast|gewijzigd|bijgewerkt|geactualiseerd|aangevuld",
    own=(
        r"\b(?:schreven|meldden|noemden|vermeldden|citeerden|stelden) (?:we|wij)\b|\b(?:we|wij) "
        r"(?:schreven|meldden|noemden|vermeldden)\b|\bstond (?:er|hier|gisteren|eerder) "
        r"|\bin (?:de krant|het artikel|dit artikel|dit bericht|het stuk|de rubriek|de kop|"
        r"het bijschrift|de tabel|de grafiek|de infographic)\b|\bop (?:pagina|de voorpagina) ?\d*"
        r"|\b(?:de kop|het bijschrift|de foto|de grafiek|de tabel|de kaart|het stuk|het artikel) "
        r"(?:boven|bij|van|in|over|op)\b|\bvan de redactie\b"
        r"|\bis (?:abusievelijk |ten onrechte )?"
        r"(?:vermeld|genoemd|geschreven|gemeld)\b"
        r"|\b(?:een )?lezers? (?:wees|wezen|heeft|hebben) ons\b"
    ),
    errors=(
        r"\babusievelijk|\bten onrechte\b|\bonjuist|\bverkeerd|\bfout(?:ief|ieve?lijk|e)?\b"
        r"|\bvergis|\bper abuis\b|\bverwisseld\b|\bmoet zijn\b|\bis niet juist\b"
        r"|\bklopt(?:e)? niet\b"
        r"|\bexcuses\b|\bniet\b[^.;]{1,80}, maar\b|\b(?:het|de) juiste\b|\bjuist is\b"
        r"|\bhoort niet bij\b"
        r"|\bbleek (?:\w+ )?(?:onjuist|onwaar|niet te kloppen|fout)\b"
        r"|\b(?:een )?lezers? (?:wees|wezen|heeft|hebben) ons\b"
    ),
    facts=(
        r"in werkelijkheid|in feite|dit moet zijn|het juiste|de juiste|juist is|correct is"
        r"|(?:dat|dit) (?:is|was|klopt) (?:onjuist|niet|fout|verkeerd)|het gaat (?:om"
        r"|in werkelijkheid)"
    ),
    reported=(r"\bschreven\b|\bmeldden\b|\bnoemden\b|\bstond\b|\bvermeld\b|\bgenoemd\b"),
    against=(
        r"\b(?:plaatst|plaatste|publiceert|publiceerde|moet|moeten) (?:\S+ ){0,4}?(?:een"
        r"|de) (?:rectificatie|"
        r"correctie)|\bmoeten\b[^.]{0,60}\brectificeren\b|\bworden (?:gecorrigeerd|rechtgezet)"
        r"|\b(?:de krant|het dagblad|de redactie|het blad|de omroep) (?:\w+ ){0,3}(?:erkende"
        r"|erkent|"
        r"plaatste)\b"
    ),
)

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
OWN = re.compile(_union("own"), _I)
ERRORS = re.compile(_union("errors"), _I)
FACTS = _union("facts")
PARTICIPLES = _union("participles")
AGAINST = re.compile(_union("against"), _I)
REPORTED = _union("reported")

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
THEIRS = re.compile(
    rf"\b{_TEXTS} (?:du|de la|de|del|di|della|dello|do|da|van de|van het|van) "
    rf"(?:[\u201e\"\u00ab\u201c']\s*)?(?:[A-Z]|(?i:{_OUTLETS}))"
    # German capitalises every noun: there only a quoted name, an abbreviation or a paper
    rf"|\b{_TEXTS} (?:der|des|von|vom) (?:[\u201e\"\u00ab\u201c']|[A-Z]{{2,}}\b|(?i:{_OUTLETS}))"
    r"|(?i:\bpublicad[oa]s? (?:pel[oa]|por)\b|\bpubli[eé]e?s? par\b|\bpubblicat[oa] da\b"
    r"|\bver[oö]ffentlicht von\b|\bgepubliceerd door\b"
    r"|\b(?:ihren|seinen|ihre|seine|deren|leur|son|ses|sua|seu|zijn|hun) (?:fehler|irrtum|erreur|"
    r"errore|erro|fout)\b"
    r"|\b(?:porte-parole|portavoce|portavoz|porta-voz|woordvoerder|sprecher(?:in)?)\b"
    r"|\b(?:minister\w*|ministr[oa]s?|ministre|polizei|police|polizia|polic[ií]a|pol[ií]cia"
    r"|politie|"
    r"b[uü]rgermeister\w*|maire|sindaco|alcalde|prefeito|burgemeester|trainer|entra[iî]neur) "
    r"(?:\w+ )?(?:sagte|sagt|erkl[aä]rte|betonte|a (?:pr[eé]cis[eé]|d[eé]clar[eé]|affirm[eé])|"
    r"ha (?:detto|dichiarato|precisato)|dijo|asegur[oó]|afirm[oó]|declar[oó]|aclar[oó]|disse|"
    r"afirmou|declarou|esclareceu|zei|zegt|verklaarde)\b)")

# A time after a label or a participle, as these languages print it: "vom 3. Mai", "14.30 Uhr",
# "le 4 mars à 15 h 20", "(15.30)", "ore 15.30", "às 15h30", "om 14.30 uur", "03/05/2024".
_MONTHS = (r"(?:j[aä]n(?:ner|uar)?|feb(?:ruar)?|m[aä]rz|april|mai|juni|juli|aug(?:ust)?|"
           r"sept?(?:ember)?|"
           r"okt(?:ober)?|nov(?:ember)?|dez(?:ember)?|janvier|f[eé]vrier|mars|avril|juin|juillet|"
           r"ao[uû]t|septembre|octobre|novembre|d[eé]cembre|enero|febrero|marzo|abril|mayo|junio|"
           r"julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|"
           r"maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar[cç]o|maio|junho|"
           r"julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus|oktober)")
_PREP = (r"(?:vom|von|am|um|ab|gegen|du|le|[aà]|del|de|el|a las|il|alle|ore|em|[aà]s|do|da|dia|op|"
         r"om|en|on|at)")
WHEN = (rf"(?:\s*[,(\u2013-]?\s*(?:{_PREP}\s+){{0,2}}(?:\d{{1,2}}(?:\s?[.:h]\s?\d{{2}})?\.?"
        rf"(?:\s?(?:uhr|h|uur|hrs?))?|{_MONTHS}\.?|\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?)"
        r"\)?)*")

# A change made by someone else: "Este texto fue modificado por el Congreso", "Dieser Text
# wurde vom Bundestag geändert" (the newsroom itself is no other).
BY_OTHERS = re.compile(
    r"\b(?:por|pel[oa]|par|von|vom|durch|door|dal|dalla|dai|by) (?!(?:de[rmn] |la |el |les? |de |"
    r"het |a |o )?(?:redaktion|r[eé]daction|redacci[oó]n|redazione|reda[cç][aã]o|redactie|uns\b|"
    r"nous\b|nosotros\b|noi\b|n[oó]s\b|ons\b))\w", _I)
# What may follow a participle and its time to make a note of it: a purpose or what was added.
_PURPOSE = (r"(?:mit|um|und|nach|durch|pour|avec|afin|apr[eè]s|et|con|para|por|tras|y|per|dopo|"
            r"com|ap[oó]s|e|met|om|na|en)")
STAMP = r"(?=\s*[:\u2014\u2013]\s*\S+(?:\s+\S+){3}|\s*,?\s+" + _PURPOSE + r"\s+(?!\d)\w)"
# "The article was corrected" with a definite article is as often someone else's article, retold:
# a note only when a colon, a dash or a purpose follows ("Der Artikel wurde korrigiert: ..."), or
# when it is the paragraph's one sentence.
DEF_CHANGED = (r"(?:(?:der|die|das) (?:artikel|text|beitrag|bericht|meldung) (?:wurde|ist)"
               r"|(?:l['\u2019]|le) ?(?:article|texte) (?:a [eé]t[eé]|est)"
               r"|(?:la|el) (?:noticia|art[ií]culo|informaci[oó]n) (?:ha sido|fue|se ha)"
               r"|(?:l['\u2019]|il) ?(?:articolo|testo|pezzo) [eè] stato"
               r"|(?:o|a) (?:texto|artigo|reportagem|not[ií]cia|mat[eé]ria) foi"
               r"|het (?:artikel|bericht|stuk) (?:is|werd))(?: (?:[\w.,]+ ){0,8}?)?")
DEF_FOLLOW = (r"(?=\s*[:\u2014\u2013]|\s*,?\s+(?:um|pour|afin|para|per|om)\b"
              r"|[^.!?]{0,120}[.!]?\s*$)")

# The newsroom, named, withdrawing this text: "<Outlet> retire cet article", "<Outlet> zieht
# diesen Artikel zurück", "<Outlet> trekt dit artikel in".
WITHDRAWS = (r"(?:[\w.&'-]+ ){1,4}(?:retire (?:cet|cette|notre) (?:article|texte|enqu[eê]te)"
             r"|zieht (?:diesen|den|unseren) (?:artikel|text|beitrag|bericht) zur[uü]ck"
             r"|retira (?:esta|este) (?:noticia|art[ií]culo|informaci[oó]n|texto|reportagem|"
             r"not[ií]cia|artigo)|ritira (?:questo|quest['\u2019]|l['\u2019]) ?(?:articolo|pezzo)"
             r"|trekt (?:dit|het) (?:artikel|bericht|stuk) in)\b")

# What a news text is called when it heads a participle: "Article mis à jour ...", "Texto
# atualizado às 15h30 para ...".
NOUNS = (r"(?:artikel|text|beitrag|meldung|article|texte|papier|art[ií]culo|noticia|nota|"
         r"informaci[oó]n|articolo|testo|pezzo|artigo|texto|not[ií]cia|mat[eé]ria|reportagem|"
         r"bericht|stuk)")

_CORRECTING = re.compile(
    r"\b(?:um [^.]{0,60} zu (?:korrigieren|berichtigen)|zur (?:korrektur|berichtigung)"
    r"|pour (?:corriger|"
    r"rectifier)|afin de (?:corriger|rectifier)|para (?:corregir|rectificar|corrigir|retificar|"
    r"rectificar)|per (?:correggere|rettificare)|om [^.]{0,60} te (?:corrigeren|verbeteren"
    r"|herstellen))\b",
    _I)
_CLARIFYING = re.compile(
    r"\b(?:pr[aä]zisier|klarzustellen|klarstell|pr[eé]ciser|aclarar|precisar|precisare|chiarire|"
    r"esclarecer|clarificar|deixar claro|verduidelijk)", _I)
_UPDATE_VERBS = ("aktualis", "erg\u00e4nz", "erganz", "\u00fcberarb", "uberarb", "jour", "actualis",
                 "compl\u00e9t", "complet", "actualiz", "ampliad", "aggiornat", "integrat",
                 "atualiz",
                 "bijgewerkt", "geactualiseerd", "aangevuld")


_CORRECT_VERBS = ("korrig", "bericht", "corrig", "rectifi", "correg", "corrett", "rettific",
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
# cheap test before its regular expressions.
CUES = ("retire", "zieht", "retira", "ritira", "trekt",
        "transparenz", "anm", "hinweis", "nachtrag", "erg\u00e4nz", "korrig", "berichtigt",
        "hier stand", "zun\u00e4chst", "zuvor", "urspr\u00fcnglich", "anders als", "fr\u00fcher",
        "klarstell", "pr\u00e4zis", "wurde", "haben", "ndlr", "n.d.l.r", "version", "mouture",
        "contrairement", "erreur", "mis \u00e0 jour", "mise \u00e0 jour", "actualis", "ajout",
        "note", "n. de", "n. del", "primera", "contrariamente", "diferencia", "error",
        "err\u00f3nea", "equivocad", "incorrect", "\u00faltima hora", "n.d.r", "ndr", "ultim",
        "chiariment", "stesura", "errore", "erroneamente", "aggiorna", "precedente", "nota",
        "diferentemente", "ao contr\u00e1rio", "lapso", "engano", "erradamente", "errad", "actual",
        "atual", "precis", "eerder", "aanvankelijk", "oorspronkelijk", "eerst", "anders dan",
        "red.", "redactie", "toelichting", "aanvulling", "update", "bijgewerkt", "correct",
        "rectifi", "corrig", "modifi", "texto", "artigo", "articolo", "article", "artikel",
        "noticia", "not\u00edcia", "reportagem", "stuk", "bericht", "text", "corrett", "alterad",
        "abbiamo", "hemos", "nous avons", "wir haben", "we hebben", "wij hebben", "corrigimos",
        "atualizamos", "alteramos", "let op", "opmerking", "wichtig", "avis", "avert", "aviso",
        "avviso")

# Words for :func:`versiontrack.audit.signals.may_weigh`, the word gate before the cue rule:
# the stems (first four letters decide) of the own-text and error words above.
GATE_WORDS = (
    "stand schrieben berichteten wir uns ausgabe zeitung leider stimmt trifft muss m\u00fcsste "
    "entschuldigen bedauern vertauscht nicht erreur \u00e9crit indiqu\u00e9 nous notre nos "
    "excusons excuses il fallait contrairement coquille gliss\u00e9e paru publi\u00e9 mal fautive "
    "error err\u00f3neo equivocado incorrecto lamentamos pedimos disculpas debe donde publicamos "
    "informamos dijimos escribimos edici\u00f3n public\u00f3 errata erroneamente errore sbagliato "
    "inesatto scusiamo scambiato anzich\u00e9 invece abbiamo pubblicato scritto giornale erramos "
    "erradamente incorretamente equivocadamente lapso engano erro errado trocado desculpa "
    "publicamos public\u00e1mos escrevemos informamos noticiamos como edi\u00e7\u00e3o "
    "abusievelijk onrechte onjuist verkeerd fout vergissing abuis verwisseld moet klopt excuses "
    "schreven meldden noemden stond krant juist nannte zeigte rede zitiert zugeschrieben "
    "bufala irrtum falschmeldung canular bulo boato bleek lezer lezers "
    "attribu\u00e9 indiquait mentionnait atribuy\u00f3 identificaba attribuito indicato "
    "riportato atribu\u00edmos informou noticiou referia dizia vermeld genoemd klopte"
)
