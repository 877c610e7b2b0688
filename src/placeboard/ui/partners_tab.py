"""Partners: each partner organisation of the board, who votes for it and who deputises,
and where a seat is empty or has nobody to stand in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from placeboard.services import Services
from placeboard.services.membership import PartnerCover
from placeboard.ui.area_view import AreaView
from placeboard.ui.models.lines import LineProxy
from placeboard.ui.models.membership_models import PartnersModel
from placeboard.ui.record_table import RecordTable

# Organisation, Sector, Voting members (which takes the rest), Deputies, Gaps.
COLUMN_WIDTHS = (330, 230, 250, 80, 190)


def _partners(count: int) -> str:
    return f"{count} partner{'' if count == 1 else 's'}"


def gaps_summary(covers: Sequence[PartnerCover]) -> str:
    """One sentence on the gaps, e.g. "2 partners have no current voting member; 1 has
    no deputy"."""
    if not covers:
        return "This board has no partner organisations yet."
    vacant = sum(1 for c in covers if c.no_voting_member)
    no_deputy = sum(1 for c in covers if c.no_deputy)
    if not vacant and not no_deputy:
        every = "The partner has" if len(covers) == 1 else f"All {len(covers)} partners have"
        return f"{every} a current voting member and a named deputy."
    parts = []
    if vacant:
        verb = "has" if vacant == 1 else "have"
        parts.append(f"{_partners(vacant)} {verb} no current voting member")
    if no_deputy:
        verb = "has" if no_deputy == 1 else "have"
        parts.append(
            f"{no_deputy} {verb} no deputy"
            if vacant
            else f"{_partners(no_deputy)} {verb} no deputy"
        )
    return "; ".join(parts) + f" (of {_partners(len(covers))})."


class PartnersTab(AreaView):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("partnersTab")
        self.setAccessibleName("Partners")
        self.today: Callable[[], date] = date.today
        self.model = PartnersModel(self)
        self.proxy = LineProxy(self.model, self)
        self.summary = QLabel()
        self.summary.setObjectName("partnersSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Gaps in membership")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = RecordTable(
            self.proxy,
            "Partners",
            "Each partner organisation with its current voting members, deputies and gaps",
        )
        self.table.setObjectName("partnersTable")
        self.table.set_widths(COLUMN_WIDTHS, stretch=2)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        covers = (
            self.services.membership.partner_cover(self.place_id, self.today())
            if self.place_id
            else []
        )
        self.model.set_rows(covers, self.today())
        self.summary.setText(gaps_summary(covers) if self.place_id else "")
