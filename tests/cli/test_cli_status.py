"""`placeboard status`: the Overview of each board as text, from the same services."""

from __future__ import annotations

from pathlib import Path

import pytest

from placeboard.cli import main


def test_status_prints_stage_priorities_risks_and_signals_per_board(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "status", "--place", "blackpool"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Blackpool Place-Based Partnership Board\n")
    assert "Lancashire" not in out
    for heading in ("  Stage: ", "  Priorities: ", "  Risks: ", "  Metrics: "):
        assert heading in out
    assert "criteria met" in out and "overdue for review" in out
    assert main(["--data-dir", str(data), "status"]) == 0
    assert capsys.readouterr().out.count("Place-Based Partnership Board") == 4


def test_status_names_an_unknown_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "status"]) == 1
    assert "no boards yet" in capsys.readouterr().err
    main(["--data-dir", str(data), "demo", "--quiet"])
    assert main(["--data-dir", str(data), "status", "--place", "Atlantis"]) == 1
    assert "no place called atlantis" in capsys.readouterr().err
