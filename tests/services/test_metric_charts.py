"""Metric charts through the real services and SQLite: the values in period order, the
rebases as group starts, annotations by point, and the engine's result on them."""

from __future__ import annotations

import pytest

from placeboard.domain.errors import PlaceBoardError
from placeboard.domain.periods import Period
from placeboard.domain.spc import analyse
from placeboard.services import Services
from placeboard.services.metrics import ValueInput

SPIKE = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]


FIRST = Period(2023, 4)


def months(n: int) -> list[str]:
    return [FIRST.shift(i).key for i in range(n)]


@pytest.fixture
def setup(services: Services) -> tuple[Services, str, str]:
    place = services.places.create_place("Blackpool")
    metric = services.metrics.define_metric("Falls", unit="per 1,000", polarity="lower")
    return services, place.id, metric.id


def store(services: Services, place_id: str, metric_id: str, values: list[float]) -> None:
    periods = months(len(values))
    # Written in reverse: the chart must put them back in time order.
    services.metrics.set_values(
        ValueInput(place_id, metric_id, p, v)
        for p, v in reversed(list(zip(periods, values, strict=True)))
    )


def test_chart_is_the_engine_result_on_the_values_in_period_order(setup: tuple) -> None:
    services, place_id, metric_id = setup
    store(services, place_id, metric_id, SPIKE)
    chart = services.metric_charts.chart(place_id, metric_id)
    assert chart.values == SPIKE
    assert chart.periods == months(len(SPIKE))
    assert chart.labels[0] == "Apr 2023"
    assert chart.place_name == "Blackpool"
    assert chart.metric.polarity == "lower"
    expected = analyse(SPIKE, "lower")
    assert chart.result == expected
    assert round(chart.result.groups[0].mean, 4) == 1.9444
    assert round(chart.result.groups[0].upper, 4) == 4.6044
    # Above the upper limit when lower is better: a concern.
    assert chart.result.points[4].point_type == "special_cause_concern"


def test_target_gives_the_assurance_icon(setup: tuple) -> None:
    services, place_id, metric_id = setup
    store(services, place_id, metric_id, SPIKE)
    services.metrics.update_metric(metric_id, target=10.0)
    chart = services.metric_charts.chart(place_id, metric_id)
    assert chart.result.assurance == "consistently_pass"  # lower is better, target above
    services.metrics.update_metric(metric_id, target=2.0)
    assert services.metric_charts.chart(place_id, metric_id).result.assurance == "hit_and_miss"


def test_rebase_starts_a_new_group_at_its_period(setup: tuple) -> None:
    services, place_id, metric_id = setup
    values = [5.0] * 12 + [9.0, 9.5] * 7
    store(services, place_id, metric_id, values)
    at = months(len(values))[12]
    rebase = services.metrics.add_rebase(place_id, metric_id, at, "New service")
    chart = services.metric_charts.chart(place_id, metric_id)
    assert chart.rebase_indexes == [12]
    assert chart.rebases[0].id == rebase.id
    assert chart.rebases[0].reason == "New service"
    assert [(g.start, g.end) for g in chart.result.groups] == [(0, 12), (12, 26)]
    assert chart.result == analyse(values, "lower", None, [12])


def test_rebase_in_a_period_without_a_value_starts_at_the_next(setup: tuple) -> None:
    services, place_id, metric_id = setup
    periods = months(20)
    kept = periods[:10] + periods[11:]
    services.metrics.set_values(ValueInput(place_id, metric_id, p, 3.0) for p in kept)
    services.metrics.add_rebase(place_id, metric_id, periods[10], "Gap")
    assert services.metric_charts.chart(place_id, metric_id).rebase_indexes == [10]


def test_annotations_are_kept_by_point(setup: tuple) -> None:
    services, place_id, metric_id = setup
    store(services, place_id, metric_id, SPIKE)
    services.metrics.annotate(place_id, metric_id, months(18)[4], "Two months in one return")
    chart = services.metric_charts.chart(place_id, metric_id)
    assert chart.notes == {4: ["Two months in one return"]}
    assert chart.annotations[0].label == "Aug 2023"


def test_summaries_give_latest_value_and_icons(setup: tuple) -> None:
    services, place_id, metric_id = setup
    other = services.metrics.define_metric("Empty one", polarity="higher", target=3)
    store(services, place_id, metric_id, SPIKE[:5])  # the last point is the spike
    summaries = services.metric_charts.summaries(place_id)
    assert [s.metric.id for s in summaries] == [metric_id, other.id]
    falls, empty = summaries
    assert falls.latest_period == "Aug 2023"
    assert falls.latest_value == 10
    assert falls.count == 5
    assert falls.variation == analyse(SPIKE[:5], "lower").variation
    assert empty.count == 0
    assert empty.latest_value is None
    assert empty.variation == "common_cause"
    assert empty.assurance is None
    assert not empty.special


def test_summaries_flag_a_special_last_point(setup: tuple) -> None:
    services, place_id, metric_id = setup
    store(services, place_id, metric_id, [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 30])
    (summary,) = services.metric_charts.summaries(place_id)
    assert summary.special
    assert summary.variation == "concern_high"


def test_across_places_gives_one_chart_per_place(setup: tuple) -> None:
    services, place_id, metric_id = setup
    other = services.places.create_place("Lancashire")
    store(services, place_id, metric_id, SPIKE)
    charts = services.metric_charts.across_places(metric_id)
    assert {c.place_name for c in charts} == {"Blackpool", "Lancashire"}
    by_place = {c.place_id: c for c in charts}
    assert by_place[other.id].values == []
    assert by_place[other.id].result.groups == []
    assert by_place[place_id].values == SPIKE


def test_unknown_metric_is_refused(setup: tuple) -> None:
    services, place_id, _metric_id = setup
    with pytest.raises(PlaceBoardError):
        services.metric_charts.chart(place_id, "no-such-metric")
