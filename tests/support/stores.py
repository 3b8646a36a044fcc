"""Store files built once and copied for each test: building the demo partnership takes seconds,
copying its file a few milliseconds.

A template is built closed (SQLite folds its -wal file back into the store when the last connection
closes), then copied with whatever SQLite left beside it, never its lock file: each copy takes a
lock of its own when it is opened. A copy of an encrypted store opens with the same passphrase.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from jagdesk.services.demo.load import load_demo
from jagdesk.store.location import resolve_location, sqlite_location
from jagdesk.store.opening import Store, open_store
from jagdesk.store.private import SQLITE_COMPANIONS

# Environment variables that would point a test at real user data or change how stores open.
JAGDESK_ENV = ("JAGDESK_DB", "JAGDESK_PASSPHRASE", "JAGDESK_TARGET_PASSPHRASE",
               "JAGDESK_SHARED_DATA", "JAGDESK_USER")
# The backends a store fixture gives each test in turn (its param: "sqlite" or "postgres").
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
# The passphrase of the tests' encrypted stores.
PASSPHRASE = "correct horse battery"


@contextmanager
def private_env(data_dir: Path, **env: str) -> Iterator[None]:
    """The environment a session or module fixture builds its stores in, before each test's own
    data folder applies: `data_dir` as the data folder, no store, passphrase, public data folder or
    user from the environment, and the variables `env` names (JAGDESK_SHARED_DATA=...) set."""
    with pytest.MonkeyPatch.context() as patch:
        for name in JAGDESK_ENV:
            patch.delenv(name, raising=False)
        patch.setenv("JAGDESK_DATA_DIR", str(data_dir))
        for name, value in env.items():
            patch.setenv(name, value)
        yield


def build_demo(path: Path, passphrase: str | None = None) -> Path:
    """A new store at `path` holding the demo partnership (encrypted with `passphrase` if given),
    closed."""
    with open_store(sqlite_location(path), passphrase) as store, store.unit_of_work() as uow:
        load_demo(uow)
    return path


def copy_store(template: Path, path: Path) -> Path:
    """A copy at `path` of the closed store `template`, with the files SQLite keeps beside it."""
    shutil.copy(template, path)
    for suffix in SQLITE_COMPANIONS:
        companion = template.with_name(template.name + suffix)
        if companion.exists():
            shutil.copy(companion, path.with_name(path.name + suffix))
    return path


def open_copy(template: Path, path: Path, passphrase: str | None = None) -> Store:
    """A copy of `template` at `path`, open as the store was when it had just been built: locked,
    current, and with no daily backup taken (a store just made has nothing to back up)."""
    return open_store(sqlite_location(copy_store(template, path)), passphrase, backup_keep=0)


@contextmanager
def open_template_copy(request: pytest.FixtureRequest, template: Path | str,
                       tmp_path: Path) -> Iterator[Store]:
    """A copy of a template store, open as it was when just built: of the closed SQLite file
    `template` (at tmp_path/t.db), or of the database `template` on the test server (a new database,
    dropped afterwards)."""
    if isinstance(template, Path):
        with open_copy(template, tmp_path / "t.db") as opened:
            yield opened
        return
    server = request.getfixturevalue("pg_server")
    name = server.new_database(template=template)
    try:
        with open_store(resolve_location(server.url(name)), backup_keep=0) as opened:
            yield opened
    finally:
        server.drop_database(name)
