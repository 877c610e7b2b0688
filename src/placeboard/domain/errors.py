"""Errors that carry a sentence a board secretary can act on."""

from __future__ import annotations


class PlaceBoardError(Exception):
    """Base of every error PlaceBoard reports to a person (one clear sentence)."""


class ValidationError(PlaceBoardError):
    """Input that breaks a rule of the field; `field` names what is wrong."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(PlaceBoardError):
    """A record that was asked for does not exist (or has been deleted)."""


class DatabaseError(PlaceBoardError):
    """The database file cannot be used as it is; it has been left untouched."""


class NotPlaceBoardDatabase(DatabaseError):
    pass


class DamagedDatabase(DatabaseError):
    pass


class NewerDatabase(DatabaseError):
    pass
