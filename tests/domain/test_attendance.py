"""Attendance rates: who was expected at held meetings, who came, in person or by deputy."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from placeboard.domain.attendance import (
    OUTCOMES,
    AttendanceRecord,
    AttendanceSummary,
    BoardMeeting,
    Counts,
    Seat,
    best,
    counts_of,
    preset_period,
    summarise,
    year_before,
)

JAN = date(2025, 1, 1)
DEC = date(2025, 12, 31)


def meeting(n: int, status: str = "held") -> BoardMeeting:
    """Meeting n on the 10th of month n of 2025."""
    return BoardMeeting(f"m{n}", date(2025, n, 10), status)


def seat(
    sid: str,
    org: str = "icb",
    start: date = JAN,
    end: date | None = None,
    person: str | None = None,
) -> Seat:
    return Seat(sid, person or f"p-{sid}", org, start, end)


def rec(m: int, sid: str, status: str, deputy_for: str | None = None) -> AttendanceRecord:
    """A record of seat `sid`'s person (or, with deputy_for, of a deputy person)."""
    if deputy_for is not None:
        return AttendanceRecord(f"m{m}", f"dep-{sid}", status, None, deputy_for)
    return AttendanceRecord(f"m{m}", f"p-{sid}", status, sid)


def member(summary: AttendanceSummary, sid: str) -> Counts:
    return next(m.counts for m in summary.members if m.seat.id == sid)


def organisation(summary: AttendanceSummary, org: str) -> Counts:
    return next(o.counts for o in summary.organisations if o.organisation_id == org)


# -- examples --------------------------------------------------------------------------


def test_each_outcome_is_counted() -> None:
    meetings = [meeting(n) for n in range(1, 6)]
    records = [
        rec(1, "a", "present"),
        rec(2, "a", "apologies"),
        rec(3, "a", "apologies"),
        rec(3, "a", "deputy", deputy_for="a"),
        rec(4, "a", "absent"),
        # meeting 5: no record at all, so absent
    ]
    result = summarise(meetings, [seat("a")], records, JAN, DEC)
    assert member(result, "a") == Counts(
        expected=5, in_person=1, by_deputy=1, apologies=1, absent=2
    )
    assert member(result, "a").rate == pytest.approx(2 / 5)
    assert member(result, "a").is_low


def test_cancelled_and_planned_meetings_are_not_expected() -> None:
    meetings = [meeting(1), meeting(2, "cancelled"), meeting(3, "planned"), meeting(4)]
    records = [rec(1, "a", "present"), rec(2, "a", "present"), rec(4, "a", "present")]
    result = summarise(meetings, [seat("a")], records, JAN, DEC)
    assert member(result, "a") == Counts(expected=2, in_person=2)
    assert result.meetings_counted == 2
    assert result.cancelled_excluded == 1


def test_only_meetings_while_the_membership_was_current() -> None:
    meetings = [meeting(n) for n in range(1, 7)]
    joined = seat("a", start=date(2025, 3, 1), end=date(2025, 5, 10))  # sat for m3, m4, m5
    result = summarise(meetings, [joined], [rec(5, "a", "present")], JAN, DEC)
    assert member(result, "a") == Counts(expected=3, in_person=1, absent=2)


def test_only_meetings_in_the_period() -> None:
    meetings = [meeting(n) for n in range(1, 13)]
    result = summarise(meetings, [seat("a")], [], date(2025, 4, 1), date(2025, 6, 30))
    assert member(result, "a").expected == 3
    assert result.meetings_counted == 3


def test_members_outside_the_period_are_left_out_and_idle_ones_have_no_rate() -> None:
    meetings = [meeting(6)]
    seats = [
        seat("gone", end=date(2024, 12, 31)),
        seat("late", start=date(2025, 7, 1)),  # current in the period, after its meeting
    ]
    result = summarise(meetings, seats, [], JAN, DEC)
    assert [m.seat.id for m in result.members] == ["late"]
    assert member(result, "late") == Counts()
    assert member(result, "late").rate is None
    assert not member(result, "late").is_low


def test_in_person_beats_a_deputy_and_a_deputy_beats_apologies() -> None:
    records = [
        rec(1, "a", "present"),
        rec(1, "a", "deputy", deputy_for="a"),
        rec(2, "a", "apologies"),
        rec(2, "a", "deputy", deputy_for="a"),
    ]
    result = summarise([meeting(1), meeting(2)], [seat("a")], records, JAN, DEC)
    assert member(result, "a") == Counts(expected=2, in_person=1, by_deputy=1)


def test_a_deputy_who_sent_apologies_did_not_attend() -> None:
    records = [rec(1, "a", "apologies"), rec(1, "a", "apologies", deputy_for="a")]
    result = summarise([meeting(1)], [seat("a")], records, JAN, DEC)
    assert member(result, "a") == Counts(expected=1, apologies=1)


def test_a_deputy_naming_the_members_seat_still_counts_as_deputy() -> None:
    # The deputy's record names the member's seat as the one they attend under.
    records = [AttendanceRecord("m1", "someone-else", "deputy", "a", "a")]
    result = summarise([meeting(1)], [seat("a")], records, JAN, DEC)
    assert member(result, "a") == Counts(expected=1, by_deputy=1)


def test_observers_and_in_attendance_count_as_in_person() -> None:
    records = [rec(1, "a", "observer"), rec(2, "a", "in_attendance")]
    result = summarise([meeting(1), meeting(2)], [seat("a")], records, JAN, DEC)
    assert member(result, "a") == Counts(expected=2, in_person=2)


def test_a_record_without_a_seat_speaks_for_the_person() -> None:
    records = [AttendanceRecord("m1", "p-a", "present")]
    result = summarise([meeting(1)], [seat("a")], records, JAN, DEC)
    assert member(result, "a").in_person == 1


def test_an_organisation_takes_the_best_of_its_members() -> None:
    meetings = [meeting(n) for n in range(1, 5)]
    seats = [seat("a", "council"), seat("b", "council", start=date(2025, 3, 1))]
    records = [
        rec(1, "a", "apologies"),  # m1: only a sat; apologies
        rec(2, "a", "deputy", deputy_for="a"),  # m2: by deputy
        rec(3, "a", "apologies"),
        rec(3, "b", "present"),  # m3: b was there
        # m4: nobody, so absent
    ]
    result = summarise(meetings, seats, records, JAN, DEC)
    assert organisation(result, "council") == Counts(
        expected=4, in_person=1, by_deputy=1, apologies=1, absent=1
    )
    assert result.organisations[0].seats == 2


def test_best_and_counts_of() -> None:
    assert best(["absent", "apologies", "by_deputy"]) == "by_deputy"
    assert best(["absent", "in_person"]) == "in_person"
    assert counts_of(["in_person", "absent", "absent"]) == Counts(3, 1, 0, 0, 2)


@pytest.mark.parametrize(
    ("preset", "today", "start", "end"),
    [
        ("Last 12 months", date(2026, 11, 24), date(2025, 11, 25), date(2026, 11, 24)),
        ("Last 12 months", date(2024, 2, 29), date(2023, 3, 1), date(2024, 2, 29)),
        ("This financial year", date(2026, 11, 24), date(2026, 4, 1), date(2027, 3, 31)),
        ("This financial year", date(2027, 3, 31), date(2026, 4, 1), date(2027, 3, 31)),
        ("Last financial year", date(2026, 4, 1), date(2025, 4, 1), date(2026, 3, 31)),
        ("Last financial year", date(2026, 3, 31), date(2024, 4, 1), date(2025, 3, 31)),
    ],
)
def test_preset_periods(preset: str, today: date, start: date, end: date) -> None:
    assert preset_period(preset, today) == (start, end)


def test_custom_is_not_a_named_period() -> None:
    with pytest.raises(ValueError, match="named period"):
        preset_period("Custom", date(2026, 1, 1))


def test_year_before_a_leap_day() -> None:
    assert year_before(date(2024, 2, 29)) == date(2023, 2, 28)


# -- properties ------------------------------------------------------------------------

DAY0 = date(2024, 1, 1)
days = st.integers(0, 720).map(lambda n: DAY0 + timedelta(days=n))
STATUSES = ("present", "apologies", "deputy", "observer", "in_attendance", "absent")


Board = tuple[list[BoardMeeting], list[Seat], list[AttendanceRecord]]
Dates = tuple[date, date]


@st.composite
def boards(draw: st.DrawFn) -> Board:
    meeting_days = draw(st.lists(days, max_size=12, unique=True))
    meetings = [
        BoardMeeting(f"m{i}", d, draw(st.sampled_from(("held", "held", "planned", "cancelled"))))
        for i, d in enumerate(meeting_days)
    ]
    seats = []
    for i in range(draw(st.integers(0, 6))):
        start = draw(days)
        end = draw(st.one_of(st.none(), days.filter(lambda d, s=start: d >= s)))
        org = draw(st.sampled_from(("icb", "council", "trust")))
        seats.append(Seat(f"s{i}", f"p{i}", org, start, end, draw(st.booleans())))
    records = []
    for m in meetings:
        for s in seats:
            kind = draw(st.sampled_from(("none", "own", "deputy", "both")))
            if kind in ("own", "both"):
                records.append(
                    AttendanceRecord(m.id, s.person_id, draw(st.sampled_from(STATUSES)), s.id)
                )
            if kind in ("deputy", "both"):
                records.append(AttendanceRecord(m.id, f"d-{s.id}", "deputy", None, s.id))
    return meetings, seats, records


periods = st.tuples(days, days).map(lambda p: (min(p), max(p)))


@given(boards(), periods)
def test_every_expected_meeting_has_exactly_one_outcome(board: Board, period: Dates) -> None:
    result = summarise(*board, *period)
    for row in [*result.members, *result.organisations]:
        c = row.counts
        assert c.in_person + c.by_deputy + c.apologies + c.absent == c.expected
        assert c.rate is None if c.expected == 0 else 0 <= c.rate <= 1


@given(boards(), periods)
def test_expected_is_the_held_meetings_while_the_seat_was_current(
    board: Board, period: Dates
) -> None:
    meetings, _seats, _records = board
    start, end = period
    result = summarise(*board, start, end)
    for row in result.members:
        held = [
            m
            for m in meetings
            if m.status == "held"
            and start <= m.meeting_date <= end
            and row.seat.current_on(m.meeting_date)
        ]
        assert row.counts.expected == len(held)


@given(boards(), periods)
def test_cancelled_and_planned_meetings_change_nothing(board: Board, period: Dates) -> None:
    meetings, seats, records = board
    held = [m for m in meetings if m.status == "held"]
    held_ids = {m.id for m in held}
    with_all = summarise(meetings, seats, records, *period)
    held_only = summarise(held, seats, [r for r in records if r.meeting_id in held_ids], *period)
    assert with_all.members == held_only.members
    assert with_all.organisations == held_only.organisations
    assert with_all.meetings_counted == held_only.meetings_counted


@given(boards(), days, st.integers(0, 400), st.integers(0, 400))
def test_counts_over_two_adjoining_periods_add_up(
    board: Board, start: date, first: int, second: int
) -> None:
    middle = start + timedelta(days=first)
    end = middle + timedelta(days=1 + second)
    whole = summarise(*board, start, end)
    a = summarise(*board, start, middle)
    b = summarise(*board, middle + timedelta(days=1), end)
    parts: dict[str, Counts] = {}
    for row in [*a.members, *b.members]:
        parts[row.seat.id] = parts.get(row.seat.id, Counts()) + row.counts
    assert {r.seat.id: r.counts for r in whole.members} == {
        sid: c for sid, c in parts.items() if sid in {r.seat.id for r in whole.members}
    }
    assert whole.meetings_counted == a.meetings_counted + b.meetings_counted


@given(boards(), periods)
def test_an_organisation_is_expected_no_more_than_its_members_together(
    board: Board, period: Dates
) -> None:
    result = summarise(*board, *period)
    for org in result.organisations:
        mine = [m.counts for m in result.members if m.seat.organisation_id == org.organisation_id]
        assert max(c.expected for c in mine) <= org.counts.expected <= sum(c.expected for c in mine)
        assert org.counts.attended >= max(c.attended for c in mine)


@given(boards(), periods, st.data())
def test_a_deputy_attending_never_lowers_a_rate(
    board: Board, period: Dates, data: st.DataObject
) -> None:
    meetings, seats, records = board
    if not meetings or not seats:
        return
    m = data.draw(st.sampled_from(meetings))
    s = data.draw(st.sampled_from(seats))
    before = summarise(meetings, seats, records, *period)
    extra = AttendanceRecord(m.id, "a-new-deputy", "deputy", None, s.id)
    after = summarise(meetings, seats, [*records, extra], *period)
    for old, new in zip(before.members, after.members, strict=True):
        assert new.counts.attended >= old.counts.attended
        assert new.counts.expected == old.counts.expected


def test_outcomes_are_ordered_best_first() -> None:
    assert OUTCOMES == ("in_person", "by_deputy", "apologies", "absent")
