"""Meetings of the JAG and its sub-groups: types, series, meetings, attendance, agenda, actions.

The work is split over the meeting_*.py modules; pages and the command line import it all from here:
- types and series: ensure_meeting_types, list_meeting_types, save/delete_meeting_type,
  list_series, get_series, save/delete_series (meeting_types.py);
- meetings: list_meetings (newest first), get_meeting, find_meeting, get_item (meeting_read.py),
  new_meeting (with its series' members invited and its opening item), series_defaults,
  save_meeting, delete_meeting, set_attendance, add/update/remove_attendee (meeting_write.py);
- the agenda: add/update/delete_item, restore_item, move_item, save_minutes (the autosave path),
  new_problem_solving_agenda (meeting_items.py);
- actions agreed at items: add/save/delete_meeting_action (meeting_actions.py); dated updates go
  through services.case_actions.add_update.
"""

from __future__ import annotations

from jagdesk.services.meeting_actions import (
    add_meeting_action,
    delete_meeting_action,
    save_meeting_action,
)
from jagdesk.services.meeting_items import (
    add_item,
    delete_item,
    move_item,
    new_problem_solving_agenda,
    restore_item,
    save_minutes,
    update_item,
)
from jagdesk.services.meeting_read import find_meeting, get_item, get_meeting, list_meetings
from jagdesk.services.meeting_rows import (
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
from jagdesk.services.meeting_types import (
    delete_meeting_type,
    delete_series,
    ensure_meeting_types,
    get_series,
    list_meeting_types,
    list_series,
    save_meeting_type,
    save_series,
)
from jagdesk.services.meeting_write import (
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
    "update_attendee", "update_item",
]
