"""How French newsrooms word their notes: see :mod:`versiontrack.audit.langs`."""

from __future__ import annotations

from versiontrack.audit.langs.table import QUOTED, Lang

__all__ = ["FR"]

FR = Lang(
    labels=(
        (r"rectificatifs?|rectification|correctifs?|errat(?:um|a)|correction"
         r"|corrig[eé]|mea culpa", "correction"),
        (r"pr[eé]cisions?|mise au point|clarification", "clarification"),
        (r"note de la r[eé]daction|note de l['\u2019][eé]dit(?:eur|rice)|n\.? ?d\.? ?l\.? ?r\.?|"
         r"note des [eé]diteurs", "editors-note"),
        (r"mise [aà] jour|mis [aà] jour|maj|actualisation|actualis[eé]|ajout", "update"),
        (r"retrait|r[eé]tractation|article retir[eé]", "withdrawal"),
    ),
    soft_labels=r"note|avertissement|[aà] noter",
    earlier=(
        r"(?:dans |selon )?(?:une|la|sa) (?:version|mouture) (?:pr[eé]c[eé]dente|ant[eé]rieure"
        r"|initiale|"
        r"originale|premi[eè]re)(?: (?:du |de (?:ce|cet|cette|notre|l['\u2019]) ?)"
        r"(?:article|texte|papier|"
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
        # "Une erreur de mise en page s'est produite dans notre édition de samedi": an error
        # that happened in the paper itself (not "dans le système de vote")
        r"|une (?:\w+ )?(?:erreur|coquille)(?: [\w-]+){0,4}? s['\u2019]est "
        r"(?:produite|gliss[eé]e) dans "
        r"(?:l['\u2019][eé]dition|(?:notre|nos|cet|cette|ce) (?:[eé]dition|article|papier|"
        r"num[eé]ro|texte|colonnes|page))"
        # a reading formula: "Il fallait lire ...", "Vous auriez dû lire ..."
        r"|il fallait lire\b|vous auriez d[uû] lire\b|(?:lire|lisez)\s*:"
        # by mistake, it said: "Par erreur, nous avons écrit ..."
        r"|(?:par erreur|par inadvertance|[aà] tort),? (?:nous avons|nous avions|avons|(?:il )?"
        r"(?:a [eé]t[eé]|[eé]tait) (?:[eé]crit|indiqu[eé]|annonc[eé]|publi[eé]|mentionn[eé]"
        r"|attribu[eé]"
        r"|pr[eé]sent[eé])e?)\b"
    ),
    changed=(
        r"(?:(?:cet|notre|ce) (?:article|texte|papier|entretien|d[eé]p[eê]che) "
        r"(?:a [eé]t[eé]|est)"
        # a picture or a dispatch of this text: "cette image a été retirée"
        r"|cette (?:image|photo|vid[eé]o|d[eé]p[eê]che|information) (?:a [eé]t[eé]|est)"
        # a part of this text: "Le titre de cet article a été modifié"
        r"|(?:le titre|la l[eé]gende|le chapeau|la photo|l['\u2019]illustration|"
        r"l['\u2019]infographie) "
        r"de (?:cet|notre) (?:article|texte|papier) (?:a [eé]t[eé]|est)|nous avons "
        r"(?:[\w\u2019']+ ){0,3}?)"
        r"(?: ?(?:[\w.,\u2019']+ ){0,6}?)?(?:corrig[eé]e?|rectifi[eé]e?|modifi[eé]e?|mis [aà] jour|"
        r"actualis[eé]e?|compl[eé]t[eé]e?|amend[eé]e?|pr[eé]cis[eé]e?|retir[eé]e?|supprim[eé]e?|"
        r"d[eé]publi[eé]e?)"
        r"|(?:coquilles?|fautes? de frappe|erreurs?) (?:a |ont )?(?:[eé]t[eé] )?corrig[eé]e?s?"
        # "Cet article, initialement publié en avril 2017, a fait l'objet d'une mise à jour."
        r"|(?:cet|notre|l['\u2019]) ?article(?:,[^,]{1,80},)? a fait l['\u2019]objet "
        r"d['\u2019](?:une|un) (?:mise [aà] jour|actualisation|correction|rectificatif|"
        r"rectification|modification)"
        # "L'article intitulé <titre> a été corrigé, le 14 mars, ..."
        r"|l['\u2019]article intitul[eé] [^.]{1,150}? (?:a [eé]t[eé]|est) (?:corrig[eé]|rectifi[eé]"
        r"|modifi[eé])"
    ),
    participles=(r"corrig[eé]e?|rectifi[eé]e?|modifi[eé]e?|mis(?:e)? [aà] jour|actualis[eé]e?|"
                 r"compl[eé]t[eé]e?"),
    own=(
        # the newsroom's wish to clarify, as English "we wish to clarify that"
        r"\bnous (?:tenons|souhaitons|voulons|voudrions|devons) (?:\w+ )?(?:[aà] )?(?:pr[eé]ciser|"
        r"clarifier)(?: que\b| qu['\u2019]| ?:)|"
        # this text by its demonstrative: "cet article", "cette chronique"
        r"\b(?:cet|cette) (?:article|chronique|d[eé]p[eê]che|enqu[eê]te)\b|"
        # ... or the article as the subject of what it said, with its error: "l'article indiquait
        # un âge erroné" (as Spanish "el artículo daba una edad equivocada")
        r"\bl['\u2019]article (?:\w+ )?(?:indiquait|affirmait|disait|mentionnait|attribuait|"
        r"donnait|pr[eé]sentait|citait|nomm(?:e|ait)|d[eé]sign(?:e|ait)|appel(?:le|ait)|"
        r"identifi(?:e|ait)|qualifi(?:e|ait))\b(?=[^.;]{0,80}\b(?:erron[eé]e?s?|erron[eé]ment|"
        r"inexacte?s?|faux|fausse|incorrecte?s?|[aà] tort)\b)|"
        # the paper naming itself: "dans nos colonnes", "dans ce journal"
        r"\bdans (?:nos|ces) colonnes\b|\bdans (?:ce|notre) journal\b|"
        r"\bnous (?:avons|avions) (?:\w+ )?(?:[eé]crit|indiqu[eé]|annonc[eé]|affirm[eé]|publi[eé]|"
        r"attribu[eé]|mentionn[eé]|qualifi[eé]|pr[eé]sent[eé]|confondu|situ[eé]|cit[eé]|omis"
        r"|titr[eé])"
        r"|\bnous (?:[eé]crivions|indiquions|annoncions|affirmions|pr[eé]sentions)\b"
        r"|\b(?:notre|nos) (?:[eé]dition|article|num[eé]ro|colonnes|journal|papier|page|texte|"
        r"l[eé]gende|infographie|carte|chronique|reportage|[eé]mission|bulletin|archive)s?\b|"
        r"\b(?:en|de la|dans la|[aà] la) (?:page|une)\b"
        r"|\b(?:paru|publi[eé])e? (?:hier|le|dans|en|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        r"dimanche)\b|\bil (?:[eé]tait|a [eé]t[eé]) (?:[eé]crit|indiqu[eé]|mentionn[eé])\b"
        r"|\b(?:dans|sous) (?:la|une|cette) (?:l[eé]gende|photo|infographie)\b"
        # an item citing a piece by its quoted title ("Dans « Titre » (3 mai)"), and the newsroom
        # owning a mistake or declaring this the correction
        r"|\bdans (?:l['\u2019]|le |la |notre )?(?:\w+ )?"
        + QUOTED + r"\s*(?:\(|,?\s*(?:du|paru|publi[eé]))"
        r"|\b(?:j['\u2019]ai|nous avons) (?:\w+ )?commis (?:une|des|deux|cette) (?:\w+ )?erreurs?\b"
        r"|\bnous (?:rectifions|corrigeons)\b"
        # this text contained an error: "Cet article contenait une erreur"
        r"|\b(?:cet|l['\u2019]|notre) ?(?:article|texte|papier) (?:contenait|comportait|contient"
        r"|comporte)\b"
        r"|\b(?:l['\u2019]article|notre article|le papier|le reportage|l['\u2019]entretien"
        r"|la l[eé]gende) "
        r"(?:d['\u2019]hier|de (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b"
        r"|\b(?:lecteurs?|lectrices?) nous (?:ont|a) (?:signal[eé]|fait remarquer)"
        # the columnist's own piece: "dans ma chronique", "dans mon billet de mardi"
        r"|\bdans (?:ma|mon) (?:derni[eè]re? |pr[eé]c[eé]dente? )?(?:chronique|article|billet|"
        r"texte|papier|tribune|critique|bloc-notes)\b"
        r"|\bnous l['\u2019]ont "
        r"signal[eé]"
        # the writer in the first person, or a reading formula that presupposes the text
        r"|\bj['\u2019]ai (?:\w+ )?(?:[eé]crit|indiqu[eé]|utilis[eé]|attribu[eé]|confondu|cit[eé]"
        r"|affirm[eé]|annonc[eé])\b|\b(?:ma|mon) (?:chronique|billet|article|texte|papier)\b"
        r"|\b(?:nous nous sommes|je me suis) tromp[eé]|\bnous nous sommes (?:\w+ )?tromp"
        r"|\b(?:il fallait|vous auriez d[uû]) lire\b"
        r"|\bdans (?:l['\u2019]article|le texte|la chronique|le papier|le compte rendu"
        r"|l['\u2019]entretien|le portrait|la critique|la br[eè]ve) (?:sur|consacr[eé]e? [aà]"
        r"|intitul[eé]e?)\b"
    ),
    errors=(
        r"\bpar erreur\b|\bcontrairement [aà] ce qu(?:e|i|['\u2019])|\b[aà] tort\b|\berron[eé]"
        r"|\binexact|\bune (?:erreur|coquille)\b"
        r"|\b(?:[eé]tait|[eé]taient|a [eé]t[eé]|ont [eé]t[eé]) impr[eé]cis(?:e|es)?\b"
        r"|\bs['\u2019]est gliss[eé]e?s?\b|\bil fallait lire\b|\bcontrairement [aà] ce que\b"
        r"|\bconfondu|\bnous (?:nous )?(?:sommes tromp[eé]s?|excusons)\b|\bnos excuses\b"
        r"|\b(?:veuillez|prions) (?:nous|nos lecteurs|les lecteurs)\b|\bnous en excuser\b"
        r"|\bmal (?:orthographi|transcri|retranscri|cit)|\bfaute de frappe\b|\bfautiv"
        r"|\bne \w+ pas\b[^.;]{1,80}\bmais\b|\bne correspond pas\b|\bet non\b[^.;]{1,80}\bcomme "
        r"(?:nous l['\u2019]avons )?(?:annonc|indiqu|[eé]crit|publi|mentionn)"
        r"|\b(?:lecteurs?|lectrices?) nous (?:ont|a) (?:signal[eé]|fait remarquer)"
        # the columnist's own piece: "dans ma chronique", "dans mon billet de mardi"
        r"|\bdans (?:ma|mon) (?:derni[eè]re? |pr[eé]c[eé]dente? )?(?:chronique|article|billet|"
        r"texte|papier|tribune|critique|bloc-notes)\b"
        r"|\bnous l['\u2019]ont "
        r"signal[eé]"
        r"|\bse sont r[eé]v[eé]l[eé]e?s? (?:fausses?|faux|inexacte?s?|erron[eé]e?s?)\b|\bcanular"
        r"|\ben d[eé]pit de ce qu|\bvous auriez d[uû] lire\b|\bmea (?:maxima )?culpa\b"
        r"|\bje me suis tromp[eé]"
        r"|\b(?:avons|ai) commis (?:une|cette|deux) erreurs?\b"
        # a text printed cut or garbled; the declaration of this correction
        r"|\btronqu[eé]|\bamput[eé]e?s? d|\bnous (?:rectifions|corrigeons)\b"
        r"|\bimpr[eé]cision|\bapproximation\b"
    ),
    facts=(
        r"en r[eé]alit[eé]|en fait|il fallait lire|il s['\u2019]agit en (?:fait|r[eé]alit[eé])"
        r"|c['\u2019]est (?:faux|inexact|une erreur)|(?:cette information|ceci) (?:est|[eé]tait) "
        r"(?:fausse|inexacte|erron[eé]e)|le (?:bon|vrai) (?:chiffre|nom|montant)"
    ),
    # the fact against the claim: "..., et non ..."
    negated=r",? et non\b",
    reported=(r"\b(?:nous )?(?:avons|avions) (?:[eé]crit|indiqu[eé]|annonc[eé]|attribu[eé]|"
              r"mentionn[eé])\b|\bindiquait\b|\bmentionnait\b|\battribuait\b|\bpr[eé]sentait\b"),
    against=(
        # a rival's text: "dans le titre du journal concurrent"
        r"\b(?:journal|quotidien|hebdomadaire|site|m[eé]dia|titre) (?:concurrent|rival)\b|"
        # a reader telling the paper what to fix: "Corrigez cet article" (not "Vous vous êtes
        # trompés", which a note may quote before it owns the error)
        r"\bcorrigez\b|\brectifiez\b|\bsvp\b|"
        # a parliament's record of a vote put right: "Mises au point au sujet d'un vote"
        r"\bmises? au point au sujet d['\u2019]un vote\b|\bscrutin public\b|"
        r"\bamendement n[°o] ?\d|"
        r"\b(?:publi[eé]|publie|publier|ins[eé]rer|faire para[iî]tre|exige"
        r"|demande) (?:\S+ ){0,4}?(?:un|une|le"
        r"|son|"
        r"leur) (?:rectificatif|erratum|d[eé]menti|droit de r[eé]ponse)|\bdroit de r[eé]ponse\b"
        r"|\bseront (?:corrig[eé]|rectifi[eé])|\ba reconnu\b|\bnos erreurs\b"
        r"|\bvous (?:devriez|devez|pourriez) (?:\w+ ){0,3}?(?:corriger|rectifier)\b"
        r"|\b(?:lorsque|quand) nous (?:commettons|faisons) (?:une|des) erreurs?\b"
        r"|\bpolitique de (?:correction|rectification)s?\b"
        r"|\b(?:le journal|le quotidien|"
        r"l['\u2019]hebdomadaire|la r[eé]daction|le site|la cha[iî]ne) (?:\w+ ){0,3}(?:a|avait) "
        r"(?:reconnu|publi[eé])"
    ),
)
