"""Crime figures for an area: monthly counts, the year-on-year table and the baseline table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from jagdesk.domain.common import figures
from jagdesk.domain.common.periods import MonthRange, add_months, month_title
from jagdesk.domain.hotspots import POLICE_UK_CRIME_TYPES
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.services.places.crime_areas import AreaRef, Counts, count_crimes
from jagdesk.store.crime_tables import Reads, crime, crime_file

ALL_CRIME = "All crime"
# Police recorded crime leaves anti-social behaviour out; where ASB is among the rows the totals say so.
ALL_CRIME_NO_ASB = "All crime (excluding ASB)"
ALL_CRIME_AND_ASB = figures.CRIME_AND_ASB
ALL_TYPES = "All types"


@dataclass(frozen=True)
class MonthlyRow:
    """One crime type's count in each month of the period."""

    crime_type: str
    counts: tuple[int, ...]
    total: int


@dataclass(frozen=True)
class MonthlyTable:
    """Crimes by type and month in an area: the table under the chart."""

    area: AreaRef
    period: MonthRange
    months: tuple[str, ...]
    rows: tuple[MonthlyRow, ...]
    totals: tuple[int, ...]  # every type together, month by month
    total: int

    def header(self) -> list[str]:
        return ["Crime type", *(month_title(m) for m in self.months), "Total"]

    def body(self) -> list[list[object]]:
        lines: list[list[object]] = [[r.crime_type, *r.counts, r.total] for r in self.rows]
        return [*lines, [ALL_TYPES, *self.totals, self.total]]


@dataclass(frozen=True)
class YearOnYearRow:
    """One crime type this period against the same months a year before (a strategic
    assessment's year-on-year table)."""

    crime_type: str
    current: int
    previous: int
    change: int
    change_pct: float | None  # to one decimal place; None when there were none a year before
    change_pct_text: str  # "19.5%", "-2%", "new"
    sentence: str  # "Theft of motor vehicle 245 offences, 40 more 19.5%"


@dataclass(frozen=True)
class YearOnYearTable:
    """The year-on-year table for an area.

    `total` is all crime, anti-social behaviour apart ("All crime (excluding ASB)" when ASB is
    among the rows); `with_asb` adds ASB back, so that one total agrees with the rows above it.
    `missing_before` are the months of the year before with no data imported; without data for
    any of them there is nothing to compare with: the rows hold this period's counts and the
    sentences say only those.
    """

    area: AreaRef
    period: MonthRange
    year_before: MonthRange
    rows: tuple[YearOnYearRow, ...]
    total: YearOnYearRow | None
    with_asb: YearOnYearRow | None = None
    missing_before: tuple[str, ...] = ()

    @property
    def compared(self) -> bool:
        """Whether the year before has data to compare with (for one of its months at least)."""
        return len(self.missing_before) < self.year_before.length

    def totals(self) -> list[YearOnYearRow]:
        """The total rows, in the order the table shows them under the types."""
        return [row for row in (self.with_asb, self.total) if row is not None]

    def header(self) -> list[str]:
        return ["Crime type", self.period.title, self.year_before.title, "Change", "% change"]

    def body(self) -> list[list[object]]:
        if not self.compared:
            return [[r.crime_type, r.current, "", "", ""] for r in (*self.rows, *self.totals())]
        return [[r.crime_type, r.current, r.previous, r.change,
                 r.change_pct if r.change_pct is not None else r.change_pct_text]
                for r in (*self.rows, *self.totals())]


@dataclass(frozen=True)
class BaselineRow:
    """One crime type against its baseline and its reduction target (a community safety plan's
    targets table)."""

    crime_type: str
    baseline: int
    target_reduction_pct: float
    actual: int
    change_pct: float | None  # against the baseline; negative is a reduction
    change_pct_text: str
    target_met: bool | None  # None without a baseline to measure from


@dataclass(frozen=True)
class BaselineTable:
    """Baseline, target % reduction, actual and % change against the baseline, per crime type."""

    area: AreaRef
    period: MonthRange
    baseline_period: MonthRange | None  # None when the baseline counts were entered by hand
    rows: tuple[BaselineRow, ...]
    baseline_missing: tuple[str, ...] = ()  # months of the baseline period with no data imported

    @property
    def has_baseline(self) -> bool:
        """Whether there are baseline figures: entered, or counted from at least one month of data."""
        return self.baseline_period is None or len(self.baseline_missing) < self.baseline_period.length

    def header(self) -> list[str]:
        base = f"Baseline {self.baseline_period.title}" if self.baseline_period else "Baseline"
        return ["Crime type", base, "Target % reduction", f"Actual {self.period.title}",
                "% change against baseline", "Target met"]

    def body(self) -> list[list[object]]:
        met = {True: "yes", False: "no", None: ""}
        return [[r.crime_type, r.baseline if self.has_baseline else "", r.target_reduction_pct, r.actual,
                 r.change_pct if r.change_pct is not None else r.change_pct_text, met[r.target_met]]
                for r in self.rows]


def data_months(db: Reads) -> list[str]:
    """The months of street-level crime data in the store, in order."""
    query = (select(crime_file.c.month).where(crime_file.c.source == "street").distinct()
             .order_by(crime_file.c.month))
    return list(db.scalars(query))


def crime_types(db: Reads) -> list[str]:
    """The police.uk crime types, with any other type the imported data holds, by name."""
    stored = db.scalars(select(crime.c.crime_type).distinct())
    return sorted(set(POLICE_UK_CRIME_TYPES) | set(stored))


def checked_types(db: Reads, wanted: Sequence[str] | None) -> list[str] | None:
    """The chosen crime types in their usual spelling; None (every type) when none were chosen."""
    if not wanted:
        return None
    known = {name.lower(): name for name in POLICE_UK_CRIME_TYPES}
    chosen: list[str] = []
    for name in wanted:
        spelled = known.get(" ".join(name.split()).lower())
        if spelled is None:
            known = {t.lower(): t for t in crime_types(db)}  # types only the data knows
            spelled = known.get(" ".join(name.split()).lower())
        if spelled is None:
            raise JagdeskError(f"'{name}' is not a police.uk crime type (such as Burglary or "
                               "Anti-social behaviour).")
        if spelled not in chosen:
            chosen.append(spelled)
    return chosen


def _types_for(chosen: list[str] | None, *counts: Counts) -> list[str]:
    """The rows of a table: the chosen types in order, else every type seen, by name."""
    if chosen is not None:
        return chosen
    return sorted({crime_type for c in counts for (_month, crime_type), n in c.items() if n})


def monthly_counts(db: Reads, area: AreaRef, period: MonthRange,
                   types: Sequence[str] | None = None) -> MonthlyTable:
    """Crimes by type and month in the area; months without crimes show 0."""
    chosen = checked_types(db, types)
    counts = count_crimes(db, area, period, chosen)
    months = period.months
    rows = tuple(MonthlyRow(t, c := tuple(counts[(m, t)] for m in months), sum(c))
                 for t in _types_for(chosen, counts))
    totals = tuple(sum(row.counts[i] for row in rows) for i in range(len(months)))
    return MonthlyTable(area, period, months, rows, totals, sum(totals))


def _by_type(counts: Counts) -> dict[str, int]:
    totals: dict[str, int] = {}
    for (_month, crime_type), count in counts.items():
        totals[crime_type] = totals.get(crime_type, 0) + count
    return totals


def _yoy_row(crime_type: str, current: int, previous: int, compared: bool = True) -> YearOnYearRow:
    """A row with its change; without a year before to compare with, its count alone."""
    if not compared:
        return YearOnYearRow(crime_type, current, 0, 0, None, "",
                             f"{crime_type} {figures.count_text(current, crime_type)}")
    pct = figures.percent_change(current, previous)
    return YearOnYearRow(
        crime_type, current, previous, current - previous,
        None if pct is None else float(pct),
        figures.format_percent(pct, new="new" if current else "0%"),
        figures.year_on_year_sentence(crime_type, current, previous),
    )


def year_on_year(db: Reads, area: AreaRef, period: MonthRange,
                 types: Sequence[str] | None = None) -> YearOnYearTable:
    """Each crime type this period against the same months a year before, with the change."""
    chosen = checked_types(db, types)
    before = period.year_before()
    covered = set(data_months(db))
    missing = tuple(month for month in before.months if month not in covered)
    compared = len(missing) < before.length
    now_counts = count_crimes(db, area, period, chosen)
    then_counts = count_crimes(db, area, before, chosen) if compared else Counts()
    now, then = _by_type(now_counts), _by_type(then_counts)
    rows = tuple(_yoy_row(t, now.get(t, 0), then.get(t, 0), compared)
                 for t in _types_for(chosen, now_counts, then_counts))
    crimes = [row for row in rows if row.crime_type != figures.ASB]
    has_asb = len(crimes) < len(rows)
    total = (_yoy_row(ALL_CRIME_NO_ASB if has_asb else ALL_CRIME, sum(r.current for r in crimes),
                      sum(r.previous for r in crimes), compared) if crimes else None)
    with_asb = (_yoy_row(ALL_CRIME_AND_ASB, sum(r.current for r in rows),
                         sum(r.previous for r in rows), compared) if crimes and has_asb else None)
    return YearOnYearTable(area, period, before, rows, total, with_asb, missing)


def _target(value: object, crime_type: str) -> Decimal:
    try:
        target = Decimal(str(value))
    except InvalidOperation:
        target = Decimal(-1)
    if not target.is_finite() or not 0 <= target <= 100:
        raise ValidationError({"targets": f"The target for {crime_type} must be a reduction "
                                          "between 0% and 100%."})
    return target


def baseline_table(db: Reads, area: AreaRef, period: MonthRange,
                   targets: Mapping[str, float | Decimal], *,
                   baseline_period: MonthRange | None = None,
                   baseline_counts: Mapping[str, int] | None = None) -> BaselineTable:
    """Baseline, target % reduction, actual and % change against the baseline (a community safety
    plan's targets table).

    The baseline is counted from the data for `baseline_period`, or entered as `baseline_counts`
    (a plan's baseline year often predates police.uk data).
    """
    if (baseline_period is None) == (baseline_counts is None):
        raise ValueError("give either a baseline period or baseline counts")
    if baseline_period is not None and baseline_period.length != period.length:
        raise ValidationError({"baseline_period": (
            f"The baseline ({baseline_period.length} months) and the period "
            f"({period.length} months) must be the same length to compare.")})
    chosen = checked_types(db, list(targets)) or []
    wanted = {t.lower(): (t, v) for t, v in targets.items()}
    target_of = {t: _target(wanted[t.lower()][1], t) for t in chosen}
    actual = _by_type(count_crimes(db, area, period, chosen))
    missing: tuple[str, ...] = ()
    if baseline_period is not None:
        baseline = _by_type(count_crimes(db, area, baseline_period, chosen))
        covered = set(data_months(db))
        missing = tuple(month for month in baseline_period.months if month not in covered)
    else:
        assert baseline_counts is not None
        given = {t.lower(): n for t, n in baseline_counts.items()}
        if any(n < 0 for n in given.values()):
            raise ValidationError({"baseline_counts": "A baseline count cannot be negative."})
        baseline = {t: given.get(t.lower(), 0) for t in chosen}
    rows = []
    for crime_type in chosen:
        base, now = baseline.get(crime_type, 0), actual.get(crime_type, 0)
        pct = figures.percent_change(now, base)
        rows.append(BaselineRow(crime_type, base, float(target_of[crime_type]), now,
                                None if pct is None else float(pct),
                                figures.format_percent(pct, new="no baseline"),
                                figures.target_met(base, now, target_of[crime_type])))
    return BaselineTable(area, period, baseline_period, tuple(rows), missing)


def latest_period(db: Reads, length: int = 12) -> MonthRange | None:
    """The last `length` months up to the newest month of data (a page's default); None without data."""
    months = data_months(db)
    if not months:
        return None
    return MonthRange(add_months(months[-1], 1 - length), months[-1])
