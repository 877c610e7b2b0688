"""The pages of one place in the ICB assurance pack, from `assurance_data` alone.

Each function returns the flowables of one section (summary, membership and
attendance, terms of reference, stage checklist, priority highlight report, one
metric, risk register, overdue actions); `assurance_pack` puts them in order under
their headings and bookmarks. Colour never carries a meaning alone: every RAG rating,
risk band and icon has its words beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from placeboard.domain.periods import uk_date, uk_short
from placeboard.domain.risk_matrix import BAND_COLOURS, BAND_NAMES, BAND_TEXT_COLOURS, BANDS, Rating
from placeboard.domain.spc import (
    ASSURANCE_LABELS,
    COMMON_CAUSE,
    CONCERN,
    IMPROVEMENT,
    NEUTRAL,
    VARIATION_LABELS,
)
from placeboard.domain.vocab import POLARITIES, RAG, RAG_COLOURS, RAG_TEXT_COLOURS

from . import styles
from .assurance_data import (
    NO_TARGET,
    AttendanceSection,
    CriterionLine,
    EvidenceLine,
    MetricIcons,
    MetricSection,
    PlaceAssurance,
    PriorityLine,
    RiskLine,
    StageSection,
    TermsSection,
    assurance_short,
    assurance_words,
    format_rate,
    format_value,
    variation_short,
    variation_words,
)
from .fonts import BOLD, REGULAR
from .heat_map_drawing import heat_map
from .pack_document import heading
from .pack_flowables import PackCanvas, ReusedDrawing
from .rag_key import CHIP_WORDS, rag_key_table
from .spc_drawing import Shared, assurance_icon, spc_chart, variation_icon

WIDTH = styles.CONTENT_WIDTH
GAP = 3 * mm
DATA_ROWS = 12  # points in a metric's data table: the year to the period's end
PERIOD_FILL = HexColor("#E3EEF8")  # the charts' shading of the pack's period
TILE_VALUE = ParagraphStyle(
    "AssuranceTileValue",
    parent=styles.BODY,
    fontName=styles.BOLD,
    fontSize=15,
    leading=18,
    textColor=styles.NHS_DARK_BLUE,
    alignment=TA_CENTER,
)
TILE_CAPTION = ParagraphStyle(
    "AssuranceTileCaption",
    parent=styles.CELL,
    textColor=styles.NHS_DARK_GREY,
    alignment=TA_CENTER,
)
CELL_CENTRE = ParagraphStyle("AssuranceCellCentre", parent=styles.CELL, alignment=TA_CENTER)
CELL_SMALL = ParagraphStyle(
    "AssuranceCellSmall", parent=styles.CELL, fontSize=7.5, leading=9.5, textColor=styles.NHS_BLACK
)
CELL_BOLD_RIGHT = ParagraphStyle(
    "AssuranceCellBoldRight", parent=styles.CELL_BOLD, alignment=TA_RIGHT
)
CELL_WARN = ParagraphStyle("AssuranceCellWarn", parent=styles.CELL_BOLD, textColor=styles.NHS_RED)
CELL_GOOD = ParagraphStyle(
    "AssuranceCellGood", parent=styles.CELL_BOLD, textColor=HexColor("#007F3B")
)  # NHS dark green: 4.5:1 on white, where NHS green is not


def when(d: date | None, empty: str = "Not set") -> str:
    return uk_date(d) if d is not None else empty


def short(d: date | None, empty: str = "") -> str:
    return uk_short(d) if d is not None else empty


def plural(n: int, word: str, many: str = "") -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def _warn_if(warn: bool) -> ParagraphStyle:
    return CELL_WARN if warn else styles.CELL


def note(text: str) -> Paragraph:
    return styles.para(text, styles.NOTE)


class ChartFlowable(Flowable):
    """A vector drawing, drawn where it falls. In a pack, the parts it shares with other
    charts (spc_drawing.Shared: the key, the icon column) are drawn once per pack, as
    form XObjects, and shown on every chart that has them."""

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.hAlign = "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.drawing.wrap(availWidth, availHeight)

    def draw(self) -> None:
        drawing, canv = self.drawing, self.canv
        shared = [n for n in drawing.contents if isinstance(n, Shared)]
        if not shared or not isinstance(canv, PackCanvas):
            drawing.drawOn(canv, 0, 0)
            return
        own = Drawing(drawing.width, drawing.height)
        own.contents = [n for n in drawing.contents if not isinstance(n, Shared)]
        own.drawOn(canv, 0, 0)  # the shared parts overlap nothing: order is no matter
        for part in shared:
            canv.reuse(part.key, drawing.width, drawing.height, _drawer(part, drawing))


def _drawer(part: Shared, drawing: Drawing) -> Callable[[Canvas], None]:
    def draw(canv: Canvas) -> None:
        alone = Drawing(drawing.width, drawing.height)
        alone.contents = [part]
        alone.drawOn(canv, 0, 0)

    return draw


def variation_mark(kind: str, size: float) -> Flowable:
    """The variation icon, drawn once per pack for each kind and size (a form XObject)."""
    return ReusedDrawing(("variation", kind, size), size, size, lambda: variation_icon(kind, size))


def assurance_mark(kind: str | None, size: float) -> Flowable:
    """The assurance icon, drawn once per pack for each kind and size."""
    return ReusedDrawing(("assurance", kind, size), size, size, lambda: assurance_icon(kind, size))


def sub_heading(text: str, key: str) -> Flowable:
    """A sub-section's heading: a bookmark under its section (not a contents line)."""
    return heading(text, 2, key)


@dataclass(frozen=True)
class Plain:
    """A table cell's text, bold and or right-aligned: drawn by the table itself when it
    fits on one line (a Paragraph costs far more to lay out), else as a Paragraph."""

    text: str
    bold: bool = False
    right: bool = False


def bold(text: object) -> Plain:
    return Plain(str(text), bold=True)


def right(text: object) -> Plain:
    return Plain(str(text), right=True)


PLAIN_SIZE, PLAIN_LEADING = styles.CELL.fontSize, styles.CELL.leading
PADDING = 3.5  # styles.table_style's cell padding, each side


def _fits(text: str, font: str, width: float) -> bool:
    return "\n" not in text and stringWidth(text, font, PLAIN_SIZE) <= width - 2 * PADDING


def _cell(
    value: object, width: float, at: tuple[int, int], commands: list[tuple[object, ...]]
) -> object:
    if isinstance(value, Flowable | list):
        return value
    plain = value if isinstance(value, Plain) else Plain(str(value))
    font = BOLD if plain.bold else REGULAR
    if _fits(plain.text, font, width):
        if plain.bold:
            commands.append(("FONTNAME", at, at, BOLD))
        if plain.right:
            commands.append(("ALIGN", at, at, "RIGHT"))
        return plain.text
    if plain.bold:
        style = CELL_BOLD_RIGHT if plain.right else styles.CELL_BOLD
    else:
        style = styles.CELL_RIGHT if plain.right else styles.CELL
    return styles.cell(plain.text, style)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    zebra: bool = True,
) -> Table:
    """`styles.data_table` (NHS Blue header repeated on each page, fine rules, pale
    alternate rows) whose cells may also be lists of flowables (stacked) or `Plain`."""
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, PLAIN_SIZE, PLAIN_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), styles.NHS_BLACK),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("TEXTCOLOR", (0, 0), (-1, 0), styles.WHITE),
    ]
    head = [
        h if _fits(h, BOLD, w) else styles.cell(h, styles.CELL_HEAD)
        for h, w in zip(header, widths, strict=True)
    ]
    body = [
        [_cell(v, widths[c], (c, r), commands) for c, v in enumerate(row)]
        for r, row in enumerate(rows, start=1)
    ]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(styles.table_style(zebra, len(body) + 1))
    table.setStyle(TableStyle(commands))
    return table


# -- coloured cells ---------------------------------------------------------------------


@cache
def _on_colour(ink: str) -> ParagraphStyle:
    return ParagraphStyle(
        f"AssuranceOn{ink}", parent=styles.CELL_BOLD, textColor=HexColor(ink), alignment=TA_CENTER
    )


def filled(text: str, fill: str, ink: str) -> tuple[Flowable, Color]:
    """A cell's words in the ink that reads on its fill, and the fill."""
    return styles.cell(text, _on_colour(ink)), HexColor(fill)


def rag_cell(rag: str) -> tuple[Flowable, Color]:
    return filled(
        CHIP_WORDS.get(rag, rag.capitalize()),
        RAG_COLOURS.get(rag, RAG_COLOURS["grey"]),
        RAG_TEXT_COLOURS.get(rag, "#FFFFFF"),
    )


def band_cell(rating: Rating, one_line: bool = False) -> tuple[Flowable, Color]:
    """The score and its band in words ("20 Extreme"), on the band's colour."""
    words = rating.text() if one_line else f"{rating.score}\n{BAND_NAMES[rating.band]}"
    return filled(words, BAND_COLOURS[rating.band], BAND_TEXT_COLOURS[rating.band])


def coloured_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
) -> Table:
    """A data table whose cells may be (paragraph, fill) pairs: those cells are filled."""
    plain: list[list[object]] = []
    fills: list[tuple[object, ...]] = []
    for r, row in enumerate(rows, start=1):
        line: list[object] = []
        for c, value in enumerate(row):
            if isinstance(value, tuple):
                line.append(value[0])
                fills.append(("BACKGROUND", (c, r), (c, r), value[1]))
            else:
                line.append(value)
        plain.append(line)
    table = data_table(header, plain, widths)
    if fills:
        table.setStyle(TableStyle(fills))
    return table


# -- key figures ------------------------------------------------------------------------


def tiles(figures: Sequence[tuple[str, str]], per_row: int = 4) -> Table:
    """Key figures as tiles: a big value over its caption, `per_row` to a row."""
    cells: list[list[object]] = [
        [styles.para(value, TILE_VALUE), styles.para(caption, TILE_CAPTION)]
        for value, caption in figures
    ]
    while len(cells) % per_row:
        cells.append([""])
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    table = Table(rows, colWidths=[WIDTH / per_row] * per_row, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), styles.NHS_PALE_GREY),
                ("LINEABOVE", (0, 0), (-1, 0), 2, styles.NHS_BLUE),
                ("INNERGRID", (0, 0), (-1, -1), 2.5, styles.WHITE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def rag_counts_table(counts: dict[str, int]) -> Table:
    """One cell a rating: its colour, its name and how many priorities carry it."""
    row, fills = [], []
    for n, (key, label) in enumerate(RAG.items()):
        words = f"{CHIP_WORDS.get(key, label)}: {counts.get(key, 0)}"
        row.append(styles.cell(words, _on_colour(RAG_TEXT_COLOURS[key])))
        fills.append(("BACKGROUND", (n, 0), (n, 0), HexColor(RAG_COLOURS[key])))
    table = Table([row], colWidths=[WIDTH / len(RAG)] * len(RAG), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *fills,
                ("INNERGRID", (0, 0), (-1, -1), 2, styles.WHITE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _tight(rows: list[list[object]], widths: Sequence[float], valign: str = "MIDDLE") -> Table:
    """A layout table with no padding: pieces side by side inside a cell."""
    table = Table(rows, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), valign),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def icon_cell(icons: MetricIcons, width: float, size: float = 5.5 * mm) -> Table:
    """Both icons, each beside its short words, one above the other, `width` wide."""
    return _tight(
        [
            [
                variation_mark(icons.variation, size),
                styles.cell(variation_short(icons.variation), CELL_SMALL),
            ],
            [
                assurance_mark(icons.assurance, size),
                styles.cell(assurance_short(icons.assurance), CELL_SMALL),
            ],
        ],
        [size + 3, width - size - 3],
    )


def _icon_and_words(icon: Flowable, words: str, width: float, size: float) -> Table:
    return _tight([[icon, styles.cell(words, CELL_SMALL)]], [size + 3, width - size - 3])


def metrics_glance(metrics: Sequence[MetricIcons]) -> list[Flowable]:
    """Each metric's latest value and both icons, each with its words."""
    if not metrics:
        return [note("No metrics are recorded for this place.")]
    size, words = 5.5 * mm, 95.0 - 7
    rows = [
        [
            bold(m.name),
            m.latest_period or "–",
            right(m.latest_text),
            _icon_and_words(
                variation_mark(m.variation, size),
                variation_short(m.variation),
                words,
                size,
            ),
            _icon_and_words(
                assurance_mark(m.assurance, size),
                assurance_short(m.assurance),
                words,
                size,
            ),
        ]
        for m in metrics
    ]
    header = ("Metric", "Latest", "Value", "Variation", "Assurance")
    table = data_table(header, rows, (190, 46, 56, 95, 95))
    table.setStyle(
        TableStyle([("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 2)])
    )
    return [table]


def icon_key() -> Table:
    """What each variation and assurance icon means, icon beside words."""
    size = 7 * mm
    variation = [
        [variation_mark(k, size), styles.cell(VARIATION_LABELS[k], CELL_SMALL)]
        for k in VARIATION_LABELS
    ]
    assurance = [
        [assurance_mark(k, size), styles.cell(ASSURANCE_LABELS[k], CELL_SMALL)]
        for k in ASSURANCE_LABELS
    ] + [[assurance_mark(None, size), styles.cell(NO_TARGET, CELL_SMALL)]]
    assurance += [["", ""]] * (len(variation) - len(assurance))
    rows = [[*v, *a] for v, a in zip(variation, assurance, strict=True)]
    half = WIDTH / 2
    head = [
        styles.cell("Variation: the latest point", styles.CELL_HEAD),
        "",
        styles.cell("Assurance: against the target", styles.CELL_HEAD),
        "",
    ]
    table = Table([head, *rows], colWidths=[size + 8, half - size - 8] * 2, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (2, 0), (3, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), styles.NHS_BLUE),
                ("BOX", (0, 0), (-1, -1), 0.6, styles.NHS_BLUE),
                ("LINEAFTER", (1, 0), (1, -1), 0.6, styles.NHS_BLUE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
            ]
        )
    )
    return table


# -- summary ----------------------------------------------------------------------------


def summary(place: PlaceAssurance, key: str) -> list[Flowable]:
    s = place.summary
    on_track = s.rag_counts.get("green", 0) + s.rag_counts.get("blue", 0)
    quorate = f"{s.meetings_quorate} of {s.meetings_held}" if s.meetings_held else "None held"
    figures = [
        (s.stage, "Stage reached"),
        (f"{on_track} of {s.priorities}", "Priorities on track or complete"),
        (quorate, "Meetings held that were quorate"),
        (format_rate(s.attendance_rate), "Attendance of members"),
        (str(s.high_risks), f"High or extreme risks, of {plural(s.open_risks, 'open risk')}"),
        (str(s.overdue_actions), "Actions overdue"),
        (f"{s.special_causes} of {len(s.metrics)}", "Metrics showing special cause variation"),
        (_terms_word(place.terms), "Terms of reference"),
    ]
    flow: list[Flowable] = [
        tiles(figures),
    ]
    if s.stage_note:
        flow += [Spacer(0, 1.5 * mm), note(s.stage_note)]
    flow += [
        sub_heading("Readiness by stage", f"{key}-readiness"),
        readiness_table(place.stages),
        sub_heading("Priorities by RAG rating", f"{key}-rag"),
        rag_counts_table(s.rag_counts),
        CondPageBreak(30 * mm),
        sub_heading("Highest risks", f"{key}-top-risks"),
    ]
    if s.top_risks:
        rows = [
            [
                r.reference,
                bold(r.title),
                r.owning_partner,
                band_cell(r.current, one_line=True),
            ]
            for r in s.top_risks
        ]
        flow.append(
            coloured_table(
                ("Ref", "Risk", "Owning partner", "Current score"), rows, (30, 200, 172, 80)
            )
        )
    else:
        flow.append(note("There are no open risks."))
    flow += [
        CondPageBreak(40 * mm),
        sub_heading("Metrics at a glance", f"{key}-glance"),
        *metrics_glance(s.metrics),
    ]
    return flow


def _terms_word(terms: TermsSection) -> str:
    if terms.version is None:
        return "None"
    if terms.review_overdue:
        return "Review due"
    if terms.outstanding:
        return f"{len(terms.outstanding)} to approve"
    return terms.status


def readiness_table(stages: StageSection) -> Table:
    rows = [
        [
            bold(r.name),
            styles.cell(r.text, styles.CELL),
            ChartFlowable(_bar(r.met, r.total)),
            bold("Reached" if r.name == stages.stage else ""),
        ]
        for r in stages.readiness
    ]
    return data_table(("Stage", "Criteria", "Readiness", ""), rows, (130, 110, 182, 60))


def _bar(done: int, total: int, width: float = 170.0) -> Drawing:
    """A readiness bar: the share of criteria met in NHS blue on pale grey."""
    share = done / total if total else 0.0
    bar = Drawing(width, 8)
    bar.add(Rect(0, 0, width, 8, fillColor=styles.NHS_PALE_GREY, strokeColor=None))
    if share:
        bar.add(Rect(0, 0, width * share, 8, fillColor=styles.NHS_BLUE, strokeColor=None))
    return bar


# -- membership and attendance ----------------------------------------------------------


def attendance(section: AttendanceSection, key: str) -> list[Flowable]:
    planned = sum(1 for m in section.meetings if m.status == "planned")
    held = section.held
    facts: list[tuple[str, object]] = [
        (
            "Meetings in the period",
            f"{plural(len(section.meetings), 'meeting')}: {held} held, "
            f"{section.cancelled} cancelled, {planned} not yet held",
        ),
        (
            "Quorate meetings",
            f"{section.quorate} of the {plural(held, 'meeting')} held" if held else "None held",
        ),
        ("Quorum", section.quorum_rule or "No quorum rule agreed"),
        ("Attendance of members", _rate_words(section)),
    ]
    flow: list[Flowable] = [styles.key_value_table(facts), Spacer(0, GAP)]
    flow += [sub_heading("Meetings and quorum", f"{key}-meetings")]
    if section.meetings:
        rows = [
            [
                uk_date(m.meeting_date),
                m.title,
                styles.cell(m.quorum_text, CELL_WARN if m.quorate is False else styles.CELL),
            ]
            for m in section.meetings
        ]
        flow.append(data_table(("Date", "Meeting", "Quorum"), rows, (90, 200, 192)))
    else:
        flow.append(note("The board had no meetings in this period."))
    flow += [sub_heading("Attendance by member", f"{key}-members"), *member_table(section)]
    flow += [
        CondPageBreak(40 * mm),
        sub_heading("Attendance by organisation", f"{key}-organisations"),
        *organisation_table(section),
    ]
    return flow


def _rate_words(section: AttendanceSection) -> str:
    if section.rate is None:
        return "No meetings held, so no attendance to report"
    expected = sum(m.expected for m in section.members)
    attended = sum(m.attended for m in section.members)
    return (
        f"{format_rate(section.rate)}: {attended} of {expected} expected attendances, in person "
        "or by a named deputy"
    )


def member_table(section: AttendanceSection) -> list[Flowable]:
    if not section.members:
        return [note("No members were expected at a meeting in this period.")]
    rows = [
        [
            [
                bold_para(m.name),
                styles.cell(m.role + ("" if m.voting else ", non-voting"), CELL_SMALL),
            ],
            m.organisation,
            *_numbers(m.expected, m.in_person, m.by_deputy, m.apologies, m.absent),
            right(format_rate(m.rate)),
        ]
        for m in section.members
    ]
    header = (
        "Member",
        "Organisation",
        "Expected",
        "In person",
        "By deputy",
        "Apologies",
        "Absent",
        "Rate",
    )
    return [data_table(header, rows, (114, 106, 50, 44, 44, 53, 39, 32))]


def organisation_table(section: AttendanceSection) -> list[Flowable]:
    if not section.organisations:
        return [note("No organisation was expected at a meeting in this period.")]
    rows = [
        [
            bold(o.name),
            o.sector,
            *_numbers(o.members, o.expected, o.attended, o.apologies, o.absent),
            right(format_rate(o.rate)),
        ]
        for o in section.organisations
    ]
    header = (
        "Organisation",
        "Sector",
        "Members",
        "Expected",
        "Attended",
        "Apologies",
        "Absent",
        "Rate",
    )
    return [data_table(header, rows, (126, 80, 51, 50, 51, 53, 39, 32))]


def _numbers(*values: int) -> list[Plain]:
    return [right(str(v)) for v in values]


# -- terms of reference -----------------------------------------------------------------


def terms(section: TermsSection, key: str) -> list[Flowable]:
    if section.version is None:
        return [note("The board has no terms of reference recorded.")]
    review = when(section.review_date)
    if section.review_overdue:
        review += " (review overdue)"
    outstanding = section.outstanding
    if not section.approvals:
        approvals = "No partner approvals are recorded."
    elif outstanding:
        approvals = f"{len(outstanding)} of {len(section.approvals)}: " + ", ".join(outstanding)
    else:
        approvals = f"None: all {plural(len(section.approvals), 'partner')} have approved"
    facts: list[tuple[str, object]] = [
        ("Version", section.version),
        ("Status", section.status),
        ("Agreed on", when(section.agreed_on, "Not yet agreed")),
        ("In force from", when(section.effective_from)),
        ("Review date", styles.cell(review, CELL_WARN if section.review_overdue else styles.CELL)),
        (
            "Approvals outstanding",
            styles.cell(approvals, CELL_WARN if outstanding else styles.CELL),
        ),
        ("Quorum", section.quorum or "No quorum rule agreed"),
    ]
    flow: list[Flowable] = [styles.key_value_table(facts), Spacer(0, GAP)]
    flow.append(sub_heading("Approval by partners", f"{key}-approvals"))
    if section.approvals:
        rows = [
            [
                bold(a.organisation),
                a.approved_by,
                styles.cell("Outstanding", CELL_WARN) if a.outstanding else when(a.approved_on),
                a.minute_reference,
            ]
            for a in section.approvals
        ]
        header = ("Partner organisation", "Approved by", "Approved on", "Minute")
        flow.append(data_table(header, rows, (160, 170, 82, 70)))
    else:
        flow.append(note("No partner approvals are recorded for this version."))
    return flow


# -- stage checklist --------------------------------------------------------------------


def stages(section: StageSection, key: str) -> list[Flowable]:
    flow: list[Flowable] = [styles.para(f"Stage reached: {section.stage}.", styles.LABEL)]
    if section.stage_note:
        flow.append(note(section.stage_note))
    flow += [Spacer(0, GAP), readiness_table(section)]
    names = list(dict.fromkeys(c.stage for c in section.criteria))
    for n, name in enumerate(names, start=1):
        criteria = [c for c in section.criteria if c.stage == name]
        flow += [
            CondPageBreak(40 * mm),
            sub_heading(f"Criteria: {name}", f"{key}-stage-{n}"),
            _criteria_table(criteria),
        ]
    if section.decisions:
        rows = [
            [
                bold(d.stage),
                uk_date(d.decided_on),
                str(d.unmet_criteria),
                d.decided_by,
                d.rationale or "–",
            ]
            for d in section.decisions
        ]
        header = ("Stage", "Decided on", "Criteria unmet", "Decided by", "Rationale")
        flow += [
            CondPageBreak(35 * mm),
            sub_heading("Decisions to move stage", f"{key}-decisions"),
            data_table(header, rows, (80, 78, 50, 130, 144)),
        ]
    return flow


def _criteria_table(criteria: Sequence[CriterionLine]) -> Table:
    rows = []
    for c in criteria:
        what: list[Flowable] = [styles.cell(c.text)]
        if c.checked:
            what.append(styles.cell(f"Checked from the records: {c.checked}", CELL_SMALL))
        if c.na_reason:
            what.append(styles.cell(f"Not applicable: {c.na_reason}", CELL_SMALL))
        owner = c.owner or "–"
        if c.due_date is not None:
            owner += f"\nDue {uk_short(c.due_date)}" + (" (overdue)" if c.overdue else "")
        status_style = CELL_GOOD if c.done else (CELL_WARN if c.overdue else styles.CELL_BOLD)
        rows.append(
            [
                str(c.number),
                what,
                styles.cell(c.status, status_style),
                styles.cell(owner, CELL_WARN if c.overdue else CELL_SMALL),
                _evidence(c.evidence),
            ]
        )
    header = ("No.", "Criterion", "Status", "Owner and due date", "Evidence")
    return data_table(header, rows, (24, 170, 52, 82, 154))


def _evidence(lines: Sequence[EvidenceLine]) -> list[Flowable]:
    if not lines:
        return [styles.cell("None recorded", CELL_SMALL)]
    found: list[Flowable] = []
    for e in lines:
        parts = [styles.text(e.text)] if e.text else []
        if e.filename:
            parts.append(f"File: {styles.text(e.filename)}")
        if e.url:
            link = styles.text(e.url)
            parts.append(f'<a href="{link}" color="#005EB8">{link}</a>')
        if e.added_on is not None:
            parts.append(f"Added {uk_short(e.added_on)}")
        found.append(Paragraph("<br/>".join(parts), CELL_SMALL))
    return found


# -- priority highlight report -----------------------------------------------------------


def highlight(place: PlaceAssurance, key: str) -> list[Flowable]:
    report = place.highlight
    flow: list[Flowable] = [
        styles.para(
            f"Each priority's RAG rating as at {uk_date(place.as_at)}, beside its rating at the "
            f"end of {report.previous_label}, with its latest update. The key of the colours "
            "comes first; the milestones mapped to each priority and a glossary of "
            "abbreviations follow the table.",
        ),
        sub_heading("RAG key", f"{key}-key"),
        rag_key_table(report.key, WIDTH, size=8),
        sub_heading("Ratings", f"{key}-ratings"),
        rag_counts_table(place.summary.rag_counts),
        Spacer(0, 2 * mm),
    ]
    if report.priorities:
        flow.append(_priority_table(report.priorities))
    else:
        flow.append(note("The board has no priorities recorded."))
    flow += [
        CondPageBreak(40 * mm),
        sub_heading("Milestones mapped to priorities", f"{key}-milestones"),
        *_milestones(report.priorities),
        CondPageBreak(40 * mm),
        sub_heading("Glossary of abbreviations and terms", f"{key}-glossary"),
    ]
    if report.glossary:
        rows = [[bold(g.term), g.meaning] for g in report.glossary]
        flow.append(data_table(("Term", "Meaning"), rows, (80, WIDTH - 80)))
    else:
        flow.append(note("No terms are in the glossary."))
    return flow


def _priority_table(priorities: Sequence[PriorityLine]) -> Table:
    rows = []
    for p in priorities:
        theme = f"{p.theme} · Phase {p.phase}" if p.theme else f"Phase {p.phase}"
        what: list[Flowable] = [
            styles.cell(p.title, styles.CELL_BOLD),
            styles.cell(theme, CELL_SMALL),
        ]
        if p.lead:
            what.append(styles.cell(f"Lead: {p.lead}", CELL_SMALL))
        flags = [w for w, on in (("Overdue", p.overdue), ("Update out of date", p.stale)) if on]
        if flags:
            what.append(styles.cell(" · ".join(flags), CELL_WARN))
        update: list[Flowable] = []
        if p.last_update is not None:
            by = f", {p.update_author}" if p.update_author else ""
            update.append(styles.cell(f"{uk_short(p.last_update)}{by}", CELL_SMALL))
        update.append(styles.cell(p.update_text or "No update recorded.", styles.CELL))
        rows.append([p.code, what, rag_cell(p.rag), rag_cell(p.previous_rag), p.travel, update])
    header = ("Ref", "Priority", "Rating", "Previous", "Change", "Latest update")
    return coloured_table(header, rows, (28, 146, 50, 50, 50, 158))


def _milestones(priorities: Sequence[PriorityLine]) -> list[Flowable]:
    """Each priority's milestones under it: which milestone belongs to which priority."""
    data: list[list[object]] = [
        [styles.cell(h, styles.CELL_HEAD) for h in ("Milestone", "Due", "Status")]
    ]
    commands: list[tuple[object, ...]] = []
    for p in priorities:
        if not p.milestones:
            continue
        row = len(data)
        data.append([styles.cell(f"{p.code}  {p.title}", styles.LABEL), "", ""])
        commands += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), styles.NHS_PALE_GREY),
        ]
        for m in p.milestones:
            status = m.status if m.done_on is None else f"Done {uk_short(m.done_on)}"
            style = CELL_WARN if m.overdue else (CELL_GOOD if m.done_on else styles.CELL)
            data.append([styles.cell(m.title), short(m.due_date, "–"), styles.cell(status, style)])
    if len(data) == 1:
        return [note("No milestones are recorded.")]
    table = Table(data, colWidths=[WIDTH - 150, 60, 90], repeatRows=1, hAlign="LEFT")
    table.setStyle(styles.table_style(zebra=False))
    table.setStyle(TableStyle(commands))
    return [table]


# -- one metric -------------------------------------------------------------------------


def metric(section: MetricSection, period_label: str) -> list[Flowable]:
    s = section.series
    facts = [
        f"Unit: {s.unit}" if s.unit else "",
        POLARITIES.get(s.polarity, ""),
        f"Target: {format_value(s.target, s.unit)}" if s.target is not None else "No target",
        f"Source: {section.source}" if section.source else "",
        section.frequency.capitalize() if section.frequency else "",
    ]
    flow: list[Flowable] = []
    if section.description:
        flow.append(styles.para(section.description, styles.BODY_SMALL))
    flow += [
        styles.para(" · ".join(f for f in facts if f), CELL_SMALL),
        Spacer(0, 2 * mm),
        ChartFlowable(spc_chart(s, WIDTH, period=section.period_span, period_label=period_label)),
        Spacer(0, 1 * mm),
        icons_line(s.result.variation, s.result.assurance),
    ]
    flow += [note(w) for w in section.warnings]
    flow += [KeepTogether([styles.para("Commentary", styles.H3), *_commentary(section)])]
    if section.rows:
        shown = min(DATA_ROWS, len(section.rows))
        flow += [
            styles.para(f"Data: the last {shown} values to the end of {period_label}", styles.H3),
            _data_table(section),
        ]
    return flow


def icons_line(variation: str, assurance: str | None) -> Table:
    """Both icons of a chart, each beside its title and full words."""
    size, half = 9 * mm, WIDTH / 2
    return _tight(
        [
            [
                variation_mark(variation, size),
                [bold_para("Variation"), styles.cell(variation_words(variation))],
                assurance_mark(assurance, size),
                [bold_para("Assurance"), styles.cell(assurance_words(assurance))],
            ]
        ],
        [size + 6, half - size - 6, size + 6, half - size - 6],
    )


def bold_para(text: str) -> Flowable:
    return styles.cell(text, styles.CELL_BOLD)


def _commentary(section: MetricSection) -> list[Flowable]:
    if not section.commentary:
        return [note("No commentary is recorded for this metric.")]
    return [styles.para(line, styles.BODY_SMALL) for line in section.commentary]


POINT_WORDS = {
    COMMON_CAUSE: "Common cause",
    IMPROVEMENT: "Improvement",
    CONCERN: "Concern",
    NEUTRAL: "Neither",
}
RULE_WORDS = {
    "astronomical": "outside the limits",
    "trend": "trend",
    "two_in_three": "two of three near a limit",
    "shift": "run on one side",
}


def _data_table(section: MetricSection) -> Table:
    unit = section.series.unit
    rows = []
    shaded: list[tuple[object, ...]] = []
    for n, row in enumerate(section.rows[-DATA_ROWS:], start=1):
        kind = POINT_WORDS.get(row.point_type, row.point_type)
        if row.rule:
            kind += f": {RULE_WORDS.get(row.rule, row.rule)}"
        rows.append(
            [
                Plain(row.label, bold=row.in_period),
                *(
                    right(format_value(v, unit))
                    for v in (row.value, row.mean, row.lower, row.upper)
                ),
                styles.cell(kind, CELL_SMALL),
                styles.cell(row.note, CELL_SMALL),
            ]
        )
        if row.in_period:
            shaded.append(("BACKGROUND", (0, n), (-1, n), PERIOD_FILL))
    header = ("Period", "Value", "Mean", "Lower limit", "Upper limit", "Variation", "Note")
    table = data_table(header, rows, (52, 58, 58, 58, 58, 110, 88), zebra=False)
    table.setStyle(
        TableStyle(
            [
                *shaded,
                ("TOPPADDING", (0, 1), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5),
            ]
        )
    )
    return table


# -- risks ------------------------------------------------------------------------------


def risks(place: PlaceAssurance, key: str) -> list[Flowable]:
    section = place.risks
    count = len(section.risks)
    high = sum(1 for r in section.risks if r.band in ("high", "extreme"))
    late = section.review_overdue
    words = (
        f"{plural(count, 'open risk')} as at {uk_date(place.as_at)}, {high} of them high or "
        f"extreme; {plural(late, 'risk')} past {'its' if late == 1 else 'their'} review date. "
        "A score is likelihood × consequence, each from 1 to 5."
    )
    flow: list[Flowable] = [
        styles.para(words),
        sub_heading("Heat map of current scores", f"{key}-heat-map"),
        _tight(
            [[ChartFlowable(heat_map(section.heat_map, 300)), _band_counts(section.risks)]],
            [310, WIDTH - 310],
            valign="TOP",
        ),
        CondPageBreak(40 * mm),
        sub_heading("The register", f"{key}-register"),
    ]
    if section.risks:
        flow.append(_risk_table(section.risks))
    else:
        flow.append(note("There are no open risks."))
    return flow


def _band_counts(lines: Sequence[RiskLine]) -> Table:
    """Open risks by band of their current score, highest band first."""
    rows = []
    for name, low, high in reversed(BANDS):
        n = sum(1 for r in lines if r.band == name)
        rows.append(
            [
                filled(
                    f"{BAND_NAMES[name]} {low}–{high}", BAND_COLOURS[name], BAND_TEXT_COLOURS[name]
                ),
                right(str(n)),
            ]
        )
    rows.append(
        [
            bold("Open risks"),
            Plain(str(len(lines)), bold=True, right=True),
        ]
    )
    table = coloured_table(("Current score", "Risks"), rows, (100, 50))
    table.hAlign = "RIGHT"
    return table


def _risk_table(lines: Sequence[RiskLine]) -> Table:
    rows = []
    for r in lines:
        what: list[Flowable] = [styles.cell(r.title, styles.CELL_BOLD)]
        if r.description:
            what.append(styles.cell(r.description, CELL_SMALL))
        if r.controls:
            what.append(styles.cell(f"Controls: {r.controls}", CELL_SMALL))
        what.append(styles.cell(f"Since first scored: {r.travel}", CELL_SMALL))
        who = [styles.cell(r.owning_partner, styles.CELL_BOLD), styles.cell(r.owner, CELL_SMALL)]
        if r.contributors:
            who.append(styles.cell("With: " + ", ".join(r.contributors), CELL_SMALL))
        review = short(r.review_date, "Not set")
        rows.append(
            [
                r.reference,
                what,
                who,
                band_cell(r.initial),
                band_cell(r.current),
                band_cell(r.target),
                styles.cell(
                    review + ("\nOverdue" if r.review_overdue else ""),
                    CELL_WARN if r.review_overdue else styles.CELL,
                ),
            ]
        )
    header = ("Ref", "Risk", "Owner", "Initial", "Current", "Target", "Review")
    return coloured_table(header, rows, (26, 136, 92, 56, 56, 56, 60))


# -- overdue actions --------------------------------------------------------------------


def overdue_actions(place: PlaceAssurance) -> list[Flowable]:
    actions = place.overdue_actions
    if not actions:
        return [note(f"No actions were overdue as at {uk_date(place.as_at)}.")]
    rows = [
        [
            a.reference,
            [styles.cell(a.description, styles.CELL_BOLD), styles.cell(a.status, CELL_SMALL)],
            a.owner,
            short(a.raised_on, "–"),
            uk_short(a.due_date),
            styles.cell(str(a.days_overdue), CELL_WARN),
            styles.cell(a.latest_update or "–", CELL_SMALL),
        ]
        for a in actions
    ]
    header = ("Ref", "Action and status", "Owner", "Raised", "Due", "Days over", "Latest update")
    return [
        styles.para(
            f"{plural(len(actions), 'action')} past {'its' if len(actions) == 1 else 'their'} "
            f"due date and not done as at {uk_date(place.as_at)}, most overdue first."
        ),
        data_table(header, rows, (30, 136, 86, 54, 54, 40, 82)),
    ]
