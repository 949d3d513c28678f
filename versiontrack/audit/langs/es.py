"""How Spanish newsrooms word their notes: see :mod:`versiontrack.audit.langs`."""

from __future__ import annotations

from versiontrack.audit.langs.table import OPEN_QUOTE, Lang

__all__ = ["ES"]

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
        r"|(?:contrariamente a|contrario a|al contrario de|a diferencia de|contra) lo "
        r"(?:publicado|informado|se[ñn]alado)"
        r"(?!,? (?:por|en (?:algunos|varios|otros)))"
        r"|(?:contrariamente a|contrario a|al contrario de|a diferencia de|contra) lo que "
        r"(?:se )?(?:afirmaba|dec[ií]a|"
        r"indicaba|public[oó]|inform[oó]|publicamos|informamos|dijimos|escribimos|se[ñn]al[oó]|se[ñn]alamos)"
        r"(?! (?:por|en) (?:algunos|varios|otros|el|la|los|las) (?:medios|diarios|peri[oó]dicos|"
        r"ministro|ministra|gobierno|portavoz))|(?:por (?:un )?error|err[oó]neamente|"
        r"equivocadamente|incorrectamente),? (?:en (?:la|nuestra) edici[oó]n|en (?:el|la|esta"
        r"|este) "
        r"(?:texto|art[ií]culo|noticia|informaci[oó]n|nota|cr[oó]nica|pie de foto|titular)"
        r"|publicamos|"
        r"dijimos|escribimos|informamos|indicamos|atribuimos"
        # by mistake, it said: "Por error, se publicó que ..."
        r"|se (?:(?:public[oó]|dijo|inform[oó]|indic[oó]|escribi[oó]|mencion[oó]) que|atribuy[oó]"
        r"|identific[oó]|cit[oó]|omiti[oó]))"
    ),
    changed=(
        r"(?:(?:esta|este) (?:noticia|art[ií]culo|informaci[oó]n|cr[oó]nica|"
        r"reportaje|entrevista|entrada) (?:ha sido|fue|se ha|se)"
        # a part of this text: "El titular de esta noticia ha sido modificado"
        r"|(?:el titular|el t[ií]tulo|el pie de foto|la foto|la imagen|el gr[aá]fico) de (?:esta|"
        r"este) "
        r"(?:noticia|art[ií]culo|informaci[oó]n|cr[oó]nica|reportaje) (?:ha sido|fue|se ha)"
        r"|hemos (?:\w+ )?"
        r"(?=(?:corregido|rectificado|modificado|actualizado) (?:esta|este|la|el)))"
        r"(?: ?(?:[\w.,]+ ){0,6}?)?(?:corregid[oa]|rectificad[oa]|modificad[oa]|actualizad[oa]|"
        r"ampliad[oa]|enmendad[oa]|corrigi[oó]|actualiz[oó]|modific[oó]|corregido|rectificado|"
        r"modificado|actualizado|aclarad[oa]|precisad[oa])"
        r"|(?:erratas?|errores?) corregid[oa]s?"
        # the newsroom fixing a part of its text: "Hemos corregido el error."
        r"|(?:hemos|la redacci[oó]n ha) (?:corregido|rectificado) (?:el|este|la|esta|los|las) "
        r"(?:error|errata|dato|cifra|nombre|fecha|cita|pie de foto|titular|informaci[oó]n)"
        # a part of the text changed: "Hemos cambiado el titular de esta noticia"
        r"|(?:hemos|la redacci[oó]n ha) (?:cambiado|modificado) (?:el|este) (?:titular|t[ií]tulo|"
        r"pie de foto|subt[ií]tulo)"
        # the same in the preterite: "Modificamos el texto en la versión digital, cambiamos el
        # titular de 15 a 16", "Corregimos el dato"
        r"|(?:corregimos|rectificamos|modificamos|cambiamos) (?:el|este|la|esta|los|las) "
        r"(?:texto|titular|t[ií]tulo|art[ií]culo|nota|noticia|pie de foto|subt[ií]tulo|dato|"
        r"cifra|nombre|fecha|error)"
    ),
    participles=r"corregid[oa]|rectificad[oa]|modificad[oa]|actualizad[oa]|ampliad[oa]",
    own=(
        # the newsroom's wish to clarify, as English "we wish to clarify that"
        r"\b(?:queremos|deseamos|quisi[eé]ramos|debemos) (?:\w+ )?(?:aclarar|precisar)"
        r"(?: que\b| ?:)|"
        # this text by its demonstrative: "este artículo", "esta crónica"
        r"\b(?:este|esta) (?:art[ií]culo|reportaje|cr[oó]nica|columna|noticia)\b|"
        # the paper naming itself: "en estas páginas", "en este diario"
        r"\ben (?:estas|nuestras) p[aá]ginas\b|\ben (?:este|nuestro) (?:diario|peri[oó]dico)\b|"
        r"\bnos (?:equivocamos|disculpamos|excusamos|confundimos|enga[ñn]amos)\b|"
        # the newsroom in the first person plural: "Ofrecemos disculpas por el error y
        # realizamos la corrección"
        # (not any first person plural: "realizamos un recorrido por ...", "pedimos a los
        # lectores que ...")
        r"\b(?:ofrecemos|pedimos) (?:\w+ )?(?:disculpas|excusas|perd[oó]n)\b|"
        r"\brealizamos (?:la|una|esta|dicha) (?:correcci|rectificaci|aclaraci|precisi)|"
        r"\b(?:lamentamos|corregimos|rectificamos|aclaramos)\b|"
        r"\b(?:en|de) (?:la|nuestra) edici[oó]n (?:de|del|anterior|impresa|digital)\b|\b(?:esta"
        r"|nuestra|mi) (?:secci[oó]n|columna|p[aá]gina|entrada)\b|\b(?:este|nuestro) "
        r"(?:diario|peri[oó]dico|medio|espacio)\b|\ben (?:el|nuestro) diario impreso\b"
        r"|\b(?:en )?(?:la|el) (?:nota|noticia|entrevista|cr[oó]nica|art[ií]culo|informaci[oó]n"
        r"|reportaje|columna) (?:firmad[oa]|realizad[oa])\b"
        # the piece as the subject of what it said: "La noticia afirmaba erróneamente ..."
        r"|(?:^|[.;] )(?:la|esta|el|este) (?:noticia|nota|informaci[oó]n|cr[oó]nica|art[ií]culo|"
        r"reportaje|texto) (?:\w+ )?(?:afirmaba|dec[ií]a|indicaba|se[nñ]alaba|aseguraba|informaba|"
        r"atribu[ií]a|afirm[oó]|dijo|indic[oó]|se[nñ]al[oó]|asegur[oó]|inform[oó])\b"
        # the writer in the first person, and admissions that presuppose the text
        r"|\b(?:escrib[ií]|publiqu[eé]|afirm[eé]|adjudiqu[eé]|atribu[ií]|confund[ií]|dije)\b"
        r"|\b(?:mis|mi) (?:columnas?|art[ií]culos?|notas?)\b"
        r"|\bnos (?:hemos )?equivoca(?:mos|do)\b|\bme equivoqu[eé]\b|\bcomet(?:imos|[ií]) "
        r"(?:un|el|este) error\b|\bdonde dice\b|\bdebi[oó] decir\b"
        r"|\b(?:publicad[oa]|aparecid[oa]) (?:ayer|el|en (?:nuestra|esta|la edici[oó]n))\b"
        r"|\b(?:publicamos|informamos|dijimos|escribimos|indicamos|afirmamos|se[ñn]alamos"
        r"|atribuimos|"
        r"titulamos|mencionamos|confundimos|nos equivocamos)\b|\ben (?:la|el) (?:foto"
        r"|fotograf[ií]a|"
        r"titular|subt[ií]tulo|sumario|gr[aá]fico|infograf[ií]a|pie de foto)\b"
        r"|\bque ilustr(?:a|aba) (?:la|el|esta|este)\b|\b(?:la|el) (?:noticia|informaci[oó]n"
        r"|cr[oó]nica|"
        r"art[ií]culo|reportaje|entrevista|foto|titular) (?:de ayer|del (?:lunes|martes"
        r"|mi[eé]rcoles|"
        r"jueves|viernes|s[aá]bado|domingo))\b|\bnos (?:escribe|se[ñn]ala|advierte) un lector"
        # an item citing a piece by its quoted title, the newsroom owning a mistake, and the
        # declaration of this correction
        r"|\ben (?:la|el) (?:nota|noticia|informaci[oó]n|cr[oó]nica|art[ií]culo|reportaje|columna"
        r"|entrevista) (?:titulad[oa] )?"
        + OPEN_QUOTE
        + r"|\b(?:he|hemos) cometido (?:un|una|este|el) (?:\w+ )?error\b"
        # the errata's formula names the printed text: 'donde debía decir "X" se publicó "Y"'
        r"|\bdonde (?:se )?(?:deb[ií]a|deber[ií]a) (?:haber(?:se)? )?(?:decir|publicad[oa])\b"
        r"[^.;]{0,120}?"
        r"\bse public[oó]\b"
        r"|\b(?:hacemos|quede hecha) (?:la|esta) rectificaci[oó]n\b|\brectificamos\b"
        r"|\bsirva (?:la presente|esta nota) (?:como|de) (?:rectificaci[oó]n|aclaraci[oó]n)"
        # this text contained an error: "Este artículo contenía un error"
        r"|\b(?:este|esta|el|la|nuestr[oa]) (?:art[ií]culo|texto|noticia|informaci[oó]n|cr[oó]nica"
        r"|reportaje) conten[ií]a\b"
    ),
    errors=(
        # written wrong: "escribimos mal el nombre"
        r"\b(?:escrib(?:imos|i[oó]|ieron)|escrito|publicamos|pusimos|citamos) mal\b|"
        # the wording called imprecise: "la redacción ... ha sido imprecisa"
        r"\b(?:fue|era|ha sido|resultó|resulto) imprecis[oa]s?\b|"
        r"\bmal (?:escrit[oa]|escrib(?:imos|i[oó]))\b|"
        r"\bpor (?:un )?error\b|\berr[oó]ne[oa]|\bequivocad|\bincorrect[oa]|\bse desliz[oó]"
        r"|\b(?:un|el|este) error\b|\bdebe decir\b|\bdebi[oó] decir\b|\bdonde dice\b"
        # the errata's formula in the past: 'donde debía decir "X" se publicó "Y"'
        r"|\bdonde (?:se )?(?:deb[ií]a|deber[ií]a|tendr[ií]a que) (?:haber(?:se)? )?"
        r"(?:decir|publicad[oa]|dicho|figurar|aparecer)\b"
        r"|\blamentamos (?:el|este|lo)\b|\b(?:pedimos|ofrecemos) (?:\w+ ){0,3}disculpas\b"
        r"|\berrata\b"
        r"|\bno\b[^.;]{1,80}, sino\b|\binexact|\bcomo (?:se |fue |hab[ií]a sido )?(?:public[oó]"
        r"|publicad[oa]|"
        r"dijo|dicho|inform[oó]|informad[oa]|indic[oó]|indicad[oa]|escribi[oó]|escrito)\b"
        r"|\b(?:la|el) (?:cifra|nombre|dato|fecha|n[uú]mero|apellido) correct[oa]\b"
        r"|\bconfund(?:imos|i[oó]|ieron)\b|\bno correspond(?:e|[ií]a)\b"
        r"|\bresult[oó] (?:ser )?(?:falsa?o?|incorrect[oa]|err[oó]ne[oa])\b|\bbulo\b"
        r"|\bnos (?:hemos )?equivoca(?:mos|do)\b|\bme equivoqu[eé]\b|\bcomet(?:imos|[ií]) "
        r"(?:un|el|este|dos) errore?s?\b|\bse omiti[oó]\b|\bomitimos\b|\ben (?:lugar|vez) de\b"
        r"|\bpor (?:un|una) (?:descuido|imperfecci[oó]n|falla|fallo|confusi[oó]n)\b"
        r"|\b(?:una|mil|nuestras?) disculpas?\b"
        # a text printed cut or garbled; the declaration of this correction
        r"|\btruncad[oa]s?\b|\bmutilad[oa]s?\b|\bgazapo|\bequivocaci[oó]n|\bimprecisi[oó]n"
        r"|\b(?:hacemos|quede hecha) (?:la|esta) rectificaci[oó]n\b|\brectificamos\b"
        r"|\bsirva (?:la presente|esta nota) (?:como|de) (?:rectificaci[oó]n|aclaraci[oó]n)"
    ),
    facts=(
        r"en realidad|de hecho|lo correcto (?:es|era)|el (?:dato|nombre|n[uú]mero) correcto"
        r"|(?:esto|eso|este dato) (?:es|era|no es) (?:falso|incorrecto|err[oó]neo|cierto)"
    ),
    # the fact against the claim: "..., no ..." with a name, a number or an article after the
    # negation (not a verb: "..., no explicó")
    negated=(r", (?:y )?no (?:(?-i:[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1])|(?:el|la|los|las|un"
             r"|una|en|de|del|a|al)\b|\d|[\"\u00ab\u201c])"),
    reported=(r"\batribuy[oó]\b|\bse atribu|\bidentificaba\b|\bmencionaba\b|\binformaba\b|"
              r"\bdijimos\b|\bpublicamos\b|\bescribimos\b|\bafirmaba\b"),
    against=(
        # a rival's text: "en el titular del diario rival"
        r"\b(?:diario|peri[oó]dico|medio|semanario|portal) (?:rival|competidor|de la "
        r"competencia)\b|"
        # a reader telling the paper what to fix: "¡Corregid este artículo!" (not "Os
        # equivocasteis", which a note may quote before it owns the error)
        r"\bcorregid\b|\bcorrijan\b|"
        # a corrections policy and an invitation to report errors: "Nuestra política de
        # correcciones ...", "¿Ha detectado un error?", "rectificamos los errores"
        r"\bpol[ií]tica de (?:correcciones|rectificaciones|errores)\b|\b(?:ha|has) detectado un "
        r"error\b|\bsi (?:detecta|encuentra|ve) (?:un|alg[uú]n) error\b"
        r"|\b(?:rectificamos|corregimos) (?:los|nuestros) errores\b|"
        r"\b(?:public[oó]|publica|publicar|public[oó]) (?:\S+ ){0,4}?(?:una|la|su) (?:fe de"
        r"|rectificaci[oó]n|"
        r"correcci[oó]n|aclaraci[oó]n)|\bderecho de rectificaci[oó]n\b|\bser[aá]n (?:corregid|"
        r"rectificad)|\bley (?:org[aá]nica )?(?:\d+/\d+ )?reguladora del derecho"
        r"|\bnuestros errores\b|\bsi existi[oó]\b"
        r"|\b(?:deber[ií]an|deben|tienen que|deber[ií]as|debes) (?:\w+ ){0,3}?"
        r"(?:corregir|rectificar)\b"
        r"|\bcuando (?:cometemos (?:un |alg[uú]n )?error|nos equivocamos)\b"
        r"|\b(?:el diario|el peri[oó]dico|la redacci[oó]n|el medio|la cadena) (?:\w+ ){0,3}"
        r"(?:reconoci[oó]|admiti[oó]|public[oó])"
    ),
)
