"""RAG on screen, always as colour and word: a chip delegate for table cells, the key
of the scale, and a small history chart of one priority's RAG over time.

The chart is drawn with QPainter (no pyqtgraph: it would cost start-up time for a band
of coloured steps). Its accessible description lists the changes in words.

In high contrast the chips and steps lose their fills: outlined in the palette's text
colour, they keep their words (and the chart its step edges). Sizes follow the font.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from placeboard.domain.periods import MONTH_ABBR, uk_date
from placeboard.domain.rag import RagStep
from placeboard.domain.vocab import RAG, RAG_COLOURS, RAG_MEANINGS, RAG_TEXT_COLOURS, label
from placeboard.ui.models.priority_models import RAG_ROLE
from placeboard.ui.style import (
    NHS_DARK_BLUE,
    NHS_DARK_GREY,
    colour,
    high_contrast,
    palette_colour,
)

KEY_WORDS = {
    "red": "Red",
    "amber": "Amber",
    "green": "Green",
    "blue": "Blue = complete",
    "grey": "Grey = not started",
}


def chip_style(rag: str) -> str:
    """A chip's style sheet. Its border is the fill's colour: in high contrast the fill
    goes and the border stays, in the palette's text colour, around the word."""
    return (
        f"background: {RAG_COLOURS[rag]}; color: {RAG_TEXT_COLOURS[rag]}; "
        f"border: 1px solid {RAG_COLOURS[rag]}; "
        "border-radius: 8px; padding: 2px 8px; font-weight: bold;"
    )


class RagChipDelegate(QStyledItemDelegate):
    """Paints a cell whose model gives RAG_ROLE as a coloured chip with its word."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rag = index.data(RAG_ROLE)
        if rag not in RAG_COLOURS:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""  # the background and selection as usual; the chip on top
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        metrics = QFontMetrics(option.font)
        pad = metrics.averageCharWidth()
        width = min(option.rect.width() - pad, metrics.horizontalAdvance(text) + 2 * pad + 4)
        chip = QRect(option.rect.left() + 4, option.rect.top() + 3, width, option.rect.height() - 6)
        # A narrow column shortens the word with an ellipsis (its tooltip has it whole).
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - pad)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if high_contrast():  # an outline around the word, in the cell's own text colour
            selected = option.state & QStyle.StateFlag.State_Selected
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            ink = option.palette.color(role)
            painter.setPen(QPen(ink, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            ink = QColor(RAG_TEXT_COLOURS[rag])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(RAG_COLOURS[rag]))
        painter.drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.setPen(ink)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for the chip around the word, so a column sized to its contents fits."""
        size = super().sizeHint(option, index)
        if index.data(RAG_ROLE) in RAG_COLOURS:
            metrics = QFontMetrics(option.font)
            size.setWidth(size.width() + 2 * metrics.averageCharWidth() + 8)
        return size


class RagKey(QWidget):
    """The scale's key, one chip a rating with its word; the meaning in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ragKey")
        self.setAccessibleName("RAG key")
        words = "; ".join(f"{KEY_WORDS[k]}: {RAG_MEANINGS[k]}" for k in RAG)
        self.setAccessibleDescription(words)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        title = QLabel("RAG key:")
        title.setAccessibleName("RAG key")
        layout.addWidget(title)
        self.chips: dict[str, QLabel] = {}
        for key in RAG:
            chip = QLabel(KEY_WORDS[key])
            chip.setObjectName(f"ragKey_{key}")
            chip.setStyleSheet(f"QLabel#ragKey_{key} {{ {chip_style(key)} }}")
            chip.setToolTip(RAG_MEANINGS[key])
            chip.setAccessibleName(KEY_WORDS[key])
            chip.setAccessibleDescription(RAG_MEANINGS[key])
            layout.addWidget(chip)
            self.chips[key] = chip
        layout.addStretch(1)


def describe_steps(steps: Sequence[RagStep]) -> str:
    """The history in words: the text alternative of the chart."""
    if not steps:
        return "No updates yet: grey (not started)."
    parts = [f"{label(RAG, s.rag)} from {uk_date(s.start)}" for s in steps]
    return "RAG over time: " + "; ".join(parts) + f". Now {label(RAG, steps[-1].rag)}."


def month_starts(first: date, last: date) -> list[date]:
    """The first day of every month after `first` up to `last`."""
    found = []
    year, month = first.year, first.month
    while True:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        day = date(year, month, 1)
        if day > last:
            return found
        found.append(day)


class RagHistoryChart(QWidget):
    """A band of coloured steps along a date axis, with month labels below it. Its
    heights are in lines of its text, so it grows with the system's text size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ragHistoryChart")
        self.setAccessibleName("RAG history chart")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so its words are read
        self.steps: list[RagStep] = []
        self.first = self.last = date.today()
        self.set_history([], date.today())

    def band_height(self) -> int:
        return round(self.fontMetrics().height() * 1.8)

    def axis_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(420, self.band_height() + self.axis_height() + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.band_height() + self.axis_height() + 12)

    def set_history(self, steps: Sequence[RagStep], today: date, start: date | None = None) -> None:
        """Steps oldest first; the axis runs from the first step (or the start) to today.
        Before its first update a priority is grey (not started), so that is drawn too."""
        self.steps = list(steps)
        if start and self.steps and start < self.steps[0].start and self.steps[0].rag != "grey":
            self.steps.insert(0, RagStep(start, "grey"))
        begin = [s.start for s in self.steps[:1]] + ([start] if start else [])
        self.first = min(begin) if begin else today
        self.last = max(today, self.steps[-1].start if self.steps else today)
        text = describe_steps(self.steps)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def _x(self, d: date, left: int, width: int) -> float:
        span = max((self.last - self.first).days, 1)
        return left + width * (d - self.first).days / span

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.rect().adjusted(6, 4, -6, -4)
        band = QRect(area.left(), area.top(), area.width(), self.band_height())
        self._paint_steps(painter, band)
        painter.setPen(QPen(colour(NHS_DARK_GREY, QPalette.ColorRole.WindowText), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(band)
        self._paint_axis(painter, band)
        if self.hasFocus():
            ring = colour(NHS_DARK_BLUE, QPalette.ColorRole.Highlight)
            painter.setPen(QPen(ring, 2, Qt.PenStyle.DotLine))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def _paint_steps(self, painter: QPainter, band: QRect) -> None:
        steps = self.steps or [RagStep(self.first, "grey")]
        metrics = QFontMetrics(self.font())
        plain = high_contrast()  # no fills: edges between the steps, and their words
        text = QPalette.ColorRole.WindowText
        for n, step in enumerate(steps):
            end = steps[n + 1].start if n + 1 < len(steps) else self.last
            x0 = self._x(step.start, band.left(), band.width())
            x1 = self._x(end, band.left(), band.width()) if n + 1 < len(steps) else band.right()
            rect = QRectF(x0, band.top(), max(x1 - x0, 2.0), band.height())
            if plain:
                painter.setPen(QPen(palette_colour(text), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(RAG_COLOURS.get(step.rag, RAG_COLOURS["grey"])))
            painter.drawRect(rect)
            word = label(RAG, step.rag).split(" ")[0]
            if metrics.horizontalAdvance(word) + 6 >= rect.width():
                word = word[0]  # "R", "A", "G": still a word's start, not colour alone
            if metrics.horizontalAdvance(word) + 4 < rect.width():
                painter.setPen(colour(RAG_TEXT_COLOURS.get(step.rag, "#FFFFFF"), text))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, word)

    def _paint_axis(self, painter: QPainter, band: QRect) -> None:
        metrics = QFontMetrics(self.font())
        months = month_starts(self.first, self.last)
        label_width = metrics.horizontalAdvance("Mmm 00") + 10
        per_label = max(1, -(-len(months) * label_width // max(band.width(), 1)))
        painter.setPen(QPen(colour(NHS_DARK_GREY, QPalette.ColorRole.WindowText), 1))
        top = band.bottom() + 1
        for n, day in enumerate(months):
            x = round(self._x(day, band.left(), band.width()))
            painter.drawLine(x, top, x, top + 4)
            if n % per_label == 0:
                text = f"{MONTH_ABBR[day.month - 1]} {day.year % 100:02d}"
                box = QRect(x - label_width // 2, top + 4, label_width, self.axis_height() - 4)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
