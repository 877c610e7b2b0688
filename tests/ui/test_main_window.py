"""The main window over real services and a real SQLite file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, qVersion
from PySide6.QtGui import QAccessible, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from placeboard import __version__
from placeboard.services import Services
from placeboard.sync.hub_config import HubConfig, save_config
from placeboard.ui.areas import AREAS
from placeboard.ui.icb_view import IcbView
from placeboard.ui.main_window import MainWindow
from placeboard.ui.overview_view import OverviewView
from placeboard.ui.packs_view import ASSURANCE, PacksView
from placeboard.ui.sync_view import SyncView

from .conftest import MakeWindow, close_message_boxes, open_message_boxes

AREA_NAMES = [
    "Overview",
    "Membership",
    "Terms of reference",
    "Stage checklist",
    "Priorities",
    "Metrics",
    "Meetings",
    "Risks",
    "Sync",
    "Packs",
    "ICB: all places",
]


def add_place(services: Services, name: str, members: int) -> str:
    """A place with a council partner and `members` voting members, through the services."""
    place = services.places.create_place(name, "unitary", 140_000)
    org = services.organisations.create_organisation(f"{name} Council", "unitary_council")
    services.organisations.add_partner(place.id, org.id)
    for n in range(members):
        person = services.membership.add_person(place.id, f"Member {n + 1} of {name}")
        services.membership.add_membership(
            place.id, person.id, org.id, role="member", start_date=date(2024, 4, 1)
        )
    return place.id


def choose_place(window: MainWindow, name: str) -> None:
    index = window.place_combo.findText(name)
    assert index >= 0, f"{name} is not in the place switcher"
    window.place_combo.setCurrentIndex(index)


# -- shell ---------------------------------------------------------------------------


def test_navigation_lists_the_areas(make_window: MakeWindow, services: Services) -> None:
    window = make_window(services)
    assert window.nav_model.stringList() == AREA_NAMES
    assert [a.name for a in AREAS] == AREA_NAMES
    assert window.stack.count() == 11
    assert isinstance(window.stack.currentWidget(), OverviewView)


def test_choosing_an_area_switches_the_view(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    window = make_window(services)
    window.navigation.setCurrentIndex(window.nav_model.index(8))
    view = window.stack.currentWidget()
    assert isinstance(view, SyncView)
    assert "not yet synced" in view.status_label.text()
    assert window.area_actions[8].isChecked()
    # And from the View menu (Ctrl+1 is Overview).
    window.area_actions[0].trigger()
    assert window.stack.currentWidget() is window.overview
    assert window.navigation.currentIndex().row() == 0
    assert window.area_actions[0].shortcut() == QKeySequence("Ctrl+1")
    assert window.area_actions[9].shortcut() == QKeySequence("Ctrl+0")
    assert window.area_actions[10].shortcut().isEmpty()  # not a second Ctrl+1


def test_menus_and_standard_shortcuts(make_window: MakeWindow, services: Services) -> None:
    window = make_window(services)
    assert list(window.menus) == ["File", "Edit", "View", "Help"]
    edit = window.menus["Edit"].actions()
    assert window.undo_action in edit and window.redo_action in edit
    undo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert window.undo_action.shortcuts() == undo_keys and undo_keys
    assert window.redo_action.shortcuts() == redo_keys and redo_keys
    assert not window.quit_action.shortcut().isEmpty()
    file_texts = [a.text() for a in window.menus["File"].actions()]
    assert "&Back up now" in file_texts and "&Restore from backup…" in file_texts


def test_undo_and_redo_go_through_the_window_stack(
    make_window: MakeWindow, services: Services
) -> None:
    window = make_window(services)
    done: list[str] = []

    class Note(QUndoCommand):
        def redo(self) -> None:
            done.append("redo")

        def undo(self) -> None:
            done.append("undo")

    assert not window.undo_action.isEnabled()
    window.undo_stack.push(Note("Note something"))
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Note something"
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert done == ["redo", "undo", "redo"]
    assert window.undo_stack.parent() is window


def test_every_control_has_an_accessible_name(make_window: MakeWindow, services: Services) -> None:
    add_place(services, "Blackpool", 2)
    window = make_window(services)
    window.reload_places()
    for row in range(len(AREAS)):  # every view is built the first time it is shown
        window.show_area(row)
    interactive = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)
    controls = [w for w in window.findChildren(QWidget) if isinstance(w, interactive)]
    assert len(controls) > 5
    unnamed = []
    for widget in controls:
        # What a screen reader gets: our own name, else the text Qt derives (a button's).
        spoken = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        ours = not widget.objectName().startswith("qt_") and not isinstance(widget, QAbstractButton)
        if not spoken or (ours and not widget.accessibleName()):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == [], unnamed
    assert window.place_combo.accessibleName() == "Place"
    assert window.navigation.accessibleName() == "Areas"


def test_the_window_is_usable_before_the_data_is_open(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    window = MainWindow(settings, QUndoStack())
    qtbot.addWidget(window)
    window.show_opening(tmp_path / "data")
    window.show()
    qtbot.waitExposed(window)
    assert window.nav_model.stringList() == AREA_NAMES
    assert window.stack.currentWidget().objectName() == "waitingPage"
    assert window.statusBar().currentMessage() == "Opening the data…"
    assert str(tmp_path / "data") in window.folder_label.text()
    assert not window.backup_action.isEnabled() and not window.load_demo_action.isEnabled()
    window.show_area(3)  # choosing an area meanwhile is remembered, not refused
    assert window.navigation.currentIndex().row() == 3
    assert window.offer_first_run() is None
    window.show_about().close()
    window.close()


def test_views_are_built_when_first_shown_and_read_only_when_on_screen(
    make_window: MakeWindow, services: Services
) -> None:
    add_place(services, "Blackpool", 2)
    add_place(services, "Lancashire", 3)
    window = make_window(services)
    assert set(window.pages) == {0}, "only the Overview is built at start"
    window.show_area(1)
    membership = window.stack.currentWidget()
    assert set(window.pages) == {0, 1} and membership is window.pages[1]
    assert window.stack.currentIndex() == 1
    choose_place(window, "Lancashire")
    assert 0 in window.stale and 1 not in window.stale
    window.show_area(0)
    assert window.stale == set()
    assert window.overview.members.number.text() == "3"


def test_the_icb_area_shows_for_the_icb_or_several_places_and_opens_the_pack(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    add_place(services, "Blackpool", 2)
    window = make_window(services)
    icb = [a.key for a in AREAS].index("icb")
    assert window.navigation.isRowHidden(icb) and not window.area_actions[icb].isVisible()

    save_config(HubConfig(dsn="host=x dbname=y user=z", name="Test ICB", hub_id="h", icb=True))
    window.refresh()  # settings and places are read again
    assert not window.navigation.isRowHidden(icb) and window.area_actions[icb].isVisible()
    save_config(HubConfig(dsn="host=x dbname=y user=z", name="Test ICB", hub_id="h", icb=False))
    window.refresh()
    assert window.navigation.isRowHidden(icb)
    add_place(services, "Lancashire", 3)
    window.refresh()  # a laptop keeping several places
    assert not window.navigation.isRowHidden(icb)

    window.area_actions[icb].trigger()
    view = window.stack.currentWidget()
    assert isinstance(view, IcbView)
    qtbot.waitUntil(lambda: not view.is_reading() and view.pack_button.isEnabled())
    assert view.proxy.rowCount() == 2
    view.pack_button.click()
    packs = window.stack.currentWidget()
    assert isinstance(packs, PacksView)
    assert AREAS[window.navigation.currentIndex().row()].key == "packs"
    assert packs.kind() == ASSURANCE and packs.all_places_radio.isChecked()
    assert packs.period_combo.currentText() == view.period_text()


# -- places and the overview ---------------------------------------------------------


def test_empty_database_shows_no_boards(make_window: MakeWindow, services: Services) -> None:
    window = make_window(services)
    assert window.place_combo.count() == 0
    assert window.overview.pages.currentIndex() == 0
    assert window.windowTitle() == "PlaceBoard"
    assert window.load_demo_action.isEnabled()
    assert str(services.maintenance.data_folder()) in window.folder_label.text()


def test_switching_place_shows_that_place_s_figures(
    make_window: MakeWindow, services: Services
) -> None:
    blackpool = add_place(services, "Blackpool", 3)
    lancashire = add_place(services, "Lancashire", 5)
    window = make_window(services)
    assert [window.place_combo.itemText(i) for i in range(2)] == ["Blackpool", "Lancashire"]

    choose_place(window, "Lancashire")
    expected = services.overview.summary(lancashire)
    assert window.overview.members.number.text() == str(expected.members) == "5"
    assert window.windowTitle().startswith(f"PlaceBoard — {expected.board_name} · ")
    assert window.windowTitle().endswith(" unsynced changes")

    choose_place(window, "Blackpool")
    expected = services.overview.summary(blackpool)
    assert window.overview.members.number.text() == str(expected.members) == "3"
    assert window.overview.partners.number.text() == "1"
    assert "Blackpool: 3 members" in window.statusBar().currentMessage()
    assert not window.load_demo_action.isEnabled()
    assert window.records_label.text() == f"{services.maintenance.record_count():,} records"


def test_last_place_and_window_state_are_remembered(
    make_window: MakeWindow,
    services: Services,
    settings: QSettings,
    temporary_settings: Path,
) -> None:
    add_place(services, "Blackpool", 1)
    lancashire = add_place(services, "Lancashire", 1)
    first = make_window(services)
    choose_place(first, "Lancashire")
    first.resize(700, 500)
    first.close()
    assert settings.value("places/last") == lancashire
    assert list(temporary_settings.rglob("*.ini")), "settings were not written under tmp"

    second = make_window(services)
    assert second.current_place_id() == lancashire
    assert (second.width(), second.height()) == (700, 500)


# -- first run and the demo ----------------------------------------------------------


def test_first_run_dialog_on_an_empty_database_and_start_empty(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    window = make_window(services)
    dialog = window.offer_first_run()
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.loadDemoButton.isDefault()
    qtbot.mouseClick(dialog.ui.startEmptyButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not dialog.wants_demo()
    assert window.task is None
    assert services.is_empty()
    assert window.statusBar().currentMessage() == "Started empty."


def test_no_first_run_dialog_when_there_are_boards(
    make_window: MakeWindow, services: Services
) -> None:
    add_place(services, "Blackpool", 1)
    window = make_window(services)
    assert window.offer_first_run() is None


def test_backup_now_says_where_it_went(make_window: MakeWindow, services: Services) -> None:
    add_place(services, "Blackpool", 1)
    window = make_window(services)
    path = window.backup_now()
    assert path is not None and path.exists()
    assert path.parent == services.maintenance.backups_folder()
    [box] = open_message_boxes(window)
    assert str(path) in box.text()
    close_message_boxes(window)


def test_restore_from_backup_after_confirmation(
    make_window: MakeWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_place(services, "Blackpool", 1)
    backup = services.maintenance.backup_now()
    add_place(services, "Lancashire", 1)
    window = make_window(services)
    assert window.place_combo.count() == 2
    asked: dict[str, str] = {}

    def get_open_file_name(*args: object, **_kw: object) -> tuple[str, str]:
        asked["folder"] = str(args[2])
        return str(backup), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.restore_from_backup()
    assert asked["folder"] == str(services.maintenance.backups_folder())
    assert [window.place_combo.itemText(i) for i in range(window.place_combo.count())] == [
        "Blackpool"
    ]


def test_restore_is_not_done_without_confirmation(
    make_window: MakeWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_place(services, "Blackpool", 1)
    backup = services.maintenance.backup_now()
    add_place(services, "Lancashire", 1)
    window = make_window(services)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(backup), ""))
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Cancel
    )
    window.restore_from_backup()
    assert len(services.places.list_places()) == 2


def test_about_shows_version_data_folder_and_qt(
    make_window: MakeWindow, services: Services
) -> None:
    window = make_window(services)
    dialog = window.show_about()
    assert dialog.isVisible()
    assert dialog.ui.versionValue.text() == __version__
    assert dialog.ui.dataFolderValue.text() == str(services.maintenance.data_folder())
    assert dialog.ui.qtVersionValue.text() == qVersion()
    dialog.close()
