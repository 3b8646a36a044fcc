"""Taking a locality of the demo partnership out into an encrypted file, on SQLite and on the
PostgreSQL server the run starts: what the file holds, record by record against the shared store,
and what the shared store says of the records away."""

from __future__ import annotations

import json
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Table, select, text

from jagdesk.errors import WrongPassphraseError
from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.offline.origin import read_origin
from jagdesk.services.offline.rows import row_text, row_values
from jagdesk.services.offline.takeout import first_month, open_takeouts, take_out, taken_out
from jagdesk.services.offline.types import TakeoutRequest, TakeoutResult
from jagdesk.store.base import Base, record_kinds
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    AsbIntervention,
    CasePerson,
    Crime,
    Hotspot,
    HotspotStatusChange,
    Locality,
    Meeting,
    MeetingAttendee,
    MeetingSeries,
    ProblemCase,
    Takeout,
    TakeoutRecord,
    Ward,
)
from jagdesk.store.opening import Store, open_store
from tests.support.stores import BACKENDS, open_template_copy, private_env

PASSPHRASE = "correct horse battery"
LOCALITY = "Borehamwood"
# Taken whole, whichever locality is taken out.
WHOLE = ("agency", "contact", "locality", "ward", "lsoa", "crime_file", "meeting_type",
         "asb_settings", "cctv_settings", "case_review_rules", "retention_settings")
# The localities' own records: of another locality only where a record taken refers to one.
ROOTS = ("hotspot", "problem_case", "meeting_series", "asb_intervention")


def _ids(connection: Connection, query: object) -> set[uuid.UUID]:
    return set(connection.execute(query).scalars())  # type: ignore[call-overload]


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _rows(connection: Connection, name: str) -> dict[object, dict[str, object]]:
    table = _table(name)
    return {row["id"]: row_values(table, row) for row in connection.execute(select(table)).mappings()}


Taken = tuple[Store, Store, TakeoutResult]


def _take_out_into(server: Store, folder: Path) -> Iterator[Taken]:
    """The demo's Borehamwood taken out of `server` into folder/laptop.db: the shared store, the
    laptop's file (open) and what the take-out said."""
    seen: list[int] = []
    result = take_out(server, TakeoutRequest(LOCALITY, folder / "laptop.db", PASSPHRASE),
                      progress=lambda _message, percent: seen.append(percent))
    assert seen == sorted(seen) and seen[-1] == 100
    with open_store(sqlite_location(folder / "laptop.db"), PASSPHRASE, create=False) as laptop:
        yield server, laptop, result


@pytest.fixture
def taken(demo_on_backend: Store, tmp_path: Path) -> Iterator[Taken]:
    """The demo's Borehamwood taken out of the store on each backend, for a test of its own."""
    yield from _take_out_into(demo_on_backend, tmp_path)


@pytest.fixture(scope="module", params=BACKENDS)
def taken_once(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[Taken]:
    """The same, made once on each backend for the tests that only read what it left."""
    folder = tmp_path_factory.mktemp("taken")
    template = request.getfixturevalue("demo_template" if request.param == "sqlite"
                                       else "pg_demo_template")
    with private_env(folder / "data"), open_template_copy(request, template, folder) as server:
        yield from _take_out_into(server, folder)


def test_the_locality_and_what_belongs_to_it_is_in_the_file(taken_once: Taken) -> None:
    server, laptop, _result = taken_once
    with server.engine.connect() as source, laptop.engine.connect() as copy:
        locality = source.scalar(select(Locality.id).where(Locality.name == LOCALITY))
        cases = _ids(source, select(ProblemCase.id).where(ProblemCase.locality_id == locality))
        hotspots = _ids(source, select(Hotspot.id).where(Hotspot.locality_id == locality))
        series = _ids(source, select(MeetingSeries.id).where(MeetingSeries.locality_id == locality))
        orders = _ids(source, select(AsbIntervention.id)
                      .where(AsbIntervention.locality_id == locality))
        actions = _ids(source, select(Action.id).where(Action.case_id.in_(cases)))
        meetings = _ids(source, select(Meeting.id).where(
            Meeting.case_id.in_(cases) | Meeting.series_id.in_(series)))
        expected = {
            "problem_case": cases, "hotspot": hotspots, "meeting_series": series,
            "asb_intervention": orders, "action": actions, "meeting": meetings,
            "action_update": _ids(source, select(ActionUpdate.id).where(ActionUpdate.action_id.in_(actions))),
            "agenda_item": _ids(source, select(AgendaItem.id).where(AgendaItem.meeting_id.in_(meetings))),
            "meeting_attendee": _ids(source, select(MeetingAttendee.id)
                                     .where(MeetingAttendee.meeting_id.in_(meetings))),
            "hotspot_status_change": _ids(source, select(HotspotStatusChange.id)
                                          .where(HotspotStatusChange.hotspot_id.in_(hotspots))),
            "case_person": _ids(source, select(CasePerson.id).where(CasePerson.case_id.in_(cases))),
            "person": _ids(source, select(CasePerson.person_id).where(CasePerson.case_id.in_(cases)))
            | _ids(source, select(AsbIntervention.person_id).where(
                AsbIntervention.id.in_(orders), AsbIntervention.person_id.is_not(None))),
        }
        for name, wanted in expected.items():
            held = _ids(copy, select(_table(name).c.id))
            assert wanted <= held, f"{name}: {len(wanted - held)} missing"
        # The demo's Borehamwood has a case with its actions, hotspots, ASB work and people.
        assert all(expected[name] for name in ("problem_case", "hotspot", "action", "person",
                                               "asb_intervention", "meeting"))
        for name in WHOLE:
            assert _ids(copy, select(_table(name).c.id)) == _ids(source, select(_table(name).c.id))


def test_every_record_is_the_servers_with_its_original(taken_once: Taken) -> None:
    server, laptop, result = taken_once
    with server.engine.connect() as source, laptop.engine.connect() as copy:
        originals = {(row.table_name, row.record_id): row
                     for row in copy.execute(select(_table("takeout_original")))}
        held = 0
        for kind in record_kinds():
            table = _table(kind.__tablename__)
            in_file = {row["id"]: row for row in copy.execute(select(table)).mappings()}
            on_server = {row["id"]: row for row in source.execute(
                select(table).where(table.c.id.in_(list(in_file)))).mappings()}
            for record_id, row in in_file.items():
                assert row_values(table, row) == row_values(table, on_server[record_id])
                original = originals[(table.name, record_id)]
                assert original.version == row["version"]
                assert json.loads(original.row) == json.loads(row_text(table, on_server[record_id]))
            held += len(in_file)
        assert held == len(originals) == result.records
        assert copy.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        # The laptop starts a trail of its own; the log of take-outs stays on the shared store.
        for name in ("audit_entry", "access_entry", "takeout", "takeout_record"):
            assert copy.scalar(text(f"SELECT count(*) FROM {name}")) == 0


def test_no_other_localitys_work_unless_a_record_taken_refers_to_it(taken_once: Taken) -> None:
    server, laptop, _result = taken_once
    with laptop.engine.connect() as copy:
        locality = copy.scalar(select(Locality.id).where(Locality.name == LOCALITY))
        referred: set[object] = set()
        for table in Base.metadata.sorted_tables:
            for key in table.foreign_keys:
                if key.column.table.name in ROOTS + ("meeting",):
                    referred |= set(copy.execute(select(table.c[key.parent.name])).scalars())
        for name in ROOTS:
            table = _table(name)
            others = _ids(copy, select(table.c.id).where(table.c.locality_id != locality))
            assert others <= referred, name
        series = _ids(copy, select(MeetingSeries.id).where(MeetingSeries.locality_id == locality))
        cases = _ids(copy, select(ProblemCase.id).where(ProblemCase.locality_id == locality))
        for meeting_id, series_id, case_id in copy.execute(
                select(Meeting.id, Meeting.series_id, Meeting.case_id)):
            assert series_id in series or case_id in cases or meeting_id in referred
    with server.engine.connect() as source:
        # The other localities' cases are on the server, not in the file.
        assert _ids(source, select(ProblemCase.id).where(ProblemCase.locality_id != locality)) - cases


@pytest.mark.parametrize("months", [1, 24])
def test_only_the_crimes_of_the_localitys_wards_and_months(demo_on_backend: Store, tmp_path: Path,
                                                           months: int) -> None:
    server = demo_on_backend
    result = take_out(server, TakeoutRequest(LOCALITY, tmp_path / "crimes.db", PASSPHRASE, months))
    with server.engine.connect() as source:
        locality = source.scalar(select(Locality.id).where(Locality.name == LOCALITY))
        wards = _ids(source, select(Ward.id).where(Ward.locality_id == locality))
        held_months = sorted(source.execute(select(Crime.month).distinct()
                                            .where(Crime.ward_id.in_(wards))).scalars())
        since = first_month(held_months[-1], months)
        wanted = _ids(source, select(Crime.id).where(Crime.ward_id.in_(wards), Crime.month >= since))
        older = _ids(source, select(Crime.id).where(Crime.ward_id.in_(wards), Crime.month < since))
        elsewhere = _ids(source, select(Crime.id).where(Crime.ward_id.not_in(wards)))
    with open_store(sqlite_location(result.file), PASSPHRASE, create=False) as laptop, \
            laptop.engine.connect() as copy:
        held = _ids(copy, select(Crime.id))
        in_file = set(copy.execute(select(Crime.month).distinct()).scalars())
    assert held == wanted and result.crimes == len(wanted) > 0
    assert elsewhere  # the demo has crimes of other wards, which stay behind
    # One month: the last the wards have, the one before left behind (the demo holds two).
    assert (in_file, bool(older)) == (({held_months[-1]}, True) if months == 1
                                      else (set(held_months), False))
    assert first_month("2026-03", 24) == "2024-04" and first_month("2026-12", 1) == "2026-12"


def test_the_file_is_encrypted_and_says_where_it_came_from(
        taken: tuple[Store, Store, TakeoutResult], tmp_path: Path) -> None:
    server, laptop, result = taken
    file = tmp_path / "laptop.db"
    assert not file.read_bytes()[:16].startswith(b"SQLite format 3")
    if os.name == "posix":  # readable by its owner alone, as every store JAGDesk makes
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert PASSPHRASE.encode() not in file.read_bytes()
    laptop.close()
    for wrong in (None, "not the passphrase at all"):
        with pytest.raises(WrongPassphraseError):
            open_store(sqlite_location(file), wrong, create=False, lock=False)
    with open_store(sqlite_location(file), PASSPHRASE, create=False) as again:
        origin = read_origin(again)
    assert origin is not None
    assert (origin.token, origin.locality, origin.source, origin.taken_by, origin.months,
            origin.include_covert) == (result.token, LOCALITY, server.describe(), server.author(),
                                       24, False)
    assert origin.taken_at == result.taken_at
    assert read_origin(server) is None
    assert sorted(path.name for path in tmp_path.iterdir() if "laptop" in path.name) == [
        "laptop.db", "laptop.db.lock"]


def test_the_file_has_the_schema_of_a_new_store(taken_once: Taken, empty_template: Path) -> None:
    _server, laptop, _result = taken_once
    # Tables by name (the order of their constraints varies from one run of the migrations to
    # the next); indexes whole.
    schema = ("SELECT type, name, CASE type WHEN 'index' THEN sql END FROM sqlite_master "
              "ORDER BY type, name")
    with open_store(sqlite_location(empty_template), create=False, lock=False) as new, \
            new.engine.connect() as fresh, laptop.engine.connect() as copy:
        # The indexes made again after the crimes went in are the new store's, name for name.
        assert copy.exec_driver_sql(schema).all() == fresh.exec_driver_sql(schema).all()
        assert copy.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert copy.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_the_shared_store_says_what_is_away_and_since_when(
        taken: tuple[Store, Store, TakeoutResult]) -> None:
    server, laptop, result = taken
    with server.unit_of_work() as uow:
        takeout = uow.get(Takeout, result.token)
        assert (takeout.locality_name, takeout.records, takeout.crimes, takeout.file,
                takeout.checked_in_at) == (LOCALITY, result.records, result.crimes,
                                           str(result.file), None)
        assert (takeout.created_by, takeout.created_at) == (server.author(), result.taken_at)
        held = uow.session.scalar(select(text("count(*)")).select_from(TakeoutRecord)
                                  .where(TakeoutRecord.takeout_id == result.token))
        assert held == result.records
        case = uow.session.scalars(select(ProblemCase).join(Locality)
                                   .where(Locality.name == LOCALITY)).first()
        other = uow.session.scalars(select(ProblemCase).join(Locality)
                                    .where(Locality.name != LOCALITY)).first()
        assert case is not None and other is not None
        away = taken_out(uow, case.id)
        assert away is not None and away.takeout == result.token
        assert f"Taken out by {server.author()} since " in away.sentence()
        assert taken_out(uow, other.id) is None
        assert [item.takeout for item in open_takeouts(uow)] == [result.token]
        entries = uow.session.execute(text(
            "SELECT action, \"user\" FROM audit_entry WHERE table_name = 'takeout'")).all()
        assert [tuple(entry) for entry in entries] == [("insert", server.author())]
        logged = uow.session.execute(text(
            "SELECT action, \"user\", record_id, details FROM access_entry WHERE kind = 'takeout'")).all()
        assert [(action, user, details and json.loads(details)["records"])
                for action, user, _id, details in logged] == [("export", server.author(), result.records)]
        takeout.checked_in_at = result.taken_at
        takeout.checked_in_by = server.author()
        uow.commit()
    with server.unit_of_work() as uow:
        assert taken_out(uow, case.id) is None and open_takeouts(uow) == []


def test_a_colleagues_save_during_the_take_out_keeps_the_trail_whole(demo_on_backend: Store,
                                                                     tmp_path: Path) -> None:
    server = demo_on_backend

    def colleague_saves(_message: str, percent: int) -> None:
        if percent == 40:  # the file half written, the shared store read
            with server.unit_of_work("colleague") as uow:
                case = uow.session.scalars(select(ProblemCase)).first()
                assert case is not None
                case.place = "Moved to the car park behind the shops"
                uow.commit()

    result = take_out(server, TakeoutRequest(LOCALITY, tmp_path / "hall.db", PASSPHRASE),
                      progress=colleague_saves)
    # The take-out's entries follow the colleague's in the audit trail and the access log.
    report = check_store(server)
    assert report.ok, report
    with server.unit_of_work() as uow:
        assert uow.get(Takeout, result.token).records == result.records
