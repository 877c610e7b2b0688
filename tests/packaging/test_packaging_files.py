"""The packaging files agree with each other and with the repository (fast; no PyInstaller).

The spec, the Inno Setup script, the .desktop file, the MIME type and install.sh each
name the bundle, its executables and the .pbsync file type; a rename in one and not the
others would only show on a user's machine.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path, PureWindowsPath
from types import ModuleType

import pytest

import placeboard

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "placeboard.iss"
DESKTOP = PACKAGING / "linux" / "placeboard.desktop"
MIME_XML = PACKAGING / "linux" / "placeboard.xml"
INSTALL_SH = PACKAGING / "linux" / "install.sh"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
SYNC_EXTENSION = ".pbsync"


def load_layout() -> ModuleType:
    spec = importlib.util.spec_from_file_location("placeboard_layout", PACKAGING / "layout.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


layout = load_layout()


def iss_defines() -> dict[str, str]:
    text = ISS.read_text(encoding="utf-8")
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', text, re.MULTILINE))


def iss_section(name: str) -> list[str]:
    """The non-comment lines of one [Section] of the .iss."""
    lines, inside = [], False
    for line in ISS.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.lower() == f"[{name.lower()}]"
        elif inside and stripped and not stripped.startswith(";"):
            lines.append(stripped)
    return lines


def iss_setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_section("Setup"))


def iss_entry(line: str) -> dict[str, str]:
    """`Name: "value"; Other: value` into a dict (values unquoted, "" as ")."""
    fields = {}
    for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
        value = match[2].strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        fields[match[1]] = value
    return fields


def expand(value: str) -> str:
    """The .iss value with its {#Define}s put in."""
    defines = iss_defines()
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m[1]], value)


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep case
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def mime_type() -> ET.Element:
    (element,) = ET.parse(MIME_XML).getroot().iter(f"{MIME_NS}mime-type")
    return element


def test_the_spec_takes_its_names_and_files_from_layout() -> None:
    tree = ast.parse((PACKAGING / "placeboard.spec").read_text(encoding="utf-8"))
    calls = {
        node.func.id: node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    names = {
        kw.value.attr
        for call in (calls["COLLECT"], calls["EXE"])
        for kw in call.keywords
        if kw.arg == "name" and isinstance(kw.value, ast.Attribute)
    }
    assert "BUNDLE_NAME" in names  # COLLECT(name=layout.BUNDLE_NAME)
    used = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert {"APP_EXE", "CLI_EXE", "data_files", "HIDDEN_IMPORTS", "EXCLUDES"} <= used
    assert layout.ENTRY_SCRIPT.is_file()
    assert "from placeboard.cli import main" in layout.ENTRY_SCRIPT.read_text(encoding="utf-8")


def test_the_bundle_version_is_the_package_version() -> None:
    assert layout.version() == placeboard.__version__
    # The Makefile's tarball and build.ps1's installer both ask layout.py.
    assert "packaging/layout.py version" in (ROOT / "Makefile").read_text(encoding="utf-8")
    build = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "packaging\\layout.py version" in build
    assert '"/DAppVersion=$Version"' in build
    assert iss_setup()["AppVersion"] == "{#AppVersion}"


def test_every_data_file_the_spec_lists_exists() -> None:
    found = layout.data_files()
    assert all(path.is_file() for path, _ in found)
    for pattern in layout.DATA_GLOBS:
        if not pattern.startswith("ui/help/"):  # the guides' folder may be empty
            assert any(layout.PACKAGE.glob(pattern)), f"{pattern} matches no file"
    folders = {path.relative_to(layout.PACKAGE).as_posix(): folder for path, folder in found}
    # Each file sits at the same place under placeboard/ as beside the code that opens it.
    for relative, folder in folders.items():
        assert Path(folder) == Path("placeboard", relative).parent
    assert {
        "ui/resources/style.qss",
        "reports/fonts/DejaVuSans.ttf",
        "reports/fonts/LICENSE.txt",
        "store/migrations/env.py",
    } <= set(folders)
    assert any(name.startswith("store/migrations/versions/0001") for name in folders)


def test_the_bundle_holds_all_the_package_data_an_install_has() -> None:
    """A data file added to pyproject's package-data is bundled too."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["placeboard"]
    bundled = {path for path, _ in layout.data_files()}
    for pattern in patterns:
        for path in layout.PACKAGE.glob(pattern):
            if path.is_file():
                assert path in bundled, f"{path} is package data but not in the bundle"


def test_qt_pieces_left_out_are_only_those_never_loaded() -> None:
    unwanted = layout.unwanted_qt_file
    assert unwanted("PySide6/Qt/translations/qtbase_de.qm")
    assert unwanted("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert unwanted("PySide6/Qt/lib/libQt6Network.so.6")
    assert unwanted("PySide6\\Qt6Network.dll")
    for kept in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "numpy/_core/_multiarray_umath.so",
    ):
        assert not unwanted(kept), kept


def test_the_installer_installs_the_bundle_the_spec_builds() -> None:
    defines = iss_defines()
    assert defines["AppExeName"] == f"{layout.APP_EXE}.exe"
    assert defines["CliExeName"] == f"{layout.CLI_EXE}.exe"
    bundle = PureWindowsPath(defines["BundleDir"])
    assert (ISS.parent / bundle.as_posix()).resolve() == ROOT / "dist" / layout.BUNDLE_NAME
    sources = [iss_entry(line) for line in iss_section("Files")]
    assert [expand(s["Source"]) for s in sources] == [rf"{defines['BundleDir']}\*"]
    assert "recursesubdirs" in sources[0]["Flags"]
    setup = iss_setup()
    assert (ISS.parent / PureWindowsPath(setup["SetupIconFile"]).as_posix()).resolve() == (
        layout.ICON_ICO
    )
    assert layout.ICON_ICO.is_file()
    assert "#ifndef AppVersion" in ISS.read_text(encoding="utf-8")


def test_the_installer_needs_no_administrator() -> None:
    setup = iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"].startswith("{autopf}\\")  # {localappdata}\Programs
    assert setup["ChangesAssociations"] == "yes"
    for entry in map(iss_entry, iss_section("Registry")):
        assert entry["Root"] == "HKCU"
        assert entry["Subkey"].startswith("Software\\Classes\\")
    icons = [iss_entry(line) for line in iss_section("Icons")]
    assert any(i["Name"].startswith("{group}") and "{#AppExeName}" in i["Filename"] for i in icons)
    assert any(
        i["Name"].startswith("{autodesktop}") and i.get("Tasks") == "desktopicon" for i in icons
    )


def test_windows_linux_and_mime_agree_on_the_sync_bundle_type() -> None:
    defines = iss_defines()
    xml_type = mime_type()
    mime = xml_type.get("type")
    assert mime == "application/x-placeboard-sync"
    globs = [g.get("pattern") for g in xml_type.iter(f"{MIME_NS}glob")]
    assert globs == [f"*{SYNC_EXTENSION}"]
    assert defines["SyncExt"] == SYNC_EXTENSION
    assert defines["SyncMimeType"] == mime
    assert defines["SyncProgId"] == "PlaceBoard.SyncBundle"
    assert mime in desktop_entry()["MimeType"].split(";")
    registry = [iss_entry(line) for line in iss_section("Registry")]
    by_key = {
        (expand(e["Subkey"]), expand(e["ValueName"])): expand(e["ValueData"]) for e in registry
    }
    assert by_key[(f"Software\\Classes\\{SYNC_EXTENSION}", "")] == "PlaceBoard.SyncBundle"
    assert by_key[(f"Software\\Classes\\{SYNC_EXTENSION}", "Content Type")] == mime
    command = by_key[("Software\\Classes\\PlaceBoard.SyncBundle\\shell\\open\\command", "")]
    assert command == f'"{{app}}\\{layout.APP_EXE}.exe" "%1"'


def test_the_desktop_file_launches_the_installed_executable() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == f"{layout.APP_EXE} %f"  # install.sh makes it the full path
    assert entry["Icon"] == layout.APP_EXE
    assert entry["Terminal"] == "false"
    script = INSTALL_SH.read_text(encoding="utf-8")
    assert f"NAME={layout.APP_EXE}\n" in script
    for resource in ("placeboard.png", "placeboard.svg"):
        assert (ROOT / "resources" / resource).is_file()


def test_the_desktop_file_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def fake_bundle(folder: Path) -> Path:
    """A stand-in for dist/placeboard: an executable that prints the version."""
    bundle = folder / "placeboard"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / layout.APP_EXE
    exe.write_text(f'#!/bin/sh\necho "PlaceBoard {placeboard.__version__}"\n')
    exe.chmod(0o755)
    return bundle


def run_install(prefix: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PREFIX": str(prefix)}
    return subprocess.run(
        ["bash", str(INSTALL_SH), *args], env=env, capture_output=True, text=True, check=False
    )


@pytest.mark.skipif(sys.platform != "linux", reason="install.sh is for Linux")
def test_install_sh_installs_per_user_and_uninstalls(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix with space"
    installed = run_install(prefix, str(fake_bundle(tmp_path / "built")))
    assert installed.returncode == 0, installed.stderr
    exe = prefix / "opt" / "placeboard" / layout.APP_EXE
    link = prefix / "bin" / "placeboard"
    assert link.is_symlink() and link.resolve() == exe.resolve()
    version = subprocess.run([str(link)], capture_output=True, text=True, check=True)
    assert version.stdout.strip() == f"PlaceBoard {placeboard.__version__}"
    desktop = prefix / "share" / "applications" / "placeboard.desktop"
    assert desktop_entry(desktop)["Exec"] == f'"{exe}" %f'
    assert desktop_entry(desktop)["TryExec"] == str(exe)
    assert (prefix / "share" / "mime" / "packages" / "placeboard.xml").is_file()
    icons = prefix / "share" / "icons" / "hicolor"
    assert (icons / "256x256" / "apps" / "placeboard.png").is_file()
    assert (icons / "scalable" / "apps" / "placeboard.svg").is_file()
    # make test installs desktop-file-utils and shared-mime-info (packaging/system-deps.sh)
    globs = (prefix / "share" / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"application/x-placeboard-sync:*{SYNC_EXTENSION}" in globs
    check = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout

    again = run_install(prefix, str(fake_bundle(tmp_path / "rebuilt")))  # an upgrade
    assert again.returncode == 0, again.stderr

    removed = run_install(prefix, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not (prefix / "opt" / "placeboard").exists()
    assert not link.exists() and not link.is_symlink()
    assert not desktop.exists()


@pytest.mark.skipif(sys.platform != "linux", reason="install.sh is for Linux")
def test_install_sh_refuses_a_folder_that_is_no_bundle(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    refused = run_install(tmp_path / "prefix", str(tmp_path / "empty"))
    assert refused.returncode != 0
    assert "not a PlaceBoard bundle" in refused.stderr
    assert not (tmp_path / "prefix" / "opt").exists()
