"""The Overview service: the quorum line for the next meeting under the agreed terms of
reference, and the latest metric values read in one query."""

from __future__ import annotations

from datetime import date

from placeboard.services import Services

from .conftest import DEMO_TODAY

TODAY = DEMO_TODAY  # the demo's "today"


def place_id(services: Services, name: str) -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


def next_meeting_id(services: Services, pid: str) -> str:
    planned = [
        m
        for m in services.meetings.list_meetings(pid)
        if m.status == "planned" and m.meeting_date >= TODAY
    ]
    return min(planned, key=lambda m: m.meeting_date).id


def test_expected_quorate_with_everyone_expected(demo: Services) -> None:
    pid = place_id(demo, "Blackpool")
    summary = demo.overview.summary(pid, TODAY)
    version = demo.terms.current_version(pid)
    assert version is not None and version.status == "agreed"
    assert summary.next_meeting_quorate is True
    assert summary.next_meeting_quorum is not None
    assert summary.next_meeting_quorum.startswith("Expected to be quorate: ")
    assert f"{version.quorum_members} needed" in summary.next_meeting_quorum
    assert "ICB and council present" in summary.next_meeting_quorum


def test_apologies_from_the_council_make_it_not_quorate(demo: Services) -> None:
    pid = place_id(demo, "Blackpool")
    meeting_id = next_meeting_id(demo, pid)
    members = demo.membership.list_members(pid, TODAY)
    council = [
        m
        for m in members
        if m.membership.voting
        and m.organisation.sector in ("unitary_council", "upper_tier_council")
    ]
    assert council
    for m in council:
        demo.meetings.record_attendance(meeting_id, m.person.id, "apologies", m.membership.id)
    summary = demo.overview.summary(pid, TODAY)
    assert summary.next_meeting_quorate is False
    assert summary.next_meeting_quorum is not None
    assert summary.next_meeting_quorum.startswith("Not expected to be quorate: ")
    assert "no voting member from the council" in summary.next_meeting_quorum


def test_a_deputy_coming_keeps_it_quorate(demo: Services) -> None:
    pid = place_id(demo, "Blackpool")
    meeting_id = next_meeting_id(demo, pid)
    members = demo.membership.list_members(pid, TODAY)
    council = [
        m
        for m in members
        if m.membership.voting
        and m.organisation.sector in ("unitary_council", "upper_tier_council")
    ]
    for m in council:
        demo.meetings.record_attendance(meeting_id, m.person.id, "apologies", m.membership.id)
    chair = council[0]
    deputy = demo.membership.add_person(pid, "Dee Puty")
    demo.meetings.record_attendance(
        meeting_id, deputy.id, "deputy", deputy_for_id=chair.membership.id
    )
    summary = demo.overview.summary(pid, TODAY)
    assert summary.next_meeting_quorate is True


def test_too_few_voting_members_expected(demo: Services) -> None:
    pid = place_id(demo, "Blackburn with Darwen")
    meeting_id = next_meeting_id(demo, pid)
    version = demo.terms.current_version(pid)
    assert version is not None
    members = [m for m in demo.membership.list_members(pid, TODAY) if m.membership.voting]
    away = members[: len(members) - version.quorum_members + 1]
    for m in away:
        demo.meetings.record_attendance(meeting_id, m.person.id, "apologies", m.membership.id)
    summary = demo.overview.summary(pid, TODAY)
    assert summary.next_meeting_quorate is False
    expected = len(members) - len(away)
    assert f"{expected} voting members expected, {version.quorum_members} needed" in (
        summary.next_meeting_quorum or ""
    )


def test_no_agreed_terms_no_rule(services: Services) -> None:
    place = services.places.create_place("Newplace", "unitary", 100_000)
    services.terms.create_version(place.id, "Version 0.1", 4, "", "icb")  # a draft
    services.meetings.create_meeting(place.id, date(2026, 7, 1))
    summary = services.overview.summary(place.id, TODAY)
    assert summary.next_meeting_quorum == "No agreed terms of reference, so no quorum rule."
    assert summary.next_meeting_quorate is None


def test_no_next_meeting_no_quorum_line(demo: Services) -> None:
    pid = place_id(demo, "Blackpool")
    summary = demo.overview.summary(pid, date(2030, 1, 1))
    assert summary.next_meeting is None
    assert summary.next_meeting_quorum is None
    assert summary.next_meeting_quorate is None


def test_latest_values_match_a_count_over_every_value(demo: Services) -> None:
    pid = place_id(demo, "South Cumbria")
    by_metric: dict[str, list[tuple[str, float]]] = {}
    for v in demo.metrics.list_values(pid):
        by_metric.setdefault(v.metric_id, []).append((v.period, v.value))
    expected = {m: (*max(values), len(values)) for m, values in by_metric.items()}
    assert demo.metrics.latest_values(pid) == expected
    summary = demo.overview.summary(pid, TODAY)
    assert len(summary.metrics) == len(expected)


def test_the_next_meeting_shows_its_conflicts_and_quorum_forecast(services: Services) -> None:
    from datetime import date

    from .small_board import JOINED, build_board

    board = build_board(services)
    before = date(2026, 9, 1)
    summary = services.overview.summary(board.place_id, before)
    assert summary.next_meeting is not None and summary.next_meeting.conflicts == 0
    assert summary.next_meeting_quorate is True

    services.membership.declare(
        board.place_id,
        board.people["Ann Chair"],
        "non_financial_personal",
        "Trustee of a care homes charity",
        topics="care homes",
        declared_on=JOINED,
    )
    services.meeting_quorum.set_member_attendance(
        board.meeting_id, board.seats["Cat Council"], "apologies"
    )
    summary = services.overview.summary(board.place_id, before)
    assert summary.next_meeting is not None and summary.next_meeting.conflicts == 1
    assert summary.next_meeting_quorate is False  # no council member expected
    assert summary.minutes_to_approve == 0

    services.meetings.update_meeting(board.meeting_id, status="held")
    services.minutes.write_minute(board.items["Housing and health"], "The board discussed.")
    after = services.overview.summary(board.place_id, date(2026, 9, 11))
    assert after.minutes_to_approve == 1
