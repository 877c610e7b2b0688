"""Risk register: owning and contributing partners, 5 x 5 scores, mitigations, reviews."""

from __future__ import annotations

from datetime import date

from sqlmodel import col

from placeboard.domain.keys import natural_id
from placeboard.domain.vocab import RISK_STATUSES
from placeboard.store.tables import Organisation, Risk, RiskContributor, RiskMitigation

from .base import (
    Service,
    apply_changes,
    get_live,
    insert,
    live,
    next_number,
    put,
    require_choice,
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


def _validate(risk: Risk) -> None:
    require_text(risk.title, "title", "The risk's title")
    require_choice(risk.status, RISK_STATUSES, "status", "The status")
    for name in SCORES:
        require_range(getattr(risk, name), 1, 5, name, name.replace("_", " ").capitalize())


class RiskService(Service):
    REMOVABLE = {
        "risk": (Risk, "risk"),
        "risk_contributor": (RiskContributor, "contributing partner"),
        "risk_mitigation": (RiskMitigation, "mitigation"),
    }

    def add_risk(self, place_id: str, title: str, **fields: object) -> Risk:
        with self.db.write() as s:
            number = next_number(s, Risk, Risk.place_id == place_id)
            risk = Risk(place_id=place_id, title=title, reference=f"R{number:02d}")
            apply_changes(risk, fields, RISK_FIELDS)
            _validate(risk)
            if risk.owning_organisation_id:
                get_live(s, Organisation, risk.owning_organisation_id, "organisation")
            return insert(s, risk)

    def update_risk(self, risk_id: str, **changes: object) -> Risk:
        with self.db.write() as s:
            risk = get_live(s, Risk, risk_id, "risk")
            apply_changes(risk, changes, RISK_FIELDS)
            _validate(risk)
            return risk

    def review(self, risk_id: str, reviewed_on: date, next_review: date) -> Risk:
        return self.update_risk(risk_id, last_reviewed_on=reviewed_on, review_date=next_review)

    def list_risks(self, place_id: str) -> list[Risk]:
        with self.db.read() as s:
            return live(s, Risk, place_id=place_id, order_by=[col(Risk.reference)])

    def add_contributor(self, risk_id: str, organisation_id: str) -> RiskContributor:
        row_id = natural_id("risk_contributor", risk_id, organisation_id)
        with self.db.write() as s:
            risk = get_live(s, Risk, risk_id, "risk")
            get_live(s, Organisation, organisation_id, "organisation")
            return put(
                s,
                RiskContributor,
                row_id,
                {"place_id": risk.place_id, "risk_id": risk.id, "organisation_id": organisation_id},
            )

    def contributors(self, risk_id: str) -> list[RiskContributor]:
        with self.db.read() as s:
            return live(s, RiskContributor, RiskContributor.risk_id == risk_id)

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
                    owner=owner,
                    due_date=due_date,
                    done_on=done_on,
                    action=require_text(action, "action", "The action"),
                ),
            )

    def update_mitigation(self, mitigation_id: str, **changes: object) -> RiskMitigation:
        with self.db.write() as s:
            row = get_live(s, RiskMitigation, mitigation_id, "mitigation")
            apply_changes(row, changes, ("action", "owner", "due_date", "done_on"))
            require_text(row.action, "action", "The action")
            return row

    def mitigations(self, risk_id: str) -> list[RiskMitigation]:
        with self.db.read() as s:
            return live(
                s,
                RiskMitigation,
                RiskMitigation.risk_id == risk_id,
                order_by=[col(RiskMitigation.due_date)],
            )
