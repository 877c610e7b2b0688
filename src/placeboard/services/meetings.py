"""Meetings: agendas, papers, attendance, minutes and resolutions, declarations made at
meetings, the action log and the forward plan."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session, col

from placeboard.domain.errors import ValidationError
from placeboard.domain.keys import natural_id
from placeboard.domain.vocab import (
    ACTION_STATUSES,
    ATTENDANCE,
    IMPLICATION_ANSWERS,
    ITEM_FOR,
    MEETING_FORMATS,
    MEETING_STATUSES,
)
from placeboard.store.tables import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    ForwardPlanEntry,
    Meeting,
    MeetingDeclaration,
    Membership,
    Minute,
    Paper,
    Place,
    Resolution,
)

from .base import (
    Service,
    apply_changes,
    board_person,
    get_live,
    insert,
    live,
    next_number,
    put,
    require_choice,
    require_text,
)

MINUTES_STATUSES = ("none", "draft", "approved")
MEETING_FIELDS = (
    "title",
    "meeting_date",
    "start_time",
    "venue",
    "format",
    "status",
    "minutes_status",
    "minutes_approved_at_id",
    "published_on",
)
ITEM_FIELDS = (
    "position",
    "part",
    "title",
    "item_for",
    "intended_outcome",
    "lead",
    "start_time",
    "minutes_allowed",
    "topics",
    "standing",
)
PAPER_FIELDS = tuple(
    c
    for c in Paper.model_fields
    if c not in ("id", "place_id", "created_at", "updated_at", "deleted", "agenda_item_id")
)
ACTION_FIELDS = (
    "description",
    "owner",
    "owner_person_id",
    "due_date",
    "status",
    "closed_on",
    "reference",
)


def _validate_meeting(m: Meeting) -> None:
    require_choice(m.format, MEETING_FORMATS, "format", "The format")
    require_choice(m.status, MEETING_STATUSES, "status", "The status")
    require_choice(m.minutes_status, MINUTES_STATUSES, "minutes_status", "The minutes status")


def _validate_item(item: AgendaItem) -> None:
    require_text(item.title, "title", "The item's title")
    require_choice(item.item_for, ITEM_FOR, "item_for", "What the item is for")
    if item.part not in (1, 2):
        raise ValidationError("An item is in Part I or Part II.", "part")


def _validate_paper(p: Paper) -> None:
    require_text(p.title, "title", "The paper's title")
    for name in (
        "quality_impact",
        "equality_impact",
        "privacy_impact",
        "financial_impact",
        "risks",
    ):
        require_choice(
            getattr(p, name), IMPLICATION_ANSWERS, name, name.replace("_", " ").capitalize()
        )


class MeetingService(Service):
    REMOVABLE = {
        "meeting": (Meeting, "meeting"),
        "agenda_item": (AgendaItem, "agenda item"),
        "paper": (Paper, "paper"),
        "resolution": (Resolution, "resolution"),
        "action": (Action, "action"),
        "forward_plan_entry": (ForwardPlanEntry, "forward plan entry"),
        "attendance": (Attendance, "attendance record"),
        "meeting_declaration": (MeetingDeclaration, "declaration at a meeting"),
    }

    # Meetings and agendas -------------------------------------------------------------
    def create_meeting(
        self,
        place_id: str,
        meeting_date: date,
        start_time: str = "14:00",
        venue: str = "",
        format: str = "in_person",
        title: str = "",
        status: str = "planned",
        standing_items: Sequence[tuple[str, str, str, str, str]] = (),
    ) -> Meeting:
        """A meeting; `standing_items` are (title, item_for, outcome, lead, standing key)."""
        row = Meeting(
            place_id=place_id,
            meeting_date=meeting_date,
            start_time=start_time,
            venue=venue,
            format=format,
            title=title,
            status=status,
        )
        _validate_meeting(row)
        with self.db.write() as s:
            get_live(s, Place, place_id, "place")
            insert(s, row)
            for position, (item_title, item_for, outcome, lead, key) in enumerate(
                standing_items, start=1
            ):
                self._insert_item(
                    s,
                    AgendaItem(
                        place_id=place_id,
                        meeting_id=row.id,
                        position=position,
                        title=item_title,
                        item_for=item_for,
                        intended_outcome=outcome,
                        lead=lead,
                        standing=key,
                    ),
                )
            return row

    def update_meeting(self, meeting_id: str, **changes: object) -> Meeting:
        with self.db.write() as s:
            row = get_live(s, Meeting, meeting_id, "meeting")
            apply_changes(row, changes, MEETING_FIELDS)
            _validate_meeting(row)
            return row

    def list_meetings(self, place_id: str) -> list[Meeting]:
        with self.db.read() as s:
            return live(s, Meeting, place_id=place_id, order_by=[col(Meeting.meeting_date)])

    @staticmethod
    def _insert_item(s: Session, item: AgendaItem) -> AgendaItem:
        _validate_item(item)
        return insert(s, item)

    def add_item(
        self,
        meeting_id: str,
        title: str,
        item_for: str = "information",
        intended_outcome: str = "",
        lead: str = "",
        part: int = 1,
        start_time: str = "",
        minutes_allowed: int = 0,
        topics: str = "",
        position: int | None = None,
    ) -> AgendaItem:
        """Add an item (at the end of its part unless a position is given) and renumber."""
        with self.db.write() as s:
            m = get_live(s, Meeting, meeting_id, "meeting")
            items = live(
                s, AgendaItem, AgendaItem.meeting_id == m.id, order_by=[col(AgendaItem.position)]
            )
            item = AgendaItem(
                place_id=m.place_id,
                meeting_id=m.id,
                title=title,
                item_for=item_for,
                intended_outcome=intended_outcome,
                lead=lead,
                part=part,
                start_time=start_time,
                minutes_allowed=minutes_allowed,
                topics=topics,
            )
            _validate_item(item)
            if position is None:
                # Before the closing standing items of Part I, or at the end of Part II.
                closing = [i for i in items if i.standing in ("urgent_business", "next_meeting")]
                position = closing[0].position if closing and part == 1 else len(items) + 1
            insert(s, item)
            ordered = [i for i in items]
            ordered.insert(max(0, position - 1), item)
            for number, it in enumerate(ordered, start=1):
                apply_changes(it, {"position": number}, ("position",))
            return item

    def update_item(self, item_id: str, **changes: object) -> AgendaItem:
        with self.db.write() as s:
            row = get_live(s, AgendaItem, item_id, "agenda item")
            apply_changes(row, changes, ITEM_FIELDS)
            _validate_item(row)
            return row

    def agenda(self, meeting_id: str) -> list[AgendaItem]:
        with self.db.read() as s:
            return live(
                s,
                AgendaItem,
                AgendaItem.meeting_id == meeting_id,
                order_by=[col(AgendaItem.part), col(AgendaItem.position)],
            )

    # Papers ---------------------------------------------------------------------------
    def add_paper(self, item_id: str, title: str, **cover: object) -> Paper:
        with self.db.write() as s:
            item = get_live(s, AgendaItem, item_id, "agenda item")
            paper = Paper(place_id=item.place_id, agenda_item_id=item.id, title=title)
            apply_changes(paper, cover, PAPER_FIELDS)
            _validate_paper(paper)
            return insert(s, paper)

    def update_paper(self, paper_id: str, **changes: object) -> Paper:
        with self.db.write() as s:
            paper = get_live(s, Paper, paper_id, "paper")
            apply_changes(paper, changes, PAPER_FIELDS)
            _validate_paper(paper)
            return paper

    def papers(self, meeting_id: str) -> list[Paper]:
        with self.db.read() as s:
            items = [i.id for i in live(s, AgendaItem, AgendaItem.meeting_id == meeting_id)]
            return live(s, Paper, col(Paper.agenda_item_id).in_(items))

    # Attendance -----------------------------------------------------------------------
    def record_attendance(
        self,
        meeting_id: str,
        person_id: str,
        status: str,
        membership_id: str | None = None,
        deputy_for_id: str | None = None,
        note: str = "",
    ) -> Attendance:
        """One row per person per meeting; recording again changes it."""
        require_choice(status, ATTENDANCE, "status", "Attendance")
        if status == "deputy" and not deputy_for_id:
            raise ValidationError("Say which member the deputy attends for.", "deputy_for_id")
        with self.db.write() as s:
            m = get_live(s, Meeting, meeting_id, "meeting")
            board_person(s, person_id, m.place_id)
            for ref in (membership_id, deputy_for_id):
                if ref is not None:
                    get_live(s, Membership, ref, "membership")
            fields = {
                "status": status,
                "membership_id": membership_id,
                "deputy_for_id": deputy_for_id,
                "note": note,
            }
            return put(
                s,
                Attendance,
                natural_id("attendance", meeting_id, person_id),
                {"place_id": m.place_id, "meeting_id": m.id, "person_id": person_id},
                fields,
            )

    def attendance(self, meeting_id: str) -> list[Attendance]:
        with self.db.read() as s:
            return live(s, Attendance, Attendance.meeting_id == meeting_id)

    def attendance_for_place(self, place_id: str) -> list[Attendance]:
        with self.db.read() as s:
            return live(s, Attendance, place_id=place_id)

    # Declarations at meetings ---------------------------------------------------------
    def record_declaration(
        self,
        item_id: str,
        person_id: str,
        note: str = "",
        withdrew: bool = False,
        declaration_id: str | None = None,
    ) -> MeetingDeclaration:
        with self.db.write() as s:
            item = get_live(s, AgendaItem, item_id, "agenda item")
            board_person(s, person_id, item.place_id)
            return insert(
                s,
                MeetingDeclaration(
                    place_id=item.place_id,
                    meeting_id=item.meeting_id,
                    agenda_item_id=item.id,
                    person_id=person_id,
                    note=note,
                    withdrew=withdrew,
                    declaration_id=declaration_id,
                ),
            )

    def meeting_declarations(self, meeting_id: str) -> list[MeetingDeclaration]:
        with self.db.read() as s:
            return live(s, MeetingDeclaration, MeetingDeclaration.meeting_id == meeting_id)

    # Minutes and resolutions ----------------------------------------------------------
    def write_minute(self, item_id: str, discussion: str) -> Minute:
        """The minute of an item (one per item); the meeting's minutes become a draft."""
        with self.db.write() as s:
            item = get_live(s, AgendaItem, item_id, "agenda item")
            minute_id = natural_id("minute", item_id)
            row = s.get(Minute, minute_id)
            if row is None:
                row = insert(
                    s,
                    Minute(
                        id=minute_id,
                        place_id=item.place_id,
                        meeting_id=item.meeting_id,
                        agenda_item_id=item.id,
                        discussion=discussion,
                    ),
                )
            else:
                apply_changes(row, {"discussion": discussion}, ("discussion",))
            meeting = get_live(s, Meeting, item.meeting_id, "meeting")
            if meeting.minutes_status == "none":
                apply_changes(meeting, {"minutes_status": "draft"}, MEETING_FIELDS)
            return row

    def add_resolution(self, minute_id: str, text: str) -> Resolution:
        with self.db.write() as s:
            minute = get_live(s, Minute, minute_id, "minute")
            number = next_number(s, Resolution, Resolution.minute_id == minute_id)
            return insert(
                s,
                Resolution(
                    place_id=minute.place_id,
                    minute_id=minute.id,
                    position=number,
                    text=require_text(text, "text", "The resolution"),
                ),
            )

    def minutes(self, meeting_id: str) -> list[tuple[Minute, list[Resolution]]]:
        with self.db.read() as s:
            rows = live(s, Minute, Minute.meeting_id == meeting_id)
            res = live(
                s,
                Resolution,
                col(Resolution.minute_id).in_([m.id for m in rows]),
                order_by=[col(Resolution.position)],
            )
            return [(m, [r for r in res if r.minute_id == m.id]) for m in rows]

    def approve_minutes(self, meeting_id: str, approved_at_id: str) -> Meeting:
        """Draft minutes are approved at a later meeting."""
        with self.db.write() as s:
            m = get_live(s, Meeting, meeting_id, "meeting")
            later = get_live(s, Meeting, approved_at_id, "meeting")
            if later.meeting_date <= m.meeting_date:
                raise ValidationError(
                    "Minutes are approved at a later meeting.", "minutes_approved_at_id"
                )
            if m.minutes_status != "draft":
                raise ValidationError("Only draft minutes can be approved.", "minutes_status")
            apply_changes(
                m,
                {"minutes_status": "approved", "minutes_approved_at_id": later.id},
                MEETING_FIELDS,
            )
            return m

    # Actions --------------------------------------------------------------------------
    def raise_action(
        self,
        meeting_id: str,
        description: str,
        owner: str = "",
        due_date: date | None = None,
        item_id: str | None = None,
        owner_person_id: str | None = None,
    ) -> Action:
        with self.db.write() as s:
            m = get_live(s, Meeting, meeting_id, "meeting")
            number = next_number(s, Action, Action.place_id == m.place_id)
            return insert(
                s,
                Action(
                    place_id=m.place_id,
                    meeting_id=m.id,
                    agenda_item_id=item_id,
                    reference=f"A{number:03d}",
                    owner=owner,
                    owner_person_id=owner_person_id,
                    due_date=due_date,
                    description=require_text(description, "description", "The action"),
                ),
            )

    def update_action(self, action_id: str, **changes: object) -> Action:
        with self.db.write() as s:
            row = get_live(s, Action, action_id, "action")
            apply_changes(row, changes, ACTION_FIELDS)
            require_choice(row.status, ACTION_STATUSES, "status", "The action's status")
            return row

    def add_action_update(
        self, action_id: str, update_date: date, note: str, meeting_id: str | None = None
    ) -> ActionUpdate:
        with self.db.write() as s:
            a = get_live(s, Action, action_id, "action")
            return insert(
                s,
                ActionUpdate(
                    place_id=a.place_id,
                    action_id=a.id,
                    update_date=update_date,
                    meeting_id=meeting_id,
                    note=require_text(note, "note", "The update"),
                ),
            )

    def actions(self, place_id: str, open_only: bool = False) -> list[Action]:
        with self.db.read() as s:
            where = [col(Action.status).in_(("open", "carried_forward"))] if open_only else []
            return live(
                s,
                Action,
                *where,
                place_id=place_id,
                order_by=[col(Action.due_date), col(Action.reference)],
            )

    def overdue_actions(self, place_id: str, today: date | None = None) -> list[Action]:
        today = today or date.today()
        return [
            a
            for a in self.actions(place_id, open_only=True)
            if a.due_date is not None and a.due_date < today
        ]

    # Forward plan ---------------------------------------------------------------------
    def plan(
        self,
        place_id: str,
        topic: str,
        planned_month: str = "",
        summary: str = "",
        owner: str = "",
        meeting_id: str | None = None,
        standing: bool = False,
    ) -> ForwardPlanEntry:
        with self.db.write() as s:
            get_live(s, Place, place_id, "place")
            return insert(
                s,
                ForwardPlanEntry(
                    place_id=place_id,
                    planned_month=planned_month,
                    summary=summary,
                    owner=owner,
                    meeting_id=meeting_id,
                    standing=standing,
                    topic=require_text(topic, "topic", "The topic"),
                ),
            )

    def forward_plan(self, place_id: str) -> list[ForwardPlanEntry]:
        with self.db.read() as s:
            return live(
                s,
                ForwardPlanEntry,
                place_id=place_id,
                order_by=[col(ForwardPlanEntry.planned_month)],
            )
