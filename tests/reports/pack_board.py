"""A small board built by hand for the pack tests: members with accented names, a held
meeting with minutes (Part I and Part II) and actions, and a planned meeting whose
Part I items carry papers with real multi-page PDFs and whose Part II item carries a
confidential paper."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from placeboard.services import Services

LAST_MEETING = date(2026, 10, 15)
MEETING_DAY = date(2027, 1, 19)
JOINED = date(2025, 1, 1)
BOARD = "Lancashire North Place Board"
PART_TWO_TITLE = "Hospice estate: heads of terms for the lease"
PART_TWO_PAPER_TEXT = "Rent free period of eighteen months"
PART_TWO_MINUTE = "The Board considered the commercially sensitive valuation"
PART_TWO_ACTION = "Negotiate the break clause with the landlord"
PRIVATE_INTEREST = "Spouse is a director of Morecambe Bay Care Homes Ltd"
CONFIDENTIAL_PAPER_TITLE = "Provider of concern: contract options"


def make_pdf(path: Path, marker: str, pages: int, landscape_pages: bool = False) -> Path:
    """A real PDF whose every page says which paper and page it is."""
    size = landscape(A4) if landscape_pages else A4
    canvas = Canvas(str(path), pagesize=size, invariant=1)
    for n in range(1, pages + 1):
        canvas.setFont("Helvetica", 16)
        canvas.drawString(72, size[1] - 100, f"{marker} page {n} of {pages}")
        canvas.showPage()
    canvas.save()
    return path


@dataclass
class PackBoard:
    place_id: str
    meeting_id: str
    last_meeting_id: str
    items: dict[str, str] = field(default_factory=dict)  # title -> agenda item id
    papers: dict[str, str] = field(default_factory=dict)  # title -> paper id
    pdfs: dict[str, tuple[str, int]] = field(default_factory=dict)  # item title -> marker, pages


def build_pack_board(services: Services, folder: Path) -> PackBoard:
    place = services.places.create_place("Lancashire North", "part_of_county", board_name=BOARD)
    council = services.organisations.create_organisation(
        "Lancashire County Council", "upper_tier_council"
    )
    icb = services.organisations.create_organisation("Test ICB", "icb", "ICB")
    for org in (council, icb):
        services.organisations.add_partner(place.id, org.id, JOINED)
    people = {}
    for name, org, role in (
        ("Zoë Ní Bhriain", icb, "chair"),
        ("Łukasz Przykładowy", council, "member"),
        ("Siân Ap-Rhys", icb, "member"),
    ):
        new = services.membership.add_member(
            place.id, org.id, full_name=name, role=role, start_date=JOINED
        )
        people[name] = new.person.id
    services.membership.declare(
        place.id, people["Łukasz Przykładowy"], "indirect", PRIVATE_INTEREST,
        declared_on=JOINED, private=True,
    )  # fmt: skip
    services.membership.declare(
        place.id, people["Siân Ap-Rhys"], "financial", "Shareholder in a GP federation",
        declared_on=JOINED,
    )  # fmt: skip

    last = services.agenda.new_meeting(place.id, LAST_MEETING, "14:00", "County Hall, Preston")
    services.meetings.update_meeting(last.meeting.id, status="held")
    for name in people:
        services.meetings.record_attendance(last.meeting.id, people[name], "present")
    open_item = services.meetings.add_item(last.meeting.id, "Winter plan", "decision")
    services.minutes.write_minute(open_item.id, "The Board discussed winter capacity.")
    services.minutes.resolve(open_item.id, "Resolved: That the Board approved the winter plan.")
    services.minutes.raise_action(
        last.meeting.id, "Circulate the winter plan to partners", "Zoë Ní Bhriain",
        date(2026, 11, 30), open_item.id,
    )  # fmt: skip
    closed_item = services.meetings.add_item(
        last.meeting.id, PART_TWO_TITLE + " (first reading)", "decision", part=2
    )
    services.minutes.write_minute(closed_item.id, PART_TWO_MINUTE)
    services.minutes.raise_action(
        last.meeting.id, PART_TWO_ACTION, "Siân Ap-Rhys", date(2026, 12, 15), closed_item.id
    )

    new = services.agenda.new_meeting(place.id, MEETING_DAY, "14:00", "County Hall, Preston")
    board = PackBoard(place.id, new.meeting.id, last.meeting.id)
    for title, item_for, part, marker, pages, wide in (
        ("Place Integration Deal: stage readiness", "decision", 1, "PAPER-A", 3, False),
        ("Better Care Fund quarterly return", "assurance", 1, "PAPER-B", 2, True),
        (PART_TWO_TITLE, "decision", 2, "PAPER-C", 2, False),
    ):
        item = services.meetings.add_item(
            new.meeting.id, title, item_for, "To approve the recommendations.",
            "Zoë Ní Bhriain", part=part,
        )  # fmt: skip
        board.items[title] = item.id
        paper = services.meetings.add_paper(
            item.id,
            title,
            presented_by="Zoë Ní Bhriain, Chair",
            author="Łukasz Przykładowy",
            purpose="For decision.",
            executive_summary=PART_TWO_PAPER_TEXT if part == 2 else f"Summary of {title}.",
            confidential=part == 2,
        )
        board.papers[title] = paper.id
        pdf = make_pdf(folder / f"{marker}.pdf", marker, pages, wide)
        services.agenda.attach_pdf(paper.id, pdf)
        board.pdfs[title] = (marker, pages)
    item = services.meetings.add_item(new.meeting.id, "Provider of concern", "discussion")
    board.items["Provider of concern"] = item.id
    paper = services.meetings.add_paper(
        item.id, CONFIDENTIAL_PAPER_TITLE, executive_summary="Options.", confidential=True
    )
    board.papers[CONFIDENTIAL_PAPER_TITLE] = paper.id
    return board
