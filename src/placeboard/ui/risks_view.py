"""The Risks area: the register (owning and contributing partners, initial, current and
target scores as number, band word and band colour, overdue reviews in words), the
5 x 5 heat map of open risks' current scores beside it, and below them the chosen
risk's detail and mitigations.

A heat-map cell, clicked or chosen with Enter or Space, filters the register to the
open risks scored there; a note says so, with a button to show all again.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.periods import uk_date
from placeboard.domain.risk_matrix import (
    BAND_NAMES,
    CONSEQUENCES,
    LIKELIHOODS,
    Cell,
    Rating,
    travel,
)
from placeboard.domain.vocab import RISK_STATUSES, label
from placeboard.services import Services
from placeboard.services.risks import RiskFilter, RiskRow
from placeboard.ui.commands import risks as commands
from placeboard.ui.heat_map import HeatMapPanel
from placeboard.ui.models.risk_models import RisksModel, mitigation_status
from placeboard.ui.record_table import RecordTab, open_rows_with
from placeboard.ui.risks_dialogs import RiskDialog, RiskReviewDialog
from placeboard.ui.risks_mitigations import MitigationsPanel

STD = QKeySequence.StandardKey
# Ref, Risk (takes the rest), Initial, Current, Target, Next review, Status, Owning
# partner, Contributing partners, Owner, Open actions: the scores first, in sight.
COLUMN_WIDTHS = (45, 200, 92, 92, 92, 150, 60, 170, 190, 130, 90)
NO_RISK = "Choose a risk in the register to see its detail and mitigations."


def _named_combo(name: str, description: str, object_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setAccessibleName(name)
    combo.setAccessibleDescription(description)
    combo.view().setAccessibleName(f"{name} choices")
    return combo


def _buddy(text: str, widget: QWidget) -> QLabel:
    label_ = QLabel(text)
    label_.setBuddy(widget)
    return label_


def cell_words(cell: Cell) -> str:
    lik, con = cell
    return (
        f"L{lik} × C{con} ({LIKELIHOODS[lik].lower()} × {CONSEQUENCES[con].lower()}, "
        f"{Rating(lik, con).text().lower()})"
    )


class RisksView(RecordTab):
    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("risksView")
        self.setAccessibleName("Risks")
        self.today = today
        self.cell: Cell | None = None  # the heat-map cell the register is filtered to
        layout = self._build(
            RisksModel(self),
            "Risk register",
            "The board's risks: owning and contributing partners, initial, current and "
            "target scores with their bands, status and next review",
            "Filter risks",
        )
        self.table.setObjectName("risksTable")
        self.summary = QLabel()
        self.summary.setObjectName("risksSummary")
        self.summary.setAccessibleName("Risk register summary")
        self.summary.setWordWrap(True)
        layout.insertWidget(0, self.summary)
        self._build_filters()
        self._build_cell_note(layout)
        self._build_panes(layout)
        self._build_actions()
        self.table.set_widths(COLUMN_WIDTHS, stretch=1)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._show_chosen)

    # -- building ----------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.band_combo = _named_combo(
            "Band", "Show only risks whose current score is in one band", "bandFilter"
        )
        self.band_combo.addItem("All bands", None)
        for key, text in BAND_NAMES.items():
            self.band_combo.addItem(text, key)
        self.status_combo = _named_combo("Status", "Show only risks of one status", "statusFilter")
        self.status_combo.addItem("All statuses", None)
        for key, text in RISK_STATUSES.items():
            self.status_combo.addItem(text, key)
        self.overdue_check = QCheckBox("Overdue revie&ws only")
        self.overdue_check.setObjectName("overdueFilter")
        self.overdue_check.setAccessibleName("Overdue reviews only")
        self.overdue_check.setAccessibleDescription(
            "Show only open risks whose review date has passed"
        )
        row = self.filter_row
        row.addWidget(_buddy("&Band:", self.band_combo))
        row.addWidget(self.band_combo)
        row.addWidget(_buddy("S&tatus:", self.status_combo))
        row.addWidget(self.status_combo)
        row.addWidget(self.overdue_check)
        for combo in (self.band_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue_check.toggled.connect(lambda _on: self.reload())

    def _build_cell_note(self, layout: QVBoxLayout) -> None:
        self.cell_note = QLabel()
        self.cell_note.setObjectName("cellFilterNote")
        self.cell_note.setAccessibleName("Heat-map filter")
        self.cell_note.setStyleSheet("font-weight: bold;")
        self.show_all_button = QPushButton("S&how all")
        self.show_all_button.setObjectName("showAllRisks")
        self.show_all_button.setAutoDefault(False)
        self.show_all_button.setAccessibleName("Show all risks")
        self.show_all_button.setAccessibleDescription("Clear the heat-map cell filter")
        self.show_all_button.clicked.connect(lambda: self.filter_to_cell(None))
        self.cell_bar = QWidget()
        self.cell_bar.setObjectName("cellFilterBar")
        self.cell_bar.setStyleSheet(
            "QWidget#cellFilterBar { background: #E8EDEE; border-left: 4px solid #005EB8; }"
        )
        bar = QHBoxLayout(self.cell_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.cell_note, 1)
        bar.addWidget(self.show_all_button)
        self.cell_bar.hide()
        layout.insertWidget(layout.indexOf(self.table), self.cell_bar)

    def _build_panes(self, layout: QVBoxLayout) -> None:
        self.heat = HeatMapPanel()
        self.heat_map = self.heat.map
        self.heat_map.cell_chosen.connect(lambda lik, con: self.filter_to_cell((lik, con)))
        self.detail = QTextBrowser()
        self.detail.setObjectName("riskDetail")
        self.detail.setAccessibleName("Chosen risk")
        self.detail.setOpenLinks(False)
        self.mitigations = MitigationsPanel(self.services, self.undo_stack, self.today)
        self.mitigations.changed.connect(self._on_mitigation_changed)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setObjectName("risksTopSplitter")
        top.setChildrenCollapsible(False)
        layout.removeWidget(self.table)
        top.addWidget(self.table)
        top.addWidget(self.heat)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 0)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setObjectName("risksBottomSplitter")
        bottom.setChildrenCollapsible(False)
        bottom.addWidget(self.detail)
        bottom.addWidget(self.mitigations)
        bottom.setSizes([560, 700])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("risksSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([360, 280])
        layout.insertWidget(layout.count() - 1, self.splitter, 1)  # above the buttons

    def _build_actions(self) -> None:
        self.add_action = self._action(
            "&Add risk…", self.open_add_dialog, "Add a risk to the board's register",
            [STD.New], needs_row=False,
        )  # fmt: skip
        self.edit_action = self._action(
            "&Edit risk…", self.open_edit_dialog,
            "Change the chosen risk: partners, scores, controls and review date", ["F2"],
        )  # fmt: skip
        self.review_action = self._action(
            "Record re&view…", self.open_review_dialog,
            "Record that the chosen risk was reviewed today, and when it is next due",
            ["Ctrl+Shift+R"],
        )  # fmt: skip
        self.close_action = self._action(
            "&Close risk", self.close_or_reopen, "Close the chosen risk today, or reopen it"
        )
        self.remove_action = self._action(
            "Re&move risk", self.remove_risk,
            "Remove the chosen risk from the register (Edit ▸ Undo brings it back)",
            [STD.Delete],
        )  # fmt: skip
        for action in (self.edit_action, self.remove_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the register only
        open_rows_with(self.table, lambda: self.edit_action.trigger())
        self._update_actions()

    # -- reading -----------------------------------------------------------------------

    def filters(self) -> RiskFilter:
        return RiskFilter(
            cell=self.cell,
            band=self.band_combo.currentData(),
            status=self.status_combo.currentData(),
            overdue_only=self.overdue_check.isChecked(),
        )

    def reload(self) -> None:
        chosen = self.current()
        today = self.today()
        rs = self.services.risks
        rows = rs.risk_rows(self.place_id, today, self.filters()) if self.place_id else []
        self.model.set_rows(rows, today)
        counts = rs.heat_map(self.place_id) if self.place_id else {}
        self.heat_map.set_counts(counts)
        self.heat_map.show_chosen(self.cell)
        self.add_action.setEnabled(self.place_id is not None)
        self.summary.setText(self._summary(rows, sum(counts.values())) if self.place_id else "")
        self._show_cell_note(len(rows))
        if chosen is None or not self.select_risk(chosen.id):
            self._show_chosen()

    @staticmethod
    def _summary(rows: list[RiskRow], open_risks: int) -> str:
        if not rows:
            return "No risks match. Clear the filters, or add a risk."
        bands = [
            f"{sum(r.current.band == k and r.status == 'open' for r in rows)} {text.lower()}"
            for k, text in BAND_NAMES.items()
        ]
        overdue = sum(r.overdue for r in rows)
        return (
            f"{len(rows)} risks shown ({open_risks} open in the register). Open risks shown "
            f"by current score: {', '.join(bands)}. {overdue} overdue for review."
        )

    def _show_cell_note(self, shown: int) -> None:
        if self.cell is None:
            self.cell_bar.hide()
            return
        self.cell_note.setText(
            f"Showing open risks scored {cell_words(self.cell)}: {shown} "
            f"risk{'' if shown == 1 else 's'}."
        )
        self.cell_note.setAccessibleDescription(self.cell_note.text())
        self.cell_bar.show()

    def current(self) -> RiskRow | None:
        item = self.table.current_item()
        return item if isinstance(item, RiskRow) else None

    def select_risk(self, risk_id: str) -> bool:
        return self.table.select_where(lambda r: r.id == risk_id)

    def filter_to_cell(self, cell: Cell | None) -> None:
        """Show only the open risks scored in this heat-map cell (None: show all)."""
        self.cell = cell
        self.reload()

    def _show_chosen(self) -> None:
        row = self.current()
        self.mitigations.set_risk(row)
        self.review_action.setEnabled(row is not None and row.status == "open")
        reopen = row is not None and row.status != "open"
        self.close_action.setText("Re&open risk" if reopen else "&Close risk")
        self.detail.setHtml(self._detail_html(row) if row else f"<p>{NO_RISK}</p>")
        self.detail.setAccessibleDescription(self.detail.toPlainText())

    def _detail_html(self, row: RiskRow) -> str:
        r = row.risk
        e = html.escape
        today = self.today()
        moved = travel(row.initial, row.current, row.target).text()

        def rating_line(name: str, rating: Rating) -> str:
            return f"<b>{name}:</b> {rating.cell_text()} = {e(rating.text())}"

        if r.review_date is None:
            review = "no next review set"
        else:
            review = f"next due {uk_date(r.review_date)}" + (
                " — <b>OVERDUE</b>" if row.overdue else ""
            )
        last = f"last reviewed {uk_date(r.last_reviewed_on)}; " if r.last_reviewed_on else ""
        status = label(RISK_STATUSES, r.status)
        if r.closed_on:
            status += f" on {uk_date(r.closed_on)}"
        actions = self.services.risks.mitigations(r.id)
        overdue_actions = sum(mitigation_status(m, today) == "Overdue" for m in actions)
        parts = [
            f"<h3>{e(r.reference)} {e(r.title)}</h3>",
            f"<p><b>Status:</b> {e(status)}. <b>Review:</b> {last}{review}.</p>",
            f"<p><b>Owning partner:</b> {e(row.owning_partner or 'none yet')}; "
            f"<b>risk owner:</b> {e(r.owner or 'not named')}.<br>"
            f"<b>Contributing partners:</b> {e(', '.join(row.contributors) or 'none')}.</p>",
            "<p>"
            + "<br>".join(
                rating_line(n, x)
                for n, x in (
                    ("Initial", row.initial),
                    ("Current", row.current),
                    ("Target", row.target),
                )
            )
            + f"<br><i>{e(moved)}.</i></p>",
            f"<p><b>Description:</b> {e(r.description or 'none recorded')}</p>",
            f"<p><b>Controls:</b> {e(r.controls or 'none recorded')}</p>",
            f"<p><b>Mitigations:</b> {row.open_mitigations} open"
            + (f", {overdue_actions} overdue" if overdue_actions else "")
            + f" of {len(actions)}.</p>",
        ]
        return "".join(parts)

    def _on_mitigation_changed(self) -> None:
        self.reload()  # the open-actions count follows the mitigation's edit
        self.changed.emit()

    # -- edits -------------------------------------------------------------------------

    def _partners(self) -> list[tuple[str, str]]:
        orgs = self.services.organisations.list_partners(str(self.place_id))
        return [(o.name, o.id) for o in orgs]

    def open_add_dialog(self) -> RiskDialog | None:
        if self.place_id is None:
            return None
        dialog = RiskDialog(self._partners(), self)
        dialog.start_new(self.today())
        place = self.place_id
        dialog.submit = lambda new: self._added(
            commands.add_risk(self.undo_stack, self.services, place, new, self.today()).id
        )
        self._open(dialog)
        return dialog

    def _added(self, risk_id: str) -> None:
        # Clear the filters that would hide the new risk, so it is seen and chosen.
        self.cell = None
        self.filter_edit.clear()
        for combo in (self.band_combo, self.status_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue_check.blockSignals(True)
        self.overdue_check.setChecked(False)
        self.overdue_check.blockSignals(False)
        self._done(risk_id)

    def open_edit_dialog(self) -> RiskDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = RiskDialog(self._partners(), self)
        dialog.start_edit(row, self.today())
        dialog.submit = lambda new: (
            commands.edit_risk(self.undo_stack, self.services, row, new) and self._done(row.id)
        )
        self._open(dialog)
        return dialog

    def open_review_dialog(self) -> RiskReviewDialog | None:
        row = self.current()
        if row is None or row.status != "open":
            return None
        today = self.today()
        dialog = RiskReviewDialog(row, today, self)
        dialog.submit = lambda next_review: (
            commands.record_review(self.undo_stack, self.services, row, today, next_review),
            self._done(row.id),
        )
        self._open(dialog)
        return dialog

    def close_or_reopen(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.status == "open":
            edit = lambda: commands.close_risk(  # noqa: E731
                self.undo_stack, self.services, row, self.today()
            )
        else:
            edit = lambda: commands.reopen_risk(self.undo_stack, self.services, row)  # noqa: E731
        if self._attempt(edit):
            self._done(row.id)

    def remove_risk(self) -> None:
        row = self.current()
        if row is not None and self._attempt(
            lambda: commands.remove_risk(self.undo_stack, self.services, row)
        ):
            self._after_edit()

    def _done(self, risk_id: str) -> None:
        self._after_edit(lambda r: r.id == risk_id)
