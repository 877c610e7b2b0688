"""Each area's view, built on demand by the main window, with the keys that switch its
tabs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

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
    view.add_meeting_tab(
        AttendanceQuorumTab(services, undo_stack),
        "A&ttendance",
        "Who attended, the quorum at each item and the interests declared",
    )
    view.add_meeting_tab(
        MinutesTab(services, undo_stack), "&Minutes", "What was said and resolved at each item"
    )
    view.add_meeting_tab(
        ActionLogTab(services, undo_stack),
        "A&ctions",
        "The action log: this meeting's actions and those carried forward",
    )
    view.add_meeting_tab(
        ForwardPlanTab(services, undo_stack),
        "&Forward plan",
        "Topics planned for future meetings",
    )
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


# Ctrl+Tab and Ctrl+PgDown to the next tab, Ctrl+Shift+Tab and Ctrl+PgUp back.
TAB_KEYS = {"Ctrl+Tab": 1, "Ctrl+PgDown": 1, "Ctrl+Shift+Tab": -1, "Ctrl+PgUp": -1}


def build_view(area: Area, services: Services, undo_stack: QUndoStack) -> QWidget:
    """The view for `area`: the Overview or an area view."""
    if area.key == "overview":
        return OverviewView()
    view = VIEWS[area.key](services, undo_stack)
    bind_tab_keys(view)
    return view


def bind_tab_keys(view: QWidget) -> None:
    """The tab keys anywhere in `view`. Qt's tabs know only Ctrl+Tab, and only with the
    focus inside them (a table keeps Ctrl+PgDown to itself). Bound once, on the area's
    view: on each tab widget, tabs inside tabs would make the keys ambiguous."""
    for keys, step in TAB_KEYS.items():
        shortcut = QShortcut(QKeySequence(keys), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda step=step: next_tab(view, step))


def next_tab(view: QWidget, step: int) -> None:
    """Show the next (or, step -1, the previous) tab of the tabs that hold the focus,
    the innermost; with the focus elsewhere in the view, of its first tabs."""
    tabs = _tabs_for(view)
    if tabs is None or tabs.count() < 2:
        return
    focus = QApplication.focusWidget()
    in_page = focus is not None and tabs.currentWidget().isAncestorOf(focus)
    index = tabs.currentIndex()
    for _ in range(tabs.count()):  # over tabs that are turned off
        index = (index + step) % tabs.count()
        if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
            break
    tabs.setCurrentIndex(index)
    if in_page:  # the focus went with the page: to the tab bar, where the keys left it
        tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)


def _tabs_for(view: QWidget) -> QTabWidget | None:
    widget = QApplication.focusWidget()
    while widget is not None and widget is not view:
        if isinstance(widget, QTabWidget) and widget.isVisible():
            return widget
        widget = widget.parentWidget()
    shown = [t for t in view.findChildren(QTabWidget) if t.isVisible()]
    return shown[0] if shown else None
