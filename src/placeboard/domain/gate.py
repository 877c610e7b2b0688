"""The stage gate: a board's stage is the highest stage whose criteria are all met."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

DONE = frozenset({"met", "not_applicable"})


@dataclass(frozen=True)
class StageCount:
    key: str
    name: str
    met: int
    total: int

    @property
    def complete(self) -> bool:
        return self.met == self.total


def readiness(stages: Sequence[tuple[str, str]],
              criteria: Iterable[tuple[str, str]]) -> list[StageCount]:
    """Met and total criteria per stage, in stage order.

    `stages` are (key, name) in order; `criteria` are (stage key, status).
    """
    met = {key: 0 for key, _ in stages}
    total = dict(met)
    for stage_key, status in criteria:
        if stage_key in total:
            total[stage_key] += 1
            met[stage_key] += status in DONE
    return [StageCount(key, name, met[key], total[key]) for key, name in stages]


def board_stage(counts: Sequence[StageCount]) -> StageCount | None:
    """The highest stage reached with every earlier stage also complete; None before any."""
    reached = None
    for count in counts:
        if not count.complete:
            break
        reached = count
    return reached
