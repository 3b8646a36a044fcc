"""The evidence a case draws from the data: incidents by month, repeats, before/after, triangle."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jagdesk.domain.common.periods import MonthRange, add_months, month_title
from jagdesk.domain.places.shapes import HotspotShape
from jagdesk.domain.problem_solving.rules import months_text
from jagdesk.domain.problem_solving.vocabulary import (
    REPEAT_NAMES,
    ActionStatus,
    BeforeAfter,
    MonthlyCounts,
    Repeat,
    Side,
    Triangle,
    TriangleSide,
)
from jagdesk.services.places.crime_stats import data_months
from jagdesk.store.models import Action, CaseHotspot, CasePerson, Crime, Hotspot, Person, ProblemCase
from jagdesk.store.uow import UnitOfWork

# Months of data the scanning counts and the "high incident" test look back over.
RECENT_MONTHS = 12
# The months before and after the response compared when the officer has not set the periods.
DEFAULT_ASSESSMENT_MONTHS = 3
# A place is a "repeat location" by its own count when it averages at least this many incidents a
# month over the last 12 months of data. A fixed rate rather than a ranking (such as the top 10%
# of hotspots): a ranking always flags the busiest of however few hotspots the officer happens to
# have entered, and means something different in every store; a rate means the same everywhere.
# Why 20: in Hertfordshire's 2021 police.uk data the demo hotspots (120-300 m across Hertsmere)
# see 9 to 27 incidents a month; 20 a month, about one every working day and a half, is reached
# only by the busiest of them (Baldock Way garages), which is what "high" should single out.
HIGH_INCIDENTS_PER_MONTH = 20


@dataclass(frozen=True)
class _Place:
    name: str
    shape: HotspotShape


def _case_places(session: Session, case_id: uuid.UUID) -> list[tuple[uuid.UUID, _Place]]:
    query = (select(Hotspot).join(CaseHotspot, CaseHotspot.hotspot_id == Hotspot.id)
             .where(CaseHotspot.case_id == case_id).order_by(func.lower(Hotspot.name)))
    return [(h.id, _Place(h.name, HotspotShape(h.latitude, h.longitude, h.radius_m, h.area)))
            for h in session.scalars(query)]


def count_places(session: Session, shapes: Sequence[HotspotShape],
                 months: MonthRange) -> tuple[list[Counter[str]], Counter[str]]:
    """Incidents by month inside each shape, and inside any of them (a crime in two counts once).

    As crime_areas.count_in_shape: a lat/lon box in SQL, then the exact test on the snap points;
    every mapped crime counts, inside the partnership or not (a place on the boundary is one place).
    """
    each: list[Counter[str]] = [Counter() for _ in shapes]
    union: Counter[str] = Counter()
    if not shapes:
        return each, union
    boxes = [shape.bounding_box() for shape in shapes]
    min_lat, min_lon = min(b[0] for b in boxes), min(b[1] for b in boxes)
    max_lat, max_lon = max(b[2] for b in boxes), max(b[3] for b in boxes)
    query = (select(Crime.latitude, Crime.longitude, Crime.month, func.count())
             .where(Crime.month.between(months.first, months.last),
                    Crime.latitude.between(min_lat, max_lat),
                    Crime.longitude.between(min_lon, max_lon))
             .group_by(Crime.latitude, Crime.longitude, Crime.month))
    rows = session.execute(query).all()
    if not rows:
        return each, union
    import numpy as np  # loaded when first needed, not at start (see domain.bng)

    lats = np.array([row[0] for row in rows], dtype=np.float64)
    lons = np.array([row[1] for row in rows], dtype=np.float64)
    masks = [shape.contains(lats, lons) for shape in shapes]
    anywhere = np.logical_or.reduce(masks)
    for index, row in enumerate(rows):
        month, count = row[2], row[3]
        for counter, mask in zip(each, masks, strict=True):
            if mask[index]:
                counter[month] += count
        if anywhere[index]:
            union[month] += count
    return each, union


def recent_months(uow: UnitOfWork) -> tuple[str, ...]:
    """The months of data in the last 12 months up to the newest month (gaps left out)."""
    months = data_months(uow.session)
    if not months:
        return ()
    first = add_months(months[-1], 1 - RECENT_MONTHS)
    return tuple(month for month in months if month >= first)


def monthly_counts(uow: UnitOfWork, case_id: uuid.UUID) -> MonthlyCounts | None:
    """Incidents by month in the case's linked hotspots over the last 12 months of data;
    None when no hotspot is linked or there is no crime data."""
    uow.get(ProblemCase, case_id)
    places = _case_places(uow.session, case_id)
    months = recent_months(uow)
    if not places or not months:
        return None
    each, union = count_places(uow.session, [place.shape for _, place in places],
                               MonthRange(months[0], months[-1]))
    return MonthlyCounts(
        months=months,
        places=tuple((place.name, tuple(counts[m] for m in months))
                     for (_, place), counts in zip(places, each, strict=True)),
        totals=tuple(union[m] for m in months),
    )


# --- Repeats ---------------------------------------------------------------------------------------


def _references_text(references: Sequence[str]) -> str:
    if len(references) == 1:
        return references[0]
    return ", ".join(references[:-1]) + " and " + references[-1]


def _person_repeats(session: Session, case_id: uuid.UUID, side: Side) -> list[Repeat]:
    """People on this side of the case who are on the same side of other cases, or flagged."""
    found: list[Repeat] = []
    query = (select(Person).join(CasePerson, CasePerson.person_id == Person.id)
             .where(CasePerson.case_id == case_id, CasePerson.side == side)
             .order_by(func.lower(Person.family_name), func.lower(Person.given_names)))
    for person in session.scalars(query):
        others = tuple(session.scalars(
            select(ProblemCase.reference).join(CasePerson, CasePerson.case_id == ProblemCase.id)
            .where(CasePerson.person_id == person.id, CasePerson.side == side,
                   ProblemCase.id != case_id)
            .distinct().order_by(ProblemCase.reference)))
        parts = []
        if others:
            parts.append(f"Also {side.value} in {_references_text(others)}")
        if person.is_repeat:
            parts.append("flagged as a repeat on the people register")
        if parts:
            sentence = "; ".join(parts)
            found.append(Repeat(side, person.title(), sentence[0].upper() + sentence[1:] + ".",
                                others))
    return found


def _busy_places(uow: UnitOfWork, places: list[tuple[uuid.UUID, _Place]]) -> dict[uuid.UUID, str]:
    """The places averaging HIGH_INCIDENTS_PER_MONTH or more, with the sentence saying so."""
    months = recent_months(uow)
    if not months or not places:
        return {}
    each, _ = count_places(uow.session, [place.shape for _, place in places],
                           MonthRange(months[0], months[-1]))
    span = month_title(months[0]) if len(months) == 1 else (
        f"{month_title(months[0])} to {month_title(months[-1])}")
    busy: dict[uuid.UUID, str] = {}
    for (hotspot_id, _), counts in zip(places, each, strict=True):
        total = sum(counts[m] for m in months)
        average = total / len(months)
        if average >= HIGH_INCIDENTS_PER_MONTH:
            busy[hotspot_id] = (f"{total} incidents in {span}, {average:.1f} a month: at or above "
                                f"the {HIGH_INCIDENTS_PER_MONTH} a month that marks a "
                                "high-incident place")
    return busy


def _location_repeats(uow: UnitOfWork, case_id: uuid.UUID) -> list[Repeat]:
    """Linked places that are linked to other cases too, or that see many incidents."""
    session = uow.session
    places = _case_places(session, case_id)
    busy = _busy_places(uow, places)
    found: list[Repeat] = []
    for hotspot_id, place in places:
        others = tuple(session.scalars(
            select(ProblemCase.reference).join(CaseHotspot, CaseHotspot.case_id == ProblemCase.id)
            .where(CaseHotspot.hotspot_id == hotspot_id, ProblemCase.id != case_id)
            .order_by(ProblemCase.reference)))
        parts = []
        if others:
            parts.append(f"Also a place in {_references_text(others)}")
        if hotspot_id in busy:
            parts.append(busy[hotspot_id])
        if parts:
            sentence = "; ".join(parts)
            found.append(Repeat(Side.LOCATION, place.name,
                                sentence[0].upper() + sentence[1:] + ".", others))
    return found


def repeats(uow: UnitOfWork, case_id: uuid.UUID) -> tuple[Repeat, ...]:
    """Repeat victims, locations and offenders found for the case, in the triangle's order:
    the same person on the same side of other cases (or flagged a repeat on the register), the
    same place in other cases or with a high incident count."""
    uow.get(ProblemCase, case_id)
    return (*_person_repeats(uow.session, case_id, Side.VICTIM),
            *_location_repeats(uow, case_id),
            *_person_repeats(uow.session, case_id, Side.OFFENDER))


def repeat_name(repeat: Repeat) -> str:
    """What the repeat is called: "repeat offender"."""
    return REPEAT_NAMES[repeat.side]


# --- Before and after ------------------------------------------------------------------------------


def _month_key(value: date) -> str:
    return f"{value.year:04d}-{value.month:02d}"


def _first_day(month: str) -> date:
    year, number = month.split("-")
    return date(int(year), int(number), 1)


def assessment_periods(case: ProblemCase) -> tuple[MonthRange, MonthRange] | None:
    """The before and after periods: as stored, else the 3 whole months before the response
    started and the 3 after it ended (None when neither can be had)."""
    if case.before_from and case.before_to and case.after_from and case.after_to:
        return (MonthRange(_month_key(case.before_from), _month_key(case.before_to)),
                MonthRange(_month_key(case.after_from), _month_key(case.after_to)))
    if case.response_started_on is None or case.response_ended_on is None:
        return None
    n = DEFAULT_ASSESSMENT_MONTHS
    started, ended = _month_key(case.response_started_on), _month_key(case.response_ended_on)
    return (MonthRange(add_months(started, -n), add_months(started, -1)),
            MonthRange(add_months(ended, 1), add_months(ended, n)))


def before_after_problem(uow: UnitOfWork, case_id: uuid.UUID) -> str | None:
    """Why the case has no before/after figures (one sentence), or None when it has them."""
    case = uow.get(ProblemCase, case_id)
    if not _case_places(uow.session, case_id):
        return "Link the places of the problem (hotspots) to compare their incidents."
    periods = assessment_periods(case)
    if periods is None:
        return ("Enter when the response started and ended, or the periods to compare, to "
                "count incidents before and after it.")
    have = set(data_months(uow.session))
    missing = sorted({m for period in periods for m in period.months if m not in have})
    if missing:
        return f"There is no crime data for {_runs_text(missing)}."
    return None


def _runs_text(months: list[str]) -> str:
    """Months as runs: "Nov–Dec 2020 and Apr 2021"."""
    runs: list[list[str]] = []
    for month in months:
        if runs and add_months(runs[-1][-1], 1) == month:
            runs[-1].append(month)
        else:
            runs.append([month])
    texts = [months_text(_first_day(run[0]), _first_day(run[-1])) for run in runs]
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]


def before_after(uow: UnitOfWork, case_id: uuid.UUID) -> BeforeAfter | None:
    """Incidents in the linked places before and after the response; None when places, periods
    or the data for every month of both periods are missing (before_after_problem says which)."""
    if before_after_problem(uow, case_id) is not None:
        return None
    case = uow.get(ProblemCase, case_id)
    periods = assessment_periods(case)
    assert periods is not None
    before, after = periods
    shapes = [place.shape for _, place in _case_places(uow.session, case_id)]
    _, before_counts = count_places(uow.session, shapes, before)
    _, after_counts = count_places(uow.session, shapes, after)
    return BeforeAfter(
        before_from=_first_day(before.first), before_to=_first_day(before.last),
        after_from=_first_day(after.first), after_to=_first_day(after.last),
        before=sum(before_counts[m] for m in before.months),
        after=sum(after_counts[m] for m in after.months),
    )


# --- The triangle ----------------------------------------------------------------------------------


def triangle(uow: UnitOfWork, case_id: uuid.UUID) -> Triangle:
    """The case's triangle: each side's description, linked names (people; on the location side
    the linked hotspots first), controller, actions and open actions, repeats found."""
    session = uow.session
    case = uow.get(ProblemCase, case_id)
    people: dict[str, list[str]] = {side.value: [] for side in Side}
    query = (select(CasePerson.side, Person).join(Person, Person.id == CasePerson.person_id)
             .where(CasePerson.case_id == case_id)
             .order_by(func.lower(Person.family_name), func.lower(Person.given_names)))
    for side, person in session.execute(query):
        people.setdefault(side, []).append(person.title())
    places = [place.name for _, place in _case_places(session, case_id)]
    actions: Counter[str] = Counter()
    open_actions: Counter[str] = Counter()
    for side, status in session.execute(select(Action.side, Action.status)
                                        .where(Action.case_id == case_id)):
        actions[side] += 1
        if status == ActionStatus.OPEN:
            open_actions[side] += 1
    found = Counter(repeat.side for repeat in repeats(uow, case_id))
    texts = {Side.VICTIM: (case.victim_description, case.guardian),
             Side.LOCATION: (case.location_description, case.place_manager),
             Side.OFFENDER: (case.offender_description, case.handler)}

    def side_of(side: Side) -> TriangleSide:
        linked = people[side.value] if side != Side.LOCATION else places + people[side.value]
        description, controller = texts[side]
        return TriangleSide(side, description, tuple(linked), controller, actions[side.value],
                            open_actions[side.value], found[side])

    return Triangle(side_of(Side.VICTIM), side_of(Side.LOCATION), side_of(Side.OFFENDER))
