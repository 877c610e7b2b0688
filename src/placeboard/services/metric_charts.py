"""Metric charts: a metric's values for a place, read through the SPC engine.

The screen and the packs draw the same `MetricChart`: the values in period order, the
rebases turned into the index of each new group's first point, the annotations, and
the `SpcResult` of `domain.spc.analyse` with the metric's polarity and target.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from placeboard.domain.errors import ValidationError
from placeboard.domain.periods import parse_period
from placeboard.domain.spc import COMMON_CAUSE, SpcResult, analyse

from .metrics import MetricService
from .places import PlaceService


@dataclass(frozen=True)
class MetricInfo:
    """A metric's definition, as a chart shows it."""

    id: str
    name: str
    unit: str
    polarity: str
    target: float | None
    frequency: str
    source: str
    description: str


@dataclass(frozen=True)
class RebaseMark:
    id: str
    period: str  # key of the new group's first point, as stored
    label: str
    index: int | None  # that point's index in the chart, None if it starts no group
    reason: str


@dataclass(frozen=True)
class AnnotationMark:
    id: str
    period: str
    label: str
    index: int | None  # the point it is about, None when that period has no value
    text: str


@dataclass(frozen=True)
class MetricChart:
    metric: MetricInfo
    place_id: str
    place_name: str
    periods: list[str]  # keys, in time order
    labels: list[str]  # "Apr 2024", one a period
    values: list[float]
    rebases: list[RebaseMark]
    annotations: list[AnnotationMark]
    result: SpcResult
    notes: dict[int, list[str]] = field(default_factory=dict)  # index -> annotation texts

    @property
    def rebase_indexes(self) -> list[int]:
        return sorted({r.index for r in self.rebases if r.index})


@dataclass(frozen=True)
class MetricSummary:
    """One metric's line in the Metrics view's list for a place."""

    metric: MetricInfo
    latest_period: str  # label, "" without values
    latest_value: float | None
    count: int
    variation: str
    assurance: str | None
    special: bool  # the last point is a special cause


@lru_cache(maxsize=4096)
def _start(period_key: str) -> date:
    return parse_period(period_key).start  # a few hundred distinct keys, read many times


def _info(metric: object) -> MetricInfo:
    return MetricInfo(**{name: getattr(metric, name) for name in MetricInfo.__dataclass_fields__})


@lru_cache(maxsize=4096)
def _label(period_key: str) -> str:
    return parse_period(period_key).label


def _first_at(starts: Sequence[date], period_key: str) -> int | None:
    """The index of the first value in or after the period (a rebase stored for a
    period with no value starts its group at the next one)."""
    when = _start(period_key)
    return next((i for i, s in enumerate(starts) if s >= when), None)


@dataclass(frozen=True)
class _Loaded:
    """A metric's rows for one place, read already."""

    values: Sequence[Any]
    rebases: Sequence[Any]
    annotations: Sequence[Any]


def _by_metric(rows: Iterable[Any]) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row.metric_id].append(row)
    return grouped


class MetricChartService:
    """Charts and summaries of metrics, through the metric and place services."""

    def __init__(self, metrics: MetricService, places: PlaceService) -> None:
        self.metrics = metrics
        self.places = places

    def _metric(self, metric_id: str) -> MetricInfo:
        found = next((m for m in self.metrics.list_metrics() if m.id == metric_id), None)
        if found is None:
            raise ValidationError(f"No metric with id {metric_id}.", "metric")
        return _info(found)

    def chart(self, place_id: str, metric_id: str) -> MetricChart:
        place = self.places.get_place(place_id)
        return self._chart(self._metric(metric_id), place_id, place.name)

    def across_places(self, metric_id: str) -> list[MetricChart]:
        """The metric's chart for every place, in the places' order (small multiples)."""
        metric = self._metric(metric_id)
        return [self._chart(metric, p.id, p.name) for p in self.places.list_places()]

    def _chart(
        self,
        metric: MetricInfo,
        place_id: str,
        place_name: str,
        loaded: _Loaded | None = None,
    ) -> MetricChart:
        if loaded is None:  # one chart: read just this metric's rows
            loaded = _Loaded(
                self.metrics.list_values(place_id, metric.id),
                self.metrics.list_rebases(place_id, metric.id),
                self.metrics.list_annotations(place_id, metric.id),
            )
        rows = sorted(loaded.values, key=lambda v: _start(v.period))
        periods = [v.period for v in rows]
        starts = [_start(p) for p in periods]
        index_of = {p: i for i, p in enumerate(periods)}
        rebases = [
            RebaseMark(r.id, r.period, _label(r.period), _first_at(starts, r.period), r.reason)
            for r in loaded.rebases
        ]
        annotations = [
            AnnotationMark(a.id, a.period, _label(a.period), index_of.get(a.period), a.text)
            for a in loaded.annotations
        ]
        notes: dict[int, list[str]] = defaultdict(list)
        for a in annotations:
            if a.index is not None:
                notes[a.index].append(a.text)
        values = [v.value for v in rows]
        indexes = sorted({r.index for r in rebases if r.index})
        return MetricChart(
            metric=metric,
            place_id=place_id,
            place_name=place_name,
            periods=periods,
            labels=[_label(p) for p in periods],
            values=values,
            rebases=rebases,
            annotations=annotations,
            result=analyse(values, metric.polarity, metric.target, indexes),
            notes=dict(notes),
        )

    def charts(self, place_id: str) -> list[MetricChart]:
        """Every metric's chart for a place, in the metrics' order, from three queries
        for the whole place rather than three a metric (the Overview and the packs)."""
        place = self.places.get_place(place_id)
        values, rebases, notes = (
            _by_metric(self.metrics.value_points(place_id)),
            _by_metric(self.metrics.list_rebases(place_id)),
            _by_metric(self.metrics.list_annotations(place_id)),
        )
        return [
            self._chart(
                _info(metric),
                place_id,
                place.name,
                _Loaded(
                    values.get(metric.id, []),
                    rebases.get(metric.id, []),
                    notes.get(metric.id, []),
                ),
            )
            for metric in self.metrics.list_metrics()
        ]

    def summaries(self, place_id: str) -> list[MetricSummary]:
        """Per metric, in the metrics' order: the latest value and both icons."""
        out = []
        for chart in self.charts(place_id):
            points = chart.result.points
            out.append(
                MetricSummary(
                    metric=chart.metric,
                    latest_period=chart.labels[-1] if chart.labels else "",
                    latest_value=chart.values[-1] if chart.values else None,
                    count=len(chart.values),
                    variation=chart.result.variation,
                    assurance=chart.result.assurance,
                    special=bool(points) and points[-1].point_type != COMMON_CAUSE,
                )
            )
        return out
