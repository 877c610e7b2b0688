"""The ICB view over the demo boards: one read-only row per place with the all-places
pack's own figures, RAG counts in colour and in numbers, metrics matched by name, the
reading in a worker (again when the period changes, stopped when the window closes),
the request for the all-places pack, and every control named."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from placeboard.domain.vocab import RAG_COLOURS
from placeboard.reports.assurance_data import MetricIcons, PlaceComparison, format_rate
from placeboard.services import Services
from placeboard.services.assurance import PlaceSideBySide
from placeboard.ui.icb_view import IcbView
from placeboard.ui.models.icb_models import (
    ATTENDANCE,
    FIRST_METRIC,
    FIXED_COLUMNS,
    MEETINGS,
    NO_METRIC,
    OVERDUE,
    RISKS,
    STAGE,
    IcbModel,
)

TODAY = date(2026, 11, 24)
ROLE = Qt.ItemDataRole
RED, GREY = FIXED_COLUMNS.index("Red"), FIXED_COLUMNS.index("Not started")


@pytest.fixture
def view(qtbot: QtBot, demo_services: Services) -> Iterator[IcbView]:
    v = IcbView(demo_services, QUndoStack())
    qtbot.addWidget(v)
    v.today = lambda: TODAY
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    v.set_place(None)  # the view reads every place whichever is chosen
    wait_read(v, qtbot)
    yield v
    if v.task is not None:
        v.task.wait()


def wait_read(view: IcbView, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not view.is_reading() and not view._again, timeout=60_000)


def cell(view: IcbView, row: int, column: int, role: int = ROLE.DisplayRole) -> object:
    return view.proxy.index(row, column).data(role)


def column_of(view: IcbView, name: str) -> int:
    return list(view.model.COLUMNS).index(name)


def test_every_place_is_a_row_with_the_all_places_pack_s_figures(
    view: IcbView, demo_services: Services
) -> None:
    pack = demo_services.assurance.pack("2026/27-Q3", today=TODAY)
    places = [p.name for p in demo_services.places.list_places()]
    assert view.period_text() == "2026/27-Q3"  # the current quarter by default
    assert view.status_label.text() == "Q3 2026/27 · as at 24 November 2026 · 4 places"
    assert [cell(view, r, 0) for r in range(view.proxy.rowCount())] == places
    assert view.model.COLUMNS[:FIRST_METRIC] == FIXED_COLUMNS
    for row, line in enumerate(pack.comparison):
        counts = [str(line.rag_counts[k]) for k in ("red", "amber", "green", "blue", "grey")]
        assert [cell(view, row, c) for c in range(RED, RED + 5)] == counts
        assert str(cell(view, row, STAGE)).startswith(f"{line.stage}\nNext, ")
        assert cell(view, row, ATTENDANCE) == format_rate(line.attendance_rate)
        assert cell(view, row, MEETINGS) == f"{line.meetings_held} / {line.quorate_meetings}"
        assert str(cell(view, row, RISKS)).startswith(f"{line.open_high_risks} of ")
        assert cell(view, row, OVERDUE) == str(line.overdue_actions)
        for m in line.metrics:  # matched by name, the latest value then both icons
            text = str(cell(view, row, column_of(view, m.name)))
            assert text.startswith(m.latest_text + "\n")
            tip = str(cell(view, row, column_of(view, m.name), ROLE.ToolTipRole))
            assert m.variation_text in tip and m.assurance_text in tip
    names = {m.name for m in demo_services.metrics.list_metrics()}
    assert set(view.model.COLUMNS[FIRST_METRIC:]) == names
    assert view.pack_button.isEnabled()


def test_rag_counts_are_coloured_and_numbered(view: IcbView) -> None:
    header = view.proxy.headerData(RED, Qt.Orientation.Horizontal, ROLE.DisplayRole)
    assert header == "Red"
    seen_zero = False
    for row in range(view.proxy.rowCount()):
        for column, key in ((RED, "red"), (GREY, "grey")):
            count = int(str(cell(view, row, column)))
            fill = cell(view, row, column, ROLE.BackgroundRole)
            if count:
                assert fill.color() == QColor(RAG_COLOURS[key])  # type: ignore[attr-defined]
            else:
                seen_zero = True
                assert fill is None  # a nought stays plain: nothing to draw the eye
            assert f"{count} priorit" in str(cell(view, row, column, ROLE.ToolTipRole))
    assert seen_zero, "Blackpool has no priority not started"


def test_nothing_can_be_edited_and_every_column_sorts(view: IcbView) -> None:
    assert view.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    for row in range(view.proxy.rowCount()):
        for column in range(view.proxy.columnCount()):
            flags = view.proxy.index(row, column).flags()
            assert not flags & Qt.ItemFlag.ItemIsEditable
    view.table.sortByColumn(OVERDUE, Qt.SortOrder.DescendingOrder)
    overdue = [int(str(cell(view, r, OVERDUE))) for r in range(view.proxy.rowCount())]
    assert overdue == sorted(overdue, reverse=True)
    # The Place column laid over the table follows the same sort.
    assert view.frozen.horizontalHeader().sortIndicatorSection() == OVERDUE
    view.frozen.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [str(cell(view, r, 0)) for r in range(view.proxy.rowCount())]
    assert names == sorted(names)
    assert view.table.horizontalHeader().sortIndicatorSection() == 0


def test_another_period_is_read_again_and_a_bad_one_says_why(view: IcbView, qtbot: QtBot) -> None:
    view.period_combo.setEditText("2025/26")
    view._on_period()
    wait_read(view, qtbot)
    assert view.shown is not None and view.shown.period.key == "2025/26"
    assert view.status_label.text() == "2025/26 · as at 31 March 2026 · 4 places"

    view.period_combo.setEditText("2027/28")
    view._on_period()
    assert "has not begun yet" in view.status_label.text()
    assert view.proxy.rowCount() == 0 and not view.pack_button.isEnabled()

    view.period_combo.setEditText("next year")
    view._on_period()
    assert "2024/25" in view.status_label.text()  # says what a period looks like
    assert view.shown is None


def test_a_reading_asked_for_mid_reading_is_the_one_shown(view: IcbView, qtbot: QtBot) -> None:
    view.period_combo.setEditText("2026/27-Q1")
    view.reload()
    view.period_combo.setEditText("2026/27-Q2")
    view.reload()  # the first is cancelled, or its result dropped, then read again
    wait_read(view, qtbot)
    assert view.shown is not None and view.shown.period.key == "2026/27-Q2"
    assert view.status_label.text().startswith("Q2 2026/27 · as at 30 September 2026")


def test_the_pack_button_asks_for_the_period_shown(view: IcbView, qtbot: QtBot) -> None:
    view.period_combo.setEditText("2026/27-Q3 typed, not yet read")
    with qtbot.waitSignal(view.assurance_pack_requested) as asked:
        view.pack_button.click()
    assert asked.args == ["2026/27-Q3"]


def test_closing_mid_reading_stops_the_worker(view: IcbView) -> None:
    view.reload()
    assert view.is_reading()
    view.close()
    assert view.task is not None and not view.task.is_running()  # the thread has ended


def test_every_control_has_an_accessible_name(view: IcbView) -> None:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)
    for control in view.findChildren(QWidget):
        if isinstance(control, kinds) and control.isVisibleTo(view):
            assert control.accessibleName(), control.objectName() or type(control).__name__


# -- the model alone ------------------------------------------------------------------


def icons(name: str, value: float | None, variation: str = "common_cause") -> MetricIcons:
    return MetricIcons(name, "%", "Sep 2026" if value is not None else "", value, variation, None)


def side(place: str, *metrics: MetricIcons, overdue: int = 0) -> PlaceSideBySide:
    counts = {"red": 1, "amber": 0, "green": 2, "blue": 0, "grey": 0}
    line = PlaceComparison(place, "In shadow", counts, metrics, None, 0, 0, 0, overdue)
    return PlaceSideBySide(place, line, "", "", 0)


def test_metrics_are_matched_by_name_and_a_missing_one_says_so() -> None:
    model = IcbModel()
    model.set_rows(
        [
            side("A", icons("Waits", 70.5, "concern_high"), icons("Visits", None)),
            side("B", icons("Falls", 3.0), icons("Waits", 64.0), overdue=2),
        ]
    )
    assert model.COLUMNS[FIRST_METRIC:] == ("Waits", "Visits", "Falls")
    waits, visits, falls = (FIRST_METRIC + n for n in range(3))

    def at(row: int, column: int, role: int = ROLE.DisplayRole) -> object:
        return model.index(row, column).data(role)

    assert at(0, waits) == "70.5%\nConcern ↑ · No target"
    assert at(0, waits, ROLE.BackgroundRole) is not None  # a concern is marked
    assert at(1, waits, ROLE.BackgroundRole) is None
    assert at(0, visits) == "No values"
    assert at(0, falls) == NO_METRIC
    assert at(0, falls, ROLE.ToolTipRole) == "A keeps no values of this metric."
    assert at(0, ATTENDANCE) == "–" and at(0, STAGE) == "In shadow"  # no rate, no next step
    assert at(1, OVERDUE, ROLE.BackgroundRole) is not None
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag(0)
    model.set_rows([side("C")])  # fewer metrics: the columns follow
    assert model.columnCount(QModelIndex()) == FIRST_METRIC
