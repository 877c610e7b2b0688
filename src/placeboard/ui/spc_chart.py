"""A Making Data Count chart of one metric for one place (pyqtgraph), its icons, and
the same numbers as a table.

The only module that imports pyqtgraph (it takes a quarter of a second): the Metrics
view imports it when first shown. White background and antialiasing are set on these
widgets, not in pyqtgraph's global options, so nothing else is touched.
"""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.spc import (
    COMMON_CAUSE,
    CONCERN,
    IMPROVEMENT,
    NEUTRAL,
    POINT_COLOURS,
    POINT_LABELS,
    RULE_LABELS,
)
from placeboard.services.metric_charts import MetricChart
from placeboard.ui.metric_model import format_number, format_value
from placeboard.ui.models.lines import LineProxy
from placeboard.ui.models.metric_models import SpcPointModel
from placeboard.ui.record_table import RecordTable
from placeboard.ui.spc_icons import IconWithText, assurance_text, variation_text

VALUE_COLOUR = "#425563"  # NHS dark grey: the line joining the values
MEAN_COLOUR = "#231F20"  # NHS black
LIMIT_COLOUR = "#768692"  # NHS mid grey, dashed
TARGET_COLOUR = "#DA291C"  # NHS red, dotted
REBASE_COLOUR = "#003087"  # NHS dark blue
NOTE_FILL = "#FFF1C2"
# A shape per kind of point as well as a colour, so colour is never the only carrier.
SYMBOLS = {COMMON_CAUSE: "o", IMPROVEMENT: "t1", CONCERN: "d", NEUTRAL: "s"}
LINE_KINDS = ("mean", "lower", "upper", "target")


def _pen(colour: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> Any:
    pen = pg.mkPen(QColor(colour), width=width)
    pen.setStyle(style)
    return pen


def _number(value: float, unit: str) -> str:
    return format_value(value, unit)


def point_tooltip(chart: MetricChart, index: int) -> str:
    """What hovering over a point says: period, value, its kind and the rule that fired."""
    point = chart.result.points[index]
    lines = [f"{chart.labels[index]}: {_number(point.value, chart.metric.unit)}"]
    lines.append(POINT_LABELS[point.point_type])
    if point.rule:
        lines.append(f"Rule: {RULE_LABELS[point.rule]}")
    lines.extend(f"Note: {text}" for text in chart.notes.get(index, []))
    rebase = next((r for r in chart.rebases if r.index == index), None)
    if rebase is not None:
        lines.append(f"Rebase: {rebase.reason}")
    return "\n".join(lines)


def chart_summary(chart: MetricChart) -> str:
    """The chart in one paragraph, for screen readers (the accessible description)."""
    unit = chart.metric.unit
    if not chart.values:
        return f"{chart.metric.name} for {chart.place_name}: no values yet."
    result = chart.result
    last = result.groups[-1]
    special = sum(1 for p in result.points if p.point_type != COMMON_CAUSE)
    parts = [
        f"{chart.metric.name} for {chart.place_name}: {len(chart.values)} values from "
        f"{chart.labels[0]} to {chart.labels[-1]}, the latest {_number(chart.values[-1], unit)}.",
        f"Mean {format_number(last.mean)}, process limits {format_number(last.lower)} to "
        f"{format_number(last.upper)}"
        + (f" (since the rebase in {chart.labels[last.start]})." if last.start else "."),
        f"{special} special-cause point{'s' if special != 1 else ''}.",
        f"Variation: {variation_text(result.variation)}.",
        f"Assurance: {assurance_text(result.assurance)}.",
    ]
    if chart.metric.target is not None:
        parts.insert(2, f"Target {_number(chart.metric.target, unit)}.")
    return " ".join(parts)


TICK_WIDTH = 80  # px a month or quarter label needs on the axis, with a gap


def tick_step(count: int, most: int) -> int:
    return max(1, math.ceil(count / most))


class SpcPlot(pg.PlotWidget):
    """The plot itself. `line_items[kind]` are the drawn mean, limits and target (one
    item per rebase group for the first three), for tests to read back."""

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.compact = compact
        self.setAntialiasing(True)
        self.chart: MetricChart | None = None
        self.line_items: dict[str, list[pg.PlotDataItem]] = {k: [] for k in LINE_KINDS}
        self.points_item: pg.ScatterPlotItem | None = None
        self.rebase_items: list[pg.InfiniteLine] = []
        self.note_items: list[pg.TextItem] = []
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)  # a board reads it; nothing to pan
        self.hideButtons()
        self.getPlotItem().showGrid(x=False, y=True, alpha=0.15)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(_pen(LIMIT_COLOUR, 1))
            axis.setTextPen(_pen(MEAN_COLOUR, 1))
        self.setMinimumHeight(150 if compact else 240)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so a screen reader can land on it

    # -- drawing -----------------------------------------------------------------------

    def set_chart(self, chart: MetricChart | None) -> None:
        self.chart = chart
        self.clear()
        self.line_items = {k: [] for k in LINE_KINDS}
        self.points_item = None
        self.rebase_items = []
        self.note_items = []
        if chart is None or not chart.values:
            return
        self._draw_lines(chart)
        self._draw_values(chart)
        self._draw_rebases(chart)
        self._draw_notes(chart)
        self._set_ticks(chart)
        self.getPlotItem().setXRange(-0.5, len(chart.values) - 0.5, padding=0.02)

    def _line(self, kind: str, xs: list[float], y: float, pen: Any) -> None:
        item = pg.PlotDataItem(xs, [y] * len(xs), pen=pen, antialias=True)
        self.addItem(item)
        self.line_items[kind].append(item)

    def _draw_lines(self, chart: MetricChart) -> None:
        width = 1.2 if self.compact else 1.6
        for group in chart.result.groups:
            xs = [group.start - 0.4, group.end - 0.6]  # each group's lines span its points
            self._line("mean", xs, group.mean, _pen(MEAN_COLOUR, width))
            dashed = _pen(LIMIT_COLOUR, width, Qt.PenStyle.DashLine)
            self._line("lower", xs, group.lower, dashed)
            self._line("upper", xs, group.upper, dashed)
        target = chart.metric.target
        if target is not None:
            pen = _pen(TARGET_COLOUR, width, Qt.PenStyle.DotLine)
            self._line("target", [-0.4, len(chart.values) - 0.6], target, pen)

    def _draw_values(self, chart: MetricChart) -> None:
        xs = list(range(len(chart.values)))
        self.addItem(pg.PlotDataItem(xs, chart.values, pen=_pen(VALUE_COLOUR, 1.2), antialias=True))
        kinds = [p.point_type for p in chart.result.points]
        size = 7 if self.compact else 10
        self.points_item = pg.ScatterPlotItem(
            x=xs,
            y=chart.values,
            data=xs,
            symbol=[SYMBOLS[k] for k in kinds],
            size=[size if k == COMMON_CAUSE else size + 3 for k in kinds],
            brush=[pg.mkBrush(POINT_COLOURS[k]) for k in kinds],
            pen=[pg.mkPen("w", width=0.8) for _ in kinds],
            hoverable=True,
            hoverSize=size + 6,
            tip=lambda x, y, data: point_tooltip(chart, int(data)),
            antialias=True,
        )
        self.addItem(self.points_item)

    def _draw_rebases(self, chart: MetricChart) -> None:
        for rebase in chart.rebases:
            if not rebase.index:
                continue
            line = pg.InfiniteLine(
                pos=rebase.index - 0.5,
                angle=90,
                pen=_pen(REBASE_COLOUR, 1.2, Qt.PenStyle.DashDotLine),
                label=None if self.compact else "Rebase",
                labelOpts={"position": 0.95, "color": REBASE_COLOUR, "anchors": [(0, 0), (0, 0)]},
            )
            line.setToolTip(f"Rebase from {rebase.label}: {rebase.reason}")
            self.addItem(line)
            self.rebase_items.append(line)

    def _draw_notes(self, chart: MetricChart) -> None:
        marks = [a for a in chart.annotations if a.index is not None]
        for number, note in enumerate(marks, start=1):
            assert note.index is not None
            item = pg.TextItem(
                str(number),
                color=MEAN_COLOUR,
                anchor=(0.5, 1.3),
                border=_pen(MEAN_COLOUR, 1),
                fill=pg.mkBrush(NOTE_FILL),
            )
            item.setPos(note.index, chart.values[note.index])
            self.addItem(item)
            self.note_items.append(item)

    def _set_ticks(self, chart: MetricChart) -> None:
        # As many period labels as fit the width ("Oct 2025" is some 60 px) and no more.
        fits = max(2, (self.width() - 60) // TICK_WIDTH)
        step = tick_step(len(chart.labels), min(fits, 4 if self.compact else 9))
        major = [(i, chart.labels[i]) for i in range(0, len(chart.labels), step)]
        self.getAxis("bottom").setTicks([major, [(i, "") for i in range(len(chart.labels))]])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if getattr(self, "chart", None) is not None and self.chart.values:
            self._set_ticks(self.chart)

    # -- reading back (tests and the table) --------------------------------------------

    def plotted(self, kind: str) -> list[tuple[float, float, float]]:
        """(first x, last x, y) of each drawn line of a kind, read from the plot items."""
        out = []
        for item in self.line_items[kind]:
            xs, ys = item.getData()
            out.append((float(xs[0]), float(xs[-1]), float(ys[0])))
        return out

    def tooltip(self, index: int) -> str:
        assert self.chart is not None
        return point_tooltip(self.chart, index)


LEGEND = (
    f'<span style="color:{VALUE_COLOUR}">●—</span> values &nbsp; '
    f'<span style="color:{MEAN_COLOUR}">——</span> mean &nbsp; '
    f'<span style="color:{LIMIT_COLOUR}">- - -</span> process limits &nbsp; '
    f'<span style="color:{TARGET_COLOUR}">·····</span> target &nbsp; '
    f'<span style="color:{REBASE_COLOUR}">-·-</span> rebase &nbsp; '
    f'<span style="color:{POINT_COLOURS[IMPROVEMENT]}">▲</span> improvement &nbsp; '
    f'<span style="color:{POINT_COLOURS[CONCERN]}">◆</span> concern &nbsp; '
    f'<span style="color:{POINT_COLOURS[NEUTRAL]}">■</span> neither &nbsp; '
    f'<span style="color:{POINT_COLOURS[COMMON_CAUSE]}">●</span> common cause'
)


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setAccessibleName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SpcChartView(QWidget):
    """A chart with its title, icons, legend, notes and warnings, and (unless compact)
    the table of the same numbers under it. Compact charts (small multiples) have a
    button that shows their table."""

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = compact
        self.chart: MetricChart | None = None
        self.title = _label("Chart title")
        font = QFont(self.title.font())
        font.setBold(True)
        if not compact:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.plot = SpcPlot(compact)
        self.variation = IconWithText("variation", 28 if compact else 44)
        self.assurance = IconWithText("assurance", 28 if compact else 44)
        self.legend = _label("Key to the chart")
        self.legend.setText(LEGEND)
        self.legend.setVisible(not compact)
        self.notes = _label("Notes on the chart")
        self.warnings = _label("Warnings about the chart")
        self.warnings.setStyleSheet("color: #8A1538;")
        self.model = SpcPointModel(self)
        self.proxy = LineProxy(self.model, self)
        self.table = RecordTable(
            self.proxy,
            "Chart numbers",
            "Every point of the chart: period, value, its group's mean and process limits, "
            "the kind of point and the rule that fired",
        )
        self.table.set_widths([80, 70, 70, 95, 95, 190, 280, 200], 7)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table_button: QToolButton | None = None
        self._lay_out()

    def _lay_out(self) -> None:
        icons = QVBoxLayout() if not self.compact else QHBoxLayout()
        icons.setSpacing(10)
        icons.addWidget(self.variation)
        icons.addWidget(self.assurance)
        if not self.compact:
            icons.addStretch(1)
            for widget in (self.variation, self.assurance):
                widget.setFixedWidth(210)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        if self.compact:
            layout.addLayout(icons)
            layout.addWidget(self.plot, 1)
        else:
            row = QHBoxLayout()
            row.addWidget(self.plot, 1)
            row.addLayout(icons)
            layout.addLayout(row, 3)
        layout.addWidget(self.legend)
        layout.addWidget(self.notes)
        layout.addWidget(self.warnings)
        if self.compact:
            self.table_button = QToolButton()
            self.table_button.setCheckable(True)
            self.table_button.setText("Show the numbers")
            self.table_button.toggled.connect(self._toggle_table)
            self.table.hide()
            layout.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignLeft)
            self.table.setMinimumHeight(160)
        layout.addWidget(self.table, 2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _toggle_table(self, shown: bool) -> None:
        assert self.table_button is not None
        self.table.setVisible(shown)
        self.table_button.setText("Hide the numbers" if shown else "Show the numbers")

    def set_chart(self, chart: MetricChart | None) -> None:
        self.chart = chart
        self.plot.set_chart(chart)
        self.model.set_chart(chart)
        self.variation.set_kind(chart.result.variation if chart else None)
        self.assurance.set_kind(chart.result.assurance if chart else None)
        self._set_texts(chart)

    def _set_texts(self, chart: MetricChart | None) -> None:
        if chart is None:
            for label in (self.title, self.notes, self.warnings):
                label.setText("")
            self.setAccessibleName("Chart")
            return
        place = chart.place_name
        self.title.setText(place if self.compact else f"{chart.metric.name} — {place}")
        summary = chart_summary(chart)
        name = f"Chart of {chart.metric.name} for {place}"
        for widget in (self, self.plot):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(summary)
        self.plot.setToolTip("" if chart.values else "No values yet")
        marks = [a for a in chart.annotations if a.index is not None]
        notes = [f"{n}. {a.label}: {a.text}" for n, a in enumerate(marks, start=1)]
        notes += [f"Rebase from {r.label}: {r.reason}" for r in chart.rebases if r.index]
        self.notes.setText("   ".join(notes))
        self.notes.setVisible(bool(notes))
        warnings = chart.result.warnings if chart.values else ["No values yet."]
        self.warnings.setText(" ".join(warnings))
        self.warnings.setVisible(bool(warnings))
        if self.table_button is not None:
            self.table_button.setAccessibleName(f"Show the numbers for {place}")
            self.table_button.setAccessibleDescription(
                "Show or hide the table of this chart's points, means and limits"
            )
            self.table.setAccessibleName(f"Chart numbers for {place}")
