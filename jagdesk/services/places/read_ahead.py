"""Large police.uk street files read in a process of their own while this one inserts their rows.

Reading, checking and placing a row costs about as much as inserting it, and both are Python
work: in one process (or in two threads, which take turns at Python's lock row by row) they add
up. A reader process does its half on another core and hands over ready insert values a batch
at a time through a pipe, so the import takes about as long as the inserts alone.

Nothing is shared but the pipes. The reader holds no database connection: a killed or cancelled
import leaves the store to its transaction, exactly as an import read in-process does. When the
importing process dies, the reader's next write to the pipe fails and it ends; it is started as
a daemon, so a normal exit ends it too. When the reader dies first, the import is rolled back
whole (ReaderStopped): some of the file's rows may be in its transaction.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import queue
import signal
import threading
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from jagdesk.errors import JagdeskError

if TYPE_CHECKING:
    from jagdesk.importers.policeuk import PoliceUkFile, Rejection
    from jagdesk.services.places.street_values import StreetPlan, Values


class ReaderStopped(JagdeskError):
    """The reader process ended before a file's end: nothing of the import may be kept."""


# Street files at least this large in all (about 45,000 rows) are read in a reader process.
# Starting one (a new interpreter that imports the reader's modules) takes a few tenths of a
# second, which the reading saved makes up from about here (measured: 50,000 rows 5% quicker in
# all, a year of a force's files 10%, a million rows 17%).
READ_AHEAD_BYTES = 10 << 20
# Batches made ahead of the inserts: enough to ride out a slow moment on either side (4 made
# the import wait a tenth of a second longer for a million rows), few enough to keep the memory
# flat (a pickled batch is about 150 KB: 5 MB at most).
AHEAD = 32

# What the reader tells after each batch: rows read (good, rejected, of them with no location),
# bytes read, and the file's month and force once known.
Counts = tuple[int, int, int, int, str | None, str | None]


def _counts(source: PoliceUkFile) -> Counts:
    return (source.good, source.rejected, source.no_location, source.bytes_read, source.month,
            source.force)


def _send_all(send: Any, outbox: queue.Queue[bytes | None]) -> None:
    """Write each message to the pipe as it is made; end the process if nobody reads any more."""
    while (data := outbox.get()) is not None:
        try:
            send.send_bytes(data)
        except OSError:  # the importing process is gone: nothing is waiting for the rest
            os._exit(1)
    send.close()


def read_street_files(send: Any, work: Any) -> None:
    """The reader process: once told the files (with their plans), for each in turn every batch of
    its insert values and then its counts (or why it was refused) down the pipe.

    Its modules are loaded before the work is waited for: a reader started early (`early`) is
    ready when the work comes. Pickling is done here and the writing in a thread of its own, so
    that the next batch is read while the pipe is full.
    """
    # Ctrl-C at a terminal reaches every process of the command: the importing process stops the
    # import and then this one, which would otherwise print its own traceback over the terminal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from jagdesk.importers.policeuk import PoliceUkFile
    from jagdesk.services.places.street_values import StreetValues

    try:
        files, batch_rows = work.recv()
    except EOFError:  # started early, and no file turned out to need it
        return
    outbox: queue.Queue[bytes | None] = queue.Queue(maxsize=AHEAD)
    sender = threading.Thread(target=_send_all, args=(send, outbox), daemon=True)
    sender.start()
    locator = None  # the wards are the same for every file: each point is placed once
    for path, plan in files:
        message: tuple[Any, ...]
        try:
            with PoliceUkFile(Path(path)) as source:
                values = StreetValues(plan, source, locator)
                locator = values.locator
                for batch in values.batches(batch_rows):
                    outbox.put(pickle.dumps(("rows", batch, _counts(source)), pickle.HIGHEST_PROTOCOL))
                message = ("end", _counts(source), source.rejections, source.sha256, values.outside)
        except JagdeskError as exc:
            message = ("refused", str(exc))
        except Exception:  # a fault, told to the importing process with its traceback
            message = ("failed", traceback.format_exc())
        outbox.put(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))
        if message[0] == "failed":
            break
    outbox.put(None)
    sender.join()


@contextlib.contextmanager
def early(paths: Sequence[Path]) -> Iterator[ReadAhead | None]:
    """A reader process started before the import needs it, if the files are large enough in all
    that it may: its start then overlaps the importing process's own (its modules, the store).

    Only the sizes are looked at here: the import given it decides whether to use it. Closed at
    the end of the block, used or not (the import may have closed it already).
    """
    reader = start() if sum(map(file_size, paths)) >= READ_AHEAD_BYTES else None
    try:
        yield reader
    finally:
        if reader is not None:
            reader.close()


def file_size(path: Path) -> int:
    """The file's size in bytes; 0 when it cannot be read (its import then says why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def start() -> ReadAhead | None:
    """A new reader process; None if the system would not start one (the files are then read
    in-process, only more slowly)."""
    try:
        return ReadAhead()
    except OSError:
        return None


class ReadAhead:
    """A reader process; given the street files by read(), it reads them in turn, and
    `next_file()` gives each file's reading in that order."""

    def __init__(self) -> None:
        self._names: list[str] = []
        self._current: FileAhead | None = None
        # Spawned, not forked, on every system: a fork would copy this process's threads' locks
        # (the window's, the database driver's) in whatever state they were.
        context = multiprocessing.get_context("spawn")
        self._receive, send = context.Pipe(duplex=False)
        work, self._work = context.Pipe(duplex=False)
        self._process = context.Process(target=read_street_files, args=(send, work),
                                        name="jagdesk-read-ahead", daemon=True)
        try:
            self._process.start()
        except BaseException:
            for end in (self._receive, send, work, self._work):
                end.close()
            raise
        # The reader holds the only writing end of the batches' pipe and the only reading end of
        # the work's: either side's end ends the pipe for the other.
        send.close()
        work.close()

    def read(self, files: Sequence[tuple[Path, StreetPlan]], batch_rows: int) -> None:
        """Read these files in turn, in batches of at most `batch_rows` rows."""
        self._names = [path.name for path, _plan in files]
        self._work.send(([(str(path), plan) for path, plan in files], batch_rows))

    def next_file(self) -> FileAhead:
        """The next file's reading; what is left of the file before is read past."""
        if self._current is not None and not self._current.finished:
            with contextlib.suppress(JagdeskError):
                for _batch in self._current.batches():
                    pass
        self._current = FileAhead(self._names.pop(0), self._receive)
        return self._current

    @property
    def finished(self) -> bool:
        """Whether every file has been read to its end."""
        return not self._names and (self._current is None or self._current.finished)

    def close(self) -> None:
        """Stop the reader if it is still reading (a cancelled or failed import) and wait for it;
        once is enough, and later calls do nothing."""
        if self._work.closed:
            return
        self._work.close()  # a reader never given work ends on this
        if self.finished:  # it has told everything, or had nothing to do, and is ending
            self._process.join(timeout=5)
        if self._process.exitcode is None:
            self._process.kill()
        self._process.join()
        self._process.close()
        self._receive.close()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class FileAhead:
    """One street file as the reader process reads it: its insert values batch by batch, and the
    counts a PoliceUkFile keeps (rows, rejections, month, force, sha256) as the reader tells them.
    """

    def __init__(self, name: str, receive: Any) -> None:
        self.name, self.kind = name, "street"
        self.month: str | None = None
        self.force: str | None = None
        self.good = self.rejected = self.no_location = self.bytes_read = self.outside = 0
        self.rejections: list[Rejection] = []
        self.sha256 = ""
        self.finished = False
        self._receive = receive

    def _count(self, counts: Counts) -> None:
        (self.good, self.rejected, self.no_location, self.bytes_read, self.month,
         self.force) = counts

    def batches(self) -> Iterator[Values]:
        """The insert values, batch by batch in file order; the counts are up to date with each.

        Raises JagdeskError, in the reader's words, for a file it refused before any row, and
        ReaderStopped when the reader ended (was killed) or refused the file after some rows:
        rows of the file may then be in the import's transaction, which must be rolled back."""
        started = False
        while not self.finished:
            try:
                message = pickle.loads(self._receive.recv_bytes())
            except (EOFError, OSError):  # ended between two batches, or in the middle of one
                self.finished = True
                raise ReaderStopped(f"Reading {self.name} stopped unexpectedly.") from None
            if message[0] == "rows":
                self._count(message[2])
                started = True
                yield message[1]
                continue
            self.finished = True
            if message[0] == "end":
                self._count(message[1])
                self.rejections, self.sha256, self.outside = message[2], message[3], message[4]
            elif message[0] == "refused":
                raise (ReaderStopped if started else JagdeskError)(message[1])
            else:
                raise RuntimeError(f"Reading {self.name} failed:\n{message[1]}")
