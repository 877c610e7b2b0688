"""Services keep data sane: a refused write says why and appends no change rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import text

from placeboard.domain.errors import NotFoundError, ValidationError
from placeboard.services import Services
from placeboard.store.tables import Risk


def change_count(services: Services) -> int:
    with services.db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM change_log")).scalar() or 0)


def last_stamp(services: Services) -> str:
    with services.db.engine.connect() as conn:
        return str(conn.execute(text("SELECT max(hlc) FROM change_log")).scalar())


@pytest.fixture
def board(services: Services) -> dict[str, str]:
    place = services.places.create_place("Blackpool", "unitary", 141000)
    council = services.organisations.create_organisation("Blackpool Council", "unitary_council")
    icb = services.organisations.create_organisation("NHS LSC ICB", "icb")
    outsider = services.organisations.create_organisation("Elsewhere Trust", "nhs_trust")
    for org in (council, icb):
        services.organisations.add_partner(place.id, org.id)
    chair = services.membership.add_person(place.id, "Cllr Avery Testwood")
    m = services.membership.add_membership(
        place.id, chair.id, council.id, role="chair", start_date=date(2024, 4, 1)
    )
    return {
        "place": place.id,
        "council": council.id,
        "icb": icb.id,
        "outsider": outsider.id,
        "chair": chair.id,
        "chair_membership": m.id,
    }


def refused(services: Services, call: Callable[[], object], match: str) -> None:
    """The call raises a clear ValidationError and writes no change rows."""
    before = change_count(services)
    with pytest.raises(ValidationError, match=match):
        call()
    assert change_count(services) == before


def test_every_service_write_appends_rows_with_increasing_stamps(
    services: Services, board: dict[str, str]
) -> None:
    stamp, count = last_stamp(services), change_count(services)
    services.priorities.add_priority(board["place"], "Enhanced care at home", phase=1)
    assert change_count(services) > count and last_stamp(services) > stamp
    stamp, count = last_stamp(services), change_count(services)
    services.membership.update_person(board["chair"], job_title="Leader of the Council")
    # One changed field, plus updated_at.
    assert change_count(services) == count + 2 and last_stamp(services) > stamp


def test_one_chair_at_a_time(services: Services, board: dict[str, str]) -> None:
    other = services.membership.add_person(board["place"], "Dr Priya Examplewala")
    refused(
        services,
        lambda: services.membership.add_membership(
            board["place"], other.id, board["icb"], role="chair", start_date=date(2025, 1, 1)
        ),
        "already has a chair",
    )
    services.membership.end_membership(board["chair_membership"], date(2024, 12, 31))
    services.membership.add_membership(
        board["place"], other.id, board["icb"], role="chair", start_date=date(2025, 1, 1)
    )
    assert (
        len(
            [
                m
                for m in services.membership.list_members(board["place"], date(2025, 2, 1))
                if m.membership.role == "chair"
            ]
        )
        == 1
    )


def test_membership_rules(services: Services, board: dict[str, str]) -> None:
    person = services.membership.add_person(board["place"], "Sam Sampleton")
    refused(
        services,
        lambda: services.membership.add_membership(board["place"], person.id, board["outsider"]),
        "not a partner organisation",
    )
    refused(
        services,
        lambda: services.membership.add_membership(
            board["place"],
            person.id,
            board["icb"],
            start_date=date(2025, 1, 1),
            end_date=date(2024, 1, 1),
        ),
        "before its start",
    )
    refused(
        services,
        lambda: services.membership.add_membership(
            board["place"], person.id, board["icb"], role="king"
        ),
        "The role must be one of",
    )
    refused(
        services,
        lambda: services.membership.add_deputy(board["chair_membership"], board["chair"]),
        "own deputy",
    )


def test_declarations(services: Services, board: dict[str, str]) -> None:
    refused(
        services,
        lambda: services.membership.declare(
            board["place"], board["chair"], kind="financial", description=""
        ),
        "description",
    )
    nil = services.membership.declare(
        board["place"], board["chair"], is_nil=True, declared_on=date(2023, 1, 10)
    )
    assert nil.is_nil
    overdue = services.membership.declarations_overdue(board["place"], date(2024, 6, 1))
    assert [d.id for d in overdue] == [nil.id]


def test_rag_values_come_from_the_scale(services: Services, board: dict[str, str]) -> None:
    p = services.priorities.add_priority(board["place"], "Discharge to assess", phase=2)
    refused(
        services,
        lambda: services.priorities.add_update(p.id, date(2025, 1, 1), "purple"),
        "RAG rating must be one of",
    )
    refused(
        services,
        lambda: services.priorities.add_priority(board["place"], "X", phase=4),
        "phase must be 1, 2 or 3",
    )
    services.priorities.add_update(p.id, date(2025, 1, 1), "amber")
    services.priorities.add_update(p.id, date(2025, 3, 1), "green")
    assert services.priorities.current_rag(board["place"]) == {p.id: "green"}


def test_metric_values_are_unique_per_metric_place_and_period(
    services: Services, board: dict[str, str]
) -> None:
    metric = services.metrics.define_metric("Smoking cessation rate", "%", "higher")
    services.metrics.set_value(board["place"], metric.id, "Apr 2024", 50.0)
    services.metrics.set_value(board["place"], metric.id, "2024-04", 52.5)
    values = services.metrics.list_values(board["place"], metric.id)
    assert [(v.period, v.value) for v in values] == [("2024-04", 52.5)]
    refused(
        services,
        lambda: services.metrics.set_value(board["place"], metric.id, "Smarch", 1.0),
        "period",
    )
    refused(
        services,
        lambda: services.metrics.set_value(board["place"], metric.id, "2024-05", float("nan")),
        "must be a number",
    )


def test_terms_of_reference_agreed_when_every_partner_approves(
    services: Services, board: dict[str, str]
) -> None:
    v = services.terms.create_version(board["place"], "v2.0", quorum_members=4)
    services.terms.add_section(v.id, "purpose", "Purpose", "The board improves health.")
    services.terms.send_for_approval(v.id)
    services.terms.record_approval(v.id, board["council"], "Cllr Avery Testwood", date(2025, 2, 1))
    assert [o.id for o in services.terms.outstanding_approvals(v.id)] == [board["icb"]]
    assert services.terms.current_version(board["place"]).status == "out_for_approval"
    services.terms.record_approval(v.id, board["icb"], "Chief Executive", date(2025, 3, 1))
    agreed = services.terms.current_version(board["place"])
    assert agreed.status == "agreed" and agreed.agreed_on == date(2025, 3, 1)
    refused(
        services,
        lambda: services.terms.record_approval(v.id, board["outsider"], "x", date(2025, 3, 1)),
        "not a partner",
    )


def test_stage_rules(services: Services, board: dict[str, str]) -> None:
    stage = services.stages.ensure_stage("in_development", "In development", 1)
    c = services.stages.add_criterion(board["place"], stage.id, "Interim board established")
    refused(
        services,
        lambda: services.stages.update_criterion(c.id, status="not_applicable"),
        "does not apply",
    )
    refused(
        services,
        lambda: services.stages.record_decision(board["place"], stage.id, date(2025, 1, 1)),
        "rationale",
    )
    d = services.stages.record_decision(
        board["place"],
        stage.id,
        date(2025, 1, 1),
        rationale="Agreed by the ICB board on 5 July 2023",
    )
    assert d.unmet_criteria == 1


def test_risk_scores_on_the_five_by_five_matrix(services: Services, board: dict[str, str]) -> None:
    refused(
        services,
        lambda: services.risks.add_risk(board["place"], "Workforce", current_likelihood=6),
        "Current likelihood must be from 1 to 5",
    )
    risk = services.risks.add_risk(
        board["place"], "Workforce", current_likelihood=4, current_consequence=4
    )
    assert risk.reference == "R01"


def test_tombstoned_rows_are_gone_from_lists_but_kept(
    services: Services, board: dict[str, str]
) -> None:
    services.membership.remove("membership", board["chair_membership"])
    assert services.membership.list_members(board["place"]) == []
    with pytest.raises(NotFoundError):
        services.membership.update_membership(board["chair_membership"], notes="x")
    with services.db.engine.connect() as conn:
        assert conn.execute(text("SELECT deleted FROM membership")).scalar() == 1


def test_meetings_minutes_and_actions(services: Services, board: dict[str, str]) -> None:
    first = services.meetings.create_meeting(
        board["place"],
        date(2025, 1, 14),
        status="held",
        standing_items=[
            ("Welcome and apologies", "action", "To welcome all", "Chair", "welcome"),
            ("Urgent business", "action", "Any urgent business", "Chair", "urgent_business"),
        ],
    )
    item = services.meetings.add_item(first.id, "Winter plan", "decision", lead="DHCI")
    assert [i.title for i in services.meetings.agenda(first.id)] == [
        "Welcome and apologies",
        "Winter plan",
        "Urgent business",
    ]
    minute = services.meetings.write_minute(item.id, "The board discussed the winter plan.")
    services.meetings.add_resolution(minute.id, "That the Board approved the winter plan.")
    nxt = services.meetings.create_meeting(board["place"], date(2025, 3, 11))
    refused(services, lambda: services.meetings.approve_minutes(nxt.id, first.id), "later meeting")
    assert services.meetings.approve_minutes(first.id, nxt.id).minutes_status == "approved"
    action = services.meetings.raise_action(
        first.id, "Circulate the plan", "DHCI", date(2025, 2, 1), item.id
    )
    overdue = services.meetings.overdue_actions(board["place"], date(2025, 3, 1))
    assert [a.id for a in overdue] == [action.id]
    refused(
        services,
        lambda: services.meetings.record_attendance(first.id, board["chair"], "deputy"),
        "which member",
    )


def test_system_level_priorities_are_kept_apart_from_places(
    services: Services, board: dict[str, str]
) -> None:
    local = services.priorities.add_priority(board["place"], "Community wellness centre")
    first = services.priorities.add_priority(None, "Neighbourhood working")
    second = services.priorities.add_priority(None, "Mental health")
    services.priorities.add_update(local.id, date(2025, 1, 1), "red")
    assert set(services.priorities.current_rag(None)) == {first.id, second.id}
    assert set(services.priorities.current_rag(board["place"])) == {local.id}
    assert [p.id for p in services.priorities.list_priorities(None)] == [first.id, second.id]


def test_references_are_never_given_out_twice(services: Services, board: dict[str, str]) -> None:
    first = services.risks.add_risk(board["place"], "Workforce")
    with services.db.write() as s:
        s.get(Risk, first.id).deleted = True  # a tombstone, as a sync from elsewhere writes
    second = services.risks.add_risk(board["place"], "Finance")
    assert (first.reference, second.reference) == ("R01", "R02")


def test_a_newly_agreed_version_supersedes_the_old_one(
    services: Services, board: dict[str, str]
) -> None:
    old = services.terms.create_version(board["place"], "v1.0")
    new = services.terms.create_version(board["place"], "v2.0")
    for version in (old, new):
        services.terms.add_section(version.id, "purpose", "Purpose", "The board meets.")
        services.terms.send_for_approval(version.id)
        for org in (board["council"], board["icb"]):
            services.terms.record_approval(version.id, org, "Secretary", date(2025, 1, 1))
    statuses = {v.label: v.status for v in services.terms.list_versions(board["place"])}
    assert statuses == {"v1.0": "superseded", "v2.0": "agreed"}


def test_mitigations_can_be_marked_done(services: Services, board: dict[str, str]) -> None:
    risk = services.risks.add_risk(board["place"], "Care market fragility")
    m = services.risks.add_mitigation(risk.id, "Market sustainability plan", "DHCI")
    services.risks.update_mitigation(m.id, done_on=date(2025, 5, 1))
    assert services.risks.mitigations(risk.id)[0].done_on == date(2025, 5, 1)


def test_remove_and_bring_back(services: Services, board: dict[str, str]) -> None:
    risk = services.risks.add_risk(board["place"], "Digital interoperability")
    services.risks.remove("risk", risk.id)
    assert services.risks.list_risks(board["place"]) == []
    with pytest.raises(NotFoundError):
        services.risks.remove("risk", risk.id)
    services.risks.bring_back("risk", risk.id)
    assert [r.id for r in services.risks.list_risks(board["place"])] == [risk.id]
