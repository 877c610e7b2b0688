"""A screen reader's view of every area over the demo boards: each interactive widget
on screen, in every view and every tab of it, has an accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.ui.areas import AREAS

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


def unnamed(root: QWidget) -> list[str]:
    """The interactive widgets showing under `root` that a screen reader cannot name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QScrollBar):
            continue  # read by its role and its view's name
        shown = isinstance(widget, INTERACTIVE) and widget.isVisibleTo(root)
        if shown and not widget.accessibleName().strip():
            where = widget.objectName() or type(widget).__name__
            parent = widget.parentWidget()
            missing.append(f"{where} in {type(parent).__name__ if parent else '?'}")
    return missing


def tabs_of(view: QWidget) -> list[tuple[QTabWidget, int]]:
    return [(t, n) for t in view.findChildren(QTabWidget) for n in range(t.count())]


def test_every_control_in_every_view_has_an_accessible_name(
    make_window: MakeWindow, demo_services: Services, qtbot: QtBot
) -> None:
    window = make_window(demo_services)
    window.resize(1366, 768)
    problems: dict[str, list[str]] = {}
    for row, area in enumerate(AREAS):
        window.show_area(row)
        view = window.stack.currentWidget()
        qtbot.wait(10)
        found = unnamed(window)
        for tabs, index in tabs_of(view):
            tabs.setCurrentIndex(index)
            qtbot.wait(10)
            found += unnamed(window)
        if found:
            problems[area.name] = sorted(set(found))
    assert problems == {}
