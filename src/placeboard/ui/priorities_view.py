"""The Priorities area: the tracker (priorities with their current RAG and flags, filtered
by phase, RAG, lead and overdue), the chosen priority's RAG history, milestones, updates
and linked metrics below it, and the board's glossary on a second tab.

The RAG key is always in view (seed 004's sub-committee asked for a colour key with
every highlight report); every rating is shown as its word as well as its colour.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.periods import uk_date
from placeboard.domain.rag import rag_steps
from placeboard.domain.vocab import RAG
from placeboard.services import Services
from placeboard.services.priorities import PriorityFilter, PriorityRow
from placeboard.ui.area_view import AreaView
from placeboard.ui.commands import priorities as commands
from placeboard.ui.models.priority_models import PrioritiesModel, flags, rag_label
from placeboard.ui.priorities_dialogs import PriorityDialog
from placeboard.ui.priorities_tabs import (
    DetailTab,
    GlossaryTab,
    MetricsTab,
    MilestonesTab,
    UpdatesTab,
    only_on_table,
)
from placeboard.ui.rag_widgets import RagChipDelegate, RagHistoryChart, RagKey
from placeboard.ui.record_table import RecordTab, open_rows_with

STD = QKeySequence.StandardKey
# Code, Priority (takes the rest), Phase, Theme, Lead, Owner, Due, RAG, Last update, Flags.
COLUMN_WIDTHS = (55, 250, 65, 130, 150, 120, 85, 125, 90, 170)
NO_PRIORITY = "Choose a priority in the table to see its RAG history, milestones and updates."


def named_combo(name: str, description: str, object_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setAccessibleName(name)
    combo.setAccessibleDescription(description)
    combo.view().setAccessibleName(f"{name} choices")
    return combo


class TrackerTab(RecordTab):
    """The priorities table with its filters, and the chosen priority's detail below."""

    def __init__(
        self, services: Services, undo_stack: QUndoStack, today: Callable[[], date]
    ) -> None:
        super().__init__(services, undo_stack)
        self.setObjectName("trackerTab")
        self.setAccessibleName("Priority tracker")
        self.today = today
        layout = self._build(
            PrioritiesModel(self),
            "Priorities",
            "The board's priorities with their current RAG rating, lead, dates and flags",
            "Filter priorities",
        )
        self.table.setObjectName("prioritiesTable")
        self.table.setItemDelegateForColumn(PrioritiesModel.RAG_COLUMN, RagChipDelegate(self.table))
        self._build_filters()
        self.key = RagKey()
        layout.insertWidget(0, self.key)
        self.summary = QLabel()
        self.summary.setObjectName("prioritiesSummary")
        self.summary.setAccessibleName("Priorities summary")
        self.summary.setWordWrap(True)
        layout.insertWidget(0, self.summary)
        self._build_detail(layout)
        self._build_actions()
        self.table.set_widths(COLUMN_WIDTHS, stretch=1)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._show_chosen)

    def _build_filters(self) -> None:
        self.phase_combo = named_combo("Phase", "Show only one phase's priorities", "phaseFilter")
        self.rag_combo = named_combo(
            "RAG rating", "Show only priorities at one RAG rating", "ragFilter"
        )
        self.lead_combo = named_combo(
            "Lead organisation", "Show only the priorities one organisation leads", "leadFilter"
        )
        self.phase_combo.addItem("All phases", None)
        for n in (1, 2, 3):
            self.phase_combo.addItem(f"Phase {n}", n)
        self.rag_combo.addItem("All ratings", None)
        for key, text in RAG.items():
            self.rag_combo.addItem(text, key)
        self.overdue_check = QCheckBox("O&verdue only")
        self.overdue_check.setObjectName("overdueFilter")
        self.overdue_check.setAccessibleName("Overdue only")
        self.overdue_check.setAccessibleDescription(
            "Show only priorities past their due date or with a milestone overdue"
        )
        row = self.filter_row
        for text, combo in (("P&hase:", self.phase_combo), ("RA&G:", self.rag_combo)):
            row.addWidget(self._label(text, combo))
            row.addWidget(combo)
        row.addWidget(self._label("Lead organ&isation:", self.lead_combo))
        row.addWidget(self.lead_combo, 1)
        row.addWidget(self.overdue_check)
        for combo in (self.phase_combo, self.rag_combo, self.lead_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue_check.toggled.connect(lambda _on: self.reload())

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _build_detail(self, layout: QVBoxLayout) -> None:
        self.heading = QLabel(NO_PRIORITY)
        self.heading.setObjectName("priorityHeading")
        self.heading.setAccessibleName("Chosen priority")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = RagHistoryChart()
        self.milestones = MilestonesTab(self.services, self.undo_stack, self.today)
        self.updates = UpdatesTab(self.services, self.undo_stack, self.today)
        self.metrics = MetricsTab(self.services, self.undo_stack, self.today)
        self.detail_tabs: list[DetailTab] = [self.updates, self.milestones, self.metrics]
        self.tabs = QTabWidget()
        self.tabs.setObjectName("priorityDetailTabs")
        self.tabs.setAccessibleName("The chosen priority")
        self.tabs.setAccessibleDescription("Its milestones, updates and linked metrics")
        self.tabs.tabBar().setAccessibleName("Priority detail tabs")
        self.tabs.tabBar().setAccessibleDescription("Choose what to show of the chosen priority")
        for tab, title, tip in zip(
            self.detail_tabs,
            ("Updates", "Milestones", "Linked metrics"),
            (
                "Dated updates with a RAG rating and commentary",
                "The priority's milestones, due and done",
                "Metrics that show the priority's progress",
            ),
            strict=True,
        ):
            index = self.tabs.addTab(tab, title)
            self.tabs.setTabToolTip(index, tip)
            tab.changed.connect(self._on_detail_changed)
        detail = QWidget()
        detail.setObjectName("priorityDetail")
        box = QVBoxLayout(detail)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.heading)
        box.addWidget(self.chart)
        box.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("prioritiesSplitter")
        self.splitter.setChildrenCollapsible(False)
        layout.removeWidget(self.table)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setSizes([220, 420])
        layout.insertWidget(layout.count() - 1, self.splitter, 1)  # above the buttons

    def _build_actions(self) -> None:
        self.add_action = self._action(
            "Add &priority…", self.open_add_dialog, "Add a priority to the board's tracker",
            [STD.New], needs_row=False,
        )  # fmt: skip
        self.edit_action = self._action(
            "&Edit priority…", self.open_edit_dialog, "Change the chosen priority", ["F2"]
        )
        only_on_table(self.edit_action)
        # Ctrl+U adds an update from anywhere in the tracker; the button is on the
        # Updates tab below (one button, so one mnemonic).
        self.update_action = QAction("Add update", self)
        self.update_action.setShortcut(QKeySequence("Ctrl+U"))
        self.update_action.triggered.connect(lambda _c=False: self.open_update_dialog())
        self.addAction(self.update_action)
        self.remove_action = self._action(
            "&Remove priority", self.remove_priority,
            "Remove the chosen priority from the tracker (Edit ▸ Undo brings it back)",
            [STD.Delete],
        )  # fmt: skip
        only_on_table(self.remove_action)
        open_rows_with(self.table, lambda: self.edit_action.trigger())
        self._update_actions()

    # -- reading -----------------------------------------------------------------------

    def filters(self) -> PriorityFilter:
        lead = self.lead_combo.currentData()
        return PriorityFilter(
            phase=self.phase_combo.currentData(),
            rag=self.rag_combo.currentData(),
            lead_organisation_id=str(lead) if lead else None,
            overdue_only=self.overdue_check.isChecked(),
        )

    def reload(self) -> None:
        chosen = self.current()
        ps = self.services.priorities
        self._fill_leads()
        today = self.today()
        rows = ps.priority_rows(self.place_id, today, self.filters()) if self.place_id else []
        self.model.set_rows(rows, today)
        self.add_action.setEnabled(self.place_id is not None)
        self.summary.setText(self._summary(rows) if self.place_id else "")
        if chosen is None or not self.select_priority(chosen.id):
            self._show_chosen()

    def _fill_leads(self) -> None:
        wanted = self.lead_combo.currentData()
        leads = self.services.priorities.leads(self.place_id) if self.place_id else []
        self.lead_combo.blockSignals(True)
        self.lead_combo.clear()
        self.lead_combo.addItem("All leads", None)
        for org in leads:
            self.lead_combo.addItem(org.name, org.id)
        index = self.lead_combo.findData(wanted)
        self.lead_combo.setCurrentIndex(max(index, 0))
        self.lead_combo.blockSignals(False)

    @staticmethod
    def _summary(rows: list[PriorityRow]) -> str:
        if not rows:
            return "No priorities match. Clear the filters, or add a priority."
        counts = [f"{sum(r.rag == k for r in rows)} {rag_label(k).lower()}" for k in RAG]
        flagged = sum(1 for r in rows if flags(r))
        return f"{len(rows)} priorities shown: " + ", ".join(counts) + f". {flagged} flagged."

    def current(self) -> PriorityRow | None:
        item = self.table.current_item()
        return item if isinstance(item, PriorityRow) else None

    def select_priority(self, priority_id: str) -> bool:
        return self.table.select_where(lambda r: r.id == priority_id)

    def _show_chosen(self) -> None:
        row = self.current()
        priority = row.priority if row else None
        for tab in self.detail_tabs:
            tab.set_priority(priority)
        self.update_action.setEnabled(row is not None)
        if row is None:
            self.heading.setText(NO_PRIORITY)
            self.chart.set_history([], self.today())
            return
        words = [f"Current RAG: {rag_label(row.rag)}", *flags(row)]
        self.heading.setText(f"{row.code} {row.title}".strip() + " — " + "; ".join(words))
        self.heading.setAccessibleDescription(self.heading.text())
        steps = rag_steps(self.updates.model.items())
        self.chart.set_history(steps, self.today(), row.start)
        self.chart.setAccessibleName(f"RAG history of {row.title}")
        if row.last_update is not None:
            self.chart.setToolTip(f"{self.chart.toolTip()} Last update {uk_date(row.last_update)}.")

    def _on_detail_changed(self) -> None:
        self.reload()  # the RAG, flags and chart follow the detail's edit
        self.changed.emit()

    # -- edits -------------------------------------------------------------------------

    def _partners(self) -> list[tuple[str, str]]:
        orgs = self.services.organisations.list_partners(str(self.place_id))
        return [(o.name, o.id) for o in orgs]

    def open_add_dialog(self) -> PriorityDialog | None:
        if self.place_id is None:
            return None
        dialog = PriorityDialog(self._partners(), self)
        dialog.start_new(self.today())
        place = self.place_id
        dialog.submit = lambda new: self._done(
            commands.add_priority(self.undo_stack, self.services, place, new)
        )
        self._open(dialog)
        return dialog

    def open_edit_dialog(self) -> PriorityDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = PriorityDialog(self._partners(), self)
        dialog.start_edit(row.priority, self.today())
        dialog.submit = lambda new: (
            commands.edit_priority(self.undo_stack, self.services, row.id, new)
            and self._done(row.id)
        )
        self._open(dialog)
        return dialog

    def open_update_dialog(self) -> Any:
        self.tabs.setCurrentWidget(self.updates)
        return self.updates.open_add_dialog()

    def remove_priority(self) -> None:
        row = self.current()
        if row is not None and self._attempt(
            lambda: commands.remove_priority(self.undo_stack, self.services, row.id, row.title)
        ):
            self._after_edit()

    def _done(self, priority_id: str) -> None:
        self._after_edit(lambda r: r.id == priority_id)


class PrioritiesView(AreaView):
    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("prioritiesView")
        self.setAccessibleName("Priorities")
        self.tracker = TrackerTab(services, undo_stack, today)
        self.glossary = GlossaryTab(services, undo_stack)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("prioritiesTabs")
        self.tabs.setAccessibleName("Priorities")
        self.tabs.setAccessibleDescription("The priority tracker and the board's glossary")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName("Priorities tabs")
        self.tabs.tabBar().setAccessibleDescription("Choose the tracker or the glossary")
        self.tab_views: list[AreaView] = [self.tracker, self.glossary]
        for view, title, tip in zip(
            self.tab_views,
            ("&Tracker", "Glo&ssary"),
            (
                "The board's priorities with their RAG rating, updates and milestones",
                "Terms and abbreviations the board uses, with their meanings",
            ),
            strict=True,
        ):
            index = self.tabs.addTab(view, title)
            self.tabs.setTabToolTip(index, tip)
            view.changed.connect(self.changed.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_place(self, place_id: str | None) -> None:
        self.place_id = place_id
        for view in self.tab_views:
            view.set_place(place_id)

    def reload(self) -> None:
        for view in self.tab_views:
            view.reload()

    def current(self) -> Any:
        return self.tracker.current()
