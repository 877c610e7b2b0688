"""Quorum: enough voting members, and a voting member from each required sector."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from placeboard.domain.quorum import (
    ExpectedMember,
    QuorumRule,
    check,
    describe,
    expected_quorate,
    is_quorate,
    parse_sectors,
    sector_name,
)

ICB_AND_COUNCIL = QuorumRule(5, ("icb", "unitary_council"))


def present(*entries: str) -> list[tuple[str, bool]]:
    """'icb' a voting member of the ICB; 'icb-' a non-voting one."""
    return [(e.rstrip("-"), not e.endswith("-")) for e in entries]


# -- examples --------------------------------------------------------------------------


def test_parse_sectors() -> None:
    assert parse_sectors("icb,unitary_council") == ("icb", "unitary_council")
    assert parse_sectors(" ICB , , unitary_council,icb ") == ("icb", "unitary_council")
    assert parse_sectors("") == ()


def test_rule_from_terms() -> None:
    assert QuorumRule.from_terms(5, "icb,unitary_council") == ICB_AND_COUNCIL
    assert QuorumRule.from_terms(-3, "").is_empty


def test_quorate_with_enough_voting_members_from_the_sectors() -> None:
    room = present("icb", "unitary_council", "nhs_trust", "vcfse", "healthwatch")
    assert is_quorate(ICB_AND_COUNCIL, room)


def test_non_voting_members_do_not_count() -> None:
    room = present("icb", "unitary_council", "nhs_trust", "vcfse", "healthwatch-")
    result = check(ICB_AND_COUNCIL, room)
    assert result.voting_present == 4
    assert not result.quorate


def test_a_sector_needs_a_voting_member() -> None:
    room = present("icb", "unitary_council-", "nhs_trust", "vcfse", "healthwatch", "hospice")
    result = check(ICB_AND_COUNCIL, room)
    assert result.enough_members
    assert result.missing_sectors == ("unitary_council",)
    assert not result.quorate


def test_an_empty_rule_is_always_met() -> None:
    assert is_quorate(QuorumRule(0), [])


def test_expected_quorate_leaves_out_apologies_without_a_deputy() -> None:
    members = [
        ExpectedMember("chair", "unitary_council", True),
        ExpectedMember("icb", "icb", True),
        ExpectedMember("trust", "nhs_trust", True),
        ExpectedMember("vcfse", "vcfse", True),
        ExpectedMember("hw", "healthwatch", True),
        ExpectedMember("obs", "icb", False),
    ]
    assert expected_quorate(ICB_AND_COUNCIL, members, []).quorate
    away = expected_quorate(ICB_AND_COUNCIL, members, ["chair"])
    assert away.voting_present == 4
    assert away.missing_sectors == ("unitary_council",)
    covered = expected_quorate(ICB_AND_COUNCIL, members, ["chair"], deputised=["chair"])
    assert covered.quorate


def test_sentences() -> None:
    members = [ExpectedMember(str(i), s, True) for i, s in enumerate(["icb", "unitary_council"])]
    members += [ExpectedMember(f"x{i}", "nhs_trust", True) for i in range(7)]
    assert describe(expected_quorate(ICB_AND_COUNCIL, members, [])) == (
        "Expected to be quorate: 9 voting members expected, 5 needed; ICB and council present."
    )
    assert describe(expected_quorate(ICB_AND_COUNCIL, members[:3], ["0"])) == (
        "Not expected to be quorate: 2 voting members expected, 5 needed; "
        "no voting member from the ICB."
    )
    both = expected_quorate(ICB_AND_COUNCIL, members[2:], [])
    assert describe(both).endswith("no voting member from the ICB or council.")
    assert describe(None) == "No agreed terms of reference, so no quorum rule."
    assert describe(check(QuorumRule(0), [])) == "The agreed terms of reference set no quorum."


@pytest.mark.parametrize(
    ("key", "name"),
    [("icb", "ICB"), ("upper_tier_council", "council"), ("housing", "housing")],
)
def test_sector_names(key: str, name: str) -> None:
    assert sector_name(key) == name


# -- properties ------------------------------------------------------------------------

SECTOR_KEYS = ("icb", "unitary_council", "nhs_trust", "vcfse", "healthwatch")
rules = st.builds(
    QuorumRule,
    st.integers(0, 8),
    st.lists(st.sampled_from(SECTOR_KEYS), max_size=3, unique=True).map(tuple),
)
rooms = st.lists(st.tuples(st.sampled_from(SECTOR_KEYS), st.booleans()), max_size=12)


@given(rules, rooms, st.data())
def test_removing_someone_never_makes_an_inquorate_meeting_quorate(
    rule: QuorumRule, room: list[tuple[str, bool]], data: st.DataObject
) -> None:
    if not room:
        return
    gone = data.draw(st.integers(0, len(room) - 1))
    smaller = room[:gone] + room[gone + 1 :]
    if not is_quorate(rule, room):
        assert not is_quorate(rule, smaller)


@given(rules, rooms, st.tuples(st.sampled_from(SECTOR_KEYS), st.booleans()))
def test_someone_arriving_never_makes_a_quorate_meeting_inquorate(
    rule: QuorumRule, room: list[tuple[str, bool]], arrival: tuple[str, bool]
) -> None:
    if is_quorate(rule, room):
        assert is_quorate(rule, [*room, arrival])


@given(rules, rooms)
def test_order_does_not_matter_and_non_voting_members_never_count(
    rule: QuorumRule, room: list[tuple[str, bool]]
) -> None:
    voting_only = [p for p in room if p[1]]
    assert is_quorate(rule, room) == is_quorate(rule, list(reversed(room)))
    assert is_quorate(rule, room) == is_quorate(rule, voting_only)


@given(rules, st.lists(st.tuples(st.sampled_from(SECTOR_KEYS), st.booleans()), max_size=10))
def test_more_apologies_never_help(rule: QuorumRule, seats: list[tuple[str, bool]]) -> None:
    members = [ExpectedMember(str(i), s, v) for i, (s, v) in enumerate(seats)]
    keys = [m.key for m in members]
    for n in range(len(keys)):
        fewer = expected_quorate(rule, members, keys[:n])
        more = expected_quorate(rule, members, keys[: n + 1])
        assert more.voting_present <= fewer.voting_present
        assert fewer.quorate or not more.quorate
