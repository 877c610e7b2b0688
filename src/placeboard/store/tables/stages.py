"""Stage checklist: the three stages, criteria per board, evidence, gate decisions."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from .base import Synced


class Stage(Synced, table=True):
    """In development, in shadow, ready for delegation (ICB-wide, id = UUIDv5 of key)."""

    __tablename__ = "stage"
    key: str
    name: str
    position: int
    description: str = ""


class Criterion(Synced, table=True):
    """A board's criterion for a stage, with its status, owner and due date."""

    __tablename__ = "criterion"
    stage_id: str = Field(foreign_key="stage.id", index=True)
    position: int = 0
    text: str
    auto_check: str | None = None
    status: str = "not_started"
    na_reason: str = ""
    owner: str = ""
    due_date: date | None = None


class CriterionEvidence(Synced, table=True):
    """Evidence for a criterion: text, a link, or an attached file."""

    __tablename__ = "criterion_evidence"
    criterion_id: str = Field(foreign_key="criterion.id", index=True)
    kind: str = "text"
    text: str = ""
    url: str = ""
    attachment_id: str | None = Field(default=None, foreign_key="attachment.id")
    added_on: date | None = None


class StageDecision(Synced, table=True):
    """The board moved to a stage; a rationale is required when criteria were unmet."""

    __tablename__ = "stage_decision"
    stage_id: str = Field(foreign_key="stage.id")
    decided_on: date
    unmet_criteria: int = 0
    rationale: str = ""
    decided_by: str = ""
