"""Metric values in and out of CSV and XLSX files: columns metric, place, period, value.

An import is all rows or none. Every row is checked first (metric and place known by
name, case and spacing ignored; a period PlaceBoard can read; a number; no metric,
place and period twice in the file) and every bad row is reported with its line,
column and reason; only a clean file is written, in one transaction, where a value
that exists already is updated.
"""

from __future__ import annotations

import csv
import difflib
import io
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from placeboard.domain.errors import ValidationError
from placeboard.domain.periods import Period, parse_period
from placeboard.domain.text_encoding import decode_text

from .metrics import MetricService, ValueInput
from .places import PlaceService

COLUMNS = ("metric", "place", "period", "value")
FORMATS = (".csv", ".xlsx")
MAX_PROBLEMS_SHOWN = 20  # in the one-line message; the report keeps them all


@lru_cache(maxsize=1024)  # a file names the same few metrics and places on every row
def match_key(name: str) -> str:
    """How names are matched: case and spacing ignored."""
    return re.sub(r"\s+", "", name).casefold()


@dataclass(frozen=True)
class RawRow:
    line: int  # the line (CSV) or row (XLSX) number, 1 = the header
    cells: dict[str, object]


@dataclass(frozen=True)
class Problem:
    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.reason}"


@dataclass(frozen=True)
class ImportRow:
    line: int
    metric: str  # names as PlaceBoard spells them
    place: str
    period: str  # the period's label, e.g. "Apr 2024"
    value: float
    previous: float | None  # the value stored now, if any

    @property
    def change(self) -> str:
        if self.previous is None:
            return "new"
        return "same" if self.previous == self.value else "update"


@dataclass
class ImportCheck:
    """What an import would do: its rows, or the problems that stop it."""

    path: Path
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    inputs: list[ValueInput] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def count(self, change: str) -> int:
        return sum(1 for r in self.rows if r.change == change)

    def summary(self) -> str:
        if self.problems:
            shown = "; ".join(str(p) for p in self.problems[:MAX_PROBLEMS_SHOWN])
            more = len(self.problems) - MAX_PROBLEMS_SHOWN
            extra = f"; and {more} more" if more > 0 else ""
            return (
                f"{self.path.name} was not imported: {len(self.problems)} "
                f"problem{'s' if len(self.problems) != 1 else ''} — {shown}{extra}."
            )
        return (
            f"{len(self.rows)} values in {self.path.name}: {self.count('new')} new, "
            f"{self.count('update')} changed, {self.count('same')} unchanged."
        )


# -- reading files ---------------------------------------------------------------------


def _header_map(header: Iterable[object], path: Path) -> dict[str, int]:
    names = [match_key(str(h or "")) for h in header]
    missing = [c for c in COLUMNS if c not in names]
    if missing:
        raise ValidationError(
            f"{path.name}, line 1: the header has no {', '.join(missing)} column "
            f"(it needs {', '.join(COLUMNS)}).",
            field="file",
        )
    return {c: names.index(c) for c in COLUMNS}


def _rows(table: Iterator[list[object]], path: Path) -> list[RawRow]:
    header = next(table, None)
    if header is None:
        raise ValidationError(f"{path.name} is empty; it needs a header row.", field="file")
    where = _header_map(header, path)
    out = []
    for line, cells in enumerate(table, start=2):
        if all(c is None or str(c).strip() == "" for c in cells):
            continue  # blank lines are not rows
        padded = list(cells) + [None] * (len(COLUMNS) + max(where.values()) - len(cells))
        out.append(RawRow(line, {c: padded[i] for c, i in where.items()}))
    return out


def read_rows(path: Path) -> list[RawRow]:
    """The data rows of a CSV (UTF-8, Excel's BOM allowed) or XLSX file."""
    suffix = path.suffix.casefold()
    if suffix not in FORMATS:
        raise ValidationError(
            f"{path.name} is not a CSV or XLSX file; PlaceBoard reads and writes those.",
            field="file",
        )
    try:
        if suffix == ".csv":
            text = decode_text(path.read_bytes(), path.name)
            return _rows(iter(list(r) for r in csv.reader(io.StringIO(text))), path)
        return _xlsx_rows(path)
    except OSError as exc:
        raise ValidationError(f"Cannot read {path}: {exc.strerror}.", field="file") from None


def _xlsx_rows(path: Path) -> list[RawRow]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook  # only when an XLSX is read
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError(f"{path.name} is not a readable XLSX workbook ({exc}).") from None
    try:
        sheet = book.worksheets[0]
        return _rows((list(r) for r in sheet.iter_rows(values_only=True)), path)
    finally:
        book.close()


# -- checking ----------------------------------------------------------------------------


def _period(cell: object) -> Period:
    if isinstance(cell, datetime | date):  # Excel stores "Apr 2024" as a date
        return Period.containing(cell if isinstance(cell, date) else cell.date())
    return parse_period(str(cell or ""))


def _number(cell: object) -> float | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        try:
            value = float(str(cell or "").strip().replace(",", ""))
        except ValueError:
            return None
    return value if math.isfinite(value) else None


def _unknown(kind: str, name: object, known: dict[str, str]) -> str:
    text = str(name or "").strip()
    if not text:
        return f"no {kind} given"
    close = difflib.get_close_matches(match_key(text), list(known), n=1)
    hint = f" (did you mean {known[close[0]]}?)" if close else ""
    return f"there is no {kind} called '{text}'{hint}"


class MetricFileService:
    """Import and export of metric values, through the metric and place services."""

    def __init__(self, metrics: MetricService, places: PlaceService) -> None:
        self.metrics = metrics
        self.places = places

    def check(self, path: Path) -> ImportCheck:
        """Read and check the whole file without writing anything (the preview)."""
        path = Path(path)
        result = ImportCheck(path)
        metrics = {match_key(m.name): m for m in self.metrics.list_metrics()}
        places = {match_key(p.name): p for p in self.places.list_places()}
        names = {"metric": {k: m.name for k, m in metrics.items()}}
        names["place"] = {k: p.name for k, p in places.items()}
        seen: dict[tuple[str, str, str], int] = {}
        for row in read_rows(path):
            problems_before = len(result.problems)
            metric = metrics.get(match_key(str(row.cells["metric"] or "")))
            place = places.get(match_key(str(row.cells["place"] or "")))
            for kind, found in (("metric", metric), ("place", place)):
                if found is None:
                    reason = _unknown(kind, row.cells[kind], names[kind])
                    result.problems.append(Problem(row.line, kind, reason))
            try:
                period: Period | None = _period(row.cells["period"])
            except ValidationError as exc:
                result.problems.append(Problem(row.line, "period", str(exc)))
                period = None
            value = _number(row.cells["value"])
            if value is None:
                shown = row.cells["value"]
                reason = "no value given" if shown in (None, "") else f"'{shown}' is not a number"
                result.problems.append(Problem(row.line, "value", reason))
            if metric is None or place is None or period is None:
                continue
            key = (metric.id, place.id, period.key)
            if key in seen:
                result.problems.append(
                    Problem(
                        row.line,
                        "period",
                        f"{metric.name} for {place.name} in {period.label} is also on line "
                        f"{seen[key]}",
                    )
                )
                continue
            seen[key] = row.line
            if value is None or len(result.problems) > problems_before:
                continue
            result.inputs.append(ValueInput(place.id, metric.id, period.key, value))
            result.rows.append(
                ImportRow(row.line, metric.name, place.name, period.label, value, None)
            )
        if not result.problems and not result.rows:
            result.problems.append(Problem(2, "metric", "the file has no rows of values"))
        self._note_previous(result)
        return result

    def _note_previous(self, result: ImportCheck) -> None:
        if result.problems:
            return
        keys = [(i.place_id, i.metric_id, i.period) for i in result.inputs]
        stored = self.metrics.stored_values(keys)
        result.rows = [
            ImportRow(r.line, r.metric, r.place, r.period, r.value, stored.get(key))
            for r, key in zip(result.rows, keys, strict=True)
        ]

    def import_file(self, path: Path) -> ImportCheck:
        """Import every row, or none: a file with any bad row raises a ValidationError
        naming each one, and nothing is written."""
        result = self.check(path)
        if not result.ok:
            raise ValidationError(result.summary(), field="file")
        self.metrics.set_values(result.inputs)
        return result

    def export_file(
        self,
        path: Path,
        place_ids: Iterable[str] | None = None,
        metric_ids: Iterable[str] | None = None,
    ) -> int:
        """Write the values (of the given places and metrics, or all) to a CSV or XLSX
        file that `import_file` reads back; the number of values written."""
        path = Path(path)
        if path.suffix.casefold() not in FORMATS:
            raise ValidationError(f"{path.name}: choose a name ending .csv or .xlsx.", field="file")
        chosen = set(place_ids) if place_ids is not None else None
        places = [p for p in self.places.list_places() if chosen is None or p.id in chosen]
        metrics = {m.id: m for m in self.metrics.list_metrics()}
        wanted = set(metric_ids) if metric_ids is not None else set(metrics)
        rows = [
            (metrics[v.metric_id].name, place.name, parse_period(v.period).label, v.value)
            for place in places
            for v in self.metrics.list_values(place.id)
            if v.metric_id in wanted and v.metric_id in metrics
        ]
        partial = path.with_name(path.name + ".partial")
        try:
            if path.suffix.casefold() == ".csv":
                _write_csv(partial, rows)
            else:
                _write_xlsx(partial, rows)
            partial.replace(path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise ValidationError(f"Cannot write {path}: {exc.strerror}.", field="file") from None
        return len(rows)


def _write_csv(path: Path, rows: list[tuple[str, str, str, float]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        writer.writerows(rows)


def _write_xlsx(path: Path, rows: list[tuple[str, str, str, float]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Metric values")
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
