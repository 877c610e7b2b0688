"""A series for the SPC engine, read from the `--values` list or a CSV of period and
value columns, with every bad line named (line, column, reason)."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass

from placeboard.domain.errors import ValidationError
from placeboard.domain.periods import Period, parse_period


@dataclass(frozen=True)
class Series:
    values: list[float]
    labels: list[str]  # the period of each value as written, or its position


def _number(text: str) -> float | None:
    try:
        value = float(text.strip().replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_values(text: str) -> Series:
    """`1,2,3.5` (spaces allowed) as a series labelled 1, 2, 3…"""
    parts = [p for p in text.replace(" ", "").split(",") if p]
    values = []
    for position, part in enumerate(parts, start=1):
        value = _number(part)
        if value is None:
            raise ValidationError(
                f"Value {position} of --values, '{part}', is not a number.", field="values"
            )
        values.append(value)
    if len(values) < 2:
        raise ValidationError("An SPC chart needs at least 2 values.", field="values")
    return Series(values, [str(n) for n in range(1, len(values) + 1)])


def parse_csv(text: str, source: str) -> Series:
    """A CSV with a header naming `period` and `value` columns (any order, any case);
    periods are months or financial quarters (not both), must not repeat, and are put in
    period order whatever the order of the lines."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise ValidationError(f"{source} is empty; it needs period and value columns.")
    header = [h.strip().casefold() for h in rows[0]]
    missing = [name for name in ("period", "value") if name not in header]
    if missing:
        raise ValidationError(
            f"{source}, line 1: no {' or '.join(missing)} column (found: {', '.join(rows[0])})."
        )
    at_period, at_value = header.index("period"), header.index("value")
    problems: list[str] = []
    seen: dict[Period, int] = {}
    points: list[tuple[Period, float, str]] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = row + [""] * (max(at_period, at_value) + 1 - len(row))
        period_text, value_text = cells[at_period].strip(), cells[at_value].strip()
        key: Period | None
        try:
            key = parse_period(period_text)
        except ValidationError as exc:
            problems.append(f"line {line}, column period: {exc}")
            key = None
        value = _number(value_text)
        if value is None:
            problems.append(f"line {line}, column value: '{value_text}' is not a number")
        if key is not None and key in seen:
            problems.append(f"line {line}, column period: {period_text} repeats line {seen[key]}")
        elif key is not None:
            seen[key] = line
        if value is not None and key is not None:
            points.append((key, value, period_text))
    if len({p.kind for p, _, _ in points}) > 1:
        problems.append("the periods mix months and quarters; a chart has one frequency")
    if problems:
        raise ValidationError(f"{source}: " + "; ".join(problems) + ".")
    if len(points) < 2:
        raise ValidationError(f"{source}: an SPC chart needs at least 2 values.")
    points.sort(key=lambda point: point[0])
    return Series([v for _, v, _ in points], [label for _, _, label in points])
