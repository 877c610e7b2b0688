"""Minutes with numbered resolutions, approval at the next meeting, the action log
carried across meetings, and the forward plan, through the real services."""

from __future__ import annotations

from datetime import date

import pytest

from placeboard.domain.errors import ValidationError
from placeboard.services import Services
from placeboard.services.minutes import month_text, roman
from placeboard.store.tables import Meeting

TODAY = date(2026, 6, 1)


@pytest.fixture
def board(services: Services) -> tuple[str, list[Meeting]]:
    place = services.places.create_place("Blackpool")
    meetings = [
        services.meetings.create_meeting(place.id, d, status=s)
        for d, s in (
            (date(2026, 1, 13), "held"),
            (date(2026, 3, 10), "cancelled"),
            (date(2026, 5, 12), "held"),
            (date(2026, 7, 14), "planned"),
        )
    ]
    return place.id, meetings


def test_roman_numerals() -> None:
    assert [roman(n) for n in (1, 2, 3, 4, 9, 14, 40)] == [
        "i",
        "ii",
        "iii",
        "iv",
        "ix",
        "xiv",
        "xl",
    ]
    assert month_text("2027-01") == "January 2027"
    assert month_text("TBC") == "TBC"


def test_resolutions_are_numbered_within_their_item(
    services: Services, board: tuple[str, list[Meeting]]
) -> None:
    _place, (first, *_rest) = board
    item = services.meetings.add_item(first.id, "Winter plan", "decision")
    svc = services.minutes
    svc.write_minute(item.id, "The Board discussed the winter plan.")
    a = svc.resolve(item.id, "Resolved: That the Board noted the plan.")
    svc.resolve(item.id, "Resolved: That the Board approved the schemes.")
    minute = next(m for m in svc.item_minutes(first.id) if m.item.id == item.id)
    assert minute.discussion == "The Board discussed the winter plan."
    assert [r.number for r in minute.resolutions] == ["i", "ii"]
    svc.remove_resolution(a.id)
    minute = next(m for m in svc.item_minutes(first.id) if m.item.id == item.id)
    assert [(r.number, r.text) for r in minute.resolutions] == [
        ("i", "Resolved: That the Board approved the schemes.")
    ]
    svc.bring_back_resolution(a.id)
    svc.update_resolution(a.id, "Resolved: That the Board noted the winter plan.")
    minute = next(m for m in svc.item_minutes(first.id) if m.item.id == item.id)
    assert minute.resolutions[0].text.endswith("noted the winter plan.")
    with pytest.raises(ValidationError):
        svc.resolve(item.id, "  ")


def test_a_resolution_writes_the_minute_and_makes_a_draft(
    services: Services, board: tuple[str, list[Meeting]]
) -> None:
    _place, (first, *_rest) = board
    item = services.meetings.add_item(first.id, "Urgent", "decision")
    assert services.minutes.minutes_state(first.id).status == "none"
    services.minutes.resolve(item.id, "Resolved: That the Board agreed.")
    assert services.minutes.minutes_state(first.id).status == "draft"


def test_draft_minutes_are_approved_at_the_next_meeting(
    services: Services, board: tuple[str, list[Meeting]]
) -> None:
    _place, (first, _cancelled, second, third) = board
    svc = services.minutes
    item = services.meetings.add_item(second.id, "Item")
    svc.write_minute(item.id, "Discussed.")
    state = svc.minutes_state(second.id)
    assert state.status == "draft" and state.next_meeting is not None
    assert state.next_meeting.id == third.id
    assert svc.next_meeting(first.id).id == second.id  # the cancelled one is skipped
    svc.approve_at_next(second.id)
    state = svc.minutes_state(second.id)
    assert state.status == "approved" and state.approved_at.id == third.id
    assert "14 July 2026" in state.describe()
    svc.back_to_draft(second.id)
    assert svc.minutes_state(second.id).status == "draft"
    services.minutes.write_minute(services.meetings.add_item(third.id, "Item").id, "Last one.")
    with pytest.raises(ValidationError):
        svc.approve_at_next(third.id)  # no later meeting


def test_actions_are_carried_until_closed(
    services: Services, board: tuple[str, list[Meeting]]
) -> None:
    _place, (first, _cancelled, second, third) = board
    svc = services.minutes
    item = services.meetings.add_item(first.id, "Winter plan")
    action = svc.raise_action(
        first.id, "Circulate the list", "Louise Taylor", date(2026, 2, 1), item.id
    )
    other = svc.raise_action(second.id, "Report back", "Sam Gorton", date(2026, 9, 1))
    log = svc.action_log(second.id, TODAY)
    assert [(r.action.id, r.carried) for r in log] == [(action.id, True), (other.id, False)]
    row = log[0]
    assert row.item_title == "Winter plan" and row.meeting_date == first.meeting_date
    assert row.overdue and row.status_text == "Open, overdue"
    assert not log[1].overdue
    assert [r.action.id for r in svc.action_log(first.id, TODAY)] == [action.id]  # not later ones
    update = svc.set_status(action.id, "carried_forward", "Awaiting the list.", TODAY)
    assert svc.action_log(third.id, TODAY)[0].latest_update == "1 June 2026: Awaiting the list."
    svc.set_status(action.id, "closed", "Circulated.", TODAY)
    assert [r.action.id for r in svc.action_log(third.id, TODAY)] == [other.id]
    closed = svc.action_log(first.id, TODAY)[
        0
    ]  # still on the sheet of the meeting it was raised at
    assert closed.action.closed_on == TODAY and not closed.overdue
    assert [u.note for u in svc.action_updates(action.id)] == ["Awaiting the list.", "Circulated."]
    svc.remove("action_update", update.id)
    assert [u.note for u in svc.action_updates(action.id)] == ["Circulated."]
    with pytest.raises(ValidationError):
        svc.set_status(action.id, "open", "", TODAY)


def test_owner_filter(services: Services, board: tuple[str, list[Meeting]]) -> None:
    place_id, (first, *_rest) = board
    svc = services.minutes
    svc.raise_action(first.id, "One", "Louise Taylor")
    svc.raise_action(first.id, "Two", "Sam Gorton")
    assert svc.owners(place_id) == ["Louise Taylor", "Sam Gorton"]
    rows = svc.action_log(first.id, TODAY, owner="sam gorton")
    assert [r.action.description for r in rows] == ["Two"]


def test_forward_plan(services: Services, board: tuple[str, list[Meeting]]) -> None:
    place_id, (_first, _cancelled, _second, third) = board
    svc = services.minutes
    later = svc.plan(place_id, "ICP strategy", planned_month="2026-11", owner="Amanda Doyle")
    entry = svc.plan(place_id, "VCFS strategy", third.id, summary="To receive it.")
    rows = svc.forward_plan(place_id)
    assert [(r.entry.topic, r.when) for r in rows] == [
        ("VCFS strategy", "14 July 2026"),
        ("ICP strategy", "November 2026"),
    ]
    assert rows[0].entry.planned_month == "2026-07"
    svc.update_plan_entry(later.id, topic="ICP/ICS strategy", meeting_id=third.id)
    assert {r.entry.topic for r in svc.forward_plan(place_id) if r.meeting_date} == {
        "VCFS strategy",
        "ICP/ICS strategy",
    }
    svc.remove_plan_entry(entry.id)
    assert [r.entry.topic for r in svc.forward_plan(place_id)] == ["ICP/ICS strategy"]
    svc.bring_back_plan_entry(entry.id)
    assert len(svc.forward_plan(place_id)) == 2
    assert [m.id for m in svc.future_meetings(place_id, TODAY)] == [third.id]
    with pytest.raises(ValidationError):
        svc.update_plan_entry(entry.id, topic=" ")
