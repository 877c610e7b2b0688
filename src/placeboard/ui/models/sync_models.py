"""Models of the Sync view: the peers this laptop syncs with, and the conflicts to settle."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from placeboard.domain.periods import uk_date
from placeboard.services.sync import ConflictView, PeerStatus
from placeboard.ui.models.lines import Line, LineModel, Look, text_key


def when(stamp: str | None) -> str:
    """ "2026-11-24T18:02:11.123Z" -> "24 November 2026 18:02" (UTC, as stored)."""
    if not stamp:
        return "Never"
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return f"{uk_date(moment.date())} {moment:%H:%M}"


def short(value: Any, limit: int = 80) -> str:
    """A value on one line for a table cell; the detail pane shows it whole."""
    if value is None:
        return "(empty)"
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class PeerModel(LineModel[PeerStatus]):
    COLUMNS = ("Peer", "Changes waiting", "Sent, not acknowledged", "Last synced", "Last problem")
    RIGHT_ALIGNED = frozenset({1, 2})

    def make_line(self, p: PeerStatus) -> Line:
        name = p.name or p.peer[:12]
        return Line(
            texts=(name, str(p.waiting), str(p.sent), when(p.last_ok_at), p.last_error or ""),
            keys=(text_key(name), p.waiting, p.sent, p.last_ok_at or "", p.last_error or ""),
            look=Look.ALERT if p.last_error else Look.PLAIN,
            tip=f"Site {p.peer}",
        )


class ConflictModel(LineModel[ConflictView]):
    COLUMNS = ("What happened", "Record", "Field", "This laptop", "The other", "Settled")

    def make_line(self, c: ConflictView) -> Line:
        settled = c.resolution or ""
        mine = f"{short(c.mine.value, 40)} ({'here' if c.mine.here else c.mine.site[:8]})"
        theirs = f"{short(c.theirs.value, 40)} ({c.theirs.site[:8]})"
        return Line(
            texts=(c.kind_label, c.record, c.field, mine, theirs, settled),
            keys=(
                text_key(c.kind_label),
                text_key(c.record),
                text_key(c.field),
                text_key(mine),
                text_key(theirs),
                settled,
            ),
            look=Look.PAST if settled else Look.PLAIN,
            tip=f"{c.tbl} {c.pk}: {c.field}",
        )
