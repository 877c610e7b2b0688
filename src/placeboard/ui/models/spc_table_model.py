"""The numbers of one SPC chart as a table, point by point: what a screen reader or a
keyboard user reads instead of the chart. It reads the chart's own `SpcResult` (the
one the plot draws), so the table and the chart cannot disagree."""

from __future__ import annotations

from PySide6.QtCore import QObject

from placeboard.domain.spc import POINT_LABELS, RULE_LABELS, SpcPoint
from placeboard.services.metric_charts import MetricChart
from placeboard.ui.metric_model import format_number
from placeboard.ui.models.lines import Line, LineModel, Look

NO_TARGET = "No target"  # read aloud; "None" would sound like a value


class SpcTableModel(LineModel[SpcPoint]):
    """One row a point: period, value, its group's mean and process limits, the target,
    whether it is a special cause (in words), the rule that fired and any notes."""

    COLUMNS = (
        "Period", "Value", "Mean", "Lower limit", "Upper limit", "Target",
        "Special cause", "Rule", "Note",
    )  # fmt: skip
    RIGHT_ALIGNED = frozenset({1, 2, 3, 4, 5})
    PERIOD, VALUE, MEAN, LOWER, UPPER, TARGET, POINT, RULE, NOTE = range(9)

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
        target = chart.metric.target
        rule = RULE_LABELS[p.rule].capitalize() if p.rule else ""
        notes = list(chart.notes.get(p.index, []))
        rebase = next((r for r in chart.rebases if r.index == p.index), None)
        if rebase is not None:
            notes.insert(0, f"Rebase: {rebase.reason}")
        numbers = (p.value, group.mean, group.lower, group.upper)
        point = POINT_LABELS[p.point_type]
        return Line(
            texts=(
                chart.labels[p.index],
                *(format_number(n) for n in numbers),
                NO_TARGET if target is None else format_number(target),
                point,
                rule,
                "; ".join(notes),
            ),
            keys=(
                p.index,
                *numbers,
                0.0 if target is None else target,
                point,
                rule,
                "; ".join(notes),
            ),
            look=Look.PLAIN if p.rule is None else Look.ALERT,
            note=f"{chart.labels[p.index]}: {point}" + (f", {rule.lower()}" if rule else ""),
        )
