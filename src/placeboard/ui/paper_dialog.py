"""A paper's cover sheet in the form of seed 002 (forms/paper.ui), in three tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from placeboard.domain.vocab import IMPLICATION_ANSWERS
from placeboard.services.agenda import AgendaItem, Paper
from placeboard.ui.forms.ui_paper import Ui_PaperDialog
from placeboard.ui.record_dialog import RecordDialog, fill_combo, select_data

# Paper field -> the line edit or text box that holds it.
TEXTS = {
    "title": "titleEdit",
    "presented_by": "presentedEdit",
    "author": "authorEdit",
    "purpose": "purposeEdit",
    "executive_summary": "summaryEdit",
    "recommendations": "recommendationsEdit",
    "governance_history": "governanceEdit",
    "conflicts_of_interest": "conflictsEdit",
}
# Implication answer field -> (its combo's and its comment's name prefix, comment field).
IMPLICATIONS = {
    "quality_impact": ("quality", "quality_comment"),
    "equality_impact": ("equality", "equality_comment"),
    "privacy_impact": ("privacy", "privacy_comment"),
    "financial_impact": ("financial", "financial_comment"),
    "risks": ("risks", "risks_comment"),
}


class PaperDialog(RecordDialog):
    FIELDS = {
        **TEXTS,
        **{field: f"{prefix}Combo" for field, (prefix, _c) in IMPLICATIONS.items()},
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PaperDialog()
        self.ui.setupUi(self)
        for prefix, _comment in IMPLICATIONS.values():
            fill_combo(self._combo(prefix), ((t, k) for k, t in IMPLICATION_ANSWERS.items()))
            select_data(self._combo(prefix), "n_a")
        self._finish_setup("&Add cover sheet")

    def _combo(self, prefix: str) -> QComboBox:
        combo = getattr(self.ui, f"{prefix}Combo")
        assert isinstance(combo, QComboBox)
        return combo

    def _comment(self, prefix: str) -> QLineEdit:
        edit = getattr(self.ui, f"{prefix}CommentEdit")
        assert isinstance(edit, QLineEdit)
        return edit

    def start_new(self, item: AgendaItem) -> None:
        self.setWindowTitle(f"Cover sheet: {item.title}")
        self.ui.titleEdit.setText(item.title)
        self.ui.presentedEdit.setText(item.lead)
        self.ui.confidentialCheck.setChecked(item.part == 2)
        self.ui.titleEdit.setFocus()

    def start_edit(self, paper: Paper) -> None:
        self.setWindowTitle(f"Cover sheet: {paper.title}")
        self.set_ok_text("&Save")
        for field, name in TEXTS.items():
            widget = getattr(self.ui, name)
            value = str(getattr(paper, field))
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        for field, (prefix, comment) in IMPLICATIONS.items():
            select_data(self._combo(prefix), getattr(paper, field))
            self._comment(prefix).setText(getattr(paper, comment))
        self.ui.confidentialCheck.setChecked(paper.confidential)
        self.ui.titleEdit.setFocus()

    def values(self) -> dict[str, object]:
        """The cover sheet's fields, as MeetingService.add_paper / update_paper take them."""
        cover: dict[str, object] = {}
        for field, name in TEXTS.items():
            widget = getattr(self.ui, name)
            text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            cover[field] = text.strip()
        for field, (prefix, comment) in IMPLICATIONS.items():
            cover[field] = str(self._combo(prefix).currentData())
            cover[comment] = self._comment(prefix).text().strip()
        cover["confidential"] = self.ui.confidentialCheck.isChecked()
        return cover
