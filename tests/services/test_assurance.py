"""The assurance pack's data: a small board built by hand for exact counts (quorum,
attendance, overdue actions, ratings as at the period's end), and the demo boards for
the all-places comparison and agreement with the Overview and the metric charts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from placeboard.domain.errors import ValidationError
from placeboard.domain.spc import analyse
from placeboard.reports.assurance_data import StageReadinessLine, Summary, next_step
from placeboard.services import Services

from .conftest import DEMO_TODAY
from .small_board import Board, build_board

TODAY = DEMO_TODAY  # the demo's "today"
Q2 = "2026/27-Q2"  # July to September 2026: the small board's meetings
Q2_END = date(2026, 9, 30)
LATER = date(2026, 12, 1)  # when the small board's pack is made


# -- a small board built by hand --------------------------------------------------------


@pytest.fixture
def board(services: Services) -> Board:
    return build_board(services)


def hold(services: Services, board: Board, day: date, present: dict[str, str]) -> str:
    """A held meeting on `day`; `present` maps each member's name to their status."""
    meeting = services.meetings.create_meeting(board.place_id, day, title="Board", status="held")
    for name, status in present.items():
        services.meetings.record_attendance(
            meeting.id, board.people[name], status, board.seats[name]
        )
    return meeting.id


EVERYONE = dict.fromkeys(("Ann Chair", "Bob Nurse", "Cat Council", "Dan Trust", "Eve Adviser"),
                         "present")  # fmt: skip


def test_quorate_meetings_follow_the_agreed_quorum(services: Services, board: Board) -> None:
    hold(services, board, date(2026, 7, 9), EVERYONE)
    # The council's only voting member sends apologies: three voting members, no council.
    hold(services, board, date(2026, 8, 13), {**EVERYONE, "Cat Council": "apologies"})
    services.meetings.update_meeting(board.meeting_id, status="cancelled")  # 10 September

    place = services.assurance.place(board.place_id, Q2, LATER)

    lines = place.attendance.meetings
    assert [(m.meeting_date.month, m.status, m.quorate) for m in lines] == [
        (7, "held", True),
        (8, "held", False),
        (9, "cancelled", None),
    ]
    assert lines[1].voting_present == 3 and lines[1].needed == 3
    assert "no voting member from the council" in lines[1].quorum_text
    assert lines[2].quorum_text == "Cancelled"
    summary = place.summary
    assert (summary.meetings_held, summary.meetings_quorate) == (2, 1)
    assert place.attendance.cancelled == 1
    assert "3 voting members" in place.attendance.quorum_rule


def test_a_deputy_fills_the_seat_of_the_member_away(services: Services, board: Board) -> None:
    deputy = services.membership.add_person(board.place_id, "Fay Deputy")
    meeting = hold(services, board, date(2026, 8, 13), {**EVERYONE, "Cat Council": "apologies"})
    services.meetings.record_attendance(
        meeting, deputy.id, "deputy", deputy_for_id=board.seats["Cat Council"]
    )
    place = services.assurance.place(board.place_id, Q2, LATER)
    (line,) = [m for m in place.attendance.meetings if m.status == "held"]
    assert line.quorate is True
    assert line.voting_present == 4


def test_attendance_rates_by_member_and_organisation(services: Services, board: Board) -> None:
    hold(services, board, date(2026, 7, 9), EVERYONE)
    hold(services, board, date(2026, 8, 13), {**EVERYONE, "Cat Council": "apologies"})

    place = services.assurance.place(board.place_id, Q2, LATER)

    members = {m.name: m for m in place.attendance.members}
    assert (members["Cat Council"].expected, members["Cat Council"].attended) == (2, 1)
    assert members["Cat Council"].rate == 0.5
    assert members["Ann Chair"].rate == 1.0
    # The council was in the room both times: Eve Adviser sits for it too.
    council = next(o for o in place.attendance.organisations if o.name == "Testplace Council")
    assert (council.members, council.rate) == (2, 1.0)
    assert council.sector == "Unitary council"
    # Nine of ten expected attendances (five members, two meetings).
    assert place.summary.attendance_rate == pytest.approx(0.9)


def test_overdue_actions_are_those_overdue_at_the_end_of_the_period(
    services: Services, board: Board
) -> None:
    meeting = hold(services, board, date(2026, 7, 9), EVERYONE)
    raise_action = services.meetings.raise_action
    late = raise_action(meeting, "Publish the winter plan", "Ann Chair", date(2026, 8, 15))
    later = raise_action(meeting, "Report on discharge", "Dan Trust", date(2026, 9, 1))
    raise_action(meeting, "Not yet due", "Bob Nurse", date(2026, 10, 15))
    done = raise_action(meeting, "Done in time", "Bob Nurse", date(2026, 8, 5))
    services.minutes.set_status(done.id, "done", "Sent to partners.", date(2026, 8, 1))
    # Closed after the period: it was still overdue at the end of September.
    services.minutes.set_status(later.id, "closed", "Report received.", date(2026, 11, 1))
    services.minutes.set_status(late.id, "carried_forward", "Awaiting sign-off.", date(2026, 9, 2))

    place = services.assurance.place(board.place_id, Q2, LATER)

    actions = place.overdue_actions
    assert [a.description for a in actions] == ["Publish the winter plan", "Report on discharge"]
    assert actions[0].days_overdue == (Q2_END - date(2026, 8, 15)).days
    assert actions[0].status == "Carried forward"
    assert actions[0].latest_update == "Awaiting sign-off."
    assert actions[1].status == "Open"  # as it stood at the end of September
    assert actions[1].latest_update == ""  # its update came after the period
    assert actions[0].raised_on == date(2026, 7, 9)
    assert place.summary.overdue_actions == 2


def test_priority_ratings_are_as_at_the_end_of_the_period(services: Services, board: Board) -> None:
    priorities = services.priorities
    p = priorities.add_priority(board.place_id, "Discharge to assess", code="P1.1")
    priorities.add_update(p.id, date(2026, 5, 1), "amber", "Beds commissioned.", "Ann Chair")
    priorities.add_update(p.id, date(2026, 8, 1), "green", "On track.", "Ann Chair")
    priorities.add_update(p.id, date(2026, 11, 1), "red", "Winter pressures.", "Ann Chair")
    priorities.add_milestone(p.id, "Pathway live", date(2026, 9, 1), done_on=date(2026, 10, 1))
    priorities.add_milestone(p.id, "Review", date(2026, 12, 1))

    place = services.assurance.place(board.place_id, Q2, LATER)

    (line,) = place.highlight.priorities
    assert (line.rag, line.previous_rag, line.travel) == ("green", "amber", "Improved")
    assert line.update_text == "On track." and line.last_update == date(2026, 8, 1)
    assert place.highlight.previous_label == "Q1 2026/27"
    live, review = line.milestones
    assert (live.status, live.done_on, live.overdue) == ("Overdue", None, True)
    assert review.status == "Due"
    assert place.summary.rag_counts["green"] == 1 and place.summary.rag_counts["red"] == 0
    assert [k.key for k in place.highlight.key] == ["red", "amber", "green", "blue", "grey"]


def test_risks_highest_first_with_their_heat_map(services: Services, board: Board) -> None:
    risks = services.risks
    risks.add_risk(board.place_id, "Workforce gaps", current_likelihood=4,
                   current_consequence=4, opened_on=date(2026, 4, 1))  # fmt: skip
    risks.add_risk(board.place_id, "Data sharing", current_likelihood=2,
                   current_consequence=3, opened_on=date(2026, 4, 1))  # fmt: skip
    risks.add_risk(board.place_id, "Opened after the period", current_likelihood=5,
                   current_consequence=5, opened_on=date(2026, 11, 1))  # fmt: skip

    place = services.assurance.place(board.place_id, Q2, LATER)

    assert [r.title for r in place.risks.risks] == ["Workforce gaps", "Data sharing"]
    assert place.risks.heat_map[(4, 4)] == 1 and place.risks.heat_map[(5, 5)] == 0
    assert sum(place.risks.heat_map.values()) == 2 and len(place.risks.heat_map) == 25
    assert (place.summary.open_risks, place.summary.high_risks) == (2, 1)
    assert place.risks.risks[0].current.text() == "16 Extreme"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2026/27-Q5", "financial quarters are Q1 to Q4"),
        ("Apr 2026", "is a month"),
        ("2026/28", "the second year must follow the first"),
        ("", "No period given"),
    ],
)
def test_bad_period_text_says_what_is_wrong(
    services: Services, board: Board, text: str, says: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.assurance.place(board.place_id, text)
    assert says in str(caught.value)
    assert "such as '2024/25-Q3'" in str(caught.value)


def test_a_period_not_yet_begun_is_refused(services: Services, board: Board) -> None:
    with pytest.raises(ValidationError) as caught:
        services.assurance.place(board.place_id, "2027/28-Q3", LATER)
    assert str(caught.value) == (
        "Q3 2027/28 has not begun yet (it starts on 1 October 2027); choose a period that "
        "has, such as '2026/27-Q3'."
    )
    assert services.assurance.as_at(services.assurance.period("2026/27"), LATER) == LATER


def test_a_pack_needs_a_place(services: Services) -> None:
    with pytest.raises(ValidationError, match="no places"):
        services.assurance.pack("2026/27")


# -- the demo boards --------------------------------------------------------------------


def test_all_places_come_with_their_comparison_rows(demo: Services) -> None:
    seen: list[tuple[int, int, str]] = []
    pack = demo.assurance.pack(
        "2025/26", today=TODAY, progress=lambda n, of, name: seen.append((n, of, name))
    )
    names = [p.name for p in demo.places.list_places()]
    assert [p.place for p in pack.places] == names
    assert [c.place for c in pack.comparison] == names
    assert seen == [(n, 4, name) for n, name in enumerate(names, start=1)]
    assert pack.as_at == date(2026, 3, 31)
    for place, row in zip(pack.places, pack.comparison, strict=True):
        held = [
            m
            for m in demo.meetings.list_meetings(place.place_id)
            if m.status == "held" and date(2025, 4, 1) <= m.meeting_date <= date(2026, 3, 31)
        ]
        assert row.meetings_held == len(held) == place.attendance.held > 0
        assert row.quorate_meetings == place.summary.meetings_quorate
        assert row.stage == place.summary.stage
        assert row.overdue_actions == len(place.overdue_actions)
        assert row.open_high_risks == sum(1 for r in place.risks.risks if r.score >= 8)
        assert row.attendance_rate is not None and 0.5 < row.attendance_rate <= 1
        assert len(row.metrics) == len(demo.metrics.list_metrics())
    one = demo.assurance.pack("2025/26", [pack.places[0].place_id], today=TODAY)
    assert one.comparison == () and len(one.places) == 1


def test_a_current_period_agrees_with_the_overview(demo: Services) -> None:
    """For the quarter running today the pack and the Overview read the same records on
    the same day, so every figure they share must agree."""
    for p in demo.places.list_places():
        place = demo.assurance.place(p.id, "2026/27-Q1", TODAY)
        overview = demo.overview.summary(p.id, TODAY)
        summary = place.summary
        assert place.as_at == TODAY
        assert summary.stage == overview.stage
        assert summary.rag_counts == overview.rag_counts
        assert summary.overdue_actions == overview.overdue_actions
        assert (summary.open_risks, summary.high_risks) == (
            overview.open_risks,
            overview.high_risks,
        )
        assert [(m.name, m.variation, m.assurance) for m in summary.metrics] == [
            (m.name, m.variation, m.assurance) for m in overview.metrics
        ]
        assert [(r.key, r.met, r.total) for r in summary.readiness] == [
            (r.key, r.met, r.total) for r in overview.readiness
        ]


def test_metric_charts_are_the_screens_cut_at_the_period_end(demo: Services) -> None:
    pid = demo.places.list_places()[0].id
    metric = demo.metrics.list_metrics()[0]
    screen = demo.metric_charts.chart(pid, metric.id)

    whole = demo.assurance.place(pid, "2026/27-Q1", TODAY).metrics[0]
    assert whole.series.result == screen.result  # nothing to cut: the screen's own
    assert whole.series.values == tuple(screen.values)

    cut = demo.assurance.place(pid, "2024/25-Q3", TODAY).metrics[0]
    count = screen.labels.index("Dec 2024") + 1
    assert cut.series.labels[-1] == "Dec 2024" and len(cut.series.values) == count
    rebases = [i for i in screen.rebase_indexes if i < count]
    expected = analyse(screen.values[:count], metric.polarity, metric.target, rebases)
    assert cut.series.result == expected
    in_period = [r.label for r in cut.rows if r.in_period]
    assert in_period == ["Oct 2024", "Nov 2024", "Dec 2024"]
    assert cut.icons.latest_period == "Dec 2024"
    assert cut.icons.variation == expected.variation


def test_the_icb_view_s_comparison_is_the_pack_s(demo: Services) -> None:
    pack = demo.assurance.pack("2025/26", today=TODAY)
    seen: list[str] = []
    side = demo.assurance.comparison("2025/26", TODAY, lambda _n, _of, name: seen.append(name))
    assert (side.period, side.as_at) == (pack.period, pack.as_at)
    assert seen == [p.place for p in pack.places]
    assert tuple(p.line for p in side.places) == pack.comparison
    for row, place in zip(side.places, pack.places, strict=True):
        assert row.place_id == place.place_id
        assert row.open_risks == place.summary.open_risks
        names = [r.name for r in place.summary.readiness]
        reached = names.index(place.summary.stage) if place.summary.stage in names else -1
        if reached + 1 < len(names):
            after = place.summary.readiness[reached + 1]
            assert row.next_step == f"Next, {after.name}: {after.met} of {after.total} criteria met"
        else:
            assert row.next_step == "The last stage is reached"


def test_the_next_step_before_any_stage_and_at_the_last() -> None:
    lines = (StageReadinessLine("dev", "In development", 1, 4),
             StageReadinessLine("shadow", "In shadow", 0, 3))  # fmt: skip
    summary = Summary("Not yet in development", "", lines, {}, 0, (), 0, 0, 0, (), 0, 0, None)
    assert next_step(summary) == "Next, In development: 1 of 4 criteria met"
    assert next_step(replace(summary, stage="In shadow")) == "The last stage is reached"
    assert next_step(replace(summary, readiness=())) == ""
