"""The Metrics view's list of a place's metrics with their icons (the numbers of one
chart, point by point, are in spc_table_model)."""

from __future__ import annotations

from typing import Any

from placeboard.domain.spc import (
    ASSURANCE_SHORT,
    VARIATION_SHORT,
)
from placeboard.services.metric_charts import MetricSummary
from placeboard.ui.metric_model import format_value, period_sort_key
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
