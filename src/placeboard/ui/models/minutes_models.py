"""Table models of the action log (the seed 004 action sheet) and the forward plan."""

from __future__ import annotations

from placeboard.domain.periods import uk_short
from placeboard.domain.vocab import ACTION_STATUSES
from placeboard.services.minutes import ActionRow, PlanRow
from placeboard.ui.models.lines import LAST_DAY, Line, LineModel, Look, date_key, text_key


class ActionSheetModel(LineModel[ActionRow]):
    """Seed 004's action sheet (action topic, summary, owner) with the number, the
    meeting it was raised at, due date, status and latest update the log keeps.
    Overdue rows are highlighted and say "overdue" in their status."""

    COLUMNS = ("No.", "Meeting", "Item", "Action", "Owner", "Due", "Status", "Latest update")

    def make_line(self, row: ActionRow) -> Line:
        a = row.action
        due = uk_short(a.due_date) if a.due_date else ""
        status = row.status_text
        if row.carried:
            status += " (carried forward)" if a.status != "carried_forward" else ""
        texts = (
            a.reference,
            uk_short(row.meeting_date),
            row.item_title,
            a.description,
            a.owner,
            due,
            status,
            row.latest_update,
        )
        keys = (
            a.reference,
            date_key(row.meeting_date),
            text_key(row.item_title),
            text_key(a.description),
            text_key(a.owner),
            date_key(a.due_date, LAST_DAY),
            (not row.overdue, ACTION_STATUSES.get(a.status, a.status)),
            text_key(row.latest_update),
        )
        note = "Overdue action" if row.overdue else ""
        return Line(texts, keys, Look.ALERT if row.overdue else Look.PLAIN, a.description, note)


class PlanModel(LineModel[PlanRow]):
    """Seed 004's forward planner: date of meeting, topic, summary, owner."""

    COLUMNS = ("Date of meeting", "Topic", "Summary", "Owner")

    def make_line(self, row: PlanRow) -> Line:
        e = row.entry
        topic = f"{e.topic} (standing item)" if e.standing else e.topic
        texts = (row.when, topic, e.summary, e.owner)
        keys = (row.sort_key, text_key(topic), text_key(e.summary), text_key(e.owner))
        return Line(texts, keys, tip=e.summary)
