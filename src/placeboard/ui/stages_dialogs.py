"""Dialogs of the Stage checklist (forms/criterion.ui, criterion_status.ui, evidence.ui,
stage_decision.ui): each hands its values to `submit`, and shows a refusal in itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from placeboard.domain.derived_checks import CHECKED_BY
from placeboard.domain.errors import ValidationError
from placeboard.domain.vocab import CRITERION_STATUSES
from placeboard.services.stages import CriterionRow
from placeboard.ui.commands.stages import CriterionInput, DecisionInput, EvidenceInput
from placeboard.ui.forms.ui_criterion import Ui_CriterionDialog
from placeboard.ui.forms.ui_criterion_status import Ui_CriterionStatusDialog
from placeboard.ui.forms.ui_evidence import Ui_EvidenceDialog
from placeboard.ui.forms.ui_stage_decision import Ui_StageDecisionDialog
from placeboard.ui.priorities_dialogs import optional, set_optional
from placeboard.ui.record_dialog import RecordDialog, fill_combo, from_qdate, select_data, to_qdate

Choices = Sequence[tuple[str, str]]  # (stage name, stage id)


class CriterionDialog(RecordDialog):
    FIELDS = {"text": "textEdit", "stage_id": "stageCombo", "due_date": "dueDate"}

    def __init__(self, stages: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CriterionDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.stageCombo, stages)
        self._finish_setup("&Add criterion")

    def start_new(self, stage_id: str | None, today: date) -> None:
        if stage_id:
            select_data(self.ui.stageCombo, stage_id)
        set_optional(self.ui.dueCheck, self.ui.dueDate, None, today)
        self.ui.textEdit.setFocus()

    def start_edit(self, row: CriterionRow, today: date) -> None:
        c = row.criterion
        self.setWindowTitle("Edit criterion")
        self.set_ok_text("&Save")
        select_data(self.ui.stageCombo, c.stage_id)
        self.ui.stageCombo.setEnabled(False)  # a criterion belongs to its stage
        self.ui.textEdit.setPlainText(c.text)
        self.ui.ownerEdit.setText(c.owner)
        set_optional(self.ui.dueCheck, self.ui.dueDate, c.due_date, today)
        self.ui.textEdit.setFocus()

    def values(self) -> CriterionInput:
        text = " ".join(self.ui.textEdit.toPlainText().split())
        if not text:
            raise ValidationError("The criterion cannot be empty.", "text")
        return CriterionInput(
            stage_id=str(self.ui.stageCombo.currentData()),
            text=text,
            owner=self.ui.ownerEdit.text().strip(),
            due_date=optional(self.ui.dueCheck, self.ui.dueDate),
        )


class StatusDialog(RecordDialog):
    FIELDS = {"status": "statusCombo", "na_reason": "reasonEdit"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CriterionStatusDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.statusCombo, ((text, key) for key, text in CRITERION_STATUSES.items()))
        self.ui.statusCombo.currentIndexChanged.connect(self._show_reason)
        self.row: CriterionRow | None = None
        self._finish_setup("&Set status")

    def start(self, row: CriterionRow) -> None:
        self.row = row
        c = row.criterion
        self.setWindowTitle("Set status")
        self.ui.criterionLabel.setText(" ".join(c.text.split()))
        select_data(self.ui.statusCombo, c.status)
        self.ui.reasonEdit.setPlainText(c.na_reason)
        self.ui.checkNote.setVisible(row.check is not None)
        if row.check is not None:
            found = "met" if row.check.met else "not met"
            self.ui.checkNote.setText(f"{CHECKED_BY} ({found}): {row.check.reason}")
        self._show_reason()
        self.ui.statusCombo.setFocus()

    def _show_reason(self) -> None:
        needed = self.ui.statusCombo.currentData() == "not_applicable"
        self.ui.reasonEdit.setEnabled(needed)
        self.ui.reasonLabel.setEnabled(needed)

    def values(self) -> tuple[str, str]:
        status = str(self.ui.statusCombo.currentData())
        reason = self.ui.reasonEdit.toPlainText().strip()
        if status == "not_applicable" and not reason:
            raise ValidationError("Say why the criterion does not apply.", "na_reason")
        check = self.row.check if self.row is not None else None
        if status == "met" and check is not None and not check.met:
            raise ValidationError(
                "PlaceBoard checks this criterion from its records, and they do not show "
                f"it met yet: {check.reason}",
                "status",
            )
        return status, reason


class EvidenceDialog(RecordDialog):
    FIELDS = {"text": "textEdit", "url": "urlEdit"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvidenceDialog()
        self.ui.setupUi(self)
        self._finish_setup("&Add evidence")

    def start_new(self, link: bool, today: date) -> None:
        self.setWindowTitle("Add a link as evidence" if link else "Add evidence")
        self.ui.addedDate.setDate(to_qdate(today))
        (self.ui.urlEdit if link else self.ui.textEdit).setFocus()

    def start_edit(self, evidence: Any, today: date) -> None:
        self.setWindowTitle("Edit evidence")
        self.set_ok_text("&Save")
        self.ui.textEdit.setPlainText(evidence.text)
        self.ui.urlEdit.setText(evidence.url)
        self.ui.urlEdit.setEnabled(evidence.kind != "file")
        self.ui.addedDate.setDate(to_qdate(evidence.added_on or today))
        self.ui.textEdit.setFocus()

    def values(self) -> EvidenceInput:
        url = self.ui.urlEdit.text().strip()
        if url and "://" not in url:
            url = f"https://{url}"
        return EvidenceInput(
            text=self.ui.textEdit.toPlainText().strip(),
            url=url,
            added_on=from_qdate(self.ui.addedDate.date()),
        )


class DecisionDialog(RecordDialog):
    FIELDS = {"rationale": "rationaleEdit", "stage_id": "stageCombo"}

    def __init__(
        self, stages: Choices, unmet_of: Callable[[str], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StageDecisionDialog()
        self.ui.setupUi(self)
        self.unmet_of = unmet_of
        fill_combo(self.ui.stageCombo, stages)
        self.ui.stageCombo.currentIndexChanged.connect(self._show_unmet)
        self._finish_setup("&Move the board")

    def start(self, stage_id: str | None, today: date, decided_by: str = "") -> None:
        if stage_id:
            select_data(self.ui.stageCombo, stage_id)
        self.ui.decidedDate.setDate(to_qdate(today))
        self.ui.decidedByEdit.setText(decided_by)
        self._show_unmet()
        self.ui.stageCombo.setFocus()

    def unmet(self) -> int:
        return self.unmet_of(str(self.ui.stageCombo.currentData()))

    def _show_unmet(self) -> None:
        name = self.ui.stageCombo.currentText()
        n = self.unmet()
        if n:
            what = "1 criterion is" if n == 1 else f"{n} criteria are"
            text = (
                f"⚠ {what} not met up to {name}. Moving the board past the gate needs a "
                "recorded rationale, and the stage will show as passed with criteria unmet."
            )
        else:
            text = f"Every criterion up to {name} is met."
        self.ui.unmetLabel.setText(text)
        self.ui.rationaleLabel.setText("&Rationale (required):" if n else "&Rationale:")

    def values(self) -> DecisionInput:
        return DecisionInput(
            stage_id=str(self.ui.stageCombo.currentData()),
            decided_on=from_qdate(self.ui.decidedDate.date()),
            decided_by=self.ui.decidedByEdit.text().strip(),
            rationale=self.ui.rationaleEdit.toPlainText().strip(),
        )
