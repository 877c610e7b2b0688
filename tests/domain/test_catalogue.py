"""The domain content taken from the seed papers, and the vocabularies."""

from __future__ import annotations

import dataclasses
import re
import string

import pytest

from placeboard.domain import catalogue as cat
from placeboard.domain import vocab
from placeboard.domain.errors import ValidationError

SEED_AUTO_CHECKS = {
    "tor_agreed_by_all_partners",
    "every_partner_voting_member_and_deputy",
    "declarations_reviewed_last_year",
    "risk_register_reviewed_this_quarter",
    "recent_meetings_quorate",
    "chair_appointed",
}


# -- ICB and places ---------------------------------------------------------------------


def test_icb() -> None:
    assert cat.ICB.name == "NHS Lancashire and South Cumbria Integrated Care Board"
    assert cat.ICB.short_name == "LSC ICB"


def test_four_places_with_kinds_and_populations() -> None:
    assert cat.PLACE_NAMES == ("Blackburn with Darwen", "Blackpool", "Lancashire", "South Cumbria")
    by_name = {p.name: p for p in cat.PLACES}
    assert by_name["Blackburn with Darwen"].kind == "unitary"
    assert by_name["Blackpool"].kind == "unitary"
    assert by_name["Lancashire"].kind == "upper_tier_county"
    assert by_name["South Cumbria"].kind == "part_of_county"
    for place in cat.PLACES:
        assert place.kind in vocab.PLACE_KINDS
        assert 100_000 < place.population < 2_000_000
        assert place.board_name == f"{place.name} Place-Based Partnership Board"
        assert cat.ORGANISATIONS_BY_NAME[place.council].sector in {
            "unitary_council",
            "upper_tier_council",
        }
    # Roughly the 1.7 million people seed 003 says the system serves.
    assert 1_600_000 < sum(p.population for p in cat.PLACES) < 1_800_000


def test_lancashire_delivery_units_cover_the_twelve_districts_once() -> None:
    lancs = next(p for p in cat.PLACES if p.name == "Lancashire")
    names = [u.name for u in lancs.delivery_units]
    assert names == ["East Lancashire", "Central Lancashire", "North Lancashire / coastal"]
    districts = [d for u in lancs.delivery_units for d in u.districts]
    assert sorted(districts) == sorted(cat.LANCASHIRE_DISTRICTS)
    assert len(cat.LANCASHIRE_DISTRICTS) == 12
    central = next(u for u in lancs.delivery_units if u.name == "Central Lancashire")
    assert "West Lancashire" in central.districts  # seed 002 §5.1.4
    for p in cat.PLACES:
        if p.name != "Lancashire":
            assert p.delivery_units == ()


def test_former_icps() -> None:
    assert len(cat.FORMER_ICPS) == 5
    assert "Fylde Coast" in cat.FORMER_ICPS


# -- organisations and partners ---------------------------------------------------------


def test_organisations_have_unique_names_and_valid_sectors() -> None:
    names = [o.name for o in cat.ORGANISATIONS]
    assert len(names) == len(set(names))
    for org in cat.ORGANISATIONS:
        assert org.sector in vocab.SECTORS, org
        assert org.name == org.name.strip() and "  " not in org.name


def test_every_sector_key_is_the_exact_list() -> None:
    assert list(vocab.SECTORS) == [
        "icb",
        "nhs_trust",
        "primary_care",
        "upper_tier_council",
        "unitary_council",
        "district_council",
        "vcfse",
        "healthwatch",
        "emergency_services",
        "housing",
        "hospice",
        "education",
        "other",
    ]


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Lancashire Teaching Hospitals NHS Foundation Trust", "nhs_trust"),
        ("East Lancashire Hospitals NHS Trust", "nhs_trust"),
        ("Blackpool Teaching Hospitals NHS Foundation Trust", "nhs_trust"),
        ("University Hospitals of Morecambe Bay NHS Foundation Trust", "nhs_trust"),
        ("Lancashire and South Cumbria NHS Foundation Trust", "nhs_trust"),
        ("Blackburn with Darwen Borough Council", "unitary_council"),
        ("Blackpool Council", "unitary_council"),
        ("Lancashire County Council", "upper_tier_council"),
        ("Westmorland and Furness Council", "unitary_council"),
        ("Lancashire Fire and Rescue Service", "emergency_services"),
        ("Healthwatch Lancashire", "healthwatch"),
        ("NHS Lancashire and South Cumbria Integrated Care Board", "icb"),
    ],
)
def test_named_organisations(name: str, sector: str) -> None:
    assert cat.ORGANISATIONS_BY_NAME[name].sector == sector


def test_place_partners() -> None:
    assert set(cat.PLACE_PARTNERS) == set(cat.PLACE_NAMES)
    for place in cat.PLACES:
        partners = cat.PLACE_PARTNERS[place.name]
        assert 6 <= len(partners) <= 10, place.name
        assert len(set(partners)) == len(partners)
        assert cat.ICB.name in partners
        assert place.council in partners
        sectors = {cat.ORGANISATIONS_BY_NAME[n].sector for n in partners}  # KeyError if unknown
        assert sectors <= set(vocab.SECTORS)
        # Every board has primary care, the VCFSE sector and a local Healthwatch.
        assert {"primary_care", "vcfse", "healthwatch", "nhs_trust"} <= sectors, place.name


def test_each_place_has_its_own_healthwatch() -> None:
    healthwatch = [
        next(
            n for n in cat.PLACE_PARTNERS[p] if cat.ORGANISATIONS_BY_NAME[n].sector == "healthwatch"
        )
        for p in cat.PLACE_NAMES
    ]
    assert len(set(healthwatch)) == 4


# -- stages and criteria ----------------------------------------------------------------


def test_three_stages_in_order() -> None:
    assert [s.key for s in cat.STAGES] == ["in_development", "in_shadow", "ready_for_delegation"]
    assert [s.name for s in cat.STAGES] == ["In development", "In shadow", "Ready for delegation"]
    assert [s.order for s in cat.STAGES] == [1, 2, 3]
    assert {s.key: s.name for s in cat.STAGES} == vocab.STAGE_NAMES


def test_stage_criteria() -> None:
    keys: list[str] = []
    for stage in cat.STAGES:
        assert 4 <= len(stage.criteria) <= 7, stage.key
        assert stage.description.endswith(".")
        assert stage.description.count(". ") == 0  # one sentence
        for c in stage.criteria:
            assert c.auto_check is None or c.auto_check in SEED_AUTO_CHECKS
            assert c.text.endswith(".")
            keys.append(c.key)
    assert len(keys) == len(set(keys))
    # Every automatic check is used by some criterion, and exactly one.
    used = [c.auto_check for s in cat.STAGES for c in s.criteria if c.auto_check]
    assert sorted(used) == sorted(SEED_AUTO_CHECKS)
    assert set(vocab.AUTO_CHECKS) == SEED_AUTO_CHECKS


def test_ready_for_delegation_carries_the_seed_000_criteria() -> None:
    stage = cat.STAGES_BY_KEY["ready_for_delegation"]
    checks = {c.auto_check for c in stage.criteria}
    assert {"tor_agreed_by_all_partners", "chair_appointed"} <= checks
    texts = " ".join(c.text for c in stage.criteria)
    assert "committee of the ICB" in texts
    assert "SORD" in texts
    assert "formally agreed by all place partners" in texts


# -- priorities -------------------------------------------------------------------------


def test_place_priorities_by_phase() -> None:
    assert set(cat.PLACE_PRIORITIES) == set(cat.PLACE_NAMES)
    counts = {
        place: tuple(sum(p.phase == n for p in prios) for n in (1, 2, 3))
        for place, prios in cat.PLACE_PRIORITIES.items()
    }
    assert counts == {
        "Blackburn with Darwen": (6, 5, 2),
        "Blackpool": (3, 2, 0),
        "South Cumbria": (5, 5, 3),
        "Lancashire": (4, 1, 2),
    }
    for prios in cat.PLACE_PRIORITIES.values():
        assert [p.phase for p in prios] == sorted(p.phase for p in prios)
        assert len({(p.title, p.phase) for p in prios}) == len(prios)
        for p in prios:
            assert p.theme in cat.PRIORITY_THEMES
            assert p.title.strip() == p.title and p.title


def test_priority_wording_is_the_paper_s() -> None:
    lancs = {p.title: p for p in cat.PLACE_PRIORITIES["Lancashire"]}
    assert lancs["Discharge to Assess (D2A)"].phase == 1
    assert lancs["Learning Disabilities Pooled Budgets"].phase == 2
    assert any(t.startswith("Urgent Care Services") and p.phase == 3 for t, p in lancs.items())
    sc = [p.title for p in cat.PLACE_PRIORITIES["South Cumbria"] if p.phase == 2]
    assert "MBRN roll out south Cumbria (subject to investment proposal)" in sc


def test_common_operational_priorities() -> None:
    titles = [p.title for p in cat.COMMON_OPERATIONAL_PRIORITIES]
    assert len(titles) == 5
    assert titles[0] == "Population health – addressing inequalities"
    assert "Continuing Health Care (CHC)" in titles
    assert all(p.theme in cat.PRIORITY_THEMES for p in cat.COMMON_OPERATIONAL_PRIORITIES)


def test_every_theme_is_used() -> None:
    used = {p.theme for prios in cat.PLACE_PRIORITIES.values() for p in prios}
    used |= {p.theme for p in cat.COMMON_OPERATIONAL_PRIORITIES}
    assert used == set(cat.PRIORITY_THEMES)


def test_eight_partnership_priorities() -> None:
    pps = cat.PARTNERSHIP_PRIORITIES
    assert [p.number for p in pps] == list(range(1, 9))
    assert [p.short_name for p in pps] == [
        "Neighbourhoods",
        "Workforce",
        "Mental health",
        "Hospital services",
        "Public sector",
        "Enterprise and innovation",
        "Financial balance",
        "Planning and prioritising",
    ]
    for p in pps:
        assert p.short_name.lower() in p.title.lower()
        assert len(p.summary) > 200 and "\n" not in p.summary
        assert p.community_measures and p.organisation_measures
        assert p.measures == p.community_measures + p.organisation_measures
    # Spot checks against seed 003.
    assert len(pps[1].community_measures) == 10 and len(pps[1].organisation_measures) == 9
    assert any("12 hours" in m for m in pps[2].organisation_measures)
    assert any("RTT 18 weeks" in m for m in pps[3].community_measures)
    assert any("control totals" in m for m in pps[6].organisation_measures)


# -- metrics ----------------------------------------------------------------------------


def test_seven_initial_metrics() -> None:
    metrics = cat.INITIAL_METRICS
    assert len(metrics) == 7
    assert len({m.key for m in metrics}) == 7
    assert [m.paper_name for m in metrics] == [
        "Smoking cessation rates",
        "Annual health checks for people with a learning disability",
        "Access to mental health support for children & young people",
        "Access to GP appointments",
        "People 65+yrs with a recorded frailty score have a care plan",
        "Use of 2hr urgent community response",
        "Lengths of hospital stays",
    ]
    for m in metrics:
        assert re.fullmatch(r"[a-z0-9_]+", m.key)
        assert m.polarity in vocab.POLARITIES
        assert m.frequency == "monthly"
        assert m.noise > 0 and m.baseline > 0
        assert m.noise < m.baseline / 5
        if m.unit == "%":
            assert 0 < m.baseline < 100
            assert m.target is None or 0 < m.target <= 100
        assert m.source and m.description


def test_ucr_and_length_of_stay() -> None:
    ucr = cat.METRICS_BY_KEY["ucr_within_2_hours"]
    assert (ucr.polarity, ucr.target, ucr.unit) == ("higher", 70.0, "%")
    los = cat.METRICS_BY_KEY["average_length_of_stay"]
    assert (los.polarity, los.unit) == ("lower", "days")


# -- glossary ---------------------------------------------------------------------------


REQUIRED_TERMS = (
    "ICB", "ICS", "ICP", "PBP", "DHCI", "BCF", "CHC", "INT", "PCN", "VCFSE", "VCFS", "SORD",
    "JSNA", "D2A", "SEND", "APP", "ASC", "UCR", "LD", "CYP", "PHM", "UTC", "MBRN", "CCG",
    "LTC", "HWBB", "NHSE",
)  # fmt: skip


def test_glossary_has_required_terms() -> None:
    missing = [t for t in REQUIRED_TERMS if t not in cat.GLOSSARY]
    assert missing == []
    assert cat.GLOSSARY["DHCI"] == "Director of Health and Care Integration"
    assert cat.GLOSSARY["SORD"] == "Scheme of reservation and delegation"
    assert cat.GLOSSARY["VCFSE"] == "Voluntary, community, faith and social enterprise"
    for abbr, meaning in cat.GLOSSARY.items():
        assert abbr == abbr.strip() and meaning[0] in string.ascii_uppercase


def test_glossary_abbreviations_used_in_priorities_are_defined() -> None:
    words = {
        w
        for prios in cat.PLACE_PRIORITIES.values()
        for p in prios
        for w in re.findall(r"\b[A-Z][A-Z0-9&]{1,}\b", p.title)
    }
    assert words - set(cat.GLOSSARY) - {"TBC", "GP"} == set()


# -- agenda, cover sheet, terms of reference --------------------------------------------


def test_standing_agenda_items() -> None:
    items = cat.STANDING_AGENDA_ITEMS
    assert [i.title for i in items] == [
        "Welcome, introductions and apologies",
        "Declarations of interest",
        "Minutes of the last meeting",
        "Action log and forward plan",
        "Urgent business",
        "Date of next meeting",
    ]
    assert [i.position for i in items] == ["opening"] * 4 + ["closing"] * 2
    for item in items:
        assert item.item_for in vocab.ITEM_FOR
        assert item.position in vocab.AGENDA_POSITIONS
        assert item.lead == "Chair"
        title, item_for, outcome, lead, position = item  # a tuple as well as named fields
        assert (title, item_for, lead, position) == (
            item.title,
            item.item_for,
            item.lead,
            item.position,
        )
        assert outcome.endswith(".")


def test_cover_sheet_fields_in_seed_order() -> None:
    keys = [f.key for f in cat.COVER_SHEET_FIELDS]
    assert keys[:6] == [
        "date_of_meeting",
        "title",
        "presented_by",
        "author",
        "agenda_item",
        "confidential",
    ]
    assert keys.index("purpose") < keys.index("executive_summary") < keys.index("recommendations")
    assert keys.index("conflicts_of_interest") < keys.index("implications")
    assert len(keys) == len(set(keys))
    assert cat.IMPLICATION_KEYS[:4] == (
        "quality_impact_assessment",
        "equality_impact_assessment",
        "privacy_impact_assessment",
        "financial_impact_assessment",
    )
    assert "associated_risks" in cat.IMPLICATION_KEYS
    assert list(vocab.IMPLICATION_ANSWERS) == ["yes", "no", "n_a"]


def test_tor_sections_render_for_every_place() -> None:
    assert [s.key for s in cat.TOR_SECTIONS] == [
        "purpose",
        "membership",
        "quorum",
        "frequency",
        "delegated_authority",
        "reporting",
        "review",
    ]
    allowed = {"board_name", "place", "icb", "council"}
    for section in cat.TOR_SECTIONS:
        fields = {f for _, f, _, _ in string.Formatter().parse(section.template) if f}
        assert fields <= allowed, section.key
        sentences = section.template.count(". ") + 1
        assert 2 <= sentences <= 4, section.key
    for place in cat.PLACES:
        rendered = cat.render_tor(place)
        assert list(rendered) == [s.key for s in cat.TOR_SECTIONS]
        assert place.board_name in rendered["purpose"]
        assert "{" not in "".join(rendered.values())


# -- risks ------------------------------------------------------------------------------


def test_risk_themes() -> None:
    themes = cat.RISK_THEMES
    assert 10 <= len(themes) <= 15
    assert len({t.key for t in themes}) == len(themes)
    for t in themes:
        assert 1 <= t.likelihood <= 5 and 1 <= t.consequence <= 5
        assert t.owner_sector in vocab.SECTORS
        assert set(t.contributing_sectors) <= set(vocab.SECTORS)
        assert t.owner_sector not in t.contributing_sectors
    keys = {t.key for t in themes}
    assert {"workforce_capacity", "discharge_delays", "governance_maturity"} <= keys


def test_catalogue_values_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        cat.PLACES[0].population = 1  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        cat.INITIAL_METRICS[0].target = 1.0  # type: ignore[misc]


# -- vocabularies -----------------------------------------------------------------------


def test_vocabulary_keys() -> None:
    assert list(vocab.MEMBERSHIP_ROLES) == [
        "chair",
        "vice_chair",
        "dhci",
        "member",
        "observer",
        "in_attendance",
    ]
    assert list(vocab.DECLARATION_TYPES) == [
        "financial",
        "non_financial_professional",
        "non_financial_personal",
        "indirect",
    ]
    assert vocab.RAG == {
        "red": "Red",
        "amber": "Amber",
        "green": "Green",
        "blue": "Blue (complete)",
        "grey": "Grey (not started)",
    }
    assert list(vocab.MEETING_FORMATS) == ["in_person", "online", "hybrid"]
    assert list(vocab.MEETING_STATUSES) == ["planned", "held", "cancelled"]
    assert list(vocab.ATTENDANCE) == [
        "present",
        "apologies",
        "deputy",
        "observer",
        "in_attendance",
        "absent",
    ]
    assert list(vocab.ACTION_STATUSES) == ["open", "done", "closed", "carried_forward"]
    assert list(vocab.CRITERION_STATUSES) == ["not_started", "in_progress", "met", "not_applicable"]
    assert list(vocab.TOR_STATUSES) == ["draft", "out_for_approval", "agreed", "superseded"]
    assert list(vocab.RISK_STATUSES) == ["open", "closed", "transferred"]
    assert list(vocab.ITEM_FOR) == ["decision", "action", "assurance", "discussion", "information"]


def test_rag_meanings_and_colours() -> None:
    for key in vocab.RAG:
        assert vocab.RAG_MEANINGS[key].endswith(".")
        for colours in (vocab.RAG_COLOURS, vocab.RAG_TEXT_COLOURS):
            assert re.fullmatch(r"#[0-9A-F]{6}", colours[key])
    assert len(set(vocab.RAG_COLOURS.values())) == 5


def test_label() -> None:
    assert vocab.label(vocab.RAG, "blue") == "Blue (complete)"
    assert vocab.label(vocab.MEMBERSHIP_ROLES, "dhci") == "Director of Health and Care Integration"
    assert vocab.label(vocab.RAG, "purple_ish") == "Purple ish"
    assert vocab.label(vocab.RAG, None) == ""


def test_require_accepts_keys_and_labels_in_any_case() -> None:
    assert vocab.require(vocab.RAG, "amber", "RAG rating") == "amber"
    assert vocab.require(vocab.RAG, " AMBER ", "RAG rating") == "amber"
    assert vocab.require(vocab.MEMBERSHIP_ROLES, "Vice chair", "role") == "vice_chair"
    assert vocab.require(vocab.ITEM_FOR, "Decision", "item for") == "decision"


@pytest.mark.parametrize("bad", ["purple", "", None, "red amber"])
def test_require_rejects_with_a_clear_sentence(bad: str | None) -> None:
    with pytest.raises(ValidationError) as err:
        vocab.require(vocab.RAG, bad, "RAG rating")
    assert err.value.field == "RAG rating"
    message = str(err.value)
    assert "RAG rating" in message and "Blue (complete)" in message
    assert message.endswith(".")
    if bad:
        assert f"'{bad}'" in message
