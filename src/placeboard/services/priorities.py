"""Priority tracker: priorities, milestones, dated RAG updates, linked metrics, glossary."""

from __future__ import annotations

from datetime import date

from sqlmodel import col

from placeboard.domain.errors import ValidationError
from placeboard.domain.keys import natural_id
from placeboard.domain.vocab import RAG
from placeboard.store.tables import (
    GlossaryTerm,
    Metric,
    Milestone,
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

    def complete_milestone(self, milestone_id: str, done_on: date) -> Milestone:
        with self.db.write() as s:
            row = get_live(s, Milestone, milestone_id, "milestone")
            apply_changes(row, {"done_on": done_on}, ("done_on",))
            return row

    def list_milestones(self, priority_id: str) -> list[Milestone]:
        with self.db.read() as s:
            return live(
                s,
                Milestone,
                Milestone.priority_id == priority_id,
                order_by=[col(Milestone.due_date)],
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
                    commentary=commentary,
                    author=author,
                ),
            )

    def list_updates(self, priority_id: str) -> list[PriorityUpdate]:
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
            updates = live(
                s,
                PriorityUpdate,
                owned_by(PriorityUpdate, place_id),
                order_by=[col(PriorityUpdate.update_date), col(PriorityUpdate.created_at)],
            )
        latest = {u.priority_id: u.rag for u in updates}
        return {p.id: latest.get(p.id, "grey") for p in priorities}

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

    def set_glossary_term(self, place_id: str, term: str, meaning: str) -> GlossaryTerm:
        """Add or change a board's abbreviation (one row per term)."""
        term = require_text(term, "term", "The term")
        meaning = require_text(meaning, "meaning", "The meaning")
        term_id = natural_id("glossary", place_id, term)
        with self.db.write() as s:
            return put(
                s, GlossaryTerm, term_id, {"place_id": place_id, "term": term}, {"meaning": meaning}
            )

    def glossary(self, place_id: str) -> list[GlossaryTerm]:
        with self.db.read() as s:
            return live(s, GlossaryTerm, place_id=place_id, order_by=[col(GlossaryTerm.term)])
