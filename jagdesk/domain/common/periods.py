"""Months as police.uk writes them ("2021-01"), and ranges of months for statistics."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTH = re.compile(r"^(\d{4})-(\d{2})$")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# police.uk data starts in December 2010; the range is wide so that older local data fits too.
FIRST_YEAR, LAST_YEAR = 1990, 2100


def month_problem(text: str) -> str | None:
    """Why `text` is not a month in the form YYYY-MM, or None if it is one."""
    match = MONTH.match(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        return f"'{text}' is not a month; write it as YYYY-MM, such as 2021-01."
    if not FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
        return f"'{text}' is outside the years JAGDesk works with ({FIRST_YEAR} to {LAST_YEAR})."
    return None


def month_index(month: str) -> int:
    """A month as a count of months since year 0, so that months can be added and compared."""
    problem = month_problem(month)
    if problem:
        raise ValueError(problem)
    year, number = month.strip().split("-")
    return int(year) * 12 + int(number) - 1


def month_at(index: int) -> str:
    """The month `month_index` gives `index` for."""
    year, number = divmod(index, 12)
    return f"{year:04d}-{number + 1:02d}"


def add_months(month: str, count: int) -> str:
    """The month `count` months after `month` (before it, when negative)."""
    return month_at(month_index(month) + count)


def month_title(month: str) -> str:
    """A month as people read it: "Jan 2021"."""
    index = month_index(month)
    return f"{MONTH_NAMES[index % 12]} {index // 12}"


@dataclass(frozen=True)
class MonthRange:
    """The months from `first` to `last`, both included."""

    first: str
    last: str

    def __post_init__(self) -> None:
        first, last = self.first.strip(), self.last.strip()
        if month_index(first) > month_index(last):
            raise ValueError(f"The period ends ({last}) before it starts ({first}).")
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "last", last)

    @property
    def length(self) -> int:
        """How many months the range covers."""
        return month_index(self.last) - month_index(self.first) + 1

    @property
    def months(self) -> tuple[str, ...]:
        """Every month of the range, in order."""
        start = month_index(self.first)
        return tuple(month_at(start + offset) for offset in range(self.length))

    def __contains__(self, month: object) -> bool:
        return isinstance(month, str) and month_problem(month) is None and (
            month_index(self.first) <= month_index(month) <= month_index(self.last))

    def shifted(self, count: int) -> MonthRange:
        """The range moved `count` months later (earlier, when negative)."""
        return MonthRange(add_months(self.first, count), add_months(self.last, count))

    def year_before(self) -> MonthRange:
        """The same months a year earlier: the comparison of the year-on-year table."""
        return self.shifted(-12)

    def previous(self) -> MonthRange:
        """The period of equal length just before this one (Jan-Mar -> Oct-Dec)."""
        return self.shifted(-self.length)

    @property
    def title(self) -> str:
        """The range as people read it: "Jan 2021", or "Jan 2021 to Dec 2021"."""
        if self.first == self.last:
            return month_title(self.first)
        return f"{month_title(self.first)} to {month_title(self.last)}"


def range_errors(first: str, last: str, first_field: str = "first",
                 last_field: str = "last") -> dict[str, str]:
    """What is wrong with a period entered as its first and last months, by field."""
    errors = {field: problem for field, problem in
              ((first_field, month_problem(first)), (last_field, month_problem(last))) if problem}
    if not errors and month_index(first) > month_index(last):
        errors[last_field] = (f"The period ends ({last.strip()}) before it starts "
                              f"({first.strip()}).")
    return errors


def month_range(first: str, last: str) -> MonthRange:
    """The range from `first` to `last`; ValueError with one sentence if they are not months in order."""
    errors = range_errors(first, last)
    if errors:
        raise ValueError(" ".join(errors.values()))
    return MonthRange(first, last)
