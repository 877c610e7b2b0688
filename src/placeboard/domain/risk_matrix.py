"""The NHS 5 x 5 risk matrix: likelihood x consequence, its bands and colours, overdue
reviews, the heat map of current scores and the direction of travel of a risk."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

LIKELIHOODS: dict[int, str] = {
    1: "Rare",
    2: "Unlikely",
    3: "Possible",
    4: "Likely",
    5: "Almost certain",
}
CONSEQUENCES: dict[int, str] = {
    1: "Negligible",
    2: "Minor",
    3: "Moderate",
    4: "Major",
    5: "Catastrophic",
}
LEVELS = (1, 2, 3, 4, 5)

# Every product the matrix can give lies in a band; 7, 11, 13 and 14 are not products
# of two numbers from 1 to 5 (11 falls inside "high" by range, but cannot occur).
PRODUCTS = frozenset(lik * con for lik in LEVELS for con in LEVELS)
BANDS = (("low", 1, 3), ("moderate", 4, 6), ("high", 8, 12), ("extreme", 15, 25))
BAND_NAMES: dict[str, str] = {
    "low": "Low",
    "moderate": "Moderate",
    "high": "High",
    "extreme": "Extreme",
}
# The usual NHS matrix colours; the text colour on each fill keeps 4.5:1 or better.
BAND_COLOURS: dict[str, str] = {
    "low": "#007F3B",  # NHS green, the NHS.UK shade that holds white text at 4.5:1
    "moderate": "#FFB81C",  # NHS warm yellow
    "high": "#ED8B00",  # NHS orange
    "extreme": "#DA291C",  # NHS emergency red
}
BAND_TEXT_COLOURS: dict[str, str] = {
    "low": "#FFFFFF",
    "moderate": "#231F20",
    "high": "#231F20",
    "extreme": "#FFFFFF",
}


def _level(value: int, what: str) -> int:
    if value not in LEVELS:
        raise ValueError(f"The {what} must be from 1 to 5 (not {value}).")
    return value


def score(likelihood: int, consequence: int) -> int:
    return _level(likelihood, "likelihood") * _level(consequence, "consequence")


def band(value: int) -> str:
    """Low 1–3, moderate 4–6, high 8–12, extreme 15–25. Only the products the matrix can
    give are banded: 7, 11, 13 and 14 are refused, being no likelihood x consequence."""
    if value in PRODUCTS:
        for name, low, high in BANDS:
            if low <= value <= high:
                return name
    raise ValueError(f"{value} is not a score of the 5 x 5 matrix")


def band_label(value: int) -> str:
    return BAND_NAMES[band(value)]


@dataclass(frozen=True, slots=True)
class Rating:
    """One likelihood x consequence pair: a risk's initial, current or target rating."""

    likelihood: int
    consequence: int

    @property
    def score(self) -> int:
        return score(self.likelihood, self.consequence)

    @property
    def band(self) -> str:
        return band(self.score)

    def text(self) -> str:
        """ "12 High": the score with its band in words (never colour alone)."""
        return f"{self.score} {BAND_NAMES[self.band]}"

    def cell_text(self) -> str:
        """ "L4 × C3": the matrix cell, as the heat map names it."""
        return f"L{self.likelihood} × C{self.consequence}"

    def describe(self) -> str:
        """ "likelihood 4 likely × consequence 3 moderate: score 12, high"."""
        return (
            f"likelihood {self.likelihood} {LIKELIHOODS[self.likelihood].lower()} × "
            f"consequence {self.consequence} {CONSEQUENCES[self.consequence].lower()}: "
            f"score {self.score}, {self.band}"
        )


def review_overdue(review_date: date | None, status: str, today: date) -> bool:
    """An open risk whose review date has passed. A closed risk is never overdue, and a
    risk with no review date set is not overdue (it has nothing to be late for)."""
    return status == "open" and review_date is not None and review_date < today


Cell = tuple[int, int]  # (likelihood, consequence)


def heat_map(current: Iterable[Cell]) -> dict[Cell, int]:
    """How many ratings fall in each of the 25 cells (every cell present, 0 if empty).

    Callers pass the current ratings of open risks only."""
    counts = {(lik, con): 0 for lik in LEVELS for con in LEVELS}
    for lik, con in current:
        score(lik, con)  # refuses a rating off the matrix
        counts[(lik, con)] += 1
    return counts


@dataclass(frozen=True, slots=True)
class Travel:
    """Where the current score stands: against the initial one, and against the target."""

    since_initial: str  # "down", "up" or "same"
    change: int  # current score - initial score
    to_target: int  # current score - target score; 0 or below: the target is reached

    @property
    def target_reached(self) -> bool:
        return self.to_target <= 0

    def text(self) -> str:
        """ "Down 4 since first scored; 6 above target" in words."""
        moved = {
            "down": f"Down {-self.change} since first scored",
            "up": f"Up {self.change} since first scored",
            "same": "Unchanged since first scored",
        }[self.since_initial]
        target = "target reached" if self.target_reached else f"{self.to_target} above target"
        return f"{moved}; {target}"


def travel(initial: Rating, current: Rating, target: Rating) -> Travel:
    change = current.score - initial.score
    direction = "down" if change < 0 else ("up" if change > 0 else "same")
    return Travel(direction, change, current.score - target.score)
