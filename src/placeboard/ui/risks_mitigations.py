"""The chosen risk's mitigations: action, owner, due date, done or overdue in words.
Its edits go on the undo stack; `changed` tells the Risks view to read the register
again (the open-actions count follows)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from placeboard.services import Services
from placeboard.services.risks import RiskRow
from placeboard.ui.commands import risks as commands
from placeboard.ui.models.risk_models import MitigationsModel
from placeboard.ui.record_table import RecordTab, open_rows_with
from placeboard.ui.risks_dialogs import MitigationDialog

STD = QKeySequence.StandardKey


class MitigationsPanel(RecordTab):
    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("mitigationsPanel")
        self.setAccessibleName("Mitigations")
        self.today = today
        self.risk: RiskRow | None = None
        layout = self._build(
            MitigationsModel(self),
            "Mitigations",
            "The chosen risk's mitigating actions: owner, due date, done or overdue",
            "Filter mitigations",
        )
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter_label.hide()  # a short list: no filter box
        self.filter_edit.hide()
        self.table.setObjectName("mitigationsTable")
        self.add_action = self._action(
            "Add miti&gation…", self.open_add_dialog, "Add a mitigating action to the chosen risk",
            ["Ctrl+Shift+G"], needs_row=False,
        )  # fmt: skip
        self.edit_action = self._action(
            "Edit mitigat&ion…", self.open_edit_dialog, "Change the chosen mitigation", ["F2"]
        )
        self.done_action = self._action(
            "Mark &done today", self.toggle_done, "Mark the chosen mitigation done today, or not"
        )
        self.remove_action = self._action(
            "Remove mitigation", self.remove,
            "Remove the chosen mitigation (Edit ▸ Undo brings it back)", [STD.Delete],
        )  # fmt: skip
        for action in (self.edit_action, self.remove_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # on this table only
        open_rows_with(self.table, lambda: self.edit_action.trigger())
        self.table.set_widths((300, 150, 90, 110), stretch=0)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._done_text)
        self._update_actions()

    def set_risk(self, risk: RiskRow | None) -> None:
        self.risk = risk
        self.reload()

    def reload(self) -> None:
        chosen = self.current()
        rows = self.services.risks.mitigations(self.risk.id) if self.risk else []
        self.model.set_rows(rows, self.today())
        self.add_action.setEnabled(self.risk is not None)
        if chosen is not None:
            self.table.select_where(lambda m: m.id == chosen.id)
        self._done_text()

    def current(self) -> Any | None:
        return self.table.current_item()

    def _done_text(self) -> None:
        m = self.current()
        done = m is not None and m.done_on is not None
        self.done_action.setText("Mark not &done" if done else "Mark &done today")

    def open_add_dialog(self) -> MitigationDialog | None:
        if self.risk is None:
            return None
        dialog = MitigationDialog(self)
        dialog.start_new(self.risk.reference, self.today())
        risk_id = self.risk.id
        dialog.submit = lambda new: self._done(
            commands.add_mitigation(self.undo_stack, self.services, risk_id, new).id
        )
        self._open(dialog)
        return dialog

    def open_edit_dialog(self) -> MitigationDialog | None:
        m = self.current()
        if m is None:
            return None
        dialog = MitigationDialog(self)
        dialog.start_edit(m, self.today())
        dialog.submit = lambda new: (
            commands.edit_mitigation(self.undo_stack, self.services, m, new) and self._done(m.id)
        )
        self._open(dialog)
        return dialog

    def toggle_done(self) -> None:
        m = self.current()
        if m is None:
            return
        on = None if m.done_on else self.today()
        if self._attempt(
            lambda: commands.complete_mitigation(self.undo_stack, self.services, m, on)
        ):
            self._done(m.id)

    def remove(self) -> None:
        m = self.current()
        if m is not None and self._attempt(
            lambda: commands.remove_mitigation(self.undo_stack, self.services, m)
        ):
            self._after_edit()

    def _done(self, mitigation_id: str) -> None:
        self._after_edit(lambda m: m.id == mitigation_id)
