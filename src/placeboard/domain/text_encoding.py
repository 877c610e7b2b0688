"""Text files as people's tools write them."""

from __future__ import annotations

from placeboard.domain.errors import ValidationError


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without Excel's byte-order mark), else Windows-1252: what Excel
    writes as "CSV" on a British Windows PC (£, é, ’ and – come out right)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        f"{name} is neither UTF-8 nor Windows-1252 text; save it from Excel as 'CSV UTF-8'.",
        field="file",
    )
