"""The committed compiled forms (and packaged resources) match their sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget
from pytestqt.qtbot import QtBot

from placeboard.ui import form_compiler
from placeboard.ui.first_run import FirstRunDialog
from placeboard.ui.forms.ui_about import Ui_AboutDialog
from placeboard.ui.forms.ui_first_run import Ui_FirstRunDialog

FORMS = sorted(form_compiler.FORMS_DIR.glob("*.ui"))


def test_there_are_forms() -> None:
    assert {f.name for f in FORMS} >= {"first_run.ui", "about.ui"}


@pytest.mark.parametrize("ui", FORMS, ids=lambda p: p.name)
def test_compiled_form_is_up_to_date(ui: Path) -> None:
    compiled = form_compiler.compiled_path(ui)
    assert compiled.exists(), f"{compiled} is missing: run make forms"
    fresh = form_compiler.compile_form(ui)
    assert fresh.splitlines()[0] == f"# generated from forms/{ui.name} by make forms — do not edit"
    stale = f"{compiled.name} is stale: run make forms"
    assert compiled.read_text(encoding="utf-8") == fresh, stale


@pytest.mark.parametrize("name", form_compiler.RESOURCE_FILES)
def test_packaged_resource_is_up_to_date(name: str) -> None:
    packaged = form_compiler.PACKAGE_RESOURCES_DIR / name
    assert packaged.read_text(encoding="utf-8") == form_compiler.copy_resource(name), (
        f"{packaged.name} differs from resources/{name}: run make forms"
    )


def test_check_mode_reports_nothing_stale() -> None:
    assert form_compiler.main(["--check"]) == 0


@pytest.mark.parametrize("ui_class", [Ui_FirstRunDialog, Ui_AboutDialog])
def test_every_control_in_a_form_has_an_accessible_name(qtbot: QtBot, ui_class: type) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui_class().setupUi(dialog)
    assert dialog.accessibleName()
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QAbstractButton) or w.objectName().endswith("Value")
    ]
    assert controls
    for widget in controls:
        if isinstance(widget, QAbstractButton) and widget.parent() is not dialog:
            continue  # buttons a QDialogButtonBox makes are named by their text
        assert widget.accessibleName(), widget.objectName()


def next_tab_stop(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


def test_first_run_tab_order_and_default(qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert next_tab_stop(ui.loadDemoButton) is ui.newBoardButton
    assert next_tab_stop(ui.newBoardButton) is ui.hubButton
    assert next_tab_stop(ui.hubButton) is ui.startEmptyButton
    assert next_tab_stop(ui.startEmptyButton) is ui.loadDemoButton
    assert ui.loadDemoButton.isDefault()
