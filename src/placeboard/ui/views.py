"""Each area's view, built on demand by the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from placeboard.services import Services
from placeboard.ui.action_log_tab import ActionLogTab
from placeboard.ui.area_view import AreaView
from placeboard.ui.areas import Area
from placeboard.ui.forward_plan_tab import ForwardPlanTab
from placeboard.ui.icb_view import IcbView
from placeboard.ui.meeting_attendance_tab import AttendanceQuorumTab
from placeboard.ui.meetings_view import MeetingsView
from placeboard.ui.membership_view import MembershipView
from placeboard.ui.metrics_view import MetricsView
from placeboard.ui.minutes_tab import MinutesTab
from placeboard.ui.overview_view import OverviewView
from placeboard.ui.packs_view import PacksView
from placeboard.ui.priorities_view import PrioritiesView
from placeboard.ui.risks_view import RisksView
from placeboard.ui.stages_view import StagesView
from placeboard.ui.sync_view import SyncView
from placeboard.ui.terms_view import TermsView

ViewFactory = Callable[[Services, QUndoStack], AreaView]


def meetings_view(services: Services, undo_stack: QUndoStack) -> MeetingsView:
    """The Meetings view with its tabs: agenda (its own), then the record of the meeting."""
    view = MeetingsView(services, undo_stack)
    view.add_meeting_tab(AttendanceQuorumTab(services, undo_stack), "A&ttendance")
    view.add_meeting_tab(MinutesTab(services, undo_stack), "&Minutes")
    view.add_meeting_tab(ActionLogTab(services, undo_stack), "A&ctions")
    view.add_meeting_tab(ForwardPlanTab(services, undo_stack), "&Forward plan")
    return view


VIEWS: dict[str, ViewFactory] = {
    "membership": MembershipView,
    "terms": TermsView,
    "stages": StagesView,
    "priorities": PrioritiesView,
    "metrics": MetricsView,
    "meetings": meetings_view,
    "risks": RisksView,
    "sync": SyncView,
    "packs": PacksView,
    "icb": IcbView,
}


def build_view(area: Area, services: Services, undo_stack: QUndoStack) -> QWidget:
    """The view for `area`: the Overview or an area view."""
    if area.key == "overview":
        return OverviewView()
    return VIEWS[area.key](services, undo_stack)
