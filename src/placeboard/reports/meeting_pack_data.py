"""What a meeting pack prints, as plain data: the pack service gathers it from the
records, the report lays it out. Labels are already words people read ("Decision",
"Yes"), dates are dates.

`public_view` makes the public version's data: Part II items, confidential papers,
the minutes and actions of Part II items and private declaration details are taken
out, so they are absent from the public pack rather than hidden in it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .pdf_merge import AttachedPdf


@dataclass(frozen=True)
class Implication:
    """A line of the seed 002 implications table: answered Yes, No or N/A."""

    label: str  # "Quality impact assessment completed"
    answer: str  # "Yes", "No" or "N/A"
    comment: str = ""


@dataclass(frozen=True)
class CoverSheet:
    """A paper's cover sheet in the seed 002 form, with its attached PDFs."""

    title: str
    presented_by: str = ""
    author: str = ""
    purpose: str = ""
    executive_summary: str = ""
    recommendations: str = ""
    governance_history: str = ""
    conflicts_of_interest: str = ""
    implications: tuple[Implication, ...] = ()
    confidential: bool = False
    pdfs: tuple[AttachedPdf, ...] = ()
    supplement: int | None = None  # the supplement it went out in (None: the main pack)


@dataclass(frozen=True)
class AgendaEntry:
    """An agenda item in the seed 004 form, with its paper if it has one."""

    key: str  # stable id (the agenda item's id)
    number: str  # "6"; an item added after publication: "8a" (after item 8)
    title: str
    item_for: str  # "Decision", "Information", …
    intended_outcome: str = ""
    lead: str = ""
    time: str = ""  # "2.10pm"
    part: int = 1
    standing: str = ""  # welcome / declarations / minutes / action_log / urgent_business / …
    paper: CoverSheet | None = None
    paper_withheld: bool = False  # public pack: a confidential paper left out


@dataclass(frozen=True)
class MinuteEntry:
    """One item's minute: what was discussed, interests declared, resolutions."""

    number: str
    title: str
    part: int = 1
    discussion: str = ""
    declarations: tuple[str, ...] = ()  # "Dr A declared … and left the meeting for the item."
    resolutions: tuple[tuple[str, str], ...] = ()  # ("i", "Noted the report.")


@dataclass(frozen=True)
class Attendee:
    name: str
    detail: str = ""  # organisation and role, or "for Dr B" for a deputy


@dataclass(frozen=True)
class PreviousMinutes:
    """The minutes of the board's last meeting, laid before this one for approval."""

    meeting_date: date
    start_time: str
    venue: str
    status: str  # "Draft: to be approved at …" / "Approved at the meeting of …"
    draft: bool
    chair: tuple[Attendee, ...] = ()
    present: tuple[Attendee, ...] = ()
    deputies: tuple[Attendee, ...] = ()
    apologies: tuple[Attendee, ...] = ()
    in_attendance: tuple[Attendee, ...] = ()
    observers: tuple[Attendee, ...] = ()
    items: tuple[MinuteEntry, ...] = ()


@dataclass(frozen=True)
class ActionLine:
    """A line of the action log (seed 004's action sheet, with due date and status)."""

    reference: str
    raised: date
    item_title: str
    description: str
    owner: str
    due: date | None
    status: str  # "Open", "Open, overdue", "Done", …
    latest_update: str = ""
    part: int = 1  # the part of the item it was raised at


@dataclass(frozen=True)
class PlanLine:
    """A line of the forward planner: date of meeting, topic, summary, owner."""

    when: str
    topic: str
    summary: str = ""
    owner: str = ""


@dataclass(frozen=True)
class DeclarationLine:
    """A line of the register of interests."""

    name: str
    kind: str  # "Financial interest", …, or "Nil declaration"
    description: str
    declared_on: date
    reviewed_on: date | None = None
    private: bool = False  # details not for publication


@dataclass(frozen=True)
class MeetingPackData:
    """Everything one meeting's pack (or one of its supplements) prints."""

    board: str
    place: str
    meeting_date: date
    start_time: str  # "2.00pm"
    venue: str
    format: str  # "In person", "Online", "Hybrid"
    meeting_title: str = ""
    status: str = "Planned"
    secretary: str = ""
    contact_email: str = ""
    as_of: date | None = None  # the date the pack speaks for (overdue actions etc.)
    items: tuple[AgendaEntry, ...] = ()
    previous_minutes: PreviousMinutes | None = None
    actions: tuple[ActionLine, ...] = ()
    plan: tuple[PlanLine, ...] = ()
    declarations: tuple[DeclarationLine, ...] = ()
    published_on: date | None = None
    supplement: int | None = None  # set for a supplement: its number


def _public_minutes(minutes: PreviousMinutes | None) -> PreviousMinutes | None:
    if minutes is None:
        return None
    return replace(minutes, items=tuple(m for m in minutes.items if m.part == 1))


def _public_item(item: AgendaEntry) -> AgendaEntry:
    if item.paper is not None and item.paper.confidential:
        return replace(item, paper=None, paper_withheld=True)
    return item


WITHHELD_KIND = "Sensitive interest"
WITHHELD_TEXT = "Details withheld from publication."


def _public_declaration(line: DeclarationLine) -> DeclarationLine:
    """A private declaration stays on the register (that an interest exists is public, as
    with councils' sensitive interests) without its type or details."""
    if not line.private:
        return line
    return replace(line, kind=WITHHELD_KIND, description=WITHHELD_TEXT)


def public_view(data: MeetingPackData) -> MeetingPackData:
    """The data of the public pack: nothing of Part II, of confidential papers or of
    the details of private declarations is left in it."""
    return replace(
        data,
        items=tuple(_public_item(i) for i in data.items if i.part == 1),
        previous_minutes=_public_minutes(data.previous_minutes),
        actions=tuple(a for a in data.actions if a.part == 1),
        declarations=tuple(_public_declaration(d) for d in data.declarations),
    )
