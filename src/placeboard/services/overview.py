"""The Overview figures for one place: what a chair wants to see at a glance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from placeboard.domain.gate import StageCount, board_stage, readiness
from placeboard.domain.risk_matrix import band, score
from placeboard.domain.vocab import RAG
from placeboard.store.tables import Meeting

from .meetings import MeetingService
from .membership import MembershipService
from .metrics import MetricService
from .places import OrganisationService, PlaceService
from .priorities import PriorityService
from .risks import RiskService
from .stages import StageService


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


@dataclass(frozen=True)
class NextMeeting:
    meeting_date: date
    start_time: str
    venue: str
    format: str
    items: int


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


class OverviewService:
    """Builds the Overview from the area services (read-only)."""

    def __init__(
        self,
        places: PlaceService,
        organisations: OrganisationService,
        membership: MembershipService,
        stages: StageService,
        priorities: PriorityService,
        metrics: MetricService,
        meetings: MeetingService,
        risks: RiskService,
    ) -> None:
        self.places = places
        self.organisations = organisations
        self.membership = membership
        self.stages = stages
        self.priorities = priorities
        self.metrics = metrics
        self.meetings = meetings
        self.risks = risks

    def summary(self, place_id: str, today: date | None = None) -> PlaceSummary:
        today = today or date.today()
        place = self.places.get_place(place_id)
        members = self.membership.list_members(place_id, current_on=today)
        partners = self.organisations.list_partners(place_id)
        voting_orgs = {m.organisation.id for m in members if m.membership.voting}
        counts = self._readiness(place_id)
        reached = board_stage(counts)
        rag = self.priorities.current_rag(place_id)
        risks = [r for r in self.risks.list_risks(place_id) if r.status == "open"]
        meetings = self.meetings.list_meetings(place_id)
        return PlaceSummary(
            place_id=place.id,
            place_name=place.name,
            board_name=self.places.board(place_id).name,
            members=len(members),
            voting_members=sum(1 for m in members if m.membership.voting),
            partners=len(partners),
            partners_without_voting_member=[o.name for o in partners if o.id not in voting_orgs],
            stage=reached.name if reached else "Not yet in development",
            readiness=[StageReadiness(c.key, c.name, c.met, c.total) for c in counts],
            rag_counts={key: sum(1 for v in rag.values() if v == key) for key in RAG},
            priorities=len(rag),
            metrics=self._latest_metrics(place_id),
            next_meeting=self._next_meeting(meetings, today),
            overdue_actions=len(self.meetings.overdue_actions(place_id, today)),
            open_risks=len(risks),
            high_risks=sum(
                1
                for r in risks
                if band(score(r.current_likelihood, r.current_consequence)) in ("high", "extreme")
            ),
            meetings_held=sum(1 for m in meetings if m.status == "held"),
        )

    def _readiness(self, place_id: str) -> list[StageCount]:
        stages = self.stages.list_stages()
        by_id = {s.id: s.key for s in stages}
        criteria = [(by_id[c.stage_id], c.status) for c in self.stages.list_criteria(place_id)]
        return readiness([(s.key, s.name) for s in stages], criteria)

    def _latest_metrics(self, place_id: str) -> list[MetricLatest]:
        values = self.metrics.list_values(place_id)
        result = []
        for metric in self.metrics.list_metrics():
            mine = [v for v in values if v.metric_id == metric.id]
            if mine:
                last = max(mine, key=lambda v: v.period)
                result.append(
                    MetricLatest(metric.name, metric.unit, last.period, last.value, len(mine))
                )
        return result

    def _next_meeting(self, meetings: list[Meeting], today: date) -> NextMeeting | None:
        upcoming = [m for m in meetings if m.meeting_date >= today and m.status == "planned"]
        if not upcoming:
            return None
        m = min(upcoming, key=lambda m: m.meeting_date)
        return NextMeeting(
            m.meeting_date, m.start_time, m.venue, m.format, len(self.meetings.agenda(m.id))
        )
