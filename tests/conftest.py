"""Fixtures shared by every test: a private data folder, real SQLite stores, a real PostgreSQL, and
the demo partnership built once per test session and copied for each test that needs it.

The PostgreSQL server is started by the test run itself (see tests.support.postgres) and stopped
at the end of the session; under pytest-xdist each worker starts its own. Without it, the
PostgreSQL tests are skipped, except in CI (CI=true), where they fail: CI must run them.
"""

from __future__ import annotations

import copy
import hashlib
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

# GUI tests share this conftest; Qt must never need a display. The off-screen screen is a
# common council laptop's (1366 x 768) rather than Qt's default 800 x 800.
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).resolve().parent / 'offscreen-screen.json'}"
)

from jagdesk.services.demo.load import load_demo
from jagdesk.store.base import every_table
from jagdesk.store.location import StoreLocation, resolve_location, sqlite_location
from jagdesk.store.opening import Store, open_store
from tests.support import map_seed
from tests.support.map_seed import Seeded
from tests.support.old_store import Snapshot
from tests.support.old_templates import EarlierStore, EarlierTemplates
from tests.support.postgres import PostgresServer, PostgresUnavailable
from tests.support.stores import (
    BACKENDS,
    JAGDESK_ENV,
    PASSPHRASE,
    build_demo,
    copy_store,
    open_copy,
    private_env,
)
from tests.support.temp_root import memory_root

REPO_ROOT = Path(__file__).resolve().parent.parent
# The real public data beside the project; read from there, never copied into the repository.
SHARED_DATA = REPO_ROOT / "../shared/data"


# The day the demo's story stands at (its March 2021 JAG): the demo loads on its own dates, as
# the tests written around it expect. Tests of the demo placed around another day pass `today`
# or set JAGDESK_DEMO_DAY themselves.
DEMO_STORY_DAY = "2021-03-04"


def pytest_configure(config: pytest.Config) -> None:
    """The run's files (tmp_path, the PostgreSQL server's) in memory where the machine has room
    for them (see tests.support.temp_root), unless --basetemp or PYTEST_DEBUG_TEMPROOT say where."""
    if config.option.basetemp is None and "PYTEST_DEBUG_TEMPROOT" not in os.environ:
        root = memory_root()
        if root is not None:
            os.environ["PYTEST_DEBUG_TEMPROOT"] = str(root)


@pytest.fixture(scope="session", autouse=True)
def demo_story_day() -> Iterator[str]:
    """Every test (and every store a module or session fixture fills) gets the demo on its own
    days, whatever the date the tests run on."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JAGDESK_DEMO_DAY", DEMO_STORY_DAY)
        yield DEMO_STORY_DAY


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and no store or passphrase from the environment."""
    folder = tmp_path / "jagdesk-data"
    monkeypatch.setenv("JAGDESK_DATA_DIR", str(folder))
    for name in JAGDESK_ENV:
        monkeypatch.delenv(name, raising=False)
    return folder


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real public data folder (police.uk files, ONS boundaries)."""
    if not SHARED_DATA.is_dir():
        reason = f"the public data folder {SHARED_DATA.resolve()} is not there"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)  # CI must run every test that reads the real data
        pytest.skip(reason)
    return SHARED_DATA


@pytest.fixture
def digest() -> Callable[[Path], str]:
    """sha256 of a file's bytes, to show that refused input left it exactly as it was."""

    def sha256(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    return sha256


def all_rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the store, in key order: to compare two stores exactly."""
    with store.engine.connect() as connection:
        return {
            table.name: [tuple(row) for row in connection.execute(
                select(table).order_by(*table.primary_key.columns))]
            for table in every_table()
        }


@pytest.fixture
def store_rows() -> Callable[[Store], dict[str, list[tuple[object, ...]]]]:
    """Every row of every table of a store (see all_rows)."""
    return all_rows


# --- PostgreSQL ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The PostgreSQL server this test run starts; skipped without one (failed in CI)."""
    server: PostgresServer | None = None
    try:
        server = PostgresServer(memory_root())
        server.start()
    except (PostgresUnavailable, OSError, subprocess.SubprocessError) as exc:
        if server is not None:
            server.stop()  # removes its folder too
        reason = f"PostgreSQL tests need a local PostgreSQL server: {exc}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped after the test."""
    with pg_server.dropped_after(pg_server.new_database()) as url:
        yield url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs the PostgreSQL server, so `-m "not postgres"` leaves it out."""
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


# --- Stores -------------------------------------------------------------------------------------




@pytest.fixture(params=BACKENDS)
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> StoreLocation:
    """Where a new, empty store lives: a SQLite file, or a database on the test server."""
    if request.param == "sqlite":
        return sqlite_location(tmp_path / "t.db")
    return resolve_location(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, empty store in a closed SQLite file, made (and migrated) once per session (per xdist
    worker): setting up the schema takes a few hundred milliseconds, copying the file a few."""
    folder = tmp_path_factory.mktemp("empty-template")
    with private_env(folder / "data"), open_store(sqlite_location(folder / "empty.db")):
        pass
    return folder / "empty.db"


@pytest.fixture
def empty_file(empty_template: Path, tmp_path: Path) -> Path:
    """A private copy of a new, empty store at tmp_path/csp.db, closed, as `jagdesk init` leaves
    one, for a command to open."""
    return copy_store(empty_template, tmp_path / "csp.db")


@pytest.fixture(scope="session")
def pg_empty_template(pg_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database on the test server holding a new, empty store (migrated), made once per session
    (per xdist worker), closed: stores are copied from it (CREATE DATABASE ... TEMPLATE)."""
    name = pg_server.new_database()
    with private_env(tmp_path_factory.mktemp("pg-empty-template") / "data"), \
            open_store(resolve_location(pg_server.url(name))):
        pass
    return name


@pytest.fixture
def store(store_location: StoreLocation, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A new store, open (and migrated), on each backend; closed after the test.

    At `store_location`, as a copy of the empty template of its backend (the same schema a first
    opening sets up, made once), opened as a store just made is: no backup to take."""
    if store_location.is_sqlite:
        assert store_location.path is not None
        copy_store(request.getfixturevalue("empty_template"), store_location.path)
    else:
        server: PostgresServer = request.getfixturevalue("pg_server")
        name = request.getfixturevalue("pg_url").rsplit("/", 1)[1]
        server.drop_database(name)
        server.create_database(name, request.getfixturevalue("pg_empty_template"))
    with open_store(store_location, backup_keep=0) as opened:
        yield opened


@pytest.fixture(scope="session")
def earlier_templates(tmp_path_factory: pytest.TempPathFactory) -> EarlierTemplates:
    """Each earlier revision's full store, built once per session (per xdist worker) on first use."""
    return EarlierTemplates(tmp_path_factory.mktemp("earlier-templates"))


@pytest.fixture
def earlier_store(earlier_templates: EarlierTemplates,
                  request: pytest.FixtureRequest) -> EarlierStore:
    """Puts at a store location (a SQLite file not there yet, or a database on the test server)
    a copy of the full store an earlier revision's release left, every table filled (see
    tests.support.old_store and old_templates); gives back its rows."""

    def put(location: StoreLocation, revision: str) -> Snapshot:
        server = None if location.is_sqlite else request.getfixturevalue("pg_server")
        return earlier_templates.copy_to(location, revision, server)

    return put


# --- The demo partnership, built once per session and copied for each test ----------------------


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, demo_story_day: str) -> Path:
    """The demo partnership in a closed SQLite file, built once per session (per xdist worker), as a
    test would build it (with the public data beside the project, if there); tests get copies."""
    folder = tmp_path_factory.mktemp("demo-template")
    with private_env(folder / "data"):
        return build_demo(folder / "demo.db")


@pytest.fixture(scope="session")
def encrypted_demo_template(tmp_path_factory: pytest.TempPathFactory, demo_story_day: str) -> Path:
    """The demo partnership in a closed SQLCipher file encrypted with tests.support.stores'
    PASSPHRASE, built once per session (per xdist worker); tests get copies."""
    folder = tmp_path_factory.mktemp("encrypted-demo-template")
    with private_env(folder / "data"):
        return build_demo(folder / "secret.db", PASSPHRASE)


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory,
                     demo_story_day: str) -> str:
    """A database on the test server holding the demo partnership, built once per session (per
    xdist worker), closed: tests get databases copied from it (CREATE DATABASE ... TEMPLATE)."""
    name = pg_server.new_database()
    with private_env(tmp_path_factory.mktemp("pg-demo-template") / "data"), \
            open_store(resolve_location(pg_server.url(name))) as built, built.unit_of_work() as uow:
        load_demo(uow)
    return name


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo store at tmp_path/demo.db, closed, for a command to open."""
    return copy_store(demo_template, tmp_path / "demo.db")


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A SQLite store holding the demo partnership: a private copy, open; closed after the test."""
    with open_copy(demo_template, tmp_path / "demo.db") as opened:
        yield opened


@pytest.fixture
def pg_demo_url(pg_server: PostgresServer, pg_demo_template: str) -> Iterator[str]:
    """The URL of a new database on the test server holding the demo partnership (a copy of the
    template), dropped after the test."""
    with pg_server.dropped_after(pg_server.new_database(template=pg_demo_template)) as url:
        yield url


@pytest.fixture(params=BACKENDS)
def demo_location(request: pytest.FixtureRequest, tmp_path: Path) -> StoreLocation:
    """Where a store holding the demo partnership lives, on each backend: a copy of the SQLite
    template at tmp_path/t.db, or a database on the test server copied from its template."""
    if request.param == "sqlite":
        return sqlite_location(copy_store(request.getfixturevalue("demo_template"), tmp_path / "t.db"))
    return resolve_location(request.getfixturevalue("pg_demo_url"))


@pytest.fixture
def demo_on_backend(demo_location: StoreLocation) -> Iterator[Store]:
    """A store holding the demo partnership on each backend, open as it was when the demo had just
    been loaded into it (no daily backup taken); closed after the test."""
    with open_store(demo_location, backup_keep=0) as opened:
        yield opened


# --- The map tests' store: the real Hertsmere wards and two police.uk street months ------------


@pytest.fixture(scope="session")
def map_template(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> tuple[Path, Seeded]:
    """The wards and street months of tests.support.map_seed in a closed SQLite file, built once per
    session (per xdist worker), and what went into it."""
    folder = tmp_path_factory.mktemp("map-template")
    with private_env(folder / "data"), open_store(sqlite_location(folder / "map.db")) as built:
        seeded = map_seed.seed(built, shared_data)
    return folder / "map.db", seeded


@pytest.fixture
def map_copy(map_template: tuple[Path, Seeded], tmp_path: Path) -> Iterator[tuple[Store, Seeded]]:
    """A private copy of the map store at tmp_path/map.db, open, and what went into it (a copy of
    its own, for the test to change as it likes)."""
    path, seeded = map_template
    with open_copy(path, tmp_path / "map.db") as opened:
        yield opened, copy.deepcopy(seeded)


@pytest.fixture(scope="session")
def pg_map_template(pg_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory,
                    shared_data: Path) -> tuple[str, Seeded]:
    """The same on the test server: a database to copy (CREATE DATABASE ... TEMPLATE)."""
    name = pg_server.new_database()
    with private_env(tmp_path_factory.mktemp("pg-map-template") / "data"), \
            open_store(resolve_location(pg_server.url(name))) as built:
        seeded = map_seed.seed(built, shared_data)
    return name, seeded


@pytest.fixture(params=BACKENDS)
def map_on_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Store, Seeded]]:
    """The map store on each backend (a copy of the template at tmp_path/t.db, or a database copied
    on the test server and dropped after the test), open, and what went into it."""
    if request.param == "sqlite":
        path, seeded = request.getfixturevalue("map_template")
        with open_copy(path, tmp_path / "t.db") as opened:
            yield opened, copy.deepcopy(seeded)
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name, seeded = request.getfixturevalue("pg_map_template")
    with server.dropped_after(server.new_database(template=name)) as url, \
            open_store(resolve_location(url), backup_keep=0) as opened:
        yield opened, copy.deepcopy(seeded)
