"""Natural ids are exactly UUIDv5 of the natural key, however they are computed."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from placeboard.domain.keys import NAMESPACE, natural_id, normalise


@given(st.text(min_size=1), st.lists(st.one_of(st.text(), st.integers()), max_size=4))
def test_natural_id_is_uuid5_of_the_normalised_key(kind: str, parts: list[object]) -> None:
    key = "|".join([kind, *(normalise(p) for p in parts)])
    assert natural_id(kind, *parts) == str(uuid.uuid5(NAMESPACE, key))


def test_a_known_id_never_changes() -> None:
    # Ids already in people's databases: the function may get faster, never different.
    assert natural_id("metric", " Emergency  ADMISSIONS") == "5c74d188-1b5d-5b7e-a524-3cbbea969035"
