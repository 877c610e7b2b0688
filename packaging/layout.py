"""What goes into PlaceBoard's PyInstaller bundle, and what its parts are called.

Plain Python with no PyInstaller import: `placeboard.spec` loads it to build the bundle,
and tests/packaging reads it to check the installer scripts and data files agree with it.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "placeboard"

# dist/<BUNDLE_NAME>/ holds the one-folder bundle; its executables sit at its top.
BUNDLE_NAME = "placeboard"
APP_EXE = "placeboard"  # the window and every command (Linux, macOS; windowed on Windows)
CLI_EXE = "placeboard-cli"  # Windows only: the same entry point with a console
ENTRY_SCRIPT = ROOT / "packaging" / "entry.py"
ICON_ICO = ROOT / "resources" / "placeboard.ico"

# Files the code opens from beside its own modules (`Path(__file__).parent / ...`): in the
# bundle each sits at the same place under placeboard/ as in the source tree.
# Globs under src/placeboard; one that matches nothing adds nothing.
DATA_GLOBS = (
    "ui/resources/*.qss",
    "reports/fonts/*.ttf",
    "reports/fonts/LICENSE.txt",
    # Alembic reads env.py and each version script as files, not from the archive.
    "store/migrations/*.py",
    "store/migrations/*.mako",
    "store/migrations/versions/*.py",
    # The guides behind Help: whatever the folder holds, in any subfolder.
    "ui/help/**/*",
)

# Modules imported only by files PyInstaller does not analyse: the migration scripts
# (loaded by Alembic from disk) and Alembic's own proxies they use.
HIDDEN_IMPORTS = (
    "alembic.op",
    "alembic.context",
    "alembic.ddl.sqlite",
    "alembic.runtime.migration",
    "alembic.runtime.environment",
    "placeboard.store.tables",
    "placeboard.store.changelog",
    "placeboard.store.tables.base",
)

# Never wanted in the app: test and tooling packages that happen to be in the venv,
# other Qt bindings pyqtgraph could pick up, and Tk. keyrings.alt only offers plain-file
# password stores, which PlaceBoard refuses anyway.
EXCLUDES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "test",
    "unittest.test",
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_benchmark",
    "hypothesis",
    "importlinter",
    "grimp",
    "ruff",
    "pip",
    "setuptools",
    "pkg_resources",
    "IPython",
    "matplotlib",
    "scipy",
    "pandas",
    "h5py",
    "numba",
    "cupy",
    "OpenGL",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "keyrings.alt",
    # Qt bindings nothing imports (pyqtgraph needs QtOpenGL, QtOpenGLWidgets; QtSvg it
    # tries, and the SVG icon plugins want it, so those three stay).
    "PySide6.QtNetwork",
    "PySide6.QtSvgWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
)


# Qt pieces PyInstaller's hooks collect that a desktop app never loads: Qt's own
# translations (the window is in English only), the platforms and input plugins of
# embedded devices and VNC, and the libraries only they need.
_QT_FOLDERS_UNUSED = {"translations", "egldeviceintegrations", "generic"}
_QT_PLATFORMS_UNUSED = {"eglfs", "linuxfb", "minimalegl", "vkkhrdisplay", "vnc"}
_QT_LIBRARIES_UNUSED = {"Qt6Network", "Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport"}


def unwanted_qt_file(destination: str) -> bool:
    """Whether a file bound for `destination` in the bundle is a Qt piece left out."""
    parts = PurePath(destination.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return False
    stem = parts[-1].split(".")[0].removeprefix("lib")
    if _QT_FOLDERS_UNUSED.intersection(parts[1:-1]) or stem in _QT_LIBRARIES_UNUSED:
        return True
    return "platforms" in parts and stem.removeprefix("q") in _QT_PLATFORMS_UNUSED


def version() -> str:
    """The package's own `__version__`, read from its source without importing it."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise LookupError("src/placeboard/__init__.py sets no __version__")


def data_files() -> list[tuple[Path, str]]:
    """(file, folder in the bundle) for every data file DATA_GLOBS matches, sorted."""
    found: dict[Path, str] = {}
    for pattern in DATA_GLOBS:
        for path in PACKAGE.glob(pattern):
            if path.is_file() and "__pycache__" not in path.parts:
                relative = path.parent.relative_to(PACKAGE)
                found[path] = str(Path("placeboard") / relative)
    return sorted(found.items())


if __name__ == "__main__":  # `python packaging/layout.py version`, for the Makefile
    if sys.argv[1:] == ["version"]:
        print(version())
    else:
        sys.exit("usage: layout.py version")
