"""Terms of reference: versions, sections and approvals by each partner."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from .base import Synced


class TorVersion(Synced, table=True):
    __tablename__ = "tor_version"
    label: str
    status: str = "draft"
    quorum_members: int = 0
    quorum_rule: str = ""
    quorum_requires_sectors: str = ""
    effective_from: date | None = None
    review_date: date | None = None
    agreed_on: date | None = None


class TorSection(Synced, table=True):
    __tablename__ = "tor_section"
    version_id: str = Field(foreign_key="tor_version.id", index=True)
    kind: str
    position: int = 0
    heading: str
    body: str = ""


class TorApproval(Synced, table=True):
    """A partner's approval of a version (id = UUIDv5 of version + organisation)."""

    __tablename__ = "tor_approval"
    version_id: str = Field(foreign_key="tor_version.id", index=True)
    organisation_id: str = Field(foreign_key="organisation.id", index=True)
    approved_by: str = ""  # the approving body, e.g. "Blackpool Council Executive"
    approved_on: date | None = None
    minute_reference: str = ""
    note: str = ""
