"""The demo boards, loaded through the services from the seed papers' content.

Every row goes through a service call, so it is validated and appears in the change
log. The content comes from the pure builders in `demo_data`; this module turns it into
calls, one small step at a time, reporting progress and checking for cancellation
between steps. A backup taken first is restored if the load is cancelled or fails, so
either everything is loaded or nothing is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from placeboard.domain.catalogue import (
    ICB,
    ORGANISATIONS,
    ORGANISATIONS_BY_NAME,
    PLACE_PARTNERS,
    PLACES,
    STAGES,
    Place,
)
from placeboard.domain.errors import PlaceBoardError
from placeboard.domain.periods import uk_date

from .demo_data import SCALES, governance, meetings, metrics, people, places, priorities, risks
from .demo_data.dates import add_months
from .demo_data.meetings import ActionPlan, MeetingPlan
from .demo_data.people import DeclarationSpec, SeatSpec
from .metrics import ValueInput

if TYPE_CHECKING:
    from . import Services

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Step = tuple[str, Callable[[], None]]

MEMBERS_PER_STEP = 40
CANCELLED_MESSAGE = "Loading the demo boards was cancelled; nothing was loaded."


class _Cancel(Exception):
    """Raised between steps when the caller asks to stop."""


@dataclass
class _Board:
    """One place while it is being loaded: the plans and the ids made so far."""

    place: Place
    index: int
    partners: list[str]
    seats: list[SeatSpec]
    register: list[DeclarationSpec]
    plans: list[MeetingPlan]
    place_id: str = ""
    people: dict[str, str] = field(default_factory=dict)  # name -> person id
    memberships: dict[SeatSpec, str] = field(default_factory=dict)
    declarations: dict[tuple[str, str], str] = field(default_factory=dict)
    meetings: dict[date, str] = field(default_factory=dict)
    pending: list[tuple[str, ActionPlan]] = field(default_factory=list)

    def holder(self, on: date) -> dict[str, SeatSpec]:
        return people.current_seats(self.seats, on)


class _Loader:
    def __init__(self, services: Services, scale: int, today: date) -> None:
        self.s = services
        self.scale = scale
        self.today = today
        self.orgs: dict[str, str] = {}
        self.metric_ids: dict[str, str] = {}
        self.stage_ids: dict[str, str] = {}
        self.boards = [self._plan(i, p) for i, p in enumerate(PLACES)]

    # Planning (pure data) ------------------------------------------------------------
    def _plan(self, index: int, place: Place) -> _Board:
        partners = list(PLACE_PARTNERS[place.name])
        seats = people.board_seats(place, index, partners, self.today, self.scale)
        register = people.declarations(seats, place, partners, self.today)
        titles = [p.title for p in priorities.place_priorities(place.name, self.today)]
        plans = meetings.meeting_plans(
            place, place.board_name, seats, register, titles, self.today, self.scale
        )
        return _Board(place, index, partners, seats, register, plans)

    def steps(self) -> list[Step]:
        steps: list[Step] = [
            ("Partner organisations", self.organisations),
            ("Stages of the Place Integration Deal", self.stages),
            ("Metric definitions", self.metric_definitions),
            ("Partnership priorities (system level)", self.system_priorities),
        ]
        for b in self.boards:
            name = b.place.name
            steps.append((f"{name}: place, board and partners", lambda b=b: self.place(b)))
            for start in range(0, len(b.seats), MEMBERS_PER_STEP):
                chunk = b.seats[start : start + MEMBERS_PER_STEP]
                steps.append(
                    (f"{name}: members and deputies", lambda b=b, c=chunk: self.seats(b, c))
                )
            steps += [
                (f"{name}: declarations of interest", lambda b=b: self.register(b)),
                (f"{name}: terms of reference", lambda b=b: self.terms(b)),
                (f"{name}: stage checklist", lambda b=b: self.checklist(b)),
                (f"{name}: priorities and glossary", lambda b=b: self.priorities(b)),
                (f"{name}: metric values", lambda b=b: self.values(b)),
            ]
            for plan in b.plans:
                label = f"{name}: meeting of {uk_date(plan.meeting_date)}"
                steps.append((label, lambda b=b, p=plan: self.meeting(b, p)))
            steps += [
                (f"{name}: forward plan", lambda b=b: self.forward_plan(b)),
                (f"{name}: risk register", lambda b=b: self.risks(b)),
            ]
        return steps

    # Reference data ------------------------------------------------------------------
    def organisations(self) -> None:
        existing = {o.name: o.id for o in self.s.organisations.list_organisations()}
        for org in ORGANISATIONS:
            self.orgs[org.name] = existing.get(org.name) or (
                self.s.organisations.create_organisation(org.name, org.sector, org.short_name).id
            )

    def stages(self) -> None:
        for st in STAGES:
            row = self.s.stages.ensure_stage(st.key, st.name, st.order, st.description)
            self.stage_ids[st.key] = row.id

    def metric_definitions(self) -> None:
        existing = {m.name: m.id for m in self.s.metrics.list_metrics()}
        for m in metrics.metric_defs(self.scale):
            self.metric_ids[m.key] = (
                existing.get(m.name)
                or self.s.metrics.define_metric(
                    m.name,
                    m.unit,
                    m.polarity,
                    m.target,
                    m.frequency,
                    m.source,
                    m.description,
                    m.key,
                ).id
            )

    def system_priorities(self) -> None:
        for plan in priorities.partnership_priorities(self.today):
            self._priority(None, plan, self.orgs[ICB.name], "")

    # A board ---------------------------------------------------------------------------
    def place(self, b: _Board) -> None:
        p = b.place
        row = self.s.places.create_place(p.name, p.kind, p.population, ICB.name, p.board_name)
        b.place_id = row.id
        parents: dict[str, str] = {}
        for name, kind, parent in places.localities(p):
            loc = self.s.places.add_locality(row.id, name, kind, parents.get(parent or ""))
            parents[name] = loc.id
        joined = add_months(self.today, -34)
        for org in b.partners:
            self.s.organisations.add_partner(row.id, self.orgs[org], joined)

    def _person(self, b: _Board, person: people.PersonSpec) -> str:
        if person.name not in b.people:
            row = self.s.membership.add_person(
                b.place_id, person.name, person.title, person.job_title, person.email
            )
            b.people[person.name] = row.id
        return b.people[person.name]

    def seats(self, b: _Board, chunk: Sequence[SeatSpec]) -> None:
        for seat in chunk:
            membership = self.s.membership.add_membership(
                b.place_id,
                self._person(b, seat.person),
                self.orgs[seat.organisation],
                seat.role,
                seat.voting,
                seat.start,
                seat.end,
                seat.notes,
            )
            b.memberships[seat] = membership.id
            if seat.deputy is not None:
                deputy = self._person(b, seat.deputy)
                self.s.membership.add_deputy(membership.id, deputy, seat.start)

    def register(self, b: _Board) -> None:
        for d in b.register:
            row = self.s.membership.declare(
                b.place_id,
                b.people[d.person],
                d.kind,
                d.description,
                d.declared_on,
                d.reviewed_on,
                d.is_nil,
                d.private,
                d.topics,
            )
            b.declarations[d.person, d.description] = row.id

    def terms(self, b: _Board) -> None:
        voting = sum(1 for s in b.holder(self.today).values() if s.voting)
        versions = governance.tor_versions(b.place, b.partners, voting, self.today)
        terms = self.s.terms
        for plan in versions:
            v = terms.create_version(
                b.place_id,
                plan.label,
                plan.quorum_members,
                plan.quorum_rule,
                plan.requires_sectors,
                plan.review_date,
            )
            for kind, heading, body in plan.sections:
                terms.add_section(v.id, kind, heading, body)
            terms.send_for_approval(v.id)
            terms.update_version(v.id, effective_from=plan.effective_from)
            # The last approval agrees the version and supersedes the one before.
            for org, on, body, minute in plan.approvals:
                terms.record_approval(v.id, self.orgs[org], body, on, minute)

    def checklist(self, b: _Board) -> None:
        holders = b.holder(self.today)
        stages = self.s.stages
        for plan in governance.criteria(b.place, self.today):
            c = stages.add_criterion(
                b.place_id,
                self.stage_ids[plan.stage_key],
                plan.text,
                plan.auto_check,
                holders[plan.owner_key].person.label,
                plan.due_date,
            )
            if plan.status != "not_started":
                stages.update_criterion(c.id, status=plan.status, na_reason=plan.na_reason)
            for text, url, added in plan.evidence:
                stages.add_evidence(c.id, text, url, added_on=added)
        chair = holders["chair"].person.label
        for key, months, rationale in governance.DECISIONS[b.place.name]:
            on = add_months(self.today, -months)
            stages.record_decision(b.place_id, self.stage_ids[key], on, rationale, chair)

    def _lead(self, b: _Board, leads: Sequence[str]) -> str:
        for lead in leads:
            for org in b.partners:
                sector = ORGANISATIONS_BY_NAME[org].sector
                council = lead in priorities.COUNCIL and sector in priorities.COUNCIL
                if lead in (org, sector) or council:
                    return org
        return ICB.name

    def _priority(
        self, place_id: str | None, plan: priorities.PriorityPlan, org_id: str, owner: str
    ) -> None:
        svc = self.s.priorities
        p = svc.add_priority(
            place_id,
            plan.title,
            plan.phase,
            plan.theme,
            org_id,
            owner,
            plan.start,
            plan.due,
            plan.description,
            plan.code,
        )
        for m in plan.milestones:
            svc.add_milestone(p.id, m.title, m.due_date, m.done_on)
        for u in plan.updates:
            svc.add_update(p.id, u.update_date, u.rag, u.commentary, owner)
        for key in plan.metric_keys:
            svc.link_metric(p.id, self.metric_ids[key])

    def priorities(self, b: _Board) -> None:
        by_org = {s.organisation: s.person for s in b.holder(self.today).values() if s.voting}
        for plan in priorities.place_priorities(b.place.name, self.today):
            org = self._lead(b, plan.leads)
            owner = by_org.get(org) or b.holder(self.today)["dhci"].person
            self._priority(b.place_id, plan, self.orgs[org], owner.label)
        for term, meaning in places.glossary():
            self.s.priorities.set_glossary_term(b.place_id, term, meaning)

    def values(self, b: _Board) -> None:
        svc = self.s.metrics
        values, extras = [], []
        for m in metrics.metric_defs(self.scale):
            series = metrics.series(b.place.name, m)
            metric_id = self.metric_ids[m.key]
            values += [ValueInput(b.place_id, metric_id, k, v) for k, v in series.values]
            extras.append((metric_id, series))
        svc.set_values(values)
        for metric_id, series in extras:
            for period, reason in series.rebases:
                svc.add_rebase(b.place_id, metric_id, period, reason)
            for period, text in series.annotations:
                svc.annotate(b.place_id, metric_id, period, text)

    # Meetings --------------------------------------------------------------------------
    def meeting(self, b: _Board, plan: MeetingPlan) -> None:
        svc = self.s.meetings
        m = svc.create_meeting(
            b.place_id,
            plan.meeting_date,
            plan.start_time,
            plan.venue,
            plan.format,
            plan.title,
            plan.status,
            [(i.title, i.item_for, i.outcome, i.lead, i.standing) for i in plan.standing],
        )
        b.meetings[plan.meeting_date] = m.id
        item_ids = {i.standing: i.id for i in svc.agenda(m.id)}
        added = []
        for item in plan.items:
            row = svc.add_item(
                m.id,
                item.title,
                item.item_for,
                item.outcome,
                item.lead,
                item.part,
                item.start_time,
                topics=item.topics,
            )
            if item.paper is not None:
                svc.add_paper(row.id, **item.paper)  # type: ignore[arg-type]
            added.append((row.id, item))
        if plan.status != "held":
            return
        self._attendance(b, m.id, plan)
        standing = [(item_ids[i.standing], i) for i in plan.standing]
        for item_id, item in standing + added:
            self._minute(b, m.id, item_id, item)
        self._action_updates(b, m.id, plan.meeting_date)
        for earlier in b.plans:
            if earlier.approved_at == plan.meeting_date:
                svc.approve_minutes(b.meetings[earlier.meeting_date], m.id)

    def _attendance(self, b: _Board, meeting_id: str, plan: MeetingPlan) -> None:
        for a in plan.attendance:
            self.s.meetings.record_attendance(
                meeting_id,
                b.people[a.person.name],
                a.status,
                membership_id=b.memberships[a.seat] if a.seat else None,
                deputy_for_id=b.memberships[a.deputy_for] if a.deputy_for else None,
            )

    def _minute(self, b: _Board, meeting_id: str, item_id: str, item: meetings.ItemPlan) -> None:
        svc = self.s.meetings
        for d in item.declarations:
            svc.record_declaration(
                item_id,
                b.people[d.person.name],
                d.note,
                d.withdrew,
                b.declarations[d.declaration.person, d.declaration.description],
            )
        if item.minute:
            minute = svc.write_minute(item_id, item.minute)
            for text in item.resolutions:
                svc.add_resolution(minute.id, text)
        for action in item.actions:
            row = svc.raise_action(
                meeting_id,
                action.description,
                action.owner.label,
                action.due_date,
                item_id,
                b.people.get(action.owner.name),
            )
            if action.updates:
                b.pending.append((row.id, action))

    def _action_updates(self, b: _Board, meeting_id: str, on: date) -> None:
        """Updates given at this meeting on actions raised at earlier ones."""
        for action_id, action in list(b.pending):
            notes = [note for when, note in action.updates if when == on]
            for note in notes:
                self.s.meetings.add_action_update(action_id, on, note, meeting_id)
            if notes:
                self.s.meetings.update_action(
                    action_id, status=action.status, closed_on=action.closed_on
                )
                b.pending.remove((action_id, action))

    def forward_plan(self, b: _Board) -> None:
        planned = [p.meeting_date for p in b.plans if p.status == "planned"]
        for entry in meetings.forward_plan(b.place, b.seats, planned, self.today):
            self.s.meetings.plan(
                b.place_id,
                entry.topic,
                entry.planned_month,
                entry.summary,
                entry.owner,
                b.meetings.get(entry.meeting_date) if entry.meeting_date else None,
                entry.standing,
            )

    def risks(self, b: _Board) -> None:
        svc = self.s.risks
        for plan in risks.risk_plans(b.place, b.partners, b.seats, self.today, self.scale):
            risk = svc.add_risk(
                b.place_id,
                plan.title,
                description=plan.description,
                owning_organisation_id=self.orgs[plan.owner_organisation],
                owner=plan.owner,
                initial_likelihood=plan.initial[0],
                initial_consequence=plan.initial[1],
                current_likelihood=plan.current[0],
                current_consequence=plan.current[1],
                target_likelihood=plan.target[0],
                target_consequence=plan.target[1],
                controls=plan.controls,
                status=plan.status,
                opened_on=plan.opened_on,
                review_date=plan.review_date,
                last_reviewed_on=plan.last_reviewed_on,
                closed_on=plan.closed_on,
            )
            for org in plan.contributors:
                svc.add_contributor(risk.id, self.orgs[org])
            for action, owner, due in plan.mitigations:
                svc.add_mitigation(risk.id, action, owner, due)


class DemoService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def load(
        self,
        scale: str = "normal",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        today: date | None = None,
    ) -> None:
        """Load the four demo boards into an empty database: all of them, or nothing.

        `progress(done, total, message)` is called before each step and once at the end;
        `cancelled()` is asked before each step. Dates are set around `today` (the metric
        series are fixed), so passing `today` makes the whole dataset repeatable.
        """
        if scale not in SCALES:
            raise PlaceBoardError(
                f"The demo scale must be one of: {', '.join(SCALES)} (not '{scale}')."
            )
        existing = self.services.places.list_places()
        if existing:
            names = ", ".join(p.name for p in existing)
            raise PlaceBoardError(
                "The demo boards can only be loaded into an empty database; this one already "
                f"has places ({names}). Choose a new data folder (for example with --data-dir) "
                "and load the demo there."
            )
        steps = _Loader(self.services, SCALES[scale], today or date.today()).steps()
        backup = self.services.maintenance.backup_now()
        try:
            for done, (message, step) in enumerate(steps):
                if cancelled is not None and cancelled():
                    raise _Cancel
                if progress is not None:
                    progress(done, len(steps), message)
                step()
        except BaseException as exc:
            try:
                self.services.maintenance.restore(backup)
            except PlaceBoardError as failed:
                raise PlaceBoardError(
                    f"Loading the demo boards stopped and the data could not be put back "
                    f"({failed}); restore the backup {backup.name} from the backups folder."
                ) from exc
            if isinstance(exc, _Cancel):
                raise PlaceBoardError(CANCELLED_MESSAGE) from None
            raise
        if progress is not None:
            progress(len(steps), len(steps), "The demo boards are loaded.")


__all__ = ["CANCELLED_MESSAGE", "DemoService"]
