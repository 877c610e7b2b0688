"""The stage checklist as the view reads it: readiness, shown status of auto-checked
criteria, overdue, ordering, the gate with its rationale, and a criterion's history."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from placeboard.domain.errors import ValidationError
from placeboard.services import Services
from placeboard.services.stages import StageBoard

TODAY = date(2025, 11, 20)


@pytest.fixture
def board(services: Services) -> dict[str, str]:
    place = services.places.create_place("Blackpool", "unitary", 141_000)
    ids = {"place": place.id}
    for n, (key, name) in enumerate(
        (("in_development", "In development"), ("in_shadow", "In shadow")), start=1
    ):
        ids[key] = services.stages.ensure_stage(key, name, n).id
    ss = services.stages
    ids["first"] = ss.add_criterion(place.id, ids["in_development"], "Interim board").id
    ids["chair"] = ss.add_criterion(
        place.id, ids["in_development"], "A chair is appointed", "chair_appointed"
    ).id
    ids["shadow"] = ss.add_criterion(
        place.id, ids["in_shadow"], "Shadow board confirmed", due_date=date(2025, 10, 1)
    ).id
    return ids


def read(services: Services, board: dict[str, str]) -> StageBoard:
    return services.stage_checks.board(board["place"], TODAY)


def test_readiness_counts_met_and_not_applicable_with_a_reason(
    services: Services, board: dict[str, str]
) -> None:
    ss = services.stages
    assert [(c.met, c.total) for c in read(services, board).counts] == [(0, 2), (0, 1)]
    ss.set_status(board["first"], "met")
    ss.set_status(board["shadow"], "not_applicable", "The ICB runs no shadow boards here.")
    counts = read(services, board).counts
    assert [(c.met, c.total) for c in counts] == [(1, 2), (1, 1)]
    with pytest.raises(ValidationError, match="does not apply"):
        ss.set_status(board["first"], "not_applicable", " ")
    # Another status drops the reason.
    assert ss.set_status(board["shadow"], "in_progress", "ignored").na_reason == ""


def test_an_auto_checked_criterion_follows_the_records(
    services: Services, board: dict[str, str]
) -> None:
    services.stages.set_status(board["chair"], "met")  # stored, but the records disagree
    row = next(r for r in read(services, board).criteria if r.id == board["chair"])
    assert row.status == "in_progress" and row.check is not None and not row.check.met
    assert "No current member" in row.check.reason
    org = services.organisations.create_organisation("Blackpool Council", "unitary_council")
    services.organisations.add_partner(board["place"], org.id)
    services.membership.add_member(
        board["place"], org.id, None, "Ada Example", "Leader", "chair", True, date(2024, 1, 1)
    )
    row = next(r for r in read(services, board).criteria if r.id == board["chair"])
    assert row.status == "met" and row.check is not None and "Ada Example" in row.check.reason
    assert services.stages.get_criterion(board["chair"]).status == "met"  # stored untouched


def test_overdue_evidence_and_order(services: Services, board: dict[str, str]) -> None:
    ss = services.stages
    ss.add_evidence(board["first"], "Minutes of the inaugural meeting")
    ss.add_evidence(board["first"], url="https://example.org/minutes.pdf")
    rows = read(services, board).criteria
    assert [(r.stage.key, r.number) for r in rows] == [
        ("in_development", 1),
        ("in_development", 2),
        ("in_shadow", 1),
    ]
    assert rows[0].evidence == 2
    assert rows[2].overdue and not rows[0].overdue
    assert ss.move_criterion(board["chair"], -1)
    assert not ss.move_criterion(board["chair"], -1)  # already first
    assert [r.id for r in read(services, board).criteria][:2] == [board["chair"], board["first"]]


def test_moving_past_the_gate_needs_a_rationale_and_shows_as_an_override(
    services: Services, board: dict[str, str]
) -> None:
    assert read(services, board).stage is None
    with pytest.raises(ValidationError, match="rationale"):
        services.stage_checks.record_decision(board["place"], board["in_development"], TODAY)
    why = "Partners agreed to start ahead of the chair's appointment."
    d = services.stage_checks.record_decision(
        board["place"], board["in_development"], TODAY, why, "Chair"
    )
    assert d.unmet_criteria == 2
    stage = read(services, board).stage
    assert stage is not None and stage.key == "in_development" and stage.by_override
    assert stage.rationale == why and "2 criteria unmet" in stage.sentence()


def test_history_of_a_criterion_and_its_evidence(services: Services, board: dict[str, str]) -> None:
    ss = services.stages
    ss.set_status(board["first"], "in_progress")
    ss.update_criterion(board["first"], owner="Director of Health and Care Integration")
    e = ss.add_evidence(board["first"], "Terms of reference v1.0")
    ss.remove("criterion_evidence", e.id)
    rows = ss.history(board["first"])
    fields = [(r.field, r.value) for r in rows]
    assert ("Status", "In progress") in fields
    assert ("Owner", "Director of Health and Care Integration") in fields
    assert ("Evidence: text", "Terms of reference v1.0") in fields
    assert ("Evidence removed", "Yes") in fields
    assert all(isinstance(r.when, datetime) for r in rows)
    assert rows == sorted(rows, key=lambda r: r.when)
    assert abs((rows[-1].when - datetime.now(rows[-1].when.tzinfo)).total_seconds()) < 60
