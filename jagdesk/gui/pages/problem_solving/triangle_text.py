"""What the problem analysis triangle says of each side: its lines, its summary for a screen reader,
text wrapped to a card, and the new-action wording."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFontMetricsF,
)

from jagdesk.domain.common.wording import plural
from jagdesk.domain.problem_solving.vocabulary import Side, TriangleSide

NOTHING = "Nothing recorded yet"


NOT_RECORDED = "not recorded"


def side_lines(side: TriangleSide | None) -> tuple[str, str, str]:
    """What a side says under its title: (description, linked names, actions); all '' if empty."""
    if side is None or not (side.description.strip() or side.linked or side.actions or side.repeats):
        return "", "", ""
    linked = ""
    if side.linked:
        linked = f"{'Places' if side.side == Side.LOCATION else 'People'}: {', '.join(side.linked)}"
    actions = (f"{plural(side.actions, 'action')} ({side.open_actions} open)" if side.actions
               else "No actions yet")
    return " ".join(side.description.split()), linked, actions


def side_summary(side: Side, data: TriangleSide | None) -> str:
    """One sentence a screen reader says for a side, and its tooltip."""
    known = [part for part in side_lines(data) if part]
    parts = known or [NOTHING]
    if data is not None and data.repeats:
        parts.append(plural(data.repeats, "repeat") + " flagged")
    controller = data.controller.strip() if data is not None else ""
    parts.append(f"{side.controller}: {controller or NOT_RECORDED}")
    return f"{side.label}. " + ". ".join(p.rstrip(".") for p in parts if p) + "."


def wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Word-wrap `text` into at most `max_lines` lines of `width`, eliding the last with '…'."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if words and len(lines) == max_lines - 1:
            line = f"{line} {' '.join(words)}"
            words = []
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return lines


def new_action_text(side: Side) -> str:
    """The command that adds an action on a side: "New action on the victim side…"."""
    return f"New action on the {side.value} side…"
