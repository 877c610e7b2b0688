"""A small board built by hand for the quorum and conflicts tests (services and UI):
four voting members and one non-voting, agreed terms of reference, one meeting with
three decision items that carry topic keywords."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from placeboard.services import Services

MEETING_DAY = date(2026, 9, 10)
JOINED = date(2025, 1, 1)


@dataclass
class Board:
    place_id: str
    meeting_id: str
    seats: dict[str, str]  # name -> membership id
    people: dict[str, str]  # name -> person id
    items: dict[str, str]  # title -> agenda item id
    hospital_id: str


def build_board(services: Services, quorum: int = 3) -> Board:
    """Four voting members (two ICB, one council, one trust), one non-voting; the
    quorum: `quorum` voting members including the ICB and the council."""
    place = services.places.create_place("Testplace", "unitary", 100_000)
    icb = services.organisations.create_organisation("Test ICB", "icb", "ICB")
    council = services.organisations.create_organisation("Testplace Council", "unitary_council")
    trust = services.organisations.create_organisation(
        "Testplace Teaching Hospitals NHS Foundation Trust", "nhs_trust", "TTH"
    )
    for org in (icb, council, trust):
        services.organisations.add_partner(place.id, org.id, JOINED)
    seats: dict[str, str] = {}
    people: dict[str, str] = {}
    for name, org, voting in (
        ("Ann Chair", icb, True),
        ("Bob Nurse", icb, True),
        ("Cat Council", council, True),
        ("Dan Trust", trust, True),
        ("Eve Adviser", council, False),
    ):
        new = services.membership.add_member(
            place.id, org.id, full_name=name, voting=voting, start_date=JOINED
        )
        seats[name] = new.membership.id
        people[name] = new.person.id
    terms = services.terms
    version = terms.first_version(place.id, "v1", JOINED)
    terms.set_quorum(version.id, quorum, "icb,unitary_council")
    terms.send_for_approval(version.id)
    for org in (icb, council, trust):
        terms.record_approval(version.id, org.id, "Board", JOINED)
    assert terms.agreed_version(place.id) is not None
    meeting = services.meetings.create_meeting(place.id, MEETING_DAY, title="Board")
    items = {}
    for title, lead, topics in (
        ("Care home fees uplift", "Director of Commissioning", "care homes,care sector"),
        ("Hospital discharge plan", "TTH Chief Operating Officer", "discharge"),
        ("Housing and health", "Council housing lead", "housing"),
    ):
        items[title] = services.meetings.add_item(
            meeting.id, title, "decision", lead=lead, topics=topics
        ).id
    return Board(place.id, meeting.id, seats, people, items, trust.id)
