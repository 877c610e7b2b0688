"""The NHS 5 x 5 risk matrix: scores, bands at every boundary, overdue reviews, the heat
map and the direction of travel."""

from __future__ import annotations

from datetime import date

import pytest

from placeboard.domain.risk_matrix import (
    BAND_COLOURS,
    BAND_NAMES,
    BAND_TEXT_COLOURS,
    CONSEQUENCES,
    LIKELIHOODS,
    Rating,
    band,
    band_label,
    heat_map,
    review_overdue,
    score,
    travel,
)

TODAY = date(2025, 6, 30)
PRODUCTS = sorted({lik * con for lik in range(1, 6) for con in range(1, 6)})


def test_the_nhs_labels_of_each_axis() -> None:
    assert list(LIKELIHOODS.values()) == [
        "Rare", "Unlikely", "Possible", "Likely", "Almost certain",
    ]  # fmt: skip
    assert list(CONSEQUENCES.values()) == [
        "Negligible", "Minor", "Moderate", "Major", "Catastrophic",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, "low"), (3, "low"),  # low 1–3
        (4, "moderate"), (6, "moderate"),  # 3/4
        (8, "high"), (12, "high"),  # 6/8
        (15, "extreme"), (25, "extreme"),  # 12/15
    ],
)  # fmt: skip
def test_bands_at_every_boundary(value: int, expected: str) -> None:
    assert band(value) == expected


def test_every_product_of_the_matrix_has_a_band() -> None:
    assert PRODUCTS == [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25]
    assert [band(v) for v in PRODUCTS].count("extreme") == 4  # 15, 16, 20, 25


@pytest.mark.parametrize("value", [0, 7, 11, 13, 14, 26])
def test_scores_that_cannot_occur_are_refused_not_banded(value: int) -> None:
    assert value not in PRODUCTS
    with pytest.raises(ValueError, match="not a score of the 5 x 5 matrix"):
        band(value)


@pytest.mark.parametrize(("lik", "con"), [(0, 3), (6, 1), (3, 0), (2, 6)])
def test_a_rating_off_the_matrix_is_refused(lik: int, con: int) -> None:
    with pytest.raises(ValueError, match="must be from 1 to 5"):
        score(lik, con)


def test_a_rating_reads_as_score_band_and_cell() -> None:
    r = Rating(4, 3)
    assert (r.score, r.band, r.text(), r.cell_text()) == (12, "high", "12 High", "L4 × C3")
    assert r.describe() == "likelihood 4 likely × consequence 3 moderate: score 12, high"
    assert band_label(2) == "Low"
    assert set(BAND_COLOURS) == set(BAND_TEXT_COLOURS) == set(BAND_NAMES)
    assert len(set(BAND_COLOURS.values())) == 4


@pytest.mark.parametrize(
    ("review", "status", "overdue"),
    [
        (date(2025, 6, 29), "open", True),  # the day before today
        (date(2025, 6, 30), "open", False),  # due today is not late yet
        (date(2025, 7, 1), "open", False),
        (date(2025, 1, 1), "closed", False),  # a closed risk is never overdue
        (None, "open", False),
    ],
)
def test_review_overdue(review: date | None, status: str, overdue: bool) -> None:
    assert review_overdue(review, status, TODAY) is overdue


def test_heat_map_counts_every_cell() -> None:
    counts = heat_map([(4, 3), (4, 3), (1, 1), (5, 5)])
    assert len(counts) == 25
    assert counts[(4, 3)] == 2 and counts[(1, 1)] == 1 and counts[(5, 5)] == 1
    assert counts[(3, 4)] == 0  # likelihood first: (4, 3) is not (3, 4)
    assert sum(counts.values()) == 4
    with pytest.raises(ValueError):
        heat_map([(6, 1)])


def test_direction_of_travel() -> None:
    down = travel(Rating(4, 4), Rating(3, 4), Rating(2, 2))
    assert (down.since_initial, down.change, down.to_target) == ("down", -4, 8)
    assert down.text() == "Down 4 since first scored; 8 above target"
    up = travel(Rating(2, 2), Rating(3, 3), Rating(3, 3))
    assert up.since_initial == "up" and up.target_reached
    assert up.text() == "Up 5 since first scored; target reached"
    same = travel(Rating(2, 3), Rating(3, 2), Rating(1, 2))
    assert same.since_initial == "same" and not same.target_reached
    assert same.text() == "Unchanged since first scored; 4 above target"
