"""Undoable edits of the Priorities view: priorities, milestones, RAG updates, metric
links and the glossary.

As everywhere: the edit is made at once (a refusal raises and pushes nothing), and the
command's undo and redo only call services. Undo of an add tombstones the new row and
redo lifts that tombstone, so the ids never change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QUndoStack

from placeboard.services import Services
from placeboard.ui.commands import run_change, run_edit

PRIORITY_EDITABLE = (
    "code",
    "title",
    "theme",
    "phase",
    "lead_organisation_id",
    "owner",
    "start_date",
    "due_date",
    "description",
)


@dataclass(frozen=True)
class PriorityInput:
    code: str
    title: str
    theme: str
    phase: int
    lead_organisation_id: str | None
    owner: str
    start_date: date | None
    due_date: date | None
    description: str


@dataclass(frozen=True)
class UpdateInput:
    update_date: date
    rag: str
    commentary: str
    author: str


@dataclass(frozen=True)
class MilestoneInput:
    title: str
    due_date: date | None
    done_on: date | None


def _changes(current: object, wanted: dict[str, object]) -> tuple[dict[str, object], ...]:
    """(before, after) of the fields whose wanted value differs from the current one."""
    after = {k: v for k, v in wanted.items() if getattr(current, k) != v}
    return {k: getattr(current, k) for k in after}, after


def _fields(new: object, names: tuple[str, ...]) -> dict[str, object]:
    return {name: getattr(new, name) for name in names}


def _edit(
    stack: QUndoStack,
    text: str,
    apply: Callable[[dict[str, object]], object],
    current: object,
    new: object,
    names: tuple[str, ...],
) -> bool:
    before, after = _changes(current, _fields(new, names))
    if not after:
        return False
    run_change(stack, text, apply, before, after)
    return True


def _remove(stack: QUndoStack, services: Services, kind: str, row_id: str, what: str) -> None:
    ps = services.priorities
    run_edit(
        stack,
        f"Remove {what}",
        lambda: ps.remove(kind, row_id),
        lambda _r: ps.remove(kind, row_id),
        lambda _r: ps.bring_back(kind, row_id),
    )


# -- priorities --------------------------------------------------------------------------


def add_priority(stack: QUndoStack, services: Services, place_id: str, new: PriorityInput) -> str:
    ps = services.priorities
    added = run_edit(
        stack,
        f"Add the priority {new.title}",
        lambda: ps.add_priority(
            place_id,
            new.title,
            new.phase,
            new.theme,
            new.lead_organisation_id,
            new.owner,
            new.start_date,
            new.due_date,
            new.description,
            new.code,
        ),
        lambda p: ps.bring_back("priority", p.id),
        lambda p: ps.remove("priority", p.id),
    )
    return added.id


def edit_priority(
    stack: QUndoStack, services: Services, priority_id: str, new: PriorityInput
) -> bool:
    """False when nothing changed."""
    ps = services.priorities
    current = ps.get_priority(priority_id)
    return _edit(
        stack,
        f"Edit the priority {current.title}",
        lambda fields: ps.update_priority(priority_id, **fields),
        current,
        new,
        PRIORITY_EDITABLE,
    )


def remove_priority(stack: QUndoStack, services: Services, priority_id: str, title: str) -> None:
    _remove(stack, services, "priority", priority_id, f"the priority {title}")


# -- updates -----------------------------------------------------------------------------


def add_update(stack: QUndoStack, services: Services, priority_id: str, new: UpdateInput) -> str:
    ps = services.priorities
    added = run_edit(
        stack,
        f"Add a {new.rag} update",
        lambda: ps.add_update(priority_id, new.update_date, new.rag, new.commentary, new.author),
        lambda u: ps.bring_back("priority_update", u.id),
        lambda u: ps.remove("priority_update", u.id),
    )
    return added.id


def edit_update(
    stack: QUndoStack, services: Services, update_id: str, current: object, new: UpdateInput
) -> bool:
    """`current` is the update as shown; False when nothing changed."""
    ps = services.priorities
    return _edit(
        stack,
        "Edit an update",
        lambda fields: ps.update_update(update_id, **fields),
        current,
        new,
        ("update_date", "rag", "commentary", "author"),
    )


def remove_update(stack: QUndoStack, services: Services, update_id: str) -> None:
    _remove(stack, services, "priority_update", update_id, "an update")


# -- milestones --------------------------------------------------------------------------


def add_milestone(
    stack: QUndoStack, services: Services, priority_id: str, new: MilestoneInput
) -> str:
    ps = services.priorities
    added = run_edit(
        stack,
        f"Add the milestone {new.title}",
        lambda: ps.add_milestone(priority_id, new.title, new.due_date, new.done_on),
        lambda m: ps.bring_back("milestone", m.id),
        lambda m: ps.remove("milestone", m.id),
    )
    return added.id


def edit_milestone(
    stack: QUndoStack, services: Services, milestone_id: str, current: object, new: MilestoneInput
) -> bool:
    ps = services.priorities
    return _edit(
        stack,
        "Edit a milestone",
        lambda fields: ps.update_milestone(milestone_id, **fields),
        current,
        new,
        ("title", "due_date", "done_on"),
    )


def set_milestone_done(
    stack: QUndoStack, services: Services, milestone_id: str, was: date | None, done: date | None
) -> None:
    ps = services.priorities
    run_change(
        stack,
        "Mark a milestone done" if done else "Mark a milestone not done",
        lambda fields: ps.complete_milestone(milestone_id, fields["done_on"]),  # type: ignore[arg-type]
        {"done_on": was},
        {"done_on": done},
    )


def remove_milestone(stack: QUndoStack, services: Services, milestone_id: str) -> None:
    _remove(stack, services, "milestone", milestone_id, "a milestone")


# -- metric links ------------------------------------------------------------------------


def link_metric(
    stack: QUndoStack, services: Services, priority_id: str, metric_id: str, name: str
) -> None:
    ps = services.priorities
    run_edit(
        stack,
        f"Link the metric {name}",
        lambda: ps.link_metric(priority_id, metric_id),
        lambda _r: ps.link_metric(priority_id, metric_id),
        lambda _r: ps.unlink_metric(priority_id, metric_id),
    )


def unlink_metric(
    stack: QUndoStack, services: Services, priority_id: str, metric_id: str, name: str
) -> None:
    ps = services.priorities
    run_edit(
        stack,
        f"Unlink the metric {name}",
        lambda: ps.unlink_metric(priority_id, metric_id),
        lambda _r: ps.unlink_metric(priority_id, metric_id),
        lambda _r: ps.link_metric(priority_id, metric_id),
    )


# -- glossary ----------------------------------------------------------------------------


def add_term(stack: QUndoStack, services: Services, place_id: str, term: str, meaning: str) -> str:
    ps = services.priorities
    added = run_edit(
        stack,
        f"Add {term.strip()} to the glossary",
        lambda: ps.add_glossary_term(place_id, term, meaning),
        lambda t: ps.bring_back("glossary_term", t.id),
        lambda t: ps.remove("glossary_term", t.id),
    )
    return added.id


def edit_term(stack: QUndoStack, services: Services, term_id: str, was: str, meaning: str) -> bool:
    if was == meaning.strip():
        return False
    ps = services.priorities
    run_change(
        stack,
        "Edit a glossary term",
        lambda fields: ps.update_glossary_meaning(term_id, str(fields["meaning"])),
        {"meaning": was},
        {"meaning": meaning},
    )
    return True


def remove_term(stack: QUndoStack, services: Services, term_id: str, term: str) -> None:
    _remove(stack, services, "glossary_term", term_id, f"{term} from the glossary")


def seed_glossary(stack: QUndoStack, services: Services, place_id: str) -> int:
    """Add the standard terms the glossary lacks; the number added (0 pushes nothing)."""
    ps = services.priorities
    if not ps.missing_standard_terms(place_id):
        return 0

    def each(ids: list[str], call: Callable[[str, str], None]) -> None:
        for term_id in ids:
            call("glossary_term", term_id)

    added = run_edit(
        stack,
        "Add the standard glossary terms",
        lambda: [t.id for t in ps.seed_glossary(place_id)],
        lambda ids: each(ids, ps.bring_back),
        lambda ids: each(ids, ps.remove),
    )
    return len(added)
