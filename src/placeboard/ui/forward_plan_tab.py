"""The Forward plan tab of the Meetings view: the place's forward planner (seed 004:
date of meeting, topic, summary, owner), in meeting-date order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from placeboard.domain.periods import uk_date
from placeboard.services import Services
from placeboard.ui.action_log_tab import TableTab
from placeboard.ui.commands import minutes as commands
from placeboard.ui.minutes_dialogs import PlanEntryDialog
from placeboard.ui.models.minutes_models import PlanModel
from placeboard.ui.record_table import bind_key, open_rows_with


class ForwardPlanTab(TableTab):
    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(services, undo_stack, parent, today=today)
        self.setObjectName("forwardPlanTab")
        self.setAccessibleName("Forward plan")
        self._build(
            PlanModel(self),
            "Forward plan",
            "Topics planned for future meetings: date of meeting, topic, summary and owner",
            "Topic, summary or owner",
        )
        self.table.set_widths((150, 380, 420, 340), 2)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by meeting date
        self.add_entry = self._action(
            "&Add entry…",
            self.add,
            "Plan a topic for a future meeting",
            ("Ctrl+Shift+N",),
            needs_row=False,
        )
        self.edit_entry = self._action(
            "&Edit entry…", self.edit, "Change the chosen entry's meeting, topic, summary or owner"
        )
        self.remove_entry = self._action(
            "Re&move entry", self.remove, "Take the chosen entry off the forward plan"
        )
        bind_key(self.edit_entry, "F2", self.table)
        bind_key(self.remove_entry, QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        open_rows_with(self.table, lambda: self.edit_entry.trigger())
        self.reload()

    def reload(self) -> None:
        self.add_entry.setEnabled(self.place_id is not None)
        if self.place_id is None:
            self.heading.setText("Choose a board to see its forward plan.")
            self.model.set_rows([])
            return
        self.heading.setText("Forward planner")
        chosen = self.table.current_item()
        self.model.set_rows(self.services.minutes.forward_plan(self.place_id), self.today())
        if chosen is not None:
            self.table.select_where(lambda r: r.entry.id == chosen.entry.id)

    def _meetings(self) -> list[tuple[str, str]]:
        future = self.services.minutes.future_meetings(self.place_id or "", self.today())
        return [(uk_date(m.meeting_date), m.id) for m in future]

    def add(self) -> None:
        if self.place_id is None:
            return
        dialog = PlanEntryDialog(self._meetings(), self)
        # "This meeting" when a future one is chosen, else the next one.
        dialog.start_new(self.meeting_id)
        place_id = self.place_id

        def submit(p: commands.PlanInput) -> None:
            new_id = commands.add_plan_entry(self.undo_stack, self.services, place_id, p)
            self._after_edit(lambda r: r.entry.id == new_id)

        dialog.submit = submit
        self._open(dialog)

    def edit(self) -> None:
        row = self.table.current_item()
        if row is None:
            return
        dialog = PlanEntryDialog(self._meetings(), self)
        dialog.start_edit(row.entry)

        def submit(p: commands.PlanInput) -> None:
            commands.edit_plan_entry(self.undo_stack, self.services, row.entry, p)
            self._after_edit(lambda r: r.entry.id == row.entry.id)

        dialog.submit = submit
        self._open(dialog)

    def remove(self) -> None:
        row = self.table.current_item()
        if row is None:
            return
        entry_id = row.entry.id
        if self._attempt(
            lambda: commands.remove_plan_entry(self.undo_stack, self.services, entry_id)
        ):
            self._after_edit()
