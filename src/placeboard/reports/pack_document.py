"""The document every pack is built on.

A pack is a list of `Section`s. `build_pdf` lays them out on A4 with:

- a bookmark (PDF outline entry) for every section, item and attached paper;
- a contents page with page numbers (added after the first section unless a section
  already holds a `contents()` table);
- a running header (board and meeting or period, PUBLIC or CONFIDENTIAL) and a
  "Page n of N" footer on every page, attached papers' pages included;
- document title, author, subject and language (catalog /Lang);
- the same bytes for the same content and creation date: reportlab's invariant mode,
  the creation date from `PackInfo.created` (see `created_at`, which honours
  SOURCE_DATE_EPOCH) and a file /ID that is a digest of the content.

reportlab lays the pack out again until page numbers settle (multiBuild), then the
attached PDFs are merged onto the pages reserved for them (pdf_merge). The file is
written whole under a temporary name and renamed, so a failed or cancelled build
leaves nothing half-written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import ActionFlowable, Flowable, Frame, PageTemplate, Spacer
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.flowables import PageBreak, PageBreakIfNotEmpty
from reportlab.platypus.tableofcontents import TableOfContents

from . import styles
from .errors import PackCancelled, PackError
from .fonts import BOLD, REGULAR, register_fonts
from .pack_flowables import Anchor, Heading, Marker, PageIndex, PageRange
from .pdf_merge import Box, stamp_attachments

Progress = Callable[[str], bool]

FRAME_HEIGHT = styles.PAGE_HEIGHT - styles.MARGIN_TOP - styles.MARGIN_BOTTOM
HEADER_RULE_Y = styles.HEADER_Y - 6
FOOTER_RULE_Y = styles.FOOTER_Y + 11
# Where an attached paper's page is put: between the header and footer rules.
ATTACHED_BOX: Box = (
    styles.MARGIN_X - 12,
    FOOTER_RULE_Y + 6,
    styles.PAGE_WIDTH - styles.MARGIN_X + 12,
    HEADER_RULE_Y - 6,
)
MAX_PASSES = 8


@dataclass(frozen=True)
class PackInfo:
    title: str  # document title and cover title
    subject: str
    author: str  # e.g. "PlaceBoard — Lancashire North secretariat"
    header: str  # running header, e.g. "Lancashire North Place Board · 19 January 2027"
    public: bool  # True: "PUBLIC" on every page; False: "CONFIDENTIAL"
    created: datetime  # the creation date written into the file (see created_at)
    language: str = "en-GB"

    @property
    def marking(self) -> str:
        return "PUBLIC" if self.public else "CONFIDENTIAL"


def source_date() -> datetime | None:
    """SOURCE_DATE_EPOCH (the reproducible-builds convention) as a UTC date, if set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return None
    try:
        return datetime.fromtimestamp(int(epoch), UTC)
    except ValueError:
        raise PackError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds (not '{epoch}')."
        ) from None


def created_at(now: datetime | None = None) -> datetime:
    """The creation date to stamp: SOURCE_DATE_EPOCH when set (reproducible builds),
    else `now` (else the clock), in UTC to the second."""
    fixed = source_date()
    if fixed is not None:
        return fixed
    moment = now or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


@dataclass
class Section:
    """A part of a pack: its heading (level 0 section, 1 item, 2 sub-part) and content.

    A section with `show_title=False` and no flowables is a bookmark only (e.g. "Part I"),
    placed on the page where the next section starts."""

    title: str
    level: int
    flowables: list[Flowable] = field(default_factory=list)
    new_page: bool = True
    key: str | None = None  # names the section's bookmark and page range
    show_title: bool = True
    in_contents: bool = True


@dataclass(frozen=True)
class PackResult:
    pages: int
    ranges: dict[str, tuple[int, int]]  # section key -> (first page, last page)
    outline: list[tuple[int, str]]  # (level, title) of every bookmark, in order
    passes: int  # layout passes reportlab needed
    size: int  # bytes written


def heading(text: str, level: int, key: str | None = None) -> Flowable:
    """A visible heading that is a bookmark and a contents line (levels 0 – 2)."""
    style = styles.HEADINGS[min(max(level, 0), len(styles.HEADINGS) - 1)]
    return Heading(text, level, key, style)


def page_range(key: str) -> Flowable:
    """A table cell reading "Pages 15 – 26": the pages of the section with this key."""
    return PageRange(key)


def contents() -> TableOfContents:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = list(styles.TOC_STYLES)
    return toc


def contents_section() -> Section:
    return Section("Contents", 0, [contents()], key="contents", in_contents=False)


class _FixedStamp(TimeStamp):
    """reportlab's creation-date stamp, set to the pack's creation date."""

    def __init__(self, when: datetime) -> None:  # no super(): it would read the clock
        utc = when.astimezone(UTC)
        self.t = utc.timestamp()
        self.lt = utc.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


class PackDocTemplate(BaseDocTemplate):
    def __init__(self, target: BinaryIO, info: PackInfo, index: PageIndex) -> None:
        super().__init__(
            target,
            pagesize=styles.PAGE_SIZE,
            leftMargin=styles.MARGIN_X,
            rightMargin=styles.MARGIN_X,
            topMargin=styles.MARGIN_TOP,
            bottomMargin=styles.MARGIN_BOTTOM,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator="PlaceBoard",
            lang=info.language,
            invariant=1,
            displayDocTitle=1,
        )
        self.info = info
        self.page_index = index
        self.frame_height = FRAME_HEIGHT
        self.outline_titles: list[tuple[int, str]] = []
        self._open: list[str] = []  # keys of the sections the layout is inside
        self._last_level = -1
        frame = Frame(
            styles.MARGIN_X,
            styles.MARGIN_BOTTOM,
            styles.CONTENT_WIDTH,
            FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate("pack", [frame], onPage=self._decorate)])

    # -- each pass ---------------------------------------------------------------------

    def beforeDocument(self) -> None:
        self.outline_titles = []
        self._open = []
        self._last_level = -1

    def afterPage(self) -> None:
        self.page_index.total = max(self.page_index.total, self.page)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, ActionFlowable | PageBreak):
            return
        for key in self._open:
            self.page_index.extend(key, self.page)

    def on_marker(self, marker: Marker, page: int) -> str:
        """A heading or anchor was drawn: outline entry, contents line, page range.
        Returns the bookmark's name."""
        key = marker.key or f"heading-{len(self.outline_titles) + 1}"
        level = min(marker.level, self._last_level + 1)  # the outline cannot skip a level
        self._last_level = level
        self.canv.addOutlineEntry(marker.title, key, level, closed=level >= 1)
        self.outline_titles.append((level, marker.title))
        if marker.in_contents and level <= 1:
            self.notify("TOCEntry", (level, styles.text(marker.title), page, key))
        self._open = [*self._open[:level], key]
        for open_key in self._open:
            self.page_index.extend(open_key, page)
        return key

    # -- every page ----------------------------------------------------------------------

    def _decorate(self, canv: Canvas, doc: Any) -> None:
        info = self.info
        width = styles.PAGE_WIDTH
        left, right = styles.MARGIN_X, width - styles.MARGIN_X
        canv.saveState()
        # Header: the board and meeting (or period) on the left, the marking on the right.
        canv.setFillColor(styles.NHS_DARK_GREY)
        canv.setFont(REGULAR, 8)
        canv.drawString(left, styles.HEADER_Y, info.header)
        mark_colour = styles.NHS_BLUE if info.public else styles.NHS_RED
        canv.setFont(BOLD, 8)
        mark_width = canv.stringWidth(info.marking, BOLD, 8) + 10
        canv.setFillColor(mark_colour)
        canv.roundRect(right - mark_width, styles.HEADER_Y - 3.5, mark_width, 12.5, 2, 0, 1)
        canv.setFillColor(styles.WHITE)
        canv.drawCentredString(right - mark_width / 2, styles.HEADER_Y, info.marking)
        canv.setStrokeColor(styles.NHS_BLUE)
        canv.setLineWidth(1)
        canv.line(left, HEADER_RULE_Y, right, HEADER_RULE_Y)
        # Footer: the pack's title, and "Page n of N".
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.5)
        canv.line(left, FOOTER_RULE_Y, right, FOOTER_RULE_Y)
        canv.setFillColor(styles.NHS_DARK_GREY)
        canv.setFont(REGULAR, 7.5)
        canv.drawString(left, styles.FOOTER_Y, info.title)
        total = self.page_index.previous_total or "…"
        canv.setFont(BOLD, 8)
        canv.setFillColor(styles.NHS_DARK_BLUE)
        canv.drawRightString(right, styles.FOOTER_Y, f"Page {canv.getPageNumber()} of {total}")
        canv.restoreState()


def _canvas_maker(info: PackInfo) -> Callable[..., Canvas]:
    def make(*args: Any, **kwargs: Any) -> Canvas:
        canv = Canvas(*args, **kwargs)
        canv._doc._timeStamp = _FixedStamp(info.created)  # type: ignore[attr-defined]
        return canv

    return make


def compose(sections: Sequence[Section]) -> tuple[list[Flowable], PageIndex]:
    """The story: sections in order, each after a page break when asked, headings as
    bookmarks, a contents page after the first section unless one is given."""
    index = PageIndex()
    story: list[Flowable] = [index]
    listed = list(sections)
    if len(listed) > 1 and not any(
        isinstance(f, TableOfContents) for s in listed for f in s.flowables
    ):
        listed.insert(1, contents_section())
    pending: list[Flowable] = []  # bookmark-only sections wait for the next page start
    for n, section in enumerate(listed):
        key = section.key or f"section-{n}"
        if not section.show_title and not section.flowables:
            pending.append(Anchor(section.title, section.level, key, section.in_contents))
            continue
        if section.new_page and len(story) > 1:
            story.append(PageBreakIfNotEmpty())
        story.extend(pending)
        pending = []
        if section.show_title:
            style = styles.HEADINGS[min(max(section.level, 0), len(styles.HEADINGS) - 1)]
            story.append(Heading(section.title, section.level, key, style, section.in_contents))
        else:
            story.append(Anchor(section.title, section.level, key, section.in_contents))
        story.extend(section.flowables)
    if pending:
        story.append(Spacer(0, 0))
        story.extend(pending)
    return story, index


def _checker(progress: Progress | None) -> Callable[[str], None]:
    def check(step: str) -> None:
        if progress is not None and progress(step) is False:
            raise PackCancelled()

    return check


def build_pdf(
    info: PackInfo,
    sections: Sequence[Section],
    out: Path | BinaryIO,
    progress: Progress | None = None,
) -> PackResult:
    """Lay the sections out, merge attached PDFs, write the file whole.

    `progress(step)` is told each step; returning False cancels (PackCancelled), and
    nothing is written."""
    register_fonts()
    check = _checker(progress)
    check("Laying out the pack")
    story, index = compose(sections)
    buffer = BytesIO()
    doc = PackDocTemplate(buffer, info, index)

    def on_progress(kind: str, value: int) -> None:
        if kind == "PASS":
            check(f"Laying out the pack (pass {value})")
        elif kind == "PAGE" and value % 25 == 0:
            check(f"Laying out the pack (page {value})")

    doc.setProgressCallBack(on_progress)
    try:
        passes = doc.multiBuild(story, maxPasses=MAX_PASSES, canvasmaker=_canvas_maker(info))
    except IndexError as exc:  # reportlab's "not resolved after n passes"
        raise PackError(f"The pack's page numbers did not settle ({exc}).") from exc
    data = buffer.getvalue()
    if index.placements:
        data = stamp_attachments(data, index.placements, ATTACHED_BOX, check)
    check("Saving the pack")
    write_whole(out, data)
    return PackResult(
        pages=index.total,
        ranges=dict(index.ranges),
        outline=list(doc.outline_titles),
        passes=passes,
        size=len(data),
    )


def write_whole(out: Path | BinaryIO, data: bytes) -> None:
    """Write to a temporary name beside the target, then rename over it."""
    if not isinstance(out, str | os.PathLike):
        out.write(data)
        return
    path = Path(out)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as exc:
        raise PackError(f"Cannot write {path}: {exc.strerror or exc}.") from None
    finally:
        partial.unlink(missing_ok=True)


__all__ = [
    "ATTACHED_BOX",
    "PackInfo",
    "PackResult",
    "Section",
    "build_pdf",
    "compose",
    "contents",
    "contents_section",
    "created_at",
    "heading",
    "page_range",
    "source_date",
    "write_whole",
]
