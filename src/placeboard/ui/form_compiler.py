"""`make forms`: compile the Designer forms and copy the resources into the package.

Compiled forms are committed so that the app runs without the Qt tools; each carries a
stamp naming its source, and `tests/ui/test_forms_compiled.py` fails when one is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
FORMS_DIR = REPO / "forms"
RESOURCES_DIR = REPO / "resources"
PACKAGE_FORMS_DIR = Path(__file__).resolve().parent / "forms"
PACKAGE_RESOURCES_DIR = Path(__file__).resolve().parent / "resources"

# Resources copied into the package as they are (with a stamp), so that an
# installed or frozen app finds them beside its modules.
RESOURCE_FILES = ("style.qss",)


def stamp(source: str) -> str:
    return f"generated from {source} by make forms — do not edit"


def find_uic() -> str:
    """pyside6-uic from the running interpreter's environment, else from PATH."""
    name = "pyside6-uic.exe" if sys.platform == "win32" else "pyside6-uic"
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise FileNotFoundError("pyside6-uic was not found next to Python or on the PATH.")
    return found


def _strip_banner(code: str) -> str:
    """Drop uic's own comment banner: it names the Qt version, which would make the
    committed files differ between machines for no real change."""
    lines = code.splitlines()
    start = 0
    while start < len(lines) and (not lines[start].strip() or lines[start].startswith("#")):
        start += 1
    return "\n".join(lines[start:]).rstrip() + "\n"


def compile_form(ui_path: Path) -> str:
    """The Python module for one .ui file, stamped as generated."""
    ui_path = Path(ui_path).resolve()
    # Run in the form's folder so the source name in uic's output has no machine path.
    result = subprocess.run(
        [find_uic(), "--generator", "python", ui_path.name],
        cwd=ui_path.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return f"# {stamp(f'forms/{ui_path.name}')}\n\n{_strip_banner(result.stdout)}"


def compiled_path(ui_path: Path) -> Path:
    return PACKAGE_FORMS_DIR / f"ui_{Path(ui_path).stem}.py"


def copy_resource(name: str) -> str:
    """A resource file's text for the package copy, stamped as generated."""
    text = (RESOURCES_DIR / name).read_text(encoding="utf-8")
    return f"/* {stamp(f'resources/{name}')} */\n{text}"


def expected_files() -> dict[Path, str]:
    """Every generated file in the package and the text it must have."""
    files = {compiled_path(ui): compile_form(ui) for ui in sorted(FORMS_DIR.glob("*.ui"))}
    for name in RESOURCE_FILES:
        files[PACKAGE_RESOURCES_DIR / name] = copy_resource(name)
    return files


def main(argv: list[str] | None = None) -> int:
    """Write every generated file; with --check, only report the stale ones."""
    check = "--check" in (sys.argv[1:] if argv is None else argv)
    stale = []
    for path, text in expected_files().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {path.relative_to(REPO)}")
    if check and stale:
        for path in stale:
            print(f"stale: {path.relative_to(REPO)} (run make forms)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
