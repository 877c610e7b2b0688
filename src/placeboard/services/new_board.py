"""A new board in one go: the place and its board, the partner organisations (new
ones created), the members, a first draft of the terms of reference from the template
and the stage checklist's standard criteria — all in one transaction, so a refusal at
any step leaves the database exactly as it was.

Each step goes through the area's own service (the same rules as a typed record); the
services' writes join the one outer transaction (`Database.write()` is re-entrant).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from placeboard.domain.catalogue import ORGANISATIONS, STAGES, TOR_SECTIONS
from placeboard.domain.errors import NotFoundError, PlaceBoardError, ValidationError
from placeboard.domain.new_board import (
    COUNCIL_SECTORS,
    NewBoardPlan,
    PartnerPlan,
    PlanProblem,
    check,
    first_quorum,
    member_label,
    same_name,
    voting_on,
)
from placeboard.store.database import Database

from .membership import MembershipService
from .places import OrganisationService, PlaceService
from .stages import StageService
from .terms import TermsService, quorum_in_words

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
CANCELLED_MESSAGE = "Creating the board was cancelled; nothing was written."


@dataclass(frozen=True)
class NewBoard:
    """What `create` made."""

    place_id: str
    board_name: str
    partners: int
    organisations_created: int
    members: int
    tor_version_id: str
    criteria: int


@dataclass(frozen=True)
class TermsPreview:
    """The first draft `create` will write: each section (heading, text) and the quorum."""

    sections: tuple[tuple[str, str], ...]
    quorum_members: int
    quorum_rule: str


class NewBoardService:
    def __init__(
        self,
        db: Database,
        places: PlaceService,
        organisations: OrganisationService,
        membership: MembershipService,
        terms: TermsService,
        stages: StageService,
    ) -> None:
        self.db = db
        self.places = places
        self.organisations = organisations
        self.membership = membership
        self.terms = terms
        self.stages = stages

    def taken_names(self) -> list[str]:
        """The names of the places kept here (a new place needs another)."""
        return [p.name for p in self.places.list_places()]

    def known_organisations(self) -> list[PartnerPlan]:
        """Every organisation a board could choose: those kept here, then the seed
        papers' others (a kept one's sector and short name win), by name."""
        known = {
            o.name.casefold(): PartnerPlan(o.name, o.sector, o.short_name)
            for o in self.organisations.list_organisations()
        }
        for o in ORGANISATIONS:
            known.setdefault(o.name.casefold(), PartnerPlan(o.name, o.sector, o.short_name))
        return sorted(known.values(), key=lambda p: p.name.casefold())

    def preview_terms(self, plan: NewBoardPlan, today: date | None = None) -> TermsPreview:
        """The sections and quorum `TermsService.first_version` will write for this plan
        (worked out without writing; a test holds the two together)."""
        today = today or date.today()
        by_name = sorted(plan.partners, key=lambda p: p.name)  # as the service reads them
        icb = next((p for p in by_name if p.sector == "icb"), None)
        council = next((p for p in by_name if p.sector in COUNCIL_SECTORS), None)
        values = {
            "board_name": plan.place.board_name.strip(),
            "place": " ".join(plan.place.name.split()),
            "icb": icb.name if icb else (plan.place.icb_name or "the integrated care board"),
            "council": council.name if council else "the local council",
        }
        sectors = ",".join(p.sector for p in (icb, council) if p is not None)
        members = first_quorum(voting_on(plan.members, today))
        return TermsPreview(
            tuple((s.heading, s.template.format(**values)) for s in TOR_SECTIONS),
            members,
            quorum_in_words(members, sectors) + ".",
        )

    def create(
        self,
        plan: NewBoardPlan,
        today: date | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> NewBoard:
        """Everything in the plan, or — when any step is refused, or `cancelled()` turns
        True between steps — nothing. `progress(done, total, message)` before each step."""
        today = today or date.today()
        steps = 5 if plan.add_checklist else 4

        def step(done: int, message: str) -> None:
            if cancelled is not None and cancelled():
                raise PlaceBoardError(CANCELLED_MESSAGE)
            if progress is not None:
                progress(done, steps, message)

        with self.db.write():
            check(plan, self.taken_names())
            step(0, "The place and its board")
            p = plan.place
            place = self.places.create_place(
                " ".join(p.name.split()), p.kind, p.population, p.icb_name.strip(),
                p.board_name.strip(),
            )  # fmt: skip
            step(1, "Partner organisations")
            org_ids, created = self._partners(place.id, plan.partners, today)
            step(2, "Members")
            self._members(place.id, plan, org_ids)
            step(3, "The terms of reference")
            version = self.terms.first_version(place.id, plan.tor_label.strip(), today)
            criteria = 0
            if plan.add_checklist:
                step(4, "The stage checklist")
                criteria = self._checklist(place.id)
            step(steps, "Finishing")  # a cancel now still leaves nothing behind
        return NewBoard(
            place.id,
            p.board_name.strip(),
            len(plan.partners),
            created,
            len(plan.members),
            version.id,
            criteria,
        )

    # -- the steps ---------------------------------------------------------------------

    def _partners(
        self, place_id: str, partners: Sequence[PartnerPlan], today: date
    ) -> tuple[list[tuple[str, str]], int]:
        """Each partner made a partner of the board, created first when new: the
        (name, organisation id) pairs and how many organisations were created."""
        ids: list[tuple[str, str]] = []
        created = 0
        for row, partner in enumerate(partners):
            try:
                try:
                    org = self.organisations.find(partner.name.strip())
                except NotFoundError:
                    org = self.organisations.create_organisation(
                        " ".join(partner.name.split()), partner.sector, partner.short_name.strip()
                    )
                    created += 1
                self.organisations.add_partner(place_id, org.id, today)
            except ValidationError as exc:
                raise PlanProblem(
                    f"Partner {row + 1} ({partner.name.strip()}): {exc}", "partners", exc.field, row
                ) from exc
            ids.append((partner.name, org.id))
        return ids, created

    def _members(self, place_id: str, plan: NewBoardPlan, org_ids: list[tuple[str, str]]) -> None:
        for row, member in enumerate(plan.members):
            org_id = next(i for name, i in org_ids if same_name(name, member.organisation))
            try:
                self.membership.add_member(
                    place_id,
                    org_id,
                    full_name=" ".join(member.full_name.split()),
                    job_title=member.job_title.strip(),
                    role=member.role,
                    voting=member.voting,
                    start_date=member.start_date,
                )
            except ValidationError as exc:
                raise PlanProblem(
                    f"{member_label(row, member)}: {exc}", "members", exc.field, row
                ) from exc

    def _checklist(self, place_id: str) -> int:
        """The standard criteria of the three stages (seed 000), not started, no owner."""
        count = 0
        for stage in STAGES:
            row = self.stages.ensure_stage(stage.key, stage.name, stage.order, stage.description)
            for criterion in stage.criteria:
                self.stages.add_criterion(place_id, row.id, criterion.text, criterion.auto_check)
                count += 1
        return count
