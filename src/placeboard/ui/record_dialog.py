"""What the record dialogs share: OK hands the values to a `submit` callback, and a
refusal shows its sentence in the dialog, which stays open with nothing written.

Dialogs are opened with `open()` (window-modal, no nested event loop), so the view
and the tests carry on while one is showing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from placeboard.domain.errors import PlaceBoardError


class PersonLike(Protocol):
    id: str
    full_name: str
    job_title: str


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def fill_combo(combo: QComboBox, choices: Iterable[tuple[str, object]]) -> None:
    combo.clear()
    for text, data in choices:
        combo.addItem(text, data)


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def name_inner_widgets(dialog: QWidget) -> None:
    """Name the parts Qt builds inside combo boxes and date fields (their typing line and
    drop-down list) after the control, so a screen reader never meets a nameless one."""
    for combo in dialog.findChildren(QComboBox):
        combo.view().setAccessibleName(f"{combo.accessibleName()} choices")
        if combo.lineEdit() is not None:
            combo.lineEdit().setAccessibleName(combo.accessibleName())
            combo.lineEdit().setAccessibleDescription(combo.accessibleDescription())
    for spin in dialog.findChildren(QAbstractSpinBox):
        line = spin.findChild(QLineEdit)
        if line is not None:
            line.setAccessibleName(spin.accessibleName())
            line.setAccessibleDescription(spin.accessibleDescription())


def describe_choice_dialog(
    dialog: QInputDialog, choice: tuple[str, str], ok: tuple[str, str], cancel: str
) -> None:
    """Name and describe a QInputDialog's list of choices and its buttons: `choice` and
    `ok` are (name, description), `cancel` what Cancel does."""
    combo = dialog.findChild(QComboBox)
    if combo is not None:
        combo.setAccessibleName(choice[0])
        combo.setAccessibleDescription(choice[1])
    name_inner_widgets(dialog)
    box = dialog.findChild(QDialogButtonBox)
    if box is None:
        return
    for role, (name, description) in (
        (QDialogButtonBox.StandardButton.Ok, ok),
        (QDialogButtonBox.StandardButton.Cancel, ("Cancel", cancel)),
    ):
        button = box.button(role)
        if button is not None:
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)


class RecordDialog(QDialog):
    """Subclasses build their `ui` then call `_finish_setup()`, and implement values().

    FIELDS maps a service's field name (ValidationError.field) to the widget to focus
    when that field is refused.
    """

    FIELDS: dict[str, str] = {}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: Any = None
        self.submit: Callable[[Any], object] | None = None

    def _finish_setup(self, ok_text: str) -> None:
        self.ui.errorLabel.hide()
        self.ok_button().setText(ok_text)
        self.ok_button().setAccessibleName(ok_text.replace("&", ""))
        self.ok_button().setAccessibleDescription("Save and close")
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel")
        cancel.setAccessibleDescription("Close without saving anything")
        name_inner_widgets(self)

    def ok_button(self) -> Any:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def set_ok_text(self, text: str) -> None:
        self.ok_button().setText(text)
        self.ok_button().setAccessibleName(text.replace("&", ""))

    def values(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        self.show_error("")
        try:
            values = self.values()
            if self.submit is not None:
                self.submit(values)
        except PlaceBoardError as exc:
            self.show_error(str(exc), getattr(exc, "field", None))
            return
        super().accept()

    def show_error(self, text: str, field: str | None = None) -> None:
        label: QLabel = self.ui.errorLabel
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            widget = getattr(self.ui, self.FIELDS.get(field or "", ""), None)
            if isinstance(widget, QWidget) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self) -> str:
        return str(self.ui.errorLabel.text()) if self.ui.errorLabel.isVisible() else ""


class PersonPicker:
    """An editable combo box of the board's people: choose one, or type a new name.

    The hint under it says which it will be, in words, as the name is typed.
    """

    NEW = "Someone new: they will be added to the board's records."

    def __init__(self, combo: QComboBox, hint: QLabel, job_title: QLineEdit) -> None:
        self.combo = combo
        self.hint = hint
        self.job_title = job_title
        self.default_hint = hint.text()
        self._jobs: dict[str, str] = {}
        completer = QCompleter(combo.model(), combo)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        combo.currentTextChanged.connect(self._on_text_changed)

    def set_people(self, people: Sequence[PersonLike]) -> None:
        self.combo.blockSignals(True)
        fill_combo(self.combo, ((p.full_name, p.id) for p in people))
        self._jobs = {p.id: p.job_title for p in people}
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText("")
        self.combo.blockSignals(False)
        self._on_text_changed("")

    def choose(self, person_id: str) -> None:
        select_data(self.combo, person_id)

    def chosen(self) -> tuple[str | None, str]:
        """(id of the person chosen, or None for someone new; the name as typed)."""
        text = " ".join(self.combo.currentText().split())
        index = self.combo.currentIndex()
        if index >= 0 and self.combo.itemText(index) == text:
            return str(self.combo.itemData(index)), text
        same = [
            i
            for i in range(self.combo.count())
            if self.combo.itemText(i).casefold() == text.casefold()
        ]
        if len(same) == 1:
            return str(self.combo.itemData(same[0])), self.combo.itemText(same[0])
        return None, text

    def _on_text_changed(self, _text: str) -> None:
        person_id, name = self.chosen()
        if not name:
            self.hint.setText(self.default_hint)
        elif person_id is None:
            self.hint.setText(self.NEW)
        else:
            job = self._jobs.get(person_id, "")
            self.hint.setText(f"Already in the board's records{': ' + job if job else ''}.")
            if job and not self.job_title.isModified():
                self.job_title.setText(job)
