"""Build the alignment corpus from the seed stories by applying described, hand-labelled edits.

The seeds (tests/data/seeds/) are our own invented story, written for the tests.

Run once by hand (``python tests/data/alignment/make_cases.py /path/to/seeds``); the files it
writes are committed and reviewed like code. The gold links come from the edits themselves (which
old paragraph became which new ones), never from the aligner; the gold labels are written next to
each edit by hand, following the rules documented in ``versiontrack/classify.py``.

Each case directory holds ``old.txt`` and ``new.txt`` (headline, blank line, one paragraph per
line: the archive's text form) and ``gold.json``::

    {"description": "...",
     "links": [[[old indexes], [new indexes], kind, moved, [labels]], ...],
     "headline": [labels] | null,
     "substantive": bool}
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent


def fold(s: str) -> str:
    # Same folding as versiontrack.normalize.fold, restated so gold does not depend on the code.
    table = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
             "\u00ad": ""}
    s = unicodedata.normalize("NFC", s).translate(str.maketrans(table))
    return " ".join(s.split())


def load(seed: Path, lines: tuple[int, int], skip: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    rows = seed.read_text(encoding="utf-8").splitlines()
    head = next(r.strip() for r in rows[1:] if r.strip())  # the first line is the section
    paras = [r.strip() for r in rows[lines[0] - 1:lines[1]] if r.strip()]
    return head, [p for p in paras if p not in skip]


@dataclass
class Item:
    group: int
    text: str
    labels: set[str] = field(default_factory=set)
    moved: bool = False


class Ed:
    """A version being edited: items remember which old paragraph (group) they come from."""

    def __init__(self, headline: str, paras: list[str]):
        self.old_head = self.head = headline
        self.old = list(paras)
        self.groups: dict[int, list[int]] = {i: [i] for i in range(len(paras))}
        self.items = [Item(i, p) for i, p in enumerate(paras)]
        self.removed: dict[int, set[str]] = {}
        self.head_labels: set[str] | None = None
        self._next = 10_000

    def at(self, old: int) -> int:
        for k, it in enumerate(self.items):
            if old in self.groups[it.group] and it.group >= 0:
                return k
        raise KeyError(old)

    def edit(self, old: int, a: str, b: str, *labels: str) -> Ed:
        it = self.items[self.at(old)]
        assert a in it.text, (old, a)
        it.text = it.text.replace(a, b, 1)
        it.labels.update(labels)
        return self

    def rewrite(self, old: int, text: str, *labels: str) -> Ed:
        it = self.items[self.at(old)]
        it.text = text
        it.labels.update(labels)
        return self

    def split(self, old: int, at: str, *labels: str) -> Ed:
        k = self.at(old)
        while at not in self.items[k].text:  # a later part of an already split paragraph
            k += 1
        it = self.items[k]
        pos = it.text.index(at)
        first, second = it.text[:pos].rstrip(), it.text[pos:]
        it.text = first
        it.labels.update(labels)
        self.items.insert(k + 1, Item(it.group, second, set(labels)))
        return self

    def merge(self, a: int, b: int, *labels: str) -> Ed:
        ka, kb = self.at(a), self.at(b)
        assert kb == ka + 1
        ia, ib = self.items[ka], self.items[kb]
        g = self._next
        self._next += 1
        self.groups[g] = self.groups[ia.group] + self.groups[ib.group]
        merged = Item(g, ia.text + " " + ib.text, ia.labels | ib.labels | set(labels))
        self.items[ka:kb + 1] = [merged]
        return self

    def add(self, after_old: int | None, text: str) -> Ed:
        k = -1 if after_old is None else self.at(after_old)
        g = self._next
        self._next += 1
        self.groups[g] = []
        self.items.insert(k + 1, Item(g, text, {"added"}))
        return self

    def add_end(self, text: str) -> Ed:
        g = self._next
        self._next += 1
        self.groups[g] = []
        self.items.append(Item(g, text, {"added"}))
        return self

    def remove(self, *olds: int) -> Ed:
        for old in olds:
            del self.items[self.at(old)]
            self.removed[old] = {"removed"}
        return self

    def move(self, old: int, before_old: int | None) -> Ed:
        it = self.items.pop(self.at(old))
        it.moved = True
        k = len(self.items) if before_old is None else self.at(before_old)
        self.items.insert(k, it)
        return self

    def each(self, fn, label: str = "cosmetic") -> Ed:
        for it in self.items:
            new = fn(it.text)
            if new != it.text:
                it.text = new
                it.labels.add(label)
        return self

    def headline(self, text: str, *labels: str) -> Ed:
        self.head = text
        self.head_labels = set(labels)
        return self

    def gold(self) -> dict:
        links = []
        by_group: dict[int, list[int]] = {}
        for j, it in enumerate(self.items):
            by_group.setdefault(it.group, []).append(j)
        substantive = False
        for g, js in by_group.items():
            olds = self.groups[g]
            items = [self.items[j] for j in js]
            labels = set().union(*(it.labels for it in items))
            moved = any(it.moved for it in items)
            if not olds:
                kind = "added"
            elif len(js) > 1:
                kind = "split"
            elif len(olds) > 1:
                kind = "merged"
            else:
                orig, now = self.old[olds[0]], items[0].text
                kind = "kept" if fold(orig) == fold(now) else "edited"
                if orig != now and not labels:
                    raise ValueError(f"unlabelled edit of paragraph {olds[0]}")
            if kind in ("split", "merged") and not labels:
                labels = {"cosmetic"}
            if moved:
                labels.add("moved")
                if 0 in js or 0 in olds:
                    labels.add("lede")
            if labels - {"cosmetic", "spelling", "moved"}:
                substantive = True
            links.append([olds, js, kind, moved, sorted(labels)])
        for old, labels in sorted(self.removed.items()):
            links.append([[old], [], "removed", False, sorted(labels)])
            substantive = True
        head = None
        if self.head != self.old_head:
            head = sorted(self.head_labels or set())
            if set(head) - {"cosmetic", "spelling"}:
                substantive = True
        links.sort(key=lambda link: (link[1][:1] or [-1], link[0][:1]))
        return {"links": links, "headline": head, "substantive": substantive}

    def texts(self) -> tuple[str, str]:
        old = self.old_head + "\n\n" + "\n".join(self.old) + "\n"
        new = self.head + "\n\n" + "\n".join(it.text for it in self.items) + "\n"
        return old, new


NOTE = ("This story corrects an earlier version that said Veldra leased the Halvard Valley to "
        "Marosk in 1996. The lease was signed in 1994.")


def cases(seeds: Path) -> dict[str, tuple[str, Ed]]:
    ap_head, ap = load(seeds / "ap-border-commission.txt", (11, 79))
    _, ap_tail = load(seeds / "ap-border-commission.txt", (83, 91), skip=("___", NOTE))
    b_rows = (seeds / "outlet-b-border-commission.txt").read_text(encoding="utf-8").splitlines()
    b = [r.strip() for r in b_rows if r.strip()]
    c_rows = (seeds / "outlet-c-border-commission.txt").read_text(encoding="utf-8").splitlines()
    c = [r.strip() for r in c_rows if r.strip()]
    b_head = "Veldra and Marosk agree to re-open border commission"
    c_head = "Veldra and Marosk reopen border commission after Port Aldine talks"
    ap_full = ap + ap_tail  # with "Malaquin reported from Port Aldine." and the coverage link
    year_old = ap[34].replace("1994", "1996")

    def AP(paras: list[str] | None = None) -> Ed:
        return Ed(ap_head, list(paras if paras is not None else ap))

    out: dict[str, tuple[str, Ed]] = {}

    def case(name: str, desc: str, ed: Ed) -> None:
        out[name] = (desc, ed)

    # --- The seed's correction and its variants ----------------------------------------------
    old = ap_full[:34] + [year_old] + ap_full[35:]
    case("ap_year_fix_with_note",
         "The 1996->1994 fix, with the correction note appended after the coverage line.",
         Ed(ap_head, old).edit(34, "1996", "1994", "date", "number").add(35, NOTE))
    case("ap_year_fix_silent", "The 1996->1994 fix without a note.",
         AP(ap[:34] + [year_old]).edit(34, "1996", "1994", "date", "number"))
    case("ap_note_only", "Only a correction note added (text already right).",
         Ed(ap_head, ap_full).add_end(NOTE))
    case("ap_identical", "Identical versions.", AP())
    # --- Layout-only changes: no substantive change allowed ----------------------------------
    case("ap_straight_quotes", "Curly quotes and apostrophes made straight everywhere.",
         AP().each(lambda t: t.replace("\u201c", '"').replace("\u201d", '"')
                   .replace("\u2019", "'")))
    case("ap_whitespace_nbsp", "Double spaces, non-breaking spaces and soft hyphens.",
         AP().each(lambda t: t.replace(" the ", "  the ", 1).replace("Veldra ", "Veldra\u00a0", 1)
                   .replace("border", "bor\u00adder", 1)))
    case("ap_subhead_case", "Subheads turned to title case.",
         AP().edit(5, "A place to settle quarrels", "A Place to Settle Quarrels", "cosmetic")
         .edit(12, "swap detainees after talks", "Swap Detainees After Talks", "cosmetic"))
    case("ap_serial_comma", "A serial comma added and a dash spaced.",
         AP().edit(3, "Veldran, Maroskan and league", "Veldran, Maroskan, and league", "cosmetic")
         .edit(0, "(AP) — Veldra", "(AP) —Veldra", "cosmetic"))
    case("ap_split_layout", "One paragraph split in two, no words changed.",
         AP().split(1, "Savorin then campaigned"))
    case("ap_merge_layout", "Two short paragraphs merged, no words changed.",
         AP().merge(15, 16))
    case("ap_one_block_to_paragraphs",
         "An extraction that first gave the whole section as one block, then as paragraphs.",
         Ed(ap_head, [" ".join(ap[6:12])] + ap[12:20]).split(0, "In one such confrontation")
         .split(0, "Dunevar has denied").split(0, "Dunevar has long")
         .split(0, "Neighboring states").split(0, "In November"))
    # --- Numbers, dates, names ---------------------------------------------------------------
    case("ap_injured_count", "Two hurt became three.",
         AP().edit(33, "Two fishermen were hurt", "Three fishermen were hurt", "number"))
    case("ap_prisoner_numbers", "Detainee numbers corrected in two paragraphs.",
         AP().edit(17, "said 64 of its", "said 46 of its", "number")
         .edit(19, "among the 58 guards", "among the 64 guards", "number"))
    case("ap_percent", "A percentage fixed.",
         AP().edit(25, "rose 24%", "rose 42%", "number"))
    case("ap_death_toll_update", "Displacement figures updated in two paragraphs.",
         AP().edit(21, "said 1,200 families", "said 1,300 families", "number")
         .edit(26, "about 2,300 homes", "about 2,400 homes", "number"))
    case("ap_weekday", "A weekday corrected.",
         AP().edit(21, "aired late Wednesday", "aired late Tuesday", "date"))
    case("ap_month", "A month corrected.",
         AP().edit(11, "In November, a group", "In October, a group", "date"))
    case("ap_year_early", "A year corrected in the incident paragraph.",
         AP().edit(7, "in June 2022", "in June 2021", "date", "number"))
    case("ap_name_spelling", "An envoy's name misspelled, then fixed.",
         AP([p.replace("Ohandrik", "Ohandrick") for p in ap[:5]] + ap[5:])
         .edit(3, "Ohandrick", "Ohandrik", "name", "spelling"))
    case("ap_drone_name", "The drone's model name changed.",
         AP().edit(7, "SD-7 Kestrel drone", "SD-7 Harrier drone", "name"))
    case("ap_spelling", "Typos fixed.",
         AP([ap[0], ap[1].replace("campaigned", "campainged")] + ap[2:])
         .edit(1, "campainged", "campaigned", "spelling"))
    case("ap_title_change", "An official's title corrected (a name-like change).",
         AP().edit(28, "Veldra’s Communications Minister", "Veldra’s Transport Minister", "name"))
    # --- Quotes, meaning, attribution ---------------------------------------------------------
    case("ap_quote_words", "Words inside a quotation changed.",
         AP().edit(2, "settle quarrels before", "settle disputes before", "quote"))
    case("ap_quote_comma", "A comma inside a quotation removed.",
         AP().edit(19, "“on the whole, they are", "“on the whole they are", "quote"))
    case("ap_quote_added", "A quotation added to a paragraph.",
         AP().edit(23, "fresh clashes in the valley.",
                   "fresh clashes in the valley. “We need promises that hold,” she said.",
                   "quote", "attribution", "added"))
    case("ap_negation_added", "A negation added.",
         AP([p.replace("have given no details", "have given details") for p in ap])
         .edit(15, "have given details", "have given no details", "meaning"))
    case("ap_negation_removed", "A denial turned into an admission.",
         AP().edit(8, "Dunevar has denied that", "Dunevar has acknowledged that", "meaning"))
    case("ap_attribution_source", "The source of a figure changed.",
         AP().edit(25, "the watchdog group Frontier Monitor said", "the Coastal League said",
                   "name", "attribution"))
    case("ap_attribution_verb", "A reporting verb changed.",
         AP().edit(23, "Savorin has repeatedly said", "Savorin has repeatedly claimed",
                   "attribution"))
    case("ap_antonym", "A plain antonym swap.",
         AP().edit(32, "plans to increase shipments", "plans to decrease shipments", "meaning"))
    # --- Ledes, additions, removals, moves ---------------------------------------------------
    case("ap_lede_rewrite", "The lede rewritten in place.",
         AP().rewrite(0, "TARNHOLM, Veldra (AP) — Veldra and Marosk on Thursday agreed to revive "
                         "their joint border commission for the first time in more than six "
                         "years, the clearest sign yet of a thaw between the two neighbors since "
                         "Maroskan Premier Ilka Savorin took office.", "rewrite", "removed"))
    case("ap_lede_heavy_rewrite", "The lede rewritten heavily, kept in its slot.",
         AP().rewrite(0, "TARNHOLM, Veldra (AP) — Tarnholm and Dunevar will revive their joint "
                         "border commission for the first time in more than six years, officials "
                         "said Thursday, as Premier Ilka Savorin of Marosk pushes to settle the "
                         "long quarrel over the Halvard Valley.", "name", "attribution"))
    case("ap_update_top", "An update paragraph added at the top.",
         AP().add(None, "UPDATE: Talks in Port Aldine ended late Thursday without a joint "
                        "statement, officials said."))
    case("ap_update_after_lede", "Two update paragraphs added after the lede, one removed.",
         AP().add(0, "The announcement came hours after a second day of talks in the Selvane "
                     "capital ended with no public statement from the delegations.")
         .add(16, "Veldra's interior ministry said more swaps were planned for the coming "
                  "weeks, without giving numbers.")
         .remove(14))
    case("ap_section_removed", "The 'In other developments' section removed.",
         AP().remove(27, 28, 29, 30))
    case("ap_subheads_dropped", "Subheads dropped by a new extraction.",
         AP().remove(5, 12, 20, 27))
    case("ap_truncated", "A version cut off after the detainee swap section.",
         AP().remove(*range(20, 35)))
    case("ap_move_down", "A paragraph moved three places down.", AP().move(9, 12))
    case("ap_move_into_lede", "The Port Aldine paragraph moved to the top.", AP().move(3, 0))
    case("ap_move_section", "The Brun paragraphs moved above the Lanthorn ones.",
         AP().move(31, 28).move(32, 28))
    case("ap_move_and_edit", "A paragraph moved and edited.",
         AP().move(22, 26).edit(22, "1,450", "1,540", "number"))
    case("ap_headline", "Headline changed, body kept.",
         AP().headline("Veldra and Marosk revive border commission as Port Aldine talks go on",
                       "headline", "rewrite"))
    case("ap_headline_number", "Headline figure changed.",
         Ed("Savorin says 1,200 families still displaced", ap[20:27])
         .headline("Savorin says 1,300 families still displaced", "headline", "number")
         .edit(1, "said 1,200", "said 1,300", "number"))
    case("ap_mixed_medium",
         "Medium rewrite: words changed, two added, one removed, one moved, a split.",
         AP().edit(0, "more than six years", "over six years", "rewrite")
         .edit(4, "roughly 400-kilometer (250-mile)", "roughly 450-kilometer (280-mile)",
               "number")
         .split(17, "Veldran officials said")
         .move(10, 7)
         .add(13, "Vellis said the talks were businesslike but gave no details.")
         .add(33, "Storm warnings kept most fishing boats in port for several hours overnight.")
         .remove(14))
    case("ap_mixed_heavy", "Heavy rewrite across many paragraphs, with a merge.",
         AP().edit(1, "swiftly reopen", "quickly reopen", "rewrite")
         .edit(3, "entered a second day", "entered a third day", "number")
         .edit(6, "flared after", "rose sharply after", "rewrite")
         .edit(7, "a pair of Maroskan patrol boats", "two Maroskan patrol boats", "number")
         .merge(15, 16, "rewrite").edit(15, "After Thursday’s session", "Following Thursday’s "
                                              "session")
         .edit(21, "the regional broadcaster Kanal Lumen", "the regional channel Kanal Lumen",
               "rewrite")
         .edit(26, "Nearly 9,000", "Almost 9,000", "rewrite")
         .edit(29, "night crossings have stopped", "night crossings have slowed", "rewrite")
         .edit(33, "Two fishermen", "Four fishermen", "number")
         .remove(27).move(31, 28).add(34, "This story has been updated."))
    # --- Harder: heavy rewrites in another outlet's words, replacements in place --------------
    top = Ed(ap_head, [ap[0], ap[1], ap[2], ap[6], ap[7], ap[8]])
    # "Thursday" dropped (date), and the lede's last 12 words with it (removed).
    top.rewrite(0, b[0], "date", "name", "removed", "rewrite")
    top.rewrite(1, b[1] + " " + b[2], "number", "date", "name", "removed", "rewrite")
    top.split(1, b[2][:20])
    top.rewrite(2, b[3] + " " + b[4], "name", "quote", "attribution", "added", "rewrite")
    top.split(2, b[4][:20])
    top.rewrite(3, b[5], "rewrite")
    top.rewrite(4, b[6], "name", "rewrite")  # Kestrel -> Kingfisher; "in June 2022" only moves
    top.rewrite(5, b[7], "name", "attribution", "rewrite")  # "denied" stays: no negation change
    case("ap_to_b_top", "The top of the wire story rewritten in another outlet's words: heavy "
         "edits and two splits with rewording.", top)
    pris = Ed(ap_head, ap[15:20])
    pris.rewrite(0, b[10], "added", "rewrite")
    pris.merge(1, 2).rewrite(1, b[11], "number", "date", "name", "attribution", "rewrite",
                             "removed")
    # "trials we never recognized" goes (a negation removed: meaning); the speaker changes.
    pris.remove(3).rewrite(4, b[12], "name", "quote", "attribution", "number", "meaning",
                           "rewrite")
    case("ap_to_b_prisoners", "The detainee-swap section rewritten: a merge with rewording, "
         "a removal, a paraphrased quote.", pris)
    case("ap_replaced_in_slot", "Two paragraphs replaced by unrelated ones in the same place.",
         AP().add(15, "Veldra's delegation said the next round of talks would take place in "
                      "Ostra later this month.").remove(15)
         .add(29, "Brightwave Orbital did not respond to a request for comment on the handsets.")
         .remove(29))
    dup = ["Advertisement"] + ap[:4] + ["Advertisement"] + ap[4:8] + ["Advertisement"]
    case("ap_repeated_furniture", "A repeated furniture paragraph, one of its copies removed.",
         AP(dup).remove(5))
    case("ap_split_with_edits", "A paragraph split and edited in both halves.",
         AP().edit(17, "said 64 of its", "said 46 of its", "number")
         .edit(17, "and five civilians", "and six civilians", "number")
         .split(17, "Veldran officials said"))
    case("ap_merge_with_edits", "Two paragraphs merged with rewording.",
         AP().merge(21, 22, "name").edit(21, "The last time Savorin gave",
                                            "The last time she gave"))
    # --- Outlet B ------------------------------------------------------------------------------
    case("b_city_typo", "A misspelled name (Dunevaar) fixed.",
         Ed(b_head, b[:19]).edit(7, "in Dunevaar said", "in Dunevar said", "name", "spelling"))
    case("b_drone_name", "Wrong drone name fixed.",
         Ed(b_head, b[:19]).edit(6, "SD-7 Kingfisher drone", "SD-7 Kestrel drone", "name"))
    case("b_furniture_removed", "Page furniture at the end dropped.",
         Ed(b_head, b).remove(19, 20))
    case("b_split_and_merge", "One paragraph split, two merged.",
         Ed(b_head, b[:19]).split(4, "The talks also produced")
         .merge(11, 12))
    case("b_hyphenation", "A hyphenated word closed up and quotes straightened.",
         Ed(b_head, b[:19]).each(lambda t: t.replace("re-open", "reopen")
                                 .replace("\u201c", '"').replace("\u201d", '"')))
    case("b_heading_moves", "A paragraph moved under another heading, one added.",
         Ed(b_head, b[:19]).move(17, 14).add(9, "Talks are expected to resume next week."))
    # --- Outlet C ------------------------------------------------------------------------------
    case("c_percent_words", "A percentage fixed in words.",
         Ed(c_head, c).edit(8, "rose by 24 percent", "rose by 26 percent", "number"))
    case("c_reorder", "Pure reordering: two paragraphs moved.",
         Ed(c_head, c).move(10, 2).move(3, 8))
    case("c_lede_and_add", "Lede edited, a paragraph added, one removed.",
         Ed(c_head, c).edit(0, "have agreed to reopen", "agreed on Thursday to reopen", "date")
         .add(6, "Ohandrik did not speak to reporters after the meeting.").remove(6))
    return out


def main(seeds: Path) -> None:
    for name, (desc, ed) in sorted(cases(seeds).items()):
        d = HERE / name
        d.mkdir(exist_ok=True)
        old, new = ed.texts()
        (d / "old.txt").write_text(old, encoding="utf-8")
        (d / "new.txt").write_text(new, encoding="utf-8")
        gold = {"description": desc, **ed.gold()}
        (d / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "seeds")
