"""Places, delivery units and neighbourhoods, boards, organisations, partners."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from .base import Synced


class Place(Synced, table=True):
    """A place; its own `place_id` is its id, so a place's role sees its own row."""

    __tablename__ = "place"
    name: str
    icb_name: str = ""
    kind: str = ""
    population: int | None = None


class Locality(Synced, table=True):
    """A delivery unit or a neighbourhood under a place."""

    __tablename__ = "locality"
    name: str
    kind: str = "delivery_unit"
    parent_id: str | None = Field(default=None, foreign_key="locality.id")


class Board(Synced, table=True):
    """The place-based partnership board of a place (id = UUIDv5 of the place)."""

    __tablename__ = "board"
    name: str
    secretary: str = ""
    contact_email: str = ""


class Organisation(Synced, table=True):
    """A partner organisation (ICB-wide reference data; id = UUIDv5 of the name)."""

    __tablename__ = "organisation"
    name: str
    short_name: str = ""
    sector: str


class Partner(Synced, table=True):
    """An organisation that is a partner of a place's board (id = UUIDv5 place + org)."""

    __tablename__ = "partner"
    organisation_id: str = Field(foreign_key="organisation.id", index=True)
    joined_on: date | None = None
    left_on: date | None = None
