"""Metrics: the place's metrics with their latest value and Making Data Count icons on
the left; the chosen metric's chart and its numbers on the right, or the same metric
for every place side by side (small multiples).

Definitions, rebases, notes on points and imports are undoable commands on the
window's one stack. Reading and writing files run in a worker behind a progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.errors import PlaceBoardError
from placeboard.services import Services
from placeboard.services.metric_charts import MetricChart, MetricSummary
from placeboard.services.metric_files import ImportCheck
from placeboard.ui.area_view import AreaView
from placeboard.ui.commands import metrics as commands
from placeboard.ui.dialog_host import DialogHost
from placeboard.ui.flow_layout import FlowLayout
from placeboard.ui.metric_dialogs import AnnotationDialog, MetricDialog, PeriodNote, RebaseDialog
from placeboard.ui.metric_import_dialog import MetricImportDialog
from placeboard.ui.models.lines import LineProxy
from placeboard.ui.models.metric_models import MetricSummaryModel
from placeboard.ui.record_dialog import describe_choice_dialog
from placeboard.ui.record_table import RecordTable, action_button, filter_box
from placeboard.ui.spc_chart import SpcChartView, column_widths
from placeboard.ui.worker import Task, run_with_progress

NO_PLACE = "Choose a board in the place switcher to see its metrics."
FILE_FILTERS = ("Metric values (*.csv *.xlsx)", "CSV files (*.csv)", "Excel workbooks (*.xlsx)")


class MetricsView(DialogHost, AreaView):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("metricsView")
        self.setAccessibleName("Metrics")
        self.charts = services.metric_charts
        self.metrics = services.metrics
        self.metric_id: str | None = None
        self.chart: MetricChart | None = None
        self.place_charts: list[SpcChartView] = []
        self._places_stale = True
        self._loading = False
        self.task: Task | None = None
        self._build()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel("Metrics")
        title.setObjectName("titleLabel")
        self.empty_note = QLabel(NO_PLACE)
        self.empty_note.setObjectName("placeLine")
        self.empty_note.setAccessibleName("About the metrics")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("metricsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._list_pane())
        self.splitter.addWidget(self._chart_pane())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.splitter, 1)

    def _list_pane(self) -> QWidget:
        self.model = MetricSummaryModel(self)
        self.proxy = LineProxy(self.model, self)
        self.table = RecordTable(
            self.proxy,
            "Metrics",
            "Every metric of the board with its latest value, variation and assurance. "
            "Choose one to see its chart.",
        )
        self.table.setObjectName("metricsTable")
        samples = ("Emergency admissions", "Mar 2026", "6,020 people", "Improving ↑", "Hit or miss")
        self.table.set_widths(column_widths(self.table, samples), 0)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the metrics' own order
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.filter_label, self.filter_edit = filter_box(
            "Filter metrics", "Show only the metrics whose text contains every word typed"
        )
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.buttons = FlowLayout(spacing=6)
        self.edit_action = self._action(
            "&Edit metric…", self.open_edit_dialog, "Change the chosen metric's definition",
            ["Ctrl+E", "F2"],
        )  # fmt: skip
        self.rebase_action = self._action(
            "Add &rebase…", self.open_rebase_dialog, "Start new limits from a period"
        )
        self.unrebase_action = self._action(
            "Re&move rebase…", self.open_remove_rebase, "Remove one of the chart's rebases"
        )
        self.note_action = self._action(
            "Add &note…", self.open_note_dialog, "Add a note on a point of the chart"
        )
        self.import_action = self._action(
            "&Import…", self.open_import, "Import metric values from a CSV or XLSX file",
            [QKeySequence.StandardKey.Open],
        )  # fmt: skip
        self.export_action = self._action(
            "E&xport…", self.open_export,
            "Export this board's values to CSV or XLSX (every board's from “All places”)",
        )  # fmt: skip
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("What the last import or export did")
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(6)
        row = QHBoxLayout()
        row.addWidget(self.filter_label)
        row.addWidget(self.filter_edit, 1)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(self.status)
        return pane

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        tip: str,
        keys: list[Any] | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setShortcuts(
            [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys or []]
        )
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.table.addAction(action)
        self.buttons.addWidget(action_button(action))
        return action

    def _chart_pane(self) -> QWidget:
        self.chart_view = SpcChartView()
        self.chart_view.setObjectName("metricChart")
        self.places_area = QScrollArea()
        self.places_area.setWidgetResizable(True)
        self.places_area.setAccessibleName("The chosen metric for every place")
        self.places_area.setAccessibleDescription(
            "A small chart per place; each has a button that shows its numbers"
        )
        self.places_widget = QWidget()
        self.places_widget.setAccessibleName("Charts of every place")
        self.places_grid = QGridLayout(self.places_widget)
        self.places_grid.setSpacing(16)
        self.places_area.setWidget(self.places_widget)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("metricTabs")
        self.tabs.setAccessibleName("Chart")
        self.tabs.setAccessibleDescription("The chosen metric for this place, or for every place")
        self.tabs.addTab(self.chart_view, "&This place")
        self.tabs.setTabToolTip(0, "The chosen metric's chart and numbers for this place")
        self.tabs.addTab(self.places_area, "&All places")
        self.tabs.setTabToolTip(1, "The chosen metric's chart for every place, side by side")
        self.tabs.tabBar().setAccessibleName("Chart tabs")
        self.tabs.currentChanged.connect(lambda _i: self._show_places())
        return self.tabs

    # -- showing -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the metrics again, keeping the chosen one."""
        has_place = self.place_id is not None
        self.empty_note.setVisible(not has_place)
        self.splitter.setVisible(has_place)
        rows = self.charts.summaries(self.place_id) if self.place_id else []
        ids = [s.metric.id for s in rows]
        if self.metric_id not in ids:
            self.metric_id = ids[0] if ids else None
        self._loading = True
        self.model.set_rows(rows)
        self._select(self.metric_id)
        self._loading = False
        self._show_metric()

    def summary(self) -> MetricSummary | None:
        return next((s for s in self.model.items() if s.metric.id == self.metric_id), None)

    def select_metric(self, metric_id: str) -> None:
        """Choose a metric, as clicking its row does."""
        self._select(metric_id)

    def _select(self, metric_id: str | None) -> None:
        row = self.proxy.row_of(lambda s: s.metric.id == metric_id) if metric_id else -1
        if row < 0:
            self.table.clearSelection()
            return
        index = self.proxy.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)

    def _on_selection(self, *_args: object) -> None:
        if self._loading:
            return
        chosen = self.table.current_item()
        if chosen is not None and chosen.metric.id != self.metric_id:
            self.metric_id = chosen.metric.id
            self._show_metric()

    def _show_metric(self) -> None:
        if self.place_id and self.metric_id:
            self.chart = self.charts.chart(self.place_id, self.metric_id)
        else:
            self.chart = None
        self.chart_view.set_chart(self.chart)
        self._places_stale = True
        self._show_places()
        chosen = self.chart is not None
        for action in (self.edit_action, self.rebase_action, self.note_action):
            action.setEnabled(chosen and bool(self.chart and self.chart.values))
        self.edit_action.setEnabled(chosen)
        self.unrebase_action.setEnabled(bool(self.chart and self.chart.rebases))
        self.import_action.setEnabled(self.place_id is not None)
        self.export_action.setEnabled(self.place_id is not None)

    def _show_places(self) -> None:
        """The small multiples, drawn only when their tab is showing."""
        if self.tabs.currentWidget() is not self.places_area or not self._places_stale:
            return
        self._places_stale = False
        charts = self.charts.across_places(self.metric_id) if self.metric_id else []
        while len(self.place_charts) < len(charts):
            view = SpcChartView(compact=True)
            view.setMinimumSize(300, 280)
            number = len(self.place_charts)
            self.places_grid.addWidget(view, number // 2, number % 2)
            self.place_charts.append(view)
        for view, chart in zip(self.place_charts, charts, strict=False):
            view.set_chart(chart)
        for number, view in enumerate(self.place_charts):
            view.setVisible(number < len(charts))

    # -- editing -----------------------------------------------------------------------

    def _after_edit(self) -> None:
        self.reload()
        self.changed.emit()

    def _periods(self, skip_first: bool = False) -> list[tuple[str, str]]:
        chart = self.chart
        if chart is None:
            return []
        pairs = list(zip(chart.periods, chart.labels, strict=True))
        return pairs[1:] if skip_first else pairs

    def _chosen_period(self) -> str | None:
        """The period of the row chosen in the chart's table, if any."""
        point = self.chart_view.table.current_item()
        return self.chart.periods[point.index] if point is not None and self.chart else None

    def open_edit_dialog(self) -> MetricDialog | None:
        chart = self.chart
        if chart is None:
            return None
        metric = chart.metric
        dialog = MetricDialog(metric, self)
        dialog.submit = lambda values: self._edit_metric(metric, values)
        self._open(dialog)
        return dialog

    def _edit_metric(self, metric: Any, values: dict[str, object]) -> None:
        commands.edit_metric(self.undo_stack, self.metrics, metric, values)
        self._after_edit()

    def open_rebase_dialog(self) -> RebaseDialog | None:
        chart = self.chart
        if chart is None or self.place_id is None or len(chart.values) < 2:
            return None
        title = f"{chart.metric.name}, {chart.place_name}"
        dialog = RebaseDialog(title, self._periods(skip_first=True), self._chosen_period(), self)
        dialog.submit = lambda note: self._add_rebase(chart, note)
        self._open(dialog)
        return dialog

    def _add_rebase(self, chart: MetricChart, note: PeriodNote) -> None:
        commands.add_rebase(
            self.undo_stack, self.metrics, chart.place_id, chart.metric, note.period, note.text
        )
        self._after_edit()

    def open_remove_rebase(self) -> QInputDialog | None:
        chart = self.chart
        if chart is None or not chart.rebases:
            return None
        choices = {f"{r.label}: {r.reason}": r.id for r in chart.rebases}
        dialog = QInputDialog(self)
        dialog.setWindowTitle(f"Remove a rebase of {chart.metric.name}")
        dialog.setLabelText("Rebase to remove (its limits join the group before it):")
        dialog.setComboBoxItems(list(choices))
        dialog.setAccessibleName("Remove a rebase")
        dialog.setAccessibleDescription("Choose which of the chart's rebases to remove")
        dialog.setOkButtonText("Remove")
        describe_choice_dialog(
            dialog,
            ("Rebase to remove", "One of the chart's rebases, by its first period and reason"),
            ("Remove", "Remove the chosen rebase; its limits join the group before it"),
            "Keep every rebase",
        )
        dialog.textValueSelected.connect(lambda text: self.remove_rebase(choices[text]))
        self._open(dialog)
        return dialog

    def remove_rebase(self, rebase_id: str) -> None:
        chart = self.chart
        assert chart is not None
        try:
            commands.remove_rebase(self.undo_stack, self.metrics, rebase_id, chart.metric.name)
        except PlaceBoardError as exc:
            self._show_error(exc)
            return
        self._after_edit()

    def open_note_dialog(self) -> AnnotationDialog | None:
        chart = self.chart
        if chart is None or not chart.values:
            return None
        title = f"{chart.metric.name}, {chart.place_name}"
        chosen = self._chosen_period() or chart.periods[-1]
        dialog = AnnotationDialog(title, self._periods(), chosen, self)
        dialog.submit = lambda note: self._annotate(chart, note)
        self._open(dialog)
        return dialog

    def _annotate(self, chart: MetricChart, note: PeriodNote) -> None:
        commands.annotate(
            self.undo_stack, self.metrics, chart.place_id, chart.metric.id, note.period, note.text
        )
        self._after_edit()

    # -- files -------------------------------------------------------------------------

    def _file_dialog(self, title: str, saving: bool) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setNameFilters(list(FILE_FILTERS if not saving else FILE_FILTERS[1:]))
        if saving:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("csv")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAccessibleName(title)
        return dialog

    def open_import(self) -> QFileDialog:
        dialog = self._file_dialog("Import metric values", saving=False)
        dialog.fileSelected.connect(self.import_file)
        self._open(dialog)
        return dialog

    def import_file(self, path: str | Path) -> Task:
        """Check the file in a worker, then show the preview."""
        path = Path(path)
        files = self.services.metric_files
        self.task = run_with_progress(
            self, f"Reading {path.name}", lambda _progress, _cancelled: files.check(path)
        )
        self.task.succeeded.connect(self._show_preview)
        return self.task

    def _show_preview(self, check: ImportCheck) -> None:
        dialog = MetricImportDialog(check, self)
        dialog.accepted.connect(lambda: self._import(check.path))
        self._open(dialog)

    def _import(self, path: Path) -> None:
        files = self.services.metric_files
        self.task = run_with_progress(
            self, f"Importing {path.name}", lambda _progress, _cancelled: files.import_file(path)
        )
        self.task.succeeded.connect(self._imported)

    def _imported(self, done: ImportCheck) -> None:
        commands.imported(self.undo_stack, self.metrics, done)
        self.status.setText(f"Imported: {done.summary()} Undo puts the values back.")
        self._after_edit()

    def open_export(self) -> QFileDialog:
        every = self.tabs.currentWidget() is self.places_area
        title = "Export every board's metric values" if every else "Export this board's values"
        dialog = self._file_dialog(title, saving=True)
        dialog.fileSelected.connect(lambda path: self.export_file(path, every))
        self._open(dialog)
        return dialog

    def export_file(self, path: str | Path, every_place: bool = False) -> Task:
        path = Path(path)
        places = None if every_place or self.place_id is None else [self.place_id]
        files = self.services.metric_files
        self.task = run_with_progress(
            self,
            f"Writing {path.name}",
            lambda _progress, _cancelled: files.export_file(path, places),
        )
        self.task.succeeded.connect(
            lambda count: self.status.setText(f"Exported {count} values to {path}.")
        )
        return self.task
