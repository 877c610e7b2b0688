from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from placeboard.domain.hlc import SKEW_WARNING_MS, HybridClock, Stamp


def clock_with(walls: list[int], last: str | None = None) -> HybridClock:
    it = iter(walls)
    return HybridClock("siteA", last=last, wall=lambda: next(it))


def test_stamps_sort_in_time_order_as_text() -> None:
    clock = clock_with([1000, 1000, 1001, 999])
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 4
    # Wall clock went back: the clock did not.
    assert Stamp.parse(stamps[3]).millis == 1001


def test_clock_resumes_after_its_last_persisted_stamp() -> None:
    first = clock_with([5000]).now()
    resumed = clock_with([10], last=first)
    assert resumed.now() > first


def test_remote_stamp_far_ahead_is_taken_and_flagged() -> None:
    clock = clock_with([1000, 1000, 1000])
    ahead = str(Stamp(1000 + SKEW_WARNING_MS + 1, 3, "siteB"))
    assert clock.observe(ahead) is True
    assert clock.now() > ahead
    near = str(Stamp(1001, 0, "siteB"))
    assert clock.observe(near) is False


def test_parse_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="not a clock stamp"):
        Stamp.parse("yesterday")


@given(st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=200))
def test_stamps_strictly_increase_whatever_the_wall_clock_does(walls: list[int]) -> None:
    clock = clock_with(walls)
    stamps = [clock.now() for _ in walls]
    assert all(a < b for a, b in itertools.pairwise(stamps))
    assert all(Stamp.parse(s) == Stamp.parse(str(Stamp.parse(s))) for s in stamps)
