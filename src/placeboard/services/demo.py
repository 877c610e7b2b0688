"""The demo boards, loaded through the services from the seed papers' content."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from placeboard.domain.errors import PlaceBoardError

if TYPE_CHECKING:
    from . import Services

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class DemoService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def load(
        self,
        scale: str = "normal",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        raise PlaceBoardError("The demo boards are not available yet.")
