"""The vocabulary of problem solving: case and action statuses, the triangle's sides and
controllers, scanning sources, the 25 situational crime prevention techniques, and the shapes of
the evidence drawn from the data (monthly counts, repeats, before/after figures)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class CaseStatus(StrEnum):
    """Where a problem-solving case stands."""

    OPEN = "open"
    IN_PROGRESS = "in progress"
    MONITORING = "monitoring"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ActionStatus(StrEnum):
    """Where an agreed action stands; overdue is shown, not stored (an open action past its date)."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Side(StrEnum):
    """A side of the problem analysis triangle."""

    VICTIM = "victim"
    LOCATION = "location"
    OFFENDER = "offender"

    @property
    def label(self) -> str:
        return SIDE_TITLES[self]

    @property
    def controller(self) -> str:
        """Who controls this side from outside the triangle."""
        return CONTROLLERS[self]


SIDE_TITLES = {Side.VICTIM: "Victim / target", Side.LOCATION: "Location", Side.OFFENDER: "Offender"}
# Guardians protect targets, place managers look after places, handlers influence offenders.
CONTROLLERS = {Side.VICTIM: "Guardian", Side.LOCATION: "Place manager", Side.OFFENDER: "Handler"}
# What a repeat on each side is called in problem-solving practice.
REPEAT_NAMES = {
    Side.VICTIM: "repeat victim", Side.LOCATION: "repeat location", Side.OFFENDER: "repeat offender",
}


class AssessmentResult(StrEnum):
    """The officer's judgement of what the response achieved."""

    RESOLVED = "resolved"
    IMPROVED = "improved"
    NO_CHANGE = "no change"
    WORSE = "worse"
    DISPLACED = "displaced"

    @property
    def label(self) -> str:
        return self.value.capitalize()


# Where a problem came to light (scanning), key -> title.
SCANNING_SOURCES: dict[str, str] = {
    "police data": "Police data",
    "complaints": "Complaints to the council",
    "councillors": "Councillors",
    "residents survey": "Residents' surveys",
    "housing": "Housing provider reports",
    "fire": "Fire service data",
    "partner referral": "Partner referral",
    "other": "Other",
}


@dataclass(frozen=True)
class Technique:
    """One of Cornish and Clarke's 25 techniques of situational crime prevention."""

    key: str
    title: str
    heading: str


TECHNIQUE_HEADINGS: dict[str, tuple[str, ...]] = {
    "Increase the effort": (
        "Target harden", "Control access to facilities", "Screen exits", "Deflect offenders",
        "Control tools and weapons",
    ),
    "Increase the risks": (
        "Extend guardianship", "Assist natural surveillance", "Reduce anonymity", "Utilise place managers",
        "Strengthen formal surveillance",
    ),
    "Reduce the rewards": (
        "Conceal targets", "Remove targets", "Identify property", "Disrupt markets", "Deny benefits",
    ),
    "Reduce provocations": (
        "Reduce frustrations and stress", "Avoid disputes", "Reduce emotional arousal",
        "Neutralise peer pressure", "Discourage imitation",
    ),
    "Remove excuses": (
        "Set rules", "Post instructions", "Alert conscience", "Assist compliance",
        "Control drugs and alcohol",
    ),
}


def _technique_key(title: str) -> str:
    return title.lower().replace(" ", "-")


TECHNIQUES: tuple[Technique, ...] = tuple(
    Technique(_technique_key(title), title, heading)
    for heading, titles in TECHNIQUE_HEADINGS.items()
    for title in titles
)
TECHNIQUES_BY_KEY: dict[str, Technique] = {t.key: t for t in TECHNIQUES}


# --- Evidence drawn from the data (filled in by jagdesk.services.problem_solving.evidence) ------


@dataclass(frozen=True)
class MonthlyCounts:
    """Incidents by month for each linked place, and the total over them all."""

    months: tuple[str, ...]  # "YYYY-MM", oldest first
    places: tuple[tuple[str, tuple[int, ...]], ...]  # (hotspot name, one count per month)
    totals: tuple[int, ...]  # per month: crimes in any linked place, each counted once


@dataclass(frozen=True)
class Repeat:
    """A repeat found in the data: the same person or place turning up elsewhere."""

    side: Side
    subject: str  # the person's or place's name
    detail: str  # one sentence: "Also offender in PS-2026-003 and PS-2026-007."
    other_cases: tuple[str, ...] = ()  # references of the other cases, if any


@dataclass(frozen=True)
class BeforeAfter:
    """Incidents in the linked places over a period before the response and an equal period after."""

    before_from: date
    before_to: date
    after_from: date
    after_to: date
    before: int
    after: int

    @property
    def change(self) -> int:
        return self.after - self.before

    @property
    def percent(self) -> float | None:
        """The change as a percentage of the before figure; None when there was nothing before."""
        return None if self.before == 0 else 100.0 * self.change / self.before


# --- What a case looks like on paper and in the triangle drawing ---------------------------------


@dataclass(frozen=True)
class TriangleSide:
    """What is known on one side of a case's triangle, for drawing it on screen and on paper."""

    side: Side
    description: str
    linked: tuple[str, ...]  # names of the linked people (victim, offender) or places (location)
    controller: str  # the guardian, place manager or handler, as the officer wrote it
    actions: int  # actions on this side
    open_actions: int
    repeats: int  # repeats flagged on this side


@dataclass(frozen=True)
class Triangle:
    """The three sides of a case's problem analysis triangle."""

    victim: TriangleSide
    location: TriangleSide
    offender: TriangleSide

    def sides(self) -> tuple[TriangleSide, TriangleSide, TriangleSide]:
        return (self.victim, self.location, self.offender)


@dataclass(frozen=True)
class SheetAction:
    """An action as the case sheet prints it."""

    reference: str
    description: str
    side: str  # Side value or ""
    technique: str  # technique title or ""
    owner: str  # "Name (Agency)" or ""
    due_on: date | None
    status: str  # ActionStatus value
    overdue: bool
    latest_update: str  # "12 Nov 2026: text" or ""


@dataclass(frozen=True)
class CaseSheet:
    """Everything a partner reads about a case at a problem-solving meeting (PDF and Word)."""

    reference: str
    title: str
    status: str
    opened_on: date
    review_on: date | None
    owner: str
    locality: str
    agencies: tuple[str, ...]
    behaviour: str
    place: str
    time_pattern: str
    objective: str
    objective_measure: str
    objective_target: str
    objective_due_on: date | None
    scanning_sources: tuple[str, ...]  # titles
    scanning_notes: str
    monthly: MonthlyCounts | None
    triangle: Triangle
    repeats: tuple[Repeat, ...]
    actions: tuple[SheetAction, ...]
    before_after: BeforeAfter | None
    assessment_result: str
    assessment_notes: str
    closed_on: date | None
    closed_reason: str
    printed_on: date
    marking: str = "OFFICIAL-SENSITIVE"
