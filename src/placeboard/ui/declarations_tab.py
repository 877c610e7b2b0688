"""Declarations of interest: the board's register, with reviews that are overdue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from placeboard.services import Services
from placeboard.services.membership import DeclarationRow, review_overdue
from placeboard.ui.commands import membership as commands
from placeboard.ui.commands.membership import DeclarationInput
from placeboard.ui.declaration_dialog import DeclarationDialog
from placeboard.ui.models.membership_models import DeclarationsModel
from placeboard.ui.record_table import RecordTab, open_rows_with

STD = QKeySequence.StandardKey
# Person, Type, Description (which takes the rest), Declared, Reviewed, Private, Status.
COLUMN_WIDTHS = (170, 240, 300, 100, 105, 65, 125)


class DeclarationsTab(RecordTab):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("declarationsTab")
        self.setAccessibleName("Declarations of interest")
        self.today: Callable[[], date] = date.today
        layout = self._build(
            DeclarationsModel(self),
            "Declarations",
            "The register of interests: who declared what, when, and whether a review is due",
            "Filter declarations",
        )
        self.table.setObjectName("declarationsTable")
        self.summary = QLabel()
        self.summary.setObjectName("declarationsSummary")
        self.summary.setAccessibleName("Reviews due")
        self.summary.setWordWrap(True)
        layout.insertWidget(0, self.summary)
        self._build_actions()
        open_rows_with(self.table, lambda: self.edit_action.trigger())
        self.table.set_widths(COLUMN_WIDTHS, stretch=2)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _build_actions(self) -> None:
        self.add_action = self._action(
            "&Add declaration…",
            self.open_add_dialog,
            "Record a declaration of interest, or a nil declaration",
            [STD.New, "Ctrl+Shift+D"],
            needs_row=False,
        )
        self.edit_action = self._action(
            "Ed&it…", self.open_edit_dialog, "Change the chosen declaration", ["F2"]
        )
        self.review_action = self._action(
            "Mar&k reviewed today",
            self.mark_reviewed,
            "Record that the chosen declaration was reviewed today",
        )
        self.remove_action = self._action(
            "Rem&ove",
            self.remove_declaration,
            "Remove the chosen declaration from the register (Edit ▸ Undo brings it back)",
        )
        self.remove_action.setShortcut(QKeySequence(STD.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._update_actions()

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.current()
        rows = self.services.membership.declaration_register(self.place_id) if self.place_id else []
        self.model.set_rows(rows, self.today())
        self.add_action.setEnabled(self.place_id is not None)
        self.summary.setText(self._summary(rows) if self.place_id else "")
        if chosen is not None:
            self.select_declaration(chosen.declaration.id)

    def _summary(self, rows: list[DeclarationRow]) -> str:
        overdue = sum(1 for r in rows if review_overdue(r.declaration, self.model.today))
        if not rows:
            return "No declarations of interest are recorded yet."
        if not overdue:
            return f"{len(rows)} declarations; every one reviewed within the last year."
        verb = "is" if overdue == 1 else "are"
        return (
            f"{len(rows)} declarations; {overdue} {verb} overdue for review "
            "(not reviewed or made within the last year)."
        )

    def current(self) -> DeclarationRow | None:
        item = self.table.current_item()
        return item if isinstance(item, DeclarationRow) else None

    def select_declaration(self, declaration_id: str) -> bool:
        return self.table.select_where(lambda r: r.declaration.id == declaration_id)

    # -- edits -------------------------------------------------------------------------

    def open_add_dialog(self) -> DeclarationDialog | None:
        if self.place_id is None:
            return None
        dialog = DeclarationDialog(self.services.membership.list_people(self.place_id), self)
        chosen = self.current()
        dialog.start_new(self.today(), chosen.person.id if chosen else None)
        dialog.submit = self._add
        self._open(dialog)
        return dialog

    def _add(self, new: DeclarationInput) -> None:
        added = commands.declare(self.undo_stack, self.services, str(self.place_id), new)
        self._after_edit(lambda r: r.declaration.id == added)

    def open_edit_dialog(self) -> DeclarationDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = DeclarationDialog(self.services.membership.list_people(str(self.place_id)), self)
        dialog.start_edit(row)
        dialog.submit = lambda new: self._edit(row, new)
        self._open(dialog)
        return dialog

    def _edit(self, row: DeclarationRow, new: DeclarationInput) -> None:
        if commands.edit_declaration(self.undo_stack, self.services, row, new):
            self._after_edit(lambda r: r.declaration.id == row.declaration.id)

    def mark_reviewed(self) -> None:
        row = self.current()
        if row is None or row.declaration.reviewed_on == self.today():
            return
        if self._attempt(
            lambda: commands.mark_reviewed(self.undo_stack, self.services, row, self.today())
        ):
            self._after_edit(lambda r: r.declaration.id == row.declaration.id)

    def remove_declaration(self) -> None:
        row = self.current()
        if row is not None and self._attempt(
            lambda: commands.remove_declaration(self.undo_stack, self.services, row)
        ):
            self._after_edit()
