"""Membership service calls the Membership view needs: one-transaction adds, deputies,
the declarations register."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from placeboard.domain.errors import ValidationError
from placeboard.services import Services
from placeboard.services.membership import review_overdue


def person_count(services: Services) -> int:
    with services.db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM person")).scalar() or 0)


@pytest.fixture
def board(services: Services) -> dict[str, str]:
    place = services.places.create_place("Blackpool", "unitary", 141000)
    council = services.organisations.create_organisation("Blackpool Council", "unitary_council")
    services.organisations.add_partner(place.id, council.id)
    chair = services.membership.add_person(place.id, "Avery Testwood")
    m = services.membership.add_membership(
        place.id, chair.id, council.id, role="chair", start_date=date(2024, 4, 1)
    )
    return {"place": place.id, "council": council.id, "chair": chair.id, "chair_m": m.id}


def test_add_member_with_a_new_person(services: Services, board: dict[str, str]) -> None:
    new = services.membership.add_member(
        board["place"],
        board["council"],
        full_name="Priya Examplewala",
        job_title="Director",
        start_date=date(2025, 1, 6),
    )
    assert new.person_created
    assert new.person.full_name == "Priya Examplewala"
    assert new.person.job_title == "Director"
    rows = services.membership.list_members(board["place"])
    assert new.membership.id in {r.membership.id for r in rows}


def test_add_member_with_an_existing_person(services: Services, board: dict[str, str]) -> None:
    person = services.membership.add_person(board["place"], "Sam Sampleton")
    new = services.membership.add_member(board["place"], board["council"], person_id=person.id)
    assert not new.person_created
    assert new.person.id == person.id


def test_a_refused_membership_leaves_no_new_person(
    services: Services, board: dict[str, str]
) -> None:
    before = person_count(services)
    with pytest.raises(ValidationError, match="already has a chair"):
        services.membership.add_member(
            board["place"], board["council"], full_name="Second Chair", role="chair"
        )
    assert person_count(services) == before


def test_name_and_remove_a_deputy(services: Services, board: dict[str, str]) -> None:
    new = services.membership.name_deputy(board["chair_m"], full_name="Zoë Deputy")
    assert new.person_created
    [row] = services.membership.list_members(board["place"])
    assert [p.full_name for p in row.deputies] == ["Zoë Deputy"]
    with pytest.raises(ValidationError, match="already named as a deputy"):
        services.membership.name_deputy(board["chair_m"], person_id=new.person.id)
    with pytest.raises(ValidationError, match="own deputy"):
        services.membership.name_deputy(board["chair_m"], person_id=board["chair"])

    deputy_id = services.membership.remove_deputy(board["chair_m"], new.person.id)
    assert deputy_id == new.deputy.id
    [row] = services.membership.list_members(board["place"])
    assert row.deputies == []
    # Naming them again brings the same row back.
    again = services.membership.name_deputy(board["chair_m"], person_id=new.person.id)
    assert again.deputy.id == deputy_id


def test_declaration_register_names_the_declarer(services: Services, board: dict[str, str]) -> None:
    d = services.membership.declare(
        board["place"], board["chair"], is_nil=True, declared_on=date(2023, 1, 1)
    )
    [row] = services.membership.declaration_register(board["place"])
    assert row.declaration.id == d.id
    assert row.person.full_name == "Avery Testwood"
    assert review_overdue(d, date(2024, 1, 2))
    assert not review_overdue(d, date(2023, 12, 31))


def test_partner_cover_finds_vacant_seats_and_missing_deputies(
    services: Services, board: dict[str, str]
) -> None:
    icb = services.organisations.create_organisation("NHS LSC ICB", "icb")
    trust = services.organisations.create_organisation("Blackpool Teaching Hospitals", "nhs_trust")
    for org in (icb, trust):
        services.organisations.add_partner(board["place"], org.id)
    services.membership.name_deputy(board["chair_m"], full_name="Zoë Deputy")
    services.membership.add_member(
        board["place"], icb.id, full_name="Sam Sampleton", start_date=date(2024, 4, 1)
    )
    services.membership.add_member(
        board["place"],
        trust.id,
        full_name="Former Member",
        start_date=date(2023, 4, 1),
        end_date=date(2024, 3, 31),
    )
    cover = {c.organisation.name: c for c in services.membership.partner_cover(board["place"])}
    assert list(cover) == sorted(cover)
    council = cover["Blackpool Council"]
    assert [p.full_name for p in council.voting_members] == ["Avery Testwood"]
    assert [p.full_name for p in council.deputies] == ["Zoë Deputy"]
    assert not council.no_voting_member and not council.no_deputy
    assert cover["NHS LSC ICB"].no_deputy
    assert cover["Blackpool Teaching Hospitals"].no_voting_member
    assert not cover["Blackpool Teaching Hospitals"].no_deputy
