"""Agendas beyond the basic records: a new meeting with its standing items and the
forward plan's entries for its month, reordering items (numbers follow, Part I then
Part II), and papers' PDF files checked to be readable before they are stored."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlmodel import col

from placeboard.domain.catalogue import STANDING_AGENDA_ITEMS
from placeboard.domain.errors import ValidationError
from placeboard.store.database import Database
from placeboard.store.tables import (
    AgendaItem,
    Attachment,
    ForwardPlanEntry,
    Meeting,
    Paper,
    PaperFile,
)

from .base import Service, apply_changes, get_live, insert, live, next_number
from .files import FileService
from .meetings import MeetingService

# The keys the demo and the minutes use for the standing items, in catalogue order.
STANDING_KEYS = (
    "welcome",
    "declarations",
    "minutes",
    "action_log",
    "urgent_business",
    "next_meeting",
)
PDF_TAIL = 2048  # "%%EOF" is near the end of a whole PDF; a cut-off file lacks it


@dataclass(frozen=True)
class NewMeeting:
    meeting: Meeting
    planned_item_ids: tuple[str, ...]  # items made from forward plan entries
    plan_entry_ids: tuple[str, ...]  # the entries now pointing at the meeting


@dataclass(frozen=True)
class PaperPdf:
    """An attached PDF of a paper: the link and the stored file."""

    link: PaperFile
    attachment: Attachment


def month_key(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def pdf_pages(path: Path) -> int:
    """The page count of a readable PDF; else a ValidationError naming the file and why."""
    name = path.name
    try:
        with path.open("rb") as f:
            head = f.read(5)
            f.seek(max(0, path.stat().st_size - PDF_TAIL))
            tail = f.read()
    except OSError as exc:
        raise ValidationError(f"Could not read {name} ({exc.strerror or exc}).", "path") from exc
    if head != b"%PDF-":
        raise ValidationError(f"{name} is not a PDF file: choose the paper's PDF.", "path")
    if b"%%EOF" not in tail:
        raise ValidationError(
            f"{name} is not a whole PDF: the file is cut short. Save or download it again.",
            "path",
        )
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise ValidationError(
                f"{name} is password-protected: save an unprotected copy and attach that.",
                "path",
            )
        pages = len(reader.pages)
        for page in reader.pages:
            _ = page.mediabox  # reads each page object, so a broken page shows now
    except ValidationError:
        raise
    except Exception as exc:  # pypdf raises many kinds for a damaged file
        raise ValidationError(f"{name} is not a readable PDF ({exc}).", "path") from exc
    if pages == 0:
        raise ValidationError(f"{name} has no pages.", "path")
    return pages


class AgendaService(Service):
    REMOVABLE = {"paper_file": (PaperFile, "attached PDF")}

    def __init__(self, db: Database, meetings: MeetingService, files: FileService) -> None:
        super().__init__(db)
        self.meetings = meetings
        self.files = files

    # -- new meetings ------------------------------------------------------------------

    def new_meeting(
        self,
        place_id: str,
        meeting_date: date,
        start_time: str = "14:00",
        venue: str = "",
        format: str = "in_person",
        title: str = "",
        status: str = "planned",
    ) -> NewMeeting:
        """A meeting with the standing items and, before the closing ones, an item for
        each forward plan entry planned for its month and not yet on an agenda."""
        standing = [
            (s.title, s.item_for, s.intended_outcome, s.lead, key)
            for key, s in zip(STANDING_KEYS, STANDING_AGENDA_ITEMS, strict=True)
        ]
        meeting = self.meetings.create_meeting(
            place_id, meeting_date, start_time, venue, format, title, status, standing
        )
        entries = self.entries_for(place_id, meeting_date)
        items = [
            self.meetings.add_item(
                meeting.id,
                e.topic,
                "discussion",
                e.summary,
                e.owner,
            )
            for e in entries
        ]
        ids = tuple(e.id for e in entries)
        self.link_plan_entries(ids, meeting.id)
        return NewMeeting(meeting, tuple(i.id for i in items), ids)

    def entries_for(self, place_id: str, meeting_date: date) -> list[ForwardPlanEntry]:
        """Forward plan entries for this month not yet on a (live) meeting's agenda."""
        month = month_key(meeting_date)
        with self.db.read() as s:
            entries = live(
                s, ForwardPlanEntry, ForwardPlanEntry.planned_month == month, place_id=place_id
            )
            wanted = []
            for e in entries:
                if e.standing:
                    continue  # standing entries are the standing items already
                linked = s.get(Meeting, e.meeting_id) if e.meeting_id else None
                if linked is None or linked.deleted:
                    wanted.append(e)
            return wanted

    def link_plan_entries(self, entry_ids: Sequence[str], meeting_id: str | None) -> None:
        """Point plan entries at a meeting (None: at none, as undo leaves them)."""
        with self.db.write() as s:
            for entry_id in entry_ids:
                entry = get_live(s, ForwardPlanEntry, entry_id, "forward plan entry")
                apply_changes(entry, {"meeting_id": meeting_id}, ("meeting_id",))

    # -- order -------------------------------------------------------------------------

    def order(self, meeting_id: str) -> list[tuple[str, int]]:
        """(item id, part) in agenda order."""
        return [(i.id, i.part) for i in self.meetings.agenda(meeting_id)]

    def reorder(self, meeting_id: str, order: Sequence[tuple[str, int]]) -> list[AgendaItem]:
        """Put the items in this order (each with its part) and number them 1, 2, 3…
        through Part I then Part II. Every live item of the meeting must be named once."""
        with self.db.write() as s:
            get_live(s, Meeting, meeting_id, "meeting")
            items = {i.id: i for i in live(s, AgendaItem, AgendaItem.meeting_id == meeting_id)}
            ids = [item_id for item_id, _part in order]
            if sorted(ids) != sorted(items):
                raise ValidationError(
                    "The agenda changed meanwhile; look at it again and repeat the move.",
                    "position",
                )
            ordered = sorted(order, key=lambda pair: pair[1])  # stable: Part I first
            for number, (item_id, part) in enumerate(ordered, start=1):
                if part not in (1, 2):
                    raise ValidationError("An item is in Part I or Part II.", "part")
                apply_changes(
                    items[item_id], {"position": number, "part": part}, ("position", "part")
                )
            return [items[i] for i, _p in ordered]

    # -- papers and their PDFs ---------------------------------------------------------

    def paper_of(self, item_id: str) -> Paper | None:
        with self.db.read() as s:
            papers = live(s, Paper, Paper.agenda_item_id == item_id)
            return papers[0] if papers else None

    def attach_pdf(self, paper_id: str, path: str | os.PathLike[str]) -> PaperPdf:
        """Check the file is a readable PDF, store it in the data folder, link it."""
        source = Path(path)
        with self.db.read() as s:
            paper = get_live(s, Paper, paper_id, "paper")
        if not source.is_file():
            raise ValidationError(f"There is no file at {source}; choose the file again.", "path")
        pages = pdf_pages(source)
        stored = self.files.store(paper.place_id, source)
        with self.db.write() as s:
            attachment = get_live(s, Attachment, stored.id, "attached file")
            apply_changes(
                attachment,
                {"pages": pages, "media_type": "application/pdf"},
                ("pages", "media_type"),
            )
            number = next_number(s, PaperFile, PaperFile.paper_id == paper_id)
            link = insert(
                s,
                PaperFile(
                    place_id=paper.place_id,
                    paper_id=paper_id,
                    attachment_id=attachment.id,
                    position=number,
                ),
            )
            return PaperPdf(link, attachment)

    def pdfs(self, paper_id: str) -> list[PaperPdf]:
        with self.db.read() as s:
            links = live(s, PaperFile, PaperFile.paper_id == paper_id)
            links.sort(key=lambda link: link.position)
            return [PaperPdf(link, s.get(Attachment, link.attachment_id)) for link in links]

    def pdf_counts(self, meeting_id: str) -> dict[str, int]:
        """Attached PDFs per agenda item id of a meeting (items with any)."""
        papers = self.meetings.papers(meeting_id)
        with self.db.read() as s:
            ids = [p.id for p in papers]
            links = live(s, PaperFile, col(PaperFile.paper_id).in_(ids)) if ids else []
        by_paper: dict[str, int] = {}
        for link in links:
            by_paper[link.paper_id] = by_paper.get(link.paper_id, 0) + 1
        return {p.agenda_item_id: by_paper[p.id] for p in papers if p.id in by_paper}
