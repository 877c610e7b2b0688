"""Board meetings as an iCalendar (.ics) file, for Outlook and every other calendar.

Times are local to England (Europe/London) with the time zone written into the file, so
a 2 pm meeting stays at 2 pm either side of a clock change wherever the file is opened.
icalendar (a dependency) writes the file and its VTIMEZONE from the tz database; a
hand-written VTIMEZONE is where calendar exports usually go wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from placeboard.domain.errors import ValidationError
from placeboard.domain.periods import financial_year_bounds
from placeboard.domain.vocab import MEETING_FORMATS, label
from placeboard.store.tables import AgendaItem, Meeting

from .meetings import MeetingService
from .places import PlaceService

LONDON = ZoneInfo("Europe/London")
DEFAULT_LENGTH = timedelta(hours=2)  # when the agenda gives no times
PRODUCT = "-//PlaceBoard//Board meetings//EN"


def meeting_start(meeting: Meeting) -> datetime:
    try:
        hours, minutes = (int(part) for part in (meeting.start_time or "00:00").split(":"))
        at = time(hours, minutes)
    except ValueError:
        raise ValidationError(
            f"The meeting on {meeting.meeting_date} has a start time '{meeting.start_time}' "
            "that is not HH:MM.",
            "start_time",
        ) from None
    return datetime.combine(meeting.meeting_date, at, tzinfo=LONDON)


def meeting_length(items: Iterable[AgendaItem]) -> timedelta:
    """The agenda's allotted minutes, or two hours when it allots none."""
    minutes = sum(max(item.minutes_allowed, 0) for item in items)
    return timedelta(minutes=minutes) if minutes else DEFAULT_LENGTH


class CalendarService:
    def __init__(self, meetings: MeetingService, places: PlaceService) -> None:
        self.meetings = meetings
        self.places = places

    def chosen(
        self, place_id: str, meeting_id: str | None = None, financial_year: str | None = None
    ) -> list[Meeting]:
        """One meeting, the meetings of a financial year ("2026/27"), or every one."""
        meetings = self.meetings.list_meetings(place_id)
        if meeting_id is not None:
            meetings = [m for m in meetings if m.id == meeting_id]
            if not meetings:
                raise ValidationError(f"No meeting with id {meeting_id} at this place.", "meeting")
        if financial_year is not None:
            start, end = financial_year_bounds(financial_year)
            meetings = [m for m in meetings if start <= m.meeting_date <= end]
        return meetings

    def ics(self, place_id: str, meetings: Iterable[Meeting]) -> bytes:
        from icalendar import Calendar, Event  # only when a calendar is made

        board = self.places.board(place_id).name
        calendar = Calendar()
        calendar.add("prodid", PRODUCT)
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", board)
        for meeting in meetings:
            agenda = self.meetings.agenda(meeting.id)
            start = meeting_start(meeting)
            event = Event()
            event.add("uid", f"{meeting.id}@placeboard")
            event.add("dtstamp", _stamp(meeting.updated_at))
            event.add("summary", meeting.title or board)
            event.add("dtstart", start)
            event.add("dtend", start + meeting_length(agenda))
            event.add("location", meeting.venue)
            event.add("status", "CANCELLED" if meeting.status == "cancelled" else "CONFIRMED")
            event.add("description", _description(meeting, agenda))
            calendar.add_component(event)
        calendar.add_missing_timezones()  # the VTIMEZONE for Europe/London
        return calendar.to_ical()

    def export(
        self,
        path: Path,
        place_id: str,
        meeting_id: str | None = None,
        financial_year: str | None = None,
    ) -> int:
        """Write the chosen meetings to `path` (written whole, then renamed); how many."""
        meetings = self.chosen(place_id, meeting_id, financial_year)
        if not meetings:
            raise ValidationError("There are no meetings to put in a calendar.", "meeting")
        data = self.ics(place_id, meetings)
        partial = path.with_name(path.name + ".partial")
        try:
            partial.write_bytes(data)
            partial.replace(path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise ValidationError(f"Cannot write {path}: {exc.strerror}.", "file") from None
        return len(meetings)


def _stamp(text: str) -> datetime:
    """When the meeting record last changed (stable, so the same data gives the same
    file), in UTC as iCalendar wants DTSTAMP."""
    try:
        return datetime.fromisoformat(text).astimezone(UTC)
    except ValueError:
        return datetime.combine(date(2000, 1, 1), time(), tzinfo=UTC)


def _description(meeting: Meeting, agenda: list[AgendaItem]) -> str:
    lines = [label(MEETING_FORMATS, meeting.format) or meeting.format]
    if meeting.status == "cancelled":
        lines.insert(0, "This meeting has been cancelled.")
    lines += [f"{n}. {item.title}" for n, item in enumerate(agenda, start=1) if item.part == 1]
    return "\n".join(lines)
