"""Models of the Attendance and quorum tab: the meeting's register, each item's quorum,
the conflicts of interest to watch for, and the interests declared at items."""

from __future__ import annotations

from placeboard.domain.vocab import MEMBERSHIP_ROLES
from placeboard.services.meeting_quorum import (
    Conflict,
    ItemDeclaration,
    ItemQuorum,
    RegisterLine,
    seat_words,
)
from placeboard.ui.models.lines import Line, LineModel, Look, text_key

# Members first, then deputies, observers and those in attendance.
_KIND_ORDER = {"Member": 0, "Deputy": 1, "Observer": 2, "In attendance": 3}


def item_number(item: object) -> str:
    part = getattr(item, "part", 1)
    position = getattr(item, "position", 0)
    return f"{position}" if part == 1 else f"{position} (Part II)"


def _kind(line: RegisterLine) -> str:
    if line.member is not None:
        role = line.member.membership.role
        vote = "voting" if line.member.membership.voting else "non-voting"
        return f"{MEMBERSHIP_ROLES.get(role, role)}, {vote}"
    if line.status == "deputy":
        return "Deputy"
    return "Observer" if line.status == "observer" else "In attendance"


class RegisterModel(LineModel[RegisterLine]):
    COLUMNS = ("Name", "Sits as", "Organisation", "Attendance", "Note")

    def make_line(self, line: RegisterLine) -> Line:
        organisation = line.member.organisation.name if line.member else ""
        kind = _kind(line)
        status = line.status_text()
        unrecorded = line.attendance is None
        return Line(
            texts=(
                line.person.full_name,
                kind,
                organisation,
                status,
                line.attendance.note if line.attendance else "",
            ),
            keys=(
                text_key(line.person.full_name),
                (0 if line.member else 1 + _KIND_ORDER.get(kind, 3), text_key(kind)),
                text_key(organisation),
                text_key(status),
                text_key(line.attendance.note if line.attendance else ""),
            ),
            look=Look.PAST if unrecorded else Look.PLAIN,
            note="Attendance not recorded yet" if unrecorded else "",
        )


class ItemQuorumModel(LineModel[ItemQuorum]):
    COLUMNS = ("Item", "Title", "Voting", "Needed", "Quorate", "Withdrew")
    RIGHT_ALIGNED = frozenset({2, 3})

    def make_line(self, q: ItemQuorum) -> Line:
        withdrew = ", ".join(p.full_name for p in q.withdrew)
        if q.check is None:
            present, needed, quorate, words = "", "", "No rule", "No agreed terms of reference."
        else:
            present = str(q.check.voting_present)
            needed = str(q.check.rule.members)
            quorate = "Yes" if q.check.quorate else "No: inquorate"
            words = seat_words(q.check, "present")
        declared = ", ".join(p.full_name for p in q.declared)
        tip = words + (f"\nDeclared and stayed: {declared}" if declared else "")
        return Line(
            texts=(item_number(q.item), q.item.title, present, needed, quorate, withdrew),
            keys=(
                (q.item.part, q.item.position),
                text_key(q.item.title),
                q.check.voting_present if q.check else -1,
                q.check.rule.members if q.check else -1,
                quorate,
                text_key(withdrew),
            ),
            look=Look.ALERT if q.quorate is False else Look.PLAIN,
            tip=tip,
            note=f"Inquorate: {words}" if q.quorate is False else "",
        )


class ConflictModel(LineModel[Conflict]):
    COLUMNS = ("Member", "Item", "Title", "Why matched", "Declared interest")

    def make_line(self, c: Conflict) -> Line:
        return Line(
            texts=(
                c.person.full_name,
                item_number(c.item),
                c.item.title,
                c.why,
                c.declaration.description,
            ),
            keys=(
                text_key(c.person.full_name),
                (c.item.part, c.item.position),
                text_key(c.item.title),
                text_key(c.why),
                text_key(c.declaration.description),
            ),
            tip=f"{c.person.full_name}: {c.declaration.description}",
        )


class ItemDeclarationModel(LineModel[ItemDeclaration]):
    COLUMNS = ("Item", "Title", "Declared by", "Interest", "Withdrew")

    def make_line(self, d: ItemDeclaration) -> Line:
        withdrew = "Yes, withdrew" if d.row.withdrew else "No, stayed"
        return Line(
            texts=(item_number(d.item), d.item.title, d.person.full_name, d.row.note, withdrew),
            keys=(
                (d.item.part, d.item.position),
                text_key(d.item.title),
                text_key(d.person.full_name),
                text_key(d.row.note),
                withdrew,
            ),
        )
