"""The Attendance tab of the Membership view: attendance rates per member and per
partner organisation over a chosen period (read-only; attendance is recorded at
meetings)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.attendance import LOW_RATE, PERIOD_PRESETS, preset_period
from placeboard.domain.periods import uk_short
from placeboard.services import Services
from placeboard.services.attendance import AttendanceReport
from placeboard.ui.area_view import AreaView
from placeboard.ui.attendance_model import (
    MemberRateModel,
    OrganisationRateModel,
    RateProxy,
    RateTableModel,
)
from placeboard.ui.record_table import MenuTable, describe_headings

CUSTOM = PERIOD_PRESETS.index("Custom")
DATE_FORMAT = "dd/MM/yyyy"
MIN_TEXT_WIDTH = 90  # a squeezed text column still shows a few words; tooltips the rest
CELL_PADDING = 24  # the cell's margins, and room for a bold "(low)"


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def counted_text(report: AttendanceReport | None) -> str:
    """The line under the period: what was counted, what was left out, what is low."""
    if report is None:
        return "Choose a board to see its attendance."
    period = f"from {uk_short(report.start)} to {uk_short(report.end)}"
    held = _plural(report.meetings_counted, "held meeting")
    n = report.cancelled_excluded
    cancelled = (
        f"{_plural(n, 'cancelled meeting')} {'was' if n == 1 else 'were'} left out"
        if n
        else "none was cancelled"
    )
    return (
        f"{held} counted {period}; {cancelled}, and planned meetings are not counted. "
        + _low_text(report)
    )


def _low_text(report: AttendanceReport) -> str:
    counts = (
        (sum(1 for m in report.members if m.counts.is_low), "member"),
        (sum(1 for o in report.organisations if o.counts.is_low), "organisation"),
    )
    low = [_plural(n, what) for n, what in counts if n]
    if not low:
        return f"No rate is below {LOW_RATE:.0%}."
    return f"{' and '.join(low)} below {LOW_RATE:.0%}, marked “low”."


# What a screen reader should call the parts Qt builds inside a date edit and its calendar.
INNER_NAMES = {
    "qt_spinbox_lineedit": "date",
    "qt_calendar_calendarview": "days of the month",
    "qt_calendar_prevmonth": "previous month",
    "qt_calendar_nextmonth": "next month",
    "qt_calendar_monthbutton": "choose the month",
    "qt_calendar_yearbutton": "choose the year",
    "qt_calendar_yearedit": "year",
    "qt_tableview_cornerbutton": "select all",
}


def name_inner_parts(widget: QWidget, owner: str, button: str = "button") -> None:
    """Name the unnamed controls Qt makes inside `widget` ("From: previous month"), which
    a screen reader would otherwise announce as just "button" or "edit"."""
    for child in widget.findChildren(QWidget):
        if child.accessibleName():
            continue
        parent = child.parentWidget()
        inner_year = parent is not None and parent.objectName() == "qt_calendar_yearedit"
        part = "year" if inner_year else INNER_NAMES.get(child.objectName())
        if part is None and isinstance(child, QHeaderView):
            part = "rows" if child.orientation() == Qt.Orientation.Vertical else "columns"
        if part is None and isinstance(child, QAbstractButton):
            part = child.toolTip() or button
        if part is None and isinstance(child, QLineEdit):
            part = "text"
        if part is not None:
            child.setAccessibleName(f"{owner}: {part}")
        if isinstance(child, QLineEdit) and not child.accessibleDescription():
            child.setAccessibleDescription(widget.accessibleDescription())  # what it holds


def _label(text: str, buddy: QWidget) -> QLabel:
    lab = QLabel(text)
    lab.setBuddy(buddy)
    return lab


class RateTable(MenuTable):
    """A sortable, filterable table of rates, read-only, that Tab moves out of."""

    def __init__(
        self, model: RateTableModel, object_name: str, name: str, description: str
    ) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.rates = model
        self.proxy = RateProxy(model, self)
        self.setModel(self.proxy)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        name_inner_parts(self, name)
        describe_headings(self, name)

        self._fitting = False
        self._user_sized = False  # once a person drags a column, resizing leaves it be
        header.sectionResized.connect(self._on_section_resized)

    def fit_columns(self) -> None:
        """Size the columns for new rows (once per reload, never on a sort)."""
        self._user_sized = False
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._user_sized and event.size().width() != event.oldSize().width():
            self._fit()

    def _on_section_resized(self, _index: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._user_sized = True

    def _fit(self) -> None:
        """Numbers at their full width, so the rate stays in view; the text columns share
        what is left, the widest giving way first, and the spare goes to the stretch
        column. Widths come from each column's few longest texts, not every cell."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        wanted = []
        for column in range(self.rates.columnCount()):
            texts = self.rates.longest_texts(column)
            content = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            wanted.append(max(content + CELL_PADDING, header.sectionSizeHint(column)))
        first = self.rates.first_number
        room = self.viewport().width() - sum(wanted[first:])
        texts = share(wanted[:first], room, MIN_TEXT_WIDTH)
        texts[self.rates.STRETCH_COLUMN] += max(0, room - sum(texts))
        self._fitting = True
        try:
            for column, width in enumerate([*texts, *wanted[first:]]):
                header.resizeSection(column, width)
        finally:
            self._fitting = False


def share(wanted: list[int], room: int, minimum: int) -> list[int]:
    """Widths for columns that want `wanted` in `room`: when they do not all fit, the
    widest are cut to a common cap (never below `minimum`), the narrow ones untouched."""
    if sum(wanted) <= room:
        return list(wanted)
    cap = max(wanted)
    while cap > minimum and sum(min(w, cap) for w in wanted) > room:
        cap -= 4
    return [max(min(w, cap), min(w, minimum)) for w in wanted]


class AttendanceTab(AreaView):
    """Rates over a period; worked out once per reload, and only when the tab is shown."""

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("attendanceTab")
        self.setAccessibleName("Attendance")
        self.today = today
        self.report: AttendanceReport | None = None
        self._stale = True
        self._calendars_named = False
        self.member_model = MemberRateModel(self)
        self.organisation_model = OrganisationRateModel(self)
        self._build()
        self.preset.setCurrentIndex(0)
        self._apply_preset(0)

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(self._period_row())
        self.counted = QLabel()
        self.counted.setObjectName("attendanceCounted")
        self.counted.setWordWrap(True)
        self.counted.setAccessibleName("Meetings counted")
        self.counted.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.counted)
        self.members_table = RateTable(
            self.member_model,
            "memberAttendanceTable",
            "Attendance by member",
            "One row per membership: meetings expected, attended in person or by deputy, "
            "apologies, absences and the attendance rate",
        )
        self.organisations_table = RateTable(
            self.organisation_model,
            "organisationAttendanceTable",
            "Attendance by organisation",
            "One row per partner organisation: at how many held meetings any of its members "
            "or their deputies attended",
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("attendanceSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._titled("By mem&ber", self.members_table))
        splitter.addWidget(self._titled("By or&ganisation", self.organisations_table))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.preset, self.start_edit)
        self.setTabOrder(self.start_edit, self.end_edit)
        self.setTabOrder(self.end_edit, self.filter_edit)
        self.setTabOrder(self.filter_edit, self.members_table)
        self.setTabOrder(self.members_table, self.organisations_table)

    def _period_row(self) -> QHBoxLayout:
        self.preset = QComboBox()
        self.preset.setObjectName("attendancePeriod")
        self.preset.addItems(list(PERIOD_PRESETS))
        self.preset.setAccessibleName("Period")
        self.preset.view().setAccessibleName("Periods")
        self.preset.setAccessibleDescription(
            "The period to count meetings in; choose Custom to set the dates yourself"
        )
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.start_edit = self._date_edit("From", "First day of the period (dd/mm/yyyy)")
        self.end_edit = self._date_edit("To", "Last day of the period (dd/mm/yyyy)")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("attendanceFilter")
        self.filter_edit.setPlaceholderText("Name, organisation or role")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter")
        self.filter_edit.setAccessibleDescription(
            "Show only the rows whose name, organisation, role or sector contain this text"
        )
        self.filter_edit.textChanged.connect(self.set_filter)
        name_inner_parts(self.filter_edit, "Filter", "clear")  # the clear button
        # Alt+letters clear of the menus (F E V H), the place (P) and the Membership
        # tabs (M R D T); "To" is reached with Tab from "From".
        row = QHBoxLayout()
        row.addWidget(_label("Per&iod:", self.preset))
        row.addWidget(self.preset)
        row.addSpacing(8)
        row.addWidget(_label("Fr&om:", self.start_edit))
        row.addWidget(self.start_edit)
        row.addWidget(_label("To:", self.end_edit))
        row.addWidget(self.end_edit)
        row.addSpacing(16)
        row.addWidget(_label("Fi&lter:", self.filter_edit))
        row.addWidget(self.filter_edit, 1)
        return row

    def _date_edit(self, name: str, description: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(f"attendance{name}")
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setKeyboardTracking(False)  # read again when a typed date is done, not per key
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(description)
        name_inner_parts(edit, name)  # its text; the calendar is named when first shown
        edit.dateChanged.connect(self._on_date_edited)
        return edit

    def _name_calendars(self) -> None:
        """Build the two calendar pop-ups (Qt makes them on first use) and name their
        parts; done on the tab's first showing, to keep start-up light."""
        for edit in (self.start_edit, self.end_edit):
            name = edit.accessibleName()
            edit.calendarWidget().setAccessibleName(f"{name}: calendar")
            name_inner_parts(edit, name)

    def _titled(self, title: str, table: RateTable) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        heading = _label(title, table)
        heading.setObjectName("sectionHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(table)
        return box

    # -- period and filter -------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return to_date(self.start_edit.date()), to_date(self.end_edit.date())

    def _apply_preset(self, index: int) -> None:
        if index == CUSTOM:
            return  # keep the dates shown, for the person to change
        start, end = preset_period(PERIOD_PRESETS[index], self.today())
        with QSignalBlocker(self.start_edit), QSignalBlocker(self.end_edit):
            self.start_edit.setDate(to_qdate(start))
            self.end_edit.setDate(to_qdate(end))
        self.reload()

    def _on_date_edited(self, _date: QDate) -> None:
        if self.preset.currentIndex() != CUSTOM:
            with QSignalBlocker(self.preset):
                self.preset.setCurrentIndex(CUSTOM)
        self.reload()

    def set_period(self, start: date, end: date) -> None:
        """Show a custom period (as if the person had typed the dates)."""
        with QSignalBlocker(self.start_edit), QSignalBlocker(self.end_edit):
            self.start_edit.setDate(to_qdate(start))
            self.end_edit.setDate(to_qdate(end))
        self._on_date_edited(to_qdate(start))

    def set_filter(self, text: str) -> None:
        for table in (self.members_table, self.organisations_table):
            table.proxy.setFilterFixedString(text.strip())

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Mark the figures stale; they are worked out now if the tab is on screen, or
        when it is next shown (so a hidden tab costs nothing at start-up)."""
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._calendars_named:
            self._calendars_named = True
            self._name_calendars()
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if not self._stale:
            return
        self._stale = False
        start, end = self.period()
        if self.place_id is None or end < start:
            self.report = None
            self._show(None, "The period ends before it starts." if end < start else "")
            return
        self.report = self.services.attendance.rates(self.place_id, start, end)
        self._show(self.report)

    def _show(self, report: AttendanceReport | None, problem: str = "") -> None:
        self.member_model.set_rows(report.members if report else [])
        self.organisation_model.set_rows(report.organisations if report else [])
        self.counted.setText(problem or counted_text(report))
        for table in (self.members_table, self.organisations_table):
            table.fit_columns()
