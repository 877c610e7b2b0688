"""The tabs of the Terms of reference view, each showing the chosen version.

A tab makes its edits through the undoable commands in `commands/terms.py`; a refused
edit shows the service's sentence in a message box (opened, never exec'd), and a
successful one emits `edited` so the view reads everything again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.errors import PlaceBoardError
from placeboard.domain.vocab import TOR_STATUSES, label
from placeboard.services import Services
from placeboard.services.terms import quorum_in_words, sector_list
from placeboard.ui.commands import terms as commands
from placeboard.ui.error_dialog import error_box
from placeboard.ui.record_table import (
    MenuTable,
    actions_menu,
    bind_key,
    describe_headings,
    open_rows_with,
)
from placeboard.ui.tor_compare_html import LEGEND, compare_html, summary
from placeboard.ui.tor_dialogs import ApprovalDialog, ApprovalInput
from placeboard.ui.tor_models import (
    ApprovalTableModel,
    SectionListModel,
    SectorChecklistModel,
)

T = TypeVar("T")
Today = Callable[[], date]


def named(widget: T, name: str, description: str = "") -> T:
    """Give a control the name and description a screen reader announces."""
    widget.setAccessibleName(name)  # type: ignore[attr-defined]
    if description:
        widget.setAccessibleDescription(description)  # type: ignore[attr-defined]
    return widget


def make_button(text: str, description: str, slot: Callable[[], object]) -> QPushButton:
    button = named(QPushButton(text), text.replace("&", "").rstrip("…"), description)
    button.setAutoDefault(False)
    button.setToolTip(description)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def key_for(button: QPushButton, view: QWidget) -> QAction:
    """Delete in `view` presses `button` (its Remove or Withdraw), and the view's menu
    lists it; kept enabled with the button (see `_update_buttons`)."""
    action = QAction(button.text(), view)
    action.setStatusTip(button.accessibleDescription())
    action.triggered.connect(lambda _checked=False: button.click())  # nothing if disabled
    return bind_key(action, QKeySequence(QKeySequence.StandardKey.Delete), view)


def note(text: str = "", object_name: str = "", name: str = "") -> QLabel:
    label_ = QLabel(text)
    label_.setTextFormat(Qt.TextFormat.PlainText)  # names come from people's records
    label_.setWordWrap(True)
    label_.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label_.setObjectName(object_name)
    if name:
        label_.setAccessibleName(name)
    return label_


def setup_table(table: QTableView, name: str, description: str) -> QTableView:
    named(table, name, description)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
    table.setCornerButtonEnabled(False)
    corner = table.findChild(QWidget, "qt_tableview_cornerbutton")
    if corner is not None:
        corner.setAccessibleName(f"Select all in {name.lower()}")
    table.verticalHeader().hide()
    table.verticalHeader().setAccessibleName(f"{name} rows")
    describe_headings(table, name)
    table.horizontalHeader().setHighlightSections(False)
    return table


def select_row(view: QAbstractItemView, row: int) -> None:
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    if isinstance(view, QTableView):
        flags |= QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(index, flags)


class TorTab(QWidget):
    """What the tabs share: the services, the one undo stack, and how edits are made."""

    edited = Signal()

    def __init__(self, services: Services, undo_stack: QUndoStack, today: Today) -> None:
        super().__init__()
        self.services = services
        self.terms = services.terms
        self.undo_stack = undo_stack
        self.today = today
        self.version: Any = None  # the chosen TorVersion, or None
        self.message_box: QMessageBox | None = None

    def run(self, edit: Callable[[], T]) -> T | None:
        """Make an edit; a refused one is shown as its sentence and returns None."""
        try:
            result = edit()
        except PlaceBoardError as exc:
            self.show_error(exc)
            return None
        self.edited.emit()
        return result

    def show_error(self, exc: BaseException) -> QMessageBox:
        box = error_box(self, exc)
        box.setWindowTitle("Terms of reference")
        self.message_box = box
        box.open()
        return box

    @property
    def is_draft(self) -> bool:
        return self.version is not None and self.version.status == "draft"


# -- Sections ------------------------------------------------------------------------


class SectionsTab(TorTab):
    """The version's sections; the heading and body of one are edited on a draft."""

    def __init__(self, services: Services, undo_stack: QUndoStack, today: Today) -> None:
        super().__init__(services, undo_stack, today)
        self.setObjectName("sectionsTab")
        self.model = SectionListModel(self)
        self.section_id: str | None = None
        self._loading = False

        self.list = named(
            QListView(),
            "Sections",
            "The sections of the chosen version, in order. Choose one to read or edit it.",
        )
        self.list.setObjectName("sectionList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.add_button = make_button(
            "Add sect&ion", "Add a section at the end of this draft", self.add_section
        )
        self.remove_button = make_button(
            "Remove section", "Remove the chosen section from this draft", self.remove_section
        )
        self.remove_key = key_for(self.remove_button, self.list)
        actions_menu(self.list)

        self.heading = named(QLineEdit(), "Section heading", "The heading of the chosen section")
        self.heading.setObjectName("sectionHeading")
        self.body = named(
            QPlainTextEdit(),
            "Section text",
            "The words of the chosen section. Press Ctrl+S to save; Tab moves on.",
        )
        self.body.setObjectName("sectionBody")
        self.body.setTabChangesFocus(True)  # Tab moves on, so the keyboard can leave
        self.lock_note = note(object_name="lockNote", name="Why the section cannot be edited")
        self.save_button = make_button(
            "Save section", "Save the heading and text of this section (Ctrl+S)", self.save_section
        )
        self.discard_button = make_button(
            "Discard changes", "Put back the section's saved words", self.discard_changes
        )
        self.save_action = QAction("Save section", self)
        self.save_action.setShortcuts(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(lambda _checked=False: self.save_section())
        self.addAction(self.save_action)
        self.heading.textEdited.connect(lambda _text: self._update_buttons())
        self.body.textChanged.connect(self._update_buttons)
        self._lay_out()
        self._update_buttons()

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left_layout.addLayout(row)

        right = QWidget()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        heading_label = QLabel("Headin&g:")
        heading_label.setBuddy(self.heading)
        body_label = QLabel("&Text:")
        body_label.setBuddy(self.body)
        form.addRow(heading_label, self.heading)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(body_label)
        right_layout.addWidget(self.body, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.lock_note, 1)
        buttons.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("sectionsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        for first, second in (
            (self.list, self.add_button),
            (self.add_button, self.remove_button),
            (self.remove_button, self.heading),
            (self.heading, self.body),
            (self.body, self.discard_button),
            (self.discard_button, self.save_button),
        ):
            QWidget.setTabOrder(first, second)

    # -- showing

    def set_version(self, version: Any) -> None:
        if version is None or self.version is None or version.id != self.version.id:
            self.section_id = None
        self.version = version
        self.reload()

    def reload(self) -> None:
        keep_editor = self.is_dirty()
        sections = self.terms.list_sections(self.version.id) if self.version else []
        self._loading = True
        self.model.set_rows(sections)
        row = self.model.row_of(self.section_id) if self.section_id else -1
        if row < 0 and sections:
            row = 0
        select_row(self.list, row)
        self._loading = False
        if not keep_editor or row < 0:
            self._show_section(row)
        self._update_lock()

    def current_section(self) -> Any:
        row = self.list.currentIndex().row()
        return self.model.section(row) if 0 <= row < self.model.rowCount() else None

    def _show_section(self, row: int) -> None:
        section = self.model.section(row) if row >= 0 else None
        self.section_id = section.id if section else None
        self._loading = True
        self.heading.setText(section.heading if section else "")
        self.body.setPlainText(section.body if section else "")
        self._loading = False
        self._update_buttons()

    def _on_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        if self.is_dirty() and not self.save_section():
            # Refused: stay on the section being edited, words kept.
            self._loading = True
            select_row(self.list, previous.row())
            self._loading = False
            return
        self._show_section(current.row())

    def _update_lock(self) -> None:
        editable = self.is_draft
        self.heading.setReadOnly(not editable)
        self.body.setReadOnly(not editable)
        if self.version is None:
            text = ""
        elif editable:
            text = "This is a draft: its sections can be edited."
        else:
            status = label(TOR_STATUSES, self.version.status).lower()
            text = (
                f"{self.version.label} is {status}, so its sections are read-only. "
                "Use “New version from this…” to propose changes."
            )
        self.lock_note.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_section = self.section_id is not None
        dirty = self.is_dirty()
        self.save_button.setEnabled(self.is_draft and dirty)
        self.discard_button.setEnabled(dirty)
        self.add_button.setEnabled(self.is_draft)
        self.remove_button.setEnabled(self.is_draft and has_section)
        self.remove_key.setEnabled(self.remove_button.isEnabled())

    def is_dirty(self) -> bool:
        if self._loading or self.section_id is None:
            return False
        section = self._saved_section()
        if section is None:
            return False
        return (self.heading.text(), self.body.toPlainText()) != (section.heading, section.body)

    def _saved_section(self) -> Any:
        row = self.model.row_of(self.section_id) if self.section_id else -1
        return self.model.section(row) if row >= 0 else None

    # -- editing

    def save_section(self) -> bool:
        """Save the editor's words to the section (one undoable edit). The service says
        when the version is no longer a draft."""
        section = self._saved_section()
        if section is None:
            return False
        heading, body = self.heading.text(), self.body.toPlainText()
        if (heading, body) == (section.heading, section.body):
            return True

        def save() -> bool:
            commands.save_section(self.undo_stack, self.terms, section, heading, body)
            return True

        return bool(self.run(save))

    def discard_changes(self) -> None:
        self._show_section(self.model.row_of(self.section_id) if self.section_id else -1)

    def add_section(self) -> None:
        if self.version is None or not self.save_section():
            return
        heading = f"New section {self.model.rowCount() + 1}"
        added = self.run(
            lambda: commands.add_section(self.undo_stack, self.terms, self.version.id, heading)
        )
        if added is not None:
            self.section_id = added.id
            self.reload()
            self.heading.setFocus()
            self.heading.selectAll()

    def remove_section(self) -> None:
        section = self._saved_section()
        if section is None:
            return
        self.section_id = None
        self.run(
            lambda: commands.remove_section(
                self.undo_stack, self.terms, section.id, section.heading
            )
        )

    def leave(self) -> bool:
        """Before another version is shown: save the words being edited, if any."""
        return not self.is_dirty() or self.save_section()


# -- Approvals -----------------------------------------------------------------------


class ApprovalsTab(TorTab):
    """Each partner's approval of the version, or "Outstanding"."""

    def __init__(self, services: Services, undo_stack: QUndoStack, today: Today) -> None:
        super().__init__(services, undo_stack, today)
        self.setObjectName("approvalsTab")
        self.model = ApprovalTableModel(self)
        self.dialog: ApprovalDialog | None = None
        self.summary = note(object_name="approvalSummary", name="Approvals so far")
        self.outstanding = note(object_name="outstandingNote", name="Outstanding partners")
        self.table = setup_table(
            MenuTable(),
            "Approvals",
            "Each partner organisation's approval of the chosen version: approving body, "
            "date and minute reference, or Outstanding.",
        )
        self.table.setObjectName("approvalsTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            stretch = column in (0, 2)  # the names; the rest fit their contents
            mode = (
                QHeaderView.ResizeMode.Stretch
                if stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons()
        )
        open_rows_with(self.table, lambda: self.open_record_dialog())
        self.record_button = make_button(
            "Rec&ord approval…",
            "Record the approval of a partner organisation that has not yet approved",
            self.open_record_dialog,
        )
        self.withdraw_button = make_button(
            "&Withdraw approval",
            "Take back the chosen partner's approval, for example one recorded by mistake",
            self.withdraw,
        )
        self.withdraw_key = key_for(self.withdraw_button, self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.outstanding)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.record_button)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.table, self.withdraw_button)
        QWidget.setTabOrder(self.withdraw_button, self.record_button)
        self._update_buttons()

    def set_version(self, version: Any) -> None:
        self.version = version
        self.reload()

    def reload(self) -> None:
        current = self.table.currentIndex().row()
        rows = self.terms.approvals(self.version.id) if self.version else []
        self.model.set_rows(rows)
        select_row(self.table, min(max(current, 0), len(rows) - 1))
        self._show_summary(rows)
        self._update_buttons()

    def _show_summary(self, rows: Sequence[Any]) -> None:
        if self.version is None:
            self.summary.setText("")
            self.outstanding.setText("")
            return
        approved = sum(1 for r in rows if not r.outstanding)
        waiting = [r.organisation for r in rows if r.outstanding]
        v = self.version
        text = f"{approved} of {len(rows)} partner organisations have approved {v.label}."
        if v.status == "draft":
            text = f"{v.label} is a draft: send it for approval when its words are ready."
        elif v.status == "agreed":
            text += " It is agreed and in force."
        elif v.status == "superseded":
            text += " It has been superseded by a later version."
        self.summary.setText(text)
        if waiting and v.status == "out_for_approval":
            self.outstanding.setText("Outstanding: " + "; ".join(waiting) + ".")
        else:
            self.outstanding.setText("")
        self.outstanding.setVisible(bool(self.outstanding.text()))

    def chosen(self) -> Any:
        row = self.table.currentIndex().row()
        return self.model.row(row) if 0 <= row < self.model.rowCount() else None

    def _outstanding(self) -> list[tuple[str, str]]:
        return [
            (r.organisation_id, r.organisation)
            for r in (self.model.row(n) for n in range(self.model.rowCount()))
            if r.outstanding
        ]

    def _update_buttons(self) -> None:
        status = self.version.status if self.version else ""
        chosen = self.chosen()
        self.record_button.setEnabled(status == "out_for_approval" and bool(self._outstanding()))
        self.withdraw_button.setEnabled(
            status in ("out_for_approval", "agreed")
            and chosen is not None
            and not chosen.outstanding
        )
        self.withdraw_key.setEnabled(self.withdraw_button.isEnabled())

    def open_record_dialog(self) -> ApprovalDialog | None:
        if not self.record_button.isEnabled() or self.version is None:
            return None
        chosen = self.chosen()
        version = self.version
        previous = self.dialog
        if previous is not None and not previous.isVisible():
            previous.setParent(None)  # let the old one go
        dialog = ApprovalDialog(
            version.label,
            self._outstanding(),
            lambda value: self._record(version.id, value),
            self.today(),
            self,
            preselect=chosen.organisation_id if chosen and chosen.outstanding else None,
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def _record(self, version_id: str, value: ApprovalInput) -> None:
        names = dict(self._outstanding())
        organisation = (value.organisation_id, names.get(value.organisation_id, "a partner"))
        # Raises on refusal: the dialog shows the sentence and stays open.
        commands.record_approval(
            self.undo_stack,
            self.terms,
            version_id,
            organisation,
            value.approved_by,
            value.approved_on,
            value.minute_reference,
        )
        self.edited.emit()

    def withdraw(self) -> None:
        chosen = self.chosen()
        if chosen is None or self.version is None:
            return
        version_id = self.version.id
        organisation = (chosen.organisation_id, chosen.organisation)
        self.run(
            lambda: commands.withdraw_approval(
                self.undo_stack, self.terms, version_id, organisation
            )
        )


# -- Quorum --------------------------------------------------------------------------


class QuorumTab(TorTab):
    """The version's quorum in words; on a draft, the number and sectors can change."""

    def __init__(self, services: Services, undo_stack: QUndoStack, today: Today) -> None:
        super().__init__(services, undo_stack, today)
        self.setObjectName("quorumTab")
        self.rule = note(object_name="quorumRule", name="Quorum rule in words")
        self.wording = note(object_name="quorumWording", name="Quorum as worded in the version")
        self.voting = note(object_name="votingNote", name="Voting members today")
        self.members = named(
            QSpinBox(),
            "Voting members needed",
            "How many voting members (or their named deputies) must be present",
        )
        self.members.setObjectName("quorumMembers")
        self.members.setRange(0, 200)
        self.members.lineEdit().setAccessibleName("Voting members needed")
        self.members.lineEdit().setAccessibleDescription(self.members.accessibleDescription())
        self.sector_model = SectorChecklistModel(self)
        self.sectors = named(
            QListView(),
            "Sectors that must be present",
            "Tick a sector when at least one voting member from it must be present. "
            "Space ticks or unticks the chosen sector.",
        )
        self.sectors.setObjectName("quorumSectors")
        self.sectors.setModel(self.sector_model)
        self.sectors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sectors.setMinimumHeight(40)  # it scrolls on a small window
        self.apply_button = make_button(
            "App&ly quorum", "Save this quorum in the draft", self.apply_quorum
        )
        self.lock_note = note(object_name="quorumLockNote", name="Why the quorum cannot change")
        self.members.valueChanged.connect(lambda _v: self._preview())
        self.sector_model.dataChanged.connect(lambda *_args: self._preview())
        self._lay_out()

    def _lay_out(self) -> None:
        self.editor = QGroupBox("Change the quorum")
        self.editor.setAccessibleName("Change the quorum")
        form = QFormLayout()
        members_label = QLabel("Voting &members needed:")
        members_label.setBuddy(self.members)
        sectors_label = QLabel("Sec&tors that must each\nhave a voting member present:")
        sectors_label.setBuddy(self.sectors)
        form.addRow(members_label, self.members)
        form.addRow(sectors_label, self.sectors)
        box_layout = QVBoxLayout(self.editor)
        box_layout.addLayout(form, 1)
        row = QHBoxLayout()
        row.addWidget(self.lock_note, 1)
        row.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignBottom)
        box_layout.addLayout(row)
        words = QVBoxLayout()
        words.addWidget(self.rule)
        words.addWidget(self.wording)
        words.addWidget(self.voting)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(16)
        layout.addLayout(words, 2)
        layout.addWidget(self.editor, 3)
        QWidget.setTabOrder(self.members, self.sectors)
        QWidget.setTabOrder(self.sectors, self.apply_button)

    def set_version(self, version: Any) -> None:
        self.version = version
        self.reload()

    def reload(self) -> None:
        v = self.version
        editable = self.is_draft
        self.members.blockSignals(True)
        self.members.setValue(v.quorum_members if v else 0)
        self.members.blockSignals(False)
        self.sector_model.set_ticked(sector_list(v.quorum_requires_sectors) if v else [], editable)
        self.members.setEnabled(editable)
        self.apply_button.setEnabled(False)
        if v is None:
            for lab in (self.rule, self.wording, self.voting, self.lock_note):
                lab.setText("")
            return
        self.rule.setText(quorum_in_words(v.quorum_members, v.quorum_requires_sectors) + ".")
        self.wording.setText(f"As worded in {v.label}: {v.quorum_rule or 'no wording yet.'}")
        count = self.terms.voting_members(v.place_id, self.today())
        self.voting.setText(f"The board has {count} voting members today.")
        self.lock_note.setText(
            "Tick each sector that must have a voting member present; the rule above "
            "shows the change before you apply it."
            if editable
            else f"{v.label} is {label(TOR_STATUSES, v.status).lower()}, so its quorum cannot "
            "change. Start a new version from it to propose a different quorum."
        )

    def _preview(self) -> None:
        if self.version is None:
            return
        members, sectors = self.members.value(), self.sector_model.ticked()
        self.rule.setText(quorum_in_words(members, sectors) + ".")
        current = (self.version.quorum_members, sector_list(self.version.quorum_requires_sectors))
        self.apply_button.setEnabled(self.is_draft and (members, sectors) != current)

    def apply_quorum(self) -> None:
        if self.version is None:
            return
        version, members, sectors = self.version, self.members.value(), self.sector_model.ticked()
        self.run(
            lambda: commands.set_quorum(self.undo_stack, self.terms, version, members, sectors)
        )


# -- Compare -------------------------------------------------------------------------


class CompareTab(TorTab):
    """Two versions side by side, changed lines marked and coloured."""

    def __init__(self, services: Services, undo_stack: QUndoStack, today: Today) -> None:
        super().__init__(services, undo_stack, today)
        self.setObjectName("compareTab")
        self.versions: list[Any] = []
        self.diffs: list[Any] = []
        self.left = named(QComboBox(), "Earlier version", "The version shown on the left")
        self.left.setObjectName("compareLeft")
        self.right = named(QComboBox(), "Later version", "The version shown on the right")
        self.right.setObjectName("compareRight")
        for combo in (self.left, self.right):
            combo.view().setAccessibleName("Versions")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(lambda _i: self.show_comparison())
        self.show_same = named(
            QCheckBox("Show &unchanged lines"),
            "Show unchanged lines",
            "Show every line, or only the lines that differ",
        )
        self.show_same.toggled.connect(lambda _on: self.show_comparison())
        self.summary = note(object_name="compareSummary", name="What differs")
        self.legend = note(LEGEND, "compareLegend", "Marks used")
        self.browser = named(
            QTextBrowser(),
            "Comparison",
            "The two versions side by side, section by section. Each line is marked: "
            "~ changed, + added, − removed.",
        )
        self.browser.setObjectName("compareBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setTabChangesFocus(True)
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._lay_out()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        left_label = QLabel("Earl&ier:")
        left_label.setBuddy(self.left)
        right_label = QLabel("La&ter:")
        right_label.setBuddy(self.right)
        row.addWidget(left_label)
        row.addWidget(self.left, 1)
        row.addSpacing(8)
        row.addWidget(right_label)
        row.addWidget(self.right, 1)
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend, 1)
        legend_row.addWidget(self.show_same)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addLayout(legend_row)
        layout.addWidget(self.browser, 1)
        QWidget.setTabOrder(self.left, self.right)
        QWidget.setTabOrder(self.right, self.show_same)
        QWidget.setTabOrder(self.show_same, self.browser)

    def set_versions(self, versions: Sequence[Any], chosen: Any) -> None:
        """Fill the choices; when the chosen version changes, compare it with the one
        before it (or, for the first, with the one after)."""
        moved = chosen is None or self.version is None or chosen.id != self.version.id
        self.version = chosen
        self.versions = list(versions)
        ids = [v.id for v in self.versions]
        left_id, right_id = self.left.currentData(), self.right.currentData()
        if moved and chosen is not None:
            n = ids.index(chosen.id)
            left_id, right_id = (
                (ids[n - 1], chosen.id) if n > 0 else (chosen.id, ids[min(1, len(ids) - 1)])
            )
        for combo, wanted in ((self.left, left_id), (self.right, right_id)):
            combo.blockSignals(True)
            combo.clear()
            for v in self.versions:
                combo.addItem(f"{v.label} ({label(TOR_STATUSES, v.status).lower()})", v.id)
            found = combo.findData(wanted)
            combo.setCurrentIndex(found if found >= 0 else combo.count() - 1)
            combo.blockSignals(False)
        self.show_comparison()

    def choose(self, left_id: str, right_id: str) -> None:
        self.left.setCurrentIndex(self.left.findData(left_id))
        self.right.setCurrentIndex(self.right.findData(right_id))

    def show_comparison(self) -> None:
        left_id, right_id = self.left.currentData(), self.right.currentData()
        if not left_id or not right_id:
            self.diffs = []
            self.summary.setText("There is nothing to compare yet.")
            self.browser.clear()
            return
        labels = {v.id: v.label for v in self.versions}
        try:
            self.diffs = self.terms.compare(left_id, right_id)
        except PlaceBoardError as exc:
            self.summary.setText(str(exc))
            self.browser.clear()
            return
        left, right = labels.get(left_id, ""), labels.get(right_id, "")
        self.summary.setText(summary(self.diffs, left, right))
        self.browser.setHtml(compare_html(self.diffs, left, right, self.show_same.isChecked()))
