"""Attendance rates per member and per partner organisation over a period (read-only;
recording attendance is `MeetingService.record_attendance`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col

from placeboard.domain import attendance as att
from placeboard.domain.vocab import MEMBERSHIP_ROLES
from placeboard.store.tables import (
    Attendance,
    Meeting,
    Membership,
    Organisation,
    Person,
)

from .base import Service, live, require_order


@dataclass(frozen=True)
class MemberRate:
    membership_id: str
    name: str
    organisation: str
    role: str  # the label people read, e.g. "Vice chair"
    voting: bool
    counts: att.Counts


@dataclass(frozen=True)
class OrganisationRate:
    organisation_id: str
    name: str
    sector: str
    members: int  # memberships current at some time in the period
    counts: att.Counts


@dataclass(frozen=True)
class AttendanceReport:
    start: date
    end: date
    members: list[MemberRate]
    organisations: list[OrganisationRate]
    meetings_counted: int  # held meetings in the period
    cancelled_excluded: int  # cancelled meetings in the period, not counted


def _seat(m: Membership) -> att.Seat:
    return att.Seat(m.id, m.person_id, m.organisation_id, m.start_date, m.end_date, m.voting)


def _record(a: Attendance) -> att.AttendanceRecord:
    return att.AttendanceRecord(
        a.meeting_id, a.person_id, a.status, a.membership_id, a.deputy_for_id
    )


class AttendanceService(Service):
    def rates(self, place_id: str, start: date, end: date) -> AttendanceReport:
        """Who was expected at the held meetings of [start, end] and who came, in five
        queries whatever the size of the board."""
        require_order(start, end, "end", "the period")
        with self.db.read() as s:
            meetings = live(
                s,
                Meeting,
                col(Meeting.meeting_date).between(start, end),
                place_id=place_id,
            )
            held = [m.id for m in meetings if m.status == att.HELD]
            records = live(s, Attendance, col(Attendance.meeting_id).in_(held))
            memberships = live(
                s, Membership, place_id=place_id, order_by=[col(Membership.start_date)]
            )
            summary = att.summarise(
                [att.BoardMeeting(m.id, m.meeting_date, m.status) for m in meetings],
                [_seat(m) for m in memberships],
                [_record(a) for a in records],
                start,
                end,
            )
            return self._report(s, place_id, summary, memberships, start, end)

    @staticmethod
    def _report(
        s: Session,
        place_id: str,
        summary: att.AttendanceSummary,
        memberships: list[Membership],
        start: date,
        end: date,
    ) -> AttendanceReport:
        people = {p.id: p.full_name for p in live(s, Person, place_id=place_id)}
        orgs = {o.id: o for o in live(s, Organisation)}
        removed = Organisation(id="", name="(removed organisation)", sector="other")
        roles = {m.id: m.role for m in memberships}
        members = [
            MemberRate(
                r.seat.id,
                people.get(r.seat.person_id, "(removed person)"),
                orgs.get(r.seat.organisation_id, removed).name,
                MEMBERSHIP_ROLES.get(roles[r.seat.id], roles[r.seat.id]),
                r.seat.voting,
                r.counts,
            )
            for r in summary.members
        ]
        organisations = [
            OrganisationRate(
                r.organisation_id,
                (org := orgs.get(r.organisation_id, removed)).name,
                org.sector,
                r.seats,
                r.counts,
            )
            for r in summary.organisations
        ]
        return AttendanceReport(
            start,
            end,
            sorted(members, key=lambda m: m.name.casefold()),
            sorted(organisations, key=lambda o: o.name.casefold()),
            summary.meetings_counted,
            summary.cancelled_excluded,
        )
