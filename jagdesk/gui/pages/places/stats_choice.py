"""What the crime statistics page counts: the choice of area, months and types, and its three tables.

No Qt here: the page reads its widgets into a Choice, and these functions turn it into tables.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jagdesk.domain.common.periods import MonthRange, add_months
from jagdesk.services.places import crime_stats
from jagdesk.services.places.crime_areas import PARTNERSHIP, AreaRef
from jagdesk.services.places.crime_stats import BaselineTable, MonthlyTable, YearOnYearTable
from jagdesk.store.uow import UnitOfWork

NO_TYPES = "No crime types chosen: tick at least one under the crime types button."
DEFAULT_MONTHS = 12  # a year up to the newest month, as partnership reports compare

AreaKey = tuple[str, str | None]


@dataclass(frozen=True)
class Choice:
    """What the figures are for, as chosen on the page."""

    area: AreaRef
    period: MonthRange
    types: list[str] | None  # None: every type
    offered: list[str]  # every type there is to choose from
    baseline_first: str
    data_months: tuple[str, ...]  # the months police.uk data has been imported for


@dataclass(frozen=True)
class Tables:
    """The three tables for a choice; a note for the year-on-year and baseline tables where needed.

    Without tables (no types chosen), `reason` says why.
    """

    monthly: MonthlyTable | None
    year_on_year: YearOnYearTable | None
    baseline: BaselineTable | None
    year_on_year_note: str = ""
    baseline_note: str = ""
    reason: str = ""


def area_key(area: AreaRef) -> AreaKey:
    """An area as settings remember it."""
    return str(area.kind), None if area.id is None else str(area.id)


def default_period(months: Sequence[str]) -> MonthRange:
    """Up to a year to the newest month of data, starting at a month there is data for."""
    start = add_months(months[-1], 1 - DEFAULT_MONTHS)
    return MonthRange(next(m for m in months if m >= start), months[-1])


def baseline_months(months: Sequence[str], period: MonthRange) -> list[str]:
    """The months a baseline may start at: those with data, and a year before the period and the
    period before it even without data (the page then says there is none)."""
    return sorted({*months, period.year_before().first, period.previous().first})


def baseline_start(months: Sequence[str], period: MonthRange, wanted: str | None) -> str:
    """The baseline's first month: the user's if it is offered; else a year before the period if
    there is data for it, else the period before it if there is, else a year before all the same.

    Never the period itself by default: measured against itself every target would be met.
    """
    if wanted is not None and wanted in baseline_months(months, period):
        return wanted
    for candidate in (period.year_before().first, period.previous().first):
        if candidate in months:
            return candidate
    return period.year_before().first


def choose(months: Sequence[str], areas: Sequence[AreaRef], types: Sequence[str], *,
           area: AreaKey | None, first: object, last: object, unticked: set[str],
           baseline_first: str | None) -> Choice:
    """The page's choice, kept where the (new) months, areas and types allow; defaults elsewhere."""
    found = next((a for a in areas if area_key(a) == area), areas[0] if areas else PARTNERSHIP)
    if isinstance(first, str) and isinstance(last, str) and first in months and last in months:
        period = MonthRange(min(first, last), max(first, last))
    else:
        period = default_period(months)
    ticked = [t for t in types if t not in unticked]
    return Choice(found, period, None if len(ticked) == len(types) else ticked, list(types),
                  baseline_start(months, period, baseline_first), tuple(months))


def missing_note(months: Sequence[str], wanted: MonthRange, what: str, then: str) -> str:
    """A sentence when some or all of `wanted` has no data imported ("" when it all has), with
    what follows from it (`then`)."""
    missing = [m for m in wanted.months if m not in months]
    if not missing:
        return ""
    if len(missing) == wanted.length:
        return f"No police.uk data for {wanted.title} ({what}) has been imported: {then}"
    return (f"{len(missing)} of the {wanted.length} months of {what} ({wanted.title}) have no "
            f"police.uk data imported: {then}")


YEAR_BEFORE_THEN = "there is nothing to compare with. Import those months to compare."
PARTIAL_YEAR_BEFORE_THEN = "they count as none, so the year before reads lower than it was."
BASELINE_THEN = ("there is no baseline to measure a reduction from. Import those months, or "
                 "start the baseline at a month with data.")
PARTIAL_BASELINE_THEN = "they count as none, so the baseline is too low."


def read_baseline(uow: UnitOfWork, choice: Choice,
                  targets: Mapping[str, float]) -> tuple[BaselineTable, str]:
    """The baseline table (targets as set, else 0%) and a note if the baseline lacks data."""
    period = MonthRange(choice.baseline_first,
                        add_months(choice.baseline_first, choice.period.length - 1))
    wanted = choice.types if choice.types is not None else choice.offered
    table = crime_stats.baseline_table(uow.session, choice.area, choice.period,
                                       {t: targets.get(t, 0.0) for t in wanted}, baseline_period=period)
    if choice.types is None:  # every type: leave out those with nothing in either period
        table = dataclasses.replace(table, rows=tuple(r for r in table.rows if r.baseline or r.actual))
    whole = all(m not in choice.data_months for m in period.months)
    return table, missing_note(choice.data_months, period, "the baseline",
                               BASELINE_THEN if whole else PARTIAL_BASELINE_THEN)


def read_tables(uow: UnitOfWork, choice: Choice, targets: Mapping[str, float]) -> Tables:
    """The three tables for the choice, in the caller's one unit of work."""
    if choice.types == []:
        return Tables(None, None, None, reason=NO_TYPES)
    monthly = crime_stats.monthly_counts(uow.session, choice.area, choice.period, choice.types)
    yoy = crime_stats.year_on_year(uow.session, choice.area, choice.period, choice.types)
    baseline, baseline_note = read_baseline(uow, choice, targets)
    return Tables(monthly, yoy, baseline,
                  missing_note(choice.data_months, yoy.year_before, "the year before",
                               YEAR_BEFORE_THEN if not yoy.compared else PARTIAL_YEAR_BEFORE_THEN),
                  baseline_note)
