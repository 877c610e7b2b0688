"""Table models of the Risks view: the register, the chosen risk's mitigations and the
5 x 5 heat map. Scores read as number and band word, with the band's colour behind;
overdue reviews and actions are flagged in words, never by colour alone."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from placeboard.domain.periods import uk_short
from placeboard.domain.rag import milestone_overdue
from placeboard.domain.risk_matrix import (
    BAND_COLOURS,
    BAND_TEXT_COLOURS,
    CONSEQUENCES,
    LEVELS,
    LIKELIHOODS,
    Cell,
    Rating,
)
from placeboard.domain.vocab import RISK_STATUSES, label
from placeboard.services.risks import RiskRow
from placeboard.ui.models.lines import (
    LAST_DAY,
    ROLE,
    Index,
    Line,
    LineModel,
    Look,
    date_key,
    text_key,
)
from placeboard.ui.style import high_contrast

BAND_ROLE = int(ROLE.UserRole) + 11  # the band key of a score cell or heat-map cell
CELL_ROLE = int(ROLE.UserRole) + 12  # a heat-map cell's (likelihood, consequence)


def band_brushes(band: str) -> dict[int, QBrush]:
    """The band's fill and text; none in high contrast (the band word is in the text)."""
    if high_contrast():
        return {}
    return {
        ROLE.BackgroundRole: QBrush(QColor(BAND_COLOURS[band])),
        ROLE.ForegroundRole: QBrush(QColor(BAND_TEXT_COLOURS[band])),
    }


def review_text(row: RiskRow) -> str:
    review = row.review_date
    if review is None:
        return "Not set"
    return f"{uk_short(review)} — overdue" if row.overdue else uk_short(review)


class RisksModel(LineModel[RiskRow]):
    COLUMNS = (
        "Ref", "Risk", "Initial", "Current", "Target", "Next review", "Status",
        "Owning partner", "Contributing partners", "Owner", "Open actions",
    )  # fmt: skip
    SCORE_COLUMNS = {2: "initial", 3: "current", 4: "target"}
    RIGHT_ALIGNED = frozenset({10})

    def make_line(self, item: RiskRow) -> Line:
        status = label(RISK_STATUSES, item.status)
        flags = ["Review overdue"] if item.overdue else []
        return Line(
            texts=(
                item.reference,
                item.title,
                item.initial.text(),
                item.current.text(),
                item.target.text(),
                review_text(item),
                status,
                item.owning_partner,
                ", ".join(item.contributors),
                item.risk.owner,
                str(item.open_mitigations),
            ),
            keys=(
                text_key(item.reference),
                text_key(item.title),
                item.initial.score,
                item.current.score,
                item.target.score,
                date_key(item.review_date, LAST_DAY),
                text_key(status),
                text_key(item.owning_partner),
                text_key(", ".join(item.contributors)),
                text_key(item.risk.owner),
                item.open_mitigations,
            ),
            look=Look.ALERT
            if item.overdue
            else (Look.PAST if item.status != "open" else Look.PLAIN),
            tip=f"{item.reference} {item.title}: current score {item.current.text()}",
            note="; ".join([f"Current score {item.current.text()}", status, *flags]),
        )

    def data(self, index: Index, role: int = 0) -> Any:
        when = self.SCORE_COLUMNS.get(index.column()) if index.isValid() else None
        if when is not None and role in (ROLE.BackgroundRole, ROLE.ForegroundRole, BAND_ROLE):
            rating: Rating = getattr(self.item(index.row()), when)
            return rating.band if role == BAND_ROLE else band_brushes(rating.band).get(role)
        return super().data(index, role)


def mitigation_status(m: Any, today: date) -> str:
    if m.done_on is not None:
        return f"Done {uk_short(m.done_on)}"
    return "Overdue" if milestone_overdue(m.due_date, m.done_on, today) else "Open"


class MitigationsModel(LineModel[Any]):
    COLUMNS = ("Action", "Owner", "Due", "Status")

    def make_line(self, item: Any) -> Line:
        status = mitigation_status(item, self.today)
        overdue = status == "Overdue"
        return Line(
            texts=(
                item.action,
                item.owner,
                uk_short(item.due_date) if item.due_date else "",
                status,
            ),
            keys=(
                text_key(item.action),
                text_key(item.owner),
                date_key(item.due_date, LAST_DAY),
                (item.done_on is not None, not overdue, date_key(item.done_on)),
            ),
            look=Look.ALERT if overdue else (Look.PAST if item.done_on else Look.PLAIN),
            tip=item.action,
            note=status,
        )


def cell_of(row: int, column: int) -> Cell:
    """Likelihood runs up the side (5 at the top), consequence along the bottom."""
    return (LEVELS[-1] - row, column + 1)


def cell_sentence(cell: Cell, count: int) -> str:
    """ "Likelihood 4 likely × consequence 3 moderate: score 12, high, 2 risks"."""
    words = Rating(*cell).describe()
    return f"{words[0].upper()}{words[1:]}, {count} risk{'' if count == 1 else 's'}"


class HeatMapModel(QAbstractTableModel):
    """The 25 cells of the matrix with the count of open risks currently in each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[Cell, int] = {}

    def set_counts(self, counts: dict[Cell, int]) -> None:
        self.beginResetModel()
        self.counts = dict(counts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(LEVELS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LEVELS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = cell_of(index.row(), index.column())
        count = self.counts.get(cell, 0)
        rating = Rating(*cell)
        if role == ROLE.DisplayRole:
            return str(count)
        if role in (ROLE.AccessibleTextRole, ROLE.ToolTipRole):
            return cell_sentence(cell, count)
        if role == ROLE.AccessibleDescriptionRole:
            return "Press Enter or Space to show these risks in the register"
        if role == BAND_ROLE:
            return rating.band
        if role == CELL_ROLE:
            return cell
        if role in (ROLE.BackgroundRole, ROLE.ForegroundRole):
            return band_brushes(rating.band).get(role)
        if role == ROLE.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical:
            level = LEVELS[-1] - section
            name = LIKELIHOODS[level]
            what = "Likelihood"
        else:
            level = section + 1
            name = CONSEQUENCES[level]
            what = "Consequence"
        if role == ROLE.DisplayRole:
            return f"{level} {name}"
        if role in (ROLE.AccessibleTextRole, ROLE.ToolTipRole):
            return f"{what} {level}: {name.lower()}"
        return None
