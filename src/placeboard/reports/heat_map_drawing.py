"""The 5 × 5 risk heat map as vector graphics: open risks counted by the cell of their
current rating, likelihood up the side (5 at the top), consequence along the bottom.

Each cell is filled in its band's colour (`domain/risk_matrix.py`) with its score in the
corner; a count sits in a white disc so it reads on every fill. The band key under the
grid gives each colour in words, so the colour is never the only signal.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.graphics.shapes import Circle, Drawing, Group, Rect, String
from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from placeboard.domain.risk_matrix import (
    BAND_COLOURS,
    BAND_NAMES,
    BAND_TEXT_COLOURS,
    BANDS,
    CONSEQUENCES,
    LEVELS,
    LIKELIHOODS,
    Cell,
    Rating,
)
from placeboard.reports.spc_drawing import MEAN_COLOUR, PACK_FONTS, ChartFonts, colour

HEAT_MAP_WIDTH = 120 * mm
INK = MEAN_COLOUR  # NHS black


def band_key_words() -> list[tuple[str, str]]:
    """(band, "High 8–12") for each band, lowest first."""
    return [(name, f"{BAND_NAMES[name]} {low}–{high}") for name, low, high in BANDS]


def heat_map(
    counts: Mapping[Cell, int],
    width: float = HEAT_MAP_WIDTH,
    *,
    fonts: ChartFonts = PACK_FONTS,
    title: str = "",
) -> Drawing:
    """The heat map of `counts` ((likelihood, consequence) -> open risks; missing cells
    count 0). The drawing names its `cells` (25 Rects, likelihood 1–5 × consequence
    1–5 in order) and `counts` (the numbers shown, one String a non-empty cell)."""
    small = 7.0
    label_width = max(stringWidth(f"{n} {w}", fonts.regular, small) for n, w in LIKELIHOODS.items())
    left = 14 + label_width + 6
    side = (width - left - 4) / 5
    title_height = 14.0 if title else 0.0
    bottom = 2 * small + 4 + small + 8 + 16  # column labels, axis title, band key
    height = bottom + 5 * side + title_height + 4
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=white, strokeColor=None))
    if title:
        drawing.add(_text(left, height - 11, title, fonts.bold, 9))
    cells, shown = Group(), Group()
    for row, likelihood in enumerate(LEVELS):
        for col, consequence in enumerate(LEVELS):
            x, y = left + col * side, bottom + row * side
            rating = Rating(likelihood, consequence)
            cells.add(
                Rect(x, y, side, side, fillColor=colour(BAND_COLOURS[rating.band]),
                     strokeColor=white, strokeWidth=1.5)
            )  # fmt: skip
            cells.add(
                _text(x + 3, y + side - small - 1, str(rating.score), fonts.regular, small - 1,
                      BAND_TEXT_COLOURS[rating.band])
            )  # fmt: skip
            count = counts.get((likelihood, consequence), 0)
            if count:
                r = min(side * 0.28, 10.0)
                cells.add(Circle(x + side / 2, y + side / 2, r, fillColor=white, strokeColor=None))
                shown.add(
                    _text(x + side / 2, y + side / 2 - 3.6, str(count), fonts.bold, 10.5, INK,
                          "middle")
                )  # fmt: skip
    drawing.add(cells, name="cells")
    drawing.add(shown, name="counts")
    _axes(drawing, left, bottom, side, fonts, small)
    _band_key(drawing, left, fonts, small)
    return drawing


def _text(
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    ink: str = INK,
    anchor: str = "start",
) -> String:
    return String(x, y, text, fontName=font, fontSize=size, fillColor=colour(ink),
                  textAnchor=anchor)  # fmt: skip


def _axes(
    drawing: Drawing, left: float, bottom: float, side: float, fonts: ChartFonts, small: float
) -> None:
    for row, likelihood in enumerate(LEVELS):
        y = bottom + row * side + side / 2 - small * 0.35
        words = f"{likelihood} {LIKELIHOODS[likelihood]}"
        drawing.add(_text(left - 5, y, words, fonts.regular, small, anchor="end"))
    drawing.add(
        Group(
            _text(0, 0, "Likelihood", fonts.bold, small + 0.5, anchor="middle"),
            transform=(0, 1, -1, 0, 8, bottom + 2.5 * side),
        )
    )
    for col, consequence in enumerate(LEVELS):
        x = left + col * side + side / 2
        drawing.add(_text(x, bottom - small - 3, str(consequence), fonts.regular, small,
                          anchor="middle"))  # fmt: skip
        drawing.add(_text(x, bottom - 2 * small - 4, CONSEQUENCES[consequence], fonts.regular,
                          small, anchor="middle"))  # fmt: skip
    drawing.add(
        _text(left + 2.5 * side, bottom - 3 * small - 9, "Consequence", fonts.bold, small + 0.5,
              anchor="middle")
    )  # fmt: skip


def _band_key(drawing: Drawing, left: float, fonts: ChartFonts, small: float) -> None:
    """Each band's colour beside its name and scores, along the bottom."""
    x, y = left, 3.0
    key = Group()
    for name, words in band_key_words():
        key.add(Rect(x, y, 9, 9, fillColor=colour(BAND_COLOURS[name]), strokeColor=None))
        key.add(_text(x + 12, y + 1.5, words, fonts.regular, small))
        x += 12 + stringWidth(words, fonts.regular, small) + 12
    drawing.add(key, name="key")
