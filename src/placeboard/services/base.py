"""What every area service shares: one transaction a call, live-row look-ups,
tombstones, and the small validation rules that give a clear sentence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlmodel import Session, col, func, select

from placeboard.domain.errors import NotFoundError, ValidationError
from placeboard.store.database import Database
from placeboard.store.tables import Person, Synced
from placeboard.store.tables.base import utc_now

T = TypeVar("T", bound=Synced)


class Service:
    """Base of the area services: holds the database handed in by the composition root."""

    # What this area can remove: kind -> (table, the name a person reads).
    REMOVABLE: dict[str, tuple[type[Synced], str]] = {}

    def __init__(self, db: Database) -> None:
        self.db = db

    def _removable(self, kind: str) -> tuple[type[Synced], str]:
        if kind not in self.REMOVABLE:
            raise ValidationError(f"Cannot remove a {kind} here.", "kind")
        return self.REMOVABLE[kind]

    def remove(self, kind: str, row_id: str) -> None:
        """Tombstone a row: it leaves every list but is kept, and syncs as a change."""
        model, what = self._removable(kind)
        with self.db.write() as s:
            tombstone(get_live(s, model, row_id, what))

    def bring_back(self, kind: str, row_id: str) -> None:
        """Undo a removal: the tombstone is lifted and the row is as it was."""
        model, what = self._removable(kind)
        with self.db.write() as s:
            row = s.get(model, row_id)
            if row is None:
                raise NotFoundError(f"No {what} with id {row_id}.")
            apply_changes(row, {"deleted": False}, ("deleted",))


def get_live(session: Session, model: type[T], row_id: str, what: str) -> T:
    """The row with this id, unless it does not exist or is tombstoned."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFoundError(f"No {what} with id {row_id} (it may have been deleted).")
    return row


def board_person(session: Session, person_id: str, place_id: str | None) -> Person:
    """The person, who must be one of this board's people."""
    person = get_live(session, Person, person_id, "person")
    if person.place_id != place_id:
        raise ValidationError(f"{person.full_name} is not a person of this board.", "person_id")
    return person


def live(
    session: Session,
    model: type[T],
    *where: Any,
    place_id: str | None = None,
    order_by: Sequence[Any] = (),
) -> list[T]:
    """Live rows of a table, optionally of one place, in the given order."""
    query = select(model).where(col(model.deleted).is_(False), *where)
    if place_id is not None:
        query = query.where(model.place_id == place_id)
    if order_by:
        query = query.order_by(*order_by)
    return list(session.exec(query).all())


def owned_by(model: type[T], place_id: str | None) -> Any:
    """Rows of one place, or the system-level (ICB-wide) rows for None."""
    return col(model.place_id).is_(None) if place_id is None else model.place_id == place_id


def next_number(session: Session, model: type[T], *where: Any) -> int:
    """1 + every row so far, tombstones included, so a number is never given out twice
    on this laptop (references like A007, positions)."""
    count = session.exec(select(func.count()).select_from(model).where(*where)).one()
    return int(count) + 1


def insert(session: Session, row: T) -> T:
    session.add(row)
    session.flush()
    return row


def put(
    session: Session,
    model: type[T],
    row_id: str,
    create: dict[str, Any],
    update: dict[str, Any] | None = None,
) -> T:
    """The row with this natural-key id: created, or brought back and updated.

    One row per natural key, so two laptops adding "the same" row merge field by field.
    """
    update = update or {}
    row = session.get(model, row_id)
    if row is None:
        return insert(session, model(id=row_id, **create, **update))
    apply_changes(row, {**update, "deleted": False}, (*update, "deleted"))
    return row


def apply_changes(row: Synced, changes: dict[str, Any], allowed: Iterable[str]) -> None:
    """Set the named fields; only fields that really change are written (and logged)."""
    allowed = set(allowed)
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(
            f"Cannot change {', '.join(sorted(unknown))} here.", sorted(unknown)[0]
        )
    changed = False
    for name, value in changes.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    if changed:
        row.updated_at = utc_now()


def tombstone(row: Synced) -> None:
    if not row.deleted:
        row.deleted = True
        row.updated_at = utc_now()


def require_text(value: str | None, field: str, label: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{label} cannot be empty.", field)
    return text


def require_choice(
    value: str, choices: dict[str, str] | Iterable[str], field: str, label: str
) -> str:
    options = list(choices)
    if value not in options:
        raise ValidationError(
            f"{label} must be one of: {', '.join(options)} (not '{value}').", field
        )
    return value


def require_order(start: date | None, end: date | None, field: str, what: str) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            f"The end date of {what} ({end:%d/%m/%Y}) is before its start ({start:%d/%m/%Y}).",
            field,
        )


def require_range(value: int, low: int, high: int, field: str, label: str) -> int:
    if not low <= value <= high:
        raise ValidationError(f"{label} must be from {low} to {high} (not {value}).", field)
    return value
