"""Risk register: owning and contributing partners, 5 x 5 scores, mitigations."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from .base import Synced


class Risk(Synced, table=True):
    __tablename__ = "risk"
    reference: str = ""
    title: str
    description: str = ""
    owning_organisation_id: str | None = Field(default=None, foreign_key="organisation.id")
    owner: str = ""
    initial_likelihood: int = 3
    initial_consequence: int = 3
    current_likelihood: int = 3
    current_consequence: int = 3
    target_likelihood: int = 1
    target_consequence: int = 3
    controls: str = ""
    status: str = "open"
    opened_on: date | None = None
    review_date: date | None = None
    last_reviewed_on: date | None = None
    closed_on: date | None = None


class RiskContributor(Synced, table=True):
    __tablename__ = "risk_contributor"
    risk_id: str = Field(foreign_key="risk.id", index=True)
    organisation_id: str = Field(foreign_key="organisation.id")


class RiskMitigation(Synced, table=True):
    __tablename__ = "risk_mitigation"
    risk_id: str = Field(foreign_key="risk.id", index=True)
    action: str
    owner: str = ""
    due_date: date | None = None
    done_on: date | None = None
