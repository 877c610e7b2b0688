"""The 5 x 5 heat map of current scores: a QTableView over HeatMapModel, so it is reached
with Tab, moved in with the arrows and read cell by cell by a screen reader. Clicking a
cell, or Enter or Space on it, emits `cell_chosen(likelihood, consequence)`.

Each cell shows its count large and its score and band word small, on the band colour:
the band never rests on colour alone. The chosen cell has a thick dark ring. In high
contrast the cells are outlined in the palette's colours, the ring in its highlight.
Cells are sized from the text, so they grow with the system's text size.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.risk_matrix import (
    BAND_COLOURS,
    BAND_NAMES,
    BAND_TEXT_COLOURS,
    BANDS,
    CONSEQUENCES,
    Cell,
    Rating,
)
from placeboard.ui.models.risk_models import CELL_ROLE, HeatMapModel
from placeboard.ui.style import colour, high_contrast

RING = "#231F20"  # NHS black: the chosen cell's ring, 3.2:1 or better on every band
BIG, SMALL = 1.3, 0.8  # the count's and the score's size, against the table's font


def scaled(font: QFont, factor: float) -> QFont:
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * factor)
    return bigger


class HeatCellDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        cell = index.data(CELL_ROLE)
        rating = Rating(*cell)
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)
        painter.save()
        if high_contrast():  # the cell outlined, its words in the palette's text colour
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        else:
            painter.fillRect(rect, QColor(BAND_COLOURS[rating.band]))
            painter.setPen(QColor(BAND_TEXT_COLOURS[rating.band]))
        big = scaled(option.font, BIG)
        big.setBold(True)
        painter.setFont(big)
        top = rect.adjusted(0, 2, 0, -rect.height() // 2 + 4)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, str(index.data()))
        painter.setFont(scaled(option.font, SMALL))
        bottom = rect.adjusted(0, rect.height() // 2, 0, -2)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, rating.text())
        state = option.state
        if state & QStyle.StateFlag.State_Selected or state & QStyle.StateFlag.State_HasFocus:
            width = 4 if state & QStyle.StateFlag.State_Selected else 2
            pen = QPen(colour(RING, QPalette.ColorRole.Highlight), width)
            if not state & QStyle.StateFlag.State_Selected:
                pen.setStyle(Qt.PenStyle.DashLine)  # keyboard focus, not yet chosen
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(width // 2, width // 2, -width // 2, -width // 2))
        painter.restore()


class HeatMap(QTableView):
    cell_chosen = Signal(int, int)  # likelihood, consequence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskHeatMap")
        self.heat = HeatMapModel(self)
        self.setModel(self.heat)
        self.setAccessibleName("Risk heat map")
        self.setAccessibleDescription(
            "Open risks counted by current likelihood and consequence. Likelihood runs up "
            "the side from 1 rare to 5 almost certain, consequence along the bottom from 1 "
            "negligible to 5 catastrophic. Enter or Space on a cell shows its risks."
        )
        self.setItemDelegate(HeatCellDelegate(self))
        self.cell_width, self.cell_height = self.cell_size()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        corner = self.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:  # hidden, but a screen reader still lists it
            corner.setAccessibleName("Heat map corner")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for header, name, description in (
            (self.horizontalHeader(), "Consequence", "The columns: consequence 1 to 5"),
            (self.verticalHeader(), "Likelihood", "The rows: likelihood 5 at the top to 1"),
        ):
            header.setAccessibleName(name)
            header.setAccessibleDescription(description)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(self.cell_height)
            header.setHighlightSections(False)
            header.setSectionsClickable(False)
        self.horizontalHeader().setDefaultSectionSize(self.cell_width)
        # Consequence runs along the bottom, as on the NHS matrix: the panel labels the
        # columns under the map; the model's headers still name them to screen readers.
        self.horizontalHeader().hide()
        self.clicked.connect(self._choose)
        self.setFixedSize(self.side_width() + 5 * self.cell_width + 4, 5 * self.cell_height + 4)

    def cell_size(self) -> tuple[int, int]:
        """Wide enough for "25 Moderate" and "Catastrophic" (the label under a column),
        high enough for the count over the score, each with a margin."""
        small = QFontMetrics(scaled(self.font(), SMALL))
        big = QFontMetrics(scaled(self.font(), BIG))
        widest = max(small.horizontalAdvance(t) for t in ("25 Moderate", *CONSEQUENCES.values()))
        margin = small.averageCharWidth()
        return widest + 2 * margin, big.height() + small.height() + 2 * margin

    def side_width(self) -> int:
        return self.verticalHeader().sizeHint().width()

    def set_counts(self, counts: dict[Cell, int]) -> None:
        chosen = self.chosen_cell()
        self.heat.set_counts(counts)
        if chosen is not None:
            self.show_chosen(chosen)

    def index_of(self, cell: Cell) -> QModelIndex:
        likelihood, consequence = cell
        return self.heat.index(5 - likelihood, consequence - 1)

    def chosen_cell(self) -> Cell | None:
        rows = self.selectionModel().selectedIndexes()
        return rows[0].data(CELL_ROLE) if rows else None

    def show_chosen(self, cell: Cell | None) -> None:
        """Mark the cell the table is filtered to (None: no cell)."""
        if cell is None:
            self.clearSelection()
            return
        self.setCurrentIndex(self.index_of(cell))

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.setCurrentIndex(index)
            likelihood, consequence = index.data(CELL_ROLE)
            self.cell_chosen.emit(likelihood, consequence)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._choose(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class BandKey(QWidget):
    """The four bands as colour chips with their word and score range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bandKey")
        self.setAccessibleName("Band key")
        words = [f"{BAND_NAMES[name]} {low}–{high}" for name, low, high in BANDS]
        self.setAccessibleDescription("Score bands: " + ", ".join(words))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for (name, _low, _high), text in zip(BANDS, words, strict=True):
            chip = QLabel(text)
            chip.setAccessibleName(f"Band {text}")
            chip.setStyleSheet(  # the border stays, in the text's colour, in high contrast
                f"background: {BAND_COLOURS[name]}; color: {BAND_TEXT_COLOURS[name]}; "
                f"border: 1px solid {BAND_COLOURS[name]}; "
                "border-radius: 8px; padding: 2px 8px; font-weight: bold;"
            )
            layout.addWidget(chip)
        layout.addStretch(1)


class HeatMapPanel(QWidget):
    """The heat map with its axis titles and the band key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMapPanel")
        self.setAccessibleName("Heat map of current scores")
        self.map = HeatMap()
        title = QLabel("Open risks by current score")
        title.setObjectName("heatMapTitle")
        title.setAccessibleName("Heat map title")
        title.setStyleSheet("font-weight: bold;")
        up = QLabel("Likelihood ↑")
        up.setAccessibleName("Likelihood axis: up the side, 1 to 5")
        across = QLabel("Consequence →")
        across.setAccessibleName("Consequence axis: along the bottom, 1 to 5")
        across.setAlignment(Qt.AlignmentFlag.AlignCenter)
        small_font = scaled(self.font(), SMALL)
        columns = QHBoxLayout()
        columns.setSpacing(0)
        columns.setContentsMargins(self.map.side_width() + 2, 0, 0, 0)
        for level, name in CONSEQUENCES.items():
            column = QLabel(f"{level}\n{name}")
            column.setFont(small_font)
            column.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.setFixedWidth(self.map.cell_width)
            column.setAccessibleName(f"Consequence {level}: {name.lower()}")
            columns.addWidget(column)
        columns.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(up)
        layout.addWidget(self.map)
        layout.addLayout(columns)
        layout.addWidget(across)
        self.key = BandKey()
        layout.addWidget(self.key)
        layout.addStretch(1)
