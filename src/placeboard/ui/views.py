"""The views built so far, by area key; the other areas show a "coming" note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack

from placeboard.services import Services
from placeboard.ui.area_view import AreaView
from placeboard.ui.membership_view import MembershipView
from placeboard.ui.terms_view import TermsView

ViewFactory = Callable[[Services, QUndoStack], AreaView]

VIEWS: dict[str, ViewFactory] = {
    "membership": MembershipView,
    "terms": TermsView,
}
