"""What the meeting services hand to pages and the command line: frozen rows, never ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, time

from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.common.marking import Marking
from jagdesk.services.problem_solving.actions import ActionRow


@dataclass(frozen=True)
class MeetingTypeRow:
    """A kind of meeting (JAG, problem-solving meeting...)."""

    id: uuid.UUID
    name: str
    is_problem_solving: bool
    active: bool
    position: int
    version: int


@dataclass(frozen=True)
class MeetingTypeInput:
    """What the user enters for a meeting type; position None = after the others."""

    name: str
    is_problem_solving: bool = False
    active: bool = True
    position: int | None = None


@dataclass(frozen=True)
class SeriesRow:
    """A series of meetings that follow on from each other (the Hertsmere JAG)."""

    id: uuid.UUID
    name: str
    meeting_type_id: uuid.UUID
    meeting_type: str
    locality_id: uuid.UUID | None
    locality: str  # "" when the series covers the whole district
    action_prefix: str
    active: bool
    version: int


@dataclass(frozen=True)
class SeriesInput:
    """What the user enters for a series."""

    name: str
    meeting_type_id: uuid.UUID
    locality_id: uuid.UUID | None = None
    action_prefix: str = "JAG"
    active: bool = True


@dataclass(frozen=True)
class MeetingRow:
    """A meeting as the meetings list and the command line see it."""

    id: uuid.UUID
    name: str
    meeting_type: str
    series: str  # "" when the meeting is in no series
    held_on: date
    starts_at: time | None
    venue: str
    status: str  # MeetingStatus value
    marking: str  # Marking value
    open_actions: int  # open actions agreed at this meeting
    version: int
    series_id: uuid.UUID | None = None
    case_reference: str = ""  # a problem-solving meeting's case

    @property
    def held(self) -> str:
        """The date as a listing prints it (dd/mm/yyyy)."""
        return uk_day(self.held_on)

    @property
    def starts(self) -> str:
        """The start time as a listing prints it (10:00, or nothing)."""
        return f"{self.starts_at:%H:%M}" if self.starts_at else ""


@dataclass(frozen=True)
class MeetingInput:
    """What the user enters for a meeting. meeting_type_id None = the series' meeting type."""

    name: str
    meeting_type_id: uuid.UUID | None = None
    series_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None  # required when the type is a problem-solving meeting
    held_on: date | None = None
    starts_at: time | None = None
    ends_at: time | None = None
    venue: str = ""
    chair_id: uuid.UUID | None = None  # a contact
    minute_taker_id: uuid.UUID | None = None  # a contact
    marking: str = Marking.OFFICIAL_SENSITIVE.value
    status: str = "planned"
    next_meeting: str = ""
    notes: str = ""


@dataclass(frozen=True)
class AttendeeRow:
    """Someone on a meeting's attendance list: a contact, or a guest (guest=True)."""

    id: uuid.UUID
    contact_id: uuid.UUID | None
    name: str
    agency: str
    attendance: str  # Attendance value
    guest: bool
    position: int
    version: int


@dataclass(frozen=True)
class AttendeeInput:
    """A contact from the directory (contact_id) or a guest (guest_name, guest_agency)."""

    contact_id: uuid.UUID | None = None
    guest_name: str = ""
    guest_agency: str = ""
    attendance: str = "present"


@dataclass(frozen=True)
class ItemRow:
    """An agenda item with its minutes, decisions and the actions agreed at it."""

    id: uuid.UUID
    position: int
    number: int  # 1..n as printed
    name: str
    kind: str  # ItemKind value
    hotspot_id: uuid.UUID | None
    hotspot: str  # the hotspot's name or ""
    case_id: uuid.UUID | None
    case_reference: str  # or ""
    side: str  # Side value or "" (problem-solving agendas)
    minutes: str
    decisions: str
    actions: list[ActionRow]
    version: int


@dataclass(frozen=True)
class ItemInput:
    """What the user enters for an agenda item."""

    name: str
    kind: str = "general"
    hotspot_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    side: str = ""


@dataclass(frozen=True)
class MeetingDetail:
    """Everything about one meeting for its page: every field, names to show, attendance, agenda."""

    id: uuid.UUID
    name: str
    meeting_type_id: uuid.UUID
    meeting_type: str
    is_problem_solving: bool
    series_id: uuid.UUID | None
    series: str
    action_prefix: str  # the series' prefix, "MTG" when there is no series
    case_id: uuid.UUID | None
    case_reference: str
    case_name: str
    held_on: date
    starts_at: time | None
    ends_at: time | None
    venue: str
    chair_id: uuid.UUID | None
    chair: str
    minute_taker_id: uuid.UUID | None
    minute_taker: str
    marking: str
    status: str
    next_meeting: str
    notes: str
    attendees: list[AttendeeRow] = field(default_factory=list)
    items: list[ItemRow] = field(default_factory=list)
    version: int = 1

    def as_input(self) -> MeetingInput:
        """The editable fields, ready to change and pass back to save_meeting."""
        return MeetingInput(
            name=self.name, meeting_type_id=self.meeting_type_id, series_id=self.series_id,
            case_id=self.case_id, held_on=self.held_on, starts_at=self.starts_at,
            ends_at=self.ends_at, venue=self.venue, chair_id=self.chair_id,
            minute_taker_id=self.minute_taker_id, marking=self.marking, status=self.status,
            next_meeting=self.next_meeting, notes=self.notes,
        )
