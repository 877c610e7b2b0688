"""Dialogs of the Risks view: a risk (forms/risk.ui), a mitigation (forms/mitigation.ui)
and recording a review (forms/risk_review.ui). The risk dialog shows each rating's score
and band live, in words and colour, as its likelihood and consequence change."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QListWidgetItem, QWidget

from placeboard.domain.errors import ValidationError
from placeboard.domain.periods import uk_date
from placeboard.domain.risk_matrix import (
    BAND_COLOURS,
    BAND_TEXT_COLOURS,
    CONSEQUENCES,
    LIKELIHOODS,
    Rating,
)
from placeboard.services.risks import RiskRow
from placeboard.ui.commands.risks import MitigationInput, RiskInput
from placeboard.ui.forms.ui_mitigation import Ui_MitigationDialog
from placeboard.ui.forms.ui_risk import Ui_RiskDialog
from placeboard.ui.forms.ui_risk_review import Ui_RiskReviewDialog
from placeboard.ui.record_dialog import (
    RecordDialog,
    fill_combo,
    from_qdate,
    select_data,
    to_qdate,
)

WHEN = ("initial", "current", "target")
NO_OWNER = "No owning partner yet"
REVIEW_EVERY = 90  # days: a quarterly review, as the stage checklist expects


def set_optional(check: QCheckBox, edit: QDateEdit, value: date | None, fallback: date) -> None:
    check.setChecked(value is not None)
    edit.setDate(to_qdate(value or fallback))
    edit.setEnabled(value is not None)


def optional(check: QCheckBox, edit: QDateEdit) -> date | None:
    return from_qdate(edit.date()) if check.isChecked() else None


def score_style(band: str) -> str:
    return (
        f"background: {BAND_COLOURS[band]}; color: {BAND_TEXT_COLOURS[band]}; "
        "border-radius: 8px; padding: 2px 8px; font-weight: bold;"
    )


class RiskDialog(RecordDialog):
    FIELDS = {
        "title": "titleEdit",
        "description": "descriptionEdit",
        "owning_organisation_id": "owningCombo",
        "organisation_id": "contributorsList",
        "owner": "ownerEdit",
        "controls": "controlsEdit",
        "review_date": "reviewDate",
        **{
            f"{w}_{axis}": f"{w}{axis.capitalize()}"
            for w in WHEN
            for axis in ("likelihood", "consequence")
        },
    }

    def __init__(self, partners: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`partners`: (name, organisation id) of the board's partners."""
        super().__init__(parent)
        self.ui = Ui_RiskDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.owningCombo, [(NO_OWNER, None), *partners])
        for name, org_id in partners:
            item = QListWidgetItem(name, self.ui.contributorsList)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.ui.owningCombo.currentIndexChanged.connect(self._owner_cannot_contribute)
        for when in WHEN:
            fill_combo(
                self._combo(when, "likelihood"), ((f"{n} {t}", n) for n, t in LIKELIHOODS.items())
            )
            fill_combo(
                self._combo(when, "consequence"), ((f"{n} {t}", n) for n, t in CONSEQUENCES.items())
            )
            for axis in ("likelihood", "consequence"):
                self._combo(when, axis).currentIndexChanged.connect(
                    lambda _i, w=when: self._show_score(w)
                )
        self.ui.contributorsList.setAccessibleName("Contributing partners")
        self._finish_setup("&Add risk")

    def _combo(self, when: str, axis: str) -> QComboBox:
        return getattr(self.ui, f"{when}{axis.capitalize()}")

    def rating(self, when: str) -> Rating:
        return Rating(
            int(self._combo(when, "likelihood").currentData()),
            int(self._combo(when, "consequence").currentData()),
        )

    def _set_rating(self, when: str, likelihood: int, consequence: int) -> None:
        select_data(self._combo(when, "likelihood"), likelihood)
        select_data(self._combo(when, "consequence"), consequence)
        self._show_score(when)

    def _show_score(self, when: str) -> None:
        label: QLabel = getattr(self.ui, f"{when}Score")
        rating = self.rating(when)
        label.setText(rating.text())
        label.setStyleSheet(score_style(rating.band))
        label.setAccessibleDescription(f"The {when} score: {rating.describe()}")

    def _owner_cannot_contribute(self, _index: int = 0) -> None:
        owner = self.ui.owningCombo.currentData()
        for row in range(self.ui.contributorsList.count()):
            item = self.ui.contributorsList.item(row)
            owning = item.data(Qt.ItemDataRole.UserRole) == owner
            if owning:
                item.setCheckState(Qt.CheckState.Unchecked)
            flags = item.flags()
            enabled = Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags & ~enabled if owning else flags | enabled)

    def start_new(self, today: date) -> None:
        self.setWindowTitle("Add risk")
        self._set_rating("initial", 3, 3)
        self._set_rating("current", 3, 3)
        self._set_rating("target", 1, 3)
        set_optional(
            self.ui.reviewCheck, self.ui.reviewDate, today + timedelta(REVIEW_EVERY), today
        )
        self._owner_cannot_contribute()
        self.ui.titleEdit.setFocus()

    def start_edit(self, row: RiskRow, today: date) -> None:
        r = row.risk
        self.setWindowTitle(f"Edit risk {r.reference}: {r.title}")
        self.set_ok_text("&Save")
        self.ui.titleEdit.setText(r.title)
        self.ui.descriptionEdit.setPlainText(r.description)
        select_data(self.ui.owningCombo, r.owning_organisation_id)
        self.ui.ownerEdit.setText(r.owner)
        for i in range(self.ui.contributorsList.count()):
            item = self.ui.contributorsList.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in row.contributor_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        for when in WHEN:
            rating: Rating = getattr(row, when)
            self._set_rating(when, rating.likelihood, rating.consequence)
        self.ui.controlsEdit.setPlainText(r.controls)
        set_optional(self.ui.reviewCheck, self.ui.reviewDate, r.review_date, today)
        self._owner_cannot_contribute()
        self.ui.titleEdit.setFocus()

    def contributor_ids(self) -> tuple[str, ...]:
        items = (self.ui.contributorsList.item(i) for i in range(self.ui.contributorsList.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def values(self) -> RiskInput:
        title = self.ui.titleEdit.text().strip()
        if not title:
            raise ValidationError("Give the risk a title: the risk in a few words.", "title")
        owner = self.ui.owningCombo.currentData()
        pairs = {w: (self.rating(w).likelihood, self.rating(w).consequence) for w in WHEN}
        return RiskInput(
            title=title,
            description=self.ui.descriptionEdit.toPlainText().strip(),
            owning_organisation_id=str(owner) if owner else None,
            owner=self.ui.ownerEdit.text().strip(),
            contributor_ids=tuple(o for o in self.contributor_ids() if o != owner),
            initial=pairs["initial"],
            current=pairs["current"],
            target=pairs["target"],
            controls=self.ui.controlsEdit.toPlainText().strip(),
            review_date=optional(self.ui.reviewCheck, self.ui.reviewDate),
        )


class MitigationDialog(RecordDialog):
    FIELDS = {
        "action": "actionEdit",
        "owner": "ownerEdit",
        "due_date": "dueDate",
        "done_on": "doneDate",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MitigationDialog()
        self.ui.setupUi(self)
        self._finish_setup("&Add mitigation")

    def start_new(self, reference: str, today: date) -> None:
        self.setWindowTitle(f"Add mitigation to risk {reference}")
        set_optional(self.ui.dueCheck, self.ui.dueDate, today + timedelta(30), today)
        set_optional(self.ui.doneCheck, self.ui.doneDate, None, today)
        self.ui.actionEdit.setFocus()

    def start_edit(self, m: Any, today: date) -> None:
        self.setWindowTitle("Edit mitigation")
        self.set_ok_text("&Save")
        self.ui.actionEdit.setText(m.action)
        self.ui.ownerEdit.setText(m.owner)
        set_optional(self.ui.dueCheck, self.ui.dueDate, m.due_date, today)
        set_optional(self.ui.doneCheck, self.ui.doneDate, m.done_on, today)
        self.ui.actionEdit.setFocus()

    def values(self) -> MitigationInput:
        return MitigationInput(
            action=self.ui.actionEdit.text().strip(),
            owner=self.ui.ownerEdit.text().strip(),
            due_date=optional(self.ui.dueCheck, self.ui.dueDate),
            done_on=optional(self.ui.doneCheck, self.ui.doneDate),
        )


class RiskReviewDialog(RecordDialog):
    """Record that a risk was reviewed today; ask when it is next due."""

    FIELDS = {"review_date": "nextDate"}

    def __init__(self, row: RiskRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RiskReviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Record review of risk {row.reference}")
        last = row.risk.last_reviewed_on
        before = f" It was last reviewed on {uk_date(last)}." if last else ""
        self.ui.questionLabel.setText(
            f"Record that risk {row.reference} ({row.title}) was reviewed today, "
            f"{uk_date(today)}, at a current score of {row.current.text()}.{before}"
        )
        self.ui.questionLabel.setAccessibleDescription(self.ui.questionLabel.text())
        self.ui.nextDate.setDate(to_qdate(today + timedelta(REVIEW_EVERY)))
        self._finish_setup("&Record review")
        self.ui.nextDate.setFocus()

    def values(self) -> date:
        return from_qdate(self.ui.nextDate.date())
