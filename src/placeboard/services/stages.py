"""Stage checklist: the three stages, each board's criteria, evidence, gate decisions,
and the checklist as the Stage checklist view and the Overview read it (`board`).

Criteria that PlaceBoard checks from its records (`auto_check`) keep their stored
status untouched — it syncs as people set it — but the status shown, counted for
readiness and used at the gate is the check's (see `shown_status`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import bindparam, text
from sqlmodel import Session, col

from placeboard.domain.derived_checks import CheckResult
from placeboard.domain.errors import ValidationError
from placeboard.domain.gate import (
    BoardStage,
    Decision,
    StageCount,
    counts_as_done,
    current_stage,
    readiness,
    require_rationale,
    unmet_up_to,
)
from placeboard.domain.hlc import MILLIS_WIDTH
from placeboard.domain.keys import natural_id
from placeboard.domain.vocab import CRITERION_STATUSES
from placeboard.store.changelog import expand
from placeboard.store.tables import (
    Attachment,
    Criterion,
    CriterionEvidence,
    Stage,
    StageDecision,
)

from .base import (
    Service,
    apply_changes,
    get_live,
    insert,
    live,
    require_choice,
    require_text,
)

CRITERION_FIELDS = ("text", "position", "status", "na_reason", "owner", "due_date", "auto_check")
# Columns of the change log that say nothing to a reader of a criterion's history.
QUIET_COLUMNS = frozenset(
    {"created_at", "updated_at", "place_id", "stage_id", "criterion_id", "position",
     "attachment_id", "kind", "auto_check"}
)  # fmt: skip
FIELD_NAMES = {
    "text": "Text",
    "status": "Status",
    "na_reason": "Reason not applicable",
    "owner": "Owner",
    "due_date": "Due",
    "deleted": "Removed",
    "url": "Link",
    "added_on": "Added on",
}


def shown_status(stored: str, check: CheckResult | None) -> str:
    """The status shown for a criterion. An auto-checked one follows its check: met when
    the records show it; otherwise what people set, except that "met" is shown as "in
    progress" (the records say it is not met) and "not applicable" stands (with its
    reason, a person has judged the check does not apply to this board)."""
    if check is None:
        return stored
    if check.met:
        return "met"
    return "in_progress" if stored == "met" else stored


@dataclass(frozen=True)
class CriterionRow:
    """A criterion as the checklist shows it."""

    criterion: Criterion
    stage: Stage
    number: int  # 1, 2, 3… within its stage, as shown
    status: str  # the status shown (the check's for an auto-checked criterion)
    evidence: int
    check: CheckResult | None
    overdue: bool

    @property
    def id(self) -> str:
        return self.criterion.id

    @property
    def done(self) -> bool:
        return counts_as_done(self.status, self.criterion.na_reason)


@dataclass(frozen=True)
class StageBoard:
    """One board's checklist: stages in order with their readiness, the criteria in
    stage order, where the board stands, and the decisions that moved it."""

    stages: list[Stage]
    counts: list[StageCount]
    criteria: list[CriterionRow]
    stage: BoardStage | None
    decisions: list[StageDecision]

    def stage_of(self, stage_id: str) -> Stage:
        return next(s for s in self.stages if s.id == stage_id)

    def unmet_up_to(self, stage_id: str) -> int:
        return unmet_up_to(self.counts, self.stage_of(stage_id).key) if self.counts else 0


@dataclass(frozen=True)
class EvidenceRow:
    evidence: CriterionEvidence
    attachment: Attachment | None


@dataclass(frozen=True)
class HistoryRow:
    """One change of a criterion or its evidence, from the change log."""

    when: datetime  # local time
    field: str  # what changed, as a person reads it
    value: str


def stamp_time(hlc: str) -> datetime:
    """When a change-log stamp was made (its first digits are Unix milliseconds)."""
    return datetime.fromtimestamp(int(hlc[:MILLIS_WIDTH]) / 1000, tz=UTC).astimezone()


class StageService(Service):
    REMOVABLE = {
        "criterion": (Criterion, "criterion"),
        "criterion_evidence": (CriterionEvidence, "evidence"),
        "stage_decision": (StageDecision, "stage decision"),
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
            require_text(row.text, "text", "The criterion")
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
        checks: Mapping[str, CheckResult] | None = None,
    ) -> StageDecision:
        """Move the board to a stage; with criteria unmet, a rationale is required.

        `checks` are the derived results (StageCheckService.results), so that an
        auto-checked criterion counts as its check says; without them, as stored.
        """
        with self.db.write() as s:
            stage = get_live(s, Stage, stage_id, "stage")
            earlier = {st.id for st in live(s, Stage) if st.position <= stage.position}
            unmet = [
                c
                for c in live(s, Criterion, place_id=place_id)
                if c.stage_id in earlier and not _done(c, checks or {})
            ]
            require_rationale(len(unmet), stage.name, rationale)
            return insert(
                s,
                StageDecision(
                    place_id=place_id,
                    stage_id=stage_id,
                    decided_on=decided_on,
                    unmet_criteria=len(unmet),
                    rationale=rationale.strip(),
                    decided_by=decided_by.strip(),
                ),
            )

    def list_decisions(self, place_id: str) -> list[StageDecision]:
        with self.db.read() as s:
            return live(
                s, StageDecision, place_id=place_id, order_by=[col(StageDecision.decided_on)]
            )

    # -- the checklist as the view reads it --------------------------------------------

    def board(
        self, place_id: str, today: date, checks: Mapping[str, CheckResult] | None = None
    ) -> StageBoard:
        """The board's checklist in one read. `checks`: derived results by auto-check key."""
        checks = checks or {}
        with self.db.read() as s:
            stages = live(s, Stage, order_by=[col(Stage.position)])
            criteria = live(s, Criterion, place_id=place_id)
            evidence: dict[str, int] = {}
            for e in live(s, CriterionEvidence, place_id=place_id):
                evidence[e.criterion_id] = evidence.get(e.criterion_id, 0) + 1
            decisions = live(
                s,
                StageDecision,
                place_id=place_id,
                order_by=[col(StageDecision.decided_on), col(StageDecision.created_at)],
            )
        rows = self._rows(stages, criteria, evidence, checks, today)
        by_id = {st.id: st for st in stages}
        counts = readiness(
            [(st.key, st.name) for st in stages],
            [(r.stage.key, "met" if r.done else r.status) for r in rows],
        )
        recorded = [
            Decision(
                by_id[d.stage_id].key, d.decided_on, d.unmet_criteria, d.rationale, d.decided_by
            )
            for d in decisions
            if d.stage_id in by_id
        ]
        return StageBoard(stages, counts, rows, current_stage(counts, recorded), decisions)

    @staticmethod
    def _rows(
        stages: Sequence[Stage],
        criteria: Sequence[Criterion],
        evidence: Mapping[str, int],
        checks: Mapping[str, CheckResult],
        today: date,
    ) -> list[CriterionRow]:
        rows = []
        for stage in stages:
            mine = sorted(
                (c for c in criteria if c.stage_id == stage.id),
                key=lambda c: (c.position, c.created_at),
            )
            for number, c in enumerate(mine, start=1):
                check = checks.get(c.auto_check) if c.auto_check else None
                status = shown_status(c.status, check)
                done = counts_as_done(status, c.na_reason)
                overdue = not done and c.due_date is not None and c.due_date < today
                rows.append(
                    CriterionRow(c, stage, number, status, evidence.get(c.id, 0), check, overdue)
                )
        return rows

    def get_criterion(self, criterion_id: str) -> Criterion:
        with self.db.read() as s:
            return get_live(s, Criterion, criterion_id, "criterion")

    def set_status(self, criterion_id: str, status: str, na_reason: str = "") -> Criterion:
        """Set a status; "not applicable" needs its reason, which other statuses drop."""
        reason = na_reason.strip() if status == "not_applicable" else ""
        return self.update_criterion(criterion_id, status=status, na_reason=reason)

    def move_criterion(self, criterion_id: str, step: int) -> bool:
        """Move a criterion up (-1) or down (+1) within its stage; False at either end."""
        with self.db.write() as s:
            c = get_live(s, Criterion, criterion_id, "criterion")
            order = self._stage_order(s, c)
            here = order.index(c)
            there = here + step
            if not 0 <= there < len(order):
                return False
            order[here], order[there] = order[there], order[here]
            for position, row in enumerate(order):
                apply_changes(row, {"position": position}, ("position",))
            return True

    @staticmethod
    def _stage_order(s: Session, c: Criterion) -> list[Criterion]:
        rows = live(s, Criterion, Criterion.stage_id == c.stage_id, place_id=c.place_id)
        return sorted(rows, key=lambda r: (r.position, r.created_at))

    def evidence_of(self, criterion_id: str) -> list[EvidenceRow]:
        """A criterion's evidence, oldest first, with each attached file's record."""
        with self.db.read() as s:
            found = live(
                s,
                CriterionEvidence,
                CriterionEvidence.criterion_id == criterion_id,
                order_by=[col(CriterionEvidence.added_on), col(CriterionEvidence.created_at)],
            )
            files = {
                a.id: a
                for a in live(
                    s,
                    Attachment,
                    col(Attachment.id).in_([e.attachment_id for e in found if e.attachment_id]),
                )
            }
            return [EvidenceRow(e, files.get(e.attachment_id or "")) for e in found]

    def update_evidence(self, evidence_id: str, **changes: object) -> CriterionEvidence:
        with self.db.write() as s:
            row = get_live(s, CriterionEvidence, evidence_id, "evidence")
            apply_changes(row, changes, ("text", "url", "added_on"))
            if not (row.text.strip() or row.url.strip() or row.attachment_id):
                raise ValidationError("Evidence needs some text, a link or a file.", "text")
            return row

    def history(self, criterion_id: str) -> list[HistoryRow]:
        """Every change of the criterion and its evidence, oldest first, from the change
        log (which the database's triggers write, whoever made the change)."""
        sql = text(
            "SELECT hlc, tbl, pk, col, val FROM change_log "
            "WHERE (tbl = 'criterion' AND pk = :id) OR (tbl = 'criterion_evidence' AND pk IN "
            "(SELECT id FROM criterion_evidence WHERE criterion_id = :id)) ORDER BY hlc"
        ).bindparams(bindparam("id", criterion_id))
        with self.db.read() as s:
            found = s.connection().execute(sql).all()
        rows: list[HistoryRow] = []
        seen: set[tuple[str, str]] = set()
        for hlc, tbl, pk, logged, logged_value in found:
            for column, value in expand(logged, logged_value):  # an insert: every field
                first = (pk, column) not in seen
                seen.add((pk, column))
                if column in QUIET_COLUMNS or (first and value in (None, "", 0)):
                    continue  # a new row's empty fields are not news
                field, shown = _history_words(tbl, column, value)
                rows.append(HistoryRow(stamp_time(hlc), field, shown))
        return rows


def _done(c: Criterion, checks: Mapping[str, CheckResult]) -> bool:
    check = checks.get(c.auto_check) if c.auto_check else None
    return counts_as_done(shown_status(c.status, check), c.na_reason)


def _history_words(tbl: str, column: str, value: object) -> tuple[str, str]:
    """(what changed, its new value) in words."""
    name = FIELD_NAMES.get(column, column.replace("_", " ").capitalize())
    if tbl == "criterion_evidence":
        name = "Evidence removed" if column == "deleted" else f"Evidence: {name.lower()}"
    if column == "deleted":
        return name, "Yes" if value else "No (brought back)"
    if column == "status":
        return name, CRITERION_STATUSES.get(str(value), str(value))
    if column in ("due_date", "added_on") and value:
        try:
            return name, uk_short_text(str(value))
        except ValueError:
            pass
    return name, "" if value is None else str(value)


def uk_short_text(iso: str) -> str:
    d = date.fromisoformat(iso[:10])
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


__all__ = [
    "CriterionRow",
    "EvidenceRow",
    "HistoryRow",
    "StageBoard",
    "StageService",
    "shown_status",
]
