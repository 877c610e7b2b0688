"""Each board's risk register, from the catalogue's risk themes: owning and contributing
partners, scores spread across the bands of the NHS 5 x 5 matrix, controls, mitigations
and review dates (some overdue), one risk closed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from placeboard.domain.catalogue import ORGANISATIONS_BY_NAME, RISK_THEMES, Place

from .dates import add_months
from .metrics import VARIANTS
from .people import SeatSpec, current_seats

COUNTS = {"Blackburn with Darwen": 8, "Blackpool": 6, "Lancashire": 10, "South Cumbria": 7}
OFFSETS = {"Blackburn with Darwen": 0, "Blackpool": 3, "Lancashire": 6, "South Cumbria": 9}
COUNCILS = ("unitary_council", "upper_tier_council")

# Current and target (likelihood, consequence), cycled: extreme, high, moderate and low.
CURRENT = ((5, 4), (4, 3), (3, 4), (2, 3), (4, 4), (1, 3), (3, 2), (2, 4), (5, 5), (3, 3))
TARGET = ((2, 3), (1, 3), (2, 2), (1, 2))

# Controls in place and two mitigating actions, by theme.
TREATMENT: dict[str, tuple[str, str, str]] = {
    "workforce_capacity": (
        "Joint workforce group; shared vacancy data; agency rostering protocol.",
        "Run a joint recruitment campaign for community roles across partners",
        "Agree a rotation scheme between acute, community and social care",
    ),
    "financial_pressure": (
        "Monthly finance report to the board; ICB financial recovery plan.",
        "Agree the place savings plan with every partner",
        "Align BCF schemes to the place priorities before year end",
    ),
    "discharge_delays": (
        "Daily discharge huddles; discharge to assess pathways 1–3.",
        "Commission additional step-down beds for winter",
        "Introduce a trusted assessor for care home admissions",
    ),
    "care_market_fragility": (
        "Market position statement; provider forum; quality monitoring.",
        "Agree a fair cost of care uplift with providers",
        "Set up a provider failure contingency plan",
    ),
    "data_sharing": (
        "Information governance group; draft data sharing agreement.",
        "Sign the place data sharing agreement with every partner",
        "Complete the data protection impact assessment for shared caseloads",
    ),
    "digital_interoperability": (
        "Shared care record live for acute and primary care.",
        "Connect council social care records to the shared care record",
        "Agree a single referral form across community services",
    ),
    "estates": (
        "Estates review of community buildings; one public estate group.",
        "Agree heads of terms for the community wellness centre",
        "Survey space for integrated neighbourhood teams",
    ),
    "winter_pressures": (
        "Winter plan; surge and escalation framework; vaccination programme.",
        "Mobilise the winter schemes by November",
        "Run a winter exercise with partners",
    ),
    "primary_care_access": (
        "Enhanced access hubs; PCN access improvement plans.",
        "Extend enhanced access hubs to weekends",
        "Promote community pharmacy for minor illness",
    ),
    "governance_maturity": (
        "Stage readiness self-assessment; terms of reference review.",
        "Obtain every partner's approval of the terms of reference",
        "Agree the scheme of delegation with the ICB",
    ),
    "health_inequalities": (
        "JSNA; population health management dashboards by neighbourhood.",
        "Target the proactive care programme at the most deprived neighbourhoods",
        "Report metrics by deprivation quintile",
    ),
    "vcfse_sustainability": (
        "VCFSE alliance at the board; grant register.",
        "Move core VCFSE services to three-year grant agreements",
        "Include VCFSE partners in the winter plan funding",
    ),
    "mental_health_demand": (
        "Mental health support teams in schools; crisis line.",
        "Expand the community mental health transformation to all PCNs",
        "Reduce out of area placements with local crisis beds",
    ),
    "partner_engagement": (
        "Named deputies; attendance reported to the board.",
        "Confirm a voting member and deputy for every partner",
        "Hold a development session for members on the Place Integration Deal",
    ),
}


@dataclass(frozen=True)
class RiskPlan:
    title: str
    description: str
    owner_organisation: str
    owner: str
    contributors: tuple[str, ...]
    initial: tuple[int, int]
    current: tuple[int, int]
    target: tuple[int, int]
    controls: str
    status: str
    opened_on: date
    review_date: date
    last_reviewed_on: date
    closed_on: date | None
    mitigations: tuple[tuple[str, str, date], ...]  # (action, owner, due)


def _partner_for(sector: str, partners: Sequence[str]) -> str | None:
    wanted = COUNCILS if sector in COUNCILS else (sector,)
    return next((p for p in partners if ORGANISATIONS_BY_NAME[p].sector in wanted), None)


def risk_plans(
    place: Place, partners: Sequence[str], seats: Sequence[SeatSpec], today: date, scale: int
) -> list[RiskPlan]:
    holders = current_seats(seats, today)
    by_org = {s.organisation: s.person.label for s in holders.values() if s.voting}
    plans = []
    for k in range(COUNTS[place.name] * scale):
        theme = RISK_THEMES[(OFFSETS[place.name] + k) % len(RISK_THEMES)]
        cycle = k // len(RISK_THEMES)
        title = theme.title if cycle == 0 else f"{theme.title} — {VARIANTS[cycle - 1]}"
        owner_org = _partner_for(theme.owner_sector, partners) or partners[0]
        contributors = tuple(
            dict.fromkeys(
                p
                for s in theme.contributing_sectors
                if (p := _partner_for(s, partners)) and p != owner_org
            )
        )
        current = CURRENT[k % len(CURRENT)]
        initial = (max(current[0], theme.likelihood), max(current[1], theme.consequence))
        goal = TARGET[k % len(TARGET)]
        target = (min(goal[0], current[0]), min(goal[1], current[1]))
        closed = k == 1
        overdue = k % 3 == 2
        review = today + timedelta(days=-(10 + 9 * k % 30) if overdue else 20 + 11 * k % 60)
        controls, first, second = TREATMENT[theme.key]
        owner = by_org.get(owner_org, holders["dhci"].person.label)
        helper = by_org.get(contributors[0], owner) if contributors else owner
        plans.append(
            RiskPlan(
                title=title,
                description=theme.description,
                owner_organisation=owner_org,
                owner=owner,
                contributors=contributors,
                initial=initial,
                current=target if closed else current,
                target=target,
                controls=controls,
                status="closed" if closed else "open",
                opened_on=add_months(today, -(6 + k % 24)),
                review_date=review,
                last_reviewed_on=min(add_months(review, -3), today),
                closed_on=add_months(today, -2) if closed else None,
                mitigations=(
                    (first, owner, add_months(today, -1 if overdue else 2)),
                    (second, helper, add_months(today, 4)),
                ),
            )
        )
    return plans
