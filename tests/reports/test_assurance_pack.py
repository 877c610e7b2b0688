"""The ICB assurance pack read back as the ICB's place team meets it: the all-places pack
of the demo boards (comparison page first, every section bookmarked, a chart per
metric, header and footer on every page, metadata, qpdf), and one place's public pack
without the actions of its Part II items."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from placeboard.domain.errors import ValidationError
from placeboard.reports.errors import PackCancelled
from placeboard.reports.pack_document import PackResult
from placeboard.services import Services
from placeboard.store.database import open_database

from .pack_board import PART_TWO_ACTION, build_pack_board
from .pdf_reading import flat, outline_titles, qpdf_check, texts

EPOCH = int(datetime(2026, 11, 24, 9, 0, tzinfo=UTC).timestamp())
PERIOD, PERIOD_LABEL = "2026/27-Q2", "Q2 2026/27"
SECTIONS = (
    "Summary",
    "Membership and attendance",
    "Terms of reference",
    "Stage checklist",
    "Priority highlight report",
    "Metrics",
    "Risk register",
    "Overdue actions",
)


@dataclass
class AllPlaces:
    services: Services
    places: list[str]
    path: Path
    result: PackResult


@pytest.fixture(scope="module")
def all_places(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AllPlaces]:
    folder = tmp_path_factory.mktemp("assurance-pack")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
        services = Services(open_database(folder / "data"))
        services.demo.load(today=date(2026, 11, 24))
        out = folder / "all.pdf"
        result = services.packs.assurance_pack(None, PERIOD, False, out)
        places = [p.name for p in services.places.list_places()]
        yield AllPlaces(services, places, out, result)
        services.close()


def bookmarks(path: Path) -> list[tuple[int, str, int]]:
    """(depth, title, page) of every bookmark, in order."""
    reader = PdfReader(path)
    found: list[tuple[int, str, int]] = []

    def walk(entries: list[object], depth: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, depth + 1)
            else:
                found.append((depth, entry.title, reader.get_destination_page_number(entry) + 1))  # type: ignore[attr-defined, arg-type]

    walk(reader.outline, 0)  # type: ignore[arg-type]
    return found


def test_comparison_comes_first_then_each_place_in_full(all_places: AllPlaces) -> None:
    marks = bookmarks(all_places.path)
    top = [(title, page) for depth, title, page in marks if depth == 0]
    assert [t for t, _ in top] == ["Cover", "Contents", "Places side by side", *all_places.places]
    pages = texts(all_places.path)
    comparison = flat(pages[top[2][1] - 1])
    for name in all_places.places:
        assert name in comparison
    assert "Stage reached" in comparison and "Priorities by RAG rating" in comparison
    # Every place has every section, in the order, after its own heading.
    for name, start in top[3:]:
        own = [t for d, t, p in marks if d == 1 and p >= start][: len(SECTIONS)]
        assert own == list(SECTIONS), name
    assert len(PdfReader(all_places.path).pages) == all_places.result.pages


def test_contents_page_numbers_are_where_the_sections_start(all_places: AllPlaces) -> None:
    marks = [(d, t, p) for d, t, p in bookmarks(all_places.path) if d <= 1 and p > 2]
    pages = texts(all_places.path)
    contents = flat(" ".join(pages[1 : marks[0][2] - 1])) + " "  # page 2 to the comparison
    # The leader and its right-aligned number read just before the title they belong to.
    at = 0
    for _depth, title, page in marks:
        at = contents.index(f" {page} {title} ", at) + 1
        assert title in flat(pages[page - 1]), (title, page)


def test_one_chart_per_metric_with_its_icons_and_data(all_places: AllPlaces) -> None:
    services = all_places.services
    marks = bookmarks(all_places.path)
    pages = texts(all_places.path)
    for place in services.places.list_places():
        names = [chart.metric.name for chart in services.metric_charts.charts(place.id)]
        for name in names:
            where = [p for d, t, p in marks if d == 2 and t == name]
            assert where, (place.name, name)
        assert names, place.name
    chart_pages = [p for d, t, p in marks if d == 2 and "quit rate" in t]
    assert chart_pages
    text = flat(pages[chart_pages[0] - 1])
    assert "Variation" in text and "Assurance" in text and "Commentary" in text
    assert "Lower limit" in text and "Upper limit" in text


def test_header_footer_and_marking_on_every_page(all_places: AllPlaces) -> None:
    pages = texts(all_places.path)
    for n, text in enumerate(pages, start=1):
        assert f"ICB assurance pack · All places · {PERIOD_LABEL}" in text, n
        assert "CONFIDENTIAL" in text, n
        assert f"Page {n} of {len(pages)}" in text, n


def test_metadata_and_qpdf(all_places: AllPlaces) -> None:
    reader = PdfReader(all_places.path)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == f"ICB assurance pack: All places, {PERIOD_LABEL}"
    assert meta.author is not None and meta.author.startswith("PlaceBoard")
    assert meta.subject is not None and "confidential" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert meta.creation_date == datetime.fromtimestamp(EPOCH, UTC)
    assert "No syntax or stream encoding errors" in qpdf_check(all_places.path)


def test_a_bad_period_or_place_is_refused_before_anything_is_written(
    all_places: AllPlaces, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="Q7"):
        all_places.services.packs.assurance_pack(None, "2026/27-Q7", False, tmp_path / "x.pdf")
    assert os.listdir(tmp_path) == []


# -- one place, full and public -----------------------------------------------------------


@dataclass
class OnePlace:
    services: Services
    place_id: str
    full: Path
    public: Path


@pytest.fixture(scope="module")
def one_place(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OnePlace]:
    folder = tmp_path_factory.mktemp("assurance-one")
    with pytest.MonkeyPatch.context() as mp:
        # 5 January 2027: both of the last meeting's actions are past their due dates.
        mp.setenv("SOURCE_DATE_EPOCH", str(int(datetime(2027, 1, 5, tzinfo=UTC).timestamp())))
        services = Services(open_database(folder / "data"))
        board = build_pack_board(services, folder)
        full, public = folder / "full.pdf", folder / "public.pdf"
        services.packs.assurance_pack(board.place_id, "2026/27-Q4", False, full)
        services.packs.assurance_pack(board.place_id, "2026/27-Q4", True, public)
        yield OnePlace(services, board.place_id, full, public)
        services.close()


def test_public_pack_leaves_part_two_actions_out_and_says_public(one_place: OnePlace) -> None:
    full = flat(" ".join(texts(one_place.full)))
    public_pages = texts(one_place.public)
    public = flat(" ".join(public_pages))
    assert PART_TWO_ACTION in full
    assert PART_TWO_ACTION not in public
    assert "Circulate the winter plan to partners" in public  # a Part I action stays
    for n, text in enumerate(public_pages, start=1):
        assert "PUBLIC" in text and "CONFIDENTIAL" not in text, n
        assert f"Page {n} of {len(public_pages)}" in text
    assert "Places side by side" not in outline_titles(one_place.public)
    assert "Zoë Ní Bhriain" in public and "Łukasz Przykładowy" in public


def test_same_data_and_date_give_the_same_bytes(
    one_place: OnePlace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(datetime(2027, 1, 5, tzinfo=UTC).timestamp())))
    again = io.BytesIO()
    one_place.services.packs.assurance_pack(one_place.place_id, "2026/27-Q4", False, again)
    assert again.getvalue() == one_place.full.read_bytes()


def test_cancelling_writes_nothing(one_place: OnePlace, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    steps: list[str] = []

    def progress(step: str) -> bool:
        steps.append(step)
        return not step.startswith("Laying out")

    with pytest.raises(PackCancelled):
        one_place.services.packs.assurance_pack(
            one_place.place_id, "2026/27-Q4", False, out, progress
        )
    assert any(s.startswith("Gathering") for s in steps)
    assert os.listdir(tmp_path) == []
