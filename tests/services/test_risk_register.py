"""The risk register through the real services on a real SQLite file: the read model,
partners only as owners and contributors, mitigations, reviews, closing, removing, the
heat map and the filters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from placeboard.domain.errors import NotFoundError, ValidationError
from placeboard.services import Services
from placeboard.services.risks import RiskFilter

TODAY = date(2025, 6, 30)


@pytest.fixture
def board(services: Services) -> dict[str, str]:
    place = services.places.create_place("Blackpool", "unitary", 141000)
    orgs = {}
    for name, sector in (
        ("Blackpool Council", "unitary_council"),
        ("NHS LSC ICB", "icb"),
        ("Blackpool Teaching Hospitals", "nhs_trust"),
        ("Elsewhere Trust", "nhs_trust"),
    ):
        orgs[name] = services.organisations.create_organisation(name, sector).id
    for name in ("Blackpool Council", "NHS LSC ICB", "Blackpool Teaching Hospitals"):
        services.organisations.add_partner(place.id, orgs[name])
    return {"place": place.id, **orgs}


def add(services: Services, board: dict[str, str], title: str, **fields: object) -> str:
    return services.risks.add_risk(board["place"], title, **fields).id


def test_a_row_resolves_names_scores_and_flags(services: Services, board: dict[str, str]) -> None:
    rid = add(
        services, board, "Workforce capacity",
        owning_organisation_id=board["Blackpool Council"], owner="Avery Testwood",
        initial_likelihood=5, initial_consequence=4, current_likelihood=4,
        current_consequence=3, target_likelihood=2, target_consequence=2,
        controls="Joint workforce group", review_date=TODAY - timedelta(days=1),
    )  # fmt: skip
    services.risks.add_contributor(rid, board["NHS LSC ICB"])
    services.risks.add_contributor(rid, board["Blackpool Teaching Hospitals"])
    services.risks.add_mitigation(rid, "Joint recruitment", "Sam", TODAY)
    services.risks.add_mitigation(rid, "Rotation scheme", done_on=TODAY)
    [row] = services.risks.risk_rows(board["place"], TODAY)
    assert row.reference == "R01"
    assert row.owning_partner == "Blackpool Council"
    assert row.contributors == ("Blackpool Teaching Hospitals", "NHS LSC ICB")  # by name
    assert (row.initial.score, row.current.score, row.target.score) == (20, 12, 4)
    assert (row.initial.band, row.current.band, row.target.band) == ("extreme", "high", "moderate")
    assert row.overdue
    assert row.open_mitigations == 1
    assert row.risk.controls == "Joint workforce group"


def test_only_partners_own_or_contribute(services: Services, board: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="Elsewhere Trust is not a partner") as caught:
        add(services, board, "Finance", owning_organisation_id=board["Elsewhere Trust"])
    assert caught.value.field == "owning_organisation_id"
    rid = add(services, board, "Finance", owning_organisation_id=board["NHS LSC ICB"])
    with pytest.raises(ValidationError, match="not a partner"):
        services.risks.update_risk(rid, owning_organisation_id=board["Elsewhere Trust"])
    with pytest.raises(ValidationError, match="not a partner"):
        services.risks.add_contributor(rid, board["Elsewhere Trust"])
    with pytest.raises(ValidationError, match="owning partner already answers"):
        services.risks.add_contributor(rid, board["NHS LSC ICB"])
    assert services.risks.contributors(rid) == []


def test_contributors_come_and_go_as_one_row(services: Services, board: dict[str, str]) -> None:
    rid = add(services, board, "Finance")
    first = services.risks.add_contributor(rid, board["Blackpool Council"])
    services.risks.remove_contributor(rid, board["Blackpool Council"])
    assert services.risks.risk_rows(board["place"], TODAY)[0].contributors == ()
    again = services.risks.add_contributor(rid, board["Blackpool Council"])
    assert again.id == first.id  # brought back, not a second row
    assert services.risks.risk_rows(board["place"], TODAY)[0].contributors == ("Blackpool Council",)


def test_scores_and_titles_are_checked(services: Services, board: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="Target consequence must be from 1 to 5"):
        add(services, board, "Finance", target_consequence=0)
    with pytest.raises(ValidationError, match="title cannot be empty"):
        add(services, board, "   ")
    rid = add(services, board, "Finance")
    with pytest.raises(ValidationError, match="Current likelihood must be from 1 to 5"):
        services.risks.update_risk(rid, current_likelihood=6)
    assert services.risks.get_risk(rid).current_likelihood == 3  # nothing written


def test_mitigations_add_edit_complete_remove(services: Services, board: dict[str, str]) -> None:
    rid = add(services, board, "Discharge delays")
    m = services.risks.add_mitigation(rid, "  Step-down beds ", " Jo ", TODAY)
    assert (m.action, m.owner) == ("Step-down beds", "Jo")
    with pytest.raises(ValidationError, match="The action cannot be empty"):
        services.risks.add_mitigation(rid, " ")
    services.risks.update_mitigation(m.id, owner="Kim", due_date=TODAY + timedelta(days=7))
    services.risks.complete_mitigation(m.id, TODAY)
    [done] = services.risks.mitigations(rid)
    assert (done.owner, done.done_on) == ("Kim", TODAY)
    assert services.risks.risk_rows(board["place"], TODAY)[0].open_mitigations == 0
    services.risks.complete_mitigation(m.id, None)
    assert services.risks.risk_rows(board["place"], TODAY)[0].open_mitigations == 1
    services.risks.remove("risk_mitigation", m.id)
    assert services.risks.mitigations(rid) == []
    services.risks.bring_back("risk_mitigation", m.id)
    assert len(services.risks.mitigations(rid)) == 1


def test_review_sets_both_dates_and_clears_overdue(
    services: Services, board: dict[str, str]
) -> None:
    rid = add(services, board, "Winter", review_date=TODAY - timedelta(days=30))
    assert services.risks.risk_rows(board["place"], TODAY)[0].overdue
    with pytest.raises(ValidationError, match="must be after the review"):
        services.risks.review(rid, TODAY, TODAY)
    services.risks.review(rid, TODAY, TODAY + timedelta(days=90))
    risk = services.risks.get_risk(rid)
    assert (risk.last_reviewed_on, risk.review_date) == (TODAY, TODAY + timedelta(days=90))
    assert not services.risks.risk_rows(board["place"], TODAY)[0].overdue


def test_close_and_reopen(services: Services, board: dict[str, str]) -> None:
    rid = add(services, board, "Estates", review_date=TODAY - timedelta(days=3))
    services.risks.close(rid, TODAY)
    row = services.risks.risk_rows(board["place"], TODAY)[0]
    assert (row.status, row.risk.closed_on, row.overdue) == ("closed", TODAY, False)
    assert sum(services.risks.heat_map(board["place"]).values()) == 0
    services.risks.reopen(rid)
    row = services.risks.risk_rows(board["place"], TODAY)[0]
    assert (row.status, row.risk.closed_on, row.overdue) == ("open", None, True)


def test_remove_and_bring_back_a_risk(services: Services, board: dict[str, str]) -> None:
    rid = add(services, board, "Estates")
    services.risks.remove("risk", rid)
    assert services.risks.risk_rows(board["place"], TODAY) == []
    with pytest.raises(NotFoundError):
        services.risks.update_risk(rid, title="x")
    services.risks.bring_back("risk", rid)
    assert [r.id for r in services.risks.risk_rows(board["place"], TODAY)] == [rid]


def test_heat_map_and_filters(services: Services, board: dict[str, str]) -> None:
    a = add(services, board, "A", current_likelihood=4, current_consequence=3)
    b = add(services, board, "B", current_likelihood=4, current_consequence=3)
    c = add(services, board, "C", current_likelihood=5, current_consequence=5,
            review_date=TODAY - timedelta(days=1))  # fmt: skip
    d = add(services, board, "D", current_likelihood=4, current_consequence=3)
    services.risks.close(d, TODAY)
    counts = services.risks.heat_map(board["place"])
    assert (counts[(4, 3)], counts[(5, 5)], counts[(3, 4)]) == (2, 1, 0)
    assert services.risks.band_counts(board["place"]) == {
        "low": 0, "moderate": 0, "high": 2, "extreme": 1,
    }  # fmt: skip

    def ids(wanted: RiskFilter) -> list[str]:
        return [r.id for r in services.risks.risk_rows(board["place"], TODAY, wanted)]

    assert ids(RiskFilter(cell=(4, 3))) == [a, b]  # the closed one is not counted
    assert ids(RiskFilter(band="high")) == [a, b, d]
    assert ids(RiskFilter(status="closed")) == [d]
    assert ids(RiskFilter(overdue_only=True)) == [c]
    assert ids(RiskFilter(band="extreme", overdue_only=True)) == [c]
    assert ids(RiskFilter()) == [a, b, c, d]


def test_references_continue_after_a_removal(services: Services, board: dict[str, str]) -> None:
    first = add(services, board, "A")
    services.risks.remove("risk", first)
    assert services.risks.add_risk(board["place"], "B").reference == "R02"
