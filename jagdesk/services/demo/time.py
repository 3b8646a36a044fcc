"""When the demo's story happens: on its own days in early 2021, or moved to the day it is loaded.

The demo's story is written for early 2021: three JAG meetings held (December to February), the
March meeting planned for 4 March 2021, and police.uk data for the months before. Loaded years
later, every date of it would be years old: reviews thousands of days late, every action overdue.
So, loaded on a later day, the story is moved as a whole:

- its days move by a whole number of weeks (weekdays are kept: the JAG still meets on a Thursday),
  the fewest that put its planned March meeting after the day it is loaded; what had happened by
  then (updates written, actions done) is never later than that day;
- dates written in its texts move with it ("Thursday 4 March 2021", "since August", PS-2020-003);
- the police.uk files of 2021 become the twelve complete months before that day (the same real
  figures, their months renamed), so that trends, the year before and before/after have data;
- the action plan is the current financial year's, with the updates of the quarters passed.

On a day up to the end of 2021 (the data's own year) nothing moves: the story and its two months
of data stay exactly on their own dates. JAGDESK_DEMO_DAY names the day to place the story around
(YYYY-MM-DD), for reproducible demos and tests.
"""

from __future__ import annotations

import calendar
import os
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from jagdesk.errors import JagdeskError

DEMO_DAY_ENV = "JAGDESK_DEMO_DAY"
# The day the story stands at: its next JAG, planned (the meetings file says so).
STORY_DAY = date(2021, 3, 4)
# The police.uk files the demo reads are of 2021; up to its end the story keeps its own dates.
DATA_YEAR = 2021
STORY_PLAN_YEAR = 2020  # the action plan's financial year, April 2020 to March 2021

MONTH_NAMES = tuple(calendar.month_name)[1:]
DAY_NAMES = tuple(calendar.day_name)
_MONTH = "|".join(MONTH_NAMES)
_TEXT_DATE = re.compile(
    rf"\b(?P<r1>{_MONTH}) to (?P<r2>{_MONTH}) (?P<ry>\d{{4}})\b"
    rf"|\b(?:(?P<wd>{'|'.join(DAY_NAMES)}) )?(?P<d1>\d{{1,2}})(?: and (?P<d2>\d{{1,2}}))? "
    rf"(?P<dm>{_MONTH})(?: (?P<dy>\d{{4}}))?\b"
    rf"|\b(?P<m>{_MONTH})(?: (?P<my>\d{{4}}))?\b")
# Case references (PS-2020-003, and an action's PS-2020-003/02) and meeting actions' (JAG-2020-12/02).
_REFERENCE = re.compile(r"\b(?:PS-\d{4}-\d{3}|[A-Z][A-Z0-9]{0,11}-\d{4}-\d{2}/\d{2})\b")


def demo_day() -> date:
    """The day to place the demo's story around: JAGDESK_DEMO_DAY if set, otherwise today."""
    text = os.environ.get(DEMO_DAY_ENV, "").strip()
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise JagdeskError(f"{DEMO_DAY_ENV} is '{text}', which is not a date; write it as "
                           "YYYY-MM-DD, such as 2021-03-04, or leave it unset for today.") from None


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def _month_shift(year: int, month: int, months: int) -> tuple[int, int]:
    year, index = divmod(year * 12 + month - 1 + months, 12)
    return year, index + 1


@dataclass
class DemoTime:
    """How far the story and its data move; nothing moves when `days` is 0.

    `today` is the day the demo is placed around (the day records are checked against);
    `days` moves every date of the story, `months` its month-only mentions ("in November"),
    `data_months` the months of the police.uk files, `plan_years` the action plan's year.
    `references` maps the story's own case and action references to the ones they get.
    """

    today: date
    days: int = 0
    months: int = 0
    data_months: int = 0
    plan_years: int = 0
    references: dict[str, str] = field(default_factory=dict)

    @property
    def moved(self) -> bool:
        """Whether the story is moved from its own 2021 dates."""
        return self.days != 0

    def day(self, value: date) -> date:
        """A date of the story, moved."""
        return value + timedelta(days=self.days)

    def done(self, value: date) -> date:
        """A day something happened (an update written, an action done), moved: never after today."""
        return self.by_today(self.day(value))

    def by_today(self, value: date) -> date:
        """A moved day something happened, brought back to today if it falls after it."""
        return min(value, self.today) if self.moved else value

    def iso(self, text: str | None) -> str | None:
        """A date written YYYY-MM-DD in the story's files, moved."""
        return None if text is None else self.day(date.fromisoformat(text)).isoformat()

    def month(self, year: int, month: int) -> tuple[int, int]:
        """A month the story names alone ("the November JAG"), moved."""
        return _month_shift(year, month, self.months)

    def plan_day(self, value: date) -> date:
        """A date of the action plan, moved by whole years to the current financial year."""
        return _add_years(value, self.plan_years)

    def plan_text(self, text: str) -> str:
        """An action plan text: its years (2020-2021, March 2021) moved with the plan."""
        if not self.moved:
            return text
        return re.sub(r"\b20[12]\d\b", lambda m: str(int(m.group()) + self.plan_years), text)

    def text(self, text: str) -> str:
        """A text of the story with the dates and references it names moved with it."""
        if not self.moved:
            return text
        text = _TEXT_DATE.sub(self._date_text, text)
        return _REFERENCE.sub(lambda m: self.references.get(m.group(), m.group()), text)

    def _date_text(self, found: re.Match[str]) -> str:
        groups = found.groupdict()
        if groups["r1"]:
            year = int(groups["ry"])
            first_month = MONTH_NAMES.index(groups["r1"]) + 1
            last_month = MONTH_NAMES.index(groups["r2"]) + 1
            first = self.month(year if first_month <= last_month else year - 1, first_month)
            last = self.month(year, last_month)
            head = MONTH_NAMES[first[1] - 1] + (f" {first[0]}" if first[0] != last[0] else "")
            return f"{head} to {MONTH_NAMES[last[1] - 1]} {last[0]}"
        if groups["dm"]:
            return self._day_text(groups) or found.group()
        month = MONTH_NAMES.index(groups["m"]) + 1
        year = int(groups["my"]) if groups["my"] else _story_year(month, 15)
        moved = self.month(year, month)
        return MONTH_NAMES[moved[1] - 1] + (f" {moved[0]}" if groups["my"] else "")

    def _day_text(self, groups: dict[str, str | None]) -> str | None:
        month = MONTH_NAMES.index(groups["dm"] or "") + 1
        with_year = groups["dy"] is not None
        days = [int(d) for d in (groups["d1"], groups["d2"]) if d is not None]
        try:
            year = int(groups["dy"]) if groups["dy"] else _story_year(month, days[0])
            moved = [self.day(date(year, month, d)) for d in days]
        except ValueError:  # not a date after all ("31 February"): left as written
            return None
        weekday = f"{DAY_NAMES[moved[0].weekday()]} " if groups["wd"] else ""
        texts = [f"{d.day} {MONTH_NAMES[d.month - 1]}" + (f" {d.year}" if with_year else "")
                 for d in moved]
        if len(moved) == 2 and moved[0].month == moved[1].month and moved[0].year == moved[1].year:
            texts[0] = str(moved[0].day)
        elif len(moved) == 2 and with_year and moved[0].year == moved[1].year:
            texts[0] = f"{moved[0].day} {MONTH_NAMES[moved[0].month - 1]}"
        return weekday + " and ".join(texts)


def _story_year(month: int, day: int) -> int:
    """The year the story means by a day or month named without one: within the ten months
    before its day or the two after."""
    for year in (STORY_DAY.year, STORY_DAY.year - 1):
        named = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if STORY_DAY - timedelta(days=300) < named <= STORY_DAY + timedelta(days=65):
            return year
    return STORY_DAY.year


def demo_time(today: date) -> DemoTime:
    """Where the story goes, loaded on `today`: its own dates up to the end of its data's year,
    otherwise moved so that its planned meeting is the next one after `today`."""
    if today.year <= DATA_YEAR:
        # The story's own days; what it adds is checked against the real day, as it always was.
        return DemoTime(today=date.today())
    days = 7 * ((today - STORY_DAY).days // 7 + 1)
    planned = STORY_DAY + timedelta(days=days)
    months = (planned.year * 12 + planned.month) - (STORY_DAY.year * 12 + STORY_DAY.month)
    # The twelve months of 2021 become the twelve complete months before today.
    data_months = (today.year * 12 + today.month - 1) - (DATA_YEAR * 12 + 12)
    plan_year = today.year if today.month >= 4 else today.year - 1
    return DemoTime(today=today, days=days, months=months, data_months=data_months,
                    plan_years=plan_year - STORY_PLAN_YEAR)
