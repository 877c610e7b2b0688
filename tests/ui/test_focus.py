"""Visible focus: every kind of control looks different with the keyboard's focus on it
(resources/style.qss, its Focus block), in NHS focus yellow with a dark edge, without
changing size as the focus comes and goes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from placeboard.ui import form_compiler

YELLOW = QColor("#FFEB3B")  # NHS focus yellow
DARK = QColor("#231F20")  # NHS black: the focus's dark edge
WHITE = QColor("#FFFFFF")
NHS_BLUE = QColor("#005EB8")
WINDOW = QColor("#F0F4F5")  # the windows' and dialogs' background


def table() -> QTableView:
    view = QTableView()
    view.setModel(QStringListModel(["Amara", "Kwame", "Priya"], view))
    return view


def tabs() -> QTabWidget:
    widget = QTabWidget()
    widget.addTab(QWidget(), "Members")
    widget.addTab(QWidget(), "Partners")
    return widget


def editable_combo() -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(["2026/27-Q3", "2026/27"])
    return combo


def browser() -> QTextBrowser:
    text = QTextBrowser()
    text.setPlainText("Health and care workforce gaps")
    return text


# (kind, how to make one, the focus colour it must show: yellow fill, or dark edge only)
KINDS: list[tuple[str, Callable[[], QWidget], QColor]] = [
    ("button", lambda: QPushButton("Add member…"), YELLOW),
    ("tool button", lambda: QToolButton(text="Show the numbers", checkable=True), YELLOW),
    ("line edit", lambda: QLineEdit("Blackpool"), YELLOW),
    ("combo", lambda: QComboBox(), YELLOW),
    ("editable combo", editable_combo, YELLOW),
    ("spin box", lambda: QSpinBox(), YELLOW),
    ("date", lambda: QDateEdit(), YELLOW),
    ("text", lambda: QPlainTextEdit("Discussion"), YELLOW),
    ("read-only text", browser, DARK),
    ("table", table, DARK),
    ("list", lambda: QListView(), DARK),
    ("check box", lambda: QCheckBox("Show past members"), YELLOW),
    ("radio button", lambda: QRadioButton("Meeting pack"), YELLOW),
    ("scroll area", lambda: QScrollArea(), DARK),
]


def count(image: QImage, colour: QColor) -> int:
    wanted = colour.rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == wanted
    )


def focus_target(widget: QWidget) -> QWidget:
    return widget.tabBar() if isinstance(widget, QTabWidget) else widget


@pytest.fixture
def form(qtbot: QtBot) -> QWidget:
    """A window under the application's style sheet, with somewhere else for the focus."""
    window = QWidget()
    window.setObjectName("focusForm")
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(QLineEdit(objectName="elsewhere"))
    window.resize(360, 200)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def looks(form: QWidget, widget: QWidget, qtbot: QtBot, focused: bool) -> tuple[QImage, object]:
    target = focus_target(widget)
    if focused:
        target.setFocus(Qt.FocusReason.TabFocusReason)
    else:
        form.findChild(QLineEdit, "elsewhere").setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: target.hasFocus() == focused)
    qtbot.wait(5)
    return target.grab().toImage(), target.sizeHint()


@pytest.mark.parametrize(("kind", "make", "colour"), KINDS, ids=[k[0] for k in KINDS])
def test_every_kind_of_control_shows_the_focus(
    form: QWidget, qtbot: QtBot, kind: str, make: Callable[[], QWidget], colour: QColor
) -> None:
    widget = make()
    form.layout().addWidget(widget)
    away, size_away = looks(form, widget, qtbot, focused=False)
    here, size_here = looks(form, widget, qtbot, focused=True)
    assert here != away, f"a {kind} looks the same with and without the focus"
    assert count(here, colour) > count(away, colour) + 20, f"no {colour.name()} on a {kind}"
    if colour == YELLOW:  # the yellow has its dark edge, for white backgrounds
        assert count(here, DARK) > count(away, DARK), f"no dark edge on a {kind}"
    assert size_here == size_away, f"a {kind} changes size with the focus"


def test_the_current_tab_of_a_focused_tab_bar_turns_yellow(form: QWidget, qtbot: QtBot) -> None:
    widget = tabs()
    form.layout().addWidget(widget)
    away, _size = looks(form, widget, qtbot, focused=False)
    here, _size = looks(form, widget, qtbot, focused=True)
    assert count(away, YELLOW) == 0  # not the bar's empty stretch either
    assert count(here, YELLOW) > 100
    assert count(here, DARK) > count(away, DARK)


def test_the_default_button_of_a_dialog_shows_the_focus_too(form: QWidget, qtbot: QtBot) -> None:
    button = QPushButton("Save")
    button.setDefault(True)
    form.layout().addWidget(button)
    away, _size = looks(form, button, qtbot, focused=False)
    here, _size = looks(form, button, qtbot, focused=True)
    assert count(away, NHS_BLUE) > 100 and count(here, NHS_BLUE) == 0
    assert count(here, YELLOW) > 100


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def focus_rules() -> dict[str, list[QColor]]:
    """Each :focus rule of the sheet's Focus block: its selector and its colours."""
    sheet = (form_compiler.RESOURCES_DIR / "style.qss").read_text(encoding="utf-8")
    block = sheet[sheet.index("/* Focus") :]
    block = re.sub(r"/\*.*?\*/", "", block, flags=re.DOTALL)
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", block)
    found = {}
    for selector, body in rules:
        colours = [QColor(c) for c in re.findall(r"#[0-9A-Fa-f]{6}", body)]
        shown = [c for c in colours if c != WHITE]  # white puts a background back
        if ":focus" in selector and shown:
            found[" ".join(selector.split())] = shown
    return found


def test_each_focus_colour_set_shows_on_white_and_on_nhs_blue() -> None:
    """WCAG 2.2 non-text contrast, 3:1, for what shows the focus: against white and the
    window's pale grey; and, where the control is filled yellow (a button, a field, a
    box: what sits on the blue tool bar, or is the blue default button), against NHS
    blue. Tables, lists and pages, never on blue, take the dark edge alone."""
    rules = focus_rules()
    assert len(rules) >= 5
    for selector, colours in rules.items():
        for ground in (WHITE, WINDOW):
            assert max(contrast(c, ground) for c in colours) >= 3, (selector, ground.name())
        if YELLOW in colours:
            assert max(contrast(c, NHS_BLUE) for c in colours) >= 3, selector


def test_the_packaged_sheet_carries_the_focus_block() -> None:
    packaged = Path(form_compiler.PACKAGE_RESOURCES_DIR / "style.qss").read_text(encoding="utf-8")
    assert "/* Focus" in packaged and "QTabBar::tab:selected:focus" in packaged
