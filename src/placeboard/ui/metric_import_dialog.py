"""The preview of a metric import: every row with what it would change, or every problem
with its line, column and reason. Only a clean file can be imported (all rows or none).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from placeboard.services.metric_files import ImportCheck, ImportRow, Problem
from placeboard.ui.metric_model import format_number
from placeboard.ui.models.lines import Line, LineModel, LineProxy, Look, text_key
from placeboard.ui.record_table import RecordTable

CHANGES = {"new": "New", "update": "Changed", "same": "Unchanged"}


class ImportRowModel(LineModel[ImportRow]):
    COLUMNS = ("Line", "Metric", "Place", "Period", "Value", "Now", "Change")
    RIGHT_ALIGNED = frozenset({0, 4, 5})

    def make_line(self, r: ImportRow) -> Line:
        now = format_number(r.previous) if r.previous is not None else ""
        change = CHANGES[r.change]
        return Line(
            texts=(str(r.line), r.metric, r.place, r.period, format_number(r.value), now, change),
            keys=(
                r.line,
                text_key(r.metric),
                text_key(r.place),
                r.line,  # the file's order is its period order as often as not
                r.value,
                r.previous if r.previous is not None else -1e300,
                change,
            ),
        )


class ProblemModel(LineModel[Problem]):
    COLUMNS = ("Line", "Column", "Reason")
    RIGHT_ALIGNED = frozenset({0})

    def make_line(self, p: Problem) -> Line:
        return Line(
            texts=(str(p.line), p.column, p.reason),
            keys=(p.line, p.column, text_key(p.reason)),
            look=Look.ALERT,
            note="A problem that stops the import",
        )


class MetricImportDialog(QDialog):
    """Shows a check; `accepted` means: import this file."""

    def __init__(self, check: ImportCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.setWindowTitle(f"Import metric values from {check.path.name}")
        self.setAccessibleName("Import metric values")
        self.setModal(True)
        self.resize(760, 480)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What the import would do")
        if check.problems:
            self.model: LineModel[Any] = ProblemModel(self)
            self.model.set_rows(check.problems)
            name, description = "Problems", "Each bad row of the file: line, column and reason"
        else:
            self.model = ImportRowModel(self)
            self.model.set_rows(check.rows)
            name, description = "Rows to import", "Each row of the file and what it would change"
        self.proxy = LineProxy(self.model, self)
        self.table = RecordTable(self.proxy, name, description)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.set_widths([50] * len(self.model.COLUMNS), len(self.model.COLUMNS) - 1)
        self.table.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setAccessibleName("Dialog buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        text = f"&Import {len(check.rows)} values" if check.ok else "&Import"
        self.ok_button.setText(text)
        self.ok_button.setAccessibleName(text.replace("&", ""))
        self.ok_button.setAccessibleDescription("Write every value of the file")
        self.ok_button.setEnabled(check.ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Close" if check.problems else "Cancel")
        cancel.setAccessibleName(cancel.text())
        cancel.setAccessibleDescription("Close without importing anything")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        (self.ok_button if check.ok else cancel).setDefault(True)

    def _summary(self) -> str:
        check = self.check
        if check.problems:
            count = len(check.problems)
            return (
                f"{check.path.name} cannot be imported: {count} problem"
                f"{'s' if count != 1 else ''}, listed below. Nothing has been written. "
                "Correct the file and import it again; every row is imported, or none."
            )
        return check.summary() + " Nothing is written until you press Import."

    def texts(self, column: int) -> list[str]:
        """The table's column as shown (for tests)."""
        return [self.proxy.index(r, column).data() for r in range(self.proxy.rowCount())]
