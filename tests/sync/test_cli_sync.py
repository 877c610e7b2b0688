"""`placeboard sync` between two data folders: real processes, exit codes, one-line
messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli.running import run

from placeboard.cli import main
from placeboard.services import Services
from placeboard.store.database import open_database


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """A secretariat laptop with a board and its members; a second laptop, empty."""
    first, second = tmp_path / "secretariat", tmp_path / "chair"
    services = Services(open_database(first))
    try:
        place = services.places.create_place("Blackpool", "unitary")
        services.membership.add_person(place.id, "Karen Smith", job_title="Chair")
        services.membership.add_person(place.id, "Ian Jones", job_title="Director")
    finally:
        services.close()
    return first, second


def people(folder: Path) -> list[str]:
    services = Services(open_database(folder, backup_on_open=False))
    try:
        [place] = services.places.list_places()
        return sorted(p.full_name for p in services.membership.list_people(place.id))
    finally:
        services.close()


def test_a_bundle_carries_a_board_to_another_laptop(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    first, second = folders
    bundle = tmp_path / "hand-over" / "blackpool.pbsync"
    out = run("--data-dir", str(first), "sync", "--bundle-out", str(bundle), "--quiet")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Wrote ") and "(Blackpool)" in out.stdout and bundle.is_file()
    into = run("--data-dir", str(second), "sync", "--bundle-in", str(bundle), "--quiet")
    assert into.returncode == 0, into.stderr
    assert into.stdout.startswith("Imported ") and "0 were here already" in into.stdout
    assert people(second) == ["Ian Jones", "Karen Smith"]
    again = run("--data-dir", str(second), "sync", "--bundle-in", str(bundle), "--quiet")
    assert again.returncode == 0 and "Imported 0 new changes" in again.stdout
    status = run("--data-dir", str(second), "sync", "--status")
    assert status.returncode == 0 and "This laptop's site id: " in status.stdout
    assert "Last successful sync: 20" in status.stdout and "Open conflicts: 0" in status.stdout


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The command in this process (quicker than a new one for each refusal)."""
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def failure(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, _out, err = cli(capsys, *args)
    assert code == 1 and "Traceback" not in err
    [line] = err.strip().splitlines()
    assert line.startswith("placeboard: ")
    return line


def test_refusals_are_one_line_and_change_nothing(
    folders: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = folders
    bundle = tmp_path / "blackpool.pbsync"
    assert (
        cli(capsys, "--data-dir", str(first), "sync", "--bundle-out", str(bundle), "--quiet")[0]
        == 0
    )
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged = tmp_path / "damaged.pbsync"
    damaged.write_bytes(bytes(data))
    message = failure(capsys, "--data-dir", str(second), "sync", "--bundle-in", str(damaged))
    assert "damaged.pbsync is not a complete PlaceBoard bundle" in message
    assert "nothing was imported" in message
    missing = failure(capsys, "--data-dir", str(second), "sync", "--bundle-in", str(tmp_path / "x"))
    assert "There is no bundle at" in missing
    own = failure(capsys, "--data-dir", str(first), "sync", "--bundle-in", str(bundle))
    assert "written by this database" in own
    no_hub = failure(capsys, "--data-dir", str(second), "sync")
    assert "no hub is configured" in no_hub and "--bundle-out" in no_hub
    unknown = failure(
        capsys, "--data-dir", str(first), "sync", "--bundle-out", str(bundle), "--place", "Wigan"
    )
    assert "There is no place called Wigan" in unknown
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir", str(first), "sync", "--bundle-out", "a", "--bundle-in", "b"])
    assert usage.value.code == 2 and "not allowed with argument" in capsys.readouterr().err
    services = Services(open_database(second, backup_on_open=False))
    assert services.places.list_places() == []
    services.close()


def test_another_place_s_bundle_needs_new_place(
    folders: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, _second = folders
    other = tmp_path / "lancashire"
    services = Services(open_database(other))
    services.places.create_place("Lancashire", "upper_tier_county")
    services.close()
    bundle = tmp_path / "blackpool.pbsync"
    assert (
        cli(capsys, "--data-dir", str(first), "sync", "--bundle-out", str(bundle), "--quiet")[0]
        == 0
    )
    refused = failure(capsys, "--data-dir", str(other), "sync", "--bundle-in", str(bundle))
    assert "holds records of Blackpool" in refused and "--new-place" in refused
    code, out, _err = cli(
        capsys,
        "--data-dir",
        str(other),
        "sync",
        "--bundle-in",
        str(bundle),
        "--new-place",
        "--quiet",
    )
    assert code == 0 and "New places kept here from now on: Blackpool" in out
