"""The document every pack is built on.

A pack is a list of `Section`s. `build_pdf` lays them out on A4 with:

- a bookmark (PDF outline entry) for every section, item and attached paper;
- a contents page with page numbers (added after the first section unless a section
  already holds a `contents()` flowable);
- a running header (board and meeting or period, PUBLIC or CONFIDENTIAL) and a
  "Page n of N" footer on every page, attached papers' pages included;
- document title, author, subject and language (catalog /Lang);
- the same bytes for the same content and creation date: reportlab's invariant mode,
  the creation date from `PackInfo.created` (see `created_at`, which honours
  SOURCE_DATE_EPOCH) and a file /ID that is a digest of the content.

reportlab lays the pack out once: the words that wait for the layout to end (the page
count, the contents' page numbers, the agenda's "Pages a – b") are drawn into their pages
afterwards (`pack_flowables.PackCanvas`), and only if a guess about them was wrong (a
page range that wraps differently in its cell) is the pack laid out again. Then the
attached PDFs are merged onto the pages reserved for them (pdf_merge). The file is
written whole under a temporary name and renamed, so a failed or cancelled build leaves
nothing half-written.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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

from . import styles
from .errors import PackCancelled, PackError
from .fonts import BOLD, REGULAR, register_fonts
from .pack_flowables import (
    Anchor,
    Contents,
    ContentsLine,
    Heading,
    Marker,
    PackCanvas,
    PageIndex,
    PageRange,
    ReservedPage,
)
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
MAX_PASSES = 4  # one, unless a guess was wrong; then the next knows the numbers


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
    passes: int  # layout passes needed (1 unless a page range wrapped unexpectedly)
    size: int  # bytes written


def heading(text: str, level: int, key: str | None = None) -> Flowable:
    """A visible heading that is a bookmark and a contents line (levels 0 – 2)."""
    style = styles.HEADINGS[min(max(level, 0), len(styles.HEADINGS) - 1)]
    return Heading(text, level, key, style)


def page_range(key: str) -> Flowable:
    """A table cell reading "Pages 15 – 26": the pages of the section with this key."""
    return PageRange(key)


def contents() -> Contents:
    """The contents page's lines; `compose` fills them in from the sections."""
    return Contents()


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
        self._doSave = 0  # build_pdf saves, when the late words are drawn
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
        self.page_index.begin_pass()

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
            self.page_index.contents.append(((level, styles.text(marker.title), key), page))
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
        canv.setFillColor(styles.NHS_DARK_BLUE)
        index, page = self.page_index, canv.getPageNumber()

        def page_of(c: Canvas) -> None:  # drawn when the page count is known
            c.setFont(BOLD, 8)
            c.drawRightString(right, styles.FOOTER_Y, f"Page {page} of {index.total}")

        if isinstance(canv, PackCanvas):
            canv.late(page_of)
        canv.restoreState()


def _canvas_maker(info: PackInfo) -> Callable[..., PackCanvas]:
    def make(*args: Any, **kwargs: Any) -> PackCanvas:
        canv = PackCanvas(*args, **kwargs)
        canv._doc._timeStamp = _FixedStamp(info.created)  # type: ignore[attr-defined]
        return canv

    return make


def compose(sections: Sequence[Section]) -> tuple[list[Flowable], PageIndex]:
    """The story: sections in order, each after a page break when asked, headings as
    bookmarks, a contents page after the first section unless one is given. The index
    knows the contents lines and a first guess at each section's pages."""
    index = PageIndex()
    story: list[Flowable] = []
    listed = list(sections)
    if len(listed) > 1 and not any(isinstance(f, Contents) for s in listed for f in s.flowables):
        listed.insert(1, contents_section())
    pending: list[Flowable] = []  # bookmark-only sections wait for the next page start
    for n, section in enumerate(listed):
        key = section.key or f"section-{n}"
        if not section.show_title and not section.flowables:
            pending.append(Anchor(section.title, section.level, key, section.in_contents))
            continue
        if section.new_page and story:
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
    lines, index.guesses = _foresee(story)
    index.contents_pages = [f for f in story if isinstance(f, Contents)]
    for page in index.contents_pages:
        page.lines = list(lines)
    return story, index


def _foresee(story: Sequence[Flowable]) -> tuple[list[ContentsLine], dict[str, tuple[int, int]]]:
    """What the layout will find, as far as can be told before it: the contents lines
    (as `PackDocTemplate.on_marker` makes them) and, for a guess at the page ranges, the
    pages each section would take if nothing ran over a page (attached papers' reserved
    pages and page breaks counted)."""
    lines: list[ContentsLine] = []
    ranges: dict[str, tuple[int, int]] = {}
    open_keys: list[str] = []
    marks, last_level = 0, -1
    page, used, full = 1, False, False

    def extend(page: int) -> None:
        for key in open_keys:
            first, last = ranges.get(key, (page, page))
            ranges[key] = (min(first, page), max(last, page))

    for f in story:
        if isinstance(f, PageBreakIfNotEmpty | PageBreak):
            if used or not isinstance(f, PageBreakIfNotEmpty):
                page, used, full = page + 1, False, False
            continue
        if isinstance(f, ActionFlowable):
            continue
        if isinstance(f, Marker):
            marks += 1
            key = f.key or f"heading-{marks}"
            level = min(f.level, last_level + 1)
            last_level = level
            if f.in_contents and level <= 1:
                lines.append((level, styles.text(f.title), key))
            open_keys = [*open_keys[:level], key]
        if not isinstance(f, Anchor):  # an anchor takes no room
            if full or (isinstance(f, ReservedPage) and used):
                page, used = page + 1, False
            used, full = True, isinstance(f, ReservedPage)
        extend(page)
    return lines, ranges


_pause_lock = threading.Lock()
_pauses = 0  # builds under way with the cycle collector paused
_resume = False  # whether to turn it back on when the last one ends


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a pack is made (and turned back on after,
    if it was on). A pack is a story of some hundred thousand objects that all live
    until it is written, and each full collection walks every one of them: for the
    large demo's pack of all places, about a second of collections that find next to
    nothing. Nested and concurrent builds share one pause."""
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()


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
    with collector_paused():
        return _build_pdf(info, sections, out, progress)


def _build_pdf(
    info: PackInfo,
    sections: Sequence[Section],
    out: Path | BinaryIO,
    progress: Progress | None,
) -> PackResult:
    register_fonts()
    check = _checker(progress)
    check("Laying out the pack")
    story, index = compose(sections)
    buffer = BytesIO()
    doc = PackDocTemplate(buffer, info, index)

    def on_progress(kind: str, value: int) -> None:
        if kind == "PAGE" and value % 25 == 0:
            check(f"Laying out the pack (page {value})")

    doc.setProgressCallBack(on_progress)
    passes = 1
    doc.build(list(story), canvasmaker=_canvas_maker(info))
    while not index.settled():
        if passes == MAX_PASSES:
            raise PackError(f"The pack's page numbers did not settle in {passes} passes.")
        passes += 1
        check(f"Laying out the pack (pass {passes})")
        doc.build(list(story), canvasmaker=_canvas_maker(info))
    canv: PackCanvas = doc.canv
    canv.finish()
    canv.save()
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
    "collector_paused",
    "compose",
    "contents",
    "contents_section",
    "created_at",
    "heading",
    "page_range",
    "source_date",
    "write_whole",
]
