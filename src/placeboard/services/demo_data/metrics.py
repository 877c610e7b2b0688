"""Metric definitions and deterministic monthly series around each metric's baseline,
with real special causes (step changes with a rebase, trends, an outlier)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from placeboard.domain.catalogue import INITIAL_METRICS, MetricDef
from placeboard.domain.periods import Period, parse_period

# Fixed, so the values are the same on every run: April 2022 to March 2026.
FIRST_PERIOD = Period(2022, 4)
MONTHS = 48

# The large scale's variants of each metric, by delivery unit or neighbourhood.
VARIANTS = (
    "East Lancashire", "Central Lancashire", "North Lancashire / coastal", "Darwen",
    "Blackpool South", "Fleetwood", "Kendal", "Barrow-in-Furness", "Ulverston",
)  # fmt: skip


@dataclass(frozen=True)
class Pattern:
    """A special cause: a step (with a rebase), a trend or an outlier at a period.

    `size` is in standard deviations, signed in the direction of the values (+ rises).
    """

    kind: str  # "step", "trend" or "outlier"
    at: str  # period key where it starts
    size: float
    note: str  # the annotation
    reason: str = ""  # the rebase reason (steps)
    length: int = 8  # points in a trend


STEP_REASON = "New service started: {what}; limits recalculated from this month."

PATTERNS: dict[tuple[str, str], tuple[Pattern, ...]] = {
    ("Blackburn with Darwen", "ucr_within_2_hours"): (
        Pattern("step", "2024-10", 2.5, "Darwen urgent community response hub live",
                STEP_REASON.format(what="the Darwen 2-hour response hub and a second team")),
    ),
    ("Blackburn with Darwen", "smoking_quit_rate"): (
        Pattern("trend", "2025-08", 1.0, "Stop smoking outreach in community venues began"),
    ),
    ("Blackpool", "average_length_of_stay"): (
        Pattern("step", "2024-07", -2.5, "Discharge to assess (home first) launched",
                STEP_REASON.format(what="discharge to assess pathway 1 with reablement")),
    ),
    ("Blackpool", "smoking_quit_rate"): (
        Pattern("outlier", "2023-01", 3.6,
                "Data quality: a provider submitted two months of quits in one return"),
    ),
    ("Lancashire", "frailty_care_plans"): (
        Pattern("trend", "2025-07", 1.0, "PCN care coordinators in post for proactive frailty "
                "care", length=9),
    ),
    ("Lancashire", "average_length_of_stay"): (
        Pattern("trend", "2023-10", 1.0, "Winter pressures and care market capacity",
                length=7),
    ),
    ("Lancashire", "ld_annual_health_checks"): (
        Pattern("step", "2024-04", 2.2, "Health check facilitators in every delivery unit",
                STEP_REASON.format(what="learning disability health check facilitators")),
    ),
    ("South Cumbria", "gp_appointments_within_2_weeks"): (
        Pattern("step", "2025-01", 2.4, "Enhanced access hubs opened in Kendal and Barrow",
                STEP_REASON.format(what="enhanced access hubs in Kendal and Barrow")),
    ),
    ("South Cumbria", "cyp_mh_access"): (
        Pattern("step", "2023-09", 3.0, "Mental health support teams in every secondary school",
                STEP_REASON.format(what="mental health support teams in schools")),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class SeriesPlan:
    values: tuple[tuple[str, float], ...]  # (period key, value), oldest first
    rebases: tuple[tuple[str, str], ...]  # (period key, reason)
    annotations: tuple[tuple[str, str], ...]  # (period key, text)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def metric_defs(scale: int) -> list[MetricDef]:
    """The seven initial metrics, and at the large scale nine variants of each."""
    defs = list(INITIAL_METRICS)
    for variant in VARIANTS[: 9 if scale > 1 else 0]:
        defs += [
            replace(m, key=f"{m.key}__{_slug(variant)}", name=f"{m.name} — {variant}")
            for m in INITIAL_METRICS
        ]
    return defs


def periods() -> list[str]:
    return [FIRST_PERIOD.shift(i).key for i in range(MONTHS)]


def _index(period_key: str) -> int:
    p = parse_period(period_key)
    return (p.year - FIRST_PERIOD.year) * 12 + p.month - FIRST_PERIOD.month


def _random_patterns(rng: random.Random, metric: MetricDef) -> tuple[Pattern, ...]:
    """Variants get a step in the improving direction now and then."""
    if rng.random() >= 0.25:
        return ()
    sign = -1 if metric.polarity == "lower" else 1
    at = FIRST_PERIOD.shift(rng.randrange(12, 40)).key
    reason = STEP_REASON.format(what="a locality pilot")
    return (Pattern("step", at, sign * 2.5, "Locality pilot began", reason),)


def _round(metric: MetricDef, value: float) -> float:
    if metric.unit == "%":
        return round(min(100.0, max(0.0, value)), 1)
    return round(value, 2) if metric.unit == "days" else float(round(value))


def series(place: str, metric: MetricDef) -> SeriesPlan:
    """48 monthly values for a place, the same on every run."""
    rng = random.Random(f"placeboard-demo|{place}|{metric.key}")
    sd = metric.noise
    level = metric.baseline * (1 + rng.uniform(-0.06, 0.06))
    values = [level + rng.gauss(0, sd) for _ in range(MONTHS)]
    base_key = metric.key.split("__")[0]
    patterns = PATTERNS.get((place, base_key), ()) if base_key == metric.key else ()
    patterns = patterns or (_random_patterns(rng, metric) if base_key != metric.key else ())
    rebases, notes = [], []
    for p in patterns:
        i = _index(p.at)
        notes.append((p.at, p.note))
        if p.kind == "step":
            values[i:] = [v + p.size * sd for v in values[i:]]
            rebases.append((p.at, p.reason))
        elif p.kind == "outlier":
            values[i] = level + p.size * sd
        else:
            end = min(MONTHS, i + p.length)
            for j in range(i, end):
                values[j] = level + p.size * sd * (0.7 * (j - i) + rng.uniform(-0.25, 0.25))
            values[end:] = [v + p.size * sd * 0.7 * (end - 1 - i) for v in values[end:]]
    keys = periods()
    return SeriesPlan(
        tuple((k, _round(metric, v)) for k, v in zip(keys, values, strict=True)),
        tuple(rebases),
        tuple(notes),
    )
