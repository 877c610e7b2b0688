"""Primary keys: random UUIDs, or UUIDv5 of the natural key where a thing must be unique.

Two laptops that add "the same" row (a metric value for a place and period, a partner
organisation of a board) then produce one row that merges field by field.
"""

from __future__ import annotations

import hashlib
import uuid

# Fixed for ever: changing it would change every natural key.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://placeboard.invalid/keys")


def new_id() -> str:
    return str(uuid.uuid4())


_NAMESPACE_BYTES = NAMESPACE.bytes


def natural_id(kind: str, *parts: object) -> str:
    """A stable id for `kind` identified by `parts` (case and spacing ignored for text).

    Exactly `str(uuid.uuid5(NAMESPACE, key))`, computed without building UUID objects:
    an import makes one for every value it reads."""
    key = "|".join([kind, *(normalise(p) for p in parts)])
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + key.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def normalise(part: object) -> str:
    if isinstance(part, str):
        return " ".join(part.split()).casefold()
    return str(part)
