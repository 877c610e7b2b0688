"""The Attendance and quorum tab over real services: apologies and a deputy change the
quorum forecast, a member who declares and withdraws makes an item inquorate, the
conflicts list warns before the meeting, and every edit is undone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from services.small_board import JOINED, Board, build_board

from placeboard.services import Services
from placeboard.ui.attendance_dialogs import AttendanceDialog, ItemDeclarationDialog
from placeboard.ui.meeting_attendance_tab import AttendanceQuorumTab


@pytest.fixture
def board(services: Services) -> Board:
    return build_board(services)


@pytest.fixture
def tab(
    qtbot: QtBot, services: Services, board: Board
) -> Iterator[tuple[AttendanceQuorumTab, QUndoStack]]:
    stack = QUndoStack()
    t = AttendanceQuorumTab(services, stack)
    qtbot.addWidget(t)
    connection = stack.indexChanged.connect(lambda _i: t.reload())
    t.set_meeting(board.place_id, board.meeting_id)
    t.resize(1366, 768)
    t.show()
    qtbot.waitExposed(t)
    yield t, stack
    stack.indexChanged.disconnect(connection)


def choose(tab: AttendanceQuorumTab, name: str) -> None:
    assert tab.register.select_where(lambda line: line.person.full_name == name)


def forecast(tab: AttendanceQuorumTab) -> str:
    return tab.forecast.text()


def item_quorate(tab: AttendanceQuorumTab) -> dict[str, bool | None]:
    return {q.item.title: q.quorate for q in tab.quorum_model.items()}


def test_apologies_and_a_deputy_change_the_forecast(
    tab: tuple[AttendanceQuorumTab, QUndoStack],
) -> None:
    view, stack = tab
    assert "Expected to be quorate: 4 voting members expected" in forecast(view)

    choose(view, "Cat Council")
    view.apologies_action.trigger()
    assert "Not expected to be quorate" in forecast(view)
    assert "no voting member from the" in forecast(view)
    assert any(
        line.person.full_name == "Cat Council" and line.status == "apologies"
        for line in view.register_model.items()
    )

    view.record_action.trigger()
    dialog = view.dialog
    assert isinstance(dialog, AttendanceDialog)
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("deputy"))
    assert dialog.ui.deputyCombo.isEnabled()
    dialog.ui.deputyCombo.setEditText("Deb Deputy")
    dialog.accept()
    assert dialog.error_text() == ""
    assert "Expected to be quorate" in forecast(view)
    names = {line.person.full_name: line for line in view.register_model.items()}
    assert names["Deb Deputy"].deputy_for is not None
    assert names["Deb Deputy"].deputy_for.full_name == "Cat Council"

    stack.undo()
    assert "Not expected to be quorate" in forecast(view)
    assert "Deb Deputy" not in {line.person.full_name for line in view.register_model.items()}
    stack.undo()
    assert "Expected to be quorate: 4" in forecast(view)


def test_a_member_who_withdraws_makes_the_item_inquorate(
    tab: tuple[AttendanceQuorumTab, QUndoStack], services: Services, board: Board
) -> None:
    view, stack = tab
    choose(view, "Bob Nurse")
    view.apologies_action.trigger()
    for name in ("Ann Chair", "Cat Council", "Dan Trust"):
        choose(view, name)
        view.present_action.trigger()
    assert set(item_quorate(view).values()) == {True}  # 3 voting present, 3 needed

    view.declare_action.trigger()
    dialog = view.dialog
    assert isinstance(dialog, ItemDeclarationDialog)
    dialog.start_new(board.items["Hospital discharge plan"], board.people["Dan Trust"])
    assert dialog.ui.withdrewCheck.isChecked()
    dialog.ui.noteEdit.setText("Employed by the trust")
    dialog.accept()
    assert dialog.error_text() == ""

    quorate = item_quorate(view)
    assert quorate["Hospital discharge plan"] is False
    assert quorate["Care home fees uplift"] is True
    row = next(
        r for r, q in enumerate(view.quorum_model.items()) if q.item.title.startswith("Hospital")
    )
    assert view.quorum_model.index(row, 5).data() == "Dan Trust"
    assert [d.person.full_name for d in view.declared_model.items()] == ["Dan Trust"]

    stack.undo()
    assert item_quorate(view)["Hospital discharge plan"] is True
    assert view.declared_model.rowCount() == 0


def test_conflicts_are_listed_before_the_meeting(
    tab: tuple[AttendanceQuorumTab, QUndoStack], services: Services, board: Board
) -> None:
    view, _stack = tab
    services.membership.declare(
        board.place_id,
        board.people["Ann Chair"],
        "non_financial_personal",
        "Trustee of a local charity running care homes",
        topics="care homes",
        declared_on=JOINED,
    )
    view.reload()
    conflicts = [(c.person.full_name, c.item.title) for c in view.conflict_model.items()]
    assert conflicts == [("Ann Chair", "Care home fees uplift")]
    assert "topic: care homes" in view.conflict_model.items()[0].why


def test_every_control_has_an_accessible_name(
    tab: tuple[AttendanceQuorumTab, QUndoStack],
) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QWidget,
    )

    view, _stack = tab
    choose(view, "Ann Chair")
    view.record_action.trigger()
    member_dialog = view.dialog
    view.declare_action.trigger()
    declare_dialog = view.dialog
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)
    for widget in (view, member_dialog, declare_dialog):
        assert widget is not None
        for control in widget.findChildren(QWidget):
            if isinstance(control, kinds) and control.isVisibleTo(widget):
                assert control.accessibleName(), (type(widget).__name__, control.objectName())
    for dialog in (member_dialog, declare_dialog):
        assert dialog is not None
        dialog.reject()
