"""Undoable edits of the Stage checklist: criteria, their status and evidence, and the
decisions that move the board to a stage.

Each function makes the edit at once (a refused edit raises its sentence and pushes
nothing) and pushes a command whose undo and redo only call services. Undo of an add
tombstones what the add made and redo lifts those same tombstones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoStack

from placeboard.domain.errors import ValidationError
from placeboard.services import Services
from placeboard.ui.commands import run_change, run_edit

CRITERION_EDITABLE = ("text", "owner", "due_date")
# The rows the services hand back (the UI does not import the store's tables).
Criterion = Any
CriterionEvidence = Any
StageDecision = Any


@dataclass(frozen=True)
class CriterionInput:
    """What the criterion dialog asks for."""

    stage_id: str
    text: str
    owner: str
    due_date: date | None


@dataclass(frozen=True)
class EvidenceInput:
    text: str
    url: str
    added_on: date


@dataclass(frozen=True)
class DecisionInput:
    stage_id: str
    decided_on: date
    decided_by: str
    rationale: str


def short(text: str, limit: int = 50) -> str:
    """A criterion's text cut to fit an Undo menu entry."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- criteria ------------------------------------------------------------------------------


def add_criterion(
    stack: QUndoStack, services: Services, place_id: str, new: CriterionInput
) -> Criterion:
    ss = services.stages
    return run_edit(
        stack,
        f"Add the criterion “{short(new.text)}”",
        lambda: ss.add_criterion(place_id, new.stage_id, new.text, None, new.owner, new.due_date),
        lambda c: ss.bring_back("criterion", c.id),
        lambda c: ss.remove("criterion", c.id),
    )


def edit_criterion(
    stack: QUndoStack, services: Services, criterion: Criterion, new: CriterionInput
) -> bool:
    """Change a criterion's text, owner and due date; False when nothing changed."""
    wanted = {"text": new.text, "owner": new.owner, "due_date": new.due_date}
    after = {k: v for k, v in wanted.items() if getattr(criterion, k) != v}
    if not after:
        return False
    before = {k: getattr(criterion, k) for k in after}
    ss = services.stages
    run_change(
        stack,
        f"Edit the criterion “{short(criterion.text)}”",
        lambda fields: ss.update_criterion(criterion.id, **fields),
        before,
        after,
    )
    return True


def set_status(
    stack: QUndoStack, services: Services, criterion: Criterion, status: str, reason: str
) -> bool:
    """Set a criterion's status (not applicable with its reason); False when unchanged."""
    ss = services.stages
    before = {"status": criterion.status, "na_reason": criterion.na_reason}
    after = {"status": status, "na_reason": reason.strip() if status == "not_applicable" else ""}
    if before == after:
        return False
    run_change(
        stack,
        f"Set the status of “{short(criterion.text)}”",
        lambda fields: ss.set_status(criterion.id, str(fields["status"]), str(fields["na_reason"])),
        before,
        after,
    )
    return True


def move_criterion(stack: QUndoStack, services: Services, criterion: Criterion, step: int) -> None:
    ss = services.stages

    def first() -> None:
        if not ss.move_criterion(criterion.id, step):
            where = "first" if step < 0 else "last"
            raise ValidationError(f"The criterion is already the {where} of its stage.", "position")

    run_edit(
        stack,
        f"Move “{short(criterion.text)}” {'up' if step < 0 else 'down'}",
        first,
        lambda _r: ss.move_criterion(criterion.id, step),
        lambda _r: ss.move_criterion(criterion.id, -step),
    )


def remove_criterion(stack: QUndoStack, services: Services, criterion: Criterion) -> None:
    ss = services.stages
    run_edit(
        stack,
        f"Remove the criterion “{short(criterion.text)}”",
        lambda: ss.remove("criterion", criterion.id),
        lambda _r: ss.remove("criterion", criterion.id),
        lambda _r: ss.bring_back("criterion", criterion.id),
    )


# -- evidence ------------------------------------------------------------------------------


def add_evidence(
    stack: QUndoStack, services: Services, criterion_id: str, new: EvidenceInput
) -> CriterionEvidence:
    ss = services.stages
    return run_edit(
        stack,
        "Add evidence",
        lambda: ss.add_evidence(criterion_id, new.text, new.url, None, new.added_on),
        lambda e: ss.bring_back("criterion_evidence", e.id),
        lambda e: ss.remove("criterion_evidence", e.id),
    )


def attach_file(
    stack: QUndoStack, services: Services, criterion: Criterion, path: Path, on: date
) -> CriterionEvidence:
    """Copy a file into the data folder and add it as evidence. Undo removes the evidence
    and its attachment record; the stored copy stays (files are never changed in place,
    and another record may share it)."""
    ss, files = services.stages, services.files

    def first() -> CriterionEvidence:
        attachment = files.store(criterion.place_id, path)
        return ss.add_evidence(criterion.id, path.name, "", attachment.id, on)

    def undo(e: CriterionEvidence) -> None:
        ss.remove("criterion_evidence", e.id)
        files.remove("attachment", str(e.attachment_id))

    def redo(e: CriterionEvidence) -> None:
        files.bring_back("attachment", str(e.attachment_id))
        ss.bring_back("criterion_evidence", e.id)

    return run_edit(stack, f"Attach {path.name} as evidence", first, redo, undo)


def edit_evidence(
    stack: QUndoStack, services: Services, evidence: CriterionEvidence, new: EvidenceInput
) -> bool:
    wanted = {"text": new.text, "url": new.url, "added_on": new.added_on}
    after = {k: v for k, v in wanted.items() if getattr(evidence, k) != v}
    if not after:
        return False
    before = {k: getattr(evidence, k) for k in after}
    ss = services.stages
    run_change(
        stack,
        "Edit evidence",
        lambda fields: ss.update_evidence(evidence.id, **fields),
        before,
        after,
    )
    return True


def remove_evidence(stack: QUndoStack, services: Services, evidence_id: str) -> None:
    ss = services.stages
    run_edit(
        stack,
        "Remove evidence",
        lambda: ss.remove("criterion_evidence", evidence_id),
        lambda _r: ss.remove("criterion_evidence", evidence_id),
        lambda _r: ss.bring_back("criterion_evidence", evidence_id),
    )


# -- the gate ------------------------------------------------------------------------------


def record_decision(
    stack: QUndoStack, services: Services, place_id: str, stage_name: str, new: DecisionInput
) -> StageDecision:
    ss = services.stages
    return run_edit(
        stack,
        f"Move the board to {stage_name}",
        lambda: services.stage_checks.record_decision(
            place_id, new.stage_id, new.decided_on, new.rationale, new.decided_by
        ),
        lambda d: ss.bring_back("stage_decision", d.id),
        lambda d: ss.remove("stage_decision", d.id),
    )
