"""The ICB assurance pack's content: one place (or every place) for a quarter or a year.

Gathers `reports.assurance_data` from the area services, reading each area the way its
own view does: the stage checklist of `StageCheckService.board` (the Overview's), the
attendance rates of `AttendanceService`, the metric charts of `MetricChartService` (the
screen's SPC results), the risk register of `RiskService`. Figures are as at the end of
the period, or today for a period not yet over.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from placeboard.domain import rag as rag_rules
from placeboard.domain.attendance import Counts
from placeboard.domain.errors import ValidationError
from placeboard.domain.periods import (
    ReportingPeriod,
    fy_quarter_number,
    fy_start_year,
    parse_period,
    parse_reporting_period,
    uk_date,
)
from placeboard.domain.quorum import QuorumRule, check
from placeboard.domain.risk_matrix import heat_map, travel
from placeboard.domain.spc import analyse
from placeboard.domain.vocab import (
    ACTION_STATUSES,
    CRITERION_STATUSES,
    RAG,
    SECTORS,
    TOR_STATUSES,
)
from placeboard.reports.assurance_data import (
    ActionLine,
    ApprovalLine,
    AssuranceData,
    AttendanceSection,
    CriterionLine,
    DecisionLine,
    EvidenceLine,
    GlossaryLine,
    HighlightReport,
    MeetingLine,
    MemberAttendanceLine,
    MetricRow,
    MetricSection,
    MetricSeries,
    MilestoneLine,
    NoteLine,
    OrganisationAttendanceLine,
    PlaceAssurance,
    PlaceComparison,
    PriorityLine,
    RebaseLine,
    RiskLine,
    RiskSection,
    StageReadinessLine,
    StageSection,
    Summary,
    TermsSection,
    compare,
    next_step,
)
from placeboard.store.tables import Attendance, Meeting, PriorityUpdate

from .attendance import AttendanceService
from .meeting_quorum import MeetingQuorumService, seat_words
from .meetings import MeetingService
from .membership import MemberRow, MembershipService
from .metric_charts import MetricChart, MetricChartService
from .metrics import MetricService
from .minutes import FINISHED, MinutesService
from .places import PlaceService
from .priorities import PriorityRow, PriorityService
from .risks import RiskRow, RiskService
from .stage_checks import StageCheckService, filled_seats
from .stages import StageService
from .terms import TermsService

TOP_RISKS = 5  # on the summary page
NOT_STAGED = "Not yet in development"

# Called before each place of a pack with (number, of, place name); raising stops it.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PlaceSideBySide:
    """One place's row in the ICB view: the pack's comparison line and the few words
    the all-places page prints beside it."""

    place_id: str
    line: PlaceComparison
    next_step: str  # "Next, Ready for delegation: 2 of 5 criteria met"
    stage_note: str  # how the board got there when a gate was passed with criteria unmet
    open_risks: int


@dataclass(frozen=True)
class SideBySide:
    """Every place for one period, as the all-places assurance pack compares them."""

    period: ReportingPeriod
    as_at: date
    places: tuple[PlaceSideBySide, ...]


@lru_cache(maxsize=4096)
def _period_start(key: str) -> date:
    return parse_period(key).start


class AssuranceService:
    """Reads an assurance pack's data (read-only)."""

    def __init__(
        self,
        places: PlaceService,
        membership: MembershipService,
        attendance: AttendanceService,
        meetings: MeetingService,
        meeting_quorum: MeetingQuorumService,
        minutes: MinutesService,
        terms: TermsService,
        stages: StageService,
        stage_checks: StageCheckService,
        priorities: PriorityService,
        metrics: MetricService,
        metric_charts: MetricChartService,
        risks: RiskService,
    ) -> None:
        self.places = places
        self.membership = membership
        self.attendance = attendance
        self.meetings = meetings
        self.meeting_quorum = meeting_quorum
        self.minutes = minutes
        self.terms = terms
        self.stages = stages
        self.stage_checks = stage_checks
        self.priorities = priorities
        self.metrics = metrics
        self.metric_charts = metric_charts
        self.risks = risks

    # -- the pack ------------------------------------------------------------------------

    @staticmethod
    def period(text: str | ReportingPeriod) -> ReportingPeriod:
        """ "2024/25-Q3", "Q3 2024/25" or "2024/25"; anything else is a ValidationError
        that says what is wrong and gives an example."""
        return text if isinstance(text, ReportingPeriod) else parse_reporting_period(text)

    @staticmethod
    def as_at(period: ReportingPeriod, today: date | None = None) -> date:
        """The day a pack's figures are taken on: the period's last day, or today for a
        period not yet over. A period not yet begun has nothing to report."""
        today = today or date.today()
        if period.start > today:
            now = ReportingPeriod("quarter", fy_start_year(today), fy_quarter_number(today))
            raise ValidationError(
                f"{period.label} has not begun yet (it starts on {uk_date(period.start)}); "
                f"choose a period that has, such as '{now.key}'.",
                "period",
            )
        return min(period.end, today)

    def pack(
        self,
        period: str | ReportingPeriod,
        place_ids: Sequence[str] | None = None,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> AssuranceData:
        """One place's pack, or several places' (every place when `place_ids` is None)
        with the side-by-side comparison that comes first."""
        reporting = self.period(period)
        today = today or date.today()  # one day for every place, even across midnight
        ids = (
            list(place_ids) if place_ids is not None else [p.id for p in self.places.list_places()]
        )
        if not ids:
            raise ValidationError("There are no places to report on yet.", "place")
        names = {p.id: p.name for p in self.places.list_places()}
        places = []
        for number, place_id in enumerate(ids, start=1):
            if progress is not None:
                progress(number, len(ids), names.get(place_id, ""))
            places.append(self.place(place_id, reporting, today))
        comparison = tuple(compare(p) for p in places) if len(places) > 1 else ()
        return AssuranceData(reporting, places[0].as_at, tuple(places), comparison)

    def comparison(
        self,
        period: str | ReportingPeriod,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> SideBySide:
        """Every place side by side for the ICB view: the very figures of the all-places
        pack's comparison page, since both are read by `pack`."""
        data = self.pack(period, None, today, progress)
        return SideBySide(
            data.period,
            data.as_at,
            tuple(
                PlaceSideBySide(
                    p.place_id,
                    compare(p),
                    next_step(p.summary),
                    p.summary.stage_note,
                    p.summary.open_risks,
                )
                for p in data.places
            ),
        )

    def place(
        self, place_id: str, period: str | ReportingPeriod, today: date | None = None
    ) -> PlaceAssurance:
        """Every section of the pack for one place."""
        reporting = self.period(period)
        as_at = self.as_at(reporting, today)
        place = self.places.get_place(place_id)
        attendance = self.attendance_section(place_id, reporting)
        stages = self.stage_section(place_id, as_at)
        highlight = self.highlight_report(place_id, reporting, as_at)
        metrics = self.metric_sections(place_id, reporting)
        risks = self.risk_section(place_id, as_at)
        actions = self.overdue_actions(place_id, as_at)
        summary = Summary(
            stage=stages.stage,
            stage_note=stages.stage_note,
            readiness=stages.readiness,
            rag_counts={key: sum(1 for p in highlight.priorities if p.rag == key) for key in RAG},
            priorities=len(highlight.priorities),
            metrics=tuple(m.icons for m in metrics),
            overdue_actions=len(actions),
            open_risks=len(risks.risks),
            high_risks=sum(1 for r in risks.risks if r.band in ("high", "extreme")),
            top_risks=risks.risks[:TOP_RISKS],
            meetings_held=attendance.held,
            meetings_quorate=attendance.quorate,
            attendance_rate=attendance.rate,
        )
        return PlaceAssurance(
            place_id=place.id,
            place=place.name,
            board=self.places.board(place_id).name,
            period=reporting,
            as_at=as_at,
            summary=summary,
            attendance=attendance,
            terms=self.terms_section(place_id, as_at),
            stages=stages,
            highlight=highlight,
            metrics=metrics,
            risks=risks,
            overdue_actions=actions,
        )

    # -- membership and attendance -------------------------------------------------------

    def attendance_section(self, place_id: str, period: ReportingPeriod) -> AttendanceSection:
        report = self.attendance.rates(place_id, period.start, period.end)
        members = tuple(
            MemberAttendanceLine(m.name, m.organisation, m.role, m.voting, *_counts(m.counts))
            for m in report.members
        )
        organisations = tuple(
            OrganisationAttendanceLine(
                o.name, SECTORS.get(o.sector, o.sector), o.members, *_counts(o.counts)
            )
            for o in report.organisations
        )
        return AttendanceSection(
            members,
            organisations,
            tuple(self.meeting_lines(place_id, period)),
            self.terms.quorum_rule_text(place_id),
        )

    def meeting_lines(self, place_id: str, period: ReportingPeriod) -> list[MeetingLine]:
        """The board's meetings in the period, each held one with its quorum."""
        meetings = sorted(
            (m for m in self.meetings.list_meetings(place_id) if period.contains(m.meeting_date)),
            key=lambda m: m.meeting_date,
        )
        rule = self.meeting_quorum.rule(place_id)
        seats = self.membership.list_members(place_id)
        rows: dict[str, list[Attendance]] = defaultdict(list)
        for a in self.meetings.attendance_for_place(place_id):
            rows[a.meeting_id].append(a)
        return [self._meeting_line(m, rule, seats, rows[m.id]) for m in meetings]

    @staticmethod
    def _meeting_line(
        meeting: Meeting,
        rule: QuorumRule | None,
        seats: Sequence[MemberRow],
        rows: Sequence[Attendance],
    ) -> MeetingLine:
        if meeting.status != "held" or rule is None or rule.is_empty:
            return MeetingLine(meeting.meeting_date, meeting.title, meeting.status, None)
        result = check(rule, filled_seats(meeting.meeting_date, seats, rows))
        note = "" if result.quorate else seat_words(result, "present")
        return MeetingLine(
            meeting.meeting_date,
            meeting.title,
            meeting.status,
            result.quorate,
            result.voting_present,
            rule.members,
            note,
        )

    # -- terms of reference --------------------------------------------------------------

    def terms_section(self, place_id: str, as_at: date) -> TermsSection:
        version = self.terms.current_version(place_id)
        quorum = self.terms.quorum_rule_text(place_id)
        if version is None:
            return TermsSection(None, "None", None, None, None, False, quorum, ())
        approvals = tuple(
            ApprovalLine(a.organisation, a.approved_by, a.approved_on, a.minute_reference)
            for a in self.terms.approvals(version.id)
        )
        overdue = (
            version.status != "superseded"
            and version.review_date is not None
            and version.review_date < as_at
        )
        return TermsSection(
            version.label,
            TOR_STATUSES.get(version.status, version.status),
            version.agreed_on,
            version.effective_from,
            version.review_date,
            overdue,
            quorum,
            approvals,
        )

    # -- stage checklist -----------------------------------------------------------------

    def stage_section(self, place_id: str, as_at: date) -> StageSection:
        board = self.stage_checks.board(place_id, as_at)  # the checklist the Overview counts
        reached = board.stage
        criteria = []
        for row in board.criteria:
            c = row.criterion
            evidence = self._evidence(c.id, as_at) if row.evidence else ()
            criteria.append(
                CriterionLine(
                    stage=row.stage.name,
                    number=row.number,
                    text=c.text,
                    status=CRITERION_STATUSES.get(row.status, row.status),
                    done=row.done,
                    owner=c.owner,
                    due_date=c.due_date,
                    overdue=row.overdue,
                    checked=row.check.reason if row.check else "",
                    na_reason=c.na_reason,
                    evidence=evidence,
                )
            )
        names = {s.id: s.name for s in board.stages}
        return StageSection(
            stage=reached.name if reached else NOT_STAGED,
            stage_note=reached.sentence()
            if reached and (reached.by_override or reached.unmet)
            else "",
            readiness=tuple(
                StageReadinessLine(c.key, c.name, c.met, c.total) for c in board.counts
            ),
            criteria=tuple(criteria),
            decisions=tuple(
                DecisionLine(
                    names.get(d.stage_id, ""),
                    d.decided_on,
                    d.unmet_criteria,
                    d.rationale,
                    d.decided_by,
                )
                for d in board.decisions
                if d.decided_on <= as_at
            ),
        )

    def _evidence(self, criterion_id: str, as_at: date) -> tuple[EvidenceLine, ...]:
        return tuple(
            EvidenceLine(
                e.evidence.text,
                e.evidence.url,
                e.attachment.filename if e.attachment else "",
                e.evidence.added_on,
            )
            for e in self.stages.evidence_of(criterion_id)
            if e.evidence.added_on is None or e.evidence.added_on <= as_at
        )

    # -- priority highlight report -------------------------------------------------------

    def highlight_report(
        self, place_id: str, period: ReportingPeriod, as_at: date
    ) -> HighlightReport:
        before = period.previous()
        lines = [
            self._priority_line(row, as_at, before.end)
            for row in self.priorities.priority_rows(place_id, as_at)
        ]
        glossary = tuple(
            GlossaryLine(t.term, t.meaning) for t in self.priorities.glossary(place_id)
        )
        return HighlightReport(tuple(lines), before.label, glossary)

    def _priority_line(self, row: PriorityRow, as_at: date, previous_end: date) -> PriorityLine:
        """The priority's ratings as at the period's end and the end of the one before
        (the tracker's own row has today's; a pack reports on its period)."""
        p = row.priority
        updates = self.priorities.list_updates(p.id)
        latest = _latest_by(updates, as_at)
        rag = latest.rag if latest else rag_rules.NOT_STARTED
        previous = _latest_by(updates, previous_end)
        last = latest.update_date if latest else None
        milestones = tuple(
            MilestoneLine(
                m.title,
                m.due_date,
                m.done_on if m.done_on is not None and m.done_on <= as_at else None,
                rag_rules.milestone_overdue(
                    m.due_date, m.done_on if m.done_on and m.done_on <= as_at else None, as_at
                ),
            )
            for m in self.priorities.list_milestones(p.id)
        )
        return PriorityLine(
            code=p.code,
            title=p.title,
            theme=p.theme,
            phase=p.phase,
            lead=row.lead,
            owner=p.owner,
            due_date=p.due_date,
            rag=rag,
            previous_rag=previous.rag if previous else rag_rules.NOT_STARTED,
            last_update=last,
            update_text=latest.commentary if latest else "",
            update_author=latest.author if latest else "",
            overdue=rag_rules.priority_overdue(p.due_date, rag, as_at),
            stale=rag_rules.is_stale(last, p.start_date, rag, as_at),
            milestones=milestones,
            metrics=row.metrics,
        )

    # -- metrics -------------------------------------------------------------------------

    def metric_sections(self, place_id: str, period: ReportingPeriod) -> tuple[MetricSection, ...]:
        """Each metric's chart as the screen draws it, up to the end of the period."""
        return tuple(
            metric_section(chart, period, chart.place_name)
            for chart in self.metric_charts.charts(place_id)
        )

    # -- risks and actions ---------------------------------------------------------------

    def risk_section(self, place_id: str, as_at: date) -> RiskSection:
        """Open risks (opened by the end of the period) as the register stands."""
        rows = [
            r
            for r in self.risks.risk_rows(place_id, as_at)
            if r.status == "open" and (r.risk.opened_on is None or r.risk.opened_on <= as_at)
        ]
        rows.sort(key=lambda r: (-r.current.score, r.reference))
        return RiskSection(
            tuple(_risk_line(r) for r in rows),
            heat_map((r.current.likelihood, r.current.consequence) for r in rows),
        )

    def overdue_actions(self, place_id: str, as_at: date) -> tuple[ActionLine, ...]:
        """Actions past their due date and not done as at `as_at` (one done later was
        still overdue then), most overdue first."""
        raised = {m.id: m.meeting_date for m in self.meetings.list_meetings(place_id)}
        lines = []
        for a in self.meetings.actions(place_id):
            due, on = a.due_date, raised.get(a.meeting_id)
            finished = a.status in FINISHED and (a.closed_on is None or a.closed_on <= as_at)
            if due is None or due >= as_at or finished or (on is not None and on > as_at):
                continue
            notes = [u for u in self.minutes.action_updates(a.id) if u.update_date <= as_at]
            latest = f"{notes[-1].note}" if notes else ""
            status = "open" if a.status in FINISHED else a.status  # as it stood then
            lines.append(
                ActionLine(
                    a.reference,
                    a.description,
                    a.owner,
                    on,
                    due,
                    ACTION_STATUSES.get(status, status),
                    (as_at - due).days,
                    latest,
                )
            )
        lines.sort(key=lambda line: (-line.days_overdue, line.reference))
        return tuple(lines)


# -- pieces -----------------------------------------------------------------------------


def _counts(c: Counts) -> tuple[int, int, int, int, int]:
    return (c.expected, c.in_person, c.by_deputy, c.apologies, c.absent)


def _latest_by(updates: Sequence[PriorityUpdate], on: date) -> PriorityUpdate | None:
    return rag_rules.latest_update(u for u in updates if u.update_date <= on)


def _risk_line(r: RiskRow) -> RiskLine:
    risk = r.risk
    return RiskLine(
        reference=risk.reference,
        title=risk.title,
        description=risk.description,
        owning_partner=r.owning_partner,
        owner=risk.owner,
        contributors=r.contributors,
        initial=r.initial,
        current=r.current,
        target=r.target,
        controls=risk.controls,
        review_date=risk.review_date,
        last_reviewed_on=risk.last_reviewed_on,
        review_overdue=r.overdue,
        open_mitigations=r.open_mitigations,
        travel=travel(r.initial, r.current, r.target).text(),
    )


def metric_series(chart: MetricChart, until: date | None = None) -> MetricSeries:
    """The chart's series, cut at the last value whose period starts by `until`.

    Uncut, the result is the screen's own. Cut, it is the same engine on the same
    inputs (values, polarity, target, rebases) up to that point: what the screen showed
    when those were the latest values."""
    count = len(chart.values)
    if until is not None:
        count = sum(1 for key in chart.periods if _period_start(key) <= until)
    rebases = [i for i in chart.rebase_indexes if i < count]
    result = (
        chart.result
        if count == len(chart.values)
        else analyse(chart.values[:count], chart.metric.polarity, chart.metric.target, rebases)
    )
    return MetricSeries(
        name=chart.metric.name,
        unit=chart.metric.unit,
        polarity=chart.metric.polarity,
        target=chart.metric.target,
        labels=tuple(chart.labels[:count]),
        values=tuple(chart.values[:count]),
        result=result,
        rebases=tuple(
            RebaseLine(r.index, r.label, r.reason)
            for r in chart.rebases
            if r.index and r.index < count
        ),
        notes=tuple(
            NoteLine(a.index, a.label, a.text)
            for a in chart.annotations
            if a.index is None or a.index < count
        ),
    )


def metric_section(chart: MetricChart, period: ReportingPeriod, place: str) -> MetricSection:
    series = metric_series(chart, period.end)
    notes: dict[int, list[str]] = defaultdict(list)
    for n in series.notes:
        if n.index is not None:
            notes[n.index].append(n.text)
    groups = series.result.groups
    rows = tuple(
        MetricRow(
            label=series.labels[p.index],
            value=p.value,
            mean=groups[p.group].mean,
            lower=groups[p.group].lower,
            upper=groups[p.group].upper,
            point_type=p.point_type,
            rule=p.rule,
            in_period=period.contains(_period_start(chart.periods[p.index])),
            note="; ".join(notes.get(p.index, [])),
        )
        for p in series.result.points
    )
    # Numbered as the chart numbers its note boxes; worded as the screen words them.
    marked = [n for n in series.notes if n.index is not None]
    commentary = tuple(
        [f"{number}. {n.label}: {n.text}" for number, n in enumerate(marked, start=1)]
        + [f"Rebase from {r.label}: {r.reason}" for r in series.rebases]
    )
    metric = chart.metric
    return MetricSection(
        place=place,
        series=series,
        frequency=metric.frequency,
        source=metric.source,
        description=metric.description,
        rows=rows,
        commentary=commentary,
    )
