"""Errors of pack building, each a sentence the secretariat can act on."""

from __future__ import annotations

from placeboard.domain.errors import PlaceBoardError


class PackError(PlaceBoardError):
    """A pack could not be built as asked; nothing was written."""


class PackCancelled(PackError):
    """The person building the pack cancelled it; nothing was written."""

    def __init__(
        self, message: str = "Building the pack was cancelled; nothing was saved."
    ) -> None:
        super().__init__(message)
