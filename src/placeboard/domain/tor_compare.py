"""Comparing two versions of the terms of reference, section by section.

Sections are paired by kind (purpose, quorum, ...), in the order of the two versions.
Each pair's text is compared line by line with difflib; a "line" is a sentence, because
terms of reference are mostly written as one paragraph per section, and a whole
paragraph marked "changed" for one new word would tell a reader nothing.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

RowKind = Literal["same", "added", "removed", "changed"]

# Marks that say what a row is without colour (shown beside every row).
MARKS: dict[str, str] = {"same": " ", "added": "+", "removed": "−", "changed": "~"}
MEANINGS: dict[str, str] = {
    "same": "unchanged",
    "added": "added",
    "removed": "removed",
    "changed": "changed",
}

# A sentence ends at . ! or ? followed by space; the next one starts with a capital,
# a digit, a bracket or a quote (so "e.g. the ICB" stays whole).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'“‘])")


class SectionText(NamedTuple):
    """One section of one version, as compared: its kind, heading and body."""

    kind: str
    heading: str
    body: str


class DiffRow(NamedTuple):
    """One row of the side-by-side view: what happened, the old text, the new text."""

    kind: RowKind
    left: str
    right: str


@dataclass(frozen=True)
class SectionDiff:
    """A section in both versions (or in one of them) and its rows."""

    kind: str
    left_heading: str | None  # None: the section is not in the left version
    right_heading: str | None  # None: not in the right version
    rows: tuple[DiffRow, ...]

    @property
    def heading(self) -> str:
        return self.right_heading or self.left_heading or ""

    @property
    def status(self) -> RowKind:
        if self.left_heading is None:
            return "added"
        if self.right_heading is None:
            return "removed"
        renamed = self.left_heading != self.right_heading
        if renamed or any(row.kind != "same" for row in self.rows):
            return "changed"
        return "same"

    def count(self, kind: RowKind) -> int:
        return sum(1 for row in self.rows if row.kind == kind)


def split_lines(text: str) -> list[str]:
    """The text's lines, each broken at sentence ends; blank lines dropped."""
    lines: list[str] = []
    for line in text.splitlines():
        lines.extend(part.strip() for part in _SENTENCE_END.split(line) if part.strip())
    return lines


def diff_lines(left: Sequence[str], right: Sequence[str]) -> list[DiffRow]:
    """Rows for two lists of lines: unchanged, added, removed, or changed in place."""
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(None, list(left), list(right), autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old, new = left[i1:i2], right[j1:j2]
        if op == "equal":
            rows.extend(DiffRow("same", line, line) for line in old)
        elif op == "delete":
            rows.extend(DiffRow("removed", line, "") for line in old)
        elif op == "insert":
            rows.extend(DiffRow("added", "", line) for line in new)
        else:
            rows.extend(_replaced(old, new))
    return rows


def _replaced(old: Sequence[str], new: Sequence[str]) -> Iterator[DiffRow]:
    """A replaced block: lines side by side as changed, any extra as removed or added."""
    paired = min(len(old), len(new))
    for n in range(paired):
        yield DiffRow("changed", old[n], new[n])
    for line in old[paired:]:
        yield DiffRow("removed", line, "")
    for line in new[paired:]:
        yield DiffRow("added", "", line)


def _keys(sections: Sequence[SectionText]) -> list[str]:
    """A key per section: its kind, numbered when a kind comes more than once."""
    seen: dict[str, int] = {}
    keys = []
    for section in sections:
        seen[section.kind] = seen.get(section.kind, 0) + 1
        n = seen[section.kind]
        keys.append(section.kind if n == 1 else f"{section.kind}#{n}")
    return keys


def _section(left: SectionText | None, right: SectionText | None) -> SectionDiff:
    old = split_lines(left.body) if left else []
    new = split_lines(right.body) if right else []
    kind = (right or left).kind  # type: ignore[union-attr]  # one of them is there
    return SectionDiff(
        kind=kind,
        left_heading=left.heading if left else None,
        right_heading=right.heading if right else None,
        rows=tuple(diff_lines(old, new)),
    )


def compare_sections(
    left: Sequence[SectionText], right: Sequence[SectionText]
) -> list[SectionDiff]:
    """Every section of either version, paired by kind, in reading order."""
    left_keys, right_keys = _keys(left), _keys(right)
    left_by_key = dict(zip(left_keys, left, strict=True))
    on_the_right = set(right_keys)
    diffs: list[SectionDiff] = []
    matcher = difflib.SequenceMatcher(None, left_keys, right_keys, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            diffs.extend(_section(a, b) for a, b in zip(left[i1:i2], right[j1:j2], strict=True))
            continue
        # A section moved to another place is paired where the right version has it.
        diffs.extend(
            _section(left[i], None) for i in range(i1, i2) if left_keys[i] not in on_the_right
        )
        diffs.extend(_section(left_by_key.get(right_keys[j]), right[j]) for j in range(j1, j2))
    return diffs


def word_changes(left: str, right: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Both lines as runs of (text, changed), word by word, to show what changed inside
    a changed line."""
    old, new = re.findall(r"\S+\s*", left), re.findall(r"\S+\s*", right)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    left_runs: list[tuple[str, bool]] = []
    right_runs: list[tuple[str, bool]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        same = op == "equal"
        if i2 > i1:
            left_runs.append(("".join(old[i1:i2]), not same))
        if j2 > j1:
            right_runs.append(("".join(new[j1:j2]), not same))
    return left_runs, right_runs
