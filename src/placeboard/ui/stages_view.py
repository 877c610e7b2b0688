"""The Stage checklist: the three stages with their readiness, where the board stands
(and whether it got there past unmet criteria), every criterion in one table grouped by
stage, and the chosen criterion's evidence and history below.

Criteria PlaceBoard checks from its records show the check's status and say so; the
gate is moved by a recorded decision, which needs a rationale when criteria are unmet.
Every edit is an undoable command on the window's one stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.derived_checks import CHECKED_BY
from placeboard.domain.gate import StageCount
from placeboard.services import Services
from placeboard.services.stages import CriterionRow, StageBoard
from placeboard.ui.commands import stages as commands
from placeboard.ui.models.stage_models import (
    CriteriaModel,
    EvidenceModel,
    HistoryModel,
    status_text,
)
from placeboard.ui.record_table import RecordTab, open_rows_with
from placeboard.ui.stages_dialogs import (
    CriterionDialog,
    DecisionDialog,
    EvidenceDialog,
    StatusDialog,
)

STD = QKeySequence.StandardKey
# Stage, No., Criterion (takes the rest), Status, Owner, Due, Evidence, Checked by.
COLUMN_WIDTHS = (150, 40, 330, 130, 190, 120, 70, 95)
NO_CRITERION = "Choose a criterion in the table to see its evidence and history."
OVERRIDE_STYLE = (
    'QLabel#boardStage[override="true"] { background: #FFF1C2; color: #231F20; '
    "border-left: 6px solid #ED8B00; padding: 6px 10px; }"
    "QLabel#boardStage { padding: 6px 0; font-weight: bold; }"
)


def _only_on_table(action: QAction) -> None:
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)


class StageCard(QFrame):
    """One stage: its name, a readiness bar and the count in words."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        self.name.setStyleSheet("font-weight: bold;")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)  # the words are in the label: dark text on blue reads badly
        self.bar.setMaximumHeight(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.name)
        layout.addWidget(self.bar)

    def show_count(self, count: StageCount, current: bool) -> None:
        words = f"{count.met} of {count.total} met"
        here = "  ◀ the board is here" if current else ""
        self.name.setText(f"{count.name}: {words}{here}")
        self.bar.setRange(0, max(count.total, 1))
        self.bar.setValue(count.met)
        self.bar.setFormat(words)
        self.bar.setAccessibleName(f"Readiness for {count.name}")
        self.bar.setAccessibleDescription(words)
        self.setAccessibleName(f"{count.name}: {words}")


class CriterionPane(RecordTab):
    """A list belonging to the criterion chosen in the checklist."""

    def __init__(
        self, services: Services, undo_stack: QUndoStack, today: Callable[[], date]
    ) -> None:
        super().__init__(services, undo_stack)
        self.today = today
        self.row: CriterionRow | None = None

    def _build_pane(self, model: Any, name: str, description: str) -> None:
        layout = self._build(model, name, description, f"Filter {name.lower()}")
        layout.setContentsMargins(0, 6, 0, 0)
        self.filter_label.hide()  # short lists: no filter box
        self.filter_edit.hide()

    def set_row(self, row: CriterionRow | None) -> None:
        self.row = row
        self.reload()


class EvidencePane(CriterionPane):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, today: Callable[[], date]
    ) -> None:
        super().__init__(services, undo_stack, today)
        self.setObjectName("evidencePane")
        self.setAccessibleName("Evidence")
        self.file_dialog: QFileDialog | None = None
        self._build_pane(
            EvidenceModel(self), "Evidence", "The chosen criterion's evidence: text, links, files"
        )
        self.table.setObjectName("evidenceTable")
        self.add_text_action = self._action(
            "Add &text…", lambda: self.open_add_dialog(link=False),
            "Describe evidence for the chosen criterion", needs_row=False,
        )  # fmt: skip
        self.add_link_action = self._action(
            "Add lin&k…", lambda: self.open_add_dialog(link=True),
            "Add a web address as evidence for the chosen criterion", needs_row=False,
        )  # fmt: skip
        self.attach_action = self._action(
            "Attach &file…", self.open_attach_dialog,
            "Copy a file into PlaceBoard's data folder as evidence", needs_row=False,
        )  # fmt: skip
        self.open_action = self._action("&Open", self.open_evidence, "Open the chosen link or file")
        self.edit_action = self._action(
            "Edit e&vidence…", self.open_edit_dialog, "Change the chosen evidence"
        )
        self.remove_action = self._action(
            "Remove evidence",
            self.remove,
            "Remove the chosen evidence (Edit ▸ Undo brings it back)",
        )
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.remove_action.setShortcut(QKeySequence(STD.Delete))
        for action in (self.edit_action, self.remove_action):
            _only_on_table(action)
        open_rows_with(self.table, lambda: self.open_action.trigger())
        self.table.set_widths((90, 60, 420, 260), stretch=2)

    def reload(self) -> None:
        chosen = self.table.current_item()
        rows = self.services.stages.evidence_of(self.row.id) if self.row else []
        self.model.set_rows(rows, self.today())
        for action in (self.add_text_action, self.add_link_action, self.attach_action):
            action.setEnabled(self.row is not None)
        if chosen is not None:
            self.table.select_where(lambda r: r.evidence.id == chosen.evidence.id)

    def _can(self, action: QAction) -> bool:
        if action is self.open_action:
            item = self.table.current_item()
            return item is not None and (item.attachment is not None or bool(item.evidence.url))
        return True

    def open_add_dialog(self, link: bool) -> EvidenceDialog | None:
        if self.row is None:
            return None
        dialog = EvidenceDialog(self)
        dialog.start_new(link, self.today())
        criterion_id = self.row.id
        dialog.submit = lambda new: self._done(
            commands.add_evidence(self.undo_stack, self.services, criterion_id, new).id
        )
        self._open(dialog)
        return dialog

    def open_edit_dialog(self) -> EvidenceDialog | None:
        item = self.table.current_item()
        if item is None:
            return None
        dialog = EvidenceDialog(self)
        dialog.start_edit(item.evidence, self.today())
        evidence = item.evidence
        dialog.submit = lambda new: (
            commands.edit_evidence(self.undo_stack, self.services, evidence, new)
            and self._done(evidence.id)
        )
        self._open(dialog)
        return dialog

    def open_attach_dialog(self) -> QFileDialog | None:
        if self.row is None:
            return None
        dialog = QFileDialog(self, "Attach a file as evidence")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the same everywhere
        dialog.setAccessibleName("Choose the file to attach")
        dialog.fileSelected.connect(self.attach)
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def attach(self, path: str) -> None:
        row = self.row
        if row is None or not path:
            return
        chosen = Path(path)
        done: list[str] = []

        def edit() -> None:
            e = commands.attach_file(
                self.undo_stack, self.services, row.criterion, chosen, self.today()
            )
            done.append(e.id)

        if self._attempt(edit):
            self._done(done[0])

    def open_evidence(self) -> bool:
        item = self.table.current_item()
        if item is None:
            return False
        if item.attachment is not None:
            url = QUrl.fromLocalFile(str(self.services.files.path_for(item.attachment.sha256)))
        elif item.evidence.url:
            url = QUrl(item.evidence.url)
        else:
            return False
        return QDesktopServices.openUrl(url)

    def remove(self) -> None:
        item = self.table.current_item()
        if item is not None and self._attempt(
            lambda: commands.remove_evidence(self.undo_stack, self.services, item.evidence.id)
        ):
            self._after_edit()

    def _done(self, evidence_id: str) -> None:
        self._after_edit(lambda r: r.evidence.id == evidence_id)


class HistoryPane(CriterionPane):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, today: Callable[[], date]
    ) -> None:
        super().__init__(services, undo_stack, today)
        self.setObjectName("historyPane")
        self.setAccessibleName("History")
        self._build_pane(
            HistoryModel(self),
            "History",
            "Every change of the chosen criterion and its evidence, from the change log",
        )
        self.table.setObjectName("historyTable")
        self.table.set_widths((130, 190, 500), stretch=2)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first

    def reload(self) -> None:
        rows = self.services.stages.history(self.row.id) if self.row else []
        self.model.set_rows(rows, self.today())


class StagesView(RecordTab):
    """The Stage checklist area (an AreaView: `set_place`, `reload`, `changed`)."""

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("stagesView")
        self.setAccessibleName("Stage checklist")
        self.today = today
        self.board: StageBoard | None = None
        layout = self._build(
            CriteriaModel(self),
            "Criteria",
            "Every criterion of the three stages with its status, owner, due date and evidence",
            "Filter criteria",
        )
        self.table.setObjectName("criteriaTable")
        self._build_top(layout)
        self._build_detail(layout)
        self._build_actions()
        self.table.set_widths(COLUMN_WIDTHS, stretch=2)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._show_chosen)

    # -- building ----------------------------------------------------------------------

    def _build_top(self, layout: QVBoxLayout) -> None:
        title = QLabel("Stage checklist")
        title.setObjectName("titleLabel")
        self.stage_line = QLabel()
        self.stage_line.setObjectName("boardStage")
        self.stage_line.setAccessibleName("The board's stage")
        self.stage_line.setWordWrap(True)
        self.stage_line.setTextFormat(Qt.TextFormat.PlainText)
        self.stage_line.setStyleSheet(OVERRIDE_STYLE)
        self.cards = [StageCard() for _ in range(3)]
        cards = QHBoxLayout()
        cards.setSpacing(8)
        for card in self.cards:
            cards.addWidget(card, 1)
        layout.insertWidget(0, title)
        layout.insertWidget(1, self.stage_line)
        layout.insertLayout(2, cards)

    def _build_detail(self, layout: QVBoxLayout) -> None:
        self.heading = QLabel(NO_CRITERION)
        self.heading.setObjectName("criterionHeading")
        self.heading.setAccessibleName("Chosen criterion")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence = EvidencePane(self.services, self.undo_stack, self.today)
        self.history = HistoryPane(self.services, self.undo_stack, self.today)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("criterionTabs")
        self.tabs.setAccessibleName("The chosen criterion")
        self.tabs.setAccessibleDescription("Its evidence and the history of its changes")
        self.tabs.tabBar().setAccessibleName("Criterion detail tabs")
        self.tabs.addTab(self.evidence, "Evidence")
        self.tabs.setTabToolTip(0, "Texts, links and files that show the criterion is met")
        self.tabs.addTab(self.history, "History")
        self.tabs.setTabToolTip(1, "Every change to the criterion's status, with who and when")
        self.evidence.changed.connect(self._on_detail_changed)
        detail = QWidget()
        box = QVBoxLayout(detail)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.heading)
        box.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("stagesSplitter")
        self.splitter.setChildrenCollapsible(False)
        layout.removeWidget(self.table)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setSizes([300, 260])
        layout.insertWidget(layout.count() - 1, self.splitter, 1)  # above the buttons

    def _build_actions(self) -> None:
        self.status_action = self._action(
            "Set &status…", self.open_status_dialog,
            "Set the chosen criterion's status (not applicable needs a reason)", ["Ctrl+T"],
        )  # fmt: skip
        self.edit_action = self._action(
            "&Edit criterion…", self.open_edit_dialog,
            "Change the chosen criterion's text, owner and due date", ["F2"],
        )  # fmt: skip
        self.add_action = self._action(
            "&Add criterion…", self.open_add_dialog, "Add a criterion to a stage",
            [STD.New], needs_row=False,
        )  # fmt: skip
        self.up_action = self._action(
            "Move &up", lambda: self.move(-1), "Move the chosen criterion up its stage",
            ["Ctrl+Up"],
        )  # fmt: skip
        self.down_action = self._action(
            "Move do&wn", lambda: self.move(1), "Move the chosen criterion down its stage",
            ["Ctrl+Down"],
        )  # fmt: skip
        self.remove_action = self._action(
            "&Remove criterion", self.remove,
            "Remove the chosen criterion (Edit ▸ Undo brings it back)", [STD.Delete],
        )  # fmt: skip
        self.decide_action = self._action(
            "Move the &board to stage…", self.open_decision_dialog,
            "Record the board's decision to move to a stage", needs_row=False,
        )  # fmt: skip
        for action in (self.edit_action, self.remove_action, self.up_action, self.down_action):
            _only_on_table(action)
        open_rows_with(self.table, lambda: self.status_action.trigger())
        self._update_actions()

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.current()
        today = self.today()
        self.board = (
            self.services.stage_checks.board(self.place_id, today) if self.place_id else None
        )
        rows = self.board.criteria if self.board else []
        self.model.set_rows(rows, today)
        self._show_stages()
        self.add_action.setEnabled(self.place_id is not None)
        self.decide_action.setEnabled(self.place_id is not None)
        if chosen is None or not self.select_criterion(chosen.id):
            self._show_chosen()

    def _show_stages(self) -> None:
        board = self.board
        here = board.stage.key if board and board.stage else None
        for card, count in zip(self.cards, board.counts if board else [], strict=False):
            card.show_count(count, count.key == here)
            card.setVisible(True)
        if board is None:
            for card in self.cards:
                card.setVisible(False)
            text = "Choose a board in the place switcher to see its stage checklist."
        elif board.stage is None:
            text = "The board's stage: not yet in development (no stage has all its criteria met)."
        else:
            text = f"The board's stage: {board.stage.sentence()}"
        override = bool(board and board.stage and board.stage.by_override)
        self.stage_line.setText(text)
        self.stage_line.setAccessibleDescription(text)
        self.stage_line.setProperty("override", override)
        self.stage_line.style().unpolish(self.stage_line)
        self.stage_line.style().polish(self.stage_line)

    def current(self) -> CriterionRow | None:
        item = self.table.current_item()
        return item if isinstance(item, CriterionRow) else None

    def select_criterion(self, criterion_id: str) -> bool:
        return self.table.select_where(lambda r: r.id == criterion_id)

    def _show_chosen(self) -> None:
        row = self.current()
        self.evidence.set_row(row)
        self.history.set_row(row)
        self._update_actions()
        if row is None:
            self.heading.setText(NO_CRITERION)
            return
        text = f"{row.stage.name} {row.number}. {' '.join(row.criterion.text.split())}"
        text += f" — {status_text(row)}"
        if row.check is not None:
            text += f"\n{CHECKED_BY}: {row.check.reason}"
        self.heading.setText(text)
        self.heading.setAccessibleDescription(text)

    def _can(self, action: QAction) -> bool:
        row = self.current()
        if row is None or self.board is None:
            return False
        if action in (self.up_action, self.down_action):
            last = sum(1 for r in self.board.criteria if r.stage.id == row.stage.id)
            return row.number > 1 if action is self.up_action else row.number < last
        return True

    def _on_detail_changed(self) -> None:
        self.reload()  # the evidence count and the history follow the detail's edit
        self.changed.emit()

    # -- edits -------------------------------------------------------------------------

    def _stages(self) -> list[tuple[str, str]]:
        return [(s.name, s.id) for s in self.board.stages] if self.board else []

    def open_status_dialog(self) -> StatusDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = StatusDialog(self)
        dialog.start(row)
        dialog.submit = lambda values: (
            commands.set_status(self.undo_stack, self.services, row.criterion, *values)
            and self._done(row.id)
        )
        self._open(dialog)
        return dialog

    def open_add_dialog(self) -> CriterionDialog | None:
        if self.place_id is None:
            return None
        dialog = CriterionDialog(self._stages(), self)
        row = self.current()
        dialog.start_new(row.stage.id if row else None, self.today())
        place = self.place_id
        dialog.submit = lambda new: self._done(
            commands.add_criterion(self.undo_stack, self.services, place, new).id
        )
        self._open(dialog)
        return dialog

    def open_edit_dialog(self) -> CriterionDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = CriterionDialog(self._stages(), self)
        dialog.start_edit(row, self.today())
        dialog.submit = lambda new: (
            commands.edit_criterion(self.undo_stack, self.services, row.criterion, new)
            and self._done(row.id)
        )
        self._open(dialog)
        return dialog

    def move(self, step: int) -> None:
        row = self.current()
        if row is not None and self._attempt(
            lambda: commands.move_criterion(self.undo_stack, self.services, row.criterion, step)
        ):
            self._done(row.id)

    def remove(self) -> None:
        row = self.current()
        if row is not None and self._attempt(
            lambda: commands.remove_criterion(self.undo_stack, self.services, row.criterion)
        ):
            self._after_edit()

    def open_decision_dialog(self) -> DecisionDialog | None:
        board = self.board
        if self.place_id is None or board is None:
            return None
        dialog = DecisionDialog(self._stages(), board.unmet_up_to, self)
        dialog.start(self._next_stage_id(board), self.today())
        place = self.place_id
        dialog.submit = lambda new: (
            commands.record_decision(
                self.undo_stack, self.services, place, board.stage_of(new.stage_id).name, new
            ),
            self._after_edit(),
        )
        self._open(dialog)
        return dialog

    @staticmethod
    def _next_stage_id(board: StageBoard) -> str | None:
        """The stage after the board's, as the likely one to move to."""
        keys = [s.key for s in board.stages]
        here = keys.index(board.stage.key) if board.stage else -1
        following = board.stages[min(here + 1, len(keys) - 1)] if keys else None
        return following.id if following else None

    def _done(self, criterion_id: str) -> None:
        self._after_edit(lambda r: r.id == criterion_id)
