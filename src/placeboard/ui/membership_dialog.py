"""Add or edit a membership (forms/membership.ui), and end one (forms/end_membership.ui)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from PySide6.QtWidgets import QWidget

from placeboard.domain.errors import ValidationError
from placeboard.domain.periods import uk_date
from placeboard.domain.vocab import MEMBERSHIP_ROLES
from placeboard.services.membership import MemberRow
from placeboard.ui.commands.membership import MemberInput
from placeboard.ui.forms.ui_end_membership import Ui_EndMembershipDialog
from placeboard.ui.forms.ui_membership import Ui_MembershipDialog
from placeboard.ui.record_dialog import (
    PersonLike,
    PersonPicker,
    RecordDialog,
    fill_combo,
    from_qdate,
    select_data,
    to_qdate,
)

# Roles that vote unless the board says otherwise; choosing a role suggests the box.
VOTING_ROLES = {"chair", "vice_chair", "dhci", "member"}
FIXED_PERSON = (
    "A membership stays with its person: to seat someone else, end this one and add theirs."
)


class OrganisationLike(Protocol):
    id: str
    name: str


class MembershipDialog(RecordDialog):
    FIELDS = {
        "full_name": "personCombo",
        "person_id": "personCombo",
        "organisation_id": "organisationCombo",
        "role": "roleCombo",
        "start_date": "fromDate",
        "end_date": "toDate",
        "notes": "notesEdit",
    }

    def __init__(
        self,
        people: Sequence[PersonLike],
        organisations: Sequence[OrganisationLike],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MembershipDialog()
        self.ui.setupUi(self)
        self.people = PersonPicker(self.ui.personCombo, self.ui.personHint, self.ui.jobTitleEdit)
        self.people.set_people(people)
        fill_combo(self.ui.organisationCombo, ((o.name, o.id) for o in organisations))
        fill_combo(self.ui.roleCombo, ((text, key) for key, text in MEMBERSHIP_ROLES.items()))
        select_data(self.ui.roleCombo, "member")
        self.ui.roleCombo.activated.connect(self._suggest_vote)
        self.editing: MemberRow | None = None
        self._finish_setup("&Add member")

    def start_new(self, today: date) -> None:
        self.setWindowTitle("Add member")
        self.ui.fromDate.setDate(to_qdate(today))
        self.ui.toDate.setDate(to_qdate(today))
        self.ui.personCombo.setFocus()

    def start_edit(self, row: MemberRow) -> None:
        """Show a membership to change; its person is fixed, their job title is not."""
        self.editing = row
        m = row.membership
        self.setWindowTitle(f"Edit membership: {row.person.full_name}")
        self.set_ok_text("&Save")
        self.people.choose(row.person.id)
        self.ui.personCombo.setEnabled(False)
        self.ui.personHint.setText(FIXED_PERSON)
        self.ui.jobTitleEdit.setText(row.person.job_title)
        select_data(self.ui.organisationCombo, row.organisation.id)
        select_data(self.ui.roleCombo, m.role)
        self.ui.votingCheck.setChecked(m.voting)
        self.ui.fromDate.setDate(to_qdate(m.start_date))
        self.ui.endedCheck.setChecked(m.end_date is not None)
        self.ui.toDate.setDate(to_qdate(m.end_date or date.today()))
        self.ui.notesEdit.setPlainText(m.notes)
        self.ui.organisationCombo.setFocus()

    def _suggest_vote(self, _index: int) -> None:
        self.ui.votingCheck.setChecked(self.ui.roleCombo.currentData() in VOTING_ROLES)

    def values(self) -> MemberInput:
        if self.editing is not None:
            person_id, name = self.editing.person.id, self.editing.person.full_name
        else:
            person_id, name = self.people.chosen()
        if not name:
            raise ValidationError(
                "Type the person's name, or choose someone already in the board's records.",
                "full_name",
            )
        organisation = self.ui.organisationCombo.currentData()
        if organisation is None:
            raise ValidationError(
                "This board has no partner organisations yet; add the organisation as a "
                "partner first.",
                "organisation_id",
            )
        ended = self.ui.endedCheck.isChecked()
        return MemberInput(
            person_id=person_id,
            full_name=name,
            job_title=self.ui.jobTitleEdit.text().strip(),
            organisation_id=str(organisation),
            role=str(self.ui.roleCombo.currentData()),
            voting=self.ui.votingCheck.isChecked(),
            start_date=from_qdate(self.ui.fromDate.date()),
            end_date=from_qdate(self.ui.toDate.date()) if ended else None,
            notes=self.ui.notesEdit.toPlainText().strip(),
        )


class EndMembershipDialog(RecordDialog):
    FIELDS = {"end_date": "endDate"}

    def __init__(self, row: MemberRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EndMembershipDialog()
        self.ui.setupUi(self)
        self.row = row
        m = row.membership
        self.setWindowTitle(f"End membership: {row.person.full_name}")
        self.ui.questionLabel.setText(
            f"End the membership of {row.person.full_name} for {row.organisation.name}, "
            f"which began on {uk_date(m.start_date)}?"
        )
        self.ui.endDate.setDate(to_qdate(m.end_date or today))
        self._finish_setup("&End membership")
        self.ui.endDate.setFocus()

    def values(self) -> date:
        return from_qdate(self.ui.endDate.date())
