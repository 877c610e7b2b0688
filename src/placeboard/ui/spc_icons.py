"""The Making Data Count icons, drawn with QPainter, always beside their words.

Variation: a circle in the colour of the last point's kind with a small run of points
and, for a special cause, H or L (higher or lower). Assurance: a circle with P (pass),
F (fail) or ? (hit and miss) over a target line. The letters and the words beside the
icon carry the meaning; the colour only repeats it.

On screen the MDC blue and orange are darkened until they stand out from the white
chart at 3:1 (WCAG 1.4.11; the packs keep the MDC palette). In high contrast the icons
are drawn in the palette's text colour, special-cause points in its highlight colour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap
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
from placeboard.ui.style import colour, look

# The MDC colours on screen: 3:1 or better on white (the chart and the icons' disc).
SCREEN_COLOURS = {
    COMMON_CAUSE: POINT_COLOURS[COMMON_CAUSE],  # 4.1:1
    IMPROVEMENT: "#1F92D4",  # MDC blue #289DE0 darkened: 3.4:1 (3.0:1 before)
    CONCERN: "#BB7E04",  # MDC orange #FAB428 darkened: 3.4:1 (1.8:1 before)
    NEUTRAL: POINT_COLOURS[NEUTRAL],  # 13.9:1
}
TARGET_COLOUR = "#DA291C"  # NHS red: the target line in the assurance icon
ICON_FILL = "#FFFFFF"
NO_TARGET = "No target to give assurance against"
NO_ASSURANCE_COLOUR = "#768692"  # NHS mid grey: the icon is there, but empty (3.8:1)
ASSURANCE_COLOURS = {
    "consistently_pass": SCREEN_COLOURS[IMPROVEMENT],
    "consistently_fail": SCREEN_COLOURS[CONCERN],
    "hit_and_miss": SCREEN_COLOURS[COMMON_CAUSE],
}
TEXT = QPalette.ColorRole.WindowText
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
            return SCREEN_COLOURS[point_type]
    return SCREEN_COLOURS[COMMON_CAUSE]


def variation_text(kind: str) -> str:
    return VARIATION_LABELS.get(kind, VARIATION_LABELS[COMMON_CAUSE])


def assurance_text(kind: str | None) -> str:
    return ASSURANCE_LABELS.get(kind or "", NO_TARGET)


def _start(painter: QPainter, rect: QRectF, ink: QColor) -> float:
    """Draw the ring; return the line width used."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = max(1.5, rect.width() / 14)
    painter.setPen(QPen(ink, width))
    painter.setBrush(colour(ICON_FILL, QPalette.ColorRole.Window))
    inner = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
    painter.drawEllipse(inner)
    return width


def _letter(painter: QPainter, rect: QRectF, letter: str, ink: QColor, at: QRectF) -> None:
    """The letter a third of the icon high (in points of the pixmap's resolution: the
    icon itself is sized from the text around it)."""
    font = QFont(painter.font())
    font.setBold(True)
    dpi = painter.device().logicalDpiY() or 96
    font.setPointSizeF(max(6.0, rect.height() * 0.34) * 72 / dpi)
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(at, Qt.AlignmentFlag.AlignCenter, letter)


def paint_variation(painter: QPainter, rect: QRectF, kind: str) -> None:
    ink = colour(variation_colour(kind), TEXT)
    special_ink = colour(variation_colour(kind), QPalette.ColorRole.Highlight)
    _start(painter, rect, ink)
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
    grey = colour(POINT_COLOURS[COMMON_CAUSE], TEXT)
    painter.setPen(QPen(grey, max(1.0, rect.width() / 28)))
    painter.drawPolyline(points)
    dot = max(1.2, rect.width() / 22)
    for i, point in enumerate(points):
        special = kind != COMMON_CAUSE and i >= len(points) - 3
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(special_ink if special else grey)
        painter.drawEllipse(point, dot, dot)
    if kind != COMMON_CAUSE:
        third = rect.height() * 0.36
        y = rect.top() + rect.height() * (0.14 if high else 0.5)
        _letter(
            painter, rect, "H" if high else "L", ink, QRectF(rect.left(), y, rect.width(), third)
        )


def paint_assurance(painter: QPainter, rect: QRectF, kind: str | None) -> None:
    ink = colour(ASSURANCE_COLOURS.get(kind or "", NO_ASSURANCE_COLOUR), TEXT)
    width = _start(painter, rect, ink)
    # The target: a dashed line across the lower part of the circle.
    pen = QPen(colour(TARGET_COLOUR, TEXT), max(1.0, width * 0.7), Qt.PenStyle.DashLine)
    painter.setPen(pen)
    y = rect.top() + rect.height() * 0.7
    painter.drawLine(
        QPointF(rect.left() + rect.width() * 0.2, y), QPointF(rect.right() - rect.width() * 0.2, y)
    )
    letter = ASSURANCE_LETTERS.get(kind or "", "–")
    at = QRectF(rect.left(), rect.top() + rect.height() * 0.14, rect.width(), rect.height() * 0.5)
    _letter(painter, rect, letter, ink, at)


def _pixmap(size: int, paint: object, kind: str | None) -> QPixmap:
    """`size` in device-independent pixels, drawn sharp on a scaled (high-DPI) screen."""
    ratio = QGuiApplication.instance().devicePixelRatio() if QGuiApplication.instance() else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
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
    """One icon and its words; `kind` and `text` say what is shown (for tests too).
    The icon is `lines` lines of the widget's text high, so it grows with the text."""

    def __init__(self, what: str, lines: float = 2.5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what  # "variation" or "assurance"
        size = round(self.fontMetrics().height() * lines)
        self.icon_size = size
        self.kind: str | None = None
        self._shown: tuple[int, ...] | None = None  # the look last drawn in
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
        self._shown = look()
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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        redraw = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)
        if event.type() in redraw and self._shown not in (None, look()):  # high contrast
            self.set_kind(self.kind)
