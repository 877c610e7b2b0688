"""The NHS identity colours, the application style sheet, and what the look follows
from the system: the text size and the high-contrast setting.

Font sizes in resources/style.qss are written in `em` (Qt's style sheets only know pt
and px for font-size), turned into points of the application's font when the sheet is
applied, so headings grow with the system's text size.

High contrast (the system's setting, or PLACEBOARD_HIGH_CONTRAST=1): PlaceBoard drops
its own colours and draws with the palette the system gives. The style sheet keeps its
sizes, padding and focus rules only; colours set on single widgets are taken off them
as they are polished; charts, RAG chips and coloured table cells ask `high_contrast()`
and use palette roles, keeping their words.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

NHS_BLUE = "#005EB8"
NHS_DARK_BLUE = "#003087"
NHS_DARK_GREY = "#425563"
NHS_MID_GREY = "#768692"
NHS_PALE_GREY = "#E8EDEE"

# Frutiger is the NHS typeface; Arial and Liberation Sans are its free stand-ins.
FONT_FAMILIES = ["Frutiger", "Arial", "Liberation Sans", "Helvetica", "DejaVu Sans"]

CONTRAST_ENV = "PLACEBOARD_HIGH_CONTRAST"
YES = ("1", "true", "yes", "on")
NO = ("0", "false", "no", "off")

_EM_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)em", re.IGNORECASE)
_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_DECLARATION = re.compile(r"([-a-zA-Z]+)\s*:\s*([^;{}]*?)\s*(?:;|$)")
_COLOUR_VALUE = re.compile(
    r"#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|\b(?:white|black|red|green|blue|yellow|grey|gray)\b",
    re.IGNORECASE,
)
# Declarations that only colour: dropped whole in high contrast.
_COLOUR_ONLY = re.compile(
    r"^(?:color|background|background-color|alternate-background-color|selection-color|"
    r"selection-background-color|gridline-color|border(?:-(?:top|right|bottom|left))?-color)$",
    re.IGNORECASE,
)
KEPT_SHEET = "placeboardColourSheet"  # a widget's own sheet, kept while its colours are off


class _Look:
    """The look in force (one per process, as the application's style sheet is)."""

    high_contrast = False
    follower: QObject | None = None
    following = False


def forced_high_contrast() -> bool | None:
    """PLACEBOARD_HIGH_CONTRAST=1 or 0, if set."""
    forced = os.environ.get(CONTRAST_ENV, "").strip().lower()
    if forced in YES or forced in NO:
        return forced in YES
    return None


def high_contrast_wanted() -> bool:
    """PLACEBOARD_HIGH_CONTRAST=1 (or 0) decides; else the system's contrast setting."""
    forced = forced_high_contrast()
    if forced is not None:
        return forced
    # Asking creates Qt's whole namespace of enums (~25 ms): done after the first paint.
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()  # held: its accessibility() dies with it
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def high_contrast() -> bool:
    """True while the application draws with the system's high-contrast palette."""
    return _Look.high_contrast


def palette_colour(role: QPalette.ColorRole) -> QColor:
    return QGuiApplication.palette().color(role)


def look() -> tuple[int, ...]:
    """What painted colours depend on: high contrast, and then the palette. A widget that
    paints redraws when this changes, not on every style or palette event."""
    if not _Look.high_contrast:
        return (0,)
    palette = QGuiApplication.palette()
    roles = (QPalette.ColorRole.Base, QPalette.ColorRole.Text, QPalette.ColorRole.Highlight)
    return (1, *(palette.color(role).rgba() for role in roles))


def colour(own: str, role: QPalette.ColorRole) -> QColor:
    """`own` (an NHS colour) normally; the palette's `role` in high contrast."""
    return palette_colour(role) if _Look.high_contrast else QColor(own)


# -- the style sheet -------------------------------------------------------------------


def _points(css: str, base: float) -> str:
    """font-size in em -> pt of the application's font (`base` points)."""
    return _EM_FONT_SIZE.sub(lambda m: f"font-size: {float(m[1]) * base:.1f}pt", css)


def _declarations(body: str, focus: bool) -> str:
    kept = []
    found = _DECLARATION.findall(body)
    names = {name.lower() for name, _value in found}
    edges = {"border-left", "border-top", "border-right", "border-bottom"}
    if names & edges and not names & {"border", "border-style", "border-width"}:
        # Qt draws a lone edge of a frame only beside a background or other set edges;
        # with the background gone, the others are set to nothing so the edge shows.
        kept.append("border: 0px solid;")
    for name, value in found:
        if _COLOUR_ONLY.match(name):
            if focus and "border" in name.lower():  # a focus ring stays, in the palette's
                kept.append(f"{name}: palette(highlight);")
            continue
        if _COLOUR_VALUE.search(value):  # "border: 2px solid #FFEB3B" and the like
            swap = "palette(highlight)" if focus else "palette(window-text)"
            value = _COLOUR_VALUE.sub(swap, value)
        kept.append(f"{name}: {value};")
    return " ".join(kept)


def without_colours(css: str) -> str:
    """A style sheet with its colours taken out: sizes, padding and borders stay (their
    colour the palette's text colour, focus rings the palette's highlight)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    if "{" not in css:  # a widget's own sheet: declarations only
        return _declarations(css, focus=False)

    def rule(match: re.Match[str]) -> str:
        selector = match[1].strip()
        body = _declarations(match[2], focus=":focus" in selector)
        if body and ":selected" in selector:  # a styled item draws no selection of its own
            body += " background: palette(highlight); color: palette(highlighted-text);"
        return f"{selector} {{ {body} }}\n" if body else ""

    return _RULE.sub(rule, css)


def style_sheet(high_contrast: bool = False, base_points: float | None = None) -> str:
    """The packaged copy of resources/style.qss (package data: beside this module in an
    installed or frozen app too; importlib.resources would cost start-up time), with its
    font sizes in points of `base_points` (the application font's size by default)."""
    css = (Path(__file__).parent / "resources" / "style.qss").read_text(encoding="utf-8")
    if base_points is None:
        base_points = QGuiApplication.font().pointSizeF()
    css = _points(css, base_points if base_points > 0 else 9.0)
    return without_colours(css) if high_contrast else css


def app_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setFamilies(FONT_FAMILIES)
    return font


# -- following the system --------------------------------------------------------------


class _ColourStripper(QObject):
    """In high contrast, takes the colours off any widget's own style sheet when it is
    polished or its sheet changes, keeping the original to put back afterwards."""

    WATCHED = (QEvent.Type.Polish, QEvent.Type.StyleChange)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.WATCHED and isinstance(watched, QWidget):
            strip_widget(watched)
        return False


def strip_widget(widget: QWidget) -> None:
    sheet = widget.styleSheet()
    if sheet and _COLOUR_VALUE.search(sheet):
        widget.setProperty(KEPT_SHEET, sheet)
        widget.setStyleSheet(without_colours(sheet))


def _restore_widget(widget: QWidget) -> None:
    kept = widget.property(KEPT_SHEET)
    if kept:
        widget.setProperty(KEPT_SHEET, None)
        widget.setStyleSheet(str(kept))


def apply_style(app: QApplication, high_contrast: bool | None = None) -> None:
    """Set the style sheet for the look wanted now (the system's, unless told)."""
    wanted = high_contrast_wanted() if high_contrast is None else high_contrast
    was = _Look.high_contrast
    _Look.high_contrast = wanted
    if wanted and _Look.follower is None:
        _Look.follower = _ColourStripper(app)
        app.installEventFilter(_Look.follower)
    elif not wanted and _Look.follower is not None:
        app.removeEventFilter(_Look.follower)
        _Look.follower.deleteLater()
        _Look.follower = None
    app.setStyleSheet(style_sheet(wanted, app.font().pointSizeF()))
    if wanted == was:
        return
    for widget in app.allWidgets():
        if wanted:
            strip_widget(widget)
        else:
            _restore_widget(widget)


def follow_system(app: QApplication) -> None:
    """Take the system's contrast setting now, and again whenever it changes. Called
    after the window's first paint: until then the look is PlaceBoard's own, unless
    PLACEBOARD_HIGH_CONTRAST says otherwise (see `high_contrast_wanted`)."""
    if not _Look.following:
        _Look.following = True
        hints = QGuiApplication.styleHints()
        hints.accessibility().contrastPreferenceChanged.connect(lambda _pref: apply_style(app))
    if high_contrast_wanted() != _Look.high_contrast:
        apply_style(app)
