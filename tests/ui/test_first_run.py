"""The first run over a real empty data folder: three ways to start — the demo boards,
a new board, the ICB hub — each a named button reached by Tab and by its mnemonic, and
a quiet Start empty. Connecting to a real hub brings the board in.

Loading the demo from this dialog is covered in test_demo.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCommandLinkButton, QWidget
from pytestqt.qtbot import QtBot
from sync.hub_fixtures import *  # noqa: F403  (the real PostgreSQL hub)
from sync.hub_fixtures import PASSWORD, Hub

from placeboard.domain.catalogue import ICB
from placeboard.domain.new_board import MemberPlan, NewBoardPlan, PartnerPlan, PlacePlan
from placeboard.services import Services
from placeboard.store.database import open_database
from placeboard.sync.hub_sync import sync_with_hub
from placeboard.ui.areas import AREAS
from placeboard.ui.first_run import DEMO, HUB, NEW_BOARD, FirstRunDialog
from placeboard.ui.hub_dialog import HubSettingsDialog
from placeboard.ui.main_window import MainWindow
from placeboard.ui.new_board_wizard import PLACE_PAGE

from .conftest import MakeWindow
from .test_new_board_wizard import activate, shots_folder

SYNC_ROW = next(n for n, area in enumerate(AREAS) if area.key == "sync")


def first_run(qtbot: QtBot, window: MainWindow) -> FirstRunDialog:
    dialog = window.offer_first_run()
    assert dialog is not None and dialog.isVisible()
    activate(qtbot, dialog)
    return dialog


def choices(dialog: FirstRunDialog) -> list[QCommandLinkButton]:
    ui = dialog.ui
    return [ui.loadDemoButton, ui.newBoardButton, ui.hubButton]


def next_tab_stop(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


def open_hub_settings(window: MainWindow) -> HubSettingsDialog:
    [dialog] = [d for d in window.findChildren(HubSettingsDialog) if d.isVisible()]
    return dialog


def test_an_empty_database_offers_three_named_choices_in_tab_order(
    qtbot: QtBot, make_window: MakeWindow, services: Services, tmp_path: Path
) -> None:
    window = make_window(services)
    dialog = first_run(qtbot, window)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), no inner loop
    ui = dialog.ui
    assert [b.text() for b in choices(dialog)] == [
        "&Explore the demo boards",
        "Start a &new board",
        "&Connect to the ICB hub",
    ]
    for button in [*choices(dialog), ui.startEmptyButton]:
        assert button.isVisible()
        assert button.accessibleName() == button.text().replace("&", "")
        assert button.accessibleDescription()
    for button in choices(dialog):
        assert button.description()  # the one line under the big button
    mnemonics = [b.shortcut().toString() for b in [*choices(dialog), ui.startEmptyButton]]
    assert mnemonics == ["Alt+E", "Alt+N", "Alt+C", "Alt+S"]
    # Tab goes round the four buttons in order, from the demo, which Enter would choose.
    assert dialog.focusWidget() is ui.loadDemoButton and ui.loadDemoButton.isDefault()
    order = [ui.loadDemoButton]
    for _ in range(4):
        qtbot.keyClick(order[-1], Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    assert order == [*choices(dialog), ui.startEmptyButton, ui.loadDemoButton]
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(shots_folder(tmp_path) / "first_run.png"))


def test_start_a_new_board_by_its_mnemonic_opens_the_wizard(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    window = make_window(services)
    dialog = first_run(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # a mnemonic's click lands a moment later
    assert dialog.choice == NEW_BOARD and not dialog.wants_demo()
    wizard = window.new_board_wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.windowModality() == Qt.WindowModality.WindowModal
    assert wizard.currentId() == PLACE_PAGE
    assert window.task is None and services.is_empty()


def test_connect_to_the_hub_by_its_mnemonic_opens_the_hub_settings(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    window = make_window(services)
    dialog = first_run(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.choice == HUB
    settings = open_hub_settings(window)
    assert settings.windowModality() == Qt.WindowModality.WindowModal
    assert settings.ui.nameEdit.text() == "" and settings.ui.dsnEdit.text() == ""
    settings.reject()  # a person who changes their mind is back at an empty window
    assert window.stack.currentIndex() == 0 and services.is_empty()


def test_escape_starts_empty(qtbot: QtBot, make_window: MakeWindow, services: Services) -> None:
    window = make_window(services)
    dialog = first_run(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.choice is None
    assert window.statusBar().currentMessage() == "Started empty."
    assert window.new_board_wizard is None and window.task is None


def test_the_choices_are_told_apart(qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    for button, choice in zip(choices(dialog), (DEMO, NEW_BOARD, HUB), strict=True):
        dialog.choice = None
        button.click()
        assert dialog.choice == choice and dialog.wants_demo() == (choice == DEMO)


@pytest.fixture
def board_on_the_hub(hub: Hub, tmp_path: Path) -> Hub:
    """Another laptop made Blackpool's board (with the wizard's service) and synced it."""
    other = Services(open_database(tmp_path / "other-laptop"))
    try:
        place = PlacePlan("Blackpool", "unitary", 141_000, "Blackpool board", ICB.name)
        partners = (
            PartnerPlan(ICB.name, "icb", ICB.short_name),
            PartnerPlan("Blackpool Council", "unitary_council"),
        )
        chair = MemberPlan("Ann Lee", ICB.name, "chair", True, date(2026, 4, 1))
        plan = NewBoardPlan(place, partners, (chair,))
        other.new_board.create(plan)
        role = hub.login("bplsecretary", ("Blackpool",))
        sync_with_hub(other.db, role, password=PASSWORD)
    finally:
        other.close()
    return hub


def test_connected_to_the_hub_the_sync_area_brings_the_board_in(
    qtbot: QtBot,
    make_window: MakeWindow,
    services: Services,
    board_on_the_hub: Hub,
    keyring_file: Any,
) -> None:
    role = board_on_the_hub.login("bpllaptop", ("Blackpool",))
    window = make_window(services)
    dialog = first_run(qtbot, window)
    qtbot.mouseClick(dialog.ui.hubButton, Qt.MouseButton.LeftButton)
    settings = open_hub_settings(window)
    settings.ui.nameEdit.setText("Lancashire and South Cumbria ICB")
    settings.ui.dsnEdit.setText(role.dsn)
    settings.ui.passwordEdit.setText(PASSWORD)
    settings.ok_button().click()
    assert settings.task is not None
    with qtbot.waitSignal(settings.task.finished, timeout=30_000):
        pass
    assert not settings.isVisible(), settings.error_text()
    # Connected: the Sync area is on screen, syncing; then the board is in the switcher.
    assert window.stack.currentIndex() == SYNC_ROW
    view = window.stack.currentWidget()
    task = getattr(view, "task", None)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: window.place_combo.count() == 1)
    assert window.place_combo.currentText() == "Blackpool"
    members = services.membership.list_members(window.current_place_id() or "")
    assert [m.person.full_name for m in members] == ["Ann Lee"]
    assert QApplication.activeModalWidget() is None or not isinstance(
        QApplication.activeModalWidget(), HubSettingsDialog
    )
