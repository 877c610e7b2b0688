"""The Membership area: members, partners, declarations of interest and attendance,
one tab each, all showing the same place."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from placeboard.services import Services
from placeboard.ui.area_view import AreaView
from placeboard.ui.attendance_tab import AttendanceTab
from placeboard.ui.declarations_tab import DeclarationsTab
from placeboard.ui.members_tab import MembersTab
from placeboard.ui.partners_tab import PartnersTab


class MembershipView(AreaView):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("membershipView")
        self.setAccessibleName("Membership")
        self.members = MembersTab(services, undo_stack)
        self.partners = PartnersTab(services, undo_stack)
        self.declarations = DeclarationsTab(services, undo_stack)
        self.attendance = AttendanceTab(services, undo_stack)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("membershipTabs")
        self.tabs.setAccessibleName("Membership")
        self.tabs.setAccessibleDescription(
            "Members, partner organisations, declarations of interest and attendance"
        )
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName("Membership tabs")
        self.tabs.tabBar().setAccessibleDescription("Choose what to show about the membership")
        self.tab_views: list[AreaView] = [
            self.members,
            self.partners,
            self.declarations,
            self.attendance,
        ]
        for view, title, tip in zip(
            self.tab_views,
            ("&Members", "Pa&rtners", "&Declarations of interest", "A&ttendance"),
            (
                "Who sits on the board, for which partner, in which role, with deputies",
                "Each partner organisation and whether it has a voting member and a deputy",
                "The register of interests declared by members and deputies",
                "Attendance rates per member and per organisation over a period",
            ),
            strict=True,
        ):
            index = self.tabs.addTab(view, title)
            self.tabs.setTabToolTip(index, tip)
            view.changed.connect(lambda v=view: self._on_tab_changed(v))
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

    def _on_tab_changed(self, edited: AreaView) -> None:
        # A member added on one tab is a person for the declarations and closes a
        # partner's gap on another: the other tabs read again (the edited one has).
        for view in self.tab_views:
            if view is not edited:
                view.reload()
        self.changed.emit()
