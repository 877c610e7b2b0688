"""Help: a guide per area that names the view's real controls and shortcuts, F1 opening
the guide to the area on screen, and the guide window used by keyboard alone."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.ui.areas import AREAS
from placeboard.ui.help_guides import GETTING_STARTED, guide_keys, load_guide, load_guides
from placeboard.ui.help_window import HelpWindow
from placeboard.ui.main_window import MainWindow

from .conftest import OFFSCREEN_NOISE, MakeWindow

BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
KEYS = re.compile(r"`([^`]+)`")
GUIDE_LINK = re.compile(r"\]\(guide:([^)]*)\)")
# Keys Qt gives every list, table and form, which no action of ours owns.
QT_KEYS = {"Tab", "Shift+Tab", "Enter", "Return", "Space", "Esc"}
AREA_KEYS = [area.key for area in AREAS]
# Offscreen has no stack of windows, so the raise_() that brings the guide window in
# front of the main one logs this, as every window logs OFFSCREEN_NOISE.
GUIDE_WINDOW_NOISE = pytest.mark.qt_log_ignore(
    OFFSCREEN_NOISE, r"^This plugin does not support raise\(\)$"
)


def plain(text: str) -> str:
    """A control's text as a guide names it: without the mnemonic's "&", the "…" and a
    label's closing colon, on one line."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "")
    return " ".join(text.split()).removesuffix(":").strip()


def control_names(root: QWidget) -> set[str]:
    """The texts a person sees on the controls in `root`: buttons, actions, tab titles,
    group box titles and labels."""
    texts = [b.text() for b in root.findChildren(QAbstractButton)]
    texts += [a.text() for a in root.findChildren(QAction)]
    texts += [g.title() for g in root.findChildren(QGroupBox)]
    texts += [label.text() for label in root.findChildren(QLabel)]
    for tabs in root.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return {plain(t) for t in texts if t}


def window_names(window: MainWindow) -> set[str]:
    """What is on screen with every view: the menus and their entries, the tool bar."""
    names = control_names(window.tool_bar)
    for menu_action in window.menuBar().actions():
        names.add(plain(menu_action.text()))
        menu = menu_action.menu()
        names |= {plain(a.text()) for a in menu.actions() if a.text()}
    return names


def key_names(actions: list[QAction], buttons: list[QAbstractButton]) -> set[str]:
    keys = {k.toString() for a in actions for k in a.shortcuts()}
    keys |= {b.shortcut().toString() for b in buttons}  # a button's Alt+letter
    return keys - {""}


def window_keys(window: MainWindow) -> set[str]:
    own = [a for a in window.findChildren(QAction) if a.parent() is window]
    return key_names(own, [])


def bold_phrases(markdown: str) -> list[str]:
    return [plain(phrase) for phrase in BOLD.findall(markdown)]


def key_phrases(markdown: str) -> list[str]:
    return KEYS.findall(markdown)


@pytest.fixture
def window(make_window: MakeWindow, demo_services: Services, qtbot: QtBot) -> MainWindow:
    w = make_window(demo_services)
    w.resize(1280, 860)
    activate(w, qtbot)
    return w


def activate(widget: QWidget, qtbot: QtBot) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def press_f1(window: MainWindow, qtbot: QtBot) -> None:
    """F1 as a person presses it: a key event to the widget with the focus."""
    activate(window, qtbot)
    window.navigation.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)


# -- the guides ------------------------------------------------------------------------


def test_every_area_has_a_guide_that_loads() -> None:
    assert guide_keys() == [GETTING_STARTED, *AREA_KEYS]
    for area in AREAS:
        guide = load_guide(area.key)
        assert guide.title == area.name
        words = len(guide.markdown.split())
        assert 120 <= words <= 340, f"{area.key}: {words} words, not one screen's worth"
        assert "## Keys" in guide.markdown and "## Good to know" in guide.markdown
        assert re.search(r"^1\. ", guide.markdown, re.MULTILINE), f"{area.key}: no steps"
    assert load_guide(GETTING_STARTED).title == "Getting started"


def test_links_between_guides_lead_to_guides() -> None:
    linked = set()
    for guide in load_guides():
        for key in GUIDE_LINK.findall(guide.markdown):
            assert key in guide_keys(), f"{guide.key} links to a guide that is not there: {key}"
            linked.add(key)
    assert linked >= set(AREA_KEYS)  # Getting started leads to every area's guide


def guide_problems(key: str, view: QWidget, window: MainWindow) -> list[str]:
    """Each **bold** name in guide `key` that no control of `view` (or of the window
    around every view) shows, and each `key` that no action or button there has."""
    names = control_names(view) | window_names(window)
    keys = key_names(view.findChildren(QAction), view.findChildren(QAbstractButton))
    keys |= window_keys(window) | QT_KEYS
    markdown = load_guide(key).markdown
    problems = [
        f"{key}: **{name}** is no control here"
        for name in bold_phrases(markdown)
        if name not in names
    ]
    for phrase in key_phrases(markdown):
        sequence = QKeySequence(phrase)
        if sequence.isEmpty() or sequence.toString() not in keys:
            problems.append(f"{key}: `{phrase}` is no shortcut here")
    return problems


def show(window: MainWindow, key: str) -> QWidget:
    window.show_area(AREA_KEYS.index(key))
    return window.stack.currentWidget()


def test_every_bold_name_and_key_in_a_guide_is_a_real_control_and_shortcut(
    window: MainWindow, qtbot: QtBot
) -> None:
    problems = []
    for area in AREAS:
        view = show(window, area.key)
        qtbot.wait(5)
        assert bold_phrases(load_guide(area.key).markdown), f"{area.key} names no control"
        problems += guide_problems(area.key, view, window)
    # Getting started is read before any view: it names only the window's own controls.
    problems += guide_problems(GETTING_STARTED, QWidget(), window)
    assert not problems, "\n".join(problems)


def test_a_renamed_control_fails_the_check(window: MainWindow) -> None:
    view = show(window, "risks")
    assert guide_problems("risks", view, window) == []
    review = next(a for a in view.findChildren(QAction) if plain(a.text()) == "Record review")
    review.setText("Log a re&view…")  # its button follows it
    assert guide_problems("risks", view, window) == ["risks: **Record review** is no control here"]
    review.setShortcut(QKeySequence("Ctrl+Shift+V"))
    assert "risks: `Ctrl+Shift+R` is no shortcut here" in guide_problems("risks", view, window)


# -- F1 and the Help menu --------------------------------------------------------------


@GUIDE_WINDOW_NOISE
def test_f1_opens_the_guide_to_the_area_on_screen(window: MainWindow, qtbot: QtBot) -> None:
    assert window.guide_action.shortcuts() == QKeySequence.keyBindings(
        QKeySequence.StandardKey.HelpContents
    )
    for row, area in enumerate(AREAS):
        window.show_area(row)
        press_f1(window, qtbot)
        help_window = window.help_window
        assert help_window is not None and help_window.isVisible()
        assert help_window.windowTitle().startswith(f"{area.name} — "), area.key
        assert help_window.current_key() == area.key
        assert help_window.text.document().firstBlock().text() == area.name
    assert len(window.findChildren(HelpWindow)) == 1  # the one window follows the area


@GUIDE_WINDOW_NOISE
def test_help_menu_lists_the_guides_then_about(window: MainWindow) -> None:
    texts = [plain(a.text()) for a in window.menus["Help"].actions() if not a.isSeparator()]
    assert texts == ["Guide to this view", "Getting started", "All guides", "About PlaceBoard"]
    window.getting_started_action.trigger()
    assert window.help_window is not None
    assert window.help_window.current_key() == GETTING_STARTED
    window.show_area(AREA_KEYS.index("packs"))
    window.all_guides_action.trigger()  # keeps the guide shown, with the list to choose from
    assert window.help_window.current_key() == GETTING_STARTED
    assert window.help_window.focusWidget() is window.help_window.guide_list


@GUIDE_WINDOW_NOISE
def test_help_opens_before_the_data_does(settings: QSettings, qtbot: QtBot) -> None:
    waiting = MainWindow(settings, QUndoStack())
    qtbot.addWidget(waiting)
    help_window = waiting.show_guide()
    assert help_window.current_key() == "overview"


# -- the guide window ------------------------------------------------------------------


@pytest.fixture
def help_window(window: MainWindow, qtbot: QtBot) -> HelpWindow:
    shown = window.show_guide("membership")
    qtbot.waitExposed(shown)
    activate(shown, qtbot)
    return shown


@GUIDE_WINDOW_NOISE
def test_the_guide_window_is_not_modal(window: MainWindow, help_window: HelpWindow) -> None:
    assert not help_window.isModal()
    assert help_window.windowModality() == Qt.WindowModality.NonModal
    assert window.isEnabled()


@GUIDE_WINDOW_NOISE
def test_the_list_switches_guides(help_window: HelpWindow, qtbot: QtBot) -> None:
    help_window.guide_list.setFocus()
    qtbot.keyClick(help_window.guide_list, Qt.Key.Key_Down)
    assert help_window.current_key() == "terms"
    assert help_window.windowTitle().startswith("Terms of reference — ")
    assert "Record approval" in help_window.text.toPlainText()


@GUIDE_WINDOW_NOISE
def test_tab_goes_list_text_close_and_escape_closes(help_window: HelpWindow, qtbot: QtBot) -> None:
    help_window.guide_list.setFocus()
    qtbot.keyClick(help_window.guide_list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is help_window.text
    qtbot.keyClick(help_window.text, Qt.Key.Key_Tab)  # not a walk through its links
    close = QApplication.focusWidget()
    assert isinstance(close, QAbstractButton) and plain(close.text()) == "Close"
    qtbot.keyClick(close, Qt.Key.Key_Escape)
    assert not help_window.isVisible()


@GUIDE_WINDOW_NOISE
def test_the_guide_window_is_named_for_a_screen_reader(help_window: HelpWindow) -> None:
    assert help_window.accessibleName()
    for widget in (help_window.guide_list, help_window.text):
        assert widget.accessibleName() and widget.accessibleDescription()
    buddies = {label.buddy() for label in help_window.findChildren(QLabel)}
    assert help_window.guide_list in buddies  # Alt+G


@GUIDE_WINDOW_NOISE
def test_a_link_leads_to_another_guide(help_window: HelpWindow) -> None:
    help_window.show_guide(GETTING_STARTED)
    help_window.text.anchorClicked.emit(QUrl("guide:packs"))
    assert help_window.current_key() == "packs"


@GUIDE_WINDOW_NOISE
def test_the_text_and_window_grow_with_the_system_font(qtbot: QtBot) -> None:
    """The guide window takes its sizes from the application's font (the system's text
    size), never from fixed pixels."""
    normal = HelpWindow()
    qtbot.addWidget(normal)
    font = QApplication.font()
    try:
        bigger = QFont(font)
        bigger.setPointSizeF(font.pointSizeF() * 2)
        QApplication.setFont(bigger)
        big = HelpWindow()
        qtbot.addWidget(big)
    finally:
        QApplication.setFont(font)
    assert big.text.document().defaultFont().pointSizeF() == bigger.pointSizeF()
    wanted, normal_wanted = big.wanted_size(), normal.wanted_size()
    assert wanted.width() > normal_wanted.width() * 1.5
    assert wanted.height() > normal_wanted.height() * 1.5
    screen = big.screen().availableGeometry().size()
    assert big.width() <= screen.width() and big.height() <= screen.height()  # kept on screen
    assert big.guide_list.width() > normal.guide_list.width() * 1.5
    assert "px" not in big.styleSheet() + big.text.styleSheet()


def test_the_window_opens_without_loading_help_or_about() -> None:
    """Start-up pays for neither: both are imported when first asked for."""
    code = (
        "import sys; import placeboard.ui.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith('placeboard.ui.') "
        "and ('help' in m or 'about' in m)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
