"""The Sync view's hub part over a real PostgreSQL hub: no hub yet says what to do;
the settings dialog refuses a wrong password and keeps nothing, then connects and
keeps the settings (the password in the keyring); Sync now runs in the worker and
sends the board; an unreachable hub schedules another try on the timer, quietly."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.sync import hub_config
from placeboard.sync.hub_config import HubConfig
from placeboard.ui.hub_dialog import HubSettingsDialog
from placeboard.ui.sync_view import RETRY_DELAYS_MS, SyncView

from .hub_fixtures import *  # noqa: F403  (the fixtures)
from .hub_fixtures import PASSWORD, Hub
from .pg_server import free_port

# The offscreen platform's one harmless warning, as tests/ui/conftest.py explains.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def view(qtbot: QtBot, services: Services) -> Iterator[SyncView]:
    v = SyncView(services, QUndoStack())
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    yield v
    v.retry_timer.stop()
    if v.task is not None:
        v.task.wait()


def settings_dialog(view: SyncView) -> HubSettingsDialog:
    dialog = view.edit_hub_settings()
    assert dialog.isVisible()
    return dialog


def submit(dialog: HubSettingsDialog, qtbot: QtBot, dsn: str, password: str) -> None:
    dialog.ui.nameEdit.setText("Lancashire and South Cumbria ICB")
    dialog.ui.dsnEdit.setText(dsn)
    dialog.ui.passwordEdit.setText(password)
    dialog.ok_button().click()
    assert dialog.task is not None
    dialog.reject()  # Escape while connecting does not leave it half-done
    assert dialog.isVisible() or not dialog.task.is_running()
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):
        pass


def test_connect_then_sync_now_sends_the_board(
    view: SyncView, services: Services, hub: Hub, qtbot: QtBot, keyring_file: Any
) -> None:
    assert "No hub is set up" in view.hub_label.text()
    assert not view.sync_now_action.isEnabled()
    place = services.places.create_place("Blackpool", "unitary")
    services.membership.add_person(place.id, "Karen Smith", job_title="Chair")
    role = hub.login("bpl", ("Blackpool",))  # the ICB made the role and granted the place

    dialog = settings_dialog(view)
    submit(dialog, qtbot, role.dsn, "not the password")
    assert dialog.isVisible() and "refused the password" in dialog.error_text()
    assert hub_config.load_config() is None  # nothing kept from a failed connect

    submit(dialog, qtbot, role.dsn, PASSWORD)
    assert not dialog.isVisible()
    kept = hub_config.load_config()
    assert kept is not None and kept.dsn == role.dsn and kept.icb is False
    assert hub_config.get_password(kept) == PASSWORD
    assert "Lancashire and South Cumbria ICB" in view.hub_label.text()
    assert f"as role {role.role}" in view.hub_label.text()
    assert view.sync_now_action.isEnabled()

    waiting = services.sync.unsynced_changes()
    task = view.sync_now()
    assert task is not None and task.dialog is not None  # a person asked: progress shown
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    said = view.result_label.text()
    assert said.startswith("Synced with Lancashire and South Cumbria ICB at ")
    assert "pulled 0, conflicts 0" in said and "pushed 0," not in said
    with hub.admin() as conn:
        on_hub = conn.execute("SELECT count(*) FROM placeboard.hub_change").fetchone()
    assert on_hub is not None and on_hub[0] >= waiting > 0
    assert not view.retry_label.isVisible() and not view.retry_timer.isActive()


def test_an_unreachable_hub_is_tried_again_on_the_timer(
    view: SyncView, qtbot: QtBot, keyring_file: Any
) -> None:
    away = HubConfig(f"host=127.0.0.1 port={free_port()} user=bpl dbname=hub", "Test ICB hub")
    hub_config.store_password(away, "secret")
    hub_config.save_config(away)
    view.reload()
    task = view.sync_now()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    if task.message_box is not None:
        task.message_box.close()
    assert "Cannot reach the hub Test ICB hub" in view.result_label.text()
    assert view.retry_timer.isActive()
    assert view.retry_timer.interval() == RETRY_DELAYS_MS[0]
    assert "will try again at" in view.retry_label.text()

    view.retry_timer.stop()
    retry = view.sync_now(retry=True)  # what the timer does when it fires
    assert retry is not None and retry.dialog is None  # quietly: no dialog pops up
    with qtbot.waitSignal(retry.finished, timeout=30_000):
        pass
    assert view.retry_timer.isActive()
    assert view.retry_timer.interval() == RETRY_DELAYS_MS[1]  # the next wait is longer


def test_a_wrong_password_is_not_retried(
    view: SyncView, hub: Hub, qtbot: QtBot, keyring_file: Any
) -> None:
    role = hub.login("bpl", ("Blackpool",), password="another password entirely")
    hub_config.store_password(role, "stale password")
    hub_config.save_config(role)
    view.reload()
    task = view.sync_now()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    if task.message_box is not None:
        task.message_box.close()
    assert "refused the password" in view.result_label.text()
    assert not view.retry_timer.isActive()
    assert "Sync stopped" in view.retry_label.text()
