"""Undoable edits of metrics: definitions, rebases, notes on points and imports.
Redo and undo only call the services."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack

from placeboard.services.metric_charts import MetricInfo
from placeboard.services.metric_files import ImportCheck
from placeboard.services.metrics import MetricService, ValueInput
from placeboard.ui.commands import run_change, run_edit

DEFINITION_FIELDS = ("name", "unit", "polarity", "target", "frequency", "source", "description")


def edit_metric(
    stack: QUndoStack, metrics: MetricService, metric: MetricInfo, changes: dict[str, object]
) -> None:
    """Only the fields that change are written; undo puts them back as they were."""
    before = {k: getattr(metric, k) for k in DEFINITION_FIELDS if k in changes}
    after = {k: v for k, v in changes.items() if before.get(k) != v}
    if not after:
        return
    run_change(
        stack,
        f"Edit metric {metric.name}",
        lambda fields: metrics.update_metric(metric.id, **fields),
        {k: before[k] for k in after},
        after,
    )


def add_rebase(
    stack: QUndoStack,
    metrics: MetricService,
    place_id: str,
    metric: MetricInfo,
    period: str,
    reason: str,
) -> Any:
    """A new group of limits from `period`; undo removes it, redo brings it back."""
    return run_edit(
        stack,
        f"Rebase {metric.name}",
        lambda: metrics.add_rebase(place_id, metric.id, period, reason),
        lambda r: metrics.bring_back("metric_rebase", r.id),
        lambda r: metrics.remove("metric_rebase", r.id),
    )


def remove_rebase(stack: QUndoStack, metrics: MetricService, rebase_id: str, name: str) -> None:
    run_edit(
        stack,
        f"Remove the rebase of {name}",
        lambda: metrics.remove("metric_rebase", rebase_id),
        lambda _r: metrics.remove("metric_rebase", rebase_id),
        lambda _r: metrics.bring_back("metric_rebase", rebase_id),
    )


def annotate(
    stack: QUndoStack, metrics: MetricService, place_id: str, metric_id: str, period: str, text: str
) -> Any:
    return run_edit(
        stack,
        "Add a note on a point",
        lambda: metrics.annotate(place_id, metric_id, period, text),
        lambda a: metrics.bring_back("metric_annotation", a.id),
        lambda a: metrics.remove("metric_annotation", a.id),
    )


def _put_back(metrics: MetricService, done: ImportCheck) -> None:
    """Undo an import: changed values get their previous value, new ones are removed."""
    previous = [
        ValueInput(i.place_id, i.metric_id, i.period, row.previous)
        for i, row in zip(done.inputs, done.rows, strict=True)
        if row.previous is not None and row.previous != row.value
    ]
    if previous:
        metrics.set_values(previous)
    metrics.remove_values(
        (i.place_id, i.metric_id, i.period)
        for i, row in zip(done.inputs, done.rows, strict=True)
        if row.previous is None
    )


def imported(stack: QUndoStack, metrics: MetricService, done: ImportCheck) -> None:
    """Put an import that has just been written (in a worker) on the stack: undo puts
    the values back as they were, redo writes the file's values again."""
    run_edit(
        stack,
        f"Import {done.path.name}",
        lambda: done,
        lambda d: metrics.set_values(d.inputs),
        lambda d: _put_back(metrics, d),
    )
