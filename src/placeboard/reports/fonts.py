"""The bundled Unicode font every pack is set in (DejaVu Sans, see fonts/LICENSE.txt).

reportlab's built-in Helvetica covers Latin-1 only: "Łukasz" would lose its "Ł". A
TrueType font embedded (and subset) in each PDF prints every name whole on any machine
and keeps the text selectable and searchable.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).with_name("fonts")

REGULAR = "PackSans"
BOLD = "PackSans-Bold"
ITALIC = "PackSans-Italic"
FAMILY = REGULAR

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family with reportlab once per process (cheap after the first call).

    <b> and <i> in paragraphs pick the bold and italic faces; bold italic falls back to
    bold, which is bundled, rather than to a face that is not."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD)
        _registered = True


def font_files() -> list[Path]:
    """The bundled font files (for checks that they ship with the package)."""
    return [FONT_DIR / name for name in _FILES.values()]
