"""Meetings as iCalendar: read back with the icalendar package, in Europe/London time
on both sides of a clock change; cancelled meetings say so; Part II stays out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from placeboard.cli import main
from placeboard.domain.errors import ValidationError
from placeboard.services import Services


@pytest.fixture
def place(services: Services) -> str:
    return services.places.create_place("Blackpool", "unitary").id


def events(data: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_meetings_keep_their_local_time_across_the_clock_change(
    services: Services, place: str
) -> None:
    before = services.meetings.create_meeting(place, date(2026, 3, 26), "14:00", "Town Hall")
    after = services.meetings.create_meeting(place, date(2026, 4, 2), "14:00", "Town Hall")
    data = services.calendar.ics(place, [before, after])
    gmt, bst = events(data)
    assert gmt["DTSTART"].params["TZID"] == bst["DTSTART"].params["TZID"] == "Europe/London"
    assert gmt.decoded("DTSTART").hour == bst.decoded("DTSTART").hour == 14
    assert gmt.decoded("DTSTART").astimezone(UTC) == datetime(2026, 3, 26, 14, 0, tzinfo=UTC)
    assert bst.decoded("DTSTART").astimezone(UTC) == datetime(2026, 4, 2, 13, 0, tzinfo=UTC)
    assert gmt.decoded("DTEND") - gmt.decoded("DTSTART") == timedelta(hours=2)
    assert str(gmt["UID"]) == f"{before.id}@placeboard"
    assert str(gmt["LOCATION"]) == "Town Hall"
    [zone] = Calendar.from_ical(data).walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/London"


def test_length_from_the_agenda_status_and_no_part_two_titles(
    services: Services, place: str
) -> None:
    meeting = services.meetings.create_meeting(
        place, date(2026, 7, 9), "09:30", "Community Centre", status="cancelled"
    )
    services.meetings.add_item(meeting.id, "Better Care Fund plan", minutes_allowed=40)
    services.meetings.add_item(
        meeting.id, "Estates disposal (confidential)", part=2, minutes_allowed=20
    )
    [event] = events(services.calendar.ics(place, [meeting]))
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=60)
    assert str(event["STATUS"]) == "CANCELLED"
    description = str(event["DESCRIPTION"])
    assert "cancelled" in description and "Better Care Fund plan" in description
    assert "Estates disposal" not in description


def test_choosing_a_year_and_writing_the_file(
    services: Services, place: str, tmp_path: Path
) -> None:
    for day in (date(2026, 3, 26), date(2026, 4, 16), date(2027, 3, 18), date(2027, 4, 15)):
        services.meetings.create_meeting(place, day)
    chosen = services.calendar.chosen(place, financial_year="2026/27")
    assert [m.meeting_date for m in chosen] == [date(2026, 4, 16), date(2027, 3, 18)]
    out = tmp_path / "board.ics"
    assert services.calendar.export(out, place, financial_year="2026/27") == 2
    assert len(events(out.read_bytes())) == 2
    with pytest.raises(ValidationError, match="no meetings"):
        services.calendar.export(out, place, financial_year="2030/31")


def test_the_commands_list_meetings_and_write_the_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "meetings", "--place", "blackpool"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 8 and any(" cancelled " in line for line in lines)
    assert [line.split()[1] for line in lines] == sorted(line.split()[1] for line in lines)
    first_id = lines[0].split()[0]
    out = tmp_path / "one.ics"
    args = ["--data-dir", str(data), "export", "calendar", "--place", "Blackpool"]
    assert main([*args, "--out", str(out), "--meeting", first_id]) == 0
    [event] = events(out.read_bytes())
    assert str(event["UID"]) == f"{first_id}@placeboard"
    assert main([*args[:4], "--place", "Atlantis", "--out", str(out)]) == 1
    assert "no place called Atlantis (places: " in capsys.readouterr().err
