"""The plan of a new board — the new-board wizard's answers — and its rules.

A plan is checked whole before anything is written. Each problem says which step of
the wizard it belongs to, the row (for partners and members) and the field, in a
sentence that names them: "Member 3 (Ann Lee): choose an organisation".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from placeboard.domain.errors import ValidationError
from placeboard.domain.keys import normalise
from placeboard.domain.vocab import MEMBERSHIP_ROLES, PLACE_KINDS, SECTORS

DEFAULT_TOR_LABEL = "Version 1.0"
COUNCIL_SECTORS = ("unitary_council", "upper_tier_council")
STEPS = ("place", "partners", "members", "terms")


@dataclass(frozen=True)
class PlacePlan:
    name: str
    kind: str = ""  # a key of vocab.PLACE_KINDS, or "" when not said
    population: int | None = None
    board_name: str = ""
    icb_name: str = ""


@dataclass(frozen=True)
class PartnerPlan:
    """A partner organisation: one already known (by name) or a new one to create."""

    name: str
    sector: str  # a key of vocab.SECTORS
    short_name: str = ""


@dataclass(frozen=True)
class MemberPlan:
    full_name: str
    organisation: str = ""  # the name of one of the plan's partners
    role: str = "member"  # a key of vocab.MEMBERSHIP_ROLES
    voting: bool = True
    start_date: date | None = None
    job_title: str = ""


@dataclass(frozen=True)
class NewBoardPlan:
    place: PlacePlan
    partners: tuple[PartnerPlan, ...] = ()
    members: tuple[MemberPlan, ...] = ()
    tor_label: str = DEFAULT_TOR_LABEL
    add_checklist: bool = True  # the stage checklist's standard criteria


class PlanProblem(ValidationError):
    """A rule the plan breaks: `step` is one of STEPS, `row` counts from 0."""

    def __init__(
        self, message: str, step: str, field: str | None = None, row: int | None = None
    ) -> None:
        super().__init__(message, field)
        self.step = step
        self.row = row


def default_board_name(place_name: str) -> str:
    name = " ".join(place_name.split())
    return f"{name} Place-Based Partnership Board" if name else ""


def same_name(a: str, b: str) -> bool:
    """Names that would be one record (case and spacing aside, as natural keys are)."""
    return normalise(a) == normalise(b)


# -- the steps -----------------------------------------------------------------------------


def place_problems(place: PlacePlan, taken: Collection[str] = ()) -> list[PlanProblem]:
    """The place and its board; `taken` are the names of the places already kept."""
    found: list[PlanProblem] = []

    def problem(message: str, field: str) -> None:
        found.append(PlanProblem(message, "place", field))

    name = " ".join(place.name.split())
    kept = next((other for other in taken if same_name(name, other)), None)
    if not name:
        problem("Type the place's name, or choose one of the places.", "name")
    elif kept is not None:
        problem(f"There is already a place called {kept}: choose another name.", "name")
    if place.kind and place.kind not in PLACE_KINDS:
        problem("Choose the kind of place from the list.", "kind")
    if place.population is not None and place.population < 0:
        problem("A population cannot be negative.", "population")
    if not place.board_name.strip():
        problem("Give the board a name.", "board_name")
    if not place.icb_name.strip():
        problem("Type the name of the integrated care board (ICB) of the place.", "icb_name")
    return found


def partner_problems(partners: Sequence[PartnerPlan]) -> list[PlanProblem]:
    if not partners:
        return [PlanProblem("Tick at least one partner organisation.", "partners")]
    found: list[PlanProblem] = []
    for row, partner in enumerate(partners):
        name = partner.name.strip()
        who = f"Partner {row + 1}" + (f" ({name})" if name else "")

        def problem(message: str, field: str, row: int = row) -> None:
            found.append(PlanProblem(message, "partners", field, row))

        if not name:
            problem(f"{who}: type the organisation's name.", "name")
        if partner.sector not in SECTORS:
            problem(f"{who}: choose the organisation's sector.", "sector")
        first = next(n for n, p in enumerate(partners) if same_name(p.name, partner.name))
        if name and first < row:
            problem(f"{who}: the same organisation as partner {first + 1}.", "name")
    return found


def partner_warnings(partners: Sequence[PartnerPlan]) -> list[str]:
    """What the terms of reference will miss (a warning: the board may still be made)."""
    sectors = {p.sector for p in partners}
    warnings = []
    if "icb" not in sectors:
        warnings.append(
            "No integrated care board among the partners: the quorum in the terms of "
            "reference needs a member from the ICB."
        )
    if not sectors & set(COUNCIL_SECTORS):
        warnings.append(
            "No unitary or upper-tier council among the partners: the quorum in the terms "
            "of reference needs a member from the council."
        )
    return warnings


def member_problems(
    members: Sequence[MemberPlan], partners: Sequence[PartnerPlan]
) -> list[PlanProblem]:
    found: list[PlanProblem] = []
    for row, member in enumerate(members):
        name = " ".join(member.full_name.split())
        who = member_label(row, member)

        def problem(message: str, field: str, row: int = row) -> None:
            found.append(PlanProblem(message, "members", field, row))

        if not name:
            problem(f"{who}: type the member's name.", "full_name")
        else:
            first = next(n for n, m in enumerate(members) if same_name(m.full_name, name))
            if first < row:
                problem(f"{who}: the same name as member {first + 1}.", "full_name")
        if not member.organisation.strip():
            problem(f"{who}: choose an organisation.", "organisation")
        elif not any(same_name(member.organisation, p.name) for p in partners):
            problem(
                f"{who}: {member.organisation} is not one of the ticked partners; choose "
                "another organisation or tick it as a partner.",
                "organisation",
            )
        if member.role not in MEMBERSHIP_ROLES:
            problem(f"{who}: choose a role.", "role")
        if member.start_date is None:
            problem(f"{who}: choose the date the membership starts.", "start_date")
    found.extend(_chair_problems(members))
    return found


def _chair_problems(members: Sequence[MemberPlan]) -> list[PlanProblem]:
    if not members:
        return [PlanProblem("Add the board's members, starting with its chair.", "members")]
    chairs = [row for row, m in enumerate(members) if m.role == "chair"]
    if not chairs:
        return [
            PlanProblem(
                "Choose the chair: exactly one member must have the role Chair.",
                "members",
                "role",
            )
        ]
    first = chairs[0]
    holder = f"member {first + 1}" + (
        f", {members[first].full_name.strip()}," if members[first].full_name.strip() else ""
    )
    return [
        PlanProblem(
            f"{member_label(row, members[row])}: the board can have only one chair "
            f"({holder} is the chair).",
            "members",
            "role",
            row,
        )
        for row in chairs[1:]
    ]


def member_label(row: int, member: MemberPlan) -> str:
    """ "Member 3 (Ann Lee)", or "Member 3" before a name is typed."""
    name = " ".join(member.full_name.split())
    return f"Member {row + 1}" + (f" ({name})" if name else "")


def terms_problems(label: str) -> list[PlanProblem]:
    if not label.strip():
        return [
            PlanProblem(
                f"Give the first version a label, such as {DEFAULT_TOR_LABEL}.", "terms", "label"
            )
        ]
    return []


def problems(plan: NewBoardPlan, taken: Collection[str] = ()) -> list[PlanProblem]:
    """Every rule the plan breaks, step by step."""
    return [
        *place_problems(plan.place, taken),
        *partner_problems(plan.partners),
        *member_problems(plan.members, plan.partners),
        *terms_problems(plan.tor_label),
    ]


def check(plan: NewBoardPlan, taken: Collection[str] = ()) -> None:
    """Raise the first problem of the plan, if it has one."""
    found = problems(plan, taken)
    if found:
        raise found[0]


# -- the terms of reference's first quorum ------------------------------------------------


def voting_on(members: Sequence[MemberPlan], today: date) -> int:
    """Voting members whose membership has started by `today` (as the quorum counts)."""
    return sum(
        1 for m in members if m.voting and m.start_date is not None and m.start_date <= today
    )


def first_quorum(voting_members: int) -> int:
    """Half the voting members, rounded up: the quorum a first draft sets."""
    return (voting_members + 1) // 2
