"""Placeholder until the view is built."""

from __future__ import annotations

from placeboard.ui.area_view import AreaView


class TermsView(AreaView):
    pass
