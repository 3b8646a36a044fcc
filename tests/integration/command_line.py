"""The command line run in-process, as the tests of its commands run it, and the demo store files
they point it at."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from jagdesk.cli import main
from jagdesk.services.demo.load import load_demo
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store

Capsys = pytest.CaptureFixture[str]


def run(capsys: Capsys, *argv: str) -> tuple[int, str, str]:
    """`jagdesk ARGV...`: its exit status, and what it printed to stdout and to stderr."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def demo_store_file(path: Path) -> Path:
    """A new SQLite store at `path` holding the demo partnership, closed for a command to open."""
    with open_store(sqlite_location(path)) as store, store.unit_of_work() as uow:
        load_demo(uow)
    return path


@contextmanager
def demo_made_by_command(folder: Path) -> Iterator[Path]:
    """The demo partnership made by `jagdesk demo` at folder/demo.db, with folder/data the data folder
    until the block ends (a module-scoped store outlives each test's own data folder)."""
    path = folder / "demo.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JAGDESK_DATA_DIR", str(folder / "data"))
        assert main(["--db", str(path), "demo"]) == 0
        yield path
