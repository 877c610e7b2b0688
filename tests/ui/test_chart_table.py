"""The SPC chart's data table: the same points, limits and target as the chart draws,
the special causes and the icons in words, kept in step when the metric or the place
changes; and the chart's accessible name and one-sentence summary."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from placeboard.domain.spc import POINT_LABELS, RULE_LABELS
from placeboard.services import Services
from placeboard.services.metric_charts import MetricChart
from placeboard.ui.metric_model import format_number
from placeboard.ui.metrics_view import MetricsView
from placeboard.ui.models.spc_table_model import SpcTableModel
from placeboard.ui.spc_chart import ASSURED, SpcChartView, chart_headline, icon_meanings
from placeboard.ui.spc_icons import assurance_text, variation_text

SMOKING = "Smoking cessation: 4-week quit rate"  # Blackburn: special cause improvement
URGENT = "2-hour urgent community response seen within 2 hours"  # target 70
STAY = "Average length of hospital stay"  # Blackpool: a rebase


def named(services: Services, metric: str) -> str:
    return next(m.id for m in services.metrics.list_metrics() if m.name == metric)


def place(services: Services, name: str) -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


@pytest.fixture
def view(qtbot: QtBot, demo_services: Services) -> Iterator[MetricsView]:
    v = MetricsView(demo_services, QUndoStack())
    qtbot.addWidget(v)
    v.set_place(place(demo_services, "Blackburn with Darwen"))
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    yield v


def rows(chart_view: SpcChartView) -> list[list[str]]:
    proxy = chart_view.proxy
    return [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def expected_rows(chart: MetricChart) -> list[list[str]]:
    """The rows the table must hold, from the chart's own result."""
    target = chart.metric.target
    out = []
    for p in chart.result.points:
        group = chart.result.groups[p.group]
        out.append(
            [
                chart.labels[p.index],
                *(format_number(n) for n in (p.value, group.mean, group.lower, group.upper)),
                "No target" if target is None else format_number(target),
                POINT_LABELS[p.point_type],
                RULE_LABELS[p.rule].capitalize() if p.rule else "",
            ]
        )
    return out


def plotted(chart_view: SpcChartView) -> list[list[str]]:
    """The same columns read back from what the plot drew: each point's x and y, and the
    mean, limits and target lines over it."""
    plot = chart_view.plot
    assert plot.points_item is not None and plot.chart is not None
    chart = plot.chart
    lines = {kind: plot.plotted(kind) for kind in ("mean", "lower", "upper", "target")}

    def over(kind: str, x: float) -> str:
        drawn = [y for start, end, y in lines[kind] if start <= x <= end]
        return format_number(drawn[0]) if drawn else "No target"

    out = []
    for spot in sorted(plot.points_item.points(), key=lambda s: s.pos().x()):
        x, y = spot.pos().x(), spot.pos().y()
        point = chart.result.points[int(x)]
        out.append(
            [
                chart.labels[int(x)],
                format_number(y),
                over("mean", x),
                over("lower", x),
                over("upper", x),
                over("target", x),
                POINT_LABELS[point.point_type],
                RULE_LABELS[point.rule].capitalize() if point.rule else "",
            ]
        )
    return out


def test_table_rows_are_the_chart_s_points_and_limits(view: MetricsView) -> None:
    view.select_metric(named(view.services, SMOKING))
    chart_view = view.chart_view
    chart = chart_view.chart
    assert chart is not None and chart.values
    assert chart_view.model.COLUMNS == SpcTableModel.COLUMNS
    table = [row[:8] for row in rows(chart_view)]
    assert len(table) == len(chart.values) == len(chart_view.plot.points_item.points())
    assert table == expected_rows(chart) == plotted(chart_view)
    assert any(row[6].startswith("Special cause") for row in table)
    assert any(row[7] for row in table)  # the rule that fired, in words


def test_the_target_is_in_every_row_when_the_metric_has_one(view: MetricsView) -> None:
    view.select_metric(named(view.services, URGENT))
    chart_view = view.chart_view
    assert chart_view.chart is not None and chart_view.chart.metric.target == 70
    assert {row[SpcTableModel.TARGET] for row in rows(chart_view)} == {"70"}
    assert [row[:8] for row in rows(chart_view)] == plotted(chart_view)  # the dotted line


def test_switching_the_metric_or_the_place_updates_chart_and_table(view: MetricsView) -> None:
    chart_view = view.chart_view
    view.select_metric(named(view.services, SMOKING))
    before = rows(chart_view)
    view.select_metric(named(view.services, STAY))
    chart = chart_view.chart
    assert chart is not None and chart.metric.name == STAY
    after = [row[:8] for row in rows(chart_view)]
    assert after != [row[:8] for row in before]
    assert after == expected_rows(chart) == plotted(chart_view)
    # Another place: the same metric, that place's numbers in both.
    view.set_place(place(view.services, "Blackpool"))
    chart = chart_view.chart
    assert chart is not None and chart.place_name == "Blackpool" and chart.metric.name == STAY
    assert len(chart.result.groups) == 2  # Blackpool's rebase: two sets of limits
    blackpool = [row[:8] for row in rows(chart_view)]
    assert blackpool == expected_rows(chart) == plotted(chart_view)
    assert len({(row[2], row[3], row[4]) for row in blackpool}) == 2


def test_icon_meanings_are_in_words_above_the_table(view: MetricsView) -> None:
    view.select_metric(named(view.services, SMOKING))
    chart_view = view.chart_view
    chart = chart_view.chart
    assert chart is not None and chart_view.tabs is not None
    chart_view.tabs.setCurrentIndex(1)
    assert chart_view.tabs.tabText(1) == "&Data"
    assert chart_view.meanings.isVisible() and chart_view.table.isVisible()
    words = chart_view.meanings.text()
    assert words == icon_meanings(chart)
    assert variation_text(chart.result.variation) in words
    assert assurance_text(chart.result.assurance) in words
    layout = chart_view.meanings.parentWidget().layout()
    assert layout.indexOf(chart_view.meanings) < layout.indexOf(chart_view.table)
    # A keyboard user gets there: the tab bar takes focus, the table too.
    assert chart_view.tabs.tabBar().focusPolicy() & Qt.FocusPolicy.TabFocus
    assert chart_view.table.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_chart_has_a_name_and_a_summary(view: MetricsView) -> None:
    view.select_metric(named(view.services, SMOKING))
    plot = view.chart_view.plot
    chart = view.chart_view.chart
    assert chart is not None
    assert plot.accessibleName() == f"Chart of {SMOKING} for Blackburn with Darwen"
    headline = chart_headline(chart)
    assert headline == (
        f"{SMOKING} for Blackburn with Darwen, 48 months to {chart.labels[-1]}: latest "
        f"{format_number(chart.values[-1])}%, special cause improvement (higher), no target."
    )
    assert plot.accessibleDescription().startswith(headline)
    view.select_metric(named(view.services, URGENT))
    urgent = view.chart_view.chart
    assert urgent is not None and urgent.result.assurance is not None
    assert f", {ASSURED[urgent.result.assurance]}." in plot.accessibleDescription()


def test_small_multiples_keep_their_numbers_behind_a_button(
    view: MetricsView, qtbot: QtBot
) -> None:
    view.select_metric(named(view.services, STAY))
    view.tabs.setCurrentWidget(view.places_area)
    shown = [c for c in view.place_charts if c.isVisibleTo(view)]
    assert len(shown) == 4
    for chart_view in shown:
        assert chart_view.table_button is not None and not chart_view.table.isVisibleTo(view)
        chart_view.table_button.click()
        assert chart_view.table.isVisibleTo(view) and chart_view.meanings.isVisibleTo(view)
        assert chart_view.chart is not None
        assert [r[:8] for r in rows(chart_view)] == expected_rows(chart_view.chart)


def test_the_rag_history_chart_has_its_steps_in_words(qtbot: QtBot) -> None:
    """The other chart (a priority's RAG over time, drawn with QPainter) is read as text."""
    from datetime import date

    from placeboard.domain.rag import RagStep
    from placeboard.ui.rag_widgets import RagHistoryChart

    chart = RagHistoryChart()
    qtbot.addWidget(chart)
    chart.set_history(
        [RagStep(date(2026, 1, 5), "amber"), RagStep(date(2026, 3, 2), "green")],
        date(2026, 5, 1),
    )
    words = chart.accessibleDescription()
    assert words.startswith("RAG over time: Amber from ") and words.endswith("Now Green.")
    assert "Green from " in words and chart.toolTip() == words
    assert chart.accessibleName() == "RAG history chart"
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
