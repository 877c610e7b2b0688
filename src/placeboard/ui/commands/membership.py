"""Undoable edits of the Membership view: members, deputies, declarations of interest.

Each function makes the edit at once (a refused edit raises its sentence and pushes
nothing) and pushes a command whose undo and redo only call services. Undo of an add
tombstones the rows the add made and redo lifts those same tombstones: the ids never
change, so what syncs is one row, removed and brought back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QUndoStack

from placeboard.services import Services
from placeboard.services.membership import DeclarationRow, MemberRow, NewDeputy, NewMember
from placeboard.ui.commands import run_change, run_edit

MEMBERSHIP_EDITABLE = ("organisation_id", "role", "voting", "start_date", "end_date", "notes")
DECLARATION_EDITABLE = (
    "kind",
    "description",
    "is_nil",
    "private",
    "topics",
    "declared_on",
    "reviewed_on",
)


@dataclass(frozen=True)
class MemberInput:
    """What the membership dialog asks for."""

    person_id: str | None  # None: add a new person called full_name
    full_name: str
    job_title: str
    organisation_id: str
    role: str
    voting: bool
    start_date: date
    end_date: date | None
    notes: str


@dataclass(frozen=True)
class DeputyInput:
    person_id: str | None  # None: add a new person called full_name
    full_name: str
    job_title: str
    start_date: date


@dataclass(frozen=True)
class DeclarationInput:
    person_id: str
    kind: str
    description: str
    is_nil: bool
    private: bool
    topics: str
    declared_on: date
    reviewed_on: date | None


def _changes(
    current: object, wanted: dict[str, object]
) -> tuple[dict[str, object], dict[str, object]]:
    """(before, after) of the fields whose wanted value differs from the current one."""
    after = {k: v for k, v in wanted.items() if getattr(current, k) != v}
    return {k: getattr(current, k) for k in after}, after


# -- members -----------------------------------------------------------------------------


def add_member(stack: QUndoStack, services: Services, place_id: str, new: MemberInput) -> NewMember:
    ms = services.membership
    old_job: list[str] = []  # an existing person's job title, if the dialog changed it

    def first() -> NewMember:
        added = ms.add_member(
            place_id,
            new.organisation_id,
            new.person_id,
            new.full_name,
            new.job_title,
            new.role,
            new.voting,
            new.start_date,
            new.end_date,
            new.notes,
        )
        if not added.person_created and added.person.job_title != new.job_title:
            old_job.append(added.person.job_title)
            ms.update_person(added.person.id, job_title=new.job_title)
        return added

    def undo(added: NewMember) -> None:
        ms.remove("membership", added.membership.id)
        if added.person_created:
            ms.remove("person", added.person.id)
        elif old_job:
            ms.update_person(added.person.id, job_title=old_job[0])

    def redo(added: NewMember) -> None:
        if added.person_created:
            ms.bring_back("person", added.person.id)
        elif old_job:
            ms.update_person(added.person.id, job_title=new.job_title)
        ms.bring_back("membership", added.membership.id)

    name = new.full_name
    return run_edit(stack, f"Add {name} as a member", first, redo, undo)


def edit_member(stack: QUndoStack, services: Services, row: MemberRow, new: MemberInput) -> bool:
    """Change a membership (and its person's job title); False when nothing changed."""
    ms = services.membership
    m, person = row.membership, row.person
    m_before, m_after = _changes(m, {f: getattr(new, f) for f in MEMBERSHIP_EDITABLE})
    p_before, p_after = _changes(person, {"job_title": new.job_title})
    if not m_after and not p_after:
        return False

    def apply(state: dict[str, object]) -> None:
        membership, person_fields = state["membership"], state["person"]
        assert isinstance(membership, dict) and isinstance(person_fields, dict)
        if membership:
            ms.update_membership(m.id, **membership)  # first: it is the one that can refuse
        if person_fields:
            ms.update_person(person.id, **person_fields)

    run_change(
        stack,
        f"Edit the membership of {person.full_name}",
        apply,
        {"membership": m_before, "person": p_before},
        {"membership": m_after, "person": p_after},
    )
    return True


def end_membership(stack: QUndoStack, services: Services, row: MemberRow, end: date) -> None:
    ms = services.membership
    run_change(
        stack,
        f"End the membership of {row.person.full_name}",
        lambda fields: ms.update_membership(row.membership.id, **fields),
        {"end_date": row.membership.end_date},
        {"end_date": end},
    )


def remove_member(stack: QUndoStack, services: Services, row: MemberRow) -> None:
    what = f"the membership of {row.person.full_name}"
    _remove(stack, services, "membership", row.membership.id, what)


# -- deputies ----------------------------------------------------------------------------


def name_deputy(
    stack: QUndoStack, services: Services, row: MemberRow, new: DeputyInput
) -> NewDeputy:
    ms = services.membership

    def undo(named: NewDeputy) -> None:
        ms.remove("deputy", named.deputy.id)
        if named.person_created:
            ms.remove("person", named.person.id)

    def redo(named: NewDeputy) -> None:
        if named.person_created:
            ms.bring_back("person", named.person.id)
        ms.bring_back("deputy", named.deputy.id)

    return run_edit(
        stack,
        f"Name {new.full_name} as deputy for {row.person.full_name}",
        lambda: ms.name_deputy(
            row.membership.id, new.person_id, new.full_name, new.job_title, new.start_date
        ),
        redo,
        undo,
    )


def remove_deputy(
    stack: QUndoStack, services: Services, row: MemberRow, person_id: str, name: str
) -> None:
    ms = services.membership
    run_edit(
        stack,
        f"Remove {name} as deputy for {row.person.full_name}",
        lambda: ms.remove_deputy(row.membership.id, person_id),
        lambda deputy_id: ms.remove("deputy", deputy_id),
        lambda deputy_id: ms.bring_back("deputy", deputy_id),
    )


# -- declarations of interest ------------------------------------------------------------


def declare(stack: QUndoStack, services: Services, place_id: str, new: DeclarationInput) -> str:
    ms = services.membership
    declaration = run_edit(
        stack,
        "Record a declaration of interest",
        lambda: ms.declare(
            place_id,
            new.person_id,
            new.kind,
            new.description,
            new.declared_on,
            new.reviewed_on,
            new.is_nil,
            new.private,
            new.topics,
        ),
        lambda d: ms.bring_back("declaration", d.id),
        lambda d: ms.remove("declaration", d.id),
    )
    return declaration.id


def edit_declaration(
    stack: QUndoStack, services: Services, row: DeclarationRow, new: DeclarationInput
) -> bool:
    """False when nothing changed. (Who made a declaration does not change.)"""
    wanted = {f: getattr(new, f) for f in DECLARATION_EDITABLE}
    before, after = _changes(row.declaration, wanted)
    if not after:
        return False
    declaration_id = row.declaration.id
    ms = services.membership
    run_change(
        stack,
        "Edit a declaration of interest",
        lambda fields: ms.update_declaration(declaration_id, **fields),
        before,
        after,
    )
    return True


def mark_reviewed(stack: QUndoStack, services: Services, row: DeclarationRow, on: date) -> None:
    ms = services.membership
    declaration_id = row.declaration.id
    run_change(
        stack,
        f"Mark {row.person.full_name}'s declaration reviewed",
        lambda fields: ms.update_declaration(declaration_id, **fields),
        {"reviewed_on": row.declaration.reviewed_on},
        {"reviewed_on": on},
    )


def remove_declaration(stack: QUndoStack, services: Services, row: DeclarationRow) -> None:
    what = f"{row.person.full_name}'s declaration of interest"
    _remove(stack, services, "declaration", row.declaration.id, what)


def _remove(stack: QUndoStack, services: Services, kind: str, row_id: str, what: str) -> None:
    ms = services.membership
    run_edit(
        stack,
        f"Remove {what}",
        lambda: ms.remove(kind, row_id),
        lambda _r: ms.remove(kind, row_id),
        lambda _r: ms.bring_back(kind, row_id),
    )
