"""Facts about a person, a place or premises on one day (DAY), as the ASB powers' rules tests put them."""

from __future__ import annotations

from datetime import date, timedelta

from jagdesk.domain.asb.rules import Facts
from jagdesk.domain.asb.vocabulary import Kind, Subject

DAY = date(2024, 6, 10)


def born(years: int, days: int = 0) -> date:
    """A date of birth that makes the person `years` old on DAY, plus `days` more days."""
    return date(DAY.year - years, DAY.month, DAY.day) - timedelta(days=days)


def person(kind: Kind, age: int = 30, days: int = 0, **more: object) -> Facts:
    """A power over a person `age` years (and `days` days) old on DAY, starting and recorded on DAY."""
    return Facts(kind, Subject.PERSON, DAY, DAY, date_of_birth=born(age, days), **more)  # type: ignore[arg-type]


def area(kind: Kind, **more: object) -> Facts:
    """A power over an area, starting and recorded on DAY."""
    return Facts(kind, Subject.AREA, DAY, DAY, **more)  # type: ignore[arg-type]
