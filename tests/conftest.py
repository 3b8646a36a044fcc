"""Fixtures shared by every test: a private data folder, real SQLite stores, a real PostgreSQL.

The PostgreSQL server is started by the test run itself (initdb + pg_ctl from the PostgreSQL
installed on the machine) in a temporary folder, listens only on 127.0.0.1, and is stopped at the
end of the session. Without it, the PostgreSQL tests are skipped, except in CI (CI=true), where
they fail: CI must run them.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import select

# GUI tests share this conftest; Qt must never need a display. The off-screen screen is a
# common council laptop's (1366 x 768) rather than Qt's default 800 x 800.
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).resolve().parent / 'offscreen-screen.json'}"
)

from jagdesk.store.base import Base
from jagdesk.store.location import StoreLocation, resolve_location, sqlite_location
from jagdesk.store.opening import Store, open_store

REPO_ROOT = Path(__file__).resolve().parent.parent
# The real public data beside the project; read from there, never copied into the repository.
SHARED_DATA = REPO_ROOT / "../shared/data"

# Environment variables that would point a test at real user data or change how stores open.
JAGDESK_ENV = ("JAGDESK_DB", "JAGDESK_PASSPHRASE", "JAGDESK_TARGET_PASSPHRASE",
               "JAGDESK_SHARED_DATA", "JAGDESK_USER")


# The day the demo's story stands at (its March 2021 JAG): the demo loads on its own dates, as
# the tests written around it expect. Tests of the demo placed around another day pass `today`
# or set JAGDESK_DEMO_DAY themselves.
DEMO_STORY_DAY = "2021-03-04"


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
            for table in Base.metadata.sorted_tables
        }


@pytest.fixture
def store_rows() -> Callable[[Store], dict[str, list[tuple[object, ...]]]]:
    """Every row of every table of a store (see all_rows)."""
    return all_rows


# --- PostgreSQL ---------------------------------------------------------------------------------


class PostgresUnavailable(Exception):
    """The test run could not start its PostgreSQL server; str() says why."""


def _postgres_bin() -> Path:
    def version(folder: str) -> tuple[int, ...]:
        name = Path(folder).parent.name
        return tuple(int(part) for part in name.split(".") if part.isdigit())

    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True):
        if all((Path(folder) / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    found = shutil.which("pg_ctl")
    if found and (Path(found).resolve().parent / "initdb").is_file():
        return Path(found).resolve().parent
    raise PostgresUnavailable(
        "no PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql or on the PATH"
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PostgresServer:
    """A throwaway PostgreSQL cluster in a temporary folder, run as an unprivileged user."""

    def __init__(self) -> None:
        self.bin = _postgres_bin()
        self.root = Path(tempfile.mkdtemp(prefix="jagdesk-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.log = self.root / "server.log"
        self.port = 0
        self.version = 0
        self.run_as: dict[str, object] = {}
        self._maker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-databases")
        self._spare: Future[str] | None = None

    def _prepare(self) -> None:
        self.sockets.mkdir()
        if os.geteuid() != 0:
            return
        # initdb and postgres refuse to run as root: run them as nobody, in folders it owns.
        import pwd

        try:
            user = pwd.getpwnam("nobody")
        except KeyError:
            raise PostgresUnavailable("running as root and there is no 'nobody' user") from None
        for path in (self.root, self.sockets):
            os.chown(path, user.pw_uid, user.pw_gid)
        self.run_as = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "TZ": "UTC"}
        done: subprocess.CompletedProcess[str] = subprocess.run(
            [str(self.bin / args[0]), *args[1:]], capture_output=True, text=True, env=env,
            cwd=self.root, timeout=120, **self.run_as,  # type: ignore[call-overload]
        )
        return done

    def start(self) -> None:
        self._prepare()
        done = self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres",
                         "--no-sync", "-E", "UTF8", "--locale=C")
        if done.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {done.stderr.strip()[-300:]}")
        for _attempt in range(3):  # another process may take the free port before postgres does
            self.port = _free_port()
            options = (f"-k {self.sockets} -h 127.0.0.1 -p {self.port} -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c wal_level=minimal "
                       "-c max_wal_senders=0")
            done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w",
                             "-t", "60", "-o", options, "start")
            if done.returncode == 0 and self._accepts_connections():
                return
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        log = self.log.read_text(errors="replace")[-300:] if self.log.exists() else ""
        raise PostgresUnavailable(f"the server did not start: {done.stderr.strip()} {log}")

    def _accepts_connections(self) -> bool:
        import psycopg

        try:
            with psycopg.connect(self.dsn("postgres"), connect_timeout=10) as conn:
                self.version = conn.info.server_version
        except psycopg.Error:
            return False
        return True

    def create_database(self, name: str) -> None:
        # Copying the template's files is quicker than logging them (PostgreSQL 15's default).
        strategy = " STRATEGY = FILE_COPY" if self.version >= 150000 else ""
        self.admin(f'CREATE DATABASE "{name}"{strategy}')

    def new_database(self) -> str:
        """The name of a new, empty database. The next one is made while the test runs, so that
        a test does not wait for PostgreSQL to copy its template."""
        if self._spare is None:
            self._spare = self._maker.submit(self._create_one)
        name = self._spare.result()
        self._spare = self._maker.submit(self._create_one)
        return name

    def _create_one(self) -> str:
        name = f"jagdesk_test_{uuid.uuid4().hex[:12]}"
        self.create_database(name)
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={database}"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(sql.encode())

    def stop(self) -> None:
        if self._spare is not None:
            with contextlib.suppress(Exception):
                self._spare.result()
        self._maker.shutdown(wait=True)
        if self.data.is_dir():
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The PostgreSQL server this test run starts; skipped without one (failed in CI)."""
    server: PostgresServer | None = None
    try:
        server = PostgresServer()
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
    name = pg_server.new_database()
    try:
        yield pg_server.url(name)
    finally:
        with contextlib.suppress(Exception):
            pg_server.drop_database(name)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs the PostgreSQL server, so `-m "not postgres"` leaves it out."""
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


# --- Stores -------------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> StoreLocation:
    """Where a new, empty store lives: a SQLite file, or a database on the test server."""
    if request.param == "sqlite":
        return sqlite_location(tmp_path / "t.db")
    return resolve_location(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(store_location: StoreLocation) -> Iterator[Store]:
    """A new store, open (and migrated), on each backend; closed after the test."""
    opened = open_store(store_location)
    try:
        yield opened
    finally:
        opened.close()
