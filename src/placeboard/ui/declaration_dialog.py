"""Add or edit a declaration of interest (forms/declaration.ui)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from placeboard.domain.errors import ValidationError
from placeboard.domain.vocab import DECLARATION_TYPES
from placeboard.services.membership import DeclarationRow
from placeboard.ui.commands.membership import DeclarationInput
from placeboard.ui.forms.ui_declaration import Ui_DeclarationDialog
from placeboard.ui.record_dialog import (
    PersonLike,
    RecordDialog,
    fill_combo,
    from_qdate,
    select_data,
    to_qdate,
)


class DeclarationDialog(RecordDialog):
    FIELDS = {
        "person_id": "personCombo",
        "kind": "typeCombo",
        "description": "descriptionEdit",
        "declared_on": "declaredDate",
        "reviewed_on": "reviewedDate",
    }

    def __init__(self, people: Sequence[PersonLike], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeclarationDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.personCombo, ((p.full_name, p.id) for p in people))
        self.ui.personCombo.setCurrentIndex(-1)
        self.ui.personCombo.setPlaceholderText("Choose a person")
        fill_combo(self.ui.typeCombo, ((text, key) for key, text in DECLARATION_TYPES.items()))
        self.ui.nilCheck.toggled.connect(self._on_nil_toggled)
        self.editing: DeclarationRow | None = None
        self._finish_setup("&Add declaration")

    def start_new(self, today: date, person_id: str | None = None) -> None:
        self.setWindowTitle("Add declaration of interest")
        if person_id is not None:
            select_data(self.ui.personCombo, person_id)
        self.ui.declaredDate.setDate(to_qdate(today))
        self.ui.reviewedDate.setDate(to_qdate(today))
        self.ui.personCombo.setFocus()

    def start_edit(self, row: DeclarationRow) -> None:
        self.editing = row
        d = row.declaration
        self.setWindowTitle(f"Edit declaration of interest: {row.person.full_name}")
        self.set_ok_text("&Save")
        select_data(self.ui.personCombo, row.person.id)
        self.ui.personCombo.setEnabled(False)  # a declaration is always its declarer's
        self.ui.nilCheck.setChecked(d.is_nil)
        select_data(self.ui.typeCombo, d.kind)
        self.ui.descriptionEdit.setPlainText(d.description)
        self.ui.topicsEdit.setText(d.topics)
        self.ui.privateCheck.setChecked(d.private)
        self.ui.declaredDate.setDate(to_qdate(d.declared_on))
        self.ui.reviewedCheck.setChecked(d.reviewed_on is not None)
        self.ui.reviewedDate.setDate(to_qdate(d.reviewed_on or date.today()))
        self.ui.nilCheck.setFocus()

    def _on_nil_toggled(self, nil: bool) -> None:
        self.ui.typeCombo.setEnabled(not nil)
        self.ui.descriptionEdit.setEnabled(not nil)

    def values(self) -> DeclarationInput:
        person = self.ui.personCombo.currentData()
        if person is None:
            raise ValidationError("Choose who is making the declaration.", "person_id")
        reviewed = self.ui.reviewedCheck.isChecked()
        return DeclarationInput(
            person_id=str(person),
            kind=str(self.ui.typeCombo.currentData()),
            description=self.ui.descriptionEdit.toPlainText().strip(),
            is_nil=self.ui.nilCheck.isChecked(),
            private=self.ui.privateCheck.isChecked(),
            topics=self.ui.topicsEdit.text().strip(),
            declared_on=from_qdate(self.ui.declaredDate.date()),
            reviewed_on=from_qdate(self.ui.reviewedDate.date()) if reviewed else None,
        )
