"""Risk register: owning and contributing partners, 5 x 5 scores, mitigations, reviews.

The register reads as `RiskRow`s (one read, names resolved, scores banded, overdue
reviews flagged), filtered by a heat-map cell, band, status or overdue review. Every
edit is one transaction; removals are tombstones that `bring_back` lifts (for undo).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col

from placeboard.domain.errors import ValidationError
from placeboard.domain.keys import natural_id
from placeboard.domain.risk_matrix import (
    BAND_NAMES,
    Cell,
    Rating,
    heat_map,
    review_overdue,
)
from placeboard.domain.vocab import RISK_STATUSES
from placeboard.store.tables import Organisation, Partner, Risk, RiskContributor, RiskMitigation

from .base import (
    Service,
    apply_changes,
    get_live,
    insert,
    live,
    next_number,
    put,
    require_choice,
    require_order,
    require_range,
    require_text,
)

SCORES = tuple(
    f"{when}_{axis}"
    for when in ("initial", "current", "target")
    for axis in ("likelihood", "consequence")
)
RISK_FIELDS = (
    "reference",
    "title",
    "description",
    "owning_organisation_id",
    "owner",
    "controls",
    "status",
    "opened_on",
    "review_date",
    "last_reviewed_on",
    "closed_on",
    *SCORES,
)
MITIGATION_FIELDS = ("action", "owner", "due_date", "done_on")


@dataclass(frozen=True)
class RiskRow:
    """One line of the register, ready to show."""

    risk: Risk
    owning_partner: str  # the owning organisation's name, "" if none
    contributors: tuple[str, ...]  # contributing partners' names, by name
    contributor_ids: tuple[str, ...]
    initial: Rating
    current: Rating
    target: Rating
    overdue: bool  # open, and the review date has passed
    open_mitigations: int

    @property
    def id(self) -> str:
        return self.risk.id

    @property
    def reference(self) -> str:
        return self.risk.reference

    @property
    def title(self) -> str:
        return self.risk.title

    @property
    def status(self) -> str:
        return self.risk.status

    @property
    def review_date(self) -> date | None:
        return self.risk.review_date


@dataclass(frozen=True)
class RiskFilter:
    """What the register shows. A heat-map cell means open risks scored there now, so
    the table shows exactly the risks the cell counts."""

    cell: Cell | None = None
    band: str | None = None  # of the current score
    status: str | None = None
    overdue_only: bool = False

    def accepts(self, row: RiskRow) -> bool:
        c = row.current
        if self.cell is not None and (
            row.status != "open" or (c.likelihood, c.consequence) != self.cell
        ):
            return False
        if self.band is not None and c.band != self.band:
            return False
        if self.status is not None and row.status != self.status:
            return False
        return not self.overdue_only or row.overdue


def _validate(risk: Risk) -> None:
    require_text(risk.title, "title", "The risk's title")
    require_choice(risk.status, RISK_STATUSES, "status", "The status")
    for name in SCORES:
        require_range(getattr(risk, name), 1, 5, name, name.replace("_", " ").capitalize())
    require_order(risk.opened_on, risk.closed_on, "closed_on", "the risk")


def _partner_ids(session: Session, place_id: str) -> set[str]:
    return {p.organisation_id for p in live(session, Partner, place_id=place_id)}


def _require_partner(session: Session, place_id: str, organisation_id: str, what: str) -> None:
    org = get_live(session, Organisation, organisation_id, "organisation")
    if organisation_id not in _partner_ids(session, place_id):
        field = "owning_organisation_id" if what == "owning" else "organisation_id"
        raise ValidationError(
            f"{org.name} is not a partner of this board; only partners can be the "
            f"{what} partner of a risk.",
            field,
        )


class RiskService(Service):
    REMOVABLE = {
        "risk": (Risk, "risk"),
        "risk_contributor": (RiskContributor, "contributing partner"),
        "risk_mitigation": (RiskMitigation, "mitigation"),
    }

    # -- risks -------------------------------------------------------------------------

    def add_risk(self, place_id: str, title: str, **fields: object) -> Risk:
        with self.db.write() as s:
            number = next_number(s, Risk, Risk.place_id == place_id)
            risk = Risk(place_id=place_id, title=title, reference=f"R{number:02d}")
            apply_changes(risk, fields, RISK_FIELDS)
            risk.title = risk.title.strip()
            _validate(risk)
            if risk.owning_organisation_id:
                _require_partner(s, place_id, risk.owning_organisation_id, "owning")
            return insert(s, risk)

    def update_risk(self, risk_id: str, **changes: object) -> Risk:
        with self.db.write() as s:
            risk = get_live(s, Risk, risk_id, "risk")
            owner = changes.get("owning_organisation_id")
            apply_changes(risk, changes, RISK_FIELDS)
            _validate(risk)
            if owner:
                _require_partner(s, str(risk.place_id), str(owner), "owning")
            return risk

    def get_risk(self, risk_id: str) -> Risk:
        with self.db.read() as s:
            return get_live(s, Risk, risk_id, "risk")

    def review(self, risk_id: str, reviewed_on: date, next_review: date) -> Risk:
        """Record a review on `reviewed_on`, with the date of the next one."""
        if next_review <= reviewed_on:
            raise ValidationError(
                f"The next review ({next_review:%d/%m/%Y}) must be after the review "
                f"being recorded ({reviewed_on:%d/%m/%Y}).",
                "review_date",
            )
        return self.update_risk(risk_id, last_reviewed_on=reviewed_on, review_date=next_review)

    def close(self, risk_id: str, on: date) -> Risk:
        return self.update_risk(risk_id, status="closed", closed_on=on)

    def reopen(self, risk_id: str) -> Risk:
        return self.update_risk(risk_id, status="open", closed_on=None)

    def list_risks(self, place_id: str) -> list[Risk]:
        with self.db.read() as s:
            return live(s, Risk, place_id=place_id, order_by=[col(Risk.reference)])

    # -- the register ------------------------------------------------------------------

    def risk_rows(
        self, place_id: str, today: date | None = None, wanted: RiskFilter | None = None
    ) -> list[RiskRow]:
        """The register of one place, by reference, read in one go."""
        today = today or date.today()
        wanted = wanted or RiskFilter()
        with self.db.read() as s:
            risks = live(s, Risk, place_id=place_id, order_by=[col(Risk.reference)])
            names = {o.id: o.name for o in live(s, Organisation)}
            contributors: dict[str, list[str]] = {}
            for c in live(s, RiskContributor, place_id=place_id):
                contributors.setdefault(c.risk_id, []).append(c.organisation_id)
            undone: dict[str, int] = {}
            for m in live(s, RiskMitigation, place_id=place_id):
                if m.done_on is None:
                    undone[m.risk_id] = undone.get(m.risk_id, 0) + 1
        rows = []
        for r in risks:
            ids = sorted(contributors.get(r.id, []), key=lambda i: names.get(i, ""))
            row = RiskRow(
                risk=r,
                owning_partner=names.get(r.owning_organisation_id or "", ""),
                contributors=tuple(names.get(i, "") for i in ids),
                contributor_ids=tuple(ids),
                initial=Rating(r.initial_likelihood, r.initial_consequence),
                current=Rating(r.current_likelihood, r.current_consequence),
                target=Rating(r.target_likelihood, r.target_consequence),
                overdue=review_overdue(r.review_date, r.status, today),
                open_mitigations=undone.get(r.id, 0),
            )
            if wanted.accepts(row):
                rows.append(row)
        return rows

    def heat_map(self, place_id: str) -> dict[Cell, int]:
        """Open risks counted by the cell of their current rating (all 25 cells)."""
        return heat_map(
            (r.current_likelihood, r.current_consequence)
            for r in self.list_risks(place_id)
            if r.status == "open"
        )

    def band_counts(self, place_id: str) -> dict[str, int]:
        """Open risks by the band of their current score, every band present."""
        counts = dict.fromkeys(BAND_NAMES, 0)
        for (lik, con), n in self.heat_map(place_id).items():
            counts[Rating(lik, con).band] += n
        return counts

    # -- contributing partners ---------------------------------------------------------

    def add_contributor(self, risk_id: str, organisation_id: str) -> RiskContributor:
        row_id = natural_id("risk_contributor", risk_id, organisation_id)
        with self.db.write() as s:
            risk = get_live(s, Risk, risk_id, "risk")
            _require_partner(s, str(risk.place_id), organisation_id, "contributing")
            if organisation_id == risk.owning_organisation_id:
                raise ValidationError(
                    "The owning partner already answers for this risk; choose another "
                    "partner to contribute.",
                    "organisation_id",
                )
            return put(
                s,
                RiskContributor,
                row_id,
                {"place_id": risk.place_id, "risk_id": risk.id, "organisation_id": organisation_id},
            )

    def remove_contributor(self, risk_id: str, organisation_id: str) -> None:
        self.remove("risk_contributor", natural_id("risk_contributor", risk_id, organisation_id))

    def contributors(self, risk_id: str) -> list[RiskContributor]:
        with self.db.read() as s:
            return live(s, RiskContributor, RiskContributor.risk_id == risk_id)

    # -- mitigations -------------------------------------------------------------------

    def add_mitigation(
        self,
        risk_id: str,
        action: str,
        owner: str = "",
        due_date: date | None = None,
        done_on: date | None = None,
    ) -> RiskMitigation:
        with self.db.write() as s:
            risk = get_live(s, Risk, risk_id, "risk")
            return insert(
                s,
                RiskMitigation(
                    place_id=risk.place_id,
                    risk_id=risk.id,
                    owner=owner.strip(),
                    due_date=due_date,
                    done_on=done_on,
                    action=require_text(action, "action", "The action"),
                ),
            )

    def update_mitigation(self, mitigation_id: str, **changes: object) -> RiskMitigation:
        with self.db.write() as s:
            row = get_live(s, RiskMitigation, mitigation_id, "mitigation")
            apply_changes(row, changes, MITIGATION_FIELDS)
            row.action = require_text(row.action, "action", "The action")
            return row

    def complete_mitigation(self, mitigation_id: str, on: date | None) -> RiskMitigation:
        """Mark a mitigation done on a day (None: not done after all)."""
        return self.update_mitigation(mitigation_id, done_on=on)

    def mitigations(self, risk_id: str) -> list[RiskMitigation]:
        with self.db.read() as s:
            return live(
                s,
                RiskMitigation,
                RiskMitigation.risk_id == risk_id,
                order_by=[col(RiskMitigation.due_date)],
            )
