"""Covert work in a take-out: left behind unless asked for; asked for, taken on SQLite and by the
RIPA officer on PostgreSQL, and refused (one sentence, nothing changed) to an officer without
that role, logged in as such on a server secured by `jagdesk server setup`."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from jagdesk.services.admin import server_roles
from jagdesk.services.offline import covert
from jagdesk.services.offline.origin import read_origin
from jagdesk.services.offline.takeout import take_out
from jagdesk.services.offline.types import TakeoutRequest
from jagdesk.store.location import resolve_location, sqlite_location
from jagdesk.store.models import Camera, Deployment, Hotspot, RipaAuthorisation, Takeout
from jagdesk.store.opening import Store, open_store
from tests.support.command_line import Capsys, run
from tests.support.postgres import PostgresServer
from tests.support.role_logins import role_logins

PASSPHRASE = "correct horse battery"
LOCALITY = "Borehamwood"
Rows = Callable[[Store], dict[str, list[tuple[object, ...]]]]


def _place_covert_deployment(store: Store) -> uuid.UUID:
    """The demo's covert deployment put at a Borehamwood hotspot (the demo has it at none)."""
    with store.unit_of_work() as uow:
        deployment = uow.session.scalars(select(Deployment).where(Deployment.kind == "covert")).one()
        hotspot = uow.session.scalars(select(Hotspot).where(Hotspot.name.like("%Borehamwood"))).first()
        assert hotspot is not None
        deployment.hotspot_id = hotspot.id
        uow.commit()
        return deployment.id


def _covert_held(file: Path) -> dict[str, int]:
    """How many covert records of each kind the take-out file holds."""
    with open_store(sqlite_location(file), PASSPHRASE, create=False) as laptop, \
            laptop.engine.connect() as copy:
        held = {name: len(copy.exec_driver_sql(f"SELECT id FROM {name}").all())
                for name in covert.COVERT_TABLES}
        for model in (Camera, Deployment):
            held[model.__tablename__] = len(copy.execute(
                select(model.id).where(model.kind == covert.COVERT_KIND)).all())
    return held


def test_the_names_agree_with_the_servers_policies() -> None:
    assert covert.COVERT_TABLES == server_roles.COVERT
    assert (covert.RIPA_ROLE, covert.COVERT_KIND) == (server_roles.RIPA_OFFICER,
                                                      server_roles.COVERT_KIND)


def test_covert_work_stays_behind_unless_asked_for(demo_on_backend: Store, tmp_path: Path) -> None:
    _place_covert_deployment(demo_on_backend)
    take_out(demo_on_backend, TakeoutRequest(LOCALITY, tmp_path / "overt.db", PASSPHRASE))
    assert set(_covert_held(tmp_path / "overt.db").values()) == {0}


def test_covert_work_asked_for_is_taken(demo_on_backend: Store, tmp_path: Path) -> None:
    deployment = _place_covert_deployment(demo_on_backend)
    result = take_out(demo_on_backend, TakeoutRequest(LOCALITY, tmp_path / "covert.db", PASSPHRASE,
                                                      include_covert=True))
    held = _covert_held(result.file)
    assert held["deployment"] == held["camera"] == held["ripa_authorisation"] == 1
    assert held["authorising_officer"] == 1  # the demo's, taken whole with covert work
    # The authorisation goes whole: the demo's has two subjects, a review and a renewal.
    assert (held["ripa_subject"], held["ripa_review"], held["ripa_renewal"]) == (2, 1, 1)
    with open_store(sqlite_location(result.file), PASSPHRASE, create=False) as laptop:
        origin = read_origin(laptop)
        with laptop.unit_of_work() as uow:
            taken = uow.get(Deployment, deployment)
            assert uow.session.get(RipaAuthorisation, taken.authorisation_id) is not None
    assert origin is not None and origin.include_covert


@pytest.fixture
def logins(pg_server: PostgresServer, pg_demo_url: str, capsys: Capsys,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The demo on the test server after `server setup`, with an officer's and a RIPA officer's
    login: the URL each connects with, by role."""
    with role_logins(pg_server, pg_demo_url, capsys, monkeypatch) as urls:
        yield urls


def test_an_officer_without_the_ripa_role_is_refused_covert_work(
        logins: dict[str, str], pg_demo_url: str, tmp_path: Path, capsys: Capsys,
        store_rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(resolve_location(pg_demo_url), backup_keep=0) as owner:
        _place_covert_deployment(owner)
        before = store_rows(owner)
    monkeypatch.setenv("JAGDESK_PASSPHRASE", PASSPHRASE)
    status, out, err = run(capsys, "--db", logins["officer"], "takeout", "--locality", LOCALITY,
                           "--include-covert", "--to", str(tmp_path / "covert.db"))
    assert (status, out) == (2, "")
    assert err == ("jagdesk: Covert work can be taken out only by a login with the RIPA officer "
                   "role; take the locality out without covert work.\n")
    assert not (tmp_path / "covert.db").exists()
    with open_store(resolve_location(pg_demo_url), backup_keep=0) as owner:
        assert store_rows(owner) == before
    # Without covert work the officer's take-out is made, and recorded in the officer's name.
    status, out, err = run(capsys, "--db", logins["officer"], "takeout", "--locality", LOCALITY,
                           "--to", str(tmp_path / "overt.db"))
    assert (status, err) == (0, "")
    assert set(_covert_held(tmp_path / "overt.db").values()) == {0}
    with open_store(resolve_location(pg_demo_url), backup_keep=0) as owner, \
            owner.unit_of_work() as uow:
        takeouts = uow.session.scalars(select(Takeout)).all()
        assert [(takeout.created_by, takeout.include_covert) for takeout in takeouts] == [
            (resolve_location(logins["officer"]).url.username, False)]


def test_the_ripa_officer_takes_covert_work_out(logins: dict[str, str], pg_demo_url: str,
                                                tmp_path: Path) -> None:
    with open_store(resolve_location(pg_demo_url), backup_keep=0) as owner:
        _place_covert_deployment(owner)
    with open_store(resolve_location(logins["ripa_officer"]), backup_keep=0) as server:
        result = take_out(server, TakeoutRequest(LOCALITY, tmp_path / "covert.db", PASSPHRASE,
                                                 include_covert=True))
    held = _covert_held(result.file)
    assert held["deployment"] == held["camera"] == held["ripa_authorisation"] == 1
