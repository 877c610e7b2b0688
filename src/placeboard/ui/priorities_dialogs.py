"""Dialogs of the Priorities view (forms/priority.ui, priority_update.ui, milestone.ui,
glossary_term.ui): each hands its values to `submit`, and shows a refusal in itself."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDateEdit, QWidget

from placeboard.domain.errors import ValidationError
from placeboard.domain.vocab import RAG, RAG_MEANINGS
from placeboard.ui.commands.priorities import MilestoneInput, PriorityInput, UpdateInput
from placeboard.ui.forms.ui_glossary_term import Ui_GlossaryTermDialog
from placeboard.ui.forms.ui_milestone import Ui_MilestoneDialog
from placeboard.ui.forms.ui_priority import Ui_PriorityDialog
from placeboard.ui.forms.ui_priority_update import Ui_PriorityUpdateDialog
from placeboard.ui.record_dialog import (
    RecordDialog,
    fill_combo,
    from_qdate,
    select_data,
    to_qdate,
)


def set_optional(check: QCheckBox, edit: QDateEdit, value: date | None, fallback: date) -> None:
    check.setChecked(value is not None)
    edit.setEnabled(value is not None)
    edit.setDate(to_qdate(value or fallback))


def optional(check: QCheckBox, edit: QDateEdit) -> date | None:
    return from_qdate(edit.date()) if check.isChecked() else None


class PriorityDialog(RecordDialog):
    FIELDS = {
        "title": "titleEdit",
        "phase": "phaseCombo",
        "due_date": "dueDate",
        "start_date": "startDate",
    }

    def __init__(self, leads: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`leads`: (organisation name, id) of the board's partners."""
        super().__init__(parent)
        self.ui = Ui_PriorityDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.phaseCombo, ((f"Phase {n}", n) for n in (1, 2, 3)))
        fill_combo(self.ui.leadCombo, [("No lead organisation", None), *leads])
        self._finish_setup("&Add priority")

    def start_new(self, today: date) -> None:
        set_optional(self.ui.startCheck, self.ui.startDate, today, today)
        set_optional(self.ui.dueCheck, self.ui.dueDate, None, today)
        self.ui.codeEdit.setFocus()

    def start_edit(self, p: Any, today: date) -> None:
        self.setWindowTitle(f"Edit priority: {p.title}")
        self.set_ok_text("&Save")
        self.ui.codeEdit.setText(p.code)
        self.ui.titleEdit.setText(p.title)
        self.ui.themeEdit.setText(p.theme)
        select_data(self.ui.phaseCombo, p.phase)
        select_data(self.ui.leadCombo, p.lead_organisation_id)
        self.ui.ownerEdit.setText(p.owner)
        set_optional(self.ui.startCheck, self.ui.startDate, p.start_date, today)
        set_optional(self.ui.dueCheck, self.ui.dueDate, p.due_date, today)
        self.ui.descriptionEdit.setPlainText(p.description)
        self.ui.titleEdit.setFocus()

    def values(self) -> PriorityInput:
        lead = self.ui.leadCombo.currentData()
        return PriorityInput(
            code=self.ui.codeEdit.text().strip(),
            title=self.ui.titleEdit.text().strip(),
            theme=self.ui.themeEdit.text().strip(),
            phase=int(self.ui.phaseCombo.currentData()),
            lead_organisation_id=str(lead) if lead else None,
            owner=self.ui.ownerEdit.text().strip(),
            start_date=optional(self.ui.startCheck, self.ui.startDate),
            due_date=optional(self.ui.dueCheck, self.ui.dueDate),
            description=self.ui.descriptionEdit.toPlainText().strip(),
        )


class UpdateDialog(RecordDialog):
    FIELDS = {"rag": "ragCombo", "update_date": "updateDate"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PriorityUpdateDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.ragCombo, ((text, key) for key, text in RAG.items()))
        self.ui.ragCombo.currentIndexChanged.connect(self._show_meaning)
        self._finish_setup("&Add update")

    def start_new(self, title: str, today: date, rag: str, author: str) -> None:
        self.setWindowTitle(f"Add update: {title}")
        self.ui.updateDate.setDate(to_qdate(today))
        select_data(self.ui.ragCombo, rag)
        self.ui.authorEdit.setText(author)
        self._show_meaning()
        self.ui.ragCombo.setFocus()

    def start_edit(self, title: str, u: Any) -> None:
        self.setWindowTitle(f"Edit update: {title}")
        self.set_ok_text("&Save")
        self.ui.updateDate.setDate(to_qdate(u.update_date))
        select_data(self.ui.ragCombo, u.rag)
        self.ui.commentaryEdit.setPlainText(u.commentary)
        self.ui.authorEdit.setText(u.author)
        self._show_meaning()
        self.ui.commentaryEdit.setFocus()

    def _show_meaning(self) -> None:
        self.ui.ragMeaning.setText(RAG_MEANINGS.get(str(self.ui.ragCombo.currentData()), ""))

    def values(self) -> UpdateInput:
        return UpdateInput(
            update_date=from_qdate(self.ui.updateDate.date()),
            rag=str(self.ui.ragCombo.currentData()),
            commentary=self.ui.commentaryEdit.toPlainText().strip(),
            author=self.ui.authorEdit.text().strip(),
        )


class MilestoneDialog(RecordDialog):
    FIELDS = {"title": "titleEdit", "due_date": "dueDate", "done_on": "doneDate"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MilestoneDialog()
        self.ui.setupUi(self)
        self._finish_setup("&Add milestone")

    def start_new(self, title: str, today: date) -> None:
        self.setWindowTitle(f"Add milestone: {title}")
        set_optional(self.ui.dueCheck, self.ui.dueDate, today, today)
        set_optional(self.ui.doneCheck, self.ui.doneDate, None, today)
        self.ui.titleEdit.setFocus()

    def start_edit(self, m: Any, today: date) -> None:
        self.setWindowTitle("Edit milestone")
        self.set_ok_text("&Save")
        self.ui.titleEdit.setText(m.title)
        set_optional(self.ui.dueCheck, self.ui.dueDate, m.due_date, today)
        set_optional(self.ui.doneCheck, self.ui.doneDate, m.done_on, today)
        self.ui.titleEdit.setFocus()

    def values(self) -> MilestoneInput:
        return MilestoneInput(
            title=self.ui.titleEdit.text().strip(),
            due_date=optional(self.ui.dueCheck, self.ui.dueDate),
            done_on=optional(self.ui.doneCheck, self.ui.doneDate),
        )


class GlossaryTermDialog(RecordDialog):
    FIELDS = {"term": "termEdit", "meaning": "meaningEdit"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GlossaryTermDialog()
        self.ui.setupUi(self)
        self._finish_setup("&Add term")

    def start_new(self) -> None:
        self.ui.termEdit.setFocus()

    def start_edit(self, term: Any) -> None:
        self.setWindowTitle(f"Edit glossary term: {term.term}")
        self.set_ok_text("&Save")
        self.ui.termEdit.setText(term.term)
        self.ui.termEdit.setReadOnly(True)  # the term is the entry's key; remove and add
        self.ui.meaningEdit.setPlainText(term.meaning)
        self.ui.meaningEdit.setFocus()

    def values(self) -> tuple[str, str]:
        term = self.ui.termEdit.text().strip()
        if not term:
            raise ValidationError("The term cannot be empty.", "term")
        return term, self.ui.meaningEdit.toPlainText().strip()
