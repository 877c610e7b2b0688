"""MeetingQuorumService on a small board built by hand: the quorum forecast from
apologies and deputies, the quorum of each item less those who declared and withdrew,
and declared interests matched against the agenda by organisation and by topic."""

from __future__ import annotations

import pytest

from placeboard.domain.errors import ValidationError
from placeboard.services import Services

from .small_board import JOINED, Board, build_board


@pytest.fixture
def board(services: Services) -> Board:
    return build_board(services)


def test_the_register_lists_every_current_member(services: Services, board: Board) -> None:
    lines = services.meeting_quorum.register(board.meeting_id)
    assert [line.person.full_name for line in lines] == list(board.seats)
    assert all(line.status_text() == "Not recorded" for line in lines)


def test_apologies_and_a_deputy_change_the_forecast(services: Services, board: Board) -> None:
    mq = services.meeting_quorum
    assert mq.forecast_text(board.meeting_id) == (
        "Expected to be quorate: 4 voting members expected, 3 needed."
    )
    mq.set_member_attendance(board.meeting_id, board.seats["Cat Council"], "apologies")
    assert mq.forecast(board.meeting_id).quorate is False  # type: ignore[union-attr]
    assert mq.forecast_text(board.meeting_id) == (
        "Not expected to be quorate: 3 voting members expected, 3 needed; "
        "no voting member from the council."
    )
    change = mq.set_member_attendance(
        board.meeting_id, board.seats["Cat Council"], "deputy", deputy_name="Deb Deputy"
    )
    assert change.person_created is not None
    assert mq.forecast(board.meeting_id).quorate is True  # type: ignore[union-attr]
    lines = {line.person.full_name: line for line in mq.register(board.meeting_id)}
    assert lines["Cat Council"].status_text() == "Apologies; deputy: Deb Deputy"
    assert lines["Deb Deputy"].status_text() == "Deputy for Cat Council"
    # Undo puts both rows back as they were: apologies, and no deputy.
    mq.restore(change.before)
    lines = {line.person.full_name: line for line in mq.register(board.meeting_id)}
    assert "Deb Deputy" not in lines and lines["Cat Council"].status == "apologies"
    assert mq.forecast(board.meeting_id).quorate is False  # type: ignore[union-attr]
    mq.restore(change.after)  # redo
    assert mq.forecast(board.meeting_id).quorate is True  # type: ignore[union-attr]


def test_a_member_cannot_deputise_and_a_deputy_needs_a_name(
    services: Services, board: Board
) -> None:
    mq = services.meeting_quorum
    with pytest.raises(ValidationError, match="Name the deputy"):
        mq.set_member_attendance(board.meeting_id, board.seats["Ann Chair"], "deputy")
    with pytest.raises(ValidationError, match="cannot also attend"):
        mq.set_member_attendance(
            board.meeting_id, board.seats["Ann Chair"], "deputy", board.people["Bob Nurse"]
        )
    assert services.meetings.attendance(board.meeting_id) == []


def test_guests_are_on_the_register_but_not_in_the_quorum(services: Services, board: Board) -> None:
    mq = services.meeting_quorum
    mq.add_guest(board.meeting_id, "observer", full_name="Pat Press")
    mq.add_guest(board.meeting_id, "in_attendance", full_name="Sam Secretary")
    lines = {line.person.full_name: line for line in mq.register(board.meeting_id)}
    assert lines["Pat Press"].status_text() == "Observer"
    assert lines["Sam Secretary"].status_text() == "In attendance"
    assert mq.forecast(board.meeting_id).voting_present == 4  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="is a member"):
        mq.add_guest(board.meeting_id, "observer", board.people["Ann Chair"])


def test_withdrawing_makes_an_item_inquorate_at_exactly_the_quorum(
    services: Services,
) -> None:
    board = build_board(services, quorum=4)
    mq = services.meeting_quorum
    for name in ("Ann Chair", "Bob Nurse", "Cat Council", "Dan Trust"):
        mq.set_member_attendance(board.meeting_id, board.seats[name], "present")
    item_id = board.items["Hospital discharge plan"]
    assert all(q.quorate for q in mq.item_quorum(board.meeting_id))
    services.meetings.record_declaration(item_id, board.people["Dan Trust"], "Employee")
    declared = {q.item.id: q for q in mq.item_quorum(board.meeting_id)}[item_id]
    assert declared.quorate and [p.full_name for p in declared.declared] == ["Dan Trust"]
    row = services.meetings.record_declaration(
        item_id, board.people["Dan Trust"], "Employee", withdrew=True
    )
    by_item = {q.item.id: q for q in mq.item_quorum(board.meeting_id)}
    assert by_item[item_id].quorate is False
    assert by_item[item_id].check.voting_present == 3  # type: ignore[union-attr]
    assert [p.full_name for p in by_item[item_id].withdrew] == ["Dan Trust"]
    assert by_item[board.items["Housing and health"]].quorate is True
    services.meetings.remove("meeting_declaration", row.id)
    assert all(q.quorate for q in mq.item_quorum(board.meeting_id))


def test_a_withdrawn_deputy_takes_the_seat_out(services: Services) -> None:
    board = build_board(services, quorum=4)
    mq = services.meeting_quorum
    for name in ("Ann Chair", "Bob Nurse", "Dan Trust"):
        mq.set_member_attendance(board.meeting_id, board.seats[name], "present")
    change = mq.set_member_attendance(
        board.meeting_id, board.seats["Cat Council"], "deputy", deputy_name="Deb Deputy"
    )
    deputy = change.person_created
    assert deputy is not None
    item_id = board.items["Housing and health"]
    assert all(q.quorate for q in mq.item_quorum(board.meeting_id))
    services.meetings.record_declaration(item_id, deputy.id, "Tenant", withdrew=True)
    by_item = {q.item.id: q for q in mq.item_quorum(board.meeting_id)}
    assert by_item[item_id].quorate is False
    assert by_item[item_id].check.missing_sectors == ("unitary_council",)  # type: ignore[union-attr]


def test_conflicts_by_organisation_and_by_topic(services: Services, board: Board) -> None:
    mq = services.meeting_quorum
    services.membership.declare(
        board.place_id,
        board.people["Cat Council"],
        "indirect",
        "Spouse works for TTH in the community nursing service.",
        declared_on=JOINED,
    )
    services.membership.declare(
        board.place_id,
        board.people["Bob Nurse"],
        "indirect",
        "Close family member manages a care home.",
        declared_on=JOINED,
        topics="Care Homes, care sector",
    )
    services.membership.declare(
        board.place_id, board.people["Ann Chair"], is_nil=True, declared_on=JOINED
    )
    found = {(c.person.full_name, c.item.title): c.why for c in mq.conflicts(board.meeting_id)}
    assert found == {
        ("Cat Council", "Hospital discharge plan"): (
            "declared interest in Testplace Teaching Hospitals NHS Foundation Trust, "
            "named in the item's lead"
        ),
        ("Bob Nurse", "Care home fees uplift"): "topic: care homes, care sector",
    }
