"""Models of the Meetings view: the place's meetings, and a meeting's agenda with its
Part I and Part II sections, whose items can be dragged into a new order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from placeboard.domain.periods import uk_date
from placeboard.domain.vocab import ITEM_FOR, MEETING_FORMATS, MEETING_STATUSES
from placeboard.services.agenda import AgendaItem, Meeting
from placeboard.ui.commands.meetings import Order, move
from placeboard.ui.models.lines import Line, LineModel, Look, date_key, text_key

Index = QModelIndex | QPersistentModelIndex
ROLE = Qt.ItemDataRole
ITEM_MIME = "application/x-placeboard-agenda-item"
PART_HEADINGS = {
    1: "Part I: open to the press and public",
    2: "Part II: confidential, the press and public excluded",
}
ROMAN = {1: "I", 2: "II"}


class MeetingsModel(LineModel[Meeting]):
    COLUMNS = ("Date", "Time", "Status", "Format", "Venue")

    def make_line(self, m: Meeting) -> Line:
        status = MEETING_STATUSES.get(m.status, m.status)
        cancelled = m.status == "cancelled"
        return Line(
            texts=(
                uk_date(m.meeting_date),
                m.start_time,
                status,
                MEETING_FORMATS.get(m.format, m.format),
                m.venue,
            ),
            keys=(
                date_key(m.meeting_date) + m.start_time,
                m.start_time,
                status,
                m.format,
                text_key(m.venue),
            ),
            look=Look.PAST if cancelled else Look.PLAIN,
            tip=m.title,
            note="Cancelled meeting" if cancelled else "",
        )


@dataclass(frozen=True)
class AgendaRow:
    """A row of the agenda table: a part's heading (item None) or an item."""

    part: int
    item: AgendaItem | None = None
    number: int = 0
    papers: str = ""


def papers_text(has_paper: bool, pdfs: int) -> str:
    if not has_paper:
        return ""
    files = f", {pdfs} PDF{'s' if pdfs != 1 else ''}" if pdfs else ""
    return f"Cover sheet{files}"


def time_text(item: AgendaItem) -> str:
    allowed = f"{item.minutes_allowed} min" if item.minutes_allowed else ""
    return " · ".join(t for t in (item.start_time, allowed) if t)


class AgendaModel(QAbstractTableModel):
    """The agenda in order: Part I's heading and items, then Part II's. An item dragged
    and dropped asks for a new order through `move_requested` (the tab makes the edit,
    an undoable one, and reads the agenda back)."""

    COLUMNS = ("No.", "Part", "Title", "Item for", "Intended outcome", "Lead", "Time", "Topics",
               "Papers")  # fmt: skip
    move_requested = Signal(list)  # the new Order

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AgendaRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_agenda(
        self, items: Sequence[AgendaItem], papers: dict[str, bool], pdfs: dict[str, int]
    ) -> None:
        """Items in agenda order; papers/pdfs: per item id, whether it has a cover sheet
        and how many PDFs are attached."""
        self.beginResetModel()
        rows: list[AgendaRow] = []
        number = 0
        for part in (1, 2):
            rows.append(AgendaRow(part))
            for item in (i for i in items if i.part == part):
                number += 1
                text = papers_text(papers.get(item.id, False), pdfs.get(item.id, 0))
                rows.append(AgendaRow(part, item, number, text))
        self.rows = rows
        self.endResetModel()

    def order(self) -> Order:
        return [(r.item.id, r.part) for r in self.rows if r.item is not None]

    def row_of(self, item_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.item and r.item.id == item_id), -1)

    def order_for_drop(self, item_id: str, target_row: int) -> Order:
        """The order with the item put where row `target_row` is now (before it), in the
        part whose heading is above that place."""
        part, index = 1, 0
        for row in self.rows[: max(0, target_row)]:
            if row.item is None:
                part = row.part
            elif row.item.id != item_id:
                index += 1
        return move(self.order(), item_id, index, part)

    # -- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == ROLE.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if row.item is None:
            return self._heading_data(row, index.column(), role)
        if role in (ROLE.DisplayRole, ROLE.AccessibleTextRole, ROLE.ToolTipRole):
            return self._cells(row)[index.column()] or None
        if role == ROLE.AccessibleDescriptionRole:
            return f"Item {row.number}, Part {ROMAN[row.part]}"
        if role == ROLE.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _heading_data(self, row: AgendaRow, column: int, role: int) -> Any:
        if role in (ROLE.DisplayRole, ROLE.AccessibleTextRole):
            return PART_HEADINGS[row.part] if column == 0 else None
        if role == ROLE.FontRole:
            return self._bold
        return None

    @staticmethod
    def _cells(row: AgendaRow) -> tuple[str, ...]:
        item = row.item
        assert item is not None
        return (
            str(row.number),
            ROMAN[row.part],
            item.title,
            ITEM_FOR.get(item.item_for, item.item_for),
            " ".join(item.intended_outcome.split()),
            item.lead,
            time_text(item),
            item.topics,
            row.papers,
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows
        if self.rows[index.row()].item is None:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    # -- drag and drop -----------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        items = [self.rows[i.row()].item for i in indexes if i.isValid()]
        chosen = next((i for i in items if i is not None), None)
        if chosen is not None:
            data.setData(ITEM_MIME, QByteArray(chosen.id.encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(ITEM_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = bytes(data.data(ITEM_MIME).data()).decode()
        if self.row_of(item_id) < 0:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        order = self.order_for_drop(item_id, row)
        if order != self.order():
            self.move_requested.emit(order)
        # False: the view must not remove the dragged row; the tab reads the agenda back.
        return False
