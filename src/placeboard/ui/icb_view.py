"""The ICB view: every place's board side by side for a quarter or a year, read-only.

The figures are the all-places assurance pack's comparison page (`AssuranceService.
comparison`), read in a worker because that means every place's records; the table
shows them with the place switcher's choice ignored. "All-places assurance pack…" asks
the window to open the Packs view ready to build that pack for the same period.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.errors import PlaceBoardError
from placeboard.domain.periods import uk_date
from placeboard.services import Services
from placeboard.services.assurance import SideBySide
from placeboard.ui.area_view import AreaView
from placeboard.ui.models.icb_models import FIRST_METRIC, FIRST_RAG, PLACE, STAGE, IcbModel
from placeboard.ui.models.lines import LineProxy
from placeboard.ui.packs_view import period_choices
from placeboard.ui.rag_widgets import RagKey
from placeboard.ui.record_table import RecordTable
from placeboard.ui.worker import Cancelled, Progress, Task

log = logging.getLogger(__name__)

# Starting widths (the person can drag them); a cell cut short has its whole text in
# its tooltip. Headers wrap onto as many lines as the longest name needs, within
# HEADER_LINES, so a column need only be as wide as its figures.
WIDEST_PLACE, WIDEST_STAGE, METRIC_WIDTH = 240, 340, 190
FIGURE_WIDTHS = (64, 64, 64, 80, 80, 92, 92, 96, 76)  # the RAG counts … overdue actions
HEADER_LINES = (3, 5)  # fewest and most
HEADER_PADDING = 14  # the style sheet's padding either side, and some air


class _Stopped(Exception):
    """The reading was cancelled: a newer one is wanted, or the window is closing."""


def places_text(n: int) -> str:
    return f"{n} place{'' if n == 1 else 's'}"


class FrozenPlaces(QTableView):
    """The table's Place column laid over its left edge, so each row's place stays in
    view while the metric columns scroll past (Qt's frozen-column pattern). It shares
    the table's model, selection and sorting, and takes no focus: the table under it
    is the one the keyboard and screen readers use."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.setObjectName("frozenPlaces")
        self.setAccessibleName("Place of each row")
        self.setAccessibleDescription(
            "The Place column kept in view while the table's other columns scroll; the "
            "table under it holds the same rows"
        )
        self.setModel(table.model())
        self.setSelectionModel(table.selectionModel())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setAccessibleName("Place rows")
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setAccessibleName("Place column")
        header.setAccessibleDescription("The Place heading: a click on it sorts by place")
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # One sort for both: a click on either header shows its arrow on both.
        mine, theirs = header, table.horizontalHeader()
        mine.setSortIndicator(theirs.sortIndicatorSection(), theirs.sortIndicatorOrder())
        self.setSortingEnabled(True)  # sorts by the indicator: the table's own order
        mine.sortIndicatorChanged.connect(lambda c, o: theirs.setSortIndicator(c, o))
        theirs.sortIndicatorChanged.connect(lambda c, o: mine.setSortIndicator(c, o))
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.selectionModel().currentChanged.connect(lambda now, _was: self._uncover(now))
        theirs.sectionResized.connect(lambda column, _old, _new: self.fit(column))
        table.model().modelReset.connect(self.fit)
        table.viewport().stackUnder(self)
        table.installEventFilter(self)  # to follow the table's size
        self.fit()

    def fit(self, column: int = PLACE) -> None:
        """Show only the Place column, as wide and as high as the table's."""
        if column != PLACE:
            return
        for n in range(self.model().columnCount()):
            self.setColumnHidden(n, n != PLACE)
        table = self.table
        self.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        self.horizontalHeader().setDefaultAlignment(table.horizontalHeader().defaultAlignment())
        self.horizontalHeader().setFixedHeight(table.horizontalHeader().height())
        self.setColumnWidth(PLACE, table.columnWidth(PLACE))
        frame = table.frameWidth()
        height = table.viewport().height() + table.horizontalHeader().height()
        self.setGeometry(frame, frame, table.columnWidth(PLACE), height)

    def _uncover(self, current: QModelIndex) -> None:
        """Scroll a cell the keyboard moved to out from under the Place column."""
        covered = self.width() - self.table.visualRect(current).left()
        if current.isValid() and current.column() != PLACE and covered > 0:
            bar = self.table.horizontalScrollBar()
            bar.setValue(bar.value() - covered)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False


class IcbView(AreaView):
    # The period key ("2026/27-Q2") of the all-places assurance pack asked for.
    assurance_pack_requested = Signal(str)

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("icbView")
        self.setAccessibleName("ICB: all places")
        self.today = date.today
        self.task: Task | None = None
        self.shown: SideBySide | None = None
        self.asked: str | None = None  # the period being read or shown ("2026/27-Q2")
        self._again = False  # a reading was asked for while one was running
        self._stopped = False  # a reading was stopped when the window was hidden
        self._reading = False
        self._watched: QWidget | None = None  # the window, for when it closes
        self._build()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel("Every place side by side")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        intro = QLabel(
            "Read-only: each board's stage, priorities by RAG rating, attendance, risks, "
            "overdue actions and metrics for the period, as the all-places assurance pack "
            "compares them. Metric cells give the latest value, then the variation and "
            "assurance icons in words; hover over a cell for the full wording."
        )
        intro.setWordWrap(True)

        self.period_combo = QComboBox()
        self.period_combo.setEditable(True)
        self.period_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.period_combo.setMinimumContentsLength(12)
        self.period_combo.setAccessibleName("Period")
        self.period_combo.setAccessibleDescription(
            "A quarter such as 2026/27-Q2 or a financial year such as 2025/26"
        )
        self.period_combo.view().setAccessibleName("Periods")
        line = self.period_combo.lineEdit()
        if line is not None:
            line.setAccessibleName("Period")
            line.setAccessibleDescription(self.period_combo.accessibleDescription())
            line.editingFinished.connect(self._on_period)
        self.period_combo.activated.connect(lambda _i: self._on_period())
        period_label = QLabel("Pe&riod:")
        period_label.setBuddy(self.period_combo)

        self.pack_button = QPushButton("&All-places assurance pack…")
        self.pack_button.setAccessibleName("All-places assurance pack")
        self.pack_button.setAccessibleDescription(
            "Open the Packs view ready to build the assurance pack of every place for this period"
        )
        self.pack_button.setAutoDefault(False)
        self.pack_button.setEnabled(False)
        self.pack_button.clicked.connect(self.request_pack)

        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period_combo)
        top.addStretch(1)
        top.addWidget(self.pack_button)

        self.status_label = QLabel("")
        self.status_label.setObjectName("icbStatus")
        self.status_label.setAccessibleName("What the table shows")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = IcbModel(self)
        self.proxy = LineProxy(self.model, self)
        self.table = RecordTable(
            self.proxy,
            "Places side by side",
            "One row per place: stage, priorities by RAG rating, attendance, meetings, "
            "risks, overdue actions, then each metric",
        )
        self._lay_out_table()
        self.frozen = FrozenPlaces(self.table)
        table_label = QLabel("Places &side by side:")
        table_label.setBuddy(self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(RagKey())
        layout.addStretch(0)  # below a table fitted to its few rows

    def _lay_out_table(self) -> None:
        """Two lines a row (a stage over its next step, a value over its icons) and
        headers that wrap, so long metric names need no wide columns."""
        table = self.table
        lines = table.fontMetrics().lineSpacing()
        table.verticalHeader().setDefaultSectionSize(2 * lines + 10)
        header = table.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        header.setFixedHeight(HEADER_LINES[0] * lines + 12)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)

    # -- reading -----------------------------------------------------------------------

    def period_text(self) -> str:
        return self.period_combo.currentText().strip()

    def _on_period(self) -> None:
        """A period chosen or typed: read it, unless it is the one read already (Enter
        both picks from the list and finishes the editing)."""
        try:
            wanted = self.services.assurance.period(self.period_text()).key
        except PlaceBoardError:
            wanted = None  # reload() says what is wrong with it
        if wanted is None or wanted != self.asked:
            self.reload()

    def reload(self) -> None:
        """Read every place again for the chosen period, in a worker."""
        if self.is_reading():
            self._again = True  # what it reads may be out of date: read once more after
            self.task.cancel()
            return
        self._again = self._stopped = False
        if self.period_combo.count() == 0:  # on first showing, when `today` is settled
            self.period_combo.addItems(period_choices(self.today()))
        try:
            period = self.services.assurance.period(self.period_text())
            self.services.assurance.as_at(period, self.today())
        except PlaceBoardError as exc:
            self._show_problem(str(exc))
            return
        self.asked = period.key
        assurance, today = self.services.assurance, self.today()

        def work(_progress: Progress, cancelled: Cancelled) -> SideBySide:
            def step(_number: int, _of: int, _place: str) -> None:
                if cancelled():
                    raise _Stopped()

            return assurance.comparison(period, today, step)

        self.status_label.setText(f"Reading every place's records for {period.label}…")
        self.pack_button.setEnabled(False)
        self._watch_window()
        task = Task(self, "", work, quiet=True)
        # Only the newest task speaks: an older one's signals may still be queued.
        task.succeeded.connect(lambda result: self._show(result) if task is self.task else None)
        task.failed.connect(lambda error: self._failed(error) if task is self.task else None)
        task.finished.connect(lambda: self._after() if task is self.task else None)
        self.task = task
        self._reading = True
        task.start()

    def _show(self, result: object) -> None:
        if self._again or not isinstance(result, SideBySide):
            return  # out of date: the next reading replaces it
        self.shown = result
        self.model.set_rows(result.places)
        self._fit_columns()
        self.status_label.setText(
            f"{result.period.label} · as at {uk_date(result.as_at)} · "
            f"{places_text(len(result.places))}"
        )
        self.pack_button.setEnabled(bool(result.places))

    def _failed(self, error: object) -> None:
        if isinstance(error, _Stopped):
            return
        if isinstance(error, PlaceBoardError):
            self._show_problem(str(error))
            return
        log.error("reading every place for the ICB view failed: %r", error)
        self._show_problem(
            "The places could not be read. The details are in the log file; try View ▸ "
            "Refresh, and if it happens again, back up the data and report the problem."
        )

    def _after(self) -> None:
        self._reading = False  # its result is shown (or dropped) by now
        if self._again:
            self.reload()

    def _show_problem(self, text: str) -> None:
        self.shown = self.asked = None
        self.model.set_rows([])
        self.status_label.setText(text)
        self.pack_button.setEnabled(False)

    def _fit_columns(self) -> None:
        """Starting widths, and the table's height fitted to its rows so the scroll bar
        sits under the last place rather than at the foot of the window."""
        table, header = self.table, self.table.horizontalHeader()
        for column, cap in ((PLACE, WIDEST_PLACE), (STAGE, WIDEST_STAGE)):
            table.resizeColumnToContents(column)  # a few rows: cheap to measure
            header.resizeSection(column, min(header.sectionSize(column), cap))
        for column, width in enumerate(FIGURE_WIDTHS, start=FIRST_RAG):
            header.resizeSection(column, width)
        for column in range(FIRST_METRIC, self.model.columnCount()):
            header.resizeSection(column, METRIC_WIDTH)
        self._fit_header()
        rows = sum(table.rowHeight(r) for r in range(self.proxy.rowCount()))
        bar = table.horizontalScrollBar().sizeHint().height()
        table.setMaximumHeight(header.height() + rows + bar + 2 * table.frameWidth() + 2)
        self.frozen.fit()

    def _fit_header(self) -> None:
        """Headers high enough for the longest wrapped name (metric names run long)."""
        header = self.table.horizontalHeader()
        font = header.font()
        font.setBold(True)  # as the style sheet draws them
        metrics = QFontMetrics(font)
        wrap = int(Qt.TextFlag.TextWordWrap.value)
        needed = max(
            metrics.boundingRect(
                QRect(0, 0, header.sectionSize(n) - HEADER_PADDING, 1000), wrap, name
            ).height()
            for n, name in enumerate(self.model.COLUMNS)
        )
        lines = metrics.lineSpacing()
        low, high = (n * lines for n in HEADER_LINES)
        header.setFixedHeight(min(max(needed, low), high) + 12)

    def is_reading(self) -> bool:
        """From the start of a reading until its result has been shown or dropped (the
        worker thread ends a little before its signals arrive)."""
        return self._reading

    # -- the pack ----------------------------------------------------------------------

    def request_pack(self) -> None:
        """Ask for the all-places pack of the period shown (not a period typed since)."""
        if self.shown is not None:
            self.assurance_pack_requested.emit(self.shown.period.key)

    # -- closing -----------------------------------------------------------------------

    def _watch_window(self) -> None:
        """Learn when the window closes, even with another area on screen: this view is
        hidden then and gets no event of its own."""
        top = self.window()
        if top is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            top.installEventFilter(self)
            self._watched = top

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and not event.spontaneous():  # not when minimised
            if event.type() == QEvent.Type.Hide and self.task is not None and self.is_reading():
                # The worker's thread must end before Qt deletes it with this view.
                self.task.cancel()
                self.task.wait()
                self._stopped = True
            elif event.type() == QEvent.Type.Show and self._stopped:
                self.reload()  # the window is back after being hidden mid-reading
        return False
