"""The flowables a pack is laid out with beyond reportlab's own: bookmarked headings,
the page index that makes "Page n of N" and "Pages 15 – 26" right, and the reserved
pages that attached PDFs are later merged into.

reportlab lays a pack out more than once (multiBuild) until every IndexingFlowable is
satisfied; `PageIndex` is one, so a pass whose page numbers differ from the pass before
is followed by another, and the numbers printed are those of the final layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import IndexingFlowable

from . import styles

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class Placement:
    """Page `page` (1-based) of the pack shows page `index` (0-based) of the PDF at `path`."""

    page: int
    path: Path
    index: int


class PageIndex(IndexingFlowable):
    """Where each section fell (first and last page), the page count, and where the
    attached PDFs' pages go, for this pass and the one before it."""

    def __init__(self) -> None:
        super().__init__()
        self.ranges: dict[str, tuple[int, int]] = {}
        self.previous: dict[str, tuple[int, int]] = {}
        self.total = 0
        self.previous_total = 0
        self.placements: list[Placement] = []

    def beforeBuild(self) -> None:
        self.previous, self.ranges = self.ranges, {}
        self.previous_total, self.total = self.total, 0
        self.placements = []

    def isSatisfied(self) -> bool:
        return self.ranges == self.previous and self.total == self.previous_total

    def extend(self, key: str, page: int) -> None:
        first, last = self.ranges.get(key, (page, page))
        self.ranges[key] = (min(first, page), max(last, page))

    def known_range(self, key: str) -> tuple[int, int] | None:
        """The section's pages as laid out in the pass before this one."""
        return self.previous.get(key)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def pack_doc(canv: Canvas) -> Any:
    """The PackDocTemplate laying the canvas out (reportlab sets it while building)."""
    return canv._doctemplate  # type: ignore[attr-defined]


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


def range_text(pages: tuple[int, int] | None) -> str:
    """ "Pages 15 – 26", or "Page 15" for one page (seed 004's agenda column)."""
    if pages is None:
        return "Pages … – …"
    first, last = pages
    return f"Page {first}" if first == last else f"Pages {first} – {last}"


class PageRange(Flowable):
    """A table cell reading "Pages a – b" for a section, from the previous layout pass.

    Wrapped and drawn from the same numbers within a pass, so the layout is consistent;
    if the numbers moved, the page index is unsatisfied and reportlab lays out again."""

    def __init__(self, key: str, style: ParagraphStyle = styles.CELL) -> None:
        super().__init__()
        self.key, self.style = key, style
        self._para: Paragraph | None = None

    def _paragraph(self) -> Paragraph:
        doc = getattr(getattr(self, "canv", None), "_doctemplate", None)
        pages = doc.page_index.known_range(self.key) if doc is not None else None
        return Paragraph(styles.text(range_text(pages)), self.style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._para = self._paragraph()
        return self._para.wrap(availWidth, availHeight)

    def draw(self) -> None:
        para = self._para
        if para is None:
            para = self._paragraph()
            para.wrapOn(self.canv, 1e6, 1e6)
        para.drawOn(self.canv, 0, 0)


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
