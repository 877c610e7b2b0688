"""The Agenda tab: a meeting's numbered items in Part I and Part II, moved by drag and
drop or Ctrl+Up / Ctrl+Down (the numbers follow), each with its paper's cover sheet and
attached PDFs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from placeboard.services import Services
from placeboard.services.agenda import AgendaItem, Paper, PaperPdf
from placeboard.ui.commands import meetings as commands
from placeboard.ui.commands.meetings import ItemInput, Order
from placeboard.ui.flow_layout import FlowLayout
from placeboard.ui.meeting_dialogs import AgendaItemDialog
from placeboard.ui.meeting_tab import MeetingTab
from placeboard.ui.models.meeting_models import AgendaModel
from placeboard.ui.paper_dialog import PaperDialog
from placeboard.ui.record_table import (
    MenuTable,
    action_button,
    bind_key,
    describe_headings,
    open_rows_with,
)

# No., Part, Title, Item for, Intended outcome, Lead, Time, Topics, Papers.
# The title keeps its width; on a narrow screen the table scrolls sideways instead.
COLUMN_WIDTHS = (36, 44, 260, 85, 200, 120, 50, 90, 100)


class AgendaTable(MenuTable):
    def __init__(self, model: AgendaModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setObjectName("agendaTable")
        self.setAccessibleName("Agenda")
        self.setAccessibleDescription(
            "The meeting's items in order, Part I then Part II; drag an item, or press "
            "Ctrl+Up or Ctrl+Down, to move it"
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setWordWrap(False)  # one line an item; the tooltip holds the whole text
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setAccessibleName("Agenda rows")
        header = self.horizontalHeader()
        describe_headings(self, "Agenda")
        header.setHighlightSections(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        model.modelReset.connect(self._span_headings)

    def _span_headings(self) -> None:
        """A part's heading row reads across the whole table."""
        self.clearSpans()
        model = self.model()
        assert isinstance(model, AgendaModel)
        for row, line in enumerate(model.rows):
            if line.item is None:
                self.setSpan(row, 0, 1, model.columnCount())


class AgendaTab(MeetingTab):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("agendaTab")
        self.setAccessibleName("Agenda")
        self.item_actions: list[QAction] = []
        self.model = AgendaModel(self)
        self.model.move_requested.connect(self.reorder)
        self.table = AgendaTable(self.model)
        self.table.selectionModel().selectionChanged.connect(self._on_chosen)
        open_rows_with(self.table, lambda: self.edit_action.trigger())
        self.empty_label = QLabel("Choose a meeting to see its agenda.")
        self.empty_label.setAccessibleName("Agenda note")
        self.pdf_label = QLabel("PDF&s of the chosen item's paper:")
        self.pdf_list = QListWidget()
        self.pdf_list.setAccessibleName("Attached PDFs")
        self.pdf_list.setAccessibleDescription("The PDF files attached to the chosen item's paper")
        self.pdf_list.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.pdf_label.setBuddy(self.pdf_list)
        self.pdf_list.currentRowChanged.connect(lambda _r: self._update_actions())
        self.button_row = FlowLayout(spacing=8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)
        files = QHBoxLayout()
        files.addWidget(self.pdf_label)
        files.addWidget(self.pdf_list, 1)
        layout.addLayout(files)
        self._build_actions()
        # Tab in reading order: the table, the buttons under it, then the PDFs below them.
        last_button = self.button_row.itemAt(self.button_row.count() - 1).widget()
        QWidget.setTabOrder(last_button, self.pdf_list)
        self._update_actions()

    def _build_actions(self) -> None:
        self.add_action = self._action(
            "&Add item…", self.open_add_dialog, "Add an item to the agenda", ["Ins"], "meeting"
        )
        self.edit_action = self._action(
            "Ed&it item…", self.open_edit_dialog, "Change the chosen item"
        )
        bind_key(self.edit_action, "F2", self.table)  # beside the meetings' own F2
        self.up_action = self._action(
            "Move &up", lambda: self.move_chosen(-1), "Move the chosen item up one", ["Ctrl+Up"]
        )
        self.down_action = self._action(
            "Move do&wn",
            lambda: self.move_chosen(1),
            "Move the chosen item down one",
            ["Ctrl+Down"],
        )
        self.paper_action = self._action(
            "&Cover sheet…", self.open_paper_dialog, "Fill in the chosen item's paper cover sheet"
        )
        self.attach_action = self._action(
            "Attach &PDF…",
            self.open_file_dialog,
            "Attach a PDF file to the chosen item's paper",
            needs="paper",
        )
        self.remove_pdf_action = self._action(
            "Remove PD&F",
            self.remove_pdf,
            "Remove the PDF chosen in the list of attached PDFs",
            needs="paper",
        )
        self.remove_action = self._action(
            "Rem&ove item",
            self.remove_item,
            "Remove the chosen item from the agenda (Edit ▸ Undo brings it back)",
            [QKeySequence(QKeySequence.StandardKey.Delete)],
        )
        # Delete means "remove" only in the table.
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        description: str,
        shortcuts: Sequence[str | QKeySequence] = (),
        needs: str = "item",
    ) -> QAction:
        """An action with a button; `needs` is "item" (a chosen item), "paper" (its
        cover sheet) or "meeting"."""
        action = QAction(text, self)
        action.setStatusTip(description)
        action.setShortcuts([QKeySequence(k) for k in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # the shortcut works while this tab is showing
        self.table.addAction(action)
        self.button_row.addWidget(action_button(action))
        if needs == "item":
            self.item_actions.append(action)
        return action

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.current()
        chosen_id = chosen.id if chosen is not None else None
        meeting = self.meeting_id
        items = self.services.meetings.agenda(meeting) if meeting else []
        papers = self.services.meetings.papers(meeting) if meeting else []
        self.papers = {p.agenda_item_id: p for p in papers}
        pdfs = self.services.agenda.pdf_counts(meeting) if meeting else {}
        self.model.set_agenda(items, {i: True for i in self.papers}, pdfs)
        self.table.setVisible(meeting is not None)
        self.empty_label.setVisible(meeting is None)
        if chosen_id is not None:
            self.select_item(chosen_id)
        self._on_chosen()

    def current(self) -> AgendaItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.rows[rows[0].row()].item

    def current_paper(self) -> Paper | None:
        item = self.current()
        return self.papers.get(item.id) if item is not None else None

    def select_item(self, item_id: str) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        index = self.model.index(row, 2)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def numbers(self) -> list[tuple[int, str]]:
        """(number, title) of the items as the table shows them."""
        return [(r.number, r.item.title) for r in self.model.rows if r.item is not None]

    def _on_chosen(self) -> None:
        self.pdf_list.clear()
        paper = self.current_paper()
        self.pdf_rows: list[PaperPdf] = self.services.agenda.pdfs(paper.id) if paper else []
        for pdf in self.pdf_rows:
            pages = pdf.attachment.pages or 0
            QListWidgetItem(f"{pdf.attachment.filename} ({pages} pages)", self.pdf_list)
        if self.pdf_rows:
            self.pdf_list.setCurrentRow(0)
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.current() is not None
        self.add_action.setEnabled(self.meeting_id is not None)
        for action in self.item_actions:
            action.setEnabled(chosen)
        has_paper = self.current_paper() is not None
        self.attach_action.setEnabled(has_paper)
        self.remove_pdf_action.setEnabled(has_paper and self.pdf_list.currentRow() >= 0)

    # -- edits -------------------------------------------------------------------------

    def _after_edit(self, item_id: str | None = None) -> None:
        self.reload()
        if item_id is not None:
            self.select_item(item_id)
        self.changed.emit()

    def open_add_dialog(self) -> AgendaItemDialog | None:
        if self.meeting_id is None:
            return None
        dialog = AgendaItemDialog(self)
        item = self.current()
        dialog.start_new(item.part if item is not None else 1)
        dialog.submit = self._add
        self._open(dialog)
        return dialog

    def _add(self, new: ItemInput) -> None:
        item = commands.add_item(self.undo_stack, self.services, str(self.meeting_id), new)
        self._after_edit(item.id)

    def open_edit_dialog(self) -> AgendaItemDialog | None:
        item = self.current()
        if item is None:
            return None
        dialog = AgendaItemDialog(self)
        dialog.start_edit(item)
        dialog.submit = lambda new: self._edit(item, new)
        self._open(dialog)
        return dialog

    def _edit(self, item: AgendaItem, new: ItemInput) -> None:
        if commands.edit_item(self.undo_stack, self.services, item, new):
            self._after_edit(item.id)

    def remove_item(self) -> None:
        item = self.current()
        if item is not None and self._attempt(
            lambda: commands.remove_item(self.undo_stack, self.services, item)
        ):
            self._after_edit()

    def reorder(self, order: Order) -> None:
        """Put the agenda in this order (from a drop or a keyboard move)."""
        item = self.current()
        if self.meeting_id is None:
            return
        meeting = self.meeting_id
        if self._attempt(lambda: commands.reorder(self.undo_stack, self.services, meeting, order)):
            self._after_edit(item.id if item is not None else None)

    def move_chosen(self, step: int) -> None:
        """Up (-1) or down (+1) one row; across the Part II heading changes the part."""
        item = self.current()
        if item is None:
            return
        row = self.model.row_of(item.id)
        target = row - 1 if step < 0 else row + 2
        self.reorder(self.model.order_for_drop(item.id, target))

    # -- papers ------------------------------------------------------------------------

    def open_paper_dialog(self) -> PaperDialog | None:
        item = self.current()
        if item is None:
            return None
        dialog = PaperDialog(self)
        paper = self.papers.get(item.id)
        if paper is None:
            dialog.start_new(item)
            dialog.submit = lambda cover: self._add_paper(item, cover)
        else:
            dialog.start_edit(paper)
            dialog.submit = lambda cover: self._edit_paper(paper, cover)
        self._open(dialog)
        return dialog

    def _add_paper(self, item: AgendaItem, cover: dict[str, object]) -> None:
        commands.add_paper(self.undo_stack, self.services, item, cover)
        self._after_edit(item.id)

    def _edit_paper(self, paper: Paper, cover: dict[str, object]) -> None:
        if commands.edit_paper(self.undo_stack, self.services, paper, cover):
            self._after_edit(paper.agenda_item_id)

    def open_file_dialog(self) -> QFileDialog | None:
        if self.current_paper() is None:
            return None
        dialog = QFileDialog(self, "Attach a PDF to the paper", "", "PDF files (*.pdf)")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAccessibleName("Choose a PDF")
        dialog.fileSelected.connect(self.attach_file)
        self._open(dialog)
        return dialog

    def attach_file(self, path: str) -> bool:
        """Attach this file to the chosen item's paper; a refusal is shown in a box."""
        paper = self.current_paper()
        if paper is None:
            return False
        done = self._attempt(
            lambda: commands.attach_pdf(self.undo_stack, self.services, paper, path)
        )
        if done:
            self._after_edit(paper.agenda_item_id)
        return done

    def remove_pdf(self) -> None:
        row = self.pdf_list.currentRow()
        item = self.current()
        if item is None or not 0 <= row < len(self.pdf_rows):
            return
        pdf = self.pdf_rows[row]
        if self._attempt(lambda: commands.remove_pdf(self.undo_stack, self.services, pdf)):
            self._after_edit(item.id)
