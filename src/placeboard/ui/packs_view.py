"""The Packs view: build a meeting pack (or its supplement) or the ICB assurance pack,
full or public, in a worker behind a progress dialog that can be cancelled, and open
the finished PDF with the system viewer on request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.periods import Period, financial_year, uk_date
from placeboard.domain.vocab import MEETING_STATUSES
from placeboard.services import Services
from placeboard.ui.area_view import AreaView
from placeboard.ui.dialog_host import DialogHost
from placeboard.ui.worker import Cancelled, Progress, Task, run_with_progress

MEETING, ASSURANCE = "meeting", "assurance"
MAIN_PACK, SUPPLEMENT = "pack", "supplement"


def period_choices(today: date) -> list[str]:
    """The last four quarters and the last two financial years, newest first."""
    quarter = Period.containing(today, "quarter")
    quarters = [quarter]
    for _ in range(3):
        quarters.append(quarters[-1].previous())
    this_year = financial_year(today)
    start = int(this_year[:4])
    years = [this_year, f"{start - 1}/{str(start)[2:]}"]
    return [q.key for q in quarters] + years


def file_stem(text: str) -> str:
    """A file name part from words: "Blackpool 2026/27-Q3" -> "blackpool-2026-27-q3"."""
    cleaned = "".join(c if c.isalnum() else "-" for c in text.casefold())
    return "-".join(part for part in cleaned.split("-") if part)


def documents() -> Path:
    """The person's Documents folder (their home folder when there is none)."""
    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(where) if where else Path.home()


def _radio(text: str, name: str, group: QButtonGroup, key: str, description: str) -> QRadioButton:
    button = QRadioButton(text)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    button.setProperty("choice", key)
    group.addButton(button)
    return button


def _chosen(group: QButtonGroup) -> str:
    button = group.checkedButton()
    return str(button.property("choice")) if button is not None else ""


class PacksView(DialogHost, AreaView):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("packsView")
        self.setAccessibleName("Packs")
        self.today = date.today
        self.task: Task | None = None
        self.last_pack: Path | None = None
        self._path_edited = False
        self._build()
        self.reload()

    # -- building the form -------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel("Build a PDF pack")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        intro = QLabel(
            "The meeting pack is the agenda, each item's cover sheet and papers, the last "
            "minutes, the action log, the forward plan and the declarations register. The "
            "assurance pack is what the ICB reads: membership and attendance, terms of "
            "reference, stage, priorities, metric charts, risks and overdue actions. The "
            "public version leaves out Part II and anything confidential."
        )
        intro.setWordWrap(True)

        self.kind_group = QButtonGroup(self)
        self.meeting_radio = _radio(
            "&Meeting pack",
            "Meeting pack",
            self.kind_group,
            MEETING,
            "The pack for a board meeting: agenda, papers, last minutes, actions",
        )
        self.assurance_radio = _radio(
            "&Assurance pack for the ICB",
            "Assurance pack",
            self.kind_group,
            ASSURANCE,
            "The quarter's or year's report to the integrated care board",
        )
        self.meeting_radio.setChecked(True)
        kind_box = QGroupBox("What to build")
        kind_row = QHBoxLayout(kind_box)
        kind_row.addWidget(self.meeting_radio)
        kind_row.addWidget(self.assurance_radio)
        kind_row.addStretch(1)

        self.meeting_box = self._build_meeting_box()
        self.assurance_box = self._build_assurance_box()

        self.version_group = QButtonGroup(self)
        self.full_radio = _radio(
            "&Full (marked CONFIDENTIAL)",
            "Full version",
            self.version_group,
            "full",
            "Everything, Part II included, marked CONFIDENTIAL on every page",
        )
        self.public_radio = _radio(
            "P&ublic (marked PUBLIC; Part II and confidential papers left out)",
            "Public version",
            self.version_group,
            "public",
            "For publication: Part II items and confidential papers are left out",
        )
        self.full_radio.setChecked(True)
        version_box = QGroupBox("Version")
        version_row = QVBoxLayout(version_box)
        version_row.addWidget(self.full_radio)
        version_row.addWidget(self.public_radio)

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName("Save the pack as")
        self.path_edit.setAccessibleDescription("Where the PDF file is written")
        self.path_edit.textEdited.connect(self._on_path_edited)
        self.browse_button = QPushButton("B&rowse…")
        self.browse_button.setAccessibleName("Choose where to save")
        self.browse_button.setToolTip("Choose the folder and name of the PDF file")
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_label = QLabel("&Save as:")
        path_label.setBuddy(self.path_edit)
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.open_check = QCheckBox("&Open the pack when it is finished")
        self.open_check.setAccessibleName("Open the pack when it is finished")
        self.open_check.setAccessibleDescription("Show the PDF in the system's viewer once built")
        self.open_check.setChecked(True)
        self.build_button = QPushButton("&Build pack")
        self.build_button.setAccessibleName("Build pack")
        self.build_button.setToolTip("Write the PDF pack chosen above to the file named")
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(lambda: self.build())
        self.open_button = QPushButton("O&pen last pack")
        self.open_button.setAccessibleName("Open the last pack built")
        self.open_button.setToolTip("Show the last PDF pack built in the system's viewer")
        self.open_button.clicked.connect(self.open_last)
        self.open_button.setEnabled(False)
        action_row = QHBoxLayout()
        action_row.addWidget(self.open_check)
        action_row.addStretch(1)
        action_row.addWidget(self.open_button)
        action_row.addWidget(self.build_button)

        self.result_label = QLabel("")
        self.result_label.setObjectName("packResult")
        self.result_label.setAccessibleName("Result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QWidget()
        # Readable lines on a wide screen, in ems so that larger text still fits.
        form.setMaximumWidth(form.fontMetrics().horizontalAdvance("M") * 86)
        layout = QVBoxLayout(form)
        layout.setSpacing(10)
        for widget in (heading, intro, kind_box, self.meeting_box, self.assurance_box):
            layout.addWidget(widget)
        layout.addWidget(version_box)
        layout.addLayout(path_row)
        layout.addLayout(action_row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        # In a scroll area, so that with large text on a small screen nothing is squeezed.
        page = QWidget()
        page.setObjectName("packsPage")
        row = QHBoxLayout(page)
        row.setContentsMargins(16, 16, 16, 16)
        row.addWidget(form, 1)
        row.addStretch(0)
        scroll = QScrollArea()
        scroll.setObjectName("packsScroll")
        scroll.setAccessibleName("Packs")
        scroll.setAccessibleDescription("The choices for a PDF pack, and the button to build it")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.kind_group.buttonToggled.connect(lambda _b, _on: self._on_choice())
        self.version_group.buttonToggled.connect(lambda _b, _on: self._suggest_path())

    def _build_meeting_box(self) -> QGroupBox:
        box = QGroupBox("Meeting")
        form = QFormLayout(box)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName("Meeting")
        self.meeting_combo.setAccessibleDescription("The meeting whose pack is built")
        self.meeting_combo.view().setAccessibleName("Meetings")
        self.meeting_combo.currentIndexChanged.connect(lambda _i: self._on_meeting())
        form.addRow("M&eeting:", self.meeting_combo)
        self.contents_combo = QComboBox()
        self.contents_combo.setAccessibleName("Contents")
        self.contents_combo.setAccessibleDescription(
            "The whole agenda pack, or a supplement of the papers added since it was published"
        )
        self.contents_combo.view().setAccessibleName("What the pack holds")
        self.contents_combo.addItem("The agenda pack", MAIN_PACK)
        self.contents_combo.addItem("A supplement: papers added since publication", SUPPLEMENT)
        self.contents_combo.currentIndexChanged.connect(lambda _i: self._on_meeting())
        form.addRow("&Contents:", self.contents_combo)
        self.publish_check = QCheckBox(
            "Record the pack as &published today (papers added later go into a supplement)"
        )
        self.publish_check.setAccessibleName("Record the pack as published")
        self.publish_check.setAccessibleDescription(
            "Note today as the pack's publication date; papers added later go into a supplement"
        )
        form.addRow("", self.publish_check)
        self.meeting_note = QLabel("")
        self.meeting_note.setAccessibleName("About the meeting's pack")
        self.meeting_note.setWordWrap(True)
        form.addRow("", self.meeting_note)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(field.widget())  # type: ignore[union-attr]
        return box

    def _build_assurance_box(self) -> QGroupBox:
        box = QGroupBox("Assurance")
        form = QFormLayout(box)
        self.period_combo = QComboBox()
        self.period_combo.setEditable(True)
        self.period_combo.setAccessibleName("Period")
        self.period_combo.view().setAccessibleName("Periods")
        self.period_combo.setAccessibleDescription(
            "A quarter such as 2026/27-Q2 or a financial year such as 2025/26"
        )
        line = self.period_combo.lineEdit()
        if line is not None:
            line.setAccessibleName("Period")
            line.setAccessibleDescription(self.period_combo.accessibleDescription())
        self.period_combo.currentTextChanged.connect(lambda _t: self._suggest_path())
        period_label = QLabel("Pe&riod:")
        period_label.setBuddy(self.period_combo)
        form.addRow(period_label, self.period_combo)
        self.places_group = QButtonGroup(self)
        self.this_place_radio = _radio(
            "This &place",
            "This place only",
            self.places_group,
            "place",
            "The pack of the place shown",
        )
        self.all_places_radio = _radio(
            "All places, with a side-by-side &comparison first",
            "All places",
            self.places_group,
            "all",
            "One pack for every place, starting with a comparison of them side by side",
        )
        self.this_place_radio.setChecked(True)
        places = QWidget()
        places_row = QVBoxLayout(places)
        places_row.setContentsMargins(0, 0, 0, 0)
        places_row.addWidget(self.this_place_radio)
        places_row.addWidget(self.all_places_radio)
        form.addRow("Places:", places)
        self.places_group.buttonToggled.connect(lambda _b, _on: self._suggest_path())
        return box

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.meeting_combo.currentData()
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        if self.place_id is not None:
            meetings = self.services.meetings.list_meetings(self.place_id)
            for m in sorted(meetings, key=lambda m: m.meeting_date, reverse=True):
                status = MEETING_STATUSES.get(m.status, m.status)
                published = f", published {uk_date(m.published_on)}" if m.published_on else ""
                self.meeting_combo.addItem(f"{uk_date(m.meeting_date)} ({status}{published})", m.id)
            index = self.meeting_combo.findData(chosen) if chosen else -1
            if index < 0:
                index = self._next_meeting_index(meetings)
            self.meeting_combo.setCurrentIndex(index)
        self.meeting_combo.blockSignals(False)
        if self.period_combo.count() == 0:
            self.period_combo.addItems(period_choices(self.today()))
        self._on_choice()

    def _next_meeting_index(self, meetings: list[Any]) -> int:
        """The next meeting to come, else the latest held."""
        today = self.today()
        upcoming = [m for m in meetings if m.meeting_date >= today and m.status != "cancelled"]
        target = min(upcoming, key=lambda m: m.meeting_date) if upcoming else None
        if target is None:
            return 0 if meetings else -1
        return self.meeting_combo.findData(target.id)

    def prepare_assurance(self, period: str, all_places: bool = True) -> None:
        """The form set for an assurance pack of `period` (the ICB view asks for every
        place's), ready for the person to choose the version and build it."""
        self.assurance_radio.setChecked(True)
        (self.all_places_radio if all_places else self.this_place_radio).setChecked(True)
        self.period_combo.setEditText(period)

    def kind(self) -> str:
        return _chosen(self.kind_group)

    def public(self) -> bool:
        return _chosen(self.version_group) == "public"

    def _on_choice(self) -> None:
        meeting = self.kind() == MEETING
        self.meeting_box.setVisible(meeting)
        self.assurance_box.setVisible(not meeting)
        self._on_meeting()

    def _on_meeting(self) -> None:
        meeting_id = self.meeting_combo.currentData()
        note, supplement_ok = "", False
        if meeting_id:
            m = self.services.packs.find_meeting(meeting_id)
            if m.published_on is None:
                note = "Not published yet: building the pack can record it as published."
            else:
                pending = len(self.services.packs.pending_papers(meeting_id))
                made = self.services.packs.supplements(meeting_id)
                note = f"Published on {uk_date(m.published_on)}. "
                note += (
                    f"{pending} paper(s) added since then, for a new supplement."
                    if pending
                    else "No papers added since then."
                )
                if made:
                    note += " Supplements so far: " + ", ".join(map(str, made)) + "."
                supplement_ok = bool(pending or made)
            self.publish_check.setEnabled(m.published_on is None)
        if not supplement_ok and self.contents_combo.currentData() == SUPPLEMENT:
            self.contents_combo.setCurrentIndex(0)
        item = self.contents_combo.model().item(1)  # type: ignore[attr-defined]
        item.setEnabled(supplement_ok)
        self.meeting_note.setText(note)
        has_place = self.place_id is not None
        self.build_button.setEnabled(has_place and (self.kind() == ASSURANCE or bool(meeting_id)))
        self._suggest_path()

    def _on_path_edited(self, _text: str) -> None:
        self._path_edited = True

    def _suggest_path(self) -> None:
        """A file name from the choices, in the folder last used, until one is typed."""
        if self._path_edited or self.place_id is None:
            return
        folder = Path(self.path_edit.text()).parent if self.path_edit.text() else documents()
        version = "public" if self.public() else "full"
        if self.kind() == MEETING:
            text = self.meeting_combo.currentText().split(" (")[0]
            what = "supplement" if self.contents_combo.currentData() == SUPPLEMENT else "pack"
            stem = f"meeting-{what}-{file_stem(text)}-{version}"
        else:
            places = "all-places" if _chosen(self.places_group) == "all" else self._place_name()
            period = self.period_combo.currentText()
            stem = f"assurance-{file_stem(places)}-{file_stem(period)}-{version}"
        self.path_edit.setText(str(folder / f"{stem}.pdf"))

    def _place_name(self) -> str:
        if self.place_id is None:
            return ""
        return self.services.places.get_place(self.place_id).name

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save the pack as", self.path_edit.text(), "PDF files (*.pdf)"
        )
        if chosen:
            self.path_edit.setText(chosen)
            self._path_edited = True

    # -- building the pack -------------------------------------------------------------

    def out_path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def build(self) -> Task | None:
        """Start the build in a worker; the result arrives through the task's signals."""
        if self.place_id is None or (self.task is not None and self.task.is_running()):
            return None
        if not self.path_edit.text().strip():
            self.result_label.setText("Choose where to save the pack first.")
            return None
        out = self.out_path()
        make = self._maker(out)
        if make is None:
            return None

        def work(progress: Progress, cancelled: Cancelled) -> str:
            steps = iter(range(10_000))

            def step(text: str) -> bool:
                progress(next(steps), 0, text)
                return not cancelled()

            return make(step)

        self.build_button.setEnabled(False)
        self.result_label.setText("Building…")
        task = run_with_progress(self, "Building the pack", work)
        task.succeeded.connect(lambda words: self._built(out, str(words)))
        task.failed.connect(lambda _exc: self.result_label.setText("No pack was saved."))
        task.finished.connect(lambda: self.build_button.setEnabled(True))
        self.task = task
        return task

    def _maker(self, out: Path) -> Callable[[Callable[[str], bool]], str] | None:
        """What the worker runs: builds the chosen pack and says what it wrote."""
        packs, public = self.services.packs, self.public()
        version = "public" if public else "full"
        if self.kind() == ASSURANCE:
            place_id = None if _chosen(self.places_group) == "all" else self.place_id
            period = self.period_combo.currentText().strip()

            def assurance(step: Callable[[str], bool]) -> str:
                result = packs.assurance_pack(place_id, period, public, out, progress=step)
                return f"the {version} assurance pack for {period} ({_pages(result.pages)})"

            return assurance
        meeting_id = self.meeting_combo.currentData()
        if not meeting_id:
            return None
        if self.contents_combo.currentData() == SUPPLEMENT:

            def supplement(step: Callable[[str], bool]) -> str:
                built = packs.meeting_supplement(meeting_id, public, out, progress=step)
                return f"{version} Supplement {built.number} ({_pages(built.result.pages)})"

            return supplement
        publish = self.publish_check.isEnabled() and self.publish_check.isChecked()

        def meeting(step: Callable[[str], bool]) -> str:
            result = packs.meeting_pack(meeting_id, public, out, progress=step, publish=publish)
            return f"the {version} meeting pack ({_pages(result.pages)})"

        return meeting

    def _built(self, out: Path, words: str) -> None:
        self.last_pack = out
        self.open_button.setEnabled(True)
        text = f"Saved {words} to {out}."
        self.result_label.setText(text)
        self.status_message.emit(text)
        self.reload()  # a published meeting now offers supplements
        self.changed.emit()
        if self.open_check.isChecked():
            self.open_last()

    def open_last(self) -> None:
        if self.last_pack is not None and self.last_pack.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pack)))


def _pages(n: int) -> str:
    return f"{n} page{'s' if n != 1 else ''}"
