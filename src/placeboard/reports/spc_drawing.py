"""A Making Data Count chart and its two icons as vector graphics (reportlab.graphics).

Drawn from the same `SpcResult` the screen draws (`ui/spc_chart.py`), in the same
colours and marker shapes: the values joined by a line, each rebase group's mean and
process limits, the target, special-cause points in the MDC palette (blue improvement,
orange concern, purple neither, grey common cause), rebases, numbered notes, month
labels and a legend. The icons follow `ui/spc_icons.py`: a ring in the colour of the
variation with a small run of points and H or L; a ring with P, F or ? over a target
line. Letters and words carry the meaning; colour only repeats it.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.graphics import shapes
from reportlab.graphics.shapes import _MOVETO, Drawing
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from placeboard.domain.periods import MONTH_ABBR
from placeboard.domain.spc import (
    COMMON_CAUSE,
    CONCERN,
    IMPROVEMENT,
    NEUTRAL,
    POINT_COLOURS,
)
from placeboard.reports.assurance_data import (
    MetricSeries,
    assurance_words,
    format_number,
    format_value,
    variation_words,
)
from placeboard.reports.fonts import BOLD, REGULAR, register_fonts

# The screen's colours (ui/spc_chart.py), so the pack and the window read alike.
VALUE_COLOUR = "#425563"  # NHS dark grey: the line joining the values
MEAN_COLOUR = "#231F20"  # NHS black
LIMIT_COLOUR = "#768692"  # NHS mid grey, dashed
TARGET_COLOUR = "#DA291C"  # NHS red, dotted
REBASE_COLOUR = "#003087"  # NHS dark blue, dash-dot
GRID_COLOUR = "#E8EDEE"  # NHS pale grey
PERIOD_FILL = "#E3EEF8"  # a pale NHS blue behind the pack's own period
PERIOD_TEXT = "#005EB8"  # NHS blue
NOTE_FILL = "#FFF1C2"
NO_ASSURANCE_COLOUR = "#AEB7BD"  # the assurance ring with no target: there, but empty
ASSURANCE_COLOURS = {
    "consistently_pass": POINT_COLOURS[IMPROVEMENT],
    "consistently_fail": POINT_COLOURS[CONCERN],
    "hit_and_miss": POINT_COLOURS[COMMON_CAUSE],
}
ASSURANCE_LETTERS = {"consistently_pass": "P", "consistently_fail": "F", "hit_and_miss": "?"}
# Small runs of points inside the variation icon, y from 0 (bottom) to 1 (top).
RUN_COMMON = (0.5, 0.6, 0.45, 0.55, 0.5, 0.6, 0.45)
RUN_HIGH = (0.3, 0.35, 0.3, 0.4, 0.7, 0.75, 0.8)
RUN_LOW = tuple(1 - y for y in RUN_HIGH)
# Words under the icons on the chart (no arrows: every font has these letters).
VARIATION_CAPTIONS = {
    "common_cause": "Common cause",
    "improvement_high": "Improvement (high)",
    "improvement_low": "Improvement (low)",
    "concern_high": "Concern (high)",
    "concern_low": "Concern (low)",
    "neutral_high": "Neither (high)",
    "neutral_low": "Neither (low)",
}
ASSURANCE_CAPTIONS = {
    "consistently_pass": "Consistently pass",
    "consistently_fail": "Consistently fail",
    "hit_and_miss": "Hit and miss",
}
NO_TARGET_CAPTION = "No target"
LEGEND_WORDS = {
    COMMON_CAUSE: "Common cause",
    IMPROVEMENT: "Improvement",
    CONCERN: "Concern",
    NEUTRAL: "Neither better nor worse",
}

LEGEND_BASE = 5.0  # the key's last row sits this far above the drawing's bottom edge
CHART_WIDTH = 170 * mm  # A4 portrait with 20 mm margins
CHART_HEIGHT = 78 * mm


@dataclass(frozen=True)
class ChartFonts:
    """Font names registered with reportlab (the defaults are reportlab's built-ins)."""

    regular: str = "Helvetica"
    bold: str = "Helvetica-Bold"


register_fonts()
# The packs' bundled Unicode TTF (DejaVu Sans): every name prints whole, "↑" included.
PACK_FONTS = ChartFonts(REGULAR, BOLD)


@cache
def colour(hex_text: str) -> Color:
    """The colour of "#RRGGBB" (one object per colour: shapes only read it)."""
    return HexColor(hex_text)


# -- shapes without attribute checks ------------------------------------------------------
# reportlab checks every attribute set on a shape against its attribute map
# (rl_config.shapeChecking): a help when drawing by hand, and a third of the time it
# takes to make a chart here, whose shapes are made by the code below from checked
# data. These are reportlab's shapes with that check left out; the renderers and
# Drawing.verify() treat them as the shapes they extend.


class _Unchecked:
    __setattr__ = object.__setattr__


class Circle(_Unchecked, shapes.Circle):
    pass


class Group(_Unchecked, shapes.Group):
    pass


class Line(_Unchecked, shapes.Line):
    pass


class Path(_Unchecked, shapes.Path):
    pass


class Polygon(_Unchecked, shapes.Polygon):
    pass


class PolyLine(_Unchecked, shapes.PolyLine):
    pass


class Rect(_Unchecked, shapes.Rect):
    pass


class String(_Unchecked, shapes.String):
    pass


class Shared(Group):
    """A part of a chart drawn alike on many charts (the key under it, the icon column):
    `key` says exactly what it shows, so a pack can draw it once and show it on every
    chart that has it (see assurance_pages.ChartFlowable). Anywhere else, a Group."""

    def __init__(self, key: Hashable) -> None:
        super().__init__()
        self.key = key


# -- shapes in bulk ---------------------------------------------------------------------
# A chart has a few hundred marks; one Path of many circles or segments renders far
# faster than as many shapes (reportlab pays per shape for its state and checks).

KAPPA = 0.5523  # control-point distance for a quarter circle of radius 1


def circles(centres: Sequence[tuple[float, float]], r: float, fill: str) -> Path:
    """Filled circles of radius `r`, as one Path (one subpath each)."""
    path = Path(fillColor=colour(fill), strokeColor=None)
    k = KAPPA * r
    for x, y in centres:
        path.moveTo(x + r, y)
        path.curveTo(x + r, y + k, x + k, y + r, x, y + r)
        path.curveTo(x - k, y + r, x - r, y + k, x - r, y)
        path.curveTo(x - r, y - k, x - k, y - r, x, y - r)
        path.curveTo(x + k, y - r, x + r, y - k, x + r, y)
        path.closePath()
    return path


def segments(pairs: Sequence[tuple[float, float, float, float]], ink: str, width: float) -> Path:
    """Separate straight lines (x1, y1, x2, y2), as one stroked Path."""
    path = Path(fillColor=None, strokeColor=colour(ink), strokeWidth=width)
    for x1, y1, x2, y2 in pairs:
        path.moveTo(x1, y1)
        path.lineTo(x2, y2)
    return path


def subpaths(path: Path) -> int:
    """How many circles or segments a bulk Path holds."""
    return path.operators.count(_MOVETO)


# -- icons ------------------------------------------------------------------------------


def variation_colour(kind: str) -> str:
    for prefix, point_type in (
        ("improvement", IMPROVEMENT),
        ("concern", CONCERN),
        ("neutral", NEUTRAL),
    ):
        if kind.startswith(prefix):
            return POINT_COLOURS[point_type]
    return POINT_COLOURS[COMMON_CAUSE]


def _ring(x: float, y: float, size: float, ring: str) -> tuple[Group, float]:
    """The icon's white disc with its coloured ring; and the ring's width."""
    width = max(1.2, size / 14)
    r = (size - width) / 2
    disc = Circle(x + size / 2, y + size / 2, r, fillColor=white, strokeColor=colour(ring))
    disc.strokeWidth = width
    return Group(disc), width


def _letter(text: str, cx: float, cy: float, size: float, ink: str, font: str) -> String:
    """A bold letter centred on (cx, cy)."""
    height = max(4.0, size * 0.34)
    return String(
        cx,
        cy - height * 0.36,
        text,
        fontName=font,
        fontSize=height,
        fillColor=colour(ink),
        textAnchor="middle",
    )


def draw_variation(
    x: float, y: float, size: float, kind: str, fonts: ChartFonts = PACK_FONTS
) -> Group:
    """The variation icon in the square (x, y, size): y is the bottom edge."""
    ring_colour = variation_colour(kind)
    group, _ = _ring(x, y, size, ring_colour)
    special = kind != COMMON_CAUSE
    high = kind.endswith("_high")
    run = RUN_COMMON if not special else RUN_HIGH if high else RUN_LOW
    left, span = x + size * 0.22, size * 0.56
    # From the top edge, as the screen's painter measures (its y grows downwards).
    top, height = (0.3, 0.4) if not special else ((0.52 if high else 0.18), 0.3)
    points = [
        (left + span * i / (len(run) - 1), y + size - size * (top + height * (1 - v)))
        for i, v in enumerate(run)
    ]
    grey = colour(POINT_COLOURS[COMMON_CAUSE])
    group.add(
        PolyLine([c for p in points for c in p], strokeColor=grey, strokeWidth=max(0.6, size / 28))
    )
    dot = max(0.8, size / 22)
    coloured = len(points) - 3 if special else len(points)  # the last three, when special
    group.add(circles(points[:coloured], dot, POINT_COLOURS[COMMON_CAUSE]))
    if special:
        group.add(circles(points[coloured:], dot, ring_colour))
    if special:
        centre = y + size - size * ((0.14 if high else 0.5) + 0.18)
        group.add(
            _letter("H" if high else "L", x + size / 2, centre, size, ring_colour, fonts.bold)
        )
    return group


def draw_assurance(
    x: float, y: float, size: float, kind: str | None, fonts: ChartFonts = PACK_FONTS
) -> Group:
    """The assurance icon in the square (x, y, size); an empty grey ring without a target."""
    ring_colour = ASSURANCE_COLOURS.get(kind or "", NO_ASSURANCE_COLOUR)
    group, width = _ring(x, y, size, ring_colour)
    target_y = y + size * 0.3
    target = Line(x + size * 0.2, target_y, x + size * 0.8, target_y)
    target.strokeColor = colour(TARGET_COLOUR)
    target.strokeWidth = max(0.7, width * 0.7)
    target.strokeDashArray = [2, 1.5]
    group.add(target)
    letter = ASSURANCE_LETTERS.get(kind or "", "–")
    centre = y + size - size * (0.14 + 0.25)
    group.add(_letter(letter, x + size / 2, centre, size, ring_colour, fonts.bold))
    return group


def variation_icon(kind: str, size: float = 12 * mm, fonts: ChartFonts = PACK_FONTS) -> Drawing:
    """The variation icon on its own, to sit beside its words in a table."""
    drawing = Drawing(size, size)
    drawing.add(draw_variation(0, 0, size, kind, fonts))
    return drawing


def assurance_icon(
    kind: str | None, size: float = 12 * mm, fonts: ChartFonts = PACK_FONTS
) -> Drawing:
    drawing = Drawing(size, size)
    drawing.add(draw_assurance(0, 0, size, kind, fonts))
    return drawing


# -- scales -----------------------------------------------------------------------------


def nice_step(span: float, most: int) -> float:
    """A round step (1, 2, 2.5 or 5 × 10^k) giving at most `most` intervals over `span`."""
    if span <= 0:
        return 1.0
    raw = span / max(1, most)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw * (1 - 1e-9):  # 0.6 / 6 is 0.10000000000000002
            return factor * power
    return 10 * power


def nice_ticks(low: float, high: float, most: int = 6) -> list[float]:
    """Round values from at or below `low` to at or above `high`."""
    if high < low:
        low, high = high, low
    if high == low:
        pad = abs(low) * 0.1 or 1.0
        low, high = low - pad, high + pad
    step = nice_step(high - low, most)
    first = math.floor(low / step + 1e-9) * step
    ticks = []
    value = first
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def month_ticks(labels: Sequence[str], most: int) -> list[int]:
    """The points to label: every point if they fit, else a round step of months (2,
    3, 6, 12 …) on months that start a quarter, a half or a year, so labels line up."""
    count = len(labels)
    if count <= most:
        return list(range(count))
    steps = (2, 3, 4, 6, 12, 24, 36, 60, 120)
    step = next((s for s in steps if math.ceil(count / s) <= most), steps[-1])
    months = [_month_of(label) for label in labels]
    if all(m is not None for m in months) and step in (2, 3, 4, 6, 12):
        return [i for i, m in enumerate(months) if m is not None and (m - 1) % step == 0]
    return list(range(0, count, step))


def _month_of(label: str) -> int | None:
    head = label.split(" ", 1)[0]
    return MONTH_ABBR.index(head) + 1 if head in MONTH_ABBR else None


def _split_label(label: str) -> tuple[str, str]:
    """ "Apr 2024" -> ("Apr", "2024"); "Q1 2024/25" -> ("Q1", "2024/25")."""
    head, _, tail = label.partition(" ")
    return head, tail


# -- the chart --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    """Where the plot sits in the drawing and how values map onto it."""

    left: float
    right: float
    bottom: float
    top: float
    low: float
    high: float
    count: int

    def x(self, index: float) -> float:
        slot = (self.right - self.left) / max(1, self.count)
        return self.left + (index + 0.5) * slot

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1.0
        return self.bottom + (value - self.low) / span * (self.top - self.bottom)


def _line(
    x1: float,
    y1: float,
    x2: float,
    y2: float,
    ink: str,
    width: float,
    dash: Sequence[float] | None = None,
) -> Line:
    line = Line(x1, y1, x2, y2, strokeColor=colour(ink), strokeWidth=width)
    if dash:
        line.strokeDashArray = list(dash)
    return line


def marker(kind: str, x: float, y: float, size: float) -> Polygon | Circle:
    """A point's marker: circle (common cause), triangle up (improvement), diamond
    (concern), square (neither) — the screen's shapes, so colour is never alone."""
    fill = colour(POINT_COLOURS[kind])
    r = size / 2
    if kind == IMPROVEMENT:
        points = [x - r * 1.1, y - r * 0.8, x + r * 1.1, y - r * 0.8, x, y + r * 1.1]
    elif kind == CONCERN:
        points = [x, y + r * 1.25, x + r * 1.1, y, x, y - r * 1.25, x - r * 1.1, y]
    elif kind == NEUTRAL:
        points = [x - r, y - r, x + r, y - r, x + r, y + r, x - r, y + r]
    else:
        return Circle(x, y, r, fillColor=fill, strokeColor=white, strokeWidth=0.5)
    return Polygon(points, fillColor=fill, strokeColor=white, strokeWidth=0.5)


def _value_range(series: MetricSeries) -> tuple[float, float]:
    lines = [v for g in series.result.groups for v in (g.lower, g.upper, g.mean)]
    found = [*series.values, *lines]
    if series.target is not None:
        found.append(series.target)
    return min(found), max(found)


def spc_chart(
    series: MetricSeries,
    width: float = CHART_WIDTH,
    height: float = CHART_HEIGHT,
    *,
    fonts: ChartFonts = PACK_FONTS,
    icons: bool = True,
    period: tuple[int, int] | None = None,
    period_label: str = "",
) -> Drawing:
    """The chart of one metric for one place. `period`: the first and last index of
    the points in the pack's period, shaded and labelled `period_label`.

    The drawing names what it drew, for checks: `special_markers` (a Group, one shape a
    special-cause point), `common_markers` (a Group of one Path, a circle a common-cause
    point: see `subpaths`), `labels` (the period labels under the axis) and `legend`."""
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=white, strokeColor=None))
    small = 7.0
    rows = _legend_rows(series, fonts, small, width)
    legend_height = LEGEND_BASE + len(rows) * (small + 5)
    icon_column = 62.0 if icons else 0.0
    if not series.values:
        drawing.add(
            String(
                width / 2,
                height / 2,
                f"{series.name}: no values yet.",
                fontName=fonts.regular,
                fontSize=9,
                fillColor=colour(MEAN_COLOUR),
                textAnchor="middle",
            )
        )
        drawing.add(Group(circles([], 1, POINT_COLOURS[COMMON_CAUSE])), name="common_markers")
        drawing.add(Group(), name="special_markers")
        return drawing
    low, high = _value_range(series)
    ticks = nice_ticks(low, high)
    tick_texts = [format_number(t) for t in ticks]
    # A little room when a line or point would sit on the frame's edge.
    room = (ticks[-1] - ticks[0]) * 0.03
    bottom_room = room if low - ticks[0] < room else 0.0
    top_room = room if ticks[-1] - high < room else 0.0
    widest = max(stringWidth(t, fonts.regular, small) for t in tick_texts)
    frame = _Frame(
        left=16 + widest + 4,
        right=width - icon_column - 6,
        bottom=legend_height + 2 * small + 10,
        top=height - 10,
        low=ticks[0] - bottom_room,
        high=ticks[-1] + top_room,
        count=len(series.values),
    )
    if period is not None:
        _draw_period(drawing, frame, period, period_label, fonts)
    _draw_grid(drawing, frame, ticks, tick_texts, series.unit, fonts, small)
    _draw_lines(drawing, frame, series, fonts, small)
    _draw_values(drawing, frame, series)
    _draw_notes(drawing, frame, series, fonts)
    _draw_months(drawing, frame, series.labels, fonts, small)
    _draw_legend(drawing, rows, fonts, small)
    if icons:
        _draw_icons(drawing, series, fonts, width - icon_column + 4, frame.top, icon_column - 4)
    return drawing


def _draw_period(
    drawing: Drawing, frame: _Frame, period: tuple[int, int], label: str, fonts: ChartFonts
) -> None:
    first, last = period
    slot = (frame.right - frame.left) / frame.count
    x1, x2 = frame.x(first) - slot / 2, frame.x(last) + slot / 2
    drawing.add(
        Rect(x1, frame.bottom, x2 - x1, frame.top - frame.bottom, fillColor=colour(PERIOD_FILL),
             strokeColor=None)
    )  # fmt: skip
    if label:
        drawing.add(
            String(
                (x1 + x2) / 2,
                frame.top + 2,
                label,
                fontName=fonts.bold,
                fontSize=6.5,
                fillColor=colour(PERIOD_TEXT),
                textAnchor="middle",
            )
        )


def _draw_grid(
    drawing: Drawing,
    frame: _Frame,
    ticks: Sequence[float],
    texts: Sequence[str],
    unit: str,
    fonts: ChartFonts,
    small: float,
) -> None:
    for value, text in zip(ticks, texts, strict=True):
        y = frame.y(value)
        drawing.add(_line(frame.left, y, frame.right, y, GRID_COLOUR, 0.5))
        drawing.add(
            String(
                frame.left - 4,
                y - small * 0.35,
                text,
                fontName=fonts.regular,
                fontSize=small,
                fillColor=colour(MEAN_COLOUR),
                textAnchor="end",
            )
        )
    drawing.add(_line(frame.left, frame.bottom, frame.right, frame.bottom, LIMIT_COLOUR, 0.7))
    drawing.add(_line(frame.left, frame.bottom, frame.left, frame.top, LIMIT_COLOUR, 0.7))
    if unit.strip():
        title = Group(
            String(0, 0, unit.strip(), fontName=fonts.regular, fontSize=small,
                   fillColor=colour(MEAN_COLOUR), textAnchor="middle"),
            transform=(0, 1, -1, 0, 8, (frame.bottom + frame.top) / 2),
        )  # fmt: skip
        drawing.add(title)


def _draw_lines(
    drawing: Drawing, frame: _Frame, series: MetricSeries, fonts: ChartFonts, small: float
) -> None:
    for group in series.result.groups:
        x1, x2 = frame.x(group.start - 0.4), frame.x(group.end - 0.6)
        drawing.add(_line(x1, frame.y(group.mean), x2, frame.y(group.mean), MEAN_COLOUR, 1.0))
        for value in (group.lower, group.upper):
            if frame.low <= value <= frame.high:
                y = frame.y(value)
                drawing.add(_line(x1, y, x2, y, LIMIT_COLOUR, 0.9, (4, 2.5)))
    if series.target is not None:
        y = frame.y(series.target)
        drawing.add(_line(frame.left, y, frame.right, y, TARGET_COLOUR, 1.1, (1, 1.8)))
        words = f"Target {format_value(series.target, series.unit)}"
        below = y > frame.top - small - 4  # no room above the line
        drawing.add(
            String(frame.left + 3, y - small if below else y + 2.5, words, fontName=fonts.bold,
                   fontSize=small - 0.5, fillColor=colour(TARGET_COLOUR))
        )  # fmt: skip
    for rebase in series.rebases:
        x = frame.x(rebase.index - 0.5)
        drawing.add(_line(x, frame.bottom, x, frame.top, REBASE_COLOUR, 0.9, (5, 2, 1, 2)))
        drawing.add(
            String(x + 2, frame.top - small, "Rebase", fontName=fonts.regular, fontSize=small - 0.5,
                   fillColor=colour(REBASE_COLOUR))
        )  # fmt: skip


def _draw_values(drawing: Drawing, frame: _Frame, series: MetricSeries) -> None:
    points = [c for i, v in enumerate(series.values) for c in (frame.x(i), frame.y(v))]
    if len(series.values) > 1:
        drawing.add(PolyLine(points, strokeColor=colour(VALUE_COLOUR), strokeWidth=0.9))
    slot = (frame.right - frame.left) / frame.count
    size = max(2.2, min(4.0, slot * 0.7))
    common: list[tuple[float, float]] = []
    special = Group()  # special causes one shape each, drawn last, on top
    for point in series.result.points:
        x, y = frame.x(point.index), frame.y(point.value)
        if point.point_type == COMMON_CAUSE:
            common.append((x, y))
        else:
            special.add(marker(point.point_type, x, y, size * 1.45))
    drawing.add(Group(circles(common, size / 2, POINT_COLOURS[COMMON_CAUSE])),
                name="common_markers")  # fmt: skip
    drawing.add(special, name="special_markers")


def _draw_notes(drawing: Drawing, frame: _Frame, series: MetricSeries, fonts: ChartFonts) -> None:
    """Numbered boxes over the points a note is about (the notes are listed below)."""
    marked = [n for n in series.notes if n.index is not None]
    for number, note in enumerate(marked, start=1):
        assert note.index is not None
        x, y = frame.x(note.index), frame.y(series.values[note.index]) + 6
        text = str(number)
        box = stringWidth(text, fonts.bold, 6) + 4
        drawing.add(
            Rect(x - box / 2, y, box, 8, fillColor=colour(NOTE_FILL),
                 strokeColor=colour(MEAN_COLOUR), strokeWidth=0.5)
        )  # fmt: skip
        drawing.add(
            String(x, y + 2, text, fontName=fonts.bold, fontSize=6,
                   fillColor=colour(MEAN_COLOUR), textAnchor="middle")
        )  # fmt: skip


def _draw_months(
    drawing: Drawing, frame: _Frame, labels: Sequence[str], fonts: ChartFonts, small: float
) -> None:
    heads = [_split_label(label)[0] for label in labels]
    wide = max((stringWidth(h, fonts.regular, small) for h in heads), default=10) + 5
    most = max(2, int((frame.right - frame.left) // wide))
    shown = month_ticks(labels, most)
    texts = Group()
    last_tail = ""
    wanted = set(shown)
    ticks = [
        (frame.x(i), frame.bottom, frame.x(i), frame.bottom - (3.5 if i in wanted else 1.8))
        for i in range(len(labels))
    ]
    drawing.add(segments(ticks, LIMIT_COLOUR, 0.5))
    for i in shown:
        head, tail = _split_label(labels[i])
        x = frame.x(i)
        y = frame.bottom - 4 - small
        texts.add(String(x, y, head, fontName=fonts.regular, fontSize=small,
                         fillColor=colour(MEAN_COLOUR), textAnchor="middle"))  # fmt: skip
        if tail and tail != last_tail:
            texts.add(String(x, y - small - 1, tail, fontName=fonts.bold, fontSize=small,
                             fillColor=colour(MEAN_COLOUR), textAnchor="middle"))  # fmt: skip
            last_tail = tail
    drawing.add(texts, name="labels")


def _legend_items(series: MetricSeries) -> list[tuple[str, str]]:
    """(what, words) in the order the legend reads."""
    items = [("values", "Values"), ("mean", "Mean"), ("limits", "Process limits")]
    if series.target is not None:
        items.append(("target", "Target"))
    if series.rebases:
        items.append(("rebase", "Rebase"))
    kinds = [NEUTRAL] if series.polarity == "neutral" else [IMPROVEMENT, CONCERN]
    items += [(k, LEGEND_WORDS[k]) for k in (*kinds, COMMON_CAUSE)]
    return items


def _legend_sample(what: str, x: float, y: float) -> list[Line | Polygon | Circle]:
    if what == "values":
        return [_line(x, y, x + 14, y, VALUE_COLOUR, 0.9), marker(COMMON_CAUSE, x + 7, y, 3)]
    if what == "mean":
        return [_line(x, y, x + 14, y, MEAN_COLOUR, 1.0)]
    if what == "limits":
        return [_line(x, y, x + 14, y, LIMIT_COLOUR, 0.9, (4, 2.5))]
    if what == "target":
        return [_line(x, y, x + 14, y, TARGET_COLOUR, 1.1, (1, 1.8))]
    if what == "rebase":
        return [_line(x + 7, y - 4, x + 7, y + 4, REBASE_COLOUR, 0.9, (3, 1.5, 1, 1.5))]
    return [marker(what, x + 7, y, 4.5)]


LegendRow = list[tuple[tuple[str, str], float]]  # ((what, words), width) in a row


def _legend_rows(
    series: MetricSeries, fonts: ChartFonts, small: float, width: float
) -> list[LegendRow]:
    """One row when the key fits, else the lines on one row and the kinds of point on the
    next."""
    items = _legend_items(series)
    widths = [18 + stringWidth(words, fonts.regular, small) + 10 for _, words in items]
    pairs = list(zip(items, widths, strict=True))
    if 16 + sum(widths) <= width:
        return [pairs]
    split = next(i for i, (what, _) in enumerate(items) if what in POINT_COLOURS)
    return [pairs[:split], pairs[split:]]


def _draw_legend(
    drawing: Drawing, rows: Sequence[LegendRow], fonts: ChartFonts, small: float
) -> None:
    """The key under the month labels, each sample beside its word."""
    legend = Shared(("spc-legend", tuple(map(tuple, rows)), fonts, small))
    y = LEGEND_BASE + (len(rows) - 1) * (small + 5)
    for row in rows:
        x = 16.0
        for (what, words), needed in row:
            for shape in _legend_sample(what, x, y + small * 0.3):
                legend.add(shape)
            legend.add(String(x + 18, y, words, fontName=fonts.regular, fontSize=small,
                              fillColor=colour(MEAN_COLOUR)))  # fmt: skip
            x += needed
        y -= small + 5
    drawing.add(legend, name="legend")


def _draw_icons(
    drawing: Drawing, series: MetricSeries, fonts: ChartFonts, x: float, top: float, width: float
) -> None:
    size = min(34.0, width - 8)
    left = x + (width - size) / 2
    centre = x + width / 2
    variation = series.result.variation
    assurance = series.result.assurance if series.target is not None else None
    column = Shared(("spc-icons", variation, assurance, fonts, x, top, width))
    y = top - size - 9
    for title, caption, draw, kind in (
        ("Variation", VARIATION_CAPTIONS.get(variation, VARIATION_CAPTIONS[COMMON_CAUSE]),
         draw_variation, variation),
        ("Assurance", ASSURANCE_CAPTIONS.get(assurance or "", NO_TARGET_CAPTION),
         draw_assurance, assurance),
    ):  # fmt: skip
        column.add(String(centre, y + size + 3, title, fontName=fonts.bold, fontSize=6.5,
                          fillColor=colour(MEAN_COLOUR), textAnchor="middle"))  # fmt: skip
        column.add(draw(left, y, size, kind, fonts))  # type: ignore[operator, arg-type]
        for n, line in enumerate(_wrap(caption, fonts.regular, 6.5, width)):
            column.add(String(centre, y - 8 - n * 7.5, line, fontName=fonts.regular,
                              fontSize=6.5, fillColor=colour(MEAN_COLOUR),
                              textAnchor="middle"))  # fmt: skip
        y -= size + 34
    drawing.add(column)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Words into lines no wider than `width`."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def icons_with_words(
    variation: str,
    assurance: str | None,
    width: float = CHART_WIDTH,
    *,
    fonts: ChartFonts = PACK_FONTS,
    size: float = 9 * mm,
) -> Table:
    """Both icons, each beside its full words ("Special cause improvement (higher)"), for
    a summary line or under a chart drawn without its icon column."""
    style = ParagraphStyle("iconWords", fontName=fonts.regular, fontSize=8, leading=10)
    bold = ParagraphStyle("iconTitle", parent=style, fontName=fonts.bold)
    half = width / 2
    cells = [
        variation_icon(variation, size, fonts),
        [Paragraph("Variation", bold), Paragraph(variation_words(variation), style)],
        assurance_icon(assurance, size, fonts),
        [Paragraph("Assurance", bold), Paragraph(assurance_words(assurance), style)],
    ]
    table = Table([cells], colWidths=[size + 6, half - size - 6, size + 6, half - size - 6])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
