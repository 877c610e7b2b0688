"""Pure builders of the demo boards' content: plain data (names, dates, texts), no ids
and no database. `placeboard.services.demo` turns them into service calls.

Everything is deterministic: random choices come from `random.Random` seeded with fixed
text, and dates are computed from the `today` handed in (metric series end at a fixed
month, so their values never change).
"""

from __future__ import annotations

SCALES: dict[str, int] = {"normal": 1, "large": 10}
