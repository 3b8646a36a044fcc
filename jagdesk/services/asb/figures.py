"""The figures plans and JAG packs print: interventions by kind and outcome over a period, by
locality and age group, and in sentences as partnerships write them ("24 ABCs signed, 14 declined")."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from jagdesk.domain.asb.vocabulary import Kind
from jagdesk.domain.common.day_text import day_text
from jagdesk.errors import JagdeskError
from jagdesk.services.asb.reading import list_interventions
from jagdesk.store.uow import UnitOfWork

NO_LOCALITY = "No locality"
NO_AGE = "not known"
# The order outcomes are told in: what was achieved first.
OUTCOME_ORDER = ("signed", "granted", "made", "issued", "sent", "authorised", "given", "declined",
                 "refused", "withdrawn", "applied for", "offered", "proposed", "drafted")


@dataclass(frozen=True)
class FigureRow:
    """How many interventions of a kind reached an outcome, in a locality, for an age group."""

    kind: str
    outcome: str
    locality: str
    age_group: str  # youth, adult, or "not known" (no date of birth, or not about a person)
    count: int


@dataclass(frozen=True)
class AsbFigures:
    """Interventions dated from `first` to `last` (the day each started, else was opened)."""

    first: date
    last: date
    rows: tuple[FigureRow, ...]

    @property
    def title(self) -> str:
        return f"ASB tools and powers, {day_text(self.first)} to {day_text(self.last)}"

    @property
    def total(self) -> int:
        return sum(row.count for row in self.rows)

    def by_kind(self) -> dict[str, Counter[str]]:
        """Each kind's outcomes and their counts, kinds in the register's order."""
        found: dict[str, Counter[str]] = {kind.value: Counter() for kind in Kind}
        for row in self.rows:
            found[row.kind][row.outcome] += row.count
        return {kind: counts for kind, counts in found.items() if counts}

    def sentences(self) -> tuple[str, ...]:
        """One line a kind: "24 ABCs signed, 14 declined"."""
        lines = []
        for kind, counts in self.by_kind().items():
            parts: list[str] = []
            for outcome in sorted(counts, key=lambda o: OUTCOME_ORDER.index(o)):
                count = counts[outcome]
                if parts:
                    parts.append(f"{count} {outcome}")
                else:
                    plural = Kind(kind).plural
                    parts.append(f"{count} {plural if count != 1 else plural.removesuffix('s')} {outcome}")
            lines.append(", ".join(parts))
        return tuple(lines)

    def age_table(self) -> list[tuple[str, str, int, int, int]]:
        """(kind, outcome, youth, adult, total) for each kind and outcome, in order."""
        youth: Counter[tuple[str, str]] = Counter()
        adult: Counter[tuple[str, str]] = Counter()
        for row in self.rows:
            target = youth if row.age_group == "youth" else adult if row.age_group == "adult" else None
            if target is not None:
                target[(row.kind, row.outcome)] += row.count
        return [(Kind(kind).plural, outcome, youth[(kind, outcome)], adult[(kind, outcome)], count)
                for kind, counts in self.by_kind().items()
                for outcome, count in sorted(counts.items(), key=lambda p: OUTCOME_ORDER.index(p[0]))]

    def header(self) -> list[str]:
        return ["Kind", "Outcome", "Locality", "Age group", "Count"]

    def body(self) -> list[list[object]]:
        return [[Kind(row.kind).label, row.outcome, row.locality, row.age_group, row.count]
                for row in self.rows]


def asb_figures(uow: UnitOfWork, first: date, last: date) -> AsbFigures:
    """The interventions dated from `first` to `last`, counted by kind, outcome, locality and age
    group (youth: under 18 on the intervention's date)."""
    if last < first:
        raise JagdeskError(f"The period ends ({day_text(last)}) before it starts ({day_text(first)}).")
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for row in list_interventions(uow, today=last):
        day = row.starts_on or row.opened_on
        if first <= day <= last:
            counts[(row.kind, row.outcome, row.locality or NO_LOCALITY, row.age_group or NO_AGE)] += 1
    kinds = [kind.value for kind in Kind]
    rows = sorted((FigureRow(*key, count) for key, count in counts.items()),
                  key=lambda r: (kinds.index(r.kind), OUTCOME_ORDER.index(r.outcome), r.locality,
                                 r.age_group))
    return AsbFigures(first, last, tuple(rows))
