"""Terms of reference: the board's versions on the left; the chosen version's sections,
approvals, quorum and a comparison with another version on the right.

A version is drafted, sent to the partner organisations, and agreed when the last of
them approves it (the service enforces this). Every edit is an undoable command on the
window's one stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.errors import PlaceBoardError
from placeboard.domain.periods import uk_date
from placeboard.domain.vocab import TOR_STATUSES, label
from placeboard.services import Services
from placeboard.services.terms import review_sentence
from placeboard.ui.area_view import AreaView
from placeboard.ui.commands import terms as commands
from placeboard.ui.error_dialog import error_box
from placeboard.ui.metric_model import SORT_ROLE
from placeboard.ui.record_table import MenuTable, open_rows_with
from placeboard.ui.terms_tabs import (
    ApprovalsTab,
    CompareTab,
    QuorumTab,
    SectionsTab,
    TorTab,
    make_button,
    named,
    note,
    setup_table,
)
from placeboard.ui.tor_dialogs import NewVersionDialog, suggest_label
from placeboard.ui.tor_models import AMBER_FILL, ID_ROLE, VersionTableModel

BANNER_STYLE = (
    f"QLabel#reviewBanner {{ background: {AMBER_FILL}; color: #231F20; "
    "border: 1px solid #ED8B00; border-left: 6px solid #ED8B00; padding: 6px 10px; }"
)
NO_PLACE = "Choose a board in the place switcher to see its terms of reference."
NO_VERSIONS = (
    "This board has no terms of reference yet. Use “New version…” to start a first draft "
    "from the standard sections, then send it to the partner organisations for approval."
)


class TermsView(AreaView):
    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("termsView")
        self.setAccessibleName("Terms of reference")
        self.terms = services.terms
        self.today = today
        self.version_id: str | None = None
        self.versions: list[Any] = []
        self.dialog: NewVersionDialog | None = None
        self.message_box: QMessageBox | None = None
        self._loading = False

        self.model = VersionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._build()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel("Terms of reference")
        title.setObjectName("titleLabel")
        self.banner = note(object_name="reviewBanner", name="Review overdue")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.empty_note = note(NO_PLACE, "placeLine", "About the terms of reference")

        # Versions above, the chosen one below: the table's six columns and the
        # side-by-side comparison both need the full width of a laptop screen.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("termsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._versions_pane())
        splitter.addWidget(self._version_pane())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 500])  # room for five versions before the table scrolls
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty_note)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.send_button)
        QWidget.setTabOrder(self.send_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.tabs)

    def _versions_pane(self) -> QWidget:
        self.table = setup_table(
            MenuTable(),
            "Versions",
            "Every version of the terms of reference with its status, dates and approvals. "
            "Choose one to see it on the right.",
        )
        self.table.setObjectName("versionsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        open_rows_with(self.table, lambda: self.tabs.setFocus())
        self.remove_action = QAction("Remove draft", self.table)
        self.remove_action.setShortcuts(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(lambda _checked=False: self.remove_draft())
        self.table.addAction(self.remove_action)

        self.new_button = make_button(
            "&New version from this…",
            "Start a new draft as a copy of the chosen version's sections and quorum",
            self.open_new_version_dialog,
        )
        self.send_button = make_button(
            "Sen&d for approval",
            "Send the chosen draft to every partner organisation for approval",
            self.send_for_approval,
        )
        self.remove_button = make_button(
            "&Remove draft",
            "Remove the chosen draft (Delete); Undo brings it back",
            self.remove_draft,
        )
        pane = QWidget()
        layout = QHBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.table, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table.setMinimumHeight(90)
        return pane

    def _version_pane(self) -> QWidget:
        self.heading = note(object_name="versionHeading", name="Chosen version")
        self.heading.setWordWrap(False)  # one line; the dates beside it wrap instead
        self.details = note(object_name="versionDetails", name="Dates of the chosen version")
        self.sections_tab = SectionsTab(self.services, self.undo_stack, self.today)
        self.approvals_tab = ApprovalsTab(self.services, self.undo_stack, self.today)
        self.quorum_tab = QuorumTab(self.services, self.undo_stack, self.today)
        self.compare_tab = CompareTab(self.services, self.undo_stack, self.today)
        self.tabs = named(
            QTabWidget(), "Version details", "Sections, approvals, quorum and comparison"
        )
        self.tabs.setObjectName("versionTabs")
        for tab, text, tip in (
            (self.sections_tab, "&Sections", "The sections of the chosen version's text"),
            (self.approvals_tab, "&Approvals", "Each partner organisation's approval of it"),
            (self.quorum_tab, "&Quorum", "The quorum: how many voting members, from which sectors"),
            (self.compare_tab, "&Compare", "What changed between two versions"),
        ):
            index = self.tabs.addTab(tab, text)
            self.tabs.setTabToolTip(index, tip)
            tab.setAccessibleName(text.replace("&", ""))
            tab.edited.connect(self._after_edit)
        self.tabs.tabBar().setAccessibleName("Version details tabs")
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addSpacing(16)
        title_row.addWidget(self.details, 1)
        layout.addLayout(title_row)
        layout.addWidget(self.tabs, 1)
        return pane

    @property
    def all_tabs(self) -> tuple[TorTab, ...]:
        return (self.sections_tab, self.approvals_tab, self.quorum_tab, self.compare_tab)

    # -- showing -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the versions again, keeping the chosen one when it is still there."""
        if self.place_id is None:
            self.versions = []
            self.model.set_rows([])
            self._show_version(None)
            self._show_banner()
            return
        rows = self.terms.version_rows(self.place_id, self.today())
        self.versions = [r.version for r in rows]
        ids = [v.id for v in self.versions]
        if self.version_id not in ids:
            agreed = [v.id for v in self.versions if v.status == "agreed"]
            self.version_id = (agreed or ids or [None])[-1]
        self._loading = True
        self.model.set_rows(rows)
        self._select(self.version_id)
        self._loading = False
        self._show_version(self.version())
        self._show_banner()

    def version(self) -> Any:
        return next((v for v in self.versions if v.id == self.version_id), None)

    def select_version(self, version_id: str) -> None:
        """Choose a version, as clicking its row does."""
        self._select(version_id)

    def _select(self, version_id: str | None) -> None:
        row = self.model.row_of(version_id) if version_id else -1
        if row < 0:
            self.table.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._loading or not selected.indexes():
            return
        wanted = selected.indexes()[0].data(ID_ROLE)
        if wanted == self.version_id:
            return
        if not self.sections_tab.leave():
            self._loading = True
            self._select(self.version_id)  # the unsaved words were refused: stay
            self._loading = False
            return
        self.version_id = wanted
        self._show_version(self.version())

    def _show_version(self, version: Any) -> None:
        has_place = self.place_id is not None
        self.empty_note.setVisible(not self.versions)
        self.empty_note.setText(NO_VERSIONS if has_place else NO_PLACE)
        self.splitter.setVisible(has_place)
        self.tabs.setEnabled(version is not None)
        self.sections_tab.set_version(version)
        self.approvals_tab.set_version(version)
        self.quorum_tab.set_version(version)
        self.compare_tab.set_versions(self.versions, version)
        self._show_heading(version)
        draft = version is not None and version.status == "draft"
        self.new_button.setEnabled(has_place)
        self.new_button.setText("&New version from this…" if version else "&New version…")
        self.send_button.setEnabled(draft)
        self.remove_button.setEnabled(draft)
        self.remove_action.setEnabled(draft)

    def _show_heading(self, version: Any) -> None:
        if version is None:
            self.heading.setText("")
            self.details.setText("")
            return
        status = label(TOR_STATUSES, version.status)
        self.heading.setText(f"{version.label} — {status}")
        parts = []
        if version.effective_from:
            parts.append(f"Effective from {uk_date(version.effective_from)}")
        if version.agreed_on:
            parts.append(f"agreed on {uk_date(version.agreed_on)}")
        if version.review_date:
            parts.append(f"review by {uk_date(version.review_date)}")
        text = " · ".join(parts) or "No dates yet."
        self.details.setText(text[0].upper() + text[1:])

    def _show_banner(self) -> None:
        overdue = self.terms.review_overdue(self.place_id, self.today()) if self.place_id else None
        self.banner.setVisible(overdue is not None)
        self.banner.setText(f"⚠ Review overdue. {review_sentence(overdue)}" if overdue else "")

    # -- editing -----------------------------------------------------------------------

    def _after_edit(self) -> None:
        self.reload()
        self.changed.emit()

    def _run(self, edit: Callable[[], Any]) -> Any:
        try:
            result = edit()
        except PlaceBoardError as exc:
            box = error_box(self, exc)
            box.setWindowTitle("Terms of reference")
            self.message_box = box
            box.open()
            return None
        self._after_edit()
        return result

    def open_new_version_dialog(self) -> NewVersionDialog | None:
        if self.place_id is None or not self.sections_tab.leave():
            return None
        source = self.version()
        labels = [v.label for v in self.versions]
        previous = self.dialog
        if previous is not None and not previous.isVisible():
            previous.setParent(None)  # let the old one go
        dialog = NewVersionDialog(
            source.label if source else "the standard sections",
            suggest_label(labels),
            lambda text: self._create_version(source, text),
            self,
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def _create_version(self, source: Any, text: str) -> None:
        """Called by the dialog; raises on refusal so the dialog shows the sentence."""
        place_id = self.place_id
        assert place_id is not None
        if source is None:
            created = commands.first_version(
                self.undo_stack, self.terms, place_id, text, self.today()
            )
        else:
            created = commands.new_version(self.undo_stack, self.terms, source.id, text)
        self.version_id = created.id
        self._after_edit()
        self.tabs.setCurrentWidget(self.sections_tab)

    def send_for_approval(self) -> None:
        version = self.version()
        if version is None or not self.sections_tab.leave():
            return
        self._run(
            lambda: commands.send_for_approval(
                self.undo_stack, self.terms, version.id, version.label
            )
        )

    def remove_draft(self) -> None:
        version = self.version()
        if version is None:
            return
        self._run(
            lambda: commands.remove_draft(self.undo_stack, self.terms, version.id, version.label)
        )
