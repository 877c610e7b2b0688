"""Edits as undoable commands: each command's redo and undo only call services.

`run_edit` makes the edit at once (so a refused edit raises its sentence and nothing
goes on the stack), then pushes a command whose later redo/undo repeat or reverse it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

T = TypeVar("T")

PUSHING = "placeboardPushing"  # a dynamic property of the stack, set during a push


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._done = True  # run_edit has already made the edit once

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


def run_edit(
    stack: QUndoStack,
    text: str,
    first: Callable[[], T],
    redo: Callable[[T], object],
    undo: Callable[[T], object],
) -> T:
    """Do `first()`; on success push a command that can undo and redo it.

    `redo` and `undo` get first()'s result (e.g. the new row, whose id they need).
    """
    result = first()
    stack.setProperty(PUSHING, True)
    try:
        stack.push(ServiceCommand(text, lambda: redo(result), lambda: undo(result)))
    finally:
        stack.setProperty(PUSHING, False)
    return result


def is_new_edit(stack: QUndoStack) -> bool:
    """True while `run_edit` pushes: the view that made the edit reads its own data
    again, so a listener on the stack need not (an undo or redo is not a new edit)."""
    return bool(stack.property(PUSHING))


def run_change(
    stack: QUndoStack,
    text: str,
    apply: Callable[[dict[str, object]], object],
    before: dict[str, object],
    after: dict[str, object],
) -> None:
    """An edit of fields: undo puts back `before`, redo applies `after` again."""
    run_edit(stack, text, lambda: apply(after), lambda _r: apply(after), lambda _r: apply(before))
