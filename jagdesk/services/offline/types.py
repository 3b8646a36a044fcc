"""What taking out and checking in tell their callers: plain values, no ORM objects."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

# The take-out months of crime data by default: two years, for the pack's year-on-year figures.
DEFAULT_MONTHS = 24


class Side(StrEnum):
    """Which version of a record or a field a conflict is resolved to."""

    LAPTOP = "laptop"
    SERVER = "server"


class ConflictKind(StrEnum):
    """How the two sides disagree about one record."""

    CHANGED_ON_BOTH = "changed on both"
    DELETED_ON_LAPTOP = "deleted on the laptop, changed on the server"
    DELETED_ON_SERVER = "changed on the laptop, deleted on the server"


@dataclass(frozen=True)
class TakeoutRequest:
    """What to take out: a locality (by name), the months of crime data, covert work or not."""

    locality: str
    file: Path
    passphrase: str
    months: int = DEFAULT_MONTHS
    include_covert: bool = False


@dataclass(frozen=True)
class TakeoutResult:
    """A take-out written: its token, the records and crimes it holds."""

    token: uuid.UUID
    file: Path
    locality: str
    records: int
    crimes: int
    taken_at: datetime


@dataclass(frozen=True)
class TakeoutOriginText:
    """A take-out file's origin: which store, which locality, by whom and when."""

    token: uuid.UUID
    source: str
    locality: str
    taken_at: datetime
    taken_by: str
    months: int
    include_covert: bool


@dataclass(frozen=True)
class TakenOut:
    """A record away on a laptop: 'taken out by jsmith since 1 Dec 2026 14:02'."""

    takeout: uuid.UUID
    locality: str
    taken_by: str
    taken_at: datetime
    file: str

    def sentence(self) -> str:
        """What a page shows on the record."""
        return (f"Taken out by {self.taken_by} since {self.taken_at:%d %b %Y %H:%M} UTC "
                f"({self.locality}, to {self.file}): changes made here may meet changes made "
                "on the laptop when it is checked in.")


@dataclass(frozen=True)
class FieldDifference:
    """One field of a conflicting record: its texts as taken out, on the laptop, on the server."""

    name: str  # the column
    label: str  # what a person calls it ("due date")
    original: str
    laptop: str
    server: str

    @property
    def changed_on_both(self) -> bool:
        return self.laptop != self.original and self.server != self.original


@dataclass(frozen=True)
class Conflict:
    """A record the two sides disagree about, to be resolved field by field (or, for a deletion,
    as a whole)."""

    table: str
    record_id: uuid.UUID
    label: str  # "case PS-2026-014 Shenley Road lay-by"
    kind: ConflictKind
    fields: tuple[FieldDifference, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.table}:{self.record_id.hex}"


@dataclass(frozen=True)
class Renumbered:
    """A record created on the laptop whose reference the server had given out meanwhile."""

    label: str
    old: str
    new: str


@dataclass(frozen=True)
class Resolution:
    """How one conflict is resolved: for a record changed on both sides, the side each differing
    field takes (a field not named takes `keep`); for a deletion, `keep` alone (LAPTOP: as the
    laptop has it, deleted or changed; SERVER: as the server has it)."""

    keep: Side = Side.SERVER
    fields: Mapping[str, Side] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckinPlan:
    """What a check-in would do, computed without changing anything (the dry run)."""

    origin: TakeoutOriginText
    added: tuple[str, ...]  # labels of records created on the laptop
    changed: tuple[str, ...]  # changed on the laptop only
    deleted: tuple[str, ...]  # deleted on the laptop only
    conflicts: tuple[Conflict, ...]
    renumbered: tuple[Renumbered, ...]
    trail_entries: int  # the laptop's audit and access entries to be added to the server's

    @property
    def nothing_to_do(self) -> bool:
        return not (self.added or self.changed or self.deleted or self.conflicts
                    or self.trail_entries)


@dataclass(frozen=True)
class CheckinResult:
    """A check-in done: what it did."""

    plan: CheckinPlan
    resolved: int  # conflicts resolved
    checked_in_at: datetime
