"""The Terms of reference view, driven through its real widgets over real services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.ui.main_window import MainWindow
from placeboard.ui.terms_view import TermsView
from placeboard.ui.tor_dialogs import ApprovalDialog, NewVersionDialog, suggest_label
from placeboard.ui.tor_models import AMBER_FILL, VersionTableModel

from .conftest import MakeWindow, close_message_boxes, open_message_boxes
from .test_main_window import choose_place

TERMS = 2  # the area's row in the navigation
EDITED = "Partners hold each other to account for delivery at every meeting."


@dataclass
class Board:
    place: str
    partners: dict[str, str]  # name -> organisation id
    v1: str


@pytest.fixture
def board(services: Services) -> Board:
    """Blackpool with three partners and an agreed version 1.0, built with the services."""
    place = services.places.create_place("Blackpool", "unitary", 141000)
    orgs = services.organisations
    partners = {}
    for name, sector in (
        ("NHS Lancashire and South Cumbria ICB", "icb"),
        ("Blackpool Council", "unitary_council"),
        ("Blackpool Teaching Hospitals", "nhs_trust"),
    ):
        org = orgs.create_organisation(name, sector)
        orgs.add_partner(place.id, org.id)
        partners[name] = org.id
    terms = services.terms
    review = date.today() + timedelta(days=200)
    v1 = terms.create_version(place.id, "Version 1.0", 2, "", "icb", review)
    terms.add_section(v1.id, "purpose", "Purpose", "The board improves health. Partners meet.")
    terms.add_section(v1.id, "quorum", "Quorum", "Two voting members, one from the ICB.")
    terms.send_for_approval(v1.id)
    for org_id in partners.values():
        terms.record_approval(v1.id, org_id, "Board", date.today() - timedelta(days=300))
    return Board(place.id, partners, v1.id)


def open_terms(make_window: MakeWindow, services: Services) -> tuple[MainWindow, TermsView]:
    window = make_window(services)
    window.show_area(TERMS)
    view = window.stack.currentWidget()
    assert isinstance(view, TermsView)
    return window, view


def table_texts(view: TermsView) -> dict[str, list[str]]:
    """Each version's row as the table shows it, by label."""
    proxy = view.proxy
    rows = {}
    for r in range(proxy.rowCount()):
        cells = [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        rows[cells[0]] = cells
    return rows


def click_ok(qtbot: QtBot, dialog: QDialog, box: QDialogButtonBox) -> None:
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def create_version(qtbot: QtBot, view: TermsView, text: str) -> NewVersionDialog:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, NewVersionDialog) and dialog.isVisible()
    dialog.ui.versionLabelEdit.setText(text)
    click_ok(qtbot, dialog, dialog.ui.buttonBox)
    return dialog


def record_through_dialog(qtbot: QtBot, view: TermsView, body: str, minute: str) -> str:
    """Record approval… for the partner the dialog offers first; returns its name."""
    tab = view.approvals_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.record_button.isEnabled()
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ApprovalDialog) and dialog.isVisible()
    name = dialog.ui.organisationCombo.currentText()
    qtbot.keyClicks(dialog.ui.approvingBodyEdit, body)
    qtbot.keyClicks(dialog.ui.minuteReferenceEdit, minute)
    click_ok(qtbot, dialog, dialog.ui.buttonBox)
    assert not dialog.isVisible()
    return name


# -- the whole life of a version ---------------------------------------------------------


def test_draft_edit_send_approve_compare_and_undo(
    qtbot: QtBot, make_window: MakeWindow, services: Services, board: Board
) -> None:
    window, view = open_terms(make_window, services)
    terms = services.terms
    assert view.version_id == board.v1
    assert table_texts(view)["Version 1.0"][1] == "Agreed (in force)"

    # New version from this… (Enter in the dialog would do the same as OK).
    dialog = create_version(qtbot, view, "Version 2.0")
    assert not dialog.isVisible()
    v2 = next(v for v in terms.list_versions(board.place) if v.label == "Version 2.0")
    assert view.version_id == v2.id
    assert table_texts(view)["Version 2.0"][1] == "Draft"
    assert window.undo_action.text() == "&Undo New version Version 2.0"

    # Edit the Purpose section's second sentence and save with Ctrl+S.
    tab = view.sections_tab
    assert view.tabs.currentWidget() is tab and not tab.body.isReadOnly()
    tab.list.setCurrentIndex(tab.model.index(0))
    assert tab.heading.text() == "Purpose"
    tab.body.setPlainText(f"The board improves health. {EDITED}")
    assert tab.save_button.isEnabled()
    with qtbot.waitActive(window):  # shortcuts go to the active window
        window.activateWindow()
    tab.body.setFocus()
    qtbot.keyClick(tab.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert terms.list_sections(v2.id)[0].body.endswith(EDITED)
    assert terms.list_sections(board.v1)[0].body.endswith("Partners meet.")
    assert not tab.save_button.isEnabled()  # saved: nothing left to save

    # Send for approval.
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert terms.get_version(v2.id).status == "out_for_approval"
    assert table_texts(view)["Version 2.0"][1:] == ["Out for approval", "", "", "", "0 of 3"]
    assert tab.body.isReadOnly() and not view.send_button.isEnabled()

    # Every partner approves through the dialog.
    names = [
        record_through_dialog(qtbot, view, f"Approving body {n}", f"Minute {n}/25")
        for n in range(3)
    ]
    assert sorted(names) == sorted(board.partners)
    rows = table_texts(view)
    assert rows["Version 2.0"][1] == "Agreed (in force)" and rows["Version 2.0"][5] == "3 of 3"
    assert rows["Version 1.0"][1] == "Superseded"
    assert terms.get_version(v2.id).status == "agreed"
    assert terms.get_version(board.v1).status == "superseded"
    approvals = view.approvals_tab.model
    assert [approvals.text(approvals.row(r), 1) for r in range(3)] == ["Approved"] * 3
    assert "3 of 3 partner organisations have approved" in view.approvals_tab.summary.text()

    # Compare: version 1.0 on the left, 2.0 on the right; the edited line is marked.
    view.tabs.setCurrentWidget(view.compare_tab)
    compare = view.compare_tab
    compare.choose(board.v1, v2.id)
    purpose = compare.diffs[0]
    assert purpose.status == "changed"
    assert ("changed", "Partners meet.", EDITED) in purpose.rows
    # The browser shows it with its mark (not only its colour), words and all.
    text = compare.browser.toPlainText()
    assert "~ Purpose" in text and "~\nPartners meet." in text
    assert "at every meeting." in text
    assert "1 line changed" in compare.summary.text()

    # Undo the last approval: back out for approval, version 1.0 in force again.
    window.undo_action.trigger()
    assert terms.get_version(v2.id).status == "out_for_approval"
    assert terms.get_version(board.v1).status == "agreed"
    rows = table_texts(view)
    assert rows["Version 2.0"][1] == "Out for approval" and rows["Version 2.0"][5] == "2 of 3"
    assert rows["Version 1.0"][1] == "Agreed (in force)"
    assert view.approvals_tab.outstanding.text().startswith("Outstanding: ")
    # Redo agrees it again.
    window.redo_action.trigger()
    assert terms.get_version(v2.id).status == "agreed"
    assert open_message_boxes(window) == []


def test_a_section_edit_on_an_agreed_version_is_refused(
    qtbot: QtBot, make_window: MakeWindow, services: Services, board: Board
) -> None:
    window, view = open_terms(make_window, services)
    tab = view.sections_tab
    assert tab.body.isReadOnly() and tab.heading.isReadOnly()
    assert not tab.save_button.isEnabled() and not tab.add_button.isEnabled()
    assert "is agreed, so its sections are read-only" in tab.lock_note.text()
    # Even words forced into the editor are refused by the service, with its sentence.
    before = window.undo_stack.count()
    tab.body.setPlainText("Something new.")
    assert tab.save_section() is False
    [box] = open_message_boxes(tab)
    assert "Version 1.0 is agreed, so its sections cannot change" in box.text()
    close_message_boxes(tab)
    assert window.undo_stack.count() == before
    assert services.terms.list_sections(board.v1)[0].body.startswith("The board improves")


def test_remove_draft_send_and_quorum_are_undoable(
    qtbot: QtBot, make_window: MakeWindow, services: Services, board: Board
) -> None:
    window, view = open_terms(make_window, services)
    terms = services.terms
    create_version(qtbot, view, "Version 2.0")
    v2 = view.version_id
    assert v2 is not None and v2 != board.v1

    # Quorum: 3 members and a unitary council on the draft; undo puts back the old rule.
    view.tabs.setCurrentWidget(view.quorum_tab)
    quorum = view.quorum_tab
    assert quorum.members.isEnabled()
    quorum.members.setValue(3)
    council = list(quorum.sector_model._keys).index("unitary_council")
    index = quorum.sector_model.index(council)
    assert quorum.sector_model.setData(
        index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert "one from a unitary council" in quorum.rule.text()
    qtbot.mouseClick(quorum.apply_button, Qt.MouseButton.LeftButton)
    changed = terms.get_version(v2)
    assert (changed.quorum_members, changed.quorum_requires_sectors) == (3, "icb,unitary_council")
    window.undo_action.trigger()
    restored = terms.get_version(v2)
    assert (restored.quorum_members, restored.quorum_requires_sectors) == (2, "icb")
    assert quorum.members.value() == 2

    # Send for approval, undone: a draft again.
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert terms.get_version(v2).status == "out_for_approval"
    window.undo_action.trigger()
    assert terms.get_version(v2).status == "draft" and view.send_button.isEnabled()

    # Remove draft with the Delete key on the table, undone: back.
    with qtbot.waitActive(window):
        window.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert [v.id for v in terms.list_versions(board.place)] == [board.v1]
    assert view.version_id == board.v1 and "Version 2.0" not in table_texts(view)
    window.undo_action.trigger()
    assert "Version 2.0" in table_texts(view)
    # Undo the new version itself: removed through the service.
    window.undo_action.trigger()
    assert [v.id for v in terms.list_versions(board.place)] == [board.v1]


def test_a_refused_label_keeps_the_dialog_open_with_the_sentence(
    qtbot: QtBot, make_window: MakeWindow, services: Services, board: Board
) -> None:
    _window, view = open_terms(make_window, services)
    dialog = create_version(qtbot, view, "version 1.0")
    assert dialog.isVisible()
    assert "already a version labelled" in dialog.ui.errorLabel.text()
    assert dialog.ui.errorLabel.isVisible()
    dialog.reject()
    assert len(services.terms.list_versions(board.place)) == 1


def test_a_board_without_terms_starts_from_the_standard_sections(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    place = services.places.create_place("Lancashire", "upper_tier_county", 1_200_000)
    _window, view = open_terms(make_window, services)
    assert "no terms of reference yet" in view.empty_note.text()
    assert view.new_button.text() == "&New version…" and view.new_button.isEnabled()
    create_version(qtbot, view, "Version 0.1")
    [first] = services.terms.list_versions(place.id)
    assert first.status == "draft"
    assert view.sections_tab.model.rowCount() == 7
    assert not view.empty_note.isVisible()


# -- the demo board ----------------------------------------------------------------------


def test_blackpool_demo_shows_review_overdue_and_the_version_out_for_approval(
    make_window: MakeWindow, demo_services: Services
) -> None:
    window, view = open_terms(make_window, demo_services)
    choose_place(window, "Blackpool")
    assert view.banner.isVisible() and "Review overdue" in view.banner.text()
    rows = table_texts(view)
    out = next(label for label, cells in rows.items() if cells[1] == "Out for approval")
    agreed = next(label for label, cells in rows.items() if cells[1] == "Agreed (in force)")
    assert rows[agreed][4].startswith("Review overdue")
    done, total = (int(n) for n in rows[out][5].split(" of "))
    assert 0 < done < total
    out_id = next(v.id for v in view.versions if v.label == out)
    view.select_version(out_id)
    assert view.approvals_tab.outstanding.text().startswith("Outstanding: ")
    assert view.approvals_tab.record_button.isEnabled()
    # The annual review changes some words; the comparison with the agreed one shows them.
    assert any(d.status == "changed" for d in view.compare_tab.diffs)


def test_the_review_column_says_overdue_in_words_and_colour() -> None:
    from types import SimpleNamespace

    from placeboard.services.terms import VersionRow

    version = SimpleNamespace(
        id="v",
        label="Version 2.0",
        status="agreed",
        effective_from=date(2024, 4, 1),
        agreed_on=date(2024, 3, 20),
        review_date=date(2025, 3, 31),
    )
    model = VersionTableModel()
    model.set_rows([VersionRow(version, 10, 10, review_overdue=True)])  # type: ignore[arg-type]
    review = model.index(0, VersionTableModel.REVIEW)
    assert review.data() == "Review overdue (31/03/2025)"
    assert review.data(Qt.ItemDataRole.BackgroundRole).color().name().upper() == AMBER_FILL
    assert model.index(0, 5).data() == "10 of 10"
    assert model.index(0, 1).data() == "Agreed (in force)"


# -- keyboard and screen readers -------------------------------------------------------


INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractItemView,
    QPlainTextEdit,
    QTextBrowser,
    QAbstractSpinBox,
)


def controls(root: QWidget) -> list[QWidget]:
    """Our own interactive widgets under `root` (not the parts Qt builds inside them)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not w.objectName().startswith("qt_")
        and w.window() is root.window()
        and type(w).__name__ != "QHeaderView"
        and type(w.parent()).__name__ != "QTabBar"  # its scroll arrows, named by Qt
    ]


def test_every_control_has_an_accessible_name_and_description(
    make_window: MakeWindow, services: Services, board: Board
) -> None:
    _window, view = open_terms(make_window, services)
    found = controls(view)
    assert len(found) > 20
    missing = [
        f"{type(w).__name__} {w.objectName() or w.accessibleName()!r}"
        for w in found
        if not w.accessibleName() or not w.accessibleDescription()
    ]
    assert missing == []


def test_every_enabled_control_is_in_the_tab_chain(
    make_window: MakeWindow, services: Services, board: Board
) -> None:
    _window, view = open_terms(make_window, services)
    for tab in view.all_tabs:
        view.tabs.setCurrentWidget(tab)
        chain, widget = [view.table], view.table
        for _ in range(500):
            widget = widget.nextInFocusChain()
            if widget is view.table:
                break
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                chain.append(widget)
        wanted = [w for w in controls(view) if w.isVisibleTo(view) and w.isEnabled()]
        wanted = [w for w in wanted if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        missing = [w.accessibleName() for w in wanted if w not in chain]
        assert wanted and missing == [], tab.objectName()


def next_control(widget: QWidget) -> QWidget:
    """The next tab stop that is not a part of `widget` (a date edit's line edit)."""
    following = widget.nextInFocusChain()
    while following.parent() is widget or not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


def test_the_approval_dialog_names_its_controls_and_sets_its_tab_order(qtbot: QtBot) -> None:
    submitted = []
    today = date(2025, 6, 1)
    dialog = ApprovalDialog(
        "Version 2.0",
        [("a", "Blackpool Council"), ("b", "Healthwatch Blackpool")],
        submitted.append,
        today,
        preselect="b",
    )
    qtbot.addWidget(dialog)
    ui = dialog.ui
    for widget in (ui.organisationCombo, ui.approvingBodyEdit, ui.approvedOnEdit,
                   ui.minuteReferenceEdit):  # fmt: skip
        assert widget.accessibleName() and widget.accessibleDescription()
    assert ui.organisationLabel.buddy() is ui.organisationCombo
    assert next_control(ui.organisationCombo) is ui.approvingBodyEdit
    assert next_control(ui.approvingBodyEdit) is ui.approvedOnEdit
    assert next_control(ui.approvedOnEdit) is ui.minuteReferenceEdit
    assert ui.organisationCombo.currentText() == "Healthwatch Blackpool"
    assert dialog.ok_button.isDefault() and dialog.ok_button.accessibleDescription()
    ui.approvingBodyEdit.setText("Healthwatch Blackpool Board")
    dialog.open()
    qtbot.keyClick(ui.minuteReferenceEdit, Qt.Key.Key_Return)  # Enter records it
    [value] = submitted
    assert (value.organisation_id, value.approved_by, value.approved_on) == (
        "b",
        "Healthwatch Blackpool Board",
        today,
    )
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_suggested_labels_follow_the_highest_version() -> None:
    labels = ["Version 1.0 (consultative forum)", "Version 2.0", "Version 2.1 (annual review)"]
    assert suggest_label(labels) == "Version 2.2"
    assert suggest_label([]) == "Version 1.0"
