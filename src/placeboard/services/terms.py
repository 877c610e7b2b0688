"""Terms of reference: versions, their sections and the approval of each partner."""

from __future__ import annotations

from datetime import date

from sqlmodel import col

from placeboard.domain.errors import ValidationError
from placeboard.domain.keys import natural_id
from placeboard.domain.vocab import TOR_STATUSES
from placeboard.store.tables import Organisation, Partner, TorApproval, TorSection, TorVersion

from .base import Service, apply_changes, get_live, insert, live, put, require_choice, require_text

VERSION_FIELDS = (
    "label",
    "status",
    "quorum_members",
    "quorum_rule",
    "quorum_requires_sectors",
    "effective_from",
    "review_date",
    "agreed_on",
)


class TermsService(Service):
    REMOVABLE = {
        "tor_version": (TorVersion, "terms of reference version"),
        "tor_section": (TorSection, "section"),
    }

    def create_version(
        self,
        place_id: str,
        label: str,
        quorum_members: int = 0,
        quorum_rule: str = "",
        quorum_requires_sectors: str = "",
        review_date: date | None = None,
    ) -> TorVersion:
        if quorum_members < 0:
            raise ValidationError(
                "A quorum cannot be a negative number of members.", "quorum_members"
            )
        with self.db.write() as s:
            return insert(
                s,
                TorVersion(
                    place_id=place_id,
                    label=require_text(label, "label", "The version label"),
                    quorum_members=quorum_members,
                    quorum_rule=quorum_rule,
                    quorum_requires_sectors=quorum_requires_sectors,
                    review_date=review_date,
                ),
            )

    def update_version(self, version_id: str, **changes: object) -> TorVersion:
        if "status" in changes:
            require_choice(str(changes["status"]), TOR_STATUSES, "status", "The status")
        with self.db.write() as s:
            row = get_live(s, TorVersion, version_id, "terms of reference version")
            apply_changes(row, changes, VERSION_FIELDS)
            return row

    def list_versions(self, place_id: str) -> list[TorVersion]:
        with self.db.read() as s:
            return live(s, TorVersion, place_id=place_id, order_by=[col(TorVersion.created_at)])

    def add_section(
        self, version_id: str, kind: str, heading: str, body: str = "", position: int | None = None
    ) -> TorSection:
        with self.db.write() as s:
            version = get_live(s, TorVersion, version_id, "terms of reference version")
            count = len(live(s, TorSection, TorSection.version_id == version_id))
            return insert(
                s,
                TorSection(
                    place_id=version.place_id,
                    version_id=version_id,
                    kind=kind,
                    heading=require_text(heading, "heading", "The heading"),
                    body=body,
                    position=count if position is None else position,
                ),
            )

    def update_section(self, section_id: str, **changes: object) -> TorSection:
        with self.db.write() as s:
            row = get_live(s, TorSection, section_id, "section")
            apply_changes(row, changes, ("heading", "body", "position", "kind"))
            return row

    def list_sections(self, version_id: str) -> list[TorSection]:
        with self.db.read() as s:
            return live(
                s,
                TorSection,
                TorSection.version_id == version_id,
                order_by=[col(TorSection.position)],
            )

    def record_approval(
        self,
        version_id: str,
        organisation_id: str,
        approved_by: str,
        approved_on: date,
        minute_reference: str = "",
    ) -> TorApproval:
        """A partner's approval (approving body, date, minute reference); when every
        partner has approved, the version is agreed and the previous agreed one
        superseded."""
        with self.db.write() as s:
            version = get_live(s, TorVersion, version_id, "terms of reference version")
            org = get_live(s, Organisation, organisation_id, "organisation")
            partner = s.get(Partner, natural_id("partner", version.place_id, org.id))
            if partner is None or partner.deleted:
                raise ValidationError(
                    f"{org.name} is not a partner of this board.", "organisation_id"
                )
            row = put(
                s,
                TorApproval,
                natural_id("tor_approval", version_id, organisation_id),
                {
                    "place_id": version.place_id,
                    "version_id": version_id,
                    "organisation_id": organisation_id,
                },
                {
                    "approved_by": approved_by,
                    "approved_on": approved_on,
                    "minute_reference": minute_reference,
                },
            )
            s.flush()
            if not self._outstanding(s, version) and version.status != "agreed":
                for other in live(
                    s,
                    TorVersion,
                    TorVersion.status == "agreed",
                    TorVersion.id != version.id,
                    place_id=version.place_id,
                ):
                    apply_changes(other, {"status": "superseded"}, VERSION_FIELDS)
                apply_changes(
                    version, {"status": "agreed", "agreed_on": approved_on}, VERSION_FIELDS
                )
            return row

    def outstanding_approvals(self, version_id: str) -> list[Organisation]:
        """Partners that have not yet approved this version."""
        with self.db.read() as s:
            return self._outstanding(s, get_live(s, TorVersion, version_id, "version"))

    def _outstanding(self, s, version: TorVersion) -> list[Organisation]:  # type: ignore[no-untyped-def]
        partners = {p.organisation_id for p in live(s, Partner, place_id=version.place_id)}
        approved = {
            a.organisation_id
            for a in live(s, TorApproval, TorApproval.version_id == version.id)
            if a.approved_on is not None
        }
        missing = partners - approved
        return live(
            s, Organisation, col(Organisation.id).in_(missing), order_by=[col(Organisation.name)]
        )

    def current_version(self, place_id: str) -> TorVersion | None:
        """The agreed version in force, else the newest one."""
        versions = self.list_versions(place_id)
        agreed = [v for v in versions if v.status == "agreed"]
        return (agreed or versions or [None])[-1]
