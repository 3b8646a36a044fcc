"""Meetings of the JAG and its sub-groups: types, series, meetings, attendance, agenda, actions.

This package's front door: code outside services/meetings/ imports the names below from
jagdesk.services.meetings, never from the modules that define them; the modules of this package
import each other directly.
- types and series: ensure_meeting_types, list_meeting_types, save/delete_meeting_type,
  list_series, get_series, save/delete_series (types.py);
- meetings: list_meetings (newest first), get_meeting, find_meeting, get_item (read.py),
  new_meeting (with its series' members invited and its opening item), series_defaults,
  save_meeting, delete_meeting, set_attendance, add/update/remove_attendee (write.py);
- the agenda: add/update/delete_item, restore_item, move_item, save_minutes (the autosave path),
  new_problem_solving_agenda, and stage_item/stage_problem_solving_agenda for the demo (items.py);
- actions agreed at items: add/save/delete_meeting_action, stage_meeting_action (actions.py); dated
  updates go through services.problem_solving.actions.add_update;
- the rows all of these hand out (rows.py).
Beside them, with their own modules: the agenda builder (agenda_builder), the minutes document
(minutes_document), the action log (action_log) and the meeting pack (pack/).
"""

from __future__ import annotations

from jagdesk.services.meetings.actions import (
    add_meeting_action,
    delete_meeting_action,
    save_meeting_action,
    stage_meeting_action,
)
from jagdesk.services.meetings.items import (
    add_item,
    delete_item,
    move_item,
    new_problem_solving_agenda,
    restore_item,
    save_minutes,
    stage_item,
    stage_problem_solving_agenda,
    update_item,
)
from jagdesk.services.meetings.read import find_meeting, get_item, get_meeting, list_meetings
from jagdesk.services.meetings.rows import (
    AttendeeInput,
    AttendeeRow,
    ItemInput,
    ItemRow,
    MeetingDetail,
    MeetingInput,
    MeetingRow,
    MeetingTypeInput,
    MeetingTypeRow,
    SeriesInput,
    SeriesRow,
)
from jagdesk.services.meetings.types import (
    delete_meeting_type,
    delete_series,
    ensure_meeting_types,
    get_series,
    list_meeting_types,
    list_series,
    save_meeting_type,
    save_series,
)
from jagdesk.services.meetings.write import (
    add_attendee,
    delete_meeting,
    new_meeting,
    remove_attendee,
    save_meeting,
    series_defaults,
    set_attendance,
    update_attendee,
)

__all__ = [
    "AttendeeInput", "AttendeeRow", "ItemInput", "ItemRow", "MeetingDetail", "MeetingInput",
    "MeetingRow", "MeetingTypeInput", "MeetingTypeRow", "SeriesInput", "SeriesRow",
    "add_attendee", "add_item", "add_meeting_action", "delete_item", "delete_meeting",
    "delete_meeting_action", "delete_meeting_type", "delete_series", "ensure_meeting_types",
    "find_meeting", "get_item", "get_meeting", "get_series", "list_meeting_types", "list_meetings",
    "list_series", "move_item", "new_meeting", "new_problem_solving_agenda", "remove_attendee",
    "restore_item", "save_meeting", "series_defaults",
    "save_meeting_action", "save_meeting_type", "save_minutes", "save_series", "set_attendance",
    "stage_item", "stage_meeting_action", "stage_problem_solving_agenda",
    "update_attendee", "update_item",
]
