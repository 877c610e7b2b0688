"""A new board in one transaction: place, partners, members, a draft terms of reference
from the template, the stage checklist — or, when anything is refused, nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from placeboard.domain.catalogue import (
    ICB,
    ORGANISATIONS_BY_NAME,
    PLACE_PARTNERS,
    PLACES,
    STAGES,
    TOR_SECTIONS,
)
from placeboard.domain.errors import PlaceBoardError
from placeboard.domain.new_board import (
    MemberPlan,
    NewBoardPlan,
    PartnerPlan,
    PlacePlan,
    PlanProblem,
)
from placeboard.services import Services
from placeboard.services.new_board import CANCELLED_MESSAGE

TODAY = date(2026, 5, 1)
BLACKPOOL = next(p for p in PLACES if p.name == "Blackpool")
TRUST = "Blackpool Teaching Hospitals NHS Foundation Trust"
NEW_ORG = PartnerPlan("Blackpool Carers Centre", "vcfse", "Carers Centre")


def catalogue_partner(name: str) -> PartnerPlan:
    org = ORGANISATIONS_BY_NAME[name]
    return PartnerPlan(org.name, org.sector, org.short_name)


def blackpool_plan() -> NewBoardPlan:
    partners = (*(catalogue_partner(n) for n in PLACE_PARTNERS["Blackpool"][:5]), NEW_ORG)
    joined = date(2026, 4, 1)
    members = (
        MemberPlan("Ann Lee", ICB.name, "chair", True, joined, "Place director"),
        MemberPlan("Bob Khan", "Blackpool Council", "vice_chair", True, joined),
        MemberPlan("Cat Jones", TRUST, "member", True, joined),
        MemberPlan("Dev Patel", "Blackpool Carers Centre", "member", True, joined),
        MemberPlan("Eve Ode", ICB.name, "dhci", True, joined),
        MemberPlan("Fay Wu", "Blackpool Council", "in_attendance", False, joined),
    )
    place = PlacePlan(
        BLACKPOOL.name, BLACKPOOL.kind, BLACKPOOL.population, BLACKPOOL.board_name, ICB.name
    )
    return NewBoardPlan(place, partners, members, "Version 1.0", add_checklist=True)


def change_log(services: Services) -> tuple[int, str | None]:
    with services.db.engine.connect() as conn:
        count, last = conn.execute(text("SELECT count(*), max(hlc) FROM change_log")).one()
    return int(count), last


def snapshot(services: Services) -> tuple[int, tuple[int, str | None], int]:
    """What "exactly as it was" is compared by: live records, the change log, and
    every row of every table (tombstones included)."""
    with services.db.engine.connect() as conn:
        tables = [
            r[0]
            for r in conn.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            )
        ]
        rows = sum(int(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one())
                   for t in tables)  # fmt: skip
    return services.maintenance.record_count(), change_log(services), rows


def test_creates_the_place_partners_members_terms_and_checklist(services: Services) -> None:
    plan = blackpool_plan()
    made = services.new_board.create(plan, TODAY)

    place = services.places.get_place(made.place_id)
    assert (place.name, place.kind, place.population, place.icb_name) == (
        "Blackpool", "unitary", 141_000, ICB.name,
    )  # fmt: skip
    assert services.places.board(place.id).name == "Blackpool Place-Based Partnership Board"

    partners = services.organisations.list_partners(place.id)
    assert sorted(o.name for o in partners) == sorted(p.name for p in plan.partners)
    carers = services.organisations.find("Blackpool Carers Centre")
    assert (carers.sector, carers.short_name) == ("vcfse", "Carers Centre")
    assert made.organisations_created == 6  # an empty database: every one is new

    members = {r.person.full_name: r for r in services.membership.list_members(place.id)}
    assert set(members) == {m.full_name for m in plan.members}
    ann = members["Ann Lee"]
    assert (ann.membership.role, ann.organisation.name, ann.person.job_title) == (
        "chair", ICB.name, "Place director",
    )  # fmt: skip
    assert members["Dev Patel"].organisation.name == "Blackpool Carers Centre"
    assert not members["Fay Wu"].membership.voting

    [version] = services.terms.list_versions(place.id)
    assert (version.id, version.label, version.status) == (made.tor_version_id, "Version 1.0",
                                                           "draft")  # fmt: skip
    sections = services.terms.list_sections(version.id)
    assert [s.heading for s in sections] == [s.heading for s in TOR_SECTIONS]
    quorum = next(s.body for s in sections if s.kind == "quorum")
    assert ICB.name in quorum and "Blackpool Council" in quorum
    assert version.quorum_members == 3  # half of the 5 voting members, rounded up
    assert version.quorum_requires_sectors == "icb,unitary_council"

    criteria = services.stages.list_criteria(place.id)
    assert made.criteria == len(criteria) == sum(len(s.criteria) for s in STAGES)
    assert {c.text for c in criteria} == {c.text for s in STAGES for c in s.criteria}
    assert {c.status for c in criteria} == {"not_started"}
    assert all(c.owner == "" and c.due_date is None for c in criteria)


def test_the_preview_shows_what_is_written(services: Services) -> None:
    plan = blackpool_plan()
    preview = services.new_board.preview_terms(plan, TODAY)
    made = services.new_board.create(plan, TODAY)
    version = services.terms.get_version(made.tor_version_id)
    sections = services.terms.list_sections(version.id)
    assert preview.sections == tuple((s.heading, s.body) for s in sections)
    assert (preview.quorum_members, preview.quorum_rule) == (
        version.quorum_members,
        version.quorum_rule,
    )


def test_without_the_checklist_and_with_organisations_already_kept(services: Services) -> None:
    services.organisations.create_organisation(ICB.name, "icb", ICB.short_name)
    plan = replace(blackpool_plan(), add_checklist=False)
    made = services.new_board.create(plan, TODAY)
    assert made.criteria == 0 and services.stages.list_criteria(made.place_id) == []
    assert made.organisations_created == 5
    assert len(services.organisations.list_organisations()) == 6


def bad_plans() -> dict[str, tuple[NewBoardPlan, str]]:
    plan = blackpool_plan()
    members = list(plan.members)
    two_chairs = [*members[:2], replace(members[2], role="chair"), *members[3:]]
    no_org = [*members[:2], replace(members[2], organisation=""), *members[3:]]
    not_partner = [*members[:3], replace(members[3], organisation="Healthwatch Blackpool")]
    return {
        "two chairs": (
            replace(plan, members=tuple(two_chairs)),
            "Member 3 (Cat Jones): the board can have only one chair "
            "(member 1, Ann Lee, is the chair).",
        ),
        "no organisation": (
            replace(plan, members=tuple(no_org)),
            "Member 3 (Cat Jones): choose an organisation.",
        ),
        "not a partner": (
            replace(plan, members=tuple(not_partner)),
            "Member 4 (Dev Patel): Healthwatch Blackpool is not one of the ticked partners; "
            "choose another organisation or tick it as a partner.",
        ),
        "place taken": (
            replace(plan, place=replace(plan.place, name="  lancashire ")),
            "There is already a place called Lancashire: choose another name.",
        ),
        "no chair": (
            replace(plan, members=tuple(replace(m, role="member") for m in members)),
            "Choose the chair: exactly one member must have the role Chair.",
        ),
    }


@pytest.mark.parametrize("case", list(bad_plans()))
def test_a_bad_plan_is_refused_and_leaves_the_database_as_it_was(
    services: Services, case: str
) -> None:
    services.places.create_place("Lancashire", "upper_tier_county", 1_235_000)
    services.organisations.create_organisation(ICB.name, "icb")
    before = snapshot(services)
    plan, message = bad_plans()[case]
    with pytest.raises(PlanProblem) as refused:
        services.new_board.create(plan, TODAY)
    assert str(refused.value) == message
    assert snapshot(services) == before


def test_a_refusal_at_the_last_step_undoes_every_step_before_it(services: Services) -> None:
    """The checklist is the last step: a stage another laptop deleted refuses it after
    the place, partners, members and terms of reference have been written."""
    services.stages.ensure_stage("in_shadow", "In shadow", 2)
    with services.db.write() as s:
        s.exec(text("UPDATE stage SET deleted = 1 WHERE key = 'in_shadow'"))
    before = snapshot(services)
    with pytest.raises(Exception, match="No stage with id"):
        services.new_board.create(blackpool_plan(), TODAY)
    assert snapshot(services) == before
    assert services.places.list_places() == []
    assert services.organisations.list_organisations() == []


def test_the_problem_names_its_step_row_and_field(services: Services) -> None:
    plan, _message = bad_plans()["no organisation"]
    with pytest.raises(PlanProblem) as refused:
        services.new_board.create(plan, TODAY)
    problem = refused.value
    assert (problem.step, problem.row, problem.field) == ("members", 2, "organisation")


def test_known_organisations_offer_the_kept_ones_and_the_seed_papers(services: Services) -> None:
    services.organisations.create_organisation("Fylde Coast Carers", "vcfse", "FCC")
    known = services.new_board.known_organisations()
    names = [k.name for k in known]
    assert names == sorted(names, key=str.casefold)
    assert PartnerPlan("Fylde Coast Carers", "vcfse", "FCC") in known
    assert catalogue_partner("Blackpool Council") in known
    assert services.new_board.taken_names() == []


def test_progress_is_told_each_step_and_a_cancel_writes_nothing(services: Services) -> None:
    steps: list[tuple[int, int, str]] = []
    services.new_board.create(blackpool_plan(), TODAY, progress=lambda *a: steps.append(a))
    assert [s[0] for s in steps] == [0, 1, 2, 3, 4, 5] and {s[1] for s in steps} == {5}

    before = snapshot(services)
    asked: list[int] = []

    def cancel_at_the_checklist() -> bool:
        asked.append(1)
        return len(asked) == 5  # asked before each step: the fifth is the checklist

    plan = replace(blackpool_plan(), place=PlacePlan("Lancashire", board_name="L", icb_name="I"))
    with pytest.raises(PlaceBoardError, match=CANCELLED_MESSAGE):
        services.new_board.create(plan, TODAY, cancelled=cancel_at_the_checklist)
    assert snapshot(services) == before
