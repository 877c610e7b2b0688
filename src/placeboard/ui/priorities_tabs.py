"""The parts of the Priorities view below the tracker — the chosen priority's milestones,
updates and linked metrics — and the board's Glossary tab. Each is a RecordTab whose
edits go on the undo stack; `changed` tells the view to read the tracker again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from placeboard.services import Services
from placeboard.ui.commands import priorities as commands
from placeboard.ui.models.lines import LineModel
from placeboard.ui.models.priority_models import (
    GlossaryModel,
    MetricsModel,
    MilestonesModel,
    UpdatesModel,
)
from placeboard.ui.priorities_dialogs import GlossaryTermDialog, MilestoneDialog, UpdateDialog
from placeboard.ui.rag_widgets import RagChipDelegate
from placeboard.ui.record_table import RecordTab, open_rows_with

STD = QKeySequence.StandardKey


def only_on_table(action: QAction) -> None:
    """Edit and remove keys act on the table that has focus (several show at once)."""
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)


class DetailTab(RecordTab):
    """A list belonging to the priority chosen in the tracker."""

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.today = today
        self.priority: Any | None = None  # the chosen Priority row

    def _build_detail(self, model: LineModel[Any], name: str, description: str) -> None:
        layout = self._build(model, name, description, f"Filter {name.lower()}")
        layout.setContentsMargins(0, 6, 0, 0)
        self.filter_label.hide()  # short lists: no filter box
        self.filter_edit.hide()

    def set_priority(self, priority: Any | None) -> None:
        self.priority = priority
        self.reload()

    def _edit_keys(self, edit: QAction, remove: QAction) -> None:
        edit.setShortcut(QKeySequence("F2"))
        remove.setShortcut(QKeySequence(STD.Delete))
        only_on_table(edit)
        only_on_table(remove)
        open_rows_with(self.table, lambda: edit.trigger())

    def _refresh_add(self, *actions: QAction) -> None:
        for action in actions:
            action.setEnabled(self.priority is not None)


class MilestonesTab(DetailTab):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, today: Callable[[], date]
    ) -> None:
        super().__init__(services, undo_stack, today)
        self.setObjectName("milestonesTab")
        self.setAccessibleName("Milestones")
        self._build_detail(
            MilestonesModel(self),
            "Milestones",
            "The chosen priority's milestones: due, done, overdue",
        )
        self.table.setObjectName("milestonesTable")
        self.add_action = self._action(
            "Add &milestone…", self.open_add_dialog, "Add a milestone to the chosen priority",
            ["Ctrl+Shift+M"], needs_row=False,
        )  # fmt: skip
        self.edit_action = self._action(
            "Edit milesto&ne…", self.open_edit_dialog, "Change the chosen milestone"
        )
        self.done_action = self._action(
            "Mark &done today",
            self.toggle_done,
            "Mark the chosen milestone done today, or not done",
        )
        self.remove_action = self._action(
            "Remove milestone",
            self.remove,
            "Remove the chosen milestone (Edit ▸ Undo brings it back)",
        )
        self._edit_keys(self.edit_action, self.remove_action)
        self.table.set_widths((320, 95, 95, 110), stretch=0)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._done_text)

    def reload(self) -> None:
        chosen = self.table.current_item()
        rows = self.services.priorities.list_milestones(self.priority.id) if self.priority else []
        self.model.set_rows(rows, self.today())
        self._refresh_add(self.add_action)
        if chosen is not None:
            self.table.select_where(lambda m: m.id == chosen.id)
        self._done_text()

    def _done_text(self) -> None:
        m = self.table.current_item()
        done = m is not None and m.done_on is not None
        self.done_action.setText("Mark not &done" if done else "Mark &done today")

    def open_add_dialog(self) -> MilestoneDialog | None:
        if self.priority is None:
            return None
        dialog = MilestoneDialog(self)
        dialog.start_new(self.priority.title, self.today())
        priority_id = self.priority.id
        dialog.submit = lambda new: self._done(
            commands.add_milestone(self.undo_stack, self.services, priority_id, new)
        )
        self._open(dialog)
        return dialog

    def open_edit_dialog(self) -> MilestoneDialog | None:
        m = self.table.current_item()
        if m is None:
            return None
        dialog = MilestoneDialog(self)
        dialog.start_edit(m, self.today())
        dialog.submit = lambda new: (
            commands.edit_milestone(self.undo_stack, self.services, m.id, m, new)
            and self._done(m.id)
        )
        self._open(dialog)
        return dialog

    def toggle_done(self) -> None:
        m = self.table.current_item()
        if m is None:
            return
        done = None if m.done_on else self.today()
        if self._attempt(
            lambda: commands.set_milestone_done(
                self.undo_stack, self.services, m.id, m.done_on, done
            )
        ):
            self._done(m.id)

    def remove(self) -> None:
        m = self.table.current_item()
        if m is not None and self._attempt(
            lambda: commands.remove_milestone(self.undo_stack, self.services, m.id)
        ):
            self._after_edit()

    def _done(self, milestone_id: str) -> None:
        self._after_edit(lambda m: m.id == milestone_id)


class UpdatesTab(DetailTab):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, today: Callable[[], date]
    ) -> None:
        super().__init__(services, undo_stack, today)
        self.setObjectName("updatesTab")
        self.setAccessibleName("Updates")
        self._build_detail(
            UpdatesModel(self), "Updates", "The chosen priority's dated updates, newest first"
        )
        self.table.setObjectName("updatesTable")
        self.table.setItemDelegateForColumn(1, RagChipDelegate(self.table))
        self.add_action = self._action(
            "Add &update…", self.open_add_dialog,
            "Add a dated update with a RAG rating to the chosen priority",
            needs_row=False,
        )  # fmt: skip
        self.edit_action = self._action(
            "Edit upd&ate…", self.open_edit_dialog, "Change the chosen update"
        )
        self.remove_action = self._action(
            "Remove update", self.remove, "Remove the chosen update (Edit ▸ Undo brings it back)"
        )
        self._edit_keys(self.edit_action, self.remove_action)
        self.table.set_widths((90, 150, 380, 150), stretch=2)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first

    def reload(self) -> None:
        chosen = self.table.current_item()
        rows = self.services.priorities.list_updates(self.priority.id) if self.priority else []
        self.model.set_rows(rows, self.today())
        self._refresh_add(self.add_action)
        if chosen is not None:
            self.table.select_where(lambda u: u.id == chosen.id)

    def open_add_dialog(self, rag: str | None = None) -> UpdateDialog | None:
        if self.priority is None:
            return None
        updates = self.model.items()
        latest = max(updates, key=lambda u: (u.update_date, u.created_at), default=None)
        dialog = UpdateDialog(self)
        dialog.start_new(
            self.priority.title,
            self.today(),
            rag or (latest.rag if latest else "green"),
            latest.author if latest else self.priority.owner,
        )
        priority_id = self.priority.id
        dialog.submit = lambda new: self._done(
            commands.add_update(self.undo_stack, self.services, priority_id, new)
        )
        self._open(dialog)
        return dialog

    def open_edit_dialog(self) -> UpdateDialog | None:
        u = self.table.current_item()
        if u is None or self.priority is None:
            return None
        dialog = UpdateDialog(self)
        dialog.start_edit(self.priority.title, u)
        dialog.submit = lambda new: (
            commands.edit_update(self.undo_stack, self.services, u.id, u, new) and self._done(u.id)
        )
        self._open(dialog)
        return dialog

    def remove(self) -> None:
        u = self.table.current_item()
        if u is not None and self._attempt(
            lambda: commands.remove_update(self.undo_stack, self.services, u.id)
        ):
            self._after_edit()

    def _done(self, update_id: str) -> None:
        self._after_edit(lambda u: u.id == update_id)


class MetricsTab(DetailTab):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, today: Callable[[], date]
    ) -> None:
        super().__init__(services, undo_stack, today)
        self.setObjectName("linkedMetricsTab")
        self.setAccessibleName("Linked metrics")
        self._build_detail(
            MetricsModel(self), "Linked metrics", "The metrics that show the priority's progress"
        )
        self.table.setObjectName("linkedMetricsTable")
        self.metric_combo = QComboBox()
        self.metric_combo.setObjectName("metricCombo")
        self.metric_combo.setAccessibleName("Metric to link")
        self.metric_combo.setAccessibleDescription("A metric not yet linked to the priority")
        self.metric_combo.view().setAccessibleName("Metric to link choices")
        label = QLabel("Metri&c:")
        label.setBuddy(self.metric_combo)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.metric_combo, 1)
        self.layout().insertLayout(0, row)
        self.link_action = self._action(
            "Lin&k metric", self.link, "Link the metric chosen above to the priority",
            ["Ctrl+Shift+L"], needs_row=False,
        )  # fmt: skip
        self.unlink_action = self._action(
            "U&nlink metric", self.unlink, "Unlink the chosen metric from the priority"
        )
        only_on_table(self.unlink_action)
        self.unlink_action.setShortcut(QKeySequence(STD.Delete))
        self.table.set_widths((300, 80), stretch=0)

    def reload(self) -> None:
        ps = self.services.priorities
        linked = ps.linked_metrics(self.priority.id) if self.priority else []
        self.model.set_rows(linked, self.today())
        have = {m.id for m in linked}
        others = [m for m in self.services.metrics.list_metrics() if m.id not in have]
        self.metric_combo.clear()
        for m in others:
            self.metric_combo.addItem(m.name, m.id)
        self.link_action.setEnabled(self.priority is not None and bool(others))

    def link(self) -> None:
        metric_id = self.metric_combo.currentData()
        if self.priority is None or metric_id is None:
            return
        name = self.metric_combo.currentText()
        pid = self.priority.id
        if self._attempt(
            lambda: commands.link_metric(self.undo_stack, self.services, pid, str(metric_id), name)
        ):
            self._after_edit(lambda m: m.id == metric_id)

    def unlink(self) -> None:
        m = self.table.current_item()
        if m is None or self.priority is None:
            return
        pid = self.priority.id
        if self._attempt(
            lambda: commands.unlink_metric(self.undo_stack, self.services, pid, m.id, m.name)
        ):
            self._after_edit()


class GlossaryTab(RecordTab):
    """The board's glossary of abbreviations, printed with the RAG key in packs."""

    def __init__(self, services: Services, undo_stack: QUndoStack) -> None:
        super().__init__(services, undo_stack)
        self.setObjectName("glossaryTab")
        self.setAccessibleName("Glossary")
        layout = self._build(
            GlossaryModel(self),
            "Glossary",
            "Abbreviations and terms used in the board's papers, and what they mean",
            "Filter the glossary",
        )
        self.table.setObjectName("glossaryTable")
        self.summary = QLabel()
        self.summary.setObjectName("glossarySummary")
        self.summary.setAccessibleName("Glossary summary")
        self.summary.setWordWrap(True)
        layout.insertWidget(0, self.summary)
        self.add_action = self._action(
            "&Add term…", self.open_add_dialog, "Add an abbreviation or term to the glossary",
            ["Ctrl+Shift+G"], needs_row=False,
        )  # fmt: skip
        self.edit_action = self._action(
            "Ed&it…", self.open_edit_dialog, "Change the chosen term's meaning"
        )
        self.remove_action = self._action(
            "Re&move", self.remove, "Remove the chosen term (Edit ▸ Undo brings it back)"
        )
        self.seed_action = self._action(
            "Add the &standard terms", self.seed,
            "Add the terms the board papers use (ICB, PBP, DHCI, BCF…) that the glossary lacks",
            needs_row=False,
        )  # fmt: skip
        for action in (self.edit_action, self.remove_action):
            only_on_table(action)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.remove_action.setShortcut(QKeySequence(STD.Delete))
        open_rows_with(self.table, lambda: self.edit_action.trigger())
        self.table.set_widths((140, 600), stretch=1)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def reload(self) -> None:
        chosen = self.table.current_item()
        ps = self.services.priorities
        terms = ps.glossary(self.place_id) if self.place_id else []
        self.model.set_rows(terms)
        missing = len(ps.missing_standard_terms(self.place_id)) if self.place_id else 0
        self.add_action.setEnabled(self.place_id is not None)
        self.seed_action.setEnabled(missing > 0)
        self.summary.setText(self._summary(len(terms), missing) if self.place_id else "")
        if chosen is not None:
            self.table.select_where(lambda t: t.id == chosen.id)

    @staticmethod
    def _summary(count: int, missing: int) -> str:
        have = f"{count} terms in the board's glossary."
        if not missing:
            return f"{have} Every standard term from the board papers is there."
        return f"{have} {missing} standard terms from the board papers are not (yet) in it."

    def open_add_dialog(self) -> GlossaryTermDialog | None:
        if self.place_id is None:
            return None
        dialog = GlossaryTermDialog(self)
        dialog.start_new()
        place = self.place_id
        dialog.submit = lambda new: self._done(
            commands.add_term(self.undo_stack, self.services, place, *new)
        )
        self._open(dialog)
        return dialog

    def open_edit_dialog(self) -> GlossaryTermDialog | None:
        t = self.table.current_item()
        if t is None:
            return None
        dialog = GlossaryTermDialog(self)
        dialog.start_edit(t)
        dialog.submit = lambda new: (
            commands.edit_term(self.undo_stack, self.services, t.id, t.meaning, new[1])
            and self._done(t.id)
        )
        self._open(dialog)
        return dialog

    def remove(self) -> None:
        t = self.table.current_item()
        if t is not None and self._attempt(
            lambda: commands.remove_term(self.undo_stack, self.services, t.id, t.term)
        ):
            self._after_edit()

    def seed(self) -> int:
        if self.place_id is None:
            return 0
        place = self.place_id
        added: list[int] = []
        if self._attempt(
            lambda: added.append(commands.seed_glossary(self.undo_stack, self.services, place))
        ):
            self._after_edit()
        return added[0] if added else 0

    def _done(self, term_id: str) -> None:
        self._after_edit(lambda t: t.id == term_id)
