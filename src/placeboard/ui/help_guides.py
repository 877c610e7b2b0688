"""The short guides of Help: one Markdown file per area of the window, and one to get
started, in the `help` folder beside this module (package data, found the way
style.py finds the style sheet: importlib.resources would cost start-up time)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from placeboard.ui.areas import AREAS

GUIDE_FOLDER = Path(__file__).parent / "help"
GETTING_STARTED = "getting-started"
# A link from one guide to another, as written in the Markdown: [Packs](guide:packs).
GUIDE_SCHEME = "guide"


class Guide(NamedTuple):
    key: str  # an area's key, or GETTING_STARTED
    title: str  # the guide's first heading
    markdown: str


def guide_keys() -> list[str]:
    """Getting started first, then the areas in the order the window lists them."""
    return [GETTING_STARTED, *(area.key for area in AREAS)]


def load_guide(key: str) -> Guide:
    """The guide `key`; its title is the text of its first line, a level-1 heading."""
    markdown = (GUIDE_FOLDER / f"{key}.md").read_text(encoding="utf-8")
    first = markdown.split("\n", 1)[0]
    if not first.startswith("# "):
        raise ValueError(f"the guide {key}.md must start with a '# ' heading")
    return Guide(key, first[2:].strip(), markdown)


def load_guides() -> list[Guide]:
    return [load_guide(key) for key in guide_keys()]
