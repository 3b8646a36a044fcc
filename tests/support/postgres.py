"""A throwaway PostgreSQL server for the test run: initdb + pg_ctl from the PostgreSQL installed
on the machine, in a temporary folder, listening only on 127.0.0.1 on a free port. Each pytest
process (each xdist worker) starts its own, in a folder and on a port of its own."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path


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
    """A throwaway PostgreSQL cluster in a temporary folder (in `parent` if given), run as an
    unprivileged user."""

    def __init__(self, parent: Path | None = None) -> None:
        self.bin = _postgres_bin()
        self.root = Path(tempfile.mkdtemp(prefix="jagdesk-pg-", dir=parent))
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

    def create_database(self, name: str, template: str | None = None) -> None:
        # Copying the template's files is quicker than logging them (PostgreSQL 15's default).
        copied = f' TEMPLATE = "{template}"' if template else ""
        strategy = " STRATEGY = FILE_COPY" if self.version >= 150000 else ""
        self.admin(f'CREATE DATABASE "{name}"{copied}{strategy}')

    def new_database(self, template: str | None = None) -> str:
        """The name of a new database: empty, or a copy of the database `template` (which nobody
        may be connected to). The next empty one is made while the test runs, so that a test does
        not wait for PostgreSQL to copy its template."""
        if template is not None:
            return self._create_one(template)
        if self._spare is None:
            self._spare = self._maker.submit(self._create_one)
        name = self._spare.result()
        self._spare = self._maker.submit(self._create_one)
        return name

    def _create_one(self, template: str | None = None) -> str:
        name = f"jagdesk_test_{uuid.uuid4().hex[:12]}"
        self.create_database(name, template)
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    @contextlib.contextmanager
    def dropped_after(self, name: str) -> Iterator[str]:
        """The URL of the database `name`, dropped when the block ends."""
        try:
            yield self.url(name)
        finally:
            with contextlib.suppress(Exception):
                self.drop_database(name)

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
