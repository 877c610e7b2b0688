"""Two versions side by side as an HTML table for a read-only QTextBrowser.

Every row carries a mark as well as a colour, so colour is never the only signal:
"~" changed (amber), "+" added (green), "−" removed (red). Inside a changed line the
words that differ are underlined and bold.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from placeboard.domain.tor_compare import MARKS, DiffRow, SectionDiff, word_changes
from placeboard.ui.tor_models import AMBER_FILL, GREEN_FILL, RED_FILL

FILLS = {"same": "#FFFFFF", "added": GREEN_FILL, "removed": RED_FILL, "changed": AMBER_FILL}
SECTION_WORDS = {
    "same": "unchanged",
    "changed": "changed",
    "added": "added in the later version",
    "removed": "removed in the later version",
}
LEGEND = "Marks: ~ changed (amber) · + added (green) · − removed (red)"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(diffs: Sequence[SectionDiff], left: str, right: str) -> str:
    """One sentence on what differs: sections changed, lines changed, added, removed."""
    if not diffs:
        return f"{left} and {right} have no sections to compare."
    if all(d.status == "same" for d in diffs):
        return f"{left} and {right} have the same words in every section."
    changed = sum(1 for d in diffs if d.status != "same")
    lines = {kind: sum(d.count(kind) for d in diffs) for kind in ("changed", "added", "removed")}  # type: ignore[arg-type]
    return (
        f"From {left} to {right}: {_plural(changed, 'section')} of {len(diffs)} differ; "
        f"{_plural(lines['changed'], 'line')} changed, {lines['added']} added, "
        f"{lines['removed']} removed."
    )


def _words(runs: list[tuple[str, bool]]) -> str:
    return "".join(f"<b><u>{escape(t)}</u></b>" if changed else escape(t) for t, changed in runs)


def _cell(mark: str, html: str, fill: str) -> str:
    style = f'style="background-color:{fill}"'
    mark_cell = f'<td width="3%" align="center" {style}><b>{mark}</b></td>'
    return f'{mark_cell}<td width="47%" {style}>{html}</td>'


def _row(row: DiffRow) -> str:
    fill = FILLS[row.kind]
    if row.kind == "changed":
        left, right = word_changes(row.left, row.right)
        left_html, right_html = _words(left), _words(right)
    else:
        left_html, right_html = escape(row.left), escape(row.right)
    left_mark = MARKS[row.kind] if row.left else ""
    right_mark = MARKS[row.kind] if row.right else ""
    left_fill = fill if row.left else "#F0F4F5"
    right_fill = fill if row.right else "#F0F4F5"
    cells = _cell(left_mark, left_html, left_fill) + _cell(right_mark, right_html, right_fill)
    return f"<tr>{cells}</tr>"


def _heading(diff: SectionDiff) -> str:
    name = escape(diff.heading)
    if diff.left_heading and diff.right_heading and diff.left_heading != diff.right_heading:
        name = f"{escape(diff.left_heading)} → {escape(diff.right_heading)}"
    mark = MARKS[diff.status].strip()
    words = SECTION_WORDS[diff.status]
    label = f"{mark} {name}" if mark else name
    return (
        '<tr><td colspan="4" style="background-color:#E8EDEE; padding-top:6px">'
        f'<b><font color="#003087">{label}</font></b> — {words}</td></tr>'
    )


def _hidden(count: int) -> str:
    return (
        f'<tr><td colspan="4"><i><font color="#425563">'
        f"… {_plural(count, 'unchanged line')} not shown …</font></i></td></tr>"
    )


def _section_rows(diff: SectionDiff, show_same: bool) -> list[str]:
    rows, hidden = [], 0
    for row in diff.rows:
        if row.kind == "same" and not show_same:
            hidden += 1
            continue
        if hidden:
            rows.append(_hidden(hidden))
            hidden = 0
        rows.append(_row(row))
    if hidden and len(rows) > 0:
        rows.append(_hidden(hidden))
    return rows


def compare_html(
    diffs: Sequence[SectionDiff], left: str, right: str, show_same: bool = True
) -> str:
    """The table: a header row naming the versions, then per section its heading and rows.
    Without `show_same`, unchanged lines fold into a note and unchanged sections show
    just their heading."""
    parts = [
        '<table width="100%" cellspacing="0" cellpadding="5" border="0">',
        f'<tr><th colspan="2" align="left">{escape(left)}</th>'
        f'<th colspan="2" align="left">{escape(right)}</th></tr>',
    ]
    for diff in diffs:
        parts.append(_heading(diff))
        if diff.status != "same" or show_same:
            parts.extend(_section_rows(diff, show_same))
    parts.append("</table>")
    return "\n".join(parts)
