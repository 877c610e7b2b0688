"""Quorum: is a meeting quorate, and is the next one expected to be?

The agreed terms of reference set the rule: at least N voting members present in person
or by a named deputy, including at least one voting member from each named sector (for
example the ICB and the council). A deputy stands in for the member's vote and sector.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from placeboard.domain.vocab import SECTORS

# Short sector names for a sentence ("ICB and council present").
SECTOR_SHORT: dict[str, str] = {
    "icb": "ICB",
    "nhs_trust": "NHS trust",
    "primary_care": "primary care",
    "upper_tier_council": "council",
    "unitary_council": "council",
    "district_council": "district council",
    "vcfse": "VCFSE sector",
    "healthwatch": "Healthwatch",
    "emergency_services": "emergency services",
}


def sector_name(key: str) -> str:
    return SECTOR_SHORT.get(key) or SECTORS.get(key, key).lower()


def parse_sectors(text: str) -> tuple[str, ...]:
    """ "icb, unitary_council" -> ("icb", "unitary_council"); blanks and repeats dropped."""
    keys = (part.strip().casefold() for part in text.split(","))
    return tuple(dict.fromkeys(k for k in keys if k))


@dataclass(frozen=True)
class QuorumRule:
    members: int  # voting members needed, in person or by deputy
    sectors: tuple[str, ...] = ()  # each needs at least one voting member present

    @classmethod
    def from_terms(cls, quorum_members: int, requires_sectors: str) -> QuorumRule:
        """The rule as a terms of reference version stores it."""
        return cls(max(0, quorum_members), parse_sectors(requires_sectors))

    @property
    def is_empty(self) -> bool:
        return self.members <= 0 and not self.sectors


@dataclass(frozen=True)
class QuorumCheck:
    rule: QuorumRule
    voting_present: int
    missing_sectors: tuple[str, ...]

    @property
    def enough_members(self) -> bool:
        return self.voting_present >= self.rule.members

    @property
    def quorate(self) -> bool:
        return self.enough_members and not self.missing_sectors


def check(rule: QuorumRule, present: Iterable[tuple[str, bool]]) -> QuorumCheck:
    """Check a meeting; `present` holds (sector, voting) for each member in the room or
    represented by a deputy."""
    voting_sectors = [sector for sector, voting in present if voting]
    seen = set(voting_sectors)
    missing = tuple(s for s in rule.sectors if s not in seen)
    return QuorumCheck(rule, len(voting_sectors), missing)


def is_quorate(rule: QuorumRule, present: Iterable[tuple[str, bool]]) -> bool:
    return check(rule, present).quorate


@dataclass(frozen=True)
class ExpectedMember:
    key: str  # the membership
    sector: str
    voting: bool


def expected_quorate(
    rule: QuorumRule,
    members: Sequence[ExpectedMember],
    apologies_from: Collection[str],
    deputised: Collection[str] = (),
) -> QuorumCheck:
    """A meeting ahead: every member is expected except those who sent apologies
    (`apologies_from`, membership keys) with no deputy coming (`deputised`)."""
    away = set(apologies_from) - set(deputised)
    return check(rule, [(m.sector, m.voting) for m in members if m.key not in away])


def _sectors_text(sectors: Sequence[str], joiner: str = "and") -> str:
    names = list(dict.fromkeys(sector_name(s) for s in sectors))
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {joiner} " + names[-1]


def describe(result: QuorumCheck | None) -> str:
    """One sentence for the next meeting ("Expected to be quorate: …")."""
    if result is None:
        return "No agreed terms of reference, so no quorum rule."
    rule = result.rule
    if rule.is_empty:
        return "The agreed terms of reference set no quorum."
    members = "voting member" if result.voting_present == 1 else "voting members"
    figures = f"{result.voting_present} {members} expected, {rule.members} needed"
    if result.quorate:
        with_sectors = f"; {_sectors_text(rule.sectors)} present" if rule.sectors else ""
        return f"Expected to be quorate: {figures}{with_sectors}."
    reasons = [figures]
    if result.missing_sectors:
        reasons.append(f"no voting member from the {_sectors_text(result.missing_sectors, 'or')}")
    return f"Not expected to be quorate: {'; '.join(reasons)}."
