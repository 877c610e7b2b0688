"""People, memberships, deputies, declarations of interest."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from .base import Synced


class Person(Synced, table=True):
    __tablename__ = "person"
    full_name: str
    title: str = ""
    job_title: str = ""
    email: str = ""


class Membership(Synced, table=True):
    """A person sits on the board for an organisation in a role, from and to dates."""

    __tablename__ = "membership"
    person_id: str = Field(foreign_key="person.id", index=True)
    organisation_id: str = Field(foreign_key="organisation.id", index=True)
    role: str = "member"
    voting: bool = True
    start_date: date
    end_date: date | None = None
    notes: str = ""


class Deputy(Synced, table=True):
    """A named deputy who may attend in a member's place."""

    __tablename__ = "deputy"
    membership_id: str = Field(foreign_key="membership.id", index=True)
    person_id: str = Field(foreign_key="person.id", index=True)
    start_date: date | None = None
    end_date: date | None = None


class Declaration(Synced, table=True):
    """A declaration of interest in the register (or a nil declaration)."""

    __tablename__ = "declaration"
    person_id: str = Field(foreign_key="person.id", index=True)
    kind: str = "financial"
    description: str = ""
    is_nil: bool = False
    private: bool = False
    declared_on: date
    reviewed_on: date | None = None
    topics: str = ""
