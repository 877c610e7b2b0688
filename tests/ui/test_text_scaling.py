"""Text scaled with the system setting: with the application's font at 150 % of its
normal size, every view's labels and table headers grow with it (no font size is fixed
in pixels or points), and in a 1366 × 768 window no label, button, check box or combo
box is smaller than its text needs. Nothing turns Qt's own high-DPI scaling off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.ui import style
from placeboard.ui.areas import AREAS
from placeboard.ui.icb_view import IcbView
from placeboard.ui.main_window import MainWindow

from .conftest import MakeWindow

SCALE = 1.5
SOURCES = Path(__file__).parents[2] / "src" / "placeboard"


@pytest.fixture
def app() -> QApplication:
    found = QApplication.instance()
    assert isinstance(found, QApplication)
    return found


@pytest.fixture
def bigger_text(app: QApplication) -> Iterator[float]:
    """The application's font at 150 %, as the system's text-size setting makes it at
    start-up; the style sheet follows. Both are put back afterwards."""
    normal = QFont(app.font())
    bigger = QFont(normal)
    bigger.setPointSizeF(normal.pointSizeF() * SCALE)
    app.setFont(bigger)
    style.apply_style(app)
    yield bigger.pointSizeF()
    app.setFont(normal)
    style.apply_style(app)


def pages(window: MainWindow, qtbot: QtBot, only: str | None = None) -> Iterator[str]:
    """Show every area (or only one) and every tab of it in turn; yields where it is."""
    for row, area in enumerate(AREAS):
        if only is not None and area.key != only:
            continue
        window.show_area(row)
        view = window.stack.currentWidget()
        qtbot.wait(10)
        if isinstance(view, IcbView):  # it reads every place in a worker
            qtbot.waitUntil(lambda v=view: not v.is_reading(), timeout=60_000)
        yield area.key
        for tabs in view.findChildren(QTabWidget):
            for number in range(tabs.count()):
                tabs.setCurrentIndex(number)
                qtbot.wait(5)
                yield f"{area.key}: {tabs.tabText(number).replace('&', '')}"


def text_sizes(window: MainWindow, qtbot: QtBot) -> dict[tuple[str, ...], float]:
    """The point size of every label and table header shown, by where it is."""
    sizes: dict[tuple[str, ...], float] = {}
    for where in pages(window, qtbot):
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, QLabel | QHeaderView) or not widget.isVisibleTo(window):
                continue
            text = widget.text()[:30] if isinstance(widget, QLabel) else ""
            key = (where, type(widget).__name__, widget.objectName(), widget.accessibleName(), text)
            sizes[key] = widget.font().pointSizeF()
    return sizes


def test_labels_and_headers_grow_with_the_system_text_size(
    app: QApplication, make_window: MakeWindow, demo_services: Services, qtbot: QtBot
) -> None:
    normal = text_sizes(make_window(demo_services), qtbot)
    base = app.font().pointSizeF()
    normal_app = QFont(app.font())
    bigger = QFont(normal_app)
    bigger.setPointSizeF(base * SCALE)
    app.setFont(bigger)
    style.apply_style(app)
    try:
        large = text_sizes(make_window(demo_services), qtbot)
    finally:
        app.setFont(normal_app)
        style.apply_style(app)
    both = normal.keys() & large.keys()
    assert len(both) > 200
    stuck = sorted(
        f"{key}: {normal[key]:.1f}pt -> {large[key]:.1f}pt"
        for key in both
        if large[key] < normal[key] * (SCALE - 0.05)
    )
    assert stuck == []
    # Headings sized in the style sheet follow too (em, not pt).
    titles = [size for key, size in large.items() if key[2] == "titleLabel"]
    assert titles and min(titles) >= base * SCALE * 1.7


def clipped(window: QWidget) -> Iterator[str]:
    """Widgets shown smaller than their text needs."""
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        name = f"label {label.objectName() or label.accessibleName()!r} {label.text()[:30]!r}"
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                yield f"{name}: {label.height()} px high, needs {need}"
        elif label.minimumSizeHint().width() > label.width() + 1:
            yield f"{name}: {label.width()} px wide, needs {label.minimumSizeHint().width()}"
    for control in window.findChildren(QWidget):
        if not isinstance(control, QAbstractButton | QComboBox):
            continue
        if not control.isVisibleTo(window) or control.objectName().startswith("qt_"):
            continue
        need = control.minimumSizeHint()
        if need.width() > control.width() + 1 or need.height() > control.height() + 1:
            name = control.accessibleName() or control.objectName() or type(control).__name__
            size = f"{control.width()}×{control.height()}"
            yield f"{type(control).__name__} {name!r}: {size}, needs {need.width()}×{need.height()}"


@pytest.mark.parametrize("area", [a.key for a in AREAS])
def test_nothing_is_cut_short_at_150_percent_in_a_small_window(
    area: str, bigger_text: float, make_window: MakeWindow, demo_services: Services, qtbot: QtBot
) -> None:
    window = make_window(demo_services)
    window.resize(1366, 768)
    qtbot.wait(10)
    found: list[str] = []
    for where in pages(window, qtbot, only=area):
        found += [f"{where}: {problem}" for problem in clipped(window)]
    assert sorted(set(found)) == []


def test_the_check_finds_a_cut_label(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("A label far longer than the space it is given", window)
    label.resize(40, 20)
    window.show()
    assert len(list(clipped(window))) == 1
    label.adjustSize()
    assert list(clipped(window)) == []


def test_nothing_turns_high_dpi_scaling_off() -> None:
    """Qt 6 scales to the screen by itself; no code may disable or fix the factor."""
    banned = (
        "AA_DisableHighDpiScaling",
        "QT_ENABLE_HIGHDPI_SCALING",
        "QT_SCALE_FACTOR",
        "QT_AUTO_SCREEN_SCALE_FACTOR",
        "setHighDpiScaleFactorRoundingPolicy",
    )
    found = [
        f"{path.relative_to(SOURCES)}: {word}"
        for path in SOURCES.rglob("*.py")
        for word in banned
        if word in path.read_text(encoding="utf-8")
    ]
    assert found == []


def test_no_font_size_is_set_in_pixels() -> None:
    """Font sizes follow the application's font: no setPixelSize, no px in a font-size."""
    found = []
    for path in [*SOURCES.rglob("*.py"), *SOURCES.parent.parent.glob("resources/*.qss")]:
        text = path.read_text(encoding="utf-8")
        for word in ("setPixelSize(", "font-size: ", "font: "):
            for line in text.splitlines():
                if word in line and ("px" in line or word == "setPixelSize("):
                    found.append(f"{path.name}: {line.strip()}")
    assert found == []
