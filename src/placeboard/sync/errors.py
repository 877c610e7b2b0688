"""Why sync refused something: one sentence that says what is wrong and what to do."""

from __future__ import annotations

from placeboard.domain.errors import PlaceBoardError


class SyncRefused(PlaceBoardError):
    """Changes, a bundle or a file that sync will not take; nothing was changed."""
