"""The assurance pack's vector drawings, rendered to real PDFs and read back with pypdf:
the SPC chart and its icons, the risk heat map and the RAG key."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from placeboard.domain.periods import Period, parse_reporting_period
from placeboard.domain.risk_matrix import BAND_NAMES, CONSEQUENCES, LIKELIHOODS
from placeboard.domain.spc import COMMON_CAUSE, CONCERN, IMPROVEMENT, analyse
from placeboard.domain.vocab import RAG, RAG_MEANINGS
from placeboard.reports.assurance_data import MetricSeries, NoteLine, RebaseLine, rag_key
from placeboard.reports.heat_map_drawing import heat_map
from placeboard.reports.rag_key import rag_chip, rag_key_table
from placeboard.reports.spc_drawing import (
    CHART_WIDTH,
    assurance_icon,
    icons_with_words,
    month_ticks,
    nice_ticks,
    spc_chart,
    subpaths,
    variation_icon,
)
from placeboard.services import Services

# NHSRplotthedots' vector: one point far above the upper limit, nothing else special.
SPIKE = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]


APRIL_2024 = Period(2024, 4)


def months(count: int, first: Period = APRIL_2024) -> tuple[str, ...]:
    return tuple(first.shift(i).label for i in range(count))


def series(
    values: list[float],
    polarity: str = "higher",
    target: float | None = None,
    rebases: tuple[int, ...] = (),
    name: str = "Smoking cessation: 4-week quit rate",
) -> MetricSeries:
    labels = months(len(values))
    return MetricSeries(
        name=name,
        unit="%",
        polarity=polarity,
        target=target,
        labels=labels,
        values=tuple(float(v) for v in values),
        result=analyse(values, polarity, target, rebases),
        rebases=tuple(RebaseLine(i, labels[i], "New service model") for i in rebases),
        notes=(NoteLine(4, labels[4], "Outbreak at a care home"),),
    )


def pdf_of(drawing: Drawing) -> bytes:
    data = renderPDF.drawToString(drawing)
    assert data.startswith(b"%PDF-")
    return data


def text_of(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


def words_of(drawing: Drawing) -> list[str]:
    return text_of(pdf_of(drawing)).splitlines()


# -- the SPC chart ----------------------------------------------------------------------


def test_chart_shows_months_legend_and_icons_in_words() -> None:
    s = series(SPIKE, target=3.0)
    drawing = spc_chart(s, period=(12, 14), period_label="Q1 2025/26")
    assert drawing.width == pytest.approx(CHART_WIDTH)
    words = words_of(drawing)
    for month in ("Apr", "Jul", "Oct", "Jan", "Sep"):
        assert month in words
    assert words.count("2024") == 1 and words.count("2025") == 1  # each year once
    for key in ("Values", "Mean", "Process limits", "Target", "Improvement", "Concern",
                "Common cause"):  # fmt: skip
        assert key in words
    assert "Target 3%" in words and "Q1 2025/26" in words
    assert words[-5:] == ["Variation", "Common cause", "Assurance", "?", "Hit and miss"]


def test_special_cause_markers_match_the_engine() -> None:
    trend = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 3, 2, 1, 0, -1, -2, 5, 5, 5]
    for values, polarity in ((SPIKE, "higher"), (SPIKE, "lower"), (trend, "higher")):
        s = series(values, polarity)
        drawing = spc_chart(s)
        special = [p for p in s.result.points if p.point_type != COMMON_CAUSE]
        assert special, "each case has special causes to draw"
        assert len(drawing.special_markers.contents) == len(special) == s.special_points
        (common,) = drawing.common_markers.contents
        assert subpaths(common) == len(values) - len(special)
        # Each marker is drawn in its kind's colour (and, unlike the line, filled).
        kinds = {p.point_type for p in special}
        fills = {m.fillColor.hexval().upper()[2:] for m in drawing.special_markers.contents}
        assert fills == {
            {IMPROVEMENT: "289DE0", CONCERN: "FAB428"}[k] for k in kinds
        }  # fmt: skip
        pdf_of(drawing)


def test_rebases_and_neutral_metrics_in_the_legend() -> None:
    values = [10, 11, 10, 12, 11, 10, 11, 12, 10, 11, 11, 10, 20, 21, 20, 22, 21, 20]
    drawing = spc_chart(series(values, "neutral", rebases=(12,)))
    words = words_of(drawing)
    assert words.count("Rebase") == 2  # on the line and in the legend
    assert "Neither better nor worse" in words
    assert "Improvement" not in words and "Concern" not in words


def test_a_unicode_name_and_no_values() -> None:
    empty = MetricSeries("Zoë's measure – Łódź", "", "higher", None, (), (), analyse([]))
    drawing = spc_chart(empty)
    assert "Zoë's measure – Łódź: no values yet." in text_of(pdf_of(drawing))
    assert len(drawing.special_markers.contents) == 0


def test_icons_carry_their_letters_and_words() -> None:
    assert words_of(variation_icon("improvement_high")) == ["H"]
    assert words_of(variation_icon("concern_low")) == ["L"]
    assert words_of(variation_icon(COMMON_CAUSE)) == []  # a run of points, no letter
    for kind, letter in (("consistently_pass", "P"), ("consistently_fail", "F"),
                         ("hit_and_miss", "?")):  # fmt: skip
        assert words_of(assurance_icon(kind)) == [letter]
    text = story_text([icons_with_words("improvement_high", None)])
    assert "Special cause improvement (higher)" in text
    assert "No target to give assurance against" in text


def test_chart_from_the_store_is_the_pack_period_s(services: Services) -> None:
    """A metric written through the services, read by the assurance service and drawn:
    the drawing has the engine's special causes and stops at the period's end."""
    place = services.places.create_place("Testplace", "unitary", 100_000)
    metric = services.metrics.define_metric("Quit rate", "%", "higher", target=50.0)
    for i, value in enumerate([*SPIKE, 1, 2, 30]):  # the last value is after the period
        period = Period(2024, 4).shift(i).key
        services.metrics.set_value(place.id, metric.id, period, value)
    services.metrics.annotate(place.id, metric.id, "2024-08", "Outbreak at a care home")
    (section,) = services.assurance.metric_sections(place.id, parse_reporting_period("2025/26-Q2"))
    s = section.series
    assert s.labels[-1] == "Sep 2025" and len(s.values) == len(SPIKE)
    assert section.period_span == (15, 17)  # Jul to Sep 2025
    drawing = spc_chart(s, period=section.period_span, period_label="Q2 2025/26")
    special = sum(1 for p in s.result.points if p.point_type != COMMON_CAUSE)
    assert len(drawing.special_markers.contents) == special == 1
    words = words_of(drawing)
    assert "Q2 2025/26" in words and "Target 50%" in words and "1" in words
    assert section.commentary == ("1. Aug 2024: Outbreak at a care home",)


# -- scales -----------------------------------------------------------------------------


def test_nice_ticks_cover_the_values_in_round_steps() -> None:
    assert nice_ticks(41.7, 59.9) == [40, 45, 50, 55, 60]
    assert nice_ticks(0.3, 0.9) == pytest.approx([0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
    assert nice_ticks(5, 5)[0] < 5 < nice_ticks(5, 5)[-1]  # a flat series still has a scale


def test_month_labels_fall_on_quarters_when_they_do_not_all_fit() -> None:
    labels = months(48)  # Apr 2022 … Mar 2026
    shown = [labels[i] for i in month_ticks(labels, 20)]
    assert shown[:3] == ["Apr 2024", "Jul 2024", "Oct 2024"]
    assert len(shown) == 16
    assert month_ticks(labels[:10], 20) == list(range(10))


# -- the heat map -----------------------------------------------------------------------


def test_heat_map_counts_axes_and_band_key() -> None:
    counts = {(4, 4): 2, (2, 3): 1, (5, 1): 3}
    drawing = heat_map(counts, title="Open risks by current score")
    assert len(drawing.cells.contents) >= 25
    shown = [s.text for s in drawing.counts.contents if isinstance(s, String)]
    assert sorted(shown) == ["1", "2", "3"]
    words = words_of(drawing)
    assert "Open risks by current score" in words
    assert "Likelihood" in words and "Consequence" in words
    for level, name in LIKELIHOODS.items():
        assert f"{level} {name}" in words
    for name in CONSEQUENCES.values():
        assert name in words
    for band in BAND_NAMES.values():
        assert any(w.startswith(band) for w in words)
    assert "Extreme 15–25" in words


# -- the RAG key ------------------------------------------------------------------------


def story_text(story: list[object]) -> str:
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)  # type: ignore[arg-type]
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(out.getvalue())).pages)


def test_rag_key_gives_each_colour_in_words() -> None:
    text = story_text([rag_key_table(rag_key())])
    assert "RAG rating" in text and "What it means" in text
    for key, label in RAG.items():
        assert label in text
        assert RAG_MEANINGS[key].split(":")[0] in text
    assert words_of(rag_chip("blue")) == ["Complete"]
    assert words_of(rag_chip("amber")) == ["Amber"]


# -- every drawing on one page is a valid PDF --------------------------------------------


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_a_page_of_every_drawing_passes_qpdf(tmp_path: Path) -> None:
    path = tmp_path / "pieces.pdf"
    story = [
        spc_chart(series(SPIKE, target=3.0)),
        heat_map({(3, 3): 4}),
        rag_key_table(),
        icons_with_words("concern_low", "consistently_fail"),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(PdfReader(str(path)).pages) >= 1
