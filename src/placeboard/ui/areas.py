"""The areas of a board's records, in the order the navigation lists them."""

from __future__ import annotations

from typing import NamedTuple


class Area(NamedTuple):  # not a dataclass: importing dataclasses costs start-up time
    key: str
    name: str
    purpose: str  # one sentence: what the area's view lets a person do


AREAS: tuple[Area, ...] = (
    Area("overview", "Overview", "See where the board stands at a glance."),
    Area(
        "membership",
        "Membership",
        "Keep the members, deputies and voting rights of each partner organisation, "
        "with declarations of interest and attendance.",
    ),
    Area(
        "terms",
        "Terms of reference",
        "Keep each version of the terms of reference, its sections and quorum rule, and "
        "record every partner's approval of it.",
    ),
    Area(
        "stages",
        "Stage checklist",
        "Work through the criteria for each stage of the board's development, with "
        "status, evidence, owner and due date.",
    ),
    Area(
        "priorities",
        "Priorities",
        "Track the board's priorities, their milestones and dated updates with a RAG "
        "rating and commentary.",
    ),
    Area(
        "metrics",
        "Metrics",
        "Import or type in metric values per period and read charts that show "
        "special-cause variation.",
    ),
    Area(
        "meetings",
        "Meetings",
        "Build agendas and papers with cover sheets, record attendance and quorum, "
        "minutes, the action log and the forward plan.",
    ),
    Area(
        "risks",
        "Risks",
        "Keep the risk register, scored on the NHS 5 × 5 matrix, with controls, "
        "mitigations and review dates.",
    ),
    Area(
        "sync",
        "Sync",
        "Send this board's records to the integrated care board and receive updates "
        "whenever a network is there.",
    ),
    Area(
        "packs",
        "Packs",
        "Produce meeting packs for the board and assurance packs for the ICB as PDF, "
        "with a public version without Part II items.",
    ),
    Area(
        "icb",
        "ICB: all places",
        "Compare every place's stage, priorities, attendance, risks and metrics side by "
        "side, read-only, and build the all-places assurance pack from them.",
    ),
)
