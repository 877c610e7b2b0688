"""The metric commands: `placeboard spc` (from --values or a CSV, as text or JSON) and
`import metrics` / `export metrics`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from placeboard.cli import main
from placeboard.domain.errors import ValidationError
from placeboard.domain.spc_input import parse_csv

SCREENING = "1,2,1,2,10,1,2,1,2,1,2,1,2,1,2,1,2,1"


def spc_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(["spc", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_values_give_the_reference_limits_and_the_one_special_point(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = spc_json(capsys, "--values", SCREENING, "--polarity", "lower", "--target", "3")
    [group] = report["groups"]  # type: ignore[misc]
    assert round(group["lower_limit"], 4) == -0.7156 and round(group["upper_limit"], 4) == 4.6044
    points = report["points"]  # type: ignore[assignment]
    special = [p["point"] for p in points if p["type"] != "common_cause"]
    assert special == [5]
    assert points[4]["type"] == "special_cause_concern" and points[4]["rule"] == "astronomical"
    assert report["variation_icon"] == "common_cause"
    assert report["assurance_icon"] == "hit_and_miss"


def test_no_screen_and_rebase_options(capsys: pytest.CaptureFixture[str]) -> None:
    report = spc_json(capsys, "--values", SCREENING, "--no-screen")
    assert round(report["groups"][0]["upper_limit"], 4) == 6.9515  # type: ignore[index]
    rebased = spc_json(capsys, "--values", SCREENING, "--rebase-at", "6", "--rebase-at", "12")
    spans = [(g["first_point"], g["last_point"]) for g in rebased["groups"]]  # type: ignore[union-attr]
    assert spans == [(1, 5), (6, 11), (12, 18)]
    assert len(rebased["warnings"]) == 3  # type: ignore[arg-type]


def test_run_length_changes_what_counts_as_a_shift(capsys: pytest.CaptureFixture[str]) -> None:
    values = "5,5.2,4.9,5.1,5,4.8,5.2,6,6.1,5.9,6.2,6,6.1,5.8"
    seven = spc_json(capsys, "--values", values)
    five = spc_json(capsys, "--values", values, "--run-length", "5")

    def shifts(report: dict[str, object]) -> list[int]:
        return [p["point"] for p in report["points"] if "shift" in p["completes"]]  # type: ignore[union-attr]

    assert len(shifts(five)) > len(shifts(seven))


def test_a_csv_in_any_order_is_charted_in_period_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        f"{2024 + (m + 3) // 12}-{(m + 3) % 12 + 1:02d},{v}"
        for m, v in enumerate([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1])
    ]
    csv_file = tmp_path / "series.csv"
    csv_file.write_text(
        "Value,Period\n"
        + "\n".join(f"{r.split(',')[1]},{r.split(',')[0]}" for r in reversed(rows))
        + "\n",
        encoding="utf-8",
    )
    report = spc_json(capsys, str(csv_file))
    points = report["points"]  # type: ignore[assignment]
    assert points[0]["period"] == "2024-04" and points[4]["value"] == 10
    assert points[4]["rule"] == "astronomical"


def test_bad_csv_lines_are_all_named(tmp_path: Path) -> None:
    text = "period,value\n2024-04,1\nApr 2024,2\nMarch,3\n2024-06,abc\n"
    with pytest.raises(ValidationError) as caught:
        parse_csv(text, "series.csv")
    message = str(caught.value)
    assert "line 3, column period: Apr 2024 repeats line 2" in message
    assert "line 4, column period" in message
    assert "line 5, column value: 'abc' is not a number" in message


def test_months_and_quarters_are_not_mixed() -> None:
    with pytest.raises(ValidationError, match="mix months and quarters"):
        parse_csv("period,value\n2024-04,1\nQ2 2024/25,2\n", "s.csv")


def test_text_output_and_one_line_failures_from_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "placeboard", "spc", "--values", SCREENING, "--polarity", "higher"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "mean 1.9444, limits -0.7156 to 4.6044" in done.stdout
    assert "special cause improvement (astronomical, high)" in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "placeboard", "spc", "--values", "1,2,3", "--rebase-at", "9"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.strip() == (
        "placeboard: --rebase-at 9 is not a point that can start a new group (2 to 3)."
    )


# -- import and export of metric values -----------------------------------------------


def test_export_then_import_metrics_and_a_bad_file_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo", "--quiet"]) == 0
    out = tmp_path / "values.csv"
    assert (
        main(["--data-dir", str(data), "export", "metrics", str(out), "--place", "Blackpool"]) == 0
    )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "metric,place,period,value" and len(lines) > 100
    assert all(",Blackpool," in line for line in lines[1:])
    changed = out.read_text(encoding="utf-8").replace(lines[1], lines[1].rsplit(",", 1)[0] + ",1")
    out.write_text(changed, encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(changed + "Nonsense metric,Blackpool,2024-04,1\n", encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "placeboard",
            "--data-dir",
            str(data),
            "import",
            "metrics",
            str(bad),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"line {len(lines) + 1}, column metric: there is no metric called" in done.stderr
    assert main(["--data-dir", str(data), "import", "metrics", str(out)]) == 0
    again = tmp_path / "again.csv"
    main(["--data-dir", str(data), "export", "metrics", str(again), "--place", "Blackpool"])
    assert lines[1].rsplit(",", 1)[0] + ",1.0" in again.read_text(encoding="utf-8")
