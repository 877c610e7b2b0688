"""Domain content taken from the source board papers (``shared/seeds``).

Seeds, by number: 000 ICB Board 5 July 2023, *Proposals for a Place Integration Deal*;
001 *Developing Integrated Care Partnerships in Lancashire and South Cumbria*; 002 ICB
Board 27 July 2022, *Place Based Partnerships: Reviewing Their Future Configuration*;
003 *Healthier Lancashire and South Cumbria: Our next steps* (2019); 004 Lancashire
Health and Wellbeing Board agenda pack, 19 January 2021.

Everything here is read-only reference data (frozen dataclasses, tuples and dicts that
nobody should mutate). Where the papers are silent (populations, metric baselines,
risk themes, template wording) the content is plausible and marked as such; it never
names real people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple

Polarity = Literal["higher", "lower", "neutral"]

# ---------------------------------------------------------------------------------------
# The ICB and the system
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ICBInfo:
    name: str
    short_name: str
    system_name: str


ICB = ICBInfo(
    name="NHS Lancashire and South Cumbria Integrated Care Board",
    short_name="LSC ICB",
    system_name="Lancashire and South Cumbria Integrated Care System",
)

# Seed 003 glossary: the five sub-system ICPs that preceded the four places (seed 002).
FORMER_ICPS: tuple[str, ...] = (
    "Pennine Lancashire",
    "Fylde Coast",
    "West Lancashire",
    "Morecambe Bay",
    "Central Lancashire",
)

# Seed 000: "We anticipate all places should have reached this phase by April 2024".
READY_FOR_DELEGATION_EXPECTED_BY = date(2024, 4, 1)

# Seed 001 / 003: neighbourhoods serve 30,000 to 50,000 people.
NEIGHBOURHOOD_POPULATION = (30_000, 50_000)

# ---------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeliveryUnit:
    name: str
    districts: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # key of vocab.PLACE_KINDS
    population: int  # mid-2020s ONS-level estimate (rounded)
    board_name: str
    council: str  # the upper-tier or unitary council: an ORGANISATIONS name
    delivery_units: tuple[DeliveryUnit, ...] = ()
    note: str = ""


LANCASHIRE_DISTRICTS: tuple[str, ...] = (
    "Burnley", "Chorley", "Fylde", "Hyndburn", "Lancaster", "Pendle",
    "Preston", "Ribble Valley", "Rossendale", "South Ribble", "West Lancashire", "Wyre",
)  # fmt: skip

# Seed 002 §5.1.4: three delivery units within a single Lancashire place, aligned to the
# county council's adult social care sectors, which "do not cut across District
# boundaries". The district lists are those sectors' usual make-up.
LANCASHIRE_DELIVERY_UNITS: tuple[DeliveryUnit, ...] = (
    DeliveryUnit(
        "East Lancashire",
        ("Burnley", "Hyndburn", "Pendle", "Ribble Valley", "Rossendale"),
    ),
    DeliveryUnit(
        "Central Lancashire",
        ("Chorley", "Preston", "South Ribble", "West Lancashire"),
        note="Includes West Lancashire (seed 002).",
    ),
    DeliveryUnit(
        "North Lancashire / coastal",
        ("Fylde", "Lancaster", "Wyre"),
    ),
)

PLACES: tuple[Place, ...] = (
    Place(
        name="Blackburn with Darwen",
        kind="unitary",
        population=155_000,
        board_name="Blackburn with Darwen Place-Based Partnership Board",
        council="Blackburn with Darwen Borough Council",
    ),
    Place(
        name="Blackpool",
        kind="unitary",
        population=141_000,
        board_name="Blackpool Place-Based Partnership Board",
        council="Blackpool Council",
    ),
    Place(
        name="Lancashire",
        kind="upper_tier_county",
        population=1_235_000,
        board_name="Lancashire Place-Based Partnership Board",
        council="Lancashire County Council",
        delivery_units=LANCASHIRE_DELIVERY_UNITS,
        note="Upper-tier county of twelve districts (seed 002).",
    ),
    Place(
        name="South Cumbria",
        kind="part_of_county",
        population=180_000,
        board_name="South Cumbria Place-Based Partnership Board",
        council="Westmorland and Furness Council",
        note=(
            "Not coterminous with the Westmorland and Furness unitary council that replaced "
            "Cumbria County Council in April 2023 (seed 002 §5.1.5)."
        ),
    ),
)

PLACE_NAMES: tuple[str, ...] = tuple(p.name for p in PLACES)

# ---------------------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Organisation:
    name: str
    sector: str  # key of vocab.SECTORS
    short_name: str = ""


def _org(name: str, sector: str, short_name: str = "") -> Organisation:
    return Organisation(name, sector, short_name)


ORGANISATIONS: tuple[Organisation, ...] = (
    # The ICB (every place).
    _org(ICB.name, "icb", ICB.short_name),
    # NHS trusts (seeds 002, 003, 004).
    _org("Lancashire Teaching Hospitals NHS Foundation Trust", "nhs_trust", "LTHTR"),
    _org("East Lancashire Hospitals NHS Trust", "nhs_trust", "ELHT"),
    _org("Blackpool Teaching Hospitals NHS Foundation Trust", "nhs_trust", "BTH"),
    _org("University Hospitals of Morecambe Bay NHS Foundation Trust", "nhs_trust", "UHMB"),
    _org("Lancashire and South Cumbria NHS Foundation Trust", "nhs_trust", "LSCFT"),
    _org("North West Ambulance Service NHS Trust", "nhs_trust", "NWAS"),
    # Upper-tier and unitary councils (seed 002 §2.3; Westmorland and Furness from 2023).
    _org("Blackburn with Darwen Borough Council", "unitary_council", "BwD Council"),
    _org("Blackpool Council", "unitary_council"),
    _org("Lancashire County Council", "upper_tier_council", "LCC"),
    _org("Westmorland and Furness Council", "unitary_council", "W&F Council"),
    # Lancashire's district councils (seed 002: "12 Districts"), and their collective
    # voice on Lancashire boards (seed 004: members "Lancashire Leaders Group").
    _org("Lancashire district councils (Lancashire Leaders Group)", "district_council"),
    _org("Burnley Borough Council", "district_council"),
    _org("Chorley Council", "district_council"),
    _org("Fylde Council", "district_council"),
    _org("Hyndburn Borough Council", "district_council"),
    _org("Lancaster City Council", "district_council"),
    _org("Pendle Borough Council", "district_council"),
    _org("Preston City Council", "district_council"),
    _org("Ribble Valley Borough Council", "district_council"),
    _org("Rossendale Borough Council", "district_council"),
    _org("South Ribble Borough Council", "district_council"),
    _org("West Lancashire Borough Council", "district_council"),
    _org("Wyre Council", "district_council"),
    # Primary care through primary care networks (seeds 001, 003).
    _org("Blackburn with Darwen Primary Care Networks", "primary_care", "BwD PCNs"),
    _org("Blackpool Primary Care Networks", "primary_care", "Blackpool PCNs"),
    _org("Lancashire Primary Care Networks", "primary_care", "Lancashire PCNs"),
    _org("South Cumbria Primary Care Networks", "primary_care", "South Cumbria PCNs"),
    # VCFSE sector, represented per place (seeds 001, 002, 003).
    _org("Blackburn with Darwen VCFSE sector", "vcfse", "BwD VCFSE"),
    _org("Blackpool VCFSE sector", "vcfse", "Blackpool VCFSE"),
    _org("Lancashire VCFSE sector", "vcfse", "Lancashire VCFSE"),
    _org("South Cumbria VCFSE sector", "vcfse", "South Cumbria VCFSE"),
    # Local Healthwatch (seeds 002, 003, 004).
    _org("Healthwatch Blackburn with Darwen", "healthwatch"),
    _org("Healthwatch Blackpool", "healthwatch"),
    _org("Healthwatch Lancashire", "healthwatch"),
    _org("Healthwatch Westmorland and Furness", "healthwatch"),
    # Emergency services (seed 002 §3.1; seed 004 membership).
    _org("Lancashire Fire and Rescue Service", "emergency_services", "LFRS"),
    _org("Cumbria Fire and Rescue Service", "emergency_services"),
    _org("Lancashire Constabulary", "emergency_services"),
    _org("Cumbria Constabulary", "emergency_services"),
    # Housing providers (seed 004 membership: "Housing Providers"; seed 001 MDTs).
    _org("Blackburn with Darwen housing providers", "housing"),
    _org("Blackpool housing providers", "housing"),
    _org("Lancashire housing providers", "housing"),
    _org("South Cumbria housing providers", "housing"),
    # Hospices (seed 002: "smaller but critical partners, such as Hospices").
    _org("East Lancashire Hospice", "hospice"),
    _org("Trinity Hospice", "hospice"),
    _org("St Catherine's Hospice", "hospice"),
    _org("St John's Hospice", "hospice"),
    _org("Pendleside Hospice", "hospice"),
    _org("St Mary's Hospice", "hospice"),
    # Education: academic partners, FE and HE (seeds 001, 003).
    _org("University of Central Lancashire", "education", "UCLan"),
    _org("Lancaster University", "education"),
    _org("University of Cumbria", "education"),
    # Others the papers name.
    _org("NHS England", "other", "NHSE"),
    _org("Department for Work and Pensions", "other", "DWP"),
)

ORGANISATIONS_BY_NAME: dict[str, Organisation] = {o.name: o for o in ORGANISATIONS}

# Partner organisations of each place board (the ICB sits on every board).
PLACE_PARTNERS: dict[str, tuple[str, ...]] = {
    "Blackburn with Darwen": (
        ICB.name,
        "Blackburn with Darwen Borough Council",
        "East Lancashire Hospitals NHS Trust",
        "Lancashire and South Cumbria NHS Foundation Trust",
        "North West Ambulance Service NHS Trust",
        "Blackburn with Darwen Primary Care Networks",
        "Blackburn with Darwen VCFSE sector",
        "Healthwatch Blackburn with Darwen",
        "East Lancashire Hospice",
        "Lancashire Fire and Rescue Service",
    ),
    "Blackpool": (
        ICB.name,
        "Blackpool Council",
        "Blackpool Teaching Hospitals NHS Foundation Trust",
        "Lancashire and South Cumbria NHS Foundation Trust",
        "North West Ambulance Service NHS Trust",
        "Blackpool Primary Care Networks",
        "Blackpool VCFSE sector",
        "Healthwatch Blackpool",
        "Trinity Hospice",
        "Blackpool housing providers",
    ),
    "Lancashire": (
        ICB.name,
        "Lancashire County Council",
        "Lancashire district councils (Lancashire Leaders Group)",
        "Lancashire Teaching Hospitals NHS Foundation Trust",
        "East Lancashire Hospitals NHS Trust",
        "University Hospitals of Morecambe Bay NHS Foundation Trust",
        "Lancashire and South Cumbria NHS Foundation Trust",
        "Lancashire Primary Care Networks",
        "Lancashire VCFSE sector",
        "Healthwatch Lancashire",
    ),
    "South Cumbria": (
        ICB.name,
        "Westmorland and Furness Council",
        "University Hospitals of Morecambe Bay NHS Foundation Trust",
        "Lancashire and South Cumbria NHS Foundation Trust",
        "North West Ambulance Service NHS Trust",
        "South Cumbria Primary Care Networks",
        "South Cumbria VCFSE sector",
        "Healthwatch Westmorland and Furness",
        "St Mary's Hospice",
        "Cumbria Fire and Rescue Service",
    ),
}

# ---------------------------------------------------------------------------------------
# Stages of governance maturity and their criteria (seed 000, with seed 001)
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Criterion:
    key: str  # unique across all stages
    text: str
    auto_check: str | None = None  # key of vocab.AUTO_CHECKS, or None
    source: str = ""  # which seed the criterion comes from


@dataclass(frozen=True)
class Stage:
    key: str  # key of vocab.STAGE_NAMES
    name: str
    order: int  # 1, 2, 3
    description: str
    criteria: tuple[Criterion, ...]


STAGES: tuple[Stage, ...] = (
    Stage(
        key="in_development",
        name="In development",
        order=1,
        description=(
            "An interim Place-Based Partnership Board meets as a consultative forum in which "
            "partners come together to undertake the core responsibilities of the place."
        ),
        criteria=(
            Criterion(
                "interim_board_established",
                "Interim Place-Based Partnership Board established as a 'consultative forum'.",
                source="seed 000",
            ),
            Criterion(
                "partners_represented",
                "Partners come together to undertake the core responsibilities of the place: "
                "every partner organisation has a voting member and a named deputy.",
                "every_partner_voting_member_and_deputy",
                source="seed 000",
            ),
            Criterion(
                "decision_route_agreed",
                "The route to decisions is agreed: members hold delegated decision-making "
                "from their own organisation, or the consultative forum makes recommendations "
                "for approval by individual organisations.",
                source="seed 000",
            ),
            Criterion(
                "partnership_agreement",
                "A memorandum of understanding or partnership agreement sets out the role and "
                "responsibilities of each partner organisation.",
                source="seed 001",
            ),
            Criterion(
                "declarations_kept",
                "A register of members' declarations of interest is kept and every member's "
                "declarations have been reviewed in the last year.",
                "declarations_reviewed_last_year",
                source="seeds 002 and 004",
            ),
        ),
    ),
    Stage(
        key="in_shadow",
        name="In shadow",
        order=2,
        description=(
            "The Place-Based Partnership Board is confirmed as a shadow board and operates "
            "as if it has delegations, exercised through the Director of Health and Care "
            "Integration."
        ),
        criteria=(
            Criterion(
                "shadow_board_confirmed",
                "Place-Based Partnership Board confirmed as a 'shadow board' and operates as "
                "if it has delegations.",
                source="seed 000",
            ),
            Criterion(
                "dhci_icb_delegation",
                "DHCI has delegated authority from the ICB around any NHS budget allocated "
                "to place.",
                source="seed 000",
            ),
            Criterion(
                "dhci_la_delegation",
                "Where the role includes it, the DHCI also has delegated authority from the "
                "upper tier/unitary local authority.",
                source="seed 000",
            ),
            Criterion(
                "delegations_via_board",
                "DHCI exercises some/all delegations via the Place-Based Partnership Board to "
                "support collective decision-making between partners in place.",
                source="seed 000",
            ),
            Criterion(
                "scheme_of_delegation",
                "A scheme of delegation is explicit about what is managed by partner "
                "organisations and what is managed by the place partnership.",
                source="seed 001",
            ),
            Criterion(
                "risk_mechanism",
                "A mechanism for identifying and managing risk names the partner that owns "
                "each risk and the partners that contribute to mitigations; the risk register "
                "has been reviewed this quarter.",
                "risk_register_reviewed_this_quarter",
                source="seed 001",
            ),
            Criterion(
                "meetings_quorate",
                "The board meets regularly and its recent meetings have been quorate.",
                "recent_meetings_quorate",
                source="seed 001",
            ),
        ),
    ),
    Stage(
        key="ready_for_delegation",
        name="Ready for delegation",
        order=3,
        description=(
            "The Place-Based Partnership Board is fully constituted as a committee of the ICB "
            "(or a joint committee with the local authority), and over time wider partners "
            "may delegate into it."
        ),
        criteria=(
            Criterion(
                "committee_constituted",
                "Place-Based Partnership Board fully constituted as a committee of the ICB (or "
                "a joint committee of the ICB and local authority if local authority "
                "delegations are also included).",
                source="seed 000",
            ),
            Criterion(
                "chair_appointed",
                "There is an appointed chair of the Place-Based Partnership.",
                "chair_appointed",
                source="seed 000",
            ),
            Criterion(
                "tor_agreed",
                "Terms of Reference are formally agreed by all place partners.",
                "tor_agreed_by_all_partners",
                source="seed 000",
            ),
            Criterion(
                "sord_confirms_delegations",
                "The ICB SORD (and local authority Constitution if relevant) confirm any "
                "delegations.",
                source="seed 000",
            ),
            Criterion(
                "mutual_accountability",
                "Systems and processes let partners hold each other to account for "
                "performance, aligned to the ICS accountability framework.",
                source="seed 001",
            ),
        ),
    ),
)

STAGES_BY_KEY: dict[str, Stage] = {s.key: s for s in STAGES}

# ---------------------------------------------------------------------------------------
# Place priorities (seed 000 table) and the common operational priorities
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PriorityDef:
    title: str
    theme: str  # one of PRIORITY_THEMES
    phase: int  # 1, 2 or 3
    note: str = ""


PRIORITY_THEMES: tuple[str, ...] = (
    "Integrated neighbourhoods",
    "Primary care",
    "Community services",
    "Population health",
    "Care sector",
    "Continuing health care",
    "Personalised care",
    "System flow",
    "Urgent care",
    "Commissioning",
    "Better Care Fund",
    "Workforce",
    "Long-term conditions",
    "Learning disabilities",
    "Mental health",
    "Children and young people",
    "To be confirmed",
)

_MEDS = "Marked * in the paper: includes medicines optimisation."
_SWL = "start, live, age, die well"

PLACE_PRIORITIES: dict[str, tuple[PriorityDef, ...]] = {
    "Blackburn with Darwen": (
        PriorityDef(
            "Integrated neighbourhoods incl. Physical, Mental, Family Hubs & Fuller",
            "Integrated neighbourhoods",
            1,
            _MEDS,
        ),
        PriorityDef("Improve care sector quality", "Care sector", 1, _MEDS),
        PriorityDef(
            f"Focused interventions based on need – {_SWL} – frailty", "Population health", 1
        ),
        PriorityDef("Community services (incl. enhanced care at home)", "Community services", 1),
        PriorityDef("Population health", "Population health", 1),
        PriorityDef("Winter operational schemes (*inc meds optimisation)", "Urgent care", 1),
        PriorityDef(
            "CHC and Personal Health budgets – roll out wider", "Continuing health care", 2
        ),
        PriorityDef("Discharge to assess and effective step-up care", "System flow", 2),
        PriorityDef("Local primary care quality and access improvement (GP)", "Primary care", 2),
        PriorityDef("Joint commissioning opportunities with Council", "Commissioning", 2),
        PriorityDef(
            f"Focused interventions based on need – {_SWL} – mental health", "Mental health", 2
        ),
        PriorityDef(
            "Local primary care quality and access improvement (dental, optometry, pharmacy)",
            "Primary care",
            3,
        ),
        PriorityDef(
            f"Focused interventions based on need – {_SWL} – children and young people",
            "Children and young people",
            3,
        ),
    ),
    "Blackpool": (
        PriorityDef(
            "Continuing Health Care / Personalised Health Budgets", "Continuing health care", 1
        ),
        PriorityDef(
            "Community services – transaction / transformation (including enhanced care at home)",
            "Community services",
            1,
        ),
        PriorityDef(
            "Focused interventions based on need – specific cohorts", "Population health", 1
        ),
        PriorityDef("Long term conditions pathways", "Long-term conditions", 2),
        PriorityDef(
            "Personal Health budgets – roll out wider (offer to host on behalf of all areas)",
            "Personalised care",
            2,
        ),
    ),
    "South Cumbria": (
        PriorityDef("Community wellness centre", "Community services", 1),
        PriorityDef("Enhanced Care at Home programme", "Community services", 1),
        PriorityDef("Workforce model – Local workforce analysis", "Workforce", 1),
        PriorityDef("Whole System Flow Programme", "System flow", 1),
        PriorityDef(
            "Thriving Communities - alignment of Community Development; Population Health & "
            "Public Health priorities and programmes",
            "Population health",
            1,
        ),
        PriorityDef("Community wellness centre", "Community services", 2),
        PriorityDef(
            "MBRN roll out south Cumbria (subject to investment proposal)",
            "Long-term conditions",
            2,
        ),
        PriorityDef("Whole System Flow programme", "System flow", 2),
        PriorityDef(
            "Joint governance arrangements between ICB and Local Authority (to oversee the BCF "
            "and Section 75/256 agreements)",
            "Better Care Fund",
            2,
        ),
        PriorityDef(
            "Focused interventions based on need – reflecting JSNA", "Population health", 2
        ),
        PriorityDef("Community wellness centre", "Community services", 3),
        PriorityDef("Whole System Flow Programme", "System flow", 3),
        PriorityDef(
            "Focused interventions based on need – reflecting JSNA", "Population health", 3
        ),
    ),
    "Lancashire": (
        PriorityDef("Integrated Commissioning of Care at Home Services", "Commissioning", 1),
        PriorityDef("Alignment of Care Navigation/ Brokerage of Care Sector", "Care sector", 1),
        PriorityDef(
            "ASC and ICB workforce-agreed approach to recruitment and rostering of agency workers",
            "Workforce",
            1,
        ),
        PriorityDef("Discharge to Assess (D2A)", "System flow", 1),
        PriorityDef("Learning Disabilities Pooled Budgets", "Learning disabilities", 2),
        PriorityDef(
            "Urgent Care Services (such as out of hospital emergency care, including Urgent "
            "Treatment Centres, and on the day urgent Primary and Community Care)",
            "Urgent care",
            3,
        ),
        PriorityDef(
            "TBC following engagement with District Council Chief Execs", "To be confirmed", 3
        ),
    ),
}

# Seed 000: "Common priorities for operational delivery through leadership in places from
# 2023/24" (every place, alongside its own Phase 1 priorities).
COMMON_OPERATIONAL_PRIORITIES: tuple[PriorityDef, ...] = tuple(
    PriorityDef(title, theme, 1, "Common priority for operational delivery from 2023/24.")
    for title, theme in (
        ("Population health – addressing inequalities", "Population health"),
        (
            "Primary care – development of Integrated Neighbourhood Teams (INTs) and "
            "transformation",
            "Primary care",
        ),
        ("Scope of the Better Care Fund (BCF) and Section 75/256 agreements", "Better Care Fund"),
        ("Community services – transaction and transformation", "Community services"),
        ("Continuing Health Care (CHC)", "Continuing health care"),
    )
)

# Seed 000: long-term measures of success the Place Integration Deal serves.
INTEGRATED_CARE_STRATEGY_MEASURES: tuple[str, ...] = (
    "Early years development",
    "Years in good health",
    "Avoidable mortality",
    "Unemployment rate for the working age population",
    "Life satisfaction",
)

# ---------------------------------------------------------------------------------------
# The eight ICS partnership priorities (seed 003)
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnershipPriority:
    number: int
    short_name: str  # the word the paper prints in bold
    title: str
    summary: str
    community_measures: tuple[str, ...]  # "track progress ... in our local communities"
    organisation_measures: tuple[str, ...]  # "... in front line organisations"

    @property
    def measures(self) -> tuple[str, ...]:
        return self.community_measures + self.organisation_measures


PARTNERSHIP_PRIORITIES: tuple[PartnershipPriority, ...] = (
    PartnershipPriority(
        1,
        "Neighbourhoods",
        "Maximise the benefits of our work in neighbourhoods",
        "Neighbourhood care models are one of the five major practical changes in the NHS "
        "Long Term Plan. Building on exemplars where GPs, community nurses, therapists, social "
        "workers and VCFS partners have integrated care for neighbourhoods of 30-50,000 "
        "residents, partners aim to manage community health proactively, coordinate care for "
        "people with long-term conditions, empower people to be fully engaged in their own "
        "health, and make this way of working a distinct characteristic of the partnership.",
        (
            "Hospital admission rates",
            "Number of people with full access to their electronic, integrated health and care "
            "record",
            "More people with long term conditions supported with technology to manage their needs",
            "Patient satisfaction surveys: whether citizens feel they can access the best "
            "services for them at the right time",
            "Each neighbourhood/primary care network team's response to the 7 new national "
            "service specifications (e.g. support to care homes)",
            "Measures of progress discussed with local people",
        ),
        (
            "A locally developed maturity matrix for Neighbourhood/Primary Care Network care "
            "teams over the next two years",
            "Each neighbourhood's 1 year plan for 2019/20, with priorities, expected benefits "
            "and how they will be measured",
            "From April 2020, each Primary Care Network's relative progress on the national "
            "Dashboard (population health and prevention, urgent and anticipatory care, "
            "prescribing, hospital use, new service specifications)",
        ),
    ),
    PartnershipPriority(
        2,
        "Workforce",
        "Deliver an integrated health and social care workforce for the future with the "
        "capacity and capability to provide sustainable care and support to our local "
        "communities",
        "There are significant vacancies in health and social care across all professional "
        "areas, over a geography from countryside to coast. Partners want a system-wide "
        "approach to recruit and retain the workforce, attract and grow staff from the local "
        "population, improve recruitment, careers advice, apprenticeships and flexible "
        "employment, and make Lancashire and South Cumbria a positive career choice.",
        (
            "A clear value proposition and communication plan for why you should live and work "
            "in Lancashire and South Cumbria",
            "Health and Social Care Academies established with full coverage",
            "Increased access to health and social care work experience programmes (numbers of "
            "students/placements)",
            "Uptake of NHS Careers Passport",
            "% increase in access to health and social care related FE/HE courses",
            "Implementation of a joint health and social care apprenticeship programme",
            "Rollout and uptake of volunteer programmes",
            "Service users and local citizens into employment (e.g. mental health support "
            "workers, link workers, social prescribing roles)",
            "Uptake of employment into wider roles (link workers, social prescribing roles)",
            "New models of employment and rotation schemes across Lancashire and South Cumbria",
        ),
        (
            "Reduction in vacancies at system level for main staff groups",
            "Increase in international recruitment (depends on supply/migration rules)",
            "Increase in nursing apprenticeships (contingent on funding)",
            "Reduced turnover at system level for main staff groups",
            "Improved staff satisfaction scores in the national staff survey (system level)",
            "Reduction in sickness absence rates to the England average",
            "Sustaining talent management programmes across the ICS",
            "Agreed approach to modelling the impact of new technology on the workforce",
            "Using technology to improve working conditions for front line staff",
        ),
    ),
    PartnershipPriority(
        3,
        "Mental health",
        "Strengthen the resilience and mental health of people and communities",
        "Demand for specialist mental health services has risen significantly, with variation "
        "in access, provision and outcomes. The ambition is that mental health and wellbeing "
        "are valued equally with physical health, that people can reach an effective range of "
        "age-appropriate services, and that the Mental Health Investment Standard is met, "
        "treating mental wellbeing as part of population health (education, employment, "
        "housing).",
        (
            "Resilient community services focused on early intervention for children and "
            "adults, part of joined up neighbourhood care teams by March 2020",
            "Work with third sector and independent providers to broaden the workforce and "
            "service models available locally",
            "Individuals, families and carers helped to develop resilience, with locally-facing "
            "support in a 'recovery college' model",
            "Neighbourhood care teams and ICPs agree plans to achieve 0 preventable deaths, "
            "including from suicide, from April 2020",
        ),
        (
            "No individual waits more than 12 hours for an inpatient bed (mental health or "
            "detoxification) by March 2020",
            "50% reduction in out of area placements for acute care and rehabilitation by March "
            "2021, and 75% by March 2023",
            "Robust 24/7 crisis intervention and community mental health services",
            "No inappropriate admissions to in-patient beds, through a range of alternatives "
            "focused on upstream support",
        ),
    ),
    PartnershipPriority(
        4,
        "Hospital services",
        "Establish a group model for all hospital services in Lancashire and South Cumbria",
        "Hospitals have 'fragile' services where workforce gaps or models of care make "
        "comprehensive, sustainable provision hard, compounded by financial deficits. "
        "Hospitals will work more closely together as centres of excellence, transforming how "
        "specialised services and pathways are organised, sharing skills and expertise so they "
        "are available to all citizens as equitably and efficiently as possible.",
        (
            "Clarity with communities in 2019/20 on which services will be delivered locally "
            "and which would benefit from a group/network-based model, measured quantitatively "
            "and qualitatively",
            "A shared dataset supported by ICS-wide digital integration, used to monitor "
            "progress on clinical pathways (access, diagnostics, treatment, outcomes)",
            "Metrics: RTT 18 weeks, Cancer 62 day (and others), Patient and Staff Surveys, "
            "DTOC, IAPT",
        ),
        (
            "A small number of priority clinical areas agreed by the end of June 2019",
            "Commitment tested on whether a group/network-based model of care could work across "
            "Lancashire and South Cumbria by March 2020",
        ),
    ),
    PartnershipPriority(
        5,
        "Public sector",
        "Reinvigorate strategic partnerships across the public sector",
        "Health inequalities, poor performance and financial problems cannot be tackled by "
        "organisations alone. Public sector leaders commit to make sense of their different "
        "roles and accountabilities, agree joint priorities and improve decision-making in "
        "neighbourhoods, local areas and across the system, with stronger NHS and local "
        "authority partnerships to shift resources into prevention in the community.",
        (
            "Partners identify progress measures across Our next steps that show effective "
            "strategic partnership working, including the impact of neighbourhood care models, "
            "inclusive economic growth plans, support for the regulated care sector and "
            "workforce innovation",
        ),
        (
            "Joint review of Health and Wellbeing Board governance arrangements by October 2019",
            "Joint NHS/LA investment strategies at ICS and ICP levels, learning from the Better "
            "Care Fund, by March 2020",
            "NHS and LA action plan in the Lancashire County Council area in response to the "
            "review of Intermediate Care by July 2019",
            "Changes agreed by NHS and LA commissioners to arrangements for assessing people "
            "requiring complex care packages or continuing health care by March 2020",
        ),
    ),
    PartnershipPriority(
        6,
        "Enterprise and innovation",
        "Establish a public sector enterprise and innovation alliance with our ICS partners, "
        "including academic partners and Local Enterprise Partnerships, to deliver inward "
        "investment and support job creation",
        "Public sector partners have a duty to create opportunities for growth, investment, "
        "employment, learning and innovation, and partnership action can tackle problems "
        "caused by poverty, poor housing and low attainment. The NHS, local authorities and "
        "higher education will take an active role in economic growth, research and skills, "
        "so that Lancashire and South Cumbria plays a full part in the Northern Powerhouse.",
        (
            "Creation of a Strategic Health Commission with the Lancashire LEP and Innovation "
            "Alliance",
            "Identification of 3 actions the health sector can take to make best use of NHS "
            "spend in L&SC in 2019",
            "Each ICP to report on a subset of smart objectives as part of ICS/ICP reviews",
            "Discussion with the Economic Development Director in Blackburn with Darwen Council "
            "on how best to engage the LEP",
            "Annual partnership assessment of whether there is real and perceived benefit in "
            "working collaboratively in this area",
            "Number of programmes or inward funding leveraged through partnership",
        ),
        (
            "Each ICP to report on a subset of smart objectives",
            "Local, place-specific targets developed and agreed as part of ICS/ICP reviews",
            "Annual partnership assessment of whether there is real and perceived benefit in "
            "working collaboratively in this area",
            "Number of programmes or inward funding leveraged through partnership",
            "Reduction in waste and increases in energy efficiency",
            "New jobs created and increase in local workforce",
            "Health status and weight reduction in NHS staff",
            "Continued implementation of the Lancashire and South Cumbria Digital Health Strategy",
        ),
    ),
    PartnershipPriority(
        7,
        "Financial balance",
        "Bring the entire health and social care system back into financial balance",
        "Health organisations spend more than their income, a deficit of £167m a year, while "
        "services do not fully meet needs and quality standards. The ambition is clinically "
        "sustainable NHS and social care services within the resources available by 2022/23, "
        "by improving value for money, eradicating waste and changing the way some services "
        "are delivered.",
        (
            "The gap between average spend and average income per person reduces each year, "
            "enough to achieve financial balance by 2023/24, with savings weighted to the "
            "earlier years",
            "Waste identified in every setting, with local ways agreed to reduce it and track "
            "progress",
            "Population health management analytics increasing prevention activity and "
            "reducing demand and expenditure",
            "Higher efficiency measured through national and local 'best value' criteria, "
            "benchmarking favourably against RightCare and GIRFT metrics",
        ),
        (
            "Organisations meet their control totals every year",
            "Organisations reduce their deficit by an agreed amount each year until they break "
            "even",
            "Organisations achieve their agreed efficiency schemes each year on a recurring basis",
            "Organisations in the top half or top quartile for agreed programmes/services in "
            "GIRFT, RightCare and CIPFA benchmarking",
        ),
    ),
    PartnershipPriority(
        8,
        "Planning and prioritising",
        "Consolidate commissioning so that our arrangements for planning and prioritising our "
        "resources improve our population's health and the outcomes of health and social care",
        "Commissioners' roles will evolve towards planning and priority-setting for the "
        "population of each Integrated Care Partnership, combining local decision-making with "
        "providers, councils and partners. Fewer commissioning organisations release funds for "
        "front line care, and joint NHS and local government approaches agree investment plans "
        "that reduce health inequalities and achieve common standards and outcomes.",
        (
            "Mature neighbourhood (PCN) care models in place across L&SC by March 2021",
            "5 year plans in each ICP to reduce health inequalities by March 2020",
            "NHS and Local Authorities able to describe how their joint approach to key "
            "priorities is impacting on neighbourhoods by March 2020",
        ),
        (
            "Implementation of place-based commissioning at neighbourhood, ICP and ICS levels "
            "continues through 2019/20",
            "Each ICP sets out its leadership arrangements for population health management, "
            "planning and integrated commissioning by September 2019",
            "Agreement on the future configuration of CCGs in L&SC by April 2020 for "
            "implementation by April 2021",
        ),
    ),
)

# Seed 003: the ICS clinical workstreams.
CLINICAL_WORKSTREAMS: tuple[str, ...] = (
    "Cancer", "Regulated Care", "Stroke", "Mental Health", "Maternity and Paediatrics",
    "Head and Neck Cancer", "Urgent Care", "Elective Care Diagnostics", "Vascular Surgery",
    "Learning Disability", "Primary Care", "Prevention",
)  # fmt: skip

# ---------------------------------------------------------------------------------------
# The seven initial metrics (seed 000)
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MetricDef:
    key: str
    name: str
    unit: str
    polarity: Polarity
    target: float | None
    frequency: str  # key of vocab.FREQUENCIES
    source: str
    description: str
    baseline: float  # plausible monthly level for a place (demo data), not a published figure
    noise: float  # standard deviation of month-to-month variation (demo data)
    paper_name: str = ""  # the wording of seed 000's "Initial Metrics" list


INITIAL_METRICS: tuple[MetricDef, ...] = (
    MetricDef(
        key="smoking_quit_rate",
        name="Smoking cessation: 4-week quit rate",
        unit="%",
        polarity="higher",
        target=None,
        frequency="monthly",
        source="NHS Stop Smoking Services collection",
        description="Percentage of people setting a quit date with stop smoking services who "
        "have quit (self-reported) at four weeks.",
        baseline=52.0,
        noise=4.0,
        paper_name="Smoking cessation rates",
    ),
    MetricDef(
        key="ld_annual_health_checks",
        name="Learning disability annual health checks completed",
        unit="%",
        polarity="higher",
        target=75.0,
        frequency="monthly",
        source="GP learning disability health check collection (NHS England)",
        description="Percentage of people aged 14 and over on the GP learning disability "
        "register who have had an annual health check in the last 12 months (rolling).",
        baseline=68.0,
        noise=2.5,
        paper_name="Annual health checks for people with a learning disability",
    ),
    MetricDef(
        key="cyp_mh_access",
        name="Children and young people accessing mental health support",
        unit="per 100,000 aged 0-17",
        polarity="higher",
        target=None,
        frequency="monthly",
        source="Mental Health Services Data Set (MHSDS)",
        description="Children and young people aged 0-17 with at least one contact with NHS-"
        "funded mental health services in the rolling 12 months, per 100,000 population aged "
        "0-17.",
        baseline=5_600.0,
        noise=150.0,
        paper_name="Access to mental health support for children & young people",
    ),
    MetricDef(
        key="gp_appointments_within_2_weeks",
        name="GP appointments within two weeks of booking",
        unit="%",
        polarity="higher",
        target=None,
        frequency="monthly",
        source="Appointments in General Practice (NHS England)",
        description="Percentage of general practice appointments that took place within 14 "
        "days of being booked.",
        baseline=82.0,
        noise=1.5,
        paper_name="Access to GP appointments",
    ),
    MetricDef(
        key="frailty_care_plans",
        name="People 65+ with a recorded frailty score who have a care plan",
        unit="%",
        polarity="higher",
        target=None,
        frequency="monthly",
        source="GP clinical systems (practice extract)",
        description="Percentage of registered patients aged 65 and over with a recorded "
        "frailty score (moderate or severe) who have a personalised care plan recorded.",
        baseline=46.0,
        noise=2.5,
        paper_name="People 65+yrs with a recorded frailty score have a care plan",
    ),
    MetricDef(
        key="ucr_within_2_hours",
        name="2-hour urgent community response seen within 2 hours",
        unit="%",
        polarity="higher",
        target=70.0,
        frequency="monthly",
        source="Community Services Data Set (CSDS)",
        description="Percentage of 2-hour urgent community response referrals where care "
        "began within two hours (national standard: at least 70%).",
        baseline=78.0,
        noise=4.0,
        paper_name="Use of 2hr urgent community response",
    ),
    MetricDef(
        key="average_length_of_stay",
        name="Average length of hospital stay",
        unit="days",
        polarity="lower",
        target=None,
        frequency="monthly",
        source="Secondary Uses Service (SUS) admitted patient care",
        description="Mean length of stay, in days, of emergency (non-elective) adult "
        "admissions of the place's residents discharged in the month.",
        baseline=5.2,
        noise=0.25,
        paper_name="Lengths of hospital stays",
    ),
)

METRICS_BY_KEY: dict[str, MetricDef] = {m.key: m for m in INITIAL_METRICS}

# ---------------------------------------------------------------------------------------
# Glossary (seeds 000-004; seed 004's sub-committee asked for one beside every RAG report)
# ---------------------------------------------------------------------------------------

GLOSSARY: dict[str, str] = {
    "A&E": "Accident and emergency",
    "APP": "Accelerated Progress Plan (SEND improvement plan monitored by the Health and "
    "Wellbeing Board)",
    "ASC": "Adult social care",
    "BCF": "Better Care Fund",
    "CCG": "Clinical commissioning group (replaced by the ICB in July 2022)",
    "CDOP": "Child Death Overview Panel",
    "CHC": "Continuing Health Care",
    "CQC": "Care Quality Commission",
    "CYP": "Children and young people",
    "D2A": "Discharge to assess",
    "DHCI": "Director of Health and Care Integration",
    "DTOC": "Delayed transfers of care",
    "FE/HE": "Further education / higher education",
    "GIRFT": "Getting It Right First Time",
    "HWBB": "Health and Wellbeing Board",
    "IAPT": "Improving Access to Psychological Therapies",
    "ICB": "Integrated care board: the NHS body that plans and commissions NHS services for "
    "the system",
    "ICP": "Integrated care partnership: in the 2019-21 papers, a place-level partnership of "
    "planners and providers (five in Lancashire and South Cumbria); since 2022 also the "
    "statutory system-wide partnership of the NHS and local government",
    "ICS": "Integrated care system",
    "INT": "Integrated neighbourhood team",
    "JSNA": "Joint strategic needs assessment",
    "L&SC": "Lancashire and South Cumbria",
    "LD": "Learning disability",
    "LEP": "Local Enterprise Partnership",
    "LSC": "Lancashire and South Cumbria",
    "LTC": "Long-term condition",
    "MBRN": "Morecambe Bay Respiratory Network (the paper uses the abbreviation only: "
    "South Cumbria's Phase 2 priority to roll it out across south Cumbria)",
    "MDT": "Multi-disciplinary team",
    "NHSE": "NHS England",
    "NHSEI": "NHS England and NHS Improvement",
    "OD": "Organisational development",
    "PBP": "Place-based partnership",
    "PCN": "Primary care network",
    "PHB": "Personal health budget",
    "PHM": "Population health management",
    "RAG": "Red, amber, green (progress rating)",
    "RTT": "Referral to treatment",
    "SEND": "Special educational needs and disabilities",
    "SORD": "Scheme of reservation and delegation",
    "UCR": "Urgent community response (2-hour)",
    "UTC": "Urgent treatment centre",
    "VCFS": "Voluntary, community and faith sector",
    "VCFSE": "Voluntary, community, faith and social enterprise",
}

# Terms (not abbreviations) defined in seed 003's glossary and used across the papers.
GLOSSARY_TERMS: dict[str, str] = {
    "Place": "A footprint meaningful to local people, where most day to day care and support "
    "is planned and delivered; in Lancashire and South Cumbria the four places align with "
    "local authority footprints (seed 002).",
    "Neighbourhood": "A local area of 30,000 to 50,000 people where NHS and local authority "
    "services come together with voluntary and community organisations and local citizens.",
    "Primary care network": "The multi-disciplinary care teams working in neighbourhoods, "
    "built on the core of existing general practice and other community-based services.",
    "Place Integration Deal": "How places operate within the Lancashire and South Cumbria "
    "integrated care system and with the ICB: what is planned and delivered in places, and "
    "how (seed 000).",
    "Delivery unit": "A sub-division of the Lancashire place on district footprints: East, "
    "Central (with West Lancashire) and North / coastal (seed 002).",
    "Healthier Lancashire and South Cumbria": "The partnership of NHS, local councils, "
    "voluntary sector and community organisations supporting the 1.7 million people who "
    "live in this part of North West England.",
}

# ---------------------------------------------------------------------------------------
# Meetings: standing agenda items (seed 004) and the paper cover sheet (seed 002)
# ---------------------------------------------------------------------------------------


class StandingItem(NamedTuple):
    title: str
    item_for: str  # key of vocab.ITEM_FOR
    intended_outcome: str
    lead: str
    position: str  # "opening" (before the substantive items) or "closing" (after)


STANDING_AGENDA_ITEMS: tuple[StandingItem, ...] = (
    StandingItem(
        "Welcome, introductions and apologies",
        "action",
        "To welcome all to the meeting, make introductions and receive apologies.",
        "Chair",
        "opening",
    ),
    StandingItem(
        "Declarations of interest",
        "action",
        "Members are asked to consider any interests they may have to declare in relation to "
        "matters under consideration on the agenda.",
        "Chair",
        "opening",
    ),
    StandingItem(
        "Minutes of the last meeting",
        "action",
        "To agree the minutes of the previous meeting.",
        "Chair",
        "opening",
    ),
    StandingItem(
        "Action log and forward plan",
        "information",
        "To note the action updates from the previous meeting and the forward plan for future "
        "meetings.",
        "Chair",
        "opening",
    ),
    StandingItem(
        "Urgent business",
        "action",
        "An item of urgent business may only be considered where, by reason of special "
        "circumstances to be recorded in the minutes, the Chair is of the opinion that it "
        "should be considered at the meeting as a matter of urgency.",
        "Chair",
        "closing",
    ),
    StandingItem(
        "Date of next meeting",
        "information",
        "To note the date, time and venue of the next scheduled meeting of the Board.",
        "Chair",
        "closing",
    ),
)


class CoverSheetField(NamedTuple):
    key: str
    label: str


# Seed 002's ICB cover sheet, in order. "implications" is the table of IMPLICATIONS.
COVER_SHEET_FIELDS: tuple[CoverSheetField, ...] = (
    CoverSheetField("date_of_meeting", "Date of meeting"),
    CoverSheetField("title", "Title of paper"),
    CoverSheetField("presented_by", "Presented by"),
    CoverSheetField("author", "Author"),
    CoverSheetField("agenda_item", "Agenda item"),
    CoverSheetField("confidential", "Confidential"),
    CoverSheetField("purpose", "Purpose of the paper"),
    CoverSheetField("executive_summary", "Executive summary"),
    CoverSheetField("recommendations", "Recommendations"),
    CoverSheetField(
        "governance_and_reporting",
        "Governance and reporting (list other forums that have discussed this paper)",
    ),
    CoverSheetField("conflicts_of_interest", "Conflicts of interest identified"),
    CoverSheetField("implications", "Implications"),
    CoverSheetField("report_authorised_by", "Report authorised by"),
)

# Columns of the "Governance and reporting" table.
GOVERNANCE_REPORTING_COLUMNS: tuple[str, ...] = ("Meeting", "Date", "Outcomes")

# Rows of the "Implications" table; each answered Yes / No / N/A with comments
# (vocab.IMPLICATION_ANSWERS). "If yes, please provide a brief risk description and
# reference number."
IMPLICATIONS: tuple[CoverSheetField, ...] = (
    CoverSheetField("quality_impact_assessment", "Quality impact assessment completed"),
    CoverSheetField("equality_impact_assessment", "Equality impact assessment completed"),
    CoverSheetField("privacy_impact_assessment", "Privacy impact assessment completed"),
    CoverSheetField("financial_impact_assessment", "Financial impact assessment completed"),
    CoverSheetField("associated_risks", "Associated risks"),
    CoverSheetField("risks_on_register", "Are associated risks detailed on the ICB Risk Register?"),
)
IMPLICATION_KEYS: tuple[str, ...] = tuple(i.key for i in IMPLICATIONS)

# ---------------------------------------------------------------------------------------
# Terms of reference template (sections from the design; wording follows seed 001)
# ---------------------------------------------------------------------------------------


class TorSection(NamedTuple):
    key: str
    heading: str
    template: str  # str.format placeholders: {board_name}, {place}, {icb}, {council}


TOR_SECTIONS: tuple[TorSection, ...] = (
    TorSection(
        "purpose",
        "Purpose",
        "The {board_name} is the partnership of the organisations that plan and provide health "
        "and care in {place}, who take collective responsibility for improving the health and "
        "wellbeing of residents and reducing inequalities. It acts as an enabling "
        "collaboration that addresses the place's challenges and delivers, in {place}, the "
        "integrated care system's strategy and the Place Integration Deal. Partners hold each "
        "other to account for delivery and support each other where necessary.",
    ),
    TorSection(
        "membership",
        "Membership",
        "Each partner organisation nominates one voting member and a named deputy, who may "
        "attend and vote in the member's absence. The board includes clinical, professional "
        "and democratic leadership and the voice of residents through Healthwatch and the "
        "VCFSE sector; the Director of Health and Care Integration is a member. The board may "
        "invite others to attend for particular items without a vote.",
    ),
    TorSection(
        "quorum",
        "Quorum",
        "The board is quorate when at least half of its voting members (or their named "
        "deputies) are present, including a member from {icb} and a member from {council}. "
        "A meeting that is not quorate may discuss items but may not make decisions; any "
        "decision needed is referred to the next quorate meeting or to the partner "
        "organisations.",
    ),
    TorSection(
        "frequency",
        "Frequency of meetings",
        "The board meets at least every two months, in Part I open to press and public, "
        "with Part II items taken in private where confidentiality requires. The chair may "
        "call an extraordinary meeting. Papers are circulated at least five working days "
        "before each meeting, each with a cover sheet.",
    ),
    TorSection(
        "delegated_authority",
        "Delegated authority",
        "The board exercises only the decision-making delegated to it by the statutory "
        "partner organisations, as set out in a scheme of delegation and, for the ICB, the "
        "Scheme of Reservation and Delegation (SORD). Where no delegation exists the board "
        "makes recommendations for approval by the individual organisations. Members declare "
        "any interest in an item, and conflicts are managed and minuted.",
    ),
    TorSection(
        "reporting",
        "Reporting arrangements",
        "The board reports to {icb} and to the partner organisations' own boards, and keeps "
        "a clear relationship with the Health and Wellbeing Board. Minutes, the action log, "
        "the risk register (naming the owning partner of each risk and the partners "
        "contributing to its mitigations) and progress on priorities are reported after each "
        "meeting.",
    ),
    TorSection(
        "review",
        "Review",
        "These terms of reference are reviewed at least annually, and whenever delegations "
        "change. A revised version takes effect when every partner organisation has approved "
        "it.",
    ),
)


def render_tor(place: Place) -> dict[str, str]:
    """Template text of every ToR section, filled in for `place`, keyed by section key."""
    values = {
        "board_name": place.board_name,
        "place": place.name,
        "icb": ICB.name,
        "council": place.council,
    }
    return {s.key: s.template.format(**values) for s in TOR_SECTIONS}


# ---------------------------------------------------------------------------------------
# Risk themes for place-level risk registers (illustrative; seed 001 asks for a risk
# mechanism with owning and contributing partners)
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskTheme:
    key: str
    title: str
    description: str
    owner_sector: str  # key of vocab.SECTORS: who would usually own it
    likelihood: int  # 1-5, typical initial score on the NHS 5 x 5 matrix
    consequence: int  # 1-5
    contributing_sectors: tuple[str, ...] = ()


RISK_THEMES: tuple[RiskTheme, ...] = (
    RiskTheme(
        "workforce_capacity",
        "Health and care workforce gaps",
        "Vacancies and turnover in community nursing, social work and domiciliary care limit "
        "the capacity of integrated neighbourhood teams to deliver the place's priorities.",
        "nhs_trust",
        4,
        4,
        ("unitary_council", "upper_tier_council", "vcfse"),
    ),
    RiskTheme(
        "financial_pressure",
        "Financial pressure across partners",
        "The ICB financial recovery programme and council budget pressures reduce the money "
        "available for transformation and may force partners to act against the place plan.",
        "icb",
        4,
        4,
        ("nhs_trust", "unitary_council", "upper_tier_council"),
    ),
    RiskTheme(
        "discharge_delays",
        "Delayed hospital discharges",
        "People who no longer meet the criteria to reside stay in hospital while waiting for "
        "care packages or step-down beds, lengthening stays and reducing flow.",
        "nhs_trust",
        4,
        3,
        ("upper_tier_council", "unitary_council", "icb"),
    ),
    RiskTheme(
        "care_market_fragility",
        "Fragility of the care market",
        "Care home and home care providers face recruitment difficulties and rising costs; "
        "closures or handed-back packages would reduce capacity for discharge and care at "
        "home.",
        "unitary_council",
        3,
        4,
        ("icb", "vcfse"),
    ),
    RiskTheme(
        "data_sharing",
        "Information sharing between partners",
        "Without agreed information governance and data sharing agreements, teams cannot use "
        "integrated records or population health management data across organisations.",
        "icb",
        3,
        3,
        ("nhs_trust", "primary_care", "unitary_council"),
    ),
    RiskTheme(
        "digital_interoperability",
        "Digital systems do not interoperate",
        "Partners' clinical and care record systems do not exchange data, so staff re-enter "
        "information and shared care plans are incomplete.",
        "icb",
        3,
        3,
        ("nhs_trust", "primary_care"),
    ),
    RiskTheme(
        "estates",
        "Estates not fit for integrated teams",
        "Community buildings lack the space and access needed to co-locate integrated "
        "neighbourhood teams and community wellness services.",
        "icb",
        3,
        2,
        ("nhs_trust", "district_council", "unitary_council"),
    ),
    RiskTheme(
        "winter_pressures",
        "Winter demand exceeds capacity",
        "Seasonal rises in respiratory illness and emergency admissions outstrip the capacity "
        "of winter operational schemes, affecting urgent care and elective recovery.",
        "nhs_trust",
        4,
        4,
        ("icb", "primary_care", "unitary_council"),
    ),
    RiskTheme(
        "primary_care_access",
        "Access to primary care",
        "Demand for general practice appointments exceeds capacity, pushing patients towards "
        "urgent care and undermining proactive care for people with long-term conditions.",
        "primary_care",
        4,
        3,
        ("icb",),
    ),
    RiskTheme(
        "governance_maturity",
        "Governance not ready for delegation",
        "Terms of reference, the scheme of delegation or partner approvals are not in place "
        "in time, delaying the board's move to the next stage of the Place Integration Deal.",
        "icb",
        3,
        3,
        ("unitary_council", "upper_tier_council"),
    ),
    RiskTheme(
        "health_inequalities",
        "Widening health inequalities",
        "Needs in the most deprived neighbourhoods are masked by place-level averages, so "
        "resources do not flow to those most in need.",
        "icb",
        3,
        4,
        ("unitary_council", "upper_tier_council", "vcfse"),
    ),
    RiskTheme(
        "vcfse_sustainability",
        "Sustainability of VCFSE partners",
        "Short-term grant funding leaves voluntary and community organisations unable to "
        "plan, retain staff or sustain services the place relies on.",
        "vcfse",
        3,
        3,
        ("icb", "unitary_council"),
    ),
    RiskTheme(
        "mental_health_demand",
        "Rising mental health demand",
        "Demand for children's and adults' mental health services exceeds capacity, "
        "lengthening waits and increasing out of area placements.",
        "nhs_trust",
        4,
        3,
        ("icb", "vcfse", "unitary_council"),
    ),
    RiskTheme(
        "partner_engagement",
        "Partner engagement and shared ownership",
        "Partners do not attend or send deputies consistently, so meetings are not quorate "
        "and decisions lack shared ownership.",
        "icb",
        2,
        3,
        ("nhs_trust", "unitary_council", "vcfse"),
    ),
)
