from __future__ import annotations

import pytest

from placeboard.domain.gate import board_stage, readiness
from placeboard.domain.risk_matrix import band, score

STAGES = [("dev", "In development"), ("shadow", "In shadow"), ("ready", "Ready")]


def test_board_stage_is_highest_stage_with_all_criteria_met() -> None:
    counts = readiness(
        STAGES,
        [
            ("dev", "met"),
            ("dev", "not_applicable"),
            ("shadow", "met"),
            ("shadow", "in_progress"),
            ("ready", "met"),
        ],
    )
    assert [(c.met, c.total) for c in counts] == [(2, 2), (1, 2), (1, 1)]
    reached = board_stage(counts)
    # "ready" is complete but "shadow" is not: a gate cannot be skipped.
    assert reached is not None and reached.key == "dev"


def test_no_stage_before_the_first_is_complete() -> None:
    assert board_stage(readiness(STAGES, [("dev", "not_started")])) is None


@pytest.mark.parametrize(
    ("l", "c", "expected"),
    [
        (1, 1, "low"),
        (1, 3, "low"),
        (2, 2, "moderate"),
        (2, 3, "moderate"),
        (2, 4, "high"),
        (3, 4, "high"),
        (3, 5, "extreme"),
        (5, 5, "extreme"),
    ],
)
def test_risk_bands(l: int, c: int, expected: str) -> None:  # noqa: E741
    assert band(score(l, c)) == expected
