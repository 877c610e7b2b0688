"""Membership: people, who sits on the board for which partner, deputies, and
declarations of interest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col

from placeboard.domain.errors import ValidationError
from placeboard.domain.keys import natural_id
from placeboard.domain.vocab import DECLARATION_TYPES, MEMBERSHIP_ROLES
from placeboard.store.tables import (
    Declaration,
    Deputy,
    Membership,
    Organisation,
    Partner,
    Person,
    Place,
)

from .base import (
    Service,
    apply_changes,
    board_person,
    get_live,
    insert,
    live,
    put,
    require_choice,
    require_order,
    require_text,
)

PERSON_FIELDS = ("full_name", "title", "job_title", "email")
MEMBERSHIP_FIELDS = ("role", "voting", "start_date", "end_date", "notes", "organisation_id")
DECLARATION_FIELDS = (
    "kind",
    "description",
    "is_nil",
    "private",
    "declared_on",
    "reviewed_on",
    "topics",
)
REVIEW_INTERVAL = timedelta(days=365)


@dataclass(frozen=True)
class MemberRow:
    """A membership with the names the tables show."""

    membership: Membership
    person: Person
    organisation: Organisation
    deputies: list[Person]


@dataclass(frozen=True)
class NewMember:
    """What `add_member` wrote: undo removes the membership, and the person if new."""

    membership: Membership
    person: Person
    person_created: bool


@dataclass(frozen=True)
class NewDeputy:
    """What `name_deputy` wrote: undo removes the deputy, and the person if new."""

    deputy: Deputy
    person: Person
    person_created: bool


@dataclass(frozen=True)
class DeclarationRow:
    """A declaration with the name of the person who made it, as the register shows it."""

    declaration: Declaration
    person: Person


@dataclass(frozen=True)
class PartnerCover:
    """Who sits for a partner organisation now: its voting members and their deputies."""

    organisation: Organisation
    voting_members: list[Person]
    deputies: list[Person]

    @property
    def no_voting_member(self) -> bool:
        return not self.voting_members

    @property
    def no_deputy(self) -> bool:
        """A voting member but nobody named to stand in (a vacant seat is the bigger gap)."""
        return bool(self.voting_members) and not self.deputies


def review_overdue(d: Declaration, today: date) -> bool:
    """Not reviewed (or made) in the last year."""
    return (d.reviewed_on or d.declared_on) < today - REVIEW_INTERVAL


def _is_current(m: Membership, on: date) -> bool:
    return m.start_date <= on and (m.end_date is None or m.end_date >= on)


def _overlaps(a: Membership, start: date, end: date | None) -> bool:
    a_end = a.end_date or date.max
    return a.start_date <= (end or date.max) and start <= a_end


class MembershipService(Service):
    REMOVABLE = {
        "person": (Person, "person"),
        "membership": (Membership, "membership"),
        "deputy": (Deputy, "deputy"),
        "declaration": (Declaration, "declaration"),
    }

    # People ---------------------------------------------------------------------------
    def add_person(
        self, place_id: str, full_name: str, title: str = "", job_title: str = "", email: str = ""
    ) -> Person:
        with self.db.write() as s:
            get_live(s, Place, place_id, "place")
            return insert(
                s,
                Person(
                    place_id=place_id,
                    title=title,
                    job_title=job_title,
                    email=email,
                    full_name=require_text(full_name, "full_name", "A name"),
                ),
            )

    def update_person(self, person_id: str, **changes: object) -> Person:
        if "full_name" in changes:
            require_text(str(changes["full_name"]), "full_name", "A name")
        with self.db.write() as s:
            person = get_live(s, Person, person_id, "person")
            apply_changes(person, changes, PERSON_FIELDS)
            return person

    def list_people(self, place_id: str) -> list[Person]:
        with self.db.read() as s:
            return live(s, Person, place_id=place_id, order_by=[col(Person.full_name)])

    # Memberships ----------------------------------------------------------------------
    def add_membership(
        self,
        place_id: str,
        person_id: str,
        organisation_id: str,
        role: str = "member",
        voting: bool = True,
        start_date: date | None = None,
        end_date: date | None = None,
        notes: str = "",
    ) -> Membership:
        start = start_date or date.today()
        with self.db.write() as s:
            person = get_live(s, Person, person_id, "person")
            row = Membership(
                place_id=place_id,
                person_id=person.id,
                organisation_id=organisation_id,
                role=role,
                voting=voting,
                start_date=start,
                end_date=end_date,
                notes=notes,
            )
            self._validate(s, row)
            return insert(s, row)

    def add_member(
        self,
        place_id: str,
        organisation_id: str,
        person_id: str | None = None,
        full_name: str = "",
        job_title: str = "",
        role: str = "member",
        voting: bool = True,
        start_date: date | None = None,
        end_date: date | None = None,
        notes: str = "",
    ) -> NewMember:
        """A membership for an existing person of the board (`person_id`) or for a new
        person (`full_name`), in one transaction: if the membership is refused, no new
        person is left behind."""
        with self.db.write() as s:
            created = person_id is None
            if created:
                get_live(s, Place, place_id, "place")
                person = insert(
                    s,
                    Person(
                        place_id=place_id,
                        full_name=require_text(full_name, "full_name", "A name"),
                        job_title=job_title,
                    ),
                )
            else:
                person = board_person(s, str(person_id), place_id)
            row = Membership(
                place_id=place_id,
                person_id=person.id,
                organisation_id=organisation_id,
                role=role,
                voting=voting,
                start_date=start_date or date.today(),
                end_date=end_date,
                notes=notes,
            )
            self._validate(s, row)
            return NewMember(insert(s, row), person, created)

    def update_membership(self, membership_id: str, **changes: object) -> Membership:
        with self.db.write() as s:
            row = get_live(s, Membership, membership_id, "membership")
            apply_changes(row, changes, MEMBERSHIP_FIELDS)
            self._validate(s, row)
            return row

    def end_membership(self, membership_id: str, end_date: date) -> Membership:
        return self.update_membership(membership_id, end_date=end_date)

    def _validate(self, s: Session, row: Membership) -> None:
        require_choice(row.role, MEMBERSHIP_ROLES, "role", "The role")
        require_order(row.start_date, row.end_date, "end_date", "a membership")
        board_person(s, row.person_id, row.place_id)
        org = get_live(s, Organisation, row.organisation_id, "organisation")
        partner = s.get(Partner, natural_id("partner", row.place_id, org.id))
        if partner is None or partner.deleted:
            raise ValidationError(
                f"{org.name} is not a partner organisation of this board; "
                "add it as a partner first.",
                "organisation_id",
            )
        if row.role == "chair":
            self._require_one_chair(s, row)

    def _require_one_chair(self, s: Session, row: Membership) -> None:
        for other in live(
            s,
            Membership,
            Membership.role == "chair",
            Membership.id != row.id,
            place_id=row.place_id,
        ):
            if _overlaps(other, row.start_date, row.end_date):
                holder = get_live(s, Person, other.person_id, "person")
                raise ValidationError(
                    f"The board already has a chair ({holder.full_name}) for those dates; "
                    "end that membership first.",
                    "role",
                )

    def list_members(self, place_id: str, current_on: date | None = None) -> list[MemberRow]:
        """Memberships with names; only those current on `current_on` when given."""
        with self.db.read() as s:
            rows = live(s, Membership, place_id=place_id, order_by=[col(Membership.start_date)])
            if current_on is not None:
                rows = [m for m in rows if _is_current(m, current_on)]
            people = {p.id: p for p in live(s, Person, place_id=place_id)}
            orgs = {o.id: o for o in live(s, Organisation)}
            deputies: dict[str, list[Person]] = {}
            for d in live(s, Deputy, place_id=place_id):
                if d.end_date is None or current_on is None or d.end_date >= current_on:
                    deputies.setdefault(d.membership_id, []).append(people[d.person_id])
            return [
                MemberRow(m, people[m.person_id], orgs[m.organisation_id], deputies.get(m.id, []))
                for m in rows
            ]

    def partner_cover(self, place_id: str, today: date | None = None) -> list[PartnerCover]:
        """Each partner organisation of the board, by name, with its current voting
        members and their deputies: where a partner has no vote or no named deputy."""
        today = today or date.today()
        with self.db.read() as s:
            ids = [p.organisation_id for p in live(s, Partner, place_id=place_id)]
            orgs = live(
                s, Organisation, col(Organisation.id).in_(ids), order_by=[col(Organisation.name)]
            )
        voting = [r for r in self.list_members(place_id, today) if r.membership.voting]
        return [
            PartnerCover(
                org,
                [r.person for r in voting if r.organisation.id == org.id],
                [d for r in voting if r.organisation.id == org.id for d in r.deputies],
            )
            for org in orgs
        ]

    # Deputies -------------------------------------------------------------------------
    def add_deputy(
        self, membership_id: str, person_id: str, start_date: date | None = None
    ) -> Deputy:
        with self.db.write() as s:
            m = get_live(s, Membership, membership_id, "membership")
            if person_id == m.person_id:
                raise ValidationError("A member cannot be their own deputy.", "person_id")
            board_person(s, person_id, m.place_id)
            return put(
                s,
                Deputy,
                natural_id("deputy", membership_id, person_id),
                {
                    "place_id": m.place_id,
                    "membership_id": membership_id,
                    "person_id": person_id,
                    "start_date": start_date,
                },
                {"end_date": None},
            )

    def name_deputy(
        self,
        membership_id: str,
        person_id: str | None = None,
        full_name: str = "",
        job_title: str = "",
        start_date: date | None = None,
    ) -> NewDeputy:
        """Name an existing person of the board, or a new person, as a member's deputy,
        in one transaction. Someone already named for this membership is refused."""
        with self.db.write() as s:
            m = get_live(s, Membership, membership_id, "membership")
            created = person_id is None
            if created:
                person = insert(
                    s,
                    Person(
                        place_id=m.place_id,
                        full_name=require_text(full_name, "full_name", "The deputy's name"),
                        job_title=job_title,
                    ),
                )
            else:
                person = board_person(s, str(person_id), m.place_id)
            if person.id == m.person_id:
                raise ValidationError("A member cannot be their own deputy.", "person_id")
            existing = s.get(Deputy, natural_id("deputy", membership_id, person.id))
            if existing is not None and not existing.deleted:
                raise ValidationError(
                    f"{person.full_name} is already named as a deputy for this member.",
                    "person_id",
                )
            deputy = put(
                s,
                Deputy,
                natural_id("deputy", membership_id, person.id),
                {"place_id": m.place_id, "membership_id": membership_id, "person_id": person.id},
                {"start_date": start_date, "end_date": None},
            )
            return NewDeputy(deputy, person, created)

    def remove_deputy(self, membership_id: str, person_id: str) -> str:
        """Remove a person as a member's deputy (a tombstone); returns the deputy's id,
        which `bring_back("deputy", id)` takes to undo it."""
        deputy_id = natural_id("deputy", membership_id, person_id)
        self.remove("deputy", deputy_id)
        return deputy_id

    # Declarations of interest ---------------------------------------------------------
    def declare(
        self,
        place_id: str,
        person_id: str,
        kind: str = "financial",
        description: str = "",
        declared_on: date | None = None,
        reviewed_on: date | None = None,
        is_nil: bool = False,
        private: bool = False,
        topics: str = "",
    ) -> Declaration:
        """A declaration, or a nil declaration (nothing to declare) recorded as such."""
        row = Declaration(
            place_id=place_id,
            person_id=person_id,
            kind=kind,
            description=description,
            is_nil=is_nil,
            private=private,
            declared_on=declared_on or date.today(),
            reviewed_on=reviewed_on,
            topics=topics,
        )
        with self.db.write() as s:
            self._validate_declaration(s, row)
            return insert(s, row)

    def update_declaration(self, declaration_id: str, **changes: object) -> Declaration:
        with self.db.write() as s:
            row = get_live(s, Declaration, declaration_id, "declaration")
            apply_changes(row, changes, DECLARATION_FIELDS)
            self._validate_declaration(s, row)
            return row

    def _validate_declaration(self, s: Session, row: Declaration) -> None:
        board_person(s, row.person_id, row.place_id)
        if not row.is_nil:
            require_choice(row.kind, DECLARATION_TYPES, "kind", "The type of interest")
            require_text(row.description, "description", "The description of the interest")
        require_order(row.declared_on, row.reviewed_on, "reviewed_on", "a declaration review")

    def list_declarations(self, place_id: str) -> list[Declaration]:
        with self.db.read() as s:
            return live(s, Declaration, place_id=place_id, order_by=[col(Declaration.declared_on)])

    def declaration_register(self, place_id: str) -> list[DeclarationRow]:
        """Every live declaration with the declarer, oldest first, in one read."""
        with self.db.read() as s:
            people = {p.id: p for p in live(s, Person, place_id=place_id)}
            found = live(s, Declaration, place_id=place_id, order_by=[col(Declaration.declared_on)])
            return [DeclarationRow(d, people[d.person_id]) for d in found if d.person_id in people]

    def declarations_overdue(self, place_id: str, today: date | None = None) -> list[Declaration]:
        """Declarations not reviewed (or made) in the last year."""
        today = today or date.today()
        return [d for d in self.list_declarations(place_id) if review_overdue(d, today)]
