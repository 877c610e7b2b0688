"""Metric values from CSV and XLSX files: all rows or none, every bad row named; export
that reads back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from placeboard.domain.errors import ValidationError
from placeboard.services import Services
from placeboard.services.metric_files import MetricFileService


@pytest.fixture
def files(services: Services) -> MetricFileService:
    services.places.create_place("Blackburn with Darwen", "unitary")
    services.places.create_place("Blackpool", "unitary")
    services.metrics.define_metric("Emergency admissions", unit="per 100,000", polarity="lower")
    services.metrics.define_metric("Delayed discharges", polarity="lower")
    return MetricFileService(services.metrics, services.places)


def write_csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def values_of(services: Services, place: str) -> dict[tuple[str, str], float]:
    [p] = [x for x in services.places.list_places() if x.name == place]
    names = {m.id: m.name for m in services.metrics.list_metrics()}
    return {(names[v.metric_id], v.period): v.value for v in services.metrics.list_values(p.id)}


def test_a_clean_csv_imports_with_names_matched_loosely_and_periods_in_every_form(
    files: MetricFileService, services: Services, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "values.csv",
        "Metric,Place,Period,Value",
        "Emergency admissions,Blackpool,2024-04,101",
        "emergency  ADMISSIONS, blackpool ,May 2024,102.5",
        "Emergency admissions,Blackpool,06/2024,99",
        "Delayed discharges,BlackburnwithDarwen,Q1 2024/25,7",
    )
    result = files.import_file(path)
    assert result.count("new") == 4
    assert values_of(services, "Blackpool") == {
        ("Emergency admissions", "2024-04"): 101.0,
        ("Emergency admissions", "2024-05"): 102.5,
        ("Emergency admissions", "2024-06"): 99.0,
    }
    assert values_of(services, "Blackburn with Darwen") == {
        ("Delayed discharges", "2024/25-Q1"): 7.0
    }


def test_a_bad_file_imports_nothing_and_names_every_bad_row(
    files: MetricFileService, services: Services, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        "metric,place,period,value",
        "Emergency admissions,Blackpool,2024-04,101",
        "Emergncy admissions,Blackpool,2024-05,1",
        "Emergency admissions,Blackpol,2024-05,1",
        "Emergency admissions,Blackpool,Smarch 2024,1",
        "Emergency admissions,Blackpool,2024-07,lots",
        "Emergency admissions,Blackpool,Apr 2024,3",
    )
    check = files.check(path)
    found = {(p.line, p.column) for p in check.problems}
    assert found == {(3, "metric"), (4, "place"), (5, "period"), (6, "value"), (7, "period")}
    reasons = {p.line: p.reason for p in check.problems}
    assert "did you mean Emergency admissions?" in reasons[3]
    assert "did you mean Blackpool?" in reasons[4]
    assert "'lots' is not a number" in reasons[6]
    assert "is also on line 2" in reasons[7]
    with pytest.raises(ValidationError, match="5 problems") as caught:
        files.import_file(path)
    assert "line 3, column metric" in str(caught.value)
    assert values_of(services, "Blackpool") == {}


def test_reimporting_updates_and_the_preview_says_what_will_change(
    files: MetricFileService, services: Services, tmp_path: Path
) -> None:
    first = write_csv(
        tmp_path / "a.csv", "metric,place,period,value", "Delayed discharges,Blackpool,2024-04,5"
    )
    files.import_file(first)
    second = write_csv(
        tmp_path / "b.csv",
        "metric,place,period,value",
        "Delayed discharges,Blackpool,2024-04,6",
        "Delayed discharges,Blackpool,2024-05,5",
    )
    preview = files.check(second)
    assert [r.change for r in preview.rows] == ["update", "new"]
    assert preview.rows[0].previous == 5.0
    assert "1 new, 1 changed" in preview.summary()
    files.import_file(second)
    assert values_of(services, "Blackpool")[("Delayed discharges", "2024-04")] == 6.0


def test_xlsx_with_date_cells_imports_and_export_reads_back(
    files: MetricFileService, services: Services, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Value", "Period", "Place", "Metric"])  # any column order
    sheet.append([12, date(2024, 4, 1), "Blackpool", "Delayed discharges"])
    sheet.append(["13", "May 2024", "Blackpool", "Delayed discharges"])
    source = tmp_path / "in.xlsx"
    book.save(source)
    files.import_file(source)
    assert values_of(services, "Blackpool") == {
        ("Delayed discharges", "2024-04"): 12.0,
        ("Delayed discharges", "2024-05"): 13.0,
    }
    for name in ("out.xlsx", "out.csv"):
        out = tmp_path / name
        assert files.export_file(out) == 2
        again = files.check(out)
        assert again.ok and [r.change for r in again.rows] == ["same", "same"]
    rows = list(load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True))
    assert rows[0] == ("metric", "place", "period", "value")
    assert rows[1] == ("Delayed discharges", "Blackpool", "Apr 2024", 12.0)


def test_files_that_are_not_csv_or_xlsx_or_lack_columns_are_refused(
    files: MetricFileService, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="not a CSV or XLSX"):
        files.check(write_csv(tmp_path / "v.txt", "x"))
    with pytest.raises(ValidationError, match="line 1: the header has no period, value column"):
        files.check(write_csv(tmp_path / "v.csv", "metric,place", "a,b"))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK not really a workbook")
    with pytest.raises(ValidationError, match="not a readable XLSX"):
        files.check(broken)


def test_utf8_with_bom_and_windows_1252_files_read_correctly(
    files: MetricFileService, services: Services, tmp_path: Path
) -> None:
    services.places.create_place("Ynys Môn – Pen Llŷn", "unitary")
    text = "metric,place,period,value\nDelayed discharges,Ynys Môn – Pen Llŷn,2024-04,3\n"
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert files.import_file(bom).count("new") == 1
    services.places.create_place("Côte – St Helier", "unitary")
    windows = tmp_path / "windows.csv"
    windows.write_bytes(
        "metric,place,period,value\nDelayed discharges,Côte – St Helier,2024-05,4\n".encode(
            "cp1252"
        )
    )
    assert files.import_file(windows).count("new") == 1
    assert values_of(services, "Côte – St Helier") == {("Delayed discharges", "2024-05"): 4.0}
    undecodable = tmp_path / "odd.csv"
    undecodable.write_bytes(b"metric,place,period,value\n\x81\x8d,\x90,2024-04,1\n")
    with pytest.raises(ValidationError, match="neither UTF-8 nor Windows-1252"):
        files.check(undecodable)


def test_one_bad_row_among_a_thousand_imports_nothing_and_is_named(
    files: MetricFileService, services: Services, tmp_path: Path
) -> None:
    lines = ["metric,place,period,value"]
    for n in range(1000):
        year, month = 2000 + n // 12, n % 12 + 1
        place = "Blackpool" if n % 2 else "Blackburn with Darwen"
        lines.append(f"Emergency admissions,{place},{year}-{month:02d},{n}")
    lines[700] = lines[700].rsplit(",", 1)[0] + ",n/a"
    path = write_csv(tmp_path / "thousand.csv", *lines)
    check = files.check(path)
    assert [(p.line, p.column) for p in check.problems] == [(701, "value")]
    with pytest.raises(ValidationError, match="line 701, column value: 'n/a' is not a number"):
        files.import_file(path)
    assert values_of(services, "Blackpool") == {}
    lines[700] = lines[700].rsplit(",", 1)[0] + ",699"
    assert files.import_file(write_csv(path, *lines)).count("new") == 1000
