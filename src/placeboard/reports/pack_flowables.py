"""The flowables a pack is laid out with beyond reportlab's own: bookmarked headings, the
contents page, "Pages 15 – 26", the reserved pages that attached PDFs are later merged
into, drawings that recur (drawn once, reused), and the canvas that makes one layout
pass enough.

A pack is laid out once. What can only be known after the layout (the page count in
"Page n of N", the contents page's page numbers, an agenda's "Pages 15 – 26") is left
as a mark in the page's content stream (`PackCanvas.late`) and drawn there once the
layout is over, before the file is written: the same operators as if drawn in place,
so readers and text extraction see ordinary page text. Where the words take room (a
page range can wrap in its cell), the layout reserves room for a guess and the guess is
checked after the pass; only if it was wrong is the pack laid out again, with the
numbers now known (`PageIndex.settled`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import drawPageNumbers

from . import styles

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

LateDraw = Callable[[Canvas], None]
LATE_MARK = "%PackLate "  # a PDF comment line: harmless if ever left in a stream
_LATE_LINE = re.compile(r"^%PackLate (\d+)$", re.MULTILINE)
FORM_MARGIN = 2.0  # a reused drawing's form reaches this far past its box (strokes)


class PackCanvas(Canvas):
    """A canvas that can draw a page's words after the layout (`late`) and draw a
    recurring drawing once as a form XObject for every use (`reuse`). `finish` does both
    before the file is saved."""

    _code: list[str]  # reportlab's: the current page's content stream, line by line

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._late: list[tuple[int, LateDraw]] = []  # (page, draw) in the order marked
        self._forms: dict[Hashable, tuple[str, float, float, LateDraw]] = {}

    def late(self, draw: LateDraw) -> None:
        """Call `draw(canvas)` after the layout, its output put here in the page's
        content stream (so in the coordinates and graphics state in force here).

        `draw` may only draw (text, lines): no links, bookmarks or forms."""
        self._code.append(f"{LATE_MARK}{len(self._late)}")
        self._late.append((self.getPageNumber(), draw))

    def reuse(self, key: Hashable, width: float, height: float, draw: LateDraw) -> None:
        """Show the drawing `key` here (its origin at the current origin), drawn by
        `draw(canvas)` into a form XObject once per pack, however often it is shown."""
        form = self._forms.get(key)
        if form is None:
            form = (f"PackForm{len(self._forms) + 1}", width, height, draw)
            self._forms[key] = form
        self.doForm(form[0])

    def finish(self) -> None:
        """Define the reused drawings' forms and draw the late words into their pages."""
        for name, width, height, draw in self._forms.values():
            m = FORM_MARGIN
            self.beginForm(name, -m, -m, width + m, height + m)
            draw(self)
            self.endForm()
        self._forms = {}
        pages = self._doc.Pages.pages
        by_page: dict[int, dict[str, str]] = {}
        for n, (page, draw) in enumerate(self._late):
            by_page.setdefault(page, {})[str(n)] = self._drawn(draw)
        for page_number, codes in by_page.items():
            page = pages[page_number - 1]
            page.stream, found = _LATE_LINE.subn(_replacer(codes), page.stream)
            if found != len(codes):
                raise RuntimeError(f"Page {page_number} lost {len(codes) - found} late marks.")
        self._late = []

    def _drawn(self, draw: LateDraw) -> str:
        """What `draw` puts in a content stream, inside its own q … Q."""
        page_code = self._code
        self._code = []
        try:
            self.saveState()
            draw(self)
            self.restoreState()
            return "\n".join(self._code)
        finally:
            self._code = page_code


def _replacer(codes: dict[str, str]) -> Callable[[re.Match[str]], str]:
    def code(mark: re.Match[str]) -> str:
        return codes[mark[1]]

    return code


@dataclass(frozen=True)
class Placement:
    """Page `page` (1-based) of the pack shows page `index` (0-based) of the PDF at `path`."""

    page: int
    path: Path
    index: int


ContentsLine = tuple[int, str, str]  # level, text (Paragraph markup), bookmark key


@dataclass
class _Reserved:
    """A page range drawn late: the room it took, to check against the real words."""

    key: str
    width: float
    height: float
    style: ParagraphStyle


class PageIndex:
    """Where each section fell (first and last page), the page count, the contents
    lines as laid out and where the attached PDFs' pages go; and, from `compose` or the
    pass before, the page ranges to reserve room for before they are known."""

    def __init__(self) -> None:
        self.ranges: dict[str, tuple[int, int]] = {}
        self.guesses: dict[str, tuple[int, int]] = {}  # key -> the range to make room for
        self.total = 0
        self.placements: list[Placement] = []
        self.contents: list[tuple[ContentsLine, int]] = []  # (line, page) as laid out
        self.contents_pages: list[Contents] = []  # the story's contents flowables
        self._reserved: list[_Reserved] = []

    def begin_pass(self) -> None:
        """Forget a pass's layout, keeping what it learnt as the next pass's guesses."""
        self.guesses.update(self.ranges)
        self.ranges, self.total = {}, 0
        self.placements, self.contents, self._reserved = [], [], []

    def extend(self, key: str, page: int) -> None:
        first, last = self.ranges.get(key, (page, page))
        self.ranges[key] = (min(first, page), max(last, page))

    def page_of_line(self, n: int) -> int:
        return self.contents[n][1]

    def reserve(self, key: str, width: float, height: float, style: ParagraphStyle) -> None:
        self._reserved.append(_Reserved(key, width, height, style))

    def settled(self) -> bool:
        """Did the guesses hold: the contents lines as expected, and every page range's
        words in the room reserved? If not, the contents take the lines laid out and a
        pass more is needed."""
        laid_out = [line for line, _page in self.contents]
        held = True
        for contents in self.contents_pages:
            if contents.lines != laid_out:
                contents.lines = laid_out
                held = False
        for r in self._reserved:
            real = Paragraph(styles.text(range_text(self.ranges.get(r.key))), r.style)
            if real.wrap(r.width, 1e6)[1] != r.height:
                held = False
        return held


def pack_doc(canv: Canvas) -> Any:
    """The PackDocTemplate laying the canvas out (reportlab sets it while building)."""
    return canv._doctemplate  # type: ignore[attr-defined]


def _page_index(canv: Canvas) -> PageIndex | None:
    if not isinstance(canv, PackCanvas):
        return None
    doc = getattr(canv, "_doctemplate", None)
    return getattr(doc, "page_index", None)


class Marker:
    """What makes a flowable a bookmark: outline entry, contents line, page range."""

    title: str
    level: int
    key: str | None  # None: the document names it, in the order headings are drawn
    in_contents: bool

    def mark(self, canv: Canvas, height: float) -> None:
        key = pack_doc(canv).on_marker(self, canv.getPageNumber())
        canv.bookmarkHorizontal(key, 0, height)


class Heading(Paragraph, Marker):
    """A visible section heading that is also a bookmark and a contents line."""

    def __init__(
        self,
        title: str,
        level: int,
        key: str | None,
        style: ParagraphStyle,
        in_contents: bool = True,
    ) -> None:
        super().__init__(styles.text(title), style)
        self.title, self.level, self.key, self.in_contents = title, level, key, in_contents

    def draw(self) -> None:
        self.mark(self.canv, self.height)
        super().draw()


class Anchor(Flowable, Marker):
    """An invisible bookmark: an outline entry (and contents line) with nothing printed,
    e.g. the cover, or a group such as "Part I" whose first item starts the page."""

    def __init__(self, title: str, level: int, key: str, in_contents: bool = True) -> None:
        super().__init__()
        self.title, self.level, self.key, self.in_contents = title, level, key, in_contents

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.mark(self.canv, 0)


# -- the contents page ---------------------------------------------------------------------

# reportlab's TableOfContents table: no side padding, reportlab's own above and below.
CONTENTS_TABLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
)


class Contents(Flowable):
    """The contents page: a line per section and item, each a link to its bookmark, with
    a dot leader and its page number (reportlab's TableOfContents, laid out once).

    The lines are known before the layout (`compose` reads them from the sections); the
    page numbers are drawn after it, right-aligned, so they take no room. If the layout's
    lines differ from those expected, `PageIndex.settled` says so and the next pass
    takes the lines laid out."""

    def __init__(
        self,
        table_style: TableStyle = CONTENTS_TABLE,
        level_styles: Sequence[ParagraphStyle] = styles.TOC_STYLES,
        dots_min_level: int = 0,
    ) -> None:
        super().__init__()
        self.lines: list[ContentsLine] = []
        self.table_style = table_style
        self.level_styles = list(level_styles)
        self.dots_min_level = dots_min_level
        self._table: Table | None = None
        self._width = 0.0

    def _style(self, level: int) -> ParagraphStyle:
        return self.level_styles[min(max(level, 0), len(self.level_styles) - 1)]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        callback = f"packContents{id(self)}"
        self.canv.setNamedCB(callback, self._line_end)  # type: ignore[attr-defined]
        self._width = availWidth
        rows: list[list[Flowable]] = []
        lines = self.lines or [(0, "Contents", "")]
        for n, (level, text, key) in enumerate(lines):
            style = self._style(level)
            linked = f'<a href="#{key}">{text}</a>' if key else text
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([Paragraph(f'{linked}<onDraw name="{callback}" label="{n}"/>', style)])
        self._table = Table(rows, colWidths=(availWidth,), style=self.table_style)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        assert self._table is not None
        return self._table.splitOn(self.canv, availWidth, availHeight)  # type: ignore[no-any-return]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        assert self._table is not None
        self._table.drawOn(canvas, x, y, _sW)

    def _line_end(self, canvas: Canvas, kind: str, label: str) -> None:
        """Called where a line's title ends: its leader and page number, drawn late."""
        n = int(label)
        level, _text, key = self.lines[n] if self.lines else (0, "", "")
        style = self._style(level)
        dot = " . " if 0 <= self.dots_min_level <= level else ""
        at = canvas._curr_tx_info  # type: ignore[attr-defined]
        x, y, width = at["cur_x"], at["cur_y"], self._width
        index = _page_index(canvas)
        if index is None or not self.lines:
            return
        if key:  # the leader and number link to the section, as the title does
            canvas.linkRect("", key, (x, y, width, y + style.leading), relative=1)

        def number(c: Canvas) -> None:
            c._curr_tx_info = {"cur_x": x, "cur_y": y}  # type: ignore[attr-defined]
            try:
                drawPageNumbers(c, style, [(index.page_of_line(n), None)], width, 0, dot)
            finally:
                del c._curr_tx_info  # type: ignore[attr-defined]

        canvas.late(number)  # type: ignore[attr-defined]


# -- page ranges ---------------------------------------------------------------------------


def range_text(pages: tuple[int, int] | None) -> str:
    """ "Pages 15 – 26", or "Page 15" for one page (seed 004's agenda column)."""
    if pages is None:
        return "Pages … – …"
    first, last = pages
    return f"Page {first}" if first == last else f"Pages {first} – {last}"


class PageRange(Flowable):
    """A table cell reading "Pages a – b" for a section.

    Laid out with room for a guess (the pages the section would take if nothing before
    it ran over a page, or the pass before's), drawn after the layout with the real
    numbers; `PageIndex.settled` checks that the real words fit the room taken."""

    def __init__(self, key: str, style: ParagraphStyle = styles.CELL) -> None:
        super().__init__()
        self.key, self.style = key, style
        self._para: Paragraph | None = None

    def _paragraph(self, pages: tuple[int, int] | None) -> Paragraph:
        return Paragraph(styles.text(range_text(pages)), self.style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        index = _page_index(getattr(self, "canv", None))  # type: ignore[arg-type]
        self._para = self._paragraph(index.guesses.get(self.key) if index else None)
        self.width, self.height = self._para.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        index = _page_index(canv)
        if index is None or self._para is None:
            para = self._para or self._paragraph(None)
            para.wrapOn(canv, self.width or 1e6, 1e6)
            para.drawOn(canv, 0, 0)
            return
        width, height, key, style = self.width, self.height, self.key, self.style
        index.reserve(key, width, height, style)

        def words(c: Canvas) -> None:
            real = self._paragraph(index.ranges.get(key))
            real.wrapOn(c, width, 1e6)
            real.drawOn(c, 0, 0)

        canv.late(words)  # type: ignore[attr-defined]


# -- reserved pages and reused drawings ------------------------------------------------------


class ReservedPage(Flowable):
    """A whole page kept for page `index` of an attached PDF; the page is merged in after
    layout (pdf_merge), under the running header and footer this page already carries."""

    def __init__(self, path: Path, index: int) -> None:
        super().__init__()
        self.path, self.index = path, index

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        full = pack_doc(self.canv).frame_height
        # Only a fresh page has the whole frame free: anywhere else, move on a page.
        return availWidth, (availHeight if availHeight >= full - 0.5 else full)

    def draw(self) -> None:
        doc = pack_doc(self.canv)
        doc.page_index.placements.append(
            Placement(self.canv.getPageNumber(), self.path, self.index)
        )


class ReusedDrawing(Flowable):
    """A small drawing that recurs through a pack (an icon, a key): made and drawn once,
    as a form XObject, and shown wherever it is used. `key` names the drawing: the same
    key must always make the same drawing. Outside a pack it is drawn in place."""

    def __init__(
        self, key: Hashable, width: float, height: float, make: Callable[[], Drawing]
    ) -> None:
        super().__init__()
        self.key, self.make = key, make
        self.width, self.height = width, height
        self.hAlign = "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        make = self.make
        if isinstance(self.canv, PackCanvas):
            self.canv.reuse(self.key, self.width, self.height, lambda c: make().drawOn(c, 0, 0))
        else:
            make().drawOn(self.canv, 0, 0)
