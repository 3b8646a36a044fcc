"""What the action log page shows of each action: its columns, and the selected action in full with
its updates."""

from __future__ import annotations

import html
from collections.abc import Sequence

from jagdesk.domain.common.day_text import day_text
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.pages.meetings.actions_tab import action_status
from jagdesk.gui.widgets.table_day import short_day
from jagdesk.services.meetings.action_log import (
    ActionLogRow,
)
from jagdesk.services.problem_solving import actions

COLUMNS = [
    Column("Ref", lambda r: r.reference),
    Column("Action", lambda r: r.description),
    Column("Owner", lambda r: r.owner),
    Column("Agency", lambda r: r.agency),
    Column("Due", lambda r: short_day(r.due_on)),
    Column("Status", lambda r: action_status(r.status, r.overdue)),
    Column("Meeting / case", lambda r: r.raised_at),
    Column("Latest update", lambda r: r.latest_update),
]


NONE_SELECTED = "<p style='color: gray'>Select an action to read it in full, with its updates.</p>"


def detail_html(row: ActionLogRow | None, updates: Sequence[actions.UpdateRow]) -> str:
    """The selected action in full: what, who, when, where it was agreed, and every update."""
    if row is None:
        return NONE_SELECTED
    where = f"{row.meeting}, {row.item}" if row.meeting and row.item else row.raised_at
    facts = [f"{label}: {html.escape(value)}" for label, value in (
        ("Owner", row.owner_and_agency), ("Due", day_text(row.due_on) if row.due_on else ""),
        ("Status", action_status(row.status, row.overdue)),
        ("Completed", day_text(row.completed_on) if row.completed_on else ""),
        ("Agreed at", where)) if value]
    head = (f"<p><b>{html.escape(row.reference)}</b> {html.escape(row.description)}<br>"
            f"<span style='color: gray'>{' · '.join(facts)}</span></p>")
    if not updates:
        return head + "<p style='color: gray'>No updates yet: press Add update after each contact " \
                      "with the owner.</p>"
    return head + "".join(f"<p><b>{day_text(u.written_on)}</b>: {html.escape(u.text)}</p>"
                          for u in updates)
