"""One change as it travels between replicas: a row of `change_log`.

Every transport (bundle file, PostgreSQL hub) carries these and every merge applies
them; `val` is what the change log stores (a field's value, or for an insert, field
`*`, a JSON object of the new record's fields).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

FIELDS = ("hlc", "site", "place_id", "tbl", "pk", "col", "val", "base_hlc")


@dataclass(frozen=True, slots=True)
class Change:
    hlc: str  # the hybrid logical clock stamp; unique (it ends with the site id)
    site: str  # the replica that made the change
    place_id: str | None  # whose data it is: a place never receives another's
    tbl: str
    pk: str
    col: str  # a field name, or "*" for a whole new record
    val: Any
    base_hlc: str | None  # the stamp the editor saw: tells concurrent edits from later ones

    @classmethod
    def from_mapping(cls, row: Mapping[str, Any]) -> Change:
        return cls(*(row[name] for name in FIELDS))

    def as_tuple(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in FIELDS)
