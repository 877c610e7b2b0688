"""Undoable edits of the terms of reference; redo and undo only call the service."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QUndoStack

from placeboard.services.terms import TermsService
from placeboard.ui.commands import run_change, run_edit

QUORUM_FIELDS = ("quorum_members", "quorum_requires_sectors", "quorum_rule")


def new_version(stack: QUndoStack, terms: TermsService, source_id: str, label: str) -> Any:
    """A new draft copied from a version; undo removes it, redo brings it back."""
    return run_edit(
        stack,
        f"New version {label.strip()}",
        lambda: terms.new_version_from(source_id, label),
        lambda v: terms.bring_back("tor_version", v.id),
        lambda v: terms.remove("tor_version", v.id),
    )


def first_version(
    stack: QUndoStack, terms: TermsService, place_id: str, label: str, today: date
) -> Any:
    """A board's first draft, from the standard sections."""
    return run_edit(
        stack,
        f"New version {label.strip()}",
        lambda: terms.first_version(place_id, label, today),
        lambda v: terms.bring_back("tor_version", v.id),
        lambda v: terms.remove("tor_version", v.id),
    )


def remove_draft(stack: QUndoStack, terms: TermsService, version_id: str, label: str) -> None:
    run_edit(
        stack,
        f"Remove draft {label}",
        lambda: terms.remove("tor_version", version_id),
        lambda _r: terms.remove("tor_version", version_id),
        lambda _r: terms.bring_back("tor_version", version_id),
    )


def send_for_approval(stack: QUndoStack, terms: TermsService, version_id: str, label: str) -> None:
    run_edit(
        stack,
        f"Send {label} for approval",
        lambda: terms.send_for_approval(version_id),
        lambda _r: terms.send_for_approval(version_id),
        lambda _r: terms.return_to_draft(version_id),
    )


def save_section(
    stack: QUndoStack, terms: TermsService, section: Any, heading: str, body: str
) -> None:
    """The section's heading and body; undo puts the old words back."""
    run_change(
        stack,
        f"Edit section {heading.strip() or section.heading}",
        lambda changes: terms.update_section(section.id, **changes),
        {"heading": section.heading, "body": section.body},
        {"heading": heading, "body": body},
    )


def add_section(stack: QUndoStack, terms: TermsService, version_id: str, heading: str) -> Any:
    return run_edit(
        stack,
        f"Add section {heading}",
        lambda: terms.add_section(version_id, "other", heading),
        lambda s: terms.bring_back("tor_section", s.id),
        lambda s: terms.remove("tor_section", s.id),
    )


def remove_section(stack: QUndoStack, terms: TermsService, section_id: str, heading: str) -> None:
    run_edit(
        stack,
        f"Remove section {heading}",
        lambda: terms.remove("tor_section", section_id),
        lambda _r: terms.remove("tor_section", section_id),
        lambda _r: terms.bring_back("tor_section", section_id),
    )


def record_approval(
    stack: QUndoStack,
    terms: TermsService,
    version_id: str,
    organisation: tuple[str, str],  # (id, name)
    approved_by: str,
    approved_on: date,
    minute_reference: str,
) -> None:
    """A partner's approval; undo withdraws it (and un-agrees the version if it was the
    approval that agreed it)."""
    org_id, name = organisation

    def record() -> object:
        return terms.record_approval(version_id, org_id, approved_by, approved_on, minute_reference)

    run_edit(
        stack,
        f"Record approval by {name}",
        record,
        lambda _r: record(),
        lambda _r: terms.withdraw_approval(version_id, org_id),
    )


def withdraw_approval(
    stack: QUndoStack, terms: TermsService, version_id: str, organisation: tuple[str, str]
) -> None:
    org_id, name = organisation
    run_edit(
        stack,
        f"Withdraw approval by {name}",
        lambda: terms.withdraw_approval(version_id, org_id),
        lambda _was: terms.withdraw_approval(version_id, org_id),
        lambda was: terms.record_approval(
            version_id, org_id, was.approved_by, was.approved_on, was.minute_reference
        ),
    )


def set_quorum(
    stack: QUndoStack, terms: TermsService, version: Any, members: int, sectors: list[str]
) -> None:
    """A draft's quorum; undo restores the three quorum fields exactly as they were."""
    before = {name: getattr(version, name) for name in QUORUM_FIELDS}

    def after(row: Any) -> dict[str, object]:
        return {name: getattr(row, name) for name in QUORUM_FIELDS}

    run_edit(
        stack,
        f"Change the quorum of {version.label}",
        lambda: terms.set_quorum(version.id, members, sectors),
        lambda row: terms.update_version(version.id, **after(row)),
        lambda _row: terms.update_version(version.id, **before),
    )
