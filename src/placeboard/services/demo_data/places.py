"""Localities under each place (Lancashire's delivery units, and neighbourhoods) and the
glossary every board starts with."""

from __future__ import annotations

from placeboard.domain.catalogue import GLOSSARY, GLOSSARY_TERMS, Place

# Neighbourhoods of 30,000 to 50,000 people (illustrative groupings, seed 001).
NEIGHBOURHOODS: dict[str, tuple[str, ...]] = {
    "Blackburn with Darwen": (
        "Blackburn North", "Blackburn South and East", "Blackburn West", "Darwen and Rural",
    ),
    "Blackpool": ("Blackpool North", "Blackpool Central", "Blackpool South"),
    "South Cumbria": (
        "Kendal and South Lakeland", "Barrow-in-Furness", "Furness Peninsula",
        "Windermere and Ambleside",
    ),
}  # fmt: skip


def localities(place: Place) -> list[tuple[str, str, str | None]]:
    """(name, kind, parent name): delivery units with their districts as neighbourhoods,
    or the place's neighbourhoods."""
    found: list[tuple[str, str, str | None]] = []
    for unit in place.delivery_units:
        found.append((unit.name, "delivery_unit", None))
        found += [(district, "neighbourhood", unit.name) for district in unit.districts]
    found += [(name, "neighbourhood", None) for name in NEIGHBOURHOODS.get(place.name, ())]
    return found


def glossary() -> list[tuple[str, str]]:
    return sorted({**GLOSSARY, **GLOSSARY_TERMS}.items(), key=lambda kv: kv[0].casefold())
