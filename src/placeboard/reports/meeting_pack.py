"""The meeting pack: cover, contents, the agenda in the seed 004 form with each item's
papers as "Pages a – b", then in agenda order each item's papers — a cover sheet in the
seed 002 form followed by its attached PDFs, the draft minutes of the last meeting at
the minutes item, the action log and forward plan at theirs, the register of interests
at the declarations item.

A supplement ("Supplement 1, 2 …") is its own PDF holding papers that arrived after the
pack was published, so the main pack's pages stay exactly as they went out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from placeboard.domain.periods import uk_date, uk_long, uk_short

from . import styles
from .meeting_pack_data import (
    AgendaEntry,
    Attendee,
    CoverSheet,
    MeetingPackData,
    MinuteEntry,
    PreviousMinutes,
    public_view,
)
from .pack_document import (
    PackInfo,
    PackResult,
    Section,
    build_pdf,
    collector_paused,
    heading,
    page_range,
)
from .pdf_merge import attachment_flowables

Progress = Callable[[str], bool]

PART_I = "Part I (open to the press and public)"
PART_II = "Part II (not open to the press and public)"
EXCLUSION = (
    "The Board is recommended to resolve that the press and public be excluded from the "
    "meeting for the following items, because of the confidential nature of the business "
    "to be transacted."
)
IMPLICATIONS_NOTE = "If yes, please provide a brief risk description and reference number"
# Sections the standing items carry (seed 004: the minutes and the action sheet are
# papers of their items).
STANDING_SECTIONS = ("declarations", "minutes", "action_log")


def clock(value: str) -> str:
    """ "14:00" -> "2.00pm", as agendas print times; anything else as typed."""
    hours, _, minutes = value.partition(":")
    if not (hours.isdigit() and minutes.isdigit()):
        return value
    h, m = int(hours), int(minutes)
    suffix = "am" if h < 12 else "pm"
    return f"{(h % 12) or 12}.{m:02d}{suffix}"


def item_key(item: AgendaEntry) -> str:
    return f"item-{item.key}"


def item_heading(item: AgendaEntry) -> str:
    return f"Item {item.number}: {item.title}"


# -- the pack's identity -----------------------------------------------------------------


def pack_info(data: MeetingPackData, public: bool, created: datetime) -> PackInfo:
    when = uk_date(data.meeting_date)
    kind = (
        f"Supplement {data.supplement} to the meeting pack" if data.supplement else "meeting pack"
    )
    header = f"{data.board} · {when}"
    if data.supplement:
        header += f" · Supplement {data.supplement}"
    version = "public version" if public else "full version, including Part II"
    return PackInfo(
        title=f"{data.board}: {kind}, {when}",
        subject=f"Agenda and papers for the meeting on {uk_long(data.meeting_date)} ({version})",
        author=f"PlaceBoard — {data.board} secretariat",
        header=header,
        public=public,
        created=created,
    )


# -- cover --------------------------------------------------------------------------------


def _banner(title: str, subtitle: str) -> Table:
    """The NHS Blue title block of a cover."""
    table = Table(
        [[styles.para(title, styles.COVER_TITLE)], [styles.para(subtitle, styles.COVER_SUBTITLE)]],
        colWidths=[styles.CONTENT_WIDTH],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), styles.NHS_BLUE),
                ("LEFTPADDING", (0, 0), (-1, -1), 14),
                ("RIGHTPADDING", (0, 0), (-1, -1), 14),
                ("TOPPADDING", (0, 0), (-1, 0), 26),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 22),
                ("LINEBELOW", (0, -1), (-1, -1), 4, styles.NHS_DARK_BLUE),
            ]
        )
    )
    return table


def _openness(data: MeetingPackData, public: bool) -> list[Flowable]:
    has_part_two = any(i.part == 2 for i in data.items)
    lines = ["Part I of this meeting is open to the press and public."]
    if public:
        lines.append(
            "This is the public pack. Items taken in Part II, which is not open to the "
            "press and public, are not included."
        )
    elif has_part_two:
        lines.append(
            "This full pack also holds the Part II items, which are not open to the press "
            "and public. It is confidential: do not publish or pass it on."
        )
    else:
        lines.append("This full pack is confidential until it is published.")
    return [styles.para(line, styles.BODY) for line in lines]


def _publication(data: MeetingPackData) -> str:
    if data.supplement:
        return (
            f"Supplement {data.supplement} to the agenda pack published on "
            f"{uk_date(data.published_on)}."
            if data.published_on
            else ""
        )
    if data.published_on:
        return f"Published on {uk_date(data.published_on)}."
    return "Draft for checking: this pack has not been published."


def cover(data: MeetingPackData, public: bool) -> list[Flowable]:
    if data.supplement:
        subtitle = f"Supplement {data.supplement} to the agenda pack"
    else:
        subtitle = "Agenda and papers" + (" — public pack" if public else "")
    details: list[tuple[str, object]] = [
        ("Date", uk_long(data.meeting_date)),
        ("Time", clock(data.start_time)),
        ("Venue", data.venue or "To be confirmed"),
        ("Format", data.format),
    ]
    if data.status and data.status != "Planned":
        details.append(("Status", data.status))
    flow: list[Flowable] = [
        Spacer(0, 8 * mm),
        _banner(data.board, subtitle),
        Spacer(0, 10 * mm),
        styles.key_value_table(details, 32 * mm, styles.COVER_LABEL, styles.COVER_VALUE),
        Spacer(0, 8 * mm),
        styles.boxed(_openness(data, public), "Who this pack is for"),
    ]
    if data.supplement:
        flow += [
            Spacer(0, 5 * mm),
            styles.boxed(
                [
                    styles.para(
                        "This supplement holds papers that arrived after the agenda pack was "
                        "published. The agenda pack's page numbers are unchanged; the pages "
                        "below are numbered within this supplement.",
                    )
                ],
                "Supplement",
            ),
        ]
    contact = ", ".join(p for p in (data.secretary, data.contact_email) if p)
    if contact:
        flow += [
            Spacer(0, 8 * mm),
            styles.para("Contact for further information", styles.LABEL),
            styles.para(contact),
        ]
    flow += [Spacer(0, 4 * mm), styles.para(_publication(data), styles.NOTE)]
    return flow


# -- agenda -------------------------------------------------------------------------------

AGENDA_HEADER = ("Item", "Agenda item", "Item for", "Intended outcome", "Lead", "Papers", "Time")
AGENDA_WIDTHS = (28, 102, 54, 116, 70, 66, 44)


def _papers_cell(item: AgendaEntry, sections: set[str]) -> object:
    if item_key(item) in sections:
        return page_range(item_key(item))
    if item.paper_withheld:
        return "Not for publication"
    return ""


def agenda_table(items: Sequence[AgendaEntry], sections: set[str]) -> Table:
    rows = [
        [
            f"{item.number}.",
            styles.cell(item.title, styles.CELL_BOLD),
            item.item_for,
            item.intended_outcome,
            item.lead,
            _papers_cell(item, sections),
            clock(item.time),
        ]
        for item in items
    ]
    return styles.data_table(AGENDA_HEADER, rows, AGENDA_WIDTHS)


def agenda(data: MeetingPackData, sections: set[str]) -> list[Flowable]:
    part_one = [i for i in data.items if i.part == 1]
    part_two = [i for i in data.items if i.part == 2]
    flow: list[Flowable] = [
        styles.para(
            f"{data.board} — {uk_long(data.meeting_date)}, {clock(data.start_time)}, "
            f"{data.venue or 'venue to be confirmed'}",
            styles.BODY,
        ),
        styles.para(PART_I, styles.H2),
        agenda_table(part_one, sections) if part_one else styles.para("No items.", styles.NOTE),
    ]
    if part_two:
        flow += [
            CondPageBreak(50 * mm),
            styles.para(PART_II, styles.H2),
            styles.para(EXCLUSION, styles.NOTE),
            Spacer(0, 2 * mm),
            agenda_table(part_two, sections),
        ]
    return flow


# -- a paper's cover sheet (seed 002) -------------------------------------------------------


def _implications(paper: CoverSheet) -> Table:
    header = [IMPLICATIONS_NOTE, "Yes", "No", "N/A", "Comments"]
    rows = []
    for line in paper.implications:
        ticks = ["✓" if line.answer == answer else "" for answer in ("Yes", "No", "N/A")]
        rows.append([line.label, *ticks, line.comment])
    table = styles.data_table(header, rows, (150, 30, 30, 30, styles.CONTENT_WIDTH - 240))
    table.setStyle(TableStyle([("ALIGN", (1, 1), (3, -1), "CENTER")]))
    return table


def _text_box(title: str, value: str, empty: str = "None.") -> Table:
    flow = styles.paragraphs(value) or [styles.para(empty, styles.NOTE)]
    return styles.boxed(flow, title)


def cover_sheet(data: MeetingPackData, item: AgendaEntry, paper: CoverSheet) -> list[Flowable]:
    top: list[tuple[str, object]] = [
        ("Date of meeting", uk_date(data.meeting_date)),
        ("Title of paper", styles.cell(paper.title, styles.CELL_BOLD)),
        ("Presented by", paper.presented_by or item.lead),
        ("Author", paper.author),
        ("Agenda item", item.number),
        ("Confidential", "Yes" if paper.confidential else "No"),
    ]
    if paper.supplement:
        top.append(("Supplement", f"Supplement {paper.supplement}"))
    gap = Spacer(0, 3 * mm)
    return [
        styles.para(data.board, styles.LABEL),
        gap,
        styles.key_value_table(top),
        gap,
        _text_box("Purpose of the paper", paper.purpose),
        gap,
        _text_box("Executive summary", paper.executive_summary),
        gap,
        _text_box("Recommendations", paper.recommendations),
        gap,
        _text_box(
            "Governance and reporting (list other forums that have discussed this paper)",
            paper.governance_history,
            "Not discussed at other forums.",
        ),
        gap,
        _text_box("Conflicts of interest identified", paper.conflicts_of_interest, "None."),
        gap,
        KeepTogether([styles.para("Implications", styles.H3), _implications(paper)]),
    ]


def paper_flowables(data: MeetingPackData, item: AgendaEntry, paper: CoverSheet) -> list[Flowable]:
    """The cover sheet, then each attached PDF on pages of its own."""
    flow = cover_sheet(data, item, paper)
    for n, pdf in enumerate(paper.pdfs, start=1):
        flow += attachment_flowables(pdf, f"{item_key(item)}-pdf{n}")
    return flow


def paper_section(data: MeetingPackData, item: AgendaEntry, paper: CoverSheet) -> Section:
    return Section(item_heading(item), 1, paper_flowables(data, item, paper), key=item_key(item))


# -- minutes of the last meeting -------------------------------------------------------------


def _people(title: str, people: Sequence[Attendee]) -> list[Flowable]:
    if not people:
        return []
    lines = [f"{p.name}, {p.detail}" if p.detail else p.name for p in people]
    return [
        styles.para(title, styles.H3),
        *(styles.para(line, styles.BODY_SMALL) for line in lines),
    ]


def _minute(entry: MinuteEntry) -> list[Flowable]:
    flow: list[Flowable] = [styles.para(f"{entry.number}. {entry.title}", styles.H3)]
    flow += styles.paragraphs(entry.discussion)
    flow += [styles.para(line) for line in entry.declarations]
    # Each resolution reads "Resolved: That the Board …" already.
    flow += [styles.para(f"{numeral}) {text}", styles.BODY) for numeral, text in entry.resolutions]
    if len(flow) == 1:
        flow.append(styles.para("No minute recorded.", styles.NOTE))
    return flow


def minutes_flowables(data: MeetingPackData, minutes: PreviousMinutes) -> list[Flowable]:
    held = (
        f"Minutes of the meeting held on {uk_long(minutes.meeting_date)} at "
        f"{clock(minutes.start_time)}" + (f", {minutes.venue}" if minutes.venue else "")
    )
    flow: list[Flowable] = [
        styles.para(data.board, styles.LABEL),
        styles.para(held, styles.BODY),
        styles.boxed([styles.para(minutes.status)], "DRAFT" if minutes.draft else "Status"),
        styles.para("Present:", styles.H2),
    ]
    flow += _people("Chair", minutes.chair)
    flow += _people("Members", minutes.present)
    flow += _people("Deputies", minutes.deputies)
    flow += _people("In attendance", minutes.in_attendance)
    flow += _people("Observers", minutes.observers)
    flow += _people("Apologies", minutes.apologies)
    part_two = [m for m in minutes.items if m.part == 2]
    for entry in (m for m in minutes.items if m.part == 1):
        flow += _minute(entry)
    if part_two:
        flow += [CondPageBreak(40 * mm), styles.para(PART_II, styles.H2)]
        for entry in part_two:
            flow += _minute(entry)
    return flow


# -- action log, forward plan, register --------------------------------------------------------

ACTION_HEADER = ("Ref", "Raised at", "Action", "Owner", "Due", "Status", "Latest update")
ACTION_WIDTHS = (28, 86, 112, 66, 56, 52, 80)


def action_log(data: MeetingPackData) -> list[Flowable]:
    if not data.actions:
        return [styles.para("There are no open actions.", styles.NOTE)]
    rows = [
        [
            a.reference,
            f"{a.item_title} ({uk_short(a.raised)})" if a.item_title else uk_short(a.raised),
            a.description,
            a.owner,
            uk_short(a.due) if a.due else "",
            styles.cell(a.status, styles.CELL_BOLD if "overdue" in a.status else styles.CELL),
            a.latest_update,
        ]
        for a in data.actions
    ]
    return [styles.data_table(ACTION_HEADER, rows, ACTION_WIDTHS)]


def forward_plan(data: MeetingPackData) -> list[Flowable]:
    if not data.plan:
        return [styles.para("Nothing is planned yet.", styles.NOTE)]
    rows = [[p.when, styles.cell(p.topic, styles.CELL_BOLD), p.summary, p.owner] for p in data.plan]
    return [
        styles.data_table(
            ("Date of meeting", "Topic", "Summary", "Owner"), rows, (80, 140, 170, 92)
        )
    ]


def register(data: MeetingPackData) -> list[Flowable]:
    intro = styles.para(
        "Members' declared interests, for the Chair and members to consider against the "
        "items on this agenda.",
        styles.BODY,
    )
    if not data.declarations:
        return [intro, styles.para("No interests have been declared.", styles.NOTE)]
    rows = [
        [
            styles.cell(d.name, styles.CELL_BOLD),
            d.kind,
            d.description,
            uk_short(d.declared_on),
            uk_short(d.reviewed_on) if d.reviewed_on else "",
        ]
        for d in data.declarations
    ]
    header = ("Name", "Type of interest", "Details", "Declared", "Reviewed")
    return [intro, styles.data_table(header, rows, (96, 90, 178, 58, 58))]


# -- the whole pack --------------------------------------------------------------------------


def _standing_section(data: MeetingPackData, item: AgendaEntry) -> Section | None:
    key, title = item_key(item), item_heading(item)
    if item.standing == "minutes" and data.previous_minutes is not None:
        return Section(title, 1, minutes_flowables(data, data.previous_minutes), key=key)
    if item.standing == "action_log":
        flow = [styles.para("Action log", styles.H2), *action_log(data)]
        flow += [CondPageBreak(50 * mm), heading("Forward plan", 2, f"{key}-plan")]
        flow += forward_plan(data)
        return Section(title, 1, flow, key=key)
    if item.standing == "declarations":
        flow = [styles.para("Register of interests", styles.H2), *register(data)]
        return Section(title, 1, flow, key=key)
    return None


def item_sections(data: MeetingPackData) -> list[Section]:
    """Each item's papers in agenda order; Part I and Part II as bookmark groups."""
    found: list[Section] = []
    for part, label in ((1, PART_I), (2, PART_II)):
        sections = []
        for item in (i for i in data.items if i.part == part):
            section = None
            if item.standing in STANDING_SECTIONS and not data.supplement:
                section = _standing_section(data, item)
            if item.paper is not None and section is None:
                section = paper_section(data, item, item.paper)
            elif item.paper is not None and section is not None:  # a paper besides
                section.flowables += [
                    PageBreakIfNotEmpty(),
                    heading(item.paper.title, 2, f"{item_key(item)}-paper"),
                    *paper_flowables(data, item, item.paper),
                ]
            if section is not None:
                sections.append(section)
        if sections:
            found.append(Section(label, 0, [], key=f"part-{part}", show_title=False))
            found += sections
    return found


def _unplaced_sections(data: MeetingPackData) -> list[Section]:
    """The standing papers of a meeting whose agenda lacks their items, at the end."""
    if data.supplement:
        return []
    present = {i.standing for i in data.items}
    extra = []
    if "minutes" not in present and data.previous_minutes is not None:
        extra.append(
            Section(
                "Minutes of the last meeting",
                0,
                minutes_flowables(data, data.previous_minutes),
                key="minutes",
            )
        )
    if "action_log" not in present:
        extra.append(Section("Action log", 0, action_log(data), key="actions"))
        extra.append(Section("Forward plan", 0, forward_plan(data), key="plan"))
    if "declarations" not in present:
        extra.append(Section("Register of interests", 0, register(data), key="register"))
    return extra


def meeting_sections(data: MeetingPackData, public: bool) -> list[Section]:
    """The pack's sections for data already made public (or not) by the caller."""
    papers = item_sections(data) + _unplaced_sections(data)
    keys = {s.key for s in papers if s.key}
    agenda_title = "Papers in this supplement" if data.supplement else "Agenda"
    return [
        Section("Cover", 0, cover(data, public), key="cover", show_title=False),
        Section(agenda_title, 0, agenda(data, keys), key="agenda"),
        *papers,
    ]


def build_meeting_pack(
    data: MeetingPackData,
    public: bool,
    out: Path | BinaryIO,
    created: datetime,
    progress: Progress | None = None,
) -> PackResult:
    """The meeting pack (or, when `data.supplement` is set, that supplement)."""
    shown = public_view(data) if public else data
    with collector_paused():  # from the first flowable made to the file written
        return build_pdf(
            pack_info(shown, public, created), meeting_sections(shown, public), out, progress
        )
