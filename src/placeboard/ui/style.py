"""The NHS identity colours and the application style sheet."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont

NHS_BLUE = "#005EB8"
NHS_DARK_BLUE = "#003087"
NHS_DARK_GREY = "#425563"
NHS_MID_GREY = "#768692"
NHS_PALE_GREY = "#E8EDEE"

# Frutiger is the NHS typeface; Arial and Liberation Sans are its free stand-ins.
FONT_FAMILIES = ["Frutiger", "Arial", "Liberation Sans", "Helvetica", "DejaVu Sans"]


def style_sheet() -> str:
    """The packaged copy of resources/style.qss (found in an installed or frozen app too)."""
    sheet = resources.files("placeboard.ui").joinpath("resources", "style.qss")
    return sheet.read_text(encoding="utf-8")


def app_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setFamilies(FONT_FAMILIES)
    return font
