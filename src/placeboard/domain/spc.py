"""NHS "Making Data Count" XmR charts: limits, special-cause rules and icons.

A port of the rules of NHSRplotthedots (the R package MDC publishes; MIT), pinned by
tests to its vectors. Plain Python: the screen (pyqtgraph) and the PDF packs
(reportlab) draw the same `SpcResult`.

Per series, in period order, each rebase group on its own (runs never cross a rebase):
baseline mean and mean moving range, optional screening of large moving ranges,
process limits mean ± 2.66 × mR̄, then four rules, one label a point by priority
(astronomical > trend > two in three > shift), read through the metric's polarity.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import fmean
from typing import NamedTuple

from placeboard.domain.vocab import POLARITIES  # which direction is better

# Constants of the XmR chart: 2.66 = 3 / d2 (d2 = 1.128 for ranges of two points), and
# 3.267 = D4, the upper limit of a moving range, above which a range is screened out.
LIMIT_FACTOR = 2.66
SCREEN_FACTOR = 3.267
MIN_BASELINE = 12
SHORT_GROUP = 13  # fewer points than this: charted, with a warning


# Rules in priority order: a point gets the first that applies to it.
RULES = ("astronomical", "trend", "two_in_three", "shift")

COMMON_CAUSE = "common_cause"
IMPROVEMENT = "special_cause_improvement"
CONCERN = "special_cause_concern"
NEUTRAL = "special_cause_neutral"

# The MDC palette as NHSRplotthedots draws it; the screen and the packs use these.
POINT_COLOURS = {
    COMMON_CAUSE: "#7B7D7D",  # grey
    IMPROVEMENT: "#289DE0",  # blue
    CONCERN: "#FAB428",  # orange
    NEUTRAL: "#361475",  # purple
}
POINT_LABELS = {
    COMMON_CAUSE: "Common cause",
    IMPROVEMENT: "Special cause: improvement",
    CONCERN: "Special cause: concern",
    NEUTRAL: "Special cause: neither better nor worse",
}
RULE_LABELS = {
    "astronomical": "a point outside the process limits",
    "trend": "a run of points all rising or all falling",
    "two_in_three": "two of three points close to a process limit",
    "shift": "a run of points on one side of the mean",
}
VARIATION_LABELS = {
    "common_cause": "Common cause variation",
    "improvement_high": "Special cause improvement (higher)",
    "improvement_low": "Special cause improvement (lower)",
    "concern_high": "Special cause concern (higher)",
    "concern_low": "Special cause concern (lower)",
    "neutral_high": "Special cause, neither better nor worse (higher)",
    "neutral_low": "Special cause, neither better nor worse (lower)",
}
# Short words for narrow tables; the labels above are their tooltips and spoken text.
VARIATION_SHORT = {
    "common_cause": "Common cause",
    "improvement_high": "Improving ↑",
    "improvement_low": "Improving ↓",
    "concern_high": "Concern ↑",
    "concern_low": "Concern ↓",
    "neutral_high": "Neither ↑",
    "neutral_low": "Neither ↓",
}
ASSURANCE_SHORT = {
    "consistently_pass": "Pass",
    "consistently_fail": "Fail",
    "hit_and_miss": "Hit or miss",
}
ASSURANCE_LABELS = {
    "consistently_pass": "The process will consistently meet the target",
    "consistently_fail": "The process will consistently miss the target",
    "hit_and_miss": "The process will hit and miss the target",
}


@dataclass(frozen=True)
class SpcOptions:
    """The choices a chart makes explicit (the defaults are MDC's)."""

    screen_outliers: bool = True  # off matches the MDC Excel tool
    run_length: int = 7  # points in a shift, and in a trend
    two_in_three_counts_beyond_3sigma: bool = False  # MDC's 2023 change, off by default
    fix_after_n_points: int | None = None  # baseline length; None: every point

    def __post_init__(self) -> None:
        if self.run_length < 2:
            raise ValueError("A run needs at least 2 points.")
        if self.fix_after_n_points is not None and self.fix_after_n_points < MIN_BASELINE:
            raise ValueError(f"A baseline needs at least {MIN_BASELINE} points.")


@dataclass(frozen=True)
class Limits:
    """One rebase group: its span of points (start inclusive, end exclusive) and lines."""

    start: int
    end: int
    mean: float
    amr: float  # mean moving range after screening
    lower: float
    upper: float
    lower_2sigma: float
    upper_2sigma: float

    @property
    def tolerance(self) -> float:
        """How far from a line a value must be to count as beyond it: the mean of a
        constant series is off by an ulp or two, which must not make special causes."""
        return 1e-9 * max(1.0, abs(self.mean), self.amr)

    @property
    def size(self) -> int:
        return self.end - self.start

    @property
    def short(self) -> bool:
        return self.size < SHORT_GROUP


DIRECTIONS = {1: "high", -1: "low"}
# The rules a point completes, for each combination of (astronomical, trend, two in
# three, shift) windows ending at it.
_COMPLETES = {
    flags: tuple(rule for rule, on in zip(RULES, flags, strict=True) if on)
    for flags in itertools.product((False, True), repeat=len(RULES))
}


class SpcPoint(NamedTuple):  # a tuple: charts make tens of thousands of them
    index: int
    value: float
    group: int
    rule: str | None  # the highest-priority rule that labels it, or None
    direction: str | None  # "high" or "low" for a labelled point
    point_type: str  # common_cause or special_cause_improvement/concern/neutral
    completes: tuple[str, ...] = ()  # rules whose run or window ends at this point


@dataclass(frozen=True)
class SpcResult:
    points: list[SpcPoint]
    groups: list[Limits]
    variation: str  # the icon from the last point
    assurance: str | None  # the icon against the target, when there is one
    warnings: list[str] = field(default_factory=list)


# -- limits ----------------------------------------------------------------------------


def moving_ranges(values: Sequence[float]) -> list[float]:
    return [abs(b - a) for a, b in itertools.pairwise(values)]


def group_limits(values: Sequence[float], start: int, options: SpcOptions) -> Limits:
    """Mean, limits and 2σ lines of one group, from its baseline."""
    n = options.fix_after_n_points
    baseline = list(values[:n] if n else values)
    mean = fmean(baseline)
    ranges = moving_ranges(baseline)
    amr = fmean(ranges) if ranges else 0.0
    if options.screen_outliers and ranges:
        kept = [r for r in ranges if r < SCREEN_FACTOR * amr]
        amr = fmean(kept) if kept else 0.0
    spread = LIMIT_FACTOR * amr
    two_sigma = spread * 2 / 3
    return Limits(
        start=start,
        end=start + len(values),
        mean=mean,
        amr=amr,
        lower=mean - spread,
        upper=mean + spread,
        lower_2sigma=mean - two_sigma,
        upper_2sigma=mean + two_sigma,
    )


def group_spans(count: int, rebases: Sequence[int]) -> list[tuple[int, int]]:
    """(start, end) of each group; `rebases` are 0-based first points of new groups."""
    starts = sorted({0, *(r for r in rebases if 0 < r < count)})
    ends = [*starts[1:], count]
    return list(zip(starts, ends, strict=True)) if count else []


# -- the four rules (each on one group, positions 0-based within it) -------------------


def sides(values: Sequence[float], limits: Limits) -> list[int]:
    """+1 above the mean, -1 below, 0 on it (a point on the mean is on neither side)."""
    high, low = limits.mean + limits.tolerance, limits.mean - limits.tolerance
    return [(v > high) - (v < low) for v in values]


def astronomical(values: Sequence[float], limits: Limits) -> list[int]:
    """+1 above the upper limit, -1 below the lower one, else 0."""
    high, low = limits.upper + limits.tolerance, limits.lower - limits.tolerance
    return [(v > high) - (v < low) for v in values]


def _runs(signs: Sequence[int]) -> list[tuple[int, int, int]]:
    """Maximal runs of one non-zero sign: (first, last, sign)."""
    runs = []
    start = 0
    for i in range(1, len(signs) + 1):
        if i == len(signs) or signs[i] != signs[start]:
            if signs[start] != 0:
                runs.append((start, i - 1, signs[start]))
            start = i
    return runs


def trend(values: Sequence[float], run_length: int) -> tuple[list[int], list[bool]]:
    """Points in `run_length` points whose differences all rise (or all fall) strictly:
    (+1/-1 per point, 0 if in no trend; True where a trend window ends)."""
    marks = [0] * len(values)
    ends = [False] * len(values)
    steps = [(b > a) - (b < a) for a, b in itertools.pairwise(values)]
    need = run_length - 1  # differences in a trend
    for first, last, sign in _runs(steps):
        if last - first + 1 >= need:
            # Steps first..last join points first..last+1.
            marks[first : last + 2] = [sign] * (last - first + 2)
            for end in range(first + need, last + 2):
                ends[end] = True
    return marks, ends


def two_in_three(close: Sequence[int]) -> tuple[list[int], list[bool]]:
    """`close` is +1/-1 for a point beyond a 2σ line on that side, else 0. Any three
    consecutive points with at least two close on the same side flag all three."""
    marks = [0] * len(close)
    ends = [False] * len(close)
    for end in range(2, len(close)):
        a, b, c = close[end - 2], close[end - 1], close[end]
        for direction in (1, -1):
            if (a == direction) + (b == direction) + (c == direction) >= 2:
                ends[end] = True
                marks[end - 2] = marks[end - 1] = marks[end] = direction
    return marks, ends


def shift(point_sides: Sequence[int], run_length: int) -> tuple[list[int], list[bool]]:
    """Points in `run_length` consecutive points on the same side of the mean."""
    marks = [0] * len(point_sides)
    ends = [False] * len(point_sides)
    for first, last, sign in _runs(point_sides):
        if last - first + 1 >= run_length:
            marks[first : last + 1] = [sign] * (last - first + 1)
            for end in range(first + run_length - 1, last + 1):
                ends[end] = True
    return marks, ends


def closeness(values: Sequence[float], limits: Limits, beyond_3sigma: bool) -> list[int]:
    """+1/-1 for a point beyond a 2σ line (inside the limits unless `beyond_3sigma`)."""
    tol = limits.tolerance
    high_2s, low_2s = limits.upper_2sigma + tol, limits.lower_2sigma - tol
    high, low = limits.upper + tol, limits.lower - tol
    out = []
    for v in values:
        if v > high_2s and (beyond_3sigma or v <= high):
            out.append(1)
        elif v < low_2s and (beyond_3sigma or v >= low):
            out.append(-1)
        else:
            out.append(0)
    return out


# -- reading a point -------------------------------------------------------------------


def point_type(direction: int, polarity: str) -> str:
    if direction == 0:
        return COMMON_CAUSE
    if polarity == "neutral":
        return NEUTRAL
    better = 1 if polarity == "higher" else -1
    return IMPROVEMENT if direction == better else CONCERN


def variation_icon(last: SpcPoint | None) -> str:
    """common_cause, or improvement/concern/neutral with _high or _low."""
    if last is None or last.point_type == COMMON_CAUSE or last.direction is None:
        return COMMON_CAUSE
    kind = last.point_type.removeprefix("special_cause_")
    return f"{kind}_{last.direction}"


def assurance_icon(limits: Limits | None, target: float | None, polarity: str) -> str | None:
    """Can the process meet the target? From the last group's limits, strictly."""
    if limits is None or target is None or polarity == "neutral":
        return None
    if target > limits.upper:
        return "consistently_fail" if polarity == "higher" else "consistently_pass"
    if target < limits.lower:
        return "consistently_pass" if polarity == "higher" else "consistently_fail"
    return "hit_and_miss"


def _group_points(
    values: Sequence[float], limits: Limits, group: int, polarity: str, options: SpcOptions
) -> list[SpcPoint]:
    close = closeness(values, limits, options.two_in_three_counts_beyond_3sigma)
    outside = astronomical(values, limits)
    found = [  # in the order of RULES
        (outside, [m != 0 for m in outside]),  # an outside point completes its own rule
        trend(values, options.run_length),
        two_in_three(close),
        shift(sides(values, limits), options.run_length),
    ]
    types = {d: point_type(d, polarity) for d in (1, -1, 0)}
    (astro, _), (rising, ends_t), (close_marks, ends_c), (shifted, ends_s) = found
    points = []
    for i, value in enumerate(values):
        # The first rule that marks the point, by priority (RULES' order).
        if astro[i]:
            rule, direction = RULES[0], astro[i]
        elif rising[i]:
            rule, direction = RULES[1], rising[i]
        elif close_marks[i]:
            rule, direction = RULES[2], close_marks[i]
        elif shifted[i]:
            rule, direction = RULES[3], shifted[i]
        else:
            rule, direction = None, 0
        key = (astro[i] != 0, ends_t[i], ends_c[i], ends_s[i])
        completes = _COMPLETES[key] if any(key) else ()
        points.append(
            SpcPoint(
                limits.start + i,
                value,
                group,
                rule,
                DIRECTIONS.get(direction),
                types[direction],
                completes,
            )
        )
    return points


def analyse(
    values: Sequence[float],
    polarity: str = "neutral",
    target: float | None = None,
    rebases: Sequence[int] = (),
    options: SpcOptions | None = None,
) -> SpcResult:
    """The chart of `values` (in period order). `rebases` are the 0-based indexes of the
    first point of each new group."""
    if polarity not in POLARITIES:
        raise ValueError(f"Polarity must be one of {', '.join(POLARITIES)}, not {polarity!r}.")
    options = options or SpcOptions()
    points: list[SpcPoint] = []
    groups: list[Limits] = []
    warnings: list[str] = []
    for number, (start, end) in enumerate(group_spans(len(values), rebases)):
        chunk = [float(v) for v in values[start:end]]
        limits = group_limits(chunk, start, options)
        groups.append(limits)
        points.extend(_group_points(chunk, limits, number, polarity, options))
        if limits.short:
            warnings.append(
                f"Group {number + 1} (points {start + 1}–{end}) has {limits.size} points; "
                f"limits from fewer than {SHORT_GROUP} points are not yet reliable."
            )
    return SpcResult(
        points=points,
        groups=groups,
        variation=variation_icon(points[-1] if points else None),
        assurance=assurance_icon(groups[-1] if groups else None, target, polarity),
        warnings=warnings,
    )
