"""The check-in tests' stores: the demo with Borehamwood already taken out, and its take-out file,
made once per session on each engine and copied per test (the take-out itself is tested where it
is made, in test_offline_takeout*)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jagdesk.store.location import resolve_location
from jagdesk.store.opening import Store, open_store
from tests.support.checkin_story import take_out_borehamwood
from tests.support.postgres import PostgresServer
from tests.support.stores import BACKENDS, copy_store, open_copy, private_env


@pytest.fixture(scope="session")
def borehamwood_template(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """A folder holding a copy of the demo store (demo.db) out of which Borehamwood was taken
    (tests.support.checkin_story), closed, and the take-out file (borehamwood.jagdesk), made once per
    session (per xdist worker): the check-in tests start from copies of the pair. The take-out itself
    is tested where it is made afresh (test_offline_takeout*)."""
    folder = tmp_path_factory.mktemp("borehamwood-template")
    with private_env(folder / "data"), open_copy(demo_template, folder / "demo.db") as server:
        take_out_borehamwood(server, folder)
    return folder


@pytest.fixture(scope="session")
def pg_borehamwood_template(pg_server: PostgresServer, pg_demo_template: str,
                            tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """The same on the test server: a database to copy, and the file taken out of it."""
    folder = tmp_path_factory.mktemp("pg-borehamwood-template")
    name = pg_server.new_database(template=pg_demo_template)
    with private_env(folder / "data"), \
            open_store(resolve_location(pg_server.url(name)), backup_keep=0) as server:
        return name, take_out_borehamwood(server, folder)


@pytest.fixture
def borehamwood_store(borehamwood_template: Path, tmp_path: Path) -> Iterator[tuple[Store, Path]]:
    """A SQLite store holding the demo partnership just after Borehamwood was taken out of it,
    open, and the take-out file at tmp_path/borehamwood.jagdesk: private copies of the template's."""
    file = copy_store(borehamwood_template / "borehamwood.jagdesk", tmp_path / "borehamwood.jagdesk")
    with open_copy(borehamwood_template / "demo.db", tmp_path / "demo.db") as opened:
        yield opened, file


@pytest.fixture(params=BACKENDS)
def borehamwood_on_backend(request: pytest.FixtureRequest,
                           tmp_path: Path) -> Iterator[tuple[Store, Path]]:
    """The same on each backend: on the test server a database copied from its template (dropped
    after the test), with the file taken out of the template."""
    if request.param == "sqlite":
        yield request.getfixturevalue("borehamwood_store")
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name, file = request.getfixturevalue("pg_borehamwood_template")
    copied = copy_store(file, tmp_path / file.name)
    with server.dropped_after(server.new_database(template=name)) as url, \
            open_store(resolve_location(url), backup_keep=0) as opened:
        yield opened, copied
