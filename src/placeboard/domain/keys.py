"""Primary keys: random UUIDs, or UUIDv5 of the natural key where a thing must be unique.

Two laptops that add "the same" row (a metric value for a place and period, a partner
organisation of a board) then produce one row that merges field by field.
"""

from __future__ import annotations

import uuid

# Fixed for ever: changing it would change every natural key.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://placeboard.invalid/keys")


def new_id() -> str:
    return str(uuid.uuid4())


def natural_id(kind: str, *parts: object) -> str:
    """A stable id for `kind` identified by `parts` (case and spacing ignored for text)."""
    key = "|".join([kind, *(normalise(p) for p in parts)])
    return str(uuid.uuid5(NAMESPACE, key))


def normalise(part: object) -> str:
    if isinstance(part, str):
        return " ".join(part.split()).casefold()
    return str(part)
