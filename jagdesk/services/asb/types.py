"""What the ASB register's use cases take and give: plain dataclasses, never ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class TermInput:
    """A prohibition or requirement as entered; `id` for a term already saved."""

    text: str
    term_kind: str = "prohibition"  # a TermKind value
    ends_on: date | None = None
    power_of_arrest: bool = False
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class InterventionInput:
    """Every field of an intervention the user enters. `status` is set only when a record is first
    saved (an imported register's "in force"); later changes go through change_status."""

    kind: str  # a Kind value
    subject: str  # a Subject value
    opened_on: date
    person_id: uuid.UUID | None = None
    premises: str = ""
    place: str = ""
    area: str | None = None  # a GeoJSON Polygon
    ward_ids: tuple[uuid.UUID, ...] = ()
    locality_id: uuid.UUID | None = None
    lead_agency_id: uuid.UUID | None = None
    officer_id: uuid.UUID | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    indefinite: bool = False
    review_on: date | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    hearing_at: datetime | None = None
    signed_by: str = ""
    signed_rank: str = ""  # a Rank value or ""
    yot_consulted_on: date | None = None
    comply_by: date | None = None
    housing: bool = False
    follows_id: uuid.UUID | None = None
    case_ids: tuple[uuid.UUID, ...] = ()
    hotspot_ids: tuple[uuid.UUID, ...] = ()
    summary: str = ""
    notes: str = ""
    terms: tuple[TermInput, ...] = ()
    status: str = ""


@dataclass(frozen=True)
class InterventionRow:
    """An intervention as the register, the command line and the figures see it."""

    id: uuid.UUID
    reference: str
    kind: str
    kind_title: str
    status: str
    outcome: str  # what the figures count it as: signed, declined, granted...
    subject: str
    subject_name: str  # the person's name, the premises' address or the area's name
    person_id: uuid.UUID | None
    age: int | None  # on the intervention's date
    age_group: str  # "youth", "adult" or "" (not about a person, or no date of birth)
    locality: str
    lead_agency: str
    officer: str
    opened_on: date
    starts_on: date | None
    ends_on: date | None  # as entered, else computed (an ABC's 6 months); None: until further order
    next_review_on: date | None
    legal_basis: str
    breaches: int
    breaches_not_acted_on: int
    warnings: tuple[str, ...]
    version: int

    @property
    def ends_text(self) -> str:
        """The end as a listing prints it."""
        return f"{self.ends_on:%d/%m/%Y}" if self.ends_on else ""

    @property
    def review_text(self) -> str:
        return f"{self.next_review_on:%d/%m/%Y}" if self.next_review_on else ""


@dataclass(frozen=True)
class TermRow:
    id: uuid.UUID
    term_kind: str
    text: str
    ends_on: date | None
    power_of_arrest: bool


@dataclass(frozen=True)
class StatusChangeRow:
    changed_on: date
    from_status: str
    to_status: str
    note: str


@dataclass(frozen=True)
class InterventionDetail:
    """Everything about one intervention, for its page and its dialog."""

    row: InterventionRow
    data: InterventionInput
    terms: tuple[TermRow, ...]
    history: tuple[StatusChangeRow, ...]
    next_statuses: tuple[str, ...]
    case_references: tuple[str, ...] = ()
    hotspot_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class BreachInput:
    """A breach as entered: when, which term, who reported it, the evidence, what was done."""

    breached_on: date
    term_id: uuid.UUID | None = None
    reported_by: str = ""
    evidence: str = ""
    action: str = "none yet"  # a BreachAction value
    action_on: date | None = None
    result: str = ""


@dataclass(frozen=True)
class BreachRow:
    """A breach as the person's, the case's and the dashboard's lists show it."""

    id: uuid.UUID
    intervention_id: uuid.UUID
    reference: str
    kind: str
    subject_name: str
    breached_on: date
    term: str
    reported_by: str
    evidence: str
    action: str
    action_on: date | None
    result: str
    acted_on: bool
    next_step: str
    version: int


@dataclass(frozen=True)
class Filter:
    """Which interventions a list shows (every field optional)."""

    person_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    ids: tuple[uuid.UUID, ...] = ()
    kinds: tuple[str, ...] = ()
    live_only: bool = False
    text: str = ""  # matches the reference, the subject's name or address
