"""The new-board wizard over a real empty data folder, walked by keyboard and clicks:
each page checks its answers as they change (Next disabled, the reason shown), and
Finish creates the board, which the window then shows."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QTableView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from placeboard.domain.catalogue import ICB, PLACE_PARTNERS, STAGES, TOR_SECTIONS
from placeboard.services import Services
from placeboard.ui.areas import AREAS
from placeboard.ui.main_window import MainWindow
from placeboard.ui.membership_view import MembershipView
from placeboard.ui.models.new_board_models import (
    NAME,
    ORGANISATION,
    ROLE_COLUMN,
    START,
    VOTING,
)
from placeboard.ui.new_board_wizard import (
    MEMBERS_PAGE,
    PARTNERS_PAGE,
    PLACE_PAGE,
    SUMMARY_PAGE,
    TERMS_PAGE,
    NewBoardWizard,
)
from placeboard.ui.terms_view import TermsView

from .conftest import MakeWindow, close_message_boxes
from .test_accessibility import unspoken

PAGES = (PLACE_PAGE, PARTNERS_PAGE, MEMBERS_PAGE, TERMS_PAGE, SUMMARY_PAGE)
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
TRUST = "Blackpool Teaching Hospitals NHS Foundation Trust"
SUMMARY_WORDS = (
    "Blackpool Place-Based Partnership Board",
    "Partner organisations (11)",
    "Members (5)",
    "Blackpool Carers Centre (Carers) — Voluntary, community, faith and social enterprise "
    "(VCFSE) — new organisation",
    "10 of these organisations are not kept on this laptop yet",
    "Fay Wu — In attendance for Blackpool Council, not voting",
    "A draft labelled “Version 1.0” with 7 sections",
    "17 standard criteria",
)


def shots_folder(tmp_path: Path) -> Path:
    """$PLACEBOARD_SHOTS when set (to look at), else tmp_path (just to prove they render)."""
    folder = Path(os.environ.get("PLACEBOARD_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_wizard(qtbot: QtBot, window: MainWindow) -> NewBoardWizard:
    wizard = window.new_board()
    qtbot.waitExposed(wizard)
    activate(qtbot, wizard)
    assert wizard.windowModality() == Qt.WindowModality.WindowModal
    return wizard


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Mnemonics and shortcuts go to the active window (a new one must be on screen
    before it can be made active)."""
    qtbot.waitUntil(lambda: widget.windowHandle() is not None and widget.windowHandle().isExposed())
    if QApplication.activeWindow() is not widget:
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def can_go_on(wizard: NewBoardWizard) -> bool:
    return wizard.button(NEXT).isEnabled()


def problem(wizard: NewBoardWizard) -> str:
    label = wizard.currentPage().ui.problemLabel  # type: ignore[attr-defined]
    return str(label.text()) if label.isVisibleTo(wizard) else ""


def go_on(qtbot: QtBot, wizard: NewBoardWizard, page: int) -> None:
    assert can_go_on(wizard), problem(wizard)
    qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == page


def edit_cell(
    qtbot: QtBot, table: QTableView, row: int, column: int, fill: Callable[[QWidget], None]
) -> None:
    """F2 on the cell, as a person would; `fill` the editor; Enter to keep it."""
    activate(qtbot, table.window())
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.window().focusWidget()
    assert editor is not None and editor is not table, "F2 opened no editor"
    assert editor.accessibleName(), "the cell's editor has no accessible name"
    fill(editor)
    commit(qtbot, table, editor)


def commit(qtbot: QtBot, table: QTableView, editor: QWidget) -> None:
    """Enter keeps the value: the view commits it on its next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState)


def typing(qtbot: QtBot, text: str) -> Callable[[QWidget], None]:
    return lambda editor: qtbot.keyClicks(editor, text)


def choosing(text: str) -> Callable[[QWidget], None]:
    def choose(editor: QWidget) -> None:
        assert isinstance(editor, QComboBox)
        index = editor.findText(text)
        assert index >= 0, f"{text} is not offered"
        editor.setCurrentIndex(index)

    return choose


def dated(day: str) -> Callable[[QWidget], None]:
    def set_date(editor: QWidget) -> None:
        assert isinstance(editor, QDateEdit)
        editor.setDate(editor.date().fromString(day, "dd/MM/yyyy"))

    return set_date


def add_member(
    qtbot: QtBot, wizard: NewBoardWizard, name: str, organisation: str, role: str = "Member"
) -> int:
    """Alt+A adds a row and opens its name for typing; the rest by F2 in each cell."""
    page = wizard.members_page
    activate(qtbot, wizard)
    before = page.model.rowCount()
    qtbot.keyClick(page.ui.memberTable, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the button's click, which lands a moment later.
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)
    editor = wizard.focusWidget()
    assert editor is not None and editor.accessibleName().startswith("Name of member")
    qtbot.keyClicks(editor, name)
    commit(qtbot, page.ui.memberTable, editor)
    row = page.model.rowCount() - 1
    edit_cell(qtbot, page.ui.memberTable, row, ORGANISATION, choosing(organisation))
    if role != "Member":
        edit_cell(qtbot, page.ui.memberTable, row, ROLE_COLUMN, choosing(role))
    return row


def fill_the_place(qtbot: QtBot, wizard: NewBoardWizard, name: str = "Blackpool") -> None:
    page = wizard.place_page
    assert not can_go_on(wizard)
    assert problem(wizard) == "Type the place's name, or choose one of the places."
    qtbot.keyClicks(page.ui.placeCombo.lineEdit(), name)


def test_walk_the_wizard_then_finish_shows_the_new_board(
    qtbot: QtBot, make_window: MakeWindow, services: Services, tmp_path: Path
) -> None:
    shots = shots_folder(tmp_path)
    window = make_window(services)
    window.resize(1280, 860)
    wizard = open_wizard(qtbot, window)
    assert wizard.grab().save(str(shots / "wizard_0_place_empty.png"))

    # The place: a seed-paper place fills in its kind, population and board name.
    fill_the_place(qtbot, wizard)
    ui = wizard.place_page.ui
    assert ui.kindCombo.currentData() == "unitary"
    assert ui.populationSpin.value() == 141_000
    assert ui.boardNameEdit.text() == "Blackpool Place-Based Partnership Board"
    assert ui.icbEdit.text() == ICB.name
    assert "its council is Blackpool Council" in ui.placeHint.text()
    ui.boardNameEdit.clear()
    assert not can_go_on(wizard) and problem(wizard) == "Give the board a name."
    qtbot.keyClicks(ui.boardNameEdit, "Blackpool Place-Based Partnership Board")
    assert wizard.grab().save(str(shots / "wizard_1_place.png"))
    go_on(qtbot, wizard, PARTNERS_PAGE)

    # Partners: the seed papers' ten for Blackpool come ticked; Space unticks the ICB.
    page = wizard.partners_page
    named = PLACE_PARTNERS["Blackpool"]
    assert [p.name for p in page.partners()] == list(named)
    assert page.ui.countLabel.text() == "10 partners ticked"
    assert not page.ui.warningLabel.isVisibleTo(wizard)
    table = page.ui.partnerTable
    table.setFocus()
    table.setCurrentIndex(page.proxy.index(0, 2))  # any cell of the row
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert ICB.name not in [p.name for p in page.partners()]
    assert "No integrated care board among the partners" in page.ui.warningLabel.text()
    assert page.ui.warningLabel.isVisibleTo(wizard) and can_go_on(wizard)  # warned, not blocked
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert not page.ui.warningLabel.isVisibleTo(wizard)
    # A new organisation, added by typing and Enter (which must not press Next).
    qtbot.keyClicks(page.ui.newNameEdit, "Blackpool Carers Centre")
    qtbot.keyClicks(page.ui.newShortEdit, "Carers")
    page.ui.newSectorCombo.setCurrentIndex(page.ui.newSectorCombo.findData("vcfse"))
    qtbot.keyClick(page.ui.newShortEdit, Qt.Key.Key_Return)
    assert wizard.currentId() == PARTNERS_PAGE
    assert page.partners()[0].name == "Blackpool Carers Centre"
    assert page.ui.countLabel.text() == "11 partners ticked"
    page.ui.filterEdit.setText("carers")
    assert page.proxy.rowCount() == 1
    assert wizard.grab().save(str(shots / "wizard_2_partners.png"))
    page.ui.filterEdit.clear()
    go_on(qtbot, wizard, MEMBERS_PAGE)

    # Members: the first row is the chair's; Next waits for a name and an organisation.
    members = wizard.members_page
    mtable = members.ui.memberTable
    assert not can_go_on(wizard)
    assert problem(wizard) == "Member 1: type the member's name."
    edit_cell(qtbot, mtable, 0, NAME, typing(qtbot, "Ann Lee"))
    assert problem(wizard) == "Member 1 (Ann Lee): choose an organisation."
    assert members.model.problem_at(0, ORGANISATION) == problem(wizard)  # marked on the cell
    edit_cell(qtbot, mtable, 0, ORGANISATION, choosing(ICB.name))
    edit_cell(qtbot, mtable, 0, START, dated("01/04/2026"))
    assert can_go_on(wizard) and problem(wizard) == ""
    add_member(qtbot, wizard, "Bob Khan", "Blackpool Council", "Vice chair")
    add_member(qtbot, wizard, "Cat Jones", TRUST)
    row = add_member(qtbot, wizard, "Dev Patel", "Blackpool Carers Centre")
    add_member(qtbot, wizard, "Fay Wu", "Blackpool Council", "In attendance")
    mtable.setCurrentIndex(members.model.index(4, VOTING))
    qtbot.keyClick(mtable, Qt.Key.Key_Space)  # Fay Wu does not vote
    assert not members.members()[4].voting
    assert members.members()[row].start_date is not None
    # A second chair is refused against its row, with the service's rule in words.
    edit_cell(qtbot, mtable, 2, ROLE_COLUMN, choosing("Chair"))
    two_chairs = (
        "Member 3 (Cat Jones): the board can have only one chair (member 1, Ann Lee, is the chair)."
    )
    assert not can_go_on(wizard) and problem(wizard) == two_chairs
    assert members.model.problem_at(2, ROLE_COLUMN) == two_chairs
    assert wizard.grab().save(str(shots / "wizard_3_members_problem.png"))
    edit_cell(qtbot, mtable, 2, ROLE_COLUMN, choosing("Member"))
    assert can_go_on(wizard)
    assert wizard.grab().save(str(shots / "wizard_3_members.png"))
    go_on(qtbot, wizard, TERMS_PAGE)

    # Terms of reference: the template's sections filled in, and the quorum it sets.
    terms = wizard.terms_page
    text = terms.ui.previewText.toPlainText()
    for section in TOR_SECTIONS:
        assert section.heading in text
    assert "Blackpool Place-Based Partnership Board" in text and "Blackpool Council" in text
    assert terms.ui.quorumLabel.text() == (
        "2 voting members, including at least one from the ICB and one from a unitary council."
    )
    assert terms.ui.previewText.isReadOnly()
    assert terms.ui.versionLabelEdit.text() == "Version 1.0"
    assert terms.ui.checklistCheck.isChecked()
    terms.ui.versionLabelEdit.clear()
    assert not can_go_on(wizard)
    assert problem(wizard) == "Give the first version a label, such as Version 1.0."
    qtbot.keyClicks(terms.ui.versionLabelEdit, "Version 1.0")
    assert wizard.grab().save(str(shots / "wizard_4_terms.png"))
    go_on(qtbot, wizard, SUMMARY_PAGE)

    summary = wizard.summary_page.ui.summaryText.toPlainText()
    for words in SUMMARY_WORDS:
        assert words in summary
    assert wizard.button(FINISH).isVisible() and wizard.button(FINISH).isEnabled()
    assert wizard.grab().save(str(shots / "wizard_5_summary.png"))
    assert services.is_empty()  # nothing is written before Finish

    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert wizard.task is not None and window.task is wizard.task  # the window waits for it
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20_000)
    made = wizard.made
    assert made is not None

    # The window shows the new board: switcher, Overview, Membership, terms of reference.
    assert window.place_combo.currentText() == "Blackpool"
    assert window.current_place_id() == made.place_id
    assert window.stack.currentIndex() == 0
    assert window.overview.board_name.text() == "Blackpool Place-Based Partnership Board"
    assert window.overview.members.number.text() == "5"
    assert window.grab().save(str(shots / "new_board_overview.png"))
    message = window.statusBar().currentMessage()
    assert (
        message
        == "Created the board of Blackpool: 11 partners, 5 members, draft terms of reference."
    )
    window.show_area(row_of("membership"))
    membership = window.stack.currentWidget()
    assert isinstance(membership, MembershipView)
    model = membership.members.model
    names = {model.item(r).person.full_name for r in range(model.rowCount())}
    assert names == {"Ann Lee", "Bob Khan", "Cat Jones", "Dev Patel", "Fay Wu"}
    window.show_area(row_of("terms"))
    terms_view = window.stack.currentWidget()
    assert isinstance(terms_view, TermsView)
    assert terms_view.model.rowCount() == 1
    version = terms_view.model.row(0).version
    assert (version.label, version.status) == ("Version 1.0", "draft")
    sections = terms_view.sections_tab.model
    assert [sections.section(n).heading for n in range(sections.rowCount())] == [
        s.heading for s in TOR_SECTIONS
    ]
    assert len(services.stages.list_criteria(made.place_id)) == sum(len(s.criteria) for s in STAGES)


def row_of(key: str) -> int:
    return next(n for n, area in enumerate(AREAS) if area.key == key)


def test_a_place_already_kept_keeps_next_disabled_and_says_why(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    services.places.create_place("Blackpool", "unitary")
    window = make_window(services)
    wizard = open_wizard(qtbot, window)
    combo = wizard.place_page.ui.placeCombo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert "Blackpool" not in offered and "Lancashire" in offered
    fill_the_place(qtbot, wizard, "blackpool")
    assert not can_go_on(wizard)
    assert problem(wizard) == "There is already a place called Blackpool: choose another name."
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Fylde Coast")
    assert wizard.place_page.ui.boardNameEdit.text() == "Fylde Coast Place-Based Partnership Board"
    assert wizard.place_page.ui.kindCombo.currentData() == ""  # not a seed-paper place
    assert can_go_on(wizard) and problem(wizard) == ""


def test_a_new_place_ticks_its_icb_and_warns_of_no_council(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    window = make_window(services)
    wizard = open_wizard(qtbot, window)
    fill_the_place(qtbot, wizard, "Fylde Coast")
    go_on(qtbot, wizard, PARTNERS_PAGE)
    page = wizard.partners_page
    assert [p.name for p in page.partners()] == [ICB.name]
    assert "No unitary or upper-tier council among the partners" in page.ui.warningLabel.text()
    assert "integrated care board" not in page.ui.warningLabel.text()
    table = page.ui.partnerTable
    table.setFocus()
    table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # untick the only partner
    assert not can_go_on(wizard)
    assert problem(wizard) == "Tick at least one partner organisation."


def test_file_new_board_opens_the_wizard_when_there_are_boards_and_cancel_writes_nothing(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    services.places.create_place("Lancashire", "upper_tier_county")
    window = make_window(services)
    assert window.new_board_action in window.menus["File"].actions()
    assert window.new_board_action.shortcut().toString() == "Ctrl+Shift+B"
    with qtbot.waitActive(window):
        window.activateWindow()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_B, keys)
    wizard = window.new_board_wizard
    assert wizard is not None and wizard.isVisible()
    before = services.maintenance.record_count()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert services.maintenance.record_count() == before
    assert [p.name for p in services.places.list_places()] == ["Lancashire"]


@pytest.mark.parametrize("page", PAGES)
def test_every_control_on_every_page_has_an_accessible_name(
    qtbot: QtBot, make_window: MakeWindow, services: Services, page: int
) -> None:
    window = make_window(services)
    wizard = open_wizard(qtbot, window)
    fill_the_place(qtbot, wizard)
    for number in range(PARTNERS_PAGE, page + 1):
        if number == TERMS_PAGE:  # the members page needs its chair
            table = wizard.members_page.ui.memberTable
            edit_cell(qtbot, table, 0, NAME, typing(qtbot, "Ann Lee"))
            edit_cell(qtbot, table, 0, ORGANISATION, choosing(ICB.name))
        go_on(qtbot, wizard, number)
    assert unspoken(wizard) == []


def test_a_refusal_at_finish_keeps_the_wizard_open_with_the_reason_and_writes_nothing(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    window = make_window(services)
    wizard = open_wizard(qtbot, window)
    fill_the_place(qtbot, wizard, "Fylde Coast")
    go_on(qtbot, wizard, PARTNERS_PAGE)
    go_on(qtbot, wizard, MEMBERS_PAGE)
    table = wizard.members_page.ui.memberTable
    edit_cell(qtbot, table, 0, NAME, typing(qtbot, "Ann Lee"))
    edit_cell(qtbot, table, 0, ORGANISATION, choosing(ICB.name))
    go_on(qtbot, wizard, TERMS_PAGE)
    go_on(qtbot, wizard, SUMMARY_PAGE)
    services.places.create_place("Fylde Coast")  # as if a sync brought it in meanwhile
    before = services.maintenance.record_count()
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert wizard.task is not None
    with qtbot.waitSignal(wizard.task.finished, timeout=20_000):
        pass
    assert wizard.isVisible() and wizard.made is None
    assert problem(wizard) == (
        "There is already a place called Fylde Coast: choose another name. "
        "Go back to the Place page to change it."
    )
    close_message_boxes(wizard)  # the worker said it too, in a message box
    assert services.maintenance.record_count() == before
    assert (
        wizard.button(FINISH).isEnabled()
        and wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    )
