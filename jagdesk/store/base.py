"""The declarative base and the columns every record carries."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    DateTime,
    ForeignKey,
    FromClause,
    Integer,
    MetaData,
    String,
    Table,
    TypeDecorator,
    Uuid,
    event,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, declared_attr, mapped_column

# Stable constraint names so that Alembic batch migrations on SQLite can find them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as UTC and always read back timezone-aware.

    SQLite has no time zones, so values are stored naive in UTC and given tzinfo on the way out.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Every table of the store."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record(Base):
    """A user-maintained record: UUID key, who changed it when, and an optimistic-lock version.

    UUID keys let an office database and offline laptops be merged later without clashes.
    The version counter makes SQLAlchemy refuse an UPDATE whose row changed since it was read.
    """

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    # What a person calls this kind of record, singular and plural ("agency", "agencies").
    label: str = "record"
    plural: str = "records"

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr takes the class
        return {"version_id_col": cls.__table__.c.version}

    def title(self) -> str:
        """A short human name for this record, used in messages."""
        return str(getattr(self, "name", self.id))


def load_every_table() -> None:
    """Import every table's module: the registry and Base.metadata then hold the whole store.

    The table modules are imported as they are first used (store/models/__init__.py), so what
    walks the registry or the metadata loads them all first."""
    from jagdesk.store import models

    models.load_all()


@event.listens_for(Mapper, "before_configured")
def _load_tables_pointed_at() -> None:
    """Before SQLAlchemy maps the tables imported since it last did: if a foreign key points at a
    table not loaded yet, every table is loaded, so a flush can order its writes by the keys."""
    known = Base.metadata.tables
    if any(key.target_fullname.split(".")[0] not in known
           for table in list(known.values()) for key in table.foreign_keys):
        load_every_table()


def every_table() -> list[Table]:
    """Every table of the store, parents before children (Base.metadata.sorted_tables, whole)."""
    load_every_table()
    return Base.metadata.sorted_tables


def record_kinds() -> list[type[Record]]:
    """Every kind of record the store's tables hold, by class name (the registry's one scan)."""
    load_every_table()
    kinds = [mapper.class_ for mapper in Base.registry.mappers if issubclass(mapper.class_, Record)]
    return sorted(kinds, key=lambda kind: kind.__name__)


def keys_pointing_at(table: FromClause) -> Iterator[tuple[type[Record], ForeignKey]]:
    """Each (kind of record, foreign key) that refers to `table`, by kind name."""
    for kind in record_kinds():
        for key in kind.__table__.foreign_keys:
            if key.column.table is table:
                yield kind, key
