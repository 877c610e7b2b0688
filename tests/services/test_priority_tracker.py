"""The priority tracker's read model and edits over a real SQLite file: current RAG,
flags, filters, milestones, updates, metric links and the board's glossary."""

from __future__ import annotations

from datetime import date

import pytest

from placeboard.domain.errors import NotFoundError
from placeboard.services import Services
from placeboard.services.priorities import STANDARD_TERMS, PriorityFilter, PriorityRow

from .test_rules import refused

TODAY = date(2026, 6, 3)


@pytest.fixture
def board(services: Services) -> dict[str, str]:
    place = services.places.create_place("Blackpool", "unitary", 141000)
    orgs = services.organisations
    council = orgs.create_organisation("Blackpool Council", "unitary_council")
    trust = orgs.create_organisation("Blackpool Teaching Hospitals", "nhs_trust")
    ps = services.priorities
    frailty = ps.add_priority(
        place.id, "Frailty pathway", 1, "Integrated neighbourhoods", council.id, "A. Lead",
        date(2025, 4, 1), date(2026, 3, 31), code="P1",
    )  # fmt: skip
    discharge = ps.add_priority(
        place.id, "Discharge to assess", 2, "System flow", trust.id, "B. Owner",
        date(2025, 10, 1), date(2027, 3, 31), code="P2",
    )  # fmt: skip
    later = ps.add_priority(place.id, "Healthy weight", 3, start_date=date(2026, 9, 1))
    ps.add_update(frailty.id, date(2026, 1, 10), "amber", "Slipping")
    ps.add_update(frailty.id, date(2026, 2, 10), "red", "Off track")
    ps.add_update(discharge.id, date(2026, 5, 20), "green", "On track")
    return {
        "place": place.id,
        "council": council.id,
        "trust": trust.id,
        "frailty": frailty.id,
        "discharge": discharge.id,
        "later": later.id,
    }


def rows(services: Services, board: dict[str, str], **where: object) -> dict[str, PriorityRow]:
    found = services.priorities.priority_rows(board["place"], TODAY, PriorityFilter(**where))  # type: ignore[arg-type]
    return {r.title: r for r in found}


def test_rows_carry_current_rag_lead_and_flags(services: Services, board: dict[str, str]) -> None:
    found = rows(services, board)
    assert list(found) == ["Frailty pathway", "Discharge to assess", "Healthy weight"]
    frailty = found["Frailty pathway"]
    assert (frailty.rag, frailty.lead, frailty.last_update) == (
        "red", "Blackpool Council", date(2026, 2, 10),
    )  # fmt: skip
    assert frailty.overdue and frailty.stale  # due 31/3/2026; last update before 3/3/2026
    discharge = found["Discharge to assess"]
    assert (discharge.rag, discharge.overdue, discharge.stale) == ("green", False, False)
    later = found["Healthy weight"]
    assert (later.rag, later.last_update, later.overdue, later.stale) == (
        "grey",
        None,
        False,
        False,
    )


def test_a_new_update_becomes_the_current_rag_and_clears_stale(
    services: Services, board: dict[str, str]
) -> None:
    services.priorities.add_update(board["frailty"], date(2026, 6, 1), "blue", "Delivered")
    frailty = rows(services, board)["Frailty pathway"]
    assert (frailty.rag, frailty.overdue, frailty.stale) == ("blue", False, False)
    assert services.priorities.current_rag(board["place"])[board["frailty"]] == "blue"


def test_filters_by_phase_rag_lead_and_overdue(services: Services, board: dict[str, str]) -> None:
    assert list(rows(services, board, phase=2)) == ["Discharge to assess"]
    assert list(rows(services, board, rag="grey")) == ["Healthy weight"]
    assert list(rows(services, board, lead_organisation_id=board["trust"])) == [
        "Discharge to assess"
    ]
    assert list(rows(services, board, overdue_only=True)) == ["Frailty pathway"]
    m = services.priorities.add_milestone(board["discharge"], "Beds agreed", date(2026, 5, 1))
    assert list(rows(services, board, overdue_only=True)) == [
        "Frailty pathway", "Discharge to assess",
    ]  # fmt: skip
    assert rows(services, board)["Discharge to assess"].milestones_overdue == 1
    services.priorities.complete_milestone(m.id, date(2026, 5, 2))
    assert rows(services, board)["Discharge to assess"].milestones_overdue == 0
    services.priorities.complete_milestone(m.id, None)
    assert rows(services, board)["Discharge to assess"].milestones_overdue == 1
    assert [o.name for o in services.priorities.leads(board["place"])] == [
        "Blackpool Council", "Blackpool Teaching Hospitals",
    ]  # fmt: skip


def test_edit_and_remove_a_priority(services: Services, board: dict[str, str]) -> None:
    ps = services.priorities
    ps.update_priority(board["later"], phase=2, owner="C. New")
    assert rows(services, board, phase=2)["Healthy weight"].owner == "C. New"
    refused(
        services, lambda: ps.update_priority(board["later"], phase=5), "phase must be 1, 2 or 3"
    )
    ps.remove("priority", board["later"])
    assert "Healthy weight" not in rows(services, board)
    ps.bring_back("priority", board["later"])
    assert "Healthy weight" in rows(services, board)


def test_milestones_edit_and_remove(services: Services, board: dict[str, str]) -> None:
    ps = services.priorities
    m = ps.add_milestone(board["frailty"], "Care plans live", date(2026, 7, 1))
    ps.update_milestone(m.id, title="Care plans live in every PCN", due_date=date(2026, 8, 1))
    [got] = ps.list_milestones(board["frailty"])
    assert (got.title, got.due_date) == ("Care plans live in every PCN", date(2026, 8, 1))
    refused(services, lambda: ps.update_milestone(m.id, title="  "), "milestone cannot be empty")
    ps.remove("milestone", m.id)
    assert ps.list_milestones(board["frailty"]) == []


def test_updates_edit_and_remove_change_the_current_rag(
    services: Services, board: dict[str, str]
) -> None:
    ps = services.priorities
    latest = ps.list_updates(board["frailty"])[-1]
    ps.update_update(latest.id, rag="amber", commentary="Recovering")
    assert rows(services, board)["Frailty pathway"].rag == "amber"
    refused(services, lambda: ps.update_update(latest.id, rag="purple"), "RAG rating must be")
    ps.remove("priority_update", latest.id)
    assert rows(services, board)["Frailty pathway"].rag == "amber"  # the January one
    assert [u.commentary for u in ps.list_updates(board["frailty"])] == ["Slipping"]


def test_link_and_unlink_metrics(services: Services, board: dict[str, str]) -> None:
    ps = services.priorities
    metric = services.metrics.define_metric("Frailty care plans", "%")
    ps.link_metric(board["frailty"], metric.id)
    ps.link_metric(board["frailty"], metric.id)  # the same link, once
    assert rows(services, board)["Frailty pathway"].metrics == ("Frailty care plans",)
    assert [m.name for m in ps.linked_metrics(board["frailty"])] == ["Frailty care plans"]
    ps.unlink_metric(board["frailty"], metric.id)
    assert ps.linked_metrics(board["frailty"]) == []
    with pytest.raises(NotFoundError):
        ps.unlink_metric(board["frailty"], metric.id)


def test_glossary_add_edit_remove_and_refuse_duplicates(
    services: Services, board: dict[str, str]
) -> None:
    ps = services.priorities
    term = ps.add_glossary_term(board["place"], " SEND ", "Special educational needs")
    assert term.term == "SEND"
    refused(services, lambda: ps.add_glossary_term(board["place"], "send", "x"), "already has SEND")
    ps.update_glossary_meaning(term.id, "Special educational needs and disabilities")
    assert [t.meaning for t in ps.glossary(board["place"])] == [
        "Special educational needs and disabilities"
    ]
    ps.remove("glossary_term", term.id)
    assert ps.glossary(board["place"]) == []


def test_seed_glossary_adds_only_the_missing_standard_terms(
    services: Services, board: dict[str, str]
) -> None:
    ps = services.priorities
    ps.add_glossary_term(board["place"], "ICB", "Our own wording for the ICB")
    added = ps.seed_glossary(board["place"])
    terms = {t.term: t.meaning for t in ps.glossary(board["place"])}
    assert terms["ICB"] == "Our own wording for the ICB"  # kept
    assert len(added) == len(STANDARD_TERMS) - 1
    for wanted in (
        "ICP",
        "PBP",
        "DHCI",
        "BCF",
        "CHC",
        "INT",
        "PCN",
        "VCFSE",
        "SORD",
        "JSNA",
        "D2A",
    ):
        assert wanted in terms
    assert ps.seed_glossary(board["place"]) == []
    assert ps.missing_standard_terms(board["place"]) == []
