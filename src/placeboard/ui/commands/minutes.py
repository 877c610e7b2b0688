"""Undoable edits of the minutes, the action log and the forward plan.

Each function makes the edit at once (a refused edit raises its sentence and pushes
nothing) and pushes a command whose undo and redo only call services. Undo of an add
tombstones the new row and redo lifts that same tombstone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoStack

from placeboard.services import Services
from placeboard.services.minutes import FINISHED
from placeboard.ui.commands import run_change, run_edit


@dataclass(frozen=True)
class ActionInput:
    """What the action dialog asks for."""

    description: str
    owner: str
    due_date: date | None
    item_id: str | None


@dataclass(frozen=True)
class StatusInput:
    status: str
    note: str
    on: date


@dataclass(frozen=True)
class PlanInput:
    topic: str
    meeting_id: str | None
    planned_month: str
    summary: str
    owner: str


# -- minutes --------------------------------------------------------------------------


def write_minute(
    stack: QUndoStack, services: Services, item_id: str, before: str, after: str
) -> None:
    svc = services.minutes
    run_change(
        stack,
        "Edit minute",
        lambda v: svc.write_minute(item_id, str(v["discussion"])),
        {"discussion": before},
        {"discussion": after},
    )


def add_resolution(stack: QUndoStack, services: Services, item_id: str, text: str) -> str:
    svc = services.minutes
    row = run_edit(
        stack,
        "Add resolution",
        lambda: svc.resolve(item_id, text),
        lambda r: svc.bring_back_resolution(r.id),
        lambda r: svc.remove_resolution(r.id),
    )
    return row.id


def edit_resolution(
    stack: QUndoStack, services: Services, resolution_id: str, before: str, after: str
) -> None:
    svc = services.minutes
    run_change(
        stack,
        "Edit resolution",
        lambda v: svc.update_resolution(resolution_id, str(v["text"])),
        {"text": before},
        {"text": after},
    )


def remove_resolution(stack: QUndoStack, services: Services, resolution_id: str) -> None:
    svc = services.minutes
    run_edit(
        stack,
        "Remove resolution",
        lambda: svc.remove_resolution(resolution_id),
        lambda _r: svc.remove_resolution(resolution_id),
        lambda _r: svc.bring_back_resolution(resolution_id),
    )


def approve_minutes(stack: QUndoStack, services: Services, meeting_id: str) -> None:
    svc = services.minutes
    run_edit(
        stack,
        "Approve minutes",
        lambda: svc.approve_at_next(meeting_id),
        lambda _r: svc.approve_at_next(meeting_id),
        lambda _r: svc.back_to_draft(meeting_id),
    )


# -- the action log -------------------------------------------------------------------


def raise_action(stack: QUndoStack, services: Services, meeting_id: str, a: ActionInput) -> str:
    svc = services.minutes
    row = run_edit(
        stack,
        "Raise action",
        lambda: svc.raise_action(meeting_id, a.description, a.owner, a.due_date, a.item_id),
        lambda r: services.meetings.bring_back("action", r.id),
        lambda r: services.meetings.remove("action", r.id),
    )
    return row.id


def edit_action(stack: QUndoStack, services: Services, current: Any, a: ActionInput) -> None:
    """The item an action was raised at stays as it was; the rest can change."""
    wanted = {"description": a.description, "owner": a.owner, "due_date": a.due_date}
    after = {k: v for k, v in wanted.items() if getattr(current, k) != v}
    before = {k: getattr(current, k) for k in after}
    if not after:
        return
    action_id = str(current.id)
    run_change(
        stack, "Edit action", lambda v: services.minutes.edit_action(action_id, **v), before, after
    )


def update_status(
    stack: QUndoStack,
    services: Services,
    current: Any,
    s: StatusInput,
    meeting_id: str | None,
) -> None:
    """A status change with its note; undo removes the note and puts the status back."""
    svc = services.minutes
    action_id = str(current.id)
    before = {"status": current.status, "closed_on": current.closed_on}
    closed_on = s.on if s.status in FINISHED else None

    def redo(update_id: str) -> None:
        svc.bring_back("action_update", update_id)
        svc.edit_action(action_id, status=s.status, closed_on=closed_on)

    def undo(update_id: str) -> None:
        svc.remove("action_update", update_id)
        svc.edit_action(action_id, **before)

    run_edit(
        stack,
        "Update action",
        lambda: svc.set_status(action_id, s.status, s.note, s.on, meeting_id).id,
        redo,
        undo,
    )


# -- the forward plan -----------------------------------------------------------------


def add_plan_entry(stack: QUndoStack, services: Services, place_id: str, p: PlanInput) -> str:
    svc = services.minutes
    row = run_edit(
        stack,
        "Add forward plan entry",
        lambda: svc.plan(place_id, p.topic, p.meeting_id, p.planned_month, p.summary, p.owner),
        lambda r: svc.bring_back_plan_entry(r.id),
        lambda r: svc.remove_plan_entry(r.id),
    )
    return row.id


def edit_plan_entry(stack: QUndoStack, services: Services, current: Any, p: PlanInput) -> None:
    wanted: dict[str, object] = {
        "topic": p.topic,
        "meeting_id": p.meeting_id,
        "summary": p.summary,
        "owner": p.owner,
    }
    if p.meeting_id is None:
        wanted["planned_month"] = p.planned_month
    after = {k: v for k, v in wanted.items() if getattr(current, k) != v}
    if not after:
        return
    before = {k: getattr(current, k) for k in (*after, "planned_month")}
    entry_id = str(current.id)
    run_change(
        stack,
        "Edit forward plan entry",
        lambda v: services.minutes.update_plan_entry(entry_id, **v),
        before,
        after,
    )


def remove_plan_entry(stack: QUndoStack, services: Services, entry_id: str) -> None:
    svc = services.minutes
    run_edit(
        stack,
        "Remove forward plan entry",
        lambda: svc.remove_plan_entry(entry_id),
        lambda _r: svc.remove_plan_entry(entry_id),
        lambda _r: svc.bring_back_plan_entry(entry_id),
    )
