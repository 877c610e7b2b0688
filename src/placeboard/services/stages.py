"""Stage checklist: the three stages, each board's criteria, evidence, gate decisions."""

from __future__ import annotations

from datetime import date

from sqlmodel import col

from placeboard.domain.errors import ValidationError
from placeboard.domain.keys import natural_id
from placeboard.domain.vocab import CRITERION_STATUSES
from placeboard.store.tables import Criterion, CriterionEvidence, Stage, StageDecision

from .base import Service, apply_changes, get_live, insert, live, require_choice, require_text

CRITERION_FIELDS = ("text", "position", "status", "na_reason", "owner", "due_date", "auto_check")


class StageService(Service):
    REMOVABLE = {
        "criterion": (Criterion, "criterion"),
        "criterion_evidence": (CriterionEvidence, "evidence"),
    }

    def ensure_stage(self, key: str, name: str, position: int, description: str = "") -> Stage:
        """The ICB-wide stage with this key (created once; id = UUIDv5 of the key)."""
        stage_id = natural_id("stage", key)
        with self.db.write() as s:
            row = s.get(Stage, stage_id)
            if row is None:
                row = insert(
                    s,
                    Stage(
                        id=stage_id, key=key, name=name, position=position, description=description
                    ),
                )
            return row

    def list_stages(self) -> list[Stage]:
        with self.db.read() as s:
            return live(s, Stage, order_by=[col(Stage.position)])

    def add_criterion(
        self,
        place_id: str,
        stage_id: str,
        text: str,
        auto_check: str | None = None,
        owner: str = "",
        due_date: date | None = None,
    ) -> Criterion:
        with self.db.write() as s:
            get_live(s, Stage, stage_id, "stage")
            position = len(live(s, Criterion, Criterion.stage_id == stage_id, place_id=place_id))
            return insert(
                s,
                Criterion(
                    place_id=place_id,
                    stage_id=stage_id,
                    position=position,
                    text=require_text(text, "text", "The criterion"),
                    auto_check=auto_check,
                    owner=owner,
                    due_date=due_date,
                ),
            )

    def update_criterion(self, criterion_id: str, **changes: object) -> Criterion:
        with self.db.write() as s:
            row = get_live(s, Criterion, criterion_id, "criterion")
            apply_changes(row, changes, CRITERION_FIELDS)
            require_choice(row.status, CRITERION_STATUSES, "status", "The status")
            if row.status == "not_applicable" and not row.na_reason.strip():
                raise ValidationError("Say why the criterion does not apply.", "na_reason")
            return row

    def list_criteria(self, place_id: str) -> list[Criterion]:
        with self.db.read() as s:
            return live(
                s,
                Criterion,
                place_id=place_id,
                order_by=[col(Criterion.stage_id), col(Criterion.position)],
            )

    def add_evidence(
        self,
        criterion_id: str,
        text: str = "",
        url: str = "",
        attachment_id: str | None = None,
        added_on: date | None = None,
    ) -> CriterionEvidence:
        if not (text.strip() or url.strip() or attachment_id):
            raise ValidationError("Evidence needs some text, a link or a file.", "text")
        kind = "file" if attachment_id else "link" if url.strip() else "text"
        with self.db.write() as s:
            c = get_live(s, Criterion, criterion_id, "criterion")
            return insert(
                s,
                CriterionEvidence(
                    place_id=c.place_id,
                    criterion_id=c.id,
                    kind=kind,
                    text=text,
                    url=url,
                    attachment_id=attachment_id,
                    added_on=added_on or date.today(),
                ),
            )

    def list_evidence(self, place_id: str) -> list[CriterionEvidence]:
        with self.db.read() as s:
            return live(s, CriterionEvidence, place_id=place_id)

    def record_decision(
        self,
        place_id: str,
        stage_id: str,
        decided_on: date,
        rationale: str = "",
        decided_by: str = "",
    ) -> StageDecision:
        """Move the board to a stage; with criteria unmet, a rationale is required."""
        with self.db.write() as s:
            stage = get_live(s, Stage, stage_id, "stage")
            earlier = {st.id for st in live(s, Stage) if st.position <= stage.position}
            unmet = [
                c
                for c in live(s, Criterion, place_id=place_id)
                if c.stage_id in earlier and c.status not in ("met", "not_applicable")
            ]
            if unmet and not rationale.strip():
                raise ValidationError(
                    f"{len(unmet)} criteria up to '{stage.name}' are not met: "
                    "record the rationale for moving past the gate.",
                    "rationale",
                )
            return insert(
                s,
                StageDecision(
                    place_id=place_id,
                    stage_id=stage_id,
                    decided_on=decided_on,
                    unmet_criteria=len(unmet),
                    rationale=rationale,
                    decided_by=decided_by,
                ),
            )

    def list_decisions(self, place_id: str) -> list[StageDecision]:
        with self.db.read() as s:
            return live(
                s, StageDecision, place_id=place_id, order_by=[col(StageDecision.decided_on)]
            )
