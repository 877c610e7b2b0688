"""Priority tracker: priorities, milestones, dated RAG updates, linked metrics, glossary."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import col

from placeboard.domain import rag as rules
from placeboard.domain.catalogue import GLOSSARY, GLOSSARY_TERMS
from placeboard.domain.errors import ValidationError
from placeboard.domain.keys import natural_id
from placeboard.domain.vocab import RAG
from placeboard.store.tables import (
    GlossaryTerm,
    Metric,
    Milestone,
    Organisation,
    Priority,
    PriorityMetric,
    PriorityUpdate,
)

from .base import (
    Service,
    apply_changes,
    get_live,
    insert,
    live,
    next_number,
    owned_by,
    put,
    require_choice,
    require_order,
    require_text,
)

PRIORITY_FIELDS = (
    "code",
    "title",
    "theme",
    "phase",
    "description",
    "lead_organisation_id",
    "owner",
    "start_date",
    "due_date",
    "position",
)
MILESTONE_FIELDS = ("title", "due_date", "done_on")
UPDATE_FIELDS = ("update_date", "rag", "commentary", "author")

# The abbreviations and terms the seed papers use, offered to every board.
STANDARD_TERMS: dict[str, str] = {**GLOSSARY, **GLOSSARY_TERMS}


@dataclass(frozen=True)
class PriorityRow:
    """One line of the priority tracker, with its derived RAG and flags."""

    priority: Priority
    lead: str  # the lead organisation's name ("" when none)
    rag: str  # current RAG key
    last_update: date | None
    overdue: bool
    stale: bool
    milestones_overdue: int
    metrics: tuple[str, ...]  # names of the linked metrics

    @property
    def id(self) -> str:
        return self.priority.id

    @property
    def code(self) -> str:
        return self.priority.code

    @property
    def title(self) -> str:
        return self.priority.title

    @property
    def theme(self) -> str:
        return self.priority.theme

    @property
    def phase(self) -> int:
        return self.priority.phase

    @property
    def owner(self) -> str:
        return self.priority.owner

    @property
    def start(self) -> date | None:
        return self.priority.start_date

    @property
    def due(self) -> date | None:
        return self.priority.due_date


@dataclass(frozen=True)
class PriorityFilter:
    """What the tracker shows; None or False means no narrowing."""

    phase: int | None = None
    rag: str | None = None
    lead_organisation_id: str | None = None
    overdue_only: bool = False

    def accepts(self, row: PriorityRow) -> bool:
        p = row.priority
        return (
            (self.phase is None or p.phase == self.phase)
            and (self.rag is None or row.rag == self.rag)
            and (
                self.lead_organisation_id is None
                or p.lead_organisation_id == self.lead_organisation_id
            )
            and (not self.overdue_only or row.overdue or row.milestones_overdue > 0)
        )


class PriorityService(Service):
    REMOVABLE = {
        "priority": (Priority, "priority"),
        "milestone": (Milestone, "milestone"),
        "priority_update": (PriorityUpdate, "update"),
        "priority_metric": (PriorityMetric, "metric link"),
        "glossary_term": (GlossaryTerm, "glossary term"),
    }

    def add_priority(
        self,
        place_id: str | None,
        title: str,
        phase: int = 1,
        theme: str = "",
        lead_organisation_id: str | None = None,
        owner: str = "",
        start_date: date | None = None,
        due_date: date | None = None,
        description: str = "",
        code: str = "",
    ) -> Priority:
        """A place's priority, or a system-level one when `place_id` is None."""
        row = Priority(
            place_id=place_id,
            title=require_text(title, "title", "The title"),
            phase=phase,
            theme=theme,
            lead_organisation_id=lead_organisation_id,
            owner=owner,
            start_date=start_date,
            due_date=due_date,
            description=description,
            code=code,
        )
        self._validate(row)
        with self.db.write() as s:
            row.position = next_number(s, Priority, owned_by(Priority, place_id))
            return insert(s, row)

    def update_priority(self, priority_id: str, **changes: object) -> Priority:
        with self.db.write() as s:
            row = get_live(s, Priority, priority_id, "priority")
            apply_changes(row, changes, PRIORITY_FIELDS)
            self._validate(row)
            return row

    @staticmethod
    def _validate(row: Priority) -> None:
        if row.phase not in (1, 2, 3):
            raise ValidationError(f"The phase must be 1, 2 or 3 (not {row.phase}).", "phase")
        require_order(row.start_date, row.due_date, "due_date", "a priority")

    def list_priorities(self, place_id: str | None) -> list[Priority]:
        """A place's priorities, or the system-level ones for None."""
        with self.db.read() as s:
            where = Priority.place_id == place_id if place_id else col(Priority.place_id).is_(None)
            return live(s, Priority, where, order_by=[col(Priority.phase), col(Priority.position)])

    def add_milestone(
        self,
        priority_id: str,
        title: str,
        due_date: date | None = None,
        done_on: date | None = None,
    ) -> Milestone:
        with self.db.write() as s:
            p = get_live(s, Priority, priority_id, "priority")
            return insert(
                s,
                Milestone(
                    place_id=p.place_id,
                    priority_id=p.id,
                    due_date=due_date,
                    done_on=done_on,
                    title=require_text(title, "title", "The milestone"),
                ),
            )

    def complete_milestone(self, milestone_id: str, done_on: date | None) -> Milestone:
        """Mark a milestone done on a day, or not done (None)."""
        return self.update_milestone(milestone_id, done_on=done_on)

    def update_milestone(self, milestone_id: str, **changes: object) -> Milestone:
        if "title" in changes:
            changes["title"] = require_text(str(changes["title"]), "title", "The milestone")
        with self.db.write() as s:
            row = get_live(s, Milestone, milestone_id, "milestone")
            apply_changes(row, changes, MILESTONE_FIELDS)
            return row

    def list_milestones(self, priority_id: str) -> list[Milestone]:
        with self.db.read() as s:
            return live(
                s,
                Milestone,
                Milestone.priority_id == priority_id,
                order_by=[col(Milestone.due_date), col(Milestone.created_at)],
            )

    def add_update(
        self, priority_id: str, update_date: date, rag: str, commentary: str = "", author: str = ""
    ) -> PriorityUpdate:
        """A dated update; the latest update's RAG is the priority's current RAG."""
        require_choice(rag, RAG, "rag", "The RAG rating")
        with self.db.write() as s:
            p = get_live(s, Priority, priority_id, "priority")
            return insert(
                s,
                PriorityUpdate(
                    place_id=p.place_id,
                    priority_id=p.id,
                    update_date=update_date,
                    rag=rag,
                    commentary=commentary.strip(),
                    author=author.strip(),
                ),
            )

    def update_update(self, update_id: str, **changes: object) -> PriorityUpdate:
        """Change an update's date, RAG, commentary or author."""
        if "rag" in changes:
            require_choice(str(changes["rag"]), RAG, "rag", "The RAG rating")
        with self.db.write() as s:
            row = get_live(s, PriorityUpdate, update_id, "update")
            apply_changes(row, changes, UPDATE_FIELDS)
            return row

    def list_updates(self, priority_id: str) -> list[PriorityUpdate]:
        """Oldest first (the last is the current RAG)."""
        with self.db.read() as s:
            return live(
                s,
                PriorityUpdate,
                PriorityUpdate.priority_id == priority_id,
                order_by=[col(PriorityUpdate.update_date), col(PriorityUpdate.created_at)],
            )

    def current_rag(self, place_id: str | None) -> dict[str, str]:
        """Priority id -> RAG of its latest update ('grey' when there is none)."""
        with self.db.read() as s:
            priorities = live(s, Priority, owned_by(Priority, place_id))
            updates = live(s, PriorityUpdate, owned_by(PriorityUpdate, place_id))
        by_priority: dict[str, list[PriorityUpdate]] = defaultdict(list)
        for u in updates:
            by_priority[u.priority_id].append(u)
        return {p.id: rules.current_rag(by_priority[p.id]) for p in priorities}

    # -- the tracker's read model --------------------------------------------------------

    def priority_rows(
        self,
        place_id: str | None,
        today: date | None = None,
        where: PriorityFilter | None = None,
    ) -> list[PriorityRow]:
        """A place's priorities with current RAG and flags, in phase order, filtered."""
        today = today or date.today()
        where = where or PriorityFilter()
        with self.db.read() as s:
            priorities = live(
                s,
                Priority,
                owned_by(Priority, place_id),
                order_by=[col(Priority.phase), col(Priority.position)],
            )
            updates = _grouped(live(s, PriorityUpdate, owned_by(PriorityUpdate, place_id)))
            milestones = _grouped(live(s, Milestone, owned_by(Milestone, place_id)))
            links = _grouped(live(s, PriorityMetric, owned_by(PriorityMetric, place_id)))
            metric_names = {m.id: m.name for m in live(s, Metric)}
            org_names = {o.id: o.name for o in live(s, Organisation)}
        rows = [
            self._row(
                p, updates[p.id], milestones[p.id], links[p.id], metric_names, org_names, today
            )
            for p in priorities
        ]
        return [r for r in rows if where.accepts(r)]

    @staticmethod
    def _row(
        p: Priority,
        updates: list[PriorityUpdate],
        milestones: list[Milestone],
        links: list[PriorityMetric],
        metric_names: dict[str, str],
        org_names: dict[str, str],
        today: date,
    ) -> PriorityRow:
        latest = rules.latest_update(updates)
        rag = latest.rag if latest else rules.NOT_STARTED
        last = latest.update_date if latest else None
        names = sorted(metric_names[k.metric_id] for k in links if k.metric_id in metric_names)
        return PriorityRow(
            priority=p,
            lead=org_names.get(p.lead_organisation_id or "", ""),
            rag=rag,
            last_update=last,
            overdue=rules.priority_overdue(p.due_date, rag, today),
            stale=rules.is_stale(last, p.start_date, rag, today),
            milestones_overdue=sum(
                rules.milestone_overdue(m.due_date, m.done_on, today) for m in milestones
            ),
            metrics=tuple(names),
        )

    def get_priority(self, priority_id: str) -> Priority:
        with self.db.read() as s:
            return get_live(s, Priority, priority_id, "priority")

    def leads(self, place_id: str | None) -> list[Organisation]:
        """The organisations leading at least one of the place's priorities, by name."""
        with self.db.read() as s:
            ids = {p.lead_organisation_id for p in live(s, Priority, owned_by(Priority, place_id))}
            orgs = live(s, Organisation, col(Organisation.id).in_(ids - {None}))
        return sorted(orgs, key=lambda o: o.name.casefold())

    # -- linked metrics -----------------------------------------------------------------

    def link_metric(self, priority_id: str, metric_id: str) -> PriorityMetric:
        link_id = natural_id("priority_metric", priority_id, metric_id)
        with self.db.write() as s:
            p = get_live(s, Priority, priority_id, "priority")
            get_live(s, Metric, metric_id, "metric")
            return put(
                s,
                PriorityMetric,
                link_id,
                {"place_id": p.place_id, "priority_id": p.id, "metric_id": metric_id},
            )

    def unlink_metric(self, priority_id: str, metric_id: str) -> None:
        self.remove("priority_metric", natural_id("priority_metric", priority_id, metric_id))

    def linked_metrics(self, priority_id: str) -> list[Metric]:
        with self.db.read() as s:
            links = live(s, PriorityMetric, PriorityMetric.priority_id == priority_id)
            ids = [k.metric_id for k in links]
            metrics = live(s, Metric, col(Metric.id).in_(ids))
        return sorted(metrics, key=lambda m: m.name.casefold())

    # -- glossary -----------------------------------------------------------------------

    def set_glossary_term(self, place_id: str, term: str, meaning: str) -> GlossaryTerm:
        """Add or change a board's abbreviation (one row per term)."""
        term = require_text(term, "term", "The term")
        meaning = require_text(meaning, "meaning", "The meaning")
        term_id = natural_id("glossary", place_id, term)
        with self.db.write() as s:
            return put(
                s, GlossaryTerm, term_id, {"place_id": place_id, "term": term}, {"meaning": meaning}
            )

    def add_glossary_term(self, place_id: str, term: str, meaning: str) -> GlossaryTerm:
        """A new term; one the glossary already has is refused (edit that one instead)."""
        wanted = " ".join((term or "").split())
        for have in self.glossary(place_id):
            if have.term.casefold() == wanted.casefold():
                raise ValidationError(
                    f"The glossary already has {have.term}; edit that entry instead.", "term"
                )
        return self.set_glossary_term(place_id, wanted, meaning)

    def update_glossary_meaning(self, term_id: str, meaning: str) -> GlossaryTerm:
        meaning = require_text(meaning, "meaning", "The meaning")
        with self.db.write() as s:
            row = get_live(s, GlossaryTerm, term_id, "glossary term")
            apply_changes(row, {"meaning": meaning}, ("meaning",))
            return row

    def glossary(self, place_id: str) -> list[GlossaryTerm]:
        with self.db.read() as s:
            rows = live(s, GlossaryTerm, place_id=place_id)
        return sorted(rows, key=lambda t: t.term.casefold())

    def missing_standard_terms(self, place_id: str) -> list[str]:
        have = {t.term.casefold() for t in self.glossary(place_id)}
        return sorted((t for t in STANDARD_TERMS if t.casefold() not in have), key=str.casefold)

    def seed_glossary(self, place_id: str) -> list[GlossaryTerm]:
        """Add the papers' standard terms the board's glossary lacks; its own are kept."""
        missing = self.missing_standard_terms(place_id)
        with self.db.write() as s:
            return [
                put(
                    s,
                    GlossaryTerm,
                    natural_id("glossary", place_id, term),
                    {"place_id": place_id, "term": term},
                    {"meaning": STANDARD_TERMS[term]},
                )
                for term in missing
            ]


def _grouped(rows: list[Any]) -> defaultdict[str, list[Any]]:
    """Rows by the priority they belong to."""
    found: defaultdict[str, list[Any]] = defaultdict(list)
    for row in rows:
        found[row.priority_id].append(row)
    return found
