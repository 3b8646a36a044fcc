"""The vocabulary of meetings (types, attendance, markings, agenda item kinds) and the read-models
that the minutes (Word), the meeting pack (PDF) and the calendar (.ics) are written from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

from jagdesk.domain.cctv.covert_detail import CovertDeployment
from jagdesk.domain.problem_solving.vocabulary import CaseSheet

# The meeting types a new store starts with (name, is a problem-solving meeting); the list is editable.
DEFAULT_MEETING_TYPES: tuple[tuple[str, bool], ...] = (
    ("JAG", False),
    ("Problem-solving meeting", True),
    ("Locality / Crime Reduction Group", False),
    ("ASB case review group", False),
    ("MARRG", False),
    ("PMG", False),
    ("RAG", False),
)


class Attendance(StrEnum):
    """Whether someone invited came."""

    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"

    @property
    def label(self) -> str:
        return self.value.capitalize()


# On the list before the meeting, not yet marked present, apologies or absent. Not an Attendance:
# the minutes and the pack count who came, and someone invited has not come or sent apologies yet.
INVITED = "invited"
# Every value an attendance list may hold, in the order the Attendance tab shows them.
ATTENDANCE_STATUSES: tuple[str, ...] = (INVITED, *(a.value for a in Attendance))
# The item a meeting of a series opens with.
OPENING_ITEM = "Welcome, introductions and apologies"


def attendance_label(value: str) -> str:
    """"Invited", "Present", "Apologies", "Absent" (or the value as stored)."""
    return value.capitalize() if value in ATTENDANCE_STATUSES else value


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ItemKind(StrEnum):
    """What an agenda item is about; later issues add CCTV reviews and orders."""

    GENERAL = "general"
    MATTERS_ARISING = "matters arising"
    HOTSPOT = "hotspot"
    CASE = "case"
    CASE_REVIEW = "case review"
    NEW_HOTSPOTS = "new hotspots"
    ANY_OTHER_BUSINESS = "any other business"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class RagStatus(StrEnum):
    """Red / amber / green of an action plan item's quarterly update."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"

    @property
    def label(self) -> str:
        return self.value.capitalize()


# --- What the minutes, the pack and the calendar are written from ----------------------------------


@dataclass(frozen=True)
class Attendee:
    """Someone on the attendance list as printed."""

    name: str
    agency: str
    attendance: str  # Attendance value
    guest: bool = False


@dataclass(frozen=True)
class MinutesAction:
    """An action as the minutes and the action log print it."""

    reference: str
    description: str
    owner: str  # the contact's name ("" when only an agency owns it)
    agency: str
    due_on: date | None
    status: str  # ActionStatus value
    overdue: bool
    latest_update: str = ""  # "12 Nov 2026: text" or ""
    raised_at: str = ""  # where it was agreed: "JAG 14 Oct 2026, item 3" or a case reference


@dataclass(frozen=True)
class MinutesItem:
    """An agenda item with what was said, decided and agreed."""

    number: int
    title: str
    kind: str  # ItemKind value
    minutes: str
    decisions: str
    actions: tuple[MinutesAction, ...]
    hotspot: str = ""  # the linked hotspot's name
    case_reference: str = ""
    side: str = ""  # the triangle side on a problem-solving agenda


@dataclass(frozen=True)
class MinutesDocument:
    """One meeting, everything its minutes say."""

    title: str
    meeting_type: str
    series: str
    held_on: date
    starts_at: time | None
    ends_at: time | None
    venue: str
    chair: str
    minute_taker: str
    marking: str
    attendees: tuple[Attendee, ...]
    items: tuple[MinutesItem, ...]
    next_meeting: str
    printed_on: date


@dataclass(frozen=True)
class MonthCount:
    month: str  # "YYYY-MM"
    count: int


@dataclass(frozen=True)
class MapData:
    """What a hotspot sheet's map shows, in longitude/latitude: drawn without Qt or a network."""

    centre: tuple[float, float]  # (longitude, latitude)
    radius_m: float | None
    area: tuple[tuple[float, float], ...] | None  # the drawn polygon's ring, when there is one
    crimes: tuple[tuple[float, float], ...]  # crime points nearby in the period
    wards: tuple[tuple[str, tuple[tuple[float, float], ...]], ...] = ()  # (ward name, outer ring)
    # Street names from the police.uk locations in and near the frame, busiest first: (name,
    # the street's snapped points, the one nearest the middle of them first).
    streets: tuple[tuple[str, tuple[tuple[float, float], ...]], ...] = ()


@dataclass(frozen=True)
class HotspotSheet:
    """One hotspot on the agenda: its map, incidents by month, status and engagement."""

    name: str
    status: str
    locality: str
    ward: str
    description: str
    owner: str
    monthly: tuple[MonthCount, ...]
    engagement: tuple[str, ...]  # one line each: "Letters to 120 homes on 3 Oct 2026: 31 replies (26%)"
    audits: tuple[str, ...]
    map: MapData | None
    period: str = ""  # the months its chart and map cover: "Feb 2020 to Jan 2021"


@dataclass(frozen=True)
class StatsTable:
    """A crime statistics table for the meeting's area (the year-on-year table of the plans)."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    sentences: tuple[str, ...] = ()
    kind: str = "crime"  # or the feature whose figures it holds ("case review")


@dataclass(frozen=True)
class PackSection:
    """A section later issues add to the pack (CCTV reviews, expiring orders): a titled table."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty_text: str = "Nothing to report."


@dataclass(frozen=True)
class MeetingPack:
    """Everything in a meeting's printed pack; `public` packs hold no person's name or details."""

    meeting: MinutesDocument  # its items are the agenda
    public: bool
    previous_actions: tuple[MinutesAction, ...]  # the series' earlier meetings' actions, with status
    hotspots: tuple[HotspotSheet, ...]
    cases: tuple[CaseSheet, ...]
    statistics: tuple[StatsTable, ...]
    extra_sections: tuple[PackSection, ...] = field(default=())
    # The series' meeting before this one, for members to agree its minutes: its items carry
    # only the actions agreed there (their progress is in previous_actions).
    previous_minutes: MinutesDocument | None = None
    # Audits, engagement, updates and actions are those dated up to this day (the meeting's, or
    # the printing day when that is earlier); None for a pack not built from a store.
    records_to: date | None = None
    crime_months: str = ""  # the months the crime figures cover: "Feb 2020 to Jan 2021"
    # The ASB tools and powers used in those months, by kind and outcome (counts, no names).
    asb_statistics: tuple[StatsTable, ...] = field(default=())
    # Covert cameras up under a RIPA authorisation on records_to: the ordinary pack gives only this
    # count (the central record holds the rest); a public pack never mentions them.
    covert_cameras: int = 0
    # Those cameras in detail, only when the officer includes them in an ordinary pack (a page of
    # their own behind a restricted-circulation note); never in a public pack.
    covert_detail: tuple[CovertDeployment, ...] = field(default=())


@dataclass(frozen=True)
class PlanUpdate:
    quarter: int
    rag: str  # RagStatus value or ""
    text: str


@dataclass(frozen=True)
class PlanItem:
    """An action plan item as a published action plan's table prints it (JAG ref 2.1 ...)."""

    reference: str  # "2.1"
    objective: str
    actions: str
    indicator: str
    national_indicators: str
    lead_agencies: str
    lead_groups: str
    status: str
    updates: tuple[PlanUpdate, ...]


@dataclass(frozen=True)
class PlanTheme:
    number: int
    title: str
    items: tuple[PlanItem, ...]


@dataclass(frozen=True)
class ActionPlanDocument:
    """A year's JAG action plan, for the landscape Word and PDF tables."""

    year: int
    title: str
    period: str  # "2026-2027"
    themes: tuple[PlanTheme, ...]
    marking: str
    printed_on: date
