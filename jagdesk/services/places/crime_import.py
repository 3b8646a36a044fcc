"""Importing police.uk street-level and outcomes files into the store: one file per transaction,
or several files in one (the command line, the files chosen together in the window, the demo's
year), a large import setting the crime indexes aside and reading its files in a process of its
own."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.exc import IntegrityError

from jagdesk.domain.common.periods import add_months
from jagdesk.errors import JagdeskError
from jagdesk.importers.policeuk import STREET, PoliceUkFile, Row
from jagdesk.services.places import read_ahead
from jagdesk.services.places.boundaries import param_mark
from jagdesk.services.places.import_batch import BATCH, ImportBatch
from jagdesk.services.places.import_summary import ImportSummary
from jagdesk.services.places.street_values import STREET_COLUMNS, StreetValues, Values
from jagdesk.store.models import Crime, CrimeFile
from jagdesk.store.uow import UnitOfWork

# Told (rows read so far, bytes read so far) after each batch; the GUI divides by the file size.
Progress = Callable[[int, int], None]
# For several files: told (the file's position in the list, rows read, bytes read of it).
FilesProgress = Callable[[int, int, int], None]
# Asked after each batch; True stops the import and leaves nothing of the file behind.
Cancelled = Callable[[], bool]

class ImportCancelled(JagdeskError):
    """The user cancelled an import; nothing of the file was kept."""


class ImportConflict(JagdeskError):
    """Someone else imported the same file meanwhile; the import was rolled back."""


class _Importer:
    """The work of one import, holding its counts; run() returns the summary."""

    def __init__(self, uow: UnitOfWork, file: PoliceUkFile | read_ahead.FileAhead,
                 progress: Progress | None, cancelled: Cancelled | None, batch: ImportBatch,
                 month_offset: int = 0) -> None:
        self.uow, self.batch, self.indexes = uow, batch, batch.indexes
        # Where the rows are read and counted: here, or by the reader process (read_ahead).
        self.file = file
        self.progress, self.cancelled = progress, cancelled
        self.month_offset = month_offset
        self.imported = self.skipped = self.outside = self.no_location = 0
        self.updated = self.unknown = 0

    @property
    def month(self) -> str:
        """The month the file's rows are stored under: the file's own, or moved by the offset."""
        assert self.file.month is not None
        if not self.month_offset:
            return self.file.month
        return add_months(self.file.month, self.month_offset)

    def _tick(self) -> None:
        if self.cancelled is not None and self.cancelled():
            self.uow.session.rollback()
            raise ImportCancelled(f"The import of {self.file.name} was cancelled; nothing of it "
                                  "was kept.")
        if self.progress is not None:
            self.progress(self.file.good + self.file.rejected, self.file.bytes_read)

    def run(self, record_id: uuid.UUID | None = None) -> ImportSummary:
        """Read and store the whole file, flushed but not committed (a file read by the reader
        process gets the record id its plan was made with)."""
        if isinstance(self.file, read_ahead.FileAhead):
            assert record_id is not None
            ahead = self.file
            # The reader hands over values ready to insert.
            return self._streets(CrimeFile(id=record_id), ahead.batches(), lambda batch: batch,
                                 lambda: ahead.outside)
        if self.file.kind == STREET:
            return self._street_file(self.file)
        batches = self.file.batches(BATCH)
        first = next(batches, [])
        previous = self._previous()
        if previous is not None:
            return self._already(batches, previous)
        # Outcomes find their crimes by Crime ID: the indexes must be there.
        self.indexes.restore()
        # Outcomes refer to no file record: it is written once, complete.
        self._outcomes(first, batches)
        self._add_record(self._count(CrimeFile()))
        return self._summary(False)

    def _previous(self) -> str | None:
        """The name of the file of this kind, month and force imported before, if there is one.

        Asked once the first batch is read: the month and force are those of its first good row.
        """
        self._tick()
        source = self.file
        if source.month is None or source.force is None:
            problem = f" ({source.rejections[0]})" if source.rejections else ""
            raise JagdeskError(f"{source.name} has no row that can be read{problem}; nothing was "
                               "imported from it.")
        return self.uow.session.scalars(select(CrimeFile.file_name).where(
            CrimeFile.source == source.kind, CrimeFile.month == self.month,
            CrimeFile.force == source.force)).first()

    def _street_file(self, source: PoliceUkFile) -> ImportSummary:
        record = CrimeFile(id=uuid.uuid4())
        plan = self.batch.plan(self.uow, record.id, self.month_offset)
        assert self.batch.places is not None
        values = StreetValues(plan, source, self.batch.places.locator)
        return self._streets(record, source.blocks(BATCH), values, lambda: values.outside)

    def _streets(self, record: CrimeFile, batches: Iterator[Any], values: Callable[[Any], Values],
                 outside: Callable[[], int]) -> ImportSummary:
        """Insert the crimes batch by batch through the driver's executemany, each batch's
        `values` made only once the file is known not to have been imported before."""
        first: Any = next(batches, [])
        previous = self._previous()
        if previous is not None:
            return self._already(batches, previous)
        # The file's record goes in first: its crimes refer to it, and PostgreSQL checks that
        # row by row. Its counts follow when the file is done (a second audit entry).
        self._add_record(record)
        connection = self.uow.session.connection()
        # After the record's insert: the drop must fall inside the import's transaction.
        self.indexes.set_aside(connection)
        mark = param_mark(connection)
        # Every row is kept, as police.uk counts rows: its files repeat a Crime ID within a month
        # (another location or outcome). A file is imported once, by its kind, month and force.
        sql = (f"INSERT INTO crime ({', '.join(STREET_COLUMNS)}) VALUES "
               f"({', '.join([mark] * len(STREET_COLUMNS))})")
        batch = first
        while batch:
            connection.exec_driver_sql(sql, values(batch))
            self.imported += len(batch)
            self._tick()
            batch = next(batches, None)
        self.no_location, self.outside = self.file.no_location, outside()
        self._count(record)
        self.uow.session.flush()
        return self._summary(False)

    def _count(self, record: CrimeFile) -> CrimeFile:
        """The file's counts and first rejections, as the summary gives them."""
        summary = self._summary(False)
        record.sha256 = self.file.sha256
        record.rows_imported = summary.imported if summary.source == STREET else summary.outcomes_updated
        record.rows_skipped = summary.skipped + summary.outcomes_unknown
        record.rows_rejected = summary.rejected
        record.rows_no_location = summary.no_location
        record.rows_outside = summary.outside
        record.rejections = "\n".join(str(r) for r in summary.rejections)
        return record

    def _summary(self, already: bool, previous: str = "") -> ImportSummary:
        source = self.file
        assert source.month is not None and source.force is not None
        # Among the rows stored: street rows imported, or every readable row of an outcomes file.
        no_location = self.no_location if source.kind == STREET else source.no_location
        no_location = 0 if already else no_location
        return ImportSummary(source.name, source.kind, self.month, source.force, self.imported,
                             self.skipped, source.rejected, tuple(source.rejections), no_location,
                             self.outside, self.updated, self.unknown, already, previous)

    def _already(self, batches: Iterator[Any], previous: str) -> ImportSummary:
        # Read to the end anyway: the summary says how many rows were skipped and rejected.
        for _batch in batches:
            self._tick()
        self.skipped = self.file.good
        self.no_location = 0
        return self._summary(True, previous)

    def _add_record(self, record: CrimeFile) -> CrimeFile:
        source = self.file
        assert source.month is not None and source.force is not None
        record.source, record.month, record.force = source.kind, self.month, source.force
        record.file_name = source.name[:260]
        if record.sha256 is None:
            record.sha256, record.rejections = "", ""
        self.uow.session.add(record)
        try:
            self.uow.session.flush()
        except IntegrityError:
            self.uow.session.rollback()
            raise ImportConflict(f"{source.name} was imported by someone else meanwhile; nothing "
                               "was added this time.") from None
        return record

    def _outcomes(self, first: list[Row], batches: Iterator[list[Row]]) -> None:
        """Set the last outcome of each known crime, on every row of its Crime ID; a later month's
    outcome is never overwritten."""
        session = self.uow.session
        connection = session.connection()
        month = self.month
        mark = param_mark(connection)
        sql = (f"UPDATE crime SET last_outcome = {mark}, outcome_month = {mark} "
               f"WHERE crime_ref = {mark} AND (outcome_month IS NULL OR outcome_month <= {mark})")
        # A crime can have two outcomes in a month, in rows far apart: the store, not a set of
        # every Crime ID in the file, counts the crimes given this month's outcome.
        this_month = select(func.count(distinct(Crime.crime_ref))).where(Crime.outcome_month == month)
        before = session.scalar(this_month) or 0
        known_rows = 0
        batch: list[Row] | None = first
        while batch:
            latest: dict[str, str] = {}
            for _line, f, _point in batch:
                latest[f[0]] = f[9]  # a crime with two outcomes this month: the later row wins
            known = set(session.scalars(
                select(Crime.crime_ref).where(Crime.crime_ref.in_(list(latest)))))
            unknown = sum(f[0] not in known for _line, f, _point in batch)
            params = [(outcome, month, ref, month) for ref, outcome in latest.items() if ref in known]
            if params:
                connection.exec_driver_sql(sql, params)
            self.unknown += unknown
            known_rows += len(batch) - unknown
            self._tick()
            batch = next(batches, None)
        self.updated = (session.scalar(this_month) or 0) - before
        self.skipped = known_rows - self.updated


def import_police_uk(uow: UnitOfWork, path: Path, *, progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> ImportSummary:
    """Import one police.uk street or outcomes file in one transaction, and commit it.

    Refused whole (NotPoliceUkError) when it is not a police.uk file; ImportCancelled when
    `cancelled()` turns True, leaving nothing behind. A file already imported (same kind, month
    and force) adds nothing and says so.
    """
    summary = stage_police_uk(uow, path, progress=progress, cancelled=cancelled)
    uow.commit()
    return summary


def import_police_uk_files(uow: UnitOfWork, paths: Sequence[Path],
                           told: Callable[[ImportSummary], None], *,
                           refused: Callable[[Path, JagdeskError], None] | None = None,
                           progress: FilesProgress | None = None,
                           cancelled: Cancelled | None = None,
                           reader: read_ahead.ReadAhead | None = None,
                           saving: Callable[[], None] | None = None) -> None:
    """Import several police.uk files in one transaction with one commit, each file's summary
    told once it is saved.

    `saving` is told when every file is read and the import is being saved (its indexes built
    again and the transaction committed: seconds for a million rows), past the last chance to
    cancel.

    `reader`: a reader process started early for these files (read_ahead.early), which the
    import uses if the street files are large enough in all, and closes in any case.

    A file refused before it wrote anything (not a police.uk file, no row that can be read) is
    told to `refused`, and the others are imported. Without `refused`, the files before it are
    saved and told, then the refusal is raised: as if each file were committed on its own, for
    one commit instead of one a file. A cancelled or conflicting import has rolled everything
    back (ImportCancelled, ImportConflict): nothing is told.
    """
    batch = ImportBatch.of(paths, reader)
    try:
        _import_files(uow, paths, batch, told, refused, progress, cancelled, saving)
    finally:
        batch.close()


def _import_files(uow: UnitOfWork, paths: Sequence[Path], batch: ImportBatch,
                  told: Callable[[ImportSummary], None],
                  refused: Callable[[Path, JagdeskError], None] | None,
                  progress: FilesProgress | None, cancelled: Cancelled | None,
                  saving: Callable[[], None] | None = None) -> None:
    done: list[ImportSummary | tuple[Path, JagdeskError]] = []
    record_ids = batch.read_ahead(uow, paths, 0)

    def save() -> None:
        if saving is not None:
            saving()
        batch.indexes.restore()
        uow.commit()
        for outcome in done:
            if isinstance(outcome, ImportSummary):
                told(outcome)
            elif refused is not None:
                refused(*outcome)

    for number, path in enumerate(paths):
        step = None if progress is None else partial(progress, number)
        if step is not None:
            step(0, 0)
        try:
            done.append(_stage(uow, path, step, cancelled, batch, record_id=record_ids[number]))
        except (ImportCancelled, ImportConflict):
            raise  # rolled back: nothing of any file stands
        except read_ahead.ReaderStopped as exc:
            uow.session.rollback()  # the file's rows so far, and the files before it
            raise read_ahead.ReaderStopped(
                f"{exc} Nothing of the import was kept; import the files again.") from None
        except JagdeskError as exc:
            # Refused before it wrote anything: the files before it still stand.
            if refused is None:
                if done and uow.session.in_transaction():
                    save()
                raise
            done.append((path, exc))
    save()


def stage_police_uk(uow: UnitOfWork, path: Path, *, progress: Progress | None = None,
                    cancelled: Cancelled | None = None, month_offset: int = 0) -> ImportSummary:
    """As import_police_uk, but leaves the commit to the caller; `month_offset` as in
    stage_police_uk_files."""
    step = None if progress is None else (lambda _number, rows, read: progress(rows, read))
    [summary] = stage_police_uk_files(uow, [path], progress=step, cancelled=cancelled,
                                      month_offset=month_offset)
    return summary


def stage_police_uk_files(uow: UnitOfWork, paths: Sequence[Path], *,
                          progress: FilesProgress | None = None, cancelled: Cancelled | None = None,
                          month_offset: int = 0, reader: read_ahead.ReadAhead | None = None
                          ) -> list[ImportSummary]:
    """Import several files as one batch (indexes set aside once, street files read ahead when
    large in all); the caller commits, or rolls all back on a refusal: the demo's year of files.

    `month_offset` stores the rows that many months after their own (each file's record keeps
    its name, so where they came from shows): the demo places the files of 2021 as the latest
    months. A user's file is always imported under its own month. `reader`: as for
    import_police_uk_files.
    """
    batch = ImportBatch.of(paths, reader)
    try:
        record_ids = batch.read_ahead(uow, paths, month_offset)
        summaries = [_stage(uow, path, None if progress is None else partial(progress, number),
                            cancelled, batch, month_offset, record_ids[number])
                     for number, path in enumerate(paths)]
    finally:
        batch.close()
    batch.indexes.restore()
    return summaries


def _stage(uow: UnitOfWork, path: Path, progress: Progress | None, cancelled: Cancelled | None,
           batch: ImportBatch, month_offset: int = 0, record_id: uuid.UUID | None = None
           ) -> ImportSummary:
    """Import one file: read by the reader process if it was given one (`record_id`), else here."""
    if record_id is not None:
        assert batch.ahead is not None
        file = batch.ahead.next_file()
        return _Importer(uow, file, progress, cancelled, batch, month_offset).run(record_id)
    with PoliceUkFile(path) as source:
        return _Importer(uow, source, progress, cancelled, batch, month_offset).run()
