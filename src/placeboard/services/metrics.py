"""Metric definitions, values per place per period, rebases and annotations."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import insert as sql_insert
from sqlmodel import Session, col, func, select

from placeboard.domain.errors import ValidationError
from placeboard.domain.keys import natural_id
from placeboard.domain.periods import parse_period
from placeboard.domain.vocab import FREQUENCIES, POLARITIES
from placeboard.store.tables import Metric, MetricAnnotation, MetricRebase, MetricValue, Place
from placeboard.store.tables.base import utc_now

from .base import (
    Service,
    apply_changes,
    get_live,
    insert,
    live,
    put,
    require_choice,
    require_text,
    tombstone,
)

BATCH = 500
METRIC_FIELDS = (
    "key",
    "name",
    "unit",
    "polarity",
    "target",
    "frequency",
    "source",
    "description",
    "position",
)


@dataclass(frozen=True)
class ValueInput:
    """One value to write: which place, which metric, which period."""

    place_id: str
    metric_id: str
    period: str
    value: float
    note: str = ""


@lru_cache(maxsize=65_536)  # an import asks for each id twice: preview, then write
def value_id(place_id: str, metric_id: str, period_key: str) -> str:
    """Values are unique per metric, place and period: the id is their UUIDv5."""
    return natural_id("metric_value", place_id, metric_id, period_key)


def _checked(v: ValueInput, places: set[str], metrics: set[str]) -> tuple[str, ValueInput, str]:
    if v.place_id not in places:
        raise ValidationError(f"No place with id {v.place_id}.", "place")
    if v.metric_id not in metrics:
        raise ValidationError(f"No metric with id {v.metric_id}.", "metric")
    if not isinstance(v.value, int | float) or not math.isfinite(v.value):
        raise ValidationError(f"The value must be a number (not {v.value!r}).", "value")
    key = parse_period(v.period).key
    return value_id(v.place_id, v.metric_id, key), v, key


def _existing_values(s: Session, ids: list[str]) -> dict[str, MetricValue]:
    found: dict[str, MetricValue] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        found.update(
            (r.id, r) for r in s.exec(select(MetricValue).where(col(MetricValue.id).in_(chunk)))
        )
    return found


class MetricService(Service):
    REMOVABLE = {
        "metric_value": (MetricValue, "metric value"),
        "metric_rebase": (MetricRebase, "rebase"),
        "metric_annotation": (MetricAnnotation, "annotation"),
    }

    def define_metric(
        self,
        name: str,
        unit: str = "",
        polarity: str = "higher",
        target: float | None = None,
        frequency: str = "monthly",
        source: str = "",
        description: str = "",
        key: str = "",
    ) -> Metric:
        name = require_text(name, "name", "The metric's name")
        require_choice(polarity, POLARITIES, "polarity", "The polarity")
        require_choice(frequency, FREQUENCIES, "frequency", "The frequency")
        metric_id = natural_id("metric", name)
        with self.db.write() as s:
            if s.get(Metric, metric_id) is not None:
                raise ValidationError(f"There is already a metric called {name}.", "name")
            position = len(live(s, Metric))
            return insert(
                s,
                Metric(
                    id=metric_id,
                    key=key,
                    name=name,
                    unit=unit,
                    polarity=polarity,
                    target=target,
                    frequency=frequency,
                    source=source,
                    description=description,
                    position=position,
                ),
            )

    def update_metric(self, metric_id: str, **changes: object) -> Metric:
        if "name" in changes:
            changes["name"] = require_text(str(changes["name"] or ""), "name", "The metric's name")
        with self.db.write() as s:
            row = get_live(s, Metric, metric_id, "metric")
            if "name" in changes:
                clash = [
                    m for m in live(s, Metric) if m.id != metric_id and m.name == changes["name"]
                ]
                if clash:
                    raise ValidationError(
                        f"There is already a metric called {changes['name']}.", "name"
                    )
            apply_changes(row, changes, METRIC_FIELDS)
            require_choice(row.polarity, POLARITIES, "polarity", "The polarity")
            return row

    def list_metrics(self) -> list[Metric]:
        with self.db.read() as s:
            return live(s, Metric, order_by=[col(Metric.position)])

    def set_value(
        self, place_id: str, metric_id: str, period: str, value: float, note: str = ""
    ) -> MetricValue:
        self.set_values([ValueInput(place_id, metric_id, period, value, note)])
        key = parse_period(period).key
        with self.db.read() as s:
            row = s.get(MetricValue, value_id(place_id, metric_id, key))
            assert row is not None, "the value was just written"
            return row

    def set_values(self, values: Iterable[ValueInput]) -> int:
        """Write many values in one transaction; an existing value is updated. Returns
        how many were written.

        Every value is checked before anything is written, so a bad one writes none.
        New values go in by one multi-row INSERT (the change-log triggers still log each
        field): building an ORM object per value cost more than the writing.
        """
        with self.db.write() as s, s.no_autoflush:
            known_places = {p.id for p in live(s, Place)}
            known_metrics = {m.id for m in live(s, Metric)}
            latest: dict[str, tuple[ValueInput, str]] = {}
            for row_id, v, key in (_checked(v, known_places, known_metrics) for v in values):
                latest[row_id] = (v, key)  # the same value twice: the last one wins
            existing = _existing_values(s, list(latest))
            now = utc_now()
            new = [
                {
                    "id": row_id,
                    "place_id": v.place_id,
                    "created_at": now,
                    "updated_at": now,
                    "deleted": False,
                    "metric_id": v.metric_id,
                    "period": key,
                    "value": float(v.value),
                    "note": v.note,
                }
                for row_id, (v, key) in latest.items()
                if row_id not in existing
            ]
            for row_id, (v, _key) in latest.items():
                row = existing.get(row_id)
                if row is not None:
                    apply_changes(
                        row,
                        {"value": float(v.value), "note": v.note, "deleted": False},
                        ("value", "note", "deleted"),
                    )
            s.flush()
            for start in range(0, len(new), BATCH):
                s.execute(sql_insert(MetricValue.__table__), new[start : start + BATCH])
            return len(latest)

    def remove_values(self, keys: Iterable[tuple[str, str, str]]) -> int:
        """Tombstone the values of (place id, metric id, period key) in one transaction
        (undoing an import of thousands of new values); how many were live."""
        ids = [value_id(*key) for key in keys]
        with self.db.write() as s:
            found = [row for row in _existing_values(s, ids).values() if not row.deleted]
            for row in found:
                tombstone(row)
            return len(found)

    def stored_values(
        self, keys: Iterable[tuple[str, str, str]]
    ) -> dict[tuple[str, str, str], float]:
        """The live values stored for (place id, metric id, period key) triples."""
        wanted = {value_id(*key): key for key in keys}
        with self.db.read() as s:
            found = _existing_values(s, list(wanted))
        return {wanted[i]: row.value for i, row in found.items() if not row.deleted}

    def list_values(self, place_id: str, metric_id: str | None = None) -> list[MetricValue]:
        with self.db.read() as s:
            where = [MetricValue.metric_id == metric_id] if metric_id else []
            return live(
                s,
                MetricValue,
                *where,
                place_id=place_id,
                order_by=[col(MetricValue.metric_id), col(MetricValue.period)],
            )

    def value_points(self, place_id: str) -> list[Any]:
        """Every live value of a place as light rows (metric_id, period, value), in
        metric and period order: the summaries need no ORM objects, which cost ten
        times as much to build for the thousands a large place has."""
        query = (
            select(col(MetricValue.metric_id), col(MetricValue.period), col(MetricValue.value))
            .where(MetricValue.place_id == place_id, col(MetricValue.deleted).is_(False))
            .order_by(col(MetricValue.metric_id), col(MetricValue.period))
        )
        with self.db.read() as s:
            return list(s.exec(query).all())

    def latest_values(self, place_id: str) -> dict[str, tuple[str, float, int]]:
        """Per metric id: its latest period (the greatest key), the value then, and how
        many values it has; one query, without loading every value (the Overview)."""
        mine = (col(MetricValue.deleted).is_(False), MetricValue.place_id == place_id)
        latest = (
            select(
                col(MetricValue.metric_id).label("metric_id"),
                func.max(MetricValue.period).label("period"),
                func.count().label("values"),
            )
            .where(*mine)
            .group_by(col(MetricValue.metric_id))
            .subquery()
        )
        query = (
            select(MetricValue.metric_id, MetricValue.period, MetricValue.value, latest.c["values"])
            .join(
                latest,
                (col(MetricValue.metric_id) == latest.c.metric_id)
                & (col(MetricValue.period) == latest.c.period),
            )
            .where(*mine)
        )
        with self.db.read() as s:
            return {m: (period, value, n) for m, period, value, n in s.exec(query).all()}

    def add_rebase(self, place_id: str, metric_id: str, period: str, reason: str) -> MetricRebase:
        key = parse_period(period).key
        reason = require_text(reason, "reason", "The reason")
        with self.db.write() as s:
            get_live(s, Metric, metric_id, "metric")
            # One rebase per period: a removed one is brought back with the new reason.
            return put(
                s,
                MetricRebase,
                natural_id("rebase", place_id, metric_id, key),
                create={"place_id": place_id, "metric_id": metric_id, "period": key},
                update={"reason": reason},
            )

    def list_rebases(self, place_id: str, metric_id: str | None = None) -> list[MetricRebase]:
        """Of one metric, or of every metric of the place (None)."""
        where = [MetricRebase.metric_id == metric_id] if metric_id else []
        with self.db.read() as s:
            return live(
                s, MetricRebase, *where, place_id=place_id, order_by=[col(MetricRebase.period)]
            )

    def annotate(self, place_id: str, metric_id: str, period: str, text: str) -> MetricAnnotation:
        key = parse_period(period).key
        with self.db.write() as s:
            get_live(s, Metric, metric_id, "metric")
            return insert(
                s,
                MetricAnnotation(
                    place_id=place_id,
                    metric_id=metric_id,
                    period=key,
                    text=require_text(text, "text", "The note"),
                ),
            )

    def list_annotations(
        self, place_id: str, metric_id: str | None = None
    ) -> list[MetricAnnotation]:
        """Of one metric, or of every metric of the place (None)."""
        where = [MetricAnnotation.metric_id == metric_id] if metric_id else []
        with self.db.read() as s:
            return live(
                s,
                MetricAnnotation,
                *where,
                place_id=place_id,
                order_by=[col(MetricAnnotation.period)],
            )
