"""`placeboard pack meeting` as the secretariat runs it: real processes, real files."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reports.pack_board import PART_TWO_TITLE, PackBoard, build_pack_board, make_pdf
from reports.pdf_reading import flat, qpdf_check, texts

from placeboard.services import Services
from placeboard.store.database import open_database

from . import running
from .running import one_line_failure

EPOCH = "1799900000"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return running.run(*args, env={"SOURCE_DATE_EPOCH": EPOCH})


@pytest.fixture
def board(tmp_path: Path) -> tuple[Path, PackBoard]:
    data = tmp_path / "data"
    services = Services(open_database(data))
    try:
        return data, build_pack_board(services, tmp_path)
    finally:
        services.close()


def test_full_and_public_packs(board: tuple[Path, PackBoard], tmp_path: Path) -> None:
    data, b = board
    full, public = tmp_path / "full.pdf", tmp_path / "public.pdf"
    result = run("--data-dir", str(data), "pack", "meeting", b.meeting_id, "--out", str(full))
    assert result.returncode == 0, result.stderr
    pages = len(PdfReader(full).pages)
    assert f"Wrote the full meeting pack ({pages} pages) to {full}" in result.stdout
    result = run(
        "--data-dir", str(data), "pack", "meeting", b.meeting_id[:8], "--public",
        "--out", str(public), "--quiet",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    qpdf_check(full)
    qpdf_check(public)
    assert PART_TWO_TITLE in flat(" ".join(texts(full)))
    assert PART_TWO_TITLE not in flat(" ".join(texts(public)))
    assert all("PUBLIC" in t for t in texts(public))


def test_two_runs_give_the_same_bytes(board: tuple[Path, PackBoard], tmp_path: Path) -> None:
    """Separate processes (each with its own hash seed) and the same SOURCE_DATE_EPOCH."""
    data, b = board
    outs = [tmp_path / "one.pdf", tmp_path / "two.pdf"]
    for out in outs:
        result = run("--data-dir", str(data), "pack", "meeting", b.meeting_id, "--out", str(out))
        assert result.returncode == 0, result.stderr
    assert outs[0].read_bytes() == outs[1].read_bytes()


def test_publish_then_a_supplement(board: tuple[Path, PackBoard], tmp_path: Path) -> None:
    data, b = board
    args = ("--data-dir", str(data), "pack", "meeting", b.meeting_id, "--quiet")
    refused = run(*args, "--supplement", "--out", str(tmp_path / "s.pdf"))
    assert "has not been published yet" in one_line_failure(refused)
    published = run(*args, "--publish", "--out", str(tmp_path / "pack.pdf"))
    assert published.returncode == 0, published.stderr
    assert "papers added from now on go into a supplement" in published.stdout

    services = Services(open_database(data))
    try:
        item = services.meetings.agenda(b.meeting_id)[0]
        paper = services.meetings.add_paper(item.id, "A late paper")
        services.agenda.attach_pdf(paper.id, make_pdf(tmp_path / "late.pdf", "LATE", 2))
    finally:
        services.close()
    built = run(*args, "--supplement", "--out", str(tmp_path / "s.pdf"))
    assert built.returncode == 0, built.stderr
    assert "Wrote Supplement 1 (full" in built.stdout
    assert "LATE page 2 of 2" in " ".join(texts(tmp_path / "s.pdf"))
    again = run(*args, "--supplement", "1", "--out", str(tmp_path / "s1.pdf"))
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "s1.pdf").read_bytes() == (tmp_path / "s.pdf").read_bytes()


def test_unknown_meeting_is_one_line(tmp_path: Path) -> None:
    result = run(
        "--data-dir", str(tmp_path / "data"), "pack", "meeting", "nosuchmeeting",
        "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert "No meeting with id nosuchmeeting" in one_line_failure(result)
    assert not (tmp_path / "x.pdf").exists()


def test_pack_help_names_the_kinds() -> None:
    result = run("pack", "--help")
    assert result.returncode == 0
    assert "meeting" in result.stdout
    assert "assurance" in result.stdout


def test_assurance_pack_for_a_place_and_for_all(
    board: tuple[Path, PackBoard], tmp_path: Path
) -> None:
    data, _b = board
    one, every = tmp_path / "one.pdf", tmp_path / "all.pdf"
    result = run(
        "--data-dir", str(data), "pack", "assurance", "--place", "lancashire north",
        "--period", "2026/27-Q3", "--public", "--out", str(one), "--quiet",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pages = len(PdfReader(one).pages)
    assert result.stdout.strip() == (
        f"Wrote the public assurance pack for Lancashire North, 2026/27-Q3 ({pages} pages) to {one}"
    )
    assert result.stderr == ""
    first = flat(texts(one)[0])
    assert "Lancashire North" in first and "PUBLIC" in first
    services = Services(open_database(data))
    services.places.create_place("Blackpool", "unitary", 140_000)
    services.close()
    result = run(
        "--data-dir", str(data), "pack", "assurance", "--all", "--period", "2026/27",
        "--out", str(every),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Gathering Lancashire North's records" in result.stderr  # progress lines
    comparison = flat(texts(every)[2])
    assert "Places side by side" in comparison and "Blackpool" in comparison
    qpdf_check(every)


def test_assurance_pack_refusals_are_one_line(
    board: tuple[Path, PackBoard], tmp_path: Path
) -> None:
    data, _b = board
    out = tmp_path / "x.pdf"
    base = ("--data-dir", str(data), "pack", "assurance", "--out", str(out))
    unknown = run(*base, "--place", "Nowhere", "--period", "2026/27-Q3")
    assert "There is no place called Nowhere (places: Lancashire North)" in one_line_failure(
        unknown
    )
    bad = run(*base, "--all", "--period", "2026/27-Q5")
    assert "financial quarters are Q1 to Q4" in one_line_failure(bad)
    neither = run(*base, "--period", "2026/27-Q3")
    assert neither.returncode == 2 and "--place" in neither.stderr
    assert not out.exists()
