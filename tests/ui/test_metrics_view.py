"""The Metrics view over the demo data and real services: the chart drawn against the
SPC engine's own result, its icons, tooltips and table, the small multiples, and edits
(definition, rebase, import) undone and redone on the one stack."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from placeboard.domain.periods import Period, parse_period
from placeboard.domain.spc import RULE_LABELS, SpcResult, analyse
from placeboard.services import Services
from placeboard.services.metrics import ValueInput
from placeboard.ui.metric_import_dialog import MetricImportDialog
from placeboard.ui.metrics_view import MetricsView
from placeboard.ui.spc_chart import SpcChartView
from placeboard.ui.spc_icons import SCREEN_COLOURS

LENGTH_OF_STAY = "Average length of hospital stay"  # Blackpool: a step with a rebase
SMOKING = "Smoking cessation: 4-week quit rate"
URGENT = "2-hour urgent community response seen within 2 hours"  # target 70


def place_id(services: Services, name: str) -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


def metric_id(services: Services, name: str) -> str:
    return next(m.id for m in services.metrics.list_metrics() if m.name == name)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def view(qtbot: QtBot, demo_services: Services, stack: QUndoStack) -> Iterator[MetricsView]:
    """The view on Blackpool, reloading on undo and redo as the main window makes it."""
    v = MetricsView(demo_services, stack)
    qtbot.addWidget(v)
    connection = stack.indexChanged.connect(lambda _i: v.reload())
    v.set_place(place_id(demo_services, "Blackpool"))
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    yield v
    stack.indexChanged.disconnect(connection)


def engine_result(services: Services, place: str, metric: str) -> SpcResult:
    """The SPC engine run directly on the stored values, not through the chart service."""
    definition = next(m for m in services.metrics.list_metrics() if m.id == metric)
    rows = sorted(services.metrics.list_values(place, metric), key=lambda v: v.period)
    periods = [v.period for v in rows]
    rebases = [periods.index(r.period) for r in services.metrics.list_rebases(place, metric)]
    values = [v.value for v in rows]
    return analyse(values, definition.polarity, definition.target, rebases)


def choose(view: MetricsView, name: str) -> str:
    chosen = metric_id(view.services, name)
    view.select_metric(chosen)
    assert view.chart is not None and view.chart.metric.name == name
    return chosen


def check_against_engine(chart_view: SpcChartView, expected: SpcResult) -> None:
    plot = chart_view.plot
    spans = [(g.start - 0.4, g.end - 0.6) for g in expected.groups]
    for kind in ("mean", "lower", "upper"):
        drawn = plot.plotted(kind)
        wanted = [
            (a, b, getattr(g, kind)) for (a, b), g in zip(spans, expected.groups, strict=True)
        ]
        assert [pytest.approx(w) for w in wanted] == drawn, kind
        # To four decimals, as the reference vectors are pinned.
        assert [round(y, 4) for *_x, y in drawn] == [round(w[2], 4) for w in wanted]
    assert chart_view.variation.kind == expected.variation
    assert chart_view.assurance.kind == expected.assurance


# -- the chart ---------------------------------------------------------------------------


def test_chart_draws_the_engine_limits_and_icons(view: MetricsView) -> None:
    services = view.services
    chosen = choose(view, LENGTH_OF_STAY)
    expected = engine_result(services, view.place_id, chosen)
    assert len(expected.groups) == 2  # the demo's rebase
    check_against_engine(view.chart_view, expected)
    plot = view.chart_view.plot
    assert len(plot.rebase_items) == 1
    assert plot.points_item is not None and len(plot.points_item.points()) == 48
    assert view.chart_view.variation.text() in view.chart_view.accessibleDescription()


def test_icons_carry_their_words(view: MetricsView) -> None:
    choose(view, URGENT)
    chart = view.chart_view
    assert chart.assurance.kind is not None
    assert chart.assurance.text() in chart.accessibleDescription()
    assert chart.variation.icon.pixmap() is not None
    assert chart.variation.text()


def test_tooltips_name_the_period_value_and_rule(view: MetricsView) -> None:
    choose(view, SMOKING)
    chart = view.chart
    assert chart is not None
    special = [p for p in chart.result.points if p.rule]
    assert special, "the demo series has special causes"
    point = special[0]
    plot = view.chart_view.plot
    assert plot.points_item is not None
    tip = plot.points_item.opts["tip"](x=point.index, y=point.value, data=point.index)
    assert chart.labels[point.index] in tip
    assert RULE_LABELS[point.rule] in tip
    common = next(p for p in chart.result.points if not p.rule)
    assert "Rule" not in plot.tooltip(common.index)


def test_table_has_a_row_per_point_with_the_numbers(view: MetricsView) -> None:
    choose(view, SMOKING)
    chart = view.chart
    assert chart is not None
    proxy = view.chart_view.proxy
    assert proxy.rowCount() == len(chart.values)
    assert [proxy.index(r, 0).data() for r in range(3)] == chart.labels[:3]
    special = next(p for p in chart.result.points if p.rule)
    row = proxy.row_of(lambda p: p.index == special.index)
    texts = [proxy.index(row, c).data() for c in range(proxy.columnCount())]
    assert RULE_LABELS[special.rule].capitalize() in texts
    group = chart.result.groups[special.group]
    assert texts[3] == f"{group.lower:,.2f}".rstrip("0").rstrip(".")


def test_small_multiples_show_one_chart_per_place(view: MetricsView) -> None:
    chosen = choose(view, LENGTH_OF_STAY)
    view.tabs.setCurrentWidget(view.places_area)
    shown = [c for c in view.place_charts if c.isVisibleTo(view)]
    places = view.services.places.list_places()
    assert len(shown) == len(places) == 4
    assert [c.title.text() for c in shown] == [p.name for p in places]
    for chart_view, place in zip(shown, places, strict=True):
        check_against_engine(chart_view, engine_result(view.services, place.id, chosen))
    # Choosing another metric redraws them.
    choose(view, SMOKING)
    assert all(c.chart and c.chart.metric.name == SMOKING for c in shown)


def test_list_shows_latest_value_and_icons(view: MetricsView) -> None:
    summaries = view.model.items()
    assert len(summaries) == 7
    row = view.model.row_of_metric(metric_id(view.services, URGENT))
    index = view.model.index(row, view.model.ASSURANCE)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data() in ("Pass", "Fail", "Hit or miss")
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("The process")
    assert view.model.index(row, 1).data() == "Mar 2026"


# -- edits -------------------------------------------------------------------------------


def test_edit_target_changes_the_assurance_icon_then_undo(
    view: MetricsView, stack: QUndoStack
) -> None:
    chosen = choose(view, URGENT)
    before = view.chart_view.assurance.kind
    upper = view.chart.result.groups[-1].upper  # type: ignore[union-attr]
    dialog = view.open_edit_dialog()
    assert dialog is not None
    assert dialog.ui.targetCheck.isChecked()
    dialog.ui.targetSpin.setValue(upper + 5)  # above the process: it will always miss
    dialog.accept()
    assert not dialog.isVisible()
    assert view.chart_view.assurance.kind == "consistently_fail" != before
    assert engine_result(view.services, view.place_id, chosen).assurance == "consistently_fail"
    stack.undo()
    assert view.chart_view.assurance.kind == before
    assert view.chart.metric.target == 70  # type: ignore[union-attr]
    stack.redo()
    assert view.chart_view.assurance.kind == "consistently_fail"


def test_refused_definition_keeps_the_dialog_open(view: MetricsView, stack: QUndoStack) -> None:
    choose(view, URGENT)
    dialog = view.open_edit_dialog()
    assert dialog is not None
    dialog.ui.nameEdit.setText("")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text()
    assert stack.count() == 0
    dialog.reject()


def test_add_rebase_gives_two_groups_then_undo(view: MetricsView, stack: QUndoStack) -> None:
    choose(view, SMOKING)
    assert len(view.chart.result.groups) == 1  # type: ignore[union-attr]
    view.chart_view.table.selectRow(24)
    dialog = view.open_rebase_dialog()
    assert dialog is not None
    period = view.chart.periods[24]  # type: ignore[union-attr]
    assert dialog.ui.periodCombo.currentData() == period  # the row chosen below the chart
    dialog.ui.reasonEdit.setPlainText("Outreach service started")
    dialog.accept()
    assert not dialog.isVisible()
    assert [(g.start, g.end) for g in view.chart.result.groups] == [(0, 24), (24, 48)]  # type: ignore[union-attr]
    assert len(view.chart_view.plot.plotted("mean")) == 2
    assert len(view.chart_view.plot.rebase_items) == 1
    check_against_engine(
        view.chart_view, engine_result(view.services, view.place_id, view.metric_id)
    )
    assert view.unrebase_action.isEnabled()
    stack.undo()
    assert len(view.chart_view.plot.plotted("mean")) == 1
    stack.redo()
    assert len(view.chart_view.plot.plotted("upper")) == 2


def test_remove_rebase_then_undo(view: MetricsView, stack: QUndoStack) -> None:
    choose(view, LENGTH_OF_STAY)
    dialog = view.open_remove_rebase()
    assert dialog is not None
    dialog.setTextValue(dialog.comboBoxItems()[0])
    dialog.accept()
    assert len(view.chart_view.plot.plotted("mean")) == 1
    stack.undo()
    assert len(view.chart_view.plot.plotted("mean")) == 2


def test_add_note_is_numbered_on_the_chart_then_undo(view: MetricsView, stack: QUndoStack) -> None:
    choose(view, URGENT)
    notes = len(view.chart_view.plot.note_items)
    dialog = view.open_note_dialog()
    assert dialog is not None
    dialog.ui.textEdit.setText("Winter surge")
    dialog.accept()
    assert len(view.chart_view.plot.note_items) == notes + 1
    assert "Winter surge" in view.chart_view.notes.text()
    stack.undo()
    assert len(view.chart_view.plot.note_items) == notes


# -- import ------------------------------------------------------------------------------


def run_import(qtbot: QtBot, view: MetricsView, path: Path) -> MetricImportDialog:
    task = view.import_file(path)
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    dialog = view.dialog
    assert isinstance(dialog, MetricImportDialog)
    return dialog


def test_import_preview_names_a_bad_row_and_imports_nothing(
    qtbot: QtBot, view: MetricsView, tmp_path: Path, stack: QUndoStack
) -> None:
    place = view.place_id
    urgent = metric_id(view.services, URGENT)
    before = [v.value for v in view.services.metrics.list_values(place, urgent)]
    path = tmp_path / "bad.csv"
    path.write_text(
        f"metric,place,period,value\n{URGENT},Blackpool,Apr 2026,80\n"
        f"{URGENT},Blackpool,May 2026,lots\n",
        encoding="utf-8",
    )
    dialog = run_import(qtbot, view, path)
    assert dialog.check.problems
    assert dialog.texts(0) == ["3"]
    assert dialog.texts(1) == ["value"]
    assert "not a number" in dialog.texts(2)[0]
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
    assert [v.value for v in view.services.metrics.list_values(place, urgent)] == before
    assert stack.count() == 0


def test_good_file_imports_and_undo_puts_values_back(
    qtbot: QtBot, view: MetricsView, tmp_path: Path, stack: QUndoStack
) -> None:
    services = view.services
    place = view.place_id
    assert place is not None
    urgent = metric_id(services, URGENT)
    old_march = next(
        v.value for v in services.metrics.list_values(place, urgent) if v.period == "2026-03"
    )
    path = tmp_path / "good.csv"
    path.write_text(
        "metric,place,period,value\n"
        f"{URGENT},Blackpool,Mar 2026,12.5\n"
        f"{URGENT.upper()},blackpool,2026-04,81\n",
        encoding="utf-8",
    )
    choose(view, URGENT)
    dialog = run_import(qtbot, view, path)
    assert dialog.ok_button.isEnabled()
    assert dialog.texts(6) == ["Changed", "New"]
    dialog.accept()
    task = view.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    stored = {v.period: v.value for v in services.metrics.list_values(place, urgent)}
    assert stored["2026-03"] == 12.5 and stored["2026-04"] == 81
    assert view.chart.values[-1] == 81  # type: ignore[union-attr]
    assert "Imported" in view.status.text()
    stack.undo()
    stored = {v.period: v.value for v in services.metrics.list_values(place, urgent)}
    assert stored["2026-03"] == old_march and "2026-04" not in stored
    stack.redo()
    assert services.metric_files.check(path).count("same") == 2


def test_export_writes_the_place_values(qtbot: QtBot, view: MetricsView, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    task = view.export_file(path)
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "metric,place,period,value"
    assert len(lines) == 1 + 7 * 48
    assert all(",Blackpool," in line for line in lines[1:])
    assert "Exported 336 values" in view.status.text()


# -- keyboard and screen readers ---------------------------------------------------------

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
INTERACTIVE += (QPlainTextEdit, QTabBar)
INNER_PARENTS = (QAbstractSpinBox, QComboBox, QTabBar, QLineEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        spoken = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        inner = (
            widget.objectName().startswith(("qt_", "_q_"))
            or isinstance(widget.parent(), INNER_PARENTS)
            or isinstance(widget, QHeaderView)
            or widget.window() is not root.window()
        )
        what = f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}"
        if not spoken:
            found.append(f"{what}: no spoken name")
        elif not inner and not widget.accessibleName():
            found.append(f"{what}: no accessible name")
        elif not inner and not widget.accessibleDescription():
            found.append(f"{what}: no accessible description")
        elif not inner and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(f"{what}: not reachable with Tab")
    return found


def test_every_control_is_named_and_reachable(view: MetricsView) -> None:
    choose(view, LENGTH_OF_STAY)
    assert unnamed_controls(view) == []
    view.tabs.setCurrentWidget(view.places_area)
    for chart_view in view.place_charts:
        assert chart_view.table_button is not None
        chart_view.table_button.setChecked(True)
    assert unnamed_controls(view) == []
    assert view.chart_view.plot.accessibleName().startswith("Chart of")
    assert view.chart_view.plot.accessibleDescription()


def test_every_control_in_each_dialog_is_named(
    qtbot: QtBot, view: MetricsView, tmp_path: Path
) -> None:
    choose(view, LENGTH_OF_STAY)
    path = tmp_path / "one.csv"
    path.write_text(f"metric,place,period,value\n{URGENT},Blackpool,Apr 2026,80\n")
    for dialog in (
        view.open_edit_dialog(),
        view.open_rebase_dialog(),
        view.open_note_dialog(),
        run_import(qtbot, view, path),
    ):
        assert dialog is not None
        assert dialog.accessibleName()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.reject()


def test_quarterly_periods_sort_in_time_order(services: Services) -> None:
    """Charts put values in time order whatever their stored form."""
    place = services.places.create_place("Blackpool")
    metric = services.metrics.define_metric("Quarterly", frequency="quarterly")
    quarters = [Period.of_quarter(2023, q).key for q in (1, 2, 3, 4)]
    services.metrics.set_values(
        ValueInput(place.id, metric.id, k, i) for i, k in enumerate(quarters)
    )
    chart = services.metric_charts.chart(place.id, metric.id)
    assert chart.values == [0, 1, 2, 3]
    assert chart.labels == [parse_period(k).label for k in quarters]


# -- each kind of special cause, drawn ---------------------------------------------------

NOISE = [5.0, 6.0] * 8
SPECIAL_CAUSES = {
    "astronomical": ([*NOISE, 5, 6, 5, 6, 12], "higher", "improvement_high"),
    "trend": ([*NOISE, 4.0, 4.3, 4.6, 4.9, 5.2, 5.5, 5.8], "higher", "improvement_high"),
    "two_in_three": ([*NOISE, 5, 6, 5, 8.3, 5.5, 8.4], "lower", "concern_high"),
    "shift": ([*NOISE, 6.0, 6.3, 6.1, 6.2, 6.0, 6.3, 6.1, 6.2], "neutral", "neutral_high"),
}


@pytest.mark.parametrize("rule", list(SPECIAL_CAUSES))
def test_each_kind_of_special_cause_is_drawn(
    qtbot: QtBot, services: Services, tmp_path: Path, rule: str
) -> None:
    """Set PLACEBOARD_PNG_DIR to keep the pictures (spc_<rule>.png) and look at them."""
    values, polarity, variation = SPECIAL_CAUSES[rule]
    place = services.places.create_place("Blackpool")
    metric = services.metrics.define_metric(f"A {rule} series", polarity=polarity, target=7)
    periods = [Period(2023, 4).shift(i).key for i in range(len(values))]
    services.metrics.set_values(
        ValueInput(place.id, metric.id, p, v) for p, v in zip(periods, values, strict=True)
    )
    chart = services.metric_charts.chart(place.id, metric.id)
    assert chart.result.points[-1].rule == rule
    view = SpcChartView()
    qtbot.addWidget(view)
    view.set_chart(chart)
    view.resize(1100, 620)
    view.show()
    qtbot.waitExposed(view)
    assert view.variation.kind == variation
    last = len(values) - 1
    assert RULE_LABELS[rule] in view.plot.tooltip(last)
    assert view.plot.points_item is not None
    brush = view.plot.points_item.points()[last].brush().color().name().upper()
    assert brush == SCREEN_COLOURS[chart.result.points[last].point_type].upper()
    folder = Path(os.environ.get("PLACEBOARD_PNG_DIR", tmp_path))
    assert view.grab().save(str(folder / f"spc_{rule}.png"))
