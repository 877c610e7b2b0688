"""Contrast (WCAG 2.1): every text colour on its background in the style sheet, the
colours of RAG chips, risk bands, SPC marks and table cells, and the chart's colours on
the chart: text 4.5:1 (large text 3:1), lines, marks and focus rings 3:1.

And high contrast: with it asked for (PLACEBOARD_HIGH_CONTRAST=1) and a black, white
and yellow palette, PlaceBoard draws with the palette, its RAG cells keeping their words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from placeboard.domain.risk_matrix import BAND_COLOURS, BAND_TEXT_COLOURS
from placeboard.domain.vocab import RAG_COLOURS, RAG_TEXT_COLOURS
from placeboard.services import Services
from placeboard.ui import heat_map, spc_chart, spc_icons, style
from placeboard.ui.areas import AREAS
from placeboard.ui.attendance_model import LOW_BACKGROUND, LOW_FOREGROUND
from placeboard.ui.metric_model import COMMON_CAUSE_TEXT, VARIATION_COLOURS
from placeboard.ui.models.lines import ALERT_FILL, ALERT_TEXT, PAST_TEXT
from placeboard.ui.models.stage_models import STATUS_COLOURS
from placeboard.ui.rag_widgets import RagKey

from .conftest import MakeWindow

ROOT = Path(__file__).parents[2]
TEXT, LARGE, GRAPHIC = 4.5, 3.0, 3.0
WHITE, PAGE = "#FFFFFF", "#F0F4F5"  # tables, cards and charts; the window behind them
BASE_POINTS = 9.0  # the font size the style sheet's em are measured against here


def luminance(colour: str) -> float:
    c = QColor(colour)
    channels = [c.redF(), c.greenF(), c.blueF()]
    linear = [x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4 for x in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_ratio_is_wcag_s() -> None:
    assert ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert ratio("#777777", "#777777") == pytest.approx(1)
    assert ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # WebAIM's example


# -- the style sheet ---------------------------------------------------------------------

Rule = dict[str, str]


def rules(css: str) -> dict[str, Rule]:
    """Selector -> its declarations (a selector list is split; later rules add to one)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    found: dict[str, Rule] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        declarations = dict(re.findall(r"([-a-z]+)\s*:\s*([^;]+?)\s*(?:;|$)", body.strip()))
        for selector in selectors.split(","):
            found.setdefault(selector.strip(), {}).update(declarations)
    return found


def colour_in(value: str) -> str | None:
    match = re.search(r"#[0-9A-Fa-f]{6}\b", value)
    return match[0] if match else None


def fill(rule: Rule) -> str | None:
    return colour_in(rule.get("background", rule.get("background-color", "")))


def cascade(selector: str) -> list[str]:
    """The rules a state or part inherits from, nearest first: "A:default:hover" ->
    ["A:default:hover", "A:default", "A"]; "A::item:hover" -> [..., "A::item", "A"]."""
    chain = [selector]
    while (shorter := re.sub(r"(::?[-\w]+(\([^)]*\))?|\[[^]]*\])$", "", chain[-1])) != chain[-1]:
        chain.append(shorter)
    return chain


def backgrounds(selector: str, sheet: dict[str, Rule]) -> list[str]:
    """What a rule's text sits on: its own fill or the nearest inherited one, the fill of
    the widget it sits in ("A B": A's), else the window or a white card or table (both
    are checked)."""
    for candidate in [*cascade(selector), selector.split()[0]]:
        found = fill(sheet.get(candidate, {}))
        if found:
            return [found]
    return [PAGE, WHITE]


def text_colour(selector: str, sheet: dict[str, Rule]) -> str | None:
    for candidate in cascade(selector):
        found = colour_in(sheet.get(candidate, {}).get("color", ""))
        if found:
            return found
    return None


def large(rule: Rule) -> bool:
    """18pt, or 14pt bold (WCAG's large text), from the rule's em and weight."""
    size = re.match(r"([\d.]+)em", rule.get("font-size", ""))
    points = float(size[1]) * BASE_POINTS if size else BASE_POINTS
    bold = rule.get("font-weight", "") == "bold"
    return points >= 18 or (bold and points >= 14)


def sheet_problems(sheet: dict[str, Rule]) -> Iterator[str]:
    for selector, rule in sheet.items():
        if "color" not in rule and not fill(rule):
            continue
        if ":disabled" in selector:  # WCAG 1.4.3 exempts inactive controls' text
            continue
        ink = text_colour(selector, sheet)
        if ink is None:
            continue
        need = LARGE if large(rule) else TEXT
        for ground in backgrounds(selector, sheet):
            if ratio(ink, ground) < need:
                yield f"{selector}: {ink} on {ground} is {ratio(ink, ground):.2f}:1 < {need}"


def border_colours(selector: str, sheet: dict[str, Rule]) -> list[str]:
    """The border colours a rule has, or inherits from its nearest rule that sets any."""
    for candidate in cascade(selector):
        rule = sheet.get(candidate, {})
        found = [colour_in(v) for k, v in rule.items() if k.startswith("border")]
        if [c for c in found if c]:
            return [c for c in found if c]
    return []


def focus_problems(sheet: dict[str, Rule]) -> Iterator[str]:
    """The focus must change what the control shows by 3:1 (WCAG 2.4.13's measure): its
    ring against the unfocused border (else the fill or the window behind it), or, when
    the focus fills the control, that fill against the unfocused one."""
    for selector, rule in sheet.items():
        if ":focus" not in selector:
            continue
        plain = selector.replace(":focus", "")
        general = sheet.get(re.sub(r"\[[^]]*\]", "", selector), {})  # "A[x]:focus" -> "A:focus"
        ring = next(
            (
                colour_in(v)
                for r in (rule, general)
                for k, v in r.items()
                if k.startswith("border") and colour_in(v)
            ),
            None,
        )
        before = border_colours(plain, sheet) or backgrounds(plain, sheet)
        rings = [ratio(ring, c) for c in before] if ring else []
        focused_fill = fill(rule)
        fills = [ratio(focused_fill, c) for c in backgrounds(plain, sheet)] if focused_fill else []
        if (rings and min(rings) >= GRAPHIC) or (fills and min(fills) >= GRAPHIC):
            continue
        if rings or fills:
            yield f"{selector}: ring {ring} on {before}, fill {focused_fill}: under 3:1"


def test_style_sheet_text_and_focus_rings_hold_their_contrast() -> None:
    for copy in (ROOT / "resources" / "style.qss", ROOT / "src/placeboard/ui/resources/style.qss"):
        sheet = rules(copy.read_text(encoding="utf-8"))
        assert len(sheet) > 20
        assert list(sheet_problems(sheet)) == []
        assert list(focus_problems(sheet)) == []
    # The progress bars' fill against their trough (a graphic: 3:1).
    sheet = rules((ROOT / "resources" / "style.qss").read_text(encoding="utf-8"))
    chunk, trough = fill(sheet["QProgressBar::chunk"]), fill(sheet["QProgressBar"])
    assert chunk and trough and ratio(chunk, trough) >= GRAPHIC


def test_the_sheet_check_finds_pale_text() -> None:
    sheet = rules("QLabel#pale { color: #AEB7BD; } QWidget#w { background: #FFFFFF; }")
    assert len(list(sheet_problems(sheet))) == 2  # on the window and on a card
    assert list(sheet_problems(rules("QLabel#big { color: #AEB7BD; font-size: 2em; }")))
    assert not list(sheet_problems(rules("QLabel#big { color: #768692; font-size: 2em; }")))
    assert not list(sheet_problems(rules("QLabel#ok { color: #425563; }")))
    button = "QPushButton { border: 2px solid #FFFFFF; background: #FFFFFF; }"
    assert list(focus_problems(rules(button + "QPushButton:focus { border-color: #FFEB3B; }")))
    assert not list(focus_problems(rules(button + "QPushButton:focus { border-color: #231F20; }")))
    assert not list(focus_problems(rules(button + "QPushButton:focus { background: #003087; }")))
    assert list(focus_problems(rules(button + "QPushButton:focus { background: #FFEB3B; }")))


# -- the colours in code -----------------------------------------------------------------


def pairs() -> Iterator[tuple[str, str, str, float]]:
    """(what, foreground, background, the ratio it needs)."""
    for key in RAG_COLOURS:
        yield f"RAG {key} chip", RAG_TEXT_COLOURS[key], RAG_COLOURS[key], TEXT
    for band in BAND_COLOURS:
        yield f"band {band}", BAND_TEXT_COLOURS[band], BAND_COLOURS[band], TEXT
        yield f"heat-map ring on {band}", heat_map.RING, BAND_COLOURS[band], GRAPHIC
    for status, (ground, ink) in STATUS_COLOURS.items():
        yield f"criterion {status}", ink, ground, TEXT
    table_rows = (WHITE, QApplication.palette().color(QPalette.ColorRole.AlternateBase).name())
    for row in table_rows:
        for kind, ink in (*VARIATION_COLOURS.items(), ("common cause", COMMON_CAUSE_TEXT)):
            yield f"variation {kind} text", ink, row, TEXT
        yield "past row text", PAST_TEXT, row, TEXT
    yield "alert row", ALERT_TEXT, ALERT_FILL, TEXT
    yield "low attendance", LOW_FOREGROUND.name(), LOW_BACKGROUND.name(), TEXT
    for kind, mark in spc_icons.SCREEN_COLOURS.items():
        yield f"SPC {kind} point and icon", mark, spc_chart.BACKGROUND, GRAPHIC
        yield f"SPC {kind} icon on its disc", mark, spc_icons.ICON_FILL, GRAPHIC
    yield "icon without a target", spc_icons.NO_ASSURANCE_COLOUR, spc_icons.ICON_FILL, GRAPHIC
    yield "icon's target line", spc_icons.TARGET_COLOUR, spc_icons.ICON_FILL, GRAPHIC
    chart = spc_chart
    for name in ("VALUE_COLOUR", "MEAN_COLOUR", "LIMIT_COLOUR", "TARGET_COLOUR", "REBASE_COLOUR"):
        yield f"chart {name}", getattr(chart, name), chart.BACKGROUND, GRAPHIC
    yield "chart axis text", chart.MEAN_COLOUR, chart.BACKGROUND, TEXT
    yield "chart rebase label", chart.REBASE_COLOUR, chart.BACKGROUND, TEXT
    yield "chart note number", chart.MEAN_COLOUR, chart.NOTE_FILL, TEXT
    yield "chart warnings", chart.WARNING_COLOUR, PAGE, TEXT
    for own, _mark, word in chart.LEGEND_ITEMS:
        yield f"legend mark for {word}", own, PAGE, GRAPHIC
    yield "RAG history axis", style.NHS_DARK_GREY, PAGE, TEXT


def test_colours_in_code_hold_their_contrast() -> None:
    found = list(pairs())
    assert len(found) > 50
    weak = [
        f"{what}: {ink} on {ground} is {ratio(ink, ground):.2f}:1 < {need}"
        for what, ink, ground, need in found
        if ratio(ink, ground) < need
    ]
    assert weak == []


# -- high contrast -----------------------------------------------------------------------


def contrast_palette() -> QPalette:
    """A Windows-like high-contrast theme: white on black, yellow highlight."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role in (roles.Window, roles.Base, roles.AlternateBase, roles.Button, roles.ToolTipBase):
        palette.setColor(role, QColor("#000000"))
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.ToolTipText):
        palette.setColor(role, QColor("#FFFFFF"))
    for role in (roles.Light, roles.Midlight, roles.Mid, roles.Dark, roles.Shadow):
        palette.setColor(role, QColor("#FFFFFF"))
    palette.setColor(roles.Highlight, QColor("#FFFF00"))
    palette.setColor(roles.HighlightedText, QColor("#000000"))
    return palette


@pytest.fixture
def high_contrast(monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """High contrast forced by the environment, over a black/white/yellow palette; the
    application's look is put back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QPalette(app.palette())
    monkeypatch.setenv(style.CONTRAST_ENV, "1")
    app.setPalette(contrast_palette())
    style.apply_style(app)
    yield app
    monkeypatch.delenv(style.CONTRAST_ENV)
    app.setPalette(before)
    style.apply_style(app)


def has_colour(css: str) -> bool:
    """A colour among the values (not a "#" of a selector such as QLabel#name)."""
    return re.search(r":[^;{}]*#[0-9A-Fa-f]{3,8}\b", css) is not None


def dominant(image: QImage) -> str:
    """The commonest colour of an image (every fourth pixel each way)."""
    counts = Counter(
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )
    return counts.most_common(1)[0][0]


def area_row(key: str) -> int:
    return next(n for n, a in enumerate(AREAS) if a.key == key)


def test_high_contrast_draws_every_view_with_the_palette(
    high_contrast: QApplication, make_window: MakeWindow, demo_services: Services, qtbot: QtBot
) -> None:
    assert style.high_contrast()
    assert not has_colour(high_contrast.styleSheet())  # no colour of PlaceBoard's own
    window = make_window(demo_services)
    window.resize(1366, 768)
    for key in ("overview", "risks", "metrics", "priorities", "stages", "icb"):
        window.show_area(area_row(key))
        view = window.stack.currentWidget()
        qtbot.wait(20)
        image = view.grab().toImage()
        assert dominant(image) == "#000000", key  # not #F0F4F5 or #FFFFFF
        navigation = window.findChild(QWidget, "navigation")
        assert navigation is not None and dominant(navigation.grab().toImage()) == "#000000"
    # Colours set on single widgets are taken off: the RAG key's chips are plain words.
    key = window.findChild(RagKey)
    assert key is not None
    for chip in key.findChildren(QLabel):
        assert not has_colour(chip.styleSheet())
    # The chart draws on the palette's base, its special causes in the highlight.
    window.show_area(area_row("metrics"))
    metrics = window.stack.currentWidget()
    plot = metrics.chart_view.plot
    assert plot.backgroundBrush().color().name() == "#000000"
    assert plot.points_item is not None
    brushes = {p.brush().color().name() for p in plot.points_item.points()}
    assert brushes <= {"#ffffff", "#ffff00"}


def test_high_contrast_keeps_the_words_of_coloured_cells(
    high_contrast: QApplication, make_window: MakeWindow, demo_services: Services, qtbot: QtBot
) -> None:
    window = make_window(demo_services)
    window.show_area(area_row("priorities"))
    view = window.stack.currentWidget()
    model = view.tracker.table.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "RAG"
    )
    words = {model.index(r, column).data() for r in range(model.rowCount())}
    assert {"Red", "Amber", "Green"} <= words
    window.show_area(area_row("risks"))
    risks = window.stack.currentWidget()
    proxy = risks.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 3)
        assert index.data(Qt.ItemDataRole.BackgroundRole) is None  # the palette's base
        assert index.data().split()[1] in ("Low", "Moderate", "High", "Extreme")


def test_high_contrast_off_again_puts_the_colours_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    key = RagKey()
    qtbot.addWidget(key)
    key.show()
    sheet = key.chips["red"].styleSheet()
    assert RAG_COLOURS["red"] in sheet
    monkeypatch.setenv(style.CONTRAST_ENV, "1")
    try:
        style.apply_style(app)
        assert not has_colour(key.chips["red"].styleSheet())
        assert not has_colour(app.styleSheet())
    finally:
        monkeypatch.setenv(style.CONTRAST_ENV, "0")
        style.apply_style(app)
    assert not style.high_contrast()
    assert key.chips["red"].styleSheet() == sheet
    assert "#005EB8" in app.styleSheet()


def test_contrast_setting_is_read_from_the_environment_or_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for value, wanted in (("1", True), ("yes", True), ("0", False), ("off", False)):
        monkeypatch.setenv(style.CONTRAST_ENV, value)
        assert style.high_contrast_wanted() is wanted
    monkeypatch.delenv(style.CONTRAST_ENV)
    hints = QApplication.styleHints()
    system = hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    assert style.high_contrast_wanted() is system


def test_without_colours_keeps_sizes_and_focus_rules() -> None:
    css = (
        "QLabel#a { color: #003087; font-size: 2em; padding: 4px; }\n"
        "QPushButton:focus { border: 2px solid #FFEB3B; }\n"
        "QWidget#b { background: #E8EDEE; border-left: 4px solid #005EB8; }"
    )
    plain = style.without_colours(css)
    assert not has_colour(plain)
    assert "font-size: 2em" in plain and "padding: 4px" in plain
    assert "QPushButton:focus { border: 2px solid palette(highlight); }" in plain
    assert "border-left: 4px solid palette(window-text)" in plain
    assert style.without_colours("color: #8A1538; font-weight: bold;") == "font-weight: bold;"


def test_a_change_of_the_system_s_setting_is_followed_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """make_application listens to Qt's contrastPreferenceChanged: when it fires, the
    look is chosen again (here the environment stands in for the new setting)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = QApplication.styleHints()
    signal = hints.accessibility().contrastPreferenceChanged
    monkeypatch.setenv(style.CONTRAST_ENV, "1")
    try:
        signal.emit(Qt.ContrastPreference.HighContrast)
        assert style.high_contrast() and not has_colour(app.styleSheet())
    finally:
        monkeypatch.setenv(style.CONTRAST_ENV, "0")
        signal.emit(Qt.ContrastPreference.NoPreference)
    assert not style.high_contrast() and has_colour(app.styleSheet())
