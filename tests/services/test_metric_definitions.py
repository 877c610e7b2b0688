"""Metric definitions and rebases: names are required and unique, a removed rebase can
be added again, and many values are removed in one go."""

from __future__ import annotations

import pytest

from placeboard.domain.errors import ValidationError
from placeboard.services import Services
from placeboard.services.metrics import ValueInput


def test_a_metric_cannot_be_renamed_to_nothing_or_to_another_s_name(services: Services) -> None:
    a = services.metrics.define_metric("Delayed discharges")
    services.metrics.define_metric("Emergency admissions")
    with pytest.raises(ValidationError, match="name cannot be empty"):
        services.metrics.update_metric(a.id, name="  ")
    with pytest.raises(ValidationError, match="already a metric called Emergency admissions"):
        services.metrics.update_metric(a.id, name="Emergency admissions")
    assert (
        services.metrics.update_metric(a.id, name=" Discharge delays ").name == "Discharge delays"
    )


def test_a_removed_rebase_can_be_added_again_with_a_new_reason(services: Services) -> None:
    place = services.places.create_place("Blackpool", "unitary")
    metric = services.metrics.define_metric("Delayed discharges")
    first = services.metrics.add_rebase(place.id, metric.id, "Apr 2025", "New service")
    services.metrics.remove("metric_rebase", first.id)
    again = services.metrics.add_rebase(place.id, metric.id, "2025-04", "Pathway redesigned")
    assert again.id == first.id and again.reason == "Pathway redesigned"
    assert [r.reason for r in services.metrics.list_rebases(place.id, metric.id)] == [
        "Pathway redesigned"
    ]


def test_remove_values_tombstones_many_in_one_call(services: Services) -> None:
    place = services.places.create_place("Blackpool", "unitary")
    metric = services.metrics.define_metric("Delayed discharges")
    periods = [f"2024-{m:02d}" for m in range(1, 13)]
    services.metrics.set_values(ValueInput(place.id, metric.id, p, 1.0) for p in periods)
    removed = services.metrics.remove_values((place.id, metric.id, p) for p in periods[:10])
    assert removed == 10
    assert [v.period for v in services.metrics.list_values(place.id)] == periods[10:]
    assert services.metrics.remove_values([(place.id, metric.id, periods[0])]) == 0
