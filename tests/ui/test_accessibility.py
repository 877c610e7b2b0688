"""A screen reader's view of every area over the demo boards: each interactive widget
on screen, in every view and every tab of it, has an accessible name and a description,
read as a screen reader reads them, through Qt's accessibility interface.

Qt's interface gives a widget's accessibleName, else (for most widgets) its buddy
label's text or a button's text; and its accessibleDescription, else its tooltip.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.ui.areas import AREAS
from placeboard.ui.main_window import MainWindow

from .conftest import MakeWindow

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def is_interactive(widget: QWidget) -> bool:
    """A control, or any widget the keyboard can reach (a chart, a heat map)."""
    if isinstance(widget, QScrollBar):
        return False  # read by its role and its view's name
    owner = widget.focusProxy()
    if isinstance(owner, QAbstractScrollArea) and widget.parentWidget() is owner:
        return False  # a view's inside, which passes the focus (and its name) to the view
    if isinstance(widget, QLabel):
        return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)  # a link label
    return isinstance(widget, INTERACTIVE) or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def buddy_text(widget: QWidget) -> str:
    """The text of the label whose buddy `widget` is, without its mnemonic."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "").strip()
    return ""


def spoken(widget: QWidget) -> tuple[str, str]:
    """(name, description) as a screen reader gets them."""
    face = QAccessible.queryAccessibleInterface(widget)
    name = face.text(QAccessible.Text.Name).strip()
    description = face.text(QAccessible.Text.Description).strip()
    if isinstance(widget, QComboBox):
        # On Linux Qt gives a combo's value as its Name and its label by a relation;
        # Windows reads the accessible name, else the label.
        name = widget.accessibleName().strip() or buddy_text(widget)
    return name, description


def where(widget: QWidget) -> str:
    parent = widget.parentWidget()
    named = widget.objectName() or type(widget).__name__
    return f"{named} {widget.accessibleName()!r} in {type(parent).__name__ if parent else '?'}"


def tabs_spoken(bar: QTabBar) -> list[tuple[str, str]]:
    """(name, description) of each tab of `bar`, as Qt's interface for a tab gives them:
    its text and its tooltip. (A tab bar itself has no description: its name is the
    current tab's. The tabs' interfaces are read from the bar here rather than through
    Qt, whose child interfaces Python must not hold on to.)"""
    return [
        (bar.tabText(n).replace("&", "").strip(), bar.tabToolTip(n).strip())
        for n in range(bar.count())
    ]


def missing(name: str, description: str, what: str) -> list[str]:
    if not name:
        return [f"no name: {what}"]
    if not description:
        return [f"no description: {what}"]
    if description.casefold().rstrip(".") == name.casefold().rstrip(".:"):
        return [f"description repeats the name: {what}"]
    return []


def unspoken(root: QWidget) -> list[str]:
    """What a screen reader misses about the interactive widgets showing under `root`:
    a name, a description, or a description other than the name again."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not (is_interactive(widget) and widget.isVisibleTo(root)):
            continue
        if isinstance(widget, QTabBar):
            for n, (name, description) in enumerate(tabs_spoken(widget)):
                problems += missing(name, description, f"tab {n} of {where(widget)}")
            continue
        problems += missing(*spoken(widget), where(widget))
    return problems


def tabs_of(view: QWidget) -> list[tuple[QTabWidget, int]]:
    return [(t, n) for t in view.findChildren(QTabWidget) for n in range(t.count())]


def pages(window: MainWindow, qtbot: QtBot) -> Iterator[tuple[str, QWidget]]:
    """Every area's view, and every tab of it, on screen in turn: (label, view). The
    Meetings view twice: on the next meeting (as it opens), then on the first one held,
    with its attendance, minutes and actions."""
    for row, area in enumerate(AREAS):
        window.show_area(row)
        view = window.stack.currentWidget()
        qtbot.wait(5)
        yield area.name, view
        for tabs, index in tabs_of(view):
            tabs.setCurrentIndex(index)
            qtbot.wait(5)
            yield f"{area.name} ▸ {tabs.tabText(index).replace('&', '')}", view
        meetings = view.findChild(QTableView, "meetingsTable")
        if meetings is not None:
            meetings.selectRow(0)  # the earliest: held, minuted
            for tabs, index in tabs_of(view):
                tabs.setCurrentIndex(index)
                qtbot.wait(5)
                yield f"{area.name} (held) ▸ {tabs.tabText(index).replace('&', '')}", view


def test_spoken_reads_buddies_and_tooltips(qtbot: QtBot) -> None:
    """What the walk relies on: Qt falls back to the buddy label and the tooltip."""
    form = QWidget()
    qtbot.addWidget(form)
    edit = QLineEdit(form)
    label = QLabel("&Venue:", form)
    label.setBuddy(edit)
    edit.setToolTip("Where the meeting is held")
    assert spoken(edit) == ("Venue:", "Where the meeting is held")
    edit.setAccessibleDescription("The venue")
    assert spoken(edit)[1] == "The venue"
    assert unspoken(form) == []
    edit.setAccessibleDescription("")
    edit.setToolTip("")
    assert unspoken(form) == [f"no description: {where(edit)}"]


def test_every_control_in_every_view_is_named_and_described(
    make_window: MakeWindow, demo_services: Services, qtbot: QtBot
) -> None:
    window = make_window(demo_services)
    window.resize(1366, 768)
    problems: dict[str, list[str]] = {}
    for label, view in pages(window, qtbot):
        found = unspoken(window)
        for choice in view.findChildren(QRadioButton):  # what shows with another choice
            if choice.isVisibleTo(window) and not choice.isChecked():
                choice.setChecked(True)
                found += unspoken(window)
        if found:
            problems[label] = sorted(set(found))
    assert problems == {}
    assert QApplication.activeModalWidget() is None
