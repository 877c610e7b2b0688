"""The Making Data Count icons, drawn with QPainter, always beside their words.

Variation: a circle in the colour of the last point's kind with a small run of points
and, for a special cause, H or L (higher or lower). Assurance: a circle with P (pass),
F (fail) or ? (hit and miss) over a target line. The letters and the words beside the
icon carry the meaning; the colour only repeats it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from placeboard.domain.spc import (
    ASSURANCE_LABELS,
    COMMON_CAUSE,
    CONCERN,
    IMPROVEMENT,
    NEUTRAL,
    POINT_COLOURS,
    VARIATION_LABELS,
)

NO_TARGET = "No target to give assurance against"
NO_ASSURANCE_COLOUR = "#AEB7BD"  # NHS mid grey: the icon is there, but empty
ASSURANCE_COLOURS = {
    "consistently_pass": POINT_COLOURS[IMPROVEMENT],
    "consistently_fail": POINT_COLOURS[CONCERN],
    "hit_and_miss": POINT_COLOURS[COMMON_CAUSE],
}
ASSURANCE_LETTERS = {"consistently_pass": "P", "consistently_fail": "F", "hit_and_miss": "?"}
# Small runs of points drawn inside the variation icon, y from 0 (bottom) to 1 (top).
RUN_COMMON = (0.5, 0.6, 0.45, 0.55, 0.5, 0.6, 0.45)
RUN_HIGH = (0.3, 0.35, 0.3, 0.4, 0.7, 0.75, 0.8)
RUN_LOW = tuple(1 - y for y in RUN_HIGH)


def variation_colour(kind: str) -> str:
    for prefix, point_type in (
        ("improvement", IMPROVEMENT),
        ("concern", CONCERN),
        ("neutral", NEUTRAL),
    ):
        if kind.startswith(prefix):
            return POINT_COLOURS[point_type]
    return POINT_COLOURS[COMMON_CAUSE]


def variation_text(kind: str) -> str:
    return VARIATION_LABELS.get(kind, VARIATION_LABELS[COMMON_CAUSE])


def assurance_text(kind: str | None) -> str:
    return ASSURANCE_LABELS.get(kind or "", NO_TARGET)


def _start(painter: QPainter, rect: QRectF, colour: str) -> float:
    """Draw the ring; return the line width used."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = max(1.5, rect.width() / 14)
    painter.setPen(QPen(QColor(colour), width))
    painter.setBrush(QColor("white"))
    inner = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
    painter.drawEllipse(inner)
    return width


def _letter(painter: QPainter, rect: QRectF, letter: str, colour: str, at: QRectF) -> None:
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(6, int(rect.height() * 0.34)))
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(at, Qt.AlignmentFlag.AlignCenter, letter)


def paint_variation(painter: QPainter, rect: QRectF, kind: str) -> None:
    colour = variation_colour(kind)
    _start(painter, rect, colour)
    high = kind.endswith("_high")
    run = RUN_COMMON if kind == COMMON_CAUSE else RUN_HIGH if high else RUN_LOW
    left, span = rect.left() + rect.width() * 0.22, rect.width() * 0.56
    top, height = rect.top() + rect.height() * 0.3, rect.height() * 0.4
    if kind != COMMON_CAUSE:  # leave room for the letter
        top = rect.top() + rect.height() * (0.52 if high else 0.18)
        height = rect.height() * 0.3
    points = [
        QPointF(left + span * i / (len(run) - 1), top + height * (1 - y)) for i, y in enumerate(run)
    ]
    grey = QColor(POINT_COLOURS[COMMON_CAUSE])
    painter.setPen(QPen(grey, max(1.0, rect.width() / 28)))
    painter.drawPolyline(points)
    dot = max(1.2, rect.width() / 22)
    for i, point in enumerate(points):
        special = kind != COMMON_CAUSE and i >= len(points) - 3
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour) if special else grey)
        painter.drawEllipse(point, dot, dot)
    if kind != COMMON_CAUSE:
        third = rect.height() * 0.36
        y = rect.top() + rect.height() * (0.14 if high else 0.5)
        _letter(
            painter, rect, "H" if high else "L", colour, QRectF(rect.left(), y, rect.width(), third)
        )


def paint_assurance(painter: QPainter, rect: QRectF, kind: str | None) -> None:
    colour = ASSURANCE_COLOURS.get(kind or "", NO_ASSURANCE_COLOUR)
    width = _start(painter, rect, colour)
    # The target: a dashed line across the lower part of the circle.
    pen = QPen(QColor("#DA291C"), max(1.0, width * 0.7), Qt.PenStyle.DashLine)
    painter.setPen(pen)
    y = rect.top() + rect.height() * 0.7
    painter.drawLine(
        QPointF(rect.left() + rect.width() * 0.2, y), QPointF(rect.right() - rect.width() * 0.2, y)
    )
    letter = ASSURANCE_LETTERS.get(kind or "", "–")
    at = QRectF(rect.left(), rect.top() + rect.height() * 0.14, rect.width(), rect.height() * 0.5)
    _letter(painter, rect, letter, colour, at)


def _pixmap(size: int, paint: object, kind: str | None) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint(painter, QRectF(1, 1, size - 2, size - 2), kind)  # type: ignore[operator]
    painter.end()
    return pixmap


def variation_pixmap(kind: str, size: int = 40) -> QPixmap:
    return _pixmap(size, paint_variation, kind)


def assurance_pixmap(kind: str | None, size: int = 40) -> QPixmap:
    return _pixmap(size, paint_assurance, kind)


def variation_icon(kind: str, size: int = 20) -> QIcon:
    return QIcon(variation_pixmap(kind, size))


def assurance_icon(kind: str | None, size: int = 20) -> QIcon:
    return QIcon(assurance_pixmap(kind, size))


class IconWithText(QWidget):
    """One icon and its words; `kind` and `text` say what is shown (for tests too)."""

    def __init__(self, what: str, size: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what  # "variation" or "assurance"
        self.icon_size = size
        self.kind: str | None = None
        self.icon = QLabel()
        self.icon.setFixedSize(QSize(size, size))
        self.icon.setAccessibleName(f"{what.capitalize()} icon")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(what.capitalize())
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setAccessibleName(what.capitalize())

    def set_kind(self, kind: str | None) -> None:
        self.kind = kind
        if self.what == "variation":
            pixmap, text = (
                variation_pixmap(kind or COMMON_CAUSE, self.icon_size),
                variation_text(kind or COMMON_CAUSE),
            )
        else:
            pixmap, text = assurance_pixmap(kind, self.icon_size), assurance_text(kind)
        self.icon.setPixmap(pixmap)
        self.label.setText(text)
        self.icon.setAccessibleDescription(text)
        self.setAccessibleDescription(text)

    def text(self) -> str:
        return self.label.text()
