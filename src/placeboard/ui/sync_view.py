"""The Sync view: where this laptop stands (changes not yet synced, last successful
sync, a clock-skew warning), the ICB hub (its settings, Sync now, and after a failure
another try on a timer), bundle files out and in for when there is no network, the
peers it syncs with, and the conflicts to settle with keep mine, keep theirs or edit.
Long work runs in a worker behind a progress dialog that can be cancelled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTime, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.errors import PlaceBoardError
from placeboard.services import Services
from placeboard.services.sync import BUNDLE_SUFFIX, BUNDLE_SUFFIXES, ConflictView, SyncStatus
from placeboard.sync.hub_config import HubConfig
from placeboard.ui.area_view import AreaView
from placeboard.ui.dialog_host import DialogHost
from placeboard.ui.flow_layout import FlowLayout
from placeboard.ui.hub_dialog import HubSettingsDialog
from placeboard.ui.models.lines import LineProxy
from placeboard.ui.models.sync_models import ConflictModel, PeerModel, when
from placeboard.ui.record_table import RecordTable, action_button, bind_key
from placeboard.ui.worker import Cancelled, Progress, Task

CHOICE_WORDS = {
    "mine": "Keep &mine",
    "theirs": "Keep &theirs",
    "edit": "&Edit…",
    "restore": "&Restore the record",
    "dismiss": "&Dismiss",
}
# After a failed sync, try again after 1, 5, 15, then every 30 minutes (in ms).
RETRY_DELAYS_MS = (60_000, 300_000, 900_000, 1_800_000)
WARNING_STYLE = (
    "QLabel { background: #FDECEA; border-left: 6px solid #DA291C; color: #8A1538;"
    " padding: 6px 10px; }"
)


BUNDLE_FILTER = (
    "PlaceBoard sync bundles ("
    + " ".join(f"*{suffix}" for suffix in BUNDLE_SUFFIXES)
    + ");;All files (*)"
)


def bundle_folder() -> Path:
    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(where) if where else Path.home()


def status_text(status: SyncStatus) -> str:
    """The status lines in words."""
    noun = "change" if status.unsynced == 1 else "changes"
    lines = [
        f"<b>{status.unsynced:,} {noun}</b> made on this laptop not yet synced.",
        f"Last successful sync: {when(status.last_ok_at)}.",
    ]
    if status.open_conflicts:
        lines.append(f"<b>{status.open_conflicts} conflict(s)</b> to settle below.")
    if status.waiting_records:
        lines.append(
            f"{status.waiting_records} record(s) wait for a record another laptop has not sent yet."
        )
    return "<br>".join(lines)


class SyncView(DialogHost, AreaView):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("syncView")
        self.setAccessibleName("Sync")
        self.task: Task | None = None
        self.choice_actions: dict[str, QAction] = {}
        self._build()
        self.reload()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("syncStatus")
        self.status_label.setAccessibleName("Sync status")
        self.status_label.setWordWrap(True)
        self.skew_label = QLabel()
        self.skew_label.setObjectName("clockWarning")
        self.skew_label.setAccessibleName("Clock warning")
        self.skew_label.setWordWrap(True)
        self.skew_label.setStyleSheet(WARNING_STYLE)
        self.skew_label.hide()
        self.result_label = QLabel()
        self.result_label.setAccessibleName("Last sync result")
        self.result_label.setWordWrap(True)
        hub = self._build_hub_box()

        bundles = QGroupBox("Bundle files, for when there is no network")
        row = FlowLayout(bundles, spacing=8)
        self.bundle_out_action = self._action(
            "&Save changes to a bundle…",
            self.save_bundle,
            "Write every change the other side has not had into one file",
            "Ctrl+Shift+E",
        )
        self.bundle_in_action = self._action(
            "&Load a bundle…",
            self.load_bundle,
            "Take in the changes in a bundle file from another laptop or the ICB",
            "Ctrl+Shift+I",
        )
        row.addWidget(action_button(self.bundle_out_action))
        row.addWidget(action_button(self.bundle_in_action))

        self.peer_model = PeerModel(self)
        self.peers = RecordTable(
            LineProxy(self.peer_model, self),
            "Peers",
            "The laptops and hubs this laptop has synced with, and what waits for each",
        )
        self.peers.set_widths([180, 120, 170, 170], 4)

        self.conflict_model = ConflictModel(self)
        self.conflicts = RecordTable(
            LineProxy(self.conflict_model, self),
            "Conflicts",
            "Edits made on two laptops at once, and records changed after being deleted",
        )
        self.conflicts.set_widths([230, 170, 110, 180, 180], 5)
        self.conflicts.selectionModel().selectionChanged.connect(self._show_conflict)
        self.mine_text = self._side_text("This laptop's value")
        self.theirs_text = self._side_text("The other laptop's value")
        self.mine_label = QLabel("This laptop:")
        self.theirs_label = QLabel("The other:")
        self.mine_label.setBuddy(self.mine_text)
        self.theirs_label.setBuddy(self.theirs_text)
        sides = QHBoxLayout()
        for label, text in (
            (self.mine_label, self.mine_text),
            (self.theirs_label, self.theirs_text),
        ):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(text, 1)
            sides.addLayout(column, 1)
        choices = FlowLayout(spacing=8)
        for choice, words in CHOICE_WORDS.items():
            action = self._action(
                words, lambda c=choice: self.settle(c), f"Settle the conflict: {words}"
            )
            action.setEnabled(False)
            self.conflicts.addAction(action)
            self.choice_actions[choice] = action
            choices.addWidget(action_button(action))
        bind_key(self.choice_actions["edit"], "F2", self.conflicts)

        conflicts_panel = QWidget()
        conflicts_box = QVBoxLayout(conflicts_panel)
        conflicts_box.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("&Conflicts to settle")
        heading.setBuddy(self.conflicts)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        conflicts_box.addWidget(heading)
        conflicts_box.addWidget(self.conflicts, 2)
        conflicts_box.addLayout(sides, 1)
        conflicts_box.addLayout(choices)

        peers_panel = QWidget()
        peers_box = QVBoxLayout(peers_panel)
        peers_box.setContentsMargins(0, 0, 0, 0)
        peers_heading = QLabel("&Peers")
        peers_heading.setBuddy(self.peers)
        peers_heading.setFont(font)
        peers_box.addWidget(peers_heading)
        peers_box.addWidget(self.peers, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(peers_panel)
        split.addWidget(conflicts_panel)
        split.setSizes([150, 450])

        self.top = QVBoxLayout()
        self.top.addWidget(self.status_label)
        self.top.addWidget(self.skew_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(self.top)
        layout.addWidget(hub)
        layout.addWidget(bundles)
        layout.addWidget(self.result_label)
        layout.addWidget(split, 1)

    def _build_hub_box(self) -> QGroupBox:
        box = QGroupBox("ICB hub")
        column = QVBoxLayout(box)
        self.hub_label = QLabel()
        self.hub_label.setObjectName("hubSettings")
        self.hub_label.setAccessibleName("Hub settings")
        self.hub_label.setWordWrap(True)
        self.retry_label = QLabel()
        self.retry_label.setObjectName("hubRetry")
        self.retry_label.setAccessibleName("Next try")
        self.retry_label.setWordWrap(True)
        self.retry_label.hide()
        row = FlowLayout(spacing=8)
        self.sync_now_action = self._action(
            "&Sync now",
            self.sync_now,
            "Send this laptop's changes to the ICB hub, then take in the hub's",
            "Ctrl+Shift+Y",
        )
        self.hub_settings_action = self._action(
            "&Hub settings…",
            self.edit_hub_settings,
            "Connect this laptop to the ICB hub: its name, connection and password",
        )
        row.addWidget(action_button(self.sync_now_action))
        row.addWidget(action_button(self.hub_settings_action))
        column.addWidget(self.hub_label)
        column.addLayout(row)
        column.addWidget(self.retry_label)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(lambda: self.sync_now(retry=True))
        self.failures = 0
        return box

    def _side_text(self, name: str) -> QPlainTextEdit:
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setAccessibleName(name)
        text.setAccessibleDescription("The chosen conflict's value on that side, to read")
        text.setTabChangesFocus(True)
        return text

    def _action(
        self, text: str, slot: Callable[[], object], description: str, keys: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(description)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.current_conflict()
        self._show_hub()
        sync = self.services.sync
        status = sync.status()
        self.status_label.setText(status_text(status))
        self.peer_model.set_rows(status.peers)
        self.conflict_model.set_rows(sync.conflicts())
        if chosen is not None:
            self.conflicts.select_where(lambda c: c.id == chosen.id)
        self._show_conflict()

    def _show_hub(self) -> None:
        try:
            settings = self.services.hub.settings()
        except PlaceBoardError as exc:  # a damaged settings file says what to do
            self.hub_label.setText(str(exc))
            self.sync_now_action.setEnabled(False)
            return
        if settings is None:
            self.hub_label.setText(
                "No hub is set up on this laptop. Ask the ICB's place team for a connection "
                "and a role, then choose Hub settings; until then, sync by bundle file."
            )
        else:
            reach = "reads every place (the ICB)" if settings.icb else "syncs its places"
            self.hub_label.setText(
                f"<b>{settings.name}</b> — {settings.where}, as role {settings.role}, "
                f"which {reach}."
            )
        self.sync_now_action.setEnabled(settings is not None and not self._busy())

    def current_conflict(self) -> ConflictView | None:
        item = self.conflicts.current_item()
        return item if isinstance(item, ConflictView) else None

    def _show_conflict(self) -> None:
        c = self.current_conflict()
        for choice, action in self.choice_actions.items():
            action.setEnabled(c is not None and choice in c.choices and c.resolution is None)
        if c is None:
            self.mine_text.setPlainText("")
            self.theirs_text.setPlainText("")
            return
        deleted = c.kind in ("parent_deleted", "row_deleted")
        mine_who = "this laptop" if c.mine.here else f"laptop {c.mine.site[:8]}"
        side = "Deleted" if deleted else "This laptop"
        self.mine_label.setText(f"{side} — {mine_who}, {when(c.mine.at.isoformat())}:")
        self.theirs_label.setText(
            f"The other — laptop {c.theirs.site[:8]}, {when(c.theirs.at.isoformat())}:"
        )
        self.mine_text.setPlainText("" if c.mine.value is None else str(c.mine.value))
        self.theirs_text.setPlainText("" if c.theirs.value is None else str(c.theirs.value))

    def show_clock_warning(self, text: str | None) -> None:
        self.skew_label.setText(f"⚠ {text}" if text else "")
        self.skew_label.setVisible(bool(text))

    # -- conflicts ---------------------------------------------------------------------

    def settle(self, choice: str, value: Any = None) -> None:
        c = self.current_conflict()
        if c is None or choice not in c.choices:
            return
        if choice == "edit" and value is None:
            self._ask_edit(c)
            return
        if self._attempt(lambda: self.services.sync.resolve(c.id, choice, value)):
            self.reload()
            self.changed.emit()

    def _ask_edit(self, c: ConflictView) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(f"Settle {c.field} of {c.record}")
        dialog.setLabelText("The value to keep (it replaces both):")
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue("" if c.mine.value is None else str(c.mine.value))
        dialog.setAccessibleName("Edit the value to keep")
        dialog.textValueSelected.connect(lambda text: self.settle("edit", text))
        self._open(dialog)

    # -- the hub -----------------------------------------------------------------------

    def edit_hub_settings(self) -> HubSettingsDialog:
        settings = self._hub_settings()
        dialog = HubSettingsDialog(
            self.services.hub.connect,
            settings.dsn if settings else "",
            settings.name if settings else "",
            self,
        )
        dialog.connected.connect(self._hub_connected)
        self._open(dialog)
        return dialog

    def _hub_settings(self) -> HubConfig | None:
        """The saved settings, or None when there are none or they cannot be read (the
        view says which; the dialog then starts empty and saving mends the file)."""
        try:
            return self.services.hub.settings()
        except PlaceBoardError:
            return None

    def _hub_connected(self, found: object) -> None:
        config, access = found  # type: ignore[misc]
        words = f"Connected to the hub {config.name} as role {access.role}."
        self.result_label.setText(words)
        self.status_message.emit(words)
        self.reload()

    def sync_now(self, retry: bool = False) -> Task | None:
        """Push then pull with the hub in a worker: with a progress dialog when a person
        asked, quietly when the retry timer did."""
        self.retry_timer.stop()

        def work(progress: Progress, cancelled: Cancelled) -> object:
            return self.services.hub.sync(progress, cancelled)

        task = self._run("Syncing with the ICB hub", work, quiet=retry)
        if task is not None:
            task.succeeded.connect(self._synced)
            task.failed.connect(self._sync_failed)
        return task

    def _synced(self, report: object) -> None:
        self.failures = 0
        self.retry_label.hide()
        self.show_clock_warning(getattr(report, "clock_warning", None))

    def _sync_failed(self, error: object) -> None:
        if not getattr(error, "retry_helps", False):  # a wrong password waits for a person
            self.retry_label.setText("Sync stopped: fix what it says above, then Sync now.")
            self.retry_label.show()
            return
        delay = RETRY_DELAYS_MS[min(self.failures, len(RETRY_DELAYS_MS) - 1)]
        self.failures += 1
        self.retry_timer.start(delay)
        at = QTime.currentTime().addMSecs(delay).toString("HH:mm")
        self.retry_label.setText(f"PlaceBoard will try again at {at}, or choose Sync now.")
        self.retry_label.show()

    # -- bundles -----------------------------------------------------------------------

    def save_bundle(self, path: Path | None = None) -> Task | None:
        if path is None:
            chosen, _f = QFileDialog.getSaveFileName(
                self,
                "Save changes to a bundle",
                str(bundle_folder() / f"placeboard-changes{BUNDLE_SUFFIX}"),
                BUNDLE_FILTER,
            )
            if not chosen:
                return None
            path = Path(chosen)
        target = path

        def work(progress: Progress, cancelled: Cancelled) -> str:
            info = self.services.sync.write_bundle(target, progress=progress, cancelled=cancelled)
            return f"Saved {info.changes} change(s) to {target}."

        return self._run("Saving a bundle", work)

    def load_bundle(self, path: Path | None = None) -> Task | None:
        if path is None:
            chosen, _f = QFileDialog.getOpenFileName(
                self, "Load a bundle", str(bundle_folder()), BUNDLE_FILTER
            )
            if not chosen:
                return None
            path = Path(chosen)
        source = path
        warnings: list[str | None] = []

        def work(progress: Progress, cancelled: Cancelled) -> str:
            done = self.services.sync.read_bundle(source, progress=progress, cancelled=cancelled)
            warnings.append(done.merge.clock_warning)
            m = done.merge
            return (
                f"Took in {m.applied} new change(s) from {source.name} "
                f"({m.duplicates} already here); {m.conflicts} new conflict(s)."
            )

        task = self._run("Loading a bundle", work)
        if task is not None:
            task.succeeded.connect(
                lambda _r: self.show_clock_warning(warnings[-1] if warnings else None)
            )
        return task

    def _busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    def _run(
        self, title: str, work: Callable[[Progress, Cancelled], object], quiet: bool = False
    ) -> Task | None:
        if self._busy():
            return None
        for action in self._long_actions():
            action.setEnabled(False)
        task = Task(self, title, work, quiet=quiet)
        task.start()
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self.task = task
        return task

    def _long_actions(self) -> tuple[QAction, ...]:
        return (self.bundle_out_action, self.bundle_in_action, self.sync_now_action)

    def _done(self, result: object) -> None:
        words = result if isinstance(result, str) else _hub_words(result)
        self.result_label.setText(words)
        self.status_message.emit(words)
        self.reload()
        self.changed.emit()

    def _failed(self, error: object) -> None:
        if isinstance(error, PlaceBoardError):
            self.result_label.setText(str(error))
        else:
            self.result_label.setText("It did not finish; nothing was changed.")

    def _finished(self) -> None:
        for action in self._long_actions():
            action.setEnabled(True)
        self._show_hub()


def _hub_words(report: Any) -> str:
    """A HubSyncReport in a sentence."""
    if report.cancelled:
        return f"Sync with {report.hub} stopped when asked: {report.summary()} so far."
    return (
        f"Synced with {report.hub} at {QTime.currentTime().toString('HH:mm')}: {report.summary()}."
    )
