"""How Portuguese newsrooms (Brazil and Portugal) word their notes: see
:mod:`versiontrack.audit.langs`."""

from __future__ import annotations

from versiontrack.audit.langs.table import OPEN_QUOTE, Lang

__all__ = ["PT"]

PT = Lang(
    labels=(
        (r"erramos|saiu errad[oa]|errata|corre(?:c)?[cç][aã]o|corre(?:c)?[cç][oõ]es|"
         r"re(?:c)?tifica[cç][aã]o|"
         r"corrigido", "correction"),
        (r"esclarecimentos?|(?:nota de )?esclarecimento|precis[aã]o", "clarification"),
        (r"nota (?:da (?:reda(?:c)?[cç][aã]o|dire(?:c)?[cç][aã]o|editoria)|do (?:editor|autor)|"
         r"editorial)|n\. ?da ?r\.?|n\. ?do ?e\.?", "editors-note"),
        (r"a(?:c)?tualiza[cç][aã]o|a(?:c)?tualizado|a(?:c)?tualizada|actual\.", "update"),
        (r"(?:nota de )?retra(?:ta)?[cç][aã]o", "withdrawal"),
    ),
    soft_labels=r"nota|aviso",
    earlier=(
        r"(?:em |numa |na )?(?:uma |a )?(?:primeira |vers[aã]o )?(?:vers[aã]o|edi[cç][aã]o) "
        r"(?:anterior|original|inicial|anteriormente publicada)(?: d(?:este|esta|o|a) (?:texto|"
        r"artigo|reportagem|not[ií]cia|mat[eé]ria|coluna|entrevista))?,? (?:o|a|os|as|foi|foram|"
        r"informamos|dissemos|escrevemos|publicamos|public[aá]mos|afirmamos|atribu[ií]mos|"
        r"constava|dizia|informava|afirmava|indicava|atribu[ií]a)"
        r"|(?:diferente(?:mente)?|ao contr[aá]rio) do (?:publicado|informado|noticiado|reportado)"
        # what was published, bare: "Ao contrário do que foi noticiado, ..." (not what was
        # reported by other papers: "... noticiado pela imprensa")
        r"|(?:diferente(?:mente)?|ao contr[aá]rio) do que (?:foi|tinha sido|havia sido) "
        r"(?:noticiad|informad|publicad|escrit|referid|divulgad|reportad)[oa]"
        r"(?! (?:por|pel[oa]s?|em (?:outr|alg|v[aá]ri)))"
        r"|(?:diferente(?:mente)?"
        r"|ao contr[aá]rio) do que "
        r"(?:publicamos|public[aá]mos|noticiamos|notici[aá]mos|escrevemos|informamos|afirmamos|foi "
        r"publicado (?:aqui|neste|nesta|na edi[cç][aã]o|no texto|ontem)"
        # what the piece said, as the subject: "Diferentemente do que informou a reportagem"
        r"|(?:foi )?(?:informad[oa]|noticiad[oa]|divulgad[oa]|informou|noticiou|afirmou|disse) "
        r"(?:n?[ao] |em )(?:reportagem|texto|not[ií]cia|mat[eé]ria|coluna|legenda|t[ií]tulo|"
        r"primeira p[aá]gina|edi[cç][aã]o))"
        r"|(?:por lapso|por (?:um )?erro|por engano|erradamente|equivocadamente"
        r"|incorre(?:c)?tamente),? "
        r"(?:escrevemos|informamos|publicamos|public[aá]mos|dissemos|atribu[ií]mos|indic[aá]mos|"
        r"refer[ií]mos|identific[aá]mos|(?:na|no|numa|num) (?:edi[cç][aã]o|texto|not[ií]cia"
        r"|reportagem|"
        r"legenda|t[ií]tulo|artigo|mat[eé]ria)"
        # by mistake, it said: "Por lapso, foi publicado que ..."
        r"|(?:foi|foram) (?:publicad|escrit|referid|indicad|atribu[ií]d|identificad)[oa]s?)"
    ),
    changed=(
        r"(?:(?:este|esta) (?:texto|artigo|reportagem|not[ií]cia|mat[eé]ria|coluna|entrevista) "
        r"(?:foi|[eé]|est[aá])"
        # a part of this text: "O título desta reportagem foi alterado"
        r"|(?:o t[ií]tulo|a legenda|a foto|a imagem|a chamada|o gr[aá]fico) d(?:este|esta) "
        r"(?:texto|artigo|reportagem|not[ií]cia|mat[eé]ria) foi|"
        r"(?:corrigimos|atualizamos|actualiz[aá]mos|alteramos|alter[aá]mos) (?=(?:o|este|a|esta) )"
        # the piece as published: "A matéria publicada já foi corrigida", "A matéria em questão
        # foi retirada do ar" (not a bill: "a matéria" alone, "o texto")
        r"|(?:a|o) (?:mat[eé]ria (?:publicad[oa] |em quest[aã]o |(?=[\"\u201c]))|not[ií]cia |"
        r"reportagem |artigo )"
        # (the piece by its quoted title: 'A matéria "X", que citou ..., também foi corrigida')
        r"(?:(?<= )[\"\u201c][^\"\u201c\u201d]{3,150}[\"\u201d][^.;]{0,100}? )?"
        r"(?:j[aá] |tamb[eé]m )?foi)"
        r"(?: ?(?:[\w.,]+ ){0,6}?)?(?:corrigid[oa]|retificad[oa]|rectificad[oa]|alterad[oa]|"
        r"a(?:c)?tualizad[oa]|modificad[oa]|ampliad[oa]|editad[oa]|retirad[oa] do ar|"
        r"esclarecid[oa]|precisad[oa])"
        r"|(?:gralhas?|erros?) (?:foi |foram )?corrigid[oa]s?"
        # the newsroom fixing a part of its text: "Corrigimos o erro."
        r"|(?:alteramos|alter[aá]mos|mudamos|mud[aá]mos|a reda[cç][aã]o alterou) (?:o|a|este|esta)"
        r" (?:t[ií]tulo|legenda|chamada|linha fina|subt[ií]tulo)\b"
        r"|(?:corrigimos|re(?:c)?tific[aá]mos|a reda[cç][aã]o corrigiu) (?:o|a|os|as|este|esta|"
        r"esse|essa) (?:erro|gralha|dado|n[uú]mero|nome|data|cita[cç][aã]o|legenda|t[ií]tulo|"
        r"informa[cç][aã]o|grafia|ortografia)"
    ),
    participles=r"corrigid[oa]|re(?:c)?tificad[oa]|alterad[oa]|a(?:c)?tualizad[oa]|modificad[oa]",
    own=(
        # the newsroom's wish to clarify, as English "we wish to clarify that"
        r"\b(?:queremos|desejamos|gostar[ií]amos de|devemos) (?:\w+ )?(?:esclarecer|precisar)"
        r"(?: que\b| ?:)|"
        # this text by its demonstrative: "deste artigo", "desta reportagem" (not the subject "esta
        # reportagem informou", which a label over it may have told already)
        r"\b(?:deste|desta|neste|nesta) (?:artigo|reportagem|mat[eé]ria|not[ií]cia)\b|"
        # ... or as the subject of what it said at first: "Este artigo dizia inicialmente que ..."
        r"\b(?:este|esta) (?:artigo|texto|reportagem|not[ií]cia|mat[eé]ria) (?:\w+ )?(?:dizia|"
        r"afirmava|informava|indicava|atribu[ií]a|mostrava)\b[^.;]{0,30}?\b(?:inicialmente|"
        r"originalmente|anteriormente|erradamente|erroneamente|equivocadamente|incorretamente)\b|"
        r"\bgraf[aá]mos\b|"
        r"\b(?:pedimos|lamentamos|corrigimos|retificamos|rectific[aá]mos|esclarecemos)\b|"
        # the paper or its text as the subject of the error, this space, what came out in print
        r"\b(?:o p[uú]blico|a folha|o jornal|este jornal|esta coluna|o texto|a reportagem|"
        r"a legenda|o t[ií]tulo|a not[ií]cia|a mat[eé]ria|o artigo) (?:\w+ ){0,2}?"
        r"(?:errou|errara)\b|"
        # the text named by its title, then its error: "A matéria com o título X, errou ao afirmar"
        r"\b(?:o texto|a reportagem|a mat[eé]ria|a not[ií]cia|o artigo)\b[^.]{0,160}?\berrou ao "
        r"(?:informar|afirmar|dizer|publicar|escrever|identificar|atribuir|noticiar|citar|"
        r"relatar)\b|"
        r"\bneste espa[cç]o\b|\bnesta coluna\b|\bsaiu (?:publicad[oa] )?(?:na|no|em)\b|"
        r"\b(?:publicamos|public[aá]mos|informamos|noticiamos|notici[aá]mos|escrevemos|dissemos|"
        r"afirmamos|atribu[ií]mos|indic[aá]mos|refer[ií]mos|identific[aá]mos|troc[aá]mos)\b"
        r"|\besta (?:se[cç][aã]o|sec[cç][aã]o|coluna)\b|\b(?:na|da) edi[cç][aã]o (?:de|do|da"
        r"|impressa|"
        # ("da matéria", "do texto" alone are as often a bill in parliament: "a aprovação da
        # matéria", "a confecção do texto")
        r"anterior)\b|\b(?:n[ao]|d[ao]) (?:reportagem|not[ií]cia|legenda|t[ií]tulo|"
        r"artigo|infogr[aá]fico|gr[aá]fico|foto)\b|\b(?:n[ao]|d[ao]) (?:mat[eé]ria|texto) "
        r"(?:publicad[oa]|de ontem|d[eo] (?:dia|domingo|segunda|ter[cç]a|quarta|quinta|sexta|"
        r"s[aá]bado|\d))\b|\bp[aá]g(?:ina|\.) ?[a-z]?\d+"
        r"|\bcomo (?:foi |havia sido )?(?:publicad|informad|noticiad|escrit|afirmad)[oa]\b"
        r"|(?:^|[.;:] )(?:a|o) (?:reportagem|texto|coluna|legenda|nota|artigo|t[ií]tulo|gr[aá]fico|"
        r"infogr[aá]fico|mapa|foto|editorial|cr[ií]tica|entrevista|chamada|manchete|tabela)\b"
        r"|\b(?:a|o) (?:reportagem|texto|coluna|legenda|nota|artigo|t[ií]tulo|entrevista"
        r"|editorial) "
        r"(?:de|do|da) (?:ontem|domingo|segunda|ter[cç]a|quarta|quinta|sexta|s[aá]bado|\d)"
        # the writer in the first person ("escrevi", "no último post"), an admission or a
        # reading formula that presupposes the text ("Errei.", "onde se lê ..., leia-se ...")
        r"|\b(?:escrevi|afirmei|publiquei|atribu[ií]|referi|confundi|troquei)\b"
        r"|\b(?:minha|nossa) (?:coluna|cr[oô]nica|nota|mat[eé]ria)\b|\bno (?:[uú]ltimo|anterior) "
        r"post\b|\bpost anterior\b|\berrei\b|\b(?:me enganei|nos enganamos)\b"
        r"|\bcomet(?:i|emos) (?:um|o|este) erro\b|\bonde se l[eê]\b|\bleia-se\b"
        r"|\bdeveria ter (?:escrito|sido escrito)\b"
        # an item citing a piece by its quoted title, the newsroom owning a mistake, and the
        # declaration of this correction ("Aqui fica a rectificação")
        r"|\b(?:a|o|na|no) (?:reportagem|artigo|texto|coluna|nota|entrevista) (?:intitulad[oa] )?"
        + OPEN_QUOTE
        + r"|\b(?:cometemos|cometi|fizemos|fiz) (?:um|uma|este|o) (?:\w+ )?erro\b"
        r"|\bfica (?:feita )?a re(?:c)?tifica[cç][aã]o\b"
        # this text contained an error: "Esta reportagem continha um erro"
        r"|\b(?:este|esta|o|a) (?:texto|reportagem|artigo|not[ií]cia|mat[eé]ria) (?:continha|"
        r"cont[eé]m"
        r"|trazia)\b|\b(?:n[ao]|d[ao]) (?:manchete|chamada|capa|primeira p[aá]gina)\b"
        # a caption or headline of a picture or a piece
        r"|\b(?:a|o) (?:legenda|manchete|chamada|t[ií]tulo) (?:da|do|de) (?:foto|imagem|p[aá]gina|"
        r"capa|reportagem|mat[eé]ria|texto|not[ií]cia)"
    ),
    errors=(
        # the claim denied outright: "Não é verdade." (as Spanish "No es así")
        r"\bn[aã]o [eé] (?:verdade|verdadeir[oa]|assim|corret[oa]|exat[oa])\b|"
        r"\b(?:foi|era|estava|estavam|eram) imprecis[oa]s?\b|"
        # the fact against the claim: "A foto ... não é de X, mas de Y"
        r"\bn[aã]o\b[^.;]{1,80}, mas\b|"
        r"\berramos\b|\berradamente\b|\bincorre(?:c)?tamente\b|\bequivocadamente\b"
        # owning it: "o site reconhece que errou", "reconhecemos que nos equivocamos"
        r"|\breconhec\w* que (?:errou|erramos|(?:se|nos) equivoc\w+)\b"
        r"|\bpor (?:lapso|engano)\b"
        r"|\bpor (?:um )?erro\b|\bdiferentemente d|\bao contr[aá]rio do que\b"
        r"|\bincorre(?:c)?t[ao]\b"
        r"|\berrad[ao]s?\b|\b(?:um|o|este) erro\b|\bgralha\b|\btrocad[oa]s?\b|\b, e n[aã]o\b"
        r"|\berrou ao\b|\btroc(?:ou|aram)\b|\bconfundiu\b|\bgrafad[oa] (?:errad|incorre)"
        r"|\bequivocou-se\b"
        r"|\bpedimos desculpa|\blamentamos o (?:erro|lapso|sucedido)\b|\binexa(?:c)?t"
        r"|\bconfundimos\b|\bn[aã]o corresponde\b"
        r"|\brevel(?:ou|aram)-se (?:fals|incorret|errad)|\bboato\b"
        r"|\berrei\b|\b(?:me enganei|nos enganamos)\b|\bcomet(?:i|emos) (?:um|o|este) erro\b"
        r"|\bonde se l[eê]\b|\bleia-se\b|\bdeveria ter (?:escrito|sido escrito)\b"
        r"|\bpedido de desculpas?\b|\bpe[cç]o desculpas?\b|\b(?:as )?nossas desculpas\b"
        r"|\bn[aã]o\b[^.;]{1,80},? (?:e sim|mas sim)\b"
        # a text printed cut or garbled; the declaration of this correction
        r"|\btruncad[oa]s?\b|\bmutilad[oa]s?\b|\bfica (?:feita )?a re(?:c)?tifica[cç][aã]o\b"
        r"|\bequ[ií]voco\b|\bimprecis[aã]o\b"
    ),
    facts=(
        r"na (?:verdade|realidade)|o (?:correto|correcto|certo) (?:[eé]|era)|(?:o|a) (?:nome"
        r"|n[uú]mero|"
        r"valor|dado|data|grafia) corre(?:c)?t[oa]|(?:isso|esta informa[cç][aã]o) n[aã]o (?:[eé]"
        r"|est[aá])"
    ),
    # the fact against the claim: "..., e não ..." with a name, a number or an article after the
    # negation (not a verb: "..., não explicou")
    negated=(r"(?:,? e|,) n[aã]o (?:(?-i:[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00c2\u00ca\u00d4"
             r"\u00c3\u00d5])|(?:o|a|os|as|um|uma|em|no|na|nos|nas|de|do|da|dos|das)\b|\d"
             r"|[\"\u00ab\u201c])"),
    reported=(r"\batribu[ií]mos\b|\binformou\b|\bnoticiou\b|\breferia\b|\bdizia\b|"
              r"\bescrevemos\b|\bpublic[aá]mos\b|\binformamos\b|\bidentificad[oa]\b"),
    against=(
        # a rival's text: "na manchete do jornal rival"
        r"\b(?:jornal|di[aá]rio|semanário|portal|site) (?:rival|concorrente)\b|"
        # a reader telling the paper what to fix: "Corrijam esta reportagem" (not "Vocês erraram",
        # which a note may quote before it owns the error)
        r"\bcorrijam\b|"
        r"\b(?:publicou|publica|publicar|publicaram|divulgou|divulga|divulgaram) (?:\S+ ){0,4}?"
        r"(?:uma|a|sua)? ?(?:errata|corre(?:c)?[cç][aã]o|retrata[cç][aã]o|"
        r"re(?:c)?tifica[cç][aã]o)|\bdireito de resposta\b|\bser[aã]o (?:corrigid|publicad)"
        r"|\b(?:os )?nossos erros\b"
        # a standing rule: "Quando erramos, corrigimos ..."
        r"|\b(?:voc[eê]s? )?(?:deveriam|devem|deveria|deve|precisam) (?:\w+ ){0,3}?(?:corrigir|"
        r"retificar)\b"
        r"|\bquando (?:erramos|cometemos (?:um |algum )?erro)\b"
        r"|\bpol[ií]tica de (?:corre[cç][oõ]es|erros)\b"
        r"|\b(?:o jornal|a folha|o p[uú]blico|o di[aá]rio|a revista|a emissora|o site|a "
        r"reda[cç][aã]o|a dire(?:c)?[cç][aã]o) (?:\w+ ){0,3}(?:publicou|admitiu|reconheceu)\b"
    ),
)
