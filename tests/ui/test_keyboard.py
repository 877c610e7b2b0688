"""The keyboard alone, over the demo boards in the main window: Tab and Shift+Tab reach
every control of every view and tab and come back to the navigation (no trap);
Ctrl+Tab and Ctrl+PgDown switch tabs, Ctrl+1 … Ctrl+0 switch areas; in a table, Enter
does what a double click does, F2 what its Edit button does, Delete what its Remove
button does, and the context-menu key opens the menu the right mouse button opens (with
Sort by, for what a click on a column heading does); the heat map works with the arrows.

Keys are real key events sent to the widget that has the focus, as Qt's window sends
them. The context-menu key is the exception: the platform turns it into a context-menu
event (offscreen has no such platform code), so `menu_key` sends that event itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QContextMenuEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QMenu,
    QMessageBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.ui.areas import AREAS
from placeboard.ui.main_window import MainWindow

from .conftest import OFFSCREEN_NOISE, MakeWindow
from .test_accessibility import pages, where

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
MOST_STOPS = 150  # far more than any view has: a round longer than this is a trap
# What the offscreen platform's stub logs for every popup menu (it has no window
# manager to raise it or hand it the keyboard): nothing about our code.
OFFSCREEN_POPUP = r"^This plugin does not support (raise\(\)|grabbing the keyboard)$"


# -- helpers ---------------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the focus was lost"
    return widget


def press(qtbot: QtBot, key: Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focused(), key, modifier)


def menu_key(widget: QWidget) -> None:
    """What the platform and Qt's window do for the context-menu key (or Shift+F10 on
    Windows): a keyboard context-menu event at the text cursor, or the current cell."""
    spot = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, spot, widget.mapToGlobal(spot))
    QApplication.sendEvent(widget, event)


def back_to(window: QWidget, qtbot: QtBot) -> None:
    """After a dialog or menu closes: offscreen gives the window back its activation
    (and the focus) only when asked."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def focus_target(widget: QWidget) -> QWidget:
    """The widget that really takes the focus when `widget` is given it."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def innermost_tabs(widget: QWidget) -> QTabWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    return parent


def tab_stops(view: QWidget) -> list[QWidget]:
    """Every control showing in `view` that Tab should reach. (Qt itself takes Tab off
    the unchecked buttons of a radio group: the arrows move among them.)"""
    stops = [
        focus_target(w)
        for w in view.findChildren(QWidget)
        if w.isVisibleTo(view.window())
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    return list(dict.fromkeys(stops))


def tab_round(window: MainWindow, qtbot: QtBot, key: Key) -> tuple[list[QWidget], bool]:
    """From the navigation, press `key` until the focus comes back to it: the widgets
    passed through, and whether it came back."""
    window.navigation.setFocus(Qt.FocusReason.OtherFocusReason)
    start = focused()
    passed: list[QWidget] = []
    for _ in range(MOST_STOPS):
        press(qtbot, key)
        if focused() is start:
            return passed, True
        passed.append(focused())
    return passed, False


class Browser(QObject):
    """Stands in for the browser and file manager: QDesktopServices hands it the URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


SCHEMES = ("http", "https", "file")


@pytest.fixture
def browser() -> Iterator[Browser]:
    opened = Browser()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, opened, "open")
    yield opened
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def window(
    make_window: MakeWindow, demo_services: Services, qtbot: QtBot, browser: Browser
) -> MainWindow:
    w = make_window(demo_services)
    w.resize(1366, 768)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.browser = browser  # type: ignore[attr-defined]
    return w


# -- Tab and Shift+Tab -----------------------------------------------------------------


def test_tab_and_shift_tab_reach_every_control_and_come_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    problems: dict[str, list[str]] = {}
    for label, view in pages(window, qtbot):
        found = []
        for key in (Key.Key_Tab, Key.Key_Backtab):
            passed, back = tab_round(window, qtbot, key)
            if not back:
                found.append(f"{key.name} never comes back: stuck in {where(passed[-1])}")
            found += [f"{key.name} misses {where(w)}" for w in tab_stops(view) if w not in passed]
        assert QApplication.activeWindow() is window, f"{label} took the focus out of the window"
        if found:
            problems[label] = found
    assert problems == {}


def test_tables_move_focus_on_with_tab_not_from_cell_to_cell(
    window: MainWindow, qtbot: QtBot
) -> None:
    cell_by_cell = set()
    for label, view in pages(window, qtbot):
        for table in view.findChildren(QTableView):
            reached = table.focusPolicy() & Qt.FocusPolicy.TabFocus
            if table.isVisibleTo(window) and reached and table.tabKeyNavigation():
                cell_by_cell.add(f"{label}: {where(table)}")
    assert cell_by_cell == set()


# -- tabs and areas --------------------------------------------------------------------


def test_ctrl_tab_and_ctrl_page_keys_switch_tabs(window: MainWindow, qtbot: QtBot) -> None:
    checked = 0
    for row, _area in enumerate(AREAS):
        window.show_area(row)
        view = window.stack.currentWidget()
        for tabs in view.findChildren(QTabWidget):
            if not tabs.isVisibleTo(window) or tabs.count() < 2:
                continue
            tabs.setCurrentIndex(0)
            tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
            press(qtbot, Key.Key_Tab, CTRL)
            assert tabs.currentIndex() == 1, where(tabs)
            press(qtbot, Key.Key_PageDown, CTRL)
            assert tabs.currentIndex() == 2 % tabs.count(), where(tabs)
            press(qtbot, Key.Key_PageUp, CTRL)
            press(qtbot, Key.Key_Backtab, CTRL | SHIFT)
            assert tabs.currentIndex() == 0, where(tabs)
            # From a control inside the page, too (not inside tabs within the page).
            inside = [
                w
                for w in tab_stops(tabs.currentWidget())
                if not isinstance(w, QTabBar) and innermost_tabs(w) is tabs
            ]
            if inside:
                inside[0].setFocus(Qt.FocusReason.TabFocusReason)
                press(qtbot, Key.Key_PageDown, CTRL)
                assert tabs.currentIndex() == 1, f"Ctrl+PgDown in {where(inside[0])}"
            checked += 1
    assert checked >= 7  # membership, terms, stages, priorities ×2, metrics, meetings


def test_ctrl_and_a_digit_switch_areas_from_anywhere(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.setFocus()
    for number in (2, 7, 8, 3, 1):
        press(qtbot, getattr(Key, f"Key_{number}"), CTRL)
        assert window.stack.currentIndex() == number - 1
        assert QApplication.activeWindow() is window
        # And again with the focus inside the view just shown.
        stops = tab_stops(window.stack.currentWidget())
        if stops:
            stops[-1].setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Key.Key_0, CTRL)
    assert window.stack.currentIndex() == 9


# -- tables: Enter, Delete and the menu key --------------------------------------------


Outcome = tuple[str, ...]


def dialogs_showing() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, (QDialog, QMessageBox)) and w.isVisible()
    ]


def outcome(window: MainWindow, qtbot: QtBot, act: Callable[[], None]) -> Outcome:
    """What `act` does that a person sees: the dialogs it opens (by title), the links
    it opens and the edit it makes (by its Undo text). The edit is then taken back."""
    stack = window.undo_stack
    urls: list[str] = window.browser.urls  # type: ignore[attr-defined]
    before = set(dialogs_showing())
    index = stack.index()
    act()
    qtbot.wait(5)
    opened = [w for w in dialogs_showing() if w not in before]
    seen = tuple(f"{type(w).__name__}: {w.windowTitle()}" for w in opened)
    seen += tuple(f"link: {url}" for url in urls)
    urls.clear()
    for w in opened:
        w.close()
        if isinstance(w, QDialog):
            w.reject()
    if stack.index() != index:
        seen += (f"edit: {stack.text(stack.index() - 1)}",)
        stack.setIndex(index)
    if opened:
        back_to(window, qtbot)
    return seen


def tables_with_rows(view: QWidget, window: QWidget) -> list[QAbstractItemView]:
    return [
        t
        for t in view.findChildren(QAbstractItemView)
        if t.isVisibleTo(window)
        and t.focusPolicy() & Qt.FocusPolicy.TabFocus
        and t.model() is not None
        and t.model().rowCount() > 0
    ]


def choose_first_row(table: QAbstractItemView) -> QPoint:
    """Choose the table's first row and give it the focus; where to double-click it."""
    index = table.model().index(0, 0)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentIndex(index)
    if table.selectionModel() is not None:
        flags = table.selectionModel().SelectionFlag
        table.selectionModel().select(index, flags.ClearAndSelect | flags.Rows)
    return table.visualRect(index).center()


def command_of(table: QAbstractItemView, words: tuple[str, ...], key: str) -> QAction | None:
    """The table's own command (a button and a menu entry) whose name starts with one of
    `words`, enabled for its first row: the one bound to `key` if there is one."""
    found = [
        a
        for a in table.actions()
        if a.text().replace("&", "").startswith(words) and a.isEnabled() and a.isVisible()
    ]
    keyed = [a for a in found if QKeySequence(key) in a.shortcuts()]
    return (keyed or found or [None])[0]


REMOVE = ("Remove", "Delete", "Clear", "Withdraw", "Take")
EDIT = ("Edit",)


def test_in_a_table_enter_does_what_a_double_click_does(window: MainWindow, qtbot: QtBot) -> None:
    differ: dict[str, tuple[Outcome, Outcome]] = {}
    compared = 0
    for label, view in pages(window, qtbot):
        for table in tables_with_rows(view, window):
            spot = choose_first_row(table)
            clicked = outcome(
                window,
                qtbot,
                lambda t=table, s=spot: qtbot.mouseDClick(
                    t.viewport(), Qt.MouseButton.LeftButton, pos=s
                ),
            )
            choose_first_row(table)
            entered = outcome(window, qtbot, lambda: press(qtbot, Key.Key_Return))
            compared += 1
            if clicked != entered:
                differ[f"{label}: {where(table)}"] = (clicked, entered)
    assert compared > 20
    assert differ == {}


def test_in_a_table_delete_does_what_the_remove_command_does(
    window: MainWindow, qtbot: QtBot
) -> None:
    differ: dict[str, tuple[Outcome, Outcome]] = {}
    compared = 0
    for label, view in pages(window, qtbot):
        for table in tables_with_rows(view, window):
            choose_first_row(table)
            remove = command_of(table, REMOVE, "Del")
            if remove is None:
                continue
            by_command = outcome(window, qtbot, remove.trigger)
            choose_first_row(table)
            by_key = outcome(window, qtbot, lambda: press(qtbot, Key.Key_Delete))
            compared += 1
            if by_key != by_command or not by_key:
                differ[f"{label}: {where(table)}"] = (by_command, by_key)
    assert compared >= 5
    assert differ == {}


def test_in_a_table_f2_does_what_the_edit_command_does(window: MainWindow, qtbot: QtBot) -> None:
    differ: dict[str, tuple[Outcome, Outcome]] = {}
    compared = 0
    for label, view in pages(window, qtbot):
        for table in tables_with_rows(view, window):
            choose_first_row(table)
            edit = command_of(table, EDIT, "F2")
            if edit is None:
                continue
            by_command = outcome(window, qtbot, edit.trigger)
            choose_first_row(table)
            by_key = outcome(window, qtbot, lambda: press(qtbot, Key.Key_F2))
            compared += 1
            if by_key != by_command or not by_key:
                differ[f"{label}: {where(table)}"] = (by_command, by_key)
    assert compared >= 10
    assert differ == {}


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, OFFSCREEN_POPUP)
def test_the_menu_key_opens_a_table_s_menu(window: MainWindow, qtbot: QtBot) -> None:
    missing = []
    opened = 0
    for label, view in pages(window, qtbot):
        for table in tables_with_rows(view, window):
            choose_first_row(table)
            sorts = isinstance(table, QTableView) and table.isSortingEnabled()
            if not table.actions() and not sorts:
                continue
            menu_key(focused())
            menu = QApplication.activePopupWidget()
            if not isinstance(menu, QMenu):
                missing.append(f"{label}: {where(table)}")
                continue
            opened += 1
            wanted = {a.text() for a in table.actions() if a.isVisible()}
            assert wanted <= {a.text() for a in menu.actions()}, where(table)
            qtbot.keyClick(menu, Key.Key_Escape)  # a menu takes the keys while it shows
            assert QApplication.activePopupWidget() is None
            back_to(window, qtbot)
    assert opened > 20
    assert missing == []


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, OFFSCREEN_POPUP)
def test_sort_by_from_a_table_s_menu(window: MainWindow, qtbot: QtBot) -> None:
    """The keyboard's way to what a click on a column heading does."""
    window.show_area(next(n for n, a in enumerate(AREAS) if a.key == "risks"))
    view = window.stack.currentWidget()
    table = view.findChild(QTableView, "risksTable")
    choose_first_row(table)
    menu_key(table)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    sort = next(a for a in menu.actions() if a.text().replace("&", "") == "Sort by")
    titles = [a.text().replace("&", "") for a in sort.menu().actions()]
    assert titles[:3] == ["Ref", "Risk", "Initial"]
    menu.close()
    header = table.horizontalHeader()
    sort.menu().actions()[1].trigger()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.AscendingOrder,
    )
    menu_key(table)
    menu = QApplication.activePopupWidget()
    sort = next(a for a in menu.actions() if a.text().replace("&", "") == "Sort by")
    assert sort.menu().actions()[1].isChecked()
    sort.menu().actions()[1].trigger()  # again: the other way
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    menu.close()
    back_to(window, qtbot)


def test_the_heat_map_is_worked_with_the_arrows_and_enter(window: MainWindow, qtbot: QtBot) -> None:
    window.place_combo.setCurrentIndex(window.place_combo.findText("Lancashire"))
    window.show_area(next(n for n, a in enumerate(AREAS) if a.key == "risks"))
    view = window.stack.currentWidget()
    heat = view.findChild(QTableView, "riskHeatMap")
    risks = view.findChild(QTableView, "risksTable")
    every = risks.model().rowCount()
    heat.setFocus(Qt.FocusReason.TabFocusReason)
    heat.setCurrentIndex(heat.model().index(0, 0))
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Right)
    press(qtbot, Key.Key_Right)
    assert (heat.currentIndex().row(), heat.currentIndex().column()) == (1, 2)
    press(qtbot, Key.Key_Space)
    assert risks.model().rowCount() < every  # filtered to that cell


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, OFFSCREEN_POPUP)
def test_a_minute_s_resolutions_are_worked_from_the_keyboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A list, not a table: Enter and F2 edit the chosen resolution as a double-click
    does, Delete takes it out as its Remove does, the menu key lists both."""
    from placeboard.ui.minutes_tab import MinutesTab

    window.show_area(next(n for n, a in enumerate(AREAS) if a.key == "meetings"))
    view = window.stack.currentWidget()
    view.findChild(QTableView, "meetingsTable").selectRow(0)  # held and minuted
    minutes = view.findChild(MinutesTab)
    view.tabs.setCurrentWidget(minutes)
    minutes.items.setCurrentRow(next(i for i, r in enumerate(minutes.rows) if r.resolutions))
    resolutions = minutes.resolutions
    spot = choose_first_row(resolutions)
    clicked = outcome(
        window,
        qtbot,
        lambda: qtbot.mouseDClick(resolutions.viewport(), Qt.MouseButton.LeftButton, pos=spot),
    )
    assert clicked and clicked[0].startswith("ResolutionDialog: Edit resolution")
    for key in (Key.Key_Return, Key.Key_F2):
        choose_first_row(resolutions)
        assert outcome(window, qtbot, lambda k=key: press(qtbot, k)) == clicked
    choose_first_row(resolutions)
    removed = outcome(window, qtbot, lambda: press(qtbot, Key.Key_Delete))
    choose_first_row(resolutions)
    assert removed == outcome(window, qtbot, minutes.remove_resolution.trigger)
    assert removed and removed[0].startswith("edit: ")
    choose_first_row(resolutions)
    menu_key(resolutions)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == ["&Edit resolution…", "Re&move resolution"]
    menu.close()
    back_to(window, qtbot)
