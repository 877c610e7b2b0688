"""Reading packs back the way a reader's PDF viewer does: pypdf text, outline,
metadata, and qpdf's structural check."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from pypdf import PdfReader

PAGES_RE = re.compile(r"Pages (\d+) – (\d+)")


def texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def outline_titles(path: Path) -> list[str]:
    def walk(entries: list[Any]) -> list[str]:
        found: list[str] = []
        for entry in entries:
            found += walk(entry) if isinstance(entry, list) else [entry.title]
        return found

    return walk(PdfReader(path).outline)


def qpdf_check(path: Path) -> str:
    assert shutil.which("qpdf"), "qpdf is missing: `make system-deps` installs it"
    result = subprocess.run(
        ["qpdf", "--check", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def flat(text: str) -> str:
    """Text with its line breaks as spaces (a long title wraps in a table cell)."""
    return " ".join(text.split())
