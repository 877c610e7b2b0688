"""The look of every pack: NHS identity colours, A4 measures, paragraph and table styles.

One place for them, so the meeting pack and the assurance pack read as one family.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .fonts import BOLD, FAMILY, ITALIC, REGULAR, register_fonts

# -- NHS identity colours --------------------------------------------------------------

NHS_BLUE = colors.HexColor("#005EB8")
NHS_DARK_BLUE = colors.HexColor("#003087")
NHS_BRIGHT_BLUE = colors.HexColor("#0072CE")
NHS_LIGHT_BLUE = colors.HexColor("#41B6E6")
NHS_BLACK = colors.HexColor("#231F20")
NHS_DARK_GREY = colors.HexColor("#425563")
NHS_MID_GREY = colors.HexColor("#768692")
NHS_PALE_GREY = colors.HexColor("#E8EDEE")
NHS_RED = colors.HexColor("#DA291C")
NHS_WARM_YELLOW = colors.HexColor("#FFB81C")
NHS_GREEN = colors.HexColor("#009639")
WHITE = colors.white
ZEBRA = colors.HexColor("#F4F7F8")  # a lighter pale grey for alternate table rows
RULE = colors.HexColor("#AEB7BD")  # table lines

# -- page measures ---------------------------------------------------------------------

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 26 * mm  # room for the running header
MARGIN_BOTTOM = 22 * mm  # room for the footer
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
HEADER_Y = PAGE_HEIGHT - 13 * mm  # baseline of the running header
FOOTER_Y = 11 * mm  # baseline of the footer

register_fonts()


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": REGULAR,
        "fontSize": 9.5,
        "leading": 13,
        "textColor": NHS_BLACK,
        "alignment": TA_LEFT,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


BODY = _style("PackBody", spaceAfter=5)
BODY_SMALL = _style("PackBodySmall", fontSize=8.5, leading=11.5, spaceAfter=3)
NOTE = _style("PackNote", fontName=ITALIC, fontSize=8.5, leading=11.5, textColor=NHS_DARK_GREY)
LABEL = _style("PackLabel", fontName=BOLD, fontSize=9, leading=12, textColor=NHS_DARK_BLUE)
H0 = _style("PackH0", fontName=BOLD, fontSize=17, leading=21, textColor=NHS_DARK_BLUE, spaceAfter=8)
H1 = _style(
    "PackH1",
    fontName=BOLD,
    fontSize=14,
    leading=18,
    textColor=NHS_DARK_BLUE,
    spaceBefore=2,
    spaceAfter=6,
)
H2 = _style("PackH2", fontName=BOLD, fontSize=11.5, leading=15, textColor=NHS_BLUE)
H2.spaceBefore, H2.spaceAfter = 8, 4
H3 = _style("PackH3", fontName=BOLD, fontSize=10, leading=13, textColor=NHS_DARK_BLUE)
H3.spaceBefore, H3.spaceAfter = 6, 2
HEADINGS = (H0, H1, H2)
COVER_TITLE = _style("PackCoverTitle", fontName=BOLD, fontSize=24, leading=30, textColor=WHITE)
COVER_SUBTITLE = _style("PackCoverSub", fontSize=13, leading=18, textColor=WHITE)
CELL = _style("PackCell", fontSize=8, leading=10.5)
COVER_LABEL = _style("PackCoverLabel", fontName=BOLD, fontSize=10.5, leading=14)
COVER_VALUE = _style("PackCoverValue", fontSize=10.5, leading=14)
CELL_BOLD = _style("PackCellBold", fontName=BOLD, fontSize=8, leading=10.5)
CELL_HEAD = _style("PackCellHead", fontName=BOLD, fontSize=8, leading=10.5, textColor=WHITE)
CELL_RIGHT = _style("PackCellRight", fontSize=8, leading=10.5, alignment=TA_RIGHT)
TOC_STYLES = (
    _style("PackToc0", fontName=BOLD, fontSize=10, leading=14, spaceBefore=5),
    _style("PackToc1", fontSize=9, leading=12.5, leftIndent=14, firstLineIndent=0),
    _style("PackToc2", fontSize=8.5, leading=11.5, leftIndent=28, firstLineIndent=0),
)


def text(value: object) -> str:
    """Plain text made safe for a Paragraph (which reads a little XML); line breaks kept."""
    return escape(str(value)).replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text(value), style)


def paragraphs(value: str, style: ParagraphStyle = BODY) -> list[Flowable]:
    """Text with blank lines between paragraphs, as people type it, as Paragraphs."""
    blocks = [b.strip() for b in value.replace("\r\n", "\n").split("\n\n")]
    return [para(b, style) for b in blocks if b]


def _plain_style(style: ParagraphStyle) -> bool:
    """Whether a Paragraph in this style sets plain words as `TextCell` does: no indents,
    box, background, leading rule, justification, shaping or hyphenation."""
    return not (
        style.leftIndent
        or style.rightIndent
        or style.firstLineIndent
        or getattr(style, "backColor", None)
        or getattr(style, "borderWidth", 0)
        or getattr(style, "autoLeading", "") not in ("", "off")
        or style.alignment not in (TA_LEFT, TA_CENTER, TA_RIGHT)
        or getattr(style, "wordWrap", None)
        or getattr(style, "textTransform", None)
        or getattr(style, "shaping", 0)
        or getattr(style, "endDots", None)
        or getattr(style, "hyphenationLang", "")
        or getattr(style, "uriWasteReduce", 0)
        or getattr(style, "embeddedHyphenation", 0)
    )


Line = tuple[float, list[str]]  # the width left over, and the words


class TextCell(Flowable):
    """A table cell's words, set as a Paragraph in `style` sets them, for less.

    A pack has tens of thousands of cells, nearly all plain words; for those a
    Paragraph's markup parser and general line breaker cost more than the rest of the
    table. A TextCell breaks the lines as a Paragraph does for one run of plain text
    (words greedily, spaces a little squeezed rather than break: reportlab's
    spaceShrinkage) and draws them at the same baselines, alignment and word spacing.
    Anything else (a line break, a no-break space or soft hyphen, a word too long for
    the cell, a style with indents or hyphenation) is left to a Paragraph."""

    def __init__(self, value: object, style: ParagraphStyle = CELL) -> None:
        super().__init__()
        self.value, self.style = str(value), style
        self.width: float = 0.0
        self.height: float = 0.0
        self._para: Paragraph | None = None
        self._lines: list[Line] | None = None  # None: the Paragraph sets the words
        self._wrapped = -1.0  # the width last wrapped to: a table wraps a cell 2 or 3 times

    def paragraph(self) -> Paragraph:
        if self._para is None:
            self._para = Paragraph(text(self.value), self.style)
        return self._para

    def _break(self, width: float) -> list[Line] | None:
        """The lines a Paragraph would make (reportlab's breakLines, one plain run), or
        None where its other rules could apply."""
        value, style = self.value, self.style
        if "\n" in value or "\xa0" in value or "\xad" in value or not _plain_style(style):
            return None  # a line break, no-break space or soft hyphen: a Paragraph's work
        font, size = style.fontName, style.fontSize
        space = stringWidth(" ", font, size)
        squeeze = getattr(style, "spaceShrinkage", 0.05) * space
        lines: list[Line] = []
        line: list[str] = []
        used = -space
        for word in value.split():
            word_width = stringWidth(word, font, size)
            if word_width > width:
                return None  # a Paragraph splits a long word
            wider = used + space + word_width
            if wider <= width + squeeze * len(line) or not line:
                line.append(word)
                used = wider
            else:
                lines.append((width - used, line))
                line, used = [word], word_width
        if line:
            lines.append((width - used, line))
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped:
            return self.width, self.height  # the same width: the same lines
        self._wrapped = availWidth
        self._lines = self._break(availWidth) if availWidth > 1e-8 else None
        if self._lines is None:
            self.width, self.height = self.paragraph().wrap(availWidth, availHeight)
        else:
            self.width, self.height = availWidth, len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self.paragraph().split(availWidth, availHeight)  # type: ignore[no-any-return]

    def minWidth(self) -> float:
        return self.paragraph().minWidth()  # type: ignore[no-any-return]

    def draw(self) -> None:
        canv, style, lines = self.canv, self.style, self._lines
        if lines is None:
            self.paragraph().drawOn(canv, 0, 0)
            return
        if not lines:
            return
        canv.setFillColor(style.textColor)
        words = canv.beginText(0, self.height - style.fontSize)
        words.setFont(style.fontName, style.fontSize, style.leading)
        alignment = style.alignment
        for spare, line in lines:  # as reportlab's _left/_center/_rightDrawParaLine
            gaps = len(line) - 1
            squeezed = spare <= -1e-8 and gaps > 0
            shift = 0.0
            if not squeezed and alignment == TA_RIGHT:
                shift = spare
            elif not squeezed and alignment == TA_CENTER:
                shift = spare / 2
            if squeezed:
                words.setWordSpace(spare / gaps)
            if abs(shift) > 1e-6:
                words.setXPos(shift)
            words.textLine(" ".join(line))
            if squeezed:
                words.setWordSpace(0)
            if abs(shift) > 1e-6:
                words.setXPos(-shift)
        canv.drawText(words)


def cell(value: object, style: ParagraphStyle = CELL) -> Flowable:
    return TextCell(value, style)


def table_style(zebra: bool = True, rows: int = 0) -> TableStyle:
    """A data table: NHS Blue header row, fine grey rules, pale alternate rows."""
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), NHS_BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, NHS_BLUE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if zebra:
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, rows, 2)]
    return TableStyle(commands)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    zebra: bool = True,
) -> Table:
    """A table that splits across pages with its header row repeated on each.

    Cells may be text (wrapped in the cell style) or ready-made flowables."""
    head = [cell(h, CELL_HEAD) for h in header]
    body = [[c if isinstance(c, Flowable) else cell(c) for c in row] for row in rows]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(zebra, len(body) + 1))
    return table


def key_value_table(
    rows: Sequence[tuple[str, object]],
    label_width: float = 48 * mm,
    label_style: ParagraphStyle = CELL_BOLD,
    value_style: ParagraphStyle = CELL,
) -> Table:
    """Label and value pairs, labels on pale grey (the seed 002 cover sheet's top block)."""
    data = [
        [cell(label, label_style), v if isinstance(v, Flowable) else cell(v, value_style)]
        for label, v in rows
    ]
    table = Table(data, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), NHS_PALE_GREY),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.6, NHS_BLUE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def boxed(flowables: Sequence[Flowable], title: str = "", width: float = CONTENT_WIDTH) -> Table:
    """A titled box: a pale-grey title strip over its content (a cover sheet's sections).

    The content is one cell per flowable, so a long executive summary splits across
    pages between paragraphs instead of overflowing."""
    rows: list[list[object]] = []
    if title:
        rows.append([para(title, LABEL)])
    rows += [[f] for f in flowables] or [[para("None.", NOTE)]]
    table = Table(rows, colWidths=[width], hAlign="LEFT", repeatRows=1 if title else 0)
    commands: list[tuple[object, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.6, NHS_BLUE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, -1), (-1, -1), 1),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
    ]
    if title:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), NHS_PALE_GREY),
            ("TOPPADDING", (0, 0), (-1, 0), 4),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
            ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
            ("TOPPADDING", (0, 1), (-1, 1), 5),
        ]
    table.setStyle(TableStyle(commands))
    return table


__all__ = [
    "BODY",
    "BODY_SMALL",
    "BOLD",
    "CELL",
    "CELL_BOLD",
    "CELL_HEAD",
    "CELL_RIGHT",
    "CONTENT_WIDTH",
    "COVER_LABEL",
    "COVER_SUBTITLE",
    "COVER_TITLE",
    "COVER_VALUE",
    "FAMILY",
    "H0",
    "H1",
    "H2",
    "H3",
    "ITALIC",
    "LABEL",
    "NHS_BLUE",
    "NHS_DARK_BLUE",
    "NHS_DARK_GREY",
    "NHS_MID_GREY",
    "NHS_PALE_GREY",
    "NHS_RED",
    "NOTE",
    "PAGE_SIZE",
    "REGULAR",
    "TextCell",
    "boxed",
    "cell",
    "data_table",
    "key_value_table",
    "para",
    "paragraphs",
    "table_style",
    "text",
]
