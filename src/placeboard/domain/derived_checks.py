"""Criteria PlaceBoard checks from its own records (the keys of `vocab.AUTO_CHECKS`).

Each check takes plain facts that the services read from the records, plus today's
date, and returns whether the criterion is met with a sentence a chair understands:
what was found and, when it fails, who or what is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from placeboard.domain.periods import Period, fy_quarter, uk_date
from placeboard.domain.quorum import QuorumCheck, QuorumRule, check, sector_name

DECLARATION_INTERVAL = timedelta(days=365)  # "reviewed in the last year"
RECENT_MEETINGS = 3  # the last three held meetings count as "recent"
CHECKED_BY = "Checked by PlaceBoard from its records"


@dataclass(frozen=True)
class CheckResult:
    met: bool
    reason: str


# -- facts the services read ----------------------------------------------------------


@dataclass(frozen=True)
class TermsFacts:
    """The board's agreed terms of reference (label, None before any is agreed), the
    day they were agreed and the partner organisations that have not approved them."""

    label: str | None
    agreed_on: date | None = None
    partners: int = 0
    not_approved: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartnerSeats:
    """One partner organisation: its current voting members and their named deputies."""

    organisation: str
    voting_members: int
    deputies: int


@dataclass(frozen=True)
class MemberDeclarations:
    """A current member and, per declaration, the day it was last reviewed (or made)."""

    name: str
    reviewed: tuple[date, ...]


@dataclass(frozen=True)
class OpenRisk:
    reference: str
    title: str
    last_reviewed_on: date | None


@dataclass(frozen=True)
class HeldMeeting:
    """A meeting held, with (sector, voting) of each member present or deputised for."""

    meeting_date: date
    present: tuple[tuple[str, bool], ...]


# -- sentences --------------------------------------------------------------------------


def _names(names: Sequence[str], limit: int = 6) -> str:
    shown = list(names[:limit])
    more = len(names) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _short_of(result: QuorumCheck) -> str:
    """Why a held meeting was not quorate: "3 voting members present, 4 needed"."""
    members = "voting member" if result.voting_present == 1 else "voting members"
    parts = []
    if not result.enough_members:
        parts.append(f"{result.voting_present} {members} present, {result.rule.members} needed")
    if result.missing_sectors:
        sectors = " or ".join(dict.fromkeys(sector_name(s) for s in result.missing_sectors))
        parts.append(f"no voting member from the {sectors}")
    return "; ".join(parts)


# -- the checks -------------------------------------------------------------------------


def tor_agreed_by_all_partners(terms: TermsFacts, today: date) -> CheckResult:
    if terms.label is None:
        return CheckResult(False, "No version of the terms of reference has been agreed yet.")
    if terms.not_approved:
        n = len(terms.not_approved)
        who = _count(n, "partner has", "partners have")
        return CheckResult(
            False, f"{who} not approved {terms.label}: {_names(terms.not_approved)}."
        )
    if terms.partners == 0:
        return CheckResult(False, "The board has no partner organisations recorded.")
    when = f" (agreed on {uk_date(terms.agreed_on)})" if terms.agreed_on else ""
    return CheckResult(
        True, f"{terms.label} is approved by all {terms.partners} partner organisations{when}."
    )


def every_partner_voting_member_and_deputy(
    partners: Sequence[PartnerSeats], today: date
) -> CheckResult:
    if not partners:
        return CheckResult(False, "The board has no partner organisations recorded.")
    no_member = [p.organisation for p in partners if p.voting_members == 0]
    no_deputy = [p.organisation for p in partners if p.voting_members and p.deputies == 0]
    gaps = []
    if no_member:
        who = _count(len(no_member), "partner has", "partners have")
        gaps.append(f"{who} no voting member: {_names(no_member)}.")
    if no_deputy:
        who = _count(len(no_deputy), "partner has", "partners have")
        gaps.append(f"{who} no deputy: {_names(no_deputy)}.")
    if gaps:
        return CheckResult(False, " ".join(gaps))
    return CheckResult(
        True, f"All {len(partners)} partners have a voting member and a named deputy."
    )


def declarations_reviewed_last_year(
    members: Sequence[MemberDeclarations], today: date
) -> CheckResult:
    if not members:
        return CheckResult(False, "The board has no current members.")
    since = today - DECLARATION_INTERVAL
    none = [m.name for m in members if not m.reviewed]
    stale = [m.name for m in members if m.reviewed and min(m.reviewed) < since]
    gaps = []
    if none:
        who = _count(len(none), "member has", "members have")
        gaps.append(f"{who} made no declaration (not even a nil return): {_names(none)}.")
    if stale:
        who = _count(len(stale), "member has", "members have")
        gaps.append(
            f"{who} a declaration not reviewed since {uk_date(since)}: {_names(stale)}."
        )
    if gaps:
        return CheckResult(False, " ".join(gaps))
    return CheckResult(
        True,
        f"All {len(members)} members' declarations were reviewed in the last 12 months.",
    )


def risk_register_reviewed_this_quarter(risks: Sequence[OpenRisk], today: date) -> CheckResult:
    quarter = Period.containing(today, "quarter")
    name = fy_quarter(today)
    if not risks:
        return CheckResult(False, "The risk register has no open risks to review.")
    behind = [
        r for r in risks if r.last_reviewed_on is None or r.last_reviewed_on < quarter.start
    ]
    if behind:
        refs = [r.reference or r.title for r in behind]
        who = _count(len(behind), "open risk has", "open risks have")
        return CheckResult(
            False, f"{who} not been reviewed in {name} (since {uk_date(quarter.start)}): "
            f"{_names(refs)}.",
        )
    return CheckResult(True, f"All {len(risks)} open risks have been reviewed in {name}.")


def recent_meetings_quorate(
    meetings: Sequence[HeldMeeting], rule: QuorumRule | None, today: date
) -> CheckResult:
    if rule is None or rule.is_empty:
        return CheckResult(
            False, "No quorum rule is agreed in the terms of reference to check meetings against."
        )
    held = sorted((m for m in meetings if m.meeting_date <= today), key=lambda m: m.meeting_date)
    recent = held[-RECENT_MEETINGS:]
    if not recent:
        return CheckResult(False, "No meetings have been held yet.")
    failed = [(m, check(rule, m.present)) for m in recent]
    failed = [(m, result) for m, result in failed if not result.quorate]
    if failed:
        parts = [f"{uk_date(m.meeting_date)} ({_short_of(result)})" for m, result in failed]
        n = _count(len(failed), "meeting was", "meetings were")
        return CheckResult(
            False, f"{n} not quorate of the last {len(recent)}: " + "; ".join(parts) + "."
        )
    last = _count(len(recent), "meeting", "meetings")
    return CheckResult(
        True, f"The last {last} held (to {uk_date(recent[-1].meeting_date)}) were quorate."
    )


def chair_appointed(chairs: Sequence[str], today: date) -> CheckResult:
    if not chairs:
        return CheckResult(False, "No current member of the board holds the role of chair.")
    return CheckResult(True, f"{' and '.join(chairs)} is the board's chair.")


# Every check by its key, for tests and callers that hold the facts themselves.
CHECKS: dict[str, Callable[..., CheckResult]] = {
    "tor_agreed_by_all_partners": tor_agreed_by_all_partners,
    "every_partner_voting_member_and_deputy": every_partner_voting_member_and_deputy,
    "declarations_reviewed_last_year": declarations_reviewed_last_year,
    "risk_register_reviewed_this_quarter": risk_register_reviewed_this_quarter,
    "recent_meetings_quorate": recent_meetings_quorate,
    "chair_appointed": chair_appointed,
}
