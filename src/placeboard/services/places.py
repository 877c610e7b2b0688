"""Places, their boards and localities, organisations, and each board's partners."""

from __future__ import annotations

from datetime import date

from sqlmodel import col

from placeboard.domain.errors import NotFoundError, ValidationError
from placeboard.domain.keys import natural_id
from placeboard.domain.vocab import SECTORS
from placeboard.store.tables import Board, Locality, Organisation, Partner, Place

from .base import Service, apply_changes, get_live, insert, live, put, require_choice, require_text

PLACE_FIELDS = ("name", "kind", "population", "icb_name")
ORGANISATION_FIELDS = ("name", "short_name", "sector")


class PlaceService(Service):
    REMOVABLE = {"locality": (Locality, "locality")}

    def create_place(
        self,
        name: str,
        kind: str = "",
        population: int | None = None,
        icb_name: str = "",
        board_name: str | None = None,
    ) -> Place:
        """A place and its board; the place's id is a UUIDv5 of its name."""
        name = require_text(name, "name", "The place's name")
        if population is not None and population < 0:
            raise ValidationError("A population cannot be negative.", "population")
        place_id = natural_id("place", name)
        with self.db.write() as s:
            if s.get(Place, place_id) is not None:
                raise ValidationError(f"There is already a place called {name}.", "name")
            place = insert(
                s,
                Place(
                    id=place_id,
                    place_id=place_id,
                    name=name,
                    kind=kind,
                    population=population,
                    icb_name=icb_name,
                ),
            )
            insert(
                s,
                Board(
                    id=natural_id("board", place_id),
                    place_id=place_id,
                    name=board_name or f"{name} Place-Based Partnership Board",
                ),
            )
            return place

    def update_place(self, place_id: str, **changes: object) -> Place:
        with self.db.write() as s:
            place = get_live(s, Place, place_id, "place")
            apply_changes(place, changes, PLACE_FIELDS)
            return place

    def list_places(self) -> list[Place]:
        with self.db.read() as s:
            return live(s, Place, order_by=[col(Place.name)])

    def get_place(self, place_id: str) -> Place:
        with self.db.read() as s:
            return get_live(s, Place, place_id, "place")

    def place_named(self, name: str) -> Place:
        """A place by its name, case ignored; NotFoundError names the places there are."""
        places = self.list_places()
        for place in places:
            if place.name.casefold() == name.strip().casefold():
                return place
        known = ", ".join(p.name for p in places) or "none yet"
        raise NotFoundError(f"There is no place called {name} (places: {known}).")

    def board(self, place_id: str) -> Board:
        with self.db.read() as s:
            return get_live(s, Board, natural_id("board", place_id), "board")

    def add_locality(
        self, place_id: str, name: str, kind: str = "delivery_unit", parent_id: str | None = None
    ) -> Locality:
        require_choice(kind, ("delivery_unit", "neighbourhood"), "kind", "The kind of locality")
        with self.db.write() as s:
            get_live(s, Place, place_id, "place")
            return insert(
                s,
                Locality(
                    place_id=place_id,
                    name=require_text(name, "name", "Name"),
                    kind=kind,
                    parent_id=parent_id,
                ),
            )

    def list_localities(self, place_id: str) -> list[Locality]:
        with self.db.read() as s:
            return live(s, Locality, place_id=place_id, order_by=[col(Locality.name)])


class OrganisationService(Service):
    REMOVABLE = {"partner": (Partner, "partner")}

    def create_organisation(self, name: str, sector: str, short_name: str = "") -> Organisation:
        """An organisation (ICB-wide); its id is a UUIDv5 of the name, so it is one row."""
        name = require_text(name, "name", "The organisation's name")
        require_choice(sector, SECTORS, "sector", "The sector")
        org_id = natural_id("organisation", name)
        with self.db.write() as s:
            existing = s.get(Organisation, org_id)
            if existing is not None and not existing.deleted:
                raise ValidationError(f"There is already an organisation called {name}.", "name")
            if existing is not None:
                apply_changes(
                    existing,
                    {"deleted": False, "sector": sector, "short_name": short_name},
                    ("deleted", *ORGANISATION_FIELDS),
                )
                return existing
            return insert(
                s, Organisation(id=org_id, name=name, sector=sector, short_name=short_name)
            )

    def update_organisation(self, org_id: str, **changes: object) -> Organisation:
        if "sector" in changes:
            require_choice(str(changes["sector"]), SECTORS, "sector", "The sector")
        with self.db.write() as s:
            org = get_live(s, Organisation, org_id, "organisation")
            apply_changes(org, changes, ORGANISATION_FIELDS)
            return org

    def list_organisations(self) -> list[Organisation]:
        with self.db.read() as s:
            return live(s, Organisation, order_by=[col(Organisation.name)])

    def find(self, name: str) -> Organisation:
        with self.db.read() as s:
            return get_live(
                s, Organisation, natural_id("organisation", name), f"organisation '{name}'"
            )

    def add_partner(
        self, place_id: str, organisation_id: str, joined_on: date | None = None
    ) -> Partner:
        """Make an organisation a partner of the place's board (one row per pair)."""
        partner_id = natural_id("partner", place_id, organisation_id)
        with self.db.write() as s:
            get_live(s, Place, place_id, "place")
            org = get_live(s, Organisation, organisation_id, "organisation")
            existing = s.get(Partner, partner_id)
            if existing is not None and not existing.deleted:
                raise ValidationError(
                    f"{org.name} is already a partner of this board.", "organisation_id"
                )
            return put(
                s,
                Partner,
                partner_id,
                {"place_id": place_id, "organisation_id": organisation_id},
                {"joined_on": joined_on, "left_on": None},
            )

    def list_partners(self, place_id: str) -> list[Organisation]:
        with self.db.read() as s:
            ids = [p.organisation_id for p in live(s, Partner, place_id=place_id)]
            return live(
                s, Organisation, col(Organisation.id).in_(ids), order_by=[col(Organisation.name)]
            )
