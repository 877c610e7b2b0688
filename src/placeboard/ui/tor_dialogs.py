"""Dialogs of the Terms of reference view, built from Designer forms.

Each dialog is handed a `submit` callable that makes the edit. OK calls it: on success the
dialog closes; a refused edit shows its sentence in the dialog, which stays open so the
person can correct it. Shown with open(), so nothing blocks the event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from placeboard.domain.errors import PlaceBoardError
from placeboard.ui.forms.ui_tor_approval import Ui_TorApprovalDialog
from placeboard.ui.forms.ui_tor_new_version import Ui_TorNewVersionDialog

ERROR_STYLE = "color: #8A1538; font-weight: bold;"  # NHS dark red on the dialog's grey


@dataclass(frozen=True)
class ApprovalInput:
    organisation_id: str
    approved_by: str
    approved_on: date
    minute_reference: str


def _show_error(label: QLabel, exc: PlaceBoardError) -> None:
    label.setText(str(exc))
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleDescription(str(exc))


def _ok_button(box: QDialogButtonBox, text: str, description: str) -> QPushButton:
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(text)
    ok.setAccessibleName(text.replace("&", ""))
    ok.setAccessibleDescription(description)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName("Cancel")
    cancel.setAccessibleDescription("Close without changing anything")
    return ok


class ApprovalDialog(QDialog):
    """Record approval…: one of the outstanding partners, its approving body, the date and
    the minute reference."""

    def __init__(
        self,
        version_label: str,
        partners: Sequence[tuple[str, str]],  # (organisation id, name), outstanding only
        submit: Callable[[ApprovalInput], object],
        today: date,
        parent: QWidget | None = None,
        preselect: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TorApprovalDialog()
        self.ui.setupUi(self)
        self._submit = submit
        self.setWindowTitle(f"Record approval of {version_label}")
        self.ui.introLabel.setText(
            f"Record a partner organisation's approval of {version_label}. When every partner "
            "has approved it, it is agreed and replaces the version in force."
        )
        for org_id, name in partners:
            self.ui.organisationCombo.addItem(name, org_id)
        found = self.ui.organisationCombo.findData(preselect) if preselect else -1
        self.ui.organisationCombo.setCurrentIndex(max(found, 0))
        self.ui.organisationCombo.view().setAccessibleName("Outstanding partners")
        self.ui.approvedOnEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.approvedOnEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.ui.errorLabel.hide()
        self.ok_button = _ok_button(
            self.ui.buttonBox, "&Record approval", "Record this partner's approval"
        )
        self.ok_button.setDefault(True)
        self.ui.organisationCombo.setFocus()

    def value(self) -> ApprovalInput:
        when = self.ui.approvedOnEdit.date()
        return ApprovalInput(
            organisation_id=str(self.ui.organisationCombo.currentData() or ""),
            approved_by=self.ui.approvingBodyEdit.text(),
            approved_on=date(when.year(), when.month(), when.day()),
            minute_reference=self.ui.minuteReferenceEdit.text(),
        )

    def accept(self) -> None:
        try:
            self._submit(self.value())
        except PlaceBoardError as exc:
            _show_error(self.ui.errorLabel, exc)
            self.ui.errorLabel.show()
            field = getattr(exc, "field", None)
            target = self.ui.approvingBodyEdit if field == "approved_by" else None
            (target or self.ui.organisationCombo).setFocus()
            return
        super().accept()


class NewVersionDialog(QDialog):
    """New version from this…: the label of the new draft."""

    def __init__(
        self,
        source_label: str,
        suggested: str,
        submit: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TorNewVersionDialog()
        self.ui.setupUi(self)
        self._submit = submit
        self.setWindowTitle(f"New version from {source_label}")
        self.ui.introLabel.setText(
            f"The new draft starts as a copy of the sections and quorum rule of {source_label}. "
            "Edit it, then send it to the partner organisations for approval."
        )
        self.ui.versionLabelEdit.setText(suggested)
        self.ui.versionLabelEdit.selectAll()
        self.ui.errorLabel.hide()
        self.ok_button = _ok_button(self.ui.buttonBox, "&Create draft", "Create the new draft")
        self.ok_button.setDefault(True)
        self.ui.versionLabelEdit.setFocus()

    def accept(self) -> None:
        try:
            self._submit(self.ui.versionLabelEdit.text())
        except PlaceBoardError as exc:
            _show_error(self.ui.errorLabel, exc)
            self.ui.errorLabel.show()
            self.ui.versionLabelEdit.setFocus()
            return
        super().accept()


def _number(word: str, after_version: bool) -> tuple[int, int] | None:
    """(2, 1) for "2.1", "v2.1" or, after the word "version", "2"; else None."""
    major, dot, minor = word.lower().removeprefix("v").partition(".")
    if major.isdigit() and (minor.isdigit() if dot else after_version):
        return int(major), int(minor or 0)
    return None


def suggest_label(labels: Sequence[str]) -> str:
    """The next free "Version n.m" after the highest version number in the labels."""
    best = (1, -1)
    for text in labels:
        words = text.replace("(", " ").replace(")", " ").split()
        for before, word in zip(["", *words], words, strict=False):
            found = _number(word, before.casefold() == "version")
            if found is not None:
                best = max(best, found)
    major, minor = best
    taken = {t.casefold() for t in labels}
    while True:
        minor += 1
        candidate = f"Version {major}.{minor}"
        if candidate.casefold() not in taken:
            return candidate
