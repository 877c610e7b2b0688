"""PDF packs: the pack service gathers a meeting's records into the reports' plain data
and has the pack built (reports/meeting_pack.py lays it out).

Publication, and papers that arrive after it, use columns the schema already has:

- `meeting.published_on` is the day the pack went out. It is set by building the pack
  with `publish=True` (`placeboard pack meeting … --publish`); building a pack without
  it is a draft for checking, and records nothing.
- On publication every paper of the meeting gets `paper.supplement = 0`: "went out in
  the agenda pack". From then on the agenda pack holds only those papers, and leaves
  out items added after publication (whose insert is stamped later than the
  publication in the change log's field clock), so it is rebuilt page for page; such
  items take the number before them with a letter ("8a") and the others keep theirs.
- A paper added after publication has `supplement` empty until a supplement is built:
  it then gets the next number (1, 2, …) and goes into that supplement's PDF.

A published pack is dated its publication day (midnight UTC) unless SOURCE_DATE_EPOCH
says otherwise, and speaks for that day (which actions were overdue), so rebuilding it
later gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import BinaryIO
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from placeboard.domain.errors import NotFoundError, ValidationError
from placeboard.domain.periods import uk_date
from placeboard.domain.vocab import (
    DECLARATION_TYPES,
    IMPLICATION_ANSWERS,
    ITEM_FOR,
    MEETING_FORMATS,
    MEETING_STATUSES,
    MEMBERSHIP_ROLES,
)
from placeboard.reports.assurance_pack import Withheld, build_assurance_pack, public_view
from placeboard.reports.errors import PackCancelled, PackError
from placeboard.reports.meeting_pack import build_meeting_pack
from placeboard.reports.meeting_pack_data import (
    ActionLine,
    AgendaEntry,
    Attendee,
    CoverSheet,
    DeclarationLine,
    Implication,
    MeetingPackData,
    MinuteEntry,
    PlanLine,
    PreviousMinutes,
)
from placeboard.reports.pack_document import (
    PackResult,
    collector_paused,
    created_at,
    source_date,
)
from placeboard.reports.pdf_merge import AttachedPdf, page_count
from placeboard.store.changelog import WHOLE_RECORD
from placeboard.store.tables import (
    AgendaItem,
    Attachment,
    CriterionEvidence,
    FieldClock,
    Meeting,
    Paper,
    PaperFile,
    Person,
)

from .agenda import AgendaService
from .assurance import AssuranceService
from .base import Service, get_live, live
from .files import FileService
from .meetings import MeetingService
from .membership import MembershipService
from .minutes import MinutesService, month_text
from .places import PlaceService

Progress = Callable[[str], bool]
LONDON = ZoneInfo("Europe/London")
IN_MAIN_PACK = 0  # paper.supplement of a paper that went out in the agenda pack

IMPLICATIONS = (
    ("quality", "Quality impact assessment completed"),
    ("equality", "Equality impact assessment completed"),
    ("privacy", "Privacy impact assessment completed"),
    ("financial", "Financial impact assessment completed"),
    ("risks", "Associated risks"),
)


@dataclass(frozen=True)
class SupplementBuilt:
    number: int
    result: PackResult


def item_numbers(items: Sequence[AgendaItem], late: set[str]) -> dict[str, str]:
    """Agenda numbers as the published pack printed them: items added after publication
    do not renumber the others, and take the number before them with a letter ("8a")."""
    numbers: dict[str, str] = {}
    count, letters = 0, 0
    for item in items:
        if item.id in late:
            letters += 1
            numbers[item.id] = f"{count}{chr(ord('a') + (letters - 1) % 26)}"
        else:
            count, letters = count + 1, 0
            numbers[item.id] = str(count)
    return numbers


def _cover_sheet(
    paper: Paper, pdfs: tuple[AttachedPdf, ...], supplement: int | None = None
) -> CoverSheet:
    implications = []
    for name, label in IMPLICATIONS:
        answer = paper.risks if name == "risks" else getattr(paper, f"{name}_impact")
        comment = paper.risks_comment if name == "risks" else getattr(paper, f"{name}_comment")
        implications.append(Implication(label, IMPLICATION_ANSWERS.get(answer, answer), comment))
    return CoverSheet(
        title=paper.title,
        presented_by=paper.presented_by,
        author=paper.author,
        purpose=paper.purpose,
        executive_summary=paper.executive_summary,
        recommendations=paper.recommendations,
        governance_history=paper.governance_history,
        conflicts_of_interest=paper.conflicts_of_interest,
        implications=tuple(implications),
        confidential=paper.confidential,
        pdfs=pdfs,
        supplement=supplement or paper.supplement or None,
    )


def _display_name(person: Person) -> str:
    """ "Dr Wendy Stubworth": the title, as minutes and registers print names."""
    return f"{person.title} {person.full_name}".strip()


class PackService(Service):
    def __init__(
        self,
        places: PlaceService,
        meetings: MeetingService,
        minutes: MinutesService,
        membership: MembershipService,
        agenda: AgendaService,
        files: FileService,
        assurance: AssuranceService,
    ) -> None:
        super().__init__(meetings.db)
        self.places = places
        self.meetings = meetings
        self.minutes = minutes
        self.membership = membership
        self.agenda = agenda
        self.files = files
        self.assurance = assurance

    # -- finding the meeting -------------------------------------------------------------

    def find_meeting(self, ref: str) -> Meeting:
        """A meeting by its id as `placeboard meetings` lists it (or a unique start of it)."""
        ref = ref.strip()
        with self.db.read() as s:
            found = s.get(Meeting, ref)
            if found is not None and not found.deleted:
                return found
            matches = (
                live(s, Meeting, col(Meeting.id).startswith(ref, autoescape=True))
                if len(ref) >= 4
                else []
            )
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise ValidationError(
                f"More than one meeting has an id starting {ref}; give more of it.", "meeting"
            )
        raise NotFoundError(
            f"No meeting with id {ref}; 'placeboard meetings --place NAME' lists them."
        )

    # -- publication ----------------------------------------------------------------------

    def publish(self, meeting_id: str, on: date) -> Meeting:
        """Record that the pack went out on `on`: its papers are the agenda pack's.
        Publishing again changes nothing (the first date stands)."""
        with self.db.write() as s:
            meeting = get_live(s, Meeting, meeting_id, "meeting")
            if meeting.published_on is not None:
                return meeting
        for paper in self.meetings.papers(meeting_id):
            if paper.supplement is None:
                self.meetings.update_paper(paper.id, supplement=IN_MAIN_PACK)
        return self.meetings.update_meeting(meeting_id, published_on=on)

    def pending_papers(self, meeting_id: str) -> list[Paper]:
        """Papers added since publication and not yet in a supplement."""
        meeting = self.find_meeting(meeting_id)
        if meeting.published_on is None:
            return []
        return [p for p in self.meetings.papers(meeting_id) if p.supplement is None]

    def supplements(self, meeting_id: str) -> list[int]:
        numbers = {p.supplement for p in self.meetings.papers(meeting_id)}
        return sorted(n for n in numbers if n)

    # -- gathering -----------------------------------------------------------------------

    def meeting_pack_data(
        self,
        meeting_id: str,
        as_of: date | None = None,
        published_on: date | None = None,
        supplement: int | None = None,
        supplement_papers: Sequence[str] = (),
    ) -> MeetingPackData:
        """The meeting's pack as plain data.

        `published_on` stands in for a publication about to be recorded. For a
        supplement, its papers are those numbered `supplement` (and the ids in
        `supplement_papers`, about to be numbered)."""
        meeting = self.find_meeting(meeting_id)
        published = meeting.published_on or published_on
        as_of = as_of or published or created_at().date()
        place = self.places.get_place(meeting.place_id or "")
        board = self.places.board(place.id)
        items = self.meetings.agenda(meeting.id)
        chosen = self._papers_in_pack(meeting, supplement, supplement_papers)
        late = self._late_items(meeting, items)
        numbers = item_numbers(items, late)
        entries = []
        for item in items:
            if item.id in late and supplement is None:
                continue  # the agenda pack is as it went out
            paper = chosen.get(item.id)
            if supplement is not None and paper is None:
                continue
            entries.append(self._entry(item, numbers[item.id], paper, supplement))
        return MeetingPackData(
            board=board.name,
            place=place.name,
            meeting_date=meeting.meeting_date,
            start_time=meeting.start_time,
            venue=meeting.venue,
            format=MEETING_FORMATS.get(meeting.format, meeting.format),
            meeting_title=meeting.title,
            status=MEETING_STATUSES.get(meeting.status, meeting.status),
            secretary=board.secretary,
            contact_email=board.contact_email,
            as_of=as_of,
            items=tuple(entries),
            previous_minutes=None if supplement else self._previous_minutes(meeting),
            actions=() if supplement else self._actions(meeting, as_of),
            plan=() if supplement else self._plan(meeting),
            declarations=() if supplement else self._declarations(meeting),
            published_on=published,
            supplement=supplement,
        )

    def _late_items(self, meeting: Meeting, items: Sequence[AgendaItem]) -> set[str]:
        """Items added after the pack was published: their insert's clock stamp is later
        than the stamp of the publication (the change log's `field_clock`)."""
        if meeting.published_on is None:
            return set()
        with self.db.read() as s:
            published = s.get(FieldClock, ("meeting", meeting.id, "published_on"))
            stamps = {
                row.pk: row.hlc
                for row in s.exec(
                    select(FieldClock).where(
                        FieldClock.tbl == "agenda_item",
                        FieldClock.col == WHOLE_RECORD,
                        col(FieldClock.pk).in_([i.id for i in items]),
                    )
                )
            }
        if published is None:  # no stamp (never expected): by day instead
            day = meeting.published_on.isoformat()
            return {i.id for i in items if i.created_at[:10] > day}
        return {i.id for i in items if stamps.get(i.id, "") > published.hlc}

    def _papers_in_pack(
        self, meeting: Meeting, supplement: int | None, adding: Sequence[str]
    ) -> dict[str, Paper]:
        """The paper each item shows in this pack (the first added, if several)."""
        if supplement is not None:
            wanted: set[int | None] = {supplement}
        elif meeting.published_on is not None:
            wanted = {IN_MAIN_PACK}
        else:
            wanted = {None, IN_MAIN_PACK}  # unpublished, or being published now
        chosen: dict[str, Paper] = {}
        papers = sorted(self.meetings.papers(meeting.id), key=lambda p: p.created_at)
        for paper in papers:
            if paper.supplement in wanted or paper.id in adding:
                chosen.setdefault(paper.agenda_item_id, paper)
        return chosen

    def _entry(
        self, item: AgendaItem, number: str, paper: Paper | None, supplement: int | None
    ) -> AgendaEntry:
        sheet = None
        if paper is not None:
            sheet = _cover_sheet(paper, self._pdfs(paper.id), supplement)
        return AgendaEntry(
            key=item.id,
            number=number,
            title=item.title,
            item_for=ITEM_FOR.get(item.item_for, item.item_for),
            intended_outcome=item.intended_outcome,
            lead=item.lead,
            time=item.start_time,
            part=item.part,
            standing=item.standing,
            paper=sheet,
        )

    def _pdfs(self, paper_id: str) -> tuple[AttachedPdf, ...]:
        found = []
        for pdf in self.agenda.pdfs(paper_id):
            path = self.files.path_for(pdf.attachment.sha256)
            if not path.is_file():
                raise PackError(
                    f"The attached paper {pdf.attachment.filename} is missing from the data "
                    "folder's files; attach it again."
                )
            pages = pdf.attachment.pages or page_count(path)
            found.append(AttachedPdf(path, pages, Path(pdf.attachment.filename).stem))
        return tuple(found)

    def previous_meeting(self, meeting: Meeting) -> Meeting | None:
        """The board's last meeting held before this one."""
        held = [
            m
            for m in self.meetings.list_meetings(meeting.place_id or "")
            if m.meeting_date < meeting.meeting_date and m.status == "held"
        ]
        return held[-1] if held else None

    def _previous_minutes(self, meeting: Meeting) -> PreviousMinutes | None:
        previous = self.previous_meeting(meeting)
        if previous is None:
            return None
        people = {p.id: p for p in self.membership.list_people(previous.place_id or "")}
        item_minutes = self.minutes.item_minutes(previous.id)
        declared: dict[str, list[str]] = {}
        for d in self.meetings.meeting_declarations(previous.id):
            who = _display_name(people[d.person_id]) if d.person_id in people else "A member"
            line = f"{who} declared an interest" + (f": {d.note}" if d.note else ".")
            if d.withdrew:
                line = line.rstrip(".") + ", and left the meeting for this item."
            declared.setdefault(d.agenda_item_id, []).append(line)
        numbers = item_numbers([m.item for m in item_minutes], set())
        entries = tuple(
            MinuteEntry(
                number=numbers[m.item.id],
                title=m.item.title,
                part=m.item.part,
                discussion=m.discussion,
                declarations=tuple(declared.get(m.item.id, ())),
                resolutions=tuple((r.number, r.text) for r in m.resolutions),
            )
            for m in item_minutes
        )
        state = self.minutes.minutes_state(previous.id)
        groups = self._attendance(previous, people)
        return PreviousMinutes(
            meeting_date=previous.meeting_date,
            start_time=previous.start_time,
            venue=previous.venue,
            status=state.describe(),
            draft=state.status != "approved",
            items=entries,
            **groups,
        )

    def _attendance(
        self, meeting: Meeting, people: dict[str, Person]
    ) -> dict[str, tuple[Attendee, ...]]:
        members = self.membership.list_members(meeting.place_id or "", meeting.meeting_date)
        seat_of = {m.person.id: m for m in members}
        by_seat = {m.membership.id: m for m in members}
        groups: dict[str, list[Attendee]] = {
            k: []
            for k in ("chair", "present", "deputies", "apologies", "in_attendance", "observers")
        }
        for a in self.meetings.attendance(meeting.id):
            person = people.get(a.person_id)
            if person is None:
                continue
            name = _display_name(person)
            seat = seat_of.get(a.person_id)
            detail = seat.organisation.name if seat else person.job_title
            if a.status == "present" and seat is not None and seat.membership.role == "chair":
                groups["chair"].append(Attendee(name, detail))
            elif a.status == "present":
                role = MEMBERSHIP_ROLES.get(seat.membership.role, "") if seat else ""
                extra = f" ({role})" if role and role not in ("Member", "Chair") else ""
                groups["present"].append(Attendee(name, detail + extra))
            elif a.status == "deputy":
                member = by_seat.get(a.deputy_for_id or "")
                whom = _display_name(member.person) if member else "a member"
                org = f" ({member.organisation.name})" if member else ""
                groups["deputies"].append(Attendee(name, f"deputy for {whom}{org}"))
            elif a.status == "apologies":
                groups["apologies"].append(Attendee(name, detail))
            elif a.status == "in_attendance":
                groups["in_attendance"].append(Attendee(name, detail))
            elif a.status == "observer":
                groups["observers"].append(Attendee(name, detail))
        return {k: tuple(sorted(v, key=lambda p: p.name.casefold())) for k, v in groups.items()}

    def _item_parts(self, place_id: str) -> dict[str, int]:
        with self.db.read() as s:
            return {i.id: i.part for i in live(s, AgendaItem, place_id=place_id)}

    def _actions(self, meeting: Meeting, as_of: date) -> tuple[ActionLine, ...]:
        parts = self._item_parts(meeting.place_id or "")
        return tuple(
            ActionLine(
                reference=row.action.reference,
                raised=row.meeting_date,
                item_title=row.item_title,
                description=row.action.description,
                owner=row.action.owner,
                due=row.action.due_date,
                status=row.status_text,
                latest_update=row.latest_update,
                part=parts.get(row.action.agenda_item_id or "", 1),
            )
            for row in self.minutes.action_log(meeting.id, today=as_of)
        )

    def _plan(self, meeting: Meeting) -> tuple[PlanLine, ...]:
        """What the forward planner holds for meetings after this one."""
        month = f"{meeting.meeting_date.year:04d}-{meeting.meeting_date.month:02d}"
        lines = []
        for row in self.minutes.forward_plan(meeting.place_id or ""):
            if row.entry.meeting_id == meeting.id:
                continue  # on this agenda already
            if row.meeting_date is not None and row.meeting_date <= meeting.meeting_date:
                continue
            undated = row.meeting_date is None
            if undated and row.entry.planned_month and row.entry.planned_month <= month:
                continue
            when = month_text(row.entry.planned_month) if undated else row.when
            entry = row.entry
            lines.append(
                PlanLine(when or "To be confirmed", entry.topic, entry.summary, entry.owner)
            )
        return tuple(lines)

    def _declarations(self, meeting: Meeting) -> tuple[DeclarationLine, ...]:
        """The register: declarations of the members (and named deputies) on the day."""
        members = self.membership.list_members(meeting.place_id or "", meeting.meeting_date)
        on_board = {m.person.id for m in members} | {d.id for m in members for d in m.deputies}
        lines = [
            DeclarationLine(
                name=_display_name(row.person),
                kind="Nil declaration"
                if row.declaration.is_nil
                else DECLARATION_TYPES.get(row.declaration.kind, row.declaration.kind),
                description=row.declaration.description
                or ("No interests to declare." if row.declaration.is_nil else ""),
                declared_on=row.declaration.declared_on,
                reviewed_on=row.declaration.reviewed_on,
                private=row.declaration.private,
            )
            for row in self.membership.declaration_register(meeting.place_id or "")
            if row.person.id in on_board and row.declaration.declared_on <= meeting.meeting_date
        ]
        return tuple(sorted(lines, key=lambda d: (d.name.casefold(), d.declared_on)))

    # -- building ------------------------------------------------------------------------

    def meeting_pack(
        self,
        meeting_id: str,
        public: bool,
        out: Path | BinaryIO,
        progress: Progress | None = None,
        publish: bool = False,
        now: datetime | None = None,
    ) -> PackResult:
        """The meeting's agenda pack, full or public. With `publish`, the pack is
        recorded as gone out today (after it was written)."""
        meeting = self.find_meeting(meeting_id)
        if progress is not None and progress("Gathering the meeting's records") is False:
            raise PackCancelled()
        publishing = None
        if publish and meeting.published_on is None:
            publishing = created_at(now).date()
        created = self._created(meeting.published_on or publishing, now)
        data = self.meeting_pack_data(meeting.id, published_on=publishing)
        result = build_meeting_pack(data, public, out, created, progress)
        if publishing is not None:
            self.publish(meeting.id, publishing)
        return result

    def meeting_supplement(
        self,
        meeting_id: str,
        public: bool,
        out: Path | BinaryIO,
        number: int | None = None,
        progress: Progress | None = None,
        now: datetime | None = None,
    ) -> SupplementBuilt:
        """Supplement `number`, or (None) the next one from the papers added since
        publication — the latest again when none were added. Dated when its newest paper
        was added (unless SOURCE_DATE_EPOCH or `now` says otherwise)."""
        meeting = self.find_meeting(meeting_id)
        if meeting.published_on is None:
            raise ValidationError(
                "The pack for this meeting has not been published yet, so there is nothing "
                "to supplement; build it with --publish first.",
                "supplement",
            )
        existing = self.supplements(meeting.id)
        adding: list[str] = []
        if number is None:
            adding = [p.id for p in self.pending_papers(meeting.id)]
            if adding:
                number = (existing[-1] if existing else 0) + 1
            elif existing:
                number = existing[-1]
            else:
                raise ValidationError(
                    f"No papers have been added since the pack was published on "
                    f"{uk_date(meeting.published_on)}.",
                    "supplement",
                )
        elif number not in existing:
            raise ValidationError(f"This meeting has no supplement {number}.", "supplement")
        data = self.meeting_pack_data(meeting.id, supplement=number, supplement_papers=adding)
        open_papers = [i for i in data.items if i.paper and not i.paper.confidential]
        if public and not any(i.part == 1 for i in open_papers):
            raise ValidationError(
                f"Supplement {number} holds no paper open to the public.", "supplement"
            )
        created = created_at(now or self._latest_paper(meeting.id, number, adding))
        result = build_meeting_pack(data, public, out, created, progress)
        for paper_id in adding:
            self.meetings.update_paper(paper_id, supplement=number)
        return SupplementBuilt(number, result)

    def _latest_paper(self, meeting_id: str, number: int, adding: Sequence[str]) -> datetime:
        """When the supplement's newest paper was added: its date, so that building the
        same supplement again gives the same bytes."""
        stamps = [
            p.created_at
            for p in self.meetings.papers(meeting_id)
            if p.supplement == number or p.id in adding
        ]
        return datetime.fromisoformat(max(stamps).replace("Z", "+00:00"))

    @staticmethod
    def _created(published_on: date | None, now: datetime | None) -> datetime:
        """SOURCE_DATE_EPOCH if set; else a published pack's publication day; else now."""
        if published_on is not None and now is None and source_date() is None:
            return datetime.combine(published_on, time(), tzinfo=UTC)
        return created_at(now)

    # -- the ICB assurance pack ------------------------------------------------------------

    def assurance_pack(
        self,
        place_id: str | None,
        period: str,
        public: bool,
        out: Path | BinaryIO,
        progress: Progress | None = None,
        now: datetime | None = None,
    ) -> PackResult:
        """The assurance pack for one place (`place_id`) or every place (None), for a
        quarter ("2024/25-Q3") or a financial year ("2024/25"), full or public.

        Figures are as at the period's end, or the pack's day for a period not yet over
        (the creation date: SOURCE_DATE_EPOCH, else `now`, else today). `progress(step)`
        returning False cancels: PackCancelled, and nothing is written."""
        reporting = self.assurance.period(period)  # ValidationError for bad text
        if place_id is not None:
            self.places.get_place(place_id)  # NotFoundError for an unknown place
        created = created_at(now)
        today = created.astimezone(LONDON).date()

        def gathering(number: int, of: int, name: str) -> None:
            step = f"Gathering {name}'s records" + (f" ({number} of {of})" if of > 1 else "")
            if progress is not None and progress(step) is False:
                raise PackCancelled()

        ids = None if place_id is None else [place_id]
        with collector_paused():  # thousands of small records: no cycles, no full collections
            data = self.assurance.pack(reporting, ids, today=today, progress=gathering)
            if public:
                withheld = {p.place_id: self.withheld(p.place_id) for p in data.places}
                data = public_view(data, withheld)
            icb = next((p.icb_name for p in self.places.list_places() if p.icb_name), "")
            return build_assurance_pack(data, icb, public, out, created, progress)

    def withheld(self, place_id: str) -> Withheld:
        """What a public assurance pack leaves out for the place: actions raised at Part II
        items, and criterion evidence whose file is a paper of a Part II item or one
        marked confidential."""
        parts = self._item_parts(place_id)
        actions = frozenset(
            a.reference
            for a in self.meetings.actions(place_id)
            if parts.get(a.agenda_item_id or "", 1) == 2
        )
        with self.db.read() as s:
            closed = (
                select(Attachment.sha256)
                .join(PaperFile, col(PaperFile.attachment_id) == Attachment.id)
                .join(Paper, col(Paper.id) == PaperFile.paper_id)
                .join(AgendaItem, col(AgendaItem.id) == Paper.agenda_item_id)
                .where(
                    col(PaperFile.deleted).is_(False),
                    col(Paper.deleted).is_(False),
                    (col(Paper.confidential).is_(True)) | (AgendaItem.part == 2),
                )
            )
            files = s.exec(
                select(Attachment.filename)
                .join(CriterionEvidence, col(CriterionEvidence.attachment_id) == Attachment.id)
                .where(
                    CriterionEvidence.place_id == place_id,
                    col(CriterionEvidence.deleted).is_(False),
                    col(Attachment.sha256).in_(closed),
                )
            ).all()
        return Withheld(actions, frozenset(files))
