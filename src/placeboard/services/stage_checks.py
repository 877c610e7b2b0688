"""The criteria PlaceBoard checks from its own records: it reads the facts from the terms,
membership, risk and meeting services and hands them to `domain.derived_checks`.

`board()` is the checklist with those results in place: the one the Stage checklist
view shows and the Overview should count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from placeboard.domain import derived_checks as dc
from placeboard.domain.quorum import QuorumRule
from placeboard.store.tables import Attendance, StageDecision

from .meetings import MeetingService
from .membership import MemberRow, MembershipService
from .risks import RiskService
from .stages import StageBoard, StageService
from .terms import TermsService

NOT_MEMBERS = ("observer", "in_attendance")  # sit with the board but make no declarations
COUNTED_PRESENT = ("present", "deputy")


class StageCheckService:
    """Derived criteria of one board (read-only, except `record_decision`)."""

    def __init__(
        self,
        stages: StageService,
        terms: TermsService,
        membership: MembershipService,
        risks: RiskService,
        meetings: MeetingService,
    ) -> None:
        self.stages = stages
        self.terms = terms
        self.membership = membership
        self.risks = risks
        self.meetings = meetings
        self._facts: dict[str, Callable[[str, date], dc.CheckResult]] = {
            "tor_agreed_by_all_partners": self._tor,
            "every_partner_voting_member_and_deputy": self._seats,
            "declarations_reviewed_last_year": self._declarations,
            "risk_register_reviewed_this_quarter": self._risks,
            "recent_meetings_quorate": self._meetings,
            "chair_appointed": self._chair,
        }

    def results(self, place_id: str, today: date | None = None) -> dict[str, dc.CheckResult]:
        """Every derived criterion's result, by its key (vocab.AUTO_CHECKS)."""
        today = today or date.today()
        return {key: facts(place_id, today) for key, facts in self._facts.items()}

    def result(self, key: str, place_id: str, today: date | None = None) -> dc.CheckResult:
        return self._facts[key](place_id, today or date.today())

    def board(self, place_id: str, today: date | None = None) -> StageBoard:
        today = today or date.today()
        return self.stages.board(place_id, today, self.results(place_id, today))

    def record_decision(
        self,
        place_id: str,
        stage_id: str,
        decided_on: date,
        rationale: str = "",
        decided_by: str = "",
    ) -> StageDecision:
        """Move the board to a stage, counting auto-checked criteria as their checks say."""
        checks = self.results(place_id, decided_on)
        return self.stages.record_decision(
            place_id, stage_id, decided_on, rationale, decided_by, checks
        )

    # -- facts -------------------------------------------------------------------------

    def _tor(self, place_id: str, today: date) -> dc.CheckResult:
        version = self.terms.agreed_version(place_id)
        if version is None:
            return dc.tor_agreed_by_all_partners(dc.TermsFacts(None), today)
        approvals = self.terms.approvals(version.id)
        facts = dc.TermsFacts(
            label=version.label,
            agreed_on=version.agreed_on,
            partners=len(approvals),
            not_approved=tuple(a.name for a in approvals if a.approved_on is None),
        )
        return dc.tor_agreed_by_all_partners(facts, today)

    def _seats(self, place_id: str, today: date) -> dc.CheckResult:
        partners = [
            dc.PartnerSeats(c.organisation.name, len(c.voting_members), len(c.deputies))
            for c in self.membership.partner_cover(place_id, today)
        ]
        return dc.every_partner_voting_member_and_deputy(partners, today)

    def _members(self, place_id: str, today: date) -> list[MemberRow]:
        return [
            m
            for m in self.membership.list_members(place_id, current_on=today)
            if m.membership.role not in NOT_MEMBERS
        ]

    def _declarations(self, place_id: str, today: date) -> dc.CheckResult:
        reviewed: dict[str, list[date]] = {}
        for d in self.membership.list_declarations(place_id):
            reviewed.setdefault(d.person_id, []).append(d.reviewed_on or d.declared_on)
        people = {m.person.id: m.person.full_name for m in self._members(place_id, today)}
        members = [
            dc.MemberDeclarations(name, tuple(reviewed.get(person_id, ())))
            for person_id, name in sorted(people.items(), key=lambda p: p[1])
        ]
        return dc.declarations_reviewed_last_year(members, today)

    def _risks(self, place_id: str, today: date) -> dc.CheckResult:
        risks = [
            dc.OpenRisk(r.reference, r.title, r.last_reviewed_on)
            for r in self.risks.list_risks(place_id)
            if r.status == "open"
        ]
        return dc.risk_register_reviewed_this_quarter(risks, today)

    def _meetings(self, place_id: str, today: date) -> dc.CheckResult:
        version = self.terms.agreed_version(place_id)
        rule = (
            QuorumRule.from_terms(version.quorum_members, version.quorum_requires_sectors)
            if version is not None
            else None
        )
        held = sorted(
            (
                m
                for m in self.meetings.list_meetings(place_id)
                if m.status == "held" and m.meeting_date <= today
            ),
            key=lambda m: m.meeting_date,
        )[-dc.RECENT_MEETINGS :]
        seats = self.membership.list_members(place_id)
        meetings = [
            dc.HeldMeeting(
                m.meeting_date, filled_seats(m.meeting_date, seats, self.meetings.attendance(m.id))
            )
            for m in held
        ]
        return dc.recent_meetings_quorate(meetings, rule, today)

    def _chair(self, place_id: str, today: date) -> dc.CheckResult:
        chairs = [
            m.person.full_name
            for m in self._members(place_id, today)
            if m.membership.role == "chair"
        ]
        return dc.chair_appointed(chairs, today)


def filled_seats(
    on: date, seats: Sequence[MemberRow], rows: Iterable[Attendance]
) -> tuple[tuple[str, bool], ...]:
    """(sector, voting) of each seat filled at a held meeting, in person or by deputy:
    how the checklist, the assurance pack and anyone else reads a meeting's quorum."""
    by_seat = {m.membership.id: m for m in seats}
    by_person = {
        m.person.id: m.membership.id
        for m in seats
        if m.membership.start_date <= on
        and (m.membership.end_date is None or m.membership.end_date >= on)
    }
    filled: set[str] = set()
    for a in rows:
        if a.status not in COUNTED_PRESENT:
            continue
        seat = (
            a.deputy_for_id
            if a.status == "deputy"
            else (a.membership_id or by_person.get(a.person_id))
        )
        if seat in by_seat:
            filled.add(seat)
    return tuple(
        (by_seat[s].organisation.sector, by_seat[s].membership.voting) for s in sorted(filled)
    )
