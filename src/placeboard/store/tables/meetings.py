"""Meetings: agenda items, papers with cover sheets, attachments, attendance, minutes,
resolutions, declarations at meetings, actions and the forward plan."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from .base import Synced


class Attachment(Synced, table=True):
    """A file stored content-addressed under files/ by its SHA-256; never changed."""

    __tablename__ = "attachment"
    sha256: str = Field(index=True)
    filename: str
    media_type: str = "application/pdf"
    size: int = 0
    pages: int | None = None


class Meeting(Synced, table=True):
    __tablename__ = "meeting"
    title: str = ""
    meeting_date: date = Field(index=True)
    start_time: str = "14:00"
    venue: str = ""
    format: str = "in_person"
    status: str = "planned"
    minutes_status: str = "none"
    minutes_approved_at_id: str | None = Field(default=None, foreign_key="meeting.id")
    published_on: date | None = None


class AgendaItem(Synced, table=True):
    __tablename__ = "agenda_item"
    meeting_id: str = Field(foreign_key="meeting.id", index=True)
    position: int = 0
    part: int = 1
    title: str
    item_for: str = "information"
    intended_outcome: str = ""
    lead: str = ""
    start_time: str = ""
    minutes_allowed: int = 0
    topics: str = ""
    standing: str = ""


class Paper(Synced, table=True):
    """The seed 002 cover sheet of an agenda item's paper."""

    __tablename__ = "paper"
    agenda_item_id: str = Field(foreign_key="agenda_item.id", index=True)
    title: str
    presented_by: str = ""
    author: str = ""
    purpose: str = ""
    executive_summary: str = ""
    recommendations: str = ""
    governance_history: str = ""
    conflicts_of_interest: str = ""
    quality_impact: str = "n_a"
    quality_comment: str = ""
    equality_impact: str = "n_a"
    equality_comment: str = ""
    privacy_impact: str = "n_a"
    privacy_comment: str = ""
    financial_impact: str = "n_a"
    financial_comment: str = ""
    risks: str = "n_a"
    risks_comment: str = ""
    confidential: bool = False
    supplement: int | None = None
    added_on: date | None = None


class PaperFile(Synced, table=True):
    """An attached PDF of a paper, in order."""

    __tablename__ = "paper_file"
    paper_id: str = Field(foreign_key="paper.id", index=True)
    attachment_id: str = Field(foreign_key="attachment.id")
    position: int = 0


class Attendance(Synced, table=True):
    """Who attended (id = UUIDv5 of meeting + person)."""

    __tablename__ = "attendance"
    meeting_id: str = Field(foreign_key="meeting.id", index=True)
    person_id: str = Field(foreign_key="person.id", index=True)
    membership_id: str | None = Field(default=None, foreign_key="membership.id")
    status: str = "present"
    deputy_for_id: str | None = Field(default=None, foreign_key="membership.id")
    note: str = ""


class Minute(Synced, table=True):
    """The minute of one agenda item."""

    __tablename__ = "minute"
    meeting_id: str = Field(foreign_key="meeting.id", index=True)
    agenda_item_id: str = Field(foreign_key="agenda_item.id", index=True)
    discussion: str = ""


class Resolution(Synced, table=True):
    """'Resolved: That the Board …', numbered i, ii, iii within a minute."""

    __tablename__ = "resolution"
    minute_id: str = Field(foreign_key="minute.id", index=True)
    position: int = 0
    text: str


class MeetingDeclaration(Synced, table=True):
    """An interest declared at a meeting against an agenda item."""

    __tablename__ = "meeting_declaration"
    meeting_id: str = Field(foreign_key="meeting.id", index=True)
    agenda_item_id: str = Field(foreign_key="agenda_item.id", index=True)
    person_id: str = Field(foreign_key="person.id")
    declaration_id: str | None = Field(default=None, foreign_key="declaration.id")
    note: str = ""
    withdrew: bool = False


class Action(Synced, table=True):
    """An action raised at an item, carried across meetings until closed."""

    __tablename__ = "action"
    meeting_id: str = Field(foreign_key="meeting.id", index=True)
    agenda_item_id: str | None = Field(default=None, foreign_key="agenda_item.id")
    reference: str = ""
    description: str
    owner: str = ""
    owner_person_id: str | None = Field(default=None, foreign_key="person.id")
    due_date: date | None = None
    status: str = "open"
    closed_on: date | None = None


class ActionUpdate(Synced, table=True):
    __tablename__ = "action_update"
    action_id: str = Field(foreign_key="action.id", index=True)
    update_date: date
    note: str
    meeting_id: str | None = Field(default=None, foreign_key="meeting.id")


class ForwardPlanEntry(Synced, table=True):
    __tablename__ = "forward_plan_entry"
    meeting_id: str | None = Field(default=None, foreign_key="meeting.id")
    planned_month: str = ""
    topic: str
    summary: str = ""
    owner: str = ""
    standing: bool = False
