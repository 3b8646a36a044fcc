"""The rules of the table of powers: what an intervention may be, judged by the law in force on its
date (powers), each refusal and warning one sentence; its computed end and next review."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from jagdesk.domain.asb.powers import (
    DEFAULT_SETTINGS,
    POWERS,
    YOUTH_AGE,
    Power,
    Settings,
    first_commenced,
    power_on,
)
from jagdesk.domain.asb.vocabulary import Kind, Rank, Subject, a, at_least
from jagdesk.domain.common.day_text import day_text
from jagdesk.domain.people import age_on


@dataclass(frozen=True)
class Prior:
    """The earlier intervention a new one follows (a CPN's warning)."""

    kind: Kind
    comply_by: date | None


@dataclass(frozen=True)
class Facts:
    """What the rules read of an intervention. `opened_on` is when it was proposed, applied for,
    drafted or issued; `starts_on` when it was signed, granted or served."""

    kind: Kind
    subject: Subject
    opened_on: date
    starts_on: date | None = None
    ends_on: date | None = None
    indefinite: bool = False
    review_on: date | None = None
    date_of_birth: date | None = None
    starts_at: datetime | None = None  # hours-long powers: authorised from, or the notice served
    ends_at: datetime | None = None
    hearing_at: datetime | None = None
    rank: Rank | None = None  # who signed it
    yot_consulted_on: date | None = None
    comply_by: date | None = None  # a warning's or notice's time to comply
    housing: bool = False  # an injunction sought by a housing provider
    prior: Prior | None = None

    @property
    def day(self) -> date:
        """The intervention's date: when it started, else when it was opened."""
        return self.starts_on or self.opened_on

    @property
    def age(self) -> int | None:
        """The person's age on the intervention's date."""
        return age_on(self.date_of_birth, self.day) if self.subject == Subject.PERSON else None

    @property
    def is_youth(self) -> bool:
        age = self.age
        return age is not None and age < YOUTH_AGE


def months_after(day: date, count: int) -> date:
    """The same day `count` months later (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 + count
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _months(count: int) -> str:
    if count % 12 == 0:
        years = count // 12
        return "1 year" if years == 1 else f"{years} years"
    return "1 month" if count == 1 else f"{count} months"


def _when(moment: datetime) -> str:
    return f"{day_text(moment.date())} {moment:%H:%M}"


def law_on(facts: Facts, book: tuple[Power, ...] = POWERS,
           settings: Settings = DEFAULT_SETTINGS) -> Power | None:
    """The power's limits in force on the intervention's date (applications: the day applied for)."""
    return power_on(facts.kind, facts.opened_on if facts.kind == Kind.ASBO else facts.day, book, settings)


def refusals(facts: Facts, book: tuple[Power, ...] = POWERS,
             settings: Settings = DEFAULT_SETTINGS) -> list[str]:
    """Every rule of the table the intervention breaks, one sentence each (empty: it may be saved)."""
    power = law_on(facts, book, settings)
    if power is None or (power.ended_on is not None and facts.opened_on >= power.ended_on):
        return [_not_in_force(facts, book, power, settings)]
    found = [*_subject_and_age(facts, power), *_dates(facts), *_length(facts, power)]
    found += [*_hours(facts, power), *_who_signed(facts, power), *_before(facts, power)]
    return found


def _not_in_force(facts: Facts, book: tuple[Power, ...], power: Power | None, settings: Settings) -> str:
    what = facts.kind.label
    if power is not None and power.ended_on is not None:
        return (f"{a(what, True)} cannot be applied for on or after {day_text(power.ended_on)}, when it was"
                f" abolished ({day_text(facts.opened_on)} given); use the 2014 Act's powers.")
    commenced = first_commenced(facts.kind, book, settings)
    if commenced is None:
        return (f"The {what} has not commenced: its commencement date is not yet in the reference "
                "data of the powers, so none can be recorded.")
    return f"The {what} was not in force on {day_text(facts.day)}: it commenced on {day_text(commenced)}."


def _subject_and_age(facts: Facts, power: Power) -> list[str]:
    what = facts.kind.label
    if facts.subject not in power.subjects:
        allowed = " or ".join(sorted(subject.value for subject in power.subjects))
        return [f"{a(what, True)} is about {a(allowed)}, not {a(facts.subject.value)}."]
    age = facts.age
    if power.min_age is None or facts.subject != Subject.PERSON:
        return []
    if age is None:
        return [f"Enter the person's date of birth: {a(what)} needs them to be at least "
                f"{power.min_age} on {day_text(facts.day)}."]
    if age < power.min_age:
        return [f"{a(what, True)} needs the person to be at least {power.min_age} on {day_text(facts.day)}; "
                f"they were {age}."]
    return []


def _dates(facts: Facts) -> list[str]:
    found = []
    if facts.starts_on is not None and facts.starts_on < facts.opened_on:
        found.append(f"It starts ({day_text(facts.starts_on)}) before it was opened "
                     f"({day_text(facts.opened_on)}).")
    if facts.ends_on is not None and facts.ends_on < facts.day:
        found.append(f"It ends ({day_text(facts.ends_on)}) before it starts ({day_text(facts.day)}).")
    if facts.ends_at is not None and facts.starts_at is not None and facts.ends_at <= facts.starts_at:
        found.append(f"It ends ({_when(facts.ends_at)}) before it starts ({_when(facts.starts_at)}).")
    if facts.review_on is not None and facts.review_on < facts.day:
        found.append(f"The review ({day_text(facts.review_on)}) is before it starts "
                     f"({day_text(facts.day)}).")
    if facts.indefinite and facts.ends_on is not None:
        found.append("An order until further order has no end date; clear one or the other.")
    return found


def _length(facts: Facts, power: Power) -> list[str]:
    what, start = facts.kind.label, facts.day
    youth = facts.is_youth
    lowest = power.youth_min_months if youth and power.youth_min_months else power.min_months
    highest = power.youth_max_months if youth and power.youth_max_months else power.max_months
    who = " for someone under 18" if youth and (power.youth_max_months or power.youth_min_months) else ""
    if facts.indefinite:
        if not power.indefinite or (youth and power.youth_max_months):
            return [f"{a(what, True)}{who} cannot run until further order: give its end date."]
        return []
    if facts.ends_on is None or facts.ends_on < start:
        return []
    if highest is not None and facts.ends_on > months_after(start, highest):
        return [f"{a(what, True)}{who} lasts at most {_months(highest)}: from {day_text(start)} it must end "
                f"by {day_text(months_after(start, highest))}, not {day_text(facts.ends_on)}."]
    if lowest is not None and facts.ends_on < months_after(start, lowest):
        longer = " or runs until further order" if power.indefinite and not youth else ""
        return [f"{a(what, True)}{who} lasts at least {_months(lowest)}{longer}: from {day_text(start)} it "
                f"must end on or after {day_text(months_after(start, lowest))}."]
    return []


def _hours(facts: Facts, power: Power) -> list[str]:
    what = facts.kind.label
    found = []
    if power.max_hours is not None and facts.starts_at is not None and facts.ends_at is not None:
        senior = facts.rank in (Rank.SUPERINTENDENT, Rank.CHIEF_SUPERINTENDENT, Rank.CHIEF_OFFICER,
                                Rank.COUNCIL_CHIEF_EXECUTIVE)
        hours = power.senior_max_hours if senior and power.senior_max_hours else power.max_hours
        if facts.ends_at - facts.starts_at > timedelta(hours=hours):
            by = " signed by a superintendent or the council's chief executive" \
                if power.senior_max_hours and senior else ""
            more = (f" ({power.senior_max_hours} when signed by a superintendent or the council's "
                    "chief executive)") if power.senior_max_hours and not senior else ""
            found.append(f"{a(what, True)}{by} lasts at most {hours} hours{more}: from "
                         f"{_when(facts.starts_at)} it must end by "
                         f"{_when(facts.starts_at + timedelta(hours=hours))}.")
    if power.hearing_within_hours is not None and facts.starts_at is not None:
        latest = facts.starts_at + timedelta(hours=power.hearing_within_hours)
        if facts.hearing_at is not None and facts.hearing_at > latest:
            found.append(f"The court must hear {a(what)} within {power.hearing_within_hours} hours of "
                         f"service: by {_when(latest)}, not {_when(facts.hearing_at)}.")
        if facts.hearing_at is not None and facts.hearing_at < facts.starts_at:
            found.append(f"The hearing ({_when(facts.hearing_at)}) is before the notice was served.")
    return found


def _who_signed(facts: Facts, power: Power) -> list[str]:
    if power.lowest_rank is None:
        return []
    lowest = power.lowest_rank.value
    council = " or the council" if power.council_may_sign else ""
    if facts.rank is None:
        return [f"Record who signed the {facts.kind.label}: a police {lowest} or above{council}."]
    if power.council_may_sign and facts.rank in (Rank.COUNCIL_OFFICER, Rank.COUNCIL_CHIEF_EXECUTIVE):
        return []
    if not at_least(facts.rank, power.lowest_rank):
        return [f"{a(facts.kind.label, True)} is signed by a police {lowest} or above{council}, not "
                f"{a(facts.rank.value)}."]
    return []


def _before(facts: Facts, power: Power) -> list[str]:
    """What must have happened first: the YOT's consultation, the warning before a notice."""
    found = []
    if power.youth_consultation and facts.is_youth:
        consulted = facts.yot_consulted_on
        if consulted is None or consulted > facts.opened_on:
            found.append(f"For someone under 18, record the youth offending team's consultation on or "
                         f"before the application ({day_text(facts.opened_on)}).")
    if power.adults_replaced_on is not None and facts.opened_on >= power.adults_replaced_on \
            and not facts.is_youth and not facts.housing:
        found.append(f"From {day_text(power.adults_replaced_on)} an adult's civil injunction is only "
                     "for housing; apply for a Respect Order instead.")
    if power.needs_prior is not None:
        needed = power.needs_prior.label
        prior = facts.prior
        if prior is None or prior.kind != power.needs_prior:
            found.append(f"{a(facts.kind.label, True)} needs {a(needed)} first: link the warning it follows.")
        elif prior.comply_by is None or prior.comply_by >= facts.day:
            by = f" ({day_text(prior.comply_by)})" if prior.comply_by else ""
            found.append(f"{a(facts.kind.label, True)} may follow the {needed} only once its time to comply"
                         f"{by} has passed.")
    return found


def computed_ends_on(facts: Facts, power: Power | None) -> date | None:
    """When it ends: as entered, else the usual length from its start (ABC: 6 months), else the
    last day of an hours-long power; None for an order until further order."""
    if facts.indefinite:
        return None
    if facts.ends_on is not None:
        return facts.ends_on
    if facts.ends_at is not None:
        return facts.ends_at.date()
    if power is not None and power.usual_months and facts.starts_on is not None:
        return months_after(facts.starts_on, power.usual_months)
    return None


def next_review_on(facts: Facts, power: Power | None, today: date) -> date | None:
    """The next review: as entered, else the power's (ABC at 3 months; a youth's CBO every year,
    the next anniversary not yet passed)."""
    if facts.review_on is not None:
        return facts.review_on
    if power is None or facts.starts_on is None:
        return None
    if power.review_months:
        return months_after(facts.starts_on, power.review_months)
    if power.youth_review_months and facts.is_youth:
        count = 1
        while months_after(facts.starts_on, count * power.youth_review_months) < today:
            count += 1
        return months_after(facts.starts_on, count * power.youth_review_months)
    return None
