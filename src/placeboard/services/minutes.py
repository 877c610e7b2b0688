"""Minutes, the action log and the forward plan of a board's meetings, as the
secretariat works them (seed 004): each item's minute with its numbered resolutions,
draft minutes approved at the next meeting, the action sheet carried from meeting to
meeting until an action is closed, and the forward planner.

Built on MeetingService; the few edits it lacks (a resolution's text, a plan entry,
an action's updates) are made here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col

from placeboard.domain.errors import ValidationError
from placeboard.domain.periods import MONTH_NAMES, uk_date
from placeboard.domain.vocab import ACTION_STATUSES
from placeboard.store.tables import (
    Action,
    ActionUpdate,
    AgendaItem,
    ForwardPlanEntry,
    Meeting,
    Minute,
    Resolution,
)

from .base import Service, apply_changes, get_live, live, require_choice, require_text
from .meetings import MeetingService

FINISHED = ("done", "closed")  # not overdue, whatever the due date
PLAN_FIELDS = ("meeting_id", "planned_month", "topic", "summary", "owner", "standing")
_ROMAN = (
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def roman(n: int) -> str:
    """Lower-case roman numerals, as resolutions are numbered: 1 -> "i", 4 -> "iv"."""
    if n < 1:
        raise ValueError("Roman numerals start at 1.")
    text = ""
    for value, letters in _ROMAN:
        while n >= value:
            text += letters
            n -= value
    return text


def month_text(key: str) -> str:
    """A plan's month key "2027-01" as "January 2027"; anything else as typed."""
    year, _, month = key.partition("-")
    if year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return f"{MONTH_NAMES[int(month) - 1]} {year}"
    return key


@dataclass(frozen=True)
class NumberedResolution:
    number: str  # "i", "ii", … within the item
    resolution: Resolution

    @property
    def text(self) -> str:
        return self.resolution.text


@dataclass(frozen=True)
class ItemMinute:
    """One agenda item with its minute (None before anything is written)."""

    item: AgendaItem
    minute: Minute | None
    resolutions: list[NumberedResolution] = field(default_factory=list)

    @property
    def discussion(self) -> str:
        return self.minute.discussion if self.minute else ""


@dataclass(frozen=True)
class MinutesState:
    status: str  # none / draft / approved
    approved_at: Meeting | None
    next_meeting: Meeting | None  # where draft minutes go to be approved

    def describe(self) -> str:
        if self.status == "approved" and self.approved_at is not None:
            return f"Approved at the meeting of {uk_date(self.approved_at.meeting_date)}."
        if self.status == "draft":
            if self.next_meeting is None:
                return "Draft: no later meeting yet to approve them at."
            return f"Draft: to be approved at {uk_date(self.next_meeting.meeting_date)}."
        return "No minutes written yet."


@dataclass(frozen=True)
class ActionRow:
    """One line of the action sheet (seed 004: action topic, summary, owner) with the
    number, meeting, due date, status and latest update the log also keeps."""

    action: Action
    meeting_date: date
    item_title: str
    overdue: bool
    carried: bool  # raised at an earlier meeting
    latest_update: str

    @property
    def status_text(self) -> str:
        text = ACTION_STATUSES.get(self.action.status, self.action.status)
        return f"{text}, overdue" if self.overdue else text


@dataclass(frozen=True)
class PlanRow:
    entry: ForwardPlanEntry
    meeting_date: date | None

    @property
    def when(self) -> str:
        """The forward planner's "Date of Meeting": the meeting's date, else the month."""
        if self.meeting_date is not None:
            return uk_date(self.meeting_date)
        return month_text(self.entry.planned_month) or "To be confirmed"

    @property
    def sort_key(self) -> str:
        if self.meeting_date is not None:
            return self.meeting_date.isoformat()
        return self.entry.planned_month or "9999"


def is_overdue(action: Action, today: date) -> bool:
    return action.status not in FINISHED and action.due_date is not None and action.due_date < today


class MinutesService(Service):
    REMOVABLE = {"action_update": (ActionUpdate, "action update")}

    def __init__(self, meetings: MeetingService) -> None:
        super().__init__(meetings.db)
        self.meetings = meetings

    # Minutes and resolutions ----------------------------------------------------------
    def item_minutes(self, meeting_id: str) -> list[ItemMinute]:
        """Every agenda item in order, with its minute and numbered resolutions."""
        written = {m.agenda_item_id: (m, r) for m, r in self.meetings.minutes(meeting_id)}
        rows = []
        for item in self.meetings.agenda(meeting_id):
            minute, resolutions = written.get(item.id, (None, []))
            numbered = [NumberedResolution(roman(n), r) for n, r in enumerate(resolutions, 1)]
            rows.append(ItemMinute(item, minute, numbered))
        return rows

    def write_minute(self, item_id: str, discussion: str) -> Minute:
        return self.meetings.write_minute(item_id, discussion)

    def resolve(self, item_id: str, text: str) -> Resolution:
        """Add "Resolved: That the Board …" to an item, writing its minute if need be."""
        require_text(text, "text", "The resolution")
        minute_id = self._minute_id(item_id)
        if minute_id is None:
            minute_id = self.meetings.write_minute(item_id, "").id
        return self.meetings.add_resolution(minute_id, text)

    def _minute_id(self, item_id: str) -> str | None:
        with self.db.read() as s:
            rows = live(s, Minute, Minute.agenda_item_id == item_id)
            return rows[0].id if rows else None

    def update_resolution(self, resolution_id: str, text: str) -> Resolution:
        with self.db.write() as s:
            row = get_live(s, Resolution, resolution_id, "resolution")
            apply_changes(row, {"text": require_text(text, "text", "The resolution")}, ("text",))
            return row

    def remove_resolution(self, resolution_id: str) -> None:
        """The others are numbered again (i, ii, …) as they are read."""
        self.meetings.remove("resolution", resolution_id)

    def bring_back_resolution(self, resolution_id: str) -> None:
        self.meetings.bring_back("resolution", resolution_id)

    # Draft -> approved ----------------------------------------------------------------
    def next_meeting(self, meeting_id: str) -> Meeting | None:
        """The next held or planned meeting of the place after this one."""
        with self.db.read() as s:
            m = get_live(s, Meeting, meeting_id, "meeting")
            later = live(
                s,
                Meeting,
                Meeting.meeting_date > m.meeting_date,
                col(Meeting.status).in_(("held", "planned")),
                place_id=m.place_id,
                order_by=[col(Meeting.meeting_date)],
            )
            return later[0] if later else None

    def minutes_state(self, meeting_id: str) -> MinutesState:
        with self.db.read() as s:
            m = get_live(s, Meeting, meeting_id, "meeting")
            status, approved_at_id = m.minutes_status, m.minutes_approved_at_id
            approved_at = s.get(Meeting, approved_at_id) if approved_at_id else None
        return MinutesState(status, approved_at, self.next_meeting(meeting_id))

    def approve_at_next(self, meeting_id: str) -> Meeting:
        """Approve draft minutes at the next meeting (recording which one)."""
        later = self.next_meeting(meeting_id)
        if later is None:
            raise ValidationError(
                "There is no later meeting to approve these minutes at.", "minutes_status"
            )
        return self.meetings.approve_minutes(meeting_id, later.id)

    def back_to_draft(self, meeting_id: str) -> Meeting:
        """Undo an approval: the minutes are a draft again."""
        return self.meetings.update_meeting(
            meeting_id, minutes_status="draft", minutes_approved_at_id=None
        )

    # The action log -------------------------------------------------------------------
    def action_log(
        self, meeting_id: str, today: date | None = None, owner: str = ""
    ) -> list[ActionRow]:
        """The meeting's action sheet: actions raised at it, and those raised at earlier
        meetings not yet closed (carried forward); optionally only one owner's."""
        today = today or date.today()
        with self.db.read() as s:
            m = get_live(s, Meeting, meeting_id, "meeting")
            dates = {x.id: x.meeting_date for x in live(s, Meeting, place_id=m.place_id)}
            titles = {i.id: i.title for i in live(s, AgendaItem, place_id=m.place_id)}
            actions = live(s, Action, place_id=m.place_id, order_by=[col(Action.reference)])
            notes = self._latest_notes(s, [a.id for a in actions])
        rows = []
        for a in actions:
            raised = dates.get(a.meeting_id)
            if raised is None or raised > m.meeting_date:
                continue
            carried = a.meeting_id != m.id
            if carried and a.status == "closed":
                continue
            if owner and a.owner.casefold() != owner.casefold():
                continue
            title = titles.get(a.agenda_item_id or "", "")
            rows.append(
                ActionRow(a, raised, title, is_overdue(a, today), carried, notes.get(a.id, ""))
            )
        return rows

    @staticmethod
    def _latest_notes(s: Session, action_ids: list[str]) -> dict[str, str]:
        updates = live(
            s,
            ActionUpdate,
            col(ActionUpdate.action_id).in_(action_ids),
            order_by=[col(ActionUpdate.update_date), col(ActionUpdate.created_at)],
        )
        return {u.action_id: f"{uk_date(u.update_date)}: {u.note}" for u in updates}

    def owners(self, place_id: str) -> list[str]:
        """Every owner named on the place's actions, for the filter."""
        names = {a.owner for a in self.meetings.actions(place_id) if a.owner}
        return sorted(names, key=str.casefold)

    def raise_action(
        self,
        meeting_id: str,
        description: str,
        owner: str = "",
        due_date: date | None = None,
        item_id: str | None = None,
    ) -> Action:
        return self.meetings.raise_action(meeting_id, description, owner, due_date, item_id)

    def edit_action(self, action_id: str, **changes: object) -> Action:
        return self.meetings.update_action(action_id, **changes)

    def set_status(
        self,
        action_id: str,
        status: str,
        note: str,
        on: date,
        meeting_id: str | None = None,
    ) -> ActionUpdate:
        """Change an action's status with an update note (the note is required)."""
        require_choice(status, ACTION_STATUSES, "status", "The action's status")
        require_text(note, "note", "The update")
        update = self.meetings.add_action_update(action_id, on, note, meeting_id)
        closed_on = on if status in FINISHED else None
        self.meetings.update_action(action_id, status=status, closed_on=closed_on)
        return update

    def action_updates(self, action_id: str) -> list[ActionUpdate]:
        with self.db.read() as s:
            return live(
                s,
                ActionUpdate,
                ActionUpdate.action_id == action_id,
                order_by=[col(ActionUpdate.update_date), col(ActionUpdate.created_at)],
            )

    # The forward plan -----------------------------------------------------------------
    def forward_plan(self, place_id: str) -> list[PlanRow]:
        """The forward planner, by meeting date (then month; undated entries last)."""
        dates = {m.id: m.meeting_date for m in self.meetings.list_meetings(place_id)}
        rows = [
            PlanRow(e, dates.get(e.meeting_id or "")) for e in self.meetings.forward_plan(place_id)
        ]
        return sorted(rows, key=lambda r: (r.sort_key, r.entry.topic.casefold()))

    def future_meetings(self, place_id: str, today: date | None = None) -> list[Meeting]:
        today = today or date.today()
        return [
            m
            for m in self.meetings.list_meetings(place_id)
            if m.meeting_date >= today and m.status != "cancelled"
        ]

    def plan(
        self,
        place_id: str,
        topic: str,
        meeting_id: str | None = None,
        planned_month: str = "",
        summary: str = "",
        owner: str = "",
    ) -> ForwardPlanEntry:
        """An entry for a meeting (its month taken from the meeting) or for a month."""
        planned_month = self._month_of(meeting_id) or planned_month
        return self.meetings.plan(place_id, topic, planned_month, summary, owner, meeting_id)

    def update_plan_entry(self, entry_id: str, **changes: object) -> ForwardPlanEntry:
        meeting_id = changes.get("meeting_id")
        if isinstance(meeting_id, str):
            changes["planned_month"] = self._month_of(meeting_id)
        with self.db.write() as s:
            row = get_live(s, ForwardPlanEntry, entry_id, "forward plan entry")
            if "topic" in changes:
                changes["topic"] = require_text(str(changes["topic"]), "topic", "The topic")
            apply_changes(row, changes, PLAN_FIELDS)
            return row

    def remove_plan_entry(self, entry_id: str) -> None:
        self.meetings.remove("forward_plan_entry", entry_id)

    def bring_back_plan_entry(self, entry_id: str) -> None:
        self.meetings.bring_back("forward_plan_entry", entry_id)

    def _month_of(self, meeting_id: str | None) -> str:
        if not meeting_id:
            return ""
        with self.db.read() as s:
            d = get_live(s, Meeting, meeting_id, "meeting").meeting_date
            return f"{d.year:04d}-{d.month:02d}"
