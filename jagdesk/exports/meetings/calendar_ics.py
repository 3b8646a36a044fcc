"""Meetings and due actions as an iCalendar (.ics) file that Outlook, Google and Apple calendars import.

A small writer of our own rather than a library: the file needs one VTIMEZONE, VEVENTs with a
handful of properties, RFC 5545 text escaping and line folding, all tested here; a dependency would
bring more than it saves. Meetings are at UK wall-clock times (TZID=Europe/London, so a 10:00
meeting stays at 10:00 across the clock change); actions are all-day events on their due dates.
Each event's UID comes from its record's id, so importing a newer file updates events in place.

A calendar is shared, synchronised to phones and shown to whoever books a room, so every event is
CLASS:PRIVATE and carries its protective marking (before its summary, as its description's first
line and as X-JAGDESK-MARKING), and by default says only what a calendar needs: a meeting's title,
time and place, an action's reference and due date. The agenda, who attends and what each action
is, with the names in it, are written only when asked for (`details`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol
from uuid import UUID

from jagdesk import __version__
from jagdesk.domain.common.marking import Marking
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.common.fonts import clean

TZID = "Europe/London"
UID_DOMAIN = "jagdesk.invalid"  # a domain that is nobody's, as RFC 5545 suggests for UIDs
DEFAULT_LENGTH = timedelta(hours=2)  # a meeting with a start but no end
LINE_OCTETS = 75  # RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the CRLF
SUMMARY_CHARS = 80
ACTION_MARKING = Marking.OFFICIAL_SENSITIVE.value  # actions name owners and cases: marked as case work is
MARKING_PROPERTY = "X-JAGDESK-MARKING"

# The UK's rules since 1996 (last Sunday of March at 01:00 UTC, last Sunday of October at 01:00 UTC),
# which calendars need to place a TZID time when they do not know the zone by name.
VTIMEZONE = (
    "BEGIN:VTIMEZONE", f"TZID:{TZID}", f"X-LIC-LOCATION:{TZID}",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
    "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
    "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class CalendarEvent:
    """One event: timed (start/end are naive UK local datetimes) or all-day (start/end are dates;
    the end is the day after the last day, as iCalendar counts it)."""

    uid: str
    summary: str
    start: date | datetime
    end: date | datetime
    location: str = ""
    description: str = ""
    status: str = "CONFIRMED"  # CONFIRMED, TENTATIVE or CANCELLED
    sequence: int = 0  # bumped with each saved change, so calendars take the newer copy
    categories: tuple[str, ...] = ()
    marking: str = ""  # the protective marking, such as OFFICIAL-SENSITIVE
    classification: str = "PRIVATE"  # CLASS: shared calendars show only "busy" to others


class MeetingLike(Protocol):
    """What meeting_events reads (services.meetings MeetingDetail and MeetingRow both have it)."""

    @property
    def id(self) -> UUID: ...
    @property
    def name(self) -> str: ...
    @property
    def meeting_type(self) -> str: ...
    @property
    def series(self) -> str: ...
    @property
    def held_on(self) -> date: ...
    @property
    def starts_at(self) -> time | None: ...
    @property
    def venue(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def marking(self) -> str: ...
    @property
    def version(self) -> int: ...


class ActionLike(Protocol):
    """What action_events reads (services.meetings.action_log ActionLogRow has it)."""

    @property
    def id(self) -> UUID: ...
    @property
    def reference(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def owner(self) -> str: ...
    @property
    def agency(self) -> str: ...
    @property
    def due_on(self) -> date | None: ...
    @property
    def status(self) -> str: ...
    @property
    def meeting(self) -> str: ...
    @property
    def latest_update(self) -> str: ...
    @property
    def version(self) -> int: ...


def _short(text: str, limit: int = SUMMARY_CHARS) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _marked(marking: str, summary: str) -> str:
    return f"{marking}: {summary}" if marking else summary


def _meeting_details(meeting: MeetingLike) -> list[str]:
    """The lines only a detailed calendar has: type, series, chair, the agenda and who attends
    (read from a MeetingDetail; a listing row has the type and series only)."""
    kind = meeting.meeting_type or "Meeting"
    lines = [kind if kind.lower().endswith("meeting") else f"{kind} meeting"]
    if meeting.series:
        lines.append(f"Series: {meeting.series}")
    chair = getattr(meeting, "chair", "")
    if chair:
        lines.append(f"Chair: {chair}")
    items: Sequence[Any] = getattr(meeting, "items", ())
    if items:
        lines.append("Agenda:")
        lines += [f"{item.number}. {item.name}" for item in items]
    attendees: Sequence[Any] = getattr(meeting, "attendees", ())
    if attendees:
        lines.append("Attendees:")
        for person in attendees:
            name = f"{person.name} (guest)" if person.guest else person.name
            agency = f", {person.agency}" if person.agency else ""
            came = "" if person.attendance == "present" else f" ({person.attendance})"
            lines.append(f"{name}{agency}{came}")
    return lines


def meeting_events(meetings: Iterable[MeetingLike], details: bool = False) -> list[CalendarEvent]:
    """An event per meeting; one without a start time is an all-day event on its date.

    The end time is read from `ends_at` when the row has it (MeetingDetail), else two hours on.
    Each holds its title (after its marking), time and place; `details` adds the type, series,
    chair, agenda and attendees (which a MeetingDetail has) to the description.
    """
    events = []
    for meeting in meetings:
        start: date | datetime
        end: date | datetime
        if meeting.starts_at is None:
            start, end = meeting.held_on, meeting.held_on + timedelta(days=1)
        else:
            start = datetime.combine(meeting.held_on, meeting.starts_at)
            ends_at: time | None = getattr(meeting, "ends_at", None)
            end = datetime.combine(meeting.held_on, ends_at) if ends_at else start + DEFAULT_LENGTH
            if end <= start:
                end = start + DEFAULT_LENGTH
        about = [meeting.marking] if meeting.marking else []
        if details:
            about += _meeting_details(meeting)
        events.append(CalendarEvent(
            uid=f"meeting-{meeting.id}@{UID_DOMAIN}", summary=_marked(meeting.marking, meeting.name),
            start=start, end=end, location=meeting.venue, description="\n".join(about),
            status="CANCELLED" if meeting.status == "cancelled" else "CONFIRMED",
            sequence=max(0, meeting.version - 1), categories=("Meeting",), marking=meeting.marking))
    return events


def action_events(actions: Iterable[ActionLike], details: bool = False,
                  marking: str = ACTION_MARKING) -> list[CalendarEvent]:
    """An all-day event on each action's due date; actions without one are left out.

    Each says only the action's reference and that it is due, under `marking`; `details` adds
    what the action is, its owner, where it was agreed, its latest update and its status.
    """
    events = []
    for action in actions:
        if action.due_on is None:
            continue
        summary = f"Action {action.reference} due"
        lines = [marking] if marking else []
        if details:
            summary = f"{summary}: {_short(action.description)}"
            owner = " ".join(part for part in (action.owner,
                                               f"({action.agency})" if action.agency else "") if part)
            lines.append(action.description.strip())
            if owner:
                lines.append(f"Owner: {owner}")
            if action.meeting:
                lines.append(f"Agreed at: {action.meeting}")
            if action.latest_update:
                lines.append(f"Latest update: {action.latest_update}")
            lines.append(f"Status: {action.status}")
        events.append(CalendarEvent(
            uid=f"action-{action.id}@{UID_DOMAIN}", summary=_marked(marking, summary),
            start=action.due_on, end=action.due_on + timedelta(days=1), description="\n".join(lines),
            status="CANCELLED" if action.status == "cancelled" else "CONFIRMED",
            sequence=max(0, action.version - 1), categories=("Action",), marking=marking))
    return events


# --- The writer ------------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 3.3.11 says: backslash, semicolon, comma and newlines."""
    value = clean(value)  # no control characters: the grammar allows none but HTAB in a value
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """A content line folded at 75 octets (CRLF then one space), never inside a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= LINE_OCTETS:
        return line
    parts: list[str] = []
    current: list[str] = []
    size = 0
    limit = LINE_OCTETS  # the first line has 75 octets; each continuation has a space and 74 more
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _stamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _when(name: str, value: date | datetime) -> str:
    if isinstance(value, datetime):
        return f"{name};TZID={TZID}:{value:%Y%m%dT%H%M%S}"
    return f"{name};VALUE=DATE:{value:%Y%m%d}"


def _event_lines(event: CalendarEvent, stamp: str) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{escape_text(event.uid)}", f"DTSTAMP:{stamp}",
             _when("DTSTART", event.start), _when("DTEND", event.end),
             f"SUMMARY:{escape_text(event.summary)}"]
    if event.location.strip():
        lines.append(f"LOCATION:{escape_text(event.location.strip())}")
    if event.description.strip():
        lines.append(f"DESCRIPTION:{escape_text(event.description.strip())}")
    if event.categories:
        lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in event.categories))
    lines.append(f"CLASS:{event.classification}")
    if event.marking:
        lines.append(f"{MARKING_PROPERTY}:{escape_text(event.marking)}")
    lines += [f"STATUS:{event.status}", f"SEQUENCE:{event.sequence}",
              "TRANSP:TRANSPARENT" if not isinstance(event.start, datetime) else "TRANSP:OPAQUE",
              "END:VEVENT"]
    return lines


def calendar_text(events: Sequence[CalendarEvent], stamp: datetime | None = None,
                  name: str = "JAGDesk meetings and actions") -> str:
    """The whole calendar as text: CRLF line ends, folded lines, a VTIMEZONE when any event is timed."""
    when = _stamp(stamp or datetime.now(UTC))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//JAGDesk//JAGDesk {__version__}//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text(name)}",
             f"X-WR-TIMEZONE:{TZID}"]
    if any(isinstance(event.start, datetime) for event in events):
        lines += VTIMEZONE
    for event in events:
        lines += _event_lines(event, when)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def calendar_marking(events: Sequence[CalendarEvent]) -> str:
    """The highest protective marking of the events (for the access log's entry of the file)."""
    sensitive = any(event.marking == Marking.OFFICIAL_SENSITIVE.value for event in events)
    return (Marking.OFFICIAL_SENSITIVE if sensitive else Marking.OFFICIAL).value


def write_ics(events: Sequence[CalendarEvent], path: str | os.PathLike[str],
              stamp: datetime | None = None) -> None:
    """Write the events as an .ics file at `path` (replaced whole, never half-written)."""
    data = calendar_text(events, stamp).encode("utf-8")
    with replacing(path) as temporary:
        temporary.write_bytes(data)
