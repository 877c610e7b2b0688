"""The demo boards: loaded through the services, all or nothing, the same every time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from placeboard.domain.catalogue import (
    INITIAL_METRICS,
    PARTNERSHIP_PRIORITIES,
    PLACE_NAMES,
    PLACE_PRIORITIES,
    STAGES,
)
from placeboard.domain.errors import PlaceBoardError, ValidationError
from placeboard.domain.risk_matrix import band, score
from placeboard.domain.vocab import RAG
from placeboard.services import Services
from placeboard.services.demo import CANCELLED_MESSAGE
from placeboard.store.database import open_database


def change_rows(services: Services) -> tuple[int, str | None]:
    with services.db.engine.connect() as conn:
        row = conn.execute(text("SELECT count(*), max(hlc) FROM change_log")).one()
        return int(row[0]), row[1]


@dataclass
class Loaded:
    services: Services
    before: tuple[int, str | None]
    progress: list[tuple[int, int, str]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loaded]:
    services = Services(open_database(tmp_path_factory.mktemp("demo") / "data"))
    before = change_rows(services)
    calls: list[tuple[int, int, str]] = []
    services.demo.load(progress=lambda d, t, m: calls.append((d, t, m)))
    yield Loaded(services, before, calls)
    services.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Services]:
    services = Services(open_database(tmp_path / "fresh"))
    yield services
    services.close()


def place_ids(services: Services) -> dict[str, str]:
    return {p.name: p.id for p in services.places.list_places()}


def metric_values(services: Services) -> dict[str, float]:
    return {
        v.id: v.value
        for pid in place_ids(services).values()
        for v in services.metrics.list_values(pid)
    }


# What was loaded ------------------------------------------------------------------------
def test_the_four_places_with_their_boards_and_partners(demo: Loaded) -> None:
    s = demo.services
    ids = place_ids(s)
    assert sorted(ids) == sorted(PLACE_NAMES)
    for name, pid in ids.items():
        assert s.places.board(pid).name == f"{name} Place-Based Partnership Board"
        assert s.places.get_place(pid).icb_name.startswith("NHS Lancashire and South Cumbria")
        assert len(s.organisations.list_partners(pid)) == 10
    units = [loc.name for loc in s.places.list_localities(ids["Lancashire"])]
    assert {"East Lancashire", "Central Lancashire", "North Lancashire / coastal"} <= set(units)


def test_seven_metrics_with_at_least_36_monthly_values_per_place(demo: Loaded) -> None:
    s = demo.services
    metrics = s.metrics.list_metrics()
    assert sorted(m.name for m in metrics) == sorted(m.name for m in INITIAL_METRICS)
    rebased = 0
    for pid in place_ids(s).values():
        for m in metrics:
            values = s.metrics.list_values(pid, m.id)
            assert len(values) >= 36
            assert values[-1].period == "2026-03"
            rebased += len(s.metrics.list_rebases(pid, m.id))
    assert rebased >= 4  # step changes after a new service started


def test_three_stages_with_the_seed_criteria_for_every_place(demo: Loaded) -> None:
    s = demo.services
    stages = s.stages.list_stages()
    assert [st.key for st in stages] == [st.key for st in STAGES]
    expected = {s.stages.list_stages()[i].id: len(st.criteria) for i, st in enumerate(STAGES)}
    decisions_with_rationale = 0
    for pid in place_ids(s).values():
        criteria = s.stages.list_criteria(pid)
        assert Counter(c.stage_id for c in criteria) == expected
        assert any(c.status == "met" for c in criteria)
        decisions_with_rationale += sum(
            1 for d in s.stages.list_decisions(pid) if d.unmet_criteria and d.rationale
        )
    assert decisions_with_rationale == 1
    stages_reached = {s.overview.summary(pid).stage for pid in place_ids(s).values()}
    assert {"In shadow", "In development"} <= stages_reached


def test_meetings_past_and_planned(demo: Loaded) -> None:
    s = demo.services
    today = date.today()
    for pid in place_ids(s).values():
        meetings = s.meetings.list_meetings(pid)
        held = [m for m in meetings if m.status == "held"]
        planned = [m for m in meetings if m.status == "planned"]
        assert len(held) >= 6 and all(m.meeting_date < today for m in held)
        assert len(planned) >= 2 and all(m.meeting_date > today for m in planned)
        assert sum(m.status == "cancelled" for m in meetings) == 1
        assert [m.minutes_status for m in held] == ["approved"] * (len(held) - 1) + ["draft"]
        last = held[-1]
        agenda = s.meetings.agenda(last.id)
        assert any(i.part == 2 for i in agenda)
        assert any(p.confidential for p in s.meetings.papers(last.id))
        statuses = {a.status for a in s.meetings.attendance(last.id)}
        assert {"present", "apologies", "in_attendance"} <= statuses
        minutes = s.meetings.minutes(last.id)
        assert len(minutes) == len(agenda)
        assert any(r.text.startswith("Resolved: That the Board") for _, rs in minutes for r in rs)
        assert 6 <= len(s.meetings.forward_plan(pid)) <= 10
    statuses = Counter(a.status for pid in place_ids(s).values() for a in s.meetings.actions(pid))
    assert set(statuses) == {"open", "done", "closed", "carried_forward"}
    assert all(s.meetings.overdue_actions(pid) for pid in place_ids(s).values())


def test_each_board_has_exactly_one_current_chair(demo: Loaded) -> None:
    s = demo.services
    for pid in place_ids(s).values():
        members = s.membership.list_members(pid, current_on=date.today())
        assert [m.membership.role for m in members].count("chair") == 1
        assert [m.membership.role for m in members].count("dhci") == 1


def test_people_keep_every_letter_of_their_names(demo: Loaded) -> None:
    s = demo.services
    names = {p.full_name for pid in place_ids(s).values() for p in s.membership.list_people(pid)}
    assert {"Zoë Ní Bhriain", "Łukasz Przykładowy", "Avery Testwood"} <= names


def test_gaps_for_later_checks_to_find(demo: Loaded) -> None:
    s = demo.services
    summaries = [s.overview.summary(pid) for pid in place_ids(s).values()]
    assert any(x.partners_without_voting_member for x in summaries)
    undeputised = [
        m
        for pid in place_ids(s).values()
        for m in s.membership.list_members(pid, current_on=date.today())
        if m.membership.voting and not m.deputies
    ]
    assert undeputised
    declarations = [d for pid in place_ids(s).values() for d in s.membership.list_declarations(pid)]
    assert any(d.is_nil for d in declarations) and any(d.private for d in declarations)
    assert len({d.kind for d in declarations if not d.is_nil}) == 4
    assert all(s.membership.declarations_overdue(pid) for pid in place_ids(s).values())


def test_terms_of_reference_agreed_in_some_places_outstanding_in_others(demo: Loaded) -> None:
    s = demo.services
    outstanding = agreed = 0
    for pid in place_ids(s).values():
        versions = s.terms.list_versions(pid)
        # One version in force everywhere; a first version is superseded once a later
        # one is agreed, and stays in force while its successor is out for approval.
        assert [v.status for v in versions].count("agreed") == 1
        assert versions[0].status == "superseded" or versions[1].status == "out_for_approval"
        assert len(s.terms.list_sections(versions[-1].id)) == 7
        assert "icb" in versions[-1].quorum_requires_sectors
        agreed += any(v.status == "agreed" for v in versions)
        outstanding += any(s.terms.outstanding_approvals(v.id) for v in versions)
    assert agreed >= 2 and outstanding >= 2


def test_priorities_with_milestones_rag_histories_and_metrics(demo: Loaded) -> None:
    s = demo.services
    rags: set[str] = set()
    for name, pid in place_ids(s).items():
        priorities = s.priorities.list_priorities(pid)
        assert len(priorities) == len(PLACE_PRIORITIES[name])
        for p in priorities:
            assert p.lead_organisation_id and p.owner and p.start_date and p.due_date
            rags |= {u.rag for u in s.priorities.list_updates(p.id)}
        assert len(s.priorities.glossary(pid)) > 40
    assert rags == set(RAG)
    system = s.priorities.list_priorities(None)
    assert len(system) == len(PARTNERSHIP_PRIORITIES)
    assert all(s.priorities.list_milestones(p.id) for p in system)


def test_five_to_ten_risks_per_place_across_the_bands(demo: Loaded) -> None:
    s = demo.services
    bands: set[str] = set()
    for pid in place_ids(s).values():
        risks = s.risks.list_risks(pid)
        assert 5 <= len(risks) <= 10
        assert sum(r.status == "closed" for r in risks) == 1
        assert all(r.owning_organisation_id for r in risks)
        assert any(s.risks.contributors(r.id) for r in risks)
        assert all(s.risks.mitigations(r.id) for r in risks)
        assert any(r.review_date and r.review_date < date.today() for r in risks)
        bands |= {band(score(r.current_likelihood, r.current_consequence)) for r in risks}
    assert bands == {"low", "moderate", "high", "extreme"}


def test_everything_went_into_the_change_log_and_the_database_checks_ok(demo: Loaded) -> None:
    rows, _ = change_rows(demo.services)
    report = demo.services.maintenance.check()
    # At least one change row (its insert) for every record the demo wrote.
    assert rows - demo.before[0] >= sum(report.counts.values()) > 4_000
    assert report.ok
    assert all(count > 0 for area, count in report.counts.items() if area != "Attachments")


def test_progress_is_reported_step_by_step(demo: Loaded) -> None:
    done = [d for d, _, _ in demo.progress]
    totals = {t for _, t, _ in demo.progress}
    assert len(totals) == 1 and len(done) > 20
    assert done == sorted(done) and done[0] == 0 and done[-1] == totals.pop()
    assert all(message for _, _, message in demo.progress)


# All or nothing ---------------------------------------------------------------------------
def test_loading_into_a_database_with_places_refuses_and_changes_nothing(demo: Loaded) -> None:
    before = change_rows(demo.services)
    with pytest.raises(PlaceBoardError, match="can only be loaded into an empty database"):
        demo.services.demo.load()
    assert change_rows(demo.services) == before


def test_an_unknown_scale_is_refused(fresh: Services) -> None:
    with pytest.raises(PlaceBoardError, match="normal, large"):
        fresh.demo.load(scale="huge")
    assert fresh.is_empty()


def test_cancelling_half_way_leaves_nothing_loaded(fresh: Services) -> None:
    calls: list[int] = []
    with pytest.raises(PlaceBoardError) as raised:
        fresh.demo.load(
            progress=lambda d, t, m: calls.append(d), cancelled=lambda: len(calls) >= 12
        )
    assert str(raised.value) == CANCELLED_MESSAGE
    assert len(calls) == 12
    assert fresh.is_empty()
    assert fresh.organisations.list_organisations() == []
    assert sum(fresh.maintenance.check().counts.values()) == 0


def test_a_failure_part_way_puts_the_data_back(
    fresh: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValidationError("The risk register is broken.")

    monkeypatch.setattr(fresh.risks, "add_risk", broken)
    with pytest.raises(ValidationError, match="risk register is broken"):
        fresh.demo.load()
    assert fresh.is_empty()
    assert sum(fresh.maintenance.check().counts.values()) == 0


def test_the_same_metric_values_in_two_fresh_folders(demo: Loaded, fresh: Services) -> None:
    fresh.demo.load()
    assert metric_values(fresh) == metric_values(demo.services)
    names = {
        p.full_name for pid in place_ids(fresh).values() for p in fresh.membership.list_people(pid)
    }
    assert names == {
        p.full_name
        for pid in place_ids(demo.services).values()
        for p in demo.services.membership.list_people(pid)
    }
