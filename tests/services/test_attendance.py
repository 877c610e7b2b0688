"""AttendanceService over the demo boards: rates per member and organisation, checked
against counts made by hand from the raw records."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from placeboard.domain.errors import ValidationError
from placeboard.services import Services
from placeboard.services.attendance import AttendanceReport, MemberRate
from placeboard.services.membership import MemberRow

from .conftest import DEMO_TODAY

TODAY = DEMO_TODAY  # the demo's "today"
START, END = date(2025, 6, 16), TODAY  # the last 12 months


def place_id(services: Services, name: str) -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


def by_membership(report: AttendanceReport, membership_id: str) -> MemberRate:
    return next(m for m in report.members if m.membership_id == membership_id)


def test_a_cancelled_meeting_is_not_counted(demo: Services) -> None:
    pid = place_id(demo, "Blackburn with Darwen")
    meetings = [m for m in demo.meetings.list_meetings(pid) if START <= m.meeting_date <= END]
    cancelled = [m for m in meetings if m.status == "cancelled"]
    held = [m for m in meetings if m.status == "held"]
    assert len(cancelled) == 1
    before = demo.attendance.rates(pid, START, END)
    assert before.meetings_counted == len(held)
    assert before.cancelled_excluded == 1

    # Even someone marked present at the cancelled meeting gains nothing from it.
    chair = next(
        m for m in demo.membership.list_members(pid, TODAY) if m.membership.role == "chair"
    )
    demo.meetings.record_attendance(
        cancelled[0].id, chair.person.id, "present", chair.membership.id
    )
    after = demo.attendance.rates(pid, START, END)
    assert by_membership(after, chair.membership.id) == by_membership(before, chair.membership.id)
    assert max(m.counts.expected for m in after.members) == len(held)


def test_a_deputy_attending_counts_for_the_member(demo: Services) -> None:
    pid = place_id(demo, "Blackpool")
    held = {
        m.id
        for m in demo.meetings.list_meetings(pid)
        if m.status == "held" and START <= m.meeting_date <= END
    }
    deputies = [
        a
        for a in demo.meetings.attendance_for_place(pid)
        if a.status == "deputy" and a.meeting_id in held
    ]
    assert deputies, "the demo has deputies attending in the last 12 months"
    report = demo.attendance.rates(pid, START, END)
    for seat in {a.deputy_for_id for a in deputies}:
        assert seat is not None
        row = by_membership(report, seat)
        assert row.counts.by_deputy == sum(1 for a in deputies if a.deputy_for_id == seat)
    # Deputies are not members: they get no row of their own.
    rows = {m.membership_id for m in report.members}
    sat = {m.membership.id for m in demo.membership.list_members(pid) if _sat(m, START, END)}
    assert rows == sat
    members = {m.person.id for m in demo.membership.list_members(pid)}
    assert {a.person_id for a in deputies}.isdisjoint(members)


def _sat(row: MemberRow, start: date, end: date) -> bool:
    m = row.membership
    return m.start_date <= end and (m.end_date is None or m.end_date >= start)


def test_the_rate_matches_a_hand_count(demo: Services) -> None:
    pid = place_id(demo, "Lancashire")
    members = demo.membership.list_members(pid, TODAY)
    chair = next(m for m in members if m.membership.role == "chair")
    held = [
        m
        for m in demo.meetings.list_meetings(pid)
        if m.status == "held"
        and START <= m.meeting_date <= END
        and m.meeting_date >= chair.membership.start_date
    ]
    records = demo.meetings.attendance_for_place(pid)
    in_person = by_deputy = apologies = 0
    for meeting in held:
        mine = [r for r in records if r.meeting_id == meeting.id]
        own = next((r for r in mine if r.person_id == chair.person.id), None)
        deputy = any(r.deputy_for_id == chair.membership.id for r in mine)
        if own is not None and own.status == "present":
            in_person += 1
        elif deputy:
            by_deputy += 1
        elif own is not None and own.status == "apologies":
            apologies += 1
    report = demo.attendance.rates(pid, START, END)
    row = by_membership(report, chair.membership.id)
    assert row.name == chair.person.full_name
    assert row.role == "Chair"
    assert row.counts.expected == len(held)
    assert (row.counts.in_person, row.counts.by_deputy, row.counts.apologies) == (
        in_person,
        by_deputy,
        apologies,
    )
    assert row.counts.rate == pytest.approx((in_person + by_deputy) / len(held))
    # Lancashire's chair sent apologies to the inquorate meeting: not a perfect record.
    assert row.counts.apologies >= 1


def test_organisations_are_named_and_counted(demo: Services) -> None:
    pid = place_id(demo, "South Cumbria")
    report = demo.attendance.rates(pid, START, END)
    partners = {o.name for o in demo.organisations.list_partners(pid)}
    names = [o.name for o in report.organisations]
    assert names == sorted(names, key=str.casefold)
    assert set(names) <= partners
    for org in report.organisations:
        assert org.counts.expected == report.meetings_counted or org.members > 0


def test_rates_read_in_a_handful_of_queries(demo: Services) -> None:
    pid = place_id(demo, "Blackpool")
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(demo.db.engine, "before_cursor_execute", count)
    try:
        demo.attendance.rates(pid, date(2000, 1, 1), date(2030, 1, 1))
    finally:
        event.remove(demo.db.engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 6


def test_a_period_that_ends_before_it_starts_is_refused(demo: Services) -> None:
    pid = place_id(demo, "Blackpool")
    with pytest.raises(ValidationError, match="before its start"):
        demo.attendance.rates(pid, END, START)
