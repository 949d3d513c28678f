"""Charts for the HTML report: a story's versions over time, and archive-wide edits.

Each chart is a :class:`Chart`: a title, a description and a table (the text alternative, always
shown), plus inline SVG drawn by pygal when it is installed (the ``plots`` extra). pygal's SVG
carries a ``<style>``, a ``<script>`` and ``style=`` attributes, which the report's
Content-Security-Policy refuses; :func:`_clean` drops the first two and turns declarations into
presentation attributes (which CSP allows). Series differ by fill pattern and legend text, not
by colour alone: silent changes are hatched, disclosed ones solid, other changes hollow.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lxml import etree

from versiontrack.times import parse_utc

if TYPE_CHECKING:  # pragma: no cover
    from versiontrack.render.report.storypage import StoryPage

try:
    import pygal
except ImportError:  # the plots extra is not installed: tables only
    pygal = None

SVG_NS = "http://www.w3.org/2000/svg"
#: The series, in drawing order: (name, fill, stroke); "hatch" becomes the chart's own pattern.
SERIES = (("Silent (needed note missing)", "hatch", "#000"),
          ("Disclosed", "#555", "#000"),
          ("Other changes", "#fff", "#000"))
#: CSS properties pygal writes in ``style=`` that are also SVG presentation attributes.
_PRESENTATION = {"fill", "stroke", "stroke-width", "stroke-dasharray", "opacity", "fill-opacity",
                 "stroke-opacity", "font-size", "font-family", "text-anchor", "display",
                 "visibility"}


@dataclass(frozen=True)
class Chart:
    """A chart and its text alternative (``head`` and ``rows``); ``svg`` is "" without pygal."""

    title: str
    desc: str
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    svg: str = ""


@dataclass(frozen=True)
class Edit:
    """One step between versions of a story, as the index's charts count it."""

    when: str
    outlet: str
    changed: int
    silent: int
    disclosed: int

    def to_list(self) -> list[Any]:
        return [self.when, self.outlet, self.changed, self.silent, self.disclosed]

    @classmethod
    def from_list(cls, row: Sequence[Any]) -> Edit:
        return cls(str(row[0]), str(row[1]), int(row[2]), int(row[3]), int(row[4]))


def available() -> bool:
    """Whether charts get SVG (pygal is installed) or only their tables."""
    return pygal is not None


def story_edits(story: StoryPage) -> list[Edit]:
    """The story's audited steps: when the newer version was fetched, and its change counts."""
    out = []
    for t in story.transitions:
        v = story.by_number.get(t.b)
        if v is None:
            continue
        out.append(Edit(when=v.fetched_at, outlet=story.info.outlet or "",
                        changed=len(t.changes()), silent=len(t.silent()),
                        disclosed=len(t.disclosed())))
    return out


def _series_of(e: Edit) -> int:
    return 0 if e.silent else 1 if e.disclosed else 2


def story_timeline(story: StoryPage) -> Chart | None:
    """A dot per version after the first: time across, changed paragraphs up, marked by kind."""
    edits = story_edits(story)
    if not edits:
        return None
    rows = tuple((e.when, str(e.changed), str(e.silent), str(e.disclosed)) for e in edits)
    chart = Chart(
        title="Changes over time",
        desc=(f"{len(edits)} change{'s' if len(edits) != 1 else ''} after the first version; "
              "each dot is a new version, placed by when it was fetched and by how many "
              "paragraphs changed. Hatched: a change lacked a needed note; solid: disclosed; "
              "hollow: other changes."),
        head=("Fetched", "Paragraphs changed", "Silent", "Disclosed"), rows=rows)
    if pygal is None:
        return chart
    pc = pygal.DateTimeLine(**_config(chart.title), stroke=False, dots_size=6,
                            x_value_formatter=lambda d: d.strftime("%d %b %H:%M"),
                            x_label_rotation=20)
    for i, (name, _, _) in enumerate(SERIES):
        pts: list[Any] = [(w, e.changed) for e in edits
               if _series_of(e) == i and (w := parse_utc(e.when)) is not None]
        pc.add(name, pts or [None])
    return _with_svg(chart, pc)


def index_charts(edits: Iterable[Edit]) -> list[Chart]:
    """Edits over time (by month, or by day within one month) and silent vs disclosed changes by
    outlet."""
    edits = list(edits)
    if not edits:
        return []
    months = {e.when[:7] for e in edits}
    cut = 10 if len(months) == 1 else 7
    by_time: dict[str, list[int]] = {}
    for e in edits:
        by_time.setdefault(e.when[:cut], [0, 0, 0])[_series_of(e)] += 1
    periods = sorted(by_time)
    unit = "day" if cut == 10 else "month"
    over_time = Chart(
        title="Edits over time",
        desc=(f"New versions with changes, by {unit} of fetching, stacked by kind: hatched "
              "where a change lacked a needed note, solid where disclosed, hollow otherwise."),
        head=(unit.capitalize(), "Silent", "Disclosed", "Other"),
        rows=tuple((p, *map(str, by_time[p])) for p in periods))
    by_outlet: dict[str, list[int]] = {}
    for e in edits:
        c = by_outlet.setdefault(e.outlet or "(no outlet)", [0, 0])
        c[0] += e.silent
        c[1] += e.disclosed
    outlets = sorted(by_outlet, key=lambda o: (-sum(by_outlet[o]), o))[:15]
    outlet_chart = Chart(
        title="Silent and disclosed changes by outlet",
        desc=("Paragraph changes that lacked a needed note (hatched) and changes a note "
              "disclosed (solid), per outlet; the 15 outlets with most such changes."),
        head=("Outlet", "Silent", "Disclosed"),
        rows=tuple((o, *map(str, by_outlet[o])) for o in outlets))
    if pygal is None:
        return [over_time, outlet_chart]
    bars = pygal.StackedBar(**_config(over_time.title), x_label_rotation=20)
    bars.x_labels = periods
    for i, (name, _, _) in enumerate(SERIES):
        bars.add(name, [by_time[p][i] for p in periods])
    hbars = pygal.HorizontalBar(**_config(outlet_chart.title), print_values=True,
                                print_zeroes=False)
    hbars.x_labels = outlets
    for i, (name, _, _) in enumerate(SERIES[:2]):
        hbars.add(name, [by_outlet[o][i] for o in outlets])
    return [_with_svg(over_time, bars), _with_svg(outlet_chart, hbars)]


def _config(title: str) -> dict[str, Any]:
    # No CSS or JS of pygal's own (the page's stylesheet styles the chart); a fixed view box
    # that the stylesheet scales to the page's width.
    return {"title": title, "css": [], "js": [], "disable_xml_declaration": True,
            "no_prefix": True, "width": 720, "height": 300, "legend_at_bottom": True,
            "legend_at_bottom_columns": 3, "truncate_legend": -1, "show_y_guides": True,
            "include_x_axis": True, "order_min": 0,
            "classes": ["vt-chart"]}


def _with_svg(chart: Chart, pc: Any) -> Chart:
    svg = pc.render(is_unicode=True)
    return Chart(chart.title, chart.desc, chart.head, chart.rows, _clean(svg, chart))


def _clean(svg: str, chart: Chart) -> str:
    """pygal's SVG made fit for the report's CSP and for readers without colour: no ``<style>``,
    ``<script>``, comments or ``style=``; a ``<title>`` and ``<desc>``; patterned series."""
    root = etree.fromstring(svg.encode())
    for el in list(root.iter(f"{{{SVG_NS}}}style", f"{{{SVG_NS}}}script", etree.Comment)):
        el.getparent().remove(el)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        # pygal's ids serve its script only, and would repeat with two charts on a page.
        el.attrib.pop("id", None)
        style = el.attrib.pop("style", None)
        for decl in (style or "").split(";"):
            name, _, value = decl.partition(":")
            name, value = name.strip(), value.strip()
            if name in _PRESENTATION and value and "url(" not in value:
                el.set(name, value)
    # Ids unique on a page and stable across builds (unchanged pages are not rewritten).
    n = hashlib.sha256(chart.title.encode()).hexdigest()[:8]
    pattern = f"vt-hatch-{n}"
    defs = root.find(f"{{{SVG_NS}}}defs")
    if defs is None:
        defs = etree.SubElement(root, f"{{{SVG_NS}}}defs")
    pat = etree.SubElement(defs, f"{{{SVG_NS}}}pattern", id=pattern, width="6", height="6",
                           patternUnits="userSpaceOnUse", patternTransform="rotate(45)")
    etree.SubElement(pat, f"{{{SVG_NS}}}rect", width="6", height="6", fill="#fff")
    etree.SubElement(pat, f"{{{SVG_NS}}}line", x1="0", y1="0", x2="0", y2="6", stroke="#000",
                     **{"stroke-width": "3"})
    for el in root.iter():
        classes = (el.get("class") or "").split() if isinstance(el.tag, str) else []
        for c in classes:
            m = re.fullmatch(r"color-(\d+)", c)
            if m and int(m.group(1)) < len(SERIES):
                _, fill, stroke = SERIES[int(m.group(1))]
                el.set("fill", f"url(#{pattern})" if fill == "hatch" else fill)
                el.set("stroke", stroke)
        if "line" in classes and "reactive" in classes:
            el.set("fill", "none")
    root.set("role", "img")
    root.set("aria-labelledby", f"vt-chart-{n}-t vt-chart-{n}-d")
    title = etree.Element(f"{{{SVG_NS}}}title", id=f"vt-chart-{n}-t")
    title.text = chart.title
    desc = etree.Element(f"{{{SVG_NS}}}desc", id=f"vt-chart-{n}-d")
    desc.text = chart.desc
    root.insert(0, desc)
    root.insert(0, title)
    return str(etree.tostring(root, encoding="unicode"))


__all__ = ["SERIES", "Chart", "Edit", "available", "index_charts", "story_edits",
           "story_timeline"]
