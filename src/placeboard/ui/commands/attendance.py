"""Undoable edits of a meeting's register and of the interests declared at its items.

An attendance edit may touch two rows (a member's apologies and their deputy), so the
service hands back both rows as they were and as they became: undo restores the one,
redo the other. A person typed in as a new name is tombstoned on undo and brought back
on redo. Undo of a declaration tombstones it; redo brings it back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from placeboard.services import Services
from placeboard.services.meeting_quorum import AttendanceChange
from placeboard.ui.commands import run_edit


@dataclass(frozen=True)
class AttendanceInput:
    """What the attendance dialog asks for."""

    status: str
    person_id: str | None  # a guest chosen from the board's people (None: a new name)
    name: str  # a guest's name as typed
    deputy_id: str | None  # the deputy chosen (None: a new name, or no deputy)
    deputy_name: str
    note: str


@dataclass(frozen=True)
class DeclarationInput:
    item_id: str
    person_id: str
    declaration_id: str | None
    note: str
    withdrew: bool


def _push_change(
    stack: QUndoStack, services: Services, text: str, make: Callable[[], AttendanceChange]
) -> AttendanceChange:
    svc = services.meeting_quorum
    people = services.membership

    def undo(change: AttendanceChange) -> None:
        svc.restore(change.before)
        if change.person_created is not None:
            people.remove("person", change.person_created.id)

    def redo(change: AttendanceChange) -> None:
        if change.person_created is not None:
            people.bring_back("person", change.person_created.id)
        svc.restore(change.after)

    return run_edit(stack, text, make, redo, undo)


def set_member_attendance(
    stack: QUndoStack,
    services: Services,
    meeting_id: str,
    membership_id: str,
    name: str,
    values: AttendanceInput,
) -> AttendanceChange:
    svc = services.meeting_quorum
    return _push_change(
        stack,
        services,
        f"Record attendance of {name}",
        lambda: svc.set_member_attendance(
            meeting_id,
            membership_id,
            values.status,
            values.deputy_id,
            values.deputy_name,
            values.note,
        ),
    )


def add_guest(
    stack: QUndoStack, services: Services, meeting_id: str, values: AttendanceInput
) -> AttendanceChange:
    svc = services.meeting_quorum
    return _push_change(
        stack,
        services,
        f"Add {values.name or 'a guest'} to the register",
        lambda: svc.add_guest(
            meeting_id, values.status, values.person_id, values.name, values.note
        ),
    )


def clear_attendance(
    stack: QUndoStack, services: Services, meeting_id: str, person_id: str, name: str
) -> AttendanceChange:
    svc = services.meeting_quorum
    return _push_change(
        stack,
        services,
        f"Clear attendance of {name}",
        lambda: svc.clear_attendance(meeting_id, person_id),
    )


def record_declaration(stack: QUndoStack, services: Services, values: DeclarationInput) -> str:
    svc = services.meetings
    row = run_edit(
        stack,
        "Record declaration at an item",
        lambda: svc.record_declaration(
            values.item_id,
            values.person_id,
            values.note,
            values.withdrew,
            values.declaration_id,
        ),
        lambda r: svc.bring_back("meeting_declaration", r.id),
        lambda r: svc.remove("meeting_declaration", r.id),
    )
    return row.id


def remove_declaration(stack: QUndoStack, services: Services, row_id: str) -> None:
    svc = services.meetings
    run_edit(
        stack,
        "Remove declaration at an item",
        lambda: svc.remove("meeting_declaration", row_id),
        lambda _r: svc.remove("meeting_declaration", row_id),
        lambda _r: svc.bring_back("meeting_declaration", row_id),
    )
