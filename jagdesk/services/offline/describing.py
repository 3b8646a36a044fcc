"""What a check-in tells people about a record and its fields: 'case PS-2026-014 Shenley Road
lay-by'; a field's values as taken out, on the laptop and on the server, as a person reads them
(days as 1 Dec 2026, yes/no, another record by its title rather than its id)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Column, Date, DateTime, Time
from sqlalchemy.orm import Session

from jagdesk.services.offline.comparing import Difference
from jagdesk.services.offline.rows import Json, differing_fields
from jagdesk.services.offline.types import Conflict, FieldDifference
from jagdesk.store.base import Record, record_kinds

BLANK = "(blank)"


class Describer:
    """Labels and field texts, from the laptop's records and the server's (read only)."""

    def __init__(self, laptop: Session, server: Session) -> None:
        self._laptop = laptop
        self._server = server
        self._kinds = {kind.__tablename__: kind for kind in record_kinds()}

    def title(self, kind: type[Record], record_id: uuid.UUID, prefer_server: bool = False) -> str:
        """A record by kind and id, as a person names it (the laptop's version first)."""
        sessions = (self._server, self._laptop) if prefer_server else (self._laptop, self._server)
        for session in sessions:
            record = session.get(kind, record_id)
            if record is not None:
                return labelled(kind.label, record.title())
        return labelled(kind.label, str(record_id))

    def label(self, difference: Difference) -> str:
        """The record as a person names it: its kind and title."""
        return self.title(difference.kind, difference.record_id,
                           prefer_server=difference.laptop is None)

    def conflict(self, difference: Difference) -> Conflict:
        """The conflict for people: the record and, field by field, its three texts."""
        assert difference.conflict is not None
        return Conflict(difference.kind.__tablename__, difference.record_id, self.label(difference),
                        difference.conflict, tuple(self.field(difference, name)
                                                   for name in _shown_fields(difference)))

    def field(self, difference: Difference, name: str) -> FieldDifference:
        column = difference.table.c[name]

        def text(values: dict[str, Json] | None) -> str:
            return self.value_text(column, values.get(name) if values is not None else None)

        return FieldDifference(
            name, field_label(name),
            text(difference.original.values if difference.original else None),
            text(difference.laptop.values if difference.laptop else None),
            text(difference.server.values if difference.server else None))

    def value_text(self, column: Column[object], value: Json) -> str:
        """One field's value as a person reads it."""
        if value is None or value == "":
            return BLANK
        kind = column.type
        if isinstance(kind, Boolean) or isinstance(value, bool):
            return "yes" if value else "no"
        if column.foreign_keys and isinstance(value, str):
            target = self._kinds.get(next(iter(column.foreign_keys)).column.table.name)
            if target is not None:
                return self.title(target, uuid.UUID(value), prefer_server=True)
        if isinstance(value, str):
            if isinstance(getattr(kind, "impl", kind), DateTime):  # UTCDateTime too
                moment = datetime.fromisoformat(value)
                return f"{moment.day} {moment:%b %Y %H:%M}"
            if isinstance(kind, Date):
                day = date.fromisoformat(value)
                return f"{day.day} {day:%b %Y}"
            if isinstance(kind, Time):
                return value[:5]
        return str(value)


def _shown_fields(difference: Difference) -> tuple[str, ...]:
    """The fields a conflict shows: those the two sides disagree on; for a record deleted on one
    side, what the other side changed since the take-out, so the user sees what deleting loses."""
    if difference.fields or difference.original is None:
        return difference.fields
    kept = difference.laptop or difference.server
    if kept is None:
        return ()
    return tuple(differing_fields(kept.values, difference.original.values))


def labelled(label: str, title: str) -> str:
    """A record's title after its kind, once: 'action PS-2026-014/03' (the title names its kind),
    'action update of 2026-12-01' (it names the kind's last word), 'hotspot Shenley Road'."""
    last = label.split()[-1]
    if title.startswith(label):
        return title
    if title.startswith(last + " "):
        return label + title[len(last):]
    return f"{label} {title}"


def field_label(name: str) -> str:
    """What a person calls a column: 'owner agency' for owner_agency_id."""
    return name.removesuffix("_id").replace("_", " ")
