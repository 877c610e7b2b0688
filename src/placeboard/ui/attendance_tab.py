"""Placeholder until the attendance tab is built."""

from __future__ import annotations

from placeboard.ui.area_view import AreaView


class AttendanceTab(AreaView):
    pass
