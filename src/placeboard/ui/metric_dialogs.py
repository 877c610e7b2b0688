"""Dialogs of the Metrics view: a metric's definition (forms/metric.ui), a rebase
(forms/rebase.ui) and a note on a point (forms/annotation.ui).

OK hands the values to `submit`; a refused edit shows its sentence in the dialog, which
stays open with nothing written (see RecordDialog).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from placeboard.domain.errors import ValidationError
from placeboard.domain.vocab import FREQUENCIES, POLARITIES
from placeboard.services.metric_charts import MetricInfo
from placeboard.ui.forms.ui_annotation import Ui_AnnotationDialog
from placeboard.ui.forms.ui_metric import Ui_MetricDialog
from placeboard.ui.forms.ui_rebase import Ui_RebaseDialog
from placeboard.ui.record_dialog import RecordDialog, fill_combo, select_data


@dataclass(frozen=True)
class PeriodNote:
    """A period key and the words that go with it (a rebase's reason, a note)."""

    period: str
    text: str


class MetricDialog(RecordDialog):
    FIELDS = {
        "name": "nameEdit",
        "unit": "unitEdit",
        "polarity": "polarityCombo",
        "target": "targetSpin",
        "frequency": "frequencyCombo",
        "source": "sourceEdit",
        "description": "descriptionEdit",
    }

    def __init__(self, metric: MetricInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MetricDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.polarityCombo, ((text, key) for key, text in POLARITIES.items()))
        fill_combo(self.ui.frequencyCombo, ((text, key) for key, text in FREQUENCIES.items()))
        self.definition = metric
        self.setWindowTitle(f"Edit metric: {metric.name}")
        self.ui.introLabel.setText(
            "The definition is the same for every place. The target and the direction "
            "that is better decide the assurance icon and whether a special cause is an "
            "improvement or a concern."
        )
        self.ui.nameEdit.setText(metric.name)
        self.ui.unitEdit.setText(metric.unit)
        select_data(self.ui.polarityCombo, metric.polarity)
        self.ui.targetCheck.setChecked(metric.target is not None)
        self.ui.targetSpin.setValue(metric.target or 0.0)
        select_data(self.ui.frequencyCombo, metric.frequency)
        self.ui.sourceEdit.setText(metric.source)
        self.ui.descriptionEdit.setPlainText(metric.description)
        self._finish_setup("&Save")
        self.ui.nameEdit.setFocus()

    def values(self) -> dict[str, object]:
        """Every field of the definition, as the service's update_metric takes them."""
        target = self.ui.targetSpin.value() if self.ui.targetCheck.isChecked() else None
        name = " ".join(self.ui.nameEdit.text().split())
        if not name:  # update_metric does not check this yet (define_metric does)
            raise ValidationError("The metric's name cannot be empty.", "name")
        return {
            "name": name,
            "unit": self.ui.unitEdit.text().strip(),
            "polarity": str(self.ui.polarityCombo.currentData()),
            "target": target,
            "frequency": str(self.ui.frequencyCombo.currentData()),
            "source": self.ui.sourceEdit.text().strip(),
            "description": self.ui.descriptionEdit.toPlainText().strip(),
        }


class _PeriodDialog(RecordDialog):
    """A period chosen from the chart's periods, and some words."""

    def _fill_periods(self, periods: Sequence[tuple[str, str]], chosen: str | None) -> None:
        fill_combo(self.ui.periodCombo, ((label, key) for key, label in periods))
        if chosen is not None:
            select_data(self.ui.periodCombo, chosen)
        self.ui.periodCombo.setFocus()

    def period(self) -> str:
        return str(self.ui.periodCombo.currentData() or "")


class RebaseDialog(_PeriodDialog):
    FIELDS = {"period": "periodCombo", "reason": "reasonEdit"}

    def __init__(
        self,
        title: str,
        periods: Sequence[tuple[str, str]],  # (key, label), the possible first points
        chosen: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RebaseDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Add rebase: {title}")
        self.ui.introLabel.setText(
            "A rebase starts a new group at a period where the process changed (a new "
            "service, a new way of counting): the mean and process limits are worked out "
            "again from that point, and runs never cross it."
        )
        self._fill_periods(periods, chosen)
        self._finish_setup("&Add rebase")

    def values(self) -> PeriodNote:
        return PeriodNote(self.period(), self.ui.reasonEdit.toPlainText())


class AnnotationDialog(_PeriodDialog):
    FIELDS = {"period": "periodCombo", "text": "textEdit"}

    def __init__(
        self,
        title: str,
        periods: Sequence[tuple[str, str]],
        chosen: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AnnotationDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Add note: {title}")
        self.ui.introLabel.setText(
            "A note explains a point, such as a new service starting or a data problem. "
            "The chart numbers it and lists it under the chart."
        )
        self._fill_periods(periods, chosen)
        self._finish_setup("&Add note")

    def values(self) -> PeriodNote:
        return PeriodNote(self.period(), self.ui.textEdit.text())
