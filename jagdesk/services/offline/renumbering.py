"""References of records created on the laptop (PS-2026-014, PS-2026-014/03, JAG-2026-11/03) that
the server has given to other records meanwhile: renumbered with the server's next number in their
series, the references of their children (which start with the parent's) following them. Every
reference kept advances the server's series past it, so the server never gives it out again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Table, select, update
from sqlalchemy.orm import Session

from jagdesk.services.common.references import next_number
from jagdesk.services.offline.comparing import Difference, Outcome
from jagdesk.services.offline.types import Renumbered
from jagdesk.store.models import ReferenceSequence

# The columns that hold a reference given out in a series.
REFERENCE_COLUMNS = ("reference", "urn")
# A reference: its series, then a separator and the number in the series.
NUMBERED = re.compile(r"^(?P<series>.+)(?P<sep>[-/])(?P<number>\d+)$")
CHUNK = 500


@dataclass(frozen=True)
class Numbered:
    """A reference read as series, separator and number (its digits' width kept)."""

    series: str
    sep: str
    number: int
    width: int

    @classmethod
    def read(cls, text: str) -> Numbered | None:
        match = NUMBERED.match(text)
        if match is None:
            return None
        return cls(match["series"], match["sep"], int(match["number"]), len(match["number"]))

    def text(self, number: int | None = None) -> str:
        return f"{self.series}{self.sep}{number if number is not None else self.number:0{self.width}d}"


class Numbers:
    """The server's series as a check-in sees them: read in advance (the dry run), or taken and
    advanced for real in the check-in's transaction (`session` given)."""

    def __init__(self, connection: Connection, session: Session | None = None) -> None:
        self._session = session
        self._last = {series: int(last) for series, last in connection.execute(
            select(ReferenceSequence.series, ReferenceSequence.last_number))}

    def take(self, series: str) -> int:
        """The next number of `series` (taken for good in a real check-in)."""
        if self._session is not None:
            self._last[series] = next_number(self._session, series)
        else:
            self._last[series] = self._last.get(series, 0) + 1
        return self._last[series]

    def advance(self, series: str, number: int) -> None:
        """Make sure the series will not give out `number` again."""
        if number <= self._last.get(series, 0):
            return
        if self._session is not None:
            if series in self._last:
                self._session.execute(update(ReferenceSequence).where(
                    ReferenceSequence.series == series, ReferenceSequence.last_number < number)
                    .values(last_number=number))
            else:
                self._session.add(ReferenceSequence(series=series, last_number=number))
                self._session.flush()
        self._last[series] = number


def _reference_column(table: Table) -> str | None:
    return next((name for name in REFERENCE_COLUMNS if name in table.c and table.c[name].unique), None)


def _held_on_server(server: Connection, table: Table, column: str, texts: list[str]) -> set[str]:
    held: set[str] = set()
    for start in range(0, len(texts), CHUNK):
        held.update(server.scalars(select(table.c[column]).where(
            table.c[column].in_(texts[start:start + CHUNK]))))
    return held


def _reference(difference: Difference, column: str) -> str:
    assert difference.laptop is not None
    return str(difference.laptop.row[column])


def renumber(additions: list[Difference], server: Connection, numbers: Numbers,
             label: Callable[[Difference], str]) -> list[Renumbered]:
    """Give each record created on the laptop whose reference the server holds the next number
    of its series, and its children's references the new prefix; advance the series past every
    reference kept. The laptop rows of `additions` are changed in place; returns what was
    renumbered."""
    new_prefix: dict[str, str] = {}  # a renumbered parent's reference + "/": the new one + "/"
    with_reference = [(difference, column) for difference in additions
                      if difference.outcome is Outcome.ADD and difference.laptop is not None
                      and (column := _reference_column(difference.table)) is not None
                      and difference.laptop.row.get(column)]
    as_given = [_reference(d, c) for d, c in with_reference]
    # Parents first: PS-2026-014 before PS-2026-014/03.
    for depth in sorted({text.count("/") for text in as_given}):
        level = sorted(((d, c) for d, c in with_reference if _reference(d, c).count("/") == depth),
                       key=lambda dc: _reference(*dc))
        for difference, column in level:  # children follow their renumbered parents
            old = _reference(difference, column)
            prefix = next((p for p in new_prefix if old.startswith(p)), None)
            if prefix is not None:
                _set_reference(difference, column, new_prefix[prefix] + old[len(prefix):])
        held = _held(level, server)
        clashing = [(d, c) for d, c in level if _reference(d, c) in held[d.table.name]]
        clashing_ids = {id(d) for d, _c in clashing}
        for difference, column in level:
            held[difference.table.name].add(_reference(difference, column))
            numbered = Numbered.read(_reference(difference, column))
            if numbered is not None and id(difference) not in clashing_ids:
                numbers.advance(numbered.series, numbered.number)
        for difference, column in clashing:
            old = _reference(difference, column)
            numbered = Numbered.read(old)
            if numbered is None:
                continue  # not of a series: left for the server to refuse, naming it
            new = numbered.text(numbers.take(numbered.series))
            while new in held[difference.table.name]:
                new = numbered.text(numbers.take(numbered.series))
            held[difference.table.name].add(new)
            _set_reference(difference, column, new)
            new_prefix[old + "/"] = new + "/"
    return [Renumbered(label(difference), given, _reference(difference, column))
            for (difference, column), given in zip(with_reference, as_given, strict=True)
            if _reference(difference, column) != given]


def _set_reference(difference: Difference, column: str, text: str) -> None:
    assert difference.laptop is not None
    difference.laptop.row[column] = text


def _held(level: list[tuple[Difference, str]], server: Connection) -> dict[str, set[str]]:
    """By table, the references among those of `level` that the server holds."""
    held: dict[str, set[str]] = {}
    by_table: dict[str, tuple[Table, str, list[str]]] = {}
    for difference, column in level:
        entry = by_table.setdefault(difference.table.name, (difference.table, column, []))
        entry[2].append(_reference(difference, column))
    for name, (table, column, texts) in by_table.items():
        held[name] = _held_on_server(server, table, column, texts)
    return held
