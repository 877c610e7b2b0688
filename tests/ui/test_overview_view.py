"""OverviewView and its metric table model, fed a summary built by hand."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from placeboard.services.overview import MetricLatest, NextMeeting, PlaceSummary, StageReadiness
from placeboard.ui.metric_model import (
    MetricLatestModel,
    format_value,
    period_label,
    period_sort_key,
)
from placeboard.ui.overview_view import OverviewView


def summary(**changes: object) -> PlaceSummary:
    values: dict[str, object] = {
        "place_id": "p1",
        "place_name": "Blackpool",
        "board_name": "Blackpool Place-Based Partnership Board",
        "members": 14,
        "voting_members": 9,
        "partners": 8,
        "partners_without_voting_member": ["Blackpool Healthwatch"],
        "stage": "In shadow",
        "readiness": [
            StageReadiness("in_development", "In development", 6, 6),
            StageReadiness("in_shadow", "In shadow", 3, 5),
            StageReadiness("ready_for_delegation", "Ready for delegation", 0, 4),
        ],
        "rag_counts": {"red": 1, "amber": 2, "green": 3, "blue": 1, "grey": 0},
        "priorities": 8,
        "metrics": [
            MetricLatest("Emergency admissions", "per 1,000", "2024-09", 8.25, 18),
            MetricLatest("Discharges before noon", "%", "2024/25-Q2", 31.0, 6),
        ],
        "next_meeting": NextMeeting(date(2026, 11, 3), "14:00", "Blackpool Town Hall", "hybrid", 9),
        "overdue_actions": 2,
        "open_risks": 5,
        "high_risks": 1,
        "meetings_held": 4,
    }
    values.update(changes)
    return PlaceSummary(**values)  # type: ignore[arg-type]


def make_view(qtbot: QtBot) -> OverviewView:
    view = OverviewView()
    qtbot.addWidget(view)
    return view


def test_figures_show_as_numbers_with_words(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_summary(summary())
    assert view.board_name.text() == "Blackpool Place-Based Partnership Board"
    assert view.place_line.text() == "Blackpool · Stage: In shadow"
    assert view.members.number.text() == "14"
    assert view.voting_members.number.text() == "9"
    assert view.partners.number.text() == "8"
    assert "Blackpool Healthwatch" in view.partners_without.text()
    assert view.overdue_actions.accessibleName() == "overdue actions: 2"
    assert view.high_risks.number.objectName() == "alertFigure"
    assert view.open_risks.number.objectName() == "bigFigure"


def test_readiness_is_met_of_total_with_a_bar(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_summary(summary())
    bar = view.readiness.bars["in_shadow"]
    assert (bar.value(), bar.maximum()) == (3, 5)
    assert view.readiness.counts["in_shadow"].text() == "3 of 5 met"
    assert view.readiness.counts["ready_for_delegation"].text() == "0 of 4 met"
    assert "In shadow" in view.stage_line.text()


def test_a_stage_without_criteria_is_not_a_busy_bar(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_summary(summary(readiness=[StageReadiness("in_development", "In development", 0, 0)]))
    bar = view.readiness.bars["in_development"]
    assert bar.maximum() > 0 and bar.value() == 0


def test_rag_counts_are_text_beside_the_colour(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_summary(summary())
    counts = view.rag_counts.counts
    assert [counts[r].text() for r in ("red", "amber", "green", "blue", "grey")] == [
        "1",
        "2",
        "3",
        "1",
        "0",
    ]
    assert counts["amber"].accessibleName() == "Amber: 2 priorities"
    assert view.rag_counts.total.text() == "8 priorities in all; 1 without a rating yet"


def test_next_meeting_in_uk_form(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_summary(summary())
    text = view.meeting.text()
    assert "3 November 2026 at 14:00" in text
    assert "Blackpool Town Hall" in text and "Hybrid" in text and "9 agenda items" in text
    view.set_summary(summary(next_meeting=None))
    assert view.meeting.text() == "No meeting is planned."


def test_markup_in_records_is_shown_as_text(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_summary(
        summary(
            board_name="<b>Board</b>",
            next_meeting=NextMeeting(date(2026, 1, 5), "", "Room <2>", "", 0),
        )
    )
    assert view.board_name.textFormat() == Qt.TextFormat.PlainText
    assert "Room &lt;2&gt;" in view.meeting.text()


def test_metrics_table_rows(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_summary(summary())
    proxy = view.metric_proxy
    assert proxy.rowCount() == 2
    # Sorted by metric name.
    assert proxy.index(0, 0).data() == "Discharges before noon"
    assert proxy.index(0, 1).data() == "Q2 2024/25"
    assert proxy.index(1, 1).data() == "Sep 2024"
    assert proxy.index(0, 2).data() == "31%"
    assert proxy.index(1, 2).data() == "8.25 per 1,000"
    assert proxy.index(1, 3).data() == "18"


def test_no_places_shows_the_way_to_the_demo(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_summary(None)
    assert view.pages.currentIndex() == 0
    assert "Load the demo boards" in view.empty_label.text()


def test_metric_model_without_a_widget() -> None:
    model = MetricLatestModel()
    model.set_rows(
        [
            MetricLatest("Falls", "", "2024/25", 1234.0, 3),
            MetricLatest("Admissions", "", "2024-04", 9.0, 20, "concern_high", "hit_and_miss"),
        ]
    )
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert model.index(0, 2).data() == "1,234"
    assert model.index(0, 4).data() == "Common cause"
    assert model.index(0, 5).data() == "No target"
    assert model.index(1, 4).data() == "Concern ↑"
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(1, 4).data(tip) == "Special cause concern (higher)"
    assert model.index(1, 5).data() == "Hit or miss"
    assert model.index(1, 5).data(tip) == "The process will hit and miss the target"
    assert model.index(1, 0).data(tip) == "Admissions"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Latest period"
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) is not None


def test_periods_read_as_people_write_them_and_sort_in_time_order() -> None:
    assert period_label("2026-03") == "Mar 2026"
    assert period_label("not a period") == "not a period"
    assert period_sort_key("2024/25-Q1") < period_sort_key("2024-07") < period_sort_key("2026-03")


def test_format_value_units() -> None:
    assert format_value(84.5, "%") == "84.5%"
    assert format_value(1500, "£") == "£1,500"
    assert format_value(0.5, "admissions per 1,000") == "0.5 admissions per 1,000"
    assert format_value(-0.0, "") == "0"


def test_quorum_line_under_the_next_meeting(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    line = "Expected to be quorate: 9 voting members expected, 5 needed; ICB and council present."
    view.set_summary(summary(next_meeting_quorum=line, next_meeting_quorate=True))
    assert view.quorum.text() == line
    assert not view.quorum.isHidden()
    assert view.quorum.objectName() == "quorumLine"
    assert view.quorum.accessibleName() == "Quorum of the next meeting"


def test_quorum_warning_when_not_expected_to_be_quorate(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.show()
    qtbot.waitExposed(view)
    view.set_summary(
        summary(next_meeting_quorum="Expected to be quorate: …", next_meeting_quorate=True)
    )
    calm = view.quorum.palette().color(view.quorum.foregroundRole()).name()
    line = "Not expected to be quorate: 4 voting members expected, 5 needed."
    view.set_summary(summary(next_meeting_quorum=line, next_meeting_quorate=False))
    assert view.quorum.text().startswith("Not expected to be quorate")  # in words, not only colour
    assert view.quorum.objectName() == "quorumWarning"
    warning = view.quorum.palette().color(view.quorum.foregroundRole()).name()
    assert warning != calm
    assert warning.upper() == "#8A1538"


def test_no_quorum_line_without_a_next_meeting(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_summary(summary(next_meeting=None))
    assert view.quorum.isHidden()
    view.set_summary(
        summary(next_meeting_quorum="No agreed terms of reference, so no quorum rule.")
    )
    assert not view.quorum.isHidden()
    assert view.quorum.objectName() == "quorumUnknown"
