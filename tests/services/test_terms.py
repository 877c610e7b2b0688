"""Terms of reference: versions move draft → out for approval → agreed → superseded,
only through the steps and approvals the rules allow; a refused call writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from placeboard.domain.catalogue import TOR_SECTIONS
from placeboard.domain.errors import NotFoundError
from placeboard.domain.keys import natural_id
from placeboard.domain.vocab import SECTORS
from placeboard.services import Services
from placeboard.services.terms import (
    SECTOR_PHRASES,
    quorum_in_words,
    review_sentence,
    sector_list,
)

from .test_rules import change_count, refused


@dataclass
class Board:
    place: str
    icb: str
    council: str
    trust: str
    outsider: str
    v1: str

    @property
    def partners(self) -> list[str]:
        return [self.icb, self.council, self.trust]


def approve_all(services: Services, version_id: str, orgs: list[str], on: date) -> None:
    for org in orgs:
        services.terms.record_approval(version_id, org, "Board", on, "Minute 1/25")


@pytest.fixture
def board(services: Services) -> Board:
    place = services.places.create_place("Blackpool", "unitary", 141000)
    orgs = services.organisations
    icb = orgs.create_organisation("NHS Lancashire and South Cumbria ICB", "icb")
    council = orgs.create_organisation("Blackpool Council", "unitary_council")
    trust = orgs.create_organisation("Blackpool Teaching Hospitals", "nhs_trust")
    outsider = orgs.create_organisation("Elsewhere Trust", "nhs_trust")
    for org in (icb, council, trust):
        orgs.add_partner(place.id, org.id)
    terms = services.terms
    v1 = terms.create_version(place.id, "Version 1.0", 4, "", "icb", date(2026, 1, 1))
    terms.add_section(v1.id, "purpose", "Purpose", "The board improves health. It meets.")
    terms.add_section(v1.id, "quorum", "Quorum", "Four voting members.")
    terms.send_for_approval(v1.id)
    for org in (icb, council, trust):
        terms.record_approval(v1.id, org.id, f"{org.name} board", date(2025, 1, 10), "M 1/25")
    return Board(place.id, icb.id, council.id, trust.id, outsider.id, v1.id)


def status(services: Services, version_id: str) -> str:
    return services.terms.get_version(version_id).status


# -- the life of a version -----------------------------------------------------------


def test_the_first_version_is_agreed_when_every_partner_approves(
    services: Services, board: Board
) -> None:
    v1 = services.terms.get_version(board.v1)
    assert v1.status == "agreed" and v1.agreed_on == date(2025, 1, 10)
    assert v1.effective_from == date(2025, 1, 10)  # filled in when agreed
    assert v1.review_date == date(2026, 1, 1)  # kept: it was set
    assert services.terms.agreed_version(board.place).id == board.v1


def test_new_version_from_copies_sections_and_quorum_into_a_draft(
    services: Services, board: Board
) -> None:
    v2 = services.terms.new_version_from(board.v1, "Version 2.0")
    assert v2.status == "draft" and v2.label == "Version 2.0"
    assert (v2.quorum_members, v2.quorum_requires_sectors) == (4, "icb")
    assert v2.review_date is None and v2.agreed_on is None
    old = [(s.kind, s.heading, s.body) for s in services.terms.list_sections(board.v1)]
    new = [(s.kind, s.heading, s.body) for s in services.terms.list_sections(v2.id)]
    assert new == old
    # The copy is separate: editing it leaves the agreed version's words alone.
    first = services.terms.list_sections(v2.id)[0]
    services.terms.update_section(first.id, body="The board improves health and care.")
    assert services.terms.list_sections(board.v1)[0].body == old[0][2]


def test_a_version_goes_through_approval_and_supersedes_the_agreed_one(
    services: Services, board: Board
) -> None:
    terms = services.terms
    v2 = terms.new_version_from(board.v1, "Version 2.0")
    assert terms.send_for_approval(v2.id).status == "out_for_approval"
    terms.record_approval(v2.id, board.icb, "ICB Board", date(2025, 6, 1), "B/25/12")
    terms.record_approval(v2.id, board.council, "Executive", date(2025, 6, 3))
    # Still one partner to go: the old version stays in force.
    assert status(services, v2.id) == "out_for_approval"
    assert status(services, board.v1) == "agreed"
    assert [o.id for o in terms.outstanding_approvals(v2.id)] == [board.trust]
    terms.record_approval(v2.id, board.trust, "Board of Directors", date(2025, 6, 9))
    assert status(services, v2.id) == "agreed" and status(services, board.v1) == "superseded"
    agreed = terms.get_version(v2.id)
    assert agreed.agreed_on == date(2025, 6, 9) and agreed.review_date == date(2026, 6, 9)
    assert terms.current_version(board.place).id == v2.id


def test_approvals_list_every_partner_with_body_date_and_minute_or_outstanding(
    services: Services, board: Board
) -> None:
    terms = services.terms
    v2 = terms.new_version_from(board.v1, "Version 2.0")
    terms.send_for_approval(v2.id)
    terms.record_approval(
        v2.id, board.council, "Blackpool Council Executive", date(2025, 6, 3), "EX 14/25"
    )
    rows = {r.organisation: r for r in terms.approvals(v2.id)}
    assert list(rows) == sorted(rows)  # by name
    council = rows["Blackpool Council"]
    assert not council.outstanding
    assert (council.approved_by, council.approved_on, council.minute_reference) == (
        "Blackpool Council Executive",
        date(2025, 6, 3),
        "EX 14/25",
    )
    assert rows["Blackpool Teaching Hospitals"].outstanding
    assert rows["NHS Lancashire and South Cumbria ICB"].approved_by == ""
    assert [r.approved for r in terms.version_rows(board.place, date(2025, 7, 1))] == [3, 1]


def test_withdrawing_an_approval_takes_an_agreed_version_back_and_restores_the_old_one(
    services: Services, board: Board
) -> None:
    terms = services.terms
    v2 = terms.new_version_from(board.v1, "Version 2.0")
    terms.send_for_approval(v2.id)
    approve_all(services, v2.id, board.partners, date(2025, 6, 9))
    assert status(services, v2.id) == "agreed"
    was = terms.withdraw_approval(v2.id, board.trust)
    assert (was.approved_by, was.approved_on, was.minute_reference) == (
        "Board",
        date(2025, 6, 9),
        "Minute 1/25",
    )
    back = terms.get_version(v2.id)
    assert back.status == "out_for_approval" and back.agreed_on is None
    assert back.effective_from is None and back.review_date is None  # as before agreement
    assert status(services, board.v1) == "agreed"
    assert [o.id for o in terms.outstanding_approvals(v2.id)] == [board.trust]
    # Recording it again agrees the version again.
    terms.record_approval(v2.id, board.trust, was.approved_by, was.approved_on, "Minute 1/25")
    assert status(services, v2.id) == "agreed" and status(services, board.v1) == "superseded"


def test_return_to_draft_before_any_approval(services: Services, board: Board) -> None:
    terms = services.terms
    v2 = terms.new_version_from(board.v1, "Version 2.0")
    terms.send_for_approval(v2.id)
    assert terms.return_to_draft(v2.id).status == "draft"
    terms.send_for_approval(v2.id)
    terms.record_approval(v2.id, board.icb, "ICB Board", date(2025, 6, 1))
    refused(services, lambda: terms.return_to_draft(v2.id), "1 partner organisation has already")


def test_quorum_in_words() -> None:
    assert quorum_in_words(5, "icb,unitary_council") == (
        "5 voting members, including at least one from the ICB and one from a unitary council"
    )
    assert quorum_in_words(1, "") == "1 voting member"
    assert quorum_in_words(6, ["icb", "nhs_trust", "vcfse"]) == (
        "6 voting members, including at least one from the ICB, one from an NHS trust and "
        "one from the VCFSE sector"
    )
    assert quorum_in_words(0, "") == "No quorum is set"
    assert quorum_in_words(0, "icb") == "At least one voting member from the ICB"
    assert sector_list(" icb, ,icb,housing ") == ["icb", "housing"]
    assert set(SECTOR_PHRASES) == set(SECTORS)


def test_quorum_rule_in_force_and_set_on_a_draft(services: Services, board: Board) -> None:
    terms = services.terms
    assert terms.quorum_rule_text(board.place) == (
        "4 voting members, including at least one from the ICB (Version 1.0)."
    )
    v2 = terms.new_version_from(board.v1, "Version 2.0")
    changed = terms.set_quorum(v2.id, 5, ["icb", "unitary_council"])
    assert changed.quorum_requires_sectors == "icb,unitary_council"
    assert changed.quorum_rule == (
        "5 voting members, including at least one from the ICB and one from a unitary council."
    )
    # The rule in force is the agreed version's until the draft is agreed.
    assert terms.quorum_rule_text(board.place).startswith("4 voting members")
    refused(services, lambda: terms.set_quorum(v2.id, 5, "icb,kingdom"), "Each required sector")
    refused(services, lambda: terms.set_quorum(v2.id, -1, "icb"), "from 0 to")


def test_no_quorum_rule_in_force_before_any_version_is_agreed(services: Services) -> None:
    place = services.places.create_place("Lancashire", "upper_tier_county", 1_200_000)
    assert "No terms of reference are agreed yet" in services.terms.quorum_rule_text(place.id)
    assert services.terms.review_overdue(place.id, date(2030, 1, 1)) is None


def test_a_first_version_starts_from_the_standard_sections(
    services: Services, board: Board
) -> None:
    for n in range(5):
        person = services.membership.add_person(board.place, f"Member {n}")
        services.membership.add_membership(
            board.place, person.id, board.council, start_date=date(2024, 4, 1)
        )
    first = services.terms.first_version(board.place, "Version 0.1", date(2025, 1, 1))
    assert first.status == "draft"
    assert (first.quorum_members, first.quorum_requires_sectors) == (3, "icb,unitary_council")
    sections = services.terms.list_sections(first.id)
    assert [s.kind for s in sections] == [s.key for s in TOR_SECTIONS]
    quorum = next(s for s in sections if s.kind == "quorum")
    assert "NHS Lancashire and South Cumbria ICB" in quorum.body
    assert "Blackpool Council" in quorum.body
    assert "Blackpool Place-Based Partnership Board" in sections[0].body


def test_review_overdue_is_the_version_in_force_past_its_review_date(
    services: Services, board: Board
) -> None:
    terms = services.terms
    assert terms.review_overdue(board.place, date(2026, 1, 1)) is None  # due that day
    overdue = terms.review_overdue(board.place, date(2026, 1, 2))
    assert overdue is not None and overdue.id == board.v1
    assert "were due for review on 1 January 2026" in review_sentence(overdue)
    rows = terms.version_rows(board.place, date(2026, 1, 2))
    assert [(r.approved, r.partners, r.review_overdue) for r in rows] == [(3, 3, True)]


def test_compare_two_versions(services: Services, board: Board) -> None:
    terms = services.terms
    v2 = terms.new_version_from(board.v1, "Version 2.0")
    purpose = terms.list_sections(v2.id)[0]
    terms.update_section(purpose.id, body="The board improves health. It meets monthly.")
    diffs = terms.compare(board.v1, v2.id)
    assert [(d.kind, d.status) for d in diffs] == [("purpose", "changed"), ("quorum", "same")]
    assert ("changed", "It meets.", "It meets monthly.") in diffs[0].rows


def test_remove_a_draft_and_bring_it_back(services: Services, board: Board) -> None:
    terms = services.terms
    v2 = terms.new_version_from(board.v1, "Version 2.0")
    terms.remove("tor_version", v2.id)
    assert [v.id for v in terms.list_versions(board.place)] == [board.v1]
    terms.bring_back("tor_version", v2.id)
    assert [v.id for v in terms.list_versions(board.place)] == [board.v1, v2.id]


# -- what is refused, with a sentence and no change rows -------------------------------


def test_status_cannot_be_set_to_agreed_or_superseded_by_hand(
    services: Services, board: Board
) -> None:
    terms = services.terms
    v2 = terms.new_version_from(board.v1, "Version 2.0")
    refused(
        services,
        lambda: terms.update_version(v2.id, status="agreed"),
        "cannot be marked agreed by hand.*has not been sent for approval",
    )
    terms.send_for_approval(v2.id)
    terms.record_approval(v2.id, board.icb, "ICB Board", date(2025, 6, 1))
    refused(
        services,
        lambda: terms.update_version(v2.id, status="agreed"),
        "outstanding from Blackpool Council and Blackpool Teaching Hospitals",
    )
    refused(services, lambda: terms.update_version(board.v1, status="superseded"), "by hand")
    refused(services, lambda: terms.update_version(v2.id, status="abandoned"), "must be one of")


def test_marking_agreed_by_hand_works_when_nobody_is_outstanding(
    services: Services, board: Board
) -> None:
    terms = services.terms
    v2 = terms.new_version_from(board.v1, "Version 2.0")
    terms.send_for_approval(v2.id)
    terms.record_approval(v2.id, board.icb, "ICB Board", date(2025, 6, 1))
    terms.record_approval(v2.id, board.council, "Executive", date(2025, 6, 2))
    # The trust leaves the board: the two partners left have both approved.
    services.organisations.remove("partner", natural_id("partner", board.place, board.trust))
    terms.update_version(v2.id, status="agreed")
    assert status(services, v2.id) == "agreed" and status(services, board.v1) == "superseded"


def test_only_a_draft_is_sent_for_approval(services: Services, board: Board) -> None:
    terms = services.terms
    refused(services, lambda: terms.send_for_approval(board.v1), "only a draft can be sent")
    empty = terms.create_version(board.place, "Version 3.0")
    refused(services, lambda: terms.send_for_approval(empty.id), "has no sections yet")


def test_approvals_only_on_a_version_out_for_approval(services: Services, board: Board) -> None:
    terms = services.terms
    v2 = terms.new_version_from(board.v1, "Version 2.0")
    refused(
        services,
        lambda: terms.record_approval(v2.id, board.icb, "ICB Board", date(2025, 6, 1)),
        "is a draft, and partners approve only a version that is out for approval",
    )
    refused(
        services,
        lambda: terms.record_approval(board.v1, board.icb, "ICB Board", date(2025, 6, 1)),
        "Version 1.0 is agreed",
    )
    terms.send_for_approval(v2.id)
    refused(
        services,
        lambda: terms.record_approval(v2.id, board.outsider, "Board", date(2025, 6, 1)),
        "not a partner",
    )
    refused(
        services,
        lambda: terms.record_approval(v2.id, board.icb, "  ", date(2025, 6, 1)),
        "approving body cannot be empty",
    )
    refused(
        services, lambda: terms.withdraw_approval(v2.id, board.icb), "has not approved Version 2.0"
    )


def test_sections_and_quorum_change_only_on_a_draft(services: Services, board: Board) -> None:
    terms = services.terms
    section = terms.list_sections(board.v1)[0]
    advice = "start a new version from it"
    refused(services, lambda: terms.update_section(section.id, body="New words."), advice)
    refused(
        services,
        lambda: terms.add_section(board.v1, "review", "Review", "Annually."),
        "Version 1.0 is agreed, so its sections cannot change",
    )
    refused(services, lambda: terms.remove("tor_section", section.id), "sections cannot change")
    refused(services, lambda: terms.set_quorum(board.v1, 6, "icb"), "its quorum cannot change")
    refused(
        services, lambda: terms.update_version(board.v1, quorum_members=6), "quorum cannot change"
    )
    refused(services, lambda: terms.update_version(board.v1, label="V1"), "label cannot change")
    refused(services, lambda: terms.remove("tor_version", board.v1), "Only a draft can be removed")
    # The review date of the version in force can still be moved.
    terms.update_version(board.v1, review_date=date(2026, 3, 1))
    assert terms.get_version(board.v1).review_date == date(2026, 3, 1)


def test_labels_are_unique_and_sections_are_checked(services: Services, board: Board) -> None:
    terms = services.terms
    refused(services, lambda: terms.new_version_from(board.v1, "version 1.0"), "already a version")
    refused(services, lambda: terms.new_version_from(board.v1, " "), "label cannot be empty")
    v2 = terms.new_version_from(board.v1, "Version 2.0")
    section = terms.list_sections(v2.id)[0]
    refused(services, lambda: terms.update_section(section.id, heading=""), "heading cannot be")
    refused(services, lambda: terms.add_section(v2.id, "poem", "Ode"), "kind of section")
    refused(
        services, lambda: terms.update_version(v2.id, agreed_on=date(2025, 1, 1)), "Cannot change"
    )


def test_a_missing_version_is_not_found(services: Services, board: Board) -> None:
    before = change_count(services)
    with pytest.raises(NotFoundError):
        services.terms.send_for_approval("no-such-version")
    with pytest.raises(NotFoundError):
        services.terms.new_version_from("no-such-version", "Version 9")
    assert change_count(services) == before
