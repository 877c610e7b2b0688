"""Name a deputy for a member (forms/deputy.ui)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from placeboard.domain.errors import ValidationError
from placeboard.services.membership import MemberRow
from placeboard.ui.commands.membership import DeputyInput
from placeboard.ui.forms.ui_deputy import Ui_DeputyDialog
from placeboard.ui.record_dialog import (
    PersonLike,
    PersonPicker,
    RecordDialog,
    from_qdate,
    to_qdate,
)


class DeputyDialog(RecordDialog):
    FIELDS = {"full_name": "personCombo", "person_id": "personCombo", "start_date": "fromDate"}

    def __init__(
        self,
        row: MemberRow,
        people: Sequence[PersonLike],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DeputyDialog()
        self.ui.setupUi(self)
        self.row = row
        self.setWindowTitle(f"Name deputy for {row.person.full_name}")
        self.ui.memberLabel.setText(
            f"A deputy may attend in the place of {row.person.full_name} "
            f"({row.organisation.name}) and counts towards quorum for them."
        )
        # Nobody deputises for themselves, and those already named need no second entry.
        taken = {row.person.id, *(d.id for d in row.deputies)}
        self.people = PersonPicker(self.ui.personCombo, self.ui.personHint, self.ui.jobTitleEdit)
        self.people.set_people([p for p in people if p.id not in taken])
        self.ui.fromDate.setDate(to_qdate(max(today, row.membership.start_date)))
        self._finish_setup("&Name deputy")
        self.ui.personCombo.setFocus()

    def values(self) -> DeputyInput:
        person_id, name = self.people.chosen()
        if not name:
            raise ValidationError(
                "Type the deputy's name, or choose someone already in the board's records.",
                "full_name",
            )
        return DeputyInput(
            person_id=person_id,
            full_name=name,
            job_title=self.ui.jobTitleEdit.text().strip(),
            start_date=from_qdate(self.ui.fromDate.date()),
        )
