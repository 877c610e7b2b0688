"""The criteria PlaceBoard checks from its records, each passing and failing, and the
stage gate: all met, not applicable with a reason, override with a rationale."""

from __future__ import annotations

from datetime import date

import pytest

from placeboard.domain import derived_checks as dc
from placeboard.domain.errors import ValidationError
from placeboard.domain.gate import (
    Decision,
    counts_as_done,
    current_stage,
    readiness,
    require_rationale,
    unmet_up_to,
)
from placeboard.domain.quorum import QuorumRule
from placeboard.domain.vocab import AUTO_CHECKS

TODAY = date(2025, 11, 20)  # Q3 2025/26: 1 October to 31 December 2025
STAGES = [("dev", "In development"), ("shadow", "In shadow"), ("ready", "Ready for delegation")]


def test_there_is_a_check_for_every_auto_check_key() -> None:
    assert set(dc.CHECKS) == set(AUTO_CHECKS)


def test_terms_agreed_by_all_partners() -> None:
    ok = dc.tor_agreed_by_all_partners(
        dc.TermsFacts("Version 2.0", date(2025, 8, 1), partners=6), TODAY
    )
    assert ok.met and "all 6 partner" in ok.reason and "1 August 2025" in ok.reason
    short = dc.tor_agreed_by_all_partners(
        dc.TermsFacts("Version 2.0", None, 6, ("Blackpool Council", "Healthwatch Blackpool")),
        TODAY,
    )
    assert not short.met
    assert short.reason == (
        "2 partners have not approved Version 2.0: Blackpool Council, Healthwatch Blackpool."
    )
    assert not dc.tor_agreed_by_all_partners(dc.TermsFacts(None), TODAY).met


def test_every_partner_has_a_voting_member_and_a_deputy() -> None:
    full = [dc.PartnerSeats("NHS Lancashire and South Cumbria ICB", 1, 1)]
    assert dc.every_partner_voting_member_and_deputy(full, TODAY).met
    gaps = [
        dc.PartnerSeats("Blackpool Council", 2, 0),
        dc.PartnerSeats("Lancashire Teaching Hospitals", 1, 0),
        dc.PartnerSeats("Healthwatch Blackpool", 0, 0),
    ]
    result = dc.every_partner_voting_member_and_deputy(gaps, TODAY)
    assert not result.met
    assert "1 partner has no voting member: Healthwatch Blackpool." in result.reason
    assert (
        "2 partners have no deputy: Blackpool Council, Lancashire Teaching Hospitals."
        in result.reason
    )


def test_declarations_reviewed_in_the_last_year() -> None:
    fresh = [dc.MemberDeclarations("Ada Example", (date(2025, 1, 10), date(2025, 6, 1)))]
    assert dc.declarations_reviewed_last_year(fresh, TODAY).met
    # One declaration a day past the year is enough to fail; so is making none.
    stale = [
        dc.MemberDeclarations("Ada Example", (date(2024, 11, 19), date(2025, 6, 1))),
        dc.MemberDeclarations("Ben Sample", ()),
    ]
    result = dc.declarations_reviewed_last_year(stale, TODAY)
    assert not result.met
    assert "Ada Example" in result.reason and "Ben Sample" in result.reason
    edge = [dc.MemberDeclarations("Ada Example", (date(2024, 11, 20),))]
    assert dc.declarations_reviewed_last_year(edge, TODAY).met


def test_risk_register_reviewed_this_financial_quarter() -> None:
    reviewed = [dc.OpenRisk("R01", "Workforce", date(2025, 10, 1))]
    ok = dc.risk_register_reviewed_this_quarter(reviewed, TODAY)
    assert ok.met and "Q3 2025/26" in ok.reason
    # 30 September is the last day of Q2: not this quarter.
    late = [
        dc.OpenRisk("R01", "Workforce", date(2025, 9, 30)),
        dc.OpenRisk("R02", "Finance", None),
    ]
    result = dc.risk_register_reviewed_this_quarter(late, TODAY)
    assert not result.met and "R01, R02" in result.reason and "1 October 2025" in result.reason
    assert not dc.risk_register_reviewed_this_quarter([], TODAY).met


def test_recent_meetings_quorate_counts_the_last_three_held() -> None:
    rule = QuorumRule(3, ("icb", "unitary_council"))
    good = (("icb", True), ("unitary_council", True), ("vcfse", True))
    poor = (("icb", True), ("vcfse", True), ("vcfse", False))
    # An old inquorate meeting no longer counts once three quorate ones follow it.
    meetings = [dc.HeldMeeting(date(2025, m, 1), poor if m == 1 else good) for m in (1, 4, 6, 9)]
    ok = dc.recent_meetings_quorate(meetings, rule, TODAY)
    assert ok.met and "last 3 meetings" in ok.reason
    meetings.append(dc.HeldMeeting(date(2025, 11, 3), poor))
    result = dc.recent_meetings_quorate(meetings, rule, TODAY)
    assert not result.met
    assert "3 November 2025" in result.reason
    assert "2 voting members present, 3 needed" in result.reason and "council" in result.reason
    assert not dc.recent_meetings_quorate(meetings, None, TODAY).met
    assert not dc.recent_meetings_quorate([], rule, TODAY).met


def test_chair_appointed() -> None:
    assert dc.chair_appointed(["Łukasz Przykładowy"], TODAY).met
    assert not dc.chair_appointed([], TODAY).met


# -- the gate -----------------------------------------------------------------------------


def test_gate_all_met_reaches_the_stage() -> None:
    counts = readiness(STAGES, [("dev", "met"), ("dev", "met"), ("shadow", "in_progress")])
    stage = current_stage(counts, [])
    assert stage is not None and stage.key == "dev" and not stage.by_override
    assert "every criterion" in stage.sentence()


def test_not_applicable_counts_only_with_a_reason() -> None:
    assert counts_as_done("not_applicable", "No local authority delegation in this place.")
    assert not counts_as_done("not_applicable", "  ")
    assert counts_as_done("met") and not counts_as_done("in_progress")


def test_override_needs_a_rationale_and_shows_as_such() -> None:
    counts = readiness(STAGES, [("dev", "met"), ("shadow", "met"), ("shadow", "not_started")])
    assert unmet_up_to(counts, "shadow") == 1
    with pytest.raises(ValidationError, match="rationale") as refused:
        require_rationale(1, "In shadow", "   ")
    assert refused.value.field == "rationale"
    require_rationale(0, "In development", "")  # nothing unmet: nothing to explain
    why = "The ICB Board agreed to shadow running ahead of the scheme of delegation."
    decided = [Decision("dev", date(2024, 5, 1)), Decision("shadow", date(2025, 6, 1), 1, why)]
    stage = current_stage(counts, decided)
    assert stage is not None and stage.key == "shadow" and stage.by_override
    assert stage.unmet == 1 and stage.rationale == why
    assert stage.sentence().startswith("In shadow: passed on 1 June 2025 with 1 criterion unmet")
    assert why in stage.sentence()


def test_criteria_beyond_a_decision_move_the_board_on() -> None:
    counts = readiness(STAGES, [("dev", "met"), ("shadow", "met"), ("ready", "in_progress")])
    stage = current_stage(counts, [Decision("dev", date(2024, 5, 1))])
    assert stage is not None and stage.key == "shadow" and not stage.by_override
