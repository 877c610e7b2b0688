"""Table models of the Membership view: members, partners, declarations of interest."""

from __future__ import annotations

from placeboard.domain.periods import uk_date, uk_short
from placeboard.domain.vocab import DECLARATION_TYPES, MEMBERSHIP_ROLES, SECTORS, label
from placeboard.services.membership import (
    DeclarationRow,
    MemberRow,
    PartnerCover,
    review_overdue,
)
from placeboard.ui.models.lines import LAST_DAY, Line, LineModel, Look, date_key, text_key

ROLE_ORDER = {key: n for n, key in enumerate(MEMBERSHIP_ROLES)}  # chair first
NO_VOTING_MEMBER = "No current voting member"
NO_DEPUTY = "No deputy"
NIL_DECLARATION = "Nil declaration"
REVIEW_OVERDUE = "Review overdue"


def _one_line(text: str) -> str:
    return " ".join(text.split())


class MembersModel(LineModel[MemberRow]):
    COLUMNS = ("Person", "Organisation", "Sector", "Role", "Voting", "From", "To", "Deputies")

    def make_line(self, item: MemberRow) -> Line:
        m, person, org = item.membership, item.person, item.organisation
        past = m.end_date is not None and m.end_date < self.today
        ends = uk_short(m.end_date) if m.end_date else ""
        sector = label(SECTORS, org.sector)
        role = label(MEMBERSHIP_ROLES, m.role)
        deputies = ", ".join(d.full_name for d in item.deputies)
        return Line(
            texts=(
                person.full_name,
                org.name,
                sector,
                role,
                "Yes" if m.voting else "No",
                uk_short(m.start_date),
                f"{ends} (ended)" if past else ends,
                deputies,
            ),
            keys=(
                text_key(person.full_name),
                text_key(org.name),
                text_key(sector),
                ROLE_ORDER.get(m.role, len(ROLE_ORDER)),
                int(m.voting),
                date_key(m.start_date),
                date_key(m.end_date, LAST_DAY),
                text_key(deputies),
            ),
            look=Look.PAST if past else Look.PLAIN,
            tip=self._tip(item, past),
            note="Past member" if past else "",
        )

    @staticmethod
    def _tip(item: MemberRow, past: bool) -> str:
        person, m = item.person, item.membership
        lines = [" ".join(p for p in (person.title, person.full_name) if p)]
        if person.job_title:
            lines.append(person.job_title)
        if past and m.end_date is not None:
            lines.append(f"Membership ended on {uk_date(m.end_date)}.")
        if m.notes:
            lines.append(m.notes)
        return "\n".join(lines)


def partner_gaps(cover: PartnerCover) -> str:
    if cover.no_voting_member:
        return NO_VOTING_MEMBER
    return NO_DEPUTY if cover.no_deputy else ""


class PartnersModel(LineModel[PartnerCover]):
    COLUMNS = ("Organisation", "Sector", "Voting members", "Deputies", "Gaps")
    RIGHT_ALIGNED = frozenset({3})

    def make_line(self, item: PartnerCover) -> Line:
        org = item.organisation
        sector = label(SECTORS, org.sector)
        voting = ", ".join(p.full_name for p in item.voting_members)
        gaps = partner_gaps(item)
        deputies = ", ".join(p.full_name for p in item.deputies)
        return Line(
            texts=(org.name, sector, voting or "None", str(len(item.deputies)), gaps),
            keys=(
                text_key(org.name),
                text_key(sector),
                (len(item.voting_members), text_key(voting)),
                len(item.deputies),
                # Gaps first when sorted A–Z: they are what the secretary looks for.
                (gaps == "", gaps),
            ),
            look=Look.ALERT if gaps else Look.PLAIN,
            tip=f"Deputies: {deputies}" if deputies else "No named deputies",
            note=gaps,
        )


class DeclarationsModel(LineModel[DeclarationRow]):
    COLUMNS = (
        "Person",
        "Type",
        "Description",
        "Declared on",
        "Reviewed on",
        "Private",
        "Status",
    )

    def make_line(self, item: DeclarationRow) -> Line:
        d, person = item.declaration, item.person
        kind = "" if d.is_nil else label(DECLARATION_TYPES, d.kind)
        description = NIL_DECLARATION if d.is_nil else _one_line(d.description)
        overdue = review_overdue(d, self.today)
        status = REVIEW_OVERDUE if overdue else "Up to date"
        return Line(
            texts=(
                person.full_name,
                kind,
                description,
                uk_short(d.declared_on),
                uk_short(d.reviewed_on) if d.reviewed_on else "Not reviewed",
                "Yes" if d.private else "No",
                status,
            ),
            keys=(
                text_key(person.full_name),
                text_key(kind),
                text_key(description),
                date_key(d.declared_on),
                date_key(d.reviewed_on),
                int(d.private),
                (not overdue, status),
            ),
            look=Look.ALERT if overdue else Look.PLAIN,
            tip=self._tip(item),
            note=REVIEW_OVERDUE if overdue else "",
        )

    @staticmethod
    def _tip(item: DeclarationRow) -> str:
        d = item.declaration
        lines = [d.description.strip()] if d.description.strip() else []
        if d.topics:
            lines.append(f"Topics: {d.topics}")
        if d.private:
            lines.append("Private: left out of the public register.")
        return "\n".join(lines)
