"""The Attendance tab: period chooser, two sortable and filterable tables of rates, the
line saying what was counted; real widgets over the demo boards."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible, QBrush, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QWidget,
)
from pytestqt.qtbot import QtBot

from placeboard.domain.attendance import Counts
from placeboard.services import Services
from placeboard.services.attendance import MemberRate
from placeboard.store.database import open_database
from placeboard.ui.attendance_model import SORT_ROLE, MemberRateModel, rate_text
from placeboard.ui.attendance_tab import AttendanceTab, counted_text, share

TODAY = date(2026, 6, 15)
ALL_TIME = (date(2000, 1, 1), date(2030, 12, 31))


WINDOWS: list[QMainWindow] = []  # pytest-qt holds widgets weakly; the host must live


def make_tab(qtbot: QtBot, services: Services, show: bool = True) -> AttendanceTab:
    """The tab alone in a window, as the Membership view hosts it in a tab."""
    window = QMainWindow()
    tab = AttendanceTab(services, QUndoStack(window), today=lambda: TODAY)
    window.setCentralWidget(tab)
    window.resize(1366, 768)
    qtbot.addWidget(window)
    WINDOWS.append(window)
    if show:
        window.show()
        qtbot.waitExposed(window)
    return tab


@pytest.fixture(autouse=True)
def _let_windows_go() -> Iterator[None]:
    yield
    WINDOWS.clear()


def place_id(services: Services, name: str) -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


def column_texts(tab: AttendanceTab, table: str, column: int) -> list[str]:
    proxy = getattr(tab, table).proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def rate_row(name: str, counts: Counts) -> MemberRate:
    return MemberRate(name, name, "Blackpool Council", "Member", True, counts)


# -- the model, without widgets ----------------------------------------------------------


def test_rate_shown_as_a_percentage_and_low_rates_marked_in_words() -> None:
    assert rate_text(Counts(6, 4, 1, 1, 0)) == "83%"
    assert rate_text(Counts(5, 1, 1, 2, 1)) == "40% (low)"
    assert rate_text(Counts(2, 1, 0, 1, 0)) == "50%"  # 50% is not below 50%
    assert rate_text(Counts()) == "–"


def test_low_rates_are_highlighted_and_spoken(qtbot: QtBot) -> None:
    model = MemberRateModel()
    model.set_rows([rate_row("Low", Counts(5, 1, 1, 2, 1)), rate_row("Fine", Counts(4, 4))])
    rate = model.rate_column
    low, fine = model.index(0, rate), model.index(1, rate)
    assert low.data() == "40% (low)"
    assert isinstance(low.data(Qt.ItemDataRole.BackgroundRole), QBrush)
    assert low.data(Qt.ItemDataRole.AccessibleTextRole) == "40%, low attendance"
    assert fine.data(Qt.ItemDataRole.BackgroundRole) is None
    assert fine.data() == "100%"
    assert model.low_rows() == 1
    assert model.headerData(rate, Qt.Orientation.Horizontal) == "Rate"


def test_numeric_columns_sort_as_numbers(qtbot: QtBot, services: Services) -> None:
    tab = make_tab(qtbot, services)
    rows = [
        rate_row("A", Counts(9, 9)),
        rate_row("B", Counts(100, 50, 0, 0, 50)),
        rate_row("C", Counts(10, 1, 0, 0, 9)),
        rate_row("D", Counts()),
    ]
    tab.member_model.set_rows(rows)
    expected = tab.member_model.first_number
    tab.members_table.sortByColumn(expected, Qt.SortOrder.AscendingOrder)
    # As text "10" < "100" < "9"; as numbers 0 < 9 < 10 < 100.
    assert column_texts(tab, "members_table", expected) == ["0", "9", "10", "100"]
    rate = tab.member_model.rate_column
    tab.members_table.sortByColumn(rate, Qt.SortOrder.DescendingOrder)
    assert column_texts(tab, "members_table", rate) == ["100%", "50%", "10% (low)", "–"]
    assert tab.member_model.index(0, rate).data(SORT_ROLE) == 1.0


def test_sorting_keeps_the_selection_and_new_rows_keep_the_order(
    qtbot: QtBot, services: Services
) -> None:
    tab = make_tab(qtbot, services)
    rows = [
        rate_row("Cara", Counts(4, 1, 0, 3, 0)),
        rate_row("Ann", Counts(10, 9, 0, 1, 0)),
        rate_row("Bob", Counts(2, 2)),
    ]
    tab.member_model.set_rows(rows)
    table = tab.members_table
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column_texts(tab, "members_table", 0) == ["Ann", "Bob", "Cara"]
    table.selectRow(1)
    table.sortByColumn(tab.member_model.first_number, Qt.SortOrder.DescendingOrder)
    assert column_texts(tab, "members_table", 0) == ["Ann", "Cara", "Bob"]
    assert [i.data() for i in table.selectionModel().selectedRows()] == ["Bob"]
    tab.member_model.set_rows(list(reversed(rows)))  # a reload: the order chosen stays
    assert column_texts(tab, "members_table", 0) == ["Ann", "Cara", "Bob"]


def test_share_cuts_the_widest_text_columns_first() -> None:
    assert share([100, 300, 200], 700, 90) == [100, 300, 200]  # room enough
    cut = share([100, 300, 200], 400, 90)
    assert cut[0] == 100 and cut[1] == cut[2] and sum(cut) <= 400
    assert share([100, 300, 200], 50, 90) == [90, 90, 90]  # never below the minimum
    assert share([60, 300], 100, 90) == [60, 90]


def test_columns_fit_the_width_with_the_rate_in_view(qtbot: QtBot, services: Services) -> None:
    tab = make_tab(qtbot, services)
    long = "Lancashire and South Cumbria NHS Foundation Trust, a long partner name"
    tab.member_model.set_rows(
        [MemberRate("m", "Olusegun Examplewala", long, "Member", True, Counts(4, 4))]
    )
    table = tab.members_table
    table.fit_columns()
    header = table.horizontalHeader()
    columns = range(tab.member_model.columnCount())
    assert sum(header.sectionSize(c) for c in columns) <= table.viewport().width()
    assert header.sectionSize(1) >= 90


# -- the tab over the demo boards ------------------------------------------------------


def test_shows_the_last_12_months_of_the_chosen_board(
    qtbot: QtBot, demo_services: Services
) -> None:
    tab = make_tab(qtbot, demo_services)
    pid = place_id(demo_services, "Blackpool")
    tab.set_place(pid)
    assert tab.preset.currentText() == "Last 12 months"
    assert tab.start_edit.text() == "16/06/2025"
    assert tab.end_edit.text() == "15/06/2026"
    report = demo_services.attendance.rates(pid, date(2025, 6, 16), TODAY)
    assert tab.report == report
    assert tab.member_model.rowCount() == len(report.members) > 0
    assert tab.organisation_model.rowCount() == len(report.organisations) > 0
    assert tab.counted.text() == counted_text(report)
    assert f"{report.meetings_counted} held meetings counted" in tab.counted.text()


def test_the_line_says_what_was_counted_and_left_out(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    tab.set_place(place_id(demo_services, "Blackpool"))
    tab.set_period(*ALL_TIME)
    report = tab.report
    assert report is not None and report.cancelled_excluded >= 1
    text = tab.counted.text()
    assert f"{report.meetings_counted} held meetings counted from 01/01/2000 to 31/12/2030" in text
    cancelled = report.cancelled_excluded
    assert f"{cancelled} cancelled meeting{'s' if cancelled > 1 else ''} " in text
    assert "planned meetings are not counted" in text


def test_presets_and_custom_dates(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    tab.set_place(place_id(demo_services, "Lancashire"))
    tab.preset.setCurrentText("This financial year")
    assert (tab.start_edit.text(), tab.end_edit.text()) == ("01/04/2026", "31/03/2027")
    tab.preset.setCurrentText("Last financial year")
    assert tab.period() == (date(2025, 4, 1), date(2026, 3, 31))
    assert tab.report is not None and tab.report.start == date(2025, 4, 1)
    # Changing a date by hand makes the period a custom one, and reads again.
    tab.start_edit.setDate(QDate(2025, 10, 1))
    assert tab.preset.currentText() == "Custom"
    assert tab.report.start == date(2025, 10, 1)
    # Choosing Custom keeps the dates shown.
    tab.preset.setCurrentText("Last 12 months")
    tab.preset.setCurrentText("Custom")
    assert tab.period() == (date(2025, 6, 16), TODAY)


def test_a_period_that_ends_before_it_starts_says_so(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    tab.set_place(place_id(demo_services, "Blackpool"))
    tab.set_period(date(2026, 1, 1), date(2025, 1, 1))
    assert tab.counted.text() == "The period ends before it starts."
    assert tab.member_model.rowCount() == 0


def test_filter_narrows_both_tables(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    tab.set_place(place_id(demo_services, "Blackpool"))
    before = tab.members_table.proxy.rowCount()
    qtbot.keyClicks(tab.filter_edit, "COUNCIL")
    orgs = column_texts(tab, "organisations_table", 0)
    assert orgs and all("council" in name.casefold() for name in orgs)
    members = tab.members_table.proxy
    assert 0 < members.rowCount() < before
    for r in range(members.rowCount()):
        row = " ".join(members.index(r, c).data() for c in range(4))
        assert "council" in row.casefold()
    tab.filter_edit.clear()
    assert tab.members_table.proxy.rowCount() == before


def test_sorting_and_filtering_do_not_read_again(
    qtbot: QtBot, demo_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = make_tab(qtbot, demo_services)
    tab.set_place(place_id(demo_services, "Blackpool"))
    calls: list[object] = []
    original = demo_services.attendance.rates
    monkeypatch.setattr(
        demo_services.attendance, "rates", lambda *a: calls.append(a) or original(*a)
    )
    for column in range(tab.member_model.columnCount()):
        tab.members_table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    tab.filter_edit.setText("a")
    tab.members_table.viewport().repaint()
    assert calls == []
    tab.preset.setCurrentText("Last financial year")
    assert len(calls) == 1


def test_a_hidden_tab_reads_nothing_until_shown(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services, show=False)
    tab.set_place(place_id(demo_services, "Blackpool"))
    assert tab.report is None
    tab.window().show()
    qtbot.waitExposed(tab.window())
    assert tab.report is not None
    assert tab.member_model.rowCount() > 0


def test_no_place(qtbot: QtBot, services: Services) -> None:
    tab = make_tab(qtbot, services)
    tab.set_place(None)
    assert tab.counted.text() == "Choose a board to see its attendance."
    assert tab.member_model.rowCount() == 0


def test_every_control_is_named_and_labelled(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    tab.set_place(place_id(demo_services, "Blackpool"))
    interactive = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox)
    unnamed = []
    for widget in tab.findChildren(QWidget):
        if not isinstance(widget, interactive):
            continue
        spoken = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        if not spoken or not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []
    for control in (tab.preset, tab.start_edit, tab.end_edit, tab.filter_edit):
        assert control.accessibleDescription()
    buddies = {lab.buddy() for lab in tab.findChildren(QLabel) if lab.buddy() is not None}
    assert {tab.preset, tab.start_edit, tab.end_edit, tab.filter_edit} <= buddies
    assert {tab.members_table, tab.organisations_table} <= buddies


def test_tab_moves_through_the_controls_and_out_of_the_tables(
    qtbot: QtBot, demo_services: Services
) -> None:
    tab = make_tab(qtbot, demo_services)
    tab.set_place(place_id(demo_services, "Blackpool"))
    tab.window().activateWindow()
    qtbot.waitUntil(lambda: tab.window().isActiveWindow())
    tab.preset.setFocus()
    seen = [tab.focusWidget()]
    # Within a date edit Tab first steps through day, month and year, as Qt does.
    for _ in range(12):
        qtbot.keyClick(tab.focusWidget(), Qt.Key.Key_Tab)
        if tab.focusWidget() is not seen[-1]:
            seen.append(tab.focusWidget())
        if tab.focusWidget() is tab.organisations_table:
            break
    assert seen == [
        tab.preset,
        tab.start_edit,
        tab.end_edit,
        tab.filter_edit,
        tab.members_table,
        tab.organisations_table,
    ]
    assert not tab.members_table.tabKeyNavigation()
    qtbot.keyClick(tab.members_table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert tab.focusWidget() is tab.filter_edit  # Fi&lter
    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert tab.focusWidget() is tab.organisations_table  # By or&ganisation


# -- the large demo: timings printed, never asserted ----------------------------------


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    folder: Path = tmp_path_factory.mktemp("large") / "data"
    services = Services(open_database(folder))
    services.demo.load(scale="large", today=TODAY)
    yield services
    services.close()


def test_large_board_sorts_and_filters_without_delay(qtbot: QtBot, large: Services) -> None:
    tab = make_tab(qtbot, large)
    pid = place_id(large, "Lancashire")
    started = time.perf_counter()
    tab.set_place(pid)
    tab.set_period(*ALL_TIME)
    loaded = time.perf_counter() - started
    rows = tab.member_model.rowCount()
    assert rows >= 100

    started = time.perf_counter()
    for column in range(tab.member_model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tab.members_table.sortByColumn(column, order)
    sorts = 2 * tab.member_model.columnCount()
    sorting = (time.perf_counter() - started) / sorts

    started = time.perf_counter()
    for text in ("l", "la", "lan", "lanc", "", "trust", ""):
        tab.filter_edit.setText(text)
    filtering = (time.perf_counter() - started) / 7
    print(
        f"\nattendance tab, large demo ({rows} members, all time): "
        f"load {loaded * 1000:.1f} ms, sort {sorting * 1000:.2f} ms, "
        f"filter {filtering * 1000:.2f} ms"
    )
    assert tab.members_table.proxy.rowCount() == rows
