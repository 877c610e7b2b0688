"""Terms of reference versions and stage-checklist progress for each demo board."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from placeboard.domain.catalogue import ICB, ORGANISATIONS_BY_NAME, STAGES, TOR_SECTIONS, Place
from placeboard.domain.catalogue import render_tor as render_template

from .dates import add_months

# Per version: (label, months before today it was drafted, quorum members as a share of the
# voting members, whether the council must be present, final status).
# "agreed" and "superseded" versions are approved by every partner; "out_for_approval"
# versions by all but the last `OUTSTANDING` partners. A version is superseded only by
# the agreement of a later one, so each board keeps one agreed version in force.
VERSIONS: dict[str, tuple[tuple[str, int, float, bool, str], ...]] = {
    "Blackburn with Darwen": (
        ("Version 1.0 (consultative forum)", 34, 0.4, False, "superseded"),
        ("Version 2.0", 16, 0.5, True, "agreed"),
    ),
    "Blackpool": (
        ("Version 1.0 (consultative forum)", 33, 0.4, False, "superseded"),
        ("Version 2.0", 15, 0.5, True, "agreed"),
        ("Version 2.1 (annual review)", 2, 0.5, True, "out_for_approval"),
    ),
    "Lancashire": (
        # Version 2.0 is not yet approved by every partner, so 1.0 is still in force.
        ("Version 1.0 (interim board)", 30, 0.4, False, "agreed"),
        ("Version 2.0 (with delivery units)", 4, 0.5, True, "out_for_approval"),
    ),
    "South Cumbria": (
        ("Version 1.0 (consultative forum)", 32, 0.4, False, "superseded"),
        ("Version 2.0", 13, 0.5, True, "agreed"),
    ),
}
OUTSTANDING = 3

# Sections a first (consultative forum) version words differently from the template.
FORUM_WORDING: dict[str, str] = {
    "frequency": "The board meets quarterly as a consultative forum, in Part I open to press "
    "and public. Papers are circulated at least five working days before each meeting.",
    "delegated_authority": "The board has no delegated authority: it is a consultative forum "
    "that makes recommendations for approval by the individual partner organisations.",
}


# The body that approves a version for each kind of partner, "{org}" its name.
APPROVING_BODIES: dict[str, str] = {
    "icb": "ICB Board",
    "nhs_trust": "{org} Board of Directors",
    "unitary_council": "{org} Executive",
    "upper_tier_council": "{org} Cabinet",
    "district_council": "Lancashire Leaders Group",
    "primary_care": "PCN Clinical Directors' meeting",
    "vcfse": "VCFSE Alliance steering group",
    "healthwatch": "{org} Board",
    "emergency_services": "{org} Executive Board",
    "housing": "Housing providers' forum",
    "hospice": "{org} Board of Trustees",
    "education": "{org} Executive Board",
    "other": "{org} Board",
}


def approving_body(org: str) -> str:
    sector = ORGANISATIONS_BY_NAME[org].sector
    return APPROVING_BODIES.get(sector, "{org} Board").format(org=org)


# What an annual review changes (so comparing it with the version in force shows
# something): template sentences replaced, and sentences added at the end.
REVIEW_CHANGES: dict[str, tuple[tuple[str, str], ...]] = {
    "frequency": (
        ("The board meets at least every two months,", "The board meets every month,"),
    ),
    "reporting": (
        ("progress on priorities are reported after each meeting.",
         "progress on priorities are reported after each meeting. A highlight report on the "
         "board's priorities goes to the ICB's place-based partnerships committee each "
         "quarter."),
    ),
    "review": (
        ("reviewed at least annually, and whenever delegations change.",
         "reviewed every year in the spring, and whenever delegations change or a partner "
         "organisation joins or leaves the board."),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class TorVersionPlan:
    label: str
    drafted_on: date
    quorum_members: int
    quorum_rule: str
    requires_sectors: str
    status: str
    effective_from: date | None
    review_date: date
    sections: tuple[tuple[str, str, str], ...]  # (kind, heading, body)
    # (partner organisation, approved on, approving body, minute reference)
    approvals: tuple[tuple[str, date, str, str], ...]


def _reviewed(bodies: dict[str, str]) -> dict[str, str]:
    changed = dict(bodies)
    for key, edits in REVIEW_CHANGES.items():
        for old, new in edits:
            changed[key] = changed[key].replace(old, new)
    return changed


def _sections(place: Place, forum: bool, reviewed: bool) -> tuple[tuple[str, str, str], ...]:
    bodies = render_template(place)
    if reviewed:
        bodies = _reviewed(bodies)
    if forum:
        bodies = {**bodies, **FORUM_WORDING}
        bodies["quorum"] = (
            "The board is quorate when at least four voting members (or their named deputies) "
            f"are present, including a member from {ICB.name}."
        )
    return tuple((s.key, s.heading, bodies[s.key]) for s in TOR_SECTIONS)


def tor_versions(
    place: Place, partners: list[str], voting_members: int, today: date
) -> list[TorVersionPlan]:
    plans = []
    council_sector = ORGANISATIONS_BY_NAME[place.council].sector
    for n, (label, months, share, council, status) in enumerate(VERSIONS[place.name]):
        drafted = add_months(today, -months)
        approving = partners if status != "out_for_approval" else partners[:-OUTSTANDING]
        approvals = tuple(
            (org, on, approving_body(org), f"Minute {10 + (17 * i + 7 * n) % 80}/{on:%y}")
            for i, org in enumerate(approving)
            for on in [add_months(drafted, 1).replace(day=1 + (3 * i) % 27)]
        )
        agreed = status in ("agreed", "superseded")
        sectors = f"icb,{council_sector}" if council else "icb"
        members = 4 if n == 0 else math.ceil(voting_members * share)
        plans.append(
            TorVersionPlan(
                label=label,
                drafted_on=drafted,
                quorum_members=members,
                quorum_rule=f"At least {members} voting members (or named deputies), including "
                + ("the ICB and the council." if council else "the ICB."),
                requires_sectors=sectors,
                status=status,
                effective_from=add_months(drafted, 2).replace(day=1) if agreed else None,
                review_date=add_months(drafted, 12 if agreed else 14),
                sections=_sections(place, forum=n == 0, reviewed="annual review" in label),
                approvals=approvals,
            )
        )
    return plans


# Stage progress per board, one letter per criterion in catalogue order:
# M met, P in progress, N not started, X not applicable.
PROGRESS: dict[str, dict[str, str]] = {
    "Blackburn with Darwen": {
        "in_development": "MMMMM", "in_shadow": "MMMMMMM", "ready_for_delegation": "MMMPP",
    },
    "Blackpool": {
        "in_development": "MMMMM", "in_shadow": "MMXMMMM", "ready_for_delegation": "PMNPN",
    },
    "Lancashire": {
        "in_development": "MMMMM", "in_shadow": "PNNNPPM", "ready_for_delegation": "NNNNN",
    },
    "South Cumbria": {
        "in_development": "MMMMM", "in_shadow": "MPMPNMM", "ready_for_delegation": "NNPNN",
    },
}  # fmt: skip
STATUS_LETTERS = {"M": "met", "P": "in_progress", "N": "not_started", "X": "not_applicable"}

NOT_APPLICABLE = (
    "The Director of Health and Care Integration role in this place does not include local "
    "authority functions; the council keeps its own delegations and takes part through the "
    "board."
)

# Stage decisions: (stage key, months before today, rationale when a gate is passed unmet).
DECISIONS: dict[str, tuple[tuple[str, int, str], ...]] = {
    "Blackburn with Darwen": (("in_development", 30, ""), ("in_shadow", 14, "")),
    "Blackpool": (("in_development", 29, ""), ("in_shadow", 9, "")),
    "Lancashire": (("in_development", 26, ""),),
    "South Cumbria": (
        ("in_development", 28, ""),
        (
            "in_shadow",
            3,
            "Partners agreed to operate in shadow from this month, ahead of the scheme of "
            "delegation and the DHCI's delegation from the ICB being finalised, so that the "
            "winter plan and the Better Care Fund can be overseen jointly; the ICB Board noted "
            "the risk and asked for both criteria to be met within six months.",
        ),
    ),
}

# Evidence for met criteria: (text, link path or "") by criterion key.
EVIDENCE: dict[str, tuple[str, str]] = {
    "interim_board_established": (
        "Inaugural meeting of the interim board; terms of reference version 1.0 adopted.",
        "minutes-inaugural-meeting.pdf",
    ),
    "partners_represented": ("Membership list with voting members and named deputies.", ""),
    "decision_route_agreed": (
        "Partners' boards each agreed the route to decisions (recommendations to partners).",
        "decision-route-paper.pdf",
    ),
    "partnership_agreement": ("Memorandum of understanding signed by every partner.", "mou.pdf"),
    "declarations_kept": ("Register of interests published with each meeting pack.", ""),
    "shadow_board_confirmed": (
        "ICB Board confirmed the board as a shadow board.",
        "icb-board-shadow-decision.pdf",
    ),
    "dhci_icb_delegation": ("ICB scheme of reservation and delegation, section 7.", "sord.pdf"),
    "dhci_la_delegation": ("Council constitution: officer scheme of delegation.", ""),
    "delegations_via_board": ("Scheme of delegation agreed by the board.", ""),
    "scheme_of_delegation": ("Scheme of delegation v1.2.", "scheme-of-delegation.pdf"),
    "risk_mechanism": ("Risk register reviewed at each meeting (standing item).", ""),
    "meetings_quorate": ("Attendance record: every meeting this year quorate.", ""),
    "committee_constituted": ("ICB Board approved the committee's constitution.", ""),
    "chair_appointed": ("Chair appointed by the partners; appointment letter.", "chair.pdf"),
    "tor_agreed": ("Terms of reference version 2.0 approved by every partner.", ""),
    "sord_confirms_delegations": ("ICB SORD refreshed to list the place delegations.", ""),
    "mutual_accountability": ("Place performance framework aligned to the ICS framework.", ""),
}
EVIDENCE_SITE = "https://example.org/placeboard-demo"


@dataclass(frozen=True)
class CriterionPlan:
    stage_key: str
    key: str
    text: str
    auto_check: str | None
    status: str
    na_reason: str
    owner_key: str  # a seat key of the board
    due_date: date | None
    evidence: tuple[tuple[str, str, date], ...]  # (text, url, added on)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def criteria(place: Place, today: date) -> list[CriterionPlan]:
    plans = []
    for stage in STAGES:
        letters = PROGRESS[place.name][stage.key]
        for n, (c, letter) in enumerate(zip(stage.criteria, letters, strict=True)):
            status = STATUS_LETTERS[letter]
            evidence: tuple[tuple[str, str, date], ...] = ()
            if status == "met":
                text, link = EVIDENCE[c.key]
                url = f"{EVIDENCE_SITE}/{_slug(place.name)}/{link}" if link else ""
                evidence = ((text, url, add_months(today, -(stage.order * 5 + n))),)
            plans.append(
                CriterionPlan(
                    stage_key=stage.key,
                    key=c.key,
                    text=c.text,
                    auto_check=c.auto_check,
                    status=status,
                    na_reason=NOT_APPLICABLE if status == "not_applicable" else "",
                    owner_key="dhci" if n % 2 == 0 else "secretary",
                    due_date=None if status == "met" else add_months(today, 1 + n + stage.order),
                    evidence=evidence,
                )
            )
    return plans
