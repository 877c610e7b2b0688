"""The Sync view over two real laptops' stores: a bundle loaded in the worker brings
the other laptop's board, a concurrent edit shows as a conflict with both values, and
keep mine / edit settle it; the status says what waits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QInputDialog, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from placeboard.services import Services, open_services
from placeboard.ui.sync_view import SyncView


@pytest.fixture
def laptops(services: Services, tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    other = open_services(tmp_path / "laptop-b")
    yield services, other
    other.close()


@pytest.fixture
def view(qtbot: QtBot, laptops: tuple[Services, Services]) -> Iterator[SyncView]:
    _a, b = laptops
    v = SyncView(b, QUndoStack())
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    yield v
    if v.task is not None:
        v.task.wait()


def load(view: SyncView, qtbot: QtBot, path: Path) -> str:
    task = view.load_bundle(path)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    return view.result_label.text()


def test_a_bundle_brings_the_other_laptops_board_and_a_conflict_is_settled(
    view: SyncView, laptops: tuple[Services, Services], qtbot: QtBot, tmp_path: Path
) -> None:
    a, b = laptops
    place = a.places.create_place("Blackpool", "unitary")
    person = a.membership.add_person(place.id, "Karen Smith", job_title="Chair")
    a.sync.write_bundle(tmp_path / "1.pbsync")

    said = load(view, qtbot, tmp_path / "1.pbsync")
    assert said.startswith("Took in ") and "0 new conflict(s)" in said
    assert [p.name for p in b.places.list_places()] == ["Blackpool"]
    assert view.peer_model.rowCount() == 1
    assert load(view, qtbot, tmp_path / "1.pbsync").startswith("Took in 0 new change(s)")

    a.membership.update_person(person.id, full_name="Karen Smith-Jones")
    b.membership.update_person(person.id, full_name="Dr Karen Smith")
    a.sync.write_bundle(tmp_path / "2.pbsync")
    assert "1 new conflict(s)" in load(view, qtbot, tmp_path / "2.pbsync")
    assert "1 conflict(s)" in view.status_label.text()

    assert view.conflicts.select_where(lambda c: c.field == "full name")
    assert view.mine_text.toPlainText() == "Dr Karen Smith"
    assert view.theirs_text.toPlainText() == "Karen Smith-Jones"
    assert view.choice_actions["mine"].isEnabled()
    assert not view.choice_actions["restore"].isEnabled()

    view.choice_actions["edit"].trigger()
    dialog = view.dialog
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("Dr Karen Smith-Jones")
    dialog.accept()
    assert view.conflict_model.rowCount() == 0
    [name] = [p.full_name for p in b.membership.list_people(place.id)]
    assert name == "Dr Karen Smith-Jones"
    assert "conflict" not in view.status_label.text()


def test_a_bundle_is_saved_in_the_worker_and_a_broken_one_is_refused(
    view: SyncView, laptops: tuple[Services, Services], qtbot: QtBot, tmp_path: Path
) -> None:
    _a, b = laptops
    b.places.create_place("Blackburn with Darwen", "unitary")
    task = view.save_bundle(tmp_path / "out.pbsync")
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert view.result_label.text().startswith("Saved ")
    assert (tmp_path / "out.pbsync").exists()

    broken = tmp_path / "broken.pbsync"
    broken.write_bytes((tmp_path / "out.pbsync").read_bytes()[:200])
    before = b.sync.status().changes
    said = load(view, qtbot, broken)
    assert said and not said.startswith("Took in")
    assert b.sync.status().changes == before
    box = view.task.message_box if view.task else None
    if box is not None:
        box.close()


def test_every_control_has_an_accessible_name(view: SyncView) -> None:
    for control in view.findChildren(QWidget):
        if isinstance(control, (QAbstractButton, QPlainTextEdit)) and control.isVisibleTo(view):
            assert control.accessibleName(), control.objectName() or type(control).__name__
