"""The SPC engine against NHSRplotthedots' own vectors, and properties that must hold
for any series."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from placeboard.domain.spc import (
    COMMON_CAUSE,
    CONCERN,
    IMPROVEMENT,
    Limits,
    SpcOptions,
    analyse,
    assurance_icon,
    shift,
    trend,
    two_in_three,
)

SCREENING = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]


def limits(lower: float, upper: float) -> Limits:
    mean = (lower + upper) / 2
    return Limits(0, 20, mean, 0.0, lower, upper, lower, upper)


# -- the reference vectors of DESIGN.md --------------------------------------------------


def test_screening_vector_mean_limits_and_the_one_astronomical_point() -> None:
    result = analyse(SCREENING, polarity="neutral")
    [group] = result.groups
    assert group.mean == pytest.approx(1.9444, abs=1e-4)
    assert group.lower == pytest.approx(-0.7156, abs=1e-4)
    assert group.upper == pytest.approx(4.6044, abs=1e-4)
    labelled = [p.index + 1 for p in result.points if p.rule]
    assert labelled == [5]
    assert result.points[4].rule == "astronomical" and result.points[4].direction == "high"


def test_screening_off_gives_the_excel_tool_limits() -> None:
    result = analyse(SCREENING, options=SpcOptions(screen_outliers=False))
    [group] = result.groups
    assert group.lower == pytest.approx(-3.0626, abs=1e-4)
    assert group.upper == pytest.approx(6.9515, abs=1e-4)


def test_trend_vector_flags_only_the_eighth_point_as_the_end_and_labels_all_seven() -> None:
    marks, ends = trend([2, 1, 2, 3, 4, 5, 6, 7, 3], 7)
    assert [i + 1 for i, e in enumerate(ends) if e] == [8]
    assert [i + 1 for i, m in enumerate(marks) if m] == [2, 3, 4, 5, 6, 7, 8]
    assert all(m == 1 for m in marks[1:8])


def test_a_tie_breaks_a_trend() -> None:
    marks, ends = trend([1, 2, 3, 3, 4, 5, 6], 7)
    assert not any(ends) and not any(marks)


def test_shift_vector_seventh_and_eighth_points_complete_a_run() -> None:
    values = [1.0] * 8 + [-1.0]
    mean = sum(values) / len(values)
    sides = [(v > mean) - (v < mean) for v in values]
    marks, ends = shift(sides, 7)
    assert [i + 1 for i, e in enumerate(ends) if e] == [7, 8]
    assert [i + 1 for i, m in enumerate(marks) if m] == list(range(1, 9))
    result = analyse(values)
    assert [p.index + 1 for p in result.points if "shift" in p.completes] == [7, 8]


def test_two_in_three_vector_flags_points_two_to_five() -> None:
    marks, _ends = two_in_three([0, 0, 1, 1, 0, 0, 0])
    assert [i + 1 for i, m in enumerate(marks) if m] == [2, 3, 4, 5]


def test_two_close_points_on_opposite_sides_are_not_two_in_three() -> None:
    marks, _ = two_in_three([0, 1, -1, 0])
    assert not any(marks)


@pytest.mark.parametrize(
    ("lower", "upper", "higher", "lower_better"),
    [
        (1, 3, "consistently_fail", "consistently_pass"),
        (5, 7, "consistently_pass", "consistently_fail"),
        (1, 5, "hit_and_miss", "hit_and_miss"),
    ],
)
def test_assurance_vectors(lower: float, upper: float, higher: str, lower_better: str) -> None:
    assert assurance_icon(limits(lower, upper), 4, "higher") == higher
    assert assurance_icon(limits(lower, upper), 4, "lower") == lower_better


def test_no_assurance_without_a_target_or_with_a_neutral_metric() -> None:
    assert assurance_icon(limits(1, 3), None, "higher") is None
    assert assurance_icon(limits(1, 3), 4, "neutral") is None


# -- priority, polarity, icons, groups --------------------------------------------------


def test_astronomical_outranks_shift_and_polarity_reads_the_direction() -> None:
    values = [5.0] * 10 + [5.0, 5.1, 4.9, 5.0, 30.0]
    higher = analyse(values, polarity="higher")
    last = higher.points[-1]
    assert last.rule == "astronomical" and last.point_type == IMPROVEMENT
    assert higher.variation == "improvement_high"
    lower = analyse(values, polarity="lower")
    assert lower.points[-1].point_type == CONCERN
    assert lower.variation == "concern_high"
    assert analyse(values, polarity="neutral").variation == "neutral_high"


def test_common_cause_series_has_the_common_cause_icon() -> None:
    result = analyse([3, 4, 3, 5, 4, 3, 4, 5, 3, 4, 3, 5, 4], polarity="higher", target=4)
    assert {p.point_type for p in result.points} == {COMMON_CAUSE}
    assert result.variation == "common_cause"
    assert result.assurance == "hit_and_miss"


def test_rebase_starts_a_new_group_with_its_own_limits_and_warns_when_short() -> None:
    values = [10.0, 11, 10, 12, 11, 10, 11, 12, 10, 11, 10, 11, 12, 11, 20.0, 21, 20, 22, 21]
    result = analyse(values, rebases=[14])
    assert [(g.start, g.end) for g in result.groups] == [(0, 14), (14, 19)]
    assert result.groups[1].mean == pytest.approx(20.8)
    assert [p.group for p in result.points][13:15] == [0, 1]
    assert len(result.warnings) == 1 and "Group 2" in result.warnings[0]


def test_fixed_baseline_takes_the_first_points_only() -> None:
    values = [1.0, 2] * 6 + [50.0] * 6
    fixed = analyse(values, options=SpcOptions(fix_after_n_points=12))
    assert fixed.groups[0].mean == pytest.approx(1.5)
    with pytest.raises(ValueError, match="at least 12"):
        SpcOptions(fix_after_n_points=5)


def test_two_in_three_may_count_points_beyond_the_limits() -> None:
    base = [10.0, 10.5, 9.5, 10.0, 10.5, 9.5, 10.0, 10.5, 9.5, 10.0, 10.5, 9.5]
    group = analyse(base).groups[0]
    values = [*base, group.upper_2sigma + 0.01, group.upper + 5]
    off = analyse(values, options=SpcOptions(fix_after_n_points=12))
    on = analyse(
        values,
        options=SpcOptions(fix_after_n_points=12, two_in_three_counts_beyond_3sigma=True),
    )
    assert off.points[12].rule is None
    assert on.points[12].rule == "two_in_three"


def test_unknown_polarity_is_refused_in_words() -> None:
    with pytest.raises(ValueError, match="higher, lower, neutral"):
        analyse([1, 2, 3], polarity="up")


# -- properties --------------------------------------------------------------------------

series = st.lists(
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False),
    min_size=2,
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(series)
def test_limits_are_symmetric_about_the_mean(values: list[float]) -> None:
    for g in analyse(values).groups:
        assert g.upper - g.mean == pytest.approx(g.mean - g.lower, rel=1e-9, abs=1e-6)
        assert g.lower <= g.lower_2sigma <= g.mean <= g.upper_2sigma <= g.upper


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.integers(2, 60))
def test_a_constant_series_has_no_special_cause(value: float, count: int) -> None:
    result = analyse([value] * count, polarity="higher")
    assert all(p.point_type == COMMON_CAUSE for p in result.points)


@settings(max_examples=200, deadline=None)
@given(series)
def test_reversing_polarity_swaps_improvement_and_concern(values: list[float]) -> None:
    higher = analyse(values, polarity="higher")
    lower = analyse(values, polarity="lower")
    swap = {IMPROVEMENT: CONCERN, CONCERN: IMPROVEMENT, COMMON_CAUSE: COMMON_CAUSE}
    assert [swap[p.point_type] for p in higher.points] == [p.point_type for p in lower.points]


@settings(max_examples=200, deadline=None)
@given(series, st.data())
def test_no_run_crosses_a_rebase(values: list[float], data: st.DataObject) -> None:
    cut = data.draw(st.integers(1, len(values) - 1))
    result = analyse(values, rebases=[cut])
    # Each group is read exactly as if it were a series on its own.
    before = analyse(values[:cut]).points
    after = analyse(values[cut:]).points
    assert [(p.rule, p.completes) for p in result.points] == [
        (p.rule, p.completes) for p in [*before, *after]
    ]
