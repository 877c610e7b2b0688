"""A meeting's register, quorum and conflicts of interest (issue 6, points 4 and 5).

The register is every member current on the meeting date, with what the Attendance
table says of them, plus the deputies, observers and others in attendance recorded for
the meeting. Quorum follows the agreed terms of reference: before the meeting it is a
forecast from the apologies received; at an item it counts the voting seats present
(a deputy fills the seat of the member they attend for) less those whose holder
declared an interest and withdrew. Conflicts match members' declared interests against
the agenda by organisation and by the topic keywords the secretariat sets on an item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from placeboard.domain.errors import ValidationError
from placeboard.domain.quorum import (
    ExpectedMember,
    QuorumCheck,
    QuorumRule,
    check,
    expected_quorate,
    sector_name,
)
from placeboard.domain.vocab import ATTENDANCE
from placeboard.store.tables import (
    AgendaItem,
    Attendance,
    Declaration,
    Meeting,
    MeetingDeclaration,
    Organisation,
    Person,
)

from .base import get_live, live
from .meetings import MeetingService
from .membership import MemberRow, MembershipService
from .terms import TermsService

MEMBER_CHOICES = ("present", "apologies", "deputy", "absent")  # what a member's seat can be
GUEST_CHOICES = ("observer", "in_attendance")  # people at the meeting without a seat


@dataclass(frozen=True)
class RegisterLine:
    """One person on the meeting's register: a member (with a seat) or a guest."""

    person: Person
    member: MemberRow | None  # None for a deputy, observer or someone in attendance
    attendance: Attendance | None  # None: nothing recorded yet
    deputy: Person | None = None  # for a member: the deputy attending for them
    deputy_for: Person | None = None  # for a deputy: the member they attend for

    @property
    def status(self) -> str:
        return self.attendance.status if self.attendance else ""

    def status_text(self) -> str:
        if self.attendance is None:
            return "Not recorded"
        text = ATTENDANCE.get(self.status, self.status)
        if self.deputy is not None:
            return f"{text}; deputy: {self.deputy.full_name}"
        if self.deputy_for is not None:
            return f"Deputy for {self.deputy_for.full_name}"
        return text


@dataclass(frozen=True)
class ItemQuorum:
    """An agenda item's quorum: voting seats in the room less those withdrawn."""

    item: AgendaItem
    check: QuorumCheck | None  # None: no agreed terms of reference
    withdrew: list[Person] = field(default_factory=list)
    declared: list[Person] = field(default_factory=list)  # declared and stayed

    @property
    def quorate(self) -> bool | None:
        return self.check.quorate if self.check else None


@dataclass(frozen=True)
class Conflict:
    """A declared interest that touches an agenda item, and why it was matched."""

    person: Person
    item: AgendaItem
    declaration: Declaration
    why: str


@dataclass(frozen=True)
class ItemDeclaration:
    """An interest declared at an item of the meeting, with the names shown."""

    row: MeetingDeclaration
    person: Person
    item: AgendaItem


@dataclass(frozen=True)
class AttendanceState:
    """One person's attendance row as it was (None: no live row), for undo."""

    meeting_id: str
    person_id: str
    fields: dict[str, object] | None


@dataclass(frozen=True)
class AttendanceChange:
    """What an attendance edit wrote, and how things were before it."""

    before: list[AttendanceState]
    after: list[AttendanceState]
    person_created: Person | None = None  # a new person typed in by name


def keywords(text: str) -> set[str]:
    """ "Care homes, VCFSE" -> {"care homes", "vcfse"}."""
    return {k for k in (part.strip().casefold() for part in text.split(",")) if k}


def _names_in(text: str, organisation: Organisation) -> bool:
    """Whether the text names the organisation (its name, or its short name as a word)."""
    hay = text.casefold()
    if organisation.name and organisation.name.casefold() in hay:
        return True
    short = organisation.short_name.strip()
    return bool(short) and re.search(rf"\b{re.escape(short.casefold())}\b", hay) is not None


def seat_words(check_result: QuorumCheck, present_word: str) -> str:
    """ "4 voting members present, 5 needed; no voting member from the council" """
    rule = check_result.rule
    noun = "voting member" if check_result.voting_present == 1 else "voting members"
    words = f"{check_result.voting_present} {noun} {present_word}, {rule.members} needed"
    if check_result.missing_sectors:
        missing = " or ".join(dict.fromkeys(sector_name(s) for s in check_result.missing_sectors))
        words += f"; no voting member from the {missing}"
    return words


class MeetingQuorumService:
    def __init__(
        self, meetings: MeetingService, membership: MembershipService, terms: TermsService
    ) -> None:
        self.meetings = meetings
        self.membership = membership
        self.terms = terms
        self.db = meetings.db

    # -- reading -----------------------------------------------------------------------

    def meeting(self, meeting_id: str) -> Meeting:
        with self.db.read() as s:
            return get_live(s, Meeting, meeting_id, "meeting")

    def _people(self, place_id: str) -> dict[str, Person]:
        with self.db.read() as s:
            return {p.id: p for p in live(s, Person, place_id=place_id)}

    def members(self, meeting: Meeting) -> list[MemberRow]:
        return self.membership.list_members(meeting.place_id, current_on=meeting.meeting_date)

    def register(self, meeting_id: str) -> list[RegisterLine]:
        """Members first (in the order they joined), then deputies and guests."""
        meeting = self.meeting(meeting_id)
        members = self.members(meeting)
        people = self._people(meeting.place_id)
        rows = {a.person_id: a for a in self.meetings.attendance(meeting_id)}
        person_of_seat = {m.membership.id: m.person for m in members}
        deputy_of_seat = {
            a.deputy_for_id: people[a.person_id]
            for a in rows.values()
            if a.status == "deputy" and a.deputy_for_id and a.person_id in people
        }
        lines = [
            RegisterLine(m.person, m, rows.get(m.person.id), deputy_of_seat.get(m.membership.id))
            for m in members
        ]
        seated = {m.person.id for m in members}
        for a in rows.values():
            if a.person_id in seated or a.person_id not in people:
                continue
            deputy_for = person_of_seat.get(a.deputy_for_id or "")
            lines.append(RegisterLine(people[a.person_id], None, a, deputy_for=deputy_for))
        return lines

    def rule(self, place_id: str) -> QuorumRule | None:
        """The quorum of the agreed terms of reference (None before any is agreed)."""
        version = self.terms.agreed_version(place_id)
        if version is None:
            return None
        return QuorumRule.from_terms(version.quorum_members, version.quorum_requires_sectors)

    def forecast(self, meeting_id: str) -> QuorumCheck | None:
        """Before the meeting: every member is expected but those who sent apologies
        (or are known to be absent) with no deputy coming."""
        meeting = self.meeting(meeting_id)
        rule = self.rule(meeting.place_id)
        if rule is None:
            return None
        members = self.members(meeting)
        seat_of = {m.person.id: m.membership.id for m in members}
        away: set[str] = set()
        deputised: set[str] = set()
        for a in self.meetings.attendance(meeting_id):
            if a.status in ("apologies", "absent") and a.person_id in seat_of:
                away.add(a.membership_id or seat_of[a.person_id])
            elif a.status == "deputy" and a.deputy_for_id:
                deputised.add(a.deputy_for_id)
        expected = [
            ExpectedMember(m.membership.id, m.organisation.sector, m.membership.voting)
            for m in members
        ]
        return expected_quorate(rule, expected, away, deputised)

    def forecast_text(self, meeting_id: str) -> str:
        result = self.forecast(meeting_id)
        if result is None:
            return "No terms of reference are agreed yet, so there is no quorum rule."
        if result.rule.is_empty:
            return "The agreed terms of reference set no quorum."
        words = seat_words(result, "expected")
        if result.quorate:
            return f"Expected to be quorate: {words}."
        return f"Not expected to be quorate: {words}."

    def _in_room(self, meeting_id: str, members: Sequence[MemberRow]) -> dict[str, set[str]]:
        """Each voting-or-not seat in the room (membership id) -> the people filling it:
        the member if present, or their deputy. Before anyone is marked present the
        forecast stands in: every member but those who sent apologies with no deputy."""
        rows = self.meetings.attendance(meeting_id)
        seat_of = {m.person.id: m.membership.id for m in members}
        marked = any(a.status in ("present", "deputy") for a in rows)
        filled: dict[str, set[str]] = {}
        if not marked:
            away = {seat_of[a.person_id] for a in rows if a.status in ("apologies", "absent")
                    and a.person_id in seat_of}  # fmt: skip
            filled = {m.membership.id: {m.person.id} for m in members}
            for seat in away:
                filled.pop(seat, None)
        for a in rows:
            if a.status == "present" and a.person_id in seat_of:
                filled.setdefault(seat_of[a.person_id], set()).add(a.person_id)
            elif a.status == "deputy" and a.deputy_for_id in {m.membership.id for m in members}:
                filled.setdefault(str(a.deputy_for_id), set()).add(a.person_id)
        return filled

    def item_quorum(self, meeting_id: str) -> list[ItemQuorum]:
        """Per agenda item: the seats in the room less those whose holder (member or
        deputy) declared an interest at the item and withdrew."""
        meeting = self.meeting(meeting_id)
        rule = self.rule(meeting.place_id)
        members = self.members(meeting)
        people = self._people(meeting.place_id)
        filled = self._in_room(meeting_id, members)
        declared = self.meetings.meeting_declarations(meeting_id)
        result = []
        for item in self.meetings.agenda(meeting_id):
            here = [d for d in declared if d.agenda_item_id == item.id]
            out = {d.person_id for d in here if d.withdrew}
            present = [
                (m.organisation.sector, m.membership.voting)
                for m in members
                if filled.get(m.membership.id, set()) - out
            ]
            stayed = {d.person_id for d in here if not d.withdrew} - out
            result.append(
                ItemQuorum(
                    item,
                    check(rule, present) if rule is not None else None,
                    [people[p] for p in sorted(out) if p in people],
                    [people[p] for p in sorted(stayed) if p in people],
                )
            )
        return result

    # -- conflicts ---------------------------------------------------------------------

    def conflicts(self, meeting_id: str) -> list[Conflict]:
        """Members' (and attending deputies') declared interests that touch an item:
        by an organisation the declaration names appearing in the item's title or lead,
        or by a topic keyword shared with the item's topics."""
        meeting = self.meeting(meeting_id)
        people = {line.person.id for line in self.register(meeting_id)}
        with self.db.read() as s:
            organisations = live(s, Organisation)
        register = [
            row
            for row in self.membership.declaration_register(meeting.place_id)
            if not row.declaration.is_nil and row.person.id in people
        ]
        # Which organisations each declaration names, worked out once, not once an item.
        named = {
            row.declaration.id: [
                o for o in organisations if _names_in(row.declaration.description, o)
            ]
            for row in register
        }
        found = []
        for item in self.meetings.agenda(meeting_id):
            for row in register:
                d = row.declaration
                why = _why(item, d, named[d.id])
                if why:
                    found.append(Conflict(row.person, item, d, why))
        return found

    def item_declarations(self, meeting_id: str) -> list[ItemDeclaration]:
        meeting = self.meeting(meeting_id)
        people = self._people(meeting.place_id)
        items = {i.id: i for i in self.meetings.agenda(meeting_id)}
        return [
            ItemDeclaration(d, people[d.person_id], items[d.agenda_item_id])
            for d in self.meetings.meeting_declarations(meeting_id)
            if d.person_id in people and d.agenda_item_id in items
        ]

    # -- writing attendance ------------------------------------------------------------

    def snapshot(self, meeting_id: str, person_ids: Iterable[str]) -> list[AttendanceState]:
        rows = {a.person_id: a for a in self.meetings.attendance(meeting_id)}
        return [_state(meeting_id, p, rows.get(p)) for p in dict.fromkeys(person_ids)]

    def restore(self, states: Sequence[AttendanceState]) -> None:
        """Put attendance rows back as a snapshot had them (undo and redo)."""
        for st in states:
            if st.fields is None:
                rows = self.meetings.attendance(st.meeting_id)
                for a in rows:
                    if a.person_id == st.person_id:
                        self.meetings.remove("attendance", a.id)
            else:
                self.meetings.record_attendance(st.meeting_id, st.person_id, **st.fields)  # type: ignore[arg-type]

    def set_member_attendance(
        self,
        meeting_id: str,
        membership_id: str,
        status: str,
        deputy_id: str | None = None,
        deputy_name: str = "",
        note: str = "",
    ) -> AttendanceChange:
        """A member's seat: present, apologies, absent, or a deputy attending for them
        (chosen from the board's people or typed as a new name); a deputy comes with
        the member's apologies. Any deputy recorded before for this seat is taken off."""
        if status not in MEMBER_CHOICES:
            raise ValidationError("Choose present, apologies, deputy or absent.", "status")
        meeting = self.meeting(meeting_id)
        member = next((m for m in self.members(meeting) if m.membership.id == membership_id), None)
        if member is None:
            raise ValidationError("Not a member of the board on the meeting date.", "membership")
        old_deputies = [
            a.person_id
            for a in self.meetings.attendance(meeting_id)
            if a.status == "deputy" and a.deputy_for_id == membership_id
        ]
        if status == "deputy" and deputy_id is None and not deputy_name.strip():
            raise ValidationError("Name the deputy attending for the member.", "deputy")
        seated = {m.person.id for m in self.members(meeting)}
        if status == "deputy" and deputy_id in seated:
            raise ValidationError(
                "A member of the board cannot also attend as a deputy for another.", "deputy"
            )
        created = None
        if status == "deputy" and deputy_id is None:
            created = self.membership.add_person(meeting.place_id, " ".join(deputy_name.split()))
            deputy_id = created.id
        touched = [member.person.id, *old_deputies, *([deputy_id] if deputy_id else [])]
        before = self.snapshot(meeting_id, touched)
        for person_id in old_deputies:
            if person_id != deputy_id:
                self.restore([AttendanceState(meeting_id, person_id, None)])
        own = "apologies" if status == "deputy" else status
        self.meetings.record_attendance(
            meeting_id, member.person.id, own, membership_id=membership_id, note=note
        )
        if status == "deputy" and deputy_id:
            self.meetings.record_attendance(
                meeting_id, deputy_id, "deputy", deputy_for_id=membership_id
            )
        return AttendanceChange(before, self.snapshot(meeting_id, touched), created)

    def add_guest(
        self,
        meeting_id: str,
        status: str,
        person_id: str | None = None,
        full_name: str = "",
        note: str = "",
    ) -> AttendanceChange:
        """An observer or someone in attendance, chosen or typed in as a new name."""
        if status not in GUEST_CHOICES:
            raise ValidationError("Choose observer or in attendance.", "status")
        meeting = self.meeting(meeting_id)
        if person_id is None and not full_name.strip():
            raise ValidationError("Give the name of the person attending.", "person")
        seated = {m.person.id for m in self.members(meeting)}
        if person_id in seated:
            raise ValidationError(
                "That person is a member: record their attendance on their own line.", "person"
            )
        created = None
        if person_id is None:
            created = self.membership.add_person(meeting.place_id, " ".join(full_name.split()))
            person_id = created.id
        before = self.snapshot(meeting_id, [person_id])
        self.meetings.record_attendance(meeting_id, person_id, status, note=note)
        return AttendanceChange(before, self.snapshot(meeting_id, [person_id]), created)

    def clear_attendance(self, meeting_id: str, person_id: str) -> AttendanceChange:
        """Take a person's attendance off the register (and a member's deputy with it)."""
        rows = self.meetings.attendance(meeting_id)
        mine = next((a for a in rows if a.person_id == person_id), None)
        seat = mine.membership_id if mine else None
        touched = [person_id] + [
            a.person_id for a in rows if seat and a.deputy_for_id == seat and a.status == "deputy"
        ]
        before = self.snapshot(meeting_id, touched)
        self.restore([AttendanceState(meeting_id, p, None) for p in touched])
        return AttendanceChange(before, self.snapshot(meeting_id, touched))


def _state(meeting_id: str, person_id: str, row: Attendance | None) -> AttendanceState:
    if row is None:
        return AttendanceState(meeting_id, person_id, None)
    fields: dict[str, object] = {
        "status": row.status,
        "membership_id": row.membership_id,
        "deputy_for_id": row.deputy_for_id,
        "note": row.note,
    }
    return AttendanceState(meeting_id, person_id, fields)


def _why(item: AgendaItem, d: Declaration, named: Sequence[Organisation]) -> str:
    """Why a declaration (naming the organisations `named`) touches an item, in words
    ("" when it does not)."""
    reasons = []
    for org in named:
        where = [w for w, text in (("title", item.title), ("lead", item.lead)) if text]
        hits = [w for w in where if _names_in(getattr(item, w), org)]
        if hits:
            reasons.append(f"declared interest in {org.name}, named in the item's {hits[0]}")
    shared = sorted(keywords(d.topics) & keywords(item.topics))
    if shared:
        reasons.append("topic: " + ", ".join(shared))
    return "; ".join(reasons)
