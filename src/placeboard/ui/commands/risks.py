"""Undoable edits of the Risks view: risks (with their contributing partners), reviews,
closing and reopening, and mitigations.

Each function makes the edit at once (a refused edit raises its sentence and pushes
nothing) and pushes a command whose undo and redo only call services. Undo of an add
tombstones what the add made and redo lifts the same tombstones, so ids never change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoStack

from placeboard.services import Services
from placeboard.services.risks import RiskRow
from placeboard.ui.commands import run_change, run_edit

Pair = tuple[int, int]  # (likelihood, consequence)
# Rows as the services return them (the UI does not import the store's tables).
Risk = Any
RiskMitigation = Any


@dataclass(frozen=True)
class RiskInput:
    """What the risk dialog asks for."""

    title: str
    description: str
    owning_organisation_id: str | None
    owner: str
    contributor_ids: tuple[str, ...]
    initial: Pair
    current: Pair
    target: Pair
    controls: str
    review_date: date | None

    def fields(self) -> dict[str, object]:
        """The risk's own fields (contributors are rows of their own)."""
        return {
            "title": self.title,
            "description": self.description,
            "owning_organisation_id": self.owning_organisation_id,
            "owner": self.owner,
            "initial_likelihood": self.initial[0],
            "initial_consequence": self.initial[1],
            "current_likelihood": self.current[0],
            "current_consequence": self.current[1],
            "target_likelihood": self.target[0],
            "target_consequence": self.target[1],
            "controls": self.controls,
            "review_date": self.review_date,
        }


@dataclass(frozen=True)
class MitigationInput:
    action: str
    owner: str
    due_date: date | None
    done_on: date | None


# -- risks -------------------------------------------------------------------------------


def add_risk(
    stack: QUndoStack, services: Services, place_id: str, new: RiskInput, today: date
) -> Risk:
    rs = services.risks

    def first() -> Risk:
        fields = new.fields()
        title = str(fields.pop("title"))
        risk = rs.add_risk(place_id, title, opened_on=today, **fields)
        try:
            for org in new.contributor_ids:
                rs.add_contributor(risk.id, org)
        except Exception:
            rs.remove("risk", risk.id)  # all or nothing: no half-made risk stays
            raise
        return risk

    return run_edit(
        stack,
        f"Add risk {new.title.strip()}",
        first,
        lambda risk: rs.bring_back("risk", risk.id),
        lambda risk: rs.remove("risk", risk.id),
    )


def edit_risk(stack: QUndoStack, services: Services, row: RiskRow, new: RiskInput) -> bool:
    """Change a risk and its contributing partners; False when nothing changed."""
    rs = services.risks
    risk = row.risk
    after = {k: v for k, v in new.fields().items() if getattr(risk, k) != v}
    before = {k: getattr(risk, k) for k in after}
    had, wanted = set(row.contributor_ids), set(new.contributor_ids)
    if not after and had == wanted:
        return False

    def apply(fields: dict[str, object], drop: Iterable[str], add: Iterable[str]) -> None:
        # Drop first and add last: a partner may move from contributing to owning.
        for org in drop:
            rs.remove_contributor(risk.id, org)
        if fields:
            rs.update_risk(risk.id, **fields)
        for org in add:
            rs.add_contributor(risk.id, org)

    gone, joined = sorted(had - wanted), sorted(wanted - had)
    run_edit(
        stack,
        f"Edit risk {risk.reference}",
        lambda: apply(after, gone, joined),
        lambda _r: apply(after, gone, joined),
        lambda _r: apply(before, joined, gone),
    )
    return True


def _risk_change(
    stack: QUndoStack, services: Services, risk: Risk, text: str, after: dict[str, object]
) -> None:
    before = {k: getattr(risk, k) for k in after}
    run_change(stack, text, lambda f: services.risks.update_risk(risk.id, **f), before, after)


def record_review(
    stack: QUndoStack, services: Services, row: RiskRow, today: date, next_review: date
) -> None:
    risk = row.risk
    before = {"last_reviewed_on": risk.last_reviewed_on, "review_date": risk.review_date}
    after = {"last_reviewed_on": today, "review_date": next_review}
    rs = services.risks
    run_edit(
        stack,
        f"Record a review of risk {risk.reference}",
        lambda: rs.review(risk.id, today, next_review),  # checks the dates
        lambda _r: rs.update_risk(risk.id, **after),
        lambda _r: rs.update_risk(risk.id, **before),
    )


def close_risk(stack: QUndoStack, services: Services, row: RiskRow, today: date) -> None:
    after = {"status": "closed", "closed_on": today}
    _risk_change(stack, services, row.risk, f"Close risk {row.reference}", after)


def reopen_risk(stack: QUndoStack, services: Services, row: RiskRow) -> None:
    after = {"status": "open", "closed_on": None}
    _risk_change(stack, services, row.risk, f"Reopen risk {row.reference}", after)


def remove_risk(stack: QUndoStack, services: Services, row: RiskRow) -> None:
    _remove(stack, services, "risk", row.id, f"risk {row.reference}")


# -- mitigations -------------------------------------------------------------------------


def add_mitigation(
    stack: QUndoStack, services: Services, risk_id: str, new: MitigationInput
) -> RiskMitigation:
    rs = services.risks
    return run_edit(
        stack,
        f"Add mitigation {new.action.strip()}",
        lambda: rs.add_mitigation(risk_id, new.action, new.owner, new.due_date, new.done_on),
        lambda m: rs.bring_back("risk_mitigation", m.id),
        lambda m: rs.remove("risk_mitigation", m.id),
    )


def edit_mitigation(
    stack: QUndoStack, services: Services, mitigation: RiskMitigation, new: MitigationInput
) -> bool:
    wanted = {
        "action": new.action.strip(),
        "owner": new.owner.strip(),
        "due_date": new.due_date,
        "done_on": new.done_on,
    }
    after = {k: v for k, v in wanted.items() if getattr(mitigation, k) != v}
    if not after:
        return False
    before = {k: getattr(mitigation, k) for k in after}
    run_change(
        stack,
        "Edit a mitigation",
        lambda f: services.risks.update_mitigation(mitigation.id, **f),
        before,
        after,
    )
    return True


def complete_mitigation(
    stack: QUndoStack, services: Services, mitigation: RiskMitigation, on: date | None
) -> None:
    """Mark done on a day, or (None) not done after all."""
    run_change(
        stack,
        "Mark a mitigation done" if on else "Mark a mitigation not done",
        lambda f: services.risks.complete_mitigation(mitigation.id, f["done_on"]),  # type: ignore[arg-type]
        {"done_on": mitigation.done_on},
        {"done_on": on},
    )


def remove_mitigation(stack: QUndoStack, services: Services, mitigation: RiskMitigation) -> None:
    _remove(stack, services, "risk_mitigation", mitigation.id, "a mitigation")


def _remove(stack: QUndoStack, services: Services, kind: str, row_id: str, what: str) -> None:
    rs = services.risks
    run_edit(
        stack,
        f"Remove {what}",
        lambda: rs.remove(kind, row_id),
        lambda _r: rs.remove(kind, row_id),
        lambda _r: rs.bring_back(kind, row_id),
    )
