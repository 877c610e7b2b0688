"""Tables of the Metrics view: the metrics of a place with their icons, and the numbers
of one chart, point by point (for people who cannot read the chart)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from placeboard.domain.spc import (
    ASSURANCE_SHORT,
    POINT_LABELS,
    RULE_LABELS,
    VARIATION_SHORT,
    SpcPoint,
)
from placeboard.services.metric_charts import MetricChart, MetricSummary
from placeboard.ui.metric_model import format_number, format_value, period_sort_key
from placeboard.ui.models.lines import ROLE, Index, Line, LineModel, Look, text_key
from placeboard.ui.spc_icons import assurance_icon, assurance_text, variation_icon, variation_text

MISSING = -1e300  # sorts an empty number before every real one


class MetricSummaryModel(LineModel[MetricSummary]):
    COLUMNS = ("Metric", "Latest", "Value", "Variation", "Assurance")
    RIGHT_ALIGNED = frozenset({2})
    VARIATION, ASSURANCE = 3, 4

    def make_line(self, s: MetricSummary) -> Line:
        unit = s.metric.unit
        value = format_value(s.latest_value, unit) if s.latest_value is not None else "—"
        has_target = s.metric.target is not None
        target = f"; target {format_value(s.metric.target or 0, unit)}" if has_target else ""
        variation = VARIATION_SHORT.get(s.variation, variation_text(s.variation))
        assurance = ASSURANCE_SHORT.get(s.assurance or "", "No target")
        return Line(
            texts=(
                s.metric.name,
                s.latest_period or "No values",
                value,
                variation,
                assurance,
            ),
            keys=(
                text_key(s.metric.name),
                period_sort_key(s.latest_period) if s.latest_period else "",
                s.latest_value if s.latest_value is not None else MISSING,
                variation,
                assurance,
            ),
            look=Look.ALERT if s.special else Look.PLAIN,
            tip=f"{s.metric.name}: {s.count} values{target}",
            note="The latest point is a special cause" if s.special else "",
        )

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        column = index.column()
        if index.isValid() and column in (self.VARIATION, self.ASSURANCE):
            summary = self.item(index.row())
            variation = column == self.VARIATION
            if role == ROLE.DecorationRole:
                if variation:
                    return variation_icon(summary.variation)
                return assurance_icon(summary.assurance)
            if role in (ROLE.ToolTipRole, ROLE.AccessibleTextRole):
                if variation:
                    return variation_text(summary.variation)
                return assurance_text(summary.assurance)
        return super().data(index, role)

    def row_of_metric(self, metric_id: str) -> int:
        return next((i for i, s in enumerate(self.items()) if s.metric.id == metric_id), -1)


class SpcPointModel(LineModel[SpcPoint]):
    """One row a point: period, value, its group's mean and limits, type, rule, notes."""

    COLUMNS = ("Period", "Value", "Mean", "Lower limit", "Upper limit", "Point", "Rule", "Note")
    RIGHT_ALIGNED = frozenset({1, 2, 3, 4})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chart: MetricChart | None = None

    def set_chart(self, chart: MetricChart | None) -> None:
        self.chart = chart
        self.set_rows(chart.result.points if chart else [])

    def make_line(self, p: SpcPoint) -> Line:
        chart = self.chart
        assert chart is not None
        group = chart.result.groups[p.group]
        rule = RULE_LABELS[p.rule].capitalize() if p.rule else ""
        notes = list(chart.notes.get(p.index, []))
        rebase = next((r for r in chart.rebases if r.index == p.index), None)
        if rebase is not None:
            notes.insert(0, f"Rebase: {rebase.reason}")
        numbers = (p.value, group.mean, group.lower, group.upper)
        return Line(
            texts=(
                chart.labels[p.index],
                *(format_number(n) for n in numbers),
                POINT_LABELS[p.point_type],
                rule,
                "; ".join(notes),
            ),
            keys=(p.index, *numbers, POINT_LABELS[p.point_type], rule, "; ".join(notes)),
            look=Look.PLAIN if p.rule is None else Look.ALERT,
        )
