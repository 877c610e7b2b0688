"""The RAG colour key of a highlight report (what seed 004's sub-committee asked for):
each rating's colour with its name on it and what it means, in words.

Also the small pieces a highlight table uses to show a rating: a chip (a Drawing with
the word on the colour) and the table style commands that colour one cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from placeboard.domain.vocab import RAG, RAG_COLOURS, RAG_TEXT_COLOURS
from placeboard.reports.assurance_data import RagKeyLine, rag_key
from placeboard.reports.spc_drawing import PACK_FONTS, ChartFonts

KEY_WIDTH = 170 * mm
SWATCH_WIDTH = 38 * mm
RULE_COLOUR = "#D8DDE0"  # NHS pale grey lines between rows
HEADER_FILL = "#005EB8"  # NHS blue

# Short words for a chip in a narrow column ("Grey (not started)" is too long there).
CHIP_WORDS = {
    "red": "Red",
    "amber": "Amber",
    "green": "Green",
    "blue": "Complete",
    "grey": "Not started",
}


def rag_words(rag: str) -> str:
    return RAG.get(rag, rag.capitalize())


def rag_cell_commands(col: int, row: int, rag: str) -> list[tuple[object, ...]]:
    """TableStyle commands that fill one cell in the rating's colour with readable text."""
    fill = RAG_COLOURS.get(rag, RAG_COLOURS["grey"])
    ink = RAG_TEXT_COLOURS.get(rag, "#FFFFFF")
    return [
        ("BACKGROUND", (col, row), (col, row), HexColor(fill)),
        ("TEXTCOLOR", (col, row), (col, row), HexColor(ink)),
    ]


def rag_chip(rag: str, fonts: ChartFonts = PACK_FONTS, size: float = 7.5) -> Drawing:
    """The rating as a coloured chip with its word on it (the word carries the meaning)."""
    words = CHIP_WORDS.get(rag, rag.capitalize())
    width = stringWidth(words, fonts.bold, size) + 8
    height = size + 5
    drawing = Drawing(width, height)
    fill = HexColor(RAG_COLOURS.get(rag, RAG_COLOURS["grey"]))
    drawing.add(Rect(0, 0, width, height, rx=2, ry=2, fillColor=fill, strokeColor=None))
    drawing.add(
        String(width / 2, height / 2 - size * 0.35, words, fontName=fonts.bold, fontSize=size,
               fillColor=HexColor(RAG_TEXT_COLOURS.get(rag, "#FFFFFF")), textAnchor="middle")
    )  # fmt: skip
    return drawing


def rag_key_table(
    lines: Sequence[RagKeyLine] | None = None,
    width: float = KEY_WIDTH,
    *,
    fonts: ChartFonts = PACK_FONTS,
    size: float = 8.5,
) -> Table:
    """The key as a table: "RAG rating" and "What it means", one row a rating, the
    rating's cell in its colour with its name on it; the header repeats on a new page."""
    lines = list(lines) if lines is not None else list(rag_key())
    plain = ParagraphStyle("ragKey", fontName=fonts.regular, fontSize=size, leading=size * 1.3)
    head = ParagraphStyle(
        "ragKeyHead", parent=plain, fontName=fonts.bold, textColor=HexColor("#FFFFFF")
    )
    rows: list[list[object]] = [[Paragraph("RAG rating", head), Paragraph("What it means", head)]]
    style: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, HexColor(RULE_COLOUR)),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]
    for number, line in enumerate(lines, start=1):
        on_colour = ParagraphStyle(
            f"rag_{line.key}", parent=plain, fontName=fonts.bold,
            textColor=HexColor(line.text_colour),
        )  # fmt: skip
        rows.append([Paragraph(line.label, on_colour), Paragraph(line.meaning, plain)])
        style.append(("BACKGROUND", (0, number), (0, number), HexColor(line.colour)))
    table = Table(rows, colWidths=[SWATCH_WIDTH, width - SWATCH_WIDTH], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table
