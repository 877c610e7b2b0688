"""Dialogs of the Attendance and quorum tab (forms/attendance.ui, item_declaration.ui):
each hands its values to `submit`, and shows a refusal in itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from placeboard.domain.errors import ValidationError
from placeboard.domain.vocab import ATTENDANCE
from placeboard.services.meeting_quorum import GUEST_CHOICES, MEMBER_CHOICES, RegisterLine
from placeboard.ui.commands.attendance import AttendanceInput, DeclarationInput
from placeboard.ui.forms.ui_attendance import Ui_AttendanceDialog
from placeboard.ui.forms.ui_item_declaration import Ui_ItemDeclarationDialog
from placeboard.ui.record_dialog import RecordDialog, fill_combo, select_data

NEW_NAME = "Someone new: they will be added to the board's records."
KNOWN_NAME = "Already in the board's records."


def chosen(combo: QComboBox) -> tuple[str | None, str]:
    """(id of the entry whose name is typed or chosen, or None for a new name; the name)."""
    text = " ".join(combo.currentText().split())
    for i in range(combo.count()):
        if combo.itemText(i).casefold() == text.casefold() and combo.itemData(i):
            return str(combo.itemData(i)), combo.itemText(i)
    return None, text


def _clear_text(combo: QComboBox) -> None:
    combo.setCurrentIndex(-1)
    combo.setEditText("")


class AttendanceDialog(RecordDialog):
    """A member's attendance (their seat: present, apologies, a deputy, absent), or a
    guest added by name (observer, in attendance)."""

    FIELDS = {"status": "statusCombo", "deputy": "deputyCombo", "person": "personCombo"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AttendanceDialog()
        self.ui.setupUi(self)
        self.ui.statusCombo.currentIndexChanged.connect(self._deputy_enabled)
        self.ui.personCombo.currentTextChanged.connect(self._person_hint)
        self.ui.deputyCombo.currentTextChanged.connect(self._deputy_hint)
        self.guest = False
        self._finish_setup("&Record")

    def start_member(self, line: RegisterLine) -> None:
        self.setWindowTitle(f"Attendance of {line.person.full_name}")
        fill_combo(self.ui.personCombo, [(line.person.full_name, line.person.id)])
        self.ui.personCombo.setEnabled(False)
        self.ui.personHint.setText(line.member.organisation.name if line.member else "")
        fill_combo(self.ui.statusCombo, ((ATTENDANCE[k], k) for k in MEMBER_CHOICES))
        deputies = line.member.deputies if line.member else []
        fill_combo(self.ui.deputyCombo, ((p.full_name, p.id) for p in deputies))
        status = "deputy" if line.deputy is not None else (line.status or "present")
        select_data(self.ui.statusCombo, status)
        if line.deputy is not None:
            self.ui.deputyCombo.setEditText(line.deputy.full_name)
        elif not deputies:
            _clear_text(self.ui.deputyCombo)
        self.ui.noteEdit.setText(line.attendance.note if line.attendance else "")
        self._deputy_enabled()
        self.ui.statusCombo.setFocus()

    def start_guest(self, people: Sequence[tuple[str, str]]) -> None:
        """`people`: (name, id) of the board's people who hold no seat at this meeting."""
        self.guest = True
        self.setWindowTitle("Add an observer or someone in attendance")
        self.set_ok_text("&Add")
        fill_combo(self.ui.personCombo, people)
        _clear_text(self.ui.personCombo)
        fill_combo(self.ui.statusCombo, ((ATTENDANCE[k], k) for k in GUEST_CHOICES))
        for widget in (self.ui.deputyLabel, self.ui.deputyCombo, self.ui.deputyHint):
            widget.hide()
        self._person_hint()
        self.ui.personCombo.setFocus()

    def _deputy_enabled(self) -> None:
        on = self.ui.statusCombo.currentData() == "deputy"
        self.ui.deputyCombo.setEnabled(on)
        self._deputy_hint()

    def _person_hint(self) -> None:
        if not self.guest:
            return
        person_id, name = chosen(self.ui.personCombo)
        hint = "" if not name else KNOWN_NAME if person_id else NEW_NAME
        self.ui.personHint.setText(hint or "Choose someone, or type the name of someone new.")

    def _deputy_hint(self) -> None:
        deputy_id, name = chosen(self.ui.deputyCombo)
        if self.ui.statusCombo.currentData() != "deputy":
            text = "Choose “Deputy attending” to name who comes in the member's place."
        elif not name:
            text = "Choose one of the member's named deputies, or type a name."
        else:
            known = KNOWN_NAME if deputy_id else NEW_NAME
            text = f"{known} The deputy fills the member's seat and vote."
        self.ui.deputyHint.setText(text)

    def values(self) -> AttendanceInput:
        person_id, name = chosen(self.ui.personCombo)
        deputy_id, deputy_name = chosen(self.ui.deputyCombo)
        is_deputy = self.ui.statusCombo.currentData() == "deputy"
        return AttendanceInput(
            status=str(self.ui.statusCombo.currentData()),
            person_id=person_id,
            name=name,
            deputy_id=deputy_id if is_deputy else None,
            deputy_name=deputy_name if is_deputy else "",
            note=self.ui.noteEdit.text().strip(),
        )


class ItemDeclarationDialog(RecordDialog):
    FIELDS = {"person_id": "personCombo", "item_id": "itemCombo"}

    def __init__(
        self,
        items: Sequence[tuple[str, str]],
        people: Sequence[tuple[str, str]],
        register: Sequence[tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """`items`: (number and title, id); `people`: (name, id) on the meeting's
        register; `register`: (person id, description, declaration id) of the
        declarations of interest in the register."""
        super().__init__(parent)
        self.ui = Ui_ItemDeclarationDialog()
        self.ui.setupUi(self)
        self.register = list(register)
        fill_combo(self.ui.itemCombo, items)
        fill_combo(self.ui.personCombo, people)
        self.ui.personCombo.currentIndexChanged.connect(self._fill_register)
        self.ui.registerCombo.currentIndexChanged.connect(self._fill_note)
        self._finish_setup("&Record declaration")
        self._fill_register()

    def start_new(self, item_id: str | None, person_id: str | None) -> None:
        select_data(self.ui.itemCombo, item_id)
        select_data(self.ui.personCombo, person_id)
        self._fill_register()
        self.ui.withdrewCheck.setChecked(True)  # the usual course for a conflict
        self.ui.noteEdit.setFocus()

    def _fill_register(self) -> None:
        person = self.ui.personCombo.currentData()
        entries = [(text, d_id) for p_id, text, d_id in self.register if p_id == person]
        fill_combo(self.ui.registerCombo, [("None: declared at the meeting", None), *entries])
        self.ui.registerCombo.setCurrentIndex(1 if entries else 0)
        self._fill_note()

    def _fill_note(self) -> None:
        declaration = self.ui.registerCombo.currentData()
        if declaration is not None and not self.ui.noteEdit.isModified():
            self.ui.noteEdit.setText(self.ui.registerCombo.currentText())

    def values(self) -> DeclarationInput:
        item = self.ui.itemCombo.currentData()
        person = self.ui.personCombo.currentData()
        declaration = self.ui.registerCombo.currentData()
        if not item:
            raise ValidationError("Choose the item the interest was declared at.", "item_id")
        if not person:
            raise ValidationError("Choose who declared the interest.", "person_id")
        return DeclarationInput(
            item_id=str(item or ""),
            person_id=str(person or ""),
            declaration_id=str(declaration) if declaration else None,
            note=self.ui.noteEdit.text().strip(),
            withdrew=self.ui.withdrewCheck.isChecked(),
        )
