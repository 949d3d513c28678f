"""How Italian newsrooms word their notes: see :mod:`versiontrack.audit.langs`."""

from __future__ import annotations

from versiontrack.audit.langs.table import OPEN_QUOTE, Lang

__all__ = ["IT"]

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
        r"|(?:per (?:un )?(?:mero )?errore|erroneamente),? (?:abbiamo|avevamo|"
        r"nell['\u2019](?:articolo|edizione)|"
        r"nel (?:titolo|pezzo|testo|servizio|sommario)|nella (?:didascalia|foto|pagina|edizione)"
        # by mistake, it said: "Per errore è stato scritto che ..."
        r"|[eè] stat[oa] (?:scritt|pubblicat|indicat|riportat|attribuit)[oa]|si (?:[eè] scritto"
        r"|legge(?:va)?)|sono stat[ie])"
    ),
    changed=(
        r"(?:(?:questo|quest['\u2019]) ?(?:articolo|pezzo|testo"
        r"|servizio) (?:[eè] stato|"
        r"viene|[eè])"
        # a part of this text: "Il titolo di questo articolo è stato modificato"
        r"|(?:il titolo|la didascalia|la foto|l['\u2019]immagine|il sommario) (?:di questo|"
        r"del nostro) "
        r"(?:articolo|pezzo|servizio) [eè] stat[oa]|abbiamo (?=(?:corretto|"
        r"rettificato|modificato|"
        r"aggiornato) (?:l['\u2019]|questo|il)))"
        r"(?: ?(?:[\w.,]+ ){0,6}?)?(?:corrett[oa]|modificat[oa]|rettificat[oa]|aggiornat[oa]|"
        r"integrat[oa]|emendat[oa]|precisat[oa]|chiarit[oa])"
        r"|(?:refus[oi]|errori|errore) (?:[eè] stato |sono stati )?corrett[oi]"
        # the newsroom fixing a part of its text: "Abbiamo corretto l'errore."
        r"|(?:abbiamo|la redazione ha) (?:corretto|rettificato) (?:l['\u2019]|il|lo|la|questo|"
        r"questa|i|gli|le) ?(?:errore|refuso|dato|cifra|nome|data|citazione|didascalia|titolo|"
        r"informazione)"
    ),
    participles=r"corrett[oa]|rettificat[oa]|modificat[oa]|aggiornat[oa]|integrat[oa]",
    own=(
        # this text by its demonstrative: "questo articolo", "quest'articolo"
        r"\b(?:questo|quest['\u2019]) ?(?:articolo|pezzo|servizio)\b|"
        # ... or the article as the subject of what it said, with its error: "l'articolo riportava
        # un'età sbagliata"
        r"\bl['\u2019]articolo (?:\w+ )?(?:riportava|indicava|affermava|diceva|attribuiva|citava|"
        r"presentava)\b(?=[^.;]{0,80}\b(?:sbagliat[oaie]|errat[oaie]|erroneamente|inesatt[oaie]|"
        r"scorrett[oaie])\b)|"
        # the newsroom's wish to clarify, as English "we wish to clarify that"
        r"\b(?:desideriamo|vogliamo|teniamo a|ci teniamo a|dobbiamo) (?:\w+ )?(?:precisare|"
        r"chiarire)(?: che\b| ?:)|"
        r"\bquesta (?:notizia|rubrica)\b|"
        # the piece as the subject of what it said: "L'articolo riportava erroneamente ..."
        r"(?:^|(?<=[.;] ))(?:l['\u2019]articolo|il pezzo|il servizio|la notizia|il titolo|la "
        r"didascalia) (?:\w+ )?(?:riportava|affermava|indicava|sosteneva|diceva|attribuiva|"
        r"scriveva|riport[oò]|afferm[oò]|indic[oò]|scrisse|attribu[iì])\b|"
        # the paper naming itself: "su questo giornale", "in queste pagine"
        r"\b(?:su|in) (?:questo|il nostro) giornale\b|\b(?:in|su) queste pagine\b|"
        # the editor in the first person: "il giornale che (io) dirigo"
        r"\b(?:il giornale|la testata|il quotidiano|il sito) che (?:io )?dirigo\b|"
        # the paper of a day, an issue, what slipped past the newsroom or a reader pointed out
        r"\bsul (?:nostro )?giornale (?:di )?(?:ieri|oggi|\w+d[iì])\b|\b(?:nell|sull)['\u2019]"
        r"edizione (?:di|del|in edicola)\b|\b(?:nel|sul) numero (?:\d|scorso|precedente|di|del|"
        r"in edicola)|\bci [eè] "
        r"sfuggit[oa]\b|\bci (?:ha|hanno) fatto notare\b|\bci (?:ha|hanno) segnalato\b|"
        r"\bci (?:segnala|segnalano|fa notare|fanno notare)\b|"
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
        # the writer in the first person and the newsroom in the remote past ("Sbagliammo",
        # "Dammo per certa la notizia"), and admissions or reading formulas
        r"|\bho (?:\w+ )?(?:scritto|attribuito|indicato|citato|confuso|riportato)\b"
        r"|\b(?:nella mia|la mia) (?:rubrica|colonna|amaca)\b"
        r"|\b(?:sbagliammo|dammo|demmo|scrivemmo|riportammo|pubblicammo|correggemmo"
        r"|attribuimmo|indicammo)\b|\b(?:ci siamo|mi sono) sbagliat[oia]\b"
        r"|\b(?:abbiamo|ho) (?:commesso un errore|sbagliato)\b|\bleggasi\b|\bva lett[oa]\b"
        # an item citing a piece by its quoted title, the newsroom owning a mistake, and the
        # note declaring itself the correction ("sia questa da considerarsi una rettifica")
        r"|\bnel(?:l['\u2019]| )(?:articolo|intervista|edizione|pezzo|servizio|titolo) "
        r"(?:dal titolo |intitolat[oa] )?"
        + OPEN_QUOTE
        + r"|\b(?:abbiamo|ho) commesso (?:un|questo|l['\u2019]|due) ?(?:\w+ )?error[ei]\b"
        r"|\b(?:sia|sar[aà]|valga|vale|costituisce) (?:questa|la presente)(?: \w+){0,3} "
        r"(?:una |la )?(?:\w+ )?rettifica\b"
        # this text contained an error ("L'articolo conteneva un errore"), a slip that made us
        # write ("Una svista ci ha fatto scrivere")
        r"|\b(?:questo|l['\u2019]|il nostro) ?(?:articolo|pezzo|testo|servizio) (?:conteneva|"
        r"contiene)\b"
        r"|\bci (?:ha|hanno) fatto (?:scrivere|pubblicare|indicare|dire)\b"
    ),
    errors=(
        # written wrong: "abbiamo scritto male il nome"
        r"\b(?:era|erano|[eè] stat[oa]|sono stat[ie]) imprecis[oaie]\b|"
        r"\b(?:scritto|scrivemmo|scrisse|riportato|citato) (?:male|in modo (?:errato|sbagliato|"
        r"scorretto))\b|"
        r"\bsvista\b|\bnon [eè] (?:cos[iì]|vero|corretto|esatto)\b|\berrat[oa]\b|"
        # a report found false: "una notizia non corrispondente al vero"
        r"\bnon (?:corrispondente|corrisponde(?:va)?|rispondente) (?:al vero|alla verit[aà])\b|"
        r"\berroneamente\b|\bper (?:un )?(?:mero )?errore\b|\bun errore\b|\bsbagliat|\binesatt"
        r"|\brefuso\b"
        r"|\bci scusiamo\b|\bce ne scusiamo\b|\bscambiat|\bcontrariamente a quanto\b"
        r"|\bnon\b[^.;]{1,80}, ma\b|\banzich[eé]\b|\binvece (?:che|di)\b|\berrore di battitura\b"
        r"|\babbiamo confuso\b|\bnon corrispond"
        r"|\b(?:si [eè] (?:poi )?rivelat[oa]|rivelatasi|sono risultat[ie]) (?:\w+ )?"
        r"(?:infondat|fals|errat|sbagliat)|\bbufal"
        r"|\bsbagliammo\b|\b(?:ci siamo|mi sono) sbagliat|\bleggasi\b|\bva lett[oa]\b"
        r"|\b(?:una|la) svista\b|\bmi scuso\b|\bme ne scuso\b|\bchiediamo scusa\b"
        # what should not have gone out, and asking pardon: "non avremmo dovuto pubblicare quella
        # frase", "preghiamo il sindaco di scusarci"
        r"|\bnon avremmo dovuto (?:\w+ )?(?:pubblicare|scrivere|riportare|attribuire|titolare)\b"
        r"|\bdi scusarci\b"
        # a check not made, admitted: "non abbiamo verificato", "non abbiamo avuto l'accortezza
        # di verificare la notizia"
        r"|\bnon (?:abbiamo|avevamo|ho) (?:verificato|controllato|avuto (?:l['\u2019]accortezza|la "
        r"prudenza|la cura)[^.;]{0,30}? di (?:verificare|controllare))\b"
        r"|\bsi scusa(?:no)? (?:con|per)\b"
        # a text printed cut or garbled; the note declaring itself the correction
        r"|\btroncat[oa]\b|\bmutilat[oa]\b|\bimprecision[ei]\b"
        r"|\b(?:sia|sar[aà]|valga|vale|costituisce) (?:questa|la presente)(?: \w+){0,3} "
        r"(?:una |la )?(?:\w+ )?rettifica\b"
    ),
    facts=(
        r"in realt[aà]|in effetti|si trattava|(?:il|la) (?:nome|cifra|dato|data) (?:corrett[oa]|"
        r"giust[oa])|(?:non [eè] cos[iì]|non [eè] vero)|invece,? "
        r"|ma (?:\w+ ){0,5}non (?:risult[oò]|era|[eè]) (?:del tutto )?(?:veritier|ver[oa]|corrett"
        r"|esatt)"
    ),
    # the fact against the claim: "..., non ..." with a name, a number or an article after the
    # negation (not a verb: "..., non ha risposto")
    negated=(r", (?:e )?non (?:(?-i:[A-Z\u00c0\u00c8\u00c9\u00cc\u00d2\u00d9])|(?:il|la|i|le|un"
             r"|una|uno|in|a|al|alla|di|del|della|da)\b|\d|[\"\u00ab\u201c])"),
    reported=(r"\battribuit[oa]\b|\bindicat[oa]\b|\briportat[oa]\b|\bdefinit[oa]\b|"
              r"\babbiamo scritto\b|\bsi legge\b|\bscritto\b"),
    against=(
        # a rival's text: "nel titolo del giornale concorrente"
        r"\b(?:giornale|quotidiano|testata|settimanale|sito) (?:concorrente|rivale)\b|"
        # a reader telling the paper what to fix: "Correggete questo articolo" (not "Avete
        # sbagliato", which a note may quote before it owns the error)
        r"\bcorreggete\b|"
        # the outlet retold: "Secondo la testata, l'articolo conteneva un errore"
        r"\bsecondo (?:la testata|il quotidiano|il giornale|l['\u2019]emittente|la rete|il sito)\b|"
        r"\b(?:pubblicat[oa]|pubblica|pubblicare|pubblicher\w+|inserire) (?:\S+ ){0,4}?(?:una"
        r"|la) (?:rettifica|"
        r"smentita|precisazione)|\bsaranno (?:corretti|rettificat)"
        # the press law, unless the note declares itself the correction the law asks for
        r"|(?:^|(?<=[.!?] ))(?![^.!?]*\b(?:sia|sar[aà]|valga|vale|costituisce) (?:questa"
        r"|la presente)\b)[^.!?]*\blegge (?:n\. )?47\b"
        r"|\bnostri (?:errori|sbagli)\b"
        r"|\b(?:dovreste|dovete|dovresti|devi) (?:\w+ ){0,3}?(?:correggere|rettificare)\b"
        r"|\bquando (?:commettiamo (?:un |degli )?error[ei]|sbagliamo)\b"
        r"|\bpolitica (?:sulle|delle|di) (?:correzioni|rettifiche)\b"
        r"|\b(?:il quotidiano|il giornale|la redazione|il sito|la testata) (?:\w+ ){0,3}ha "
        r"(?:ammesso|riconosciuto|pubblicato)"
    ),
)
