"""The NHS 5 x 5 risk matrix: likelihood x consequence, and its bands."""

from __future__ import annotations

BANDS = (("low", 1, 3), ("moderate", 4, 6), ("high", 8, 12), ("extreme", 15, 25))


def score(likelihood: int, consequence: int) -> int:
    return likelihood * consequence


def band(value: int) -> str:
    """Low 1–3, moderate 4–6, high 8–12, extreme 15–25 (the products the matrix can give)."""
    for name, low, high in BANDS:
        if low <= value <= high:
            return name
    raise ValueError(f"{value} is not a score of the 5 x 5 matrix")
