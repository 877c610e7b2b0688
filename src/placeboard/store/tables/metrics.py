"""Metric definitions, values per place per period, rebases and annotations."""

from __future__ import annotations

from sqlmodel import Field

from .base import Synced


class Metric(Synced, table=True):
    """A metric definition (ICB-wide, id = UUIDv5 of the name)."""

    __tablename__ = "metric"
    key: str = ""
    name: str
    unit: str = ""
    polarity: str = "higher"
    target: float | None = None
    frequency: str = "monthly"
    source: str = ""
    description: str = ""
    position: int = 0


class MetricValue(Synced, table=True):
    """One value (id = UUIDv5 of place + metric + period, so it is unique)."""

    __tablename__ = "metric_value"
    metric_id: str = Field(foreign_key="metric.id", index=True)
    period: str = Field(index=True)
    value: float
    note: str = ""


class MetricRebase(Synced, table=True):
    __tablename__ = "metric_rebase"
    metric_id: str = Field(foreign_key="metric.id", index=True)
    period: str
    reason: str = ""


class MetricAnnotation(Synced, table=True):
    __tablename__ = "metric_annotation"
    metric_id: str = Field(foreign_key="metric.id", index=True)
    period: str
    text: str
