"""Writes the gold audit cases in this folder (run it by hand; review the diff like code).

Each case is a folder with v1.txt, v2.txt, ... (the archive's text form: headline, blank line,
one paragraph per line), optional v1.html ... raw pages, and gold.json: the versions' fetch times,
the policy, and the findings the audit must report (kind, from, to; optional "contains" text).
"findings" must all be present; "forbid" kinds must not occur; "exact" kinds must occur exactly
as often as listed; "policies" maps another policy to exact counts of the same story under it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

HERE = Path(__file__).parent

HEAD = "Veldra and Marosk agree to reopen border commission after Port Aldine talks"
# Our own invented story (the one in tests/data/seeds/, shortened), written for the tests.
BODY = [
    ("TARNHOLM, Veldra (AP) \u2014 Veldra and Marosk agreed Thursday to reopen their joint border "
    "commission for the first time in more than six years, the clearest sign yet of a thaw "
    "between the two neighbors since Maroskan Premier Ilka Savorin took office."),
    ("The commission stopped meeting in the spring of 2019, as relations between Tarnholm and "
    "Dunevar soured ahead of the armed clashes in the Halvard Valley in October 2020."),
    ("The reopened commission \u201cwill give both sides a standing place to settle quarrels "
    "before they reach the checkpoints,\u201d the Coastal League\u2019s mediation office said in a "
    "statement."),
    ("League envoy Bertil Ohandrik, who chairs the Coastal League\u2019s standing committee on "
    "frontier disputes, was in Port Aldine, where talks between Veldran, Maroskan and league "
    "officials on the valley entered a second day."),
    ("The reopening of the commission is meant to cool tensions that flared after the clashes and "
    "to keep border units from another confrontation."),
    ("In one such confrontation in June 2022, Veldra\u2019s border service said it lost an SD-7 "
    "Kestrel drone over Lake Orsa after a pair of Maroskan patrol boats fired flares at it."),
    ("Marosk\u2019s Interior Ministry said 64 of its border guards had come home from Veldran "
    "custody. Veldran officials said 58 Veldran border guards and five civilians were released."),
    ("Maroskan Premier Ilka Savorin said 1,200 families from the valley are still living in "
    "temporary housing."),
    ("Maroskan boats crossed the Lake Orsa line 14 times overnight, according to Veldra\u2019s "
    "coast guard. Two fishermen were hurt, officials said."),
    ("Marosk\u2019s coast guard said its crews turned back nine Veldran survey flights overnight "
    "over the lake, the marshes and the Halvard Valley, which Veldra leased to Marosk in 1994."),
    "___",
    "Malaquin reported from Port Aldine.",
]
AP_NOTE = ("This story corrects an earlier version that said Veldra leased the Halvard Valley to "
           "Marosk in 1996. The lease was signed in 1994.")


def text(headline: str, paras: list[str]) -> str:
    return headline + "\n\n" + "\n".join(paras) + "\n"


def sub(paras: list[str], old: str, new: str) -> list[str]:
    out = [p.replace(old, new) for p in paras]
    assert out != paras, old
    return out


def write(name: str, versions: list[str], gold: dict, raws: list[str] | None = None) -> None:
    d = HERE / name
    if d.exists():
        shutil.rmtree(d)
    d.mkdir()
    for i, v in enumerate(versions, 1):
        (d / f"v{i}.txt").write_text(v, encoding="utf-8")
    for i, r in enumerate(raws or [], 1):
        (d / f"v{i}.html").write_text(r, encoding="utf-8")
    times = gold.pop("times", None) or [f"2026-02-0{5 + i}T12:00:00+00:00"
                                       for i in range(len(versions))]
    gold = {"fetched_at": times, "published": gold.pop("published", None), **gold}
    (d / "gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")


def page(layout: str, headline: str, paras: list[str], furniture: list[str]) -> str:
    """A raw page in one of two site layouts."""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    extra = "\n".join(f'<div class="furniture">{f}</div>' for f in furniture)
    if layout == "old":
        return (f"<!doctype html><html><head><meta charset='utf-8'><title>{headline}</title>"
                f"<script>var x = 1;</script></head><body><div id='story'><h1>{headline}</h1>"
                f"{extra}\n{body}</div><footer>\u00a9 2026 AP</footer></body></html>")
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{headline}</title>"
            f"</head><body><main><article><header><h1 class='Page-headline'>{headline}</h1>"
            f"</header><section class='RichTextStoryBody'>{body}</section>{extra}</article></main>"
            f"</body></html>")


def main() -> None:
    b = BODY
    old_year = sub(b, "leased to Marosk in 1994", "leased to Marosk in 1996")

    # 1. A silent reversal of meaning.
    write("silent-negation", [text(HEAD, b), text(HEAD, sub(b, "Marosk agreed Thursday",
                                                             "Marosk have not agreed"))],
          {"policy": "strict", "findings": [{"kind": "silent-correction", "from": 1, "to": 2,
                                             "contains": "meaning"}],
           "exact": {"silent-correction": 1, "disclosed": 0}})

    # 2. The year fix, disclosed by an AP-style note.
    fixed = b[:10] + ["___", AP_NOTE] + b[10:]
    write("ap-year-fix-disclosed", [text(HEAD, old_year), text(HEAD, fixed)],
          {"policy": "strict", "findings": [{"kind": "disclosed", "from": 1, "to": 2,
                                             "contains": "1996"}],
           "exact": {"disclosed": 1, "silent-correction": 0, "note-without-change": 0}})

    # 3. A typo fix needs no note.
    write("typo-fix-no-note", [text(HEAD, sub(b, "temporary housing", "tempoary housing")),
                               text(HEAD, b)],
          {"policy": "strict", "findings": [],
           "exact": {"silent-correction": 0, "disclosed": 0, "note-without-change": 0}})

    # 3b. A misspelt name put right is a correction: newsrooms note it like any other fact.
    write("name-respelt-silent", [text(HEAD, sub(b, "Ohandrik", "Ohandirk")), text(HEAD, b)],
          {"policy": "corrections",
           "findings": [{"kind": "silent-correction", "from": 1, "to": 2,
                         "contains": "Ohandirk->Ohandrik"}],
           "exact": {"silent-correction": 1, "disclosed": 0},
           "policies": {"strict": {"silent-correction": 1}}})

    # 4. A note whose change happened before the archive's first version.
    write("note-outside-archive", [text(HEAD, fixed), text(HEAD, sub(fixed, "Two fishermen",
                                                                        "Two  fishermen"))],
          {"policy": "strict",
           "findings": [{"kind": "note-without-change", "from": None, "to": 1,
                         "contains": "missing from the archive"}],
           "exact": {"silent-correction": 0, "disclosed": 0, "note-without-change": 1}})

    # 5. A flip-flopped headline (an A/B test).
    alt = "Veldra, Marosk revive border commission as valley talks enter second day"
    write("headline-flip-flop", [text(HEAD, b), text(alt, b), text(HEAD, b)],
          {"policy": "strict",
           "findings": [{"kind": "headline-change", "from": 1, "to": 2},
                        {"kind": "headline-change", "from": 2, "to": 3},
                        {"kind": "flip-flop", "from": 2, "to": 3, "contains": "headline"}],
           "exact": {"silent-correction": 0, "flip-flop": 1, "headline-change": 2}})

    # 6. A large removal.
    write("large-removal", [text(HEAD, b), text(HEAD, b[:3] + b[8:])],
          {"policy": "strict",
           "findings": [{"kind": "large-removal", "from": 1, "to": 2},
                        {"kind": "silent-correction", "from": 1, "to": 2, "contains": "removed"}],
           "exact": {"large-removal": 1, "disclosed": 0}})

    # 7. A note that disappears in a later version.
    write("note-removed-later", [text(HEAD, old_year), text(HEAD, fixed), text(HEAD, b)],
          {"policy": "strict",
           "findings": [{"kind": "disclosed", "from": 1, "to": 2},
                        {"kind": "note-removed", "from": 2, "to": 3}],
           "exact": {"silent-correction": 0, "note-removed": 1}})

    # 8. Same-day grace: the early fix is exempt, the one two days later is not.
    v2 = sub(b, "64 of its border guards", "46 of its border guards")
    v3 = sub(v2, "1,200 families", "2,100 families")
    write("same-day-grace", [text(HEAD, b), text(HEAD, v2), text(HEAD, v3)],
          {"policy": "same-day-grace", "published": "2026-02-05T09:30:00+00:00",
           "times": ["2026-02-05T10:00:00+00:00", "2026-02-05T15:00:00+00:00",
                     "2026-02-07T10:00:00+00:00"],
           "findings": [{"kind": "exempt", "from": 1, "to": 2, "contains": "64"},
                        {"kind": "silent-correction", "from": 2, "to": 3, "contains": "1,200"}],
           "exact": {"exempt": 1, "silent-correction": 1},
           "strict": {"silent-correction": 2, "exempt": 0}})

    # 9. Re-captured after a redesign: extraction picks up furniture in one layout only.
    furniture = ["Listen to this article \u00b7 4 min. Learn more about audio articles."]
    caption = ("Workers repair a customs shed damaged by fire at the Selm crossing on the "
               "Veldra-Marosk frontier, Wednesday, Feb. 4, 2026. (AP Photo/Rasmus Tiller)")
    write("extraction-artefact-redesign",
          [text(HEAD, [caption] + b), text(HEAD, furniture + b)],
          {"policy": "strict",
           "findings": [{"kind": "extraction-artefact", "from": 1, "to": 2,
                         "contains": "raw page"}],
           "exact": {"silent-correction": 0, "disclosed": 0},
           "min": {"extraction-artefact": 2}},
          raws=[page("old", HEAD, b, [caption] + furniture), page("new", HEAD, b,
                                                                 [caption] + furniture)])

    # 10. A silent number change.
    write("silent-number", [text(HEAD, b), text(HEAD, sub(b, "the Lake Orsa line 14 times",
                                                          "the Lake Orsa line 41 times"))],
          {"policy": "strict", "findings": [{"kind": "silent-correction", "from": 1, "to": 2,
                                             "contains": "14"}],
           "exact": {"silent-correction": 1, "disclosed": 0}})

    # 11. NYT: the note arrives one version after the fix.
    nyt_note = ["Correction: Feb. 6, 2026", ("An earlier version of this article misidentified "
                "the Coastal League\u2019s envoy to the talks. He is Bertil Ohandrik, not Bertil "
                "Ohlander.")]
    wrong = sub(b, "envoy Bertil Ohandrik", "envoy Bertil Ohlander")
    write("nyt-late-note", [text(HEAD, wrong), text(HEAD, b), text(HEAD, b + nyt_note)],
          {"policy": "strict",
           "findings": [{"kind": "disclosed", "from": 1, "to": 2, "contains": "arrived later"}],
           "exact": {"silent-correction": 0, "note-without-change": 0}})

    # 12. Reuters: headline tag and "(Corrects paragraph N ...)".
    rt_head = "Veldra, Marosk agree to reopen border commission after valley talks"
    rt = sub(b, "Marosk agreed Thursday", "Marosk agreed Wednesday")
    rt_fixed = ["(Corrects paragraph 1 to show talks were on Thursday)"] + b
    write("reuters-paragraph-note", [text(rt_head, rt), text("CORRECTED-" + rt_head, rt_fixed)],
          {"policy": "strict",
           "findings": [{"kind": "disclosed", "from": 1, "to": 2}],
           "exact": {"silent-correction": 0, "headline-change": 0, "note-without-change": 0}})

    # 13. WaPo: a note naming only the subject of the fix.
    wp_wrong = sub(b, "was in Port Aldine, where talks", "was in Ostra, where talks")
    wp_note = ("Correction: An earlier version of this story incorrectly reported where envoy "
               "Ohandrik attended talks between Veldran, Maroskan and league officials.")
    write("wapo-subject-note", [text(HEAD, wp_wrong), text(HEAD, [wp_note] + b)],
          {"policy": "strict", "findings": [{"kind": "disclosed", "from": 1, "to": 2,
                                             "contains": "subject"}],
           "exact": {"silent-correction": 0, "note-without-change": 0}})

    # 14. A paragraph that flip-flops: both steps are silent, and the revert is reported.
    five = sub(b, "Two fishermen were hurt", "Five fishermen were hurt")
    write("paragraph-flip-flop", [text(HEAD, b), text(HEAD, five), text(HEAD, b)],
          {"policy": "strict",
           "findings": [{"kind": "silent-correction", "from": 1, "to": 2},
                        {"kind": "silent-correction", "from": 2, "to": 3},
                        {"kind": "flip-flop", "from": 2, "to": 3, "contains": "came back"}],
           "exact": {"silent-correction": 2, "flip-flop": 1}})

    # 15. Guardian footnote with stated values, plus an unrelated silent edit in the same step.
    gu_note = ("This article was amended on 6 February 2026 to correct the number of Maroskan "
               "border guards returned, which was 64, not 46.")
    gu_wrong = sub(b, "64 of its border guards", "46 of its border guards")
    gu_fixed = sub(b, "Two fishermen were hurt", "Three fishermen were hurt") + [gu_note]
    write("guardian-footnote-plus-silent", [text(HEAD, gu_wrong), text(HEAD, gu_fixed)],
          {"policy": "strict",
           "findings": [{"kind": "disclosed", "from": 1, "to": 2, "contains": "64"},
                        {"kind": "silent-correction", "from": 1, "to": 2, "contains": "Two"}],
           "exact": {"silent-correction": 1, "disclosed": 1}})

    # 16. A developing story: three paragraphs of new reporting, no note. Added material needs
    # no note under corrections, a note under strict, an update note or stamp under
    # transparency.
    news = [("Veldran officials said on Thursday evening that a third round of talks would "
             "take place in Ostra next week, with interior delegations from both sides."),
            ("A spokeswoman for the Coastal League welcomed the reopened commission and said the "
             "league would keep its monitors in the valley until a settlement was reached."),
            ("Residents of Selm reported more flares over the lake after midnight, and the "
             "district governor said rescue boats were out at two sites.")]
    grown = b[:10] + news + b[10:]
    update_case = {"findings": [{"kind": "update", "from": 1, "to": 2}],
                   "exact": {"update": 3, "silent-correction": 0, "undisclosed-update": 0},
                   "policies": {"strict": {"silent-correction": 3, "update": 0},
                                "transparency": {"undisclosed-update": 3, "update": 0,
                                                 "silent-correction": 0}}}
    write("event-update", [text(HEAD, b), text(HEAD, grown)],
          {"policy": "corrections", **update_case})

    # 17. The same update with an "Updated" stamp on the page: transparency is satisfied.
    write("event-update-stamped", [text(HEAD, b), text(HEAD, grown)],
          {"policy": "transparency",
           "findings": [{"kind": "disclosed", "from": 1, "to": 2, "contains": "Updated"}],
           "exact": {"disclosed": 3, "undisclosed-update": 0, "silent-correction": 0},
           "policies": {"corrections": {"update": 3, "disclosed": 0},
                        "strict": {"silent-correction": 3}}},
          raws=[page("new", HEAD, b, ["Published 9:12 AM GMT, February 5, 2026"]),
                page("new", HEAD, grown, ["Published 9:12 AM GMT, February 5, 2026",
                                          "Updated 8:40 PM GMT, February 5, 2026"])])

    # 18. The same update with an update note: disclosed under every policy.
    up_note = ("This story has been updated with the announcement of talks in Ostra, the "
               "Coastal League's reaction and reports of flares over Lake Orsa.")
    write("event-update-noted", [text(HEAD, b), text(HEAD, [up_note] + grown)],
          {"policy": "transparency",
           "findings": [{"kind": "disclosed", "from": 1, "to": 2, "contains": "update note"}],
           "exact": {"disclosed": 3, "undisclosed-update": 0, "note-without-change": 0},
           "policies": {"strict": {"disclosed": 3, "silent-correction": 0},
                        "corrections": {"disclosed": 3, "update": 0}}})

    # 19. An update that also changes a published number: only the number needs a note.
    mixed = sub(grown, "the Lake Orsa line 14 times", "the Lake Orsa line 19 times")
    write("event-update-with-fix", [text(HEAD, b), text(HEAD, mixed)],
          {"policy": "corrections",
           "findings": [{"kind": "silent-correction", "from": 1, "to": 2, "contains": "14"},
                        {"kind": "update", "from": 1, "to": 2}],
           "exact": {"silent-correction": 1, "update": 3},
           "policies": {"strict": {"silent-correction": 4},
                        "transparency": {"silent-correction": 1, "undisclosed-update": 3}}})

    # 20. A note that says only that the story was corrected: it explains nothing, and the
    # change of its version is tied to it by position alone.
    vague = ["This story has been corrected."]
    crossings = sub(b, "the Lake Orsa line 14 times", "the Lake Orsa line 41 times")
    write("vague-note", [text(HEAD, crossings), text(HEAD, b + ["___"] + vague)],
          {"policy": "corrections",
           "findings": [{"kind": "disclosed", "from": 1, "to": 2, "contains": "explains nothing"},
                        {"kind": "note-explains-nothing", "from": 1, "to": 2,
                         "contains": "names no value"}],
           "exact": {"disclosed": 1, "silent-correction": 0, "note-without-change": 0,
                     "note-explains-nothing": 1}})

    # 21. An AP corrective under a dateline, naming the value it fixes.
    dateline = ("TARNHOLM, Veldra (AP) \u2014 In a story published Feb. 5, 2026, about border "
                "talks between Veldra and Marosk, The Associated Press erroneously reported "
                "that Maroskan boats crossed the Lake Orsa line 41 times overnight. They crossed "
                "it 14 times.")
    write("ap-dateline-note", [text(HEAD, crossings), text(HEAD, b + ["___", dateline])],
          {"policy": "corrections",
           "findings": [{"kind": "disclosed", "from": 1, "to": 2, "contains": "41"}],
           "exact": {"disclosed": 1, "silent-correction": 0, "note-without-change": 0,
                     "note-explains-nothing": 0}})

    # 22. A corrections-column item that opens with the item it corrects.
    column = ("An article on Feb. 5 about the reopening of the border commission misstated the "
              "number of Maroskan border guards returned from custody. It was 64, not 46.")
    write("corrections-column-item", [text(HEAD, gu_wrong), text(HEAD, b + [column])],
          {"policy": "corrections",
           "findings": [{"kind": "disclosed", "from": 1, "to": 2, "contains": "64"}],
           "exact": {"disclosed": 1, "silent-correction": 0, "note-without-change": 0}})

    # 23. A German note, stating the wrong and the right year.
    de_note = ("Korrektur: In einer fr\u00fcheren Fassung dieses Artikels hie\u00df es, Veldra "
               "habe das Halvard-Tal 1996 an Marosk verpachtet. Richtig ist 1994.")
    write("german-note", [text(HEAD, old_year), text(HEAD, b + [de_note])],
          {"policy": "corrections",
           "findings": [{"kind": "disclosed", "from": 1, "to": 2, "contains": "1996"}],
           "exact": {"disclosed": 1, "silent-correction": 0, "note-without-change": 0}})

    # 24. A Portuguese note on the count of crossings.
    pt_note = ("Errata: diferentemente do que foi publicado, barcos maroskanos cruzaram a linha "
               "do lago Orsa 14 vezes durante a noite, e n\u00e3o 41.")
    write("portuguese-note", [text(HEAD, crossings), text(HEAD, b + [pt_note])],
          {"policy": "corrections",
           "findings": [{"kind": "disclosed", "from": 1, "to": 2, "contains": "41"}],
           "exact": {"disclosed": 1, "silent-correction": 0, "note-without-change": 0}})


if __name__ == "__main__":
    main()
