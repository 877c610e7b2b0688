"""No meaning by colour alone: over the demo boards, in every view and every tab of it,
each table cell that a colour marks also says what the colour means in its text, its
tooltip or what a screen reader reads; heat-map cells say likelihood, impact, score and
count; the SPC icons come with words."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from placeboard.domain.risk_matrix import BAND_COLOURS
from placeboard.domain.spc import VARIATION_LABELS
from placeboard.domain.vocab import RAG_COLOURS
from placeboard.services import Services
from placeboard.ui.areas import AREAS
from placeboard.ui.attendance_model import LOW_BACKGROUND
from placeboard.ui.icb_view import IcbView
from placeboard.ui.metric_model import COMMON_CAUSE_TEXT, VARIATION_COLOURS
from placeboard.ui.metrics_view import MetricsView
from placeboard.ui.models.lines import ALERT_FILL, PAST_TEXT
from placeboard.ui.models.risk_models import CELL_ROLE
from placeboard.ui.models.stage_models import STATUS_COLOURS
from placeboard.ui.risks_view import RisksView
from placeboard.ui.spc_icons import IconWithText, assurance_text, variation_text
from placeboard.ui.tor_models import AMBER_FILL

from .conftest import MakeWindow

ROLE = Qt.ItemDataRole
TEXT_ROLES = (
    ROLE.DisplayRole,
    ROLE.ToolTipRole,
    ROLE.AccessibleTextRole,
    ROLE.AccessibleDescriptionRole,
)
ALERT_WORDS = (
    "overdue", "special cause", "rule", "a point", "a run", "two of three", "not quorate",
    "without", "no voting", "error", "failed", "outstanding",
)  # fmt: skip
PAST_WORDS = (
    "past", "ended", "closed", "cancelled", "done", "settled", "resolved", "not recorded",
    "left", "former", "superseded", "withdrawn", "tolerated", "transferred",
)  # fmt: skip


def meanings() -> dict[str, tuple[str, ...]]:
    """Each colour a table uses to mark something -> words, one of which must be said."""
    found: dict[str, set[str]] = {}

    def add(colour: str, *words: str) -> None:
        found.setdefault(QColor(colour).name(), set()).update(words)

    rag_words = {
        "red": ("red",), "amber": ("amber",), "green": ("green",),
        "blue": ("blue", "complete"), "grey": ("grey", "not started"),
    }  # fmt: skip
    for key, fill in RAG_COLOURS.items():
        add(fill, *rag_words[key])
    for band, fill in BAND_COLOURS.items():
        add(fill, band)
    status_words = {
        "not_started": "not started", "in_progress": "in progress", "met": "met",
        "not_applicable": "not applicable",
    }  # fmt: skip
    for status, (fill, _text) in STATUS_COLOURS.items():
        add(fill, status_words[status])
    add(ALERT_FILL, *ALERT_WORDS)
    add(AMBER_FILL, "overdue", "outstanding")
    add(LOW_BACKGROUND.name(), "low")
    add(PAST_TEXT, *PAST_WORDS)
    add(VARIATION_COLOURS["improvement"], "improv")
    add(VARIATION_COLOURS["concern"], "concern")
    add(VARIATION_COLOURS["neutral"], "neither")
    add(COMMON_CAUSE_TEXT, "common cause")
    return {colour: tuple(sorted(words)) for colour, words in found.items()}


def colour_of(value: object) -> str | None:
    if isinstance(value, QBrush) and value.style() != Qt.BrushStyle.NoBrush:
        return value.color().name()
    if isinstance(value, QColor) and value.isValid():
        return value.name()
    return None


def marking_colour(model: QAbstractItemModel, index: QModelIndex) -> str | None:
    """The colour that marks a cell: its fill, else its text colour (a text colour on a
    fill only keeps the fill readable)."""
    return colour_of(index.data(ROLE.BackgroundRole)) or colour_of(index.data(ROLE.ForegroundRole))


def column_count(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model: Qt keeps its columnCount private
        return 1


def said(index: QModelIndex) -> str:
    return " ".join(str(index.data(role) or "") for role in TEXT_ROLES).casefold()


def row_said(model: QAbstractItemModel, row: int) -> str:
    columns = range(column_count(model))
    return " ".join(str(model.index(row, c).data() or "") for c in columns).casefold()


def unexplained(
    view: QAbstractItemView, known: dict[str, tuple[str, ...]], seen: set[str] | None = None
) -> Iterator[str]:
    """Cells marked by a colour whose words are missing. A colour on every cell of a row
    marks the row, which its own cells (a status or flag column) must explain. The
    colours met are added to `seen`."""
    model = view.model()
    if model is None:
        return
    for row in range(model.rowCount(QModelIndex())):
        cells = [model.index(row, c) for c in range(column_count(model))]
        colours = [marking_colour(model, i) for i in cells]
        whole_row = len(cells) > 1 and len(set(colours)) == 1
        for index, colour in zip(cells, colours, strict=True):
            if colour is None:
                continue
            if seen is not None:
                seen.add(colour)
            words = known.get(colour)
            name = view.accessibleName() or view.objectName() or type(view).__name__
            where = f"{name} row {row} column {index.column()} ({colour})"
            if words is None:
                yield f"{where}: a colour with no known meaning"
                continue
            text = said(index) + (" " + row_said(model, row) if whole_row else "")
            if not any(word in text for word in words):
                yield f"{where}: {said(index)[:80]!r} says none of {words}"


def views_of(root: QWidget) -> list[QAbstractItemView]:
    return [v for v in root.findChildren(QAbstractItemView) if v.isVisibleTo(root)]


def test_every_coloured_cell_in_every_view_says_its_meaning(
    make_window: MakeWindow, demo_services: Services, qtbot: QtBot
) -> None:
    window = make_window(demo_services)
    window.resize(1366, 768)
    known = meanings()
    problems: list[str] = []
    seen: set[str] = set()
    checked = 0
    for row, _area in enumerate(AREAS):
        window.show_area(row)
        view = window.stack.currentWidget()
        qtbot.wait(10)
        if isinstance(view, IcbView):  # it reads every place in a worker
            qtbot.waitUntil(lambda v=view: not v.is_reading(), timeout=60_000)
        pages = [(t, n) for t in view.findChildren(QTabWidget) for n in range(t.count())]
        for tabs, number in [(None, 0), *pages]:
            if tabs is not None:
                tabs.setCurrentIndex(number)
                qtbot.wait(10)
            for table in views_of(view):
                problems += unexplained(table, known, seen)
                checked += table.model().rowCount(QModelIndex()) if table.model() else 0
    assert checked > 200  # the demo boards fill the tables
    # RAG, band, alert and past-row colours were all met (and explained).
    wanted = {RAG_COLOURS["red"], RAG_COLOURS["blue"], BAND_COLOURS["high"], ALERT_FILL}
    wanted |= {PAST_TEXT, VARIATION_COLOURS["improvement"]}
    assert {QColor(c).name() for c in wanted} <= seen
    assert sorted(set(problems)) == []


def test_the_check_finds_a_colour_with_no_words(qtbot: QtBot) -> None:
    """The check above is not vacuous: a red cell that says only a number fails it."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(1, 2)
    for column, text in enumerate(("R01", "3")):
        item = QStandardItem(text)
        item.setBackground(QBrush(QColor(RAG_COLOURS["red"])))
        model.setItem(0, column, item)
    model.item(0, 0).setBackground(QBrush())
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    found = list(unexplained(table, meanings()))
    assert len(found) == 1 and "says none of" in found[0]
    model.item(0, 1).setToolTip("3 priorities rated Red")
    assert list(unexplained(table, meanings())) == []


def test_heat_map_cells_say_likelihood_consequence_score_and_count(
    qtbot: QtBot, demo_services: Services
) -> None:
    from PySide6.QtGui import QUndoStack

    view = RisksView(demo_services, QUndoStack())
    qtbot.addWidget(view)
    place = demo_services.places.list_places()[0]
    view.set_place(place.id)
    heat = view.heat_map.heat
    counts = demo_services.risks.heat_map(place.id)
    for row in range(5):
        for column in range(5):
            index = heat.index(row, column)
            likelihood, consequence = index.data(CELL_ROLE)
            spoken = index.data(ROLE.AccessibleTextRole)
            count = counts.get((likelihood, consequence), 0)
            assert f"Likelihood {likelihood}" in spoken
            assert f"consequence {consequence}" in spoken
            assert f"score {likelihood * consequence}" in spoken
            assert f"{count} " in spoken
            assert index.data(ROLE.ToolTipRole) == spoken
            assert index.data() == str(count)


def test_spc_icons_come_with_their_words(qtbot: QtBot, demo_services: Services) -> None:
    from PySide6.QtGui import QUndoStack

    view = MetricsView(demo_services, QUndoStack())
    qtbot.addWidget(view)
    view.set_place(demo_services.places.list_places()[0].id)
    icons = view.findChildren(IconWithText)
    assert len(icons) >= 2
    for icon in icons:
        words = (
            variation_text(icon.kind or "common_cause")
            if icon.what == "variation"
            else assurance_text(icon.kind)
        )
        assert icon.text() == words
        assert icon.accessibleDescription() == words
        assert icon.icon.accessibleDescription() == words
    # The list's icon cells: a picture, with the whole sentence as tooltip and spoken text.
    model = view.model
    for row in range(model.rowCount(QModelIndex())):
        index = model.index(row, model.VARIATION)
        assert not index.data(ROLE.DecorationRole).isNull()
        assert index.data(ROLE.AccessibleTextRole) in VARIATION_LABELS.values()
        assert index.data(ROLE.ToolTipRole) == index.data(ROLE.AccessibleTextRole)
        assurance = model.index(row, model.ASSURANCE)
        assert assurance.data(ROLE.AccessibleTextRole)
