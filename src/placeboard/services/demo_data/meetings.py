"""Each board's meetings: past (held, one cancelled) and planned, with agendas in the seed
004 form, cover sheets in the seed 002 form, attendance, minutes with resolutions,
declarations at items, actions carried forward until closed, and the forward plan."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from placeboard.domain.catalogue import ORGANISATIONS_BY_NAME, STANDING_AGENDA_ITEMS, Place
from placeboard.domain.periods import financial_year, fy_quarter, uk_date, uk_long
from placeboard.domain.vocab import DECLARATION_TYPES

from .agenda import (
    HIGHLIGHT,
    IMPACT_COMMENTS,
    PART_ONE,
    PART_TWO,
    PURPOSES,
    Topic,
    recommendations,
)
from .dates import Schedule, add_months, meeting_dates
from .people import DeclarationSpec, PersonSpec, SeatSpec, current_seats

SCHEDULES: dict[str, Schedule] = {
    "Blackburn with Darwen": Schedule(weekday=1, nth=2, parity=0, start_time="14:00"),
    "Blackpool": Schedule(weekday=3, nth=3, parity=1, start_time="10:00"),
    "Lancashire": Schedule(weekday=2, nth=1, parity=0, start_time="13:30"),
    "South Cumbria": Schedule(weekday=3, nth=2, parity=1, start_time="09:30"),
}

VENUES: dict[str, tuple[tuple[str, str], ...]] = {
    "Blackburn with Darwen": (
        ("Thwaites Room, King George's Hall, Blackburn", "in_person"),
        ("Darwen Library Theatre, Darwen", "hybrid"),
        ("Microsoft Teams", "online"),
    ),
    "Blackpool": (
        ("Layton Library Community Room, Blackpool", "in_person"),
        ("Grange Park Community Centre, Blackpool", "hybrid"),
        ("Microsoft Teams", "online"),
    ),
    "Lancashire": (
        ("Cuerden Room, County Hall, Preston", "hybrid"),
        ("Burnley Community Hub, Burnley", "in_person"),
        ("Microsoft Teams", "online"),
        ("Morecambe Community Centre, Morecambe", "in_person"),
    ),
    "South Cumbria": (
        ("Kendal Town Hall Community Room, Kendal", "in_person"),
        ("Barrow Community Centre, Barrow-in-Furness", "hybrid"),
        ("Microsoft Teams", "online"),
    ),
}

STANDING_KEYS = (
    "welcome",
    "declarations",
    "minutes",
    "action_log",
    "urgent_business",
    "next_meeting",
)
CANCELLED_EVERY = 7  # one past meeting in seven was cancelled
POOR_ATTENDANCE = {"Lancashire": 1}  # a board's inquorate meeting: held meetings from the end

# Forward plan: (topic, summary, lead seat, standing, months ahead).
FORWARD_PLAN: tuple[tuple[str, str, str, bool, int], ...] = (
    ("Priority highlight reports", "Progress on the place's priorities with RAG ratings.",
     "dhci", True, 0),
    ("Making Data Count: place metrics report", "The seven initial metrics as SPC charts.",
     "finance", True, 0),
    ("Risk register review", "Owning and contributing partners' review of the register.",
     "secretary", True, 0),
    ("Winter plan {fy}", "Mobilisation of the partners' winter schemes.", "vice_chair", False, 1),
    ("Stage readiness self-assessment", "Evidence against the Place Integration Deal stages.",
     "dhci", False, 2),
    ("Terms of reference annual review", "Changes for approval by every partner.",
     "secretary", False, 3),
    ("Healthwatch annual report", "What people told Healthwatch this year.",
     "sector:healthwatch", False, 4),
    ("Better Care Fund year-end report {fy}", "Spend and metrics for the year.", "finance",
     False, 5),
    ("JSNA refresh: headline findings", "What the needs assessment means for priorities.",
     "dph", False, 6),
)  # fmt: skip


@dataclass(frozen=True)
class DeclarationAtItem:
    person: PersonSpec
    declaration: DeclarationSpec
    note: str
    withdrew: bool


@dataclass(frozen=True)
class ActionPlan:
    description: str
    owner: PersonSpec
    due_date: date
    status: str
    closed_on: date | None
    updates: tuple[tuple[date, str], ...]  # (meeting date it was given at, note)


@dataclass(frozen=True)
class ItemPlan:
    title: str
    item_for: str
    outcome: str
    lead: str
    part: int = 1
    start_time: str = ""
    topics: str = ""
    standing: str = ""
    paper: dict[str, object] | None = None  # title and cover-sheet fields
    minute: str = ""
    resolutions: tuple[str, ...] = ()
    actions: tuple[ActionPlan, ...] = ()
    declarations: tuple[DeclarationAtItem, ...] = ()


@dataclass(frozen=True)
class AttendancePlan:
    person: PersonSpec
    status: str
    seat: SeatSpec | None  # the membership the person attends under
    deputy_for: SeatSpec | None = None


@dataclass(frozen=True)
class MeetingPlan:
    meeting_date: date
    start_time: str
    venue: str
    format: str
    title: str
    status: str
    standing: tuple[ItemPlan, ...]
    items: tuple[ItemPlan, ...] = ()
    attendance: tuple[AttendancePlan, ...] = ()
    approved_at: date | None = None  # the later meeting that approved the minutes


@dataclass(frozen=True)
class ForwardPlanItem:
    topic: str
    planned_month: str  # period key "2027-01"
    summary: str
    owner: str
    meeting_date: date | None
    standing: bool


@dataclass
class _Context:
    place: Place
    seats: Sequence[SeatSpec]
    register: dict[str, list[DeclarationSpec]]
    priorities: Sequence[str]
    start_time: str
    papers_ready: bool = False  # a planned meeting whose papers are out


def _clock(start: str, minutes: int) -> str:
    h, m = (int(x) for x in start.split(":"))
    total = h * 60 + m + minutes
    return f"{total // 60:02d}:{total % 60:02d}"


def lead_seat(key: str, holders: dict[str, SeatSpec]) -> SeatSpec:
    """The seat a lead key names: a seat key, or the first voting seat of a sector."""
    if key.startswith("sector:"):
        sector = key.removeprefix("sector:")
        for seat in holders.values():
            if seat.voting and ORGANISATIONS_BY_NAME[seat.organisation].sector == sector:
                return seat
        return holders["dhci"]
    return holders.get(key, holders["dhci"])


def _fill(text: str, place: Place, when: date, priority: str) -> str:
    return text.format(
        place=place.name,
        fy=financial_year(when),
        quarter=fy_quarter(add_months(when, -3)),
        priority=priority,
    )


def _paper(
    topic: Topic,
    title: str,
    ctx: _Context,
    when: date,
    lead: SeatSpec,
    author: PersonSpec,
    part: int,
    conflicts: str,
    priority: str,
) -> dict[str, object]:
    answers = {"Y": "yes", "N": "no", "-": "n_a"}
    fields = ("quality", "equality", "privacy", "financial", "risks")
    cover: dict[str, object] = {
        "title": title,
        "presented_by": lead.person.label,
        "author": author.label,
        "purpose": PURPOSES[topic.item_for],
        "executive_summary": _fill(topic.summary, ctx.place, when, priority),
        "recommendations": recommendations(topic.resolutions),
        "governance_history": f"{ctx.place.name} Place Executive Group, "
        f"{uk_date(when - timedelta(days=14))}: reviewed and supported for the Board.",
        "conflicts_of_interest": conflicts,
        "confidential": part == 2,
        "added_on": when - timedelta(days=7),
    }
    for name, letter, comment in zip(fields, topic.impacts, IMPACT_COMMENTS, strict=True):
        cover["risks" if name == "risks" else f"{name}_impact"] = answers[letter]
        cover[f"{name}_comment" if name != "risks" else "risks_comment"] = (
            comment if letter == "Y" else ""
        )
    return cover


def _attendance(
    ctx: _Context, when: date, leads: set[SeatSpec], poor: bool
) -> list[AttendancePlan]:
    """Who came: the chair, the DHCI and the items' leads, and most other members, some
    by deputy. At a poorly attended meeting the chair (the council's member) and everyone
    but the leads sent apologies, so the meeting was not quorate."""
    rng = random.Random(f"attendance|{ctx.place.name}|{when.isoformat()}")
    found = []
    for seat in current_seats(ctx.seats, when).values():
        r = rng.random()
        if poor and seat.role == "chair":
            found.append(AttendancePlan(seat.person, "apologies", seat))
        elif seat in leads or seat.role in ("chair", "dhci", "vice_chair"):
            status = seat.role if seat.role in ("observer", "in_attendance") else "present"
            found.append(AttendancePlan(seat.person, status, seat))
        elif seat.role in ("observer", "in_attendance"):
            status = seat.role if r < 0.85 else "apologies"
            found.append(AttendancePlan(seat.person, status, seat))
        elif r < (0.0 if poor else 0.74):
            found.append(AttendancePlan(seat.person, "present", seat))
        elif r < (0.0 if poor else 0.9) and seat.deputy is not None:
            found.append(AttendancePlan(seat.person, "apologies", seat))
            found.append(AttendancePlan(seat.deputy, "deputy", None, seat))
        else:
            found.append(AttendancePlan(seat.person, "apologies", seat))
    return found


def _declarations(
    ctx: _Context, topics: str, attending: list[PersonSpec]
) -> list[DeclarationAtItem]:
    wanted = {t.strip().casefold() for t in topics.split(",")}
    for person in attending:
        for d in ctx.register.get(person.name, []):
            if d.is_nil or not wanted & {t.strip().casefold() for t in d.topics.split(",")}:
                continue
            withdrew = d.kind in ("financial", "indirect")
            kind = DECLARATION_TYPES[d.kind].lower()
            note = f"Declared a {kind}: {d.description}" + (
                " Left the meeting for this item and took no part in the decision."
                if withdrew
                else " Remained for the item; no conflict requiring withdrawal."
            )
            return [DeclarationAtItem(person, d, note, withdrew)]
    return []


def _actions(
    topic: Topic, text: str, owner: PersonSpec, when: date, after: list[date], n: int
) -> tuple[ActionPlan, ...]:
    """An action's story: closed when two meetings have passed, mixed after one, open."""
    if not topic.action:
        return ()
    due = when + timedelta(days=14 if n == 0 else 28 + 14 * n)
    if len(after) >= 2:
        note = "Completed and reported to the Board; closed."
        return (ActionPlan(text, owner, due, "closed", after[0], ((after[0], note),)),)
    if len(after) == 1:
        status, note = (
            ("done", "Done; reported under the action log and to be closed."),
            ("carried_forward", "Carried forward: awaiting partners' responses."),
            ("open", "In progress; the lead will report at the next meeting."),
        )[n % 3]
        return (ActionPlan(text, owner, due, status, None, ((after[0], note),)),)
    return (ActionPlan(text, owner, due, "open", None, ()),)


def _topics(index: int) -> list[Topic]:
    """A priority's highlight report, two or three other Part I topics and one Part II."""
    picks = [HIGHLIGHT]
    for j in range(2 + index % 2):
        topic = PART_ONE[(index * 3 + j) % len(PART_ONE)]
        if topic not in picks:
            picks.append(topic)
    return [*picks, PART_TWO[index % len(PART_TWO)]]


def _substantive(
    ctx: _Context,
    index: int,
    when: date,
    status: str,
    held_after: list[date],
    attendance: list[AttendancePlan],
) -> list[ItemPlan]:
    start = ctx.start_time
    holders = current_seats(ctx.seats, when)
    priority = ctx.priorities[index % len(ctx.priorities)]
    picks = _topics(index)
    attending = [a.person for a in attendance if a.status in ("present", "deputy")]
    items, clock, declared = [], 10, 0
    for n, topic in enumerate(picks):
        part = 2 if topic in PART_TWO else 1
        lead = lead_seat(topic.lead, holders)
        author = holders["secretary"].person if lead.deputy is None else lead.deputy
        title = _fill(topic.title, ctx.place, when, priority)
        decl = _declarations(ctx, topic.topics, attending) if declared < 2 else []
        declared += len(decl)
        conflicts = (
            "Members with interests in "
            + topic.topics.replace(",", ", ")
            + " are asked to declare them (see the register)."
            if decl
            else "None identified."
        )
        minute = f"{lead.person.label} presented the paper. {topic.discussion}"
        left = [d.person.name for d in decl if d.withdrew]
        minute += "".join(f" {name} left the meeting for this item." for name in left)
        held = status == "held"
        # Papers go out a week before; further ahead only the first two and Part II's.
        with_paper = held or ctx.papers_ready or n < 2 or part == 2
        items.append(
            ItemPlan(
                title=title,
                item_for=topic.item_for,
                outcome=topic.outcome,
                lead=lead.person.label,
                part=part,
                start_time=_clock(start, clock),
                topics=topic.topics,
                paper=_paper(topic, title, ctx, when, lead, author, part, conflicts, priority)
                if with_paper
                else None,
                minute=minute if held else "",
                resolutions=tuple(f"Resolved: That the Board {r}." for r in topic.resolutions)
                if held
                else (),
                actions=_actions(
                    topic,
                    _fill(topic.action, ctx.place, when, priority),
                    lead.person,
                    when,
                    held_after,
                    n,
                )
                if held
                else (),
                declarations=tuple(decl) if held else (),
            )
        )
        clock += 20 if topic.item_for == "decision" else 15
    return items


def _numbers(items: Sequence[ItemPlan]) -> list[int]:
    """Agenda numbers of substantive items: Part I after the opening standing items, Part
    II after the closing ones."""
    opening = len([i for i in STANDING_AGENDA_ITEMS if i.position == "opening"])
    part_one = [i for i in items if i.part == 1]
    numbers, after = [], opening + len(part_one) + len(STANDING_AGENDA_ITEMS) - opening
    for item in items:
        if item.part == 1:
            numbers.append(opening + 1 + part_one.index(item))
        else:
            after += 1
            numbers.append(after)
    return numbers


def _standing(
    when: date,
    previous: date,
    following: tuple[date, str, str] | None,
    attendance: list[AttendancePlan],
    declared: list[tuple[int, str, DeclarationAtItem]],
    held: bool,
    council: str,
) -> tuple[ItemPlan, ...]:
    chair_away = any(a.seat and a.seat.role == "chair" and a.status == "apologies"
                     for a in attendance)  # fmt: skip
    opening = (
        "In the Chair's absence the Vice Chair took the chair. The meeting was not quorate "
        f"(no member from {council} was present): items for decision were taken as "
        "recommendations to the partner organisations. "
        if chair_away
        else "The Chair welcomed everyone to the meeting. "
    )
    apologies = [a.person.name for a in attendance if a.status == "apologies"]
    deputies = [
        f"{a.person.name} attended as deputy for {a.deputy_for.person.name}."
        for a in attendance
        if a.deputy_for is not None
    ]
    welcome = (
        opening
        + (
            f"Apologies were received from {', '.join(apologies)}."
            if apologies
            else "There were no apologies."
        )
        + "".join(f" {d}" for d in deputies)
    )
    declarations = (
        " ".join(
            f"{d.person.name} declared an interest in item {n}, {title}. {d.note}"
            for n, title, d in declared
        )
        or "There were no declarations of interest in relation to items on the agenda."
    )
    if following is None:
        next_text = "The date of the next meeting will be confirmed."
    else:
        nxt, time, venue = following
        next_text = f"The next meeting will be held on {uk_long(nxt)} at {time}, {venue}."
    minutes = {
        "welcome": (welcome, ()),
        "declarations": (declarations, ()),
        "minutes": (
            f"The minutes of the meeting held on {uk_date(previous)} were agreed as a correct "
            "record.",
            (f"Resolved: That the Board approved the minutes of the meeting held on "
             f"{uk_date(previous)} as a correct record.",),
        ),
        "action_log": (
            "The Board reviewed the action log: actions completed since the last meeting were "
            "closed and the rest carried forward with new dates.",
            ("Resolved: That the Board noted the action log and the forward plan.",),
        ),
        "urgent_business": ("There was no urgent business.", ()),
        "next_meeting": (next_text, ()),
    }  # fmt: skip
    items = []
    for key, s in zip(STANDING_KEYS, STANDING_AGENDA_ITEMS, strict=True):
        title = f"{s.title} held on {uk_date(previous)}" if key == "minutes" else s.title
        text, resolved = minutes[key]
        items.append(
            ItemPlan(
                title,
                s.item_for,
                s.intended_outcome,
                s.lead,
                standing=key,
                minute=text if held else "",
                resolutions=resolved if held else (),
            )
        )
    return tuple(items)


def meeting_plans(
    place: Place,
    board_name: str,
    seats: Sequence[SeatSpec],
    register: Sequence[DeclarationSpec],
    priorities: Sequence[str],
    today: date,
    scale: int,
) -> list[MeetingPlan]:
    """Past meetings (held, one in seven cancelled) and planned ones, oldest first."""
    by_person: dict[str, list[DeclarationSpec]] = {}
    for d in register:
        by_person.setdefault(d.person, []).append(d)
    schedule = SCHEDULES[place.name]
    ctx = _Context(place, seats, by_person, priorities, schedule.start_time)
    past, future = meeting_dates(schedule, today, 7 * scale, 2 * scale, 2 if scale == 1 else 1)
    statuses = ["cancelled" if i % CANCELLED_EVERY == 3 else "held" for i in range(len(past))]
    statuses += ["planned"] * len(future)
    dates = past + future
    held = [d for d, s in zip(dates, statuses, strict=True) if s == "held"]
    poor = held[-1 - POOR_ATTENDANCE[place.name]] if place.name in POOR_ATTENDANCE else None
    venues = VENUES[place.name]
    plans = []
    for i, (when, status) in enumerate(zip(dates, statuses, strict=True)):
        venue, fmt = venues[i % len(venues)]
        later = [d for d in held if d > when]
        earlier = [d for d in held if d < when]
        previous = earlier[-1] if earlier else add_months(when, -2)
        following = None
        if i + 1 < len(dates):
            nv, _ = venues[(i + 1) % len(venues)]
            following = (dates[i + 1], schedule.start_time, nv)
        holders = current_seats(seats, when)
        leads = {lead_seat(t.lead, holders) for t in _topics(i)}
        attendance = _attendance(ctx, when, leads, when == poor) if status == "held" else []
        ctx.papers_ready = status == "planned" and when == future[0]
        items = _substantive(ctx, i, when, status, later, attendance)
        declared = [
            (number, item.title, d)
            for number, item in zip(_numbers(items), items, strict=True)
            for d in item.declarations
        ]
        plans.append(
            MeetingPlan(
                meeting_date=when,
                start_time=schedule.start_time,
                venue=venue,
                format=fmt,
                title=board_name,
                status=status,
                standing=_standing(
                    when,
                    previous,
                    following,
                    attendance,
                    declared,
                    status == "held",
                    place.council,
                ),
                items=tuple(items),
                attendance=tuple(attendance),
                approved_at=later[0] if status == "held" and later else None,
            )
        )
    return plans


def forward_plan(
    place: Place, seats: Sequence[SeatSpec], planned: Sequence[date], today: date
) -> list[ForwardPlanItem]:
    holders = current_seats(seats, today)
    first = planned[0] if planned else add_months(today, 1)
    items = []
    for topic, summary, lead, standing, ahead in FORWARD_PLAN:
        month = add_months(first, ahead) if not standing else first
        meeting = next((d for d in planned if (d.year, d.month) == (month.year, month.month)), None)
        items.append(
            ForwardPlanItem(
                topic=topic.format(fy=financial_year(month)),
                planned_month=f"{month.year:04d}-{month.month:02d}",
                summary=summary,
                owner=lead_seat(lead, holders).person.label,
                meeting_date=meeting,
                standing=standing,
            )
        )
    return items
