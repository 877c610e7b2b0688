"""A Making Data Count chart of one metric for one place (pyqtgraph), its icons, and
the same numbers as a table (the chart's "Data" tab), which a screen reader or a
keyboard user reads instead of the chart.

The only module that imports pyqtgraph (it takes a quarter of a second): the Metrics
view imports it when first shown. Background and antialiasing are set on these widgets,
not in pyqtgraph's global options, so nothing else is touched. In high contrast the
chart takes the palette's colours (lines told apart by their dashes, points by their
shapes) and redraws itself when the look changes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.spc import (
    COMMON_CAUSE,
    CONCERN,
    IMPROVEMENT,
    NEUTRAL,
    POINT_LABELS,
    RULE_LABELS,
)
from placeboard.domain.vocab import FREQUENCIES
from placeboard.services.metric_charts import MetricChart
from placeboard.ui.metric_model import format_number, format_value
from placeboard.ui.models.lines import LineProxy
from placeboard.ui.models.spc_table_model import SpcTableModel
from placeboard.ui.record_table import RecordTable
from placeboard.ui.spc_icons import SCREEN_COLOURS, IconWithText, assurance_text, variation_text
from placeboard.ui.style import colour, high_contrast, look

# On the white chart: text 4.5:1 or better, lines and points 3:1 or better.
BACKGROUND = "#FFFFFF"
VALUE_COLOUR = "#425563"  # NHS dark grey: the line joining the values (7.6:1)
MEAN_COLOUR = "#231F20"  # NHS black (16:1); also the axes' text
LIMIT_COLOUR = "#768692"  # NHS mid grey, dashed (3.8:1)
TARGET_COLOUR = "#DA291C"  # NHS red, dotted (4.9:1)
REBASE_COLOUR = "#003087"  # NHS dark blue (12:1)
NOTE_FILL = "#FFF1C2"
WARNING_COLOUR = "#8A1538"  # NHS dark red, for the warnings under the chart
# A shape per kind of point as well as a colour, so colour is never the only carrier.
SYMBOLS = {COMMON_CAUSE: "o", IMPROVEMENT: "t1", CONCERN: "d", NEUTRAL: "s"}
LINE_KINDS = ("mean", "lower", "upper", "target")
TEXT = QPalette.ColorRole.Text
COUNTED = {"monthly": "months", "quarterly": "quarters", "annual": "years"}
ASSURED = {
    "consistently_pass": "target consistently met",
    "consistently_fail": "target consistently missed",
    "hit_and_miss": "target hit and missed",
}


def ink(own: str) -> QColor:
    """A colour of the chart: its own, or the palette's text colour in high contrast."""
    return colour(own, TEXT)


def point_ink(kind: str) -> QColor:
    """Special causes in the palette's highlight in high contrast, the rest as text."""
    role = TEXT if kind == COMMON_CAUSE else QPalette.ColorRole.Highlight
    return colour(SCREEN_COLOURS[kind], role)


def _pen(own: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> Any:
    pen = pg.mkPen(ink(own), width=width)
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


def chart_headline(chart: MetricChart) -> str:
    """The chart in a sentence: "Emergency admissions per 1,000 for Blackpool, 24 months
    to Oct 2026: latest 12.4, special cause improvement (higher), target consistently
    met." """
    where = f"{chart.metric.name} for {chart.place_name}"
    if not chart.values:
        return f"{where}: no values yet."
    count = len(chart.values)
    counted = COUNTED.get(chart.metric.frequency, "values")
    if count == 1:
        counted = counted.removesuffix("s")
    variation = variation_text(chart.result.variation)
    variation = variation[0].lower() + variation[1:]
    assured = ASSURED.get(chart.result.assurance or "", "no target")
    latest = _number(chart.values[-1], chart.metric.unit)
    return (
        f"{where}, {count} {counted} to {chart.labels[-1]}: latest {latest}, "
        f"{variation}, {assured}."
    )


def chart_summary(chart: MetricChart) -> str:
    """The chart in one paragraph, for screen readers (the accessible description): the
    headline, then the lines and the count of special causes."""
    unit = chart.metric.unit
    if not chart.values:
        return chart_headline(chart)
    result = chart.result
    last = result.groups[-1]
    special = sum(1 for p in result.points if p.point_type != COMMON_CAUSE)
    parts = [
        chart_headline(chart),
        f"From {chart.labels[0]}.",
        f"Mean {format_number(last.mean)}, process limits {format_number(last.lower)} to "
        f"{format_number(last.upper)}"
        + (f" (since the rebase in {chart.labels[last.start]})." if last.start else "."),
        f"{special} special-cause point{'s' if special != 1 else ''}.",
        f"Variation: {variation_text(result.variation)}.",
        f"Assurance: {assurance_text(result.assurance)}.",
        "A table beside the chart lists every point.",
    ]
    if chart.metric.target is not None:
        parts.insert(3, f"Target {_number(chart.metric.target, unit)}.")
    return " ".join(parts)


def icon_meanings(chart: MetricChart | None) -> str:
    """What the two icons say, in words (above the chart's table)."""
    if chart is None:
        return ""
    frequency = FREQUENCIES.get(chart.metric.frequency, chart.metric.frequency)
    target = chart.metric.target
    aim = {"higher": "higher is better", "lower": "lower is better"}.get(
        chart.metric.polarity, "neither higher nor lower is better"
    )
    parts = [
        f"Variation: {variation_text(chart.result.variation)}.",
        f"Assurance: {assurance_text(chart.result.assurance)}.",
        f"{frequency}; {aim}"
        + (f"; target {_number(target, chart.metric.unit)}." if target is not None else "."),
    ]
    return " ".join(parts)


def tick_step(count: int, most: int) -> int:
    return max(1, math.ceil(count / most))


class SpcPlot(pg.PlotWidget):
    """The plot itself. `line_items[kind]` are the drawn mean, limits and target (one
    item per rebase group for the first three), for tests to read back."""

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=colour(BACKGROUND, QPalette.ColorRole.Base))
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
        self._colour_axes()
        self._look = look()
        line = self.fontMetrics().height()  # sizes in lines of text: they grow with it
        self.setMinimumHeight(line * (9 if compact else 14))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so a screen reader can land on it

    def _colour_axes(self) -> None:
        self.setBackground(colour(BACKGROUND, QPalette.ColorRole.Base))
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(_pen(LIMIT_COLOUR, 1))
            axis.setTextPen(_pen(MEAN_COLOUR, 1))
            axis.setStyle(tickFont=self.font())

    def changeEvent(self, event: QEvent) -> None:
        """High contrast turned on or off (or its palette changed): draw again."""
        super().changeEvent(event)
        changes = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)
        if event.type() in changes and getattr(self, "_look", None) not in (None, look()):
            self._look = look()
            self._colour_axes()
            self.set_chart(self.chart)

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
            brush=[pg.mkBrush(point_ink(k)) for k in kinds],
            pen=[pg.mkPen(colour(BACKGROUND, QPalette.ColorRole.Base), width=0.8) for _ in kinds],
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
                labelOpts={
                    "position": 0.95,
                    "color": ink(REBASE_COLOUR),
                    "anchors": [(0, 0), (0, 0)],
                },
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
                color=ink(MEAN_COLOUR),
                anchor=(0.5, 1.3),
                border=_pen(MEAN_COLOUR, 1),
                fill=pg.mkBrush(colour(NOTE_FILL, QPalette.ColorRole.Base)),
            )
            item.setPos(note.index, chart.values[note.index])
            self.addItem(item)
            self.note_items.append(item)

    def _set_ticks(self, chart: MetricChart) -> None:
        # As many period labels as fit the width and no more.
        metrics = self.fontMetrics()
        label = metrics.horizontalAdvance("Oct 2025") + 2 * metrics.averageCharWidth()
        fits = max(2, (self.width() - label // 2) // label)
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


LEGEND_ITEMS = (
    (VALUE_COLOUR, "●—", "values"),
    (MEAN_COLOUR, "——", "mean"),
    (LIMIT_COLOUR, "- - -", "process limits"),
    (TARGET_COLOUR, "·····", "target"),
    (REBASE_COLOUR, "-·-", "rebase"),
    (SCREEN_COLOURS[IMPROVEMENT], "▲", "improvement"),
    (SCREEN_COLOURS[CONCERN], "◆", "concern"),
    (SCREEN_COLOURS[NEUTRAL], "■", "neither"),
    (SCREEN_COLOURS[COMMON_CAUSE], "●", "common cause"),
)


def legend_html() -> str:
    """The key: each mark in its colour beside its word (no colours in high contrast)."""
    if high_contrast():
        return " &nbsp; ".join(f"{mark} {word}" for _own, mark, word in LEGEND_ITEMS)
    return " &nbsp; ".join(
        f'<span style="color:{own}">{mark}</span> {word}' for own, mark, word in LEGEND_ITEMS
    )


# The widest text each column of the table usually holds (the notes take the rest).
SAMPLES = (
    "Sep 2025", "12,345.67", "12,345.67", "12,345.67", "12,345.67", "12,345.67",
    POINT_LABELS[IMPROVEMENT], max(RULE_LABELS.values(), key=len).capitalize(), "",
)  # fmt: skip


def column_widths(table: QTableView, samples: Sequence[str]) -> list[int]:
    """Starting widths that fit each header (bold, with its sort arrow) and a sample of
    its text, measured in the table's font so that they grow with the system's text
    size (pixel widths would cut the words short)."""
    header = QFont(table.horizontalHeader().font())
    header.setBold(True)
    heads, cells = QFontMetrics(header), table.fontMetrics()
    pad = 2 * cells.averageCharWidth()
    model = table.model()
    names = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(samples))]
    return [
        max(heads.horizontalAdvance(name) + heads.height(), cells.horizontalAdvance(sample)) + pad
        for name, sample in zip(names, samples, strict=True)
    ]


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setAccessibleName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SpcChartView(QWidget):
    """A chart with its title, icons, legend, notes and warnings, and the table of the
    same numbers: a "Chart" and a "Data" tab, the icons' meanings in words above the
    table. Compact charts (small multiples) have a button that shows their table."""

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
        self.variation = IconWithText("variation", 1.8 if compact else 2.8)
        self.assurance = IconWithText("assurance", 1.8 if compact else 2.8)
        self.legend = _label("Key to the chart")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(legend_html())
        self._legend_look = high_contrast()
        if compact:  # setVisible(True) now would show the unparented label as a window
            self.legend.hide()
        self.notes = _label("Notes on the chart")
        self.warnings = _label("Warnings about the chart")
        self.warnings.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.meanings = _label("What the chart's icons say")
        self.model = SpcTableModel(self)
        self.proxy = LineProxy(self.model, self)
        self.table = RecordTable(
            self.proxy,
            "Chart numbers",
            "Every point of the chart: period, value, its group's mean and process limits, "
            "the target, whether it is a special cause and the rule that fired",
        )
        self.table.setObjectName("chartNumbers")
        self.table.set_widths(column_widths(self.table, SAMPLES), SpcTableModel.NOTE)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table_button: QToolButton | None = None
        self.tabs: QTabWidget | None = None
        self._lay_out()

    def _icons(self) -> QHBoxLayout:
        """The two icons side by side above the plot, which keeps the pane's width."""
        icons = QHBoxLayout()
        icons.setSpacing(10)
        icons.addWidget(self.variation, 1)
        icons.addWidget(self.assurance, 1)
        return icons

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        if self.compact:
            layout.addLayout(self._icons())
            layout.addWidget(self.plot, 1)
            layout.addWidget(self.legend)
            layout.addWidget(self.notes)
            layout.addWidget(self.warnings)
            self.table_button = QToolButton()
            self.table_button.setCheckable(True)
            self.table_button.setText("Show the numbers")
            self.table_button.toggled.connect(self._toggle_table)
            self.table.hide()
            self.meanings.hide()
            layout.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignLeft)
            self.table.setMinimumHeight(self.fontMetrics().height() * 9)
            layout.addWidget(self.meanings)
            layout.addWidget(self.table, 2)
        else:
            self.tabs = self._chart_and_data()
            layout.addWidget(self.tabs, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _chart_and_data(self) -> QTabWidget:
        """The chart on one tab, its numbers on the other (the whole height for each)."""
        chart_page = QWidget()
        chart_page.setAccessibleName("Chart")
        chart = QVBoxLayout(chart_page)
        chart.setContentsMargins(6, 6, 6, 6)
        chart.setSpacing(4)
        chart.addLayout(self._icons())
        chart.addWidget(self.plot, 1)
        chart.addWidget(self.legend)
        chart.addWidget(self.notes)
        chart.addWidget(self.warnings)
        data_page = QWidget()
        data_page.setAccessibleName("Chart data")
        data = QVBoxLayout(data_page)
        data.setContentsMargins(6, 6, 6, 6)
        data.setSpacing(4)
        data.addWidget(self.meanings)
        data.addWidget(self.table, 1)
        tabs = QTabWidget()
        tabs.setObjectName("chartDataTabs")
        tabs.setAccessibleName("Chart or its data")
        tabs.setAccessibleDescription(
            "The chart, or the same numbers as a table with the icons' meanings in words"
        )
        tabs.addTab(chart_page, "&Chart")
        tabs.setTabToolTip(0, "The Making Data Count chart, with its icons and key")
        tabs.addTab(data_page, "&Data")
        tabs.setTabToolTip(1, "Every point of the chart as a table")
        tabs.tabBar().setAccessibleName("Chart or data tabs")
        return tabs

    def _toggle_table(self, shown: bool) -> None:
        assert self.table_button is not None
        self.table.setVisible(shown)
        self.meanings.setVisible(shown)
        self.table_button.setText("Hide the numbers" if shown else "Show the numbers")

    def set_chart(self, chart: MetricChart | None) -> None:
        self.chart = chart
        self.plot.set_chart(chart)
        self.model.set_chart(chart)
        self.variation.set_kind(chart.result.variation if chart else None)
        self.assurance.set_kind(chart.result.assurance if chart else None)
        self._set_texts(chart)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange and self._legend_look != high_contrast():
            self._legend_look = high_contrast()  # turned on or off: colours in the key or not
            self.legend.setText(legend_html())

    def _set_texts(self, chart: MetricChart | None) -> None:
        self.meanings.setText(icon_meanings(chart))
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
        self.plot.setToolTip(chart_headline(chart))
        self.table.setAccessibleDescription(
            f"The numbers of the chart, a row a point. {chart_headline(chart)}"
        )
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
