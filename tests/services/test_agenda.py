"""The agenda service over a real SQLite file: new meetings with standing items and
forward plan entries, reordering with numbers following, PDFs checked on attach."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfWriter

from placeboard.domain.errors import ValidationError
from placeboard.services import Services
from placeboard.services.agenda import STANDING_KEYS

DAY = date(2026, 3, 12)


def make_pdf(path: Path, pages: int = 2) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    with path.open("wb") as f:
        writer.write(f)
    return path


@pytest.fixture
def place(services: Services) -> str:
    return services.places.create_place("Blackpool").id


def titles(services: Services, meeting_id: str) -> list[str]:
    return [i.title for i in services.meetings.agenda(meeting_id)]


def test_new_meeting_has_the_standing_items(services: Services, place: str) -> None:
    new = services.agenda.new_meeting(place, DAY, venue="Blackpool Football Club")
    items = services.meetings.agenda(new.meeting.id)
    assert [i.standing for i in items] == list(STANDING_KEYS)
    assert [i.position for i in items] == [1, 2, 3, 4, 5, 6]
    assert items[1].title == "Declarations of interest"


def test_forward_plan_entry_becomes_an_item(services: Services, place: str) -> None:
    entry = services.meetings.plan(place, "Better Care Fund plan", "2026-03", "The plan", "Jo")
    services.meetings.plan(place, "Winter review", "2026-04")
    new = services.agenda.new_meeting(place, DAY)
    names = titles(services, new.meeting.id)
    assert "Better Care Fund plan" in names and "Winter review" not in names
    # Before the closing standing items: urgent business, date of next meeting.
    assert names[-3:] == ["Better Care Fund plan", "Urgent business", "Date of next meeting"]
    plan = {e.id: e for e in services.meetings.forward_plan(place)}
    assert plan[entry.id].meeting_id == new.meeting.id
    # A second meeting in the month does not take the entry again.
    again = services.agenda.new_meeting(place, date(2026, 3, 26))
    assert "Better Care Fund plan" not in titles(services, again.meeting.id)


def test_reorder_numbers_follow(services: Services, place: str) -> None:
    m = services.agenda.new_meeting(place, DAY).meeting
    services.meetings.add_item(m.id, "Finance report", "assurance")
    services.meetings.add_item(m.id, "Contract award", "decision", part=2)
    order = services.agenda.order(m.id)
    moved = [order[-1][0], *[i for i, _p in order[:-1]]]
    services.agenda.reorder(m.id, [(moved[0], 1), *[(i, p) for i, p in order[:-1]]])
    items = services.meetings.agenda(m.id)
    assert items[0].title == "Contract award" and items[0].part == 1
    assert [i.position for i in items] == list(range(1, 9))
    with pytest.raises(ValidationError):
        services.agenda.reorder(m.id, order[:-1])


def test_attach_pdf_and_refusals(services: Services, place: str, tmp_path: Path) -> None:
    m = services.agenda.new_meeting(place, DAY).meeting
    item = services.meetings.agenda(m.id)[0]
    paper = services.meetings.add_paper(item.id, "Welcome")
    pdf = make_pdf(tmp_path / "paper.pdf", pages=3)
    added = services.agenda.attach_pdf(paper.id, pdf)
    assert added.attachment.pages == 3
    assert services.files.path_of(added.attachment.id).read_bytes() == pdf.read_bytes()
    assert [p.link.id for p in services.agenda.pdfs(paper.id)] == [added.link.id]
    assert services.agenda.pdf_counts(m.id) == {item.id: 1}

    text = tmp_path / "notes.pdf"
    text.write_text("not a pdf at all")
    with pytest.raises(ValidationError, match=r"notes\.pdf is not a PDF"):
        services.agenda.attach_pdf(paper.id, text)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdf.read_bytes()[: pdf.stat().st_size // 2])
    with pytest.raises(ValidationError, match=r"cut\.pdf is not a whole PDF"):
        services.agenda.attach_pdf(paper.id, cut)
    assert len(services.agenda.pdfs(paper.id)) == 1

    services.agenda.remove("paper_file", added.link.id)
    assert services.agenda.pdfs(paper.id) == []
