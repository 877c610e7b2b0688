"""The rules of a new board's plan, each problem naming its step, row and field."""

from __future__ import annotations

from datetime import date

from placeboard.domain.new_board import (
    MemberPlan,
    NewBoardPlan,
    PartnerPlan,
    PlacePlan,
    PlanProblem,
    default_board_name,
    first_quorum,
    member_problems,
    partner_problems,
    partner_warnings,
    place_problems,
    problems,
    terms_problems,
    voting_on,
)

DAY = date(2026, 4, 1)
ICB = PartnerPlan("Test ICB", "icb")
COUNCIL = PartnerPlan("Testplace Council", "unitary_council")
PLACE = PlacePlan("Testplace", "unitary", 100_000, "Testplace board", "Test ICB")


def messages(found: list[PlanProblem]) -> list[str]:
    return [str(p) for p in found]


def test_a_good_plan_has_no_problems() -> None:
    chair = MemberPlan("Ann Lee", "Test ICB", "chair", True, DAY)
    assert problems(NewBoardPlan(PLACE, (ICB, COUNCIL), (chair,)), ["Elsewhere"]) == []


def test_the_place_needs_a_free_name_a_board_and_an_icb() -> None:
    assert messages(place_problems(PlacePlan(" "), [])) == [
        "Type the place's name, or choose one of the places.",
        "Give the board a name.",
        "Type the name of the integrated care board (ICB) of the place.",
    ]
    [taken] = place_problems(PLACE, ["Elsewhere", "TESTPLACE"])  # case aside
    assert str(taken) == "There is already a place called TESTPLACE: choose another name."
    assert (taken.step, taken.field, taken.row) == ("place", "name", None)
    odd = PlacePlan("X", "city", -1, "X board", "ICB")
    assert [p.field for p in place_problems(odd, [])] == ["kind", "population"]


def test_partners_are_ticked_once_each_with_a_sector() -> None:
    assert messages(partner_problems([])) == ["Tick at least one partner organisation."]
    twice = PartnerPlan("test  icb", "nhs_trust")  # the same name, case and spacing aside
    found = partner_problems([ICB, PartnerPlan("", "icb"), twice, PartnerPlan("Newco", "")])
    assert messages(found) == [
        "Partner 2: type the organisation's name.",
        "Partner 3 (test  icb): the same organisation as partner 1.",
        "Partner 4 (Newco): choose the organisation's sector.",
    ]
    assert [(p.row, p.field) for p in found] == [(1, "name"), (2, "name"), (3, "sector")]


def test_a_missing_icb_or_council_is_a_warning_not_a_problem() -> None:
    hospice = PartnerPlan("A Hospice", "hospice")
    assert len(partner_warnings([hospice])) == 2
    assert partner_warnings([ICB, PartnerPlan("County", "upper_tier_council")]) == []
    assert partner_problems([hospice]) == []


def test_members_each_need_a_name_an_organisation_a_role_and_a_start() -> None:
    members = [
        MemberPlan("Ann Lee", "Test ICB", "chair", True, DAY),
        MemberPlan("", "Test ICB", "member", True, DAY),
        MemberPlan("Bob Khan", "", "member", True, DAY),
        MemberPlan("Cat Jones", "Elsewhere Trust", "boss", True, None),
        MemberPlan("ann  lee", "test icb", "member", True, DAY),
    ]
    found = member_problems(members, [ICB])
    assert messages(found) == [
        "Member 2: type the member's name.",
        "Member 3 (Bob Khan): choose an organisation.",
        "Member 4 (Cat Jones): Elsewhere Trust is not one of the ticked partners; choose "
        "another organisation or tick it as a partner.",
        "Member 4 (Cat Jones): choose a role.",
        "Member 4 (Cat Jones): choose the date the membership starts.",
        "Member 5 (ann lee): the same name as member 1.",
    ]
    assert [(p.row, p.field) for p in found] == [
        (1, "full_name"), (2, "organisation"), (3, "organisation"), (3, "role"),
        (3, "start_date"), (4, "full_name"),
    ]  # fmt: skip


def test_exactly_one_chair() -> None:
    assert messages(member_problems([], [ICB])) == [
        "Add the board's members, starting with its chair."
    ]
    one = MemberPlan("Ann Lee", "Test ICB", "member", True, DAY)
    assert messages(member_problems([one], [ICB])) == [
        "Choose the chair: exactly one member must have the role Chair."
    ]
    chairs = [
        MemberPlan("Ann Lee", "Test ICB", "chair", True, DAY),
        MemberPlan("Bob Khan", "Test ICB", "chair", True, DAY),
    ]
    [second] = member_problems(chairs, [ICB])
    assert str(second) == (
        "Member 2 (Bob Khan): the board can have only one chair (member 1, Ann Lee, is the chair)."
    )
    assert (second.step, second.row, second.field) == ("members", 1, "role")


def test_the_terms_need_a_label() -> None:
    assert messages(terms_problems("  ")) == [
        "Give the first version a label, such as Version 1.0."
    ]
    assert terms_problems("v1") == []


def test_defaults_and_the_first_quorum() -> None:
    assert default_board_name("  Fylde   Coast ") == "Fylde Coast Place-Based Partnership Board"
    assert default_board_name(" ") == ""
    members = [
        MemberPlan("A", "X", "chair", True, DAY),
        MemberPlan("B", "X", "member", False, DAY),  # not voting
        MemberPlan("C", "X", "member", True, date(2026, 5, 1)),  # not started yet
        MemberPlan("D", "X", "member", True, DAY),
    ]
    assert voting_on(members, DAY) == 2
    assert [first_quorum(n) for n in (0, 1, 2, 3, 4, 5)] == [0, 1, 1, 2, 2, 3]
