"""Errors as a person reads them: one sentence first, the technical details on demand."""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from placeboard.domain.errors import PlaceBoardError

UNEXPECTED = (
    "PlaceBoard ran into a problem it did not expect and could not finish what it was "
    "doing. Your saved records are safe. Try again; if it happens again, send the "
    "details to whoever supports PlaceBoard for you."
)


def error_sentence(exc: BaseException) -> str:
    """PlaceBoard's own errors already say what happened; anything else gets a general
    sentence, since a Python message means little to a board secretary."""
    if isinstance(exc, PlaceBoardError):
        return str(exc)
    return UNEXPECTED


def details_of(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def error_box(
    parent: QWidget | None,
    exc: BaseException,
    details: str | None = None,
    log_file: Path | None = None,
) -> QMessageBox:
    """A message box for `exc`, not yet shown: the caller chooses exec() or open()."""
    expected = isinstance(exc, PlaceBoardError)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical)
    box.setWindowTitle("PlaceBoard")
    box.setText(error_sentence(exc))
    if log_file is not None and not expected:
        box.setInformativeText(f"The details are also in the log file {log_file}.")
    box.setDetailedText(details or details_of(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName("Error")
    return box
