"""What an ICB assurance pack says about one place for one period, as plain data.

`services.assurance.AssuranceService` fills these from the area services; the pack's
pages and drawings read them and nothing else (no services, no Qt, no SQL), so a page
can be built and tested from hand-made data. Every figure is "as at" the end of the
period (or today, for a period not yet over); records that keep no history (risk
scores, criterion statuses) are as they stand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from placeboard.domain.periods import ReportingPeriod
from placeboard.domain.risk_matrix import Cell, Rating
from placeboard.domain.spc import (
    ASSURANCE_LABELS,
    ASSURANCE_SHORT,
    COMMON_CAUSE,
    VARIATION_LABELS,
    VARIATION_SHORT,
    SpcResult,
)
from placeboard.domain.vocab import RAG, RAG_COLOURS, RAG_MEANINGS, RAG_TEXT_COLOURS

NO_TARGET = "No target to give assurance against"
NO_TARGET_SHORT = "No target"

# -- numbers as packs print them -------------------------------------------------------

NO_SPACE_UNITS = frozenset({"%"})
PREFIX_UNITS = frozenset({"£"})


def format_number(value: float) -> str:
    """Up to two decimals, no trailing zeros, thousands separated: 1,234.5 (as on screen)."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_value(value: float, unit: str) -> str:
    """ "72.5%", "£1,200", "4.2 days": the unit where people write it."""
    number = format_number(value)
    unit = unit.strip()
    if not unit:
        return number
    if unit in PREFIX_UNITS:
        return f"{unit}{number}"
    if unit in NO_SPACE_UNITS:
        return f"{number}{unit}"
    return f"{number} {unit}"


def format_rate(rate: float | None) -> str:
    """An attendance rate: "83%", or an en dash when nothing was expected."""
    return "–" if rate is None else f"{round(rate * 100)}%"


def variation_words(kind: str) -> str:
    return VARIATION_LABELS.get(kind, VARIATION_LABELS[COMMON_CAUSE])


def assurance_words(kind: str | None) -> str:
    return ASSURANCE_LABELS.get(kind or "", NO_TARGET)


def variation_short(kind: str) -> str:
    return VARIATION_SHORT.get(kind, VARIATION_SHORT[COMMON_CAUSE])


def assurance_short(kind: str | None) -> str:
    return ASSURANCE_SHORT.get(kind or "", NO_TARGET_SHORT)


# -- summary -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StageReadinessLine:
    key: str
    name: str
    met: int
    total: int

    @property
    def text(self) -> str:
        return f"{self.met} of {self.total} criteria met"


@dataclass(frozen=True)
class MetricIcons:
    """One metric's latest value and both icons (the Overview's reading)."""

    name: str
    unit: str
    latest_period: str  # "Dec 2024"; "" with no value
    latest_value: float | None
    variation: str  # domain.spc variation icon key
    assurance: str | None  # assurance icon key, None without a target

    @property
    def latest_text(self) -> str:
        if self.latest_value is None:
            return "No values"
        return format_value(self.latest_value, self.unit)

    @property
    def variation_text(self) -> str:
        return variation_words(self.variation)

    @property
    def assurance_text(self) -> str:
        return assurance_words(self.assurance)

    @property
    def special(self) -> bool:
        return self.variation != COMMON_CAUSE


@dataclass(frozen=True)
class RiskLine:
    """A risk of the register."""

    reference: str
    title: str
    description: str
    owning_partner: str
    owner: str
    contributors: tuple[str, ...]
    initial: Rating
    current: Rating
    target: Rating
    controls: str
    review_date: date | None
    last_reviewed_on: date | None
    review_overdue: bool
    open_mitigations: int
    travel: str  # "Down 4 since first scored; 6 above target"

    @property
    def score(self) -> int:
        return self.current.score

    @property
    def band(self) -> str:
        return self.current.band


@dataclass(frozen=True)
class Summary:
    stage: str  # "In shadow", or "Not yet in development"
    stage_note: str  # how the board got there when a gate was passed with criteria unmet
    readiness: tuple[StageReadinessLine, ...]
    rag_counts: dict[str, int]  # every RAG key, in the RAG scale's order
    priorities: int
    metrics: tuple[MetricIcons, ...]
    overdue_actions: int
    open_risks: int
    high_risks: int  # open risks scored high or extreme now
    top_risks: tuple[RiskLine, ...]  # the highest-scored open risks, at most five
    meetings_held: int
    meetings_quorate: int
    attendance_rate: float | None

    @property
    def special_causes(self) -> int:
        return sum(1 for m in self.metrics if m.special)


# -- membership and attendance ----------------------------------------------------------


class Attended:
    """What a line of the attendance tables counts: attended in person or by a deputy,
    of the meetings expected, and the rate (None when none was expected)."""

    in_person: int
    by_deputy: int
    expected: int

    @property
    def attended(self) -> int:
        return self.in_person + self.by_deputy

    @property
    def rate(self) -> float | None:
        return self.attended / self.expected if self.expected else None


@dataclass(frozen=True)
class MemberAttendanceLine(Attended):
    name: str
    organisation: str
    role: str
    voting: bool
    expected: int
    in_person: int
    by_deputy: int
    apologies: int
    absent: int


@dataclass(frozen=True)
class OrganisationAttendanceLine(Attended):
    name: str
    sector: str  # the sector's label
    members: int  # memberships current at some time in the period
    expected: int
    in_person: int
    by_deputy: int
    apologies: int
    absent: int


@dataclass(frozen=True)
class MeetingLine:
    """A board meeting in the period and, once held, whether it was quorate."""

    meeting_date: date
    title: str
    status: str  # planned / held / cancelled (vocab.MEETING_STATUSES)
    quorate: bool | None  # None: not held, or no agreed quorum rule
    voting_present: int | None = None
    needed: int | None = None
    note: str = ""  # why it was not quorate, in words

    @property
    def quorum_text(self) -> str:
        if self.status != "held":
            return "Cancelled" if self.status == "cancelled" else "Not yet held"
        if self.quorate is None:
            return "No quorum rule agreed"
        figures = f"{self.voting_present} voting members present, {self.needed} needed"
        if self.quorate:
            return f"Quorate ({figures})"
        return f"Not quorate ({self.note or figures})"


@dataclass(frozen=True)
class AttendanceSection:
    members: tuple[MemberAttendanceLine, ...]
    organisations: tuple[OrganisationAttendanceLine, ...]
    meetings: tuple[MeetingLine, ...]
    quorum_rule: str  # the rule in force, in words

    @property
    def held(self) -> int:
        return sum(1 for m in self.meetings if m.status == "held")

    @property
    def cancelled(self) -> int:
        return sum(1 for m in self.meetings if m.status == "cancelled")

    @property
    def quorate(self) -> int:
        return sum(1 for m in self.meetings if m.quorate)

    @property
    def rate(self) -> float | None:
        """Every member's expected meetings together: attended / expected."""
        expected = sum(m.expected for m in self.members)
        return sum(m.attended for m in self.members) / expected if expected else None


# -- terms of reference -----------------------------------------------------------------


@dataclass(frozen=True)
class ApprovalLine:
    organisation: str
    approved_by: str
    approved_on: date | None
    minute_reference: str

    @property
    def outstanding(self) -> bool:
        return self.approved_on is None


@dataclass(frozen=True)
class TermsSection:
    version: str | None  # label of the version in force (or the newest), None without any
    status: str  # the version's status label: "Agreed", "Draft" …
    agreed_on: date | None
    effective_from: date | None
    review_date: date | None
    review_overdue: bool
    quorum: str  # the quorum rule, in words
    approvals: tuple[ApprovalLine, ...]

    @property
    def outstanding(self) -> tuple[str, ...]:
        return tuple(a.organisation for a in self.approvals if a.outstanding)

    @property
    def agreed(self) -> bool:
        return self.status == "Agreed"


# -- stage checklist --------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceLine:
    text: str
    url: str
    filename: str  # an attached file's name, "" without one
    added_on: date | None


@dataclass(frozen=True)
class CriterionLine:
    stage: str  # the stage's name
    number: int  # 1, 2, 3 … within the stage
    text: str
    status: str  # the status label shown ("Met", "In progress" …)
    done: bool
    owner: str
    due_date: date | None
    overdue: bool
    checked: str  # for a criterion PlaceBoard checks from its records: what it found
    na_reason: str
    evidence: tuple[EvidenceLine, ...]


@dataclass(frozen=True)
class DecisionLine:
    stage: str
    decided_on: date
    unmet_criteria: int
    rationale: str
    decided_by: str


@dataclass(frozen=True)
class StageSection:
    stage: str
    stage_note: str
    readiness: tuple[StageReadinessLine, ...]
    criteria: tuple[CriterionLine, ...]
    decisions: tuple[DecisionLine, ...]


# -- priority highlight report ----------------------------------------------------------


@dataclass(frozen=True)
class MilestoneLine:
    title: str
    due_date: date | None
    done_on: date | None  # as at the end of the period
    overdue: bool

    @property
    def status(self) -> str:
        if self.done_on is not None:
            return "Done"
        if self.overdue:
            return "Overdue"
        return "Due" if self.due_date is not None else "No date set"


@dataclass(frozen=True)
class PriorityLine:
    code: str
    title: str
    theme: str
    phase: int
    lead: str
    owner: str
    due_date: date | None
    rag: str  # RAG key as at the end of the period
    previous_rag: str  # as at the end of the period before
    last_update: date | None
    update_text: str  # the latest update's commentary
    update_author: str
    overdue: bool
    stale: bool
    milestones: tuple[MilestoneLine, ...]
    metrics: tuple[str, ...]  # names of the linked metrics

    @property
    def rag_label(self) -> str:
        return RAG.get(self.rag, self.rag)

    @property
    def previous_label(self) -> str:
        return RAG.get(self.previous_rag, self.previous_rag)

    @property
    def travel(self) -> str:
        """ "Improved", "Worsened" or "No change" from the previous rating (red worst)."""
        order = ("red", "amber", "green", "blue")
        if self.rag == self.previous_rag or self.rag not in order:
            return "No change" if self.rag == self.previous_rag else "New rating"
        if self.previous_rag not in order:
            return "New rating"
        return "Improved" if order.index(self.rag) > order.index(self.previous_rag) else "Worsened"


@dataclass(frozen=True)
class RagKeyLine:
    key: str
    label: str
    meaning: str
    colour: str
    text_colour: str


def rag_key() -> tuple[RagKeyLine, ...]:
    """The colour key seed 004's sub-committee asked for: every RAG rating in words."""
    return tuple(
        RagKeyLine(key, label, RAG_MEANINGS[key], RAG_COLOURS[key], RAG_TEXT_COLOURS[key])
        for key, label in RAG.items()
    )


@dataclass(frozen=True)
class GlossaryLine:
    term: str
    meaning: str


@dataclass(frozen=True)
class HighlightReport:
    priorities: tuple[PriorityLine, ...]
    previous_label: str  # the period the "previous" ratings are from: "Q2 2024/25"
    glossary: tuple[GlossaryLine, ...]
    key: tuple[RagKeyLine, ...] = field(default_factory=rag_key)


# -- metrics ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RebaseLine:
    index: int  # the first point of the new group
    label: str  # its period, "Oct 2024"
    reason: str


@dataclass(frozen=True)
class NoteLine:
    index: int | None  # the point it is about; None when that period has no value
    label: str
    text: str


@dataclass(frozen=True)
class MetricSeries:
    """What a chart draws: the values in period order and the engine's result on them."""

    name: str
    unit: str
    polarity: str
    target: float | None
    labels: tuple[str, ...]  # "Apr 2024", one a point
    values: tuple[float, ...]
    result: SpcResult
    rebases: tuple[RebaseLine, ...] = ()
    notes: tuple[NoteLine, ...] = ()

    @property
    def special_points(self) -> int:
        return sum(1 for p in self.result.points if p.point_type != COMMON_CAUSE)


@dataclass(frozen=True)
class MetricRow:
    """One line of the data table under a chart."""

    label: str
    value: float
    mean: float
    lower: float
    upper: float
    point_type: str  # domain.spc point type
    rule: str | None  # domain.spc rule key that labels the point
    in_period: bool  # the point falls in the pack's period
    note: str = ""


@dataclass(frozen=True)
class MetricSection:
    place: str
    series: MetricSeries
    frequency: str
    source: str
    description: str
    rows: tuple[MetricRow, ...]
    commentary: tuple[str, ...]  # the notes on the chart and the reasons for rebases

    @property
    def icons(self) -> MetricIcons:
        s = self.series
        return MetricIcons(
            s.name,
            s.unit,
            s.labels[-1] if s.labels else "",
            s.values[-1] if s.values else None,
            s.result.variation,
            s.result.assurance,
        )

    @property
    def period_span(self) -> tuple[int, int] | None:
        """The first and last point in the pack's period (to shade on the chart)."""
        inside = [i for i, row in enumerate(self.rows) if row.in_period]
        return (inside[0], inside[-1]) if inside else None

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(self.series.result.warnings) if self.series.values else ("No values yet.",)


# -- risks and actions ------------------------------------------------------------------


@dataclass(frozen=True)
class RiskSection:
    risks: tuple[RiskLine, ...]  # open risks, highest score first
    heat_map: dict[Cell, int]  # (likelihood, consequence) -> open risks, all 25 cells

    @property
    def review_overdue(self) -> int:
        return sum(1 for r in self.risks if r.review_overdue)


@dataclass(frozen=True)
class ActionLine:
    reference: str
    description: str
    owner: str
    raised_on: date | None  # the date of the meeting that raised it
    due_date: date
    status: str  # label
    days_overdue: int
    latest_update: str


# -- one place, and all places ----------------------------------------------------------


@dataclass(frozen=True)
class PlaceAssurance:
    place_id: str
    place: str
    board: str
    period: ReportingPeriod
    as_at: date
    summary: Summary
    attendance: AttendanceSection
    terms: TermsSection
    stages: StageSection
    highlight: HighlightReport
    metrics: tuple[MetricSection, ...]
    risks: RiskSection
    overdue_actions: tuple[ActionLine, ...]


@dataclass(frozen=True)
class PlaceComparison:
    """One place's line on the all-places side-by-side page."""

    place: str
    stage: str
    rag_counts: dict[str, int]
    metrics: tuple[MetricIcons, ...]
    attendance_rate: float | None
    meetings_held: int
    quorate_meetings: int
    open_high_risks: int
    overdue_actions: int


def next_step(summary: Summary) -> str:
    """Readiness for the stage after the one reached, in words."""
    names = [r.name for r in summary.readiness]
    at = names.index(summary.stage) + 1 if summary.stage in names else 0
    if at >= len(summary.readiness):
        return "The last stage is reached" if names else ""
    line = summary.readiness[at]
    return f"Next, {line.name}: {line.text}"


def compare(place: PlaceAssurance) -> PlaceComparison:
    s = place.summary
    return PlaceComparison(
        place.place,
        s.stage,
        dict(s.rag_counts),
        s.metrics,
        s.attendance_rate,
        s.meetings_held,
        s.meetings_quorate,
        s.high_risks,
        s.overdue_actions,
    )


@dataclass(frozen=True)
class AssuranceData:
    """A whole pack: one place, or every place with the side-by-side page first."""

    period: ReportingPeriod
    as_at: date
    places: tuple[PlaceAssurance, ...]
    comparison: tuple[PlaceComparison, ...] = ()  # empty for one place
