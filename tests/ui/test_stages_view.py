"""The Stage checklist view on the demo data: status and evidence move readiness, the
gate asks for a rationale, files are attached by SHA-256, and every edit undoes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.services.stages import CriterionRow
from placeboard.ui.stages_view import StagesView


def place_id(services: Services, name: str) -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def view(qtbot: QtBot, demo_services: Services, stack: QUndoStack) -> Iterator[StagesView]:
    """The view on Blackpool, reloading on undo and redo as the main window makes it."""
    v = StagesView(demo_services, stack)
    qtbot.addWidget(v)
    connection = stack.indexChanged.connect(lambda _i: v.reload())
    v.set_place(place_id(demo_services, "Blackpool"))
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    yield v
    stack.indexChanged.disconnect(connection)


def unmet(view: StagesView, stage_key: str) -> CriterionRow:
    assert view.board is not None
    return next(
        r
        for r in view.board.criteria
        if r.stage.key == stage_key and r.check is None and not r.done
    )


def count(view: StagesView, stage_key: str) -> int:
    assert view.board is not None
    return next(c.met for c in view.board.counts if c.key == stage_key)


def test_mark_met_with_evidence_moves_readiness_and_undoes(
    view: StagesView, stack: QUndoStack
) -> None:
    row = unmet(view, "ready_for_delegation")
    before = count(view, "ready_for_delegation")
    card = view.cards[2]
    assert view.select_criterion(row.id)
    dialog = view.evidence.open_add_dialog(link=False)
    assert dialog is not None
    dialog.ui.textEdit.setPlainText("Partnership agreement signed by every partner.")
    dialog.accept()
    assert view.current() is not None and view.current().evidence == row.evidence + 1
    status = view.open_status_dialog()
    assert status is not None
    status.ui.statusCombo.setCurrentIndex(status.ui.statusCombo.findData("met"))
    status.accept()
    assert not status.isVisible()
    assert count(view, "ready_for_delegation") == before + 1
    assert f"{before + 1} of 5 met" in card.name.text()
    assert card.bar.value() == before + 1
    history = [view.history.model.line(r).texts for r in range(view.history.model.rowCount())]
    assert any(t[1] == "Status" and t[2] == "Met" for t in history)
    stack.undo()
    assert count(view, "ready_for_delegation") == before
    assert f"{before} of 5 met" in card.name.text()
    stack.undo()
    assert view.select_criterion(row.id) and view.current().evidence == row.evidence
    stack.redo()
    stack.redo()
    assert count(view, "ready_for_delegation") == before + 1


def test_not_applicable_asks_for_a_reason(view: StagesView) -> None:
    row = unmet(view, "ready_for_delegation")
    view.select_criterion(row.id)
    dialog = view.open_status_dialog()
    assert dialog is not None
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("not_applicable"))
    assert dialog.ui.reasonEdit.isEnabled()
    dialog.accept()
    assert dialog.isVisible() and "does not apply" in dialog.error_text()
    dialog.ui.reasonEdit.setPlainText("No local authority delegation in this place.")
    dialog.accept()
    assert not dialog.isVisible()
    assert view.current() is not None and view.current().status == "not_applicable"


def test_advancing_with_criteria_unmet_needs_a_rationale(
    view: StagesView, stack: QUndoStack
) -> None:
    assert view.board is not None and view.board.stage is not None
    was = view.board.stage.sentence()
    ready = next(s for s in view.board.stages if s.key == "ready_for_delegation")
    dialog = view.open_decision_dialog()
    assert dialog is not None
    dialog.ui.stageCombo.setCurrentIndex(dialog.ui.stageCombo.findData(ready.id))
    assert "not met up to Ready for delegation" in dialog.ui.unmetLabel.text()
    dialog.accept()
    assert dialog.isVisible() and "rationale" in dialog.error_text()
    assert view.board.stage.key != "ready_for_delegation"
    why = "The ICB Board asked the partnership to take delegation from April."
    dialog.ui.rationaleEdit.setPlainText(why)
    dialog.accept()
    assert not dialog.isVisible()
    stage = view.board.stage
    assert stage is not None and stage.key == "ready_for_delegation" and stage.by_override
    assert "passed on" in view.stage_line.text() and why in view.stage_line.text()
    assert view.stage_line.property("override") is True
    assert "the board is here" in view.cards[2].name.text()
    stack.undo()
    assert view.board.stage is not None and view.board.stage.sentence() == was


def test_attach_a_file_stores_it_by_its_sha256(
    view: StagesView, stack: QUndoStack, demo_services: Services, tmp_path: Path
) -> None:
    row = unmet(view, "ready_for_delegation")
    view.select_criterion(row.id)
    source = tmp_path / "scheme-of-delegation.pdf"
    source.write_bytes(b"%PDF-1.4 scheme of delegation v1.3")
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    dialog = view.evidence.open_attach_dialog()
    assert dialog is not None
    dialog.fileSelected.emit(str(source))  # as choosing the file does
    dialog.close()
    stored = demo_services.db.files_dir / sha[:2] / sha
    assert stored.read_bytes() == source.read_bytes()
    files = [view.evidence.model.item(r) for r in range(view.evidence.model.rowCount())]
    attached = [e for e in files if e.attachment is not None]
    assert [e.attachment.sha256 for e in attached] == [sha]
    assert view.current() is not None and view.current().evidence == row.evidence + 1
    stack.undo()
    view.select_criterion(row.id)
    assert view.evidence.model.rowCount() == row.evidence
    stack.redo()
    view.select_criterion(row.id)
    assert view.evidence.model.rowCount() == row.evidence + 1


def test_auto_checked_criteria_say_so(view: StagesView) -> None:
    assert view.board is not None
    checked = [r for r in view.board.criteria if r.check is not None]
    assert len(checked) == 6
    row = checked[0]
    view.select_criterion(row.id)
    assert "Checked by PlaceBoard from its records" in view.heading.text()
    line = view.model.line(view.model.items().index(row))
    assert line.texts[7] == "PlaceBoard"


def test_move_and_remove_criteria_undo(view: StagesView, stack: QUndoStack) -> None:
    assert view.board is not None
    second = next(r for r in view.board.criteria if r.stage.key == "in_shadow" and r.number == 2)
    view.select_criterion(second.id)
    assert view.up_action.isEnabled()
    view.up_action.trigger()
    assert view.current() is not None and view.current().number == 1
    stack.undo()
    view.select_criterion(second.id)
    assert view.current() is not None and view.current().number == 2
    total = len(view.board.criteria)
    view.remove_action.trigger()
    assert len(view.board.criteria) == total - 1
    stack.undo()
    assert len(view.board.criteria) == total


def test_every_control_has_an_accessible_name(view: StagesView) -> None:
    view.select_criterion(view.board.criteria[0].id if view.board else "")
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QProgressBar)
    nameless = [
        w
        for w in view.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(view)
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert nameless == []
