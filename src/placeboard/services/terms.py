"""Terms of reference: versions, their sections and the approval of each partner.

A version goes draft → out for approval → agreed → superseded. Only a draft's words and
quorum can change. A version is agreed only when every partner organisation of the
board has approved it ("formally agreed by all place partners"), and the version agreed
before it is then superseded; nobody marks a version agreed or superseded by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col

from placeboard.domain.catalogue import TOR_SECTIONS
from placeboard.domain.errors import ValidationError
from placeboard.domain.keys import natural_id
from placeboard.domain.periods import uk_date
from placeboard.domain.tor_compare import SectionDiff, SectionText, compare_sections
from placeboard.domain.vocab import SECTORS, TOR_STATUSES, label
from placeboard.store.tables import (
    Board,
    Membership,
    Organisation,
    Partner,
    Place,
    TorApproval,
    TorSection,
    TorVersion,
)

from .base import (
    Service,
    apply_changes,
    get_live,
    insert,
    live,
    put,
    require_choice,
    require_text,
    tombstone,
)

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
# What a person may change, and which of those only while the version is a draft.
EDITABLE_FIELDS = ("label", "quorum_members", "quorum_rule", "quorum_requires_sectors",
                   "effective_from", "review_date")  # fmt: skip
DRAFT_ONLY_FIELDS = ("label", "quorum_members", "quorum_rule", "quorum_requires_sectors")
SECTION_FIELDS = ("heading", "body", "position", "kind")
SECTION_KINDS = (*(s.key for s in TOR_SECTIONS), "other")
MAX_QUORUM = 200
COUNCIL_SECTORS = ("unitary_council", "upper_tier_council")
SECTIONS_LOCKED = "its sections cannot change"
NEW_VERSION = "Only a draft can change: start a new version from it to propose changes."
REMOVE_ONLY_DRAFTS = (
    "Only a draft can be removed: a version sent to the partners stays as the record of "
    "what they were asked to approve."
)

# How a quorum rule names a sector: "at least one from the ICB".
SECTOR_PHRASES: dict[str, str] = {
    "icb": "the ICB",
    "nhs_trust": "an NHS trust",
    "primary_care": "primary care",
    "upper_tier_council": "an upper-tier council",
    "unitary_council": "a unitary council",
    "district_council": "a district council",
    "vcfse": "the VCFSE sector",
    "healthwatch": "Healthwatch",
    "emergency_services": "the emergency services",
    "housing": "a housing organisation",
    "hospice": "a hospice",
    "education": "an education organisation",
    "other": "another partner organisation",
}


@dataclass(frozen=True)
class PartnerApproval:
    """One partner organisation and its approval of a version, if it has given it."""

    organisation_id: str
    organisation: str
    sector: str
    approved_by: str = ""  # the approving body
    approved_on: date | None = None
    minute_reference: str = ""

    @property
    def outstanding(self) -> bool:
        return self.approved_on is None


@dataclass(frozen=True)
class VersionRow:
    """A version as the list of versions shows it."""

    version: TorVersion
    approved: int
    partners: int
    review_overdue: bool


def sector_list(sectors: str | Iterable[str]) -> list[str]:
    """Sector keys from "icb,unitary_council" (or a list), without blanks or repeats."""
    items = sectors.split(",") if isinstance(sectors, str) else list(sectors)
    keys: list[str] = []
    for item in items:
        key = item.strip()
        if key and key not in keys:
            keys.append(key)
    return keys


def _and(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def quorum_in_words(members: int, sectors: str | Iterable[str]) -> str:
    """The rule as a sentence: "5 voting members, including at least one from the ICB
    and one from a unitary council"."""
    phrases = [SECTOR_PHRASES.get(key, label(SECTORS, key)) for key in sector_list(sectors)]
    froms = [f"one from {p}" for p in phrases]
    if members <= 0 and not froms:
        return "No quorum is set"
    if members <= 0:
        return "At least " + _and(froms).replace("one from", "one voting member from", 1)
    counted = f"{members} voting member{'s' if members != 1 else ''}"
    if not froms:
        return counted
    return f"{counted}, including at least {_and(froms)}"


def add_a_year(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)


def _require_quorum(members: int, sectors: str | Iterable[str]) -> str:
    """Checked quorum fields; the sectors as they are stored, "icb,unitary_council"."""
    if not 0 <= members <= MAX_QUORUM:
        raise ValidationError(
            f"The quorum must be from 0 to {MAX_QUORUM} voting members (not {members}).",
            "quorum_members",
        )
    keys = sector_list(sectors)
    for key in keys:
        require_choice(key, SECTORS, "quorum_requires_sectors", "Each required sector")
    return ",".join(keys)


# A version "is a draft", "is out for approval", "is agreed", "is superseded".
STATUS_PHRASES = {**TOR_STATUSES, "draft": "a draft"}


def _status(version: TorVersion) -> str:
    return label(STATUS_PHRASES, version.status).lower()


def _names(orgs: Sequence[Organisation]) -> str:
    return _and([o.name for o in orgs])


class TermsService(Service):
    REMOVABLE = {
        "tor_version": (TorVersion, "terms of reference version"),
        "tor_section": (TorSection, "section"),
    }

    # -- versions ----------------------------------------------------------------------

    def create_version(
        self,
        place_id: str,
        label: str,
        quorum_members: int = 0,
        quorum_rule: str = "",
        quorum_requires_sectors: str = "",
        review_date: date | None = None,
    ) -> TorVersion:
        sectors = _require_quorum(quorum_members, quorum_requires_sectors)
        with self.db.write() as s:
            get_live(s, Place, place_id, "place")
            return insert(
                s,
                TorVersion(
                    place_id=place_id,
                    label=self._free_label(s, place_id, label),
                    quorum_members=quorum_members,
                    quorum_rule=quorum_rule or quorum_in_words(quorum_members, sectors) + ".",
                    quorum_requires_sectors=sectors,
                    review_date=review_date,
                ),
            )

    def new_version_from(self, version_id: str, label: str) -> TorVersion:
        """A new draft that starts as a copy of a version's sections and quorum rule."""
        with self.db.write() as s:
            source = self._version(s, version_id)
            version = insert(
                s,
                TorVersion(
                    place_id=source.place_id,
                    label=self._free_label(s, source.place_id, label),
                    quorum_members=source.quorum_members,
                    quorum_rule=source.quorum_rule,
                    quorum_requires_sectors=source.quorum_requires_sectors,
                ),
            )
            texts = [(x.kind, x.heading, x.body) for x in self._sections(s, source.id)]
            self._insert_sections(s, version, texts)
            return version

    def first_version(self, place_id: str, label: str, today: date) -> TorVersion:
        """A first draft for a board with none yet: the standard sections (seed 001's
        wording) filled in for this board, with a quorum of half its voting members
        including the ICB and the council."""
        voting = self.voting_members(place_id, today)
        with self.db.write() as s:
            place = get_live(s, Place, place_id, "place")
            board = s.get(Board, natural_id("board", place_id))
            partners = self._partner_orgs(s, place_id)
            icb = next((o for o in partners if o.sector == "icb"), None)
            council = next((o for o in partners if o.sector in COUNCIL_SECTORS), None)
            values = {
                "board_name": board.name if board else f"{place.name} partnership board",
                "place": place.name,
                "icb": icb.name if icb else (place.icb_name or "the integrated care board"),
                "council": council.name if council else "the local council",
            }
            sectors = ",".join(o.sector for o in (icb, council) if o is not None)
            members = (voting + 1) // 2
            version = insert(
                s,
                TorVersion(
                    place_id=place_id,
                    label=self._free_label(s, place_id, label),
                    quorum_members=members,
                    quorum_rule=quorum_in_words(members, sectors) + ".",
                    quorum_requires_sectors=sectors,
                ),
            )
            texts = [(x.key, x.heading, x.template.format(**values)) for x in TOR_SECTIONS]
            self._insert_sections(s, version, texts)
            return version

    def update_version(self, version_id: str, **changes: object) -> TorVersion:
        """Change a version's fields. A status change follows the rules of the module
        docstring; the label and quorum change only on a draft."""
        status = changes.pop("status", None)
        if status is not None:
            require_choice(str(status), TOR_STATUSES, "status", "The status")
        with self.db.write() as s:
            row = self._version(s, version_id)
            if status is not None and status != row.status:
                self._change_status(s, row, str(status))
            self._check_fields(row, changes)
            if "label" in changes:
                changes["label"] = self._free_label(s, row.place_id, str(changes["label"]), row.id)
            if "quorum_members" in changes or "quorum_requires_sectors" in changes:
                members = changes.get("quorum_members", row.quorum_members)
                if not isinstance(members, int):
                    raise ValidationError("The quorum must be a whole number.", "quorum_members")
                changes["quorum_requires_sectors"] = _require_quorum(
                    members,
                    str(changes.get("quorum_requires_sectors", row.quorum_requires_sectors)),
                )
            apply_changes(row, changes, EDITABLE_FIELDS)
            return row

    def set_quorum(self, version_id: str, members: int, sectors: str | Iterable[str]) -> TorVersion:
        """A draft's quorum: how many voting members, and the sectors that must each have
        one present. The worded rule is written to match."""
        stored = _require_quorum(members, sectors)
        with self.db.write() as s:
            row = self._version(s, version_id)
            self._require_draft(row, "its quorum cannot change")
            changes = {
                "quorum_members": members,
                "quorum_requires_sectors": stored,
                "quorum_rule": quorum_in_words(members, stored) + ".",
            }
            apply_changes(row, changes, EDITABLE_FIELDS)
            return row

    def send_for_approval(self, version_id: str) -> TorVersion:
        """Send a draft to the partner organisations for their approval."""
        with self.db.write() as s:
            row = self._version(s, version_id)
            self._send(s, row)
            return row

    def return_to_draft(self, version_id: str) -> TorVersion:
        """Take a version back from approval, before any partner has approved it."""
        with self.db.write() as s:
            row = self._version(s, version_id)
            self._to_draft(s, row)
            return row

    def list_versions(self, place_id: str) -> list[TorVersion]:
        with self.db.read() as s:
            return live(s, TorVersion, place_id=place_id, order_by=[col(TorVersion.created_at)])

    def get_version(self, version_id: str) -> TorVersion:
        with self.db.read() as s:
            return self._version(s, version_id)

    def version_rows(self, place_id: str, today: date) -> list[VersionRow]:
        """Every version with its count of approvals and whether its review is overdue."""
        with self.db.read() as s:
            partners = self._partner_ids(s, place_id)
            approved: dict[str, set[str]] = {}
            for a in live(s, TorApproval, place_id=place_id):
                if a.approved_on is not None and a.organisation_id in partners:
                    approved.setdefault(a.version_id, set()).add(a.organisation_id)
            versions = live(s, TorVersion, place_id=place_id, order_by=[col(TorVersion.created_at)])
            return [
                VersionRow(
                    version=v,
                    approved=len(approved.get(v.id, ())),
                    partners=len(partners),
                    review_overdue=_overdue(v, today),
                )
                for v in versions
            ]

    def current_version(self, place_id: str) -> TorVersion | None:
        """The agreed version in force, else the newest one."""
        versions = self.list_versions(place_id)
        agreed = [v for v in versions if v.status == "agreed"]
        return (agreed or versions or [None])[-1]

    def agreed_version(self, place_id: str) -> TorVersion | None:
        """The version in force: the agreed one (None before any is agreed)."""
        agreed = [v for v in self.list_versions(place_id) if v.status == "agreed"]
        return agreed[-1] if agreed else None

    def review_overdue(self, place_id: str, today: date) -> TorVersion | None:
        """The version in force when its review date has passed, else None."""
        version = self.agreed_version(place_id)
        return version if version is not None and _overdue(version, today) else None

    def quorum_rule_text(self, place_id: str) -> str:
        """The quorum rule in force, in words."""
        version = self.agreed_version(place_id)
        if version is None:
            return "No terms of reference are agreed yet, so no quorum rule is in force."
        words = quorum_in_words(version.quorum_members, version.quorum_requires_sectors)
        return f"{words} ({version.label})."

    def remove(self, kind: str, row_id: str) -> None:
        """Remove a draft version, or a section of a draft: what was sent to partners
        stays as the record of what they were asked to approve."""
        model, what = self._removable(kind)
        with self.db.write() as s:
            row = get_live(s, model, row_id, what)
            if isinstance(row, TorVersion):
                self._require_draft(row, "it cannot be removed", REMOVE_ONLY_DRAFTS)
            elif isinstance(row, TorSection):
                self._require_draft(self._version(s, row.version_id), SECTIONS_LOCKED)
            tombstone(row)

    # -- sections ----------------------------------------------------------------------

    def add_section(
        self, version_id: str, kind: str, heading: str, body: str = "", position: int | None = None
    ) -> TorSection:
        require_choice(kind, SECTION_KINDS, "kind", "The kind of section")
        with self.db.write() as s:
            version = self._version(s, version_id)
            self._require_draft(version, SECTIONS_LOCKED)
            count = len(self._sections(s, version_id))
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
        if "heading" in changes:
            changes["heading"] = require_text(str(changes["heading"]), "heading", "The heading")
        if "kind" in changes:
            require_choice(str(changes["kind"]), SECTION_KINDS, "kind", "The kind of section")
        with self.db.write() as s:
            row = get_live(s, TorSection, section_id, "section")
            self._require_draft(self._version(s, row.version_id), SECTIONS_LOCKED)
            apply_changes(row, changes, SECTION_FIELDS)
            return row

    def list_sections(self, version_id: str) -> list[TorSection]:
        with self.db.read() as s:
            return self._sections(s, version_id)

    def compare(self, left_id: str, right_id: str) -> list[SectionDiff]:
        """Two versions side by side, section by section (see domain/tor_compare)."""
        with self.db.read() as s:
            left, right = self._version(s, left_id), self._version(s, right_id)
            if left.place_id != right.place_id:
                raise ValidationError("Only versions of the same board can be compared.")
            texts = [
                [SectionText(x.kind, x.heading, x.body) for x in self._sections(s, v.id)]
                for v in (left, right)
            ]
        return compare_sections(*texts)

    # -- approvals ---------------------------------------------------------------------

    def record_approval(
        self,
        version_id: str,
        organisation_id: str,
        approved_by: str,
        approved_on: date,
        minute_reference: str = "",
    ) -> TorApproval:
        """A partner's approval (approving body, date, minute reference) of a version out
        for approval; when every partner has approved, the version is agreed and the
        previous agreed one superseded."""
        body = require_text(approved_by, "approved_by", "The approving body")
        if not isinstance(approved_on, date):
            raise ValidationError("The date of the approval is needed.", "approved_on")
        with self.db.write() as s:
            version = self._version(s, version_id)
            org = self._partner(s, version.place_id, organisation_id)
            if version.status != "out_for_approval":
                raise ValidationError(
                    f"{org.name}'s approval cannot be recorded: {version.label} is "
                    f"{_status(version)}, and partners approve "
                    "only a version that is out for approval.",
                    "version_id",
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
                    "approved_by": body,
                    "approved_on": approved_on,
                    "minute_reference": minute_reference.strip(),
                },
            )
            s.flush()
            if not self._outstanding(s, version):
                self._agree(s, version, approved_on)
            return row

    def withdraw_approval(self, version_id: str, organisation_id: str) -> PartnerApproval:
        """Take back a partner's approval (a mistake, or undo). An agreed version goes
        back to out for approval and the version it superseded is in force again.
        Returns the approval as it was, so it can be recorded again."""
        with self.db.write() as s:
            version = self._version(s, version_id)
            org = get_live(s, Organisation, organisation_id, "organisation")
            approval = s.get(TorApproval, natural_id("tor_approval", version_id, organisation_id))
            if approval is None or approval.deleted or approval.approved_on is None:
                raise ValidationError(
                    f"{org.name} has not approved {version.label}.", "organisation_id"
                )
            if version.status not in ("out_for_approval", "agreed"):
                raise ValidationError(
                    f"{version.label} is {_status(version)}: "
                    "its approvals are the record of how it was agreed and stay as they are.",
                    "version_id",
                )
            was = PartnerApproval(
                org.id,
                org.name,
                org.sector,
                approval.approved_by,
                approval.approved_on,
                approval.minute_reference,
            )
            tombstone(approval)
            if version.status == "agreed":
                self._unagree(s, version)
            return was

    def approvals(self, version_id: str) -> list[PartnerApproval]:
        """Per partner organisation, by name: its approval of the version, or outstanding."""
        with self.db.read() as s:
            version = self._version(s, version_id)
            given = {
                a.organisation_id: a
                for a in live(s, TorApproval, TorApproval.version_id == version_id)
                if a.approved_on is not None
            }
            rows = []
            for org in self._partner_orgs(s, version.place_id):
                a = given.get(org.id)
                if a is None:
                    rows.append(PartnerApproval(org.id, org.name, org.sector))
                else:
                    rows.append(
                        PartnerApproval(
                            org.id,
                            org.name,
                            org.sector,
                            a.approved_by,
                            a.approved_on,
                            a.minute_reference,
                        )
                    )
            return rows

    def outstanding_approvals(self, version_id: str) -> list[Organisation]:
        """Partners that have not yet approved this version."""
        with self.db.read() as s:
            return self._outstanding(s, self._version(s, version_id))

    def voting_members(self, place_id: str, on: date) -> int:
        """How many voting members the board has on a date (to set a quorum against)."""
        with self.db.read() as s:
            rows = live(s, Membership, col(Membership.voting).is_(True), place_id=place_id)
            return sum(
                1 for m in rows if m.start_date <= on and (m.end_date is None or m.end_date >= on)
            )

    # -- rules -------------------------------------------------------------------------

    def _version(self, s: Session, version_id: str) -> TorVersion:
        return get_live(s, TorVersion, version_id, "terms of reference version")

    def _sections(self, s: Session, version_id: str) -> list[TorSection]:
        return live(
            s, TorSection, TorSection.version_id == version_id, order_by=[col(TorSection.position)]
        )

    @staticmethod
    def _insert_sections(
        s: Session, version: TorVersion, texts: Sequence[tuple[str, str, str]]
    ) -> None:
        """Sections (kind, heading, body) of a new version, in this order."""
        for position, (kind, heading, body) in enumerate(texts):
            insert(
                s,
                TorSection(
                    place_id=version.place_id,
                    version_id=version.id,
                    kind=kind,
                    position=position,
                    heading=heading,
                    body=body,
                ),
            )

    def _free_label(self, s: Session, place_id: str, wanted: str, own_id: str | None = None) -> str:
        text = require_text(wanted, "label", "The version label")
        for other in live(s, TorVersion, place_id=place_id):
            if other.id != own_id and other.label.casefold() == text.casefold():
                raise ValidationError(
                    f"There is already a version labelled “{other.label}”; choose another label.",
                    "label",
                )
        return text

    @staticmethod
    def _require_draft(version: TorVersion, refused: str, advice: str = NEW_VERSION) -> None:
        """Only a draft changes; `refused` says what cannot happen ("its quorum cannot
        change"), `advice` what to do instead."""
        if version.status == "draft":
            return
        status = _status(version)
        raise ValidationError(f"{version.label} is {status}, so {refused}. {advice}", "status")

    @staticmethod
    def _check_fields(version: TorVersion, changes: dict[str, object]) -> None:
        locked = [f for f in changes if f in DRAFT_ONLY_FIELDS]
        if locked and version.status != "draft":
            what = "its quorum" if locked[0].startswith("quorum") else "its label"
            TermsService._require_draft(version, f"{what} cannot change")

    def _change_status(self, s: Session, version: TorVersion, status: str) -> None:
        """A status set by hand: only the steps a person takes are allowed."""
        if status == "out_for_approval":
            self._send(s, version)
        elif status == "draft":
            self._to_draft(s, version)
        elif status == "agreed":
            self._agree_by_hand(s, version)
        else:
            raise ValidationError(
                f"{version.label} cannot be marked superseded by hand: a version is "
                "superseded when a newer version is agreed by every partner.",
                "status",
            )

    def _send(self, s: Session, version: TorVersion) -> None:
        if version.status != "draft":
            status = _status(version)
            raise ValidationError(
                f"{version.label} is {status}; only a draft can be sent for approval.", "status"
            )
        if not self._sections(s, version.id):
            raise ValidationError(
                f"{version.label} has no sections yet; write them before sending it for approval.",
                "status",
            )
        apply_changes(version, {"status": "out_for_approval"}, VERSION_FIELDS)

    def _to_draft(self, s: Session, version: TorVersion) -> None:
        if version.status != "out_for_approval":
            status = _status(version)
            raise ValidationError(
                f"{version.label} is {status}; only a version out for approval can go back "
                "to being a draft.",
                "status",
            )
        approved = [
            a for a in live(s, TorApproval, TorApproval.version_id == version.id) if a.approved_on
        ]
        if approved:
            raise ValidationError(
                f"{version.label} cannot go back to being a draft: {len(approved)} partner "
                f"organisation{'s have' if len(approved) != 1 else ' has'} already approved "
                "it. Withdraw those approvals first.",
                "status",
            )
        apply_changes(version, {"status": "draft"}, VERSION_FIELDS)

    def _agree_by_hand(self, s: Session, version: TorVersion) -> None:
        outstanding = self._outstanding(s, version)
        if version.status != "out_for_approval" or outstanding:
            because = (
                f"approvals are still outstanding from {_names(outstanding)}"
                if outstanding and version.status == "out_for_approval"
                else "it has not been sent for approval"
            )
            raise ValidationError(
                f"{version.label} cannot be marked agreed by hand: it is agreed when every "
                f"partner organisation has approved it, and {because}.",
                "status",
            )
        latest = max(
            a.approved_on
            for a in live(s, TorApproval, TorApproval.version_id == version.id)
            if a.approved_on
        )
        self._agree(s, version, latest)

    def _agree(self, s: Session, version: TorVersion, on: date) -> None:
        """Every partner has approved: the version is in force and the one before it is
        superseded. Dates not yet set are filled in (reviewed at least annually)."""
        for other in live(
            s,
            TorVersion,
            TorVersion.status == "agreed",
            TorVersion.id != version.id,
            place_id=version.place_id,
        ):
            apply_changes(other, {"status": "superseded"}, VERSION_FIELDS)
        changes: dict[str, object] = {"status": "agreed", "agreed_on": on}
        if version.effective_from is None:
            changes["effective_from"] = on
        if version.review_date is None:
            changes["review_date"] = add_a_year(on)
        apply_changes(version, changes, VERSION_FIELDS)

    def _unagree(self, s: Session, version: TorVersion) -> None:
        """The reverse of _agree: back out for approval (dates it filled in cleared), and
        the most recently agreed of the superseded versions in force again."""
        on = version.agreed_on
        changes: dict[str, object] = {"status": "out_for_approval", "agreed_on": None}
        if on is not None and version.effective_from == on:
            changes["effective_from"] = None
        if on is not None and version.review_date == add_a_year(on):
            changes["review_date"] = None
        apply_changes(version, changes, VERSION_FIELDS)
        superseded = live(
            s, TorVersion, TorVersion.status == "superseded", place_id=version.place_id
        )
        if superseded:
            previous = max(superseded, key=lambda v: (v.agreed_on or date.min, v.created_at))
            apply_changes(previous, {"status": "agreed"}, VERSION_FIELDS)

    def _partner_ids(self, s: Session, place_id: str) -> set[str]:
        return {p.organisation_id for p in live(s, Partner, place_id=place_id)}

    def _partner_orgs(self, s: Session, place_id: str) -> list[Organisation]:
        ids = self._partner_ids(s, place_id)
        return live(
            s, Organisation, col(Organisation.id).in_(ids), order_by=[col(Organisation.name)]
        )

    def _partner(self, s: Session, place_id: str, organisation_id: str) -> Organisation:
        org = get_live(s, Organisation, organisation_id, "organisation")
        partner = s.get(Partner, natural_id("partner", place_id, org.id))
        if partner is None or partner.deleted:
            raise ValidationError(f"{org.name} is not a partner of this board.", "organisation_id")
        return org

    def _outstanding(self, s: Session, version: TorVersion) -> list[Organisation]:
        approved = {
            a.organisation_id
            for a in live(s, TorApproval, TorApproval.version_id == version.id)
            if a.approved_on is not None
        }
        return [o for o in self._partner_orgs(s, version.place_id) if o.id not in approved]


def _overdue(version: TorVersion, today: date) -> bool:
    """A review date that has passed, on a version not yet replaced."""
    return (
        version.status != "superseded"
        and version.review_date is not None
        and version.review_date < today
    )


def review_sentence(version: TorVersion) -> str:
    """The warning for a version whose review is overdue."""
    when = uk_date(version.review_date) if version.review_date else "an unknown date"
    return (
        f"The terms of reference in force ({version.label}) were due for review on {when}. "
        "Start a new version from them to review them."
    )
