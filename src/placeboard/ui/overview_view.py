"""The Overview: where the chosen place's board stands, at a glance."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.periods import uk_date
from placeboard.domain.vocab import MEETING_FORMATS, RAG, RAG_COLOURS, STAGE_NAMES, label
from placeboard.services.overview import NextMeeting, PlaceSummary, StageReadiness
from placeboard.ui.metric_model import SORT_ROLE, MetricLatestModel
from placeboard.ui.record_table import MenuTable, describe_headings

NO_PLACES = (
    "There are no boards here yet. Choose File ▸ Load the demo boards… to explore "
    "PlaceBoard with demonstration data."
)


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _text(
    text: str = "",
    name: str | None = None,
    object_name: str = "",
    rich: bool = False,
) -> QLabel:
    lab = QLabel(text)
    # Names come from people's records: never let one be read as markup by accident.
    lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        lab.setObjectName(object_name)
    if name:
        lab.setAccessibleName(name)
    return lab


class Figure(QWidget):
    """A big number over its caption; `alert` marks figures that want attention with
    a bolder colour, but the caption always says what the number means."""

    def __init__(self, caption: str, alert_when_positive: bool = False) -> None:
        super().__init__()
        self.caption = caption
        self._alert = alert_when_positive
        self.number = QLabel("–")
        self.number.setObjectName("bigFigure")
        self.text = QLabel(caption)
        self.text.setObjectName("figureCaption")
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.text)

    def set_value(self, value: int) -> None:
        self.number.setText(f"{value:,}")
        alert = self._alert and value > 0
        self.number.setObjectName("alertFigure" if alert else "bigFigure")
        # Re-polish so the style sheet picks up the changed object name.
        self.number.style().unpolish(self.number)
        self.number.style().polish(self.number)
        self.setAccessibleName(f"{self.caption}: {value}")


class RagSwatch(QFrame):
    def __init__(self, rag: str) -> None:
        super().__init__()
        self.setObjectName(f"swatch_{rag}")
        self.setFixedSize(18, 18)
        self.setStyleSheet(
            f"QFrame#swatch_{rag} {{ background: {RAG_COLOURS[rag]}; "
            "border: 1px solid #231F20; border-radius: 2px; }"
        )


class ReadinessRows(QWidget):
    """Per stage: its name, a bar, and "met of total" in words beside it."""

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(1, 1)
        self.bars: dict[str, QProgressBar] = {}
        self.counts: dict[str, QLabel] = {}

    def set_stages(self, stages: list[StageReadiness], current: str) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().setParent(None)  # Python then frees it
        self.bars.clear()
        self.counts.clear()
        for row, stage in enumerate(stages):
            self._add_row(row, stage, current)

    def _add_row(self, row: int, stage: StageReadiness, current: str) -> None:
        is_current = current in (stage.key, stage.name)
        name = QLabel(f"<b>{escape(stage.name)}</b> (current)" if is_current else stage.name)
        name.setTextFormat(Qt.TextFormat.RichText if is_current else Qt.TextFormat.PlainText)
        bar = QProgressBar()
        bar.setObjectName("readinessBar")
        bar.setRange(0, max(stage.total, 1))  # a zero maximum would make a busy bar
        bar.setValue(stage.met)
        bar.setTextVisible(False)
        bar.setAccessibleName(f"{stage.name} readiness")
        bar.setAccessibleDescription(f"{stage.met} of {stage.total} criteria met")
        bar.setMinimumWidth(120)
        count = QLabel(f"{stage.met} of {stage.total} met")
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(name, row, 0)
        self.grid.addWidget(bar, row, 1)
        self.grid.addWidget(count, row, 2)
        self.bars[stage.key] = bar
        self.counts[stage.key] = count


class RagCounts(QWidget):
    """Priorities by RAG rating: a swatch, the rating in words, and the count."""

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.counts: dict[str, QLabel] = {}
        for row, (rag, name) in enumerate(RAG.items()):
            count = QLabel("0")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(RagSwatch(rag), row, 0)
            grid.addWidget(QLabel(name), row, 1)
            grid.addWidget(count, row, 2)
            self.counts[rag] = count
        self.total = QLabel()
        self.total.setObjectName("figureCaption")
        grid.addWidget(self.total, len(RAG), 0, 1, 3)

    def set_counts(self, counts: dict[str, int], priorities: int) -> None:
        for rag, lab in self.counts.items():
            n = counts.get(rag, 0)
            lab.setText(str(n))
            lab.setAccessibleName(f"{RAG[rag]}: {_plural(n, 'priority', 'priorities')}")
        rated = sum(counts.get(rag, 0) for rag in RAG)
        unrated = priorities - rated
        text = _plural(priorities, "priority", "priorities") + " in all"
        if unrated > 0:
            text += f"; {unrated} without a rating yet"
        self.total.setText(text)


def _card(title: str, body: QWidget | None = None) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    box.setAccessibleName(title)
    layout = QVBoxLayout(box)
    layout.setSpacing(8)
    if body is not None:
        layout.addWidget(body)
    return box, layout


def _figures_row(*figures: Figure) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for figure in figures:
        layout.addWidget(figure)
    layout.addStretch(1)
    return row


def meeting_text(meeting: NextMeeting | None) -> str:
    if meeting is None:
        return "No meeting is planned."
    when = uk_date(meeting.meeting_date)
    if meeting.start_time:
        when += f" at {meeting.start_time}"
    lines = [f"<b>{escape(when)}</b>"]
    if meeting.venue:
        lines.append(escape(meeting.venue))
    if meeting.format:
        lines.append(escape(label(MEETING_FORMATS, meeting.format)))
    lines.append(_plural(meeting.items, "agenda item"))
    if meeting.conflicts:
        lines.append(f"⚠ {_plural(meeting.conflicts, 'declared interest')} touching the agenda")
    return "<br>".join(lines)


# The quorum line: plain when the next meeting is expected to be quorate, a warning
# (colour and a bar, with the words saying "Not expected…") when it is not.
QUORUM_STYLE = """
QLabel#quorumWarning {
    color: #8A1538; background: #FBE3E1; border-left: 4px solid #DA291C;
    padding: 4px 6px; font-weight: bold;
}
QLabel#quorumLine {
    color: #231F20; background: #FFFFFF; border-left: 4px solid #009639; padding: 4px 6px;
}
QLabel#quorumUnknown {
    color: #425563; background: #FFFFFF; border-left: 4px solid #768692; padding: 4px 6px;
}
"""


def quorum_object_name(quorate: bool | None) -> str:
    return {True: "quorumLine", False: "quorumWarning", None: "quorumUnknown"}[quorate]


def partners_text(names: list[str]) -> str:
    if not names:
        return "Every partner organisation has a voting member."
    return "Partners without a voting member: " + ", ".join(names) + "."


def priority_flags_text(summary: PlaceSummary) -> str:
    parts = []
    if summary.priorities_overdue:
        parts.append(f"{summary.priorities_overdue} overdue (or with an overdue milestone)")
    if summary.priorities_stale:
        parts.append(f"{summary.priorities_stale} without an update in the last 3 months")
    return "Needs attention: " + "; ".join(parts) + "." if parts else "Nothing overdue."


def special_text(summary: PlaceSummary) -> str:
    n = summary.special_causes
    if not summary.metrics:
        return "No metric values yet."
    if not n:
        return "Every metric's latest point shows common cause variation."
    return (
        f"{_plural(n, 'metric')} with a special cause at the latest point: "
        + ", ".join(m.name for m in summary.metrics if m.variation != "common_cause")
        + "."
    )


class OverviewView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self.setAccessibleName("Overview")
        self.summary: PlaceSummary | None = None
        self.metric_model = MetricLatestModel(self)

        self.pages = QStackedWidget(self)
        self.empty_label = _text(NO_PLACES, "No boards", "comingNote")
        self.empty_label.setMaximumWidth(720)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(32, 28, 32, 28)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self.pages.addWidget(empty)
        self.pages.addWidget(self._summary_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # -- building ----------------------------------------------------------------------

    def _summary_page(self) -> QScrollArea:
        page = QWidget()
        page.setObjectName("overviewPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(6)
        self.board_name = _text(object_name="boardName", name="Board")
        self.place_line = _text(object_name="placeLine", name="Place and stage")
        layout.addWidget(self.board_name)
        layout.addWidget(self.place_line)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self._membership_card(), 0, 0)
        grid.addWidget(self._actions_card(), 0, 1)
        grid.addWidget(self._stages_card(), 1, 0)
        grid.addWidget(self._rag_card(), 1, 1)
        grid.addWidget(self._meeting_card(), 2, 0)
        grid.addWidget(self._notes_card(), 2, 1)
        grid.addWidget(self._metrics_card(), 3, 0, 1, 2)
        layout.addLayout(grid)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("overviewScroll")
        scroll.setAccessibleName("The board at a glance")
        scroll.setAccessibleDescription(
            "Membership, actions, readiness, priorities, the next meeting, notes and "
            "metrics; the arrow and Page keys scroll it"
        )
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _membership_card(self) -> QGroupBox:
        self.members = Figure("members")
        self.voting_members = Figure("voting members")
        self.partners = Figure("partner organisations")
        box, layout = _card(
            "Membership", _figures_row(self.members, self.voting_members, self.partners)
        )
        self.partners_without = _text(name="Partners without a voting member")
        layout.addWidget(self.partners_without)
        return box

    def _actions_card(self) -> QGroupBox:
        self.overdue_actions = Figure("overdue actions", alert_when_positive=True)
        self.open_risks = Figure("open risks")
        self.high_risks = Figure("high or extreme risks", alert_when_positive=True)
        self.risks_overdue = Figure("risks overdue for review", alert_when_positive=True)
        box, layout = _card(
            "Actions and risks",
            _figures_row(
                self.overdue_actions, self.open_risks, self.high_risks, self.risks_overdue
            ),
        )
        layout.addStretch(1)
        return box

    def _stages_card(self) -> QGroupBox:
        self.stage_line = _text(name="Current stage", rich=True)
        self.stage_note = _text(name="How the board reached its stage", object_name="stageNote")
        self.readiness = ReadinessRows()
        box, layout = _card("Stage readiness", self.stage_line)
        layout.addWidget(self.stage_note)
        layout.addWidget(self.readiness)
        layout.addStretch(1)
        return box

    def _rag_card(self) -> QGroupBox:
        self.rag_counts = RagCounts()
        self.priority_flags = _text(name="Priorities that need attention")
        box, layout = _card("Priorities by RAG rating", self.rag_counts)
        layout.addWidget(self.priority_flags)
        layout.addStretch(1)
        return box

    def _meeting_card(self) -> QGroupBox:
        self.meeting = _text(name="Next meeting", rich=True)
        self.quorum = _text(name="Quorum of the next meeting", object_name="quorumUnknown")
        self.quorum.setStyleSheet(QUORUM_STYLE)
        box, layout = _card("Next meeting", self.meeting)
        layout.addWidget(self.quorum)
        layout.addStretch(1)
        return box

    def _notes_card(self) -> QGroupBox:
        self.notes = _text(name="Notes", object_name="notesLabel")
        self.notes_box, layout = _card("Notes", self.notes)
        layout.addStretch(1)
        return self.notes_box

    def _metrics_card(self) -> QGroupBox:
        self.metric_proxy = QSortFilterProxyModel(self)
        self.metric_proxy.setSourceModel(self.metric_model)
        self.metric_proxy.setSortRole(SORT_ROLE)
        self.metrics_table = MenuTable()
        self.metrics_table.setObjectName("metricsTable")
        self.metrics_table.setModel(self.metric_proxy)
        self.metrics_table.setAccessibleName("Latest metric values")
        self.metrics_table.setAccessibleDescription(
            "Each metric's latest value with its SPC variation and assurance"
        )
        self.metrics_table.setSortingEnabled(True)
        self.metrics_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.metrics_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.metrics_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metrics_table.setAlternatingRowColors(True)
        self.metrics_table.setWordWrap(False)
        self.metrics_table.setCornerButtonEnabled(False)
        corner = self.metrics_table.findChild(QWidget, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName("Select all metrics")
        self.metrics_table.verticalHeader().hide()
        self.metrics_table.verticalHeader().setAccessibleName("Metric rows")
        header = self.metrics_table.horizontalHeader()
        describe_headings(self.metrics_table, "Metric")
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.metric_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.metrics_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.special_line = _text(name="Special-cause signals")
        box, layout = _card("Metrics: latest values and SPC signals", self.special_line)
        layout.addWidget(self.metrics_table)
        return box

    # -- filling -----------------------------------------------------------------------

    def set_summary(self, summary: PlaceSummary | None) -> None:
        """Show `summary`, or the note that there are no boards when it is None."""
        self.summary = summary
        if summary is None:
            self.pages.setCurrentIndex(0)
            self.metric_model.set_rows([])
            return
        self.pages.setCurrentIndex(1)
        stage = label(STAGE_NAMES, summary.stage) or "not yet set"
        self.board_name.setText(summary.board_name)
        self.place_line.setText(f"{summary.place_name} · Stage: {stage}")
        self.members.set_value(summary.members)
        self.voting_members.set_value(summary.voting_members)
        self.partners.set_value(summary.partners)
        self.partners_without.setText(partners_text(summary.partners_without_voting_member))
        self.overdue_actions.set_value(summary.overdue_actions)
        self.open_risks.set_value(summary.open_risks)
        self.high_risks.set_value(summary.high_risks)
        self.risks_overdue.set_value(summary.risks_review_overdue)
        self.stage_line.setText(f"Current stage: <b>{escape(stage)}</b>")
        self.stage_note.setVisible(bool(summary.stage_note))
        self.stage_note.setText(f"⚠ {summary.stage_note}")
        self.priority_flags.setText(priority_flags_text(summary))
        self.special_line.setText(special_text(summary))
        self.readiness.set_stages(summary.readiness, summary.stage)
        self.rag_counts.set_counts(summary.rag_counts, summary.priorities)
        self.meeting.setText(meeting_text(summary.next_meeting))
        self._set_quorum(summary)
        self._set_notes(summary)
        self.metric_model.set_rows(summary.metrics)
        self._fit_metrics_table()

    def _set_quorum(self, summary: PlaceSummary) -> None:
        text = summary.next_meeting_quorum
        self.quorum.setVisible(bool(text))
        self.quorum.setText(text or "")
        self.quorum.setAccessibleDescription(text or "")
        name = quorum_object_name(summary.next_meeting_quorate)
        if self.quorum.objectName() != name:
            self.quorum.setObjectName(name)
            # Re-polish so the style sheet picks up the changed object name.
            self.quorum.style().unpolish(self.quorum)
            self.quorum.style().polish(self.quorum)

    def _set_notes(self, summary: PlaceSummary) -> None:
        notes = list(summary.notes)
        if summary.minutes_to_approve:
            notes.insert(0, f"Draft minutes to approve: {summary.minutes_to_approve}.")
        if summary.meetings_held:
            notes.insert(0, f"{_plural(summary.meetings_held, 'meeting')} held so far.")
        self.notes.setText("\n".join(notes) if notes else "Nothing further to note.")

    def _fit_metrics_table(self) -> None:
        """Show every metric row without an inner scroll bar: the page scrolls instead."""
        table = self.metrics_table
        rows = self.metric_model.rowCount()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(rows)) if rows else 0
        table.setMinimumHeight(height + 2)
        table.setMaximumHeight(height + 2)
