"""The meeting pack read back as a reader meets it: pages, bookmarks, the agenda's page
ranges, header and footer on every page, metadata, the public version, supplements."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from placeboard.domain.errors import ValidationError
from placeboard.reports.errors import PackCancelled
from placeboard.reports.pack_document import PackResult
from placeboard.services import Services
from placeboard.store.database import open_database

from .pack_board import (
    BOARD,
    CONFIDENTIAL_PAPER_TITLE,
    PART_TWO_ACTION,
    PART_TWO_MINUTE,
    PART_TWO_PAPER_TEXT,
    PART_TWO_TITLE,
    PRIVATE_INTEREST,
    PackBoard,
    build_pack_board,
    make_pdf,
)
from .pdf_reading import PAGES_RE, flat, outline_titles, qpdf_check, texts

EPOCH = int(datetime(2027, 1, 5, 9, 30, tzinfo=UTC).timestamp())
PART_TWO_WORDS = (
    PART_TWO_TITLE,
    PART_TWO_PAPER_TEXT,
    PART_TWO_MINUTE,
    PART_TWO_ACTION,
    PRIVATE_INTEREST,
    CONFIDENTIAL_PAPER_TITLE,
    "PAPER-C",
)


@dataclass
class Built:
    services: Services
    board: PackBoard
    folder: Path
    full: Path
    public: Path
    full_result: PackResult
    public_result: PackResult


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    folder = tmp_path_factory.mktemp("packs")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
        services = Services(open_database(folder / "data"))
        board = build_pack_board(services, folder)
        full, public = folder / "full.pdf", folder / "public.pdf"
        full_result = services.packs.meeting_pack(board.meeting_id, False, full)
        public_result = services.packs.meeting_pack(board.meeting_id, True, public)
        yield Built(services, board, folder, full, public, full_result, public_result)
        services.close()


def numbered(built: Built) -> dict[str, str]:
    """Item title -> "Item N: title" as the pack heads it."""
    agenda = built.services.meetings.agenda(built.board.meeting_id)
    return {i.title: f"Item {i.position}: {i.title}" for i in agenda}


def first_page_with(pages: list[str], words: str, after: int = 0) -> int:
    """1-based number of the first page (after page `after`) holding the words."""
    for n, text in enumerate(pages, start=1):
        if n > after and words in flat(text):
            return n
    raise AssertionError(f"{words!r} is on no page")


def test_page_count_and_bookmarks(built: Built) -> None:
    assert len(PdfReader(built.full).pages) == built.full_result.pages
    titles = outline_titles(built.full)
    heads = numbered(built)
    expected = [
        "Cover",
        "Contents",
        "Agenda",
        "Part I (open to the press and public)",
        heads["Declarations of interest"],
        heads[next(t for t in heads if t.startswith("Minutes of the last meeting"))],
        heads["Action log and forward plan"],
        "Forward plan",
        heads["Place Integration Deal: stage readiness"],
        "PAPER-A",
        heads["Better Care Fund quarterly return"],
        "PAPER-B",
        heads["Provider of concern"],
        "Part II (not open to the press and public)",
        heads[PART_TWO_TITLE],
        "PAPER-C",
    ]
    assert titles == expected
    assert [t for _level, t in built.full_result.outline] == expected


def test_contents_page_lists_sections_with_their_pages(built: Built) -> None:
    pages = texts(built.full)
    contents = PdfReader(built.full).pages[1].extract_text(extraction_mode="layout")
    lines = {
        line.split(" .")[0].strip(): line.rsplit(" ", 1)[-1]
        for line in contents.splitlines()
        if " . " in line
    }
    for title, head in numbered(built).items():
        if title in built.board.pdfs:
            assert lines[head] == str(first_page_with(pages, head, after=3)), head
    assert lines["Agenda"] == "3"


def test_agenda_ranges_point_at_where_each_paper_starts(built: Built) -> None:
    pages = texts(built.full)
    agenda = flat(pages[2] + " " + pages[3])
    heads = numbered(built)
    for title, (marker, count) in built.board.pdfs.items():
        start = first_page_with(pages, heads[title], after=3)
        paper_first = first_page_with(pages, f"{marker} page 1 of {count}")
        paper_last = first_page_with(pages, f"{marker} page {count} of {count}")
        assert paper_first == start + 1  # the cover sheet, then the paper
        assert paper_last == paper_first + count - 1
        row = agenda.split(title, 1)[1]
        printed = PAGES_RE.search(row)
        assert printed is not None, title
        assert (int(printed[1]), int(printed[2])) == (start, paper_last)
        assert built.full_result.ranges[f"item-{built.board.items[title]}"] == (start, paper_last)


def test_header_and_footer_on_every_page(built: Built) -> None:
    for path, marking in ((built.full, "CONFIDENTIAL"), (built.public, "PUBLIC")):
        pages = texts(path)
        for n, text in enumerate(pages, start=1):
            assert f"{BOARD} · 19 January 2027" in text, (path.name, n)
            assert marking in text, (path.name, n)
            assert f"Page {n} of {len(pages)}" in text, (path.name, n)


def test_attached_pages_are_a4_with_the_paper_inside(built: Built) -> None:
    reader = PdfReader(built.full)
    sizes = {
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages
    }
    assert sizes == {(595, 842)}  # the landscape paper is scaled onto portrait A4


def test_metadata(built: Built) -> None:
    reader = PdfReader(built.public)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == f"{BOARD}: meeting pack, 19 January 2027"
    assert meta.author == f"PlaceBoard — {BOARD} secretariat"
    assert meta.subject is not None and "public version" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert meta.creation_date == datetime.fromtimestamp(EPOCH, UTC)


def test_qpdf_finds_no_fault(built: Built) -> None:
    for path in (built.full, built.public):
        assert "No syntax or stream encoding errors" in qpdf_check(path)


def test_public_pack_leaves_part_two_and_private_details_out(built: Built) -> None:
    public = flat(" ".join(texts(built.public)))
    full = flat(" ".join(texts(built.full)))
    for words in PART_TWO_WORDS:
        assert words in full, words
        assert words not in public, words
    assert not any("Part II" in t for t in outline_titles(built.public))
    assert "PAPER-A page 3 of 3" in public
    assert "Details withheld from publication." in public
    assert "Circulate the winter plan to partners" in public  # a Part I action stays
    assert built.public_result.pages < built.full_result.pages


def test_names_print_whole(built: Built) -> None:
    for path in (built.full, built.public):
        text = " ".join(texts(path))
        assert "Zoë Ní Bhriain" in text
        assert "Łukasz Przykładowy" in text
        assert "Siân Ap-Rhys" in text


def test_same_data_and_date_give_the_same_bytes(
    built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    again = io.BytesIO()
    built.services.packs.meeting_pack(built.board.meeting_id, False, again)
    assert again.getvalue() == built.full.read_bytes()


def test_cancelling_writes_nothing(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    steps: list[str] = []

    def progress(step: str) -> bool:
        steps.append(step)
        return not step.startswith("Merging")

    with pytest.raises(PackCancelled):
        built.services.packs.meeting_pack(built.board.meeting_id, False, out, progress)
    assert any(s.startswith("Laying out") for s in steps)
    assert os.listdir(tmp_path) == []


def test_a_late_paper_goes_into_a_supplement_and_the_pack_stays_as_published(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    board = build_pack_board(services, tmp_path)
    packs = services.packs
    with pytest.raises(ValidationError, match="not been published yet"):
        packs.meeting_supplement(board.meeting_id, False, io.BytesIO())
    published = tmp_path / "published.pdf"
    packs.meeting_pack(board.meeting_id, False, published, publish=True)
    assert (
        packs.find_meeting(board.meeting_id).published_on
        == datetime.fromtimestamp(EPOCH, UTC).date()
    )

    with pytest.raises(ValidationError, match="No papers have been added since"):
        packs.meeting_supplement(board.meeting_id, False, io.BytesIO())

    late_item = services.meetings.add_item(board.meeting_id, "Winter surge plan", "decision")
    late = services.meetings.add_paper(late_item.id, "Winter surge plan: late paper")
    services.agenda.attach_pdf(late.id, make_pdf(tmp_path / "late.pdf", "PAPER-LATE", 4))
    welcome = services.meetings.agenda(board.meeting_id)[0]
    services.meetings.add_paper(welcome.id, "Apologies received since publication")
    assert len(packs.pending_papers(board.meeting_id)) == 2

    rebuilt = tmp_path / "rebuilt.pdf"
    packs.meeting_pack(board.meeting_id, False, rebuilt)
    before, after = PdfReader(published), PdfReader(rebuilt)
    assert len(before.pages) == len(after.pages)
    for old, new in zip(before.pages, after.pages, strict=True):
        assert old.get_contents().get_data() == new.get_contents().get_data()
    assert rebuilt.read_bytes() == published.read_bytes()

    supplement = tmp_path / "supplement.pdf"
    built = packs.meeting_supplement(board.meeting_id, False, supplement)
    assert built.number == 1
    assert packs.pending_papers(board.meeting_id) == []
    pages = texts(supplement)
    assert all("19 January 2027 · Supplement 1" in t for t in pages)
    assert all(f"Page {n} of {len(pages)}" in t for n, t in enumerate(pages, start=1))
    whole = flat(" ".join(pages))
    assert "Winter surge plan: late paper" in whole
    assert "Apologies received since publication" in whole
    assert "PAPER-LATE page 4 of 4" in whole
    assert "PAPER-A" not in whole  # the agenda pack's papers are not repeated
    assert "Item 7a: Winter surge plan" in outline_titles(supplement)
    qpdf_check(supplement)
    assert packs.meeting_supplement(board.meeting_id, False, io.BytesIO()).number == 1
    with pytest.raises(ValidationError, match="no supplement 2"):
        packs.meeting_supplement(board.meeting_id, False, io.BytesIO(), number=2)
    assert PdfReader(rebuilt).pages[0].extract_text() == before.pages[0].extract_text()
