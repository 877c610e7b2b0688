"""Attendance at board meetings: who was expected, who came, who sent apologies.

A member is *expected* at every held meeting while their membership is current; planned
meetings have not happened and cancelled ones never will, so neither counts. At each
expected meeting a member has exactly one outcome, the best that applies:

1. in person — their own record says they attended (present, observer, in attendance);
2. by deputy — someone attended for them (a record with `deputy_for` their membership);
3. apologies — they sent apologies and nobody came in their place;
4. absent — a record says absent, or there is no record at all.

The rate is (in person + by deputy) / expected, and None when nothing was expected.

An organisation is expected at a held meeting when any of its memberships is current,
and takes the best outcome of those members: "was the partner in the room?".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from placeboard.domain.periods import financial_year_bounds, fy_start_year

HELD = "held"
CANCELLED = "cancelled"
# A person's own record with one of these statuses means they were in the room.
ATTENDED = frozenset({"present", "observer", "in_attendance", "deputy"})
OUTCOMES = ("in_person", "by_deputy", "apologies", "absent")  # best first
LOW_RATE = 0.5  # below this a rate is flagged for the board's attention


@dataclass(frozen=True)
class BoardMeeting:
    id: str
    meeting_date: date
    status: str  # planned / held / cancelled


@dataclass(frozen=True)
class Seat:
    """A membership: a person sits for an organisation from a date, to a date or on."""

    id: str
    person_id: str
    organisation_id: str
    start_date: date
    end_date: date | None = None
    voting: bool = True

    def current_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


@dataclass(frozen=True)
class AttendanceRecord:
    meeting_id: str
    person_id: str
    status: str  # present / apologies / deputy / observer / in_attendance / absent
    membership_id: str | None = None  # the seat the person attends under
    deputy_for_id: str | None = None  # the seat a deputy attends for


@dataclass(frozen=True)
class Counts:
    expected: int = 0
    in_person: int = 0
    by_deputy: int = 0
    apologies: int = 0
    absent: int = 0

    @property
    def attended(self) -> int:
        return self.in_person + self.by_deputy

    @property
    def rate(self) -> float | None:
        return self.attended / self.expected if self.expected else None

    @property
    def is_low(self) -> bool:
        rate = self.rate
        return rate is not None and rate < LOW_RATE

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.expected + other.expected,
            self.in_person + other.in_person,
            self.by_deputy + other.by_deputy,
            self.apologies + other.apologies,
            self.absent + other.absent,
        )


def counts_of(outcomes: Iterable[str]) -> Counts:
    """Tally outcomes ("in_person", "by_deputy", "apologies", "absent")."""
    tally = dict.fromkeys(OUTCOMES, 0)
    for outcome in outcomes:
        tally[outcome] += 1
    return Counts(sum(tally.values()), *(tally[o] for o in OUTCOMES))


@dataclass(frozen=True)
class MemberAttendance:
    seat: Seat
    counts: Counts


@dataclass(frozen=True)
class OrganisationAttendance:
    organisation_id: str
    seats: int  # memberships of the organisation current at some time in the period
    counts: Counts


@dataclass(frozen=True)
class AttendanceSummary:
    members: list[MemberAttendance]
    organisations: list[OrganisationAttendance]
    meetings_counted: int  # held meetings in the period
    cancelled_excluded: int  # cancelled meetings in the period, left out


def in_period(day: date, start: date, end: date) -> bool:
    return start <= day <= end


def overlaps(seat: Seat, start: date, end: date) -> bool:
    return seat.start_date <= end and (seat.end_date is None or seat.end_date >= start)


class _Outcomes:
    """Every seat's outcome at every held meeting, from the records, indexed once."""

    def __init__(self, seats: Sequence[Seat], records: Iterable[AttendanceRecord]) -> None:
        self.person_of = {s.id: s.person_id for s in seats}
        self.own: dict[tuple[str, str], str] = {}  # (meeting, seat) -> own status
        self.own_by_person: dict[tuple[str, str], str] = {}  # (meeting, person) -> status
        self.deputised: set[tuple[str, str]] = set()  # (meeting, seat) a deputy attended for
        for r in records:
            self._add(r)

    def _add(self, r: AttendanceRecord) -> None:
        if r.deputy_for_id is not None and r.status in ATTENDED:
            self.deputised.add((r.meeting_id, r.deputy_for_id))
        if r.membership_id is not None and self.person_of.get(r.membership_id) == r.person_id:
            self.own[r.meeting_id, r.membership_id] = r.status
        elif r.membership_id is None or r.membership_id not in self.person_of:
            # No seat (or one not in the period) named: it speaks for the person's seats.
            self.own_by_person[r.meeting_id, r.person_id] = r.status

    def outcome(self, meeting_id: str, seat: Seat) -> str:
        status = self.own.get((meeting_id, seat.id)) or self.own_by_person.get(
            (meeting_id, seat.person_id)
        )
        if status in ATTENDED:
            return "in_person"
        if (meeting_id, seat.id) in self.deputised:
            return "by_deputy"
        return "apologies" if status == "apologies" else "absent"


def best(outcomes: Iterable[str]) -> str:
    """The best of several outcomes (in person beats by deputy beats apologies)."""
    return min(outcomes, key=OUTCOMES.index)


def summarise(
    meetings: Iterable[BoardMeeting],
    seats: Iterable[Seat],
    records: Iterable[AttendanceRecord],
    start: date,
    end: date,
) -> AttendanceSummary:
    """Per member (seat) and per organisation, over the period [start, end] inclusive.

    Only seats current at some time in the period are reported (with zero expected when
    no meeting was held while they sat). Members come in the order given; organisations
    in the order of their first member.
    """
    meetings = [m for m in meetings if in_period(m.meeting_date, start, end)]
    held = sorted((m for m in meetings if m.status == HELD), key=lambda m: m.meeting_date)
    seats = [s for s in seats if overlaps(s, start, end)]
    held_ids = {m.id for m in held}
    index = _Outcomes(seats, (r for r in records if r.meeting_id in held_ids))

    members = []
    by_org: dict[str, dict[str, list[str]]] = {}  # organisation -> meeting -> outcomes
    org_seats: dict[str, int] = {}
    for seat in seats:
        org = by_org.setdefault(seat.organisation_id, {})
        org_seats[seat.organisation_id] = org_seats.get(seat.organisation_id, 0) + 1
        outcomes = []
        for m in held:
            if seat.current_on(m.meeting_date):
                outcome = index.outcome(m.id, seat)
                outcomes.append(outcome)
                org.setdefault(m.id, []).append(outcome)
        members.append(MemberAttendance(seat, counts_of(outcomes)))
    organisations = [
        OrganisationAttendance(org_id, org_seats[org_id], counts_of(map(best, per.values())))
        for org_id, per in by_org.items()
    ]
    cancelled = sum(1 for m in meetings if m.status == CANCELLED)
    return AttendanceSummary(members, organisations, len(held), cancelled)


# -- periods people choose ---------------------------------------------------------------

PERIOD_PRESETS = ("Last 12 months", "This financial year", "Last financial year", "Custom")


def year_before(day: date) -> date:
    """The same day a year earlier (28 February for a 29th)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """The dates a named period covers as of `today` ("Custom" has none of its own)."""
    if preset == "Last 12 months":
        return year_before(today) + timedelta(days=1), today
    fy = fy_start_year(today)
    if preset == "This financial year":
        return financial_year_bounds(f"{fy}/{(fy + 1) % 100:02d}")
    if preset == "Last financial year":
        return financial_year_bounds(f"{fy - 1}/{fy % 100:02d}")
    raise ValueError(f"'{preset}' is not a named period; choose one of {PERIOD_PRESETS[:-1]}.")
