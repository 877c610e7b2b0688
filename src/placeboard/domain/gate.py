"""The stage gate: a board's stage is the highest stage whose criteria are all met.

A board may be moved past a gate with criteria unmet only by a recorded decision with
its rationale; it then stands at that stage "by override" until the criteria catch up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from placeboard.domain.errors import ValidationError
from placeboard.domain.periods import uk_date

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


def counts_as_done(status: str, na_reason: str = "") -> bool:
    """Met, or not applicable with a reason given (a bare "not applicable" is not)."""
    return status == "met" or (status == "not_applicable" and bool(na_reason.strip()))


@dataclass(frozen=True)
class Decision:
    """A recorded move of the board to a stage."""

    stage_key: str
    decided_on: date
    unmet_criteria: int = 0  # criteria unmet up to that stage when it was decided
    rationale: str = ""
    decided_by: str = ""


@dataclass(frozen=True)
class BoardStage:
    """Where the board stands: by its criteria, or by the latest recorded decision.
    `by_override`: that decision passed the gate with criteria unmet (`rationale` says
    why); `unmet` counts the criteria unmet now up to this stage."""

    key: str
    name: str
    by_override: bool = False
    unmet: int = 0
    rationale: str = ""
    decided_on: date | None = None
    decided_by: str = ""

    def sentence(self) -> str:
        n = f"{self.unmet} criterion" if self.unmet == 1 else f"{self.unmet} criteria"
        when = f" on {uk_date(self.decided_on)}" if self.decided_on else ""
        if self.by_override:
            why = f" — rationale: {self.rationale}" if self.rationale.strip() else ""
            return f"{self.name}: passed{when} with {n} unmet{why}"
        if self.unmet:
            return f"{self.name}: moved here by decision{when}; {n} have become unmet since."
        return f"{self.name}: every criterion of this stage and the ones before it is met."


def unmet_up_to(counts: Sequence[StageCount], key: str) -> int:
    """Criteria not done in the stage `key` and every stage before it."""
    unmet = 0
    for count in counts:
        unmet += count.total - count.met
        if count.key == key:
            return unmet
    raise ValidationError(f"There is no stage '{key}'.", "stage")


def require_rationale(unmet: int, stage_name: str, rationale: str) -> None:
    """Moving past a gate with criteria unmet needs a recorded rationale."""
    if unmet and not rationale.strip():
        n = f"{unmet} criterion" if unmet == 1 else f"{unmet} criteria"
        raise ValidationError(
            f"{n} up to '{stage_name}' {'is' if unmet == 1 else 'are'} not met: record the "
            "rationale for moving the board past the gate.",
            "rationale",
        )


def current_stage(
    counts: Sequence[StageCount], decisions: Sequence[Decision]
) -> BoardStage | None:
    """The highest stage whose criteria (and every earlier stage's) are all met — unless
    the latest recorded decision moved the board further, past unmet criteria."""
    reached = board_stage(counts)
    order = {c.key: n for n, c in enumerate(counts)}
    known = [d for d in decisions if d.stage_key in order]
    latest = max(known, key=lambda d: d.decided_on) if known else None
    if latest is not None and (reached is None or order[latest.stage_key] > order[reached.key]):
        stage = counts[order[latest.stage_key]]
        return BoardStage(
            stage.key,
            stage.name,
            by_override=latest.unmet_criteria > 0 or bool(latest.rationale.strip()),
            unmet=unmet_up_to(counts, stage.key),
            rationale=latest.rationale,
            decided_on=latest.decided_on,
            decided_by=latest.decided_by,
        )
    if reached is None:
        return None
    decided = [d for d in known if d.stage_key == reached.key]
    first = min(decided, key=lambda d: d.decided_on) if decided else None
    return BoardStage(
        reached.key,
        reached.name,
        decided_on=first.decided_on if first else None,
        decided_by=first.decided_by if first else "",
    )
