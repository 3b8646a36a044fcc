"""Taking a locality out of the shared store into an encrypted file for a laptop, and what the
shared store says of the records away."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Select, Table, Uuid, func, insert, select

from jagdesk.domain.common.validation import passphrase as passphrase_problem
from jagdesk.errors import StoreError, ValidationError
from jagdesk.services.common.access import EXPORT
from jagdesk.services.offline.covert import may_take_covert
from jagdesk.services.offline.laptop_file import place, write_partial
from jagdesk.services.offline.rows import row_text
from jagdesk.services.offline.selection import Selection, select_records
from jagdesk.services.offline.types import (
    TakenOut,
    TakeoutRequest,
    TakeoutResult,
)
from jagdesk.store import migrate
from jagdesk.store.access_log import write_access
from jagdesk.store.audit import SAVE_TIME_KEY
from jagdesk.store.base import Base, every_table, utcnow
from jagdesk.store.models import (
    Crime,
    Locality,
    Postcode,
    ReferenceSequence,
    Takeout,
    TakeoutOrigin,
    TakeoutOriginal,
    TakeoutRecord,
    Ward,
)
from jagdesk.store.opening import Store, remove_store_files
from jagdesk.store.uow import UnitOfWork

Progress = Callable[[str, int], None]
# Rows per INSERT batch: big enough to be quick, small enough to keep memory flat.
BATCH = 5000
# The most months of crime data a take-out holds: ten years.
MAX_MONTHS = 120


@dataclass(frozen=True)
class Place:
    """The locality taken out."""

    id: uuid.UUID
    name: str


def _quiet(_message: str, _percent: int) -> None:
    """No progress to show."""


def take_out(server: Store, request: TakeoutRequest, *,
             progress: Progress | None = None) -> TakeoutResult:
    """Write the locality's take-out to `request.file` (encrypted with its passphrase) and record on
    the shared store, in one transaction once the file is complete, what was taken out, by whom
    and when. A refusal is one sentence (StoreError or ValidationError) and changes nothing."""
    report = progress or _quiet
    server.require_current()
    target = request.file.expanduser().absolute()
    _check_request(request, target)
    token = uuid.uuid4()
    with server.unit_of_work() as reading:
        source = _snapshot(reading)
        _refuse_takeout_of_takeout(source)
        locality = _locality(source, request.locality)
        if request.include_covert and not may_take_covert(reading):
            raise StoreError("Covert work can be taken out only by a login with the RIPA officer "
                             "role; take the locality out without covert work.")
        report("Choosing the records", 5)
        selection = select_records(source, locality.id, request.include_covert)
        taken_at = utcnow()
        origin = {"token": token, "source": server.describe(),
                  "source_revision": migrate.head_revision(), "locality_id": locality.id,
                  "locality_name": locality.name, "months": request.months,
                  "include_covert": request.include_covert, "taken_at": taken_at,
                  "taken_by": reading.user}
        crimes = [0]

        def fill(laptop: Connection) -> None:
            _copy_records(laptop, selection, report)
            crimes[0] = _copy_public_data(source, laptop, locality.id, request.months, report)
            laptop.execute(insert(table_of(TakeoutOrigin)), [origin])

        report("Writing the encrypted file", 10)
        partial = write_partial(target, token, request.passphrase, fill)
    # Recorded in a transaction of its own: the reading one sees one moment throughout (on
    # PostgreSQL), and the audit trail and the access log are added to at their latest entries.
    placed = False
    try:
        with server.unit_of_work() as uow:
            report("Recording the take-out on the shared store", 95)
            _record(uow, token, locality, request, target, selection, crimes[0], taken_at)
            # The name is taken (never replacing a file) before the record is committed, and
            # given up if the commit fails: the server never records a file not written.
            place(partial, target)
            placed = True
            uow.commit()
    except BaseException:
        remove_store_files(target if placed else partial)
        raise
    report("Done", 100)
    return TakeoutResult(token=token, file=target, locality=locality.name,
                         records=selection.count, crimes=crimes[0], taken_at=taken_at)


def _check_request(request: TakeoutRequest, target: Path) -> None:
    if not 1 <= request.months <= MAX_MONTHS:
        raise ValidationError({"months": f"The months of crime data must be from 1 to {MAX_MONTHS}."})
    if target.exists():
        raise StoreError(f"{target} already exists; a take-out is written to a new file, so choose "
                         "another name.")
    if not target.parent.is_dir():
        raise StoreError(f"There is no folder {target.parent} to write the take-out in.")
    problem = passphrase_problem(request.passphrase)
    if problem:
        raise ValidationError({"passphrase": problem})


def _snapshot(uow: UnitOfWork) -> Connection:
    """The unit of work's connection, reading one moment of a server store throughout (so a case
    saved by a colleague half way cannot arrive without its actions)."""
    if uow.session.get_bind().dialect.name == "postgresql":
        return uow.session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    return uow.session.connection()


def _refuse_takeout_of_takeout(source: Connection) -> None:
    origin = source.execute(select(TakeoutOrigin.locality_name, TakeoutOrigin.source)).first()
    if origin is not None:
        raise StoreError(f"This store is itself a take-out of {origin.locality_name} from "
                         f"{origin.source}; check it in there and take the locality out again.")


def _locality(source: Connection, name: str) -> Place:
    wanted = name.strip()
    found = source.execute(select(Locality.id, Locality.name)
                           .where(func.lower(Locality.name) == wanted.lower())).first()
    if found is None:
        names = sorted(source.execute(select(Locality.name)).scalars())
        known = f" (the localities are {', '.join(names)})" if names else ""
        raise StoreError(f"There is no locality called '{wanted}' in this store{known}.")
    return Place(found.id, found.name)


def table_of(kind: type[Base]) -> Table:
    """A model's table, as a Table (for Core inserts)."""
    table = kind.__table__
    assert isinstance(table, Table)
    return table


def _batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start:start + BATCH]


def _copy_records(laptop: Connection, selection: Selection, report: Progress) -> None:
    """The records, and each as taken out (the common original of the check-in)."""
    for table in every_table():
        rows = selection.tables.get(table.name)
        if not rows:
            continue
        values = list(rows.values())
        for batch in _batches(values):
            laptop.execute(insert(table), batch)
        originals = [{"table_name": table.name, "record_id": record_id, "version": row["version"],
                      "row": row_text(table, row)} for record_id, row in rows.items()]
        for batch in _batches(originals):
            laptop.execute(insert(table_of(TakeoutOriginal)), batch)
    report("Records written", 40)


def _copy_public_data(source: Connection, laptop: Connection, locality_id: uuid.UUID,
                      months: int, report: Progress) -> int:
    """The reference sequences (so references made on the laptop continue the series), the
    postcodes of the locality's wards, and its crimes of the last `months` months; the crimes."""
    sequences = table_of(ReferenceSequence)
    _copy_query(source, laptop, sequences, select(sequences))
    wards = select(Ward.id).where(Ward.locality_id == locality_id)
    postcodes = table_of(Postcode)
    _copy_query(source, laptop, postcodes, select(postcodes).where(postcodes.c.ward_id.in_(wards)))
    latest = source.scalar(select(func.max(Crime.month)).where(Crime.ward_id.in_(wards)))
    if latest is None:
        return 0
    crimes = table_of(Crime)
    copied = _copy_query(source, laptop, crimes, select(crimes).where(
        crimes.c.ward_id.in_(wards), crimes.c.month >= first_month(latest, months)))
    report("Crimes written", 90)
    return copied


def first_month(latest: str, months: int) -> str:
    """The first of `months` months ending with `latest` (both YYYY-MM)."""
    year, month = (int(part) for part in latest.split("-"))
    index = year * 12 + month - 1 - (months - 1)
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _copy_query(source: Connection, laptop: Connection, table: Table, query: Select[Any]) -> int:
    """Copy what `query` reads into `table` of the laptop, value by value as the drivers give and
    take them (ids as the laptop's 32 hex digits): the crimes are many and plain, and SQLAlchemy's
    handling of each value would take most of the take-out's time."""
    sql = str(query.compile(dialect=source.dialect, compile_kwargs={"literal_binds": True}))
    quote = laptop.dialect.identifier_preparer.quote
    names = ", ".join(quote(column.name) for column in table.columns)
    into = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({', '.join('?' * len(table.columns))})"
    ids = [index for index, column in enumerate(table.columns) if isinstance(column.type, Uuid)]
    # The table's indexes are made again once it is full: quicker than kept up row by row.
    indexes = laptop.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                     f"AND tbl_name = '{table.name}' AND sql IS NOT NULL").all()
    for name, _sql in indexes:
        laptop.exec_driver_sql(f"DROP INDEX {quote(name)}")
    result = source.exec_driver_sql(sql, execution_options={"stream_results": True})
    done = 0
    while batch := result.fetchmany(BATCH):
        rows = [tuple(row) for row in batch]
        if ids and source.dialect.name != "sqlite":
            rows = [_hex_ids(row, ids) for row in rows]
        laptop.exec_driver_sql(into, rows)
        done += len(rows)
    for _name, index in indexes:
        laptop.exec_driver_sql(index)
    return done


def _hex_ids(row: tuple[Any, ...], ids: list[int]) -> tuple[Any, ...]:
    values = list(row)
    for index in ids:
        if isinstance(values[index], uuid.UUID):
            values[index] = values[index].hex
    return tuple(values)


def _record(uow: UnitOfWork, token: uuid.UUID, locality: Place, request: TakeoutRequest,
            target: Path, selection: Selection, crimes: int, taken_at: datetime) -> None:
    """The take-out and every record it holds, on the shared store (audited, at `taken_at`)."""
    # The take-out's time on the server is the time the file says it was taken out.
    uow.session.info[SAVE_TIME_KEY] = taken_at
    uow.session.add(Takeout(id=token, locality_id=locality.id, locality_name=locality.name,
                            months=request.months, include_covert=request.include_covert,
                            file=str(target), records=selection.count, crimes=crimes))
    uow.session.flush()
    # Personal data leaves the store: the access log says so, as it does of every export.
    write_access(uow.session.connection(), uow.user, EXPORT, Takeout.__tablename__,
                 f"take-out of {locality.name} to {target}", token,
                 {"records": selection.count, "crimes": crimes, "months": request.months,
                  "include_covert": request.include_covert, "file": str(target)})
    held = [{"takeout_id": token, "table_name": name, "record_id": record_id}
            for name, record_id in selection.held()]
    for batch in _batches(held):
        uow.session.execute(insert(table_of(TakeoutRecord)), batch)


def _taken(takeout: Takeout) -> TakenOut:
    return TakenOut(takeout=takeout.id, locality=takeout.locality_name, taken_by=takeout.created_by,
                    taken_at=takeout.created_at, file=takeout.file)


def taken_out(uow: UnitOfWork, record_id: uuid.UUID) -> TakenOut | None:
    """The take-out not yet checked in that holds the record (the latest, if more than one), or
    None when the record is not away on a laptop."""
    query = (select(Takeout).join(TakeoutRecord, TakeoutRecord.takeout_id == Takeout.id)
             .where(Takeout.checked_in_at.is_(None), TakeoutRecord.record_id == record_id)
             .order_by(Takeout.created_at.desc()).limit(1))
    takeout = uow.session.scalars(query).first()
    return None if takeout is None else _taken(takeout)


def open_takeouts(uow: UnitOfWork) -> list[TakenOut]:
    """Every take-out not yet checked in, the latest first."""
    query = (select(Takeout).where(Takeout.checked_in_at.is_(None))
             .order_by(Takeout.created_at.desc()))
    return [_taken(takeout) for takeout in uow.session.scalars(query)]
