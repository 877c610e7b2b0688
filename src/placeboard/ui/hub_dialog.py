"""The ICB hub settings dialog (forms/hub_settings.ui): the hub's name, its connection
string and the role's password. OK tries the connection in a worker — the dialog stays
open and says why when the hub refuses — and only then keeps the settings and puts the
password in the keyring."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from placeboard.domain.errors import PlaceBoardError, ValidationError
from placeboard.ui.forms.ui_hub_settings import Ui_HubSettingsDialog
from placeboard.ui.record_dialog import RecordDialog
from placeboard.ui.worker import Task, run_in_background

Connect = Callable[[str, str, str], Any]  # (dsn, name, password) -> what connecting found


class HubSettingsDialog(RecordDialog):
    FIELDS = {"name": "nameEdit", "dsn": "dsnEdit", "password": "passwordEdit"}
    connected = Signal(object)  # what `connect` returned

    def __init__(
        self, connect: Connect, dsn: str = "", name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HubSettingsDialog()
        self.ui.setupUi(self)
        self.connect_to_hub = connect
        self.task: Task | None = None
        self.ui.nameEdit.setText(name)
        self.ui.dsnEdit.setText(dsn)
        self._finish_setup("&Connect")
        (self.ui.passwordEdit if dsn else self.ui.nameEdit).setFocus()

    def values(self) -> tuple[str, str, str]:
        name = self.ui.nameEdit.text().strip()
        dsn = self.ui.dsnEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not name:
            raise ValidationError("Give the hub a name, such as the ICB's.", "name")
        if not dsn:
            raise ValidationError("Paste the connection the ICB gave you.", "dsn")
        if not password:
            raise ValidationError("Type the role's password.", "password")
        return dsn, name, password

    def accept(self) -> None:
        """Try the connection in a worker; close only when it worked."""
        if self.task is not None and self.task.is_running():
            return
        self.show_error("")
        try:
            dsn, name, password = self.values()
        except PlaceBoardError as exc:
            self.show_error(str(exc), getattr(exc, "field", None))
            return
        self._busy(True)
        self.task = run_in_background(self, lambda: self.connect_to_hub(dsn, name, password))
        self.task.succeeded.connect(self._connected)
        self.task.failed.connect(self._refused)

    def _busy(self, busy: bool) -> None:
        # Cancel waits too: a connection that succeeds after a cancel would still keep
        # the settings, and an unreachable hub is given up within seconds anyway.
        self.ok_button().setEnabled(not busy)
        self.ok_button().setText("Connecting…" if busy else "&Connect")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)

    def reject(self) -> None:
        if self.task is not None and self.task.is_running():
            return  # Escape while connecting: the answer is seconds away
        super().reject()

    def _connected(self, found: object) -> None:
        self._busy(False)
        self.ui.passwordEdit.clear()
        self.connected.emit(found)
        QDialog.accept(self)  # not RecordDialog.accept: that would connect again

    def _refused(self, error: object) -> None:
        self._busy(False)
        if isinstance(error, PlaceBoardError):
            self.show_error(str(error), "password" if "password" in str(error) else "dsn")
        else:
            self.show_error("The hub could not be reached; nothing was kept.", "dsn")
