"""Build the alignment corpus from the seed stories by applying described, hand-labelled edits.

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


NOTE = ("This story corrects an earlier version that said Russia illegally annexed Crimea in "
        "2016. The annexation happened in 2014.")


def cases(seeds: Path) -> dict[str, tuple[str, Ed]]:
    ap_head, ap = load(seeds / "ap-border-commission.txt", (11, 79))
    _, ap_tail = load(seeds / "ap-border-commission.txt", (83, 91), skip=("___", NOTE))
    b_rows = (seeds / "outlet-b-border-commission.txt").read_text(encoding="utf-8").splitlines()
    b = [r.strip() for r in b_rows if r.strip()]
    c_rows = (seeds / "outlet-c-border-commission.txt").read_text(encoding="utf-8").splitlines()
    c = [r.strip() for r in c_rows if r.strip()]
    b_head = "US and Russia agree to re-establish military dialogue"
    c_head = "US and Russia restore military communication after Abu Dhabi talks"
    ap_full = ap + ap_tail  # with "Burrows reported from London." and the coverage link
    crimea_old = ap[34].replace("2014", "2016")

    def AP(paras: list[str] | None = None) -> Ed:
        return Ed(ap_head, list(paras if paras is not None else ap))

    out: dict[str, tuple[str, Ed]] = {}

    def case(name: str, desc: str, ed: Ed) -> None:
        out[name] = (desc, ed)

    # --- The real AP correction and its variants -------------------------------------------
    old = ap_full[:34] + [crimea_old] + ap_full[35:]
    case("ap_crimea_fix_with_note",
         "The AP 2016->2014 fix, with the correction note appended after the coverage line.",
         Ed(ap_head, old).edit(34, "2016", "2014", "date", "number").add(35, NOTE))
    case("ap_crimea_fix_silent", "The 2016->2014 fix without a note.",
         AP(ap[:34] + [crimea_old]).edit(34, "2016", "2014", "date", "number"))
    case("ap_note_only", "Only a correction note added (text already right).",
         Ed(ap_head, ap_full).add_end(NOTE))
    case("ap_identical", "Identical versions.", AP())
    # --- Layout-only changes: no substantive change allowed ----------------------------------
    case("ap_straight_quotes", "Curly quotes and apostrophes made straight everywhere.",
         AP().each(lambda t: t.replace("\u201c", '"').replace("\u201d", '"')
                   .replace("\u2019", "'")))
    case("ap_whitespace_nbsp", "Double spaces, non-breaking spaces and soft hyphens.",
         AP().each(lambda t: t.replace(" the ", "  the ", 1).replace("U.S. ", "U.S.\u00a0", 1)
                   .replace("military", "mili\u00adtary", 1)))
    case("ap_subhead_case", "Subheads turned to title case.",
         AP().edit(5, "An effort to ease tensions", "An Effort to Ease Tensions", "cosmetic")
         .edit(12, "exchange prisoners following talks", "Exchange Prisoners Following Talks",
               "cosmetic"))
    case("ap_serial_comma", "A serial comma added and a dash spaced.",
         AP().edit(3, "American, Russian and Ukrainian", "American, Russian, and Ukrainian",
                   "cosmetic")
         .edit(0, "(AP) — The", "(AP) —The", "cosmetic"))
    case("ap_split_layout", "One paragraph split in two, no words changed.",
         AP().split(1, "Trump then campaigned"))
    case("ap_merge_layout", "Two short paragraphs merged, no words changed.",
         AP().merge(15, 16))
    case("ap_one_block_to_paragraphs",
         "An extraction that first gave the whole section as one block, then as paragraphs.",
         Ed(ap_head, [" ".join(ap[6:12])] + ap[12:20]).split(0, "In one such incident")
         .split(0, "Moscow has denied").split(0, "Moscow has repeatedly")
         .split(0, "NATO members").split(0, "In September"))
    # --- Numbers, dates, names ---------------------------------------------------------------
    case("ap_injured_count", "Three injured became four.",
         AP().edit(33, "Three people were injured", "Four people were injured", "number"))
    case("ap_prisoner_numbers", "Prisoner numbers corrected in two paragraphs.",
         AP().edit(17, "brought 157 Russian", "brought 175 Russian", "number")
         .edit(19, "among the 150 service", "among the 157 service", "number"))
    case("ap_percent", "A percentage fixed.",
         AP().edit(25, "a 31% increase", "a 13% increase", "number"))
    case("ap_death_toll_update", "Death toll updated and a figure added.",
         AP().edit(21, "said 55,000 Ukrainian", "said 56,000 Ukrainian", "number")
         .edit(26, "just over 40,000 wounded", "just over 41,000 wounded", "number"))
    case("ap_weekday", "A weekday corrected.",
         AP().edit(21, "broadcast late Wednesday", "broadcast late Tuesday", "date"))
    case("ap_month", "A month corrected.",
         AP().edit(11, "In September, a swarm", "In August, a swarm", "date"))
    case("ap_year_early", "A year corrected in the incident paragraph.",
         AP().edit(7, "in March 2023", "in March 2022", "date", "number"))
    case("ap_name_spelling", "A general's name misspelled, then fixed.",
         AP([p.replace("Grynkewich", "Grynkevich") for p in ap[:5]] + ap[5:])
         .edit(3, "Grynkevich", "Grynkewich", "name", "spelling"))
    case("ap_drone_name", "The drone's model name changed.",
         AP().edit(7, "MQ-9 Reaper drone", "MQ-9 Predator drone", "name"))
    case("ap_spelling", "Typos fixed.",
         AP([ap[0], ap[1].replace("campaigned", "campainged")] + ap[2:])
         .edit(1, "campainged", "campaigned", "spelling"))
    case("ap_title_change", "An official's title corrected (a name-like change).",
         AP().edit(28, "Ukrainian Economic Minister", "Ukrainian Defense Minister", "name"))
    # --- Quotes, meaning, attribution ---------------------------------------------------------
    case("ap_quote_words", "Words inside a quotation changed.",
         AP().edit(2, "a lasting peace,", "a durable peace,", "quote"))
    case("ap_quote_comma", "A comma inside a quotation removed.",
         AP().edit(19, "“overall, those released", "“overall those released", "quote"))
    case("ap_quote_added", "A quotation added to a paragraph.",
         AP().edit(23, "postwar Russian attacks.",
                   "postwar Russian attacks. “We need guarantees that work,” he said.",
                   "quote", "attribution", "added"))
    case("ap_negation_added", "A negation added.",
         AP([p.replace("have provided no information", "have provided information")
             for p in ap]).edit(15, "have provided information", "have provided no information",
                                "meaning"))
    case("ap_negation_removed", "A denial turned into an admission.",
         AP().edit(8, "Moscow has denied that", "Moscow has acknowledged that", "meaning"))
    case("ap_attribution_source", "The source of a figure changed.",
         AP().edit(25, "the advocacy group Human Rights Watch said", "the United Nations said",
                   "name", "attribution"))
    case("ap_attribution_verb", "A reporting verb changed.",
         AP().edit(23, "Zelenskyy has repeatedly said", "Zelenskyy has repeatedly claimed",
                   "attribution"))
    case("ap_antonym", "A plain antonym swap.",
         AP().edit(32, "plans to increase supplies", "plans to decrease supplies", "meaning"))
    # --- Ledes, additions, removals, moves ---------------------------------------------------
    case("ap_lede_rewrite", "The lede rewritten in place.",
         AP().rewrite(0, "KYIV, Ukraine (AP) — The U.S. and Russia on Thursday agreed to restore "
                         "high-level military dialogue for the first time in more than four "
                         "years, another sign of warming relations between the two countries "
                         "since President Donald Trump returned to office.", "rewrite", "removed"))
    case("ap_lede_heavy_rewrite", "The lede rewritten heavily, kept in its slot.",
         AP().rewrite(0, "KYIV, Ukraine (AP) — Washington and Moscow will restore high-level "
                         "military dialogue for the first time in more than four years, "
                         "officials said Thursday, as President Donald Trump pushes to end "
                         "the war in Ukraine.", "name", "attribution"))
    case("ap_update_top", "An update paragraph added at the top.",
         AP().add(None, "UPDATE: Talks in Abu Dhabi ended late Thursday without a joint "
                        "statement, officials said."))
    case("ap_update_after_lede", "Two update paragraphs added after the lede, one removed.",
         AP().add(0, "The announcement came hours after a second day of talks in the Emirati "
                     "capital ended with no public statement from the delegations.")
         .add(16, "Ukraine's foreign minister said more exchanges were planned for the coming "
                  "weeks, without giving numbers.")
         .remove(14))
    case("ap_section_removed", "The 'In other developments' section removed.",
         AP().remove(27, 28, 29, 30))
    case("ap_subheads_dropped", "Subheads dropped by a new extraction.",
         AP().remove(5, 12, 20, 27))
    case("ap_truncated", "A version cut off after the prisoner exchange section.",
         AP().remove(*range(20, 35)))
    case("ap_move_down", "A paragraph moved three places down.", AP().move(9, 12))
    case("ap_move_into_lede", "The Abu Dhabi paragraph moved to the top.", AP().move(3, 0))
    case("ap_move_section", "The Tusk paragraphs moved above the Starlink ones.",
         AP().move(31, 28).move(32, 28))
    case("ap_move_and_edit", "A paragraph moved and edited.",
         AP().move(22, 26).edit(22, "46,000", "45,000", "number"))
    case("ap_headline", "Headline changed, body kept.",
         AP().headline("US and Russia restore military hotline as Ukraine talks continue",
                       "headline", "rewrite"))
    case("ap_headline_number", "Headline figure changed.",
         Ed("Zelenskyy says 55,000 troops killed", ap[20:27])
         .headline("Zelenskyy says 56,000 troops killed", "headline", "number")
         .edit(1, "said 55,000", "said 56,000", "number"))
    case("ap_mixed_medium",
         "Medium rewrite: words changed, two added, one removed, one moved, a split.",
         AP().edit(0, "more than four years", "over four years", "rewrite")
         .edit(4, "roughly 1,000-kilometer (600-mile)", "roughly 1,200-kilometer (750-mile)",
               "number")
         .split(17, "Ukrainian officials said")
         .move(10, 7)
         .add(13, "Umerov said the talks were constructive but gave no details.")
         .add(33, "Air raid alerts sounded across much of Ukraine for several hours overnight.")
         .remove(14))
    case("ap_mixed_heavy", "Heavy rewrite across many paragraphs, with a merge.",
         AP().edit(1, "swiftly end", "quickly end", "rewrite")
         .edit(3, "entered a second day", "entered a third day", "number")
         .edit(6, "soared after", "rose sharply after", "rewrite")
         .edit(7, "a pair of Russian fighter jets", "two Russian fighter jets", "number")
         .merge(15, 16, "rewrite").edit(15, "Following the talks", "After the talks")
         .edit(21, "French TV channel France 2", "French broadcaster France 2", "rewrite")
         .edit(26, "Almost 15,000", "Nearly 15,000", "rewrite")
         .edit(29, "assaults have stopped", "assaults have slowed", "rewrite")
         .edit(33, "Three people", "Five people", "number")
         .remove(27).move(31, 28).add(34, "This story has been updated."))
    # --- Harder: heavy rewrites in another outlet's words, replacements in place --------------
    top = Ed(ap_head, [ap[0], ap[1], ap[2], ap[6], ap[7], ap[8]])
    top.rewrite(0, b[0], "name", "date")
    # "second term" -> "fourth anniversary" is a number-word swap: labelled number by the rules.
    top.rewrite(1, b[1] + " " + b[2], "name", "number", "spelling", "added", "rewrite")
    top.split(1, b[2][:20])
    top.rewrite(2, b[3] + " " + b[4], "name", "quote", "attribution", "rewrite")
    top.split(2, b[4][:20])
    top.rewrite(3, b[5], "name", "spelling", "rewrite")  # hotline -> hotlines
    top.rewrite(4, b[6], "name", "attribution", "rewrite")  # the American -> the US military said
    top.rewrite(5, b[7], "name", "spelling", "rewrite")
    case("ap_to_b_top", "The top of the AP story rewritten in another outlet's words: heavy "
         "edits and two splits with rewording.", top)
    pris = Ed(ap_head, ap[15:20])
    pris.rewrite(0, b[10], "added", "rewrite")
    pris.merge(1, 2).rewrite(1, b[11], "number", "date", "name", "attribution", "rewrite",
                             "removed", "spelling")
    pris.remove(3).rewrite(4, b[12], "name", "quote", "attribution", "number")
    case("ap_to_b_prisoners", "The prisoner-exchange section rewritten: a merge with rewording, "
         "a removal, a paraphrased quote.", pris)
    case("ap_replaced_in_slot", "Two paragraphs replaced by unrelated ones in the same place.",
         AP().add(15, "Ukraine's delegation said the next round of talks would take place in "
                      "Geneva later this month.").remove(15)
         .add(29, "SpaceX did not respond to a request for comment on the terminals.")
         .remove(29))
    dup = ["Advertisement"] + ap[:4] + ["Advertisement"] + ap[4:8] + ["Advertisement"]
    case("ap_repeated_furniture", "A repeated furniture paragraph, one of its copies removed.",
         AP(dup).remove(5))
    case("ap_split_with_edits", "A paragraph split and edited in both halves.",
         AP().edit(17, "brought 157 Russian", "brought 175 Russian", "number")
         .edit(17, "and seven civilians", "and eight civilians", "number")
         .split(17, "Ukrainian officials said"))
    case("ap_merge_with_edits", "Two paragraphs merged with rewording.",
         AP().merge(21, 22, "name").edit(21, "The last time Zelenskyy gave",
                                            "The last time he gave"))
    # --- Outlet B ------------------------------------------------------------------------------
    case("b_kremlin_typo", "A misspelled name (Kremling) fixed.",
         Ed(b_head, b[:19]).edit(7, "The Kremling said", "The Kremlin said", "name", "spelling"))
    case("b_drone_name", "Wrong drone name fixed.",
         Ed(b_head, b[:19]).edit(6, "MQ-9 Breacher drone", "MQ-9 Reaper drone", "name"))
    case("b_furniture_removed", "Page furniture at the end dropped.",
         Ed(b_head, b).remove(19, 20))
    case("b_split_and_merge", "One paragraph split, two merged.",
         Ed(b_head, b[:19]).split(4, "The trilateral talks produced")
         .merge(11, 12))
    case("b_hyphenation", "A hyphenated word closed up and quotes straightened.",
         Ed(b_head, b[:19]).each(lambda t: t.replace("re-establish", "reestablish")
                                 .replace("\u201c", '"').replace("\u201d", '"')))
    case("b_heading_moves", "A paragraph moved under another heading, one added.",
         Ed(b_head, b[:19]).move(17, 14).add(9, "Talks are expected to resume next week."))
    # --- Outlet C ------------------------------------------------------------------------------
    case("c_percent_words", "A percentage fixed in words.",
         Ed(c_head, c).edit(8, "rose by 31 percent", "rose by 26 percent", "number"))
    case("c_reorder", "Pure reordering: two paragraphs moved.",
         Ed(c_head, c).move(10, 2).move(3, 8))
    case("c_lede_and_add", "Lede edited, a paragraph added, one removed.",
         Ed(c_head, c).edit(0, "have agreed to reestablish", "agreed on Thursday to reestablish",
                            "date")
         .add(6, "Witkoff did not speak to reporters after the meeting.").remove(6))
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
