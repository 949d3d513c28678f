"""How Dutch newsrooms word their notes: see :mod:`versiontrack.audit.langs`."""

from __future__ import annotations

from versiontrack.audit.langs.table import Lang

__all__ = ["NL"]

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
        r"|in de (?:oorspronkelijke|eerdere|eerste) tekst(?: van (?:dit|het) (?:artikel|bericht|"
        r"stuk))?,? (?:stond|werd|was)"
        r"|(?:in )?(?:een|de) (?:eerdere|vorige|oorspronkelijke|eerste) versie(?: van (?:dit|het"
        r"|deze) "
        r"(?:artikel|bericht|stuk|verhaal|interview))?,? (?:stond|werd|was|schreven|meldden"
        r"|noemden|"
        r"hebben|hadden|is|zijn|kwam)"
        r"|anders dan (?:eerder|aanvankelijk|hier|gisteren|zaterdag|zondag|\w+dag|in dit "
        r"(?:artikel|bericht|stuk)|in de krant(?: van \w+)?) (?:\w+ )?"
        r"(?:gemeld|vermeld|geschreven|gesteld|bericht)"
        # by mistake, it said: "Abusievelijk werd vermeld dat ..."
        r"|(?:abusievelijk|ten onrechte|per abuis|door een vergissing),? (?:stond|hebben we"
        r"|schreven we|meldden we|noemden we|(?:werd|werden|is|zijn) (?:\w+ ){0,4}?(?:vermeld"
        r"|genoemd|"
        r"geschreven|gemeld|gepubliceerd|toegeschreven|geciteerd)\b)"
    ),
    changed=(
        r"(?:(?:dit|deze) (?:artikel|bericht|stuk|verhaal|interview) (?:is|werd|wordt)"
        # a part of this text: "De kop van dit artikel is gewijzigd"
        r"|(?:de kop|het bijschrift|de foto|de afbeelding|de grafiek|de intro) (?:van|bij) (?:dit|"
        r"deze) (?:artikel|bericht|stuk|verhaal) (?:is|werd)|"
        r"(?:we|wij|de redactie) (?:hebben|heeft) (?:dit|het) (?:artikel|bericht|stuk))"
        r"(?: (?:[\w.,]+ ){0,6}?)?"
        r"(?:gecorrigeerd|verbeterd|aangepast|gewijzigd|bijgewerkt|geactualiseerd|aangevuld|"
        r"hersteld|verduidelijkt)"
        r"|(?:typ|tik|spel|schrijf)?fout(?:en)? (?:is |zijn )?(?:gecorrigeerd|hersteld|verbeterd)"
        # the newsroom fixing a part of its text: "We hebben de fout hersteld."
        r"|(?:we|wij|de redactie) (?:hebben|heeft) (?:de|deze|die|het) (?:fout|vergissing|passage|"
        r"naam|datum|cijfer|citaat|kop|bijschrift|spelling|schrijfwijze)(?:en)?"
        r"(?: (?:[\w.,]+ ){0,6}?)?(?:hersteld|"
        r"gecorrigeerd|verbeterd|aangepast)"
    ),
    participles=r"gecorrigeerd|verbeterd|aangepast|gewijzigd|bijgewerkt|geactualiseerd|aangevuld",
    own=(
        # the newsroom's wish to clarify, as English "we wish to clarify that"
        r"\b(?:wij|we) (?:willen|moeten) (?:graag |hierbij )?(?:verduidelijken|verhelderen)"
        r"(?: dat\b| ?:)|"
        # this text by its demonstrative, and the newsroom in the perfect: "bij dit artikel",
        # "we hebben de naam verkeerd gespeld"
        r"\b(?:dit|deze) (?:artikel|stuk|bericht|verhaal)\b|\b(?:we|wij) hebben\b[^.]{0,80}\b"
        r"(?:geschreven|gemeld|genoemd|vermeld|gespeld|verwisseld|weggelaten|gepubliceerd|"
        r"toegeschreven)\b|"
        # the paper naming itself: "in deze krant", "op deze site"
        r"\b(?:in|op) (?:deze|onze) (?:krant|site|pagina's|kolommen)\b|"
        # a dated piece or programme of the outlet's: "In Het Journaal van 1 mei", "in het
        # artikel van dinsdag"; the writer's own: "in mijn artikel"
        r"\bin (?:het |de |onze? )?(?:[\w-]+ ){1,2}van (?:\d{1,2} (?:jan|feb|maart|mrt|apr|mei"
        r"|jun|jul"
        r"|aug|sep|okt|nov|dec)\w*|(?:maan|dins|woens|donder|vrij|zater|zon)dag|gisteren)\b"
        r"|\bin mijn (?:artikel|column|stuk|bericht|recensie)\b|"
        r"\b(?:schreven|meldden|noemden|vermeldden|citeerden|stelden) (?:we|wij)\b|\b(?:we|wij) "
        r"(?:schreven|meldden|noemden|vermeldden)\b|\bstond (?:er|hier|gisteren|eerder) "
        r"|\bin (?:de krant|het artikel|dit artikel|dit bericht|het stuk|de rubriek|de kop|"
        r"het bijschrift|het onderschrift|de tabel|de grafiek|de infographic)\b|\bop (?:pagina|"
        r"de voorpagina) ?\d*"
        r"|\b(?:de kop|het bijschrift|het onderschrift|de foto|de grafiek|de tabel|de kaart|"
        r"het stuk|het artikel) "
        r"(?:boven|bij|van|in|over|op)\b|\bvan de redactie\b"
        r"|\bis (?:abusievelijk |ten onrechte )?"
        r"(?:vermeld|genoemd|geschreven|gemeld)\b"
        r"|\b(?:een )?lezers? (?:wees|wezen|heeft|hebben) ons\b"
        r"|\bop deze plek\b|\bop deze pagina\b"
        r"|\b(?:het|de) (?:kader|kop|bijschrift|foto|grafiek|tabel|kaart|stuk|artikel|bericht"
        r"|interview|vraaggesprek|profiel|hoofdartikel|bijlage|overzicht) (?:bij|boven)\b"
        r"|\bin (?:het|de|een) (?:vraaggesprek|interview|profiel|hoofdartikel|bericht|recensie"
        r"|column|bijlage|kader|overzicht|reportage)\b"
        # the writer in the first person, an admission or a reading formula ("Dit moest ...
        # zijn") that presupposes the text
        r"|\b(?:ik schreef|schreef ik|noemde ik|in (?:mijn|deze) (?:column|rubriek))\b"
        r"|\b(?:we|wij|ik) (?:hebben|heb) (?:ons|me|mij) vergist\b|\bvergisten (?:we|wij) ons\b"
        r"|\bdit moe(?:st|t)(?:e)? (?:[^.,;]{1,60} )?zijn\b"
        # the newsroom owning a mistake, and the declaration of this correction
        r"|\b(?:ik heb|we hebben|wij hebben|hebben we|heb ik) (?:\w+ ){0,4}?(?:een|enkele|twee"
        r"|deze) (?:\w+ )?fout(?:en)? gemaakt\b"
        r"|\bhierbij (?:rectificeren|corrigeren|herstellen) (?:we|wij)\b"
        # this text contained an error: "Dit stuk bevatte een fout"
        r"|\b(?:dit|het|deze|ons) (?:artikel|stuk|bericht|verhaal) (?:bevatte|bevat)\b"
    ),
    errors=(
        r"\babusievelijk|\bten onrechte\b|\bonjuist|\bverkeerd|\bfout(?:ief|ieve?lijk|e)?\b"
        r"|\bvergis|\bper abuis\b|\bverwisseld\b|\bmoet zijn\b|\bis niet juist\b"
        r"|\bklopt(?:e)? niet\b|\b(?:wij|we) rectificeren\b|\bonnauwkeurig"
        r"|\bexcuses\b|\bniet\b[^.;]{1,80}, maar\b|\b(?:het|de) juiste\b|\bjuist is\b"
        r"|\bhoort niet bij\b"
        r"|\bbleek (?:\w+ )?(?:onjuist|onwaar|niet te kloppen|fout)\b"
        r"|\b(?:een )?lezers? (?:wees|wezen|heeft|hebben) ons\b"
        r"|\bdit moe(?:st|t)(?:e)? (?:[^.,;]{1,60} )?zijn\b|\bverminkt\b|\bweggevallen\b"
        r"|\bverzuim"
        # errors slipped in, a text printed incomplete; the declaration of this correction
        r"|\bfout(?:en)? (?:gemaakt|(?:in)?geslopen)\b|\b(?:enkele|een aantal|twee|drie"
        r"|verschillende|meerdere) fouten\b|\bonvolledig (?:afgedrukt|weergegeven|geplaatst)\b"
        r"|\bonnauwkeurig|\bslordigheid\b"
        r"|\bhierbij (?:rectificeren|corrigeren|herstellen) (?:we|wij)\b"
    ),
    facts=(
        r"in werkelijkheid|in feite|(?:dit|dat|het) moe(?:st|t)(?:e)? (?:[^.,;]{1,60} )?zijn\b"
        r"|het juiste|de juiste|juist is|correct is"
        r"|(?:dat|dit) (?:is|was|klopt) (?:[^.,;]{1,40} )?(?:onjuist|niet|fout|verkeerd)"
        r"|het gaat (?:om"
        r"|in werkelijkheid)"
        r"|(?:het|hij|zij|ze|dit|dat|die|deze) (?:ging|gaat|is|was|zijn|waren|heet|heette) echter\b"
        r"|(?:hij|zij|ze|het|dit|dat|die|deze) (?:is|was|heeft|werd) (?:nimmer|nooit)\b"
    ),
    # the fact against the claim: "..., niet ..." with a name, a number or an article after the
    # negation (not "niet alleen", "niet meer")
    negated=(r", (?:en )?niet (?:(?-i:[A-Z])|(?:de|het|een|in|op|van|aan|over|bij|met)\b|\d"
             r"|[\"'\u201c])"),
    reported=(r"\bschreven\b|\bmeldden\b|\bnoemden\b|\bstond\b|\bvermeld\b|\bgenoemd\b"
              r"|\b(?:is|werd) (?:\w+ )?bericht\b"),
    against=(
        # a rival's text: "in de kop van de concurrerende krant"
        r"\bconcurrerende (?:krant|omroep|site|titel)\b|"
        # a reader telling the paper what to fix: "Pas dit artikel aan" (not "Jullie hebben ...
        # verkeerd", which a note may quote before it owns the error)
        r"\bpas (?:dit|het|jullie) (?:\w+ ){0,3}aan\b|\bcorrigeer\b|"
        # an invitation to report errors and a standing promise: "Fout gezien? Meld het ons.",
        # "Wij corrigeren fouten en vermelden dat ..."
        r"\bfout gezien\b|\bmeld (?:het|een fout)\b"
        r"|\b(?:wij|we) corrigeren (?:fouten|onze fouten)\b|"
        r"\b(?:plaatst|plaatste|publiceert|publiceerde|moet|moeten) (?:\S+ ){0,4}?(?:een"
        r"|de) (?:rectificatie|"
        r"correctie)|\bmoeten\b[^.]{0,60}\brectificeren\b|\bworden (?:gecorrigeerd|rechtgezet)"
        r"|\bonze fouten\b"
        r"|\bjullie (?:moeten|zouden) (?:\w+ ){0,4}?(?:corrigeren|rechtzetten|aanpassen)\b"
        r"|\bals (?:we|wij) (?:een |onverhoopt een )?fout(?:en)? maken\b|\bcorrectiebeleid\b"
        # another paper told of in the third person: "In een vervolgbericht heeft de krant ..."
        r"|\b(?:heeft|had) de krant\b"
        # the claim as someone else's report: "Dat meldt de stichting CPNB"
        r"|\bdat (?:meldt|melden|meldde|meldden|schrijft|schreef|schrijven|zegt|zei) "
        r"(?:de|het|een)\b"
        r"|\b(?:de krant|het dagblad|de redactie|het blad|de omroep) (?:\w+ ){0,3}(?:erkende"
        r"|erkent|"
        r"plaatste)\b"
    ),
)
