"""The NHS identity colours and the application style sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont

NHS_BLUE = "#005EB8"
NHS_DARK_BLUE = "#003087"
NHS_DARK_GREY = "#425563"
NHS_MID_GREY = "#768692"
NHS_PALE_GREY = "#E8EDEE"

# Frutiger is the NHS typeface; Arial and Liberation Sans are its free stand-ins.
FONT_FAMILIES = ["Frutiger", "Arial", "Liberation Sans", "Helvetica", "DejaVu Sans"]


def style_sheet() -> str:
    """The packaged copy of resources/style.qss (package data: beside this module in an
    installed or frozen app too; importlib.resources would cost start-up time)."""
    return (Path(__file__).parent / "resources" / "style.qss").read_text(encoding="utf-8")


def app_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setFamilies(FONT_FAMILIES)
    return font
