"""The dialogs the views open, as a screen reader and the keyboard meet them.

Every compiled form (forms/*.ui) is loaded onto a dialog, and every record dialog class
is opened as a view would open it. In each, every input has a name (its own, or its
buddy label's), a description that says more than the name, and Tab visits every input
in the order they are laid out, top to bottom, then the dialog's buttons, and comes round.
"""

from __future__ import annotations

import importlib
import inspect
import itertools
import pkgutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from PySide6 import QtWidgets
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import placeboard.ui
from placeboard.services import Services
from placeboard.services.metric_charts import MetricInfo
from placeboard.ui import form_compiler

from .test_accessibility import missing, spoken, where

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractButton,
    QAbstractItemView,
)
TODAY = date(2026, 11, 24)
MOST_STOPS = 60
ROW_SLACK = 8  # pixels: inputs this close in height sit on one row
# The base of the record dialogs, and the About box the window (not a view) opens.
NOT_RECORDS = ("record_dialog", "about_dialog")


def forms() -> list[tuple[type, type]]:
    """Every dialog form in forms/*.ui: (its compiled Ui_ class, the widget class it
    dresses). A wizard's pages are read, and tabbed through, within their wizard."""
    found = []
    for ui in sorted(form_compiler.FORMS_DIR.glob("*.ui")):
        root = ElementTree.parse(ui).getroot()
        top = root.find("widget")
        assert top is not None, ui.name
        if top.get("class") != "QDialog":
            continue
        module = importlib.import_module(f"placeboard.ui.forms.ui_{ui.stem}")
        ui_class = getattr(module, f"Ui_{root.findtext('class')}")
        found.append((ui_class, getattr(QtWidgets, top.get("class", ""))))
    return found


def is_inner_part(widget: QWidget) -> bool:
    """A part Qt builds inside a control (a spin box's or combo's text line, a calendar):
    it is read as the control it belongs to."""
    parent = widget.parentWidget()
    inner = widget.objectName().startswith("qt_")
    return inner or isinstance(parent, (QComboBox, QAbstractSpinBox, QCalendarWidget))


def inputs_of(dialog: QWidget, with_buttons: bool = False) -> list[QWidget]:
    """The inputs showing on `dialog`, in the order they were built; the OK and Cancel
    buttons (named in code, not in the form) only `with_buttons`."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(dialog):
            continue
        if is_inner_part(widget):
            continue
        in_box = isinstance(widget.parentWidget(), QDialogButtonBox)
        if in_box and not with_buttons:
            continue
        found.append(widget)
    return found


def has_buddy(widget: QWidget) -> bool:
    return any(label.buddy() is widget for label in widget.window().findChildren(QLabel))


def unspoken_inputs(dialog: QWidget, with_buttons: bool) -> list[str]:
    problems = [] if dialog.accessibleName() else [f"the dialog has no name: {where(dialog)}"]
    for widget in inputs_of(dialog, with_buttons):
        problems += missing(*spoken(widget), where(widget))
        labelled = isinstance(widget, QAbstractButton) or has_buddy(widget)
        if not labelled and not widget.accessibleName():
            problems.append(f"neither a buddy label nor an accessible name: {where(widget)}")
    return problems


def takes_tab(widget: QWidget, dialog: QWidget) -> bool:
    tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    return bool(tab) and widget.isEnabled() and widget.isVisibleTo(dialog)


def first_stop(dialog: QWidget) -> QWidget:
    """Where Tab starts: the first widget in the dialog's focus chain that takes it."""
    widget = dialog.nextInFocusChain()
    while widget is not dialog and not takes_tab(widget, dialog):
        widget = widget.nextInFocusChain()
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def tab_round(dialog: QWidget, qtbot: QtBot) -> list[QWidget]:
    """Show `dialog`, give its first stop the focus and press Tab until the focus comes
    back to it: the widgets passed through, the first included, each once. (Tab moves
    through a date's day, month and year before it moves on.)"""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    first = first_stop(dialog)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    passed = [first]
    for _ in range(MOST_STOPS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first and passed[-1] is not first:
            return passed
        if now is not passed[-1]:
            passed.append(now)
    raise AssertionError(f"Tab never comes back to {where(first)}: {where(passed[-1])}")


def out_of_order(dialog: QWidget, passed: list[QWidget]) -> list[str]:
    """Inputs Tab misses, and any Tab reaches above the one before it (a form reads top
    to bottom; inputs side by side, within a few pixels of each other, left to right)."""
    stops = [w for w in inputs_of(dialog, True) if takes_tab(w, dialog)]
    problems = [f"Tab misses {where(w)}" for w in stops if w not in passed]
    fields = [w for w in passed if not isinstance(w.parentWidget(), QDialogButtonBox)]
    for before, here in itertools.pairwise(fields):
        above, below = before.mapTo(dialog, QPoint(0, 0)), here.mapTo(dialog, QPoint(0, 0))
        same_row = abs(below.y() - above.y()) <= ROW_SLACK
        if below.y() < above.y() - ROW_SLACK or (same_row and below.x() < above.x()):
            problems.append(f"Tab goes back up from {where(before)} to {where(here)}")
    return problems


# -- every compiled form ---------------------------------------------------------------


@pytest.fixture(params=forms(), ids=lambda form: form[0].__name__)
def form(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    ui_class, widget_class = request.param
    dialog = widget_class()
    qtbot.addWidget(dialog)
    ui_class().setupUi(dialog)
    for label in dialog.findChildren(QLabel):
        if label.objectName() == "errorLabel":
            label.hide()  # shown only with a problem to report
    return dialog


def test_there_are_forms_to_check() -> None:
    names = {ui.__name__ for ui, _widget in forms()}
    assert {"Ui_MembershipDialog", "Ui_RiskDialog", "Ui_PaperDialog"} <= names
    assert len(names) >= 30


def test_every_input_of_a_form_is_named_and_described(form: QWidget) -> None:
    assert inputs_of(form), "a form with no inputs"
    assert unspoken_inputs(form, with_buttons=False) == []


def test_tab_goes_through_a_form_in_order(form: QWidget, qtbot: QtBot) -> None:
    passed = tab_round(form, qtbot)
    assert out_of_order(form, passed) == []


# -- every record dialog, as a view opens it -------------------------------------------


def dialog_classes() -> list[type]:
    """Every dialog class in the modules the views open dialogs from."""
    found: set[type] = set()
    for module in pkgutil.iter_modules(placeboard.ui.__path__):
        if not module.name.endswith(("_dialog", "_dialogs")) or module.name in NOT_RECORDS:
            continue
        loaded = importlib.import_module(f"placeboard.ui.{module.name}")
        for name, cls in vars(loaded).items():
            mine = inspect.isclass(cls) and cls.__module__ == loaded.__name__
            if mine and issubclass(cls, QDialog) and not name.startswith("_"):  # not a base
                found.add(cls)
    return sorted(found, key=lambda c: c.__name__)


def place_of(services: Services, name: str = "Blackpool") -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


def makers(services: Services, folder: Path) -> dict[str, Callable[[], QDialog]]:
    """How to open each dialog class with the demo board's records, as its view does."""
    from placeboard.ui import (
        attendance_dialogs,
        declaration_dialog,
        deputy_dialog,
        hub_dialog,
        meeting_dialogs,
        membership_dialog,
        metric_dialogs,
        metric_import_dialog,
        minutes_dialogs,
        paper_dialog,
        priorities_dialogs,
        risks_dialogs,
        stages_dialogs,
        tor_dialogs,
    )

    place = place_of(services)
    people = services.membership.list_people(place)
    partners = services.organisations.list_partners(place)
    member = services.membership.list_members(place)[0]
    risk = services.risks.risk_rows(place)[0]
    stages = [("In development", "s1"), ("In shadow", "s2")]
    periods = [("2025-04", "April 2025"), ("2025-05", "May 2025")]
    metric = MetricInfo("m", "Smoking quit rate", "%", "higher", 50.0, "monthly", "NHS", "")
    csv = folder / "values.csv"
    csv.write_text("metric,place,period,value\nSmoking quit rate,Blackpool,2025-04,51\n")
    return {
        "AttendanceDialog": lambda: attendance_dialogs.AttendanceDialog(),
        "ItemDeclarationDialog": lambda: attendance_dialogs.ItemDeclarationDialog(
            [("1. Welcome", "i1")], [(p.full_name, p.id) for p in people[:3]], []
        ),
        "DeclarationDialog": lambda: declaration_dialog.DeclarationDialog(people),
        "DeputyDialog": lambda: deputy_dialog.DeputyDialog(member, people, TODAY),
        "HubSettingsDialog": lambda: hub_dialog.HubSettingsDialog(lambda *_a: None),
        "MeetingDialog": lambda: meeting_dialogs.MeetingDialog(["Blackpool Town Hall"]),
        "AgendaItemDialog": lambda: meeting_dialogs.AgendaItemDialog(),
        "MembershipDialog": lambda: membership_dialog.MembershipDialog(people, partners),
        "EndMembershipDialog": lambda: membership_dialog.EndMembershipDialog(member, TODAY),
        "MetricDialog": lambda: metric_dialogs.MetricDialog(metric),
        "RebaseDialog": lambda: metric_dialogs.RebaseDialog("Smoking", periods),
        "AnnotationDialog": lambda: metric_dialogs.AnnotationDialog("Smoking", periods),
        "MetricImportDialog": lambda: metric_import_dialog.MetricImportDialog(
            services.metric_files.check(csv)
        ),
        "ResolutionDialog": lambda: minutes_dialogs.ResolutionDialog(),
        "ActionDialog": lambda: minutes_dialogs.ActionDialog([("1. Welcome", "i1")], ["Chair"]),
        "ActionUpdateDialog": lambda: minutes_dialogs.ActionUpdateDialog(),
        "PlanEntryDialog": lambda: minutes_dialogs.PlanEntryDialog([("12 January 2027", "m1")]),
        "PaperDialog": lambda: paper_dialog.PaperDialog(),
        "PriorityDialog": lambda: priorities_dialogs.PriorityDialog(
            [(o.name, o.id) for o in partners]
        ),
        "UpdateDialog": lambda: priorities_dialogs.UpdateDialog(),
        "MilestoneDialog": lambda: priorities_dialogs.MilestoneDialog(),
        "GlossaryTermDialog": lambda: priorities_dialogs.GlossaryTermDialog(),
        "RiskDialog": lambda: risks_dialogs.RiskDialog([(o.name, o.id) for o in partners]),
        "MitigationDialog": lambda: risks_dialogs.MitigationDialog(),
        "RiskReviewDialog": lambda: risks_dialogs.RiskReviewDialog(risk, TODAY),
        "CriterionDialog": lambda: stages_dialogs.CriterionDialog(stages),
        "StatusDialog": lambda: stages_dialogs.StatusDialog(),
        "EvidenceDialog": lambda: stages_dialogs.EvidenceDialog(),
        "DecisionDialog": lambda: stages_dialogs.DecisionDialog(stages, lambda _id: 2),
        "ApprovalDialog": lambda: tor_dialogs.ApprovalDialog(
            "Version 2.0", [(o.id, o.name) for o in partners], lambda _a: None, TODAY
        ),
        "NewVersionDialog": lambda: tor_dialogs.NewVersionDialog(
            "Version 2.0", "Version 2.1", lambda _label: None
        ),
    }


@pytest.fixture
def opened(
    demo_services: Services, tmp_path: Path, qtbot: QtBot
) -> Iterator[Callable[[str], QDialog]]:
    ways = makers(demo_services, tmp_path)
    made: list[QDialog] = []

    def open_dialog(name: str) -> QDialog:
        dialog = ways[name]()
        qtbot.addWidget(dialog)
        made.append(dialog)
        return dialog

    yield open_dialog
    for dialog in made:
        dialog.close()


def test_every_dialog_class_is_checked(demo_services: Services, tmp_path: Path) -> None:
    assert {c.__name__ for c in dialog_classes()} == set(makers(demo_services, tmp_path))


@pytest.mark.parametrize("name", [c.__name__ for c in dialog_classes()])
def test_every_dialog_is_named_and_described_and_tab_goes_round_in_order(
    opened: Callable[[str], QDialog], name: str, qtbot: QtBot
) -> None:
    dialog = opened(name)
    assert unspoken_inputs(dialog, with_buttons=True) == []
    buttons = [w for w in inputs_of(dialog, True) if isinstance(w.parentWidget(), QDialogButtonBox)]
    assert buttons, "no OK or Cancel"
    passed = tab_round(dialog, qtbot)
    assert out_of_order(dialog, passed) == []


def test_inner_parts_of_a_dialog_s_controls_are_named_after_them(
    opened: Callable[[str], QDialog],
) -> None:
    """A combo's typing line and a date's text are read with their control's name."""
    dialog = opened("MembershipDialog")
    problems: list[str] = []
    for widget in dialog.findChildren(QLineEdit):
        owner: Any = widget.parentWidget()
        if isinstance(owner, (QComboBox, QAbstractSpinBox)) and owner.isVisibleTo(dialog):
            problems += missing(*spoken(widget), where(widget))
    assert problems == []
