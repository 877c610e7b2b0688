"""The built bundle works on its own (slow: `make test-package`, never `make test`).

`make package` builds dist/placeboard/ once a session; then the bundle's own executable,
with a fresh data folder and home, prints its version, loads the demo boards, checks
them, writes an assurance pack and a meeting pack, and opens its window offscreen;
install.sh puts it in a temporary prefix. The figures for the closing note (size, the
times of --version and demo) are printed at the end of the session.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

import placeboard
from placeboard.domain.catalogue import PLACES
from placeboard.services.demo_data.people import FIRST_NAMES

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="make package builds the Linux bundle"),
]

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "placeboard"
EXE = BUNDLE / "placeboard"
BUILD_TIMEOUT = 1500
RUN_TIMEOUT = 300
WINDOW_TIMEOUT = 60

Figures = dict[str, float]


def folder_megabytes(folder: Path) -> float:
    """Bytes on disk of the files (symlinks counted once, as links)."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return total / 1_000_000


@pytest.fixture(scope="session")
def figures(request: pytest.FixtureRequest) -> Iterator[Figures]:
    found: Figures = {}
    yield found
    lines = [f"{name}: {value:.2f}" for name, value in found.items()]
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "package-figures.json").write_text(json.dumps(found, indent=2))
    # Printed past pytest's capture (this runs in the last test's teardown).
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            reporter.write_sep("-", "bundle figures (also in build/package-figures.json)")
            for line in lines:
                reporter.write_line(line)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory, figures: Figures) -> Path:
    """`make package` once a session: the bundle, the tarball, the checks it runs."""
    log = tmp_path_factory.mktemp("build") / "make-package.log"
    started = time.perf_counter()
    with log.open("w") as out:
        built = subprocess.run(
            ["make", "-C", str(ROOT), "package"],
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=BUILD_TIMEOUT,
            check=False,
        )
    figures["make package (s)"] = time.perf_counter() - started
    output = log.read_text(errors="replace")
    assert built.returncode == 0, output[-4000:]
    assert EXE.is_file() and os.access(EXE, os.X_OK)
    figures["bundle size (MB)"] = folder_megabytes(BUNDLE)
    (tarball,) = (ROOT / "dist").glob(f"placeboard-{placeboard.__version__}-linux-*.tar.gz")
    figures["tarball size (MB)"] = tarball.stat().st_size / 1_000_000
    return BUNDLE


def fresh_env(home: Path) -> dict[str, str]:
    """A new user's home: nothing from the developer's data, config, logs or keyring."""
    home.mkdir(parents=True, exist_ok=True)
    kept = {k: v for k, v in os.environ.items() if not k.startswith(("PLACEBOARD_", "PYTHON"))}
    return {
        **kept,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return fresh_env(tmp_path / "home")


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(EXE), *args], env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, f"{args}: {result.stderr}"
    return result


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() or "" for page in reader.pages)


@pytest.fixture(scope="module")
def demo_dir(
    bundle: Path, tmp_path_factory: pytest.TempPathFactory, figures: Figures
) -> tuple[Path, dict[str, str]]:
    """The demo boards loaded by the bundle into a fresh folder (timed)."""
    home = tmp_path_factory.mktemp("demo-home")
    env = fresh_env(home)
    data = home / "boards"
    started = time.perf_counter()
    loaded = run(env, "--data-dir", str(data), "demo", "--quiet")
    figures["demo from the bundle (s)"] = time.perf_counter() - started
    assert "Loaded the demo boards" in loaded.stdout
    return data, env


def test_version(bundle: Path, env: dict[str, str], figures: Figures) -> None:
    times = []
    for _ in range(5):
        started = time.perf_counter()
        result = run(env, "--version")
        times.append(time.perf_counter() - started)
        assert result.stdout == f"PlaceBoard {placeboard.__version__}\n"
    figures["--version from the bundle, median of 5 (s)"] = statistics.median(times)


def test_demo_then_check_reports_the_records(demo_dir: tuple[Path, dict[str, str]]) -> None:
    data, env = demo_dir
    report = run(env, "--data-dir", str(data), "check").stdout
    assert "Integrity:    ok" in report
    schema = re.search(r"Schema:\s+(\S+) \(this PlaceBoard: (\S+)\)", report)
    assert schema and schema[1] == schema[2]  # the bundled migrations ran to head
    counts = dict(re.findall(r"^  (\w[\w ]*?)\s+(\d+)$", report, re.MULTILINE))
    assert int(counts["Places"]) >= len(PLACES)
    assert int(counts["Meetings"]) > 0 and int(counts["Change log"]) > 0


def test_assurance_pack_prints_every_place_and_name(
    demo_dir: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, env = demo_dir
    out = tmp_path / "assurance.pdf"
    run(env, "--data-dir", str(data), "pack", "assurance", "--all", "--period", "2026/27-Q2",
        "--out", str(out), "--quiet")  # fmt: skip
    pages, text = pdf_text(out)
    assert pages > 1
    for place in PLACES:
        assert place.name in text
    # Names outside Latin-1 print whole only in the bundled DejaVu font, not Helvetica.
    wide = [name for name in FIRST_NAMES if any(ord(ch) > 0xFF for ch in name)]
    assert wide and any(name in text for name in wide), wide


def test_meeting_pack(demo_dir: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    data, env = demo_dir
    place = PLACES[1].name
    listed = run(env, "--data-dir", str(data), "meetings", "--place", place).stdout
    held = [line.split()[0] for line in listed.splitlines() if " held " in line]
    assert held, listed
    out = tmp_path / "meeting.pdf"
    run(env, "--data-dir", str(data), "pack", "meeting", held[-1], "--out", str(out), "--quiet")
    pages, text = pdf_text(out)
    assert pages > 1
    assert place in text


def test_window_opens_offscreen_and_opens_the_data(
    demo_dir: tuple[Path, dict[str, str]],
) -> None:
    """No command: the window, which opens the data in a worker and logs "data open"."""
    data, env = demo_dir
    log = Path(env["XDG_STATE_HOME"]) / "PlaceBoard" / "log" / "placeboard.log"
    before = log.read_text(encoding="utf-8") if log.exists() else ""
    window = subprocess.Popen(
        [str(EXE), "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    opened = False
    deadline = time.monotonic() + WINDOW_TIMEOUT
    try:
        while time.monotonic() < deadline and window.poll() is None:
            if log.exists() and "data open" in log.read_text(encoding="utf-8")[len(before) :]:
                opened = True
                time.sleep(1)  # the first views are built and painted
                break
            time.sleep(0.2)
        exited_early = window.poll()
    finally:
        window.terminate()
        _, stderr = window.communicate(timeout=30)
    assert exited_early is None, f"the window closed by itself ({exited_early}): {stderr}"
    assert opened, f"no 'data open' in {log} within {WINDOW_TIMEOUT} s: {stderr}"
    assert "Traceback" not in stderr, stderr
    assert "Could not load the Qt platform plugin" not in stderr, stderr
    logged = log.read_text(encoding="utf-8")[len(before) :]
    assert " ERROR " not in logged, logged


def test_keyring_backends_are_bundled(bundle: Path) -> None:
    """keyring finds its backends through its entry points: the metadata must be there,
    with the OS keyrings' modules; the plain-file keyrings of keyrings.alt must not."""
    from PyInstaller.archive.readers import CArchiveReader

    (entry_points,) = (bundle / "_internal").glob("keyring-*.dist-info/entry_points.txt")
    declared = entry_points.read_text(encoding="utf-8")
    for backend in ("SecretService", "Windows", "macOS"):
        assert f"keyring.backends.{backend}" in declared
    modules = set(CArchiveReader(str(EXE)).open_embedded_archive("PYZ.pyz").toc)
    assert {"keyring.backends.SecretService", "secretstorage", "jeepney"} <= modules
    assert not any(name.startswith("keyrings.alt") for name in modules)
    assert not any(name.startswith(("pytest", "tkinter")) for name in modules)


def test_install_sh_installs_the_bundle(bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    script = ROOT / "packaging" / "linux" / "install.sh"
    installed = subprocess.run(
        ["bash", str(script), str(bundle)],
        env={**env, "PREFIX": str(prefix)},
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    desktop = prefix / "share" / "applications" / "placeboard.desktop"
    assert shutil.which("desktop-file-validate"), "make package-deps installs it"
    check = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    launcher = prefix / "bin" / "placeboard"
    version = subprocess.run(
        [str(launcher), "--version"], env=env, capture_output=True, text=True, check=False
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout == f"PlaceBoard {placeboard.__version__}\n"
    globs = (prefix / "share" / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-placeboard-sync:*.pbsync" in globs
