"""Hybrid logical clock: wall milliseconds, a counter and the site id.

Stamps are strings that sort in time order, so SQL can compare them directly.
The clock never goes backwards: it starts from the last stamp it has seen.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MILLIS_WIDTH = 15
COUNTER_WIDTH = 6
MAX_COUNTER = 10**COUNTER_WIDTH - 1
# A remote stamp further ahead than this makes the user check their clock.
SKEW_WARNING_MS = 5 * 60 * 1000


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    site: str

    def __str__(self) -> str:
        return f"{self.millis:0{MILLIS_WIDTH}d}-{self.counter:0{COUNTER_WIDTH}d}-{self.site}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        try:
            millis, counter, site = text.split("-", 2)
            if len(millis) != MILLIS_WIDTH or len(counter) != COUNTER_WIDTH or not site:
                raise ValueError(text)
            return cls(int(millis), int(counter), site)
        except ValueError:
            raise ValueError(f"'{text}' is not a clock stamp") from None


class HybridClock:
    """Issues strictly increasing stamps for one site; thread-safe."""

    def __init__(
        self,
        site: str,
        last: str | None = None,
        wall: Callable[[], int] = wall_millis,
    ) -> None:
        self.site = site
        self._wall = wall
        self._lock = threading.Lock()
        parsed = Stamp.parse(last) if last else None
        self._millis = parsed.millis if parsed else 0
        self._counter = parsed.counter if parsed else 0

    def _advance(self, millis: int) -> None:
        if millis > self._millis:
            self._millis, self._counter = millis, 0
        elif self._counter >= MAX_COUNTER:
            self._millis, self._counter = self._millis + 1, 0
        else:
            self._counter += 1

    def now(self) -> str:
        # Called once per logged field (hundreds of thousands in an import): the string
        # is built directly, as Stamp.__str__ would.
        with self._lock:
            self._advance(self._wall())
            return f"{self._millis:015d}-{self._counter:06d}-{self.site}"

    def observe(self, remote: str) -> bool:
        """Take a remote stamp into the clock; True when it is suspiciously far ahead."""
        stamp = Stamp.parse(remote)
        with self._lock:
            wall = self._wall()
            if (stamp.millis, stamp.counter) > (self._millis, self._counter):
                self._millis, self._counter = stamp.millis, stamp.counter
            return stamp.millis - wall > SKEW_WARNING_MS

    @property
    def last(self) -> str:
        with self._lock:
            return str(Stamp(self._millis, self._counter, self.site))
