"""Closed vocabularies: the keys PlaceBoard stores and the labels people read.

Each vocabulary is a plain ``{key: label}`` dict in display order. Keys are what the
database holds and what the CLI accepts; labels are what screens and packs print. Use
``label()`` to show a key and ``require()`` to check one coming in from a person.
"""

from __future__ import annotations

from collections.abc import Mapping

from placeboard.domain.errors import ValidationError

Vocabulary = dict[str, str]

# -- membership and interests ------------------------------------------------------------

MEMBERSHIP_ROLES: Vocabulary = {
    "chair": "Chair",
    "vice_chair": "Vice chair",
    "dhci": "Director of Health and Care Integration",
    "member": "Member",
    "observer": "Observer",
    "in_attendance": "In attendance",
}

DECLARATION_TYPES: Vocabulary = {
    "financial": "Financial interest",
    "non_financial_professional": "Non-financial professional interest",
    "non_financial_personal": "Non-financial personal interest",
    "indirect": "Indirect interest",
}

# -- organisations and places ----------------------------------------------------------

SECTORS: Vocabulary = {
    "icb": "Integrated care board",
    "nhs_trust": "NHS trust",
    "primary_care": "Primary care / PCN",
    "upper_tier_council": "Upper-tier council",
    "unitary_council": "Unitary council",
    "district_council": "District council",
    "vcfse": "Voluntary, community, faith and social enterprise (VCFSE)",
    "healthwatch": "Healthwatch",
    "emergency_services": "Emergency services",
    "housing": "Housing",
    "hospice": "Hospice",
    "education": "Education",
    "other": "Other",
}

PLACE_KINDS: Vocabulary = {
    "unitary": "Unitary authority area",
    "upper_tier_county": "Upper-tier county",
    "part_of_county": "Part of a county area",
}

# -- RAG scale (seed 004: highlight reports carry a key of the colours) ----------------

RAG: Vocabulary = {
    "red": "Red",
    "amber": "Amber",
    "green": "Green",
    "blue": "Blue (complete)",
    "grey": "Grey (not started)",
}

RAG_MEANINGS: Vocabulary = {
    "red": "Significant issues: delivery is off track and needs the board's intervention.",
    "amber": "Some issues: delivery may slip without action, which is in hand.",
    "green": "On track: delivery is going to plan.",
    "blue": "Complete: delivered and closed.",
    "grey": "Not started: work is not yet due to begin.",
}

# NHS identity palette: Red, Warm Yellow, Green, Blue, Grey. Green and grey are the
# darker shades NHS.UK uses for text on them (white on #009639 or #768692 is under 4.5:1).
RAG_COLOURS: Vocabulary = {
    "red": "#DA291C",
    "amber": "#FFB81C",
    "green": "#007F3B",
    "blue": "#005EB8",
    "grey": "#4C6272",
}

# Text colour that reads on each RAG fill.
RAG_TEXT_COLOURS: Vocabulary = {
    "red": "#FFFFFF",
    "amber": "#231F20",
    "green": "#FFFFFF",
    "blue": "#FFFFFF",
    "grey": "#FFFFFF",
}

# -- meetings --------------------------------------------------------------------------

MEETING_FORMATS: Vocabulary = {
    "in_person": "In person",
    "online": "Online",
    "hybrid": "Hybrid",
}

MEETING_STATUSES: Vocabulary = {
    "planned": "Planned",
    "held": "Held",
    "cancelled": "Cancelled",
}

ATTENDANCE: Vocabulary = {
    "present": "Present",
    "apologies": "Apologies",
    "deputy": "Deputy attending",
    "observer": "Observer",
    "in_attendance": "In attendance",
    "absent": "Absent",
}

ITEM_FOR: Vocabulary = {
    "decision": "Decision",
    "action": "Action",
    "assurance": "Assurance",
    "discussion": "Discussion",
    "information": "Information",
}

AGENDA_PARTS: Vocabulary = {
    "part_1": "Part I (open to press and public)",
    "part_2": "Part II (private)",
}

AGENDA_POSITIONS: Vocabulary = {
    "opening": "Opening business",
    "closing": "Closing business",
}

ACTION_STATUSES: Vocabulary = {
    "open": "Open",
    "done": "Done",
    "closed": "Closed",
    "carried_forward": "Carried forward",
}

# Seed 002 cover sheet: each implication is answered Yes / No / N/A.
IMPLICATION_ANSWERS: Vocabulary = {
    "yes": "Yes",
    "no": "No",
    "n_a": "N/A",
}

# -- stages, terms of reference, risks, metrics ----------------------------------------

STAGE_NAMES: Vocabulary = {
    "in_development": "In development",
    "in_shadow": "In shadow",
    "ready_for_delegation": "Ready for delegation",
}

CRITERION_STATUSES: Vocabulary = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "met": "Met",
    "not_applicable": "Not applicable",
}

# Criteria PlaceBoard can check from its own records.
AUTO_CHECKS: Vocabulary = {
    "tor_agreed_by_all_partners": "Current terms of reference approved by every partner",
    "every_partner_voting_member_and_deputy": (
        "Every partner organisation has a voting member and a named deputy"
    ),
    "declarations_reviewed_last_year": (
        "Every member's declarations of interest reviewed in the last 12 months"
    ),
    "risk_register_reviewed_this_quarter": "Every open risk reviewed this quarter",
    "recent_meetings_quorate": "Recent meetings were quorate",
    "chair_appointed": "A chair is appointed",
}

TOR_STATUSES: Vocabulary = {
    "draft": "Draft",
    "out_for_approval": "Out for approval",
    "agreed": "Agreed",
    "superseded": "Superseded",
}

RISK_STATUSES: Vocabulary = {
    "open": "Open",
    "closed": "Closed",
    "transferred": "Transferred",
}

POLARITIES: Vocabulary = {
    "higher": "Higher is better",
    "lower": "Lower is better",
    "neutral": "No better direction",
}

FREQUENCIES: Vocabulary = {
    "monthly": "Monthly",
    "quarterly": "Quarterly",
    "annual": "Annual",
}


def label(vocab: Mapping[str, str], key: str | None) -> str:
    """The label for `key`; an unknown key is shown humanised rather than hidden."""
    if key is None or key == "":
        return ""
    found = vocab.get(key)
    if found is not None:
        return found
    return key.replace("_", " ").capitalize()


def require(vocab: Mapping[str, str], key: str | None, field: str) -> str:
    """Return the canonical key for `key` (a key or a label, any case) or raise.

    `field` is the human name of what is being set, e.g. "role" or "RAG rating".
    """
    if key is not None:
        wanted = " ".join(str(key).split()).casefold()
        for k, lab in vocab.items():
            if wanted in (k.casefold(), lab.casefold()):
                return k
    choices = ", ".join(f"{k} ({lab})" for k, lab in vocab.items())
    if key is None or str(key).strip() == "":
        raise ValidationError(f"No {field} given; choose one of: {choices}.", field=field)
    raise ValidationError(f"'{key}' is not a valid {field}; choose one of: {choices}.", field=field)
