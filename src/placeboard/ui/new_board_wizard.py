"""The new-board wizard: the place, its partner organisations, the members, a first
draft of the terms of reference, and a summary. Each page checks its answers as they
change (Next stays disabled, with the reason shown, until they will do); Finish hands
the whole plan to NewBoardService, which writes it all in one transaction — in a
worker, since some twenty members take about 100 ms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
    QWizard,
    QWizardPage,
)

from placeboard.domain.catalogue import ICB, PLACE_PARTNERS, PLACES, STAGES, Place
from placeboard.domain.errors import PlaceBoardError
from placeboard.domain.new_board import (
    MemberPlan,
    NewBoardPlan,
    PartnerPlan,
    PlacePlan,
    PlanProblem,
    default_board_name,
    member_label,
    member_problems,
    partner_problems,
    partner_warnings,
    place_problems,
    same_name,
    terms_problems,
)
from placeboard.domain.periods import uk_date
from placeboard.domain.vocab import MEMBERSHIP_ROLES, PLACE_KINDS, SECTORS, label
from placeboard.services import Services
from placeboard.services.new_board import NewBoard, TermsPreview
from placeboard.ui.forms.ui_new_board_members import Ui_NewBoardMembersPage
from placeboard.ui.forms.ui_new_board_partners import Ui_NewBoardPartnersPage
from placeboard.ui.forms.ui_new_board_place import Ui_NewBoardPlacePage
from placeboard.ui.forms.ui_new_board_summary import Ui_NewBoardSummaryPage
from placeboard.ui.forms.ui_new_board_terms import Ui_NewBoardTermsPage
from placeboard.ui.models.new_board_models import (
    JOB,
    NAME,
    ORGANISATION,
    ROLE_COLUMN,
    START,
    ChoiceDelegate,
    DateDelegate,
    MemberPlanModel,
    PartnerListModel,
    PartnerRow,
    TextDelegate,
)
from placeboard.ui.record_dialog import fill_combo, name_inner_widgets, select_data
from placeboard.ui.worker import Cancelled, Progress, Task, run_with_progress

PLACE_PAGE, PARTNERS_PAGE, MEMBERS_PAGE, TERMS_PAGE, SUMMARY_PAGE = range(5)
STEP_TITLES = {"place": "Place", "partners": "Partner organisations", "members": "Members",
               "terms": "Terms of reference"}  # fmt: skip
ADDED_NOW = "Added now"
WIZARD_BUTTONS = {
    QWizard.WizardButton.BackButton: ("Back", "Go back to the previous page"),
    QWizard.WizardButton.NextButton: ("Next", "Go on to the next page"),
    QWizard.WizardButton.FinishButton: ("Finish", "Create the board, all at once"),
    QWizard.WizardButton.CancelButton: ("Cancel", "Close without creating anything"),
}
RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# The application's sheet draws a default button alike enabled or not; Next is often
# disabled here (with the reason shown), so it must look it.
WIZARD_STYLE = (
    "QPushButton:default:disabled { background: #E8EDEE; color: #5D6D79;"
    " border: 2px solid #AEB7BD; border-radius: 3px; }"
)


def _set_widths(table: QTableView, widths: Sequence[int], stretch: int) -> None:
    """Starting widths, in column order; column `stretch` takes the space left. The
    header is named after the table, for a screen reader."""
    header = table.horizontalHeader()
    header.setAccessibleName(f"{table.accessibleName()} columns")
    header.setAccessibleDescription("The names of the table's columns")
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        if width:
            header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 12)


def catalogue_place(name: str) -> Place | None:
    """The seed papers' place of this name, if it is one."""
    return next((p for p in PLACES if same_name(p.name, name)), None)


class _Page(QWizardPage):
    """A page that checks its answers as they change: `problems()` says what stops Next,
    and the first of them shows in the page's problemLabel."""

    def __init__(self, board: NewBoardWizard, ui: Any) -> None:
        super().__init__()
        self.board = board
        self.ui = ui
        ui.setupUi(self)
        self.found: list[PlanProblem] = []

    def problems(self) -> list[PlanProblem]:
        return []

    def revalidate(self) -> None:
        self.found = self.problems()
        self.show_problem(str(self.found[0]) if self.found else "")
        self.completeChanged.emit()

    def show_problem(self, text: str) -> None:
        self.ui.problemLabel.setText(text)
        self.ui.problemLabel.setVisible(bool(text))

    def isComplete(self) -> bool:
        return not self.found


# -- the place -------------------------------------------------------------------------


class PlacePage(_Page):
    def __init__(self, board: NewBoardWizard) -> None:
        super().__init__(board, Ui_NewBoardPlacePage())
        ui = self.ui
        free = [p.name for p in PLACES if not any(same_name(p.name, t) for t in board.taken)]
        ui.placeCombo.addItems(free)
        ui.placeCombo.setCurrentIndex(-1)
        ui.placeCombo.lineEdit().setPlaceholderText("Choose or type a place")
        fill_combo(ui.kindCombo, [("Not said", ""), *((v, k) for k, v in PLACE_KINDS.items())])
        ui.populationSpin.setGroupSeparatorShown(True)
        ui.icbEdit.setText(ICB.name)
        self.board_name_follows = True  # until the person types a board name of their own
        self.filled_from: Place | None = None
        ui.placeCombo.editTextChanged.connect(self._place_changed)
        ui.boardNameEdit.textEdited.connect(self._board_name_typed)
        ui.kindCombo.currentIndexChanged.connect(self.revalidate)
        ui.populationSpin.valueChanged.connect(self.revalidate)
        ui.boardNameEdit.textChanged.connect(self.revalidate)
        ui.icbEdit.textChanged.connect(self.revalidate)
        self.revalidate()

    def plan(self) -> PlacePlan:
        ui = self.ui
        population = ui.populationSpin.value()
        return PlacePlan(
            " ".join(ui.placeCombo.currentText().split()),
            str(ui.kindCombo.currentData() or ""),
            population or None,
            ui.boardNameEdit.text().strip(),
            ui.icbEdit.text().strip(),
        )

    def problems(self) -> list[PlanProblem]:
        return place_problems(self.plan(), self.board.taken)

    def _place_changed(self, text: str) -> None:
        name = " ".join(text.split())
        place = catalogue_place(name)
        if place is not self.filled_from:
            self._unfill(self.filled_from)
            if place is not None:
                select_data(self.ui.kindCombo, place.kind)
                self.ui.populationSpin.setValue(place.population)
            self.filled_from = place
        if self.board_name_follows:
            self.ui.boardNameEdit.setText(place.board_name if place else default_board_name(name))
        self.ui.placeHint.setText(_place_hint(place, name))
        self.revalidate()

    def _unfill(self, place: Place | None) -> None:
        """Take back what a seed-paper place filled in, unless the person changed it."""
        if place is None:
            return
        if self.ui.kindCombo.currentData() == place.kind:
            self.ui.kindCombo.setCurrentIndex(0)
        if self.ui.populationSpin.value() == place.population:
            self.ui.populationSpin.setValue(0)

    def _board_name_typed(self, text: str) -> None:
        self.board_name_follows = not text.strip()  # emptied: follow the place again


def _place_hint(place: Place | None, name: str) -> str:
    if place is not None:
        kind = label(PLACE_KINDS, place.kind)
        return (
            f"From the seed papers: {kind.lower()}, about {place.population:,} people; "
            f"its council is {place.council}."
        )
    if name:
        return "A new place: fill in what you know below."
    return "Choose a place from the list, or type a new one."


# -- partners --------------------------------------------------------------------------


class PartnersPage(_Page):
    def __init__(self, board: NewBoardWizard) -> None:
        super().__init__(board, Ui_NewBoardPartnersPage())
        ui = self.ui
        self.model = PartnerListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        table: QTableView = ui.partnerTable
        table.setModel(self.proxy)
        _set_widths(table, [0, 120, 170, 160], stretch=0)
        ui.filterEdit.textChanged.connect(self.proxy.setFilterFixedString)
        fill_combo(ui.newSectorCombo, ((text, key) for key, text in SECTORS.items()))
        ui.newSectorCombo.setCurrentIndex(-1)
        ui.newSectorCombo.setPlaceholderText("Choose a sector")
        ui.addOrgButton.clicked.connect(self.add_organisation)
        ui.newNameEdit.textChanged.connect(self._can_add)
        ui.newSectorCombo.currentIndexChanged.connect(self._can_add)
        for watched in (table, ui.newNameEdit, ui.newShortEdit):
            watched.installEventFilter(self)
        self.model.ticks_changed.connect(self._ticks_changed)
        self.added: list[PartnerPlan] = []  # organisations the person added here
        self.filled_for = ""  # the place (and ICB) the list was last set out for
        self._can_add()

    def initializePage(self) -> None:
        place = self.board.place_plan()
        key = f"{place.name.casefold()}|{place.icb_name.casefold()}"
        if key != self.filled_for:
            self.model.set_rows(self._rows_for(place))
            self.filled_for = key
        self.revalidate()

    def _rows_for(self, place: PlacePlan) -> list[PartnerRow]:
        """Added ones first, then those the seed papers name for the place (ticked),
        then every other organisation (the ICB named on the Place page ticked)."""
        seed = catalogue_place(place.name)
        named = PLACE_PARTNERS.get(seed.name, ()) if seed else ()
        known = {k.name.casefold(): k for k in self.board.known}
        rows = [PartnerRow(p, True, ADDED_NOW) for p in self.added]
        listed = {p.name.casefold() for p in self.added}
        for name in named:
            if name.casefold() not in listed and name.casefold() in known:
                rows.append(PartnerRow(known[name.casefold()], True, f"Named for {seed.name}"))
                listed.add(name.casefold())
        rest = [k for k in self.board.known if k.name.casefold() not in listed]
        icb = [k for k in rest if not seed and same_name(k.name, place.icb_name)]
        rows += [PartnerRow(k, True, "The place's ICB") for k in icb]
        rows += [PartnerRow(k) for k in rest if k not in icb]
        return rows

    def partners(self) -> list[PartnerPlan]:
        return self.model.ticked()

    def problems(self) -> list[PlanProblem]:
        return partner_problems(self.partners())

    def _ticks_changed(self) -> None:
        ticked = self.partners()
        count = len(ticked)
        self.ui.countLabel.setText(
            f"{count} partner{'' if count == 1 else 's'} ticked" if count else "No partners ticked"
        )
        warnings = partner_warnings(ticked) if ticked else []
        self.ui.warningLabel.setText("\n".join(warnings))
        self.ui.warningLabel.setVisible(bool(warnings))
        self.revalidate()

    def _can_add(self) -> None:
        ui = self.ui
        ui.addOrgButton.setEnabled(
            bool(ui.newNameEdit.text().strip()) and ui.newSectorCombo.currentIndex() >= 0
        )

    def add_organisation(self) -> None:
        """The organisation typed in, ticked (one already listed is ticked instead)."""
        ui = self.ui
        if not ui.addOrgButton.isEnabled():
            return
        plan = PartnerPlan(
            " ".join(ui.newNameEdit.text().split()),
            str(ui.newSectorCombo.currentData()),
            ui.newShortEdit.text().strip(),
        )
        before = self.model.rowCount()
        row = self.model.add(plan, ADDED_NOW)
        if self.model.rowCount() > before:
            self.added.append(plan)
        ui.newNameEdit.clear()
        ui.newShortEdit.clear()
        ui.newSectorCombo.setCurrentIndex(-1)
        ui.filterEdit.clear()
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        ui.partnerTable.setCurrentIndex(index)
        ui.partnerTable.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = cast(QKeyEvent, event).key()
        if watched is self.ui.partnerTable and key == Qt.Key.Key_Space:
            current = self.ui.partnerTable.currentIndex()  # whichever cell of the row
            if current.isValid():
                self.model.toggle(self.proxy.mapToSource(current).row())
            return True
        if watched in (self.ui.newNameEdit, self.ui.newShortEdit) and key in RETURN_KEYS:
            self.add_organisation()  # not Next, which Enter would otherwise press
            return True
        return False


# -- members ---------------------------------------------------------------------------


class MembersPage(_Page):
    def __init__(self, board: NewBoardWizard) -> None:
        super().__init__(board, Ui_NewBoardMembersPage())
        ui = self.ui
        self.model = MemberPlanModel(self)
        table: QTableView = ui.memberTable
        table.setModel(self.model)
        roles = [(text, key) for key, text in MEMBERSHIP_ROLES.items()]
        delegates = {
            NAME: TextDelegate("Name", self),
            JOB: TextDelegate("Job title", self),
            ORGANISATION: ChoiceDelegate(self._organisations, "Organisation", self),
            ROLE_COLUMN: ChoiceDelegate(lambda: roles, "Role", self),
            START: DateDelegate(self),
        }
        for column, delegate in delegates.items():
            table.setItemDelegateForColumn(column, delegate)
        triggers = QAbstractItemView.EditTrigger
        table.setEditTriggers(
            triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
            | triggers.SelectedClicked
        )  # fmt: skip
        _set_widths(table, [160, 140, 260, 130, 70, 100], stretch=ORGANISATION)
        ui.addMemberButton.clicked.connect(self.add_member)
        ui.removeMemberButton.clicked.connect(self.remove_member)
        table.selectionModel().currentChanged.connect(self._current_changed)
        self.model.members_changed.connect(self.revalidate)
        self.model.add(MemberPlan("", "", "chair", True, board.today))  # the chair first
        self._current_changed()

    def initializePage(self) -> None:
        self.revalidate()  # partners may have been ticked or unticked since

    def members(self) -> list[MemberPlan]:
        return self.model.members()

    def problems(self) -> list[PlanProblem]:
        return member_problems(self.members(), self.board.partners())

    def revalidate(self) -> None:
        super().revalidate()
        self.model.show_problems(self.found)

    def _organisations(self) -> list[tuple[str, str]]:
        return [(p.name, p.name) for p in self.board.partners()]

    def add_member(self) -> None:
        """A new row (starting when the last one does), ready to type the name into."""
        rows = self.members()
        start = rows[-1].start_date if rows and rows[-1].start_date else self.board.today
        row = self.model.add(MemberPlan("", "", "member", True, start))
        table = self.ui.memberTable
        index = self.model.index(row, NAME)
        table.setCurrentIndex(index)
        table.scrollTo(index)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        table.edit(index)

    def remove_member(self) -> None:
        current = self.ui.memberTable.currentIndex()
        if current.isValid():
            self.model.remove(current.row())
        self._current_changed()

    def _current_changed(self) -> None:
        self.ui.removeMemberButton.setEnabled(self.ui.memberTable.currentIndex().isValid())


# -- terms of reference ----------------------------------------------------------------


class TermsPage(_Page):
    def __init__(self, board: NewBoardWizard) -> None:
        super().__init__(board, Ui_NewBoardTermsPage())
        self.ui.versionLabelEdit.textChanged.connect(self.revalidate)
        counts = "; ".join(f"{s.name}: {len(s.criteria)}" for s in STAGES)
        total = sum(len(s.criteria) for s in STAGES)
        self.ui.checklistHint.setText(
            f"{total} criteria from seed 000 ({counts}), each not started, to be given an "
            "owner and a due date under Stage checklist."
        )
        self.preview: TermsPreview | None = None
        self.revalidate()

    def initializePage(self) -> None:
        self.preview = self.board.services.new_board.preview_terms(
            self.board.plan(), self.board.today
        )
        self.ui.quorumLabel.setText(self.preview.quorum_rule)
        self.ui.previewText.setHtml(
            "".join(
                f"<h3>{escape(heading)}</h3><p>{escape(body)}</p>"
                for heading, body in self.preview.sections
            )
        )
        self.revalidate()

    def label(self) -> str:
        return self.ui.versionLabelEdit.text().strip()

    def add_checklist(self) -> bool:
        return self.ui.checklistCheck.isChecked()

    def problems(self) -> list[PlanProblem]:
        return terms_problems(self.label())


# -- summary ---------------------------------------------------------------------------


class SummaryPage(_Page):
    def __init__(self, board: NewBoardWizard) -> None:
        super().__init__(board, Ui_NewBoardSummaryPage())
        self.busy = False
        self.revalidate()

    def initializePage(self) -> None:
        board = self.board
        preview = board.services.new_board.preview_terms(board.plan(), board.today)
        added = {p.name.casefold() for p in board.partners_page.added}
        self.ui.summaryText.setHtml(summary_html(board.plan(), board.kept, added, preview))
        self.revalidate()

    def isComplete(self) -> bool:
        return not self.busy


def summary_html(plan: NewBoardPlan, kept: set[str], added: set[str], preview: TermsPreview) -> str:
    """What Finish will create, in words. `kept`: the organisations already kept here;
    `added`: those the person typed in (both casefolded)."""
    p = plan.place
    facts = [label(PLACE_KINDS, p.kind).lower()] if p.kind else []
    if p.population:
        facts.append(f"population {p.population:,}")
    facts.append(f"ICB: {p.icb_name}")
    parts = [
        "<h3>Place and board</h3>",
        f"<p><b>{escape(p.name)}</b> — {escape('; '.join(facts))}<br>"
        f"Board: <b>{escape(p.board_name)}</b></p>",
        f"<h3>Partner organisations ({len(plan.partners)})</h3>",
        _list(_partner_line(o, added) for o in plan.partners),
        _from_the_papers(plan.partners, kept | added),
        f"<h3>Members ({len(plan.members)})</h3>",
        _list(_member_line(n, m) for n, m in enumerate(plan.members)),
        "<h3>Terms of reference</h3>",
        f"<p>A draft labelled “{escape(plan.tor_label)}” with {len(preview.sections)} "
        f"sections: {escape(', '.join(h for h, _body in preview.sections))}.<br>"
        f"Quorum: {escape(preview.quorum_rule)}</p>",
        "<h3>Stage checklist</h3>",
    ]
    if plan.add_checklist:
        total = sum(len(s.criteria) for s in STAGES)
        stages = ", ".join(f"{s.name} {len(s.criteria)}" for s in STAGES)
        parts.append(f"<p>{total} standard criteria ({escape(stages)}), each not started.</p>")
    else:
        parts.append("<p>No criteria yet: add them later under Stage checklist.</p>")
    warnings = partner_warnings(plan.partners)
    if warnings:
        parts += ["<h3>Worth knowing</h3>", _list(escape(w) for w in warnings)]
    return "".join(parts)


def _list(items: Any) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _partner_line(o: PartnerPlan, added: set[str]) -> str:
    short = f" ({o.short_name})" if o.short_name else ""
    new = " — <i>new organisation</i>" if o.name.casefold() in added else ""
    return f"{escape(o.name + short)} — {escape(label(SECTORS, o.sector))}{new}"


def _from_the_papers(partners: Sequence[PartnerPlan], known: set[str]) -> str:
    """How many partners this laptop will first learn of from the seed papers' list."""
    count = sum(1 for p in partners if p.name.casefold() not in known)
    if not count:
        return ""
    if count == 1:
        text = "One of these organisations is not kept on this laptop yet; it is added"
    else:
        text = f"{count} of these organisations are not kept on this laptop yet; they are added"
    return f"<p>{text} from the seed papers' list.</p>"


def _member_line(row: int, m: MemberPlan) -> str:
    job = f", {m.job_title}" if m.job_title else ""
    since = f", from {uk_date(m.start_date)}" if m.start_date else ""
    voting = "voting" if m.voting else "not voting"
    return escape(
        f"{m.full_name or member_label(row, m)}{job} — {label(MEMBERSHIP_ROLES, m.role)} for "
        f"{m.organisation}, {voting}{since}"
    )


# -- the wizard ------------------------------------------------------------------------


class NewBoardWizard(QWizard):
    """Accepted once the board is created (`made` says what was); `creating` hands the
    worker's task to whoever must wait for it (the window, when it closes)."""

    created = Signal(object)  # the NewBoard made
    creating = Signal(object)  # the Task creating it

    def __init__(
        self, services: Services, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today or date.today()
        self.taken = services.new_board.taken_names()
        self.known = services.new_board.known_organisations()
        self.kept = {o.name.casefold() for o in services.organisations.list_organisations()}
        self.made: NewBoard | None = None
        self.task: Task | None = None
        self.start_creation: Callable[[NewBoardPlan], Task] = self._run_creation
        self.setObjectName("newBoardWizard")
        self.setWindowTitle("New board")
        self.setAccessibleName("New board")
        self.setAccessibleDescription(
            "Set up a new board in five steps: place, partners, members, terms of reference "
            "and a summary; nothing is written before Finish."
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setStyleSheet(WIZARD_STYLE)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.place_page = PlacePage(self)
        self.partners_page = PartnersPage(self)
        self.members_page = MembersPage(self)
        self.terms_page = TermsPage(self)
        self.summary_page = SummaryPage(self)
        for number, page in enumerate(self.pages()):
            self.setPage(number, page)
        for which, (name, description) in WIZARD_BUTTONS.items():
            self.button(which).setAccessibleName(name)
            self.button(which).setAccessibleDescription(description)
        name_inner_widgets(self)
        self.resize(820, 640)

    def pages(self) -> Sequence[_Page]:
        return (self.place_page, self.partners_page, self.members_page, self.terms_page,
                self.summary_page)  # fmt: skip

    # -- the plan ----------------------------------------------------------------------

    def place_plan(self) -> PlacePlan:
        return self.place_page.plan()

    def partners(self) -> list[PartnerPlan]:
        return self.partners_page.partners()

    def plan(self) -> NewBoardPlan:
        return NewBoardPlan(
            self.place_plan(),
            tuple(self.partners()),
            tuple(self.members_page.members()),
            self.terms_page.label(),
            self.terms_page.add_checklist(),
        )

    # -- finishing ---------------------------------------------------------------------

    def accept(self) -> None:
        """Finish: create the board in a worker; the wizard closes once it is made."""
        if self.busy():
            return
        self.summary_page.show_problem("")
        self._set_busy(True)
        self.task = self.start_creation(self.plan())
        self.task.succeeded.connect(self._created)
        self.task.failed.connect(self._refused)
        self.creating.emit(self.task)

    def _run_creation(self, plan: NewBoardPlan) -> Task:
        service, today = self.services.new_board, self.today

        def work(progress: Progress, cancelled: Cancelled) -> NewBoard:
            return service.create(plan, today, progress, cancelled)

        return run_with_progress(self, "Creating the board", work)

    def busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    def _set_busy(self, busy: bool) -> None:
        self.summary_page.busy = busy
        self.summary_page.completeChanged.emit()
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)

    def _created(self, made: object) -> None:
        self._set_busy(False)
        self.made = cast(NewBoard, made)
        self.created.emit(made)
        QWizard.accept(self)

    def _refused(self, error: object) -> None:
        self._set_busy(False)
        if isinstance(error, PlanProblem) and error.step in STEP_TITLES:
            text = f"{error} Go back to the {STEP_TITLES[error.step]} page to change it."
        elif isinstance(error, PlaceBoardError):
            text = str(error)
        else:
            text = "The board could not be created; nothing was written."
        self.summary_page.show_problem(text)

    def reject(self) -> None:
        if self.busy():
            return  # the transaction ends in a moment; Cancel on its progress stops it
        super().reject()
