"""Priority tracker plans: each board's Phase 1–3 priorities (seed 000) and the eight
partnership priorities (seed 003), with milestones, RAG histories and metric links."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from placeboard.domain.catalogue import PARTNERSHIP_PRIORITIES, PLACE_PRIORITIES

from .dates import add_months

MH_TRUST = "Lancashire and South Cumbria NHS Foundation Trust"
COUNCIL = ("unitary_council", "upper_tier_council")

# Who usually leads a theme: organisation names or sectors, first match among partners.
THEME_LEADS: dict[str, tuple[str, ...]] = {
    "Integrated neighbourhoods": ("primary_care",),
    "Primary care": ("primary_care",),
    "Community services": ("nhs_trust",),
    "Population health": COUNCIL,
    "Care sector": COUNCIL,
    "Continuing health care": ("icb",),
    "Personalised care": ("icb",),
    "System flow": ("nhs_trust",),
    "Urgent care": ("nhs_trust",),
    "Commissioning": COUNCIL,
    "Better Care Fund": COUNCIL,
    "Workforce": ("nhs_trust",),
    "Long-term conditions": ("primary_care",),
    "Learning disabilities": COUNCIL,
    "Mental health": (MH_TRUST,),
    "Children and young people": COUNCIL,
}

THEME_METRICS: dict[str, tuple[str, ...]] = {
    "Integrated neighbourhoods": ("frailty_care_plans", "gp_appointments_within_2_weeks"),
    "Primary care": ("gp_appointments_within_2_weeks",),
    "Community services": ("ucr_within_2_hours",),
    "Population health": ("smoking_quit_rate",),
    "Care sector": ("average_length_of_stay",),
    "Continuing health care": ("average_length_of_stay",),
    "Personalised care": ("frailty_care_plans",),
    "System flow": ("average_length_of_stay",),
    "Urgent care": ("ucr_within_2_hours", "average_length_of_stay"),
    "Better Care Fund": ("average_length_of_stay",),
    "Long-term conditions": ("frailty_care_plans",),
    "Learning disabilities": ("ld_annual_health_checks",),
    "Mental health": ("cyp_mh_access",),
    "Children and young people": ("cyp_mh_access",),
    "Neighbourhoods": ("frailty_care_plans", "gp_appointments_within_2_weeks"),
    "Hospital services": ("average_length_of_stay",),
}

# Start and due, in months from today, by phase.
PHASE_DATES: dict[int, tuple[int, int]] = {1: (-30, 4), 2: (-16, 10), 3: (3, 20)}

# RAG histories, one letter an update, oldest first: R red, A amber, G green,
# B blue (complete), Y grey (not started). Cycled through a board's priorities.
TRAJECTORIES: dict[int, tuple[str, ...]] = {
    1: ("GGGAAAGG", "AAARRAAA", "GGGGGGGB", "GAAARRRR", "GGAAAGGG", "AGGGGGB", "AARRRAAG"),
    2: ("YYAAGG", "YYAARR", "YYARAA", "YGGGAG"),
    3: ("Y", "YY"),
}
RAG_LETTERS = {"R": "red", "A": "amber", "G": "green", "B": "blue", "Y": "grey"}

COMMENTARY: dict[str, tuple[str, ...]] = {
    "green": (
        "On track: '{milestone}' was delivered as planned and next steps are agreed.",
        "Delivery is going to plan; the working group met twice this period and the benefits "
        "tracker shows early improvement.",
        "On track. Partners have aligned their resources and the next milestone is on schedule.",
    ),
    "amber": (
        "Some slippage: '{milestone}' is running about six weeks late because of staffing "
        "gaps; a recovery plan is in place.",
        "At risk: partners have not yet agreed the funding split; the DHCI is brokering a "
        "proposal for the next meeting.",
        "Progress is slower than planned while the data sharing agreement is signed; "
        "mitigations are in hand.",
    ),
    "red": (
        "Off track: '{milestone}' has been missed and the board's help is needed to release "
        "capacity from partners.",
        "Significant issues: recruitment has failed twice and the service cannot start as "
        "planned; escalated to the Place Executive Group.",
        "Off track because of winter pressures; delivery paused for eight weeks. A revised "
        "plan comes to the next meeting.",
    ),
    "blue": (
        "Complete: every milestone delivered; the evaluation was reported to the board and "
        "the work is now business as usual.",
    ),
    "grey": (
        "Not started: work is scheduled to begin in {start}.",
        "Not yet started; scoping begins once the Phase {phase} priorities are confirmed.",
    ),
}

MILESTONES = (
    "Scope, outcomes and measures agreed by partners",
    "Baseline established and metrics agreed",
    "Delivery plan approved by the board",
    "First neighbourhood live",
    "Evaluation reported to the board",
)


@dataclass(frozen=True)
class MilestonePlan:
    title: str
    due_date: date
    done_on: date | None


@dataclass(frozen=True)
class UpdatePlan:
    update_date: date
    rag: str
    commentary: str


@dataclass(frozen=True)
class PriorityPlan:
    code: str
    title: str
    theme: str
    phase: int
    description: str
    leads: tuple[str, ...]  # organisation names or sectors, the first partner matching leads
    start: date
    due: date
    milestones: tuple[MilestonePlan, ...]
    updates: tuple[UpdatePlan, ...]
    metric_keys: tuple[str, ...]


def _milestones(
    titles: tuple[str, ...], start: date, due: date, today: date, complete: bool, late: bool
) -> tuple[MilestonePlan, ...]:
    """Milestones spread from start to due; past ones done, except one left overdue."""
    span = (due - start).days
    found = []
    for n, title in enumerate(titles):
        when = start + timedelta(days=span * (n + 1) // (len(titles) + 1))
        if complete:
            when = min(when, today - timedelta(days=40 - 7 * n))
        done = when + timedelta(days=6) if when < today - timedelta(days=7) else None
        if late and done is not None and n == len(titles) // 2:
            done = None  # overdue
        found.append(MilestonePlan(title, when, done))
    return tuple(found)


def _updates(
    letters: str, milestones: tuple[MilestonePlan, ...], start: date, phase: int, today: date
) -> tuple[UpdatePlan, ...]:
    found = []
    for n, letter in enumerate(letters):
        when = add_months(today, -2 * (len(letters) - 1 - n)) - timedelta(days=17)
        rag = RAG_LETTERS[letter]
        due = [m for m in milestones if m.due_date >= when] or list(milestones[-1:])
        # A grey update before the start date says when work begins; after it, why not yet.
        pick = (0 if phase == 3 else 1) if rag == "grey" else n % len(COMMENTARY[rag])
        template = COMMENTARY[rag][pick]
        text = template.format(
            milestone=due[0].title if due else "the first milestone",
            start=f"{start:%B %Y}",
            phase=phase,
        )
        found.append(UpdatePlan(when, rag, text))
    return tuple(found)


def _metric_keys(title: str, theme: str) -> tuple[str, ...]:
    keys = THEME_METRICS.get(theme, ())
    if "frailty" in title.lower() and "frailty_care_plans" not in keys:
        keys = ("frailty_care_plans", *keys)
    return keys


def place_priorities(place_name: str, today: date) -> list[PriorityPlan]:
    plans = []
    counters = {1: 0, 2: 0, 3: 0}
    for defn in PLACE_PRIORITIES[place_name]:
        n = counters[defn.phase]
        counters[defn.phase] += 1
        first, last = PHASE_DATES[defn.phase]
        start, due = add_months(today, first).replace(day=1), add_months(today, last).replace(day=1)
        letters = TRAJECTORIES[defn.phase][n % len(TRAJECTORIES[defn.phase])]
        titles = MILESTONES[: 3 + n % 2] if defn.phase < 3 else MILESTONES[:2]
        milestones = _milestones(titles, start, due, today, letters.endswith("B"), n % 3 == 1)
        plans.append(
            PriorityPlan(
                code=f"P{defn.phase}.{n + 1}",
                title=defn.title,
                theme=defn.theme,
                phase=defn.phase,
                description=defn.note,
                leads=THEME_LEADS.get(defn.theme, ("icb",)),
                start=start,
                due=due,
                milestones=milestones,
                updates=_updates(letters, milestones, start, defn.phase, today),
                metric_keys=_metric_keys(defn.title, defn.theme),
            )
        )
    return plans


def partnership_priorities(today: date) -> list[PriorityPlan]:
    """Seed 003's eight priorities at system level, milestones from their measures."""
    plans = []
    start, due = add_months(today, -30).replace(day=1), add_months(today, 6).replace(day=1)
    for pp in PARTNERSHIP_PRIORITIES:
        letters = TRAJECTORIES[1][pp.number % len(TRAJECTORIES[1])][-3:]
        titles = pp.organisation_measures[:3]
        milestones = _milestones(titles, start, due, today, letters.endswith("B"), pp.number == 4)
        plans.append(
            PriorityPlan(
                code=f"PP{pp.number}",
                title=pp.title,
                theme=pp.short_name,
                phase=1,
                description=pp.summary,
                leads=("icb",),
                start=start,
                due=due,
                milestones=milestones,
                updates=_updates(letters, milestones, start, 1, today),
                metric_keys=THEME_METRICS.get(pp.short_name, ()),
            )
        )
    return plans
