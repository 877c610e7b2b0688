"""Priority tracker: priorities, milestones, dated RAG updates, glossary."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from .base import Synced


class Priority(Synced, table=True):
    """A priority of a place (or of the system when `place_id` is empty)."""

    __tablename__ = "priority"
    code: str = ""
    title: str
    theme: str = ""
    phase: int = 1
    description: str = ""
    lead_organisation_id: str | None = Field(default=None, foreign_key="organisation.id")
    owner: str = ""
    start_date: date | None = None
    due_date: date | None = None
    position: int = 0


class Milestone(Synced, table=True):
    __tablename__ = "milestone"
    priority_id: str = Field(foreign_key="priority.id", index=True)
    title: str
    due_date: date | None = None
    done_on: date | None = None


class PriorityUpdate(Synced, table=True):
    """A dated update with a RAG rating; the latest is the current RAG."""

    __tablename__ = "priority_update"
    priority_id: str = Field(foreign_key="priority.id", index=True)
    update_date: date
    rag: str
    commentary: str = ""
    author: str = ""


class PriorityMetric(Synced, table=True):
    __tablename__ = "priority_metric"
    priority_id: str = Field(foreign_key="priority.id", index=True)
    metric_id: str = Field(foreign_key="metric.id", index=True)


class GlossaryTerm(Synced, table=True):
    __tablename__ = "glossary_term"
    term: str
    meaning: str
