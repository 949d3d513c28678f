"""How German newsrooms word their notes: see :mod:`versiontrack.audit.langs`."""

from __future__ import annotations

from versiontrack.audit.langs.table import QUOTED, Lang

__all__ = ["DE"]

DE = Lang(
    labels=(
        (r"korrektur(?:hinweis|meldung)?(?:en)?|korrigendum|korrigiert(?:e fassung)?|"
         r"berichtigt(?:e fassung)?|"
         r"transparenzhinweis|fehlerhinweis|fehlerkorrektur|richtigstellung|berichtigung"
         # "Berichtigung zu unserem Bericht "Neue Linie nach Kiel": ..."
         r"|(?:berichtigung|richtigstellung|korrektur) zu (?:unserem|unserer|dem|der|diesem) "
         r"(?:bericht|artikel|text|beitrag|meldung|interview|kommentar)(?: \"[^\"]{1,80}\")?"
         r"(?: vom \d{1,2}\. \w+)?", "correction"),
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
        # "Die ursprüngliche Überschrift dieses Artikels lautete ..."
        r"|die (?:urspr[uü]ngliche|fr[uü]here|vorherige|erste) (?:[uü]berschrift|schlagzeile|"
        r"bildunterschrift|dachzeile)(?: (?:dieses|des) (?:artikels|textes|beitrags|berichts))? "
        r"(?:lautete|hie(?:ß|ss)|war)"
        r"|(?:in|bei) (?:einer|der) (?:fr[uü]heren|vorherigen|vorigen|[aä]lteren|ersten"
        r"|urspr[uü]nglichen) "
        r"(?:version|fassung)(?: (?:dieses|des|dieser|der) (?:artikels|textes|beitrags|berichts|"
        r"meldung|interviews|kommentars))?,? (?:hie(?:ß|ss)|stand|war|wurde|wurden|haben|hatten|"
        r"hatte|lautete|fehlte|ist|sind|fand|nannten|schrieben|berichteten)"
        r"|anders als (?:in einer fr[uü]heren (?:version|fassung)|hier|in diesem (?:artikel|text"
        r"|beitrag)|"
        # "anders als am Mittwoch berichtet", "anders als gestern in der Zeitung gemeldet"
        r"(?:(?:am|vom) (?:\w+tag|mittwoch|\d{1,2}\. ?\w+)|gestern|vorgestern|zun[aä]chst|zuvor"
        r"|urspr[uü]nglich)(?: (?:in der|in unserer|hier in der) (?:\w+ )?(?:zeitung|ausgabe))?|"
        r"in (?:der|unserer) (?:gestrigen |letzten )?(?:zeitung|ausgabe)|"
        r"von uns)(?: \w+)? (?:berichtet|gemeldet|geschrieben|"
        r"angegeben|dargestellt|behauptet|vermeldet|hie(?:ß|ss))"
        # by mistake, it said: "Irrtümlich hieß es in der gestrigen Ausgabe ..."
        r"|(?:versehentlich|irrt[uü]mlich(?:erweise)?|f[aä]lschlich(?:erweise)?),? (?:hie(?:ß|ss) "
        r"es|stand|haben wir|hatten wir|(?:wurden?|war|ist|sind) (?:[\w.,]+ ){0,5}?(?:genannt|"
        r"bezeichnet|angegeben|zitiert|geschrieben|abgedruckt|berichtet|gemeldet|ver[oö]ffentlicht"
        r"|zugeschrieben)\b)"
    ),
    changed=(
        # a broadcast edited after it aired: "Die Sendung wurde wegen eines Insertfehlers ...
        # nachträglich bearbeitet"
        r"(?:die|diese) sendung wurde (?:[\w.,-]+ ){0,10}?nachtr[aä]glich (?:bearbeitet|"
        r"ge[aä]ndert|korrigiert|gek[uü]rzt)|"
        r"(?:(?:dieser|diese|dieses|unser|unsere?) (?:artikel|text|beitrag|bericht|"
        r"meldung|interview|st[uü]ck) (?:wurde|ist|wird)"
        # a part of this text: "Die Überschrift dieses Artikels wurde geändert"
        r"|(?:die [uü]berschrift|der titel|die bildunterschrift|das (?:foto|bild)|die grafik) "
        r"(?:dieses|unseres) (?:artikels|textes|beitrags|berichts) (?:wurde|ist)|(?:wir haben|"
        r"haben wir|die redaktion hat"
        r"|hat die redaktion) (?:den|diesen|"
        r"die|diese|das|dieses|unseren|unsere) (?:artikel|text|beitrag|bericht|meldung|interview|"
        r"st[uü]ck))(?: (?:[\w.,]+ ){0,8}?)?(?:korrigiert|berichtigt|aktualisiert|ge[aä]ndert|"
        r"erg[aä]nzt|[uü]berarbeitet|angepasst|pr[aä]zisiert)"
        # the newsroom fixing a part of its text: "Wir haben den Fehler korrigiert."
        r"|(?:wir haben|haben wir|die redaktion hat) (?:den|diesen|die|diese|das|eine|einen|"
        r"zwei) (?:fehler|irrtum|"
        r"passage|stelle|angaben?|zahl|namen|satz|zitat|bildunterschrift|[uü]berschrift|titel|"
        r"schreibweise|datum)"
        r"(?: (?:[\w.,]+ ){0,6}?)?(?:korrigiert|berichtigt|ge[aä]ndert|richtiggestellt|behoben|"
        r"angepasst|pr[aä]zisiert)"
        # an error fixed, as a stamp of its own: "(Tippfehler korrigiert am 18.10.)"
        r"|(?:tipp|schreib|druck|rechtschreib|zahlen|komma)?fehler (?:wurden? )?(?:korrigiert"
        r"|berichtigt|behoben)"
    ),
    participles=r"korrigiert|berichtigt|aktualisiert|erg[aä]nzt|ge[aä]ndert|[uü]berarbeitet",
    own=(
        # the newsroom's wish to clarify, as English "we wish to clarify that"
        r"\b(?:wir (?:m[oö]chten|wollen|m[uü]ssen)|m[oö]chten wir|wollen wir) (?:\w+ ){0,2}?"
        r"(?:klarstellen|pr[aä]zisieren)(?:, dass\b| ?:)|"
        # this text by its demonstrative: "dieses Artikels", "zu diesem Beitrag"
        # (not "diesen Artikel", what a reader asks to have corrected)
        r"\b(?:dieses|diesem|dieser) (?:artikels?|textes?|beitrags?|berichts?|kolumne|"
        r"meldung)\b|"
        # the paper naming itself: "in dieser Zeitung", "an dieser Stelle"
        r"\b(?:in|auf) (?:dieser|unserer) (?:zeitung|seite|webseite)\b|\bin diesem blatt\b|"
        # "wie gestern berichtet", "wie zunächst gemeldet": the outlet's own report
        r"\bwie (?:es )?(?:gestern|vorgestern|zun[aä]chst|zuvor|urspr[uü]nglich|irrt[uü]mlich|"
        r"f[aä]lschlich|am \w+tag|in (?:unserem|unserer|der) \w+)(?: \w+)? (?:berichtet|gemeldet|"
        r"geschrieben|angegeben|hie(?:ß|ss))\b|"
        r"\b(?:in|im|bei|auf|unter|zu[mr]?|unser(?:e[mnrs]?)?) (?:der |dem |den |unserer "
        r"|unserem )?"
        r"(?:(?!(?:ein|ihr|sein|dein|eur|jen|welch|deren|dessen)\w*)[a-zäöü]+(?:en|er|em"
        r"|es) )?(?:[a-z0-9äöü]+-(?:meldung|bericht|artikel|beitrag)|ausgabe|zeitung|taz|seite \d+|"
        r"artikel|text|beitrag|bericht|"
        r"meldung|kommentar|interview|portr[aä]t|reportage|kolumne|glosse|rezension|kritik|nachruf|"
        r"leitartikel|bildzeile|bildunterschrift|bildtext|tabelle|grafik|infografik|karte|"
        r"[uü]berschrift|unterzeile|dachzeile|vorspann|teaser|schlagzeile|zitat|serie|beilage|"
        r"lokalteil|sportteil|wirtschaftsteil|feuilleton)\b"
        # the press law's formula, which names the paper's own text: "Hierzu stellen wir richtig:"
        r"|\bstellen wir (?:hiermit |hierzu |daher )?richtig\b|\bwir stellen (?:hiermit |hierzu "
        r"|daher )?richtig\b"
        # what we wrote, by our own word for it: "Unsere Übersetzung als ... war nicht richtig"
        r"|\bunser(?:e[mnrs]?)? (?:\w+(?:en|er|em|es|e) )?(?:[uü]bersetzung|formulierung|"
        r"darstellung|angaben?)\b"
        r"|\b(?:die|der|das|unsere?) (?:grafik|bildunterschrift|bildzeile|[uü]berschrift|tabelle"
        r"|karte|"
        r"infografik|foto|bild|schlagzeile|unterzeile) (?:zu[mr]?|auf seite|im|in|[uü]ber"
        # of a day's paper: "Die Bildunterschrift am Mittwoch", "die Grafik von gestern"
        r"|(?:am|vom|von) (?:\w+tag|mittwoch|gestern|vorgestern|\d))\b"
        r"|\b(?:auf|unter) (?:dem|einem) (?:foto|bild)\b"
        r"|\bstand (?:es|hier|da|gestern|vorgestern|zun[aä]chst|irrt[uü]mlich|f[aä]lschlich"
        r"|an dieser "
        r"stelle)\b"
        r"|\bwar (?:hier |gestern |vorgestern |zun[aä]chst )?zu lesen\b"
        r"|\b(?:schrieben|berichteten|meldeten|nannten|zitierten|behaupteten) wir\b"
        r"|\bwir (?:schrieben|berichteten|meldeten|nannten|zitierten|behaupteten)\b"
        r"|\b(?:wir (?:haben|hatten)|(?:haben|hatten) wir) (?:[\w-]+ ){0,6}?(?:berichtet|"
        r"geschrieben|gemeldet|behauptet|angegeben|bezeichnet|genannt|zitiert|dargestellt|ver[oö]ffentlicht|"
        r"verwechselt|korrigiert|berichtigt|[uü]bersehen|vergessen|unterschlagen)\b"
        r"|\b(?:ist|sind) uns (?:ein|eine|zwei|dabei|leider|hier|da|mehrere)\b"
        # a change by us, in the passive: "wie von uns umgehend korrigiert"
        r"|\bvon uns (?:[\w-]+ ){0,6}?(?:korrigiert|berichtigt|ge[aä]ndert|richtiggestellt)\b"
        r"|\buns (?:ist|sind) (?:ein|eine|zwei|dabei|leider|hier|da|mehrere)\b"
        r"|\buns (?:unterlief|unterliefen)\b"
        r"|\bin (?:diesem|dem) (?:artikel|text|beitrag|bericht|interview)\b"
        # the writer in the first person ("ich schrieb", "in meiner Kolumne") and an admission
        # or a reading formula that presupposes the text ("wir haben uns geirrt", "richtig muss
        # es heißen")
        r"|\b(?:ich (?:schrieb|hatte|habe) (?:\w+ ){0,4}?(?:geschrieben|behauptet|berichtet"
        r"|verwechselt)|schrieb ich)\b"
        r"|\bin meine[rm] (?:\w+(?:en|em|er) )?(?:kolumne|glosse|text|beitrag|artikel)\b"
        r"|\b(?:wir haben uns|ich habe mich) (?:\w+ )?(?:geirrt|vertan)\b"
        r"|\b(?:richtig )?mu(?:ss|ß)(?:te)? es (?:richtig |korrekt )?hei(?:ß|ss)en\b"
        r"|\b(?:leser(?:innen)?|ein leser|eine leserin) (?:\w+ ){0,2}(?:uns|wiesen"
        r"|haben) (?:\w+ ){0,3}"
        r"(?:hingewiesen|aufmerksam gemacht|hin)\b"
        # a corrections column's item citing a piece by its quoted title and date: "In „Titel“
        # (30. Januar, München)", "Zu „Titel“ vom 4. Mai"
        r"|\b(?:in|im|zu[mr]?) (?:(?:der|dem|unserer|unserem) )?(?:[a-zäöü-]+ )?"
        + QUOTED + r"\s*(?:\([^()]{0,40}\d|,?\s*(?:vom|von|in der|im|auf seite|seite)\s)"
        # the writer or the newsroom owning a mistake, or declaring this the correction
        r"|\b(?:ich habe|habe ich|wir haben|haben wir) (?:\w+ ){0,6}?(?:einen|einige|mehrere|zwei"
        r"|den|diesen) (?:\w+ )?fehler (?:gemacht|begangen)\b"
        r"|\bhiermit (?:stellen wir|korrigieren wir|berichtigen wir)\b"
        # the newsroom correcting in the first person: "Dazu korrigieren wir gern:", "Wir
        # korrigieren deshalb den Text" (not a firm's "wir korrigieren unsere Prognose")
        r"|\b(?:korrigieren|berichtigen) wir\b(?! (?:\w+ ){0,3}?(?:prognose|ziel|erwartung|"
        r"sch[aä]tzung|ausblick))|\bwir (?:korrigieren|berichtigen) (?:\w+ ){0,2}?(?:den|diesen|"
        r"unseren|die|diese|unsere|das|dieses|gern|gerne|hiermit|deshalb|daher) (?:\w+ )?(?:text|"
        r"artikel|beitrag|bericht|meldung|angabe|fehler|stelle|passage|darstellung|irrtum)"
        # this text contained an error: "Der Artikel enthielt einen Fehler"
        r"|\b(?:dieser|der|unser) (?:artikel|text|beitrag|bericht|meldung) (?:enthielt|"
        r"enth[aä]lt)\b"
        # "anders als von uns behauptet", "die von uns genannte Zahl"
        r"|\bvon uns (?:\w+ )?(?:berichtet|behauptet|geschrieben|gemeldet|angegeben|dargestellt"
        r"|genannt|zitiert)\w*"
    ),
    errors=(
        # found out to be wrong, in the perfect too: "hat sich als nicht zutreffend
        # herausgestellt"; reported on misinformation: "aufgrund einer Fehlinformation"
        r"\b(?:hat|haben) sich (?:\w+ )?als (?:nicht zutreffend|unzutreffend|falsch|unwahr"
        r"|unrichtig) herausgestellt\b|\bfehlinformation|"
        # the fact set against what was reported: "Jens Möller, nicht Jens Müller, wie es in
        # unserem Bericht hieß", "und nicht, wie gestern berichtet, in Köln"
        r"\bnicht\b[^.;]{0,80}\bwie (?:es )?[^.;]{0,50}?\b(?:berichtet|gemeldet|geschrieben|"
        r"angegeben|hie(?:ß|ss)|dargestellt|vermeldet|behauptet)\b|"
        r"\birrt[uü]mlich|\bf[aä]lschlich|\bversehentlich|\bverwechsel|\bvertausch|\bunrichtig"
        r"|\bunzutreffend|\bfehlerhaft|\bfalsch\w*|\b(?:ein|der|dieser|einen|den) fehler\b"
        r"|\b(?:ein|der|dieser|diesen|einen|den|zwei|mehrere)(?: \w+)? fehler\b"
        r"|\bfehler (?:unterlaufen"
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
        r"|\birrtum\b|\bgeirrt\b|\bstellte sich (?:\w+ )?als (?:falsch|unzutreffend|unwahr) heraus"
        r"|\bfalschmeldung"
        # a text printed garbled or cut, and the declaration of this correction
        r"|\bverst[uü]mmelt|\bunvollst[aä]ndig (?:abgedruckt|wiedergegeben|erschienen)"
        r"|\b(?:ein|durch ein|aus) versehen\b|\bungenau(?:igkeit)?\b"
        # the press law's formula of a correction: "Hierzu stellen wir richtig: ..."
        r"|\bstellen wir (?:hiermit |hierzu |daher )?richtig\b"
        r"|\bwir stellen (?:hiermit |hierzu |daher )?richtig\b"
        r"|\bhiermit (?:stellen wir|korrigieren wir|berichtigen wir)\b"
        r"|\b(?:korrigieren|berichtigen) wir (?:gern|gerne|hiermit|deshalb|daher)\b"
        r"|\bwir (?:korrigieren|berichtigen) (?:\w+ ){0,2}?(?:den|diesen|unseren) (?:text|artikel|"
        r"beitrag|bericht)\b"
        # the newsroom declaring the correction it owes: "Diese Darstellung müssen wir
        # korrigieren", "das möchten wir richtigstellen"
        r"|\b(?:m[uü]ssen|m[oö]chten|wollen) wir (?:\w+ ){0,3}?(?:korrigieren|berichtigen"
        r"|richtigstellen|klarstellen)\b"
    ),
    facts=(
        r"richtig (?:ist|w[aä]re|hei(?:ß|ss)t|lautet|sind)|korrekt (?:ist|w[aä]re|sind)"
        r"|tats[aä]chlich"
        r"|in wahrheit|vielmehr|(?:das|dies|dieses|diese angabe) (?:ist|war|stimmt"
        r"|trifft) (?:[^.,;]{1,40} )?(?:falsch|"
        r"nicht|so nicht|unzutreffend|unrichtig)|es muss(?:te)? (?:richtig )?hei(?:ß|ss)en"
        r"|(?:das|dies) (?:war|ist) (?:ein|unser) (?:irrtum|fehler)"
    ),
    # the fact against the claim: "Er heißt X, nicht Y." (a noun, a name, a number or an article
    # after "nicht": "Das stimmt, nicht alle ..." is no such sentence)
    negated=(r", (?:und |aber )?nicht (?:(?-i:[A-Z\u00c4\u00d6\u00dc])|(?:der|die|das|den|dem|des"
             r"|ein|eine|einen|einem|im|in|am|um|bei|mit|von|vom|zu|zum|zur)\b|\d|[\u201e\"\u00bb])"),
    reported=(r"\bnannte\b|\bnannten\b|\bzeigte\b|\bdie rede\b|\bhie(?:ß|ss)\b|\bstand\b|"
              r"\bzitiert\b|\bzugeschrieben\b|\bschrieben\b|\bberichteten\b|\bwiedergegeben\b"),
    against=(
        # a rival's text: "in der Schlagzeile des Konkurrenzblatts"
        r"\bkonkurrenz(?:blatt|blatts|zeitung|sender|medium|medien|portal)\w*"
        r"|\bkonkurrierende[nrs]? (?:zeitung|blatt|blatts|sender|medium|portal)\b|"
        # a reader telling the paper what to fix: "Bitte korrigiert den Artikel" (not "Ihr habt ...
        # falsch geschrieben", which a note may quote before it owns the error)
        r"\bbitte (?:\w+ )?(?:korrigiert|berichtigt|[aä]ndert)\b|"
        # someone else's apology or correction: "hat ihre Entschuldigung ... platziert"
        r"\b(?:ihre|seine) (?:\w+ )?(?:entschuldigung|richtigstellung|berichtigung)\b|"
        r"\b(?:ver[oö]ffentlicht\w*|druck\w*|abdruck\w*|bringen|brachte|musste|m[uü]ssen) "
        r"(?:\S+ ){0,4}?(?:eine |die |ihre |seine )?(?:richtigstellung|gegendarstellung"
        r"|berichtigung|korrektur)"
        r"|\bgegendarstellung\b|\bwerden\b[^.]{0,60}\b(?:korrigiert|berichtigt)\b|\bwer\b"
        r"|\b(?:zeitung|blatt|magazin|sender|redaktion|agentur|portal|verlag)\w* (?:musste"
        r"|r[aä]umte|"
        r"schrieb|berichtete)\b"
        r"|\br[aä]umte\b[^.]{0,60}\bein\b|\bkorrekturspalte\b"
        # someone's statement retold in indirect speech: "teilt mit, dass ... falsch gewesen sei"
        r"|\b(?:teilt|teilte)e? (?:\w+ ){0,3}mit\b|\bgewesen sei\b|\bhabe (?:eine|die|ihre) "
        r"(?:berichtigung|korrektur|richtigstellung)\b|\bunsere fehler\b"
        # a standing rule: "Wenn uns ein Fehler unterläuft, korrigieren wir ihn"
        # a reader asking for a fix: "Sie sollten diesen Artikel korrigieren"
        r"|\b(?:sie|ihr) (?:sollten|solltet|m[uü]ssen|m[uü]sst) (?:\w+ ){0,4}?(?:korrigieren|"
        r"berichtigen|richtigstellen)\b"
        r"|\bwenn (?:uns|wir) (?:\w+ ){0,2}?fehler\b|\bkorrektur(?:richtlinie|politik|regeln)\b"
    ),
)
