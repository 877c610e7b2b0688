"""The document every pack is built on, exercised directly: tables that split with
their header rows repeated, bookmarks, metadata, the attached-page geometry, cancelling
and the whole-file write."""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import KeepTogether

from placeboard.reports import styles
from placeboard.reports.errors import PackCancelled, PackError
from placeboard.reports.fonts import font_files
from placeboard.reports.pack_document import (
    PackInfo,
    Section,
    build_pdf,
    created_at,
    heading,
    page_range,
)
from placeboard.reports.pdf_merge import AttachedPdf, attachment_flowables, fit

from .pack_board import make_pdf
from .pdf_reading import PAGES_RE, flat, outline_titles, qpdf_check, texts

INFO = PackInfo(
    title="Test pack",
    subject="Tables and papers",
    author="PlaceBoard — Test secretariat",
    header="Test Board · 19 January 2027",
    public=True,
    created=datetime(2027, 1, 19, 9, 0, tzinfo=UTC),
)


def long_table(rows: int) -> list[object]:
    body = [[f"Row {n}", f"Zoë Ní Bhriain {n}", "Łukasz Przykładowy"] for n in range(rows)]
    return [styles.data_table(("Ref", "Name", "Deputy"), body, (60, 200, 200))]


def test_a_long_table_repeats_its_header_row_on_every_page(tmp_path: Path) -> None:
    out = tmp_path / "table.pdf"
    result = build_pdf(INFO, [Section("Register", 0, long_table(150), key="register")], out)
    first, last = result.ranges["register"]
    assert last - first >= 2  # it really split
    pages = texts(out)
    for n in range(first, last + 1):
        assert "Ref" in pages[n - 1] and "Deputy" in pages[n - 1], n
    assert "Row 149" in pages[last - 1]
    qpdf_check(out)


def test_bookmarks_contents_and_metadata(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    sections = [
        Section("Cover", 0, [styles.para("Front")], show_title=False),
        Section("Group", 0, [], key="group", show_title=False),
        Section("First item", 1, [styles.para("One"), heading("A sub-part", 2)], key="one"),
        Section("Second item", 1, [styles.para("Two")], key="two"),
    ]
    result = build_pdf(INFO, sections, out)
    assert outline_titles(out) == [
        "Cover",
        "Contents",
        "Group",
        "First item",
        "A sub-part",
        "Second item",
    ]
    assert result.ranges["group"] == (3, 4)  # the group's bookmark is its first item's page
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert (reader.metadata.title, reader.metadata.author) == (INFO.title, INFO.author)
    assert reader.metadata.subject == INFO.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.metadata.creation_date == INFO.created
    assert "Contents" in texts(out)[1] and "Second item" in texts(out)[1]


def test_page_ranges_and_attached_pages(tmp_path: Path) -> None:
    paper = make_pdf(tmp_path / "paper.pdf", "ATTACHED", 3)
    rows = [["1", "The paper", page_range("item")]]
    sections = [
        Section("Agenda", 0, [styles.data_table(("No", "Title", "Papers"), rows, (40, 200, 120))]),
        Section(
            "The paper",
            1,
            [
                styles.para("Cover sheet"),
                *attachment_flowables(AttachedPdf(paper, 3, "paper"), "p"),
            ],
            key="item",
        ),
    ]
    out = tmp_path / "ranges.pdf"
    result = build_pdf(INFO, sections, out)
    pages = texts(out)
    printed = PAGES_RE.search(flat(pages[0]))  # the agenda comes first, then contents
    assert printed is not None and (int(printed[1]), int(printed[2])) == result.ranges["item"]
    start, end = result.ranges["item"]
    assert "Cover sheet" in pages[start - 1]
    assert "ATTACHED page 1 of 3" in pages[start] and "ATTACHED page 3 of 3" in pages[end - 1]
    assert all(f"Page {n} of {len(pages)}" in t for n, t in enumerate(pages, start=1))
    assert all("PUBLIC" in t for t in pages)
    qpdf_check(out)


def test_the_same_content_gives_the_same_bytes(tmp_path: Path) -> None:
    paper = make_pdf(tmp_path / "paper.pdf", "SAME", 2)

    def build() -> bytes:
        out = BytesIO()
        flow = [styles.para("Text"), *attachment_flowables(AttachedPdf(paper, 2, "p"), "p")]
        build_pdf(INFO, [Section("Item", 0, flow), *[Section("T", 0, long_table(40))]], out)
        return out.getvalue()

    assert build() == build()


@pytest.mark.parametrize(
    ("rotate", "corner", "expected"),
    [
        (0, (0, 0), (0, 0)),  # bottom left stays bottom left
        (90, (0, 0), (0, 100)),  # turned clockwise: the bottom-left corner goes to the top
        (180, (0, 0), (100, 200)),
        (270, (0, 0), (200, 0)),
    ],
)
def test_placing_a_rotated_page(
    rotate: int, corner: tuple[float, float], expected: tuple[float, float]
) -> None:
    """A 100 × 200 page in a box its own size (shown size) lands corner to corner."""
    shown = (200, 100) if rotate in (90, 270) else (100, 200)
    matrix, placed = fit((0, 0, 100, 200), rotate, (0, 0, *shown))
    a, b, c, d, e, f = matrix
    x, y = corner
    assert (a * x + c * y + e, b * x + d * y + f) == pytest.approx(expected)
    assert placed == pytest.approx((0, 0, *shown))


def test_a_page_is_scaled_into_the_box_at_the_top() -> None:
    matrix, placed = fit((0, 0, 595, 842), 0, (10, 50, 585, 790))
    scale = matrix[0]
    assert scale == pytest.approx(740 / 842)
    assert placed[3] == pytest.approx(790)  # top-aligned
    assert (placed[0] + placed[2]) / 2 == pytest.approx(297.5)  # centred across


def test_cancelling_raises_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "never.pdf"
    with pytest.raises(PackCancelled):
        build_pdf(INFO, [Section("T", 0, long_table(10))], out, progress=lambda step: False)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_target_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="Cannot write"):
        build_pdf(INFO, [Section("T", 0, long_table(3))], tmp_path / "missing" / "x.pdf")


def test_source_date_epoch_fixes_the_creation_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    assert created_at() == datetime.fromtimestamp(1800000000, UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(PackError, match="SOURCE_DATE_EPOCH"):
        created_at()
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert created_at(datetime(2027, 1, 1, 12, 0, 0, 5)) == datetime(2027, 1, 1, 12, tzinfo=UTC)


def test_the_fonts_ship_with_the_package() -> None:
    for path in font_files():
        assert path.is_file() and path.stat().st_size > 100_000
    assert (font_files()[0].parent / "LICENSE.txt").is_file()


# -- one layout pass, and a second only when a guess was wrong -----------------------------


def test_a_pack_is_laid_out_once(tmp_path: Path) -> None:
    paper = make_pdf(tmp_path / "paper.pdf", "ONCE", 4)
    rows = [["1", "The paper", page_range("item")]]
    sections = [
        Section("Agenda", 0, [styles.data_table(("No", "Title", "Papers"), rows, (40, 200, 120))]),
        Section("Register", 0, long_table(120), key="register"),
        Section("The paper", 1, attachment_flowables(AttachedPdf(paper, 4, "p"), "p"), key="item"),
    ]
    out = tmp_path / "once.pdf"
    result = build_pdf(INFO, sections, out)
    assert result.passes == 1
    pages = texts(out)
    printed = PAGES_RE.search(flat(pages[0]))
    assert printed is not None and (int(printed[1]), int(printed[2])) == result.ranges["item"]
    assert all(f"Page {n} of {len(pages)}" in t for n, t in enumerate(pages, start=1))


def test_a_page_range_that_wraps_unforeseen_is_laid_out_again(tmp_path: Path) -> None:
    """The agenda's narrow cell made room for the guess ("Page 4": the register and the
    item were each guessed to fit a page); the real range wraps, so the pack is laid out
    again."""
    rows = [["1", page_range("item")]]
    sections = [
        Section("Agenda", 0, [styles.data_table(("No", "Papers"), rows, (40, 44))]),
        Section("Register", 0, long_table(150), key="register"),
        Section("Item", 0, long_table(60), key="item"),
    ]
    out = tmp_path / "again.pdf"
    result = build_pdf(INFO, sections, out)
    assert result.passes == 2
    first, last = result.ranges["item"]
    assert first > 3
    agenda = flat(texts(out)[0])
    assert (f"Page {first}" if first == last else f"Pages {first} – {last}") in agenda
    qpdf_check(out)


def test_contents_lines_found_only_in_the_layout_are_listed(tmp_path: Path) -> None:
    """A heading inside a KeepTogether is not seen before the layout; the contents
    page then takes the lines the layout found, in a second pass, with their pages."""
    hidden = KeepTogether([heading("Hidden item", 1, "hidden"), styles.para("Kept")])
    sections = [
        Section("Cover", 0, [styles.para("Front")], show_title=False),
        Section("Register", 0, long_table(80), key="register"),
        Section("Group", 0, [hidden], key="group"),
    ]
    out = tmp_path / "contents.pdf"
    result = build_pdf(INFO, sections, out)
    assert result.passes == 2
    contents = flat(texts(out)[1]) + " "
    for key, title in (("register", "Register"), ("group", "Group"), ("hidden", "Hidden item")):
        assert f" {result.ranges[key][0]} {title} " in contents, title


def test_a_contents_list_over_several_pages(tmp_path: Path) -> None:
    sections = [Section(f"Item {n}", 1 if n % 3 else 0, [styles.para(f"Body {n}")], key=f"i{n}")
                for n in range(1, 121)]  # fmt: skip
    out = tmp_path / "long-contents.pdf"
    result = build_pdf(INFO, sections, out)
    assert result.passes == 1
    first, last = result.ranges["contents"]
    assert last > first  # the contents ran over a page
    pages = texts(out)
    contents = flat(" ".join(pages[first - 1 : last])) + " "
    at = 0
    for n in range(2, 121):
        page = result.ranges[f"i{n}"][0]
        at = contents.index(f" {page} Item {n} ", at) + 1
        assert f"Body {n}" in pages[page - 1]
