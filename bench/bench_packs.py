"""Pack benchmarks: a meeting pack with ten 20-page attached papers, and the all-places
ICB assurance pack of the large demo, each against reportlab writing the same number of
plain text pages in the same run.

Run alone (`python bench/bench_packs.py`) or from `make bench` through run.py.
"""

from __future__ import annotations

import atexit
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from functools import cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from placeboard.reports.fonts import REGULAR, register_fonts
from placeboard.services import Services
from placeboard.store.database import open_database

PAPERS, PAGES_EACH, RUNS = 10, 20, 3
ASSURANCE_PERIOD = "2025/26"  # the demo's last whole financial year
LINE = "The partnership will continue to develop integrated neighbourhood teams across the place."


def _paper(path: Path, n: int) -> Path:
    """A text-heavy paper, as board papers are: 45 lines a page."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for page in range(1, PAGES_EACH + 1):
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(20 * mm, 275 * mm, f"Paper {n}: page {page} of {PAGES_EACH}")
        canvas.setFont("Helvetica", 9)
        for line in range(45):
            canvas.drawString(20 * mm, (265 - line * 5.5) * mm, f"{page}.{line + 1} {LINE}")
        canvas.showPage()
    canvas.save()
    return path


def _meeting(folder: Path) -> tuple[Services, str]:
    services = Services(open_database(folder / "data"))
    place = services.places.create_place("Benchmark Place", "unitary", 150_000)
    meeting = services.agenda.new_meeting(place.id, date(2027, 1, 19), "14:00", "Town Hall")
    for n in range(1, PAPERS + 1):
        item = services.meetings.add_item(meeting.meeting.id, f"Paper {n}", "decision")
        paper = services.meetings.add_paper(item.id, f"Paper {n}", executive_summary=LINE * 4)
        services.agenda.attach_pdf(paper.id, _paper(folder / f"paper{n}.pdf", n))
    return services, meeting.meeting.id


def _plain_pages(path: Path, pages: int) -> None:
    """reportlab alone: the same number of pages of plain text in the same font."""
    register_fonts()
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for page in range(1, pages + 1):
        canvas.setFont(REGULAR, 9)
        for line in range(45):
            canvas.drawString(20 * mm, (265 - line * 5.5) * mm, f"{page}.{line + 1} {LINE}")
        canvas.showPage()
    canvas.save()


def _median(action: object) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _scratch() -> Path:
    """A folder for one run's files: the measurements are cached, so run.py's folder
    for the first of a pair of rows may be gone when the second asks."""
    folder = Path(tempfile.mkdtemp(prefix="placeboard-packs-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@cache
def _measure() -> tuple[float, float, int]:
    folder = _scratch()
    services, meeting_id = _meeting(folder)
    out = folder / "pack.pdf"
    try:
        pages = services.packs.meeting_pack(meeting_id, False, out).pages
        pack = _median(lambda: services.packs.meeting_pack(meeting_id, False, out))
    finally:
        services.close()
    plain = _median(lambda: _plain_pages(folder / "plain.pdf", pages))
    return pack, plain, pages


@cache
def _measure_assurance() -> tuple[float, float, int]:
    from bench_startup import large_demo

    folder = _scratch()
    services = Services(open_database(large_demo()))
    out = folder / "assurance.pdf"
    try:

        def build() -> int:
            return services.packs.assurance_pack(None, ASSURANCE_PERIOD, False, out).pages

        pages = build()
        pack = _median(build)
    finally:
        services.close()
    plain = _median(lambda: _plain_pages(folder / "plain.pdf", pages))
    return pack, plain, pages


def assurance_pack_all_places(folder: Path) -> tuple[float, str, str]:
    pack, _plain, pages = _measure_assurance()
    return pack, f"s for {pages} pages (large demo, every place, {ASSURANCE_PERIOD})", "< 5 s"


def assurance_pack_ratio(folder: Path) -> tuple[float, str, str]:
    pack, plain, pages = _measure_assurance()
    # Charts, tables and the contents cost more per page than plain text.
    return pack / plain, f"× reportlab writing {pages} plain text pages ({plain:.2f} s)", "≤ 10×"


def meeting_pack_ten_papers(folder: Path) -> tuple[float, str, str]:
    pack, _plain, pages = _measure()
    return pack, f"s for {pages} pages ({PAPERS} papers × {PAGES_EACH} pages)", "< 5 s"


def meeting_pack_ratio(folder: Path) -> tuple[float, str, str]:
    pack, plain, pages = _measure()
    # Most pages are the papers' own, merged and stamped: near plain reportlab's speed.
    return pack / plain, f"× reportlab writing {pages} plain text pages ({plain:.2f} s)", "≤ 2×"


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        benches = (
            meeting_pack_ten_papers,
            meeting_pack_ratio,
            assurance_pack_all_places,
            assurance_pack_ratio,
        )
        for bench in benches:
            figure, unit, aim = bench(Path(tmp))
            print(f"{bench.__name__}: {figure:.2f} {unit} (aim {aim})")
    sys.exit(0)
