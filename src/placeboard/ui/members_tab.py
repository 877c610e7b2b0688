"""Members: who sits on the board, for which partner, in which role, with deputies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QInputDialog, QWidget

from placeboard.services import Services
from placeboard.services.membership import MemberRow
from placeboard.ui.commands import membership as commands
from placeboard.ui.commands.membership import DeputyInput, MemberInput
from placeboard.ui.deputy_dialog import DeputyDialog
from placeboard.ui.membership_dialog import EndMembershipDialog, MembershipDialog
from placeboard.ui.models.membership_models import MembersModel
from placeboard.ui.record_dialog import describe_choice_dialog
from placeboard.ui.record_table import RecordTab, open_rows_with

STD = QKeySequence.StandardKey
# Person, Organisation, Sector, Role, Voting, From, To, Deputies (which takes the rest).
COLUMN_WIDTHS = (170, 240, 140, 130, 60, 90, 140, 160)


class MembersTab(RecordTab):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("membersTab")
        self.setAccessibleName("Members")
        self.today: Callable[[], date] = date.today
        self._build(
            MembersModel(self),
            "Members",
            "The board's members: person, organisation, role, vote, dates and deputies",
            "Filter members",
        )
        self.table.setObjectName("membersTable")
        self.show_past = QCheckBox("Show past mem&bers")
        self.show_past.setAccessibleName("Show past members")
        self.show_past.setAccessibleDescription(
            "Also list memberships that have ended, in grey italics, marked ended"
        )
        self.show_past.toggled.connect(self.proxy.set_show_past)
        self.proxy.set_show_past(False)
        self.filter_row.addWidget(self.show_past)
        self.setTabOrder(self.filter_edit, self.show_past)  # beside the filter, before the table
        self._build_actions()
        open_rows_with(self.table, lambda: self.edit_action.trigger())
        self.table.set_widths(COLUMN_WIDTHS, stretch=7)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _build_actions(self) -> None:
        self.add_action = self._action(
            "&Add member…",
            self.open_add_dialog,
            "Add a member to the board, as someone already recorded or someone new",
            [STD.New, "Ctrl+Shift+M"],
            needs_row=False,
        )
        self.edit_action = self._action(
            "Ed&it…", self.open_edit_dialog, "Change the chosen membership", ["F2"]
        )
        self.end_action = self._action(
            "E&nd membership…",
            self.open_end_dialog,
            "Give the last day of the chosen membership; the member stays as a past member",
        )
        self.deputy_action = self._action(
            "Name dep&uty…", self.open_deputy_dialog, "Name a deputy for the chosen member"
        )
        self.remove_deputy_action = self._action(
            "Remove deput&y", self.remove_deputy, "Remove a deputy of the chosen member"
        )
        self.remove_action = self._action(
            "Rem&ove",
            self.remove_member,
            "Remove the chosen membership from the records (Edit ▸ Undo brings it back)",
        )
        self.remove_action.setShortcut(QKeySequence(STD.Delete))
        # Delete only means "remove" in the table: in the filter box it deletes text.
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._update_actions()

    def _can(self, action: QAction) -> bool:
        if action is self.remove_deputy_action:
            row = self.current()
            return row is not None and bool(row.deputies)
        return True

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.current()
        rows = self.services.membership.list_members(self.place_id) if self.place_id else []
        self.model.set_rows(rows, self.today())
        self.add_action.setEnabled(self.place_id is not None)
        if chosen is not None:
            self.select_membership(chosen.membership.id)

    def current(self) -> MemberRow | None:
        item = self.table.current_item()
        return item if isinstance(item, MemberRow) else None

    def select_membership(self, membership_id: str) -> bool:
        return self.table.select_where(lambda r: r.membership.id == membership_id)

    # -- add and edit ------------------------------------------------------------------

    def _dialog_choices(self) -> tuple[list[Any], list[Any]]:
        place = str(self.place_id)
        return (
            self.services.membership.list_people(place),
            self.services.organisations.list_partners(place),
        )

    def open_add_dialog(self) -> MembershipDialog | None:
        if self.place_id is None:
            return None
        people, partners = self._dialog_choices()
        dialog = MembershipDialog(people, partners, self)
        dialog.start_new(self.today())
        dialog.submit = self._add
        self._open(dialog)
        return dialog

    def _add(self, new: MemberInput) -> None:
        added = commands.add_member(self.undo_stack, self.services, str(self.place_id), new)
        if added.membership.end_date is not None and added.membership.end_date < self.today():
            self.show_past.setChecked(True)  # or the new row would not show
        self._after_edit(lambda r: r.membership.id == added.membership.id)

    def open_edit_dialog(self) -> MembershipDialog | None:
        row = self.current()
        if row is None:
            return None
        people, partners = self._dialog_choices()
        dialog = MembershipDialog(people, partners, self)
        dialog.start_edit(row)
        dialog.submit = lambda new: self._edit(row, new)
        self._open(dialog)
        return dialog

    def _edit(self, row: MemberRow, new: MemberInput) -> None:
        if commands.edit_member(self.undo_stack, self.services, row, new):
            self._after_edit(lambda r: r.membership.id == row.membership.id)

    def open_end_dialog(self) -> EndMembershipDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = EndMembershipDialog(row, self.today(), self)
        dialog.submit = lambda end: self._end(row, end)
        self._open(dialog)
        return dialog

    def _end(self, row: MemberRow, end: date) -> None:
        commands.end_membership(self.undo_stack, self.services, row, end)
        if end < self.today():
            self.show_past.setChecked(True)  # keep the row in sight, now marked ended
        self._after_edit(lambda r: r.membership.id == row.membership.id)

    # -- deputies ----------------------------------------------------------------------

    def open_deputy_dialog(self) -> DeputyDialog | None:
        row = self.current()
        if row is None:
            return None
        people = self.services.membership.list_people(str(self.place_id))
        dialog = DeputyDialog(row, people, self.today(), self)
        dialog.submit = lambda new: self._name_deputy(row, new)
        self._open(dialog)
        return dialog

    def _name_deputy(self, row: MemberRow, new: DeputyInput) -> None:
        commands.name_deputy(self.undo_stack, self.services, row, new)
        self._after_edit(lambda r: r.membership.id == row.membership.id)

    def remove_deputy(self, person_id: str | None = None) -> None:
        """Remove the chosen member's deputy; with several, ask which first."""
        row = self.current()
        if row is None or not row.deputies:
            return
        if person_id is None and len(row.deputies) > 1:
            self._ask_which_deputy(row)
            return
        deputy = next((d for d in row.deputies if d.id == person_id), row.deputies[0])
        if self._attempt(
            lambda: commands.remove_deputy(
                self.undo_stack, self.services, row, deputy.id, deputy.full_name
            )
        ):
            self._after_edit(lambda r: r.membership.id == row.membership.id)

    def _ask_which_deputy(self, row: MemberRow) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Remove deputy")
        dialog.setAccessibleName("Remove which deputy")
        dialog.setAccessibleDescription("Choose which of the member's deputies to remove")
        dialog.setLabelText(f"Which deputy of {row.person.full_name} should be removed?")
        dialog.setComboBoxItems([d.full_name for d in row.deputies])
        dialog.setOkButtonText("Remove deputy")
        combo = dialog.findChild(QComboBox)
        describe_choice_dialog(
            dialog,
            ("Deputy to remove", "One of the member's named deputies"),
            ("Remove deputy", "Remove the chosen deputy"),
            "Remove nobody",
        )
        # By position, not by name: two deputies may share a name.
        dialog.accepted.connect(lambda: self.remove_deputy(row.deputies[combo.currentIndex()].id))
        self._open(dialog)
        return dialog

    # -- removing ----------------------------------------------------------------------

    def remove_member(self) -> None:
        row = self.current()
        if row is not None and self._attempt(
            lambda: commands.remove_member(self.undo_stack, self.services, row)
        ):
            self._after_edit()
