"""The Overview figures for one place: what a chair wants to see at a glance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from placeboard.domain.quorum import describe as describe_quorum
from placeboard.domain.vocab import RAG
from placeboard.store.tables import Meeting

from .meeting_quorum import MeetingQuorumService
from .meetings import MeetingService
from .membership import MembershipService
from .metric_charts import MetricChartService
from .places import OrganisationService, PlaceService
from .priorities import PriorityService
from .risks import RiskService
from .stage_checks import StageCheckService


@dataclass(frozen=True)
class StageReadiness:
    key: str
    name: str
    met: int
    total: int


@dataclass(frozen=True)
class MetricLatest:
    name: str
    unit: str
    period: str
    value: float
    values: int
    variation: str = "common_cause"  # the SPC icon of the last point
    assurance: str | None = None  # against the target, when there is one


@dataclass(frozen=True)
class NextMeeting:
    meeting_date: date
    start_time: str
    venue: str
    format: str
    items: int
    conflicts: int = 0  # declared interests that touch an item of its agenda


@dataclass(frozen=True)
class PlaceSummary:
    place_id: str
    place_name: str
    board_name: str
    members: int
    voting_members: int
    partners: int
    partners_without_voting_member: list[str]
    stage: str
    readiness: list[StageReadiness]
    rag_counts: dict[str, int]
    priorities: int
    metrics: list[MetricLatest]
    next_meeting: NextMeeting | None
    overdue_actions: int
    open_risks: int
    high_risks: int
    meetings_held: int = 0
    notes: list[str] = field(default_factory=list)
    # Quorum of the next meeting under the agreed terms of reference: the sentence, and
    # whether it is expected to be quorate (None when there is no meeting or no rule).
    next_meeting_quorum: str | None = None
    next_meeting_quorate: bool | None = None
    # How the board reached its stage, when a gate was passed with criteria unmet or
    # criteria have become unmet since.
    stage_note: str = ""
    priorities_overdue: int = 0  # overdue, or with an overdue milestone
    priorities_stale: int = 0  # no update in the last three months
    risks_review_overdue: int = 0
    special_causes: int = 0  # metrics whose latest point is a special cause
    minutes_to_approve: int = 0  # held meetings whose minutes are still a draft


class OverviewService:
    """Builds the Overview from the area services (read-only)."""

    def __init__(
        self,
        places: PlaceService,
        organisations: OrganisationService,
        membership: MembershipService,
        priorities: PriorityService,
        meetings: MeetingService,
        risks: RiskService,
        meeting_quorum: MeetingQuorumService,
        stage_checks: StageCheckService,
        metric_charts: MetricChartService,
    ) -> None:
        self.places = places
        self.organisations = organisations
        self.membership = membership
        self.priorities = priorities
        self.meetings = meetings
        self.risks = risks
        self.meeting_quorum = meeting_quorum
        self.stage_checks = stage_checks
        self.metric_charts = metric_charts

    def summary(self, place_id: str, today: date | None = None) -> PlaceSummary:
        today = today or date.today()
        place = self.places.get_place(place_id)
        members = self.membership.list_members(place_id, current_on=today)
        partners = self.organisations.list_partners(place_id)
        voting_orgs = {m.organisation.id for m in members if m.membership.voting}
        board = self.stage_checks.board(place_id, today)  # the checklist's own reading
        counts, reached = board.counts, board.stage
        priorities = self.priorities.priority_rows(place_id, today)
        register = self.risks.risk_rows(place_id, today)
        risks = [r for r in register if r.status == "open"]
        metrics = self._latest_metrics(place_id)
        meetings = self.meetings.list_meetings(place_id)
        upcoming = self._upcoming(meetings, today)
        quorum = self.meeting_quorum.forecast(upcoming.id) if upcoming else None
        return PlaceSummary(
            place_id=place.id,
            place_name=place.name,
            board_name=self.places.board(place_id).name,
            members=len(members),
            voting_members=sum(1 for m in members if m.membership.voting),
            partners=len(partners),
            partners_without_voting_member=[o.name for o in partners if o.id not in voting_orgs],
            stage=reached.name if reached else "Not yet in development",
            stage_note=reached.sentence()
            if reached and (reached.by_override or reached.unmet)
            else "",
            readiness=[StageReadiness(c.key, c.name, c.met, c.total) for c in counts],
            rag_counts={key: sum(1 for p in priorities if p.rag == key) for key in RAG},
            priorities=len(priorities),
            priorities_overdue=sum(1 for p in priorities if p.overdue or p.milestones_overdue),
            priorities_stale=sum(1 for p in priorities if p.stale),
            metrics=metrics,
            special_causes=sum(1 for m in metrics if m.variation != "common_cause"),
            next_meeting=self._next_meeting(upcoming),
            overdue_actions=len(self.meetings.overdue_actions(place_id, today)),
            open_risks=len(risks),
            high_risks=sum(1 for r in risks if r.current.band in ("high", "extreme")),
            risks_review_overdue=sum(1 for r in risks if r.overdue),
            meetings_held=sum(1 for m in meetings if m.status == "held"),
            next_meeting_quorum=describe_quorum(quorum) if upcoming else None,
            next_meeting_quorate=quorum.quorate if quorum else None,
            minutes_to_approve=sum(
                1 for m in meetings if m.status == "held" and m.minutes_status == "draft"
            ),
        )

    def _latest_metrics(self, place_id: str) -> list[MetricLatest]:
        """Each metric with values: its latest value and its SPC icons."""
        return [
            MetricLatest(
                m.metric.name,
                m.metric.unit,
                m.latest_period,
                m.latest_value,
                m.count,
                m.variation,
                m.assurance,
            )
            for m in self.metric_charts.summaries(place_id)
            if m.latest_value is not None
        ]

    @staticmethod
    def _upcoming(meetings: list[Meeting], today: date) -> Meeting | None:
        planned = [m for m in meetings if m.meeting_date >= today and m.status == "planned"]
        return min(planned, key=lambda m: m.meeting_date) if planned else None

    def _next_meeting(self, m: Meeting | None) -> NextMeeting | None:
        if m is None:
            return None
        return NextMeeting(
            m.meeting_date,
            m.start_time,
            m.venue,
            m.format,
            len(self.meetings.agenda(m.id)),
            len(self.meeting_quorum.conflicts(m.id)),
        )
