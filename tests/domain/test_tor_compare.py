"""Comparing two versions of the terms of reference, section by section."""

from __future__ import annotations

from placeboard.domain.tor_compare import (
    DiffRow,
    SectionText,
    compare_sections,
    diff_lines,
    split_lines,
    word_changes,
)

PURPOSE = SectionText("purpose", "Purpose", "The board improves health. It reduces inequalities.")
QUORUM = SectionText("quorum", "Quorum", "Half the voting members.\nIncluding the ICB.")


def test_lines_are_sentences_so_one_paragraph_is_not_one_line() -> None:
    assert split_lines("One. Two!  Three?\n\nFour, e.g. five. (Six.)") == [
        "One.",
        "Two!",
        "Three?",
        "Four, e.g. five.",
        "(Six.)",
    ]
    assert split_lines("") == []


def test_same_added_removed_and_changed_rows() -> None:
    rows = diff_lines(["a.", "b.", "c."], ["a.", "B!", "c.", "d."])
    assert rows == [
        DiffRow("same", "a.", "a."),
        DiffRow("changed", "b.", "B!"),
        DiffRow("same", "c.", "c."),
        DiffRow("added", "", "d."),
    ]
    assert diff_lines(["a.", "b."], ["a."]) == [
        DiffRow("same", "a.", "a."),
        DiffRow("removed", "b.", ""),
    ]


def test_a_replaced_block_of_unequal_length_pairs_then_adds() -> None:
    rows = diff_lines(["x."], ["y.", "z."])
    assert [r.kind for r in rows] == ["changed", "added"]
    assert rows[0] == ("changed", "x.", "y.")  # rows are plain tuples too


def test_identical_versions_are_the_same_throughout() -> None:
    diffs = compare_sections([PURPOSE, QUORUM], [PURPOSE, QUORUM])
    assert [d.status for d in diffs] == ["same", "same"]
    assert all(row.kind == "same" for d in diffs for row in d.rows)


def test_sections_pair_by_kind_and_show_what_changed() -> None:
    reworded = PURPOSE._replace(body="The board improves health. It reduces health inequalities.")
    review = SectionText("review", "Review", "Reviewed annually.")
    diffs = compare_sections([PURPOSE, QUORUM], [reworded, review])
    assert [(d.kind, d.status) for d in diffs] == [
        ("purpose", "changed"),
        ("quorum", "removed"),
        ("review", "added"),
    ]
    purpose = diffs[0]
    assert purpose.rows == (
        DiffRow("same", "The board improves health.", "The board improves health."),
        DiffRow("changed", "It reduces inequalities.", "It reduces health inequalities."),
    )
    assert purpose.count("changed") == 1 and purpose.count("same") == 1
    assert diffs[1].right_heading is None and [r.kind for r in diffs[1].rows] == ["removed"] * 2
    assert diffs[2].left_heading is None and diffs[2].heading == "Review"


def test_a_renamed_heading_is_a_change_and_a_moved_section_is_paired() -> None:
    renamed = QUORUM._replace(heading="Quorum and voting")
    diffs = compare_sections([QUORUM, PURPOSE], [PURPOSE, renamed])
    by_kind = {d.kind: d for d in diffs}
    assert set(by_kind) == {"purpose", "quorum"} and len(diffs) == 2
    assert by_kind["quorum"].status == "changed"
    assert by_kind["quorum"].left_heading == "Quorum"
    assert by_kind["quorum"].heading == "Quorum and voting"
    assert by_kind["purpose"].status == "same"


def test_a_kind_used_twice_is_compared_occurrence_by_occurrence() -> None:
    one, two = SectionText("other", "Annex A", "A."), SectionText("other", "Annex B", "B.")
    diffs = compare_sections([one, two], [one, two._replace(body="B2.")])
    assert [d.status for d in diffs] == ["same", "changed"]


def test_word_changes_mark_only_the_words_that_differ() -> None:
    left, right = word_changes("It reduces inequalities.", "It reduces health inequalities.")
    assert left == [("It reduces ", False), ("inequalities.", False)]
    assert right == [("It reduces ", False), ("health ", True), ("inequalities.", False)]
