"""Undoable edits of the Meetings view: meetings, agenda items and their order, papers'
cover sheets and attached PDFs.

As elsewhere, each function makes the edit at once (a refusal raises its sentence and
pushes nothing); undo of an add tombstones what the add made, redo lifts the tombstone.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date

from PySide6.QtGui import QUndoStack

from placeboard.services import Services
from placeboard.services.agenda import AgendaItem, Meeting, NewMeeting, Paper, PaperPdf
from placeboard.ui.commands import run_change, run_edit

Order = list[tuple[str, int]]


@dataclass(frozen=True)
class MeetingInput:
    meeting_date: date
    start_time: str
    venue: str
    format: str
    status: str
    title: str


@dataclass(frozen=True)
class ItemInput:
    title: str
    part: int
    item_for: str
    intended_outcome: str
    lead: str
    start_time: str
    minutes_allowed: int
    topics: str


def _changes(current: object, wanted: dict[str, object]) -> tuple[dict[str, object], ...]:
    after = {k: v for k, v in wanted.items() if getattr(current, k) != v}
    return {k: getattr(current, k) for k in after}, after


# -- meetings ----------------------------------------------------------------------------


def new_meeting(
    stack: QUndoStack, services: Services, place_id: str, new: MeetingInput
) -> NewMeeting:
    agenda, meetings = services.agenda, services.meetings

    def undo(made: NewMeeting) -> None:
        agenda.link_plan_entries(made.plan_entry_ids, None)
        meetings.remove("meeting", made.meeting.id)

    def redo(made: NewMeeting) -> None:
        meetings.bring_back("meeting", made.meeting.id)
        agenda.link_plan_entries(made.plan_entry_ids, made.meeting.id)

    return run_edit(
        stack,
        "Add a meeting",
        lambda: agenda.new_meeting(place_id, **asdict(new)),
        redo,
        undo,
    )


def edit_meeting(
    stack: QUndoStack, services: Services, meeting: Meeting, new: MeetingInput
) -> bool:
    before, after = _changes(meeting, asdict(new))
    if not after:
        return False
    run_change(
        stack,
        "Edit the meeting",
        lambda fields: services.meetings.update_meeting(meeting.id, **fields),
        before,
        after,
    )
    return True


def cancel_meeting(stack: QUndoStack, services: Services, meeting: Meeting) -> None:
    run_change(
        stack,
        "Cancel the meeting",
        lambda fields: services.meetings.update_meeting(meeting.id, **fields),
        {"status": meeting.status},
        {"status": "cancelled"},
    )


# -- agenda items ------------------------------------------------------------------------


def add_item(stack: QUndoStack, services: Services, meeting_id: str, new: ItemInput) -> AgendaItem:
    ms = services.meetings
    before = services.agenda.order(meeting_id)

    def undo(item: AgendaItem) -> None:
        ms.remove("agenda_item", item.id)
        services.agenda.reorder(meeting_id, before)  # the others' numbers as they were

    def redo(item: AgendaItem) -> None:
        ms.bring_back("agenda_item", item.id)
        services.agenda.reorder(meeting_id, after)

    item = run_edit(
        stack,
        f"Add the item {new.title}",
        lambda: ms.add_item(meeting_id, **asdict(new)),
        redo,
        undo,
    )
    after = services.agenda.order(meeting_id)
    return item


def edit_item(stack: QUndoStack, services: Services, item: AgendaItem, new: ItemInput) -> bool:
    before, after = _changes(item, asdict(new))
    if not after:
        return False
    ms, agenda = services.meetings, services.agenda
    order_before = agenda.order(item.meeting_id)
    order_after: Order = []

    def change() -> None:
        ms.update_item(item.id, **after)
        if "part" in after:  # into the other part: the numbers follow again
            agenda.reorder(item.meeting_id, agenda.order(item.meeting_id))
            order_after[:] = agenda.order(item.meeting_id)

    def redo() -> None:
        ms.update_item(item.id, **after)
        if order_after:
            agenda.reorder(item.meeting_id, order_after)

    def undo() -> None:
        ms.update_item(item.id, **before)
        if order_after:
            agenda.reorder(item.meeting_id, order_before)

    run_edit(stack, f"Edit the item {item.title}", change, lambda _r: redo(), lambda _r: undo())
    return True


def remove_item(stack: QUndoStack, services: Services, item: AgendaItem) -> None:
    ms, agenda = services.meetings, services.agenda
    before = agenda.order(item.meeting_id)
    left = [(i, p) for i, p in before if i != item.id]

    def remove() -> None:
        ms.remove("agenda_item", item.id)
        agenda.reorder(item.meeting_id, left)  # the numbers close up

    def bring_back() -> None:
        ms.bring_back("agenda_item", item.id)
        agenda.reorder(item.meeting_id, before)

    run_edit(
        stack, f"Remove the item {item.title}", remove, lambda _r: remove(), lambda _r: bring_back()
    )


def reorder(
    stack: QUndoStack, services: Services, meeting_id: str, order: Sequence[tuple[str, int]]
) -> bool:
    """Put the agenda in this order; False when it is the order already."""
    agenda = services.agenda
    before = agenda.order(meeting_id)
    after = list(order)
    if after == before:
        return False
    run_edit(
        stack,
        "Reorder the agenda",
        lambda: agenda.reorder(meeting_id, after),
        lambda _r: agenda.reorder(meeting_id, after),
        lambda _r: agenda.reorder(meeting_id, before),
    )
    return True


# -- papers ------------------------------------------------------------------------------


def add_paper(
    stack: QUndoStack, services: Services, item: AgendaItem, cover: dict[str, object]
) -> Paper:
    ms = services.meetings
    fields = {k: v for k, v in cover.items() if k != "title"}
    return run_edit(
        stack,
        f"Add the cover sheet of {item.title}",
        lambda: ms.add_paper(item.id, str(cover["title"]), **fields),
        lambda p: ms.bring_back("paper", p.id),
        lambda p: ms.remove("paper", p.id),
    )


def edit_paper(
    stack: QUndoStack, services: Services, paper: Paper, cover: dict[str, object]
) -> bool:
    before, after = _changes(paper, cover)
    if not after:
        return False
    run_change(
        stack,
        f"Edit the cover sheet of {paper.title}",
        lambda fields: services.meetings.update_paper(paper.id, **fields),
        before,
        after,
    )
    return True


def attach_pdf(
    stack: QUndoStack, services: Services, paper: Paper, path: str | os.PathLike[str]
) -> PaperPdf:
    agenda = services.agenda
    return run_edit(
        stack,
        f"Attach {os.path.basename(path)} to {paper.title}",
        lambda: agenda.attach_pdf(paper.id, path),
        lambda added: agenda.bring_back("paper_file", added.link.id),
        lambda added: agenda.remove("paper_file", added.link.id),
    )


def remove_pdf(stack: QUndoStack, services: Services, pdf: PaperPdf) -> None:
    agenda, link_id = services.agenda, pdf.link.id
    run_edit(
        stack,
        f"Remove {pdf.attachment.filename}",
        lambda: agenda.remove("paper_file", link_id),
        lambda _r: agenda.remove("paper_file", link_id),
        lambda _r: agenda.bring_back("paper_file", link_id),
    )


def move(order: Order, item_id: str, target: int, part: int) -> Order:
    """The order with an item moved to index `target` of the others, in `part`."""
    rest = [(i, p) for i, p in order if i != item_id]
    rest.insert(max(0, min(target, len(rest))), (item_id, part))
    return rest
