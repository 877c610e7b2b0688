"""The ICB assurance pack: one place, or every place with a side-by-side comparison
first, for a financial quarter or year, in a full (CONFIDENTIAL) or public version.

Cover, contents, then for all places the comparison page, then for each place its
summary, membership and attendance, terms of reference, stage checklist, priority
highlight report (with the RAG key, milestones mapped to priorities and the glossary
seed 004's sub-committee asked for), one Making Data Count chart per metric, the risk
register with its heat map, and overdue actions. Every section is a bookmark and a
contents line; sub-sections and each metric are bookmarks under it.

The public version is made from the data (`public_view`), so what it leaves out is
absent from the file rather than hidden in it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from placeboard.domain.periods import uk_date
from placeboard.domain.vocab import RAG, RAG_COLOURS, RAG_TEXT_COLOURS

from . import assurance_pages as pages
from . import styles
from .assurance_data import (
    AssuranceData,
    MetricIcons,
    PlaceAssurance,
    PlaceComparison,
    compare,
    format_rate,
    next_step,
)
from .fonts import BOLD
from .pack_document import PackInfo, PackResult, Section, build_pdf, collector_paused, heading
from .pack_flowables import Contents

Progress = Callable[[str], bool]

PLACES_PER_TABLE = 4  # place columns side by side on one A4 page
ALL_PLACES = "All places"
COVER_KICKER = ParagraphStyle(
    "AssuranceCoverKicker", parent=styles.COVER_SUBTITLE, fontSize=10.5, leading=14
)


# -- the public version -------------------------------------------------------------------


@dataclass(frozen=True)
class Withheld:
    """What the public version leaves out of one place's pages."""

    actions: frozenset[str] = frozenset()  # references of actions raised at Part II items
    evidence_files: frozenset[str] = frozenset()  # evidence files that are confidential papers


def public_view(data: AssuranceData, withheld: Mapping[str, Withheld]) -> AssuranceData:
    """The public pack's data (`withheld` by place id): actions raised at Part II items
    and evidence that is a confidential paper are taken out, and the counts that
    included them are counted again."""
    places = tuple(_public_place(p, withheld.get(p.place_id, Withheld())) for p in data.places)
    comparison = tuple(compare(p) for p in places) if data.comparison else ()
    return replace(data, places=places, comparison=comparison)


def _public_place(place: PlaceAssurance, withheld: Withheld) -> PlaceAssurance:
    actions = tuple(a for a in place.overdue_actions if a.reference not in withheld.actions)
    criteria = tuple(
        replace(
            c,
            evidence=tuple(e for e in c.evidence if e.filename not in withheld.evidence_files),
        )
        for c in place.stages.criteria
    )
    return replace(
        place,
        overdue_actions=actions,
        stages=replace(place.stages, criteria=criteria),
        summary=replace(place.summary, overdue_actions=len(actions)),
    )


# -- the pack's identity ------------------------------------------------------------------


def scope(data: AssuranceData) -> str:
    """ "Blackpool", or "All places" for a pack of several."""
    return data.places[0].place if len(data.places) == 1 else ALL_PLACES


def pack_info(data: AssuranceData, icb: str, public: bool, created: datetime) -> PackInfo:
    where, period = scope(data), data.period.label
    version = "public version" if public else "full version, confidential"
    if len(data.places) == 1:
        author = f"PlaceBoard — {data.places[0].board} secretariat"
        about = data.places[0].board
    else:
        author = f"PlaceBoard — {icb or 'ICB'} place team"
        about = f"{len(data.places)} place-based partnerships"
    return PackInfo(
        title=f"ICB assurance pack: {where}, {period}",
        subject=f"Assurance to {icb or 'the ICB'} on {about} for {period} ({version})",
        author=author,
        header=f"ICB assurance pack · {where} · {period}",
        public=public,
        created=created,
    )


# -- cover --------------------------------------------------------------------------------


def _banner(icb: str, title: str, subtitle: str) -> Table:
    """The NHS Blue title block of the cover, the ICB's name above the title."""
    table = Table(
        [
            [styles.para(icb, COVER_KICKER)],
            [styles.para(title, styles.COVER_TITLE)],
            [styles.para(subtitle, styles.COVER_SUBTITLE)],
        ],
        colWidths=[styles.CONTENT_WIDTH],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), styles.NHS_BLUE),
                ("LEFTPADDING", (0, 0), (-1, -1), 14),
                ("RIGHTPADDING", (0, 0), (-1, -1), 14),
                ("TOPPADDING", (0, 0), (-1, 0), 18),
                ("TOPPADDING", (0, 1), (-1, 1), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 22),
                ("LINEBELOW", (0, -1), (-1, -1), 4, styles.NHS_DARK_BLUE),
            ]
        )
    )
    return table


def _openness(public: bool) -> list[Flowable]:
    if public:
        lines = [
            "This is the public version of the pack, for publication.",
            "Actions raised at items taken in Part II of a board meeting (not open to the "
            "press and public), and evidence that is a confidential paper, are not "
            "included; the counts of overdue actions leave them out too.",
        ]
    else:
        lines = [
            "This full version is for the ICB and the boards' members. It includes actions "
            "raised at items taken in Part II of a board meeting (not open to the press and "
            "public).",
            "It is confidential: do not publish or pass it on. The public version leaves "
            "the Part II actions out.",
        ]
    return [styles.para(line) for line in lines]


def _contains(data: AssuranceData) -> list[Flowable]:
    parts = [
        "Summary: where the board stands, with its key figures",
        "Membership and attendance: meetings held and quorate, attendance by member and by "
        "organisation",
        "Terms of reference: the version in force, partner approvals and review date",
        "Stage checklist: each criterion with its evidence, and readiness by stage",
        "Priority highlight report: RAG ratings with the colour key, milestones mapped to "
        "priorities and a glossary",
        "Metrics: a Making Data Count chart per metric with its variation and assurance "
        "icons, data and commentary",
        "Risk register: the 5 × 5 heat map and the open risks",
        "Overdue actions",
    ]
    intro = (
        "Every place side by side, then for each place:"
        if len(data.places) > 1
        else "For the place:"
    )
    return [styles.para(intro), *(styles.para(f"•  {p}", styles.BODY_SMALL) for p in parts)]


def cover(data: AssuranceData, icb: str, public: bool, created: datetime) -> list[Flowable]:
    period = data.period
    where = ", ".join(p.place for p in data.places)
    details: list[tuple[str, object]] = [
        ("Integrated care board", icb or "Not recorded"),
        ("Places" if len(data.places) > 1 else "Place", where),
    ]
    if len(data.places) == 1:
        details.append(("Board", data.places[0].board))
    details += [
        ("Period", f"{period.label}: {uk_date(period.start)} to {uk_date(period.end)}"),
        ("Figures as at", uk_date(data.as_at)),
        ("Version", "Public" if public else "Full (confidential)"),
        ("Produced", uk_date(created.date())),
    ]
    subtitle = f"{scope(data)} · {period.label}" + (" · public version" if public else "")
    return [
        Spacer(0, 8 * mm),
        _banner(icb or "Integrated care board", "ICB assurance pack", subtitle),
        Spacer(0, 9 * mm),
        styles.key_value_table(details, 44 * mm, styles.COVER_LABEL, styles.COVER_VALUE),
        Spacer(0, 7 * mm),
        styles.boxed(_openness(public), "Who this pack is for"),
        Spacer(0, 5 * mm),
        styles.boxed(_contains(data), "What this pack holds"),
    ]


# -- places side by side ------------------------------------------------------------------


def rag_bar(counts: Mapping[str, int], width: float = 70.0, height: float = 11.0) -> Drawing:
    """The priorities' ratings as one bar of RAG colours, each part with its count."""
    drawing = Drawing(width, height)
    total = sum(counts.values())
    if not total:
        return drawing
    x = 0.0
    for key in RAG:
        n = counts.get(key, 0)
        if not n:
            continue
        part = width * n / total
        drawing.add(
            Rect(
                x,
                0,
                part,
                height,
                fillColor=HexColor(RAG_COLOURS[key]),
                strokeColor=HexColor("#FFFFFF"),
                strokeWidth=0.6,
            )
        )
        if part >= stringWidth(str(n), BOLD, 7) + 3:
            drawing.add(
                String(
                    x + part / 2,
                    3.2,
                    str(n),
                    fontName=BOLD,
                    fontSize=7,
                    fillColor=HexColor(RAG_TEXT_COLOURS[key]),
                    textAnchor="middle",
                )
            )
        x += part
    return drawing


def _rag_words(counts: Mapping[str, int]) -> str:
    found = [
        f"{counts[k]} {label.split(' ')[0].lower()}" for k, label in RAG.items() if counts.get(k)
    ]
    return ", ".join(found) or "No priorities"


def _governance_rows(
    places: Sequence[PlaceAssurance], rows: Sequence[PlaceComparison]
) -> list[list[object]]:
    small = pages.CELL_SMALL

    def line(label: str, cells: Sequence[object]) -> list[object]:
        return [pages.bold(label), *cells]

    return [
        line(
            "Stage reached",
            [
                [styles.cell(r.stage, styles.CELL_BOLD), styles.cell(next_step(p.summary), small)]
                for p, r in zip(places, rows, strict=True)
            ],
        ),
        line(
            "Priorities by RAG rating",
            [
                [
                    pages.ChartFlowable(rag_bar(r.rag_counts)),
                    styles.cell(_rag_words(r.rag_counts), small),
                ]
                for r in rows
            ],
        ),
        line("Attendance of members", [format_rate(r.attendance_rate) for r in rows]),
        line(
            "Meetings held; quorate",
            [f"{r.meetings_held} held; {r.quorate_meetings} quorate" for r in rows],
        ),
        line("Terms of reference", [_terms_line(p) for p in places]),
        line(
            "High or extreme risks",
            [
                f"{r.open_high_risks} of {p.summary.open_risks} open"
                for p, r in zip(places, rows, strict=True)
            ],
        ),
        line(
            "Overdue actions",
            [
                styles.cell(
                    str(r.overdue_actions), pages.CELL_WARN if r.overdue_actions else styles.CELL
                )
                for r in rows
            ],
        ),
    ]


def _terms_line(place: PlaceAssurance) -> str:
    t = place.terms
    if t.version is None:
        return "None recorded"
    words = f"{t.version}, {t.status.lower()}"
    if t.outstanding:
        words += (
            f"; {len(t.outstanding)} approval{'s' if len(t.outstanding) > 1 else ''} outstanding"
        )
    if t.review_overdue:
        words += "; review overdue"
    return words


def _metric_rows(rows: Sequence[PlaceComparison], width: float) -> list[list[object]]:
    names = list(dict.fromkeys(m.name for r in rows for m in r.metrics))
    by_place: list[dict[str, MetricIcons]] = [{m.name: m for m in r.metrics} for r in rows]
    found = []
    for name in names:
        cells: list[object] = [pages.bold(name)]
        for metrics in by_place:
            m = metrics.get(name)
            cells.append(_metric_cell(m, width) if m else "–")
        found.append(cells)
    return found


def _metric_cell(m: MetricIcons, width: float) -> list[Flowable]:
    cell: list[Flowable] = [styles.cell(m.latest_text, styles.CELL_BOLD)]
    if m.latest_period:
        cell.append(styles.cell(m.latest_period, pages.CELL_SMALL))
    return [*cell, Spacer(0, 2), pages.icon_cell(m, width - 7)]


def comparison_tables(data: AssuranceData) -> list[Flowable]:
    flow: list[Flowable] = []
    for first in range(0, len(data.places), PLACES_PER_TABLE):
        places = data.places[first : first + PLACES_PER_TABLE]
        rows = data.comparison[first : first + PLACES_PER_TABLE]
        label = 46 * mm
        widths = [label] + [(styles.CONTENT_WIDTH - label) / len(places)] * len(places)
        header = ["", *(p.place for p in places)]
        flow += [
            pages.data_table(header, _governance_rows(places, rows), widths),
            Spacer(0, 4 * mm),
        ]
        metric_rows = _metric_rows(rows, widths[1])
        if metric_rows:
            header = ["Metric: latest value, variation and assurance", *(p.place for p in places)]
            flow += [pages.data_table(header, metric_rows, widths), Spacer(0, 6 * mm)]
    return flow


def comparison(data: AssuranceData) -> list[Flowable]:
    return [
        styles.para(
            f"Each place's position as at {uk_date(data.as_at)}, for {data.period.label}. The "
            "places' own pages follow, in the same order. A metric's icons read as on its "
            "chart: variation first (common cause or special cause, improvement or concern), "
            "then assurance against its target.",
        ),
        *comparison_tables(data),
    ]


# -- each place ---------------------------------------------------------------------------


def _titled(title: str, level: int, key: str, kicker: str, flow: list[Flowable]) -> Section:
    """A section whose page carries the place (and period) above its heading: the pack
    of all places goes from one place to the next, and the reader must know which."""
    return Section(
        title,
        level,
        [styles.para(kicker, styles.LABEL), styles.para(title, styles.H1), *flow],
        key=key,
        show_title=False,
    )


def place_sections(place: PlaceAssurance, key: str) -> list[Section]:
    period = place.period.label
    kicker = f"{place.place} · {period}"
    summary_flow: list[Flowable] = [
        styles.para(f"{place.board} · figures as at {uk_date(place.as_at)}", styles.LABEL),
        heading("Summary", 1, f"{key}-summary"),
        *pages.summary(place, f"{key}-summary"),
    ]
    sections = [
        Section(place.place, 0, summary_flow, key=key),
        _titled(
            "Membership and attendance",
            1,
            f"{key}-attendance",
            kicker,
            pages.attendance(place.attendance, f"{key}-attendance"),
        ),
        _titled(
            "Terms of reference",
            1,
            f"{key}-terms",
            kicker,
            pages.terms(place.terms, f"{key}-terms"),
        ),
        _titled(
            "Stage checklist",
            1,
            f"{key}-stages",
            kicker,
            pages.stages(place.stages, f"{key}-stages"),
        ),
        _titled(
            "Priority highlight report",
            1,
            f"{key}-priorities",
            kicker,
            pages.highlight(place, f"{key}-priorities"),
        ),
        _titled("Metrics", 1, f"{key}-metrics", kicker, metrics_intro(place)),
    ]
    count = len(place.metrics)
    for n, section in enumerate(place.metrics, start=1):
        sections.append(
            _titled(
                section.series.name,
                2,
                f"{key}-metric-{n}",
                f"{place.place} · Metric {n} of {count} · {period}",
                pages.metric(section, period),
            )
        )
    sections += [
        _titled("Risk register", 1, f"{key}-risks", kicker, pages.risks(place, f"{key}-risks")),
        _titled("Overdue actions", 1, f"{key}-actions", kicker, pages.overdue_actions(place)),
    ]
    return sections


def metrics_intro(place: PlaceAssurance) -> list[Flowable]:
    return [
        styles.para(
            "Each metric is drawn as a Making Data Count statistical process control chart "
            "(XmR): the values, their mean and process limits, the target, and any special "
            "cause variation coloured blue for improvement or orange for concern. The "
            f"shaded band is {place.period.label}. The variation icon reads the latest "
            "point; the assurance icon says whether the process limits show the target "
            "will be met consistently, missed consistently, or hit and miss.",
        ),
        Spacer(0, 2 * mm),
        pages.icon_key(),
    ]


# -- the whole pack -------------------------------------------------------------------------


# The contents page's lines set close: a pack of all places lists some 80 sections.
CONTENTS_TABLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
)


def assurance_sections(
    data: AssuranceData, icb: str, public: bool, created: datetime
) -> list[Section]:
    body: list[Section] = []
    if len(data.places) > 1:
        body.append(Section("Places side by side", 0, comparison(data), key="comparison"))
    for n, place in enumerate(data.places, start=1):
        body += place_sections(place, f"place-{n}")
    cover_section = Section(
        "Cover",
        0,
        cover(data, icb, public, created),
        key="cover",
        show_title=False,
        in_contents=False,
    )
    contents = Section("Contents", 0, [Contents(CONTENTS_TABLE)], key="contents", in_contents=False)
    return [cover_section, contents, *body]


def build_assurance_pack(
    data: AssuranceData,
    icb: str,
    public: bool,
    out: Path | BinaryIO,
    created: datetime,
    progress: Progress | None = None,
) -> PackResult:
    """Lay out and write the pack from data already made public (or not) by the caller
    (see `public_view`)."""
    info = pack_info(data, icb, public, created)
    with collector_paused():  # from the first flowable made to the file written
        return build_pdf(info, assurance_sections(data, icb, public, created), out, progress)


__all__ = [
    "ALL_PLACES",
    "Withheld",
    "assurance_sections",
    "build_assurance_pack",
    "pack_info",
    "public_view",
    "scope",
]
